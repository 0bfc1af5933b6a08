"""Reading reference data files, bundled or a caller's own (internal)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from iomjobs.errors import InvalidValue
from iomjobs.reference._shape import Shaped

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


def load_file(path: str | Path, build: Callable[[Shaped], _T], what: str) -> _T:
    """Build reference data from the caller's JSON file at *path*, read by its shape.

    :raises InvalidValue: when the file cannot be read, is no JSON, or is not
        in the expected shape: the message names the file and what is wrong,
        ``path`` where in the file (``$.editions[1].core[0].name``), or the
        file itself where it is no JSON.
    :raises TypeError: when *path* is no path: ``open`` would take a number for
        a file descriptor, read whatever it is, and close it.
    """
    _require_path(path, what)
    try:
        with open(path, encoding="utf-8") as file:  # noqa: PTH123
            data = json.load(file)
    except (OSError, ValueError) as error:  # ValueError: no JSON, or no UTF-8
        msg = f"Invalid {what} file {str(path)!r}: {error}"
        raise InvalidValue(msg, value=str(path), path=str(path)) from error
    try:
        return build(Shaped(data))
    except InvalidValue as error:
        # A grade or a degree the file names that none is, or a value of another shape.
        msg = f"Invalid {what} file {str(path)!r}: {error.message}"
        raise InvalidValue(msg, value=error.value, path=error.path) from None


def _require_path(path: object, what: str) -> None:
    if not isinstance(path, (str, os.PathLike)):
        kind = type(path).__name__
        msg = f"a {what} file is named by a path (a str or a pathlib.Path), not {kind}"
        raise TypeError(msg)
