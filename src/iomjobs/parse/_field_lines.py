"""A header field's value over the lines it takes (internal).

:func:`take_field` adds the field a line holds to the layout, with the lines
its value goes on in: the line below where the label holds none, a list
below, the lines a wrap cut the value onto, and the fields a board ran into
it on the same line. A label broken over two lines is read by
:func:`split_label` and :func:`take_split`; the form's question wrapped, by
:func:`bare_label_over_two_lines` and :func:`spaced_question_over_two_lines`.
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs._text import number
from iomjobs.parse._dates import date_cut
from iomjobs.parse._furniture import is_furniture
from iomjobs.parse._interpret import is_duration_unit, read_grade
from iomjobs.parse._layout import Field, Layout, page_width
from iomjobs.parse._rows import closed_row
from iomjobs.parse._segments import (
    Segment,
    brackets_opened,
    did_not_fit,
    in_bracket,
    joined_lines,
    joined_text,
    joined_texts,
    next_line,
)
from iomjobs.parse._sentences import AUXILIARY
from iomjobs.parse._titles import title_marks
from iomjobs.parse._values_apart import (
    labels_a_value,
    no_value,
    unemphasized,
    value_after_blank,
    value_below,
)
from iomjobs.parse._vocabulary import (
    PHRASE_GOES_ON,
    label_begun_before,
    leads_on,
    match_bare_label,
    match_heading,
    match_label,
    match_run_together,
    match_spaced_label,
    split_next_label,
)


def take_field(field: Field, segments: list[Segment], index: int, result: Layout) -> int:
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
    following = _line_below(field, segments, index, result)
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
            field.value = unemphasized(field.value)
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


def _line_below(
    field: Field, segments: list[Segment], index: int, result: Layout
) -> Segment | None:
    """The line below *field*'s, which may hold its value or what goes on with it; else ``None``.

    Where the label holds no value, the line one blank line below may be it;
    the notice's prose is not (:func:`_prose_below`).
    """
    following = next_line(segments, index)
    if field.value:
        return following
    if following is None:
        following = value_after_blank(segments, index, header=len(result.sections) == 1)
    return None if following is None or _prose_below(field, following) else following


def _prose_below(field: Field, below: Segment) -> bool:
    """Whether *below*, under *field*'s label that holds no value, is the notice's prose.

    A page's "Location:" left empty, then "Under the direct supervision of
    the Programme Manager, the Project Assistant will:" or "The
    International Organization for Migration (IOM) is the leading...": a
    sentence, some words, a verb's auxiliary among them, that ends in a
    stop or a colon, is no place, grade, reference or title. The sentence
    had been read as two duty stations, or the label and it left
    unclassified. A sentence that names a place after "in" or "at" is the
    station's words ("The consultant's duty station will be the IOM office
    in Addis Ababa."): the header reads the place in it.
    """
    text = below.text.rstrip()
    return (
        field.name in _FACT_FIELDS
        and not below.bullet
        and text.endswith((".", ":"))
        and len(text.split()) >= _PROSE_WORDS
        and AUXILIARY.search(text) is not None
        and _PLACE_NAMED.search(text) is None
    )


# The fields whose value is a name or a code, never a sentence: a place, a grade, a
# kind, a reference, the post's title. Not a date's, a contract's or a salary's, which
# a sentence may give ("The consultancy will start on 1 May 2026.").
_FACT_FIELDS: Final = frozenset(
    {"title", "duty_station", "duty_city", "duty_country", "country", "grade",
     "vacancy_type", "recruiting_type", "reference", "position_number", "number_of_posts"}
)  # fmt: skip
# The fewest words of a sentence of prose below an empty label.
_PROSE_WORDS: Final = 8
# A place a sentence names: capitalized words after "in" or "at".
_PLACE_NAMED: Final = re.compile(r"\b(?:in|at|en|em)\s+[A-Z]")


def _list_value(field: Field, items: list[Segment]) -> None:
    """Give *field* the value its list *items* hold: their text, a paragraph each."""
    if items:
        field.value = "; ".join(item.item for item in items)
        field.paragraphs = [item.item for item in items] if len(items) > 1 else []


def _items_below(segments: list[Segment], index: int) -> list[Segment]:
    """The list below the label at *index*, which holds no value: its items, in order.

    The list begins on the next line, right below the label or a blank line
    below it (:func:`value_after_blank`). Up to the list's end, or an item that is
    a label and its value (the next field, in a list of them).
    """
    items: list[Segment] = []
    below = segments[index + 1] if index + 1 < len(segments) else None
    while below is not None and below.bullet:
        if not below.item or len(items) == _MOST_ITEMS_BELOW or labels_a_value(below):
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
    # The brackets the value leaves open, and its end, kept line by line as it
    # goes on; its lines are joined once, when all are taken. Counted and
    # joined in the whole value at each, a value of many lines took time
    # growing with their square.
    still_open = brackets_opened(field.value)
    texts, end = [field.value], field.value
    while following is not None and (
        _value_goes_on(field, following, result, segments, bracket_open=still_open > 0, end=end)
        or (taken and not following.bullet and following.text[:1].islower())
    ):
        if not (
            _in_cell_below(field, following, result)
            or (field.name == "reports_to" and _another_supervisor(end, following))
        ):
            field.wrapped = True
        # "...(Reference Number): EXPEDITED VN-" / "US10-2026-017": a code cut at its hyphen.
        end = _value_end(joined_text(end, following.text))
        texts.append(following.text)
        still_open += brackets_opened(following.text)
        field.segments.append(following)
        taken += 1
        following = next_line(segments, index + taken)
    if taken:
        field.value = _emphasis_closed(joined_texts(texts))
    return taken


def _value_end(value: str) -> str:
    """The end of *value*, which is all a line below is asked about with.

    Whether a line goes on with a value is told by the value's last word
    and marks (:func:`_value_goes_on`), and by a supervisor's role after a
    dash (:func:`_another_supervisor`): far shorter than the end kept. A
    "word" longer than that, a run of letters with no space, would be read
    by its last 500 characters, and answer as it would whole.
    """
    return value[-_VALUE_END:] if len(value) > 2 * _VALUE_END else value


# How much of a value's end is kept as it goes on: far more than a word or a role.
_VALUE_END: Final = 500


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
    field: Field,
    following: Segment,
    result: Layout,
    segments: list[Segment],
    *,
    bracket_open: bool | None = None,
    end: str | None = None,
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
    grid table's border. *bracket_open* says whether the value leaves a
    bracket open, and *end* how it ends (:func:`_value_end`), where its caller
    kept them as the value went on.
    """
    if following.bullet or closed_row(field) or is_furniture(following.text):
        return False
    value = field.value if end is None else end
    if bracket_open is None:
        bracket_open = in_bracket(value)
    if (
        bracket_open
        or _in_cell_below(field, following, result)
        or (field.name == "reports_to" and _another_supervisor(value, following))
    ):
        # "23:59 (hora de" / "Ginebra)": a bracket left open closes below; a
        # table's value goes on in its cell, below its row, indented or not.
        return _neither_label_nor_heading(following.text, result)
    first = following.text[:1]
    if not (first.islower() or first.isdigit()):
        return _goes_on_in_capitals(field, value, following, result, segments)
    last_word = value[value.rfind(" ") + 1 :]
    if last_word.lower() in PHRASE_GOES_ON or last_word.endswith(","):
        return True
    if _cut_inside(last_word, following.text):
        return True
    return first.islower() and _full_value_line(field, following, result, segments)


