"""The JobPosting a page states in JSON-LD, for what its text does not say (internal).

Job boards and recruitment systems put a schema.org ``JobPosting`` in a
page's ``<script type="application/ld+json">`` for search engines: the
title, the vacancy's identifier, the day it was posted, the last day to
apply, where the post is and what it pays. :func:`posting_in` finds the one
posting a page holds (alone, in a list or in a ``@graph``), and
:func:`posting_fields` reads its properties into the models' values: the
reader takes those the page's text left empty, and says where the two
disagree. A value the posting gives that no model holds is told as a
problem, never read half.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from iomjobs.errors import IomJobsError
from iomjobs.model.notice import PostingPeriod
from iomjobs.model.pay import Currency, PayPeriod, Salary
from iomjobs.model.place import Country, DutyStation
from iomjobs.parse._record import Doubt
from iomjobs.reference.countries import lookup_country
from iomjobs.source import Span

if TYPE_CHECKING:
    from iomjobs.parse import ParseResult
    from iomjobs.parse._page_text import StructuredData

__all__ = ["PostingFields", "posting_fields", "posting_in", "with_posting"]


def with_posting(
    results: tuple[ParseResult, ...], scripts: tuple[StructuredData, ...]
) -> tuple[ParseResult, ...]:
    """*results*, read from a page's text, with what the page's ``JobPosting`` adds.

    A page of one notice takes from its one posting each field its text
    left empty, its span the script's lines; where the two give different
    last days to apply, the text's is read, and the difference doubted.
    A page of several notices takes nothing: which posting is whose, the
    page does not say. Scripts that are no JSON are doubted on every result.
    """
    if not scripts:
        return results
    found = posting_in(scripts)
    problems = tuple(Doubt("$", message, line) for message, line in found.problems)
    if found.posting is None or found.script is None or len(results) != 1:
        return tuple(attrs.evolve(r, doubts=(*problems, *r.doubts)) for r in results)
    (result,) = results
    read = _read(result, posting_fields(found.posting), found.script)
    return (attrs.evolve(read, doubts=(*problems, *read.doubts)),)


def _read(result: ParseResult, fields: PostingFields, script: StructuredData) -> ParseResult:
    """*result* with the fields *fields* gives that its notice lacks, read from *script*."""
    notice, line = result.notice, script.first_line
    position = notice.position
    position_changes: dict[str, Any] = {}
    changes: dict[str, Any] = {}
    if position.title is None and fields.title:
        position_changes["title"] = fields.title
    if not position.duty_stations and fields.stations:
        position_changes["duty_stations"] = fields.stations
    if notice.reference is None and fields.reference:
        changes["reference"] = fields.reference
    if notice.salary is None and fields.salary is not None:
        changes["salary"] = fields.salary
    if notice.closing_date is None and fields.closing is not None:
        changes["closing_date"] = fields.closing
    period = notice.posting_period
    if fields.posted is not None and (period is None or period.start is None):
        changes["posting_period"] = attrs.evolve(period or PostingPeriod(), start=fields.posted)
    paths = [f"$.position.{name}" for name in position_changes] + [f"$.{name}" for name in changes]
    if position_changes:
        changes["position"] = attrs.evolve(position, **position_changes)
    doubts = [Doubt("$", f"the page's JSON-LD: {problem}", line) for problem in fields.problems]
    if notice.closing_date is not None and fields.closing not in (None, notice.closing_date):
        said = f"the page's JSON-LD gives {fields.closing} as the last day to apply (validThrough)"
        doubts.append(
            Doubt(
                "$.closing_date",
                f"{said}, the text {notice.closing_date}: the text's is read",
                line,
            )
        )
    span = Span(script.first_line, script.last_line)
    spans = [(path, span) for path in paths if path != "$.position"]
    return attrs.evolve(
        result,
        notice=attrs.evolve(notice, **changes) if changes else notice,
        provenance=attrs.evolve(result.provenance, spans=(*result.provenance.spans, *spans)),
        doubts=(*result.doubts, *doubts),
        read_lines=tuple(
            sorted(
                {*result.read_lines, *(range(span.first_line, span.last_line + 1) if paths else ())}
            )
        ),
    )


class Found(NamedTuple):
    """The one ``JobPosting`` of a page, the script it stands in, and what could not be read."""

    posting: dict[str, Any] | None
    script: StructuredData | None
    problems: tuple[tuple[str, int], ...]
    """Each script that is no JSON, and postings beyond one: a message and its line."""


def posting_in(scripts: tuple[StructuredData, ...]) -> Found:
    """The one ``JobPosting`` *scripts* hold; none where they hold none, or several."""
    found: list[tuple[dict[str, Any], StructuredData]] = []
    problems: list[tuple[str, int]] = []
    for script in scripts:
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError as error:
            # The script's text begins on its start tag's line: its lines are the page's from there.
            at = script.first_line + error.lineno - 1
            message = f"the page's JSON-LD on line {script.first_line} is no JSON: {error.msg}"
            problems.append((f"{message} on line {at}", script.first_line))
            continue
        except RecursionError:
            message = f"the page's JSON-LD on line {script.first_line} is nested too deep to read"
            problems.append((message, script.first_line))
            continue
        found += [(posting, script) for posting in _postings(data)]
    if len(found) > 1:
        lines = ", ".join(str(script.first_line) for _, script in found)
        message = (
            f"the page's JSON-LD holds {len(found)} job postings (lines {lines}): none is read"
        )
        return Found(None, None, (*problems, (message, found[0][1].first_line)))
    if not found:
        return Found(None, None, tuple(problems))
    ((posting, script),) = found
    return Found(posting, script, tuple(problems))


def _postings(data: object) -> list[dict[str, Any]]:
    """The ``JobPosting`` nodes in *data*: itself, a list's items, a ``@graph``'s nodes."""
    if isinstance(data, list):
        return [posting for item in data for posting in _postings(item)]
    if not isinstance(data, dict):
        return []
    if "@graph" in data:
        return _postings(data["@graph"])
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [data] if "JobPosting" in kinds else []


class PostingFields(NamedTuple):
    """What a ``JobPosting`` says, as the models hold it; ``None`` where it says nothing."""

    title: str | None = None
    reference: str | None = None
    posted: dt.date | None = None
    closing: dt.date | None = None
    stations: tuple[DutyStation, ...] = ()
    salary: Salary | None = None
    problems: tuple[str, ...] = ()
    """The properties given that could not be read, each said in a line."""


def posting_fields(posting: dict[str, Any]) -> PostingFields:
    """The fields *posting* gives: title, identifier, dates, location and pay."""
    problems: list[str] = []
    return PostingFields(
        title=_text(posting.get("title")),
        reference=_identifier(posting.get("identifier")),
        posted=_date(posting, "datePosted", problems),
        closing=_date(posting, "validThrough", problems),
        stations=_stations(posting, problems),
        salary=_salary(posting.get("baseSalary"), problems),
        problems=tuple(problems),
    )


def _text(value: object) -> str | None:
    """A property's text: its character references resolved, its spaces trimmed."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(html.unescape(str(value)).split())
    return text or None


