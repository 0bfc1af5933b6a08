"""From text to segments: cleaned lines, with headings run into the text split off (internal).

A segment is a piece of one source line: usually the whole line, with its
whitespace normalized and a stray markdown line break removed. Where a
heading was run into the text ("...within the Unit. Education"), the line
becomes several segments with the same line number; so does a line that
ends on a heading's first words the next line completes ("...fairly
treated. Core" / "Competencies – behavioural indicators"). This module also
tells how a text was wrapped (:func:`wrapped_width`, :func:`greedy_wrap`)
and which lines go on in the next (:func:`wrapped_items`); ``_line_pieces``
cuts a line that holds what were several lines.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final

from iomjobs.parse._dates import date_cut
from iomjobs.parse._line_pieces import (
    cut_at_bold_headings,
    holds_legacy_run,
    legacy_header_cut,
    unglued,
)
from iomjobs.parse._vocabulary import (
    HEADING_DASHES,
    NEED_WORDS,
    PHRASE_GOES_ON,
    RUN_IN,
    leads_on,
    match_bare_label,
    match_heading,
)

# Bullet symbols as documents write them: dots and squares, arrows and ticks
# ("•", "▪", "➢", "►", "✓", "❖"). Each may run into its item ("•Provide").
_SYMBOLS: Final = (
    "\u2022\u00b7\u25cf\u25aa\u2023\u25e6\u25a0\u25a1\u25ab\u25c6\u25c7\u25cb\u2043\u2219"
    "\u25ba\u25b6\u25b8\u25b9\u27a2\u27a4\u2794\u2192\u21d2\u2713\u2714\u2756\u2666"
)
# Word's text keeps a symbol font's bullets as private-use characters (U+F0B7,
# Symbol's dot; U+F0A7, Wingdings' square; U+F0D8, its arrowhead), and, where
# the font was lost, as the letters they stand on ("§", "Ø", "Ÿ" Wingdings' small
# dot, "ü" its tick), which no item begins with alone.
_PRIVATE_USE: Final = "\uf020-\uf0ff"
_LETTERS_FOR_SYMBOLS: Final = "\u00a7\u00d8\u0178\u00fc"
# Wingdings' box, lozenge and diamond stand on small letters ("q", "u", "v"): a
# bullet only before an item's capital ("v Prepare the reports"). Not its dot and
# square's "l" and "n", which French text that lost its apostrophes begins lines
# with ("l Organisation", "n Est"), but where two lines in a row begin with one
# (see _letter_bullets).
_SMALL_LETTERS_FOR_SYMBOLS: Final = "quv"
# Emoji, as a notice reposted on a messaging channel or a social network bullets
# its lines ("🔹", "✅", "👉", "📌", "➡️"): the miscellaneous symbols and dingbats,
# symbols and arrows, and the pictographs; each may be followed by the selector
# that asks for its emoji form (U+FE0F) or a skin tone (U+1F3FB to U+1F3FF).
_EMOJI_RANGES: Final = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F300, 0x1FAFF))
_EMOJI: Final = "".join(f"{chr(first)}-{chr(last)}" for first, last in _EMOJI_RANGES)
_EMOJI_FORM: Final = "\ufe0f\U0001f3fb-\U0001f3ff"
# Markdown's bullets ("-", "*", "+") and list numbers as documents write them:
# "1.", "1)", letters ("a.", "b)"), and "(1)", "1-", "(a)", small Roman numerals
# ("ii.", "(iv)"). The last only before an item's capital: "three" / "(3) years
# of experience", a sentence wrapped before its number, is no list. So is a
# bullet lost before the text was read ("\ufffd Closing Date: ...", a page in
# Windows-1252 read as UTF-8): "\ufffd necessária" was Portuguese "É". A number may
# run into its item's capital ("1.Provide technical input"), as notices copied
# out of web pages write it.
_BULLET: Final = re.compile(
    f"^(?:[-\u2013*+o{_SYMBOLS}{_PRIVATE_USE}{_LETTERS_FOR_SYMBOLS}]|\\d{{1,2}}[.)]|[a-z][.)])\\s+"
    "|^(?:\\d{1,2}-|\\(\\d{1,2}\\)|\\([a-z]\\)|[ivx]{2,5}[.)]|\\([ivx]{2,5}\\)|\ufffd)\\s+(?=[^\\sa-z])"
    f"|^[{_SMALL_LETTERS_FOR_SYMBOLS}] (?=[A-Z\u00c0-\u00de])"
    f"|^[{_SYMBOLS}{_PRIVATE_USE}]\\s*|^[{_EMOJI}][{_EMOJI_FORM}]*\\s*"
    "|^\\d{1,2}\\.(?=[A-Z\u00c0-\u00de])"
    # A number and a spaced dash before a capital: "1 - Support the...".
    "|^\\d{1,2} [-\u2013] (?=[A-Z\u00c0-\u00de])"
    # A bullet alone on its line: an item left empty (its bullet lost, "\ufffd",
    # as any other). Or a list number or letter, as pdftotext sets a list's
    # numbers apart from their items, and a careers site's copy its letters
    # ("a)" / "Coordinar, desde la etapa...").
    f"|^[-\u2013*+o\ufffd{_LETTERS_FOR_SYMBOLS}]$|^(?:\\d{{1,2}}[.)]|\\(\\d{{1,2}}\\)|[a-z]\\)|\\([a-z]\\))$"
)
_NUMBER: Final = re.compile(
    r"^(?:(\d{1,2})[.)]\s+|(?:\((\d{1,2})\)|(\d{1,2})-)\s+(?=[^\sa-z])"
    r"|(\d{1,2})\.(?=[A-Z\u00c0-\u00de])|(\d{1,2}) [-\u2013] (?=[A-Z\u00c0-\u00de])"
    r"|(\d{1,2})[.)]$|\((\d{1,2})\)$)"
)
# The characters a bullet can start with besides a digit or a small letter.
BULLET_FIRST: Final = frozenset(
    f"-\u2013*+\ufffd{_SYMBOLS}{_LETTERS_FOR_SYMBOLS}{''.join(map(chr, range(0xF020, 0xF100)))}"
) | frozenset(chr(code) for first, last in _EMOJI_RANGES for code in range(first, last + 1))
# Every character _BULLET can start with but a digit of another script.
_BULLET_STARTS: Final = BULLET_FIRST | frozenset("0123456789abcdefghijklmnopqrstuvwxyz(")


class Segment:
    """A piece of source line *number*, whitespace normalized.

    A plain slotted class rather than an attrs one: the reader makes one per
    line, and this is the hottest constructor it calls.
    """

    __slots__ = ("_body", "bullet", "number", "text")

    def __init__(self, number: int, text: str) -> None:
        self.number = number
        self.text = text
        self.bullet = False
        """Whether the segment starts with a bullet or a list number."""
        self._body = 0  # where the text after the bullet starts
        # Most lines start with a capital, which starts no bullet: no match
        # tried. A bullet starts with one of its characters, a small ASCII
        # letter ("o", "a)") or a digit; one set lookup settles most lines.
        first = text[:1]
        if first not in _BULLET_STARTS and not first.isdigit():
            return
        bullet = _BULLET.match(text)
        if bullet is not None:
            self.bullet = True
            self._body = bullet.end()

    def __repr__(self) -> str:
        return f"Segment({self.number!r}, {self.text!r})"

    @property
    def number_in_list(self) -> int | None:
        """The list number the segment starts with ("1.", "12)"), if any."""
        # A list number is a bullet: other segments need no match.
        match = _NUMBER.match(self.text) if self.bullet else None
        return int(next(filter(None, match.groups()))) if match else None

    @property
    def item(self) -> str:
        """The text without its bullet or list number."""
        return self.text[self._body :].strip()


# HTML's line break, as markdown and converters from HTML to it write one in text
# ("Grade: G7<br>Closing Date: ...", "| Duty Station | Port of Spain,<br>Trinidad |").
BREAK_TAG: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
# What str.splitlines() cuts at besides "\n", "\r\n" and "\r": a form feed
# (pdftotext puts one at each page), a vertical tab, "\x1c" to "\x1e", NEL and
# the Unicode line and paragraph separators. Editors, grep and open() cut at
# none of them: a line cut there would number every line after it one more
# than the file does. They are spaces.
OTHER_BREAKS: Final = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_AS_SPACES: Final = str.maketrans(dict.fromkeys(OTHER_BREAKS, " "))


def file_lines(text: str) -> list[str]:
    r"""*text* cut at "\n", "\r\n" and "\r", as :func:`source_lines` cuts it, its lines as written.

    The other line breaks ``str.splitlines()`` knows stay in the lines,
    for the callers that read them (form feeds, line separators).
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def source_lines(text: str) -> list[str]:
    r"""*text* cut into lines as a file's lines are numbered: at "\n", "\r\n" and "\r"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Eight finds at memory speed cost less than splitlines() saves.
    if any(other in text for other in OTHER_BREAKS):
        text = text.translate(_AS_SPACES)
    return text.split("\n")


def clean(line: str) -> str:
    """One line (as :func:`source_lines` cuts them) with its whitespace normalized.

    Tabs and no-break spaces become spaces, runs of spaces one space, and
    the ends are trimmed.
    """
    # Most lines are clean already: with no whitespace but single inner
    # spaces, a line is its own result, and checking costs a fraction of
    # splitting and joining it. source_lines() leaves two kinds of ASCII
    # whitespace besides the space in a line, the tab and "\x1f" (isascii()
    # costs nothing; two finds cost less than isprintable()); any other line
    # is printable only if its one whitespace is the space.
    only_spaces = (
        ("\t" not in line and "\x1f" not in line) if line.isascii() else line.isprintable()
    )
    if only_spaces and "  " not in line and line[:1] != " " and line[-1:] != " ":
        text = line  # the commonest case, tested without a call: _single_spaced() inline
    else:
        if "\t" in line or "   " in line:
            line = _labelled_cells(line)
        # Indented lines are the next commonest: whitespace at the ends only.
        text = line.strip()
        if not _single_spaced(text):
            text = " ".join(line.split())
    # A markdown hard line break ("partners.\\\\") is layout, not text.
    while text.endswith("\\"):
        text = text[:-1].rstrip()
    return text


# What parts the cells of a table copied as text: a tab, or a gap of three spaces or more.
CELL_GAP: Final = re.compile(r" *\t[\t ]*|   +")


def _labelled_cells(line: str) -> str:
    """*line*, each cell that is a label given its colon, where gaps part it into cells.

    A header table copied out of a word processor or a careers site gives
    "Position Title<tab>Driver", and pdftotext -layout "Closing date
    Tuesday, 17th February 2026" with the columns' gap between: the gap
    parts label and value as a colon would. A form's colons in a column of
    their own ("Position Title<tab>:<tab>Driver") are the labels'.
    """
    inner = line.strip(" \t")
    # Most such lines are indented, or numbered with a tab after the number
    # ("1.<tab>Support..."): a row of labelled cells begins with a label.
    if inner[:1].isdigit():
        return line
    gaps = [at for at in (inner.find("\t"), inner.find("   ")) if at >= 0]
    if not gaps or not match_bare_label(inner[: min(gaps)]) or _justified(inner):
        return line
    cells = _cells_with_colons(inner)
    if all(map(match_bare_label, cells)):
        return line  # "Duty Station<tab>Closing Date": labels, each no value of another
    labels = [i for i, cell in enumerate(cells[:-1]) if cell[-1:] != ":" and match_bare_label(cell)]
    for index in labels:
        cells[index] += ":"
    return " ".join(cells)


def _cells_with_colons(inner: str) -> list[str]:
    """The cells gaps part *inner* into, a colon that begins a cell given to the label before it.

    A form's colons in a column of their own stand alone ("Position
    Title<tab>:<tab>Driver"), or begin the value's cell where the colons
    are aligned but not the values ("Position Title      : Driver", a header
    table set in a fixed-width font).
    """
    cells: list[str] = []
    for written in CELL_GAP.split(inner):
        cell = written
        if cell[:1] == ":" and cells and match_bare_label(cells[-1]):
            cells[-1] += ":"
            cell = cell[1:].lstrip(" ")
        if cell not in ("", ":"):
            cells.append(cell)
    return cells


def _justified(line: str) -> bool:
    """Whether *line* is prose justified by spaces, its words spread over the width.

    pdftotext -layout sets a justified paragraph so: "CONSULTORÍA   PARA  LA
    ELABORACIÓN  DE  UN  PROTOCOLO  DE  CONTINGENCIA", its first word no
    label before a cell, though it may be a label's word. Spread so that a
    gap is three spaces wide, every gap is two at least; a table's row has
    single spaces within its cells ("Position Title   Driver").
    """
    if "\t" in line:
        return False
    return len(line.split()) >= _JUSTIFIED_WORDS and not _SINGLE_GAP.search(line)


# A single space between words; the fewest words that tell a justified line.
_SINGLE_GAP: Final = re.compile(r"\S \S")
_JUSTIFIED_WORDS: Final = 5


def _single_spaced(line: str) -> bool:
    # Whether the only whitespace in *line* (cut by source_lines()) is single spaces.
    only_spaces = (
        ("\t" not in line and "\x1f" not in line) if line.isascii() else line.isprintable()
    )
    return only_spaces and "  " not in line


def segments(text: str) -> list[Segment]:
    """The non-blank lines of *text* as segments, numbered from 1, run-in headings split off.

    A line that holds paragraph marks (see :func:`_paragraphs`) gives a
    segment for each paragraph. A heading's word at the end of a line that a
    greedy wrap filled is no run-in heading (:func:`_filled`); a heading a
    wrap cut across two lines is cut from the first (:func:`_run_in_across`).
    """
    # Loops in C where they can be: this runs for every line of every notice.
    # Blank lines, a quarter of most notices, are dropped before cleaning.
    lines = source_lines(text)
    if may_be_quoted(text):
        lines = unquoted(lines)
    numbered: Iterable[int] = itertools.compress(itertools.count(1), lines)
    written: Iterable[str] = filter(None, lines)
    if _NO_BREAK_SPACE in text:  # a paragraph mark is one
        numbered, written = _paragraphs(list(numbered), list(written))
    cleaned = list(map(clean, written))
    numbers = list(itertools.compress(numbered, cleaned))
    texts = list(filter(None, cleaned))
    # Markdown's bold may set headings apart within a line. (A search for one
    # character costs a tenth of one for two.)
    if "*" in text and "**" in text:
        numbers, texts = cut_at_bold_headings(numbers, texts)
    if "Identification" in text:  # one find; the label's spaces may be no-break spaces here
        numbers, texts = unglued(numbers, texts)
    if holds_legacy_run(text):
        numbers, texts = legacy_header_cut(numbers, texts)
    found: list[Segment] = []
    done = 0
    width = -1  # the width the text was wrapped at greedily, worked out where needed
    rows, across = _with_run_in(texts)
    for row in rows:
        found += map(Segment, numbers[done:row], texts[done:row])
        pieces = split_run_in(texts[row])
        if len(pieces) > 1 and pieces[-1] in RUN_IN and pieces[-2][-1] not in _SENTENCE_ENDS:
            width = _greedy_width(numbers, texts) if width < 0 else width
            if _filled(numbers, texts, row, width) and not _marked_below(lines, numbers[row]):
                # "...listed in the UNESCO World Higher Education" / "Database.": a
                # heading word the wrap left at the end of a line ends nothing.
                pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]
        found += [Segment(numbers[row], piece) for piece in pieces]
        done = row + 1
    found += map(Segment, numbers[done:], texts[done:])
    _bullets_by_neighbours(found, text, lines)
    return _run_in_across(found) if across else found


def _bullets_by_neighbours(found: list[Segment], text: str, lines: list[str]) -> None:
    """Mend the bullets of *found* that only the lines around them tell (*text* cut in *lines*)."""
    if _DASH_BELOW.search(text):  # one scan in C: most texts have no such line
        _dashes_wrapped(found, lines)
    if _LETTER_BULLET_BELOW.search(text):
        _letter_bullets(found)


# Wingdings' dot and square stand on "l" and "n" where the font was lost ("l Prepare
# the reports"), as French text that lost its apostrophes begins a line ("l Organisation
# internationale..."): bullets only where two lines in a row begin with the same one.
_LETTER_BULLET_BELOW: Final = re.compile(
    r"\n[ \t]*([ln]) [A-Z\u00c0-\u00de][^\n]*\n\s*\1 [A-Z\u00c0-\u00de]"
)
_LETTER_BULLET: Final = re.compile(r"([ln]) (?=[A-Z\u00c0-\u00de])")


def _letter_bullets(found: list[Segment]) -> None:
    """Make bullets of the Wingdings letters that begin two lines or more of *found* in a row."""
    letters = [
        match.group(1)
        if not segment.bullet and (match := _LETTER_BULLET.match(segment.text))
        else ""
        for segment in found
    ]
    for index, letter in enumerate(letters):
        if not letter:
            continue
        before = letters[index - 1] if index > 0 else ""
        after = letters[index + 1] if index + 1 < len(letters) else ""
        if letter in (before, after):
            found[index].bullet = True
            found[index]._body = 2  # noqa: SLF001 -- this module's own class


def _dashes_wrapped(found: list[Segment], lines: list[str]) -> None:
    """Take the bullet from each line of *found* that begins with a dash a wrap set there.

    A title's spaced dash that did not fit on a full line begins the next:
    "• Grade: Junior level - NO-A, National Professional Officer" / "-
    Locally recruited position" (a board's summary at 60 columns), "...the
    direct supervision of the National Project Officer" / "- MPA, the
    incumbent will..."; the line goes on with the one above. Not where a
    line near it, with no blank line between, begins with a dash too (a
    list of dashed items), nor below a line that ends a sentence or an item
    or introduces a list ("tags:" / "- jobs"). *lines* are the text's lines
    as written, numbered as *found* is.
    """
    # The width the text was wrapped at and its margin, worked out where needed.
    width = margin = -1
    for index, segment in enumerate(found):
        if not (segment.bullet and segment.text[:2] in _DASH_ITEM_STARTS) or not index:
            continue
        above = found[index - 1]
        if above.number != segment.number - 1 or above.text.endswith(ITEM_ENDS):
            continue
        if _dashed_near(found, index):
            continue
        if width < 0:
            width, margin = wrapped_width(found), margin_of(lines)
        # The line as the wrap counted it: "  • Grade: ..." kept its indent.
        if did_not_fit(as_written(above, lines, margin), segment.text[0], width):
            segment.bullet = False
            segment._body = 0  # noqa: SLF001 (the class's own module)


# How a dashed list item begins, a dash and a space; a line so begun.
_DASH_ITEM_STARTS: Final = frozenset({"- ", "\u2013 "})
_DASH_BELOW: Final = re.compile("\n[ \t]*[-\u2013] ")


def _dashed_near(found: list[Segment], index: int) -> bool:
    """Whether another line of *found* about *index*, no blank line between, begins with a dash."""
    for step in (-1, 1):
        at, last = index + step, found[index].number
        while 0 <= at < len(found) and abs(found[at].number - last) <= 1:
            if found[at].text[:2] in _DASH_ITEM_STARTS:
                return True
            last = found[at].number
            at += step
    return False


def _marked_below(lines: list[str], number: int) -> bool:
    """Whether the line below line *number* of *lines* begins with a no-break space.

    No wrap carries a no-break space over to the next line: the line begins
    anew, at a paragraph's mark ("\u00a0Protection/CTIP Unit for PX0565 Tasks
    to be performed under this contract" / "\u00a0Under the overall
    supervision...", IOM Vanuatu's call at 76 columns), however full the line
    above; its last words are a heading.
    """
    # Past an indent too: a text indented as a whole keeps its marks after it.
    return number < len(lines) and lines[number].lstrip(" \t").startswith(_NO_BREAK_SPACE)


def _greedy_width(numbers: list[int], texts: list[str]) -> int:
    """The width the lines *texts* (numbered *numbers*) were wrapped at greedily, else 0.

    Their longest, as :func:`wrapped_width` says, where :func:`greedy_wrap`'s
    test holds (which asks for more lines going on than wrapped_width does).
    Only a line in lower case is looked at for a bullet.
    """
    width = _longest_line(texts)
    if not _NARROW_PAGE <= width <= WRAP_WIDTH:
        return 0
    bullets = [text[:1].islower() and Segment(0, text).bullet for text in texts]
    return width if _greedily(numbers, texts, bullets, width, frozenset(), spaced={}) else 0


def _longest_line(texts: Iterable[str]) -> int:
    """How long the longest of the lines *texts* is, but for a line of one word.

    A word longer than the width a text was wrapped at (an address) stands
    alone on a line the wrap could not cut.
    """
    return max((len(text) for text in texts if " " in text), default=0)


def _filled(numbers: list[int], texts: list[str], row: int, width: int) -> bool:
    """Whether the wrap filled ``texts[row]`` at *width*: the next line's first word did not fit."""
    # A line below that begins a list item begins anew, however full the line above.
    return (
        width > 0
        and row + 1 < len(texts)
        and numbers[row + 1] == numbers[row] + 1
        and did_not_fit(texts[row], texts[row + 1].partition(" ")[0], width)
        and not Segment(numbers[row + 1], texts[row + 1]).bullet
    )


