"""Education paths and the qualifications section of a notice.

IOM notices state education as alternatives: "a bachelor's degree with five
years of experience; or a high school diploma with seven". Each alternative
is a :class:`QualificationPath`; :class:`Qualifications` keeps them in the
notice's order together with the experience and skills items.

>>> from iomjobs import DegreeLevel, QualificationPath
>>> QualificationPath(DegreeLevel.BACHELOR, min_years=5)  # doctest: +NORMALIZE_WHITESPACE
QualificationPath(degree=<DegreeLevel.BACHELOR: 'bachelor'>, fields_of_study=(),
                  min_years=5, as_written=None)
>>> DegreeLevel.MASTER > DegreeLevel.BACHELOR
True
>>> QualificationPath(DegreeLevel.SECONDARY, min_years=-1)
Traceback (most recent call last):
...
iomjobs.errors.InvalidValue: Invalid min_years: -1 (expected 0 or more) @ min_years
"""

from __future__ import annotations

import enum
import functools

import attrs

from iomjobs.model._checks import non_negative

__all__ = ["DegreeLevel", "QualificationPath", "Qualifications"]


def __dir__() -> list[str]:
    return __all__


@functools.total_ordering
class DegreeLevel(enum.Enum):
    """Levels of education, ordered from secondary school to doctorate."""

    SECONDARY = "secondary"
    """A high school diploma or completed secondary education."""
    BACHELOR = "bachelor"
    """A first university degree ("university degree", "bachelor's degree")."""
    MASTER = "master"
    """An advanced university degree."""
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        """0 for secondary up to 3 for doctorate."""
        return _RANKS[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, DegreeLevel):
            return NotImplemented
        return _RANKS[self.value] < _RANKS[other.value]


_RANKS = {level.value: rank for rank, level in enumerate(DegreeLevel)}


@attrs.frozen
class QualificationPath:
    """One alternative of the education requirement: a degree plus years of experience."""

    degree: DegreeLevel
    fields_of_study: tuple[str, ...] = ()
    min_years: int | None = attrs.field(default=None, validator=non_negative)
    """Minimum years of relevant experience with this degree; ``None`` if unstated."""
    as_written: str | None = None


@attrs.frozen
class Qualifications:
    """Education, experience and skills as the notice states them.

    A section the notice does not have at all is ``None``; a section that
    is there but empty (a heading and a lone bullet) is an empty tuple.
    """

    education: tuple[QualificationPath, ...] | None = None
    """The alternatives, in the notice's order; meeting any one of them suffices."""
    education_notes: tuple[str, ...] = ()
    """Conditions on education ("universities listed in the UNESCO database")."""
    experience: tuple[str, ...] | None = None
    skills: tuple[str, ...] | None = None
