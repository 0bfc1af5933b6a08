"""Typed, validated, lossless IOM vacancy notices and post descriptions.

Every public name is importable from here; the modules behind them (the
models, the reader, the serializer, the validators) are imported on first
use, so that ``import iomjobs`` stays cheap.

>>> import iomjobs
>>> str(iomjobs.Grade.parse("General Service Staff, Grade 6"))
'G6'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from iomjobs._version import __version__
from iomjobs.errors import (
    ErrorDetail,
    InvalidCountry,
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
        ContractType,
        Country,
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
        Position,
        PostingPeriod,
        Proficiency,
        QualificationPath,
        Qualifications,
        Recruitment,
        Responsibility,
        ResponsibilityGroup,
        SourceLine,
        StartDate,
        SupervisionKind,
        Supervisor,
        VacancyNotice,
    )
    from iomjobs.parse import ParseResult, parse_notice
    from iomjobs.reference.bundle import Reference
    from iomjobs.rendering import check_jsonld, render, to_jsonld
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
    "ContractType",
    "Country",
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
    "Position",
    "PostingPeriod",
    "Proficiency",
    "QualificationPath",
    "Qualifications",
    "Recruitment",
    "Reference",
    "Report",
    "Responsibility",
    "ResponsibilityGroup",
    "Severity",
    "SourceLine",
    "StartDate",
    "SupervisionKind",
    "Supervisor",
    "VacancyNotice",
    "__version__",
    "check_jsonld",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "parse_notice",
    "render",
    "to_dict",
    "to_jsonld",
    "validate",
]

# Public names whose modules are imported on first use: name -> module.
# Even the models wait: building two dozen attrs classes is most of what an
# import would cost, and a program that only catches IomJobsError, or asks
# for __version__, should not pay for it.
_LAZY = {
    "Appointment": "iomjobs.model",
    "ClosingTime": "iomjobs.model",
    "Competencies": "iomjobs.model",
    "CompetencyDefinition": "iomjobs.model",
    "CompetencyFramework": "iomjobs.model",
    "CompetencyGroup": "iomjobs.model",
    "CompetencyItem": "iomjobs.model",
    "CompetencyKind": "iomjobs.model",
    "ContractType": "iomjobs.model",
    "Country": "iomjobs.model",
    "DegreeLevel": "iomjobs.model",
    "Duration": "iomjobs.model",
    "DurationUnit": "iomjobs.model",
    "DutyStation": "iomjobs.model",
    "FirstTier": "iomjobs.model",
    "Grade": "iomjobs.model",
    "GradeCategory": "iomjobs.model",
    "HowToApply": "iomjobs.model",
    "Language": "iomjobs.model",
    "LanguageMode": "iomjobs.model",
    "LanguageRequirement": "iomjobs.model",
    "MemberStateEntry": "iomjobs.model",
    "NoticeKind": "iomjobs.model",
    "OfficeType": "iomjobs.model",
    "Position": "iomjobs.model",
    "PostingPeriod": "iomjobs.model",
    "Proficiency": "iomjobs.model",
    "QualificationPath": "iomjobs.model",
    "Qualifications": "iomjobs.model",
    "Recruitment": "iomjobs.model",
    "Responsibility": "iomjobs.model",
    "ResponsibilityGroup": "iomjobs.model",
    "SourceLine": "iomjobs.model",
    "StartDate": "iomjobs.model",
    "SupervisionKind": "iomjobs.model",
    "Supervisor": "iomjobs.model",
    "VacancyNotice": "iomjobs.model",
    "FORMAT_VERSION": "iomjobs.serialize",
    "dumps": "iomjobs.serialize",
    "from_dict": "iomjobs.serialize",
    "loads": "iomjobs.serialize",
    "to_dict": "iomjobs.serialize",
    "Finding": "iomjobs.rules",
    "Report": "iomjobs.rules",
    "Severity": "iomjobs.rules",
    "validate": "iomjobs.rules",
    "Reference": "iomjobs.reference.bundle",
    "ParseResult": "iomjobs.parse",
    "parse_notice": "iomjobs.parse",
    "json_schema": "iomjobs.schema",
    "to_jsonld": "iomjobs.rendering",
    "check_jsonld": "iomjobs.rendering",
    "render": "iomjobs.rendering",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 -- each lazy name has its own type
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'iomjobs' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
