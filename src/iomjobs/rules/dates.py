"""Rules on the notice's dates (DAT)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from iomjobs.model.notice import NoticeKind, VacancyNotice
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules.finding import Severity

_PERIOD = {"start": "2024-02-06", "end": "2024-02-20"}

# IOM was founded in 1951: no notice of its can be older.
_FOUNDED = dt.date(1951, 12, 5)
# A notice's dates lie within weeks of each other; two years apart is a typo.
_FAR_APART = dt.timedelta(days=2 * 365)


@rule(
    "DAT001",
    "closing-before-posting",
    Severity.ERROR,
    failing={"posting_period": {"start": "2024-02-06"}, "closing_date": "2024-02-01"},
    passing={"posting_period": _PERIOD, "closing_date": "2024-02-20"},
)
def closing_before_posting(context: Context) -> Iterator[Hit]:
    """The closing date falls before the posting period starts.

    Such a notice was closed before it opened: no one could apply.
    """
    notice = context.notice
    period = notice.posting_period
    start = period.start if period else None
    if start is not None and notice.closing_date is not None and notice.closing_date < start:
        message = (
            f"closing date {notice.closing_date} is before the posting period starts ({start})"
        )
        yield Hit("$.closing_date", message)


@rule(
    "DAT002",
    "closing-differs-from-period-end",
    Severity.ERROR,
    failing={"posting_period": _PERIOD, "closing_date": "2024-02-27"},
    passing={"posting_period": _PERIOD, "closing_date": "2024-02-20"},
)
def closing_differs_from_period_end(context: Context) -> Iterator[Hit]:
    """The closing date is not the last day of the posting period.

    The header's closing date and the footer's posting period are two
    statements of the same deadline; when they differ, a candidate cannot
    know which to trust.
    """
    notice = context.notice
    period = notice.posting_period
    end = period.end if period else None
    if end is not None and notice.closing_date is not None and notice.closing_date != end:
        message = f"closing date {notice.closing_date} differs from the posting period's end {end}"
        yield Hit("$.closing_date", message, end.isoformat())


@rule(
    "DAT003",
    "start-before-closing",
    Severity.WARNING,
    failing={
        "posting_period": _PERIOD,
        "closing_date": "2024-02-20",
        "start": {"date": "2024-02-15"},
    },
    passing={
        "posting_period": _PERIOD,
        "closing_date": "2024-02-20",
        "start": {"date": "2024-03-15"},
    },
)
def start_before_closing(context: Context) -> Iterator[Hit]:
    """The estimated start date comes before applications close.

    Nobody can start before being selected; an estimated start before the
    closing date is a stale date left from an earlier notice. A start given
    by its month alone ("April 2026") is before only where the whole month is.
    """
    notice = context.notice
    closing = notice.closing_date or (notice.posting_period.end if notice.posting_period else None)
    start = notice.start
    if closing is None or start is None or start.date is None:
        return
    if not start.month_only and start.date < closing:
        yield Hit(
            "$.start.date", f"estimated start {start.date} is before the closing date {closing}"
        )
    elif start.month_only and _month_end(start.date) < closing:
        message = f"estimated start in {start.date:%Y-%m} is before the closing date {closing}"
        yield Hit("$.start.date", message)


def _month_end(first: dt.date) -> dt.date:
    """The last day of the month *first* is the first day of."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@rule(
    "DAT004",
    "reference-year-differs",
    Severity.WARNING,
    failing={"reference": "2023-07", "posting_period": _PERIOD},
    passing={"reference": "2024-07", "posting_period": _PERIOD},
)
def reference_year_differs(context: Context) -> Iterator[Hit]:
    """The year in the vacancy number differs from the year the notice was posted.

    Offices number vacancies by year ("2024-07", "SVN2026. 19093", "VN
    021/2025"); a number from another year usually means a notice copied
    from an older one. Reference formats vary by office, so this is a
    warning.
    """
    notice = context.notice
    if notice.reference is None:
        return
    years = {int(year) for year in _YEAR.findall(notice.reference)}
    period = notice.posting_period
    posted = (period.start if period else None) or notice.closing_date
    if len(years) != 1 or posted is None:
        return
    (year,) = years
    if year != posted.year:
        message = (
            f"vacancy number {notice.reference!r} is from {year}, the notice from {posted.year}"
        )
        yield Hit("$.reference", message)


def _dates(notice: VacancyNotice) -> list[tuple[str, dt.date]]:
    period, start = notice.posting_period, notice.start
    named = [
        ("$.posting_period.start", period.start if period else None),
        ("$.posting_period.end", period.end if period else None),
        ("$.closing_date", notice.closing_date),
        ("$.start.date", start.date if start else None),
        ("$.position.rated_on", notice.position.rated_on),
    ]
    return [(path, date) for path, date in named if date is not None]


@rule(
    "DAT005",
    "date-is-a-typo",
    Severity.ERROR,
    failing={"posting_period": _PERIOD, "position": {"rated_on": "1948-05-01"}},
    passing={"posting_period": _PERIOD, "position": {"rated_on": "2024-01-15"}},
)
def date_is_a_typo(context: Context) -> Iterator[Hit]:
    """A date that can only be a typo: before 1951, years off the other dates, a period reversed.

    A notice's dates lie within weeks of each other, and IOM did not exist
    before 1951. "2042" beside "2024" is a slip of the keyboard, and a
    deadline nobody can meet.
    """
    notice = context.notice
    dates = _dates(notice)
    for path, date in dates:
        if date < _FOUNDED:
            yield Hit(path, f"{date} is before IOM was founded (1951)")
    ordered = sorted(date for _, date in dates)
    if ordered:
        median = ordered[len(ordered) // 2]
        for path, date in dates:
            if abs(date - median) > _FAR_APART:
                yield Hit(path, f"{date} is years away from the notice's other dates ({median})")
    period = notice.posting_period
    if period and period.start and period.end and period.end < period.start:
        yield Hit(
            "$.posting_period.end",
            f"the posting period ends ({period.end}) before it starts ({period.start})",
        )


@rule(
    "DAT006",
    "no-closing-date",
    Severity.WARNING,
    failing={"kind": "vacancy notice", "position": {"title": "Project Officer"}},
    passing={"kind": "vacancy notice", "closing_date": "2024-02-20"},
)
def no_closing_date(context: Context) -> Iterator[Hit]:
    """A notice open for applications that gives no closing date.

    Applications must arrive before the closing date; without one a
    candidate cannot know whether the post is still open. Post descriptions
    are not calls for applications and need none.
    """
    notice = context.notice
    if notice.kind is NoticeKind.POST_DESCRIPTION or notice.closing_date is not None:
        return
    if notice.posting_period is None or notice.posting_period.end is None:
        yield Hit("$.closing_date", "no closing date")
