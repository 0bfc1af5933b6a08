"""What a copy sets in markdown, in bold or in capitals reads as written.

Markdown copies set a board's heading as a heading ("# ...") or in bold;
some boards and PDF letterheads write it in capitals. What the line says
(a reference, the kind, who may apply, the day posted, the title, the
organization's letterhead) is read the same. A header table's values,
copied below their labels, may be set in bold as on the label's line.
test_restyled.py holds every fixture so; the cases here say what each
reading is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

import pytest

from iomjobs import NoticeKind, PostingPeriod
from iomjobs.model.notice import ConsultancyCategory
from iomjobs.parse import parse_notice, parse_notices

STYLES: Final[dict[str, Callable[[str], str]]] = {
    "as written": lambda line: line,
    "markdown": lambda line: f"# {line}",
    "bold": lambda line: f"**{line}**",
    "capitals": str.upper,
}


@pytest.fixture(params=sorted(STYLES))
def style(request: pytest.FixtureRequest) -> Callable[[str], str]:
    return STYLES[request.param]


def test_a_boards_reference_and_kind_before_the_title(style: Callable[[str], str]) -> None:
    # IOM Guatemala's call as a board headed it (2025).
    heading = "CFA-2025-079GT - Expedited - Asistente de Operaciones / Operations Assistant"
    text = f"{style(heading)}\n\nIOM - UN Migration\n\nDuty Station: Guatemala City, Guatemala\n"
    notice = parse_notice(text).notice
    assert notice.reference == "CFA-2025-079GT"
    assert notice.kind is NoticeKind.CALL_FOR_APPLICATIONS
    title = notice.position.title or ""
    assert title.casefold() == "asistente de operaciones / operations assistant"


def test_a_boards_long_heading_the_organization_named_after_the_title(
    style: Callable[[str], str],
) -> None:
    # IOM El Salvador's call on a board (2024): long only by the organization's name.
    heading = (
        "Consultancy 2024/009: Professional Services for the Review, Validation and "
        "Socialization of the Strategic Plan for National Reintegration At International "
        "Organization for Migration"
    )
    text = (
        f"{style(heading)}\n\n\nAnnex 2 – TERMS OF REFERENCE\n\n"
        "1. Duty Station of the Consultancy: San Salvador, El Salvador\n"
    )
    notice = parse_notice(text).notice
    assert (notice.reference or "").casefold() == "consultancy 2024/009"
    title = notice.position.title or ""
    assert title.casefold().startswith("professional services for the review")


def test_the_unit_an_office_joins_to_the_title(style: Callable[[str], str]) -> None:
    # IOM Haiti's call on unjobline (2025): the title, the contract and the unit.
    heading = "CFA2025 – 006 Assistant VBG Reponse mobile_Consultant_Protection Unit"
    text = f"{style(heading)}\n\nHaiti\n\nProject Context and Scope\nIOM works in Haiti.\n"
    position = parse_notice(text).notice.position
    assert (position.title or "").casefold() == "assistant vbg reponse mobile"
    assert (position.organizational_unit or "").casefold() == "protection unit"


def test_the_place_a_board_appends_to_the_title(style: Callable[[str], str]) -> None:
    # unjoblink's heading (2025): the board's "IOM :", the title, the place.
    heading = "IOM : Project Administrative Assistant – Maputo"
    text = (
        f"{style(heading)}\n\nUnder the overall supervision of the Chief of Mission, "
        "the incumbent will support the project.\n"
    )
    position = parse_notice(text).notice.position
    assert (position.title or "").casefold() == "project administrative assistant"
    assert [(s.city or "").casefold() for s in position.duty_stations] == ["maputo"]


def test_a_title_and_the_boards_tags_after_it(style: Callable[[str], str]) -> None:
    # unjobline's heading (2025): the title, the kind, who may apply.
    heading = (
        "Operations Assistant (Movements) - Expedited VN - Part time - For Internal Candidates Only"
    )
    notice = parse_notice(f"{style(heading)}\n\nDuty Station: Cairo, Egypt\n").notice
    assert (notice.position.title or "").casefold() == "operations assistant (movements)"
    assert notice.kind is NoticeKind.VACANCY_NOTICE
    assert notice.open_to_external is False


def test_a_reference_on_the_line_of_the_title_below_the_boards_words(
    style: Callable[[str], str],
) -> None:
    # impactpool's copy of IOM Bangladesh's notice (2018): the board's summary
    # above, then the reference and title line, then IOM's header.
    line = "SVN 2018/114 (P) - PSEA Network Coordinator (P3) - Cox’s Bazar, Bangladesh"
    text = (
        f"Back to jobs\n\n{style(line)}\n\n"
        "Position Title: PSEA Network Coordinator (P3)\nDuty Station: Cox’s Bazar, Bangladesh\n"
    )
    notice = parse_notice(text).notice
    assert notice.reference == "SVN 2018/114"
    assert notice.position.title == "PSEA Network Coordinator (P3)"


def test_a_boards_list_of_posts_each_title_above_its_summary(style: Callable[[str], str]) -> None:
    # ajirazetu's list of IOM Tanzania's posts (2026), each title set as the copy sets it.
    summary = (
        "• Employer: International Organization for Migration\n"
        "• Location: Dar es Salaam\n• Closing date: 20 Feb 2026\n"
    )
    titles = ["Programme Officer (Displacement Tracking Matrix) (DTM)", "Finance Officer"]
    page = "".join(f"{style(f'Expedited VN: {title} (P)')}\n\n{summary}\n" for title in titles)
    alone = parse_notice(f"{style(f'Expedited VN: {titles[0]} (P)')}\n\n{summary}").notice
    assert (alone.position.title or "").casefold() == titles[0].casefold()
    assert alone.kind is NoticeKind.VACANCY_NOTICE
    posts = [result.notice for result in parse_notices(page)]
    assert [(notice.position.title or "").casefold() for notice in posts] == [
        title.casefold() for title in titles
    ]


def test_who_may_apply(style: Callable[[str], str]) -> None:
    text = (
        f"{style('Open to Internal and External Candidates')}\n\n"
        "Position Title : Administrative/Finance and Project Assistant\n"
    )
    notice = parse_notice(text).notice
    assert notice.open_to_external is True
    assert notice.context == ()


def test_the_day_a_board_posted_the_notice(style: Callable[[str], str]) -> None:
    text = (
        f"{style('Poste vacant à l’OIM (18 novembre 2025)')}\n\n"
        "Titre du Poste : Chargé(e) de projet\nDate de Soumission : 02/12/2025\n"
    )
    notice = parse_notice(text).notice
    assert notice.posting_period == PostingPeriod(dt.date(2025, 11, 18))


def test_a_title_the_board_names_the_organization_after(style: Callable[[str], str]) -> None:
    # ngojobsafrica (2022): the heading restates the title the header gives.
    heading = "Project Officer (Protection) At International Organization for Migration"
    text = f"{style(heading)}\n\nPosition Title: Project Officer (Protection)\n"
    notice = parse_notice(text).notice
    assert notice.position.title == "Project Officer (Protection)"
    assert notice.context == ()


def test_a_boards_heading_above_the_title_in_capitals() -> None:
    # The header writes the title in capitals; the board's heading restates it.
    text = (
        "Project Officer (Protection) At International Organization for Migration\n\n"
        "Position Title: PROJECT OFFICER (PROTECTION)\n"
    )
    notice = parse_notice(text).notice
    assert notice.position.title == "PROJECT OFFICER (PROTECTION)"
    assert notice.context == ()


def test_a_title_alone_named_shorter_in_the_body(style: Callable[[str], str]) -> None:
    # A board's page of IOM Libya's notice: the heading says the title whole.
    text = (
        f"{style('National Protection Officer (Assistance to Vulnerable Migrants)')}\n\n"
        "Context:\nUnder the overall supervision of the Chief of Mission, the National "
        "Protection Officer will support the protection programme.\n"
    )
    title = parse_notice(text).notice.position.title or ""
    assert title.casefold() == "national protection officer (assistance to vulnerable migrants)"


def test_the_organizations_letterhead(style: Callable[[str], str]) -> None:
    text = (
        f"{style('International Organization for Migration (IOM)')}\n\n"
        "Position Title: Project Assistant\nDuty Station: Accra, Ghana\n"
    )
    assert parse_notice(text).notice.context == ()


def test_a_consultants_category_after_consultant(style: Callable[[str], str]) -> None:
    # IOM Fiji's call as jobr.pro copied it.
    text = (
        f"{style('Consultant B - Model Bilateral Agreement on Climate Mobility')}\n\n"
        "Duty Station: Suva, Fiji\nType of Appointment: Consultancy, 3 months\n"
    )
    appointment = parse_notice(text).notice.appointment
    assert appointment is not None
    assert appointment.consultancy_category is ConsultancyCategory.B


def test_a_no_break_space_after_a_headings_colon_is_a_space() -> None:
    # "&nbsp;" after the colon, as an HTML copy of IOM Ghana's terms writes it: one
    # heading, no sentence and a heading after it.
    text = (
        "Position Title: National Consultant\n\n"
        "6. Category B Consultants:\u00a0Tangible and measurable outputs of the work assignment\n"
        "a) Inception report with methodology, by 30 August 2024.\n"
    )
    notice = parse_notice(text).notice
    assert notice.context == ()
    assert [item.text for group in notice.position.responsibilities for item in group.items] == [
        "Inception report with methodology, by 30 August 2024."
    ]


@pytest.mark.parametrize("colon", [":", ""])
def test_a_header_tables_values_in_bold_below_their_labels(colon: str) -> None:
    # Seed 002's header as a markdown copy of its table sets it: each label's cell
    # above its value's, the value in bold as on the label's line.
    text = (
        f"Position Title{colon}\n**Senior Project Assistant (Inclusion and AAP)**\n"
        f"Duty Station{colon}\n**Shengjin, Albania**\n"
        f"Classification{colon}\n**General Service Staff, Grade 6**\n"
    )
    position = parse_notice(text).notice.position
    assert position.title == "Senior Project Assistant (Inclusion and AAP)"
    assert [station.city for station in position.duty_stations] == ["Shengjin"]
    assert str(position.grade) == "G6"


def test_a_header_tables_cells_a_blank_line_apart_values_in_bold() -> None:
    # IOM Moldova's call as a board copied its table (a row of labels, then their
    # values, a blank line after each cell), set in markdown.
    text = (
        "Position Title\n\n**PME national consultant**\n\n"
        "Type of Appointment\n\nDuration of Consultancy\n\n"
        "**Consultancy**\n\n**75 working days**\n"
    )
    notice = parse_notice(text).notice
    assert notice.position.title == "PME national consultant"
    assert notice.appointment is not None
    assert notice.appointment.as_written == "Consultancy; 75 working days"
