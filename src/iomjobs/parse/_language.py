"""Which language a notice is written in: IOM's three, or Portuguese (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs.model.language import Language

# The commonest short words of each language that the others do not
# share: enough to tell them apart. Portuguese, which IOM's missions in
# Mozambique, Angola and Brazil and their job boards write notices in,
# shares "para" and "a" with Spanish: its contractions ("do", "da", "ao")
# and "e", "em", "os" are its own.
_FUNCTION_WORDS: Final = {
    "en": ("the", "and", "of", "to"),
    "fr": ("le", "les", "et", "des", "du", "pour"),
    "es": ("el", "los", "las", "y", "del", "para"),
    "pt": ("e", "do", "da", "dos", "das", "em", "ao", "os"),
}
# As common in Spanish as in French: it tells the two apart no more than it
# tells them from English (or Portuguese), but says how much of either there is.
_FRENCH_OR_SPANISH: Final = "la"


def _by_first_letter(words: set[str]) -> str:
    """An alternation of *words*, grouped by first letter: "t(?:he|o)|a(?:nd)|...".

    At each space sre tries the branches in turn; grouped, a word's first
    letter rules out its whole group at once.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda word: (-len(word), word)):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


# Every function word standing between spaces, found in one pass: sre jumps
# from space to space, where a str.count() for each word would read the
# sample sixteen times. Grouped by first letter, and with no capturing group
# (sre saves and restores its marks for each branch tried in one), the
# search does some 30% less work.
_BETWEEN_SPACES: Final = re.compile(
    " (?:" + _by_first_letter({_FRENCH_OR_SPANISH}.union(*_FUNCTION_WORDS.values())) + ")(?= )"
)
# By the word as found, its space in front.
_CODE_OF: Final = {f" {word}": code for code, words in _FUNCTION_WORDS.items() for word in words}
_WITH_LA: Final = frozenset({"fr", "es"})
_SAMPLE: Final = 2000
_NO_BREAK_SPACES: Final = ("\u00a0", "\u202f")


def notice_language(text: str) -> Language | None:
    """English, French, Spanish or Portuguese, by the function words of the first pages."""
    sample = text[:_SAMPLE]
    if not sample.isascii():
        # Text copied from a web page may space every word with no-break
        # spaces ("&nbsp;"), or a narrow one in French: spaces all the same.
        for no_break in _NO_BREAK_SPACES:
            if no_break in sample:
                sample = sample.replace(no_break, " ")
        # The function words are ASCII, and no other character lowers to one
        # of their letters or a space: each may stand as "?", and lowering
        # the rest is a pass in C, where lowering Unicode looks up each character.
        sample = sample.encode("ascii", "replace").decode("ascii")
    # A word at a line's end or after a tab stands apart as between spaces: a
    # phrase wrapped over two lines, "1.<tab>Support the...", a table's cells.
    # (str.replace runs at memory speed; translate() costs a hundred times more.)
    sample = sample.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    either = 0  # _FRENCH_OR_SPANISH, the one word found that is in no language's list
    for word in _BETWEEN_SPACES.findall(f" {sample.lower()} "):
        code = _CODE_OF.get(word)
        if code is None:
            either += 1
        else:
            counts[code] += 1
    code, count = max(counts.items(), key=lambda item: item[1])
    if code in _WITH_LA:
        count += either
    return Language(code) if count >= 3 else None  # noqa: PLR2004 -- too little text says nothing
