"""Word documents (.docx): the text they hold, laid out as plain text, and notices read from them."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from unittest.mock import ANY

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import iomjobs
from iomjobs import docx_text, parse_html, parse_notice, validate
from iomjobs.parse import Doubt, InputTooLarge, UnreadableInput, read_text
from iomjobs.parse import _docx as docx_module
from iomjobs.parse._numbering import formatted
from iomjobs.parse._zip_parts import part_at, parts_read_in_order
from iomjobs.source import Span
from seed_notices import SEED_NOTICES, seed_path
from word_documents import NAMESPACES, level, numbered, numbering, paragraph, word_document

_FIXTURES = Path(__file__).parent / "fixtures" / "docx"
_NUMBERING = ("rNum", "numbering", "numbering.xml")


def _text(body: str, **parts: str) -> str:
    """The text of a document of *body*, with a numbering part where one is given."""
    extra = {"word/numbering.xml": parts["numbering"]} if "numbering" in parts else {}
    relationships = [_NUMBERING] if extra else []
    return docx_text(word_document(body, parts=extra, relationships=relationships))


def _rewritten(
    data: bytes, change: Callable[[bytes], bytes], name: str = "word/document.xml"
) -> bytes:
    """The document *data* with its part *name* changed by *change*."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        content = source.read(name)
    return _rewritten_part(data, name, change(content))


def _rewritten_part(data: bytes, name: str, content: bytes) -> bytes:
    """The document *data* with its part *name* holding *content*."""
    archive = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(archive, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item))
    return archive.getvalue()


def _run(inner: str) -> str:
    return f"<w:p><w:r>{inner}</w:r></w:p>"


def _words(text: str) -> str:
    """A run of *text*, its spaces kept."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


class TestSeedsKeptInWord:
    """Seed notices as Word documents: read as their text is read."""

    def test_the_post_description_form_reads_as_seed_000(self) -> None:
        # The form as a table with an empty first column, sections numbered by
        # Word, duties by "List Number", bullets, a tracked change, a footnote.
        result = parse_notice(_FIXTURES / "post_description_form.docx")
        assert attrs.evolve(result.notice, unclassified=()) == SEED_NOTICES[0]
        kept = [line.text for line in result.notice.unclassified]
        assert kept[0] == "International Organization for Migration"  # the page header
        assert kept[-1] == "Page 1 of 3"  # the footer, its fields' results
        assert any(text.startswith("Competencies and respective levels") for text in kept)

    def test_a_tracked_change_reads_as_the_document_shows_it(self) -> None:
        text = docx_text(_FIXTURES / "post_description_form.docx")
        assert "\tG7\n" in text
        assert "G6" not in text

    def test_lines_are_the_texts(self) -> None:
        path = _FIXTURES / "post_description_form.docx"
        lines = docx_text(path).splitlines()
        result = parse_notice(path)
        span = result.span_for("$.position.grade")
        assert span is not None
        assert lines[span.last_line - 1].strip() == "G7"
        for line in result.notice.unclassified:
            assert lines[line.line - 1].strip() == line.text

    def test_a_vacancy_notice_written_in_word_reads_as_seed_002(self) -> None:
        # The header a table of labels and values, lists numbered by Word, links.
        notice = parse_notice(_FIXTURES / "vacancy_notice.docx").notice
        seed = SEED_NOTICES[2]
        # The seed's text is markdown: its emphasis and link marks are no Word's.
        assert attrs.evolve(notice, unclassified=(), how_to_apply=None) == attrs.evolve(
            seed, how_to_apply=None
        )
        assert notice.how_to_apply is not None
        assert seed.how_to_apply is not None
        assert notice.how_to_apply.url == seed.how_to_apply.url
        assert notice.how_to_apply.email == seed.how_to_apply.email
        assert notice.how_to_apply.documents[0] == (
            "CV or Personal History Form (PHF) download here <https://albania.iom.int>"
        )

    def test_a_link_whose_text_is_its_address_is_written_once(self) -> None:
        text = docx_text(_FIXTURES / "vacancy_notice.docx")
        assert "at IOM at www.iom.int/diversity.\n" in text

    def test_a_page_break_begins_the_line_after_it(self) -> None:
        text = docx_text(_FIXTURES / "vacancy_notice.docx")
        assert "\n\fHow to apply:\n" in text

    def test_libreoffices_document_of_a_text_reads_as_the_text(self) -> None:
        # LibreOffice 7.4 turned seed 001's text into a document, a line a paragraph.
        path = _FIXTURES / "libreoffice_seed_001.docx"
        assert docx_text(path) == seed_path(1).read_text("utf-8").rstrip("\n")
        assert parse_notice(path) == parse_notice(seed_path(1).read_text("utf-8"))

    def test_pandocs_document_of_a_markdown_notice(self) -> None:
        # pandoc 2.17 wrote seed 002's markdown as a document: a numbering
        # instance for each list, its bullets drawn as spaces.
        text = docx_text(_FIXTURES / "pandoc_seed_002.docx")
        numbers = re.findall(r"(?m)^(\d+)\.\t", text)
        assert numbers == [str(n) for n in range(1, 15)]
        assert text.count("\n\u2022\t") == 27
        notice = parse_notice(_FIXTURES / "pandoc_seed_002.docx").notice
        seed = SEED_NOTICES[2]
        # Markdown joined the header's lines into one paragraph: its fields
        # run together, and the kind line stands below the letterhead's line.
        assert (notice.kind, notice.reference, notice.open_to_external) == (
            seed.kind,
            seed.reference,
            seed.open_to_external,
        )
        assert notice.position.title == seed.position.title
        assert notice.position.grade == seed.position.grade
        assert notice.position.duty_stations == seed.position.duty_stations
        assert notice.position.supervisors == seed.position.supervisors
        assert (notice.closing_date, notice.posting_period) == (
            seed.closing_date,
            seed.posting_period,
        )
        assert len(notice.position.responsibilities[0].items) == 14


class TestHeaderTable:
    """A vacancy notice's header as a Word table of labels and values."""

    def test_a_value_of_several_paragraphs_goes_on_in_its_cell(self) -> None:
        def row(label: str, *values: str, colon: bool = False) -> str:
            cells = f"<w:tc>{paragraph(label)}</w:tc>"
            if colon:  # a form's colons in a column of their own
                cells += f"<w:tc>{paragraph(':')}</w:tc>"
            cells += f"<w:tc>{''.join(map(paragraph, values))}</w:tc>"
            return f"<w:tr>{cells}</w:tr>"

        table = "".join(
            (
                row("Position Title:", "Driver"),
                row(
                    "Type of Appointment:", "Fixed term, one year", "with possibility of extension"
                ),
                row("Reports directly to:", "Head of Office", "Project Manager"),
                row("Duty Station:", "Dakar, Senegal"),
                row("Grade", "General Service Staff,", "Grade 5", colon=True),
            )
        )
        closing = "Established in 1951, IOM is a leading inter-governmental organization."
        result = parse_notice(word_document(f"<w:tbl>{table}</w:tbl>" + paragraph(closing)))
        notice = result.notice
        assert notice.appointment is not None
        assert notice.appointment.as_written == "Fixed term, one year with possibility of extension"
        assert notice.appointment.extendable is True
        assert [s.title for s in notice.position.supervisors] == [
            "Head of Office",
            "Project Manager",
        ]
        assert result.span_for("$.position.supervisors") == Span(4, 5)
        assert notice.context == (closing,)
        assert str(notice.position.grade) == "G5"
        assert result.span_for("$.position.grade") == Span(7, 8)

    def test_a_header_set_out_across_reads_each_label_above_its_value(self) -> None:
        # IOM Moldova's calls set their header across a table (a row of labels, the
        # row of their values below); docx_text writes each row a line of cells parted
        # by tabs. The row of labels had been one label and the next its value.
        def row(*texts: str) -> str:
            return (
                "<w:tr>" + "".join(f"<w:tc>{paragraph(text)}</w:tc>" for text in texts) + "</w:tr>"
            )

        table = row("Duty Station", "Closing Date") + row("Chisinau, Moldova", "15 April 2022")
        document = word_document(paragraph("National Consultant") + f"<w:tbl>{table}</w:tbl>")
        assert docx_text(document).split("\n")[1:3] == [
            "Duty Station\tClosing Date",
            "Chisinau, Moldova\t15 April 2022",
        ]
        result = parse_notice(document)
        notice = result.notice
        assert [(s.city, s.country) for s in notice.position.duty_stations] == [
            ("Chisinau", iomjobs.Country("MD"))
        ]
        assert notice.closing_date == dt.date(2022, 4, 15)
        assert result.span_for("$.closing_date") == Span(2, 3)
        assert notice.context == ("National Consultant",)


