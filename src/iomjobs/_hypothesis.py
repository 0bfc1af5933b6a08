"""Hypothesis's entry point: ``st.from_type`` on iomjobs models, no import needed (internal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _hypothesis_setup_hook() -> None:
    # Hypothesis runs this while it is being imported, perhaps because
    # iomjobs.strategies is being imported: register resolvers that import
    # the strategies only when a test asks for one, never now.
    from hypothesis import strategies as st  # noqa: PLC0415

    from iomjobs import model  # noqa: PLC0415

    for model_type, name in (
        (model.VacancyNotice, "notices"),
        (model.Grade, "grades"),
        (model.Country, "countries"),
        (model.Language, "languages"),
        (model.Currency, "currencies"),
        (model.Salary, "salaries"),
        (model.DutyStation, "duty_stations"),
        (model.LanguageRequirement, "language_requirements"),
        (model.Position, "positions"),
        (model.Duration, "durations"),
        (model.Appointment, "appointments"),
        (model.PostingPeriod, "posting_periods"),
        (model.StartDate, "start_dates"),
        (model.ClosingTime, "closing_times"),
        (model.Supervisor, "supervisors"),
        (model.ResponsibilityGroup, "responsibility_groups"),
        (model.Qualifications, "qualifications"),
        (model.Competencies, "competencies"),
        (model.FirstTier, "first_tiers"),
        (model.CompetencyGroup, "competency_groups"),
        (model.CompetencyItem, "competency_items"),
        (model.MemberStateEntry, "member_state_entries"),
        (model.Responsibility, "responsibilities"),
        (model.HowToApply, "how_to_apply"),
        (model.QualificationPath, "qualification_path"),
        (model.SourceLine, "source_lines"),
        (model.CompetencyFramework, "competency_frameworks"),
        (model.CompetencyDefinition, "competency_definitions"),
    ):
        st.register_type_strategy(model_type, _resolver(name))


def _resolver(name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:  # noqa: ANN401 -- a strategy of the asked type
        from iomjobs import strategies  # noqa: PLC0415

        return getattr(strategies, name)()

    return resolve