def _run_in_across(found: list[Segment]) -> list[Segment]:
    """*found*, each run-in heading that a wrap cut across two lines cut from the first.

    "...respected and fairly treated. Core" / "Competencies – behavioural
    indicators (Level 1)", "...en México”. Tasks" / "to be performed under
    this contract": the heading's first words become a segment of their
    own, which the line below completes (:func:`heading_cut_across`).
    """
    # The lines that end on a word a heading's first words end on, found in
    # C; few of them end on a heading's first words after a sentence.
    ends = map(_ENDS_ON_TAIL, map(_TEXT, found[:-1]))
    # From the last, so that the indexes still to come stay as they were.
    for index in reversed(list(itertools.compress(range(len(found)), ends))):
        above = found[index]
        tail = _tail_cut(above, found[index + 1])
        if tail is not None:
            head = above.text[: len(above.text) - len(tail)].rstrip()
            found[index : index + 1] = [Segment(above.number, head), Segment(above.number, tail)]
    return found


def _tail_cut(above: Segment, below: Segment) -> str | None:
    """The first words of a run-in heading that *above* ends with and *below* completes, if any."""
    if below.number != above.number + 1 or below.bullet:
        return None
    for tail in _TAILS_ENDING[above.text.rpartition(" ")[2]]:
        at = len(above.text) - len(tail) - 1
        if (
            at > 0
            and above.text.endswith(tail)
            and above.text[at] == " "
            and (_ends_sentence(above.text, at) or _ends_heading(above.text, at, tail, below))
            # A sentence before it, not a list number: "1. Core" / "Competencies" is one heading.
            and " " in above.text[:at]
            and heading_cut_across(tail, below) is not None
        ):
            return tail
    return None


