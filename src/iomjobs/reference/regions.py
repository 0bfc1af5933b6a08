"""Regions: the states, provinces and governorates a notice may name between city and country.

A duty station written "Maiduguri, Borno State, Nigeria" has a city, a
region and a country; "Bangkok, Dakar, Nigeria" would have two cities.
:func:`is_region` tells the two apart: a name is a region when it says so
("Borno State", "Kurdistan Region", "Province du Nord-Kivu") or when ISO
3166-2 (pycountry) lists it among the country's first-level subdivisions.
pycountry writes those in the country's own spelling ("Nord-Kivu", "Arbīl"),
so a region named in English without a region word may go unrecognised
(the regions notices name most often are known besides: "North Kivu",
"Puntland", "KRI"); the reader then keeps the words together as the city,
as written. A region may also be written as its ISO 3166-2 code, in
capitals, as job boards write a state ("Denver, CO, United States"):

>>> from iomjobs.reference import is_region
>>> is_region("Borno State", "NG"), is_region("Borno", "NG"), is_region("Adamawa", "NG")
(True, True, True)
>>> is_region("Dakar", "NG"), is_region("Dakar", "SN")
(False, True)
>>> is_region("CO", "US"), is_region("co", "US"), is_region("CO", "MZ")
(True, False, False)

:func:`countries_of_region` names the countries a region belongs to, for
a station written "Yola, Adamawa" with no country:

>>> from iomjobs.reference import countries_of_region
>>> sorted(countries_of_region("Adamawa")), sorted(countries_of_region("Kivu"))
(['NG'], [])

:func:`territory_of` reads a territory written with the country it belongs
to, "Aruba, Netherlands" or "Puerto Rico, USA": ISO 3166-1 gives it a code
of its own, which ISO 3166-2 also lists among that country's subdivisions:

>>> from iomjobs.reference import territory_of
>>> territory_of("Aruba", "NL"), territory_of("Hong Kong", "CN"), territory_of("Aruba", "US")
('AW', 'HK', None)
>>> territory_of("Georgia", "US"), territory_of("Mali", "GN")
(None, None)
"""

from __future__ import annotations

import functools
import re
from typing import Final

from iomjobs._text import fold, fold_text, require_text
from iomjobs.reference._iso import records
from iomjobs.reference.countries import lookup_country

__all__ = ["countries_of_region", "is_region", "territory_of"]


def __dir__() -> list[str]:
    return __all__


# The words that make a name a region's, in IOM's three languages and Portuguese.
_REGION_WORD = re.compile(
    r"\b(?:state|province|region|governorate|district|county|department|division|prefecture"
    r"|oblast|territory|etat|departement|gouvernorat|wilaya|provincia|estado|departamento"
    r"|distrito|regiao)\b"
)


def is_region(name: str, country: str) -> bool:
    """Whether *name* names a region (a state, province...) of *country*, an alpha-2 code.

    True when *name* holds a region word in English, French, Spanish or
    Portuguese (``State``, ``Province``, ``Région``, ``Gouvernorat``,
    ``Departamento``, ``Província``...),
    or when it is, without such a word, the name of one of *country*'s
    first-level subdivisions in ISO 3166-2, or its code there in capitals
    ("CO", Colorado, for ``US``), or a region that notices name and ISO
    3166-2 lists otherwise or not at all: Somalia's federal member states
    ("Puntland", "Jubaland") and Somaliland, the Kurdistan Region of Iraq
    ("Kurdistan", "KRI"), Iraq's governorates in English ("Ninewa"),
    "Darfur", "North Kivu", "Metro Manila", "BARMM", "West Bank".

    >>> is_region("Puntland", "SO"), is_region("KRI", "IQ"), is_region("North Kivu", "CD")
    (True, True, True)
    """
    require_text("is_region", name)
    require_text("is_region", country)
    if name.isupper() and name in _codes(country):
        return True
    folded = fold(name)
    if _REGION_WORD.search(folded):
        return True
    return folded in _subdivisions(country)


