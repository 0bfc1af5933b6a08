"""From segments to sections and header fields (internal).

Headings open sections; "Label: value" lines (or a label alone on its line
with the value below it, as in the post description form) are header fields
wherever they stand; everything else is the content of the section it is in.
Content before the first heading belongs to the preamble. The sections and
fields are a ``_layout.Layout``; ``_rows`` reads the field a line or a
table's row holds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Final

from iomjobs._text import LOST, fold_text, number
from iomjobs.parse._cells import goes_on_in_cell
from iomjobs.parse._competencies import (
    GROUP_HEADING_WORDS,
    declared_count,
    group_level,
    group_note,
)
from iomjobs.parse._dates import date_cut
from iomjobs.parse._interpret import is_duration_unit, read_grade
from iomjobs.parse._layout import Field, Layout, Section, page_width
from iomjobs.parse._leftover import says_more
from iomjobs.parse._link_list import link_list
from iomjobs.parse._mail import mail_header, sign_off
from iomjobs.parse._rows import (
    GRID_BORDER,
    PIPE_RULE,
    closed_row,
    is_table_head,
    row_field,
    take_labels_written_apart,
    take_wrapped_row,
)
from iomjobs.parse._segments import (
    DASHES,
    HEADING_TAILS,
    ITEM_ENDS,
    STOPS,
    Segment,
    did_not_fit,
    heading_cut_across,
    in_bracket,
    joined_lines,
    joined_text,
    next_line,
)
from iomjobs.parse._titles import title_marks
from iomjobs.parse._vocabulary import (
    FRONT_MATTER_KEYS,
    PHRASE_GOES_ON,
    TRAILING,
    first_folded_word,
    footnote_mark,
    heading_and_first_word,
    heading_before_colon,
    heading_first_words,
    heading_text,
    label_begun_before,
    label_first_words,
    leads_on,
    match_bare_label,
    match_heading,
    match_label,
    match_run_together,
    match_spaced_label,
    misspelt_heading,
    misspelt_label,
    split_next_label,
)


def layout(segments: list[Segment], text: str = "", wrapped: str | None = None) -> Layout:
    """Cut *segments* into sections and header fields.

    *text* is the text as written that *segments* were cut from, where a
    line's indentation may say where it belongs (a table's cell); *wrapped*
    the same before its repairs, line for line (:attr:`Layout.wrapped`). A
    header written as a list is read as a header: its items in *segments*
    are replaced by the same lines without their bullets (see
    :func:`_header_listed`).
    """
    result = Layout([Section("preamble")], [])
    result.text = text
    result.wrapped = wrapped
    index = _front_matter(segments, result)
    header = mail_header(segments)
    if header is not None:
        # A forwarded message's header: the lines above it are the forwarder's.
        start, end = header
        _take_until(segments, index, start, result)
        result.markup.extend(segments[start:end])
        result.forwarded_from = index = end
    # A sign-off ends the message, after its header; a text browser's list of links, the page.
    signed = max(min(sign_off(segments), link_list(segments)), index)
    _take_until(segments, index, signed, result)
    result.markup.extend(segments[signed:])
    return result


def _take_until(segments: list[Segment], index: int, stop: int, result: Layout) -> None:
    """Take the segments from *index* up to *stop* into *result*'s sections and fields."""
    while index < stop:
        segment = segments[index]
        if not segment.bullet:
            index = _take(segments, index, result)
        elif _numbers_itself(segment) and (taken := _numbered(segments, index, result)):
            index = taken
        elif heading := _bulleted_heading(segments, index):
            _open(result, segment, *heading)
            index += 1
        elif (
            # A list's first item only (most items are not: no call for them),
            # where the header may go on.
            (index == 0 or not segments[index - 1].bullet)
            and _header_so_far(result, segment)
            and (listed := _header_listed(segments, index, stop))
        ):
            # The bullets are the board's: the lines are read as a header's,
            # from this one on (which is no list item now).
            for at in listed:
                segments[at] = Segment(segments[at].number, segments[at].item)
        else:
            # A list item is no heading and no label: content, whatever it
            # says. Half of most notices: taken here, without a call.
            result.sections[-1].content.append(segment)
            index += 1


def _bulleted_heading(segments: list[Segment], index: int) -> tuple[str, str] | None:
    """The heading the bulleted line at *index* is, alone between lines that are no list items.

    "Supervisado/a por: Jefe de Misión" / "- Naturaleza de la consultoría" /
    "El Programa Regional sobre Migración..." (IOM El Salvador's terms of
    reference as a board copied them, 2019): a heading with a dash before
    it. Only the whole line as a heading: an item that begins with a
    heading's words ("- Experience in ...") is an item, and so is any line
    of a list.
    """
    segment = segments[index]
    if index > 0 and segments[index - 1].bullet:
        return None
    if index + 1 < len(segments) and segments[index + 1].bullet:
        return None
    item = segment.item
    first = first_folded_word(item)
    if first not in heading_first_words() or len(item) > _BULLETED_HEADING_LENGTH:
        return None
    heading = match_heading(item)
    return heading if heading is not None and not heading[1] else None


# A heading with a bullet before it is a short line.
_BULLETED_HEADING_LENGTH: Final = 60


def _header_so_far(result: Layout, segment: Segment) -> bool:
    """Whether the header may go on at *segment*: no field read yet, or one just above it.

    "FOR THE CONSULTANCY CONTRACT OF: National MEAL Consultant", then "-
    Duty Station of the Consultancy: ...", "- Duration of Consultancy:
    ..." (IOM's terms of reference as a board copied them, 2026): a list
    right below the header's last field goes on with the header.
    """
    if not result.fields:
        return True
    return segment.number - result.fields[-1].segments[-1].number <= _HEADER_GAP


# How far below the header's last field a list may begin and go on with it: a blank line.
_HEADER_GAP: Final = 2


def _header_listed(segments: list[Segment], index: int, stop: int) -> list[int]:
    """The items of the notice's header, where the list at ``segments[index]`` is one; else none.

    A Yemeni job board's copies (eoi-ye.com, yemenhr.com, 2025-2026): "-
    Position: Movement Operations Assistant (Field Support)", "- Duty
    Station: Yemen, Aden", "- IOM Classification: G4", "- Type of
    Appointment: ...", "- SVN No.: ...", one copy with each label broken
    after its first word ("- Duty" / "Station: Yemen, Aden"). Labels from
    the list's first item on, one of them a notice's own: a board's summary
    of its own ("• Location: Dhaka", "• Grade: ...", "• Closing Date:
    ...") stays a list, which the reader reads as a board's
    (``HeaderReader._board_summary``).
    """
    items = _header_items(segments, index, stop)
    return [] if _SUMMARY_LABELS.issuperset(items.values()) else list(items)


def _header_items(segments: list[Segment], index: int, stop: int) -> dict[int, str]:
    """The list items from *index* on, before *stop*, that are header labels: index to label.

    A few lines of no list item may stand after each: a value below its
    label, a label's second half, a value wrapped.
    """
    items: dict[int, str] = {}
    last = at = index
    while at < stop and len(items) < _MOST_LISTED:
        if not segments[at].bullet:
            if items and at - last > _LINES_UNDER_ITEM:
                break
            at += 1
            continue
        label = _listed_label(segments, at)
        if label is None and items:
            # A heading among the fields, as terms of reference number theirs:
            # "- Project Context and Scope:" (IOM Ukraine's, 2025).
            label = _listed_heading(segments[at])
        if label is None:
            break
        items[at] = label
        last = at
        at += 1
    return items


def _listed_heading(segment: Segment) -> str | None:
    """The heading the list item *segment* is, its words after a colon aside; or ``None``."""
    heading = segment.item.partition(":")[0]
    if len(heading) > _LABEL_PART or match_heading(heading) is None:
        return None
    return f"heading {fold_text(heading)}"


def _listed_label(segments: list[Segment], at: int) -> str | None:
    """The label the list item ``segments[at]`` begins with, if any, folded.

    On the item's line ("- Grade: G4"), broken onto the line below ("-
    Duty" / "Station: Yemen, Aden"), or alone, its value below ("-
    Position:" / "Movement Operations Assistant").
    """
    item = segments[at].item
    if not item:
        return None  # a bullet set apart from its item: the line below is read as it stands
    numbered = Segment(segments[at].number, item)
    if _numbers_itself(numbered):
        # "- 1. Duty Station of the consultancy: Remote (home-based)..." (IOM
        # Ukraine's terms of reference as a board copied them, 2025).
        item = numbered.item
    found = match_label(item)
    if found is None:
        below = next_line(segments, at)
        if below is None or below.bullet or len(item) > _LABEL_PART:
            return None
        if ":" in item or (found := match_label(f"{item} {below.text}")) is None:
            return fold_text(item.rstrip(":")) if match_bare_label(item) else None
        if len(found[1]) <= len(item):
            return None
    return fold_text(found[1])