def _ends_heading(text: str, at: int, tail: str, below: Segment) -> bool:
    """Whether *tail*, after a word or code at *at*, and all of *below* are a heading.

    "...Unit for PX0565 Tasks to be performed under this" / "contract": the
    heading that ended the line before a wrap (see _is_cut()).
    """
    heading = f"{tail} {below.text.strip()}"
    return heading in HEADING_TAILS.get(tail, ()) and _ends_line_after_word(text, at, heading)


def heading_cut_across(tail: str, below: Segment) -> str | None:
    """The run-in heading that *tail*, a line's last words, and the line *below* make, if any."""
    whole = f"{tail} {below.text}"
    for heading in HEADING_TAILS.get(tail, ()):
        if whole.startswith(heading) and _heading_follows(whole, len(heading), len(whole), heading):
            return heading
    return None


# An email's quotation marks, one level or more ("> ", ">> ").
_QUOTED: Final = re.compile(r"^(?:> ?)+")
# The share of a text's lines that are quoted for the text to be a quoted email.
_QUOTED_SHARE: Final = 0.9


def may_be_quoted(text: str) -> bool:
    """Whether *text* may hold an email's quotation: a mark anywhere, :func:`unquoted` decides.

    Indented too, as :func:`unquoted` reads a mark (" > Grade: P-2").
    """
    return ">" in text


def unquoted(lines: list[str]) -> list[str]:
    """*lines* without the marks an email quotes them with, where nearly all are quoted.

    A notice forwarded or replied to ("> Position Title: ..."): a label or a
    bullet behind the mark is none. So too where a mail client wrapped the
    quotation again (:func:`_quoted_then_wrapped`). A markdown quotation
    among other lines keeps its marks, and so do marks with no text behind
    any of them (">", ">>"): those are the text, not an email's.
    """
    written = [line for line in lines if line.strip()]
    quoted = [line for line in written if _is_quoted(line)]
    if len(quoted) < _QUOTED_SHARE * len(written) and not _quoted_then_wrapped(lines):
        return lines
    if not any(behind_marks(line).strip() for line in quoted):
        return lines
    return [behind_marks(line) if _is_quoted(line) else line for line in lines]


def _is_quoted(line: str) -> bool:
    return line.lstrip()[:1] == ">"


def behind_marks(line: str) -> str:
    """*line* without the quotation marks it begins with, if any."""
    return _QUOTED.sub("", line.lstrip())


