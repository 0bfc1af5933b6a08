"""Every rule fires on its failing example and not on its passing one; validate never raises."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import iomjobs
from iomjobs import InvalidValue, VacancyNotice
from iomjobs.parse import Doubt, ParseResult
from iomjobs.reference import Reference, load_recruiting_grades
from iomjobs.rules import INTERNAL_ERROR, RULES, Report, Rule, Severity, select_rules, validate
from iomjobs.rules._registry import Context, Hit
from iomjobs.source import Provenance, Repair, Span
from strategies import notices

REPAIRED = Provenance(repairs=(Repair("Thai code page: 'โ' read for '’'", 7),))
DOUBT = Doubt("$.closing_date", "'03/12/2025' read as 2025-12-03 (day first)", 4)


def _run(rule: Rule, document: dict[str, object]) -> Report:
    notice = iomjobs.from_dict(document)
    if rule.needs == "doubts":  # only a reader's result has them
        return validate(ParseResult(notice, Provenance(), (), (DOUBT,), ()), select=[rule.code])
    provenance = REPAIRED if rule.needs == "provenance" else None
    return validate(notice, select=[rule.code], provenance=provenance)


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
class TestEveryRule:
    def test_fails_on_its_failing_example(self, rule: Rule) -> None:
        report = _run(rule, rule.failing_document())
        assert rule.code in report.codes

    def test_passes_on_its_passing_example(self, rule: Rule) -> None:
        provenance_free = validate(iomjobs.from_dict(rule.passing_document()), select=[rule.code])
        assert rule.code not in provenance_free.codes

    def test_is_documented(self, rule: Rule) -> None:
        assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", rule.name)
        assert rule.summary.endswith((".", '"'))
        assert len(rule.why) > 40
        assert rule.severity in Severity

    def test_findings_are_one_line_with_a_path(self, rule: Rule) -> None:
        for finding in _run(rule, rule.failing_document()):
            assert "\n" not in finding.message
            assert finding.path.startswith("$")
            assert finding.severity is rule.severity


def test_codes_and_names_are_unique() -> None:
    assert len({rule.name for rule in RULES.values()}) == len(RULES)


def test_catalogue_page_is_written_from_the_rules() -> None:
    """docs/rules.md is `python -m iomjobs.rules` output: regenerate it after changing a rule."""
    from pathlib import Path  # noqa: PLC0415

    page = Path(__file__).parents[1] / "docs" / "rules.md"
    assert page.read_text("utf-8") == iomjobs.rules.catalogue()


def test_explain_gives_one_rule() -> None:
    text = iomjobs.rules.explain("cmp001")
    assert text.startswith("### CMP001 declared-count-differs (error)")
    with pytest.raises(InvalidValue):
        iomjobs.rules.explain("XYZ999")
    # A code that is no string is no rule's either, not an AttributeError.
    with pytest.raises(InvalidValue, match=r"^Unknown rule code: 1$"):
        iomjobs.rules.explain(1)  # type: ignore[arg-type]


class TestSelection:
    def test_all_rules_by_default(self) -> None:
        assert len(select_rules()) == len(RULES)

    def test_select_by_prefix_and_code(self) -> None:
        codes = [rule.code for rule in select_rules(["DAT", "cmp001"])]
        assert codes[0] == "CMP001"
        assert all(code.startswith("DAT") for code in codes[1:])

    def test_ignore_wins(self) -> None:
        codes = [rule.code for rule in select_rules(["DAT"], ignore=["DAT00"])]
        assert codes == []

    def test_a_single_string_is_one_selector(self) -> None:
        assert [r.code for r in select_rules("QUA001")] == ["QUA001"]

    @pytest.mark.parametrize("selector", ["XYZ", "", "CMP999"])
    def test_unknown_selectors_are_refused(self, selector: str) -> None:
        with pytest.raises(InvalidValue, match="no rule code"):
            validate(VacancyNotice(), select=[selector])

    @pytest.mark.parametrize("selector", ["XYZ", "CMP999"])
    def test_unknown_selectors_are_refused_every_time(self, selector: str) -> None:
        for _ in range(2):  # a refused choice is not remembered as a good one
            with pytest.raises(InvalidValue, match="no rule code"):
                select_rules(ignore=[selector])

    def test_an_entry_that_is_no_string_is_refused_too(self) -> None:
        with pytest.raises(InvalidValue, match="no rule code"):
            select_rules([["CMP"]])  # type: ignore[list-item]

    @pytest.mark.parametrize(
        ("argument", "kind"), [("reference", "Reference"), ("provenance", "Provenance")]
    )
    def test_reference_data_and_provenance_of_another_kind_are_refused(
        self, argument: str, kind: str
    ) -> None:
        with pytest.raises(
            TypeError, match=rf"^validate\(\) takes a {kind} as {argument}, not str"
        ):
            validate(VacancyNotice(), **{argument: "x"})  # type: ignore[arg-type]

    @pytest.mark.parametrize("argument", ["select", "ignore"])
    def test_a_choice_that_is_no_collection_of_codes_is_refused(self, argument: str) -> None:
        with pytest.raises(InvalidValue, match=rf"^Invalid {argument}: 42 \(expected rule codes"):
            validate(VacancyNotice(), **{argument: 42})  # type: ignore[arg-type]

    def test_a_choice_sees_rules_replaced_since(self, monkeypatch: pytest.MonkeyPatch) -> None:
        before = select_rules(["DAT001"])
        replaced = attrs.evolve(RULES["DAT001"], summary="replaced")
        monkeypatch.setitem(RULES, "DAT001", replaced)
        assert select_rules(["DAT001"]) == (replaced,)
        assert select_rules(["DAT001"])[0] is not before[0]

    def test_a_choice_sees_rules_removed_and_added_since(self) -> None:
        assert len(select_rules(["DAT"])) == 6  # DAT001 to DAT006
        removed = RULES.pop("DAT006")
        try:
            assert "DAT006" not in [rule.code for rule in select_rules(["DAT"])]
            with pytest.raises(InvalidValue, match="no rule code"):
                select_rules(["DAT006"])
        finally:
            RULES.update({"DAT006": removed})
        assert select_rules(["DAT006"]) == (removed,)


class TestOneFindingForOneContradiction:
    def test_a_local_recruiting_type_on_a_p_grade_is_cat001_alone(self) -> None:
        # An Oracle-era header copied onto a P-2 post from a General Service one.
        text = (
            "Position Title : Project Officer\n"
            "Duty Station : Dhaka, Bangladesh\n"
            "Grade: P-2\n"
            "Recruiting Type: General Service\n"
            "Closing Date: 14 June 2024\n"
        )
        result = iomjobs.parse_notice(text)
        codes = validate(result, select=["CAT"]).codes
        assert codes == ("CAT001",)

    def test_without_the_local_recruitment_cat005_speaks(self) -> None:
        notice = iomjobs.from_dict(
            {
                "format_version": 1,
                "position": {"grade": "P-2", "recruiting_type": "general service"},
            }
        )
        assert validate(notice, select=["CAT"]).codes == ("CAT005",)


@pytest.mark.parametrize(
    ("grade", "written", "codes"),
    [
        # A contract read from its wording, or only written: the same finding.
        ("UG", "Special Short Term Graded (Up to 9 months)", ("CAT004",)),
        ("UG", "Contrat spécial de courte durée classé", ("CAT004",)),
        ("P-3", "Special short-term ungraded, Six months with possibility of extension",
         ("CAT006",)),
        ("P-2", "Contrat spécial de courte durée non classé (jusqu’à 9 mois)", ("CAT006",)),
        ("UG", "Special short-term ungraded", ()),
        ("G5", "Fixed term, one year with possibility of extension", ()),
    ],
)  # fmt: skip
def test_a_grade_and_the_contract_written(grade: str, written: str, codes: tuple[str, ...]) -> None:
    text = f"Position Title: Officer\nGrade: {grade}\nType of Appointment: {written}\n"
    assert validate(iomjobs.parse_notice(text), select=["CAT004", "CAT006"]).codes == codes


@pytest.mark.parametrize(
    ("title", "grade", "codes"),
    [
        # A title left from another notice names another grade than the classification.
        ("Project Associate (G5)", "General Service Staff, Grade G6", ("CAT010",)),
        ("Programme Officer - NO-B", "National Officer, Grade NO-C", ("CAT010",)),
        # The same grade however written, and a title with none.
        ("Project Associate (GS-5)", "General Service Staff, Grade G5", ()),
        ("Project Associate", "General Service Staff, Grade G6", ()),
    ],
)
def test_a_grade_in_the_title(title: str, grade: str, codes: tuple[str, ...]) -> None:
    text = f"Position Title: {title}\nClassification: {grade}\n"
    result = iomjobs.parse_notice(text)
    assert result.notice.position.title == title
    report = validate(result, select=["CAT010"])
    assert report.codes == codes
    assert all(finding.span is not None for finding in report.findings)


@pytest.mark.parametrize(
    ("line", "stations", "codes"),
    [
        # IOM Moldova's call (2022): its own currency.
        ("All Inclusive Salary: 35000 MDL per month", "Chisinau, Moldova", ()),
        ("Salary: 35000 MDL per month", "Nairobi, Kenya", ("CAT007",)),
        # Dollars and euros anywhere; a country's currency since 1999 (Kosovo's euro).
        ("Salary: USD 1,500 per month", "Kyiv, Ukraine", ()),
        ("Salary: 2 000 EUR par mois", "Dakar, Senegal", ()),
        ("Salary: 1,200 EUR per month", "Pristina, Kosovo", ()),
        ("Salary: ZWG 40,000 per month", "Harare, Zimbabwe", ()),
        # One station's country is enough, and a station without one says nothing.
        ("Salary: KES 150,000 per month", "Kampala, Uganda; Nairobi, Kenya", ()),
        ("Salary: KES 150,000 per month", "Home-based", ()),
    ],
)
def test_pay_in_the_currency_of_the_duty_station(
    line: str, stations: str, codes: tuple[str, ...]
) -> None:
    text = f"Position Title: Officer\nDuty Station: {stations}\n{line}\n"
    result = iomjobs.parse_notice(text)
    assert result.notice.salary is not None
    assert validate(result, select=["CAT007"]).codes == codes


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        # As IOM's notices write them (iom-domain.md, 4.1).
        ("Contract Type: Special Short Term Graded (Up to 9 months)", ()),
        (
            "Type of Appointment: Special short-term graded, six months with possibility of extension",
            (),
        ),
        (
            "Type of Appointment: Special Short-Term (SST) Graded Contract, 6 Months "
            "(With a possibility of renewal up to 9 months)",
            (),
        ),
        ("Contract Type: Fixed-term (1 year with possibility of extension)", ()),
        ("Contract Type: Fixed-Term (12 Months with Possibility of Extension)", ()),
        ("Type de contrat : Spécial Court Durée Classé (jusqu'à 9 mois)", ()),
        ("Type of Appointment: Consultancy, 60 days", ()),
        # Days and weeks near a bound are on it.
        ("Type of Appointment: Fixed term, 90 days", ()),
        ("Type of Appointment: Special short-term graded, 39 weeks", ()),
        # Lengths their contract types do not have.
        ("Contract Type: Special Short Term Graded (Up to 12 months)", ("CAT009",)),
        ("Type of Appointment: Special short-term ungraded, 11 months", ("CAT009",)),
        ("Type of Appointment: Fixed term, six weeks", ("CAT009",)),
        ("Type of Appointment: Special short-term graded, 300 days", ("CAT009",)),
    ],
)
def test_a_contracts_length_fits_its_type(line: str, codes: tuple[str, ...]) -> None:
    result = iomjobs.parse_notice(f"Position Title: Officer\n{line}\n")
    appointment = result.notice.appointment
    assert appointment is not None
    assert appointment.duration is not None
    report = validate(result, select=["CAT009"])
    assert report.codes == codes
    for finding in report:
        assert finding.path == "$.appointment.duration"
        assert finding.span == Span(2, 2)


def test_a_contracts_length_in_its_message() -> None:
    result = iomjobs.parse_notice(
        "Position Title: Officer\nContract Type: Special Short Term Graded (Up to 12 months)\n"
    )
    (finding,) = validate(result, select=["CAT009"])
    assert finding.message == (
        "a special short-term graded contract of 12 months; special ones run up to nine months"
    )
    weeks = iomjobs.parse_notice(
        "Position Title: Officer\nType of Appointment: Fixed term, six weeks\n"
    )
    (finding,) = validate(weeks, select=["CAT009"])
    assert finding.message == (
        "a fixed term contract of 6 weeks; advertised posts run 3 months or more"
    )


@pytest.mark.parametrize(
    ("title", "station", "codes"),
    [
        ("National Programme Officer (Kenyan Nationals only)", "Nairobi, Kenya", ()),
        ("National Programme Officer (Ugandan Nationals only)", "Nairobi, Kenya", ("CAT008",)),
        # A post in two countries may be open to the nationals of both.
        (
            "National Project Officer (Kenyan and Ugandan Nationals only)",
            "Nairobi, Kenya; Kampala, Uganda",
            (),
        ),
        (
            "National Project Officer (Kenyan and Ugandan Nationals only)",
            "Nairobi, Kenya",
            ("CAT008",),
        ),
        # An international post open to another country's nationals: a JPO's.
        ("JPO - Programme Officer (Dutch Nationals only)", "Tripoli, Libya", ()),
    ],
)
def test_a_national_officer_post_is_for_its_countrys_nationals(
    title: str, station: str, codes: tuple[str, ...]
) -> None:
    grade = "NO-B" if title.startswith("National") else "P-2"
    text = f"Position Title: {title}\nDuty Station: {station}\nGrade: {grade}\n"
    result = iomjobs.parse_notice(text)
    assert result.notice.open_to_nationals_of
    report = validate(result, select=["CAT008"])
    assert report.codes == codes
    for finding in report:
        assert finding.message == (
            "NO-B is a National Officer grade, but the post is open to Ugandan nationals, "
            "and no duty station is in Uganda"
        )
        assert finding.span == Span(1, 1)  # the title's mark


def test_a_country_is_named_with_its_article() -> None:
    # "no duty station is in Netherlands" had read as no sentence does.
    text = (
        "Position Title: National Programme Officer (Dutch Nationals only)\n"
        "Duty Station: Nairobi, Kenya\nGrade: NO-B\n"
    )
    (finding,) = validate(iomjobs.parse_notice(text), select=["CAT008"])
    assert finding.message.endswith("Dutch nationals, and no duty station is in the Netherlands")


@pytest.mark.parametrize(
    ("core", "message"),
    [
        # "lists no core" had read as no sentence does.
        ("", "the competency section lists no core competencies"),
        (
            "- Teamwork\n- Delivering results\n- Accountability\n",
            "lists 3 of the 2018 edition's 5 core competencies; "
            "missing: Managing and sharing knowledge, Communication",
        ),
    ],
)
def test_core_competencies_missing_are_named_as_competencies(core: str, message: str) -> None:
    text = (
        "Position Title: Driver\nClosing Date: 2 May 2024\n\nRequired Competencies\n"
        "Values\n- Inclusion and respect for diversity\n- Integrity and transparency\n"
        f"- Professionalism\nCore Competencies\n{core}"
    )
    (finding,) = validate(iomjobs.parse_notice(text), select=["CMP006"])
    assert finding.message == message


def test_a_national_officer_post_barring_its_countrys_nationals() -> None:
    text = (
        "Position Title: National Programme Officer\nDuty Station: Nairobi, Kenya\n"
        "Grade: NO-B\n\nNotes\n"
        "Nationals of the duty station's country cannot be considered eligible.\n"
    )
    result = iomjobs.parse_notice(text)
    assert result.notice.duty_station_nationals_eligible is False
    (finding,) = validate(result, select=["CAT008"])
    assert finding.path == "$.duty_station_nationals_eligible"
    assert finding.span == Span(6, 6)
    international = iomjobs.parse_notice(text.replace("NO-B", "P-2"))
    assert not validate(international, select=["CAT008"]).findings


# IOM Libya's JPO notice (undpjobs.net, 2026): no first-tier paragraph after its
# introduction, where other notices of the same months (Nouakchott's, P-2) have one.
_JPO_HEADER = (
    "Position Title: JPO - Programme Officer (Search and Rescue (SAR)) - (Dutch Nationals only)\n"
    "Duty Station City: Tripoli\nDuty Station Country: Libya\nGrade: P-2 step 1\n"
    "Recruiting Type: Professional\nVacancy Type: Vacancy Notice\n"
    "Closing date: 19 February 2026\n"
)
_FIRST_TIER = (
    "Applications are welcome from first- and second-tier candidates, particularly qualified "
    "female candidates as well as applications from the non-represented member countries of "
    "IOM. For all IOM vacancies, applications from qualified and eligible first-tier candidates "
    "are considered before those of qualified and eligible second-tier candidates in the "
    "selection process. For the purpose of this vacancy, the following are considered "
    "first-tier candidates:\n"
    "1. Internal candidates\n"
    "2. Candidates from the following non-represented member states:\n"
    "Antigua and Barbuda, Bahamas, Barbados, Comoros, Congo (the), Cook Islands, Dominica, "
    "Federated States of Micronesia, Grenada, Guinea-Bissau, Holy See, Iceland, Israel, "
    "Kiribati, Madagascar, Marshall Islands, Namibia, Nauru, Palau, Saint Kitts and Nevis, "
    "Saint Lucia, Samoa, Sao Tome and Principe, Seychelles, Solomon Islands, Suriname, Tonga, "
    "Tuvalu, Vanuatu\n"
)


def test_a_jpo_notice_with_a_member_states_list_copied_in() -> None:
    as_posted = iomjobs.parse_notice(_JPO_HEADER + "\nContext:\nIOM plays a pivotal role.\n")
    assert not validate(as_posted, select=["TIR004"]).findings
    copied = iomjobs.parse_notice(_JPO_HEADER + "\nIntroduction:\n" + _FIRST_TIER)
    assert len(copied.notice.first_tier.countries) == 29  # type: ignore[union-attr]
    (finding,) = validate(copied, select=["TIR004"])
    assert finding.message == (
        "29 countries are on the first-tier list ('Antigua and Barbuda', 'Bahamas', 'Barbados' "
        "and 26 more), but only Dutch nationals may apply"
    )
    assert finding.path == "$.first_tier.non_represented_member_states"
    assert finding.span is not None


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        (["NL"], "Dutch nationals"),
        (["DK", "SE", "NO"], "Danish, Swedish and Norwegian nationals"),
        # An adjective two countries share is neither's: their names, for all.
        (["CG"], "nationals of Congo - Brazzaville"),
        (["JP", "CG"], "nationals of Japan and Congo - Brazzaville"),
    ],
)
def test_the_nationals_a_post_admits_in_words(codes: list[str], words: str) -> None:
    from iomjobs.rules._nationals import nationals  # noqa: PLC0415

    assert nationals([iomjobs.Country(code) for code in codes]) == words


def test_a_member_state_the_post_does_not_admit_is_named_alone() -> None:
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "open_to_nationals_of": ["NL", "IS"],
            "first_tier": {
                "non_represented_member_states": [
                    {"name": "Iceland", "country": "IS"},
                    {"name": "Palau", "country": "PW"},
                    {"name": "Atlantis"},  # no country: TIR001's
                ]
            },
        }
    )
    (finding,) = validate(notice, select=["TIR004"])
    assert finding.path == "$.first_tier.non_represented_member_states[1]"
    assert finding.message == (
        "'Palau' is on the first-tier list, but only Dutch and Icelandic nationals may apply"
    )


class TestReference:
    def test_official_languages_can_be_replaced(self) -> None:
        notice = iomjobs.from_dict(
            {"format_version": 1, "position": {"languages": [{"language": "fr"}]}}
        )
        assert "LNG002" not in validate(notice).codes
        english_only = attrs.evolve(Reference.default(), official_languages=("en",))
        assert "LNG002" in validate(notice, reference=english_only).codes

    def test_the_grades_of_each_recruiting_type_can_be_replaced(self, tmp_path: Path) -> None:
        notice = iomjobs.from_dict(
            {"format_version": 1, "position": {"grade": "D-1", "recruiting_type": "professional"}}
        )
        assert validate(notice, select=["CAT005"]).codes == ("CAT005",)
        path = tmp_path / "recruiting.json"
        path.write_text('{"recruiting_types": {"professional": ["P", "UG", "D"]}}', "utf-8")
        widened = attrs.evolve(Reference.default(), recruiting_grades=load_recruiting_grades(path))
        assert validate(notice, select=["CAT005"], reference=widened).codes == ()
        # A recruiting type the table does not name goes with any grade.
        director = iomjobs.from_dict(
            {"format_version": 1, "position": {"grade": "P-5", "recruiting_type": "director"}}
        )
        assert validate(director, select=["CAT005"], reference=widened).codes == ()
        assert validate(director, select=["CAT005"]).codes == ("CAT005",)

    @pytest.mark.parametrize(
        "content",
        [
            "{",
            "{}",
            '{"recruiting_types": {"staff": ["P"]}}',
            '{"recruiting_types": {"director": ["X"]}}',
        ],
    )
    def test_a_broken_recruiting_grades_file_is_an_iomjobs_error(
        self, tmp_path: Path, content: str
    ) -> None:
        path = tmp_path / "recruiting.json"
        path.write_text(content, "utf-8")
        with pytest.raises(InvalidValue, match=r"recruiting\.json"):
            load_recruiting_grades(path)

    def test_without_gazetteer_the_city_rule_is_skipped(self) -> None:
        bare = attrs.evolve(Reference.default(), gazetteer=None)
        report = validate(VacancyNotice(), reference=bare)
        assert [s.code for s in report.skipped] == ["PLC002", "PLC006"]
        assert "gazetteer" in report.skipped[0].reason

    def test_a_callers_gazetteer(self) -> None:
        class OnlyTirana:
            def knows(self, city: str, country: str) -> bool:
                return (city, country) == ("Tirana", "AL")

            def nearest(self, city: str, country: str) -> str | None:  # noqa: ARG002
                return "Tirana"

        reference = attrs.evolve(Reference.default(), gazetteer=OnlyTirana())
        notice = iomjobs.from_dict(
            {
                "format_version": 1,
                "position": {"duty_stations": [{"city": "Tirane", "country": "AL"}]},
            }
        )
        (finding,) = validate(notice, select=["PLC002"], reference=reference)
        assert finding.suggestion == "Tirana"

    def test_a_city_known_in_another_country(self) -> None:
        # bluedoor (2026) turned IOM's "Maputo, CO" (the country office) into Colorado.
        text = "Position Title: Associate\nLocation: Maputo, CO, United States\n"
        (finding,) = validate(iomjobs.parse_notice(text).notice, select=["PLC002"])
        assert (
            finding.message
            == "'Maputo' is not a known place in the United States; it is one in Mozambique"
        )
        assert finding.suggestion is None

    def test_a_small_town_is_not_taken_for_a_near_name(self) -> None:
        # IOM Bangladesh's field office in Cox's Bazar district: GeoNames has no
        # population for it, and "Putkhija" (Puthia) is near enough for difflib.
        text = "Position Title: Site Management Assistant\nDuty Station: Ukhia, Bangladesh\n"
        report = validate(iomjobs.parse_notice(text).notice, select=["PLC"])
        (finding,) = report.findings
        assert (finding.code, finding.severity) == ("PLC006", Severity.INFO)
        assert finding.message == "'Ukhia' is not among the gazetteer's places in Bangladesh"
        assert finding.suggestion is None

    @pytest.mark.parametrize(
        "station",
        # Field locations of IOM's notices that GeoNames' places of 5,000 or more lack.
        ["Renk, South Sudan", "Kutupalong, Bangladesh", "Dirkou, Niger", "Farchana, Chad"],
    )
    def test_a_field_location_the_gazetteer_lacks_is_information(self, station: str) -> None:
        text = f"Position Title: Field Assistant\nDuty Station: {station}\n"
        notice = iomjobs.parse_notice(text).notice
        report = validate(notice, select=["PLC"])
        assert [(f.code, f.severity) for f in report.findings] == [("PLC006", Severity.INFO)]
        # Ignored, it leaves a mistyped city's warning standing.
        mistyped = iomjobs.DutyStation("Port of Span", iomjobs.Country("TT"))
        stations = (*notice.position.duty_stations, mistyped)
        notice = attrs.evolve(
            notice, position=attrs.evolve(notice.position, duty_stations=stations)
        )
        report = validate(notice, select=["PLC"], ignore=["PLC006"])
        assert [(f.code, f.path) for f in report.findings] == [
            ("PLC002", "$.position.duty_stations[1].city")
        ]

    @pytest.mark.parametrize(
        "station",
        ["Bogotá D.C., Colombia", "Bogotá, D.C., Colombia", "México, D.F., México"],
    )
    def test_a_capital_with_its_districts_letters_is_known(self, station: str) -> None:
        # "Bogotá D.C." had been a city the gazetteer does not know (PLC006).
        text = f"Position Title: Associate\nDuty Station: {station}\n"
        assert not validate(iomjobs.parse_notice(text).notice, select=["PLC"]).findings

    def test_a_callers_gazetteer_need_not_say_where_a_city_is(self) -> None:
        class KnowsNothing:
            def knows(self, city: str, country: str) -> bool:  # noqa: ARG002
                return False

            def nearest(self, city: str, country: str) -> str | None:  # noqa: ARG002
                return None

        reference = attrs.evolve(Reference.default(), gazetteer=KnowsNothing())
        notice = iomjobs.from_dict(
            {
                "format_version": 1,
                "position": {"duty_stations": [{"city": "Maputo", "country": "US"}]},
            }
        )
        assert not validate(notice, select=["PLC002"], reference=reference).findings
        (finding,) = validate(notice, select=["PLC006"], reference=reference)
        assert (
            finding.message == "'Maputo' is not among the gazetteer's places in the United States"
        )

        class KnowsWhere(KnowsNothing):
            def country_of(self, city: str) -> str | None:
                return "MZ" if city == "Maputo" else None

        reference = attrs.evolve(Reference.default(), gazetteer=KnowsWhere())
        (finding,) = validate(notice, select=["PLC002"], reference=reference)
        assert finding.message.endswith("; it is one in Mozambique")


def test_findings_carry_source_lines() -> None:
    notice = iomjobs.from_dict({"format_version": 1, "position": {"title": "Officer"}})
    provenance = Provenance(spans=(("$.position.duty_stations", Span(3, 4)), ("$", Span(1, 40))))
    (finding,) = validate(notice, select=["PLC001"], provenance=provenance)
    assert finding.span == Span(3, 4)
    assert str(finding).endswith("@ $.position.duty_stations (lines 3-4)")


def test_a_failing_rule_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_context: Context) -> list[Hit]:
        raise ZeroDivisionError

    monkeypatch.setitem(RULES, "DAT001", attrs.evolve(RULES["DAT001"], check=broken))
    report = validate(VacancyNotice(), select=["DAT001"])
    assert [f.code for f in report] == [INTERNAL_ERROR]
    assert "ZeroDivisionError" in report.findings[0].message


@given(notices)
def test_validate_never_raises(notice: VacancyNotice) -> None:
    report = validate(notice)
    assert INTERNAL_ERROR not in report.codes
    for finding in report:
        assert finding.path.startswith("$")
        assert "\n" not in finding.message


@pytest.mark.parametrize(
    ("skill", "codes"),
    [
        ("Knowledge of Dari is an asset.", ["prs"]),
        ("Knowledge of Portuguese is an asset.", ["pt"]),
        # Other ISO 639-3 names are also ordinary words: no finding.
        ("Knowledge of Delaware corporate law.", []),
    ],
)
def test_skills_name_languages_as_the_reader_reads_them(skill: str, codes: list[str]) -> None:
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "position": {
                "languages": [{"language": "en"}],
                "qualifications": {"skills": [skill]},
            },
        }
    )
    report = validate(notice, select=["LNG005"])
    assert [finding.suggestion for finding in report] == codes


@pytest.mark.parametrize(
    ("experience", "found"),
    [
        ("At least 2-3 years of relevant experience.", True),
        # "yrs", as job boards abbreviate it.
        ("At least 2-3 yrs of relevant experience.", True),
        ("At least 4-6 yrs of relevant experience.", False),
        # Numbers as words, with their digits in brackets or not, in the four
        # languages: they had not been read.
        ("At least two to three years of relevant experience.", True),
        ("Two (2) to three (3) years of relevant experience.", True),
        ("At least four to six years of relevant experience.", False),
        ("Au moins deux à trois ans d'expérience pertinente.", True),
        ("De dos a tres años de experiencia.", True),
        # Two numbers that make no range: a count of years, then another's.
        ("Two years of experience, to be eligible for a three years contract.", False),
    ],
)
def test_experience_ranges_in_digits_or_words(experience: str, found: bool) -> None:  # noqa: FBT001
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "position": {
                "qualifications": {
                    "education": [
                        {"degree": "bachelor", "min_years": 4},
                        {"degree": "secondary", "min_years": 6},
                    ],
                    "experience": [experience],
                }
            },
        }
    )
    assert bool(validate(notice, select=["QUA003"]).findings) is found


def _education(*paths: tuple[str, int | None]) -> iomjobs.VacancyNotice:
    education = [{"degree": degree, "min_years": years} for degree, years in paths]
    document = {"format_version": 1, "position": {"qualifications": {"education": education}}}
    return iomjobs.from_dict(document)


def test_a_path_out_of_order_is_one_finding_naming_the_most_years_a_higher_degree_asks() -> None:
    # Secondary education with 3 years, fewer than both higher degrees ask: one
    # finding (it had been one for each higher path), naming the most years.
    notice = _education(("master", 5), ("bachelor", 7), ("secondary", 3), ("bachelor", 7))
    (finding,) = validate(notice, select=["QUA001"]).findings
    assert finding.path == "$.position.qualifications.education[2].min_years"
    assert finding.message == (
        "secondary education asks for 3 years, fewer than the 7 asked with "
        "a bachelor's degree (path 2)"
    )


def test_a_long_list_of_paths_out_of_order_has_a_finding_for_each_not_for_each_pair() -> None:
    # What a page that repeats its education paths gives: three paths, 700 times.
    notice = _education(
        *[("master", 2), ("bachelor", 4), ("secondary", 1), ("secondary", None)] * 700
    )
    findings = validate(notice, select=["QUA001"]).findings
    assert len(findings) == 700  # each secondary path with its year; had been 980,000
    assert {finding.message for finding in findings} == {
        "secondary education asks for 1 years, fewer than the 4 asked with "
        "a bachelor's degree (path 2)"
    }


@pytest.mark.parametrize(
    ("paths", "asked"),
    [
        ([("bachelor", 4), ("secondary", 6)], "4-6"),
        # One path's years, not a range of one: it had said "3-3".
        ([("bachelor", 3)], "3"),
    ],
)
def test_experience_range_finding_names_what_the_paths_ask(
    paths: list[tuple[str, int]], asked: str
) -> None:
    education = [{"degree": degree, "min_years": years} for degree, years in paths]
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "position": {
                "qualifications": {
                    "education": education,
                    "experience": ["At least 7-9 years of relevant experience."],
                }
            },
        }
    )
    (finding,) = validate(notice, select=["QUA003"]).findings
    assert f"the education paths ask {asked} (" in finding.message
    assert finding.suggestion == asked


@pytest.mark.parametrize(
    ("contract", "found"),
    [
        # A consultancy call states no grade (IOM Moldova's, 2024): consultants have none.
        ("consultancy", False),
        ("internship", False),
        ("special short-term ungraded", False),
        ("fixed term", True),
        (None, True),
    ],
)
def test_a_grade_is_asked_only_of_graded_contracts(contract: str | None, found: bool) -> None:  # noqa: FBT001
    document: dict[str, object] = {"format_version": 1, "position": {}}
    if contract is not None:
        document["appointment"] = {"contract_type": contract}
    notice = iomjobs.from_dict(document)
    assert bool(validate(notice, select=["QUA005"]).findings) is found


def test_a_reader_s_doubts_are_findings_on_their_lines() -> None:
    result = iomjobs.parse_notice("Position Title: Driver\nClosing Date: 03/12/2025\n")
    (finding,) = validate(result, select=["TXT006"])
    assert finding.path == "$.closing_date"
    assert finding.span == Span(2, 2)
    assert "day and month could be swapped" in finding.message
    # A notice alone, with no reader's result, has no doubts to report.
    assert validate(result.notice, select=["TXT006"]).findings == ()


# A notice typed in haste, in IOM's 2025 layout: every name is one letter off.
HASTY = """\
Position Title: Programme Assistant
Duty Station: Abuja, Nigerai
Classification: General Service Staff, Grade G5
Closing Date: 12 March 2026

