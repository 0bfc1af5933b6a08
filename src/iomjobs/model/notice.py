"""The notice as a whole: kind, reference, contract, dates, candidates, position.

>>> import datetime as dt
>>> from iomjobs import NoticeKind, Position, PostingPeriod, VacancyNotice
>>> notice = VacancyNotice(
...     kind=NoticeKind.VACANCY_NOTICE,
...     reference="2024-07",
...     position=Position(title="Senior Project Assistant (Inclusion and AAP)"),
...     posting_period=PostingPeriod(dt.date(2024, 2, 6), dt.date(2024, 2, 20)),
...     closing_date=dt.date(2024, 2, 20),
... )
>>> notice.position.title
'Senior Project Assistant (Inclusion and AAP)'
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from iomjobs.errors import InvalidValue
from iomjobs.model._checks import clock_time, positive, time_zone
from iomjobs.model.language import Language
from iomjobs.model.pay import Salary
from iomjobs.model.place import Country
from iomjobs.model.position import Position

__all__ = [
    "Appointment",
    "ClosingTime",
    "ConsultancyCategory",
    "ContractType",
    "Duration",
    "DurationUnit",
    "FirstTier",
    "HowToApply",
    "MemberStateEntry",
    "NoticeKind",
    "PostingPeriod",
    "SourceLine",
    "StartDate",
    "VacancyNotice",
]


def __dir__() -> list[str]:
    return __all__


class NoticeKind(enum.Enum):
    """What kind of document the notice is."""

    VACANCY_NOTICE = "vacancy notice"
    SPECIAL_VACANCY_NOTICE = "special vacancy notice"
    POST_DESCRIPTION = "post description"
    CALL_FOR_APPLICATIONS = "call for applications"
    """A call for applications or for consultants (CFA, CFCV)."""
    EXPRESSION_OF_INTEREST = "expression of interest"


class ContractType(enum.Enum):
    """The kinds of appointment IOM notices offer."""

    FIXED_TERM = "fixed term"
    SPECIAL_SHORT_TERM_GRADED = "special short-term graded"
    SPECIAL_SHORT_TERM_UNGRADED = "special short-term ungraded"
    SHORT_TERM = "short-term"
    CONSULTANCY = "consultancy"
    INTERNSHIP = "internship"


class ConsultancyCategory(enum.Enum):
    """The category of an IOM consultancy, as its terms of reference name it.

    "Category B Consultants: Tangible and measurable outputs of the work
    assignment": a category B consultant is paid for outputs. What category
    A means is not settled in the sources; the letter is kept as written.
    """

    A = "A"
    B = "B"


class DurationUnit(enum.Enum):
    """Units a contract duration is given in."""

    DAYS = "days"
    WORKING_DAYS = "working days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@attrs.frozen
class Duration:
    """A contract length: "six months", "up to 9 months", "1 (one) year"."""

    amount: int = attrs.field(validator=positive)
    unit: DurationUnit
    up_to: bool = False
    """``True`` for "up to 9 months": a ceiling, not a promise."""


@attrs.frozen
class Appointment:
    """The type and length of the contract offered."""

    contract_type: ContractType | None = None
    duration: Duration | None = None
    extendable: bool | None = None
    """``True`` for "with possibility of extension"."""
    as_written: str | None = None
    consultancy_category: ConsultancyCategory | None = attrs.field(default=None, kw_only=True)
    """A consultancy's category: "Category B", "Consultoría categoría “B”"."""


@attrs.frozen
class PostingPeriod:
    """The days the notice is published, first and last."""

    start: dt.date | None = None
    end: dt.date | None = None


def _check_start(instance: StartDate, attribute: attrs.Attribute[bool], value: bool) -> None:  # noqa: FBT001 -- attrs calls validators positionally
    if instance.date is None and not instance.as_soon_as_possible and not value:
        msg = "Invalid start: neither a date, 'as soon as possible' nor 'to be determined'"
        raise InvalidValue(msg, value=value, path=attribute.name)
    if value and instance.as_soon_as_possible:
        msg = "Invalid start: both 'as soon as possible' and 'to be determined'"
        raise InvalidValue(msg, value=value, path=attribute.name)


def _check_month(instance: StartDate, attribute: attrs.Attribute[bool], value: bool) -> None:  # noqa: FBT001 -- attrs calls validators positionally
    if value and (instance.date is None or instance.date.day != 1):
        msg = f"Invalid start: a month alone is held as its first day, not {instance.date}"
        raise InvalidValue(msg, value=instance.date, path=attribute.name)


