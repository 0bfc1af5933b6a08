"""schema.org JobPosting in JSON-LD: what it holds, that a processor reads it, Google's checks."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyld import jsonld

import iomjobs
from iomjobs import (
    ClosingTime,
    Country,
    DutyStation,
    Grade,
    Position,
    RecruitingType,
    StartDate,
    VacancyNotice,
)
from iomjobs.rendering import IOM_VOCABULARY
from iomjobs.strategies import PostedNotice, job_postings
from iomjobs.strategies import notices as realistic_notices
from seed_notices import SEED_NOTICES
from strategies import notices


def _expanded(posting: dict[str, Any]) -> list[dict[str, Any]]:
    return jsonld.expand(posting)  # type: ignore[no-any-return]


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_a_json_ld_processor_reads_every_seed(number: int) -> None:
    (node,) = _expanded(iomjobs.to_jsonld(SEED_NOTICES[number]))
    assert node["@type"] == ["https://schema.org/JobPosting"]


def test_seed_002_has_every_property_google_requires() -> None:
    posting = iomjobs.to_jsonld(SEED_NOTICES[2])
    errors = [i for i in iomjobs.check_jsonld(posting) if i.severity.value == "error"]
    assert errors == []
    assert posting["identifier"] == {
        "@type": "PropertyValue",
        "name": "IOM vacancy number",
        "value": "2024-07",
    }
    assert posting["datePosted"] == "2024-02-06"
    assert posting["validThrough"] == "2024-02-20"
    assert posting["jobStartDate"] == "2024-03-15"
    assert posting["jobLocation"] == [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Shengjin",
                "addressCountry": "AL",
            },
        }
    ]
    assert posting["employmentType"] == ["FULL_TIME", "TEMPORARY"]
    assert posting["description"].startswith("<p>Established in 1951")
    assert "<ul><li>Undertake inclusion" in posting["description"]


def test_education_and_experience() -> None:
    posting = iomjobs.to_jsonld(SEED_NOTICES[2])
    assert [c["credentialCategory"] for c in posting["educationRequirements"]] == [
        "bachelor degree",
        "high school",
    ]
    assert posting["experienceRequirements"]["monthsOfExperience"] == 48
    assert posting["experienceInPlaceOfEducation"] is True


def test_iom_concepts_are_kept_under_their_own_terms() -> None:
    posting = iomjobs.to_jsonld(SEED_NOTICES[2])
    assert posting["iom:grade"] == "G6"
    assert [r["language"] for r in posting["iom:languageRequirements"]] == ["en", "sq"]
    assert len(posting["iom:competencies"]["values"]["items"]) == 5
    (node,) = _expanded(posting)
    assert node[f"{IOM_VOCABULARY}grade"] == [{"@value": "G6"}]


def test_the_sections_notes_are_kept_under_iom_terms() -> None:
    notice = SEED_NOTICES[1]
    posting = iomjobs.to_jsonld(notice)
    assert posting["iom:languageNotes"] == list(notice.position.language_notes)
    assert posting["iom:competencies"]["notes"][0].startswith("IOM’s competency framework")
    read = iomjobs.from_jsonld(posting).position
    assert read.language_notes == notice.position.language_notes
    assert read.competencies == notice.position.competencies
    # A notice without them has no such term.
    assert "iom:languageNotes" not in iomjobs.to_jsonld(SEED_NOTICES[2])


def test_closing_time_in_geneva_gives_a_zoned_valid_through() -> None:
    notice = attrs.evolve(
        SEED_NOTICES[2], closing_time=ClosingTime(dt.time(23, 59), "Europe/Zurich")
    )
    assert iomjobs.to_jsonld(notice)["validThrough"] == "2024-02-20T23:59:00+01:00"


@pytest.mark.parametrize(
    ("zone", "offset"), [("Etc/GMT-3", "+03:00"), ("Africa/Nairobi", "+03:00"), ("UTC", "+00:00")]
)
def test_a_closing_hour_read_in_another_zone_gives_its_offset(zone: str, offset: str) -> None:
    # "11:59 PM EAT" is read as Etc/GMT-3, "(Nairobi time)" as Africa/Nairobi.
    pytest.importorskip("zoneinfo").ZoneInfo(zone)
    notice = attrs.evolve(SEED_NOTICES[2], closing_time=ClosingTime(dt.time(23, 59), zone))
    assert iomjobs.to_jsonld(notice)["validThrough"] == f"2024-02-20T23:59:00{offset}"


def test_home_based_posts_are_remote() -> None:
    notice = VacancyNotice(
        position=Position(
            duty_stations=(DutyStation(home_based=True, country=iomjobs.Country("ET")),)
        )
    )
    posting = iomjobs.to_jsonld(notice)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == [{"@type": "Country", "name": "ET"}]
    assert not [i for i in iomjobs.check_jsonld(posting) if i.path == "$.jobLocation"]


def test_a_region_is_the_address_region() -> None:
    station = DutyStation("Maiduguri", iomjobs.Country("NG"), region="Borno State")
    posting = iomjobs.to_jsonld(VacancyNotice(position=Position(duty_stations=(station,))))
    assert posting["jobLocation"] == [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Maiduguri",
                "addressRegion": "Borno State",
                "addressCountry": "NG",
            },
        }
    ]


def test_nationality_rules_are_eligibility_requirements() -> None:
    posting = iomjobs.to_jsonld(SEED_NOTICES[1])
    assert "nationals of the duty station" in posting["eligibilityToWorkRequirement"]


def test_missing_properties_are_reported_by_severity() -> None:
    issues = iomjobs.check_jsonld(iomjobs.to_jsonld(VacancyNotice()))
    errors = [i.path for i in issues if i.severity.value == "error"]
    assert errors == ["$.datePosted", "$.description", "$.jobLocation", "$.title"]
    assert "$.validThrough" in [i.path for i in issues if i.severity.value == "warning"]


@given(notices)
def test_every_notice_expands(notice: VacancyNotice) -> None:
    posting = iomjobs.to_jsonld(notice)
    (node,) = _expanded(posting)
    assert node["@type"] == ["https://schema.org/JobPosting"]
    facts = (
        notice.position.title
        and (notice.context or any(g.items for g in notice.position.responsibilities))
        and notice.posting_period
        and notice.posting_period.start
        and any(s.country for s in notice.position.duty_stations)
        and all(s.country for s in notice.position.duty_stations if s.city)
    )
    if facts:
        assert not [i for i in iomjobs.check_jsonld(posting) if i.severity.value == "error"]


# As Google's and schema.org's examples write a posting, and as pages carry it:
# one location as the Place itself, an address as a PostalAddress or as text,
# a country as a code or as a Country node, the posting in an @graph.
GOOGLE_STYLE = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Migration Health Assistant",
    "description": "<p>Under the direct supervision of the Migration Health Officer...</p>",
    "datePosted": "2026-02-06",
    "validThrough": "2026-02-20T23:59",
    "hiringOrganization": {"@type": "Organization", "name": "IOM"},
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Dakar",
            "addressCountry": "SN",
        },
    },
}


def _errors(document: Any) -> list[str]:
    return [str(i) for i in iomjobs.check_jsonld(document) if i.severity.value == "error"]


def test_one_location_may_be_the_place_itself() -> None:
    assert _errors(GOOGLE_STYLE) == []
    text_address = {**GOOGLE_STYLE, "jobLocation": {"@type": "Place", "address": "Dakar, Senegal"}}
    assert _errors(text_address) == [
        "error: a job location needs 'addressCountry' @ $.jobLocation.address.addressCountry"
    ]


def test_a_country_may_be_a_country_node() -> None:
    place = {"@type": "Place", "address": {"addressCountry": {"@type": "Country", "name": "SN"}}}
    assert _errors({**GOOGLE_STYLE, "jobLocation": [place]}) == []
    assert _errors({**GOOGLE_STYLE, "jobLocation": [place, "Thiès"]}) == [
        "error: a job location needs 'addressCountry' @ $.jobLocation[1].address.addressCountry"
    ]


def test_the_posting_is_found_in_a_graph_or_a_list() -> None:
    page = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, GOOGLE_STYLE]}
    assert _errors(page) == []
    no_title = {**GOOGLE_STYLE, "@type": ["JobPosting"]}
    del no_title["title"]
    assert _errors([{"@type": "BreadcrumbList"}, no_title]) == [
        "error: required property 'title' is missing @ $[1].title"
    ]
    page["@graph"] = [{"@type": "WebPage"}, no_title]
    assert _errors(page) == ["error: required property 'title' is missing @ $['@graph'][1].title"]
    assert _errors({"@graph": [{"@type": "WebPage"}]}) == [
        "error: the document holds no JobPosting node @ $"
    ]


def test_check_jsonld_takes_a_document() -> None:
    with pytest.raises(
        TypeError, match=r"takes a JSON-LD document \(a dict, or a list of nodes\), not str"
    ):
        iomjobs.check_jsonld('{"@type": "JobPosting"}')  # type: ignore[arg-type]


@given(notices)
def test_a_posting_reads_alike_in_every_shape(notice: VacancyNotice) -> None:
    posting = iomjobs.to_jsonld(notice)
    issues = [(i.path, i.message) for i in iomjobs.check_jsonld(posting)]
    in_graph = iomjobs.check_jsonld({"@graph": [{"@type": "WebPage"}, posting]})
    assert [(i.path.replace("$['@graph'][1]", "$"), i.message) for i in in_graph] == issues
    places = posting.get("jobLocation", [])
    if len(places) == 1:
        alone = iomjobs.check_jsonld({**posting, "jobLocation": places[0]})
        assert [
            (i.path.replace(".jobLocation.", ".jobLocation[0]."), i.message) for i in alone
        ] == issues


@pytest.mark.parametrize(
    ("start", "said"),
    [
        (StartDate(as_soon_as_possible=True), {"jobImmediateStart": True}),
        (StartDate(to_be_determined=True), {}),
    ],
)
def test_a_start_with_no_date(start: StartDate, said: dict[str, object]) -> None:
    posting = iomjobs.to_jsonld(attrs.evolve(SEED_NOTICES[2], start=start))
    assert {
        key: posting[key] for key in ("jobStartDate", "jobImmediateStart") if key in posting
    } == said


# --- reading a posting back: from_jsonld -----------------------------------------------


def _what_a_posting_keeps(notice: VacancyNotice) -> dict[str, object]:
    """What from_jsonld reads back of *notice* from to_jsonld's posting.

    schema.org's properties, where the notice's model holds what they say,
    and the iom: terms whole. The closing date is validThrough's day (the
    period's end where no closing date is given); the start, jobStartDate's
    day or an immediate start; the stations, where each names a city and
    none is done from home; the pay, its amount as JSON's number.
    """
    position, period = notice.position, notice.posting_period
    start = notice.start
    if start is not None and start.date is None and not start.as_soon_as_possible:
        start = None  # "to be determined": no property says it
    elif start is not None:
        start = StartDate(start.date) if start.date else StartDate(as_soon_as_possible=True)
    stations = position.duty_stations
    placed = all(s.city and not s.home_based for s in stations)
    salary = notice.salary
    return {
        "title": position.title or None,
        "reference": notice.reference,
        "kind": notice.kind,
        "grade": position.grade,
        "languages": position.languages,
        "language_notes": position.language_notes,
        "competencies": position.competencies,
        "first_tier": notice.first_tier,
        "language": notice.language,
        "posts": position.number_of_posts,
        "closing": notice.closing_date or (period.end if period else None),
        "posted": period.start if period else None,
        "start": start,
        "stations": [(s.city, s.region, s.country) for s in stations] if placed else None,
        "pay": (
            float(salary.amount),
            salary.maximum and float(salary.maximum),
            salary.currency,
            salary.basis,
        )
        if salary
        else None,
    }


@given(realistic_notices())
def test_a_posting_reads_back_what_it_keeps(notice: VacancyNotice) -> None:
    read = iomjobs.from_jsonld(iomjobs.to_jsonld(notice))
    if _what_a_posting_keeps(notice)["stations"] is None:  # a station the posting half says
        read, notice = (
            attrs.evolve(each, position=attrs.evolve(each.position, duty_stations=()))
            for each in (read, notice)
        )
    assert _what_a_posting_keeps(read) == _what_a_posting_keeps(notice)


def test_a_boards_posting_in_a_graph_is_read() -> None:
    # In the shape Oracle Recruiting's pages write, in a @graph beside the site's page.
    document = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "IOM Careers"},
            {
                "@type": ["JobPosting"],
                "title": "Movement Operations Associate (Movement Management)",
                "identifier": {"@type": "PropertyValue", "value": "EXPEDITED VN-US10-2026-021"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {"addressLocality": "Washington D.C.", "addressCountry": "US"},
                },
                "datePosted": "2026-03-02",
                "validThrough": "2026-03-16T23:59:59Z",
                "jobImmediateStart": True,
            },
        ],
    }
    notice = iomjobs.from_jsonld(json.dumps(document))
    assert notice.position.title == "Movement Operations Associate (Movement Management)"
    assert iomjobs.notice_key(notice) == "VN-US10-2026-021|US"
    assert notice.closing_date == dt.date(2026, 3, 16)
    assert notice.posting_period == iomjobs.PostingPeriod(dt.date(2026, 3, 2))
    assert notice.start == StartDate(as_soon_as_possible=True)
    (station,) = notice.position.duty_stations
    assert (station.city, station.country, station.as_written) == (
        "Washington D.C.",
        iomjobs.Country("US"),
        "Washington D.C., US",
    )


@pytest.mark.parametrize(
    ("title", "name", "read"),
    [
        # Oracle-era titles as IOM writes them, its postings' too (the fixtures'
        # boards copied "Information and Communications Technology (ICT) Officer
        # (Identity and Access Management) (P)", impactpool "Intern - Shelter
        # Coordination Information Management (UG)").
        ("Project Officer (Labour Migration) (P)", "Project Officer (Labour Migration)",
         {"recruiting_type": RecruitingType.PROFESSIONAL}),
        ("Intern - Shelter Coordination Information Management (UG)",
         "Intern - Shelter Coordination Information Management", {"grade": Grade.parse("UG")}),
        ("Associate Investigator (2 Positions) (P)", "Associate Investigator",
         {"recruiting_type": RecruitingType.PROFESSIONAL, "number_of_posts": 2}),
        ("Special Advisor to the DG (P) (Internal applicants only)", "Special Advisor to the DG",
         {"recruiting_type": RecruitingType.PROFESSIONAL, "open_to_external": False}),
        ("JPO - Programme Officer (Search and Rescue (SAR)) - (Dutch Nationals only)",
         "JPO - Programme Officer (Search and Rescue (SAR))",
         {"open_to_nationals_of": (Country("NL"),)}),
    ],
)  # fmt: skip
def test_a_postings_title_is_read_without_its_marks(
    title: str, name: str, read: dict[str, object]
) -> None:
    # The text reader keeps a title without its marks and reads what they say;
    # a posting's title had kept them, and said nothing of them.
    notice = iomjobs.from_jsonld({"@type": "JobPosting", "title": title})
    text = iomjobs.parse_notice(f"Position Title: {title}\n").notice
    assert notice.position.title == text.position.title == name
    for field, value in read.items():
        held = notice if hasattr(notice, field) else notice.position
        assert getattr(held, field) == value
    assert _marked_fields(notice) == _marked_fields(text)


def _marked_fields(notice: VacancyNotice) -> tuple[object, ...]:
    position = notice.position
    return (
        position.recruiting_type,
        position.grade,
        position.number_of_posts,
        notice.open_to_external,
        notice.open_to_nationals_of,
    )


def test_a_postings_fields_say_more_than_its_titles_marks() -> None:
    posting = {
        "@type": "JobPosting",
        "title": "Associate Investigator (2 Positions) (UG)",
        "totalJobOpenings": 3,
        "iom:grade": "P-3",
    }
    notice = iomjobs.from_jsonld(posting)
    assert notice.position.title == "Associate Investigator"
    assert (str(notice.position.grade), notice.position.number_of_posts) == ("P-3", 3)


def test_a_postings_text_is_read_as_the_notices_text_is() -> None:
    # IOM's notices of 2025 write non-breaking hyphens ("pre\u2011employment",
    # "follow\u2011up", in two boards' copies among the fixtures), and text from a
    # Mac may come with its accents apart. The text reader writes both plainly;
    # a posting's copy of the same notice had kept them, and so given the vacancy
    # another key than the text's ("SVN\u20112025/01|CO").
    posting = {
        "@type": "JobPosting",
        "title": "Asistente de Migracio\u0301n (Pre\u2011departure)",
        "identifier": {"@type": "PropertyValue", "value": "SVN\u20112025/01"},
        "jobLocation": {"address": {"addressLocality": "Bogota\u0301", "addressCountry": "CO"}},
    }
    text = (
        "Position Title: Asistente de Migracio\u0301n (Pre\u2011departure)\n"
        "Vacancy Number: SVN\u20112025/01\nDuty Station: Bogota\u0301, Colombia\n"
    )
    from_posting = iomjobs.from_jsonld(posting)
    from_text = iomjobs.parse_notice(text).notice
    assert from_posting.position.title == "Asistente de Migraci\u00f3n (Pre-departure)"
    assert from_posting.position.title == from_text.position.title
    assert from_posting.reference == from_text.reference == "SVN-2025/01"
    assert [s.city for s in from_posting.position.duty_stations] == ["Bogot\u00e1"]
    assert iomjobs.notice_key(from_posting) == iomjobs.notice_key(from_text) == "SVN-2025/01|CO"


@pytest.mark.parametrize(
    ("document", "errors"),
    [
        ({"@type": "WebPage"}, [("$", "no JobPosting: expected one")]),
        (
            [{"@type": "JobPosting"}, {"@graph": [{"@type": "JobPosting"}]}],
            [("$", "2 JobPostings ($[0], $[1]['@graph'][0]): expected one")],
        ),
        ("{", [("$", "invalid JSON: Expecting property name enclosed in double quotes: "
                     "line 1 column 2 (char 1)")]),
        (
            {"@graph": [{"@type": "JobPosting", "validThrough": "soon", "totalJobOpenings": 0}]},
            [
                ("$['@graph'][0].validThrough", "validThrough 'soon' is no date"),
                ("$['@graph'][0].totalJobOpenings", "totalJobOpenings 0 is no number of posts"),
            ],
        ),
        (
            {"@type": "JobPosting", "jobLocation": [{"address": {"addressCountry": "Atlantis"}}]},
            [("$.jobLocation[0].address.addressCountry", "addressCountry 'Atlantis' is no country")],
        ),
        (
            {
                "@type": "JobPosting",
                "baseSalary": {"currency": "USD", "value": 1500},
                "iom:payBasis": "tax free",
            },
            [("$['iom:payBasis']", "Invalid PayBasis: 'tax free'")],
        ),
        (
            {"@type": "JobPosting", "iom:grade": "G9", "iom:noticeKind": "memo"},
            [
                ("$['iom:noticeKind']", "Invalid NoticeKind: 'memo' (str)"),
                ("$['iom:grade']", "Invalid grade: 'G9'"),
            ],
        ),
    ],
)  # fmt: skip
def test_what_is_no_posting_is_refused_with_its_path(
    document: object, errors: list[tuple[str, str]]
) -> None:
    with pytest.raises(iomjobs.InvalidDocument) as refused:
        iomjobs.from_jsonld(document)
    found = refused.value.errors
    assert len(found) == len(errors)
    assert [(e.path, e.message[: len(m)]) for e, (_, m) in zip(found, errors, strict=True)] == (
        errors
    )


def _json_containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    _json_containers,
    max_leaves=12,
)
_PROPERTIES = (
    "title", "identifier", "datePosted", "validThrough", "jobLocation", "jobLocationType",
    "applicantLocationRequirements", "baseSalary", "totalJobOpenings", "jobStartDate",
    "jobImmediateStart", *(f"iom:{term}" for term in (
        "noticeKind", "grade", "languageRequirements", "competencies", "firstTier",
        "noticeLanguage",
    )),
)  # fmt: skip


@given(
    _JSON
    | st.fixed_dictionaries(
        {"@type": st.just("JobPosting")},
        optional=dict.fromkeys(_PROPERTIES, _JSON),
    )
)
def test_any_json_is_a_notice_or_refused_with_a_path(document: object) -> None:
    try:
        notice = iomjobs.from_jsonld(document)
    except iomjobs.InvalidDocument as refused:
        assert all(error.path.startswith("$") for error in refused.errors)
    else:
        assert isinstance(notice, VacancyNotice)


@given(job_postings())
def test_a_posting_reads_alike_in_every_shape_a_page_gives_it(posted: PostedNotice) -> None:
    alone = iomjobs.from_jsonld(iomjobs.to_jsonld(posted.notice))
    assert iomjobs.from_jsonld(posted.document) == alone
    assert iomjobs.from_jsonld(json.dumps(posted.document)) == alone


def test_the_nationals_who_alone_may_apply_are_an_eligibility_requirement() -> None:
    # A JPO's post, open to its sponsor's nationals alone ("(Dutch Nationals only)").
    notice = attrs.evolve(SEED_NOTICES[2], open_to_nationals_of=(Country("NL"), Country("JP")))
    posting = iomjobs.to_jsonld(notice)
    assert (
        "Open only to nationals of: Netherlands; Japan." in posting["eligibilityToWorkRequirement"]
    )
    assert posting["iom:openToNationalsOf"] == ["NL", "JP"]
    assert "iom:openToNationalsOf" not in iomjobs.to_jsonld(SEED_NOTICES[2])


def test_the_nationals_who_alone_may_apply_read_back() -> None:
    notice = attrs.evolve(SEED_NOTICES[2], open_to_nationals_of=(Country("KR"),))
    assert iomjobs.from_jsonld(iomjobs.to_jsonld(notice)).open_to_nationals_of == (Country("KR"),)


def test_a_start_given_by_its_month_is_written_and_read_as_one() -> None:
    # Written as ISO 8601 writes a month alone, and read back as a month.
    april = StartDate(dt.date(2024, 4, 1), month_only=True)
    posting = iomjobs.to_jsonld(attrs.evolve(SEED_NOTICES[2], start=april))
    assert posting["jobStartDate"] == "2024-04"
    assert iomjobs.from_jsonld(posting).start == april


def test_a_start_month_that_is_none_is_no_date() -> None:
    posting = iomjobs.to_jsonld(SEED_NOTICES[2])
    with pytest.raises(iomjobs.InvalidDocument) as info:
        iomjobs.from_jsonld({**posting, "jobStartDate": "2024-13"})
    assert info.value.path == "$.jobStartDate"
