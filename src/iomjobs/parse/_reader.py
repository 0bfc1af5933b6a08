"""From sections to a notice, recording where each field came from (internal).

:class:`Reader` is the last of a chain of classes, each extending the one
before with a part of the reading:

- :class:`~iomjobs.parse._header.HeaderReader`: the header's labelled fields;
- :class:`~iomjobs.parse._inferred.InferringReader`: what no label states (the
  title a board's lines give, the kind, contract and category the words imply);
- :class:`~iomjobs.parse._section_reader.SectionReader`: what every section
  shares (its heading, its list's items, notes that strayed into it);
- :class:`~iomjobs.parse._candidates.CandidatesReader`: who may apply (the tiers);
- :class:`~iomjobs.parse._requirements.RequirementsReader`: qualifications,
  languages, competencies;
- :class:`Reader`: the sections in order, the prose, the duties, the notes,
  how to apply, and what is left.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from iomjobs._text import fold
from iomjobs.model.competency import Competencies, CompetencyGroup
from iomjobs.model.grade import Grade
from iomjobs.model.notice import HowToApply, PostingPeriod, SourceLine, VacancyNotice
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import Position, Responsibility, ResponsibilityGroup
from iomjobs.model.qualification import Qualifications
from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _nocase as nocase
from iomjobs.parse import _places as places
from iomjobs.parse._dates import FoundDate, read_date
from iomjobs.parse._duty_groups import (
    group_heading_lines,
    heads_deliverable,
    introduces_groups,
    introduces_list,
    plain_group_headings,
)
from iomjobs.parse._duty_lines import (
    cut_after_dash,
    glued_heading,
    goes_on_unwrapped,
    numbered_duties_at,
    run_together_items,
    unheaded_duties_at,
    with_dash,
)
from iomjobs.parse._gathered import frozen, growing
from iomjobs.parse._header import board_only_label
from iomjobs.parse._language import notice_language
from iomjobs.parse._layout import Field, Layout, Section
from iomjobs.parse._leftover import KIND_WORDS, OPEN_TO_WORDS, says_more
from iomjobs.parse._nationals import NATIONALS_SENTENCE, nationals_said
from iomjobs.parse._page_top import LABELLED_DATES, LABELLED_PLACE, heading_line
from iomjobs.parse._paragraphs import KIND_LINE, LETTERHEAD, paragraph_at
from iomjobs.parse._pay import amount_alone
from iomjobs.parse._record import Doubt, Recorder
from iomjobs.parse._requirements import RequirementsReader
from iomjobs.parse._segments import (
    Segment,
    alone_above,
    full_line_above,
    goes_on_below,
    in_bracket,
    joined_lines,
    joined_text,
    list_width,
    unbolded,
    unfinished_full_line_above,
    unmarked,
)
from iomjobs.parse._sentences import sentence_at
from iomjobs.parse._supervision import (
    SUPERVISION,
    SUPERVISION_TWIN,
    SUPERVISOR_IN,
    guidance_first,
    reports_to_in,
    supervision_in,
    supervisors_in,
    with_sentence,
)
from iomjobs.parse._tiers import FIRST_TIER, FIRST_TIER_TWIN, SECOND_TIER_EXTERNAL, WOMEN
from iomjobs.parse._titles import (
    GRADE_TAG,
    ONE_TAG,
    REFERENCE_ALONE,
    TITLE_TAGS,
    board_title,
    title_in,
    without_organization,
)
from iomjobs.parse._vocabulary import SPECIAL_LENGTH, match_label
from iomjobs.reference.countries import lookup_country

PROSE: Final = ("preamble", "intro", "position_information", "context")


class Reader(RequirementsReader):
    """Reads one laid-out notice into a :class:`VacancyNotice`."""

    # A plain class, not an attrs one: compiled (see hatch_build.py), a
    # class of mypyc's own, whose attributes are read in C.
    __slots__ = (
        "competency_groups",
        "competency_notes",
        "context",
        "date_country",
        "date_order",
        "duties",
        "first_tier_words",
        "guessed_day_first",
        "heading",
        "heading_line",
        "heading_lines",
        "heading_unmarked",
        "how_to_apply",
        "layout",
        "local_closing",
        "notes",
        "notice",
        "pending_salary",
        "position",
        "qualifications",
        "record",
        "reference_title",
        "segment_at",
        "segments",
        "unclassified",
    )

    duties: list[Segment]
    how_to_apply: dict[str, Any]
    """How to apply's fields, gathered from its sections (see ``_gathered``)."""
    segment_at: dict[int, int]
    """Where each of ``segments`` is in it, by its ``id``: made when first asked."""

    def __init__(self, layout: Layout, record: Recorder, segments: list[Segment]) -> None:
        self.layout = layout
        self.record = record
        self.segments = segments
        self.unclassified = []
        # Keyword arguments for the models, gathered field by field.
        self.notice = {}
        self.position = {}
        self.qualifications = {}
        self.how_to_apply = {}
        self.context = []
        self.longest_context = 0
        self.first_tier_words = []
        self.segment_at = {}
        self.notes = []
        self.duties = []
        self.competency_groups = {}
        self.competency_notes = []
        self.heading_line = None
        self.heading_lines = ()
        self.heading = self.heading_unmarked = ""
        self.local_closing = []
        self.pending_salary = []
        self.date_order = []
        self.date_country = None
        self.guessed_day_first = []
        self.reference_title = []

    def read(self) -> VacancyNotice:
        """The notice the layout holds."""
        self.heading_line = heading_line(self.segments[self.layout.forwarded_from :])
        self.heading_lines = self._heading_lines()
        self.heading = joined_lines(list(self.heading_lines)) if self.heading_lines else ""
        self.heading_unmarked = unmarked(self.heading)
        self._posts_in_heading()
        self._header()
        for section in self.layout.sections:
            self._section(section)
        self._how_to_apply()
        self._responsibilities_from_prose()
        self._reporting_line()
        self._board_summary()
        self._posted_in_heading()
        self._title_above_board_list()
        self._board_title_line()
        self._title_after_reference()
        self._title_line()
        self._marked_title_line()
        self._terms_of_reference_title()
        self._title_opening_prose()
        self._title_marks()
        self._infer_nationals()
        self._infer_kind()
        self._infer_contract()
        self._infer_consultancy_category()
        self._infer_start()
        self._infer_station_from_context()
        self._infer_languages()
        self._infer_countries()
        self._infer_office_type()
        self._infer_closing()
        self._infer_closing_zone()
        self._infer_salary_currency()
        self._doubt_no_notice()
        self._unclassified_rest()
        self._first_tier_as_written()
        if "competencies" in self.position:
            notes = tuple(self.competency_notes)
            groups = {
                name: CompetencyGroup(**frozen(fields))
                for name, fields in self.competency_groups.items()
            }
            self.position["competencies"] = Competencies(**groups, notes=notes)
        position = Position(
            qualifications=Qualifications(**frozen(self.qualifications)),
            **frozen(self.position),
        )
        return VacancyNotice(
            position=position,
            context=tuple(self.context),
            notes=tuple(self.notes),
            unclassified=tuple(sorted(self.unclassified, key=lambda line: line.line)),
            **self.notice,
        )

    # --- sections -------------------------------------------------------------

    def _section(self, section: Section) -> None:
        reader = getattr(self, f"_read_{section.kind}", None)
        if reader is None:
            self._keep(*([section.heading] if section.heading else []), *section.content)
            return
        reader(section)

    def _read_preamble(self, section: Section) -> None:
        self._prose(section)

    def _read_intro(self, section: Section) -> None:
        self._heading(section, "$.context")
        self._prose(section)

    def _read_position_information(self, section: Section) -> None:
        self._heading(section, "$.position")
        self._prose(section)

    def _read_context(self, section: Section) -> None:
        self._heading(section, "$.context")
        self._prose(section)

    def _read_terms(self, section: Section) -> None:
        # "Performance indicators for the evaluation of results", "Travel
        # required": the heading says what its prose is about, and stays with it,
        # whole: its line holds the words after it too ("Travel required - Yes").
        heading = section.heading
        content = section.content
        if heading is not None and content and content[0].number == heading.number:
            content = content[1:]
        # Whole where a wrap cut it: "...para la evaluación de los" / "resultados".
        above = [heading, *section.heading_below] if heading else []
        self._prose(Section("context", content=[*above, *content]))

    def _read_second_tier(self, section: Section) -> None:
        """The second tier's heading ("Second tier candidates include:"): external candidates apply.

        Its first paragraph says who; where it says no more than that
        (:data:`SECOND_TIER_EXTERNAL`), the field holds it, else it is kept
        as context too. What follows it is read as context: a board that
        dropped the next heading ("Context") leaves the supervision and the
        duties here, which had been taken for the statement and lost.
        """
        self._heading(section, "$.open_to_external")
        self.notice["open_to_external"] = True
        content = section.content
        if not content:
            return
        paragraph, after = paragraph_at(content, 0, self._page_width(), self._greedy())
        self.record.use("$.open_to_external", *paragraph)
        said = joined_lines(paragraph).rstrip(" .")
        if WOMEN.search(said):
            self._women_first_tier(said, paragraph[0])
        rest = content[after:] if SECOND_TIER_EXTERNAL.fullmatch(said) else content
        if rest:
            self._prose(Section("context", content=list(rest)))

    def _read_signatures(self, section: Section) -> None:
        self._keep(*([section.heading] if section.heading else []), *section.content)

    # prose: context paragraphs, the kind line, first tier, supervision, duties

    def _prose(self, section: Section) -> None:
        content = section.content
        index = 0
        duties = False
        duties_from = 0  # where the duties after the supervision paragraph start
        supervised_in = ""  # the language of that paragraph
        while index < len(content):
            segment = content[index]
            taken = self._taken_as_duties(content, index, duties=duties, language=supervised_in)
            if taken:
                index += taken
                continue
            if duties:
                self._translation_before(duties_from, supervised_in, content, index)
                # The duties a later restatement may show a translation are those
                # after this one: looked at again with all the earlier, a page that
                # says who supervises again and again took time growing with its square.
                duties_from = len(self.duties)
            below = content[index + 1] if index + 1 < len(content) else None
            if self._special_line(segment, below):
                index = self._after_special_line(segment, content, index)
                continue
            paragraph, index = paragraph_at(content, index, self._page_width(), self._greedy())
            text = joined_lines(paragraph)
            # A board's line that repeats the title, wrapped: "...Vacancy at International" /
            # "Organization for Migration" (a line alone is a special line, above).
            if (
                len(paragraph) > 1
                and len(text) <= SPECIAL_LENGTH
                and (self._restates_title(text, paragraph) or self._board_place_on(text, paragraph))
            ):
                continue
            # Substring checks first: the regexes are slow on long paragraphs.
            # Portuguese's "primeira linha", "primeiro nível": "rimeir" for both;
            # French "premier rang", "premier et de deuxième rang" (not "range"), and
            # the list's introduction, "... considérés comme prioritaires :".
            tier = (
                "tier" in text
                or "welcome from internal and" in text
                or "nive" in text
                or "primari" in text
                or "rimeir" in text
                or "r rang" in text
                or "me rang" in text
                or "prioritaires" in text
            )
            supervised = "upervis" in text
            internal = "ntern" in text
            low = nocase.lowered(text) if tier or supervised or internal else None
            if tier and nocase.found(FIRST_TIER, FIRST_TIER_TWIN, text, low):
                index = self._first_tier(text, low, paragraph, content, index)
                continue
            if internal:
                self._open_to_whom(text, low, paragraph)
            supervision = (
                nocase.search(SUPERVISION, SUPERVISION_TWIN, text, low)
                if supervised
                else guidance_first(text)
            )
            if supervision is not None and self._supervision(text, supervision, paragraph):
                if not duties:
                    duties_from, supervised_in = len(self.duties), _language_of(text)
                duties = True
            self._context(text, paragraph)

    def _taken_as_duties(
        self, content: list[Segment], index: int, *, duties: bool, language: str
    ) -> int:
        """How many lines from *index* on are duties, which are taken: 0 if none.

        After the supervision paragraph (*duties*, in *language*), each line
        up to one that says who supervises again; elsewhere a list of duties
        numbered under no heading (:func:`numbered_duties_at`), or the
        section's lines from three duties in a row under none
        (:func:`unheaded_duties_at`).
        """
        segment = content[index]
        if duties:
            if self._restated(segment, language):
                return 0
            self.duties.append(segment)
            return 1
        number = segment.number_in_list
        if number is None:
            if not unheaded_duties_at(content, index, self._page_width(), self._greedy()):
                return 0
            self.duties.extend(content[index:])
            return len(content) - index
        if number != 1:
            return 0
        end = numbered_duties_at(content, index, self._page_width(), self._greedy())
        self.duties.extend(content[index:end])
        return end - index

    def _translation_before(
        self, start: int, supervised_in: str, content: list[Segment], index: int
    ) -> None:
        """Read as context the prose taken for duties before a translated supervision paragraph.

        A bilingual notice in blocks (a Guatemalan notice of 2025 as a job
        board copied it): the Spanish context paragraphs and supervision
        paragraph, then the same in English. The English context paragraphs
        follow the Spanish supervision paragraph, as duties would, but the
        English supervision paragraph after them shows them a translation:
        prose in its language, not the first paragraph's, is context.
        """
        taken = self.duties[start:]
        if not taken or any(segment.bullet for segment in taken):
            return
        paragraph, _ = paragraph_at(content, index, self._page_width(), self._greedy())
        language = _language_of(joined_lines(paragraph))
        if not language or language == supervised_in:
            return
        if _language_of(joined_lines(taken)) != language:
            return
        del self.duties[start:]
        at = 0
        while at < len(taken):
            paragraph, at = paragraph_at(taken, at, self._page_width(), self._greedy())
            self._context(joined_lines(paragraph), paragraph)

    def _restated(self, segment: Segment, supervised_in: str) -> bool:
        """Whether *segment*, after the supervision paragraph, says who supervises again.

        A bilingual notice follows "La persona seleccionada desempeñará sus
        funciones bajo la supervisión directa de..." with its English: no
        duty, but a paragraph of context like the first. In the language of
        the supervision paragraph (*supervised_in*), it is a duty: "Perform
        other duties under the supervision of the Project Officer".
        """
        # A supervision, not a guidance alone: "Under the guidance of the
        # Project Officer, organize the trainings" may be a duty.
        if segment.bullet or "upervis" not in segment.text or supervision_in(segment.text) is None:
            return False
        return not supervised_in or _language_of(segment.text) != supervised_in

    def _special_line(self, segment: Segment, below: Segment | None) -> bool:
        """Read a line that stands alone: the kind line, "Open to...", the letterhead.

        And a job board's first line with the notice's tags (see _tagged_title).
        *below* is the line below it, if any, which a few such lines go on in.
        """
        if len(segment.text) > SPECIAL_LENGTH:
            return False
        # A heading a wrap cut: "Project Officer (Protection) At International
        # Organization for" / "Migration", a board's page at 64 columns.
        lines = self.heading_lines if segment is self.heading_line else (segment,)
        heading = joined_lines(list(lines)) if len(lines) > 1 else segment.text
        if self._restates_title(heading, lines):
            return True
        text = unmarked(segment.text)
        # A reference alone before the titles: "CONSULTORIA MX002/2024" names no post;
        # nor does a line that says whom the post is open to ("OUVERT AUX CANDIDATS
        # INTERNES", in capitals, names no intern).
        if (
            self._kind_line(segment)
            or self._reference_alone(segment)
            or self._open_to_line(text, segment)
        ):
            return True
        if segment is self.heading_line and (
            self._tagged_title(segment) or self._title_alone(segment)
        ):
            return True
        if LETTERHEAD.match(text) or self._employer_label(text, segment):
            self._keep(segment)
            return True
        return (
            self._board_dates_and_place(segment)
            or self._board_labelled_dates(segment)
            or self._board_labelled_place(segment)
            or self._board_cells(segment, below)
            or self._board_posted(segment)
            or self._board_place(segment)
        )

    def _open_to_line(self, text: str, segment: Segment) -> bool:
        """Read "Open to Internal and External Candidates": whether external candidates may apply.

        "Open to Senegalese nationals only." names no candidates: whose
        nationals (see _infer_nationals), not whether external candidates may apply;
        nor does "Open to all nationalities".
        """
        if (
            not _OPEN_TO_LINE.match(text)
            or _CANDIDATES_NAMED.search(text) is None
            or _opens_to_nationals(text)
        ):
            return False
        self.notice["open_to_external"] = bool(_EXTERNAL.search(text))
        self.record.use("$.open_to_external", segment)
        if says_more(text, (), _OPEN_TO_LINE_WORDS):
            self._keep_once(segment)  # the flag holds whom, and nothing else
        return True

    def _restates_title(self, text: str, lines: Sequence[Segment]) -> bool:
        """Whether *text*, on *lines*, is the title again; if so, they are the title's source too.

        The document's heading, or a board's line that repeats it ("... Vacancy
        at International Organization for Migration"), wrapped or not.
        """
        title = self.position.get("title")
        if not title or not _names_title(text.lstrip("#* ").rstrip("* "), title):
            return False
        self.record.use("$.position.title", *lines)
        return True

    def _reference_alone(self, segment: Segment) -> bool:
        """The reference on a line of its own, where nothing else gave one, or the same again.

        "CON 2017/02 – RW" below the cells of IOM Rwanda's call for a
        consultant (2017), as a blog copied it: the whole line, as written.
        "CONSULTORIA MX002/2024", the heading of IOM Mexico's call (2024), above
        its "Código de Referencia: Consultoría MX002/2024": the reference again.
        """
        text = unmarked(segment.text)  # "# CONSULTORIA MX002/2024", "**...**"
        if not REFERENCE_ALONE.fullmatch(text):
            return False
        said = self.notice.get("reference")
        if said is None:
            self.notice["reference"] = text
        elif fold(said) != fold(text):
            return False
        self.record.use("$.reference", segment)
        return True

    def _board_dates_and_place(self, segment: Segment) -> bool:
        """The posting day, the closing date and the station a board's cells give, glued.

        "October 31, 2025December 15, 2025PembaMozambique", "January 31,
        2026March 17, 2026Comoros" (unchannel's pages of IOM's notices,
        2025-2026): the day posted, the deadline and the place, their cells'
        text run together. Each is read where nothing else states it,
        marked as inferred: the posting period starts on the first day (as
        a site's "Date posted" does), the second is the closing date.
        """
        found = _BOARD_DATES.match(segment.text) if ", 2" in segment.text else None
        dates = _dates_in_order(found) if found is not None else None
        if found is None or dates is None:
            return False
        place = found.group("place")
        station = places.glued_station(place) if place else None
        if place and station is None:
            return False  # no place a board would name: a line of its own kind
        self._board_dates(*dates, segment, inferred=True)
        if station is not None and "duty_stations" not in self.position:
            self.position["duty_stations"] = (station,)
            self.record.infer("$.position.duty_stations", segment.text, segment)
        return True

    def _board_labelled_dates(self, segment: Segment) -> bool:
        """The posting day and the closing date a board's row gives, its labels' colons lost.

        "Posted date 31st October, 2024 Last date to apply 14th November, 2025"
        (brightspyre's copy of IOM Pakistan's call, 2024): two labels, each
        before its cell's date, on one line. Read where nothing else states
        them, and only where both are dates and the deadline is not before
        the day posted; where the notice states both, the row stays context.
        """
        found = LABELLED_DATES.match(segment.text)
        if found is None or ("posting_period" in self.notice and "closing_date" in self.notice):
            return False
        dates = _found_in_order(found)
        if dates is None:
            return False
        posted, closing = dates
        self._board_dates(posted.date, closing.date, segment, inferred=False)
        if _more_than(posted, found.group("posted")) or _more_than(closing, found.group("closing")):
            self._keep_once(segment)  # "... 14th November, 2025 (extended)": held nowhere
        return True

    def _board_dates(
        self, posted: dt.date, closing: dt.date, segment: Segment, *, inferred: bool
    ) -> None:
        """Keep the day a board's line says it posted the notice, and its deadline.

        Each where nothing else states it: the posting period starts on the
        first day (as a site's "Date posted" does), the second is the closing
        date. *inferred* where the line gives them without their labels.
        """
        if "posting_period" not in self.notice:
            self.notice["posting_period"] = PostingPeriod(posted, None)
            self._board_source("$.posting_period", segment, inferred=inferred)
        if "closing_date" not in self.notice:
            self.notice["closing_date"] = closing
            self._board_source("$.closing_date", segment, inferred=inferred)

    def _board_source(self, path: str, segment: Segment, *, inferred: bool) -> None:
        if inferred:
            self.record.infer(path, segment.text, segment)
        else:
            self.record.use(path, segment)

    def _board_labelled_place(self, segment: Segment) -> bool:
        """The duty stations a board's row gives as their country and places, the colons lost.

        "Country Pakistan Locations Islamabad" (brightspyre, 2024), its places
        parted by commas: read where nothing else names a station, and only
        where the country is one and each place a station in it.
        """
        found = LABELLED_PLACE.match(segment.text)
        if found is None or "duty_stations" in self.position:
            return False
        country = found.group("country")
        code = lookup_country(country)
        if code is None:
            return False
        stations: list[DutyStation] = []
        for written in found.group("place").split(","):
            place = written.strip()
            read = places.read_duty_stations(f"{place}, {country}")
            if len(read) != 1 or read[0].country is None or read[0].country.code != code:
                return False
            stations.append(attrs.evolve(read[0], as_written=place))  # the place's cell
        self.position["duty_stations"] = tuple(stations)
        self.record.use("$.position.duty_stations", segment)
        return True

    def _board_cells(self, segment: Segment, below: Segment | None) -> bool:
        """The station, the grade and the contract a board's cells give, glued.

        "Banteay Meanchey, CambodiaGrade UGSpecial Short term ungraded (Up to 9
        months)IOM" (un-careers's page of an IOM notice, 2026): the place,
        "Grade" and the grade, the contract, the organization, their cells'
        text run together below the title. Each is read where nothing else
        states it, marked as inferred; a place in no country reads no line.
        A wrap that cut the contract's parenthesis ("...(Up to 9" / "months)IOM")
        leaves the rest on the line *below*, read with it.
        """
        if "Grade " not in segment.text:
            return False
        lines = [segment]
        if below is not None and _closes_wrap(segment, below):
            lines.append(below)
        text = joined_lines(lines)
        found = _BOARD_CELLS.match(text)
        stations = places.read_duty_stations(found.group("place")) if found else ()
        if found is None or len(stations) != 1 or stations[0].country is None:
            return False
        read: list[str] = []  # the paths of the fields read
        if "duty_stations" not in self.position:
            self.position["duty_stations"] = stations
            read.append("$.position.duty_stations")
        if "grade" not in self.position:
            self.position["grade"] = Grade.parse(found.group("grade"))
            read.append("$.position.grade")
        if found.group("contract") and "appointment" not in self.notice:
            self.notice["appointment"] = interpret.read_appointment(found.group("contract"))
            read.append("$.appointment")
        for path in read:
            self.record.infer(path, text, segment)
            self.record.use(path, *lines[1:])
        if not read:
            self._keep_once(*lines)  # the header said it all: a board's copy, as written
        return True

    def _board_posted(self, segment: Segment) -> bool:
        """The day a board posted the notice, after its count of the days left, glued.

        "Closing in 2 daysPosted Jun 1, 2026" (un-careers, 2026): the posting
        period starts that day, marked as inferred, where nothing else says
        when. The days counted are the day the page was copied's, no date: the
        line is kept among the unclassified lines too.
        """
        found = _BOARD_POSTED.match(segment.text) if "Posted " in segment.text else None
        posted = read_date(found.group("posted")) if found else None
        if posted is None:
            return False
        if "posting_period" not in self.notice:
            self.notice["posting_period"] = PostingPeriod(posted.date, None)
            self.record.infer("$.posting_period", segment.text, segment)
        self._keep_once(segment)
        return True

    def _board_place(self, segment: Segment) -> bool:
        """The duty station *segment*, a line of its own, gives (:meth:`_board_place_on`).

        A list item's place is its text after the bullet ("- Bangkok, Thailand").
        """
        return self._board_place_on(segment.item, [segment])

    def _board_place_on(self, written: str, lines: Sequence[Segment]) -> bool:
        """The duty station a job board's header gives as a line of its own, *written* on *lines*.

        "San Marcos, Guatemala" between "Office" and "Full Time" (a board's
        copy of a Guatemalan notice, 2025): a place named with its country,
        alone on its line, among the board's short lines before the
        notice's text, where nothing else names a station. Marked as
        inferred, from that line. Where the board parts its facts with middle
        dots, the one that names a place: "International Organization for
        Migration · Belo Horizonte, Brasile · Onsite" (remotescout24, 2025),
        wrapped too ("...for Migration · Belo Horizonte," / "Brasile · Onsite").
        """
        text = _place_among_dots(written)
        if (
            text is None
            or "duty_stations" in self.position
            or "," not in text
            # A label and its value is a field, not a place: "• Grade: Junior level
            # - NO-A, Na" (a board's summary cut short) is no station in Namibia.
            or ":" in text
            # Nor is a table's row its cells ("| Duty Station | Cox's Bazar," / "Bangladesh").
            or text[:1] == "|"
            # An address, with its street number or postal code, is no station;
            # nor "..., manage their workflows, and", a wrapped sentence ("and" is
            # no Andorra, though lookup_country reads an alpha-3 code in any case).
            or any(map(str.isdigit, text))
            or text.rpartition(",")[2].strip().islower()
        ):
            return False
        if self.longest_context > SPECIAL_LENGTH:
            return False  # the notice's text has begun: a place there is no field
        above = self._line_above(lines[0])
        if above is not None and LETTERHEAD.match(above.text):
            return False  # "Geneva, Switzerland" under IOM's name: the letterhead's
        stations = places.read_duty_stations(text)
        if len(stations) != 1 or stations[0].as_written != text:
            return False
        station = stations[0]
        if station.city is None or station.country is None:
            return False
        self.position["duty_stations"] = stations
        self.record.infer("$.position.duty_stations", text, lines[0])
        self.record.use("$.position.duty_stations", *lines[1:])
        if text != written:
            self._context(written, list(lines))  # the board's other facts, as written
        return True

    def _employer_label(self, text: str, segment: Segment) -> bool:
        """Whether *text*, *segment*'s, is a board's label above the organization's name.

        "Company" / "International Organization for Migration" (un-jobs.net,
        2024): the board's words, kept as the name below is, no context.
        """
        if _EMPLOYER_LABEL.fullmatch(text) is None:
            return False
        below = self._line_beside(segment, 1)
        return below is not None and LETTERHEAD.match(below.text) is not None

    def _line_above(self, segment: Segment) -> Segment | None:
        """The segment before *segment*; ``None`` at the top, and for a piece no list holds.

        A heading's rest is such a piece: "Kinshasa, DRC" after "Introduction – ".
        """
        return self._line_beside(segment, -1)

    def _line_beside(self, segment: Segment, step: int) -> Segment | None:
        """The segment *step* after *segment* (before it, where negative); ``None`` where none is."""
        if not self.segment_at:
            # Made once: looked for from the top each time, a page of many such
            # lines took time growing with their square.
            for at, each in enumerate(self.segments):
                self.segment_at.setdefault(id(each), at)
        at = self.segment_at.get(id(segment), -1)
        beside = at + step
        return self.segments[beside] if at >= 0 and 0 <= beside < len(self.segments) else None

    def _after_special_line(self, segment: Segment, content: list[Segment], index: int) -> int:
        """The index after *segment*, ``content[index]``, read as a line that stands alone.

        And after the lines it went on in: "Open to Internal and External" /
        "Candidates", or the wrap of a heading line that gave the title.
        """
        after = index + 1 + self._open_to_goes_on(segment, content, index + 1)
        # The wrap of a board's cells, read with their line (see _board_cells).
        below = content[after] if after < len(content) else None
        if below is not None and _closes_wrap(segment, below) and not self.record.unused([below]):
            after += 1
        return after + (self._title_wrap_at(content, after) if segment is self.heading_line else 0)

    def _title_wrap_at(self, content: list[Segment], index: int) -> int:
        """How many lines from ``content[index]`` on are the heading's wrap, read into the title.

        "Call for Applications: Consultant (Roster)-Medical Escorts (Various
        Speciality" / "Area)": the kind line gave the title, wrapped.
        """
        title_lines = self.record.lines.get("$.position.title", ())
        taken = 0
        for line in self.heading_lines[1:]:
            at = index + taken
            if at >= len(content) or content[at] is not line or line not in title_lines:
                break
            taken += 1
        return taken

    def _open_to_goes_on(self, segment: Segment, content: list[Segment], index: int) -> int:
        """1 where ``content[index]`` ends *segment*'s "Open to ... Candidates"; else 0.

        Text wrapped at a page's width cuts the kind line: "Vacancy Notice
        2024-07 Open to Internal and External" / "Candidates". The line
        right below, only the phrase's last words, is read with it (and
        says the notice is open to external candidates where it names them).
        """
        if index >= len(content):
            return 0
        below = content[index]
        if (
            below.number != segment.number + 1
            or below.bullet
            or _OPEN_TO_END.match(below.text) is None
            or _OPEN_TO.search(segment.text) is None
        ):
            return 0
        if _EXTERNAL.search(below.text):
            self.notice["open_to_external"] = True
        self.record.use("$.open_to_external", segment, below)
        return 1

    def _tagged_title(self, segment: Segment) -> bool:
        """Read a job board's first line: the title, then the notice's tags.

        "Operations Assistant (Movements) - Expedited VN - Part time - For
        Internal Candidates Only" (unjobline, 2025): the title, the kind and
        who may apply; "Movement Operations Assistant (Field Support) - UG"
        (uncareer, 2025): the title and the grade, the title preferred to one
        the body's sentence names ("the Senior Operations Associate is
        responsible", a copy of another notice's). The line stays context
        too, as written: the model holds no "Part time".
        """
        if "title" in self.position:
            return False
        text = unmarked(segment.text)  # "# Operations Assistant (Movements) - Expedited VN"
        tags = TITLE_TAGS.search(text)
        if tags is None or ONE_TAG.fullmatch(text, 0, tags.start()):
            return False  # "Expedited VN - Part time": tags, and no title
        self.position["title"] = text[: tags.start()]
        self.record.use("$.position.title", segment)
        kind = interpret.read_kind(tags.group())
        if kind is not None and "kind" not in self.notice:
            self.notice["kind"] = kind
            self.record.use("$.kind", segment)
        if nocase.has_either_case(tags.group(), "nternal"):
            self.notice["open_to_external"] = False
            self.record.use("$.open_to_external", segment)
        grade = _grade_tagged(tags.group())
        if grade is not None and "grade" not in self.position:
            self.position["grade"] = grade
            self.record.use("$.position.grade", segment)
        self._context(segment.text, [segment])
        return True

    def _kind_line(self, segment: Segment) -> bool:
        first = segment is self.heading_line and len(self.heading_lines) > 1
        lines = self.heading_lines if first else (segment,)
        written: str = segment.text
        read_from: tuple[Segment, ...] = (segment,)
        match, text = _kind_match(written)
        if match is None and first:
            # The kind cut by the page's wrap: "...(IOM),Call for" / "Applications/Migration...".
            written, read_from = joined_lines(list(lines)), lines
            match, text = _kind_match(written)
        if match is None:
            return False
        kind = interpret.read_kind(match.group("kind"))
        if kind is None:
            return False
        self.notice["kind"] = kind
        self.record.use("$.kind", *read_from)
        reference = match.group("reference")
        start = match.end() + len(written) - len(text)  # after the markdown read past
        rest = written[start:]
        stated = self.notice.get("reference")
        if reference and stated not in (None, reference.strip()):
            # "Vacancy Notice 16576" above "Reference: VN2026/015": the field's is read,
            # the kind line kept for the number it holds besides.
            self._keep_once(segment)
        elif reference:
            self.notice["reference"] = reference.strip()
            self.record.use("$.reference", *read_from)
        elif "title" not in self.position and not _internal_only(rest):
            # The title after the kind (ingo.work, 2026); on the page's heading line,
            # wrapped too: "...Medical Escorts (Various Speciality" / "Area)".
            title = board_title(joined_lines(list(lines))[start:].strip(" :*_"))
            if title:
                self.position["title"] = title
                self.record.use("$.position.title", *lines)
                rest = ""
        internal = bool(match.group("internal") or match.group("internal_after"))
        self._whom_kind_line_opens_to(segment, rest, internal=internal)
        if match.group("expedited") or says_more(
            rest, (), _KIND_LINE_WORDS, figures=bool(reference)
        ):
            # "Vacancy Notice 16576 (re-advertisement)": the kind and the reference hold
            # nothing of the rest; nor of a figure where no reference was read; nor
            # does any field hold that the recruitment is expedited.
            self._keep_once(segment)
        return True

    def _whom_kind_line_opens_to(self, segment: Segment, rest: str, *, internal: bool) -> None:
        """Whether the kind line *segment* opens the post to external candidates, where it says.

        *rest* is the line after its kind and reference; *internal*, whether
        "Internal" came before the kind ("Internal Vacancy Notice").
        """
        if _EXTERNAL.search(segment.text):
            self.notice["open_to_external"] = True
        elif internal or _internal_only(rest):
            self.notice["open_to_external"] = False
        else:
            return
        self.record.use("$.open_to_external", segment)

    def _supervision(self, text: str, supervision: re.Match[str], paragraph: list[Segment]) -> bool:
        """Read the supervision sentence in *text*; whether it opens the duties below it.

        It does where it names a supervisor, or the post ("the Intern will"),
        or introduces a list (its colon). "Interns ... are placed under the
        guidance of a supervisor." (iom.int's page on internships) names
        no one, and what follows it is no post's duties.
        """
        segment = paragraph[0]
        sentence = sentence_at(text, supervision)
        if "supervisors" not in self.position:
            supervisors = supervisors_in(sentence)
        else:  # from a label: the sentence may say how they supervise, and who else does
            supervisors = (
                with_sentence(self.position["supervisors"], supervisors_in(sentence)) or ()
            )
        if supervisors:
            self.position["supervisors"] = supervisors
            self.record.infer("$.position.supervisors", sentence, segment)
        title = title_in(sentence) if "title" not in self.position else None
        if title:
            self.position["title"] = " ".join(title.group("title").split())
            self.record.infer("$.position.title", sentence, segment)
            self._title_in_full()
        if "duty_stations" not in self.position:
            self._infer_station(text, segment)
        return bool(supervisors or title or sentence.rstrip().endswith(":"))

    def _infer_station(self, text: str, segment: Segment) -> None:
        # The pattern's one fixed phrase first: the regex is slow on long
        # paragraphs. A match starts at that phrase: searched from there.
        at = text.find("supervision of")
        match = SUPERVISOR_IN.search(text, at) if at >= 0 else None
        if match is None:
            return
        place = match.group("place")
        if lookup_country(place) is not None:
            return  # "based in Barbados": the supervisor's office, a whole country
        country = places.country_of_city(place)
        if country is None:
            return
        self.position["duty_stations"] = (DutyStation(city=place, country=Country(country)),)
        self.record.infer("$.position.duty_stations", sentence_at(text, match), segment)

    # responsibilities

    def _read_responsibilities(self, section: Section) -> None:
        self._heading(section, "$.position.responsibilities")
        lead = self._supervision_lead(section.content)
        # A second section of duties adds its groups to the first's.
        groups: list[ResponsibilityGroup] = growing(self.position, "responsibilities")
        groups += self._duty_groups(section.content[lead:], first=len(groups))

    def _supervision_lead(self, content: list[Segment]) -> int:
        """Read the paragraph "Under the overall supervision of..." that opens *content*, if any.

        Notices of 2025 open their responsibilities with it, where older
        ones end their context with it: it says who supervises the post,
        and is context, not a duty. So is a sentence that only introduces
        the list below it ("The Intern will support the PSU in the following
        areas:", an internship call of 2025), or the groups of duties below
        it ("The consultant will work closely with the project team ... to
        carry out the following tasks, focusing on...", a consultancy on
        impactpool, 2026), or the next section's, where it is all this one
        holds ("Key Responsibilities" / "The consultant will be responsible
        for:" / "Tangible and measurable outputs of the work assignment",
        unjoblink's copy of IOM Kenya's call, 2025). Returns the index after
        it (0 if none).
        """
        if not content or content[0].bullet:
            return 0
        paragraph, end = paragraph_at(content, 0, self._page_width(), self._greedy())
        text = joined_lines(paragraph)
        supervision = supervision_in(text)
        leads_in = (
            introduces_list(text, content, end)
            or introduces_groups(text, content, end)
            or (end == len(content) and text.endswith(":"))
        )
        # A supervision later in a sentence that introduces the list: "Within the
        # delegated authority and under the supervision of..., the UN Volunteer
        # Interpreter will:" (UNV's notice of an assignment with IOM); or in one
        # that says the post works under it: "The Consultant will work under the
        # direct supervision of the Logistics Officer.", as terms of reference say it.
        if supervision is not None and (
            supervision.start() == 0
            or leads_in
            or (
                _POST_FIRST.match(text) is not None
                and _WORKS_UNDER.search(text, 0, supervision.start()) is not None
            )
        ):
            self._supervision(text, supervision, paragraph)
        elif not leads_in:
            return 0
        self._context(text, paragraph)
        return end

    def _reporting_line(self) -> None:
        """The supervisors "The consultant will report to..." names, where no others are read.

        The first paragraph of context that says whom the post reports to.
        """
        if "supervisors" in self.position:
            return
        for index, text in enumerate(self.context):
            supervisors = reports_to_in(text)
            if supervisors:
                self.position["supervisors"] = supervisors
                paragraph = self.record.lines[f"$.context[{index}]"]
                self.record.infer("$.position.supervisors", text, paragraph[0])
                return

    def _responsibilities_from_prose(self) -> None:
        """The duties below the supervision paragraph, where no section of its own lists them.

        Where one does, what stood below the paragraph is no list of duties:
        a paragraph of sentences is context ("Sous la supervision directe du
        responsable..." / "L’objectif général de l’intervention proposée
        est..." above the "Responsabilités" heading, yop.l-frii.com, 2025);
        a list, or a line that is no sentence ("Description for Internal
        Candidates (USD 1500)"), is kept unclassified. A sentence that
        introduces the section's list, last above it, is context too ("In
        particular S/he will be responsible for:", sudancareer, 2025).
        """
        if not self.duties:
            return
        if "responsibilities" not in self.position:
            self.position["responsibilities"] = self._duty_groups(self.duties)
            return
        at = 0
        while at < len(self.duties):
            paragraph, at = paragraph_at(self.duties, at, self._page_width(), self._greedy())
            text = joined_lines(paragraph)
            ends = "." if at < len(self.duties) else (".", ":")
            if text.endswith(ends) and not any(segment.bullet for segment in paragraph):
                self._context(text, paragraph)
            else:
                self._keep(*paragraph)

    def _marker_alone(self, segment: Segment, groups: int, first: int) -> None:
        """Say that *segment*, a bullet or list number alone, is the last of *groups*' list.

        Its item, right below, takes it too. Above the section's first line it
        starts no group: it may be a heading's number ("7." / "Responsabilidades:
        Consultores de categoría “A”: ...", a careers site's copy, 2025).
        """
        if groups:
            self.record.use(f"$.position.responsibilities[{first + groups - 1}].items", segment)

    def _first_group(
        self, groups: list[tuple[str | None, list[Responsibility]]], segment: Segment, first: int
    ) -> str:
        """Open the duties' first group at *segment*, its first duty; the duty's text.

        Under the heading a copy glued to the duty, if any (:func:`glued_heading`).
        """
        heading, text = glued_heading(segment.item)
        groups.append((heading, []))
        if heading is not None:
            self.record.use(f"$.position.responsibilities[{first}].heading", segment)
        return text

    def _duty_groups(
        self, content: list[Segment], *, first: int = 0
    ) -> tuple[ResponsibilityGroup, ...]:
        """The groups of duties *content* holds, numbered in the notice from *first*."""
        groups: list[tuple[str | None, list[Responsibility]]] = []
        heading: str | None = None
        # The width the duties were wrapped at, worked out where first needed (-1: not yet).
        width = [-1]
        bulleted = False  # whether the last duty's first line has a bullet
        begun: Segment | None = None  # the line the last duty began on
        alone: Segment | None = None  # a bullet or list number on its own line, just above
        resume = 0  # the line after a heading of several lines
        plain = plain_group_headings(content)
        for position, segment in enumerate(content):
            if position < resume:
                continue
            # Most duties are list items, and no deliverable: no call for them.
            lines = (
                self._group_heading_lines(content, position, plain, width)
                if not segment.bullet or "Deliverable " in segment.text
                else 0
            )
            if lines:
                heading_lines = content[position : position + lines]
                heading = unbolded(_joined_items(heading_lines)).rstrip(":").rstrip()
                groups.append((heading, []))
                self.record.use(
                    f"$.position.responsibilities[{first + len(groups) - 1}].heading",
                    *heading_lines,
                )
                resume = position + lines
                continue
            text = segment.item
            if not text:
                self._marker_alone(segment, len(groups), first)
                alone = segment
                continue
            if not groups:
                text = self._first_group(groups, segment, first)
            items = groups[-1][1]
            path = f"$.position.responsibilities[{first + len(groups) - 1}].items"
            number = segment.number_in_list
            set_apart, alone = (alone if alone_above(alone, segment) else None), None
            if set_apart is not None:
                # "1." / "Support the Sub-regional Coordinator...": a list number set
                # apart from its item (pdftotext), which begins here, whatever its
                # case. Below a bullet alone, an item in lower case goes on as ever.
                number, wrapped = set_apart.number_in_list, False
                starts = number is not None
            else:
                wrapped = bool(items) and (
                    self._duty_wrapped(content, position, width, bulleted=bulleted)
                    or self._hangs_below(begun, content[position - 1], segment)
                )
                starts = False
                wrapped = wrapped and not cut_after_dash(items, content[position - 1])
            for piece in run_together_items(text):
                if items and not starts and (piece[0].islower() or wrapped):
                    # "...working with other units and" / "- departments to ensure...": one duty.
                    last = items[-1]
                    going_on = with_dash(segment, piece, last.text)
                    items[-1] = Responsibility(joined_text(last.text, going_on), last.number)
                else:
                    items.append(Responsibility(piece, number))
                    bulleted = segment.bullet or set_apart is not None
                    begun = segment
                number = None  # the items run into the line after its first have none
                wrapped = starts = False
                self.record.use(f"{path}[{len(items) - 1}]", segment)
            if set_apart is not None:
                self.record.use(f"{path}[{len(items) - 1}]", set_apart)
        return tuple(ResponsibilityGroup(tuple(items), heading) for heading, items in groups)

    def _group_heading_lines(
        self, content: list[Segment], position: int, plain: frozenset[int], width: list[int]
    ) -> int:
        """How many lines the heading of a group of duties at *position* spans: 0 if none is there.

        A group heading is no list item: most duties are, and need no call. A
        deliverable is, as a board bullets it: "- Deliverable A – Literature review".
        """
        if not content[position].bullet:
            return group_heading_lines(content, position, plain)
        if content[position].item.startswith("Deliverable "):
            return self._deliverable_lines(content, position, width)
        return 0

    def _deliverable_lines(self, content: list[Segment], position: int, width: list[int]) -> int:
        """How many lines the bulleted deliverable at *position* heading a group spans; 0 if none.

        "- Deliverable A – Ongoing additions to literature review" / "Support
        IOM Kenya team by..." (unjoblink's copy of IOM Kenya's call, 2025):
        its line, and those its words go on in where a wrap cut it.
        """
        end = position + 1
        while end < len(content) and self._duty_wrapped(content, end, width, bulleted=True):
            end += 1
        following = content[end] if end < len(content) else None
        return end - position if heads_deliverable(content[position].item, following) else 0

    def _duty_wrapped(
        self, content: list[Segment], position: int, width: list[int], *, bulleted: bool
    ) -> bool:
        """Whether the duty line at *position* goes on with the duty above it.

        "...in line with" / "IOM's policies.", "...and attending" / "Platform
        meetings..." on a full line: a duty wrapped at a fixed width (the
        list's, where the duty above has a bullet, kept in ``width[0]`` once
        worked out; else the page's).
        """
        segment, above = content[position], content[position - 1]
        if goes_on_below(above, segment):
            return True
        if segment.bullet:
            return False
        if bulleted:
            if width[0] < 0:
                width[0] = list_width(content, self._page_width)
            if width[0] == 0:
                return goes_on_unwrapped(above, segment)
            return full_line_above(above, segment, width[0], self.layout.as_counted(above))
        return unfinished_full_line_above(
            above, segment, self._page_width(), self.layout.as_counted
        )

    # notes and how to apply

    def _read_notes(self, section: Section) -> None:
        self._heading(section, "$.notes")
        # A note wrapped at a fixed width goes on in the lines below, as a list's items do.
        for segment, lines in self._list_items(section):
            self._note(segment, lines)

    def _read_how_to_apply(self, section: Section) -> None:
        self._heading(section, "$.how_to_apply")
        # A second section adds its lines to the first's: the fields are
        # gathered here, and the model made once all sections are read.
        how = self.how_to_apply
        texts: list[str] = growing(how, "text")
        documents: list[str] = growing(how, "documents")
        earlier = len(texts)
        # A line wrapped at a fixed width goes on in the lines below, as a list's items do.
        for segment, lines in self._list_items(section):
            dated = _date_field(segment, lines)
            if dated is not None and self._read_date_item(dated):
                continue
            self.record.use(f"$.how_to_apply.text[{len(texts)}]", *lines)
            texts.append(segment.item)
            if segment.bullet and dated is None:
                documents.append(segment.item)
        # What an earlier section found stands: only this one's lines are searched
        # (a page of a thousand sections searched them all again for each).
        added = texts[earlier:]
        whole = " ".join(added)
        if how.get("email") is None and (found := _EMAIL.search(whole)) is not None:
            how["email"] = found.group(0)
        if how.get("url") is None and (found := _URL.search(whole)) is not None:
            how["url"] = found.group(0).rstrip(">).,")
        if how.get("subject") is None:
            how["subject"] = _subject(added)

    def _how_to_apply(self) -> None:
        """Make how to apply from what its sections gave, if any section did."""
        if self.how_to_apply:
            self.notice["how_to_apply"] = HowToApply(**frozen(self.how_to_apply))

    def _read_date_item(self, field: Field) -> bool:
        """Read the dates a list item of how to apply gives, where no field gave them; whether it did.

        "- Closing date: 20 February 2024" among the documents to send: the
        closing date, which the header may not give. Where a field gave it
        already, the item stays a line of how to apply (no document).
        """
        if _DATE_ITEMS[field.name] in self.notice:
            return False
        if field.name == "closing":
            return self._field_closing(field)
        return self._field_posting_period(field)

    # what is left

    def _doubt_no_notice(self) -> None:
        """Say so where the text gave nothing but context: it may hold no notice at all.

        A README, a letter, a binary file read as text: every line is kept
        as context, and the notice has no field; or the text is empty.
        ``iomjobs check`` over a folder then says which files held no notice
        (rule ``TXT006``).
        """
        if not self.segments:
            # An empty file, or one of blank lines: no line to point at but the first.
            self.record.doubts.append(Doubt("$", "the text is empty: it holds no notice", 1))
            return
        read = self.record.lines
        # Context is "$.context" and one path a paragraph: more paths, some field.
        if len(read) > len(self.context) + 1:
            return
        if any(not path.startswith("$.context") for path in read):
            return
        message = "nothing in the text reads as a notice's field: it may hold no notice"
        self.record.doubt("$", message, self.segments[0])

    def _pay_after_heading(self, unused: list[Segment]) -> Segment | None:
        """The pay a job board puts after a heading no section reads, where no field gave any.

        "Description for Internal Candidates (USD 1500)" (IOM Ukraine's notice
        as prostir.ua copies it, 2025): a heading of the recruitment system,
        the amount the board adds. Inferred from that line, of those *unused*
        or kept whole as unclassified text, which it returns; a line of no
        heading's shape (a sentence, a duty) gives none.
        """
        if "salary" in self.notice:
            return None
        kept = [line for line in self.record.kept if line.text.endswith(")")]
        for segment in sorted((*kept, *unused), key=_number_of):
            match = _PAY_AFTER_HEADING.fullmatch(segment.text)
            salary = amount_alone(match.group("pay")) if match is not None else None
            if salary is None:
                continue
            whole = SourceLine(segment.number, segment.text)
            if segment in self.record.kept and whole in self.unclassified:
                self.record.kept.discard(segment)  # no longer unclassified
                self.unclassified.remove(whole)
            self.notice["salary"] = salary
            self.record.infer("$.salary", segment.text, segment)
            return segment
        return None

    def _unclassified_rest(self) -> None:
        for footnote in self.layout.footnotes:
            self._keep(footnote)
        self._keep(*self.layout.markup)
        unused = self.record.unused(self.segments)
        pay = self._pay_after_heading(unused)
        # Whatever no reader took is kept, never dropped.
        for segment in unused:
            if segment is not pay:
                self._note_or_keep(segment)


