"""Reference data: countries, languages, framework editions, grade tables, a gazetteer.

Everything here is loaded on first use and cached, so ``import iomjobs``
reads no data file and imports neither pycountry nor babel.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iomjobs.reference.bundle import Reference
    from iomjobs.reference.competencies import (
        CompetencyDefinition,
        CompetencyFramework,
        CompetencyKind,
        framework,
        frameworks,
        load_frameworks,
    )
    from iomjobs.reference.countries import country_name, is_country_code, lookup_country
    from iomjobs.reference.gazetteer import Gazetteer, GeoNamesGazetteer, gazetteer_available
    from iomjobs.reference.grades import (
        CompetencyLevels,
        GradeMinima,
        competency_levels,
        grade_minima,
        load_competency_levels,
        load_grade_minima,
    )
    from iomjobs.reference.languages import (
        is_language_code,
        language_name,
        lookup_language,
        official_languages,
        un_official_languages,
    )

__all__ = [
    "CompetencyDefinition",
    "CompetencyFramework",
    "CompetencyKind",
    "CompetencyLevels",
    "Gazetteer",
    "GeoNamesGazetteer",
    "GradeMinima",
    "Reference",
    "competency_levels",
    "country_name",
    "framework",
    "frameworks",
    "gazetteer_available",
    "grade_minima",
    "is_country_code",
    "is_language_code",
    "language_name",
    "load_frameworks",
    "load_competency_levels",
    "load_grade_minima",
    "lookup_country",
    "lookup_language",
    "official_languages",
    "un_official_languages",
]


def __dir__() -> list[str]:
    return __all__


# Each name is imported on first use: the models need only the country and
# language tables, and should not pay for the bundle, grades or gazetteer.
_LAZY = {
    "CompetencyDefinition": "iomjobs.reference.competencies",
    "CompetencyFramework": "iomjobs.reference.competencies",
    "CompetencyKind": "iomjobs.reference.competencies",
    "CompetencyLevels": "iomjobs.reference.grades",
    "Gazetteer": "iomjobs.reference.gazetteer",
    "GeoNamesGazetteer": "iomjobs.reference.gazetteer",
    "GradeMinima": "iomjobs.reference.grades",
    "Reference": "iomjobs.reference.bundle",
    "competency_levels": "iomjobs.reference.grades",
    "country_name": "iomjobs.reference.countries",
    "framework": "iomjobs.reference.competencies",
    "frameworks": "iomjobs.reference.competencies",
    "gazetteer_available": "iomjobs.reference.gazetteer",
    "grade_minima": "iomjobs.reference.grades",
    "is_country_code": "iomjobs.reference.countries",
    "is_language_code": "iomjobs.reference.languages",
    "language_name": "iomjobs.reference.languages",
    "load_competency_levels": "iomjobs.reference.grades",
    "load_frameworks": "iomjobs.reference.competencies",
    "load_grade_minima": "iomjobs.reference.grades",
    "lookup_country": "iomjobs.reference.countries",
    "lookup_language": "iomjobs.reference.languages",
    "official_languages": "iomjobs.reference.languages",
    "un_official_languages": "iomjobs.reference.languages",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 -- each lazy name has its own type
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'iomjobs.reference' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