def _quoted_then_wrapped(lines: list[str]) -> bool:
    """Whether *lines* are an email quoted and then wrapped: each line without a mark goes on.

    A mail client that wraps a quotation again leaves the marks on each
    paragraph's first line only ("> Under the overall supervision of the" /
    "Chief of Mission, the..."): a line without a mark follows a line with
    text, never a blank or quoted blank one or the text's start. A markdown
    quotation among paragraphs is none: the paragraphs after it begin
    after a blank line.
    """
    above = ""
    for line in lines:
        if line.strip() and not _is_quoted(line) and not behind_marks(above).strip():
            return False
        above = line
    return True


_NO_BREAK_SPACE: Final = "\u00a0"
# The ASCII whitespace about a line, which as_written() trims: not a no-break space.
_SPACES: Final = " \t\x0b\x0c\x1f"
# A no-break space standing alone between spaces, or at either end of the
# line: what is left of an empty HTML paragraph ("<p>&nbsp;</p>") where a job
# board ran a notice's paragraphs into one line ("...first-tier candidates.
# \u00a0 Context \u00a0 Under the overall supervision of..."). One glued to a
# word stands for a space ("the\u00a0 Resettlement"), and is left to clean().
_SPACE_OR_END: Final = frozenset({"", " ", "\t"})


def _paragraphs(numbers: list[int], lines: list[str]) -> tuple[list[int], list[str]]:
    """*lines* (non-blank, numbered *numbers*) with each cut at its paragraph marks."""
    cut_numbers: list[int] = []
    cut_lines: list[str] = []
    for number, line in zip(numbers, lines, strict=True):
        pieces = _cut_at_marks(line) if _NO_BREAK_SPACE in line else [line]  # most: one look
        cut_lines += pieces
        cut_numbers += [number] * len(pieces)
    return cut_numbers, cut_lines


def _cut_at_marks(line: str) -> list[str]:
    pieces, start = [], 0
    # The spaces after a list's number are no marks, however written: "1.\u00a0
    # \u00a0 \u00a0 \u00a0 Provide guidance..." (undpjobs' copy of IOM Algeria's
    # notice, 2025), an editor's run of spaces, each other one no-break.
    indent = len(line) - len(line.lstrip(" \t"))
    at = line.find(_NO_BREAK_SPACE, indent + bullet_length(line[indent:]))
    while at >= 0:
        before = line[at - 1 : at]
        after = line[at + 1 : at + 2]
        if (
            (
                before in _SPACE_OR_END
                and after in _SPACE_OR_END
                and _between_paragraphs(line, start, at)
            )
            or (before and before in _SENTENCE_ENDS and _sentence_then_heading(line, at))
            or (before == " " and _heading_then_text(line, at))
            or (before == " " and _sentence_then_heading(line, at))
        ):
            pieces.append(line[start:at])
            start = at + 1
        at = line.find(_NO_BREAK_SPACE, at + 1)
    pieces.append(line[start:])
    return pieces


def _between_paragraphs(line: str, start: int, at: int) -> bool:
    """Whether the mark at *at*, spaces about it, parts paragraphs: the line's from *start* on.

    It does at either end of the line, after a sentence's end, and before or
    after a heading alone ("...first-tier candidates. \u00a0 Context \u00a0
    Under the overall supervision of..."). Within a sentence it is a space
    an editor wrote twice: "...liaise with the IOM DARV or the Protection
    Center \u00a0 Managers to support the arrangement of..." (undpjobs' copy
    of IOM Algeria's notice, 2025, read through the Thai code page).
    """
    words_before = line[start:at].strip(_AROUND_MARK)
    following = line.find(_NO_BREAK_SPACE, at + 1)
    words_after = line[at + 1 : following if following >= 0 else len(line)].strip(_AROUND_MARK)
    if not words_before or not words_after or words_before[-1] in _SENTENCE_ENDS:
        return True
    return any(
        len(words) <= _HEADING_ALONE and match_heading(words) is not None
        for words in (words_before, words_after)
    )


# The spaces about a paragraph's mark: its own kind too, where an editor wrote several.
_AROUND_MARK: Final = " \t\u00a0"


def _sentence_then_heading(line: str, at: int) -> bool:
    """Whether the mark at *at* parts a sentence and a heading alone: "...candidates.\u00a0Context".

    A board ran an empty paragraph's no-break space and the heading below
    into the sentence's line (undpjobs, IOM's notice of 2026), the mark glued
    to the sentence's end on one side and the heading on the other, or to
    the heading only, a space after the sentence, the paragraph below run in
    after another mark ("...candidates. \u00a0Context \u00a0Under the overall
    supervision...", uncareer's copy of a notice of IOM Libya, 2025, its
    marks read through the Thai code page). A sentence of words spaced with
    spaces, its last a word: not a number's "I.\u00a0Position Information",
    nor a text whose spaces are all no-break. Nor the first words of a
    heading the mark only spaces, as a page sets a colon's space: "6.
    Category B Consultants:\u00a0Tangible and measurable outputs of the work
    assignment" is one heading.
    """
    spaced = line[at - 1 : at] == " "
    end = at - 1 if spaced else at  # after the sentence's stop
    stop = line[end - 1 : end] if end else ""
    if not stop or stop not in _SENTENCE_ENDS:
        return False
    # A space between: a word of two letters at least before the stop, as a list's
    # letter is not ("- b) \u00a0Competencies" is an item).
    if spaced and not line[end - 3 : end - 1].isalpha():
        return False
    after = line.find(_NO_BREAK_SPACE, at + 1)
    rest = line[at + 1 : after if after >= 0 else len(line)].strip()
    return (
        line[end - 2 : end - 1].isalpha()
        and line.count(" ", 0, end) >= _SENTENCE_SPACES
        and len(rest) <= _HEADING_ALONE
        and match_heading(rest) is not None
        and match_heading(f"{line[:at].strip()} {rest}") is None
    )


def _heading_then_text(line: str, at: int) -> bool:
    """Whether the mark at *at* starts a paragraph after a heading: "...above. Education \u00a0The".

    The mark begins the paragraph below a heading that a board ran, with the
    sentence above it, into one line (uncareer, IOM Vanuatu's call of 2025,
    its no-break spaces read through the Thai code page): after a space, glued
    to the paragraph's first word. The heading follows a sentence's end. A
    mark before a dash or a bullet begins no paragraph: "- (b) Education-
    \u00a0- " is a list's item, the bracket of its letter no sentence's end.
    """
    if not line[at + 1 : at + 2].isalnum():
        return False
    before = line[:at].rstrip()
    sentence_end = max(before.rfind(end) for end in _SENTENCE_ENDS)
    heading = before[sentence_end + 1 :].strip()
    return (
        sentence_end > 0
        # A sentence's last words, wrapped or not: not a number's "1. Education".
        and line[sentence_end - 1].isalpha()
        and " " in line[:sentence_end]
        and 0 < len(heading) <= _HEADING_ALONE
        and match_heading(heading) is not None
    )


# The longest heading that may end a line so, and the fewest spaces of the sentence before it.
_HEADING_ALONE: Final = 60
_SENTENCE_SPACES: Final = 2


def _with_run_in(texts: list[str]) -> tuple[list[int], bool]:
    """The indexes of *texts* in which _MAY_RUN_IN finds a heading, in order; and one across two.

    One search over all the texts joined: sre finds each space of the text
    in a tight loop and tries the headings only after a capital they may
    start with. Half the time of a ``str.find`` for each heading, and a
    fraction of a search in each text. A heading of several words that a
    wrap cut across two texts is found too (see _run_in_across()).
    """
    joined = "\n".join(texts)
    rows: list[int] = []
    row, counted = 0, 0
    across = False
    for found in _MAY_RUN_IN.finditer(joined):
        at = found.start()
        row += joined.count("\n", counted, at)
        counted = at
        if "\n" in found.group():
            across = True
        elif not rows or rows[-1] != row:
            rows.append(row)
    return rows, across


# A heading run into a line, after a space: where split_run_in() may cut,
# and how _with_run_in() finds the lines that hold one. A heading's spaces
# may be a line's end in the texts joined.
# The lookahead on the headings' first letters spares trying each heading after every space.
_MAY_RUN_IN: Final = re.compile(
    " (?=[" + "".join(sorted({heading[0] for heading in RUN_IN})) + "])"
    "(?:" + "|".join(re.escape(heading).replace("\\ ", "[ \n]") for heading in RUN_IN) + ")"
)


# What ends a sentence before a heading run into the text.
_SENTENCE_ENDS: Final = ".;:!?)"