def is_subdivision(name: str, country: str) -> bool:
    """Whether *name* is one of *country*'s subdivisions in ISO 3166-2, at any level.

    "Cox's Bazar", a district of Bangladesh's Chattogram division, is;
    first-level regions too (see :func:`is_region`). A district is often
    named as its town is: only where the name before it is no subdivision
    itself may it stand for a region ("Ukhia, Cox's Bazar", not "Dhaka,
    Cox's Bazar").
    """
    return is_region(name, country) or fold(name) in _lower_levels().get(country, frozenset())


@functools.cache
def _lower_levels() -> dict[str, frozenset[str]]:
    """Each country's subdivisions below the first level, their names folded."""
    names: dict[str, set[str]] = {}
    for subdivision in records("subdivisions"):
        if "parent" in subdivision:
            country = subdivision["code"].split("-")[0]
            names.setdefault(country, set()).add(fold_text(subdivision["name"]))
    return {country: frozenset(found) for country, found in names.items()}


def says_region(name: str) -> bool:
    """Whether *name* holds a region word: "Borno State", "Province du Nord-Kivu"."""
    return _REGION_WORD.search(fold(name)) is not None


def countries_of_region(name: str) -> frozenset[str]:
    """The countries (alpha-2 codes) that have a first-level subdivision named *name*.

    ISO 3166-2 (pycountry) names, compared folded, with or without a region
    word ("Borno", "Borno State"); empty for a name no country's subdivision
    bears. A name alone does not say which country when two share it.
    """
    require_text("countries_of_region", name)
    folded = fold(name)
    return _by_name().get(folded) or _by_name().get(
        " ".join(_REGION_WORD.sub(" ", folded).split()), frozenset()
    )


@functools.cache
def _by_name() -> dict[str, frozenset[str]]:
    """Each folded subdivision name, with and without region words: the countries that have it."""
    countries: dict[str, set[str]] = {}
    for country, names in _first_level().items():
        for name in names:
            countries.setdefault(name, set()).add(country)
    return {name: frozenset(found) for name, found in countries.items()}


def territory_of(name: str, country: str) -> str | None:
    """The alpha-2 code of the territory *name* names, where it belongs to *country*.

    A territory of *country* is an entry of ISO 3166-1 that ISO 3166-2 also
    lists among *country*'s subdivisions as a dependent area: a country of
    the Kingdom of the Netherlands ("Aruba", "Curaçao", "Sint Maarten"),
    an outlying area of the United States ("Puerto Rico", "Guam"), a
    special administrative region of China ("Hong Kong", "Macao"), an
    overseas collectivity or department of France ("Guadeloupe", "La
    Réunion"); and, though ISO 3166-2 does not list them so, the United
    Kingdom's overseas territories and Crown dependencies ("Bermuda",
    "Jersey"), Denmark's ("Greenland"), New Zealand's, Australia's and
    Norway's, and Finland's Åland. A state or province that shares a
    country's name ("Georgia" of the United States, "Mali" of Guinea) is
    none. ``None`` where *name* names no territory of *country*.
    """
    require_text("territory_of", name)
    require_text("territory_of", country)
    code = lookup_country(name)
    return code if code is not None and code in _territories().get(country, ()) else None


# The kinds of subdivision ISO 3166-2 gives an area that has a code in ISO 3166-1 too.
_TERRITORY_KINDS = re.compile(r"Country|Outlying area|Special administrative region|Overseas\b.*")


@functools.cache
def _territories() -> dict[str, frozenset[str]]:
    """Each country's territories: the alpha-2 codes of its subdivisions that ISO 3166-1 lists.

    With those ISO 3166-2 does not list under their country (_UNLISTED).
    """
    territories: dict[str, set[str]] = {country: set(codes) for country, codes in _UNLISTED.items()}
    for subdivision in records("subdivisions"):
        if not _TERRITORY_KINDS.fullmatch(subdivision.get("type", "")):
            continue
        code = lookup_country(subdivision["name"], codes=False)
        country = subdivision["code"].split("-")[0]
        if code is not None and code != country:
            territories.setdefault(country, set()).add(code)
    return {country: frozenset(found) for country, found in territories.items()}


