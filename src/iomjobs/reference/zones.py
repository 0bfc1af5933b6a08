"""Time zones by the words notices name them with: "Nairobi", "EAT", "GMT+3", "UTC".

A closing hour's zone is held as an IANA name (``ClosingTime.time_zone``).
Notices name it by a place ("Nairobi time", "heure de Dakar", "hora de
Panamá"), by an abbreviation ("11:59 PM EAT") or its long name ("East Africa
Time"), or by an offset from UTC ("17:00 hrs (GMT+3)"). A place is that
place's zone: a city IANA names a zone after, in English, French, Spanish or
Portuguese (CLDR's exemplar cities, through babel), Geneva, a capital IANA
names no zone after in a country of several (Brasília, Quito), or a country
with one zone. An abbreviation or an offset says only how far from UTC the hour
is, and is held as that: IANA's fixed-offset zone, ``Etc/GMT-3`` for three
hours east (the ``Etc`` names' signs are POSIX's, the reverse of ISO 8601's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from iomjobs._text import fold, require_text

__all__ = ["ABBREVIATIONS", "fixed_offset", "offset_zone", "time_zone_named", "time_zone_of"]

ABBREVIATIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Africa.
        "WAT": 1,
        "CAT": 2,
        "SAST": 2,
        "EAT": 3,
        # Europe.
        "WET": 0,
        "WEST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "MSK": 3,
        # Asia and the Pacific.
        "PKT": 5,
        "ICT": 7,
        "WIB": 7,
        "PHT": 8,
        "HKT": 8,
        "JST": 9,
        "KST": 9,
        "AEST": 10,
        "AEDT": 11,
        "NZST": 12,
        "NZDT": 13,
        # The Americas.
        "EST": -5,
        "EDT": -4,
    }
)
"""The zone abbreviations read, and their offsets east of UTC in hours.

