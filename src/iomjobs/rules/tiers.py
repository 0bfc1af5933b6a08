"""Rules on the first-tier candidates and the non-represented member states list (TIR)."""

from __future__ import annotations

from collections.abc import Iterator

from iomjobs._text import fold
from iomjobs.reference.countries import country_name, suggested_country
from iomjobs.rules._nationals import nationals
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules.finding import Severity

_PATH = "$.first_tier.non_represented_member_states"
_TWO = [{"name": "Iceland", "country": "IS"}, {"name": "Palau", "country": "PW"}]
# How many of a list's barred countries a message names.
_NAMED = 3


@rule(
    "TIR001",
    "member-state-unresolved",
    Severity.WARNING,
    failing={"first_tier": {"non_represented_member_states": [*_TWO, {"name": "Atlantis"}]}},
    passing={"first_tier": {"non_represented_member_states": _TWO}},
)
def member_state_unresolved(context: Context) -> Iterator[Hit]:
    """An entry of the non-represented member states list names no country.

    The list decides who is a first-tier candidate; an entry that is no
    country (a typo, two names run together) leaves that country's nationals
    unsure of their tier. Where the entry is a country's name with one
    letter wrong ("Barbdos"), or a long name with two ("Phillipines"), that
    country is suggested.
    """
    tier = context.notice.first_tier
    for index, entry in enumerate(tier.non_represented_member_states or () if tier else ()):
        if entry.country is None:
            meant = suggested_country(entry.name)
            name = country_name(meant) if meant is not None else None
            message = f"{entry.name!r} is not a country" + (
                f"; did you mean {name!r}?" if name else ""
            )
            yield Hit(f"{_PATH}[{index}]", message, name)


@rule(
    "TIR002",
    "member-state-twice",
    Severity.WARNING,
    failing={
        "first_tier": {
            "non_represented_member_states": [*_TWO, {"name": "Iceland", "country": "IS"}]
        }
    },
    passing={"first_tier": {"non_represented_member_states": _TWO}},
)
def member_state_twice(context: Context) -> Iterator[Hit]:
    """A country appears twice in the non-represented member states list.

    A duplicate is harmless to candidates but shows the list was assembled
    by hand; another country may be missing in its place.
    """
    tier = context.notice.first_tier
    seen: set[str] = set()
    for index, entry in enumerate(tier.non_represented_member_states or () if tier else ()):
        key = entry.country.code if entry.country else fold(entry.name)
        if key in seen:
            yield Hit(f"{_PATH}[{index}]", f"{entry.name!r} is listed twice")
        seen.add(key)


@rule(
    "TIR003",
    "member-states-list-empty",
    Severity.WARNING,
    failing={"first_tier": {"internal": True, "non_represented_member_states": []}},
    passing={"first_tier": {"internal": True, "non_represented_member_states": _TWO}},
)
def member_states_list_empty(context: Context) -> Iterator[Hit]:
    """The notice announces a non-represented member states list but lists none.

    "Candidates from the following non-represented member states:" with
    nothing after it usually means the list was lost when the notice was
    copied; so does a first-tier list introduced, after a paragraph that
    welcomes applications from those countries, with the next heading right
    below ("... the following are considered first-tier candidates:" /
    "Second tier candidates include:").
    """
    tier = context.notice.first_tier
    if tier is not None and tier.non_represented_member_states == ():
        yield Hit(_PATH, "the non-represented member states list is empty")


@rule(
    "TIR004",
    "member-state-not-eligible",
    Severity.WARNING,
    failing={
        "open_to_nationals_of": ["NL"],
        "first_tier": {"internal": True, "non_represented_member_states": _TWO},
    },
    passing={"open_to_nationals_of": ["NL"], "first_tier": {"internal": True}},
)
def member_state_not_eligible(context: Context) -> Iterator[Hit]:
    """The first-tier list names countries whose nationals the post does not admit.

    A post its government sponsors is open to that country's nationals
    alone ("JPO - Programme Officer ... - (Dutch Nationals only)", IOM
    Libya, 2026), and its notice has no list of non-represented member
    states: their nationals could not apply. A list on such a notice was
    most likely copied in from another notice.
    """
    notice = context.notice
    tier = notice.first_tier
    if not notice.open_to_nationals_of or tier is None:
        return
    admitted = {country.code for country in notice.open_to_nationals_of}
    barred = [
        (index, entry)
        for index, entry in enumerate(tier.non_represented_member_states or ())
        if entry.country is not None and entry.country.code not in admitted
    ]
    if not barred:
        return
    admitted_only = f"only {nationals(notice.open_to_nationals_of)} may apply"
    if len(barred) == 1:
        index, entry = barred[0]
        message = f"{entry.name!r} is on the first-tier list, but {admitted_only}"
        yield Hit(f"{_PATH}[{index}]", message)
        return
    named = ", ".join(repr(entry.name) for _, entry in barred[:_NAMED])
    more = f" and {len(barred) - _NAMED} more" if len(barred) > _NAMED else ""
    listed = f"{len(barred)} countries are on the first-tier list ({named}{more})"
    yield Hit(_PATH, f"{listed}, but {admitted_only}")
