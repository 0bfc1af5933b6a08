"""Word documents (``.docx``): the text they hold, laid out as plain text (internal).

Post descriptions are Word forms, and many notices are written in Word
before they are published. :func:`docx_text` lays a document's text out as
Word saves it as plain text, which the reader reads like any other text: a
paragraph a line; list numbers and bullets written before their paragraphs
(``1.`` and a tab, counted as Word counts them); a table row a line, its
cells parted by tabs (a cell of several paragraphs goes on below the row,
in its own column); manual line breaks as line ends, page breaks as form
feeds.

What the document shows is kept, and only that: tracked insertions are
text, tracked deletions and field codes are not (a field's result is); a
text box is read after the paragraph it stands in; a link's address is
written after its text, in angle brackets, where the text does not say it;
the page headers come first, the footnotes, endnotes and page footers
last, each text once. Comments and the document's properties are no text
of the notice and are not read.
"""

from __future__ import annotations

import contextlib
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Final, cast
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from iomjobs.parse import InputTooLarge, UnreadableInput
from iomjobs.parse._damage import Damage, note
from iomjobs.parse._numbering import Numbering, W, style_numbers, whole_number
from iomjobs.parse._segments import file_lines
from iomjobs.parse._zip_parts import part_at, parts_read_in_order

_R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PACKAGE_RELATIONSHIPS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN_DOCUMENT: Final = "word/document.xml"

MAX_PART_BYTES: Final = 64_000_000
"""The largest part of a Word document read; a notice's ``document.xml`` has under a megabyte."""

# Declarations no Office part holds, in the encodings XML parts are written in.
_DECLARATIONS: Final = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_SCHEME: Final = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HYPERLINK_FIELD: Final = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.IGNORECASE)
# Bullets drawn from the Symbol and Wingdings fonts' private-use characters.
_SYMBOLS: Final = {
    0xF0B7: "\u2022",  # Symbol's bullet
    0xF0A7: "\u25aa",  # Wingdings' small square
    0xF076: "\u2756",  # Wingdings' diamond of four
    0xF0D8: "\u27a2",  # Wingdings' arrowhead
    0xF0FC: "\u2713",  # Wingdings' tick
    0xF0A8: "\u25fb",  # Wingdings' square
    0xF06E: "\u25a0",  # Wingdings' black square
}


def word_text(data: bytes, what: str) -> str:
    """The text of the Word document *data*, laid out as plain text.

    *what* names the input in messages: ``"'pd.docx' is"``.

    :raises UnreadableInput: when *data* is no Word document, or a damaged one.
    :raises InputTooLarge: when one of its parts is larger than :data:`MAX_PART_BYTES`.
    """
    package = _Package(data, what)
    document = package.main()
    relationships = package.relationships(document)
    styles = package.related(relationships, "styles", "its styles, and the list numbers they set")
    numbering = Numbering(
        package.related(relationships, "numbering", "its list numbers"), style_numbers(styles)
    )
    writer = _Writer(package, numbering, {document: relationships})
    root = package.parsed(document)
    if root.tag != f"{W}document":
        raise UnreadableInput(package.not_word(root.tag))
    body = root.find(f"{W}body")
    blocks = writer.blocks(body, document) if body is not None else []
    heads, feet = _running_parts(package, relationships, body)
    notes = [
        block
        for kind in ("footnotes", "endnotes")
        for block in _notes(package, relationships, kind, writer)
    ]
    parts = [writer.once(heads, "a page header"), blocks, notes, writer.once(feet, "a page footer")]
    text = _joined(parts)
    note(package.damage(text, len(file_lines(_joined(parts[:2]).rstrip()))))
    return text


def _joined(parts: list[list[str]]) -> str:
    """The lines of *parts*, a blank line between two parts."""
    text = "\n\n".join("\n".join(part) for part in parts if part)
    # A form feed begins the line after the break, as pdftotext writes it.
    return text.replace("\f\n", "\f")


# What expat raises for an XML declaration's encoding it cannot read: one
# unknown ("U0TF-8"), no text encoding ("hex"), or of several bytes a character.
_ENCODING_UNREAD: Final = (LookupError, ValueError)