Applications are welcome from first- and second-tier candidates, particularly qualified \
female candidates as well as applications from the non-represented member countries of IOM. \
For the purpose of this vacancy, the following are considered first-tier candidates:

1. Internal candidates
2. Candidates from the following non-represented member states:

Antigua and Barbuda, Bahamas, Barbdos, Comoros, Kiribaty, Namibia

Languages
Required: Fluency in Englsh and Frnch (oral and written).
Desirable: Working knowledge of Hausa or Yorouba.
"""


def test_misspelt_names_are_findings_that_name_what_was_meant() -> None:
    # The misspelt languages had named none: LNG002 said the notice required
    # none of IOM's official languages, and the station was two cities.
    report = validate(iomjobs.parse_notice(HASTY), select=["PLC", "LNG", "TIR"])
    found = [(f.code, f.message, f.suggestion, f.span) for f in report]
    assert found == [
        (
            "LNG006",
            "'Englsh' is not a language's name; did you mean 'English'?",
            "English",
            Span(14, 14),
        ),
        (
            "LNG006",
            "'Frnch' is not a language's name; did you mean 'French'?",
            "French",
            Span(14, 14),
        ),
        (
            "LNG006",
            "'Yorouba' is not a language's name; did you mean 'Yoruba'?",
            "Yoruba",
            Span(15, 15),
        ),
        (
            "PLC004",
            "'Nigerai' is not a country's name; did you mean 'Nigeria'?",
            "Nigeria",
            Span(2, 2),
        ),
        (
            "TIR001",
            "'Barbdos' is not a country; did you mean 'Barbados'?",
            "Barbados",
            Span(11, 11),
        ),
        (
            "TIR001",
            "'Kiribaty' is not a country; did you mean 'Kiribati'?",
            "Kiribati",
            Span(11, 11),
        ),
    ]


@pytest.mark.parametrize(
    "station",
    [
        # A city alone, in no country: a city, not a misspelt Samoa or Panama.
        {"city": "Samos", "as_written": "Samos"},
        {"city": "Manama", "as_written": "Manama"},
        # Read in another country than the one the name is a letter from: Luanda
        # is Angola's province, not "Ruanda".
        {"city": "Viana", "region": "Luanda", "country": "AO", "as_written": "Viana, Luanda"},
        # A country's name in brackets ("Ruanda" is Spanish for Rwanda): the city
        # before them is no misspelt country.
        {"city": "Luanda", "country": "RW", "as_written": "Luanda (Ruanda)"},
        {"city": "Abuja", "country": "NG", "as_written": "Abuja (TBC)"},
        {
            "city": "Port of Spain",
            "country": "TT",
            "as_written": "Port of Spain, Trinidad and Tobago",
        },
    ],
)
def test_a_station_that_names_no_misspelt_country(station: dict[str, object]) -> None:
    notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
    assert validate(notice, select=["PLC004"]).findings == ()


@pytest.mark.parametrize(
    ("written", "misspelt"),
    [
        ("Abuja, Nigerai with frequent travel to Kano", "Nigerai"),
        ("Abuja, Nigerai avec des déplacements fréquents", "Nigerai"),
        ("Manila, Phillipines with travel to Cebu", "Phillipines"),
        # In brackets after the city, as "Geneva (Switzerland)" is written.
        ("Abuja (Nigerai)", "Nigerai"),
        ("Manila (Phillipines)", "Phillipines"),
        ("Abuja (Nigerai) with frequent travel to Kano", "Nigerai"),
    ],
)
def test_a_misspelt_country_before_a_remark_on_travel_is_named(written: str, misspelt: str) -> None:
    # The reader reads the station in the country meant, the remark kept in its words;
    # the rule had taken the remark for part of the country's name, and said nothing.
    result = iomjobs.parse_notice(f"Position Title: Driver\nDuty Station: {written}\n")
    (finding,) = validate(result, select=["PLC004"])
    assert finding.message.startswith(f"{misspelt!r} is not a country's name; did you mean")


def test_a_station_written_with_a_misspelt_country_and_read_in_none() -> None:
    # A notice built elsewhere: the words after the comma, and no country.
    station = {"city": "Amman", "as_written": "Amman, Jordon (with travel)"}
    notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
    (finding,) = validate(notice, select=["PLC004"])
    assert finding.message == "'Jordon' is not a country's name; did you mean 'Jordan'?"


def test_a_country_two_letters_off_is_named_where_it_is_the_station_s() -> None:
    # A common misspelling of the Philippines, two letters off: the reader reads
    # the station there (the gazetteer places Manila in it), and the rule says so.
    text = "Position Title: Programme Assistant\nDuty Station: Manila, Phillipines\n"
    (finding,) = validate(iomjobs.parse_notice(text), select=["PLC004"])
    assert (finding.message, finding.suggestion, finding.span) == (
        "'Phillipines' is not a country's name; did you mean 'Philippines'?",
        "Philippines",
        Span(2, 2),
    )
    # In another country, or with no comma before it, the name is no misspelling of
    # the station's country: two letters off say nothing by themselves.
    for station in (
        {"city": "Manila", "country": "FR", "as_written": "Manila, Phillipines"},
        {"city": "Phillipines", "country": "PH", "as_written": "Phillipines"},
        {"city": "Tripoli", "country": "LY", "as_written": "Tripoli, Libya"},
    ):
        notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
        assert validate(notice, select=["PLC004"]).findings == ()


def test_a_field_missing_is_told_on_its_sections_heading_not_the_positions() -> None:
    # A board's copy of a post description (board_post_description_cells_spaced.txt):
    # "Position Information" heads the form's table, read as $.position. A
    # missing section had been told on that heading's line (17).
    path = Path(__file__).parent / "fixtures/layouts/board_post_description_cells_spaced.txt"
    result = iomjobs.parse_notice(path.read_text("utf-8"))
    assert result.span_for("$.position") == Span(17, 17)
    found = {f.code: f.span for f in validate(result, select=["CMP004", "LNG001", "QUA004"])}
    assert found == {"CMP004": None, "LNG001": None, "QUA004": None}
    # Below a heading of its own part, a missing field is told on it.
    text = (
        "Position Title: Driver\n\nRequired Qualifications and Experience\n\n"
        "Experience\n\nAt least two years of driving experience.\n"
    )
    (finding,) = validate(iomjobs.parse_notice(text), select=["QUA004"])
    assert finding.span == Span(3, 3)


def test_a_city_in_no_country_is_named_with_the_countries_it_may_be_in() -> None:
    # A job board's summary (job_board_summary_only.txt): "Location: Tripoli", which
    # the gazetteer knows in Libya, Lebanon and Greece, so no country is read where
    # the context does not name one of them (the page's says "residing in Libya").
    text = (Path(__file__).parent / "fixtures/layouts/job_board_summary_only.txt").read_text(
        "utf-8"
    )
    text = text.replace("residing in Libya", "residing there")
    result = iomjobs.parse_notice(text)
    (finding,) = validate(result, select=["PLC005"])
    assert (finding.message, finding.suggestion, finding.path, finding.span) == (
        "the duty station 'Tripoli' names no country (places of that name are in Greece, "
        "Lebanon and Libya)",
        None,
        "$.position.duty_stations[0].country",
        Span(6, 6),
    )
    # Without the gazetteer the rule still runs, and says less.
    bare = attrs.evolve(Reference.default(), gazetteer=None)
    (finding,) = validate(result, select=["PLC005"], reference=bare)
    assert finding.message == "the duty station 'Tripoli' names no country"
    # One country far larger than the others is suggested.
    station = {"city": "Geneva", "as_written": "Geneva"}
    notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
    (finding,) = validate(notice, select=["PLC005"])
    assert finding.suggestion == "Switzerland"
    # A place in one country only: a notice built without its country.
    station = {"city": "Nairobi", "as_written": "Nairobi"}
    notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
    (finding,) = validate(notice, select=["PLC005"])
    assert finding.message == (
        "the duty station 'Nairobi' names no country (a place of that name is in Kenya)"
    )


@pytest.mark.parametrize(
    "station",
    [
        {"city": "Tripoli", "country": "LY"},
        {"home_based": True, "as_written": "Home based"},
        {"country": "SD", "as_written": "Various locations, Sudan"},
        {"as_written": "Multiple Duty Stations"},
    ],
)
def test_a_station_with_a_country_or_no_city_is_not_reported(station: dict[str, object]) -> None:
    notice = iomjobs.from_dict({"format_version": 1, "position": {"duty_stations": [station]}})
    assert validate(notice, select=["PLC005"]).findings == ()


@pytest.mark.parametrize(
    "written",
    ["Manila (Global) Administrative Centre", "Panama Administrative Centre (PAC), Panama"],
)
def test_a_station_named_by_an_administrative_centre_is_a_known_place(written: str) -> None:
    # Read as its words stood, the centre was a city in no country (PLC005) or one
    # the gazetteer does not know (PLC006): the centre is in a city it knows.
    text = f"Position Title: Finance Assistant\nDuty Station: {written}\nGrade: G-5\n"
    assert validate(iomjobs.parse_notice(text), select=["PLC"]).findings == ()


def test_a_member_state_two_letters_off_a_long_name_is_suggested() -> None:
    entries = [{"name": "Phillipines"}, {"name": "Lybia"}]
    notice = iomjobs.from_dict(
        {"format_version": 1, "first_tier": {"non_represented_member_states": entries}}
    )
    assert [f.message for f in validate(notice, select=["TIR001"])] == [
        "'Phillipines' is not a country; did you mean 'Philippines'?",
        "'Lybia' is not a country",  # two letters from Libya, too short to tell
    ]


def test_a_language_written_by_another_name_is_no_misspelling() -> None:
    # "Kiswahili" is Swahili's own name: the words kept are not a letter off it.
    requirement = {"language": "sw", "proficiency": "fluent", "as_written": "Kiswahili"}
    notice = iomjobs.from_dict({"format_version": 1, "position": {"languages": [requirement]}})
    assert validate(notice, select=["LNG006"]).findings == ()


def test_a_section_whose_lines_were_not_read_is_not_called_empty() -> None:
    # Lines under the heading that the reader could not read are kept unclassified:
    # the section is not empty, and the finding says which lines they are.
    # Education read as a note alone is there too.
    result = iomjobs.parse_notice(
        "Position Title: Driver\n\nLanguages\n"
        "(specify the required knowledge)\n\n"
        "Education\nA degree.\n\nSkills\n·\n"
    )
    found = [(f.path, f.message) for f in validate(result, select=["TXT002"])]
    assert found == [
        ("$.position.qualifications.skills", "the skills section is empty"),
        (
            "$.position.languages",
            "nothing under the languages heading could be read (line 4 kept unclassified)",
        ),
    ]
    # The notice alone has no source lines to tell by: its section is empty.
    messages = [f.message for f in validate(result.notice, select=["TXT002"])]
    assert messages == ["the skills section is empty", "the languages section is empty"]


def test_a_languages_section_of_notes_alone_is_not_called_empty() -> None:
    # What it says is held as its notes; that it asks for no language is LNG001's.
    result = iomjobs.parse_notice(
        "Position Title: Driver\n\nLanguages\n"
        "Proficiency of languages will be evaluated during the interview.\n"
    )
    assert result.notice.position.language_notes == (
        "Proficiency of languages will be evaluated during the interview.",
    )
    assert [f.code for f in validate(result, select=["TXT002", "LNG001"])] == ["LNG001"]


def test_a_closing_date_with_its_month_misspelt_is_read_with_a_doubt() -> None:
    # It had been no date: DAT006 said the notice gave no closing date.
    result = iomjobs.parse_notice("Position Title: Driver\nClosing Date: 12 Febuary 2026\n")
    assert str(result.notice.closing_date) == "2026-02-12"
    found = [(f.code, f.message, f.span) for f in validate(result, select=["TXT006", "DAT006"])]
    assert found == [
        (
            "TXT006",
            "read with a doubt: 'Febuary' is not a month's name; read as February: 2026-02-12",
            Span(2, 2),
        )
    ]


@pytest.mark.parametrize(
    ("line", "weekday"),
    [
        # 15 December 2026 is a Tuesday: the day or its weekday is a typo, which had
        # gone unremarked. In the four languages, wide and short, before the date or
        # in a posting period's second date.
        ("Closing Date: Monday, December 15, 2026 at 11:59 PM EAT", "Monday"),
        ("Date de clôture : lundi 15 décembre 2026", "lundi"),
        ("Fecha de cierre: lunes, 15 de diciembre de 2026", "lunes"),
        ("Data de encerramento: segunda-feira, 15 de dezembro de 2026", "segunda-feira"),
        ("Closing Date: Mon 15/12/2026", "Mon"),
        ("Posting Period: Tuesday 1 December 2026 to Monday 15 December 2026", "Monday"),
    ],
)
def test_a_date_whose_weekday_is_anothers_is_read_with_a_doubt(line: str, weekday: str) -> None:
    result = iomjobs.parse_notice(f"Position Title: Driver\n{line}\n")
    found = [(f.code, f.message, f.span) for f in validate(result, select=["TXT006"])]
    assert found == [
        (
            "TXT006",
            f"read with a doubt: {weekday!r} is not the weekday of 2026-12-15, a Tuesday: "
            "the day or the weekday is wrong",
            Span(2, 2),
        )
    ]
    assert result.notice.unclassified == ()


@pytest.mark.parametrize(
    "line",
    [
        "Closing Date: Tuesday, December 15, 2026",
        "Date de clôture : mardi 15 décembre 2026",
        "Closing Date: Tue. 15 December 2026",
        "Posting Period: Tuesday 1 December 2026 to Tuesday 15 December 2026",
        "Closing Date: 15 December 2026",
        # A month's name that is a weekday's short name too: March, no Tuesday ("mar.").
        "Closing Date: Mar 15, 2026",
    ],
)
def test_a_date_with_its_own_weekday_is_no_doubt(line: str) -> None:
    assert iomjobs.parse_notice(f"Position Title: Driver\n{line}\n").doubts == ()


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # A job board's copy (2025): the start is not yet set, and says so.
        ("Estimated Start Date: TBD", []),
        ("Start date:TBD", []),
        ("Closing DATE : TBD", []),
        # A field left to be filled in, or "TBD" in a sentence, is a placeholder.
        ("Position Title: TBD", ["'TBD'"]),
        ("The duty station is TBD.", ["'TBD'"]),
        ("Estimated Start Date: TBD; reporting to TBD", ["'TBD'"]),
    ],
)
def test_a_date_to_be_determined_is_no_placeholder(line: str, found: list[str]) -> None:
    notice = VacancyNotice(notes=(line,))
    messages = [f.message for f in validate(notice, select=["TXT003"])]
    assert messages == [f"template placeholder left in: {text}" for text in found]


def test_a_placeholder_on_an_unclassified_line_is_told_on_that_line() -> None:
    # Seed 000's form: its findings on the kept lines had named no line.
    path = Path(__file__).parent / "fixtures/seeds/000_619fc87a28d450e3.txt"
    result = iomjobs.parse_notice(path.read_text("utf-8"))
    found = [(f.path, f.span) for f in validate(result, select=["TXT003"])]
    assert found == [
        ("$.unclassified[0].text", Span(111, 111)),
        ("$.unclassified[1].text", Span(117, 117)),
    ]
    # The line holds its number: a notice without its reading tells it too.
    notice = VacancyNotice(unclassified=(iomjobs.SourceLine(7, "[insert title]"),))
    (finding,) = validate(notice, select=["TXT003"])
    assert finding.span == Span(7, 7)


def test_a_supervisor_named_by_the_template_is_a_placeholder() -> None:
    # unjobs.asia's copy of an IOM notice (2025): "Under the general supervision of the
    # GENERAL SUPERVISOR and direct supervision of the DIRECT SUPERVISOR, the ...".
    path = Path(__file__).parent / "fixtures/layouts/board_expedited_template_supervisors.txt"
    result = iomjobs.parse_notice(path.read_text("utf-8"))
    found = [(f.path, f.message, f.span) for f in validate(result, select=["TXT003"])]
    assert found == [
        (
            "$.position.supervisors[0].title",
            "template placeholder left in: 'GENERAL SUPERVISOR'",
            Span(12, 12),
        ),
        (
            "$.position.supervisors[1].title",
            "template placeholder left in: 'DIRECT SUPERVISOR'",
            Span(12, 12),
        ),
    ]


def test_a_footnote_mark_is_named_whole() -> None:
    # Seed 000's text, as a converter wrote the form's footnote: the mark and its note.
    line = "[footnoteRef:1] [1: Competencies and respective levels should be drawn from ...]"
    notice = VacancyNotice(notes=(line, "See [footnoteRef"))
    messages = [f.message for f in validate(notice, select=["TXT003"])]
    assert messages == [
        "template placeholder left in: '[footnoteRef:1]'",
        "template placeholder left in: '[footnoteRef'",
    ]


@pytest.mark.parametrize(
    ("title", "found"),
    [("Direct Supervisor", True), ("Supervisor", False), ("Senior Field Supervisor", False)],
)
def test_which_supervisors_are_the_templates(title: str, found: bool) -> None:  # noqa: FBT001
    notice = iomjobs.from_dict(
        {"format_version": 1, "position": {"supervisors": [{"kind": "direct", "title": title}]}}
    )
    assert bool(validate(notice, select=["TXT003"]).findings) is found


_BEHAVIOURAL = {
    "items": [
        {"name": name} for name in ("Accountability", "Client Orientation", "Continuous Learning")
    ]
}
_SUPERVISES = [{"items": [{"text": "Supervise the staff assigned to the project."}]}]


def _competency_findings(document: dict[str, Any], reference: Reference | None = None) -> Report:
    notice = iomjobs.from_dict({"format_version": 1, **document})
    return validate(notice, select=["CMP"], reference=reference)


class TestBeforeThe2018Framework:
    """Notices of before 2018 list behavioural competencies: no values, core or managerial."""

    def test_a_2015_notice_is_not_asked_for_values_core_or_managerial(self) -> None:
        report = _competency_findings(
            {
                "closing_date": "2015-07-29",
                "position": {
                    "responsibilities": _SUPERVISES,
                    "competencies": {"behavioural": _BEHAVIOURAL},
                },
            }
        )
        assert report.codes == ()

    def test_the_2015_notice_read_has_no_competency_finding(self) -> None:
        layouts = Path(__file__).parent / "fixtures" / "layouts"
        result = iomjobs.parse_notice(layouts / "behavioural_competencies_2015.txt")
        assert [f.code for f in validate(result) if f.code.startswith("CMP")] == []

    def test_an_undated_notice_listing_them_follows_their_edition(self) -> None:
        report = _competency_findings({"position": {"competencies": {"behavioural": _BEHAVIOURAL}}})
        assert report.codes == ()

    def test_behavioural_competencies_on_a_2024_notice(self) -> None:
        report = _competency_findings(
            {
                "closing_date": "2024-05-16",
                "position": {"competencies": {"behavioural": _BEHAVIOURAL}},
            }
        )
        (finding,) = report
        assert finding.code == "CMP003"
        assert finding.path == "$.position.competencies.behavioural"
        assert finding.message == (
            "lists the pre-2018 edition's behavioural competencies, "
            "but the 2023 edition was in force on 2024-05-16"
        )

    def test_behavioural_competencies_beside_the_2023_values(self) -> None:
        values = {"items": [{"name": value} for value in ("Integrity and transparency",)]}
        report = _competency_findings(
            {"position": {"competencies": {"values": values, "behavioural": _BEHAVIOURAL}}}
        )
        mixed = [f for f in report if f.code == "CMP003"]
        assert [(f.path, f.message) for f in mixed] == [
            (
                "$.position.competencies.behavioural",
                "lists behavioural competencies, which the 2023 edition the notice follows "
                "does not have (the pre-2018 edition's)",
            )
        ]
        # Each group is read against the edition that has it: no name is unknown.
        assert "CMP002" not in report.codes

    def test_core_competencies_on_a_2015_notice(self) -> None:
        core = {"items": [{"name": "Teamwork"}], "level": 1}
        report = _competency_findings(
            {"closing_date": "2015-07-29", "position": {"competencies": {"core": core}}}
        )
        (finding,) = (f for f in report if f.code == "CMP003")
        assert finding.path == "$.position.competencies.core"
        assert "the pre-2018 edition the notice follows does not have" in finding.message

    def test_the_2018_values_on_a_notice_of_before_their_edition(self) -> None:
        values = {
            "items": [
                {"name": name}
                for name in (
                    "Inclusion and respect for diversity",
                    "Integrity and transparency",
                    "Professionalism",
                )
            ]
        }
        report = _competency_findings(
            {"closing_date": "2017-05-16", "position": {"competencies": {"values": values}}}
        )
        (finding,) = (f for f in report if f.code == "CMP003")
        assert finding.message == (
            "lists the 2018 edition's 3 values, but the pre-2018 edition was in force on 2017-05-16"
        )

    def test_a_misspelt_behavioural_competency_is_named(self) -> None:
        group = {"items": [*_BEHAVIOURAL["items"], {"name": "Planing and Organising"}]}
        report = _competency_findings({"position": {"competencies": {"behavioural": group}}})
        (finding,) = report
        assert finding.code == "CMP002"
        assert finding.path == "$.position.competencies.behavioural.items[3].name"
        assert finding.suggestion == "Planning and Organizing"
        assert "not a behavioural competency of the pre-2018 framework" in finding.message

    def test_a_reference_without_the_edition_names_them_unknown(self) -> None:
        reference = attrs.evolve(
            Reference.default(),
            frameworks=tuple(f for f in Reference.default().frameworks if f.behavioural == ()),
        )
        report = _competency_findings(
            {"position": {"competencies": {"behavioural": _BEHAVIOURAL}}}, reference
        )
        assert [f.code for f in report].count("CMP002") == len(_BEHAVIOURAL["items"])


@pytest.mark.parametrize(
    ("country", "asked", "said", "suggestion"),
    [
        # Every main language asked for already: the next most spoken there are named.
        # "Spanish" alone had been said, and suggested, though the notice asked for it.
        (
            "GT",
            ["es"],
            "the main languages of the duty station (Spanish) are asked for already; others "
            "spoken there: Kaqchikel, Qʼeqchiʼ and Kʼicheʼ",
            "cak",
        ),
        # A main language not asked for: suggested, as before.
        (
            "SN",
            ["fr"],
            "the main languages of the duty station are Wolof, French, Fula and Serer",
            "wo",
        ),
    ],
)
def test_the_local_language_suggests_one_not_asked_for(
    country: str, asked: list[str], said: str, suggestion: str
) -> None:
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "position": {
                "duty_stations": [{"country": country}],
                "languages": [
                    *({"language": code, "proficiency": "fluent"} for code in asked),
                    {"language": None, "as_written": "the local language"},
                ],
            },
        }
    )
    (finding,) = validate(notice, select=["LNG003"])
    assert finding.message == f"'the local language' is not named; {said}"
    assert finding.suggestion == suggestion


@pytest.mark.parametrize(
    ("closing", "message"),
    [
        # The whole of April is before the closing date: a stale start.
        ("2026-05-02", "estimated start in 2026-04 is before the closing date 2026-05-02"),
        # Some of April is after it: no finding (the day itself would be one).
        ("2026-04-20", None),
    ],
)
def test_a_start_given_by_its_month_is_before_closing_where_all_of_it_is(
    closing: str, message: str | None
) -> None:
    notice = iomjobs.from_dict(
        {
            "format_version": 1,
            "closing_date": closing,
            "start": {"date": "2026-04-01", "month_only": True},
        }
    )
    findings = validate(notice, select=["DAT003"])
    assert [finding.message for finding in findings] == ([message] if message else [])
    assert notice.start is not None
    day = attrs.evolve(notice, start=attrs.evolve(notice.start, month_only=False))
    assert [finding.code for finding in validate(day, select=["DAT003"])] == ["DAT003"]
