"""Reading one value out of a piece of text: a grade, a contract, a path (internal).

Each function takes the words of one field or one sentence and returns the
model value they state, or ``None`` when they state none. The places a
field names are read in :mod:`iomjobs.parse._places`, the languages it
requires in :mod:`iomjobs.parse._language_requirements`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Final, TypeVar

from iomjobs._near import NearNames
from iomjobs._text import NUMBER_WORDS, fold, fold_text, number, single_spaced
from iomjobs.errors import InvalidGrade
from iomjobs.model.grade import GRADE_CODE, Grade
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
from iomjobs.parse import _language_requirements as language_requirements
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._leftover import says_more


def read_grade(text: str) -> Grade | None:
    """The grade *text* names, or ``None``.

    A job board writes the grade among other words: "Junior level - NO-A,
    National Professional Officer - Locally recruited position". The one grade
    code in such a text is the grade; with none, the words before the first
    dash, where they are one: "Consultant - Contractors Agreement -
    Consultancy" (impactpool's consultancies); or the one part of those a
    comma parts that is one: "Special Short Term, Ungraded". One grade's
    codes written twice are that grade: "G-6 / GS-6".
    """
    try:
        return Grade.parse(text)
    except InvalidGrade:
        pass
    codes = GRADE_CODE.findall(text)
    if codes:
        # One grade, though written twice ("G-6 / GS-6"); two grades are none.
        grades = {Grade.parse(code) for code in codes}
        return grades.pop() if len(grades) == 1 else None
    first, dash, _ = text.partition(" - ")
    if dash:
        return read_grade(first)
    parts = {grade for part in text.split(",") if (grade := whole_grade(part.strip()))}
    return parts.pop() if len(parts) == 1 else None


def grade_codes(text: str) -> list[tuple[int, int]]:
    """Where *text* names a grade by its code: "NO-A", "P-3" among other words."""
    return [(match.start(), match.end()) for match in GRADE_CODE.finditer(text)]


def is_grade(text: str) -> bool:
    """Whether *text* is a grade's spelling, whole: "General Service Staff, Grade 6", "NO/A"."""
    return whole_grade(text) is not None


def whole_grade(text: str) -> Grade | None:
    """The grade *text* spells, whole ("Ungraded", "NOA"), or ``None``."""
    try:
        return Grade.parse(text)
    except InvalidGrade:
        return None


# --- contracts -----------------------------------------------------------------

