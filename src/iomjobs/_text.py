"""Small text helpers shared by the reference-data lookups (internal)."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Fold *text* for lookups: no accents, no case, ``&`` as ``and``, words only.

    >>> fold("Côte d’Ivoire")
    'cote d ivoire'
    >>> fold("Inclusion & respect for diversity")
    'inclusion and respect for diversity'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.casefold().replace("&", " and ")
    return _NON_WORD.sub(" ", bare).strip()
