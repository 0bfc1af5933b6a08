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

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from iomjobs.errors import InvalidValue
from iomjobs.model.competency import CompetencyDefinition, CompetencyFramework, CompetencyKind
from iomjobs.reference._files import load_file, read_bundled

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
    return _frameworks_from(read_bundled("competency_frameworks.json"))


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


def _frameworks_from(data: dict[str, Any]) -> tuple[CompetencyFramework, ...]:
    editions = tuple(_framework_from(entry) for entry in data["editions"])
    return tuple(sorted(editions, key=lambda f: f.in_force_from))


def _framework_from(entry: dict[str, Any]) -> CompetencyFramework:
    return CompetencyFramework(
        edition=str(entry["edition"]),
        title=str(entry["title"]),
        in_force_from=dt.date.fromisoformat(entry["in_force_from"]),
        values=_definitions(entry["values"], CompetencyKind.VALUE),
        core=_definitions(entry["core"], CompetencyKind.CORE),
        managerial=_definitions(entry["managerial"], CompetencyKind.MANAGERIAL),
        levels=tuple(int(level) for level in entry["levels"]),
        source=str(entry.get("source", "")),
        confidence=str(entry.get("confidence", "U")),
        behavioural=_definitions(entry.get("behavioural", []), CompetencyKind.BEHAVIOURAL),
    )


def _definitions(
    entries: list[dict[str, Any]], kind: CompetencyKind
) -> tuple[CompetencyDefinition, ...]:
    return tuple(
        CompetencyDefinition(
            name=str(entry["name"]),
            kind=kind,
            definition=str(entry["definition"]),
            variants=tuple(str(variant) for variant in entry.get("variants", ())),
            confidence=str(entry.get("confidence", "U")),
        )
        for entry in entries
    )
