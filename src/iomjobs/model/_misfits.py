"""The values of a notice whose types are not the ones their fields declare.

The models do not check types when they are made, as attrs classes and
msgspec Structs do not: a type checker (mypy, pyright) catches
``VacancyNotice(closing_date="2026-03-01")`` where it is written, and
checking some two hundred values a notice at run time would cost
:func:`iomjobs.loads`, whose documents msgspec has already checked, more than
it takes to read them. What is checked instead: :func:`check_types`, on
request, and the functions that turn a notice into something else
(``to_dict``, ``dumps``, ``render``, ``to_jsonld``, ``validate``) when they fail on one,
so that a value of the wrong type is named by its path rather than by the
``AttributeError`` it caused somewhere inside.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import types
import typing
from typing import TYPE_CHECKING, Any, Final

import attrs

from iomjobs.errors import IomJobsError
from iomjobs.model._value import Frozen

if TYPE_CHECKING:
    from iomjobs.model.notice import VacancyNotice

__all__ = ["Misfit", "check_types", "misfits"]


@attrs.frozen
class Misfit:
    """A value whose type is not its field's: where, what, and what belongs there."""

    path: str
    """Where: a JSON path into the notice (``$.position.grade``), or a model's field
    (``Position.number_of_posts``)."""
    value: object
    declared: Any
    """The type that belongs there, as the field declares it: ``Grade | None``."""

    @property
    def expected(self) -> str:
        """What belongs there, in words: ``"a Grade or None"``, ``"a tuple of DutyStation"``."""
        return _name(self.declared)

    @property
    def message(self) -> str:
        """What is there and what belongs there, in one line, with a remedy where one is plain."""
        shown = repr(self.value)
        if len(shown) > _SHOWN_LENGTH:
            shown = f"{shown[: _SHOWN_LENGTH - 3]}..."
        if self.value is not None:
            shown = f"{_a(type(self.value))}, {shown},"
        text = f"{shown} where {self.expected} belongs"
        remedy = _remedy(self.value, self.declared)
        return f"{text} ({remedy})" if remedy else text

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# The longest value a message shows, repr and all.
_SHOWN_LENGTH: Final = 40
# More misfits than this are counted in a message, not listed.
_LISTED: Final = 5


def check_types(notice: VacancyNotice) -> None:
    """Refuse *notice* if any of its values has not the type its field declares.

    The models take what they are given, as attrs classes do; a notice built
    by hand with a string for a date, a grade or a country is written by
    :func:`~iomjobs.dumps` as it is, and read back by
    :func:`~iomjobs.loads` as something else or not at all. Call this where
    notices are built from other data, or run a type checker.

    >>> import datetime as dt
    >>> from iomjobs import VacancyNotice, check_types
    >>> check_types(VacancyNotice(closing_date=dt.date(2026, 3, 1)))
    >>> check_types(VacancyNotice(closing_date="2026-03-01"))
    Traceback (most recent call last):
    ...
    TypeError: check_types() found a value of the wrong type: $.closing_date: a str,
    '2026-03-01', where a date or None belongs (datetime.date.fromisoformat('2026-03-01')
    makes one)

    :raises TypeError: naming each such value by its JSON path, and what
        belongs there.
    """
    from iomjobs._arguments import require_notice  # noqa: PLC0415 -- _arguments imports the models

    require_notice("check_types", notice)
    found = misfits(notice)
    if found:
        raise wrong_types("check_types", found)


def explain_failure(function: str, notice: object) -> None:
    """Raise the error naming *notice*'s values of the wrong type, if it holds any.

    For *function* to call where it failed on *notice*: what failed is then
    the caller's value, not the library. Where every value fits, or the
    notice cannot be walked either, it returns, and the failure stands.
    """
    try:
        found = misfits(notice)
    except Exception:  # noqa: BLE001 -- the first failure is the one to report
        return
    if found:
        raise wrong_types(function, found)


def wrong_field_type(instance: object, attribute: attrs.Attribute[Any], value: object) -> TypeError:
    """The error for a validator or converter of *instance*'s *attribute* given *value*.

    Validators that compare or look inside their value call for it where
    that failed: ``Position(number_of_posts="3")`` is then named as such,
    not by the ``<`` that a string does not support.
    """
    cls: Any = type(instance)  # an attrs class: its validators are what call this
    attrs.resolve_types(cls)
    declared = attrs.fields_dict(cls)[attribute.name].type
    return TypeError(str(Misfit(f"{cls.__name__}.{attribute.name}", value, declared)))


