"""A competency section's lines: the items, and what the heading says of them (internal).

"Values - all IOM staff members must abide by and demonstrate these three
values:", "Core Competencies - behavioural indicators level 2",
"Managerial Competencies (applicable only if position is with direct
reports)", then items as "Teamwork: develops and promotes...", several
to a line where a page ran them together, or as a name alone above the
bullets of its indicators ("Accountability" / "- Accepts and gives
constructive criticism", a notice of 2015).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from iomjobs._text import NUMBER_WORDS, fold, is_word_char, number
from iomjobs.model.competency import GROUP_KINDS, CompetencyItem
from iomjobs.parse._vocabulary import alternatives

if TYPE_CHECKING:
    from iomjobs.parse._segments import Segment

# What a competency group's heading says of it besides its count, level and note:
# "Values - all IOM staff members must abide by and demonstrate these three values",
# "Core Competencies – behavioural indicators (Level 1)", folded, in the four languages.
GROUP_HEADING_WORDS: Final = (
    frozenset(NUMBER_WORDS)
    | {"all", "iom", "staff", "members", "must", "abide", "by", "and", "demonstrate", "these"}
    | {"values", "behavioural", "behavioral", "indicators", "level", "competencies", "core"}
    | {"managerial", "the", "tous", "les", "membres", "du", "personnel", "de", "l", "oim"}
    | {"doivent", "respecter", "et", "demontrer", "ces", "valeurs", "indicateurs", "niveau"}
    | {"comportementaux", "competences", "todos", "miembros", "la", "deben", "respetar", "y"}
    | {"demostrar", "estos", "valores", "indicadores", "comportamiento", "nivel", "del", "los"}
    | {"competencias", "membros", "equipe", "devem", "demonstrar", "estes", "personal"}
    | {"e", "comportamentais"}  # Portuguese's "and", "behavioural"
    | {"do", "pessoal", "cumprir"}  # Portuguese's "of the", "staff", "abide by"
    | {"acatar", "centrales", "centrais"}  # Spanish's "abide by", "core"
    | {"tout", "le", "doit", "todo", "el", "debe", "os", "funcionarios", "da", "respeitar"}
    | {"following", "mandatory"}  # "the following (these three values)", "(all mandatory)"
)

DECLARED: Final = re.compile(
    r"\b(?:these|ces|estos|estes)\s+(?P<count>\w+)\s+(?:values|valeurs|valores)\b", re.IGNORECASE
)
_DECLARED_WORDS: Final = ("these", "ces", "estos", "estes")


def may_declare(low: str | None) -> bool:
    """Whether a line that lowers to *low* may hold a match of DECLARED.

    Every match holds a word for values, and one of _DECLARED_WORDS where a
    word starts, with a space after it ("(these three values)" too). Long
    descriptions seldom pass, and the regex, slow to search, is spared them.
    *low* is ``None`` where lowering does not match as IGNORECASE does: then
    only the regex can say.
    """
    if low is None:
        return True
    if "values" not in low and "valeurs" not in low and "valores" not in low:
        return False
    return any(_starts_word_before_space(low, word) for word in _DECLARED_WORDS)


def _starts_word_before_space(low: str, word: str) -> bool:
    # *word* where \b lets it start, followed by whitespace: "ces" in "services" is not.
    end = len(word)
    at = low.find(word)
    while at >= 0:
        if (at == 0 or not is_word_char(low[at - 1])) and low[at + end : at + end + 1].isspace():
            return True
        at = low.find(word, at + 1)
    return False


def declared_count(text: str) -> int | None:
    """How many values *text* says there are: "these three values" is 3."""
    match = DECLARED.search(text)
    return number(match.group("count")) if match else None


_LEVEL: Final = re.compile(r"\b(?:level|niveau|nivel|n[íi]vel)\s*(?P<level>[1-3])\b", re.IGNORECASE)
_NOTE: Final = re.compile(r"\((?P<note>[^()]*\b(?:applicable|only)\b[^()]*)\)", re.IGNORECASE)


def group_level(text: str) -> int | None:
    """The level a heading states for its group: "behavioural indicators level 2" is 2."""
    match = _LEVEL.search(text)
    return int(match.group("level")) if match else None


def group_note(text: str) -> str | None:
    """What a heading's bracket says of its group: "applicable only if ... with direct reports"."""
    match = _NOTE.search(text)
    return match.group("note").strip() if match else None


