"""The text rules search all of a notice's text at once; they must find what item-by-item would.

TXT003 and CMP010 look for markers in the joined text of a notice and only
then read single items. Here they are held to plain item-by-item versions of
themselves, on notices made of the very fragments they look for.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import Position, Qualifications, Responsibility, ResponsibilityGroup, VacancyNotice
from iomjobs.reference import Reference
from iomjobs.rules import competencies, text
from iomjobs.rules._registry import Context
from iomjobs.rules._walk import text_path, text_values

FRAGMENTS = (
    "Supervise the staff",
    "supervises a team",
    "provide guidance to teams of Assistants",
    "leading junior staff",
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
    "<insert>",
    "{{name}}",
    "{x}",
    "personnel",
    "Officers",
    "coordinate",
    "IOM",
    "é",
    "\u2019",
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
    return VacancyNotice(
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
        match = text.PLACEHOLDER.search(value)
        if match:
            path = text_path(notice, index)
            resolved = _resolve(document, path)
            assert resolved in (value, {"text": value, "number": None})
            found.append((path, match.group(0)))
    return found


def _supervision_item_by_item(notice: VacancyNotice) -> str | None:
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
    for path, item in candidates:
        if competencies.supervision_at(item) is not None:
            return path
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
    context = Context(notice, Reference.default())
    found = competencies.supervisory_duty(context)
    assert (found[0] if found else None) == _supervision_item_by_item(notice)


def test_supervision_window_stays_in_its_item() -> None:
    # "Supervise the" ends one duty; "staff" opens the next: not a supervisory duty.
    duties = (Responsibility("Supervise the"), Responsibility("staff rules apply."))
    notice = VacancyNotice(position=Position(responsibilities=(ResponsibilityGroup(duties),)))
    assert competencies.supervisory_duty(Context(notice, Reference.default())) is None
    later = attrs.evolve(
        notice,
        position=attrs.evolve(
            notice.position,
            responsibilities=(
                ResponsibilityGroup((*duties, Responsibility("Lead the team of Assistants."))),
            ),
        ),
    )
    found = competencies.supervisory_duty(Context(later, Reference.default()))
    assert found == ("$.position.responsibilities[0].items[2]", "Lead the team of Assistants.")
