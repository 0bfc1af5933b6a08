"""A notice as a schema.org ``JobPosting`` in JSON-LD, Google's checks on it, and back.

What schema.org has a property for goes there (title, dates, location,
education and experience, responsibilities, skills, pay); what it lacks (the
grade, the language requirements, the competencies, the first-tier
candidates) goes under the ``iom:`` terms of the context, never dropped.
:func:`from_jsonld` reads a posting back: the one :func:`to_jsonld` wrote,
or one a job board's page holds.

>>> import datetime as dt
>>> import iomjobs
>>> notice = iomjobs.VacancyNotice(
...     reference="2024-07",
...     position=iomjobs.Position(title="Project Assistant", grade=iomjobs.Grade.parse("G6")),
...     posting_period=iomjobs.PostingPeriod(dt.date(2024, 2, 6), dt.date(2024, 2, 20)),
... )
>>> posting = iomjobs.to_jsonld(notice)
>>> posting["@type"], posting["title"], posting["datePosted"], posting["iom:grade"]
('JobPosting', 'Project Assistant', '2024-02-06', 'G6')
>>> [issue.path for issue in iomjobs.check_jsonld(posting) if issue.severity.value == "error"]
['$.description', '$.jobLocation']
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from iomjobs._arguments import require_notice
from iomjobs.errors import ErrorDetail, InvalidDocument
from iomjobs.model._misfits import explain_failure
from iomjobs.model.notice import ContractType, VacancyNotice
from iomjobs.model.pay import PayBasis
from iomjobs.model.qualification import DegreeLevel, QualificationPath
from iomjobs.rules.finding import Severity

__all__ = ["CONTEXT", "IOM_VOCABULARY", "JsonLdIssue", "check_jsonld", "from_jsonld", "to_jsonld"]

IOM_VOCABULARY = "https://iomjobs.invalid/vocab#"
"""Where the ``iom:`` terms live: IOM concepts schema.org has no property for."""

CONTEXT: dict[str, str] = {"@vocab": "https://schema.org/", "iom": IOM_VOCABULARY}
"""The JSON-LD context: schema.org by default, ``iom:`` for the rest. Inline, so no fetch."""

_IOM = {
    "@type": "Organization",
    "name": "International Organization for Migration",
    "alternateName": "IOM",
    "sameAs": "https://www.iom.int",
}
# Google's credentialCategory values for each degree.
_CREDENTIALS = {
    DegreeLevel.SECONDARY: "high school",
    DegreeLevel.BACHELOR: "bachelor degree",
    DegreeLevel.MASTER: "postgraduate degree",
    DegreeLevel.DOCTORATE: "postgraduate degree",
}
_EMPLOYMENT = {
    ContractType.FIXED_TERM: ["FULL_TIME", "TEMPORARY"],
    ContractType.SPECIAL_SHORT_TERM_GRADED: ["FULL_TIME", "TEMPORARY"],
    ContractType.SPECIAL_SHORT_TERM_UNGRADED: ["FULL_TIME", "TEMPORARY"],
    ContractType.SHORT_TERM: ["TEMPORARY"],
    ContractType.CONSULTANCY: ["CONTRACTOR"],
    ContractType.INTERNSHIP: ["INTERN"],
}


def __dir__() -> list[str]:
    return __all__


def to_jsonld(notice: VacancyNotice) -> dict[str, Any]:
    """The notice as one schema.org ``JobPosting`` node, with its context inline.

    :raises TypeError: when *notice* is no :class:`~iomjobs.VacancyNotice`, or
        holds a value of the wrong type that cannot be read (named by its path).
    """
    require_notice("to_jsonld", notice)
    try:
        return _posting(notice)
    except Exception:
        explain_failure("to_jsonld", notice)
        raise


def _posting(notice: VacancyNotice) -> dict[str, Any]:
    position = notice.position
    posting: dict[str, Any] = {"@context": CONTEXT, "@type": "JobPosting"}
    fields = {
        "title": position.title,
        "description": _description(notice),
        "identifier": _identifier(notice),
        "datePosted": _date_posted(notice),
        "validThrough": _valid_through(notice),
        "hiringOrganization": _IOM,
        "employmentType": _employment(notice),
        "responsibilities": _joined(i.text for g in position.responsibilities for i in g.items),
        "skills": _joined(position.qualifications.skills or ()),
        "qualifications": _joined(p.as_written for p in position.qualifications.education or ()),
        "eligibilityToWorkRequirement": _eligibility(notice),
        "totalJobOpenings": position.number_of_posts,
        "baseSalary": _base_salary(notice),
    }
    posting.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    posting.update(_start(notice))
    posting.update(_location(notice))
    posting.update(_requirements(notice))
    posting.update(_iom_terms(notice))
    return posting


def _joined(texts: Iterator[str | None] | tuple[str, ...]) -> str | None:
    parts = [text for text in texts if text]
    return " ".join(parts) if parts else None


def _description(notice: VacancyNotice) -> str | None:
    """The notice as HTML: context paragraphs, then duties as a list."""
    parts = [f"<p>{html.escape(paragraph)}</p>" for paragraph in notice.context]
    for group in notice.position.responsibilities:
        if group.heading:
            parts.append(f"<p><strong>{html.escape(group.heading)}</strong></p>")
        items = "".join(f"<li>{html.escape(item.text)}</li>" for item in group.items)
        if items:
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts) or None


def _identifier(notice: VacancyNotice) -> dict[str, str] | None:
    if notice.reference is None:
        return None
    return {"@type": "PropertyValue", "name": "IOM vacancy number", "value": notice.reference}


def _date_posted(notice: VacancyNotice) -> str | None:
    period = notice.posting_period
    return period.start.isoformat() if period and period.start else None


def _valid_through(notice: VacancyNotice) -> str | None:
    closing = notice.closing_date or (notice.posting_period.end if notice.posting_period else None)
    if closing is None:
        return None
    closing_time = notice.closing_time
    if closing_time is None or closing_time.time_zone is None:
        # A date alone: a date-time without a zone draws a warning from Google.
        return closing.isoformat()
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

    try:
        zone = ZoneInfo(closing_time.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return closing.isoformat()
    return dt.datetime.combine(closing, closing_time.time, tzinfo=zone).isoformat()


def _employment(notice: VacancyNotice) -> list[str] | None:
    contract = notice.appointment.contract_type if notice.appointment else None
    return _EMPLOYMENT.get(contract) if contract else None


def _base_salary(notice: VacancyNotice) -> dict[str, Any] | None:
    """The pay as Google reads it: a ``MonetaryAmount`` of a value or range, per its period."""
    salary = notice.salary
    if salary is None:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if salary.maximum is None:
        value["value"] = _number(salary.amount)
    else:
        value["minValue"], value["maxValue"] = _number(salary.amount), _number(salary.maximum)
    if salary.period is not None:
        value["unitText"] = salary.period.name  # HOUR, DAY, WEEK, MONTH, YEAR
    return {"@type": "MonetaryAmount", "currency": salary.currency.code, "value": value}


def _number(amount: Decimal) -> int | float:
    # JSON-LD's Number: an int where the amount is whole, so "35000" stays exact.
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _start(notice: VacancyNotice) -> dict[str, Any]:
    start = notice.start
    if start is None:
        return {}
    if start.date is not None:
        # A month alone as ISO 8601 writes one: "2026-04".
        written = f"{start.date:%Y-%m}" if start.month_only else start.date.isoformat()
        return {"jobStartDate": written}
    return {"jobImmediateStart": True} if start.as_soon_as_possible else {}


def _location(notice: VacancyNotice) -> dict[str, Any]:
    # A station that names no city, no country and is not home-based says nothing.
    stations = [s for s in notice.position.duty_stations if s.city or s.country or s.home_based]
    places = []
    for station in stations:
        if not station.city and (station.home_based or station.country is None):
            continue  # nothing to put in an address
        address: dict[str, str] = {"@type": "PostalAddress"}
        if station.city:
            address["addressLocality"] = station.city
        if station.region:
            address["addressRegion"] = station.region
        if station.country:
            address["addressCountry"] = station.country.code
        places.append({"@type": "Place", "address": address})
    found: dict[str, Any] = {"jobLocation": places} if places else {}
    if stations and all(station.home_based for station in stations):
        found["jobLocationType"] = "TELECOMMUTE"
        countries = [s.country.code for s in stations if s.country]
        if countries:
            found["applicantLocationRequirements"] = [
                {"@type": "Country", "name": code} for code in countries
            ]
    return found


def _requirements(notice: VacancyNotice) -> dict[str, Any]:
    """Education per path, the least experience asked, and whether experience may stand in."""
    paths = notice.position.qualifications.education or ()
    if not paths:
        return {}
    found: dict[str, Any] = {
        "educationRequirements": [
            {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": _CREDENTIALS[p.degree],
            }
            for p in paths
        ]
    }
    years = [p.min_years for p in paths if p.min_years is not None]
    if years:
        months = min(years) * 12
        # Google flags 0 months; "no requirements" says the same.
        experience: Any = months or "no requirements"
        found["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": experience,
        }
    found["experienceInPlaceOfEducation"] = _experience_replaces_education(paths)
    return found


def _experience_replaces_education(paths: tuple[QualificationPath, ...]) -> bool:
    """Whether a lower degree with more years is an alternative to a higher one."""
    return any(
        lower.degree < higher.degree
        and lower.min_years is not None
        and higher.min_years is not None
        and lower.min_years > higher.min_years
        for lower in paths
        for higher in paths
    )


def _eligibility(notice: VacancyNotice) -> str | None:
    rules = [
        note
        for note in notice.notes
        if any(
            word in note.lower() for word in ("residence", "residency", "work permit", "nationals")
        )
    ]
    if notice.duty_station_nationals_eligible is False and not rules:
        rules.append("Nationals of the duty station's country are not eligible.")
    if notice.open_to_nationals_of:
        names = "; ".join(country.name() for country in notice.open_to_nationals_of)
        rules.append(f"Open only to nationals of: {names}.")
    return " ".join(rules) or None


# The iom: terms, and where each one's value stands in the notice's JSON form.
_IOM_TERMS = {
    "iom:noticeKind": ("kind",),
    "iom:grade": ("position", "grade"),
    "iom:languageRequirements": ("position", "languages"),
    "iom:languageNotes": ("position", "language_notes"),
    "iom:competencies": ("position", "competencies"),
    "iom:firstTier": ("first_tier",),
    "iom:noticeLanguage": ("language",),
    "iom:openToNationalsOf": ("open_to_nationals_of",),
}


def _iom_terms(notice: VacancyNotice) -> dict[str, Any]:
    """What schema.org has no property for, under the ``iom:`` namespace."""
    from iomjobs.serialize import to_dict  # noqa: PLC0415 -- the JSON form of the parts

    document = to_dict(notice)
    terms = {term: _at(document, keys) for term, keys in _IOM_TERMS.items()}
    # The pay's basis: baseSalary's MonetaryAmount has no property for it.
    salary = notice.salary
    terms["iom:payBasis"] = salary.basis.value if salary and salary.basis else None
    # Who alone may apply, by nationality: only where the notice says so.
    terms["iom:openToNationalsOf"] = terms["iom:openToNationalsOf"] or None
    terms["iom:languageNotes"] = terms["iom:languageNotes"] or None
    return {key: value for key, value in terms.items() if value is not None}


def _at(document: dict[str, Any], keys: tuple[str, ...]) -> Any:  # noqa: ANN401 -- JSON
    for key in keys:
        document = document[key]
    return document


def from_jsonld(document: object) -> VacancyNotice:
    """Read a notice from a schema.org ``JobPosting`` in JSON-LD: :func:`to_jsonld`'s, or a page's.

    *document* is the JSON-LD as :func:`json.loads` gives it, or its text:
    a posting alone, a list of nodes or an ``@graph``, its ``@type`` a name
    or a list of names, holding one ``JobPosting``. Read: ``title`` (as a
    notice's is read, without the marks Oracle-era titles end in: "(P)" the
    recruiting type, "(UG)" the grade, "(2 Positions)", "(Internal
    applicants only)", "(Dutch Nationals only)", each read where no
    property says it), ``identifier``, ``datePosted`` (the posting period's start),
    ``validThrough`` (the closing date: its day), ``jobLocation`` (or
    ``TELECOMMUTE`` and the countries of ``applicantLocationRequirements``:
    a post done from home), ``baseSalary``, ``totalJobOpenings``,
    ``jobStartDate`` and ``jobImmediateStart``, and the ``iom:`` terms
    :func:`to_jsonld` writes, as it writes them. The text schema.org keeps
    of the notice's lists (``description``, ``responsibilities``,
    ``skills``, ``qualifications``) and its contract (``employmentType``)
    are not read back: the notice's own JSON form
    (:func:`iomjobs.loads`) keeps everything.

    >>> import datetime as dt
    >>> import iomjobs
    >>> notice = iomjobs.VacancyNotice(
    ...     reference="SVN2026.19093",
    ...     position=iomjobs.Position(title="Driver", grade=iomjobs.Grade.parse("G4")),
    ...     closing_date=dt.date(2026, 2, 17),
    ... )
    >>> iomjobs.from_jsonld(iomjobs.to_jsonld(notice)) == notice
    True
    >>> iomjobs.from_jsonld({"@type": "JobPosting", "validThrough": "soon"})
    Traceback (most recent call last):
    ...
    iomjobs.errors.InvalidDocument: validThrough 'soon' is no date @ $.validThrough

    :raises InvalidDocument: when *document* is no JSON, holds no
        ``JobPosting`` or several, or a property that cannot be read, each
        error with its path in *document*.
    """
    from iomjobs._posting import filled, posting_fields, postings_in  # noqa: PLC0415

    data = _json_of(document)
    found = postings_in(data)
    if len(found) != 1:
        where = ", ".join(path for path, _ in found)
        message = f"{len(found)} JobPostings ({where})" if found else "no JobPosting"
        raise InvalidDocument([ErrorDetail("$", f"{message}: expected one")])
    ((path, posting),) = found
    fields = posting_fields(posting)
    if fields.problems:
        raise InvalidDocument([ErrorDetail(path + at[1:], said) for at, said in fields.problems])
    notice, _ = filled(_iom_notice(posting, path), fields)
    return _with_basis(notice, posting.get("iom:payBasis"), path)


def _with_basis(notice: VacancyNotice, written: object, path: str) -> VacancyNotice:
    """*notice*, its pay's basis the one ``iom:payBasis`` names (where it states pay)."""
    if written is None or notice.salary is None:
        return notice
    try:
        basis = PayBasis(written)
    except (TypeError, ValueError):
        said = f"Invalid PayBasis: {written!r} (expected gross, net or all inclusive)"
        raise InvalidDocument([ErrorDetail(f"{path}['iom:payBasis']", said)]) from None
    return attrs.evolve(notice, salary=attrs.evolve(notice.salary, basis=basis))


