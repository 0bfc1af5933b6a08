r"""Lines broken inside a paragraph with a line separator, not a line end (internal).

Word writes a manual line break (Shift+Enter) as a vertical tab
(``"\v"``, U+000B), which text taken from a document through Word itself
keeps, and Unicode's line and paragraph separators (U+2028, U+2029) do the
same work in text from web pages and scripts. Editors and ``open()`` do not end a line there, and
the reader numbers lines as they do; but a label and its value, a heading
and its list, or a list's items so separated are lines of their own to a
reader of the document. Text with such separators is read with each one a
line end, each of its lines told on the line of the file it stands on.

So is HTML's line break, ``<br>``, in text that is no page: markdown takes it
for a line break, and converters from HTML to markdown and exports of a
site's data write one so ("Position Title: Driver<br>Duty Station: Aden,
Yemen"). One that ends its line breaks nothing more; two in a row leave a
blank line, as a page shows them. A markdown table's row keeps its own, each
cell's lines (see ``_rows._cell_lines``).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from iomjobs._text import holds
from iomjobs.parse._segments import BREAK_TAG, file_lines

_SEPARATORS: Final = ("\v", "\u2028", "\u2029")
# One right after a table's row, which ends the row.
_ROW_END_TAG: Final = re.compile(r"(?<=\|)[ \t]*<br\s*/?>", re.IGNORECASE)
# What a line's tags begin with, in either case.
_BREAK_TAG_STARTS: Final = ("<br", "<BR", "<Br", "<bR")


class Separated(NamedTuple):
    """A text with its line separators made line ends, and the file's line of each of its lines."""

    text: str
    origins: tuple[int, ...]


def separated(text: str) -> Separated | None:
    """*text* with each line separator a line end; ``None`` where it holds none."""
    # At memory speed: most texts hold none.
    tags = has_break_tag(text)
    if not tags and not any(separator in text for separator in _SEPARATORS):
        return None
    lines: list[str] = []
    origins: list[int] = []
    for number, line in enumerate(file_lines(text), start=1):
        pieces = [line]
        for separator in _SEPARATORS:
            pieces = [piece for whole in pieces for piece in whole.split(separator)]
        if tags:
            pieces = [piece for whole in pieces for piece in _at_tags(whole)]
        lines += pieces
        origins += [number] * len(pieces)
    return Separated("\n".join(lines), tuple(origins))


def has_break_tag(text: str) -> bool:
    """Whether *text* holds a ``<br>`` tag's start ("<br", in any case), found from each "<".

    See :func:`~iomjobs._text.holds`: most texts hold no "<" at all.
    """
    return any(holds(text, start) for start in _BREAK_TAG_STARTS)


def _at_tags(line: str) -> list[str]:
    """*line* cut at its ``<br>`` tags, those that end it dropped; a table's row keeps its own."""
    pieces: list[str] = []
    for piece in _ROW_END_TAG.split(line):
        pieces += [piece] if piece.lstrip()[:1] == "|" else BREAK_TAG.split(piece)
    while len(pieces) > 1 and not pieces[-1].strip():
        pieces.pop()  # the line ends there anyway
    return pieces
