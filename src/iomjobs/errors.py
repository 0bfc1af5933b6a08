"""Every exception that :mod:`iomjobs` raises on bad input.

All of them derive from :class:`IomJobsError`, so a caller can catch that one
class and be sure that nothing a user typed, pasted or sent escapes as a bare
``ValueError``, ``KeyError`` or a dependency's own exception.

Each error carries a *location*: ``path`` is a JSON path such as
``$.position.grade`` when the bad value came from a document, or the name of
the field it was given for when a model was built in code.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "ErrorDetail",
    "IomJobsError",
    "InvalidCountry",
    "InvalidCurrency",
    "InvalidDocument",
    "InvalidGrade",
    "InvalidLanguage",
    "InvalidValue",
]


def __dir__() -> list[str]:
    return __all__


class IomJobsError(Exception):
    """The root of every error :mod:`iomjobs` raises on bad input."""


class InvalidValue(IomJobsError, ValueError):  # noqa: N818 -- named after what it holds, like stdnum's
    """A value that cannot mean anything: a negative number of years, a level 7.

    :param message: one line naming the bad value and what was expected.
    :param value: the value that was refused.
    :param path: where the value was: a field name, or a JSON path.
    """

    def __init__(self, message: str, *, value: object = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.path = path

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.message} @ {self.path}"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments are not in ``args``: rebuild them for pickle.
        return (_rebuild, (type(self), self.message, self.value, self.path))

    def at(self, path: str) -> InvalidValue:
        """Return a copy of this error located at *path*."""
        return type(self)(self.message, value=self.value, path=path)


def _rebuild(
    cls: type[InvalidValue], message: str, value: object, path: str | None
) -> InvalidValue:
    return cls(message, value=value, path=path)


class InvalidGrade(InvalidValue):
    """A grade that is not one IOM uses, such as ``P-9``."""


class InvalidCountry(InvalidValue):
    """A country that is not in ISO 3166-1 (nor ``XK``, Kosovo)."""


class InvalidLanguage(InvalidValue):
    """A language that is not in ISO 639."""


class InvalidCurrency(InvalidValue):
    """A currency that is not in ISO 4217, or a sign several currencies write (``$``)."""


@attrs.frozen
class ErrorDetail:
    """One problem found in a document: where it is and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"


class InvalidDocument(IomJobsError, ValueError):  # noqa: N818
    """A JSON document that is not a notice in the iomjobs format.

    ``errors`` lists every problem found, each with its JSON path; ``path``
    is the first one's, so the common case of a single error reads simply.
    """

    def __init__(self, errors: Sequence[ErrorDetail]) -> None:
        if not errors:
            msg = "InvalidDocument needs at least one error"
            raise ValueError(msg)
        self.errors = tuple(errors)
        self.path = self.errors[0].path
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = str(self.errors[0])
        more = len(self.errors) - 1
        if not more:
            return first
        return f"{first} (and {more} more: {'; '.join(map(str, self.errors[1:]))})"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors,))
