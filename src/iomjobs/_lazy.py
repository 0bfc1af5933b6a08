"""Names a package exports but imports only on first use (internal)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, modules: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for *package* that imports each name's module on first use.

    *modules* maps each module to the names it provides; a name, once
    imported, is set on the package, so the hook runs once per name.
    """
    home = {name: module for module, names in modules.items() for name in names}

    def import_on_first_use(name: str) -> Any:  # noqa: ANN401 -- each name has its own type
        module = home.get(name)
        if module is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return import_on_first_use
