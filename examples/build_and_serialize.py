"""Build a notice in code, serialize it to JSON, read it back.

Run it with ``python examples/build_and_serialize.py``.
"""

from __future__ import annotations

import datetime as dt

import iomjobs
from iomjobs import (
    Country,
    DegreeLevel,
    DutyStation,
    Grade,
    Language,
    LanguageMode,
    LanguageRequirement,
    NoticeKind,
    Position,
    PostingPeriod,
    Proficiency,
    QualificationPath,
    Qualifications,
    VacancyNotice,
)


def build() -> VacancyNotice:
    """A vacancy notice like the ones IOM's country offices publish."""
    return VacancyNotice(
        kind=NoticeKind.VACANCY_NOTICE,
        reference="VN 021/2025",
        position=Position(
            title="Senior Staff Travel Associate",
            grade=Grade.parse("GS-6"),
            duty_stations=(DutyStation(city="Manila", country=Country.parse("Philippines")),),
            qualifications=Qualifications(
                education=(
                    QualificationPath(DegreeLevel.BACHELOR, min_years=4),
                    QualificationPath(DegreeLevel.SECONDARY, min_years=6),
                ),
            ),
            languages=(
                LanguageRequirement(
                    Language.parse("English"),
                    proficiency=Proficiency.FLUENT,
                    modes=(LanguageMode.ORAL, LanguageMode.WRITTEN),
                ),
                LanguageRequirement(
                    Language.parse("Tagalog"),
                    proficiency=Proficiency.WORKING_KNOWLEDGE,
                    required=False,
                ),
            ),
        ),
        posting_period=PostingPeriod(dt.date(2025, 6, 2), dt.date(2025, 6, 16)),
        closing_date=dt.date(2025, 6, 16),
    )


def main() -> None:
    notice = build()
    data = iomjobs.dumps(notice)
    print(data.decode("utf-8"))
    assert iomjobs.loads(data) == notice
    print(f"{len(data)} bytes; read back equal: True")


if __name__ == "__main__":
    main()
