"""Reading dates as notices write them, in English, French, Spanish and Portuguese (internal).

Month and day names come from babel's CLDR data, wide and abbreviated, with
and without accents, so "08 Juillet 2025", "15 de marzo de 2024", "23 de
outubro de 2024" and "Tuesday, 17th February 2026" all read. Numeric dates
are day first, as IOM writes them; "03/12/2025" is read as 3 December and
marked ambiguous, unless a date that only one order reads ("15/04/2025",
"11/20/2025") shows which, in the value or elsewhere in the notice. A
month's name misspelt by a letter between a day and a year ("12 Febuary
2026") is that month's, and the date says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Final

import attrs

from iomjobs._near import NearNames
from iomjobs._text import LOST, fold, known_despite_losses

_LOCALES: Final = ("en", "fr", "es", "pt")


@attrs.frozen
class FoundDate:
    """A date read from text: where it stood, and whether day and month could be swapped."""

    date: dt.date
    start: int
    end: int
    ambiguous: bool = False
    misspelt: str | None = None
    """The month's name as written, where it is a letter off the month's ("Febuary")."""
    month_first: bool = False
    """Whether a numeric date was read month first ("8/05/2025" as 5 August)."""

    @property
    def month_name(self) -> str:
        """The month's name in English, as a doubt names it."""
        from babel.dates import get_month_names  # noqa: PLC0415

        return str(get_month_names("wide", locale="en")[self.date.month])


@functools.cache
def _months() -> dict[str, int]:
    from babel.dates import get_month_names  # noqa: PLC0415 -- babel's data loads on first use

    months: dict[str, int] = {}
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                key = fold(name)
                if key:
                    months.setdefault(key, number)
    # "Sept" is how English notices abbreviate September; CLDR says "Sep".
    months.setdefault("sept", 9)
    return months


@functools.cache
def babel_days() -> tuple[tuple[int, str], ...]:
    """Each weekday's name, folded, wide and short, in the four languages; its day (0 Monday)."""
    from babel.dates import get_day_names  # noqa: PLC0415

    return tuple(
        (day, fold(name))
        for locale in _LOCALES
        for width in ("wide", "abbreviated")
        for day, name in get_day_names(width, locale=locale).items()
    )


@functools.cache
def _day_names() -> tuple[str, ...]:
    names = {name for _, name in babel_days()}
    return tuple(sorted(names, key=len, reverse=True))


@functools.cache
def _weekdays() -> dict[str, int]:
    """Each weekday's name, without its stop ("lun."), and its day (0 Monday)."""
    days = {name.rstrip("."): day for day, name in babel_days()}
    # English notices' own shortenings beside CLDR's "Tue", "Wed", "Thu".
    return days | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}


def weekday_misnamed(text: str, found: FoundDate, since: int = 0) -> str | None:
    """The weekday written with *found* in *text* where it is not *found*'s own, else ``None``.

    "Closing Date: Monday, December 15, 2026": 15 December 2026 is a
    Tuesday, so the day or the weekday is wrong. The weekday is read at the
    date's start or right before it, after *since* (the date before's end).
    """
    written = _weekday_written(text, found, since)
    if written is None or written[1] == found.date.weekday():
        return None
    return written[0]


def settled_by_weekday(text: str, found: FoundDate, since: int = 0) -> FoundDate:
    """*found*, whose day and month could be swapped, in the order its weekday tells, if it does.

    "Closing Date: Thursday, 04/12/2025": 4 December 2025 is a Thursday, 12
    April a Saturday, so the date is 4 December and no longer ambiguous.
    Where both orders or neither fall on the weekday, *found* stays as it is.
    """
    written = _weekday_written(text, found, since) if found.ambiguous else None
    if written is None:
        return found
    try:
        swapped = found.date.replace(month=found.date.day, day=found.date.month)
    except ValueError:
        return found
    day = written[1]
    if (found.date.weekday() == day) == (swapped.weekday() == day):
        return found
    if found.date.weekday() == day:
        return attrs.evolve(found, ambiguous=False)
    return attrs.evolve(found, date=swapped, month_first=not found.month_first, ambiguous=False)


def _weekday_written(text: str, found: FoundDate, since: int) -> tuple[str, int] | None:
    """The weekday's name written with *found* in *text*, and its day (0 Monday), if one is."""
    written = _WEEKDAY.match(text, found.start, found.end) or _WEEKDAY_BEFORE.search(
        text, since, found.start
    )
    if written is None or is_month_name(written.group(1)):
        return None  # "Mar 15, 2026": March, no Tuesday ("mar.")
    day = _weekdays().get(fold(written.group(1)))
    return (written.group(1), day) if day is not None else None


