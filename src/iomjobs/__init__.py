"""Typed, validated, lossless IOM vacancy notices and post descriptions.

Every public name is importable from here; the modules behind them (the
models, the reader, the serializer, the validators) are imported on first
use, so that ``import iomjobs`` stays cheap.

>>> import iomjobs
>>> str(iomjobs.Grade.parse("General Service Staff, Grade 6"))
'G6'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iomjobs._lazy import lazy_names
from iomjobs._version import __version__
from iomjobs.errors import (
    ErrorDetail,
    InvalidCountry,
    InvalidCurrency,
    InvalidDocument,
    InvalidGrade,
    InvalidLanguage,
    InvalidValue,
    IomJobsError,
)

if TYPE_CHECKING:
    from iomjobs.model import (
        Appointment,
        ClosingTime,
        Competencies,
        CompetencyDefinition,
        CompetencyFramework,
        CompetencyGroup,
        CompetencyItem,
        CompetencyKind,
        ConsultancyCategory,
        ContractType,
        Country,
        Currency,
        DegreeLevel,
        Duration,
        DurationUnit,
        DutyStation,
        FirstTier,
        Grade,
        GradeCategory,
        HowToApply,
        Language,
        LanguageMode,
        LanguageRequirement,
        MemberStateEntry,
        NoticeKind,
        OfficeType,
        PayBasis,
        PayPeriod,
        Position,
        PostingPeriod,
        Proficiency,
        QualificationPath,
        Qualifications,
        RecruitingType,
        Recruitment,
        Responsibility,
        ResponsibilityGroup,
        Salary,
        SourceLine,
        StartDate,
        SupervisionKind,
        Supervisor,
        VacancyNotice,
        check_types,
        notice_key,
    )
    from iomjobs.parse import (
        ParseResult,
        docx_text,
        html_text,
        parse_html,
        parse_html_notices,
        parse_notice,
        parse_notices,
    )
    from iomjobs.reference.bundle import Reference
    from iomjobs.rendering import check_jsonld, from_jsonld, render, to_jsonld
    from iomjobs.rules import Finding, Report, Severity, validate
    from iomjobs.schema import json_schema
    from iomjobs.serialize import FORMAT_VERSION, dumps, from_dict, loads, to_dict

__all__ = [
    "FORMAT_VERSION",
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
    "ErrorDetail",
    "Finding",
    "FirstTier",
    "Grade",
    "GradeCategory",
    "HowToApply",
    "InvalidCountry",
    "InvalidCurrency",
    "InvalidDocument",
    "InvalidGrade",
    "InvalidLanguage",
    "InvalidValue",
    "IomJobsError",
    "Language",
    "LanguageMode",
    "LanguageRequirement",
    "MemberStateEntry",
    "NoticeKind",
    "OfficeType",
    "ParseResult",
    "PayBasis",
    "PayPeriod",
    "Position",
    "PostingPeriod",
    "Proficiency",
    "QualificationPath",
    "Qualifications",
    "RecruitingType",
    "Recruitment",
    "Reference",
    "Report",
    "Responsibility",
    "ResponsibilityGroup",
    "Salary",
    "Severity",
    "SourceLine",
    "StartDate",
    "SupervisionKind",
    "Supervisor",
    "VacancyNotice",
    "__version__",
    "check_jsonld",
    "check_types",
    "docx_text",
    "dumps",
    "from_dict",
    "from_jsonld",
    "html_text",
    "json_schema",
    "loads",
    "notice_key",
    "parse_html",
    "parse_html_notices",
    "parse_notice",
    "parse_notices",
    "render",
    "to_dict",
    "to_jsonld",
    "validate",
]

# Public names whose modules are imported on first use. Even the models wait:
# building two dozen attrs classes is most of what an import would cost, and
# a program that only catches IomJobsError, or asks for __version__, should
# not pay for it.
__getattr__ = lazy_names(
    __name__,
    {
        "iomjobs.model": (
            "Appointment", "ClosingTime", "Competencies", "CompetencyDefinition",
            "CompetencyFramework", "CompetencyGroup", "CompetencyItem", "CompetencyKind",
            "ConsultancyCategory", "ContractType", "Country", "Currency", "DegreeLevel",
            "Duration", "DurationUnit", "DutyStation", "FirstTier", "Grade", "GradeCategory",
            "HowToApply", "Language", "LanguageMode", "LanguageRequirement", "MemberStateEntry",
            "NoticeKind", "OfficeType", "PayBasis", "PayPeriod", "Position", "PostingPeriod",
            "Proficiency", "QualificationPath", "Qualifications", "RecruitingType", "Recruitment",
            "Responsibility", "ResponsibilityGroup", "Salary", "SourceLine",
            "StartDate", "SupervisionKind", "Supervisor", "VacancyNotice", "check_types",
            "notice_key",
        ),
        "iomjobs.serialize": ("FORMAT_VERSION", "dumps", "from_dict", "loads", "to_dict"),
        "iomjobs.rules": ("Finding", "Report", "Severity", "validate"),
        "iomjobs.reference.bundle": ("Reference",),
        "iomjobs.parse": (
            "ParseResult", "docx_text", "html_text", "parse_html", "parse_html_notices",
            "parse_notice", "parse_notices",
        ),
        "iomjobs.schema": ("json_schema",),
        "iomjobs.rendering": ("check_jsonld", "from_jsonld", "render", "to_jsonld"),
    },
)  # fmt: skip


def __dir__() -> list[str]:
    return __all__