def wrong_types(function: str, found: list[Misfit]) -> TypeError:
    """The error *function* raises for a notice holding the values *found*."""
    listed = "; ".join(map(str, found[:_LISTED]))
    more = f"; and {len(found) - _LISTED} more" if len(found) > _LISTED else ""
    kind = "a value" if len(found) == 1 else f"{len(found)} values"
    return TypeError(f"{function}() found {kind} of the wrong type: {listed}{more}")


def misfits(instance: object, root: str = "$") -> list[Misfit]:
    """Every value in *instance* whose type is not its field's, in the order of the fields.

    *instance* is a notice, or any attrs object; the paths start with *root*.
    """
    return [
        Misfit(root + path, value, declared)
        for path, value, declared in _checker(_type_of(instance))(instance)
    ]


# A checker takes a value and returns what in it does not fit, each as (path
# from the value, the value there, the type declared there): an empty tuple
# where all fits, so that a notice that fits makes no path and no list.
_Found = tuple[tuple[str, object, Any], ...]
_Checker = typing.Callable[[object], _Found]


@functools.cache
def _checker(declared: Any) -> _Checker:  # noqa: ANN401 -- a type annotation
    """The checker of a value declared *declared*: a model, a union, a tuple or a plain type."""
    origin = typing.get_origin(declared)
    if origin is types.UnionType or origin is typing.Union:
        return _union_checker(declared)
    if origin is tuple:
        items = typing.get_args(declared)
        if _homogeneous(items):
            return _tuple_checker(_checker(items[0]), declared)
        return _pair_checker(tuple(map(_checker, items)), declared)
    fits = _fitter(declared)
    if attrs.has(declared):

        def check_model(value: object) -> _Found:
            return _fields_of(value) if fits(value) else (("", value, declared),)

        return check_model

    def check_plain(value: object) -> _Found:
        return () if fits(value) else (("", value, declared),)

    return check_plain


def _union_checker(declared: Any) -> _Checker:  # noqa: ANN401 -- a type annotation
    options = [(_fitter(kind), _checker(kind)) for kind in typing.get_args(declared)]

    def check_union(value: object) -> _Found:
        for fits, check in options:
            if fits(value):
                return check(value)
        return (("", value, declared),)

    return check_union


def _tuple_checker(check_item: _Checker, declared: Any) -> _Checker:  # noqa: ANN401
    def check_tuple(value: object) -> _Found:
        if not isinstance(value, tuple):
            return (("", value, declared),)
        found: _Found = ()
        for index, each in enumerate(value):
            inside = check_item(each)
            if inside:
                found += _under(f"[{index}]", inside)
        return found

    return check_tuple


def _pair_checker(check_items: tuple[_Checker, ...], declared: Any) -> _Checker:  # noqa: ANN401
    # A tuple of so many items, each of its own type: tuple[Grade, int], a table's row.
    def check_pair(value: object) -> _Found:
        if not isinstance(value, tuple) or len(value) != len(check_items):
            return (("", value, declared),)
        found: _Found = ()
        for index, (each, check) in enumerate(zip(value, check_items, strict=True)):
            inside = check(each)
            if inside:
                found += _under(f"[{index}]", inside)
        return found

    return check_pair


def _fields_of(instance: object) -> _Found:
    # What does not fit in a model's fields: its own class's, a subclass's included.
    found: _Found = ()
    for name, check in _field_checkers(_type_of(instance)):
        inside = check(getattr(instance, name))
        if inside:
            found += _under(f".{name}", inside)
    return found


def _under(step: str, found: _Found) -> _Found:
    # What was found inside a value, its paths from the value's container.
    return tuple((step + path, held, wanted) for path, held, wanted in found)


@functools.cache
def _field_checkers(cls: type) -> tuple[tuple[str, _Checker], ...]:
    attrs.resolve_types(cls)  # the annotations are strings until resolved
    return tuple((field.name, _checker(field.type)) for field in attrs.fields(cls))