# A weekday's name, its stop and comma, and the article or word before the day: "Monday,
# ", "lundi le ", "mar. ", "segunda-feira, ", "Tuesday the ".
_WEEKDAY: Final = re.compile(r"([^\W\d_]+(?:-feira)?)\.?,?\s+(?:(?:le|el|o|on|the)\s+)?")
_WEEKDAY_BEFORE: Final = re.compile(_WEEKDAY.pattern + "$")


@functools.cache
def _month_names() -> str:
    """The months' names as one alternation, the longest first ("sept" before "sep")."""
    return "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = _month_names()
    days = "|".join(map(re.escape, _day_names()))
    # Matched against folded text: lower case, no accents, punctuation as spaces.
    day_first = re.compile(
        # "1er", "1st"; Portuguese "1º", folded to "1o".
        rf"\b(?:(?:{days})\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th|er|o)?\s+(?:de\s+|of\s+)?"
        rf"({months})\s+(?:de\s+|del\s+)?(\d{{4}})\b"
    )
    month_first = re.compile(
        rf"\b(?:(?:{days})\s+)?({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})\b"
    )
    return day_first, month_first


_NUMERIC: Final = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d.])")
# The same with a year of two figures: "15/03/26".
_SHORT_NUMERIC: Final = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])")
_MONTHS_A_YEAR: Final = 12  # a number above it in a date is its day
# Year first: ISO's "2025-04-15", and "2025/04/15" as East Asian offices write it.
_ISO: Final = re.compile(r"(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)")
# Oracle's "15-APR-25": a month's name between day and a year of two digits.
_DASHED_SHORT_YEAR: Final = re.compile(r"(?<![\w-])(\d{1,2})-([^\W\d_]{3,9})\.?-(\d{2})(?![\w-])")
# A board's "17 Feb, 26": the same, spaced, where nothing but a line's end or
# its punctuation follows the year ("17 Feb, 26 people attended" holds none).
_SPACED_SHORT_YEAR: Final = re.compile(
    r"(?<![\w-])(\d{1,2}) ([^\W\d_]{3,9})\.?,? (\d{2})(?=\s*(?:$|[|;()\]]))"
)


# The orders of day and month that a text's numeric dates may show.
DAY_FIRST: Final = "day"
MONTH_FIRST: Final = "month"


def numeric_order(text: str) -> str | None:
    """The order *text*'s numeric dates show, :data:`DAY_FIRST` or :data:`MONTH_FIRST`, if any.

    "15/04/2025" shows the day first (no month is 15), "11/20/2025" the month
    first; a text whose dates show both, or neither, shows none.

    >>> numeric_order("Posting Period: 11/20/2025 - 12/04/2025"), numeric_order("03/04/2025")
    ('month', None)
    """
    return _order_shown(list(_NUMERIC.finditer(text)))


def _order_shown(numeric: list[re.Match[str]]) -> str | None:
    """The order the numeric dates *numeric* show (see :func:`numeric_order`)."""
    if any(int(match.group(1)) > _MONTHS_A_YEAR for match in numeric):
        return DAY_FIRST
    month_first = any(
        int(match.group(3)) > _MONTHS_A_YEAR and match.group(2) != "." for match in numeric
    )
    return MONTH_FIRST if month_first else None


