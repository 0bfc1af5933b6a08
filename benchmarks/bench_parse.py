"""How fast the reader is, and whether its time grows linearly with the text.

    pip install . && python benchmarks/bench_parse.py

``--per-second`` prints the seed notices per second only: the report runs
it on the source, not compiled, beside an installed compiled build.

Bars (issue: notice reader): at least 1,000 seed notices per second on one
core, and time per kilobyte within 2x from 10 KB to 1 MB of input.

It also reads pages that repeat one line, a thousand times and ten
thousand: the time per line should stay about the same. No bar; a ratio
well over 1 is a step whose time grows with the square of the text (the
first-tier list's introduction, a thousand times over, once took 8
seconds: each line was read again with all those above it; a label alone,
1.4; a member-state list run together, wrapped over 374 lines with a blank
line after each, 61 seconds; a section of education, skills or languages
copied its list at each item, which shows only past some thousand items:
20,000 degrees took 2 seconds, 100,000 took 17).
"""

from __future__ import annotations

import functools
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


def seeds_per_second(texts: list[str]) -> float:
    """Seed notices ``parse_notice`` reads per second, on one core."""
    seeds = compare({"five seeds": lambda: [parse_notice(text) for text in texts]})
    return len(texts) / seeds["five seeds"]


def per_kilobyte(texts: list[str]) -> dict[str, tuple[float, float]]:
    """For inputs of 10 KB, 100 KB and 1 MB: (median seconds, seconds per KB)."""
    sizes = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
    bodies = {name: _text_of_size(texts, size) for name, size in sizes.items()}
    medians = compare(
        {name: functools.partial(parse_notice, body) for name, body in bodies.items()}, rounds=5
    )
    return {name: (medians[name], medians[name] / (sizes[name] / 1000)) for name in sizes}


# Lines a page may repeat, each read by another step: a header's field, a label
# alone (its value below, or in a table's column), the first-tier paragraph's
# opening and the list's introduction, a line that names a post, a language
# requirement, and more.
REPEATED = {
    "header field": "Position Title: Driver\n",
    "label alone": "Estimated Start Date\n",
    "first-tier opening": (
        "Applications are welcome from first- and second-tier candidates, particularly "
        "qualified female candidates.\n\n"
    ),
    "first-tier introduction": (
        "For the purpose of this vacancy, the following are considered first-tier candidates:\n"
    ),
    "post line": "Position: Driver\n",
    "language requirement": "Fluency in English and French is required.\n",
    # A paragraph that goes on, line after line: a supervision sentence with no
    # comma, lines that end in a colon, and a board's summary item.
    "supervision, wrapped": "Under the overall supervision of the Head of Office in Tirana and\n",
    "line ending in a colon": "the line “Senior Project Assistant (Inclusion and AAP)” to:\n",
    "board's item": "  • Location Abuja\n",
    # A section of how to apply, its heading and its line, again and again.
    "how to apply, section after section": (
        "Method of Application\nInterested candidates should send their CV to jobs@iom.int.\n"
    ),
    # A member-state list stripped of its punctuation, wrapped line after line,
    # below its introduction (REPEATED_BELOW).
    "member states run together": "Antigua and Barbuda Bahamas Barbados Comoros Congo (the)\n",
    # Who supervises, said in Spanish and again in English, paragraph after paragraph.
    "supervision, in two languages": (
        "La persona seleccionada desempeñará sus funciones bajo la supervisión directa "
        "del oficial de proyecto.\nThe selected person will work under the direct "
        "supervision of the project officer.\n\n"
    ),
    # A header field's value wrapped over line after line, a colon and brackets in each.
    "field's value, wrapped": "of renewal: up to 9 months (subject to funding) and\n",
    # A supervisor's label, a section of duties and a competency group, again and
    # again: each adds to what the ones before gave.
    "supervisor's label": "Supervised by: Head of Office\n",
    "duties, section after section": "Responsibilities\nSupport the team.\n",
    "competency group, again and again": "Core Competencies\n- Teamwork\n",
    # A section's items, each added to the field's list (REPEATED_BELOW: the heading).
    "education, item after item": "- Bachelor's degree in Law\n",
    "skills, item after item": "- Excel\n",
    "languages, item after item": "Fluency in French is required.\n",
}
# What stands once above the repeated line, where its step reads it only below that.
REPEATED_BELOW = {
    "member states run together": (
        "For the purpose of this vacancy, the following are considered first-tier candidates:\n"
        "Internal candidates\nCandidates from the following non-represented member states:\n"
    ),
    "field's value, wrapped": (
        "Type of Appointment: Special Short-Term (SST) Graded Contract, 6 Months (With a\n"
    ),
    "education, item after item": "Education\n",
    "skills, item after item": "Skills\n",
    "languages, item after item": "Languages\n",
}


def per_repeated_line(counts: tuple[int, int] = (1000, 10_000)) -> dict[str, float]:
    """For each of REPEATED: its time per line, read ``counts[1]`` times over ``counts[0]``."""
    few, many = counts
    ratios = {}
    for name, line in REPEATED.items():
        above = REPEATED_BELOW.get(name, "")
        medians = compare(
            {
                "few": functools.partial(parse_notice, above + line * few),
                "many": functools.partial(parse_notice, above + line * many),
            },
            rounds=3,
        )
        ratios[name] = (medians["many"] / many) / (medians["few"] / few)
    return ratios


def seed_texts() -> list[str]:
    """The seeds, each read once already, so that caches are warm (babel, pycountry)."""
    texts = [path.read_text("utf-8") for path in SEEDS]
    for text in texts:
        parse_notice(text)
    return texts


def main() -> int:
    texts = seed_texts()
    per_second = seeds_per_second(texts)
    if sys.argv[1:] == ["--per-second"]:
        print(f"{per_second:.1f}")
        return 0
    print(f"seed notices per second (one core): {per_second:,.0f} (bar: 1,000)")
    scaling = per_kilobyte(texts)
    print("\n| input | median ms | µs per KB |\n|---|---:|---:|")
    for name, (seconds, per_kb) in scaling.items():
        print(f"| {name} | {seconds * 1e3:,.2f} | {per_kb * 1e6:,.1f} |")
    spread = max(kb for _, kb in scaling.values()) / min(kb for _, kb in scaling.values())
    print(f"\ntime per KB, largest / smallest: {spread:.2f} (bar: at most 2.00)")
    print("\n| a page that repeats a line | time per line, 10,000 lines / 1,000 |\n|---|---:|")
    for name, ratio in per_repeated_line().items():
        print(f"| {name} | {ratio:.2f} |")
    return 0 if per_second >= 1000 and spread <= 2 else 1  # noqa: PLR2004 -- the bars


if __name__ == "__main__":
    sys.exit(main())
