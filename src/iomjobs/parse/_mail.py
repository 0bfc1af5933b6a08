"""The header a forwarded email sets above a notice, and the sign-off below it (internal).

Notices go round by email and are saved from it as text: "---------- Forwarded
message ---------", then "From:", "Date:", "Subject:", "To:" lines, then the
notice, then "Best regards," and the forwarder's name, or "Sent from my
iPhone". Read as the notice's own lines, the header had opened its context and
lent it a title, and the sign-off had become duties or notes. Both are the
message's markup: kept among the unclassified lines, as the page's furniture is.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs.parse._segments import Segment
from iomjobs.parse._vocabulary import match_heading, match_label

# The line a mail client sets above a message it forwards or quotes whole:
# Gmail's, Outlook's and Apple Mail's, in English, French and Spanish.
_SEPARATOR: Final = re.compile(
    r"-{2,} ?(?:forwarded message|original message|message transf[ée]r[ée]"
    r"|message d'origine|mensaje reenviado|mensaje original) ?-{2,}"
    r"|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée] ?:"
    r"|inicio del mensaje reenviado:",
    re.IGNORECASE,
)
# A field of the forwarded message's header, by the names mail clients give them.
_FIELD: Final = re.compile(
    r"(?P<name>from|sent|date|to|cc|bcc|subject|reply-to|de|envoy[ée]|[àa]|objet"
    r"|enviado|para|asunto|fecha) ?:(?: |$)",
    re.IGNORECASE,
)
# The names that say who sent the message, and what about: a header names its sender.
_SENDER: Final = frozenset({"from", "de"})
_SUBJECT: Final = frozenset({"subject", "objet", "asunto"})
_SEPARATOR_FIRST: Final = frozenset("-bBdDiI")
# How far into a line a field's colon stands ("Reply-To :").
_NAME_REACH: Final = 11
# How far down a text the header may stand: below a line or two of the forwarder's own.
_HEADER_REACH: Final = 12
# The fewest fields a header has (sender and subject, or sender and date).
_FEWEST_FIELDS: Final = 2


def mail_header(segments: list[Segment]) -> tuple[int, int] | None:
    """Where a forwarded message's header stands in *segments*: its first index and the one after.

    The header is its separator line, if any, and the field lines right
    below it (two at least, the sender's among them, and without a
    separator the subject's), within the text's first lines. ``None``
    where the text has none.
    """
    for start, segment in enumerate(segments[:_HEADER_REACH]):
        # Most lines are neither: told by their first character or a colon near their start.
        text = segment.text
        separator = text[:1] in _SEPARATOR_FIRST and _SEPARATOR.fullmatch(text) is not None
        if not separator and ":" not in text[:_NAME_REACH]:
            continue
        first = start + 1 if separator else start
        end = _fields_end(segments, first)
        names = _names(segments[first:end])
        # A posting period may say "From: 2 April" / "To: 15 April": a header
        # without its separator names its subject too.
        if len(names) >= _FEWEST_FIELDS and names & _SENDER and (separator or names & _SUBJECT):
            return start, end
        if separator:
            return None  # a separator without a header below: the text's own rule
    return None


def _fields_end(segments: list[Segment], start: int) -> int:
    """The index after the field lines that follow one another from *start*."""
    end = start
    while end < len(segments) and _FIELD.match(segments[end].text):
        if end > start and segments[end].number != segments[end - 1].number + 1:
            break
        end += 1
    return end


def _names(fields: list[Segment]) -> set[str]:
    """The names of the header *fields*, in lower case."""
    return {match.group("name").lower() for field in fields if (match := _FIELD.match(field.text))}


# How a message is signed off: a closing phrase alone on its line, or the
# line a phone's mail client adds.
_CLOSING: Final = re.compile(
    r"(?:(?:best|kind|warm|many thanks and)? ?regards|sincerely|yours sincerely|best wishes"
    r"|thank you|thanks|cordialement|bien cordialement|bien à vous|salutations distinguées"
    r"|saludos|saludos cordiales|atentamente|un saludo),?",
    re.IGNORECASE,
)
# The opening of the notice a mail system sets below each message it sends:
# "DISCLAIMER:", "This e-mail and any attachments are confidential...", "The
# information contained in this message is...", "Ce message et ses pièces
# jointes sont confidentiels...", "Este mensaje ... es confidencial...".
_DISCLAIMER: Final = re.compile(
    r"(?:disclaimer|confidentiality notice|avis de confidentialit[ée]|aviso de confidencialidad)\b"
    r"|(?:the information (?:contained )?in )?this (?:e-?mail|message|communication)\b.{0,60}"
    r"\b(?:confidential|privileged|intended (?:only|solely) for)"
    r"|ce (?:message|courriel|e-?mail)\b.{0,60}\bconfidentiel"
    r"|este (?:mensaje|correo)\b.{0,60}\bconfidencial",
    re.IGNORECASE,
)
_SENT_FROM: Final = re.compile(
    r"sent from my \w+.*|get outlook for \w+.*|envoy[ée] de mon \w+.*|enviado desde mi \w+.*",
    re.IGNORECASE,
)
_DISCLAIMER_FIRST: Final = frozenset("dDcCaAtTeE")
# The longest closing phrase ("Many thanks and regards,"): a longer line needs no look.
_CLOSING_LENGTH: Final = 25
# The most lines of a signature below its closing phrase: a name, a title, an
# office, a telephone, an address.
_SIGNATURE_LINES: Final = 6


def _names_the_notice(segment: Segment) -> bool:
    """Whether *segment* says what a notice says, a field or a heading, as no signature does.

    "Thank you" / "Posting period: 06 February 2024 to 20 February 2024":
    the notice's own thanks, and its last field below them.
    """
    return match_label(segment.text) is not None or match_heading(segment.text) is not None


def sign_off(segments: list[Segment]) -> int:
    """The index where a message's sign-off begins in *segments*: their length where none does.

    A closing phrase ("Best regards,", "Cordialement,", "Saludos,") or a
    mail system's disclaimer ("DISCLAIMER:", "This e-mail and any
    attachments are confidential...") among the text's last lines, the
    lines below it a signature's few at most, none a field or a heading of
    the notice's; or the line a phone's mail client adds ("Sent from my
    iPhone"), last.
    """
    count = len(segments)
    for index in range(max(0, count - _SIGNATURE_LINES - 1), count):
        text = segments[index].text
        if (
            len(text) <= _CLOSING_LENGTH
            and _CLOSING.fullmatch(text)
            and not any(map(_names_the_notice, segments[index + 1 :]))
        ):
            return index
        if text[:1] in _DISCLAIMER_FIRST and _DISCLAIMER.match(text):
            return index
    if count and _SENT_FROM.fullmatch(segments[-1].text):
        return count - 1
    return count
