"""Names misspelt by one letter: the finding (``_near``) and the reference lookups on it."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import iomjobs
from iomjobs import InvalidCountry, InvalidLanguage
from iomjobs._near import (
    SHORTEST,
    NearNames,
    at_most_two_edits_apart,
    one_edit_apart,
    slips_from,
)
from iomjobs.reference import (
    countries_misspelt_as,
    misspelt_country,
    misspelt_language,
    suggested_country,
)


def _edits(first: str, second: str) -> int:
    """The optimal string alignment distance: edits, adjacent swaps counted as one."""
    rows = [[0] * (len(second) + 1) for _ in range(len(first) + 1)]
    for i in range(len(first) + 1):
        rows[i][0] = i
    for j in range(len(second) + 1):
        rows[0][j] = j
    for i in range(1, len(first) + 1):
        for j in range(1, len(second) + 1):
            cost = first[i - 1] != second[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and first[i - 1] == second[j - 2] and first[i - 2] == second[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


_LETTERS = st.text(alphabet="abcn ", max_size=12)


@st.composite
def _edited(draw: st.DrawFn, text: str) -> str:
    """*text* with a letter added, dropped, changed, or two neighbours swapped, once or twice."""
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(text)))
        letter = draw(st.sampled_from("abcn "))
        kind = draw(st.sampled_from(["add", "drop", "change", "swap"]))
        if kind == "add":
            text = text[:at] + letter + text[at:]
        elif kind == "drop" and at < len(text):
            text = text[:at] + text[at + 1 :]
        elif kind == "change" and at < len(text):
            text = text[:at] + letter + text[at + 1 :]
        elif kind == "swap" and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text


_PAIRS = st.one_of(
    st.tuples(_LETTERS, _LETTERS),
    _LETTERS.flatmap(lambda text: st.tuples(st.just(text), _edited(text))),
)


@given(_PAIRS)
@example(("nigerai", "nigeria"))  # two neighbours swapped, not at the end
@example(("abcx", "xabc"))  # a letter dropped at each end: two edits
def test_one_edit_apart_is_an_edit_distance_of_one(pair: tuple[str, str]) -> None:
    first, second = pair
    assert one_edit_apart(first, second) is (_edits(first, second) == 1)


@given(_PAIRS)
@example(("phillipines", "philippines"))  # two letters changed
@example(("lybia", "libya"))
@example(("abcdef", "badcfe"))  # three neighbours swapped: three edits
@example(("abcx", "xabc"))
def test_at_most_two_edits_apart_is_an_edit_distance_of_two_or_less(
    pair: tuple[str, str],
) -> None:
    first, second = pair
    assert at_most_two_edits_apart(first, second) is (_edits(first, second) <= 2)


@given(_PAIRS)
@example(("ukhia", "putkhija"))  # a town of Cox's Bazar, three edits from a name GeoNames knows
@example(("ukhia", "puthia"))  # two edits in five letters: another name
@example(("bossaso", "bosaso"))
@example(("adis abeba", "addis ababa"))  # two edits in a longer name: a slip
@example(("a bcde", "abcdf"))  # five letters with the space left out: one edit only
def test_a_slip_is_one_edit_in_five_letters_or_fewer_and_two_beyond(pair: tuple[str, str]) -> None:
    typed, known = pair
    slips = 1 if len(typed.replace(" ", "")) <= 5 else 2
    assert slips_from(typed, known) is (0 < _edits(typed, known) <= slips)


_NAMES = st.lists(st.text(alphabet="abcn", min_size=1, max_size=12), min_size=1, max_size=12)


@given(_NAMES.flatmap(lambda keys: st.tuples(st.just(keys), _edited(keys[0]) | _LETTERS)))
def test_a_near_name_is_the_one_known_name_one_edit_away(drawn: tuple[list[str], str]) -> None:
    # Checked against every key, the slow way the index spares.
    keys, key = drawn
    known = {name: index for index, name in enumerate(keys)}
    near = [name for name in known if _edits(key, name) == 1]
    values = {known[name] for name in near}
    expected = (
        values.pop()
        if key not in known
        and len(key.replace(" ", "")) >= SHORTEST - 1
        and len(values) == 1
        and any(len(name) >= SHORTEST for name in near)
        else None
    )
    assert NearNames(known).value_of(key) == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # yop.l-frii.com (2025) wrote "Niger/Ngéria": a letter dropped, accent and all.
        ("Ngéria", "NG"),
        ("Nigerai", "NG"),  # two letters swapped
        ("Jordon", "JO"),  # one changed
        ("Barbdos", "BB"),  # one dropped
        ("Kiribaty", "KI"),
        ("Sierra Leon", "SL"),  # a name of two words
        ("Trinidad and Tobbago", "TT"),  # one added
        ("Columbia", "CO"),
        # A letter from two countries' names, or from a short one, says nothing.
        ("Nigera", None),  # Nigeria, or Niger?
        ("Chiba", None),  # a city of Japan, a letter from China
        ("Sedan", None),
        # Known names are no misspelling, nor is a word far from any.
        ("Nigeria", None),
        ("Nigéria", None),
        ("Atlantis", None),
    ],
)
def test_misspelt_country(written: str, code: str | None) -> None:
    assert misspelt_country(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Englsh", "en"),
        ("Englsih", "en"),
        ("Frnch", "fr"),
        ("Yorouba", "yo"),
        ("Pashtu", "ps"),  # as some notices spell Pashto
        ("Portugese", "pt"),
        ("Swahilli", "sw"),
        ("Hindu", None),  # a letter from Hindi, but a word of its own
        ("French", None),
        ("Fluent", None),
    ],
)
def test_misspelt_language(written: str, code: str | None) -> None:
    assert misspelt_language(written) == code


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        # A common misspelling of the Philippines: two letters changed.
        ("Phillipines", {"PH"}),
        ("Lybia", {"LY"}),  # not Syria, two letters off too: the first letter is kept
        ("Kyrgistan", {"KG"}),
        ("Azerbadjan", {"AZ"}),
        # One letter off counts too: a letter from Nigeria, two from Niger.
        ("Nigerai", {"NG", "NE"}),
        ("Nigera", {"NG", "NE"}),
        # A known name, a short one, and one three letters off are none.
        ("Philippines", set()),
        ("Mali", set()),
        ("Mozambic", set()),
        ("Dakar", set()),
    ],
)
def test_countries_misspelt_as(written: str, codes: set[str]) -> None:
    assert countries_misspelt_as(written) == codes


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Jordon", "JO"),  # one letter off, as misspelt_country
        ("Phillipines", "PH"),
        ("Uzbekhistan", "UZ"),
        # Two letters off a name of fewer than eight, or from two countries: nothing.
        ("Lybia", None),
        ("Nigera", None),
        ("Somaliland", None),
    ],
)
def test_suggested_country(written: str, code: str | None) -> None:
    assert suggested_country(written) == code


def test_a_misspelt_country_is_refused_with_the_country_meant() -> None:
    with pytest.raises(InvalidCountry, match=r"'Nigerai' .*; did you mean 'Nigeria'\?$"):
        iomjobs.Country.parse("Nigerai")
    with pytest.raises(InvalidCountry, match=r"'Phillipines' .*; did you mean 'Philippines'\?$"):
        iomjobs.Country.parse("Phillipines")
    with pytest.raises(InvalidCountry) as refused:
        iomjobs.Country.parse("Atlantis")
    assert "did you mean" not in str(refused.value)


def test_a_misspelt_language_is_refused_with_the_language_meant() -> None:
    with pytest.raises(InvalidLanguage, match=r"'Frnch' .*; did you mean 'French'\?$"):
        iomjobs.Language.parse("Frnch")
