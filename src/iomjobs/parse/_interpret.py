"""Reading one value out of a piece of text: a grade, a contract, a path, languages (internal).

Each function takes the words of one field or one sentence and returns the
model value they state, or ``None`` when they state none. The places a
field names are read in :mod:`iomjobs.parse._places`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Final, TypeVar

import attrs

from iomjobs._near import NearNames
from iomjobs._text import LOST, NUMBER_WORDS, fold, fold_text, number
from iomjobs.errors import InvalidGrade
from iomjobs.model.grade import Grade
from iomjobs.model.language import Language, LanguageMode, LanguageRequirement, Proficiency
from iomjobs.model.notice import (
    Appointment,
    ConsultancyCategory,
    ContractType,
    Duration,
    DurationUnit,
    NoticeKind,
)
from iomjobs.model.position import RecruitingType, Recruitment
from iomjobs.model.qualification import DegreeLevel, QualificationPath
from iomjobs.parse import _nocase as nocase
from iomjobs.reference._locales import NAME_LOCALES
from iomjobs.reference.countries import lookup_country
from iomjobs.reference.languages import language_named_by, misspelt_language, read_by_name


def read_grade(text: str) -> Grade | None:
    """The grade *text* names, or ``None``.

    A job board writes the grade among other words: "Junior level - NO-A,
    National Professional Officer - Locally recruited position". The one grade
    code in such a text is the grade.
    """
    try:
        return Grade.parse(text)
    except InvalidGrade:
        pass
    codes = _GRADE_CODE.findall(text)
    return Grade.parse(codes[0]) if len(codes) == 1 else None


def grade_codes(text: str) -> list[tuple[int, int]]:
    """Where *text* names a grade by its code: "NO-A", "P-3" among other words."""
    return [(match.start(), match.end()) for match in _GRADE_CODE.finditer(text)]


def is_grade(text: str) -> bool:
    """Whether *text* is a grade's spelling, whole: "General Service Staff, Grade 6", "NO/A"."""
    try:
        Grade.parse(text)
    except InvalidGrade:
        return False
    return True


# A grade code standing on its own among other words: NO-A, P-3, D-1, G-4, GS-6.
_GRADE_CODE: Final = re.compile(r"(?<![\w-])(?:NO-?[A-D]|P-?[1-5]|D-?[12]|GS?-?[1-7])(?![\w-])")


# --- contracts -----------------------------------------------------------------

