"""A Word document's list numbers: "1.", "IV.", "(b)", the bullets (internal).

Word stores no list number in the text: a paragraph names a numbering
definition (``numbering.xml``), directly or through its style, and a level,
and the number is counted where the document is laid out. Post descriptions
number their sections (``I. Position Information``) and duties that way, so
the numbers are counted here as Word counts them: a level goes on from one
paragraph to the next of the same list, a level's first use starts it at its
``start``, and a number at one level starts the levels below it again.
Paragraphs whose numbering instances share one abstract definition continue
one another's count, unless an instance restarts a level (``startOverride``),
as Word's "Restart at 1" writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final
from xml.etree.ElementTree import Element

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL: Final = f"{W}val"
_BULLET: Final = "\u2022"
_PLACEHOLDER: Final = re.compile(r"%([1-9])")
_SUFFIXES: Final = {"tab": "\t", "space": " ", "nothing": ""}
_LEVELS: Final = 9


class Level:
    """How one level of a list is numbered: its format, its text, where it starts."""

    __slots__ = ("format", "start", "style", "suffix", "text")

    def __init__(self, element: Element) -> None:
        self.format = _value(element, "numFmt") or "decimal"
        self.text = _value(element, "lvlText")
        self.start = whole_number(_value(element, "start"), 1)
        self.suffix = _SUFFIXES.get(_value(element, "suff") or "tab", "\t")
        self.style = _value(element, "pStyle")


class _Instance:
    """A numbering instance (``w:num``): its abstract definition and the levels it restarts."""

    __slots__ = ("abstract", "levels", "restarts")

    def __init__(self, abstract: str, levels: dict[int, Level], restarts: dict[int, int]) -> None:
        self.abstract = abstract
        self.levels = levels
        self.restarts = restarts


class Numbering:
    """The list numbers of one document, counted paragraph by paragraph in reading order."""

    def __init__(
        self, numbering: Element | None, style_numbers: Mapping[str, tuple[str, int | None]]
    ) -> None:
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._style_numbers = style_numbers
        self._counts: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[int, int]] = set()
        if numbering is not None:
            self._read(numbering)

    def _read(self, numbering: Element) -> None:
        # A list style's definition: the abstract definitions that link to it
        # ("numStyleLink") are its, and count as one list with it.
        linked: dict[str, str] = {}
        styled: dict[str, str] = {}
        for abstract in numbering.iter(f"{W}abstractNum"):
            key = abstract.get(f"{W}abstractNumId", "")
            levels = {
                whole_number(lvl.get(f"{W}ilvl"), 0): Level(lvl) for lvl in abstract.iter(f"{W}lvl")
            }
            self._abstracts[key] = levels
            style_link, link = _value(abstract, "styleLink"), _value(abstract, "numStyleLink")
            if style_link is not None:
                styled[style_link] = key
            if link is not None and not levels:
                linked[key] = link
        for instance in numbering.iter(f"{W}num"):
            abstract_id = _value(instance, "abstractNumId") or ""
            abstract_id = styled.get(linked.get(abstract_id, ""), abstract_id)
            levels = dict(self._abstracts.get(abstract_id, {}))
            restarts: dict[int, int] = {}
            for override in instance.iter(f"{W}lvlOverride"):
                ilvl = whole_number(override.get(f"{W}ilvl"), 0)
                level = override.find(f"{W}lvl")
                if level is not None:
                    levels[ilvl] = Level(level)
                start = _value(override, "startOverride")
                if start is not None:
                    restarts[ilvl] = whole_number(start, 1)
            key = instance.get(f"{W}numId", "")
            self._instances[key] = _Instance(abstract_id, levels, restarts)

    def label(self, properties: Element | None, style: str | None) -> str:
        """A paragraph's number (or bullet) and what follows it: ``"1."`` and a tab, or ``""``."""
        found = self._numbered(properties, style)
        if found is None:
            return ""
        instance, ilvl = found
        level = instance.levels.get(ilvl)
        if level is None or level.format == "none":
            return ""
        counts = self._counts.setdefault(instance.abstract, [None] * _LEVELS)
        self._count(instance, ilvl, counts)
        if level.format == "bullet":
            return _BULLET + level.suffix
        if not level.text:
            return ""
        text = _PLACEHOLDER.sub(
            lambda match: self._shown(instance, counts, int(match[1]) - 1), level.text
        )
        return text + level.suffix

    def _count(self, instance: _Instance, ilvl: int, counts: list[int | None]) -> None:
        restart = instance.restarts.get(ilvl)
        if restart is not None and (id(instance), ilvl) not in self._restarted:
            # "Restart at": this instance's first paragraph at the level starts it again.
            self._restarted.add((id(instance), ilvl))
            counts[ilvl] = restart
        else:
            count = counts[ilvl]
            counts[ilvl] = instance.levels[ilvl].start if count is None else count + 1
        for lower in range(ilvl + 1, _LEVELS):
            counts[lower] = None

    def _shown(self, instance: _Instance, counts: list[int | None], ilvl: int) -> str:
        level = instance.levels.get(ilvl)
        if level is None:
            return ""
        count = counts[ilvl]
        return formatted(level.start if count is None else count, level.format)

    def _numbered(
        self, properties: Element | None, style: str | None
    ) -> tuple[_Instance, int] | None:
        """The numbering instance and level of a paragraph, from its own properties or its style."""
        number_id: str | None = None
        ilvl: int | None = None
        own = properties.find(f"{W}numPr") if properties is not None else None
        if own is not None:
            number_id = _value(own, "numId")
            level = _value(own, "ilvl")
            ilvl = None if level is None else whole_number(level, 0)
        if number_id is None and style is not None:
            number_id, style_level = self._style_numbers.get(style, (None, None))
            ilvl = style_level if ilvl is None else ilvl
        if number_id is None or number_id == "0":  # "0": the style's numbering taken off
            return None
        instance = self._instances.get(number_id)
        if instance is None:
            return None
        if ilvl is None:
            # A heading style numbered by a level that names it: "Heading 2" is level 1.
            ilvl = next(
                (i for i, lvl in instance.levels.items() if style and lvl.style == style), 0
            )
        return instance, min(max(ilvl, 0), _LEVELS - 1)


