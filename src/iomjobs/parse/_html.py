"""The text an HTML page shows, laid out as the reader reads text (internal).

Job boards and office sites publish notices as HTML pages. The reader reads
text, numbering its lines, so a page is first turned into the text a reader
of the page sees, laid out as markdown lays it out: each paragraph and
heading on a line of its own with a blank line between them, the lines a
``<br>`` breaks together (two in a row show a blank line), a ``<pre>``'s
lines and blank lines as they stand, list items as ``- `` or numbered
items, a table's rows as pipe-table rows (``| Duty Station | Berbera |``;
a header field's cell of several lines parts them by ``<br>``, see
:mod:`~iomjobs.parse._page_row`), and so a definition list's terms and
descriptions; what scripts, styles and the page's head
hold left out, character references resolved; a word set in bold or
italic against its neighbours stands apart. A page
that places each printed line where a PDF had it (``pdftohtml -c``) is laid
out by those places (:mod:`~iomjobs.parse._positioned`). A script,
style or title never closed, which would hide the rest of the page, ends
before the next markup that shows text on lines of its own, and is named.
The lines a finding names are then this text's lines, not the page's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iomjobs.parse._page_text import PageReading

# Markup no notice's text holds: a paragraph's, a cell's or a list item's end, a line break.
_MARKUP = re.compile(
    r"</(?:p|div|span|td|th|tr|li|ul|ol|h[1-6]|table|body|html)\s*>|<br\s*/?>", re.IGNORECASE
)
# How far into a text to look for markup.
_LOOK = 4096


def looks_like_html(text: str) -> bool:
    """Whether *text* is an HTML page or fragment: it opens with a tag and holds HTML's markup."""
    head = text[:_LOOK].lstrip()
    return head.startswith("<") and _MARKUP.search(head) is not None


def html_text(page: str) -> str:
    """The text *page* shows, laid out for :func:`parse_notice` to read.

    >>> from iomjobs.parse import html_text
    >>> print(html_text(
    ...     "<h1>Senior Programme Assistant</h1>"
    ...     "<p>Duty Station: <strong>Berbera, Somaliland</strong><br>Grade: G6</p>"
    ...     "<table><tr><td>Closing date</td><td>15 April 2020</td></tr></table>"
    ...     "<ul><li>Internal candidates</li><li>Female candidates</li></ul>"
    ...     "<script>track();</script><p>Terms &amp; conditions apply.</p>"
    ... ))
    Senior Programme Assistant
    <BLANKLINE>
    Duty Station: Berbera, Somaliland
    Grade: G6
    <BLANKLINE>
    | Closing date | 15 April 2020 |
    <BLANKLINE>
    - Internal candidates
    - Female candidates
    <BLANKLINE>
    Terms & conditions apply.

    :raises UnreadableInput: when *page* is not text (bytes and files are
        :func:`parse_html`'s to read, or :func:`read_text`'s to decode).
    """
    given: object = page  # callers without type checking may pass anything
    if not isinstance(given, str):
        from iomjobs.parse import UnreadableInput  # noqa: PLC0415 -- the package imports this module

        msg = (
            f"Cannot read a page from {type(given).__name__}: expected text "
            "(parse_html reads bytes and files; read_text decodes them)"
        )
        raise UnreadableInput(msg)
    return page_lines(page).text


def page_lines(page: str) -> PageReading:
    """:func:`html_text`'s text, the page's line each of its lines starts on, elements left open."""
    from iomjobs.parse._page_text import read_page  # noqa: PLC0415 -- html.parser loads on first use

    return read_page(page)
