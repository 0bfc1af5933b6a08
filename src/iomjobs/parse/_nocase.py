"""Case-insensitive searches made case-sensitively, on text lowered once (internal).

sre matches an IGNORECASE pattern several times more slowly than the same
pattern without it: it folds the case of every character it tries. The
reader asks many such patterns about the same sentence, so it lowers the
sentence once (:func:`lowered`) and searches each pattern's *twin*
(:func:`twin`), compiled without IGNORECASE.

The two agree character for character when the pattern is written in lower
case and lowering kept every character in its place and matched sre's own
folding; :func:`lowered` returns ``None`` for any text where it would not,
and the original pattern is searched instead.

Most sentences hold no match at all, and sre tries a pattern that starts
with no fixed character at every position. So each twin also knows the
strings one of which every match contains (:func:`required`): a text with
none of them, found by ``str.find`` some thirty times faster, is not
searched.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

# Characters IGNORECASE matches to a Latin letter but str.lower() leaves alone.
_DOTLESS_I: Final = "\u0131"
_LONG_S: Final = "\u017f"

TWINS: Final[list[tuple[re.Pattern[str], re.Pattern[str]]]] = []
"""Every (pattern, twin) pair made, for the tests to hold them against each other."""

# By the twin's id: hashing a compiled pattern hashes all its code, every
# time. Twins live as long as TWINS, which holds them.
_REQUIRED: Final[dict[int, tuple[str, ...] | None]] = {}


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """*pattern* without IGNORECASE, to search in :func:`lowered` text.

    :raises ValueError: when *pattern* has a capital letter outside its
        escapes and group syntax: lowered text would never match it.
    """
    letters = re.sub(r"\\.|\(\?P[<=]", "", pattern.pattern)
    if letters != letters.lower():
        msg = f"pattern {pattern.pattern!r} is not written in lower case"
        raise ValueError(msg)
    made = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    TWINS.append((pattern, made))
    _REQUIRED[id(made)] = required(made)
    return made


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""Strings one of which every match of *pattern* contains, or ``None`` if it cannot tell.

    Worked out from sre's own parse of the pattern: a run of literal
    characters is required; so is what a group, or an item repeated at least
    once, requires; a choice requires one of what each branch requires. Of
    the candidates, the set whose shortest string is longest is kept.

    >>> required(re.compile(r"\b(?:master|post-?graduate)\s+degree"))
    ('degree',)
    >>> required(re.compile(r"fluen|dominio"))
    ('fluen', 'dominio')
    >>> required(re.compile(r"\d+ years?|\d+")) is None
    True
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parser().parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 -- a pattern sre parses differently is just not filtered
        return None
    return _required_in(list(tree))


def _sre_parser() -> Any:  # noqa: ANN401 -- sre's parser is private and untyped
    try:
        return importlib.import_module("re._parser")  # Python 3.11 and later
    except ImportError:  # pragma: no cover -- Python 3.10
        return importlib.import_module("sre_parse")


def _required_in(items: Sequence[tuple[Any, Any]]) -> tuple[str, ...] | None:
    constants = _sre_parser()
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, argument in [*items, (None, None)]:  # the sentinel ends the last run
        if op == constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            best = _longer(best, ("".join(run),))
            run = []
        if op == constants.SUBPATTERN:
            _group, added, _removed, inner = argument
            if not added & re.IGNORECASE:
                best = _longer(best, _required_in(list(inner)))
        elif op == constants.BRANCH:
            branches = [_required_in(list(branch)) for branch in argument[1]]
            if all(branches):
                best = _longer(best, _fewest([s for branch in branches if branch for s in branch]))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and argument[0] >= 1:
            best = _longer(best, _required_in(list(argument[2])))
        # Anything else (a class, an anchor, a lookaround) requires no string.
    return best


def _fewest(strings: list[str]) -> tuple[str, ...]:
    # A string that holds another is found whenever the other is: drop it.
    kept = dict.fromkeys(strings)
    return tuple(s for s in kept if not any(o != s and o in s for o in kept))


def _longer(
    current: tuple[str, ...] | None, candidate: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    if candidate is None or not all(candidate):
        return current
    if current is None:
        return candidate
    rank = min(map(len, candidate)), -len(candidate)
    return candidate if rank > (min(map(len, current)), -len(current)) else current


def may_match(lowered_twin: re.Pattern[str], low: str, start: int = 0) -> bool:
    """Whether ``low[start:]`` holds one of the strings every match of *lowered_twin* holds."""
    needs = _REQUIRED.get(id(lowered_twin))
    if needs is None:
        return True
    for need in needs:  # noqa: SIM110 -- a loop: a generator would cost more than the finds
        if (need in low) if not start else low.find(need, start) >= 0:
            return True
    return False


def lowered(text: str) -> str | None:
    """*text* in lower case, or ``None`` where that would not match as IGNORECASE does.

    Lowering must keep the length ("İ" becomes two characters) and leave no
    character that sre folds otherwise.
    """
    low = text.lower()
    if len(low) != len(text) or _DOTLESS_I in low or _LONG_S in low:
        return None
    return low


def found(
    pattern: re.Pattern[str], lowered_twin: re.Pattern[str], text: str, low: str | None
) -> bool:
    """Whether *pattern* matches somewhere in *text* (*low* is ``lowered(text)``)."""
    if low is None:
        return pattern.search(text) is not None
    return may_match(lowered_twin, low) and lowered_twin.search(low) is not None


def search(
    pattern: re.Pattern[str],
    lowered_twin: re.Pattern[str],
    text: str,
    low: str | None,
    start: int = 0,
) -> re.Match[str] | None:
    """``pattern.search(text, start)``, found through the twin: a match on *text* itself."""
    if low is None:
        return pattern.search(text, start)
    if not may_match(lowered_twin, low, start):
        return None
    at = lowered_twin.search(low, start)
    if at is None:
        return None
    # Where the twin matches first, the pattern does: matching there alone is cheap.
    return pattern.match(text, at.start()) or pattern.search(text, start)


def matches(
    pattern: re.Pattern[str], lowered_twin: re.Pattern[str], text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """The spans of ``pattern.finditer(text)``, for a pattern that never matches the empty string.

    *low* is ``lowered(text)``. Where there is one, the matches are the
    twin's on it: the same spans, groups and ``lastgroup`` as the pattern's
    on *text*, each group's text lowered. Matching the pattern again at
    each, as :func:`search` does for a match's text, would cost as much as
    the search once more.
    """
    if low is None:
        yield from pattern.finditer(text)
        return
    start = 0
    while may_match(lowered_twin, low, start):
        match = lowered_twin.search(low, start)
        if match is None:
            return
        yield match
        start = match.end()


def has_either_case(text: str, word: str) -> bool:
    """Whether *text* holds *word*, written in small letters or in capitals.

    A quick test before a regex that ignores case: most lines hold neither.
    """
    return word in text or word.upper() in text
