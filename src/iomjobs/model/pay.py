"""Pay as a notice states it: an amount, its currency, the period it is paid for, its basis.

IOM notices seldom state pay; where they do, it is a line of the header
("All Inclusive Salary: 35000 MDL per month"). An amount is a
:class:`~decimal.Decimal`, kept as written ("1500.00" stays so), and the
JSON form writes it as that string, which no float could keep.

>>> from decimal import Decimal
>>> from iomjobs import Currency, PayPeriod, Salary
>>> Salary(Decimal("35000"), Currency("MDL"), PayPeriod.MONTH)
Salary(amount=Decimal('35000'), currency=Currency('MDL'), period=<PayPeriod.MONTH: 'month'>,
       maximum=None, as_written=None, basis=None)
>>> Currency("MDL").name("fr")
'leu moldave'
>>> Salary(Decimal("2000"), Currency("USD"), maximum=Decimal("1500"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
iomjobs.errors.InvalidValue: Invalid maximum: Decimal('1500') (expected more than the amount, ...
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs

from iomjobs.errors import InvalidCurrency, InvalidValue
from iomjobs.model._checks import money
from iomjobs.model._value import CodeValue
from iomjobs.reference.currencies import currency_name, is_currency_code, lookup_currency

__all__ = ["Currency", "PayBasis", "PayPeriod", "Salary"]


def __dir__() -> list[str]:
    return __all__


class Currency(CodeValue):
    """An ISO 4217 currency by its alphabetic code: ``Currency("USD")``."""

    __slots__ = ()

    @classmethod
    def _check(cls, code: object) -> None:
        if not is_currency_code(code):
            msg = f"Invalid currency: {code!r} (expected an ISO 4217 code such as 'USD' or 'MDL')"
            raise InvalidCurrency(msg, value=code, path="code")

    @classmethod
    def parse(cls, text: str) -> Currency:
        """Read a currency's code (any case), a sign only it writes ("US$", "€"), or its name.

        :raises InvalidCurrency: when *text* names no currency, or a sign
            several write ("$").
        """
        given: object = text  # callers without type checking may pass anything
        code = lookup_currency(given) if isinstance(given, str) else None
        if code is None:
            msg = f"Invalid currency: {text!r} (expected an ISO 4217 code, or a currency's name)"
            raise InvalidCurrency(msg, value=text)
        return cls(code)

    def name(self, locale: str = "en") -> str:
        """The currency's name in *locale* (babel's CLDR data)."""
        return currency_name(self.code, locale)


class PayPeriod(enum.Enum):
    """What an amount is paid for: schema.org's ``unitText`` of a salary, in lower case."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class PayBasis(enum.Enum):
    """What the amount is: before deductions (gross), after them (net), or all the pay.

    "All inclusive" is IOM's word for an amount that holds every allowance
    and benefit, as consultants' and special contracts' pay does ("All
    Inclusive Salary: 35000 MDL per month", IOM Moldova, 2022).
    """

    GROSS = "gross"
    NET = "net"
    ALL_INCLUSIVE = "all inclusive"


def _check_maximum(
    instance: Salary, attribute: attrs.Attribute[Any], value: Decimal | None
) -> None:
    money(instance, attribute, value)
    if value is not None and not value > instance.amount:
        msg = f"Invalid maximum: {value!r} (expected more than the amount, {instance.amount})"
        raise InvalidValue(msg, value=value, path=attribute.name)


@attrs.frozen
class Salary:
    """The pay a notice states: "35000 MDL per month", "USD 1,500 - 2,000 a month".

    ``amount`` is the figure, or a range's lower end, and ``maximum`` the
    range's upper end; ``period`` is ``None`` where the notice does not say
    what the amount pays for, and ``basis`` (keyword-only) where it does not
    say whether the amount is gross, net or all inclusive. ``as_written``
    keeps the notice's words.
    """

    amount: Decimal = attrs.field(validator=money)
    currency: Currency
    period: PayPeriod | None = None
    maximum: Decimal | None = attrs.field(default=None, validator=_check_maximum)
    """A range's upper end: 2000 in "USD 1,500 - 2,000"."""
    as_written: str | None = None
    basis: PayBasis | None = attrs.field(default=None, kw_only=True)
    """Gross, net or all inclusive, where the notice says: "All Inclusive Salary"."""
