"""Names one slip of the keyboard from a known one: "Nigerai", "Frnch" (internal).

Notices are typed by hand, and their names are misspelt as their cities are
("Port of Span"). A name one edit from a known name (a letter added,
dropped or changed, or two neighbours swapped) is that name, where it is
one edit from one thing only. The known names' keys are indexed with each
of their letters dropped in turn, so that a misspelling is looked up
through a few dictionary probes rather than compared with every name.

>>> known = {"nigeria": "NG", "niger": "NE", "zambia": "ZM", "gambia": "GM", "china": "CN"}
>>> near = NearNames(known)
>>> near.value_of("nigerai"), near.value_of("ngeria"), near.value_of("zanbia")
('NG', 'NG', 'ZM')

"nigera" is one edit from both Nigeria and Niger, so it says nothing; nor
does a key known as it is, or one a letter from a name too short to tell
("chiba" is a city, not China):

>>> near.value_of("nigera"), near.value_of("niger"), near.value_of("chiba")
(None, None, None)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Generic, TypeVar

V = TypeVar("V")

# Letters at either end that one edit leaves as they were on one side at least, in a
# key of at least _LONG letters (whose near keys have eight or more), and in a shorter.
_LONG: Final = 9
# A key's length less one, its own and one more, as bits (shifted to the first).
_THREE_BITS: Final = 0b111
_ENDS_LONG: Final = 3
_ENDS_SHORT: Final = 2

# The fewest letters a known name has to be found misspelt: shorter names are
# one edit from too many places and words ("Mali", "Bali"; "China", "Chiba";
# "Sudan", "Sedan"). Its misspelling may have one letter fewer ("Frnch").
SHORTEST: Final = 6


class NearNames(Generic[V]):
    """The values of *known*'s keys, found from keys misspelt by one edit.

    *shortest* is the fewest letters a known key has to be found so; where
    the words around a name say what it is (a month's, between a day and a
    year), shorter names may be.
    """

    def __init__(self, known: Mapping[str, V], shortest: int = SHORTEST) -> None:
        self._known = known
        self._shortest = shortest
        # Each key with one letter dropped, and the keys that give it; and each key
        # itself, so that one lookup finds both. The keys are joined in one string,
        # and the lengths below are bits of one number: tens of thousands of small
        # lists and sets would be objects the garbage collector walks through at
        # every full collection, for as long as the process lives.
        dropped: dict[str, str] = dict.fromkeys(known, "")
        for key in known:
            for at in range(len(key)):
                shorter = key[:at] + key[at + 1 :]
                dropped[shorter] = f"{dropped[shorter]}\n{key}" if shorter in dropped else key
        for key in known:
            dropped[key] = f"{dropped[key]}\n{key}" if dropped[key] else key
        self._dropped = dropped
        # One edit leaves a key within a letter of a known key's length, and its first
        # letters or its last as they were (two of five letters or more, three of
        # nine or more): the lengths of the known keys that start or end so, as bits.
        self._lengths_at: dict[str, int] = {}
        for key in known:
            for ends in (key[:2], key[-2:], key[:3], key[-3:]):
                self._lengths_at[ends] = self._lengths_at.get(ends, 0) | 1 << len(key)

    def value_of(self, key: str) -> V | None:
        """The value of the known key *key* misspells; ``None`` unless just one value fits.

        *key* is folded as the known keys are; one known as it stands is no
        misspelling.
        """
        known = self.key_of(key)
        return None if known is None else self._known[known]

    def key_of(self, key: str) -> str | None:
        """The known key *key* misspells, or ``None`` (see :meth:`value_of`).

        Where several keys of the one value fit, one of *key*'s length first:
        "responsabilities" is "responsibilities" with a letter changed, before
        it is French "responsabilites" with one added.
        """
        if key in self._known or len(key.replace(" ", "")) < self._shortest - 1:
            return None
        if not self._may_be_near(key):
            return None
        near = sorted(self._keys_near(key), key=lambda name: (len(name) != len(key), name))
        # One edit from a short name counts against the others, never for itself.
        if len({self._known[name] for name in near}) != 1:
            return None
        return next((name for name in near if len(name.replace(" ", "")) >= self._shortest), None)

    def _may_be_near(self, key: str) -> bool:
        """Whether a known key may be one edit from *key*: most keys are passed over here."""
        length = len(key)
        letters = _ENDS_LONG if length >= _LONG else _ENDS_SHORT
        lengths_at = self._lengths_at
        near_lengths = _THREE_BITS << (length - 1)
        return bool(
            lengths_at.get(key[:letters], 0) & near_lengths
            or lengths_at.get(key[-letters:], 0) & near_lengths
        )

    def _keys_near(self, key: str) -> set[str]:
        # A letter added to a known key: the key is *key* with one dropped.
        # A letter dropped: *key* is a known key with one dropped. A letter
        # changed, or two swapped: both give the same key with one dropped.
        # Most lookups find nothing: one probe a letter, no set made.
        dropped = self._dropped
        found = dropped.get(key)
        candidates: list[str] = found.split("\n") if found else []
        for at in range(len(key)):
            found = dropped.get(key[:at] + key[at + 1 :])
            if found is not None:
                candidates += found.split("\n")
        # Dropping a letter on both sides also pairs keys two edits apart ("abcx", "xabc").
        return {candidate for candidate in candidates if one_edit_apart(key, candidate)}


def one_edit_apart(first: str, second: str) -> bool:
    """Whether *second* is *first* with one letter added, dropped or changed, or two swapped.

    >>> one_edit_apart("frnch", "french"), one_edit_apart("nigerai", "nigeria")
    (True, True)
    >>> one_edit_apart("french", "french"), one_edit_apart("abcx", "xabc")
    (False, False)
    """
    if len(first) > len(second):
        first, second = second, first
    if len(second) - len(first) > 1 or first == second:
        return False
    at = 0
    while at < len(first) and first[at] == second[at]:
        at += 1
    if len(first) < len(second):
        return first[at:] == second[at + 1 :]
    if first[at + 1 :] == second[at + 1 :]:
        return True
    # Two neighbours swapped: "ai" for "ia".
    return (
        at + 1 < len(first)
        and first[at] == second[at + 1]
        and first[at + 1] == second[at]
        and first[at + 2 :] == second[at + 2 :]
    )


# The most letters a typed name has for one slip only; longer names may have
# two (Elasticsearch's "fuzziness: AUTO" draws the line at the same length).
_ONE_SLIP_UP_TO: Final = 5


def slips_from(typed: str, known: str) -> bool:
    """Whether *typed* is *known* mistyped: one edit in a name of up to five letters, two beyond.

    Letters are counted without spaces; two neighbours swapped are one
    edit. Two edits in a short name make another name, not a slip ("Ukhia",
    a town of Cox's Bazar, is no misspelt "Putkhija").

    >>> slips_from("port of span", "port of spain"), slips_from("adis abeba", "addis ababa")
    (True, True)
    >>> slips_from("ukhia", "putkhija"), slips_from("ukhia", "ukhya"), slips_from("renk", "rank")
    (False, True, True)
    """
    if len(typed.replace(" ", "")) <= _ONE_SLIP_UP_TO:
        return one_edit_apart(typed, known)
    return typed != known and at_most_two_edits_apart(typed, known)


def at_most_two_edits_apart(first: str, second: str) -> bool:
    """Whether *second* is *first* with at most two letters added, dropped or changed, or swapped.

    Two neighbours swapped count as one edit. Two edits join names that are
    not one another's more often than one does ("syria", "libya"): callers
    ask only among the few names something else has already singled out.

    >>> at_most_two_edits_apart("phillipines", "philippines")
    True
    >>> at_most_two_edits_apart("lybia", "libya"), at_most_two_edits_apart("mozambic", "mozambique")
    (True, False)
    """
    if abs(len(first) - len(second)) > 2:  # noqa: PLR2004 -- two letters added or dropped at most
        return False
    # The edits between the first i letters of *first* and of *second*, row by
    # row (optimal string alignment); a row whose least is over two ends it.
    before: list[int] = []
    row = list(range(len(second) + 1))
    for i in range(1, len(first) + 1):
        current = [i] + [0] * len(second)
        for j in range(1, len(second) + 1):
            same = first[i - 1] == second[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (0 if same else 1))
            swapped = i > 1 and j > 1 and first[i - 1] == second[j - 2]
            if swapped and first[i - 2] == second[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > 2:  # noqa: PLR2004
            return False
        before, row = row, current
    return row[-1] <= 2  # noqa: PLR2004
