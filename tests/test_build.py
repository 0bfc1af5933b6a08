"""The wheel's build (hatch_build.py): the reader's modules are those it compiles."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"


def _compiled() -> set[str]:
    """The modules hatch_build.py compiles, as dotted names, read from its source.

    Read, not imported: the build hook imports hatchling, which the tests need not have.
    """
    tree = ast.parse((ROOT / "hatch_build.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [
            "COMPILED"
        ]:
            paths = ast.literal_eval(node.value)
            return {path.removesuffix(".py").replace("/", ".") for path in paths}
    raise AssertionError("hatch_build.py names no COMPILED")


def _imported(module: str) -> set[str]:
    """The modules of iomjobs *module* imports at its top level, as dotted names."""
    tree = ast.parse((SOURCE / f"{module.replace('.', '/')}.py").read_text("utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("iomjobs"):
            if node.module == "iomjobs.parse":  # "from iomjobs.parse import _nocase"
                found.update(f"iomjobs.parse.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return found


def _read_by_the_reader() -> set[str]:
    """The modules of the reader's own package the reader imports, directly or not."""
    seen: set[str] = set()
    waiting = ["iomjobs.parse._reader"]
    while waiting:
        module = waiting.pop()
        if module in seen:
            continue
        seen.add(module)
        waiting += [
            name
            for name in _imported(module)
            if name.startswith("iomjobs.parse.") or name == "iomjobs._text"
        ]
    return seen


def test_every_module_the_reader_imports_is_compiled() -> None:
    # A module split off the reader and left out of COMPILED would run as
    # Python in a wheel, its calls the interpreter's: slower, and no test fails.
    assert _read_by_the_reader() <= _compiled()


def test_every_module_compiled_is_there() -> None:
    assert all((SOURCE / f"{name.replace('.', '/')}.py").is_file() for name in _compiled())
