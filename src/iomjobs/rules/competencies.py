"""Rules on the competency section: counts, names, editions, levels, managers (CMP)."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs

from iomjobs._text import fold
from iomjobs.model.competency import (
    GROUP_KINDS,
    Competencies,
    CompetencyFramework,
    CompetencyGroup,
    CompetencyKind,
)
from iomjobs.model.language import Language
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules._supervision import supervisory_duty
from iomjobs.rules._walk import GROUPS, notice_date
from iomjobs.rules.finding import Severity

SINGULAR = {
    "values": "value",
    "core": "core competency",
    "managerial": "managerial competency",
    "behavioural": "behavioural competency",
}
PLURAL = {
    "values": "values",
    "core": "core competencies",
    "managerial": "managerial competencies",
    "behavioural": "behavioural competencies",
}

_VALUES_2023 = [
    {"name": "Inclusion and respect for diversity"},
    {"name": "Integrity and transparency"},
    {"name": "Professionalism"},
    {"name": "Courage"},
    {"name": "Empathy"},
]
_VALUES_2018 = _VALUES_2023[:3]
_CORE = [
    {"name": name}
    for name in (
        "Teamwork",
        "Delivering results",
        "Managing and sharing knowledge",
        "Accountability",
        "Communication",
    )
]
_MANAGERIAL_2023 = [
    {"name": name}
    for name in (
        "Leadership",
        "Empowering others",
        "Building trust",
        "Strategic thinking and vision",
        "Humility",
    )
]


def _groups(competencies: Competencies | None) -> Iterator[tuple[str, CompetencyGroup]]:
    if competencies is None:
        return
    for name in GROUPS:
        group = getattr(competencies, name)
        if group is not None:
            yield name, group


def _path(group: str) -> str:
    return f"$.position.competencies.{group}"


@rule(
    "CMP001",
    "declared-count-differs",
    Severity.ERROR,
    failing={
        "position": {"competencies": {"values": {"declared_count": 3, "items": _VALUES_2023}}}
    },
    passing={
        "position": {"competencies": {"values": {"declared_count": 5, "items": _VALUES_2023}}}
    },
)
def declared_count_differs(context: Context) -> Iterator[Hit]:
    """The number of values or competencies a notice announces differs from the number it lists.

    "All IOM staff members must abide by and demonstrate these three values",
    followed by five values, tells the candidate two different things; one of
    the two was not updated when the template changed.
    """
    for name, group in _groups(context.notice.position.competencies):
        declared, listed = group.declared_count, len(group.items)
        if declared is not None and declared != listed:
            message = f"declares {declared} {name} but lists {listed}"
            yield Hit(f"{_path(name)}.declared_count", message)


@attrs.frozen
class Resolved:
    """A group's names read against one framework edition."""

    unknown: tuple[int, ...]
    """The indexes of the names the edition does not know."""
    known: frozenset[str]
    """The framework names of the definitions listed."""
    missing: tuple[str, ...]
    """The edition's names of the group's kind that are not listed, in framework order."""


def resolved(edition: CompetencyFramework, group_name: str, group: CompetencyGroup) -> Resolved:
    """*group*'s names read against *edition*; *group_name* is its name (``core``...)."""
    return _resolve(edition, group_name, tuple(item.name for item in group.items))


# Notices copy their competency lists from a few templates: each list is read once.
@functools.lru_cache(maxsize=1024)
def _resolve(edition: CompetencyFramework, group_name: str, names: tuple[str, ...]) -> Resolved:
    kind = GROUP_KINDS[group_name]
    definitions = tuple(edition.lookup(name, kind) for name in names)
    known = frozenset(found.name for found in definitions if found is not None)
    return Resolved(
        unknown=tuple(i for i, found in enumerate(definitions) if found is None),
        known=known,
        missing=tuple(d.name for d in edition.definitions(kind) if d.name not in known),
    )


