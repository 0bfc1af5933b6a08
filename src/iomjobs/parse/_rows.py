"""A header field as a line or a table's row holds it: "| Grade | P-2 |" (internal).

A table's row may be written over several lines (a grid table's, a row a
wrap cut) or be a row of labels above the row of their values; ``_sections``
takes such rows where they stand.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._layout import Field, Layout
from iomjobs.parse._segments import (
    BREAK_TAG,
    CELL_GAP,
    Segment,
    joined_text,
    joined_texts,
    next_line,
)
from iomjobs.parse._vocabulary import (
    match_bare_label,
    match_label,
    match_run_together,
    match_spaced_label,
)

# A table row: "| Label | Value |"; and a markdown table's rule, "|---|---|".
_TABLE_ROW: Final = re.compile(r"^\|(?P<cells>.*)\|$")
_TABLE_RULE: Final = re.compile(r"^\|?[\s:|-]+\|?$")


def take_wrapped_row(segments: list[Segment], index: int, result: Layout) -> int:
    """Take the field of a table's row over several lines, its first at *index*; the index after.

    A row a wrap cut, or a grid table's row of several lines; or a row of
    labels above their values' (:func:`_take_labels_row`). The index is
    *index* itself where the line begins no such row.
    """
    row = _grid_row(segments, index) or _wrapped_row(segments, index)
    if row is None:
        return _take_labels_row(segments, index, result)
    result.fields.append(row)
    return index + len(row.segments)


def _take_labels_row(segments: list[Segment], index: int, result: Layout) -> int:
    """Take a table's row of labels and the row of their values below it; the index after.

    "| Type of Appointment | Duration of Consultancy |" / "| Consultancy |
    75 working days |": a header set out across a table, each label above
    its value in its column, as IOM Moldova's calls set theirs (see
    ``_values_apart.table_cells`` for the same as lines), and a page's table shows
    them; a markdown table's rule may stand between the two. Each column is
    a field, read from both rows. The index is *index* itself where the line
    begins no such rows; the row of labels had been read as one label and
    the next label its value.
    """
    labels = _row_cells(segments[index], result)
    if not _labels_only(labels):
        return index
    below = next_line(segments, index)
    rule = below if below is not None and _TABLE_RULE.match(below.text) else None
    if rule is not None:
        below = next_line(segments, index + 1)
    values = _row_cells(below, result) if below is not None else []
    if below is None or len(values) != len(labels) or any(map(match_bare_label, values)):
        return index
    for label, value in zip(labels, values, strict=True):
        name = match_bare_label(label)
        lines = _cell_lines(value)
        if name is None or not value:
            continue
        field = Field(name, label.rstrip(" :"), " ".join(lines), [segments[index], below])
        field.paragraphs = lines if len(lines) > 1 else []
        result.fields.append(field)
    if rule is not None:
        result.markup.append(rule)
    return index + 2 + (rule is not None)


def take_labels_written_apart(segments: list[Segment], index: int, result: Layout) -> int:
    """:func:`_take_labels_row` for a row of cells parted by tabs or gaps; 0 where none."""
    after = _take_labels_row(segments, index, result)
    return after if after > index else 0


def _labels_only(cells: list[str]) -> bool:
    """Whether a table row's *cells* are two labels or more, and nothing else."""
    return len(cells) >= 2 and all(map(match_bare_label, cells))  # noqa: PLR2004


def _row_cells(segment: Segment, result: Layout) -> list[str]:
    """The cells of the table row *segment* is, stripped; none where it is no row, or a rule.

    A pipe-table row's, or a row of cells parted by tabs or wide gaps as it
    was written ("Duty Station<tab>Closing Date", a Word table's row as
    :func:`~iomjobs.parse.docx_text` writes it).
    """
    if segment.text[:1] == "|":
        return _pipe_cells(segment.text)
    written = result.written_lines(segment.number)[segment.number - 1].strip(" \t")
    cells = CELL_GAP.split(written) if CELL_GAP.search(written) else []
    return [cell.strip(" :") for cell in cells]


def _pipe_cells(text: str) -> list[str]:
    """The cells of the pipe-table row *text*, stripped; none where it is no row, or a rule."""
    row = _TABLE_ROW.match(text)
    if row is None or _TABLE_RULE.match(text):
        return []
    return [cell.strip() for cell in row.group("cells").split("|")]


