"""Which of IOM's languages a notice is written in (internal)."""

from __future__ import annotations

import collections
import re
from typing import Final

from iomjobs.model.language import Language

# The commonest short words of each language that the other two do not
# share: enough to tell the three apart.
_FUNCTION_WORDS: Final = {
    "en": ("the", "and", "of", "to"),
    "fr": ("le", "les", "et", "des", "du", "pour"),
    "es": ("el", "los", "las", "y", "del", "para"),
}
# As common in Spanish as in French: it tells the two apart no more than it
# tells them from English, but says how much of either there is.
_FRENCH_OR_SPANISH: Final = "la"
# Every function word standing between spaces, found in one pass: sre jumps
# from space to space, where a str.count() for each word would read the
# sample sixteen times.
_BETWEEN_SPACES: Final = re.compile(
    " ("
    + "|".join(sorted({_FRENCH_OR_SPANISH}.union(*_FUNCTION_WORDS.values()), key=len, reverse=True))
    + ")(?= )"
)
_CODE_OF: Final = {word: code for code, words in _FUNCTION_WORDS.items() for word in words}
_SAMPLE: Final = 2000


def notice_language(text: str) -> Language | None:
    """English, French or Spanish, by the function words of the first pages."""
    found = collections.Counter(_BETWEEN_SPACES.findall(f" {text[:_SAMPLE].lower()} "))
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word, times in found.items():
        if word in _CODE_OF:
            counts[_CODE_OF[word]] += times
    code, count = max(counts.items(), key=lambda item: item[1])
    if code != "en":
        count += found[_FRENCH_OR_SPANISH]
    return Language(code) if count >= 3 else None  # noqa: PLR2004 -- too little text says nothing
