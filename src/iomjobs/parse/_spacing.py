r"""Text whose line breaks were doubled: a blank line after every line (internal).

A file with Windows line ends converted to them once more (``"\r\r\n"``
for each break), or text copied out of a viewer that set every printed line
apart, has a blank line after each of its lines, and three where it had one.
Read as it stands, a label and its value, a wrapped title or a heading and
its text are paragraphs of their own. Where every gap between two written
lines is odd and some are three lines or more, or the lines read one below
the other are text wrapped at a width, the text is read with its breaks
undoubled: no blank line where there was one, one where there were three.
Text whose paragraphs are each a line, set apart by one blank line, has no
gap of three and no line wrapped, and is read as written.
"""

from __future__ import annotations

import itertools
from typing import Final, NamedTuple

from iomjobs.parse._segments import Segment, clean, goes_on_below, source_lines, wrapped_width

# How many gaps between written lines, at the fewest, tell that the breaks were
# doubled, and how many of them must be paragraph breaks (three blank lines or more).
_FEWEST_GAPS: Final = 10
_FEWEST_PARAGRAPH_BREAKS: Final = 2
# Or how many lines, at the fewest, go on from the line above (in lower case,
# after a word that leads on) in text wrapped at a width, read undoubled.
_FEWEST_GOING_ON: Final = 5


class Undoubled(NamedTuple):
    """A text with its line breaks undoubled, and the line each of its lines was."""

    text: str
    origins: tuple[int, ...]


def undoubled(text: str) -> Undoubled | None:
    """*text* with its doubled line breaks undoubled; ``None`` where they were not doubled."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if _written_together(flat):
        return None
    lines = source_lines(text)
    written = [index for index, line in enumerate(lines) if line.strip()]
    gaps = [below - above - 1 for above, below in itertools.pairwise(written)]
    if len(gaps) < _FEWEST_GAPS or any(gap % 2 == 0 for gap in gaps):
        return None
    breaks = sum(gap >= 3 for gap in gaps)  # noqa: PLR2004 -- three blank lines
    if breaks < _FEWEST_PARAGRAPH_BREAKS and not _wrapped([lines[index] for index in written]):
        return None
    # Each line the text had is followed by a blank line the doubling added: every
    # other line is kept, from the first, the written lines and the blank ones between.
    kept = list(range(0, written[0], 2))
    for above, gap in zip(written, gaps, strict=False):  # the last line has no gap below
        kept += range(above, above + gap + 1, 2)
    kept += range(written[-1], len(lines), 2)
    return Undoubled("\n".join(lines[index] for index in kept), tuple(i + 1 for i in kept))


def _written_together(text: str) -> bool:
    """Whether two written lines of *text* stand together, one below the other."""
    # Most text has them within its first few lines: looked for line by line
    # from the top, and no further.
    above_written = False
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        written = bool(line) and not line.isspace()
        if written and above_written:
            return True
        above_written = written
        start = end + 1
    return False


def _wrapped(written: list[str]) -> bool:
    """Whether the *written* lines, one below the other, are text wrapped at a width.

    Then the blank line between each two is the doubling's, though no
    paragraph break tells (a text without blank lines, doubled).
    """
    content = [Segment(number, clean(line)) for number, line in enumerate(written, start=1)]
    going_on = sum(map(goes_on_below, content, content[1:]))
    return going_on >= _FEWEST_GOING_ON and wrapped_width(content) > 0
