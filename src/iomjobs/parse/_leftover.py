"""What a label's value says beyond what its field holds (internal).

A field that holds a grade, a date or a number holds only that: "Grade: P-2
step 1" says a step too, which no field holds. The reader keeps such a
value's lines as unclassified text as well as reading them: nothing is lost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from iomjobs._text import fold
from iomjobs.parse._dates import babel_days


def says_more(
    text: str,
    read: Iterable[tuple[int, int]] = (),
    words: frozenset[str] = frozenset(),
    *,
    figures: bool = True,
) -> bool:
    """Whether *text* holds a word outside the spans *read* that its field does not account for.

    Accounted for: *words* (folded), and, with *figures*, figures, ordinals
    among them ("17th", "1er"). Without, a figure outside *read* says more:
    "Closing Date: 15 March 2026, 2400 hrs", an hour not read.
    """
    rest = []
    at = 0
    for start, end in sorted(read):
        rest.append(text[at:start])
        at = max(at, end)
    rest.append(text[at:])
    said = " ".join(rest)
    if not figures and any(character.isdigit() for character in said):
        return True
    if _known_at_spaces(said.lower(), words):
        return False
    for word in _WORD.findall(said):
        lowered = word.lower()  # folded only where lowering does not find it: fold costs more
        if lowered not in words and not _FIGURE.fullmatch(word) and fold(word) not in words:
            return True
    return False


def _known_at_spaces(lowered: str, words: frozenset[str]) -> bool:
    """Whether each of *lowered*'s pieces between spaces, its marks stripped, is a word or a figure.

    Most values say no more than their fields hold, and so are told at C
    speed; a piece that is not (an accent, a mark inside it) is left to the
    search for words.
    """
    for piece in lowered.split():
        word = piece.strip(_MARKS)
        if word and word not in words and not word.isdecimal():
            return False
    return True


_WORD: Final = re.compile(r"[^\W_][^\W_]*")
# What a word may stand between: brackets, quotes, stops and dashes.
_MARKS: Final = "()[]{}\"'‘’“”«».,;:!?*_-–—/\\|#"
_FIGURE: Final = re.compile(r"\d\d*(?:st|nd|rd|th|er|e|o|a)?", re.IGNORECASE)


@functools.cache
def weekdays() -> frozenset[str]:
    """The words of the days of the week in the four languages, folded, whole and short."""
    return frozenset(word for _, name in babel_days() for word in _WORD.findall(name))


# The words of a notice's kind as IOM's notices name it, folded, in English,
# French, Spanish and Portuguese ("Special Vacancy Notice", "Avis spécial de
# vacance de poste", "Appel à candidatures", "Call for Expression of
# Interest"), with the references' letters: what the kind holds.
KIND_WORDS: Final = frozenset(
    {"special", "vacancy", "notice", "svn", "vn", "post", "description", "call", "for"}
    | {"applications", "application", "consultants", "consultant", "cvs", "cv", "cfa", "cfcv"}
    | {"expression", "of", "interest", "eoi", "no", "number", "avis", "de", "vacance", "poste"}
    | {"appel", "a", "candidatures", "manifestation", "d", "interet", "n", "aviso", "especial"}
    | {"vacante", "vaga", "convocatoria", "expresion", "interes", "del", "puesto", "do", "cargo"}
    | {"convite", "apresentacao", "candidaturas", "manifestacao", "interesse", "o"}
    | {"expressions", "manifestations", "expresiones", "manifestacion", "manifestaciones"}
    | {"manifestacoes", "chamada", "para"}
)
# The words of "Open to Internal and External Candidates", folded, in the four
# languages: what open_to_external holds.
OPEN_TO_WORDS: Final = frozenset(
    {"open", "to", "ouvert", "ouverte", "aux", "abierto", "abierta", "a", "aberto", "aberta"}
    | {"and", "et", "y", "e", "internal"}
    | {"external", "interne", "internes", "externe", "externes", "internos", "internas"}
    | {"externos", "externas", "interno", "interna", "externo", "externa"}
    | {"candidates", "candidats", "candidatos", "candidatas", "only"}
    | {"applicants", "uniquement", "unicamente", "apenas", "los", "las", "os", "as"}
    | {"solamente", "solo", "somente", "exclusivamente"}
)
