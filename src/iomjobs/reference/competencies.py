"""The IOM competency framework editions, loaded from a data file.

The bundled file holds the 2018 and 2023 editions with their source and
confidence, and the behavioural competencies notices listed before 2018.
A caller with better data can load their own file in the same shape with
:func:`load_frameworks` and pass the result wherever a framework is asked
for.

>>> from iomjobs.reference import framework, frameworks
>>> [(f.edition, len(f.values), len(f.core), len(f.managerial)) for f in frameworks()]
[('pre-2018', 0, 0, 0), ('2018', 3, 5, 3), ('2023', 5, 5, 5)]
>>> [d.name for d in framework("pre-2018").behavioural][:3]
['Accountability', 'Client Orientation', 'Continuous Learning']
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from iomjobs.errors import InvalidValue
from iomjobs.model.competency import CompetencyDefinition, CompetencyFramework, CompetencyKind
from iomjobs.reference._files import load_file, read_bundled
from iomjobs.reference._shape import Shaped

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "CompetencyDefinition",
    "CompetencyFramework",
    "CompetencyKind",
    "framework",
    "frameworks",
    "load_frameworks",
]


def __dir__() -> list[str]:
    return __all__


def load_frameworks(path: str | Path) -> tuple[CompetencyFramework, ...]:
    """Read framework editions from a JSON file in the bundled file's shape.

    :raises InvalidValue: when the file is not in that shape.
    """
    return load_file(path, _frameworks_from, "competency framework")


@functools.cache
def frameworks() -> tuple[CompetencyFramework, ...]:
    """The bundled framework editions, oldest first."""
    return _frameworks_from(Shaped(read_bundled("competency_frameworks.json")))


def framework(edition: str) -> CompetencyFramework:
    """The bundled edition named *edition* (``"pre-2018"``, ``"2018"`` or ``"2023"``).

    :raises InvalidValue: when there is no such edition.
    """
    for candidate in frameworks():
        if candidate.edition == edition:
            return candidate
    known = ", ".join(repr(f.edition) for f in frameworks())
    msg = f"Unknown competency framework edition: {edition!r} (expected one of {known})"
    raise InvalidValue(msg, value=edition)


def _frameworks_from(data: Shaped) -> tuple[CompetencyFramework, ...]:
    editions = tuple(_framework_from(entry) for entry in data.field("editions").items())
    return tuple(sorted(editions, key=lambda f: f.in_force_from))


def _framework_from(entry: Shaped) -> CompetencyFramework:
    return CompetencyFramework(
        edition=entry.field("edition").text(),
        title=entry.field("title").text(),
        in_force_from=entry.field("in_force_from").date(),
        values=_definitions(entry.field("values"), CompetencyKind.VALUE),
        core=_definitions(entry.field("core"), CompetencyKind.CORE),
        managerial=_definitions(entry.field("managerial"), CompetencyKind.MANAGERIAL),
        levels=tuple(level.whole() for level in entry.field("levels").items()),
        source=entry.field("source", "").text(),
        confidence=entry.field("confidence", "U").text(),
        behavioural=_definitions(entry.field("behavioural", []), CompetencyKind.BEHAVIOURAL),
    )


def _definitions(entries: Shaped, kind: CompetencyKind) -> tuple[CompetencyDefinition, ...]:
    return tuple(
        CompetencyDefinition(
            name=entry.field("name").text(),
            kind=kind,
            definition=entry.field("definition").text(),
            variants=entry.field("variants", []).texts(),
            confidence=entry.field("confidence", "U").text(),
        )
        for entry in entries.items()
    )
