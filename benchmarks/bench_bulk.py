"""``iomjobs check`` over a directory of 1,000 and 10,000 notices.

    pip install -e ".[bench]" && python benchmarks/bench_bulk.py

The bars (issue: performance): peak memory on 10,000 notices within 1.2x of
that on 1,000 (the check streams), and ``--jobs 2`` at least 1.6x faster
than ``--jobs 1`` on a 2-core machine. The notices are the bundled seeds,
copied round-robin into a temporary directory.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEEDS = sorted((Path(__file__).parents[1] / "examples" / "notices").glob("*.txt"))

# A fresh interpreter per run, so that the peak memory of its children (the
# check and any workers it waits for) is this run's alone.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def fill(directory: Path, count: int) -> None:
    """Copy the seeds round-robin into *directory* until it holds *count* notices."""
    directory.mkdir()
    for index in range(count):
        shutil.copyfile(SEEDS[index % len(SEEDS)], directory / f"notice-{index:05d}.txt")


def measure(directory: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak resident KB of ``iomjobs check`` over *directory*."""
    command = [sys.executable, "-m", "iomjobs", "check", str(directory), "--jobs", str(jobs)]
    result = subprocess.run(  # noqa: S603 -- our interpreter, our arguments
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    )
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak)


Run = tuple[str, int, float, int]
"""(name, notices, seconds, peak resident KB) of one ``iomjobs check`` run."""


def measure_runs() -> list[Run]:
    """1,000 notices with --jobs 1, and 10,000 with --jobs 1 and with --jobs 2."""
    with tempfile.TemporaryDirectory() as temporary:
        small, large = Path(temporary) / "1000", Path(temporary) / "10000"
        fill(small, 1_000)
        fill(large, 10_000)
        return [
            ("1,000 notices, --jobs 1", 1_000, *measure(small, jobs=1)),
            ("10,000 notices, --jobs 1", 10_000, *measure(large, jobs=1)),
            ("10,000 notices, --jobs 2", 10_000, *measure(large, jobs=2)),
        ]


def table(runs: list[Run]) -> str:
    """The runs as a Markdown table."""
    lines = [
        "| run | seconds | notices per second | peak MB (largest process) |",
        "|---|---:|---:|---:|",
    ]
    for name, count, seconds, peak in runs:
        lines.append(f"| {name} | {seconds:.1f} | {count / seconds:,.0f} | {peak / 1024:.0f} |")
    return "\n".join(lines)


def ratios(runs: list[Run]) -> tuple[float, float]:
    """Peak memory of 10,000 against 1,000 notices, and the speed-up of --jobs 2."""
    (_, _, _, small_peak), (_, _, large_seconds, large_peak), (_, _, parallel_seconds, _) = runs
    return large_peak / small_peak, large_seconds / parallel_seconds


def main() -> int:
    runs = measure_runs()
    print(table(runs))
    memory_ratio, speedup = ratios(runs)
    print(f"\npeak memory, 10,000 / 1,000: {memory_ratio:.2f} (bar: at most 1.20)")
    print(f"--jobs 2 speed-up over --jobs 1: {speedup:.2f} (bar: at least 1.60)")
    return 0 if memory_ratio <= 1.2 and speedup >= 1.6 else 1  # noqa: PLR2004 -- the bars


if __name__ == "__main__":
    raise SystemExit(main())
