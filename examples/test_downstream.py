"""A downstream project's test, using iomjobs' strategies.

Install ``iomjobs[hypothesis]`` and pytest, then run ``pytest examples/test_downstream.py``.
No iomjobs strategy is imported: ``st.from_type`` finds them through
Hypothesis's entry point.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import Grade, VacancyNotice


def closing_soon(notice: VacancyNotice) -> bool:
    """The downstream project's own code: does a notice close within two weeks of opening?"""
    period = notice.posting_period
    if period is None or period.start is None or notice.closing_date is None:
        return False
    return (notice.closing_date - period.start).days <= 14  # noqa: PLR2004


@given(st.from_type(VacancyNotice))
def test_our_feed_keeps_every_notice(notice: VacancyNotice) -> None:
    feed = json.dumps([iomjobs.to_dict(notice)])
    (back,) = [iomjobs.from_dict(item) for item in json.loads(feed)]
    assert back == notice
    assert closing_soon(back) == closing_soon(notice)


@given(st.from_type(Grade))
def test_grades_print_canonically(grade: Grade) -> None:
    assert Grade.parse(str(grade)) == grade