def find_dates(
    text: str, order: str | None = None, *, assumed: bool = False, short_years: bool = False
) -> list[FoundDate]:
    """Every date in *text*, in order. Positions are in the folded text, which keeps length.

    A numeric date whose day and month could be swapped ("03/04/2025") is
    read in the order *text* shows, else in *order* (that the rest of the
    notice shows, :func:`numeric_order`), else day first and marked ambiguous.
    An *order* *assumed* (the duty station's country's, not shown by the
    notice) reads it so, but it stays ambiguous. With *short_years*, numeric
    dates with a year of two digits are dates too ("15/03/26", a date
    field's value as boards write it; in prose, such figures may be a code).
    """
    found: list[FoundDate] = []
    folded = _fold_keeping_length(text)
    if LOST in text:
        folded = _months_despite_losses(text, folded)
    day_first, month_first = _patterns()
    for match in day_first.finditer(folded):
        _add(found, match, int(match.group(3)), _months()[match.group(2)], int(match.group(1)))
    for match in month_first.finditer(folded):
        _add(found, match, int(match.group(3)), _months()[match.group(1)], int(match.group(2)))
    _add_ranges(found, text, folded)
    for match in _ISO.finditer(text):
        _add(found, match, int(match.group(1)), int(match.group(3)), int(match.group(4)))
    _add_short_years(found, text)
    if not found:
        _add_misspelt_months(found, text, folded)
    numeric = list(_NUMERIC.finditer(text))
    if short_years and not numeric:
        numeric = list(_SHORT_NUMERIC.finditer(text))
    # "15.04.2020" beside "02.04.2020" shows the text writes the day first;
    # "03/15/2024" (an American job board's), that it writes the month first.
    shown_here = _order_shown(numeric)
    shown = shown_here or order
    assumed = assumed and shown_here is None
    day_first_shown = shown == DAY_FIRST
    month_first_shown = shown == MONTH_FIRST
    for match in numeric:
        day, month = int(match.group(1)), int(match.group(3))
        if month_first_shown and match.group(2) != ".":
            swappable = assumed and month <= 12 and day != month  # noqa: PLR2004
            year = _year(match.group(4))
            _add(found, match, year, day, month, ambiguous=swappable, month_first=True)
            continue
        # Dots are day-first by convention; slashes and dashes may be month-first.
        ambiguous = (
            match.group(2) != "." and not day_first_shown and day <= 12 and day != month  # noqa: PLR2004
        )
        _add(found, match, _year(match.group(4)), month, day, ambiguous=ambiguous)
    found.sort(key=lambda item: item.start)
    return _without_overlaps(found)


def _year(written: str) -> int:
    # Two figures are this century's: notices are all of it.
    return int(written) + (_CENTURY if len(written) == _SHORT_YEAR else 0)


_CENTURY: Final = 2000
_SHORT_YEAR: Final = 2


def _add_ranges(found: list[FoundDate], text: str, folded: str) -> None:
    """Add the first days of *text*'s ranges, which leave their year, or month, to the last."""
    apart = _DAYS_APART.search(text) is not None  # most texts hold no range of days
    if found:  # a range's first day borrows the year of a date that has one
        _add_range_starts(found, folded)
        if apart:
            _add_days_apart(found, text, folded, month_first=False)
    elif apart:
        _add_days_apart(found, text, folded, month_first=True)


def _add_range_starts(found: list[FoundDate], folded: str) -> None:
    """Add the first day of each range in *folded* that leaves the year to its last.

    "5 meses (del 1 abril al 31 agosto 2019)" (IOM El Salvador's call for a
    consultant, 2019), "1 April to 15 April 2025", "April 1 - August 31,
    2019": the first day is in the last day's year, or the year before
    where its month comes later in the year ("1 December to 31 January 2026").
    """
    day_first, month_first = _range_patterns()
    for match in day_first.finditer(folded):
        last = _months()[match.group(4)], int(match.group(5))
        _add_first(found, match, _months()[match.group(2)], int(match.group(1)), last)
    for match in month_first.finditer(folded):
        last = _months()[match.group(3)], int(match.group(5))
        _add_first(found, match, _months()[match.group(1)], int(match.group(2)), last)


def _add_first(
    found: list[FoundDate], match: re.Match[str], month: int, day: int, last: tuple[int, int]
) -> None:
    last_month, last_year = last
    year = last_year if month <= last_month else last_year - 1
    _add(found, match, year, month, day, end=match.end(2))  # the day and the month


def _add_days_apart(found: list[FoundDate], text: str, folded: str, *, month_first: bool) -> None:
    """Add the days of each range of days in one month of *folded*: "1-15 March 2026".

    "Du 1er au 15 mars 2026", "del 1 al 15 de marzo de 2026", "1st to 15th
    March 2026": the first day is in the last one's month and year; month
    first ("March 1-15, 2026"), the last day is added too, which no other
    pattern reads without its month. A dash or a word stands between the
    days (*text* shows which: folding makes a dash a space), and the first
    is the earlier; "Page 3 15 March 2026" is no range.
    """
    day_first_pattern, month_first_pattern = _day_range_patterns()
    pattern = month_first_pattern if month_first else day_first_pattern
    for match in pattern.finditer(folded):
        day, last = int(match.group("day")), int(match.group("last"))
        if day < last and text[match.start("between") : match.end("between")].strip():
            month, year = _months()[match.group("month")], int(match.group("year"))
            _add(found, match, year, month, day, end=match.end("between"))
            if month_first:
                _add_at(found, year, month, last, (match.start("last"), match.end()))