# What a damaged archive or part raises: CRC and size mismatches, bad deflate
# data, an encrypted part, a compression method or ZIP version not known,
# headers cut short.
_DAMAGE: Final = (
    zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError,
    zlib.error, struct.error,
)  # fmt: skip


class _PartUnread(Exception):  # noqa: N818 -- what happened to the part
    """A part of the package that cannot be read: why, as the end of a sentence."""


class _Package:
    """The parts of an Office document's ZIP archive, read no larger than the limit.

    A part other than the main document that cannot be read (damaged, or
    not well-formed XML) is passed over, and what it held noted as missing.
    An archive whose directory is lost (a download cut short) is read from
    its parts' own headers: the parts before the cut whole, the main
    document as far as it goes.
    """

    def __init__(self, data: bytes, what: str) -> None:
        self._what = what
        self._data = data
        self._unread: list[str] = []  # what each part passed over held, and why
        self._found: dict[str, bytes] = {}  # the parts read from their own headers
        self._cut: str | None = None  # the main document, where the archive ends in it
        try:
            self._archive: zipfile.ZipFile | None = zipfile.ZipFile(io.BytesIO(data))
            self._names = set(self._archive.namelist())
        except _DAMAGE as error:
            self._archive = None
            if not self._read_in_order(data, str(error)):
                msg = f"{what} a damaged ZIP archive, not a Word document that can be read: {error}"
                raise UnreadableInput(msg) from None

    def _read_in_order(self, data: bytes, error: str) -> bool:
        """Read the parts of *data* from their headers; whether the main document is among them.

        *error* says why :mod:`zipfile` could not read the archive's directory.
        """
        found = parts_read_in_order(data, MAX_PART_BYTES)
        self._found = found.whole
        self._names = set(self._found)
        main = self.relationships("").get("officeDocument", (_MAIN_DOCUMENT, False))[0]
        up_to = "its end"
        if found.cut is not None:
            name, partial = found.cut
            up_to = f"part {name}, cut short"
            if name == main:  # the text as far as it goes
                self._cut = name
                self._found[name] = partial
                self._names.add(name)
        damaged = "".join(
            f", part {name} damaged (its data cannot be inflated or does not match its checksum)"
            for name in found.damaged
        )
        self._unread.insert(
            0,
            f"its ZIP directory is missing or damaged ({error}), as where a download was cut "
            f"short: its parts were read from their own headers, {len(found.whole)} of them "
            f"whole, up to {up_to}{damaged}; missing with any parts past that: what they held "
            "(list numbers, styles, link addresses, notes, page headers or footers)",
        )
        return main in self._names

    def damage(self, text: str, last_line: int) -> list[Damage]:
        """What in the package could not be read, on the lines of *text*, the document's text.

        *last_line* is the line the text of its main document ends on.
        """
        found = [Damage(text, 1, f"the Word document is damaged: {why}") for why in self._unread]
        if self._cut is not None:
            message = (
                f"the Word document is cut short within its text ({self._cut}): "
                "what followed this line is missing"
            )
            found.append(Damage(text, last_line, message))
        return found

    def main(self) -> str:
        """The name of the main document part; :class:`UnreadableInput` where there is none."""
        targets = self.relationships("")
        main = targets.get("officeDocument", (None, False))[0]
        for name in (main, _MAIN_DOCUMENT):
            if name is not None and name in self._names:
                return name
        raise UnreadableInput(self.not_word(""))

    def not_word(self, main: str) -> str:
        """Why the package is no Word document that can be read, whose main part is *main*."""
        namespace, _, name = main[1:].partition("}")
        if name == "document":  # Word's, in another form: "Strict Open XML"
            return (
                f"{self._what} a Word document in a form not read ({namespace}): "
                "save it as a Word Document (.docx) or as text first"
            )
        return (
            f"{self._what} {self._kind()}, not a Word document: save it as .docx or as text first"
        )

    def _kind(self) -> str:
        if "mimetype" in self._names:
            kind = self.read("mimetype").decode("ascii", "replace").strip()
            if kind.startswith("application/vnd.oasis.opendocument."):
                return f"an OpenDocument file ({kind.rsplit('.', 1)[-1]})"
        if any(name.startswith("xl/") for name in self._names):
            return "an Excel workbook"
        if any(name.startswith("ppt/") for name in self._names):
            return "a PowerPoint presentation"
        return "a ZIP archive"

    def exists(self, name: str) -> bool:
        return name in self._names

    def read(self, name: str) -> bytes:
        """The bytes of part *name*, no more than the limit."""
        try:
            data = self._bytes(name)
        except _PartUnread as error:
            msg = f"{self._what} a Word document whose part {name} {error}"
            raise UnreadableInput(msg) from None
        return self._within_limit(name, data)

    def _within_limit(self, name: str, data: bytes) -> bytes:
        """*data*, the bytes of part *name*; :class:`InputTooLarge` where past the limit."""
        if len(data) > MAX_PART_BYTES:
            msg = f"{self._what} a Word document whose part {name} is larger than {MAX_PART_BYTES}"
            msg += " bytes"
            raise InputTooLarge(msg)
        return data

    def _bytes(self, name: str) -> bytes:
        """The bytes of part *name*, to a byte past the limit; :class:`_PartUnread` if damaged."""
        if self._archive is None:
            return self._found[name]
        try:
            with self._archive.open(name) as part:
                return part.read(MAX_PART_BYTES + 1)
        except _DAMAGE as error:
            as_stored = self._as_stored(name) if "CRC" in str(error) else None
            if as_stored is None:
                raise _PartUnread(f"cannot be read: {error}") from None
            return as_stored

    def _as_stored(self, name: str) -> bytes | None:
        """The bytes of part *name*, whose data does not match its checksum, as they stand.

        A byte changed in a part does not make the rest unreadable: the part is
        read as it is (its XML may still be well formed), and the reader says so.
        """
        if self._archive is None:  # a part read from its own header was checked
            return None
        info = self._archive.getinfo(name)
        data = part_at(self._data, info.header_offset, info.compress_size, MAX_PART_BYTES)
        if data is not None:
            self._unread.append(
                f"part {name}'s data does not match its checksum: it is read as it stands, "
                "and what it holds may be damaged"
            )
        return data

    def parsed(self, name: str) -> Element:
        """Part *name* as XML: :class:`UnreadableInput`, with line and column, where it is not."""
        data = self.read(name)
        try:
            return self._xml(name, data)
        except _PartUnread as error:
            msg = f"{self._what} a Word document whose part {name} {error}"
            raise UnreadableInput(msg) from None

    def optional(self, name: str, holds: str) -> Element | None:
        """Part *name* as XML, or ``None`` (noted: what it *holds* is missing) if it cannot be."""
        try:
            return self._xml(name, self._within_limit(name, self._bytes(name)))
        except _PartUnread as error:
            self._unread.append(f"part {name} {error}; missing with it: {holds}")
            return None

    def _xml(self, name: str, data: bytes) -> Element:
        if any(declaration in data for declaration in _DECLARATIONS):
            # Office never writes them; an entity could only blow the text up.
            raise _PartUnread("declares a DOCTYPE or entities")
        if name == self._cut:
            root = _as_far_as_it_goes(data)
            if root.find(f"{W}body") is None:
                raise _PartUnread("is cut short before its text begins")
            return root
        try:
            return ET.fromstring(data)  # noqa: S314 -- no DOCTYPE, no entities: see above
        except ET.ParseError as error:
            line, column = error.position
            msg = f"is not well-formed XML at line {line}, column {column + 1}"
            raise _PartUnread(msg) from None
        except _ENCODING_UNREAD as error:
            raise _PartUnread(f"declares an encoding that cannot be read ({error})") from None

    def relationships(self, source: str) -> dict[str, tuple[str, bool]]:
        """The relationships of part *source* (``""`` for the package's own).

        Each maps to (its target, whether the target lies outside the
        package), by id and by the last word of its type (``"styles"``).
        """
        folder, _, name = source.rpartition("/")
        rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        if rels not in self._names:
            return {}
        found: dict[str, tuple[str, bool]] = {}
        root = self.optional(rels, "the parts and link addresses it names")
        listed = root.iter(f"{_PACKAGE_RELATIONSHIPS}Relationship") if root is not None else ()
        for relationship in listed:
            target = relationship.get("Target", "")
            external = relationship.get("TargetMode") == "External"
            if not external:
                target = _resolved(folder, target)
            kind = relationship.get("Type", "").rsplit("/", 1)[-1]
            found.setdefault(kind, (target, external))
            found[relationship.get("Id", "")] = (target, external)
        return found

    def related(
        self, relationships: dict[str, tuple[str, bool]], key: str, holds: str
    ) -> Element | None:
        """The part a relationship (by id or kind) names, as XML, if it is in the package.

        ``None`` too where it cannot be read: what it *holds* is then missing.
        """
        target, external = relationships.get(key, ("", True))
        return None if external or target not in self._names else self.optional(target, holds)

    def chunk_text(self, name: str) -> str:
        """The text of part *name*, a document a Word document imports whole.

        :raises UnreadableInput: where it is a kind of document not read.
        """
        from iomjobs.parse._decoding import decode  # noqa: PLC0415 -- only for such a part
        from iomjobs.parse._html import html_text  # noqa: PLC0415

        kind = name.rpartition(".")[2].lower()
        data = self.read(name)
        if kind in ("htm", "html", "xhtml", "xht"):
            return html_text(decode(data))
        if kind == "txt":
            return decode(data)
        if kind in ("docx", "docm"):
            return word_text(data, f"{self._what} a Word document whose part {name} is")
        msg = f"{self._what} a Word document that imports {name}, a kind of document not read"
        raise UnreadableInput(msg)


