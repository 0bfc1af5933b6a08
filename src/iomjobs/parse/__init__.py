"""The notice reader: real notice text, in every layout we know, into the models.

:func:`parse_notice` returns a :class:`ParseResult`: the notice, where each
field came from (line spans), what was inferred from the body rather than
read from a label (with the sentence), what the reader doubts, and the
repairs it made to damaged text. Every non-blank line of the source ends up
in a field or in the notice's ``unclassified`` lines.

The stages, one module each: ``_repair`` mends text a code page damaged;
``_segments`` cuts it into cleaned lines; ``_sections`` finds the
headings, the header's labels and a page's front matter; ``_header`` reads
the header's labelled fields and ``_reader`` each section into the models,
with ``_interpret`` (grades, education, contracts, recruitment),
``_places`` (duty stations, countries, regions), ``_dates``,
``_competencies`` (a competency section's items and heading),
``_supervision`` (who supervises the post), ``_titles`` (what the post is
called) and ``_tiers`` (who may apply); ``_html`` (with ``_page_text``)
gives the text an HTML page shows; ``_language`` tells the notice's
language and ``_language_requirements`` reads the languages it requires,
``_record`` keeps the provenance, ``_posts`` cuts a job board's page of
several posts for :func:`parse_notices`. Their words and labels are in
``_vocabulary``; ``_nocase`` searches case-insensitive patterns in text
lowered once.

>>> from iomjobs.parse import parse_notice
>>> result = parse_notice('''
... Position Title: Senior Project Assistant
... Duty Station: Shengjin, Albania
... Classification: General Service Staff, Grade 6
... Closing Date: 20 February 2024
... ''')
>>> result.notice.position.title, str(result.notice.position.grade), result.notice.closing_date
('Senior Project Assistant', 'G6', datetime.date(2024, 2, 20))
>>> result.span_for("$.position.grade")
Span(first_line=4, last_line=4)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Final

import attrs

from iomjobs._files import read_bounded, too_many_bytes
from iomjobs._text import LOST, plain_hyphens
from iomjobs.errors import IomJobsError
from iomjobs.model.language import Language
from iomjobs.model.notice import SourceLine, VacancyNotice
from iomjobs.parse._damage import NOTED, Damage
from iomjobs.parse._decoding import decode
from iomjobs.parse._furniture import is_page_mark
from iomjobs.parse._grid import without_empty_column
from iomjobs.parse._html import html_text, looks_like_html, page_lines
from iomjobs.parse._label_column import joined_label_columns
from iomjobs.parse._language import notice_language
from iomjobs.parse._layout import Layout
from iomjobs.parse._link_list import without_link_marks
from iomjobs.parse._message import is_message, message_text
from iomjobs.parse._pages import numbered_pages, with_page_breaks, without_running_lines
from iomjobs.parse._posts import ONE_OF_SEVERAL, post_parts
from iomjobs.parse._quoted_printable import decoded as quoted_printable
from iomjobs.parse._reader import Reader
from iomjobs.parse._record import Doubt, Inference, Recorder, renumbered
from iomjobs.parse._repair import repair
from iomjobs.parse._sections import layout
from iomjobs.parse._segments import Segment, clean, file_lines, segments
from iomjobs.parse._soft_breaks import separated
from iomjobs.parse._spacing import undoubled
from iomjobs.reference._locales import writes_month_first
from iomjobs.source import Provenance, Repair, Span

__all__ = [
    "MAX_INPUT_CHARACTERS",
    "Doubt",
    "Inference",
    "InputTooLarge",
    "ParseResult",
    "UnreadableInput",
    "docx_text",
    "html_text",
    "parse_html",
    "parse_html_notices",
    "parse_notice",
    "parse_notices",
    "read_text",
]

MAX_INPUT_CHARACTERS = 4_000_000
"""The longest text :func:`parse_notice` reads; a real notice has under 50,000 characters."""


def __dir__() -> list[str]:
    return __all__


class InputTooLarge(IomJobsError, ValueError):  # noqa: N818 -- named after what it is
    """A text longer than :data:`MAX_INPUT_CHARACTERS`, or a file or bytes over 64 MB."""


class UnreadableInput(IomJobsError, OSError):  # noqa: N818
    """A file that could not be read, or bytes that are no text (an image, an Office document)."""


@attrs.frozen
class ParseResult:
    """A notice read from text, and everything the reader knows about how."""

    notice: VacancyNotice
    provenance: Provenance
    inferred: tuple[Inference, ...] = ()
    """Fields read from the body rather than from a label, with their sentences."""
    doubts: tuple[Doubt, ...] = ()
    """Values the reader is not sure of (a date whose day and month may be swapped)."""
    read_lines: tuple[int, ...] = ()
    """The source lines read into fields; the others are in ``notice.unclassified``."""

    @property
    def repairs(self) -> tuple[Repair, ...]:
        """The encoding damage repaired, counted."""
        return self.provenance.repairs

    def span_for(self, path: str) -> Span | None:
        """The source lines of the field at *path* (or of its nearest enclosing field)."""
        return self.provenance.span_for(path)

    def is_inferred(self, path: str) -> bool:
        """Whether the field at *path* was inferred rather than read from a label."""
        return any(inference.path == path for inference in self.inferred)


def parse_notice(source: str | bytes | bytearray | memoryview | os.PathLike[str]) -> ParseResult:
    """Read a notice from its text, its bytes, or a file.

    A ``str`` is the notice's text; a path (``pathlib.Path`` or any
    ``os.PathLike``) names a file; bytes are decoded as their byte order
    mark says, as UTF-16 where a NUL stands beside most characters, as UTF-8,
    or as Windows-1252 where they are not UTF-8. Bytes or a file that hold a
    Word document (``.docx``) are read from the text :func:`docx_text` gives,
    a PDF from its pages' text as pypdf lays it out (the ``pdf`` extra), and
    the result names that text's lines (:func:`read_text` gives it). Text
    taken from a PDF is read without the running heads and feet its pages
    repeat, which are kept among the unclassified lines; a PDF's page pypdf
    cannot read, or reads past damage in, is a doubt on the line the page
    begins on. A Word document cut short is read as far as it goes, and a
    part of one that cannot be read other than its main document passed
    over, each said in a doubt. On text it never raises, except for input
    longer than :data:`MAX_INPUT_CHARACTERS`.

    :raises InputTooLarge: when the text is longer than the limit, the file
        or bytes larger than 64 MB (64,000,000 bytes: no more is read), a
        part of a Word document larger than 64 MB, or a PDF longer than
        1,000 pages.
    :raises UnreadableInput: when a file cannot be read, or the bytes are a
        document of another kind (an Office document other than a Word
        document, an image), a Word document or PDF damaged beyond reading
        (a Word document whose main part cannot be read), a PDF locked by
        a password or showing no text, or a PDF where pypdf is not installed.
    """
    text, damage = _noted_text(source)
    return _with_damage(_notice_in(text), text, damage)


def parse_notices(
    source: str | bytes | bytearray | memoryview | os.PathLike[str],
) -> tuple[ParseResult, ...]:
    """Read every notice a text holds: one for each post of a job board's page of several.

    French boards publish several IOM notices on one page, each under a line
    of its own ("POSTE 1 : ...", "POSTE 2 : ..."; "POSTE : ..." where the
    page counts its posts, "Titre du Poste : 02 postes", or its title marked
    as IOM marks titles, "Chargé(e) de ... (P)", where the page's heading
    counts them, "02 Postes vacants à l’OIM"). Each post is read
    with the lines above the first, what the page says of all its posts
    (the board's closing date, IOM's introduction), and the lines its result
    names are the page's. A post's line gives its title, and the place after
    it its duty station among the places the page lists. Any other text
    gives one result, :func:`parse_notice`'s; *source* is read as it reads
    it, and the same errors are raised.

    >>> from iomjobs.parse import parse_notices
    >>> first, second = parse_notices('''Titre du Poste : 02 postes
    ... Lieu du Travail : Tchad / Guinée
    ... Date de Soumission : 09/01/2026
    ... POSTE 1 : Assistant(e) administratif(ve) – Tchad
    ... Le poste est basé à N'Djamena.
    ... POSTE 2 : Chargé(e) de projet – Guinée
    ... Le poste est basé à Conakry.
    ... ''')
    >>> first.notice.position.title, [str(s.country) for s in first.notice.position.duty_stations]
    ('Assistant(e) administratif(ve)', ['TD'])
    >>> second.notice.position.title, second.span_for("$.position.title")
    ('Chargé(e) de projet', Span(first_line=6, last_line=6))
    >>> second.notice.closing_date
    datetime.date(2026, 1, 9)
    """
    text, damage = _noted_text(source)
    return tuple(_with_damage(result, text, damage) for result in _posts_in(text))


def _posts_in(text: str) -> tuple[ParseResult, ...]:
    """The notice *text* holds, or one for each post of a page of several."""
    parts = post_parts(text)
    if not parts or quoted_printable(text) is not None:  # an email's body as sent: one
        return (_notice_in(text),)
    lines = file_lines(text)
    return tuple(_on_page(_one_post(_lines_of(lines, numbers)), numbers, ()) for numbers in parts)


def _one_post(text: str) -> ParseResult:
    """The notice *text* holds, one post of a page of several."""
    reading = ONE_OF_SEVERAL.set(True)
    try:
        return _notice_in(text)
    finally:
        ONE_OF_SEVERAL.reset(reading)


def _lines_of(lines: list[str], numbers: tuple[int, ...]) -> str:
    """The text of *lines* numbered *numbers* (from 1), one after the other."""
    return "\n".join(lines[number - 1] for number in numbers)


def _noted_text(
    source: str | bytes | bytearray | memoryview | os.PathLike[str],
) -> tuple[str, list[Damage]]:
    """The text of *source*, and the damage its document's reader noted on the way."""
    damage: list[Damage] = []
    listening = NOTED.set(damage)
    try:
        text = _input_text(source)
    finally:
        NOTED.reset(listening)
    return text, damage


