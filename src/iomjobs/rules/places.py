"""Rules on duty stations (PLC)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from iomjobs._text import joined
from iomjobs.model.place import TRAVEL_REMARK, Country
from iomjobs.reference.countries import countries_misspelt_as, country_name, misspelt_country
from iomjobs.reference.gazetteer import countries_of_place, main_country_of
from iomjobs.rules._nationals import country_named
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules.finding import Severity


@rule(
    "PLC001",
    "no-duty-station",
    Severity.WARNING,
    failing={"position": {"title": "Project Officer"}},
    passing={"position": {"duty_stations": [{"city": "Bridgetown", "country": "BB"}]}},
)
def no_duty_station(context: Context) -> Iterator[Hit]:
    """The notice does not say where the post is.

    The duty station decides who may apply (nationals of its country cannot
    take an international post there), the allowances and the security
    clearance.
    """
    if not context.notice.position.duty_stations:
        yield Hit("$.position.duty_stations", "no duty station")


@rule(
    "PLC002",
    "unknown-city",
    Severity.WARNING,
    failing={"position": {"duty_stations": [{"city": "Port of Span", "country": "TT"}]}},
    passing={"position": {"duty_stations": [{"city": "Shengjin", "country": "AL"}]}},
    needs="gazetteer",
)
def unknown_city(context: Context) -> Iterator[Hit]:
    """A duty-station city unknown in its country; the nearest known name is suggested.

    Misspelled duty stations ("Port of Span") break searches and
    allowances. Names are compared without regard to case or accents, so
    "Shengjin" is Shëngjin. A name is suggested only where the city may be
    it mistyped (one slip in a name of up to five letters, two in a longer
    one): "Ukhia", a town of Cox's Bazar too small for the gazetteer, is not
    taken for "Puthia". A city with no near name in its country but known
    in one other is said to be there: a job board read "Maputo, CO" (IOM's
    country office) as a place in Colorado. A city with no name near it,
    known in no other country, is PLC006's.
    """
    for unknown in context.once(_unknown_cities):
        if unknown.nearest:
            said = f"did you mean {unknown.nearest!r}?"
        elif unknown.elsewhere:
            said = f"it is one in {country_named(unknown.elsewhere)}"
        else:
            continue
        country = country_named(unknown.country)
        message = f"{unknown.city!r} is not a known place in {country}; {said}"
        yield Hit(unknown.path, message, unknown.nearest)


@rule(
    "PLC006",
    "city-not-in-gazetteer",
    Severity.INFO,
    failing={"position": {"duty_stations": [{"city": "Renk", "country": "SS"}]}},
    passing={"position": {"duty_stations": [{"city": "Juba", "country": "SS"}]}},
    needs="gazetteer",
)
def city_not_in_gazetteer(context: Context) -> Iterator[Hit]:
    """A duty-station city the gazetteer does not know, and no known name is near it.

    The gazetteer (GeoNames places of 5,000 inhabitants or more, ``pip
    install iomjobs[gazetteer]``) lacks many field locations where IOM
    works: Renk in South Sudan, Ukhia and the Kutupalong camp in
    Bangladesh, Dirkou in Niger. Such a name is most likely right, so it is
    information to check, not a warning; ``ignore=["PLC006"]`` silences it
    and keeps PLC002's suggestions for names mistyped. A capital written
    with its district's letters ("Bogotá D.C.", "México, D.F.") is known by
    its name.
    """
    for unknown in context.once(_unknown_cities):
        if not unknown.nearest and not unknown.elsewhere:
            country = country_named(unknown.country)
            message = f"{unknown.city!r} is not among the gazetteer's places in {country}"
            yield Hit(unknown.path, message)


class _UnknownCity(NamedTuple):
    """A station's city the gazetteer does not know in the station's country."""

    path: str
    city: str
    country: str
    nearest: str | None
    """The known name in the country the city may be mistyped from."""
    elsewhere: str | None
    """The one other country the gazetteer takes the name to be in, where nothing is near."""


# A capital written with its district's letters: "Bogotá D.C." (Distrito Capital),
# "México, D.F.", "Washington DC": the city is known by its name alone.
_CAPITAL_DISTRICT: Final = re.compile(r",?\s+D\.?\s?[CF]\.?$")


def _unknown_cities(context: Context) -> tuple[_UnknownCity, ...]:
    """The duty stations' cities the gazetteer does not know in their countries."""
    gazetteer = context.reference.gazetteer
    if gazetteer is None:
        return ()
    found = []
    for index, station in enumerate(context.notice.position.duty_stations):
        if station.city is None or station.country is None or station.home_based:
            continue
        city, country = station.city, station.country.code
        if gazetteer.knows(city, country) or gazetteer.knows(
            _CAPITAL_DISTRICT.sub("", city), country
        ):
            continue
        nearest = gazetteer.nearest(city, country)
        elsewhere = None if nearest else main_country_of(gazetteer, city)
        path = f"$.position.duty_stations[{index}].city"
        found.append(_UnknownCity(path, city, country, nearest, elsewhere))
    return tuple(found)


