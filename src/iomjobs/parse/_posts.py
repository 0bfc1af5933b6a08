"""A job board's page of several posts, cut into one text for each (internal).

French boards publish several IOM notices on one page (yop.l-frii.com,
2025-2026): the board's summary ("Titre du Poste : 08 postes", "Lieu du
Travail : Cameroun/EGYPTE/Algérie/Tchad/Guinée", "Date de Soumission :
09/01/2026") and IOM's introduction, then each post under a line of its own,
"POSTE 1 : Assistant(e) à la réintégration – ... (UG) – Cameroun", "POSTE 2 :
...". Or the page's heading counts its posts ("02 Postes vacants à l’OIM (05
Décembre 2025)") and each begins with its title alone, marked as IOM's system
marks it ("Chargé(e) du développement des capacités en matière de données
(P)"). Each post is read with the lines above the first: what the page says
of all its posts.
"""

from __future__ import annotations

import contextvars
import re
from typing import TYPE_CHECKING, Final

from iomjobs.parse._segments import BULLET_FIRST, may_be_quoted, unquoted
from iomjobs.parse._titles import (
    POSTS,
    POSTS_COUNT,
    TITLE_LINES,
    ends_in_mark,
    marked_title,
    posts_in_heading,
)
from iomjobs.parse._vocabulary import POST_NUMBER

if TYPE_CHECKING:
    from collections.abc import Iterator

    from iomjobs.parse._record import Recorder
    from iomjobs.parse._segments import Segment

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
# A board's count of the posts on its page, as a label's value: "Titre du Poste : 08 postes".
_POSTS_LABELLED: Final = re.compile(rf":[ \t]*{POSTS_COUNT}", re.IGNORECASE)
# How far down the page a board counts its posts.
_TOP: Final = 1000