def _with_damage(result: ParseResult, text: str, damage: list[Damage]) -> ParseResult:
    """*result* with a doubt for each part of *damage* (a document's, about all of it)."""
    if not damage:
        return result
    doubts = tuple(_damage_doubt(text, damaged) for damaged in damage)
    return attrs.evolve(result, doubts=doubts + result.doubts)


def _notice_in(text: str) -> ParseResult:
    """The notice *text* holds: an email's body as sent, or text as it stands."""
    sent = quoted_printable(text)
    if sent is None:
        repaired, repairs = repair(text)
        return _read_lines(repaired, repairs, text)
    # An email's body as sent: decoded, its lines told on the lines as written.
    text, repairs = repair(sent.text)
    decoding = Repair("quoted-printable (an email's transfer encoding) decoded", sent.escaped)
    read = _read_lines(text, (decoding, *repairs), sent.text)
    return _on_page(read, sent.origins, (), sent.ends)


def _damage_doubt(text: str, damaged: Damage) -> Doubt:
    """A doubt about the whole notice, on the line of *text* the damage is on.

    The document's text is *text* itself, or a part of it (a message's attachment).
    """
    above = text[: max(text.find(damaged.text), 0)]
    return Doubt("$", damaged.message, len(file_lines(above)) - 1 + damaged.line)


