"""A job board's page of several posts, read as one notice for each (parse_notices)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import Country, Grade, SourceLine, validate
from iomjobs.parse import (
    UnreadableInput,
    html_text,
    parse_html,
    parse_html_notices,
    parse_notice,
    parse_notices,
)
from iomjobs.source import Span

FIXTURES = Path(__file__).parent / "fixtures"
# yop.l-frii.com's page of January 2026 ("Titre du Poste : 08 postes"): the board's
# summary and IOM's introduction, then "POSTE 1 : ... (UG) – Cameroun" as the board
# wrote it, and a second post as the board writes each.
PAGE = FIXTURES / "layouts" / "page_of_several_posts.txt"
# yop.l-frii.com's page of December 2025 ("02 Postes vacants à l’OIM"): its heading,
# summary and introduction, and the first post's title on a line of its own, marked
# "(P)", as the board wrote them; the posts' bodies and the second post written so.
PAGE_BY_TITLES = FIXTURES / "layouts" / "page_of_posts_by_title.txt"


def test_a_page_of_several_posts_gives_one_notice_for_each() -> None:
    first, second = parse_notices(PAGE)
    assert first.notice.position.title == (
        "Assistant(e) à la réintégration – Réintégration sensible aux conflits et à "
        "l’intersection humanitaire"
    )
    assert second.notice.position.title == "Assistant(e) administratif(ve)"
    # Each post's line, on the page's own line numbers.
    assert first.span_for("$.position.title") == Span(21, 21)
    assert second.span_for("$.position.title") == Span(42, 42)
    # "(UG)" after the first title: an ungraded post, as the title says.
    assert first.notice.position.grade == Grade.parse("UG")
    assert first.is_inferred("$.position.grade")
    # The place after each title is its station, among the five the summary lists.
    assert [(s.city, s.country) for s in first.notice.position.duty_stations] == [
        (None, Country("CM"))
    ]
    assert [(s.city, s.country) for s in second.notice.position.duty_stations] == [
        (None, Country("EG"))
    ]
    assert second.span_for("$.position.duty_stations") == Span(42, 42)


@pytest.mark.parametrize("page", [PAGE, PAGE_BY_TITLES], ids=lambda path: path.stem)
def test_a_page_of_several_posts_forwarded_in_an_email_gives_the_same_notices(page: Path) -> None:
    """The page quoted line by line ("> POSTE 1 : ..."), as a forwarded email quotes
    it, gives a notice for each post, each as the page gives it, on the same lines.
    It had given one notice of all the posts."""
    text = page.read_text("utf-8")
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
    as_forwarded, as_written = parse_notices(quoted), parse_notices(text)
    assert len(as_forwarded) == len(as_written) == 2
    for forwarded, written in zip(as_forwarded, as_written, strict=True):
        assert forwarded.notice == written.notice
        assert forwarded.span_for("$.position.title") == written.span_for("$.position.title")


def test_each_post_is_read_with_what_the_page_says_of_all() -> None:
    results = parse_notices(PAGE)
    for result in results:
        notice = result.notice
        # The board's closing date, and IOM's introduction, are every post's.
        assert notice.closing_date == dt.date(2026, 1, 9)
        assert result.span_for("$.closing_date") == Span(13, 13)
        assert any(paragraph.startswith("Fondée en 1951") for paragraph in notice.context)
        # The board's count of its posts, and its list of their places, stay as
        # written, of no one post; no doubt says the posts are mixed.
        assert notice.unclassified == (
            SourceLine(5, "Titre du Poste : 08 postes"),
            SourceLine(11, "Lieu du Travail : Cameroun/EGYPTE/Algérie/Tchad/Guinée"),
        )
        assert result.doubts == ()
    first, second = (result.notice.position for result in results)
    # Each post's own sections, none of the other's.
    assert [item.text for group in first.responsibilities for item in group.items] == [
        "Appuyer la mise en œuvre des activités de réintégration.",
        "Assurer le suivi des bénéficiaires.",
    ]
    assert [item.text for group in second.responsibilities for item in group.items] == [
        "Gérer la correspondance du bureau.",
        "Tenir les dossiers administratifs.",
    ]
    assert [str(requirement.language) for requirement in first.languages or ()] == ["fr", "en"]
    assert [str(requirement.language) for requirement in second.languages or ()] == ["en", "ar"]
    assert [supervisor.title for supervisor in second.supervisors] == ["Chef de bureau"]
    assert first.supervisors == ()


def test_the_page_read_as_one_notice_says_it_mixes_them() -> None:
    result = parse_notice(PAGE)
    assert [(doubt.path, doubt.line) for doubt in result.doubts] == [("$.position", 5)]
    assert "announces 8 posts" in result.doubts[0].message


def test_each_posts_findings_are_its_own() -> None:
    first, second = (validate(result) for result in parse_notices(PAGE))
    # The second post's qualifications suggest its grade; the first's grade is stated.
    assert "QUA005" not in {finding.code for finding in first.findings}
    assert "QUA005" in {finding.code for finding in second.findings}


# "POSTE : Coordonnateur de projet – LMI_Maroc" under "Titre du Poste : 02 postes"
# (yop.l-frii.com, October 2025), up to the second post's line.
_COUNTED_POSTS = (
    "Titre du Poste : 02 postes\n"
    "Lieu du Travail : Maroc/Tunisie\n"
    "POSTE : Coordonnateur de projet – LMI_Maroc\n"
    "Le projet THAMM+ vise la mobilité légale.\n"
    "POSTE : Assistant(e) de projet – Tunisie\n"
)


def test_posts_counted_by_the_page_and_not_numbered() -> None:
    # As many post lines as the page counts.
    first, second = parse_notices(f"{_COUNTED_POSTS}Le projet appuie la migration de travail.\n")
    # "LMI_Maroc" names no place: it stays in the title, and the stations the page's.
    assert first.notice.position.title == "Coordonnateur de projet – LMI_Maroc"
    assert [s.country for s in first.notice.position.duty_stations] == [
        Country("MA"),
        Country("TN"),
    ]
    assert second.notice.position.title == "Assistant(e) de projet"
    assert [s.country for s in second.notice.position.duty_stations] == [Country("TN")]


def test_a_posts_doubt_names_the_pages_lines() -> None:
    # The line a doubt's message names had been the line of the post's own text
    # ("G4 (line 4)"): the page's, as the doubt's own line is.
    first, second = parse_notices(f"{_COUNTED_POSTS}Grade : G4\nGrade : G5\n")
    assert first.doubts == ()
    (doubt,) = second.doubts
    assert (doubt.path, doubt.line) == ("$.position.grade", 7)
    assert doubt.message == "stated twice: G4 (line 6) and G5; the last is read"


def test_posts_under_their_marked_titles_where_the_heading_counts_them() -> None:
    first, second = parse_notices(PAGE_BY_TITLES)
    assert first.notice.position.title == (
        "Chargé(e) du développement des capacités en matière de données"
    )
    assert second.notice.position.title == "Spécialiste de la migration de main-d’œuvre"
    assert first.span_for("$.position.title") == Span(15, 15)
    assert second.span_for("$.position.title") == Span(34, 34)
    for result in (first, second):
        notice = result.notice
        assert result.is_inferred("$.position.title")
        # "(P)": a professional post, as the title says.
        assert notice.position.recruiting_type is iomjobs.RecruitingType.PROFESSIONAL
        # What the page's summary says is every post's.
        assert notice.closing_date == dt.date(2025, 12, 18)
        assert [s.country for s in notice.position.duty_stations] == [
            Country("SN"),
            Country("MA"),
        ]
        assert not result.doubts
    # Each post's own duties, and its own lines only.
    assert [item.text for item in second.notice.position.responsibilities[0].items] == [
        "Coordonner les projets de mobilité de main-d’œuvre.",
        "Entretenir les partenariats avec le secteur privé.",
    ]
    assert 34 not in first.read_lines
    assert 15 not in second.read_lines


@pytest.mark.parametrize(("width", "title_lines"), [(64, Span(22, 23)), (80, Span(20, 20))])
def test_posts_under_marked_titles_a_narrow_copy_wrapped(width: int, title_lines: Span) -> None:
    # At 64 columns the first title's mark goes to a line of its own ("...en
    # matière de données" / "(P)"); at 80 the title fits, the page's text wrapped round it.
    text = "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else ""
        for line in PAGE_BY_TITLES.read_text("utf-8").split("\n")
    )
    first, second = parse_notices(text)
    assert first.notice.position.title == (
        "Chargé(e) du développement des capacités en matière de données"
    )
    assert second.notice.position.title == "Spécialiste de la migration de main-d’œuvre"
    assert first.span_for("$.position.title") == title_lines
    assert first.notice.position.recruiting_type is iomjobs.RecruitingType.PROFESSIONAL
    assert not first.doubts
    assert not second.doubts


def test_the_page_of_titles_read_as_one_notice_says_it_mixes_them() -> None:
    result = parse_notice(PAGE_BY_TITLES)
    assert [(doubt.path, doubt.line) for doubt in result.doubts] == [("$.position", 1)]
    assert "announces 2 posts" in result.doubts[0].message
    # The first post's title is no title of the page's.
    assert result.notice.position.title is None


@pytest.mark.parametrize(
    ("heading", "count"),
    [
        ("02 Postes vacants à l’OIM (05 Décembre 2025)", 2),
        ("**3 positions at IOM Somalia**", 3),
        # A heading that names the post counts one notice's posts.
        ("2 Positions of Field Assistant", None),
        ("1 Poste vacant à l’OIM", None),
    ],
)
def test_a_heading_that_counts_the_pages_posts(heading: str, count: int | None) -> None:
    result = parse_notice(f"{heading}\n\nDuty Station: Juba, South Sudan\n\nText.\n")
    doubts = [doubt.message for doubt in result.doubts if doubt.path == "$.position"]
    assert doubts == (
        [f"the page announces {count} posts: the notice read mixes them"] if count else []
    )


@pytest.mark.parametrize(
    "text",
    [
        # One post's line: the page's one post.
        "Titre du Poste : 01 poste\nPOSTE 1 : Chargé de projet – Tchad\nTexte.\n",
        # Numbers that do not count from one up.
        "POSTE 2 : Chargé de projet\nTexte.\nPOSTE 3 : Assistant\nTexte.\n",
        "POSTE 1 : Chargé de projet\nTexte.\nPOSTE 1 : Assistant\nTexte.\n",
        # Unnumbered lines the page does not count, or counts otherwise.
        "POSTE : Chargé de projet\nTexte.\nPOSTE : Assistant\nTexte.\n",
        "Titre du Poste : 03 postes\nPOSTE : Chargé de projet\nTexte.\nPOSTE : Assistant\n",
        # Labels that only begin with the word.
        "Position Title: Driver\nPosition Grade: G3\nText.\n",
        # Marked titles the heading does not count, or counts otherwise.
        "Chargé de projet (P)\nTexte.\nAssistant (UG)\nTexte.\n",
        "02 Postes vacants à l’OIM\nChargé de projet (P)\nTexte.\n",
        "03 Postes vacants à l’OIM\nChargé de projet (P)\nTexte.\nAssistant (UG)\nTexte.\n",
        # Two counts that differ.
        "02 Postes vacants\nTitre du Poste : 03 postes\nChargé (P)\nTexte.\nAssistant (UG)\n",
    ],
)
def test_a_text_of_one_notice_is_read_as_parse_notice_reads_it(text: str) -> None:
    assert parse_notices(text) == (parse_notice(text),)


def test_a_seed_is_one_notice() -> None:
    seed = next((FIXTURES / "seeds").glob("*.txt"))
    assert parse_notices(seed) == (parse_notice(seed),)


def test_a_posts_own_station_outweighs_the_place_after_its_title() -> None:
    text = (
        "Lieu du Travail : Cameroun/Tchad\n"
        "POSTE 1 : Assistant(e) – Cameroun\n"
        "Lieu d’affectation : Douala, Cameroun\n"
        "POSTE 2 : Chargé(e) de projet – Tchad\n"
        "Texte.\n"
    )
    first, second = parse_notices(text)
    assert [(s.city, s.country) for s in first.notice.position.duty_stations] == [
        ("Douala", Country("CM"))
    ]
    assert [(s.city, s.country) for s in second.notice.position.duty_stations] == [
        (None, Country("TD"))
    ]


def test_bytes_are_read_as_parse_notice_reads_them() -> None:
    data = PAGE.read_bytes()
    assert parse_notices(data) == parse_notices(PAGE)
    assert parse_notices(data.decode("utf-8")) == parse_notices(PAGE)


def test_what_is_no_text_is_refused() -> None:
    with pytest.raises(UnreadableInput, match="expected text, bytes or a path"):
        parse_notices(42)  # type: ignore[arg-type]


@st.composite
def pages_of_posts(draw: st.DrawFn) -> str:
    """A page of posts with lines deleted, duplicated, swapped, or post lines added."""
    lines = draw(st.sampled_from([PAGE, PAGE_BY_TITLES])).read_text("utf-8").splitlines()
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "post"]))
        if action == "delete" and len(lines) > 1:
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif draw(st.booleans()):
            number = draw(st.integers(1, 4))
            lines.insert(index, f"POSTE {number} : Chargé(e) de projet – Guinée")
        else:
            lines.insert(index, "Assistant(e) de programme (UG)")
    return "\n".join(lines)


@given(pages_of_posts())
def test_every_line_of_a_page_is_in_one_of_its_notices(text: str) -> None:
    results = parse_notices(text)
    named: set[int] = set()
    for result in results:
        assert iomjobs.loads(iomjobs.dumps(result.notice)) == result.notice
        validate(result)
        named |= set(result.read_lines) | {line.line for line in result.notice.unclassified}
    written = {number for number, line in enumerate(text.split("\n"), 1) if line.strip()}
    assert written <= named
    assert max(named, default=0) <= len(text.split("\n"))


def test_an_html_page_of_several_posts_gives_one_notice_for_each() -> None:
    # parse_html reads one notice, and says the posts are mixed; parse_html_notices
    # reads each post, on the page's lines (one paragraph a line here).
    paragraphs = [line for line in PAGE.read_text("utf-8").splitlines() if line.strip()]
    page = "<html><body>\n" + "".join(f"<p>{line}</p>\n" for line in paragraphs) + "</body></html>"
    assert "announces 8 posts" in parse_html(page).doubts[0].message
    first, second = parse_html_notices(page)
    assert second.notice.position.title == "Assistant(e) administratif(ve)"
    post_line = paragraphs.index("POSTE 2 : Assistant(e) administratif(ve) – Égypte") + 2
    assert second.span_for("$.position.title") == Span(post_line, post_line)
    assert first.notice.closing_date == second.notice.closing_date == dt.date(2026, 1, 9)
    # The text html_text gives is read so too, on its own lines.
    texts = parse_notices(html_text(page))
    assert [result.notice.position for result in texts] == [
        first.notice.position,
        second.notice.position,
    ]


@pytest.mark.parametrize("page", sorted((FIXTURES / "layouts").glob("*.html")))
def test_an_html_page_of_one_post_is_read_as_parse_html_reads_it(page: Path) -> None:
    assert parse_html_notices(page) == (parse_html(page),)


# ajirazetu's list of IOM Tanzania's posts (May 2026): each post's title, then the
# board's summary of it, its first item the employer; no post's own text.
PAGE_OF_SUMMARIES = FIXTURES / "layouts" / "board_list_of_posts_employer.txt"


def test_a_boards_list_of_posts_under_their_titles_gives_one_notice_for_each() -> None:
    """The page had been read as one notice with no title, the second post's summary
    in its context."""
    first, second = parse_notices(PAGE_OF_SUMMARIES)
    assert first.notice.position.title == "Programme Officer (Displacement Tracking Matrix) (DTM)"
    assert first.span_for("$.position.title") == Span(13, 13)
    assert first.is_inferred("$.position.title")
    # "Expedited VN:" before the title names the kind.
    assert first.notice.kind is iomjobs.NoticeKind.VACANCY_NOTICE
    assert str(first.notice.position.grade) == "P-2"
    assert first.notice.posting_period == iomjobs.PostingPeriod(dt.date(2026, 5, 24))
    assert first.notice.position.recruiting_type is iomjobs.RecruitingType.PROFESSIONAL
    assert [(s.city, s.country) for s in first.notice.position.duty_stations] == [
        ("Dar-es-Salaam", Country("TZ"))
    ]
    assert second.notice.position.title == "Senior Project Associate (MECC)"
    assert second.span_for("$.position.title") == Span(22, 22)
    assert second.notice.kind is None
    assert str(second.notice.position.grade) == "G6"
    # "Contract/employment type: General Service": the staff category, recruited locally.
    assert second.notice.position.recruiting_type is iomjobs.RecruitingType.GENERAL_SERVICE
    assert second.notice.position.recruitment is iomjobs.Recruitment.LOCAL
    assert second.span_for("$.position.recruiting_type") == Span(26, 26)
    assert [(s.city, s.country) for s in second.notice.position.duty_stations] == [
        ("Kigoma", Country("TZ"))
    ]
    for result in (first, second):
        assert result.doubts == ()
        assert any(
            paragraph.startswith("IOM is an intergovernmental")
            for paragraph in result.notice.context
        )


def test_the_list_of_posts_read_as_one_notice_says_it_mixes_them() -> None:
    result = parse_notice(PAGE_OF_SUMMARIES)
    assert [(doubt.path, doubt.line) for doubt in result.doubts] == [("$.position", 15)]
    assert "announces 2 posts" in result.doubts[0].message
    assert result.notice.position.title is None


@pytest.mark.parametrize(
    "text",
    [
        # One post so summarized: one notice, its title the line above the summary.
        "Job Listings\n\nProject Assistant\n\n• Employer: International Organization for Migration\n"
        "• Grade: G-4\n",
        # Summaries under no line that names a post: no posts cut.
        "• Employer: International Organization for Migration\n• Grade: G-4\n\n"
        "• Employer: International Organization for Migration\n• Grade: G-5\n",
    ],
)
def test_a_text_with_fewer_than_two_listed_posts_is_one_notice(text: str) -> None:
    (result,) = parse_notices(text)
    assert result.notice == parse_notice(text).notice


def test_the_title_above_a_boards_summary_of_one_post() -> None:
    text = (
        "Job Listings\n\nProject Assistant\n\n"
        "• Employer: International Organization for Migration\n• Grade: G-4\n"
    )
    result = parse_notice(text)
    assert result.notice.position.title == "Project Assistant"
    assert result.span_for("$.position.title") == Span(3, 3)
    # A line that names no post is no title.
    assert parse_notice(text.replace("Project Assistant", "Open now")).notice.position.title is None


def test_the_day_in_brackets_at_the_end_of_the_pages_heading_starts_each_posts_period() -> None:
    """yop.l-frii.com heads each page with the day it posted it ("OFFRE D’EMPLOI A
    L’OIM : POSTULEZ MAINTENANT (06 janvier 2026)"), two weeks before its "Date de
    Soumission"; the posting period had been empty."""
    for result in parse_notices(PAGE):
        assert result.notice.posting_period == iomjobs.PostingPeriod(dt.date(2026, 1, 6))
        assert result.is_inferred("$.posting_period")
        assert result.span_for("$.posting_period") == Span(1, 1)
