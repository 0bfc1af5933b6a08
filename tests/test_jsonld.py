"""schema.org JobPosting in JSON-LD: what it holds, that a processor reads it, Google's checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from pyld import jsonld

import iomjobs
from iomjobs import ClosingTime, DutyStation, Position, VacancyNotice
from iomjobs.rendering import IOM_VOCABULARY
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


def test_closing_time_in_geneva_gives_a_zoned_valid_through() -> None:
    notice = attrs.evolve(
        SEED_NOTICES[2], closing_time=ClosingTime(dt.time(23, 59), "Europe/Zurich")
    )
    assert iomjobs.to_jsonld(notice)["validThrough"] == "2024-02-20T23:59:00+01:00"


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
