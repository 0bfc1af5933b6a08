"""Hypothesis strategies for notices that look like real ones, for other projects' tests.

Requires the ``hypothesis`` extra: ``pip install "iomjobs[hypothesis]"``.

The generated notices are realistic: real grades with the education pattern
of their grade, real duty stations in real countries, real language codes,
the competency framework edition in force on the notice's date.

- ``notices()`` (``consistent=True``) generates notices on which
  :func:`iomjobs.validate` reports no error;
- ``notices(violating="DAT002")`` generates notices that break that one rule
  and no other error rule (see :data:`NOT_GENERATABLE` for the rules where
  that cannot be done);
- ``notices(consistent=False)`` generates anything the model can hold.

>>> from hypothesis import given
>>> import iomjobs
>>> from iomjobs.strategies import notices
>>> @given(notices())
... def test_no_error(notice):
...     assert not iomjobs.validate(notice).has_errors
>>> test_no_error()

With the ``hypothesis`` extra installed, ``st.from_type(VacancyNotice)`` and
``st.from_type(Grade)`` resolve to these strategies with no import of this
module (through Hypothesis's entry point).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Collection
from decimal import Decimal
from typing import Any, Final

import attrs
from hypothesis import strategies as st

from iomjobs.model.competency import (
    Competencies,
    CompetencyDefinition,
    CompetencyFramework,
    CompetencyGroup,
    CompetencyItem,
)
from iomjobs.model.grade import Grade, GradeCategory
from iomjobs.model.language import Language, LanguageMode, LanguageRequirement, Proficiency
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ConsultancyCategory,
    ContractType,
    Duration,
    DurationUnit,
    FirstTier,
    HowToApply,
    MemberStateEntry,
    NoticeKind,
    PostingPeriod,
    SourceLine,
    StartDate,
    VacancyNotice,
)
from iomjobs.model.pay import Currency, PayBasis, PayPeriod, Salary
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import (
    Position,
    RecruitingType,
    Recruitment,
    Responsibility,
    ResponsibilityGroup,
    SupervisionKind,
    Supervisor,
)
from iomjobs.model.qualification import DegreeLevel, QualificationPath, Qualifications

__all__ = [
    "DUTY_STATIONS",
    "DUTY_STATION_REGIONS",
    "NOT_GENERATABLE",
    "countries",
    "currencies",
    "duty_stations",
    "grades",
    "language_requirements",
    "PostedNotice",
    "RenderedNotice",
    "appointments",
    "closing_times",
    "competencies",
    "competency_definitions",
    "competency_frameworks",
    "competency_groups",
    "competency_items",
    "durations",
    "first_tiers",
    "how_to_apply",
    "job_postings",
    "member_state_entries",
    "languages",
    "notice_texts",
    "notices",
    "positions",
    "posting_periods",
    "qualification_path",
    "qualification_paths",
    "qualifications",
    "responsibilities",
    "responsibility_groups",
    "salaries",
    "source_lines",
    "start_dates",
    "supervisors",
    "register_type_strategies",
]

# Duty stations that IOM notices name (shared/reference/iom-domain.md, appendix A).
DUTY_STATIONS: tuple[tuple[str, str], ...] = (
    ("Geneva", "CH"), ("Port of Spain", "TT"), ("Tirana", "AL"), ("Shëngjin", "AL"),
    ("Dakar", "SN"), ("Bridgetown", "BB"), ("Manila", "PH"), ("Aden", "YE"),
    ("Maiduguri", "NG"), ("Arusha", "TZ"), ("Abidjan", "CI"), ("Bissau", "GW"),
    ("Nairobi", "KE"), ("Bangkok", "TH"), ("Kabul", "AF"), ("Algiers", "DZ"),
    ("Addis Ababa", "ET"), ("Rome", "IT"), ("Nouakchott", "MR"), ("Bamako", "ML"),
)  # fmt: skip
"""(city, country) pairs the generated duty stations are drawn from."""

DUTY_STATION_REGIONS: dict[str, str] = {
    "Maiduguri": "Borno State", "Arusha": "Arusha Region", "Kabul": "Kabul Province",
    "Aden": "Aden Governorate", "Shëngjin": "Lezhë County",
}  # fmt: skip
"""The regions some of :data:`DUTY_STATIONS`' cities are written with, as notices name them."""

