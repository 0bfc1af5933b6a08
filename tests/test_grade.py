from __future__ import annotations

import pickle

import pytest
from hypothesis import given

from iomjobs import Grade, GradeCategory, InvalidGrade, IomJobsError
from strategies import grades

G, NO, P, D = (
    GradeCategory.GENERAL_SERVICE,
    GradeCategory.NATIONAL_OFFICER,
    GradeCategory.PROFESSIONAL,
    GradeCategory.DIRECTOR,
)

# (as written in a notice, canonical form)
SPELLINGS = [
    # General Service, legacy and Oracle-era headers
    ("G7", "G7"),
    ("G-7", "G7"),
    ("GS-6", "G6"),
    ("g 5", "G5"),
    ("General Service Staff, Grade 6", "G6"),
    ("General Service Staff, Grade G6", "G6"),
    ("General Service Staff/G5", "G5"),
    ("IOM Classification: G4", "G4"),
    # National Officers
    ("NO-A", "NO-A"),
    ("NO/A", "NO-A"),
    ("NOA", "NO-A"),
    ("no-d", "NO-D"),
    ("National Officer, Grade NO-B", "NO-B"),
    ("National Officer, Grade B", "NO-B"),
    ("National Officer B", "NO-B"),
    ("National Professional Officer, Grade C", "NO-C"),
    ("national officer, grade d", "NO-D"),
    ("National Officer - B", "NO-B"),
    # The UN's words for the levels (it had been no grade, the line kept unread).
    ("National Officer Category A", "NO-A"),
    ("National Professional Officer, Category C", "NO-C"),
    # Professional
    ("P2", "P-2"),
    ("P-2", "P-2"),
    ("P 2", "P-2"),
    ("P\u20132", "P-2"),
    ("Professional Staff, Grade P2", "P-2"),
    ("Professional Staff, Grade 5", "P-5"),
    ("Grade P2", "P-2"),
    ("P-2 (Junior level)", "P-2"),
    (" P-3 ", "P-3"),
    # Director
    ("D1", "D-1"),
    ("D-1", "D-1"),
    ("D-2", "D-2"),
    # Ungraded and consultancies
    ("UG", "UG"),
    ("Ungraded", "UG"),
    ("Un-graded", "UG"),
    ("Non-graded", "UG"),
    ("Grade Other", "OTHER"),
    ("OTHE", "OTHER"),
    ("Consultant, Grade Other", "OTHER"),
    ("Consultant, Grade OTHE", "OTHER"),
    ("IOM Classification: Consultant", "OTHER"),
    # IOM Nigeria's calls (2023): the consultant hired in the country, or from abroad.
    ("IOM Classification: National Consultancy", "OTHER"),
    ("International Consultant", "OTHER"),
    # Internships (IOM, 2022: "Classification: Intern, Grade Other")
    ("Intern, Grade Other", "OTHER"),
    ("Intern", "OTHER"),
    # The ungraded mark in brackets, where the words before it name no staff grade:
    # "Intern (UG)" had been OTHER, "Internship (UG)" no grade.
    ("Intern (UG)", "UG"),
    ("Internship (UG)", "UG"),
    ("Consultant (UG)", "UG"),
    # Not after a staff grade, which the bracket would contradict.
    ("G5 (Junior level)", "G5"),
]

INVALID = [
    "P-9",
    "P-0",
    "G8",
    "G0",
    "D-3",
    "NO-E",
    "NO-1",
    "Grade 6",  # no category
    "National Officer, Grade 2",  # NO levels are letters
    "National Officer, Grade E",  # IOM's National Officer grades are A to D
    "General Service Staff, Grade B",  # General Service levels are numbers
    "Grade B",  # a letter names a level only after "National Officer"
    "Category A",  # a consultancy's category, no National Officer's
    "B",
    "General Service Staff, Grade P2",  # category disagrees with the grade
    "",
    "   ",
    "X-1",
    "P" + "9" * 5000,  # would overflow int() if not bounded
    "Senior level",
    "-",
    "General Service - B",  # General Service levels are numbers, dash or not
]


