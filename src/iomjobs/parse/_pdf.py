"""PDF documents: the text their pages show, laid out as ``pdftotext -layout`` does (internal).

Vacancy notices are published as PDFs as often as pages: a Word notice
printed to PDF, or the recruitment system's own print. Reading one needs
pypdf (the ``pdf`` extra: ``pip install "iomjobs[pdf]"``), loaded on the
first PDF. Its layout mode sets each page's text in columns of characters,
as pdftotext's does, so that the reader sees what it sees in that text: a
header table's values in their column, a list's hanging indent, the
pages' running heads and feet. Each page's text ends in a line end and a
form feed, as pdftotext ends it.

A damaged PDF is read as far as pypdf reads it. What pypdf reads past, it
says in warnings to its logger ("Error -3 while decompressing data": a
page's text is then missing, in part or whole); a page it cannot read at
all is left empty. Both are noted as damage where
:func:`~iomjobs.parse.parse_notice` listens (it makes them doubts): no text
is lost without a word.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from typing import TYPE_CHECKING, Final

from iomjobs.parse import InputTooLarge, UnreadableInput
from iomjobs.parse._damage import Damage, note

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pypdf import PageObject, PdfReader

MAX_PAGES: Final = 1_000
"""The most pages a PDF read may have; a notice has a few."""

_EXTRACT: Final = "extract its text first (pdftotext -layout, for one)"


def pdf_text(data: bytes, what: str, limit: int) -> str:
    """The text of the PDF document *data*, its pages parted by form feeds.

    *what* names the input in messages: ``"'vn.pdf' is"``. Pages are read
    until their text is longer than *limit* characters. A page pypdf cannot
    read is left empty; that, and what pypdf read past, is noted as damage
    (on the line the page begins on) where ``parse_notice`` listens.

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
    heard = _Heard()
    with heard.listening():
        pages = _read(data, what, limit, heard)
    if not any(page.strip() for page in pages):
        if heard.unread:  # no page read, and some could not be: damage, not a scan
            page, error = next(iter(heard.unread.items()))
            msg = (
                f"{what} a damaged PDF document, no page of which pypdf could read "
                f"(page {page}: {error}): {_EXTRACT}"
            )
            raise UnreadableInput(msg)
        msg = f"{what} a PDF document with no text (a scan?): its text needs recognizing first"
        raise UnreadableInput(msg)
    text = "".join(f"{page.rstrip()}\n\f" for page in pages)
    note(heard.damage(text, pages))
    return text


def pypdf_installed() -> bool:
    """Whether pypdf, which PDFs are read with, can be imported."""
    try:
        import pypdf  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _read(data: bytes, what: str, limit: int, heard: _Heard) -> list[str]:
    """The text of each page of the PDF *data*; its failures as the reader's errors."""
    import pypdf  # noqa: PLC0415 -- an optional dependency, for PDFs only

    try:
        return _pages(pypdf.PdfReader(io.BytesIO(data)), what, limit, heard)
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


def _pages(reader: PdfReader, what: str, limit: int, heard: _Heard) -> list[str]:
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
    for number, page in enumerate(reader.pages, start=1):
        heard.page = number
        pages.append(_page_text(page, heard))
        length += len(pages[-1]) + 2
        if length > limit:
            msg = f"{what} a PDF document whose text is longer than {limit} characters"
            raise InputTooLarge(msg)
    return pages


def _page_text(page: PageObject, heard: _Heard) -> str:
    """The text of *page*, as pypdf lays it out; empty, told to *heard*, where pypdf fails on it."""
    if "/Contents" not in page:
        return ""  # no content stream: blank (pypdf before 6.21 fails on it)
    import pypdf  # noqa: PLC0415

    try:
        # str(): where the wheel's reader is compiled, pypdf may be absent, its types Any.
        return str(page.extract_text(extraction_mode="layout"))
    except (MemoryError, RecursionError, pypdf.errors.LimitReachedError):
        raise
    except Exception as error:  # noqa: BLE001 -- a damaged page fails pypdf in many ways
        heard.unread[heard.page] = f"{type(error).__name__}: {error}"
        return ""


class _Heard(logging.Handler):
    """What pypdf says while one PDF is read: its warnings page by page, the pages it failed on.

    pypdf warns where it reads past damage, for its user to know (its
    ``logger_warning``). Heard here, a warning is no longer printed to the
    standard error of a program that has not set up logging (Python's last
    resort, for a logger with no handler); it still reaches the handlers a
    program has set up.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._thread = threading.get_ident()
        self.page = 0
        """The page being read; 0 while the document's structure is."""
        self.said: dict[int, list[str]] = {}
        self.unread: dict[int, str] = {}
        """The pages pypdf could not read, with its error."""

    @contextlib.contextmanager
    def listening(self) -> Iterator[None]:
        log = logging.getLogger("pypdf")
        log.addHandler(self)
        try:
            yield
        finally:
            log.removeHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        # Another thread may be reading another PDF meanwhile.
        if record.thread in (self._thread, None):
            self.said.setdefault(self.page, []).append(record.getMessage())

    def damage(self, text: str, pages: list[str]) -> list[Damage]:
        """The damage heard, on the lines of *text*, the PDF's text made of *pages*."""
        first_lines = [1]
        for page in pages:
            first_lines.append(first_lines[-1] + page.rstrip().count("\n") + 1)
        damage = [
            Damage(text, first_lines[number - 1], _unread(number, error))
            for number, error in self.unread.items()
        ]
        damage += [
            Damage(text, first_lines[number - 1] if number else 1, _read_past(number, said))
            for number, said in self.said.items()
            if number not in self.unread  # its failure says it all
        ]
        return sorted(damage, key=lambda damaged: damaged.line)


def _unread(page: int, error: str) -> str:
    return f"page {page} of the PDF could not be read ({error}): its text is missing"


def _read_past(page: int, said: list[str]) -> str:
    # pypdf may say the same a thousand times over a page: the first, and how many more.
    where = f"on page {page} of the PDF" if page else "in the PDF's structure"
    more = f", and {len(said) - 1} more" if len(said) > 1 else ""
    return f"pypdf read past damage {where} ({said[0]!r}{more}): text may be missing"
