"""Dates in the forms notices use, read with babel's month and day names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from iomjobs.parse._dates import find_dates, no_such_day, read_date

FORMS = [
    ("20 February 2024", dt.date(2024, 2, 20)),
    ("Tuesday, 17th February 2026", dt.date(2026, 2, 17)),
    ("April 13 2025", dt.date(2025, 4, 13)),
    ("June 20, 2024", dt.date(2024, 6, 20)),
    ("15 April, 2020", dt.date(2020, 4, 15)),
    ("08 Juillet 2025", dt.date(2025, 7, 8)),
    ("1er août 2025", dt.date(2025, 8, 1)),
    ("mardi 17 février 2026", dt.date(2026, 2, 17)),
    ("15 de marzo de 2024", dt.date(2024, 3, 15)),
    ("martes, 3 de diciembre de 2024", dt.date(2024, 12, 3)),
    ("02.04.2020", dt.date(2020, 4, 2)),
    ("2024-02-20", dt.date(2024, 2, 20)),
    ("5 Sept 2025", dt.date(2025, 9, 5)),
    ("13/12/2025", dt.date(2025, 12, 13)),
    ("2025/04/15", dt.date(2025, 4, 15)),  # year first, as East Asian offices write it
    ("2025/4/5", dt.date(2025, 4, 5)),
    ("15-APR-25", dt.date(2025, 4, 15)),  # Oracle's DD-MON-YY
    ("the 1-Sept.-25 deadline", dt.date(2025, 9, 1)),
    ("08-juil-25", dt.date(2025, 7, 8)),
    # A board's "17 Feb, 26", spaced, where nothing but punctuation follows the year.
    ("17 Feb, 26", dt.date(2026, 2, 17)),
    ("15 April 25", dt.date(2025, 4, 15)),
    ("17 Feb, 26 (midnight Geneva time)", dt.date(2026, 2, 17)),
    ("17 févr. 26 | Dakar", dt.date(2026, 2, 17)),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_reads_each_form(text: str, expected: dt.date) -> None:
    found = read_date(text)
    assert found is not None
    assert found.date == expected
    assert not found.ambiguous


def test_slashed_day_and_month_are_ambiguous() -> None:
    found = read_date("03/12/2025")
    assert found is not None
    assert found.date == dt.date(2025, 12, 3)
    assert found.ambiguous


def test_a_day_above_twelve_settles_the_order() -> None:
    dates = find_dates("From 02/04/2020 to 15/04/2020")
    assert [d.date for d in dates] == [dt.date(2020, 4, 2), dt.date(2020, 4, 15)]
    assert not any(d.ambiguous for d in dates)


def test_a_month_above_twelve_shows_the_month_first() -> None:
    # An American job board's "Application Deadline: 03/15/2024 11:59 PM": the
    # day-first reading is no date; the month-first one is, and so are the others.
    assert [(d.date, d.ambiguous) for d in find_dates("03/15/2024 11:59 PM")] == [
        (dt.date(2024, 3, 15), False)
    ]
    dates = find_dates("From 03/01/2024 to 03/15/2024")
    assert [d.date for d in dates] == [dt.date(2024, 3, 1), dt.date(2024, 3, 15)]
    assert not any(d.ambiguous for d in dates)
    assert find_dates("03.15.2024") == []  # dots are day-first by convention


@pytest.mark.parametrize(
    "text",
    ["30 February 2024", "31/02/2024", "no date here", "2024", "", "15-Foo-25", "ab15-Apr-25",
     "Apr-25", "2024-25-01", "On 15 April 25 people came.", "15 April 25 days"],
)  # fmt: skip
def test_impossible_or_absent_dates(text: str) -> None:
    assert read_date(text) is None


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.sampled_from(["en", "fr", "es", "pt", "pt_PT"]),
    st.sampled_from(["long", "medium", "full"]),
)
def test_reads_what_babel_writes(date: dt.date, locale: str, width: str) -> None:
    """babel's own formatting of a date, in each language, reads back (the oracle)."""
    from babel.dates import format_date  # noqa: PLC0415

    written = format_date(date, format=width, locale=locale)
    found = read_date(written)
    assert found is not None, written
    assert found.date == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page in Windows-1252 read as UTF-8: each accented letter lost.
        ("15 d\ufffdcembre 2025", dt.date(2025, 12, 15)),
        ("1er ao\ufffdt 2024", dt.date(2024, 8, 1)),
        ("23 de mar\ufffdo de 2024", dt.date(2024, 3, 23)),
        ("12 de ma\ufffdo de 2025", dt.date(2025, 5, 12)),  # "mayo" or "maio": May either way
        ("5 \ufffd\ufffd\ufffd 2025", None),
        ("5 C\ufffdte 2025", None),
    ],
)
def test_month_names_whose_letters_were_lost(text: str, expected: dt.date | None) -> None:
    found = read_date(text)
    assert (found.date if found else None) == expected


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.sampled_from(["fr", "es", "pt", "pt_PT"]),
    st.sampled_from(["long", "medium", "full"]),
)
def test_reads_what_babel_writes_with_its_accents_lost(
    date: dt.date, locale: str, width: str
) -> None:
    """babel's date, written in Windows-1252 and read as UTF-8: "3 f\ufffdvr. 2026"."""
    from babel.dates import format_date  # noqa: PLC0415

    written = format_date(date, format=width, locale=locale)
    damaged = written.encode("cp1252", "replace").decode("utf-8", "replace")
    found = read_date(damaged)
    assert found is not None, damaged
    assert found.date == date


