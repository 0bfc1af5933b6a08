"""A header table's labels wrapped in a narrow column, as a PDF's text lays them out (internal).

A notice's header table printed from Word with a narrow label column wraps
its labels, breaking a word where it does not fit, and ``pdftotext -layout``
(or pypdf's layout mode) sets each piece on its own line beside the value::

    Classificati   General Service Staff, Grade 6
    on:

    Type of        One Year Fixed Term graded, 1 (one) year with possibility
    Appointme      of extension.
    nt:

No line holds a label, and the header was lost. Where the pieces in the
label column, joined, are a label, the row's first line is written with
the whole label and its value where it stood, and the lines below keep only
their value: the text keeps its lines, so that every line the reader names
is where it was.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from iomjobs.parse._vocabulary import match_bare_label

# A row's first line: the label column's piece, a gap of three spaces or more, the value.
_ROW: Final = re.compile(
    r"(?P<indent> *)(?P<piece>\S(?:[^ ]| (?! ))*)(?P<gap> {3,})(?P<value>\S.*)"
)
# The most lines a label takes in its column.
_MOST_LINES: Final = 4
# What a markdown table's row and a grid table's border begin with: their cells
# are set apart by bars, which tell where a cell's words go on (see _sections).
_TABLE_MARKS: Final = frozenset("|+")


class Relabelled(NamedTuple):
    """A text with its wrapped labels whole, and the rows so rewritten, as they were written."""

    text: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    """Each row rewritten: its first line's number (from 1) and its lines as written."""


def joined_label_columns(text: str) -> Relabelled:
    """*text* with each header row whose label a narrow column wrapped written on one line.

    Only text taken from a PDF is looked at (a form feed ends its pages),
    whose lines end in line feeds.
    """
    if "\f" not in text or "\r" in text:
        return Relabelled(text, ())
    lines = text.split("\n")
    rows: list[tuple[int, tuple[str, ...]]] = []
    index = 0
    while index < len(lines):
        written = lines[index : index + _MOST_LINES]
        taken = _rewritten_row(lines, index)
        if taken > 1:
            rows.append((index + 1, tuple(written[:taken])))
        index += taken
    return Relabelled("\n".join(lines), tuple(rows)) if rows else Relabelled(text, ())


def _rewritten_row(lines: list[str], index: int) -> int:
    """Rewrite the row at *index* where its label is wrapped; how many lines it took (1 if none)."""
    line = lines[index]
    row = _ROW.fullmatch(line.lstrip("\f")) if "   " in line else None
    if row is None or row["piece"].endswith(":") or row["piece"][:1] in _TABLE_MARKS:
        return 1  # no row, its label whole on its line, or a markdown table's row
    column = len(line) - len(row["value"])  # where the value stands
    indent = len(line) - len(line.lstrip("\f")) + len(row["indent"])
    pieces, values = [row["piece"]], [row["value"]]
    for below in lines[index + 1 : index + _MOST_LINES]:
        head, tail = below[:column].strip(), below[column:].strip()
        if not head or len(below) - len(below.lstrip(" ")) != indent:
            break  # the value going on alone, or a line of another kind
        pieces.append(head)
        values.append(tail)
        if head.endswith(":"):
            break  # a colon ends the label
    label = _label(pieces, whole_first=match_bare_label(row["piece"]) is not None)
    if label is None:
        return 1
    written, count = label
    lead = line[:indent]
    first = f"{lead}{written}{' ' * max(3, column - indent - len(written))}"
    lines[index] = first + values[0]
    # The value's lines below begin where it now begins (further in, where the
    # whole label is wider than its column), so that they go on in its cell.
    for offset in range(1, count):
        lines[index + offset] = " " * len(first) + values[offset] if values[offset] else ""
    after = index + count
    while after < len(lines) and lines[after].strip() and not lines[after][:column].strip():
        lines[after] = " " * len(first) + lines[after].strip()
        after += 1
    return count


def _label(pieces: list[str], *, whole_first: bool) -> tuple[str, int] | None:
    """The label the first of *pieces* begin, and how many pieces it takes; ``None`` for none.

    Where the first piece is a label by itself (``Closing`` / ``Date:``), the
    pieces make a longer one only up to a colon.
    """
    for count in range(2, len(pieces) + 1):
        for written in _spellings(pieces[:count]):
            if match_bare_label(written) is not None and (not whole_first or written.endswith(":")):
                return written, count
    return None


def _spellings(pieces: list[str]) -> Iterator[str]:
    """*pieces* joined by spaces, then with a word the column broke joined whole.

    ``Classificati`` / ``on:`` is ``Classification:``: where a piece ends in
    a letter and the next begins with a small letter, the two may be one word.
    """
    joins = [
        (" ", "") if above[-1:].isalpha() and below[:1].islower() else (" ",)
        for above, below in itertools.pairwise(pieces)
    ]
    for chosen in itertools.product(*joins):
        pairs = zip(chosen, pieces[1:], strict=True)
        yield pieces[0] + "".join(join + piece for join, piece in pairs)
