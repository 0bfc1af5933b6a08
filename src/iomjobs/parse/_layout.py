"""A notice cut into sections and header fields, as `_sections` lays it out (internal).

:class:`Layout` holds the sections and fields, and the text as written,
whose lines a step may ask for (a table's cells, a wrap's width).
"""

from __future__ import annotations

from typing import Final

from iomjobs.parse._cells import first_lines, goes_on_in_cell
from iomjobs.parse._segments import (
    GreedyWrap,
    Segment,
    as_written,
    counted_more,
    file_lines,
    flush_left,
    greedy_wrap,
    margin_of,
    wrapped_width,
)

# Section, Field and Layout are plain slotted classes, not attrs ones: in the
# compiled reader (hatch_build.py) mypyc makes them classes of its own, whose
# attributes every step reads in C.


class Section:
    """A heading (or none, for the preamble) and the segments under it."""

    __slots__ = ("content", "heading", "heading_below", "kind", "meant", "trailing")

    def __init__(
        self,
        kind: str,
        heading: Segment | None = None,
        trailing: str = "",
        content: list[Segment] | None = None,
    ) -> None:
        self.kind = kind
        self.heading = heading
        self.trailing = trailing
        """What the heading line says after the heading's phrase ("these three values:")."""
        self.content: list[Segment] = [] if content is None else content
        self.heading_below: list[Segment] = []
        """The lines a heading wrapped onto, below its first (``_sections._heading_goes_on``)."""
        self.meant: str | None = None
        """The heading's phrase (folded), where the heading misspells it by a letter."""

    def __repr__(self) -> str:
        return f"Section({self.kind!r}, {self.heading!r}, {self.trailing!r}, {self.content!r})"


class Field:
    """A header field: its label as written, its value, the segments it came from."""

    __slots__ = ("label", "meant", "name", "paragraphs", "segments", "value", "wrapped")

    def __init__(self, name: str, label: str, value: str, segments: list[Segment]) -> None:
        self.name = name
        self.label = label
        self.value = value
        self.segments = segments
        self.meant: str | None = None
        """The label's phrase (folded), where the label misspells it by a letter."""
        self.wrapped = False
        """Whether a line below went on with the value as wrapped text, one text
        with it, rather than as the next line of a table's cell."""
        self.paragraphs: list[str] = []
        """The value's paragraphs, where its lines do not give them: a grid
        table's cell of several (``_rows._grid_row``); else none."""

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.label!r}, {self.value!r}, {self.segments!r})"


