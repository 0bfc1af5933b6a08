"""Notices rendered in English, French and Spanish: golden files, and the reader reads them back.

Rewrite the golden files after a deliberate change with ``python tests/test_render.py``,
and read them through once before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import InvalidValue, VacancyNotice
from iomjobs.parse import parse_notice
from iomjobs.strategies import notices
from seed_notices import SEED_NOTICES, seed_path

GOLDEN = Path(__file__).parent / "golden" / "render"
LANGS = ("en", "fr", "es")


def golden_path(number: int, lang: str) -> Path:
    return GOLDEN / f"{seed_path(number).stem}.{lang}.md"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_seeds_render_as_their_golden_files(number: int, lang: str) -> None:
    assert iomjobs.render(SEED_NOTICES[number], lang=lang) + "\n" == golden_path(
        number, lang
    ).read_text("utf-8")


def _facts(notice: VacancyNotice) -> dict[str, object]:
    position = notice.position
    quals = position.qualifications
    competencies = position.competencies
    groups = (
        [competencies.values, competencies.core, competencies.managerial] if competencies else []
    )
    return {
        "kind": notice.kind,
        "reference": notice.reference,
        "title": position.title,
        "grade": position.grade,
        "stations": [(s.city, s.country) for s in position.duty_stations],
        "closing": notice.closing_date,
        "period": notice.posting_period,
        "start": notice.start,
        "duties": [(i.text, i.number) for g in position.responsibilities for i in g.items],
        "education": [(p.degree, p.min_years) for p in quals.education or ()],
        "experience": quals.experience,
        "skills": quals.skills,
        "languages": [
            (r.language, r.proficiency, r.required, r.modes) for r in position.languages or ()
        ],
        "competencies": [
            (g.declared_count, g.level, [(i.name, i.description) for i in g.items]) if g else None
            for g in groups
        ],
        "notes": notice.notes,
        "context": notice.context,
        "appointment": (
            (a.contract_type, a.duration, a.extendable) if (a := notice.appointment) else None
        ),
        "closing_time": (
            (notice.closing_time.time, notice.closing_time.time_zone)
            if notice.closing_time and notice.closing_date
            else None
        ),
        "first_tier": (
            (t.internal, t.external_women, t.countries) if (t := notice.first_tier) else None
        ),
    }


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_the_reader_reads_a_rendered_seed_back(number: int, lang: str, fmt: str) -> None:
    notice = SEED_NOTICES[number]
    read = parse_notice(iomjobs.render(notice, lang=lang, format=fmt)).notice
    assert _facts(read) == _facts(notice)


@given(notices(), st.sampled_from(LANGS), st.sampled_from(["markdown", "text"]))
def test_the_reader_reads_any_rendered_notice_back(
    notice: VacancyNotice, lang: str, fmt: str
) -> None:
    """Generated notices, in every language and format, read back to the same facts."""
    read = parse_notice(iomjobs.render(notice, lang=lang, format=fmt)).notice
    assert _facts(read) == _facts(notice)


def test_languages_and_formats_are_checked() -> None:
    with pytest.raises(InvalidValue, match="lang"):
        iomjobs.render(VacancyNotice(), lang="de")
    with pytest.raises(InvalidValue, match="format"):
        iomjobs.render(VacancyNotice(), format="html")


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for number, notice in SEED_NOTICES.items():
        for lang in LANGS:
            golden_path(number, lang).write_text(iomjobs.render(notice, lang=lang) + "\n", "utf-8")
