"""Where a paragraph of a notice's text ends, its lines wrapped or not (internal).

A line that does not end a sentence runs on into the next one, unless what
the two lines say, or the width a wrap left, shows a new paragraph below:
a bullet, a letterhead, the notice's kind line, a heading in markdown.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._page_top import board_words, labelled_row
from iomjobs.parse._segments import (
    STOPS,
    WRAP_WIDTH,
    GreedyWrap,
    Segment,
    did_not_fit,
    joined_lines,
    left_open,
    markdown_heading,
    names_something,
)
from iomjobs.parse._sentences import SENTENCE_END
from iomjobs.parse._supervision import SUPERVISION
from iomjobs.parse._titles import REFERENCE_ALONE
from iomjobs.parse._vocabulary import SPECIAL_LENGTH, leads_on, match_heading

# A closing bracket or quotation mark, which may end a sentence or not (_ends_sentence).
_CLOSING: Final = (")", "\u201d", '"')
# The organization's name alone on its line, as a letterhead sets it, in the four languages.
LETTERHEAD: Final = re.compile(
    r"^(?:International Organization for Migration(?: \(IOM\))?|The UN Migration Agency"
    r"|Organisation internationale pour les migrations.*"
    r"|Organizaci[oó]n Internacional para las Migraciones.*"
    r"|Organiza[çc][ãa]o Internacional para as Migra[çc][õo]es.*)$",
    re.IGNORECASE,  # a PDF's letterhead in capitals: "INTERNATIONAL ORGANIZATION FOR MIGRATION"
)

# The notice's kind line: its kind, then its reference where it gives one ("Vacancy
# Notice VN/2024/07 Open to Internal and External Candidates"); "Internal" before
# it, as an internal vacancy's kind line may open ("Internal Vacancy Notice"), and
# "Expedited", an expedited recruitment's ("Expedited Vacancy Notice").
KIND_LINE: Final = re.compile(
    r"^(?P<expedited>expedited\s+)?(?:(?P<internal>internal)\s+)?"
    r"(?P<kind>(?:special\s+)?vacancy notice|post description"
    r"|call for (?:applications?|consultants?|expression of interest)|expression of interest"
    # The adjective after the noun too: "Avis de vacance de poste spécial".
    r"|avis (?:sp[ée]cial )?de vacance(?: de poste)?(?: sp[ée]cial)?"
    r"|aviso (?:especial )?de (?:vacante|vaga)(?: especial)?"
    r"|appel [àa] candidatures|appel [àa] manifestation d.int[ée]r[êe]t"
    r"|convocatoria(?: de expresi[oó]n de inter[ée]s)?"
    r"|description de poste|descripci[oó]n del puesto|descri[çc][ãa]o do cargo"
    r"|convite [àa] (?:apresenta[çc][ãa]o de candidaturas|manifesta[çc][ãa]o de interesse))\b"
    # "Internal" after the noun, as French, Spanish and Portuguese place it: "Avis de
    # vacance interne n° 2026/07", "Aviso de vacante interna N° 2026-07".
    r"(?:\s+(?P<internal_after>interne|interna|interno)\b)?"
    # Between kind and reference, a colon, a slash or a dash: "CALL FOR APPLICATIONS –
    # CFANA2022-01" (IOM Namibia's call, 2022, as worldngojobs copied it); a colon
    # after the number's word: "Call for Applications No.: CFA/2026/01".
    r"[\s:/\-\u2013\u2014]*(?:no\.?|n°|n\.?º|number)?[\s:]*"
    r"(?P<reference>[A-Z]{0,5}[ /.-]?\d[\w/.-]*)?",
    re.IGNORECASE,
)
# A text not wrapped greedily: no line ends a paragraph for the room it leaves.
_NOT_GREEDY: Final = GreedyWrap(0, frozenset())


def paragraph_at(
    content: list[Segment], index: int, width: int = 0, greedy: GreedyWrap = _NOT_GREEDY
) -> tuple[list[Segment], int]:
    """The lines of the paragraph starting at *index*, and the index after it.

    A line that does not end a sentence runs on into the next one: text
    wrapped by hand, or a paragraph cut by a page break (one blank line).
    *width* is the page's, 0 where it was not wrapped at one
    (:func:`_ends_sentence`); *greedy* says how it was wrapped where it
    was wrapped greedily by characters (:func:`_room_left`).
    """
    paragraph = [content[index]]
    index += 1
    while index < len(content):
        previous, line = paragraph[-1], content[index]
        if (
            line.bullet
            or _too_far_below(previous, line)
            or (
                _ends_sentence(previous, line, width)
                and not _colon_in_quotation(paragraph)
                and not _sentence_filled_line(previous, line, greedy)
            )
            or _link_dropped(paragraph, line)
            # A table's row is a line of its own, as its row stands: "| Organization |
            # International Organization for Migration |" / "| Posted | 1 Apr 2020 |".
            or _table_row(previous.text)
            or _table_row(line.text)
            # A markdown heading ("## The Role") is a line of its own in any paragraph.
            or markdown_heading(previous.text)
            or markdown_heading(line.text)
            or (LETTERHEAD.match(line.text) and not _named_in_sentence(previous, line, greedy))
            or _kind_line_below(previous, line)
            or _reference_line_below(previous, line)
            # "Skip to Job Description" / the title: a page's link, a line of its own,
            # below a line too ("• Added Date: ..." / "5 Steps to get a job in the
            # United Nations", uncareer, 2025).
            or (
                len(paragraph) == 1
                and board_words(previous.text)
                and not runs_on_as_prose(previous, line)
            )
            or (board_words(line.text) and not runs_on_as_prose(previous, line))
            # A row breaks before itself: above the next line, it is a paragraph's first.
            or labelled_row(line.text)
            or (len(paragraph) == 1 and labelled_row(previous.text))
            or not _runs_on(previous, line, width)
            or _room_left(previous, line, greedy)
        ):
            break
        paragraph.append(line)
        index += 1
    return paragraph, index


def _table_row(text: str) -> bool:
    """Whether *text* is a pipe table's row whole, between its first and last pipe."""
    return text[:1] == "|" and text[-1:] == "|" and len(text) > 1


