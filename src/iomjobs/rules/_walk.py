"""Helpers the rules share: walking a notice's texts, dating it (internal)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iomjobs.model.notice import VacancyNotice

GROUPS = ("values", "core", "managerial")


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


def list_items(notice: VacancyNotice) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each list of the notice as (path, items): duties, experience, skills, notes."""
    position = notice.position
    for index, group in enumerate(position.responsibilities):
        texts = tuple(item.text for item in group.items)
        yield f"$.position.responsibilities[{index}].items", texts
    qualifications = position.qualifications
    for name in ("experience", "skills"):
        items = getattr(qualifications, name)
        if items:
            yield f"$.position.qualifications.{name}", items
    yield "$.notes", notice.notes


def texts(notice: VacancyNotice) -> Iterator[tuple[str, str]]:
    """Every free text of the notice, as (path, text)."""
    position = notice.position
    for path, items in list_items(notice):
        for index, text in enumerate(items):
            yield f"{path}[{index}]", text
    for index, paragraph in enumerate(notice.context):
        yield f"$.context[{index}]", paragraph
    for index, path_ in enumerate(position.qualifications.education or ()):
        if path_.as_written:
            yield f"$.position.qualifications.education[{index}].as_written", path_.as_written
    for index, line in enumerate(notice.unclassified):
        yield f"$.unclassified[{index}].text", line.text
    if notice.how_to_apply is not None:
        for index, text in enumerate(notice.how_to_apply.text):
            yield f"$.how_to_apply.text[{index}]", text
    if position.title:
        yield "$.position.title", position.title