def _tails() -> dict[str, tuple[str, ...]]:
    # The first words of each run-in heading of several words, short of the whole.
    tails: dict[str, tuple[str, ...]] = {}
    for heading in RUN_IN:
        words = heading.split()
        for count in range(1, len(words)):
            tail = " ".join(words[:count])
            tails[tail] = (*tails.get(tail, ()), heading)
    return tails


# A run-in heading a wrap may cut, by the first words it leaves on a line
# (see _run_in_across()); those words by the last of them; and a test of
# whether a line ends on one of those (a few words: quick in C).
HEADING_TAILS: Final = _tails()
_TAILS_ENDING: Final = {
    word: tuple(tail for tail in HEADING_TAILS if tail.rpartition(" ")[2] == word)
    for word in {tail.rpartition(" ")[2] for tail in HEADING_TAILS}
}
_ENDS_ON_TAIL: Final = operator.methodcaller(
    "endswith", tuple(f" {word}" for word in _TAILS_ENDING)
)
_TEXT: Final = operator.attrgetter("text")


def split_run_in(text: str) -> list[str]:
    """*text* cut before each heading run into it ("...the Unit. Education")."""
    # One pass finds every " Heading" in the line: no heading holds another's
    # occurrence, so the matches are all the occurrences there are.
    end_of_text = len(text.rstrip())  # the text itself, for text already clean
    cuts = sorted(
        {
            found.start() + 1
            for found in _MAY_RUN_IN.finditer(text, 1)
            if _is_cut(text, found.start(), found.end(), end_of_text)
        }
    )
    if not cuts or match_heading(text) is not None:
        return [text]
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _is_cut(text: str, at: int, end: int, end_of_text: int) -> bool:
    """Whether the heading between *at* (its space) and *end* starts a new segment."""
    if _ends_sentence(text, at) and _heading_follows(text, end, end_of_text, text[at + 1 : end]):
        return True
    # "...people on the move Languages": a heading ending the line.
    return end >= end_of_text and _ends_line_after_word(text, at, text[at + 1 : end])


def _ends_line_after_word(text: str, at: int, heading: str) -> bool:
    """Whether *heading*, ending a line after the space at *at*, may follow the word before it.

    Not one a small word joins to the words before ("Required Qualifcations
    and Experience": one heading). One of several words may follow a code
    ("...Unit for PX0565 Tasks to be performed under this contract",
    uncareer, 2025); one word after a number may be counted by it.
    """
    before = text[at - 1]
    return (
        (before.isalpha() or (before.isdigit() and " " in heading))
        and not _joined_before(text, at, heading)
        and not _one_word_before(text, at)
    )


def _one_word_before(text: str, at: int) -> bool:
    """Whether one capitalized word, after a bullet or a list's number at most, stands before *at*.

    "• Communication Skills", "- Previous Experience", "Important Notes": an
    item or a heading of a few words, whole (the heading's word had been cut
    off, an item left "Communication"); a run-in heading ends a longer line
    ("...people on the move Languages"). A need's word is no such word:
    "Desirable Experience" is the word, then its heading, as before.
    """
    bullet = _BULLET.match(text)
    start = bullet.end() if bullet is not None and bullet.end() < at else 0
    word = text[start:at]
    # In lower case, the last word of a line a wrap cut ("...people on the" / "move
    # Languages"): the heading is run into it.
    return " " not in word and word[:1].isupper() and word.lower() not in NEED_WORDS


def _joined_before(text: str, at: int, heading: str) -> bool:
    """Whether the word before *at* (a space) joins *heading* to the words before it.

    A small word joins what follows to what precedes ("and"); a word may
    make one phrase with the heading's ("Higher Education").
    """
    word = text[text.rfind(" ", 0, at) + 1 : at].lower()
    return word in _JOINING or f"{word} {heading.lower()}" in _PHRASES


# The small words that join a heading's last word to the words before it.
_JOINING: Final = frozenset({"and", "&", "or", "of", "et", "ou", "de", "y", "o", "e", "da", "do"})
# A heading's words that a word before them makes a phrase of: a job board's grade,
# "GS-6, General Service - No need for Higher Education" (impactpool's and
# UNjobs' copies of IOM notices), ends in no heading; nor does a line a wrap
# cut after "the UNESCO World Higher Education", however full.
_PHRASES: Final = frozenset({"higher education"})


def _ends_sentence(text: str, at: int) -> bool:
    return text[at - 1] in _SENTENCE_ENDS


def _heading_follows(text: str, end: int, end_of_text: int, heading: str) -> bool:
    """Whether what follows the heading ending at *end* lets it be a heading."""
    if end >= end_of_text or text[end:end_of_text] == ":":  # the line's end, or its colon
        return True
    if text.startswith(HEADING_DASHES, end):
        return True
    # "...Database. Experience -" / "Experience in...": the dash ends the line a wrap cut.
    if text[end:end_of_text] in DASHES_ALONE:
        return True
    # A heading of several words may run straight into a sentence.
    return " " in heading and end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


# A dash spaced from the word before it: a heading's or a line's last.
DASHES: Final = ("-", "\u2013", "\u2014")
DASHES_ALONE: Final = frozenset(f" {dash}" for dash in DASHES)


# Lines wrapped by hand are short; a long line is a paragraph of its own.
WRAP_WIDTH: Final = 100


def wrapped_items(
    content: list[Segment],
    *,
    page_width: Callable[[], int] | None = None,
    hangs: Callable[[Segment, Segment, Segment], bool] | None = None,
    begins: Callable[[str], bool] | None = None,
    written: Callable[[Segment], str] | None = None,
) -> list[tuple[Segment, tuple[Segment, ...]]]:
    """Each item of a list in *content*, and the lines it was read from.

    A list wrapped at a fixed width (pdftotext, a board's plain text) goes
    on in the line below an item: "- Teamwork: develops and promotes
    effective collaboration within and across" / "units to achieve shared
    goals and optimize results.". A line with no bullet right below an item
    that ends no sentence is the item going on where it begins in lower
    case, where the item ends in a word that leads on ("the", "of"), where
    the line above leaves a bracket, a quotation or markdown's bold open
    ("(Arabic, Chinese, French, Russian, and" / "Spanish), and/or Dutch is
    an advantage."), or where a date was cut ("by 20" / "March 2025."). The
    item is one segment of the first line's number; a word cut at its
    hyphen ("service-" / "oriented") is joined whole.

    In a list wrapped at a fixed width (:func:`list_width`: the *page_width*
    where the page says, else the list's own), a line with no bullet that
    names nothing goes on with a bulleted item where the line above is
    full: its first word would not have fit on it ("...between" / "IOM/UN
    and national governments"), after a sentence's end too ("...clear and
    open communication." / "Explains complex matters...").

    Where *hangs* (given the item's first line, the line above and the
    line) says a line right below an item is indented to where the item's
    text began (:func:`~iomjobs.parse._hanging.hangs_under`: a PDF's hanging
    indent), it goes on with the item, whatever it begins with.

    A line whose text *begins* says begins an item begins one, wherever it
    stands (a competency's name alone below its last indicator). *written*
    gives a bulleted line as written, for its length (:func:`full_line_above`).
    """
    # Each item's head and lines: the head is its first line, joined with the
    # lines below only while they may still change whether it begins with a
    # bullet (_BULLET_SETTLED); the item's text is joined once, at the end.
    # Joined and copied at each line, an item of thousands took time growing
    # with their square.
    items: list[tuple[Segment, list[Segment]]] = []
    above = None
    # Worked out where first needed: most lists never ask.
    width = -1
    for segment in content:
        # Most list lines have a bullet: no further look.
        goes_on = above is not None and not segment.bullet and _goes_on(above, segment)
        goes_on = goes_on or alone_above(above, segment)  # its item, set apart below it
        if not goes_on and width and above is not None and not segment.bullet:
            if width < 0:
                width = list_width(content, page_width)
            if items[-1][0].bullet:
                line_written = written(above) if written is not None else None
                goes_on = full_line_above(above, segment, width, line_written)
            elif page_width is not None:
                goes_on = unfinished_full_line_above(above, segment, page_width(), written)
        # A line with a bullet, or below an item without one, hangs under
        # nothing: most lines of most lists, told without a call.
        if not goes_on and hangs is not None and above is not None and not segment.bullet:
            first = items[-1][0]
            goes_on = first.bullet and hangs(first, above, segment)
        if goes_on and begins is not None and begins(segment.item):
            goes_on = False
        if goes_on:
            head, lines = items[-1]
            lines.append(segment)
            if len(head.text) < _BULLET_SETTLED:
                items[-1] = (Segment(head.number, joined_text(head.text, segment.text)), lines)
        else:
            items.append((segment, [segment]))
        above = segment
    return [
        (lines[0] if len(lines) == 1 else Segment(head.number, joined_lines(lines)), tuple(lines))
        for head, lines in items
    ]


