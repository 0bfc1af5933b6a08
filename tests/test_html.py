"""HTML pages: the text they show, laid out for the reader, and a page read as it is."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import iomjobs
from iomjobs import (
    Country,
    Currency,
    Grade,
    Language,
    NoticeKind,
    PayPeriod,
    PostingPeriod,
    RecruitingType,
    Salary,
    SupervisionKind,
    VacancyNotice,
    parse_html,
    parse_html_notices,
    parse_notice,
    validate,
)
from iomjobs.parse import MAX_INPUT_CHARACTERS, InputTooLarge, UnreadableInput, html_text
from iomjobs.parse._html import looks_like_html, page_lines
from iomjobs.parse._page_text import Unclosed
from iomjobs.source import Span
from iomjobs.strategies import RenderedNotice, notice_texts, notices
from seed_notices import seed_path
from test_render import _without_words_as_written
from test_wrapped_text import wrapped

_PAGE = Path(__file__).parent / "fixtures" / "layouts" / "html_page.html"
_HTML_DOUBT = "the text is an HTML page, read with its markup"


class TestText:
    @pytest.mark.parametrize("page", [b"<p>Grade: G2</p>", 42, None])
    def test_what_is_no_text_is_refused_with_where_to_read_it(self, page: object) -> None:
        with pytest.raises(UnreadableInput, match=r"expected text \(parse_html reads bytes"):
            html_text(page)  # type: ignore[arg-type]

    def test_paragraphs_and_headings_stand_apart(self) -> None:
        page = "<h2>Context</h2><p>IOM  works\n  in Somalia.</p><div>Second paragraph.</div>"
        assert html_text(page) == "Context\n\nIOM works in Somalia.\n\nSecond paragraph."

    def test_a_line_break_keeps_lines_together(self) -> None:
        page = "<p>Position Title: Driver<br>Grade: G2<br/>Duty Station: Hargeisa</p>"
        assert html_text(page) == "Position Title: Driver\nGrade: G2\nDuty Station: Hargeisa"

    def test_lists_are_bullets_and_numbers(self) -> None:
        page = (
            "<p>Duties:</p><ol><li>Draft reports.</li><li><p>Monitor projects.</p></li></ol>"
            "<ul><li>Internal candidates</li><li></li><li>Female candidates</li></ul>"
        )
        assert html_text(page) == (
            "Duties:\n\n1. Draft reports.\n2. Monitor projects.\n\n"
            "- Internal candidates\n- Female candidates"
        )

    def test_a_line_break_in_a_list_item_sets_its_next_line_under_the_items_text(self) -> None:
        # As a browser shows it: the item goes on under its words, not its marker.
        page = (
            "<ol><li>Prepare reports.<br>Share them with partners.</li><li>Train staff.</li>"
            '</ol><ul><li>Required:<br><br><b>English</b></li></ul><ol start="9">'
            "<li>Plan visits<br>and keep records.</li></ol><p>After<br>the list.</p>"
        )
        assert html_text(page) == (
            "1. Prepare reports.\n   Share them with partners.\n2. Train staff.\n\n"
            "- Required:\n\n  English\n\n9. Plan visits\n   and keep records.\n\n"
            "After\nthe list."
        )

    def test_an_ordered_lists_start_and_an_items_value_number_them(self) -> None:
        # A markdown page writes a list that goes on after a heading from item 9 so.
        page = (
            '<ol start="9"><li>Draft reports.</li><li>Monitor projects.</li></ol>'
            '<ol><li value="4">Train staff.</li><li>Keep records.</li></ol>'
            '<ol start="nine"><li>Plan visits.</li></ol>'
        )
        assert html_text(page) == (
            "9. Draft reports.\n10. Monitor projects.\n\n"
            "4. Train staff.\n5. Keep records.\n\n1. Plan visits."
        )

    def test_an_ordered_lists_type_letters_or_numbers_its_items(self) -> None:
        # Word's web pages letter a list so (<ol type=a>), as its text letters the items.
        page = (
            "<ol type=a><li>Draft reports.</li><li>Monitor projects.</li></ol>"
            '<ol type="I" start="3"><li>Plan visits.</li></ol>'
            '<ol type="a" start="27"><li>Keep records.</li></ol>'
            # As editors letter a list: by its style.
            '<ol style="margin: 0; list-style-type: upper-alpha;"><li>Train staff.</li></ol>'
        )
        assert html_text(page) == (
            "a. Draft reports.\nb. Monitor projects.\n\nIII. Plan visits.\n\n27. Keep records."
            "\n\nA. Train staff."
        )
        # Lettered duties are read as the text's letters are: items without a number.
        lettered = "<h3>Responsibilities</h3>" + page.partition("</ol>")[0] + "</ol>"
        text = "Responsibilities\n\na) Draft reports.\nb) Monitor projects.\n"
        duties = parse_html(lettered).notice.position.responsibilities
        assert duties == parse_notice(text).notice.position.responsibilities
        assert [item.number for item in duties[0].items] == [None, None]

    def test_a_tables_rows_are_pipe_rows(self) -> None:
        page = (
            "<table><tr><th>Field</th><th>Value</th></tr>"
            "<tr><td>Duty Station</td><td>Berbera,\n Somaliland</td></tr>"
            "<tr><td></td><td></td></tr></table><p>After.</p>"
        )
        assert html_text(page) == (
            "| Field | Value |\n| Duty Station | Berbera, Somaliland |\n\nAfter."
        )

    def test_two_tables_stand_apart(self) -> None:
        # Their rows had run on as one table's: a row of labels above another's values.
        page = (
            "<table><tr><td>Type of Appointment</td><td>Duration</td></tr>"
            "<tr><td>Consultancy</td><td>75 working days</td></tr></table>"
            "<table><tr><td>Duty Station</td><td>Closing Date</td></tr>"
            "<tr><td>Chisinau, Moldova</td><td>15 April 2022</td></tr></table>"
        )
        assert html_text(page) == (
            "| Type of Appointment | Duration |\n| Consultancy | 75 working days |\n\n"
            "| Duty Station | Closing Date |\n| Chisinau, Moldova | 15 April 2022 |"
        )
        notice = parse_html(page).notice
        assert [s.city for s in notice.position.duty_stations] == ["Chisinau"]
        assert notice.closing_date == dt.date(2022, 4, 15)

    def test_a_line_break_in_a_fields_cell_parts_its_lines(self) -> None:
        # As a converter from HTML to markdown writes it, and the reader reads it.
        page = "<table><tr><td>Duty Station</td><td>Berbera,<br>Somaliland</td></tr></table>"
        assert html_text(page) == "| Duty Station | Berbera,<br>Somaliland |"

    def test_a_line_break_in_another_rows_cell_keeps_the_cells_words_apart(self) -> None:
        page = "<table><tr><td>Deliverable</td><td>First report<br>and annex</td></tr></table>"
        assert html_text(page) == "| Deliverable | First report and annex |"

    def test_a_definition_lists_terms_are_rows(self) -> None:
        # As ReliefWeb shows a job's organization, its posting and its closing date.
        page = (
            "<dl><dt>Organization</dt><dd><a href='/iom'>IOM</a></dd>\n"
            "<dt>Posted</dt>\n<dd><time datetime='2020-04-02'>2 Apr 2020</time></dd></dl>"
            "<p>After.</p>"
        )
        assert html_text(page) == "| Organization | IOM |\n| Posted | 2 Apr 2020 |\n\nAfter."

    def test_a_fields_several_descriptions_are_its_values_lines(self) -> None:
        page = (
            "<dl><dt>Reports directly to</dt><dd>Head of Office</dd>"
            "<dd>Programme Manager (technical)</dd></dl>"
        )
        assert html_text(page) == (
            "| Reports directly to | Head of Office<br>Programme Manager (technical) |"
        )
        supervisors = parse_html(page).notice.position.supervisors
        assert [(s.kind, s.title) for s in supervisors] == [
            (SupervisionKind.UNSPECIFIED, "Head of Office"),
            (SupervisionKind.TECHNICAL, "Programme Manager (technical)"),
        ]

    def test_another_terms_several_descriptions_are_its_cells(self) -> None:
        # Not one value's words run together: "Protection Recovery".
        page = "<dl><dt>Themes</dt><dd>Protection</dd><dd>Recovery</dd></dl>"
        assert html_text(page) == "| Themes | Protection | Recovery |"

    def test_a_description_of_blocks_reads_as_a_tables_cell_of_them(self) -> None:
        page = "<dl><dt>Note</dt><dd><p>First.</p><p>Second.</p></dd></dl>"
        assert html_text(page) == "Note\n\nFirst.\n\nSecond."
        page = "<dl><dt>Duty Stations</dt><dd><ul><li>Bangkok</li><li>Dakar</li></ul></dd></dl>"
        assert html_text(page) == "Duty Stations\n- Bangkok\n- Dakar"

    def test_a_description_with_no_term_and_a_list_in_a_description(self) -> None:
        assert html_text("<dl><dd>Alone.</dd><dd>Again.</dd></dl>") == "Alone.\n\nAgain."
        page = (
            "<dl><dt>Details</dt><dd><dl><dt>Grade</dt><dd>G6</dd></dl></dd>"
            "<dt>Closing date</dt><dd>15 April 2020</dd></dl>"
        )
        assert html_text(page) == "Details\n\n| Grade | G6 |\n\n| Closing date | 15 April 2020 |"

    def test_a_table_written_over_lines_and_left_open(self) -> None:
        page = "<table>\n <tr>\n  <td>a</td>\n  <td>b</td>\n <tr>c<td>d</td>\n</table>"
        assert html_text(page) == "| a | b |\n| c | d |"

    def test_a_table_laid_out_with_paragraphs_reads_as_paragraphs(self) -> None:
        page = "<table><tr><td>Note</td><td><p>First.</p><p>Second.</p></td></tr></table>"
        assert html_text(page) == "Note\n\nFirst.\n\nSecond."
        page = "<table><tr><td>Note</td><td><h3>Grade</h3><p>G6</p></td></tr></table>"
        assert html_text(page) == "Note\n\nGrade\n\nG6"

    def test_what_no_reader_sees_is_left_out(self) -> None:
        page = (
            "<html><head><title>Jobs</title><style>p {color: red}</style></head>"
            "<body><script>var x = '<p>no</p>';</script><p>Shown</p>"
            "<noscript>Enable scripts</noscript><!-- a comment --><template>Later</template>"
            "</body></html>"
        )
        assert html_text(page) == "Shown"

    def test_a_head_never_closed_ends_at_the_body(self) -> None:
        assert html_text("<head><title>Jobs<body><p>Shown</p>") == "Shown"
        assert html_text("<head><title>Jobs</title><p>Shown, with no body tag</p>") == (
            "Shown, with no body tag"
        )
        # Text in a head, outside its title, scripts and styles: the body begins.
        assert html_text("<head><meta charset=utf-8>Grade: G2<p>Shown</p>") == (
            "Grade: G2\n\nShown"
        )

    def test_an_element_that_hides_what_it_holds_ends_where_it_opens_inside(self) -> None:
        page = "<p>Shown</p><svg><title>Icon</title><path d='M0'/></svg><p>After</p>"
        assert page_lines(page)[:3] == ("Shown\n\nAfter", (1, 1, 1), ())

    def test_emphasis_sets_a_word_apart(self) -> None:
        page = "<p>Fluency in<strong>English</strong>and<em>Somali</em>is required.</p>"
        assert html_text(page) == "Fluency in English and Somali is required."
        assert html_text("<p><b>IOM</b>&#8217;s <i>own</i> staff, <b>G6</b>.</p>") == (
            "IOM\u2019s own staff, G6."
        )

    def test_character_references_are_resolved(self) -> None:
        page = "<p>IOM&#8217;s Terms &amp; Conditions&nbsp;apply &lt;here&gt;</p>"
        assert html_text(page) == "IOM\u2019s Terms & Conditions\u00a0apply <here>"

    def test_preformatted_text_keeps_its_lines(self) -> None:
        page = "<pre>Grade:   G6\nClosing:  15 April 2020\n</pre><p>After</p>"
        assert html_text(page) == "Grade:   G6\nClosing:  15 April 2020\n\nAfter"

    def test_preformatted_text_keeps_its_blank_lines(self) -> None:
        # Text a board shows as it came (pdftotext's, say): a blank line parts
        # paragraphs, two may stand where a page broke.
        page = "<pre>Context\n\nIOM works in\n\n\nSomalia.\n</pre>"
        assert page_lines(page)[:3] == (
            "Context\n\nIOM works in\n\n\nSomalia.",
            (1, 3, 3, 6, 6, 6),
            (),
        )

    def test_two_line_breaks_show_a_blank_line(self) -> None:
        # As editors part paragraphs: "Context<br><br>IOM works..."
        page = "<p>Context<br><br>\nIOM works in Somalia.<br>\n<br><br>Since 2006.<br>Grade: G6</p>"
        assert html_text(page) == ("Context\n\nIOM works in Somalia.\n\n\nSince 2006.\nGrade: G6")

    def test_broken_markup_is_read_as_far_as_it_goes(self) -> None:
        assert html_text("<p>Open <b>bold <i>both</p><li>item") == "Open bold both\n\n- item"
        assert html_text("") == ""
        assert html_text("plain text, no markup") == "plain text, no markup"

    def test_a_malformed_marked_section_is_a_comment(self) -> None:
        # "<![" and no name: html.parser had stopped with an AssertionError (found by
        # the property below). A browser reads a comment to the next ">"; without
        # one, the text stays as written.
        assert html_text("Closing <![0 date> date: 15 April 2020") == "Closing date: 15 April 2020"
        assert html_text("<![0") == "<![0"
        assert html_text("<![if !supportLists]>- <![endif]>Item") == "- Item"

    @given(st.text())
    @example("<![0")
    def test_any_text_gives_text(self, page: str) -> None:
        lines = html_text(page).split("\n")
        assert all(line == line.strip(" \t\n\r\f") for line in lines)

    @given(st.text(alphabet=st.characters(blacklist_characters="<&")))
    def test_text_with_no_markup_is_its_words(self, text: str) -> None:
        assert html_text(text) == re.sub(r"[ \t\n\r\f]+", " ", text).strip(" ")


_TAGS = [
    f"<{slash}{name}>"
    for name in (
        *("p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "strong", "h2", "pre"),
        *("dl", "dt", "dd"),
    )
    for slash in ("", "/")
] + ["<br>", "<br/>", "<hr>"]
_WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


@given(
    st.lists(
        st.sampled_from([*_TAGS, "\n"])
        # A label's word among them: a header field's row parts its cell's lines by "<br>".
        | (_WORDS | st.just("Grade")).map(lambda word: f" {word} "),
        max_size=40,
    )
)
@example(pieces=["<tr>", "<td>", " Grade ", "<td>", " a ", "<p>", " b ", "</tr>"])
def test_every_word_a_page_shows_is_kept_in_order(pieces: list[str]) -> None:
    """Markup in any order, closed or not, loses no word and moves none."""
    page = "".join(pieces)
    shown = [piece.strip() for piece in pieces if piece.startswith(" ")]
    words = [word for word in re.split(r"[\s|]+|<br>", html_text(page)) if word]
    # A list item's bullet or number is the text's own, not the page's.
    assert [word for word in words if not re.fullmatch(r"-|\d+\.", word)] == shown


_PLACED_TAG = st.builds(
    '<p style="position:absolute;top:{}px;left:{}px">'.format,
    st.sampled_from([0, 2, 18, 36, 54, 90, 400]),
    st.sampled_from([50, 108, 300]),
)


@given(
    st.lists(
        _PLACED_TAG | st.sampled_from([*_TAGS, "\n", "</p>"]) | _WORDS.map(lambda w: f" {w} "),
        min_size=10,
        max_size=60,
    ).map(lambda pieces: ['<p style="position:absolute;top:9px;left:9px">x</p>'] * 10 + pieces)
)
def test_a_page_of_placed_lines_loses_no_word(pieces: list[str]) -> None:
    """Pieces placed anywhere, among any markup: every word is kept, whatever its line."""
    page = "".join(pieces)
    shown = sorted(piece.strip() for piece in pieces if piece.startswith(" "))
    words = [word for word in re.split(r"[\s|]+", html_text(page)) if word]
    assert sorted(w for w in words if not re.fullmatch(r"-|\d+\.|x", w)) == shown


@given(
    st.lists(
        st.sampled_from([*_TAGS, "\n", "\r\n", "Grade: G6", "Closing Date: 15 April 2020"])
        | _WORDS.map(lambda word: f" {word} "),
        max_size=40,
    )
)
# A page's paragraph that runs two source lines into one, the label run into the
# words of the first: the value kept is kept with the line's first words.
@example(pieces=[" aa ", "\n", "Grade: G6", " a "])
# Words the reader takes for a ligature's split by a space ("ffi a", as "Offi ces"
# is "Offices"), joined: the line holds them with the space (found by hypothesis).
@example(pieces=[" ffi ", " a ", "Grade: G6", " a "])
def test_a_pages_lines_are_its_own(pieces: list[str]) -> None:
    """Every line `parse_html` names is a line of the page, and holds the text said to be there."""
    page = "".join(pieces)
    result = parse_html(page)
    lines = page.replace("\r\n", "\n").split("\n")
    named = [n for _, span in result.provenance.spans for n in (span.first_line, span.last_line)]
    named += [d.line for d in result.doubts] + [i.line for i in result.inferred]
    named += list(result.read_lines)
    assert all(1 <= number <= len(lines) for number in named)
    joined = any(repair.description.startswith("ligatures split") for repair in result.repairs)
    for source_line in result.notice.unclassified:
        first_word = source_line.text.lstrip("-|0123456789. ").split(" ")[0]
        line = lines[source_line.line - 1]
        assert first_word in (line.replace(" ", "") if joined else line)


class TestLeftOpen:
    """A script, style or title never closed would hide the rest of the page.

    A browser shows nothing after it; a page that holds its notice there has
    lost the end tag (a scraper or an editor cut it). The text is read from
    the next markup that shows text on lines of its own, and said to be.
    """

    def test_the_text_after_a_script_left_open_is_read_and_said_to_be(self) -> None:
        page = "<p>Shown <script>track()\n<p>Grade: G6</p>"
        assert page_lines(page)[:3] == (
            "Shown\n\nGrade: G6",
            (1, 2, 2),
            (Unclosed("script", 1, 2),),
        )

    @pytest.mark.parametrize("tag", ["script", "style", "svg", "noscript", "template", "title"])
    def test_the_fixtures_notice_after_an_element_left_open_reads_as_the_page(
        self, tag: str
    ) -> None:
        page = _PAGE.read_text("utf-8")
        heading = page.index("<h1")
        damaged = f"{page[:heading]}<{tag}>track();{page[heading:]}"
        result, intact = parse_html(damaged), parse_html(page)
        assert result.notice == intact.notice
        assert result.provenance == intact.provenance
        line = page.count("\n", 0, heading) + 1
        (doubt,) = result.doubts
        assert (doubt.path, doubt.line) == ("$", line)
        assert doubt.message == (
            f"<{tag}> on line {line} is never closed: the page's text from "
            f"line {line} on, which it would hide, is read"
        )

    def test_a_head_script_left_open_ends_before_the_body(self) -> None:
        page = _PAGE.read_text("utf-8")
        damaged = page.replace(
            "dataLayer.push(arguments);}</script>", "dataLayer.push(arguments);}"
        )
        result = parse_html(damaged)
        assert result.notice == parse_html(page).notice
        assert [(d.line, d.message.split(":")[0]) for d in result.doubts] == [
            (8, "<script> on line 8 is never closed")
        ]

    def test_the_doubt_is_reported(self) -> None:
        page = "<p>Position Title: Driver</p><script>track()\n<p>Grade: G2</p>"
        findings = [f for f in validate(parse_html(page)) if f.code == "TXT006"]
        assert [(f.path, f.span) for f in findings] == [("$", Span(1, 1))]

    def test_with_no_markup_after_it_what_it_hides_is_named(self) -> None:
        page = "<p>Shown</p>\n<script>track()\nvar grade = 'G6';"
        reading = page_lines(page)
        assert reading.text == "Shown"
        assert reading.unclosed == (Unclosed("script", 2, None),)
        doubt = parse_html(page).doubts[0]
        assert doubt.message == (
            "<script> on line 2 is never closed: the rest of the page, which it hides, is not read"
        )

    def test_elements_left_open_one_after_another(self) -> None:
        page = "<p>a</p><script>x()<p>b</p><style>p {}<p>c</p>"
        assert page_lines(page)[:3] == (
            "a\n\nb\n\nc",
            (1, 1, 1, 1, 1),
            (Unclosed("script", 1, 1), Unclosed("style", 1, 1)),
        )

    def test_a_page_of_many_left_open_is_read_a_bounded_number_of_times(self) -> None:
        page = "".join(f"<p>{n}</p><script>x()\n" for n in range(50))
        reading = page_lines(page)
        assert len(reading.unclosed) == 9
        assert reading.unclosed[-1].resumed is None
        assert reading.text.split() == [str(n) for n in range(9)]

    @given(
        st.lists(st.sampled_from(_TAGS) | _WORDS.map(lambda word: f" {word} "), max_size=20),
        st.sampled_from(["script", "style", "title", "svg"]),
    )
    def test_every_word_after_an_element_left_open_is_kept(
        self, pieces: list[str], tag: str
    ) -> None:
        page = f"<{tag}>hidden()<p>" + "".join(pieces)
        shown = [piece.strip() for piece in pieces if piece.startswith(" ")]
        words = [word for word in re.split(r"[\s|]+", html_text(page)) if word]
        assert [word for word in words if not re.fullmatch(r"-|\d+\.", word)] == shown


_FIXTURES = Path(__file__).parent / "fixtures"
_TEXTS = sorted([*_FIXTURES.glob("seeds/*.txt"), *_FIXTURES.glob("layouts/*.txt")])


def _as_line_breaks(lines: list[str]) -> str:
    return "<div>" + "<br>\n".join(html.escape(line) for line in lines) + "</div>"


def _as_preformatted(lines: list[str]) -> str:
    return "<pre>" + html.escape("\n".join(lines)) + "</pre>"


@pytest.mark.parametrize(
    ("path", "as_page"),
    [
        (path, as_page)
        for path in _TEXTS
        for as_page in (_as_line_breaks, _as_preformatted)
        # A grid table shown with <br> lines has its spaces collapsed: its lists'
        # hanging indent goes, and with it where an item's lines go on in its cell.
        if not (as_page is _as_line_breaks and path.name == "post_description_grid_table.txt")
    ],
    ids=lambda value: value.name if isinstance(value, Path) else value.__name__,
)
def test_a_text_shown_as_it_stands_reads_as_the_text(
    path: Path, as_page: Callable[[list[str]], str]
) -> None:
    """A fixture a board shows line for line (``<br>`` lines, or a ``<pre>``) reads as it does."""
    text = parse_notice(path)
    page = parse_html(as_page(path.read_text("utf-8").splitlines()))
    assert attrs.evolve(page.notice, unclassified=()) == attrs.evolve(text.notice, unclassified=())


def _pdftohtml(pages: list[list[str]], height: int = 18) -> str:
    """*pages* of printed lines as ``pdftohtml -c`` writes them.

    Each piece of a line a paragraph of its own, placed by its style, its
    spaces no-break spaces: ``<p style="position:absolute;top:135px;
    left:108px;white-space:nowrap" class="ft10">Position&#160;title</p>``.
    A line's pieces parted by tabs stand side by side, as a table's cells; a
    blank line is a line's height of space.
    """
    out = ['<!DOCTYPE html><html>\n<head>\n<title>notice.pdf</title>\n<style type="text/css">']
    out += ['<!--\n\tp {margin: 0; padding: 0;}\n-->\n</style>\n</head>\n<body vlink="blue">']
    for number, lines in enumerate(pages, start=1):
        out.append(
            f'<div id="page{number}-div" style="position:relative;width:918px;height:1188px;">'
        )
        for row, line in enumerate(lines):
            for column, piece in enumerate(line.split("\t")):
                if piece.strip():
                    style = (
                        f"position:absolute;top:{72 + row * height}px;left:{108 + column * 200}px"
                    )
                    words = html.escape(piece.strip(), quote=False).replace(" ", "&#160;")
                    out.append(f'<p style="{style};white-space:nowrap" class="ft10">{words}</p>')
        out.append("</div>")
    return "\n".join([*out, "</body>\n</html>\n"])


def _printed(text: str, lines_a_page: int = 48) -> list[list[str]]:
    """*text* printed as a PDF prints it: wrapped at 90 columns, with a running head and foot.

    A run of spaces is one, as pdftotext writes the gap between a list's
    number and its text ("5.    Support..." in a board's text).
    """
    lines = [" ".join(line.split()) for line in wrapped(text, 90).split("\n")]
    cut = range(0, len(lines), lines_a_page)
    return [
        ["Vacancy Notice", *lines[start : start + lines_a_page], f"Page {page} of {len(cut)}"]
        for page, start in enumerate(cut, start=1)
    ]


def _pdftohtml_noframes(pages: list[list[str]]) -> str:
    """*pages* of printed lines as ``pdftohtml -noframes`` writes them.

    Each page's lines broken by ``<br/>``, an anchor naming the page at its
    start (``<a name=2></a>``), a rule after it.
    """
    out = ['<!DOCTYPE html><HTML>\n<HEAD>\n<TITLE>notice.pdf</TITLE>\n</HEAD>\n<BODY vlink="blue">']
    for number, lines in enumerate(pages, start=1):
        escaped = (html.escape(line, quote=False) for line in lines)
        out += [f"<a name={number}></a>" + "<br/>\n".join(escaped) + "<br/>", "<hr/>"]
    return "\n".join([*out, "</BODY>\n</HTML>\n"])


@pytest.mark.parametrize(
    "path",
    [path for path in _TEXTS if len(_printed(path.read_text("utf-8"))) > 1],
    ids=lambda path: path.name,
)
def test_a_pdf_as_pdftohtml_writes_its_pages_reads_as_pdftotext_writes_them(path: Path) -> None:
    # Each page's first line after pdftohtml's anchor had not begun a page: a
    # running foot without a page number ran into the text around it.
    foot = "International Organization for Migration"
    pages = [[*lines[:-1], foot] for lines in _printed(path.read_text("utf-8"))]
    text = parse_notice("\n\f".join("\n".join(lines) for lines in pages))
    page = parse_html(_pdftohtml_noframes(pages))
    assert attrs.evolve(page.notice, unclassified=()) == attrs.evolve(text.notice, unclassified=())


def test_an_anchor_inside_a_line_breaks_nothing() -> None:
    page = "<p>Closing <a name=2></a>Date: 15 April 2020</p><p>Grade: G6</p>"
    assert html_text(page) == "Closing Date: 15 April 2020\n\nGrade: G6"


class TestPlacedLines:
    """Pages that place each printed line where the PDF had it (``pdftohtml -c``)."""

    @pytest.mark.parametrize(
        "path",
        # Ten lines or more: a page places as many where its lines are placed.
        [path for path in _TEXTS if sum(map(len, _printed(path.read_text("utf-8")))) >= 10],
        ids=lambda path: path.name,
    )
    def test_a_pdf_as_pdftohtml_places_it_reads_as_pdftotext_writes_it(self, path: Path) -> None:
        # Each line had read as a paragraph of its own: 12 of these 43 fixtures
        # had read as pdftotext's text of the same pages does.
        pages = _printed(path.read_text("utf-8"))
        # pdftotext begins each page after the first with a form feed.
        text = parse_notice("\n\f".join("\n".join(lines) for lines in pages))
        page = parse_html(_pdftohtml(pages))
        assert attrs.evolve(page.notice, unclassified=()) == attrs.evolve(
            text.notice, unclassified=()
        )
        kept = [" ".join(line.text.split()) for line in page.notice.unclassified]
        assert kept == [" ".join(line.text.split()) for line in text.notice.unclassified]

    def test_lines_go_on_stand_apart_and_share_a_row(self) -> None:
        lines = ["Position title\tDriver", "Duties", "", "Drive the office's", "vehicles safely."]
        page = _pdftohtml([lines * 3])
        assert html_text(page).split("\n")[:7] == [
            "Position title\tDriver",
            "Duties",
            "",
            "Drive the office's",
            "vehicles safely.",
            "Position title\tDriver",
            "Duties",
        ]

    def test_a_rows_pieces_are_read_from_the_left(self) -> None:
        # pdftohtml writes a row's pieces as the PDF's text runs, not always from the left.
        rows = "".join(
            f'<p style="position:absolute;top:{top}px;left:{left}px">{words}</p>'
            for top, left, words in [
                (306, 584, "TRAVEL"),
                (324, 919, "25.00"),
                (326, 584, "PER DIEM"),
            ]
            * 4
        )
        # Back up: a new page.
        assert html_text(rows).split("\n")[:3] == ["TRAVEL", "PER DIEM\t25.00", "\fTRAVEL"]

    def test_a_new_page_begins_after_a_form_feed(self) -> None:
        pages = [["Tasks", "- Draft the mission's reports on"], ["the programme's activities."]] * 4
        text = html_text(_pdftohtml(pages))
        assert "\n\fthe programme's activities.\n" in text

    @pytest.mark.parametrize(
        "style",
        [
            "position:relative;top:{top}px",  # placed, but not on the page
            "position:absolute;top:{top}%",  # not in pixels
        ],
    )
    def test_what_is_not_placed_in_pixels_stands_apart_as_paragraphs(self, style: str) -> None:
        page = "".join(f'<p style="{style.format(top=18 * n)}">Line {n}</p>' for n in range(12))
        assert html_text(page).split("\n")[:3] == ["Line 0", "", "Line 1"]

    def test_a_few_placed_elements_place_nothing(self) -> None:
        # A menu or a badge a page places: not a page of placed lines.
        page = "".join(
            f'<p style="position:absolute;top:{18 * n}px">Line {n}</p>' for n in range(9)
        )
        assert html_text(page).split("\n")[:3] == ["Line 0", "", "Line 1"]


class TestPage:
    """A notice as its site's page shows it.

    `html_page.html` is the Netlify site's notice of `markdown_front_matter.txt`
    as the site renders its markdown (markdown-it, CommonMark), in the site's page.
    """

    def test_the_pages_text_reads_as_the_notice(self) -> None:
        result = parse_notice(html_text(_PAGE.read_text("utf-8")))
        notice = result.notice
        assert notice.position.title == "Senior Programme Assistant"
        assert notice.reference == "SVN/IOMSO/005/2020"
        assert notice.kind is NoticeKind.SPECIAL_VACANCY_NOTICE
        assert [(s.city, s.country) for s in notice.position.duty_stations] == [
            ("Berbera", Country("SO"))
        ]
        assert str(notice.position.grade) == "G6"
        assert notice.closing_date == dt.date(2020, 4, 15)
        assert notice.posting_period is not None
        assert notice.posting_period.start == dt.date(2020, 4, 2)
        assert [len(group.items) for group in notice.position.responsibilities] == [4]
        competencies = notice.position.competencies
        assert competencies is not None
        assert competencies.core is not None
        assert competencies.core.level == 2
        assert notice.how_to_apply is not None
        assert notice.how_to_apply.email == "recruitment-example@iom.int"
        assert not [d for d in result.doubts if d.message.startswith(_HTML_DOUBT)]
        # "Fluency in<strong>English</strong>and<strong>Somali</strong>is required.": the
        # page sets each language apart in bold, where the editor left out the spaces.
        languages = notice.position.languages or ()
        assert [(str(r.language), r.required) for r in languages] == [("en", True), ("so", True)]
        assert notice.unclassified == ()

    def test_the_page_as_it_is_is_doubted(self) -> None:
        page = _PAGE.read_text("utf-8")
        assert looks_like_html(page)
        result = parse_notice(page)
        (doubt,) = [d for d in result.doubts if d.message.startswith(_HTML_DOUBT)]
        assert (doubt.path, doubt.line) == ("$", 1)

    @pytest.mark.parametrize(
        "text",
        [
            "Position Title: Driver\nDuty Station: Hargeisa, Somalia\n",
            # A markdown page that keeps an HTML comment, as the Netlify page does.
            "<!--StartFragment-->\n\nPosition Title:**Driver**\n",
            "<Insert title here>\nDuty Station: Hargeisa\n",
        ],
    )
    def test_text_is_not_doubted(self, text: str) -> None:
        assert not looks_like_html(text)
        assert not [d for d in parse_notice(text).doubts if d.message.startswith(_HTML_DOUBT)]


def test_a_header_a_page_lists_is_read_as_the_header() -> None:
    # A board's page lists the header's labels in bold, each an item (eoi-ye.com, 2026).
    page = (
        "<h2>Job Description</h2><p>Open to Internal and External Candidates</p><ul>"
        "<li><strong>Position:</strong> Movement Operations Assistant (Field Support)</li>"
        "<li><strong>Duty Station:</strong> Yemen, Aden</li>"
        "<li><strong>IOM Classification:</strong> G4</li>"
        "<li><strong>Closing Date:</strong> Tuesday, 17th February 2026</li></ul>"
        "<p>Established in 1951, IOM is the leading inter-governmental organization.</p>"
    )
    notice = parse_html(page).notice
    assert notice.position.title == "Movement Operations Assistant (Field Support)"
    assert [(s.city, s.country) for s in notice.position.duty_stations] == [("Aden", Country("YE"))]
    assert str(notice.position.grade) == "G4"
    assert notice.closing_date == dt.date(2026, 2, 17)
    assert notice.context == (
        "Established in 1951, IOM is the leading inter-governmental organization.",
    )


def test_a_header_as_a_definition_list_is_read_as_its_fields() -> None:
    """Each term and its description a field, as a table's row is: the term "Languages"
    had opened the languages' section, which took in the closing date, unread, and the
    duties, as notes on the languages."""
    page = (
        "<h1>Programme Assistant</h1><dl>"
        "<dt>Duty Station</dt><dd>Kampala, Uganda</dd>"
        "<dt>Classification</dt><dd>General Service Staff, Grade G5</dd>"
        "<dt>Languages</dt><dd>English</dd><dd>French</dd>"
        "<dt>Closing Date</dt><dd>15 January 2026</dd></dl>"
        "<p>Under the overall supervision of the Chief of Mission, the Programme Assistant"
        " will:</p><ul><li>Support the implementation of activities.</li>"
        "<li>Draft reports and minutes.</li></ul>"
    )
    result = parse_html(page)
    notice = result.notice
    assert [(s.city, s.country) for s in notice.position.duty_stations] == [
        ("Kampala", Country("UG"))
    ]
    assert str(notice.position.grade) == "G5"
    assert notice.closing_date == dt.date(2026, 1, 15)
    assert result.span_for("$.closing_date") == Span(1, 1)
    assert [len(group.items) for group in notice.position.responsibilities] == [2]
    assert notice.position.language_notes == ()
    assert "| Languages | English | French |" in notice.context
    assert notice.unclassified == ()


def test_a_labels_paragraph_and_the_list_after_it_are_a_field() -> None:
    # The list stands a blank line below its label's paragraph, as the page parts them.
    page = (
        "<p>Position Title: Programme Officer</p><p><strong>Duty Stations:</strong></p>"
        "<ul><li>Bangkok, Thailand</li><li>Dakar, Senegal</li></ul>"
        "<p>Classification: Professional Staff, Grade P-2</p>"
    )
    assert "Duty Stations:\n\n- Bangkok, Thailand\n- Dakar, Senegal" in html_text(page)
    notice = parse_html(page).notice
    assert [(s.city, s.country) for s in notice.position.duty_stations] == [
        ("Bangkok", Country("TH")),
        ("Dakar", Country("SN")),
    ]
    assert (notice.context, notice.unclassified) == ((), ())


def test_a_list_items_lines_a_line_break_parts_are_one_duty() -> None:
    # A page written in an editor that breaks a line within a bullet (Shift+Enter):
    # "Share them with partners." had been a duty of its own, with no number.
    page = (
        "<h1>Project Assistant (Protection)</h1>\n"
        "<p><strong>Core Functions / Responsibilities:</strong></p>\n"
        "<ol><li>Assist in case management of vulnerable migrants.</li>\n"
        "<li>Prepare weekly reports on the assistance provided.<br>\n"
        "Share them with partners and the Protection Officer.</li>\n"
        "<li>Perform such other duties as may be assigned.</li></ol>\n"
        "<p><strong>Education</strong></p><ul><li>Completed secondary education with five"
        " years of relevant experience.</li></ul>"
    )
    result = parse_html(page)
    (duties,) = result.notice.position.responsibilities
    assert [(item.number, item.text) for item in duties.items] == [
        (1, "Assist in case management of vulnerable migrants."),
        (
            2,
            "Prepare weekly reports on the assistance provided."
            " Share them with partners and the Protection Officer.",
        ),
        (3, "Perform such other duties as may be assigned."),
    ]
    assert result.span_for("$.position.responsibilities[0].items[1]") == Span(4, 5)


def test_a_tables_rows_of_two_labels_and_values_are_their_fields() -> None:
    """A page's table of two pairs a row, as brightspyre sets a call's facts (2024).

    Each row had been one field, the first label's, its value the other three
    cells: no closing date, no station, the rows left unclassified.
    """
    page = (
        "<h1>Call for application-Consultant Interpreters (COA)</h1>\n<table>\n"
        "<tr><td>Posted date</td><td>31st October, 2024</td>"
        "<td>Last date to apply</td><td>14th November, 2025</td></tr>\n"
        "<tr><td>Country</td><td>Pakistan</td><td>Locations</td><td>Islamabad</td></tr>\n"
        "<tr><td>Deliverable</td><td>Report</td><td>Timeline</td><td>Two weeks</td></tr>\n"
        "</table>\n<p>Under the direct supervision of the COA Coordinator, the interpreter"
        " provides communication between IOM staff and beneficiaries.</p>\n"
    )
    result = parse_html(page)
    notice = result.notice
    assert notice.posting_period == PostingPeriod(dt.date(2024, 10, 31))
    assert notice.closing_date == dt.date(2025, 11, 14)
    assert [(s.city, s.country) for s in notice.position.duty_stations] == [
        ("Islamabad", Country("PK"))
    ]
    assert result.span_for("$.closing_date") == Span(3, 3)
    assert result.span_for("$.position.duty_stations") == Span(4, 4)
    # A row whose cells are no labels' stays as it was, context.
    assert "| Deliverable | Report | Timeline | Two weeks |" in notice.context
    assert notice.unclassified == ()


_RELIEFWEB_PAGE = _PAGE.with_name("reliefweb_job_page.html")


def test_reliefwebs_page_of_a_notice_reads_as_the_notice() -> None:
    """ReliefWeb's page of a job: the notice's page (`html_page.html`) as ReliefWeb
    shows it, under its country, the title, and the job's organization, posting and
    closing dates as a definition list (its classes as ReliefWeb's, 2025)."""
    page = _RELIEFWEB_PAGE.read_text("utf-8")
    assert html_text(page).split("\n\n")[2] == (
        "| Organization | International Organization for Migration |\n"
        "| Posted | 2 Apr 2020 |\n| Closing date | 15 Apr 2020 |"
    )
    result = parse_html(page)
    notice, as_its_site = result.notice, parse_html(_PAGE.read_text("utf-8")).notice
    assert attrs.evolve(notice, context=()) == attrs.evolve(as_its_site, context=())
    # The board's facts, each a paragraph of context, as its row stands.
    assert notice.context == (
        "Somalia",
        "| Organization | International Organization for Migration |",
        "| Posted | 2 Apr 2020 |",
        *as_its_site.context,
    )
    # The closing date ReliefWeb shows, and the notice's.
    assert result.span_for("$.closing_date") == Span(18, 30)


def test_a_doubts_message_names_the_pages_lines() -> None:
    """The line a doubt's message names is the page's, as the doubt's own line is: it had
    been the line of the text the page shows ("(line 7)", the page's line 18)."""
    page = _RELIEFWEB_PAGE.read_text("utf-8").replace(">15 Apr 2020<", ">16 Apr 2020<")
    result = parse_html(page)
    assert result.notice.closing_date == dt.date(2020, 4, 15)
    (doubt,) = result.doubts
    assert (doubt.path, doubt.line) == ("$.closing_date", 30)
    assert doubt.message == "stated twice: 2020-04-16 (line 18) and 2020-04-15; the last is read"


class TestPageLines:
    """`parse_html` names the page's lines, each the line a text starts on."""

    def test_the_fixtures_fields_name_their_page_lines(self) -> None:
        page = _PAGE.read_text("utf-8")
        result = parse_html(_PAGE)
        # The notice the page's text gives, but for its lines' numbers.
        from_text = parse_notice(html_text(page)).notice
        assert attrs.evolve(result.notice, unclassified=()) == attrs.evolve(
            from_text, unclassified=()
        )
        assert result.span_for("$.position.duty_stations") == Span(19, 19)
        assert result.span_for("$.closing_date") == Span(23, 23)
        assert result.span_for("$.position.languages") == Span(46, 46)  # the heading
        assert result.span_for("$.position.languages[0]") == Span(47, 47)
        lines = page.split("\n")
        for inference in result.inferred:
            first_word = inference.sentence.split()[0]
            assert first_word in lines[inference.line - 1]
        assert set(result.read_lines) <= set(range(1, len(lines) + 1))

    def test_text_below_its_tag_is_on_its_own_line(self) -> None:
        page = (
            "<html>\n<body>\n<p>\n\n   Grade: G6\n</p>\n<pre>Closing Date:\r\n15 April 2020</pre>"
        )
        result = parse_html(page)
        assert result.span_for("$.position.grade") == Span(5, 5)
        assert str(result.notice.position.grade) == "G6"
        assert result.span_for("$.closing_date") == Span(7, 8)

    def test_a_page_on_one_line_is_all_line_one(self) -> None:
        page = "<p>Position Title: Driver</p><p>Grade: G2</p><p>Something else entirely.</p>"
        result = parse_html(page)
        assert result.span_for("$.position.grade") == Span(1, 1)
        assert [s.line for s in result.notice.unclassified] in ([], [1])

    def test_bytes_and_paths_are_read_as_pages(self, tmp_path: Path) -> None:
        path = tmp_path / "page.html"
        path.write_bytes("<p>Duty Station: Bogotá, Colombia</p>".encode("cp1252"))
        (station,) = parse_html(path).notice.position.duty_stations
        assert (station.city, station.country) == ("Bogotá", Country("CO"))
        assert parse_html(path.read_bytes()).notice == parse_html(path).notice

    def test_a_page_over_the_size_limit_is_refused(self) -> None:
        with pytest.raises(InputTooLarge):
            parse_html("<p>" + "x" * MAX_INPUT_CHARACTERS + "</p>")


@given(notice_texts(formats=("markdown",), layouts=("header", "oracle")))
def test_a_rendered_notice_as_a_markdown_site_shows_it_reads_back(
    rendered: RenderedNotice,
) -> None:
    """A notice rendered as markdown, as a site's page shows it (CommonMark), is the notice.

    The header's lines run into one paragraph there, as a page shows markdown
    with no hard line breaks; the words kept as written aside.
    """
    from markdown_it import MarkdownIt  # noqa: PLC0415 -- a test dependency

    page = MarkdownIt("commonmark").enable("table").render(rendered.text)
    read, notice = parse_html(page).notice, rendered.notice
    if notice.language != Language(rendered.lang):
        read, notice = attrs.evolve(read, language=None), attrs.evolve(notice, language=None)
    assert _without_words_as_written(read) == _without_words_as_written(notice)


def test_seed_000s_duties_as_a_markdown_site_shows_them_keep_their_numbers() -> None:
    """Seed 000's duties, numbered across their two groups (1-8 "Coordination",
    9-16 "Reporting"), as a site renders them from markdown: the second list
    ``<ol start="9">``. Its items had been numbered again from 1."""
    from markdown_it import MarkdownIt  # noqa: PLC0415 -- a test dependency

    text = seed_path(0).read_text("utf-8")
    lines = [line.strip() for line in text.split("\n")]
    start = lines.index("III. Responsibilities and Accountabilities")
    end = lines.index("IV. Required Qualifications and Experience")
    page = MarkdownIt("commonmark").render("\n".join(lines[start:end]))
    assert '<ol start="9">' in page
    duties = parse_html(page).notice.position.responsibilities
    assert duties == parse_notice(text).notice.position.responsibilities
    assert [item.number for item in duties[1].items] == list(range(9, 17))


def test_a_consultancy_s_sections_as_a_page_heads_them() -> None:
    # IOM's recruitment system's consultancy labels (uncareer's copies, 2025), as a
    # page's HTML sets them out: each a heading of its own, its value the paragraph
    # below, a blank line between them in the page's text.
    page = (
        "<html><body><h2>Consultant for Migration Data</h2>"
        "<h3>Project Context and Scope</h3><p>IOM works in Mexico on trafficking in persons.</p>"
        "<h3>Organizational Department / Unit to which the Consultant is contributing</h3>"
        "<p>Programa de “Intervenciones sólidas”.</p>"
        "<h3>Duration of Consultancy</h3><p>Four months</p>"
        "<h3>Tasks to be performed under this contract</h3>"
        "<ul><li>Draft the report.</li><li>Present it.</li></ul></body></html>"
    )
    result = parse_html(page)
    notice = result.notice
    assert notice.position.organizational_unit == "Programa de “Intervenciones sólidas”."
    assert notice.appointment is not None
    assert notice.appointment.as_written == "Four months"
    assert "Four months" not in notice.context
    (group,) = notice.position.responsibilities
    assert len(group.items) == 2


def _as_word_saves_a_form(text: str) -> str:
    """A post description *text* (seed 000's layout) as Word saves its form as a web page.

    Section I's fields a table, each a label's cell and a value's, every
    cell's line a paragraph of its own (``<td><p class=MsoNormal>``), as
    Word writes it; the rest of the text a paragraph a line, over lines of
    the page as Word wraps them.
    """
    head, heading, rest = text.partition("II. Organizational Context and Scope")
    top, _, fields = head.partition("I. Position Information")

    def paragraph(line: str) -> str:
        return f"<p class=MsoNormal>{html.escape(line.strip())}<o:p></o:p></p>"

    rows = []
    for block in fields.strip().split("\n\n"):
        label, *values = block.split("\n")
        cells = (paragraph(label), "\n".join(map(paragraph, values)))
        rows.append("<tr>\n" + "".join(f"<td valign=top>\n{cell}</td>\n" for cell in cells))
    return "\n".join(
        [
            "<html><body lang=EN-US><div class=WordSection1>",
            *(paragraph(line) for line in top.split("\n") if line.strip()),
            paragraph("I. Position Information"),
            "<table class=MsoTableGrid border=1 cellspacing=0>",
            *(f"{row}</tr>" for row in rows),
            "</table>",
            *(paragraph(line) for line in (heading + rest).split("\n") if line.strip()),
            "</div></body></html>",
        ]
    )


class TestWordForm:
    """A form's table as Word saves it as a web page: each cell's text in paragraphs."""

    def test_a_post_descriptions_fields_read_as_the_texts(self) -> None:
        # Before, the table was read as layout, each cell a paragraph, and the
        # title, grade, numbers and second supervisor were lost.
        text = seed_path(0).read_text("utf-8")
        page = _as_word_saves_a_form(text)
        result = parse_html(page)
        position, from_text = result.notice.position, parse_notice(text).notice.position
        assert (position.title, position.grade) == ("Senior Project Assistant", Grade.parse("G7"))
        assert position.duty_stations == from_text.duty_stations
        assert (position.position_number, position.job_family) == ("New", "Migration")
        assert position.organizational_unit == from_text.organizational_unit == "10003104"
        assert position.office_type == from_text.office_type
        assert position.rated_on == from_text.rated_on == dt.date(2022, 3, 29)
        assert position.direct_reports == from_text.direct_reports == 0
        # The cell of two paragraphs, a supervisor each.
        assert position.supervisors == from_text.supervisors
        assert [s.name for s in position.supervisors] == ["Mrs Jewel ALI", "Ms Livia MANENTE"]
        (row,) = [
            number
            for number, line in enumerate(page.split("\n"), start=1)
            if line.startswith("<p class=MsoNormal>Reports directly to<")
        ]
        assert result.span_for("$.position.supervisors") == Span(row, row)
        assert not any("MANENTE" in paragraph for paragraph in result.notice.context)
        # The whole notice, but for the page's line numbers of what is unclassified.
        notice, text_notice = result.notice, parse_notice(text).notice
        assert attrs.evolve(notice, unclassified=()) == attrs.evolve(text_notice, unclassified=())
        assert [line.text for line in notice.unclassified] == [
            line.text for line in text_notice.unclassified
        ]

    def test_a_vacancy_notices_header_as_a_table_reads_as_its_lines(self) -> None:
        # Seed 002's header lines a table's rows, a paragraph in each cell, the
        # value in bold; the rest of the text a paragraph a line. (Read as the
        # text is when such rows were given up as layout, too: a guard.)
        text = seed_path(2).read_text("utf-8")
        lines = text.split("\n")
        first = next(at for at, line in enumerate(lines) if line.startswith("Position Title:"))
        last = next(at for at, line in enumerate(lines) if line.startswith("Closing Date:"))

        def paragraph(line: str) -> str:
            shown = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(line.strip()))
            return f"<p class=MsoNormal>{shown}<o:p></o:p></p>"

        rows = [
            f"<tr><td>{paragraph(label + ':')}</td><td>{paragraph(value)}</td></tr>"
            for label, _, value in (line.partition(":") for line in lines[first : last + 1])
        ]
        page = "\n".join(
            [
                *(paragraph(line) for line in lines[:first] if line.strip()),
                "<table>",
                *rows,
                "</table>",
                *(paragraph(line) for line in lines[last + 1 :] if line.strip()),
            ]
        )
        notice, text_notice = parse_html(page).notice, parse_notice(text).notice
        assert notice.position == text_notice.position
        assert notice.position.title == "Senior Project Assistant (Inclusion and AAP)"
        for name in ("reference", "kind", "appointment", "start", "closing_date", "context"):
            assert getattr(notice, name) == getattr(text_notice, name), name

    def test_a_fields_cell_of_paragraphs_is_a_row_its_lines_parted(self) -> None:
        page = (
            "<table><tr><td><p>Reports directly to</p></td>"
            "<td><p>Head of Office</p><p>Programme Manager (technical)</p></td></tr>"
            "<tr><td><p><b>Grade:</b></p></td><td><p>G5</p></td></tr></table>"
        )
        assert html_text(page) == (
            "| Reports directly to | Head of Office<br>Programme Manager (technical) |\n"
            "| Grade: | G5 |"
        )
        position = parse_html(page).notice.position
        assert [s.title for s in position.supervisors] == [
            "Head of Office",
            "Programme Manager (technical)",
        ]
        assert position.grade == Grade.parse("G5")

    def test_a_supervisors_cell_of_line_breaks_reads_each(self) -> None:
        page = (
            "<table><tr><td>Reports directly to</td><td>20069753 (Jewel ALI) - administrative"
            " supervisor<br>20087786 (Livia MANENTE) - direct supervisor</td></tr></table>"
        )
        supervisors = parse_html(page).notice.position.supervisors
        assert [(s.kind, s.name) for s in supervisors] == [
            (SupervisionKind.ADMINISTRATIVE, "Jewel ALI"),
            (SupervisionKind.DIRECT, "Livia MANENTE"),
        ]

    @pytest.mark.parametrize("paragraph", [False, True])
    def test_a_list_beside_a_labels_cell_goes_on_below_it_as_its_value(
        self, *, paragraph: bool
    ) -> None:
        # The label's cell as Word writes it, or as an editor does.
        label = "<p>Duty Stations</p>" if paragraph else "Duty Stations"
        page = (
            "<table><tr><td>Position Title</td><td>Officer</td></tr>"
            f"<tr><td>{label}</td><td><ul><li>Bangkok, Thailand</li>"
            "<li>Dakar, Senegal</li></ul></td></tr><tr><td>Grade</td><td>P-2</td></tr></table>"
        )
        assert html_text(page) == (
            "| Position Title | Officer |\n"
            + ("\n" if paragraph else "")
            + "Duty Stations\n- Bangkok, Thailand\n- Dakar, Senegal\n\n| Grade | P-2 |"
        )
        result = parse_html(page)
        stations = result.notice.position.duty_stations
        assert [(s.city, s.country) for s in stations] == [
            ("Bangkok", Country("TH")),
            ("Dakar", Country("SN")),
        ]
        assert (result.notice.context, result.notice.unclassified) == ((), ())

    @pytest.mark.parametrize(
        ("page", "text"),
        [
            # A section's heading beside its list: the list goes on below it.
            (
                "<table><tr><td>Responsibilities</td>"
                "<td><ol><li>Drive the vehicle.</li><li>Keep its log.</li></ol></td></tr></table>",
                "Responsibilities\n1. Drive the vehicle.\n2. Keep its log.",
            ),
            # A section's heading beside its paragraphs: the heading above them.
            (
                "<table><tr><td><p>Responsibilities</p></td>"
                "<td><p>Drive the vehicle.</p><p>Keep its log.</p></td></tr></table>",
                "Responsibilities\n\nDrive the vehicle.\n\nKeep its log.",
            ),
            # A label's cell of two paragraphs is no label's.
            (
                "<table><tr><td><p>Grade</p><p>Step</p></td><td><p>G5</p></td></tr></table>",
                "Grade\n\nStep\n\nG5",
            ),
            # Text in a cell before its paragraph goes on in its line, after it apart.
            (
                "<table><tr><td>Note<br>one</td><td><p>First.</p>Then.</td></tr></table>",
                "Note one\n\nFirst.\n\nThen.",
            ),
        ],
    )
    def test_a_table_laid_out_with_paragraphs_reads_as_paragraphs(
        self, page: str, text: str
    ) -> None:
        assert html_text(page) == text


def test_myjobmags_summary_gives_the_station_and_the_title_above() -> None:
    """myjobmag's page of a post: each item of its summary a label and a value in spans,
    no colon between ("Location" / "Abuja"), below the post's title and the page's
    heading of the employer's posts. The station had been none, the title "Consultants".
    """
    item = '<li><span class="jkey-title">{}</span> <span class="jkey-info">{}</span></li>'
    summary = "".join(
        item.format(label, value)
        for label, value in [
            ("Job Type", "Full Time"),
            ("Qualification", "MBA/MSc/MA"),
            ("Location", "Abuja"),
            ("Job Field", "Consultancy"),
        ]
    )
    page = (
        "<h1>Consultants at International Organization for Migration (IOM)</h1>"
        "<h2>Consultancy for a Review of the Labour Migration Policy</h2>"
        f"<ul>{summary}</ul><h3>Method of Application</h3>"
        "<p>Interested candidates should send their CV to the email address below.</p>"
    )
    notice = parse_html(page).notice
    assert notice.position.title == "Consultancy for a Review of the Labour Migration Policy"
    assert [(s.city, s.country) for s in notice.position.duty_stations] == [
        ("Abuja", Country("NG"))
    ]
    assert notice.how_to_apply is not None
    assert notice.how_to_apply.text == (
        "Interested candidates should send their CV to the email address below.",
    )


def test_a_short_label_alone_takes_no_paragraph_a_blank_line_below() -> None:
    # "Location" alone may head anything: the sentence below is no duty station.
    text = (
        "Position Title: Driver\n\nContext\n\nIOM works in Mexico on trafficking.\n\n"
        "Location\n\nThe incumbent will travel often.\n"
    )
    notice = parse_notice(text).notice
    assert notice.position.duty_stations == ()
    assert "The incumbent will travel often." in notice.context


_POSTING_PAGE = Path(__file__).parent / "fixtures" / "layouts" / "html_page_json_ld.html"
_DRAWN_PAGE = _POSTING_PAGE.with_name("html_page_drawn_by_script.html")


def _page_with_posting(posting: object, body: str = "<p>Position Title: Driver</p>") -> str:
    """A page whose head holds *posting* as JSON-LD, and whose body shows *body*."""
    script = posting if isinstance(posting, str) else json.dumps(posting)
    return (
        "<html><head>\n<script type='application/ld+json'>\n"
        f"{script}\n</script>\n</head><body>\n{body}\n</body></html>"
    )


class TestStructuredData:
    """The schema.org JobPosting a page holds in JSON-LD, for what its text does not say.

    `html_page_json_ld.html` is IOM's notice of 2026 (unjobnet's copy,
    `board_grade_and_salary`'s kin) as a recruitment site's page shows it,
    its JSON-LD in the shape Oracle Recruiting's pages write: the text states
    no closing date and no posting day; the posting does.
    """

    def test_the_postings_dates_fill_what_the_text_left_out(self) -> None:
        result = parse_html(_POSTING_PAGE.read_text("utf-8"))
        notice = result.notice
        assert notice.closing_date == dt.date(2026, 3, 16)
        assert notice.posting_period is not None
        assert notice.posting_period.start == dt.date(2026, 3, 2)
        assert result.span_for("$.closing_date") == Span(6, 30)  # the script's lines
        assert result.span_for("$.posting_period") == Span(6, 30)
        # What the text states is the text's: its lines, not the script's.
        assert notice.reference == "EXPEDITED VN-US10-2026-021"
        assert result.span_for("$.reference") == Span(35, 35)
        assert notice.position.title == "Movement Operations Associate (Movement Management)"
        assert result.span_for("$.position.title") == Span(36, 36)
        assert result.doubts == ()
        assert not [f for f in validate(result) if f.code == "DAT006"]  # no closing date

    def test_the_text_is_read_before_the_posting_and_a_different_date_doubted(self) -> None:
        posting = {"@type": "JobPosting", "title": "Senior Driver", "validThrough": "2026-03-20"}
        result = parse_html(_page_with_posting(posting, "<p>Closing Date: 16 March 2026</p>"))
        assert result.notice.closing_date == dt.date(2026, 3, 16)
        assert result.notice.position.title == "Senior Driver"  # the text gives none
        (doubt,) = result.doubts
        assert (doubt.path, doubt.line) == ("$.closing_date", 2)
        assert doubt.message == (
            "the page's JSON-LD gives 2026-03-20 as the last day to apply (validThrough), "
            "the text 2026-03-16: the text's is read"
        )

    def test_the_postings_title_is_read_without_its_marks(self) -> None:
        # As the text's title is: "(P)" is the recruiting type, not the post's name.
        posting = {"@type": "JobPosting", "title": "Project Officer (Labour Migration) (P)"}
        result = parse_html(_page_with_posting(posting, "<p>Duty Station: Dakar, Senegal</p>"))
        position = result.notice.position
        assert position.title == "Project Officer (Labour Migration)"
        assert position.recruiting_type is RecruitingType.PROFESSIONAL
        span = result.span_for("$.position.recruiting_type")
        assert span is not None
        assert span == result.span_for("$.position.title")

    def test_place_pay_and_identifier(self) -> None:
        posting = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "name": "IOM Careers"},
                {
                    "@type": ["JobPosting"],
                    "identifier": "VN-DE2-2023-38-EXT",
                    "jobLocation": [
                        {
                            "@type": "Place",
                            "address": {
                                "addressLocality": "Kaiserslautern",
                                "addressCountry": {"@type": "Country", "name": "Germany"},
                            },
                        }
                    ],
                    "baseSalary": {
                        "@type": "MonetaryAmount",
                        "currency": "EUR",
                        "value": {
                            "@type": "QuantitativeValue",
                            "minValue": 3500,
                            "maxValue": 4200.5,
                            "unitText": "MONTH",
                        },
                    },
                },
            ],
        }
        notice = parse_html(_page_with_posting(posting)).notice
        assert notice.reference == "VN-DE2-2023-38-EXT"
        assert [(s.city, s.country, s.as_written) for s in notice.position.duty_stations] == [
            ("Kaiserslautern", Country("DE"), "Kaiserslautern, Germany")
        ]
        assert notice.salary == Salary(
            Decimal(3500),
            Currency("EUR"),
            PayPeriod.MONTH,
            maximum=Decimal("4200.5"),
            as_written="3500 - 4200.5 EUR per month",
        )

    def test_a_post_done_from_home(self) -> None:
        posting = {
            "@type": "JobPosting",
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": [{"@type": "Country", "name": "KE"}],
        }
        (station,) = parse_html(_page_with_posting(posting)).notice.position.duty_stations
        assert (station.home_based, station.country, station.city) == (True, Country("KE"), None)

    @pytest.mark.parametrize(
        ("script", "message"),
        [
            (
                '{"@type": "JobPosting", "title": ',
                "the page's JSON-LD on line 2 is no JSON: Expecting value on line 4",
            ),
            ("[" * 100_000, "the page's JSON-LD on line 2 is nested too deep to read"),
            (
                '[{"@type": "JobPosting", "title": "A"}, {"@type": "JobPosting", "title": "B"}]',
                "the page's JSON-LD holds 2 job postings (lines 2, 2): none is read",
            ),
            (
                '{"@type": "JobPosting", "title": "Senior Driver", "validThrough": "soon"}',
                "the page's JSON-LD: validThrough 'soon' is no date",
            ),
            (
                '{"@type": "JobPosting", "baseSalary": {"currency": "USD", "value": -5}}',
                'the page\'s JSON-LD: baseSalary {"currency": "USD", "value": -5} is no pay '
                "the model holds",
            ),
            (
                '{"@type": "JobPosting", "jobLocation": {"address": {"addressCountry": "Atlantis"}}}',
                "the page's JSON-LD: addressCountry 'Atlantis' is no country",
            ),
        ],
    )
    def test_what_cannot_be_read_is_doubted(self, script: str, message: str) -> None:
        result = parse_html(_page_with_posting(script, "<p>Position Title: Driver</p>"))
        assert [(d.path, d.message, d.line) for d in result.doubts] == [("$", message, 2)]
        assert result.notice.position.title == "Driver"
        assert result.notice.closing_date is None
        assert result.notice.salary is None

    @pytest.mark.parametrize(
        "script",
        [
            # What hand-written JSON-LD leaves in, which JSON does not allow.
            '{"@type": "JobPosting", /* the deadline */ "validThrough": "2026-03-16",}',
            '{"@type": "JobPosting", // the deadline\n "validThrough": "2026-03-16"}',
            '<!-- {"@type": "JobPosting", "validThrough": "2026-03-16"} -->',
        ],
    )
    def test_comments_and_trailing_commas_are_read_past(self, script: str) -> None:
        result = parse_html(_page_with_posting(script))
        assert result.notice.closing_date == dt.date(2026, 3, 16)
        assert [(d.message, d.line) for d in result.doubts] == [
            (
                "the page's JSON-LD on line 2 holds comments or commas JSON does not allow: "
                "read without them",
                2,
            )
        ]

    def test_what_looks_like_a_comment_inside_a_string_is_its_text(self) -> None:
        script = '{"@type": "JobPosting", "title": "Driver /* Hargeisa */", "url": "https://x//y"}'
        result = parse_html(_page_with_posting(script, "<p>Grade: G4</p>"))
        assert result.notice.position.title == "Driver /* Hargeisa */"
        assert result.doubts == ()

    def test_scripts_of_other_kinds_and_other_nodes_are_no_posting(self) -> None:
        page = (
            "<html><head><script>var posting = {};</script>"
            '<script type="application/ld+json">{"@type": "Organization", "name": "IOM"}</script>'
            "</head><body><p>Position Title: Driver</p></body></html>"
        )
        result = parse_html(page)
        assert result.doubts == ()
        assert result.notice.position.title == "Driver"

    def test_a_page_its_script_draws_is_read_from_the_postings_description(self) -> None:
        """`html_page_drawn_by_script.html`: the same notice on a page whose body a script
        draws. Its markup shows "Loading..."; the posting holds the notice as HTML.
        """
        result = parse_html(_DRAWN_PAGE.read_text("utf-8"))
        notice = result.notice
        assert notice.position.title == "Movement Operations Associate (Movement Management)"
        assert str(notice.position.grade) == "G5"
        assert notice.salary is not None
        assert notice.salary.amount == Decimal("5508.33")
        assert notice.open_to_external is False
        assert [len(group.items) for group in notice.position.responsibilities] == [2]
        # What the posting's properties add, as on any page.
        assert notice.closing_date == dt.date(2026, 3, 16)
        # Every line the notice was read from stands in the script, lines 6 to 8.
        assert result.span_for("$.position.grade") == Span(6, 8)
        assert [(d.line, d.message) for d in result.doubts] == [
            (
                6,
                "the page's text shows no notice: the notice is read from its JSON-LD's "
                "description (lines 6-8)",
            )
        ]
        # What the page itself shows is kept, on its line.
        assert [(line.line, line.text) for line in notice.unclassified] == [
            (6, '\u201cThis position is open to "Internal and Separated Staff only\u201d'),
            (12, "Loading..."),
        ]

    def test_a_page_that_shows_a_notice_is_read_from_its_text(self) -> None:
        posting = {"@type": "JobPosting", "description": "<p>Position Title: Senior Driver</p>"}
        result = parse_html(_page_with_posting(posting, "<p>Position Title: Driver</p>"))
        assert result.notice.position.title == "Driver"
        assert result.doubts == ()

    def test_a_page_of_several_posts_takes_nothing_from_one_posting(self) -> None:
        body = (
            "<p><strong>POSTE 1 : Assistant(e) administratif(ve) – Tchad</strong></p>"
            "<p><strong>POSTE 2 : Chargé(e) de projet – Guinée</strong></p>"
        )
        posting = {"@type": "JobPosting", "validThrough": "2026-01-09"}
        first, second = parse_html_notices(_page_with_posting(posting, body))
        assert first.notice.closing_date is second.notice.closing_date is None
        said = (
            "the page's JSON-LD holds one job posting for 2 posts: whose it is the page "
            "does not say, and it is not read"
        )
        assert (said, 2) in [(d.message, d.line) for d in first.doubts]
        assert (said, 2) in [(d.message, d.line) for d in second.doubts]


