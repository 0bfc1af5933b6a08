"""Nationalities: the country a notice means by "Dutch nationals" or "nationals of Japan".

A post its government sponsors (IOM's Junior Professional Officers) is open
to that country's nationals only, and its title says so: "JPO - Programme
Officer (Search and Rescue (SAR)) - (Dutch Nationals only)". Neither
pycountry nor babel (CLDR) knows adjectives of nationality; the bundled
``nationalities.json`` holds those of the member states of the United
Nations (and the Cook Islands, Kosovo, Palestine and Taiwan), in English,
and many in French, Spanish and Portuguese, in their four forms
("sénégalaise", "guatemaltecos"): those of the countries whose offices
write notices in those languages, and of the governments that sponsor
junior posts.
A country's name reads too, as notices write it before "nationals":

>>> from iomjobs.reference import country_of_nationality
>>> country_of_nationality("Dutch"), country_of_nationality("SIERRA LEONEAN")
('NL', 'SL')
>>> country_of_nationality("US"), country_of_nationality("Netherlands")
('US', 'NL')

An adjective of two countries is none's: "Congolese" (the Congo, or the
Democratic Republic of the Congo), "Dominican" (the Dominican Republic, or
Dominica):

>>> country_of_nationality("Congolese") is None, country_of_nationality("Dominican") is None
(True, True)
"""

from __future__ import annotations

import functools
from typing import Any

from iomjobs._text import fold, fold_text, require_text
from iomjobs.reference._files import read_bundled
from iomjobs.reference.countries import lookup_country

__all__ = ["country_of_nationality"]


def __dir__() -> list[str]:
    return __all__


@functools.cache
def _file() -> dict[str, Any]:
    return read_bundled("nationalities.json")


def _bundled() -> dict[str, str]:
    """Each English adjective of nationality, as the bundled file writes it, to its country."""
    adjectives: dict[str, str] = _file()["adjectives"]
    return adjectives


@functools.cache
def _adjectives() -> dict[str, str]:
    """Each adjective of nationality, folded (no case, no accents), to its country's code.

    The English ones, and the French, Spanish and Portuguese ones in their
    four forms: "sénégalais", "sénégalaise", "sénégalaises".
    """
    # Folded once each, not through fold()'s cache: some 800 forms would fill it.
    found = {fold_text(adjective): code for adjective, code in _bundled().items()}
    in_languages: dict[str, dict[str, list[str]]] = _file()["adjectives_in"]
    for lang, countries in in_languages.items():
        for code, forms in countries.items():
            for form in map(fold_text, forms):
                found[form] = code
                found.setdefault(_plural(form, lang), code)
    return found


def _plural(folded: str, lang: str) -> str:
    """The plural of the folded adjective *folded* in *lang*, by the rule most follow.

    French adds an "s" where none ends it; Spanish an "s" after a vowel, "es"
    after a consonant ("alemanes"); Portuguese the same, and "is" for an "l"
    ("espanhois"). The others ("alemães") are in the bundled file.
    """
    last = folded[-1]
    if lang == "fr":
        return folded if last in "sx" else f"{folded}s"
    if last in "aeiou":
        return f"{folded}s"
    if lang == "pt" and last == "l":
        return f"{folded[:-1]}is"
    return f"{folded}es"


def country_of_nationality(nationality: str) -> str | None:
    """The alpha-2 code of the country whose nationals *nationality* names, or ``None``.

    *nationality* is an adjective ("Dutch", "Sierra Leonean"; "sénégalaise",
    "guatemaltecos"; any case, accents optional) or a country's name or code
    ("Netherlands", "US"), as a notice writes it before "nationals" or after
    "de nationalité".
    """
    require_text("country_of_nationality", nationality)
    words = " ".join(nationality.split())
    code = _adjectives().get(fold(words))
    if code is None and words:
        code = lookup_country(words)  # "Netherlands nationals", "US nationals"
    return code


@functools.cache
def _first_adjectives() -> dict[str, str]:
    """Each country's code to the first adjective the bundled file gives it ("Dutch")."""
    first: dict[str, str] = {}
    for adjective, code in _bundled().items():
        first.setdefault(code, adjective)
    return first


def adjective_of(code: str) -> str | None:
    """The English adjective of nationality of the country *code* names, or ``None``.

    For messages: "Dutch" for ``"NL"``; ``None`` for a country the bundled
    file gives none (the Congo's, shared with the Democratic Republic's).

    >>> adjective_of("NL"), adjective_of("PH"), adjective_of("CG")
    ('Dutch', 'Filipino', None)
    """
    return _first_adjectives().get(code)
