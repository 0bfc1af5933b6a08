"""The rule catalogue, written from the rules themselves (internal).

``docs/rules.md`` is this module's output; a test fails when they differ.
Regenerate it with ``python -m iomjobs.rules > docs/rules.md``.
"""

from __future__ import annotations

import json

from iomjobs.errors import InvalidValue
from iomjobs.rules._registry import RULES, Rule

AREAS = {
    "CMP": "Competencies",
    "QUA": "Qualifications",
    "CAT": "Staff category and contract",
    "DAT": "Dates",
    "PLC": "Places",
    "LNG": "Languages",
    "TIR": "Candidate tiers",
    "TXT": "Text",
}

_INTRO = """\
# Rule catalogue

<!-- Written by iomjobs.rules.catalogue(): edit the rules, then run
     `python -m iomjobs.rules > docs/rules.md`. A test fails when they differ. -->

`iomjobs.validate(notice)` runs these rules. Each has a stable code; select
or ignore rules by code or by prefix (`select=["CMP"]`, `ignore=["PLC002"]`).

- **error**: the notice contradicts itself, or a rule known for certain.
- **warning**: probably wrong, or wrong by reference data that is not
  confirmed (the grade tables, the framework edition dates), or by a
  gazetteer that does not know every village.
- **info**: worth knowing, not wrong.

Each example is a notice in the JSON form (without `format_version`): the
first makes the rule fire, the second does not. The test suite runs them.
"""


def _example(document: str) -> str:
    return json.dumps(json.loads(document), ensure_ascii=False, indent=2)


def explain(code: str) -> str:
    """One rule's documentation, as Markdown.

    :raises InvalidValue: when *code* is not a rule's code.
    """
    rule = _rule_coded(code)
    if rule is None:
        msg = f"Unknown rule code: {code!r}"
        raise InvalidValue(msg, value=code)
    return _section(rule)


def _rule_coded(code: object) -> Rule | None:
    # Any case; a code that is no string is no rule's.
    return RULES.get(code.upper()) if isinstance(code, str) else None


def _section(rule: Rule) -> str:
    lines = [
        f"### {rule.code} {rule.name} ({rule.severity.value})",
        "",
        rule.summary,
        "",
        rule.why,
        "",
    ]
    if rule.needs == "gazetteer":
        lines += ["Needs the gazetteer: `pip install iomjobs[gazetteer]`; skipped without it.", ""]
    if rule.failing != "{}":
        lines += ["Fails:", "", "```json", _example(rule.failing), "```", ""]
        lines += ["Passes:", "", "```json", _example(rule.passing), "```", ""]
    return "\n".join(lines)


def catalogue() -> str:
    """The whole catalogue, as the Markdown of ``docs/rules.md``."""
    parts = [_INTRO, "| Code | Name | Severity | What it checks |", "|---|---|---|---|"]
    rules = sorted(RULES.values(), key=lambda r: (list(AREAS).index(r.code[:3]), r.code))
    parts += [f"| {r.code} | {r.name} | {r.severity.value} | {r.summary} |" for r in rules]
    parts.append("")
    for prefix, title in AREAS.items():
        parts += [f"## {prefix}: {title}", ""]
        parts += [_section(rule) for rule in rules if rule.code.startswith(prefix)]
    return "\n".join(parts).rstrip("\n") + "\n"
