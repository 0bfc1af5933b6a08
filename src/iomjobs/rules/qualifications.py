"""Rules on education and experience, and on the grade they imply (QUA)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from iomjobs._text import is_word_char, number
from iomjobs.model.grade import Grade, GradeCategory
from iomjobs.model.notice import ContractType
from iomjobs.model.position import Recruitment
from iomjobs.model.qualification import DegreeLevel, QualificationPath
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules._scan import digit_positions
from iomjobs.rules._walk import Joined
from iomjobs.rules.finding import Severity

DEGREE_WORDS = {
    DegreeLevel.SECONDARY: "secondary education",
    DegreeLevel.BACHELOR: "a bachelor's degree",
    DegreeLevel.MASTER: "a master's degree",
    DegreeLevel.DOCTORATE: "a doctorate",
}


def _paths(*pairs: tuple[str, int]) -> list[dict[str, object]]:
    return [{"degree": degree, "min_years": years} for degree, years in pairs]


def pattern(paths: tuple[QualificationPath, ...]) -> str:
    """The education pattern in short: ``bachelor + 3 / secondary + 5``."""
    return " / ".join(f"{p.degree.value} + {p.min_years}" for p in paths if p.min_years is not None)


@rule(
    "QUA001",
    "education-paths-out-of-order",
    Severity.ERROR,
    failing={
        "position": {"qualifications": {"education": _paths(("bachelor", 5), ("secondary", 3))}}
    },
    passing={
        "position": {"qualifications": {"education": _paths(("bachelor", 5), ("secondary", 7))}}
    },
)
def education_paths_out_of_order(context: Context) -> Iterator[Hit]:
    """A lower degree asks for fewer years of experience than a higher one.

    The alternatives trade education for experience: a candidate with less
    education must bring more years. "Bachelor's + 5, or secondary + 3"
    would make the degree a handicap; one of the numbers is wrong. One
    finding for each such path, naming the most years a higher degree asks
    (the first path to ask them): a long list of paths gets a finding for
    each, not one for each pair.
    """
    paths = context.notice.position.qualifications.education or ()
    most = _most_years_by_degree(paths)
    if len(most) < 2:  # noqa: PLR2004 -- a degree and a higher one
        return
    for i, lower in enumerate(paths):
        if lower.min_years is None:
            continue
        # The most years a higher degree asks, more than this path's; of paths
        # asking as many, the first. Degrees compare last: in Python.
        years, j = lower.min_years, -1
        for degree, (asked, at) in most.items():
            if (asked > years or (asked == years and at < j)) and lower.degree < degree:
                years, j = asked, at
        if j >= 0:
            message = (
                f"{DEGREE_WORDS[lower.degree]} asks for {lower.min_years} years, fewer than "
                f"the {years} asked with {DEGREE_WORDS[paths[j].degree]} (path {j + 1})"
            )
            yield Hit(f"$.position.qualifications.education[{i}].min_years", message)


def _most_years_by_degree(
    paths: Sequence[QualificationPath],
) -> dict[DegreeLevel, tuple[int, int]]:
    """For each degree, the most years a path with it asks, and the first such path's index."""
    most: dict[DegreeLevel, tuple[int, int]] = {}
    for at, path in enumerate(paths):
        years = path.min_years
        if years is not None and years > most.get(path.degree, _NONE_ASKED)[0]:
            most[path.degree] = (years, at)
    return most


_NONE_ASKED: Final = (-1, -1)


# Years above the table's range are tolerated by this much: senior posts of a
# grade may ask for more; fewer years than the table is what misleads.
_TOLERANCE_ABOVE = 2


