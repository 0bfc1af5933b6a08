"""Pages that set each printed line where the PDF had it (internal).

``pdftohtml -c`` (and the job boards that publish its output) turns a PDF
into a page whose every printed line, or every piece of one, is a
paragraph of its own, placed by its style: ``<p style="position:absolute;
top:135px;left:108px">Position&#160;title</p>``. Read as paragraphs, each
line stands apart from the next, a label from its value, a wrapped item
from its second line. The places tell what the PDF showed: pieces at one
height are one line (the cells of a table's row, in order from the left,
as pdftohtml does not always write them), a line one line's height
below the one above goes on with it, and a larger step down parts them as
blank lines would. A step back up begins a new page: its first line is
written after a form feed, as pdftotext writes it, so that the reader reads
the page break, and the running heads and feet, as it reads pdftotext's.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Final, Literal

# An element placed on its page: a style with "position:absolute" and its "top".
_PLACED: Final = re.compile(
    r"""style\s*=\s*["']([^"']*position\s*:\s*absolute[^"']*)["']""", re.IGNORECASE
)
_TOP: Final = re.compile(r"(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)px", re.IGNORECASE)
_LEFT: Final = re.compile(r"(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px", re.IGNORECASE)
# How many placed elements, at the fewest, make a page whose lines are placed.
_FEWEST_PLACED: Final = 10
# No line is shorter, in pixels: a smaller step down is a piece of one line set
# lower, as a smaller font's baseline sets it.
_LOWEST_LINE: Final = 5
# Within this share of a line's height, two pieces stand on one line; up to
# _NEXT_LINE of it below, a line goes on from the one above.
_SAME_LINE: Final = 0.4
_NEXT_LINE: Final = 1.5


def line_height(page: str) -> float | None:
    """The height of a printed line on *page*, where it places its lines; else ``None``.

    The smallest step down from one placed element to the next that the page
    takes more than once: a paragraph's lines follow one another so, and a
    blank line between lines is a larger step, however many lines are set
    apart so (a page that sets each line apart steps down one height only
    where a line was wrapped). Where no step comes twice, the commonest.
    """
    if "absolute" not in page:  # found at memory speed: most pages place nothing
        return None
    tops = [top for style in _PLACED.findall(page) if (top := _top(style)) is not None]
    if len(tops) < _FEWEST_PLACED:
        return None
    pairs = itertools.pairwise(tops)
    steps = Counter(
        round(below - above, 1) for above, below in pairs if below >= above + _LOWEST_LINE
    )
    if not steps:
        return None
    taken_again = [step for step, count in steps.items() if count > 1]
    return min(taken_again) if taken_again else steps.most_common(1)[0][0]


def place_of(style: str | None) -> tuple[float, float] | None:
    """Where an element with *style* is placed on its page, top and left, if it is placed."""
    if not style or "absolute" not in style.lower():
        return None
    top = _top(style)
    if top is None:
        return None
    left = _LEFT.search(style)
    return top, float(left.group(1)) if left else 0.0


def _top(style: str) -> float | None:
    found = _TOP.search(style)
    return float(found.group(1)) if found else None


Placement = Literal["same line", "next line", "apart", "new page"]


def placement(top: float, above: float | None, height: float) -> Placement:
    """Where a piece placed at *top* stands against the piece *above* it, lines *height* high.

    ``"same line"``, ``"next line"`` (going on from the line above),
    ``"apart"`` (a larger step down) or ``"new page"`` (a step up: the
    page's places begin again).
    """
    if above is None:
        return "apart"
    step = top - above
    if abs(step) <= height * _SAME_LINE:
        return "same line"
    if step < 0:
        return "new page"
    return "next line" if step <= height * _NEXT_LINE else "apart"