# What a consistent notice has that a rule's failing example must not: the
# rules about something missing need it taken away.
_TAKE_AWAY: dict[str, tuple[str, ...]] = {
    "CMP004": ("position.competencies",),
    "DAT006": ("closing_date", "posting_period"),
    "LNG001": ("position.languages",),
    "PLC001": ("position.duty_stations",),
    "QUA004": ("position.qualifications",),
    "QUA005": ("position.grade",),
}

NOT_GENERATABLE: dict[str, str] = {
    "TXT001": "it reports repairs made while reading text, which a notice built in memory has not",
    "TXT006": "it reports the reader's doubts, which a notice built in memory has not",
}
"""Rule codes ``notices(violating=...)`` cannot generate, and why."""

_TITLES = {
    GradeCategory.GENERAL_SERVICE: (
        "Project Assistant", "Senior Project Assistant", "Reintegration Assistant",
        "Movement Operations Associate", "Finance Assistant", "Senior Protocol Assistant",
    ),
    GradeCategory.NATIONAL_OFFICER: ("National Project Officer", "National Programme Officer"),
    GradeCategory.PROFESSIONAL: (
        "Project Officer", "Programme Officer (Labour Migration)", "Finance Officer",
        "Regional Ethics and Integrity Officer", "Chief, Ethics and Conduct Unit",
    ),
    GradeCategory.DIRECTOR: ("Chief of Mission",),
    GradeCategory.UNGRADED: ("Programme Support Officer",),
    GradeCategory.OTHER: ("Consultant, Final Evaluation",),
}  # fmt: skip
# The recruiting type of each category's posts; ungraded ones are recruited as professionals.
_RECRUITING_TYPES = {
    GradeCategory.GENERAL_SERVICE: RecruitingType.GENERAL_SERVICE,
    GradeCategory.NATIONAL_OFFICER: RecruitingType.NATIONAL_OFFICER,
    GradeCategory.PROFESSIONAL: RecruitingType.PROFESSIONAL,
    GradeCategory.DIRECTOR: RecruitingType.DIRECTOR,
    GradeCategory.UNGRADED: RecruitingType.PROFESSIONAL,
}
_DUTIES = (
    "Coordinate the implementation of the project in line with IOM's policies.",
    "Draft progress reports for donors and partners.",
    "Support the monitoring and evaluation of project activities.",
    "Liaise with government counterparts, UN agencies and partners.",
    "Organize trainings and workshops for stakeholders.",
    "Perform such other duties as may be assigned.",
)
_SKILLS = (
    "Strong interpersonal and communication skills.",
    "Attention to detail and ability to organise.",
    "Computer literate with good knowledge of Microsoft Office.",
)
# The day whose legal tender a country's local staff are paid in: fixed, so that
# the same seed draws the same notices whatever CLDR later records.
_PAY_DAY = dt.date(2026, 1, 1)


@functools.cache
def _local_currency(country: str) -> str:
    """What *country* pays its local staff in: its first legal tender on :data:`_PAY_DAY` (CLDR)."""
    from babel.numbers import get_territory_currencies  # noqa: PLC0415

    return str(get_territory_currencies(country, _PAY_DAY)[0])


_NMS = ("IS", "PW", "TO", "VU", "KI", "NR", "MH", "KM", "GW", "ST", "WS", "SR")


def __dir__() -> list[str]:
    return __all__


def grades(*, categories: Collection[GradeCategory] | None = None) -> st.SearchStrategy[Grade]:
    """Grades of *categories* (all by default), shrinking towards the first level of the first."""
    chosen = tuple(categories) if categories is not None else tuple(GradeCategory)
    options = [
        Grade(category, level) for category in chosen for level in (category.levels or [None])
    ]
    return st.sampled_from(options)


