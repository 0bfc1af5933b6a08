"""The keyword arguments a reader gathers for a model, field by field.

A field that takes one item per line (education paths, skills, language
requirements) grows as a list while the notice is read, and becomes the
tuple the model holds once, when the model is made: a tuple copied at each
item made a section of many lines take time growing with their square.
"""

from __future__ import annotations

from typing import Any


def growing(fields: dict[str, Any], name: str) -> list[Any]:
    """The list *fields* gathers under *name*, to append to; made if it holds none yet.

    A tuple already there (set by a step that sets the field whole) is
    taken into the list.
    """
    held = fields.get(name)
    if type(held) is not list:
        held = fields[name] = list(held or ())
    return held


def frozen(fields: dict[str, Any]) -> dict[str, Any]:
    """*fields* with each list made a tuple, as the models hold them."""
    return {name: tuple(value) if type(value) is list else value for name, value in fields.items()}
