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

from iomjobs._text import fold_text
from iomjobs.reference.nationalities import country_of_nationality

__all__ = [
    "NATIONALS_MARK",
    "NATIONALS_SENTENCE",
    "may_name_nationals",
    "nationals_said",
    "read_nationalities",
]

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
    re.compile(r"\s+(?:and|et|y|e|&|or|ou|o)\s+", re.IGNORECASE),
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


def may_name_nationals(text: str) -> bool:
    """Whether *text* holds a word that a sentence naming nationals needs.

    Of :data:`NATIONALS_SENTENCE` or :func:`nationals_said`: most paragraphs
    hold none, and are not cut into sentences.
    """
    return any(word in text for word in _NATIONALS_WORDS)


# Pieces of "nationals", "nationalité", "ressortissants", "nacionalidad", "nacionales",
# "nacionalidade", "nacionais", "ciudadanos", "cidadãos", in either case but the first letter's.
_NATIONALS_WORDS: Final = (
    "ationals", "ationalit", "essortissant", "acional", "iudadan", "idadã", "idadao", "idadas",
)  # fmt: skip


def nationals_said(sentence: str) -> tuple[str, ...] | None:
    """The countries whose nationals alone *sentence* admits, in words the regex above lacks.

    "Seuls les candidats de nationalité sénégalaise seront considérés.",
    "Ce poste est ouvert aux ressortissants maliens uniquement.", "Solo se
    considerarán candidaturas de nacionalidad guatemalteca.", "Esta vaga
    é exclusiva para candidatos de nacionalidade moçambicana.": the
    nationality after its noun; "Only candidates of Senegalese nationality
    will be considered.", "Only applications from Senegalese nationals will
    be considered.": before it. Around it, only the words that say who
    alone may apply. A sentence that says more ("... ou titulaires d'un
    permis de travail", "... or holders of a work permit") admits others
    too: ``None``.

    >>> nationals_said("Seuls les candidats de nationalité sénégalaise seront considérés.")
    ('SN',)
    >>> nationals_said("Les candidats de nationalité sénégalaise sont encouragés à postuler.")
    """
    words = fold_text(sentence).split()
    for at, word in enumerate(words):
        if word in _NATIONALITY_NOUNS:
            found = _nationalities_after(words, at + 1)
            around = words[:at] + words[found[1] :] if found else []
        elif word in _ENGLISH_NOUNS:
            found = _nationalities_before(words, at)
            around = words[: found[1]] + words[at + 1 :] if found else []
        else:
            continue
        if (
            found
            and all(w in _ALONE_WORDS for w in around)
            and not _ALONE_SAYING.isdisjoint(around)
        ):
            return found[0]
        return None
    return None


def _nationalities_before(words: list[str], end: int) -> tuple[tuple[str, ...], int] | None:
    """The nationalities *words* name right before *end*, and where they start.

    "Senegalese", "Sierra Leonean", "Malian or Burkinabe" before "nationals".
    """
    codes: list[str] = []
    at = end
    found = _one_nationality_before(words, at)
    while found is not None:
        code, at = found
        codes.insert(0, code)
        # The one before a joining word, or right before this one (a comma folded away).
        joining = at > 1 and words[at - 1] in _JOINING
        joined = _one_nationality_before(words, at - 1) if joining else None
        found = joined if joined is not None else _one_nationality_before(words, at)
    return (tuple(dict.fromkeys(codes)), at) if codes else None


def _one_nationality_before(words: list[str], end: int) -> tuple[str, int] | None:
    """The country of the longest nationality *words* hold right before *end*, and its start."""
    for start in range(max(0, end - _MOST_NAME_WORDS), end):
        code = _country_named(words[start:end])
        if code is not None:
            return code, start
    return None


def _nationalities_after(words: list[str], start: int) -> tuple[tuple[str, ...], int] | None:
    """The nationalities *words* name from *start* on, and where they end.

    One after the other, joined by "et", "ou", "y", "e" or by commas, which
    folding took away: "malienne burkinabe ou nigerienne". A country's name
    after its article: "nacionales de Colombia", "ressortissants du Sénégal".
    """
    if start < len(words) and words[start] in _OF:
        start += 1
        # "de la République ...", but "de El Salvador": the article is the name's.
        if start < len(words) and words[start] in _ARTICLES and not _one_nationality(words, start):
            start += 1
    codes: list[str] = []
    at = start
    found = _one_nationality(words, at)
    while found is not None:
        code, at = found
        codes.append(code)
        # The next after a joining word, or right after this one (a comma folded away).
        joining = at < len(words) and words[at] in _JOINING
        joined = _one_nationality(words, at + 1) if joining else None
        found = joined if joined is not None else _one_nationality(words, at)
    return (tuple(dict.fromkeys(codes)), at) if codes else None


