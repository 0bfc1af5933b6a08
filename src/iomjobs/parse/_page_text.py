"""The lines of an HTML page's text, as its elements open and close (internal).

See :mod:`iomjobs.parse._html`, which says what the lines are.
"""

from __future__ import annotations

import re
import string
from html.parser import HTMLParser
from typing import Final, NamedTuple

from iomjobs.parse._page_row import Row, collapsed, paragraphs, pipe_row, visible
from iomjobs.parse._positioned import line_height, place_of, placement

# Elements that stand on lines of their own (HTML's block-level and table elements).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
# Elements whose content no reader of the page sees (and the head, which the body ends).
_HIDDEN = frozenset({"noscript", "script", "style", "svg", "template", "title"})
_CELLS = frozenset({"td", "th"})
# A definition list's term and description: a row's cells (see _page_row).
_DEFINITION_PARTS = frozenset({"dt", "dd"})
# Blocks a cell's text stands in as its lines: Word's pages set every cell's text in one.
_CELL_PARAGRAPHS = frozenset({"div", "p"})
# The start of an element that shows text on lines of its own: where an element
# that hides what it holds, left open, is taken to end.
_SHOWN = re.compile(f"<(?:{'|'.join(sorted(_BLOCKS | _CELLS | {'br'}))})(?=[\\s/>])", re.IGNORECASE)
# The type of a script of structured data: JSON-LD, in any case, with parameters.
_STRUCTURED_TYPE = re.compile(r"\s*application/ld\+json\s*(?:;.*)?", re.IGNORECASE | re.DOTALL)
# At most this many elements left open are closed: each costs the page read again.
_MOST_CLOSED = 8
# Inline emphasis: where it begins or ends between two letters, it sets a word apart.
_EMPHASIS = frozenset({"b", "em", "i", "mark", "strong", "u"})