def _read_lines(text: str, repairs: tuple[Repair, ...], wrapped: str) -> ParseResult:
    """The notice *text* holds, its lines as a reader of the document sees them.

    Line separators within a paragraph are line ends, doubled line breaks
    single ones, non-breaking hyphens hyphens, a text browser's numbers
    before its links' words none (:func:`without_link_marks`), a grid
    table's rows of an empty cell and another the other's lines
    (:func:`without_empty_column`); the result is told on *text*'s own
    lines. *wrapped* is the text before its repairs, as a wrap at a width
    counted its lines' characters.
    """
    text = without_link_marks(plain_hyphens(text))
    origins: list[tuple[int, ...]] = []
    for relined in (separated, undoubled):
        found = relined(text)
        if found is not None:
            text = found.text
            origins.append(found.origins)
    text = without_empty_column(text)
    # Where lines were cut or joined, they are no longer the wrap's, one for one; a
    # grid table's cell's lines are the wrap's in its column, not the table's.
    result = _read_pages(text, repairs, None if origins else without_empty_column(wrapped))
    for lines in reversed(origins):
        result = _on_page(result, lines, ())
    return result


def _read_pages(text: str, repairs: tuple[Repair, ...], wrapped: str | None) -> ParseResult:
    """The notice *text* holds, its header's wrapped labels whole (a PDF's narrow column).

    *wrapped* is the text before its repairs, line for line, as a wrap at a
    width counted its lines' characters; None where its lines are not *text*'s.
    """
    relabelled = joined_label_columns(text)
    result = _read_paginated(relabelled.text, repairs, None if relabelled.rows else wrapped)
    return _with_rows(result, relabelled.rows) if relabelled.rows else result


