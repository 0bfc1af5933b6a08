"""Reference data: countries, languages, currencies, competencies, grades, places, zones.

Everything here is loaded on first use and cached, so ``import iomjobs``
reads no data file and imports neither pycountry nor babel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iomjobs._lazy import lazy_names

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
    from iomjobs.reference.countries import (
        countries_misspelt_as,
        country_name,
        is_country_code,
        lookup_country,
        misspelt_country,
        suggested_country,
    )
    from iomjobs.reference.currencies import (
        currencies_of,
        currency_name,
        currency_signed,
        is_currency_code,
        lookup_currency,
    )
    from iomjobs.reference.gazetteer import Gazetteer, GeoNamesGazetteer, gazetteer_available
    from iomjobs.reference.grades import (
        CompetencyLevels,
        GradeMinima,
        RecruitingGrades,
        competency_levels,
        grade_minima,
        load_competency_levels,
        load_grade_minima,
        load_recruiting_grades,
        recruiting_grades,
    )
    from iomjobs.reference.languages import (
        is_language_code,
        language_name,
        languages_named_in_notices,
        lookup_language,
        misspelt_language,
        official_languages,
        un_official_languages,
    )
    from iomjobs.reference.nationalities import country_of_nationality
    from iomjobs.reference.regions import countries_of_region, is_region, territory_of
    from iomjobs.reference.zones import time_zone_named, time_zone_of

__all__ = [
    "CompetencyDefinition",
    "CompetencyFramework",
    "CompetencyKind",
    "CompetencyLevels",
    "Gazetteer",
    "GeoNamesGazetteer",
    "GradeMinima",
    "RecruitingGrades",
    "Reference",
    "competency_levels",
    "countries_misspelt_as",
    "countries_of_region",
    "country_name",
    "country_of_nationality",
    "currencies_of",
    "currency_name",
    "currency_signed",
    "framework",
    "frameworks",
    "gazetteer_available",
    "grade_minima",
    "is_country_code",
    "is_currency_code",
    "is_language_code",
    "is_region",
    "language_name",
    "languages_named_in_notices",
    "load_frameworks",
    "load_competency_levels",
    "load_grade_minima",
    "load_recruiting_grades",
    "lookup_country",
    "lookup_currency",
    "lookup_language",
    "misspelt_country",
    "misspelt_language",
    "official_languages",
    "recruiting_grades",
    "suggested_country",
    "territory_of",
    "time_zone_named",
    "time_zone_of",
    "un_official_languages",
]


def __dir__() -> list[str]:
    return __all__


# Each name is imported on first use: the models need only the country and
# language tables, and should not pay for the bundle, grades or gazetteer.
__getattr__ = lazy_names(
    __name__,
    {
        "iomjobs.reference.bundle": ("Reference",),
        "iomjobs.reference.competencies": (
            "CompetencyDefinition", "CompetencyFramework", "CompetencyKind", "framework",
            "frameworks", "load_frameworks",
        ),
        "iomjobs.reference.countries": (
            "countries_misspelt_as", "country_name", "is_country_code", "lookup_country",
            "misspelt_country", "suggested_country",
        ),
        "iomjobs.reference.currencies": (
            "currencies_of", "currency_name", "currency_signed", "is_currency_code",
            "lookup_currency",
        ),
        "iomjobs.reference.gazetteer": ("Gazetteer", "GeoNamesGazetteer", "gazetteer_available"),
        "iomjobs.reference.grades": (
            "CompetencyLevels", "GradeMinima", "RecruitingGrades", "competency_levels",
            "grade_minima", "load_competency_levels", "load_grade_minima",
            "load_recruiting_grades", "recruiting_grades",
        ),
        "iomjobs.reference.languages": (
            "is_language_code", "language_name", "languages_named_in_notices", "lookup_language",
            "misspelt_language", "official_languages", "un_official_languages",
        ),
        "iomjobs.reference.nationalities": ("country_of_nationality",),
        "iomjobs.reference.regions": ("countries_of_region", "is_region", "territory_of"),
        "iomjobs.reference.zones": ("time_zone_named", "time_zone_of"),
    },
)  # fmt: skip