class TestFormLeftUnfilled:
    def test_a_content_control_no_one_filled_in_is_a_placeholder(self) -> None:
        # Word shows a content control's placeholder text until it is filled in.
        def control(text: str) -> str:
            return (
                "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                f"<w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>"
            )

        body = (
            paragraph("Position Title: Driver")
            + f"<w:p><w:r><w:t xml:space='preserve'>Closing Date: </w:t></w:r>"
            f"{control('Click or tap to enter a date.')}</w:p>"
            + paragraph("Duties:")
            + f"<w:p>{control('Click or tap here to enter text.')}</w:p>"
            + f"<w:p><w:r><w:t xml:space='preserve'>Office type: </w:t></w:r>"
            f"{control('Choose an item.')}</w:p>"
        )
        result = parse_notice(word_document(body))
        found = sorted(finding.message for finding in validate(result, select=["TXT003"]))
        assert found == [
            "template placeholder left in: 'Choose an item.'",
            "template placeholder left in: 'Click or tap here to enter text.'",
            "template placeholder left in: 'Click or tap to enter a date.'",
        ]


class TestNumbering:
    """List numbers counted as Word counts them (and as LibreOffice's text export writes them)."""

    def test_formats(self) -> None:
        assert [formatted(n, "upperRoman") for n in (1, 4, 9, 14, 3999)] == [
            "I",
            "IV",
            "IX",
            "XIV",
            "MMMCMXCIX",
        ]
        assert [formatted(n, "lowerLetter") for n in (1, 26, 27, 53)] == ["a", "z", "aa", "aaa"]
        assert [formatted(n, "ordinal") for n in (1, 2, 3, 11, 12, 13, 21, 102)] == [
            "1st",
            "2nd",
            "3rd",
            "11th",
            "12th",
            "13th",
            "21st",
            "102nd",
        ]
        assert formatted(7, "decimalZero") == "07"
        assert formatted(5, "a format Word has and iomjobs does not") == "5"

    def test_levels_and_suffixes(self) -> None:
        parts = numbering(
            {
                1: [
                    level(0, "upperRoman", "%1.", suffix="space"),
                    level(1, "lowerLetter", "(%2)"),
                    level(2, "decimal", "%1.%2.%3", suffix="nothing"),
                ]
            },
            {1: "1"},
        )
        body = "".join(
            (
                numbered("Position Information", 1),
                numbered("Title", 1, 1),
                numbered("Grade", 1, 1),
                numbered("Detail", 1, 2),
                numbered("Context", 1),
                numbered("Scope", 1, 1),
            )
        )
        assert _text(body, numbering=parts).splitlines() == [
            "I. Position Information",
            "(a)\tTitle",
            "(b)\tGrade",
            "I.b.1Detail",  # each number in its own level's format
            "II. Context",
            "(a)\tScope",
        ]

    def test_instances_of_one_list_go_on_unless_one_restarts(self) -> None:
        restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        parts = numbering({7: [level(0, "decimal", "%1.")]}, {1: "7", 2: "7", 3: f"7{restart}"})
        body = "".join(
            numbered(text, key) for text, key in (("a", 1), ("b", 2), ("c", 3), ("d", 3))
        )
        assert _text(body, numbering=parts).splitlines() == ["1.\ta", "2.\tb", "1.\tc", "2.\td"]

    def test_a_list_style_numbers_the_lists_that_link_to_it(self) -> None:
        # Word's list styles: an abstract numbering names the style it defines
        # ("styleLink"); another, empty, links to that style ("numStyleLink").
        defined = '<w:styleLink w:val="Duties"/>' + level(0, "lowerLetter", "%1)")
        parts = numbering({1: [defined], 2: ['<w:numStyleLink w:val="Duties"/>']}, {1: "1", 2: "2"})
        body = numbered("Draft reports.", 1) + numbered("Monitor projects.", 2)
        assert _text(body, numbering=parts).splitlines() == [
            "a)\tDraft reports.",
            "b)\tMonitor projects.",
        ]

    def test_lists_counted_as_libreoffice_counts_them(self) -> None:
        # LibreOffice 7.4's text export of this document gives the same labels.
        restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        parts = numbering(
            {
                1: [
                    level(0, "decimal", "%1."),
                    level(1, "lowerLetter", "%2)"),
                    level(2, "lowerRoman", "(%3)"),
                ],
                2: ['<w:styleLink w:val="Duties"/>' + level(0, "upperLetter", "%1.")],
                3: ['<w:numStyleLink w:val="Duties"/>'],
            },
            {1: "1", 2: "1", 3: f"1{restart}", 4: "2", 5: "3"},
        )
        paragraphs = [
            ("a", 1, 0), ("b", 1, 1), ("c", 1, 2), ("d", 1, 2), ("e", 1, 1), ("f", 1, 0),
            ("g", 2, 0), ("h", 2, 1), ("i", 3, 0), ("j", 3, 0), ("k", 1, 0),
            ("l", 4, 0), ("m", 5, 0), ("n", 4, 0),
        ]  # fmt: skip
        body = "".join(numbered(text, key, ilvl) for text, key, ilvl in paragraphs)
        labels = [line.split("\t")[0] for line in _text(body, numbering=parts).splitlines()]
        assert labels == [
            "1.", "a)", "(i)", "(ii)", "b)", "2.", "3.", "a)", "1.", "2.", "3.", "A.", "B.", "C.",
        ]  # fmt: skip

    def test_bullets_and_unnumbered_levels(self) -> None:
        parts = numbering({1: [level(0, "bullet", "\uf0b7"), level(1, "none", "")]}, {1: "1"})
        body = numbered("Teamwork", 1) + numbered("Below", 1, 1) + numbered("Nothing", 9)
        assert _text(body, numbering=parts).splitlines() == ["\u2022\tTeamwork", "Below", "Nothing"]

    @pytest.mark.parametrize(
        ("format_and_text", "label", "number"),
        [(("decimal", "%1."), "1. ", 1), (("bullet", "\uf0b7"), "\u2022 ", None)],
    )
    def test_a_manual_line_break_in_an_item_goes_on_under_its_text(
        self, format_and_text: tuple[str, str], label: str, number: int | None
    ) -> None:
        # Word shows the line after a manual line break (Shift+Enter) in a list item
        # under the item's text: it goes on with the item. Written at the margin, it
        # had been read as a duty of its own, unnumbered.
        parts = numbering({1: [level(0, *format_and_text)]}, {1: "1"})
        broken = (
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            + _words("Prepare monthly reports on project activities.")
            + "<w:r><w:br/></w:r>"
            + _words("Share them with the partners and the donor.")
            + "</w:p>"
        )
        body = (
            paragraph("Position Title: Project Assistant")
            + paragraph("Responsibilities")
            + broken
            + numbered("Organize meetings with the partners.", 1)
        )
        text = _text(body, numbering=parts)
        assert text.splitlines()[2:4] == [
            f"{label}Prepare monthly reports on project activities.",
            " " * len(label) + "Share them with the partners and the donor.",
        ]
        (duties,) = parse_notice(text).notice.position.responsibilities
        assert [(item.number, item.text) for item in duties.items] == [
            (
                number,
                "Prepare monthly reports on project activities. "
                "Share them with the partners and the donor.",
            ),
            (None if number is None else 2, "Organize meetings with the partners."),
        ]

    def test_a_page_break_in_an_item_stays_at_the_margin(self) -> None:
        parts = numbering({1: [level(0, "decimal", "%1.")]}, {1: "1"})
        broken = (
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            + _words("Prepare reports.")
            + '<w:r><w:br w:type="page"/></w:r>'
            + _words("Share them.")
            + "</w:p>"
        )
        assert _text(broken, numbering=parts).split("\n") == [
            "1.\tPrepare reports.",
            "\fShare them.",
        ]

    def test_a_style_numbers_its_paragraphs(self) -> None:
        styles = (
            '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr>'
            '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Duty"><w:basedOn w:val="ListNumber"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr>'
            '<w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
            "</w:styles>"
        )
        heading_levels = (
            '<w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Heading2"/>'
            '<w:lvlText w:val="%2."/><w:suff w:val="space"/></w:lvl>'
        )
        parts = numbering({1: [level(0, "decimal", "%1.")], 2: [heading_levels]}, {1: "1", 2: "2"})

        def styled(text: str, style: str, own: str = "") -> str:
            return paragraph(text, f'<w:pPr><w:pStyle w:val="{style}"/>{own}</w:pPr>')

        off = '<w:numPr><w:numId w:val="0"/></w:numPr>'
        body = "".join(
            (
                styled("Coordination", "Heading2"),
                styled("Draft reports.", "ListNumber"),
                styled("Monitor projects.", "Duty"),
                styled("Not numbered.", "Duty", off),
            )
        )
        document = word_document(
            body,
            parts={"word/numbering.xml": parts, "word/styles.xml": styles},
            relationships=[_NUMBERING, ("rSty", "styles", "styles.xml")],
        )
        assert docx_text(document).splitlines() == [
            "A. Coordination",
            "1.\tDraft reports.",
            "2.\tMonitor projects.",
            "Not numbered.",
        ]

    def test_a_document_without_its_numbering_part_is_read_without_numbers(self) -> None:
        assert _text(numbered("Draft reports.", 1)) == "Draft reports."


