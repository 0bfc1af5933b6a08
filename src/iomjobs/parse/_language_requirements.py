"""Reading the languages a notice requires: "Fluency in English and French is required" (internal).

The languages a "Languages" section or a sentence names, each with its
proficiency, its modes (oral, written) and whether it is required or an
advantage; "the local language" as the notice says it. The notice's own
language is told apart in :mod:`iomjobs.parse._language`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Final

import attrs

from iomjobs._text import LOST, fold, fold_text, single_spaced
from iomjobs.model.language import Language, LanguageMode, LanguageRequirement, Proficiency
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._leftover import says_more
from iomjobs.reference._locales import NAME_LOCALES
from iomjobs.reference.countries import lookup_country
from iomjobs.reference.languages import (
    language_aliases,
    language_named_by,
    misspelt_language,
    read_by_name,
    words_naming,
)

# Accented words are written out ("fluência", "noções"), not as classes
# ("no[çc][õo]es"): every match must hold a long string for nocase's
# prefilter, and a class in a word leaves it only the short pieces around it.
# An accented letter may have been lost ("ma\ufffdtrise", "dom\ufffdnio": text in
# Windows-1252 read as UTF-8): U+FFFD stands for it.
_PROFICIENCY: Final = (
    (re.compile(r"working knowledge|(?<!professional )working proficiency|limited (?:working )?proficiency|good command|good knowledge|bonne (?:connaissance|ma[îi\ufffd]trise)|connaissance pratique|buen conocimiento|conocimiento pr[aá\ufffd]ctico|bom conhecimento|bom domínio|bom dominio|bom dom\ufffdnio|conhecimento pr[áa\ufffd]tico|intermediate|intermédiaire|intermediaire|intermedio|intermediário|intermediario|\bgood\b", re.IGNORECASE), Proficiency.WORKING_KNOWLEDGE),
    (re.compile(r"fluen|fluência|flu\ufffdncia|perfect command|excellent|excelente|full command|mastery|ma[îi\ufffd]trise|parfaite connaissance|dominio|domínio|dom\ufffdnio|native|mother tongue|advanced|courant|avanzado|avancé|avançado|proficien|bilingu|bilingüe|fluidez|\bfluid[oa]\b", re.IGNORECASE), Proficiency.FLUENT),
    (re.compile(r"basic|notions|b[aá\ufffd]sico|noções|no\ufffd\ufffdes|elementary|élémentaire|elemental", re.IGNORECASE), Proficiency.BASIC),
    (re.compile(r"knowledge|command|connaissance|conocimiento|conhecimento|\bmanejo\b", re.IGNORECASE), Proficiency.KNOWLEDGE),
)  # fmt: skip
# What says a language, or a degree (_requirements' education), is only wished for;
# at a word's start: "disadvantaged groups" wish for nothing.
DESIRABLE: Final = re.compile(
    r"\b(?:advantage|desirable|asset|preferred|atout|avantage|souhait|ventaja|deseable|desead"
    r"|desea\b|vantagem|desej[áa]vel|desejad|preferable|preferible|a plus\b"
    # "Desired: French (intermediate)", "Knowledge of Wolof would be beneficial".
    r"|desired\b|beneficial"
    # "Se valorará el conocimiento del inglés", "serait appréciée", "é um diferencial".
    r"|valorar[áa]|valorable|valorad[oa]|se valora\b|appr[ée]ci[ée]|un plus\b|diferencial|valorizad[oa])",
    re.IGNORECASE,
)
_REQUIRED: Final = re.compile(
    r"required|\bmust\b|essential|mandatory|requis|exig|obligatoire|indispensable|requerid|requier|imprescindible"
    r"|necess[áa]ri[oa]s?\b|obrigat[óo]ri[oa]s?\b",
    re.IGNORECASE,
)
_BOTH: Final = re.compile(
    r"oral and written|written and oral|spoken and written|written and spoken|[ée]crit et oral|oral et [ée]crit|oral y escrito|escrito y oral"
    r"|oral e escrit|escrit[ao] e oral|falad[ao] e escrit|escrit[ao] e falad",
    re.IGNORECASE,
)
# "(reading, writing and speaking)" says both as "(oral and written)" does.
_ORAL: Final = re.compile(
    r"\boral(?:ly)?\b|\bspoken\b|\bspeaking\b|\bfalad[ao]\b|\bhablad[ao]\b|\bparl[ée]e?\b",
    re.IGNORECASE,
)
_WRITTEN: Final = re.compile(r"\bwritten\b|\bwriting\b|[ée]crit|escrit[oa]", re.IGNORECASE)
# The national language is the local one as a country names it: "Fluency in English and
# national language(s) of the duty station", "langues nationales".
_LOCAL: Final = re.compile(
    r"(?:the\s+|a\s+)?(?:local|national) languages?(?:\(s\))?"
    r"|(?:la\s+|les\s+)?langues? (?:locales?|nationales?)"
    r"|(?:el\s+|la\s+|los\s+|las\s+)?(?:idioma|lengua)s? (?:local(?:es)?|nacional(?:es)?)"
    r"|(?:uma\s+|a\s+|as\s+)?l[íi]nguas? (?:loca(?:l|is)|naciona(?:l|is))",
    re.IGNORECASE,
)
# The plural's words: "the local languages (Hausa, Kanuri)" names each language asked for,
# but after "one of", which asks for one of them.
_LOCAL_PLURAL: Final = ("languages", "langues", "idiomas", "lenguas", "línguas", "linguas")
_ONE_OF_LOCAL: Final = re.compile(
    r"\b(?:one|either|l['’]une|una|uno|uma)\s+(?:of|des|de|das)\s+(?:the\s+|las\s+|los\s+|as\s+)?"
    r"(?:(?:local|national) languages|langues (?:locales|nationales)"
    r"|(?:idiomas|lenguas) (?:locales|nacionales)|l[íi]nguas (?:locais|nacionais))",
    re.IGNORECASE,
)
# A class first: sre skips to it. A character lost (U+FFFD) may stand inside.
_WORD: Final = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\ufffd]{3,}")
# Sentences about IOM's languages in general ask nothing of the candidate.
_NOT_A_REQUIREMENT: Final = re.compile(
    r"official languages (?:of (?:the )?iom )?are|will be (?:specifically )?evaluated"
    r"|langues officielles (?:de l['’]oim )?sont|sera (?:sp.cifiquement )?.valu"
    r"|idiomas oficiales (?:de la oim )?son|ser[aá] (?:espec[íi]ficamente )?evaluad"
    r"|(?:l[íi]nguas|idiomas) oficiais (?:da oim )?s[ãa]o|ser[áa] (?:especificamente )?avaliad",
    re.IGNORECASE,
)


_NOT_A_REQUIREMENT_TWIN: Final = nocase.twin(_NOT_A_REQUIREMENT)
# "English is the working language of IOM": a statement too, where it states no proficiency
# ("Fluency in English, which is the working language of the office, is required" asks).
_WORKING_LANGUAGE: Final = re.compile(
    r"\b(?:is|are) (?:the|its|our) (?:main |official )?working languages?\b"
    r"|\bworking languages? (?:of|in|at) [^,;]{1,40}? (?:is|are)\b"
    r"|\b(?:est|sont) (?:la|les) langues? de travail"
    r"|\blangues? de travail (?:de|du|à) [^,;]{1,40}? (?:est|sont)\b"
    r"|\b(?:es|son) (?:el|los) idiomas? de trabajo|\b(?:es|son) (?:la|las) lenguas? de trabajo"
    r"|(?:\bé|\bsão) (?:a|as) l[íi]nguas? de trabalho"
    r"|(?:\bé|\bsão) (?:o|os) idiomas? de trabalho",
    re.IGNORECASE,
)
_WORKING_LANGUAGE_TWIN: Final = nocase.twin(_WORKING_LANGUAGE)
_LOCAL_TWIN: Final = nocase.twin(_LOCAL)


# "i.e. French" and "e.g. French" go on with the clause.
_CLAUSE_BREAK: Final = re.compile(
    r";|\.(?<!\bi\.e\.)(?<!\be\.g\.)\s"
)  # a stop first: sre skips to it
# "one additional UN official language (French, Spanish, ...)": a choice
# among the languages named after it, of which none is asked for itself.
_ONE_OF: Final = re.compile(
    r"\b(?:one|another|any)\s+(?:additional\s+|other\s+|more\s+)?(?:official\s+)?"
    r"(?:un\s+|united nations\s+)?(?:official\s+)?language"
    r"|\b(?:une\s+autre|une\s+deuxi[eè]me|une\s+seconde)\s+langue\s+officielle"
    r"|\b(?:otro|otra|un\s+segundo)\s+(?:idioma|lengua)\s+oficial"
    r"|\b(?:outra|outro|uma\s+segunda|um\s+segundo)\s+(?:l[íi]ngua|idioma)\s+oficial",
    re.IGNORECASE,
)
_ONE_OF_TWIN: Final = nocase.twin(_ONE_OF)
# Every match of _ONE_OF holds one of these ("language", "langue", "idioma", "lengua", "língua").
_ONE_OF_WORDS: Final = ("angu", "dioma", "ngua")


# What IOM asks of every post of a category, not of this one: "External applicants
# for all positions in the Professional category are required to be proficient in
# English and ...", "... pour tous les postes de la catégorie des administrateurs".
_EVERY_POST: Final = re.compile(
    r"\ball (?:positions|posts|vacancies)\b"
    r"|\btous les postes\b|\btodos los puestos\b"
    r"|\btod[oa]s [oa]s (?:cargos|vagas|postos|posi[çc][õo]es)\b",
    re.IGNORECASE,
)
_EVERY_POST_TWIN: Final = nocase.twin(_EVERY_POST)


def asks_of_every_post(sentence: str) -> bool:
    """Whether *sentence* states what IOM asks of every post of a category, not of one."""
    return nocase.found(_EVERY_POST, _EVERY_POST_TWIN, sentence, nocase.lowered(sentence))


def read_languages(sentence: str, *, required: bool | None = None) -> list[LanguageRequirement]:
    """The language requirements one sentence states, in its order.

    *required* is what the sub-heading above the sentence says
    (:func:`requirement_heading`): where the sentence says neither that a
    language is required nor that it is desirable, it says so of them all.
    """
    low = nocase.lowered(sentence)
    stating = _states_languages(sentence, low)
    found: list[LanguageRequirement] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        if not (stating and _states_no_requirement(clause)):
            found.extend(_clause_languages(clause))
    if (
        required is None
        or not found
        or nocase.found(DESIRABLE, DESIRABLE_TWIN, sentence, low)
        or nocase.found(_REQUIRED, _REQUIRED_TWIN, sentence, low)
    ):
        return found
    return [attrs.evolve(requirement, required=required) for requirement in found]


def _states_languages(text: str, low: str | None) -> bool:
    """Whether *text* (lowered: *low*) states IOM's languages somewhere."""
    return nocase.found(_NOT_A_REQUIREMENT, _NOT_A_REQUIREMENT_TWIN, text, low) or nocase.found(
        _WORKING_LANGUAGE, _WORKING_LANGUAGE_TWIN, text, low
    )


