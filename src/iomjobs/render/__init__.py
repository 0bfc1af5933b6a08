"""Notices for other systems and for people: schema.org JSON-LD (and, to come, text)."""

from __future__ import annotations

from iomjobs.render.jsonld import CONTEXT, IOM_VOCABULARY, JsonLdIssue, check_jsonld, to_jsonld

__all__ = ["CONTEXT", "IOM_VOCABULARY", "JsonLdIssue", "check_jsonld", "to_jsonld"]


def __dir__() -> list[str]:
    return __all__
