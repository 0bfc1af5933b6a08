"""Reading the places a field or sentence names: duty stations, countries, regions (internal).

Each function takes the words of one field or one sentence and returns the
places they state: a "Duty Station" field's stations, the country a region or
a city is in, a list of countries. See :mod:`iomjobs.parse._interpret` for the
other values a field states.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from iomjobs._text import fold
from iomjobs.model.place import TRAVEL_REMARK, Country, DutyStation
from iomjobs.model.position import OfficeType
from iomjobs.reference.countries import countries_misspelt_as, lookup_country, misspelt_country
from iomjobs.reference.regions import (
    countries_of_region,
    is_region,
    is_subdivision,
    says_region,
    territory_of,
)

_HOME: Final = re.compile(
    r"\bhome[\s-]?based\b|\bteletrabajo\b|\bt[ée]l[ée]travail\b|\bà domicile\b"
    r"|\bwork(?:ing)? from home\b|\btelecommut",
    re.IGNORECASE,
)
# "Duty Station of the consultancy: Remote (home-based)" (IOM Ukraine's terms of
# reference, 2025): "Remote" alone says it too, where it opens the value; "remote
# areas" are places far off.
_REMOTE: Final = re.compile(
    r"(?:remote(?:ly)?|remoto|trabajo remoto|trabalho remoto|[àa] distance|a distancia)\b"
    r"(?!\s+(?:areas?|locations?|regions?|zones?|parts?|sites?|districts?|communities)\b)",
    re.IGNORECASE,
)
# Working from home offered beside a station: "Dakar, Senegal / Remote".
_REMOTE_OFFERED: Final = re.compile(
    r"(?:/|;|\bor\b|\bou\b|\bo\b)\s*(" + _REMOTE.pattern + r")\s*$", re.IGNORECASE
)
# What parts a station from working from home, at the home's words' side: offered
# instead ("Dakar, Senegal / Home-based", "Home-based or Dakar, Senegal"), or beside
# it ("Home-based + Ethiopia", a 2023 consultancy's station as the domain notes give
# it; "Home-based and Addis Ababa, Ethiopia"), where a place is named beside it (see
# _beside_home: "Home-based and in the field" names none).
_BESIDE_HOME: Final = r"/|;|\b(?:or|ou|o)\b|(?P<beside>\+|\b(?:and|et|y|e)\b)"
_OFFERED_BEFORE: Final = re.compile(rf"\s*(?:{_BESIDE_HOME})\s*$", re.IGNORECASE)
_OFFERED_AFTER: Final = re.compile(rf"^\s*(?:{_BESIDE_HOME})\s*", re.IGNORECASE)


def _beside_home(joined: re.Match[str] | None, place: str) -> re.Match[str] | None:
    """*joined*, where it parts working from home from the station *place* names.

    An "or" or a slash offers the place instead; a "+" or an "and" adds it,
    where it is a place's name: a capital first.
    """
    if joined is None or not joined.group("beside"):
        return joined
    return joined if place.strip()[:1].isupper() else None


# What parts working from home from the place it is in: "Home-based, Senegal",
# "Home-based in Senegal", "Senegal (home-based)", "Home-based – Kenya".
_HOME_PLACE_MARKS: Final = " ,()[]-\u2013\u2014:"
_HOME_IN: Final = re.compile(r"^(?:in|en|au|aux|à|em|no|na)\s+", re.IGNORECASE)
_PLACE_AFTER_HOME: Final = re.compile(
    r"^\s*(?:[,(\[:\u2013\u2014-]|(?:in|en|au|aux|à|em|no|na)\s)", re.IGNORECASE
)
_PLACE_BEFORE_HOME: Final = re.compile(r"[,(\[\u2013\u2014-]\s*$")
# Words of travel, which no place's name holds: "HOME-BASED, WITH TRAVEL TO JUBA" in
# capitals, where no small letter tells them from a place.
_TRAVEL_WORDS: Final = frozenset(
    {"with", "travel", "travels", "travelling", "traveling", "trips", "missions", "avec"}
    | {"deplacements", "con", "viajes", "com", "viagens", "desplazamientos", "deslocacoes"}
)


def _home_based(written: str, start: int, end: int) -> tuple[DutyStation, ...]:
    """The stations of *written*, whose words from *start* to *end* say home-based.

    Working from home as an alternative to a station ("Dakar, Senegal /
    Home-based", "Home-based or Dakar, Senegal"): two stations, in the
    order written. Working from home in a place ("Home-based, Senegal",
    "Dakar, Senegal (home-based)"): the place's station, home-based. Any
    other words ("Home-based with travel to Addis Ababa") name no place:
    one home-based station, its words as written.
    """
    before, after = written[:start], written[end:]
    offered_before = _OFFERED_BEFORE.search(before) if before.strip() else None
    offered_after = _OFFERED_AFTER.match(after) if after.strip() else None
    offered_before = _beside_home(offered_before, before)
    offered_after = _beside_home(
        offered_after, after[offered_after.end() :] if offered_after else ""
    )
    if offered_before is not None:
        home = _home_in(written, start, end, len(before), len(written))
        others = read_duty_stations(before[: offered_before.start()])
        stations = (*others, home)
    elif offered_after is not None:
        home = _home_in(written, start, end, 0, len(before) + (end - start))
        others = read_duty_stations(after[offered_after.end() :])
        stations = (home, *others)
    else:
        stations = (_home_in(written, start, end, 0, len(written)),)
    if any(not (s.home_based or s.city or s.country) for s in stations):
        return (DutyStation(home_based=True, as_written=written),)
    return tuple(attrs.evolve(station, as_written=written) for station in stations)


def _home_in(written: str, start: int, end: int, first: int, last: int) -> DutyStation:
    """The home-based station *written* names from *first* to *last*, with its place if named.

    The place stands on one side of the home's words, parted by a mark or
    "in": "Home-based, Senegal", "Home-based in Kenya", "Kenya (home-based)".
    """
    before, after = written[first:start], written[end:last]
    # A bracket the home's words close ("Dakar, Senegal (home-based)") leaves nothing after.
    said_before, said_after = bool(before.strip()), bool(after.strip(" ).]"))
    if (
        (said_before and said_after)
        or (said_after and not _PLACE_AFTER_HOME.match(after))  # "...with travel to Addis"
        or (said_before and not _PLACE_BEFORE_HOME.search(before))
    ):
        return DutyStation(home_based=True)
    place = f"{before} {after}".strip(_HOME_PLACE_MARKS + " ")
    place = _HOME_IN.sub("", place).strip(_HOME_PLACE_MARKS)
    words = {fold(word) for word in place.split()}
    if (
        place[:1].isupper()
        and words.isdisjoint(_TRAVEL_WORDS)
        and not _HOME.search(place)
        and not _REMOTE.match(place)
    ):
        named = _stations_of(place)
        if len(named) == 1 and named[0].country is not None:
            return attrs.evolve(named[0], home_based=True)
    return DutyStation(home_based=True)


# Between stations, never inside one: "Bangkok, Thailand; Dakar, Senegal".
_BETWEEN: Final = re.compile(r"\s*;\s*")
# Stations joined, or offered as alternatives: "Nairobi, Kenya or Addis Ababa, Ethiopia",
# "Dakar ou Abidjan", "Guatemala o Honduras".
_SEVERAL: Final = re.compile(
    r"\s*/\s*|\s+and\s+|\s+et\s+|\s+y\s+|\s+or\s+|\s+ou\s+|\s+o\s+", re.IGNORECASE
)


def read_duty_stations(text: str) -> tuple[DutyStation, ...]:
    """The duty stations of a "Duty Station" field: "Port of Span, Trinidad and Tobago".

    "Yemen, Aden" names its country first; "Maiduguri, Borno State,
    Nigeria" has a region between city and country; "Bangkok, Thailand;
    Dakar, Senegal" and "Bangkok, Dakar, Nairobi, and Panama" are several
    stations.
    """
    written = text.strip().rstrip(".")
    nowhere = _nowhere_yet_or_home(written)
    if nowhere is not None:
        return nowhere
    office = _IOM_OFFICE.match(written)
    if office is not None:
        # "IOM Djibouti" (an internship call, 2025): the office in that place;
        # "IOM Libya in Tunis, Tunisia" (IOM Libya's call, 2021): the mission's office in Tunis.
        place = written[office.end() :]
        station = _country_office(place, written)
        if station is not None:
            return (station,)
        return tuple(
            attrs.evolve(station, as_written=written) if station.as_written == place else station
            for station in read_duty_stations(place)
        )
    by_pipe = _stations_by_pipe(written) if "|" in written else ()
    if by_pipe:
        return by_pipe
    # "Regional Office (Nairobi)": the office where its brackets say; an
    # administrative centre where it is.
    in_office = _administrative_centre(written) or (
        _country_office(written, written) if "Office (" in written else None
    )
    if in_office is not None:
        return (in_office,)
    remarked = (
        _with_remark(written)
        or _with_travel(written)
        or _with_dash_remark(written)
        or _with_surroundings(written)
        or stations_before_clause(written)
        or _stations_by_slash(written)
    )
    return remarked if remarked is not None else tuple(_stations_of(written))


def _nowhere_yet_or_home(written: str) -> tuple[DutyStation, ...] | None:
    """The station *written* names where it is not chosen yet, or is home; else ``None``.

    "TBD", "À définir": no place, kept as written. "Home-based", "Remote":
    see :func:`_home_based`.
    """
    if _NOT_SET.fullmatch(written):
        return (DutyStation(as_written=written),)
    among = _NOT_SET_AMONG.fullmatch(written) if _NOT_SET.search(written) else None
    if among is not None:
        place = among.group("after") or among.group("bracketed") or among.group("before")
        return _not_set_among(place, written) if place else (DutyStation(as_written=written),)
    home = _HOME.search(written) or _REMOTE.match(written) or _REMOTE_OFFERED.search(written)
    if home is not None:
        return _home_based(written, home.start(home.lastindex or 0), home.end())
    return None


def _not_set_among(place: str, written: str) -> tuple[DutyStation, ...]:
    """The stations *place* names, of a field *written* that says the station is not chosen yet.

    "TBD, Senegal": somewhere in the country, no city; "TBD (Dakar or
    Bamako)": one of two cities, as "Dakar or Bamako" is read. Each
    station keeps the field as written, which says it is not chosen yet.
    """
    return tuple(attrs.evolve(station, as_written=written) for station in read_duty_stations(place))


def _country_office(place: str, written: str) -> DutyStation | None:
    """The station "IOM Philippines Country Office (Cotabato City)" names: the city, the country.

    A consultancy of 2022 (breakingwide): the mission's office, named by its
    country, the city it is in after it in brackets, or none. An office
    named otherwise is where its brackets say: "IOM Regional Office
    (Nairobi)".
    """
    match = _OFFICE_OF.fullmatch(place)
    if match is None:
        return None
    code = lookup_country(match.group("country"), codes=False)
    if code is not None:
        return DutyStation(city=match.group("city"), country=Country(code), as_written=written)
    return _office_in(match.group("country"), match.group("city"), written)


def centre_office(written: str) -> OfficeType | None:
    """The office of the administrative centre the station *written* names, if it names one.

    "Manila (Global) Administrative Centre", "IOM Panama Global
    Administrative Center", as :func:`read_duty_stations` reads them.
    """
    office = _IOM_OFFICE.match(written)
    station = _administrative_centre(written[office.end() :] if office else written)
    return _CENTRE_OFFICES[str(station.country)] if station is not None else None


def _administrative_centre(written: str) -> DutyStation | None:
    """The station of a post in one of IOM's administrative centres, named by the centre.

    "Manila (Global) Administrative Centre" (the centre's name as IOM
    writes it), "Panama Administrative Centre (PAC), Panama": the city the
    centre is in, as written, and its country, which the centre's name does
    not say but IOM's pages do (iom.int, "Manila Administrative Centre"). A
    country written after it that is another one is no centre's: ``None``,
    and the field is read as any other.
    """
    match = _CENTRE.fullmatch(written)
    if match is None:
        return None
    city = match.group("city")
    code = _CENTRE_COUNTRIES[fold(city)]
    stated = match.group("country")
    if stated is not None and lookup_country(stated) != code:
        return None
    return DutyStation(city=city, country=Country(code), as_written=written)


# IOM's two administrative centres, by the city each is in: that city's country.
_CENTRE_COUNTRIES: Final = {"manila": "PH", "panama": "PA"}
# And the office each centre is, by its country.
_CENTRE_OFFICES: Final = {
    "PH": OfficeType.MANILA_ADMINISTRATIVE_CENTRE,
    "PA": OfficeType.PANAMA_ADMINISTRATIVE_CENTRE,
}
_CENTRE: Final = re.compile(
    r"(?P<city>Manila|Panam[aá])\s+(?:\(Global\)\s+|Global\s+)?Administrative\s+Cent(?:re|er)"
    r"(?:\s*\((?:MAC|PAC|MGAC|PGAC)\))?(?:\s*,\s*(?P<country>[^,;()]+))?",
    re.IGNORECASE,
)


def _stations_by_pipe(written: str) -> tuple[DutyStation, ...]:
    """The stations a job board sets apart with pipes, read as with commas.

    "Niamey | Tahoua | Agadez | Zinder" (a board's copy of an IOM Niger
    call, 2025) is four cities, each placed by the gazetteer; "Dakar |
    Senegal" a city and its country.
    """
    pieces = [piece for piece in (piece.strip() for piece in written.split("|")) if piece]
    stations = read_duty_stations(", ".join(pieces)) if pieces else ()
    if len(stations) == 1:
        return (attrs.evolve(stations[0], as_written=written),)
    return stations


def _office_in(name: str, bracketed: str | None, written: str) -> DutyStation | None:
    """The station of an office *name* names by no country: "IOM Regional Office (Nairobi)".

    The place in brackets, where it reads as one station (the reader places
    a city named alone in its country where the gazetteer knows it); or the
    office's own place, if it is one, in the country the brackets name:
    "Bangkok Office (Thailand)", "Regional Office (Thailand)".
    """
    stations = tuple(_stations_of(bracketed)) if bracketed else ()
    if len(stations) != 1:
        return None
    (station,) = stations
    if station.city is not None:
        return attrs.evolve(station, as_written=written)
    if station.country is None or station.region is not None:
        return None
    # "Regional Office (Thailand)": somewhere in that country.
    city = name if is_place(name) else None
    return DutyStation(city=city, country=station.country, as_written=written)


# An office's name: "Philippines Country Office (Cotabato City)", "Kenya
# Sub-Office", "Sudan Office", "Regional Office (Nairobi)".
_OFFICE_OF: Final = re.compile(
    r"(?P<country>[^()]+?)\s+(?:(?:Country|Field|Sub-?)\s*)?Office(?:\s+\((?P<city>[^()]+)\))?"
)
_IOM_OFFICE: Final = re.compile(r"(?:IOM|OIM)\s+(?:[^,;]{1,40}?\s+(?:in|en|à|em)\s+)?(?=[A-Z])")


def _stations_by_slash(written: str) -> tuple[DutyStation, ...] | None:
    """The stations a job board parts with slashes or dashes: countries, or a place in one.

    "Cameroun/EGYPTE/Algérie/Tchad/Guinée", "Sénégal - Maroc", and with a
    name misspelt by a letter, "Niger/Ngéria" (yop.l-frii.com, 2025; rule
    PLC004 reports it): one station each, where every piece is a country.
    The board that parts two countries so parts a city from its country so
    too: "Dakar - Sénégal", "Nairobi/Kenya", "Kenya – Nairobi", read as with
    a comma, and "Djibouti - Djibouti" is the capital named as its country.
    ``None`` otherwise.
    """
    if "/" not in written and " - " not in written and " \u2013 " not in written:
        return None
    pieces = [piece.strip() for piece in _SLASH_OR_DASH.split(written)]
    return _countries_among(pieces) or _place_in_country(pieces, written) or _stations_among(pieces)


def _stations_among(pieces: list[str]) -> tuple[DutyStation, ...] | None:
    """A station for each of *pieces*, where each names a city and its country; else ``None``.

    "Dakar, Senegal – Bamako, Mali" is two stations, as with a slash; it had
    been read as a city "Dakar, Senegal – Bamako" in Mali.
    """
    if len(pieces) < 2 or not all("," in piece for piece in pieces):  # noqa: PLR2004
        return None
    stations = []
    for piece in pieces:
        read = _stations_of(piece)
        if len(read) != 1 or read[0].country is None or read[0].city is None:
            return None
        stations.append(read[0])
    return tuple(stations)


def _countries_among(pieces: list[str]) -> tuple[DutyStation, ...] | None:
    """A station for each of *pieces*, where each is a different country; else ``None``."""
    stations = []
    for piece in pieces:
        code = lookup_country(piece) or country_misspelt(piece, None, named_as_country=True)
        if code is None:
            return None
        stations.append(DutyStation(country=Country(code), as_written=piece))
    # "Djibouti - Djibouti": one country twice is its capital in it, as "Panama, Panama" is.
    return (
        tuple(stations) if len({station.country for station in stations}) == len(stations) else None
    )


def _place_in_country(pieces: list[str], written: str) -> tuple[DutyStation, ...] | None:
    """The station of two *pieces*, a place and its country (or its country twice)."""
    if len(pieces) != 2 or not all(pieces):  # noqa: PLR2004 -- a place and its country
        return None
    codes = [lookup_country(piece) for piece in pieces]
    if (None in codes) == (codes[0] == codes[1]):
        return None
    stations = _stations_of(", ".join(pieces))
    if len(stations) != 1 or stations[0].city is None or stations[0].country is None:
        return None
    return (attrs.evolve(stations[0], as_written=written),)


def countries_listed(text: str) -> tuple[str, ...] | None:
    """The countries a list names, in order, each a code: "Thailand, Senegal, Kenya, and Panama".

    As the newer header's `Duty Station Country` lists them for a post with
    several stations (pageshumanitaires, 2025). ``None`` unless every name
    is a country's; "and", "et", "y" and "e" join the last two, and stay in
    a name that holds them ("Trinidad and Tobago").
    """
    named = _countries_named(text)
    return None if named is None else tuple(code for _, code in named)


def _countries_named(text: str) -> list[tuple[str, str]] | None:
    """Each country a list names, as written and as a code; ``None`` unless all are countries."""
    named: list[tuple[str, str]] = []
    for piece in _COMMA_OR_SEMICOLON.split(text.strip().rstrip(".")):
        name = _LEADING_AND.sub("", piece)
        code = lookup_country(name) if name else None
        pair = [(name, code)] if code is not None else _two_countries(name)
        if pair is None:
            return None
        named.extend(pair)
    return named


def _two_countries(name: str) -> list[tuple[str, str]] | None:
    # "Kenya and Panama": the countries on either side of an "and", if both are;
    # "Curaçao and Trinidad and Tobago" is joined by its first.
    for join in reversed(list(_AND.finditer(name))):
        before, after = name[: join.start()], name[join.end() :]
        first, second = lookup_country(before), lookup_country(after)
        if first is not None and second is not None:
            return [(before, first), (after, second)]
    return None


def _countries_only(written: str) -> list[DutyStation] | None:
    """The stations of a field of countries alone, one each: "Guatemala, Honduras y El Salvador".

    A regional post's stations. ``None`` unless the field names two
    countries or more, each once, none of them a region or territory of
    another: "Panama, Panama" is the capital, "Georgia, USA" the state,
    "Aruba, Netherlands" the territory.
    """
    if lookup_country(written) is not None:
        return None  # "Korea, Republic of", "Trinidad and Tobago": one country
    named = _countries_named(written)
    if named is None or len(named) < _A_LIST or len({code for _, code in named}) < len(named):
        return None
    if any(
        is_region(name, other) or territory_of(name, other)
        for name, code in named
        for _, other in named
        if other != code
    ):
        return None
    return [DutyStation(country=Country(code), as_written=name) for name, code in named]


# The fewest countries a list of them names.
_A_LIST: Final = 2
_COMMA_OR_SEMICOLON: Final = re.compile(r"\s*[,;]\s*")
# The words that join two places, or offer one or the other, in the four languages.
_JOINING: Final = "and|et|y|e|or|ou|o"
_AND: Final = re.compile(rf"\s(?:{_JOINING})\s", re.IGNORECASE)
_LEADING_AND: Final = re.compile(rf"^(?:{_JOINING})\s+", re.IGNORECASE)


def _stations_of(written: str) -> list[DutyStation]:
    # The stations of each part between semicolons.
    return [station for part in _BETWEEN.split(written) if part for station in _stations_in(part)]


_SLASH_OR_DASH: Final = re.compile(r"/| [-\u2013] ")
# Brackets that close the field: "Kyiv, Ukraine (with frequent travel)", "Geneva (Switzerland)".
BRACKETS_AT_END: Final = re.compile(r"\s*\((?P<inside>[^()]+)\)$")


def _with_remark(written: str) -> tuple[DutyStation, ...] | None:
    """The stations of a field that ends in brackets, which name a country or remark on it.

    The brackets are kept in the last station's words as written; ``None``
    when the field is read as it stands (a city with no country in or before
    them).
    """
    match = BRACKETS_AT_END.search(written) if written.endswith(")") else None
    if match is None:
        return None
    before, inside = written[: match.start()].strip(), match.group("inside").strip()
    if "," not in before and lookup_country(before) is None:
        # "Geneva (Switzerland)"; "Abuja (Nigerai)", misspelt, as after a comma (PLC004).
        code = lookup_country(inside) or country_misspelt(inside, before, named_as_country=False)
        if code is not None:
            return (DutyStation(city=before, country=Country(code), as_written=written),)
    stations = _stations_of(before)
    # "Juba (with frequent travel to field locations)": a remark on travel closes a city
    # with no country as well.
    travel = TRAVEL_REMARK.match(f" {inside}") is not None
    if not stations or (stations[-1].country is None and not travel):
        return None
    # The brackets close the last station: its words keep them.
    return _remarked(stations, written[match.start() :])


def _with_travel(written: str) -> tuple[DutyStation, ...] | None:
    """The stations of a field that ends in a remark on travel, kept in the last one's words.

    ``None`` when the field has no such remark.
    """
    match = TRAVEL_REMARK.search(written)
    if match is None or match.start() == 0:
        return None
    before = written[: match.start()]
    # "Abuja (Nigeria) with travel to Kano": the brackets name the country.
    stations = list(_with_remark(before) or ()) or _stations_of(before)
    return _remarked(stations, written[match.start() :]) if stations else None


def _with_dash_remark(written: str) -> tuple[DutyStation, ...] | None:
    """The station of a field that ends in a dash and a remark on the post's conditions.

    "Baidoa, Somalia - Hardship level E", "Kabul, Afghanistan – Non-family
    duty station": the remark is kept in the station's words; it had been
    read as a second station. ``None`` for any other field.
    """
    dash = max(written.rfind(" - "), written.rfind(" \u2013 "))
    if dash < 0 or _DASH_REMARK.search(written, dash + 3) is None:
        return None
    stations = _stations_of(written[:dash])
    if len(stations) != 1 or stations[0].country is None:
        return None
    return _remarked(stations, written[dash:])


# The words of a remark on the post's conditions.
_DASH_REMARK: Final = re.compile(
    r"\b(?:hardship|(?:non-)?family|security|phase|difficult[ée]|p[ée]nibilit[ée])\b",
    re.IGNORECASE,
)


def _with_surroundings(written: str) -> tuple[DutyStation, ...] | None:
    """The station of a place and its surroundings, these kept in its words.

    "Bamako et à l'intérieur des Régions de Sikasso et Bougouni" (IOM
    Mali's terms of reference, 2024), "Kabul and in the provinces": the
    place, where the gazetteer or the country names know it, and "and" with
    a preposition after it. ``None`` for any other field.
    """
    match = _AND_AROUND.match(written)
    if match is None or not is_place(match.group("place")):
        return None
    stations = _stations_of(match.group("place"))
    return _remarked(stations, written[match.end("place") :]) if len(stations) == 1 else None


_AND_AROUND: Final = re.compile(
    r"(?P<place>[^,;()]+?)\s+(?:and|et|y|e)\s+(?:à|a|en|in|dans|within|throughout|aux?)\s",
    re.IGNORECASE,
)


# "Municipio de Potrerillos, Departamento de Cortes, Honduras; tomando en
# cuenta las estructuras...": a semicolon, then words that say more of the place.
_CLAUSE: Final = re.compile(r";\s*(?=[a-zà-ÿ])")


def stations_before_clause(written: str) -> tuple[DutyStation, ...] | None:
    """The stations before a clause that remarks on them, kept in the last one's words.

    IOM Honduras's terms of reference (2025): "Ámbito de acción del o la
    consultor/a: Municipio de Potrerillos, Departamento de Cortes, Honduras;
    tomando en cuenta...". ``None`` where no clause follows the stations, or
    the last names no country.
    """
    match = _CLAUSE.search(written) if ";" in written else None
    if match is None:
        return None
    stations = _stations_of(written[: match.start()])
    if not stations or stations[-1].country is None:
        return None
    return _remarked(stations, written[match.start() :])


def _remarked(stations: list[DutyStation], remark: str) -> tuple[DutyStation, ...]:
    """*stations*, the last keeping in its words the *remark* that followed it."""
    last = stations[-1]
    return (*stations[:-1], attrs.evolve(last, as_written=f"{last.as_written or ''}{remark}"))


# "Beira and/or Pemba (TBC), Mozambique": one city or the other, in one country.
_EITHER: Final = re.compile(r"\s\s*(?:and/or|e/ou|et/ou|y/o)\s+", re.IGNORECASE)


def _either_of(written: str) -> list[DutyStation] | None:
    """The stations of "A and/or B, Country": each city in the country, the words kept whole.

    A bracket after the last city remarks on the choice ("(TBC)"): it stays in
    the words as written, not in the city's name. ``None`` unless the field
    is cities joined so and, after the last comma, a country.
    """
    found = _joined_before_country(written, _EITHER)
    if found is None:
        return None
    _, joined, code = found
    names = [BRACKETS_AT_END.sub("", name).strip() for name in joined]
    if not all(names) or any(lookup_country(name) for name in names):
        return None
    return [DutyStation(name, Country(code), as_written=written) for name in names]


def _joined_in_country(written: str) -> list[DutyStation] | None:
    """The stations of "Dhaka/Cox's Bazar, Bangladesh", "Escuintla y Chiquimula, Guatemala".

    Places joined by a slash or "and" ("et", "y"), then their country after
    the last comma: a station for each, in that country, where the
    gazetteer knows each name there. The words stay whole in each. ``None``
    otherwise, and without the gazetteer: the words are then one city, as
    written, as "Trinidad and Tobago" or a city named with "y" would be.
    """
    found = _joined_before_country(written, _SEVERAL)
    if found is None:
        return None
    places, names, code = found
    if len(names) < 2 or not all(names) or lookup_country(places) is not None:  # noqa: PLR2004
        return None
    from iomjobs.reference.gazetteer import Gazetteer  # noqa: PLC0415 -- see _gazetteer

    gazetteer = _gazetteer()
    if not isinstance(gazetteer, Gazetteer) or not all(
        gazetteer.knows(name, code) for name in names
    ):
        return None
    return [DutyStation(name, Country(code), as_written=written) for name in names]


def _joined_before_country(
    written: str, joins: re.Pattern[str]
) -> tuple[str, list[str], str] | None:
    """The words before *written*'s last comma, the names *joins* parts there, the country's code.

    ``None`` where no comma, or a second one, comes before the country, no
    join parts the words, or no country follows. Most stations join nothing
    before their country ("Port of Spain, Trinidad and Tobago"): the joins
    are looked for first.
    """
    places, comma, country = written.rpartition(",")
    if not comma or "," in places or not joins.search(places):
        return None
    code = lookup_country(country)
    if code is None:
        return None
    return places, [name.strip() for name in joins.split(places)], code


def _stations_in(written: str) -> list[DutyStation]:
    either = _either_of(written) if "/" in written else None
    if either is not None:
        return either
    joined = _joined_in_country(written) if "," in written else None
    if joined is not None:
        return joined
    countries = _countries_only(written) if "," in written or _AND.search(written) else None
    if countries is not None:
        return countries
    joined = _places_joined(written) if "," not in written else None
    if joined is not None:
        return joined
    station = _one_station(written)
    if station is not None:
        return [station]
    parts = [part.strip(" ,") for part in _SEVERAL.split(written.replace(", and ", " and "))]
    stations: list[DutyStation] = []
    for part in filter(None, parts):
        # "Bangkok, Thailand and Dakar, Senegal": each station whole, where it names its country.
        station = _one_station(part) if "," in part else None
        if station is not None:
            stations.append(station)
            continue
        stations.extend(_listed(part))
    return stations


def _places_joined(written: str) -> list[DutyStation] | None:
    """The stations of places alone joined so: "Dhaka and Cox's Bazar", "Goma et Bukavu".

    A station each, where the gazetteer (if installed) knows each name and
    not the whole: as a list with commas ("Bangkok, Dakar"), each city's
    country is then the one the gazetteer places it in. ``None`` otherwise:
    "Trinidad and Tobago" is one country, and without the gazetteer the
    words stand as one place.
    """
    names = [name.strip() for name in _SEVERAL.split(written)]
    if len(names) < 2 or not all(names) or is_place(written):  # noqa: PLR2004
        return None
    if not all(is_place(name) for name in names):
        return None
    return [_alone(name, written) for name in names]


def _listed(written: str) -> list[DutyStation]:
    """The stations of a list such as "Bangkok, Thailand, Dakar, Senegal" or "Bangkok, Dakar".

    A country closes the cities written before it; a city no country follows
    has none.
    """
    stations: list[DutyStation] = []
    cities: list[str] = []
    for piece in filter(None, (piece.strip() for piece in written.split(","))):
        code = lookup_country(piece) if cities else None
        if code is None:
            cities.append(piece)
            continue
        station_written = ", ".join([*cities, piece])
        station = _placed(cities, code, station_written, city_first=True)
        # None: a country among the cities ("Thailand, Bangkok, Senegal"); kept as written.
        stations.append(
            station or DutyStation(", ".join(cities), Country(code), as_written=station_written)
        )
        cities = []
    if not stations and len(cities) == 2 and _part_of(*cities):  # noqa: PLR2004 -- a place, and where
        # "Asokoro, Abuja": a district of a city, one station kept as written; its
        # country is the city's (inferred after).
        return [DutyStation(", ".join(cities), as_written=written)]
    pieces = (_one_station(city) for city in cities)
    stations.extend(station for station in pieces if station is not None)
    return stations


def _part_of(place: str, known: str) -> bool:
    """Whether *place* lies in *known* ("Asokoro, Abuja", a Nigerian board's copy, 2024).

    The gazetteer knows *known* in one country, and nothing called *place*,
    nor is *place* a country or a region: a district of the city, or a town
    of the district ("Ukhia, Cox's Bazar"). Two places it knows are two
    stations ("Bangkok, Dakar"); without the gazetteer, so is every pair.
    """
    return (
        country_of_city(known) is not None
        and not countries_of_city(place)
        and lookup_country(place) is None
        and not countries_of_region(place)
    )


def _one_station(written: str) -> DutyStation | None:
    parts = [part.strip() for part in written.split(",") if part.strip()]
    if not parts:
        return None
    region_of = _region_of_country(parts[-1]) if " of " in parts[-1] else None
    if region_of is not None:
        # "Erbil, Kurdistan Region of Iraq": the region, then its country.
        region, country = region_of
        return _placed([*parts[:-1], region], country, written, city_first=True)
    # One name; or a country's with a comma in it ("Korea, Republic of", "Hong Kong SAR, China").
    if len(parts) == 1 or lookup_country(written) is not None:
        return _alone(parts[0] if len(parts) == 1 else written, written)
    return _country_at_an_end(parts, written)


def _country_at_an_end(parts: list[str], written: str) -> DutyStation | None:
    """The station of several *parts*, its country the longest run of them that names one.

    At either end: "Maiduguri, Borno State, Nigeria", "Yemen, Aden".
    """
    for size in range(len(parts) - 1, 0, -1):
        tail = lookup_country(", ".join(parts[-size:]))
        if tail is not None:
            return _placed(parts[:-size], tail, written, city_first=True)
        head = lookup_country(", ".join(parts[:size]))
        if head is not None:
            return _placed(parts[size:], head, written, city_first=False)
    if len(parts) == 2:  # noqa: PLR2004 -- "Yola, Adamawa": a city, and a region naming the country
        station = _by_region(parts[0], parts[1], written)
        if station is not None:
            return station
    return _misspelt_country_last(parts, written)


def _region_of_country(name: str) -> tuple[str, str] | None:
    """The region and the country's code of "Kurdistan Region of Iraq", "Somali Region of Ethiopia".

    ``None`` unless the words before the last "of" name a region by its word,
    and those after it a country: "State of Palestine" is a country's name.
    """
    match = _REGION_OF.fullmatch(name)
    if match is None or lookup_country(name) is not None or not says_region(match["region"]):
        return None
    country = lookup_country(match["country"])
    return (match["region"], country) if country is not None else None


_REGION_OF: Final = re.compile(r"(?P<region>\S.*\s\S+)\s+of\s+(?:the\s+)?(?P<country>\S.*)")


def _misspelt_country_last(parts: list[str], written: str) -> DutyStation | None:
    """The station whose last part misspells its country: "Abuja, Nigerai", "Manila, Phillipines".

    Rule PLC004 reports the misspelling. ``None`` where the last part names
    no country so (see :func:`country_misspelt`), or the first names one.
    """
    if lookup_country(parts[0]) is not None:
        return None
    code = country_misspelt(parts[-1], parts[0], named_as_country=False)
    return None if code is None else _placed(parts[:-1], code, written, city_first=True)


def country_misspelt(name: str, city: str | None, *, named_as_country: bool) -> str | None:
    """The country *name* misspells by a letter, for a station in *city*, if the reader may say so.

    A capital is a letter from another country's name as often as not
    ("Luanda", "Ruanda"; "Manama", "Panama"): the gazetteer decides. It
    must place *city* in the country meant ("Bogotá, Columbia" is in
    Colombia), or know neither *city* nor *name* ("Juffair, Manama" is in
    Bahrain's capital). Without the gazetteer, only a name that stands
    where a country's does (*named_as_country*: a country's label, a list
    of countries) is read so. A name two letters off ("Manila,
    Phillipines", "Tripoli, Lybia") is read only where the gazetteer
    places *city* in the country meant, and in no other that fits (see
    ``countries_misspelt_as``), and knows no place so called there.
    ``None`` where *name* misspells no country.
    """
    from iomjobs.reference.gazetteer import countries_of_place  # noqa: PLC0415 -- see _gazetteer

    name = name.strip()
    code = misspelt_country(name)
    if code is None:
        return _two_letters_off(name, city) if city else None
    gazetteer = _gazetteer()
    if gazetteer is None:
        return code if named_as_country else None
    placed = countries_of_place(gazetteer, city) if city else ()
    if code in placed:
        return code
    return None if placed or countries_of_place(gazetteer, name) else code


def _two_letters_off(name: str, city: str) -> str | None:
    """The country *name* misspells by two letters, the one the gazetteer places *city* in."""
    from iomjobs.reference.gazetteer import countries_of_place  # noqa: PLC0415 -- see _gazetteer

    # Most names here are no country's at all ("Bangkok, Dakar"): settled
    # before the gazetteer is asked, whose first use costs tenths of a second.
    fitting = countries_misspelt_as(name)
    gazetteer = _gazetteer() if fitting else None
    if gazetteer is None:
        return None
    meant = fitting.intersection(countries_of_place(gazetteer, city))
    if len(meant) != 1 or meant.intersection(countries_of_place(gazetteer, name)):
        return None  # "Manila, Pasay": a place of the city's country, not a misspelling
    (code,) = meant
    return code


def _alone(name: str, written: str) -> DutyStation:
    """The station a name alone gives: a city, a country, or several places not named."""
    unnamed = _UNNAMED_IN.fullmatch(name) if " " in name else None
    if unnamed is not None and (within := lookup_country(unnamed.group("country"))) is not None:
        # "Multiple locations in Somalia": the country, no one city.
        return DutyStation(country=Country(within), as_written=written)
    code = lookup_country(name)
    # A short name is a country's where written in capitals ("USA", "DRC"), not "Bo".
    if code is not None and (len(name) > 3 or name.isupper()):  # noqa: PLR2004
        # "Sudan" is a country, no city; "Panama" and "Djibouti" name their capitals too.
        city = name if code in _CAPITAL_NAMED_AS_COUNTRY else None
        return DutyStation(city=city, country=Country(code), as_written=written)
    return _city_then_country(name, written) or DutyStation(city=_city(name), as_written=written)


def _city_then_country(name: str, written: str) -> DutyStation | None:
    """The station a city's name and its country's give with no comma between: "Geneva Switzerland".

    As a board's line drops the comma ("CON 2018/39 - Consultant (...) -
    Geneva Switzerland", impactpool, 2018). The country is the longest run
    of last words that names one by its name, not a code ("Denver CO" is
    Colorado's); the words before it, each capitalized, are the city. A
    city's own name may end in a country's ("Port Sudan", "Nueva Guinea"),
    and a region's ("Belfast Northern Ireland"): the gazetteer decides, and
    must place the city in the country, and know no place called by the
    whole. Without it, ``None``, as where no run names a country.
    """
    from iomjobs.reference.gazetteer import countries_of_place  # noqa: PLC0415 -- see _gazetteer

    words = name.split()
    ending = country_ending(words, len(words) - 1)  # a city's words before it
    if ending is None:
        return None
    size, code = ending
    # Most names end in no country's: the gazetteer, whose first use costs
    # tenths of a second, is asked only here.
    gazetteer = _gazetteer() if all(word[:1].isupper() for word in words[:-size]) else None
    if gazetteer is None or countries_of_place(gazetteer, name):
        return None
    city = " ".join(words[:-size])
    placed = code in countries_of_place(gazetteer, city)
    return DutyStation(city, Country(code), as_written=written) if placed else None


def country_ending(words: list[str], most: int) -> tuple[int, str] | None:
    """How many of *words*' last words (*most* at most) name a country, and its code.

    The longest run that names one counts.

    "Juba South Sudan": 2, SS ("South Sudan" before "Sudan"). By its name,
    not a code: "Denver CO" ends in no Colombia. ``None`` where no run names one.
    """
    for size in range(min(most, len(words)), 0, -1):
        code = lookup_country(" ".join(words[-size:]), codes=False)
        if code is not None:
            return size, code
    return None


def _city(name: str) -> str | None:
    """*name* as a city; ``None`` for several places not named ("Multiple Locations").

    A code after a dash names the office, not the place: "Nairobi – SO11"
    (a job board's copy of an IOM posting, 2026) is Nairobi.
    """
    if _UNNAMED_PLACES.fullmatch(name):
        return None
    return _OFFICE_CODE.sub("", name) or name


_OFFICE_CODE: Final = re.compile(r"\s\s*[–-]\s+[A-Z]{1,4}[0-9]{1,3}$")


def _by_region(city: str, region: str, written: str) -> DutyStation | None:
    """The station in the one country that has a first-level region named *region*.

    ``None`` where no country, or more than one, has such a region, or where
    *city* names a region or a country itself ("Kandahar, Herat": two
    provinces, two stations) or is a city of another country.
    """
    countries = countries_of_region(region)
    if len(countries) != 1 or countries_of_region(city) or lookup_country(city) is not None:
        return None
    (country,) = countries
    if country_of_city(city) not in (None, country):
        return None  # "Bangkok, Dakar": a city the gazetteer places in another country
    return DutyStation(city, Country(country), region=region, as_written=written)


def country_of_city(city: str) -> str | None:
    """The one country the gazetteer, if installed, knows a place called *city* in."""
    from iomjobs.reference.gazetteer import sole_country_of  # noqa: PLC0415 -- see _gazetteer

    return sole_country_of(_gazetteer(), city)


def countries_of_city(city: str) -> tuple[str, ...]:
    """The countries the gazetteer, if installed, knows a place called *city* in."""
    from iomjobs.reference.gazetteer import countries_of_place  # noqa: PLC0415 -- see _gazetteer

    return countries_of_place(_gazetteer(), city)


def is_place(name: str) -> bool:
    """Whether *name* names a country, or a place the gazetteer, if installed, knows."""
    # By name only: "in HR" is a field of work, not Croatia.
    return lookup_country(name, codes=False) is not None or bool(countries_of_city(name))


def main_country_of_city(city: str) -> str | None:
    """The country the gazetteer, if installed, takes a place called *city* to be in.

    The one country with such a place, or the one whose place is far larger
    than the others ("Geneva"); see ``GeoNamesGazetteer.country_of``.
    """
    from iomjobs.reference.gazetteer import main_country_of  # noqa: PLC0415 -- see _gazetteer

    return main_country_of(_gazetteer(), city)


def _gazetteer() -> object:
    from iomjobs.reference.bundle import Reference  # noqa: PLC0415 -- the gazetteer is optional

    return Reference.default().gazetteer


def country_from_region(station: DutyStation) -> bool:
    """Whether *station*'s country was told by its region alone, its words naming none."""
    if station.region is None or station.country is None or station.as_written is None:
        return False
    # The words of a remark after a semicolon are no part of the place.
    place = station.as_written.partition(";")[0]
    return all(lookup_country(part.strip()) is None for part in place.split(","))


# Countries whose capital bears the country's name: a duty station written
# as that name alone is the capital.
_CAPITAL_NAMED_AS_COUNTRY: Final = frozenset(
    {"DJ", "GT", "KW", "LU", "MC", "MX", "PA", "SG", "SM", "VA"}
)

# A station not chosen yet, in the four languages: "TBD", "To be determined", "À
# définir", "Por definir", "A definir".
_NOT_SET: Final = re.compile(
    r"TB[DC]|to be (?:determined|confirmed|defined)"
    r"|(?:[àa]|por) (?:d[ée]terminer|determinar|confirmer|confirmar|d[ée]finir|definir)",
    re.IGNORECASE,
)
# A place's name begins with a capital.
_NAME: Final = r"(?-i:[A-ZÀ-Ý])"
# Not chosen yet, and where: before a comma or a dash ("TBD, Senegal", "To be
# determined - Senegal"), or in brackets after it ("TBD (Dakar or Bamako)"); or the
# place first ("Senegal, TBD", "Senegal – to be confirmed"). A remark in brackets
# names no place: "TBD (see below)".
_NOT_SET_AMONG: Final = re.compile(
    rf"(?:{_NOT_SET.pattern})(?:(?:\s*[,:]\s*|\s+[-\u2013]\s+)(?P<after>{_NAME}[^()]*)"
    rf"|\s*\(\s*(?:(?P<bracketed>{_NAME}[^()]*?)|[^()]*)\s*\))"
    rf"|(?P<before>{_NAME}[^()]*?)(?:\s*,\s*|\s+[-\u2013]\s+)(?:{_NOT_SET.pattern})",
    re.IGNORECASE,
)
# What a notice writes for several stations in one country that it does not name.
_UNNAMED_PLACES: Final = re.compile(
    r"(?:multiple|various|several|different)\s+(?:duty\s+stations?|locations?|sites?)"
    r"|(?:plusieurs|divers|diff[ée]rents)\s+(?:lieux|sites|localit[ée]s)(?:\s+d.affectation)?"
    r"|(?:varias|varios|diversas|m[úu]ltiples)\s+(?:ubicaciones|lugares|localidades|sitios)"
    r"(?:\s+de\s+destino)?",
    re.IGNORECASE,
)
# Those places in the country they are in: "Multiple locations in Somalia", "Plusieurs
# lieux au Mali", "Varias ubicaciones en Colombia".
_UNNAMED_IN: Final = re.compile(
    rf"(?:{_UNNAMED_PLACES.pattern})\s+(?:in|across|throughout|en|au|aux|à|dans|no|na|em)"
    r"\s+(?:the\s+)?(?P<country>.+)",
    re.IGNORECASE,
)


def _placed(
    place: list[str], country: str, written: str, *, city_first: bool
) -> DutyStation | None:
    """The station in *country* that *place* (its parts, in order) names, if it is one.

    *city_first* when the country comes last ("Maiduguri, Borno State,
    Nigeria"), so that the city comes first; a region is what lies between.
    The country's code between them restates it: "Juba, SS, South Sudan".
    """
    place = [piece for piece in place if not _restates(piece, country)] or place
    # "Oranjestad, Aruba, Netherlands", "Puerto Rico, USA": the territory beside the
    # country it belongs to has its own code, and is where the station is.
    beside = place[-1] if city_first else place[0]
    territory = territory_of(beside, country)
    if territory is not None:
        place, country = (place[:-1] if city_first else place[1:]), territory
        if not place:
            return DutyStation(country=Country(territory), as_written=written)
    if len(place) == 1:
        return _one_place(place[0], country, written)
    if any(
        _names_other_country(piece, country) for part in place for piece in _SEVERAL.split(part)
    ):
        return None  # "Bangkok, Thailand and Dakar, Senegal": more than one station
    city, between = (place[0], place[1:]) if city_first else (place[-1], place[:-1])
    region = ", ".join(between)
    if is_region(region, country) or _district_of(city, between, country):
        # "Municipio de Potrerillos, Departamento de Cortes": the places, not their kinds.
        city, region = _DIVISION.sub("", city), _DIVISION.sub("", region)
        return DutyStation(city, Country(country), region=region, as_written=written)
    # Two cities, or a region we cannot tell for one: kept together, as written.
    return DutyStation(", ".join(place), Country(country), as_written=written)


def _one_place(place: str, country: str, written: str) -> DutyStation:
    """The station one place before or after its *country* names: a city, a region, or both."""
    bracketed = _region_in_brackets(place, country, written)
    if bracketed is not None:
        return bracketed
    if _region_alone(place, country):
        # "Borno State, Nigeria", "Cabo Delgado, Mozambique": a region, no city.
        return DutyStation(region=region_named(place), country=Country(country), as_written=written)
    # "Multiple Locations, Congo, Democratic Republic of the": a country, no one city.
    return DutyStation(_city(place), Country(country), as_written=written)


def _region_in_brackets(place: str, country: str, written: str) -> DutyStation | None:
    """The city and the region in brackets after it: "Maiduguri (Borno State), Nigeria".

    ``None`` unless the bracket names a region of *country* and the words
    before it none.
    """
    match = _BRACKETED_REGION.fullmatch(place)
    if match is None or not is_region(match["region"], country):
        return None
    if is_region(match["city"], country):
        return None
    region = region_named(match["region"])
    return DutyStation(_city(match["city"]), Country(country), region=region, as_written=written)


_BRACKETED_REGION: Final = re.compile(r"(?P<city>[^()]*[^()\s])\s*\((?P<region>[^()]+)\)")


def _district_of(city: str, between: list[str], country: str) -> bool:
    """Whether the one name *between* a city and its country is a lower subdivision it lies in.

    "Ukhia, Cox's Bazar, Bangladesh" (IOM Bangladesh's stations): a
    district ISO 3166-2 lists below the first level, after a place that is
    no subdivision itself; "Dhaka, Cox's Bazar" is two towns, each a
    district's.
    """
    return (
        len(between) == 1
        and is_subdivision(between[0], country)
        and not is_subdivision(city, country)
    )


def glued_station(text: str) -> DutyStation | None:
    """The station a board's cells name with no space between city and country.

    "PembaMozambique", "Comoros" (unchannel, 2025-2026): a country alone, or
    a city glued to a country's name, cut where a small letter meets the
    capital that begins the country's. ``None`` where no country ends
    *text*. The station keeps *text* as written.
    """
    if not text or not text[:1].isupper():
        return None
    if lookup_country(text) is not None:
        place = text
    else:
        cuts = (at for at in range(1, len(text)) if text[at].isupper() and text[at - 1].islower())
        at = next((at for at in cuts if lookup_country(text[at:]) is not None), None)
        if at is None:
            return None
        place = f"{text[:at]}, {text[at:]}"
    stations = read_duty_stations(place)
    if len(stations) != 1 or stations[0].country is None:
        return None
    return attrs.evolve(stations[0], as_written=text)


def country_of_region_alone(name: str) -> str | None:
    """The country of which *name*, a station's one name, is a region and no city.

    "Borno State", "Cabo Delgado": the one country with a first-level region
    so called, where :func:`_region_alone` reads the name as that region
    before the country. ``None`` for a name no country's region bears, or
    several's.
    """
    countries = countries_of_region(name)
    if len(countries) != 1:
        return None
    (country,) = countries
    return country if _region_alone(name, country) else None


def region_named(name: str) -> str:
    """*name* as a region: "Departamento de Cortes" is Cortes."""
    return _DIVISION.sub("", name)


def _region_alone(name: str, country: str) -> bool:
    """Whether *name*, the one place written before its *country*, is a region of it, not a city.

    A place the gazetteer, if installed, knows so called in the country is
    the city ("Dakar, Senegal", "State College, USA"), and the country's own
    name its capital ("Panama, Panama"). Otherwise a region word says so
    ("Borno State", "Kurdistan Region"); a name ISO 3166-2 gives one of the
    country's regions ("Cabo Delgado", "Georgia") does only where the
    gazetteer is installed, to say it is no city. Without it, a name with
    no region word stays the city, as written.
    """
    if not is_region(name, country) or lookup_country(name) == country:
        return False
    from iomjobs.reference.gazetteer import Gazetteer  # noqa: PLC0415 -- see _gazetteer

    gazetteer = _gazetteer()
    if not isinstance(gazetteer, Gazetteer):
        return says_region(name)
    # Asked as PLC002 asks, by all of the country's places' names: "Tombouctou" is Timbuktu.
    return not gazetteer.knows(name, country)


def _restates(piece: str, country: str) -> bool:
    """Whether *piece* is *country*'s code, in capitals: "SS" in "Juba, SS, South Sudan"."""
    return piece.isupper() and len(piece) <= _CODE_LENGTH and lookup_country(piece) == country


# The longest country code: ISO 3166-1 alpha-3.
_CODE_LENGTH: Final = 3


def _names_other_country(piece: str, country: str) -> bool:
    """Whether *piece* names a country, not a region of *country* by that name or code.

    "Georgia" in "Atlanta, Georgia, United States" and "CO" in "Denver, CO,
    USA" are the states; "Thailand" in "Bangkok, Thailand and Dakar,
    Senegal" is a country.
    """
    return lookup_country(piece) is not None and not is_region(piece, country)


# The kind of division Latin American notices name before a municipality or department.
_DIVISION: Final = re.compile(
    r"^(?:Municipio|Municipalidad|Departamento|Provincia|Estado)\s+del?\s+(?=[A-ZÀ-Þ])"
)
