"""Who may apply by nationality: "(Dutch Nationals only)", "Eligible nationalities" (internal).

A post its government sponsors (IOM's Junior Professional Officers) is
open to that country's nationals alone, and its title says so: "JPO -
Programme Officer (Search and Rescue (SAR)) - (Dutch Nationals only)"
(IOM Libya on undpjobs.net, 2026). The nationality is an adjective
("Dutch", "Sierra Leonean") or a country's name ("Nationals of Japan
only"); several are parted by semicolons or commas, or joined by "and"
("Dutch and Belgian").
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.reference.nationalities import country_of_nationality

__all__ = ["NATIONALS_MARK", "NATIONALS_SENTENCE", "read_nationalities"]

# What a title's bracket says of the nationals who alone may apply, as a
# regex for _titles' marks: "Dutch Nationals only", "Open to Japanese
# nationals", "For Korean nationals only", "Nationals of Finland only". A
# word says they alone may: "(Afghan Nationals)" may be whom the post serves.
_NATIONALS: Final = r"(?:(?i:nationals\s+of)\s+[^()]+?|[^()]+?\s(?i:nationals?))"
# A board's label before them takes its colon: "Open to: Kenyan nationals only",
# "Eligibility: Nationals of Kenya only".
_OPENING: Final = (
    r"open\s+(?:only\s+)?to:?|reserved\s+(?:only\s+)?for:?|only\s+for|eligibility:|nationality:"
)
NATIONALS_MARK: Final = (
    rf"(?i:{_OPENING})\s+{_NATIONALS}(?i:\s+only)?|(?i:for\s+)?{_NATIONALS}(?i:\s+only)"
)
# A sentence that says whose nationals alone may apply, as a title's mark
# does: "This position is open to Ghanaian nationals only.", "This vacancy is
# open to nationals of Japan." (its opening quotation marks taken off first);
# or only its opening words and the nationals: "Open to Senegalese nationals only."
# Its group "mark", "opening" or "only" holds the nationals.
NATIONALS_SENTENCE: Final = re.compile(
    # A word may say what the post is: "This JPO position is open to ...".
    rf"(?i:this\s+(?:[A-Z]{{2,5}}\s+)?(?:position|post|vacancy)\s+is\s+(?:only\s+)?)"
    rf"(?P<mark>{NATIONALS_MARK})"
    r"[\s.”\"’]*$"
    rf"|(?P<opening>(?i:{_OPENING})\s+{_NATIONALS}(?i:\s+only)?)[\s.”\"’]*$"
    # "Only Senegalese nationals will be considered (for this position).", "Only
    # nationals of Senegal are eligible to apply."
    rf"|(?i:only)\s+(?P<only>{_NATIONALS})\s+(?i:will\s+be\s+considered"
    r"|are\s+eligible(?:\s+to\s+apply)?|may\s+apply|can\s+apply)"
    r"(?i:\s+for\s+this\s+(?:position|post|vacancy))?[\s.”\"’]*$"
)
# The words around the nationalities a mark or a field's value names.
_AROUND: Final = re.compile(
    rf"^(?:(?:{_OPENING}|for)\s+)?(?:nationals\s+of\s+(?:the\s+)?)?"
    r"|\s+nationals?(?=\s+only$|$)|\s+only$",
    re.IGNORECASE,
)
# What parts one nationality from the next, tried in turn where the whole names none.
_SEPARATORS: Final = (
    re.compile(r"\s*;\s*"),
    re.compile(r"\s*,\s*"),
    re.compile(r"\s+(?:and|et|y|e|&)\s+", re.IGNORECASE),
)


def read_nationalities(text: str) -> tuple[str, ...] | None:
    """The codes of the countries whose nationals *text* names, or ``None`` if it names other.

    >>> read_nationalities("Dutch Nationals only"), read_nationalities("Dutch and Belgian")
    (('NL',), ('NL', 'BE'))
    >>> read_nationalities("Nationals of Japan only"), read_nationalities("Internal applicants")
    (('JP',), None)
    """
    words = _AROUND.sub("", " ".join(text.split()))
    return _codes(words, 0) if words else None


def _codes(text: str, first_separator: int) -> tuple[str, ...] | None:
    """The codes of *text*'s nationalities: the whole one, else its parts at each separator."""
    code = country_of_nationality(text)
    if code is not None:
        return (code,)
    for at in range(first_separator, len(_SEPARATORS)):
        parts = [part for part in _SEPARATORS[at].split(text) if part]
        if len(parts) < 2:  # noqa: PLR2004 -- no such separator: the next one
            continue
        found = [_codes(part, at + 1) for part in parts]
        if not all(found):
            return None
        return tuple(dict.fromkeys(code for codes in found if codes for code in codes))
    return None
