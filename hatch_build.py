"""Build hook: a wheel's reader modules compiled to C with mypyc.

The reader (``iomjobs.parse``) is some sixty small steps of plain Python a
notice; compiled by mypyc, the same source reads notices about a third
faster. Only wheels are compiled: an editable install runs the source as it
is edited. The environment variable ``IOMJOBS_MYPYC`` chooses:

- unset: compile, and build a pure-Python wheel, with a warning, where that
  fails (no C compiler);
- ``1``: compile, and fail where that fails (release builds, CI);
- ``0``: do not compile.

The compiled modules behave as their source does: the test suite runs on
both builds (``.ci/run``). What mypyc asks of them: their classes are plain
slotted ones (an attrs class becomes a Python class, and may not extend
one of mypyc's), their module constants are ``Final`` (kept in C variables,
not looked up in the module's dict at every use), and no string literal
holds a surrogate.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The modules compiled: the reader's, which run for every line of every
# notice, and the repair's, which parse_notice runs first (tests/test_build.py
# holds every module the reader imports to be here). The rules gain 5% (their
# time goes to reading attrs objects, which compiled code reads through the
# same C API), and would lose their docstrings, the catalogue's text; the
# models are attrs classes, and the public modules keep their Python signatures.
COMPILED = (
    "iomjobs/_text.py",
    "iomjobs/parse/_candidates.py",
    "iomjobs/parse/_cells.py",
    "iomjobs/parse/_competencies.py",
    "iomjobs/parse/_dates.py",
    "iomjobs/parse/_duty_groups.py",
    "iomjobs/parse/_duty_lines.py",
    "iomjobs/parse/_education_paths.py",
    "iomjobs/parse/_field_lines.py",
    "iomjobs/parse/_furniture.py",
    "iomjobs/parse/_gathered.py",
    "iomjobs/parse/_hanging.py",
    "iomjobs/parse/_header.py",
    "iomjobs/parse/_hours.py",
    "iomjobs/parse/_inferred.py",
    "iomjobs/parse/_interpret.py",
    "iomjobs/parse/_language.py",
    "iomjobs/parse/_language_requirements.py",
    "iomjobs/parse/_layout.py",
    "iomjobs/parse/_leftover.py",
    "iomjobs/parse/_line_pieces.py",
    "iomjobs/parse/_link_list.py",
    "iomjobs/parse/_mail.py",
    "iomjobs/parse/_nationals.py",
    "iomjobs/parse/_nocase.py",
    "iomjobs/parse/_page_top.py",
    "iomjobs/parse/_paragraphs.py",
    "iomjobs/parse/_pay.py",
    "iomjobs/parse/_places.py",
    "iomjobs/parse/_posts.py",
    "iomjobs/parse/_reader.py",
    "iomjobs/parse/_record.py",
    "iomjobs/parse/_repair.py",
    "iomjobs/parse/_requirements.py",
    "iomjobs/parse/_rows.py",
    "iomjobs/parse/_section_reader.py",
    "iomjobs/parse/_sections.py",
    "iomjobs/parse/_segments.py",
    "iomjobs/parse/_sentences.py",
    "iomjobs/parse/_supervision.py",
    "iomjobs/parse/_tiers.py",
    "iomjobs/parse/_titles.py",
    "iomjobs/parse/_values_apart.py",
    "iomjobs/parse/_vocabulary.py",
)
CHOICE = "IOMJOBS_MYPYC"
_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="iomjobs-compiled",
    ext_modules=mypycify({arguments!r}, opt_level="3", target_dir="c"),
)
"""


# Generic where hatchling is installed, Any where it is not (as mypy runs in CI).
class CompileHook(BuildHookInterface):  # type: ignore[misc, type-arg, unused-ignore]
    """Compiles :data:`COMPILED` into a wheel's build, as its choice says."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile, and add the compiled modules to the wheel."""
        choice = os.environ.get(CHOICE, "").strip()
        if self.target_name != "wheel" or version == "editable" or choice == "0":
            return
        self._work = Path(tempfile.mkdtemp(prefix="iomjobs-mypyc-"))
        try:
            built = compile_modules(Path(self.root), self._work)
        except (OSError, CompileError) as error:
            if choice == "1":
                raise
            self.app.display_warning(
                f"iomjobs: mypyc could not compile the reader ({error}); "
                f"building a pure-Python wheel (set {CHOICE}=0 to skip the attempt)"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(  # hatchling calls it so
        self,
        version: str,  # noqa: ARG002
        build_data: dict[str, Any],  # noqa: ARG002
        artifact_path: str,  # noqa: ARG002
    ) -> None:
        """Remove what compiling left."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def compile_modules(root: Path, work: Path) -> dict[str, str]:
    """Compile :data:`COMPILED` in *work*; each built file by its place in the wheel.

    Run in *work*, not the project: mypyc's C and setuptools' build stay out
    of the source tree, and setuptools does not read the project's
    pyproject.toml, which is hatchling's. mypy reads it for its settings.
    """
    source = root / "src"
    arguments = [
        "--config-file",
        str(root / "pyproject.toml"),
        # mypyc checks for the Python it compiles for, not the oldest one the
        # project supports, as `mypy` does: an ignore needed there is unused here.
        "--no-warn-unused-ignores",
        *(str(source / module) for module in COMPILED),
    ]
    (work / "setup.py").write_text(_SETUP.format(arguments=arguments), encoding="utf-8")
    library = work / "lib"
    command = [sys.executable, "setup.py", "build_ext", "--build-lib", str(library)]
    command += ["--build-temp", str(work / "temp")]
    process = subprocess.run(  # noqa: S603 -- our own interpreter, our own arguments
        command, cwd=work, capture_output=True, text=True, check=False
    )
    if process.returncode:
        tail = "\n".join((process.stdout + process.stderr).splitlines()[-20:])
        msg = f"mypyc exited with status {process.returncode}:\n{tail}"
        raise CompileError(msg)
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    files = library.rglob(f"*{suffix}")
    built = {str(path): path.relative_to(library).as_posix() for path in files}
    if len(built) <= len(COMPILED):  # each module's, and the library they share
        msg = f"mypyc built {len(built)} files for {len(COMPILED)} modules"
        raise CompileError(msg)
    return built


class CompileError(Exception):
    """mypyc, or the C compiler it runs, failed."""
