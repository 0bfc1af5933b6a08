"""Rules on staff category, notice kind, contract and pay (CAT)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from iomjobs.model.grade import GRADE_CODE, Grade, GradeCategory
from iomjobs.model.notice import ContractType, Duration, DurationUnit, NoticeKind
from iomjobs.model.position import RecruitingType, Recruitment
from iomjobs.reference.currencies import currencies_of
from iomjobs.rules._nationals import country_named, nationals
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules.finding import Severity

_NMS = [{"name": "Iceland", "country": "IS"}, {"name": "Palau", "country": "PW"}]


@rule(
    "CAT001",
    "recruitment-disagrees-with-grade",
    Severity.ERROR,
    failing={"position": {"grade": "P-2", "recruitment": "local"}},
    passing={"position": {"grade": "G5", "recruitment": "local"}},
)
def recruitment_disagrees_with_grade(context: Context) -> Iterator[Hit]:
    """Local-recruitment wording on an international grade, or the reverse.

    General Service and National Officer posts are recruited locally;
    Professional and Director posts internationally. "This post is subject
    to local recruitment" on a P-2 notice, or the mobility clause of
    international staff on a G5 notice, contradicts the grade.
    """
    position = context.notice.position
    grade, recruitment = position.grade, position.recruitment
    if grade is None or recruitment is None:
        return
    if recruitment is Recruitment.LOCAL and grade.category.is_international:
        yield Hit(
            "$.position.recruitment", f"local recruitment, but {grade} is an international grade"
        )
    elif recruitment is Recruitment.INTERNATIONAL and grade.category.is_local:
        yield Hit(
            "$.position.recruitment", f"international recruitment, but {grade} is a local grade"
        )


@rule(
    "CAT002",
    "member-states-list-on-local-post",
    Severity.WARNING,
    failing={
        "position": {"grade": "G6"},
        "first_tier": {"internal": True, "non_represented_member_states": _NMS},
    },
    passing={
        "position": {"grade": "P-2"},
        "first_tier": {"internal": True, "non_represented_member_states": _NMS},
    },
)
def member_states_list_on_local_post(context: Context) -> Iterator[Hit]:
    """A non-represented member states list on a locally recruited post.

    Candidates from non-represented member states are first-tier for
    international Professional posts, where geographic representation
    matters. On a General Service or National Officer post, recruited among
    the residents of one country, the list means nothing and was probably
    copied from another notice.
    """
    notice = context.notice
    entries = notice.first_tier.non_represented_member_states if notice.first_tier else None
    if not entries:
        return
    grade, recruitment = notice.position.grade, notice.position.recruitment
    local = recruitment is Recruitment.LOCAL or (grade is not None and grade.category.is_local)
    if local:
        what = str(grade) if grade is not None else "locally recruited"
        message = f"lists {len(entries)} non-represented member states on a {what} post"
        yield Hit("$.first_tier.non_represented_member_states", message)


_SPECIAL = {ContractType.SPECIAL_SHORT_TERM_GRADED, ContractType.SPECIAL_SHORT_TERM_UNGRADED}


@rule(
    "CAT003",
    "notice-kind-disagrees-with-contract",
    Severity.WARNING,
    failing={
        "kind": "vacancy notice",
        "appointment": {"contract_type": "special short-term graded"},
    },
    passing={
        "kind": "special vacancy notice",
        "appointment": {"contract_type": "special short-term graded"},
    },
)
def notice_kind_disagrees_with_contract(context: Context) -> Iterator[Hit]:
    """A vacancy notice offers a special short-term contract, or a special one a fixed-term one.

    IOM publishes one-year fixed-term posts as vacancy notices (VN) and
    special short-term posts (under nine months) as special vacancy notices
    (SVN). The pairing is the norm but not strict (one P-4 "CDD spécial" was
    seen under a VN), so this is a warning.
    """
    notice = context.notice
    contract = notice.appointment.contract_type if notice.appointment else None
    if contract is None:
        return
    if notice.kind is NoticeKind.VACANCY_NOTICE and contract in _SPECIAL:
        yield Hit(
            "$.appointment.contract_type", f"a vacancy notice offering a {contract.value} contract"
        )
    elif notice.kind is NoticeKind.SPECIAL_VACANCY_NOTICE and contract is ContractType.FIXED_TERM:
        yield Hit(
            "$.appointment.contract_type", "a special vacancy notice offering a fixed-term contract"
        )


_GRADED = re.compile(r"(?<!un)graded\b", re.IGNORECASE)
_UNGRADED = re.compile(r"\bungraded\b|\bnon[ -]class[ée]", re.IGNORECASE)


@rule(
    "CAT004",
    "grading-disagrees-with-contract",
    Severity.ERROR,
    failing={
        "position": {"grade": "UG"},
        "appointment": {"contract_type": "special short-term graded"},
    },
    passing={
        "position": {"grade": "UG"},
        "appointment": {"contract_type": "special short-term ungraded"},
    },
)
def grading_disagrees_with_contract(context: Context) -> Iterator[Hit]:
    """An ungraded post offers a graded contract.

    Ungraded (UG) posts are filled on special short-term ungraded contracts;
    graded staff appointed to them lose their graded contract type. A UG
    notice offering a "Special Short Term Graded" contract contradicts
    itself.
    """
    grade, appointment = context.notice.position.grade, context.notice.appointment
    if grade is None or appointment is None or grade.category is not GradeCategory.UNGRADED:
        return
    contract, written = appointment.contract_type, appointment.as_written or ""
    if contract is ContractType.SPECIAL_SHORT_TERM_GRADED or (
        contract is None and _GRADED.search(written) is not None
    ):
        yield Hit("$.appointment", "an ungraded (UG) post offering a graded contract")


@rule(
    "CAT005",
    "recruiting-type-disagrees-with-grade",
    Severity.WARNING,
    failing={"position": {"grade": "G6", "recruiting_type": "professional"}},
    passing={"position": {"grade": "UG", "recruiting_type": "professional"}},
)
def recruiting_type_disagrees_with_grade(context: Context) -> Iterator[Hit]:
    """The recruiting type names another staff category than the grade.

    Oracle-era notices state a recruiting type ("Recruiting Type:
    Professional") and mark professional titles "(P)". Professional posts
    are P or ungraded, director posts D, General Service G and National
    Officer NO; "Professional" on a G6 post, or "Director" on a P-5 one,
    says one of the two is wrong. The values for General Service and
    National Officer posts were never seen, so this is a warning, and the
    table is reference data a caller can replace. A local recruiting type
    on an international grade, with the local recruitment it implies, is
    ``CAT001``'s error, not reported twice.
    """
    position = context.notice.position
    grade, recruiting = position.grade, position.recruiting_type
    if grade is None or recruiting is None or grade.category is GradeCategory.OTHER:
        return
    if (
        recruiting in _LOCAL_RECRUITING
        and position.recruitment is Recruitment.LOCAL
        and grade.category.is_international
    ):
        return  # CAT001 says it: local recruitment on an international grade
    categories = context.reference.recruiting_grades.categories(recruiting)
    if categories is not None and grade.category not in categories:
        yield Hit(
            "$.position.recruiting_type",
            f"recruiting type {recruiting.value!r}, but {grade} is a "
            f"{_CATEGORY_NAMES[grade.category]} grade",
        )


# The recruiting types of locally recruited staff, whose notices the reader
# reads as local recruitment.
_LOCAL_RECRUITING = frozenset({RecruitingType.GENERAL_SERVICE, RecruitingType.NATIONAL_OFFICER})

_CATEGORY_NAMES = {
    GradeCategory.GENERAL_SERVICE: "General Service",
    GradeCategory.NATIONAL_OFFICER: "National Officer",
    GradeCategory.PROFESSIONAL: "Professional",
    GradeCategory.DIRECTOR: "Director",
    GradeCategory.UNGRADED: "ungraded",
}


@rule(
    "CAT006",
    "graded-post-on-ungraded-contract",
    Severity.WARNING,
    failing={
        "position": {"grade": "P-3"},
        "appointment": {"contract_type": "special short-term ungraded"},
    },
    passing={
        "position": {"grade": "P-3"},
        "appointment": {"contract_type": "special short-term graded"},
    },
)
def graded_post_on_ungraded_contract(context: Context) -> Iterator[Hit]:
    """A graded post offers an ungraded contract.

    Notices of IOM's current system pair special short-term ungraded
    contracts with ungraded (UG) posts. Notices of 2018 offered them on
    graded posts too ("Classification: Professional Staff, Grade P3",
    "Type of Appointment: Special short-term ungraded, Six months", SVN
    2018/114 in Cox's Bazar), so the pair may be the practice of its time
    rather than a mistake: a warning, where ``CAT004``'s reverse is an
    error.
    """
    grade, appointment = context.notice.position.grade, context.notice.appointment
    if grade is None or appointment is None or not grade.category.levels:
        return
    contract, written = appointment.contract_type, appointment.as_written or ""
    if contract is ContractType.SPECIAL_SHORT_TERM_UNGRADED or (
        contract is None and _UNGRADED.search(written) is not None
    ):
        yield Hit("$.appointment", f"a graded post ({grade}) offering an ungraded contract")


@rule(
    "CAT007",
    "pay-in-a-foreign-currency",
    Severity.WARNING,
    failing={
        "position": {"duty_stations": [{"city": "Nairobi", "country": "KE"}]},
        "salary": {"amount": "35000", "currency": "MDL", "period": "month"},
    },
    passing={
        "position": {"duty_stations": [{"city": "Chisinau", "country": "MD"}]},
        "salary": {"amount": "35000", "currency": "MDL", "period": "month"},
    },
)
def pay_in_a_foreign_currency(context: Context) -> Iterator[Hit]:
    """The pay is in a currency of none of the duty stations' countries, nor in dollars or euros.

    A locally recruited post is paid in its country's currency ("35000 MDL
    per month" in Chisinau, IOM Moldova, 2022), or in US dollars or euros
    where the mission states pay so ("USD 1500" for a post in Kyiv, 2025).
    Moldovan lei on a post in Nairobi are most likely a line left from the
    notice the text was copied from. IOM may have other reasons, so this is
    a warning.
    """
    notice = context.notice
    salary = notice.salary
    if salary is None or salary.currency.code in _WORLD_CURRENCIES:
        return
    countries = [s.country.code for s in notice.position.duty_stations if s.country is not None]
    if not countries or any(salary.currency.code in currencies_of(c) for c in countries):
        return
    named = ", ".join(sorted({country_named(code) for code in countries}))
    message = (
        f"the pay is in {salary.currency.code} ({salary.currency.name()}), a currency of "
        f"none of the duty stations' countries ({named}), nor dollars or euros"
    )
    yield Hit("$.salary.currency", message)


# What IOM may state a local post's pay in anywhere.
_WORLD_CURRENCIES = frozenset({"USD", "EUR"})


@rule(
    "CAT008",
    "national-post-for-other-nationals",
    Severity.ERROR,
    failing={
        "position": {"grade": "NO-B", "duty_stations": [{"city": "Nairobi", "country": "KE"}]},
        "open_to_nationals_of": ["UG"],
    },
    passing={
        "position": {"grade": "NO-B", "duty_stations": [{"city": "Nairobi", "country": "KE"}]},
        "open_to_nationals_of": ["KE"],
    },
)
def national_post_for_other_nationals(context: Context) -> Iterator[Hit]:
    """A National Officer post open to other nationals than its country's, or barring its own.

    National Officers bring the knowledge of their own country to
    professional work, and IOM recruits them among its nationals ("staff
    members recruited for National Officer positions should be national of
    the country", IOM Ethiopia's staffing principles). An NO-B post in
    Nairobi marked "(Ugandan Nationals only)", or one whose notes say the
    duty station's nationals cannot be considered (the clause of
    international posts), contradicts its grade.
    """
    notice = context.notice
    grade = notice.position.grade
    if grade is None or grade.category is not GradeCategory.NATIONAL_OFFICER:
        return
    if notice.duty_station_nationals_eligible is False:
        message = f"{grade} is a National Officer grade, but it bars the duty station's nationals"
        yield Hit("$.duty_station_nationals_eligible", message)
    stations = {s.country.code for s in notice.position.duty_stations if s.country is not None}
    if not stations:
        return
    for index, country in enumerate(notice.open_to_nationals_of):
        if country.code not in stations:
            message = (
                f"{grade} is a National Officer grade, but the post is open to "
                f"{nationals([country])}, and no duty station is in {country_named(country.code)}"
            )
            yield Hit(f"$.open_to_nationals_of[{index}]", message)


@rule(
    "CAT009",
    "duration-unusual-for-contract",
    Severity.WARNING,
    failing={
        "appointment": {
            "contract_type": "special short-term graded",
            "duration": {"amount": 12, "unit": "months"},
        }
    },
    passing={
        "appointment": {
            "contract_type": "special short-term graded",
            "duration": {"amount": 9, "unit": "months", "up_to": True},
        }
    },
)
def duration_unusual_for_contract(context: Context) -> Iterator[Hit]:
    """A contract's length its type does not have: a special one over nine months, any under three.

    IOM offers special short-term contracts for up to nine months
    ("Special Short Term Graded (Up to 9 months)") and fixed-term ones of a
    year at entry, and publishes vacancies for posts of three months or
    longer (iom.int's staffing principles). A special contract of twelve
    months, or a staff post of six weeks, is most likely a typo in the
    length or the wrong contract type; IOM may have its reasons, so this is
    a warning. Consultancies and internships have no such bounds.
    """
    appointment = context.notice.appointment
    if appointment is None or appointment.duration is None:
        return
    contract, duration = appointment.contract_type, appointment.duration
    if contract not in _SPECIAL and contract is not ContractType.FIXED_TERM:
        return
    months = _months(duration)
    length = f"{duration.amount} {duration.unit.value}"
    if contract in _SPECIAL and months > _SPECIAL_MOST_MONTHS * (1 + _SLACK):
        message = f"a {contract.value} contract of {length}; special ones run up to nine months"
        yield Hit("$.appointment.duration", message)
    elif months < _FEWEST_MONTHS * (1 - _SLACK):
        message = f"a {contract.value} contract of {length}; advertised posts run 3 months or more"
        yield Hit("$.appointment.duration", message)


def _months(duration: Duration) -> float:
    """*duration* in months, near enough to compare with a bound."""
    return duration.amount / _PER_MONTH[duration.unit]


# How many of each unit make a month, on average.
_PER_MONTH = {
    DurationUnit.DAYS: 365.25 / 12,
    DurationUnit.WORKING_DAYS: 261 / 12,
    DurationUnit.WEEKS: 365.25 / 12 / 7,
    DurationUnit.MONTHS: 1.0,
    DurationUnit.YEARS: 1 / 12,
}
# The longest special short-term contract, and the shortest post a vacancy is for.
_SPECIAL_MOST_MONTHS = 9
_FEWEST_MONTHS = 3
# Days and weeks come near a bound's months, not onto it: 90 days are three months.
_SLACK = 0.05


@rule(
    "CAT010",
    "grade-in-title-differs",
    Severity.WARNING,
    failing={"position": {"title": "Project Assistant (G5)", "grade": "G6"}},
    passing={"position": {"title": "Project Assistant (G6)", "grade": "G6"}},
)
def grade_in_title_differs(context: Context) -> Iterator[Hit]:
    """The title names another grade than the one the notice states.

    Offices and boards put the grade in the title ("Project Associate
    (G5)", "Programme Officer - NO-B"); a title left from an earlier notice
    may name another grade than the classification below it, and a
    candidate cannot tell which holds. A code in a title may be something
    else's, so this is a warning.
    """
    position = context.notice.position
    if position.grade is None or position.title is None:
        return
    named = {Grade.parse(code) for code in GRADE_CODE.findall(position.title)}
    for grade in sorted(named - {position.grade}, key=str):
        message = f"the title names {grade}, but the notice's grade is {position.grade}"
        yield Hit("$.position.title", message)