# --- patterns and small readers ------------------------------------------------


_number_of: Final = operator.attrgetter("number")
# A heading's words, each capitalized but "for", "of" and "and", then an amount in brackets.
_PAY_AFTER_HEADING: Final = re.compile(
    r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|for|of|and))* \((?P<pay>[^()]{2,40})\)"
)


# "Open to...": matched at a line's start, searched for in a kind line.
# "Ouvert à", whose "à" no word boundary follows where a space does not.
# "Open to" in the four languages; in the others, an "only" or "both" may come between
# ("ouvert uniquement aux", "abierta tanto a", "aberta somente a").
_OPEN_TO: Final = re.compile(
    r"\b(?:open to\b|ouverte? (?:(?:uniquement|exclusivement|seulement) )?"
    r"(?:(?:à la fois )?aux\b|[àa](?!\w))"
    r"|abiert[oa] (?:(?:tanto|solamente|solo|[úu]nicamente|exclusivamente) )?a\b"
    r"|abert[oa] (?:(?:somente|apenas|unicamente|exclusivamente) )?a\b)",
    re.IGNORECASE,
)
# What may come before "open to" in a line that says who may apply: quotation
# marks, and the post: "“This position is open to "Internal and Separated Staff
# only”" (IOM's offices in the US, 2026). That sentence says who may apply where
# it names internal or external candidates ("... open to nationals of Ghana" does not),
# as _CANDIDATES_NAMED finds. A mark may have been lost ("\ufffdThis position is open
# to...": Windows-1252's quotation marks read as UTF-8).
_OPEN_TO_LINE: Final = re.compile(
    r"[\s\"'“”‘’«\ufffd]*(?:(?:this\s+(?:position|post|vacancy)\s+is"
    # The same sentence in IOM's French, Spanish and Portuguese notices: "Ce poste est
    # ouvert aux...", "Esta vacante está abierta a...", "Vaga aberta a...".
    r"|ce\s+poste\s+est|cette\s+vacance\s+est|(?:este|el)\s+(?:puesto|cargo)\s+est[áa]"
    r"|esta\s+(?:vacante|plaza|vaga)\s+est[áa]|(?:a\s+)?vaga(?:\s+est[áa])?)\s+)?"
    + _OPEN_TO.pattern,
    re.IGNORECASE,
)
_OPEN_TO_LINE_WORDS: Final = (
    OPEN_TO_WORDS
    | {"this", "position", "post", "vacancy", "is", "both", "ce", "poste", "est", "cette"}
    | {"vacance", "la", "fois", "este", "esta", "el", "puesto", "cargo", "vacante", "plaza"}
    | {"vaga", "tanto", "seulement", "exclusivement"}
)
# The last words of "Open to Internal and External Candidates", in a line of their own;
# a quotation's closing mark too ("“This position is open to "Internal and Separated
# Staff" / "only”", a board's page at 60 columns).
_OPEN_TO_WORD: Final = (
    r"(?:and|et|y|internal|external|internes?|externes?|intern[oa]s|extern[oa]s"
    r"|candidates|candidats|candidat[oa]s|applicants|only|uniquement|[uú]nicamente|e|apenas)"
)
_OPEN_TO_END: Final = re.compile(
    rf"{_OPEN_TO_WORD}\b(?:\s+{_OPEN_TO_WORD}\b)*\.?[\"'”’»\ufffd]*\.?$", re.IGNORECASE
)
_EXTERNAL: Final = re.compile(r"extern", re.IGNORECASE)
# What a sentence that the post works under a supervision opens with, the post its
# subject ("The Consultant", "Le/la titulaire", "El/la consultor/a", "S/he"): a duty
# opens with its verb.
_POST_FIRST: Final = re.compile(
    r"(?:the|le|la|l['’]|el|o|a|s/he|he/she|she/he|he or she)\b", re.IGNORECASE
)
# The post at work under a supervision, right before it, in the four languages: "will
# work under the", "travaillera sous la", "trabajará bajo la", "trabalhará sob a".
_WORKS_UNDER: Final = re.compile(
    r"\b(?:will\s+(?:work|be\s+working|be\s+placed|serve)|travaillera|sera\s+plac[ée]e?"
    r"|trabajar[áa]|estar[áa]|trabalhar[áa])\s+$",
    re.IGNORECASE,
)
# "Internal" or "external" in the four languages, after "in" or "ex": "internal",
# "internes", "internos", "externas".
_TERN_WORD: Final = r"tern(?:al|es?|[oa]s?)\b"
_INTERNAL: Final = re.compile(rf"\bin{_TERN_WORD}", re.IGNORECASE)
_CANDIDATES_NAMED: Final = re.compile(rf"\b(?:in|ex){_TERN_WORD}", re.IGNORECASE)


