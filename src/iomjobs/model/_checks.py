"""attrs validators shared by the models (internal).

They refuse only values that cannot mean anything; they raise
:class:`~iomjobs.errors.InvalidValue` located at the field's name, which the
serializer turns into a full JSON path.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Final

import attrs

from iomjobs.errors import InvalidValue
from iomjobs.model._misfits import wrong_field_type

LEVELS = range(1, 4)
"""Competency levels the IOM framework defines (behavioural indicators 1 to 3)."""


def non_negative(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse a negative count or number of years."""
    try:
        negative = value is not None and value < 0
    except TypeError:  # a string, say: no number at all
        raise wrong_field_type(instance, attribute, value) from None
    if negative:
        msg = f"Invalid {attribute.name}: {value!r} (expected 0 or more)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def positive(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse zero or less where only a positive number means anything."""
    try:
        below_one = value is not None and value < 1
    except TypeError:
        raise wrong_field_type(instance, attribute, value) from None
    if below_one:
        msg = f"Invalid {attribute.name}: {value!r} (expected 1 or more)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def competency_level(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse a competency level outside 1 to 3."""
    if value is not None and value not in LEVELS:
        if not isinstance(value, int):  # "2" is no level out of range, but no number
            raise wrong_field_type(instance, attribute, value)
        msg = f"Invalid {attribute.name}: {value!r} (expected a level from 1 to 3)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def clock_time(instance: object, attribute: attrs.Attribute[Any], value: dt.time) -> None:
    """Refuse a time of day with a zone offset or a fraction of a second.

    A notice's zone is a place (``time_zone``), and no notice closes at
    23:59:59.5; either would not survive the JSON form, which writes
    ``HH:MM:SS``.
    """
    if not isinstance(value, dt.time):  # "23:59": its own attributes would be asked for
        raise wrong_field_type(instance, attribute, value)
    if value.tzinfo is not None or value.microsecond:
        msg = f"Invalid {attribute.name}: {value!r} (expected a time of day such as 23:59)"
        raise InvalidValue(msg, value=value, path=attribute.name)


TIME_ZONE = re.compile(r"^(?:UTC|[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+)$")
"""The shape of an IANA time zone name: ``UTC``, ``Europe/Zurich``."""


def time_zone(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Refuse a time zone that is not shaped like an IANA name."""
    if value is not None and not isinstance(value, str):
        raise wrong_field_type(instance, attribute, value)
    if value is not None and not TIME_ZONE.match(value):
        msg = f"Invalid {attribute.name}: {value!r} (expected an IANA zone such as 'Europe/Zurich')"
        raise InvalidValue(msg, value=value, path=attribute.name)


MONEY: Final = re.compile(
    r"^(?:[1-9][0-9]{0,14}(?:\.[0-9]{1,4})?|0\.(?:[1-9][0-9]{0,3}|0[1-9][0-9]{0,2}|00[1-9][0-9]?|000[1-9]))$"
)
"""An amount as the JSON form writes it: more than zero, in digits, a point
and at most four more (``"35000"``, ``"1500.00"``, ``"0.50"``)."""


def money(instance: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    """Refuse an amount that is no positive :class:`~decimal.Decimal` in plain digits."""
    if value is None:
        return
    if not isinstance(value, Decimal):
        raise wrong_field_type(instance, attribute, value)
    if not (value.is_finite() and MONEY.match(str(value))):
        expected = "expected an amount above zero in digits, such as 1500.00"
        msg = f"Invalid {attribute.name}: {value!r} ({expected})"
        raise InvalidValue(msg, value=value, path=attribute.name)
