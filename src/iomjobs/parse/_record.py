"""Keeping track, while reading, of which segments went where (internal)."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable
from typing import Final

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


def line_named(number: int) -> str:
    """How a doubt's message names a line other than its own: "(line 7)".

    Named so, the line is renumbered with the doubt's own where the text
    read is a page's (:func:`renumbered`).
    """
    return f"(line {number})"


# A line a doubt's message names, as line_named writes it.
_LINE_NAMED: Final = re.compile(r"\(line (\d+)\)")


def renumbered(doubt: Doubt, line: Callable[[int], int]) -> Doubt:
    """*doubt* on the lines *line* gives for the text's: its own, and those its message names.

    "stated twice: 2020-04-16 (line 7) and ...": line 7 of the text an HTML
    page shows stands on a line of the page the doubt names as its own.
    """
    message = doubt.message
    if "(line " in message:
        message = _LINE_NAMED.sub(lambda named: line_named(line(int(named[1]))), message)
    return attrs.evolve(doubt, message=message, line=line(doubt.line))


class Recorder:
    """The segments each field was read from, the inferences made and the doubts met."""

    # A plain class, not an attrs one: a class of mypyc's own in the compiled
    # reader (hatch_build.py), called for every field read.
    __slots__ = ("doubts", "inferred", "kept", "lines")

    def __init__(self) -> None:
        self.lines: dict[str, list[Segment]] = {}
        """The segments read into each field, by the field's path."""
        self.kept: set[Segment] = set()
        """The segments kept as unclassified text (whole, or cut into sentences)."""
        self.inferred: list[Inference] = []
        self.doubts: list[Doubt] = []

    def use(self, path: str, *segments: Segment) -> None:
        """Say that *segments* were read into the field at *path*."""
        # Only stored: which lines and segments were used is worked out once, at the end.
        self.lines.setdefault(path, []).extend(segments)

    def use_instead(self, path: str, *segments: Segment) -> None:
        """Say that *segments*, not those said before, were read into the field at *path*."""
        self.lines[path] = list(segments)

    def read_instead(self, path: str, *segments: Segment) -> None:
        """Say that the field at *path* was read from *segments*, not inferred as said before."""
        self.use_instead(path, *segments)
        self.inferred = [each for each in self.inferred if each.path != path]

    def keep(self, segment: Segment) -> None:
        """Say that *segment* went into the unclassified text."""
        self.kept.add(segment)

    def unused(self, segments: list[Segment]) -> list[Segment]:
        """Those of *segments* that were read into no field and kept nowhere."""
        # Segments compare and hash by identity. Sets built in C, one pass each.
        used = self.kept.union(itertools.chain.from_iterable(self.lines.values()))
        return list(itertools.filterfalse(used.__contains__, segments))

    def numbers(self) -> tuple[int, ...]:
        """The source lines read into some field, in order."""
        segments = itertools.chain.from_iterable(self.lines.values())
        return tuple(sorted(set(map(_LINE_NUMBER, segments))))

    def infer(self, path: str, sentence: str, segment: Segment) -> None:
        """Say that the field at *path* was inferred from *sentence*."""
        self.use(path, segment)
        self.inferred.append(Inference(path, sentence, segment.number))

    def doubt(self, path: str, message: str, segment: Segment) -> None:
        """Say that the value at *path* may be wrong, and why."""
        self.doubts.append(Doubt(path, message, segment.number))

    def spans(self) -> tuple[tuple[str, Span], ...]:
        """Each field's lines, as the span from its first to its last."""
        # Some two hundred fields a notice, most of them read from one segment.
        return tuple(
            [
                (path, _line_span(found[0].number) if len(found) == 1 else _spread(found))
                for path, found in self.lines.items()
                if found
            ]
        )


def _spread(found: list[Segment]) -> Span:
    numbers = [segment.number for segment in found]
    return _span(min(numbers), max(numbers))


_LINE_NUMBER: Final = operator.attrgetter("number")


# Spans repeat (a field on line 9, in every notice of one template) and are
# immutable: each is built, and validated, once.
@functools.lru_cache(maxsize=8192)
def _span(first: int, last: int) -> Span:
    return Span(first, last)


@functools.lru_cache(maxsize=8192)
def _line_span(line: int) -> Span:
    return Span(line, line)