class Layout:
    """A notice cut into sections and header fields."""

    __slots__ = (
        "_counted",
        "_in_cell",
        "_lines",
        "_margin",
        "_top",
        "fields",
        "footnotes",
        "forwarded_from",
        "greedy",
        "markup",
        "run_in",
        "sections",
        "text",
        "wrap_width",
        "wrapped",
    )

    def __init__(self, sections: list[Section], fields: list[Field]) -> None:
        self.sections = sections
        self.fields = fields
        self.wrap_width: int | None = None
        """The width the text was wrapped at, 0 where nothing says it was; worked
        out when first needed (:func:`page_width`)."""
        self.greedy: GreedyWrap | None = None
        """How the text was wrapped greedily by characters, where it was
        (:func:`greedy_page_wrap`); worked out when first needed."""
        self.footnotes: list[Segment] = []
        """Text found on heading lines that is no part of the heading (template footnotes)."""
        self.markup: list[Segment] = []
        """Lines that are a page's markup, not the notice's text: HTML comments, rules
        and headings' underlines, the front matter's delimiters and the keys it has
        that are no field, a forwarded message's header and its sender's sign-off."""
        self.forwarded_from = 0
        """The index of the segment a forwarded message begins with, below its
        header (``_mail.mail_header``); 0 where the text forwards none."""
        self.text = ""
        """The text as written, where the layout may ask how its lines began (a table's cells)."""
        self.run_in: set[int] = set()
        """The lines a heading begins and its section's first words follow ("Languages:
        Fluency in English..."): those words, as content, are shorter than their line,
        and tell no room a wrap left."""
        self.wrapped: str | None = None
        """:attr:`text` before its repairs, line for line, as a wrap at a width counted
        its lines' characters; None where its lines are not the text's."""
        self._counted: dict[int, int] | None = None
        self._in_cell: dict[int, int] = {}
        self._margin: int | None = None
        self._lines: list[str] | None = None
        self._top: list[str] | None = None

    def goes_on_in_cell(self, row: int, below: int) -> bool:
        """Whether line *below* goes on in the value's cell of the labelled row on line *row*.

        As :func:`~iomjobs.parse._cells.goes_on_in_cell` says, the lines as
        written; what is known of a row's lines is kept for the next asked.
        """
        return goes_on_in_cell(self.written_lines(below), row, below, self._in_cell)

    def written_lines(self, count: int) -> list[str]:
        """The first *count* lines of :attr:`text` as written (or all), numbered as segments are.

        A header stands near the top: only the lines near it are cut there,
        once. Lines further down are cut once, all of them (a text of many
        notices asks at each one's header).
        """
        if self._lines is None and count <= _NEAR_TOP:
            if self._top is None:
                # All the lines near the top at once: they are asked for one after another.
                self._top = first_lines(self.text, _NEAR_TOP)
            return self._top
        return self.all_written_lines()

    @property
    def counted(self) -> dict[int, int]:
        """By line number, the characters a wrap counted on a line that a repair took since.

        As :func:`counted_more` tells them; worked out when first needed.
        """
        if self._counted is None:
            wrapped = self.wrapped
            self._counted = counted_more(wrapped, self.text) if wrapped is not None else {}
        return self._counted

    @property
    def margin(self) -> int:
        """The indent lines are measured from, the text's margin (:func:`margin_of`)."""
        if self._margin is None:
            self._margin = 0 if flush_left(self.text) else margin_of(self.all_written_lines())
        return self._margin

    def as_counted(self, segment: Segment, written: list[str] | None = None) -> str:
        """*segment*'s line as a wrap at a width counted it, for its length.

        As written (:func:`as_written`: "5.    Support PSEA...", its number
        set apart by spaces), a space more for each character a repair took
        from it since, a character fewer for each one it spelt out. *written*
        holds the text's lines down to the segment's at least; all of them
        where not given.
        """
        lines = written if written is not None else self.all_written_lines()
        line = as_written(segment, lines, self.margin)
        more = self.counted.get(segment.number, 0)
        return line + " " * more if more >= 0 else line[:more]

    def all_written_lines(self) -> list[str]:
        """Every line of :attr:`text` as written, numbered as segments are; cut once."""
        if self._lines is None:
            self._lines = file_lines(self.text)
        return self._lines

    def of(self, kind: str) -> list[Section]:
        """The sections of *kind*, in order."""
        return [section for section in self.sections if section.kind == kind]

    def field(self, name: str) -> Field | None:
        """The first header field *name*, if any."""
        return next((field for field in self.fields if field.name == name), None)


# The lines a header stands within: cut down to the one asked for, not the rest.
_NEAR_TOP: Final = 200


def page_width(result: Layout, segments: list[Segment]) -> int:
    """The width the whole text was wrapped at (:func:`wrapped_width`), worked out once."""
    if result.wrap_width is None:
        result.wrap_width = wrapped_width(segments)
    return result.wrap_width


def greedy_page_wrap(result: Layout, segments: list[Segment]) -> GreedyWrap:
    """How the whole text was wrapped greedily (:func:`greedy_wrap`), worked out once."""
    if result.greedy is None:
        width = page_width(result, segments)
        if width:
            written = result.all_written_lines()
            greedy = greedy_wrap(segments, width, written, result.counted, result.margin)
        else:
            greedy = greedy_wrap(segments, width)
        if result.run_in:
            greedy.cut = greedy.cut | frozenset(result.run_in)
        result.greedy = greedy
    return result.greedy
