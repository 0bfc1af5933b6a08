"""Hypothesis strategies for the test suite: every model, every field filled or not.

They aim at breadth (every optional field both set and unset, every enum
member, awkward text) rather than at realistic notices.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from hypothesis import strategies as st

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
    GradeCategory,
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
    RecruitingType,
    Recruitment,
    Responsibility,
    ResponsibilityGroup,
    SourceLine,
    StartDate,
    SupervisionKind,
    Supervisor,
    VacancyNotice,
)

T = TypeVar("T")

COUNTRY_CODES = ("TT", "AL", "SN", "BB", "XK", "CI", "TR", "TZ", "CH", "PH", "YE", "NG")
LANGUAGE_CODES = ("en", "fr", "es", "sq", "ar", "zh", "ru", "nl", "wo", "prs", "sw")

texts = st.text(max_size=40)
optional_texts = st.none() | texts


def small_tuples(inner: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(inner, max_size=3).map(tuple)


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
levels = st.none() | st.integers(1, 3)
counts = st.none() | st.integers(0, 50)


@st.composite
def grades(draw: st.DrawFn) -> Grade:
    category = draw(st.sampled_from(GradeCategory))
    if not category.levels:
        return Grade(category)
    return Grade(category, draw(st.sampled_from(category.levels)))


countries = st.sampled_from(COUNTRY_CODES).map(Country)
languages = st.sampled_from(LANGUAGE_CODES).map(Language)

language_requirements = st.builds(
    LanguageRequirement,
    language=st.none() | languages,
    proficiency=st.none() | st.sampled_from(Proficiency),
    required=st.booleans(),
    modes=st.lists(st.sampled_from(LanguageMode), max_size=2).map(tuple),
    as_written=optional_texts,
)
duty_stations = st.builds(
    DutyStation,
    city=optional_texts,
    region=optional_texts,
    country=st.none() | countries,
    home_based=st.booleans(),
    as_written=optional_texts,
)
qualification_paths = st.builds(
    QualificationPath,
    degree=st.sampled_from(DegreeLevel),
    fields_of_study=small_tuples(texts),
    min_years=st.none() | st.integers(0, 20),
    as_written=optional_texts,
)
qualifications = st.builds(
    Qualifications,
    education=st.none() | small_tuples(qualification_paths),
    education_notes=small_tuples(texts),
    experience=st.none() | small_tuples(texts),
    skills=st.none() | small_tuples(texts),
)
competency_groups = st.builds(
    CompetencyGroup,
    items=small_tuples(
        st.builds(CompetencyItem, name=texts, description=optional_texts, level=levels)
    ),
    declared_count=counts,
    level=levels,
    note=optional_texts,
)
competencies = st.builds(
    Competencies,
    values=st.none() | competency_groups,
    core=st.none() | competency_groups,
    managerial=st.none() | competency_groups,
    notes=small_tuples(texts),
)
supervisors = st.builds(
    Supervisor,
    kind=st.sampled_from(SupervisionKind),
    title=optional_texts,
    name=optional_texts,
    staff_number=optional_texts,
    as_written=optional_texts,
)
responsibility_groups = st.builds(
    ResponsibilityGroup,
    items=small_tuples(
        st.builds(Responsibility, text=texts, number=st.none() | st.integers(0, 30))
    ),
    heading=optional_texts,
)
positions = st.builds(
    Position,
    title=optional_texts,
    grade=st.none() | grades(),
    duty_stations=small_tuples(duty_stations),
    organizational_unit=optional_texts,
    job_family=optional_texts,
    office_type=st.none() | st.sampled_from(OfficeType),
    position_number=optional_texts,
    rated_on=st.none() | dates,
    recruitment=st.none() | st.sampled_from(Recruitment),
    recruiting_type=st.none() | st.sampled_from(RecruitingType),
    number_of_posts=st.none() | st.integers(1, 10),
    supervisors=small_tuples(supervisors),
    direct_reports=counts,
    responsibilities=small_tuples(responsibility_groups),
    qualifications=qualifications,
    languages=st.none() | small_tuples(language_requirements),
    language_notes=small_tuples(texts),
    competencies=st.none() | competencies,
)


@st.composite
def start_dates(draw: st.DrawFn) -> StartDate:
    date = draw(st.none() | dates)
    asap = draw(st.booleans()) if date is not None else True
    return StartDate(date, as_soon_as_possible=asap)


notices = st.builds(
    VacancyNotice,
    kind=st.none() | st.sampled_from(NoticeKind),
    reference=optional_texts,
    position=positions,
    language=st.none() | languages,
    open_to_external=st.none() | st.booleans(),
    first_tier=st.none()
    | st.builds(
        FirstTier,
        internal=st.booleans(),
        external_women=st.booleans(),
        non_represented_member_states=st.none()
        | small_tuples(st.builds(MemberStateEntry, name=texts, country=st.none() | countries)),
        as_written=optional_texts,
    ),
    appointment=st.none()
    | st.builds(
        Appointment,
        contract_type=st.none() | st.sampled_from(ContractType),
        duration=st.none()
        | st.builds(
            Duration,
            amount=st.integers(1, 36),
            unit=st.sampled_from(DurationUnit),
            up_to=st.booleans(),
        ),
        extendable=st.none() | st.booleans(),
        as_written=optional_texts,
    ),
    posting_period=st.none()
    | st.builds(PostingPeriod, start=st.none() | dates, end=st.none() | dates),
    closing_date=st.none() | dates,
    closing_time=st.none()
    | st.builds(
        ClosingTime,
        time=st.times().map(lambda t: t.replace(microsecond=0)),
        time_zone=st.none() | st.sampled_from(["Europe/Zurich", "UTC", "America/Port_of_Spain"]),
        as_written=optional_texts,
    ),
    start=st.none() | start_dates(),
    context=small_tuples(texts),
    notes=small_tuples(texts),
    how_to_apply=st.none()
    | st.builds(
        HowToApply,
        text=small_tuples(texts),
        email=optional_texts,
        url=optional_texts,
        subject=optional_texts,
        documents=small_tuples(texts),
    ),
    duty_station_nationals_eligible=st.none() | st.booleans(),
    unclassified=small_tuples(st.builds(SourceLine, line=st.integers(1, 10_000), text=texts)),
)
