"""notice_key: one vacancy read from several boards has one key."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given

import iomjobs
from iomjobs import Country, DutyStation, Position, VacancyNotice, notice_key, parse_notice
from iomjobs.strategies import notices

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(
    "copies",
    [
        # IOM Yemen's notice of 2026 as eoi-ye.com mailed it and yemenhr.com shows it.
        ("listed_header_split_labels", "board_posted_and_deadline_above_list"),
        # IOM Guatemala's expedited call of 2025 on two boards.
        ("bilingual_spanish_english", "bilingual_blocks_job_board"),
    ],
)
def test_two_boards_copies_of_one_vacancy_have_one_key(copies: tuple[str, str]) -> None:
    keys = {notice_key(parse_notice(LAYOUTS / f"{name}.txt").notice) for name in copies}
    assert len(keys) == 1
    assert None not in keys


@pytest.mark.parametrize(
    ("reference", "key"),
    [
        ("SVN2026. 19093", "SVN2026.19093|YE"),
        ("svn2026.19093", "SVN2026.19093|YE"),
        ("EXPEDITED SVN-US97-2025-021", "SVN-US97-2025-021|YE"),
        ("Expedited - VN-US10-2026-017", "VN-US10-2026-017|YE"),
        # A word processor's non-breaking hyphen, a page's dash for " - " (WordPress
        # writes " &#8211; "), a minus sign: each is the hyphen IOM wrote.
        ("SVN\u20112025/01", "SVN-2025/01|YE"),
        ("CON 2017/02 \u2013 RW", "CON2017/02-RW|YE"),
        ("VN\u2010US10\u22122026\u2014017", "VN-US10-2026-017|YE"),
        # An accent apart from its letter (text from a Mac) or on it.
        ("Consultori\u0301a MX002/2024", "CONSULTOR\u00cdAMX002/2024|YE"),
        ("  ", None),
        (None, None),
    ],
)
def test_the_reference_is_written_one_way(reference: str | None, key: str | None) -> None:
    station = DutyStation("Aden", Country("YE"))
    notice = VacancyNotice(reference=reference, position=Position(duty_stations=(station,)))
    assert notice_key(notice) == key


def test_the_countries_tell_apart_references_each_office_numbers() -> None:
    # References of 2018 were numbered by each office: "SVN 2018/114" in two countries.
    def posted_in(*codes: str) -> VacancyNotice:
        stations = tuple(DutyStation(None, Country(code)) for code in codes)
        return VacancyNotice(reference="SVN 2018/114", position=Position(duty_stations=stations))

    assert notice_key(posted_in("BD")) == "SVN2018/114|BD"
    assert notice_key(posted_in("KE", "BD", "KE")) == "SVN2018/114|BD+KE"
    assert notice_key(posted_in()) == "SVN2018/114|"


@given(notices(consistent=False))
def test_what_the_key_is_built_from(notice: VacancyNotice) -> None:
    key = notice_key(notice)
    if key is None:
        written = (notice.reference or "").strip().upper()
        assert not written or written.startswith("EXPEDITED")
        return
    reference, _, countries = key.rpartition("|")  # a reference may hold one
    assert reference == reference.upper()
    assert not any(character.isspace() for character in reference)
    # Nothing else in the notice moves the key.
    other = attrs.evolve(notice, kind=None, closing_date=None, context=("Text.",))
    assert notice_key(other) == key
    assert countries == "+".join(
        sorted({s.country.code for s in notice.position.duty_stations if s.country})
    )


def test_a_function_given_no_notice_says_so() -> None:
    with pytest.raises(TypeError, match=r"^notice_key\(\) takes a VacancyNotice"):
        iomjobs.notice_key({"reference": "VN 2024/07"})  # type: ignore[arg-type]
