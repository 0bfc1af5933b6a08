"""A schema.org ``JobPosting``'s properties, as the models hold them (internal).

Job boards and recruitment systems describe a vacancy to search engines as
a ``JobPosting`` in JSON-LD: a node alone, in a list or in a ``@graph``, its
``@type`` a name or a list of names. :func:`postings_in` finds the postings
such data holds; :func:`posting_fields` reads one's title, identifier, days
of posting and closing, location, pay, openings and start into the models'
values, and tells each property it cannot read, by its path. The page
reader (:mod:`iomjobs.parse._structured`) and :func:`iomjobs.from_jsonld`
read postings so.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any, Final, NamedTuple

import attrs

from iomjobs._text import plain_hyphens
from iomjobs.errors import IomJobsError
from iomjobs.model.grade import Grade
from iomjobs.model.notice import PostingPeriod, StartDate, VacancyNotice
from iomjobs.model.pay import Currency, PayPeriod, Salary
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import RecruitingType
from iomjobs.reference.countries import lookup_country

__all__ = ["PostingFields", "filled", "posting_fields", "postings_in"]


def postings_in(data: object, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """The ``JobPosting`` nodes in *data*, each with its path: alone, in a list, in a ``@graph``."""
    if isinstance(data, list):
        return [
            found
            for index, item in enumerate(data)
            for found in postings_in(item, f"{path}[{index}]")
        ]
    if not isinstance(data, dict):
        return []
    if "@graph" in data:
        return postings_in(data["@graph"], f"{path}['@graph']")
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [(path, data)] if "JobPosting" in kinds else []


class TitleMarks(NamedTuple):
    """What a title's marks say ("(P)", "(UG)", "(2 Positions)", "(Internal applicants only)")."""

    recruiting_type: RecruitingType | None = None
    grade: Grade | None = None
    open_to_external: bool | None = None
    open_to_nationals_of: tuple[Country, ...] | None = None


class PostingFields(NamedTuple):
    """What a ``JobPosting`` says, as the models hold it; ``None`` where it says nothing."""

    title: str | None = None
    reference: str | None = None
    posted: dt.date | None = None
    closing: dt.date | None = None
    stations: tuple[DutyStation, ...] = ()
    salary: Salary | None = None
    openings: int | None = None
    start: StartDate | None = None
    problems: tuple[tuple[str, str], ...] = ()
    """The properties given that could not be read: each one's path, and a line that says why."""
    marked: TitleMarks = TitleMarks()
    """What the title's marks say, the title kept without them."""


def posting_fields(posting: dict[str, Any]) -> PostingFields:
    """The fields *posting* gives: title, identifier, dates, location, pay, openings, start.

    The title is read as the text reader reads a notice's: without the marks
    Oracle-era titles end in, which say the recruiting type, an ungraded
    grade, the number of posts and who may apply.
    """
    problems: list[tuple[str, str]] = []
    title, marks = _title_marks(_text(posting.get("title")))
    said = dict(marks)
    fields = PostingFields(
        title=title,
        reference=_identifier(posting.get("identifier")),
        posted=_date(posting, "datePosted", problems),
        closing=_date(posting, "validThrough", problems),
        stations=_stations(posting, problems),
        salary=_salary(posting.get("baseSalary"), problems),
        openings=_openings(posting.get("totalJobOpenings"), problems),
        start=_start(posting, problems),
        problems=tuple(problems),
        marked=_marked(said),
    )
    if fields.openings is None and "posts" in said:
        return fields._replace(openings=int(said["posts"]))
    return fields


def _title_marks(title: str | None) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """*title* without its marks, and its marks (:func:`iomjobs.parse._titles.title_marks`)."""
    if title is None:
        return None, ()
    from iomjobs.parse._titles import title_marks  # noqa: PLC0415 -- the reader is large

    return title_marks(title)