_CONTRACTS: Final = (
    (re.compile(r"\b(?:un|non)[\s-]?graded\b|non[\s-]class|no clasificad|n[ãa]o classificad", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_UNGRADED),
    (re.compile(r"\bspecial\b|\bsp[eé]cial\b|\bespecial\b|\bsst\b", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_GRADED),
    (re.compile(r"fix(?:ed)?[\s-]?term|dur[ée]e d[ée]termin[ée]e|\bcdd\b|\bftc\b|plazo fijo|prazo fixo", re.IGNORECASE), ContractType.FIXED_TERM),
    (re.compile(r"consult", re.IGNORECASE), ContractType.CONSULTANCY),
    (re.compile(r"short[\s-]?term|courte dur[ée]e|corta duraci[oó]n|curto prazo", re.IGNORECASE), ContractType.SHORT_TERM),
    (re.compile(r"\bintern|\bstage\b|pasant[ií]a|est[áa]gio", re.IGNORECASE), ContractType.INTERNSHIP),
)  # fmt: skip
_EXTENSION: Final = re.compile(
    r"(?:possibilit|posibilidad|possibilidade)\w* (?:of|de|d')\s*(?:extension|extensi[oó]n|extens[ãa]o|renewal|prolongation|prorroga[çc][ãa]o|pr[oó]rroga|renouvel|renova[çc][ãa]o|renovaci[oó]n)"
    r"|renewable|extendable|renouvelable|prorrogable|renov[áa]vel"
    # "five months ... with possible extension depending on the budget" (kadjobs, 2026).
    r"|possible (?:extension|renewal)",
    re.IGNORECASE,
)
# Units as written in full, and as boards abbreviate them ("6 mos.", "3 mths", "1 yr").
_UNITS: Final = {
    "day": DurationUnit.DAYS, "days": DurationUnit.DAYS, "jour": DurationUnit.DAYS,
    "jours": DurationUnit.DAYS, "dia": DurationUnit.DAYS, "dias": DurationUnit.DAYS,
    "week": DurationUnit.WEEKS, "weeks": DurationUnit.WEEKS, "semaine": DurationUnit.WEEKS,
    "semaines": DurationUnit.WEEKS, "semana": DurationUnit.WEEKS, "semanas": DurationUnit.WEEKS,
    "month": DurationUnit.MONTHS, "months": DurationUnit.MONTHS, "mos": DurationUnit.MONTHS,
    "mths": DurationUnit.MONTHS, "mois": DurationUnit.MONTHS,
    "mes": DurationUnit.MONTHS, "meses": DurationUnit.MONTHS,
    "year": DurationUnit.YEARS, "years": DurationUnit.YEARS, "yr": DurationUnit.YEARS,
    "yrs": DurationUnit.YEARS, "an": DurationUnit.YEARS,
    "ans": DurationUnit.YEARS, "annee": DurationUnit.YEARS, "ano": DurationUnit.YEARS,
    "anos": DurationUnit.YEARS,
}  # fmt: skip


def is_duration_unit(word: str) -> bool:
    """Whether *word* is a unit a contract's length is told in: "months", "meses", "años"."""
    return fold(word.rstrip(",.;:")) in _UNITS


_NUMBER_PATTERN: Final = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DURATION: Final = re.compile(
    # "2-6 months", "de 3 a 6 meses": a range, read as up to its longest;
    # "1 (one) year", folded to "1 one year": the number said twice.
    rf"(?:(?P<up>up to|jusqu a|hasta|ate)\s+)?(?:\b(?P<low>\d{{1,3}}|{_NUMBER_PATTERN})\s+(?:to|a)\s+)?\b(?P<n>\d{{1,3}}|{_NUMBER_PATTERN})\b(?:\s*\(\s*[a-z0-9]+\s*\)|\s+(?:{_NUMBER_PATTERN})\b)?\s+(?P<working>working\s+)?(?P<unit>[a-z]+)(?P<working_after>\s+(?:ouvrables|habiles|uteis))?"
)
_NUMBER_RANGE: Final = re.compile(r"(\d)\s*[-–]\s*(\d)")
_CONTRACT_WORDS: Final = {"contract", "contrat", "contrato"}


def read_duration(text: str) -> Duration | None:
    """The first duration *text* states: "1 (one) year", "Up to 9 months", "60 days", "2-6 months".

    A length in years with a fraction is read in months where it is a whole
    number of them ("1.5 years": 18 months); another fraction is no length
    the model holds ("5.2 meses", a consultancy call of 2023), and not read.
    """
    text = _DECIMAL.sub(_in_months, text)
    # Folding makes a dash a space: "2-6 months" is "2 to 6 months" first.
    for match in _DURATION.finditer(fold_text(_NUMBER_RANGE.sub(r"\1 to \2", text))):
        amount = number(match.group("n"))
        unit = _UNITS.get(match.group("unit"))
        if amount and unit is not None:
            if (
                match.group("working") or match.group("working_after")
            ) and unit is DurationUnit.DAYS:
                unit = DurationUnit.WORKING_DAYS
            return Duration(amount, unit, up_to=bool(match.group("up") or match.group("low")))
    return None


# A number with a fraction before a word: "5.2 meses", "1,5 ans"; folded, "5 2 meses"
# would read as two months.
_DECIMAL: Final = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})(?=\s+(?P<word>\w+))")
_MONTHS_A_YEAR: Final = 12


def length_in_fractions(text: str) -> str | None:
    """The first length *text* gives as a fraction of its unit ("5.2 meses"), if any."""
    for decimal in _DECIMAL.finditer(text):
        if is_duration_unit(decimal.group("word")):
            return f"{decimal.group(0)} {decimal.group('word')}"
    return None


def _in_months(decimal: re.Match[str]) -> str:
    """*decimal* as a whole number of months ("1.5" years: "18 months of"), or a word.

    The word ("some") begins no length: a fraction of another unit is none
    the model holds.
    """
    whole, fraction = decimal.group(1), decimal.group(2)
    months = (int(whole) * 10 ** len(fraction) + int(fraction)) * _MONTHS_A_YEAR
    years = _UNITS.get(fold(decimal.group("word"))) is DurationUnit.YEARS
    if years and months % 10 ** len(fraction) == 0:
        return f"{months // 10 ** len(fraction)} months of"
    return "some"


_Named = TypeVar("_Named")


def first_named(table: Iterable[tuple[re.Pattern[str], _Named]], text: str) -> _Named | None:
    """What the first pattern of *table* found in *text* names: a contract, a kind of notice..."""
    return next((named for pattern, named in table if pattern.search(text)), None)


def recruiting_type_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* names a staff category (see read_recruiting_type)."""
    return [
        (m.start(), m.end()) for pattern, _ in _RECRUITING_TYPES for m in pattern.finditer(text)
    ]


def read_appointment(text: str) -> Appointment:
    """The contract an appointment field describes; unknown words stay in ``as_written``."""
    contract = first_named(_CONTRACTS, text)
    return Appointment(
        contract,
        read_duration(text),
        says_extendable(text),
        text.strip(),
        consultancy_category=consultancy_category(text),
    )


def consultancy_category(text: str) -> ConsultancyCategory | None:
    """The consultancy's category *text* names: "Category B", "categoría “A”", "(Type A)"."""
    match = _CATEGORY.search(text)
    return ConsultancyCategory(match.group("letter")) if match is not None else None


# A consultancy's category: its word in the four languages ("Category B",
# "Catégorie A", "Categoría “B”", "Categoria B"), or "Type" and "Tipo" ("Nature of
# the consultancy: ... (Type A)", "Tipo de consultoría: Tipo B"), before its
# letter, which is a capital.
_CATEGORY: Final = re.compile(
    # A duty station's hardship category is none: "a hardship category B duty station".
    r"(?<!(?i:hardship) )\b(?i:cat[eé]gor(?:y|ie|[ií]a)|type|tipo)\W{0,3}(?P<letter>[AB])\b"
)


