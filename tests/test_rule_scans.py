"""The text rules search all of a notice's text at once; they must find what item-by-item would.

TXT003, CMP010, QUA003 and LNG005 look for markers in the joined text of a
notice and only then read single items. Here they are held to plain
item-by-item versions of themselves, on notices made of the very fragments
they look for.
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import (
    Language,
    Position,
    Qualifications,
    Responsibility,
    ResponsibilityGroup,
    VacancyNotice,
)
from iomjobs._text import is_word_char
from iomjobs.reference import Reference
from iomjobs.rules import _supervision as supervision
from iomjobs.rules import languages, qualifications, text
from iomjobs.rules._registry import Context
from iomjobs.rules._scan import digit_positions
from iomjobs.rules._walk import language_code, text_path, text_values

FRAGMENTS = (
    "Supervise the staff",
    "supervises a team",
    "provide guidance to teams of Assistants",
    "guidance to staff on",
    "guidance to the teams regarding",
    "guidance to staff members about",
    "leading junior staff",
    "supervision to project staff",
    "supervision of the Team",
    "Manage the Project Officers",
    "guiding and leading",
    "read the staff rules",
    "head of the team",
    "[insert title]",
    "(specify the knowledge)",
    "(Add details)",
    "(additional)",
    "(ENTER the name)",
    "(Insert)",
    "(see annex)",
    "XXX",
    "XX",
    "TBD",
    "ATBD",
    "Estimated Start Date: TBD",
    "Start date:TBD",
    "Closing DATE : TBD",
    "Title: TBD",
    "<insert>",
    "{{name}}",
    "{x}",
    "Click or tap here to enter text.",
    "Click here to enter a date.",
    "click here to apply",
    "Choose an item.",
    "Choose an item from the list",
    "Cliquez ou appuyez ici pour entrer du texte.",
    "Cliquez ici pour choisir une date.",
    "Choisissez un élément.",
    "Haga clic o pulse aquí para escribir texto.",
    "Haga clic aquí o pulse para escribir una fecha.",
    "Haga clic",
    "Elija un elemento.",
    "Clique ou toque aqui para inserir o texto.",
    "Escolher um item.",
    "Escolha um",
    "personnel",
    "Officers",
    "coordinate",
    "IOM",
    "é",
    "\u2019",
    # The same in French, Spanish and Portuguese, read in notices in those languages.
    "Superviser le",
    "Encadrer les",
    "Gérer l'",
    "équipe",
    "du personnel",
    "sous la supervision de l'équipe",
    "Supervisar al",
    "el equipo",
    "Liderar el equipo",
    "Supervisionar a",
    "sob a supervisão da equipe",
    "equipa",
    "Done.",
)
item_texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map(" ".join)


@st.composite
def texty_notices(draw: st.DrawFn) -> VacancyNotice:
    groups = draw(
        st.lists(
            st.lists(item_texts.map(Responsibility), max_size=4).map(
                lambda items: ResponsibilityGroup(tuple(items))
            ),
            max_size=3,
        )
    )
    experience = draw(st.none() | st.lists(item_texts, max_size=3).map(tuple))
    skills = draw(st.none() | st.lists(item_texts, max_size=3).map(tuple))
    language = draw(st.sampled_from([None, "en", "fr", "es", "pt"]))
    return VacancyNotice(
        language=Language(language) if language else None,
        position=Position(
            title=draw(st.none() | item_texts),
            responsibilities=tuple(groups),
            qualifications=Qualifications(experience=experience, skills=skills),
        ),
        notes=tuple(draw(st.lists(item_texts, max_size=2))),
        context=tuple(draw(st.lists(item_texts, max_size=2))),
    )


def _resolve(document: object, path: str) -> object:
    # Enough of JSON path for the paths rules write: $.a.b[2].c
    for part in path.removeprefix("$.").replace("[", ".").replace("]", "").split("."):
        document = document[int(part)] if part.isdigit() else document[part]  # type: ignore[index]
    return document


def _placeholders_item_by_item(notice: VacancyNotice) -> list[tuple[str, str]]:
    document = iomjobs.to_dict(notice)
    found = []
    for index, value in enumerate(text_values(notice)):
        match = text.placeholder_pattern(language_code(notice)).search(value)
        if match:
            path = text_path(notice, index)
            resolved = _resolve(document, path)
            assert resolved in (value, {"text": value, "number": None})
            found.append((path, match.group(0)))
    return found


def _supervision_item_by_item(notice: VacancyNotice) -> tuple[str, str] | None:
    position = notice.position
    candidates = [
        (f"$.position.responsibilities[{g}].items[{i}]", item.text)
        for g, group in enumerate(position.responsibilities)
        for i, item in enumerate(group.items)
    ]
    candidates += [
        (f"$.position.qualifications.experience[{i}]", experience)
        for i, experience in enumerate(position.qualifications.experience or ())
    ]
    language = language_code(notice)
    for path, item in candidates:
        found = supervision.supervision_at(item, language)
        if found is not None:
            return path, supervision._sentence(item, found)
    return None


@given(texty_notices())
def test_placeholders_found_as_item_by_item(notice: VacancyNotice) -> None:
    context = Context(notice, Reference.default())
    hits = [(hit.path, hit.message) for hit in text.template_placeholder(context)]
    expected = _placeholders_item_by_item(notice)
    assert [path for path, _ in hits] == [path for path, _ in expected]
    assert all(
        repr(marker) in message for (_, message), (_, marker) in zip(hits, expected, strict=True)
    )


@given(texty_notices())
def test_supervision_found_as_item_by_item(notice: VacancyNotice) -> None:
    assert supervision.supervisory_duty(notice) == _supervision_item_by_item(notice)


def test_supervision_window_stays_in_its_item() -> None:
    # "Supervise the" ends one duty; "staff" opens the next: not a supervisory duty.
    duties = (Responsibility("Supervise the"), Responsibility("staff rules apply."))
    notice = VacancyNotice(position=Position(responsibilities=(ResponsibilityGroup(duties),)))
    assert supervision.supervisory_duty(notice) is None
    later = attrs.evolve(
        notice,
        position=attrs.evolve(
            notice.position,
            responsibilities=(
                ResponsibilityGroup((*duties, Responsibility("Lead the team of Assistants."))),
            ),
        ),
    )
    found = supervision.supervisory_duty(later)
    assert found == ("$.position.responsibilities[0].items[2]", "Lead the team of Assistants.")


@pytest.mark.parametrize(
    ("language", "quoted"),
    [(None, "Supervise the staff."), ("en", "Supervise the staff."), ("fr", "Encadrer l'équipe.")],
)
def test_supervision_quoted_first_in_either_language(language: str | None, quoted: str) -> None:
    duties = (Responsibility("Encadrer l'équipe. Supervise the staff."),)
    notice = VacancyNotice(
        language=Language(language) if language else None,
        position=Position(responsibilities=(ResponsibilityGroup(duties),)),
    )
    found = supervision.supervisory_duty(notice)
    assert found == ("$.position.responsibilities[0].items[0]", quoted)


def _supervisions_word_by_word(text: str) -> list[int]:
    # The definition: each supervised word that a verb within the window governs.
    found = [
        at
        for word in supervision._SUPERVISED
        for at in range(len(text))
        if text.startswith(word, at) and supervision._supervised_at(text, at, at + len(word))
    ]
    found += [at for at in range(len(text)) if text.startswith(supervision._GUIDING, at)]
    return sorted(set(found))


texts_of_fragments = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(alphabet=" -\nabc", max_size=90), max_size=8
).map(" ".join)


@given(texts_of_fragments)
def test_supervisions_are_found_from_the_verbs_as_from_the_words(text_: str) -> None:
    assert supervision._supervisions(text_) == _supervisions_word_by_word(text_)


def test_a_verb_governs_no_further_than_the_window() -> None:
    near = "supervise the " + "x" * 60 + "staff"
    far = "supervise the " + "x" * 70 + "staff"
    assert supervision._supervisions(near) == _supervisions_word_by_word(near) == [74]
    assert supervision._supervisions(far) == _supervisions_word_by_word(far) == []


@given(st.text(alphabet="0123456789 a-\u0663\u06f5\u2019", max_size=40))
def test_digit_positions_are_where_backslash_d_matches(text_: str) -> None:
    assert digit_positions(text_) == [m.start() for m in re.finditer(r"\d", text_)]


def _range_item_by_item(text_: str) -> re.Match[str] | None:
    # QUA003's first reading: search each item, skip a match inside a word.
    match = qualifications._RANGE.search(text_)
    while match is not None and match.start() > 0 and is_word_char(text_[match.start() - 1]):
        match = qualifications._RANGE.search(text_, match.start() + 1)
    return match


range_texts = st.lists(
    st.sampled_from(
        [
            "4-6 years",
            "2 to 3 Years",
            "3-5 yrs",
            "a1-2 years",
            "12-15 YEARS",
            "4 à 6 ans",
            "2 a 3 AÑOS",
            "3a5 anos",
            "1 à 2 années",
            "7",
            "\u0664-\u0666 years",
            "x",
            "\n",
        ]
    ),
    max_size=6,
).map(" ".join)


@given(st.lists(range_texts, max_size=4))
def test_experience_ranges_are_found_as_item_by_item(texts: list[str]) -> None:
    found = {index: match.group(0) for index, match in qualifications._ranges(texts)}
    expected = {
        index: match.group(0)
        for index, text_ in enumerate(texts)
        if (match := _range_item_by_item(text_)) is not None
    }
    assert found == expected


skill_texts = st.lists(
    st.sampled_from(
        [
            "Knowledge of",
            "LANGUAGE",
            "Fluency in",
            "Portuguese",
            "French",
            "McFrench",
            "\u0130",
            "\u212anowledge of",
            "staff",
            "Connaissance du",
            "portugais",
            "MAÎTRISE",
            "língua",
            "idioma",
        ]
    ),
    max_size=5,
).map(" ".join)


@given(st.lists(skill_texts, max_size=4), st.sampled_from([None, "fr", "es", "pt"]))
def test_skills_about_languages_are_found_as_one_by_one(
    skills: list[str], language: str | None
) -> None:
    words = languages._LANGUAGE_WORDS + languages._LANGUAGE_WORDS_IN.get(language or "", ())
    expected = [
        index for index, skill in enumerate(skills) if any(word in skill.lower() for word in words)
    ]
    assert languages._about_languages(skills, words) == expected


def test_a_capitalized_word_inside_a_word_names_no_language() -> None:
    assert languages._named_languages("Knowledge of French, not McFrench") == ["fr"]


@pytest.mark.parametrize(
    ("duty", "supervises"),
    [
        # A Palau project notice of 2026 (impactpool): supervision given, not received.
        (
            "Provide technical guidance and supervision to project staff, including allocation "
            "of tasks, monitoring of performance, and support.",
            True,
        ),
        ("Supervise the staff assigned to the project.", True),
        ("Work under the supervision of the Team Leader.", False),
        ("Report to the supervision of the Project Officers.", False),
    ],
)
def test_supervision_given_to_staff(duty: str, supervises: bool) -> None:  # noqa: FBT001
    assert (supervision.supervision_at(duty) is not None) is supervises


@pytest.mark.parametrize(
    ("duty", "supervises"),
    [
        # Guidance to staff on a subject is advice (an HR Assistant's duty, IOM Ukraine, 2025).
        (
            "Provide support on timekeeping matters and guidance to staff on existing entitlements.",
            False,
        ),
        ("Provide guidance to staff members regarding their leave.", False),
        ("Provide guidance to teams on the procedures.", False),
        # Guidance to staff, or to teams of them, is supervision; so is supervising them, on
        # whatever.
        ("Provide guidance to teams of Assistants.", True),
        ("Provide guidance to the staff.", True),
        ("Supervise the staff on duty.", True),
    ],
)
def test_guidance_on_a_subject_is_no_supervision(duty: str, supervises: bool) -> None:  # noqa: FBT001
    assert (supervision.supervision_at(duty) is not None) is supervises
    duties = (Responsibility(duty),)
    notice = VacancyNotice(position=Position(responsibilities=(ResponsibilityGroup(duties),)))
    assert (supervision.supervisory_duty(notice) is not None) is supervises
