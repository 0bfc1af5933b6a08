"""The JobPosting a page states in JSON-LD, for what its text does not say (internal).

Job boards and recruitment systems put a schema.org ``JobPosting`` in a
page's ``<script type="application/ld+json">`` for search engines: the
title, the vacancy's identifier, the day it was posted, the last day to
apply, where the post is and what it pays. :func:`posting_in` finds the one
posting a page's scripts hold, and :func:`with_posting` takes from it what
the page's text left empty (:mod:`iomjobs._posting` reads its properties),
and says where the two disagree. A value the posting gives that no model
holds is a doubt, never read half.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from iomjobs._posting import PostingFields, filled, posting_fields, postings_in
from iomjobs.parse._html import looks_like_html, page_lines
from iomjobs.parse._record import Doubt
from iomjobs.source import Span

if TYPE_CHECKING:
    from iomjobs.parse import ParseResult
    from iomjobs.parse._page_text import StructuredData

__all__ = ["described", "posting_in", "with_posting"]


def with_posting(results: tuple[ParseResult, ...], found: Found) -> tuple[ParseResult, ...]:
    """*results*, read from a page's text, with what the page's ``JobPosting`` adds.

    A page of one notice takes from its one posting each field its text
    left empty, its span the script's lines; where the two give different
    last days to apply, the text's is read, and the difference doubted.
    A page of several notices takes nothing: which posting is whose, the
    page does not say. Scripts that are no JSON are doubted on every result.
    *found* is :func:`posting_in`'s, of the page's scripts.
    """
    problems = tuple(Doubt("$", message, line) for message, line in found.problems)
    if found.script is not None and len(results) > 1:
        said = (
            f"the page's JSON-LD holds one job posting for {len(results)} posts: "
            "whose it is the page does not say, and it is not read"
        )
        problems = (*problems, Doubt("$", said, found.script.first_line))
    if found.posting is None or found.script is None or len(results) != 1:
        return tuple(attrs.evolve(r, doubts=(*problems, *r.doubts)) for r in results)
    (result,) = results
    read = _read(result, posting_fields(found.posting), found.script)
    return (attrs.evolve(read, doubts=(*problems, *read.doubts)),)


def described(
    results: tuple[ParseResult, ...], found: Found
) -> tuple[str, StructuredData, Doubt] | None:
    """The text of the posting's ``description``, where the page's text gave no notice.

    A board's page whose body a script draws shows a reader of its markup
    nothing of the notice ("Loading...", its menus), while the posting it
    writes for search engines holds the whole notice, as HTML. Where the
    page's text gave nothing but context, that description is the notice's
    text; a doubt on the script's line says so. ``None`` otherwise. *found*
    is :func:`posting_in`'s, of the page's scripts.
    """
    description = found.posting.get("description") if found.posting else None
    if not isinstance(description, str) or found.script is None:
        return None
    if len(results) != 1 or not _context_alone(results[0]):
        return None
    text = page_lines(description).text if looks_like_html(description) else description
    if not text.strip():
        return None
    script = found.script
    said = (
        f"the page's text shows no notice: the notice is read from its JSON-LD's "
        f"description (lines {script.first_line}-{script.last_line})"
    )
    return text, script, Doubt("$", said, script.first_line)


def _context_alone(result: ParseResult) -> bool:
    """Whether *result* read nothing of its text into a field but the context."""
    return all(path.startswith("$.context") for path, _ in result.provenance.spans)


def _read(result: ParseResult, fields: PostingFields, script: StructuredData) -> ParseResult:
    """*result* with the fields *fields* gives that its notice lacks, read from *script*."""
    notice, line = result.notice, script.first_line
    read, paths = filled(notice, fields)
    doubts = [Doubt("$", f"the page's JSON-LD: {said}", line) for _, said in fields.problems]
    if notice.closing_date is not None and fields.closing not in (None, notice.closing_date):
        said = f"the page's JSON-LD gives {fields.closing} as the last day to apply (validThrough)"
        doubts.append(
            Doubt(
                "$.closing_date",
                f"{said}, the text {notice.closing_date}: the text's is read",
                line,
            )
        )
    span = Span(script.first_line, script.last_line)
    lines = range(span.first_line, span.last_line + 1) if paths else ()
    return attrs.evolve(
        result,
        notice=read,
        provenance=attrs.evolve(
            result.provenance, spans=(*result.provenance.spans, *((path, span) for path in paths))
        ),
        doubts=(*result.doubts, *doubts),
        read_lines=tuple(sorted({*result.read_lines, *lines})),
    )


class Found(NamedTuple):
    """The one ``JobPosting`` of a page, the script it stands in, and what could not be read."""

    posting: dict[str, Any] | None
    script: StructuredData | None
    problems: tuple[tuple[str, int], ...]
    """Each script that is no JSON, and postings beyond one: a message and its line."""


def posting_in(scripts: tuple[StructuredData, ...]) -> Found:
    """The one ``JobPosting`` *scripts* hold; none where they hold none, or several."""
    found: list[tuple[dict[str, Any], StructuredData]] = []
    problems: list[tuple[str, int]] = []
    for script in scripts:
        data = _script_data(script, problems)
        if data is not None:
            found += [(posting, script) for _, posting in postings_in(data)]
    if len(found) > 1:
        lines = ", ".join(str(script.first_line) for _, script in found)
        message = (
            f"the page's JSON-LD holds {len(found)} job postings (lines {lines}): none is read"
        )
        return Found(None, None, (*problems, (message, found[0][1].first_line)))
    if not found:
        return Found(None, None, tuple(problems))
    ((posting, script),) = found
    return Found(posting, script, tuple(problems))


def _script_data(script: StructuredData, problems: list[tuple[str, int]]) -> object | None:
    """The JSON *script* holds; ``None``, and a problem said, where it holds none.

    Pages write JSON-LD by hand, and leave in it what JSON does not allow:
    comments (``/* ... */``, ``// ...``), commas before a closing bracket,
    an HTML comment around the whole. Read without them, the script is
    read, and the problem said.
    """
    where = f"the page's JSON-LD on line {script.first_line}"
    try:
        data: object = json.loads(script.text)
    except RecursionError:
        problems.append((f"{where} is nested too deep to read", script.first_line))
        return None
    except json.JSONDecodeError as error:
        cleaned = _without_what_json_forbids(script.text)
        if cleaned is not None:
            try:
                data = json.loads(cleaned)
            except (json.JSONDecodeError, RecursionError):
                pass
            else:
                said = "holds comments or commas JSON does not allow: read without them"
                problems.append((f"{where} {said}", script.first_line))
                return data
        # The script's text begins on its start tag's line: its lines are the page's from there.
        at = script.first_line + error.lineno - 1
        problems.append((f"{where} is no JSON: {error.msg} on line {at}", script.first_line))
        return None
    return data


def _without_what_json_forbids(text: str) -> str | None:
    """*text* without comments and trailing commas outside its strings; ``None`` if none."""
    stripped = text.strip()
    changed = stripped.startswith("<!--") and stripped.endswith("-->")
    if changed:
        text = stripped[4:-3]
    kept: list[str] = []
    at, length = 0, len(text)
    while at < length:
        char = text[at]
        if char == '"':
            end = _string_end(text, at)
            kept.append(text[at:end])
            at = end
        elif text.startswith("//", at):
            cut = text.find("\n", at)
            at, changed = (length if cut < 0 else cut), True
        elif text.startswith("/*", at):
            cut = text.find("*/", at + 2)
            if cut < 0:
                return None
            at, changed = cut + 2, True
        else:
            if char in "}]" and _drop_trailing_comma(kept):
                changed = True
            kept.append(char)
            at += 1
    return "".join(kept) if changed else None


def _string_end(text: str, start: int) -> int:
    """Where the JSON string that opens at *start* ends (after its closing quote)."""
    at = start + 1
    while at < len(text):
        if text[at] == "\\":
            at += 2
        elif text[at] == '"':
            return at + 1
        else:
            at += 1
    return len(text)


def _drop_trailing_comma(kept: list[str]) -> bool:
    """Drop a comma that the pieces *kept* end in, spaces after it aside; whether one was."""
    index = len(kept) - 1
    while index >= 0 and kept[index].isspace():
        index -= 1
    if index >= 0 and kept[index] == ",":
        del kept[index]
        return True
    return False
