"""Small text helpers the package shares: folding names, finding characters, numbers (internal)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Final, TypeVar

V = TypeVar("V")

# Written out as one class then a repeat: sre skips ahead to a pattern's first
# class, but tries a pattern that starts with a repeat at every position.
_NON_WORD: Final = re.compile(r"[^0-9a-z][^0-9a-z]*")
# The same for ASCII text, a third of the time: every byte but a digit or a
# lower-case letter becomes a space in one pass, and split() drops the runs
# (the regex builds a piece of the result for each run).
_WORD_BYTES: Final = bytes(
    byte if 0x30 <= byte <= 0x39 or 0x61 <= byte <= 0x7A else 0x20  # noqa: PLR2004 -- 0-9, a-z
    for byte in range(256)
)
# The combining marks NFKD splits off Latin letters (accents, cedillas, umlauts).
_COMBINING: Final = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


# Numbers as words in English, French, Spanish and Portuguese, as notices spell years and durations.
NUMBER_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "douze": 12,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "doze": 12,
}  # fmt: skip


def number(word: str) -> int | None:
    """A number written in digits or as a word."""
    word = word.strip("()+ ").lower()
    if word.isdecimal() and len(word) <= 3:  # noqa: PLR2004
        return int(word)
    return NUMBER_WORDS.get(fold(word))


def require_text(function: str, given: object) -> None:
    """Refuse *given*, the text *function* takes, unless it is a ``str``.

    A caller without a type checker passes what it holds (``None``, bytes):
    a ``TypeError`` that names the function, rather than an
    ``AttributeError`` from the first string method inside it.
    """
    if not isinstance(given, str):
        msg = f"{function}() takes a str, not {type(given).__name__}"
        raise TypeError(msg)


def fold_text(text: str) -> str:
    """Fold *text* for lookups: no accents, no case, ``&`` as ``and``, words only.

    >>> fold_text("Côte d’Ivoire")
    'cote d ivoire'
    >>> fold_text("Inclusion & respect for diversity")
    'inclusion and respect for diversity'
    """
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    bare = text.casefold().replace("&", " and ")
    if bare.isascii():
        return b" ".join(bare.encode("ascii").translate(_WORD_BYTES).split()).decode("ascii")
    return _NON_WORD.sub(" ", bare).strip()


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """:func:`fold_text`, remembered: for names, labels and words, which recur.

    Lines and sentences of a notice seldom recur in another: they go through
    :func:`fold_text`, and would only fill the cache (and flatter a benchmark
    that reads the same notices again).
    """
    return fold_text(text)


def positions(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where *needle* starts in *text* (overlaps too), within ``text[start:end]``, in order.

    ``str.find`` is far faster than a regex, for one character most of all;
    a list, not a generator: most needles are absent, and a generator would
    cost more than the search.
    """
    found = []
    at = text.find(needle, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, end)
    return found


def single_spaced(text: str) -> bool:
    """Whether *text*'s only whitespace is single spaces between words.

    Every other whitespace character is unprintable: one test finds them all
    (and some harmless others, which only cost the slower reading).
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def holds(text: str, needle: str) -> bool:
    """Whether *needle* stands in *text*, as ``needle in text``, found from its first character.

    A search for one character runs at memory speed; one for several, in a
    text of characters beyond Latin-1 (a bullet, a dash: most notices), ten
    to fifty times slower. For a needle whose first character is rare.
    """
    first = needle[0]
    at = text.find(first)
    while at >= 0:
        if text.startswith(needle, at):
            return True
        at = text.find(first, at + 1)
    return False


def is_word_char(char: str) -> bool:
    r"""Whether *char* is what ``\w`` matches in a str pattern.

    A pattern that starts with a fixed character instead of ``\b`` is
    searched much faster; its callers then check the word boundary with this.
    """
    return char.isalnum() or char == "_"


# The halves of characters a str read with errors="surrogateescape" holds where
# its bytes were not UTF-8: no encoding writes them. (Written with chr(): mypyc,
# which compiles this module, takes no surrogate in a string literal.)
SURROGATE: Final = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")


def has_surrogate(text: str) -> bool:
    """Whether *text* holds a lone surrogate, which JSON in UTF-8 cannot hold.

    Encoding is a pass in C, and UTF-16 the cheapest that refuses surrogates:
    several times faster than searching for them.
    """
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False


# The replacement character: where a program that could not decode bytes put
# one for each ("C\ufffdte d\ufffdIvoire": a page in Windows-1252 read as UTF-8).
LOST: Final = "\ufffd"
# What stands for each while folding: a digit, which folding keeps and no
# name, label or heading looked up this way holds.
_STAND_IN: Final = "0"
# A text must keep most of itself to be known by what is left.
_FEWEST_KEPT: Final = 4
_KEPT_PER_LOST: Final = 2


def known_despite_losses(
    text: str,
    known: Mapping[str, V],
    key: Callable[[str], str] = fold,
    fewest_kept: int = _FEWEST_KEPT,
) -> V | None:
    """The value of the one key of *known* that *text* can be, each U+FFFD in it a character lost.

    A lost character was a letter ("ô"), or one that folds to a space ("’")
    or to nothing. *key* folds *text* as *known*'s keys were folded; at
    least *fewest_kept* of its characters must be left.

    >>> known_despite_losses("Duraci\ufffdn", {"duracion": "duration", "direccion": "address"})
    'duration'
    """
    if _STAND_IN in text:
        return None
    pieces = key(text.replace(LOST, _STAND_IN)).split(_STAND_IN)
    kept = sum(len(piece.replace(" ", "")) for piece in pieces)
    if kept < fewest_kept or kept < _KEPT_PER_LOST * (len(pieces) - 1):
        return None
    pattern = re.compile(".?".join(map(re.escape, pieces)))
    # Each lost character was one character or none: a key of another length
    # cannot match, and most keys are passed over without the pattern.
    shortest = sum(map(len, pieces))
    longest = shortest + len(pieces) - 1
    found = {
        value
        for name, value in known.items()
        if shortest <= len(name) <= longest and pattern.fullmatch(name)
    }
    return found.pop() if len(found) == 1 else None


# The hyphens besides the hyphen-minus that word processors and pages write:
# U+2011, the non-breaking hyphen ("short‑term", "P‑3", "first‑tier"), and
# U+2010. Read as "-", one character for one, so lines and widths stay;
# they are no damage.
_AS_HYPHEN_MINUS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """*text* with its Unicode hyphens written as the hyphen-minus, one for one."""
    if "\u2010" not in text and "\u2011" not in text:
        return text
    return text.translate(_AS_HYPHEN_MINUS)


def with_article(name: str) -> str:
    """A country's *name* as a sentence writes it: "the" before those that take it.

    >>> with_article("Netherlands"), with_article("United States"), with_article("Kenya")
    ('the Netherlands', 'the United States', 'Kenya')
    """
    if name in _NAMES_WITH_ARTICLE or name.endswith(_ENDINGS_WITH_ARTICLE):
        return f"the {name}"
    return name


def joined(words: Sequence[str]) -> str:
    """*words* (one or more) as a sentence lists them.

    >>> joined(["Greece"]), joined(["Greece", "Lebanon", "Libya"])
    ('Greece', 'Greece, Lebanon and Libya')
    """
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


# CLDR's English names of countries that a sentence writes with "the".
_NAMES_WITH_ARTICLE: Final = frozenset(
    {"Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles"}
    | {"Caribbean Netherlands"}
)
_ENDINGS_WITH_ARTICLE: Final = (
    *(" Islands", " Republic", " Emirates", " Territories", " Territory"),
    *(" Kingdom", " States"),
)
