"""Findings and reports: what the validators say about a notice.

>>> from iomjobs.rules import Finding, Report, Severity
>>> finding = Finding(
...     "CMP001", Severity.ERROR, "declares 3 values but lists 5", "$.position.competencies.values"
... )
>>> str(finding)
'CMP001 error: declares 3 values but lists 5 @ $.position.competencies.values'
>>> Report((finding,)).has_errors
True
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from iomjobs.source import Span

__all__ = ["Finding", "Report", "Severity", "SkippedRule"]


def __dir__() -> list[str]:
    return __all__


class Severity(enum.Enum):
    """How much a finding matters.

    ``error``: the notice contradicts itself or IOM's rules as they are known
    for certain. ``warning``: probably wrong, or wrong by reference data that
    is not confirmed. ``info``: worth knowing, not wrong.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One thing a rule found: its code, how much it matters, what and where."""

    code: str
    severity: Severity
    message: str
    """One line naming the bad value and what was expected."""
    path: str
    """A JSON path into the notice: ``$.position.competencies.values``."""
    span: Span | None = None
    """The source lines, when the notice was read from text."""
    suggestion: str | None = None
    """A value that would fix it, when the rule has one: ``Port of Spain``, ``P-2``, ``wo``."""

    def __str__(self) -> str:
        where = f"{self.path} ({self.span})" if self.span else self.path
        return f"{self.code} {self.severity.value}: {self.message} @ {where}"


@attrs.frozen
class SkippedRule:
    """A selected rule that could not run, and why (e.g. no gazetteer installed)."""

    code: str
    reason: str


@attrs.frozen
class Report:
    """All findings on one notice, in rule-code order, and the rules that were skipped."""

    findings: tuple[Finding, ...] = ()
    skipped: tuple[SkippedRule, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self._of(Severity.INFO)

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes found, each once, in order."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __str__(self) -> str:
        return "\n".join(str(f) for f in self.findings)
