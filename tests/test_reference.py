from __future__ import annotations

import datetime as dt
import functools
import json
import operator
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from iomjobs import (
    CompetencyKind,
    Country,
    InvalidCountry,
    InvalidLanguage,
    InvalidValue,
    Language,
)
from iomjobs._text import fold
from iomjobs.reference import (
    _iso,
    countries_misspelt_as,
    countries_of_region,
    country_name,
    country_of_nationality,
    framework,
    frameworks,
    is_country_code,
    is_language_code,
    is_region,
    language_name,
    languages_named_in_notices,
    load_competency_levels,
    load_frameworks,
    load_grade_minima,
    load_recruiting_grades,
    lookup_country,
    lookup_language,
    misspelt_country,
    misspelt_language,
    official_languages,
    suggested_country,
    territory_of,
    un_official_languages,
)
from iomjobs.reference.regions import is_subdivision

if TYPE_CHECKING:
    from iomjobs.reference._iso import Database
from iomjobs.reference.countries import countries_run_together
from iomjobs.reference.zones import (
    ABBREVIATIONS,
    fixed_offset,
    offset_zone,
    time_zone_named,
    time_zone_of,
)
from seed_notices import NMS_001


class TestCountries:
    @pytest.mark.parametrize(
        ("written", "code"),
        [
            ("Trinidad and Tobago", "TT"),
            ("Tanzania, the United Republic of", "TZ"),
            ("Tanzania", "TZ"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d'Ivoire", "CI"),
            ("Côte d’Ivoire", "CI"),
            ("Ivory Coast", "CI"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Kosovo", "XK"),
            ("Albania", "AL"),
            ("albanie", "AL"),  # French
            ("Suiza", "CH"),  # Spanish
            ("Sénégal", "SN"),
            ("TT", "TT"),
            ("tto", "TT"),
            ("Yemen", "YE"),
            ("Somaliland", "SO"),
            ("Democratic Republic of the Congo", "CD"),
            ("Congo (the)", "CG"),
            # A territory with the state it belongs to, as member-state lists write it.
            ("Aruba (Netherlands)", "AW"),
            ("Curaçao (Netherlands)", "CW"),
            ("Hong Kong (China)", "HK"),
            # An ISO long form turned about.
            ("Netherlands (Kingdom of the)", "NL"),
            ("Gambia (Republic of The)", "GM"),
            ("Congo (the Democratic Republic of the)", "CD"),
            # The UN's short names, their words abbreviated; IOM's list of 2022 without "of".
            ("Micronesia (Fed. States of)", "FM"),
            ("Micronesia (Fed. States)", "FM"),
            ("Iran (Islamic Rep. of)", "IR"),
            ("United Rep. of Tanzania", "TZ"),
            ("Dem. Rep. of the Congo", "CD"),
            ("Korea (Republic)", "KR"),
            # French names that IOM's French member-state lists write.
            ("Congo (le)", "CG"),
            ("Saint-Siège", "VA"),
            ("Saint-Kitts-et-Nevis", "KN"),
            ("République démocratique populaire lao", "LA"),
            ("États fédérés de Micronésie", "FM"),
            # And the Spanish ones (a Spanish first-tier list's "Santa Sede" had been none).
            ("Santa Sede", "VA"),
            ("República Democrática Popular Lao", "LA"),
            ("Estados Federados de Micronesia", "FM"),
            ("Suazilandia", "SZ"),
            # French abbreviations written after a city ("Goma, RDC").
            ("RDC", "CD"),
            ("RCA", "CF"),
            ("RD Congo", "CD"),
            # Short names written after a city on job boards and Gulf and Asian notices.
            ("UAE", "AE"),
            ("KSA", "SA"),
            ("Great Britain", "GB"),
            ("Bosnia", "BA"),
            ("Hong Kong SAR", "HK"),
            ("Hong Kong SAR, China", "HK"),
            ("Macau", "MO"),
            ("occupied Palestinian territory", "PS"),
            ("oPt", "PS"),
            # An abbreviation spelt with dots, the last dot cut or not.
            ("U.S.A.", "US"),
            ("U.A.E", "AE"),
            ("U.K.", "GB"),
            ("D.R. Congo", "CD"),
            ("R.D. Congo", "CD"),
            # Italian and German, as job boards that copy IOM's notices write them.
            ("Brasile", "BR"),
            ("Svizzera", "CH"),
            ("Stati Uniti", "US"),
            ("Deutschland", "DE"),
            ("Österreich", "AT"),
            ("Äthiopien", "ET"),
        ],
    )
    def test_names_resolve(self, written: str, code: str) -> None:
        assert lookup_country(written) == code
        assert Country.parse(written) == Country(code)

    @pytest.mark.parametrize(("written", "code"), NMS_001)
    def test_every_name_of_seed_001_member_states_list_resolves(
        self, written: str, code: str
    ) -> None:
        assert lookup_country(written) == code

    @pytest.mark.parametrize(
        ("written", "code"),
        [
            # A page in Windows-1252 read as UTF-8: each accented letter or
            # curly apostrophe lost, shown as the replacement character.
            ("C\ufffdte d\ufffdIvoire", "CI"),
            ("T\ufffdrkiye", "TR"),
            ("S\ufffdo Tom\ufffd e Pr\ufffdncipe", "ST"),
            ("Guin\ufffde \ufffdquatoriale", "GQ"),
            ("Lao People\ufffds Democratic Republic", "LA"),
            ("Rep\ufffdblica Dominicana", "DO"),
            # Too little left to tell, or more than one country fits.
            ("Per\ufffd", None),
            ("\ufffd\ufffd", None),
            ("\ufffd\ufffd\ufffd\ufffd\ufffdland", None),
            ("\ufffdambia", None),  # Gambia or Zambia
            ("Guin\ufffd0", None),
        ],
    )
    def test_names_with_lost_characters(self, written: str, code: str | None) -> None:
        assert lookup_country(written) == code

    @pytest.mark.parametrize(
        "written",
        [
            "Atlantis",
            "",
            "Port of Span",
            "the local country",
            "Atlantis (Greece)",
            # Dotted letters that spell no country's short name: not a code either
            # ("N.A.", not applicable, is no Namibia; "U.S." would be the word "us").
            "N.A.",
            "S.A.",
            "U.S.",
            # German for Iceland, and an English word.
            "Island",
        ],
    )
    def test_unknown_names_do_not_resolve(self, written: str) -> None:
        assert lookup_country(written) is None
        with pytest.raises(InvalidCountry):
            Country.parse(written)

    @pytest.mark.parametrize("code", ["XX", "tt", "TTO", "", "T", 12, None])
    def test_construction_wants_a_capital_alpha_2_code(self, code: object) -> None:
        assert not is_country_code(code)
        with pytest.raises(InvalidCountry) as info:
            Country(code)  # type: ignore[arg-type]
        assert info.value.path == "code"

    def test_names_come_from_babel_in_three_languages(self) -> None:
        assert Country("TT").name() == "Trinidad & Tobago"
        assert Country("CI").name("fr") == "Côte d’Ivoire"
        assert Country("XK").name("es") == "Kosovo"
        assert country_name("AL", "es") == "Albania"

    @pytest.mark.parametrize(
        ("written", "names"),
        [
            # Seed 001's list, its separators, hyphens and apostrophes dropped.
            (
                " ".join(name.replace("-", "").replace("'", "") for name, _ in NMS_001),
                [(name.replace("-", "").replace("'", ""), code) for name, code in NMS_001],
            ),
            ("Dominica Dominican Republic Niger Nigeria", [
                ("Dominica", "DM"), ("Dominican Republic", "DO"), ("Niger", "NE"), ("Nigeria", "NG"),
            ]),
            ("Cote dIvoire TimorLeste", [("Cote dIvoire", "CI"), ("TimorLeste", "TL")]),
        ],
    )  # fmt: skip
    def test_names_run_together_resolve_one_by_one(
        self, written: str, names: list[tuple[str, str]]
    ) -> None:
        assert list(countries_run_together(written) or ()) == names

    # Every word must belong to a name; codes are no names ("and" is Andorra's alpha-3).
    @pytest.mark.parametrize("written", ["Chad and Mali", "Samoa TTO", "Samoa Atlantis", ""])
    def test_names_run_together_leave_no_word_out(self, written: str) -> None:
        assert not countries_run_together(written)

    def test_country_str_is_its_code(self) -> None:
        assert str(Country("SN")) == "SN"
        assert sorted([Country("SN"), Country("AL")]) == [Country("AL"), Country("SN")]


class TestRegions:
    @pytest.mark.parametrize(
        ("name", "country"),
        [
            ("Borno State", "NG"),
            ("Kurdistan Region", "IQ"),
            ("Province du Nord-Kivu", "CD"),
            ("Gouvernorat de Tunis", "TN"),
            ("Departamento de Petén", "GT"),
            # Without a region word: ISO 3166-2's first-level names, accents and case aside.
            ("Borno", "NG"),
            ("adamawa", "NG"),
            ("Nord-Kivu", "CD"),
            # Its ISO 3166-2 code, in capitals, as job boards write a state.
            ("CO", "US"),
            ("GA", "US"),
            # Regions ISO 3166-2 lists otherwise or not at all, as notices name them.
            ("North Kivu", "CD"),
            ("Puntland", "SO"),
            ("Somaliland", "SO"),
            ("KRI", "IQ"),
            ("Ninewa", "IQ"),
            ("Darfur", "SD"),
            ("Metro Manila", "PH"),
            ("West Bank", "PS"),
        ],
    )
    def test_regions(self, name: str, country: str) -> None:
        assert is_region(name, country)

    @pytest.mark.parametrize(
        ("name", "country"),
        [
            ("Dakar", "NG"),
            ("Maiduguri", "NG"),
            ("Bangkok", "TH"),
            # ISO spells it "Nord-Kivu"; an English name is known only by a region word,
            # or among the regions notices name most (North Kivu, Puntland: test_regions).
            ("Kivu du Nord", "CD"),
            # A district within a division, and a city: only first-level subdivisions count.
            ("Cox's Bazar", "BD"),
            ("", "NG"),
            # A code is a region's only in capitals, and in its own country.
            ("co", "US"),
            ("Co", "US"),
            ("CO", "MZ"),
        ],
    )
    def test_cities_and_other_countries_regions_are_not(self, name: str, country: str) -> None:
        assert not is_region(name, country)

    def test_a_district_is_a_subdivision_though_no_first_level_region(self) -> None:
        assert not is_region("Cox's Bazar", "BD")
        assert is_subdivision("Cox's Bazar", "BD")
        assert is_subdivision("Dhaka", "BD")  # a division, first-level
        assert not is_subdivision("Ukhia", "BD")
        assert not is_subdivision("Cox's Bazar", "MM")

    @pytest.mark.parametrize(
        ("name", "country", "territory"),
        [
            ("Aruba", "NL", "AW"),
            ("Curacao", "NL", "CW"),
            ("Sint Maarten", "NL", "SX"),
            ("Puerto Rico", "US", "PR"),
            ("Guam", "US", "GU"),
            ("Hong Kong", "CN", "HK"),
            ("Macau", "CN", "MO"),
            ("La Réunion", "FR", "RE"),
            ("New Caledonia", "FR", "NC"),
            # Territories ISO 3166-2 does not list under their country.
            ("Bermuda", "GB", "BM"),
            ("Turks and Caicos Islands", "GB", "TC"),
            ("Jersey", "GB", "JE"),
            ("Greenland", "DK", "GL"),
            ("Cook Islands", "NZ", "CK"),
            ("Åland Islands", "FI", "AX"),
        ],
    )
    def test_territories(self, name: str, country: str, territory: str) -> None:
        assert territory_of(name, country) == territory

    @pytest.mark.parametrize(
        ("name", "country"),
        [
            # Another country's territory; a country that is no territory.
            ("Aruba", "US"),
            ("Bermuda", "US"),
            ("Kenya", "NL"),
            # First-level subdivisions that share a country's name are no territories.
            ("Georgia", "US"),
            ("Mali", "GN"),
            ("Luxembourg", "BE"),
            ("Niger", "NG"),
            # A place, not a country; a country's own name.
            ("Oranjestad", "NL"),
            ("Netherlands", "NL"),
        ],
    )
    def test_what_is_no_territory(self, name: str, country: str) -> None:
        assert territory_of(name, country) is None


class TestLanguages:
    @pytest.mark.parametrize(
        ("written", "code"),
        [
            ("Albanian", "sq"),
            ("anglais", "en"),
            ("inglés", "en"),
            ("ingles", "en"),
            ("English", "en"),
            ("Français", "fr"),
            ("espagnol", "es"),
            ("Wolof", "wo"),
            ("Swahili", "sw"),
            ("Pashto", "ps"),
            ("Dari", "prs"),
            ("Arabic", "ar"),
            ("Chinese", "zh"),
            ("Dutch", "nl"),
            ("en", "en"),
            ("eng", "en"),
            ("fre", "fr"),
        ],
    )
    def test_names_resolve(self, written: str, code: str) -> None:
        assert lookup_language(written) == code
        assert Language.parse(written).code == code

    @pytest.mark.parametrize("written", ["the local language", "klingonese", "", "Elvish"])
    def test_unknown_names_do_not_resolve(self, written: str) -> None:
        assert lookup_language(written) is None
        with pytest.raises(InvalidLanguage):
            Language.parse(written)

    @pytest.mark.parametrize("code", ["klingon", "xx", "eng", "EN", "", None, 1])
    def test_construction_wants_the_canonical_code(self, code: object) -> None:
        """ISO 639-1 where the language has one: 'eng' is spelled 'en'."""
        with pytest.raises(InvalidLanguage):
            Language(code)  # type: ignore[arg-type]

    def test_639_3_codes_are_kept_where_there_is_no_639_1(self) -> None:
        assert Language("prs").name() == "Dari"

    def test_names_come_from_babel(self) -> None:
        assert Language("en").name("fr") == "anglais"
        assert language_name("sq", "es") == "albanés"

    def test_official_languages_are_data(self) -> None:
        assert official_languages() == ("en", "fr", "es")
        assert set(un_official_languages()) == {"ar", "zh", "en", "fr", "ru", "es"}

    def test_languages_named_in_notices_have_only_639_3_codes(self) -> None:
        # A language with a 639-1 code is read anyway: listing it would say nothing.
        codes = languages_named_in_notices()
        assert "prs" in codes
        assert all(len(code) == 3 and is_language_code(code) for code in codes)


@pytest.mark.parametrize("database", ["languages", "countries", "subdivisions", "currencies"])
def test_pycountry_records_read_from_its_files_are_those_of_its_api(database: Database) -> None:
    # Read from the files (the fast path: it fails here if pycountry moves them), the
    # same as pycountry's objects say.
    assert _iso._from_file(database) == _iso.from_api(database)


def test_pycountry_records_come_from_its_api_where_its_files_are_not_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, root, fields = _iso._FILES["countries"]
    monkeypatch.setitem(_iso._FILES, "countries", ("no-such-file.json", root, fields))
    _iso.records.cache_clear()
    try:
        assert _iso.records("countries") == _iso.from_api("countries")
    finally:
        _iso.records.cache_clear()


class TestFrameworks:
    def test_editions(self) -> None:
        shapes = [
            (f.edition, len(f.values), len(f.core), len(f.managerial), len(f.behavioural))
            for f in frameworks()
        ]
        assert shapes == [("pre-2018", 0, 0, 0, 8), ("2018", 3, 5, 3, 0), ("2023", 5, 5, 5, 0)]

    @pytest.mark.parametrize("edition", ["pre-2018", "2018", "2023"])
    def test_definitions_of_each_kind_are_its_group(self, edition: str) -> None:
        found = framework(edition)
        groups = {
            CompetencyKind.VALUE: found.values,
            CompetencyKind.CORE: found.core,
            CompetencyKind.MANAGERIAL: found.managerial,
            CompetencyKind.BEHAVIOURAL: found.behavioural,
        }
        assert {kind: found.definitions(kind) for kind in CompetencyKind} == groups
        assert found.definitions() == tuple(d for kind in CompetencyKind for d in groups[kind])
        assert all(d.kind is kind for kind in CompetencyKind for d in found.definitions(kind))
        with pytest.raises(KeyError):
            found.definitions("core")  # type: ignore[arg-type]

    def test_the_behavioural_competencies_of_before_2018(self) -> None:
        edition = framework("pre-2018")
        assert edition.in_force_from < framework("2018").in_force_from
        assert [d.name for d in edition.definitions()][:3] == [
            "Accountability",
            "Client Orientation",
            "Continuous Learning",
        ]
        found = edition.lookup("Planning & Organizing", CompetencyKind.BEHAVIOURAL)
        assert found is not None
        assert found.name == "Planning and Organizing"
        # Accountability was a behavioural competency; since 2018 it is a core one.
        assert edition.lookup("Accountability", CompetencyKind.CORE) is None
        assert framework("2023").lookup("Client Orientation") is None

    def test_2023_names_as_printed_in_the_seeds(self) -> None:
        edition = framework("2023")
        assert [d.name for d in edition.values] == [
            "Inclusion and respect for diversity",
            "Integrity and transparency",
            "Professionalism",
            "Courage",
            "Empathy",
        ]
        assert [d.name for d in edition.managerial] == [
            "Leadership",
            "Empowering others",
            "Building trust",
            "Strategic thinking and vision",
            "Humility",
        ]

    @pytest.mark.parametrize(
        ("written", "name"),
        [
            ("Inclusion & respect for diversity", "Inclusion and respect for diversity"),
            ("inclusion and respect for diversity", "Inclusion and respect for diversity"),
            ("Integrity & Transparency", "Integrity and transparency"),
            ("Building Trust", "Building trust"),
            ("Delivering results", "Delivering results"),
        ],
    )
    def test_lookup_accepts_spelling_variants(self, written: str, name: str) -> None:
        found = framework("2023").lookup(written)
        assert found is not None
        assert found.name == name

    def test_lookup_keeps_unknown_names_unknown(self) -> None:
        assert framework("2023").lookup("Creativity and initiative") is None
        assert framework("2018").lookup("Courage") is None

    def test_lookup_by_kind(self) -> None:
        edition = framework("2023")
        assert edition.lookup("Teamwork", CompetencyKind.CORE) is not None
        assert edition.lookup("Teamwork", CompetencyKind.VALUE) is None

    def test_unknown_edition(self) -> None:
        with pytest.raises(InvalidValue, match="2015"):
            framework("2015")

    def test_a_caller_can_load_their_own_editions(self, tmp_path: Path) -> None:
        bundled = (
            Path(__file__).parents[1] / "src/iomjobs/reference/data/competency_frameworks.json"
        )
        data = json.loads(bundled.read_text("utf-8"))
        data["editions"] = data["editions"][2:]
        data["editions"][0]["edition"] = "2023-rev"
        path = tmp_path / "frameworks.json"
        path.write_text(json.dumps(data), "utf-8")
        (edition,) = load_frameworks(path)
        assert edition.edition == "2023-rev"

    @pytest.mark.parametrize("content", ["{", "{}", '{"editions": [{"edition": "x"}]}', "[]"])
    def test_a_broken_framework_file_is_an_iomjobs_error(
        self, tmp_path: Path, content: str
    ) -> None:
        path = tmp_path / "frameworks.json"
        path.write_text(content, "utf-8")
        with pytest.raises(InvalidValue, match=r"frameworks\.json"):
            load_frameworks(path)

    @pytest.mark.parametrize(
        ("change", "value", "message", "where"),
        [
            # Taken as they were, without a word: a number for an edition, a
            # spelling's letters for its spellings, "None" for a name.
            (("edition",), 2018, "expected a string, got 2018 (a number)", "$.editions[1].edition"),
            (
                ("core", 0, "variants"),
                "Teamwork",
                'expected a list, got "Teamwork" (a string)',
                "$.editions[1].core[0].variants",
            ),
            (
                ("core", 0, "name"),
                None,
                "expected a string, got null",
                "$.editions[1].core[0].name",
            ),
            # Refused in Python's words, with no place in the file.
            (
                ("values",),
                "Integrity",
                'expected a list, got "Integrity" (a string)',
                "$.editions[1].values",
            ),
            (
                ("core", 0),
                "Teamwork",
                'expected an object, got "Teamwork" (a string)',
                "$.editions[1].core[0]",
            ),
            (
                ("in_force_from",),
                "2018/01/01",
                'expected a date as YYYY-MM-DD, got "2018/01/01"',
                "$.editions[1].in_force_from",
            ),
        ],
    )
    def test_a_framework_file_says_what_is_wrong_where_it_stands(
        self, tmp_path: Path, change: tuple[str | int, ...], value: object, message: str, where: str
    ) -> None:
        bundled = (
            Path(__file__).parents[1] / "src/iomjobs/reference/data/competency_frameworks.json"
        )
        data = json.loads(bundled.read_text("utf-8"))
        *inside, last = change
        functools.reduce(operator.getitem, inside, data["editions"][1])[last] = value
        path = tmp_path / "frameworks.json"
        path.write_text(json.dumps(data), "utf-8")
        with pytest.raises(InvalidValue) as raised:
            load_frameworks(path)
        assert (
            str(raised.value)
            == f"Invalid competency framework file {str(path)!r}: {message} @ {where}"
        )
        assert (raised.value.path, raised.value.value) == (where, value)

    def test_a_missing_framework_file_is_an_iomjobs_error(self, tmp_path: Path) -> None:
        with pytest.raises(InvalidValue):
            load_frameworks(tmp_path / "nothing.json")


class TestArguments:
    """What a caller without a type checker passes: named, not an AttributeError from inside."""

    @pytest.mark.parametrize(
        ("function", "call"),
        [
            ("lookup_country", lookup_country),
            ("misspelt_country", misspelt_country),
            ("countries_misspelt_as", countries_misspelt_as),
            ("suggested_country", suggested_country),
            ("lookup_language", lookup_language),
            ("misspelt_language", misspelt_language),
            ("country_name", country_name),
            ("language_name", language_name),
            ("is_region", lambda given: is_region(given, "NG")),
            ("countries_of_region", countries_of_region),
            ("territory_of", lambda given: territory_of(given, "NL")),
            ("time_zone_named", time_zone_named),
            ("time_zone_of", time_zone_of),
        ],
    )
    @pytest.mark.parametrize("given", [None, 7, b"Senegal"])
    def test_text_is_a_str(
        self, function: str, call: Callable[[Any], object], given: object
    ) -> None:
        with pytest.raises(
            TypeError, match=rf"^{function}\(\) takes a str, not {type(given).__name__}$"
        ):
            call(given)

    def test_a_locale_as_cldr_or_bcp_47_writes_it(self) -> None:
        assert country_name("SN", "pt_BR") == country_name("SN", "pt-BR") == "Senegal"
        assert language_name("wo", "en-GB") == "Wolof"
        for unknown in ("xx", "", "en_XX"):
            with pytest.raises(InvalidValue, match=rf"^Invalid locale: '{unknown}' \(expected"):
                country_name("SN", unknown)
        with pytest.raises(TypeError, match=r"^language_name\(\) takes a locale as a str"):
            language_name("wo", 7)

    def test_a_locale_is_parsed_once(self) -> None:
        # babel builds a locale anew for each parse (some 0.1 ms): a finding's message
        # names a country in it.
        from iomjobs.reference._locales import cldr_locale  # noqa: PLC0415 -- internal

        assert cldr_locale("pt_BR", "country_name") is cldr_locale("pt_BR", "language_name")
        for _ in range(2):  # an unknown locale is refused each time, not remembered
            with pytest.raises(InvalidValue, match=r"^Invalid locale: 'xx'"):
                cldr_locale("xx", "country_name")

    def test_a_file_is_named_by_a_path(self) -> None:
        # open() takes a number for a file descriptor: it would read it and close it.
        with pytest.raises(TypeError, match=r"file is named by a path .*, not int$"):
            load_frameworks(0)  # type: ignore[arg-type]

    def test_a_file_says_what_it_lacks_and_where(self, tmp_path: Path) -> None:
        path = tmp_path / "levels.json"
        path.write_text('{"grades": {"G5": {"core": [1]}}}', "utf-8")
        with pytest.raises(InvalidValue, match=r"levels\.json': missing key 'managerial'"):
            load_competency_levels(path)
        path.write_text('{"grades": {"G9": {"secondary": [5, 6]}}}', "utf-8")
        with pytest.raises(InvalidValue, match=r"levels\.json': Invalid grade: 'G9' \(expected"):
            load_grade_minima(path)


@pytest.mark.parametrize(
    ("load", "content", "message", "where"),
    [
        (
            load_grade_minima,
            '{"grades": {"G5": {"phd": [1, 2]}}}',
            '"phd" is no DegreeLevel (expected "secondary", "bachelor", "master", "doctorate")',
            "$.grades.G5.phd",
        ),
        (
            load_grade_minima,
            '{"grades": {"G6": {"bachelor": [4]}}}',
            "expected a list of 2, got [4] (a list)",
            "$.grades.G6.bachelor",
        ),
        (
            load_competency_levels,
            '{"grades": {"G5": {"core": ["2"], "managerial": []}}}',
            'expected a whole number, got "2" (a string)',
            "$.grades.G5.core[0]",
        ),
        (
            load_recruiting_grades,
            '{"recruiting_types": {"professional": "P"}}',
            'expected a list, got "P" (a string)',
            "$.recruiting_types.professional",
        ),
        (load_grade_minima, "[]", "expected an object, got [] (a list)", "$"),
        (
            load_recruiting_grades,
            '{"recruiting_types": {"general service": ["X"]}}',
            '"X" is no GradeCategory (expected "G", "NO", "P", "D", "UG", "OTHER")',
            "$.recruiting_types['general service'][0]",
        ),
    ],
)
def test_a_grade_table_says_what_is_wrong_where_it_stands(
    tmp_path: Path, load: Callable[[Path], object], content: str, message: str, where: str
) -> None:
    # Each had been refused in Python's words ("not enough values to unpack",
    # "list indices must be integers"), with no place in the file; or taken: "2"
    # for a level, and "P" read letter by letter as a list of categories.
    path = tmp_path / "table.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InvalidValue) as raised:
        load(path)
    assert str(raised.value).endswith(f"table.json': {message} @ {where}")


class TestZones:
    @pytest.mark.parametrize(
        ("words", "zone"),
        [
            ("Nairobi", "Africa/Nairobi"),  # IANA's city
            ("Port of Spain", "America/Port_of_Spain"),
            ("Addis-Abeba", "Africa/Addis_Ababa"),  # CLDR's city, in French
            ("Ciudad de México", "America/Mexico_City"),  # and in Spanish
            ("Genève", "Europe/Zurich"),  # Geneva, which IANA names no zone after
            # A capital IANA names no zone after, in a country of several.
            ("Brasília", "America/Sao_Paulo"),
            ("Quito", "America/Guayaquil"),
            ("Washington DC", "America/New_York"),
            ("Colombia", "America/Bogota"),  # a country with one zone
            ("EAT", "Etc/GMT-3"),
            ("East Africa Time", "Etc/GMT-3"),
            ("Central European Summer", "Etc/GMT-2"),
            ("GMT+3", "Etc/GMT-3"),
            ("UTC \u2212 5", "Etc/GMT+5"),
            ("UTC+03:00", "Etc/GMT-3"),
            ("GMT", "UTC"),
        ],
    )
    def test_the_zone_words_name(self, words: str, zone: str) -> None:
        assert time_zone_named(words) == zone

    @pytest.mark.parametrize(
        "words",
        [
            "UTC+5:30",  # IANA has no fixed offset of minutes
            "UTC+15",  # past IANA's fixed offsets
            "IST",  # India's, Ireland's or Israel's
            "eat",  # an abbreviation in capitals only
            "Cox's Bazar",  # a place no zone is named after
            "United States",  # a country of many zones
            "",
        ],
    )
    def test_words_that_name_no_zone(self, words: str) -> None:
        assert time_zone_named(words) is None

    @pytest.mark.parametrize(
        ("abbreviation", "zone", "month"),
        [
            ("WAT", "Africa/Lagos", 1),
            ("CAT", "Africa/Maputo", 1),
            ("SAST", "Africa/Johannesburg", 1),
            ("EAT", "Africa/Nairobi", 1),
            ("WET", "Europe/Lisbon", 1),
            ("WEST", "Europe/Lisbon", 7),
            ("CET", "Europe/Berlin", 1),
            ("CEST", "Europe/Berlin", 7),
            ("EET", "Europe/Athens", 1),
            ("EEST", "Europe/Athens", 7),
            ("MSK", "Europe/Moscow", 1),
            ("PKT", "Asia/Karachi", 1),
            ("WIB", "Asia/Jakarta", 1),
            ("HKT", "Asia/Hong_Kong", 1),
            ("JST", "Asia/Tokyo", 1),
            ("KST", "Asia/Seoul", 1),
            ("AEST", "Australia/Sydney", 7),
            ("AEDT", "Australia/Sydney", 1),
            ("NZST", "Pacific/Auckland", 7),
            ("NZDT", "Pacific/Auckland", 1),
            ("EST", "America/New_York", 1),
            ("EDT", "America/New_York", 7),
        ],
    )
    def test_an_abbreviation_is_the_offset_the_tz_database_gives_it(
        self, abbreviation: str, zone: str, month: int
    ) -> None:
        zoneinfo = pytest.importorskip("zoneinfo")
        try:
            tz = zoneinfo.ZoneInfo(zone)
        except zoneinfo.ZoneInfoNotFoundError:
            pytest.skip("no time zone data on this machine")
        moment = dt.datetime(2024, month, 15, 12, tzinfo=tz)
        assert moment.tzname() == abbreviation
        offset = moment.utcoffset()
        assert offset is not None
        assert ABBREVIATIONS[abbreviation] == offset // dt.timedelta(hours=1)

    def test_every_abbreviation_is_tested_or_no_longer_the_databases(self) -> None:
        # ICT (Bangkok) and PHT (Manila): the database's until 2017, notices' still.
        tested = {"WAT", "CAT", "SAST", "EAT", "WET", "WEST", "CET", "CEST", "EET", "EEST"}
        tested |= {"MSK", "PKT", "WIB", "HKT", "JST", "KST", "AEST", "AEDT", "NZST", "NZDT"}
        assert set(ABBREVIATIONS) == tested | {"EST", "EDT", "ICT", "PHT"}

    @pytest.mark.parametrize(("zone", "hours"), [("Etc/GMT-3", 3), ("Etc/GMT+5", -5), ("UTC", 0)])
    def test_a_fixed_offset_and_its_zone(self, zone: str, hours: int) -> None:
        assert fixed_offset(zone) == hours
        assert offset_zone(hours) == zone

    @pytest.mark.parametrize(
        ("country", "city", "zone"),
        [
            ("KE", None, "Africa/Nairobi"),  # a country of one zone
            ("KE", "Mombasa", "Africa/Nairobi"),
            ("CD", "Kinshasa", "Africa/Kinshasa"),  # the city names one of its country's
            ("CD", "Lubumbashi", "Africa/Lubumbashi"),
            ("CD", "Goma", None),  # the city names none, the country has two
            ("CD", None, None),
            ("LB", "Tripoli", "Asia/Beirut"),  # Africa/Tripoli is Libya's
            ("US", "New York", "America/New_York"),
            ("XX", None, None),
        ],
    )
    def test_the_zone_of_a_place(self, country: str, city: str | None, zone: str | None) -> None:
        assert time_zone_of(country, city) == zone

    def test_a_city_is_a_str_or_none(self) -> None:
        with pytest.raises(TypeError, match=r"^time_zone_of\(\) takes a str, not int$"):
            time_zone_of("KE", 7)  # type: ignore[arg-type]

    def test_a_place_has_no_fixed_offset(self) -> None:
        assert fixed_offset("Africa/Nairobi") is None
        assert fixed_offset("Etc/GMT") == 0


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Dutch", "NL"),
        ("dutch", "NL"),
        ("Sierra Leonean", "SL"),
        ("Bissau-Guinean", "GW"),
        ("Burkinabè", "BF"),
        ("Burkinabe", "BF"),
        ("Korean", "KR"),  # the Republic's: governments sponsor such posts
        ("North Korean", "KP"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("Netherlands", "NL"),  # a country's name, or its code, where the adjective would be
        ("US", "US"),
        ("Congolese", None),  # the Congo, or the Democratic Republic of the Congo
        ("Dominican", None),  # the Dominican Republic, or Dominica
        ("Atlantean", None),
        ("", None),
    ],
)
def test_the_country_of_a_nationality(written: str, code: str | None) -> None:
    assert country_of_nationality(written) == code


def test_every_adjective_of_nationality_names_a_country() -> None:
    from iomjobs.reference._files import read_bundled  # noqa: PLC0415

    adjectives = read_bundled("nationalities.json")["adjectives"]
    assert all(is_country_code(code) for code in adjectives.values())
    # Every member state of a first-tier list has one (seed 001's), but the two
    # whose adjective is another's too (Congolese, Dominican) and the Holy See.
    listed = {code for _, code in NMS_001} - {"CG", "DM", "VA"}
    assert listed <= set(adjectives.values())


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("sénégalaise", "SN"),
        ("SÉNÉGALAIS", "SN"),
        ("maliennes", "ML"),  # plurals by each language's rule
        ("burkinabè", "BF"),
        ("nigérienne", "NE"),  # the Niger's; Nigeria's is "nigériane"
        ("nigériane", "NG"),
        ("sierra-léonaise", "SL"),
        ("guatemalteca", "GT"),
        ("costarricenses", "CR"),
        ("alemanes", "DE"),
        ("moçambicana", "MZ"),
        ("portugueses", "PT"),
        ("espanhóis", "ES"),
        ("alemães", "DE"),  # a plural the file gives
        ("guineense", "GW"),
        ("guinéenne", "GN"),
        ("congolaise", None),  # the Congo, or the Democratic Republic of the Congo
        ("congoleños", None),
    ],
)
def test_the_country_of_a_nationality_in_french_spanish_and_portuguese(
    written: str, code: str | None
) -> None:
    assert country_of_nationality(written) == code


def test_no_adjective_of_nationality_names_two_countries_in_any_language() -> None:
    from iomjobs.reference import nationalities  # noqa: PLC0415
    from iomjobs.reference._files import read_bundled  # noqa: PLC0415

    data = read_bundled("nationalities.json")
    named: dict[str, set[str]] = {}
    for adjective, code in data["adjectives"].items():
        named.setdefault(fold(adjective), set()).add(code)
    for lang, countries in data["adjectives_in"].items():
        assert lang in {"fr", "es", "pt"}
        for code, forms in countries.items():
            assert is_country_code(code), code
            for form in map(fold, forms):
                named.setdefault(form, set()).add(code)
                named.setdefault(nationalities._plural(form, lang), set()).add(code)
    assert {form: codes for form, codes in named.items() if len(codes) > 1} == {}
    # Nor is any the name of another country ("niger" is no adjective).
    assert all(lookup_country(form) in {None, *codes} for form, codes in named.items())
