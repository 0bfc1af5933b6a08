"""The hour applications close, and the zone it is in: "15 March 2024 at 11:59 PM EAT".

Notices give the hour after the closing date, on a clock of 24 hours or of
twelve ("23:59", "23h59", "17.00 hrs", "11:59 PM", "5 PM", "noon", "midnight"), and
name its zone by a place, an abbreviation or an offset from UTC ("(Geneva
time)", "heure de Dakar", "EAT", "GMT+3"), or say it is local time. What a
zone's words mean is the reference data's
(:func:`iomjobs.reference.zones.time_zone_named`); where they name no zone
known, the hour is read without one and the words are left out of the span
read, for the line to be kept.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from iomjobs.reference.zones import ABBREVIATIONS, time_zone_named


@attrs.frozen
class ClosingHour:
    """An hour read from text, its zone if named and known, and where they stood."""

    time: dt.time
    zone: str | None
    start: int
    end: int
    local: bool = False
    """Whether the hour is said to be local time, and no place's: the duty station's."""


def closing_hour(text: str, start: int = 0) -> ClosingHour | None:
    """The first hour of the day *text* gives from *start*, with its zone, or ``None``.

    A clock of twelve hours past twelve ("15:59 PM") and one past the day's
    end ("24:30") are no hour.
    """
    clock = _CLOCK.search(text, start)
    if clock is None:
        return None
    time = _time_of(clock)
    if time is None:
        return None
    zone_words = _ZONE.match(text, clock.end())
    if zone_words is None:
        return ClosingHour(time, None, clock.start(), clock.end())
    named = next(
        (zone_words.group(name) for name in _NAMING_GROUPS if zone_words.group(name)), None
    )
    zone = _zone_named(named) if named else None
    if named and zone is None:
        # Words for a zone not known ("Nairobi local time" is, "Cox's Bazar time" is
        # not): the hour is read, the words are not.
        return ClosingHour(time, None, clock.start(), clock.end())
    local = zone is None and zone_words.group("local_time") is not None
    return ClosingHour(time, zone, clock.start(), zone_words.end(), local)


def _time_of(clock: re.Match[str]) -> dt.time | None:
    """The hour of the day a match of _CLOCK gives, or ``None`` where it is none."""
    if clock.group("midnight") or clock.group("midnight_after"):
        return _DAYS_END
    military = clock.group("military")
    hour = int(military[:2] if military else clock.group("hour") or _NOON)
    minute = int(military[2:] if military else clock.group("minute") or clock.group("dotted") or 0)
    half = (clock.group("half") or clock.group("half_alone") or "").upper()
    if half:
        if not 1 <= hour <= _NOON:
            return None
        hour = hour % _NOON + (_NOON if half == "P" else 0)
    second = int(clock.group("second") or 0)
    if not (0 <= hour < _HOURS and 0 <= minute < _MINUTES and second < _MINUTES):
        return None
    return dt.time(hour, minute, second)


def _zone_named(words: str) -> str | None:
    """The zone *words* name, with the article after "heure de" or without ("de la Rioja")."""
    zone = time_zone_named(words)
    article = _ARTICLE.match(words)
    if zone is None and article is not None:
        return time_zone_named(words[article.end() :])
    return zone


_ARTICLE: Final = re.compile(r"(?:la\s+|l['’]\s*)", re.IGNORECASE)

# An hour: "23:59", "23h59", "17h", "17.00 hrs", "1700 hrs", "11:59 PM", "5 PM", "5pm", "12 noon",
# "12:00 noon", "12h00 (midi)", "midnight", "12:00 midnight", ISO 8601's "23:59:00". Not the
# day and month of a date ("10.03.2026", "10/03").
_CLOCK: Final = re.compile(
    r"(?<![\d.:/])(?:(?P<hour>\d{1,2})"
    r"(?:"
    r"(?:[:h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"|\.(?P<dotted>\d{2})(?=\s*(?i:hrs?|hours?)\b)|h(?![a-z]))"
    r"(?![\d:/]|\.\d)(?:\s*(?P<half>[AaPp])\.?[Mm]\b\.?)?"
    r"(?:(?<=12[:h]00)\s*(?:\((?i:noon|midi|mediod[íi]a)\)|(?i:noon|midi|mediod[íi]a)\b"
    r"|\(?(?P<midnight_after>(?i:midnight|minuit|medianoche|meia-noite))\b\)?))?"
    r"|\s*(?P<half_alone>[AaPp])\.?[Mm]\b\.?"
    r")"
    r"|\b(?P<noon>(?:12\s+)?(?i:noon))\b"
    # Midnight, the closing day's end: "(midnight Geneva time)", "12 midnight", "minuit".
    r"|\b(?P<midnight>(?:12\s+)?(?i:midnight|minuit|medianoche|meia-noite))\b"
    # A clock of four figures before its "hrs": "1700 hrs", "2359 hours".
    r"|(?P<military>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?i:hrs?|hours?|h)\b))"
)

# What stands between an hour and its zone ("hrs", "hours,", "(") and the zone's
# words: an offset from UTC ("GMT+3"), an abbreviation ("EAT"), a place's time
# ("Nairobi time", "Central European Summer Time", "heure de Dakar", "hora de
# Panamá", "horário de Brasília"), or the place after "local time" ("23:59
# local time Geneva", "local time in Geneva"). "local time" alone names none.
_ZONE: Final = re.compile(
    r"(?i:\s*(?:hrs?\b\.?|hours?\b|heures?\b|horas?\b))?[\s,(\[\u2013-]*"
    r"(?:"
    r"(?P<offset>(?i:UTC|GMT)(?:\s*[+\-\u2212\u2013]\s*\d{1,2}(?::?\d{2})?)?)(?![\w+\-])"
    r"|(?P<abbreviation>" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\b"
    r"|(?i:heure|hora|hor[áa]rio)\s+(?i:de\s+|du\s+|d['’]\s*|del\s+)"
    r"(?P<place_of>(?i:la\s+|l['’]\s*)?[^\W\d_][^\s,;()\[\]]*(?:[\s-]+[^\W\d_][^\s,;()\[\]]*){0,3}?)(?=\s*(?:[,;()\[\]]|$))"
    r"|(?!(?i:local)\b)(?P<place>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+(?i:local\s+)?(?i:time)\b"
    r"|(?P<local_time>(?i:local\s+time|heure\s+locale|hora\s+local))\b"
    r"(?:[\s,(\u2013-]*(?i:in\s+|à\s+|en\s+)?(?P<local>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    r")"
)
_NAMING_GROUPS: Final = ("offset", "abbreviation", "place_of", "place", "local")

_NOON: Final = 12
# Midnight on the closing date is the day's end, which no clock time holds (24:00):
# its last minute, the hour IOM's own notes close vacancies at ("23:59 Geneva time").
_DAYS_END: Final = dt.time(23, 59)
_HOURS: Final = 24
_MINUTES: Final = 60
