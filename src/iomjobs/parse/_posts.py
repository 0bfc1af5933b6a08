"""A job board's page of several posts, cut into one text for each (internal).

French boards publish several IOM notices on one page (yop.l-frii.com,
2025-2026): the board's summary ("Titre du Poste : 08 postes", "Lieu du
Travail : Cameroun/EGYPTE/Algérie/Tchad/Guinée", "Date de Soumission :
09/01/2026") and IOM's introduction, then each post under a line of its own,
"POSTE 1 : Assistant(e) à la réintégration – ... (UG) – Cameroun", "POSTE 2 :
...". Each post is read with the lines above the first: what the page says
of all its posts.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Sequence
from typing import Final

from iomjobs.parse._titles import POSTS
from iomjobs.parse._vocabulary import POST_NUMBER

# The words for a post, as a board writes them in capitals or not.
_POST_WORDS: Final = ("POSTE", "Poste", "POSITION", "Position", "PUESTO", "Puesto", "VAGA", "Vaga")
# The label of a post's line: the word for a post, its number (or none, where
# the page counts its posts).
_POST_LABEL: Final = rf"(?:{'|'.join(_POST_WORDS)})(?:\s+{POST_NUMBER})?"
# A post's line: its label, a colon, the title. Flush left, or in markdown's bold.
_POST_LINE: Final = re.compile(rf"^[\s*_#]*{_POST_LABEL}[\s*_]*:\s*\S")
_POST_LABEL_ALONE: Final = re.compile(rf"{_POST_LABEL}$")
# A line that begins with a word for a post, its line break first: sre scans for
# the breaks in C, cheaper than a match of each line.
_POST_WORD_FIRST: Final = re.compile(rf"\n(?=[ \t*_#]*[PV])[ \t*_#]*(?:{'|'.join(_POST_WORDS)})")
# A board's count of the posts on its page: "Titre du Poste : 08 postes".
_POSTS_COUNTED: Final = re.compile(
    rf":\s*(?P<count>\d{{1,3}})\s+(?:{'|'.join(sorted(POSTS))})\s*$", re.IGNORECASE
)


def post_parts(text: str) -> list[tuple[int, ...]]:
    """The line numbers (from 1) of each post's text: the lines above the first post, and its own.

    An empty list for a text of one post. *text*'s lines are cut as
    :func:`~iomjobs.parse._segments.file_lines` cuts them.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    joined = "\n" + text
    # The lines that may begin a post, by their index; most texts have one or none.
    breaks = _POST_WORD_FIRST.finditer(joined)
    candidates = [joined.count("\n", 0, found.start()) for found in breaks]
    if len(candidates) <= 1:
        return []
    lines = text.split("\n")
    starts = _post_starts(lines, candidates)
    if not starts:
        return []
    shared = tuple(range(1, starts[0] + 1))
    ends = [*starts[1:], len(lines)]
    return [
        shared + tuple(range(start + 1, end + 1)) for start, end in zip(starts, ends, strict=True)
    ]


def _post_starts(lines: Sequence[str], candidates: list[int]) -> list[int]:
    """The indexes of *lines*, among *candidates*, that begin a post of a page of several.

    Numbered lines ("POSTE 1 :", "POSTE 2 :"...) where they count from one
    up, in order, two or more; else unnumbered ones ("POSTE : ..."), where
    the page counts as many posts as there are such lines, two or more.
    Empty on a page of one post.
    """
    found = [(index, _POST_LINE.match(lines[index])) for index in candidates]
    marked = [(index, match.group("number")) for index, match in found if match is not None]
    numbered = [index for index, number in marked if number is not None]
    numbers = [int(number) for _, number in marked if number is not None]
    if len(numbered) > 1 and numbers == list(range(1, len(numbers) + 1)):
        return numbered
    unnumbered = [index for index, number in marked if number is None]
    if len(unnumbered) <= 1:
        return []
    counts = (_POSTS_COUNTED.search(line) for line in lines)
    counted = {int(count.group("count")) for count in counts if count is not None}
    return unnumbered if counted == {len(unnumbered)} else []


# Set while parse_notices reads one post of a page of several: the page's count of
# its posts ("Titre du Poste : 08 postes") is then no sign of posts mixed.
ONE_OF_SEVERAL: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "iomjobs_one_of_several", default=False
)


def is_post_label(label: str) -> bool:
    """Whether *label* is a post's line's: "POSTE", "POSTE 2", "Position N° 3"."""
    return _POST_LABEL_ALONE.match(label.strip()) is not None
