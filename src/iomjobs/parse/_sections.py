"""From segments to sections and header fields (internal).

Headings open sections; "Label: value" lines (or a label alone on its line
with the value below it, as in the post description form) are header fields
wherever they stand; everything else is the content of the section it is in.
Content before the first heading belongs to the preamble. The sections and
fields are a ``_layout.Layout``; ``_rows`` reads the field a line or a
table's row holds, ``_field_lines`` the lines a field's value takes,
``_values_apart`` the values of labels alone on their lines, and
``_furniture`` tells the lines that are layout.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs._text import LOST, fold_text
from iomjobs.parse import _places as places
from iomjobs.parse._competencies import GROUP_HEADING_WORDS, declared_count, group_level, group_note
from iomjobs.parse._field_lines import (
    bare_field,
    bare_label_over_two_lines,
    spaced_question_over_two_lines,
    split_label,
    take_field,
    take_split,
)
from iomjobs.parse._furniture import FURNITURE_FIRST, is_furniture
from iomjobs.parse._layout import Field, Layout, Section, page_width
from iomjobs.parse._leftover import says_more
from iomjobs.parse._link_list import link_list
from iomjobs.parse._mail import mail_header, sign_off
from iomjobs.parse._rows import (
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
    next_line,
)
from iomjobs.parse._values_apart import (
    LABEL_PART,
    MOST_LISTED,
    label_column,
    table_cells,
    value_a_blank_line_below,
    value_below,
)
from iomjobs.parse._vocabulary import (
    FRONT_MATTER_KEYS,
    TRAILING,
    first_folded_word,
    footnote_mark,
    heading_and_first_word,
    heading_before_colon,
    heading_first_words,
    heading_text,
    label_first_words,
    match_bare_label,
    match_heading,
    match_label,
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
    while at < stop and len(items) < MOST_LISTED:
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
    if len(heading) > LABEL_PART or match_heading(heading) is None:
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
        if below is None or below.bullet or len(item) > LABEL_PART:
            return None
        if ":" in item or (found := match_label(f"{item} {below.text}")) is None:
            return fold_text(item.rstrip(":")) if match_bare_label(item) else None
        if len(found[1]) <= len(item):
            return None
    return fold_text(found[1])


# The lines a listed label's second half and value may take below it, wrapped.
_LINES_UNDER_ITEM: Final = 4
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
        return take_field(Field(found[0], found[1], found[2], [segment]), segments, index, result)
    split = split_label(item, segments, index)
    return None if split is None else take_split(split, segments, index, result)


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
        return take_field(field, segments, index, result)
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
        return take_field(field, segments, index, result)
    split = split_label(segment.text, segments, index) if labelled else None
    bare = match_bare_label(segment.text) if labelled and split is None else None
    if labelled and split is None and bare is None:
        split = bare_label_over_two_lines(segments, index)
    if form and labelled and split is None and bare is None:
        split = spaced_question_over_two_lines(segments, index)
    if split is not None:
        return take_split(split, segments, index, result)
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
        or (first in FURNITURE_FIRST and is_furniture(segment.text))
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
    return take_field(field, segments, index, result)


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
        or _qualified(segment.text, head, name)
        or not label[:1].isupper()  # "Tipo de consultoría: Tipo B": a label's own words
        or words[-1].lower() in _JOINING_WORDS  # "TITULAR DEL CONTRATO DE CONSULTORÍA:"
        or "<" in head  # markup: "<p>Position Title:"
        or _SENTENCE_IN.search(head)
        # "Mexico City: 2 posts", "Kuwait City:": a place's name, no label after words.
        or label.casefold() == "city"
    ):
        return None
    return Segment(segment.number, head), Field(name, label, value, [segment])


def _qualified(text: str, head: str, name: str) -> bool:
    """Whether *head*, one word before a date's or a place's label in *text*, qualifies it.

    "Project Closing Date:", "Visa Expiry Date:", "Project Duty Station:": the
    project's or the visa's, no date or place of the notice's. Not a name in
    capitals ("IOM", "SVN"), nor a word glued to the label ("...Duty
    Station:", what a board lost before it), nor a place's name; and a
    title's label takes a word before it as before ("Role Title:").
    """
    return (
        name in _QUALIFIABLE
        and " " not in head
        and head.isalpha()
        and head.istitle()
        and text[len(head) : len(head) + 1].isspace()
        # A place is the value of the line above ("Geneva" / "Estimated Start Date: ..."
        # run together), no qualifier.
        and not places.is_place(head)
    )


# The fields whose label one word before may make another thing's: a date's, a place's.
_QUALIFIABLE: Final = frozenset(
    {"closing", "start", "posted", "posting_period", "duty_station", "duty_city"}
    | {"duty_country", "duration", "rated_on"}
)

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
    one blank line below (:func:`value_a_blank_line_below`). *form*: under
    a post description's "Position Information" (see :func:`value_below`).
    """
    segment = segments[index]
    value = value_below(segments, index, form=form)
    if value:
        result.fields.append(bare_field(bare, [segment], value))
        return index + 1 + len(value)
    if len(result.sections) == 1 and (
        (cells := table_cells(segments, index)) is not None
        or (cells := label_column(segments, index)) is not None
    ):
        result.fields.extend(cells)
        return index + sum(len(cell.segments) for cell in cells)
    value = value_a_blank_line_below(segment, segments, index)
    if value:
        result.fields.append(bare_field(bare, [segment], value))
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
