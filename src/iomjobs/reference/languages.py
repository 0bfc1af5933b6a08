"""ISO 639 languages: codes, names in English, French, Spanish and Portuguese.

A language is written as its ISO 639-1 code where it has one (``en``,
``sq``) and as its ISO 639-3 code otherwise (``prs``, Dari). Names are read in
English, French, Spanish and Portuguese through babel (CLDR) and pycountry:

>>> from iomjobs.reference import lookup_language, language_name
>>> lookup_language("Albanian"), lookup_language("anglais"), lookup_language("inglés")
('sq', 'en', 'en')
>>> language_name("en", "es")
'inglés'
>>> lookup_language("the local language") is None
True
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from iomjobs._near import NearNames
from iomjobs._text import LOST, fold, fold_text, known_despite_losses, require_text
from iomjobs.reference._files import read_bundled
from iomjobs.reference._iso import records
from iomjobs.reference._locales import NAME_LOCALES, cldr_locale

__all__ = [
    "is_language_code",
    "language_name",
    "languages_named_in_notices",
    "lookup_language",
    "misspelt_language",
    "official_languages",
    "un_official_languages",
]


def __dir__() -> list[str]:
    return __all__


@functools.cache
def _data() -> dict[str, Any]:
    return read_bundled("languages.json")


def official_languages() -> tuple[str, ...]:
    """IOM's official languages as codes, from the reference data file."""
    return tuple(_data()["iom_official"]["codes"])


def un_official_languages() -> tuple[str, ...]:
    """The six official languages of the United Nations, as codes."""
    return tuple(_data()["un_official"]["codes"])


def languages_named_in_notices() -> tuple[str, ...]:
    """Languages with no ISO 639-1 code that notices name (Dari, Tetum...), as codes.

    Most ISO 639-3 names are rare languages whose names are also ordinary
    words or names; the reader takes a language with only a 639-3 code from
    a notice's text when it is one of these, from the reference data file.

    >>> "prs" in languages_named_in_notices()
    True
    """
    return tuple(_data()["named_in_notices"]["codes"])


def language_aliases() -> dict[str, str]:
    """The names of languages the data file adds to ISO's and CLDR's, with their codes (internal).

    "Kiswahili", "Mooré", "Sereer": as notices spell them.
    """
    return dict(_data()["aliases"])


def read_by_name(code: str) -> bool:
    """Whether the reader takes language *code* from a name in a notice's text (internal).

    ISO 639-1 languages, and the few 639-3 ones notices name: rarer 639-3
    names collide with ordinary words ("Delaware").
    """
    return len(code) == 2 or code in languages_named_in_notices()  # noqa: PLR2004


@functools.lru_cache(maxsize=4096)
def language_named_by(word: str) -> str | None:
    """The language a word of a notice's text names, as the reader and the rules read it (internal).

    Remembered per word: notices reuse a small vocabulary. A word whose
    characters were lost ("espa\ufffdol") is one of those languages' names
    where only one fits.
    """
    if LOST in word:
        return known_despite_losses(word, _read_by_name_index())
    code = lookup_language(word)
    return code if code is not None and read_by_name(code) else None


@functools.lru_cache(maxsize=4096)
def misspelt_language(word: str) -> str | None:
    """The language *word* names with one letter wrong, or ``None``.

    One letter added, dropped or changed, or two swapped: "Frnch",
    "Englsih", "Yorouba". Only the languages the reader takes from a name
    (:func:`languages_named_in_notices` and those with an ISO 639-1 code);
    ``None`` for a name :func:`lookup_language` knows, for one a letter from
    a name of fewer than six letters ("Hindu" is no misspelt Hindi), and
    for one as near two languages' names. Remembered per word, as
    :func:`language_named_by`.

    >>> misspelt_language("Frnch"), misspelt_language("Englsih"), misspelt_language("Pashtu")
    ('fr', 'en', 'ps')
    >>> misspelt_language("French") is None, misspelt_language("Fluent") is None
    (True, True)
    """
    require_text("misspelt_language", word)
    if lookup_language(word) is not None:
        return None
    return _near_names().value_of(fold(word))


@functools.cache
def _near_names() -> NearNames[str]:
    return NearNames(_read_by_name_index())