def _marked(said: dict[str, str]) -> TitleMarks:
    """What the marks *said* (by kind, as :func:`_title_marks` gives them) say."""
    nationals = said.get("nationals")
    return TitleMarks(
        recruiting_type=RecruitingType.PROFESSIONAL if "P" in said else None,
        grade=Grade.parse("UG") if "UG" in said else None,
        open_to_external=False if "internal" in said else None,
        open_to_nationals_of=tuple(map(Country, nationals.split())) if nationals else None,
    )


def _openings(value: object, problems: list[tuple[str, str]]) -> int | None:
    """How many posts ``totalJobOpenings`` says are open: a whole number, one or more."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    problems.append(("$.totalJobOpenings", f"totalJobOpenings {value!r} is no number of posts"))
    return None


def _start(posting: dict[str, Any], problems: list[tuple[str, str]]) -> StartDate | None:
    """The start ``jobStartDate`` or ``jobImmediateStart`` says: a day, or a month ("2026-04")."""
    written = posting.get("jobStartDate")
    month = _MONTH.fullmatch(written.strip()) if isinstance(written, str) else None
    at_once = posting.get("jobImmediateStart") is True
    if month is not None and 1 <= int(month.group(2)) <= _MONTHS:
        first = dt.date(int(month.group(1)), int(month.group(2)), 1)
        return StartDate(first, as_soon_as_possible=at_once, month_only=True)
    day = _date(posting, "jobStartDate", problems)
    return StartDate(day, as_soon_as_possible=at_once) if day or at_once else None


# A month as ISO 8601 writes it alone, as to_jsonld writes a start given by its month.
_MONTH: Final = re.compile(r"(\d{4})-(\d{2})")
_MONTHS: Final = 12


def _text(value: object) -> str | None:
    """A property's text as the text reader writes a notice's.

    Its character references resolved, its spaces trimmed, its accents
    composed with their letters (NFC) and its Unicode hyphens the
    hyphen-minus: one vacancy read from a board's posting and from its
    text then has one title and one reference.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(html.unescape(str(value)).split())
    return plain_hyphens(unicodedata.normalize("NFC", text)) or None


