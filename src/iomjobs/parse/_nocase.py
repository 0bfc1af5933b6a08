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
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Characters IGNORECASE matches to a Latin letter but str.lower() leaves alone.
_DOTLESS_I = "\u0131"
_LONG_S = "\u017f"

TWINS: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
"""Every (pattern, twin) pair made, for the tests to hold them against each other."""


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
    return made


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
    return lowered_twin.search(low) is not None


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
    at = lowered_twin.search(low, start)
    if at is None:
        return None
    # Where the twin matches first, the pattern does: matching there alone is cheap.
    return pattern.match(text, at.start()) or pattern.search(text, start)


def finditer(
    pattern: re.Pattern[str], lowered_twin: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches the empty string."""
    low = lowered(text)
    match = search(pattern, lowered_twin, text, low)
    while match is not None:
        yield match
        match = search(pattern, lowered_twin, text, low, match.end())
