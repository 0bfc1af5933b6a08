"""pycountry's ISO 639-3, 3166-1, 3166-2 and 4217 entries, read as records (internal).

pycountry makes an object of each of its 8,000 languages and 5,000
subdivisions on first use, and imports ``importlib.metadata`` for its own
version: about a tenth of a second that the first notice read would pay.
The lookups need a few fields of each entry, and read them here from the
JSON files pycountry reads, as plain dicts. Where a pycountry keeps its
data otherwise, they are asked of its API, with the same fields.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from typing import Final, Literal

Database = Literal["languages", "countries", "subdivisions", "currencies"]

# Each database's file in pycountry's "databases" folder, the key its list is
# under, and the fields the lookups read.
_FILES: Final[dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "languages": (
        "iso639-3.json",
        "639-3",
        ("alpha_2", "alpha_3", "name", "common_name", "inverted_name", "bibliographic"),
    ),
    "countries": (
        "iso3166-1.json",
        "3166-1",
        ("alpha_2", "alpha_3", "name", "official_name", "common_name"),
    ),
    "subdivisions": ("iso3166-2.json", "3166-2", ("code", "name", "parent", "type")),
    "currencies": ("iso4217.json", "4217", ("alpha_3", "name")),
}


@functools.cache
def records(database: Database) -> tuple[dict[str, str], ...]:
    """The entries of pycountry's *database*, each with the fields the lookups read that it has."""
    try:
        return _from_file(database)
    except (OSError, KeyError, ValueError):  # msgspec's decoding errors are ValueErrors
        return from_api(database)


def _from_file(database: Database) -> tuple[dict[str, str], ...]:
    file_name, root, fields = _FILES[database]
    spec = importlib.util.find_spec("pycountry")  # finds the package, does not import it
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not folders:
        msg = "pycountry's data files were not found"
        raise OSError(msg)
    # Imported here: the models import this module, and need no msgspec to be built.
    import msgspec  # noqa: PLC0415

    with open(os.path.join(folders[0], "databases", file_name), "rb") as file:  # noqa: PTH118, PTH123
        tree = msgspec.json.decode(file.read(), type=dict[str, list[dict[str, str]]])
    found = tuple(
        {field: entry[field] for field in fields if field in entry} for entry in tree[root]
    )
    if database == "subdivisions":
        for entry in found:
            _with_country(entry)
    return found


def _with_country(subdivision: dict[str, str]) -> None:
    """Prefix *subdivision*'s parent with its country's code where the file did not."""
    parent = subdivision.get("parent")
    country = subdivision["code"].split("-")[0]
    if parent is not None and parent.split("-")[0] != country:
        subdivision["parent"] = f"{country}-{parent}"


def from_api(database: Database) -> tuple[dict[str, str], ...]:
    """The same records, asked of pycountry's objects."""
    import pycountry  # noqa: PLC0415 -- only where its files could not be read

    _, _, fields = _FILES[database]
    # A subdivision's "parent" is an object; the code it was read from is "parent_code".
    names = {"parent": "parent_code"}
    found = []
    for entry in getattr(pycountry, database):
        values = {field: getattr(entry, names.get(field, field), None) for field in fields}
        found.append({field: str(value) for field, value in values.items() if value is not None})
    return tuple(found)