def _too_far_below(previous: Segment, line: Segment) -> bool:
    """Whether *line* is too many blank lines below *previous* to go on with its paragraph.

    One blank line may be a page break; two, as a PDF viewer's copy sets a
    page's lines apart ("...en el ámbito de la" / "" / "" / "migración y
    trabaja...", a scribd copy of IOM Mexico's terms of reference, 2024),
    only before a line in lower case, which begins no paragraph.
    """
    gap = line.number - previous.number
    return gap > 2 and not (gap == 3 and line.text[:1].islower())  # noqa: PLR2004


def _kind_line_below(previous: Segment, line: Segment) -> bool:
    """Whether *line* is the notice's kind line, which no line above runs into.

    "Dakar Office" / "Vacancy Notice VN/2024/07 Open to Internal and
    External Candidates", a paragraph a line as a Word document is written:
    the short line above had taken the kind line into a paragraph of
    context. Not after a word that leads on ("...indicating the" /
    "Vacancy Notice Number (2024-07)").
    """
    return (
        len(line.text) <= SPECIAL_LENGTH
        and KIND_LINE.match(line.text) is not None
        and not runs_on_as_prose(previous, line)
    )


def _reference_line_below(previous: Segment, line: Segment) -> bool:
    """Whether *line* is the notice's reference alone, which no line above runs into.

    "CANDIDATS INTERNES" / "SVN 2026/014 – SN": the heading in capitals
    above had taken the reference into a paragraph of context, and the
    notice had none. Not after a word that leads on ("...under
    the number" / "SVN 2026/014").
    """
    return (
        len(line.text) <= SPECIAL_LENGTH
        and REFERENCE_ALONE.fullmatch(line.text.strip("#* ")) is not None
        and not runs_on_as_prose(previous, line)
    )