class TestText:
    """What the page shows, and only that."""

    def test_tabs_breaks_and_hyphens(self) -> None:
        body = _run(
            "<w:t>Position Title</w:t><w:tab/><w:t>Driver</w:t><w:br/><w:t>non</w:t>"
            "<w:noBreakHyphen/><w:t>smoker</w:t><w:softHyphen/><w:cr/><w:t>end</w:t>"
        )
        assert _text(body) == "Position Title\tDriver\nnon-smoker\nend"

    def test_page_breaks_are_form_feeds_at_the_next_lines_start(self) -> None:
        body = (
            _run('<w:t>Page one.</w:t><w:br w:type="page"/><w:t>Page two.</w:t>')
            + _run('<w:br w:type="page"/>')
            + paragraph("Page three.")
            + paragraph("Page four.", "<w:pPr><w:pageBreakBefore/></w:pPr>")
        )
        assert _text(body) == "Page one.\n\fPage two.\n\fPage three.\n\fPage four."

    def test_tracked_changes_and_moves(self) -> None:
        body = (
            "<w:p><w:r><w:t xml:space='preserve'>Grade </w:t></w:r>"
            "<w:del><w:r><w:delText>G6</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>G7</w:t></w:r></w:ins>"
            "<w:moveFrom><w:r><w:t>moved away</w:t></w:r></w:moveFrom>"
            "<w:moveTo><w:r><w:t xml:space='preserve'> moved here</w:t></w:r></w:moveTo></w:p>"
        )
        assert _text(body) == "Grade G7 moved here"

    def test_fields_show_their_results_not_their_codes(self) -> None:
        body = (
            "<w:p><w:r><w:t xml:space='preserve'>Closing Date: </w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            '<w:r><w:instrText>DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
            # A field inside the code: nothing of it shows.
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>9</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
            "<w:r><w:t>20 February 2024</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
            "<w:fldSimple w:instr='NUMPAGES'><w:r><w:t xml:space='preserve'> (3)</w:t></w:r></w:fldSimple>"
            "</w:p>"
        )
        assert _text(body) == "Closing Date: 20 February 2024 (3)"

    def test_a_legacy_forms_boxes_and_choices_show_what_they_hold(self) -> None:
        def form_field(data: str, code: str, result: str = "") -> str:
            shown = f"<w:r><w:t>{result}</w:t></w:r>" if result else ""
            return (
                f"<w:r><w:fldChar w:fldCharType='begin'><w:ffData>{data}</w:ffData></w:fldChar></w:r>"
                f"<w:r><w:instrText>{code}</w:instrText></w:r>"
                f"<w:r><w:fldChar w:fldCharType='separate'/></w:r>{shown}"
                "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
            )

        def line(text: str, field: str) -> str:
            return f"<w:p><w:r><w:t xml:space='preserve'>{text} </w:t></w:r>{field}</w:p>"

        offices = "".join(f"<w:listEntry w:val='{o}'/>" for o in ("HQ", "Regional", "Country"))
        body = "".join(
            (
                line(
                    "Country Office",
                    form_field("<w:checkBox><w:checked/></w:checkBox>", "FORMCHECKBOX"),
                ),
                line(
                    "Regional Office",
                    form_field("<w:checkBox><w:default w:val='0'/></w:checkBox>", "FORMCHECKBOX"),
                ),
                line(
                    "HQ",
                    form_field(
                        "<w:checkBox><w:default w:val='1'/><w:checked w:val='0'/></w:checkBox>",
                        "FORMCHECKBOX",
                    ),
                ),
                line(
                    "Office:",
                    form_field(
                        f"<w:ddList><w:result w:val='2'/>{offices}</w:ddList>", "FORMDROPDOWN"
                    ),
                ),
                line("Office:", form_field(f"<w:ddList>{offices}</w:ddList>", "FORMDROPDOWN")),
                line("Grade:", form_field("<w:textInput/>", "FORMTEXT", "G7")),
            )
        )
        assert _text(body).splitlines() == [
            "Country Office \u2612",
            "Regional Office \u2610",
            "HQ \u2610",
            "Office: Country",
            "Office: HQ",
            "Grade: G7",
        ]

    @pytest.mark.parametrize(
        ("name", "content", "expected"),
        [
            ("afchunk.htm", b"<html><body><p>Duty Station: Dakar</p><p>Grade: G5</p></body></html>",
             ["Duty Station: Dakar", "", "Grade: G5"]),
            ("chunk.txt", "Duty Station: Dakar\nGrade: G5".encode("utf-16"), ["Duty Station: Dakar", "Grade: G5"]),
        ],
    )  # fmt: skip
    def test_a_document_imported_whole_is_read_where_it_stands(
        self, name: str, content: bytes, expected: list[str]
    ) -> None:
        document = word_document(
            paragraph("Vacancy Notice") + "<w:altChunk r:id='rC'/>" + paragraph("How to apply"),
            parts={f"word/{name}": ""},
            relationships=[("rC", "aFChunk", name)],
        )
        data = _rewritten_part(document, f"word/{name}", content)
        assert docx_text(data).splitlines() == ["Vacancy Notice", *expected, "How to apply"]

    def test_a_word_document_imported_whole(self) -> None:
        inner = word_document(paragraph("Grade: G5"))
        document = word_document(
            "<w:altChunk r:id='rC'/>",
            parts={"word/chunk.docx": ""},
            relationships=[("rC", "aFChunk", "chunk.docx")],
        )
        assert docx_text(_rewritten_part(document, "word/chunk.docx", inner)) == "Grade: G5"

    def test_an_imported_document_of_another_kind_is_refused(self) -> None:
        document = word_document(
            "<w:altChunk r:id='rC'/>",
            parts={"word/chunk.rtf": "{\\rtf1 Grade: G5}"},
            relationships=[("rC", "aFChunk", "chunk.rtf")],
        )
        with pytest.raises(
            UnreadableInput, match=r"imports word/chunk\.rtf, a kind of document not read"
        ):
            docx_text(document)

    def test_links_say_their_addresses(self) -> None:
        body = (
            "<w:p><w:r><w:t xml:space='preserve'>Apply </w:t></w:r>"
            "<w:hyperlink r:id='rL1'><w:r><w:t>here</w:t></w:r></w:hyperlink>"
            "<w:r><w:t xml:space='preserve'> or write to </w:t></w:r>"
            "<w:hyperlink r:id='rL2'><w:r><w:t>hrdakar@iom.int</w:t></w:r></w:hyperlink>"
            "<w:r><w:t xml:space='preserve'>, </w:t></w:r>"
            "<w:hyperlink r:id='rL3'><w:r><w:t>the unit</w:t></w:r></w:hyperlink>"
            "<w:r><w:t xml:space='preserve'>; </w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            "<w:r><w:instrText xml:space='preserve'> HYPERLINK \"https://www.iom.int/diversity\" </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
            "<w:r><w:t>www.iom.int/diversity</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
            "<w:r><w:t xml:space='preserve'>; </w:t></w:r>"
            "<w:hyperlink w:anchor='annex'><w:r><w:t>annex</w:t></w:r></w:hyperlink></w:p>"
        )
        document = word_document(
            body,
            relationships=[
                ("rL1", "hyperlink", "https://recruit.iom.int/sap/bc/hcm?id=1234"),
                ("rL2", "hyperlink", "mailto:hrdakar@iom.int"),
                ("rL3", "hyperlink", "mailto:hrdakar@iom.int"),
            ],
        )
        assert docx_text(document) == (
            "Apply here <https://recruit.iom.int/sap/bc/hcm?id=1234> or write to hrdakar@iom.int, "
            "the unit <hrdakar@iom.int>; www.iom.int/diversity; annex"
        )

    def test_symbols_and_wrappers(self) -> None:
        body = (
            "<w:p><w:sdt><w:sdtPr><w:alias w:val='Grade'/></w:sdtPr><w:sdtContent>"
            "<w:smartTag w:element='place'><w:r><w:sym w:font='Symbol' w:char='F0B7'/>"
            "<w:tab/><w:t>G7</w:t></w:r></w:smartTag></w:sdtContent></w:sdt>"
            "<w:r><w:sym w:font='Wingdings' w:char='FC'/></w:r></w:p>"
            "<w:sdt><w:sdtContent>" + paragraph("In a content control.") + "</w:sdtContent></w:sdt>"
        )
        assert _text(body) == "\u2022\tG7\u2713\nIn a content control."

    def test_a_text_box_is_read_once_after_its_paragraph(self) -> None:
        box = paragraph("Closing Date: 20 February 2024")
        body = (
            "<w:p><w:r><w:t>Vacancy Notice</w:t></w:r><w:r><mc:AlternateContent>"
            "<mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic><a:graphicData>"
            f"<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent>"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            + paragraph("Context")
            + f"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{paragraph('Old box')}"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        )
        assert _text(body).splitlines() == [
            "Vacancy Notice",
            "Closing Date: 20 February 2024",
            "Context",
            "",
            "Old box",
        ]

    def test_table_rows_are_lines_of_cells(self) -> None:
        def cell(*texts: str) -> str:
            return "<w:tc>" + "".join(map(paragraph, texts)) + "</w:tc>"

        rows = (
            "<w:tr>" + cell("Position Title") + cell("Driver") + "</w:tr>"
            "<w:tr>"
            + cell("Reports directly to")
            + cell("Head of Office", "Project Manager")
            + "</w:tr>"
            "<w:sdt><w:sdtContent><w:tr>"
            + cell("Grade")
            + cell("G2")
            + "</w:tr></w:sdtContent></w:sdt>"
            "<w:tr>" + cell("") + cell("Duties", "Drive.") + "</w:tr>"
            "<w:tr>"
            + cell("Type of Appointment")
            + "<w:tc>"
            + _run("<w:t>Fixed term, one year</w:t><w:br/><w:t>with possibility of extension</w:t>")
            + "</w:tc></w:tr>"
        )
        assert _text(f"<w:tbl>{rows}</w:tbl>" + paragraph("After.")).splitlines() == [
            "Position Title\tDriver",
            "Reports directly to\tHead of Office",
            "\tProject Manager",
            "Grade\tG2",
            "\tDuties",
            "\tDrive.",
            "Type of Appointment\tFixed term, one year",
            "\twith possibility of extension",
            "After.",
        ]

    def test_headers_footers_and_notes_stand_around_the_body_once(self) -> None:
        def part(tag: str, inner: str) -> str:
            return f"<w:{tag} xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>{inner}</w:{tag}>"

        notes = part(
            "footnotes",
            "<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            f"<w:footnote w:id='1'>{paragraph('Drawn from the Competency Framework.')}</w:footnote>",
        )
        sections = (
            "<w:p><w:pPr><w:sectPr><w:headerReference r:id='rH1'/><w:footerReference r:id='rF1'/>"
            "</w:sectPr></w:pPr><w:r><w:t>First section.</w:t></w:r></w:p>"
            + paragraph("Second section.")
            + "<w:sectPr><w:headerReference r:id='rH2'/><w:headerReference r:id='rH3'/>"
            "<w:footerReference r:id='rF1'/></w:sectPr>"
        )
        document = word_document(
            sections,
            parts={
                "word/header1.xml": part("hdr", paragraph("IOM \u2022 OIM")),
                "word/header2.xml": part("hdr", paragraph("IOM \u2022 OIM")),
                "word/header3.xml": part("hdr", paragraph("")),
                "word/footer1.xml": part("ftr", paragraph("VN 2024/07")),
                "word/footnotes.xml": notes,
                "word/endnotes.xml": part(
                    "endnotes", f"<w:endnote w:id='1'>{paragraph('End.')}</w:endnote>"
                ),
            },
            relationships=[
                ("rH1", "header", "header1.xml"),
                ("rH2", "header", "header2.xml"),
                ("rH3", "header", "header3.xml"),
                ("rF1", "footer", "footer1.xml"),
                ("rFn", "footnotes", "footnotes.xml"),
                ("rEn", "endnotes", "/word/endnotes.xml"),
            ],
        )
        assert docx_text(document) == (
            "IOM \u2022 OIM\n\nFirst section.\n\fSecond section.\n\n"
            "Drawn from the Competency Framework.\nEnd.\n\nVN 2024/07"
        )

    def test_a_headers_link_is_its_own_parts(self) -> None:
        header = (
            "<w:hdr xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
            "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
            "<w:p><w:hyperlink r:id='rL1'><w:r><w:t>IOM</w:t></w:r></w:hyperlink></w:p></w:hdr>"
        )
        document = word_document(
            "<w:sectPr><w:headerReference r:id='rH1'/></w:sectPr>",
            parts={"word/header1.xml": header},
            relationships=[("rH1", "header", "header1.xml")],
            part_relationships={"word/header1.xml": [("rL1", "hyperlink", "https://www.iom.int")]},
        )
        assert docx_text(document) == "IOM <https://www.iom.int>"

    @given(
        st.lists(
            st.lists(
                st.text(
                    st.characters(
                        codec="utf-8",
                        exclude_categories=("Cs", "Cc", "Cn", "Zl", "Zp"),
                        exclude_characters="\f\v\x85",
                    ),
                    max_size=30,
                ),
                min_size=1,
                max_size=3,
            ),
            max_size=6,
        )
    )
    def test_no_text_is_lost(self, rows: list[list[str]]) -> None:
        """Each paragraph's text comes out whole and in order, in paragraphs and in tables."""
        body = "".join(paragraph(cells[0]) for cells in rows)
        table = "".join(
            "<w:tr>" + "".join(f"<w:tc>{paragraph(text)}</w:tc>" for text in cells) + "</w:tr>"
            for cells in rows
        )
        as_paragraphs = _text(body + (f"<w:tbl>{table}</w:tbl>" if rows else ""))
        expected = [cells[0] for cells in rows] + ["\t".join(cells) for cells in rows]
        assert as_paragraphs == "\n".join(expected)