def _states_no_requirement(clause: str) -> bool:
    """Whether *clause* states IOM's languages, asking nothing of the candidate.

    "The official languages of IOM are English, French and Spanish; fluency
    in English is required": the first clause states, the second asks.
    """
    low = nocase.lowered(clause)
    if nocase.found(_NOT_A_REQUIREMENT, _NOT_A_REQUIREMENT_TWIN, clause, low):
        return True
    return nocase.found(
        _WORKING_LANGUAGE, _WORKING_LANGUAGE_TWIN, clause, low
    ) and not nocase.found(_ANY_PROFICIENCY, _ANY_PROFICIENCY_TWIN, clause, low)


def says_more_than_requirements(sentence: str, found: Iterable[LanguageRequirement]) -> bool:
    """Whether *sentence* says more than the requirements *found* in it hold.

    "For this position, fluency in English is required (oral and written)."
    says no more; "Fluency in English, as the team works with partners in
    Juba." does, and is kept as well as read. Said: the names of the
    languages found, as written, the Common European Framework's levels
    ("C1"), the words language sentences are written with in the reader's
    four languages, and the words the reader reads a proficiency or a need
    from, however inflected ("exigées"). The name of a language not read
    says more ("knowledge of Bahasa Indonesia"), and so does any other
    figure ("Fluency in 2 UN languages"). A statement of IOM's languages
    ("English is the working language of IOM; ...") says more than any
    requirement, and so does a choice between two languages asked for
    ("Fluency in English or French is required", "English and either Dari
    or Pashto", "anglais et/ou français"), which the requirements, each its
    own, cannot hold.
    """
    if _states_languages(sentence, nocase.lowered(sentence)):
        return True
    found = list(found)
    if _offers_a_choice(sentence, found):
        return True
    codes = {requirement.language.code for requirement in found if requirement.language}
    written = [fold_text(requirement.as_written) for requirement in found if requirement.as_written]
    words = _SENTENCE_WORDS.union(
        *map(words_naming, codes), *(_ANY_WORD.findall(name) for name in written)
    )
    return _says_more_than(sentence, words, codes)


