"""Email messages saved whole (``.eml``): the text their parts hold (internal).

Notices go round by email, and a message saved as a file keeps its source:
headers, then a body that mail clients write as two alternatives (plain text
and HTML), often in base64, with the notice itself attached as a Word
document at times. Read as text, such a source gave a notice of nothing.
:func:`message_text` gives what the message shows instead: its sender, date,
addressees and subject as a forwarded message's header writes them (which
the reader keeps as the message's markup), then each part's text, a blank
line apart: the plain alternative (the HTML one where there is no other,
laid out as :func:`~iomjobs.parse.html_text` lays out a page), text
attachments, Word documents (:func:`~iomjobs.parse.docx_text`), PDFs where
pypdf is installed, messages forwarded as attachments. An attachment whose
text cannot be read (a spreadsheet, a PDF without pypdf) is named on a line
of its own, so that it is not lost without a word; images are no text and
are passed over.

A message of one plain part, not in base64, is no concern of this module:
the reader reads its source as it stands, quoted-printable and all, and its
lines are the file's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from iomjobs.errors import IomJobsError

if TYPE_CHECKING:
    from email.message import MIMEPart

# The first line of a message's source is a header field: "Name: value".
_FIELD: Final = re.compile(r"[A-Za-z][A-Za-z0-9-]*:")
# What makes a message one whose parts must be read apart, in its header block.
_PARTS: Final = re.compile(
    r"^content-type:[ \t]*(?:multipart/|text/html)|^content-transfer-encoding:[ \t]*base64",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_REACH: Final = 16_384
# The fields of the message's header written above its text, in this order.
_SHOWN_FIELDS: Final = ("From", "Date", "To", "Cc", "Subject")
_WORD_TYPES: Final = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
    }
)


def is_message(source: str | bytes) -> bool:
    """Whether *source* is an email message's source whose parts must be read apart.

    Its first line is a header field, and its header block says the body is
    in parts (``multipart/``), HTML, or base64.
    """
    start = source[:_HEADER_REACH]
    head = start.decode("latin-1") if isinstance(start, bytes) else start
    if _FIELD.match(head) is None:
        return False
    header = re.split(r"\r?\n\r?\n|\r\r", head, maxsplit=1)[0]
    return _PARTS.search(header) is not None


def message_text(source: str | bytes, what: str) -> str | None:
    """The text the email message *source* shows: its header fields, then its parts' texts.

    *what* names the input in messages: ``"'notice.eml' is"``. ``None``
    where the email package cannot take the message apart (it fails on
    some damaged headers): its source is then read as text, as it stands.

    :raises UnreadableInput: where a Word document attached is damaged.
    """
    # The email package's policies cost some 20 ms to import: only for a message.
    import email  # noqa: PLC0415
    import email.policy  # noqa: PLC0415

    try:
        if isinstance(source, bytes):
            message = email.message_from_bytes(source, policy=email.policy.default)
        else:
            message = email.message_from_string(source, policy=email.policy.default)
        return "\n\n".join(_message_blocks(message, what))
    except IomJobsError:
        raise  # an attachment of ours to read, damaged: said as such
    except Exception:  # noqa: BLE001 -- the email package's own failures on damaged input
        return None


def _message_blocks(message: MIMEPart, what: str) -> list[str]:
    """The header fields of *message*, then the texts of its parts."""
    present = {name.lower() for name, _ in message.raw_items()}
    fields = [
        f"{name}: {_field(message, name)}" for name in _SHOWN_FIELDS if name.lower() in present
    ]
    blocks = ["\n".join(fields)] if fields else []
    return blocks + [block for block in _part_texts(message, what) if block.strip()]


def _field(message: MIMEPart, name: str) -> str:
    """A header field's value as the message shows it: encoded words decoded, on one line.

    As written where the email package cannot read it (a damaged address).
    """
    try:
        value = str(message[name])
    except Exception:  # noqa: BLE001 -- the header parser fails on some damaged fields
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), "")
    return " ".join(value.split())


def _part_texts(part: MIMEPart, what: str) -> list[str]:
    """The texts *part* holds: its own, or its parts'."""
    kind = part.get_content_type()
    if part.is_multipart():
        subparts = list(part.iter_parts())
        if part.get_content_subtype() == "alternative":
            subparts = _chosen(subparts)
        return [text for sub in subparts for text in _part_texts(sub, what)]
    if kind == "message/rfc822":
        from email.message import MIMEPart  # noqa: PLC0415 -- loaded with the policy already

        enclosed = _content(part)
        return _message_blocks(enclosed, what) if isinstance(enclosed, MIMEPart) else []
    return _leaf_text(part, kind, what)


def _chosen(alternatives: list[MIMEPart]) -> list[MIMEPart]:
    """The one of a message's alternatives read: its plain text, else its HTML, else its last."""
    for wanted in ("text/plain", "text/html"):
        found = [sub for sub in alternatives if sub.get_content_type() == wanted]
        if found:
            return found[:1]
    return alternatives[-1:]


def _leaf_text(part: MIMEPart, kind: str, what: str) -> list[str]:
    """The text of a part that holds no other (a text, a page, a document), or its name."""
    name = part.get_filename() or ""
    if kind == "text/html":
        from iomjobs.parse._html import html_text  # noqa: PLC0415 -- only for such a part

        return [html_text(_decoded_text(part))]
    if kind.startswith("text/"):
        return [_decoded_text(part)]
    if kind in _WORD_TYPES or name.lower().endswith((".docx", ".docm")):
        from iomjobs.parse._docx import word_text  # noqa: PLC0415

        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        return [word_text(data, f"{what} an email message whose attachment {name or kind} is")]
    if kind == "application/pdf" or name.lower().endswith(".pdf"):
        from iomjobs.parse._pdf import pypdf_installed  # noqa: PLC0415

        if pypdf_installed():
            return [
                _pdf_attachment(part, f"{what} an email message whose attachment {name or kind} is")
            ]
    if kind.startswith("image/"):
        return []  # a logo, a signature: no text
    return [f"[attachment not read: {name or 'unnamed'} ({kind})]"]


def _pdf_attachment(part: MIMEPart, what: str) -> str:
    """The text of a PDF attached to a message, its pages parted by form feeds."""
    from iomjobs.parse import MAX_INPUT_CHARACTERS  # noqa: PLC0415
    from iomjobs.parse._pdf import pdf_text  # noqa: PLC0415

    payload = part.get_payload(decode=True)
    return pdf_text(payload if isinstance(payload, bytes) else b"", what, MAX_INPUT_CHARACTERS)


def _content(part: MIMEPart) -> object:
    """What :meth:`~email.message.MIMEPart.get_content` gives, or ``None`` where it fails."""
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError, KeyError, AssertionError, TypeError):
        return None  # a charset or an encoding the email package does not know


def _decoded_text(part: MIMEPart) -> str:
    """A text part's text, in its charset; as the reader decodes bytes where that is unknown."""
    content = _content(part)
    if isinstance(content, str):
        return content
    from iomjobs.parse._decoding import decode  # noqa: PLC0415

    payload = part.get_payload(decode=True)
    return decode(payload) if isinstance(payload, bytes) else ""
