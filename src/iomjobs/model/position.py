"""The position a notice is about: title, grade, place, duties, requirements.

>>> from iomjobs import Grade, Position
>>> position = Position(title="Senior Project Assistant", grade=Grade.parse("G7"), direct_reports=0)
>>> str(position.grade), position.duty_stations
('G7', ())
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from iomjobs.model._checks import non_negative, positive
from iomjobs.model.competency import Competencies
from iomjobs.model.grade import Grade
from iomjobs.model.language import LanguageRequirement
from iomjobs.model.place import DutyStation
from iomjobs.model.qualification import Qualifications

__all__ = [
    "OfficeType",
    "Position",
    "RecruitingType",
    "Recruitment",
    "Responsibility",
    "ResponsibilityGroup",
    "SupervisionKind",
    "Supervisor",
]


def __dir__() -> list[str]:
    return __all__


class OfficeType(enum.Enum):
    """The kinds of office a post description asks about."""

    HEADQUARTERS = "headquarters"
    REGIONAL_OFFICE = "regional office"
    COUNTRY_OFFICE = "country office"
    MANILA_ADMINISTRATIVE_CENTRE = "manila administrative centre"
    PANAMA_ADMINISTRATIVE_CENTRE = "panama administrative centre"
    LIAISON_OFFICE = "liaison office"


class Recruitment(enum.Enum):
    """Whether the notice recruits locally or internationally."""

    LOCAL = "local"
    """"This post is subject to local recruitment."""
    INTERNATIONAL = "international"
    """"Internationally recruited professional staff are required to be mobile."""


class RecruitingType(enum.Enum):
    """The staff category a notice recruits in: IOM's ``Recruiting Type``.

    Oracle-era notices state it ("Recruiting Type: Professional", "Type de
    recrutement : Administrateur") and mark professional titles "(P)".
    Ungraded posts are recruited as professionals too, so the grade says
    more than this; the grades each type usually goes with are reference
    data (:func:`iomjobs.reference.recruiting_grades`).
    """

    PROFESSIONAL = "professional"
    DIRECTOR = "director"
    GENERAL_SERVICE = "general service"
    NATIONAL_OFFICER = "national officer"


class SupervisionKind(enum.Enum):
    """The role a supervisor plays for the post.

    ``GUIDANCE`` is the general guidance notices since 2025 name above the
    supervisors ("Under the general guidance of the Chief of Mission, the
    overall supervision of ... and the direct supervision of ...").
    """

    DIRECT = "direct"
    OVERALL = "overall"
    ADMINISTRATIVE = "administrative"
    TECHNICAL = "technical"
    FUNCTIONAL = "functional"
    GUIDANCE = "guidance"
    UNSPECIFIED = "unspecified"


@attrs.frozen
class Supervisor:
    """Someone the post reports to, as far as the notice says who."""

    kind: SupervisionKind = SupervisionKind.UNSPECIFIED
    title: str | None = None
    """The supervisor's post, e.g. "Head of Programmes"."""
    name: str | None = None
    staff_number: str | None = None
    as_written: str | None = None


@attrs.frozen
class Responsibility:
    """One duty; ``number`` is the notice's own numbering, if it has one."""

    text: str
    number: int | None = attrs.field(default=None, validator=non_negative)


@attrs.frozen
class ResponsibilityGroup:
    """Duties under one heading ("Coordination", "Reporting"), or under none."""

    items: tuple[Responsibility, ...] = ()
    heading: str | None = None


@attrs.frozen
class Position:
    """The post itself: what it is, where, under whom, and what it asks for.

    Every field may be missing from a real notice, so every field has a
    default; the validators say which absences matter.
    """

    title: str | None = None
    grade: Grade | None = None
    duty_stations: tuple[DutyStation, ...] = ()
    organizational_unit: str | None = None
    job_family: str | None = None
    office_type: OfficeType | None = None
    position_number: str | None = None
    rated_on: dt.date | None = None
    """The date a post description says the position was rated (classified) on."""
    recruitment: Recruitment | None = None
    recruiting_type: RecruitingType | None = None
    """The staff category the notice recruits in ("Recruiting Type: Professional")."""
    number_of_posts: int | None = attrs.field(default=None, validator=positive)
    supervisors: tuple[Supervisor, ...] = ()
    direct_reports: int | None = attrs.field(default=None, validator=non_negative)
    responsibilities: tuple[ResponsibilityGroup, ...] = ()
    qualifications: Qualifications = Qualifications()  # noqa: RUF009 -- frozen: sharing is safe
    languages: tuple[LanguageRequirement, ...] | None = None
    """``None`` when the notice has no languages section at all."""
    language_notes: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    """What the languages section says besides the requirements, in the notice's words.

    ("IOM's official languages are English, French and Spanish.", "Proficiency
    of language(s) required will be specifically evaluated during the selection
    process.")
    """
    competencies: Competencies | None = None
    """``None`` when the notice has no competency section at all."""