def listed_edition(context: Context) -> CompetencyFramework | None:
    """The edition whose set of values the notice lists exactly, if any.

    A notice that lists no values but behavioural competencies follows the
    edition that had them, before 2018.
    """
    competencies = context.notice.position.competencies
    values = competencies.values if competencies else None
    if values is None or not values.items:
        behavioural = competencies.behavioural if competencies else None
        if behavioural is not None and behavioural.items:
            return _edition_with(context, CompetencyKind.BEHAVIOURAL)
        return None
    foreign = _foreign_language(context) is not None
    for edition in reversed(context.reference.frameworks):
        found = resolved(edition, "values", values)
        # Values named in the notice's own language are matched by their count alone.
        named = not found.missing or (foreign and _mostly_unknown(found, len(values.items)))
        if named and len(values.items) == len(edition.values):
            return edition
    return None


def _foreign_language(context: Context) -> Language | None:
    """The notice's language, where it is known and not English."""
    language = context.notice.language
    return language if language is not None and language.code != "en" else None


def named_in_own_language(context: Context, group_name: str) -> Language | None:
    """The language a group's unknown names are taken to be in, where they are not English.

    A notice written in French names its values in French ("Intégrité et
    transparence", "Professionnalisme"), one in Spanish in Spanish. The
    framework's names are English, and no source gives their translations:
    such a group is counted, not checked by name. ``None`` where the notice
    is in English or its language unknown, or the edition knows most of the
    group's names: English names, one of them misspelt, are checked
    ("Courage" and "Communication" are both languages' words).
    """
    language = _foreign_language(context)
    if language is None:
        return None
    group, found = context.once(read_groups)[group_name]
    return language if _mostly_unknown(found, len(group.items)) else None


def _mostly_unknown(found: Resolved, listed: int) -> bool:
    """Whether the edition knows fewer than half of the *listed* names *found* resolves."""
    return 2 * len(found.unknown) > listed


def _edition_with(context: Context, kind: CompetencyKind) -> CompetencyFramework | None:
    # The newest edition that has competencies of *kind*.
    return next((f for f in reversed(context.reference.frameworks) if f.definitions(kind)), None)


def edition_in_force(context: Context) -> CompetencyFramework | None:
    """The edition in force on the notice's date, if the notice is dated."""
    date = notice_date(context.notice)
    if date is None:
        return None
    in_force = [f for f in context.reference.frameworks if f.in_force_from <= date]
    return in_force[-1] if in_force else None


def read_groups(context: Context) -> dict[str, tuple[CompetencyGroup, Resolved]]:
    """Each group the notice lists, read against the edition it follows (:func:`edition_of`).

    A group of a kind that edition does not have (behavioural competencies
    beside the 2023 values) is read against the newest edition that has it,
    and :func:`framework_editions_mixed` reports the mix.
    """
    return {
        name: (group, resolved(group_edition(context, name), name, group))
        for name, group in _groups(context.notice.position.competencies)
    }


def group_edition(context: Context, group_name: str) -> CompetencyFramework:
    """The edition a group of the notice is read against (see :func:`read_groups`)."""
    edition = context.once(edition_of)
    kind = GROUP_KINDS[group_name]
    if edition.definitions(kind):
        return edition
    return _edition_with(context, kind) or edition


def edition_of(context: Context) -> CompetencyFramework:
    """The edition the notice follows: the one its values match, else the one in force."""
    return (
        context.once(listed_edition)
        or context.once(edition_in_force)
        or context.reference.frameworks[-1]
    )


@rule(
    "CMP002",
    "unknown-competency",
    Severity.WARNING,
    failing={"position": {"competencies": {"core": {"items": [{"name": "Team work and spirit"}]}}}},
    passing={"position": {"competencies": {"core": {"items": [{"name": "Teamwork"}]}}}},
)
def unknown_competency(context: Context) -> Iterator[Hit]:
    """A value or competency name that the notice's framework edition does not know.

    Candidates are assessed against the framework; a name outside it (a typo,
    an old name, a local invention) cannot be assessed consistently. The
    nearest known name is suggested. Names in a notice written in another
    language than English are not checked (CMP011).
    """
    for name, (group, found) in context.once(read_groups).items():
        if named_in_own_language(context, name) is not None:
            continue  # names in the notice's language: CMP011
        kind = GROUP_KINDS[name]
        edition = group_edition(context, name)
        for index in found.unknown:
            item = group.items[index]
            spellings = {
                fold(spelling): definition.name
                for definition in edition.definitions(kind)
                for spelling in definition.spellings
            }
            close = difflib.get_close_matches(fold(item.name), list(spellings), n=1, cutoff=0.6)
            suggestion = spellings[close[0]] if close else None
            hint = f"; did you mean {suggestion!r}?" if suggestion else ""
            message = (
                f"{item.name!r} is not a {SINGULAR[name]} of the {edition.edition} framework{hint}"
            )
            yield Hit(f"{_path(name)}.items[{index}].name", message, suggestion)


