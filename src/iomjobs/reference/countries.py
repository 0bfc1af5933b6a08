"""ISO 3166-1 countries: codes, names in English, French, Spanish and Portuguese, aliases.

Italian and German names are read too, as job boards that copy IOM's
notices write them ("Belo Horizonte, Brasile").

pycountry holds the ISO list, babel (CLDR) the names in other languages, and
a small data file the names notices use that neither knows (``Turkey``,
``Kosovo``). Everything is loaded on first use.

>>> from iomjobs.reference import lookup_country, country_name
>>> lookup_country("Tanzania, the United Republic of")
'TZ'
>>> lookup_country("Cote d'Ivoire"), lookup_country("Türkiye"), lookup_country("Kosovo")
('CI', 'TR', 'XK')
>>> country_name("CI", "fr")
'Côte d’Ivoire'
>>> lookup_country("Aruba (Netherlands)"), lookup_country("Netherlands (Kingdom of the)")
('AW', 'NL')
>>> lookup_country("Atlantis") is None
True
>>> lookup_country("IT"), lookup_country("IT", codes=False), lookup_country("UK", codes=False)
('IT', None, 'GB')

A name whose characters were lost before it was read, each shown as the
replacement character, is known by what is left, where one country fits:

>>> lookup_country("C\ufffdte d\ufffdIvoire"), lookup_country("T\ufffdrkiye")
('CI', 'TR')

A name misspelt by one letter is no country's, but says which it meant;
one misspelt by two, where the name is long or something else narrows the
choice:

>>> lookup_country("Nigerai") is None, misspelt_country("Nigerai")
(True, 'NG')
>>> suggested_country("Phillipines"), countries_misspelt_as("Lybia")
('PH', frozenset({'LY'}))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, Final

from iomjobs._near import NearNames, at_most_two_edits_apart
from iomjobs._text import LOST, fold, fold_text, known_despite_losses, require_text
from iomjobs.reference._files import read_bundled
from iomjobs.reference._iso import records
from iomjobs.reference._locales import BOARD_LOCALES, NAME_LOCALES, cldr_locale

__all__ = [
    "countries_misspelt_as",
    "country_name",
    "is_country_code",
    "lookup_country",
    "misspelt_country",
    "suggested_country",
]


def __dir__() -> list[str]:
    return __all__


@functools.cache
def _data() -> dict[str, Any]:
    return read_bundled("countries.json")


@functools.cache
def _codes() -> frozenset[str]:
    return frozenset(_by_alpha_2()) | frozenset(_data()["extra_codes"])


@functools.cache
def _by_alpha_3() -> dict[str, dict[str, str]]:
    return {country["alpha_3"]: country for country in records("countries")}


@functools.cache
def _by_alpha_2() -> dict[str, dict[str, str]]:
    return {country["alpha_2"]: country for country in records("countries")}


def is_country_code(code: object) -> bool:
    """Whether *code* is an ISO 3166-1 alpha-2 code (or ``XK``), in capitals."""
    return isinstance(code, str) and code in _codes()


def _key(name: str) -> str:
    # "Congo (the)", "Gambia, The" and "the United Republic of" all drop "the".
    words = fold(name).split()
    if any(len(word) == 1 for word in words):
        words = _spelt_out_joined(words)
    return " ".join(word for word in words if word != "the")


def _spelt_out_joined(words: list[str]) -> list[str]:
    """*words* with each run of two or more single letters made one word.

    "U.S.A." and "D.R. Congo" fold to "u s a" and "d r congo": the letters
    of one abbreviation, dotted, keyed as "USA" and "DR Congo" are. A single
    letter alone stays a word ("Côte d'Ivoire", "Bósnia e Herzegovina").
    """
    joined: list[str] = []
    letters: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1:
            letters.append(word)
            continue
        joined.extend(["".join(letters)] if len(letters) > 1 else letters)
        letters = []
        if word:
            joined.append(word)
    return joined


@functools.cache
def _index() -> dict[str, str]:
    """Every name read, folded: the notices' languages' and the job boards' (BOARD_LOCALES)."""
    return _unambiguous([*_notice_names(), *_keyed(_cldr_names(BOARD_LOCALES))])


@functools.cache
def _notice_index() -> dict[str, str]:
    """The names in the notices' own languages: what a misspelt name is measured against.

    Not the boards' Italian and German ones, which would widen the net for
    words no notice misspells ("Mozambic" is three letters from any name
    of Mozambique a notice writes, two from German "Mosambik").
    """
    return _unambiguous(_notice_names())


