"""attrs validators shared by the models (internal).

They refuse only values that cannot mean anything; they raise
:class:`~iomjobs.errors.InvalidValue` located at the field's name, which the
serializer turns into a full JSON path.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from iomjobs.errors import InvalidValue

LEVELS = range(1, 4)
"""Competency levels the IOM framework defines (behavioural indicators 1 to 3)."""


def non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse a negative count or number of years."""
    if value is not None and value < 0:
        msg = f"Invalid {attribute.name}: {value!r} (expected 0 or more)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def positive(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse zero or less where only a positive number means anything."""
    if value is not None and value < 1:
        msg = f"Invalid {attribute.name}: {value!r} (expected 1 or more)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def competency_level(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Refuse a competency level outside 1 to 3."""
    if value is not None and value not in LEVELS:
        msg = f"Invalid {attribute.name}: {value!r} (expected a level from 1 to 3)"
        raise InvalidValue(msg, value=value, path=attribute.name)


def clock_time(_instance: object, attribute: attrs.Attribute[Any], value: dt.time) -> None:
    """Refuse a time of day with a zone offset or a fraction of a second.

    A notice's zone is a place (``time_zone``), and no notice closes at
    23:59:59.5; either would not survive the JSON form, which writes
    ``HH:MM:SS``.
    """
    if value.tzinfo is not None or value.microsecond:
        msg = f"Invalid {attribute.name}: {value!r} (expected a time of day such as 23:59)"
        raise InvalidValue(msg, value=value, path=attribute.name)


TIME_ZONE = re.compile(r"^(?:UTC|[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+)$")
"""The shape of an IANA time zone name: ``UTC``, ``Europe/Zurich``."""


def time_zone(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Refuse a time zone that is not shaped like an IANA name."""
    if value is not None and not TIME_ZONE.match(value):
        msg = f"Invalid {attribute.name}: {value!r} (expected an IANA zone such as 'Europe/Zurich')"
        raise InvalidValue(msg, value=value, path=attribute.name)
