r"""Lines broken inside a paragraph with a line separator, not a line end (internal).

Word writes a manual line break (Shift+Enter) as a vertical tab
(``"\v"``, U+000B), which text taken from a document through Word itself
keeps, and Unicode's line and paragraph separators (U+2028, U+2029) do the
same work in text from web pages and scripts. Editors and ``open()`` do not end a line there, and
the reader numbers lines as they do; but a label and its value, a heading
and its list, or a list's items so separated are lines of their own to a
reader of the document. Text with such separators is read with each one a
line end, each of its lines told on the line of the file it stands on.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from iomjobs.parse._segments import file_lines

_SEPARATORS: Final = ("\v", "\u2028", "\u2029")


class Separated(NamedTuple):
    """A text with its line separators made line ends, and the file's line of each of its lines."""

    text: str
    origins: tuple[int, ...]


def separated(text: str) -> Separated | None:
    """*text* with each line separator a line end; ``None`` where it holds none."""
    if not any(separator in text for separator in _SEPARATORS):  # memory speed: most hold none
        return None
    lines: list[str] = []
    origins: list[int] = []
    for number, line in enumerate(file_lines(text), start=1):
        pieces = [line]
        for separator in _SEPARATORS:
            pieces = [piece for whole in pieces for piece in whole.split(separator)]
        lines += pieces
        origins += [number] * len(pieces)
    return Separated("\n".join(lines), tuple(origins))