def _json_of(document: object) -> object:
    """*document*, read from its text where it is text."""
    if not isinstance(document, str | bytes | bytearray):
        return document
    from iomjobs.serialize import json_of_bytes, json_of_text  # noqa: PLC0415

    return json_of_text(document) if isinstance(document, str) else json_of_bytes(bytes(document))


def _iom_notice(posting: dict[str, Any], path: str) -> VacancyNotice:
    """The notice the posting's ``iom:`` terms give, read as the notice's JSON form is."""
    from iomjobs.serialize import FORMAT_VERSION, from_dict  # noqa: PLC0415

    document: dict[str, Any] = {"format_version": FORMAT_VERSION}
    for term, keys in _IOM_TERMS.items():
        if term in posting:
            *stores, key = keys
            place = document.setdefault(stores[0], {}) if stores else document
            place[key] = posting[term]
    try:
        return from_dict(document)
    except InvalidDocument as error:
        details = [ErrorDetail(_term_path(e.path, path), e.message) for e in error.errors]
        raise InvalidDocument(details) from None


def _term_path(found: str, posting: str) -> str:
    """The path in the posting of *found*, a path in the notice's JSON form."""
    for term, keys in _IOM_TERMS.items():
        at = "$." + ".".join(keys)
        if found == at or found.startswith((f"{at}.", f"{at}[")):
            return f"{posting}['{term}']{found[len(at) :]}"
    return posting + found[1:]


