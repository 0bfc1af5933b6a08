"""Notices for other systems and for people: schema.org JSON-LD, Markdown and text."""

from __future__ import annotations

from iomjobs.rendering.jsonld import (
    CONTEXT,
    IOM_VOCABULARY,
    JsonLdIssue,
    check_jsonld,
    from_jsonld,
    to_jsonld,
)
from iomjobs.rendering.text import FORMATS, LANGUAGES, render

__all__ = [
    "CONTEXT",
    "FORMATS",
    "IOM_VOCABULARY",
    "LANGUAGES",
    "JsonLdIssue",
    "check_jsonld",
    "from_jsonld",
    "render",
    "to_jsonld",
]


def __dir__() -> list[str]:
    return __all__
