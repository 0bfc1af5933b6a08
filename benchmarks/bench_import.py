"""``import iomjobs`` against ``import pydantic`` and ``import attrs``, as whole processes.

    pip install ".[bench]" && python benchmarks/bench_import.py

The bar (issue: performance): ``import iomjobs`` costs no more than
``import pydantic``. Each case is a fresh interpreter; the cases take turns
so that a busy machine slows them alike, and the table gives ratios. Both
packages import their models on first use, so the table also shows that
first use: ``from pydantic import BaseModel`` against
``from iomjobs import VacancyNotice`` (which builds every model class), and
the first notice iomjobs reads.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import as_installed

# Seed 000: its station names its country, so the gazetteer stays unread.
SEEDS = Path(__file__).parents[1] / "tests" / "fixtures" / "seeds"
FIRST_NOTICE = SEEDS / "000_619fc87a28d450e3.txt"

CASES = {
    "python -c pass": "pass",
    "import attrs": "import attrs",
    "import pydantic": "import pydantic",
    "import iomjobs": "import iomjobs",
    # Both packages defer their models; these are the costs of the first use.
    "pydantic: first BaseModel": "from pydantic import BaseModel",
    "iomjobs: first VacancyNotice": "from iomjobs import VacancyNotice",
    # The reader's patterns compiled, the ISO and CLDR names read: what a
    # script that reads one notice pays.
    "iomjobs: first notice read": (
        "import iomjobs; "
        f"iomjobs.parse_notice(open({str(FIRST_NOTICE)!r}, encoding='utf-8').read())"
    ),
}


def run_once(code: str) -> float:
    """Seconds one interpreter takes to start, run *code* and exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=as_installed())  # noqa: S603
    return time.perf_counter() - start


def measure(rounds: int = 31) -> dict[str, float]:
    """Median seconds of each case, as whole processes taking turns."""
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(rounds):
        for name, code in CASES.items():
            samples[name].append(run_once(code))
    return {name: statistics.median(values) for name, values in samples.items()}


def table(medians: dict[str, float]) -> str:
    """The medians as a Markdown table, with ratios to ``import pydantic``."""
    bare = medians["python -c pass"]
    lines = [
        "| case | median ms | ms over bare python | ratio to import pydantic |",
        "|---|---:|---:|---:|",
    ]
    for name, seconds in medians.items():
        ratio = seconds / medians["import pydantic"]
        lines.append(
            f"| {name} | {seconds * 1e3:.1f} | {(seconds - bare) * 1e3:.1f} | {ratio:.2f} |"
        )
    return "\n".join(lines)


def main() -> int:
    medians = measure()
    print(table(medians))
    ratio = medians["import iomjobs"] / medians["import pydantic"]
    print(f"\nimport iomjobs / import pydantic: {ratio:.2f} (bar: at most 1.00)")
    return 0 if ratio <= 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
