"""The gazetteer's first lookup, in a fresh process, and its later lookups.

    pip install -e ".[gazetteer]" && python benchmarks/bench_gazetteer.py

The bars (issue: consistency validators): the first lookup costs at most
one second, and later ones take constant time. The first lookup is timed in
fresh interpreters (it loads the GeoNames data); later ones in one warm
process, for cities of countries with few and with many known places: the
same time for both is what constant time looks like.
"""

from __future__ import annotations

import functools
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import compare

# One city per country, from a country with few known places to ones with many.
CITIES = {
    "TT": "Port of Spain",
    "SN": "Dakar",
    "DE": "Berlin",
    "IN": "Mumbai",
    "US": "Chicago",
}
FIRST_LOOKUP = """
import time
import iomjobs
gazetteer = iomjobs.Reference.default().gazetteer
start = time.perf_counter()
gazetteer.knows("Port of Spain", "TT")
print(time.perf_counter() - start)
"""


def first_lookup(rounds: int = 5) -> float:
    """Median seconds of the first lookup, each in a fresh interpreter."""
    samples = []
    for _ in range(rounds):
        done = subprocess.run(  # noqa: S603 -- our interpreter, our code
            [sys.executable, "-c", FIRST_LOOKUP], check=True, capture_output=True, text=True
        )
        samples.append(float(done.stdout))
    return statistics.median(samples)


def later_lookups() -> dict[str, float]:
    """Median seconds of a lookup of each country's city, the gazetteer warm."""
    import iomjobs  # noqa: PLC0415

    gazetteer = iomjobs.Reference.default().gazetteer
    assert gazetteer is not None, "pip install iomjobs[gazetteer]"
    for country, city in CITIES.items():
        assert gazetteer.knows(city, country), (city, country)
    # The countries take turns, so that a busy machine slows them alike.
    return compare(
        {
            country: functools.partial(gazetteer.knows, city, country)
            for country, city in CITIES.items()
        }
    )


def measure() -> tuple[float, dict[str, float]]:
    """The first lookup's seconds, and each country's later lookup."""
    return first_lookup(), later_lookups()


def spread(later: dict[str, float]) -> float:
    """The slowest later lookup over the fastest."""
    return max(later.values()) / min(later.values())


def table(first: float, later: dict[str, float]) -> str:
    """The timings as a Markdown table."""
    lines = ["| lookup | time |", "|---|---:|", f"| first (loads the data) | {first:.2f} s |"]
    lines += [
        f"| later: {CITIES[country]}, {country} | {seconds * 1e6:.2f} µs |"
        for country, seconds in later.items()
    ]
    return "\n".join(lines)


def main() -> int:
    first, later = measure()
    print(table(first, later))
    print(f"\nfirst lookup: {first:.2f} s (bar: at most 1.00)")
    print(f"later lookups, slowest / fastest: {spread(later):.2f} (bar: at most 2.00)")
    return 0 if first <= 1 and spread(later) <= 2 else 1  # noqa: PLR2004 -- the bars


if __name__ == "__main__":
    raise SystemExit(main())