class PageText(HTMLParser):
    """Collects a page's text line by line as its elements open and close.

    ``lines`` are the text's lines; ``origins`` the page's line each one's
    text starts on (a blank line takes the next line's).
    """

    def __init__(self, height: float | None = None) -> None:
        super().__init__(convert_charrefs=True)
        # The height of a printed line, where the page places its lines
        # (:mod:`~iomjobs.parse._positioned`); the height the last piece placed
        # stands at; the placed elements open, innermost last; the pieces of the
        # line being read before the last, each a cell, with its place from the left.
        self.height = height
        self.top_above: float | None = None
        self.placed: list[str] = []
        self.cells: list[tuple[float, str]] = []
        self.left = 0.0  # where the piece being read is placed from the page's left
        self.page_break = False
        self.lines: list[str] = []
        self.origins: list[int] = []
        self.line: list[str] = []
        # The page's line the text of the line being read starts on.
        self.origin: int | None = None
        # A list item's bullet or number, waiting for the item's first text.
        self.bullet = ""
        # The spaces that set the lines a line break begins within a list item
        # under the item's text, as a browser shows them; "" where none does.
        self.item_indent = ""
        # The elements open that hide what they hold, innermost last, with where each starts.
        self.hidden: list[tuple[str, tuple[int, int]]] = []
        self.in_head = False
        self.preformatted = 0
        # The open lists, innermost last: the next item's number, or None for bullets.
        self.lists: list[int | None] = []
        # How each open list marks its numbers: "1", or letters or Roman numerals
        # ("a", "A", "i", "I"), as its ``type`` says.
        self.list_types: list[str] = []
        # The table row being read, while no block other than a paragraph stands in it;
        # or a definition list's term and descriptions, read as a row.
        self.row: Row | None = None
        # How many definition lists are open whose terms are read as rows.
        self.definition_lists = 0
        # Whether a block ended since the last line: the next stands apart, after a blank line.
        self.apart = False
        # Whether the next line goes on below a label's cell, apart or not: its value's list.
        self.below_label = False
        # The blank lines line breaks or preformatted text show before the next line (else
        # one, if apart).
        self.blank_lines = 0
        # What the last line was: "item", "row" or "text"; items and rows follow on.
        self.last_kind = ""
        # Whether an emphasis began or ended since the last text.
        self.emphasis_edge = False
        # The page's structured data (JSON-LD) read so far, and the script being read:
        # the page's line it starts on and its text's pieces.
        self.structured: list[StructuredData] = []
        self.structured_open: tuple[int, list[str]] | None = None

    def parse_marked_section(self, i: int, report: bool = True) -> int:  # noqa: FBT001, FBT002 -- html.parser's
        """Read past a marked section ("<![CDATA[...]]>", Word's "<![if !supportLists]>").

        One malformed ("<![0", "<![ b") is what a browser takes it for, a
        comment to the next ">": html.parser's own reading stops at it with an
        AssertionError (Python 3.11's).
        """
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _EMPHASIS:
            self.emphasis_edge = True
        self._structured_start(tag, attrs)
        self._shown_from(tag)
        if tag == "br":
            self._line_break()
        elif tag == "a":
            self._anchor(attrs)
        elif tag in _CELLS:
            self._cell()
        elif tag == "tr":
            self._end_row()  # a row left open ends where the next begins
            self.row = Row()
        elif tag in _DEFINITION_PARTS and self._definition_start(tag):
            pass
        elif tag in _BLOCKS:
            place = place_of(dict(attrs).get("style")) if self.height else None
            if place is None:
                self._block_start(tag, attrs)
            else:
                self._placed_start(tag, *place)
            if tag == "dl":
                self.definition_lists += 1
                self.last_kind = ""  # its first row stands apart from a table's before

    def _definition_start(self, tag: str) -> bool:
        """Begin a definition list's row at a term, or its next cell at a description.

        Whether *tag* was so read: a description with no term before it is a
        block, as is either outside a list read as rows.
        """
        if not self.definition_lists:
            return False
        if tag == "dt":
            self._end_row()  # the term before and its descriptions
            self.row = Row(definition=True)
            self.row.new_cell()
            return True
        if self.row is None or not self.row.definition:
            return False
        self.row.new_cell()
        return True

    def _line_break(self) -> None:
        if self.row is not None and self.row.cells:
            self.row.new_line("break")
            return
        if not any(map(visible, self.line)):
            # A second line break in a row shows a blank line: editors part paragraphs so.
            self.apart = True
            self.blank_lines += 1
        marker = self.bullet
        self._break()
        if marker and not self.bullet:
            # "<li>Prepare reports.<br>Share them with partners.</li>": the item's
            # lines below its first stand under its text, not its marker.
            self.item_indent = " " * len(marker)

    def _anchor(self, attrs: list[tuple[str, str | None]]) -> None:
        """An anchor: where it is pdftohtml's of a page after the first, a page break.

        pdftohtml begins each page after the first with its anchor, ``<a
        name=2>``: the page's first line is written after a form feed, as
        pdftotext writes it.
        """
        page = dict(attrs).get("name") or ""
        starts_a_line = self.row is None and not any(map(visible, self.line))
        if starts_a_line and page.isdecimal() and int(page) > 1:
            self.page_break, self.apart = True, False

    def _shown_from(self, tag: str) -> None:
        """What follows *tag*: hidden by a script, style or head; a block ends a head."""
        if tag in _HIDDEN:
            self.hidden.append((tag, self.getpos()))
        elif tag == "head":
            self.in_head = True
        elif tag in _BLOCKS:
            # The body begins, though the head was never closed (nor, at a body tag, its title).
            if tag == "body":
                self.hidden.clear()
            self.in_head = False

    def handle_endtag(self, tag: str) -> None:
        if tag in _EMPHASIS:
            self.emphasis_edge = True
        self._structured_end(tag)
        if tag in _HIDDEN:
            self._close_hidden(tag)
        elif tag == "head":
            self.in_head = False
        elif tag == "tr":
            self._end_row()
        elif tag in _DEFINITION_PARTS and self.row is not None and self.row.definition:
            pass  # the row goes on to the next description, or ends at the next term
        elif tag == "dl" and self.definition_lists:
            self.definition_lists -= 1
            self._end_row()
            self._block_end(tag)
            self.last_kind = ""  # a row after it stands apart: a list's around it, a table
        elif self.placed and self.placed[-1] == tag:
            self.placed.pop()  # the next piece's place says where it stands
        elif tag in _BLOCKS:
            self._block_end(tag)

    def _block_end(self, tag: str) -> None:
        if tag in _CELL_PARAGRAPHS and self.row is not None and self.row.cells:
            self.row.new_line("paragraph")  # text after it in the cell is a line of its own
            return
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
            self.list_types.pop()
        if tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        self._break()
        self.apart = True
        self.item_indent = ""
        if tag == "li":
            self.bullet = ""  # an empty item: its bullet stands for nothing

    def handle_data(self, data: str) -> None:
        self._structured_data(data)
        if self._unseen(data):
            return
        if self.placed:
            data = data.replace("\xa0", " ")  # pdftohtml writes every space as "&#160;"
        if self.emphasis_edge:
            data = self._set_apart(data)
        where = self._where(data)
        if self.preformatted:
            # Each of its lines a line of the text, however the page ends them.
            first, *rest = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self._add(first, where)
            for number, line in enumerate(rest, start=self.getpos()[0] + 1):
                self._break()
                self._add(line, number)
            return
        if self.row is not None:
            if not self.row.cells:  # text in a row before its first cell: a cell of its own
                if where is None:
                    return  # the white space between the row's tags
                self.row.new_cell()
            self.row.add(data, where)
        else:
            self._add(data, where)

    def _structured_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Begin a script of the page's structured data (JSON-LD), where *tag* opens one."""
        if tag == "script" and _STRUCTURED_TYPE.fullmatch(dict(attrs).get("type") or ""):
            self.structured_open = (self.getpos()[0], [])

    def _structured_data(self, data: str) -> None:
        if self.structured_open is not None:
            self.structured_open[1].append(data)

    def _structured_end(self, tag: str) -> None:
        """End the script of structured data being read, where *tag* closes it."""
        if tag == "script" and self.structured_open is not None:
            first, pieces = self.structured_open
            self.structured.append(StructuredData(first, self.getpos()[0], "".join(pieces)))
            self.structured_open = None

    def unclosed(self) -> tuple[str, tuple[int, int]] | None:
        """The outermost element that hides what it holds and was never closed, and where it starts.

        Called once the page is read: everything after its start was hidden.
        """
        return self.hidden[0] if self.hidden else None

    def _close_hidden(self, tag: str) -> None:
        # The innermost open element of that name ends, and any opened inside it and left open.
        for index in range(len(self.hidden) - 1, -1, -1):
            if self.hidden[index][0] == tag:
                del self.hidden[index:]
                return

    def finish(self) -> list[str]:
        """The lines read, the last one ended."""
        self._end_row()
        self._break()
        return self.lines

    def _unseen(self, data: str) -> bool:
        """Whether *data* is hidden: in a script, style or title, or white space in a head."""
        if self.hidden:
            return True
        if self.in_head:
            if not visible(data):
                return True
            self.in_head = False  # text in a head: the body begins, as a browser reads it
        return False

    def _set_apart(self, data: str) -> str:
        """*data*, a space before it where an emphasis alone parts it from a word before.

        "Fluency in<strong>English</strong>and<strong>Somali</strong>is
        required." (a site's page, from markdown whose editor left out the
        spaces): the page shows each language in bold, apart.
        """
        self.emphasis_edge = False
        pieces = self.row.pieces() if self.row is not None and self.row.cells else self.line
        before = pieces[-1][-1:] if pieces and pieces[-1] else ""
        return f" {data}" if before.isalnum() and data[:1].isalnum() else data

    def _where(self, data: str) -> int | None:
        """The page's line *data*'s first visible character stands on, if it has one."""
        visible = data.lstrip(" \t\n\r\f")
        if not visible:
            return None
        return self.getpos()[0] + data.count("\n", 0, len(data) - len(visible))

    def _add(self, data: str, where: int | None) -> None:
        self.line.append(data)
        if self.origin is None:
            self.origin = where

    def _block_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        beside_label = False
        if self.row is not None:
            if tag in _CELL_PARAGRAPHS and self.row.cells:
                self.row.new_line("paragraph")  # a cell's paragraph: the row tells at its end
                return
            # Another block in a cell: a table used for layout, its cells read as paragraphs.
            beside_label = tag in ("ol", "ul") and self.row.label_alone()
            self._flush_row()
        self._break()
        self.apart = True
        self.item_indent = ""
        # A list in the cell beside a label's goes on below the label, as its value.
        self.below_label = self.below_label or beside_label
        if tag == "table":
            self.last_kind = ""  # a table's first row stands apart from another table's
        elif tag in ("ol", "ul"):
            attributes = dict(attrs)  # a list's only: paragraphs, most blocks, need none
            self.lists.append(_list_number(attributes, "start", 1) if tag == "ol" else None)
            self.list_types.append(_list_type(attributes))
            self.last_kind = ""  # a list's first item stands apart from the list before
        elif tag == "li":
            number = self.lists[-1] if self.lists else None
            if number is not None:
                number = _list_number(dict(attrs), "value", number)
                self.lists[-1] = number + 1
            marked = _marked(number, self.list_types[-1]) if number is not None else "-"
            self.bullet = f"{marked} "
        elif tag == "pre":
            self.preformatted += 1

    def _placed_start(self, tag: str, top: float, left: float) -> None:
        """A piece placed at *top*, *left*: on the line being read, the next line, or apart."""
        if self.placed and self.placed[-1] == tag == "p":
            self.placed.pop()  # a paragraph left open ends where the next begins
        self.placed.append(tag)
        if self.row is not None:
            self._flush_row()
        height = self.height or 0.0
        above, self.top_above = self.top_above, top
        where = placement(top, above, height)
        if where == "same line" and any(map(visible, self.line)):
            self.cells.append((self.left, "".join(self.line)))
            self.line, self.left = [], left
            return
        self._break()
        self.left = left
        # A new page's first line after a form feed, as pdftotext writes it, not
        # apart: the reader tells whether a paragraph goes on across the break.
        self.page_break = where == "new page"
        self.apart = where == "apart" or (self.apart and not self.page_break)
        if where == "apart" and above is not None:
            # As many blank lines as the page leaves lines of space.
            self.blank_lines = max(self.blank_lines, round((top - above) / height) - 1)

    def _cell(self) -> None:
        if self.row is None:
            self._break()  # a cell with no row around it: a line of its own
        else:
            self.row.new_cell()

    def _end_row(self) -> None:
        if self.row is not None:
            written = pipe_row(self.row)
            if written is None:
                self._flush_row()
            else:
                self.row = None
                self._emit(written[0], "row", written[1])
        self._break()

    def _flush_row(self) -> None:
        """Give up the row as a table used for layout: its cells' lines so far are lines."""
        row, self.row = self.row, None
        if row is None:
            return
        for paragraph in paragraphs(row):
            self.apart = self.apart or paragraph.apart
            self._add(paragraph.text, paragraph.origin)
            self._break()
        if row.in_paragraphs:
            self.apart = True  # what follows a paragraph stands apart from it

    def _break(self) -> None:
        """End the line being read, if it holds any text."""
        text, origin = "".join(self.line), self.origin
        self.line, self.origin = [], None
        if self.cells:
            # Pieces placed on one line, from the left: a gap between each, as
            # between a table's cells.
            cells = sorted([*self.cells, (self.left, text)], key=lambda cell: cell[0])
            text = "\t".join(filter(None, (collapsed(cell) for _, cell in cells)))
            self.cells = []
        elif not self.preformatted:
            text = collapsed(text)
        if self.preformatted:
            if text.strip() and origin is not None:
                self._emit(text.rstrip(), "text", origin)
            else:
                # Blank lines of its own: shown as they stand, each a blank line of the text.
                self.apart = True
                self.blank_lines += 1
            return
        if text and origin is not None and self.item_indent and not self.bullet:
            self._emit(self.item_indent + text, "text", origin)
            self.last_kind = "item"  # the next item follows on, as after the item's first line
        elif text and origin is not None:
            self._emit(self.bullet + text, "item" if self.bullet else "text", origin)
            self.bullet = ""

    def _emit(self, line: str, kind: str, origin: int) -> None:
        """Add *line*, after a blank line where it stands apart from the line before."""
        follows_on = (kind == self.last_kind and kind in ("item", "row")) or self.below_label
        if self.apart and self.lines and not follows_on:
            blank_lines = max(1, self.blank_lines)
            self.lines += [""] * blank_lines
            self.origins += [origin] * blank_lines
        if self.page_break:
            line = f"\f{line}"
            self.page_break = False
        self.lines.append(line)
        self.origins.append(origin)
        self.apart = self.below_label = False
        self.blank_lines = 0
        self.last_kind = kind


