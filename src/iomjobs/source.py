"""Where a notice came from: line spans of its fields and the repairs made to its text.

The reader fills a :class:`Provenance` when it turns text into a notice; the
validators use it to point each finding at the lines it is about and to
report the encoding damage that was repaired. A notice built in code or read
from JSON simply has none.

>>> from iomjobs.source import Provenance, Repair, Span
>>> provenance = Provenance(
...     spans=(("$.position.grade", Span(9, 9)), ("$.position", Span(5, 130))),
...     repairs=(Repair("Thai code page: 'โ' read for '’'", 7),),
... )
>>> provenance.span_for("$.position.grade"), provenance.span_for("$.position.title")
(Span(first_line=9, last_line=9), Span(first_line=5, last_line=130))
"""

from __future__ import annotations

import functools
from collections.abc import Collection

import attrs

from iomjobs.errors import InvalidValue
from iomjobs.model._checks import non_negative, positive

__all__ = ["Provenance", "Repair", "Span"]


def __dir__() -> list[str]:
    return __all__


def _not_before_first(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    positive(instance, attribute, value)
    if value < instance.first_line:
        msg = f"Invalid last_line: {value} (expected {instance.first_line} or more)"
        raise InvalidValue(msg, value=value, path=attribute.name)


@attrs.frozen
class Span:
    """Lines *first_line* to *last_line* of the source text, 1-based, inclusive."""

    first_line: int = attrs.field(validator=positive)
    last_line: int = attrs.field(validator=_not_before_first)

    def __str__(self) -> str:
        if self.first_line == self.last_line:
            return f"line {self.first_line}"
        return f"lines {self.first_line}-{self.last_line}"


@attrs.frozen
class Repair:
    """One kind of damage repaired in the source text, and how often."""

    description: str
    count: int = attrs.field(validator=non_negative)


@attrs.frozen(cache_hash=True)
class Provenance:
    """Line spans by JSON path, and the repairs made while reading."""

    spans: tuple[tuple[str, Span], ...] = ()
    repairs: tuple[Repair, ...] = ()

    def span_for(self, path: str, *, short_of: Collection[str] = ()) -> Span | None:
        """The span of *path*, or of the nearest enclosing path that has one.

        Not of an enclosing path in *short_of*: a heading the reader read for
        a whole part ("I. Position Information", ``$.position``) tells no line
        of a field missing below it.

        >>> provenance = Provenance(spans=(("$.position", Span(3, 3)),))
        >>> provenance.span_for("$.position.languages")
        Span(first_line=3, last_line=3)
        >>> provenance.span_for("$.position.languages", short_of={"$.position"}) is None
        True
        """
        table = _table(self)
        while path:
            span = table.get(path)
            if span is not None:
                return span
            path = _parent(path)
            if path in short_of:
                return None
        return None


@functools.lru_cache(maxsize=64)
def _table(provenance: Provenance) -> dict[str, Span]:
    return dict(provenance.spans)


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""