# The most labels a header lists.
_MOST_LISTED: Final = 20
# The lines a listed label's second half and value may take below it, wrapped.
_LINES_UNDER_ITEM: Final = 4
# The longest first half of a broken label (see _split_label).
_LABEL_PART: Final = 60
# The labels of a job board's own summary (see HeaderReader._board_summary), folded.
_SUMMARY_LABELS: Final = frozenset(
    {"location", "locations", "grade", "closing date", "country", "salary"}
)


# The most lines a front matter may hold: a site's page has a dozen or so.
_FRONT_MATTER_LINES: Final = 40
# A front matter's key and its value ("closingdate: 2020-04-15..."), or a key alone ("tags:").
_FRONT_MATTER_KEY: Final = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):(?:\s+(?P<value>.*))?$")


def _front_matter(segments: list[Segment], result: Layout) -> int:
    """Read the YAML front matter a static site's page starts with; the index after it.

    Netlify CMS, Jekyll and Hugo job boards (IOM Somalia's, 2020) put the
    page's own fields between two "---" lines: "title:", "closingdate:
    2020-04-15T07:17:20.513Z", "posteddate:", "description: SPECIAL
    VACANCY NOTICE". Those a notice has are its fields; the others, and
    the delimiters, are the page's markup. 0 where the text has none.
    """
    # A text read without its encoding's "-sig" keeps the byte order mark.
    if not segments or segments[0].number != 1 or segments[0].text.lstrip("\ufeff") != "---":
        return 0
    end = next(
        (
            index
            for index, segment in enumerate(segments[1:_FRONT_MATTER_LINES], 1)
            if segment.text == "---"
        ),
        None,
    )
    if end is None:
        return 0
    inside = segments[1:end]
    keys = [_FRONT_MATTER_KEY.match(segment.text) for segment in inside]
    # Keys first, and most lines keys: a notice that starts with a rule has prose there.
    if not keys or keys[0] is None or 2 * sum(key is not None for key in keys) < len(keys):
        return 0
    result.markup.append(segments[0])
    for segment, key in zip(inside, keys, strict=True):
        name = FRONT_MATTER_KEYS.get(key.group("key").lower()) if key else None
        if key is not None and name is not None and key.group("value"):
            value = _unquoted(key.group("value"))
            result.fields.append(Field(name, key.group("key"), value, [segment]))
        else:
            # Another key, a list's entry, a folded value's next line.
            result.markup.append(segment)
    result.markup.append(segments[end])
    return end + 1


