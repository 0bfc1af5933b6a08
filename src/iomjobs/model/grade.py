"""IOM grades: General Service, National Officer, Professional, Director, ungraded.

Notices write the same grade many ways (``G7``, ``G-7``, ``GS-6``,
``General Service Staff, Grade 6``, ``Professional Staff, Grade P2``,
``P-2``, ``NO/A``, ``Grade OTHE``); :meth:`Grade.parse` reads them all and
``str()`` gives one canonical spelling:

>>> from iomjobs import Grade
>>> str(Grade.parse("General Service Staff, Grade 6"))
'G6'
>>> str(Grade.parse("Professional Staff, Grade P2"))
'P-2'
>>> Grade.parse("P-2") < Grade.parse("P-4")
True
>>> Grade.parse("P-9")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
iomjobs.errors.InvalidGrade: Invalid grade: 'P-9' (expected a grade such as 'G6', 'NO-B', ...)
"""

from __future__ import annotations

import enum
import functools
import re
from typing import ClassVar, Final

from iomjobs.errors import InvalidGrade
from iomjobs.model._value import Frozen

__all__ = ["Grade", "GradeCategory"]


def __dir__() -> list[str]:
    return __all__


# A grade code standing on its own among other words: NO-A, P-3, D-1, G-4, GS-6 (the
# reader's and the rules' own: "Project Assistant (G5)", "Junior level - NO-A").
GRADE_CODE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:NO-?[A-D]|P-?[1-5]|D-?[12]|GS?-?[1-7])(?![\w-])"
)


class GradeCategory(enum.Enum):
    """The staff category a grade belongs to; its value is the grade prefix."""

    GENERAL_SERVICE = "G"
    NATIONAL_OFFICER = "NO"
    PROFESSIONAL = "P"
    DIRECTOR = "D"
    UNGRADED = "UG"
    OTHER = "OTHER"
    """Consultants, interns and other non-staff contracts (``Grade Other``, ``OTHE``)."""

    @property
    def levels(self) -> range:
        """The levels a grade of this category can have (empty when it has none)."""
        return _LEVELS[self]

    @property
    def is_international(self) -> bool:
        """Whether posts of this category are internationally recruited."""
        # Compared, not looked up in a set: an enum's hash is a Python call.
        return self is GradeCategory.PROFESSIONAL or self is GradeCategory.DIRECTOR

    @property
    def is_local(self) -> bool:
        """Whether posts of this category are locally recruited."""
        return self is GradeCategory.GENERAL_SERVICE or self is GradeCategory.NATIONAL_OFFICER


_LEVELS: dict[GradeCategory, range] = {
    GradeCategory.GENERAL_SERVICE: range(1, 8),
    GradeCategory.NATIONAL_OFFICER: range(1, 5),
    GradeCategory.PROFESSIONAL: range(1, 6),
    GradeCategory.DIRECTOR: range(1, 3),
    GradeCategory.UNGRADED: range(0),
    GradeCategory.OTHER: range(0),
}

# National Officer levels are letters: NO-A is level 1.
_NO_LETTERS = "ABCD"

_EXPECTED = "expected a grade such as 'G6', 'NO-B', 'P-2', 'D-1', 'UG' or 'OTHER'"


def _check_category(value: object) -> None:
    if not isinstance(value, GradeCategory):
        msg = f"Invalid grade category: {value!r} (expected a GradeCategory)"
        raise InvalidGrade(msg, value=value, path="category")


def _check_level(category: GradeCategory, value: object) -> None:
    levels = category.levels
    if not levels:
        if value is not None:
            msg = f"Invalid grade level: {value!r} ({category.value} grades have no level)"
            raise InvalidGrade(msg, value=value, path="level")
        return
    if type(value) is not int or value not in levels:
        msg = (
            f"Invalid grade level: {value!r} "
            f"(expected {levels.start} to {levels.stop - 1} for {category.value})"
        )
        raise InvalidGrade(msg, value=value, path="level")