def _grid_row(segments: list[Segment], index: int) -> Field | None:
    """The field of a grid table's row of several lines, from its first at *index*.

    pandoc writes a Word document's table as a grid table, and a cell's
    words that its column's width does not hold on the lines below, each
    cell in its column: "| Type of Appointment | Special Short Term, six |"
    / "|  | months with possibility of |" / "|  | extension |", between two
    borders ("+------+------+"). Each cell's words are read as one, and
    the row as a row on one line is. ``None`` for a row of one line, a
    row without a border above it and below it (or the text's end, where a
    notice was cut short), and a row that is no field's.
    """
    first = segments[index]
    if not first.text.endswith("|") or index == 0 or not _is_border(segments[index - 1].text):
        return None
    lines = [first]
    while (more := next_line(segments, index + len(lines) - 1)) is not None and more.text[
        :1
    ] != "+":
        if more.text[:1] != "|" or not more.text.endswith("|") or len(lines) > _MOST_GRID_LINES:
            return None
        lines.append(more)
    ended = index + len(lines) == len(segments) or (
        more is not None and _BORDER_BEGUN.match(more.text)
    )
    if len(lines) == 1 or not ended:
        return None
    rows = [line.text[1:-1].split("|") for line in lines]
    if any(len(cells) != len(rows[0]) for cells in rows):
        return None
    columns = [_paragraphs([cells[column] for cells in rows]) for column in range(len(rows[0]))]
    cells = [" ".join(paragraphs) for paragraphs in columns]
    field = row_field(Segment(first.number, f"| {' | '.join(cells)} |"), labelled=True)
    if field is None:
        return None
    field.segments = lines
    # A value of paragraphs (two supervisors, a paragraph each) is read a paragraph a line.
    if len(columns) == 2 and len(columns[1]) > 1:  # noqa: PLR2004 -- a label and its value
        field.paragraphs = columns[1]
    else:
        field.wrapped = True
    return field


def _paragraphs(pieces: list[str]) -> list[str]:
    """A cell's paragraphs, its *pieces* on a line each, a blank line between two."""
    paragraphs: list[str] = []
    texts: list[str] = []  # the paragraph's, joined once it ends
    for piece in map(str.strip, pieces):
        if piece:
            texts.append(piece)
        elif texts:
            paragraphs.append(joined_texts(texts))
            texts = []
    return [*paragraphs, joined_texts(texts)] if texts else paragraphs


def closed_row(field: Field) -> bool:
    """Whether *field* was read from a table's row, its last bar on its last line."""
    last = field.segments[-1].text
    return field.segments[0].text[:1] == "|" and last.endswith("|") and len(last) > 1


# A grid table's border: "+------+------+", "+======+"; a markdown table's rule.
GRID_BORDER: Final = r"\+(?:[-=:]{3,}\+)+"
PIPE_RULE: Final = r"\|(?: *:?-+:? *\|)+"
_GRID_BORDER: Final = re.compile(GRID_BORDER)
_PIPE_RULE: Final = re.compile(PIPE_RULE)
# A grid table's border, or what a cut left of one: "+-----".
_BORDER_BEGUN: Final = re.compile(r"\+[-=:+]*$")


def _is_border(text: str) -> bool:
    """Whether *text* is a grid table's border: "+------+------+", "+======+"."""
    return text[:1] == "+" and _GRID_BORDER.fullmatch(text) is not None


def _wrapped_row(segments: list[Segment], index: int) -> Field | None:
    """The field of a table's row a wrap cut, from its first line at *index* to the line ending it.

    "| Type of Appointment | Special Short Term, six months with possibility"
    / "of extension |" (a board's table, wrapped at 72 columns as a mail
    client wraps text): the row goes on below to the first line that ends
    it, none of them a row or a list item of its own, and is read as a row
    on one line is. ``None`` where no line below ends it, or where the row
    is no field's.
    """
    first = segments[index]
    if first.text.endswith("|"):
        return None
    below: list[Segment] = []
    while len(below) < _MOST_ROW_LINES and (more := next_line(segments, index + len(below))):
        if more.text[:1] == "|" or more.bullet:
            return None
        below.append(more)
        if more.text.endswith("|"):
            text = first.text
            for line in below:
                text = joined_text(text, line.text)
            field = row_field(Segment(first.number, text), labelled=True)
            if field is None:
                return None
            field.segments = [first, *below]
            field.wrapped = True
            return field
    return None