def _resolved(folder: str, target: str) -> str:
    """A relationship's target as a part name: relative to *folder*, or absolute."""
    if target.startswith("/"):
        return target[1:]
    resolved: list[str] = []
    for part in [*folder.split("/"), *target.split("/")]:
        if part == "..":
            if resolved:
                resolved.pop()
        elif part not in ("", "."):
            resolved.append(part)
    return "/".join(resolved)


def _running_parts(
    package: _Package, relationships: dict[str, tuple[str, bool]], body: Element | None
) -> tuple[list[str], list[str]]:
    """The header and footer parts the document's sections name, in order."""
    heads: list[str] = []
    feet: list[str] = []
    for section in body.iter(f"{W}sectPr") if body is not None else ():
        for tag, names in ((f"{W}headerReference", heads), (f"{W}footerReference", feet)):
            for reference in section.iter(tag):
                target, external = relationships.get(reference.get(f"{_R}id", ""), ("", True))
                if not external and package.exists(target) and target not in names:
                    names.append(target)
    return heads, feet


def _notes(
    package: _Package, relationships: dict[str, tuple[str, bool]], kind: str, writer: _Writer
) -> Iterator[str]:
    """The footnotes or endnotes of the document, each one's paragraphs; not Word's separators."""
    target, external = relationships.get(kind, ("", True))
    if external or not package.exists(target):
        return
    root = package.optional(target, f"the {kind}")
    for entry in root if root is not None else ():
        if entry.get(f"{W}type", "normal") == "normal":  # not the lines Word draws above the notes
            yield from (block for block in writer.blocks(entry, target) if block.strip())