def _list_number(attributes: dict[str, str | None], name: str, otherwise: int) -> int:
    """The number attribute *name* gives a list or its item, else *otherwise*.

    ``<ol start="9">``, as a markdown page writes a list that goes on after a
    heading from item 9 (seed 000's duties, numbered across their groups);
    ``<li value="9">``. A value that is no whole number is none.
    """
    written = (attributes.get(name) or "").strip()
    return (
        int(written) if written.isdecimal() and len(written) <= _LONGEST_LIST_NUMBER else otherwise
    )


def _list_type(attributes: dict[str, str | None]) -> str:
    """How a list marks its items: its ``type`` ("1", "a", "A", "i", "I"), else its style's.

    Editors that letter a list write its style: ``<ol style="list-style-type:
    lower-alpha;">`` (CKEditor, TinyMCE).
    """
    written = attributes.get("type")
    if written:
        return written
    style = _LIST_STYLE.search(attributes.get("style") or "")
    return _STYLE_TYPES.get(style.group(1).lower(), "1") if style is not None else "1"


_LIST_STYLE: Final = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)
_STYLE_TYPES: Final = {
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
}


def _marked(number: int, kind: str) -> str:
    """List item *number* marked as an ``<ol type>`` marks it: "3.", "c.", "C.", "iii." or "III.".

    Word's web pages letter a list so (``<ol type=a>``), as its text letters
    the items ("a)"); a number a letter or numeral cannot mark is a figure.
    """
    if kind in ("a", "A") and 1 <= number <= len(string.ascii_lowercase):
        letter = string.ascii_lowercase[number - 1]
        return f"{letter if kind == 'a' else letter.upper()}."
    if kind in ("i", "I") and 1 <= number < _ROMAN_BELOW:
        numeral = _roman(number)
        return f"{numeral if kind == 'i' else numeral.upper()}."
    return f"{number}."


