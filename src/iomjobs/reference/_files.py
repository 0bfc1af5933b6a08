"""Reading reference data files, bundled or a caller's own (internal)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from iomjobs.errors import InvalidValue

if TYPE_CHECKING:
    from pathlib import Path

_T = TypeVar("_T")
_DATA = os.path.join(os.path.dirname(__file__), "data")  # noqa: PTH118, PTH120


def read_bundled(name: str) -> dict[str, Any]:
    """The JSON data file *name* shipped in ``iomjobs/reference/data``."""
    # A plain file read: importlib.resources and pathlib cost more to import
    # than the models they serve (the package is never imported from a zip).
    with open(os.path.join(_DATA, name), encoding="utf-8") as file:  # noqa: PTH118, PTH123
        data: dict[str, Any] = json.load(file)
    return data


def load_file(path: str | Path, build: Callable[[Any], _T], what: str) -> _T:
    """Build reference data from the caller's JSON file at *path*.

    :raises InvalidValue: when the file cannot be read or is not in the expected shape.
    :raises TypeError: when *path* is no path: ``open`` would take a number for
        a file descriptor, read whatever it is, and close it.
    """
    _require_path(path, what)
    try:
        with open(path, encoding="utf-8") as file:  # noqa: PTH123
            return build(json.load(file))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        # InvalidValue is a ValueError: a grade or a degree the file names that none is.
        msg = f"Invalid {what} file {str(path)!r}: {_why(error)}"
        raise InvalidValue(msg, value=str(path), path=str(path)) from error


def _require_path(path: object, what: str) -> None:
    if not isinstance(path, (str, os.PathLike)):
        kind = type(path).__name__
        msg = f"a {what} file is named by a path (a str or a pathlib.Path), not {kind}"
        raise TypeError(msg)


def _why(error: Exception) -> str:
    # A KeyError's text is the key alone: "'editions'".
    if isinstance(error, KeyError):
        return f"missing key {error.args[0]!r}"
    if isinstance(error, InvalidValue):
        return error.message
    return str(error)
