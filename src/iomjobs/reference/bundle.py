"""All the reference data the validators use, in one replaceable object.

>>> import attrs
>>> from iomjobs.reference import Reference
>>> default = Reference.default()
>>> [f.edition for f in default.frameworks], default.official_languages
(['pre-2018', '2018', '2023'], ('en', 'fr', 'es'))
>>> english_only = attrs.evolve(default, official_languages=("en",))
"""

from __future__ import annotations

import functools

import attrs

from iomjobs.model._misfits import misfits
from iomjobs.model.competency import CompetencyFramework
from iomjobs.reference.competencies import frameworks
from iomjobs.reference.gazetteer import Gazetteer, GeoNamesGazetteer, gazetteer_available
from iomjobs.reference.grades import (
    CompetencyLevels,
    GradeMinima,
    RecruitingGrades,
    competency_levels,
    grade_minima,
    recruiting_grades,
)
from iomjobs.reference.languages import official_languages

__all__ = ["Reference"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen
class Reference:
    """Framework editions, grade tables, official languages, recruiting types and a gazetteer.

    Build one with :meth:`default` and replace any part with
    :func:`attrs.evolve`. ``gazetteer`` is ``None`` when no gazetteer is
    installed; the rules that need one are then skipped, and say so.

    A part of the wrong type is refused as it is given, with a ``TypeError``
    that names it: a rule would otherwise fail on it, or read a string of
    official languages as its letters.
    """

    frameworks: tuple[CompetencyFramework, ...]
    grade_minima: GradeMinima
    competency_levels: CompetencyLevels
    official_languages: tuple[str, ...]
    gazetteer: Gazetteer | None = attrs.field(default=None, eq=False)
    recruiting_grades: RecruitingGrades = attrs.field(factory=recruiting_grades)
    """The grade categories each recruiting type's posts usually hold."""

    @classmethod
    def default(cls) -> Reference:
        """The bundled data, and the GeoNames gazetteer when it is installed."""
        return _default()

    def __attrs_post_init__(self) -> None:
        # Made once and used for many notices: checked where it is made.
        found = misfits(self, "Reference")
        if found:
            raise TypeError("; ".join(map(str, found)))

    def framework_for(self, edition: str) -> CompetencyFramework | None:
        """The edition named *edition*, or ``None``."""
        return next((f for f in self.frameworks if f.edition == edition), None)


@functools.cache
def _default() -> Reference:
    return Reference(
        frameworks=frameworks(),
        grade_minima=grade_minima(),
        competency_levels=competency_levels(),
        official_languages=official_languages(),
        gazetteer=GeoNamesGazetteer() if gazetteer_available() else None,
    )