def countries(*, codes: Collection[str] | None = None) -> st.SearchStrategy[Country]:
    """Countries by their ISO 3166-1 code; by default those of :data:`DUTY_STATIONS` and ``XK``."""
    chosen = sorted(codes) if codes is not None else sorted({c for _, c in DUTY_STATIONS} | {"XK"})
    return st.sampled_from(chosen).map(Country)


def languages(*, codes: Collection[str] | None = None) -> st.SearchStrategy[Language]:
    """Languages by their ISO 639 code; by default IOM's and the UN's, and a few local ones."""
    default = ("en", "fr", "es", "ar", "zh", "ru", "pt", "sq", "wo", "sw", "prs", "tl")
    return st.sampled_from(sorted(codes) if codes is not None else default).map(Language)


def currencies(*, codes: Collection[str] | None = None) -> st.SearchStrategy[Currency]:
    """ISO 4217 currencies: the dollar and those of :data:`DUTY_STATIONS`' countries, or *codes*."""
    local = {_local_currency(country) for _, country in DUTY_STATIONS}
    chosen = sorted(codes if codes is not None else {"USD", *local})
    return st.sampled_from(chosen).map(Currency)


def salaries(*, currency: Currency | None = None) -> st.SearchStrategy[Salary]:
    """Pay as notices state it: whole amounts or with cents, now and then a range, any period.

    Its basis (gross, net, all inclusive) stated now and then.
    """
    amounts = st.integers(100, 900_000).map(Decimal) | st.decimals(
        min_value=100, max_value=99_999, places=2
    )
    return st.builds(
        _salary,
        amounts,
        currencies() if currency is None else st.just(currency),
        st.none() | st.sampled_from(PayPeriod),
        st.none() | st.integers(1, 50),
        st.none() | st.sampled_from(PayBasis),
    )


def _salary(
    amount: Decimal,
    currency: Currency,
    period: PayPeriod | None,
    more: int | None,
    basis: PayBasis | None,
) -> Salary:
    maximum = amount + 100 * more if more is not None else None
    return Salary(amount, currency, period, maximum=maximum, basis=basis)


def duty_stations() -> st.SearchStrategy[DutyStation]:
    """A real duty station: a city IOM posts to, in its country, sometimes with its region.

    Of twelve, two are the country alone, as calls for several places in it
    write their station ("Locations: Republic of Moldova", "Lieu : Tchad"),
    and two home-based, in the city or in the country ("Home-based, Senegal").
    """
    return st.builds(_station, st.sampled_from(DUTY_STATIONS), st.integers(0, 11))


def _station(pair: tuple[str, str], form: int) -> DutyStation:
    """The station of *pair* in one of twelve forms (see :func:`duty_stations`)."""
    city, country = pair
    if form >= _HOME_FORMS:
        return DutyStation(
            city=city if form == _HOME_FORMS else None, country=Country(country), home_based=True
        )
    if form >= _COUNTRY_FORMS:
        # None of DUTY_STATIONS' countries has a capital bearing its name
        # ("Djibouti"), which a country alone would be read as.
        return DutyStation(country=Country(country))
    region = DUTY_STATION_REGIONS.get(city) if form % 2 else None
    return DutyStation(city=city, region=region, country=Country(country))


# The forms of _station from which the station is the country alone, and home-based.
_COUNTRY_FORMS: Final = 8
_HOME_FORMS: Final = 10


def language_requirements(
    *, codes: Collection[str] | None = None
) -> st.SearchStrategy[LanguageRequirement]:
    """A language requirement as notices state them."""
    return st.builds(
        LanguageRequirement,
        languages(codes=codes),
        proficiency=st.sampled_from(Proficiency),
        required=st.booleans(),
        modes=st.sampled_from([(), (LanguageMode.ORAL, LanguageMode.WRITTEN)]),
    )


def qualification_paths(
    grade: Grade | None = None,
) -> st.SearchStrategy[tuple[QualificationPath, ...]]:
    """The education alternatives of *grade*'s usual pattern (any grade's by default)."""
    if grade is None:
        return grades(categories=_GRADED).flatmap(qualification_paths)
    return st.just(_paths_for(grade))