@attrs.frozen
class JsonLdIssue:
    """A property Google requires (error) or recommends (warning) that is missing."""

    path: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.message} @ {self.path}"


_REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
_RECOMMENDED = ("validThrough", "employmentType", "identifier", "directApply", "baseSalary")


def check_jsonld(document: dict[str, Any] | list[Any]) -> list[JsonLdIssue]:
    """The properties Google's job-posting rich results require or recommend that a posting lacks.

    *document* is a ``JobPosting`` node, as :func:`to_jsonld` makes one, or
    what a page's ``application/ld+json`` script holds: a node, a list of
    nodes, or an ``@graph``, where the first node typed ``JobPosting`` is
    checked and the paths lead into *document*. A property may hold one
    value or a list of them, as JSON-LD allows: one ``jobLocation`` or
    several, an ``address`` as a ``PostalAddress`` or as text, an
    ``addressCountry`` as a code or as a ``Country``.

    ``jobLocation`` is required unless the post is remote
    (``jobLocationType: TELECOMMUTE`` with ``applicantLocationRequirements``);
    a location needs ``addressCountry``. Missing required properties are
    errors, missing recommended ones warnings, as Google reports them.

    :raises TypeError: when *document* is neither a JSON object nor a list.
    """
    _require_document(document)
    found = _posting_in(document, "$")
    if found is None:
        return [JsonLdIssue("$", Severity.ERROR, "the document holds no JobPosting node")]
    path, posting = found
    issues = [
        JsonLdIssue(f"{path}.{name}", Severity.ERROR, f"required property {name!r} is missing")
        for name in _REQUIRED
        if not posting.get(name)
    ]
    issues += _location_issues(posting, path)
    issues += [
        JsonLdIssue(f"{path}.{name}", Severity.WARNING, f"recommended property {name!r} is missing")
        for name in _RECOMMENDED
        if not posting.get(name)
    ]
    return sorted(issues, key=lambda issue: (issue.severity is not Severity.ERROR, issue.path))