def _add_at(found: list[FoundDate], year: int, month: int, day: int, span: tuple[int, int]) -> None:
    """Add the date, where it is one, that stands at *span*."""
    try:
        found.append(FoundDate(dt.date(year, month, day), *span))
    except ValueError:
        return


# Two days with a dash or a word between them, as a range of days in one month has.
# The words between a range's two days ("to", "au", "al", "a", "hasta", "até" folded),
# and what may follow a day's figure ("1st", "1er", Portuguese "1º" folded to "1o").
_RANGE_WORDS: Final = r"to|till|until|through|al|au|a|hasta|ate"
_ORDINAL: Final = r"(?:st|nd|rd|th|er|o)?"
_DAYS_APART: Final = re.compile(
    rf"\d{_ORDINAL}(?:\s*[-\u2010-\u2015]\s*|\s+(?:{_RANGE_WORDS}|até)\s+)\d", re.IGNORECASE
)


@functools.cache
def _day_range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = _month_names()
    # Matched against folded text, where a dash is a space: the words between the days,
    # group "between", are checked in the text itself.
    between = rf"(?P<between>\s+(?:(?:{_RANGE_WORDS})\s+)?)"
    day_first = re.compile(
        rf"\b(?:(?:from|du|del|de)\s+)?(?P<day>\d{{1,2}}){_ORDINAL}{between}"
        rf"(?=(?P<last>\d{{1,2}}){_ORDINAL}\s+(?:de\s+|of\s+)?(?P<month>{months})\s+"
        rf"(?:de\s+|del\s+)?(?P<year>\d{{4}})\b)"
    )
    month_first = re.compile(
        rf"\b(?P<month>{months})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{between}"
        rf"(?P<last>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<year>\d{{4}})\b"
    )
    return day_first, month_first


@functools.cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = _month_names()
    # A day and month, a word between ("to", "al", "au", "a", "hasta", "hasta el")
    # or only the dash folded to a space, and a whole date after (looked ahead at,
    # and found by _patterns() itself). Each pattern holds five groups.
    between = rf"(?:(?:{_RANGE_WORDS})\s+(?:el\s+|o\s+|ao\s+)?)?"
    day_first = re.compile(
        rf"\b(\d{{1,2}}){_ORDINAL}\s+(?:de\s+|of\s+)?({months})\s+{between}"
        rf"(?=(\d{{1,2}}){_ORDINAL}\s+(?:de\s+|of\s+)?({months})\s+"
        rf"(?:de\s+|del\s+)?(\d{{4}})\b)"
    )
    month_first = re.compile(
        rf"\b({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+{between}"
        rf"(?=({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})\b)"
    )
    return day_first, month_first


def _add_short_years(found: list[FoundDate], text: str) -> None:
    """Add the dates of *text* with a month's name and a year of two digits ("15-APR-25")."""
    for short_year in (_DASHED_SHORT_YEAR, _SPACED_SHORT_YEAR):
        for match in short_year.finditer(text):
            month = _months().get(fold(match.group(2)))
            if month is not None:
                _add(found, match, 2000 + int(match.group(3)), month, int(match.group(1)))


def _add_misspelt_months(found: list[FoundDate], text: str, folded: str) -> None:
    """Add the dates of *folded* whose month's name is misspelt by a letter: "12 Febuary 2026".

    Only where no date was found otherwise: between a day and a year, a
    word a letter from one month's name (and far from the others) can
    only be that month.
    """
    if not _A_YEAR.search(folded):
        return
    for match in _DAY_WORD_YEAR.finditer(folded):
        month = _near_months().value_of(match.group(2))
        if month is not None:
            written = text[match.start(2) : match.end(2)]
            _add(found, match, int(match.group(3)), month, int(match.group(1)), misspelt=written)
    for match in _WORD_DAY_YEAR.finditer(folded):
        month = _near_months().value_of(match.group(1))
        if month is not None:
            written = text[match.start(1) : match.end(1)]
            _add(found, match, int(match.group(3)), month, int(match.group(2)), misspelt=written)


@functools.cache
def _near_months() -> NearNames[int]:
    # Between a day and a year, five letters tell a month ("Marhc", "marzoo").
    return NearNames(_months(), shortest=_SHORTEST_MONTH)