_GRADED = (
    GradeCategory.GENERAL_SERVICE,
    GradeCategory.NATIONAL_OFFICER,
    GradeCategory.PROFESSIONAL,
    GradeCategory.DIRECTOR,
)


def _paths_for(grade: Grade) -> tuple[QualificationPath, ...]:
    from iomjobs.reference.grades import grade_minima  # noqa: PLC0415

    minima = grade_minima()
    paths = []
    for degree in (DegreeLevel.MASTER, DegreeLevel.BACHELOR, DegreeLevel.SECONDARY):
        usual = minima.years(grade, degree)
        if usual is not None:
            # Fields of study go with university degrees, not with secondary school.
            fields = ("International Relations",) if degree is not DegreeLevel.SECONDARY else ()
            paths.append(QualificationPath(degree, fields, usual[0]))
    if not paths:
        paths.append(QualificationPath(DegreeLevel.MASTER, ("Law",), 15))
    return tuple(paths)


def durations() -> st.SearchStrategy[Duration]:
    """Contract lengths as notices give them: "1 year", "up to 9 months", "60 days"."""
    return st.one_of(
        st.just(Duration(1, DurationUnit.YEARS)),
        st.integers(3, 11).map(lambda months: Duration(months, DurationUnit.MONTHS)),
        st.sampled_from([6, 9]).map(lambda m: Duration(m, DurationUnit.MONTHS, up_to=True)),
        st.integers(10, 90).map(lambda days: Duration(days, DurationUnit.WORKING_DAYS)),
    )


def appointments() -> st.SearchStrategy[Appointment]:
    """An appointment: a contract, its usual length, extendable or not; a consultancy's category."""
    return st.builds(
        Appointment,
        st.sampled_from(ContractType),
        st.none() | durations(),
        st.none() | st.booleans(),
        consultancy_category=st.none() | st.sampled_from(ConsultancyCategory),
    ).map(_category_of_consultancies)


def _category_of_consultancies(appointment: Appointment) -> Appointment:
    # Only a consultancy has a category: "Consultancy, Category B".
    if appointment.contract_type is ContractType.CONSULTANCY:
        return appointment
    return attrs.evolve(appointment, consultancy_category=None)


def posting_periods() -> st.SearchStrategy[PostingPeriod]:
    """Two weeks of publication, as IOM posts its vacancies."""
    return st.dates(dt.date(2019, 1, 1), dt.date(2026, 11, 30)).map(
        lambda start: PostingPeriod(start, start + dt.timedelta(days=14))
    )


def start_dates() -> st.SearchStrategy[StartDate]:
    """An estimated start: a date or a month, "as soon as possible", or "to be determined"."""
    return st.one_of(
        st.dates(dt.date(2019, 1, 1), dt.date(2027, 6, 30)).map(StartDate),
        st.dates(dt.date(2019, 1, 1), dt.date(2027, 6, 30)).map(
            lambda day: StartDate(day.replace(day=1), month_only=True)
        ),
        st.just(StartDate(as_soon_as_possible=True)),
        st.just(StartDate(to_be_determined=True)),
    )


def closing_times() -> st.SearchStrategy[ClosingTime]:
    """The hour applications close: mostly 23:59 Geneva time, as IOM's notices give it.

    Otherwise an hour in a zone notices name otherwise ("17:00 (Nairobi
    time)", "11:59 PM EAT", which is ``Etc/GMT-3``), in UTC, or in none.
    """
    return st.one_of(
        st.just(ClosingTime(dt.time(23, 59), "Europe/Zurich")),
        st.builds(
            ClosingTime,
            st.sampled_from([dt.time(23, 59), dt.time(17, 0), dt.time(15, 59)]),
            st.sampled_from([None, *_CLOSING_ZONES]),
        ),
    )


# Zones closing hours are given in: UTC, offsets ("GMT+3", "EAT"), places' times.
_CLOSING_ZONES = ("UTC", "Etc/GMT-3", "Etc/GMT+5", "Africa/Nairobi", "America/Panama")


