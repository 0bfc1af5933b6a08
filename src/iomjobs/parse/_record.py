"""Keeping track, while reading, of which segments went where (internal)."""

from __future__ import annotations

import functools

import attrs

from iomjobs.parse._segments import Segment
from iomjobs.source import Span


@attrs.frozen
class Inference:
    """A field read from the body rather than from a label, and the sentence it came from."""

    path: str
    sentence: str
    line: int


@attrs.frozen
class Doubt:
    """A value the reader is not sure of, e.g. a date whose day and month may be swapped."""

    path: str
    message: str
    line: int


@attrs.define
class Recorder:
    """The segments each field was read from, the inferences made and the doubts met."""

    lines: dict[str, list[int]] = attrs.Factory(dict)
    used: set[int] = attrs.Factory(set)
    numbers: set[int] = attrs.Factory(set)
    """The source lines read into some field."""
    inferred: list[Inference] = attrs.Factory(list)
    doubts: list[Doubt] = attrs.Factory(list)

    def use(self, path: str, *segments: Segment) -> None:
        """Say that *segments* were read into the field at *path*."""
        numbers = self.lines.setdefault(path, [])
        for segment in segments:
            self.used.add(id(segment))
            self.numbers.add(segment.number)
            numbers.append(segment.number)

    def is_used(self, segment: Segment) -> bool:
        """Whether *segment* was read into some field."""
        return id(segment) in self.used

    def infer(self, path: str, sentence: str, segment: Segment) -> None:
        """Say that the field at *path* was inferred from *sentence*."""
        self.use(path, segment)
        self.inferred.append(Inference(path, sentence, segment.number))

    def doubt(self, path: str, message: str, segment: Segment) -> None:
        """Say that the value at *path* may be wrong, and why."""
        self.doubts.append(Doubt(path, message, segment.number))

    def spans(self) -> tuple[tuple[str, Span], ...]:
        """Each field's lines, as the span from its first to its last."""
        return tuple(
            (path, _span(min(numbers), max(numbers)))
            for path, numbers in self.lines.items()
            if numbers
        )


# Spans repeat (a field on line 9, in every notice of one template) and are
# immutable: each is built, and validated, once.
@functools.lru_cache(maxsize=8192)
def _span(first: int, last: int) -> Span:
    return Span(first, last)