def _require_document(document: object) -> None:
    if not isinstance(document, (dict, list)):
        kind = type(document).__name__
        msg = f"check_jsonld() takes a JSON-LD document (a dict, or a list of nodes), not {kind}"
        raise TypeError(msg)


def _posting_in(document: object, path: str) -> tuple[str, dict[str, Any]] | None:
    """The first JobPosting node in *document*, with its path; a node that names no type is one."""
    if isinstance(document, list):
        for index, node in enumerate(document):
            found = _posting_in(node, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    if not isinstance(document, dict):
        return None
    if "@graph" in document:
        return _posting_in(document["@graph"], f"{path}['@graph']")
    if any(map(_is_job_posting, _values(document.get("@type", "JobPosting")))):
        return path, document
    return None


def _is_job_posting(kind: object) -> bool:
    # "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting".
    return isinstance(kind, str) and kind.rpartition("/")[2].rpartition(":")[2] == "JobPosting"


def _location_issues(posting: dict[str, Any], path: str) -> list[JsonLdIssue]:
    """``jobLocation``, unless the post is remote, and each location's country."""
    remote = "TELECOMMUTE" in _values(posting.get("jobLocationType")) and posting.get(
        "applicantLocationRequirements"
    )
    value = posting.get("jobLocation")
    if not value:
        if remote:
            return []
        message = "required property 'jobLocation' is missing"
        return [JsonLdIssue(f"{path}.jobLocation", Severity.ERROR, message)]
    # One place is written as the place itself, several as a list.
    several = isinstance(value, list)
    issues = []
    for index, place in enumerate(value if several else [value]):
        if not _has_country(place):
            where = f"{path}.jobLocation{f'[{index}]' if several else ''}.address.addressCountry"
            issues.append(
                JsonLdIssue(where, Severity.ERROR, "a job location needs 'addressCountry'")
            )
    return issues


def _has_country(place: object) -> bool:
    # A Place whose PostalAddress (or one of them) names its country: a code,
    # or a Country node with a name. An address written as text names none.
    if not isinstance(place, dict):
        return False
    for address in _values(place.get("address")):
        if isinstance(address, dict):
            for country in _values(address.get("addressCountry")):
                if isinstance(country, str) and country.strip():
                    return True
                if isinstance(country, dict) and country.get("name"):
                    return True
    return False


def _values(value: object) -> list[Any]:
    """A property's values: JSON-LD writes one value as itself, several as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
