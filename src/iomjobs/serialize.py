"""JSON and dict forms of a notice, through one configured cattrs converter.

The JSON form is canonical and strict:

- the document is an object whose first key is ``format_version``
  (:data:`FORMAT_VERSION`); :func:`dumps` writes the other keys of every
  object in alphabetical order, and readers take them in any order;
- grades are their canonical strings (``"G6"``, ``"P-2"``, ``"NO-A"``),
  countries ISO 3166-1 alpha-2 codes, languages ISO 639 codes, dates ISO
  ``YYYY-MM-DD``, times ``HH:MM:SS`` (``HH:MM`` is read too), currencies
  ISO 4217 codes, amounts of money strings of digits (``"1500.00"``), enumerations
  their string values, and tuples JSON arrays;
- a key whose field has a default may be left out; any other key must be
  there, and unknown keys are errors;
- nothing is coerced: ``123`` is not a string, ``"yes"`` not a boolean,
  ``1.9`` not an integer, ``"P2"`` not a canonical grade.

msgspec reads and writes well-formed documents in C; a document it does not
take is read again, strictly, by cattrs. Every failure raises
:class:`~iomjobs.errors.InvalidDocument`, listing each problem with its JSON
path:

>>> import iomjobs
>>> notice = iomjobs.VacancyNotice(position=iomjobs.Position(grade=iomjobs.Grade.parse("P2")))
>>> data = iomjobs.dumps(notice)
>>> data[:60]
b'{"format_version":1,"appointment":null,"closing_date":null,"'
>>> iomjobs.loads(data) == notice
True
>>> iomjobs.loads(data.replace(b'"P-2"', b'"P-9"'))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
iomjobs.errors.InvalidDocument: Invalid grade: 'P-9' (expected ...) @ $.position.grade
"""

from __future__ import annotations

import codecs
import datetime as dt
import enum
import functools
import json
import re
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from iomjobs._arguments import require_notice
from iomjobs._text import has_surrogate
from iomjobs.errors import ErrorDetail, InvalidDocument, InvalidValue
from iomjobs.model._checks import MONEY
from iomjobs.model._misfits import explain_failure
from iomjobs.model.grade import Grade
from iomjobs.model.language import Language
from iomjobs.model.notice import VacancyNotice
from iomjobs.model.pay import Currency
from iomjobs.model.place import Country

__all__ = [
    "FORMAT_VERSION",
    "MAX_DOCUMENT_BYTES",
    "MAX_STRING_LENGTH",
    "dumps",
    "from_dict",
    "loads",
    "to_dict",
]

FORMAT_VERSION = 1
"""The version of the JSON form :func:`dumps` writes and :func:`loads` reads."""

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""The largest JSON document :func:`loads` reads; a real notice is under 100 KB."""

MAX_STRING_LENGTH = 4_000_000
"""The longest string any one field may hold, in characters.

As long as the longest text the reader reads
(:data:`iomjobs.parse.MAX_INPUT_CHARACTERS`): a paragraph of such a text
is written, and read back.
"""

_T = TypeVar("_T")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(?::\d{2})?$")


def __dir__() -> list[str]:
    return __all__


def dumps(notice: VacancyNotice) -> bytes:
    """The notice as canonical JSON, UTF-8 encoded: ``format_version``, then keys alphabetically.

    Values are written as they are: a notice built by hand with a value of
    the wrong type (a string for a date or a grade) is written so, and
    :func:`loads` reads it back as something else or refuses it.
    :func:`~iomjobs.check_types` finds such values.

    :raises TypeError: when *notice* is no :class:`~iomjobs.VacancyNotice`, or
        holds a value of the wrong type that cannot be written (named by its path).
    :raises InvalidValue: when the document would be one :func:`loads` refuses:
        larger than :data:`MAX_DOCUMENT_BYTES`, or holding a string longer
        than :data:`MAX_STRING_LENGTH` (named by its path), or half a character.
    """
    require_notice("dumps", notice)
    encode, _ = _fast_path()
    try:
        return encode(notice)
    except Exception:
        explain_failure("dumps", notice)
        raise


def loads(data: bytes | bytearray | memoryview | str) -> VacancyNotice:
    """Read a notice from its JSON form (bytes or text).

    :raises InvalidDocument: when *data* is not such a notice; every problem
        is listed with its JSON path.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if not isinstance(data, bytes | bytearray | memoryview):
        _fail("$", f"expected JSON bytes or text, got {_describe(data)}")
    if len(data) > MAX_DOCUMENT_BYTES:
        _fail("$", f"document of {len(data)} bytes is larger than {MAX_DOCUMENT_BYTES}")
    _, decode = _fast_path()
    # A byte order mark before it, as Notepad and PowerShell write UTF-8, is
    # no part of the document (RFC 8259 lets a reader pass over it).
    data = bytes(data).removeprefix(codecs.BOM_UTF8)
    # Nearly every document is right: msgspec reads those. Any other is read
    # the strict way, which names each problem and its path.
    notice = decode(data)
    return notice if notice is not None else from_dict(json_of_bytes(data))