def _one_nationality(words: list[str], start: int) -> tuple[str, int] | None:
    """The country of the longest nationality or name *words* hold at *start*, and its end."""
    for end in range(min(len(words), start + _MOST_NAME_WORDS), start, -1):
        code = _country_named(words[start:end])
        if code is not None:
            return code, end
    return None


def _country_named(words: list[str]) -> str | None:
    """The country whose nationality or name *words* are, or ``None``.

    Never a word of three letters alone: folded, "de", "es" and "la" are
    countries' codes (Germany's, Spain's, Laos').
    """
    if len(words) == 1 and len(words[0]) <= 3:  # noqa: PLR2004 -- a code's length
        return None
    return country_of_nationality(" ".join(words))


# The nouns a nationality follows, folded: "(candidats) de nationalité sénégalaise",
# "ressortissants maliens", "nacionales de Colombia", "cidadãos angolanos".
_NATIONALITY_NOUNS: Final = frozenset(
    {
        "nationalite", "nationalites", "ressortissants", "ressortissantes",
        "nacionalidad", "nacionalidades", "nacionales", "ciudadanos", "ciudadanas",
        "nacionalidade", "cidadaos", "cidadas", "nacionais",
    }
)  # fmt: skip
_OF: Final = frozenset({"de", "du", "des", "del", "da", "do", "dos", "das"})
_ARTICLES: Final = frozenset({"la", "l", "le", "les", "el", "los", "las", "o", "a", "os", "as"})
_JOINING: Final = frozenset({"et", "ou", "y", "o", "e", "and", "or"})
# The English nouns a nationality comes before: "Senegalese nationals", "... nationality".
_ENGLISH_NOUNS: Final = frozenset({"nationals", "nationality", "national"})
# The longest name of a country or nationality in words: "São Tomé e Príncipe".
_MOST_NAME_WORDS: Final = 4
# The words that say who alone may apply, of which a sentence must hold one:
# "seuls", "uniquement", "ouvert", "réservé", "solo", "abierta", "apenas", "exclusiva".
_ALONE_SAYING: Final = frozenset(
    {
        "seul", "seuls", "seule", "seules", "uniquement", "exclusivement", "seulement",
        "ouvert", "ouverte", "reserve", "reservee", "reserves", "reservees",
        "solo", "solamente", "unicamente", "exclusivamente", "abierta", "abierto",
        "dirigida", "dirigido", "reservada", "reservado",
        "apenas", "somente", "exclusiva", "exclusivo", "aberta", "aberto",
        "destinada", "destinado",
        "only", "exclusively", "solely", "open", "reserved",
    }
)  # fmt: skip
# The other words such a sentence is made of, folded ("candidat(e)s" folds to
# "candidat e s", "candidatos/as" to "candidatos as").
_ALONE_WORDS: Final = _ALONE_SAYING | frozenset(
    {
        # French
        "ce", "cet", "cette", "poste", "emploi", "avis", "vacance", "de", "d", "est",
        "sont", "seront", "aux", "a", "les", "des", "candidat", "candidats",
        "candidate", "candidates", "candidature", "candidatures", "e", "s", "es",
        "personnes", "considere", "consideres", "considerees", "consideree",
        "retenu", "retenus", "retenues", "prises", "pris", "en", "compte",
        "eligibles", "admis", "admises", "peuvent", "pourront", "postuler",
        "et", "pour",
        # Spanish
        "esta", "este", "la", "el", "las", "los", "vacante", "posicion", "puesto",
        "plaza", "convocatoria", "consultoria", "para", "candidatos", "candidatas",
        "candidato", "candidata", "as", "os", "personas", "postulaciones",
        "candidaturas", "postulantes", "se", "consideraran", "considerara", "seran",
        "sera", "podran", "postular", "aplicar", "tomaran", "cuenta", "y",
        "aceptaran",
        # Portuguese
        "vaga", "cargo", "posicao", "o", "serao", "consideradas", "considerados",
        "considerada", "considerado", "podem", "poderao", "candidatar", "pessoas",
        "profissionais", "aceitas", "aceites", "aceitos", "sao",
        # English
        "this", "position", "post", "vacancy", "is", "are", "to", "for", "from", "of",
        "applicants", "applications", "will", "be", "considered", "eligible",
        "apply", "may", "can", "accepted", "the",
    }
)  # fmt: skip