@pytest.mark.parametrize(
    ("text", "expected", "misspelt"),
    [
        # Months misspelt by a letter, as notices typed by hand have them.
        ("12 Febuary 2026", dt.date(2026, 2, 12), "Febuary"),
        ("Tuesday, 17th Feburary 2026", dt.date(2026, 2, 17), "Feburary"),
        ("30 Septmber 2025", dt.date(2025, 9, 30), "Septmber"),
        ("Agust 12, 2026", dt.date(2026, 8, 12), "Agust"),
        ("12 févier 2026", dt.date(2026, 2, 12), "févier"),
        ("15 de marzoo de 2026", dt.date(2026, 3, 15), "marzoo"),
        ("12 Marhc 2026", dt.date(2026, 3, 12), "Marhc"),
        # No month's name a letter off: no date.
        ("12 Sunday 2026", None, None),
        ("1 Juen 2026", None, None),  # four letters: too short to tell
        # Spelt right, the date is no misspelling.
        ("12 February 2026", dt.date(2026, 2, 12), None),
    ],
)
def test_a_month_misspelt_by_a_letter(
    text: str, expected: dt.date | None, misspelt: str | None
) -> None:
    found = read_date(text)
    assert (found.date if found else None) == expected
    assert (found.misspelt if found else None) == misspelt


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # IOM El Salvador's call for a consultant (2019): the first day has no year.
        ("5 meses (del 1 abril al 31 agosto 2019)", "1 abril", dt.date(2019, 8, 31)),
        ("del 1 de abril al 31 de agosto de 2019", "1 de abril", dt.date(2019, 8, 31)),
        ("du 1er avril au 31 août 2019", "1er avril", dt.date(2019, 8, 31)),
        ("1 April to 15 April 2025", "1 April", dt.date(2025, 4, 15)),
        ("1 April – 31 August 2019", "1 April", dt.date(2019, 8, 31)),
        ("April 1 - August 31, 2019", "April 1", dt.date(2019, 8, 31)),
    ],
)
def test_a_ranges_first_day_takes_the_year_of_its_last(
    text: str, first: str, last: dt.date
) -> None:
    found = find_dates(text)
    assert [item.date for item in found] == [last.replace(month=4, day=1), last]
    assert text[found[0].start : found[0].end] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Days of one month: the first had been lost, and a posting period read as
        # starting on the last day.
        ("1-15 March 2026", "1-"),
        ("1 – 15 March 2026", "1 – "),
        ("1st to 15th March 2026", "1st to "),
        ("from 1 to 15 March 2026", "from 1 to "),
        ("du 1er au 15 mars 2026", "du 1er au "),
        ("del 1 al 15 de marzo de 2026", "del 1 al "),
        ("de 1 a 15 de março de 2026", "de 1 a "),
        ("March 1-15, 2026", "March 1-"),
        ("March 1 to 15, 2026", "March 1 to "),
    ],
)
def test_a_range_of_days_in_one_month(text: str, first: str) -> None:
    found = find_dates(text)
    assert [item.date for item in found] == [dt.date(2026, 3, 1), dt.date(2026, 3, 15)]
    assert text[found[0].start : found[0].end] == first


@pytest.mark.parametrize(
    "text",
    [
        "Page 3 15 March 2026",  # figures side by side, no dash or word between
        "31-15 March 2026",  # a later day first is no range
        "2-3 years of experience; closing 15 March 2026",
    ],
)
def test_no_range_of_days_without_one(text: str) -> None:
    assert [item.date for item in find_dates(text)] == [dt.date(2026, 3, 15)]


def test_a_ranges_first_day_in_a_later_month_is_in_the_year_before() -> None:
    found = find_dates("1 December to 31 January 2026")
    assert [item.date for item in found] == [dt.date(2025, 12, 1), dt.date(2026, 1, 31)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 April", []),  # no date with a year after it
        ("1 April 2025", [dt.date(2025, 4, 1)]),
        ("31 April to 15 May 2025", [dt.date(2025, 5, 15)]),  # no such day
        ("enero a junio 2023", []),  # months without days
    ],
)
def test_no_first_day_without_a_year_to_take(text: str, expected: list[dt.date]) -> None:
    assert [item.date for item in find_dates(text)] == expected


