"""PDF documents, and the text taken out of them with its layout: notices printed from Word."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import zlib
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import attrs
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iomjobs
import iomjobs.parse
from iomjobs import parse_html, parse_notice
from iomjobs.cli import main
from iomjobs.model.notice import VacancyNotice
from iomjobs.parse import Doubt, InputTooLarge, UnreadableInput, read_text
from iomjobs.parse import _pdf as pdf_module
from iomjobs.parse._hanging import hangs_under
from iomjobs.parse._label_column import joined_label_columns
from iomjobs.parse._segments import clean, file_lines, source_lines
from iomjobs.source import Span
from seed_notices import SEED_NOTICES, seed_path

_FIXTURES = Path(__file__).parent / "fixtures"
_PDFS = _FIXTURES / "pdf"
_WORD_NOTICE = _FIXTURES / "docx" / "vacancy_notice.docx"
# The link's address Word keeps behind its text ("download here"), which the
# printed page does not show.
_LINK = " <https://albania.iom.int>"


def _as_printed(notice: VacancyNotice) -> VacancyNotice:
    """*notice*, read from Word, as its printed page shows it: no link addresses, no lines kept."""
    apply = notice.how_to_apply
    assert apply is not None
    shown = attrs.evolve(
        apply,
        text=tuple(text.replace(_LINK, "") for text in apply.text),
        documents=tuple(text.replace(_LINK, "") for text in apply.documents),
    )
    return attrs.evolve(notice, how_to_apply=shown, unclassified=())


def _without_lines(notice: VacancyNotice) -> VacancyNotice:
    return attrs.evolve(notice, unclassified=())


def _pdf(writer: pypdf.PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted(user_password: str, algorithm: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(_PDFS / "libreoffice_seed_001.pdf"))
    owner = "owner"  # the owner's password, which lets the document be changed
    writer.encrypt(user_password=user_password, owner_password=owner, algorithm=algorithm)
    return _pdf(writer)


class TestNoticesPrintedToPdf:
    """Notices printed to PDF (by LibreOffice 7.4) read as the documents they were printed from."""

    def test_a_word_notice_reads_as_the_document(self) -> None:
        # Its header a table of labels and values, its duties numbered by
        # Word with a hanging indent, fourteen of them across page breaks.
        notice = parse_notice(_PDFS / "vacancy_notice.pdf").notice
        assert _without_lines(notice) == _as_printed(parse_notice(_WORD_NOTICE).notice)
        duties = notice.position.responsibilities[0].items
        assert [duty.number for duty in duties] == list(range(1, 15))

    @pytest.mark.parametrize(
        "name",
        [
            # Its wrapped title's first line stretched to the header table's column.
            "vacancy_notice_justified.pdf",
            # Its header's labels wrapped in a narrow column, words broken.
            "vacancy_notice_narrow.pdf",
        ],
    )
    def test_a_variant_of_the_word_notice_reads_as_the_document(self, name: str) -> None:
        notice = parse_notice(_PDFS / name).notice
        assert _without_lines(notice) == _as_printed(parse_notice(_WORD_NOTICE).notice)

    def test_the_post_description_form_reads_as_seed_000(self) -> None:
        # The form as make_fixtures.py --printed writes it (its columns set, the
        # reviewer's change accepted), printed: the form's table, a header and
        # a footer on each of four pages, the competencies' footnote at the
        # foot of the third, between a competency and its last line.
        notice = parse_notice(_PDFS / "post_description_form.pdf").notice
        seed = SEED_NOTICES[0]
        kept = [line.text for line in notice.unclassified]
        assert kept.count("International Organization for Migration") == 4
        assert [text for text in kept if text.startswith("Page ")] == [
            f"Page {page} of 4" for page in range(1, 5)
        ]
        # The competencies' heading, its footnote's mark glued on ("VI. Competencies1"),
        # is the heading; the mark is kept, as the seed keeps its "[footnoteRef:1]".
        assert "VI. Competencies1" not in kept
        assert "1" in kept
        footnote = kept.index(
            "1 Competencies and respective levels should be drawn from the Competency"
        )
        assert kept[footnote + 1] == "Framework of the Organization."
        # What the page does not say: a paragraph of the context whose line is
        # full and ends a sentence reads as two; its words are all there.
        assert " ".join(notice.context) == " ".join(seed.context)
        assert len(notice.context) == len(seed.context) + 1
        # The rest reads as the seed does, field for field.
        assert _without_lines(attrs.evolve(notice, context=seed.context)) == _without_lines(seed)

    def test_a_text_printed_reads_as_the_text(self) -> None:
        # Seed 001, a line a paragraph: the printed page wraps its long lines.
        result = parse_notice(_PDFS / "libreoffice_seed_001.pdf")
        seed = parse_notice(seed_path(1))
        assert _without_lines(result.notice) == _without_lines(seed.notice)
        # The lines the seed leaves unclassified are kept, wrapped as printed.
        kept = " ".join(line.text for line in result.notice.unclassified)
        assert kept == " ".join(line.text for line in seed.notice.unclassified)

    def test_pages_end_in_form_feeds_as_pdftotexts_do(self) -> None:
        text = read_text(_PDFS / "vacancy_notice.pdf")
        pages = pypdf.PdfReader(_PDFS / "vacancy_notice.pdf").pages
        assert text.count("\n\f") == len(pages) == 7
        assert text.endswith("\n\f")
        assert "\n\fHow to apply:\n" in text  # the page break Word's document has

    def test_lines_named_are_the_texts(self) -> None:
        # Lines end at line feeds only: a form feed begins a page's first line.
        path = _PDFS / "vacancy_notice.pdf"
        lines = read_text(path).split("\n")
        result = parse_notice(path)
        span = result.span_for("$.closing_date")
        assert span is not None
        assert lines[span.first_line - 1].startswith("Closing Date:")
        apply = result.span_for("$.how_to_apply")  # on the last page
        assert apply is not None
        assert lines[apply.first_line - 1] == "\fHow to apply:"

    def test_bytes_and_paths_alike(self) -> None:
        path = _PDFS / "libreoffice_seed_001.pdf"
        assert parse_notice(path.read_bytes()) == parse_notice(path)
        assert read_text(bytearray(path.read_bytes())) == read_text(path)

    def test_a_pdf_is_no_page(self) -> None:
        with pytest.raises(UnreadableInput, match=r"a PDF document, not a page: read it with"):
            parse_html(_PDFS / "libreoffice_seed_001.pdf")

    def test_locked_for_editing_only_reads(self) -> None:
        # An owner's password, no user's: the document opens for anyone.
        for algorithm in ("AES-256", "RC4-128"):
            assert (
                parse_notice(_encrypted("", algorithm)).notice.position.title == "Project Officer"
            )


class TestUnreadable:
    def test_without_pypdf(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "pypdf", None)  # import fails, as where not installed
        with pytest.raises(UnreadableInput) as raised:
            parse_notice(_PDFS / "libreoffice_seed_001.pdf")
        message = str(raised.value)
        assert message.startswith("'")
        assert "libreoffice_seed_001.pdf' is a PDF document, not text: " in message
        assert 'pip install "iomjobs[pdf]"' in message
        assert "pdftotext -layout" in message

    def test_locked_by_a_password(self) -> None:
        with pytest.raises(UnreadableInput, match=r"^The bytes are a PDF document locked by a"):
            parse_notice(_encrypted("secret", "AES-128"))

    def test_no_text(self) -> None:
        writer = pypdf.PdfWriter()
        writer.add_blank_page(595, 842)
        with pytest.raises(UnreadableInput, match=r"a PDF document with no text \(a scan\?\)"):
            parse_notice(_pdf(writer))

    @pytest.mark.parametrize("kept", [5, 100, 2_000, 30_000])
    def test_cut_short(self, kept: int) -> None:
        data = (_PDFS / "vacancy_notice.pdf").read_bytes()[:kept]
        with pytest.raises(UnreadableInput, match=r"^The bytes are a damaged PDF document \("):
            parse_notice(data)

    def test_too_many_pages(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(pdf_module, "MAX_PAGES", 2)
        with pytest.raises(InputTooLarge, match=r"a PDF document of 7 pages, more than 2$"):
            parse_notice(_PDFS / "vacancy_notice.pdf")

    def test_too_much_text(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(iomjobs.parse, "MAX_INPUT_CHARACTERS", 5_000)
        with pytest.raises(InputTooLarge, match=r"whose text is longer than 5000 characters$"):
            parse_notice(_PDFS / "vacancy_notice.pdf")

    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6))
    def test_bytes_changed_anywhere(self, changes: list[tuple[int, int]]) -> None:
        data = bytearray((_PDFS / "libreoffice_seed_001.pdf").read_bytes())
        for at, value in changes:
            data[at % len(data)] = value
        try:
            result = parse_notice(bytes(data))
        except (UnreadableInput, InputTooLarge) as error:
            assert str(error).startswith("The bytes are ")
            return
        assert result.notice is not None


def _with_page_stream(pages: dict[int, Callable[[bytes], bytes]]) -> bytes:
    """The seed 002 PDF, the content streams of *pages* (numbered from 1) written anew, as damaged.

    Each function is given the page's content as pypdf decodes it and
    returns the bytes written in its place, marked as Flate-compressed: a
    download cut short, a byte changed, a tool that wrote no compression.
    """
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(_PDFS / "vacancy_notice.pdf"))
    for number, damaged in pages.items():
        page = writer.pages[number - 1]
        content = page.get_contents()
        assert content is not None
        stream = pypdf.generic.StreamObject()
        stream._data = damaged(content.get_data())  # the bytes as written, not encoded again
        stream[pypdf.generic.NameObject("/Filter")] = pypdf.generic.NameObject("/FlateDecode")
        page[pypdf.generic.NameObject("/Contents")] = writer._add_object(stream)
    return _pdf(writer)


def _cut_short(content: bytes) -> bytes:
    """The page's content compressed, its last tenth lost: pypdf fails on the page."""
    compressed = zlib.compress(content)
    return compressed[: len(compressed) * 9 // 10]


def _header_damaged(content: bytes) -> bytes:
    """The page's content compressed, its first two bytes lost: pypdf warns, and reads nothing."""
    return b"\0\0" + zlib.compress(content)[2:]


def _page_lines(text: str) -> list[int]:
    """The lines of *text* its pages begin on, from 1: page 2's begins with a form feed."""
    return [1] + [n for n, line in enumerate(file_lines(text), start=1) if line.startswith("\f")]


class TestDamaged:
    """A PDF damaged in places is read as far as pypdf reads it, and the rest doubted."""

    _PAGE_3 = 92  # the line of the undamaged text where page 3 begins

    def test_the_line_page_3_begins_on(self) -> None:
        assert _page_lines(read_text(_PDFS / "vacancy_notice.pdf"))[2] == self._PAGE_3

    def test_a_page_pypdf_cannot_read_is_left_empty_and_said(self) -> None:
        data = _with_page_stream({3: _cut_short})
        pages = read_text(data).split("\f")
        whole = read_text(_PDFS / "vacancy_notice.pdf").split("\f")
        assert pages[2] == "\n"
        assert pages[:2] + pages[3:] == whole[:2] + whole[3:]
        result = parse_notice(data)
        assert result.doubts == (
            Doubt(
                "$",
                "page 3 of the PDF could not be read (PdfStreamError: Stream has ended "
                "unexpectedly): its text is missing",
                self._PAGE_3,
            ),
        )
        assert result.notice.position.title == "Senior Project Assistant (Inclusion and AAP)"
        found = iomjobs.validate(result).findings
        assert [f.span for f in found if f.code == "TXT006"] == [Span(self._PAGE_3, self._PAGE_3)]

    def test_a_page_pypdf_itself_fails_on_is_left_empty_and_said(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # pypdf's layout mode has failed on pages of sound PDFs: ZeroDivisionError
        # (its issue 3074), KeyError '/Parent' (2533). The other pages are read.
        extract = pypdf.PageObject.extract_text

        def failing_on_page_2(page: pypdf.PageObject, **options: object) -> str:
            if page.page_number == 1:
                msg = "float division by zero"
                raise ZeroDivisionError(msg)
            return extract(page, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(pypdf.PageObject, "extract_text", failing_on_page_2)
        result = parse_notice(_PDFS / "vacancy_notice.pdf")
        message = (
            "page 2 of the PDF could not be read (ZeroDivisionError: float division by zero): "
            "its text is missing"
        )
        assert result.doubts == (
            Doubt("$", message, _page_lines(read_text(_PDFS / "vacancy_notice.pdf"))[1]),
        )
        assert result.notice.position.title == "Senior Project Assistant (Inclusion and AAP)"

    def test_a_page_pypdf_reads_past_is_doubted(self) -> None:
        result = parse_notice(_with_page_stream({3: _header_damaged}))
        message = (
            "pypdf read past damage on page 3 of the PDF ('Error -3 while decompressing data: "
            "unknown compression method'): text may be missing"
        )
        assert result.doubts == (Doubt("$", message, self._PAGE_3),)

    def test_each_page_its_own_doubt(self) -> None:
        data = _with_page_stream({5: _header_damaged, 2: _cut_short})
        starts = _page_lines(read_text(data))
        doubts = parse_notice(data).doubts
        assert [(d.line, d.message[:26]) for d in doubts] == [
            (starts[1], "page 2 of the PDF could no"),
            (starts[4], "pypdf read past damage on "),
        ]

    def test_no_page_read_is_a_damaged_document(self) -> None:
        data = _with_page_stream(dict.fromkeys(range(1, 8), _cut_short))
        with pytest.raises(
            UnreadableInput,
            match=r"^The bytes are a damaged PDF document, no page of which pypdf could read "
            r"\(page 1: PdfStreamError: ",
        ):
            parse_notice(data)

    def test_an_attachments_damage_on_the_messages_lines(self) -> None:
        message = EmailMessage()
        message.set_content("Dear colleagues,\n\nPlease find the vacancy notice attached.\n")
        message.add_attachment(
            _with_page_stream({3: _cut_short}),
            maintype="application",
            subtype="pdf",
            filename="VN 2024-07.pdf",
        )
        sent = bytes(message)
        (doubt,) = parse_notice(sent).doubts
        text = read_text(sent)
        assert doubt.line > self._PAGE_3  # below the note
        assert doubt.line == _page_lines(text)[2]

    def test_pypdf_still_tells_the_programs_own_handlers(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        with caplog.at_level(logging.WARNING, logger="pypdf"):
            parse_notice(_with_page_stream({3: _header_damaged}))
        assert any("unknown compression method" in r.getMessage() for r in caplog.records)
        assert logging.getLogger("pypdf").handlers == []  # ours gone again

    def test_nothing_printed_where_logging_is_not_set_up(self, tmp_path: Path) -> None:
        damaged = tmp_path / "damaged.pdf"
        damaged.write_bytes(_with_page_stream({3: _header_damaged}))
        read = "import sys, iomjobs; iomjobs.parse_notice(sys.argv[1])"
        run = subprocess.run(  # noqa: S603 -- our own interpreter
            [sys.executable, "-c", read, damaged],
            capture_output=True,
            text=True,
            check=True,
        )
        assert run.stderr == ""
        assert run.stdout == ""


class TestCommand:
    def test_text_prints_the_pages(self, capsys: pytest.CaptureFixture[str]) -> None:
        path = _PDFS / "libreoffice_seed_001.pdf"
        assert main(["text", str(path)]) == 0
        assert capsys.readouterr().out.rstrip("\n") == read_text(path).rstrip("\n")

    def test_check_searches_directories_for_pdfs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "VN 2024-07.PDF").write_bytes((_PDFS / "vacancy_notice.pdf").read_bytes())
        main(["check", str(tmp_path)])
        assert "VN 2024-07.PDF" in capsys.readouterr().out

    def test_check_says_where_a_damaged_pdf_may_miss_text(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        damaged = tmp_path / "VN 2024-07.pdf"
        damaged.write_bytes(_with_page_stream({3: _header_damaged}))
        main(["check", str(damaged)])
        written = capsys.readouterr()
        (doubted,) = (line for line in written.out.splitlines() if "TXT006" in line)
        assert doubted.startswith(
            "  TXT006 info: read with a doubt: pypdf read past damage on page 3"
        )
        assert doubted.endswith("@ $ (line 92)")
        # The duties page 3 held are missing, which the numbering shows too.
        assert "TXT005 warning: item numbered 9 follows 3" in written.out
        assert written.err == ""


class TestPrintedForm:
    """The post description form as its printed page wraps it, taken out of the PDF."""

    def test_the_question_wrapped_after_a_value_is_a_label(self) -> None:
        text = (
            "I. Position Information\n"
            "Organizational unit\n"
            "10003104\n"
            "Is this a Regional, HQ, MAC, PAC, Liaison Office or Country Office\n"
            "based position?\n"
            "Country Office\n"
        )
        result = parse_notice(text)
        position = result.notice.position
        # The question had been read as the unit's value going on below it.
        assert position.organizational_unit == "10003104"
        assert position.office_type is not None
        assert position.office_type.value == "country office"
        assert result.span_for("$.position.office_type") == Span(4, 6)

    @pytest.mark.parametrize(
        ("row", "title", "context"),
        [
            # A justified value's first line, stretched: its gaps part words.
            ("Senior      Project       Assistant", "Senior Project Assistant (AAP)", ()),
            # Another field in the row: the line below is no part of the title.
            ("Driver      Grade:    G2", "Driver", ("(AAP)",)),
        ],
    )
    def test_a_value_going_on_in_its_cell_below_a_stretched_line(
        self, row: str, title: str, context: tuple[str, ...]
    ) -> None:
        text = (
            f"Position Title:      {row}\n"
            "                     (AAP)\n"
            "Duty Station:        Dakar, Senegal\n"
        )
        notice = parse_notice(text).notice
        assert (notice.position.title, notice.context) == (title, context)

    @pytest.mark.parametrize(
        ("below", "paragraphs"),
        [
            ("which stipulates needs of 1,79 billion USD for 2022 alone.", 1),
            ("Which stipulates needs of 1,79 billion USD for 2022 alone.", 2),
        ],
    )
    def test_a_line_ending_in_a_bracket_goes_on_in_lower_case(
        self, below: str, paragraphs: int
    ) -> None:
        text = (
            "Context:\n"
            "In 2022, the R4V Regional Platform has launched the Refugee and Migrant\n"
            "Response Plan (RMRP)\n"
            f"{below}\n"
        )
        assert len(parse_notice(text).notice.context) == paragraphs


class TestWidePage:
    """A page printed wide (a browser's print of a board's page): lines of over 100 characters."""

    def test_a_paragraph_wrapped_at_its_width_goes_on_below_a_long_line(self) -> None:
        # As Chromium prints the HTML fixture and pdftotext -layout lays it out.
        text = (
            "  Established in 1951, IOM is a Related Organization of the United Nations, and as "
            "the leading UN agency in the\n"
            "  field of migration, works closely with governmental, intergovernmental and "
            "non-governmental partners.\n"
            "\n"
            "  Context:\n"
            "\n"
            "  Returns from Yemen to the northern ports continue, and the Migrant Protection "
            "and Assistance Division (MPA)\n"
            "  supports the people who arrive with reception and onward transportation.\n"
            "\n"
            "  Under the overall supervision of the Programme Manager - MPA, the direct "
            "supervision of the National Project\n"
            "  Officer - MPA, the incumbent will be responsible for the following tasks:\n"
            "\f"
        )
        notice = parse_notice(text).notice
        # The line above the capital had been taken, at 110 characters, for a
        # paragraph of its own: the supervisor's title cut at "National Project".
        assert [s.title for s in notice.position.supervisors] == [
            "Programme Manager - MPA",
            "National Project Officer - MPA",
        ]
        assert len(notice.context) == 3


class TestNarrowLabelColumn:
    """A header table's labels wrapped in their column, as pdftotext -layout sets them out."""

    TEXT = (
        "Vacancy Notice 2024-07 Open to Internal and External Candidates\n"
        "\n"
        "Position       Senior Project Assistant (Inclusion and AAP)\n"
        "Title:\n"
        "\n"
        "Classificati   General Service Staff, Grade 6\n"
        "on:\n"
        "\n"
        "Type of        One Year Fixed Term graded, 1 (one) year with possibility\n"
        "Appointme      of extension.\n"
        "nt:\n"
        "\n"
        "Closing        20 February 2024\n"
        "Date:\n"
        "\f"
    )

    def test_the_labels_pieces_read_as_one(self) -> None:
        result = parse_notice(self.TEXT)
        notice = result.notice
        assert notice.position.title == "Senior Project Assistant (Inclusion and AAP)"
        assert str(notice.position.grade) == "G6"
        assert notice.appointment is not None
        assert notice.appointment.extendable is True
        assert str(notice.closing_date) == "2024-02-20"
        # Each field's lines are the row's, its label's pieces below included.
        assert result.span_for("$.position.title") == Span(3, 4)
        assert result.span_for("$.appointment") == Span(9, 11)
        assert result.span_for("$.closing_date") == Span(13, 14)
        written = {n for n, line in enumerate(self.TEXT.split("\n"), 1) if line.strip()}
        assert written <= {*result.read_lines, *(line.line for line in notice.unclassified)}

    @given(
        st.lists(
            st.tuples(
                st.integers(0, 20),
                st.sampled_from(["", "Title:", "on:", "Closing", "   x", "Type of        Foo"]),
                st.booleans(),
            ),
            max_size=5,
        )
    )
    def test_no_line_is_lost_however_the_rows_are_set_out(
        self, changes: list[tuple[int, str, bool]]
    ) -> None:
        # Lines put in above, between and below the rows: a label's pieces that
        # moved to its row's first line are still told on their own lines.
        lines = self.TEXT.split("\n")
        for at, line, indented in changes:
            lines.insert(at % len(lines), f"{' ' * 15 if indented else ''}{line}")
        text = "\n".join(lines)
        result = parse_notice(text)
        written = {n for n, line in enumerate(source_lines(text), 1) if clean(line)}
        kept = {line.line for line in result.notice.unclassified}
        assert written <= {*result.read_lines, *kept}
        for _, span in result.provenance.spans:
            assert 1 <= span.first_line <= span.last_line <= len(lines)

    @pytest.mark.parametrize(
        "text",
        [
            TEXT.replace("\f", ""),  # no PDF's text: no column is looked for
            "The    incumbent    will\nsupport the office.\n\f",  # prose: no label
            "Closing        20 February 2024\nreminder:\n\f",  # no label with it
        ],
    )
    def test_other_lines_are_left_as_they_are(self, text: str) -> None:
        assert joined_label_columns(text).text == text


class TestFootnotes:
    """A page's footnote, between its last line and the next page's first, as pdftotext sets it."""

    @staticmethod
    def _pages(mark: str, foot: str) -> str:
        return (
            f"Required Competencies{mark}\n"
            "Values\n"
            "\u2022   Inclusion and respect for diversity: respects and promotes\n"
            "    individual and cultural differences.\n"
            "\u2022   Integrity and transparency: maintains high ethical standards and\n"
            "\n"
            f"{foot}\n"
            "Framework of the Organization.\n"
            "\n\f"
            "    acts in a manner consistent with organizational principles.\n"
            "\u2022   Professionalism: demonstrates ability to work in a composed manner.\n"
        )

    def test_kept_aside_the_item_it_parts_reads_whole(self) -> None:
        text = self._pages("1", "1 Competencies should be drawn from the Competency")
        notice = parse_notice(text).notice
        competencies = notice.position.competencies
        values = competencies.values if competencies else None
        assert values is not None
        assert values.items[1].description == (
            "maintains high ethical standards and acts in a manner consistent with "
            "organizational principles."
        )
        assert [(line.line, line.text) for line in notice.unclassified] == [
            (1, "1"),  # the heading's mark
            (7, "1 Competencies should be drawn from the Competency"),
            (8, "Framework of the Organization."),
        ]

    @pytest.mark.parametrize(
        ("mark", "foot"),
        [
            ("", "1 Competencies should be drawn from the Competency"),  # nothing refers to it
            ("1", "1 competencies should be drawn from the Competency"),  # no sentence
            ("1", "12 Competencies should be drawn from the Competency"),  # another number
        ],
    )
    def test_a_line_nothing_marks_as_a_footnote_stands_where_it_is(
        self, mark: str, foot: str
    ) -> None:
        # Not set aside: the item above it ends there, as the text shows it.
        competencies = parse_notice(self._pages(mark, foot)).notice.position.competencies
        values = competencies.values if competencies else None
        assert values is not None
        assert values.items[1].description == "maintains high ethical standards and"


class TestHangingIndent:
    """A list's lines that hang under its text, as pdftotext -layout sets them out."""

    def test_pdftotexts_text_of_a_word_notice_reads_as_the_document(self) -> None:
        # pdftotext 22.12 -layout, of vacancy_notice.pdf: its duties' lines hang
        # under their text, some beginning a sentence below one that ended.
        notice = parse_notice(_PDFS / "vacancy_notice.pdftotext.txt").notice
        assert _without_lines(notice) == _as_printed(parse_notice(_WORD_NOTICE).notice)

    def test_a_sentence_ended_at_a_line_end_goes_on_in_its_item(self) -> None:
        text = (
            "Responsibilities\n"
            "1. Support the Head of Office in planning the project's activities in line\n"
            "   with IOM's policies and the donor's requirements in Albania.\n"
            "   Monitor, collect and report feedback on their implementation.\n"
            "2. Draft regular reports.\n"
            "Monitor the budget.\n"
        )
        duties = parse_notice(text).notice.position.responsibilities[0].items
        assert [duty.text for duty in duties] == [
            "Support the Head of Office in planning the project's activities in line with IOM's "
            "policies and the donor's requirements in Albania. Monitor, collect and report "
            "feedback on their implementation.",
            "Draft regular reports.",
            "Monitor the budget.",  # not hanging: an item of its own, as ever
        ]
        assert [duty.number for duty in duties] == [1, 2, None]

    @pytest.mark.parametrize("bullet", ["\u2022   ", "-  ", "\uf0b7   ", "12."])
    def test_bulleted_and_numbered_alike(self, bullet: str) -> None:
        hang = " " * (len(bullet) + 2)
        text = (
            "Required Qualifications and Experience\n"
            "Experience\n"
            f"  {bullet}Two years of experience in project management.\n"
            f"{hang}Experience in the region is an advantage.\n"
            f"  {bullet}Knowledge of Excel.\n"
        )
        experience = parse_notice(text).notice.position.qualifications.experience
        assert experience == (
            "Two years of experience in project management. "
            "Experience in the region is an advantage.",
            "Knowledge of Excel.",
        )

    @pytest.mark.parametrize("marks", ["", "> ", ">", ">> ", " > "])
    def test_an_item_hangs_behind_a_replys_marks_as_without_them(self, marks: str) -> None:
        # A list wrapped in a narrow column with its hanging indent (a pandoc grid
        # table's cell), forwarded: "> -   Bachelor's degree in" / ">     Social/Political
        # Sciences, Business" / ">     Administration, ...". Behind the marks the item's
        # lines had not hung: "Administration, International" began a note of its own.
        lines = [
            "Education",
            "",
            "-   Bachelor's degree in",
            "    Social/Political Sciences, Business",
            "    Administration, International",
            "    Relations or a related field with",
            "    five years of relevant experience.",
        ]
        text = "\n".join(f"{marks}{line}" if line else marks.strip() for line in lines)
        qualifications = parse_notice(text).notice.position.qualifications
        assert [path.min_years for path in qualifications.education or ()] == [5]
        assert qualifications.education_notes == ()

    def test_the_items_first_line_says_where_its_text_begins(self) -> None:
        assert hangs_under("1. Support the", "   with IOM")
        assert hangs_under("\f  \u2022  Support", "     Monitor")  # a page's first line
        assert hangs_under("\u00a0\u00a0-\u00a0Support", "\u00a0\u00a0\u00a0\u00a0Monitor")
        assert not hangs_under("1. Support the", "    with IOM")  # further in
        assert not hangs_under("1. Support the", "  with IOM")  # further out
        assert not hangs_under("Support the", "   with IOM")  # no list item above
        assert not hangs_under("1.\tSupport the", "\twith IOM")  # tabs: columns unknown
        assert not hangs_under("1.", "   Support the")  # a number alone: its item is below


class TestAttached:
    """A notice sent as a PDF attached to an email message."""

    @staticmethod
    def _sent() -> bytes:
        message = EmailMessage()
        message["From"] = "HR Tirana <hrtirana@iom.int>"
        message["Subject"] = "Vacancy Notice 2024-07"
        message.set_content("Dear colleagues,\n\nPlease find the vacancy notice attached.\n")
        message.add_attachment(
            (_PDFS / "vacancy_notice.pdf").read_bytes(),
            maintype="application",
            subtype="pdf",
            filename="VN 2024-07.pdf",
        )
        return bytes(message)

    def test_read_below_the_note(self) -> None:
        notice = parse_notice(self._sent()).notice
        printed = _as_printed(parse_notice(_WORD_NOTICE).notice)
        # The covering note is read as the notice's first paragraph of context.
        note = "Dear colleagues, Please find the vacancy notice attached."
        assert notice.context == (note, *printed.context)
        assert _without_lines(attrs.evolve(notice, context=printed.context)) == printed

    def test_named_where_pypdf_is_not_installed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "pypdf", None)
        named = "[attachment not read: VN 2024-07.pdf (application/pdf)]"
        assert f"\n\n{named}" in read_text(self._sent())
        assert named in parse_notice(self._sent()).notice.context  # not lost without a word

    def test_a_damaged_one_says_which(self) -> None:
        message = EmailMessage()
        message.set_content("See attached.")
        message.add_attachment(
            b"%PDF-1.7", maintype="application", subtype="pdf", filename="VN.pdf"
        )
        with pytest.raises(UnreadableInput, match=r"attachment VN\.pdf is a damaged PDF document"):
            parse_notice(bytes(message))