def _with_rows(result: ParseResult, rows: tuple[tuple[int, tuple[str, ...]], ...]) -> ParseResult:
    """*result*, each of *rows* read whole: a field read from a row spans its lines.

    The pieces of a label wrapped in its column stand on the row's lines
    below its first, where the text read had them no more. A row not read
    is kept line by line, as it was written.
    """
    written = dict(rows)
    ends = {first: first + len(lines) - 1 for first, lines in rows}
    spans = tuple(
        (path, Span(span.first_line, max(span.last_line, ends[span.first_line])))
        if span.first_line in ends
        else (path, span)
        for path, span in result.provenance.spans
    )
    read = set(result.read_lines)
    read.update(n for first, last in ends.items() if first in read for n in range(first, last + 1))
    kept: list[SourceLine] = []
    for line in result.notice.unclassified:
        if line.line not in written:
            kept.append(line)
            continue
        # A row not read: its lines as written, the label's pieces on theirs.
        for number, row_line in enumerate(written[line.line], start=line.line):
            cleaned = clean(row_line.replace("\f", " "))
            if cleaned:
                kept.append(SourceLine(number, cleaned))
    notice = attrs.evolve(result.notice, unclassified=tuple(kept))
    provenance = Provenance(spans=spans, repairs=result.repairs)
    return attrs.evolve(
        result, notice=notice, provenance=provenance, read_lines=tuple(sorted(read))
    )


def _read_paginated(text: str, repairs: tuple[Repair, ...], wrapped: str | None) -> ParseResult:
    """The notice *text* holds, read without the lines its pages repeat, if any.

    *wrapped* as :func:`_read_pages` has it, for text that repeats none.
    """
    pages = without_running_lines(text)
    if pages is None:
        found = segments(text)
        cut = layout(found, text, wrapped)
        # Text copied out of a PDF's viewer has no form feeds, but its pages'
        # numbers stand where they break: the pages are cut after them.
        marks = [(s.number, s.text) for s in cut.markup if is_page_mark(s.text)]
        breaks = numbered_pages(marks)
        if len(breaks) >= 2:  # noqa: PLR2004 -- one page repeats nothing
            pages = without_running_lines(with_page_breaks(text, breaks))
        if pages is None:
            return _read(text, repairs, (found, cut))
    # A PDF's running heads and feet: the text is read without them, the lines
    # before and after a page break side by side, and they are kept as they stand.
    result = _read(pages.text, repairs)
    result = _on_page(result, pages.origins, ())
    kept = sorted((*result.notice.unclassified, *pages.running), key=lambda line: line.line)
    return attrs.evolve(result, notice=attrs.evolve(result.notice, unclassified=tuple(kept)))


def _laid_out(text: str) -> tuple[list[Segment], Layout]:
    found = segments(text)
    return found, layout(found, text)


def _without(text: str, found: list[Segment], markup: list[Segment]) -> str:
    """*text*, or where it holds *markup*, the lines *found* that are none."""
    if not markup:
        return text
    layout_lines = set(map(id, markup))
    return "\n".join(segment.text for segment in found if id(segment) not in layout_lines)


