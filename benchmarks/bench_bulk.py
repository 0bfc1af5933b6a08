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


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        small, large = Path(temporary) / "1000", Path(temporary) / "10000"
        fill(small, 1_000)
        fill(large, 10_000)
        small_seconds, small_peak = measure(small, jobs=1)
        large_seconds, large_peak = measure(large, jobs=1)
        parallel_seconds, parallel_peak = measure(large, jobs=2)
    print("| run | seconds | notices per second | peak MB (largest process) |")
    print("|---|---:|---:|---:|")
    for name, count, seconds, peak in (
        ("1,000 notices, --jobs 1", 1_000, small_seconds, small_peak),
        ("10,000 notices, --jobs 1", 10_000, large_seconds, large_peak),
        ("10,000 notices, --jobs 2", 10_000, parallel_seconds, parallel_peak),
    ):
        print(f"| {name} | {seconds:.1f} | {count / seconds:,.0f} | {peak / 1024:.0f} |")
    memory_ratio = large_peak / small_peak
    speedup = large_seconds / parallel_seconds
    print(f"\npeak memory, 10,000 / 1,000: {memory_ratio:.2f} (bar: at most 1.20)")
    print(f"--jobs 2 speed-up over --jobs 1: {speedup:.2f} (bar: at least 1.60)")
    return 0 if memory_ratio <= 1.2 and speedup >= 1.6 else 1  # noqa: PLR2004 -- the bars


if __name__ == "__main__":
    raise SystemExit(main())
