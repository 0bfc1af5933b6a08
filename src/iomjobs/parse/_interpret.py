"""Reading one value out of a piece of text: a grade, a place, a contract, a path (internal).

Each function takes the words of one field or one sentence and returns the
model value they state, or ``None`` when they state none.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Final, TypeVar

import attrs

from iomjobs._near import NearNames
from iomjobs._text import LOST, NUMBER_WORDS, fold, fold_text, number
from iomjobs.errors import InvalidGrade
from iomjobs.model.grade import Grade
from iomjobs.model.language import Language, LanguageMode, LanguageRequirement, Proficiency
from iomjobs.model.notice import (
    Appointment,
    ConsultancyCategory,
    ContractType,
    Duration,
    DurationUnit,
    NoticeKind,
)
from iomjobs.model.place import TRAVEL_REMARK, Country, DutyStation
from iomjobs.model.position import OfficeType, RecruitingType, Recruitment
from iomjobs.model.qualification import DegreeLevel, QualificationPath
from iomjobs.parse import _nocase as nocase
from iomjobs.reference._locales import NAME_LOCALES
from iomjobs.reference.countries import countries_misspelt_as, lookup_country, misspelt_country
from iomjobs.reference.languages import language_named_by, misspelt_language, read_by_name
from iomjobs.reference.regions import (
    countries_of_region,
    is_region,
    is_subdivision,
    says_region,
    territory_of,
)


def read_grade(text: str) -> Grade | None:
    """The grade *text* names, or ``None``.

    A job board writes the grade among other words: "Junior level - NO-A,
    National Professional Officer - Locally recruited position". The one grade
    code in such a text is the grade.
    """
    try:
        return Grade.parse(text)
    except InvalidGrade:
        pass
    codes = _GRADE_CODE.findall(text)
    return Grade.parse(codes[0]) if len(codes) == 1 else None


def grade_codes(text: str) -> list[tuple[int, int]]:
    """Where *text* names a grade by its code: "NO-A", "P-3" among other words."""
    return [(match.start(), match.end()) for match in _GRADE_CODE.finditer(text)]


def is_grade(text: str) -> bool:
    """Whether *text* is a grade's spelling, whole: "General Service Staff, Grade 6", "NO/A"."""
    try:
        Grade.parse(text)
    except InvalidGrade:
        return False
    return True


# A grade code standing on its own among other words: NO-A, P-3, D-1, G-4, GS-6.
_GRADE_CODE: Final = re.compile(r"(?<![\w-])(?:NO-?[A-D]|P-?[1-5]|D-?[12]|GS?-?[1-7])(?![\w-])")


# --- places ------------------------------------------------------------------

_HOME: Final = re.compile(r"\bhome[\s-]?based\b|\bteletrabajo\b|\bà domicile\b", re.IGNORECASE)
# Between stations, never inside one: "Bangkok, Thailand; Dakar, Senegal".
_BETWEEN: Final = re.compile(r"\s*;\s*")
_SEVERAL: Final = re.compile(r"\s*/\s*|\s+and\s+|\s+et\s+|\s+y\s+", re.IGNORECASE)


def read_duty_stations(text: str) -> tuple[DutyStation, ...]:
    """The duty stations of a "Duty Station" field: "Port of Span, Trinidad and Tobago", "Yemen, Aden".

    "Maiduguri, Borno State, Nigeria" has a region between city and country;
    "Bangkok, Thailand; Dakar, Senegal" and "Bangkok, Dakar, Nairobi, and
    Panama" are several stations.
    """
    written = text.strip().rstrip(".")
    if _HOME.search(written):
        return (DutyStation(home_based=True, as_written=written),)
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
        or _with_surroundings(written)
        or stations_before_clause(written)
        or _stations_by_slash(written)
    )
    return remarked if remarked is not None else tuple(_stations_of(written))


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
    """The station of an office *name* does not name by its country: "IOM Regional Office (Nairobi)".

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
    return _countries_among(pieces) or _place_in_country(pieces, written)


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
    """The station of two *pieces*, a place and its country (or its country twice), as by a comma."""
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
    """The stations of a field that lists countries alone, one each: "Guatemala, Honduras y El Salvador".

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
_AND: Final = re.compile(r"\s(?:and|et|y|e)\s", re.IGNORECASE)
_LEADING_AND: Final = re.compile(r"^(?:and|et|y|e)\s+", re.IGNORECASE)


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
    if not stations or stations[-1].country is None:
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
    pieces = (_one_station(city) for city in cities)
    stations.extend(station for station in pieces if station is not None)
    return stations


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
    """The station whose last part names its country misspelt: "Abuja, Nigerai", "Manila, Phillipines".

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
    """The country *name* misspells by two letters, the one of them the gazetteer places *city* in."""
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
    """How many of *words*' last words name a country, and its code: the longest run of *most* at most.

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

