"""The check that a public function was given a notice (internal).

The API is typed, but a caller without a type checker passes what it holds:
a notice's JSON document as a dict, or the reader's result. The function then
raises a ``TypeError`` that names it and what it takes, rather than an
``AttributeError`` from deep inside it.
"""

from __future__ import annotations


def not_a_notice(function: str, given: object, takes: str = "a VacancyNotice") -> TypeError:
    """The error for *function* given *given*, which is no notice."""
    hint = ""
    if isinstance(given, dict):
        hint = "; a notice's JSON document is read with iomjobs.from_dict"
    elif hasattr(given, "notice"):
        hint = "; the reader's result holds the notice as .notice"
    return TypeError(f"{function}() takes {takes}, not {type(given).__name__}{hint}")