@rule(
    "CMP003",
    "framework-editions-mixed",
    Severity.WARNING,
    failing={
        "posting_period": {"start": "2024-05-02", "end": "2024-05-16"},
        "position": {"competencies": {"values": {"items": _VALUES_2018}}},
    },
    passing={
        "posting_period": {"start": "2024-05-02", "end": "2024-05-16"},
        "position": {"competencies": {"values": {"items": _VALUES_2023}}},
    },
)
def framework_editions_mixed(context: Context) -> Iterator[Hit]:
    """The values listed are another framework edition's than the one in force on the notice's date.

    The 2023 edition added Courage and Empathy to the 2018 edition's three
    values. A notice posted after 2023 that lists three values copied an old
    template; one dated before 2023 that lists five was probably misdated.
    The same holds of the behavioural competencies notices listed before the
    2018 edition, and of a notice that lists them beside values, core or
    managerial competencies, which no one edition has together. The edition
    dates rest on one source each, so this is a warning.
    """
    listed, in_force = context.once(listed_edition), context.once(edition_in_force)
    if listed is not None and in_force is not None and listed != in_force:
        date = notice_date(context.notice)
        if listed.values:
            what, path = f"the {listed.edition} edition's {len(listed.values)} values", "values"
        else:
            what, path = f"the {listed.edition} edition's behavioural competencies", "behavioural"
        message = f"lists {what}, but the {in_force.edition} edition was in force on {date}"
        yield Hit(_path(path), message, in_force.edition)
    edition = context.once(edition_of)
    for name in context.once(read_groups):
        other = group_edition(context, name)
        if other is not edition:
            message = (
                f"lists {PLURAL[name]}, which the {edition.edition} edition the notice"
                f" follows does not have (the {other.edition} edition's)"
            )
            yield Hit(_path(name), message, other.edition)


@rule(
    "CMP004",
    "no-competency-section",
    Severity.WARNING,
    failing={"position": {"title": "Movement Operations Associate"}},
    passing={"position": {"competencies": {"values": {"items": _VALUES_2023}}}},
)
def no_competency_section(context: Context) -> Iterator[Hit]:
    """The notice has no values or competencies section at all.

    Every IOM post requires the values and the core competencies; a notice
    without them cannot tell the candidate what they will be assessed on.
    """
    if context.notice.position.competencies is None:
        yield Hit("$.position.competencies", "the notice has no values or competencies section")


# What a message calls each group's items.
_LISTED: Final = {"values": "values", "core": "core competencies"}


def _missing(context: Context, group_name: str) -> Iterator[Hit]:
    competencies = context.notice.position.competencies
    if competencies is None:
        return
    edition = context.once(edition_of)
    if not edition.definitions(GROUP_KINDS[group_name]):
        # An edition without them: the behavioural competencies of before 2018.
        return
    group = getattr(competencies, group_name)
    listed = _LISTED[group_name]
    if group is None or not group.items:
        yield Hit(_path(group_name), f"the competency section lists no {listed}")
        return
    _, found = context.once(read_groups)[group_name]
    language = named_in_own_language(context, group_name)
    if language is not None:
        expected = len(edition.definitions(GROUP_KINDS[group_name]))
        if len(group.items) < expected:
            message = (
                f"lists {len(group.items)} {listed} where the {edition.edition} edition has "
                f"{expected} (named in {language.name()}: not checked by name)"
            )
            yield Hit(_path(group_name), message)
        return
    if found.missing:
        message = (
            f"lists {len(found.known)} of the {edition.edition} edition's "
            f"{len(edition.definitions(GROUP_KINDS[group_name]))} {listed}; "
            f"missing: {', '.join(found.missing)}"
        )
        yield Hit(_path(group_name), message, found.missing[0])