def _unquoted(value: str) -> str:
    """A YAML scalar without its quotes, which a value with ": " in it must have."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":  # noqa: PLR2004
        return value[1:-1].strip()
    return value


# Numbered headings are short: a longer numbered line is an item.
_NUMBERED_HEADING_LENGTH: Final = 120


def _numbers_itself(segment: Segment) -> bool:
    """Whether the list item *segment* begins with a number ("2.", "(2)", "2-"), not a bullet."""
    first = segment.text[:1]
    return first.isdigit() or (first == "(" and segment.number_in_list is not None)


def _numbered(segments: list[Segment], index: int, result: Layout) -> int | None:
    """Take the numbered heading or label at *index*; the index after it.

    Consultancy calls' terms of reference number them: "1. Context", "2.
    Duration of Consultancy: 3 months". ``None`` for a numbered list item
    (a list item that starts with a digit starts with its number), which is
    content.
    """
    segment = segments[index]
    text = segment.text
    if len(text) > _NUMBERED_HEADING_LENGTH and ":" not in text[:_NUMBERED_HEADING_LENGTH]:
        return None  # a long item, with no label's colon near its start
    # Most numbered lines are duties, whose first word (a verb) begins no
    # heading and no label: those need no look.
    item = segment.item
    word = first_folded_word(item)
    if word in heading_first_words():
        heading = match_heading(item) if len(item) <= _NUMBERED_HEADING_LENGTH else None
        if heading is not None:
            _open(result, segment, *heading)
            return index + 1
        cut = _heading_cut(segments, index, item, result)
        if cut is not None:
            return _open_cut(result, segments, index, cut)
    if word not in label_first_words():
        return None
    found = match_label(item) if ":" in item else None
    if found is not None:
        return _take_field(Field(found[0], found[1], found[2], [segment]), segments, index, result)
    split = _split_label(item, segments, index)
    return None if split is None else _take_split(split, segments, index, result)


def _take_heading(segments: list[Segment], index: int, result: Layout) -> tuple[int, str]:
    """Open the section whose heading is at *index*: the index after it, and the line's first word.

    The index is *index* itself where the line heads no section.
    """
    segment = segments[index]
    if segment.text in HEADING_TAILS and (across := _open_across(segments, index, result)):
        return across, first_folded_word(segment.text)
    heading, first_word = heading_and_first_word(segment.text)
    if heading is None and first_word in heading_first_words() and ":" in segment.text:
        heading = _heading_before_colon(segment.text, result)
    if heading is not None and segment.text[:1].islower() and _ends_wrapped(segments, index):
        heading = None
    if heading is not None:
        _open(result, segment, *heading)
        return index + 1 + _heading_goes_on(result, segments, index), first_word
    cut = (
        _heading_cut(segments, index, segment.text, result)
        if first_word in heading_first_words()
        else None
    )
    if cut is not None:
        return _open_cut(result, segments, index, cut), first_word
    return index, first_word


def _heading_before_colon(text: str, result: Layout) -> tuple[str, str] | None:
    """The heading *text* begins with before a colon and its section's first words, if any.

    In the header, only a section of prose opens so ("Context: The United
    States...", "Second tier candidates include: All external candidates"):
    a board's summary there writes "Experience: 3 to 5 Years",
    "Skills: MS Office", and a section opened by it would take in the
    notice's first paragraphs below, its first-tier paragraph among them.
    """
    found = heading_before_colon(text)
    if found is None or (result.sections[-1].kind in _HEADER_KINDS and found[0] not in _PROSE):
        return None
    return found


# The sections a header stands in, and those of prose, which the header's paragraphs
# are: the context, and who may apply ("Second tier candidates include: All external
# candidates...").
_HEADER_KINDS: Final = frozenset({"preamble", "position_information"})
_PROSE: Final = frozenset({"intro", "context", "second_tier"})


def _take_misspelt(segments: list[Segment], index: int, result: Layout) -> int:
    """Take the line at *index* as a heading or a label misspelt by a letter; the index after, or 0.

    Only a line that is nothing else is looked up: "Responsabilities",
    "Postion Title: Project Officer".
    """
    segment = segments[index]
    heading = misspelt_heading(segment.text) if _stands_as_heading(segments, index) else None
    if heading is not None:
        _open(result, segment, heading[0], "")
        result.sections[-1].meant = heading[1]
        return index + 1
    label = None if segment.bullet or ":" not in segment.text else misspelt_label(segment.text)
    if label is not None:
        field = Field(*label[:3], [segment])
        field.meant = label[3]
        return _take_field(field, segments, index, result)
    return 0


def _stands_as_heading(segments: list[Segment], index: int) -> bool:
    """Whether the line at *index* stands as a heading does: no bullet, a blank line or a colon.

    Only such a line is looked up as a misspelt heading: a line of a
    paragraph or a list a letter from a heading's words would be read as
    one, and the lookup would cost every line.
    """
    segment = segments[index]
    if segment.bullet:
        return False
    if segment.text.endswith(":"):
        return True
    return index == 0 or segments[index - 1].number < segment.number - 1


def _take(segments: list[Segment], index: int, result: Layout) -> int:
    segment = segments[index]  # no list item: layout() takes those
    after, first_word = _take_heading(segments, index, result)
    if after == index and segment.text[:1] == "|":
        after = take_wrapped_row(segments, index, result)
    if after > index:
        return after
    # A label begins with one of a few words: a line that begins with none
    # (most lines) is no label, alone, split over two lines or run into its
    # value, and need not be tried as one. A line of no words at all might
    # begin a label split over two lines. (The word is the line's own, or,
    # for a numbered line, that after the numbering: a label never begins
    # with a numeral, and each test looks at the whole line again.)
    labelled = first_word in label_first_words() or not first_word or _lost_in_first_word(segment)
    # In the header, a label may stand with only a space before its value: before the
    # first heading, or under a post description's "Position Information" (a board's
    # copy of its table, 2024: "Position Grade G6", "Duty Station Kasulu, Tanzania").
    form = result.sections[-1].kind == "position_information"
    field = (
        row_field(segment, labelled=labelled, header=len(result.sections) == 1 or form, form=form)
        if not (labelled and _in_bold_above(segments, index))
        else None
    )
    if field is not None:
        return _take_field(field, segments, index, result)
    split = _split_label(segment.text, segments, index) if labelled else None
    bare = match_bare_label(segment.text) if labelled and split is None else None
    if labelled and split is None and bare is None:
        split = _bare_label_over_two_lines(segments, index)
    if form and labelled and split is None and bare is None:
        split = _spaced_question_over_two_lines(segments, index)
    if split is not None:
        return _take_split(split, segments, index, result)
    if bare is not None and (after := _take_bare(bare, segments, index, result, form=form)):
        return after
    after = (
        _take_misspelt(segments, index, result)
        or _take_after_words(segments, index, result)
        or (take_labels_written_apart(segments, index, result) if labelled else 0)
    )
    if after:
        return after
    first = segment.text[0]
    if (
        (first == "<" and _is_comment(segment.text))
        or (first in _FURNITURE_FIRST and _is_furniture(segment.text))
        or (first == "|" and is_table_head(segments, index))
    ):
        result.markup.append(segment)
    else:
        result.sections[-1].content.append(segment)
    return index + 1


def _lost_in_first_word(segment: Segment) -> bool:
    """Whether a character of *segment*'s first word was lost (U+FFFD): "Duraci\ufffdn de...".

    Such a word is no label's first word as folded, yet the label may be
    known by what is left of it (:func:`~iomjobs._text.known_despite_losses`).
    """
    text = segment.text
    return LOST in text and LOST in text.partition(" ")[0]


def _take_after_words(segments: list[Segment], index: int, result: Layout) -> int:
    """Take the line at *index* as two where a label runs into it; the index after, or 0.

    The words before the label stand in the line's place, a line of their
    own; the label's field is read from the rest. Only in the header: see
    :func:`_label_after_words`.
    """
    segment = segments[index]
    if len(result.sections) > 1 or ":" not in segment.text:
        return 0
    cut = _label_after_words(segment)
    if cut is None:
        return 0
    head, field = cut
    result.sections[-1].content.append(head)
    segments[index] = head
    return _take_field(field, segments, index, result)


def _label_after_words(segment: Segment) -> tuple[Segment, Field] | None:
    """*segment* cut before a label that a few words run into: the words, and the label's field.

    "Vacancy Notice 16576 Position Title: Regional Ethics and Integrity
    Officer (P)", "Avis de vacance de poste Intitulé du poste : ...": a page
    that lost the header's line ends ran its first field into the line above,
    the notice's kind or its title. Not after a sentence: a label's words
    in a paragraph are the paragraph's. The field is read from the line as
    written: where its value is kept as unclassified text too, the line is,
    whose first word stands where the line begins (a page's paragraph may
    have run two source lines into one).
    """
    split = split_next_label(segment.text)
    if split is None:
        return None
    head, (name, label, value) = split
    words = head.split()
    if (
        not words
        or len(words) > _MOST_HEAD_WORDS
        or not label[:1].isupper()  # "Tipo de consultoría: Tipo B": a label's own words
        or words[-1].lower() in _JOINING_WORDS  # "TITULAR DEL CONTRATO DE CONSULTORÍA:"
        or "<" in head  # markup: "<p>Position Title:"
        or _SENTENCE_IN.search(head)
    ):
        return None
    return Segment(segment.number, head), Field(name, label, value, [segment])


# The most words before a label run into their line: a title's, a notice kind's.
_MOST_HEAD_WORDS: Final = 15
# Words that join the words before them to those after: no line ends with one.
_JOINING_WORDS: Final = frozenset(
    {"a", "à", "and", "at", "by", "da", "das", "de", "del", "des", "do", "dos", "du", "e"}
    | {"el", "en", "et", "for", "in", "la", "las", "le", "les", "los", "of", "on", "para"}
    | {"por", "the", "to", "y"}
)
# A sentence's end inside words, or at their end.
_SENTENCE_IN: Final = re.compile(r"[a-z][.!?](?:\s|$)")


def _take_bare(
    bare: str, segments: list[Segment], index: int, result: Layout, *, form: bool = False
) -> int:
    """Take the label alone at *index*, field *bare*, and its value; the index after them, or 0.

    The value is on the lines right below; or in a header table's cells; or
    one blank line below (:func:`_value_a_blank_line_below`). *form*: under
    a post description's "Position Information" (see :func:`_value_below`).
    """
    segment = segments[index]
    value = _value_below(segments, index, form=form)
    if value:
        result.fields.append(_bare_field(bare, [segment], value))
        return index + 1 + len(value)
    if len(result.sections) == 1 and (
        (cells := _table_cells(segments, index)) is not None
        or (cells := _label_column(segments, index)) is not None
    ):
        result.fields.extend(cells)
        return index + sum(len(cell.segments) for cell in cells)
    value = _value_a_blank_line_below(segment, segments, index)
    if value:
        result.fields.append(_bare_field(bare, [segment], value))
        return index + 1 + len(value)
    return 0


def _in_bold_above(segments: list[Segment], index: int) -> bool:
    """Whether the line at *index* begins inside markdown's bold that the line above left open.

    "...indicating the**Special Vacancy Notice Number (SVN No.), Position
    Title and the" / "Duty Station**to: **recruitment@iom.int**": the bold
    closes before the colon, so the words before it go on from the line
    above, and name no field. A line that begins with the marks
    ("**Closing Date:**") or closes them after its colon ("...with" /
    "possibility of extension.**") is no such line.
    """
    text = segments[index].text
    bold = text.find("**")
    above = segments[index - 1] if index > 0 else None
    return (
        bold > 0
        and above is not None
        and above.number == segments[index].number - 1
        and above.text.count("**") % 2 == 1
        and bold < text.find(":")
    )


def _heading_cut(
    segments: list[Segment], index: int, text: str, result: Layout
) -> tuple[str, str] | None:
    """The heading *text* (the line at *index*) makes with the line right below, if any.

    Text wrapped at a fixed width cuts a long heading before its last word
    or two: "Category B Consultants: Tangible and measurable outputs of the
    work" / "assignment". The line below holds three words at most; or more,
    in lower case, below a line the page's width filled, where the two make
    the whole heading: "6. Category B Consultants: Tangible and measurable
    outputs" / "of the work assignment" at 60 columns.
    """
    if text.endswith((*STOPS, ":")):
        return None
    below = short_line_below(segments, index)
    if below is not None:
        return match_heading(f"{text} {below.text}")
    below = _wrapped_below(result, segments, index)
    found = match_heading(f"{text} {below.text}") if below is not None else None
    return found if found is not None and not found[1] else None


def short_line_below(segments: list[Segment], index: int) -> Segment | None:
    """The line right below ``segments[index]``, if it may end a line the wrap cut short.

    No list item, and three words at most: "values:", "niveau 3 :",
    "assignment", "Assistant".
    """
    below = next_line(segments, index)
    if below is None or below.bullet or below.text.count(" ") > _HEADING_END_SPACES:
        return None
    return below


def _open_across(segments: list[Segment], index: int, result: Layout) -> int:
    """Open the section of a run-in heading a wrap cut across two lines; the index after it, or 0.

    ``segments[index]`` holds the heading's first words, cut from the end of
    its line (:func:`~iomjobs.parse._segments.heading_cut_across`): "Core" /
    "Competencies – behavioural indicators (Level 1)".
    """
    below = next_line(segments, index)
    if below is None or heading_cut_across(segments[index].text, below) is None:
        return 0
    heading, _ = heading_and_first_word(f"{segments[index].text} {below.text}")
    if heading is None:
        return 0
    _open(result, segments[index], *heading)
    result.sections[-1].heading_below.append(below)
    # Its second line may be cut again: "...(applicable only if position is with" /
    # "direct reports)".
    return index + 2 + _heading_goes_on(result, segments, index + 1)


def _open_cut(result: Layout, segments: list[Segment], index: int, heading: tuple[str, str]) -> int:
    """Open the section of a heading cut over the line at *index* and the next; the index after."""
    _open(result, segments[index], *heading)
    result.sections[-1].heading_below.append(segments[index + 1])
    return index + 2


def _ends_wrapped(segments: list[Segment], index: int) -> bool:
    """Whether the line at *index* ends a sentence the line right above it left unfinished.

    "...will have the following duties and" / "responsibilities:": a
    sentence wrapped at a fixed width, whose last words name a heading. A
    heading cut in two ("The incumbent is expected to demonstrate the
    following" / "values and competencies:") is one still, and so is a
    heading right under another, both in small letters as a board writes
    them ("required qualifications and experience" / "education").
    """
    above = segments[index - 1] if index else None
    return (
        above is not None
        and above.number + 1 == segments[index].number
        and not above.text.endswith(ITEM_ENDS)
        and match_heading(f"{above.text} {segments[index].text}") is None
        and match_heading(above.text) is None
    )


# A rule, or the line under a heading, as text and markdown draw them ("-------",
# "=======", "_______"), a grid table's border ("+------+------+", pandoc's) or
# a pipe table's line under its head ("|---|---|", "| :--- | ---: |"): layout,
# which would otherwise run into the paragraph or list below it. And markdown's
# emphasis around nothing, "**" alone on its line (worldngojobs, 2022).
_RULE: Final = re.compile(rf"([-=_*~])\1{{2,}}|{GRID_BORDER}|{PIPE_RULE}|\*\*|__")
_RULE_CHARACTERS: Final = frozenset("-=_*~+|")
# A page's number, as text taken from a PDF keeps it between the pages ("Page 2
# of 5", "Página 2 de 5", "2/5"): the page's furniture, which would otherwise be
# read as an item of the list or a line of the paragraph it falls in.
_PAGE_MARK: Final = re.compile(
    r"(?i:page|p[aá]gina|p\.)\s*\d{1,3}(?:\s*(?:of|de|sur|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}"
)
_PAGE_MARK_FIRST: Final = frozenset("0123456789PpÁá")
# Most content lines begin with none of these: settled without a call (a hot path).
_FURNITURE_FIRST: Final = _RULE_CHARACTERS | _PAGE_MARK_FIRST


def is_page_mark(text: str) -> bool:
    """Whether *text* (a segment's) is a page's number: "Page 2 of 5", "Página 2 de 5", "2/5"."""
    return text[:1] in _PAGE_MARK_FIRST and _PAGE_MARK.fullmatch(text) is not None


def _is_furniture(text: str) -> bool:
    """Whether *text* is a rule, a heading's underline or a page's number: layout, not text."""
    first = text[:1]
    return (first in _RULE_CHARACTERS and _RULE.fullmatch(text) is not None) or is_page_mark(text)


def _heading_goes_on(result: Layout, segments: list[Segment], index: int) -> int:
    """How many lines below the heading at *index* go on with it, taken into its section.

    One (:func:`_heading_line_below`), or two where a wrap cut the heading twice:
    "Managerial Competencies – behavioural" / "indicators (Level 1)
    (applicable only if position is with direct" / "reports)" (seed 003 at
    68 columns), the level gained from the first and the note from the second.
    """
    taken = 0
    while taken < _HEADING_LINES_BELOW and _heading_line_below(result, segments, index + taken):
        taken += 1
    return taken


# The most lines below a heading that go on with it.
_HEADING_LINES_BELOW: Final = 2


def _heading_line_below(result: Layout, segments: list[Segment], index: int) -> bool:
    """Whether the heading ending at *index* goes on in the line below, taken into its section.

    Text wrapped at a page's width (pdftotext) cuts a long heading: "Values -
    all IOM staff members must abide by and demonstrate these five" /
    "values:", "Compétences fondamentales - indicateurs comportementaux" /
    "niveau 3". The line right below (three words at most; or one that
    closes a bracket, :func:`_bracket_below`; or one in lower case below a
    line the page's width filled, :func:`_wrapped_below`) goes on with the
    heading where the two together state a count, a level or a note that
    the heading alone does not; it had been read as a heading of its own,
    or an item, and the count, level or note lost. A line in lower case of
    the heading's own words, which say nothing more, goes on with it too:
    "Core Competencies – behavioural" / "indicators" (a cell's words wrapped
    in its column); it had been kept as unclassified.
    """
    section = result.sections[-1]
    trailing = section.trailing
    # A heading cut right after its dash has no words after its name yet: seed 003
    # at 60 columns, "...fairly treated. Core Competencies –" over the level's line.
    dashed = section.heading is not None and section.heading.text.endswith(DASHES)
    if section.kind not in TRAILING or not (trailing or dashed):
        return False
    below = (
        short_line_below(segments, index)
        or _bracket_below(trailing, segments, index)
        or _wrapped_below(result, segments, index)
    )
    if below is None:
        return False
    joined = f"{trailing} {below.text}".lstrip()
    gained = (
        (declared_count(joined) is not None and declared_count(trailing) is None)
        or (group_level(joined) is not None and group_level(trailing) is None)
        or (group_note(joined) is not None and group_note(trailing) is None)
    )
    if not gained and (
        not below.text[:1].islower() or says_more(below.text, (), GROUP_HEADING_WORDS)
    ):
        return False
    section.trailing = joined
    section.heading_below.append(below)
    return True


def _wrapped_below(result: Layout, segments: list[Segment], index: int) -> Segment | None:
    """The line below ``segments[index]``, in lower case, where the page's width filled that line.

    "...Managerial Competencies – behavioural" / "indicators (Level 1)
    (applicable only if position is with direct reports)", at 100 columns.
    """
    below = next_line(segments, index)
    if below is None or below.bullet or not below.text[:1].islower():
        return None
    word = below.text.partition(" ")[0]
    line = segments[index]
    # The whole line, as the wrap counted it: its indent, a run-in heading's pieces.
    whole = result.as_counted(line, result.written_lines(line.number))
    return below if did_not_fit(whole, word, page_width(result, segments)) else None


def _bracket_below(trailing: str, segments: list[Segment], index: int) -> Segment | None:
    """The line right below ``segments[index]`` where it closes a bracket, if any.

    The bracket the heading's *trailing* words left open ("...(Level 1)
    (applicable" / "only if position is with direct reports)", "...(Level" /
    "1) (applicable...)", whose "1)" a list number would begin), or brackets
    the line opens and closes itself, and nothing else ("...(Level 1)" /
    "(applicable only if position is with direct reports)", "...behavioural
    indicators" / "(Level 1) (applicable only if...)", seed 003 at 70).
    """
    below = next_line(segments, index)
    if below is None or not below.text.endswith(")"):
        return None
    if in_bracket(trailing):
        return None if in_bracket(f"{trailing} {below.text}") else below
    return below if _BRACKETS_ONLY.fullmatch(below.text) and not below.bullet else None


# A line of bracketed notes and nothing else: "(Level 1) (applicable only if ...)".
_BRACKETS_ONLY: Final = re.compile(r"\([^()]*\)(?:\s*\([^()]*\))*")


# The most spaces in the end of a wrapped heading: "values:", "valeurs :", "niveau 3 :".
_HEADING_END_SPACES: Final = 2


def _is_comment(text: str) -> bool:
    """Whether *text* is an HTML comment: "<!--StartFragment-->", copied along from a web page."""
    return text.startswith("<!--") and text.endswith("-->")


def _take_field(field: Field, segments: list[Segment], index: int, result: Layout) -> int:
    """Add *field*, read from segment *index*, and what goes with it; the index after them."""
    if result.fields:
        _label_begun_above(result.fields[-1], field)
    run_in = _run_in_fields(field)
    if run_in:
        # The last field run into the line may go on below: "Type of Appointment :
        # Consultant, Five months Estimated Start Date :As" / "soon as possible".
        result.fields.extend((field, *run_in))
        return index + 1 + _take_goes_on(run_in[-1], segments, index, result)
    used = 1
    following = next_line(segments, index)
    if following is None and not field.value:
        following = _value_after_blank(segments, index, header=len(result.sections) == 1)
    if following is not None and not field.value:
        below = _paragraph_below(segments, index + 1)
        translated = _translated_value(field.name, below)
        if translated is not None:
            field.value = translated
            field.segments.extend(below)
            used = 1 + len(below)
        elif following.bullet:
            # "Duty Station:" / "- Bangkok, Thailand" / "- Dakar, Senegal": a list's items
            # are the value's lines, without their bullets; a list of fields ("- Grade:
            # G4") leaves the label without one.
            items = _items_below(segments, index)
            _list_value(field, items)
            field.segments.extend(items)
            used += len(items)
        else:
            # "Position Title:" with the value on the line below, and the lines it
            # wrapped onto in lower case: "...de personas migrantes y comunidades" /
            # "afectadas por desastres en Honduras”, ..." (IOM Honduras, 2025). Not in
            # capitals: a board's next label may stand there ("Job title:" / "Associate
            # Project Officer (...)" / "Company").
            field.value = following.text
            field.segments.append(following)
            result.fields.append(field)
            after = next_line(segments, index + 1)
            wraps = after is not None and after.text[:1].islower()
            taken = _take_goes_on(field, segments, index + 1, result) if wraps else 0
            field.value = _unemphasized(field.value)
            return index + 2 + taken
    elif following is not None and (wrapped := _wrapped(field, following)) is not None:
        # The line below may hold more fields after it, where a page joined them:
        # "vacance de poste Durée initiale: 6 mois Date de clôture : 08 Juillet 2025".
        result.fields.extend((field, wrapped, *_run_in_fields(wrapped)))
        return index + 2
    elif field.name == "title" and _cut_short(field.value):
        # Only a title: other values may end so ("Tanzania, the United Republic of").
        used += _take_continued(field, segments, index)
    else:
        result.fields.append(field)
        taken = _take_goes_on(field, segments, index, result)
        if taken and field.name == "title" and _cut_short(field.value):
            # "...elaborar un manual" / "de", then blank lines, then the rest: a
            # PDF's copy wrapped again.
            taken += _take_continued(field, segments, index + taken)
        return index + 1 + taken
    result.fields.append(field)
    return index + used


def _list_value(field: Field, items: list[Segment]) -> None:
    """Give *field* the value its list *items* hold: their text, a paragraph each."""
    if items:
        field.value = "; ".join(item.item for item in items)
        field.paragraphs = [item.item for item in items] if len(items) > 1 else []


def _items_below(segments: list[Segment], index: int) -> list[Segment]:
    """The list below the label at *index*, which holds no value: its items, in order.

    The list begins on the next line, right below the label or a blank line
    below it (:func:`_value_after_blank`). Up to the list's end, or an item that is
    a label and its value (the next field, in a list of them).
    """
    items: list[Segment] = []
    below = segments[index + 1] if index + 1 < len(segments) else None
    while below is not None and below.bullet:
        if not below.item or len(items) == _MOST_ITEMS_BELOW or _labels_a_value(below):
            break
        items.append(below)
        below = next_line(segments, index + len(items))
    return items


# The most items of a list below a label that are its value: a post's stations or supervisors.
_MOST_ITEMS_BELOW: Final = 12


def _translated_value(name: str, lines: list[Segment]) -> str | None:
    """The value of field *name*'s label in another language, read from *lines*, if they hold one.

    A careers site's copy of IOM El Salvador's terms of reference (2025):
    the system's English label alone, then the notice's own, numbered, with
    the value: "Organizational Department / Unit to which the Consultant is
    contributing" / "5. Departamento / Unidad organizativa a la que
    contribuye la consultoría: Proyecto Fortaleciendo Respuestas...". The
    lines are read as one, as a wrap may cut them anywhere: "...a la que
    contribuye la consultoría:" / "Proyecto Fortaleciendo Respuestas:..." /
    "Internos, Retornados y Comunidades en El Salvador." at 80 columns.
    """
    text = joined_lines(lines)
    if lines[0].bullet:
        text = text[len(lines[0].text) - len(lines[0].item) :]
    found = match_label(text) if ":" in text else None
    return found[2] if found is not None and found[0] == name and found[2] else None


def _paragraph_below(segments: list[Segment], start: int) -> list[Segment]:
    """The line at *start* and those right below it, up to a list item, a heading or a label.

    A label the lines began ends on a line of its own ("...a la que
    contribuye la" / "consultoría: Proyecto..."); after its colon, a line
    with a label is the next field's: "6. Duración de la consultoría: 3 meses".
    """
    lines = [segments[start]]
    colon = ":" in lines[0].text
    while len(lines) < _TRANSLATION_LINES and (more := next_line(segments, start + len(lines) - 1)):
        if more.bullet or match_heading(more.text) is not None:
            break
        if colon and ":" in more.text and match_label(more.text) is not None:
            break
        colon = colon or ":" in more.text
        lines.append(more)
    return lines


# The most lines a translated label and its value wrap over.
_TRANSLATION_LINES: Final = 4


def _label_begun_above(above: Field, field: Field) -> None:
    """Give *field* the first words of its label, where the value of the field *above* ends in them.

    A board's summary glues its fields, and a wrap at 100 columns cuts one's
    label: "Duty Station City: ValenciaDuty Station" / "Country: SpainGrade:
    UG...". "Country" alone is a label too; "Duty Station Country" is the
    one the board wrote, and "Valencia" the city. The field then spans both
    lines.
    """
    first = field.segments[0]
    if above.segments[-1].number != first.number - 1 or not first.text.startswith(field.label):
        return
    if not label_begun_before(above.value, field.label):
        return
    split = split_next_label(f"{above.value} {field.label}: {field.value}")
    if split is None:
        return
    before, (name, label, _) = split
    if len(before) >= len(above.value) or len(label) <= len(field.label):
        return
    if not label.endswith(field.label):
        return
    above.value = before
    field.name, field.label = name, label
    field.segments.insert(0, above.segments[-1])


def _take_goes_on(field: Field, segments: list[Segment], index: int, result: Layout) -> int:
    """Add the lines below segment *index* that go on with *field*'s value; how many.

    The value, whole, may hold a label run into it on a line it wrapped
    onto: "Duty Station :Cox's Bazar, Bangladesh Classification
    Professional Staff," / "Grade P3".
    """
    following = next_line(segments, index)
    if following is None or not _value_goes_on(field, following, result, segments):
        return 0
    taken = _take_value_lines(field, segments, index, result)
    result.fields.extend(_run_in_fields(field))
    return taken


def _take_value_lines(field: Field, segments: list[Segment], index: int, result: Layout) -> int:
    """Add to *field*'s value the lines below that go on with it; how many were taken.

    A narrow page wraps a value over several: "Type of Appointment: Special
    short-term graded, up to 6" / "months, with possibility" / "of extension".
    Once a value goes on, any line right below that begins in lower case goes
    on with it too.
    """
    taken = 0
    following = next_line(segments, index)
    while following is not None and (
        _value_goes_on(field, following, result, segments)
        or (taken and not following.bullet and following.text[:1].islower())
    ):
        if not (_in_cell_below(field, following, result) or _another_supervisor(field, following)):
            field.wrapped = True
        # "...(Reference Number): EXPEDITED VN-" / "US10-2026-017": a code cut at its hyphen.
        field.value = joined_text(field.value, following.text)
        field.segments.append(following)
        taken += 1
        following = next_line(segments, index + taken)
    if taken:
        field.value = _emphasis_closed(field.value)
    return taken


def _emphasis_closed(value: str) -> str:
    """*value*, gone on over lines, without the markdown emphasis its last line closes.

    "Type of Appointment: **One Year Fixed Term graded, 1 (one) year with" /
    "possibility of extension.**" (seed 002 wrapped at 72): the label's line
    lost its opening marks with the label's (:func:`match_label`), the last
    line keeps the closing ones.
    """
    if value.endswith(("**", "__")) and value.count(value[-2:]) % 2 == 1:
        return value[:-2].rstrip(" *_")
    return value


def _value_goes_on(
    field: Field, following: Segment, result: Layout, segments: list[Segment]
) -> bool:
    """Whether *following* goes on with *field*'s value, cut where text was wrapped.

    The line right below, no list item, goes on with the value where it
    begins in lower case or with a digit and the value ends on a word that
    leads on ("Type of Appointment: Special short-term graded, up to 6
    months, with" / "possibility of extension"; "... al 15 de septiembre
    de" / "2019"), on a comma ("jusqu'à 6 mois," / "avec possibilité de
    prolongation"), on a number whose unit begins the line ("hasta 6" /
    "meses"), on a month whose year does ("au 12 octobre" / "2019", "to
    September" / "15, 2019") or on a day whose month and year do ("by 20" /
    "March 2025"); where the text was wrapped at a width the
    value's line left no room under, the line in lower case ("... with
    possibility" / "of extension") or, no label or heading, in capitals
    (:func:`_goes_on_in_capitals`); label or heading aside, where the value
    left a bracket open ("23:59 (hora de" / "Ginebra)"); and below a title,
    where the line holds only the marks a title ends in ("... de données" /
    "(P)"); label or heading aside, where the line begins where a table
    row's value began, in the value's cell (:func:`_in_cell_below`), or
    names the next supervisor in the form's cell (:func:`_another_supervisor`).
    A value may end on such a word, "Tanzania, the United Republic of", but
    the line below it then begins a label or a heading, in capitals. Nothing
    goes on with a table's row, closed by its last bar, or on a rule or a
    grid table's border.
    """
    if following.bullet or closed_row(field) or _is_furniture(following.text):
        return False
    if (
        in_bracket(field.value)
        or _in_cell_below(field, following, result)
        or _another_supervisor(field, following)
    ):
        # "23:59 (hora de" / "Ginebra)": a bracket left open closes below; a
        # table's value goes on in its cell, below its row, indented or not.
        return _neither_label_nor_heading(following.text, result)
    first = following.text[:1]
    if not (first.islower() or first.isdigit()):
        return _goes_on_in_capitals(field, following, result, segments)
    last_word = field.value.rpartition(" ")[2]
    if last_word.lower() in PHRASE_GOES_ON or last_word.endswith(","):
        return True
    if _cut_inside(last_word, following.text):
        return True
    return first.islower() and _full_value_line(field, following, result, segments)


def _another_supervisor(field: Field, following: Segment) -> bool:
    """Whether *following* names the next supervisor in the form's cell of *field*'s value.

    "Reports directly to<tab>20069753 (Mrs Jewel ALI) – administrative
    supervisor" / "20087786 (Ms Livia MANENTE) – direct supervisor": a post
    description's table copied as text, the cell's second line not indented
    (seed 000 wrote it so below the label alone). Each line ends on its role.
    """
    return (
        field.name == "reports_to"
        and _SUPERVISOR_ROLE.search(field.value) is not None
        and _SUPERVISOR_ROLE.search(following.text) is not None
    )


# A supervisor's role after a dash, where the form's line ends: "... – direct supervisor".
_SUPERVISOR_ROLE: Final = re.compile(r"\s[-\u2013\u2014]\s*(?:\w+\s+)?supervisor$", re.IGNORECASE)


def _in_cell_below(field: Field, following: Segment, result: Layout) -> bool:
    """Whether *following* goes on in the cell of *field*'s value, right below its row.

    "Type of Appointment<tab>Fixed term, one year" / "<tab>with possibility
    of extension": the line begins where the row's value did, as the text
    was written (:func:`goes_on_in_cell`).
    """
    return following.number == field.segments[-1].number + 1 and goes_on_in_cell(
        result.written_lines(following.number), field.segments[0].number, following.number
    )


def _goes_on_in_capitals(
    field: Field, following: Segment, result: Layout, segments: list[Segment]
) -> bool:
    """Whether *following*, which begins in neither lower case nor a digit, goes on with *field*.

    It holds the marks a title ends in ("... en matière de données" /
    "(P)"), or *following* is no label or heading and the value ends on
    "and" ("...contributing: Labour Mobility and" / "Social
    Inclusion Unit, IOM Ghana.") or a dash, or its line was full where the text was
    wrapped at a width ("...to which the Consultant is contributing:
    Migrant" / "Protection and Assistance Unit, IOM Ethiopia.").
    """
    text = following.text
    if field.name == "title" and text.startswith("(") and _only_marks(text):
        return True
    # "...contributing: Labour Mobility and" / "Social Inclusion Unit, IOM
    # Ghana.": a value that ends on "and" goes on, wrapped or not. Not on
    # other words that lead on: "Tanzania, the United Republic of" is whole.
    cut = field.value.rpartition(" ")[2].lower() in _AND
    # "Position Title: JPO - Programme Officer (Search and Rescue (SAR)) -" /
    # "(Dutch Nationals only)": no value ends on a dash either.
    cut = cut or field.value.endswith((" -", " \u2013"))
    # "...en la gestión de la migración." / "Información de la consultoría": a
    # line in capitals after a value's sentence ends begins anew, full or not.
    full = not field.value.endswith(".") and _full_value_line(field, following, result, segments)
    return (cut or full) and _neither_label_nor_heading(text, result)


def _neither_label_nor_heading(text: str, result: Layout) -> bool:
    # A label run into its value is one too: "Job TitleSenior Operations Associate
    # (...)" / "LocationPort Sudan", a board's table wrapped where the title filled its line.
    # Under a post description's "Position Information", a label a space apart from its
    # value ("Position Title Senior Operations Associate (...)" / "Position Grade G6").
    return (
        match_label(text) is None
        and match_run_together(text) is None
        and match_heading(text) is None
        and not (
            result.sections[-1].kind == "position_information"
            and match_spaced_label(text) is not None
        )
    )


# "And" as the header's languages write it: no name of a place or a unit ends with it.
_AND: Final = frozenset({"and", "&", "et", "y"})


def _full_value_line(
    field: Field, following: Segment, result: Layout, segments: list[Segment]
) -> bool:
    # Text wrapped at a width: the line's first word did not fit on the value's line.
    # A field of a dashed list ("- Type of Appointment: ... Contract, 6" /
    # "Months (With a possibility...)" at 72): its line counted with its dash.
    last = field.segments[-1]
    return did_not_fit(
        result.as_counted(last, result.written_lines(last.number)),
        following.text.partition(" ")[0],
        page_width(result, segments),
    )


def _only_marks(text: str) -> bool:
    """Whether *text* is nothing but the marks a title may end in: "(P)", "(UG) (2 Positions)"."""
    name, marks = title_marks(f"Title {text}")
    return bool(marks) and name == "Title"


def _cut_inside(last_word: str, below: str) -> bool:
    """Whether a value that ends in *last_word* was cut inside a length or a date *below* ends."""
    # "..., hasta 6" / "meses, con posibilidad de extensión", "..., Six" / "months
    # with possibility of extension": before the unit.
    if number(last_word) is not None and is_duration_unit(below.partition(" ")[0]):
        return True
    # "du 28 septembre 2019 au 12 octobre" / "2019", "... by 20" / "March 2025".
    return date_cut(last_word, below)


# The most lines between a value cut short and the rest of it (a PDF's blank lines).
_CONTINUED_GAP: Final = 3


def _cut_short(value: str) -> bool:
    """Whether *value* stops mid-phrase: on a word no phrase ends with, or in a bracket."""
    return leads_on(value) or in_bracket(value)


def _take_continued(field: Field, segments: list[Segment], index: int) -> int:
    """Add to *field*'s value, which ends mid-phrase, the lines that go on with it.

    The first may stand a few blank lines below; the next ones follow it
    directly, up to a blank line, a list item, a label or a heading, or a
    line that ends a sentence, or that closes the bracket the value left
    open. Returns how many lines were taken.
    """
    taken: list[Segment] = []
    last = segments[index]
    still_open = field.value.count("(") - field.value.count(")")
    bracket = still_open > 0  # the value left a bracket open: it ends where that closes
    for segment in segments[index + 1 :]:
        gap = segment.number - last.number
        if (gap > 1 and taken) or gap > _CONTINUED_GAP or _no_value(segment):
            break
        if match_heading(segment.text) is not None:
            break
        taken.append(segment)
        last = segment
        still_open += segment.text.count("(") - segment.text.count(")")
        if segment.text.endswith(".") or (bracket and still_open <= 0):
            break
    if taken:
        value = field.value
        for segment in taken:
            value = joined_text(value, segment.text)
        field.value = _emphasis_closed(value)
        field.segments.extend(taken)
    return len(taken)


def _open(result: Layout, segment: Segment, kind: str, trailing: str) -> None:
    # Footnote marks ("[footnoteRef:1]") are rare: the heading is read again only for one.
    _, footnote = heading_text(segment.text) if "[" in segment.text else ("", "")
    if not footnote and not trailing and segment.text[-1:].isdigit():
        # No heading's words end in a figure: one after them, glued, is a mark ("Competencies1").
        footnote = footnote_mark(segment.text)
    if footnote:
        result.footnotes.append(Segment(segment.number, footnote))
    section = Section(kind, segment)
    if kind in TRAILING:
        section.trailing = trailing
    elif trailing:
        # "Experience - Experience in effectively assisting...": the rest is content.
        section.content.append(Segment(segment.number, trailing))
        result.run_in.add(segment.number)
    result.sections.append(section)


def _run_in_fields(field: Field) -> list[Field]:
    """The fields a job board ran into *field*'s value, one after another, on the same line.

    A page that joined the header's lines into one paragraph ("Position
    Title: Project Officer Duty Station: Bissau, Guinea-Bissau Grade: P-2
    Closing Date: ...") gives each field its own value.
    """
    found: list[Field] = []
    current = field
    while len(found) < _MOST_RUN_IN and (following := _second_field(current)) is not None:
        found.append(following)
        current = following
    return found


# The most fields a line gives after its first: a header has fewer than twenty,
# and each split copies the rest of the line.
_MOST_RUN_IN: Final = 20


def _second_field(field: Field) -> Field | None:
    """The field whose label a job board ran into *field*'s value, on the same line."""
    if ":" not in field.value:
        return _classification_within(field) if " Classification " in field.value else None
    split = split_next_label(field.value)
    if split is None:
        return None
    field.value, (name, label, value) = split
    return Field(name, label, value, list(field.segments))


def _classification_within(field: Field) -> Field | None:
    """The grade a job board ran into *field*'s value with no colon: two table cells joined.

    "Duty Station :Cox's Bazar, Bangladesh Classification Professional
    Staff, Grade P3" (impactpool, IOM Bangladesh, 2018). Only where what
    follows "Classification" is a grade: "Senior Classification Officer"
    is a title.
    """
    head, _, grade = field.value.partition(" Classification ")
    if not head or read_grade(grade) is None:
        return None
    field.value = head.strip()
    return Field("grade", "Classification", grade.strip(), list(field.segments))


def _wrapped(field: Field, following: Segment) -> Field | None:
    """The next field, where text wrapped at a fixed width ran *field*'s line into *following*."""
    if following.bullet:
        return None
    return _straddling(field, following) or _run_on(field, following)


def _straddling(field: Field, following: Segment) -> Field | None:
    """The field whose label begins at the end of *field*'s line and ends on the next.

    Text wrapped at a fixed width cuts a label in two: "Identification du
    poste (Numéro de référence) : 15494 Intitulé" / "du poste : Agent de
    réintégration (P)". The word moves to the label it begins, and
    *field*'s value loses it.
    """
    if ":" not in following.text:
        return None
    head, _, word = field.value.rpartition(" ")
    if not head or not word[:1].isupper():
        return None
    # The joined label first: its first word (the value's last) seldom begins one.
    found = match_label(f"{word} {following.text}")
    if found is None or match_label(following.text) is not None:
        return None
    field.value = head.rstrip()
    # Both fields were read from both lines: where *field*'s value ends, the
    # line below says.
    straddling = Field(found[0], found[1], found[2], [field.segments[-1], following])
    field.segments.append(following)
    return straddling


def _run_on(field: Field, following: Segment) -> Field | None:
    """The field run into the line onto which *field*'s value was wrapped.

    "Type de poste vacant : Avis spécial de" / "vacance de poste Durée
    initiale: 6 mois": the line below goes on with the value (in lower case),
    then holds the next label. *field*'s value takes the words before it.
    """
    text = following.text
    if not text[:1].islower() or ":" not in text:
        return None
    at = text.find(" ")
    while at >= 0:
        start = at + 1
        if text[start : start + 1].isupper() and (found := match_label(text[start:])) is not None:
            field.value = f"{field.value} {text[:at].rstrip()}"
            field.segments.append(following)
            return Field(found[0], found[1], found[2], [following])
        at = text.find(" ", start)
    return None


# The longest first half of a label broken over two lines: "Proyecto de la OIM
# o departamento de la OIM al que el consultor presta" (70 characters, IOM
# Guatemala's terms of reference) / "servicios: ...".
_SPLIT_LABEL_LONGEST: Final = 80


def _split_label(text: str, segments: list[Segment], index: int) -> Field | None:
    """A label broken over two lines: "Estimated Start" / "Date: 15 March 2024".

    *text* is the line ``segments[index]`` holds, without its numbering ("5.
    Organizational Department / Unit to which the Consultant is" /
    "contributing: Labour Mobility..."); the label's second half is on the
    line below.
    """
    if ":" in text or len(text) > _SPLIT_LABEL_LONGEST:
        return None
    following = next_line(segments, index)
    if following is None:
        return None
    found = match_label(f"{text} {following.text}")
    if found is None or len(found[1]) <= len(text):
        return None
    return Field(found[0], found[1], found[2], [segments[index], following])


def _take_split(split: Field, segments: list[Segment], index: int, result: Layout) -> int:
    """Add *split*, a label over two lines from *index* on, and the lines its value goes on in.

    A label that holds no value takes it from the line below, or one blank
    line below, as a label on one line does: "Organizational Department/Unit
    to which the Consultant is" / "contributing:" / "Transition and Recovery
    Unit (TRU)" (IOM Ukraine's terms at 64 columns).
    """
    result.fields.append(split)
    below = index + len(split.segments) - 1  # the last of its lines
    if not split.value:
        value = next_line(segments, below) or _value_after_blank(segments, below)
        if value is not None and not _no_value(value) and match_heading(value.text) is None:
            split.value = value.text
            split.segments.append(value)
            at = segments.index(value)
            return at + 1 + _take_goes_on(split, segments, at, result)
    return below + 1 + _take_goes_on(split, segments, below, result)


def _bare_label_over_two_lines(segments: list[Segment], index: int) -> Field | None:
    """A label alone on its line, wrapped onto the next, and its value below them.

    The post description form's question wrapped at a page's width: "Is this
    a Regional, HQ, MAC, PAC, Liaison Office or Country Office based" /
    "position?" / "Country Office".
    """
    following = next_line(segments, index)
    if following is None or following.bullet:
        return None
    name = match_bare_label(f"{segments[index].text} {following.text}")
    value = _value_below(segments, index + 1) if name is not None else []
    if name is None or not value:
        return None
    return _bare_field(name, [segments[index], following], value)


def _spaced_question_over_two_lines(segments: list[Segment], index: int) -> Field | None:
    """The form's question and its answer, a space between them, wrapped onto the next line.

    "Is this a Regional, HQ, MAC,PAC, Liaison Office, or aCountry Office
    based" / "position? Country Office": a board's copy of the table under
    "Position Information" (see :func:`match_spaced_label`), wrapped.
    """
    following = next_line(segments, index)
    if following is None or following.bullet or "? " not in following.text:
        return None
    found = match_spaced_label(f"{segments[index].text} {following.text}")
    if found is None:
        return None
    name, label, value = found
    return Field(name, label, value, [segments[index], following])


def _unemphasized(value: str) -> str:
    """*value* below its label without markdown's emphasis about it, as on the label's line.

    "Duty Station:" / "**Shengjin, Albania**": a markdown copy of a header
    table whose labels stand above their values (seed 002's cells so).
    """
    return value.strip(" *_")


def _bare_field(name: str, label: list[Segment], value: list[Segment]) -> Field:
    """The field *name* of a label alone on its lines, *label*, and the lines of its *value*."""
    translated = _translated_value(name, value)
    text = " ".join(part.text for part in value) if translated is None else translated
    written = " ".join(part.text for part in label).rstrip(":? ")
    field = Field(name, written, _unemphasized(text), [*label, *value])
    if translated is None and all(part.bullet for part in value):
        _list_value(field, value)  # "Reports directly to" / "- Head of Office" / "- ..."
    return field


def _table_cells(segments: list[Segment], index: int) -> list[Field] | None:
    """The fields of a header table copied out of a document, a blank line after each cell.

    "Position Title" / "PME national consultant", or a row of two labels
    and the row of their values below ("Type of Appointment" / "Duration of
    Consultancy" / "Consultancy" / "75 working days..."), as an IOM Moldova
    call reads on a job board: the labels at *index* and on, then as many
    values, one a line. An older call of the same office has a column of
    colons between them (see :func:`_colon_row`). ``None`` where the lines
    are not such a table.
    """
    labels = _labels_alone(segments, index, lambda at: _one_blank_apart(segments, at))
    apart = _one_blank_apart
    colon = _colon_row(segments, index) if labels else None
    if colon is not None:
        labels, apart = colon[0], _cell_below
    at = index + len(labels) + (colon is not None)
    values = segments[at : at + len(labels)]
    # A row of colons says the lines are a table even where the text ends before
    # the row's last values (a message or a page cut short): those there pair.
    cut_short = colon is not None and bool(values) and at + len(values) == len(segments)
    if (
        not labels
        or (len(values) < len(labels) and not cut_short)
        or not all(apart(segments, i) for i in range(at - 1, at + len(values) - 1))
        or any(_no_value(value) for value in values)
    ):
        return None
    cells = _paired(labels[: len(values)], values)
    # Labels whose values the text lost: kept, as a label no field reads is.
    cells += [Field(_UNKNOWN_LABEL, label.text, "", [label]) for _, label in labels[len(values) :]]
    if colon is not None:
        cells[0].segments.insert(1, colon[1])
    return cells


def _colon_row(
    segments: list[Segment], index: int
) -> tuple[list[tuple[str, Segment]], Segment] | None:
    """A header table's labels from *index* on, and the cell of the colon after them, if any.

    A column of colons between the labels and their values ("Position
    Title" / ":" / "Project Officer", IOM Moldova, 2022): a row's labels
    ("Type of Appointment" / "Duration:" / "All Inclusive Salary:"), each
    at most a blank line below the one before, then a cell holding only a
    colon. A label the reader knows no field for, ending in its colon ("All
    Inclusive Salary:"), is one of the row's (named ``unknown``: kept as
    unclassified with its value). The colon's cell is what says the lines
    are a table, so a page's break may have closed up the blank lines.
    """
    labels: list[tuple[str, Segment]] = []
    at = index
    while at < len(segments) and len(labels) < _MOST_LISTED:
        text = segments[at].text
        if text == ":":
            return (labels, segments[at]) if labels else None
        name = match_bare_label(text)
        if name is None and (not text.endswith(":") or len(text) > _LABEL_PART):
            return None
        labels.append((name or _UNKNOWN_LABEL, segments[at]))
        if not _cell_below(segments, at):
            return None
        at += 1
    return None


def _cell_below(segments: list[Segment], index: int) -> bool:
    """Whether the segment after ``segments[index]`` is right below it or one blank line below."""
    return (
        index + 1 < len(segments)
        and segments[index + 1].number - segments[index].number <= _CELL_GAP
    )


# How far a table's next cell stands below the last: a blank line between them, or none.
_CELL_GAP: Final = 2
# The field name of a table's label the reader does not know: no field reads it.
_UNKNOWN_LABEL: Final = "unknown"


def _label_column(segments: list[Segment], index: int) -> list[Field] | None:
    """The fields of a header table read a column at a time, its labels, then its values.

    A PDF's two-column header table, as text extraction that reads each
    column in turn gives it: "Position Title" / "Duty Station" /
    "Classification", a blank line, then "Senior Programme Assistant" /
    "Berbera, Somaliland" / "General Service Staff, Grade G6". Two labels
    or more, one a line, then as many values, one a line, and no line right
    below the last: a value that goes on below would leave the rest
    unpaired. ``None`` where the lines are not such a table.
    """
    labels = _labels_alone(
        segments,
        index,
        lambda at: at == index or segments[at].number == segments[at - 1].number + 1,
    )
    at = index + len(labels)
    values = segments[at : at + len(labels)]
    below = segments[at + len(labels)] if at + len(labels) < len(segments) else None
    if (
        len(labels) < 2  # noqa: PLR2004 -- one label and its value below are a form's
        or len(values) < len(labels)
        or any(b.number != a.number + 1 for a, b in itertools.pairwise(values))
        or (below is not None and below.number == values[-1].number + 1)
        or any(_no_value(value) or match_heading(value.text) for value in values)
    ):
        return None
    return _paired(labels, values)


def _labels_alone(
    segments: list[Segment], index: int, in_line: Callable[[int], bool]
) -> list[tuple[str, Segment]]:
    """The labels alone on their lines from *index* on, each with its field's name.

    As long as ``in_line(at)`` says the line at *at* stands where the next
    label of the run would.
    """
    labels: list[tuple[str, Segment]] = []
    at = index
    while at < len(segments) and in_line(at):
        name = match_bare_label(segments[at].text)
        if name is None:
            break
        labels.append((name, segments[at]))
        at += 1
    return labels


def _paired(labels: list[tuple[str, Segment]], values: list[Segment]) -> list[Field]:
    """The fields of *labels* (each with its field's name) and their *values*, in order."""
    return [
        Field(name, label.text.rstrip(":? "), _unemphasized(value.text), [label, value])
        for (name, label), value in zip(labels, values, strict=True)
    ]


def _value_after_blank(
    segments: list[Segment], index: int, *, header: bool = False
) -> Segment | None:
    """The value one blank line below a label that ends in a colon and holds none.

    "Departamento/unidad de la Organización a que presta servicios el
    consultor/la consultora:", a blank line, then the unit (a consultancy
    call, 2025): the colon says a value follows. In the *header*, a list
    there is the value too, its first item given: "Duty Stations:" / "" /
    "- Bangkok, Thailand" / "- Dakar, Senegal", a page's paragraph and the
    list after it, as ``html_text`` writes ``<p>Duty Stations:</p><ul>...``
    (its items: :func:`_items_below`).
    """
    # "***Posting period:***": the colon inside the emphasis counts.
    if not segments[index].text.rstrip("*_").endswith(":"):
        return None
    below = _line_a_blank_below(segments, index)
    if below is None and header and _one_blank_apart(segments, index):
        listed = segments[index + 1]
        return listed if listed.bullet else None
    return below


def _line_a_blank_below(segments: list[Segment], index: int) -> Segment | None:
    """The line one blank line below ``segments[index]``, if it may be a value there.

    No list item, label or heading: those begin anew.
    """
    if not _one_blank_apart(segments, index):
        return None
    below = segments[index + 1]
    return None if _no_value(below) or match_heading(below.text) else below


def _no_value(segment: Segment) -> bool:
    """Whether *segment* cannot be a table cell's value: a list item, a label, layout."""
    text = segment.text
    return (
        segment.bullet
        or match_bare_label(text) is not None
        or match_label(text) is not None
        or _is_furniture(text)
    )


def _value_a_blank_line_below(label: Segment, segments: list[Segment], index: int) -> list[Segment]:
    """The value of *label*, a label alone at *index*, one blank line below it: its lines.

    IOM's recruitment system's sections as a page's HTML sets them out, each
    block a paragraph: "Organizational Department / Unit to which the
    Consultant is contributing" / "" / "Programa de “Intervenciones...”.".
    Only a label of three words or more: "Location" or "Grade" alone may head
    anything. A list, a label or a heading there is no value.
    """
    below = _line_a_blank_below(segments, index)
    if len(label.text.split()) < _LONG_LABEL_WORDS or below is None:
        return []
    return [below, *_value_below(segments, index + 1)]


# The fewest words of a label alone whose value may stand a blank line below it.
_LONG_LABEL_WORDS: Final = 3


def _one_blank_apart(segments: list[Segment], index: int) -> bool:
    """Whether the segment after ``segments[index]`` is one blank line below it."""
    return index + 1 < len(segments) and segments[index + 1].number == segments[index].number + 2


def _value_below(segments: list[Segment], index: int, *, form: bool = False) -> list[Segment]:
    """The lines right below a label alone on its line, up to a blank line or the next label.

    A label wrapped onto a second line is one too: the form's question as a
    PDF's column wraps it ("Is this a Regional, HQ, MAC, PAC, Liaison Office
    or Country Office" / "based position?"). With *form*, the next label may
    stand with a space before its value ("Position rated on 6 June 2024"
    below "...based position?" / "Country Office", a board's copy wrapped).
    """
    value: list[Segment] = []
    expected = segments[index].number + 1
    for at in range(index + 1, len(segments)):
        segment = segments[at]
        if segment.number != expected:
            break
        if match_bare_label(segment.text) or match_heading(segment.text):
            break
        if value and _wrapped_label_at(segments, at):
            break
        if _is_furniture(segment.text):
            break
        if value and value[-1].text.endswith(_VALUE_ENDS) and segment.text[:1].isupper():
            break  # "5 meses (del 1 de abril al 31 de agosto de 2019)", then the next line
        if value and segment.bullet and _labels_a_value(segment):
            break  # "6. Duración de la consultoría: 3 meses", the next field of a numbered list
        if value and form and match_spaced_label(segment.text):
            break
        value.append(segment)
        expected += 1
    return value


def _labels_a_value(segment: Segment) -> bool:
    """Whether the list item *segment* is a label and its value."""
    found = match_label(segment.item) if ":" in segment.item else None
    return found is not None and bool(found[2])


def _wrapped_label_at(segments: list[Segment], index: int) -> bool:
    """Whether the line at *index* and the next are one label alone, wrapped."""
    following = next_line(segments, index)
    return (
        following is not None
        and match_bare_label(f"{segments[index].text} {following.text}") is not None
    )


# How a value ends that the line below does not go on with, if it starts with a capital.
_VALUE_ENDS: Final = (".", ")", ";", "!", "?")
