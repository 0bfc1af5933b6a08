"""The pages of text taken from a PDF: the lines each page repeats (internal).

pdftotext ends each page with a form feed, and a notice's PDF repeats a
running head or foot on every page ("International Organization for
Migration", "Vacancy Notice SVN/2025/01 | Page 2"). Read as the notice's
text, such a line would run into the item or paragraph a page break falls
in. The lines at a page's top or bottom that recur at the top or bottom of
another page are the pages' furniture: the reader keeps them among the
unclassified lines.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from iomjobs.model.notice import SourceLine

# How many written lines at a page's top and at its bottom may be its furniture.
_EDGE_LINES: Final = 2
_DIGITS: Final = re.compile(r"\d\d*")


class Pages(NamedTuple):
    """A text without its running lines, the line each of its lines was, and those lines."""

    text: str
    origins: tuple[int, ...]
    running: tuple[SourceLine, ...]


def without_running_lines(text: str) -> Pages | None:
    """*text* without the lines its pages repeat; ``None`` where it has none."""
    running = running_lines(text)
    if not running:
        return None
    lines = _lines(text)
    kept = [(number, line) for number, line in enumerate(lines, start=1) if number not in running]
    return Pages(
        "\n".join(line for _, line in kept),
        tuple(number for number, _ in kept),
        tuple(
            SourceLine(number, " ".join(lines[number - 1].replace("\f", " ").split()))
            for number in sorted(running)
        ),
    )


def _lines(text: str) -> list[str]:
    # As the reader numbers them (segments.source_lines): at "\n", "\r\n" and "\r".
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def running_lines(text: str) -> frozenset[int]:
    """The numbers of the lines (as :func:`segments` numbers them) that the pages repeat.

    A line at a page's top or bottom repeats when another page's top or
    bottom holds the same words, or the same but for the page's number
    ("Vacancy Notice SVN/2025/01 | Page 2"): two dates ("15 September 2024",
    "06 September 2024") are no running line. Empty where the text has no
    form feed, as text not taken from a PDF has not.
    """
    if "\f" not in text:
        return frozenset()
    pages = _pages(_lines(text))
    if len(pages) < 2:  # noqa: PLR2004 -- a page repeats nothing
        return frozenset()
    edges = [_edges(page) for page in pages]
    written: dict[str, int] = {}
    numbered: dict[str, int] = {}
    for page, page_edges in enumerate(edges, start=1):
        for key in {line for _, line in page_edges}:
            written[key] = written.get(key, 0) + 1
        for key in {_numbered(line) for _, line in page_edges if _has_number(line, page)}:
            numbered[key] = numbered.get(key, 0) + 1
    return frozenset(
        number
        for page, page_edges in enumerate(edges, start=1)
        for number, line in page_edges
        if written[line] > 1 or (_has_number(line, page) and numbered[_numbered(line)] > 1)
    )


def _pages(lines: list[str]) -> list[list[tuple[int, str]]]:
    """*lines*, numbered from 1, cut into pages where a form feed stands."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, start=1):
        before, feed, after = line.rpartition("\f")
        if feed:
            if before.strip("\f").strip():
                pages[-1].append((number, before))
            pages.append([])
        pages[-1].append((number, after))
    return [page for page in pages if any(line.strip() for _, line in page)]


def _edges(page: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first and last written lines of *page*, their spaces collapsed."""
    written = [(number, " ".join(line.split())) for number, line in page if line.strip()]
    return written[:_EDGE_LINES] + written[-_EDGE_LINES:]


def _numbered(line: str) -> str:
    # A line known by its words, its numbers all alike.
    return _DIGITS.sub("#", line)


def _has_number(line: str, page: int) -> bool:
    """Whether *line* holds the number of its *page* (or of the page before or after it)."""
    return any(abs(int(found) - page) <= 1 for found in _DIGITS.findall(line) if len(found) <= 3)  # noqa: PLR2004