def _ends_sentence(previous: Segment, line: Segment, width: int) -> bool:
    """Whether *previous* ends its sentence, so that *line* begins another.

    A line that ends in a closing bracket or quotation mark does, unless
    *line* begins in lower case ("...Response Plan (RMRP)" / "which
    stipulates needs of...", a PDF's column wrapped there), or the text was
    wrapped at a *width* and *line*'s first word would not have fit on it:
    "...of the Global Shelter, Land, and Site Coordination (SLSC)" /
    "Coordinator and the direct supervision of...".
    """
    text = previous.text
    if not text.endswith(SENTENCE_END):
        return text.endswith(_WORKPLACE_LINK)
    return not (
        text.endswith(_CLOSING)
        and not text[:-1].endswith(STOPS)
        and (line.text[:1].islower() or did_not_fit(text, line.text.partition(" ")[0], width))
    )


# The link that ends the template's sentence since 2024, "Read more about IOM’s
# workplace culture at IOM workplace culture | International Organization for
# Migration", its title with no stop after it (sudancareer, 2025).
_WORKPLACE_LINK: Final = "workplace culture | International Organization for Migration"


def _link_dropped(paragraph: list[Segment], line: Segment) -> bool:
    """Whether *paragraph* ends in "at" where a board dropped its sentence's link.

    "IOM is committed to a diverse and inclusive work environment. Read more
    about diversity and inclusion at IOM at" / "" / "Applications are
    welcome..." (ngojobsafrica's copy of IOM Nigeria's notice, 2022): the
    address went with its anchor. A line below in lower case is the address,
    wrapped ("www.iom.int/diversity."); so is one right below that a wrap
    may have cut off ("...inclusion at" / "IOM at www.iom.int/diversity.",
    pdftotext's copy wrapped at 72), unless the sentence is whole ("at IOM at").
    """
    previous = paragraph[-1]
    # "...inclusion at IOM" / "at": the last word may be the line's only one.
    last = previous.text
    if not (last.endswith(" at") or last == "at") or line.text[:1].islower():  # most: one look
        return False
    sentence = " ".join(segment.text for segment in paragraph[-_READ_MORE_LINES:])
    return _READ_MORE_AT.search(sentence) is not None and (
        line.number > previous.number + 1 or sentence.endswith(" IOM at")
    )


# The template's sentence before its link, "Read more about ... at" (2020-2023),
# and the most lines a wrap at 60 columns or more sets it on.
_READ_MORE_AT: Final = re.compile(r"\bRead more about [^.]{1,80} at$")
_READ_MORE_LINES: Final = 3


def _colon_in_quotation(paragraph: list[Segment]) -> bool:
    """Whether *paragraph*'s last line ends in a colon inside a quotation it opened.

    A project's name in quotes, its subtitle after a colon: "...of the
    'Fostering Collaborative Approaches to Disaster Preparedness in the
    Caribbean:" / "Strengthening Human Mobility Frameworks...’ initiative".
    The colon introduces nothing below. The quotation opened in the last
    few lines: a name in quotes is no longer, and the lines above are not
    read again for each line a long paragraph goes on to.
    """
    if not paragraph[-1].text.endswith(":"):
        return False
    text = joined_lines(paragraph[-_QUOTED_LINES:])
    return len(_OPENING_QUOTE.findall(text)) > len(_CLOSING_QUOTE.findall(text))


# The most lines a quotation that a colon stands in opened above it: a project's
# name in quotes, wrapped.
_QUOTED_LINES: Final = 6