def _offers_a_choice(sentence: str, found: list[LanguageRequirement]) -> bool:
    """Whether *sentence* joins two of the languages *found* required by "or" ("ou", "o", "and/or")."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _CHOICE_HINTS):  # most sentences: one look
        return False
    required = {r.language.code for r in found if r.language is not None and r.required}
    if len(required) < 2:  # noqa: PLR2004 -- a choice is between two
        return False
    names, _ = _language_names(sentence, nocase.lowered(sentence))
    bilingual = "bilingu" in lowered  # "Bilingual English/French": both
    return any(
        code in required
        and after in required
        and _a_choice(sentence[start + len(written) : next_start], slash=not bilingual)
        for (start, code, written, _), (next_start, after, _, _) in itertools.pairwise(names)
    )


def _a_choice(between: str, *, slash: bool) -> bool:
    """Whether *between*, the words between two languages' names, offers them as a choice.

    With *slash*, a slash alone does too: "Dari/Pashto".
    """
    if slash and between.strip() == "/":
        return True
    words = fold_text(between).split()
    while words and words[-1] in _ARTICLES:  # "et/ou du français"
        words.pop()
    return " ".join(words) in _CHOICE_WORDS


# What joins two languages offered as a choice, folded, in the four languages.
_CHOICE_WORDS: Final = frozenset(
    {"or", "and or", "ou", "et ou", "o", "y o", "u", "e ou", "or either", "ou bien", "o bien"}
)
# The articles before a language's name in the four languages, folded.
_ARTICLES: Final = frozenset(
    {"the", "du", "de", "des", "la", "le", "les", "l", "d", "el", "del", "los", "da", "do"}
)
# What each of _CHOICE_WORDS holds between spaces, or a slash.
_CHOICE_HINTS: Final = (" or ", "/", " ou ", " o ", " u ")


def _says_more_than(text: str, words: frozenset[str], codes: set[str]) -> bool:
    """Whether *text* holds a figure or word other than *words* and those :func:`_said` takes."""
    if not says_more(text, (), words, figures=False):
        return False  # most texts: their words looked up at C speed
    said = [match.span() for match in _ANY_WORD.finditer(text) if _said(match.group(), codes)]
    return says_more(text, said, words, figures=False)


def _said(word: str, codes: set[str]) -> bool:
    """Whether *word* is a level, a name of *codes* with letters lost, or a proficiency's word."""
    if word[0].isdigit() or word[-1].isdigit():
        return _FRAMEWORK.fullmatch(word) is not None
    return (LOST in word and language_named_by(word) in codes) or any(
        pattern.search(word) for pattern in _SAID_PATTERNS
    )


# A word, letters and figures: "Arabic", "C1", "exigées".
_ANY_WORD: Final = re.compile(r"[^\W_][^\W_]*")
# The words language sentences are written with, folded, in English, French,
# Spanish and Portuguese: what says who is asked for which language, how well
# and how much it is needed ("For this position, fluency in English is
# required (oral and written)", "La maîtrise du français est requise", "Se
# requiere dominio del español", "É necessária fluência em inglês").
_SENTENCE_WORDS: Final = frozenset(
    {"for", "this", "the", "position", "post", "role", "a", "an", "in", "of", "and", "or"}
    | {"is", "are", "be", "would", "will", "both", "with", "at", "least", "as", "well", "also"}
    | {"another", "other", "any", "one", "additional", "second", "more", "official", "un"}
    | {"united", "nations", "iom", "language", "languages", "fluency", "fluent", "fluently"}
    | {"proficiency", "proficient", "working", "knowledge", "good", "command", "excellent"}
    | {"perfect", "full", "mastery", "native", "mother", "tongue", "advanced", "intermediate"}
    | {"basic", "elementary", "level", "oral", "written", "spoken", "required", "must"}
    | {"essential", "mandatory", "advantage", "advantageous", "desirable", "asset", "preferred"}
    | {"preferable", "plus", "local", "e", "g", "i", "ie", "eg", "considered", "either"}
    | {"all", "positions", "orally", "writing", "speaking", "speaker", "applicants"}
    | {"applicant", "candidates", "candidate", "added", "distinct", "definite"}
    | {"national", "nationale", "nationales", "nacional", "nacionales", "nacionais"}
    | {"strong", "highly", "very", "minimum", "verbal", "communication", "skills", "reading"}
    | {"parle", "parlee", "hablado", "hablada", "lu", "leido", "lida"}
    | {"pour", "ce", "cette", "poste", "le", "la", "les", "l", "d", "de", "du", "des", "un"}
    | {"tous", "toutes", "candidats", "candidat"}
    | {"une", "et", "ou", "est", "sont", "en", "maitrise", "parfaite", "bonne", "excellente"}
    | {"connaissance", "connaissances", "pratique", "courant", "couramment", "langue", "langues"}
    | {"officielle", "officielles", "autre", "deuxieme", "seconde", "oim", "unies", "ecrit"}
    | {"ecrite", "orale", "requise", "requis", "exigee", "exige", "obligatoire", "atout"}
    | {"indispensable", "avantage", "souhaitable", "niveau", "avance", "intermediaire"}
    | {"notions", "elementaire", "locale", "locales", "serait", "constitue", "constituerait"}
    | {"para", "este", "esta", "puesto", "el", "los", "las", "del", "y", "o", "u", "es", "son"}
    | {"todos", "todas", "candidatos", "candidatas", "postulantes"}
    | {"se", "requiere", "requerido", "requerida", "dominio", "buen", "conocimiento"}
    | {"conocimientos", "practico", "fluido", "avanzado", "intermedio", "basico", "idioma"}
    | {"idiomas", "lengua", "lenguas", "oficial", "oficiales", "otro", "otra", "segundo"}
    | {"naciones", "unidas", "escrito", "deseable", "ventaja", "imprescindible", "necesario"}
    | {"obligatorio", "nivel", "sera", "seria", "cargo", "posicao", "os", "as", "do", "da"}
    | {"dos", "das", "em", "no", "na", "sao", "necessaria", "fluencia", "bom", "conhecimento"}
    | {"conhecimentos", "pratico", "avancado", "intermediario", "lingua", "linguas", "oficiais"}
    | {"outra", "outro", "segunda", "uma", "um", "nacoes", "escrita", "falado", "falada"}
    | {"desejavel", "vantagem", "obrigatoria", "locais", "requisito", "requisitos", "nocoes"}
    | {"basica", "basicas", "basicos", "fluente", "avancada", "intermediaria", "exigido"}
    | {"exigida", "necesaria", "necesarios", "practica", "deseables", "desejaveis", "fluida"}
    | {"una", "fluidez", "valorara", "valorable", "valora", "positivamente", "appreciee"}
    | {"apprecie", "appreciees", "diferencial", "valorizado", "valorizada", "plus"}
)