def style_numbers(styles: Element | None) -> dict[str, tuple[str, int | None]]:
    """Each paragraph style's numbering (instance id, level), inherited through ``basedOn``."""
    if styles is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if style_id is None or style.get(f"{W}type", "paragraph") != "paragraph":
            continue
        parent = _value(style, "basedOn")
        if parent is not None:
            based_on[style_id] = parent
        numbers = style.find(f"{W}pPr/{W}numPr")
        if numbers is not None:
            written = _value(numbers, "ilvl")
            own[style_id] = (
                _value(numbers, "numId"),
                None if written is None else whole_number(written, 0),
            )
    found: dict[str, tuple[str, int | None]] = {}
    for style_id in {*own, *based_on}:
        number_id, level = _inherited(style_id, own, based_on)
        if number_id is not None:
            found[style_id] = (number_id, level)
    return found


def _inherited(
    style_id: str,
    own: dict[str, tuple[str | None, int | None]],
    based_on: dict[str, str],
) -> tuple[str | None, int | None]:
    seen: set[str] = set()
    current: str | None = style_id
    while current is not None and current not in seen:  # a loop of basedOn ends
        seen.add(current)
        if current in own:
            return own[current]
        current = based_on.get(current)
    return None, None


def formatted(count: int, number_format: str) -> str:
    """*count* written in Word's *number_format*: ``decimal``, ``upperRoman``, ``lowerLetter``..."""
    write = _FORMATS.get(number_format, str)
    return write(count)


def _letters(count: int) -> str:
    # Word's letters: a..z, then aa..zz, bbb...: the letter repeated.
    if count < 1:
        return str(count)
    letter = chr(ord("a") + (count - 1) % 26)
    return letter * ((count - 1) // 26 + 1)


_ROMAN: Final = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(count: int) -> str:
    if not 0 < count < 4000:  # noqa: PLR2004 -- beyond Roman numerals, Word writes digits
        return str(count)
    written = []
    for value, numeral in _ROMAN:
        times, count = divmod(count, value)
        written.append(numeral * times)
    return "".join(written)


def _ordinal(count: int) -> str:
    tens = count % 100
    suffix = "th" if 10 <= tens <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")  # noqa: PLR2004
    return f"{count}{suffix}"


_FORMATS: Final[dict[str, Callable[[int], str]]] = {
    "decimal": str,
    "decimalZero": lambda count: f"{count:02d}",
    "upperRoman": lambda count: _roman(count).upper(),
    "lowerRoman": _roman,
    "upperLetter": lambda count: _letters(count).upper(),
    "lowerLetter": _letters,
    "ordinal": _ordinal,
}


def _value(element: Element, name: str) -> str | None:
    """The ``w:val`` of *element*'s child ``w:name``, if it has one."""
    child = element.find(f"{W}{name}")
    return None if child is None else child.get(_VAL)


def whole_number(written: str | None, default: int) -> int:
    """*written* as a whole number, or *default* where it is none (or not written)."""
    try:
        return int(written) if written is not None else default
    except ValueError:
        return default