@functools.cache
def _read_by_name_index() -> dict[str, str]:
    return {name: code for name, code in _index().items() if read_by_name(code)}


def words_naming(code: str) -> frozenset[str]:
    """The words of the names the reader takes language *code* from, folded (internal).

    ``words_naming("ht")`` holds "haitian" and "creole". For a set's
    lookups, where each word of a sentence is asked whether it names a
    language read from it.
    """
    return _words_naming().get(code, frozenset())


@functools.cache
def _words_naming() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for name, code in _read_by_name_index().items():
        words.setdefault(code, set()).update(_NAME_WORD.findall(name))
    return {code: frozenset(found) for code, found in words.items()}


_NAME_WORD: Final = re.compile(r"[^\W_][^\W_]*")


def _code(language: dict[str, str]) -> str:
    """The code iomjobs writes a language with: ISO 639-1 where it has one, else 639-3."""
    return language.get("alpha_2") or language["alpha_3"]


@functools.cache
def _codes() -> frozenset[str]:
    return frozenset(_code(language) for language in records("languages"))


def is_language_code(code: object) -> bool:
    """Whether *code* is a canonical language code: ISO 639-1, else ISO 639-3."""
    return isinstance(code, str) and code in _codes()


@functools.cache
def _alpha_3_to_code() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in records("languages"):
        code = _code(language)
        table[language["alpha_3"]] = code
        bibliographic = language.get("bibliographic")
        if bibliographic:
            table[bibliographic] = code
    return table


@functools.cache
def _index() -> dict[str, str]:
    from babel import Locale  # noqa: PLC0415 -- lazy: keeps ``import iomjobs`` cheap

    names: list[tuple[str, str]] = []
    for locale in NAME_LOCALES:
        for code, value in Locale.parse(locale).languages.items():
            if is_language_code(code):
                names.append((value, code))
    for language in records("languages"):
        code = _code(language)
        for field in ("name", "common_name", "inverted_name"):
            value = language.get(field)
            if value:
                names.append((value, code))
    ignored = {fold_text(name) for name in _data()["ignored_names"]["names"]}
    index: dict[str, str] = {}
    # Each name folded once, past fold()'s cache: some 20,000 names would
    # cost more through it, and evict the words that recur.
    for name, code in names:
        folded = fold_text(name)
        if folded not in ignored:
            # babel's names come first: the widely used language keeps the
            # name when a rarer ISO 639-3 entry shares it.
            index.setdefault(folded, code)
    for name, code in _data()["aliases"].items():
        index.setdefault(fold_text(name), code)
    return index


def lookup_language(text: str) -> str | None:
    """The code of the language *text* names, or ``None``.

    *text* may be a code (ISO 639-1, 639-2 or 639-3) or a name in English,
    French, Spanish or Portuguese, with or without accents, in any case.
    """
    require_text("lookup_language", text)
    stripped = text.strip()
    lowered = stripped.lower()
    if len(lowered) == 2 and is_language_code(lowered):  # noqa: PLR2004
        return lowered
    if len(lowered) == 3 and lowered in _alpha_3_to_code():  # noqa: PLR2004
        return _alpha_3_to_code()[lowered]
    code = _index().get(fold(stripped))
    if code is None and LOST in stripped:
        return _with_lost_characters(stripped)
    return code


@functools.lru_cache(maxsize=256)
def _with_lost_characters(name: str) -> str | None:
    """The one language *name* can be, each replacement character in it a character lost."""
    return known_despite_losses(name, _index())


@functools.lru_cache(maxsize=4096)
def language_name(code: str, locale: str = "en") -> str:
    """The name of the language *code* in *locale* (``en``, ``fr``, ``es``, ``pt_BR``...).

    :raises InvalidValue: for a locale CLDR does not know.
    """
    require_text("language_name", code)
    name = cldr_locale(locale, "language_name").languages.get(code)
    if name is not None:
        return str(name)
    return _english_names().get(code.lower(), code)


@functools.cache
def _english_names() -> dict[str, str]:
    """ISO 639's name of each language, by its code as written (and by its 639-3 code)."""
    names: dict[str, str] = {}
    for language in records("languages"):
        names[language["alpha_3"]] = names[_code(language)] = language["name"]
    return names