# The most lines a wrap cuts a table's row onto below its first, and that a grid
# table's row takes in all (a label of some eighty characters in a narrow column).
_MOST_ROW_LINES: Final = 3


_MOST_GRID_LINES: Final = 8


def is_table_head(segments: list[Segment], index: int) -> bool:
    """Whether the row at *index*, no field's, is the head of a table of fields: its columns' names.

    "| Field | Value |" above "|---|---|" and "| Position Title | ... |" (a
    converter from HTML to markdown makes a table's first row its head):
    layout, as the line under it is. A table of other rows keeps its head,
    which names what its columns hold ("| Deliverable | Timeline |").
    """
    if index + 2 >= len(segments):
        return False
    row, below, first_row = segments[index : index + 3]
    return (
        below.number == row.number + 1
        and below.text[:1] == "|"
        and below.text.count("|") == row.text.count("|")
        and _PIPE_RULE.fullmatch(below.text) is not None
        and _TABLE_ROW.match(row.text) is not None
        and row_field(first_row, labelled=True) is not None
    )


def row_field(
    segment: Segment, *, labelled: bool, header: bool = False, form: bool = False
) -> Field | None:
    """The header field *segment* (no list item) holds on its own line, if any.

    *labelled* is whether the segment's first word may begin a label: if not,
    only a table row or a label run into its value is looked for. *header*
    is whether the segment stands in the header, where a few labels may
    stand with a space before their value; *form*, whether it stands under
    a post description's "Position Information", where any label may.
    """
    if segment.text[:1] == "|" and _TABLE_ROW.match(segment.text) is not None:
        cells = _pipe_cells(segment.text)
        if _labels_only(cells):
            return None  # "| Duty Station | Closing Date |": labels, their values below
        if len(cells) >= 2:  # noqa: PLR2004
            value = _paired_cells(cells) or " ".join(cells[1:])
            label_lines, value_lines = _cell_lines(cells[0]), _cell_lines(value)
            # "| Duty Station: | Berbera |": a label cell may keep its colon.
            found = match_label(f"{' '.join(label_lines).rstrip(' :')}: {' '.join(value_lines)}")
            if found:
                field = Field(found[0], found[1], found[2], [segment])
                if len(value_lines) > 1:
                    field.paragraphs = value_lines
                return field
        return None
    found = (
        (match_label(segment.text) if labelled else None)
        or match_run_together(segment.text, spaced=header)
        or (match_spaced_label(segment.text) if form and labelled else None)
    )
    if found is None:
        return None
    return Field(found[0], found[1], found[2], [segment])


def _paired_cells(cells: list[str]) -> str | None:
    """The first value of a row of several labels each before its value, the others run in.

    "| Country | Pakistan | Locations | Islamabad |" (a page's table of two
    pairs a row, as brightspyre sets its facts, 2024): "Pakistan Locations:
    Islamabad", whose second label the header's reader finds run into the
    value (as a board's joined line, "... Duty Station: Bissau"). ``None``
    unless each pair is a label the reader knows and its value.
    """
    if len(cells) < _PAIRED_CELLS or len(cells) % 2:
        return None
    pairs = [(cells[at].rstrip(" :"), cells[at + 1]) for at in range(0, len(cells), 2)]
    if any(not value or match_label(f"{label}: {value}") is None for label, value in pairs):
        return None
    return " ".join([pairs[0][1], *(f"{label}: {value}" for label, value in pairs[1:])])


# The fewest cells of a row of labels each before its value, two pairs.
_PAIRED_CELLS: Final = 4


def _cell_lines(cell: str) -> list[str]:
    """A table cell's lines: a converter from HTML to markdown writes a cell's line breaks "<br>".

    "| Duty Station | Port of Spain,<br>Trinidad and Tobago |": a markdown
    table's cell holds one line, and a page's cell of two paragraphs (a
    place and its country, two supervisors) is so written.
    """
    if "<" not in cell:
        return [cell]
    lines = [line.strip() for line in BREAK_TAG.split(cell)]
    return [line for line in lines if line] or [cell]
