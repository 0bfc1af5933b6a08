"""The locales whose names of countries and languages are read, and a caller's locale (internal)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from iomjobs.errors import InvalidValue

if TYPE_CHECKING:
    from babel import Locale

NAME_LOCALES: Final = ("en", "fr", "es", "pt", "pt_PT")
"""IOM's official languages, and Portuguese as Brazil and as Portugal and
Africa write it ("Moçambique", "Quénia"), the language of notices in
Lusophone missions."""

BOARD_LOCALES: Final = ("it", "de")
"""Languages in which job boards that copy IOM's notices name the post's
country ("Belo Horizonte, Brasile", "Berlin, Deutschland"): read for
countries' names only, as no notice is written in them."""


def cldr_locale(name: object, function: str) -> Locale:
    """The locale a caller of *function* names: ``"fr"``, ``"pt_BR"``, or ``"pt-BR"`` (BCP 47).

    :raises InvalidValue: for a name that is no CLDR locale, where babel's
        own errors would escape.
    :raises TypeError: for a name that is no string.
    """
    if not isinstance(name, str):
        msg = f"{function}() takes a locale as a str ('en', 'pt_BR'), not {type(name).__name__}"
        raise TypeError(msg)
    return _parsed(name)


@functools.lru_cache(maxsize=64)
def _parsed(name: str) -> Locale:
    """The locale *name* names, parsed once: babel's parse builds it anew each time (~0.1 ms)."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 -- babel's data loads on first use

    try:
        return Locale.parse(name, sep="-" if "-" in name else "_")
    except (UnknownLocaleError, ValueError):
        msg = f"Invalid locale: {name!r} (expected a CLDR locale such as 'en', 'fr' or 'pt_BR')"
        raise InvalidValue(msg, value=name, path="locale") from None


@functools.cache
def writes_month_first(territory: str) -> bool:
    """Whether *territory* (an ISO 3166-1 code) writes numeric dates month first, by CLDR.

    "8/05/2025" is 5 August 2025 in the United States and the Philippines.
    Both the territory's English locale and that of its most spoken official
    language must write the month first: Burundi's English locale only
    inherits the United States' way, where its own languages write the day
    first; Eritrea's Tigrinya writes the month first, its English the day.

    >>> writes_month_first("US"), writes_month_first("PH"), writes_month_first("KE")
    (True, True, False)
    """
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 -- babel's data loads on first use
    from babel.languages import get_territory_language_info  # noqa: PLC0415

    spoken = get_territory_language_info(territory)
    official = [
        (float(info.get("population_percent") or 0), language)
        for language, info in spoken.items()
        if info.get("official_status") in _OFFICIAL
    ]
    if not official:
        return False
    main = max(official)[1]
    for language in dict.fromkeys(("en", main)):
        try:
            pattern = Locale.parse(f"{language}_{territory}").date_formats["short"].pattern
        except (UnknownLocaleError, ValueError):
            return False
        if not pattern.startswith("M"):
            return False
    return True


_OFFICIAL: Final = frozenset({"official", "de_facto_official"})