@rule(
    "PLC003",
    "duty-country-in-first-tier",
    Severity.ERROR,
    failing={
        "position": {"duty_stations": [{"city": "Bridgetown", "country": "BB"}]},
        "first_tier": {"non_represented_member_states": [{"name": "Barbados", "country": "BB"}]},
        "duty_station_nationals_eligible": False,
    },
    passing={
        "position": {"duty_stations": [{"city": "Bridgetown", "country": "BB"}]},
        "first_tier": {"non_represented_member_states": [{"name": "Iceland", "country": "IS"}]},
        "duty_station_nationals_eligible": False,
    },
)
def duty_country_in_first_tier(context: Context) -> Iterator[Hit]:
    """The duty station's country is on the first-tier list, though the notice bars its nationals.

    A notice that says "candidates who are nationals of the duty station's
    country cannot be considered" and lists that same country among the
    first-tier non-represented member states invites applications it must
    reject.
    """
    notice = context.notice
    if notice.duty_station_nationals_eligible is not False or notice.first_tier is None:
        return
    stations = notice.position.duty_stations
    if all(station.country is None for station in stations):
        return
    # Compared by code: a long list need not hash every country.
    listed = {country.code for country in notice.first_tier.countries}
    for index, station in enumerate(stations):
        if station.country is not None and station.country.code in listed:
            message = (
                f"{country_named(station.country.code)} is the duty station's country and on "
                "the first-tier list, but its nationals are not eligible"
            )
            yield Hit(f"$.position.duty_stations[{index}].country", message)


@rule(
    "PLC004",
    "misspelt-country",
    Severity.WARNING,
    failing={
        "position": {
            "duty_stations": [{"city": "Abuja", "country": "NG", "as_written": "Abuja, Nigerai"}]
        }
    },
    passing={
        "position": {
            "duty_stations": [{"city": "Abuja", "country": "NG", "as_written": "Abuja, Nigeria"}]
        }
    },
)
def misspelt_country_name(context: Context) -> Iterator[Hit]:
    """A duty station's country misspelt: "Abuja, Nigerai"; the country meant is named.

    The name after the station's last comma, a remark in brackets, after a
    semicolon or on travel left out, or in brackets after a city alone
    ("Abuja (Nigerai)"), or its only name, read as a country
    ("Niger/Ngéria"), is a country's with one letter wrong (added,
    dropped or changed, or two swapped), or, after a comma, the station's
    own country's with two ("Manila, Phillipines" in the Philippines). A
    misspelt country breaks searches by country as a misspelt city does.
    The reader reads the station in the country meant where the gazetteer
    places the city there or knows neither name (not "Juffair, Manama":
    Manama is Bahrain's capital, a letter from Panama), and this rule says
    so.
    """
    for index, station in enumerate(context.notice.position.duty_stations):
        if station.as_written is None:
            continue
        last, set_apart = _country_words(station.as_written)
        meant = misspelt_country(last) or _two_letters_off(
            last, station.country, set_apart=set_apart
        )
        if meant is None or (station.country is not None and station.country.code != meant):
            continue
        if station.country is None and not set_apart:
            continue  # a place alone, in no country ("Samos"), is a city, not a misspelt Samoa
        name = country_name(meant)
        message = f"{last!r} is not a country's name; did you mean {name!r}?"
        yield Hit(f"$.position.duty_stations[{index}].country", message, name)


def _country_words(as_written: str) -> tuple[str, bool]:
    """The words where a station's country stands, and whether a comma or brackets set them apart.

    The words after the last comma, a remark after a semicolon, on travel
    ("Dhaka, Bangladesh with travel to Cox's Bazar") or in brackets left
    out; or the brackets' words after a city alone ("Abuja (Nigerai)"); or
    a place alone.
    """
    place = as_written.partition(";")[0]
    place = TRAVEL_REMARK.split(place, maxsplit=1)[0].rstrip()
    bracketed = _REMARK.search(place) if place.endswith(")") else None
    if bracketed is not None:
        place = place[: bracketed.start()]
    _, comma, last = place.rpartition(",")
    if not comma and bracketed is not None:
        return bracketed.group("inside").strip(), True
    return last.strip(), bool(comma)


_REMARK: Final = re.compile(r"\s*\((?P<inside>[^()]*)\)\s*$")


def _two_letters_off(last: str, country: Country | None, *, set_apart: bool) -> str | None:
    """*country*'s code where *last*, set apart from a city, misspells its name by two letters."""
    if country is None or not set_apart or country.code not in countries_misspelt_as(last):
        return None
    return country.code


@rule(
    "PLC005",
    "city-without-country",
    Severity.WARNING,
    failing={"position": {"duty_stations": [{"city": "Tripoli", "as_written": "Tripoli"}]}},
    passing={"position": {"duty_stations": [{"city": "Tripoli", "country": "LY"}]}},
)
def city_without_country(context: Context) -> Iterator[Hit]:
    """A duty station names a city but no country.

    The notice's own header writes "City, Country"; a job board's summary
    often the city alone ("Location: Tripoli"). The reader gives such a
    city a country only where the gazetteer knows a place of that name in
    one country, or one far larger than any other (Tripoli is Libya's
    capital and a city of Lebanon: none). A station with no country escapes
    every search and rule by country (PLC003, LNG003's suggestion); the
    countries the gazetteer knows such a place in are named, and the one
    far larger than the others suggested (a notice built elsewhere:
    "Geneva").
    """
    gazetteer = context.reference.gazetteer
    for index, station in enumerate(context.notice.position.duty_stations):
        if station.city is None or station.country is not None or station.home_based:
            continue
        message = f"the duty station {station.city!r} names no country"
        codes = countries_of_place(gazetteer, station.city) if gazetteer else ()
        known_in = [country_named(code) for code in sorted(codes, key=country_name)]
        if len(known_in) == 1:
            message += f" (a place of that name is in {known_in[0]})"
        elif known_in:
            message += f" (places of that name are in {joined(known_in)})"
        meant = main_country_of(gazetteer, station.city) if gazetteer else None
        path = f"$.position.duty_stations[{index}].country"
        yield Hit(path, message, country_name(meant) if meant else None)
