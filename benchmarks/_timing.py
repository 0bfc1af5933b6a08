"""Timing peers side by side in one process, interleaved (shared by the benchmarks)."""

from __future__ import annotations

import compileall
import functools
import os
import statistics
import time
from collections.abc import Callable, Mapping
from pathlib import Path

Case = Callable[[], object]


def per_call(case: Case, number: int) -> float:
    """Seconds per call of *case*, over *number* calls."""
    start = time.perf_counter()
    for _ in range(number):
        case()
    return (time.perf_counter() - start) / number


def calibrate(case: Case, target: float = 0.02) -> int:
    """How many calls of *case* take about *target* seconds."""
    number = 1
    while per_call(case, number) * number < target:
        number *= 2
    return number


def compare(cases: Mapping[str, Case], rounds: int = 15) -> dict[str, float]:
    """Median seconds per call of each case; the cases take turns in every round."""
    numbers = {name: calibrate(case) for name, case in cases.items()}
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            samples[name].append(per_call(case, numbers[name]))
    return {name: statistics.median(values) for name, values in samples.items()}


def table(medians: Mapping[str, float], baseline: str) -> str:
    """A Markdown table of medians (µs) and their ratio to *baseline*."""
    lines = ["| case | median µs | ratio to " + baseline + " |", "|---|---:|---:|"]
    base = medians[baseline]
    for name, seconds in medians.items():
        lines.append(f"| {name} | {seconds * 1e6:,.1f} | {seconds / base:.2f} |")
    return "\n".join(lines)


@functools.cache
def as_installed() -> dict[str, str]:
    """The environment for timing whole processes as an installed package runs.

    pip compiles a package's modules when it installs a wheel; an editable
    install leaves that to Python, which may be told not to
    (``PYTHONDONTWRITEBYTECODE``, set in some containers). Then every process
    compiles iomjobs from source, a tenth of a second that pydantic, installed
    from a wheel, never pays. So iomjobs is compiled once here, and the
    processes may use and write bytecode.
    """
    import iomjobs  # noqa: PLC0415

    compileall.compile_dir(Path(iomjobs.__file__).parent, quiet=1)
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment
