"""Reference data: ISO countries and languages, competency framework editions.

Everything here is loaded on first use and cached, so ``import iomjobs``
reads no data file and imports neither pycountry nor babel.
"""

from __future__ import annotations

from iomjobs.reference.competencies import (
    CompetencyDefinition,
    CompetencyFramework,
    CompetencyKind,
    framework,
    frameworks,
    load_frameworks,
)
from iomjobs.reference.countries import country_name, is_country_code, lookup_country
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
    "country_name",
    "framework",
    "frameworks",
    "is_country_code",
    "is_language_code",
    "language_name",
    "load_frameworks",
    "lookup_country",
    "lookup_language",
    "official_languages",
    "un_official_languages",
]


def __dir__() -> list[str]:
    return __all__
