"""The rule registry: every rule with its code, documentation and examples (internal)."""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from iomjobs.model.notice import VacancyNotice
from iomjobs.reference.bundle import Reference
from iomjobs.rules.finding import Severity
from iomjobs.source import Provenance

_T = TypeVar("_T")


@attrs.frozen
class Context:
    """What a rule looks at: the notice, the reference data, where the text came from."""

    notice: VacancyNotice
    reference: Reference
    provenance: Provenance | None = None
    _memo: dict[Callable[[Context], object], object] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def once(self, derive: Callable[[Context], _T]) -> _T:
        """``derive(self)``, worked out once for all the rules that need it."""
        if derive not in self._memo:
            self._memo[derive] = derive(self)
        return typing.cast("_T", self._memo[derive])


@attrs.frozen
class Hit:
    """What a rule yields: a path, a message, perhaps a suggestion."""

    path: str
    message: str
    suggestion: str | None = None


Check = Callable[[Context], Iterable[Hit]]


@attrs.frozen
class Rule:
    """One consistency rule: its code, documentation, examples and check.

    ``failing`` and ``passing`` are notices in the JSON form (without
    ``format_version``): the first makes the rule fire, the second not.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    """What the rule checks, in one line."""
    why: str
    """Why it matters."""
    failing: str
    passing: str
    check: Check = attrs.field(eq=False, repr=False)
    needs: str | None = None
    """A reference part the rule cannot run without (``"gazetteer"``)."""

    def failing_document(self) -> dict[str, Any]:
        """The failing example as a full JSON document, ready for :func:`iomjobs.from_dict`."""
        return {"format_version": 1, **json.loads(self.failing)}

    def passing_document(self) -> dict[str, Any]:
        """The passing example as a full JSON document, ready for :func:`iomjobs.from_dict`."""
        return {"format_version": 1, **json.loads(self.passing)}


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    severity: Severity,
    *,
    failing: dict[str, Any],
    passing: dict[str, Any],
    needs: str | None = None,
) -> Callable[[Check], Check]:
    """Register the decorated check as rule *code*; its docstring is its documentation.

    The docstring's first paragraph is the summary, the rest says why the
    rule matters.
    """

    def register(check: Check) -> Check:
        if code in RULES:
            msg = f"rule code {code} registered twice"
            raise ValueError(msg)
        summary, _, why = (inspect.getdoc(check) or "").partition("\n\n")
        RULES[code] = Rule(
            code=code,
            name=name,
            severity=severity,
            summary=" ".join(summary.split()),
            why=" ".join(why.split()),
            failing=json.dumps(failing, ensure_ascii=False),
            passing=json.dumps(passing, ensure_ascii=False),
            check=check,
            needs=needs,
        )
        return check

    return register