def _roman(number: int) -> str:
    """*number* (1 to 39) in small Roman numerals: a list's items run no further."""
    tens, ones = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[ones]


# The first number past the Roman numerals _roman() writes.
_ROMAN_BELOW: Final = 40
# The most digits a list's number is read with: a list numbers its items in ones.
_LONGEST_LIST_NUMBER: Final = 4


class Unclosed(NamedTuple):
    """An element that hides what it holds (a script, a style, a title) left open."""

    tag: str
    line: int
    """The page's line its start tag stands on."""
    resumed: int | None
    """The page's line from which its text is read, the element taken to end
    before the markup there; ``None`` when no markup follows, and it hides the
    rest of the page."""

    def message(self) -> str:
        """What the reader did about it, in a line."""
        if self.resumed is None:
            return (
                f"<{self.tag}> on line {self.line} is never closed: "
                "the rest of the page, which it hides, is not read"
            )
        return (
            f"<{self.tag}> on line {self.line} is never closed: the page's text from "
            f"line {self.resumed} on, which it would hide, is read"
        )


class StructuredData(NamedTuple):
    """A script of the page's structured data (``application/ld+json``), as written."""

    first_line: int
    """The page's line its start tag stands on."""
    last_line: int
    """The page's line its end tag stands on."""
    text: str