def supervisors() -> st.SearchStrategy[Supervisor]:
    """A supervisor by post and role."""
    return st.builds(
        Supervisor,
        st.sampled_from(
            [SupervisionKind.DIRECT, SupervisionKind.OVERALL, SupervisionKind.GUIDANCE]
        ),
        title=st.sampled_from(["Chief of Mission", "Head of Office", "Programme Manager"]),
    )


def responsibility_groups() -> st.SearchStrategy[ResponsibilityGroup]:
    """Numbered duties under no heading."""
    return st.permutations(_DUTIES).map(
        lambda duties: ResponsibilityGroup(
            tuple(Responsibility(text, number) for number, text in enumerate(duties[:4], 1))
        )
    )


def qualifications(grade: Grade | None = None) -> st.SearchStrategy[Qualifications]:
    """Education of *grade*'s pattern (any grade's by default), experience and skills."""
    return qualification_paths(grade).flatmap(
        lambda paths: st.lists(st.sampled_from(_SKILLS), min_size=1, max_size=3, unique=True).map(
            lambda skills: Qualifications(
                education=paths,
                experience=("Experience in project coordination.",),
                skills=tuple(skills),
            )
        )
    )


def competencies(
    *, grade: Grade | None = None, date: dt.date | None = None, managerial: bool = False
) -> st.SearchStrategy[Competencies]:
    """The values and competencies of the framework edition in force on *date*.

    Before September 2018 that is the behavioural competencies.
    """
    chosen = st.just(grade) if grade is not None else grades(categories=_GRADED)
    return chosen.map(
        lambda g: _competencies(g, date or dt.date(2024, 6, 1), 1 if managerial else 0)
    )


def first_tiers(*, international: bool = True) -> st.SearchStrategy[FirstTier]:
    """Who is first-tier: internal candidates, and for international posts a member states list."""
    if not international:
        return st.just(FirstTier(internal=True))
    return st.lists(st.sampled_from(_NMS), min_size=3, max_size=6, unique=True).map(
        lambda codes: FirstTier(
            internal=True,
            non_represented_member_states=tuple(
                MemberStateEntry(Country(code).name(), Country(code)) for code in codes
            ),
        )
    )


def qualification_path() -> st.SearchStrategy[QualificationPath]:
    """One education alternative of some grade's usual pattern."""
    return qualification_paths().flatmap(st.sampled_from)


def source_lines() -> st.SearchStrategy[SourceLine]:
    """A line of a notice's text a reader could not classify."""
    return st.builds(SourceLine, st.integers(1, 200), st.sampled_from(["SIGNATURES:", "Required"]))


def competency_frameworks() -> st.SearchStrategy[CompetencyFramework]:
    """One of the bundled framework editions."""
    from iomjobs.reference.competencies import frameworks  # noqa: PLC0415

    return st.sampled_from(frameworks())


def competency_definitions() -> st.SearchStrategy[CompetencyDefinition]:
    """A value or competency of one of the bundled editions."""
    return competency_frameworks().flatmap(lambda edition: st.sampled_from(edition.definitions()))


def competency_groups(*, kind: str = "core") -> st.SearchStrategy[CompetencyGroup]:
    """One group (``values``, ``core`` or ``managerial``) of the 2023 edition, with a level.

    ``behavioural`` gives the behavioural competencies of before 2018, which have none.
    """
    date = _BEFORE_2018 if kind == "behavioural" else None
    return competencies(date=date, managerial=True).map(lambda c: getattr(c, kind))


# A day the behavioural competencies were in force.
_BEFORE_2018 = dt.date(2016, 6, 1)


def competency_items() -> st.SearchStrategy[CompetencyItem]:
    """A value or competency of the 2023 edition, with its definition."""
    return competency_groups(kind="values").flatmap(lambda group: st.sampled_from(group.items))


def member_state_entries() -> st.SearchStrategy[MemberStateEntry]:
    """An entry of a non-represented member states list."""
    return st.sampled_from(_NMS).map(
        lambda code: MemberStateEntry(Country(code).name(), Country(code))
    )


