"""Where a notice has its post supervise staff: what CMP010 reads.

A post that supervises staff is a managerial one. Notices say so in their
duties ("Supervise the project staff", "provide guidance to teams of
Assistants", "leading junior staff") or their experience, by a verb of
supervising that governs a word for staff. English is read in every
notice, as notices in other languages often keep English duties; a notice
in French, Spanish or Portuguese is read in its own language too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

from iomjobs._text import positions
from iomjobs.rules._walk import Joined, language_code

if TYPE_CHECKING:
    from iomjobs.model.notice import VacancyNotice

# Whom a post supervises: each supervision pattern ends in one of these words.
_SUPERVISED = ("staff", "team", "Team", "personnel", "ssistants", "fficers")
# What comes before that word when the post supervises: "supervise the project
# staff", "provide guidance to teams of", "leading junior staff", "guidance and
# supervision to project staff" (not "supervision of", which names the post's own).
_VERB_PHRASE = r"""(?:[Ss]upervis(?:e|es|ing|ion\s+to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?
         |[Gg]uidance\s+to\s+(?:the\s+)?
         |(?:[Ll]ead(?:ing|s)?|[Mm]anag(?:e|es|ing))\s+(?:a\s+|the\s+)?(?:junior\s+)?
       )[\w-]*"""
# A verb phrase that ends where a supervised word starts, read no further back than _WINDOW.
_SUPERVISING = re.compile(_VERB_PHRASE + "$", re.VERBOSE)
# A verb phrase followed by a supervised word, at any distance: without it, a
# verb supervises nothing, and most verbs are settled by this one match.
_REACHING = re.compile(_VERB_PHRASE + f"(?:{'|'.join(_SUPERVISED)})", re.VERBOSE)
_WINDOW = 80
# _VERB_PHRASE's verbs without their first letter: every match starts one
# character before one of these. Finding them is much faster than a search.
_VERB_STEMS = ("upervis", "uidance", "ead", "anag")
_GUIDANCE = "uidance"
# Guidance given to staff on a subject is advice, not supervision: "Provide
# support on timekeeping matters and guidance to staff on existing
# entitlements" (an HR Assistant's duty, IOM Ukraine, 2025). Spaces only, so
# that the joined texts' scan and each text's read agree.
_ADVICE = re.compile(r"s? +(?:members +)?(?:on|regarding|about|concerning)\b")
_GUIDING = "uiding and lead"


def _english_at(text: str) -> int | None:
    """Where *text* has the post supervise staff, in English, or ``None``."""
    for word in _SUPERVISED:
        found = _supervising(text, word, 0)
        if found is not None:
            return found
    found = text.find(_GUIDING)
    return found if found >= 0 else None


def _supervising(text: str, word: str, start: int) -> int | None:
    # The first occurrence of *word* from *start* that a supervising verb precedes.
    found = text.find(word, start)
    while found >= 0:
        if _supervised_at(text, found, found + len(word)):
            return found
        found = text.find(word, found + 1)
    return None


def _supervised_at(text: str, found: int, end: int) -> bool:
    # *found* to *end*: the supervised word.
    window = max(0, found - _WINDOW)
    for stem in _VERB_STEMS:
        if stem == _GUIDANCE and _ADVICE.match(text, end):
            continue
        at = text.find(stem, window + 1, found)
        while at >= 0:
            if _SUPERVISING.match(text, at - 1, found):
                return True
            at = text.find(stem, at + 1, found)
    return False


def _supervisions(text: str) -> list[int]:
    """Every place in *text* where supervision_at would find the post supervising, in order.

    The same test as _supervised_at, worked from the verbs forward: a text
    has far fewer verbs than the words they govern, and most are settled by
    one match.
    """
    found = set(positions(text, _GUIDING))
    for stem in _VERB_STEMS:
        for at in positions(text, stem, 1):
            if _REACHING.match(text, at - 1):
                found.update(_governed(text, at, stem))
    return sorted(found)


def _governed(text: str, at: int, stem: str) -> Iterator[int]:
    # The supervised words that the verb at *at* governs, as _supervised_at sees them:
    # starting after the verb, no more than _WINDOW - 1 characters after it.
    advice = stem == _GUIDANCE
    for word in _SUPERVISED:
        for found in positions(text, word, at + len(stem), at + _WINDOW - 1 + len(word)):
            if advice and _ADVICE.match(text, found + len(word)):
                continue
            if _SUPERVISING.match(text, at - 1, found):
                yield found


# Up to four words between a verb and the staff it governs ("superviser le
# travail des assistants", "superviser les activités de l'équipe").
_WITHIN_FOUR = r"(?:[\w-]+(?:\s+|['’])){0,4}?"


def _own(verbs: str, staff: str, leading: str, nouns: str) -> re.Pattern[str]:
    """One language's reading of supervision, as English's.

    *verbs* of supervising that govern *staff* within four words, verbs of
    *leading* right before a team or the staff, and *nouns* of supervising
    followed by whom.
    """
    return re.compile(
        rf"\b(?:(?:{verbs})\s+{_WITHIN_FOUR}(?:{staff})|(?:{leading})|(?:{nouns}))\b",
        re.IGNORECASE,
    )


# A word that is also an adjective is staff only after a determiner: "le
# personnel" (not "développement personnel"), "el personal", "o pessoal".
# Spanish names people after the personal "a": "supervisar al equipo", where
# "el equipo" may be the equipment. The noun of supervising is read only with
# its object right after it, and not after "sous la", "bajo la", "sob a",
# which name the post's own supervisor ("sous la supervision de l'équipe de
# direction").
_SUPERVISING_IN: Final[dict[str, re.Pattern[str]]] = {
    "fr": _own(
        r"superviser|supervise(?:ra|nt)?|supervisant|encadrer|encadre(?:ra|nt)?|encadrant",
        r"(?:le|du|au|son|ce|de)\s+personnel|équipes?|assistant(?:e)?s?|agents|chargé(?:e)?s"
        r"|collaborat(?:eur|rice)s|stagiaires",
        r"(?:diriger|dirige(?:ra)?|g[ée]rer|g[èe]re(?:ra)?|manager)"
        r"\s+(?:(?:le|la|les|son|sa|ses|une?)\s+|l['’])?(?:équipes?|personnel)",
        r"(?<!sous la )(?<!sous l')(?<!sous l’)(?:supervision|encadrement)"
        r"\s+(?:du\s+personnel|(?:de\s+l['’]|des\s+)(?:équipes?|assistant(?:e)?s|agents))",
    ),
    "es": _own(
        r"supervisar|supervisa(?:rá)?|supervisando",
        r"(?:el|al|del|su|sus)\s+personal|a(?:l|\s+(?:los|las|sus?|una?))\s+(?:[\w-]+\s+)??"
        r"(?:equipos?|personal|asistentes|oficiales|auxiliares|promotor(?:es|as)|funcionari[oa]s)",
        r"(?:dirigir|dirige|dirigirá|liderar|lidera(?:rá)?)"
        r"\s+(?:al|el|los|sus?|un|a\s+(?:los|sus?))\s+equipos?"
        r"|(?:gestionar|gestiona(?:rá)?)\s+(?:al|el|a\s+sus?|sus?)\s+personal",
        r"(?<!bajo la )supervisión\s+(?:(?:del|al)\s+personal|(?:de|a)\s+los\s+"
        r"(?:asistentes|oficiales|promotores|funcionarios))",
    ),
    "pt": _own(
        r"supervisionar|supervisiona(?:rá)?|supervisionando",
        r"(?:o|do|ao|seu|todo\s+o)\s+pessoal|equipes?|equipas?|assistentes|funcion[áa]rios"
        r"|colaboradores|agentes|estagi[áa]rios",
        r"(?:liderar|lidera|gerir|gere|gerenciar|gerencia|chefiar|chefia|dirigir|dirige)"
        r"\s+(?:(?:a|o|as|os|uma?|suas?|seus?)\s+)?(?:equipes?|equipas?|pessoal)",
        r"(?<!sob a )supervisão\s+(?:(?:do|ao)\s+pessoal|das?\s+equip[ae]s?"
        r"|dos\s+(?:assistentes|funcion[áa]rios|agentes))",
    ),
}


def supervision_at(text: str, language: str | None = None) -> int | None:
    """Where *text* has the post supervise staff, or ``None``.

    Read in English, and in *language* (a code) too where its words are known.
    """
    found = _english_at(text)
    own = _SUPERVISING_IN.get(language or "")
    if own is not None:
        match = own.search(text)
        if match is not None and (found is None or match.start() < found):
            return match.start()
    return found


def first_supervising(texts: Sequence[str], language: str | None) -> tuple[int, int] | None:
    """The first of *texts* that has the post supervise staff, and where in it.

    ``(index, position)``, as :func:`supervision_at` would find it text by text.
    """
    english = _first_in_english(texts)
    own = _SUPERVISING_IN.get(language or "")
    if own is None:
        return english
    last = english[0] if english is not None else len(texts) - 1
    for index in range(last + 1):
        match = own.search(texts[index])
        if match is not None and (english is None or index < last or match.start() < english[1]):
            return index, match.start()
    return english


def _first_in_english(texts: Sequence[str]) -> tuple[int, int] | None:
    # One search over all texts at once: most notices name no supervision at all.
    joined = Joined(texts)
    next_text = 0
    for at in _supervisions(joined.text):
        if at < next_text:
            continue
        index = joined.index_at(at)
        # Each text on its own, as a reader would: no window reaches into the text before.
        found = _english_at(texts[index])
        if found is not None:
            return index, found
        next_text = joined.start_of(index + 1)
    return None


def supervisory_duty(notice: VacancyNotice) -> tuple[str, str] | None:
    """The path and first sentence of the first duty or experience item that supervises staff."""
    position = notice.position
    duties = [
        (g, i) for g, group in enumerate(position.responsibilities) for i in range(len(group.items))
    ]
    texts = [item.text for group in position.responsibilities for item in group.items]
    texts += position.qualifications.experience or ()
    first = first_supervising(texts, language_code(notice))
    if first is None:
        return None
    index, found = first
    if index < len(duties):
        g, i = duties[index]
        path = f"$.position.responsibilities[{g}].items[{i}]"
    else:
        path = f"$.position.qualifications.experience[{index - len(duties)}]"
    return path, _sentence(texts[index], found)


def _sentence(text: str, at: int) -> str:
    start = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return text[start + 2 if start >= 0 else 0 : end + 1 if end >= 0 else len(text)].strip()