def requirement_heading(line: str) -> bool | None:
    """Whether *line* is a sub-heading of languages that says they are required, or desirable.

    Oracle-era notices part their languages under "Required" and
    "Desirable" (seed 000's table) or "Advantageous". ``None`` for any
    other line.
    """
    word = line.strip().rstrip(":").strip().lower()
    if len(word) > _HEADING_WORD_LENGTH:  # most lines: one look
        return None
    return _REQUIREMENT_HEADINGS.get(word)


# The sub-headings a section of languages is parted by, in the four languages.
_REQUIREMENT_HEADINGS: Final = {
    **dict.fromkeys(
        ("required", "essential", "mandatory", "requis", "obligatoire", "requerido",
         "requeridos", "obligatorio", "obrigatório", "obrigatórios", "exigido"),
        True,
    ),
    **dict.fromkeys(
        ("desirable", "advantageous", "an advantage", "asset", "an asset", "preferred",
         "souhaitable", "atout", "un atout", "deseable", "deseables", "deseado",
         "desejável", "desejáveis"),
        False,
    ),
}  # fmt: skip
_HEADING_WORD_LENGTH: Final = max(map(len, _REQUIREMENT_HEADINGS))


DESIRABLE_TWIN: Final = nocase.twin(DESIRABLE)
# What the reader reads a proficiency or a need from, a word at a time.
_SAID_PATTERNS: Final = (*(pattern for pattern, _ in _PROFICIENCY), DESIRABLE, _REQUIRED)
_REQUIRED_TWIN: Final = nocase.twin(_REQUIRED)
_BOTH_TWIN: Final = nocase.twin(_BOTH)
_ORAL_TWIN: Final = nocase.twin(_ORAL)
_WRITTEN_TWIN: Final = nocase.twin(_WRITTEN)


def _clause_languages(clause: str) -> list[LanguageRequirement]:
    low = nocase.lowered(clause)
    names, if_placed = _language_names(clause, low)
    stated = _proficiencies(clause, low) if names or if_placed else []
    if if_placed:
        found = _standing_as_names(clause, names, if_placed, stated)
        names = sorted([*names, *found], key=lambda name: name[0])
    if not names:
        return []
    wanted = [m.start() for m in nocase.matches(DESIRABLE, DESIRABLE_TWIN, clause, low)]
    # Only where a clause calls something desirable does "required" tell languages apart.
    needed = (
        [m.start() for m in nocase.matches(_REQUIRED, _REQUIRED_TWIN, clause, low)]
        if wanted
        else []
    )
    modes = _modes(clause, low)
    choice = (
        nocase.search(_ONE_OF, _ONE_OF_TWIN, clause, low)
        if any(word in (low or clause.lower()) for word in _ONE_OF_WORDS)
        else None
    )
    choice_at = choice.start() if choice is not None else len(clause)
    # "the local language (Amharic/Oromo)": one of them, none asked for itself; "the
    # local languages (Hausa, Kanuri)", each of them.
    local_named = [kept for _, code, _, kept in names if code is not None and _names_local(kept)]
    local_choice = len(local_named) > 1 and (
        not any(map(_plural_local, local_named)) or _ONE_OF_LOCAL.search(clause) is not None
    )
    brackets = _own_brackets(
        clause, [(start, start + len(written)) for start, _, written, _ in names]
    )
    if wanted and brackets:
        # "Somali (Maay Maay dialect is an asset)": a wish about something else.
        about_more = _about_more(clause, brackets)
        wanted = [at for at in wanted if not _within(at, about_more)]
    owners = _latter_owners(clause, low, wanted, names) if wanted else {}
    requirements = []
    # The phrases no language's bracket holds, for the bracket that closes a list.
    unbracketed = _outside(stated, list(brackets.values()))
    for index, (start, code, written, kept) in enumerate(names):
        own = brackets.get(start)
        # A language has no part in the others' brackets ("English (C1), French and
        # Arabic"), but for the one that closes its list ("English and Arabic (fluent)").
        closing = (
            None
            if own or not brackets
            else _closing_bracket(clause, index, names, brackets, unbracketed=unbracketed)
        )
        others = [bracket for at, bracket in brackets.items() if at != start and bracket != closing]
        said = _outside(stated, others)
        phrase = _phrase_of(clause, start, len(written), said, closing=closing)
        phrase = stated.index(said[phrase]) if phrase is not None else None
        desirable = (
            start > choice_at
            or (local_choice and code is not None and _names_local(kept))
            or _said_desirable_of(
                clause,
                start,
                phrase,
                stated,
                (_wishes_reaching(clause, start, _owned(wanted, owners, start), names), needed),
                own=own,
                others=others,
            )
        )
        requirements.append(
            LanguageRequirement(
                Language(code) if code else None,
                proficiency=stated[phrase][2] if phrase is not None else None,
                required=not desirable,
                modes=modes,
                as_written=kept,
            )
        )
    return requirements