def responsibilities() -> st.SearchStrategy[Responsibility]:
    """One numbered duty."""
    return st.builds(Responsibility, st.sampled_from(_DUTIES), st.integers(1, 12))


def how_to_apply() -> st.SearchStrategy[HowToApply]:
    """Instructions to apply by e-mail, quoting the vacancy number."""
    return st.just(
        HowToApply(
            text=("Send a CV and a cover letter to HumanResources@iom.int.",),
            email="HumanResources@iom.int",
        )
    )


@st.composite
def positions(draw: st.DrawFn, *, categories: Collection[GradeCategory] | None = None) -> Position:
    """A consistent position: grade, title, education, languages and competencies that agree."""
    grade = draw(grades(categories=categories if categories is not None else _GRADED))
    category = grade.category
    station = draw(duty_stations())
    reports = draw(st.sampled_from([0, 0, 2, 5])) if category is not GradeCategory.OTHER else 0
    return Position(
        title=draw(st.sampled_from(_TITLES[category])),
        grade=grade,
        duty_stations=(station,),
        recruitment=Recruitment.LOCAL if category.is_local else Recruitment.INTERNATIONAL,
        recruiting_type=draw(st.sampled_from([None, _RECRUITING_TYPES.get(category)])),
        supervisors=(Supervisor(SupervisionKind.DIRECT, title="Chief of Mission"),),
        direct_reports=reports,
        responsibilities=(
            ResponsibilityGroup(
                tuple(
                    Responsibility(text, number)
                    for number, text in enumerate(draw(st.permutations(_DUTIES))[:4], 1)
                )
            ),
        ),
        qualifications=Qualifications(
            education=_paths_for(grade),
            experience=("Experience in project coordination.",),
            skills=tuple(
                draw(st.lists(st.sampled_from(_SKILLS), min_size=1, max_size=3, unique=True))
            ),
        ),
        languages=(
            LanguageRequirement(
                Language("en"), Proficiency.FLUENT, modes=(LanguageMode.ORAL, LanguageMode.WRITTEN)
            ),
            *draw(
                st.lists(
                    language_requirements(codes=_OTHER_LANGUAGES),
                    max_size=2,
                    unique_by=lambda requirement: requirement.language,
                )
            ),
        ),
    )


# The languages a position may ask for besides English: IOM's, the UN's, local ones.
_OTHER_LANGUAGES = ("fr", "es", "ar", "pt", "sw", "prs", "tet")


def _competencies(grade: Grade, date: dt.date, reports: int) -> Competencies:
    from iomjobs.reference.competencies import frameworks  # noqa: PLC0415
    from iomjobs.reference.grades import competency_levels  # noqa: PLC0415

    edition = [f for f in frameworks() if f.in_force_from <= date][-1]
    table = competency_levels()
    core_level = (table.core(grade) or (2,))[0]
    managerial_level = (table.managerial(grade) or (2,))[0]

    def group(kind: str, level: int | None) -> CompetencyGroup:
        items = tuple(CompetencyItem(d.name, d.definition or None) for d in getattr(edition, kind))
        count = len(items) if kind == "values" else None
        return CompetencyGroup(items, declared_count=count, level=level)

    if edition.behavioural:
        return Competencies(behavioural=group("behavioural", None))
    return Competencies(
        values=group("values", None),
        core=group("core", core_level),
        managerial=group("managerial", managerial_level) if reports else None,
    )


