"""A reference file's JSON read by its shape: each value as asked, or refused where it stands.

A caller's own table (:func:`~iomjobs.reference.load_frameworks` and the
others) is checked as it is read: a list where a string belongs, a number
as an edition, a null for a name are refused with their place in the file
(``$.editions[1].core[0].variants``), where Python's own reading had given
"string indices must be integers", or taken a string for a list of its
letters without a word.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from typing import TypeVar

from iomjobs.errors import InvalidValue

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)
_REQUIRED = object()
_SHOWN = 60  # characters of a refused value shown: enough to find it in the file


class Shaped:
    """A value in a reference file, and where it stands in it: ``$.grades.G6.bachelor``."""

    __slots__ = ("at", "value")

    def __init__(self, value: object, at: str = "$") -> None:
        self.value = value
        self.at = at

    def field(self, key: str, default: object = _REQUIRED) -> Shaped:
        """The object's member *key*; *default* where it has none (none given: refused)."""
        members = self._object()
        if key in members:
            return Shaped(members[key], _member(self.at, key))
        if default is _REQUIRED:
            raise self.refused(f"missing key {key!r}")
        return Shaped(default, _member(self.at, key))

    def members(self) -> list[tuple[Shaped, Shaped]]:
        """The object's keys and values, each key standing where its value does."""
        return [
            (Shaped(key, at), Shaped(value, at))
            for key, value in self._object().items()
            for at in (_member(self.at, key),)
        ]

    def items(self, length: int | None = None) -> list[Shaped]:
        """The list's items; refused where it is no list, or holds other than *length* of them."""
        if not isinstance(self.value, list):
            raise self.refused(f"expected a list, got {_shown(self.value)}")
        if length is not None and len(self.value) != length:
            raise self.refused(f"expected a list of {length}, got {_shown(self.value)}")
        return [Shaped(item, f"{self.at}[{index}]") for index, item in enumerate(self.value)]

    def text(self) -> str:
        """The string this is; refused where it is no string."""
        if not isinstance(self.value, str):
            raise self.refused(f"expected a string, got {_shown(self.value)}")
        return self.value

    def texts(self) -> tuple[str, ...]:
        """The strings of this list."""
        return tuple(item.text() for item in self.items())

    def whole(self) -> int:
        """The whole number this is; refused where it is none (``true`` is none)."""
        if type(self.value) is not int:
            raise self.refused(f"expected a whole number, got {_shown(self.value)}")
        return self.value

    def date(self) -> dt.date:
        """The date this string writes as ``YYYY-MM-DD``."""
        text = self.text()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.refused(f"expected a date as YYYY-MM-DD, got {_json(text)}") from None

    def member_of(self, kind: type[_E]) -> _E:
        """The member of enumeration *kind* this string names by its value."""
        text = self.text()
        try:
            return kind(text)
        except ValueError:
            named = ", ".join(_json(member.value) for member in kind)
            raise self.refused(f"{_json(text)} is no {kind.__name__} (expected {named})") from None

    def parsed(self, parse: Callable[[str], _T]) -> _T:
        """What *parse* reads in this string; refused here with *parse*'s reason."""
        text = self.text()
        try:
            return parse(text)
        except InvalidValue as error:
            raise self.refused(error.message) from None

    def refused(self, message: str) -> InvalidValue:
        """An error saying *message* of this value, where it stands."""
        return InvalidValue(message, value=self.value, path=self.at)

    def _object(self) -> dict[str, object]:
        if not isinstance(self.value, dict):
            raise self.refused(f"expected an object, got {_shown(self.value)}")
        return self.value


def _member(at: str, key: str) -> str:
    """Where member *key* of the object at *at* stands: ``$.grades.G6``, ``$.a['b c']``."""
    return f"{at}.{key}" if key.isidentifier() else f"{at}[{key!r}]"


def _shown(value: object) -> str:
    """*value* as the file writes it, cut short, and what it is: ``"Teamwork" (a string)``."""
    if value is None:
        return "null"
    written = _json(value)
    if len(written) > _SHOWN:
        written = f"{written[:_SHOWN]}..."
    return f"{written} ({_KINDS.get(type(value), type(value).__name__)})"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


_KINDS: dict[type, str] = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true or false",
    int: "a number",
    float: "a number",
}
