"""Helpers the rules share: walking a notice's texts, dating it (internal)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence

from iomjobs.model.competency import GROUP_KINDS
from iomjobs.model.notice import VacancyNotice

GROUPS = tuple(GROUP_KINDS)


def notice_date(notice: VacancyNotice) -> dt.date | None:
    """The date the notice was published, as near as the notice says."""
    period = notice.posting_period
    candidates = (
        period.start if period else None,
        notice.closing_date,
        period.end if period else None,
        notice.position.rated_on,
    )
    return next((date for date in candidates if date is not None), None)


def language_code(notice: VacancyNotice) -> str:
    """The code of the language the notice is written in, or "" where it says none."""
    return notice.language.code if notice.language is not None else ""


def list_items(notice: VacancyNotice) -> Iterator[tuple[str, Sequence[str]]]:
    """Each list of the notice as (path, items): duties, experience, skills, notes."""
    position = notice.position
    for index, group in enumerate(position.responsibilities):
        texts = [item.text for item in group.items]
        yield f"$.position.responsibilities[{index}].items", texts
    qualifications = position.qualifications
    for name in ("experience", "skills"):
        items = getattr(qualifications, name)
        if items:
            yield f"$.position.qualifications.{name}", items
    yield "$.notes", notice.notes


class Joined:
    """Texts joined by newlines, to search them all at once, and which text a place falls in."""

    __slots__ = ("_starts", "text", "texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.text = "\n".join(texts)
        # Worked out only when a search finds something: most find nothing.
        self._starts: list[int] | None = None

    def index_at(self, at: int) -> int:
        """The index of the text that position *at* of the joined text falls in."""
        return bisect.bisect_right(self._starts or self._start_list(), at) - 1

    def start_of(self, index: int) -> int:
        """Where text *index* starts in the joined text."""
        return (self._starts or self._start_list())[index]

    def _start_list(self) -> list[int]:
        starts = list(itertools.accumulate((len(text) + 1 for text in self.texts), initial=0))
        self._starts = starts
        return starts


def text_values(notice: VacancyNotice) -> list[str]:
    """Every free text of the notice, in a fixed order; :func:`text_path` names each one's path."""
    position = notice.position
    qualifications = position.qualifications
    values = [item.text for group in position.responsibilities for item in group.items]
    values += qualifications.experience or ()
    values += qualifications.skills or ()
    values += notice.notes
    values += notice.context
    values += [path.as_written for path in qualifications.education or () if path.as_written]
    values += qualifications.education_notes
    values += position.language_notes
    values += position.competencies.notes if position.competencies else ()
    values += [line.text for line in notice.unclassified]
    if notice.how_to_apply is not None:
        values += notice.how_to_apply.text
    if position.title:
        values.append(position.title)
    return values


def text_path(notice: VacancyNotice, index: int) -> str:
    """The path of ``text_values(notice)[index]``: worked out for the few texts a rule quotes."""
    position = notice.position
    qualifications = position.qualifications
    education = qualifications.education or ()
    written = [i for i, path in enumerate(education) if path.as_written]
    segments: list[tuple[int, Callable[[int], str]]] = [
        (len(group.items), f"$.position.responsibilities[{g}].items[{{}}]".format)
        for g, group in enumerate(position.responsibilities)
    ]
    segments += [
        (len(qualifications.experience or ()), "$.position.qualifications.experience[{}]".format),
        (len(qualifications.skills or ()), "$.position.qualifications.skills[{}]".format),
        (len(notice.notes), "$.notes[{}]".format),
        (len(notice.context), "$.context[{}]".format),
        (len(written), lambda i: f"$.position.qualifications.education[{written[i]}].as_written"),
        (
            len(qualifications.education_notes),
            "$.position.qualifications.education_notes[{}]".format,
        ),
        (len(position.language_notes), "$.position.language_notes[{}]".format),
        (
            len(position.competencies.notes) if position.competencies else 0,
            "$.position.competencies.notes[{}]".format,
        ),
        (len(notice.unclassified), "$.unclassified[{}].text".format),
        (
            len(notice.how_to_apply.text) if notice.how_to_apply else 0,
            "$.how_to_apply.text[{}]".format,
        ),
        (1, lambda _: "$.position.title"),
    ]
    for count, path_of in segments:
        if index < count:
            return path_of(index)
        index -= count
    msg = f"no text at index {index}"
    raise IndexError(msg)