# Whether a text begins with a bullet is settled by its first characters: the
# longest marker ("(viii)"), a space and the character after it. Longer, the
# text's end can no longer make it a bullet alone on its line.
_BULLET_SETTLED: Final = 40


def markdown_heading(text: str) -> int:
    """The length of the marks of the markdown heading *text* is ("## The Role": 3); 0 if none."""
    found = _MARKDOWN_HEADING.match(text) if text[:1] == "#" else None
    return found.end() if found else 0


_MARKDOWN_HEADING: Final = re.compile(r"##{0,5}\s+")


def unmarked(text: str) -> str:
    """*text* without markdown's marks about a line: "# CFA-2025-079GT - ...", "**Open to...**"."""
    return unbolded(text[markdown_heading(text) :])


def unbolded(text: str) -> str:
    """*text* without markdown's bold around it all: "**Data Management and Tracking:**"."""
    if text.startswith(("**", "__")) and text.endswith(text[:2]) and len(text) > len("****"):
        return text[2:-2].strip()
    return text


def bullet_length(text: str) -> int:
    """How much of *text* its bullet or list number and the spaces after it take; 0 for none."""
    match = _BULLET.match(text)
    return match.end() if match else 0


def alone_above(above: Segment | None, segment: Segment) -> bool:
    """Whether *above* is a bullet or list number alone, and *segment* its item, right below.

    pdftotext sets a list's bullets and numbers apart from their items where
    they hang in a column of their own ("1." / "Support the Sub-regional
    Coordinator...").
    """
    return (
        above is not None
        and not segment.bullet
        and _alone(above)
        and segment.number == above.number + 1
    )


def _alone(segment: Segment) -> bool:
    return segment.bullet and not segment.item


def joined_where_filled(
    items: list[tuple[Segment, tuple[Segment, ...]]],
    greedy: GreedyWrap,
    begins: Callable[[str], bool] | None = None,
) -> list[tuple[Segment, tuple[Segment, ...]]]:
    """*items* (:func:`wrapped_items`), each going on in the next where a greedy wrap filled it.

    In text wrapped greedily by characters, a line whose next word would
    not have fit was cut by the wrap: after a competency's name ("...delegated
    work. Communication:" / "Encourages and contributes...") or inside one
    ("...their potential. Building" / "Trust: Promotes shared values...").
    A line with a bullet begins anew, and so does one that names an item
    below a sentence's or an introduction's end ("...these five values:" /
    "Inclusion and respect for diversity: Respects..."). So does a line
    whose text *begins* says begins an item: a competency's name alone
    below its last indicator ("- ...priorities for self and others" /
    "Professionalism").
    """
    if not greedy.width:
        return items
    # Each item's first segment, texts and lines, joined once at the end.
    joined: list[tuple[Segment, list[str], list[Segment]]] = []
    for segment, lines in items:
        if joined and not segment.bullet and not (begins and begins(segment.item)):
            _, texts, above = joined[-1]
            if (
                segment.number == above[-1].number + 1
                and greedy.filled(above[-1], segment.text.partition(" ")[0])
                and not (above[-1].text.endswith(ITEM_ENDS) and names_something(segment.text))
            ):
                texts.append(segment.text)
                above += lines
                continue
        joined.append((segment, [segment.text], list(lines)))
    return [
        (first if len(texts) == 1 else Segment(first.number, joined_texts(texts)), tuple(lines))
        for first, texts, lines in joined
    ]


def wrapped_item(content: list[Segment], index: int) -> tuple[Segment, tuple[Segment, ...]]:
    """The item at *index* of *content* and the lines it goes on in.

    As :func:`wrapped_items` reads each item of a list, for a reader that
    takes a list's items one by one.
    """
    first = content[index]
    lines = [first]
    for below in range(index + 1, len(content)):
        segment = content[below]
        if segment.bullet or not _goes_on(lines[-1], segment):
            break
        lines.append(segment)
    return (first if len(lines) == 1 else Segment(first.number, joined_lines(lines))), tuple(lines)


def list_width(content: list[Segment], page_width: Callable[[], int] | None) -> int:
    """The width the list *content* was wrapped at: the page's, else its own; 0 if not wrapped.

    The page's says more: a short list has few lines to tell, and its longest
    line may fall short of the width the page was wrapped at.
    """
    return (page_width() if page_width is not None else 0) or wrapped_width(content)


def wrapped_width(content: list[Segment]) -> int:
    """The width *content* was wrapped at, its longest line; 0 where nothing says it was.

    Wrapped means lines no longer than a wide page's and no shorter than a
    narrow one's, the longest, and two lines at least that go on from the
    line above by the plain rules (in lower case, after a word that leads
    on). A short text says nothing of the kind. A line of one word is not
    looked at: a wrap leaves a word longer than its width (an address, a
    board's tags run together) whole on a line of its own.
    """
    width = _longest_line(segment.text for segment in content)
    if not _NARROW_PAGE <= width <= _WIDE_PAGE:
        return 0
    going_on = (goes_on_below(above, below) for above, below in itertools.pairwise(content))
    return width if sum(going_on) >= _WRAPPED_LINES else 0


# The narrowest and widest widths text wrapped for a page is taken to have (a
# wrap at 60 columns leaves its longest line at 55 to 60 characters; a page
# printed wide, as a browser prints a board's page, and laid out by pdftotext
# -layout, some 115), and how many lines must go on by the plain rules before
# any other is taken to.
_NARROW_PAGE: Final = 55
_WIDE_PAGE: Final = 132
_WRAPPED_LINES: Final = 2


class GreedyWrap:
    """How a text was wrapped greedily, by characters: its width (0 if it was not), its cut lines.

    A program that wraps by counting characters (textwrap, a mail client,
    a board's plain text) moves a word down only where it would not fit,
    so a line with room for the word below ends its paragraph
    (:meth:`room_for`). A line cut into segments (paragraph marks, a
    run-in heading) is longer than its last segment, which tells nothing.
    """

    __slots__ = ("apart", "cut", "spaced", "width")

    def __init__(
        self, width: int, cut: frozenset[int], spaced: dict[int, int] | None = None
    ) -> None:
        self.width = width
        self.cut = cut
        self.spaced = spaced or {}
        """By line number, the spaces a bulleted line holds that its text does not ("5.    ")."""
        self.apart = False
        """Whether the text sets paragraphs apart with blank lines (:func:`_paragraphs_apart`)."""

    def filled(self, above: Segment, word: str) -> bool:
        """Whether the line *above* had no room for *word*: the wrap moved it down."""
        return above.number not in self.cut and did_not_fit(
            above.text, word, self.width - self.spaced.get(above.number, 0)
        )

    def room_for(self, above: Segment, word: str) -> bool:
        """Whether *word* would have fit, with room to spare, on the line *above*."""
        length = len(above.text) + self.spaced.get(above.number, 0)
        return (
            self.width > 0
            and above.number not in self.cut
            and length + 1 + len(word) + _SPARE <= self.width
        )


def greedy_wrap(
    content: list[Segment],
    width: int,
    written: list[str] | None = None,
    counted: dict[int, int] | None = None,
    margin: int = 0,
) -> GreedyWrap:
    """How *content*, wrapped at *width* (0: none), was wrapped: greedily by characters, or not.

    A line that a sentence goes on below, in lower case, is full where a
    text was wrapped greedily by characters. Text set in a proportional
    font fills its lines by the width of its letters, so many such lines
    leave room for the next word by count (a PDF's text, pdftotext's: a
    third to two thirds of them); a hard break in the source leaves a few.
    *written*, the text's lines as written, tells the spaces a bulleted
    line set its bullet apart with, which the wrap counted, and an indent
    past the text's *margin* (:func:`margin_of`); *counted*, the characters
    it counted that a repair took from a line since, by number
    (:func:`counted_more`).
    """
    if not width:
        return GreedyWrap(0, frozenset())
    numbers = [segment.number for segment in content]
    cut = frozenset(number for number, twice in itertools.pairwise(numbers) if number == twice)
    texts = [segment.text for segment in content]
    bullets = [segment.bullet for segment in content]
    spaced = _spaced(content, cut, written, counted or {}, margin) if written else {}
    if not _greedily(numbers, texts, bullets, width, cut, spaced=spaced):
        # Not so wrapped: width 0, and no line ends a paragraph for its room.
        return GreedyWrap(0, cut)
    wrap = GreedyWrap(width, cut, spaced)
    wrap.apart = _paragraphs_apart(content, wrap)
    return wrap


