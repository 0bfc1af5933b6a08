"""The fast JSON path: msgspec reads and writes the models in C (internal).

:mod:`iomjobs.serialize` defines the JSON form with cattrs and reports
every problem with its JSON path. That is thorough and slow: Python code
runs for every value. This module is the shortcut for documents that are
right, which is nearly all of them:

- writing, msgspec encodes the attrs models directly. Their slotted fields
  come out in alphabetical order (CPython keeps ``__slots__`` sorted), so
  the output is canonical; grades, countries, languages and currencies go
  through :func:`_to_string`, and amounts of money are written as msgspec
  writes a ``Decimal``, its ``str``.
- reading, msgspec decodes into Struct mirrors of the models, generated from
  them on first use. A mirror is strict where the models are: no unknown
  keys, no coercion. ``msgspec.convert`` then builds the models from the
  mirrors in C, running their attrs validators.

:func:`decode` returns ``None`` whenever msgspec refuses a document or the
result might differ from what cattrs would build, and the caller then reads
the document the strict way. So a document the fast path reads is one the
strict path reads the same, and every error comes from the strict path,
with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import types
import typing
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Annotated, Any

import attrs
import msgspec

from iomjobs._text import has_surrogate
from iomjobs.errors import InvalidValue
from iomjobs.model._checks import MONEY
from iomjobs.model.grade import Grade
from iomjobs.model.language import Language, LanguageMode
from iomjobs.model.notice import VacancyNotice
from iomjobs.model.pay import Currency
from iomjobs.model.place import Country
from iomjobs.serialize import (
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    MAX_STRING_LENGTH,
    _structure_grade,
    _value_hook,
    to_dict,
)

# ``HH:MM:SS`` only: msgspec would also take offsets, fractions and a leap
# second, which the strict path refuses.
_CLOCK = "^[0-9]{2}:[0-9]{2}:[0-5][0-9]$"
# The strict path's amounts only: msgspec would also take "1e3", "NaN" and numbers.
_PATTERNS: dict[object, str] = {dt.time: _CLOCK, Decimal: MONEY.pattern}
_BOTH_MODES = (LanguageMode.ORAL, LanguageMode.WRITTEN)
_PREFIX = b'{"format_version":%d,' % FORMAT_VERSION
_COMMA = ord(",")


def encode(notice: VacancyNotice) -> bytes:
    """The notice as canonical JSON: ``format_version`` first, then keys alphabetically."""
    # The notice's own "{" lands on the prefix's last byte, which becomes ","
    # again: one buffer, one copy.
    buffer = bytearray(_PREFIX)
    try:
        _encoder().encode_into(notice, buffer, len(_PREFIX) - 1)
    except (AttributeError, TypeError) as error:
        # A field holds what no model field may: a notice built by hand, unchecked.
        msg = f"dumps() cannot write this notice: a field holds a value with no JSON form ({error})"
        raise TypeError(msg) from None
    except UnicodeEncodeError:
        # A str holds half a character (read with errors="surrogateescape"):
        # UTF-8 cannot write it. Said with the place; the reader never gives one.
        path, value = _text_where(to_dict(notice), "$", has_surrogate) or ("$", "")
        msg = f"Invalid text: {value!r} holds a lone surrogate, which UTF-8 cannot write"
        raise InvalidValue(msg, value=value, path=path) from None
    buffer[len(_PREFIX) - 1] = _COMMA
    if len(buffer) > MAX_STRING_LENGTH:
        _refuse_unreadable(buffer)  # only so long a document may hold so long a string
    return bytes(buffer)


def _refuse_unreadable(data: bytearray) -> None:
    """Refuse to write *data* where :func:`~iomjobs.loads` would refuse to read it.

    Larger than :data:`~iomjobs.serialize.MAX_DOCUMENT_BYTES`, or holding a
    string longer than :data:`~iomjobs.serialize.MAX_STRING_LENGTH`: a
    notice read from a text of millions of characters (a long list's items,
    each a model of its own, or ligatures spelt out, three letters for one).
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        msg = (
            f"the notice's JSON form, {len(data)} bytes, is larger than "
            f"{MAX_DOCUMENT_BYTES}, which loads() refuses"
        )
        raise InvalidValue(msg, path="$")
    found = _text_where(msgspec.json.decode(data), "$", _too_long)
    if found is not None:
        path, value = found
        msg = (
            f"string of {len(value)} characters is longer than {MAX_STRING_LENGTH}, "
            "which loads() refuses"
        )
        raise InvalidValue(msg, value=value[:40], path=path)


def _too_long(text: str) -> bool:
    return len(text) > MAX_STRING_LENGTH