@attrs.frozen
class StartDate:
    """The estimated start: a date, "as soon as possible", or both; or "to be determined".

    A notice may name the month alone ("Estimated Start Date: April 2026"):
    :attr:`date` is then its first day, and :attr:`month_only` says so.
    """

    date: dt.date | None = None
    as_soon_as_possible: bool = False
    to_be_determined: bool = attrs.field(default=False, kw_only=True, validator=_check_start)
    """The notice says the start is not set yet ("Estimated Start Date: TBD"), with
    a tentative date or none."""
    month_only: bool = attrs.field(default=False, kw_only=True, validator=_check_month)
    """The notice names the month of the start, not its day: :attr:`date` is
    the month's first day ("April 2026", "avril 2026")."""


@attrs.frozen
class ClosingTime:
    """The hour applications close on the closing date: "23:59 local time Geneva"."""

    time: dt.time = attrs.field(validator=clock_time)
    time_zone: str | None = attrs.field(default=None, validator=time_zone)
    """An IANA zone name: Geneva's is ``Europe/Zurich``, "Nairobi time" ``Africa/Nairobi``,
    and a fixed offset ("EAT", "GMT+3") IANA's ``Etc/GMT-3``."""
    as_written: str | None = None


@attrs.frozen
class MemberStateEntry:
    """One entry of a non-represented member states list.

    ``name`` is as written; ``country`` is ``None`` when it names no country.
    """

    name: str
    country: Country | None = None


@attrs.frozen
class FirstTier:
    """Who counts as a first-tier candidate.

    ``non_represented_member_states`` is ``None`` when the notice has no such
    list, and empty when it has the heading but no names under it.
    """

    internal: bool = False
    external_women: bool = False
    """External female candidates are first-tier (P-4 and above)."""
    non_represented_member_states: tuple[MemberStateEntry, ...] | None = None
    as_written: str | None = None
    """The statement in the notice's words; both, one after the other, where it says it twice."""

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries the member states list resolves to, in its order."""
        entries = self.non_represented_member_states or ()
        return tuple(entry.country for entry in entries if entry.country is not None)


@attrs.frozen
class HowToApply:
    """How to apply: the instructions and what can be read out of them."""

    text: tuple[str, ...] = ()
    email: str | None = None
    url: str | None = None
    subject: str | None = None
    """What the subject line of an application must quote."""
    documents: tuple[str, ...] = ()


@attrs.frozen
class SourceLine:
    """A line of the source text, by its 1-based number."""

    line: int = attrs.field(validator=positive)
    text: str


@attrs.frozen
class VacancyNotice:
    """A vacancy notice, post description, call for applications or expression of interest.

    Everything a notice says has a field here; what a reader could not
    classify is kept in ``unclassified`` with its line number, never dropped.
    """

    kind: NoticeKind | None = None
    reference: str | None = None
    """The vacancy number as written: ``2024-07``, ``SVN2026. 19093``, ``CFCV2021.51``."""
    position: Position = Position()  # noqa: RUF009 -- frozen, so one shared default is safe
    language: Language | None = None
    """The language the notice is written in."""
    open_to_external: bool | None = None
    """``True`` when external candidates may apply, ``False`` for internal-only notices."""
    first_tier: FirstTier | None = None
    appointment: Appointment | None = None
    salary: Salary | None = attrs.field(default=None, kw_only=True)
    """The pay the notice states, where it states any: "35000 MDL per month"."""
    posting_period: PostingPeriod | None = None
    closing_date: dt.date | None = None
    closing_time: ClosingTime | None = None
    start: StartDate | None = None
    context: tuple[str, ...] = ()
    """The organizational context and scope, paragraph by paragraph."""
    notes: tuple[str, ...] = ()
    how_to_apply: HowToApply | None = None
    duty_station_nationals_eligible: bool | None = None
    """``False`` when nationals of the duty station's country cannot be considered."""
    open_to_nationals_of: tuple[Country, ...] = attrs.field(default=(), kw_only=True)
    """The countries whose nationals alone may apply: a post its government sponsors
    ("Dutch Nationals only", a Junior Professional Officer's). Empty where the notice
    sets no such limit."""
    unclassified: tuple[SourceLine, ...] = ()
