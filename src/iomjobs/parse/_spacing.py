r"""Text whose line breaks were doubled: a blank line after every line (internal).

A file with Windows line ends converted to them once more (``"\r\r\n"``
for each break), or text copied out of a viewer that set every printed line
apart, has a blank line after each of its lines, and three where it had one.
Read as it stands, a label and its value, a wrapped title or a heading and
its text are paragraphs of their own. Where every gap between two written
lines is odd and some are three lines or more, the text is read with its
breaks undoubled: no blank line where there was one, one where there were
three. Text whose paragraphs are each a line, set apart by one blank line,
has no gap of three, and is read as written.
"""

from __future__ import annotations

import itertools
from typing import Final, NamedTuple

from iomjobs.parse._segments import source_lines

# How many gaps between written lines, at the fewest, tell that the breaks were
# doubled, and how many of them must be paragraph breaks (three blank lines or more).
_FEWEST_GAPS: Final = 10
_FEWEST_PARAGRAPH_BREAKS: Final = 2


class Undoubled(NamedTuple):
    """A text with its line breaks undoubled, and the line each of its lines was."""

    text: str
    origins: tuple[int, ...]


def undoubled(text: str) -> Undoubled | None:
    """*text* with its doubled line breaks undoubled; ``None`` where they were not doubled."""
    breaks = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if _written_together(breaks):
        return None
    lines = source_lines(text)
    written = [index for index, line in enumerate(lines) if line.strip()]
    gaps = [below - above - 1 for above, below in itertools.pairwise(written)]
    if len(gaps) < _FEWEST_GAPS or any(gap % 2 == 0 for gap in gaps):
        return None
    if sum(gap >= 3 for gap in gaps) < _FEWEST_PARAGRAPH_BREAKS:  # noqa: PLR2004 -- three blank lines
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
