"""The pay a header's field states: "35000 MDL per month" (internal).

A salary is read where a field's value begins with an amount and a
currency, by its ISO 4217 code or by a sign only it writes ("US$", "€"),
either side of the amount: "35000 MDL per month", "USD 1,500 - 2,000 a
month", "1 500,50 € par mois". What follows may say the period it pays
for; the value's words are all kept as written. A value that begins
otherwise ("negotiable", "As per IOM salary scale") is no salary.

Money several currencies write ("850 000 FCFA", "$1,500", "Q 10,000") is
the duty station's country's: :func:`local_money` says which, where the
countries agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from iomjobs._text import fold_text
from iomjobs.model._checks import MONEY
from iomjobs.model.pay import Currency, PayBasis, PayPeriod, Salary
from iomjobs.reference.currencies import (
    currencies_of,
    currency_signed,
    is_currency_code,
    lookup_currency,
)

__all__ = ["amount_alone", "local_money", "read_salary"]

# Thousands in groups of three (by a comma, a point, a space or an apostrophe)
# and at most four decimals, or digits alone: "35,000", "1.500,50", "35000".
# The amount ends where its digits do: "1.5050" is no "1.505" and a "0".
_AMOUNT: Final = (
    r"(?:\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?)(?![\d])"
)
_CURRENCY: Final = r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|US\$|\$US|U\$S|€|£|¥"
_SALARY: Final = re.compile(
    rf"(?:(?P<before>{_CURRENCY})\s*)?(?P<amount>{_AMOUNT})(?:\s*(?P<after>{_CURRENCY}))?"
    rf"(?:\s*(?:-|–|—|to|à|a|hasta|até|ate)\s*(?:(?P<before_max>{_CURRENCY})\s*)?"
    rf"(?P<maximum>{_AMOUNT})(?:\s*(?P<after_max>{_CURRENCY}))?)?"
)

# The words that say what an amount pays for, folded, with the word before
# them ("per month", "par mois", "por mes", "/month" folded to "month").
_PERIODS: Final = {
    PayPeriod.HOUR: ("hour", "hourly", "heure", "hora"),
    PayPeriod.DAY: ("day", "daily", "jour", "journalier", "dia", "diario"),
    PayPeriod.WEEK: ("week", "weekly", "semaine", "hebdomadaire", "semana", "semanal"),
    PayPeriod.MONTH: (
        "month", "monthly", "mensem", "mois", "mensuel", "mensuelle", "mensuels", "mes",
        "mensual", "mensuales", "mensal", "mensais",
    ),
    PayPeriod.YEAR: (
        "year", "yearly", "annum", "annually", "annual", "annee", "annuel", "annuelle",
        "ano", "anual", "anuales", "anuais",
    ),
}  # fmt: skip
_PERIOD_OF: Final = {word: period for period, words in _PERIODS.items() for word in words}
# What may stand before the period's word: "per", "a", "par", "por", "al", "ao".
_PER: Final = frozenset({"per", "a", "an", "each", "par", "por", "al", "ao", "de", "l", "the"})
# What may stand between the amount and its period: "35000 MDL (gross) per month".
_BASIS: Final = frozenset(
    {"gross", "net", "brut", "brute", "nette", "bruto", "neto", "liquido", "all", "inclusive"}
    | {"bruts", "brutes", "nets", "nettes", "brutos", "brutas", "netos", "netas", "liquidos"}
)
# The words that say the amount's basis, folded, in the four languages: in the
# label ("All Inclusive Salary", "Salaire mensuel brut") or after the amount.
_BASES: Final = (
    (PayBasis.ALL_INCLUSIVE, ("all inclusive", "tout compris", "todo incluido", "tudo incluido")),
    (PayBasis.GROSS, ("gross", "brut", "brute", "bruto", "bruta", "bruts", "brutos", "brutas")),
    (PayBasis.NET, ("net", "nette", "neto", "neta", "liquido", "liquida", "netos", "netas")),
)


def read_salary(value: str, label: str = "") -> Salary | None:
    """The salary *value* states, its period said by *value* or else by *label*; or ``None``."""
    value = value.strip()
    match = _SALARY.match(value)
    if match is None:
        return None
    currency = _currency(match)
    amount = _amount(match.group("amount"))
    maximum = _amount(match.group("maximum")) if match.group("maximum") else None
    if currency is None or amount is None or (match.group("maximum") and maximum is None):
        return None
    if maximum is not None and maximum <= amount:
        return None
    rest = value[match.end() :]
    period = _period(rest) or _label_period(label)
    basis = _basis(f"{label} {rest}")
    return Salary(
        amount, Currency(currency), period, maximum=maximum, as_written=value, basis=basis
    )


def amount_alone(text: str) -> Salary | None:
    """The salary *text* states where it is an amount and its currency alone: "USD 1500"."""
    return read_salary(text) if _SALARY.fullmatch(text.strip()) else None


def local_money(value: str, countries: Iterable[str]) -> tuple[int, int, str] | None:
    """Where *value* writes money that only *countries* (alpha-2) say the currency of, and it.

    "850 000 FCFA" is West Africa's franc (XOF) or Central Africa's (XAF);
    "$1,500" a dozen dollars and pesos, "Q 10,000" Guatemala's quetzal: the
    sign before or after the amount, as the countries' locales write their
    currencies. ``None`` where the countries name none, or not the same one.
    """
    franc = _CFA_FRANC.search(value)
    if franc is not None:
        start, end = franc.span()
        zones = {_CFA_ZONES & currencies_of(country) for country in countries}
        codes = {next(iter(zone)) if len(zone) == 1 else None for zone in zones}
    else:
        sign = _LOCAL_SIGN.match(value)
        if sign is None:
            return None
        start, end = sign.span("before") if sign.group("before") else sign.span("after")
        written = value[start:end].rstrip(".")  # "KSh. 150,000"
        codes = {currency_signed(written, country) for country in countries}
    if len(codes) != 1 or (code := codes.pop()) is None:
        return None
    return start, end, code


# The CFA franc, as notices in West and Central Africa write it ("850 000 FCFA", "F CFA"),
# and the two currencies it names.
_CFA_FRANC: Final = re.compile(r"(?<![A-Za-z])(?:F\.?\s?CFA|CFA\s?F|francs?\s+CFA)(?![A-Za-z])")
_CFA_ZONES: Final = frozenset({"XOF", "XAF"})
# A sign of at most four characters before the amount ("$1,500", "KSh. 150,000") or after
# it ("150,000 Ksh").
_LOCAL_SIGN: Final = re.compile(
    rf"(?P<before>[^\s\d]{{1,4}}?\.?)\s?(?={_AMOUNT})"
    rf"|{_AMOUNT}\s?(?P<after>[^\s\d.,;:()]{{1,4}})(?![^\s.,;:()])"
)


def _currency(match: re.Match[str]) -> str | None:
    """The one currency the match names, by code or sign; ``None`` for none or two."""
    named = {
        lookup_currency(sign, codes=False) if not sign.isalpha() else sign
        for sign in match.group("before", "after", "before_max", "after_max")
        if sign
    }
    if len(named) != 1:
        return None
    (code,) = named
    return code if code is not None and is_currency_code(code) else None


def _amount(written: str) -> Decimal | None:
    """*written* as a :class:`~decimal.Decimal`: its groups joined, its decimal sign a point.

    Groups are of three digits, by one sign throughout, and the decimals
    follow another: "1,500.50", "1.500,50", "35 000". Without groups, a
    point or comma begins the decimals: "1500,5".
    """
    grouped = _GROUPED.fullmatch(written)
    if grouped is not None and grouped.group("decimal") != grouped.group("group"):
        whole, fraction = grouped.group("whole"), grouped.group("fraction")
    else:
        plain = _PLAIN.fullmatch(written)
        if plain is None:
            return None  # "1,500,00": one sign between the groups and before the decimals
        whole, fraction = plain.group("whole"), plain.group("fraction")
    digits = "".join(filter(str.isdigit, whole)) + (f".{fraction}" if fraction else "")
    return Decimal(digits) if MONEY.match(digits) else None


_GROUPED: Final = re.compile(
    r"(?P<whole>\d{1,3}(?P<group>[,.\u00a0\u202f' ])\d{3}(?:(?P=group)\d{3})*)"
    r"(?:(?P<decimal>[.,])(?P<fraction>\d{1,4}))?"
)
_PLAIN: Final = re.compile(r"(?P<whole>\d+)(?:[.,](?P<fraction>\d{1,4}))?")


def _period(rest: str) -> PayPeriod | None:
    """The period the words after the amount begin with: "per month", "(gross) a month"."""
    before = ""
    for word in fold_text(rest).split()[:4]:
        if word in _PERIOD_OF:
            return _PERIOD_OF[word]
        if word == "an" and before == "par":  # "par an"; "an hour" is English
            return PayPeriod.YEAR
        if word not in _PER and word not in _BASIS:
            return None
        before = word
    return None


def _basis(words: str) -> PayBasis | None:
    """The one basis *words* (the label and what follows the amount) name; else ``None``."""
    folded = f" {fold_text(words)} "
    named = {basis for basis, phrases in _BASES if any(f" {p} " in folded for p in phrases)}
    return named.pop() if len(named) == 1 else None


def _label_period(label: str) -> PayPeriod | None:
    """The period a label says: "Monthly Salary", "Salaire mensuel"."""
    words = fold_text(label).split()
    return next((_PERIOD_OF[word] for word in words if word in _PERIOD_OF), None)
