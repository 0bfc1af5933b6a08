"""A line that holds what were several lines, cut back into them (internal).

Copies run lines together: a page's bold headings within a paragraph
(:func:`cut_at_bold_headings`), a list's lettered items on one line
(:func:`lettered_pieces`), a board's own words glued to the header's first
label (:func:`unglued`), a whole legacy header and the text after it on one
line (:func:`legacy_header_cut`). Each piece keeps its line's number.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from iomjobs.parse._vocabulary import match_heading


def cut_at_bold_headings(numbers: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
    """*texts* (numbered *numbers*), each cut around the headings markdown's bold sets in it.

    A line that runs sections together so may run a list's items together
    too: its pieces are cut before them (:func:`lettered_pieces`). Only such
    a line is: looking for the letters in every notice would cost a
    hundredth of its reading.
    """
    cuts: dict[int, list[str]] = {}
    for row, line in enumerate(texts):
        pieces = bold_heading_pieces(line) if "*" in line and "**" in line else None
        if pieces is not None and len(pieces) > 1:
            cuts[row] = [item for piece in pieces for item in lettered_pieces(piece)]
    if not cuts:  # bold on labels' values, most often: the lines as they are
        return numbers, texts
    cut_numbers: list[int] = []
    cut_texts: list[str] = []
    for row, (number, line) in enumerate(zip(numbers, texts, strict=True)):
        pieces = cuts.get(row) or [line]
        cut_texts += pieces
        cut_numbers += [number] * len(pieces)
    return cut_numbers, cut_texts


def bold_heading_pieces(line: str) -> list[str]:
    """*line* cut before and after each heading that markdown's bold sets apart in it.

    internhunt's copy of an IOM notice (2026) runs its sections into one
    paragraph: "**Introduction** Established in 1951, ... of age.
    **Background Information** Addressing...". A heading's words, all of
    them and nothing else in bold, at the line's start or after a sentence,
    before a sentence or the line's end, stand as a line of their own. Bold
    that a label's value wears ("Duty Station: **Shengjin, Albania**") or
    that runs into the words after it ("**Core Competencies**– behavioural
    indicators") is left in the line.
    """
    cuts: list[int] = []
    # Found with str.find, which sre's search for "**" and a lazy repeat takes ten times.
    start = line.find("**")
    while start >= 0:
        close = line.find("**", start + 2)
        if close < 0:
            break
        words, end = line[start + 2 : close], close + 2
        if (
            (start == 0 or line[start - 2 : start] in _AFTER_SENTENCE)
            and (end == len(line) or _sentence_at(line, end))
            and words[:1] not in _NO_HEADING_START
            and match_heading(words) is not None
        ):
            cuts += [start, end]
        start = line.find("**", end)
    if not cuts:
        return [line]
    pieces = [line[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(line)])]
    return [piece for piece in pieces if piece]


def _sentence_at(line: str, end: int) -> bool:
    """Whether a sentence, or another heading in bold, begins after the space at *end*."""
    after = line[end + 1 : end + 2]
    return line[end : end + 1] == " " and (after.isupper() or after.isdigit() or after == "*")


# What no heading's words in bold begin with: nothing, a space, a third star.
_NO_HEADING_START: Final = frozenset({"", " ", "*"})
# What may stand before a heading set in bold: a sentence's end, or another such heading.
_AFTER_SENTENCE: Final = frozenset({". ", "; ", "! ", "? ", ") ", "* "})


def lettered_pieces(line: str) -> list[str]:
    """*line* cut before each item of a lettered list that a job board ran into it.

    internhunt's copy of an IOM notice (2026) joins a list's lines with
    spaces: "...talented students and graduates who: a) have a specific
    interest... b) are holding a scholarship... c) are sponsored...". The
    items are cut where "a)", "b)", "c)"... follow one another, each after a
    colon or a sentence's end; fewer than two in order, the line stays whole.
    """
    cuts: list[int] = []
    letter = "a"
    at = line.find(" a) ")
    while at > 0 and line[at - 1] in _BEFORE_ITEM:
        cuts.append(at + 1)
        letter = chr(ord(letter) + 1)
        at = line.find(f" {letter}) ", at + 4)
    if len(cuts) < 2:  # noqa: PLR2004 -- "(a) one" alone is no list
        return [line]
    return [line[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(line)])]


# What ends the words before a lettered item run into a line.
_BEFORE_ITEM: Final = ":.;"


def unglued(numbers: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
    """*texts* (numbered *numbers*), each cut before the newer header's first label glued to a word.

    "You will be updated with latest job alerts via emailJob Identification
    (Reference Number):13162" (drjobpro, 2025): the board's own words, then
    the notice's header, on one line. Both pieces keep the line's number.
    The label's first words are enough: a wrap may cut it after them.
    """
    cut_numbers: list[int] = []
    cut_texts: list[str] = []
    for index, (number, line) in enumerate(zip(numbers, texts, strict=True)):
        at = line.find(_GLUED_LABEL)
        if at < 0 and line.endswith(_GLUED_FIRST) and index + 1 < len(texts):
            # "...via emailJob" / "Identification (Reference Number):13162": wrapped
            # right after the label's first word (at 64 columns).
            after = texts[index + 1].startswith(_GLUED_LABEL[len(_GLUED_FIRST) + 1 :])
            at = len(line) - len(_GLUED_FIRST) if after else -1
        pieces = [line[:at], line[at:]] if at > 0 and line[at - 1].islower() else [line]
        cut_texts += pieces
        cut_numbers += [number] * len(pieces)
    return cut_numbers, cut_texts


# The newer header's first label's first words ("Job Identification (Reference
# Number)"), which a board's line may run into with no space.
_GLUED_LABEL: Final = "Job Identification"
_GLUED_FIRST: Final = "Job"


def holds_legacy_run(text: str) -> bool:
    """Whether a line of *text* holds the legacy header run together (:func:`legacy_header_cut`).

    Only the lines that hold "itle" followed by a space or a no-break space
    are looked at, found in one scan in C: a notice's few. (Each scan of a
    notice's text costs some 0.3% of reading it: one, not one a spelling.)
    """
    at = text.find("itle")
    while at >= 0:
        if text[at + 4 : at + 5] in _SPACE_AFTER_TITLE:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)].replace(_NO_BREAK_SPACE, " ")
            if _legacy_header_cuts(line) is not None:
                return True
        at = text.find("itle", at + 4)
    return False


_NO_BREAK_SPACE: Final = "\u00a0"
_SPACE_AFTER_TITLE: Final = (" ", _NO_BREAK_SPACE)


def legacy_header_cut(numbers: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
    """*texts* (numbered *numbers*), a line that holds the legacy header run together cut in it.

    "1 Open to Internal and External Applicants Position Title Personnel
    Administrator Organizational Unit ... Duty Station Manila (Global)
    Administrative Centre Classification General Service Staff/G5 Type of
    Appointment Fixed term, ... Closing Date 12 December 2018 Established in
    1951, ..." (a site's transcription of IOM's notice of 2018, its line
    breaks and colons lost): a piece before the header, each label and its
    value, and the text after the closing date. Each keeps the line's number.
    """
    cut_numbers: list[int] = []
    cut_texts: list[str] = []
    for number, line in zip(numbers, texts, strict=True):
        # A find or two: most lines hold no title's label, and need no small letters.
        pieces = _legacy_header_pieces(line) if "itle " in line or "ITLE " in line else [line]
        cut_texts += pieces
        cut_numbers += [number] * len(pieces)
    return cut_numbers, cut_texts


def _legacy_header_pieces(line: str) -> list[str]:
    """*line* cut before each label of the legacy header it runs together, if it does."""
    cuts = _legacy_header_cuts(line)
    if cuts is None:
        return [line]
    cuts += sorted([*_capital_headings(line, cuts[-1]), *_numbered_items(line, cuts[-1])])
    pieces = [line[start:end].strip() for start, end in itertools.pairwise([0, *cuts, len(line)])]
    return [piece for piece in pieces if piece]


def _numbered_items(line: str, start: int) -> list[int]:
    """Where the items of numbered lists stand in *line* after *start*: "1. Book... 2. Keep...".

    Each number after a sentence's end or a colon, the next of its list's
    (a "1." begins a list): a figure in a sentence ("...in 2. phases") is none.
    """
    found: list[int] = []
    expected = 1
    for item in _ITEM_NUMBER.finditer(line, start):
        number = int(item.group(1))
        if number in (1, expected):
            found.append(item.start())
            expected = number + 1
    return found


def _capital_headings(line: str, start: int) -> list[int]:
    """Where the headings in capitals before a colon stand in *line* after *start*.

    The notice's text after its header, run into one line with it: "...
    advice to governments and migrants. CONTEXT: Under the general
    supervision of... CORE FUNCTIONS / RESPONSIBILITIES: 1. Staff
    Administration...". Only a heading the reader knows.
    """
    return [
        found.start()
        for found in _CAPITAL_HEADING.finditer(line, start)
        if match_heading(found.group(1)) is not None
    ]


def _legacy_header_cuts(line: str) -> list[int] | None:
    """Where *line*'s legacy header labels, in their order and with no colon, and its end are.

    The labels every such header has, each after the one before; the
    optional ones between their neighbours; the closing date's value a date.
    """
    lowered = line.lower()
    if len(lowered) != len(line):
        return None  # a letter whose small form is longer ("İ"): no such header
    found: list[int] = []
    start = 0
    for label in _LEGACY_LABELS:
        at = lowered.find(label, start)
        if at < 0 or (at and line[at - 1] != " "):
            return None
        found.append(at)
        start = at + len(label)
    date = _LEGACY_CLOSING_DATE.match(line, start)
    if date is None:
        return None
    # A page's number before the line's first words: "1 Open to Internal and...".
    page = _PAGE_NUMBER.match(line, 0, found[0])
    cuts = [*([page.end()] if page else []), found[0]]
    cuts += _between(lowered, found[0], found[1], "organizational unit ")
    cuts += found[1:4]
    cuts += _between(lowered, found[3], found[4], "estimated start date ")
    return [*cuts, found[4], date.end()]


def _between(line: str, after: int, before: int, label: str) -> list[int]:
    """Where *label* stands in *line* between the labels at *after* and *before*: [] if not."""
    at = line.find(label, after + 1, before)
    return [at] if at > 0 and line[at - 1] == " " else []


# The labels every legacy header has, in their order (its optional ones aside), each
# followed by a space where its colon was lost, in small letters (the line's are
# looked for in any case); and the closing date's value.
_LEGACY_LABELS: Final = (
    "position title ",
    "duty station ",
    "classification ",
    "type of appointment ",
    "closing date ",
)
_LEGACY_CLOSING_DATE: Final = re.compile(r"\d\d? [A-Za-z]{3,9} \d{4}\b")
_PAGE_NUMBER: Final = re.compile(r"\d\d{0,2}(?= \S)")
# A list's number before its item's first word, after a sentence's end or a colon.
_ITEM_NUMBER: Final = re.compile(r"(?<=[.:;] )(\d{1,2})\. (?=[A-Z])")
# A heading in capitals before its colon, after a sentence's end or another's colon.
_CAPITAL_HEADING: Final = re.compile(r"(?<=[.:;] )([A-Z][A-Z /&,()-]{2,60}[A-Z)]):(?= )")
