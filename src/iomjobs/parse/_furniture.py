"""A page's furniture among a notice's lines: rules, underlines, page numbers (internal).

Layout, not text: a line that is only a rule, a heading's underline, a grid
table's border or a page's number stands between the lines of a paragraph
or a list, and would otherwise be read as one of them.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._rows import GRID_BORDER, PIPE_RULE

# A rule, or the line under a heading, as text and markdown draw them ("-------",
# "=======", "_______"), a grid table's border ("+------+------+", pandoc's) or
# a pipe table's line under its head ("|---|---|", "| :--- | ---: |"): layout,
# which would otherwise run into the paragraph or list below it. And markdown's
# emphasis around nothing, "**" alone on its line (worldngojobs, 2022).
_RULE: Final = re.compile(rf"([-=_*~])\1{{2,}}|{GRID_BORDER}|{PIPE_RULE}|\*\*|__")
_RULE_CHARACTERS: Final = frozenset("-=_*~+|")
# A page's number, as text taken from a PDF keeps it between the pages ("Page 2
# of 5", "Página 2 de 5", "2/5"): the page's furniture, which would otherwise be
# read as an item of the list or a line of the paragraph it falls in.
_PAGE_MARK: Final = re.compile(
    r"(?i:page|p[aá]gina|p\.)\s*\d{1,3}(?:\s*(?:of|de|sur|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}"
)
_PAGE_MARK_FIRST: Final = frozenset("0123456789PpÁá")
# Most content lines begin with none of these: settled without a call (a hot path).
FURNITURE_FIRST: Final = _RULE_CHARACTERS | _PAGE_MARK_FIRST


def is_page_mark(text: str) -> bool:
    """Whether *text* (a segment's) is a page's number: "Page 2 of 5", "Página 2 de 5", "2/5"."""
    return text[:1] in _PAGE_MARK_FIRST and _PAGE_MARK.fullmatch(text) is not None


def is_furniture(text: str) -> bool:
    """Whether *text* is a rule, a heading's underline or a page's number: layout, not text."""
    first = text[:1]
    return (first in _RULE_CHARACTERS and _RULE.fullmatch(text) is not None) or is_page_mark(text)
