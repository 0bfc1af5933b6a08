"""A competency section's lines: the items, and what the heading says of them (internal).

"Values - all IOM staff members must abide by and demonstrate these three
values:", "Core Competencies - behavioural indicators level 2",
"Managerial Competencies (applicable only if position is with direct
reports)", then items as "Teamwork: develops and promotes...", several
to a line where a page ran them together.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from iomjobs._text import is_word_char, number
from iomjobs.model.competency import CompetencyItem

DECLARED: Final = re.compile(
    r"\b(?:these|ces|estos|estes)\s+(?P<count>\w+)\s+(?:values|valeurs|valores)\b", re.IGNORECASE
)
_DECLARED_WORDS: Final = ("these", "ces", "estos", "estes")


def may_declare(low: str | None) -> bool:
    """Whether a line that lowers to *low* may hold a match of DECLARED.

    Every match holds a word for values, and one of _DECLARED_WORDS where a
    word starts, with a space after it ("(these three values)" too). Long
    descriptions seldom pass, and the regex, slow to search, is spared them.
    *low* is ``None`` where lowering does not match as IGNORECASE does: then
    only the regex can say.
    """
    if low is None:
        return True
    if "values" not in low and "valeurs" not in low and "valores" not in low:
        return False
    return any(_starts_word_before_space(low, word) for word in _DECLARED_WORDS)


def _starts_word_before_space(low: str, word: str) -> bool:
    # *word* where \b lets it start, followed by whitespace: "ces" in "services" is not.
    end = len(word)
    at = low.find(word)
    while at >= 0:
        if (at == 0 or not is_word_char(low[at - 1])) and low[at + end : at + end + 1].isspace():
            return True
        at = low.find(word, at + 1)
    return False


def declared_count(text: str) -> int | None:
    """How many values *text* says there are: "these three values" is 3."""
    match = DECLARED.search(text)
    return number(match.group("count")) if match else None


_LEVEL: Final = re.compile(r"\b(?:level|niveau|nivel|n[íi]vel)\s*(?P<level>[1-3])\b", re.IGNORECASE)
_NOTE: Final = re.compile(r"\((?P<note>[^()]*\b(?:applicable|only)\b[^()]*)\)", re.IGNORECASE)


def group_level(text: str) -> int | None:
    """The level a heading states for its group: "behavioural indicators level 2" is 2."""
    match = _LEVEL.search(text)
    return int(match.group("level")) if match else None


def group_note(text: str) -> str | None:
    """What a heading's bracket says of its group: "applicable only if ... with direct reports"."""
    match = _NOTE.search(text)
    return match.group("note").strip() if match else None


def competency_items(text: str) -> list[CompetencyItem]:
    """The items a line names, "Name: description" each; none where it names none."""
    # Several items on one line ("Teamwork: ... Accountability: ...") have several colons.
    if text.count(":") <= 1:
        starts = []
    else:
        # From the name's emphasis, if it has one: "**Delivering results:** Produces...".
        starts = [match.start() for match in _competency_names().finditer(text)]
        if starts and text[: starts[0]].strip():
            # What comes before the first known name is an item too, kept, its name
            # unknown ("Teamwrok: develops... Delivering results: ..."): the rules
            # say so. It had been dropped.
            starts = [0, *starts]
    if not starts:
        name, colon, description = text.partition(":")
        if not colon or len(name.split()) > 8:  # noqa: PLR2004 -- a name is a few words
            return []
        return [_item(name, description)]
    pieces = [
        text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    return [_item(*piece.partition(":")[::2]) for piece in pieces]


def _item(name: str, description: str) -> CompetencyItem:
    # A name set in markdown's bold or italics, the colon inside: "**Teamwork:** develops...".
    return CompetencyItem(name.strip(" *_"), description.lstrip(" *_").rstrip() or None)


@functools.cache
def _competency_names() -> re.Pattern[str]:
    from iomjobs.reference.competencies import frameworks  # noqa: PLC0415

    spellings = {
        spelling
        for edition in frameworks()
        for definition in edition.definitions()
        for spelling in definition.spellings
    }
    alternatives = "|".join(re.escape(name) for name in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;]\s))[*_]{{0,2}}(?P<name>(?i:{alternatives}))\s*:")
