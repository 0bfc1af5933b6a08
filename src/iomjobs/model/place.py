"""Countries and duty stations.

>>> from iomjobs import Country, DutyStation
>>> Country.parse("Tanzania, the United Republic of")
Country('TZ')
>>> Country.parse("Turkey"), Country.parse("Kosovo")
(Country('TR'), Country('XK'))
>>> DutyStation(city="Port of Span", country=Country("TT"))
DutyStation(city='Port of Span', region=None, country=Country('TT'),
            home_based=False, as_written=None)
>>> Country("XX")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
iomjobs.errors.InvalidCountry: Invalid country: 'XX' (expected an ISO 3166-1 ...) @ code
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from iomjobs.errors import InvalidCountry
from iomjobs.model._value import CodeValue
from iomjobs.reference.countries import (
    country_name,
    is_country_code,
    lookup_country,
    suggested_country,
)

__all__ = ["Country", "DutyStation"]

# Where a station's words end and a remark on travel begins, which a station's
# `as_written` keeps: "Dhaka, Bangladesh with travel to Cox's Bazar", "Bamako,
# Mali avec des déplacements fréquents", "Bogotá con desplazamientos a terreno", "Maputo
# com deslocações frequentes às províncias" (the reader and rule PLC004 both cut there).
TRAVEL_REMARK: Final = re.compile(
    r",?\s+(?:with|avec|con|com)\s+(?:\w+\s+){0,2}?"
    r"(?:travel|d[ée]placements?|viajes?|desplazamientos?|desloca[çc](?:[õo]es|[ãa]o)"
    r"|viagens?|missions?|misiones?|miss[õo]es)\b",
    re.IGNORECASE,
)


def __dir__() -> list[str]:
    return __all__


class Country(CodeValue):
    """An ISO 3166-1 country by its alpha-2 code; ``XK`` stands for Kosovo."""

    __slots__ = ()

    @classmethod
    def _check(cls, code: object) -> None:
        if not is_country_code(code):
            msg = (
                f"Invalid country: {code!r} "
                "(expected an ISO 3166-1 alpha-2 code such as 'TT', or 'XK')"
            )
            raise InvalidCountry(msg, value=code, path="code")

    @classmethod
    def parse(cls, text: str) -> Country:
        """Read a country code or name (English, French, Spanish or Portuguese, accents optional).

        :raises InvalidCountry: when *text* names no country; where it misspells
            one by a letter, or a long name by two ("Phillipines"), the message names it.
        """
        given: object = text  # callers without type checking may pass anything
        code = lookup_country(given) if isinstance(given, str) else None
        if code is None:
            msg = f"Invalid country: {text!r} (expected a country name or ISO 3166-1 code)"
            meant = suggested_country(given) if isinstance(given, str) else None
            if meant is not None:
                msg += f"; did you mean {country_name(meant)!r}?"
            raise InvalidCountry(msg, value=text)
        return cls(code)

    def name(self, locale: str = "en") -> str:
        """The country's name in *locale* (babel's CLDR data)."""
        return country_name(self.code, locale)


@attrs.frozen
class DutyStation:
    """Where the post is based: a city as written, its region, and its country.

    ``region`` is the state, province or governorate a notice names between
    city and country ("Maiduguri, Borno State, Nigeria"). It is keyword-only,
    so that ``DutyStation("Aden", Country("YE"))`` reads as before. A
    home-based post may have no city; ``as_written`` keeps the notice's words
    ("Home-based with travel to Addis Ababa").
    """

    city: str | None = None
    region: str | None = attrs.field(default=None, kw_only=True)
    country: Country | None = None
    home_based: bool = False
    as_written: str | None = None