def _identifier(value: object) -> str | None:
    """The identifier's value: a ``PropertyValue``'s ``value``, or the text itself."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value")
    return _text(value)


def _date(posting: dict[str, Any], name: str, problems: list[str]) -> dt.date | None:
    """The day a date or date-time property names ("2026-05-01", "2026-05-01T23:59:59Z")."""
    value = posting.get(name)
    if value is None:
        return None
    written = value if isinstance(value, str) else ""
    try:
        return dt.date.fromisoformat(written.strip()[:10])
    except ValueError:
        problems.append(f"{name} {value!r} is no date")
        return None


def _stations(posting: dict[str, Any], problems: list[str]) -> tuple[DutyStation, ...]:
    """The places ``jobLocation`` names; a post done from home where the posting says so."""
    places = posting.get("jobLocation")
    stations: list[DutyStation] = []
    for place in places if isinstance(places, list) else [places]:
        address = place.get("address") if isinstance(place, dict) else None
        if address is None:
            continue
        station = _station(address, problems)
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


def _station(address: object, problems: list[str]) -> DutyStation | None:
    """The station a ``PostalAddress`` (or an address's text) names."""
    if not isinstance(address, dict):
        text = _text(address)
        return DutyStation(text, as_written=text) if text else None
    city = _text(address.get("addressLocality"))
    region = _text(address.get("addressRegion"))
    written = address.get("addressCountry")
    country_name = _text(written.get("name") if isinstance(written, dict) else written)
    code = lookup_country(country_name) if country_name else None
    if country_name and code is None:
        problems.append(f"addressCountry {country_name!r} is no country")
    if city is None and code is None:
        return None
    parts = [part for part in (city, region, country_name) if part]
    return DutyStation(
        city,
        region=region,
        country=Country(code) if code else None,
        as_written=", ".join(parts),
    )


def _salary(value: object, problems: list[str]) -> Salary | None:
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
        problems.append(f"baseSalary {json.dumps(value)} is no pay the model holds")
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