class TestUnreadable:
    """What is no Word document, or a damaged one, says so: never a dependency's traceback."""

    def test_a_damaged_archive(self, tmp_path: Path) -> None:
        data = word_document(paragraph("Driver"))
        # Cut before its text: no part read gives any (TestDamaged reads the rest).
        with pytest.raises(UnreadableInput, match=r"^The bytes are a damaged ZIP archive"):
            docx_text(data[: data.index(b"word/document.xml")])
        with pytest.raises(
            UnreadableInput,
            match=r"^The bytes are a Word document whose part word/document\.xml is cut short "
            "before its text begins",
        ):
            docx_text(data[: data.index(b"word/document.xml") + 40])
        path = tmp_path / "notice.docx"
        path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00Position Title: Driver")
        with pytest.raises(UnreadableInput, match=r"^'.*notice\.docx' is a damaged ZIP archive"):
            parse_notice(path)

    @pytest.mark.parametrize(
        ("names", "kind"),
        [
            ({"xl/workbook.xml": "<workbook/>"}, "an Excel workbook"),
            (
                {
                    "_rels/.rels": (
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
                        '.org/officeDocument/2006/relationships/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>'
                    ),
                    "xl/workbook.xml": (
                        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
                    ),
                },
                "an Excel workbook",
            ),
            ({"ppt/presentation.xml": "<p/>"}, "a PowerPoint presentation"),
            (
                {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<c/>"},
                r"an OpenDocument file \(text\)",
            ),
            ({"notice.txt": "Position Title: Driver"}, "a ZIP archive"),
        ],
    )
    def test_an_archive_of_another_kind(self, names: dict[str, str], kind: str) -> None:
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as written:
            for name, content in names.items():
                written.writestr(name, content)
        with pytest.raises(UnreadableInput, match=f"The bytes are {kind}, not a Word document"):
            parse_notice(archive.getvalue())

    def test_xml_that_is_not_well_formed_says_where(self) -> None:
        data = word_document("<w:p><w:r><w:t>Driver</w:r></w:p>")
        with pytest.raises(
            UnreadableInput,
            match=r"word/document\.xml is not well-formed XML at line 1, column \d+",
        ):
            docx_text(data)

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
    def test_entities_are_refused(self, encoding: str) -> None:
        def declared(xml: bytes) -> bytes:
            body = xml.decode("utf-8").split("?>", 1)[1]
            return f'<!DOCTYPE d [<!ENTITY a "aaaa">]>{body}'.encode(encoding)

        data = _rewritten(word_document(paragraph("Driver")), declared)
        with pytest.raises(UnreadableInput, match="declares a DOCTYPE or entities"):
            docx_text(data)

    def test_a_part_larger_than_the_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(docx_module, "MAX_PART_BYTES", 2000)
        with pytest.raises(InputTooLarge, match=r"word/document\.xml is larger than 2000 bytes"):
            docx_text(word_document(paragraph("Driver " * 400)))

    def test_a_strict_open_xml_document(self) -> None:
        strict = _rewritten(
            word_document(paragraph("Driver")),
            lambda xml: xml.replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ),
        )
        with pytest.raises(UnreadableInput, match=r"in a form not read \(http://purl\.oclc\.org"):
            docx_text(strict)

    def test_a_file_and_what_is_no_document(self, tmp_path: Path) -> None:
        with pytest.raises(UnreadableInput, match="Cannot read"):
            docx_text(tmp_path / "missing.docx")
        with pytest.raises(UnreadableInput, match="expected bytes or a path"):
            docx_text("Position Title: Driver")  # type: ignore[arg-type]

    def test_a_page_reader_refuses_a_document(self) -> None:
        with pytest.raises(UnreadableInput, match=r"read it with parse_notice\(\)"):
            parse_html(word_document(paragraph("Driver")))

    def test_a_word_97_document_says_what_to_do(self) -> None:
        with pytest.raises(UnreadableInput, match=r"save it as \.docx"):
            parse_notice(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))


