"""Real notices restyled as copies restyle them read as they do as written.

A notice reaches the reader through job boards, editors, mail clients and
pages that restyle it without changing what it says: its headings set in
capitals, in markdown or in bold; a form's labels in title case or
capitals, in bold, or with a space before their colon; its line ends
Windows', its lines indented or quoted by an email; its characters
escaped as HTML or carrying invisible ones; a header
table's values below their labels or in capitals; its bullets Word's
symbols; a colon's space a no-break one; the page's heading line in
markdown, in bold or in capitals. Each restyling below is applied to every
seed and layout fixture, and the fixture must read as it does as written:
the same fields, items and lists (in small letters where a restyling set
words in capitals). The paragraphs of context and the notes are compared
as one text each, in small letters and without the marks a restyling adds
(a heading kept in the context is kept as restyled); the unclassified
lines are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest

from iomjobs.parse import parse_notices
from iomjobs.parse._page_top import heading_line
from iomjobs.parse._sections import layout
from iomjobs.parse._segments import segments
from iomjobs.serialize import to_dict
from test_wrapped_text import reading

FIXTURES: Final = Path(__file__).parent / "fixtures"
TEXTS: Final = [
    *sorted((FIXTURES / "seeds").glob("*.txt")),
    *sorted((FIXTURES / "layouts").glob("*.txt")),
]


def _reading(text: str) -> dict[str, Any]:
    """What :func:`test_wrapped_text.reading` reads, its prose in small letters, without marks."""
    notice = reading(text)
    for name in ("context", "notes"):
        unmarked = re.sub(rf"[*#:{_BULLETS}]", "", notice[name])
        notice[name] = re.sub(r"\s+", " ", unmarked).strip().lower()
    return notice


# The bullets the fixtures write, and those the restylings below write for them.
_BULLETS: Final = "•·▪●\uf0b7➢"


def _whole_headings(text: str) -> set[int]:
    """The numbers of the lines the reader takes as a section's heading, whole and alone."""
    lines = text.split("\n")
    found = set()
    for section in layout(segments(text), text).sections:
        heading = section.heading
        if heading is None or section.trailing or section.heading_below:
            continue
        written = lines[heading.number - 1].strip().strip("*#: ")
        if written == heading.text.strip("*#: ") and not written.endswith((".", "!", "?")):
            found.add(heading.number)
    return found


def _headings_as(style: Callable[[str], str]) -> Callable[[str], str]:
    """A restyling of each heading alone on its line, its marks and colon left off first."""

    def restyled(text: str) -> str:
        lines = text.split("\n")
        for number in _whole_headings(text):
            lines[number - 1] = style(lines[number - 1].strip().strip("*#: ").strip())
        return "\n".join(lines)

    return restyled


def _labels_as(style: Callable[[str], str]) -> Callable[[str], str]:
    """A restyling of each header label as written, where its line holds it."""

    def restyled(text: str) -> str:
        lines = text.split("\n")
        for field in layout(segments(text), text).fields:
            number = field.segments[0].number
            line = lines[number - 1]
            at = line.find(field.label)
            if at >= 0:
                lines[number - 1] = line[:at] + style(field.label) + line[at + len(field.label) :]
        return "\n".join(lines)

    return restyled


def _heading_line_as(style: Callable[[str], str]) -> Callable[[str], str]:
    """A restyling of the page's heading line, the board's own words above it passed over.

    Not a line without letters ("---", front matter's) or a form's label run
    into its value ("Position TitleSenior Protocol Assistant"): no heading.
    """

    def restyled(text: str) -> str:
        found = segments(text)
        first = heading_line(found)
        fields = {field.segments[0].number for field in layout(found, text).fields}
        if first is None or first.number in fields or not any(c.isalpha() for c in first.text):
            return text
        lines = text.split("\n")
        line = lines[first.number - 1].strip()
        lines[first.number - 1] = line if line.startswith(("#", "*")) else style(line)
        return "\n".join(lines)

    return restyled


def _bullets_as(bullet: str) -> Callable[[str], str]:
    """A restyling of each bullet the fixtures write as *bullet*."""
    return lambda text: re.sub(r"(?m)^([ \t]*)[•·▪●][ \t]*", rf"\g<1>{bullet}", text)


