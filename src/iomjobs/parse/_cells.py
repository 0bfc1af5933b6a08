"""Lines that go on in a table's cell: a value continued below its row (internal).

A header table's value may take several lines: "Type of Appointment<tab>Fixed
term, one year" / "<tab>with possibility of extension", as a Word table's
cell of two paragraphs is written as text (:func:`~iomjobs.parse.docx_text`),
or as ``pdftotext -layout`` sets a wrapped value under the column it began
in, with spaces. The line below begins where the row's value began: the
tabs of the cells before it, or as many spaces as stood before the value.
Cleaning a line forgets where it began, so the lines as written are asked,
and only where a header field's value might go on.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._segments import CELL_GAP
from iomjobs.parse._vocabulary import match_bare_label


def first_lines(text: str, count: int) -> list[str]:
    r"""The first *count* lines of *text* (all, where it has fewer), cut as the reader cuts them.

    At "\n", "\r\n" and "\r"; only as much of *text* as they take is cut.
    """
    if count < 1:
        return []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    end = -1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return text.split("\n")
    return text[:end].split("\n")


def goes_on_in_cell(
    lines: list[str], row: int, below: int, known: dict[int, int] | None = None
) -> bool:
    """Whether line *below* goes on in the value's cell of the labelled row on line *row*.

    *lines* are the text's lines as written, numbered from 1 as the reader
    numbers them. A labelled row is a label, a gap and a value; each line
    from the row's next to *below* must begin where the row's value began,
    then hold text.

    *known* keeps, for each row asked about, how far the lines below it are
    known to go on in its cell (an index into *lines*: each of
    ``lines[row:known[row]]`` does). A cell's lines are asked about one after
    another, and each is looked at once, not again with all those below it.
    """
    if not 0 < row < below <= len(lines):
        return False
    start = value_start(lines[row - 1])
    if start is None:
        return False
    # Line n is lines[n - 1]: the row's next line is lines[row], line *below* lines[below - 1].
    since = min(known.get(row, row), below) if known is not None else row
    until = next((at for at in range(since, below) if not _goes_on(lines[at], start)), below)
    if known is not None:
        known[row] = max(known.get(row, row), until)
    return until == below


def _goes_on(line: str, start: str) -> bool:
    """Whether *line* begins with *start*, a cell's indent, then holds text."""
    return line.startswith(start) and not line[len(start) : len(start) + 1].isspace()


# The space between a colon in its own column and the value's cell.
_AFTER_COLON: Final = re.compile(r"[ \t]*")


def value_start(line: str) -> str | None:
    """The whitespace a line below a labelled row begins with to go on in its value's cell.

    The tabs before the value where the row's cells are parted by tabs,
    else as many spaces as stand before it. ``None`` where *line* is no
    labelled row of two cells.
    """
    inner = line.lstrip(" \t")
    # The label ends at the first gap: a find each, where a search would read the line.
    gaps = [at for at in (inner.find("\t"), inner.find("   ")) if at >= 0]
    label = inner[: min(gaps)].rstrip(" ") if gaps else ""
    gap = CELL_GAP.match(inner, len(label)) if match_bare_label(label) else None
    if gap is not None and inner.startswith(":", gap.end()):
        # "Type of Appointment<tab>:<tab>Fixed term": the colon's own column; or
        # the colons aligned, not the values: "Position Title      : Driver".
        gap = _AFTER_COLON.match(inner, gap.end() + 1)
    if gap is None:
        return None
    value = inner[gap.end() :].rstrip()
    if not value or "\t" in value or ("   " in value and _more_cells(value)):
        return None  # a label alone, or more cells than a label's and its value's
    before = line[: len(line) - len(inner)] + inner[: gap.end()]
    return "\t" * before.count("\t") if "\t" in before else " " * len(before)


def _more_cells(value: str) -> bool:
    """Whether the gaps in a row's *value* part more cells, not a justified line's words.

    A justified paragraph's first lines are stretched to the column: "Senior
    Project       Assistant" / "(Inclusion and AAP)", as pdftotext -layout
    sets a header table's value printed from Word. A cell after a gap that
    is a label, or holds a colon, is another field's.
    """
    return any(
        ":" in cell or match_bare_label(cell) is not None for cell in CELL_GAP.split(value)[1:]
    )