@st.composite
def _consistent(draw: st.DrawFn, years: tuple[int, int]) -> VacancyNotice:
    position = draw(positions())
    grade = position.grade
    assert grade is not None  # noqa: S101 -- positions() always grades
    start = draw(st.dates(dt.date(years[0], 1, 1), dt.date(years[1], 11, 30)))
    end = start + dt.timedelta(days=14)
    position = attrs.evolve(
        position, competencies=_competencies(grade, start, position.direct_reports or 0)
    )
    international = grade.category.is_international
    duty_country = position.duty_stations[0].country
    members = tuple(
        MemberStateEntry(Country(code).name(), Country(code))
        for code in draw(st.lists(st.sampled_from(_NMS), min_size=3, max_size=6, unique=True))
        if Country(code) != duty_country
    )
    kind = draw(st.sampled_from([NoticeKind.VACANCY_NOTICE, NoticeKind.SPECIAL_VACANCY_NOTICE]))
    contract = (
        ContractType.FIXED_TERM
        if kind is NoticeKind.VACANCY_NOTICE
        else ContractType.SPECIAL_SHORT_TERM_GRADED
    )
    duration = (
        Duration(1, DurationUnit.YEARS)
        if contract is ContractType.FIXED_TERM
        else Duration(6, DurationUnit.MONTHS, up_to=True)
    )
    number = draw(st.integers(1, 99))
    # Locally recruited posts now and then state their pay, in the country's currency.
    local = None if international or duty_country is None else _local_currency(duty_country.code)
    salary = draw(st.none() | salaries(currency=Currency(local))) if local else None
    return VacancyNotice(
        kind=kind,
        reference=f"{start.year}-{number:02d}",
        position=position,
        language=Language("en"),
        open_to_external=True,
        first_tier=FirstTier(
            internal=True,
            non_represented_member_states=members if international else None,
        ),
        appointment=Appointment(contract, duration, extendable=True),
        salary=salary,
        posting_period=PostingPeriod(start, end),
        closing_date=end,
        closing_time=draw(closing_times()),
        start=StartDate(end + dt.timedelta(days=draw(st.integers(14, 60)))),
        context=("Established in 1951, IOM is the UN Migration Agency.",),
        notes=("Any offer made is subject to funding confirmation.",),
        duty_station_nationals_eligible=False if international else None,
    )


def notices(
    *, consistent: bool = True, violating: str | None = None
) -> st.SearchStrategy[VacancyNotice]:
    """Realistic notices: consistent, breaking one rule, or anything the model holds.

    :param consistent: with the default ``True``, :func:`iomjobs.validate`
        finds no error in what is generated; with ``False``, any notice the
        model can hold is generated, however inconsistent.
    :param violating: a rule code: the notices break that rule, and no error
        rule besides it. See :data:`NOT_GENERATABLE`.
    :raises hypothesis.errors.InvalidArgument: for an unknown rule code or
        one in :data:`NOT_GENERATABLE`.

    Shrinks towards a G1-like local post with English only.
    """
    from hypothesis.errors import InvalidArgument  # noqa: PLC0415

    if violating is not None:
        from iomjobs.rules import RULES  # noqa: PLC0415

        if violating not in RULES:
            msg = f"violating={violating!r} is no rule code"
            raise InvalidArgument(msg)
        if violating in NOT_GENERATABLE:
            msg = f"violating={violating!r} cannot be generated: {NOT_GENERATABLE[violating]}"
            raise InvalidArgument(msg)
        return (
            _consistent((2023, 2025))
            .map(lambda n: _broken(n, violating))
            .filter(lambda n: _breaks_only(n, violating))
        )
    if not consistent:
        return _anything()
    return _consistent((2019, 2026))


@attrs.frozen
class RenderedNotice:
    """A notice and its text in one language, format and layout, for reading back."""

    notice: VacancyNotice
    text: str
    lang: str
    format: str
    layout: str


def notice_texts(
    *,
    languages: Collection[str] = ("en", "fr", "es", "pt"),
    formats: Collection[str] = ("markdown", "text"),
    layouts: Collection[str] = ("header", "oracle", "form"),
) -> st.SearchStrategy[RenderedNotice]:
    """Consistent notices rendered as text, in every layout the reader knows.

    Reading the text back with :func:`iomjobs.parse_notice` gives the notice
    again, but for the words kept "as written" (and the notice's language,
    when rendered in another).
    """
    from iomjobs.rendering.text import render  # noqa: PLC0415

    def rendered(args: tuple[VacancyNotice, str, str, str]) -> RenderedNotice:
        notice, lang, form, layout = args
        return RenderedNotice(notice, render(notice, lang, form, layout), lang, form, layout)

    return st.tuples(
        notices(),
        st.sampled_from(sorted(languages)),
        st.sampled_from(sorted(formats)),
        st.sampled_from(sorted(layouts)),
    ).map(rendered)


