"""Reading reference data files, bundled or a caller's own (internal)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from iomjobs.errors import InvalidValue

_T = TypeVar("_T")


def read_bundled(name: str) -> dict[str, Any]:
    """The JSON data file *name* shipped in ``iomjobs/reference/data``."""
    text = resources.files("iomjobs.reference").joinpath(f"data/{name}").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_file(path: str | Path, build: Callable[[Any], _T], what: str) -> _T:
    """Build reference data from the caller's JSON file at *path*.

    :raises InvalidValue: when the file cannot be read or is not in the expected shape.
    """
    try:
        return build(json.loads(Path(path).read_text("utf-8")))
    except InvalidValue:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        msg = f"Invalid {what} file {str(path)!r}: {error}"
        raise InvalidValue(msg, value=str(path), path=str(path)) from error
