"""List items whose lines hang under their text: a PDF's hanging indent (internal).

A numbered or bulleted list printed from Word and taken out of the PDF
with ``pdftotext -layout`` (or pypdf's layout mode) keeps the list's
hanging indent: the item's second and later lines begin, in spaces, where
its text began after the number::

    2. In close coordination with relevant USRAP Global, RMM and Protection
       division colleagues ... and their associated tools in Albania.
       Monitor, collect and report feedback on their implementation, ...

A sentence's end on one line and a capital below it would otherwise begin
a new item. Cleaning a line forgets where it began, so the lines as written
are asked, and only where the plain rules found no wrap.
"""

from __future__ import annotations

from typing import Final

from iomjobs.parse._segments import bullet_length


def hangs_under(first: str, line: str) -> bool:
    """Whether the written *line* is indented to where the list item *first* begins its text.

    *first* is the item's first line as written, with its bullet or list
    number; *line* one of the lines below it, with neither. Spaces indent
    (no-break spaces too, as text copied from a page has them); where a
    tab stands, the columns are not the characters.
    """
    first = first.lstrip("\f")
    indent = _indent(first)
    marker = bullet_length(first[indent:])
    if not marker or "\t" in first[: indent + marker] or not first[indent + marker :].strip():
        return False
    return _indent(line) == indent + marker and not line.startswith("\t")


def _indent(line: str) -> int:
    # pdftotext begins a page's first line with its form feed.
    line = line.lstrip("\f")
    return len(line) - len(line.lstrip(_SPACES))


# What indents a line: spaces, and the no-break spaces of text copied from a page.
_SPACES: Final = " \u00a0"