def _paragraphs_apart(content: list[Segment], wrap: GreedyWrap) -> bool:
    """Whether *content*, wrapped as *wrap* says, sets its paragraphs apart with blank lines.

    A line of prose that ends a sentence with room for the next word ends
    its paragraph. Where two or more do, and a blank line follows each (seed 002,
    a board's page copied with its paragraphs' spacing), a line that ends
    a sentence where the wrap filled it, right above the next line, ends
    none: "IOM is committed to a diverse and inclusive environment." /
    "Applications from qualified female candidates..." at 64 columns is one
    paragraph. A list without bullets, one item a line (seed 004), has none.
    """
    ends = apart = 0
    for above, below in itertools.pairwise(content):
        if above.bullet or below.bullet or not above.text.endswith(STOPS):
            continue
        if wrap.room_for(above, below.text.partition(" ")[0]):
            ends += 1
            apart += below.number > above.number + 1
    return ends >= _FEW_ENDS and apart == ends


# The fewest paragraphs' ends that show how a text sets its paragraphs apart:
# two, as a short call's (IOM Algeria's, in French, wrapped at 61 columns).
_FEW_ENDS: Final = 2


def _spaced(
    content: list[Segment],
    cut: frozenset[int],
    written: list[str],
    counted: dict[int, int],
    margin: int,
) -> dict[int, int]:
    """The spaces each whole line of *content* holds more than its text, by number.

    A bulleted line's after its bullet; any line's no-break spaces beside
    its spaces or at its end, which its text has as one space or none
    ("...Protection Officer\u00a0 , the Movement\u00a0", seed 004's marks),
    and its indent past the text's *margin*; and the characters *counted*
    says a repair took from it since: the wrap counted them all.
    """
    spaced = {}
    for segment in content:
        if segment.number in cut:
            continue
        if segment.bullet:
            extra = len(as_written(segment, written, margin)) - len(segment.text)
        else:
            extra = _no_break_spaces_more(segment, written) + indent_of(segment, written, margin)
        if counted:
            extra += counted.get(segment.number, 0)
        if extra:
            spaced[segment.number] = extra
    return spaced


def counted_more(wrapped: str, text: str) -> dict[int, int]:
    r"""How many characters more each line of *wrapped* holds than *text*'s, by number.

    *text* is *wrapped* repaired, line for line: a wrap at a width counted
    the characters a repair took since ("Organization\'s", an escaped
    quote, is "Organization's"; "ย" and a no-break space, a mark read in
    the wrong code page, one no-break space), and fewer where one was spelt
    out (a ligature). Lines that hold as many are not listed; none are where
    the two texts differ in their count of lines.
    """
    if wrapped == text:  # most texts need no repair
        return {}
    before, after = file_lines(wrapped), file_lines(text)
    if len(before) != len(after):
        return {}
    return {
        number: more
        for number, (was, now) in enumerate(zip(before, after, strict=True), start=1)
        if was != now and (more := len(was.rstrip()) - len(now.rstrip()))
    }


def _no_break_spaces_more(segment: Segment, written: list[str]) -> int:
    """How many characters more than *segment*'s text its line as written holds, in spaces only."""
    if segment.number > len(written):
        return 0
    line = written[segment.number - 1]
    # Most lines are their text: one comparison of lengths says so.
    if len(line) <= len(segment.text) or _NO_BREAK_SPACE not in line:
        return 0
    line = line.strip(_SPACES)
    return len(line) - len(segment.text) if " ".join(line.split()) == segment.text else 0


def as_written(segment: Segment, written: list[str], margin: int = 0) -> str:
    """*segment*'s line as *written* (the text's lines), where it holds it whole; else its text.

    The whole line, or all of it but its bullet, as a wrap at a width
    counted it: "5.    Support PSEA..." (a board's numbered duty, a Word
    list's tab after its number set as spaces) for the segment "5. Support
    PSEA...", whose whitespace is normalized; "- Type of Appointment: ..."
    for a field read from a dashed list, whose text is the item's.
    """
    if segment.number > len(written):
        return segment.text
    whole = written[segment.number - 1]
    # Not str.strip(): a paragraph's mark, a no-break space, begins the line the wrap counted.
    line = whole.strip(_SPACES)
    indent = _indent(whole) - margin
    if indent > 0:
        # "  travel-ready status and/or request...": a wrap that keeps a list's
        # indent counted it (a mail client's, fmt's, a text browser's).
        return whole[:indent] + _unindented_as_written(segment, line)
    return _unindented_as_written(segment, line)


def indent_of(segment: Segment, written: list[str], margin: int = 0) -> int:
    """How far *segment*'s line as *written* (the text's lines) is indented past *margin*."""
    if segment.number > len(written):
        return 0
    return max(_indent(written[segment.number - 1]) - margin, 0)


def margin_of(written: list[str]) -> int:
    """The indent from which the lines *written* are measured: a page's left margin, or 0.

    A wrap counts an indent toward a line's length, but not one that every
    line has: a text indented as a whole (a block quoted by indenting it)
    was wrapped, then indented, or its width holds the indent too. The
    margin is the least indent that a fifth of the lines holding text have
    at least: a title set flush left above it is none, and where lines
    begin at once (paragraphs, the first lines of a list's items below
    which the items hang) there is no margin.
    """
    indents = Counter(_indent(line) for line in written if line and not line.isspace())
    enough = sum(indents.values()) / _MARGIN_SHARE
    return next((indent for indent in sorted(indents) if indents[indent] >= enough), 0)


# The share of the lines holding text (one in so many) that show a margin.
_MARGIN_SHARE: Final = 5


def flush_left(text: str) -> bool:
    """Whether many of *text*'s lines begin at once, so that it has no margin (:func:`margin_of`).

    Counted in C, near enough, for most texts; two in five, where a fifth
    of them would do, so as not to miss a margin by counting loosely.
    """
    indented = text.count("\n ") + text.count("\n\t") + (text[:1] in (" ", "\t"))
    with_text = text.count("\n") + 1 - text.count("\n\n")
    return (with_text - indented) * _FLUSH_SHARE >= with_text


# One line in so many beginning at once that shows a text has no margin, counted loosely.
_FLUSH_SHARE: Final = 2.5


def _indent(line: str) -> int:
    """How many spaces and tabs *line* begins with, a character each as a wrap by count counts."""
    return len(line) - len(line.lstrip(" \t")) if line[:1] in _INDENTS else 0


_INDENTS: Final = (" ", "\t")


def _unindented_as_written(segment: Segment, line: str) -> str:
    """*segment*'s *line* as written, its indent taken off (:func:`as_written`)."""
    if len(line) <= len(segment.text):
        return segment.text
    normalized = " ".join(line.split())
    if normalized.endswith(f" {segment.text}"):
        # The last of the pieces a paragraph mark or a heading cut the line into
        # ("...above. Education \u00a0The qualified candidate..."): the wrap
        # filled the line they share.
        return line
    if segment.bullet:  # the line's own bullet in its text
        return line if normalized == segment.text else segment.text
    if line[0] == _NO_BREAK_SPACE and normalized == segment.text:
        return line  # "\u00a0Draft the National Referral Mechanism...", IOM Vanuatu's call
    bullet = bullet_length(normalized)
    return line if bullet and normalized[bullet:] == segment.text else segment.text


def _greedily(
    numbers: list[int],
    texts: list[str],
    bullets: list[bool],
    width: int,
    cut: frozenset[int],
    *,
    spaced: dict[int, int],
) -> bool:
    """Whether the lines *texts* (numbered *numbers*, bulleted as *bullets*) were wrapped greedily.

    :func:`greedy_wrap`'s test, on the lines themselves: room_for() written
    out, as this looks at every line of a wrapped text. *spaced* holds, by
    number, the spaces a line holds that its text does not (an indent).
    """
    most = width - _SPARE - 1  # the longest line with room for a word, less the word
    going_on = room = 0
    for row in range(1, len(texts)):
        text = texts[row]
        if numbers[row] == numbers[row - 1] + 1 and text[:1].islower() and not bullets[row]:
            going_on += 1
            word = text.find(" ")
            above = len(texts[row - 1]) + spaced.get(numbers[row - 1], 0)
            if above + (word if word >= 0 else len(text)) <= most:
                room += numbers[row - 1] not in cut
    return going_on >= _GREEDY_LINES and room * _ROOM_SHARE <= going_on


