"""ISO 4217 currencies: codes, and names in English, French, Spanish and Portuguese.

pycountry holds the ISO list, babel (CLDR) the names. A notice names a
currency by its code ("35000 MDL per month"), now and then by a sign
("US$ 1,500") or a name ("1 500 dollars des États-Unis"); a sign that
several currencies write ("$", "Fr") names none, and so does a name two
share. Loaded on first use.

>>> from iomjobs.reference import currency_name, lookup_currency
>>> lookup_currency("MDL"), lookup_currency("US$"), lookup_currency("euros")
('MDL', 'USD', 'EUR')
>>> lookup_currency("$") is None, lookup_currency("XYZ") is None
(True, True)
>>> currency_name("MDL", "fr")
'leu moldave'
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from iomjobs._text import fold, require_text
from iomjobs.reference._iso import records
from iomjobs.reference._locales import NAME_LOCALES, cldr_locale

__all__ = [
    "currencies_of",
    "currency_name",
    "currency_signed",
    "is_currency_code",
    "lookup_currency",
]


def __dir__() -> list[str]:
    return __all__


# Signs that name one currency wherever they are written. "$" (a dozen
# dollars and pesos), "Fr" and "kr" name several, and are left out.
_SIGNS = {"US$": "USD", "$US": "USD", "U$S": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


@functools.cache
def _codes() -> frozenset[str]:
    return frozenset(currency["alpha_3"] for currency in records("currencies"))


def is_currency_code(code: object) -> bool:
    """Whether *code* is a current ISO 4217 alphabetic code, in capitals."""
    return isinstance(code, str) and code in _codes()


@functools.cache
def _names() -> dict[str, str]:
    from babel import Locale  # noqa: PLC0415 -- lazy: keeps ``import iomjobs`` cheap
    from babel.numbers import get_currency_name  # noqa: PLC0415

    named: dict[str, set[str]] = {}
    for currency in records("currencies"):
        named.setdefault(fold(currency["name"]), set()).add(currency["alpha_3"])
    for locale in NAME_LOCALES:
        for code, name in Locale.parse(locale).currencies.items():
            if is_currency_code(code):
                for each in (name, get_currency_name(code, count=2, locale=locale)):
                    named.setdefault(fold(each), set()).add(code)
    # A name two currencies share ("bolívar soberano": VES and VED) names neither.
    return {name: codes.pop() for name, codes in named.items() if len(codes) == 1}


def lookup_currency(text: str, *, codes: bool = True) -> str | None:
    """The ISO 4217 code *text* names: a code (any case), a sign that names one, or a name.

    With ``codes=False`` only signs and names are read: a notice's word in
    capitals ("ALL", "CUP", "TOP") names no currency unless it stands beside an amount.
    """
    require_text("lookup_currency", text)
    bare = text.strip()
    if codes and is_currency_code(bare.upper()):
        return bare.upper()
    return _SIGNS.get(bare) or _names().get(fold(bare))


def currency_name(code: str, locale: str = "en") -> str:
    """The name of currency *code* in *locale* (babel's CLDR data); the code where it has none.

    :raises InvalidValue: for a locale that is no CLDR locale.
    """
    from babel.numbers import get_currency_name  # noqa: PLC0415

    return str(get_currency_name(code, locale=cldr_locale(locale, "currency_name")))


@functools.cache
def currencies_of(country: str) -> frozenset[str]:
    """The current ISO 4217 currencies country *country* (alpha-2) has used since 1999 (CLDR).

    Since the euro, and more than one where a country changed or has two:
    Venezuela's bolívar soberano and its digital bolívar, Zimbabwe's gold
    and the US dollar it also pays in. A country CLDR does not know has none.

    >>> sorted(currencies_of("VE")), sorted(currencies_of("ZW")), sorted(currencies_of("XK"))
    (['VED', 'VES'], ['USD', 'ZWG'], ['EUR'])
    """
    from babel.numbers import get_territory_currencies  # noqa: PLC0415

    used = get_territory_currencies(country, _SINCE, _UNTIL, non_tender=True)
    return frozenset(code for code in used if is_currency_code(code))


def currency_signed(sign: str, country: str) -> str | None:
    """The currency of *country* (alpha-2) that *sign* writes there, or ``None``.

    A sign several currencies write names one in a country: "$" is Mexico's
    peso in Mexico and the US dollar in Ecuador; "Q" Guatemala's quetzal,
    "R$" Brazil's real, "Ksh" Kenya's shilling (any case). The symbols are
    CLDR's, in the locales of the country; a sign two of its currencies
    write names neither.

    >>> currency_signed("$", "MX"), currency_signed("$", "EC"), currency_signed("Q", "GT")
    ('MXN', 'USD', 'GTQ')
    >>> currency_signed("$", "FR") is None
    True
    """
    require_text("currency_signed", sign)
    require_text("currency_signed", country)
    found = {code for written, code in _signs_in(country) if written == sign.casefold()}
    return found.pop() if len(found) == 1 else None


@functools.cache
def _signs_in(country: str) -> frozenset[tuple[str, str]]:
    """Each sign (case-folded) the currencies of *country* are written with there, and the code."""
    from babel import Locale, localedata  # noqa: PLC0415
    from babel.numbers import get_currency_symbol  # noqa: PLC0415

    suffix = f"_{country}"
    locales = [
        Locale.parse(each) for each in localedata.locale_identifiers() if each.endswith(suffix)
    ]
    codes = currencies_of(country)
    written = {
        (get_currency_symbol(code, locale=locale), code) for code in codes for locale in locales
    }
    return frozenset((sign.casefold(), code) for sign, code in written if sign != code)


# The years a country's currencies are looked up in: from the euro's first on.
_SINCE: Final = dt.date(1999, 1, 1)
_UNTIL: Final = dt.date(2100, 1, 1)