@functools.cache
def _notice_names() -> tuple[tuple[str, str], ...]:
    """ISO's names, CLDR's in the notices' languages and the data file's aliases: keyed."""
    names = [
        (value, country["alpha_2"])
        for country in records("countries")
        for field in ("name", "official_name", "common_name")
        if (value := country.get(field))
    ]
    return _keyed([*names, *_cldr_names(NAME_LOCALES)], _data()["aliases"].items())


def _cldr_names(locales: tuple[str, ...]) -> list[tuple[str, str]]:
    """The countries' names in CLDR's *locales*, with their codes."""
    from babel import Locale  # noqa: PLC0415 -- lazy: keeps ``import iomjobs`` cheap

    return [
        (value, code)
        for locale in locales
        for code, value in Locale.parse(locale).territories.items()
        if is_country_code(code)
    ]


def _keyed(
    names: list[tuple[str, str]], aliases: Iterable[tuple[str, str]] = ()
) -> tuple[tuple[str, str], ...]:
    """*names* less the ignored ones, with *aliases*, each keyed as lookups are."""
    ignored = {_key(name) for name in _data()["ignored_names"]}
    kept = [(name, code) for name, code in names if _key(name) not in ignored]
    kept.extend(aliases)
    # ISO writes "Congo, The Democratic Republic of the"; notices the other way round.
    kept.extend((_uninvert(name), code) for name, code in kept if "," in name)
    return tuple((_key(name), code) for name, code in kept)