def _text_where(data: object, path: str, wrong: Callable[[str], bool]) -> tuple[str, str] | None:
    """The path and text of the first string in *data* (at *path*) that is *wrong*, if any."""
    if isinstance(data, str):
        return (path, data) if wrong(data) else None
    if isinstance(data, dict):
        pieces: Iterable[tuple[str, object]] = ((f"{path}.{k}", v) for k, v in data.items())
    elif isinstance(data, list):
        pieces = ((f"{path}[{i}]", v) for i, v in enumerate(data))
    else:
        return None
    return next(filter(None, (_text_where(value, at, wrong) for at, value in pieces)), None)


def decode(data: bytes) -> VacancyNotice | None:
    """The notice *data* holds, or ``None`` when only the strict path may say."""
    if len(data) > MAX_STRING_LENGTH:
        return None  # might hold a string longer than the strict path allows
    try:
        mirror = _decoder().decode(data)
        if mirror.format_version != FORMAT_VERSION:
            return None
        notice: VacancyNotice = msgspec.convert(
            mirror, VacancyNotice, from_attributes=True, dec_hook=_from_string
        )
    except Exception:  # noqa: BLE001 -- the strict path will say what is wrong, and where
        return None
    return notice if _converted_alike(notice) else None


def _converted_alike(notice: VacancyNotice) -> bool:
    # msgspec skips attrs converters. The only one (LanguageRequirement.modes)
    # puts modes in one order, once each; a new converter needs its check here.
    return all(
        len(requirement.modes) < 2 or requirement.modes == _BOTH_MODES  # noqa: PLR2004
        for requirement in notice.position.languages or ()
    )


# Grades, countries, languages and currencies all keep their JSON string in ``code``:
# reading it in C spares a Python call for each one written.
_to_string = operator.attrgetter("code")

# The values written as one string, each with the strict path's own hook:
# the same strings refused, the same way.
_STRICT_HOOKS: dict[type, Callable[[object, type], object]] = {
    Grade: _structure_grade,
    Country: _value_hook(Country),
    Language: _value_hook(Language),
    Currency: _value_hook(Currency),
}


def _string_value(cl: type, value: object) -> object:
    hook = _STRICT_HOOKS.get(cl)
    if hook is None or type(value) is not str:
        raise NotImplementedError
    return hook(value, cl)


# Notices name few distinct grades, countries and languages: each is built
# once, and the cache answers in C for every later one.
_from_string: Callable[[type, object], object] = functools.lru_cache(maxsize=4096)(_string_value)


@functools.cache
def _encoder() -> msgspec.json.Encoder:
    return msgspec.json.Encoder(enc_hook=_to_string)


@functools.cache
def _decoder() -> msgspec.json.Decoder[Any]:
    structs: dict[type, type] = {}
    mirror = _struct(VacancyNotice, structs, extra=[("format_version", int)])
    return msgspec.json.Decoder(mirror)


def _struct(cl: type, structs: dict[type, type], extra: list[Any] | None = None) -> type:
    """The Struct mirror of attrs class *cl*: its fields, types and defaults."""
    if cl in structs:
        return structs[cl]
    hints = typing.get_type_hints(cl)
    fields: list[Any] = list(extra or ())
    for field in attrs.fields(cl):
        kind = _mirror(hints[field.name], structs)
        if field.default is attrs.NOTHING:
            fields.append((field.name, kind))
        else:
            fields.append((field.name, kind, _default(field.default, structs)))
    struct = msgspec.defstruct(
        f"{cl.__name__}Mirror", fields, kw_only=True, forbid_unknown_fields=True, gc=False
    )
    structs[cl] = struct
    return struct


def _mirror(hint: Any, structs: dict[type, type]) -> Any:  # noqa: ANN401 -- a type form
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, (_mirror(a, structs) for a in typing.get_args(hint)))
    if origin is tuple:
        return tuple.__class_getitem__((_mirror(typing.get_args(hint)[0], structs), ...))
    if hint in _STRICT_HOOKS:
        return str
    if hint in _PATTERNS:
        return Annotated[str, msgspec.Meta(pattern=_PATTERNS[hint])]
    if isinstance(hint, type) and attrs.has(hint):
        return _struct(hint, structs)
    return hint


def _default(value: object, structs: dict[type, type]) -> object:
    if attrs.has(type(value)):
        # A model instance as default must be the model's own all-defaults
        # instance: its mirror's defaults then build an equal one.
        if value != type(value)():
            msg = f"no mirror for the default {value!r}"
            raise TypeError(msg)
        return msgspec.field(default_factory=_struct(type(value), structs))
    return value
