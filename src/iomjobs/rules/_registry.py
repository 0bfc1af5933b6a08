"""The rule registry: every rule with its code, documentation and examples (internal)."""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from iomjobs.model.notice import VacancyNotice
from iomjobs.reference.bundle import Reference
from iomjobs.rules.finding import Severity
from iomjobs.source import Provenance

if TYPE_CHECKING:
    from typing_extensions import Self

    from iomjobs.parse import Doubt

_T = TypeVar("_T")


@attrs.frozen
class Context:
    """What a rule looks at: the notice, the reference data, where the text came from."""

    notice: VacancyNotice
    reference: Reference
    provenance: Provenance | None = None
    doubts: tuple[Doubt, ...] = ()
    """What the reader read but is not sure of, when the notice was read from text."""
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
    """What a rule yields: a path, a message, perhaps a suggestion, perhaps its source line."""

    path: str
    message: str
    suggestion: str | None = None
    line: int | None = None
    """The source line the hit is about, where the rule knows it better than the path's span."""


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
    """What the rule cannot run without: a reference part (``"gazetteer"``), or
    what only a notice read from text has (``"provenance"``, ``"doubts"``)."""

    def failing_document(self) -> dict[str, Any]:
        """The failing example as a full JSON document, ready for :func:`iomjobs.from_dict`."""
        return {"format_version": 1, **json.loads(self.failing)}

    def passing_document(self) -> dict[str, Any]:
        """The passing example as a full JSON document, ready for :func:`iomjobs.from_dict`."""
        return {"format_version": 1, **json.loads(self.passing)}


class Registry(dict[str, Rule]):
    """The rules by code: a dict that counts its changes.

    :func:`~iomjobs.rules.select_rules` works out each choice of rules once
    and redoes it only when ``changes`` has moved: a rule added, replaced or
    removed since is never missed.
    """

    __slots__ = ("changes",)

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def __setitem__(self, code: str, rule: Rule) -> None:
        super().__setitem__(code, rule)
        self.changes += 1

    def __delitem__(self, code: str) -> None:
        super().__delitem__(code)
        self.changes += 1

    def __ior__(self, other: Any) -> Self:  # type: ignore[override,misc]  # noqa: ANN401
        self.changes += 1
        return super().__ior__(other)

    def clear(self) -> None:
        super().clear()
        self.changes += 1

    def pop(self, *args: Any) -> Any:  # noqa: ANN401 -- dict's own overloads
        self.changes += 1
        return super().pop(*args)

    def popitem(self) -> tuple[str, Rule]:
        self.changes += 1
        return super().popitem()

    def setdefault(self, code: str, rule: Rule) -> Rule:
        self.changes += 1
        return super().setdefault(code, rule)

    def update(self, *args: Any, **kwargs: Rule) -> None:  # noqa: ANN401 -- dict's own overloads
        super().update(*args, **kwargs)
        self.changes += 1


RULES = Registry()


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
