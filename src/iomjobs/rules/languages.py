"""Rules on the language requirements (LNG)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from iomjobs._text import is_word_char, joined, positions
from iomjobs.model.language import Language
from iomjobs.reference.languages import language_named_by, misspelt_language
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules._walk import Joined, language_code
from iomjobs.rules.finding import Severity

_ENGLISH = {"language": "en", "proficiency": "fluent", "required": True}
_LOCAL = {"language": None, "proficiency": "fluent", "as_written": "the local language"}

# A language spoken by this share of a country's people counts as one of its main languages.
_MAIN_SHARE: Final = 10.0
# Where those are all asked for, the most other languages named, spoken by this share or more.
_OTHER_SHARE: Final = 1.0
_MOST_OTHERS: Final = 3


@rule(
    "LNG001",
    "no-language-requirement",
    Severity.WARNING,
    failing={"position": {"title": "Movement Operations Associate"}},
    passing={"position": {"languages": [_ENGLISH]}},
)
def no_language_requirement(context: Context) -> Iterator[Hit]:
    """The notice asks for no language at all.

    IOM asks every applicant for fluency in English, French or Spanish, and
    most posts need a local language too; a notice without a languages
    section leaves candidates guessing.
    """
    if not context.notice.position.languages:
        yield Hit("$.position.languages", "the notice states no language requirement")


@rule(
    "LNG002",
    "no-official-language-required",
    Severity.WARNING,
    failing={"position": {"languages": [{"language": "sq", "required": True}]}},
    passing={"position": {"languages": [_ENGLISH, {"language": "sq", "required": True}]}},
)
def no_official_language_required(context: Context) -> Iterator[Hit]:
    """None of IOM's official languages (English, French, Spanish) is required.

    IOM works in its official languages and asks applicants for fluency in
    at least one. The list of official languages is reference data and can
    be replaced.
    """
    requirements = context.notice.position.languages
    if not requirements:
        return
    official = context.reference.official_languages
    if any(r.required and r.language and r.language.code in official for r in requirements):
        return
    names = ", ".join(Language(code).name() for code in official)
    yield Hit(
        "$.position.languages", f"requires none of IOM's official languages ({names})", official[0]
    )


@functools.cache
def main_languages(country: str, *, share: float = _MAIN_SHARE) -> tuple[str, ...]:
    """The languages *share* percent or more of *country*'s people speak, most spoken first.

    A tenth by default: the main languages. From CLDR's territory data, which
    babel holds.
    """
    from babel.core import get_global  # noqa: PLC0415 -- babel's data loads on first use

    from iomjobs.reference.languages import is_language_code  # noqa: PLC0415

    spoken = get_global("territory_languages").get(country, {})
    ranked = sorted(spoken.items(), key=lambda item: -(item[1].get("population_percent") or 0))
    codes = (
        code.split("_")[0]
        for code, data in ranked
        if (data.get("population_percent") or 0) >= share
    )
    return tuple(dict.fromkeys(code for code in codes if is_language_code(code)))


def _local_languages(countries: list[str], required: set[str]) -> tuple[str, str] | None:
    """What LNG003 says of the duty stations' languages, and the language it suggests.

    Their main languages, the first not asked for suggested; where every one
    is asked for already ("Conocimiento del idioma local" beside Spanish in
    Guatemala), the next most spoken there (Qʼeqchiʼ, Kaqchikel, Kʼicheʼ).
    ``None`` where CLDR knows none of the stations' languages.
    """
    candidates = list(dict.fromkeys(code for c in countries for code in main_languages(c)))
    if not candidates:
        return None
    names = joined([Language(code).name() for code in candidates])
    unasked = [code for code in candidates if code not in required]
    if unasked:
        return f"the main languages of the duty station are {names}", unasked[0]
    others = [
        code
        for country in countries
        for code in main_languages(country, share=_OTHER_SHARE)
        if code not in required and code not in candidates
    ][:_MOST_OTHERS]
    said = f"the main languages of the duty station ({names}) are asked for already"
    if not others:
        return said, candidates[0]
    return f"{said}; others spoken there: {joined([Language(c).name() for c in others])}", others[0]


@rule(
    "LNG003",
    "local-language-unresolved",
    Severity.WARNING,
    failing={
        "position": {
            "duty_stations": [{"city": "Dakar", "country": "SN"}],
            "languages": [{"language": "fr", "proficiency": "fluent"}, _LOCAL],
        }
    },
    passing={
        "position": {
            "duty_stations": [{"city": "Dakar", "country": "SN"}],
            "languages": [
                {"language": "fr", "proficiency": "fluent"},
                {"language": "wo", "proficiency": "fluent"},
            ],
        }
    },
)
def local_language_unresolved(context: Context) -> Iterator[Hit]:
    """A language requirement that does not say which language ("the local language").

    A candidate abroad cannot know what "the local language" is, and where
    several are spoken neither can one at home; nor which creole "Creole"
    alone ("du français et du créole") is. The duty-station country's main
    languages (CLDR territory data) are suggested; where the notice asks for
    each of them already, the next most spoken there.
    """
    position = context.notice.position
    if all(requirement.language is not None for requirement in position.languages or ()):
        return  # the usual case, settled before looking anything up
    required = {r.language.code for r in position.languages or () if r.language}
    countries = [s.country.code for s in position.duty_stations if s.country]
    local = _local_languages(countries, required)
    for index, requirement in enumerate(position.languages or ()):
        if requirement.is_resolved:
            continue
        written = requirement.as_written or "a language"
        if local is None:
            yield Hit(f"$.position.languages[{index}].language", f"{written!r} is not named")
            continue
        said, suggestion = local
        message = f"{written!r} is not named; {said}"
        yield Hit(f"$.position.languages[{index}].language", message, suggestion)


@rule(
    "LNG004",
    "language-twice",
    Severity.WARNING,
    failing={
        "position": {
            "languages": [
                _ENGLISH,
                {"language": "en", "proficiency": "working knowledge", "required": False},
            ]
        }
    },
    passing={
        "position": {
            "languages": [
                _ENGLISH,
                {"language": "fr", "proficiency": "working knowledge", "required": False},
            ]
        }
    },
)
def language_twice(context: Context) -> Iterator[Hit]:
    """The same language is asked for twice.

    Two requirements for one language (often with different levels) leave
    the candidate to guess which one holds.
    """
    seen: dict[str, int] = {}
    for index, requirement in enumerate(context.notice.position.languages or ()):
        if requirement.language is None:
            continue
        code = requirement.language.code
        if code in seen:
            first = f"languages[{seen[code]}]"
            message = f"{requirement.language.name()} is asked for again (first at {first})"
            yield Hit(f"$.position.languages[{index}].language", message)
        else:
            seen[code] = index


# Words that say a skill is about a language: only such skills are searched for names.
_LANGUAGE_WORDS = (
    "language",
    "fluen",
    "spoken",
    "speak",
    "written",
    "command of",
    "knowledge of",
    "proficien",
)
# The same in a notice's own language, where it is French, Spanish or Portuguese.
_LANGUAGE_WORDS_IN: Final[dict[str, tuple[str, ...]]] = {
    "fr": ("langue", "maîtrise", "maitrise", "connaissance", "parl", "écrit", "couram", "biling"),
    "es": ("idioma", "lengua", "dominio", "conocimiento", "habla", "escrit", "fluidez", "biling"),
    "pt": (
        "idioma",
        "língua",
        "lingua",
        "domínio",
        "dominio",
        "conhecimento",
        "fala",
        "escrit",
        "fluência",
        "fluencia",
        "bilíng",
    ),
}
# Four letters or more: shorter capitalized words ("As", "Ara") collide with ISO codes.
# No \b in front: sre then skips straight to capitals; _named_languages checks
# that the word starts there.
_CAPITALIZED = re.compile(r"[A-Z][a-zé]{3,}\b")
# French, Spanish and Portuguese write language names in lower case ("anglais",
# "inglés", "inglês"): in a notice in one of them, every word is looked up.
_WORD = re.compile(r"\b\w{4,}\b")


def _about_languages(skills: Sequence[str], words: tuple[str, ...] = _LANGUAGE_WORDS) -> list[int]:
    """The indexes of the skills that use one of *words* about languages, in order."""
    joined = Joined(skills)
    lowered = joined.text.lower()
    if len(lowered) != len(joined.text):  # "İ" lowers to two characters: one by one
        return [i for i, skill in enumerate(skills) if _uses(words, skill.lower())]
    found = {joined.index_at(at) for word in words for at in positions(lowered, word)}
    return sorted(found)


def _uses(words: tuple[str, ...], lowered: str) -> bool:
    return any(word in lowered for word in words)


def _named_languages(text: str, *, every_word: bool = False) -> list[str]:
    """The codes of the languages *text* names, as the reader reads them.

    Named by a capitalized word, or by *every_word* in a notice in French,
    Spanish or Portuguese.
    """
    if every_word:
        return [code for word in _WORD.findall(text) if (code := language_named_by(word))]
    codes = []
    for match in _CAPITALIZED.finditer(text):
        start = match.start()
        if start and is_word_char(text[start - 1]):
            continue  # inside a word ("McDonald"): \b would not have matched
        code = language_named_by(match.group())
        if code is not None:
            codes.append(code)
    return codes


@rule(
    "LNG005",
    "skills-language-not-required",
    Severity.WARNING,
    failing={
        "position": {
            "languages": [_ENGLISH],
            "qualifications": {"skills": ["Thorough knowledge of Portuguese."]},
        }
    },
    passing={
        "position": {
            "languages": [_ENGLISH],
            "qualifications": {"skills": ["Thorough knowledge of English language."]},
        }
    },
)
def skills_language_not_required(context: Context) -> Iterator[Hit]:
    """A language named in the skills is missing from the language requirements.

    "Thorough knowledge of Portuguese" among the skills, with only English
    under Languages, says two things about what the post needs. A notice in
    French, Spanish or Portuguese is read in its own language too
    ("Connaissance du portugais", "Conocimiento del árabe").
    """
    notice = context.notice
    position = notice.position
    asked = {r.language.code for r in position.languages or () if r.language}
    skills = position.qualifications.skills or ()
    own = _LANGUAGE_WORDS_IN.get(language_code(notice))
    words = _LANGUAGE_WORDS if own is None else _LANGUAGE_WORDS + own
    for index in _about_languages(skills, words):
        for code in dict.fromkeys(_named_languages(skills[index], every_word=own is not None)):
            if code not in asked:
                name = Language(code).name()
                message = f"the skills name {name}, which the language requirements do not"
                yield Hit(f"$.position.qualifications.skills[{index}]", message, code)


@rule(
    "LNG006",
    "misspelt-language",
    Severity.WARNING,
    failing={"position": {"languages": [{**_ENGLISH, "as_written": "Englsh"}]}},
    passing={"position": {"languages": [_ENGLISH]}},
)
def misspelt_language_name(context: Context) -> Iterator[Hit]:
    """A language's name misspelt: "Fluency in Englsh and Frnch"; the language meant is named.

    The reader reads a name one letter from a language's (a letter added,
    dropped or changed, or two swapped) as that language where the clause
    names another language or asks for a proficiency, and keeps the words
    written in the requirement's ``as_written``: a misspelt name breaks
    searches by language, and says the notice was not read over.
    """
    for index, requirement in enumerate(context.notice.position.languages or ()):
        written, language = requirement.as_written, requirement.language
        if written is None or language is None or misspelt_language(written) != language.code:
            continue
        message = f"{written!r} is not a language's name; did you mean {language.name()!r}?"
        yield Hit(f"$.position.languages[{index}].language", message, language.name())
