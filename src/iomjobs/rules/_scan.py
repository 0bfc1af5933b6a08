r"""Finding things in text fast enough to run every rule on every notice (internal).

A one-character ``str.find`` runs at memory speed; sre searching for a
character class (``\d``) costs some 10 ns a character, and a pattern that
starts with no fixed character costs more. The rules look for the rare
characters their patterns must start with, then match there.
"""

from __future__ import annotations

import re

from iomjobs._text import positions

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def digit_positions(text: str) -> list[int]:
    r"""Where *text* has a decimal digit (``\d``, any script), in order."""
    if not text.isascii():
        return [match.start() for match in _DIGIT.finditer(text)]
    found: list[int] = []
    for digit in _ASCII_DIGITS:
        found += positions(text, digit)
    found.sort()
    return found
