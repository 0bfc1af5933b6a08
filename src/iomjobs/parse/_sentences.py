"""A notice's text cut into sentences (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs._text import positions

# The auxiliaries a sentence about a post has and a place's name or a date has not (in
# lower case: "May Pen" is a town of Jamaica), in English, French, Spanish and Portuguese.
AUXILIARY: Final = re.compile(
    r"\b(?:will|shall|would|must|should|may|is|are|sera|doit|devra|será|debe|deberá|deve|deverá)\b"
)
# What a sentence, or a line that may end one, ends in: a stop, a semicolon, a colon
# before what it introduces, a closing bracket or quotation mark.
SENTENCE_END: Final = (".", ":", "!", "?", ";", ")", "\u201d", '"')
# The space between two sentences, after the stop that ends the first. The
# pattern starts with the stop, not a lookbehind, so that it can be matched
# where a stop stands (see sentences()).
# No break after "i.e." or "e.g.": "(i.e. French, Spanish)" goes on with its sentence;
# nor after a degree's abbreviation before its field: "BSc. Nursing", "M.Sc. Public Health".
_SENTENCE_BREAK: Final = re.compile(
    r"[.!?](?<!\bi\.e\.)(?<!\be\.g\.)(?<!\bBSc\.)(?<!\bMSc\.)(?<!\bB\.Sc\.)(?<!\bM\.Sc\.)"
    r"(\s+)(?=[A-Z\u00c0-\u00dd\u201c\"(])"
)


def sentences(text: str) -> list[str]:
    """*text* cut into sentences."""
    parts, start = [], 0
    # Every break starts at a stop: the stops are found by str.find, which
    # runs at memory speed where sre tests each character against the
    # class, and the pattern is tried there alone.
    for at in _stops(text):
        found = _SENTENCE_BREAK.match(text, at) if at >= start else None
        if found is not None:
            parts.append(text[start : found.start(1)])
            start = found.end(1)
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _stops(text: str) -> list[int]:
    found = positions(text, ".")
    if "!" in text or "?" in text:
        found = sorted([*found, *positions(text, "!"), *positions(text, "?")])
    return found


def sentence_at(text: str, match: re.Match[str] | None) -> str:
    """The sentence of *text* in which *match* stands."""
    if match is None:
        return text
    start = 0
    for part in sentences(text):
        found = text.find(part, start)
        if found <= match.start() < found + len(part):
            return part
        start = found + len(part) if found >= 0 else start
    return text