@rule(
    "CMP005",
    "values-missing",
    Severity.WARNING,
    failing={"position": {"competencies": {"core": {"items": _CORE}}}},
    passing={
        "position": {"competencies": {"values": {"items": _VALUES_2023}, "core": {"items": _CORE}}}
    },
)
def values_missing(context: Context) -> Iterator[Hit]:
    """The competency section lists no values, or not all of its edition's values.

    Values bind every staff member; IOM's template lists all of them on every
    notice. A notice that follows the behavioural competencies of before
    2018 had no values to list.
    """
    yield from _missing(context, "values")


@rule(
    "CMP006",
    "core-competencies-missing",
    Severity.WARNING,
    failing={"position": {"competencies": {"values": {"items": _VALUES_2023}}}},
    passing={
        "position": {"competencies": {"values": {"items": _VALUES_2023}, "core": {"items": _CORE}}}
    },
)
def core_competencies_missing(context: Context) -> Iterator[Hit]:
    """The competency section lists no core competencies, or not all five.

    Core competencies apply to every post, whatever its function or level;
    the template lists all five with the level the post requires. Before
    2018 notices listed behavioural competencies instead.
    """
    yield from _missing(context, "core")


@rule(
    "CMP007",
    "level-not-stated",
    Severity.WARNING,
    failing={"position": {"competencies": {"core": {"items": _CORE}}}},
    passing={"position": {"competencies": {"core": {"items": _CORE, "level": 2}}}},
)
def level_not_stated(context: Context) -> Iterator[Hit]:
    """Core or managerial competencies are listed without the level the post requires.

    Core and managerial competencies are levelled (1 to 3) and the
    behavioural indicators differ by level; without it, the assessment has
    no standard.
    """
    competencies = context.notice.position.competencies
    for name in ("core", "managerial"):
        group = getattr(competencies, name) if competencies else None
        if group is None or not group.items or group.level is not None:
            continue
        if all(item.level is None for item in group.items):
            yield Hit(f"{_path(name)}.level", f"{name} competencies are listed with no level")


@rule(
    "CMP008",
    "level-unusual-for-grade",
    Severity.WARNING,
    failing={"position": {"grade": "P-2", "competencies": {"core": {"items": _CORE, "level": 3}}}},
    passing={"position": {"grade": "P-2", "competencies": {"core": {"items": _CORE, "level": 2}}}},
)
def level_unusual_for_grade(context: Context) -> Iterator[Hit]:
    """A competency level that notices of the post's grade do not usually ask for.

    Levels follow the job band: a P-2 post asks core level 2, a Director
    level 3. The grade-to-level table is unverified (the 2023 "job bands"
    page could not be read), so this is a warning, and the table can be
    replaced.
    """
    position = context.notice.position
    grade, competencies = position.grade, position.competencies
    if grade is None or competencies is None:
        return
    table = context.reference.competency_levels
    for name, usual in (("core", table.core(grade)), ("managerial", table.managerial(grade))):
        group = getattr(competencies, name)
        if usual is None or group is None or group.level is None or group.level in usual:
            continue
        expected = " or ".join(map(str, usual))
        message = f"{name} level {group.level} is unusual for {grade} (usually {expected})"
        yield Hit(f"{_path(name)}.level", message, str(usual[0]))


_CONDITIONAL = re.compile(r"\bonly if\b|\bif (?:the )?position\b", re.IGNORECASE)


