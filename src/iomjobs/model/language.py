"""Languages and the language requirements of a notice.

>>> from iomjobs import Language, LanguageRequirement, Proficiency
>>> Language.parse("inglés"), Language.parse("Albanian"), Language.parse("anglais")
(Language('en'), Language('sq'), Language('en'))
>>> Language("xx")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
iomjobs.errors.InvalidLanguage: Invalid language: 'xx' (expected an ISO 639-1 code ...) @ code
>>> LanguageRequirement(language=None, as_written="the local language").is_resolved
False
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from iomjobs.errors import InvalidLanguage
from iomjobs.model._misfits import Misfit
from iomjobs.model._value import CodeValue
from iomjobs.reference.languages import (
    is_language_code,
    language_name,
    lookup_language,
    misspelt_language,
)

__all__ = ["Language", "LanguageMode", "LanguageRequirement", "Proficiency"]


def __dir__() -> list[str]:
    return __all__


class Language(CodeValue):
    """An ISO 639 language: its 639-1 code where it has one, else its 639-3 code."""

    __slots__ = ()

    @classmethod
    def _check(cls, code: object) -> None:
        if not is_language_code(code):
            msg = (
                f"Invalid language: {code!r} "
                "(expected an ISO 639-1 code such as 'en', or ISO 639-3 where there is none)"
            )
            raise InvalidLanguage(msg, value=code, path="code")

    @classmethod
    def parse(cls, text: str) -> Language:
        """Read a language code or name (English, French, Spanish or Portuguese).

        :raises InvalidLanguage: when *text* names no language; where it misspells
            one by a letter, the message names it.
        """
        given: object = text  # callers without type checking may pass anything
        code = lookup_language(given) if isinstance(given, str) else None
        if code is None:
            msg = f"Invalid language: {text!r} (expected a language name or ISO 639 code)"
            meant = misspelt_language(given) if isinstance(given, str) else None
            if meant is not None:
                msg += f"; did you mean {language_name(meant)!r}?"
            raise InvalidLanguage(msg, value=text)
        return cls(code)

    def name(self, locale: str = "en") -> str:
        """The language's name in *locale* (babel's CLDR data)."""
        return language_name(self.code, locale)


class Proficiency(enum.Enum):
    """How well a language must be mastered, from highest to lowest."""

    FLUENT = "fluent"
    WORKING_KNOWLEDGE = "working knowledge"
    KNOWLEDGE = "knowledge"
    BASIC = "basic"


class LanguageMode(enum.Enum):
    """Whether a requirement is about speaking, writing, or both."""

    ORAL = "oral"
    WRITTEN = "written"


def _sorted_modes(modes: Iterable[LanguageMode]) -> tuple[LanguageMode, ...]:
    # One canonical order, so that equal requirements compare and serialize equal.
    if modes == ():
        return ()  # the usual case: no mode named
    try:
        return tuple(sorted(set(modes), key=_MODE_ORDER.index))
    except (TypeError, ValueError):  # "oral", or ["oral"]: no modes
        declared = tuple[LanguageMode, ...]
        raise TypeError(str(Misfit("LanguageRequirement.modes", modes, declared))) from None


_MODE_ORDER = tuple(LanguageMode)


@attrs.frozen
class LanguageRequirement:
    """One language a notice asks for.

    ``language`` is ``None`` when the notice leaves it unresolved ("the local
    language"); ``as_written`` then keeps the words it used. It keeps them too
    where they are not the language's name: a misspelling ("Frnch"), or "the
    local language" a bracket names ("the local language (Amharic)").
    """

    language: Language | None
    proficiency: Proficiency | None = None
    required: bool = True
    """``True`` for a requirement, ``False`` for "an advantage" or "desirable"."""
    modes: tuple[LanguageMode, ...] = attrs.field(default=(), converter=_sorted_modes)
    as_written: str | None = None

    @property
    def is_resolved(self) -> bool:
        """Whether the notice named the language."""
        return self.language is not None
