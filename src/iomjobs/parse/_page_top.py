"""The top of a job board's page: its own words above a notice, and the first line (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._interpret import read_kind
from iomjobs.parse._leftover import KIND_WORDS, says_more
from iomjobs.parse._segments import Segment, unmarked
from iomjobs.parse._titles import ORGANIZATION, post_line, without_organization
from iomjobs.parse._vocabulary import SPECIAL_LENGTH


def heading_line(segments: list[Segment]) -> Segment | None:
    """The page's first line, if it is a short line of its own (no list item): a heading.

    A job board's own words above it ("company logo", jobr.pro; its notice of
    cookies, impactpool, 2018; "Skip to Job Description" / "Apply Now",
    unjobnet, 2026) are passed over, and the organization's name below them
    ("UN CareersUN CareersGlobal Opportunities" / "International Organization
    for Migration logo" / "International Organization for Migration", above
    the title: un-careers, 2026).
    """
    at = 0
    while at + 1 < min(len(segments), _BOARD_WORDS_ABOVE) and (
        board_words(segments[at].text)
        or (at and _cookie_notice_goes_on(segments[at - 1].text, segments[at].text))
        or (at and _ORGANIZATION_ALONE.fullmatch(unmarked(segments[at].text)) is not None)
        or _announces_kind(segments[at].text)
    ):
        at += 1
    first = segments[at] if segments else None
    # The organization's name a board writes after the title is no part of its length,
    # nor markdown's marks about the line.
    if first is None or first.bullet:
        return None
    if len(without_organization(unmarked(first.text))) > SPECIAL_LENGTH:
        return None
    return first


def _announces_kind(line: str) -> bool:
    """Whether *line* announces the kind of notice and its number, above the title.

    "Vacancy Notice VN/2026/05", "Call for Applications: CFA-2026-05",
    "Convocatoria: CON-2026-05" / "Consultoría para la elaboración de...":
    the title is on the line below, which had been read as context.
    """
    return (
        len(line) <= SPECIAL_LENGTH
        and not line.rstrip().endswith((".", ";", ","))
        and read_kind(line) is not None
        # Its number, or the kind alone: not a line a wrap cut ("...,Call for
        # Applications/Migration Profile" / "Expert for Rwanda").
        and (
            any(ch.isdigit() for ch in line)
            or not says_more(unmarked(line), (), KIND_WORDS, figures=False)  # the kind alone
        )
        and post_line(unmarked(line)) is None  # "Call for Applications – Project Officer"
    )


def board_words(line: str) -> bool:
    """Whether *line* is what a job board writes above a notice's first line, or among them."""
    # "By continuing to browse this site, you agree to our use of cookies.", whole or
    # its first line where a wrap cut it before "cookies". Every line of a paragraph
    # is asked (paragraph_at): most are long, and are lowered only where they may
    # begin the notice of cookies.
    if " cookies" in line or (
        len(line) > _COOKIE_NOTICE_CUT
        and line[:3].lower() == "by "
        and _COOKIE_NOTICE.startswith(line.lower())
    ):
        return True
    # An image's words in its stead, its logo's: "International Organization for
    # Migration logo" (un-careers, 2026), "Logo of IOM" (a board of 2026).
    if line[-5:].lower() == " logo":
        return len(line) <= _LOGO_LONGEST
    # A page's trail of links, from its site's home: "Home > Jobs", "Accueil » Emplois".
    if _BREADCRUMB.match(line) is not None:
        return len(line) <= _LOGO_LONGEST
    if len(line) > _BOARD_WORDS_LONGEST:
        return False
    lowered = line.lower()
    # A page's link past its menus, for screen readers: "Skip to Job Description"
    # (unjobnet, 2026), "Skip to main content"; the day the board posted the notice,
    # counted back ("Posted 5 days ago", unjobnet).
    # Its count of the page's views: "11415 views" (brightspyre, 2024).
    return (
        lowered in _BOARD_WORDS
        or lowered.startswith(("skip to ", "logo of "))
        or (lowered.startswith("posted ") and _POSTED_AGO.fullmatch(lowered) is not None)
        or (lowered.endswith(" views") and _VIEWS.fullmatch(lowered) is not None)
    )


def labelled_row(line: str) -> bool:
    """Whether *line* is a board's row of labels and values, their colons lost.

    "Posted date 31st October, 2024 Last date to apply 14th November, 2025",
    "Country Pakistan Locations Islamabad" (brightspyre's copy of IOM
    Pakistan's call, 2024): a line of its own, as the row is, not the end
    of a sentence above it.
    """
    return (
        line.startswith(_LABELLED_ROW_STARTS)
        and (LABELLED_DATES.match(line) or LABELLED_PLACE.match(line)) is not None
    )


# A board's row of two labels and their dates, the colons lost (see labelled_row).
LABELLED_DATES: Final = re.compile(
    r"(?:Posted date|Date posted) (?P<posted>\S.*?) Last date to apply (?P<closing>\S.*)"
)
# A board's row of a country and the places in it, the colons lost.
LABELLED_PLACE: Final = re.compile(r"Country (?P<country>\S.*?) Locations? (?P<place>\S.*)")
_LABELLED_ROW_STARTS: Final = ("Posted date ", "Date posted ", "Country ")


def _cookie_notice_goes_on(above: str, line: str) -> bool:
    """Whether *line* is the end of the board's notice of cookies *above*, wrapped.

    "...you agree to our use of cookies. Read" / "our privacy policy", "...to
    our use of" / "cookies. Read our privacy policy", as a page printed
    narrow cuts impactpool's (2018) and its kin's (2025).
    """
    tail = line.strip().lower()
    if not tail:
        return False
    if " cookies" in above:
        return _COOKIE_NOTICE_END.endswith(tail)
    return f"{above.lower()} {tail}" in _COOKIE_NOTICE


# What job boards write above a notice's first line, or among its first lines: the
# link to a guide that uncareer's and undpjobs' pages set below the day they added
# the notice ("• Added Date: Thursday, 11 September 2025" / "5 Steps to get a job
# in the United Nations", 2025).
_BOARD_WORDS: Final = frozenset(
    {
        *("company logo", "apply now", "plan next steps"),
        "5 steps to get a job in the united nations",
        # A site's name, its logo's words and its own run together, then its motto.
        "un careersun careersglobal opportunities",
    }
)
# The organization's name alone, below a board's words (its name as the board gives it).
_ORGANIZATION_ALONE: Final = re.compile(rf"{ORGANIZATION}(?: \(IOM\))?", re.IGNORECASE)
_VIEWS: Final = re.compile(r"\d[\d,]* views")
_BREADCRUMB: Final = re.compile(r"(?i:home|accueil|inicio|in[íi]cio)\s*[>»›]\s*\S")
_POSTED_AGO: Final = re.compile(r"posted (?:\d+|an?) (?:minute|hour|day|week|month)s? ago")
_COOKIE_NOTICE: Final = (
    "by continuing to browse this site, you agree to our use of cookies. read our privacy policy"
)
_COOKIE_NOTICE_END: Final = _COOKIE_NOTICE.rpartition(". ")[2]
# The shortest first line of the notice of cookies a wrap leaves, and the longest of
# the board's words (a "Skip to ..." link too is no longer).
_COOKIE_NOTICE_CUT: Final = 40
_BOARD_WORDS_LONGEST: Final = max(map(len, _BOARD_WORDS))
# The longest words of a logo: an organization's name and "logo".
_LOGO_LONGEST: Final = 80
# The most lines of a board's words above the notice's first line, its first line too.
_BOARD_WORDS_ABOVE: Final = 4