def _unambiguous(keyed: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each key with its country, but keys two countries share."""
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for key, code in keyed:
        if index.setdefault(key, code) != code:
            ambiguous.add(key)
    # A name two countries share says nothing: better no answer than a guess.
    for key in ambiguous:
        del index[key]
    return index


def _uninvert(name: str) -> str:
    head, _, tail = name.partition(",")
    return f"{tail} {head}"


# Country names recur from notice to notice (member-state lists name dozens):
# each spelling is looked up once.
@functools.lru_cache(maxsize=4096)
def lookup_country(text: str, *, codes: bool = True) -> str | None:
    """The alpha-2 code of the country *text* names, or ``None``.

    *text* may be an alpha-2 or alpha-3 code, or a name in English, French,
    Spanish or Portuguese (or Italian or German, as job boards write it:
    ``"Brasile"``, ``"Deutschland"``), with or without accents, in any case. With
    ``codes=False`` only names are read, the short ones notices use
    included: ``"IT"`` and ``"and"`` are then no country, ``"UK"`` and
    ``"DRC"`` still are.
    """
    require_text("lookup_country", text)
    stripped = text.strip()
    code = _by_code(stripped) if codes else None
    if code is not None:
        return code
    code = _index().get(_key(stripped))
    if code is None and "." in stripped and (spelt := _spelt_out(stripped)) != stripped:
        return lookup_country(spelt, codes=False)
    if code is None and stripped.endswith(")") and "(" in stripped:
        return _with_parenthesis(stripped)
    if code is None and LOST in stripped:
        # "C\ufffdte d\ufffdIvoire": each replacement character a character lost.
        return known_despite_losses(stripped, _index(), _key)
    return code


@functools.lru_cache(maxsize=1024)
def misspelt_country(text: str) -> str | None:
    """The alpha-2 code of the country *text* names with one letter wrong, or ``None``.

    One letter added, dropped or changed, or two swapped: "Nigerai" and
    "Ngéria" are Nigeria, "Sierra Leon" Sierra Leone. ``None`` for a name
    :func:`lookup_country` knows, for one a letter from a name of fewer
    than six letters ("Chiba" is a city, not China), and for one as near
    two countries' names ("Nigera": Nigeria or Niger?).

    A suggestion, not a reading: "Luanda" is Angola's capital, and a letter
    from "Ruanda", as Spanish and Portuguese write Rwanda.

    >>> misspelt_country("Ngéria"), misspelt_country("Sierra Leon"), misspelt_country("Luanda")
    ('NG', 'SL', 'RW')
    >>> misspelt_country("Nigeria") is None, misspelt_country("Nigera") is None
    (True, True)
    """
    require_text("misspelt_country", text)
    if lookup_country(text) is not None:
        return None
    return _near_names().value_of(_key(text))


@functools.cache
def _near_names() -> NearNames[str]:
    return NearNames(_notice_index())


@functools.lru_cache(maxsize=1024)
def countries_misspelt_as(text: str) -> frozenset[str]:
    """The countries *text* may misspell by one or two letters.

    "Phillipines" is two letters from "Philippines", as "Syria" is from
    "Libya": two letters off say which country was meant only where
    something else narrows the choice (the countries the gazetteer places
    the station's city in, say). Names of five letters or more count, that
    begin as *text* does; none for a name :func:`lookup_country` knows.

    >>> sorted(countries_misspelt_as("Phillipines")), sorted(countries_misspelt_as("Lybia"))
    (['PH'], ['LY'])
    >>> countries_misspelt_as("Dakar"), countries_misspelt_as("Libya")
    (frozenset(), frozenset())
    """
    require_text("countries_misspelt_as", text)
    key = _key(text)
    if len(key.replace(" ", "")) < _TWO_LETTERS_FROM or lookup_country(text) is not None:
        return frozenset()
    return frozenset(
        code
        for known, code in _keys_by_initial().get(key[:1], ())
        if at_most_two_edits_apart(key, known)
    )


def suggested_country(text: str) -> str | None:
    """The country to suggest for *text*, which names none: for a message, not a reading.

    A name one letter off (:func:`misspelt_country`), or one of eight
    letters or more two letters off, where one country fits.

    >>> suggested_country("Nigerai"), suggested_country("Phillipines"), suggested_country("Lybia")
    ('NG', 'PH', None)
    """
    require_text("suggested_country", text)
    meant = misspelt_country(text)
    if meant is not None or len(_key(text).replace(" ", "")) < _TWO_LETTERS_FROM_ANY:
        return meant
    fitting = countries_misspelt_as(text)
    return next(iter(fitting)) if len(fitting) == 1 else None


# The fewest letters a name two letters off may have, and to be suggested
# where nothing narrows the choice.
_TWO_LETTERS_FROM = 5
_TWO_LETTERS_FROM_ANY = 8


@functools.cache
def _keys_by_initial() -> dict[str, list[tuple[str, str]]]:
    """The names of five letters or more, with their countries, by their first letter."""
    by_initial: dict[str, list[tuple[str, str]]] = {}
    for key, code in _notice_index().items():
        if len(key.replace(" ", "")) >= _TWO_LETTERS_FROM:
            by_initial.setdefault(key[:1], []).append((key, code))
    return by_initial


def _by_code(text: str) -> str | None:
    """The alpha-2 code of the country whose alpha-2 or alpha-3 code *text* is, in any case."""
    if len(text) == 2 and is_country_code(text.upper()):  # noqa: PLR2004
        return text.upper()
    if len(text) == 3 and text.isalpha():  # noqa: PLR2004
        country = _by_alpha_3().get(text.upper())
        if country is not None:
            code: str = country["alpha_2"]
            return code
    return None


# The articles of IOM's other languages and Portuguese, as "the" in "Congo (the)".
_ARTICLES = frozenset({"le", "la", "les", "l", "el", "los", "las", "a", "o", "os", "as"})


def _spelt_out(name: str) -> str:
    """*name* with the words the UN's short names abbreviate written out.

    "Micronesia (Fed. States of)", "Iran (Islamic Rep. of)", "United Rep.
    of Tanzania" (the UN's statistical names); "Micronesia (Fed. States)"
    (IOM's list of non-represented member states, 2022).
    """
    return _ABBREVIATED.sub(lambda found: _ABBREVIATIONS[found.group(1)], name)


_ABBREVIATIONS: Final = {"Fed": "Federated", "Rep": "Republic", "Dem": "Democratic"}
_ABBREVIATED: Final = re.compile(r"\b(Fed|Rep|Dem)\.")


def _with_parenthesis(text: str) -> str | None:
    """The country of a name with a parenthesis that ISO's own spellings do not explain.

    "Netherlands (Kingdom of the)" is "Kingdom of the Netherlands", and
    "Micronesia (Federated States)" the Federated States of Micronesia;
    "Aruba (Netherlands)", as member-state lists write it, is Aruba, the
    parenthesis naming the state it belongs to.
    """
    outer, _, inner = text[:-1].rpartition("(")
    outer, inner = outer.strip(), inner.strip()
    if not outer or not inner:
        return None
    if fold(inner) in _ARTICLES:  # "Congo (le)", as ISO's "Congo (the)" in French
        return _index().get(_key(outer))
    code = _index().get(_key(f"{inner} {outer}")) or _index().get(_key(f"{inner} of {outer}"))
    if code is None and _index().get(_key(inner)) is not None:
        code = _index().get(_key(outer))
    return code


def countries_run_together(
    text: str, *, open_end: bool = False
) -> tuple[tuple[str, str | None], ...] | None:
    """The countries *text* names one after another, nothing between them: (name, code) each.

    A job board that strips punctuation (drjobpro, 2025) leaves a member-state
    list as "Antigua and Barbuda Bahamas Congo (the) GuineaBissau Lao Peoples
    Democratic Republic": no commas, hyphens or apostrophes. Each name is the
    longest run of words that names a country by name (not by code: "and" is
    Andorra's), its spelling matched without punctuation or spaces. ``None``
    unless every word belongs to a name. With *open_end*, the last words may
    begin a name that a line's end cut ("... Dominica Federated States of"),
    kept with no code.

    >>> countries_run_together("Antigua and Barbuda Bahamas GuineaBissau")
    (('Antigua and Barbuda', 'AG'), ('Bahamas', 'BS'), ('GuineaBissau', 'GW'))
    >>> countries_run_together("Antigua and Barbuda, the Bahamas and others") is None
    True
    >>> countries_run_together("Bahamas Federated States of", open_end=True)
    (('Bahamas', 'BS'), ('Federated States of', None))
    """
    words = text.split()
    found: list[tuple[str, str | None]] = []
    at = 0
    while at < len(words):
        for end in range(min(len(words), at + MOST_NAME_WORDS), at, -1):
            name = " ".join(words[at:end])
            code = _by_name(name)
            if code is not None:
                found.append((name, code))
                at = end
                break
        else:
            rest = " ".join(words[at:])
            if open_end and _squashed(rest) in _name_starts():
                return (*found, (rest, None))
            return None
    return tuple(found)


MOST_NAME_WORDS = 8
"""The most words a country's name holds: "United Kingdom of Great Britain and Northern Ireland"."""


def _by_name(name: str) -> str | None:
    code = _index().get(_key(name))
    if code is None and name.endswith(")") and "(" in name:
        code = _with_parenthesis(name)
    if code is None and (squashed := _squashed(name)):
        code = _squashed_index().get(squashed)
    return code


def _squashed(name: str) -> str:
    # "Lao People's Democratic Republic (the)" and "Lao Peoples Democratic
    # Republic", "Guinea-Bissau" and "GuineaBissau": letters and digits alone.
    return "".join(word for word in _WORDS.findall(fold(name)) if word != "the")


_WORDS = re.compile(r"[^\W_]+")


@functools.cache
def _squashed_index() -> dict[str, str]:
    return _unambiguous((_squashed(key), code) for key, code in _index().items())


@functools.cache
def _name_starts() -> frozenset[str]:
    # The first words of every name, squashed: "federated", "federatedstates",
    # "federatedstatesof" of "Federated States of Micronesia".
    starts: set[str] = set()
    for key in _index():
        words = [word for word in _WORDS.findall(key) if word != "the"]
        starts.update("".join(words[:count]) for count in range(1, len(words)))
    return frozenset(starts)


# Shorter names are words of prose too ("opt", "ira"): not looked for in it.
_SHORTEST_NAME_IN_PROSE: Final = 4


@functools.cache
def _names_by_code() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for key, code in _index().items():
        if len(key) >= _SHORTEST_NAME_IN_PROSE:
            names.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in names.items()}


def countries_named_in(text: str, among: Iterable[str]) -> frozenset[str]:
    """Which of the countries *among* (alpha-2 codes) *text* names, as words of it.

    By the names :func:`lookup_country` knows of four letters or more, in
    any case and with or without accents:

    >>> text = "People transiting through and residing in Libya."
    >>> sorted(countries_named_in(text, ["GR", "LB", "LY"]))
    ['LY']
    >>> sorted(countries_named_in("IOM Liban et la Grèce", ["GR", "LB", "LY"]))
    ['GR', 'LB']
    """
    words = f" {fold_text(text)} "
    return frozenset(
        code
        for code in among
        if any(f" {name} " in words for name in _names_by_code().get(code, ()))
    )


def country_name(code: str, locale: str = "en") -> str:
    """The name of the country *code* in *locale* (``en``, ``fr``, ``es``, ``pt_BR``...).

    :raises InvalidValue: for a locale CLDR does not know.
    """
    require_text("country_name", code)
    name = cldr_locale(locale, "country_name").territories.get(code)
    if name is not None:
        return str(name)
    country = _by_alpha_2().get(code.upper())
    if country is None:
        return str(_data()["extra_codes"].get(code, code))
    return country["name"]
