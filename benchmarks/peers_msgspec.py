"""The notice shape as msgspec Structs: the fastest alternative a user could write.

Field for field the same as ``peers.py`` (pydantic) and iomjobs' JSON form,
with the same checks: enumerations as literals, ISO dates, bounded numbers,
grade and code patterns, no unknown keys. Structs are frozen, as the
pydantic peers and the iomjobs models are.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from msgspec import Meta, Struct, field

NonNegative = Annotated[int, Meta(ge=0)]
Positive = Annotated[int, Meta(ge=1)]
Level = Annotated[int, Meta(ge=1, le=3)]
CountryCode = Annotated[str, Meta(pattern=r"^[A-Z]{2}$")]
CurrencyCode = Annotated[str, Meta(pattern=r"^[A-Z]{3}$")]
Amount = Annotated[
    str,
    Meta(
        pattern=r"^(?:[1-9][0-9]{0,14}(?:\.[0-9]{1,4})?|0\.(?:[1-9][0-9]{0,3}|0[1-9][0-9]{0,2}|00[1-9][0-9]?|000[1-9]))$"
    ),
]
LanguageCode = Annotated[str, Meta(pattern=r"^[a-z]{2,3}$")]
GradeText = Annotated[str, Meta(pattern=r"^(?:G[1-7]|NO-[A-D]|P-[1-5]|D-[12]|UG|OTHER)$")]
ClockTime = Annotated[str, Meta(pattern=r"^[0-9]{2}:[0-9]{2}(?::[0-9]{2})?$")]


class Strict(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    # Each subclass says frozen=True again: type checkers read the flag per class.
    pass


class DutyStation(Strict, frozen=True):
    city: str | None = None
    region: str | None = None
    country: CountryCode | None = None
    home_based: bool = False
    as_written: str | None = None


class Supervisor(Strict, frozen=True):
    kind: Literal[
        "direct",
        "overall",
        "administrative",
        "technical",
        "functional",
        "guidance",
        "unspecified",
    ] = "unspecified"
    title: str | None = None
    name: str | None = None
    staff_number: str | None = None
    as_written: str | None = None


class Responsibility(Strict, frozen=True):
    text: str
    number: NonNegative | None = None


class ResponsibilityGroup(Strict, frozen=True):
    items: tuple[Responsibility, ...] = ()
    heading: str | None = None


class QualificationPath(Strict, frozen=True):
    degree: Literal["secondary", "bachelor", "master", "doctorate"]
    fields_of_study: tuple[str, ...] = ()
    min_years: NonNegative | None = None
    as_written: str | None = None


class Qualifications(Strict, frozen=True):
    education: tuple[QualificationPath, ...] | None = None
    education_notes: tuple[str, ...] = ()
    experience: tuple[str, ...] | None = None
    skills: tuple[str, ...] | None = None


class LanguageRequirement(Strict, frozen=True):
    language: LanguageCode | None
    proficiency: Literal["fluent", "working knowledge", "knowledge", "basic"] | None = None
    required: bool = True
    modes: tuple[Literal["oral", "written"], ...] = ()
    as_written: str | None = None


class CompetencyItem(Strict, frozen=True):
    name: str
    description: str | None = None
    level: Level | None = None


class CompetencyGroup(Strict, frozen=True):
    items: tuple[CompetencyItem, ...] = ()
    declared_count: NonNegative | None = None
    level: Level | None = None
    note: str | None = None


class Competencies(Strict, frozen=True):
    values: CompetencyGroup | None = None
    core: CompetencyGroup | None = None
    managerial: CompetencyGroup | None = None
    behavioural: CompetencyGroup | None = None
    notes: tuple[str, ...] = ()


class Position(Strict, frozen=True):
    title: str | None = None
    grade: GradeText | None = None
    duty_stations: tuple[DutyStation, ...] = ()
    organizational_unit: str | None = None
    job_family: str | None = None
    office_type: str | None = None
    position_number: str | None = None
    rated_on: dt.date | None = None
    recruitment: Literal["local", "international"] | None = None
    recruiting_type: (
        Literal["professional", "director", "general service", "national officer"] | None
    ) = None
    number_of_posts: Positive | None = None
    supervisors: tuple[Supervisor, ...] = ()
    direct_reports: NonNegative | None = None
    responsibilities: tuple[ResponsibilityGroup, ...] = ()
    qualifications: Qualifications = field(default_factory=Qualifications)
    languages: tuple[LanguageRequirement, ...] | None = None
    language_notes: tuple[str, ...] = ()
    competencies: Competencies | None = None


class MemberStateEntry(Strict, frozen=True):
    name: str
    country: CountryCode | None = None


class FirstTier(Strict, frozen=True):
    internal: bool = False
    external_women: bool = False
    non_represented_member_states: tuple[MemberStateEntry, ...] | None = None
    as_written: str | None = None


class Duration(Strict, frozen=True):
    amount: Positive
    unit: Literal["days", "working days", "weeks", "months", "years"]
    up_to: bool = False


class Appointment(Strict, frozen=True):
    contract_type: str | None = None
    duration: Duration | None = None
    extendable: bool | None = None
    as_written: str | None = None
    consultancy_category: Literal["A", "B"] | None = None


class Salary(Strict, frozen=True):
    amount: Amount
    currency: CurrencyCode
    period: Literal["hour", "day", "week", "month", "year"] | None = None
    maximum: Amount | None = None
    as_written: str | None = None
    basis: Literal["gross", "net", "all inclusive"] | None = None


class PostingPeriod(Strict, frozen=True):
    start: dt.date | None = None
    end: dt.date | None = None


class StartDate(Strict, frozen=True):
    date: dt.date | None = None
    as_soon_as_possible: bool = False
    to_be_determined: bool = False
    month_only: bool = False


class ClosingTime(Strict, frozen=True):
    time: ClockTime
    time_zone: str | None = None
    as_written: str | None = None


class HowToApply(Strict, frozen=True):
    text: tuple[str, ...] = ()
    email: str | None = None
    url: str | None = None
    subject: str | None = None
    documents: tuple[str, ...] = ()


class SourceLine(Strict, frozen=True):
    line: Positive
    text: str


class VacancyNotice(Strict, frozen=True):
    format_version: Literal[1]
    kind: str | None = None
    reference: str | None = None
    position: Position = field(default_factory=Position)
    language: LanguageCode | None = None
    open_to_external: bool | None = None
    first_tier: FirstTier | None = None
    appointment: Appointment | None = None
    salary: Salary | None = None
    posting_period: PostingPeriod | None = None
    closing_date: dt.date | None = None
    closing_time: ClosingTime | None = None
    start: StartDate | None = None
    context: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    how_to_apply: HowToApply | None = None
    duty_station_nationals_eligible: bool | None = None
    open_to_nationals_of: tuple[CountryCode, ...] = ()
    unclassified: tuple[SourceLine, ...] = ()
