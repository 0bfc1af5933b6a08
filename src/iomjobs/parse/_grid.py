"""A document laid out in a grid table's column, as pandoc writes a Word form's (internal).

IOM's post description form sets its whole body in a table: each section,
its paragraphs and its lists, in the second cell of a row whose first is
empty. pandoc writes such a table as a grid table, the cell's words wrapped
in its column::

    +----+--------------------------------------------+
    |    | **III. Responsibilities and                |
    |    | Accountabilities**                         |
    +----+--------------------------------------------+
    |    | 1.  Support the Sub-regional Coordinator   |
    |    |     in gathering and analysing...          |

Each line of such a row is its second cell's words, indent and all, and a
line of no words is a blank line: the text keeps its lines, so that every
line the reader names is where it was. The borders stay as they are, the
table's layout. A row with words in its first cell (a label and its value)
is a table's row, read as one (see ``_rows._grid_row``).
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs._text import holds

# A grid table's border: "+----+------+", "+====+======+", "+:---+-----:+"; in
# a reply, after the quotation's marks ("> +----+").
_BORDER: Final = re.compile(r"(?:> ?)*\+(?:[-=:]+\+)+")


def without_empty_column(text: str) -> str:
    """*text*, each grid table row whose first cell is empty on every line written as its second.

    Only rows of two cells are: a row of more is a table's, whatever its
    first cell holds.
    """
    if not holds(text, "+-"):  # most texts have no grid table
        return text
    lines = text.split("\n")
    start: int | None = None
    for index, line in enumerate(lines):
        if _BORDER.fullmatch(line.strip()):
            if start is not None:
                _rewrite_row(lines, start, index)
            start = index + 1
    return "\n".join(lines)


def _rewrite_row(lines: list[str], start: int, end: int) -> None:
    """Write the row on *lines* [*start*, *end*) as its second cell, where its first is empty.

    The cells are told by their bars, not their columns: a page that shows
    the text collapses its spaces.
    """
    cells = [_cells(line) for line in lines[start:end]]
    if not cells or any(row is None or row[1].strip() for row in cells):
        return
    # pandoc sets one space after a cell's bar; what is further in is the words' own
    # indent. What stands before the table (a reply's marks, an indent) stays.
    lines[start:end] = [row[0] + row[2][1:].rstrip() for row in cells if row is not None]


def _cells(line: str) -> tuple[str, str, str] | None:
    """What stands before a row of two cells on *line*, and its cells; ``None`` for no such row."""
    lead = _LEAD.match(line)
    before = lead.group() if lead else ""
    pieces = line[len(before) :].rstrip().split("|")
    if len(pieces) != _TWO_CELLS_PIECES or pieces[0].strip() or pieces[-1]:
        return None
    return before, pieces[1], pieces[2]


# What may stand before a grid table's row: an indent, a reply's marks.
_LEAD: Final = re.compile(r"[ \t]*(?:> ?)*")
# "|" + first cell + "|" + second cell + "|", split at its bars: nothing, two cells, nothing.
_TWO_CELLS_PIECES: Final = 4
