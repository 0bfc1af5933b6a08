"""Text still in an email's quoted-printable transfer encoding (internal).

A notice sent by email travels as quoted-printable: every byte that is not
plain ASCII written as ``=`` and two hexadecimal digits (``IOM=E2=80=99s``,
``r=C3=A9f=C3=A9rence``), and every line longer than 76 characters cut with
``=`` at its end (a soft line break). A message's source copied whole, or a
list's archive that kept the body as sent, gives the reader that text:
words cut in two, labels unreadable. Where the text is that encoding (no
line longer than 76 characters, and soft line breaks or escaped bytes),
it is decoded: the lines a soft break cut are joined again, each told on
the first of its lines, and the bytes are read as the reader reads a file's
(UTF-8, else Windows-1252, every byte kept).
"""

from __future__ import annotations

import binascii
import re
from typing import Final, NamedTuple

from iomjobs.parse._decoding import decode
from iomjobs.parse._segments import source_lines

# The longest line quoted-printable writes, its soft break included (RFC 2045).
_LONGEST_LINE: Final = 76
# How long a line an encoder cut with a soft break is, at the least: it cuts a line
# where it would pass 76 characters, a little before where an escape would not fit
# (a short line ending in "=" is a line's own: "title: =" in a page's front matter).
_SOFT_BREAK_AT: Final = 60
# How many soft line breaks or escaped bytes, at the fewest, tell the encoding.
_FEWEST_SIGNS: Final = 3
# A byte escaped: "=" and two hexadecimal digits, in capitals as encoders write them.
_ESCAPED: Final = re.compile(r"=[0-9A-F]{2}")
# What quoted-printable text holds and other text hardly does: a soft line break,
# or the escapes of UTF-8's lead bytes for accented letters and punctuation.
_SIGNS: Final = ("=\n", "=\r", "=C3=", "=E2=80=")


class Decoded(NamedTuple):
    """Text decoded from quoted-printable: each line's first and last lines as sent, the escapes."""

    text: str
    origins: tuple[int, ...]
    escaped: int
    ends: tuple[int, ...] = ()


def decoded(text: str) -> Decoded | None:
    """*text* decoded from quoted-printable; ``None`` where it is not in that encoding."""
    if "=" not in text or not any(sign in text for sign in _SIGNS) or not text.isascii():
        return None  # found at memory speed: most text holds neither
    lines = source_lines(text)
    if any(len(line) > _LONGEST_LINE and not _blank_escaped_at_end(line) for line in lines):
        return None
    soft_breaks = sum(line.endswith("=") and len(line) >= _SOFT_BREAK_AT for line in lines)
    escaped = sum(len(_ESCAPED.findall(line)) for line in lines)
    if soft_breaks + escaped < _FEWEST_SIGNS:
        return None
    joined, origins = _joined(lines)
    decoded_text = decode(b"\n".join(binascii.a2b_qp(line.encode("ascii")) for line in joined))
    if len(source_lines(decoded_text)) != len(joined):
        return None  # a line break escaped ("=0A"): no line of it could be told
    ends = (*(start - 1 for start in origins[1:]), len(lines))
    return Decoded(decoded_text, tuple(origins), escaped, ends)


def _blank_escaped_at_end(line: str) -> bool:
    """Whether *line* passes 76 characters only by the blank escaped at its end.

    Python's ``quopri`` escapes a line's trailing space or tab after cutting
    it: "...relevant working experience.=20", 78 characters.
    """
    # The escape is two characters more than the blank it stands for.
    return len(line) <= _LONGEST_LINE + len("=20") - 1 and line.endswith(("=20", "=09"))


def _joined(lines: list[str]) -> tuple[list[str], list[int]]:
    """*lines* with each cut by a soft line break joined to the next, and each one's first line."""
    joined: list[str] = []
    origins: list[int] = []
    going_on = False
    for number, line in enumerate(lines, start=1):
        soft = line.endswith("=") and not line.endswith("==")
        piece = line[:-1] if soft else line
        if going_on:
            joined[-1] += piece
        else:
            joined.append(piece)
            origins.append(number)
        going_on = soft
    return joined, origins
