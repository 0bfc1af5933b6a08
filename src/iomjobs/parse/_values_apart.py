"""Labels alone on their lines, and where their values stand (internal).

A label without its value on its line, as tables copied out of documents
and pages give them: a header table's cells a line each (:func:`table_cells`),
a PDF's column of labels, then its column of values (:func:`label_column`),
a value on the lines right below (:func:`value_below`) or a blank line below
(:func:`value_after_blank`, :func:`value_a_blank_line_below`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Final

from iomjobs.parse._furniture import is_furniture
from iomjobs.parse._layout import Field
from iomjobs.parse._segments import Segment, next_line
from iomjobs.parse._vocabulary import (
    match_bare_label,
    match_heading,
    match_label,
    match_spaced_label,
)

# The most labels a header lists.
MOST_LISTED: Final = 20
# The longest first half of a broken label (see _field_lines.split_label).
LABEL_PART: Final = 60


def unemphasized(value: str) -> str:
    """*value* below its label without markdown's emphasis about it, as on the label's line.

    "Duty Station:" / "**Shengjin, Albania**": a markdown copy of a header
    table whose labels stand above their values (seed 002's cells so).
    """
    return value.strip(" *_")


def table_cells(segments: list[Segment], index: int) -> list[Field] | None:
    """The fields of a header table copied out of a document, a blank line after each cell.

    "Position Title" / "PME national consultant", or a row of two labels
    and the row of their values below ("Type of Appointment" / "Duration of
    Consultancy" / "Consultancy" / "75 working days..."), as an IOM Moldova
    call reads on a job board: the labels at *index* and on, then as many
    values, one a line. An older call of the same office has a column of
    colons between them (see :func:`_colon_row`). ``None`` where the lines
    are not such a table.
    """
    labels = _labels_alone(segments, index, lambda at: _one_blank_apart(segments, at))
    apart = _one_blank_apart
    colon = _colon_row(segments, index) if labels else None
    if colon is not None:
        labels, apart = colon[0], _cell_below
    at = index + len(labels) + (colon is not None)
    values = segments[at : at + len(labels)]
    # A row of colons says the lines are a table even where the text ends before
    # the row's last values (a message or a page cut short): those there pair.
    cut_short = colon is not None and bool(values) and at + len(values) == len(segments)
    if (
        not labels
        or (len(values) < len(labels) and not cut_short)
        or not all(apart(segments, i) for i in range(at - 1, at + len(values) - 1))
        or any(no_value(value) for value in values)
    ):
        return None
    cells = _paired(labels[: len(values)], values)
    # Labels whose values the text lost: kept, as a label no field reads is.
    cells += [Field(_UNKNOWN_LABEL, label.text, "", [label]) for _, label in labels[len(values) :]]
    if colon is not None:
        cells[0].segments.insert(1, colon[1])
    return cells


def _colon_row(
    segments: list[Segment], index: int
) -> tuple[list[tuple[str, Segment]], Segment] | None:
    """A header table's labels from *index* on, and the cell of the colon after them, if any.

    A column of colons between the labels and their values ("Position
    Title" / ":" / "Project Officer", IOM Moldova, 2022): a row's labels
    ("Type of Appointment" / "Duration:" / "All Inclusive Salary:"), each
    at most a blank line below the one before, then a cell holding only a
    colon. A label the reader knows no field for, ending in its colon ("All
    Inclusive Salary:"), is one of the row's (named ``unknown``: kept as
    unclassified with its value). The colon's cell is what says the lines
    are a table, so a page's break may have closed up the blank lines.
    """
    labels: list[tuple[str, Segment]] = []
    at = index
    while at < len(segments) and len(labels) < MOST_LISTED:
        text = segments[at].text
        if text == ":":
            return (labels, segments[at]) if labels else None
        name = match_bare_label(text)
        if name is None and (not text.endswith(":") or len(text) > LABEL_PART):
            return None
        labels.append((name or _UNKNOWN_LABEL, segments[at]))
        if not _cell_below(segments, at):
            return None
        at += 1
    return None


def _cell_below(segments: list[Segment], index: int) -> bool:
    """Whether the segment after ``segments[index]`` is right below it or one blank line below."""
    return (
        index + 1 < len(segments)
        and segments[index + 1].number - segments[index].number <= _CELL_GAP
    )


# How far a table's next cell stands below the last: a blank line between them, or none.
_CELL_GAP: Final = 2
# The field name of a table's label the reader does not know: no field reads it.
_UNKNOWN_LABEL: Final = "unknown"


def label_column(segments: list[Segment], index: int) -> list[Field] | None:
    """The fields of a header table read a column at a time, its labels, then its values.

    A PDF's two-column header table, as text extraction that reads each
    column in turn gives it: "Position Title" / "Duty Station" /
    "Classification", a blank line, then "Senior Programme Assistant" /
    "Berbera, Somaliland" / "General Service Staff, Grade G6". Two labels
    or more, one a line, then as many values, one a line, and no line right
    below the last: a value that goes on below would leave the rest
    unpaired. ``None`` where the lines are not such a table.
    """
    labels = _labels_alone(
        segments,
        index,
        lambda at: at == index or segments[at].number == segments[at - 1].number + 1,
    )
    at = index + len(labels)
    values = segments[at : at + len(labels)]
    below = segments[at + len(labels)] if at + len(labels) < len(segments) else None
    if (
        len(labels) < 2  # noqa: PLR2004 -- one label and its value below are a form's
        or len(values) < len(labels)
        or any(b.number != a.number + 1 for a, b in itertools.pairwise(values))
        or (below is not None and below.number == values[-1].number + 1)
        or any(no_value(value) or match_heading(value.text) for value in values)
    ):
        return None
    return _paired(labels, values)


def _labels_alone(
    segments: list[Segment], index: int, in_line: Callable[[int], bool]
) -> list[tuple[str, Segment]]:
    """The labels alone on their lines from *index* on, each with its field's name.

    As long as ``in_line(at)`` says the line at *at* stands where the next
    label of the run would. Empty where the run is longer than a header
    lists: it is no header table's. Read whole from each of its lines in
    turn, a page of labels alone took a time that grew with the square of
    their number; the run is read no further than that.
    """
    labels: list[tuple[str, Segment]] = []
    at = index
    while at < len(segments) and in_line(at):
        name = match_bare_label(segments[at].text)
        if name is None:
            break
        if len(labels) == MOST_LISTED:
            return []
        labels.append((name, segments[at]))
        at += 1
    return labels


def _paired(labels: list[tuple[str, Segment]], values: list[Segment]) -> list[Field]:
    """The fields of *labels* (each with its field's name) and their *values*, in order."""
    return [
        Field(name, label.text.rstrip(":? "), unemphasized(value.text), [label, value])
        for (name, label), value in zip(labels, values, strict=True)
    ]


def value_after_blank(
    segments: list[Segment], index: int, *, header: bool = False
) -> Segment | None:
    """The value one blank line below a label that ends in a colon and holds none.

    "Departamento/unidad de la Organización a que presta servicios el
    consultor/la consultora:", a blank line, then the unit (a consultancy
    call, 2025): the colon says a value follows. In the *header*, a list
    there is the value too, its first item given: "Duty Stations:" / "" /
    "- Bangkok, Thailand" / "- Dakar, Senegal", a page's paragraph and the
    list after it, as ``html_text`` writes ``<p>Duty Stations:</p><ul>...``
    (its items: :func:`_items_below`).
    """
    # "***Posting period:***": the colon inside the emphasis counts.
    if not segments[index].text.rstrip("*_").endswith(":"):
        return None
    below = _line_a_blank_below(segments, index)
    if below is None and header and _one_blank_apart(segments, index):
        listed = segments[index + 1]
        return listed if listed.bullet else None
    return below


def _line_a_blank_below(segments: list[Segment], index: int) -> Segment | None:
    """The line one blank line below ``segments[index]``, if it may be a value there.

    No list item, label or heading: those begin anew.
    """
    if not _one_blank_apart(segments, index):
        return None
    below = segments[index + 1]
    return None if no_value(below) or match_heading(below.text) else below


def no_value(segment: Segment) -> bool:
    """Whether *segment* cannot be a table cell's value: a list item, a label, layout."""
    text = segment.text
    return (
        segment.bullet
        or match_bare_label(text) is not None
        or match_label(text) is not None
        or is_furniture(text)
    )


def value_a_blank_line_below(label: Segment, segments: list[Segment], index: int) -> list[Segment]:
    """The value of *label*, a label alone at *index*, one blank line below it: its lines.

    IOM's recruitment system's sections as a page's HTML sets them out, each
    block a paragraph: "Organizational Department / Unit to which the
    Consultant is contributing" / "" / "Programa de “Intervenciones...”.".
    Only a label of three words or more: "Location" or "Grade" alone may head
    anything. A list, a label or a heading there is no value.
    """
    below = _line_a_blank_below(segments, index)
    if len(label.text.split()) < _LONG_LABEL_WORDS or below is None:
        return []
    return [below, *value_below(segments, index + 1)]


# The fewest words of a label alone whose value may stand a blank line below it.
_LONG_LABEL_WORDS: Final = 3


def _one_blank_apart(segments: list[Segment], index: int) -> bool:
    """Whether the segment after ``segments[index]`` is one blank line below it."""
    return index + 1 < len(segments) and segments[index + 1].number == segments[index].number + 2


def value_below(segments: list[Segment], index: int, *, form: bool = False) -> list[Segment]:
    """The lines right below a label alone on its line, up to a blank line or the next label.

    A label wrapped onto a second line is one too: the form's question as a
    PDF's column wraps it ("Is this a Regional, HQ, MAC, PAC, Liaison Office
    or Country Office" / "based position?"). With *form*, the next label may
    stand with a space before its value ("Position rated on 6 June 2024"
    below "...based position?" / "Country Office", a board's copy wrapped).
    """
    value: list[Segment] = []
    expected = segments[index].number + 1
    for at in range(index + 1, len(segments)):
        segment = segments[at]
        if segment.number != expected:
            break
        if match_bare_label(segment.text) or match_heading(segment.text):
            break
        if value and _wrapped_label_at(segments, at):
            break
        if is_furniture(segment.text):
            break
        if value and value[-1].text.endswith(_VALUE_ENDS) and segment.text[:1].isupper():
            break  # "5 meses (del 1 de abril al 31 de agosto de 2019)", then the next line
        if value and (segment.bullet or segment.text[:1].isupper()) and labels_a_value(segment):
            # "6. Duración de la consultoría: 3 meses", the next field of a numbered
            # list; "Reference: VN2026/015" below "Duty station" / "Kigali, Rwanda". Not
            # a label's wrapped words ("...a la que contribuye la" / "consultoría: ...").
            break
        if value and form and match_spaced_label(segment.text):
            break
        value.append(segment)
        expected += 1
    return value


def labels_a_value(segment: Segment) -> bool:
    """Whether the list item *segment* is a label and its value."""
    found = match_label(segment.item) if ":" in segment.item else None
    return found is not None and bool(found[2])


def _wrapped_label_at(segments: list[Segment], index: int) -> bool:
    """Whether the line at *index* and the next are one label alone, wrapped."""
    following = next_line(segments, index)
    return (
        following is not None
        and match_bare_label(f"{segments[index].text} {following.text}") is not None
    )


# How a value ends that the line below does not go on with, if it starts with a capital.
_VALUE_ENDS: Final = (".", ")", ";", "!", "?")