# How many lines going on below full ones show a text wrapped greedily, and
# the share (one in _ROOM_SHARE) that may leave room: hard breaks in the
# source. Room to spare: cleaning a line may have taken a space or two
# from it (a sentence's two spaces).
_GREEDY_LINES: Final = 8
_ROOM_SHARE: Final = 10
_SPARE: Final = 2


def full_line_above(
    above: Segment, segment: Segment, width: int, written: str | None = None
) -> bool:
    """Whether *segment*, right below *above* and naming nothing, was wrapped from it at *width*.

    Its first word would not have fit on *above* (:func:`did_not_fit`):
    "...between" / "IOM/UN and national governments". Taken below a
    bulleted item only, after a sentence's end too: below an item without a
    bullet, a line may be the next item, and one that ends no sentence and
    is all but as long as the width says nothing. *written* is *above*'s
    line as written, where it is longer than its text ("5.    Support...",
    its number set apart by spaces the wrap counted).
    """
    return (
        segment.number == above.number + 1
        and not names_something(segment.text)
        and did_not_fit(written or above.text, segment.text.partition(" ")[0], width)
    )


def unfinished_full_line_above(
    above: Segment, segment: Segment, width: int, written: Callable[[Segment], str] | None = None
) -> bool:
    """Whether *segment* was wrapped from the line *above*, an item without a bullet, at *width*.

    In a list without bullets a line may as well be the next item: only an
    item that ends no sentence nor list item, on a line the page's width
    filled (:func:`full_line_above`), goes on ("...related databases and
    systems" / "(including iGATOR, MiMOSA, SAR and Amadeus) is a strong
    advantage."). *width* is the page's, not the list's own: a line of a
    short list may be its longest without having been wrapped. *written*
    gives *above*'s line as written (:func:`full_line_above`), asked only
    where the item ends no sentence.
    """
    # "...please refer to:" / "<https://albania.iom.int>": an address alone is
    # no item, and its line did not hold it.
    if not width:  # not wrapped: nothing filled a line
        return False
    ends = _ends_item(above.text) and not (above.text[-1] == ":" and _ADDRESS.match(segment.text))
    if ends:
        return False
    return full_line_above(above, segment, width, written(above) if written else None)


def _ends_item(text: str) -> bool:
    # "...relevant experience;", "...experience; or,", "...as follows:".
    last_word = text[text.rfind(" ") + 1 :]
    if last_word.rstrip(",").lower() in _ALTERNATIVES:
        text = text[: -len(last_word)].rstrip()
    return text.endswith(ITEM_ENDS)


# A web or email address, alone on its line but for the marks around it and a stop.
_ADDRESS: Final = re.compile(
    r"<?(?:https?://|www\.)[^\s<>]+>?[.;]?$|[^\s@<>]+@[\w-]+(?:\.[\w-]+)+[.;]?$"
)

# What ends an item in a list without bullets, and the words that may follow it.
ITEM_ENDS: Final = (".", "!", "?", ";", ":")
_ALTERNATIVES: Final = frozenset({"and", "or", "y", "e", "o", "et", "ou"})


def names_something(text: str) -> bool:
    """Whether *text* begins by naming something, a colon after it: a label, a competency."""
    # "Teamwork: Develops...", "Inclusion and respect for diversity:", not "AAP)** to:".
    # An address's "https:" names nothing either, nor a clause after a comma
    # ("Administration, with four years’ experience: or", an item wrapped at 68).
    colon = text.find(":", 0, _NAME_REACH)
    return (
        colon >= 0
        and not leads_on(text[:colon])
        and not text.startswith("//", colon + 1)
        and ", " not in text[:colon]
    )


def did_not_fit(above: str, word: str, width: int) -> bool:
    """Whether *word* went to the next line because it would not fit after *above*.

    Text wrapped at *width* (greedily, as textwrap and pdftotext wrap)
    moves a word down only then; a *width* of 0 says the text was not
    wrapped.
    """
    return width > 0 and len(above) + 1 + len(word) > width


# How far into a line the colon after an item's name may stand ("Managing and
# sharing knowledge:", "Inclusion and respect for diversity:").
_NAME_REACH: Final = 60


def next_line(segments: list[Segment], index: int) -> Segment | None:
    """The segment on the line right below ``segments[index]``'s; ``None`` where none stands."""
    if index + 1 < len(segments) and segments[index + 1].number == segments[index].number + 1:
        return segments[index + 1]
    return None


def goes_on_below(above: Segment, segment: Segment) -> bool:
    """Whether *segment* goes on with the item *above*, as :func:`wrapped_items` reads it."""
    return not segment.bullet and _goes_on(above, segment)


def _goes_on(above: Segment, segment: Segment) -> bool:
    if segment.number != above.number + 1:
        return False
    # "...cuatro años de experiencia relevante." / "/ High school diploma with...": the
    # other language's half of a bilingual item (a board's, 2025), wrapped onto a line.
    if segment.text.startswith("/ "):
        return True
    if above.text.endswith(STOPS):
        return False
    text = above.text
    last_word = text[text.rfind(" ") + 1 :]
    return (
        segment.text[:1].islower()
        or last_word.lower() in _LEADS_ON
        # "• Grade: Junior level - NO-A, National Professional Officer -" / "Locally
        # recruited position": a dash between the board's parts, the next one below;
        # or the dash below, where the wrap set it (no bullet: _dashes_wrapped()).
        or text[-2:] in DASHES_ALONE
        or segment.text[:2] in _DASH_ITEM_STARTS
        or left_open(text)
        # "...submit their applications to hr@iom.int by 20" / "March 2025.".
        or (segment.text[:1].isalnum() and date_cut(last_word, segment.text))
    )


def left_open(text: str) -> bool:
    """Whether *text* leaves a bracket, a quotation or markdown's bold open, to close below.

    "... (Arabic, Chinese, French, Russian, and" / "Spanish), and/or Dutch",
    "... subject line “**Senior Project" / "Assistant**”".
    """
    return (
        in_bracket(text) or text.count("\u201c") > text.count("\u201d") or text.count("**") % 2 == 1
    )


def in_bracket(text: str) -> bool:
    """Whether *text* leaves a bracket open: "Senior Programme Officer (Labour Mobility"."""
    return brackets_opened(text) > 0


def brackets_opened(text: str) -> int:
    """How many more brackets *text* opens than it closes: a count to add up line by line."""
    return text.count("(") - text.count(")")


# The words after which an item must go on, whatever the next line begins with
# ("...to realize the" / "Organization's goals"). Not "and" or "or", nor a
# comma: "...relevant experience; or," / "Bachelor's degree..." is the next item.
_LEADS_ON: Final = PHRASE_GOES_ON - _ALTERNATIVES


def joined_lines(lines: list[Segment]) -> str:
    """The text of *lines*, each going on from the one above (:func:`joined_text`)."""
    if len(lines) == 1:
        return lines[0].text  # most paragraphs, headings and items
    return joined_texts([line.text for line in lines])


def joined_texts(texts: list[str]) -> str:
    """*texts*, lines each going on from the one above, as one text (:func:`joined_text`).

    Joined once, at the end: a paragraph of thousands of lines, each joined
    to all those above it, took time growing with its length's square. What
    parts two lines depends on the last two characters above only.
    """
    pieces = [texts[0]]
    end = pieces[0][-2:]
    for below in texts[1:]:
        space = "" if _word_cut(end, below) else " "
        pieces += (space, below)
        end = f"{end}{space}{below}"[-2:]
    return "".join(pieces)


def joined_text(above: str, below: str) -> str:
    """*above* and the line *below* it goes on in, as one text."""
    return above + below if _word_cut(above[-2:], below) else f"{above} {below}"


def _word_cut(end: str, below: str) -> bool:
    """Whether the line that *end*s so, and *below*, cut a word at a hyphen: no space between.

    "service-" / "oriented": a hyphen after a letter cuts a word, not a
    sentence; a word goes on after it ("Associate-" / "(Quality
    Control...)" does not).
    """
    return (
        end.endswith("-")
        and end[:1].isalpha()
        and below[:1].isalnum()
        and not _SUSPENDED_BY.match(below)
    )


# The word after a suspended hyphen, which shares its compound's second half:
# "short-" / "to mid-term" (seed 003 at 84), "first-" / "and second-tier"
# (seed 001 at 36 to 39), "pré-" / "et post-natal". No word cut at its hyphen
# goes on with a word and a space: "up-" / "to-date" is joined whole.
_SUSPENDED_BY: Final = re.compile("(?:" + "|".join(sorted(_ALTERNATIVES | {"to"})) + r")\s")


# What ends a sentence, and so an item: a line after it begins anew.
STOPS: Final = (".", "!", "?")