# Single and double quotation marks, opening after a space and before a
# word, closing after a word or a stop and before a space, a stop or the
# end; an apostrophe stands between letters ("IOM’s").
_OPENING_QUOTE: Final = re.compile(r"(?:^|(?<=\s))['\u2018\u201c\"](?=\w)")
_CLOSING_QUOTE: Final = re.compile(r"(?<=[\w.!?])['\u2019\u201d\"](?=[\s.,;:!?)]|$)")


def _sentence_filled_line(previous: Segment, line: Segment, greedy: GreedyWrap) -> bool:
    """Whether the sentence that ends *previous* filled it, in a paragraph that goes on in *line*.

    In text wrapped greedily that sets its paragraphs apart with blank
    lines (:func:`~iomjobs.parse._segments.GreedyWrap`'s ``apart``), a line
    right below one the wrap filled goes on with its paragraph, unless it
    begins a list item or a heading, or names something.
    """
    return (
        greedy.apart
        and line.number == previous.number + 1
        and not line.bullet
        and greedy.filled(previous, line.text.partition(" ")[0])
        and match_heading(line.text) is None
        and not names_something(line.text)
    )


def _named_in_sentence(previous: Segment, line: Segment, greedy: GreedyWrap) -> bool:
    """Whether the organization's name alone on *line* goes on the sentence *previous* left open.

    It is a letterhead, unless a wrap put it there below a sentence left
    unended (:func:`paragraph_at` has seen to that): right below a line
    that ends on a word that leads on ("...migrants with disabilities” At",
    a board's line wrapped at 100 columns where the page's width is
    unknown), or on the bar of the link that ends the template's sentence
    ("...at IOM workplace culture |", a JPO notice at 80 columns; "...de
    l’OIM |" / "Organisation internationale pour les migrations"), or where
    text wrapped greedily moved its words down from a full line.
    """
    if line.number != previous.number + 1:
        return False
    # "...at IOM workplace culture |": the link's title, its bar and the name after it.
    if leads_on(previous.text) or previous.text.rpartition(" ")[2] == "|":
        return True
    return greedy.filled(previous, line.text.partition(" ")[0])


def _room_left(previous: Segment, line: Segment, greedy: GreedyWrap) -> bool:
    """Whether *previous* ends its paragraph where *line*'s first word would have fit on it.

    Text wrapped greedily moves a word down only where it does not fit: a
    line with room for it is a paragraph's last ("...at IOM workplace" /
    "culture | International Organization for Migration" / "Applications
    are welcome from..."), even without a stop, unless its words say the
    sentence goes on.
    """
    return (
        line.number == previous.number + 1
        and greedy.room_for(previous, line.text.partition(" ")[0])
        and not runs_on_as_prose(previous, line)
        and not left_open(previous.text)
    )


def _runs_on(previous: Segment, line: Segment, width: int = 0) -> bool:
    """Whether *line* continues the sentence *previous* left unfinished."""
    return runs_on_as_prose(previous, line) or (
        # A short line right above it: wrapped by hand, or at the page's width;
        # not above a sentence that names the post's supervisors, which opens a
        # paragraph ("- Nature of the consultancy: Category B" / "Under the
        # overall supervision of...", a board's copy of IOM Ukraine's terms of
        # reference, 2025).
        len(previous.text) <= max(WRAP_WIDTH, width)
        and line.number == previous.number + 1
        and SUPERVISION.match(line.text) is None
        # Nor above a line a label heads ("Category B Consultancy" / "Objective: To
        # provide...", IOM Italy's call as a board copies it, 2025).
        and _LABELLED.match(line.text) is None
    )


# A line a label of a word or two heads: "Objective: ...", "Target: ...".
_LABELLED: Final = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?: \S")


def runs_on_as_prose(previous: Segment, line: Segment) -> bool:
    """Whether *line* continues *previous* by its words: lower case, or after a small word."""
    return line.text[:1].islower() or leads_on(previous.text) or previous.text.endswith(",")
