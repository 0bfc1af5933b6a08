"""Small Word documents for the tests, written as Word's file format lays them out.

A ``.docx`` file is a ZIP archive of XML parts: the content types, the
package's relationships, the main document and its relationships, and the
parts the document uses (numbering, styles, headers, footnotes). The tests
write the body and whatever parts they need; everything else is what Word
writes for a document with no more in it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def paragraph(text: str, properties: str = "") -> str:
    """A paragraph of one run of *text* (XML special characters escaped)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'


def numbered(text: str, number_id: int, level: int = 0) -> str:
    """A paragraph of *text* numbered by numbering instance *number_id* at *level*."""
    numbers = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{number_id}"/></w:numPr>'
    return paragraph(text, f"<w:pPr>{numbers}</w:pPr>")


def level(ilvl: int, number_format: str, text: str, start: int = 1, suffix: str = "") -> str:
    """One level of an abstract numbering: ``level(0, "decimal", "%1.")``."""
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{number_format}"/>'
        f'{suff}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def numbering(abstracts: Mapping[int, Sequence[str]], instances: Mapping[int, str]) -> str:
    """A numbering part: abstract numberings by id (their levels), instances by id.

    An instance is its abstract numbering's id, then any overrides:
    ``{1: '0'}``, or ``{2: '0<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'}``.
    """
    written = "".join(
        f'<w:abstractNum w:abstractNumId="{key}">{"".join(levels)}</w:abstractNum>'
        for key, levels in abstracts.items()
    )
    for key, instance in instances.items():
        abstract, _, overrides = instance.partition("<")
        overrides = f"<{overrides}" if overrides else ""
        written += (
            f'<w:num w:numId="{key}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'
        )
    return f"<w:numbering {NAMESPACES}>{written}</w:numbering>"


def word_document(
    body: str,
    *,
    parts: Mapping[str, str] | None = None,
    relationships: Sequence[tuple[str, str, str]] = (),
    part_relationships: Mapping[str, Sequence[tuple[str, str, str]]] | None = None,
) -> bytes:
    """The bytes of a Word document whose body is *body* (XML inside ``w:body``).

    *parts* are more parts by name (``"word/numbering.xml"``) and their XML.
    *relationships* relate the main document to them: (id, type, target),
    the type the last word of its URI (``"numbering"``, ``"header"``), a
    target that begins with ``http`` or ``mailto:`` lying outside the
    package. *part_relationships* relate other parts, by part name.
    """
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"
    )
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr(
            "_rels/.rels",
            _relationships([("rId1", "officeDocument", "word/document.xml")]),
        )
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", _relationships(relationships))
        for name, xml in (parts or {}).items():
            archive.writestr(name, xml)
        for name, related in (part_relationships or {}).items():
            folder, _, file = name.rpartition("/")
            archive.writestr(f"{folder}/_rels/{file}.rels", _relationships(related))
    return package.getvalue()


def _relationships(relationships: Sequence[tuple[str, str, str]]) -> str:
    entries = "".join(
        f'<Relationship Id="{rid}" Type="{_TYPES}/{kind}" Target="{target}"'
        + (' TargetMode="External"' if target.startswith(("http", "mailto:")) else "")
        + "/>"
        for rid, kind, target in relationships
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{entries}</Relationships>"
    )