_SHORTEST_MONTH: Final = 5


_A_YEAR: Final = re.compile(r"\b(?:19|20)[0-9][0-9]\b")
# In folded text, as _patterns(): a day, a word, a year; a word, a day, a year.
_DAY_WORD_YEAR: Final = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|er|o)?\s+(?:de\s+|of\s+)?([a-z]{4,12})\s+(?:de\s+|del\s+)?(\d{4})\b"
)
_WORD_DAY_YEAR: Final = re.compile(r"\b([a-z]{4,12})\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})\b")


def _add(
    found: list[FoundDate],
    match: re.Match[str],
    year: int,
    month: int,
    day: int,
    *,
    ambiguous: bool = False,
    misspelt: str | None = None,
    end: int | None = None,
    month_first: bool = False,
) -> None:
    """Add the date *match* wrote, up to *end* (the match's end by default), if it is one."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return
    stop = match.end() if end is None else end
    found.append(FoundDate(date, match.start(), stop, ambiguous, misspelt, month_first))


def _without_overlaps(found: list[FoundDate]) -> list[FoundDate]:
    kept: list[FoundDate] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


_ASCII_WORDS: Final = str.maketrans(
    {chr(code): " " for code in range(128) if not chr(code).isalnum()}
)


def _fold_keeping_length(text: str) -> str:
    # fold() may change length (NFKD, "&"); here each character maps to one.
    if text.isascii():
        return text.lower().translate(_ASCII_WORDS)
    return "".join(_fold_char(ch) for ch in text)


@functools.lru_cache(maxsize=1024)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    return folded if len(folded) == 1 else (" " if not folded else folded[0])


def _months_despite_losses(text: str, folded: str) -> str:
    """*folded*, each word of *text* whose letters were lost a month's name where one alone fits.

    "15 d\ufffdcembre 2025" had been no date; "d\ufffdcembre" can only be
    "décembre". The name is put in place where it is the word's length,
    as folding keeps each character's place.
    """
    for start, end in _words_with_losses(text):
        word = text[start:end]
        names = _months_of_length(len(word))
        month = known_despite_losses(word, names, fewest_kept=_FEWEST_KEPT_OF_MONTH)
        if month is not None:
            name = next(name for name, number in names.items() if number == month)
            folded = folded[:start] + name + folded[end:]
    return folded


def _words_with_losses(text: str) -> list[tuple[int, int]]:
    """Where each word of *text* with a character lost in it (U+FFFD) starts and ends."""
    found = []
    at = text.find(LOST)
    while at >= 0:
        start, end = at, at + 1
        while start and (text[start - 1].isalpha() or text[start - 1] == LOST):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] == LOST):
            end += 1
        found.append((start, end))
        at = text.find(LOST, end)
    return found


# Between a day and a year, and among the few names of its length, a word
# keeping two letters is a month ("ao\ufffdt", "d\ufffdc.": "dec", "dic").
_FEWEST_KEPT_OF_MONTH: Final = 2


@functools.cache
def _months_of_length(length: int) -> dict[str, int]:
    return {name: number for name, number in _months().items() if len(name) == length}


def is_month_name(word: str) -> bool:
    """Whether *word* names a month, in English, French or Spanish: "octobre", "Sept.", "mayo"."""
    return fold(word.rstrip(",.")) in _months()


def date_cut(last_word: str, below: str) -> bool:
    """Whether a line that ends in *last_word* was wrapped inside a date that *below* ends.

    After its day, the month and the year below ("... by 20" / "March
    2025."), or after its month ("au 12 octobre" / "2019", "to September" /
    "15, 2019").
    """
    if last_word.isdigit():
        month = _MONTH_AND_YEAR.match(below)
        return len(last_word) <= 2 and month is not None and is_month_name(month.group(1))  # noqa: PLR2004
    return _DATE_AFTER_MONTH.match(below) is not None and is_month_name(last_word)


# What of a date may follow its day, and what may follow its month.
_MONTH_AND_YEAR: Final = re.compile(r"(\w+\.?),? (?:19|20)[0-9][0-9]\b")
_DATE_AFTER_MONTH: Final = re.compile(r"(?:[0-3]?[0-9],? )?(?:19|20)[0-9][0-9]\b")


def find_month(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The one month *text* names with its year and no day, as its first day, and where.

    "April 2026", "avril 2026", "abril de 2026", "Sept. 2026": an estimated
    start a notice gives by its month. ``None`` where *text* names no such
    month, or two ("November 2025 – May 2026" is a period).

    >>> find_month("abril de 2026")
    (datetime.date(2026, 4, 1), (0, 13))
    """
    found = find_months(text)
    return found[0] if len(found) == 1 else None


