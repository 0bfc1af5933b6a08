"""Competencies: the IOM framework editions and what a notice asks for.

Two sides meet here. :class:`CompetencyFramework` is reference data: one
edition of IOM's framework (2018: three values; 2023: five values) with its
values, core and managerial competencies, or, before 2018, its behavioural
competencies. :class:`Competencies` is what one
notice says: for each group the count it *declares* ("these three values"),
the level it states, and the items it *lists*, kept as written even when the
framework does not know them. The validators compare the two.

>>> from iomjobs.reference import framework
>>> edition = framework("2023")
>>> len(edition.values), edition.lookup("Inclusion & respect for diversity").name
(5, 'Inclusion and respect for diversity')
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Final

import attrs

from iomjobs._text import fold
from iomjobs.model._checks import competency_level, non_negative

__all__ = [
    "Competencies",
    "CompetencyDefinition",
    "CompetencyFramework",
    "CompetencyGroup",
    "CompetencyItem",
    "CompetencyKind",
]


def __dir__() -> list[str]:
    return __all__


class CompetencyKind(enum.Enum):
    """The three elements of the IOM competency framework."""

    VALUE = "value"
    """Values are not levelled and bind all staff."""
    CORE = "core"
    """Core competencies are levelled and bind all staff."""
    MANAGERIAL = "managerial"
    """Managerial competencies are levelled and bind staff who manage others."""
    BEHAVIOURAL = "behavioural"
    """Behavioural competencies, before 2018: one list for all staff, not levelled."""


# The kind of each group of :class:`Competencies`, by the group's field name: what
# the reader and the rules look a group's names up by.
GROUP_KINDS: Final = {
    "values": CompetencyKind.VALUE,
    "core": CompetencyKind.CORE,
    "managerial": CompetencyKind.MANAGERIAL,
    "behavioural": CompetencyKind.BEHAVIOURAL,
}


@attrs.frozen
class CompetencyDefinition:
    """One value or competency of a framework edition, with its spellings."""

    name: str
    kind: CompetencyKind
    definition: str
    variants: tuple[str, ...] = ()
    """Other spellings notices use, such as ``Inclusion & respect for diversity``."""
    confidence: str = "U"
    """How well the name and definition are attested (tags of iom-domain.md)."""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name followed by its variants."""
        return (self.name, *self.variants)


@attrs.frozen(cache_hash=True)
class CompetencyFramework:
    """One edition of the IOM competency framework (reference data)."""

    edition: str
    title: str
    in_force_from: dt.date
    values: tuple[CompetencyDefinition, ...]
    core: tuple[CompetencyDefinition, ...]
    managerial: tuple[CompetencyDefinition, ...]
    levels: tuple[int, ...] = (1, 2, 3)
    source: str = ""
    confidence: str = "U"
    behavioural: tuple[CompetencyDefinition, ...] = attrs.field(default=(), kw_only=True)
    """The behavioural competencies of the edition before 2018, which had no
    values, core or managerial competencies; empty in later editions."""

    def definitions(self, kind: CompetencyKind | None = None) -> tuple[CompetencyDefinition, ...]:
        """All definitions, or those of one *kind*."""
        # Compared, not looked up in a dict: an enum's hash is a Python call, and
        # the rules ask this some eight times a notice.
        if kind is None:
            return (*self.values, *self.core, *self.managerial, *self.behavioural)
        if kind is CompetencyKind.VALUE:
            return self.values
        if kind is CompetencyKind.CORE:
            return self.core
        if kind is CompetencyKind.MANAGERIAL:
            return self.managerial
        if kind is CompetencyKind.BEHAVIOURAL:
            return self.behavioural
        raise KeyError(kind)

    def lookup(self, name: str, kind: CompetencyKind | None = None) -> CompetencyDefinition | None:
        """The definition *name* spells (``&`` or ``and``, any case), or ``None``."""
        index = _spelling_index(self)
        # Notices mostly spell names as the framework does: found without folding.
        found = index.get(name) or index.get(fold(name))
        if found is None or (kind is not None and found.kind is not kind):
            return None
        return found


@functools.cache
def _spelling_index(framework: CompetencyFramework) -> dict[str, CompetencyDefinition]:
    # Each spelling as written and as folded.
    index = {}
    for definition in framework.definitions():
        for spelling in definition.spellings:
            index[fold(spelling)] = index[spelling] = definition
    return index


@attrs.frozen
class CompetencyItem:
    """A value or competency as a notice lists it.

    ``name`` is kept as written, known to the framework or not.
    """

    name: str
    description: str | None = None
    level: int | None = attrs.field(default=None, validator=competency_level)
    """A level stated for this item alone, when the notice does that."""


@attrs.frozen
class CompetencyGroup:
    """The values, core, managerial or behavioural competencies of a notice.

    ``declared_count`` is the number the text announces ("these three
    values"); ``items`` are what it lists. Real notices disagree with
    themselves here, so both are kept.
    """

    items: tuple[CompetencyItem, ...] = ()
    declared_count: int | None = attrs.field(default=None, validator=non_negative)
    level: int | None = attrs.field(default=None, validator=competency_level)
    """The level stated for the whole group ("behavioural indicators level 2")."""
    note: str | None = None
    """A condition the notice attaches ("applicable only if position is with direct reports")."""


@attrs.frozen
class Competencies:
    """The competency section of a notice: values, core, managerial.

    A group is ``None`` when the notice has no such group at all. Notices
    from before the 2018 framework list behavioural competencies instead
    ("Behavioural: Accountability, Client Orientation, ...").
    """

    values: CompetencyGroup | None = None
    core: CompetencyGroup | None = None
    managerial: CompetencyGroup | None = None
    behavioural: CompetencyGroup | None = None
    notes: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    """What the section says besides its groups, in the notice's words.

    ("IOM's competency framework can be found at this link. Competencies will
    be assessed during the selection process.")
    """