def _internal_only(rest: str) -> bool:
    """Whether *rest*, what a kind line says after its kind and reference, says "internal only".

    "Vacancy Notice VN/2024/07 Open to Internal Candidates Only", "Avis de
    vacance interne", "Aviso de vacante interna": the words for who may
    apply, none of them for external candidates, and nothing else.
    """
    return (
        _INTERNAL.search(rest) is not None
        and _EXTERNAL.search(rest) is None
        and not says_more(rest, (), _KIND_LINE_WORDS)
    )


def _opens_to_nationals(text: str) -> bool:
    """Whether *text* is "Open to Senegalese nationals only.": whose nationals, no candidates.

    In French, Spanish and Portuguese too: "Ouvert aux candidat(e)s de
    nationalité malienne, burkinabè ou nigérienne." (it had closed the post
    to external candidates, its nationals unread).
    """
    match = NATIONALS_SENTENCE.match(text)
    return (match is not None and match.group("opening") is not None) or bool(nationals_said(text))


# A job board's label for the organization, alone on its line above its name.
_EMPLOYER_LABEL: Final = re.compile(
    r"(?:Company|Employer|Organi[sz]ation|Hiring Organi[sz]ation):?"
)
# What a kind line may say after its kind and reference: "Open to Internal and
# External Candidates", the kind's words again.
_KIND_LINE_WORDS: Final = KIND_WORDS | OPEN_TO_WORDS