# Territories with a code of their own in ISO 3166-1 that ISO 3166-2 does not list
# among their country's subdivisions: the United Kingdom's overseas territories
# (British Overseas Territories Act 2002) and Crown dependencies; Greenland and the
# Faroe Islands (Denmark); the Cook Islands, Niue and Tokelau (the Realm of New
# Zealand); Australia's external territories; Svalbard and Jan Mayen, and Bouvet
# Island (Norway); Åland (Finland, whose ISO 3166-2 region names it in Finnish).
_UNLISTED: Final = {
    "GB": (
        "AI",
        "BM",
        "FK",
        "GG",
        "GI",
        "GS",
        "IM",
        "IO",
        "JE",
        "KY",
        "MS",
        "PN",
        "SH",
        "TC",
        "VG",
    ),
    "DK": ("FO", "GL"),
    "NZ": ("CK", "NU", "TK"),
    "AU": ("CC", "CX", "HM", "NF"),
    "NO": ("BV", "SJ"),
    "FI": ("AX",),
}


def _subdivisions(country: str) -> frozenset[str]:
    return _first_level().get(country, frozenset())


def _codes(country: str) -> frozenset[str]:
    return _first_level_codes().get(country, frozenset())


@functools.cache
def _first_level_codes() -> dict[str, frozenset[str]]:
    """Each country's first-level subdivisions by their ISO 3166-2 codes, less the country's."""
    codes: dict[str, set[str]] = {}
    for subdivision in records("subdivisions"):
        if "parent" not in subdivision:
            country, _, code = subdivision["code"].partition("-")
            codes.setdefault(country, set()).add(code)
    return {country: frozenset(found) for country, found in codes.items()}


@functools.cache
def _first_level() -> dict[str, frozenset[str]]:
    """Each country's first-level subdivisions: names folded, with and without region words.

    With the regions ISO 3166-2 does not list so that notices name (_UNLISTED_REGIONS).
    """
    # Some 5,000 entries, read on first use: only a station of three parts or more gets here.
    names: dict[str, set[str]] = {
        country: {fold_text(name) for name in listed}
        for country, listed in _UNLISTED_REGIONS.items()
    }
    for subdivision in records("subdivisions"):
        if "parent" not in subdivision:
            folded = fold_text(subdivision["name"])  # once each: past fold()'s cache
            bare = " ".join(_REGION_WORD.sub(" ", folded).split())
            country = subdivision["code"].split("-")[0]
            names.setdefault(country, set()).update((folded, bare))
    return {country: frozenset(found) for country, found in names.items()}


# Regions that IOM's notices name between a city and its country ("Garowe,
# Puntland, Somalia", "Erbil, KRI") and that ISO 3166-2 does not list among
# the country's first-level subdivisions, or lists only under another name:
# Somalia's federal member states and Somaliland (ISO 3166-2 lists the regions
# of before 1991, and "Banaadir"); the Kurdistan Region of Iraq, "KRI" as IOM
# Iraq writes it (ISO: "Iqlim Kurdistan"), and governorates ISO names in
# transliteration ("Nīnawá", "Al Anbār") or under the Kurdistan Region
# ("Dahūk", "As Sulaymānīyah"); Sudan's Darfur and Kordofan, which ISO lists
# only as their states ("North Darfur"); the Kivus of the Democratic Republic
# of the Congo in English (ISO: "Nord-Kivu", "Sud-Kivu"); the Philippines'
# capital region and Bangsamoro (ISO: "National Capital Region", "Autonomous
# Region in Muslim Mindanao"); the Palestinian territory's two parts. A name
# here that is a city too ("Duhok") is the city where it stands alone before
# its country and the gazetteer knows it (see the reader's ``_region_alone``).
_UNLISTED_REGIONS: Final = {
    "SO": ("Somaliland", "Puntland", "Jubaland", "Galmudug", "Hirshabelle", "Banadir"),
    "IQ": (
        "Kurdistan",
        "KRI",
        "Ninewa",
        "Nineveh",
        "Anbar",
        "Duhok",
        "Dohuk",
        "Sulaymaniyah",
        "Sulaimaniyah",
        "Salah al-Din",
    ),
    "SD": ("Darfur", "Kordofan"),
    "CD": ("North Kivu", "South Kivu"),
    "PH": ("Metro Manila", "NCR", "BARMM", "Bangsamoro"),
    "PS": ("West Bank", "Gaza Strip"),
}