class _Writer:
    """Writes the blocks of a part as lines: paragraphs, table rows, text boxes."""

    def __init__(
        self,
        package: _Package,
        numbering: Numbering,
        relationships: dict[str, dict[str, tuple[str, bool]]],
    ) -> None:
        self._package = package
        self._numbering = numbering
        # Each part's relationships, by part: the main document's read already.
        self._relationships = relationships
        self._links: dict[str, dict[str, str]] = {}

    def once(self, parts: list[str], kind: str) -> list[str]:
        """The lines of header or footer *parts* (of *kind*): a text that several repeat, once."""
        lines: list[str] = []
        seen: set[str] = set()
        for part in parts:
            root = self._package.optional(part, f"the text of {kind}")
            found = self.blocks(root, part) if root is not None else []
            blocks = [block for block in found if block.strip()]
            text = "\n".join(blocks)
            if blocks and text not in seen:
                seen.add(text)
                lines += blocks
        return lines

    def blocks(self, container: Element, part: str) -> list[str]:
        """The lines of *container*'s paragraphs and tables, in order; *container* is in *part*."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                lines += self._paragraph(child, part)
            elif tag == f"{W}tbl":
                lines += self._table(child, part)
            elif tag in (f"{W}sdt", f"{W}customXml"):
                lines += self.blocks(_content(child), part)
            elif tag == f"{_MC}AlternateContent":
                lines += self.blocks(_chosen(child), part)
            elif tag == f"{W}altChunk":
                lines += self._chunk(child, part)
        return lines

    def _chunk(self, chunk: Element, part: str) -> list[str]:
        """The lines of a document imported whole (``altChunk``): a page, a text, a Word document.

        Word shows it where it stands; tools that assemble notices out of
        HTML write their notices so.
        """
        target, external = self._related(part).get(chunk.get(f"{_R}id", ""), ("", True))
        if external or not self._package.exists(target):
            return []
        return self._package.chunk_text(target).split("\n")

    def _paragraph(self, paragraph: Element, part: str) -> list[str]:
        """A paragraph's line (with its list number), then the lines of its text boxes."""
        properties = paragraph.find(f"{W}pPr")
        style = None if properties is None else properties.find(f"{W}pStyle")
        inline = _Inline(self._links_of(part))
        inline.walk(paragraph)
        label = self._numbering.label(properties, None if style is None else style.get(f"{W}val"))
        line = _item_lines(label, inline.text())
        if properties is not None:
            if _on(properties.find(f"{W}pageBreakBefore")):
                line = "\f" + line
            if _new_page_after(properties):
                line += "\n\f"
        return [line, *(box_line for box in inline.boxes for box_line in self.blocks(box, part))]

    def _table(self, table: Element, part: str) -> list[str]:
        """A table's rows, each a line of cells parted by tabs.

        A cell of several lines (paragraphs, or a paragraph's line breaks)
        goes on below its row, in its own column: the lines below hold the
        tabs of the cells before it.
        """
        lines: list[str] = []
        for row in _children(table, f"{W}tr"):
            cells = [
                "\n".join(self.blocks(cell, part)).split("\n") for cell in _children(row, f"{W}tc")
            ]
            depth = max(map(len, cells), default=0)
            lines.append("\t".join(cell[0] if cell else "" for cell in cells))
            lines += [
                "\t".join(cell[i] if i < len(cell) else "" for cell in cells).rstrip("\t")
                for i in range(1, depth)
            ]
        return lines

    def _related(self, part: str) -> dict[str, tuple[str, bool]]:
        if part not in self._relationships:
            self._relationships[part] = self._package.relationships(part)
        return self._relationships[part]

    def _links_of(self, part: str) -> dict[str, str]:
        """The addresses of *part*'s external links, by relationship id: worked out once a part."""
        if part not in self._links:
            related = self._related(part).items()
            self._links[part] = {rid: target for rid, (target, external) in related if external}
        return self._links[part]