class Grade(Frozen):
    """A grade such as G6, NO-B, P-2 or D-1, or an ungraded or consultancy post.

    Grades of one category are ordered (``G5 < G6``, ``P-2 < P-4``); comparing
    grades of different categories raises :class:`TypeError`, because a G7
    is neither above nor below a P-1.
    """

    __slots__ = ("category", "code", "level")
    __match_args__: ClassVar[tuple[str, ...]] = ("category", "level")
    # Final, as CodeValue.code is (see there).
    category: Final[GradeCategory]  # type: ignore[misc]
    level: Final[int | None]  # type: ignore[misc]
    code: Final[str]  # type: ignore[misc]
    """The canonical spelling, as ``str()`` gives it and the JSON form writes it: ``'P-2'``."""

    def __init__(self, category: GradeCategory, level: int | None = None) -> None:
        _check_category(category)
        _check_level(category, level)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "level", level)
        # Spelled once: the JSON writer reads it for every grade it writes.
        object.__setattr__(self, "code", _spell(category, level))

    @classmethod
    def parse(cls, text: str) -> Grade:
        """Read a grade as notices write it.

        Accepts ``G7``, ``G-7``, ``GS-6``, ``General Service Staff, Grade 6``,
        ``General Service Staff, Grade G6``, ``General Service Staff/G5``,
        ``P2``, ``P-2``, ``P 2``, ``Professional Staff, Grade P2``,
        ``P-2 (Junior level)``, ``NO-A``, ``NO/A``, ``NOA``,
        ``National Officer, Grade B``, ``National Officer - B``, ``National Officer
        Category A``, ``D1``, ``D-1``,
        ``UG``, ``Ungraded``, ``Non-graded``, ``Grade Other``, ``OTHE``,
        ``Consultant``, ``National Consultancy`` and ``Intern, Grade Other``, in any letter case and
        with any dash.

        :raises InvalidGrade: when *text* is not such a grade (or not a string).
        """
        given: object = text  # callers without type checking may pass anything
        if not isinstance(given, str):
            msg = f"Invalid grade: {given!r} (expected a string)"
            raise InvalidGrade(msg, value=given)
        grade = _parse(given)
        if grade is None:
            msg = f"Invalid grade: {text!r} ({_EXPECTED})"
            raise InvalidGrade(msg, value=text)
        return grade

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"Grade({str(self)!r})"

    def __reduce__(self) -> tuple[type[Grade], tuple[GradeCategory, int | None]]:
        return (Grade, (self.category, self.level))

    def __hash__(self) -> int:
        return hash((self.category.value, self.level))

    def __eq__(self, other: object) -> bool:
        if type(other) is not Grade:
            return NotImplemented
        return self.category is other.category and self.level == other.level

    def _level_against(self, other: object) -> tuple[int, int] | None:
        if not isinstance(other, Grade) or other.category is not self.category:
            return None
        return (self.level or 0, other.level or 0)

    def __lt__(self, other: Grade) -> bool:
        pair = self._level_against(other)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(self, other: Grade) -> bool:
        pair = self._level_against(other)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(self, other: Grade) -> bool:
        pair = self._level_against(other)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(self, other: Grade) -> bool:
        pair = self._level_against(other)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]


def _spell(category: GradeCategory, level: int | None) -> str:
    if level is None:
        return category.value
    if category is GradeCategory.GENERAL_SERVICE:
        return f"G{level}"
    if category is GradeCategory.NATIONAL_OFFICER:
        return f"NO-{_NO_LETTERS[level - 1]}"
    return f"{category.value}-{level}"