def says_extendable(text: str) -> bool | None:
    """``True`` where *text* says the contract may be extended, else ``None`` (not said)."""
    return True if _EXTENSION.search(text) else None


_KINDS: Final = (
    (re.compile(r"special vacancy notice|avis sp[ée]cial de vacance|aviso especial de vacante|aviso especial de vaga|\bsvn\b", re.IGNORECASE), NoticeKind.SPECIAL_VACANCY_NOTICE),
    (re.compile(r"vacancy notice|avis de vacance|aviso de vacante|aviso de vaga|\bvn\b", re.IGNORECASE), NoticeKind.VACANCY_NOTICE),
    (re.compile(r"post description|description de poste|descripci[oó]n del puesto|descri[çc][ãa]o do cargo", re.IGNORECASE), NoticeKind.POST_DESCRIPTION),
    (re.compile(r"expression of interest|manifestation d.int[ée]r[êe]t|expresi[oó]n de inter[ée]s|manifesta[çc][ãa]o de interesse", re.IGNORECASE), NoticeKind.EXPRESSION_OF_INTEREST),
    (re.compile(r"call for (?:applications?|consultants?|cvs?)|appel [àa] candidatures|convocatoria|convite [àa] apresenta[çc][ãa]o de candidaturas|\bcfa\b|\bcfcv\b", re.IGNORECASE), NoticeKind.CALL_FOR_APPLICATIONS),
)  # fmt: skip


def read_kind(text: str) -> NoticeKind | None:
    """The kind of notice *text* names."""
    return first_named(_KINDS, text)


def kind_alone(text: str) -> NoticeKind | None:
    """The kind of notice *text* names where it names nothing else: "Call for Applications"."""
    words = text.strip(" .:")
    return next((kind for pattern, kind in _KINDS if pattern.fullmatch(words)), None)


# Oracle's "Recruiting Type" in English, French ("Administrateur" is its French
# for Professional) and Spanish; a national officer first, whose French holds
# "administrateur" too.
_RECRUITING_TYPES: Final = (
    (re.compile(r"national officer|administrat(?:eur|rice)s? nationa|oficial nacional|funcionari[oa] nacional", re.IGNORECASE), RecruitingType.NATIONAL_OFFICER),
    (re.compile(r"general service|services? g[ée]n[ée]raux|servicios generales|servi[çc]os gerais", re.IGNORECASE), RecruitingType.GENERAL_SERVICE),
    (re.compile(r"direct(?:or|eur|rice|ora)|\bdiret(?:or|ora)\b", re.IGNORECASE), RecruitingType.DIRECTOR),
    (re.compile(r"professional|professionnel|administrat(?:eur|rice)|profesional|profissional", re.IGNORECASE), RecruitingType.PROFESSIONAL),
)  # fmt: skip


def read_recruiting_type(text: str) -> RecruitingType | None:
    """The staff category *text* names: "Professional", "Administrateur", "General Service"."""
    return first_named(_RECRUITING_TYPES, text)


# --- recruitment -----------------------------------------------------------------

_LOCAL_RECRUITMENT: Final = re.compile(
    r"subject to local recruitment|locally recruited|recrutement local|contrataci[oó]n local"
    r"|recrutamento local|recrutad[oa] localmente"
    # A General Service notice's standard note (IOM Somalia, 2020): only residents apply.
    r"|candidates residing in (?:either )?the country of the duty station",
    re.IGNORECASE,
)
_INTERNATIONAL_RECRUITMENT: Final = re.compile(
    r"internationally recruited|recrutement international|contrataci[oó]n internacional"
    r"|recrutamento internacional|recrutad[oa] internacionalmente",
    re.IGNORECASE,
)
_LOCAL_RECRUITMENT_TWIN: Final = nocase.twin(_LOCAL_RECRUITMENT)
_INTERNATIONAL_RECRUITMENT_TWIN: Final = nocase.twin(_INTERNATIONAL_RECRUITMENT)


def recruitment_in(text: str) -> tuple[Recruitment, re.Match[str]] | None:
    """How *text* says the post is recruited ("subject to local recruitment"), and where."""
    if "ecru" not in text and "ontrataci" not in text and "esiding" not in text:
        return None
    low = nocase.lowered(text)
    local = nocase.search(_LOCAL_RECRUITMENT, _LOCAL_RECRUITMENT_TWIN, text, low)
    if local:
        return Recruitment.LOCAL, local
    international = nocase.search(
        _INTERNATIONAL_RECRUITMENT, _INTERNATIONAL_RECRUITMENT_TWIN, text, low
    )
    if international:
        return Recruitment.INTERNATIONAL, international
    return None


# --- education -------------------------------------------------------------------