@functools.cache
def _fast_path() -> tuple[
    Callable[[VacancyNotice], bytes], Callable[[bytes], VacancyNotice | None]
]:
    from iomjobs import _fastjson  # noqa: PLC0415 -- msgspec loads on first use

    return _fastjson.encode, _fastjson.decode


def to_dict(notice: VacancyNotice) -> dict[str, Any]:
    """The notice as plain JSON-ready Python data, ``format_version`` first.

    Its strings are not measured: one longer than :data:`MAX_STRING_LENGTH`,
    which :func:`from_dict` refuses, is given as it is (only ligatures spelt
    out over a text of millions of characters make one). :func:`dumps`
    refuses such a notice.

    :raises TypeError: when *notice* is no :class:`~iomjobs.VacancyNotice`, or
        holds a value of the wrong type that cannot be written (named by its path).
    """
    require_notice("to_dict", notice)
    try:
        body: dict[str, Any] = _converter().unstructure(notice, VacancyNotice)
    except Exception:
        explain_failure("to_dict", notice)
        raise
    return {"format_version": FORMAT_VERSION, **body}


def from_dict(data: object) -> VacancyNotice:
    """Read a notice from plain Python data, as :func:`json.loads` gives it.

    :raises InvalidDocument: when *data* is not such a notice.
    """
    if type(data) is not dict:
        _fail("$", f"expected an object, got {_describe(data)}")
    body = dict(data)
    if "format_version" not in body:
        _fail("$.format_version", "required key missing")
    version = body.pop("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        _fail(
            "$.format_version",
            f"unsupported format version {_describe(version)} (expected {FORMAT_VERSION})",
        )
    try:
        return _converter().structure(body, VacancyNotice)
    except Exception as error:  # noqa: BLE001 -- every failure becomes an InvalidDocument
        raise InvalidDocument(list(_details(error, "$"))) from None


def _fail(path: str, message: str) -> typing.NoReturn:
    raise InvalidDocument([ErrorDetail(path, message)])


def json_of_bytes(data: bytes) -> object:
    """*data*, UTF-8, as JSON, refused as :func:`loads` refuses it (also ``from_jsonld``'s)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        _fail("$", f"invalid UTF-8 at byte {error.start}")
    return json_of_text(text)


def json_of_text(text: str) -> object:
    """*text* as JSON, refused as :func:`loads` refuses it (also :func:`~iomjobs.from_jsonld`'s)."""
    try:
        return json.loads(text)
    except RecursionError:
        _fail("$", "document is nested too deeply")
    except ValueError as error:
        _fail("$", f"invalid JSON: {error}")


def _describe(value: object) -> str:
    shown = repr(value)
    if len(shown) > 60:  # noqa: PLR2004 -- enough to recognize a value, short enough for one line
        shown = f"{shown[:40]}...{shown[-10:]} ({len(shown)} characters)"
    return f"{shown} ({type(value).__name__})"


# --- the converter ---------------------------------------------------------


@functools.cache
def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    _register_primitives(converter)
    _register_values(converter)
    converter.register_structure_hook_factory(_is_tuple, functools.partial(_tuple_hook, converter))
    converter.register_structure_hook_factory(_is_model, functools.partial(_model_hook, converter))
    return converter


def _register_primitives(converter: cattrs.Converter) -> None:
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.time, _structure_time)
    converter.register_unstructure_hook(dt.time, _unstructure_time)
    converter.register_structure_hook(Decimal, _structure_amount)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook_factory(
        lambda cl: isinstance(cl, type) and issubclass(cl, enum.Enum), _enum_hook
    )