@attrs.frozen
class PostedNotice:
    """A notice and its schema.org ``JobPosting`` in JSON-LD, in one of the shapes pages use."""

    notice: VacancyNotice
    document: dict[str, Any] | list[Any]
    shape: str
    """``"node"``, ``"list"`` (the posting after a page's own node) or ``"graph"``."""


def job_postings(
    *, shapes: Collection[str] = ("node", "list", "graph")
) -> st.SearchStrategy[PostedNotice]:
    """Consistent notices as :func:`iomjobs.to_jsonld` writes them, as pages hold them.

    The posting alone, after the page's own node in a list, or in an
    ``@graph``; its ``@type`` now a name, now a list of names. For the
    tests of code that reads postings: :func:`iomjobs.from_jsonld` reads
    each back.
    """
    from iomjobs.rendering.jsonld import to_jsonld  # noqa: PLC0415

    page_node = {"@type": "WebPage", "name": "Vacancies"}

    def posted(args: tuple[VacancyNotice, str, bool]) -> PostedNotice:
        notice, shape, type_listed = args
        posting = to_jsonld(notice)
        if type_listed:
            posting["@type"] = ["JobPosting"]
        document: dict[str, Any] | list[Any] = posting
        if shape == "list":
            document = [page_node, posting]
        elif shape == "graph":
            context = posting.pop("@context")
            document = {"@context": context, "@graph": [page_node, posting]}
        return PostedNotice(notice, document, shape)

    return st.tuples(notices(), st.sampled_from(sorted(shapes)), st.booleans()).map(posted)


def _broken(notice: VacancyNotice, code: str) -> VacancyNotice:
    """*notice* with rule *code*'s failing example laid over it."""
    from iomjobs.rules import RULES  # noqa: PLC0415
    from iomjobs.serialize import from_dict, to_dict  # noqa: PLC0415

    document = to_dict(notice)
    example: dict[str, Any] = json.loads(RULES[code].failing)
    for key, value in example.items():
        if key == "position":
            document["position"] = {**document["position"], **value}
        else:
            document[key] = value
    if "posting_period" in example and "closing_date" not in example:
        # The example's own dates: the notice's deadline and start go with its period.
        document["closing_date"] = example["posting_period"].get("end")
        document["start"] = None
    for path in _TAKE_AWAY.get(code, ()):
        *parents, last = path.split(".")
        target = document
        for parent in parents:
            target = target[parent]
        target.pop(last)
    return from_dict(document)


def _breaks_only(notice: VacancyNotice, code: str) -> bool:
    from iomjobs.rules import validate  # noqa: PLC0415

    report = validate(notice)
    errors = {finding.code for finding in report.errors}
    return code in report.codes and errors <= {code}


def _anything() -> st.SearchStrategy[VacancyNotice]:
    """Any notice the model can hold: every field set or not, awkward text."""
    text = st.text(max_size=30)
    return st.builds(
        VacancyNotice,
        kind=st.none() | st.sampled_from(NoticeKind),
        reference=st.none() | text,
        position=st.builds(
            Position,
            title=st.none() | text,
            grade=st.none() | grades(),
            duty_stations=st.lists(duty_stations(), max_size=2).map(tuple),
            direct_reports=st.none() | st.integers(0, 20),
            languages=st.none() | st.lists(language_requirements(), max_size=3).map(tuple),
        ),
        salary=st.none() | salaries(),
        closing_date=st.none() | st.dates(),
        notes=st.lists(text, max_size=3).map(tuple),
        open_to_nationals_of=st.lists(countries(), max_size=2).map(tuple),
    )


def register_type_strategies() -> None:
    """Make ``st.from_type`` give these strategies for the models.

    The ``hypothesis`` entry point does this when the package is installed;
    call it yourself where plugins are off (``HYPOTHESIS_NO_PLUGINS``).
    """
    from iomjobs._hypothesis import _hypothesis_setup_hook  # noqa: PLC0415

    _hypothesis_setup_hook()