def _one_line_fields_as(style: Callable[[str, str], str]) -> Callable[[str], str]:
    """A restyling of each header field of one line, "Label: value", as *style* sets its parts."""

    def restyled(text: str) -> str:
        lines = text.split("\n")
        # A site's front matter (YAML) holds keys, no labels a copy restyles.
        front = lines.index("---", 1) + 1 if lines[0] == "---" and "---" in lines[1:] else 0
        for field in layout(segments(text), text).fields:
            number = field.segments[0].number
            if number <= front:
                continue
            found = re.fullmatch(r"(\s*)(.*?)\s*:\s+(\S.*)", lines[number - 1])
            if found is not None and found.group(2) == field.label and len(field.segments) == 1:
                indent, label, value = found.groups()
                lines[number - 1] = indent + style(label, value).replace("\n", f"\n{indent}")
        return "\n".join(lines)

    return restyled


def _title_case(words: str) -> str:
    return re.sub(r"\b[a-z]", lambda letter: letter.group().upper(), words)


RESTYLINGS: Final[dict[str, Callable[[str], str]]] = {
    # Windows' line ends, trailing spaces (a mail client's), a page's indentation.
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing spaces": lambda text: text.replace("\n", "  \n"),
    "indented": lambda text: re.sub(r"(?m)^", "    ", text),
    # Forwarded in an email; and its quotation indented, pasted into a page.
    "quoted": lambda text: "\n".join(f"> {line}" if line else ">" for line in text.split("\n")),
    "quoted and indented": lambda text: "\n".join(
        f"  > {line}" if line else "  >" for line in text.split("\n")
    ),
    # A board's feed that escaped its text as HTML, and characters that show nothing.
    "html escaped": lambda text: text.replace("&", "&amp;").replace("’", "&rsquo;"),
    "zero-width spaces": lambda text: text.replace(": ", ":\u200b "),
    "byte order mark": lambda text: "\ufeff" + text,
    # A page's "&nbsp;" after a label's colon.
    "no-break space after colons": lambda text: re.sub(
        r"(?m)^([^\n:]{1,40}): ", "\\1:\u00a0", text
    ),
    # Bullets as Word's Symbol font leaves them in a copy, and as arrows.
    "bullets in Word's symbol font": _bullets_as("\uf0b7\t"),
    "bullets as arrows": _bullets_as("➢ "),
    # Headings as pages set them.
    "headings in capitals": _headings_as(str.upper),
    "headings in markdown": _headings_as(lambda heading: f"## {heading}"),
    "headings in bold": _headings_as(lambda heading: f"**{heading}**"),
    "headings with a colon": _headings_as(lambda heading: f"{heading}:"),
    "headings with a colon in bold": _headings_as(lambda heading: f"**{heading}:**"),
    "headings in markdown with a colon": _headings_as(lambda heading: f"### {heading}:"),
    "headings in title case": _headings_as(_title_case),
    # A form's or header's labels as boards write them.
    "labels in capitals": _labels_as(str.upper),
    "labels in title case": _labels_as(_title_case),
    # A header table copied with its value cells below its label cells.
    "values below labels": _one_line_fields_as(lambda label, value: f"{label}:\n{value}"),
    # A header table copied with a tab between its cells.
    "values after a tab": _one_line_fields_as(lambda label, value: f"{label}:\t{value}"),
    # Labels in markdown's bold ("**Position Title:** ...", "**Duty Station**: ..."), and
    # a space before the colon ("Position Title : ...", un-jobs.net's copies, 2024).
    "labels and colons in bold": _one_line_fields_as(lambda label, value: f"**{label}:** {value}"),
    "labels in bold": _one_line_fields_as(lambda label, value: f"**{label}**: {value}"),
    "spaced colons": _one_line_fields_as(lambda label, value: f"{label} : {value}"),
    # A header set in a fixed-width font, its colons aligned in a column: "Position
    # Title       : Senior Project Assistant", a gap before the colon, a space after.
    "colons aligned": _one_line_fields_as(
        lambda label, value: f"{label}{' ' * max(3, 28 - len(label))}: {value}"
    ),
    # A header's values in capitals: "Duty Station: KHARTOUM, SUDAN".
    "values in capitals": _one_line_fields_as(lambda label, value: f"{label}: {value.upper()}"),
    # The page's heading line as boards and markdown copies set it.
    "heading line in markdown": _heading_line_as(lambda line: f"# {line}"),
    "heading line in bold": _heading_line_as(lambda line: f"**{line}**"),
    "heading line in capitals": _heading_line_as(str.upper),
}
# The restylings that set words in capitals: their readings are compared in small letters.
_IN_CAPITALS: Final = frozenset({"heading line in capitals", "values in capitals"})

