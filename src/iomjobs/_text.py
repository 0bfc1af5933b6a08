"""Small text helpers shared by the reference-data lookups (internal)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

_NON_WORD = re.compile(r"[^0-9a-z]+")
# The combining marks NFKD splits off Latin letters (accents, cedillas, umlauts).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Fold *text* for lookups: no accents, no case, ``&`` as ``and``, words only.

    >>> fold("Côte d’Ivoire")
    'cote d ivoire'
    >>> fold("Inclusion & respect for diversity")
    'inclusion and respect for diversity'
    """
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    bare = text.casefold().replace("&", " and ")
    return _NON_WORD.sub(" ", bare).strip()


def positions(text: str, needle: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where *needle* starts in *text* (overlaps too), within ``text[start:end]``.

    ``str.find`` is far faster than a regex, for one character most of all.
    """
    at = text.find(needle, start, end)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1, end)