def _item_lines(label: str, text: str) -> str:
    """A numbered or bulleted paragraph's *label* and *text*, its lines set under its text.

    Word shows the lines a manual line break begins in a list item
    ("2.<tab>Prepare reports.", Shift+Enter, "Share them with partners.")
    under the item's text, not its number: they are written so, indented
    as far as the label and a space reach ("2. Prepare reports." / "   Share
    them..."), and go on with the item; written at the margin, each had been
    a duty of its own, unnumbered. A page's break stays at the margin.
    """
    if not label or "\n" not in text:
        return label + text
    first, *rest = text.split("\n")
    if all(line[:1] in _AT_MARGIN for line in rest):
        return label + text
    shown = label[:-1] + " " if label.endswith("\t") else label
    indent = " " * len(shown)
    below = [line if line[:1] in _AT_MARGIN else indent + line for line in rest]
    return "\n".join([shown + first, *below])


# The lines a break begins that stay at the margin: a blank line, a new page.
_AT_MARGIN: Final = ("", "\f")


def _content(element: Element) -> Element:
    """What a content control or custom mark-up holds: its ``sdtContent``, or itself."""
    if element.tag == f"{W}sdt":
        content = element.find(f"{W}sdtContent")
        return content if content is not None else Element("empty")
    return element


