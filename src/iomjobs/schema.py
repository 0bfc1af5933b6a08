"""The JSON Schema (draft 2020-12) of the JSON form, generated from the models.

The schema is written from the attrs classes themselves: their fields and
types, the constraints their validators enforce, and their docstrings (the
class docstring, and the string that follows each field). Nothing is written
by hand beside the models, so the two cannot drift apart.

>>> import iomjobs
>>> schema = iomjobs.json_schema()
>>> schema["$schema"], schema["properties"]["format_version"]
('https://json-schema.org/draft/2020-12/schema', {'const': 1})
>>> schema["$defs"]["Grade"]["pattern"]
'^(?:G[1-7]|NO-[A-D]|P-[1-5]|D-[12]|UG|OTHER)$'

Some constraints are beyond JSON Schema and are checked by
:func:`iomjobs.loads` only: a language code is checked for its shape here and
against ISO 639 there; a string may not hold a lone surrogate.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import functools
import inspect
import itertools
import textwrap
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from iomjobs.model import _checks
from iomjobs.model._checks import MONEY
from iomjobs.model.grade import Grade
from iomjobs.model.language import Language
from iomjobs.model.notice import StartDate, VacancyNotice
from iomjobs.model.pay import Currency
from iomjobs.model.place import Country
from iomjobs.serialize import FORMAT_VERSION, MAX_STRING_LENGTH

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = f"https://iomjobs.invalid/schema/notice-{FORMAT_VERSION}.json"
"""The ``$id`` of the schema: one per format version."""

_VALIDATOR_CONSTRAINTS: dict[object, dict[str, Any]] = {
    _checks.non_negative: {"minimum": 0},
    _checks.positive: {"minimum": 1},
    _checks.competency_level: {"minimum": 1, "maximum": 3},
    _checks.time_zone: {"pattern": _checks.TIME_ZONE.pattern},
}
_VALUES = {Grade, Country, Language, Currency}


def __dir__() -> list[str]:
    return __all__


@functools.cache
def _schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    root = _object(VacancyNotice, definitions)
    root["properties"] = {"format_version": {"const": FORMAT_VERSION}, **root["properties"]}
    root["required"] = ["format_version", *root.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "IOM vacancy notice (iomjobs JSON form)",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`iomjobs.dumps` output, as a fresh dict."""
    import copy  # noqa: PLC0415

    return copy.deepcopy(_schema())


def _object(cl: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cl)
    notes = _field_docs(cl)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cl):
        prop = _with(_type(hints[field.name], definitions), _constraints(field))
        if field.name in notes:
            prop = {"description": notes[field.name], **prop}
        properties[field.name] = prop
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "description": _summary(cl),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    schema.update(_cross_field(cl))
    return schema


def _type(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 -- a type form
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        inner = _type(options[0], definitions) if len(options) == 1 else {}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type(typing.get_args(hint)[0], definitions)}
    simple = _simple(hint)
    if simple is not None:
        return simple
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [member.value for member in hint]}
    if hint in _VALUES or (isinstance(hint, type) and attrs.has(hint)):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}  # a placeholder: a class may refer to itself
            definitions[name] = _value(hint) if hint in _VALUES else _object(hint, definitions)
        return {"$ref": f"#/$defs/{name}"}
    msg = f"no JSON Schema for {hint!r}"
    raise TypeError(msg)


def _simple(hint: object) -> dict[str, Any] | None:
    simple = _SIMPLE.get(hint)
    return dict(simple) if simple is not None else None


# The schema of each type that is one JSON value, not an object.
_SIMPLE: dict[object, dict[str, Any]] = {
    str: {"type": "string", "maxLength": MAX_STRING_LENGTH},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    dt.date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    dt.time: {"type": "string", "pattern": r"^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$"},
    Decimal: {"type": "string", "pattern": MONEY.pattern},
}


def _value(cl: type) -> dict[str, Any]:
    """The one-string models: a grade, a country, a language, a currency."""
    if cl is Grade:
        pattern = r"^(?:G[1-7]|NO-[A-D]|P-[1-5]|D-[12]|UG|OTHER)$"
        return {"type": "string", "description": _summary(cl), "pattern": pattern}
    if cl is Country:
        from iomjobs.reference.countries import _codes  # noqa: PLC0415

        return {"type": "string", "description": _summary(cl), "enum": sorted(_codes())}
    if cl is Currency:
        from iomjobs.reference.currencies import _codes as currency_codes  # noqa: PLC0415

        return {"type": "string", "description": _summary(cl), "enum": sorted(currency_codes())}
    return {"type": "string", "description": _summary(cl), "pattern": r"^[a-z]{2,3}$"}


def _constraints(field: attrs.Attribute[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    validators = getattr(field.validator, "_validators", (field.validator,))
    for validator in validators:
        found.update(_VALIDATOR_CONSTRAINTS.get(validator, {}))
    return found


def _with(prop: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """*prop* with *constraints* on its value (on the non-null branch of an optional)."""
    if not constraints:
        return prop
    if "anyOf" in prop:
        value, null = prop["anyOf"]
        return {**prop, "anyOf": [_with(value, constraints), null]}
    return {**prop, **constraints}


def _cross_field(cl: type) -> dict[str, Any]:
    """Constraints between fields that JSON Schema can still say."""
    if cl is StartDate:
        return {
            "anyOf": [
                {"required": ["date"], "properties": {"date": {"type": "string"}}},
                {
                    "required": ["as_soon_as_possible"],
                    "properties": {"as_soon_as_possible": {"const": True}},
                },
                {
                    "required": ["to_be_determined"],
                    "properties": {"to_be_determined": {"const": True}},
                },
            ],
            "not": {
                "required": ["as_soon_as_possible", "to_be_determined"],
                "properties": {
                    "as_soon_as_possible": {"const": True},
                    "to_be_determined": {"const": True},
                },
            },
            # A month alone is held as its first day.
            "if": {"required": ["month_only"], "properties": {"month_only": {"const": True}}},
            "then": {
                "required": ["date"],
                "properties": {"date": {"type": "string", "pattern": "-01$"}},
            },
        }
    return {}


def _summary(cl: type) -> str:
    doc = inspect.getdoc(cl) or ""
    return " ".join(doc.split("\n\n")[0].split())


@functools.cache
def _field_docs(cl: type) -> dict[str, str]:
    """The string that follows each field in the class body: its docstring."""
    try:
        source = textwrap.dedent(inspect.getsource(cl))
    except (OSError, TypeError):
        return {}
    body = ast.parse(source).body[0]
    assert isinstance(body, ast.ClassDef)  # noqa: S101 -- getsource gave a class
    docs: dict[str, str] = {}
    statements = body.body
    for current, following in itertools.pairwise(statements):
        if (
            isinstance(current, ast.AnnAssign)
            and isinstance(current.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[current.target.id] = " ".join(following.value.value.split())
    return docs
