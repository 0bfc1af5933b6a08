"""The locales whose names of countries and languages are read, and a caller's locale (internal)."""

from __future__ import annotations

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
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 -- babel's data loads on first use

    if not isinstance(name, str):
        msg = f"{function}() takes a locale as a str ('en', 'pt_BR'), not {type(name).__name__}"
        raise TypeError(msg)
    try:
        return Locale.parse(name, sep="-" if "-" in name else "_")
    except (UnknownLocaleError, ValueError):
        msg = f"Invalid locale: {name!r} (expected a CLDR locale such as 'en', 'fr' or 'pt_BR')"
        raise InvalidValue(msg, value=name, path="locale") from None