def _chosen(alternatives: Element) -> Element:
    """The alternative read of ``mc:AlternateContent``: the first choice, else the fallback.

    Both hold the same text (a text box drawn two ways): only one is read.
    """
    for tag in (f"{_MC}Choice", f"{_MC}Fallback"):
        found = alternatives.find(tag)
        if found is not None:
            return found
    return Element("empty")


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """*parent*'s children *tag*, also where a content control or custom mark-up wraps them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent"):
            yield from _children(_content(child), tag)


def _on(toggle: Element | None) -> bool:
    """Whether a toggle property (``<w:pageBreakBefore/>``) is set."""
    return toggle is not None and toggle.get(f"{W}val", "true") not in ("false", "0", "off")


def _new_page_after(properties: Element) -> bool:
    """Whether a section ends with this paragraph and the next begins a page."""
    section = properties.find(f"{W}sectPr")
    if section is None:
        return False
    kind = section.find(f"{W}type")
    return kind is None or kind.get(f"{W}val") in ("nextPage", "evenPage", "oddPage", None)


class _Field:
    """A complex field being read: whether its result is shown yet, and a link it makes."""

    __slots__ = ("address", "result", "start")

    def __init__(self) -> None:
        self.result = False
        self.address = ""
        self.start = 0


class _Inline:
    """The text of one paragraph's runs: what the page shows, fields and revisions read."""

    def __init__(self, links: dict[str, str]) -> None:
        self._links = links
        self._pieces: list[str] = []
        self._fields: list[_Field] = []
        self._instruction: list[str] = []
        self.boxes: list[Element] = []
        """The text boxes drawn in the paragraph, read after it."""

    def text(self) -> str:
        return "".join(self._pieces)

    def walk(self, element: Element) -> None:
        for child in element:
            self._element(child)

    def _element(self, child: Element) -> None:  # noqa: C901, PLR0912 -- a branch a kind of element
        tag = child.tag
        if tag == f"{W}r":
            self.walk(child)
        elif tag == f"{W}t":
            self._put(child.text or "")
        elif tag == f"{W}instrText":
            self._instruction.append(child.text or "")
        elif tag == f"{W}fldChar":
            self._field_char(child)
        elif tag in (f"{W}tab", f"{W}ptab"):
            self._put("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            self._break(page=child.get(f"{W}type") == "page")
        elif tag == f"{W}noBreakHyphen":
            self._put("-")
        elif tag == f"{W}sym":
            self._put(_symbol(child))
        elif tag == f"{W}hyperlink":
            self._link(child)
        elif tag == f"{W}fldSimple":
            self._simple_field(child)
        elif tag in (f"{W}drawing", f"{W}pict", f"{W}object"):
            self.boxes += _boxes(child)
        elif tag == f"{_MC}AlternateContent":
            self.walk(_chosen(child))
        elif tag in _READ_THROUGH:
            self.walk(_content(child))
        # Anything else holds no text the page shows: properties, deletions
        # (w:del, w:moveFrom), bookmarks, comment marks, soft hyphens.

    def _put(self, text: str) -> None:
        # A field's instruction, between its begin and its separator, is no text.
        if all(field.result for field in self._fields):
            self._pieces.append(text)

    def _break(self, *, page: bool) -> None:
        if not page:
            self._put("\n")
        elif self.text().strip():
            self._put("\n\f")
        else:
            self._put("\f")

    def _field_char(self, mark: Element) -> None:
        kind = mark.get(f"{W}fldCharType")
        if kind == "begin":
            # A legacy form's check box or drop-down shows what it holds, not a result.
            self._put(_form_field(mark))
            self._fields.append(_Field())
            self._instruction = []
        elif kind == "separate" and self._fields:
            field = self._fields[-1]
            field.result = True
            link = _HYPERLINK_FIELD.match("".join(self._instruction))
            field.address = link.group(1) if link else ""
            field.start = len(self._pieces)
        elif kind == "end" and self._fields:
            field = self._fields.pop()
            if field.address:
                self._address(field.address, field.start)

    def _link(self, link: Element) -> None:
        start = len(self._pieces)
        self.walk(link)
        address = self._links.get(link.get(f"{_R}id", ""), "")
        if address:
            self._address(address, start)

    def _simple_field(self, field: Element) -> None:
        start = len(self._pieces)
        self.walk(field)
        link = _HYPERLINK_FIELD.match(field.get(f"{W}instr", ""))
        if link:
            self._address(link.group(1), start)

    def _address(self, address: str, start: int) -> None:
        """Write a link's *address* after its text (from piece *start*), unless the text says it."""
        shown = "".join(self._pieces[start:])
        written = address.removeprefix("mailto:")
        # "www.iom.int/diversity" linked to "https://www.iom.int/diversity/" says it.
        if shown.strip() and _SCHEME.sub("", written).rstrip("/") not in shown:
            self._put(f" <{written}>")


_READ_THROUGH: Final = frozenset(
    f"{W}{name}"
    for name in ("ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo")
)


def _form_field(mark: Element) -> str:
    """What a legacy form field shows where its result shows nothing: "☒", "☐", a choice."""
    data = mark.find(f"{W}ffData")
    if data is None:
        return ""
    box = data.find(f"{W}checkBox")
    if box is not None:
        checked = box.find(f"{W}checked")
        state = checked if checked is not None else box.find(f"{W}default")
        return "\u2612" if _on(state) else "\u2610"
    choices = data.find(f"{W}ddList")
    if choices is not None:
        entries = [entry.get(f"{W}val", "") for entry in choices.iter(f"{W}listEntry")]
        chosen = choices.find(f"{W}result")
        index = whole_number(chosen.get(f"{W}val") if chosen is not None else None, 0)
        return entries[index] if 0 <= index < len(entries) else ""
    return ""


def _symbol(symbol: Element) -> str:
    """The character a ``w:sym`` draws: a bullet for the symbol fonts' private-use ones."""
    try:
        code = int(symbol.get(f"{W}char", ""), 16)
    except ValueError:
        return ""
    if code <= 0xFF:  # noqa: PLR2004 -- a symbol font's character, written without its F0
        code += 0xF000
    return _SYMBOLS.get(code, chr(code) if code < 0x110000 else "")  # noqa: PLR2004


def _boxes(drawing: Element) -> Iterator[Element]:
    """The text boxes a drawing holds, each once: not the fallback drawing of the same box."""
    for child in drawing:
        if child.tag == f"{W}txbxContent":
            yield child
        elif child.tag == f"{_MC}AlternateContent":
            yield from _boxes(_chosen(child))
        elif child.tag != f"{_MC}Fallback":
            yield from _boxes(child)


def _as_far_as_it_goes(data: bytes) -> Element:
    """The XML *data*, cut short, as far as it goes: its elements so far, the last ones open.

    The last paragraph read may be cut within.
    """
    parser: ET.XMLPullParser[Element] = ET.XMLPullParser(events=("start",))
    with contextlib.suppress(ET.ParseError, *_ENCODING_UNREAD):  # what came before stands
        parser.feed(data)
    # The parser raises its error again where its events reach it: an error before
    # the root's start (a declaration not well-formed) leaves no element read.
    with contextlib.suppress(ET.ParseError):
        for event in parser.read_events():
            # The first start: the root, the elements read after it in it.
            _, element = cast("tuple[str, object]", event)
            if isinstance(element, Element):
                return element
    return Element("empty")
