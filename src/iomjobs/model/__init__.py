"""The domain model: immutable attrs classes for everything a notice says.

The model knows nothing of parsing, validation or serialization. Its
constructors refuse only values that cannot mean anything (an unknown grade,
a country that is not ISO 3166-1, a negative number of years); everything a
real notice can say, however inconsistent, is representable.
"""

from __future__ import annotations

from iomjobs.model._misfits import check_types
from iomjobs.model.competency import (
    Competencies,
    CompetencyDefinition,
    CompetencyFramework,
    CompetencyGroup,
    CompetencyItem,
    CompetencyKind,
)
from iomjobs.model.grade import Grade, GradeCategory
from iomjobs.model.key import notice_key
from iomjobs.model.language import Language, LanguageMode, LanguageRequirement, Proficiency
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ConsultancyCategory,
    ContractType,
    Duration,
    DurationUnit,
    FirstTier,
    HowToApply,
    MemberStateEntry,
    NoticeKind,
    PostingPeriod,
    SourceLine,
    StartDate,
    VacancyNotice,
)
from iomjobs.model.pay import Currency, PayBasis, PayPeriod, Salary
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import (
    OfficeType,
    Position,
    RecruitingType,
    Recruitment,
    Responsibility,
    ResponsibilityGroup,
    SupervisionKind,
    Supervisor,
)
from iomjobs.model.qualification import DegreeLevel, QualificationPath, Qualifications

__all__ = [
    "Appointment",
    "ClosingTime",
    "Competencies",
    "CompetencyDefinition",
    "CompetencyFramework",
    "CompetencyGroup",
    "CompetencyItem",
    "CompetencyKind",
    "ConsultancyCategory",
    "ContractType",
    "Country",
    "Currency",
    "DegreeLevel",
    "Duration",
    "DurationUnit",
    "DutyStation",
    "FirstTier",
    "Grade",
    "GradeCategory",
    "HowToApply",
    "Language",
    "LanguageMode",
    "LanguageRequirement",
    "MemberStateEntry",
    "NoticeKind",
    "OfficeType",
    "PayBasis",
    "PayPeriod",
    "Position",
    "PostingPeriod",
    "Proficiency",
    "QualificationPath",
    "Qualifications",
    "RecruitingType",
    "Recruitment",
    "Responsibility",
    "ResponsibilityGroup",
    "Salary",
    "SourceLine",
    "StartDate",
    "SupervisionKind",
    "Supervisor",
    "VacancyNotice",
    "check_types",
    "notice_key",
]


def __dir__() -> list[str]:
    return __all__