def _register_values(converter: cattrs.Converter) -> None:
    # Values that are one string in JSON: a grade, a country, a language, a currency.
    converter.register_structure_hook(Grade, _structure_grade)
    converter.register_unstructure_hook(Grade, str)
    converter.register_structure_hook(Country, _value_hook(Country))
    converter.register_unstructure_hook(Country, str)
    converter.register_structure_hook(Language, _value_hook(Language))
    converter.register_unstructure_hook(Language, str)
    converter.register_structure_hook(Currency, _value_hook(Currency))
    converter.register_unstructure_hook(Currency, str)


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise InvalidValue(f"expected a string, got {_describe(value)}", value=value)
    if len(value) > MAX_STRING_LENGTH:
        msg = f"string of {len(value)} characters is longer than {MAX_STRING_LENGTH}"
        raise InvalidValue(msg, value=value[:40])
    # A lone surrogate cannot be written as UTF-8: such a string could not be dumped.
    if not value.isascii() and has_surrogate(value):
        raise InvalidValue(f"string holds a lone surrogate: {_describe(value)}", value=value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise InvalidValue(f"expected an integer, got {_describe(value)}", value=value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise InvalidValue(f"expected true or false, got {_describe(value)}", value=value)
    return value


def _structure_date(value: object, _: type) -> dt.date:
    text = _structure_str(value, str)
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InvalidValue(
        f"Invalid date: {text!r} (expected an existing date as YYYY-MM-DD)", value=text
    )


def _structure_time(value: object, _: type) -> dt.time:
    text = _structure_str(value, str)
    if _TIME.match(text):
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            pass
    raise InvalidValue(f"Invalid time: {text!r} (expected HH:MM)", value=text)


def _structure_amount(value: object, _: type) -> Decimal:
    # A string, as written: a JSON number would pass through a float, and lose digits.
    text = _structure_str(value, str)
    if MONEY.match(text):
        return Decimal(text)
    msg = f"Invalid amount: {text!r} (expected an amount above zero in digits, such as '1500.00')"
    raise InvalidValue(msg, value=text)


def _unstructure_time(value: dt.time) -> str:
    return value.isoformat(timespec="seconds")


def _enum_hook(cl: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    allowed = {member.value: member for member in cl}

    def structure(value: object, _: type) -> enum.Enum:
        if type(value) is str and value in allowed:
            return allowed[value]
        choices = ", ".join(repr(choice) for choice in allowed)
        raise InvalidValue(
            f"Invalid {cl.__name__}: {_describe(value)} (expected one of {choices})", value=value
        )

    return structure


def _structure_grade(value: object, _: type) -> Grade:
    text = _structure_str(value, str)
    grade = Grade.parse(text)
    if str(grade) != text:
        msg = f"Invalid grade: {text!r} (expected its canonical form {str(grade)!r})"
        raise InvalidValue(msg, value=text)
    return grade


def _value_hook(cl: Callable[[str], _T]) -> Callable[[object, type], _T]:
    def structure(value: object, _: type) -> _T:
        code = _structure_str(value, str)
        try:
            return cl(code)
        except InvalidValue as error:
            # The error names the class's own field ("code"), which JSON has not.
            raise type(error)(error.message, value=error.value) from None

    return structure


def _is_tuple(cl: object) -> bool:
    return typing.get_origin(cl) is tuple


def _tuple_hook(
    converter: cattrs.Converter, cl: object
) -> Callable[[object, type], tuple[object, ...]]:
    element = typing.get_args(cl)[0]
    element_hook = converter.get_structure_hook(element)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        # cattrs would take any iterable; a string is not a list of strings.
        if type(value) is not list:
            raise InvalidValue(f"expected an array, got {_describe(value)}", value=value)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(element_hook(item, element))
            except Exception as error:  # noqa: BLE001, PERF203 -- collected, reported by index
                note = IterableValidationNote(f"Structuring {cl} @ index {index}", index, element)
                notes = [*getattr(error, "__notes__", []), note]
                error.__notes__ = notes  # type: ignore[attr-defined]  # add_note() is 3.11+
                errors.append(error)
        if errors:
            raise IterableValidationError(
                f"While structuring {cl!r}", errors, typing.cast("type", cl)
            )
        return tuple(items)

    return structure


def _is_model(cl: object) -> bool:
    return isinstance(cl, type) and attrs.has(cl)


def _model_hook(converter: cattrs.Converter, cl: type[_T]) -> Callable[[object, type], _T]:
    generated = make_dict_structure_fn(cl, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: object, _: type) -> _T:
        if type(value) is not dict:
            raise InvalidValue(f"expected an object, got {_describe(value)}", value=value)
        return generated(value, cl)

    return structure


# --- errors ------------------------------------------------------------------


def _details(error: BaseException, path: str) -> Iterator[ErrorDetail]:
    if isinstance(error, ForbiddenExtraKeysError):
        yield ErrorDetail(
            path, f"unknown key(s): {', '.join(sorted(map(repr, error.extra_fields)))}"
        )
    elif isinstance(error, BaseValidationError):
        for inner in error.exceptions:
            yield from _details(inner, path + _note_path(inner))
    elif isinstance(error, KeyError):
        yield ErrorDetail(path, "required key missing")
    elif isinstance(error, InvalidValue):
        # attrs validators name the field they refused; cattrs has no note for it.
        located = f"{path}.{error.path}" if error.path else path
        yield ErrorDetail(located, error.message)
    else:
        yield ErrorDetail(path, f"invalid value ({type(error).__name__}: {error})")


def _note_path(error: BaseException) -> str:
    parts = []
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            parts.append(f".{note.name}")
        elif isinstance(note, IterableValidationNote):
            parts.append(f"[{note.index!r}]")
    return "".join(parts)