class TestReading:
    def test_the_text_read_is_the_documents(self) -> None:
        form = _FIXTURES / "post_description_form.docx"
        assert read_text(form) == read_text(form.read_bytes()) == docx_text(form)
        assert read_text("Grade: G2") == "Grade: G2"
        assert read_text("Grade: G2".encode("utf-16")) == "Grade: G2"

    def test_bytes_and_paths_alike(self, tmp_path: Path) -> None:
        data = word_document(paragraph("Position Title: Driver") + paragraph("Grade: G2"))
        path = tmp_path / "vn.docx"
        path.write_bytes(data)
        assert parse_notice(data) == parse_notice(path)
        assert parse_notice(path).notice.position.title == "Driver"
        assert docx_text(bytearray(data)) == "Position Title: Driver\nGrade: G2"


class TestDamage:
    """A damaged document raises UnreadableInput, or reads: nothing else."""

    FORM = (_FIXTURES / "post_description_form.docx").read_bytes()

    @given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
    def test_bytes_changed_anywhere(self, changes: list[tuple[int, int]]) -> None:
        data = bytearray(self.FORM)
        for at, value in changes:
            data[at % len(data)] = value
        _read_or_refused(bytes(data))

    @given(
        st.sampled_from(
            ["word/document.xml", "word/numbering.xml", "word/styles.xml", "_rels/.rels"]
        ),
        st.integers(0, 10**6),
        st.integers(0, 400),
        st.text(max_size=20),
    )
    # An XML declaration's encoding changed to one expat cannot read (LookupError).
    @example(part="_rels/.rels", at=766, cut=0, written="0")
    def test_parts_cut_or_written_into(self, part: str, at: int, cut: int, written: str) -> None:
        def changed(xml: bytes) -> bytes:
            place = at % (len(xml) + 1)
            return xml[:place] + written.encode("utf-8", "surrogatepass") + xml[place + cut :]

        _read_or_refused(_rewritten(self.FORM, changed, part))


