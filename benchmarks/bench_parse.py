"""How fast the reader is, and whether its time grows linearly with the text.

    pip install -e . && python benchmarks/bench_parse.py

Bars (issue: notice reader): at least 1,000 seed notices per second on one
core, and time per kilobyte within 2x from 10 KB to 1 MB of input.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import compare

from iomjobs.parse import parse_notice

SEEDS = sorted((Path(__file__).parents[1] / "tests" / "fixtures" / "seeds").glob("*.txt"))


def _text_of_size(texts: list[str], size: int) -> str:
    """Seed texts one after the other until *size* characters: a long, real-looking notice."""
    parts, length = [], 0
    while length < size:
        for text in texts:
            parts.append(text)
            length += len(text) + 1
            if length >= size:
                break
    return "\n".join(parts)[:size]


def main() -> int:
    texts = [path.read_text("utf-8") for path in SEEDS]
    for text in texts:  # warm the caches: babel's month names, pycountry, the gazetteer
        parse_notice(text)
    seeds = compare({"five seeds": lambda: [parse_notice(text) for text in texts]})
    per_second = len(texts) / seeds["five seeds"]
    print(f"seed notices per second (one core): {per_second:,.0f} (bar: 1,000)")

    sizes = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
    bodies = {name: _text_of_size(texts, size) for name, size in sizes.items()}
    medians = compare(
        {name: (lambda body=body: parse_notice(body)) for name, body in bodies.items()}, rounds=5
    )
    per_kb = {name: medians[name] / (sizes[name] / 1000) for name in sizes}
    print("\n| input | median ms | µs per KB |\n|---|---:|---:|")
    for name in sizes:
        print(f"| {name} | {medians[name] * 1e3:,.2f} | {per_kb[name] * 1e6:,.1f} |")
    spread = max(per_kb.values()) / min(per_kb.values())
    print(f"\ntime per KB, largest / smallest: {spread:.2f} (bar: at most 2.00)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