def _identifier(value: object) -> str | None:
    """The identifier's value: a ``PropertyValue``'s ``value``, or the text itself."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value")
    return _text(value)


def _date(posting: dict[str, Any], name: str, problems: list[tuple[str, str]]) -> dt.date | None:
    """The day a date or date-time property names ("2026-05-01", "2026-05-01T23:59:59Z")."""
    value = posting.get(name)
    if value is None:
        return None
    written = value if isinstance(value, str) else ""
    try:
        return dt.date.fromisoformat(written.strip()[:10])
    except ValueError:
        problems.append((f"$.{name}", f"{name} {value!r} is no date"))
        return None


def _stations(posting: dict[str, Any], problems: list[tuple[str, str]]) -> tuple[DutyStation, ...]:
    """The places ``jobLocation`` names; a post done from home where the posting says so."""
    places = posting.get("jobLocation")
    stations: list[DutyStation] = []
    listed = places if isinstance(places, list) else [places]
    for index, place in enumerate(listed):
        address = place.get("address") if isinstance(place, dict) else None
        if address is None:
            continue
        path = f"$.jobLocation[{index}]" if isinstance(places, list) else "$.jobLocation"
        station = _station(address, f"{path}.address", problems)
        if station is not None:
            stations.append(station)
    if posting.get("jobLocationType") == "TELECOMMUTE" and not stations:
        required = posting.get("applicantLocationRequirements")
        for area in required if isinstance(required, list) else [required]:
            name = _text(area.get("name")) if isinstance(area, dict) else None
            code = lookup_country(name) if name else None
            stations.append(
                DutyStation(
                    country=Country(code) if code else None, home_based=True, as_written=name
                )
            )
        if not stations:
            stations.append(DutyStation(home_based=True))
    return tuple(stations)


def _station(address: object, path: str, problems: list[tuple[str, str]]) -> DutyStation | None:
    """The station a ``PostalAddress`` (or an address's text) names."""
    if not isinstance(address, dict):
        text = _text(address) if isinstance(address, str) else None
        return DutyStation(text, as_written=text) if text else None
    city = _text(address.get("addressLocality"))
    region = _text(address.get("addressRegion"))
    written = address.get("addressCountry")
    country_name = _text(written.get("name") if isinstance(written, dict) else written)
    code = lookup_country(country_name) if country_name else None
    if country_name and code is None:
        problems.append(
            (f"{path}.addressCountry", f"addressCountry {country_name!r} is no country")
        )
    if city is None and code is None:
        return None
    parts = [part for part in (city, region, country_name) if part]
    return DutyStation(
        city,
        region=region,
        country=Country(code) if code else None,
        as_written=", ".join(parts),
    )


def _salary(value: object, problems: list[tuple[str, str]]) -> Salary | None:
    """The pay a ``MonetaryAmount`` states: an amount or a range, its currency and period."""
    if not isinstance(value, dict):
        return None
    amount = value.get("value")
    quantity = amount if isinstance(amount, dict) else {"value": amount}
    low = quantity.get("value", quantity.get("minValue"))
    high = quantity.get("maxValue") if "value" not in quantity else None
    period = PayPeriod.__members__.get(str(quantity.get("unitText") or "").upper())
    try:
        currency = Currency.parse(str(value.get("currency") or ""))
        return Salary(
            _decimal(low),
            currency,
            period,
            maximum=_decimal(high) if high is not None else None,
            as_written=_written(low, high, currency, period),
        )
    except (IomJobsError, InvalidOperation, TypeError, ValueError):
        written = json.dumps(value, default=str)
        problems.append(("$.baseSalary", f"baseSalary {written} is no pay the model holds"))
        return None


def _decimal(number: object) -> Decimal:
    """*number* as the model holds amounts: its digits as JSON wrote them, in full."""
    if isinstance(number, bool) or not isinstance(number, int | float | str):
        raise TypeError(number)
    exact = Decimal(str(number))
    # A float's shortest form may take an exponent ("1e+16"): the amount is its digits.
    return Decimal(format(exact, "f")) if isinstance(number, float) else exact


def _written(low: object, high: object, currency: Currency, period: PayPeriod | None) -> str:
    """The pay in words, as a notice would write it: "35000 MDL per month"."""
    amount = f"{low} - {high}" if high is not None else f"{low}"
    return f"{amount} {currency.code}" + (f" per {period.value}" if period else "")


def filled(notice: VacancyNotice, fields: PostingFields) -> tuple[VacancyNotice, tuple[str, ...]]:
    """*notice* with each field *fields* gives that *notice* leaves empty, and their paths."""
    position, period = notice.position, notice.posting_period
    offered_position: dict[str, Any] = {
        "title": fields.title,
        "duty_stations": fields.stations or None,
        "number_of_posts": fields.openings,
        "recruiting_type": fields.marked.recruiting_type,
        "grade": fields.marked.grade,
    }
    offered: dict[str, Any] = {
        "reference": fields.reference,
        "salary": fields.salary,
        "closing_date": fields.closing,
        "start": fields.start,
        "open_to_external": fields.marked.open_to_external,
        "open_to_nationals_of": fields.marked.open_to_nationals_of,
    }
    position_changes = {
        name: value
        for name, value in offered_position.items()
        if value is not None and not getattr(position, name)
    }
    changes = {
        name: value
        for name, value in offered.items()
        # Unset is None, or no nationals named; False is said (open to internal candidates).
        if value is not None and getattr(notice, name) in (None, ())
    }
    if fields.posted is not None and (period is None or period.start is None):
        changes["posting_period"] = PostingPeriod(fields.posted, period.end if period else None)
    paths = (
        *(f"$.position.{name}" for name in position_changes),
        *(f"$.{name}" for name in changes),
    )
    if position_changes:
        changes["position"] = attrs.evolve(position, **position_changes)
    return (attrs.evolve(notice, **changes) if changes else notice), paths