# Words around the grade itself that notices add: "General Service Staff,
# Grade 6", "Professional Staff/P2", "IOM Classification: G4", the UN's
# "National Officer Category A".
_PREFIX = re.compile(
    r"""^(?:IOM\s+)?(?:CLASSIFICATION\s*:?\s*)?
        (?P<staff>GENERAL\s+SERVICE|PROFESSIONAL|NATIONAL\s+(?:PROFESSIONAL\s+)?OFFICER|DIRECTOR|CONSULTANT|INTERN(?![A-Z]))?
        (?:\s+STAFF)?\s*[,/:-]?\s*
        (?:(?:GRADE|CATEGORY)\s*:?\s*)?""",
    re.VERBOSE,
)
_CORE = re.compile(
    r"""^(?:
        (?P<g>GS|G)\s*-?\s*(?P<g_level>\d{1,3})
      | (?P<no>NO|NPO)\s*[-/]?\s*(?P<no_level>[A-Z])
      | (?P<p>P)\s*-?\s*(?P<p_level>\d{1,3})
      | (?P<d>D)\s*-?\s*(?P<d_level>\d{1,3})
      | (?P<ug>UG|UN-?\s?GRADED|NON-?\s?GRADED)
      | (?P<other>OTHER|OTHE|OTH|(?:(?:INTER)?NATIONAL\s+)?CONSULTAN(?:T|CY))
      | (?P<bare>\d{1,3}|[A-Z])  # a letter for National Officers: "National Officer, Grade B"
    )$""",
    re.VERBOSE,
)
# "IOM Classification: Consultant", "Classification: Intern": no grade to read.
_NON_STAFF = frozenset({"CONSULTANT", "INTERN"})
# "P-2 (Junior level)": aggregators and some offices add a parenthetical.
_SUFFIX = re.compile(r"\s*\([^()]*\)\s*$")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_STAFF_CATEGORY = {
    "GENERAL SERVICE": GradeCategory.GENERAL_SERVICE,
    "PROFESSIONAL": GradeCategory.PROFESSIONAL,
    "NATIONAL OFFICER": GradeCategory.NATIONAL_OFFICER,
    "NATIONAL PROFESSIONAL OFFICER": GradeCategory.NATIONAL_OFFICER,
    "DIRECTOR": GradeCategory.DIRECTOR,
}


def _normalize(text: str) -> str:
    text = _DASHES.sub("-", text)
    text = " ".join(text.upper().split())
    return _SUFFIX.sub("", text).strip(" .,;")


# Notices write grades a few dozen ways: each spelling is read once.
@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> Grade | None:
    grade = _parse_normalized(_normalize(text))
    if grade is not None and grade.category is not GradeCategory.OTHER:
        return grade
    # "Intern (UG)": the bracket, which the normalizing took off as a remark,
    # is the grade where the words before it name none.
    bracket = _SUFFIX.search(text)
    inner = _parse_normalized(_normalize(bracket.group(0).strip(" ()"))) if bracket else None
    if inner is not None and inner.category is GradeCategory.UNGRADED:
        return inner
    return grade


def _parse_normalized(normalized: str) -> Grade | None:
    prefix = _PREFIX.match(normalized)
    # The regex's every part is optional, so it always matches.
    assert prefix is not None  # noqa: S101
    staff = prefix.group("staff")
    core = normalized[prefix.end() :]
    if not core and staff in _NON_STAFF:
        return Grade(GradeCategory.OTHER)
    match = _CORE.match(core)
    if match is None:
        return None
    return _from_match(match, _STAFF_CATEGORY.get(" ".join((staff or "").split())))


_PREFIXED = {
    "g": GradeCategory.GENERAL_SERVICE,
    "p": GradeCategory.PROFESSIONAL,
    "d": GradeCategory.DIRECTOR,
    "no": GradeCategory.NATIONAL_OFFICER,
}


def _from_match(match: re.Match[str], staff: GradeCategory | None) -> Grade | None:
    groups = {name: value for name, value in match.groupdict().items() if value}
    if "ug" in groups:
        return Grade(GradeCategory.UNGRADED)
    if "other" in groups:
        return Grade(GradeCategory.OTHER)
    key = next((key for key in _PREFIXED if key in groups), None)
    if key is None:
        # A bare number: "General Service Staff, Grade 6" names the category first.
        return _leveled(staff, groups["bare"])
    category = _PREFIXED[key]
    if staff not in (None, category):
        return None
    return _leveled(category, groups[f"{key}_level"])


def _leveled(category: GradeCategory | None, written: str) -> Grade | None:
    if category is GradeCategory.NATIONAL_OFFICER:
        # National Officer levels are letters; a bare "Grade 2" names none.
        level = _NO_LETTERS.find(written) + 1 if written.isalpha() else 0
    else:
        # Other levels are numbers; a bare letter names none ("Grade B").
        level = int(written) if written.isdecimal() else 0
    if category is None or level not in category.levels:
        return None
    return Grade(category, level)