# The restylings a fixture reads differently under, and why: a legacy header's
# table joined into lines without colons (impactpool's copies, 2018), whose labels
# run into their values are known only as the notice writes them, not in capitals;
# its line of two fields, the second run into the first's value, set below the
# first label is no table's cells. A markdown table whose first line, its head
# ("| Field | Value |", layout), is set as a heading has no head: the line is text.
DIFFERENT: Final = {
    ("classification_run_into_station.txt", "labels in capitals"),
    # So are those of a transcription's header run into one line (a document site's).
    ("transcript_run_together.txt", "labels in capitals"),
    ("transcript_run_together.txt", "labels in title case"),
    ("table_cells_spaced.txt", "labels in capitals"),
    ("table_cells_spaced.txt", "values below labels"),
    ("markdown_table.txt", "heading line in markdown"),
    ("markdown_table.txt", "heading line in bold"),
}


def _restyled_cases() -> list[tuple[Path, str]]:
    """Each fixture with each restyling that changes it (a text with no "&" escapes none)."""
    cases = []
    for path in TEXTS:
        text = path.read_text("utf-8")
        cases += [(path, name) for name, restyle in RESTYLINGS.items() if restyle(text) != text]
    return cases


def _compared(text: str, restyle: str) -> object:
    """What of *text*'s reading is compared: in small letters after *restyle* set capitals."""
    reading = _reading(text)
    return repr(reading).lower() if restyle in _IN_CAPITALS else reading


@pytest.mark.parametrize(
    ("path", "restyle"), _restyled_cases(), ids=lambda case: getattr(case, "name", case)
)
def test_a_restyled_notice_reads_as_written(path: Path, restyle: str) -> None:
    text = path.read_text("utf-8")
    restyled = RESTYLINGS[restyle](text)
    as_written, as_restyled = _compared(text, restyle), _compared(restyled, restyle)
    if (path.name, restyle) in DIFFERENT:
        # Held so that the list says what is: a fixture that reads the same leaves it.
        assert as_restyled != as_written
    else:
        assert as_restyled == as_written


def _posts_reading(text: str) -> list[dict[str, Any]]:
    """What :func:`parse_notices` reads of each post, in small letters; its prose not compared."""
    posts = []
    for result in parse_notices(text):
        post = to_dict(result.notice)
        for name in ("context", "notes", "unclassified"):
            del post[name]
        posts.append(post)
    return posts


_PAGES_OF_POSTS: Final = [path for path in TEXTS if len(parse_notices(path.read_text("utf-8"))) > 1]
# A page's shared header, its values set below their labels, cut from the posts otherwise.
_POSTS_DIFFERENT: Final = {("page_of_several_posts.txt", "values below labels")}


@pytest.mark.parametrize(
    ("path", "restyle"),
    [
        (path, name)
        for path in _PAGES_OF_POSTS
        for name, restyle in RESTYLINGS.items()
        if restyle(path.read_text("utf-8")) != path.read_text("utf-8")
    ],
    ids=lambda case: getattr(case, "name", case),
)
def test_a_restyled_page_of_posts_reads_as_written(path: Path, restyle: str) -> None:
    """A board's page of several posts, restyled: each post read as written.

    "• Employer:&nbsp;International Organization for Migration" had kept a
    list of posts from being parted (the item looked for as written).
    """
    text = path.read_text("utf-8")
    as_written = repr(_posts_reading(text)).lower()
    as_restyled = repr(_posts_reading(RESTYLINGS[restyle](text))).lower()
    if (path.name, restyle) in _POSTS_DIFFERENT:
        assert as_restyled != as_written
    else:
        assert as_restyled == as_written
