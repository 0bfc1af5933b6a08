"""Values of the wrong type in a notice built by hand: check_types, and the errors that name them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import (
    Country,
    DegreeLevel,
    DutyStation,
    Grade,
    InvalidDocument,
    Language,
    LanguageRequirement,
    NoticeKind,
    Position,
    Reference,
    VacancyNotice,
    check_types,
)
from iomjobs.model._misfits import misfits
from iomjobs.reference.grades import GradeMinima
from iomjobs.rules import INTERNAL_ERROR, RULES, WRONG_TYPE
from iomjobs.rules._registry import Context, Hit
from seed_notices import SEED_NOTICES, seed_path
from strategies import notices

STATION = DutyStation(city="Dakar", country=Country("SN"))

# The slips a notice built by hand makes, each with where it is and what is said of it.
SLIPS: list[tuple[VacancyNotice, str, str]] = [
    (
        VacancyNotice(closing_date="2026-03-01"),  # type: ignore[arg-type]
        "$.closing_date",
        "a str, '2026-03-01', where a date or None belongs"
        " (datetime.date.fromisoformat('2026-03-01') makes one)",
    ),
    (
        VacancyNotice(closing_date=dt.datetime(2026, 3, 1, 12, 0)),  # noqa: DTZ001
        "$.closing_date",
        "a datetime, datetime.datetime(2026, 3, 1, 12, 0), where a date or None belongs"
        " (its .date() is one)",
    ),
    (
        VacancyNotice(position=Position(grade="P3")),  # type: ignore[arg-type]
        "$.position.grade",
        "a str, 'P3', where a Grade or None belongs (Grade.parse('P3') makes one)",
    ),
    (
        VacancyNotice(language="en"),  # type: ignore[arg-type]
        "$.language",
        "a str, 'en', where a Language or None belongs (Language.parse('en') makes one)",
    ),
    (
        VacancyNotice(position=Position(duty_stations=(DutyStation(city="Dakar", country="SN"),))),  # type: ignore[arg-type]
        "$.position.duty_stations[0].country",
        "a str, 'SN', where a Country or None belongs (Country.parse('SN') makes one)",
    ),
    (
        VacancyNotice(kind="vacancy notice"),  # type: ignore[arg-type]
        "$.kind",
        "a str, 'vacancy notice', where a NoticeKind or None belongs"
        " (NoticeKind.VACANCY_NOTICE is one)",
    ),
    (
        VacancyNotice(context=["Established in 1951.", "IOM is"]),  # type: ignore[arg-type]
        "$.context",
        "a list, ['Established in 1951.', 'IOM is'], where a tuple of str belongs"
        " (a tuple of the same items is one)",
    ),
    (
        VacancyNotice(notes="Only shortlisted candidates will be contacted."),  # type: ignore[arg-type]
        "$.notes",
        "a str, 'Only shortlisted candidates will be ..., where a tuple of str belongs"
        " (a tuple holding it is one)",
    ),
    (
        VacancyNotice(position=Position(number_of_posts=True)),
        "$.position.number_of_posts",
        "a bool, True, where an int or None belongs",
    ),
    (
        VacancyNotice(position=Position(duty_stations=(STATION, "Nairobi"))),  # type: ignore[arg-type]
        "$.position.duty_stations[1]",
        "a str, 'Nairobi', where a DutyStation belongs",
    ),
    (
        VacancyNotice(position=1),  # type: ignore[arg-type]
        "$.position",
        "an int, 1, where a Position belongs",
    ),
    (
        VacancyNotice(position=None),  # type: ignore[arg-type]
        "$.position",
        "None where a Position belongs",
    ),
]


@pytest.mark.parametrize(("notice", "path", "message"), SLIPS)
def test_each_slip_is_named_by_its_path(notice: VacancyNotice, path: str, message: str) -> None:
    (misfit,) = misfits(notice)
    assert (misfit.path, misfit.message) == (path, message)
    with pytest.raises(TypeError) as raised:
        check_types(notice)
    assert str(raised.value) == f"check_types() found a value of the wrong type: {path}: {message}"


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_the_seed_notices_fit(number: int) -> None:
    check_types(SEED_NOTICES[number])
    check_types(iomjobs.parse_notice(seed_path(number)).notice)


@given(notices)
def test_generated_notices_fit(notice: VacancyNotice) -> None:
    assert misfits(notice) == []


def _fields(instance: attrs.AttrsInstance) -> list[str]:
    return [field.name for field in attrs.fields(type(instance))]


@given(notices, st.data())
def test_any_field_given_a_stranger_is_found(notice: VacancyNotice, data: st.DataObject) -> None:
    # Every field of the notice and of its position, set to what no field takes.
    stranger: Any = object()
    name = data.draw(st.sampled_from(_fields(notice)))
    changed = attrs.evolve(notice, **{name: stranger})
    assert [m.path for m in misfits(changed)] == [f"$.{name}"]
    inner = data.draw(st.sampled_from(_fields(notice.position)))
    try:
        position = attrs.evolve(notice.position, **{inner: stranger})
    except TypeError as error:  # a field whose validator looks at its value says so itself
        assert str(error).startswith(f"Position.{inner}: an object, <object object at ")
        return
    changed = attrs.evolve(notice, position=position)
    assert [m.path for m in misfits(changed)] == [f"$.position.{inner}"]


# A validator or converter that reads its value names a value of the wrong type
# as what it is, not by what failed inside it.
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Position(number_of_posts="3"),  # type: ignore[arg-type]
            "Position.number_of_posts: a str, '3', where an int or None belongs",
        ),
        (
            lambda: iomjobs.Duration(amount="6", unit=iomjobs.DurationUnit.MONTHS),  # type: ignore[arg-type]
            "Duration.amount: a str, '6', where an int belongs",
        ),
        (
            lambda: iomjobs.CompetencyItem("Teamwork", level="2"),  # type: ignore[arg-type]
            "CompetencyItem.level: a str, '2', where an int or None belongs",
        ),
        (
            lambda: iomjobs.ClosingTime("23:59"),  # type: ignore[arg-type]
            "ClosingTime.time: a str, '23:59', where a time belongs"
            " (datetime.time.fromisoformat('23:59') makes one)",
        ),
        (
            lambda: iomjobs.ClosingTime(dt.time(23, 59), time_zone=1),  # type: ignore[arg-type]
            "ClosingTime.time_zone: an int, 1, where a str or None belongs",
        ),
        (
            lambda: LanguageRequirement(Language("en"), modes="oral"),  # type: ignore[arg-type]
            "LanguageRequirement.modes: a str, 'oral', where a tuple of LanguageMode belongs",
        ),
        (
            lambda: iomjobs.SourceLine(line="4", text="Duty Station: Dakar"),  # type: ignore[arg-type]
            "SourceLine.line: a str, '4', where an int belongs",
        ),
    ],
)
def test_a_model_made_with_a_slip_names_it(make: Any, message: str) -> None:
    with pytest.raises(TypeError) as raised:
        make()
    assert str(raised.value) == message


def test_every_misfit_is_listed_in_order_and_many_are_counted() -> None:
    stations = tuple(DutyStation(city=city, country=code) for city, code in [  # type: ignore[arg-type]
        ("Dakar", "SN"), ("Bamako", "ML"), ("Niamey", "NE"), ("Abuja", "NG"), ("Accra", "GH"),
        ("Lomé", "TG"),
    ])  # fmt: skip
    notice = VacancyNotice(kind="vacancy notice", position=Position(duty_stations=stations))  # type: ignore[arg-type]
    paths = [m.path for m in misfits(notice)]
    assert paths == ["$.kind"] + [f"$.position.duty_stations[{i}].country" for i in range(6)]
    with pytest.raises(
        TypeError, match=r"found 7 values of the wrong type: \$\.kind: .*; and 2 more$"
    ):
        check_types(notice)


def test_check_types_takes_only_a_notice() -> None:
    with pytest.raises(TypeError, match=r"check_types\(\) takes a VacancyNotice, not dict; "):
        check_types({"format_version": 1})  # type: ignore[arg-type]


def test_a_subclass_is_read_by_its_own_fields() -> None:
    @attrs.frozen
    class Station(DutyStation):
        district: str | None = None

    notice = VacancyNotice(position=Position(duty_stations=(Station(city="Dakar", district=5),)))  # type: ignore[arg-type]
    assert [str(m) for m in misfits(notice)] == [
        "$.position.duty_stations[0].district: an int, 5, where a str or None belongs"
    ]


def _written_alike(path: str, message: str) -> bool:
    # The slips dumps writes as the right value would be written: "2026-03-01",
    # "en", "SN", "vacancy notice", a list as an array.
    alike = ("$.language", "$.kind", "$.context", "$.position.duty_stations[0].country")
    return path in alike or message.startswith("a str, '2026-")


# loads refuses the others, at the same path: the paths are the JSON form's.
@pytest.mark.parametrize(
    "notice", [notice for notice, path, message in SLIPS if not _written_alike(path, message)]
)
def test_the_paths_are_the_json_forms(notice: VacancyNotice) -> None:
    (misfit,) = misfits(notice)
    with pytest.raises(InvalidDocument) as raised:
        iomjobs.loads(iomjobs.dumps(notice))
    assert [detail.path for detail in raised.value.errors] == [misfit.path]


@pytest.mark.parametrize("function", [iomjobs.to_dict, iomjobs.to_jsonld, iomjobs.render])
def test_what_fails_on_a_slip_names_it(function: Any) -> None:
    notice = VacancyNotice(closing_date="2026-03-01", position=Position(title="Officer"))  # type: ignore[arg-type]
    name = function.__name__
    message = (
        rf"^{name}\(\) found a value of the wrong type: \$\.closing_date: a str, '2026-03-01',"
        r" where a date or None belongs \(datetime\.date\.fromisoformat\('2026-03-01'\) makes one\)$"
    )
    with pytest.raises(TypeError, match=message):
        function(notice)


def test_dumps_names_a_value_it_cannot_write() -> None:
    notice = VacancyNotice(position=Position(title="Officer", grade=object()))  # type: ignore[arg-type]
    with pytest.raises(
        TypeError,
        match=r"^dumps\(\) found a value of the wrong type: \$\.position\.grade: an object, ",
    ):
        iomjobs.dumps(notice)


def test_a_failure_that_is_no_slip_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Any:
        raise ZeroDivisionError

    monkeypatch.setattr(iomjobs.serialize, "_converter", broken)
    with pytest.raises(ZeroDivisionError):
        iomjobs.to_dict(VacancyNotice())


def test_validate_reports_a_slip_for_the_rules_that_failed_on_it() -> None:
    notice = VacancyNotice(
        closing_date="2026-03-01",  # type: ignore[arg-type]
        position=Position(
            grade=Grade.parse("P-2"),
            languages=(LanguageRequirement(Language("en")),),
        ),
    )
    report = iomjobs.validate(notice)
    assert INTERNAL_ERROR not in report.codes
    (finding,) = [finding for finding in report if finding.code == WRONG_TYPE]
    assert finding.path == "$.closing_date"
    assert finding.severity is iomjobs.Severity.ERROR
    assert finding.message.startswith("a str, '2026-03-01', where a date or None belongs")


def test_validate_keeps_a_failure_on_a_notice_that_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    # The other half: a rule failing on values that all fit is a bug, and said so.
    def broken(_context: Context) -> list[Hit]:
        raise ZeroDivisionError

    monkeypatch.setitem(RULES, "DAT001", attrs.evolve(RULES["DAT001"], check=broken))
    report = iomjobs.validate(VacancyNotice(kind=NoticeKind.VACANCY_NOTICE), select=["DAT001"])
    assert [finding.code for finding in report] == [INTERNAL_ERROR]


@pytest.mark.parametrize(
    ("part", "value", "message"),
    [
        (
            "official_languages",
            "en",
            "Reference.official_languages: a str, 'en', where a tuple of str belongs"
            " (a tuple holding it is one)",
        ),
        (
            "official_languages",
            ["en", "fr"],
            "Reference.official_languages: a list, ['en', 'fr'], where a tuple of str belongs"
            " (a tuple of the same items is one)",
        ),
        (
            "grade_minima",
            {},
            "Reference.grade_minima: a dict, {}, where a GradeMinima belongs",
        ),
        (
            "gazetteer",
            "geonames",
            "Reference.gazetteer: a str, 'geonames', where a Gazetteer or None belongs",
        ),
        (
            "grade_minima",
            GradeMinima(table=((Grade.parse("P-2"), ((DegreeLevel.MASTER, (2, "5")),)),)),  # type: ignore[arg-type]
            "Reference.grade_minima.table[0][1][0][1][1]: a str, '5', where an int belongs",
        ),
        (
            "grade_minima",
            GradeMinima(table=(("P-2",),)),  # type: ignore[arg-type]
            "Reference.grade_minima.table[0]: a tuple, ('P-2',), where a tuple"
            " (Grade, tuple of (DegreeLevel, (int, int))) belongs",
        ),
    ],
)
def test_a_reference_part_of_the_wrong_type_is_refused(
    part: str,
    value: Any,
    message: str,
) -> None:
    with pytest.raises(TypeError) as raised:
        attrs.evolve(Reference.default(), **{part: value})
    assert str(raised.value) == message


def test_a_gazetteer_is_anything_with_its_two_methods() -> None:
    class Everywhere:
        def knows(self, _city: str, _country: str) -> bool:
            return True

        def nearest(self, _city: str, _country: str) -> str | None:
            return None

    station = DutyStation(city="Port of Span", country=Country("TT"))
    notice = VacancyNotice(position=Position(duty_stations=(station,)))
    everywhere = attrs.evolve(Reference.default(), gazetteer=Everywhere())
    assert "PLC002" not in iomjobs.validate(notice, reference=everywhere).codes
    assert "PLC002" in iomjobs.validate(notice).codes  # GeoNames knows no Port of Span