def _read(
    text: str, repairs: tuple[Repair, ...], laid_out: tuple[list[Segment], Layout] | None = None
) -> ParseResult:
    """The notice *text* holds, read, *repairs* made on the way.

    *laid_out* is *text*'s segments and their layout, where worked out already.
    """
    found, cut = laid_out or _laid_out(text)
    # The language the text is written in, unless the reader finds it said:
    # told from the notice's own words, not a page's or a message's markup.
    language = notice_language(_without(text, found, cut.markup))
    reader = _reader_for(cut, found, language)
    notice = reader.read()
    country = _month_first_country(notice) if reader.guessed_day_first else None
    if country is not None:
        # "Deadline: 8/05/2025" for a post in Washington: where no date of the
        # notice shows the order, its duty station's country tells it, doubted still.
        reader = _reader_for(cut, found, language)
        reader.date_country = country
        notice = reader.read()
    recorder = reader.record
    if looks_like_html(text):
        _doubt_html(text, recorder)
    if LOST in text:
        _doubt_lost_characters(text, recorder)
    provenance = Provenance(spans=recorder.spans(), repairs=repairs)
    return ParseResult(
        notice,
        provenance,
        tuple(recorder.inferred),
        tuple(recorder.doubts),
        recorder.numbers(),
    )


def _reader_for(cut: Layout, found: list[Segment], language: Language | None) -> Reader:
    reader = Reader(cut, Recorder(), found)
    reader.notice["language"] = language
    return reader


def _month_first_country(notice: VacancyNotice) -> str | None:
    """The country all of *notice*'s duty stations are in, if it writes dates month first."""
    countries = {station.country for station in notice.position.duty_stations}
    if len(countries) != 1:
        return None
    (country,) = countries
    return country.code if country is not None and writes_month_first(country.code) else None


def parse_html(source: str | bytes | bytearray | memoryview | os.PathLike[str]) -> ParseResult:
    """Read a notice from an HTML page: its markup, its bytes, or a file.

    The page's text, as :func:`html_text` lays it out, is read; the lines
    the result names (spans, inferences, doubts, unclassified lines) are
    the page's, each the line a text's first visible character stands on.
    Markup alone on a line is no text, and no line of the result.

    >>> from iomjobs.parse import parse_html
    >>> result = parse_html('''<html><body>
    ... <h1>Senior Programme Assistant</h1>
    ... <p>Duty Station: <strong>Berbera, Somaliland</strong></p>
    ... <p>
    ...   Closing Date: 15 April 2020
    ... </p>
    ... </body></html>''')
    >>> result.notice.closing_date, result.span_for("$.closing_date")
    (datetime.date(2020, 4, 15), Span(first_line=5, last_line=5))

    :raises InputTooLarge: when the page is longer than :data:`MAX_INPUT_CHARACTERS`.
    :raises UnreadableInput: when a file cannot be read, or the bytes are a
        document of another kind (a PDF, an Office document, an image).
    """
    (result,) = _page_notices(source, lambda text: (parse_notice(text),))
    return result


def parse_html_notices(
    source: str | bytes | bytearray | memoryview | os.PathLike[str],
) -> tuple[ParseResult, ...]:
    """Read every notice an HTML page holds: one for each post of a job board's page of several.

    The page's text is read as :func:`parse_notices` reads text, and the
    lines each result names are the page's, as :func:`parse_html` names
    them; a page of one post gives one result, :func:`parse_html`'s.

    >>> from iomjobs.parse import parse_html_notices
    >>> page = '''<html><body>
    ... <p>Date de Soumission : 09/01/2026</p>
    ... <p><strong>POSTE 1 : Assistant(e) administratif(ve) – Tchad</strong></p>
    ... <p><strong>POSTE 2 : Chargé(e) de projet – Guinée</strong></p>
    ... </body></html>'''
    >>> first, second = parse_html_notices(page)
    >>> first.notice.position.title, first.span_for("$.position.title")
    ('Assistant(e) administratif(ve)', Span(first_line=3, last_line=3))
    >>> second.notice.position.title, second.span_for("$.position.title")
    ('Chargé(e) de projet', Span(first_line=4, last_line=4))

    :raises InputTooLarge: as :func:`parse_html` raises it.
    :raises UnreadableInput: as :func:`parse_html` raises it.
    """
    return _page_notices(source, _posts_in)


