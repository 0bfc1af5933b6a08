"""A table row of an HTML page, read cell by cell, and how its text is laid out (internal).

A row is written as a pipe-table row (``| Duty Station | Berbera |``), as
markdown writes it. A cell's lines (paragraphs, or lines a ``<br>`` ends)
are its text's lines: in a row of a header field ("| Reports directly to
| 20069753 (Jewel ALI) - administrative supervisor<br>20087786 (Livia
MANENTE) - direct supervisor |", two supervisors) they are parted by
``<br>``, as a converter from HTML to markdown parts them and the reader
reads them; in another row a ``<br>`` is a space between words. A row
whose cells hold paragraphs and is no field's is a table used for layout:
its lines are paragraphs of their own, as the page shows them. Word's
pages set every cell's text in a paragraph (``<td><p
class=MsoNormal>``), so their header tables are so told apart from
layout.

A definition list's term and its descriptions (``<dt>``, ``<dd>``) are a
row too, the term a cell and each description one, as ReliefWeb shows a
job's "Organization", "Posted" and "Closing date": a header field's
several descriptions are its value's lines, parted by ``<br>`` (two
supervisors, as a cell's lines are).
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

# What begins a cell's line: the cell, a line break, or a paragraph (its start or end).
LineStart = Literal["cell", "break", "paragraph"]
# HTML's white space, which a browser shows as one space; a no-break space is not.
_SPACES: Final = re.compile(r"[ \t\n\r\f][ \t\n\r\f]*")


class CellLine:
    """One line of a cell as it is read: its pieces of text and the page's line it starts on."""

    __slots__ = ("after_paragraph", "origin", "pieces", "start")

    def __init__(self, start: LineStart, *, after_paragraph: bool) -> None:
        self.pieces: list[str] = []
        self.origin: int | None = None
        self.start = start
        # Whether a paragraph began in the row before this line: on a page laid
        # out in a table, the lines from there on stand apart as paragraphs.
        self.after_paragraph = after_paragraph


class Paragraph(NamedTuple):
    """A line of a row given up as layout: its text, its page line, whether it stands apart."""

    text: str
    origin: int
    apart: bool


class Row:
    """The cells of a table row being read, each a list of lines.

    Or a definition list's term and its descriptions, where *definition*.
    """

    def __init__(self, *, definition: bool = False) -> None:
        self.cells: list[list[CellLine]] = []
        self.in_paragraphs = False  # whether a cell holds its text in paragraphs
        self.definition = definition

    def new_cell(self) -> None:
        self.cells.append([CellLine("cell", after_paragraph=self.in_paragraphs)])

    def new_line(self, start: LineStart) -> None:
        """End the last cell's line, where it holds text: what follows is on a line of its own."""
        if start == "paragraph":
            self.in_paragraphs = True
        line = self.cells[-1][-1]
        if any(map(visible, line.pieces)):
            self.cells[-1].append(CellLine(start, after_paragraph=self.in_paragraphs))
        elif start == "paragraph":
            line.start, line.after_paragraph = start, True  # its text begins a paragraph

    def add(self, data: str, where: int | None) -> None:
        line = self.cells[-1][-1]
        line.pieces.append(data)
        if line.origin is None:
            line.origin = where

    def label_alone(self) -> bool:
        """Whether the row so far is a cell of one line and an empty cell beside it."""
        return (
            len(self.cells) == 2  # noqa: PLR2004 -- a label's cell and its value's
            and len(_lines(self.cells[0])) == 1
            and not _lines(self.cells[1])
        )

    def pieces(self) -> list[str]:
        """The pieces of the line being read."""
        return self.cells[-1][-1].pieces


def pipe_row(row: Row) -> tuple[str, int] | None:
    """*row* as a pipe-table row, with the page line it starts on; ``None`` if laid out.

    ``None`` also where the row holds no text.
    """
    cells = [_lines(cell) for cell in row.cells]
    if row.definition and len(cells) > 2 and _is_field(cells):  # noqa: PLR2004 -- a term, a description
        # A field's descriptions are its value's lines: "Reports directly to" / two supervisors.
        cells = [cells[0], [line for cell in cells[1:] for line in cell]]
    origin = next((line.origin for cell in row.cells for line in cell if line.origin), None)
    if origin is None or not any(cells):
        return None
    several = any(len(lines) > 1 for lines in cells)
    if several or row.in_paragraphs:
        if _is_field(cells):
            return _written(cells, "<br>"), origin
        if row.in_paragraphs:
            return None
    return _written(cells, " "), origin


def paragraphs(row: Row) -> list[Paragraph]:
    """The lines of *row*, laid out: each of its cells' lines a line of the page's text.

    From the first paragraph on, each line stands apart, as the page shows a
    paragraph; a line break before it goes on in the line, as in a row's cell.
    """
    laid_out: list[Paragraph] = []
    for cell in row.cells:
        for line in cell:
            text = collapsed("".join(line.pieces))
            if not text or line.origin is None:
                continue
            if line.start == "break" and not line.after_paragraph and laid_out:
                last = laid_out[-1]
                laid_out[-1] = last._replace(text=f"{last.text} {text}")
                continue
            apart = line.after_paragraph and line.start != "break"
            laid_out.append(Paragraph(text, line.origin, apart))
    return laid_out


def _is_field(cells: list[list[str]]) -> bool:
    """Whether *cells* are a header field's: a label's cell of one line, and its value."""
    from iomjobs.parse._vocabulary import match_label  # noqa: PLC0415 -- the reader's, loaded late

    if len(cells) < 2 or len(cells[0]) != 1:  # noqa: PLR2004 -- a label and a value
        return False
    value = " ".join(line for lines in cells[1:] for line in lines)
    return match_label(f"{cells[0][0].rstrip(' :')}: {value}") is not None


def _written(cells: list[list[str]], line_end: str) -> str:
    return f"| {' | '.join(line_end.join(lines) for lines in cells)} |"


def _lines(cell: list[CellLine]) -> list[str]:
    """The cell's lines that hold text, each as the page shows it."""
    return [text for line in cell if (text := collapsed("".join(line.pieces)))]


def visible(text: str) -> bool:
    """Whether *text* shows anything: holds more than HTML's white space."""
    return bool(text.strip(" \t\n\r\f"))


def collapsed(text: str) -> str:
    """*text* as a browser shows it: each run of HTML's white space one space, none at the ends."""
    return _SPACES.sub(" ", text).strip(" ")