@given(notices())
def test_a_notice_as_json_ld_in_an_empty_page_reads_back_its_posting_fields(
    notice: VacancyNotice,
) -> None:
    """What to_jsonld writes of a notice, parse_html reads back from a page's JSON-LD.

    The title, the reference, the days of posting and closing, the stations
    that name a city or country, and the pay (an amount as the JSON number
    to_jsonld writes; its words are the posting's).
    """
    page = _page_with_posting(iomjobs.to_jsonld(notice), "<p></p>")
    read = parse_html(page).notice
    assert read.position.title == notice.position.title
    assert read.reference == notice.reference
    closing = notice.closing_date or (notice.posting_period.end if notice.posting_period else None)
    assert read.closing_date == closing
    posted = notice.posting_period.start if notice.posting_period else None
    assert (read.posting_period.start if read.posting_period else None) == posted
    placed = [s for s in notice.position.duty_stations if s.city and not s.home_based]
    if placed and len(placed) == len(notice.position.duty_stations):
        assert [(s.city, s.region, s.country) for s in read.position.duty_stations] == [
            (s.city, s.region, s.country) for s in placed
        ]
    if notice.salary is None:
        assert read.salary is None
    else:
        assert read.salary is not None
        assert (read.salary.currency, read.salary.period) == (
            notice.salary.currency,
            notice.salary.period,
        )
        assert float(read.salary.amount) == float(notice.salary.amount)


def _json_containers(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    keys = st.text(alphabet='ab/*,"\\', max_size=4)
    return st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3)


_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab/*,"\\ \n]}'),
    _json_containers,
    max_leaves=10,
)


@given(_ANY_JSON, st.booleans())
def test_json_as_written_is_left_as_it_is(value: object, ascii_only: bool) -> None:  # noqa: FBT001
    """What JSON allows is no comment nor trailing comma, whatever its strings hold."""
    from iomjobs.parse._structured import _without_what_json_forbids  # noqa: PLC0415

    assert _without_what_json_forbids(json.dumps(value, ensure_ascii=ascii_only)) is None
