"""``iomjobs check`` over 1,000 and 10,000 notices: a directory, a JSON Lines file.

    pip install ".[bench]" && python benchmarks/bench_bulk.py

The bars (issue: performance): peak memory on 10,000 notices within 1.2x of
that on 1,000 (the check streams), and ``--jobs 2`` at least 1.6x faster
than ``--jobs 1`` on a 2-core machine, for both kinds of input. The notices
are the bundled seeds: their texts copied round-robin into a temporary
directory, and their JSON forms written round-robin as the lines of a file.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import as_installed

SEEDS = sorted((Path(__file__).parents[1] / "examples" / "notices").glob("*.txt"))
SEED_JSON = sorted((Path(__file__).parents[1] / "examples" / "json").glob("*.json"))

# A fresh interpreter per run, so that the peak memory of its children (the
# check and any workers it waits for) is this run's alone.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, check=False)
seconds = time.perf_counter() - start
summary = result.stdout.decode().rstrip().rsplit("\\n", 1)[-1]
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, summary.split()[0])
"""


def fill(directory: Path, count: int) -> None:
    """Copy the seeds round-robin into *directory* until it holds *count* notices."""
    directory.mkdir()
    for index in range(count):
        shutil.copyfile(SEEDS[index % len(SEEDS)], directory / f"notice-{index:05d}.txt")


def fill_lines(path: Path, count: int) -> None:
    """Write *count* notices, the seeds' JSON forms round-robin, one per line."""
    import iomjobs  # noqa: PLC0415

    lines = [iomjobs.dumps(iomjobs.loads(seed.read_bytes())) for seed in SEED_JSON]
    with path.open("wb") as file:
        for index in range(count):
            file.write(lines[index % len(lines)] + b"\n")


def measure(target: Path, jobs: int, count: int) -> tuple[float, int]:
    """Seconds and peak resident KB of ``iomjobs check`` over *target*'s *count* notices."""
    command = [sys.executable, "-m", "iomjobs", "check", str(target), "--jobs", str(jobs)]
    result = subprocess.run(  # noqa: S603 -- our interpreter, our arguments
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True,
        text=True,
        check=True,
        env=as_installed(),
    )
    seconds, peak, checked = result.stdout.split()[:3]
    if checked != str(count):
        msg = f"iomjobs check over {target} checked {checked}, not {count} notices"
        raise RuntimeError(msg)
    return float(seconds), int(peak)


Run = tuple[str, int, float, int]
"""(name, notices, seconds, peak resident KB) of one ``iomjobs check`` run."""


def measure_runs(rounds: int = 3) -> list[Run]:
    """1,000 notices with --jobs 1, 10,000 with --jobs 1 and 2: a directory, then JSON Lines.

    Each run is repeated *rounds* times, the runs taking turns; a run's
    seconds are the median of its rounds, its peak memory the largest.
    """
    with tempfile.TemporaryDirectory() as temporary:
        plan: list[tuple[str, int, Path, int]] = []
        for kind in ("directory", "JSON Lines"):
            suffix = "" if kind == "directory" else ".jsonl"
            small = Path(temporary) / f"1000{suffix}"
            large = Path(temporary) / f"10000{suffix}"
            fill_ = fill if kind == "directory" else fill_lines
            fill_(small, 1_000)
            fill_(large, 10_000)
            plan += [
                (f"{kind}, 1,000 notices, --jobs 1", 1_000, small, 1),
                (f"{kind}, 10,000 notices, --jobs 1", 10_000, large, 1),
                (f"{kind}, 10,000 notices, --jobs 2", 10_000, large, 2),
            ]
        samples: dict[str, list[tuple[float, int]]] = {name: [] for name, *_ in plan}
        for _ in range(rounds):
            for name, count, target, jobs in plan:
                samples[name].append(measure(target, jobs, count))
    return [
        (
            name,
            count,
            statistics.median(seconds for seconds, _ in samples[name]),
            max(peak for _, peak in samples[name]),
        )
        for name, count, _, _ in plan
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
    """Peak memory of 10,000 against 1,000 notices, --jobs 2's speed-up: the worst of both kinds."""
    memory, speedup = [], []
    for start in range(0, len(runs), 3):
        (_, _, _, small_peak), (_, _, alone, large_peak), (_, _, parallel, _) = runs[
            start : start + 3
        ]
        memory.append(large_peak / small_peak)
        speedup.append(alone / parallel)
    return max(memory), min(speedup)


def main() -> int:
    runs = measure_runs()
    print(table(runs))
    memory_ratio, speedup = ratios(runs)
    print(f"\npeak memory, 10,000 / 1,000: {memory_ratio:.2f} (bar: at most 1.20)")
    print(f"--jobs 2 speed-up over --jobs 1: {speedup:.2f} (bar: at least 1.60)")
    return 0 if memory_ratio <= 1.2 and speedup >= 1.6 else 1  # noqa: PLR2004 -- the bars


if __name__ == "__main__":
    raise SystemExit(main())