# How a range's two days are written, by language: the first day's form, the
# last's (with its year) and the words between.
_RANGE_FORMS = {
    "en": ("d MMMM", "d MMMM y", "{first} to {last}"),
    "en_US": ("MMMM d", "MMMM d, y", "{first} - {last}"),
    "fr": ("d MMMM", "long", "du {first} au {last}"),
    "es": ("d 'de' MMMM", "long", "del {first} al {last}"),
    "pt": ("d 'de' MMMM", "long", "de {first} a {last}"),
}


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(min_value=0, max_value=330),
    st.sampled_from(sorted(_RANGE_FORMS)),
)
def test_a_range_written_in_babels_words_reads_both_days(
    first: dt.date, days: int, locale: str
) -> None:
    """babel's day and month, the year after the last day only: both days read back."""
    from babel.dates import format_date  # noqa: PLC0415

    last = first + dt.timedelta(days=days)
    first_form, last_form, joined = _RANGE_FORMS[locale]
    written = joined.format(
        first=format_date(first, format=first_form, locale=locale),
        last=format_date(last, format=last_form, locale=locale),
    )
    assert [found.date for found in find_dates(written)] == [first, last], written


# How a range of days in one month is written, by language: the last day's form
# (with its month and year) and the words before and between.
_DAYS_FORMS = {
    "en": ("d MMMM y", "{first}-{last}"),
    "en_US": ("MMMM d, y", "{month} {first}-{last}"),
    "fr": ("long", "du {first} au {last}"),
    "es": ("long", "del {first} al {last}"),
    "pt": ("long", "de {first} a {last}"),
}


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 30)),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(sorted(_DAYS_FORMS)),
)
def test_a_range_of_days_written_in_babels_words_reads_both_days(
    first: dt.date, days: int, locale: str
) -> None:
    """The first day's figure alone, the last with its month and year: both days read back."""
    from babel.dates import format_date  # noqa: PLC0415

    last = first + dt.timedelta(days=days)
    assume(last.month == first.month)
    last_form, joined = _DAYS_FORMS[locale]
    written = joined.format(
        first=first.day,
        month=format_date(first, format="MMMM", locale=locale),
        last=format_date(last, format=last_form, locale=locale).removeprefix(
            format_date(last, format="MMMM ", locale=locale) if locale == "en_US" else ""
        ),
    )
    assert [found.date for found in find_dates(written)] == [first, last], written


@pytest.mark.parametrize(
    ("text", "expected", "ambiguous"),
    [
        ("15/03/26", dt.date(2026, 3, 15), False),
        ("15.03.26", dt.date(2026, 3, 15), False),
        ("15-03-26", dt.date(2026, 3, 15), False),
        ("03/04/26", dt.date(2026, 4, 3), True),
    ],
)
def test_a_year_of_two_figures_is_read_where_asked(
    text: str,
    expected: dt.date,
    ambiguous: bool,  # noqa: FBT001
) -> None:
    # A date field's value ("Closing Date: 15/03/26"); in prose such figures may be a code.
    assert find_dates(text) == []
    (found,) = find_dates(text, short_years=True)
    assert (found.date, found.ambiguous) == (expected, ambiguous)


def test_a_year_of_two_figures_yields_to_one_of_four() -> None:
    # "15/03/2026 (ref. 12/05/26)": the whole date is the field's.
    found = find_dates("15/03/2026 (ref. 12/05/26)", short_years=True)
    assert [each.date for each in found] == [dt.date(2026, 3, 15)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Closing Date: 31 February 2026", "31 February 2026"),
        ("February 30, 2026", "February 30, 2026"),
        ("31 Feb. 2026", "31 Feb. 2026"),
        ("30 de febrero de 2026", "30 de febrero de 2026"),
        ("31 juin 2026", "31 juin 2026"),
        ("32/01/2026", "32/01/2026"),
        ("2026-13-01", "2026-13-01"),
        # Days of the calendar, either way round; no date at all.
        ("15 March 2026", None),
        ("13/02/2026", None),
        ("02/13/2026", None),
        ("15 March 20266", None),
        ("Closing in 2026 on 45 days", None),
    ],
)
def test_a_date_written_that_names_no_day(text: str, written: str | None) -> None:
    assert no_such_day(text) == written


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_day_of_the_calendar_names_one(day: dt.date) -> None:
    for written in (
        f"{day.day} {day:%B} {day.year}",
        f"{day:%B} {day.day}, {day.year}",
        f"{day:%d/%m/%Y}",
        f"{day:%m/%d/%Y}",
        day.isoformat(),
    ):
        assert no_such_day(written) is None, written
