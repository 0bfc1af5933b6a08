"""Email messages saved whole (.eml): the text their parts show, and the notices they carry."""

from __future__ import annotations

import html
import io
from email.message import EmailMessage
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from iomjobs import parse_notice
from iomjobs.cli import main
from iomjobs.parse import UnreadableInput, read_text
from seed_notices import SEED_NOTICES, seed_path

_FORM = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"
_PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def _seed(number: int) -> str:
    return seed_path(number).read_text("utf-8")


def _message(subject: str = "Vacancy Notice VN/2024/07 - Reintegration Assistant") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "HR Dakar <hrdakar@iom.int>"
    message["To"] = "all-staff@iom.int"
    message["Date"] = "Tue, 06 Feb 2024 10:00:00 +0000"
    message["Subject"] = subject
    return message


def _as_page(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line)
    return f"<html><head><style>p {{margin: 0}}</style></head><body>{paragraphs}</body></html>"


def _outlooks(body: str, encoding: str = "quoted-printable") -> EmailMessage:
    """*body* sent as Outlook sends it: plain and HTML alternatives, the HTML's logo inline."""
    message = _message()
    message.set_content(body, cte=encoding)
    message.add_alternative(_as_page(body), subtype="html", cte=encoding)
    parts = message.get_payload()
    assert isinstance(parts, list)
    page = parts[1]
    assert isinstance(page, EmailMessage)
    page.add_related(_PNG, maintype="image", subtype="png", cid="<logo>")
    return message


class TestSeedsSent:
    """Seed 003 sent by email, saved as the message's source."""

    @pytest.mark.parametrize("encoding", ["quoted-printable", "base64", "8bit"])
    def test_plain_and_html_alternatives_read_as_the_seed(self, encoding: str) -> None:
        source = bytes(_outlooks(_seed(3), encoding))
        result = parse_notice(source)
        assert attrs.evolve(result.notice, unclassified=()) == SEED_NOTICES[3]
        # The message's header, as a forwarded message's: kept, on its own lines.
        kept = [(line.line, line.text) for line in result.notice.unclassified[:4]]
        assert kept == [
            (1, "From: HR Dakar <hrdakar@iom.int>"),
            (2, "Date: Tue, 06 Feb 2024 10:00:00 +0000"),
            (3, "To: all-staff@iom.int"),
            (4, "Subject: Vacancy Notice VN/2024/07 - Reintegration Assistant"),
        ]

    def test_a_base64_body_alone(self) -> None:
        message = _message()
        message.set_content(_seed(3), cte="base64")
        source = bytes(message)
        assert attrs.evolve(parse_notice(source).notice, unclassified=()) == SEED_NOTICES[3]
        # A message's source as text (copied whole) reads alike.
        assert parse_notice(source.decode("ascii")) == parse_notice(source)

    def test_an_html_body_alone(self) -> None:
        message = _message()
        message.set_content(_as_page(_seed(3)), subtype="html", cte="base64")
        notice = parse_notice(bytes(message)).notice
        assert notice.position.title == SEED_NOTICES[3].position.title
        assert notice.position.competencies == SEED_NOTICES[3].position.competencies

    def test_the_lines_are_the_texts(self) -> None:
        source = bytes(_outlooks(_seed(3), "base64"))
        text = read_text(source)
        lines = text.splitlines()
        assert lines[5] == _seed(3).splitlines()[0]
        result = parse_notice(source)
        for line in result.notice.unclassified:
            assert line.text in lines[line.line - 1]

    def test_a_plain_message_not_in_base64_keeps_its_own_lines(self) -> None:
        # Its source is read as it stands, quoted-printable and all (see test_parse).
        message = _message()
        message.set_content(_seed(3), cte="quoted-printable")
        source = bytes(message).decode("ascii")
        assert read_text(source) == source


class TestAttachments:
    def test_a_word_document_attached_is_read_below_the_note(self) -> None:
        message = _message("Post description for review")
        message.set_content("Dear colleagues,\n\nPlease find the post description attached.\n")
        message.add_attachment(
            _FORM.read_bytes(),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename="PD Senior Project Assistant.docx",
        )
        message.add_attachment(_PNG, maintype="image", subtype="png", filename="logo.png")
        message.add_attachment(
            b"PK\x03\x04", maintype="application", subtype="vnd.ms-excel", filename="budget.xlsx"
        )
        result = parse_notice(bytes(message))
        notice = result.notice
        assert str(notice.position.grade) == "G7"
        assert [s.city for s in notice.position.duty_stations] == ["Port of Span"]
        kept = [line.text for line in notice.unclassified]
        # What could not be read is named, not lost; the logo is no text.
        assert "[attachment not read: budget.xlsx (application/vnd.ms-excel)]" in kept
        assert not any("logo.png" in text for text in kept)

    def test_a_damaged_word_attachment_says_which(self) -> None:
        message = _message()
        message.set_content("See attached.")
        message.add_attachment(
            b"PK\x03\x04 not a document", maintype="application", subtype="octet-stream",
            filename="VN.docx",
        )  # fmt: skip
        with pytest.raises(UnreadableInput, match=r"attachment VN\.docx is a damaged ZIP archive"):
            parse_notice(bytes(message))

    def test_a_message_forwarded_as_an_attachment(self) -> None:
        inner = _message()
        inner.set_content(_seed(3), cte="base64")
        message = _message("Fw: Vacancy Notice VN/2024/07")
        message.replace_header("From", "Focal Point <focal@iom.int>")
        message.set_content("FYI, please share.\n")
        message.add_attachment(inner)
        notice = parse_notice(bytes(message)).notice
        assert attrs.evolve(notice, unclassified=(), context=notice.context[1:]) == SEED_NOTICES[3]

    def test_a_charset_the_email_package_does_not_know(self) -> None:
        source = (
            b"From: hr@iom.int\r\nSubject: VN\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=x-unknown\r\nContent-Transfer-Encoding: base64\r\n"
            b"\r\nUG9zaXRpb24gVGl0bGU6IERyaXZlcg==\r\n"
        )
        assert parse_notice(source).notice.position.title == "Driver"


class TestCommandLine:
    def test_check_finds_messages_in_a_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "VN 2024-07.EML").write_bytes(bytes(_outlooks(_seed(3), "base64")))
        assert main(["check", str(tmp_path)]) == 1  # seed 003's CMP001
        assert "CMP001 error: declares 3 values but lists 5" in capsys.readouterr().out

    def test_a_message_on_standard_input_is_no_page(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        source = bytes(_outlooks(_seed(3), "8bit"))
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(source)))
        assert main(["text", "-"]) == 0
        assert capsys.readouterr().out.startswith("From: HR Dakar <hrdakar@iom.int>\n")


@given(
    st.lists(
        st.tuples(st.integers(0, 10**5), st.sampled_from(list(b'=\r\n-:;<>"a0 \x00\xff'))),
        max_size=12,
    )
)
def test_a_damaged_message_never_breaks_the_reader(changes: list[tuple[int, int]]) -> None:
    source = bytearray(bytes(_outlooks(_seed(3), "quoted-printable")))
    for at, value in changes:
        source[at % len(source)] = value
    try:
        result = parse_notice(bytes(source))
    except UnreadableInput:
        return
    assert result.notice is not None
