"""Duties' lines as copies leave them: run together, glued to a heading, under none (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs.model.position import Responsibility
from iomjobs.parse._paragraphs import paragraph_at
from iomjobs.parse._segments import GreedyWrap, Segment, names_something
from iomjobs.parse._sentences import SENTENCE_END
from iomjobs.parse._vocabulary import DUTY_VERBS, leads_on, match_heading


def goes_on_unwrapped(above: Segment, segment: Segment) -> bool:
    """Whether *segment*, without a bullet, goes on with the bulleted duty *above*, no width known.

    "- Support recruitment processes in the office by coordinating the
    publication of Vacancy" / "Notice/Special Vacancy Notice, receiving..."
    (sudancareer, 2025, a page whose lines were wrapped at no one width):
    the line above ends no sentence nor item, and this one begins with no
    duty's verb, as a duty that lost its bullet does ("Assist in timely and
    appropriate provision...", seed 004, whose duties end in a stop).
    """
    return (
        segment.number == above.number + 1
        and not above.text.endswith(SENTENCE_END)
        and segment.text.partition(" ")[0] not in DUTY_VERBS
        and not names_something(segment.text)
    )


def unheaded_duties_at(content: list[Segment], index: int, width: int, greedy: GreedyWrap) -> bool:
    """Whether duties under no heading start at *index*, and run to the section's end.

    A job board that drops a notice's headings and its supervision sentence
    leaves its duties among the context, bulleted ("- Provide comprehensive
    monitoring, evaluation, and learning support...", kadjobs, 2026) or not
    (unjobline, 2025: "Coordinate, schedule and book travel...", "Organize
    and complete all bookings... Under the supervision of the Senior
    Operations Assistant, distribute travel information...", "Compile and
    analyze..."). Three paragraphs in a row, each beginning with a duty's
    verb, begin them; what follows in the section is duties too ("In
    accordance with local practices..., identify and assign escorts"), as
    below a supervision paragraph.
    """
    at = index
    for _ in range(_FEWEST_UNHEADED_DUTIES):
        # The verb first: most paragraphs begin with none, and say so at once.
        if at >= len(content) or content[at].item.partition(" ")[0].rstrip(",") not in DUTY_VERBS:
            return False
        if content[at].number_in_list is not None:
            return False
        _, at = paragraph_at(content, at, width, greedy)
    return True


def numbered_duties_at(content: list[Segment], index: int, width: int, greedy: GreedyWrap) -> int:
    """The index after the list of duties numbered from 1 that starts at *index*; *index* if none.

    A job board that drops a notice's headings and its supervision sentence
    (unjobnet.org, unjoblink.org, undpjobs.net, 2026) leaves its duties a
    numbered list among the context: "1. Support travel by assisting in
    scheduling...", "2. Assist in organizing...". Three items or more,
    numbered 1, 2, 3..., each beginning with a verb IOM's duties begin with
    (:data:`DUTY_VERBS`), are read as duties; any other numbered list stays
    as it is.
    """
    at, expected = index, 1
    while at < len(content) and content[at].number_in_list == expected:
        # A number alone on its line ("1." / "Support travel..."): its item is below.
        item_at = at + 1 if not content[at].item and at + 1 < len(content) else at
        item = content[item_at]
        if (item_at > at and item.bullet) or item.item.partition(" ")[0] not in DUTY_VERBS:
            return index
        _, at = paragraph_at(content, item_at, width, greedy)
        at = _item_goes_on(content, at, expected + 1, width, greedy)
        expected += 1
    return at if expected > _FEWEST_UNHEADED_DUTIES else index


def _item_goes_on(
    content: list[Segment], at: int, following: int, width: int, greedy: GreedyWrap
) -> int:
    """Where the item numbered *following* begins, the item above going on to it; else *at*.

    "2. Assist in organizing...(RMM)." / "Provide support in distributing
    travel information...;" / "3. Contribute...": a wrap that ended a line
    with the item's sentence set its next sentence apart (unjobnet's page
    wrapped at 82 columns), as a paragraph of its own.
    """
    below = at
    for _ in range(_MOST_PARAGRAPHS_IN_ITEM):
        if below >= len(content):
            return at
        if content[below].number_in_list is not None:
            return below if content[below].number_in_list == following else at
        if content[below].bullet:
            return at
        _, below = paragraph_at(content, below, width, greedy)
    return at


# The most paragraphs a numbered duty's lines may fall into, its first aside.
_MOST_PARAGRAPHS_IN_ITEM: Final = 2


# The fewest duties in a row, numbered or not, that make lines under no heading duties.
_FEWEST_UNHEADED_DUTIES: Final = 3


def glued_heading(text: str) -> tuple[str | None, str]:
    """The heading a copy glued to the first duty's first word, if any, and the duty.

    "SupervisionDevelop an understanding of office administration..."
    (codehub's copy of an IOM internship, 2026): the heading's last letter
    and the duty's capital with no space between; "Supervision" heads the
    duties. ``(None, text)`` where no known heading is glued so.
    """
    # The first small letter before a capital: where a heading would end.
    at = next(
        (at for at in range(1, min(len(text), _GLUED_HEADING_REACH))
         if text[at].isupper() and text[at - 1].islower()),
        0,
    )  # fmt: skip
    if at and match_heading(text[:at]) is not None:
        return text[:at], text[at:]
    return None, text


# How far into the first duty a heading glued to it may end ("Key ResponsibilitiesDevelop").
_GLUED_HEADING_REACH: Final = 40


def with_dash(segment: Segment, piece: str, above: str) -> str:
    """*piece*, going on with the duty *above*, after *segment*'s dash where the sentence has one.

    "...listening and speaking sessions and reintegration projects" / "-
    individual, collective and community." (seed 003 wrapped at 92): a wrap
    set the sentence's spaced dash at a line's start, where it reads as a
    bullet; the duty keeps it. After a word that leads on ("...working with
    other units and" / "- departments to ensure...", seed 002) the dash is
    a stray bullet, and is dropped.
    """
    if segment.item != piece or segment.text[:2] not in _SPACED_DASHES:
        return piece
    if above.endswith(",") or leads_on(above):
        return piece
    return f"{segment.text[0]} {piece}"


# A dash and its space that begin a line, which a wrap may have set there from the sentence.
_SPACED_DASHES: Final = frozenset({"- ", "\u2013 "})


def cut_after_dash(items: list[Responsibility], above: Segment) -> bool:
    """Whether *above*, the last duty's line, ends on the dash before the next duty; it is dropped.

    "...in Power BI where relevant. -" / "Support the adaptation...": duties
    a board ran into one line (see :func:`run_together_items`), which a wrap cut
    right after the dash between them.
    """
    if not above.text.endswith(_RUN_TOGETHER_CUT):
        return False
    last = items[-1]
    items[-1] = Responsibility(last.text[:-1].rstrip(), last.number)
    return True


def run_together_items(item: str) -> list[str]:
    """The list items *item* holds: one, or more where a job board ran them into one line.

    "...dashboarding in Power BI where relevant. - Support the adaptation of
    software tools..." (impactpool, 2025): a bullet after a sentence's end,
    then a capital, starts the next item.
    """
    # One search first: the pattern, which starts with a lookbehind, is slow on every duty.
    return _RUN_TOGETHER_ITEM.split(item) if " - " in item else [item]


# A dash left between two items a job board ran into one line.
_RUN_TOGETHER_ITEM: Final = re.compile(r"(?<=[.;]) - (?=[A-Z\u00c0-\u00dd])")
# ... and where a wrap cut the line after it.
_RUN_TOGETHER_CUT: Final = (". -", "; -")
