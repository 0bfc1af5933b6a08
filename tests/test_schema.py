"""The JSON Schema is written from the models, and agrees with loads() wherever it can."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given

import iomjobs
from iomjobs import VacancyNotice
from seed_notices import SEED_NOTICES
from strategies import notices
from test_serialize import MALFORMED, _document_bytes

SCHEMA = iomjobs.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

# What JSON Schema cannot say, so that only loads() refuses it.
BEYOND_THE_SCHEMA = {
    "language-alpha-3",  # "alb" has the shape of a code; only ISO 639 says it is not canonical
    "lone-surrogate",  # JSON Schema sees characters, not their encoding
}
# Bytes that are not a JSON value at all: there is nothing for a schema to check.
NOT_JSON = {"nesting-10000-deep", "invalid-utf8", "not-json", "truncated-json", "empty"}


def test_the_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_seed_documents_are_valid(number: int) -> None:
    VALIDATOR.validate(json.loads(iomjobs.dumps(SEED_NOTICES[number])))


@given(notices)
def test_every_dumps_output_is_valid(notice: VacancyNotice) -> None:
    VALIDATOR.validate(json.loads(iomjobs.dumps(notice)))


@pytest.mark.parametrize(
    "case",
    [c for i, c, _ in MALFORMED if i not in NOT_JSON | BEYOND_THE_SCHEMA],
    ids=[i for i, _, _ in MALFORMED if i not in NOT_JSON | BEYOND_THE_SCHEMA],
)
def test_documents_loads_refuses_the_schema_refuses_too(case: Any) -> None:
    document = json.loads(_document_bytes(case))
    assert not VALIDATOR.is_valid(document)


def test_what_the_schema_cannot_say_is_documented() -> None:
    """The cases beyond JSON Schema still fail in loads()."""
    for identifier, case, _ in MALFORMED:
        if identifier in BEYOND_THE_SCHEMA:
            assert VALIDATOR.is_valid(json.loads(_document_bytes(case)))
            with pytest.raises(iomjobs.InvalidDocument):
                iomjobs.loads(_document_bytes(case))


def test_descriptions_come_from_the_docstrings() -> None:
    defs = SCHEMA["$defs"]
    assert defs["QualificationPath"]["description"].startswith("One alternative of the education")
    years = defs["QualificationPath"]["properties"]["min_years"]
    assert years["description"].startswith("Minimum years of relevant experience")
    assert years["anyOf"][0] == {"type": "integer", "minimum": 0}


def test_every_model_field_is_in_the_schema() -> None:
    import attrs  # noqa: PLC0415

    for name, definition in SCHEMA["$defs"].items():
        model = getattr(iomjobs, name)
        if definition.get("type") == "object":
            assert set(definition["properties"]) == {f.name for f in attrs.fields(model)}


def test_json_schema_returns_a_fresh_copy() -> None:
    first = iomjobs.json_schema()
    first["title"] = "changed"
    assert iomjobs.json_schema()["title"] != "changed"
