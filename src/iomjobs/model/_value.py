"""The base of the small immutable values a notice names by one string (internal).

A country, a language and a grade are each written as one string in the
JSON form ("TT", "en", "P-2"). They are plain slotted classes rather than
attrs classes so that msgspec hands them to our hooks as strings, in both
directions, instead of reading them as JSON objects; in every other way they
behave as the attrs models do: immutable, compared and hashed by value,
pickled, copied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Final, NoReturn

from attrs.exceptions import FrozenInstanceError

if TYPE_CHECKING:
    from typing_extensions import Self


class Frozen:
    """Refuses every assignment after ``__init__``, as ``attrs.frozen`` classes do."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> NoReturn:
        raise FrozenInstanceError


class CodeValue(Frozen):
    """A value identified by one code, such as an ISO country or language code.

    Subclasses say which codes exist in :meth:`_check`; values of one class
    are ordered by code.
    """

    __slots__ = ("code",)
    __match_args__: ClassVar[tuple[str, ...]] = ("code",)
    # Final, so that type checkers refuse an assignment as the class does at
    # run time. Set in __init__ past Frozen.__setattr__, where mypy cannot see
    # it: hence the ignore, of "Final name must be initialized".
    code: Final[str]  # type: ignore[misc]

    def __init__(self, code: str) -> None:
        self._check(code)
        object.__setattr__(self, "code", code)

    @classmethod
    def _check(cls, code: object) -> None:
        """Raise an :class:`~iomjobs.errors.InvalidValue` if *code* names nothing."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r})"

    def __reduce__(self) -> tuple[type[CodeValue], tuple[str]]:
        return (type(self), (self.code,))

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.code))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.code == other.code

    # Ordered against values of their own class only: typed so (a type checker
    # refuses Country < Language), and NotImplemented at run time for the rest.
    def __lt__(self, other: Self) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.code < other.code

    def __le__(self, other: Self) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.code <= other.code

    def __gt__(self, other: Self) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.code > other.code

    def __ge__(self, other: Self) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.code >= other.code
