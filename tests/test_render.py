"""Notices rendered in English, French, Spanish and Portuguese: golden files, read back.

Rewrite the golden files after a deliberate change with ``python tests/test_render.py``,
and read them through once before committing them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import iomjobs
from iomjobs import (
    Appointment,
    ClosingTime,
    Competencies,
    CompetencyGroup,
    CompetencyItem,
    ConsultancyCategory,
    ContractType,
    Country,
    Currency,
    Duration,
    DurationUnit,
    DutyStation,
    Grade,
    InvalidValue,
    Language,
    MemberStateEntry,
    PayPeriod,
    Position,
    Salary,
    StartDate,
    SupervisionKind,
    Supervisor,
    VacancyNotice,
)
from iomjobs.parse import parse_notice
from iomjobs.reference import framework
from iomjobs.strategies import DUTY_STATIONS, RenderedNotice, notice_texts
from seed_notices import SEED_NOTICES, seed_path

GOLDEN = Path(__file__).parent / "golden" / "render"
LANGS = ("en", "fr", "es", "pt")


def golden_path(number: int, lang: str) -> Path:
    return GOLDEN / f"{seed_path(number).stem}.{lang}.md"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_seeds_render_as_their_golden_files(number: int, lang: str) -> None:
    assert iomjobs.render(SEED_NOTICES[number], lang=lang) + "\n" == golden_path(
        number, lang
    ).read_text("utf-8")


def _without_words_as_written(value: Any) -> Any:
    """*value* with the words kept "as written" blanked: a rendering writes its own.

    That is every ``as_written`` field, the names of the member states list
    (written in the rendering's language), and the unclassified lines.
    """
    if isinstance(value, tuple):
        return tuple(_without_words_as_written(item) for item in value)
    if not attrs.has(type(value)) or isinstance(value, Grade | Country | Language):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if field.name == "as_written":
            changes[field.name] = None
        elif field.name == "unclassified":
            changes[field.name] = ()
        elif isinstance(value, MemberStateEntry) and field.name == "name":
            changes[field.name] = ""
        else:
            changes[field.name] = _without_words_as_written(getattr(value, field.name))
    return attrs.evolve(value, **changes)


def _read_back(notice: VacancyNotice, lang: str, fmt: str, layout: str = "header") -> None:
    result = parse_notice(iomjobs.render(notice, lang=lang, format=fmt, layout=layout))
    # A rendering that gives a field twice (a city and a country field, a
    # post description's own header) gives it alike: no doubt of it.
    assert [d for d in result.doubts if d.message.startswith("stated twice")] == []
    read = result.notice
    if notice.language != Language(lang):
        # A rendering in another language is a document in that language.
        read, notice = attrs.evolve(read, language=None), attrs.evolve(notice, language=None)
    assert _without_words_as_written(read) == _without_words_as_written(notice)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_the_reader_reads_a_rendered_seed_back(number: int, lang: str, fmt: str) -> None:
    """The seed, rendered and read, is the seed again: every field but the words as written."""
    _read_back(SEED_NOTICES[number], lang, fmt)


@given(notice_texts())
def test_the_reader_reads_any_rendered_notice_back(rendered: RenderedNotice) -> None:
    """Generated notices, in every language, format and layout, read back equal.

    The words kept as written aside.
    """
    _read_back(rendered.notice, rendered.lang, rendered.format, rendered.layout)


@pytest.mark.parametrize("layout", ["oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_the_seeds_read_back_in_every_layout(number: int, lang: str, layout: str) -> None:
    _read_back(SEED_NOTICES[number], lang, "text", layout)


def test_languages_and_formats_are_checked() -> None:
    with pytest.raises(InvalidValue, match="lang"):
        iomjobs.render(VacancyNotice(), lang="de")
    with pytest.raises(InvalidValue, match="format"):
        iomjobs.render(VacancyNotice(), format="html")


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for number, notice in SEED_NOTICES.items():
        for lang in LANGS:
            golden_path(number, lang).write_text(iomjobs.render(notice, lang=lang) + "\n", "utf-8")


@pytest.mark.parametrize("layout", ["header", "oracle"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country", ["SD", "CD", "DJ"])
def test_a_station_in_a_country_reads_back(country: str, lang: str, layout: str) -> None:
    # A station with no city ("Multiple Locations, Sudan") is written as its
    # country's name alone, which is read as the country (Djibouti as its capital).
    city = "Djibouti" if country == "DJ" else None
    seed = SEED_NOTICES[2]
    station = DutyStation(city=city, country=Country(country))
    notice = attrs.evolve(seed, position=attrs.evolve(seed.position, duty_stations=(station,)))
    _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
def test_general_guidance_reads_back(lang: str, layout: str) -> None:
    # "Chief of Mission – general guidance", "– orientation générale"...: a
    # kind of its own, not the overall supervision "general" would say.
    seed = SEED_NOTICES[2]
    supervisors = (
        Supervisor(SupervisionKind.GUIDANCE, title="Chief of Mission"),
        Supervisor(SupervisionKind.OVERALL, title="Head of Programmes"),
    )
    notice = attrs.evolve(seed, position=attrs.evolve(seed.position, supervisors=supervisors))
    _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("country", sorted({country for _, country in DUTY_STATIONS}))
def test_every_country_the_strategy_draws_alone_reads_back(country: str) -> None:
    # duty_stations() draws these countries with no city: each must read back
    # as the country alone in every language and layout, or the round trip
    # above would fail only when Hypothesis happens to draw it.
    seed = SEED_NOTICES[2]
    station = DutyStation(country=Country(country))
    notice = attrs.evolve(seed, position=attrs.evolve(seed.position, duty_stations=(station,)))
    for lang in LANGS:
        for layout in ("header", "oracle", "form"):
            _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize(("city", "country"), DUTY_STATIONS)
def test_every_home_based_station_the_strategy_draws_reads_back(city: str, country: str) -> None:
    # duty_stations() draws these home-based in the city and in the country: the
    # rendering had left the home out, and a home-based station alone no line at all.
    seed = SEED_NOTICES[2]
    for home in (
        DutyStation(city=city, country=Country(country), home_based=True),
        DutyStation(country=Country(country), home_based=True),
    ):
        notice = attrs.evolve(seed, position=attrs.evolve(seed.position, duty_stations=(home,)))
        for lang in LANGS:
            for layout in ("header", "oracle", "form"):
                _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize(
    "stations",
    [
        (DutyStation(home_based=True),),
        (DutyStation(city="Dakar", country=Country("SN")), DutyStation(home_based=True)),
        (DutyStation(home_based=True), DutyStation(city="Dakar", country=Country("SN"))),
    ],
)
def test_a_home_based_station_with_no_place_reads_back(stations: tuple[DutyStation, ...]) -> None:
    seed = SEED_NOTICES[2]
    notice = attrs.evolve(seed, position=attrs.evolve(seed.position, duty_stations=stations))
    for lang in LANGS:
        for layout in ("header", "oracle", "form"):
            _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("written", ["TBD", "À définir", "Multiple Duty Stations"])
def test_a_station_that_names_no_place_is_written_as_written(written: str) -> None:
    # A station not chosen yet, or several unnamed: its line had been left out.
    seed = SEED_NOTICES[2]
    station = DutyStation(as_written=written)
    notice = attrs.evolve(seed, position=attrs.evolve(seed.position, duty_stations=(station,)))
    for lang in LANGS:
        for layout in ("header", "oracle", "form"):
            assert written in iomjobs.render(notice, lang=lang, layout=layout)
            _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "closing_time",
    [
        # As job boards give it ("Friday 8 May 2026 at 15:59 UTC", "May 27, 2026, 10:59 PM").
        ClosingTime(dt.time(15, 59), "UTC"),
        ClosingTime(dt.time(22, 59)),
        # As notices name a zone otherwise ("GMT+3", "(Nairobi time)", "heure de Dakar").
        ClosingTime(dt.time(23, 59), "Etc/GMT-3"),
        ClosingTime(dt.time(17), "Etc/GMT+5"),
        ClosingTime(dt.time(17), "Africa/Nairobi"),
        ClosingTime(dt.time(23, 59, 59), "America/Port_of_Spain"),
        ClosingTime(dt.time(17), "America/Port-au-Prince"),
    ],
)
def test_a_closing_hour_and_its_zone_read_back(
    closing_time: ClosingTime, lang: str, layout: str
) -> None:
    seed = SEED_NOTICES[2]
    assert seed.closing_date is not None
    _read_back(attrs.evolve(seed, closing_time=closing_time), lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "salary",
    [
        Salary(Decimal(35000), Currency("MDL"), PayPeriod.MONTH),
        Salary(Decimal("1500.50"), Currency("USD"), PayPeriod.YEAR, maximum=Decimal(2000)),
        # Three decimals after at most three digits would read as thousands: "1.5050".
        Salary(Decimal("1.505"), Currency("EUR"), PayPeriod.HOUR),
        Salary(Decimal("0.0001"), Currency("XOF")),
    ],
    ids=["whole", "range", "three-decimals", "no-period"],
)
def test_a_salary_reads_back(salary: Salary, lang: str, layout: str) -> None:
    _read_back(attrs.evolve(SEED_NOTICES[2], salary=salary), lang, "text", layout)


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "Salary: 1500.50 - 2000 USD per month"),
        ("fr", "Salaire : 1500,50 - 2000 USD par mois"),
        ("es", "Salario: 1500,50 - 2000 USD por mes"),
        ("pt", "Salário: 1500,50 - 2000 USD por mês"),
    ],
)
def test_a_salary_is_written_in_the_notices_language(lang: str, written: str) -> None:
    salary = Salary(Decimal("1500.50"), Currency("USD"), PayPeriod.MONTH, maximum=Decimal(2000))
    rendered = iomjobs.render(
        attrs.evolve(SEED_NOTICES[2], salary=salary), lang=lang, format="text"
    )
    assert written in rendered.splitlines()


@pytest.mark.parametrize(
    ("zone", "written"),
    [
        ("Etc/GMT-3", "UTC+3"),
        ("Africa/Nairobi", "(Nairobi time)"),
        ("Europe/Zurich", "(Geneva time)"),
    ],
)
def test_a_closing_hours_zone_is_written_as_notices_name_it(zone: str, written: str) -> None:
    notice = attrs.evolve(SEED_NOTICES[2], closing_time=ClosingTime(dt.time(17), zone))
    assert f"17:00 {written}" in iomjobs.render(notice)


@pytest.mark.parametrize("zone", ["Etc/UTC", "US/Eastern"])
def test_a_closing_hour_in_a_zone_the_reader_has_no_words_for_is_left_out(zone: str) -> None:
    seed = SEED_NOTICES[2]
    notice = attrs.evolve(seed, closing_time=ClosingTime(dt.time(15, 59), zone))
    assert "15:59" not in iomjobs.render(notice)


def test_every_zone_written_reads_back() -> None:
    # Every IANA zone the renderer writes (CLDR's list, through babel): the reader
    # reads the words it writes as that zone, with the hour, in each language.
    from babel.core import get_global  # noqa: PLC0415

    seed = SEED_NOTICES[2]
    written = 0
    for zone in (zone for zone in get_global("zone_territories") if "/" in zone):
        notice = attrs.evolve(seed, closing_time=ClosingTime(dt.time(17), zone))
        for lang in LANGS:
            text = iomjobs.render(notice, lang=lang, format="text")
            if "17:00" in text:
                written += 1
                assert parse_notice(text).notice.closing_time == notice.closing_time, (zone, lang)
    assert written > 400 * len(LANGS)


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "Consultancy, Category B, 3 months"),
        ("fr", "Consultance, catégorie B, 3 mois"),
        ("es", "Consultoría, categoría B, 3 meses"),
        ("pt", "Consultoria, categoria B, 3 meses"),
    ],
)
@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
def test_a_consultancys_category_is_written_and_read_back(
    lang: str, written: str, layout: str
) -> None:
    appointment = Appointment(
        ContractType.CONSULTANCY,
        Duration(3, DurationUnit.MONTHS),
        consultancy_category=ConsultancyCategory.B,
    )
    notice = VacancyNotice(position=Position(title="Consultant"), appointment=appointment)
    assert written in iomjobs.render(notice, lang=lang, format="text")
    _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("extendable", [True, False])
def test_whether_a_contract_may_be_extended_reads_back(
    extendable: bool,  # noqa: FBT001
    lang: str,
    layout: str,
) -> None:
    # A contract said not to be extended ("non-renewable") had been written as nothing
    # and read as not said.
    appointment = Appointment(
        ContractType.FIXED_TERM, Duration(1, DurationUnit.YEARS), extendable=extendable
    )
    notice = VacancyNotice(position=Position(title="Driver"), appointment=appointment)
    _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "start",
    [
        StartDate(to_be_determined=True),
        StartDate(dt.date(2024, 3, 15), to_be_determined=True),
        StartDate(as_soon_as_possible=True),
    ],
)
def test_a_start_not_set_yet_reads_back(start: StartDate, lang: str, layout: str) -> None:
    # "Estimated Start Date: To be determined", "... : 15 mars 2024 (à déterminer)".
    _read_back(attrs.evolve(SEED_NOTICES[2], start=start), lang, "text", layout)


_INDICATED = CompetencyGroup(
    (
        CompetencyItem(
            "Accountability", "Accepts and gives constructive criticism\nMeets deadlines"
        ),
        CompetencyItem("Client Orientation", "Keeps clients informed."),
        CompetencyItem("Technological Awareness", "Keeps abreast of available technology\nUses it"),
        CompetencyItem("Professionalism"),
    )
)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize(
    "group",
    [
        pytest.param(_INDICATED, id="indicators"),
        pytest.param(
            CompetencyGroup(
                tuple(
                    CompetencyItem(d.name, d.definition or None)
                    for d in framework("pre-2018").behavioural
                )
            ),
            id="definitions",
        ),
    ],
)
def test_behavioural_competencies_read_back(
    group: CompetencyGroup, fmt: str, lang: str, layout: str
) -> None:
    # Indicators are written one a line below their name, as a notice of 2015 lists them.
    notice = attrs.evolve(
        SEED_NOTICES[2],
        position=attrs.evolve(
            SEED_NOTICES[2].position, competencies=Competencies(behavioural=group)
        ),
    )
    if group is _INDICATED:
        text = iomjobs.render(notice, lang=lang, format=fmt)
        assert "Accountability:\n- Accepts and gives constructive criticism\n- Meets" in text
    _read_back(notice, lang, fmt, layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "codes", [("NL",), ("JP", "KR"), ("HK", "AG"), ("SH", "TT")], ids=["one", "two", "comma", "and"]
)
def test_the_nationals_who_may_apply_read_back(
    codes: tuple[str, ...], lang: str, layout: str
) -> None:
    # A post its government sponsors, open to that country's nationals alone (a JPO's);
    # names with a comma or a conjunction in one of the four languages among them.
    notice = attrs.evolve(SEED_NOTICES[2], open_to_nationals_of=tuple(map(Country, codes)))
    _read_back(notice, lang, "text", layout)


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize(
    "period",
    [
        pytest.param(iomjobs.PostingPeriod(dt.date(2024, 2, 6)), id="start"),
        pytest.param(iomjobs.PostingPeriod(None, dt.date(2024, 2, 20)), id="end"),
    ],
)
def test_a_posting_period_with_one_day_reads_back(
    period: iomjobs.PostingPeriod, fmt: str, lang: str, layout: str
) -> None:
    # Such a period had been left out.
    _read_back(attrs.evolve(SEED_NOTICES[2], posting_period=period), lang, fmt, layout)


@pytest.mark.parametrize(
    ("lang", "start", "end"),
    [
        ("en", "Posting period: from February 6, 2024", "Posting period: until February 20, 2024"),
        ("fr", "Période d'affichage : à partir du 6 février 2024", "jusqu'au 20 février 2024"),
        ("es", "Periodo de publicación: desde el 6 de febrero de 2024", "hasta el 20 de febrero"),
        ("pt", "Período de publicação: a partir de 6 de fevereiro de 2024", "até 20 de fevereiro"),
    ],
)
def test_a_posting_period_with_one_day_says_which(lang: str, start: str, end: str) -> None:
    notice = SEED_NOTICES[2]
    since = attrs.evolve(notice, posting_period=iomjobs.PostingPeriod(dt.date(2024, 2, 6)))
    until = attrs.evolve(notice, posting_period=iomjobs.PostingPeriod(None, dt.date(2024, 2, 20)))
    assert start in iomjobs.render(since, lang=lang, format="text")
    assert end in iomjobs.render(until, lang=lang, format="text")


@pytest.mark.parametrize("layout", ["header", "oracle", "form"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("unset", [False, True], ids=["month", "month-to-be-determined"])
def test_a_start_given_by_its_month_reads_back(
    unset: bool,  # noqa: FBT001
    fmt: str,
    lang: str,
    layout: str,
) -> None:
    start = StartDate(dt.date(2024, 4, 1), to_be_determined=unset, month_only=True)
    _read_back(attrs.evolve(SEED_NOTICES[2], start=start), lang, fmt, layout)


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "Estimated Start Date: April 2024"),
        ("fr", "Date d'entrée en fonction estimée : avril 2024"),
        ("es", "Fecha estimada de inicio: abril de 2024"),
        ("pt", "Data de Início Estimada: abril de 2024"),
    ],
)
def test_a_start_given_by_its_month_is_written_as_one(lang: str, written: str) -> None:
    notice = attrs.evolve(SEED_NOTICES[2], start=StartDate(dt.date(2024, 4, 1), month_only=True))
    assert written in iomjobs.render(notice, lang=lang, format="text").splitlines()
