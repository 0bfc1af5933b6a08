"""The five seed notices of the development corpus, built as objects by hand.

Each object holds the facts ``shared/corpus/EXPECTED.md`` lists for its seed;
long texts (duties, experience, skills) are taken from the fixture file by
line number, so that they are the notice's own words. The mojibake of seed
004 is shown repaired, as a correct reading yields it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from iomjobs import (
    Appointment,
    ClosingTime,
    Competencies,
    CompetencyGroup,
    CompetencyItem,
    ContractType,
    Country,
    DegreeLevel,
    Duration,
    DurationUnit,
    DutyStation,
    FirstTier,
    Grade,
    HowToApply,
    Language,
    LanguageMode,
    LanguageRequirement,
    MemberStateEntry,
    NoticeKind,
    OfficeType,
    Position,
    PostingPeriod,
    Proficiency,
    QualificationPath,
    Qualifications,
    Recruitment,
    Responsibility,
    ResponsibilityGroup,
    StartDate,
    SupervisionKind,
    Supervisor,
    VacancyNotice,
)

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
BOTH_MODES = (LanguageMode.ORAL, LanguageMode.WRITTEN)
_BULLET = re.compile(r"^(?:[-·•]|\d+\.)\s*")


def seed_path(number: int) -> Path:
    (path,) = SEEDS.glob(f"{number:03d}_*.txt")
    return path


def _repair(text: str) -> str:
    # Seed 004 went through a Thai code page: these two stand for ’ and NBSP.
    return text.replace("\u0e42", "\u2019").replace("\u0e22", "\u00a0")


def _clean(line: str) -> str:
    return " ".join(_BULLET.sub("", line.strip()).split())


def lines(number: int, first: int, last: int) -> list[str]:
    """The non-blank lines *first* to *last* (1-based) of a seed, bullets removed."""
    text = _repair(seed_path(number).read_text("utf-8"))
    chosen = text.splitlines()[first - 1 : last]
    return [_clean(line) for line in chosen if line.strip()]


def _competencies(number: int, first: int, last: int) -> tuple[CompetencyItem, ...]:
    items = []
    for line in lines(number, first, last):
        name, _, description = line.partition(":")
        items.append(CompetencyItem(name=name.strip(), description=description.strip()))
    return tuple(items)


def _numbered(texts: list[str], start: int = 1) -> tuple[Responsibility, ...]:
    return tuple(Responsibility(text, number) for number, text in enumerate(texts, start))


def _bullets(texts: list[str]) -> tuple[Responsibility, ...]:
    return tuple(Responsibility(text) for text in texts)


def _lang(
    code: str,
    proficiency: Proficiency | None,
    *,
    required: bool = True,
    oral_and_written: bool = True,
) -> LanguageRequirement:
    return LanguageRequirement(
        Language(code),
        proficiency=proficiency,
        required=required,
        modes=BOTH_MODES if oral_and_written else (),
    )


# --- 000: post description, tab-indented form --------------------------------

SEED_000 = VacancyNotice(
    kind=NoticeKind.POST_DESCRIPTION,
    language=Language("en"),
    context=tuple(lines(0, 38, 41)),
    position=Position(
        title="Senior Project Assistant",
        grade=Grade.parse("G7"),
        duty_stations=(
            DutyStation(
                city="Port of Span",
                country=Country("TT"),
                as_written="Port of Span, Trinidad and Tobago",
            ),
        ),
        position_number="New",
        job_family="Migration",
        organizational_unit="10003104",
        office_type=OfficeType.COUNTRY_OFFICE,
        rated_on=dt.date(2022, 3, 29),
        supervisors=(
            Supervisor(
                kind=SupervisionKind.ADMINISTRATIVE,
                name="Mrs Jewel ALI",
                staff_number="20069753",
                as_written="20069753 (Mrs Jewel ALI) – administrative supervisor",
            ),
            Supervisor(
                kind=SupervisionKind.DIRECT,
                name="Ms Livia MANENTE",
                staff_number="20087786",
                as_written="20087786 (Ms Livia MANENTE) – direct supervisor",
            ),
        ),
        direct_reports=0,
        responsibilities=(
            ResponsibilityGroup(heading="Coordination", items=_numbered(lines(0, 48, 62))),
            ResponsibilityGroup(heading="Reporting", items=_numbered(lines(0, 66, 80), 9)),
        ),
        qualifications=Qualifications(
            education=(
                QualificationPath(
                    DegreeLevel.BACHELOR,
                    fields_of_study=(
                        "Social/Political Sciences",
                        "Business Administration",
                        "International Relations",
                        "International Development",
                    ),
                    min_years=5,
                    as_written=lines(0, 89, 89)[0],
                ),
                QualificationPath(
                    DegreeLevel.SECONDARY, min_years=7, as_written=lines(0, 90, 90)[0]
                ),
            ),
            experience=tuple(lines(0, 98, 101)),
            skills=(),
        ),
        languages=(
            _lang("en", Proficiency.FLUENT),
            _lang("es", Proficiency.FLUENT),
        ),
        competencies=Competencies(
            values=CompetencyGroup(items=_competencies(0, 124, 126), declared_count=3),
            core=CompetencyGroup(items=_competencies(0, 130, 134)),
        ),
    ),
)

# --- 001: published vacancy, flowing text ------------------------------------

NMS_001 = (
    ("Antigua and Barbuda", "AG"), ("Bahamas", "BS"), ("Barbados", "BB"), ("Comoros", "KM"),
    ("Congo (the)", "CG"), ("Cook Islands", "CK"), ("Dominica", "DM"),
    ("Federated States of Micronesia", "FM"), ("Grenada", "GD"), ("Guinea-Bissau", "GW"),
    ("Holy See", "VA"), ("Iceland", "IS"), ("Israel", "IL"), ("Kiribati", "KI"),
    ("Lao People's Democratic Republic", "LA"), ("Madagascar", "MG"),
    ("Marshall Islands", "MH"), ("Namibia", "NA"), ("Nauru", "NR"), ("Palau", "PW"),
    ("Saint Kitts and Nevis", "KN"), ("Saint Lucia", "LC"), ("Samoa", "WS"),
    ("Sao Tome and Principe", "ST"), ("Solomon Islands", "SB"), ("Suriname", "SR"),
    ("Tonga", "TO"), ("Tuvalu", "TV"), ("Vanuatu", "VU"),
)  # fmt: skip

MASTERS_FIELDS_001 = (
    "International Relations",
    "Political Science",
    "Humanitarian Affairs",
    "Economic Development",
    "Business or Public Administration",
    "International Studies",
)

SEED_001 = VacancyNotice(
    kind=NoticeKind.VACANCY_NOTICE,
    language=Language("en"),
    open_to_external=True,
    first_tier=FirstTier(
        internal=True,
        non_represented_member_states=tuple(
            MemberStateEntry(name, Country(code)) for name, code in NMS_001
        ),
        as_written=lines(1, 4, 4)[0],
    ),
    closing_time=ClosingTime(
        time=dt.time(23, 59),
        time_zone="Europe/Zurich",
        as_written="Vacancies close at 23:59 local time Geneva, Switzerland on the respective "
        "closing date.",
    ),
    duty_station_nationals_eligible=False,
    context=(*lines(1, 2, 3), *lines(1, 11, 14)),
    notes=tuple(lines(1, 75, 86)),
    position=Position(
        title="Project Officer",
        recruitment=Recruitment.INTERNATIONAL,
        supervisors=(
            Supervisor(
                kind=SupervisionKind.DIRECT,
                # Where the supervisor sits is no part of the post: the sentence,
                # kept in the context, says it.
                title="Chief of Mission (COM) of the Caribbean Country Office with "
                "Coordination Functions",
            ),
        ),
        responsibilities=(ResponsibilityGroup(items=_bullets(lines(1, 15, 27))),),
        qualifications=Qualifications(
            education=(
                QualificationPath(
                    DegreeLevel.MASTER,
                    fields_of_study=MASTERS_FIELDS_001,
                    min_years=2,
                    as_written=lines(1, 30, 30)[0],
                ),
                QualificationPath(
                    DegreeLevel.BACHELOR,
                    fields_of_study=MASTERS_FIELDS_001,
                    min_years=4,
                    as_written=lines(1, 31, 31)[0],
                ),
            ),
            experience=tuple(lines(1, 33, 36)),
            skills=tuple(lines(1, 38, 49)),
        ),
        languages=(
            _lang("en", Proficiency.FLUENT),
            *(
                _lang(code, Proficiency.WORKING_KNOWLEDGE, required=False, oral_and_written=False)
                for code in ("ar", "zh", "fr", "ru", "es", "nl")
            ),
        ),
        language_notes=(*lines(1, 51, 51), *lines(1, 53, 53)),
        competencies=Competencies(
            values=CompetencyGroup(items=_competencies(1, 57, 61), declared_count=5),
            core=CompetencyGroup(items=_competencies(1, 63, 67), level=2),
            managerial=CompetencyGroup(items=_competencies(1, 69, 73), level=2),
            notes=tuple(lines(1, 55, 55)),
        ),
    ),
)

# --- 002: vacancy notice with a markdown header block ------------------------

# Item 4 continues after a page break whose first line starts with "- ".
_RESPONSIBILITIES_002 = lines(2, 33, 49)
_RESPONSIBILITIES_002[3:5] = [f"{_RESPONSIBILITIES_002[3]} {_RESPONSIBILITIES_002[4]}"]

# A page break splits the second paragraph of the context in two.
_CONTEXT_002 = lines(2, 17, 17) + lines(2, 23, 29)
_CONTEXT_002[2:4] = [f"{_CONTEXT_002[2]} {_CONTEXT_002[3]}"]

SEED_002 = VacancyNotice(
    kind=NoticeKind.VACANCY_NOTICE,
    reference="2024-07",
    language=Language("en"),
    open_to_external=True,
    first_tier=FirstTier(internal=True, as_written=lines(2, 19, 19)[0]),
    appointment=Appointment(
        contract_type=ContractType.FIXED_TERM,
        duration=Duration(1, DurationUnit.YEARS),
        extendable=True,
        as_written="One Year Fixed Term graded, 1 (one) year with possibility of extension.",
    ),
    start=StartDate(dt.date(2024, 3, 15)),
    closing_date=dt.date(2024, 2, 20),
    posting_period=PostingPeriod(dt.date(2024, 2, 6), dt.date(2024, 2, 20)),
    context=tuple(_CONTEXT_002),
    notes=tuple(lines(2, 105, 107)),
    how_to_apply=HowToApply(
        text=tuple(lines(2, 111, 123)),
        email="HumanResourcesTirana@iom.int",
        url="https://albania.iom.int",
        subject="Vacancy Notice Number (2024-07); Senior Project Assistant (Inclusion and AAP)",
        documents=tuple(lines(2, 113, 115)),
    ),
    position=Position(
        title="Senior Project Assistant (Inclusion and AAP)",
        grade=Grade.parse("General Service Staff, Grade 6"),
        duty_stations=(
            DutyStation(city="Shengjin", country=Country("AL"), as_written="Shengjin, Albania"),
        ),
        supervisors=(
            Supervisor(kind=SupervisionKind.OVERALL, title="IOM Head of Office"),
            Supervisor(kind=SupervisionKind.DIRECT, title="Project Coordinator"),
        ),
        responsibilities=(ResponsibilityGroup(items=_numbered(_RESPONSIBILITIES_002)),),
        qualifications=Qualifications(
            education=(
                QualificationPath(
                    DegreeLevel.BACHELOR,
                    fields_of_study=("international relations", "political science"),
                    min_years=4,
                    as_written=lines(2, 55, 55)[0],
                ),
                QualificationPath(
                    DegreeLevel.SECONDARY, min_years=6, as_written=lines(2, 56, 56)[0]
                ),
            ),
            experience=tuple(lines(2, 60, 66)),
            skills=tuple(lines(2, 70, 74)),
        ),
        languages=(_lang("en", Proficiency.FLUENT), _lang("sq", Proficiency.FLUENT)),
        competencies=Competencies(
            values=CompetencyGroup(items=_competencies(2, 88, 92), declared_count=5),
            core=CompetencyGroup(items=_competencies(2, 96, 101), level=2),
        ),
    ),
)

# --- 003: vacancy notice body, headings run into the text --------------------

_CORE_003 = (
    ("Teamwork", "Develops and promotes effective collaboration within and across units "
     "to achieve shared goals and optimize results."),
    ("Delivering results", "Produces and delivers quality results in a service-oriented and "
     "timely manner. Is action oriented and committed to achieving agreed outcomes."),
    ("Managing and sharing knowledge", "Continuously seeks to learn, share knowledge and innovate."),
    ("Accountability", "Takes ownership for achieving the Organization’s priorities and assumes "
     "responsibility for own actions and delegated work."),
    ("Communication", "Encourages and contributes to clear and open communication. Explains "
     "complex matters in an informative, inspiring and motivational way."),
)  # fmt: skip
_MANAGERIAL_003 = (
    ("Leadership", "Provides a clear sense of direction, leads by example and demonstrates the "
     "ability to carry out the Organization’s vision. Assists others to realize and develop "
     "their leadership and professional potential."),
    ("Empowering others", "Creates an enabling environment where staff can contribute their best "
     "and develop their potential."),
    ("Building Trust", "Promotes shared values and creates an atmosphere of trust and honesty."),
    ("Strategic thinking and vision", "Works strategically to realize the Organization’s goals "
     "and communicates a clear strategic direction."),
    ("Humility", "Leads with humility and shows openness to acknowledging own shortcomings."),
)  # fmt: skip
# Headings run into the text: "...within the Unit. Education".
_RESPONSIBILITIES_003 = lines(3, 9, 19)
_RESPONSIBILITIES_003[-1] = _RESPONSIBILITIES_003[-1].removesuffix(" Education")
_VALUES_003 = (
    *_competencies(3, 27, 30),
    CompetencyItem(
        "Empathy",
        "Shows compassion for others, makes people feel safe, respected and fairly treated.",
    ),
)

SEED_003 = VacancyNotice(
    kind=NoticeKind.VACANCY_NOTICE,
    language=Language("en"),
    open_to_external=True,
    first_tier=FirstTier(internal=True, as_written=lines(3, 1, 1)[0]),
    context=tuple(lines(3, 3, 8)),
    notes=tuple(lines(3, 35, 35)),
    position=Position(
        title="Reintegration Assistant",
        recruitment=Recruitment.LOCAL,
        duty_stations=(DutyStation(city="Dakar", country=Country("SN")),),
        supervisors=(
            Supervisor(kind=SupervisionKind.OVERALL, title="Field Officer"),
            Supervisor(kind=SupervisionKind.DIRECT, title="Senior Project Assistant"),
        ),
        responsibilities=(ResponsibilityGroup(items=_bullets(_RESPONSIBILITIES_003)),),
        qualifications=Qualifications(
            education=(
                QualificationPath(
                    DegreeLevel.BACHELOR,
                    fields_of_study=("law", "sociology"),
                    min_years=3,
                    as_written=lines(3, 20, 20)[0],
                ),
                QualificationPath(
                    DegreeLevel.SECONDARY,
                    min_years=5,
                    as_written="Certificate of completion of secondary education and five (5) "
                    "years of professional experience in related fields.",
                ),
            ),
            education_notes=(
                "Accredited Universities are those listed in the UNESCO World Higher "
                "Education Database.",
            ),
            experience=(
                "Experience in effectively assisting actions with other implementing partners.",
                *lines(3, 22, 23),
                "Good knowledge of information technology and proficiency in Microsoft Office "
                "applications, including Excel, Word, PowerPoint, Publisher and SharePoint.",
            ),
            skills=(
                "Excellent skills in managing vulnerable cases, especially people on the move",
            ),
        ),
        languages=(
            LanguageRequirement(Language("fr"), proficiency=Proficiency.FLUENT),
            LanguageRequirement(
                None, proficiency=Proficiency.FLUENT, as_written="the local language"
            ),
            LanguageRequirement(
                Language("en"), proficiency=Proficiency.WORKING_KNOWLEDGE, modes=BOTH_MODES
            ),
        ),
        # The run-in section's sentences besides the requirements, in one line.
        language_notes=(
            "IOM’s official languages are English, French and Spanish. Proficiency of "
            "language(s) required will be specifically evaluated during the selection "
            "process, which may include written and/or oral assessments.",
        ),
        competencies=Competencies(
            values=CompetencyGroup(items=_VALUES_003, declared_count=3),
            core=CompetencyGroup(
                items=tuple(CompetencyItem(name, description) for name, description in _CORE_003),
                level=1,
            ),
            managerial=CompetencyGroup(
                items=tuple(
                    CompetencyItem(name, description) for name, description in _MANAGERIAL_003
                ),
                level=1,
                note="applicable only if position is with direct reports",
            ),
            notes=(
                "IOM’s competency framework can be found at this link. Competencies will be "
                "assessed during the selection process.",
            ),
        ),
    ),
)

# --- 004: UTF-8 that went through a Thai code page ---------------------------

_RESPONSIBILITIES_004 = lines(4, 3, 16)
_RESPONSIBILITIES_004[7:9] = [f"{_RESPONSIBILITIES_004[7]} {_RESPONSIBILITIES_004[8]}"]
_RESPONSIBILITIES_004[11] = _RESPONSIBILITIES_004[11].removesuffix("\\\\")

SEED_004 = VacancyNotice(
    language=Language("en"),
    context=tuple(lines(4, 1, 2)),
    position=Position(
        title="Movement Operations Associate",
        supervisors=(
            Supervisor(kind=SupervisionKind.OVERALL, title="Head of Programmes"),
            Supervisor(kind=SupervisionKind.DIRECT, title="National Protection Officer"),
        ),
        responsibilities=(ResponsibilityGroup(items=_bullets(_RESPONSIBILITIES_004)),),
        qualifications=Qualifications(
            education=(
                QualificationPath(
                    DegreeLevel.SECONDARY, min_years=5, as_written=lines(4, 19, 19)[0]
                ),
                QualificationPath(
                    DegreeLevel.BACHELOR,
                    fields_of_study=(
                        "Social Science",
                        "International Relations",
                        "Regional Studies",
                    ),
                    min_years=3,
                    as_written=lines(4, 20, 20)[0],
                ),
            ),
            experience=tuple(lines(4, 22, 27)),
            skills=tuple(lines(4, 29, 32)),
        ),
    ),
)

SEED_NOTICES = {0: SEED_000, 1: SEED_001, 2: SEED_002, 3: SEED_003, 4: SEED_004}

EXAMPLES = Path(__file__).parents[1] / "examples" / "json"


def example_path(number: int) -> Path:
    return EXAMPLES / f"{seed_path(number).stem}.json"


def example_json(notice: VacancyNotice) -> str:
    """The notice as the examples hold it: the canonical JSON, indented for reading."""
    import json  # noqa: PLC0415

    import iomjobs  # noqa: PLC0415

    return json.dumps(iomjobs.to_dict(notice), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    # Rewrite examples/notices/ from the objects above: python tests/seed_notices.py
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    for number, notice in SEED_NOTICES.items():
        example_path(number).write_text(example_json(notice), "utf-8")