def _page_notices(
    source: str | bytes | bytearray | memoryview | os.PathLike[str],
    read: Callable[[str], tuple[ParseResult, ...]],
) -> tuple[ParseResult, ...]:
    """What *read* reads in the text an HTML page shows, told on the page's lines."""
    page = page_lines(_input_text(source, documents=False))
    left_open = tuple(Doubt("$", unclosed.message(), unclosed.line) for unclosed in page.unclosed)
    results = tuple(_on_page(result, page.origins, left_open) for result in read(page.text))
    if not page.structured:
        return results
    from iomjobs.parse._structured import described, posting_in, with_posting  # noqa: PLC0415

    found = posting_in(page.structured)  # its JSON read once
    shown = described(results, found)
    if shown is not None:
        # A page that shows no notice, its text drawn by a script: the posting's own
        # description is the notice's text, each of its lines on the script's.
        text, script, doubt = shown
        count = text.count("\n") + 1
        firsts, lasts = (script.first_line,) * count, (script.last_line,) * count
        shown_lines = _shown_lines(results[0])  # what the page shows, "Loading...", kept
        results = tuple(
            _with_unclassified(_on_page(result, firsts, (*left_open, doubt), lasts), shown_lines)
            for result in read(text)
        )
    return with_posting(results, found)


def _shown_lines(result: ParseResult) -> tuple[SourceLine, ...]:
    """The paragraphs of *result*'s context, each on its first line."""
    spans = (
        (text, result.span_for(f"$.context[{i}]")) for i, text in enumerate(result.notice.context)
    )
    return tuple(SourceLine(span.first_line, text) for text, span in spans if span is not None)


def _with_unclassified(result: ParseResult, lines: tuple[SourceLine, ...]) -> ParseResult:
    """*result*, *lines* among its notice's unclassified lines, in the page's order."""
    if not lines:
        return result
    unclassified = tuple(sorted((*result.notice.unclassified, *lines), key=lambda s: s.line))
    return attrs.evolve(result, notice=attrs.evolve(result.notice, unclassified=unclassified))


def _on_page(
    result: ParseResult,
    origins: tuple[int, ...],
    page_doubts: tuple[Doubt, ...],
    ends: tuple[int, ...] = (),
) -> ParseResult:
    """*result*, read from a page's text, with the page's lines for the text's.

    *page_doubts* are the page's own, about its markup, on its lines. Each
    line of the text stands on the page's line *origins* gives; where it
    took several (a quoted-printable line cut by soft breaks), *ends* gives
    the last: a field's span ends there, and each line between is read.
    """

    def line(number: int) -> int:
        return origins[number - 1] if 0 < number <= len(origins) else number

    def last(number: int) -> int:
        return ends[number - 1] if 0 < number <= len(ends) else line(number)

    spans = tuple(
        (path, Span(line(span.first_line), last(span.last_line)))
        for path, span in result.provenance.spans
    )
    notice = result.notice
    unclassified = tuple(SourceLine(line(s.line), s.text) for s in notice.unclassified)
    return ParseResult(
        attrs.evolve(notice, unclassified=unclassified),
        Provenance(spans=spans, repairs=result.repairs),
        tuple(attrs.evolve(i, line=line(i.line)) for i in result.inferred),
        page_doubts + tuple(renumbered(doubt, line) for doubt in result.doubts),
        tuple(
            sorted(
                {
                    page
                    for number in result.read_lines
                    for page in range(line(number), last(number) + 1)
                }
            )
        ),
    )


def _doubt_html(text: str, recorder: Recorder) -> None:
    """Say that *text* is an HTML page, read with its markup, on its first line."""
    blank = text[: len(text) - len(text.lstrip())]
    first = 1 + blank.count("\n") + blank.count("\r") - blank.count("\r\n")
    message = (
        "the text is an HTML page, read with its markup: "
        "read it with iomjobs.parse_html(page) instead"
    )
    recorder.doubt("$", message, Segment(first, ""))


_MOST_WORDS_SHOWN: Final = 3
_AROUND_WORDS: Final = ".,;:!?()[]\"'"