def _kind_match(written: str) -> tuple[re.Match[str] | None, str]:
    """The kind line's match in *written*, and the text it was tried on.

    In markdown too: "**Call for Applications:** Consultant...", "# Vacancy
    Notice"; after a board's name for IOM: "International Organization for
    Migration (IOM),Call for Applications/Migration Profile Expert for
    Rwanda" (a Rwandan jobs blog, 2017).
    """
    text = written.lstrip("#*_ ") if written[:1] in "#*_" else written
    if text.startswith(("Intern", "INTERN", "IOM", "OIM")):
        text = without_organization(text)
    return KIND_LINE.match(text), text


def _place_among_dots(text: str) -> str | None:
    """The one fact with a comma on a board's line of facts parted by middle dots.

    *text* itself where no dot parts it; ``None`` where no fact or several have one.
    """
    if "\u00b7" not in text:
        return text
    placed = [piece.strip() for piece in text.split("\u00b7") if "," in piece]
    return placed[0] if len(placed) == 1 else None


_EMAIL: Final = re.compile(r"[\w.+-][\w.+-]*@[\w-]+(?:\.[\w-]+)+")  # a class first: sre skips to it
_URL: Final = re.compile(r"https?://[^\s<>)\]\"]+")


def _language_of(text: str) -> str:
    """The code of the language *text* is written in, or "" where it says too little."""
    language = notice_language(text)
    return language.code if language is not None else ""


