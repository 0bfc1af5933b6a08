"""Consistency validators: a catalogue of rules, each with a stable code.

:func:`validate` runs the rules over a notice and returns a :class:`Report`;
it never raises on a notice the model can hold. Rules are selected and
ignored by code or code prefix, like a linter's (``select=["CMP"]``,
``ignore=["PLC002"]``).

>>> import datetime as dt
>>> import iomjobs
>>> notice = iomjobs.VacancyNotice(
...     posting_period=iomjobs.PostingPeriod(dt.date(2024, 2, 6), dt.date(2024, 2, 20)),
...     closing_date=dt.date(2024, 2, 27),
... )
>>> for finding in iomjobs.validate(notice, select=["DAT"]):
...     print(finding.code, finding.path, finding.suggestion)
DAT002 $.closing_date 2024-02-20

The codes are grouped by area: CMP competencies, QUA qualifications, CAT
staff category, contract and pay, DAT dates, PLC places, LNG languages, TIR
candidate tiers, TXT the text itself. :data:`RULES` holds them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Protocol

from iomjobs._arguments import not_a, not_a_notice
from iomjobs.errors import InvalidValue
from iomjobs.model._misfits import misfits
from iomjobs.model.notice import VacancyNotice
from iomjobs.reference.bundle import Reference
from iomjobs.rules import (  # noqa: F401 -- importing an area registers its rules
    category,
    competencies,
    dates,
    languages,
    places,
    qualifications,
    text,
    tiers,
)
from iomjobs.rules._catalogue import catalogue, explain
from iomjobs.rules._registry import RULES, Context, Hit, Rule
from iomjobs.rules.finding import Finding, Report, Severity, SkippedRule
from iomjobs.source import Provenance, Span

__all__ = [
    "RULES",
    "Finding",
    "Report",
    "Rule",
    "Severity",
    "SkippedRule",
    "catalogue",
    "explain",
    "select_rules",
    "validate",
]


class Parsed(Protocol):
    """What :func:`validate` takes besides a notice: a reader's result."""

    @property
    def notice(self) -> VacancyNotice: ...

    @property
    def provenance(self) -> Provenance: ...


INTERNAL_ERROR = "INT001"
"""The code of the finding reported when a rule itself fails: a bug, please report it."""

WRONG_TYPE = "INT002"
"""The code of the finding reported for a value whose type is not its field's.

Reported where rules failed on such a value (``closing_date="2026-03-01"``,
a string where a date belongs), in place of those failures: the notice is
not one the model can hold. :func:`~iomjobs.check_types` finds every such
value, whether a rule fails on it or not.
"""


def __dir__() -> list[str]:
    return __all__


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> tuple[Rule, ...]:
    """The rules that *select* picks (all by default) and *ignore* does not, by code order.

    Each entry is a code (``"CMP001"``) or a prefix of codes (``"CMP"``).

    :raises InvalidValue: when an entry matches no rule, or *select* or
        *ignore* is no collection of codes.
    """
    choice = (_entries(select, "select"), _entries(ignore, "ignore"))
    try:
        remembered = _CHOICES.get(choice)
    except TypeError:  # an entry that cannot be a key (a list): the same answer, unremembered
        return _choose(*choice)
    # validate() runs once per notice, with the same choice every time: worked out
    # once, and again only when a rule has been added, replaced or removed since.
    if remembered is not None and remembered[0] == RULES.changes:
        return remembered[1]
    rules = _choose(*choice)
    if len(_CHOICES) >= _CHOICES_KEPT:
        _CHOICES.clear()
    _CHOICES[choice] = (RULES.changes, rules)
    return rules


_CHOICES: dict[tuple[tuple[str, ...] | None, tuple[str, ...] | None], tuple[int, tuple[Rule, ...]]]
_CHOICES = {}
_CHOICES_KEPT = 64


def _entries(prefixes: Iterable[str] | None, argument: str) -> tuple[str, ...] | None:
    if prefixes is None:
        return None
    if isinstance(prefixes, str):
        return (prefixes,)
    try:
        return tuple(prefixes)
    except TypeError:  # callers without type checking may pass anything
        msg = f"Invalid {argument}: {prefixes!r} (expected rule codes or prefixes)"
        raise InvalidValue(msg, value=prefixes, path=argument) from None