def _doubt_lost_characters(text: str, recorder: Recorder) -> None:
    """Say on each line of *text* that holds replacement characters that characters were lost."""
    for number, line in enumerate(file_lines(text), start=1):
        count = line.count(LOST)
        if not count:
            continue
        words = [word.strip(_AROUND_WORDS) for word in line.split() if LOST in word]
        shown = ", ".join(repr(word) for word in words[:_MOST_WORDS_SHOWN])
        more = ", ..." if len(words) > _MOST_WORDS_SHOWN else ""
        lost = "a character was" if count == 1 else f"{count} characters were"
        message = f"{lost} lost before the text was read, each shown as U+FFFD: {shown}{more}"
        recorder.doubt("$", message, Segment(number, ""))


def docx_text(source: bytes | bytearray | memoryview | os.PathLike[str]) -> str:
    """The text of a Word document (``.docx``), laid out as :func:`parse_notice` reads it.

    A paragraph a line, its list number or bullet before it (``1.`` and a
    tab, counted as Word counts them); a table row a line, its cells parted
    by tabs; manual line breaks as line ends, page breaks as form feeds. A
    link's address follows its text in angle brackets where the text does
    not say it. Tracked deletions and field codes are no text (a field's
    result is); page headers come first, footnotes and page footers last.
    The lines of a :class:`ParseResult` read from a Word document are this
    text's.

    :raises UnreadableInput: when the file cannot be read, or holds no Word
        document, or one whose main document cannot be read (the part and
        where in it, for XML that is not well formed). A document cut short
        gives its text as far as it goes, and one of whose other parts
        cannot be read, its text without them: :func:`parse_notice` says so
        in doubts.
    :raises InputTooLarge: when the document, or one of its parts, is larger
        than 64 MB, or its text longer than :data:`MAX_INPUT_CHARACTERS`.
    """
    given: object = source  # callers without type checking may pass anything
    if isinstance(given, os.PathLike):
        data, what = _file_bytes(given), f"{os.fspath(given)!r} is"
    elif isinstance(given, bytes | bytearray | memoryview):
        data, what = _given_bytes(given), "The bytes are"
    else:
        msg = f"Cannot read a Word document from {type(given).__name__}: expected bytes or a path"
        raise UnreadableInput(msg)
    return _limited(_word_text(data, what))


def read_text(source: str | bytes | bytearray | memoryview | os.PathLike[str]) -> str:
    """The text :func:`parse_notice` reads *source* as: the lines its results name.

    A ``str`` as it stands; bytes or a file decoded as :func:`parse_notice`
    decodes them, a Word document's text as :func:`docx_text` lays it out, a
    PDF's pages as pypdf lays them out, each ended by a form feed (a page
    pypdf cannot read, empty).

    :raises InputTooLarge: as :func:`parse_notice` does.
    :raises UnreadableInput: as :func:`parse_notice` does.
    """
    return _input_text(source)


def _input_text(
    source: str | bytes | bytearray | memoryview | os.PathLike[str], *, documents: bool = True
) -> str:
    """The text of *source*, no longer than the limit; a Word document's too, if *documents*."""
    return _limited(_text_of(source, documents=documents))


def _limited(text: str) -> str:
    if len(text) > MAX_INPUT_CHARACTERS:
        msg = f"Input of {len(text)} characters is longer than {MAX_INPUT_CHARACTERS}"
        raise InputTooLarge(msg)
    return text


def _text_of(
    source: str | bytes | bytearray | memoryview | os.PathLike[str], *, documents: bool
) -> str:
    if isinstance(source, str):
        # An email message's source, its body in parts or base64: the text it shows.
        shown = message_text(source, "The text is") if documents and is_message(source) else None
        return source if shown is None else shown
    if isinstance(source, os.PathLike):
        return _decoded(_file_bytes(source), f"{os.fspath(source)!r} is", documents=documents)
    given: object = source  # callers without type checking may pass anything
    if isinstance(given, bytes | bytearray | memoryview):
        return _decoded(_given_bytes(given), "The bytes are", documents=documents)
    msg = f"Cannot read a notice from {type(given).__name__}: expected text, bytes or a path"
    raise UnreadableInput(msg)


