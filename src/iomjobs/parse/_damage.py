"""Damage read past in a document, for :func:`~iomjobs.parse.parse_notice` to doubt (internal).

A PDF whose page pypdf cannot read, a Word document cut short: the reader of
the document reads what it can, and notes what it could not here, where
``parse_notice`` listens. No text is lost without a word.
"""

from __future__ import annotations

import contextvars
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable


class Damage(NamedTuple):
    """Damage read past in a document: where in the document's text, and what it means."""

    text: str
    """The document's text, as its reader gives it."""
    line: int
    """The line of :attr:`text` the damage is on; 1 for the document as a whole."""
    message: str


NOTED: contextvars.ContextVar[list[Damage] | None] = contextvars.ContextVar(
    "iomjobs_damage", default=None
)
"""Where ``parse_notice`` listens: the damage in the documents its input holds
(the input itself, or a message's attachments)."""


def note(damage: Iterable[Damage]) -> None:
    """Add *damage* to the list :data:`NOTED` holds, where one is listening."""
    noted = NOTED.get()
    if noted is not None:
        noted.extend(damage)