def _choose(select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> tuple[Rule, ...]:
    chosen = _matching(select, "select") if select is not None else set(RULES)
    chosen -= _matching(ignore, "ignore") if ignore is not None else set()
    return tuple(RULES[code] for code in sorted(chosen))


def _matching(prefixes: tuple[str, ...], argument: str) -> set[str]:
    found: set[str] = set()
    for prefix in prefixes:
        codes = {code for code in RULES if code.startswith(str(prefix).upper())}
        if not codes or not prefix:
            msg = f"Invalid {argument}: {prefix!r} is no rule code or prefix of one"
            raise InvalidValue(msg, value=prefix, path=argument)
        found |= codes
    return found


def validate(
    notice: VacancyNotice | Parsed,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    reference: Reference | None = None,
    provenance: Provenance | None = None,
) -> Report:
    """Run the selected rules over *notice* and report what they find.

    :param select: codes or code prefixes to run; all rules by default.
    :param ignore: codes or code prefixes not to run.
    :param reference: the reference data to use; :meth:`Reference.default` by default.
    :param provenance: where the notice came from, when it was read from text:
        findings then carry their source lines, and repairs are reported. A
        :class:`~iomjobs.parse.ParseResult` passed as *notice* brings its own,
        and its doubts, which ``TXT006`` reports.
    :raises InvalidValue: only for a *select* or *ignore* entry that names no
        rule, or a *select* or *ignore* that is no collection of codes.
    :raises TypeError: when *notice* is neither a notice nor the reader's result,
        or *reference* or *provenance* is not what it names.
    """
    doubts = ()
    if reference is not None and not isinstance(reference, Reference):
        raise not_a("validate", "reference", reference, Reference)
    if provenance is not None and not isinstance(provenance, Provenance):
        raise not_a("validate", "provenance", provenance, Provenance)
    if not isinstance(notice, VacancyNotice):
        if not isinstance(getattr(notice, "notice", None), VacancyNotice):
            raise not_a_notice("validate", notice, "a VacancyNotice or a ParseResult")
        # A reader's result: the notice, where it came from, what the reader doubts.
        provenance = provenance or notice.provenance
        doubts = getattr(notice, "doubts", ())
        notice = notice.notice
    rules = select_rules(select, ignore)
    context = Context(notice, reference or Reference.default(), provenance, doubts)
    findings: list[Finding] = []
    skipped: list[SkippedRule] = []
    no_gazetteer = context.reference.gazetteer is None
    failed = False
    for rule in rules:
        if no_gazetteer and rule.needs == "gazetteer":
            reason = "no gazetteer installed (pip install iomjobs[gazetteer])"
            skipped.append(SkippedRule(rule.code, reason))
            continue
        before = len(findings)
        try:
            # A loop, not extend(): most rules find nothing, and a generator
            # expression for each would cost more than the rule.
            for hit in rule.check(context):
                findings.append(_finding(rule, hit, provenance, notice))  # noqa: PERF401
        except Exception as error:  # noqa: BLE001 -- a failing rule must not hide the others' findings
            del findings[before:]  # a rule that fails reports its failure, not half its findings
            message = f"rule {rule.code} failed: {type(error).__name__}: {error}"
            findings.append(Finding(INTERNAL_ERROR, Severity.ERROR, message, "$"))
            failed = True
    if failed:
        findings = _wrong_types_for_failures(findings, notice)
    return Report(tuple(findings), tuple(skipped))


def _wrong_types_for_failures(findings: list[Finding], notice: VacancyNotice) -> list[Finding]:
    """*findings*, the rules' failures put as the values of the wrong type they met, if any.

    Rules read a notice as its fields declare it; one holding a string for a
    date fails them, and that is the caller's slip, not a bug of theirs.
    """
    try:
        found = misfits(notice)
    except Exception:  # noqa: BLE001 -- the notice cannot be walked: the failures stand
        return findings
    if not found:
        return findings
    kept = [finding for finding in findings if finding.code != INTERNAL_ERROR]
    return kept + [Finding(WRONG_TYPE, Severity.ERROR, m.message, m.path) for m in found]


# What the reader spans by a heading over many fields (a post description's "I.
# Position Information"): a field missing below it is told on no line, not there.
_WHOLE: Final = frozenset({"$", "$.position"})


def _finding(rule: Rule, hit: Hit, provenance: Provenance | None, notice: VacancyNotice) -> Finding:
    line = hit.line if hit.line is not None else _unclassified_line(hit.path, notice)
    return Finding(
        rule.code,
        rule.severity,
        # One line, whatever the notice's text quoted in it holds.
        " ".join(hit.message.splitlines()),
        hit.path,
        Span(line, line)
        if line is not None
        else (provenance.span_for(hit.path, short_of=_WHOLE) if provenance else None),
        hit.suggestion,
    )


def _unclassified_line(path: str, notice: VacancyNotice) -> int | None:
    """The number of the unclassified line at *path*, if that is where it points.

    The line holds its number: a notice built by hand, or read back from
    JSON, tells it with no provenance.
    """
    if not path.startswith(_UNCLASSIFIED):
        return None
    index = path[len(_UNCLASSIFIED) :].partition("]")[0]
    if not index.isdigit() or int(index) >= len(notice.unclassified):
        return None
    return notice.unclassified[int(index)].line


_UNCLASSIFIED: Final = "$.unclassified["