def _file_bytes(path: os.PathLike[str]) -> bytes:
    try:
        data, size = read_bounded(path)
    except OSError as error:
        msg = f"Cannot read {os.fspath(path)!r}: {error.strerror or error}"
        raise UnreadableInput(msg) from None
    _refuse_too_many(len(data), size, f"{os.fspath(path)!r} is")
    return data


def _given_bytes(given: bytes | bytearray | memoryview) -> bytes:
    _refuse_too_many(memoryview(given).nbytes, 0, "The bytes are")
    return bytes(given)


def _refuse_too_many(count: int, size: int, what: str) -> None:
    """Raise :class:`InputTooLarge` where *count* bytes are more than a notice's file holds."""
    too_many = too_many_bytes(count, size, what)
    if too_many is not None:
        raise InputTooLarge(too_many)


# Documents that are no text, by how their bytes begin: read as text, they
# would give a notice of nothing, or of their markup, without a word.
_DOCUMENTS: tuple[tuple[bytes, str, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        (
            "a Word 97-2003 document, an Outlook message (.msg), a password-protected Office "
            "document or another OLE file"
        ),
        "save it as .docx (without a password), a message as .eml, or either as text first",
    ),
    (b"{\\rtf", "an RTF document", "save it as .docx or as plain text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "a scanned notice needs its text recognized first"),
    (b"\xff\xd8\xff", "a JPEG image", "a scanned notice needs its text recognized first"),
    (b"GIF8", "a GIF image", "a scanned notice needs its text recognized first"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
)


def _decoded(data: bytes, what: str, *, documents: bool) -> str:
    """The text *data* holds; :class:`UnreadableInput` where it is a document of another kind.

    A Word document's text is read where *documents* is true.
    """
    if data.startswith(_ZIP):
        if documents:
            return _word_text(data, what)
        msg = f"{what} a ZIP archive (a Word document?), not a page: read it with parse_notice()"
        raise UnreadableInput(msg)
    if data.startswith(_PDF):
        if documents:
            return _pdf_text(data, what)
        msg = f"{what} a PDF document, not a page: read it with parse_notice()"
        raise UnreadableInput(msg)
    for start, kind, advice in _DOCUMENTS:
        if data.startswith(start):
            msg = f"{what} {kind}, not text: {advice}"
            raise UnreadableInput(msg)
    shown = message_text(data, what) if documents and is_message(data) else None
    if shown is not None:
        return shown
    text = decode(data)
    _refuse_binary(text, what)
    return text


def _refuse_binary(text: str, what: str) -> None:
    """Raise :class:`UnreadableInput` where *text* begins as no text does: control characters.

    A program or an archive of a kind the reader does not know decodes to
    text of a sort, which would be read as a notice's context. Tabs, line
    and page breaks are text's own; a stray NUL or two in a text, as some
    editors leave them, is let be.
    """
    start = text[:_BINARY_LOOK]
    controls = [found.start() for found in _CONTROL.finditer(start)]
    if len(controls) > max(_STRAY_CONTROLS, len(start) // _CONTROL_SHARE):
        msg = (
            f"{what} binary data, not text: {len(controls)} control characters in its first "
            f"{len(start)}, the first at character {controls[0]}"
        )
        raise UnreadableInput(msg)


# How much of a text is looked at for control characters, how many are let be, and the
# share of them (one in this many characters) that makes it no text.
_BINARY_LOOK: Final = 4096
_STRAY_CONTROLS: Final = 8
_CONTROL_SHARE: Final = 20
# The control characters no text holds: all below a space but tab, line and page
# breaks (\t \n \v \f \r) and escape (\x1b). Looked for by sre, not a character
# at a time: the loop had cost a tenth of reading a notice.
_CONTROL: Final = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"


def _word_text(data: bytes, what: str) -> str:
    from iomjobs.parse._docx import word_text  # noqa: PLC0415 -- zipfile, XML: when one comes

    return word_text(data, what)


def _pdf_text(data: bytes, what: str) -> str:
    from iomjobs.parse._pdf import pdf_text  # noqa: PLC0415 -- pypdf: when a PDF comes

    return pdf_text(data, what, MAX_INPUT_CHARACTERS)