class TestParse:
    @pytest.mark.parametrize(("written", "canonical"), SPELLINGS)
    def test_reads_every_spelling(self, written: str, canonical: str) -> None:
        """Each spelling real notices use reads to its canonical grade."""
        assert str(Grade.parse(written)) == canonical

    @pytest.mark.parametrize("written", INVALID)
    def test_refuses_what_is_not_a_grade(self, written: str) -> None:
        """Anything else raises InvalidGrade naming the input."""
        with pytest.raises(InvalidGrade) as info:
            Grade.parse(written)
        assert repr(written)[:20] in str(info.value)

    @pytest.mark.parametrize("value", [None, 2, b"P-2", ["P-2"]])
    def test_refuses_non_strings_with_invalid_grade(self, value: object) -> None:
        """Non-string input raises InvalidGrade too, not TypeError."""
        with pytest.raises(InvalidGrade):
            Grade.parse(value)  # type: ignore[arg-type]

    @given(grades())
    def test_canonical_form_reads_back(self, grade: Grade) -> None:
        """Grade.parse(str(g)) == g for every grade."""
        assert Grade.parse(str(grade)) == grade


class TestConstruct:
    def test_levels_per_category(self) -> None:
        assert list(G.levels) == [1, 2, 3, 4, 5, 6, 7]
        assert list(NO.levels) == [1, 2, 3, 4]
        assert list(P.levels) == [1, 2, 3, 4, 5]
        assert list(D.levels) == [1, 2]
        assert not GradeCategory.UNGRADED.levels

    @pytest.mark.parametrize(
        ("category", "level"),
        [(P, 9), (P, 0), (G, None), (D, 3), (GradeCategory.UNGRADED, 1), (P, True), (P, 2.0)],
    )
    def test_refuses_levels_outside_the_category(
        self, category: GradeCategory, level: object
    ) -> None:
        with pytest.raises(InvalidGrade) as info:
            Grade(category, level)  # type: ignore[arg-type]
        assert info.value.path == "level"

    def test_refuses_a_category_that_is_not_one(self) -> None:
        with pytest.raises(InvalidGrade):
            Grade("P", 2)  # type: ignore[arg-type]

    def test_is_immutable_and_hashable(self) -> None:
        grade = Grade(P, 2)
        with pytest.raises(AttributeError):
            grade.level = 3  # type: ignore[misc]
        assert {grade, Grade.parse("P2")} == {grade}

    def test_repr_shows_the_canonical_form(self) -> None:
        assert repr(Grade(G, 6)) == "Grade('G6')"


class TestOrder:
    def test_orders_within_a_category(self) -> None:
        ladder = [Grade.parse(text) for text in ("P-5", "P-1", "P-3")]
        assert [str(g) for g in sorted(ladder)] == ["P-1", "P-3", "P-5"]
        assert Grade.parse("G5") < Grade.parse("G6") <= Grade.parse("G6")
        assert Grade.parse("NO-C") > Grade.parse("NO-A")
        assert Grade.parse("D-2") >= Grade.parse("D-1")

    def test_does_not_order_across_categories(self) -> None:
        """A G7 is neither above nor below a P-1."""
        with pytest.raises(TypeError):
            _ = Grade.parse("G7") < Grade.parse("P-1")

    def test_category_recruitment(self) -> None:
        assert P.is_international
        assert D.is_international
        assert G.is_local
        assert NO.is_local
        assert not GradeCategory.UNGRADED.is_local
        assert not GradeCategory.UNGRADED.is_international


def test_errors_are_iomjobs_errors_and_pickle() -> None:
    with pytest.raises(IomJobsError) as info:
        Grade.parse("P-9")
    copy = pickle.loads(pickle.dumps(info.value))  # noqa: S301 -- our own object
    assert type(copy) is InvalidGrade
    assert str(copy) == str(info.value)