def _grade_tagged(tags: str) -> Grade | None:
    """The grade among a board's title tags (" - Expedited VN - UG", "-G5"), if one is."""
    found = GRADE_TAG.search(tags)
    return None if found is None else interpret.read_grade(found.group())


# A board's cells run together: the day posted, the deadline, the place ("October
# 31, 2025December 15, 2025PembaMozambique"), the place perhaps left empty.
# A board's day as its cells write it: "Jun 1, 2026", "October 31, 2025".
_BOARD_DAY: Final = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
_BOARD_DATES: Final = re.compile(
    rf"(?P<posted>{_BOARD_DAY})(?P<closing>{_BOARD_DAY})(?P<place>\S.*)?$"
)


# A board's cells run together: the place, the grade, the contract, the organization
# ("Banteay Meanchey, CambodiaGrade UGSpecial Short term ungraded (Up to 9 months)IOM").
_BOARD_CELLS: Final = re.compile(
    r"(?P<place>[^\s,][^,]*(?:, [^,]+?)+) ?Grade (?P<grade>UG|NO-?[A-D]|[GPD]-?\d)"
    r"(?P<contract>[A-Z].*?)?(?:IOM)?$"
)
# And the days left to apply, then the day posted ("Closing in 2 daysPosted Jun 1, 2026");
# on the last days, "Closing today", "Closing tomorrow".
_BOARD_POSTED: Final = re.compile(
    r"Closing (?:in \d{1,3} (?:day|week)s?|today|tomorrow) ?"
    rf"Posted (?P<posted>{_BOARD_DAY})$"
)


