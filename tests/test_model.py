from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest

import iomjobs
from iomjobs import (
    ClosingTime,
    CompetencyGroup,
    CompetencyItem,
    Country,
    DegreeLevel,
    Duration,
    DurationUnit,
    FirstTier,
    Grade,
    InvalidValue,
    Language,
    LanguageMode,
    LanguageRequirement,
    MemberStateEntry,
    Position,
    PostingPeriod,
    QualificationPath,
    Responsibility,
    SourceLine,
    StartDate,
    VacancyNotice,
)

MODELS = [
    getattr(iomjobs, name)
    for name in iomjobs.__all__
    if isinstance(getattr(iomjobs, name), type) and attrs.has(getattr(iomjobs, name))
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_models_are_frozen_and_slotted(model: type) -> None:
    assert attrs.has(model)
    assert "__slots__" in model.__dict__
    assert model.__setattr__ is not object.__setattr__


@pytest.mark.parametrize(
    "value", [Grade.parse("P-2"), Country("TT"), Language("en")], ids=lambda v: type(v).__name__
)
def test_one_string_values_behave_as_frozen_models(value: object) -> None:
    assert "__slots__" in type(value).__dict__
    assert not hasattr(value, "__dict__")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.code = "x"  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 -- our own bytes
    assert copy.deepcopy(value) == value
    assert hash(copy.copy(value)) == hash(value)
    assert value != str(value)
    assert repr(value) == f"{type(value).__name__}({str(value)!r})"


def test_values_of_one_kind_are_ordered_by_code() -> None:
    assert sorted([Country("US"), Country("TT")]) == [Country("TT"), Country("US")]
    assert Language("en") <= Language("en") < Language("fr")
    with pytest.raises(TypeError):
        assert Country("TT") < Language("en")  # type: ignore[operator]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_models_hold_no_lists(model: type) -> None:
    """Collections are tuples, so a notice is immutable all the way down."""
    for field in attrs.fields(model):
        assert "list[" not in str(field.type)
        assert "dict[" not in str(field.type)


class TestRefusesWhatCannotMeanAnything:
    @pytest.mark.parametrize(
        ("build", "path"),
        [
            (lambda: QualificationPath(DegreeLevel.MASTER, min_years=-2), "min_years"),
            (lambda: Position(direct_reports=-1), "direct_reports"),
            (lambda: Position(number_of_posts=0), "number_of_posts"),
            (lambda: CompetencyGroup(level=4), "level"),
            (lambda: CompetencyGroup(level=0), "level"),
            (lambda: CompetencyGroup(declared_count=-3), "declared_count"),
            (lambda: CompetencyItem("Teamwork", level=5), "level"),
            (lambda: Duration(0, DurationUnit.MONTHS), "amount"),
            (StartDate, "to_be_determined"),
            (
                lambda: StartDate(as_soon_as_possible=True, to_be_determined=True),
                "to_be_determined",
            ),
            (lambda: StartDate(dt.date(2026, 4, 15), month_only=True), "month_only"),
            (lambda: StartDate(as_soon_as_possible=True, month_only=True), "month_only"),
            (lambda: ClosingTime(dt.time(23, 59), time_zone="Geneva"), "time_zone"),
            (lambda: SourceLine(0, "text"), "line"),
            (lambda: Responsibility("duty", number=-1), "number"),
        ],
    )
    def test_construction_raises_invalid_value(self, build: object, path: str) -> None:
        with pytest.raises(InvalidValue) as info:
            build()  # type: ignore[operator]
        assert info.value.path == path


def test_a_start_to_be_determined_may_give_a_tentative_date() -> None:
    assert StartDate(to_be_determined=True).date is None
    assert StartDate(dt.date(2026, 3, 1), to_be_determined=True).to_be_determined


def test_a_start_given_by_its_month_is_its_first_day() -> None:
    april = StartDate(dt.date(2026, 4, 1), month_only=True)
    assert (april.date, april.month_only) == (dt.date(2026, 4, 1), True)
    assert april != StartDate(dt.date(2026, 4, 1))  # the first of April itself


class TestRepresentsInconsistentNotices:
    """Real notices contradict themselves; that is for the validators, not the constructors."""

    def test_declared_count_differs_from_listed(self) -> None:
        group = CompetencyGroup(
            items=tuple(CompetencyItem(name) for name in "ABCDE"), declared_count=3
        )
        assert (group.declared_count, len(group.items)) == (3, 5)

    def test_closing_before_posting_start(self) -> None:
        notice = VacancyNotice(
            posting_period=PostingPeriod(dt.date(2024, 2, 20), dt.date(2024, 2, 6)),
            closing_date=dt.date(2024, 1, 1),
        )
        assert notice.closing_date == dt.date(2024, 1, 1)

    def test_unknown_competency_names_are_kept(self) -> None:
        item = CompetencyItem("Creativity and initiative")
        assert item.name == "Creativity and initiative"

    def test_unresolved_language(self) -> None:
        requirement = LanguageRequirement(None, as_written="the local language")
        assert not requirement.is_resolved

    def test_member_state_entry_that_resolves_to_no_country(self) -> None:
        tier = FirstTier(
            non_represented_member_states=(MemberStateEntry("Atlantis"),),
        )
        assert tier.countries == ()

    def test_empty_member_states_list_differs_from_none(self) -> None:
        assert FirstTier(non_represented_member_states=()).non_represented_member_states == ()
        assert FirstTier().non_represented_member_states is None


def test_language_modes_have_one_order() -> None:
    a = LanguageRequirement(Language("en"), modes=(LanguageMode.WRITTEN, LanguageMode.ORAL))
    b = LanguageRequirement(Language("en"), modes=(LanguageMode.ORAL, LanguageMode.WRITTEN))
    assert a == b
    assert a.modes == (LanguageMode.ORAL, LanguageMode.WRITTEN)


def test_degree_levels_are_ordered() -> None:
    assert max(DegreeLevel) is DegreeLevel.DOCTORATE
    assert DegreeLevel.SECONDARY < DegreeLevel.BACHELOR <= DegreeLevel.MASTER
    assert DegreeLevel.SECONDARY.rank == 0
