"""An education item cut into the paths it offers: "...; or University degree..." (internal)."""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._sentences import sentences


def path_sentences(text: str) -> list[str]:
    """An education item cut into sentences and paths: those naming no degree are notes."""
    return [path for sentence in sentences(text) or [text] for path in _paths_in(sentence)]


# Where a sentence may go on to a second path: "...; or University degree...",
# "...; or, Bachelor's degree...", "..., or Bachelor's degree...", "... OR High
# School diploma...", "... ; ou Licence...", with an article before the degree:
# "..., or a Bachelor's degree...", "; ou une Licence"; and in brackets, "...with
# 5 years of relevant experience (or University degree with 7 years of experience)."
# (a board's copy of IOM Cameroon's notice, 2026).
# Each alternative starts with a rare character, which sre skips ahead to;
# _paths_in checks the space before "OR".
_PATH_BREAK: Final = re.compile(
    r"(?:;\s*(?:(?:or|ou|o),?\s+)?|,\s+(?:or|ou|o),?\s+|OR,?\s+|\(\s*(?:or|ou|o),?\s+)"
    rf"(?:{interpret.ARTICLE}\s+(?=[A-ZÀ-Þ]))?"
)


def _paths_in(sentence: str) -> list[str]:
    """*sentence* cut where a second education path begins, as one line may offer two.

    A break cuts only between two pieces that each name a degree, the second
    written with a capital, as notices write degrees: "Economics, or a
    related field" goes on with the same path.
    """
    # Most paths end in "; or", which cuts nothing: a break cuts only before a
    # degree's name, which stripping these characters off the end leaves whole.
    stripped = sentence.rstrip(" ;,.orOu")
    plain = _plain_or_breaks(stripped)
    if not plain and not _may_break(stripped):
        return [sentence]
    breaks = [
        match
        for match in _PATH_BREAK.finditer(sentence)
        if match.group(0)[0] != "O" or sentence[match.start() - 1 : match.start()].isspace()
    ]
    if plain:
        breaks = sorted([*breaks, *plain], key=lambda match: match.start())
    if not breaks:
        return [sentence]
    ends = [match.start() for match in breaks[1:]] + [len(sentence)]
    paths, start, bracketed = [], 0, False
    for match, end in zip(breaks, ends, strict=True):
        # The piece after first, and its capital: most breaks end their line
        # ("...experience; or") or go on with the fields (", or a related field").
        after, before = sentence[match.end() : end], sentence[start : match.start()]
        if _cuts(match, before, after):
            paths.append(before.rstrip())
            start = match.end()
            bracketed = sentence[match.start()] == "("
    paths.append(sentence[start:])
    if bracketed:
        # The bracket the second path opened closes at its end: "...experience).".
        paths[-1] = _BRACKET_CLOSED.sub(r"\1", paths[-1])
    return paths


_BRACKET_CLOSED: Final = re.compile(r"\)([.;,]?)$")


def _cuts(match: re.Match[str], before: str, after: str) -> bool:
    """Whether the break *match* parts two paths, *before* it and *after* it."""
    upper, plain = after[:1].isupper(), match.re is _PLAIN_OR
    # A degree in lower case only after ", or" or "; or", where the path before
    # has its years: "...with two years of experience, or a first-level
    # university degree (Bachelor's) with four years."
    if not upper and (plain or not _begins_degree(after)):
        return False
    if not _names_degree(after) or not _names_degree(before):
        return False
    # A plain "or" cuts only after a path's years: "Bachelor's or Master's degree".
    return (upper and not plain) or _has_years(before)


def _begins_degree(text: str) -> bool:
    """Whether *text* begins with a degree's first word in lower case, after an article or not."""
    words = text.split(maxsplit=2)
    if words and words[0] in interpret.ARTICLES:
        words = words[1:]
    return bool(words) and words[0].startswith(interpret.DEGREE_STARTS)


def _has_years(text: str) -> bool:
    return interpret.years_in(text, nocase.lowered(text)) is not None


def _plain_or_breaks(sentence: str) -> list[re.Match[str]]:
    """The places a plain "or" may start a second path: "...experience or Bachelor's degree..."."""
    if " or " not in sentence and " ou " not in sentence and " o " not in sentence:
        return []
    return list(_PLAIN_OR.finditer(sentence))


# "...six years of relevant experience or Bachelor's degree with four years": no
# comma before the second path, which starts with a capital, after an article or not.
_PLAIN_OR: Final = re.compile(rf"(?<=[^\s,;]) (?:or|ou|o) (?:{interpret.ARTICLE} )?(?=[A-ZÀ-Þ])")


def _may_break(sentence: str) -> bool:
    # What every _PATH_BREAK match that may cut holds, looked for at memory
    # speed; ", or" is mostly ", or a related field", and needs its capital.
    return (
        ";" in sentence
        or "OR" in sentence
        or "(o" in sentence
        or (
            ", o" in sentence
            and any(
                m.group(1)[:1].isupper() or _begins_degree(m.group(1))
                for m in _COMMA_OR.finditer(sentence)
            )
        )
    )


_COMMA_OR: Final = re.compile(rf",\s+(?:or|ou|o),?\s+(?:{interpret.ARTICLE}\s+)?(\S+)")


def _names_degree(text: str) -> bool:
    return interpret.degree_of(text, nocase.lowered(text)) is not None