@rule(
    "CMP009",
    "managerial-without-reports",
    Severity.WARNING,
    failing={
        "position": {
            "direct_reports": 0,
            "competencies": {"managerial": {"items": _MANAGERIAL_2023}},
        }
    },
    passing={
        "position": {
            "direct_reports": 3,
            "competencies": {"managerial": {"items": _MANAGERIAL_2023}},
        }
    },
)
def managerial_without_reports(context: Context) -> Iterator[Hit]:
    """Managerial competencies are required of a post with no direct reports.

    Managerial competencies are for staff who manage others. A post
    description that says "Number of Direct Reports: 0" and asks for them
    contradicts itself, unless the notice makes them conditional
    ("applicable only if position is with direct reports").
    """
    position = context.notice.position
    competencies = position.competencies
    group = competencies.managerial if competencies else None
    if position.direct_reports != 0 or group is None or not group.items:
        return
    if group.note and _CONDITIONAL.search(group.note):
        return
    message = (
        f"{len(group.items)} managerial competencies are listed but the post has 0 direct reports"
    )
    yield Hit(_path("managerial"), message)


@rule(
    "CMP010",
    "supervision-without-managerial",
    Severity.WARNING,
    failing={
        "position": {
            "responsibilities": [
                {"items": [{"text": "Supervise the staff assigned to the project."}]}
            ],
            "competencies": {"core": {"items": _CORE, "level": 2}},
        }
    },
    passing={
        "position": {
            "responsibilities": [
                {"items": [{"text": "Supervise the staff assigned to the project."}]}
            ],
            "competencies": {
                "core": {"items": _CORE, "level": 2},
                "managerial": {"items": _MANAGERIAL_2023, "level": 2},
            },
        }
    },
)
def supervision_without_managerial(context: Context) -> Iterator[Hit]:
    """The post supervises staff, but the notice asks for no managerial competencies.

    Direct reports, or duties such as "supervise the staff", "provide
    guidance to teams of Assistants", "supervision to project staff" or
    "leading junior staff", make the post a managerial one, assessed on the
    managerial competencies. A notice in French, Spanish or Portuguese is
    read in its own language too ("Superviser le personnel du projet",
    "Supervisar al personal", "Supervisionar a equipe de assistentes"); "sous
    la supervision de", like "under the supervision of", names the post's
    own supervisor, and guidance to staff on a subject ("guidance to staff
    on existing entitlements") is advice. A notice of before 2018, whose
    framework had no managerial competencies, is not asked for them. The
    grade threshold for them is not confirmed, so this is a warning.
    """
    position = context.notice.position
    competencies = position.competencies
    group = competencies.managerial if competencies else None
    if group is not None and group.items:
        return
    if not context.once(edition_of).managerial:
        # Before 2018 there were no managerial competencies to ask for.
        return
    if position.direct_reports:
        message = (
            f"the post has {position.direct_reports} direct reports but no managerial competencies"
        )
        yield Hit("$.position.competencies", message)
        return
    found = supervisory_duty(context.notice)
    if found is not None:
        path, text = found
        quoted = text if len(text) <= 80 else f"{text[:77]}..."  # noqa: PLR2004 -- one line
        yield Hit(path, f"supervises staff ({quoted!r}) but no managerial competencies are listed")


@rule(
    "CMP011",
    "competency-names-not-checked",
    Severity.INFO,
    failing={
        "language": "fr",
        "position": {"competencies": {"values": {"items": [{"name": "Professionnalisme"}]}}},
    },
    passing={
        "language": "fr",
        "position": {"competencies": {"values": {"items": [{"name": "Professionalism"}]}}},
    },
)
def competency_names_not_checked(context: Context) -> Iterator[Hit]:
    """Values or competencies named in the notice's language, not English, are not checked by name.

    A notice in French or Spanish names them in its own language
    ("Intégrité et transparence", "Trabajo en equipo"), and the reference
    data holds the framework's English names only: no source gives their
    translations. Such names are not reported as unknown (CMP002); the
    group is counted against its edition instead (CMP005, CMP006), and its
    count tells the edition (CMP003). A caller with the translations can
    add them to the framework's spellings.
    """
    for name, (group, found) in context.once(read_groups).items():
        language = named_in_own_language(context, name)
        if language is not None:
            edition = group_edition(context, name)
            message = (
                f"{len(found.unknown)} of the {len(group.items)} {PLURAL[name]} are not the "
                f"{edition.edition} edition's English names (the notice is in "
                f"{language.name()}): not checked by name"
            )
            yield Hit(_path(name), message)
