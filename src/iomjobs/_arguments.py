"""The checks that a public function was given what it takes (internal).

The API is typed, but a caller without a type checker passes what it holds:
a notice's JSON document as a dict, or the reader's result. The function then
raises a ``TypeError`` that names it and what it takes, rather than an
``AttributeError`` from deep inside it.
"""

from __future__ import annotations

from iomjobs.model.notice import VacancyNotice


def require_notice(function: str, given: object) -> None:
    """Refuse *given*, *function*'s notice, unless it is a :class:`VacancyNotice`."""
    if not isinstance(given, VacancyNotice):
        raise not_a_notice(function, given)


def not_a_notice(function: str, given: object, takes: str = "a VacancyNotice") -> TypeError:
    """The error for *function* given *given*, which is no notice."""
    hint = ""
    if isinstance(given, dict):
        hint = "; a notice's JSON document is read with iomjobs.from_dict"
    elif hasattr(given, "notice"):
        hint = "; the reader's result holds the notice as .notice"
    return TypeError(f"{function}() takes {takes}, not {type(given).__name__}{hint}")


def not_a(function: str, argument: str, given: object, kind: type) -> TypeError:
    """The error for *function*'s *argument* given *given*, which is no *kind*."""
    taken = type(given).__name__
    return TypeError(f"{function}() takes a {kind.__name__} as {argument}, not {taken}")
