"""The nationals a post admits and the countries rules name, as notices name them (internal)."""

from __future__ import annotations

from collections.abc import Sequence

from iomjobs._text import joined, with_article
from iomjobs.model.place import Country
from iomjobs.reference.countries import country_name
from iomjobs.reference.nationalities import adjective_of


def country_named(code: str) -> str:
    """The country of *code* as a message names it: "Kenya", "the United States".

    Any code a gazetteer gives is named (CLDR's name, or the code itself), unchecked.
    """
    return with_article(country_name(code, "en"))


def nationals(countries: Sequence[Country]) -> str:
    """*countries*' nationals in words: "Dutch nationals", "nationals of Congo - Brazzaville".

    Adjectives where each country has one, as a JPO's title writes them
    ("(Danish and Swedish Nationals only)"); else the countries' names.
    *countries* holds one country or more.
    """
    adjectives = [adjective_of(country.code) for country in countries]
    if all(adjectives):
        return f"{joined([a for a in adjectives if a])} nationals"
    return f"nationals of {joined([country_named(country.code) for country in countries])}"