def competency_items(text: str) -> list[CompetencyItem]:
    """The items a line names, "Name: description" each; none where it names none."""
    # Several items on one line ("Teamwork: ... Accountability: ...") have several colons.
    if text.count(":") <= 1:
        starts = []
    else:
        # From the name's emphasis, if it has one: "**Delivering results:** Produces...".
        starts = [match.start() for match in _competency_names().finditer(text)]
        if starts and text[: starts[0]].strip():
            # What comes before the first known name is an item too, kept, its name
            # unknown ("Teamwrok: develops... Delivering results: ..."): the rules
            # say so. It had been dropped.
            starts = [0, *starts]
    if not starts:
        name, colon, description = text.partition(":")
        if not colon or len(name.split()) > 8:  # noqa: PLR2004 -- a name is a few words
            return []
        return [_item(name, description)]
    pieces = [
        text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    return [_item(*piece.partition(":")[::2]) for piece in pieces]


def names_listed(text: str, group: str) -> list[str] | None:
    """The names of *group*'s kind *text* lists and nothing else, as written; else ``None``.

    "Teamwork; Delivering results; Accountability.", "Inclusion and respect
    for diversity, Integrity and transparency, Professionalism, Courage and
    Empathy.": a notice that lists its values or competencies on one line,
    or after its group's heading ("Values: ..."), parts them by commas,
    semicolons or a last "and". Two names at least, each known to an
    edition: a line that names other things is no list of names.
    """
    if "," not in text and ";" not in text:
        return None  # two names at least, each list of which has a comma or semicolon
    names: list[str] = []
    for piece in _LIST_PARTS.split(text.strip().rstrip(".").strip()):
        written = _LAST_AND.sub("", piece.strip(" *_"))
        found = _names_in(written, group)
        if found is None:
            return None
        names.extend(found)
    return names if len(names) > 1 else None


def _names_in(piece: str, group: str) -> list[str] | None:
    """*piece* as one name of *group*'s kind, or two joined by "and" ("Courage and Empathy")."""
    known = _names_of(group)
    if fold(piece) in known:
        return [piece]
    # "Inclusion and respect for diversity" is one name, "and" inside it.
    for joining in _JOINING.finditer(piece):
        first, second = piece[: joining.start()], piece[joining.end() :]
        if fold(first) in known and fold(second) in known:
            return [first, second]
    return None


_LIST_PARTS: Final = re.compile(r"\s*[,;]\s*")
# The word before a list's last name: "..., and Empathy", "..., et Empathie".
_LAST_AND: Final = re.compile(r"^(?:and|et|y|e)\s+", re.IGNORECASE)
_JOINING: Final = re.compile(r" (?:and|et|y|e) ", re.IGNORECASE)  # a line's spaces are single


def _item(name: str, description: str) -> CompetencyItem:
    # A name set in markdown's bold or italics, the colon inside: "**Teamwork:** develops...".
    return CompetencyItem(name.strip(" *_"), description.lstrip(" *_").rstrip() or None)


@functools.cache
def _competency_names() -> re.Pattern[str]:
    names = alternatives(_spellings(None))
    return re.compile(rf"(?:^|(?<=[.;]\s))[*_]{{0,2}}(?P<name>(?i:{names}))\s*:")


@functools.cache
def _spellings(group: str | None) -> frozenset[str]:
    """Every spelling of the bundled editions' names of *group*'s kind; of all, where ``None``."""
    from iomjobs.reference.competencies import frameworks  # noqa: PLC0415

    kind = GROUP_KINDS[group] if group is not None else None
    return frozenset(
        spelling
        for edition in frameworks()
        for definition in edition.definitions(kind)
        for spelling in definition.spellings
    )


def name_alone(text: str, group: str) -> str | None:
    """*text* as a name of *group*'s kind alone ("Accountability", "Teamwork:"), or None.

    The name is as written, without its colon and emphasis. *group* is
    ``values``, ``core``, ``managerial`` or ``behavioural``.
    """
    name = _name_written(text)
    if name is None or fold(name) not in _names_of(group):
        return None
    return name


def _name_written(text: str) -> str | None:
    # *text* without its colon and emphasis, where it may be a name: capitalized,
    # short, no sentence's end ("...clear and open" / "communication." is none).
    if len(text) > _LONGEST_WRITTEN:  # most items: a name and its description
        return None
    name = text.rstrip(":").strip(" *_").rstrip(":")
    if not name[:1].isupper() or len(name) > _LONGEST_NAME or name.endswith((".", ";", ",")):
        return None
    return name


def name_at(
    pairs: Sequence[tuple[Segment, tuple[Segment, ...]]],
    index: int,
    group: str,
    *,
    among_names: bool,
) -> tuple[str, int] | None:
    """The name alone that the item at *index* of *pairs* is, and the index after it.

    A name of *group*'s kind ("Accountability"), one wrapped over two lines
    ("Client" / "Orientation"), or, above a bullet, a name no edition knows,
    where it has a colon or is *among_names* alone ("Technological Awareness").
    *pairs* are a list's items and their lines.
    """
    segment = pairs[index][0]
    below = pairs[index + 1][0] if index + 1 < len(pairs) else None
    alone = name_alone(segment.item, group)
    if alone is not None:
        return alone, index + 1
    if segment.bullet or below is None:
        return None
    if not below.bullet and len(segment.text) + len(below.text) < _LONGEST_WRITTEN:
        wrapped = name_alone(f"{segment.item} {below.item}", group)
        return (wrapped, index + 2) if wrapped is not None else None
    if among_names or segment.item.endswith(":"):
        unknown = unknown_name_alone(segment.item)
        return (unknown, index + 1) if unknown is not None else None
    return None


def glued_name_at(
    pairs: Sequence[tuple[Segment, tuple[Segment, ...]]], index: int, group: str
) -> tuple[str, str, int] | None:
    """The name run into the words after it at *index* of *pairs*, those words, the index after.

    A page that lost the breaks between a table's cells runs a name into
    its indicators: "CommunicationContributes to colleagues' learning...",
    or, a name wrapped over two lines, "Client" / "OrientationAccepts and
    gives constructive criticism..." (the 2015 notice's mobile page). The
    name is one of *group*'s kind, as written; the words are the rest of
    the line, as written.
    """
    segment = pairs[index][0]
    glued = _glued_name(segment.item, group)
    if glued is not None:
        return (*glued, index + 1)
    below = pairs[index + 1][0] if index + 1 < len(pairs) else None
    if below is None or below.bullet or not may_start_name(segment.item, group):
        return None
    start = segment.item.strip(" *_")
    glued = _glued_name(f"{start} {below.item}", group)
    if glued is None or len(glued[0]) <= len(start):
        return None
    return (*glued, index + 2)


def _glued_name(text: str, group: str) -> tuple[str, str] | None:
    # A name ending in a small letter, a capital right after it: "CommunicationContributes".
    found = _glued_names(group).match(text)
    if found is None or not found.group("name")[-1].islower():
        return None
    return found.group("name"), text[found.end() :]


@functools.cache
def _glued_names(group: str) -> re.Pattern[str]:
    # The names in any case; the capital after them, a capital.
    return re.compile(rf"(?P<name>(?i:{alternatives(_spellings(group))}))(?=[A-Z])")


def names_item(text: str, group: str) -> bool:
    """Whether *text* begins with a known name, alone or before its colon ("Teamwork: ...")."""
    return name_alone(text, group) is not None or (
        ":" in text and _competency_names().match(text) is not None
    )


def may_start_name(text: str, group: str) -> bool:
    """Whether *text* is a name of *group*'s kind alone, or its first words ("Client")."""
    name = _name_written(text)
    if name is None:
        return False
    folded = fold(name)
    return folded in _names_of(group) or folded in _name_starts_of(group)


def unknown_name_alone(text: str) -> str | None:
    """*text* as a name no edition knows, alone on its line ("Technological Awareness"), or None.

    Only the shape says so: a few words, capitalized, no sentence's end. The
    caller asks only where the names around it stand alone above bullets.
    """
    name = _name_written(text)
    return name if name is not None and len(name.split()) <= _MOST_NAME_WORDS else None


def bulleted_names_in_another_language(
    listed: Sequence[tuple[str, bool]], group: str, *, notice_in_another: bool = False
) -> bool:
    """Whether *listed* names a group in another language, a bullet each.

    *listed* holds the group's items, each with whether a bullet marks it:
    "• Inclusion et respect de la diversité" / "• Intégrité et transparence"
    / ... / "• Courage" / "• Empathie" (IOM's French template, its names
    alone): every bullet a name's shape, the first a name no edition knows.
    Such a list has no indicators: "Empathie" below "Courage", a name the
    editions know, is the next value, not its indicator. An English list
    whose first bullet is a known name ("- Accountability" / "- Meets
    deadlines") is not one; in a notice written in another language
    (*notice_in_another*), a first name the editions know is one of its
    names ("• Leadership" / "• Instaurer la confiance" / ...).
    """
    bullets = [text for text, bullet in listed if bullet]
    if len(bullets) < 2 or len(bullets) != len(listed):  # noqa: PLR2004 -- a list of names
        return False
    if name_alone(bullets[0], group) is not None and not notice_in_another:
        return False
    return all(_translated_name(text) for text in bullets)


def _translated_name(text: str) -> bool:
    """Whether *text* has a name's shape in French, Spanish or Portuguese.

    Their names take a word more than English's: "Inclusion et respect de
    la diversité", "Inclusión y respeto por la diversidad".
    """
    name = _name_written(text)
    return name is not None and len(name.split()) <= _MOST_NAME_WORDS + 2


def with_indicator(item: CompetencyItem, indicator: str) -> CompetencyItem:
    """*item* with *indicator* added to its description, one indicator a line."""
    description = f"{item.description}\n{indicator}" if item.description else indicator
    return attrs.evolve(item, description=description)


# Longer than every name of the bundled editions; with its colon and emphasis.
_LONGEST_NAME: Final = 60
_LONGEST_WRITTEN: Final = _LONGEST_NAME + 8
# As many words as the longest name ("Inclusion and respect for diversity").
_MOST_NAME_WORDS: Final = 5


@functools.cache
def _names_of(group: str) -> frozenset[str]:
    return frozenset(map(fold, _spellings(group)))


@functools.cache
def _name_starts_of(group: str) -> frozenset[str]:
    # The first words of each name of several words: "client" of "client orientation".
    starts: set[str] = set()
    for name in _names_of(group):
        words = name.split()
        starts.update(" ".join(words[:end]) for end in range(1, len(words)))
    return frozenset(starts)
