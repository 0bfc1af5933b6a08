"""The seed notices built by hand hold the facts of EXPECTED.md, in the notices' own words."""

from __future__ import annotations

import re

import pytest

from iomjobs import (
    CompetencyKind,
    DegreeLevel,
    Grade,
    GradeCategory,
    NoticeKind,
    Proficiency,
    VacancyNotice,
)
from iomjobs.reference import framework
from seed_notices import SEED_NOTICES, seed_path

_BULLET = re.compile(r"(?m)^\s*(?:[-·•]|\d+\.)\s*")


def _flat(text: str) -> str:
    text = text.replace("\u0e42", "\u2019").replace("\u0e22", " ")
    return " ".join(_BULLET.sub(" ", text).split())


def _texts(notice: VacancyNotice) -> list[str]:
    position = notice.position
    quals = position.qualifications
    found = [*notice.context, *notice.notes]
    found += [item.text for group in position.responsibilities for item in group.items]
    found += [*(quals.experience or ()), *(quals.skills or ()), *quals.education_notes]
    found += [path.as_written for path in quals.education or () if path.as_written]
    found += position.language_notes
    competencies = position.competencies
    if competencies is not None:
        found += competencies.notes
        for group in (competencies.values, competencies.core, competencies.managerial):
            for item in group.items if group else ():
                found.append(f"{item.name}: {item.description}")
    if notice.how_to_apply is not None:
        found += notice.how_to_apply.text
    return found


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_texts_are_the_notices_own_words(number: int) -> None:
    """Every text the object holds stands in the seed file (bullets and spacing aside)."""
    source = _flat(seed_path(number).read_text("utf-8"))
    for text in _texts(SEED_NOTICES[number]):
        assert _flat(text) in source, text[:60]


def _counts(notice: VacancyNotice) -> tuple[int | None, ...]:
    competencies = notice.position.competencies
    assert competencies is not None
    values = competencies.values
    assert values is not None
    return (values.declared_count, len(values.items))


def test_seed_000_post_description() -> None:
    notice = SEED_NOTICES[0]
    position = notice.position
    assert notice.kind is NoticeKind.POST_DESCRIPTION
    assert notice.reference is None
    assert notice.closing_date is None
    assert position.grade == Grade(GradeCategory.GENERAL_SERVICE, 7)
    assert [(s.city, str(s.country)) for s in position.duty_stations] == [("Port of Span", "TT")]
    assert [len(group.items) for group in position.responsibilities] == [8, 8]
    assert [group.heading for group in position.responsibilities] == ["Coordination", "Reporting"]
    assert [item.number for group in position.responsibilities for item in group.items] == list(
        range(1, 17)
    )
    assert position.direct_reports == 0
    assert position.qualifications.skills == ()
    assert [(p.degree, p.min_years) for p in position.qualifications.education or ()] == [
        (DegreeLevel.BACHELOR, 5),
        (DegreeLevel.SECONDARY, 7),
    ]
    assert _counts(notice) == (3, 3)
    edition = framework("2018")
    competencies = position.competencies
    assert competencies is not None
    assert competencies.values is not None
    assert all(edition.lookup(i.name, CompetencyKind.VALUE) for i in competencies.values.items)
    assert competencies.core is not None
    assert competencies.core.level is None
    assert competencies.managerial is None


def test_seed_001_flowing_vacancy() -> None:
    notice = SEED_NOTICES[1]
    assert notice.position.grade is None
    assert notice.position.duty_stations == ()
    assert notice.first_tier is not None
    assert len(notice.first_tier.countries) == 29
    assert len(notice.position.responsibilities[0].items) == 13
    languages = notice.position.languages or ()
    assert [(str(r.language), r.required) for r in languages][:2] == [("en", True), ("ar", False)]
    assert _counts(notice) == (5, 5)
    competencies = notice.position.competencies
    assert competencies is not None
    assert competencies.managerial is not None
    assert len(competencies.managerial.items) == 5


def test_seed_002_markdown_header() -> None:
    notice = SEED_NOTICES[2]
    assert notice.reference == "2024-07"
    assert str(notice.position.grade) == "G6"
    assert notice.posting_period is not None
    assert notice.posting_period.end == notice.closing_date
    assert notice.start is not None
    assert notice.start.date is not None
    assert notice.closing_date is not None
    assert notice.start.date > notice.closing_date
    assert len(notice.position.responsibilities[0].items) == 14
    assert notice.how_to_apply is not None
    assert notice.how_to_apply.email == "HumanResourcesTirana@iom.int"
    assert len(notice.how_to_apply.documents) == 3


def test_seed_003_run_in_headings() -> None:
    notice = SEED_NOTICES[3]
    assert _counts(notice) == (3, 5)  # the error the validators must find
    languages = notice.position.languages or ()
    assert [r.is_resolved for r in languages] == [True, False, True]
    assert languages[1].as_written == "the local language"
    assert languages[0].proficiency is Proficiency.FLUENT


def test_seed_004_mojibake_repaired() -> None:
    notice = SEED_NOTICES[4]
    assert notice.position.languages is None
    assert notice.position.competencies is None
    items = notice.position.responsibilities[0].items
    assert len(items) == 13
    assert not any("\u0e42" in item.text or "\u0e22" in item.text for item in items)
    assert any("IOM’s" in item.text for item in items)