@rule(
    "QUA002",
    "years-unusual-for-grade",
    Severity.WARNING,
    failing={
        "position": {
            "grade": "G6",
            "qualifications": {"education": _paths(("bachelor", 1), ("secondary", 6))},
        }
    },
    passing={
        "position": {
            "grade": "G6",
            "qualifications": {"education": _paths(("bachelor", 4), ("secondary", 6))},
        }
    },
)
def years_unusual_for_grade(context: Context) -> Iterator[Hit]:
    """Years of experience that the post's grade does not usually ask with that degree.

    Each grade has a usual minimum (a G6 post: bachelor's + 4 or secondary +
    6; a P-2: master's + 2 or bachelor's + 4). The table is unverified, so
    this is a warning, and the table can be replaced.
    """
    position = context.notice.position
    if position.grade is None:
        return
    minima = context.reference.grade_minima
    for index, path in enumerate(position.qualifications.education or ()):
        usual = minima.years(position.grade, path.degree)
        if usual is None or path.min_years is None:
            continue
        low, high = usual
        if low <= path.min_years <= high + _TOLERANCE_ABOVE:
            continue
        expected = str(low) if low == high else f"{low} to {high}"
        message = (
            f"{position.grade} usually asks {expected} years with {DEGREE_WORDS[path.degree]}; "
            f"this path asks {path.min_years}"
        )
        yield Hit(f"$.position.qualifications.education[{index}].min_years", message, str(low))


# "4-6 years", and as French, Spanish and Portuguese notices write it ("4 à 6 ans",
# "de 4 a 6 años", "4 a 6 anos"): a match starts with a digit, which starts a
# word (checked by _ranges).
_RANGE = re.compile(
    r"(\d{1,2})\s*(?:-|–|—|to|à|a)\s*(\d{1,2})\s+(?:years?|yrs?|ans|années|años|anos)\b",
    re.IGNORECASE,
)


