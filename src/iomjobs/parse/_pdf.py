"""PDF documents: the text their pages show, laid out as ``pdftotext -layout`` does (internal).

Vacancy notices are published as PDFs as often as pages: a Word notice
printed to PDF, or the recruitment system's own print. Reading one needs
pypdf (the ``pdf`` extra: ``pip install "iomjobs[pdf]"``), loaded on the
first PDF. Its layout mode sets each page's text in columns of characters,
as pdftotext's does, so that the reader sees what it sees in that text: a
header table's values in their column, a list's hanging indent, the
pages' running heads and feet. Each page's text ends in a line end and a
form feed, as pdftotext ends it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Final

from iomjobs.parse import InputTooLarge, UnreadableInput

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_PAGES: Final = 1_000
"""The most pages a PDF read may have; a notice has a few."""

_EXTRACT: Final = "extract its text first (pdftotext -layout, for one)"


def pdf_text(data: bytes, what: str, limit: int) -> str:
    """The text of the PDF document *data*, its pages parted by form feeds.

    *what* names the input in messages: ``"'vn.pdf' is"``. Pages are read
    until their text is longer than *limit* characters.

    :raises UnreadableInput: when pypdf is not installed, the document is
        damaged beyond reading or locked by a password, or shows no text
        (a scan).
    :raises InputTooLarge: when it has more than :data:`MAX_PAGES` pages,
        its text is longer than *limit*, or it reaches one of pypdf's limits.
    """
    if not pypdf_installed():
        msg = (
            f"{what} a PDF document, not text: reading one needs pypdf "
            f'(pip install "iomjobs[pdf]"), or {_EXTRACT}'
        )
        raise UnreadableInput(msg)
    import pypdf  # noqa: PLC0415 -- an optional dependency, for PDFs only

    try:
        pages = _pages(pypdf.PdfReader(io.BytesIO(data)), what, limit)
    except (UnreadableInput, InputTooLarge, MemoryError):
        raise
    except pypdf.errors.DependencyError as error:
        msg = f"{what} an encrypted PDF document pypdf cannot open here ({error}): {_EXTRACT}"
        raise UnreadableInput(msg) from None
    except pypdf.errors.LimitReachedError as error:
        msg = f"{what} a PDF document past what pypdf reads: {error}"
        raise InputTooLarge(msg) from None
    except Exception as error:  # noqa: BLE001 -- a damaged PDF fails pypdf in many ways (recursion too)
        msg = f"{what} a damaged PDF document ({type(error).__name__}: {error}): {_EXTRACT}"
        raise UnreadableInput(msg) from None
    if not any(page.strip() for page in pages):
        msg = f"{what} a PDF document with no text (a scan?): its text needs recognizing first"
        raise UnreadableInput(msg)
    return "".join(f"{page.rstrip()}\n\f" for page in pages)


def pypdf_installed() -> bool:
    """Whether pypdf, which PDFs are read with, can be imported."""
    try:
        import pypdf  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _pages(reader: PdfReader, what: str, limit: int) -> list[str]:
    """The text of *reader*'s pages: :data:`MAX_PAGES` at most, *limit* characters at most."""
    if reader.is_encrypted and not reader.decrypt(""):
        msg = f"{what} a PDF document locked by a password: {_EXTRACT}"
        raise UnreadableInput(msg)
    count = len(reader.pages)
    if count > MAX_PAGES:
        msg = f"{what} a PDF document of {count} pages, more than {MAX_PAGES}"
        raise InputTooLarge(msg)
    pages: list[str] = []
    length = 0
    for page in reader.pages:
        # A page with no content stream is blank (pypdf before 6.21 fails on it).
        pages.append(page.extract_text(extraction_mode="layout") if "/Contents" in page else "")
        length += len(pages[-1]) + 2
        if length > limit:
            msg = f"{what} a PDF document whose text is longer than {limit} characters"
            raise InputTooLarge(msg)
    return pages