_DEGREES: Final = (
    (re.compile(r"\b(?:ph\.?\s?d|doctora|doctoral|doutora)", re.IGNORECASE), DegreeLevel.DOCTORATE),
    # "Maîtrise en droit" is a master's degree; "Excellente maîtrise de l'anglais", command of a language.
    (re.compile(r"\bmasters?\b|advanced university degree|post-?graduate|ma[îi]trise(?!\s+(?:de|du|des)\s|\s+d[’'])|maestr[íi]a|master[’']s|mestrado", re.IGNORECASE), DegreeLevel.MASTER),
    (re.compile(r"\bbachelor|university degree|first[- ]level|licen[cs]e|licenciatura|undergraduate|dipl[ôo]me universitaire|t[íi]tulo universitario|bacharel|grau universit[áa]rio", re.IGNORECASE), DegreeLevel.BACHELOR),
    (re.compile(r"high[- ]school|secondary|baccalaur[ée]at|bachillerato|secundari|dipl[ôo]me d.[ée]tudes secondaires|ensino m[ée]dio|ensino secund[áa]rio", re.IGNORECASE), DegreeLevel.SECONDARY),
)  # fmt: skip
# The words for years in the four languages.
_YEARS_UNIT: Final = r"(?:years?|yrs?|ans|ann[ée]es|a[ñn]os)\b"
_YEARS: Final = re.compile(
    # No number with a fraction: "2.5 years" is no two, nor five, whole years.
    # A number's word may hold an accent: "três anos".
    r"(?P<n>(?<![\d.,])\b\d{1,2}\b(?![.,]\d)\+?|\b[^\W\d_]+\b)(?:\s*\(\s*\d{1,2}\s*\))?\s+(?:\(\w+\)\s+)?"
    + _YEARS_UNIT,
    re.IGNORECASE,
)
# Where the years begin after the fields, joined by "and" or "plus" ("...in Law and two
# years of experience", "...en droit et deux ans", "...y dos años", "..., plus five years").
_AND_YEARS_PATTERN: Final = (
    # Only the words of "at least", "a minimum of", "not less than", "au moins", "por lo
    # menos" between: a field's words may come before "with three years".
    r"(?:and|et|y|e|plus)\s+"
    r"(?:(?:a|at|least|minimum|of|not|less|than|more|over|au|moins|un|mínimo|minimo|de"
    r"|por|lo|pelo|menos)\s+){0,3}(?:\(?\d{1,2}\+?\)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|tr[eê]s)(?:\s+\(\d{1,2}\))?\s+"
    + _YEARS_UNIT
)
_FIELDS: Final = re.compile(
    # "Diplôme universitaire en...", "Título universitario en...": the adjective between;
    # "Advanced university degree (Master's or equivalent) in Law": a bracket between.
    r"\b(?:degree|diploma|dipl[ôo]me|t[íi]tulo|masters?|ma[îi]trise|licence|doctorat|maestr[íi]a|licenciatura|doctorado"
    r"|mestrado|bacharelado|doutorado|doutoramento|bachelor|ph\.?\s?d\.?|doctorate)"
    r"(?:\s+universit(?:aire|ario))?(?:\s+\([^()]{1,40}\))?(?:\s+or\s+(?:its\s+)?equivalent)?\s+(?:in|en|em)\s+"
    r"(?P<fields>.+?)(?=\s+from\s|,?\s+(?:combined\s+|coupled\s+|together\s+)?with\s|\s+avec\s"
    r"|\s+con\s|\s+com\s|,\s+de\s+uma\s|\s+d[ée]livr"
    rf"|,?\s+{_AND_YEARS_PATTERN}|,\s+and\s|;|\.$|$)",
    re.IGNORECASE,
)
_RELATED: Final = re.compile(
    r"^(?:or|and)\s+|\s*(?:,\s*)?(?:or|and)\s+(?:(?:a|an|any|other)\s+)?(?:closely\s+)?related\s+fields?$|^(?:a|an|any|other)\s+related\s+fields?$",
    re.IGNORECASE,
)


_YEARS_TWIN: Final = nocase.twin(_YEARS)
_FIELDS_TWIN: Final = nocase.twin(_FIELDS)
_DEGREES_TWIN: Final = tuple((pattern, nocase.twin(pattern), level) for pattern, level in _DEGREES)
# Every match of _YEARS ends in one of these: a text with none of them is not searched.
_YEAR_WORDS: Final = ("year", "yr", "ans", "ann", "años", "anos")


def degree_of(text: str, low: str | None) -> DegreeLevel | None:
    """The degree level *text* names, highest first (*low* is ``nocase.lowered(text)``)."""
    return next(
        (level for pattern, twin, level in _DEGREES_TWIN if nocase.found(pattern, twin, text, low)),
        None,
    )


def years_in(text: str, low: str | None) -> int | None:
    """The years of experience *text* asks for: "five years", "three (3) years", "5 years"."""
    if low is None:
        matches = _YEARS.finditer(text)
    else:
        first = min((at for at in map(low.find, _YEAR_WORDS) if at >= 0), default=-1)
        if first < 0:
            return None
        matches = _YEARS_TWIN.finditer(low, _years_may_start(low, first))
    for match in matches:
        found = number(match.group("n"))  # lowered either way
        if found is not None:
            return range_start(low if low is not None else text, match.start("n"), found)
    return None