def _fitter(declared: Any) -> typing.Callable[[object], bool]:  # noqa: ANN401 -- a type annotation
    """Whether a value has the type *declared*, its items and fields unchecked."""
    if declared is type(None):
        return _is_none
    kind = typing.get_origin(declared) or declared
    if kind is types.UnionType or kind is typing.Union:
        fitters = [_fitter(each) for each in typing.get_args(declared)]
        return lambda value: any(fits(value) for fits in fitters)
    # A bool is no number of years, and a datetime no date: the JSON form
    # would write either as something its reader refuses.
    if kind is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if kind is dt.date:
        return lambda value: isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if getattr(kind, "_is_protocol", False) and not getattr(kind, "_is_runtime_protocol", False):
        return lambda _value: True  # a protocol isinstance cannot ask: anything may do
    return lambda value: isinstance(value, kind)


def _type_of(value: object) -> Any:  # noqa: ANN401 -- a class, to look its fields up by
    return type(value)


def _is_none(value: object) -> bool:
    return value is None


def _name(declared: Any) -> str:  # noqa: ANN401 -- a type annotation
    if declared is type(None):
        return "None"
    if typing.get_origin(declared) is tuple:
        items = typing.get_args(declared)
        if _homogeneous(items):
            return f"a tuple of {_bare(items[0])}"
        return f"a tuple {_bare(declared)}"
    if typing.get_origin(declared) in (types.UnionType, typing.Union):
        return " or ".join(map(_name, typing.get_args(declared)))
    return _a(declared)


def _bare(declared: Any) -> str:  # noqa: ANN401 -- a type annotation
    items = typing.get_args(declared) if typing.get_origin(declared) is tuple else ()
    if items and not _homogeneous(items):
        return f"({', '.join(map(_bare, items))})"  # a row of a table: (Grade, int)
    return _name(declared).removeprefix("a ").removeprefix("an ")


def _homogeneous(items: tuple[Any, ...]) -> bool:
    # tuple[X, ...]'s arguments, not a row's tuple[X, Y].
    return items[1:] == (Ellipsis,)


def _a(kind: type) -> str:
    name = kind.__name__
    return f"an {name}" if name[0] in "AEIOUaeiou" else f"a {name}"


def _remedy(value: object, declared: Any) -> str | None:  # noqa: ANN401 -- a type annotation
    """How to make what belongs there from *value*, where a common slip is plain."""
    wanted = _first_of(declared)
    if typing.get_origin(wanted) is tuple:
        if isinstance(value, list):
            return "a tuple of the same items is one"
        if isinstance(value, str) and typing.get_args(wanted)[0] is str:
            return "a tuple holding it is one"
        return None
    if wanted is dt.date and isinstance(value, dt.datetime):
        return "its .date() is one"
    return _from_text(value, wanted) if isinstance(value, str) else None


def _first_of(declared: Any) -> Any:  # noqa: ANN401 -- a type annotation
    # What a union's first alternative other than None is; a type that is no union itself.
    if typing.get_origin(declared) in (types.UnionType, typing.Union):
        return next(kind for kind in typing.get_args(declared) if kind is not type(None))
    return declared


def _from_text(text: str, wanted: Any) -> str | None:  # noqa: ANN401 -- a type annotation
    # A string where a date, an amount, a grade, a country, a language or an enum's member belongs.
    name = getattr(wanted, "__name__", "")
    if wanted in (dt.date, dt.time, decimal.Decimal):
        return _from_digits(text, wanted)
    parse = getattr(wanted, "parse", None)  # Grade, Country and Language read their names
    if isinstance(wanted, type) and issubclass(wanted, Frozen) and parse is not None:
        try:
            parse(text)
        except IomJobsError:
            return None
        return f"{name}.parse({text!r}) makes one"
    if isinstance(wanted, enum.EnumMeta):
        members: list[enum.Enum] = list(wanted)
        member = next((each for each in members if each.value == text), None)
        return None if member is None else f"{name}.{member.name} is one"
    return None


def _from_digits(text: str, wanted: type[dt.date | dt.time | decimal.Decimal]) -> str | None:
    """How a date, a time or an amount of money is made of *text*, where it can be."""
    if wanted is decimal.Decimal:
        from iomjobs.model._checks import MONEY  # noqa: PLC0415 -- _checks imports this module

        return f"decimal.Decimal({text!r}) makes one" if MONEY.match(text) else None
    try:
        wanted.fromisoformat(text)  # type: ignore[union-attr]
    except ValueError:
        return None
    return f"datetime.{wanted.__name__}.fromisoformat({text!r}) makes one"