def _read_or_refused(data: bytes) -> None:
    try:
        result = parse_notice(data)
    except UnreadableInput as error:
        assert str(error).startswith("The bytes are ")
        return
    assert result.notice is not None


_FIXTURE = Path(__file__).parent / "fixtures" / "docx" / "vacancy_notice.docx"


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _read_so_far(cut: str, whole: str) -> None:
    """Assert that *cut* holds the lines of *whole* up to a point, the last perhaps cut within.

    A line may have lost its list number or bullet (``1.`` and a tab), or a
    link's address, where the part that sets them was past the cut.
    """
    read, written = _lines(cut.rstrip("\n")), _lines(whole)
    assert len(read) <= len(written)
    for number, (line, original) in enumerate(zip(read, written, strict=False), start=1):
        unlabelled = re.sub(r"^\S{1,4}\t", "", original)
        forms = {original, unlabelled}
        forms |= {re.sub(r" <[^<>]+>", "", form_) for form_ in forms}
        if number < len(read):
            assert line in forms
        else:
            assert any(form_.startswith(line) for form_ in forms)


class TestDamaged:
    """A Word document cut short or damaged in a part is read as far as it can be, and doubted."""

    def test_a_document_cut_short_past_its_parts(self) -> None:
        data = _FIXTURE.read_bytes()
        whole = parse_notice(data)
        cut = data[: data.index(b"docProps/thumbnail.jpeg") + 100]  # its last part
        result = parse_notice(cut)
        assert read_text(cut) == read_text(data)
        assert result.notice == whole.notice
        (doubt,) = result.doubts
        assert (doubt.path, doubt.line) == ("$", 1)
        assert doubt.message == (
            "the Word document is damaged: its ZIP directory is missing or damaged (File is not "
            "a zip file), as where a download was cut short: its parts were read from their own "
            "headers, 16 of them whole, up to part docProps/thumbnail.jpeg, cut short; missing "
            "with any parts past that: what they held (list numbers, styles, link addresses, "
            "notes, page headers or footers)"
        )
        found = iomjobs.validate(result).findings
        assert [f.span for f in found if f.code == "TXT006"] == [Span(1, 1)]

    def test_a_damaged_part_of_a_document_cut_short(self) -> None:
        data = bytearray(_FIXTURE.read_bytes())
        with zipfile.ZipFile(_FIXTURE) as archive:
            info = archive.getinfo("word/settings.xml")
        at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
        data[at] ^= 0xFF
        result = parse_notice(bytes(data[: data.index(b"PK\x01\x02")]))
        assert result.notice.position.title == "Senior Project Assistant (Inclusion and AAP)"
        assert ", part word/settings.xml damaged (its data cannot be inflated or does not " in (
            result.doubts[0].message
        )

    def test_a_document_cut_short_past_its_text(self) -> None:
        # Within word/styles.xml: the text is whole, its list numbers (in a
        # part after the cut) missing, as the doubt says.
        data = _FIXTURE.read_bytes()
        result = parse_notice(data[:10_000])
        assert read_text(data[:10_000]).count("\n") == read_text(data).count("\n")
        _read_so_far(read_text(data[:10_000]), read_text(data))
        assert result.notice.position.title == "Senior Project Assistant (Inclusion and AAP)"
        (doubt,) = result.doubts
        assert "6 of them whole, up to part word/styles.xml, cut short" in doubt.message

    def test_a_document_cut_short_within_its_text(self) -> None:
        data = _FIXTURE.read_bytes()
        with zipfile.ZipFile(_FIXTURE) as archive:
            info = archive.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        for cut in range(start, start + info.compress_size, 400):
            try:
                text = read_text(data[:cut])
            except UnreadableInput as error:
                assert "word/document.xml is cut short before its text begins" in str(error)
                continue
            _read_so_far(text, read_text(data))
            lines = _lines(text.rstrip("\n"))
            result = parse_notice(data[:cut])
            assert [d.line for d in result.doubts] == [1, len(lines)]
            assert result.doubts[1].message == (
                "the Word document is cut short within its text (word/document.xml): what "
                "followed this line is missing"
            )

    @pytest.mark.parametrize(
        ("written", "damaged"),
        [
            (b'version="1.0"', b"version=1.0"),  # the declaration, not well-formed
            (b"<w:document ", b"<w:document <"),  # the root's start tag
        ],
    )
    def test_a_document_cut_short_and_not_well_formed_before_its_root(
        self, written: bytes, damaged: bytes
    ) -> None:
        # The parser's error came out of the cut part's reading as its own
        # traceback (xml.etree's ParseError), found by mutating the fixtures.
        source = zipfile.ZipFile(io.BytesIO(word_document(paragraph("Position Title: Driver"))))
        stored = io.BytesIO()
        with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as archive:
            for info in source.infolist():
                part = source.read(info)
                if info.filename == "word/document.xml":
                    part = part.replace(written, damaged, 1)
                archive.writestr(info.filename, part)
        data = stored.getvalue()
        cut = data[: data.index(b"<w:body>") + 10]
        with pytest.raises(
            UnreadableInput, match=r"word/document\.xml is cut short before its text"
        ):
            parse_notice(cut)
        with pytest.raises(UnreadableInput, match=r"word/document\.xml is not well-formed XML"):
            parse_notice(data)

    def test_every_cut_reads_or_says_why_not(self) -> None:
        data = word_document(
            "".join(paragraph(f"Duty {number}: coordinate the partners.") for number in range(40))
        )
        for cut in range(0, len(data), 7):
            try:
                text = read_text(data[:cut])
            except UnreadableInput as error:
                assert "damaged ZIP archive" in str(error) or "cut short before" in str(error)
                continue
            _read_so_far(text, read_text(data))

    def test_parts_whose_sizes_follow_their_data(self) -> None:
        # LibreOffice writes each part's sizes and checksum after its data.
        path = _FIXTURE.parent / "libreoffice_seed_001.docx"
        data = path.read_bytes()
        assert data[6] & 0x8  # the first part's flag: sizes after the data
        whole = read_text(path)
        cut = data[: len(data) - 200]  # within the archive's directory
        assert read_text(cut) == whole
        assert parse_notice(cut).notice == parse_notice(path).notice
        start = data.index(b"word/document.xml")
        text = read_text(data[: start + 3_000])
        assert text.count("\n") > 3
        _read_so_far(text, whole)

    def test_a_part_not_well_formed_is_passed_over(self) -> None:
        data = word_document(
            numbered("Coordinate the partners.", 1),
            parts={"word/numbering.xml": f"<w:numbering {NAMESPACES}><w:num>"},
            relationships=[("rId1", "numbering", "numbering.xml")],
        )
        result = parse_notice(data)
        assert read_text(data) == "Coordinate the partners."
        assert result.doubts[0] == Doubt(
            "$",
            "the Word document is damaged: part word/numbering.xml is not well-formed XML "
            f"at line 1, column {len(NAMESPACES) + 22}; missing with it: its list numbers",
            1,
        )

    def test_a_part_whose_data_is_damaged_is_passed_over(self) -> None:
        data = word_document(
            paragraph("Coordinate the partners."),
            parts={"word/footnotes.xml": f"<w:footnotes {NAMESPACES}/>"},
            relationships=[("rId1", "footnotes", "footnotes.xml")],
        )
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/footnotes.xml")
        at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 2
        damaged = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
        doubt = parse_notice(damaged).doubts[0]
        assert doubt.message.startswith(
            "the Word document is damaged: part word/footnotes.xml cannot be read: "
        )
        assert doubt.message.endswith("; missing with it: the footnotes")
        assert read_text(damaged) == "Coordinate the partners."

    @pytest.mark.parametrize("encoding", ["U0TF-8", "hex", "utf-32"])
    def test_a_part_declaring_an_encoding_not_read(self, encoding: str) -> None:
        def declared(xml: bytes) -> bytes:
            return xml.replace(b'encoding="UTF-8"', f'encoding="{encoding}"'.encode(), 1)

        data = word_document(paragraph("Driver"))
        with pytest.raises(
            UnreadableInput, match=r"word/document\.xml declares an encoding that cannot be read"
        ):
            parse_notice(_rewritten(data, declared))
        rels = _rewritten(data, declared, "_rels/.rels")
        assert read_text(rels) == "Driver"
        (doubt,) = [d for d in parse_notice(rels).doubts if "Word document" in d.message]
        assert doubt.message.startswith(
            "the Word document is damaged: part _rels/.rels declares an encoding that cannot be "
            "read ("
        )

    @staticmethod
    def _stored(data: bytes) -> bytes:
        """*data* with its parts stored, not deflated: a changed byte stays where it is."""
        written = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as source,
            zipfile.ZipFile(written, "w", zipfile.ZIP_STORED) as target,
        ):
            for item in source.infolist():
                target.writestr(item.filename, source.read(item))
        return written.getvalue()

    def test_a_part_whose_data_fails_its_checksum_is_read_as_it_stands(self) -> None:
        data = bytearray(self._stored(word_document(paragraph("Position Title: Driver"))))
        data[data.index(b"Driver") + 5] = ord("x")  # "Drivex": the XML still well formed
        result = parse_notice(bytes(data))
        assert result.notice.position.title == "Drivex"
        (doubt,) = result.doubts
        assert doubt == Doubt(
            "$",
            "the Word document is damaged: part word/document.xml's data does not match its "
            "checksum: it is read as it stands, and what it holds may be damaged",
            1,
        )

    def test_a_part_whose_damaged_data_is_no_xml_is_refused(self) -> None:
        data = bytearray(self._stored(word_document(paragraph("Position Title: Driver"))))
        data[data.index(b"<w:body>") + 1] = ord("x")
        with pytest.raises(UnreadableInput, match=r"word/document\.xml is not well-formed XML"):
            parse_notice(bytes(data))

    def test_the_main_document_damaged_is_still_refused(self) -> None:
        data = word_document("<w:p><w:r><w:t>Driver</w:r></w:p>")
        with pytest.raises(UnreadableInput, match=r"word/document\.xml is not well-formed XML"):
            parse_notice(data)