# What joins a range's two numbers: "4-6 years", "two to three years",
# "de 2 à 3 ans", "de dos a tres años".
_RANGE_JOINS: Final = ("-", "\u2013", "\u2014", " to", " à", " a")


def range_start(text: str, at: int, found: int) -> int:
    """*found*, the years' number at *at* in *text*, or the lower end of the range it ends.

    "4-6 years" asks for four years at least, as "at least four" would.
    """
    before = text[max(0, at - 24) : at].rstrip()
    join = next((join for join in _RANGE_JOINS if before.endswith(join)), None)
    if join is None:
        return found
    words = before[: -len(join)].split()
    low = number(words[-1]) if words else None
    return low if low is not None and low < found else found


def _years_may_start(low: str, first_word: int) -> int:
    """No match of _YEARS starts before this, when its first year word is at *first_word*.

    In text spaced as a segment's is (single spaces, no others), a match holds
    at most five spaces before its year word: "five ( 5 ) (full) years". So
    the search can start after the sixth space before the first year word,
    sparing the tries at every word before it.
    """
    if not _single_spaced(low):
        return 0
    at = first_word
    for _ in range(6):
        at = low.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


def _single_spaced(text: str) -> bool:
    """Whether *text*'s only whitespace is single spaces between words.

    Every other whitespace character is unprintable: one test finds them all
    (and some harmless others, which only cost the slower reading).
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def mended_degree(text: str, *, fields_only: bool) -> tuple[str, str, str] | None:
    """*text* with a degree's word misspelt by a letter put right; the word as written, the word.

    "Bacheor's degree", "Univeristy degree", "Master's degre in Law": the
    word is one of those that say a degree or its field follows (in the
    reader's four languages), among the first words of *text*; with
    *fields_only* (a degree read, but no fields), the word before "in".
    ``None`` where *text* misspells none.
    """
    words = (
        _WORD_BEFORE_IN.finditer(text)
        if fields_only
        else itertools.islice(_LONG_WORD.finditer(text), _FIRST_DEGREE_WORDS)
    )
    for match in words:
        meant = _near_degree_words().key_of(fold(match.group(1)))
        if meant is not None and _DEGREE_WORDS[meant]:
            mended = f"{text[: match.start(1)]}{meant}{text[match.end(1) :]}"
            return mended, match.group(1), meant
    return None


@functools.cache
def _near_degree_words() -> NearNames[bool]:
    return NearNames(_DEGREE_WORDS)


_LONG_WORD: Final = re.compile(r"([^\W\d_][^\W\d_]{4,})")
_WORD_BEFORE_IN: Final = re.compile(r"([^\W\d_][^\W\d_]{4,})\s+(?:in|en|em)\s")
# How many of a path's first words may be its degree's ("Bacheor's degree", "A Univeristy
# degree", "Advanced univeristy degree").
_FIRST_DEGREE_WORDS: Final = 4
# The words that say a degree (True), and words a letter from one that do not (False:
# "Mastery of French" asks for no master's degree).
_DEGREE_WORDS: Final = {
    **dict.fromkeys(
        (
            "bachelor", "bachelors", "university", "master", "masters", "doctorate",
            "secondary", "degree", "diploma", "undergraduate", "postgraduate", "licence",
            "licenciatura", "maestria", "doctorado", "bacharelado", "mestrado", "doutorado",
            "diplome", "universitaire", "universitario",
        ),
        True,
    ),
    **dict.fromkeys(("mastery", "masterly", "masterful", "degrees", "diplomacy"), False),
}  # fmt: skip


def read_path(text: str, previous: QualificationPath | None) -> QualificationPath | None:
    """One education alternative, or ``None`` when *text* names no degree."""
    low = nocase.lowered(text)
    degree = degree_of(text, low)
    if degree is None:
        return None
    return QualificationPath(degree, _fields(text, low, previous), years_in(text, low), text)


def _fields(text: str, low: str | None, previous: QualificationPath | None) -> tuple[str, ...]:
    found = _fields_written(text, low)
    if found is None:
        # "Diplôme universitaire dans les domaines susmentionnés": the fields of the path before.
        if previous is not None and _same_fields(text, low):
            return previous.fields_of_study
        return ()
    written = found.strip()
    if fold_text(written) in {"the above fields", "the same fields", "the fields above"} or (
        # "Licenciatura en los campos mencionados": the Spanish "in" comes first.
        _same_fields(written, None)
    ):
        return previous.fields_of_study if previous else ()
    fields = []
    for piece in written.split(","):
        cleaned = _unrelated(_unrelated(piece.strip()).strip(" ,."))
        field = _before_any_related(cleaned) if cleaned else ""
        if field:
            fields.extend(_alternatives(field))
    return tuple(fields)


def _alternatives(field: str) -> list[str]:
    """*field* cut where "or" joins two fields of two words or more each, else *field* alone.

    "Engenharia Civil ou Ciências Sociais", "sciences politiques ou
    administration publique": two fields, as a comma would have listed
    them. Not where either side is one word, which may share its noun with
    the other ("Business or Public Administration", "Ciencias Políticas o
    Sociales"), unless that word is a field by itself ("Finance or Business
    Administration", "Derecho o Relaciones Internacionales"); nor before
    "any other discipline".
    """
    if " o" not in field and " u " not in field:  # most fields: one look
        return [field]
    parts = _FIELD_OR.split(field)
    if len(parts) == 1 or any(
        ((words := part.split()) and words[0].lower() in _NO_FIELD_START)
        or (len(words) < _FIELD_WORDS and not _field_alone(part))
        for part in parts
    ):
        return [field]
    return parts


def _field_alone(word: str) -> bool:
    """Whether *word* is a field of study by itself, and no word of another's name.

    "Finance", "Economics", "Sociology", "Droit", "Derecho": a noun. Not
    "Business" or "Public", which name a field only with the noun another
    side of an "or" holds ("Business or Public Administration").
    """
    folded = fold(word)
    return folded in _FIELDS_ALONE or folded.endswith(_FIELD_ENDINGS)


# Fields of study of one word that notices join by "or" to fields of several:
# "Finance or Business Administration", "Droit ou Relations internationales".
_FIELDS_ALONE: Final = frozenset(
    {"accounting", "agriculture", "architecture", "commerce", "communications", "education"}
    | {"engineering", "finance", "history", "journalism", "law", "management", "marketing"}
    | {"medicine", "nursing", "nutrition", "pharmacy", "philosophy", "demography", "geography"}
    | {"comptabilite", "droit", "economie", "finances", "gestion", "medecine", "demographie"}
    | {"contabilidad", "derecho", "economia", "finanzas", "medicina", "geografia"}
    | {"contabilidade", "direito", "financas", "gestao"}
)
# The endings of such fields' names: "Economics", "Sociology", "Sociologie", "Sociología".
_FIELD_ENDINGS: Final = ("ics", "ology", "ologie", "ologia", "istique", "istiques", "istica")


# "or" between two fields in the notices' languages.
_FIELD_OR: Final = re.compile(r" (?:or|ou|o|u) ")
# The fewest words of each field an "or" parts.
_FIELD_WORDS: Final = 2
# What begins no field: "or any other relevant discipline", "ou toute autre discipline".
_NO_FIELD_START: Final = frozenset(
    {"a", "an", "any", "another", "other", "the", "autre", "toute", "tout", "un", "une"}
    | {"cualquier", "otra", "otro", "otras", "otros", "una", "outra", "outro", "qualquer", "uma"}
)


def _before_any_related(piece: str) -> str:
    """*piece* without "or a related field" and its kin, in three languages; "" if that is all.

    "relations internationales ou dans un domaine connexe": the field before
    the related one is kept.
    """
    low = piece.lower()
    at = min((low.find(words) for words in _ANY_RELATED_FIELD if words in low), default=-1)
    if at < 0:
        return piece
    return _LINK_BEFORE_RELATED.sub("", piece[:at]).strip(" ,.")


# What joins a field to the related ones after it: "or", "ou dans un", "u otros", "and any other".
_LINK_BEFORE_RELATED: Final = re.compile(
    r"(?:\s|^)(?:or|and|ou|et|o|u|y)(?:\s+(?:in|dans|en|any|other|a|an|un|une|d.autres|otros|otras|una|cualquier"
    r"|em|outra|outras|numa|qualquer))*\s*$",
    re.IGNORECASE,
)


# The fields of the path before, in French, Spanish and Portuguese, folded.
_SAME_FIELDS: Final = (
    "domaines susmentionnes",
    "domaines mentionnes ci dessus",
    "memes domaines",
    "campos mencionados",
    "mismos campos",
    "areas mencionadas",
    "areas acima mencionadas",
    "campos acima mencionados",
    "mesmas areas",
)
# What each of _SAME_FIELDS holds before folding: most paths hold none, and need no fold.
_SAME_FIELDS_HINTS: Final = ("mention", "mencion", "mism", "mêmes", "memes", "mesm")


def _same_fields(text: str, low: str | None) -> bool:
    lowered = low if low is not None else text.lower()
    if not any(hint in lowered for hint in _SAME_FIELDS_HINTS):
        return False
    folded = fold_text(text)
    return any(words in folded for words in _SAME_FIELDS)


# "or a related field" in IOM's three languages and Portuguese, lowered: no field of study.
_ANY_RELATED_FIELD: Final = (
    "related field",
    "domaine connexe",
    "domaines connexes",
    "campo af",
    "campos af",
    "área af",
    "áreas af",
    "area af",
    "areas af",
    "campo relacionado",
    "campos relacionados",
    "área relacionada",
    "áreas relacionadas",
    "area relacionada",
    "areas relacionadas",
)

# _FIELDS in two parts: the degree and "in", then where the fields end.
_FIELDS_HEAD: Final = re.compile(_FIELDS.pattern.split("(?P<fields>")[0])
_AND_YEARS: Final = re.compile(rf",?\s{_AND_YEARS_PATTERN}", re.IGNORECASE)
# "délivré par un établissement...": where French says where the degree is from.
# ", de uma instituição acadêmica": where Portuguese does.
_FIELDS_ENDS: Final = (
    *(" from ", " avec ", " con ", " com ", ", de uma ", " délivr", " delivr"),
    *(", and ", ";"),
)
# The endings a comma may stand before: "with", and "..., combined with two years",
# "coupled with", "together with".
_WITH_ENDS: Final = (" with ", " combined with ", " coupled with ", " together with ")


def _fields_written(text: str, low: str | None) -> str | None:
    """What _FIELDS's "fields" group holds in *text*, or ``None`` when it does not match.

    sre tries _FIELDS's lazy group one character at a time, each time trying
    all its endings: slow. In single-spaced text (a segment's) the endings
    are plain strings, found with ``str.find``.
    """
    if low is None or not _single_spaced(low):
        match = nocase.search(_FIELDS, _FIELDS_TWIN, text, low)
        return match.group("fields") if match else None
    head = _FIELDS_HEAD.search(low)
    if head is None:
        return None
    start = head.end()  # a single-spaced text ends in no space: a field follows
    ends = [at for at in (low.find(end, start + 1) for end in _FIELDS_ENDS) if at >= 0]
    # ", with ...": the comma before "with" ends the fields too, as _FIELDS's ",?" has it.
    ends += [
        at - 1 if low[at - 1] == "," and at - 1 > start else at
        for at in (low.find(end, start + 1) for end in _WITH_ENDS)
        if at >= 0
    ]
    and_years = _AND_YEARS.search(low, start + 1)
    if and_years is not None:
        ends.append(and_years.start())
    if low.endswith(".") and len(low) - 1 > start:
        ends.append(len(low) - 1)
    return text[start : min(ends, default=len(low))]


def _unrelated(piece: str) -> str:
    """*piece* without "or"/"and" before it and "or a related field" after it."""
    low = nocase.lowered(piece)
    # Every match of _RELATED starts the piece with "a", "an", "and", "any", "or" or
    # "other", or ends it with "field(s)": the usual field of study has neither.
    if low is not None and low[:1] not in _RELATED_FIRST and not low.endswith(_RELATED_LAST):
        return piece.strip(" ,.")
    return _RELATED.sub("", piece).strip(" ,.")


_RELATED_FIRST: Final = ("a", "o")
_RELATED_LAST: Final = (
    "field",
    "fields",
    "field\n",
    "fields\n",
)  # $ also matches before a last newline


# --- languages -------------------------------------------------------------------

# Accented words are written out ("fluência", "noções"), not as classes
# ("no[çc][õo]es"): every match must hold a long string for nocase's
# prefilter, and a class in a word leaves it only the short pieces around it.
# An accented letter may have been lost ("ma\ufffdtrise", "dom\ufffdnio": text in
# Windows-1252 read as UTF-8): U+FFFD stands for it.
_PROFICIENCY: Final = (
    (re.compile(r"working knowledge|good command|good knowledge|bonne (?:connaissance|ma[îi\ufffd]trise)|connaissance pratique|buen conocimiento|conocimiento pr[aá\ufffd]ctico|bom conhecimento|bom domínio|bom dominio|bom dom\ufffdnio|conhecimento pr[áa\ufffd]tico", re.IGNORECASE), Proficiency.WORKING_KNOWLEDGE),
    (re.compile(r"fluen|fluência|flu\ufffdncia|perfect command|excellent|full command|mastery|ma[îi\ufffd]trise|parfaite connaissance|dominio|domínio|dom\ufffdnio", re.IGNORECASE), Proficiency.FLUENT),
    (re.compile(r"basic|notions|b[aá\ufffd]sico|noções|no\ufffd\ufffdes", re.IGNORECASE), Proficiency.BASIC),
    (re.compile(r"knowledge|command|connaissance|conocimiento|conhecimento", re.IGNORECASE), Proficiency.KNOWLEDGE),
)  # fmt: skip
_DESIRABLE: Final = re.compile(
    r"advantage|desirable|asset|preferred|atout|avantage|souhaitable|ventaja|deseable|vantagem|desej[áa]vel",
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
_ORAL: Final = re.compile(r"\boral\b|\bspoken\b|\bfalad[ao]\b", re.IGNORECASE)
_WRITTEN: Final = re.compile(r"\bwritten\b|[ée]crit|escrit[oa]", re.IGNORECASE)
_LOCAL: Final = re.compile(
    r"(?:the\s+|a\s+)?local languages?|(?:la\s+|les\s+)?langues? locales?"
    r"|(?:el\s+|la\s+|los\s+|las\s+)?(?:idioma|lengua)s? local(?:es)?"
    r"|(?:uma\s+|a\s+|as\s+)?l[íi]nguas? loca(?:l|is)",
    re.IGNORECASE,
)
# The plural's words: "the local languages (Hausa, Kanuri)" names each language asked for,
# but after "one of", which asks for one of them.
_LOCAL_PLURAL: Final = ("languages", "langues", "idiomas", "lenguas", "línguas", "linguas")
_ONE_OF_LOCAL: Final = re.compile(
    r"\b(?:one|either|l['’]une|una|uno|uma)\s+(?:of|des|de|das)\s+(?:the\s+|las\s+|los\s+|as\s+)?"
    r"(?:local languages|langues locales|(?:idiomas|lenguas) locales|l[íi]nguas locais)",
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


def read_languages(sentence: str, *, required: bool | None = None) -> list[LanguageRequirement]:
    """The language requirements one sentence states, in its order.

    *required* is what the sub-heading above the sentence says
    (:func:`requirement_heading`): where the sentence says neither that a
    language is required nor that it is desirable, it says so of them all.
    """
    low = nocase.lowered(sentence)
    if nocase.found(_NOT_A_REQUIREMENT, _NOT_A_REQUIREMENT_TWIN, sentence, low):
        return []
    found: list[LanguageRequirement] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        found.extend(_clause_languages(clause))
    if (
        required is None
        or not found
        or nocase.found(_DESIRABLE, _DESIRABLE_TWIN, sentence, low)
        or nocase.found(_REQUIRED, _REQUIRED_TWIN, sentence, low)
    ):
        return found
    return [attrs.evolve(requirement, required=required) for requirement in found]


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


_DESIRABLE_TWIN: Final = nocase.twin(_DESIRABLE)
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
    wanted = [m.start() for m in nocase.matches(_DESIRABLE, _DESIRABLE_TWIN, clause, low)]
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
    requirements = []
    for start, code, written, kept in names:
        phrase = _phrase_of(clause, start, len(written), stated)
        desirable = (
            start > choice_at
            or (local_choice and code is not None and _names_local(kept))
            or _said_desirable(clause, start, phrase, stated, (wanted, needed))
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


def _next_word_at(clause: str, end: int, start: int) -> bool:
    """Whether *start* in *clause* is the next word after the one whose letters run to or past *end*."""
    while end < start and clause[end].isalpha():
        end += 1
    return start - end <= 1


def _phrase_of(clause: str, start: int, length: int, stated: list[_Stated]) -> int | None:
    """Which of *stated* says the proficiency of the language named at *start* (*length* long).

    A proficiency in brackets right after the name ("English (fluent)"),
    else the nearest before it ("fluency in English and working knowledge
    of French"), else the first the clause states.
    """
    end = start + length
    if clause[end:].lstrip().startswith("("):
        close = clause.find(")", end)
        inside = [index for index, (at, _, _) in enumerate(stated) if end <= at < close]
        if inside:
            return inside[0]
    before = [index for index, (at, _, _) in enumerate(stated) if at < start]
    if before:
        return before[-1]
    return 0 if stated else None


def _modes(clause: str, low: str | None) -> tuple[LanguageMode, ...]:
    if nocase.found(_BOTH, _BOTH_TWIN, clause, low):
        return (LanguageMode.ORAL, LanguageMode.WRITTEN)
    modes = []
    if nocase.found(_ORAL, _ORAL_TWIN, clause, low):
        modes.append(LanguageMode.ORAL)
    if nocase.found(_WRITTEN, _WRITTEN_TWIN, clause, low):
        modes.append(LanguageMode.WRITTEN)
    return tuple(modes)


# The most characters a match of _LOCAL holds before its "local": "uma língua ".
_BEFORE_LOCAL: Final = 11


def local_language(clause: str, low: str | None) -> re.Match[str] | None:
    """Where *clause* asks for "the local language" (_LOCAL), if it does.

    Every match holds "local", at most _BEFORE_LOCAL characters after its
    start in single-spaced text: the search starts there, not at every word
    before it (sre has no fixed first character to skip to).
    """
    if low is None or not _single_spaced(low):
        return nocase.search(_LOCAL, _LOCAL_TWIN, clause, low)
    first = low.find("local")
    if first < 0:
        return None
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
    return kept is not None and "local" in kept.lower()


def _plural_local(kept: str | None) -> bool:
    """Whether "the local languages" (plural) named the language whose words are *kept*."""
    lowered = (kept or "").lower()
    return any(word in lowered for word in _LOCAL_PLURAL)


def _local_language_named(
    clause: str, local: re.Match[str], found: list[_LanguageNamed]
) -> list[_LanguageNamed]:
    """*found*, the local language given by the names in brackets after it, if any.

    "English and local language (Amharic)": Amharic is the local language,
    no second language left unnamed; it keeps the words "local language".
    """
    rest = clause[local.end() :]
    opening = local.end() + len(rest) - len(rest.lstrip())
    closing = clause.find(")", opening) if clause.startswith("(", opening) else -1
    inside = [name for name in found if name[1] is not None and opening < name[0] < closing]
    if not inside:
        return found
    words = local.group(0).strip()
    return [
        (at, code, word, words) if (at, code, word, kept) in inside else (at, code, word, kept)
        for at, code, word, kept in found
        if code is not None or at != local.start()
    ]


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