def _own_brackets(clause: str, spans: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """The bracket right after each language's name, by the name's start, where one is.

    "English (fluent), Arabic (desirable)": what each bracket says is its own
    language's, none of the other's.
    """
    brackets: dict[int, tuple[int, int]] = {}
    for start, end in spans:
        opening = end + len(clause[end:]) - len(clause[end:].lstrip())
        close = clause.find(")", opening) if clause[opening : opening + 1] == "(" else -1
        if close >= 0:
            brackets[start] = (opening, close)
    return brackets


def _closing_bracket(
    clause: str,
    index: int,
    names: list[_LanguageNamed],
    brackets: dict[int, tuple[int, int]],
    *,
    unbracketed: list[_Stated],
) -> tuple[int, int] | None:
    """The bracket that closes the list of the language *names* [*index*], where one does.

    "Knowledge of English, Russian and Ukrainian (C1 level)": the bracket
    after the list's last name, only commas and joining words between the
    names, and no name joined after it, says the level of each, where
    nothing before the name says one more precise than "knowledge" of it
    ("Fluency in English and French (at least B2)": English fluent).
    """
    # *unbracketed*: the clause's phrases outside every bracket, not another language's own.
    said_before = [level for at, _, level in unbracketed if at < names[index][0]]
    if said_before and said_before[-1] is not Proficiency.KNOWLEDGE:
        return None
    last = index
    while last + 1 < len(names) and _joined(clause, names[last], names[last + 1]):
        last += 1
    bracket = brackets.get(names[last][0])
    if bracket is None or (
        last + 1 < len(names) and _joins(clause[bracket[1] + 1 : names[last + 1][0]])
    ):
        return None
    return bracket if last > index else None


def _joined(clause: str, name: _LanguageNamed, after: _LanguageNamed) -> bool:
    """Whether only a comma or the words that join a list stand between *name* and *after*."""
    between = clause[name[0] + len(name[2]) : after[0]]
    return _joins(between.replace(",", " "))


def _wishes_reaching(
    clause: str, start: int, wanted: list[int], names: list[_LanguageNamed]
) -> list[int]:
    """The wishes of *wanted* (their places in *clause*) said of the language named at *start*.

    A wish after a comma that closes the language's list, other languages
    named between, is theirs alone: "Fluent in English and Turkish, Arabic
    would be an advantage" wishes for Arabic; "Fluency in English, French
    and Arabic is an asset", whose list the comma does not close, for all.
    """
    if "," not in clause:  # most clauses: one look
        return wanted
    listed_from = clause.rfind(",", 0, start) + 1
    reaching = []
    for wish in wanted:
        comma = clause.rfind(",", start, wish)
        closed = comma >= 0 and _LIST_JOINED.search(clause, listed_from, comma) is not None
        if not closed or not any(comma < named[0] < wish for named in names):
            reaching.append(wish)
    return reaching


def _latter_owners(
    clause: str, low: str | None, wanted: list[int], names: list[_LanguageNamed]
) -> dict[int, int]:
    """The wishes of *wanted* said of "the latter": each one's language, by its name's start.

    "Fluency in English and Arabic (the latter desirable)" wishes for Arabic
    alone, the last language named before the words; the wish runs to the
    next comma or bracket.
    """
    if not any(word in (low or clause.lower()) for word in _LATTER_WORDS):
        return {}
    owners = {}
    for latter in _LATTER.finditer(clause):
        before = [named[0] for named in names if named[0] < latter.start()]
        ends = _LATTER_ENDS.search(clause, latter.end())
        end = ends.start() if ends else len(clause)
        for wish in wanted:
            if before and latter.start() <= wish < end:
                owners[wish] = before[-1]
    return owners


def _owned(wanted: list[int], owners: dict[int, int], start: int) -> list[int]:
    """The wishes of *wanted* said of the language named at *start*, *owners* saying whose."""
    return [at for at in wanted if owners.get(at, start) == start] if owners else wanted


_LATTER: Final = re.compile(
    r"\bthe latter\b|\b(?:ce|cette) derni[eè]re?\b|\b(?:este|esta) [úu]ltim[oa]\b",
    re.IGNORECASE,
)
# Every match of _LATTER holds one of these.
_LATTER_WORDS: Final = ("latter", "derni", "ltim")
_LATTER_ENDS: Final = re.compile(r"[,;)]")


# The word that joins a list's last name to the others: the list ends with it.
_LIST_JOINED: Final = re.compile(r"\s(?:and|et|y|e)\s")


def _about_more(clause: str, brackets: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
    """The *brackets* that say more than a language's proficiency and need.

    "(Maay Maay dialect is an asset)" wishes for the dialect, not for the
    language it follows; "(desirable)", "(fluent, an asset)" for the language.
    """
    return [
        (opening, close)
        for opening, close in brackets.values()
        if _says_more_than(clause[opening + 1 : close], _BRACKET_WORDS, set())
    ]


# A bracket's words: those of a sentence, and those saying whose it is ("(the latter
# desirable)"). A sentence saying so is kept: "the latter at a working level" says more.
_BRACKET_WORDS: Final = _SENTENCE_WORDS | {"latter", "derniere", "dernier", "ultimo", "ultima"}


def _outside(stated: list[_Stated], brackets: list[tuple[int, int]]) -> list[_Stated]:
    """The phrases of *stated* outside *brackets*, which other languages own."""
    return [each for each in stated if not _within(each[0], brackets)] if brackets else stated


def _within(at: int, brackets: list[tuple[int, int]]) -> bool:
    return any(opening <= at < close for opening, close in brackets)


def _said_desirable_of(
    clause: str,
    start: int,
    phrase: int | None,
    stated: list[_Stated],
    words: tuple[list[int], list[int]],
    *,
    own: tuple[int, int] | None,
    others: list[tuple[int, int]],
) -> bool:
    """Whether the language named at *start* is only desirable, its own bracket *own* first.

    A bracket right after the name that says desirable or required says it
    of that language alone ("English (fluent), Arabic (desirable)"); what
    the brackets of *others* say is theirs. Else as :func:`_said_desirable`.
    """
    wanted, needed = words
    if own is not None and any(_within(at, [own]) for at in wanted):
        return True
    if own is not None and any(_within(at, [own]) for at in needed):
        return False
    wanted = [at for at in wanted if not _within(at, others)]
    needed = [at for at in needed if not _within(at, others)]
    return _said_desirable(clause, start, phrase, stated, (wanted, needed))


def _said_desirable(
    clause: str,
    start: int,
    phrase: int | None,
    stated: list[_Stated],
    words: tuple[list[int], list[int]],
) -> bool:
    """Whether the language named at *start*, of proficiency phrase *phrase*, is only desirable.

    *words* are where the clause says "desirable" and where "required".
    Where the clause states several proficiencies ("Fluency in English is
    required and knowledge of French is an advantage"), each phrase's words
    run to the next phrase, and a desirable word belongs to the phrase whose
    words hold it. Where it states one, the first of those words after the
    language says ("Fluency in English and French is required, Arabic an
    asset"), else the last before it.
    """
    wanted, needed = words
    if not wanted:
        return False
    if len(stated) > 1 and phrase is not None:
        begin = stated[phrase][0] if phrase else 0
        end = stated[phrase + 1][0] if phrase + 1 < len(stated) else len(clause)
        return any(begin <= at < end for at in wanted)
    said = sorted([(at, True) for at in wanted] + [(at, False) for at in needed])
    after = [desirable for at, desirable in said if at > start]
    return after[0] if after else said[-1][1]


# A proficiency phrase, where the clause states it: (start, end, level).
_Stated = tuple[int, int, Proficiency]
# _PROFICIENCY in one pattern, each level a named group, in _PROFICIENCY's order.
_ANY_PROFICIENCY: Final = re.compile(
    "|".join(f"(?P<{level.name.lower()}>{pattern.pattern})" for pattern, level in _PROFICIENCY),
    re.IGNORECASE,
)
_ANY_PROFICIENCY_TWIN: Final = nocase.twin(_ANY_PROFICIENCY)
_LEVEL_OF: Final = {level.name.lower(): level for _, level in _PROFICIENCY}


def _proficiencies(clause: str, low: str | None) -> list[_Stated]:
    """Each proficiency *clause* states, in order: "fluency in ... and working knowledge of"."""
    # One search for all the phrases, the stronger alternatives first: a phrase
    # within one of theirs ("command" in "excellent command", "knowledge" in
    # "working knowledge") is theirs, and the search goes on after it.
    found: list[_Stated] = [
        (match.start(), match.end(), _LEVEL_OF[str(match.lastgroup)])
        for match in nocase.matches(_ANY_PROFICIENCY, _ANY_PROFICIENCY_TWIN, clause, low)
    ]
    if "1" in clause or "2" in clause:  # most clauses name no level of the European framework
        found = sorted(found + _framework_levels(clause), key=lambda stated: stated[0])
    # "basic knowledge", "fluent command" ("fluen" its word's start): the knowledge
    # is the word before's.
    return [
        stated
        for index, stated in enumerate(found)
        if not (
            index
            and stated[2] is Proficiency.KNOWLEDGE
            and _next_word_at(clause, found[index - 1][1], stated[0])
        )
    ]


def _framework_levels(clause: str) -> list[_Stated]:
    """The levels of the Common European Framework *clause* states: "English (C1)", "B2"."""
    return [
        (match.start(), match.end(), _FRAMEWORK_LEVEL[match.group(1).upper()])
        for match in _FRAMEWORK.finditer(clause)
    ]


# The Common European Framework's levels, as consultancy terms in Europe state a
# language's ("English (C1)", "level B2"): C1 and C2 fluency, B1 and B2 a working
# knowledge, A1 and A2 basic.
_FRAMEWORK: Final = re.compile(r"\b([ABCabc])[12]\b")
_FRAMEWORK_LEVEL: Final = {
    "C": Proficiency.FLUENT,
    "B": Proficiency.WORKING_KNOWLEDGE,
    "A": Proficiency.BASIC,
}


def _next_word_at(clause: str, end: int, start: int) -> bool:
    """Whether *start* in *clause* is the next word after the one whose letters run to or past *end*."""
    while end < start and clause[end].isalpha():
        end += 1
    return start - end <= 1


def _phrase_of(
    clause: str,
    start: int,
    length: int,
    stated: list[_Stated],
    *,
    closing: tuple[int, int] | None = None,
) -> int | None:
    """Which of *stated* says the proficiency of the language named at *start* (*length* long).

    A proficiency in brackets right after the name ("English (fluent)"),
    or in the *closing* bracket of the name's list ("English and Russian
    (C1)"), or right after the name, a dash or a colon between at most
    ("espagnol intermédiaire", "inglés avanzado", "Arabic - Basic": where
    the words put the level after the language), else the nearest before
    it ("fluency in English and working knowledge of French"), else the
    first the clause states.
    """
    end = start + length
    opening, close = closing or (-1, -1)
    if clause[end:].lstrip().startswith("("):
        opening, close = end, clause.find(")", end)
    inside = [index for index, (at, _, _) in enumerate(stated) if opening <= at < close]
    if inside:
        return inside[0]
    right_after = _AFTER_NAME.match(clause, end)
    at_once = right_after.end() if right_after is not None else end
    for index, (at, _, _) in enumerate(stated):
        if at == at_once:
            return index
    before = [index for index, (at, _, _) in enumerate(stated) if at < start]
    if before:
        return before[-1]
    return 0 if stated else None


# What may stand between a language's name and the level said after it: spaces, a dash,
# a colon.
_AFTER_NAME: Final = re.compile(r"\s*(?:[-\u2013:]\s*)?")


def _modes(clause: str, low: str | None) -> tuple[LanguageMode, ...]:
    if nocase.found(_BOTH, _BOTH_TWIN, clause, low):
        return (LanguageMode.ORAL, LanguageMode.WRITTEN)
    modes = []
    if nocase.found(_ORAL, _ORAL_TWIN, clause, low):
        modes.append(LanguageMode.ORAL)
    if nocase.found(_WRITTEN, _WRITTEN_TWIN, clause, low):
        modes.append(LanguageMode.WRITTEN)
    return tuple(modes)


# The most characters a match of _LOCAL holds before its word of _LOCAL_WORDS: "las
# lenguas ", "les langues " (11 had left the article out: "lenguas locales").
_BEFORE_LOCAL: Final = 12
# What every match of _LOCAL holds: "local", "national", "nacional".
_LOCAL_WORDS: Final = ("local", "nation", "nacion")


def local_language(clause: str, low: str | None) -> re.Match[str] | None:
    """Where *clause* asks for "the local language" (_LOCAL), if it does.

    Every match holds one of _LOCAL_WORDS, at most _BEFORE_LOCAL characters
    after its start in single-spaced text: the search starts there, not at
    every word before it (sre has no fixed first character to skip to).
    """
    if low is None or not single_spaced(low):
        return nocase.search(_LOCAL, _LOCAL_TWIN, clause, low)
    found = [at for at in map(low.find, _LOCAL_WORDS) if at >= 0]
    if not found:
        return None
    first = min(found)
    return nocase.search(_LOCAL, _LOCAL_TWIN, clause, low, max(0, first - _BEFORE_LOCAL))


# A language named in a clause: where, its code (None for "the local language"), the
# words naming it, and the words the requirement keeps (those that are not its name).
_LanguageNamed = tuple[int, str | None, str, str | None]


def _standing_as_names(
    clause: str, names: list[_LanguageNamed], if_placed: list[_LanguageNamed], stated: list[_Stated]
) -> list[_LanguageNamed]:
    """The names of *if_placed* that stand where a language's name does.

    Right after a proficiency or another language's name, or right before
    one, nothing but small words between: "Fluency in Englsh and Frnch",
    "Hausa or Yorouba", "Englsih (fluent)", "fluency in english". "Create
    reports in English" does not ask for Croatian (French "croate"), a
    letter from "Create".
    """
    ends = [start + len(written) for start, _, written, _ in names]
    # A proficiency's words may end inside a word: "fluen" of "fluency".
    ends.extend(_word_end(clause, end) for _, end, _ in stated)
    starts = [start for start, _, _, _ in names]
    starts.extend(start for start, _, _ in stated)  # "Englsih (fluent)"
    found = []
    for name in if_placed:
        start, end = name[0], name[0] + len(name[2])
        before = max((at for at in ends if at <= start), default=None)
        after = min((at for at in starts if at >= end), default=None)
        if (before is not None and _joins(clause[before:start])) or (
            after is not None and _joins(clause[end:after])
        ):
            found.append(name)
            ends.append(end)
    return found


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _joins(between: str) -> bool:
    """Whether *between* holds only the small words that join names in a list."""
    return len(between) <= _JOINS_LENGTH and all(
        word in _JOINING_WORDS for word in fold_text(between).split()
    )


# The most characters between two names of a list: " and/or the " and the like.
_JOINS_LENGTH: Final = 16
_JOINING_WORDS: Final = frozenset(
    {"in", "of", "and", "or", "the", "both", "either", "as", "well"}  # English
    | {"en", "de", "du", "des", "d", "l", "le", "la", "les", "et", "ou"}  # French
    | {"del", "el", "y", "o", "e", "u"}  # Spanish
    | {"do", "da", "dos", "das", "em"}  # Portuguese
)


def _language_names(
    clause: str, low: str | None
) -> tuple[list[_LanguageNamed], list[_LanguageNamed]]:
    """Each language *clause* names, in order; and each it names only if the name stands as one.

    Those are names misspelt ("Frnch") and English names in lower case
    ("english"), which :func:`_standing_as_names` sorts out.
    """
    found: list[_LanguageNamed] = []
    if_placed: list[_LanguageNamed] = []
    local = local_language(clause, low)
    if local:
        words = local.group(0).strip()
        found.append((local.start(), None, words, words))
    for match in _WORD.finditer(clause):
        word, start = _unelided(match)
        placed: bool | None = False
        if not word[0].isupper() and LOST not in word:
            named = _named_in_small_letters(clause, word, match.end())
            if named is None:
                continue
            word, placed = named
        code = language_named_by(word)
        if code is not None and placed:
            if_placed.append((start, code, word, None))  # "fluency in english"
            continue
        if code is not None:
            if all(code != seen for _, seen, _, _ in found):
                found.append((start, code, word, None))
            continue
        code = misspelt_language(word) if word[0].isupper() else None
        # "Germany" is no misspelt German, nor "Somalia" Somali.
        if code is not None and lookup_country(word, codes=False) is None:
            if_placed.append((start, code, word, word))
    if local:
        found = _local_language_named(clause, local, found)
    found += _creoles_alone(clause, found)
    seen_codes = {code for _, code, _, _ in found}
    if_placed = [name for name in if_placed if name[1] not in seen_codes]
    return sorted(found, key=lambda item: item[0]), if_placed


def _creoles_alone(clause: str, found: list[_LanguageNamed]) -> list[_LanguageNamed]:
    """The word "Creole" in *clause* where it names no language alone: no name *found* holds it.

    "La maîtrise du français et du créole est requise" (for a post in Haiti)
    asks for a creole, which one the word does not say: it is kept as the
    requirement's words, unresolved as "the local language" is, and LNG003
    names the duty station's languages. "Haitian Creole" and "créole
    haïtien" name one; the word had been dropped, and the requirement with it.
    """
    if not any(stem in clause for stem in _CREOLE_STEMS):
        return []
    spans = [(start, start + len(written)) for start, _, written, _ in found]
    alone: list[_LanguageNamed] = []
    for match in _CREOLE.finditer(clause):
        start, end = match.span()
        # Within a name, or a space from one: "Haitian Creole", "créole haïtien".
        if not any(first - 1 <= end and start <= last + 1 for first, last in spans):
            alone.append((start, None, match.group(0), match.group(0)))
    return alone


# "Creole", "créole", "criollo", "crioulo": a word, its first letter either case.
_CREOLE: Final = re.compile(r"\b[Cc](?:r[ée]ole|riollo|rioulo)\b")
_CREOLE_STEMS: Final = ("reole", "réole", "riollo", "rioulo")


def _unelided(word: re.Match[str]) -> tuple[str, int]:
    """The *word* found, and where it starts: after "l" or "d" and a lost apostrophe, if any.

    "l\ufffdanglais": French "l’anglais", its apostrophe lost (text in
    Windows-1252 read as UTF-8), names English.
    """
    found = word.group(0)
    if found[1] == LOST and found[0] in _ELIDED:
        return found[2:], word.start() + 2
    return found, word.start()


# The letters French elides before a vowel ("l’anglais", "d’arabe").
_ELIDED: Final = frozenset("lLdD")


def _names_local(kept: str | None) -> bool:
    """Whether a language's words kept are "the local language" it was named as."""
    return kept is not None and any(word in kept.lower() for word in _LOCAL_WORDS)


def _plural_local(kept: str | None) -> bool:
    """Whether "the local languages" (plural) named the language whose words are *kept*."""
    lowered = (kept or "").lower()
    return any(word in lowered for word in _LOCAL_PLURAL)


def _local_language_named(
    clause: str, local: re.Match[str], found: list[_LanguageNamed]
) -> list[_LanguageNamed]:
    """*found*, the local language given by the names in brackets after it, or before it.

    "English and local language (Amharic)": Amharic is the local language,
    no second language left unnamed; it keeps the words "local language".
    So is "Tetum, the local language," or "Tetum (the local language)".
    """
    rest = clause[local.end() :]
    opening = local.end() + len(rest) - len(rest.lstrip())
    closing = clause.find(")", opening) if clause.startswith("(", opening) else -1
    inside = [name for name in found if name[1] is not None and opening < name[0] < closing]
    if not inside:
        inside = _named_before(clause, local, found)
    if not inside:
        return found
    words = local.group(0).strip()
    return [
        (at, code, word, words) if (at, code, word, kept) in inside else (at, code, word, kept)
        for at, code, word, kept in found
        if code is not None or at != local.start()
    ]


def _named_before(
    clause: str, local: re.Match[str], found: list[_LanguageNamed]
) -> list[_LanguageNamed]:
    """The language named right before *local*, set apart as its apposition, if one is.

    "Tetum, the local language, is required", "Dari (the national
    language)": the words say which language the name is. Not in a list
    going on after them: "English, the local language, and French".
    """
    before = clause[: local.start()].rstrip()
    after = _APPOSITION_ENDS.match(clause, local.end())
    if not before.endswith((",", "(")) or after is None:
        return []
    if before.endswith("(") != (after.group().strip()[:1] == ")"):
        return []
    end = len(before[:-1].rstrip())
    return [name for name in found if name[1] is not None and name[0] + len(name[2]) == end]


# What ends an apposition: a comma, a bracket closed, the clause's end; not a list's last
# item ("..., and French"), nor a verb ("Tetum, the local language is an asset" may
# list the two).
_APPOSITION_ENDS: Final = re.compile(r"\s*(?:\)|,(?!\s*(?:and|or|et|ou|y|o|e)\s)|\.?$)")


@functools.cache
def _LOWERCASE_NAMES() -> dict[str, bool]:  # noqa: N802 -- a constant, computed once
    """The language names read in lower case, each with whether it must stand where a name does.

    French, Spanish and Portuguese write language names in lower case
    ("anglais", "inglés", "inglês"): read wherever they stand. English
    capitalizes them, but notices retyped on boards do not ("fluency in
    english and spanish"): read, as a misspelt name is, only beside a
    proficiency or another language's name.
    """
    from babel import Locale  # noqa: PLC0415

    names: dict[str, bool] = {}
    # English last: a name French writes too ("hindi") is read wherever it stands.
    for locale in sorted(NAME_LOCALES, key=lambda locale: locale == "en"):
        for code, name in Locale.parse(locale).languages.items():
            # Languages read by name, and names long enough not to be ordinary words.
            if read_by_name(code) and len(name) >= 4:  # noqa: PLR2004
                names.setdefault(fold(name), locale == "en")
    # The data file's spellings ("du pulaar", "du mooré", in French's lower case),
    # where they stand as names do: they are no locale's.
    for name, code in language_aliases().items():
        if read_by_name(code):
            names.setdefault(fold(name), True)
    for word in _WORDS_NAMING_LANGUAGES:
        names.pop(word, None)
    return names


# Words that name languages, in lower case ordinary words ("polish the
# draft", "the latin american context"): read only capitalized.
_WORDS_NAMING_LANGUAGES: Final = ("polish", "latin")


def _named_in_small_letters(clause: str, word: str, end: int) -> tuple[str, bool] | None:
    """The language name in lower case *word* is or begins, and whether it must stand as one.

    ``None`` where it begins none. *end* is where *word* ends in *clause*.
    """
    placed = _LOWERCASE_NAMES().get(fold(word))
    if placed is not None:
        return word, placed
    # "créole haïtien": a name of words none of which names a language alone.
    return _name_of_words(clause, word, end)


@functools.cache
def _FIRST_OF_NAMES() -> dict[str, int]:  # noqa: N802 -- a constant, computed once
    """The first word of each name of several words read in lower case: its most words."""
    words: dict[str, int] = {}
    for name in _LOWERCASE_NAMES():
        first, *rest = name.split()
        if rest:
            words[first] = max(words.get(first, 0), len(rest) + 1)
    return words


def _name_of_words(clause: str, first: str, end: int) -> tuple[str, bool] | None:
    """The language name of several words that *first* begins, where *clause* goes on with it.

    "La maîtrise du français et du créole haïtien est requise" (IOM Haiti):
    French writes Haitian Creole "créole haïtien", in lower case, and
    neither word names it alone. The name as written, and whether it must
    stand where a name does (see :func:`_LOWERCASE_NAMES`), the longest
    first; ``None`` where the words name no language.
    """
    most = _FIRST_OF_NAMES().get(fold(first), 0)
    if not most:
        return None
    following = _FOLLOWING_WORDS.match(clause, end)
    after = [word for word in following.groups() if word] if following else []
    words = [first, *after[: most - 1]]
    for count in range(len(words), 1, -1):
        name = " ".join(words[:count])
        placed = _LOWERCASE_NAMES().get(fold(name))
        if placed is not None:
            return name, placed
    return None


# The words after a name's first, as far as the longest name of several words goes.
_FOLLOWING_WORDS: Final = re.compile(r"\s\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")