def _another_supervisor(value: str, following: Segment) -> bool:
    """Whether *following* names the next supervisor in the form's cell of a supervisor's *value*.

    "Reports directly to<tab>20069753 (Mrs Jewel ALI) – administrative
    supervisor" / "20087786 (Ms Livia MANENTE) – direct supervisor": a post
    description's table copied as text, the cell's second line not indented
    (seed 000 wrote it so below the label alone). Each line ends on its role.
    """
    return (
        _SUPERVISOR_ROLE.search(value) is not None
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
    return following.number == field.segments[-1].number + 1 and result.goes_on_in_cell(
        field.segments[0].number, following.number
    )


def _goes_on_in_capitals(
    field: Field, value: str, following: Segment, result: Layout, segments: list[Segment]
) -> bool:
    """Whether *following*, which begins in neither lower case nor a digit, goes on with *field*.

    It holds the marks a title ends in ("... en matière de données" /
    "(P)"), or *following* is no label or heading and the value ends on
    "and" ("...contributing: Labour Mobility and" / "Social
    Inclusion Unit, IOM Ghana.") or a dash, or its line was full where the text was
    wrapped at a width ("...to which the Consultant is contributing:
    Migrant" / "Protection and Assistance Unit, IOM Ethiopia."). *value* is
    the field's value, or its end (:func:`_value_end`).
    """
    text = following.text
    if field.name == "title" and text.startswith("(") and _only_marks(text):
        return True
    # "...contributing: Labour Mobility and" / "Social Inclusion Unit, IOM
    # Ghana.": a value that ends on "and" goes on, wrapped or not. Not on
    # other words that lead on: "Tanzania, the United Republic of" is whole.
    cut = value[value.rfind(" ") + 1 :].lower() in _AND
    # "Position Title: JPO - Programme Officer (Search and Rescue (SAR)) -" /
    # "(Dutch Nationals only)": no value ends on a dash either.
    cut = cut or value.endswith((" -", " \u2013"))
    # "...en la gestión de la migración." / "Información de la consultoría": a
    # line in capitals after a value's sentence ends begins anew, full or not.
    full = not value.endswith(".") and _full_value_line(field, following, result, segments)
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
    still_open = brackets_opened(field.value)
    bracket = still_open > 0  # the value left a bracket open: it ends where that closes
    for segment in segments[index + 1 :]:
        gap = segment.number - last.number
        if (gap > 1 and taken) or gap > _CONTINUED_GAP or no_value(segment):
            break
        if match_heading(segment.text) is not None:
            break
        taken.append(segment)
        last = segment
        still_open += brackets_opened(segment.text)
        if segment.text.endswith(".") or (bracket and still_open <= 0):
            break
    if taken:
        field.value = _emphasis_closed(
            joined_texts([field.value, *(segment.text for segment in taken)])
        )
        field.segments.extend(taken)
    return len(taken)


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


def split_label(text: str, segments: list[Segment], index: int) -> Field | None:
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


def take_split(split: Field, segments: list[Segment], index: int, result: Layout) -> int:
    """Add *split*, a label over two lines from *index* on, and the lines its value goes on in.

    A label that holds no value takes it from the line below, or one blank
    line below, as a label on one line does: "Organizational Department/Unit
    to which the Consultant is" / "contributing:" / "Transition and Recovery
    Unit (TRU)" (IOM Ukraine's terms at 64 columns).
    """
    result.fields.append(split)
    below = index + len(split.segments) - 1  # the last of its lines
    if not split.value:
        value = next_line(segments, below) or value_after_blank(segments, below)
        if value is not None and not no_value(value) and match_heading(value.text) is None:
            split.value = value.text
            split.segments.append(value)
            at = segments.index(value)
            return at + 1 + _take_goes_on(split, segments, at, result)
    return below + 1 + _take_goes_on(split, segments, below, result)


def bare_label_over_two_lines(segments: list[Segment], index: int) -> Field | None:
    """A label alone on its line, wrapped onto the next, and its value below them.

    The post description form's question wrapped at a page's width: "Is this
    a Regional, HQ, MAC, PAC, Liaison Office or Country Office based" /
    "position?" / "Country Office".
    """
    following = next_line(segments, index)
    if following is None or following.bullet:
        return None
    name = match_bare_label(f"{segments[index].text} {following.text}")
    value = value_below(segments, index + 1) if name is not None else []
    if name is None or not value:
        return None
    return bare_field(name, [segments[index], following], value)


def spaced_question_over_two_lines(segments: list[Segment], index: int) -> Field | None:
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


def bare_field(name: str, label: list[Segment], value: list[Segment]) -> Field:
    """The field *name* of a label alone on its lines, *label*, and the lines of its *value*."""
    translated = _translated_value(name, value)
    text = " ".join(part.text for part in value) if translated is None else translated
    written = " ".join(part.text for part in label).rstrip(":? ")
    field = Field(name, written, unemphasized(text), [*label, *value])
    if translated is None and all(part.bullet for part in value):
        _list_value(field, value)  # "Reports directly to" / "- Head of Office" / "- ..."
    return field