# What a notice writes for several stations in one country that it does not name.
_UNNAMED_PLACES: Final = re.compile(
    r"(?:multiple|various|several|different)\s+(?:duty\s+stations?|locations?|sites?)"
    r"|(?:plusieurs|divers|diff[ée]rents)\s+(?:lieux|sites|localit[ée]s)(?:\s+d.affectation)?"
    r"|(?:varias|varios|diversas|m[úu]ltiples)\s+(?:ubicaciones|lugares|localidades|sitios)"
    r"(?:\s+de\s+destino)?",
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
        if _region_alone(place[0], country):
            # "Borno State, Nigeria", "Cabo Delgado, Mozambique": a region, no city.
            region = region_named(place[0])
            return DutyStation(region=region, country=Country(country), as_written=written)
        # "Multiple Locations, Congo, Democratic Republic of the": a country, no one city.
        return DutyStation(_city(place[0]), Country(country), as_written=written)
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


# --- contracts -----------------------------------------------------------------

_CONTRACTS: Final = (
    (re.compile(r"\b(?:un|non)[\s-]?graded\b|non[\s-]class|no clasificad|n[ãa]o classificad", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_UNGRADED),
    (re.compile(r"\bspecial\b|\bsp[eé]cial\b|\bespecial\b|\bsst\b", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_GRADED),
    (re.compile(r"fix(?:ed)?[\s-]?term|dur[ée]e d[ée]termin[ée]e|\bcdd\b|\bftc\b|plazo fijo|prazo fixo", re.IGNORECASE), ContractType.FIXED_TERM),
    (re.compile(r"consult", re.IGNORECASE), ContractType.CONSULTANCY),
    (re.compile(r"short[\s-]?term|courte dur[ée]e|corta duraci[oó]n|curto prazo", re.IGNORECASE), ContractType.SHORT_TERM),
    (re.compile(r"\bintern|\bstage\b|pasant[ií]a|est[áa]gio", re.IGNORECASE), ContractType.INTERNSHIP),
)  # fmt: skip
_EXTENSION: Final = re.compile(
    r"(?:possibilit|posibilidad|possibilidade)\w* (?:of|de|d')\s*(?:extension|extensi[oó]n|extens[ãa]o|renewal|prolongation|prorroga[çc][ãa]o|pr[oó]rroga|renouvel|renova[çc][ãa]o|renovaci[oó]n)"
    r"|renewable|extendable|renouvelable|prorrogable|renov[áa]vel"
    # "five months ... with possible extension depending on the budget" (kadjobs, 2026).
    r"|possible (?:extension|renewal)",
    re.IGNORECASE,
)
# Units as written in full, and as boards abbreviate them ("6 mos.", "3 mths", "1 yr").
_UNITS: Final = {
    "day": DurationUnit.DAYS, "days": DurationUnit.DAYS, "jour": DurationUnit.DAYS,
    "jours": DurationUnit.DAYS, "dia": DurationUnit.DAYS, "dias": DurationUnit.DAYS,
    "week": DurationUnit.WEEKS, "weeks": DurationUnit.WEEKS, "semaine": DurationUnit.WEEKS,
    "semaines": DurationUnit.WEEKS, "semana": DurationUnit.WEEKS, "semanas": DurationUnit.WEEKS,
    "month": DurationUnit.MONTHS, "months": DurationUnit.MONTHS, "mos": DurationUnit.MONTHS,
    "mths": DurationUnit.MONTHS, "mois": DurationUnit.MONTHS,
    "mes": DurationUnit.MONTHS, "meses": DurationUnit.MONTHS,
    "year": DurationUnit.YEARS, "years": DurationUnit.YEARS, "yr": DurationUnit.YEARS,
    "yrs": DurationUnit.YEARS, "an": DurationUnit.YEARS,
    "ans": DurationUnit.YEARS, "annee": DurationUnit.YEARS, "ano": DurationUnit.YEARS,
    "anos": DurationUnit.YEARS,
}  # fmt: skip


def is_duration_unit(word: str) -> bool:
    """Whether *word* is a unit a contract's length is told in: "months", "meses", "años"."""
    return fold(word.rstrip(",.;:")) in _UNITS


_NUMBER_PATTERN: Final = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DURATION: Final = re.compile(
    # "2-6 months", "de 3 a 6 meses": a range, read as up to its longest;
    # "1 (one) year", folded to "1 one year": the number said twice.
    rf"(?:(?P<up>up to|jusqu a|hasta|ate)\s+)?(?:\b(?P<low>\d{{1,3}}|{_NUMBER_PATTERN})\s+(?:to|a)\s+)?\b(?P<n>\d{{1,3}}|{_NUMBER_PATTERN})\b(?:\s*\(\s*[a-z0-9]+\s*\)|\s+(?:{_NUMBER_PATTERN})\b)?\s+(?P<working>working\s+)?(?P<unit>[a-z]+)(?P<working_after>\s+(?:ouvrables|habiles|uteis))?"
)
_NUMBER_RANGE: Final = re.compile(r"(\d)\s*[-–]\s*(\d)")
_CONTRACT_WORDS: Final = {"contract", "contrat", "contrato"}


def read_duration(text: str) -> Duration | None:
    """The first duration *text* states: "1 (one) year", "Up to 9 months", "60 days", "2-6 months".

    A length in years with a fraction is read in months where it is a whole
    number of them ("1.5 years": 18 months); another fraction is no length
    the model holds ("5.2 meses", a consultancy call of 2023), and not read.
    """
    text = _DECIMAL.sub(_in_months, text)
    # Folding makes a dash a space: "2-6 months" is "2 to 6 months" first.
    for match in _DURATION.finditer(fold_text(_NUMBER_RANGE.sub(r"\1 to \2", text))):
        amount = number(match.group("n"))
        unit = _UNITS.get(match.group("unit"))
        if amount and unit is not None:
            if (
                match.group("working") or match.group("working_after")
            ) and unit is DurationUnit.DAYS:
                unit = DurationUnit.WORKING_DAYS
            return Duration(amount, unit, up_to=bool(match.group("up") or match.group("low")))
    return None


# A number with a fraction before a word: "5.2 meses", "1,5 ans"; folded, "5 2 meses"
# would read as two months.
_DECIMAL: Final = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})(?=\s+(?P<word>\w+))")
_MONTHS_A_YEAR: Final = 12


def length_in_fractions(text: str) -> str | None:
    """The first length *text* gives as a fraction of its unit ("5.2 meses"), if any."""
    for decimal in _DECIMAL.finditer(text):
        if is_duration_unit(decimal.group("word")):
            return f"{decimal.group(0)} {decimal.group('word')}"
    return None


def _in_months(decimal: re.Match[str]) -> str:
    """*decimal* as a whole number of months ("1.5" years: "18 months of"), or a word.

    The word ("some") begins no length: a fraction of another unit is none
    the model holds.
    """
    whole, fraction = decimal.group(1), decimal.group(2)
    months = (int(whole) * 10 ** len(fraction) + int(fraction)) * _MONTHS_A_YEAR
    years = _UNITS.get(fold(decimal.group("word"))) is DurationUnit.YEARS
    if years and months % 10 ** len(fraction) == 0:
        return f"{months // 10 ** len(fraction)} months of"
    return "some"


_Named = TypeVar("_Named")


def first_named(table: Iterable[tuple[re.Pattern[str], _Named]], text: str) -> _Named | None:
    """What the first pattern of *table* found in *text* names: a contract, a kind of notice..."""
    return next((named for pattern, named in table if pattern.search(text)), None)


def recruiting_type_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* names a staff category (see read_recruiting_type)."""
    return [
        (m.start(), m.end()) for pattern, _ in _RECRUITING_TYPES for m in pattern.finditer(text)
    ]


def read_appointment(text: str) -> Appointment:
    """The contract an appointment field describes; unknown words stay in ``as_written``."""
    contract = first_named(_CONTRACTS, text)
    return Appointment(
        contract,
        read_duration(text),
        says_extendable(text),
        text.strip(),
        consultancy_category=consultancy_category(text),
    )


def consultancy_category(text: str) -> ConsultancyCategory | None:
    """The consultancy's category *text* names: "Category B", "categoría “A”", "(Type A)"."""
    match = _CATEGORY.search(text)
    return ConsultancyCategory(match.group("letter")) if match is not None else None


# A consultancy's category: its word in the four languages ("Category B",
# "Catégorie A", "Categoría “B”", "Categoria B"), or "Type" and "Tipo" ("Nature of
# the consultancy: ... (Type A)", "Tipo de consultoría: Tipo B"), before its
# letter, which is a capital.
_CATEGORY: Final = re.compile(
    # A duty station's hardship category is none: "a hardship category B duty station".
    r"(?<!(?i:hardship) )\b(?i:cat[eé]gor(?:y|ie|[ií]a)|type|tipo)\W{0,3}(?P<letter>[AB])\b"
)


def says_extendable(text: str) -> bool | None:
    """``True`` where *text* says the contract may be extended, else ``None`` (not said)."""
    return True if _EXTENSION.search(text) else None


_KINDS: Final = (
    (re.compile(r"special vacancy notice|avis sp[ée]cial de vacance|aviso especial de vacante|aviso especial de vaga|\bsvn\b", re.IGNORECASE), NoticeKind.SPECIAL_VACANCY_NOTICE),
    (re.compile(r"vacancy notice|avis de vacance|aviso de vacante|aviso de vaga|\bvn\b", re.IGNORECASE), NoticeKind.VACANCY_NOTICE),
    (re.compile(r"post description|description de poste|descripci[oó]n del puesto|descri[çc][ãa]o do cargo", re.IGNORECASE), NoticeKind.POST_DESCRIPTION),
    (re.compile(r"expression of interest|manifestation d.int[ée]r[êe]t|expresi[oó]n de inter[ée]s|manifesta[çc][ãa]o de interesse", re.IGNORECASE), NoticeKind.EXPRESSION_OF_INTEREST),
    (re.compile(r"call for (?:applications?|consultants?|cvs?)|appel [àa] candidatures|convocatoria|convite [àa] apresenta[çc][ãa]o de candidaturas|\bcfa\b|\bcfcv\b", re.IGNORECASE), NoticeKind.CALL_FOR_APPLICATIONS),
)  # fmt: skip


def read_kind(text: str) -> NoticeKind | None:
    """The kind of notice *text* names."""
    return first_named(_KINDS, text)


def kind_alone(text: str) -> NoticeKind | None:
    """The kind of notice *text* names where it names nothing else: "Call for Applications"."""
    words = text.strip(" .:")
    return next((kind for pattern, kind in _KINDS if pattern.fullmatch(words)), None)


# Oracle's "Recruiting Type" in English, French ("Administrateur" is its French
# for Professional) and Spanish; a national officer first, whose French holds
# "administrateur" too.
_RECRUITING_TYPES: Final = (
    (re.compile(r"national officer|administrat(?:eur|rice)s? nationa|oficial nacional|funcionari[oa] nacional", re.IGNORECASE), RecruitingType.NATIONAL_OFFICER),
    (re.compile(r"general service|services? g[ée]n[ée]raux|servicios generales|servi[çc]os gerais", re.IGNORECASE), RecruitingType.GENERAL_SERVICE),
    (re.compile(r"direct(?:or|eur|rice|ora)|\bdiret(?:or|ora)\b", re.IGNORECASE), RecruitingType.DIRECTOR),
    (re.compile(r"professional|professionnel|administrat(?:eur|rice)|profesional|profissional", re.IGNORECASE), RecruitingType.PROFESSIONAL),
)  # fmt: skip


def read_recruiting_type(text: str) -> RecruitingType | None:
    """The staff category *text* names: "Professional", "Administrateur", "General Service"."""
    return first_named(_RECRUITING_TYPES, text)


# --- recruitment -----------------------------------------------------------------

_LOCAL_RECRUITMENT: Final = re.compile(
    r"subject to local recruitment|locally recruited|recrutement local|contrataci[oó]n local"
    r"|recrutamento local|recrutad[oa] localmente"
    # A General Service notice's standard note (IOM Somalia, 2020): only residents apply.
    r"|candidates residing in (?:either )?the country of the duty station",
    re.IGNORECASE,
)
_INTERNATIONAL_RECRUITMENT: Final = re.compile(
    r"internationally recruited|recrutement international|contrataci[oó]n internacional"
    r"|recrutamento internacional|recrutad[oa] internacionalmente",
    re.IGNORECASE,
)
_LOCAL_RECRUITMENT_TWIN: Final = nocase.twin(_LOCAL_RECRUITMENT)
_INTERNATIONAL_RECRUITMENT_TWIN: Final = nocase.twin(_INTERNATIONAL_RECRUITMENT)


def recruitment_in(text: str) -> tuple[Recruitment, re.Match[str]] | None:
    """How *text* says the post is recruited ("subject to local recruitment"), and where."""
    if "ecru" not in text and "ontrataci" not in text and "esiding" not in text:
        return None
    low = nocase.lowered(text)
    local = nocase.search(_LOCAL_RECRUITMENT, _LOCAL_RECRUITMENT_TWIN, text, low)
    if local:
        return Recruitment.LOCAL, local
    international = nocase.search(
        _INTERNATIONAL_RECRUITMENT, _INTERNATIONAL_RECRUITMENT_TWIN, text, low
    )
    if international:
        return Recruitment.INTERNATIONAL, international
    return None


# --- education -------------------------------------------------------------------

_DEGREES: Final = (
    (re.compile(r"\b(?:ph\.?\s?d|doctora|doctoral|doutora)", re.IGNORECASE), DegreeLevel.DOCTORATE),
    # "Maîtrise en droit" is a master's degree; "Excellente maîtrise de l'anglais", command of a language.
    (re.compile(r"\bmasters?\b|advanced university degree|post-?graduate|ma[îi]trise(?!\s+(?:de|du|des)\s|\s+d[’'])|maestr[íi]a|master[’']s|mestrado", re.IGNORECASE), DegreeLevel.MASTER),
    (re.compile(r"\bbachelor|university degree|first[- ]level|licen[cs]e|licenciatura|undergraduate|dipl[ôo]me universitaire|t[íi]tulo universitario|bacharel|grau universit[áa]rio", re.IGNORECASE), DegreeLevel.BACHELOR),
    (re.compile(r"high[- ]school|secondary|baccalaur[ée]at|bachillerato|secundari|dipl[ôo]me d.[ée]tudes secondaires|ensino m[ée]dio|ensino secund[áa]rio", re.IGNORECASE), DegreeLevel.SECONDARY),
)  # fmt: skip
# The words for years in the four languages.
_YEARS_UNIT: Final = r"(?:years?|yrs?|ans|ann[ée]es|a[ñn]os)\b"
_YEARS: Final = re.compile(
    # No number with a fraction: "2.5 years" is no two, nor five, whole years.
    # A number's word may hold an accent: "três anos".
    r"(?P<n>(?<![\d.,])\b\d{1,2}\b(?![.,]\d)\+?|\b[^\W\d_]+\b)(?:\s*\(\s*\d{1,2}\s*\))?\s+(?:\(\w+\)\s+)?"
    + _YEARS_UNIT,
    re.IGNORECASE,
)
# Where the years begin after the fields, joined by "and" or "plus" ("...in Law and two
# years of experience", "...en droit et deux ans", "...y dos años", "..., plus five years").
_AND_YEARS_PATTERN: Final = (
    # Only the words of "at least", "a minimum of", "not less than", "au moins", "por lo
    # menos" between: a field's words may come before "with three years".
    r"(?:and|et|y|e|plus)\s+"
    r"(?:(?:a|at|least|minimum|of|not|less|than|more|over|au|moins|un|mínimo|minimo|de"
    r"|por|lo|pelo|menos)\s+){0,3}(?:\(?\d{1,2}\+?\)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|tr[eê]s)(?:\s+\(\d{1,2}\))?\s+"
    + _YEARS_UNIT
)
_FIELDS: Final = re.compile(
    # "Diplôme universitaire en...", "Título universitario en...": the adjective between;
    # "Advanced university degree (Master's or equivalent) in Law": a bracket between.
    r"\b(?:degree|diploma|dipl[ôo]me|t[íi]tulo|masters?|ma[îi]trise|licence|doctorat|maestr[íi]a|licenciatura|doctorado"
    r"|mestrado|bacharelado|doutorado|doutoramento|bachelor|ph\.?\s?d\.?|doctorate)"
    r"(?:\s+universit(?:aire|ario))?(?:\s+\([^()]{1,40}\))?(?:\s+or\s+(?:its\s+)?equivalent)?\s+(?:in|en|em)\s+"
    r"(?P<fields>.+?)(?=\s+from\s|,?\s+(?:combined\s+|coupled\s+|together\s+)?with\s|\s+avec\s"
    r"|\s+con\s|\s+com\s|,\s+de\s+uma\s|\s+d[ée]livr"
    rf"|,?\s+{_AND_YEARS_PATTERN}|,\s+and\s|;|\.$|$)",
    re.IGNORECASE,
)
_RELATED: Final = re.compile(
    r"^(?:or|and)\s+|\s*(?:,\s*)?(?:or|and)\s+(?:(?:a|an|any|other)\s+)?(?:closely\s+)?related\s+fields?$|^(?:a|an|any|other)\s+related\s+fields?$",
    re.IGNORECASE,
)


_YEARS_TWIN: Final = nocase.twin(_YEARS)
_FIELDS_TWIN: Final = nocase.twin(_FIELDS)
_DEGREES_TWIN: Final = tuple((pattern, nocase.twin(pattern), level) for pattern, level in _DEGREES)
# Every match of _YEARS ends in one of these: a text with none of them is not searched.
_YEAR_WORDS: Final = ("year", "yr", "ans", "ann", "años", "anos")


def degree_of(text: str, low: str | None) -> DegreeLevel | None:
    """The degree level *text* names, highest first (*low* is ``nocase.lowered(text)``)."""
    return next(
        (level for pattern, twin, level in _DEGREES_TWIN if nocase.found(pattern, twin, text, low)),
        None,
    )


def years_in(text: str, low: str | None) -> int | None:
    """The years of experience *text* asks for: "five years", "three (3) years", "5 years"."""
    if low is None:
        matches = _YEARS.finditer(text)
    else:
        first = min((at for at in map(low.find, _YEAR_WORDS) if at >= 0), default=-1)
        if first < 0:
            return None
        matches = _YEARS_TWIN.finditer(low, _years_may_start(low, first))
    for match in matches:
        found = number(match.group("n"))  # lowered either way
        if found is not None:
            return range_start(low if low is not None else text, match.start("n"), found)
    return None


# What joins a range's two numbers: "4-6 years", "two to three years",
# "de 2 à 3 ans", "de dos a tres años".
_RANGE_JOINS: Final = ("-", "\u2013", "\u2014", " to", " à", " a")


def range_start(text: str, at: int, found: int) -> int:
    """*found*, the years' number at *at* in *text*, or the lower end of the range it ends.

    "4-6 years" asks for four years at least, as "at least four" would.
    """
    before = text[max(0, at - 24) : at].rstrip()
    join = next((join for join in _RANGE_JOINS if before.endswith(join)), None)
    if join is None:
        return found
    words = before[: -len(join)].split()
    low = number(words[-1]) if words else None
    return low if low is not None and low < found else found


def _years_may_start(low: str, first_word: int) -> int:
    """No match of _YEARS starts before this, when its first year word is at *first_word*.

    In text spaced as a segment's is (single spaces, no others), a match holds
    at most five spaces before its year word: "five ( 5 ) (full) years". So
    the search can start after the sixth space before the first year word,
    sparing the tries at every word before it.
    """
    if not _single_spaced(low):
        return 0
    at = first_word
    for _ in range(6):
        at = low.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


def _single_spaced(text: str) -> bool:
    """Whether *text*'s only whitespace is single spaces between words.

    Every other whitespace character is unprintable: one test finds them all
    (and some harmless others, which only cost the slower reading).
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def mended_degree(text: str, *, fields_only: bool) -> tuple[str, str, str] | None:
    """*text* with a degree's word misspelt by a letter put right; the word as written, the word.

    "Bacheor's degree", "Univeristy degree", "Master's degre in Law": the
    word is one of those that say a degree or its field follows (in the
    reader's four languages), among the first words of *text*; with
    *fields_only* (a degree read, but no fields), the word before "in".
    ``None`` where *text* misspells none.
    """
    words = (
        _WORD_BEFORE_IN.finditer(text)
        if fields_only
        else itertools.islice(_LONG_WORD.finditer(text), _FIRST_DEGREE_WORDS)
    )
    for match in words:
        meant = _near_degree_words().key_of(fold(match.group(1)))
        if meant is not None and _DEGREE_WORDS[meant]:
            mended = f"{text[: match.start(1)]}{meant}{text[match.end(1) :]}"
            return mended, match.group(1), meant
    return None


@functools.cache
def _near_degree_words() -> NearNames[bool]:
    return NearNames(_DEGREE_WORDS)


_LONG_WORD: Final = re.compile(r"([^\W\d_][^\W\d_]{4,})")
_WORD_BEFORE_IN: Final = re.compile(r"([^\W\d_][^\W\d_]{4,})\s+(?:in|en|em)\s")
# How many of a path's first words may be its degree's ("Bacheor's degree", "A Univeristy
# degree", "Advanced univeristy degree").
_FIRST_DEGREE_WORDS: Final = 4
# The words that say a degree (True), and words a letter from one that do not (False:
# "Mastery of French" asks for no master's degree).
_DEGREE_WORDS: Final = {
    **dict.fromkeys(
        (
            "bachelor", "bachelors", "university", "master", "masters", "doctorate",
            "secondary", "degree", "diploma", "undergraduate", "postgraduate", "licence",
            "licenciatura", "maestria", "doctorado", "bacharelado", "mestrado", "doutorado",
            "diplome", "universitaire", "universitario",
        ),
        True,
    ),
    **dict.fromkeys(("mastery", "masterly", "masterful", "degrees", "diplomacy"), False),
}  # fmt: skip


def read_path(text: str, previous: QualificationPath | None) -> QualificationPath | None:
    """One education alternative, or ``None`` when *text* names no degree."""
    low = nocase.lowered(text)
    degree = degree_of(text, low)
    if degree is None:
        return None
    return QualificationPath(degree, _fields(text, low, previous), years_in(text, low), text)


def _fields(text: str, low: str | None, previous: QualificationPath | None) -> tuple[str, ...]:
    found = _fields_written(text, low)
    if found is None:
        # "Diplôme universitaire dans les domaines susmentionnés": the fields of the path before.
        if previous is not None and _same_fields(text, low):
            return previous.fields_of_study
        return ()
    written = found.strip()
    if fold_text(written) in {"the above fields", "the same fields", "the fields above"} or (
        # "Licenciatura en los campos mencionados": the Spanish "in" comes first.
        _same_fields(written, None)
    ):
        return previous.fields_of_study if previous else ()
    fields = []
    for piece in written.split(","):
        cleaned = _unrelated(_unrelated(piece.strip()).strip(" ,."))
        field = _before_any_related(cleaned) if cleaned else ""
        if field:
            fields.extend(_alternatives(field))
    return tuple(fields)


def _alternatives(field: str) -> list[str]:
    """*field* cut where "or" joins two fields of two words or more each, else *field* alone.

    "Engenharia Civil ou Ciências Sociais", "sciences politiques ou
    administration publique": two fields, as a comma would have listed
    them. Not where either side is one word, which may share its noun with
    the other ("Business or Public Administration", "Ciencias Políticas o
    Sociales"), unless that word is a field by itself ("Finance or Business
    Administration", "Derecho o Relaciones Internacionales"); nor before
    "any other discipline".
    """
    if " o" not in field and " u " not in field:  # most fields: one look
        return [field]
    parts = _FIELD_OR.split(field)
    if len(parts) == 1 or any(
        ((words := part.split()) and words[0].lower() in _NO_FIELD_START)
        or (len(words) < _FIELD_WORDS and not _field_alone(part))
        for part in parts
    ):
        return [field]
    return parts


def _field_alone(word: str) -> bool:
    """Whether *word* is a field of study by itself, and no word of another's name.

    "Finance", "Economics", "Sociology", "Droit", "Derecho": a noun. Not
    "Business" or "Public", which name a field only with the noun another
    side of an "or" holds ("Business or Public Administration").
    """
    folded = fold(word)
    return folded in _FIELDS_ALONE or folded.endswith(_FIELD_ENDINGS)


# Fields of study of one word that notices join by "or" to fields of several:
# "Finance or Business Administration", "Droit ou Relations internationales".
_FIELDS_ALONE: Final = frozenset(
    {"accounting", "agriculture", "architecture", "commerce", "communications", "education"}
    | {"engineering", "finance", "history", "journalism", "law", "management", "marketing"}
    | {"medicine", "nursing", "nutrition", "pharmacy", "philosophy", "demography", "geography"}
    | {"comptabilite", "droit", "economie", "finances", "gestion", "medecine", "demographie"}
    | {"contabilidad", "derecho", "economia", "finanzas", "medicina", "geografia"}
    | {"contabilidade", "direito", "financas", "gestao"}
)
# The endings of such fields' names: "Economics", "Sociology", "Sociologie", "Sociología".
_FIELD_ENDINGS: Final = ("ics", "ology", "ologie", "ologia", "istique", "istiques", "istica")


# "or" between two fields in the notices' languages.
_FIELD_OR: Final = re.compile(r" (?:or|ou|o|u) ")
# The fewest words of each field an "or" parts.
_FIELD_WORDS: Final = 2
# What begins no field: "or any other relevant discipline", "ou toute autre discipline".
_NO_FIELD_START: Final = frozenset(
    {"a", "an", "any", "another", "other", "the", "autre", "toute", "tout", "un", "une"}
    | {"cualquier", "otra", "otro", "otras", "otros", "una", "outra", "outro", "qualquer", "uma"}
)


def _before_any_related(piece: str) -> str:
    """*piece* without "or a related field" and its kin, in three languages; "" if that is all.

    "relations internationales ou dans un domaine connexe": the field before
    the related one is kept.
    """
    low = piece.lower()
    at = min((low.find(words) for words in _ANY_RELATED_FIELD if words in low), default=-1)
    if at < 0:
        return piece
    return _LINK_BEFORE_RELATED.sub("", piece[:at]).strip(" ,.")


# What joins a field to the related ones after it: "or", "ou dans un", "u otros", "and any other".
_LINK_BEFORE_RELATED: Final = re.compile(
    r"(?:\s|^)(?:or|and|ou|et|o|u|y)(?:\s+(?:in|dans|en|any|other|a|an|un|une|d.autres|otros|otras|una|cualquier"
    r"|em|outra|outras|numa|qualquer))*\s*$",
    re.IGNORECASE,
)


# The fields of the path before, in French, Spanish and Portuguese, folded.
_SAME_FIELDS: Final = (
    "domaines susmentionnes",
    "domaines mentionnes ci dessus",
    "memes domaines",
    "campos mencionados",
    "mismos campos",
    "areas mencionadas",
    "areas acima mencionadas",
    "campos acima mencionados",
    "mesmas areas",
)
# What each of _SAME_FIELDS holds before folding: most paths hold none, and need no fold.
_SAME_FIELDS_HINTS: Final = ("mention", "mencion", "mism", "mêmes", "memes", "mesm")


def _same_fields(text: str, low: str | None) -> bool:
    lowered = low if low is not None else text.lower()
    if not any(hint in lowered for hint in _SAME_FIELDS_HINTS):
        return False
    folded = fold_text(text)
    return any(words in folded for words in _SAME_FIELDS)


# "or a related field" in IOM's three languages and Portuguese, lowered: no field of study.
_ANY_RELATED_FIELD: Final = (
    "related field",
    "domaine connexe",
    "domaines connexes",
    "campo af",
    "campos af",
    "área af",
    "áreas af",
    "area af",
    "areas af",
    "campo relacionado",
    "campos relacionados",
    "área relacionada",
    "áreas relacionadas",
    "area relacionada",
    "areas relacionadas",
)

# _FIELDS in two parts: the degree and "in", then where the fields end.
_FIELDS_HEAD: Final = re.compile(_FIELDS.pattern.split("(?P<fields>")[0])
_AND_YEARS: Final = re.compile(rf",?\s{_AND_YEARS_PATTERN}", re.IGNORECASE)
# "délivré par un établissement...": where French says where the degree is from.
# ", de uma instituição acadêmica": where Portuguese does.
_FIELDS_ENDS: Final = (
    *(" from ", " avec ", " con ", " com ", ", de uma ", " délivr", " delivr"),
    *(", and ", ";"),
)
# The endings a comma may stand before: "with", and "..., combined with two years",
# "coupled with", "together with".
_WITH_ENDS: Final = (" with ", " combined with ", " coupled with ", " together with ")


def _fields_written(text: str, low: str | None) -> str | None:
    """What _FIELDS's "fields" group holds in *text*, or ``None`` when it does not match.

    sre tries _FIELDS's lazy group one character at a time, each time trying
    all its endings: slow. In single-spaced text (a segment's) the endings
    are plain strings, found with ``str.find``.
    """
    if low is None or not _single_spaced(low):
        match = nocase.search(_FIELDS, _FIELDS_TWIN, text, low)
        return match.group("fields") if match else None
    head = _FIELDS_HEAD.search(low)
    if head is None:
        return None
    start = head.end()  # a single-spaced text ends in no space: a field follows
    ends = [at for at in (low.find(end, start + 1) for end in _FIELDS_ENDS) if at >= 0]
    # ", with ...": the comma before "with" ends the fields too, as _FIELDS's ",?" has it.
    ends += [
        at - 1 if low[at - 1] == "," and at - 1 > start else at
        for at in (low.find(end, start + 1) for end in _WITH_ENDS)
        if at >= 0
    ]
    and_years = _AND_YEARS.search(low, start + 1)
    if and_years is not None:
        ends.append(and_years.start())
    if low.endswith(".") and len(low) - 1 > start:
        ends.append(len(low) - 1)
    return text[start : min(ends, default=len(low))]


def _unrelated(piece: str) -> str:
    """*piece* without "or"/"and" before it and "or a related field" after it."""
    low = nocase.lowered(piece)
    # Every match of _RELATED starts the piece with "a", "an", "and", "any", "or" or
    # "other", or ends it with "field(s)": the usual field of study has neither.
    if low is not None and low[:1] not in _RELATED_FIRST and not low.endswith(_RELATED_LAST):
        return piece.strip(" ,.")
    return _RELATED.sub("", piece).strip(" ,.")


_RELATED_FIRST: Final = ("a", "o")
_RELATED_LAST: Final = (
    "field",
    "fields",
    "field\n",
    "fields\n",
)  # $ also matches before a last newline


# --- languages -------------------------------------------------------------------

# Accented words are written out ("fluência", "noções"), not as classes
# ("no[çc][õo]es"): every match must hold a long string for nocase's
# prefilter, and a class in a word leaves it only the short pieces around it.
# An accented letter may have been lost ("ma\ufffdtrise", "dom\ufffdnio": text in
# Windows-1252 read as UTF-8): U+FFFD stands for it.
_PROFICIENCY: Final = (
    (re.compile(r"working knowledge|good command|good knowledge|bonne (?:connaissance|ma[îi\ufffd]trise)|connaissance pratique|buen conocimiento|conocimiento pr[aá\ufffd]ctico|bom conhecimento|bom domínio|bom dominio|bom dom\ufffdnio|conhecimento pr[áa\ufffd]tico", re.IGNORECASE), Proficiency.WORKING_KNOWLEDGE),
    (re.compile(r"fluen|fluência|flu\ufffdncia|perfect command|excellent|full command|mastery|ma[îi\ufffd]trise|parfaite connaissance|dominio|domínio|dom\ufffdnio", re.IGNORECASE), Proficiency.FLUENT),
    (re.compile(r"basic|notions|b[aá\ufffd]sico|noções|no\ufffd\ufffdes", re.IGNORECASE), Proficiency.BASIC),
    (re.compile(r"knowledge|command|connaissance|conocimiento|conhecimento", re.IGNORECASE), Proficiency.KNOWLEDGE),
)  # fmt: skip
_DESIRABLE: Final = re.compile(
    r"advantage|desirable|asset|preferred|atout|avantage|souhaitable|ventaja|deseable|vantagem|desej[áa]vel",
    re.IGNORECASE,
)
_REQUIRED: Final = re.compile(
    r"required|\bmust\b|essential|mandatory|requis|exig|obligatoire|indispensable|requerid|requier|imprescindible"
    r"|necess[áa]ri[oa]s?\b|obrigat[óo]ri[oa]s?\b",
    re.IGNORECASE,
)
_BOTH: Final = re.compile(
    r"oral and written|written and oral|spoken and written|written and spoken|[ée]crit et oral|oral et [ée]crit|oral y escrito|escrito y oral"
    r"|oral e escrit|escrit[ao] e oral|falad[ao] e escrit|escrit[ao] e falad",
    re.IGNORECASE,
)
_ORAL: Final = re.compile(r"\boral\b|\bspoken\b|\bfalad[ao]\b", re.IGNORECASE)
_WRITTEN: Final = re.compile(r"\bwritten\b|[ée]crit|escrit[oa]", re.IGNORECASE)
_LOCAL: Final = re.compile(
    r"(?:the\s+|a\s+)?local languages?|(?:la\s+|les\s+)?langues? locales?"
    r"|(?:el\s+|la\s+|los\s+|las\s+)?(?:idioma|lengua)s? local(?:es)?"
    r"|(?:uma\s+|a\s+|as\s+)?l[íi]nguas? loca(?:l|is)",
    re.IGNORECASE,
)
# The plural's words: "the local languages (Hausa, Kanuri)" names each language asked for,
# but after "one of", which asks for one of them.
_LOCAL_PLURAL: Final = ("languages", "langues", "idiomas", "lenguas", "línguas", "linguas")
_ONE_OF_LOCAL: Final = re.compile(
    r"\b(?:one|either|l['’]une|una|uno|uma)\s+(?:of|des|de|das)\s+(?:the\s+|las\s+|los\s+|as\s+)?"
    r"(?:local languages|langues locales|(?:idiomas|lenguas) locales|l[íi]nguas locais)",
    re.IGNORECASE,
)
# A class first: sre skips to it. A character lost (U+FFFD) may stand inside.
_WORD: Final = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\ufffd]{3,}")
# Sentences about IOM's languages in general ask nothing of the candidate.
_NOT_A_REQUIREMENT: Final = re.compile(
    r"official languages (?:of (?:the )?iom )?are|will be (?:specifically )?evaluated"
    r"|langues officielles (?:de l['’]oim )?sont|sera (?:sp.cifiquement )?.valu"
    r"|idiomas oficiales (?:de la oim )?son|ser[aá] (?:espec[íi]ficamente )?evaluad"
    r"|(?:l[íi]nguas|idiomas) oficiais (?:da oim )?s[ãa]o|ser[áa] (?:especificamente )?avaliad",
    re.IGNORECASE,
)


_NOT_A_REQUIREMENT_TWIN: Final = nocase.twin(_NOT_A_REQUIREMENT)
_LOCAL_TWIN: Final = nocase.twin(_LOCAL)


# "i.e. French" and "e.g. French" go on with the clause.
_CLAUSE_BREAK: Final = re.compile(
    r";|\.(?<!\bi\.e\.)(?<!\be\.g\.)\s"
)  # a stop first: sre skips to it
# "one additional UN official language (French, Spanish, ...)": a choice
# among the languages named after it, of which none is asked for itself.
_ONE_OF: Final = re.compile(
    r"\b(?:one|another|any)\s+(?:additional\s+|other\s+|more\s+)?(?:official\s+)?"
    r"(?:un\s+|united nations\s+)?(?:official\s+)?language"
    r"|\b(?:une\s+autre|une\s+deuxi[eè]me|une\s+seconde)\s+langue\s+officielle"
    r"|\b(?:otro|otra|un\s+segundo)\s+(?:idioma|lengua)\s+oficial"
    r"|\b(?:outra|outro|uma\s+segunda|um\s+segundo)\s+(?:l[íi]ngua|idioma)\s+oficial",
    re.IGNORECASE,
)
_ONE_OF_TWIN: Final = nocase.twin(_ONE_OF)
# Every match of _ONE_OF holds one of these ("language", "langue", "idioma", "lengua", "língua").
_ONE_OF_WORDS: Final = ("angu", "dioma", "ngua")


def read_languages(sentence: str, *, required: bool | None = None) -> list[LanguageRequirement]:
    """The language requirements one sentence states, in its order.

    *required* is what the sub-heading above the sentence says
    (:func:`requirement_heading`): where the sentence says neither that a
    language is required nor that it is desirable, it says so of them all.
    """
    low = nocase.lowered(sentence)
    if nocase.found(_NOT_A_REQUIREMENT, _NOT_A_REQUIREMENT_TWIN, sentence, low):
        return []
    found: list[LanguageRequirement] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        found.extend(_clause_languages(clause))
    if (
        required is None
        or not found
        or nocase.found(_DESIRABLE, _DESIRABLE_TWIN, sentence, low)
        or nocase.found(_REQUIRED, _REQUIRED_TWIN, sentence, low)
    ):
        return found
    return [attrs.evolve(requirement, required=required) for requirement in found]


def requirement_heading(line: str) -> bool | None:
    """Whether *line* is a sub-heading of languages that says they are required, or desirable.

    Oracle-era notices part their languages under "Required" and
    "Desirable" (seed 000's table) or "Advantageous". ``None`` for any
    other line.
    """
    word = line.strip().rstrip(":").strip().lower()
    if len(word) > _HEADING_WORD_LENGTH:  # most lines: one look
        return None
    return _REQUIREMENT_HEADINGS.get(word)


# The sub-headings a section of languages is parted by, in the four languages.
_REQUIREMENT_HEADINGS: Final = {
    **dict.fromkeys(
        ("required", "essential", "mandatory", "requis", "obligatoire", "requerido",
         "requeridos", "obligatorio", "obrigatório", "obrigatórios", "exigido"),
        True,
    ),
    **dict.fromkeys(
        ("desirable", "advantageous", "an advantage", "asset", "an asset", "preferred",
         "souhaitable", "atout", "un atout", "deseable", "deseables", "deseado",
         "desejável", "desejáveis"),
        False,
    ),
}  # fmt: skip
_HEADING_WORD_LENGTH: Final = max(map(len, _REQUIREMENT_HEADINGS))


_DESIRABLE_TWIN: Final = nocase.twin(_DESIRABLE)
_REQUIRED_TWIN: Final = nocase.twin(_REQUIRED)
_BOTH_TWIN: Final = nocase.twin(_BOTH)
_ORAL_TWIN: Final = nocase.twin(_ORAL)
_WRITTEN_TWIN: Final = nocase.twin(_WRITTEN)


def _clause_languages(clause: str) -> list[LanguageRequirement]:
    low = nocase.lowered(clause)
    names, if_placed = _language_names(clause, low)
    stated = _proficiencies(clause, low) if names or if_placed else []
    if if_placed:
        found = _standing_as_names(clause, names, if_placed, stated)
        names = sorted([*names, *found], key=lambda name: name[0])
    if not names:
        return []
    wanted = [m.start() for m in nocase.matches(_DESIRABLE, _DESIRABLE_TWIN, clause, low)]
    # Only where a clause calls something desirable does "required" tell languages apart.
    needed = (
        [m.start() for m in nocase.matches(_REQUIRED, _REQUIRED_TWIN, clause, low)]
        if wanted
        else []
    )
    modes = _modes(clause, low)
    choice = (
        nocase.search(_ONE_OF, _ONE_OF_TWIN, clause, low)
        if any(word in (low or clause.lower()) for word in _ONE_OF_WORDS)
        else None
    )
    choice_at = choice.start() if choice is not None else len(clause)
    # "the local language (Amharic/Oromo)": one of them, none asked for itself; "the
    # local languages (Hausa, Kanuri)", each of them.
    local_named = [kept for _, code, _, kept in names if code is not None and _names_local(kept)]
    local_choice = len(local_named) > 1 and (
        not any(map(_plural_local, local_named)) or _ONE_OF_LOCAL.search(clause) is not None
    )
    requirements = []
    for start, code, written, kept in names:
        phrase = _phrase_of(clause, start, len(written), stated)
        desirable = (
            start > choice_at
            or (local_choice and code is not None and _names_local(kept))
            or _said_desirable(clause, start, phrase, stated, (wanted, needed))
        )
        requirements.append(
            LanguageRequirement(
                Language(code) if code else None,
                proficiency=stated[phrase][2] if phrase is not None else None,
                required=not desirable,
                modes=modes,
                as_written=kept,
            )
        )
    return requirements


def _said_desirable(
    clause: str,
    start: int,
    phrase: int | None,
    stated: list[_Stated],
    words: tuple[list[int], list[int]],
) -> bool:
    """Whether the language named at *start*, of proficiency phrase *phrase*, is only desirable.

    *words* are where the clause says "desirable" and where "required".
    Where the clause states several proficiencies ("Fluency in English is
    required and knowledge of French is an advantage"), each phrase's words
    run to the next phrase, and a desirable word belongs to the phrase whose
    words hold it. Where it states one, the first of those words after the
    language says ("Fluency in English and French is required, Arabic an
    asset"), else the last before it.
    """
    wanted, needed = words
    if not wanted:
        return False
    if len(stated) > 1 and phrase is not None:
        begin = stated[phrase][0] if phrase else 0
        end = stated[phrase + 1][0] if phrase + 1 < len(stated) else len(clause)
        return any(begin <= at < end for at in wanted)
    said = sorted([(at, True) for at in wanted] + [(at, False) for at in needed])
    after = [desirable for at, desirable in said if at > start]
    return after[0] if after else said[-1][1]


# A proficiency phrase, where the clause states it: (start, end, level).
_Stated = tuple[int, int, Proficiency]
# _PROFICIENCY in one pattern, each level a named group, in _PROFICIENCY's order.
_ANY_PROFICIENCY: Final = re.compile(
    "|".join(f"(?P<{level.name.lower()}>{pattern.pattern})" for pattern, level in _PROFICIENCY),
    re.IGNORECASE,
)
_ANY_PROFICIENCY_TWIN: Final = nocase.twin(_ANY_PROFICIENCY)
_LEVEL_OF: Final = {level.name.lower(): level for _, level in _PROFICIENCY}


def _proficiencies(clause: str, low: str | None) -> list[_Stated]:
    """Each proficiency *clause* states, in order: "fluency in ... and working knowledge of"."""
    # One search for all the phrases, the stronger alternatives first: a phrase
    # within one of theirs ("command" in "excellent command", "knowledge" in
    # "working knowledge") is theirs, and the search goes on after it.
    found: list[_Stated] = [
        (match.start(), match.end(), _LEVEL_OF[str(match.lastgroup)])
        for match in nocase.matches(_ANY_PROFICIENCY, _ANY_PROFICIENCY_TWIN, clause, low)
    ]
    # "basic knowledge", "fluent command" ("fluen" its word's start): the knowledge
    # is the word before's.
    return [
        stated
        for index, stated in enumerate(found)
        if not (
            index
            and stated[2] is Proficiency.KNOWLEDGE
            and _next_word_at(clause, found[index - 1][1], stated[0])
        )
    ]


def _next_word_at(clause: str, end: int, start: int) -> bool:
    """Whether *start* in *clause* is the next word after the one whose letters run to or past *end*."""
    while end < start and clause[end].isalpha():
        end += 1
    return start - end <= 1


def _phrase_of(clause: str, start: int, length: int, stated: list[_Stated]) -> int | None:
    """Which of *stated* says the proficiency of the language named at *start* (*length* long).

    A proficiency in brackets right after the name ("English (fluent)"),
    else the nearest before it ("fluency in English and working knowledge
    of French"), else the first the clause states.
    """
    end = start + length
    if clause[end:].lstrip().startswith("("):
        close = clause.find(")", end)
        inside = [index for index, (at, _, _) in enumerate(stated) if end <= at < close]
        if inside:
            return inside[0]
    before = [index for index, (at, _, _) in enumerate(stated) if at < start]
    if before:
        return before[-1]
    return 0 if stated else None


def _modes(clause: str, low: str | None) -> tuple[LanguageMode, ...]:
    if nocase.found(_BOTH, _BOTH_TWIN, clause, low):
        return (LanguageMode.ORAL, LanguageMode.WRITTEN)
    modes = []
    if nocase.found(_ORAL, _ORAL_TWIN, clause, low):
        modes.append(LanguageMode.ORAL)
    if nocase.found(_WRITTEN, _WRITTEN_TWIN, clause, low):
        modes.append(LanguageMode.WRITTEN)
    return tuple(modes)


# The most characters a match of _LOCAL holds before its "local": "uma língua ".
_BEFORE_LOCAL: Final = 11


def local_language(clause: str, low: str | None) -> re.Match[str] | None:
    """Where *clause* asks for "the local language" (_LOCAL), if it does.

    Every match holds "local", at most _BEFORE_LOCAL characters after its
    start in single-spaced text: the search starts there, not at every word
    before it (sre has no fixed first character to skip to).
    """
    if low is None or not _single_spaced(low):
        return nocase.search(_LOCAL, _LOCAL_TWIN, clause, low)
    first = low.find("local")
    if first < 0:
        return None
    return nocase.search(_LOCAL, _LOCAL_TWIN, clause, low, max(0, first - _BEFORE_LOCAL))


# A language named in a clause: where, its code (None for "the local language"), the
# words naming it, and the words the requirement keeps (those that are not its name).
_LanguageNamed = tuple[int, str | None, str, str | None]


def _standing_as_names(
    clause: str, names: list[_LanguageNamed], if_placed: list[_LanguageNamed], stated: list[_Stated]
) -> list[_LanguageNamed]:
    """The names of *if_placed* that stand where a language's name does.

    Right after a proficiency or another language's name, or right before
    one, nothing but small words between: "Fluency in Englsh and Frnch",
    "Hausa or Yorouba", "Englsih (fluent)", "fluency in english". "Create
    reports in English" does not ask for Croatian (French "croate"), a
    letter from "Create".
    """
    ends = [start + len(written) for start, _, written, _ in names]
    # A proficiency's words may end inside a word: "fluen" of "fluency".
    ends.extend(_word_end(clause, end) for _, end, _ in stated)
    starts = [start for start, _, _, _ in names]
    starts.extend(start for start, _, _ in stated)  # "Englsih (fluent)"
    found = []
    for name in if_placed:
        start, end = name[0], name[0] + len(name[2])
        before = max((at for at in ends if at <= start), default=None)
        after = min((at for at in starts if at >= end), default=None)
        if (before is not None and _joins(clause[before:start])) or (
            after is not None and _joins(clause[end:after])
        ):
            found.append(name)
            ends.append(end)
    return found


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _joins(between: str) -> bool:
    """Whether *between* holds only the small words that join names in a list."""
    return len(between) <= _JOINS_LENGTH and all(
        word in _JOINING_WORDS for word in fold_text(between).split()
    )


# The most characters between two names of a list: " and/or the " and the like.
_JOINS_LENGTH: Final = 16
_JOINING_WORDS: Final = frozenset(
    {"in", "of", "and", "or", "the", "both", "either", "as", "well"}  # English
    | {"en", "de", "du", "des", "d", "l", "le", "la", "les", "et", "ou"}  # French
    | {"del", "el", "y", "o", "e", "u"}  # Spanish
    | {"do", "da", "dos", "das", "em"}  # Portuguese
)


def _language_names(
    clause: str, low: str | None
) -> tuple[list[_LanguageNamed], list[_LanguageNamed]]:
    """Each language *clause* names, in order; and each it names only if the name stands as one.

    Those are names misspelt ("Frnch") and English names in lower case
    ("english"), which :func:`_standing_as_names` sorts out.
    """
    found: list[_LanguageNamed] = []
    if_placed: list[_LanguageNamed] = []
    local = local_language(clause, low)
    if local:
        words = local.group(0).strip()
        found.append((local.start(), None, words, words))
    for match in _WORD.finditer(clause):
        word, start = _unelided(match)
        placed: bool | None = False
        if not word[0].isupper() and LOST not in word:
            named = _named_in_small_letters(clause, word, match.end())
            if named is None:
                continue
            word, placed = named
        code = language_named_by(word)
        if code is not None and placed:
            if_placed.append((start, code, word, None))  # "fluency in english"
            continue
        if code is not None:
            if all(code != seen for _, seen, _, _ in found):
                found.append((start, code, word, None))
            continue
        code = misspelt_language(word) if word[0].isupper() else None
        # "Germany" is no misspelt German, nor "Somalia" Somali.
        if code is not None and lookup_country(word, codes=False) is None:
            if_placed.append((start, code, word, word))
    if local:
        found = _local_language_named(clause, local, found)
    found += _creoles_alone(clause, found)
    seen_codes = {code for _, code, _, _ in found}
    if_placed = [name for name in if_placed if name[1] not in seen_codes]
    return sorted(found, key=lambda item: item[0]), if_placed


def _creoles_alone(clause: str, found: list[_LanguageNamed]) -> list[_LanguageNamed]:
    """The word "Creole" in *clause* where it names no language alone: no name *found* holds it.

    "La maîtrise du français et du créole est requise" (for a post in Haiti)
    asks for a creole, which one the word does not say: it is kept as the
    requirement's words, unresolved as "the local language" is, and LNG003
    names the duty station's languages. "Haitian Creole" and "créole
    haïtien" name one; the word had been dropped, and the requirement with it.
    """
    if not any(stem in clause for stem in _CREOLE_STEMS):
        return []
    spans = [(start, start + len(written)) for start, _, written, _ in found]
    alone: list[_LanguageNamed] = []
    for match in _CREOLE.finditer(clause):
        start, end = match.span()
        # Within a name, or a space from one: "Haitian Creole", "créole haïtien".
        if not any(first - 1 <= end and start <= last + 1 for first, last in spans):
            alone.append((start, None, match.group(0), match.group(0)))
    return alone


# "Creole", "créole", "criollo", "crioulo": a word, its first letter either case.
_CREOLE: Final = re.compile(r"\b[Cc](?:r[ée]ole|riollo|rioulo)\b")
_CREOLE_STEMS: Final = ("reole", "réole", "riollo", "rioulo")


def _unelided(word: re.Match[str]) -> tuple[str, int]:
    """The *word* found, and where it starts: after "l" or "d" and a lost apostrophe, if any.

    "l\ufffdanglais": French "l’anglais", its apostrophe lost (text in
    Windows-1252 read as UTF-8), names English.
    """
    found = word.group(0)
    if found[1] == LOST and found[0] in _ELIDED:
        return found[2:], word.start() + 2
    return found, word.start()


# The letters French elides before a vowel ("l’anglais", "d’arabe").
_ELIDED: Final = frozenset("lLdD")


def _names_local(kept: str | None) -> bool:
    """Whether a language's words kept are "the local language" it was named as."""
    return kept is not None and "local" in kept.lower()


def _plural_local(kept: str | None) -> bool:
    """Whether "the local languages" (plural) named the language whose words are *kept*."""
    lowered = (kept or "").lower()
    return any(word in lowered for word in _LOCAL_PLURAL)


def _local_language_named(
    clause: str, local: re.Match[str], found: list[_LanguageNamed]
) -> list[_LanguageNamed]:
    """*found*, the local language given by the names in brackets after it, if any.

    "English and local language (Amharic)": Amharic is the local language,
    no second language left unnamed; it keeps the words "local language".
    """
    rest = clause[local.end() :]
    opening = local.end() + len(rest) - len(rest.lstrip())
    closing = clause.find(")", opening) if clause.startswith("(", opening) else -1
    inside = [name for name in found if name[1] is not None and opening < name[0] < closing]
    if not inside:
        return found
    words = local.group(0).strip()
    return [
        (at, code, word, words) if (at, code, word, kept) in inside else (at, code, word, kept)
        for at, code, word, kept in found
        if code is not None or at != local.start()
    ]


@functools.cache
def _LOWERCASE_NAMES() -> dict[str, bool]:  # noqa: N802 -- a constant, computed once
    """The language names read in lower case, each with whether it must stand where a name does.

    French, Spanish and Portuguese write language names in lower case
    ("anglais", "inglés", "inglês"): read wherever they stand. English
    capitalizes them, but notices retyped on boards do not ("fluency in
    english and spanish"): read, as a misspelt name is, only beside a
    proficiency or another language's name.
    """
    from babel import Locale  # noqa: PLC0415

    names: dict[str, bool] = {}
    # English last: a name French writes too ("hindi") is read wherever it stands.
    for locale in sorted(NAME_LOCALES, key=lambda locale: locale == "en"):
        for code, name in Locale.parse(locale).languages.items():
            # Languages read by name, and names long enough not to be ordinary words.
            if read_by_name(code) and len(name) >= 4:  # noqa: PLR2004
                names.setdefault(fold(name), locale == "en")
    for word in _WORDS_NAMING_LANGUAGES:
        names.pop(word, None)
    return names


# Words that name languages, in lower case ordinary words ("polish the
# draft", "the latin american context"): read only capitalized.
_WORDS_NAMING_LANGUAGES: Final = ("polish", "latin")


def _named_in_small_letters(clause: str, word: str, end: int) -> tuple[str, bool] | None:
    """The language name in lower case *word* is or begins, and whether it must stand as one.

    ``None`` where it begins none. *end* is where *word* ends in *clause*.
    """
    placed = _LOWERCASE_NAMES().get(fold(word))
    if placed is not None:
        return word, placed
    # "créole haïtien": a name of words none of which names a language alone.
    return _name_of_words(clause, word, end)


@functools.cache
def _FIRST_OF_NAMES() -> dict[str, int]:  # noqa: N802 -- a constant, computed once
    """The first word of each name of several words read in lower case: its most words."""
    words: dict[str, int] = {}
    for name in _LOWERCASE_NAMES():
        first, *rest = name.split()
        if rest:
            words[first] = max(words.get(first, 0), len(rest) + 1)
    return words


def _name_of_words(clause: str, first: str, end: int) -> tuple[str, bool] | None:
    """The language name of several words that *first* begins, where *clause* goes on with it.

    "La maîtrise du français et du créole haïtien est requise" (IOM Haiti):
    French writes Haitian Creole "créole haïtien", in lower case, and
    neither word names it alone. The name as written, and whether it must
    stand where a name does (see :func:`_LOWERCASE_NAMES`), the longest
    first; ``None`` where the words name no language.
    """
    most = _FIRST_OF_NAMES().get(fold(first), 0)
    if not most:
        return None
    following = _FOLLOWING_WORDS.match(clause, end)
    after = [word for word in following.groups() if word] if following else []
    words = [first, *after[: most - 1]]
    for count in range(len(words), 1, -1):
        name = " ".join(words[:count])
        placed = _LOWERCASE_NAMES().get(fold(name))
        if placed is not None:
            return name, placed
    return None


# The words after a name's first, as far as the longest name of several words goes.
_FOLLOWING_WORDS: Final = re.compile(r"\s\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")