_CONTRACTS: Final = (
    (re.compile(r"\b(?:un|non)[\s-]?graded\b|non[\s-]class|no clasificad|n[ãa]o classificad", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_UNGRADED),
    (re.compile(r"\bspecial\b|\bsp[eé]cial\b|\bespecial\b|\bsst\b", re.IGNORECASE), ContractType.SPECIAL_SHORT_TERM_GRADED),
    # Spanish and Portuguese say "fixed term" several ways: "a término fijo" (Colombia),
    # "de duración determinada", "a termo certo" (Portugal, Mozambique), "por prazo
    # determinado" (Brazil), "por tiempo determinado" (Mexico).
    (re.compile(r"fix(?:ed)?[\s-]?term|dur[ée]e d[ée]termin[ée]e|\bcdd\b|\bft[ca]\b|plazo (?:fijo|determinado)|t[ée]rmino fijo|duraci[oó]n determinada|prazo (?:fixo|determinado)|termo certo|t(?:iem|em)po determinado", re.IGNORECASE), ContractType.FIXED_TERM),
    (re.compile(r"consult", re.IGNORECASE), ContractType.CONSULTANCY),
    (re.compile(r"short[\s-]?term|courte dur[ée]e|corta duraci[oó]n|curto prazo", re.IGNORECASE), ContractType.SHORT_TERM),
    (re.compile(r"\bintern|\bstage\b|pasant[ií]a|est[áa]gio", re.IGNORECASE), ContractType.INTERNSHIP),
)  # fmt: skip
_EXTENSION: Final = re.compile(
    r"(?:possibilit|posibilidad|possibilidade)\w* (?:of|de|d')\s*(?:extension|extensi[oó]n|extens[ãa]o|renewal|prolongation|prorroga[çc][ãa]o|pr[oó]rroga|renouvel|renova[çc][ãa]o|renovaci[oó]n)"
    r"|renewable|extendable|renouvelable|prorrogable|renov[áa]vel|renovable"
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
    """Whether *text* says the contract may be extended: ``True``, ``False``, or ``None`` (not said).

    "One year (non-renewable)", "sans possibilité de renouvellement", "no
    renovable": ``False``.
    """
    if _NO_EXTENSION.search(text):
        return False
    return True if _EXTENSION.search(text) else None


# A contract said not to be extended: "(non-renewable)", "not extendable", "no
# possibility of extension", "non renouvelable", "no prorrogable", "não renovável".
_NO_EXTENSION: Final = re.compile(
    r"\bnon[\s-]?(?:renewable|extendable|renouvelable|prorrogable|renovable)"
    r"|\bnot (?:renewable|extendable)|\bno (?:possibility of )?(?:extension|renewal)\b"
    r"|\bwithout (?:the |any )?possibility of (?:extension|renewal)"
    r"|sans possibilit[ée] de (?:renouvellement|prolongation)"
    r"|\bno (?:renovable|prorrogable)|sin posibilidad de (?:extensi[oó]n|renovaci[oó]n|pr[oó]rroga)"
    r"|n[ãa]o renov[áa]vel|n[ãa]o prorrog[áa]vel"
    r"|sem possibilidade de (?:renova[çc][ãa]o|extens[ãa]o|prorroga[çc][ãa]o)",
    re.IGNORECASE,
)


_KINDS: Final = (
    # The adjective after the noun too, as French, Spanish and Portuguese place it:
    # "Avis de vacance de poste spécial", "Aviso de vacante especial".
    (re.compile(r"special vacancy notice|avis sp[ée]cial de vacance|aviso especial de vacante|aviso especial de vaga|avis de vacance (?:de poste )?sp[ée]cial|aviso de vacante especial|aviso de vaga especial|\bsvn\b", re.IGNORECASE), NoticeKind.SPECIAL_VACANCY_NOTICE),
    (re.compile(r"vacancy notice|avis de vacance|aviso de vacante|aviso de vaga|\bvn\b", re.IGNORECASE), NoticeKind.VACANCY_NOTICE),
    (re.compile(r"post description|description de poste|descripci[oó]n del puesto|descri[çc][ãa]o do cargo", re.IGNORECASE), NoticeKind.POST_DESCRIPTION),
    # Plurals too: "Call for Expressions of Interest", "Convocatoria de manifestaciones de interés".
    (re.compile(r"expressions? of interest|manifestations? d.int[ée]r[êe]t|expresi[oó]n(?:es)? de inter[ée]s|manifestaci[oó]n(?:es)? de inter[ée]s|manifesta[çc](?:[ãa]o|[õo]es) de interesse", re.IGNORECASE), NoticeKind.EXPRESSION_OF_INTEREST),
    (re.compile(r"call for (?:applications?|consultants?|cvs?)|appel [àa] candidatures|convocatoria|convite [àa] apresenta[çc][ãa]o de candidaturas|chamada (?:para|de) candidaturas|\bcfa\b|\bcfcv\b", re.IGNORECASE), NoticeKind.CALL_FOR_APPLICATIONS),
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

# French "Licence", a bachelor's ("Licence en droit"); not a licence to drive or to
# practise ("Valid driving licence", "driver's license (category B)", "licensed").
_LICENCE: Final = (
    r"(?<!driving )(?<!driver's )(?<!driver’s )(?<!drivers )(?<!driver )(?<!valid )"
    r"(?<!professional )(?<!nursing )(?<!medical )licen[cs]e(?!d)"
    r"(?!\s+(?:to|category|class|type|plate|number|no)\b)"
)
_DEGREES: Final = (
    (re.compile(r"\b(?:ph\.?\s?d|doctora|doctoral|doutora)", re.IGNORECASE), DegreeLevel.DOCTORATE),
    # "Maîtrise en droit" is a master's degree; "Excellente maîtrise de l'anglais", command of a language.
    (re.compile(r"\bmasters?\b|advanced university degree|advanced degree|\bgraduate degree|post-?graduate|ma[îi]trise(?!\s+(?:de|du|des)\s|\s+d[’'])|maestr[íi]a|master[’']s|mestrado|\bbac\s?\+\s?[5-8]\b|posgrado|p[óo]s-?gradua[çc][ãa]o|dipl[ôo]me universitaire sup[ée]rieur", re.IGNORECASE), DegreeLevel.MASTER),
    # A degree in a field, unqualified ("Degree in Social Sciences", "a degree in"; not a
    # word before it, which may be a degree's misspelt: "Mastr's degree in"), and
    # medicine's first degree ("Medical degree", "Doctor of Medicine (MD)"): a university
    # degree.
    (re.compile(rf"\bbachelor|university degree|first[- ]level|{_LICENCE}|licenciatura|undergraduate|dipl[ôo]me universitaire|t[íi]tulo universitario|bacharel|grau universit[áa]rio|\bbac\s?\+\s?[34]\b|(?:^|\ban?\s)degree in\b|medical degree|doctor of medicine|medical doctor|university (?:education|studies)|grado universitario|t[íi]tulo de grado|licenciad[oa]", re.IGNORECASE), DegreeLevel.BACHELOR),
    # "Diplôme de fin d'études secondaires", "enseignement secondaire": French's "secondaire".
    (re.compile(r"high[- ]school|secondary|baccalaur[ée]at|bachillerato|secundari|secondaire|ensino m[ée]dio|ensino secund[áa]rio", re.IGNORECASE), DegreeLevel.SECONDARY),
)  # fmt: skip
# Degrees' abbreviations, as boards and some offices write them ("MA in International
# Relations", "BSc in Accounting", "LL.M."): in capitals, and before what names the
# field or the degree, not "MS Office"; or before the field's capitalised name, no "in"
# between ("BSc Nursing", "MA Economics").
_ABBREVIATIONS: Final = {
    DegreeLevel.DOCTORATE: re.compile(r"\b(?:Ph\.?D|D\.?Phil)\b"),
    DegreeLevel.MASTER: re.compile(
        r"\b(?:M\.A|MA|M\.Sc|MSc|MBA|MPH|MPA|MPP|LL\.M|LLM)\b\.?"
        r"(?=\s+(?:in|en|em|degree|or|ou|o|with|avec|con|com|and|plus)\b|\s*[,/;(.]|\s*$"
        r"|\s+[A-Z][a-z])"
    ),
    DegreeLevel.BACHELOR: re.compile(
        r"\b(?:B\.A|BA|B\.Sc|BSc|BBA|B\.Com|BCom|LL\.B|LLB|B\.Eng|BEng|M\.D|MD|MBBS|MBChB)\b\.?"
        r"(?=\s+(?:in|en|em|degree|or|ou|o|with|avec|con|com|and|plus)\b|\s*[,/;(.]|\s*$"
        r"|\s+[A-Z][a-z])"
    ),
}
# The words for years in the four languages.
_YEARS_UNIT: Final = r"(?:years?|yrs?|ans|ann[ée]es|a[ñn]os)\b"
_YEARS: Final = re.compile(
    # No number with a fraction: "2.5 years" is no two, nor five, whole years.
    # A number's word may hold an accent: "três anos".
    # "five or more years" asks five.
    r"(?P<n>(?<![\d.,])\b\d{1,2}\b(?![.,]\d)\+?|\b[^\W\d_]+\b)(?:\s*\(\s*\d{1,2}\s*\))?"
    r"(?:\s+or\s+(?:more|above))?\s+(?:\(\w+\)\s+)?" + _YEARS_UNIT,
    re.IGNORECASE,
)
# Where the years begin after the fields, joined by "and" or "plus" ("...in Law and two
# years of experience", "...en droit et deux ans", "...y dos años", "..., plus five years").
_AND_YEARS_PATTERN: Final = (
    # Only the words of "at least", "a minimum of", "not less than", "au moins", "por lo
    # menos" between: a field's words may come before "with three years". A plus sign
    # too, as shorthand writes it: "Masters in Development Studies + 5 years".
    r"(?:(?:and|et|y|e|plus)\s+|\+\s*)"
    r"(?:(?:a|at|least|minimum|of|not|less|than|more|over|au|moins|un|mínimo|minimo|de"
    r"|por|lo|pelo|menos)\s+){0,3}(?:\(?\d{1,2}\+?\)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|tr[eê]s)(?:\s+\(\d{1,2}\))?(?:\s+or\s+(?:more|above))?"
    # A range: "and 2-3 years", "and 3 to 5 years".
    + r"(?:\s*[-\u2013]\s*\d{1,2}|\s+(?:to|à|a)\s+\d{1,2})?"
    + r"(?:\s+|-)"  # "and three-year relevant experience"
    + rf"(?:{_YEARS_UNIT}|(?:months?|mois|meses)\b)"
)
# "... in Public Health, or graduated within the last 12 months": an intern's other way
# to qualify, where the fields end.
_OTHER_WAY_PATTERN: Final = r",?\s+or\s+(?:have\s+|has\s+|recently\s+)?(?:graduated|completed)\b"
_FIELDS: Final = re.compile(
    # "Diplôme universitaire en...", "Título universitario en...": the adjective between;
    # "Advanced university degree (Master's or equivalent) in Law": a bracket between.
    # "Completed university education in Economics" (not "secondary education in Kenya").
    rf"\b(?:degree|diploma|dipl[ôo]me|t[íi]tulo|masters?|ma[îi]trise|{_LICENCE}|doctorat"
    r"|university\s+(?:education|studies)"
    # An intern's degree under way: "enrolled in a Master's programme in Public Health".
    r"|(?:master|bachelor|doctoral|ph\.?\s?d)['’]?s?\s+(?:degree\s+)?(?:programme|program|studies)"
    # Spain's "Grado universitario", "Título de grado", "Posgrado", "Licenciado en".
    r"|grado\s+universitario|t[íi]tulo\s+de\s+grado|posgrado|p[óo]s-?gradua[çc][ãa]o|licenciad[oa]"
    r"|maestr[íi]a|licenciatura|doctorado"
    r"|mestrado|bacharelado|doutorado|doutoramento|bachelors?|ph\.?\s?d\.?|doctorate"
    r"|m\.?a\.?|m\.?sc\.?|mba|mph|mpa|b\.?a\.?|b\.?sc\.?|llb|llm|bac\s?\+\s?\d)"
    # "Bachelor of Arts in Economics", "Master 2 en économie": the degree's own words between.
    r"(?:\s+of\s+(?:arts|sciences?|laws?|engineering|business\s+administration|commerce"
    r"|education|social\s+work|public\s+health|public\s+administration))?(?:\s+[12])?"
    r"(?:\s+universit(?:aire|ario))?(?:\s+sup[ée]rieur)?(?:\s+\([^()]{1,40}\))?"
    # What it says of the degree before the field, in the four languages: "or its
    # equivalent", "or higher", "(at) minimum", "au moins", "como mínimo", "ou supérieur".
    r"(?:\s+(?:or\s+(?:its\s+)?equivalent|or\s+(?:higher|above)|(?:at\s+(?:a\s+)?)?minimum"
    r"|au\s+(?:minimum|moins)|ou\s+(?:sup[ée]rieur|plus|[ée]quivalent|superior|equivalente)"
    r"|o\s+(?:superior|equivalente)|(?:como|no)\s+m[íi]nimo))?\s+(?:in|en|em)\s+"
    # "A first-level university degree in combination with two additional years": no field.
    r"(?!combination\s+with\b|conjunction\s+with\b|addition\s+to\b)"
    r"(?P<fields>.+?)(?=\s+from\s|,?\s+(?:combined\s+|coupled\s+|together\s+)?with\s|\s+avec\s"
    r"|\s+con\s|\s+com\s|,\s+de\s+uma\s|\s+d[ée]livr"
    rf"|{_OTHER_WAY_PATTERN}"
    rf"|,?\s+{_AND_YEARS_PATTERN}|,\s+and\s|;|\.$|$)",
    re.IGNORECASE,
)
_RELATED: Final = re.compile(
    r"^(?:or|and)\s+|\s*(?:,\s*)?(?:or|and)\s+(?:(?:a|an|any|other)\s+)?(?:closely\s+)?(?:related|relevant)\s+fields?$|^(?:a|an|any|other)\s+(?:related|relevant)\s+fields?$",
    re.IGNORECASE,
)


_YEARS_TWIN: Final = nocase.twin(_YEARS)
_FIELDS_TWIN: Final = nocase.twin(_FIELDS)
_DEGREES_TWIN: Final = tuple((pattern, nocase.twin(pattern), level) for pattern, level in _DEGREES)
# Every match of _YEARS ends in one of these: a text with none of them is not searched.
_YEAR_WORDS: Final = ("year", "yr", "ans", "ann", "años", "anos")


def degree_of(text: str, low: str | None) -> DegreeLevel | None:
    """The degree level *text* asks for (*low* is ``nocase.lowered(text)``).

    The highest it names ("Advanced university degree (Master's)" is a
    master's), but the lower of two offered as a choice: "Bachelor's or
    Master's degree" asks for a bachelor's at least.
    """
    highest = _highest_named(text, low)
    if highest is None or highest is DegreeLevel.SECONDARY:
        return highest
    either = _EITHER_DEGREE.search(text) if low is None or _may_offer_two(low) else None
    if either is None:
        return highest
    return min(
        (level for name in either.groups() if (level := _highest_named(name, None)) is not None),
        default=highest,
    )


# Two degrees offered as a choice, "Bachelor's or Master's degree", "BA/MA", "Licence ou
# Master", "Licenciatura o Maestría" (job boards' copies, national officers' notices).
# The articles before a degree's name, in the four languages: "or a Bachelor's", "ou une
# Licence"; as words, and as a pattern's alternatives (longest first).
# (Typed as written: mypyc reads the modules that import them before it infers.)
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "un", "une", "una", "uma"})
ARTICLE: Final[str] = "(?:" + "|".join(sorted(ARTICLES, key=lambda word: (-len(word), word))) + ")"
_DEGREE_NAME: Final = (
    rf"(?:bachelor|master|{_LICENCE}|licenciatura|maestr[íi]a|mestrado|bacharelado|ph\.?\s?d"
    r"|doctora[a-z]*|doutorado|undergraduate|high[- ]school|secondary"
    r"|(?-i:B\.?A|M\.?A|B\.?Sc|M\.?Sc|MBA|LL\.?B|LL\.?M))"
)
_EITHER_DEGREE: Final = re.compile(
    rf"\b({_DEGREE_NAME})(?:[’']?s)?\.?(?:\s+(?:school\s+)?(?:degree|diploma))?"
    # A bracket of the first's own: "Bachelor's (BA) or Master's", "(or equivalent) or".
    r"(?:\s*\([^()]{1,40}\))?"
    rf"\s*(?:/|\b(?:or|ou|o)\b)\s*(?:{ARTICLE}\s+)?({_DEGREE_NAME})(?![a-z])",
    re.IGNORECASE,
)


def _may_offer_two(low: str) -> bool:
    """Whether *low*, a line in lower case, may offer two degrees: a degree after "or" or "/".

    Most education lines hold "or" ("...or a related field"), few a degree after
    it: _EITHER_DEGREE, slow to search, is spared them.
    """
    for separator in _CHOICE_SEPARATORS:
        at = low.find(separator)
        while at >= 0:
            after = at + len(separator)
            while low.startswith(" ", after):  # "BA / MA"
                after += 1
            article = next((a for a in _CHOICE_ARTICLES if low.startswith(a, after)), "")
            if low.startswith(DEGREE_STARTS, after + len(article)):
                return True
            at = low.find(separator, after)
    return False


_CHOICE_SEPARATORS: Final = ("/", " or ", " ou ", " o ")
_CHOICE_ARTICLES: Final = tuple(f"{article} " for article in sorted(ARTICLES))
# How a degree's name begins in lower case: every name _DEGREE_NAME knows ("bachelor's",
# "ba", "ll.m"), the words before one ("first-level university degree", "advanced") and
# those of secondary school's names.
DEGREE_STARTS: Final = (
    *("bachelor", "master", "licen", "maestr", "mestrado", "bacharel", "ph", "doctora"),
    *("doutorado", "undergraduate", "high", "secondary", "b.", "m.", "ba", "ma", "bsc"),
    *("msc", "mba", "ll", "first-level", "university", "advanced", "graduate"),
    *("postgraduate", "post-graduate", "dipl"),
    # "..., or completed secondary education", "o título de bachillerato", "ou ensino médio".
    *("completed", "título", "titulo", "bachillerato", "baccalaur", "ensino", "educaci"),
    *("educaç", "enseignement", "grado", "posgrado", "pós-gradua", "pos-gradua"),
)


def _highest_named(text: str, low: str | None) -> DegreeLevel | None:
    """The highest degree level *text* names."""
    abbreviated = _abbreviated(text)
    return next(
        (
            level
            for pattern, twin, level in _DEGREES_TWIN
            if nocase.found(pattern, twin, text, low) or level in abbreviated
        ),
        None,
    )


def _abbreviated(text: str) -> frozenset[DegreeLevel]:
    """The degree levels *text* names by an abbreviation ("MA in...", "BSc", "LLB")."""
    if not any(letter in text for letter in _ABBREVIATION_CAPITALS):
        return frozenset()  # most lines: no capital an abbreviation starts with
    return frozenset(
        level for level, pattern in _ABBREVIATIONS.items() if pattern.search(text) is not None
    )


# The letters every abbreviation in _ABBREVIATIONS starts with.
_ABBREVIATION_CAPITALS: Final = (
    *("MA", "M.", "MS", "MB", "MP", "MD", "LL", "BA", "B.", "BS", "BB", "BC", "BE"),
    *("Ph", "D.", "DP"),
)


def years_in(text: str, low: str | None) -> int | None:
    """The years of experience *text* asks for: "five years", "three (3) years", "5 years"."""
    if low is None:
        matches = _YEARS.finditer(text)
    else:
        first = min((at for at in map(low.find, _YEAR_WORDS) if at >= 0), default=-1)
        if first < 0:
            if any(word in low for word in _MONTH_WORDS):
                return _years_in_months(text)
            return 0 if _says_no_experience(text, low) else None
        matches = _YEARS_TWIN.finditer(low, _years_may_start(low, first))
    for match in matches:
        found = number(match.group("n"))  # lowered either way
        if found is not None:
            return range_start(low if low is not None else text, match.start("n"), found)
    adjective = _years_as_adjective(text)
    if adjective is not None:
        return adjective
    lowered = low if low is not None else text.lower()
    if any(word in lowered for word in _MONTH_WORDS):
        return _years_in_months(text)
    return 0 if _says_no_experience(text, lowered) else None


def _says_no_experience(text: str, lowered: str) -> bool:
    """Whether *text* (*lowered*, in lower case) says no experience is asked for."""
    return ("experi" in lowered or "expéri" in lowered) and _NO_EXPERIENCE.search(text) is not None


# No experience asked, in the four languages: "no prior experience required", "aucune
# expérience requise", "no se requiere experiencia", "sem experiência". Every match
# holds "experi" or "expéri".
_NO_EXPERIENCE: Final = re.compile(
    r"\bno\s+(?:prior\s+|previous\s+)?(?:professional\s+|work\s+|relevant\s+)?experience"
    r"\s+(?:is\s+)?(?:required|needed|necessary)\b|\bexperience\s+(?:is\s+)?not\s+required\b"
    r"|\baucune\s+exp[ée]rience\b|\bsans\s+exp[ée]rience\b|\bno\s+se\s+requiere\s+experiencia\b"
    r"|\bsin\s+experiencia\b|\bsem\s+experi[êe]ncia\b",
    re.IGNORECASE,
)


def _years_in_months(text: str) -> int | None:
    """The whole years *text* asks in months: "a minimum of 24 months of experience"."""
    match = _MONTHS.search(text)
    months = number(match.group("n").lower()) if match is not None else None
    return months // 12 if months and months % 12 == 0 else None


# Months of experience, in the four languages: "24 months", "36 mois", "24 meses"; every
# match holds one of _MONTH_WORDS.
_MONTH_WORDS: Final = ("month", "mois", "meses")
_MONTHS: Final = re.compile(
    # "twelve (12) months", "douze mois": a year's months in words too.
    r"\b(?P<n>\d{2}|"
    + "|".join(word for word, count in NUMBER_WORDS.items() if count == 12)  # noqa: PLR2004
    + r")\s+(?:\(\w+\)\s+)?(?:months?|mois|meses)\b(?=[^.;]*\b(?:experi|exp[ée]ri))",
    re.IGNORECASE,
)


def _years_as_adjective(text: str) -> int | None:
    """The years a "three-year experience" asks for: the number joined to "year" by a hyphen."""
    if "-year" not in text and "-Year" not in text:
        return None
    match = _YEARS_ADJECTIVE.search(text)
    return number(match.group("n").lower()) if match is not None else None


# "with three-year relevant experience", "a 5-year professional experience": the years
# as the experience's adjective, at most two words between ("a four-year university
# degree" is a degree's length).
_YEARS_ADJECTIVE: Final = re.compile(
    r"\b(?P<n>\d{1,2}|[^\W\d_]+)-years?\s+(?:of\s+)?(?:[^\W\d_]+\s+){0,2}?experience\b",
    re.IGNORECASE,
)


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
    if not single_spaced(low):
        return 0
    at = first_word
    for _ in range(6):
        at = low.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


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
    asked = _asked(text)
    low = nocase.lowered(asked)
    degree = degree_of(asked, low)
    if degree is None:
        return None
    return QualificationPath(degree, _fields(asked, low, previous), years_in(asked, low), text)


def _asked(text: str) -> str:
    """*text* without the degrees it names as only wished for, and brackets saying only a need.

    "Bachelor's degree in Law (Master's preferred)" and "Master's degree
    (preferred) or Bachelor's degree in Law" ask for a bachelor's in Law;
    the wish stays in the path's words as written. "A Master's degree
    (preferred)" asks for none. "University degree in Law (desirable) with
    two years of experience": the field is Law.
    """
    text = _without_replaced(text)
    if "(" not in text:  # most paths: one look
        return text
    asked = _DEGREE_WISHED.sub(_unless_wished_itself, text)
    return " ".join(BRACKET.sub(_unless_wished, asked).split()).replace(" ,", ",")


def _without_replaced(text: str) -> str:
    """*text* without the degree it stands in for: "... accepted in lieu of the advanced degree".

    The degree named after "in lieu of", "instead of", "au lieu de", "en
    lugar de" is the one the path replaces, not the one it asks for; its
    words run to the clause's end.
    """
    if not any(word in text for word in _REPLACED_WORDS):  # most paths: one look
        return text
    replaced = _REPLACED.search(text)
    if replaced is None:
        return text
    # The replaced degree's words run to the clause's end: "instead of a Master's, with".
    ends = _CLAUSE_END.search(text, replaced.end())
    end = ends.start() if ends is not None else len(text)
    if degree_of(text[replaced.end() : end], None) is None:
        return text
    return text[: replaced.start()] + text[end:]


# "In lieu of" and its kin in the four languages; every match holds one of _REPLACED_WORDS.
_REPLACED: Final = re.compile(
    r"\s*,?\s*\b(?:in lieu of|instead of|en lieu et place d|au lieu d|à la place d|en lugar de"
    r"|en vez de|em vez de|em lugar de)\b",
    re.IGNORECASE,
)
_REPLACED_WORDS: Final = ("lieu", "stead", "place", "lugar", "vez")
_CLAUSE_END: Final = re.compile(r"[,;]|\.(?:\s|$)")


def _unless_wished(bracket: re.Match[str]) -> str:
    inside = bracket.group()
    if says_only_a_need(inside):
        return " "
    wished = degree_of(inside, nocase.lowered(inside)) is not None and wishes(inside, bracket=True)
    return " " if wished else inside


def says_only_a_need(bracket: str) -> bool:
    """Whether *bracket* says no more than that something is wished for or required.

    "(desirable)", "(an asset)", "(required)", "(de préférence)": no field's
    words. "(International Law an asset)" says more, and so does any figure.
    """
    return not says_more(bracket, (), _NEED_WORDS, figures=False)


# The words of a need or a wish, folded, in English, French, Spanish and Portuguese.
_NEED_WORDS: Final = frozenset(
    {"required", "essential", "mandatory", "desirable", "desired", "preferred", "preferable"}
    | {"preferably", "an", "a", "asset", "advantage", "advantageous", "plus", "highly"}
    | {"strongly", "very", "is", "would", "be", "considered", "un", "une", "atout", "avantage"}
    | {"souhaite", "souhaitee", "souhaitable", "requis", "requise", "exige", "exigee"}
    | {"obligatoire", "indispensable", "de", "preference", "serait", "constitue", "deseable"}
    | {"deseado", "deseada", "preferible", "preferente", "preferentemente", "preferiblemente"}
    | {"ventaja", "una", "requerido", "requerida", "obligatorio", "imprescindible", "desejavel"}
    | {"desejado", "desejada", "vantagem", "uma", "obrigatorio", "obrigatoria", "necessario"}
    | {"necessaria", "preferencial", "preferencialmente", "preferencia"}
)


def _unless_wished_itself(degree: re.Match[str]) -> str:
    # A wish alone in the bracket is the degree's; a bracket that names a degree wishes
    # for that one ("Bachelor's degree (Master's preferred)"). After a field, only where
    # another degree is offered instead ("Master's degree in Law (preferred) or
    # Bachelor's degree..."): else the wish may be the field's.
    bracket = degree.group("bracket")
    wished = wishes(bracket, bracket=True) and degree_of(bracket, nocase.lowered(bracket)) is None
    if wished and degree.group("field"):
        rest = degree.string[degree.end() :] if degree.group("instead") else ""
        wished = degree_of(rest, nocase.lowered(rest)) is not None
    return " " if wished else degree.group()


def wishes(text: str, *, bracket: bool = False) -> bool:
    """Whether *text* says something is only wished for: "an asset", "preferred".

    The language sentences' words for it. In a *bracket*, "preferably" too:
    "(preferably Master's)" wishes for the degree it names, where "Bachelor's
    degree, preferably in Law" wishes for a field.
    """
    desirable = language_requirements.DESIRABLE
    return nocase.found(
        desirable, language_requirements.DESIRABLE_TWIN, text, nocase.lowered(text)
    ) or (bracket and _PREFERABLY.search(text) is not None)


# A bracket and what it holds, none inside.
BRACKET: Final = re.compile(r"\([^()]*\)")
# A degree with a bracket of its own, its field between, and the "or" before another
# offered instead, as in: Master's degree (preferred) or Bachelor's degree; Master
# (souhaité) ou Licence; A Master's degree (desirable); Master's degree in Law
# (preferred) or Bachelor's degree.
_DEGREE_WISHED: Final = re.compile(
    rf"\b(?:{ARTICLE}\s+)?{_DEGREE_NAME}(?:[’']?s)?\.?(?:\s+(?:degree|diploma))?"
    r"(?P<field>\s+(?:in|en|em)\s+[^();.]{1,80}?)?"
    r"\s*(?P<bracket>\([^()]*\))(?P<instead>\s*,?\s*(?:or|ou|o)\s+(?=[^\W\d_]))?",
    re.IGNORECASE,
)
# "Preferably" in the four languages (see wishes()).
_PREFERABLY: Final = re.compile(
    r"preferabl|pr[ée]f[ée]rence|preferentemente|preferiblemente|preferencialmente",
    re.IGNORECASE,
)


def _fields(text: str, low: str | None, previous: QualificationPath | None) -> tuple[str, ...]:
    found = _fields_written(text, low)
    if found is None:
        # "Diplôme universitaire dans les domaines susmentionnés": the fields of the path before.
        if previous is not None and _same_fields(text, low):
            return previous.fields_of_study
        named = _NAMED_FIELD.search(text)
        return tuple(_alternatives(named.group("field"))) if named else ()
    written = found.strip()
    if "xp" in written and (no_experience := _NO_EXPERIENCE.search(written)) is not None:
        # "Master's degree in Law (no experience required)": no field's words.
        written = written[: no_experience.start()].rstrip(" ,;(")
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


# A field in the degree's name, no "in" before it: "Master of Public Health", "Bachelor of
# Laws", "Doctor of Medicine"; and after a degree's abbreviation, as South Asian offices
# write it: "BSc. Nursing", "M.Sc. Public Health". The field's words are capitalised (the
# degree's own words, "degree", "with", are not); "of Arts" and "of Science" name none.
_NAMED_FIELD: Final = re.compile(
    r"(?:\b(?i:master|bachelor|doctor)(?:[’']?s)?\s+(?i:degree\s+)?of\s+"
    r"(?!(?i:arts?|sciences?|philosophy)\b)"
    r"|(?<![\w.])(?:B\.?Sc|M\.?Sc|B\.?A|M\.?A|MBA)\.?\s+)"
    # Not a need's word: "MBA Preferred".
    r"(?!(?:Preferred|Preferably|Preferable|Required|Desirable|Essential|Mandatory)\b)"
    r"(?P<field>[A-Z][^\W\d_]+(?:\s+(?:(?:and|or|&)\s+)?[A-Z][^\W\d_]+)*)"
)


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
_OTHER_WAY: Final = re.compile(_OTHER_WAY_PATTERN)
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
    if low is None or not single_spaced(low):
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
    for after in (_AND_YEARS, _OTHER_WAY):
        found = after.search(low, start + 1)
        if found is not None:
            ends.append(found.start())
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
