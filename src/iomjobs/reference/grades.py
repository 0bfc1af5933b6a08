"""Per-grade reference tables: education minima, usual competency levels, recruiting types.

The tables are unverified (confidence U in the domain reference), so the
rules that use them only warn, and a caller can load better ones:

>>> from iomjobs import DegreeLevel, Grade
>>> from iomjobs.reference import grade_minima, competency_levels
>>> grade_minima().years(Grade.parse("G6"), DegreeLevel.SECONDARY)
(6, 6)
>>> grade_minima().matching({DegreeLevel.BACHELOR: 3, DegreeLevel.SECONDARY: 5})
(Grade('G5'),)
>>> competency_levels().core(Grade.parse("G6"))
(1, 2)
>>> from iomjobs import RecruitingType
>>> from iomjobs.reference import recruiting_grades
>>> [category.value for category in recruiting_grades().categories(RecruitingType.PROFESSIONAL)]
['P', 'UG']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from iomjobs.model.grade import Grade, GradeCategory
from iomjobs.model.position import RecruitingType
from iomjobs.model.qualification import DegreeLevel
from iomjobs.reference._files import load_file, read_bundled
from iomjobs.reference._shape import Shaped

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "CompetencyLevels",
    "GradeMinima",
    "RecruitingGrades",
    "competency_levels",
    "grade_minima",
    "load_competency_levels",
    "load_grade_minima",
    "load_recruiting_grades",
    "recruiting_grades",
]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(cache_hash=True)
class GradeMinima:
    """Years of experience expected with each degree, per grade, as (lowest, highest)."""

    table: tuple[tuple[Grade, tuple[tuple[DegreeLevel, tuple[int, int]], ...]], ...]
    confidence: str = "U"
    source: str = ""

    def years(self, grade: Grade, degree: DegreeLevel) -> tuple[int, int] | None:
        """The usual range of years for *degree* at *grade*, or ``None`` if the table has none."""
        return _minima_index(self).get(grade, {}).get(degree)

    def matching(self, paths: Mapping[DegreeLevel, int]) -> tuple[Grade, ...]:
        """The grades whose usual years agree with every (degree, years) in *paths*."""
        # Keyed by the degrees' values: an enum member hashes in Python, a string in C.
        return _matching(self, frozenset((degree.value, years) for degree, years in paths.items()))


# Notices repeat a handful of education patterns: each is matched once.
@functools.lru_cache(maxsize=1024)
def _matching(minima: GradeMinima, paths: frozenset[tuple[str, int]]) -> tuple[Grade, ...]:
    wanted = [(DegreeLevel(degree), years) for degree, years in paths]
    found = []
    for grade, degrees in _minima_index(minima).items():
        if wanted and all(
            degree in degrees and degrees[degree][0] <= years <= degrees[degree][1]
            for degree, years in wanted
        ):
            found.append(grade)
    return tuple(found)


@functools.cache
def _minima_index(minima: GradeMinima) -> dict[Grade, dict[DegreeLevel, tuple[int, int]]]:
    return {grade: dict(degrees) for grade, degrees in minima.table}


@attrs.frozen(cache_hash=True)
class CompetencyLevels:
    """The core and managerial levels notices of each grade usually ask for.

    Keys are canonical grades, or a category prefix with ``*`` (``G*``,
    ``NO-*``) that matches every grade of the category.
    """

    table: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]
    confidence: str = "U"
    source: str = ""

    def core(self, grade: Grade) -> tuple[int, ...] | None:
        """The usual core levels for *grade*, or ``None`` if the table does not say."""
        entry = self._entry(grade)
        return entry[1] if entry else None

    def managerial(self, grade: Grade) -> tuple[int, ...] | None:
        """The usual managerial levels for *grade*, or ``None`` if the table does not say."""
        entry = self._entry(grade)
        return entry[2] if entry else None

    def _entry(self, grade: Grade) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
        written = str(grade)
        for entry in self.table:
            key = entry[0]
            if key == written or (key.endswith("*") and written.startswith(key[:-1])):
                return entry
        return None


@attrs.frozen(cache_hash=True)
class RecruitingGrades:
    """The grade categories the posts of each recruiting type usually hold.

    "Recruiting Type: Professional" is written on P and ungraded posts
    alike; a recruiting type the table does not name goes with any grade.
    """

    table: tuple[tuple[RecruitingType, tuple[GradeCategory, ...]], ...]
    confidence: str = "U"
    source: str = ""

    def categories(self, recruiting: RecruitingType) -> tuple[GradeCategory, ...] | None:
        """The grade categories of *recruiting*'s posts, or ``None`` if the table does not say."""
        return next((found for kind, found in self.table if kind is recruiting), None)


def _minima_from(data: Shaped) -> GradeMinima:
    table = tuple(
        (grade.parsed(Grade.parse), _years_by_degree(degrees))
        for grade, degrees in data.field("grades").members()
    )
    return GradeMinima(table, *_provenance(data))


def _years_by_degree(degrees: Shaped) -> tuple[tuple[DegreeLevel, tuple[int, int]], ...]:
    """Each degree and the years expected with it, ``[lowest, highest]``."""
    return tuple(
        (degree.member_of(DegreeLevel), (low.whole(), high.whole()))
        for degree, years in degrees.members()
        for low, high in (years.items(length=2),)
    )


def _levels_from(data: Shaped) -> CompetencyLevels:
    table = tuple(
        (
            grade.text(),
            tuple(level.whole() for level in entry.field("core").items()),
            tuple(level.whole() for level in entry.field("managerial").items()),
        )
        for grade, entry in data.field("grades").members()
    )
    return CompetencyLevels(table, *_provenance(data))


def _recruiting_from(data: Shaped) -> RecruitingGrades:
    table = tuple(
        (
            kind.member_of(RecruitingType),
            tuple(c.member_of(GradeCategory) for c in categories.items()),
        )
        for kind, categories in data.field("recruiting_types").members()
    )
    return RecruitingGrades(table, *_provenance(data))


def _provenance(data: Shaped) -> tuple[str, str]:
    """A table's confidence tag and source."""
    return data.field("confidence", "U").text(), data.field("_source", "").text()


@functools.cache
def grade_minima() -> GradeMinima:
    """The bundled education minima per grade."""
    return _minima_from(Shaped(read_bundled("grade_minima.json")))


@functools.cache
def competency_levels() -> CompetencyLevels:
    """The bundled table of usual competency levels per grade."""
    return _levels_from(Shaped(read_bundled("competency_levels.json")))


@functools.cache
def recruiting_grades() -> RecruitingGrades:
    """The bundled grade categories of each recruiting type."""
    return _recruiting_from(Shaped(read_bundled("recruiting_grades.json")))


def load_grade_minima(path: str | Path) -> GradeMinima:
    """Read education minima from a JSON file in the bundled file's shape.

    :raises InvalidValue: when the file is not in that shape.
    """
    return load_file(path, _minima_from, "grade minima")


def load_competency_levels(path: str | Path) -> CompetencyLevels:
    """Read the table of usual competency levels from a JSON file in the bundled shape.

    :raises InvalidValue: when the file is not in that shape.
    """
    return load_file(path, _levels_from, "competency levels")


def load_recruiting_grades(path: str | Path) -> RecruitingGrades:
    """Read the grade categories of each recruiting type from a JSON file in the bundled shape.

    :raises InvalidValue: when the file is not in that shape.
    """
    return load_file(path, _recruiting_from, "recruiting grades")