Those the IANA database writes for its zones (``EAT`` for Africa/Nairobi,
``CEST`` for Europe/Berlin in summer, ``PKT`` for Asia/Karachi), and two it
wrote until 2017 that notices still use (``ICT``, Bangkok's, and ``PHT``,
Manila's). Abbreviations that name two zones are left out: ``IST`` (India,
Ireland, Israel), ``CST`` (China, Cuba, the central United States), ``AST``,
``BST``, ``GST``.
"""

# The long names of the abbreviations, folded, without "time" ("East Africa
# Time", "Central European Summer Time", "Eastern Standard Time").
_LONG_NAMES: Final = MappingProxyType(
    {
        "west africa": "WAT",
        "west african": "WAT",
        "central africa": "CAT",
        "central african": "CAT",
        "south africa standard": "SAST",
        "east africa": "EAT",
        "east african": "EAT",
        "western european": "WET",
        "western european summer": "WEST",
        "central european": "CET",
        "central european standard": "CET",
        "central european summer": "CEST",
        "eastern european": "EET",
        "eastern european summer": "EEST",
        "pakistan standard": "PKT",
        "indochina": "ICT",
        "philippine": "PHT",
        "philippine standard": "PHT",
        "eastern standard": "EST",
        "eastern daylight": "EDT",
        "coordinated universal": "UTC",
        "greenwich mean": "UTC",
    }
)

# An offset from UTC: "GMT+3", "UTC +03:00", "UTC−5", "GMT".
_OFFSET: Final = re.compile(
    r"(?:UTC|GMT)(?:\s*(?P<sign>[+\-\u2212\u2013])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?",
    re.IGNORECASE,
)
# The furthest IANA's fixed-offset zones go: Etc/GMT-14 east, Etc/GMT+12 west.
_MOST_EAST: Final = 14
_MOST_WEST: Final = -12
# Geneva, which names no IANA zone, in the four languages.
_GENEVA: Final = ("geneva", "geneve", "ginebra", "genebra")
# The capitals of countries of several zones that name none, folded, and the zone each is
# in: Brazil's notices close at "23h59 (horário de Brasília)".
_CAPITALS: Final = {
    "brasilia": "America/Sao_Paulo",
    "quito": "America/Guayaquil",
    "washington": "America/New_York",
    "washington dc": "America/New_York",
    "washington d c": "America/New_York",
    "ottawa": "America/Toronto",
    "canberra": "Australia/Sydney",
}


def time_zone_named(words: str) -> str | None:
    """The IANA zone *words* name, or ``None`` where they name none or one IANA has no name for.

    >>> time_zone_named("Nairobi"), time_zone_named("Genève"), time_zone_named("Ciudad de México")
    ('Africa/Nairobi', 'Europe/Zurich', 'America/Mexico_City')
    >>> time_zone_named("EAT"), time_zone_named("East Africa"), time_zone_named("GMT+3")
    ('Etc/GMT-3', 'Etc/GMT-3', 'Etc/GMT-3')
    >>> time_zone_named("Costa Rica"), time_zone_named("UTC"), time_zone_named("UTC+5:30")
    ('America/Costa_Rica', 'UTC', None)

    An abbreviation counts only as written, in capitals ("cat" is no zone).
    """
    require_text("time_zone_named", words)
    words = words.strip()
    offset = _OFFSET.fullmatch(words)
    if offset is not None:
        return _offset_named(offset)
    if words in ABBREVIATIONS:
        return offset_zone(ABBREVIATIONS[words])
    folded = fold(words)
    abbreviation = _LONG_NAMES.get(folded) or _LONG_NAMES.get(folded.removesuffix(" time"))
    if abbreviation is not None:
        return "UTC" if abbreviation == "UTC" else offset_zone(ABBREVIATIONS[abbreviation])
    return _places().get(folded) or _country_zone(words)


def time_zone_of(country: str, city: str | None = None) -> str | None:
    """The zone of a place in *country* (an ISO 3166-1 alpha-2 code): "local time" there.

    The zone named after *city* where it is in that country; otherwise the
    country's zone where it has one; ``None`` for a city of a country of
    several zones that IANA names none after.

    >>> time_zone_of("KE"), time_zone_of("CD", "Kinshasa"), time_zone_of("CD", "Goma")
    ('Africa/Nairobi', 'Africa/Kinshasa', None)
    >>> time_zone_of("LB", "Tripoli")  # Africa/Tripoli is Libya's
    'Asia/Beirut'
    """
    require_text("time_zone_of", country)
    if city is not None:
        require_text("time_zone_of", city)
        zone = _places().get(fold(city))
        if zone is not None and _zone_countries().get(zone) == country:
            return zone
    return _single_zones().get(country)


def offset_zone(hours_east: int) -> str | None:
    """IANA's name for a fixed offset of *hours_east* of UTC; ``None`` past IANA's range.

    >>> offset_zone(3), offset_zone(-5), offset_zone(0)
    ('Etc/GMT-3', 'Etc/GMT+5', 'UTC')
    """
    if hours_east == 0:
        return "UTC"
    if not _MOST_WEST <= hours_east <= _MOST_EAST:
        return None
    return f"Etc/GMT{-hours_east:+d}"


def fixed_offset(zone: str) -> int | None:
    """The hours east of UTC that *zone* is, where it is UTC or one of IANA's fixed offsets.

    >>> fixed_offset("Etc/GMT-3"), fixed_offset("UTC"), fixed_offset("Africa/Nairobi")
    (3, 0, None)
    """
    if zone in {"UTC", "Etc/UTC", "Etc/GMT"}:
        return 0
    west = zone.removeprefix("Etc/GMT")
    if west == zone or not west[1:].isdigit() or west[:1] not in {"+", "-"}:
        return None
    return -int(west)


def _offset_named(offset: re.Match[str]) -> str | None:
    if offset.group("sign") is None:
        return "UTC"
    if int(offset.group("minutes") or 0):
        return None  # "UTC+5:30": no IANA name holds a fixed offset with minutes
    hours = int(offset.group("hours"))
    return offset_zone(hours if offset.group("sign") == "+" else -hours)


@functools.cache
def _places() -> dict[str, str]:
    """The zones by the places they are named after, folded: IANA's own names, then CLDR's."""
    from babel import Locale  # noqa: PLC0415 -- babel's data loads on first use

    places = dict.fromkeys(_GENEVA, "Europe/Zurich") | _CAPITALS
    zones = _zone_countries()
    for zone in zones:
        places.setdefault(fold(zone.rpartition("/")[2].replace("_", " ")), zone)
    for language in ("en", "fr", "es", "pt"):
        for zone, names in Locale(language).time_zones.items():
            city = names.get("city")
            if city and zone in zones:
                places.setdefault(fold(city), zone)
    return places


@functools.cache
def _zone_countries() -> dict[str, str]:
    """IANA's zones and the country each is in (CLDR's table, through babel)."""
    from babel.core import get_global  # noqa: PLC0415 -- babel's data loads on first use

    zones: Mapping[str, str] = get_global("zone_territories")
    return {zone: country for zone, country in zones.items() if "/" in zone}


@functools.cache
def _single_zones() -> dict[str, str]:
    """The zone of each country that has one, by its ISO 3166-1 code."""
    zones_of: dict[str, list[str]] = {}
    for zone, country in _zone_countries().items():
        zones_of.setdefault(country, []).append(zone)
    return {country: zones[0] for country, zones in zones_of.items() if len(zones) == 1}


def _country_zone(name: str) -> str | None:
    from iomjobs.reference.countries import lookup_country  # noqa: PLC0415 -- pycountry

    country = lookup_country(name, codes=False)
    return None if country is None else _single_zones().get(country)
