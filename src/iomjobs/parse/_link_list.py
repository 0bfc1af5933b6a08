"""A text browser's list of a page's links below its text: lynx's "References" (internal).

``lynx -dump`` writes a page's text with each link's number before its
words ("Read more about IOM's workplace culture at [3]IOM workplace
culture"), and below the text the list of the addresses those numbers
stand for, under "References": "1. https://www.iom.int/", "2.
https://www.iom.int/careers", each on its line. The list is the page's
markup, not the notice's (its addresses had been read as documents to
send with an application), and the numbers are its marks in the text,
not words.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._segments import Segment

# The list's heading, and the lines under it: an address numbered, or the
# headings of the visible and the hidden links where a page has both.
_HEADING: Final = "References"
_LISTED: Final = re.compile(r"\d\d{0,3}\. (?:[a-z][a-z0-9+.-]*:\S*)$")
_PARTS: Final = frozenset({"Visible links:", "Hidden links:"})
# A link's number before its words, as lynx writes it: "[3]IOM workplace culture".
_MARK: Final = re.compile(r"\[(\d{1,4})\](?=\S)")


def link_list(segments: list[Segment]) -> int:
    """The index where a text browser's list of links begins in *segments*; their length if none."""
    found = _list_at([segment.text for segment in segments])
    return len(segments) if found is None else found[0]


def without_link_marks(text: str) -> str:
    """*text* without the links' numbers a text browser set before their words, if it lists them.

    Only where the text ends in the browser's list of links: "[1]" elsewhere
    may be a footnote's mark. The lines stay where they were.
    """
    if "[" not in text or _HEADING not in text:
        return text
    lines = text.split("\n")
    found = _list_at(lines)
    if found is None:
        return text
    heading, last = found
    body = [
        _MARK.sub(lambda mark: "" if int(mark.group(1)) <= last else mark.group(0), line)
        for line in lines[:heading]
    ]
    return "\n".join([*body, *lines[heading:]])


def _list_at(lines: list[str]) -> tuple[int, int] | None:
    """Where the list of links that *lines* end in has its heading, and its last link's number.

    Read from the end, where most texts show at their last line that they
    end in no such list. ``None`` where they do not, or it lists no address.
    """
    last = 0
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at].strip()
        if not line or line in _PARTS:
            continue
        if line == _HEADING:
            return (at, last) if last else None
        if _LISTED.match(line) is None:
            return None
        last = max(last, int(line.partition(".")[0]))
    return None