def _ranges(texts: Sequence[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """The first "4-6 years" in each of *texts* whose first number starts a word, by index."""
    joined = Joined(texts)
    # Tried only where a digit starts, each text on its own: searching is slow.
    matched: set[int] = set()
    for at in digit_positions(joined.text):
        index = joined.index_at(at)
        if index in matched:
            continue
        text, start = texts[index], at - joined.start_of(index)
        if start > 0 and is_word_char(text[start - 1]):
            continue
        match = _RANGE.match(text, start)
        if match is not None:
            matched.add(index)
            yield index, match


# The same with numbers as words: "four to six years", "two (2) to three (3)
# years", "de deux à trois ans", "de dos a tres años". Looked for only in an item
# that holds a year's word and no range in digits.
_WORD_RANGE = re.compile(
    r"\b([^\W\d_]+)(?:\s*\(\d{1,2}\))?(?:\s*[-–—]\s*|\s+(?:to|à|a)\s+)([^\W\d_]+)"
    r"(?:\s*\(\d{1,2}\))?\s+(?:years?|yrs?|ans|années|años|anos)\b",
    re.IGNORECASE,
)
_YEAR_WORDS = ("year", "yr", "ans", "année", "año", "ano")


def _word_range(text: str) -> tuple[int, int] | None:
    """The first range of years *text* writes in words, as two numbers, if any."""
    lowered = text.lower()
    if not any(word in lowered for word in _YEAR_WORDS):
        return None
    for match in _WORD_RANGE.finditer(text):
        low, high = number(match.group(1)), number(match.group(2))
        if low is not None and high is not None and low < high:
            return low, high
    return None


def _stated_ranges(texts: Sequence[str]) -> dict[int, tuple[int, int]]:
    """The range of years each of *texts* states first, by index: in digits, else in words."""
    stated = {index: (int(m.group(1)), int(m.group(2))) for index, m in _ranges(texts)}
    for index, text in enumerate(texts):
        if index not in stated and (words := _word_range(text)) is not None:
            stated[index] = words
    return stated


@rule(
    "QUA003",
    "experience-range-disagrees",
    Severity.WARNING,
    failing={
        "position": {
            "qualifications": {
                "education": _paths(("bachelor", 4), ("secondary", 6)),
                "experience": ["At least 2-3 years of relevant experience in protection."],
            }
        }
    },
    passing={
        "position": {
            "qualifications": {
                "education": _paths(("bachelor", 4), ("secondary", 6)),
                "experience": ["At least 4-6 years of relevant experience in protection."],
            }
        }
    },
)
def experience_range_disagrees(context: Context) -> Iterator[Hit]:
    """An experience item states a range of years that the education paths do not.

    "At least 4-6 years" beside "bachelor's + 4, or secondary + 6" agrees;
    "2-3 years" beside the same paths gives the candidate two answers. Read
    in French, Spanish and Portuguese too ("au moins 2 à 3 ans", "de 2 a 3
    años", "2 a 3 anos"), and with numbers as words ("four to six years",
    "de deux à trois ans").
    """
    qualifications = context.notice.position.qualifications
    years = [p.min_years for p in qualifications.education or () if p.min_years is not None]
    if not years:
        return
    low, high = min(years), max(years)
    # One path's years, or the range the paths span: "3", not "3-3".
    asked = str(low) if low == high else f"{low}-{high}"
    ranges = _stated_ranges(qualifications.experience or ())
    for index in sorted(ranges):
        stated = ranges[index]
        if stated != (low, high):
            message = (
                f"states {stated[0]}-{stated[1]} years, but the education paths ask "
                f"{asked} ({pattern(qualifications.education or ())})"
            )
            yield Hit(f"$.position.qualifications.experience[{index}]", message, asked)


@rule(
    "QUA004",
    "no-education-section",
    Severity.WARNING,
    failing={"position": {"qualifications": {"experience": ["Five years in logistics."]}}},
    passing={"position": {"qualifications": {"education": _paths(("secondary", 5))}}},
)
def no_education_section(context: Context) -> Iterator[Hit]:
    """The notice says nothing about education.

    Every IOM category has an education minimum (at least secondary school
    for General Service, a university degree for Professionals); a notice
    without it cannot be screened.
    """
    if context.notice.position.qualifications.education is None:
        yield Hit("$.position.qualifications.education", "the notice has no education section")


def _allowed(recruitment: Recruitment | None, grade: Grade) -> bool:
    if recruitment is Recruitment.LOCAL:
        return grade.category.is_local
    if recruitment is Recruitment.INTERNATIONAL:
        return grade.category.is_international
    return True


def suggested_grades(context: Context) -> tuple[Grade, ...]:
    """The grades whose usual education pattern the notice's paths match."""
    position = context.notice.position
    paths: dict[DegreeLevel, int] = {
        p.degree: p.min_years
        for p in position.qualifications.education or ()
        if p.min_years is not None and p.degree is not DegreeLevel.DOCTORATE
    }
    # GradeMinima.matching works out each education pattern once.
    matches = context.reference.grade_minima.matching(paths)
    hired = position.recruitment
    allowed = [g for g in matches if _allowed(hired, g)]
    # National Officer patterns mirror the Professional ones: prefer P unless local.
    if hired is None and any(g.category is GradeCategory.PROFESSIONAL for g in allowed):
        allowed = [g for g in allowed if g.category is not GradeCategory.NATIONAL_OFFICER]
    return tuple(allowed)


# Contracts that carry no grade: a notice offering one states none.
_WITHOUT_GRADE = frozenset(
    {ContractType.CONSULTANCY, ContractType.INTERNSHIP, ContractType.SPECIAL_SHORT_TERM_UNGRADED}
)


@rule(
    "QUA005",
    "grade-not-stated",
    Severity.WARNING,
    failing={
        "position": {"qualifications": {"education": _paths(("bachelor", 3), ("secondary", 5))}}
    },
    passing={
        "position": {
            "grade": "G5",
            "qualifications": {"education": _paths(("bachelor", 3), ("secondary", 5))},
        }
    },
)
def grade_not_stated(context: Context) -> Iterator[Hit]:
    """The notice does not state the grade; the grade its education pattern suggests is given.

    The grade decides the category, the salary and who may apply. When a
    notice omits it, the education pattern usually betrays it (bachelor's +
    3 or secondary + 5 is the G5 pattern; master's + 2 or bachelor's + 4 the
    P-2 pattern). A consultancy, an internship or an ungraded short-term
    contract has no grade to state: those notices are passed over.
    """
    position = context.notice.position
    appointment = context.notice.appointment
    if position.grade is not None or (
        appointment is not None and appointment.contract_type in _WITHOUT_GRADE
    ):
        return
    suggestions = suggested_grades(context)
    if not suggestions:
        yield Hit("$.position.grade", "grade not stated")
        return
    named = " or ".join(map(str, suggestions))
    education = pattern(position.qualifications.education or ())
    message = f"grade not stated; {education} is the {named} pattern"
    yield Hit("$.position.grade", message, str(suggestions[0]))