def find_months(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Every month *text* names with its year and no day, as its first day, and where.

    >>> [first for first, _ in find_months("November 2025 – May 2026")]
    [datetime.date(2025, 11, 1), datetime.date(2026, 5, 1)]
    """
    return [
        (dt.date(int(match.group("year")), _months()[fold(match.group("month"))], 1), match.span())
        for match in _MONTH_WITH_YEAR.finditer(text)
        if is_month_name(match.group("month"))
        # "30 February 2026" writes a day, one the calendar has not: no month alone.
        and not _DAY_BEFORE.search(text, 0, match.start())
    ]


def first_month_before(text: str, last: tuple[dt.date, tuple[int, int]]) -> dt.date | None:
    """The first month of a range that leaves its year to *last*, its last month, in *text*.

    "enero a junio 2023" (IOM Guatemala's terms of reference, 2023),
    "November – May 2026": January 2023, November 2025 (the year before,
    where the first month comes later in the year).

    >>> text = "5.2 meses (enero a junio 2023)"
    >>> first_month_before(text, find_months(text)[0])
    datetime.date(2023, 1, 1)
    """
    match = _MONTH_BEFORE_RANGE.search(text, 0, last[1][0])
    if match is None or not is_month_name(match.group("month")):
        return None
    month = _months()[fold(match.group("month"))]
    return dt.date(last[0].year - (month > last[0].month), month, 1)


# A month's name and a year: "April 2026", "Sept. 2026", "abril de 2026".
_MONTH_WITH_YEAR: Final = re.compile(
    r"\b(?P<month>[^\W\d_]{3,10})\.?,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,  # "MAYO DE 2026"
)
# A month and the dash or word that starts a range after it: "enero a ", "November – ".
_MONTH_BEFORE_RANGE: Final = re.compile(
    r"\b(?P<month>[^\W\d_]{3,10})\.?\s*"
    rf"(?:[-\u2013\u2014]|\s(?:{_RANGE_WORDS}|à|até))\s*$",
    re.IGNORECASE,
)
# A day's figure right before a month: "30 February", "30 de febrero", "the 30th of".
_DAY_BEFORE: Final = re.compile(r"\d(?:st|nd|rd|th|er|o|º)?\.?\s+(?:de\s+|of\s+)?$", re.IGNORECASE)


def read_date(text: str, order: str | None = None) -> FoundDate | None:
    """The first date in *text*, or ``None``; *order* as :func:`find_dates` takes it."""
    dates = find_dates(text, order)
    return dates[0] if dates else None


def no_such_day(text: str) -> str | None:
    """The date *text* writes that names no day of the calendar, or ``None``.

    "31 February 2026", "February 30, 2026", "32/01/2026", "2026-13-01":
    a date's field whose value reads as no date holds a slip of the pen,
    which a reader should hear of. A day and month that read as a date
    either way round are a day.

    >>> no_such_day("Closing Date: 31 February 2026"), no_such_day("15 March 2026")
    ('31 February 2026', None)
    """
    folded = _fold_keeping_length(text)
    for match in _NAMED_DAY_FIRST.finditer(folded):
        month = _months().get(match.group(2))
        if month is not None and not _is_day(int(match.group(3)), month, int(match.group(1))):
            return text[match.start() : match.end()]
    for match in _NAMED_MONTH_FIRST.finditer(folded):
        month = _months().get(match.group(1))
        if month is not None and not _is_day(int(match.group(3)), month, int(match.group(2))):
            return text[match.start() : match.end()]
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not (_is_day(year, second, first) or _is_day(year, first, second)):
            return match.group(0)
    for match in _ISO.finditer(text):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not _is_day(year, month, day):
            return match.group(0)
    return None


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# A day, a month's name and a year, in folded text, its abbreviation too ("31 Feb. 2026");
# and a month's name first ("February 30, 2026").
_NAMED_DAY_FIRST: Final = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|er|o)?\s+(?:de\s+|of\s+)?([a-z]{3,12})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b"
)
_NAMED_MONTH_FIRST: Final = re.compile(
    r"\b([a-z]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
)