def _more_than(date: FoundDate, cell: str) -> bool:
    """Whether *cell* holds words or figures besides *date*, the date read from it."""
    return bool(cell[: date.start].strip() or cell[date.end :].strip(" .,"))


def _dates_in_order(found: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The day posted and the deadline *found*'s groups give, if both are dates in that order."""
    dates = _found_in_order(found)
    return (dates[0].date, dates[1].date) if dates is not None else None


def _found_in_order(found: re.Match[str]) -> tuple[FoundDate, FoundDate] | None:
    """The dates *found*'s groups "posted" and "closing" give, if both are, in that order."""
    posted, closing = read_date(found.group("posted")), read_date(found.group("closing"))
    if posted is None or closing is None or closing.date < posted.date:
        return None
    return posted, closing


def _joined_items(lines: Sequence[Segment]) -> str:
    """The words of *lines*, the first's after its bullet if any, each going on from the one above."""
    first = lines[0]
    return joined_lines(
        [Segment(first.number, first.item), *lines[1:]] if first.bullet else list(lines)
    )


def _closes_wrap(segment: Segment, below: Segment) -> bool:
    """Whether *below*, the line right below *segment*, closes the parenthesis a wrap left open."""
    return (
        in_bracket(segment.text)
        and below.number == segment.number + 1
        and not below.bullet
        and ")" in below.text
        and "(" not in below.text.partition(")")[0]
    )


def _names_title(line: str, title: str) -> bool:
    """Whether *line* is *title*, or the title a board names the organization after.

    Either in capitals too: "PROJECT OFFICER (PROTECTION) AT INTERNATIONAL
    ORGANIZATION FOR MIGRATION", or the header's "Position Title: PROJECT
    OFFICER (PROTECTION)" below the board's line.
    """
    if nocase.has_either_case(line, " Migration"):
        line = without_organization(line)
    if line.isupper() or title.isupper():
        return line.casefold() == title.casefold()
    return line == title


def _subject(texts: list[str]) -> str | None:
    """The subject how to apply asks applications to bear, in bold or quotes after its word.

    "indicating "VN 2026/12 - Driver" in the subject line", "en indiquant en
    objet « VN 2026/12 – Chauffeur »", "con el asunto "..."", "no assunto".
    """
    for text in texts:
        lowered = text.lower()
        if not any(word in lowered for word in _SUBJECT_WORDS):
            continue
        marked = re.findall(r"\*\*(.+?)\*\*", text)
        if marked:
            return "; ".join(part.strip(' “”"') for part in marked)
        quoted = _QUOTED.search(text)
        if quoted:
            return quoted.group(1)
        after = _AFTER_ITS_COLON.search(text)
        if after:
            return after.group("subject")
    return None


# The subject's word in the four languages ("avec la mention « ... »" in French too),
# and a text in quotes (French's guillemets too).
_SUBJECT_WORDS: Final = ("subject", "objet", "asunto", "assunto", "la mention")
_QUOTED: Final = re.compile(r"[“\"«]\s*(.+?)\s*[”\"»]")
# Or, unquoted, after the word and a colon, to the sentence's end: "indicating the
# vacancy number in the subject line: VN/2026/12.", "dans l'objet : VN 2026/12 – Chauffeur."
_AFTER_ITS_COLON: Final = re.compile(
    r"(?i:subject(?:\s+line)?|objet|asunto|assunto)\s*:\s*(?P<subject>\S.*?)(?:\.\s|\.?\s*$)"
)


def _date_field(segment: Segment, lines: tuple[Segment, ...]) -> Field | None:
    """The closing date or posting period a line of how to apply gives as a labelled field, if any.

    A notice's labels ("- Closing date: 20 February 2024" among the documents
    to send), and a board's "Deadline:", which elsewhere may be a
    deliverable's but in how to apply is the applications' ("Deadline: 15
    March 2026" at the foot of a board's page).
    """
    item = segment.item
    if ":" not in item:
        return None
    found = match_label(item) or board_only_label(item)
    if found is None or found[0] not in _DATE_ITEMS:
        return None
    name, label, value = found
    return Field(name, label, value, list(lines))


# The dates a list item of how to apply may give, by field, and where each is kept.
_DATE_ITEMS: Final = {"closing": "closing_date", "posting_period": "posting_period"}
