"""Running all rules on a seed notice against pydantic v2 decoding the same notice from JSON.

    pip install -e ".[bench]" && python benchmarks/bench_validate.py

The bar (issue: consistency validators): ``validate`` with every rule, the
gazetteer warm, costs no more than pydantic v2 takes to decode the same
notice from JSON into an equivalent model (``benchmarks/peers.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import peers
from _timing import compare, table

import iomjobs

EXAMPLES = sorted((Path(__file__).parents[1] / "examples" / "json").glob("*.json"))


def main() -> int:
    documents = [path.read_bytes() for path in EXAMPLES]
    notices = [iomjobs.loads(document) for document in documents]
    for notice in notices:  # warm the gazetteer and every reference table
        iomjobs.validate(notice)
    medians = compare(
        {
            "pydantic v2 decode (JSON to model)": lambda: [
                peers.VacancyNotice.model_validate_json(d) for d in documents
            ],
            "iomjobs validate (all rules)": lambda: [iomjobs.validate(n) for n in notices],
        }
    )
    print(f"{len(notices)} seed notices per call\n")
    print(table(medians, "pydantic v2 decode (JSON to model)"))
    ratio = medians["iomjobs validate (all rules)"] / medians["pydantic v2 decode (JSON to model)"]
    verdict = "meets" if ratio <= 1 else "misses"
    print(f"\nvalidate / pydantic decode = {ratio:.2f}: {verdict} the bar (at most 1.00)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