def post_parts(text: str) -> list[tuple[int, ...]]:
    """The line numbers (from 1) of each post's text: the lines above the first post, and its own.

    An empty list for a text of one post. *text*'s lines are cut as
    :func:`~iomjobs.parse._segments.file_lines` cuts them.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if may_be_quoted(text):
        # A page forwarded in an email, its lines quoted ("> POSTE 1 : ..."): the
        # posts' lines behind the marks, one for one.
        text = "\n".join(unquoted(text.split("\n")))
    starts = _post_starts(text)
    if not starts:
        return []
    shared = tuple(range(1, starts[0] + 1))
    ends = [*starts[1:], text.count("\n") + 1]
    return [
        shared + tuple(range(start + 1, end + 1)) for start, end in zip(starts, ends, strict=True)
    ]


def _post_starts(text: str) -> list[int]:
    """The indexes of *text*'s lines that begin a post of a page of several; empty for one post.

    Numbered lines ("POSTE 1 :", "POSTE 2 :"...) where they count from one
    up, in order, two or more; else lines where the page counts its posts
    ("Titre du Poste : 02 postes", "02 Postes vacants à l’OIM") and has as
    many: unnumbered ones ("POSTE : ..."), or titles on lines of their own
    that end in IOM's mark ("Chargé(e) de ... (P)").
    """
    joined = "\n" + text
    # The lines that may begin a post, by their index; most texts have one or none.
    candidates = _line_indexes(joined, _POST_WORD_FIRST.finditer(joined))
    lines = text.split("\n") if len(candidates) > 1 else []
    found = [(index, _POST_LINE.match(lines[index])) for index in candidates] if lines else []
    marked = [(index, match.group("number")) for index, match in found if match is not None]
    numbered = [index for index, number in marked if number is not None]
    numbers = [int(number) for _, number in marked if number is not None]
    if len(numbered) > 1 and numbers == list(range(1, len(numbers) + 1)):
        return numbered
    count = _posts_counted(text)
    if count is None:
        return _listed_starts(text)
    unnumbered = [index for index, number in marked if number is None]
    if len(unnumbered) == count:
        return unnumbered
    lines = lines or text.split("\n")
    titles = [
        start for index in range(len(lines)) if (start := _marked_title_at(lines, index)) >= 0
    ]
    return titles if len(titles) == count else []


def _line_indexes(joined: str, breaks: Iterator[re.Match[str]]) -> list[int]:
    """The index in *joined* of the line each of *breaks* starts at, its newline's.

    The newlines are counted once, each from the last break on: counted from
    the start for each, a text with thousands of "Position ..." lines took a
    time that grew with the square of their number.
    """
    indexes: list[int] = []
    line = counted_to = 0
    for found in breaks:
        line += joined.count("\n", counted_to, found.start())
        counted_to = found.start()
        indexes.append(line)
    return indexes


def _listed_starts(text: str) -> list[int]:
    """The lines of a board's list of posts: each title above its summary's items, two or more.

    "Expedited VN: Programme Officer (Displacement Tracking Matrix) (DTM)
    (P)" / "• Employer: International Organization for Migration" / "•
    Location: Dar-es-Salaam, ..." (ajirazetu, IOM Tanzania's posts, 2026):
    each post's title, then, a blank line between at most, its items, the
    first naming the employer.
    """
    if text.count(_EMPLOYER) < _SEVERAL:  # most texts: a look in C
        return []
    lines = text.split("\n")
    starts = []
    for index, line in enumerate(lines):
        if line.lstrip(" \t")[:1] not in BULLET_FIRST or not _names_employer(line):
            continue
        above = index - 1 if index > 0 and lines[index - 1].strip() else index - 2
        # The title in markdown's bold is no item: "**Expedited VN: Programme Officer...**".
        title = lines[above].lstrip() if above >= 0 else ""
        if title and (title[:1] not in BULLET_FIRST or title.startswith("**")):
            starts.append(above)
    return starts if len(starts) >= _SEVERAL else []


# Two posts or more make a page of several.
_SEVERAL: Final = 2
# The first item of a board's summary of a post, below its title (ajirazetu, 2026).
EMPLOYER_ITEM: Final = "Employer: International Organization for Migration"
# The first item of myjobmag's summary of a post, below its title, as boards copy it
# with its colons or without ("• Job Type Full Time" / "• Qualification MBA/MSc/MA" /
# "• Experience 10 years" / "• Location Abuja" / "• Job Field Consultancy", jobsafric, 2025).
JOB_TYPE_ITEM: Final = "Job Type"
_EMPLOYER: Final = "Employer:"


def _names_employer(line: str) -> bool:
    """Whether *line* holds the employer's item, its colon's space a no-break one too.

    "• Employer:&nbsp;International Organization for Migration", as an HTML
    copy of the list writes it; a zero-width space beside the colon's too.
    """
    return EMPLOYER_ITEM in line.replace("\u200b", "").replace("\u00a0", " ")


def _marked_title_at(lines: list[str], index: int) -> int:
    """Where the marked title that ends on line *index* begins; -1 where none ends there.

    The line alone, or its paragraph, a title a narrow copy wrapped over a
    few lines ("Chargé(e) du développement des capacités en matière de" /
    "données (P)").
    """
    if not ends_in_mark(lines[index]):  # most lines: no mark at their end
        return -1
    start = index
    while start > 0 and lines[start - 1].strip() and index - start < TITLE_LINES - 1:
        start -= 1
    whole = start == 0 or not lines[start - 1].strip()
    paragraph = " ".join(line.strip() for line in lines[start : index + 1])
    if whole and start < index and marked_title(paragraph) is not None:
        return start
    return index if marked_title(lines[index]) is not None else -1


def _posts_counted(text: str) -> int | None:
    """The count of posts the top of *text* announces, two or more, if it does.

    In a label's value, "Titre du Poste : 08 postes", or at the start of a
    heading, "02 Postes vacants à l’OIM (05 Décembre 2025)".
    """
    top = text[:_TOP]
    lowered = top.lower()
    if not any(word in lowered for word in POSTS):  # most texts: a look in C
        return None
    counts = set()
    for line in top.split("\n"):
        labelled = _POSTS_LABELLED.search(line)
        count = int(labelled["count"]) if labelled else posts_in_heading(line)
        if count is not None:
            counts.add(count)
    count = counts.pop() if len(counts) == 1 else 0  # two counts that differ: none
    return count if count > 1 else None


# Set while parse_notices reads one post of a page of several: the page's count of
# its posts ("Titre du Poste : 08 postes") is then no sign of posts mixed.
ONE_OF_SEVERAL: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "iomjobs_one_of_several", default=False
)


def doubt_mixed_posts(record: Recorder, count: int, segment: Segment) -> None:
    """Say, on *segment*, that the page announces *count* posts, which the one notice read mixes.

    Not where parse_notices reads one post of them, nor a second time.
    """
    if not ONE_OF_SEVERAL.get() and not announces_posts(record):
        message = f"the page announces {count} posts: the notice read mixes them"
        record.doubt("$.position", message, segment)


def announces_posts(record: Recorder) -> bool:
    """Whether the page read is said to announce several posts, mixed in the notice read."""
    return any(doubt.path == "$.position" for doubt in record.doubts)


def is_post_label(label: str) -> bool:
    """Whether *label* is a post's line's: "POSTE", "POSTE 2", "Position N° 3"."""
    return _POST_LABEL_ALONE.match(label.strip()) is not None