class PageReading(NamedTuple):
    """A page's text, the page's line each text line starts on, and elements left open.

    And the page's structured data, which no reader of the page sees.
    """

    text: str
    origins: tuple[int, ...]
    unclosed: tuple[Unclosed, ...] = ()
    structured: tuple[StructuredData, ...] = ()


def read_page(page: str) -> PageReading:
    """The text *page* shows, each line's page line, and what hid text by being left open.

    A script, style or title never closed hides the rest of the page from a
    browser. A page that shows its notice after one has lost its end tag:
    what follows is read from the next markup that shows text on lines of its
    own, and said to be.
    """
    closed: list[Unclosed] = []
    parser = _read(page)
    while (found := parser.unclosed()) is not None:
        tag, (line, column) = found
        start = _offset(page, line, column)
        markup = _SHOWN.search(page, page.find(">", start) + 1 or len(page))
        if markup is None or len(closed) == _MOST_CLOSED:
            closed.append(Unclosed(tag, line, None))
            break
        closed.append(Unclosed(tag, line, line + page.count("\n", start, markup.start())))
        page = f"{page[: markup.start()]}</{tag}>{page[markup.start() :]}"
        parser = _read(page)
    text = "\n".join(parser.finish())
    return PageReading(text, tuple(parser.origins), tuple(closed), tuple(parser.structured))


def _read(page: str) -> PageText:
    parser = PageText(line_height(page))
    parser.feed(page)
    parser.close()
    return parser


def _offset(page: str, line: int, column: int) -> int:
    """Where (*line*, *column*), as :class:`HTMLParser` counts them, is in *page*."""
    start = 0
    for _ in range(line - 1):
        start = page.index("\n", start) + 1
    return start + column
