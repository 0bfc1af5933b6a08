"""The public strategies: realistic, consistent or breaking exactly one rule, registered for from_type."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import iomjobs
from iomjobs import Country, Grade, Language, VacancyNotice
from iomjobs.rules import RULES
from iomjobs.strategies import (
    NOT_GENERATABLE,
    competencies,
    competency_groups,
    grades,
    notices,
    qualification_paths,
)

GENERATABLE = sorted(code for code in RULES if code not in NOT_GENERATABLE)


@given(notices())
def test_consistent_notices_have_no_error(notice: VacancyNotice) -> None:
    report = iomjobs.validate(notice)
    assert not report.has_errors, [str(f) for f in report.errors]


@given(notices())
def test_consistent_notices_look_real(notice: VacancyNotice) -> None:
    """Real cities in their countries, the grade's education pattern, the edition of the date."""
    report = iomjobs.validate(
        notice, select=["PLC002", "PLC006", "QUA002", "CMP002", "CMP003", "CMP008"]
    )
    assert not report.findings, [str(f) for f in report]


@pytest.mark.parametrize("code", GENERATABLE)
def test_violating_breaks_that_rule_and_no_other_error_rule(code: str) -> None:
    @settings(max_examples=10, deadline=None)
    @given(notices(violating=code))
    def check(notice: VacancyNotice) -> None:
        iomjobs.check_types(notice)  # a rule broken, never a type
        report = iomjobs.validate(notice)
        assert code in report.codes
        assert {finding.code for finding in report.errors} <= {code}

    check()


@pytest.mark.parametrize("code", ["XYZ001", *NOT_GENERATABLE])
def test_violating_refuses_what_it_cannot_generate(code: str) -> None:
    with pytest.raises(InvalidArgument):
        notices(violating=code)


@given(notices(consistent=False))
def test_anything_round_trips_and_validates(notice: VacancyNotice) -> None:
    iomjobs.check_types(notice)  # every value of the type its field declares
    assert iomjobs.loads(iomjobs.dumps(notice)) == notice
    iomjobs.validate(notice)


@given(grades())
def test_grades_read_back(grade: Grade) -> None:
    assert Grade.parse(str(grade)) == grade


@given(grades(categories=[iomjobs.GradeCategory.PROFESSIONAL]).flatmap(qualification_paths))
def test_paths_follow_the_grade(paths: tuple[iomjobs.QualificationPath, ...]) -> None:
    assert [p.degree for p in paths] == [iomjobs.DegreeLevel.MASTER, iomjobs.DegreeLevel.BACHELOR]


@given(
    st.from_type(VacancyNotice), st.from_type(Grade), st.from_type(Country), st.from_type(Language)
)
def test_from_type_uses_the_registered_strategies(
    notice: VacancyNotice, grade: Grade, country: Country, language: Language
) -> None:
    """Registered through Hypothesis's entry point: no import of iomjobs.strategies needed."""
    assert not iomjobs.validate(notice).has_errors
    assert isinstance(grade, Grade)
    assert isinstance(country, Country)
    assert isinstance(language, Language)


@pytest.mark.parametrize(
    "code",
    [
        "from iomjobs.strategies import notices; notices().example()",
        "import hypothesis.strategies as st, iomjobs; st.from_type(iomjobs.Grade).example()",
    ],
    ids=["strategies-first", "hypothesis-first"],
)
def test_imports_in_any_order(code: str) -> None:
    """The entry point runs while hypothesis is imported, maybe by iomjobs.strategies itself."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    result = subprocess.run(  # noqa: S603 -- our own interpreter
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_registering_by_hand_where_plugins_are_off() -> None:
    """With HYPOTHESIS_NO_PLUGINS the entry point does not run; the function does its work."""
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import hypothesis.strategies as st, iomjobs\n"
        "from iomjobs.strategies import register_type_strategies\n"
        "register_type_strategies()\n"
        "assert isinstance(st.from_type(iomjobs.Supervisor).example(), iomjobs.Supervisor)\n"
        "assert not iomjobs.validate(st.from_type(iomjobs.VacancyNotice).example()).has_errors\n"
    )
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"}
    result = subprocess.run(  # noqa: S603 -- our own interpreter
        [sys.executable, "-W", "ignore", "-c", code],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


MODEL_STRATEGIES = [
    iomjobs.Grade, iomjobs.Country, iomjobs.Language, iomjobs.DutyStation,
    iomjobs.LanguageRequirement, iomjobs.Position, iomjobs.Duration, iomjobs.Appointment,
    iomjobs.PostingPeriod, iomjobs.StartDate, iomjobs.ClosingTime, iomjobs.Supervisor,
    iomjobs.ResponsibilityGroup, iomjobs.Qualifications, iomjobs.Competencies,
    iomjobs.FirstTier, iomjobs.VacancyNotice, iomjobs.CompetencyGroup, iomjobs.CompetencyItem,
    iomjobs.MemberStateEntry, iomjobs.Responsibility, iomjobs.HowToApply,
    iomjobs.QualificationPath, iomjobs.SourceLine, iomjobs.CompetencyFramework,
    iomjobs.CompetencyDefinition, iomjobs.Currency, iomjobs.Salary,
]  # fmt: skip


def test_every_public_model_has_a_strategy() -> None:
    import attrs  # noqa: PLC0415

    models = {
        getattr(iomjobs, name)
        for name in iomjobs.model.__all__
        if attrs.has(getattr(iomjobs, name))
    }
    # The values written as one string are plain slotted classes, not attrs ones.
    values = {iomjobs.Grade, iomjobs.Country, iomjobs.Language, iomjobs.Currency}
    assert models | values == set(MODEL_STRATEGIES)


@pytest.mark.parametrize("model", MODEL_STRATEGIES, ids=lambda m: m.__name__)
def test_every_model_with_a_strategy_resolves_through_from_type(model: type) -> None:
    @settings(max_examples=10)
    @given(st.from_type(model))
    def check(value: object) -> None:
        assert isinstance(value, model)

    check()


@given(st.from_type(iomjobs.Position))
def test_generated_parts_make_a_consistent_notice(position: iomjobs.Position) -> None:
    notice = VacancyNotice(position=position)
    assert not iomjobs.validate(notice).has_errors


@given(competencies(date=dt.date(2016, 6, 1)))
def test_competencies_before_2018_are_behavioural(drawn: iomjobs.Competencies) -> None:
    assert (drawn.values, drawn.core, drawn.managerial) == (None, None, None)
    assert drawn.behavioural is not None
    assert drawn.behavioural.items[0].name == "Accountability"


@given(competency_groups(kind="behavioural"))
def test_a_behavioural_group_validates_clean_on_a_notice_of_its_time(
    group: iomjobs.CompetencyGroup,
) -> None:
    notice = iomjobs.from_dict(
        {"format_version": 1, "closing_date": "2016-06-15", "position": {"title": "Driver"}}
    )
    position = attrs.evolve(notice.position, competencies=iomjobs.Competencies(behavioural=group))
    report = iomjobs.validate(attrs.evolve(notice, position=position), select=["CMP"])
    assert report.codes == ()
