"""The pages of text taken from a PDF: the lines each page repeats (internal).

pdftotext ends each page with a form feed, and a notice's PDF repeats a
running head or foot on every page ("International Organization for
Migration", "Vacancy Notice SVN/2025/01 | Page 2"). Read as the notice's
text, such a line would run into the item or paragraph a page break falls
in. The lines at a page's top or bottom that recur at the top or bottom of
another page are the pages' furniture: the reader keeps them among the
unclassified lines, and a page's footnotes with them.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from iomjobs.model.notice import SourceLine
from iomjobs.parse._segments import file_lines
from iomjobs.parse._vocabulary import leads_on, match_bare_label

# How many written lines at a page's top and at its bottom may be its furniture.
_EDGE_LINES: Final = 2
# "\d\d*", not "\d+": sre skips ahead to a first class only where it is not repeated.
_DIGITS: Final = re.compile(r"\d\d*")


class Pages(NamedTuple):
    """A text without its running lines, the line each of its lines was, and those lines."""

    text: str
    origins: tuple[int, ...]
    running: tuple[SourceLine, ...]


def without_running_lines(text: str) -> Pages | None:
    """*text* without the lines its pages repeat, nor their footnotes; ``None`` where it has none.

    A page's footnotes stand between its last line and the next page's
    first as its running foot does, and are kept aside as it is
    (:func:`_footnotes`).
    """
    if "\f" not in text:
        return None
    lines = file_lines(text)
    pages = _pages(lines)
    running = _running(pages) | _page_numbers(pages)
    running |= _footnotes(pages, running)
    if not running:
        return None
    kept = _closed_up(lines, running)
    return Pages(
        "\n".join(line for _, line in kept),
        tuple(number for number, _ in kept),
        tuple(
            SourceLine(number, " ".join(lines[number - 1].replace("\f", " ").split()))
            for number in sorted(running)
        ),
    )


def numbered_pages(marks: list[tuple[int, str]]) -> list[int]:
    """The lines after which pages break, of *marks*: each a line's number and its page's number.

    A page's number is written alike on every page ("Page 2 of 5", "Page 3
    of 5") and counts up from the first page or the second (a first page may
    show none). Of the ways the marks are written, the one whose count runs
    longest numbers the pages; a mark that breaks the count (a "1/2" in the
    text, a "Page 1" quoted again) cuts nothing.
    """
    written: dict[str, list[tuple[int, str]]] = {}
    for line, text in marks:
        written.setdefault(_numbered(text), []).append((line, text))
    return max((_counting(alike) for alike in written.values()), key=len, default=[])


def _counting(marks: list[tuple[int, str]]) -> list[int]:
    """The lines of *marks* (written alike) whose numbers count up from 1 or 2, in order."""
    breaks: list[int] = []
    expected = 0  # the next page's number, once the count has started
    for line, text in marks:
        found = _DIGITS.search(text)
        number = int(found.group()) if found else -1
        if number == expected or (not breaks and number in (1, 2)):
            breaks.append(line)
            expected = number + 1
    return breaks


def with_page_breaks(text: str, after: list[int]) -> str:
    """*text* with a form feed opening the line after each of the lines *after*, as pdftotext would.

    The lines are numbered from 1, as the reader numbers them; the text's
    lines stay those lines.
    """
    lines = file_lines(text)
    for number in after:
        if number < len(lines):
            lines[number] = f"\f{lines[number]}"
    return "\n".join(lines)


def _closed_up(lines: list[str], running: frozenset[int]) -> list[tuple[int, str]]:
    """*lines*, numbered from 1, without the *running* ones, and page breaks closed up.

    Where a page breaks, pdftotext sets the running foot and head apart
    with blank lines. Where the page's last line goes on in the next page's
    first (:func:`_goes_on`: a paragraph or an item fills the page's last
    line), the blank lines go too, and the two lines stand together, as the
    text they print does ("...notably in relation to mixed" / "movements
    from Venezuela"). Elsewhere, after a line that may end a paragraph or
    be a heading ("Supervision" / "The Intern will work..."), one blank
    line stays. Blank lines within a page stay.
    """
    width = _page_width(lines)
    kept: list[tuple[int, str]] = []
    blanks: list[tuple[int, str]] = []
    broken = False  # whether the blank lines since the last written one meet a running line
    for number, line in enumerate(lines, start=1):
        if number in running:
            broken = True
        elif not line.strip():
            blanks.append((number, line))
        else:
            if not broken:
                kept += blanks
            elif blanks and kept and not _goes_on(kept[-1][1].strip(), line.strip(), width):
                kept.append(blanks[0])
            kept.append((number, line))
            blanks, broken = [], False
    return kept + blanks


def _page_width(lines: list[str]) -> int:
    """How long a page's full line is: most lines are no longer (a long address aside)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _goes_on(last: str, first: str, width: int) -> bool:
    """Whether a page's *last* line goes on in the next page's *first*.

    It fills its line; or the next begins with no capital (a word in lower
    case, a number, a bullet); or it ends on a word that leads on, a comma
    or a colon, or is a label whose value (no label) stands below it.
    """
    return (
        len(last) >= _FULL * width
        or not first[:1].isupper()
        or last.endswith((",", "-", ":"))
        or leads_on(last)
        or (match_bare_label(last) is not None and match_bare_label(first) is None)
    )


# How much of a page's width a line fills to be a full line.
_FULL: Final = 0.75


def running_lines(text: str) -> frozenset[int]:
    """The numbers of the lines (as :func:`segments` numbers them) that the pages repeat.

    A line at a page's top or bottom repeats when another page's top or
    bottom holds the same words, or the same but for the page's number
    ("Vacancy Notice SVN/2025/01 | Page 2"): two dates ("15 September 2024",
    "06 September 2024") are no running line. Empty where the text has no
    form feed, as text not taken from a PDF has not.
    """
    return _running(_pages(file_lines(text))) if "\f" in text else frozenset()


def _running(pages: list[list[tuple[int, str]]]) -> frozenset[int]:
    """:func:`running_lines` of the text cut into *pages* (:func:`_pages`)."""
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


def _page_numbers(pages: list[list[tuple[int, str]]]) -> frozenset[int]:
    """The numbers of the lines that give their own page's number, at its foot.

    A page's last written line that ends in its number after the word
    ("Page 1", "Vacancy Notice | Page 1", "Page 1 of 1"), or is its number
    alone, a blank line above it ("1", "- 2 -"): pdftotext ends every page
    with a form feed, a one-page notice's too, whose foot no other page
    repeats (see :func:`_running`). A value right below its label is none
    ("Number of Direct Reports" / "1").
    """
    found = set()
    for page, lines in enumerate(pages, start=1):
        written = [(number, line.strip("\f").strip()) for number, line in lines if line.strip()]
        if len(written) < 2:  # noqa: PLR2004 -- a foot below the page's text
            continue
        (above, _), (number, last) = written[-2:]
        own = _OWN_NUMBER.fullmatch(last)
        if own is None or (own.group("alone") and number == above + 1):
            continue
        if int(own.group("alone") or own.group("paged")) == page:
            found.add(number)
    return frozenset(found)


# A page's number alone at its foot, or after the word "page" at the end of its foot.
_OWN_NUMBER: Final = re.compile(
    r"[-\u2013\u2014 ]*(?P<alone>\d{1,3})[-\u2013\u2014 ]*"
    r"|(?:.*\W)?(?:page|p[áa]gina)\s+(?P<paged>\d{1,3})(?:\s+(?:of|de|sur)\s+\d{1,3})?",
    re.IGNORECASE,
)


def _footnotes(pages: list[list[tuple[int, str]]], running: frozenset[int]) -> frozenset[int]:
    """The numbers of the lines that are a page's footnotes, at its foot above the running lines.

    A footnote begins with its number and a space after a blank line
    ("1 Competencies and respective levels should be drawn from the
    Competency" / "Framework of the Organization."), among the page's last
    few lines, and the text above it refers to it: the number right after
    a word ("VI. Competencies1"), as text taken from a PDF writes a
    superscript. Its lines go to the page's last.
    """
    found: set[int] = set()
    above: list[str] = []  # the written lines above the page's foot, page by page
    for page in pages:
        written = [(n, line) for n, line in page if line.strip() and n not in running]
        first = len(above)
        above += (line for _, line in written)
        for at in range(max(1, len(written) - _FOOTNOTE_LINES), len(written)):
            number, line = written[at]
            start = _FOOTNOTE.match(line.lstrip("\f"))
            if (
                start is not None
                and number > written[at - 1][0] + 1  # a blank line above it
                and _refers_to(start.group(1), above[: first + at])
            ):
                found.update(n for n, _ in written[at:])
                break
    return frozenset(found)


def _refers_to(mark: str, lines: list[str]) -> bool:
    """Whether a word in *lines* has the footnote's *mark* right after it ("Competencies1")."""
    reference = re.compile(rf"[^\W\d_]{{3}}{mark}\b")
    return any(reference.search(line) for line in lines)


# How many of a page's last lines its footnotes may take, and how one begins.
_FOOTNOTE_LINES: Final = 6
_FOOTNOTE: Final = re.compile(r"\s*([1-9]\d?) [A-Z]")


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
