"""The headings of a section's groups of duties: "Coordination" / "- Support..." (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._segments import Segment, unbolded
from iomjobs.parse._sentences import SENTENCE_END
from iomjobs.parse._vocabulary import DUTY_VERBS, SMALL_WORD

# "A. Policy, Legal and Institutional Development": a lettered group heading may be longer.
_LETTERED: Final = re.compile(r"[A-Z][.)] ")
# An item's place in its list, as a number, a letter or a small Roman numeral
# ("1.", "(2)", "a.", "b)", "(c)", "iv."): a list in order, under its group's heading.
_ORDINAL: Final = re.compile(r"\d|\(|[a-z][.)]|[ivx]{2,5}[.)]")


def introduces_list(text: str, content: list[Segment], end: int) -> bool:
    """Whether *text*, the paragraph before ``content[end]``, introduces the list there.

    It ends in a colon, and is no group's heading ("Coordination:").
    """
    return (
        text.endswith(":")
        and end < len(content)
        and content[end].bullet
        and not _group_heading(content[end - 1], content[end])
    )


def introduces_groups(text: str, content: list[Segment], end: int) -> bool:
    """Whether *text*, the paragraph before ``content[end]``, introduces the groups of duties there.

    It speaks of "the following" (tasks, duties), and a group's heading is next.
    """
    return (
        "the following" in text
        and end + 1 < len(content)
        and _group_heading(content[end], content[end + 1])
    )


def group_heading_lines(
    content: list[Segment], position: int, plain: frozenset[int] = frozenset()
) -> int:
    """How many lines the heading of a group of duties at *position* spans: 0 if none is there.

    *plain* holds the positions of the headings in sentence case
    (:func:`plain_group_headings`).
    """
    if position in plain:
        return 1
    if content[position].text.startswith("ACTIVIDAD"):
        return _activity_lines(content, position)
    return 1 if _group_heading(content[position], _after(content, position)) else 0


def _after(content: list[Segment], position: int) -> Segment | None:
    return content[position + 1] if position + 1 < len(content) else None


def _activity_lines(content: list[Segment], position: int) -> int:
    """The lines of the activity at *position*, if the products it delivers follow; else 0.

    "ACTIVIDAD: Reunión de inicio de la consultoría..." / "PRODUCTO 1:
    Minuta..." (IOM Mexico's consultancies, 2025): the activity heads its
    products, though a sentence, and its lines are all it says before them
    (a wrap may have cut it in several).
    """
    if not _ACTIVITY.match(content[position].text):
        return 0
    end = position + 1
    while end < len(content) and end - position < _ACTIVITY_LINES:
        below = content[end]
        if below.bullet or _PRODUCT.match(below.text) or _ACTIVITY.match(below.text):
            break
        end += 1
    products = end < len(content) and _PRODUCT.match(content[end].text) is not None
    return end - position if products else 0


def _group_heading(segment: Segment, following: Segment | None) -> bool:
    """A short line with no bullet introducing listed duties: "Coordination", "Reporting".

    Above numbered duties (or lettered: "a.", "(b)", "iv."), or above
    bulleted ones where it names a group ("Programme Methodology and
    Operational Tools:", "Data Management and Tracking", a consultancy's
    tasks on impactpool, 2026). A consultancy's deliverable, named and
    numbered or lettered, heads what it asks for, whatever follows but the
    next deliverable ("Deliverable 1: Evaluation design and methodology" /
    "Description of deliverable: ...", unjoblink, 2025), bulleted too ("-
    Deliverable A – Ongoing additions to literature review" / "Support IOM
    Kenya team by...", unjoblink's copy of IOM Kenya's call, 2025).
    """
    text = unbolded(segment.text)
    if segment.bullet or following is None:
        return False
    if text.endswith(_NO_HEADING):
        return False
    if _DELIVERABLE.match(text):
        return heads_deliverable(text, following)
    if not following.bullet:
        return False
    if not _ORDINAL.match(following.text):
        return _names_a_group(text, bold=text != segment.text)
    most_words = 10 if _LETTERED.match(text) else 4
    return len(text.split()) <= most_words


def heads_deliverable(text: str, following: Segment | None) -> bool:
    """Whether *text*, a line's words after any bullet, is a deliverable heading what follows.

    Not above the next deliverable, nor at the end: a list of deliverables
    is a list of duties.
    """
    return (
        following is not None
        and _DELIVERABLE.match(unbolded(text)) is not None
        and _DELIVERABLE.match(unbolded(following.item)) is None
    )


def plain_group_headings(content: list[Segment]) -> frozenset[int]:
    """Where *content*'s duties have headings in plain sentence case: their positions.

    "Monitoring and evaluation support" / "- Develop monitoring tools..." /
    "- Conduct field visits." / "Reporting and communication" / "- Draft...":
    a short line with no bullet and no stop, first in the section or below
    a duty that ends its sentence, above a bulleted one. A sentence-case
    line names a group only where another does so too: alone, it may be
    the end of a duty, or a sentence of its own.
    """
    found = frozenset(
        position
        for position, segment in enumerate(content)
        if not segment.bullet
        and _plain_group_name(segment.text)
        and (position == 0 or content[position - 1].text.endswith(SENTENCE_END))
        and position + 1 < len(content)
        and content[position + 1].bullet
    )
    return found if len(found) >= _FEWEST_PLAIN_GROUPS else frozenset()


def _plain_group_name(text: str) -> bool:
    # A few words, the first capitalized, with no stop: "Monitoring and evaluation support".
    # Not a duty of its own above its parts ("Coordinate the field teams" / "- ..."),
    # nor a stray word ("New"), as no group's name in title case is either.
    words = text.split()
    return (
        1 < len(words) <= _GROUP_WORDS
        and text[:1].isupper()
        and words[0] not in DUTY_VERBS
        and not text.endswith((*SENTENCE_END, ","))
    )


# The fewest sentence-case headings that show a section's duties grouped under them.
_FEWEST_PLAIN_GROUPS: Final = 2


def _names_a_group(text: str, *, bold: bool = False) -> bool:
    """Whether *text* names a group of bulleted duties: "Data Management and Tracking".

    A few words (or one) ending in a colon or set in markdown's bold, or
    several in title case (each word longer than three letters capitalized):
    a stray word or a sentence above a list names none.
    """
    words = text.rstrip(":").split()
    if not 0 < len(words) <= _GROUP_WORDS or not text[:1].isupper():
        return False
    if text.endswith(":") or bold:  # "Coordination:", "**Reporting**"
        return True
    return len(words) > 1 and all(word[:1].isupper() for word in words if len(word) > SMALL_WORD)


# A consultancy's deliverable, numbered or lettered and named: "Deliverable 1: Evaluation
# design", "Deliverable A – Ongoing additions to literature review", "Deliverable B -Ongoing...".
_DELIVERABLE: Final = re.compile(r"Deliverable (?:\d{1,2}|[A-Z])\s*(?::\s*|[-–—]\s*)\S")
# In Spanish, an activity and the products it delivers: "ACTIVIDAD: ...", "PRODUCTO 1: ...".
_ACTIVITY: Final = re.compile(r"ACTIVIDAD(?: \d{1,2})?\s*:\s*\S")
_PRODUCT: Final = re.compile(r"PRODUCTO \d{1,2}\s*:")
# The most lines an activity heading spans, wrapped.
_ACTIVITY_LINES: Final = 6
# How a line ends that introduces no group of duties: a sentence, an item's end.
_NO_HEADING: Final = (".", ";", ",")
# The most words the heading of a group of bulleted duties has.
_GROUP_WORDS: Final = 6