class TestPartsReadInOrder:
    """An archive's parts read from their own headers, where its directory is lost."""

    @staticmethod
    def _archive(compression: int) -> bytes:
        written = io.BytesIO()
        with zipfile.ZipFile(written, "w", compression) as archive:
            archive.writestr("a.xml", "<a>" + "alpha " * 50 + "</a>")
            archive.writestr("b.xml", "<b>" + "beta " * 50 + "</b>")
        return written.getvalue()

    @pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
    def test_whole_parts_and_the_cut_one(self, compression: int) -> None:
        data = self._archive(compression)
        directory = data.index(b"PK\x01\x02")
        found = parts_read_in_order(data[:directory], 1_000)
        assert found.whole == {"a.xml": b"<a>" + b"alpha " * 50 + b"</a>", "b.xml": ANY}
        assert (found.cut, found.damaged) == (None, [])
        cut = data[: data.index(b"b.xml") + 5 + 8]  # 8 bytes into its data
        found = parts_read_in_order(cut, 1_000)
        assert list(found.whole) == ["a.xml"]
        assert found.cut is not None
        name, partial = found.cut
        assert name == "b.xml"
        assert (b"<b>" + b"beta " * 50).startswith(partial)

    def test_a_part_whose_data_does_not_match_its_checksum(self) -> None:
        data = bytearray(self._archive(zipfile.ZIP_STORED))
        data[data.index(b"alpha")] = ord("A")
        found = parts_read_in_order(bytes(data[: data.index(b"PK\x01\x02")]), 1_000)
        assert (list(found.whole), found.damaged) == (["b.xml"], ["a.xml"])

    def test_an_encrypted_part_ends_the_reading(self) -> None:
        data = bytearray(self._archive(zipfile.ZIP_DEFLATED))
        data[6] |= 0x1  # the first part's flags: encrypted
        assert parts_read_in_order(bytes(data), 1_000) == ({}, None, [])

    def test_a_part_larger_than_the_limit_is_read_a_byte_past_it(self) -> None:
        data = self._archive(zipfile.ZIP_DEFLATED)
        found = parts_read_in_order(data, 100)
        assert found.cut is not None
        assert len(found.cut[1]) == 101

    def test_a_part_read_as_it_stands(self) -> None:
        for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            data = self._archive(compression)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                info = archive.getinfo("b.xml")
            body = part_at(data, info.header_offset, info.compress_size, 1_000)
            assert body == b"<b>" + b"beta " * 50 + b"</b>"
            assert part_at(data, info.header_offset + 1, info.compress_size, 1_000) is None

    @given(
        st.binary(max_size=200) | st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=200))
    )
    def test_any_bytes_are_read_or_left(self, data: bytes) -> None:
        found = parts_read_in_order(data, 1_000)
        assert all(len(body) <= 1_001 for body in found.whole.values())

    @given(st.integers(0, 10**6), st.integers(0, 255), st.integers(0, 10**6))
    def test_an_archive_changed_and_cut_anywhere(self, at: int, value: int, cut: int) -> None:
        data = bytearray(self._archive(zipfile.ZIP_DEFLATED))
        data[at % len(data)] = value
        found = parts_read_in_order(bytes(data[: cut % (len(data) + 1)]), 1_000)
        # A part read whole is one of the archive's, as written (its name may be changed).
        originals = {
            "a.xml": b"<a>" + b"alpha " * 50 + b"</a>",
            "b.xml": b"<b>" + b"beta " * 50 + b"</b>",
        }
        assert all(body in originals.values() for body in found.whole.values())

    def test_parts_after_one_that_cannot_be_inflated(self) -> None:
        data = bytearray(self._archive(zipfile.ZIP_DEFLATED))
        start = data.index(b"a.xml") + len(b"a.xml")
        data[start : start + 4] = b"\xff\xff\xff\xff"  # no deflate block begins so
        found = parts_read_in_order(bytes(data), 1_000)
        assert (list(found.whole), found.damaged) == (["b.xml"], ["a.xml"])
