"""From sections to a notice, recording where each field came from (internal).

The header's labelled fields are read by :class:`~iomjobs.parse._header.HeaderReader`,
which :class:`Reader` extends with the sections, the prose and what is left.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import attrs

from iomjobs._text import NUMBER_WORDS, fold
from iomjobs.model.competency import Competencies, CompetencyGroup, CompetencyItem
from iomjobs.model.grade import Grade
from iomjobs.model.language import LanguageRequirement
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ConsultancyCategory,
    ContractType,
    FirstTier,
    HowToApply,
    MemberStateEntry,
    NoticeKind,
    PostingPeriod,
    SourceLine,
    StartDate,
    VacancyNotice,
)
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import (
    Position,
    RecruitingType,
    Responsibility,
    ResponsibilityGroup,
)
from iomjobs.model.qualification import QualificationPath, Qualifications
from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._competencies import (
    DECLARED,
    competency_items,
    declared_count,
    group_level,
    group_note,
    may_declare,
    may_start_name,
    name_at,
    names_item,
    with_indicator,
)
from iomjobs.parse._dates import find_dates, read_date
from iomjobs.parse._duty_groups import (
    group_heading_lines,
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
from iomjobs.parse._education_paths import path_sentences
from iomjobs.parse._hanging import hangs_under
from iomjobs.parse._header import HeaderReader
from iomjobs.parse._hours import closing_hour
from iomjobs.parse._language import notice_language
from iomjobs.parse._leftover import KIND_WORDS, OPEN_TO_WORDS, says_more
from iomjobs.parse._page_top import heading_line
from iomjobs.parse._paragraphs import KIND_LINE, LETTERHEAD, paragraph_at, runs_on_as_prose
from iomjobs.parse._pay import amount_alone
from iomjobs.parse._posts import EMPLOYER_ITEM, announces_posts, doubt_mixed_posts
from iomjobs.parse._record import Doubt, Recorder
from iomjobs.parse._sections import (
    Layout,
    Section,
    greedy_page_wrap,
    page_width,
    short_line_below,
)
from iomjobs.parse._segments import (
    STOPS,
    GreedyWrap,
    Segment,
    alone_above,
    as_written,
    did_not_fit,
    full_line_above,
    goes_on_below,
    joined_lines,
    joined_text,
    joined_where_filled,
    list_width,
    unbolded,
    unfinished_full_line_above,
    unmarked,
    wrapped_item,
    wrapped_items,
)
from iomjobs.parse._sentences import sentence_at, sentences
from iomjobs.parse._supervision import (
    SUPERVISION,
    SUPERVISION_TWIN,
    SUPERVISOR_IN,
    guidance_first,
    reports_to_in,
    supervision_in,
    supervisors_in,
    with_sentence,
    without_remark,
)
from iomjobs.parse._tiers import (
    FIRST_TIER,
    FIRST_TIER_TWIN,
    INLINE_TIERS,
    INTERNAL,
    INTERNAL_FIRST,
    INTERNAL_FIRST_TWIN,
    INTERNAL_ONLY,
    INTERNAL_ONLY_TWIN,
    INTERNAL_TWIN,
    MEMBER_STATES,
    MEMBER_STATES_TWIN,
    NAME_SEPARATORS,
    NATIONALS_BARRED,
    NATIONALS_BARRED_TWIN,
    ONLY_FIRST_TIER,
    ONLY_FIRST_TIER_TWIN,
    OPEN_TO_BOTH,
    OPEN_TO_BOTH_TWIN,
    SECOND_TIER_EXTERNAL,
    WELCOMES_INTERNAL,
    WELCOMES_INTERNAL_TWIN,
    WOMEN,
    WOMEN_TWIN,
    first_item_cut,
    goes_on,
    introduction_lines,
    is_list,
    member_entries,
    name_cut,
    names_member_states,
    names_tier,
    run_together,
    says_more_than_tiers,
    separated,
    tier_item_at,
    welcomes_both_tiers,
    without_introduction,
)
from iomjobs.parse._titles import (
    BOARD_TITLE_LINE,
    GRADE_TAG,
    ONE_TAG,
    REFERENCE_ALONE,
    TITLE_CONTRACTS,
    TITLE_DASH,
    TITLE_LINES,
    TITLE_TAGS,
    board_grade,
    board_title,
    ends_in_mark,
    is_mark,
    marked_title,
    post_line,
    posts_in_heading,
    station_after,
    title_in,
    title_marks,
    title_parts,
    without_organization,
    without_place,
)
from iomjobs.parse._vocabulary import (
    NOTE_OPENINGS,
    SPECIAL_LENGTH,
    match_heading,
)
from iomjobs.reference.countries import lookup_country
from iomjobs.reference.zones import time_zone_of

PROSE: Final = ("preamble", "intro", "position_information", "context")


class Reader(HeaderReader):
    """Reads one laid-out notice into a :class:`VacancyNotice`."""

    # A plain class, not an attrs one: compiled (see hatch_build.py), a
    # class of mypyc's own, whose attributes are read in C.
    __slots__ = (
        "competency_groups",
        "context",
        "duties",
        "heading",
        "heading_line",
        "heading_lines",
        "heading_unmarked",
        "layout",
        "local_closing",
        "notes",
        "notice",
        "position",
        "qualifications",
        "record",
        "segments",
        "unclassified",
    )

    segments: list[Segment]
    qualifications: dict[str, Any]
    context: list[str]
    notes: list[str]
    duties: list[Segment]
    competency_groups: dict[str, CompetencyGroup]
    """The competency groups read, by name; the notice has a competency
    section if "competencies" is in ``position``."""
    heading_line: Segment | None
    """The line a job board's page begins with, the title or a reference: the
    first, or the second below the board's own "company logo"."""
    heading_lines: tuple[Segment, ...]
    """The heading line and the line it goes on in, where text wrapped at a
    fixed width cut it ("...Asistente de Operaciones / Operations" /
    "Assistant"); none without a heading line."""
    heading: str
    """The heading lines' text, as written; empty without a heading line."""
    heading_unmarked: str
    """The heading's text without markdown's marks about it ("# ...", "**...**")."""

    def __init__(self, layout: Layout, record: Recorder, segments: list[Segment]) -> None:
        self.layout = layout
        self.record = record
        self.segments = segments
        self.unclassified = []
        # Keyword arguments for the models, gathered field by field.
        self.notice = {}
        self.position = {}
        self.qualifications = {}
        self.context = []
        self.notes = []
        self.duties = []
        self.competency_groups = {}
        self.heading_line = None
        self.heading_lines = ()
        self.heading = self.heading_unmarked = ""
        self.local_closing = []

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
        self._responsibilities_from_prose()
        self._reporting_line()
        self._board_summary()
        self._posted_in_heading()
        self._title_above_board_list()
        self._board_title_line()
        self._title_line()
        self._marked_title_line()
        self._terms_of_reference_title()
        self._title_marks()
        self._infer_kind()
        self._infer_contract()
        self._infer_consultancy_category()
        self._infer_start()
        self._infer_countries()
        self._infer_closing_zone()
        self._doubt_no_notice()
        self._unclassified_rest()
        if "competencies" in self.position:
            self.position["competencies"] = Competencies(**self.competency_groups)
        position = Position(
            qualifications=Qualifications(**self.qualifications),
            **self.position,
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

    def _heading(self, section: Section, path: str) -> None:
        if section.heading is not None:
            self.record.use(path, section.heading, *section.heading_below)
            if section.meant is not None:
                written = section.heading.text.strip().rstrip(":").rstrip()
                message = f"{written!r} is not a heading's name; read as {section.meant!r}"
                self.record.doubt(path, message, section.heading)

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
        # required": the heading says what its prose is about, and stays with it.
        heading = [section.heading] if section.heading is not None else []
        self._prose(Section("context", content=[*heading, *section.content]))

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

    def _women_first_tier(self, said: str, segment: Segment) -> None:
        """External women are first-tier where the second tier's statement excepts them.

        "All external candidates, except candidates from non-represented
        member states of IOM and female candidates." (IOM Libya, 2021):
        the first-tier list need not name them. Marked as inferred.
        """
        first_tier = self.notice.get("first_tier")
        if not isinstance(first_tier, FirstTier):
            first_tier = FirstTier()
        if not first_tier.external_women:
            self.notice["first_tier"] = attrs.evolve(first_tier, external_women=True)
            self.record.infer("$.first_tier.external_women", said, segment)

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
            if self._special_line(segment):
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
            # French "premier rang", "premier et de deuxième rang" (not "range").
            tier = (
                "tier" in text
                or "welcome from internal and" in text
                or "nive" in text
                or "primari" in text
                or "rimeir" in text
                or "r rang" in text
                or "me rang" in text
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

    def _open_to_whom(self, text: str, low: str | None, paragraph: list[Segment]) -> None:
        """Read from *text*, a paragraph that names internal candidates, whether others may apply."""
        if nocase.found(INTERNAL_ONLY, INTERNAL_ONLY_TWIN, text, low):
            # "only applications from internal candidates will be accepted": no tiers.
            self.notice["open_to_external"] = False
            self.record.use("$.open_to_external", *paragraph)
        elif "open_to_external" not in self.notice and nocase.found(
            OPEN_TO_BOTH, OPEN_TO_BOTH_TWIN, text, low
        ):
            # An ungraded post's notice has no tiers; this says who may apply.
            self.notice["open_to_external"] = True
            self.record.use("$.open_to_external", *paragraph)

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

    def _special_line(self, segment: Segment) -> bool:
        """Read a line that stands alone: the kind line, "Open to...", the letterhead.

        And a job board's first line with the notice's tags (see _tagged_title).
        """
        if len(segment.text) > SPECIAL_LENGTH:
            return False
        # A heading a wrap cut: "Project Officer (Protection) At International
        # Organization for" / "Migration", a board's page at 64 columns.
        lines = self.heading_lines if segment is self.heading_line else (segment,)
        heading = joined_lines(list(lines)) if len(lines) > 1 else segment.text
        if self._restates_title(heading, lines):
            return True
        first = segment is self.heading_line
        if self._kind_line(segment) or (
            first and (self._tagged_title(segment) or self._title_alone(segment))
        ):
            return True
        text = unmarked(segment.text)
        if _OPEN_TO_LINE.match(text):
            self.notice["open_to_external"] = bool(_EXTERNAL.search(text))
            self.record.use("$.open_to_external", segment)
            if says_more(text, (), _OPEN_TO_LINE_WORDS):
                self._keep_once(segment)  # the flag holds whom, and nothing else
            return True
        if LETTERHEAD.match(text):
            self._keep(segment)
            return True
        return (
            self._reference_alone(segment)
            or self._board_dates_and_place(segment)
            or self._board_place(segment)
        )

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
        """The reference on a line of its own, where nothing else gave one.

        "CON 2017/02 – RW" below the cells of IOM Rwanda's call for a
        consultant (2017), as a blog copied it: the whole line, as written.
        """
        if "reference" in self.notice or not REFERENCE_ALONE.fullmatch(segment.text):
            return False
        self.notice["reference"] = segment.text
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
        if found is None:
            return False
        posted, closing = read_date(found.group("posted")), read_date(found.group("closing"))
        if posted is None or closing is None or closing.date < posted.date:
            return False
        place = found.group("place")
        station = interpret.glued_station(place) if place else None
        if place and station is None:
            return False  # no place a board would name: a line of its own kind
        if "posting_period" not in self.notice:
            self.notice["posting_period"] = PostingPeriod(posted.date, None)
            self.record.infer("$.posting_period", segment.text, segment)
        if "closing_date" not in self.notice:
            self.notice["closing_date"] = closing.date
            self.record.infer("$.closing_date", segment.text, segment)
        if station is not None and "duty_stations" not in self.position:
            self.position["duty_stations"] = (station,)
            self.record.infer("$.position.duty_stations", segment.text, segment)
        return True

    def _board_place(self, segment: Segment) -> bool:
        """The duty station *segment*, a line of its own, gives (:meth:`_board_place_on`)."""
        return self._board_place_on(segment.text, [segment])

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
            # An address, with its street number or postal code, is no station;
            # nor "..., manage their workflows, and", a wrapped sentence ("and" is
            # no Andorra, though lookup_country reads an alpha-3 code in any case).
            or any(map(str.isdigit, text))
            or text.rpartition(",")[2].strip().islower()
        ):
            return False
        if any(len(paragraph) > SPECIAL_LENGTH for paragraph in self.context):
            return False  # the notice's text has begun: a place there is no field
        above = self._line_above(lines[0])
        if above is not None and LETTERHEAD.match(above.text):
            return False  # "Geneva, Switzerland" under IOM's name: the letterhead's
        stations = interpret.read_duty_stations(text)
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

    def _line_above(self, segment: Segment) -> Segment | None:
        """The segment before *segment*; ``None`` at the top, and for a piece no list holds.

        A heading's rest is such a piece: "Kinshasa, DRC" after "Introduction – ".
        """
        at = next((at for at, each in enumerate(self.segments) if each is segment), 0)
        return self.segments[at - 1] if at else None

    def _after_special_line(self, segment: Segment, content: list[Segment], index: int) -> int:
        """The index after *segment*, ``content[index]``, read as a line that stands alone.

        And after the lines it went on in: "Open to Internal and External" /
        "Candidates", or the wrap of a heading line that gave the title.
        """
        after = index + 1 + self._open_to_goes_on(segment, content, index + 1)
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
        if reference:
            self.notice["reference"] = reference.strip()
            self.record.use("$.reference", *read_from)
        elif "title" not in self.position:
            # The title after the kind (ingo.work, 2026); on the page's heading line,
            # wrapped too: "...Medical Escorts (Various Speciality" / "Area)".
            title = board_title(joined_lines(list(lines))[start:].strip(" :*_"))
            if title:
                self.position["title"] = title
                self.record.use("$.position.title", *lines)
                rest = ""
        if _EXTERNAL.search(segment.text):
            self.notice["open_to_external"] = True
            self.record.use("$.open_to_external", segment)
        if says_more(rest, (), _KIND_LINE_WORDS):
            # "Vacancy Notice 16576 (re-advertisement)": the kind and the reference hold
            # nothing of the rest.
            self._keep_once(segment)
        return True

    def _first_tier(
        self,
        text: str,
        low: str | None,
        paragraph: list[Segment],
        content: list[Segment],
        index: int,
    ) -> int:
        ends = self._first_item_cut(content, index - 1)
        if ends is not None:
            paragraph = [*paragraph[:-1], ends]
            text = joined_lines(paragraph)
            low = nocase.lowered(text)
        elif index < len(content) and not content[index].bullet:
            # The list's introduction, a line of its own below the paragraph.
            self._first_item_cut(content, index, introducing=True)
        self.record.use("$.first_tier.as_written", *paragraph)
        internal = nocase.found(INTERNAL_FIRST, INTERNAL_FIRST_TWIN, text, low)
        text, low, women = self._after_opening(text, low)
        self._who_may_apply(text, low, paragraph, internal=internal)
        # "...the following are considered first-tier candidates:": a list follows.
        listing = text.endswith(":")
        introduction = introduction_lines(content, index)
        if introduction:
            # "Pour ce poste vacant, les candidats suivants sont considérés comme
            # prioritaires :", a line of its own before the list (or two, wrapped).
            introducing = content[index : index + introduction]
            self.record.use("$.first_tier.as_written", *introducing)
            text = f"{text} {joined_lines(introducing)}"
            index += introduction
            listing = True
        listed_internal, listed_women, members, index = self._tier_list(
            content, index, listing=listing
        )
        internal, women = internal or listed_internal, women or listed_women
        if members is None and index < len(content) and names_member_states(content[index]):
            # The names alone below the introduction, the items before them
            # dropped by a job board ("Antigua and Barbuda; Barbados; ...", unjobline).
            name_lines = _name_lines(content, index)
            members = member_entries(joined_lines(name_lines))
            self.record.use("$.first_tier.non_represented_member_states", *name_lines)
            index += len(name_lines)
        inline = INLINE_TIERS.search(text) if ":" in text else None
        if inline is not None:
            # "... candidats de premier niveau : candidats internes et candidats
            # des États membres non représentés suivants : Antigua-et-Barbuda, ...",
            # the names there or, wrapped, in the lines below.
            listed = inline.group("listed")
            internal = internal or INTERNAL.search(listed) is not None
            women = women or WOMEN.search(listed) is not None
            states = MEMBER_STATES.search(listed)
            names = listed[states.end() :].partition(":")[2] if states else ""
            if members is None and names.strip():
                members = member_entries(names.strip())
                self.record.use("$.first_tier.non_represented_member_states", *paragraph)
        self.notice["first_tier"] = FirstTier(
            internal=internal,
            external_women=women,
            non_represented_member_states=members,
            as_written=text,
        )
        return index

    def _first_item_cut(
        self, content: list[Segment], at: int, *, introducing: bool = False
    ) -> Segment | None:
        """Cut ``content[at]`` where the list's first item ran into it; what is left, or ``None``.

        The item stands below it, above the other items (:func:`first_item_cut`).
        With *introducing*, only where what is left introduces the list: a
        line of its own that ends in a colon.
        """
        below = content[at + 1] if at + 1 < len(content) else None
        cut = first_item_cut(content[at], below)
        if cut is None or (introducing and not introduction_lines(list(cut), 0)):
            return None
        self.record.use("$.first_tier", content[at])  # the line as written: its parts are read
        content[at : at + 1] = cut
        return cut[0]

    def _tier_list(
        self, content: list[Segment], index: int, *, listing: bool
    ) -> tuple[bool, bool, tuple[MemberStateEntry, ...] | None, int]:
        """The first-tier list from ``content[index]``, and the index after it.

        Whether it names internal candidates, and external women; the member
        states it lists, if it does. *listing* says the paragraph above
        introduced it ("...the following are considered first-tier
        candidates:"): an item there that names none of these is kept.
        Where it did not ("...internal candidates are considered first-tier
        candidates."), the list below is the tiers' only where its items name
        them: unjobnet's page (2026) has the duties there, numbered.
        """
        internal = women = False
        members: tuple[MemberStateEntry, ...] | None = None
        while index < len(content) and tier_item_at(content, index):
            # An item may go on in the lines below, wrapped at a fixed width.
            bullet, lines = wrapped_item(content, index)
            item = bullet.item
            item_low = nocase.lowered(item)
            if not names_tier(item, item_low):
                if not listing:
                    break
                if any(map(str.isalnum, item)):
                    self._keep(*lines)
                else:  # the next item's bullet, alone on its line above it
                    self.record.use("$.first_tier", *lines)
                index += len(lines)
                continue
            self.record.use("$.first_tier", *lines)
            names_states = nocase.found(MEMBER_STATES, MEMBER_STATES_TWIN, item, item_low)
            if says_more_than_tiers(item, names_states=names_states):
                self._keep_once(*lines)  # "Internal candidates (staff on fixed-term contracts)"
            internal = internal or nocase.found(INTERNAL, INTERNAL_TWIN, item, item_low)
            women = women or nocase.found(WOMEN, WOMEN_TWIN, item, item_low)
            index += len(lines)
            if nocase.found(NATIONALS_BARRED, NATIONALS_BARRED_TWIN, item, item_low):
                self.notice["duty_station_nationals_eligible"] = False
            if names_states:
                members, index = self._member_states(bullet, content, index)
        return internal, women, members, index

    def _after_opening(self, text: str, low: str | None) -> tuple[str, str | None, bool]:
        """*text* (lowered *low*), the first-tier paragraph, after its opening if one came before.

        "Applications are welcome from first- and second-tier candidates...",
        parted from the rest by a paragraph's end: one statement, read whole.
        An opening names no first-tier candidates nor a list. With the text,
        its lowered twin and whether the opening made external women first-tier.
        """
        opening = self.notice.get("first_tier")
        if (
            isinstance(opening, FirstTier)
            and not opening.internal
            and opening.non_represented_member_states is None
        ):
            whole = f"{opening.as_written} {text}"
            return whole, nocase.lowered(whole), opening.external_women
        return text, low, False

    def _who_may_apply(
        self, text: str, low: str | None, paragraph: list[Segment], *, internal: bool
    ) -> None:
        """Whether the first-tier paragraph opens the vacancy to external candidates."""
        if welcomes_both_tiers(text, low):
            self.notice["open_to_external"] = True
        elif (
            internal and nocase.found(ONLY_FIRST_TIER, ONLY_FIRST_TIER_TWIN, text, low)
        ) or nocase.found(WELCOMES_INTERNAL, WELCOMES_INTERNAL_TWIN, text, low):
            # "only first tier candidates will be considered, Internal candidates
            # are considered first-tier candidates", "Applications are welcome
            # from internal candidates.": internal candidates only.
            self.notice["open_to_external"] = False
        else:
            return
        self.record.use("$.open_to_external", *paragraph)

    def _member_states(
        self, item: Segment, content: list[Segment], index: int
    ) -> tuple[tuple[MemberStateEntry, ...], int]:
        """The member states that *item* introduces, and the index after them.

        The list follows the colon on the item's own line, or stands on the
        line below it, ``content[index]``.
        """
        # "...member states: Antigua and Barbuda, Bahamas," / "Barbados, ...": the
        # list on the item's own line, going on in the lines below.
        below = _names_below(_listed_part(item.text), content, index)
        whole = joined_lines([item, *below])
        listed = without_introduction(whole)
        if listed != whole:
            self.record.use("$.first_tier.non_represented_member_states", item, *below)
            return member_entries(listed), index + len(below)
        if item.text.partition(":")[2].strip():
            # Words after the colon that are no names: held nowhere else.
            self._keep_once(item)
        if index >= len(content) or content[index].bullet:
            return (), index
        lines = _name_lines(content, index)
        listed = joined_lines(lines)
        if not is_list(listed):
            return (), index
        self.record.use("$.first_tier.non_represented_member_states", *lines)
        return member_entries(without_introduction(listed)), index + len(lines)

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

    def _title_in_full(self) -> None:
        """The title as the notice's first line writes it, where the body names it shorter.

        A job board's page starts with the post's full title, "National
        Protection Officer (Assistance to Vulnerable Migrants)", which the body
        calls "the National Protection Officer": the first line, which
        begins with the title inferred, says it whole.
        """
        if not self.heading_lines:
            return
        heading = self.heading_unmarked
        # A board's line may put the reference first: "SVN-MX038-2025 Asistente de Operaciones (RVA)".
        reference_line = BOARD_TITLE_LINE.match(heading)
        written = reference_line.group("title") if reference_line else heading
        # In capitals too: "NATIONAL PROTECTION OFFICER (ASSISTANCE TO VULNERABLE MIGRANTS)".
        title = self.position["title"].casefold()
        if not written.casefold().startswith(f"{title} ("):
            # "Programme Support Unit (PSU) - Intern", where the body says "the
            # Intern will": the unit joined to the title by a dash.
            written = board_title(written) or ""
            if title not in TITLE_DASH.split(written.casefold()):
                return
        self.position["title"] = written
        self.record.use("$.position.title", *self.heading_lines)

    def _posted_in_heading(self) -> None:
        """The day a board's heading gives in brackets at its end, where nothing states a posting.

        "Poste vacant à l’OIM (18 novembre 2025)", "02 Postes vacants à l’OIM
        (05 Décembre 2025)", "CANDIDATURE POUR UNE MISSION DE CONSULTATION
        AU BUREAU DE L’OIM (26 décembre 2025)" (yop.l-frii.com, 2025-2026,
        each two weeks before its "Date de Soumission"): the day the board
        posted the notice, the posting period's start, marked as inferred,
        from the heading (wrapped too: "...AU BUREAU DE L’OIM (26" /
        "décembre 2025)"), which stays where it was read. Not a day after
        the closing date: a board lists notices long closed too.
        """
        lines = self.heading_lines
        # Markdown's bold may close the bracket: "**Poste vacant à l’OIM (18 novembre 2025)**".
        if not lines or "posting_period" in self.notice or lines[-1].text.rstrip("*_")[-1:] != ")":
            return
        first = lines[0]
        heading = self.heading
        bracket = _BRACKETED_AT_END.search(self.heading_unmarked)
        found = read_date(bracket.group(1)) if bracket is not None else None
        if bracket is None or found is None or found.end - found.start != len(bracket.group(1)):
            return
        if self._after_closing(bracket.group(1)):
            return
        self.notice["posting_period"] = PostingPeriod(found.date, None)
        self.record.infer("$.posting_period", heading, first)

    def _title_above_board_list(self) -> None:
        """The title on the line above a board's summary of the post, where nothing else gives one.

        "Expedited VN: Programme Officer (Displacement Tracking Matrix) (DTM)
        (P)" above "• Employer: International Organization for Migration"
        (ajirazetu's list of IOM Tanzania's posts, 2026, one post of which
        :func:`~iomjobs.parse.parse_notices` reads): a line that names a
        post, a blank line between at most. The title is marked as
        inferred, from that line; the kind its "VN:" names is read. Where
        several posts are so listed, the notice read mixes them: a doubt
        says so, and no title is read.
        """
        if "title" in self.position:
            return
        listed = [
            at
            for at, segment in enumerate(self.segments)
            if segment.bullet and segment.item.startswith(EMPLOYER_ITEM)
        ]
        if len(listed) > 1:
            doubt_mixed_posts(self.record, len(listed), self.segments[listed[0]])
            return
        at = listed[0] if listed else 0
        above = self.segments[at - 1] if at > 0 else None
        if above is None or above.bullet or above.number < self.segments[at].number - 2:
            return
        text = unmarked(above.text)  # a markdown copy's heading: "### Expedited VN: ..."
        kind = _LISTED_KIND.match(text)
        written = text[kind.end() :] if kind is not None else text
        title = board_title(written)
        if title is None or not self._in_context(above.text, (above,)):
            return
        self.position["title"] = title
        self.record.infer("$.position.title", above.text, above)
        if kind is not None and "kind" not in self.notice:
            self.notice["kind"] = _KIND_OF_PREFIX[kind.group("prefix").upper()]
            self.record.use("$.kind", above)

    def _board_title_line(self) -> None:
        """The reference and title a job board's first line gives, where nothing else does.

        "CFA-2025-079GT - Expedited - Asistente de Operaciones / Operations
        Assistant", "SVN-MX038-2025 Asistente de Operaciones (RVA)": the
        board's heading, the notice's reference and title.
        """
        lines = self.heading_lines
        # "Consultoria GT2023/001 Desarrollo... At International Organization for Migration".
        heading = without_organization(self.heading_unmarked)
        found = BOARD_TITLE_LINE.match(heading) if lines else None
        if found is None:
            self._board_reference_line()
            return
        if "reference" not in self.notice:
            self.notice["reference"] = found.group("reference")
            self.record.use("$.reference", lines[0])
        if "title" in self.position:
            board = without_place(found.group("title"))
            self._bracket_closed_by(board, lines)
            self._remark_of_heading(board, lines)
        else:
            title, joined = title_parts(without_place(found.group("title")))
            in_full = self._title_repeated_in_full(found.group("reference"), title)
            self.position["title"] = title if in_full is None else in_full[0]
            self.record.use("$.position.title", *lines, *(in_full[1] if in_full else ()))
            self._joined_to_title(joined, lines[0])
            self._station_after_title(found.group("title"), lines)
        if found.group("mark"):
            self._read_mark(found.group("mark"), lines[-1])

    def _title_repeated_in_full(
        self, reference: str, title: str
    ) -> tuple[str, tuple[Segment, ...]] | None:
        """The title whole, and its lines, where a line below the board's repeats its reference.

        The board's "Consulting 2023/035: “ Recommendations for the
        standardization of reception center management” At International
        Organization for Migration" above the terms of reference's own
        "Consulting 2023/035: “ Recommendations for the standardization of
        reception center management based on good practices ... and Honduras
        [Category B] ”" (worldngojobs, 2023). The consultant's category is no
        part of the title.
        """
        last = self.heading_lines[-1].number  # below a forwarded message's header too
        segments = self.segments[:_BOARD_LINES]
        start = next((at for at, line in enumerate(segments) if line.number > last), len(segments))
        # The board's line in capitals too: "CONSULTING 2024/021: “ GUIDELINES FOR...”".
        reference = reference.casefold()
        for at in range(start, min(start + _TERMS_OPENING_LINES, len(segments))):
            if not segments[at].text.casefold().startswith(reference):
                continue
            lines = self._lines_wrapped_from(at)
            found = BOARD_TITLE_LINE.match(joined_lines(list(lines)))
            if found is None or found.group("reference").casefold() != reference:
                continue
            in_full = _CATEGORY_AFTER_TITLE.sub("", without_place(found.group("title")))
            opening = in_full[: len(title) + 1].casefold()
            return (in_full, lines) if opening == f"{title} ".casefold() else None
        return None

    def _board_reference_line(self) -> None:
        """The reference a board's line of the notice's title gives, below the board's own lines.

        "SVN 2018/114 (P) - PSEA Network Coordinator (P3) - Cox’s Bazar,
        Bangladesh" below impactpool's summary of the post (2018): a line
        of the context, near the top, that names the title the header
        gives, where no label gives the reference.
        """
        title = self.position.get("title")
        if "reference" in self.notice or not title:
            return
        for at, segment in enumerate(self.segments[:_BOARD_LINES]):
            # A reference begins with capitals ("SVN 2018/114", "MX029-2025",
            # "CONSULTORÍA"), or with "Consultoría", "Consulting": one look before the pattern's.
            # Markdown's marks aside: "## SVN 2018/114 (P) - ...".
            bare = unmarked(segment.text)
            if not (bare[:2].isupper() or bare.startswith("Consult")):
                continue
            lines = self._lines_wrapped_from(at)  # wrapped at a page's width, over a few lines
            text = joined_lines(list(lines))
            found = BOARD_TITLE_LINE.match(unmarked(text))
            board = without_place(found.group("title")) if found is not None else ""
            named = board.casefold().startswith(title.casefold())  # the line in capitals too
            if found is not None and named and text in self.context:
                self.notice["reference"] = found.group("reference")
                self.record.use("$.reference", *lines)
                if found.group("mark"):
                    self._read_mark(found.group("mark"), segment)
                self._bracket_closed_by(board, lines)
                return

    def _bracket_closed_by(self, board: str, lines: tuple[Segment, ...]) -> None:
        """Take the title *board*'s *lines* give where it only closes the bracket the title left open.

        "Position Title Consultant (Assessing ... Mechanisms on Migration"
        below the board's "CON 2018/39 - Consultant (Assessing ... on
        Migration) - Geneva Switzerland" (impactpool, 2018).
        """
        if board == f"{self.position.get('title')})":
            self.position["title"] = board
            self.record.use("$.position.title", *lines)

    def _remark_of_heading(self, board: str, lines: tuple[Segment, ...]) -> None:
        """Take the title *board*'s *lines* give where a sentence named the same post otherwise.

        "EXPEDITED SVN-US97-2025-021 Movement Operations Associate (Movement
        Management)" above "the Movement Operations Associate (Movement
        Management, Port of Entry) is responsible for..." (unjobs.asia,
        2025): the body's sentence, from a generic description, gives the
        post with another remark; the heading's is the notice's title.
        """
        title = self.position["title"]
        inferred = any(each.path == "$.position.title" for each in self.record.inferred)
        # In capitals too ("EXPEDITED SVN-... MOVEMENT OPERATIONS ASSOCIATE (MOVEMENT MANAGEMENT)").
        same_post = without_remark(board).casefold() == without_remark(title).casefold()
        if inferred and board != title and same_post:
            self.position["title"] = board
            self.record.read_instead("$.position.title", *lines)

    def _joined_to_title(self, parts: tuple[str, ...], line: Segment) -> None:
        """The contract and the unit an office joined to the title with underscores, on *line*."""
        for part in parts:
            contract = interpret.first_named(TITLE_CONTRACTS, part)
            if contract is not None and self._appointment_so_far().contract_type is None:
                self.notice["appointment"] = attrs.evolve(
                    self._appointment_so_far(), contract_type=contract
                )
                self.record.infer("$.appointment.contract_type", part, line)
            elif _UNIT_WORD.search(part) and "organizational_unit" not in self.position:
                self.position["organizational_unit"] = part
                self.record.infer("$.position.organizational_unit", part, line)

    def _heading_lines(self) -> tuple[Segment, ...]:
        """The heading line, and the lines below it where it goes on there.

        A board's first line wrapped at a fixed width: "CFA-2025-079GT -
        Expedited - Asistente de Operaciones / Operations" / "Assistant",
        "MX029-2025 Consultoría para el desarrollo de mecanismos de detección y
        canalización" / "seguros". The line below, three words at most and
        neither label nor heading, goes on where it begins in lower case, or
        its first word would not have fit on the line (the page's width).
        A line that begins with a reference goes on over a few lines so
        ("Consultoría 2024/009: Servicios Profesionales para la Revisión," /
        "Validación y Socialización del Plan Estratégico de" / ...); another
        where the lines below go on by their words (:meth:`_lines_wrapped_from`).
        """
        first = self.heading_line
        if first is None:
            return ()
        at = self.segments.index(first)
        # A reference's line, a long title after it, wrapped over a few lines;
        # another line so where the lines below go on by their words.
        reference = BOARD_TITLE_LINE.match(first.text) is not None
        wrapped = self._lines_wrapped_from(at, any_case=reference)
        if len(wrapped) > 1:
            return wrapped
        below = short_line_below(self.segments, at)
        if below is None or ":" in below.text or match_heading(below.text) is not None:
            return (first,)
        word = below.text.partition(" ")[0]
        if below.text[:1].islower() or did_not_fit(first.text, word, self._page_width()):
            return (first, below)
        return (first,)

    def _lines_wrapped_from(self, start: int, *, any_case: bool = True) -> tuple[Segment, ...]:
        """The line at *start*, and the lines below that a wrap at the page's width cut from it.

        A line goes on below while the wrap filled it: the next line's first
        word would not have fit (:func:`did_not_fit`), over a title's lines at
        most; a list item, a label or a heading below starts anew. Unless
        *any_case*, only a line that goes on by its words does: in lower
        case, or after a comma or a small word ("...Económica de personas
        Retornadas," / "Escuintla y Chiquimula"); or one that ends the
        paragraph, and no sentence ("...para la Reintegración" / "Económica de
        personas Retornadas, Escuintla y Chiquimula", then a blank line). Text
        not wrapped at a width (the page's width 0) has none.
        """
        width = self._page_width()
        lines = self._title_lines(
            start,
            lambda above, below, at: (
                ":" not in below.text
                and (any_case or runs_on_as_prose(above, below) or self._ends_heading(at))
                and did_not_fit(above.text, below.text.partition(" ")[0], width)
                and match_heading(below.text) is None
            ),
        )
        return tuple(lines)

    def _ends_heading(self, at: int) -> bool:
        """Whether the line at *at* ends its paragraph, a blank line or the end below it, and no sentence."""
        line = self.segments[at]
        below = self.segments[at + 1] if at + 1 < len(self.segments) else None
        ends = below is None or below.number > line.number + 1
        return ends and not line.text.endswith(STOPS)

    def _title_alone(self, segment: Segment) -> bool:
        """Keep the first line as a paragraph of its own if it reads as a title.

        "Chargé de projet national" above "Le texte de l'avis...": a short
        line that names a post, before a line that starts anew, is no start
        of the paragraph below it (see _title_line).
        """
        at = self.segments.index(segment) + 1
        below = self.segments[at] if at < len(self.segments) else None
        if post_line(unmarked(segment.text)) is None or (
            below is not None and not below.bullet and runs_on_as_prose(segment, below)
        ):
            return False
        self._context(segment.text, [segment])
        return True

    def _title_line(self) -> None:
        """The title a job board's first line gives alone, where nothing else gives one.

        "Programme Assistant (Protection, Assessment and Referrals)" above a
        notice's text (uncareer, 2025): a short line, a paragraph of its own,
        that names a post ("Assistant", "Officer", "Chargé", "Oficial"...),
        after the board's "IOM :" and before the place it appends ("IOM :
        Project Administrative Assistant – Maputo", unjoblink). The title is
        marked as inferred, from that line.
        """
        if "title" in self.position or not self.heading_lines:
            return
        # Wrapped over a few lines: "Consultoría para Promotores de Gestión de
        # Casos y ... Económica de" / "personas Retornadas, Escuintla y Chiquimula".
        lines = self.heading_lines
        heading = self.heading
        bare = self.heading_unmarked  # "**IOM : Project Assistant – Maputo**"
        title = board_title(bare)
        if title is None or not self._in_context(heading, lines):
            return
        title, grade = board_grade(title)
        self.position["title"] = title
        self.record.infer("$.position.title", heading, lines[0])
        self.record.use("$.position.title", *lines[1:])
        if grade is not None and "grade" not in self.position:
            self.position["grade"] = Grade.parse(grade)
            self.record.infer("$.position.grade", heading, lines[0])
        self._station_after_title(without_organization(bare), lines)

    def _in_context(self, heading: str, lines: tuple[Segment, ...]) -> bool:
        """Whether the context holds *heading*, its *lines* joined, or those lines one by one.

        The first line may stand as a paragraph of its own (see _title_alone),
        the rest of its wrap after it: "Consultoría para la Evaluación Final
        Externa del Proyecto" / "Regional “Pro Rights" at 64 columns.
        """
        if heading in self.context:
            return True
        texts = [line.text for line in lines]
        count = len(texts)
        return any(self.context[at : at + count] == texts for at in range(len(self.context)))

    def _posts_in_heading(self) -> None:
        """Say so where the page's heading announces several posts, which the notice read mixes.

        "02 Postes vacants à l’OIM (05 Décembre 2025)" (yop.l-frii.com): a
        board's page of two notices.
        """
        first = self.heading_line
        if first is None:
            return
        count = posts_in_heading(first.text)
        if count is not None:
            doubt_mixed_posts(self.record, count, first)

    def _marked_title_line(self) -> None:
        """The title a line of its own gives near the top, marked as IOM marks titles.

        "Chargé(e) du développement des capacités en matière de données (P)"
        below IOM's introduction on a French board's page (yop.l-frii.com,
        2025), where no label names the title: a paragraph of its own that
        names a post and ends in "(P)" or "(UG)", on one line or wrapped over
        a few. Marked as inferred, from those lines; not on a page that
        announces several posts, where it names one of them (parse_notices
        reads each).
        """
        if "title" in self.position or announces_posts(self.record):
            return
        for index, segment in enumerate(self.segments[:_BOARD_LINES]):
            lines = self._paragraph_closed_by(index) if ends_in_mark(segment.text) else None
            text = joined_lines(lines) if lines else ""
            title = marked_title(text) if lines else None
            if lines and title is not None:
                self.position["title"] = title
                self.record.use("$.position.title", *lines[:-1])
                self.record.infer("$.position.title", text, segment)
                return

    def _paragraph_closed_by(self, index: int) -> list[Segment] | None:
        """The lines of the context's paragraph that the segment at *index* ends, if a short one.

        A title's mark alone ends the paragraph on the line above, which the
        context keeps apart from it ("...Sexual Harassment (PSEAH)" / "(UG)").
        """
        for start in range(index, max(index - TITLE_LINES, -1), -1):
            lines = self.segments[start : index + 1]
            if start < index and joined_lines(lines) in self.context:
                return lines
        segment = self.segments[index]
        if index and is_mark(segment.text):
            above = self._paragraph_closed_by(index - 1)
            return [*above, segment] if above and above[-1].number + 1 == segment.number else None
        return [segment] if segment.text in self.context else None

    def _station_after_title(self, written: str, lines: tuple[Segment, ...]) -> None:
        """The duty station a board appends to the title it heads the page with, if none is given.

        "IOM : Project Administrative Assistant – Maputo" (unjoblink, 2025),
        its "Location:" left empty; "SVN 2018/123 - Project Assistant -
        Port-au-Prince Haiti". Marked as inferred, from the board's line: a
        station the notice's own header gives is preferred, for the board
        may name the office rather than the station.
        """
        found = station_after(written)
        if found is None or "duty_stations" in self.position:
            return
        self.position["duty_stations"] = (found[1],)
        self.record.infer("$.position.duty_stations", joined_lines(list(lines)), lines[0])
        self.record.use("$.position.duty_stations", *lines[1:])

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
        country = interpret.country_of_city(place)
        if country is None:
            return
        self.position["duty_stations"] = (DutyStation(city=place, country=Country(country)),)
        self.record.infer("$.position.duty_stations", sentence_at(text, match), segment)

    # responsibilities

    def _read_responsibilities(self, section: Section) -> None:
        self._heading(section, "$.position.responsibilities")
        lead = self._supervision_lead(section.content)
        # A second section of duties adds its groups to the first's.
        earlier: tuple[ResponsibilityGroup, ...] = self.position.get("responsibilities", ())
        found = self._duty_groups(section.content[lead:], first=len(earlier))
        self.position["responsibilities"] = earlier + found

    def _supervision_lead(self, content: list[Segment]) -> int:
        """Read the paragraph "Under the overall supervision of..." that opens *content*, if any.

        Notices of 2025 open their responsibilities with it, where older
        ones end their context with it: it says who supervises the post,
        and is context, not a duty. So is a sentence that only introduces
        the list below it ("The Intern will support the PSU in the following
        areas:", an internship call of 2025), or the groups of duties below
        it ("The consultant will work closely with the project team ... to
        carry out the following tasks, focusing on...", a consultancy on
        impactpool, 2026). Returns the index after it (0 if none).
        """
        if not content or content[0].bullet:
            return 0
        paragraph, end = paragraph_at(content, 0, self._page_width(), self._greedy())
        text = joined_lines(paragraph)
        supervision = supervision_in(text)
        if supervision is not None and supervision.start() == 0:
            self._supervision(text, supervision, paragraph)
        elif not (introduces_list(text, content, end) or introduces_groups(text, content, end)):
            return 0
        self._context(text, paragraph)
        return end

    def _context(self, text: str, paragraph: list[Segment]) -> None:
        """Read *paragraph* (whose lines joined are *text*) as one paragraph of context."""
        self.record.use(f"$.context[{len(self.context)}]", *paragraph)
        self.context.append(text)

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
            # A group heading is no list item: most duties are, and need no call.
            lines = 0 if segment.bullet else group_heading_lines(content, position, plain)
            if lines:
                heading_lines = content[position : position + lines]
                heading = unbolded(joined_lines(heading_lines)).rstrip(":").rstrip()
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
            return full_line_above(above, segment, width[0], self._as_written(above))
        return unfinished_full_line_above(above, segment, self._page_width(), self._as_written)

    def _as_written(self, segment: Segment) -> str:
        """*segment*'s line as written (:func:`as_written`), as a wrap counted it.

        "5.    Support PSEA..." / "PSEA orientations...", wrapped at 80: one duty.
        """
        return as_written(segment, self.layout.all_written_lines())

    def _page_width(self) -> int:
        """The width the whole text was wrapped at, 0 where nothing says it was."""
        return page_width(self.layout, self.segments)

    def _greedy(self) -> GreedyWrap:
        """How the whole text was wrapped greedily by characters, where it was."""
        return greedy_page_wrap(self.layout, self.segments)

    def _list_items(
        self, section: Section, begins: Callable[[str], bool] | None = None
    ) -> list[tuple[Segment, tuple[Segment, ...]]]:
        """The items of the list *section* holds, and their lines (:func:`wrapped_items`)."""
        return wrapped_items(
            section.content,
            page_width=self._page_width,
            hangs=self._hangs_below,
            begins=begins,
            written=self._as_written,
        )

    def _hangs_below(self, first: Segment | None, above: Segment, line: Segment) -> bool:
        """Whether *line*, right below *above*, hangs under the list item begun on *first*.

        Indented to where the item's text began after its bullet or number
        (:func:`hangs_under`), as the lines are written.
        """
        if first is None or not first.bullet or line.bullet or line.number != above.number + 1:
            return False
        written = self.layout.all_written_lines()
        return len(written) >= line.number and hangs_under(
            written[first.number - 1], written[line.number - 1]
        )

    # qualifications

    def _read_qualifications(self, section: Section) -> None:
        """A section of education, experience, skills and languages together.

        Consultancy calls list them under one heading ("Education, Experience
        and/or skills required"), as do notices whose qualifications have no
        sub-headings: each line goes where what it says belongs.
        """
        self._heading(section, "$.position.qualifications")
        for row, lines in self._list_items(section):
            kind, segment = _row_label(row)
            item = segment.item
            if kind == "education" or (
                kind is None and interpret.degree_of(item, nocase.lowered(item)) is not None
            ):
                self._education(segment, lines)
            elif kind in (None, "languages") and self._stated_languages(segment, lines):
                continue
            elif kind == "experience" or (kind is None and _says_experience(item)):
                self._item("experience", segment, lines)
            elif kind == "skills" or segment.bullet:
                self._item("skills", segment, lines)
            else:
                self._keep(*lines)

    def _read_education(self, section: Section) -> None:
        self._heading(section, "$.position.qualifications.education")
        # A second education section adds to the first: a notice in two parts says it twice.
        self.qualifications.setdefault("education", ())
        self.qualifications.setdefault("education_notes", ())
        for segment, lines in self._list_items(section):
            self._education(segment, lines)

    def _education(self, segment: Segment, lines: tuple[Segment, ...]) -> None:
        """Add the paths (and notes) of one item of education, read from *lines*."""
        paths: list[QualificationPath] = list(self.qualifications.get("education", ()))
        notes: list[str] = list(self.qualifications.get("education_notes", ()))
        for part in path_sentences(segment.item):
            previous = paths[-1] if paths else None
            found = interpret.read_path(part, previous)
            # A degree's word misspelt leaves no degree, or no fields ("degre in Law"):
            # only then is the part looked through, word by word.
            mended = (
                interpret.mended_degree(part, fields_only=found is not None)
                if not (found and found.fields_of_study)
                else None
            )
            if mended is not None:
                again = interpret.read_path(mended[0], previous)
                if again is not None and (found is None or again.fields_of_study):
                    found = again
                else:
                    mended = None
            if found is not None:
                paths.append(attrs.evolve(found, as_written=part) if mended else found)
                path = f"$.position.qualifications.education[{len(paths) - 1}]"
                self.record.use(path, *lines)
                if mended:
                    message = f"{mended[1]!r} is not a degree's word; read as {mended[2]!r}"
                    self.record.doubt(path, message, lines[0])
            elif part:
                notes.append(part)
                self.record.use(
                    f"$.position.qualifications.education_notes[{len(notes) - 1}]", *lines
                )
            else:
                self.record.use("$.position.qualifications.education", *lines)
        self.qualifications["education"] = tuple(paths)
        self.qualifications["education_notes"] = tuple(notes)

    def _items(self, section: Section, name: str) -> None:
        self._heading(section, f"$.position.qualifications.{name}")
        self.qualifications.setdefault(name, ())
        for segment, lines in self._list_items(section):
            self._item(name, segment, lines)

    def _item(self, name: str, segment: Segment, lines: tuple[Segment, ...]) -> None:
        """Add one item, read from *lines*, to the qualifications' list *name* (experience or skills)."""
        path = f"$.position.qualifications.{name}"
        text = segment.item
        if not text:
            self.record.use(path, *lines)
            return
        items: tuple[str, ...] = tuple(self.qualifications.get(name) or ())
        for piece in run_together_items(text):
            items = (*items, piece)
            self.record.use(f"{path}[{len(items) - 1}]", *lines)
        self.qualifications[name] = items

    def _read_experience(self, section: Section) -> None:
        self._items(section, "experience")

    def _read_skills(self, section: Section) -> None:
        self._items(section, "skills")

    # languages

    def _read_languages(self, section: Section) -> None:
        self._heading(section, "$.position.languages")
        self.position.setdefault("languages", ())
        required: bool | None = None  # as the sub-heading above says, if one does
        for segment, lines in self._list_items(section):
            heading = interpret.requirement_heading(segment.item)
            if heading is not None:
                required = heading
                self.record.use("$.position.languages", *lines)
                continue
            self._languages(segment, _stated_in(segment, required=required), lines)

    def _stated_languages(self, segment: Segment, lines: tuple[Segment, ...]) -> bool:
        """Read the language requirements *segment* (read from *lines*) states, if any."""
        stated = _stated_in(segment)
        if not any(found for _, found in stated):
            return False
        self._languages(segment, stated, lines)
        return True

    def _languages(
        self,
        segment: Segment,
        stated: list[tuple[str, list[LanguageRequirement]]],
        lines: tuple[Segment, ...],
    ) -> None:
        """Add the requirements each sentence of *segment* states; keep the other sentences."""
        requirements: list[LanguageRequirement] = list(self.position.get("languages") or ())
        kept = []
        in_segment: list[LanguageRequirement] = []
        bilingual = " / " in segment.item
        for sentence, found in stated:
            if not found:
                kept.append(sentence)
                continue
            # A line that says it twice, in two languages ("Se requiere dominio
            # del español. / Fluency in Spanish is required."), states one requirement.
            for requirement in found:
                if bilingual and requirement in in_segment:
                    continue
                in_segment.append(requirement)
                requirements.append(requirement)
                self.record.use(f"$.position.languages[{len(requirements) - 1}]", *lines)
        if kept and not in_segment:
            # Nothing read: each line kept as it stands, on its own line.
            self._keep(*lines)
        elif kept:
            self._keep(Segment(segment.number, " ".join(kept)), used=lines[0])
            for line in lines[1:]:
                self.record.keep(line)
        self.position["languages"] = tuple(requirements)

    # competencies

    def _read_competencies(self, section: Section) -> None:
        self._heading(section, "$.position.competencies")
        for segment, lines in self._list_items(section):
            if says_more(segment.text, (), _COMPETENCIES_INTRODUCTION_WORDS):
                self._keep(*lines)
            else:
                # "The incumbent is expected to demonstrate the following values and
                # competencies:": the groups below say it again.
                self.record.use("$.position.competencies", *lines)
        if section.trailing and section.heading is not None:
            self._keep(Segment(section.heading.number, section.trailing))
        self.position.setdefault("competencies", None)  # built by read()

    def _group(self, section: Section, name: str) -> None:
        at = _technical_at(section)
        if at is None:
            self._read_group(section, name)
            return
        above, technical = _cut_at(section, at)
        self._read_group(above, name)
        # "Technical:" below the behavioural competencies of 2015: the post's skills.
        self._read_skills(technical)

    def _read_group(self, section: Section, name: str) -> None:
        path = f"$.position.competencies.{name}"
        self._heading(section, path)
        declared = declared_count(section.trailing)
        level = group_level(section.trailing)
        note = group_note(section.trailing)
        said = section.trailing.replace(note, "") if note else section.trailing
        if section.heading is not None and says_more(said, (), _GROUP_HEADING_WORDS):
            # "Values: ..." with words the group's count, level and note do not hold.
            self._keep_once(section.heading)
        earlier = self.competency_groups.get(name)
        items: list[CompetencyItem] = list(earlier.items) if earlier is not None else []
        declared = self._group_items(section, name, items, declared)
        if earlier is not None:
            # The same group again: its items add to the first's, which says the rest first.
            declared = earlier.declared_count if earlier.declared_count is not None else declared
            level = earlier.level if earlier.level is not None else level
            note = earlier.note if earlier.note is not None else note
        self.competency_groups[name] = CompetencyGroup(tuple(items), declared, level, note)
        self.position.setdefault("competencies", None)  # built by read()

    def _group_items(
        self, section: Section, name: str, items: list[CompetencyItem], declared: int | None
    ) -> int | None:
        """Add the items of the group *name* that *section* lists to *items*; the count declared."""
        path = f"$.position.competencies.{name}"

        def begins(text: str) -> bool:
            return may_start_name(text, name)

        pairs = joined_where_filled(self._list_items(section, begins), self._greedy(), begins)
        # Whether the last item was a name alone, whose indicators the bullets below list.
        indicated = False
        # Whether the group lists names alone: then an unknown one is a name too.
        names_alone = False
        skip_to = 0  # past a name's second line, read with its first
        for index, (segment, lines) in enumerate(pairs):
            if index < skip_to:
                continue
            if (
                may_declare(nocase.lowered(segment.text))
                and DECLARED.search(segment.text)
                and ":" not in segment.item.rstrip(":")
            ):
                declared = declared_count(segment.text)
                self.record.use(f"{path}.declared_count", *lines)
                continue
            if indicated and segment.bullet and not names_item(segment.item, name):
                # "Accountability" / "- Accepts and gives constructive criticism" / "- Follows...".
                items[-1] = with_indicator(items[-1], segment.item)
                self.record.use(f"{path}.items[{len(items) - 1}]", *lines)
                continue
            taken = name_at(pairs, index, name, among_names=names_alone)
            indicated = taken is not None
            if taken is not None:
                names_alone, (alone, skip_to) = True, taken
                items.append(CompetencyItem(alone))
                used = (line for _, name_lines in pairs[index:skip_to] for line in name_lines)
                self.record.use(f"{path}.items[{len(items) - 1}]", *used)
                continue
            found = competency_items(segment.item)
            if not found:
                self._note_or_keep(segment, lines)
            for item in found:
                items.append(item)
                self.record.use(f"{path}.items[{len(items) - 1}]", *lines)
        return declared

    def _read_values(self, section: Section) -> None:
        self._group(section, "values")

    def _read_core(self, section: Section) -> None:
        self._group(section, "core")

    def _read_managerial(self, section: Section) -> None:
        self._group(section, "managerial")

    def _read_behavioural(self, section: Section) -> None:
        self._group(section, "behavioural")

    # notes and how to apply

    def _read_notes(self, section: Section) -> None:
        self._heading(section, "$.notes")
        # A note wrapped at a fixed width goes on in the lines below, as a list's items do.
        for segment, lines in self._list_items(section):
            self._note(segment, lines)

    def _note(self, segment: Segment, lines: tuple[Segment, ...] = ()) -> None:
        """Add *segment* to the notes, read from *lines* (its own line if none are given)."""
        self.record.use(f"$.notes[{len(self.notes)}]", *(lines or (segment,)))
        self.notes.append(segment.item)
        self._note_facts(segment)

    def _note_or_keep(self, segment: Segment, lines: tuple[Segment, ...] = ()) -> None:
        """A notice's standard note that stands outside its section into the notes; else keep it.

        A page that lost the "Notes" heading leaves them below the last list
        before it ("Appointment will be subject to certification..." as the
        last core competency, IOM Somalia's site, 2020). *segment* was read
        from *lines* (its own line if none are given): a note wrapped over
        them is one note, and lines that are none are kept each as it is.
        """
        if segment.item.startswith(NOTE_OPENINGS):
            self._note(segment, lines)
        else:
            self._keep(*(lines or (segment,)))

    def _note_facts(self, segment: Segment) -> None:
        text = segment.text
        closing = _CLOSING_TIME.search(text) if "los" in text else None
        hour = closing_hour(text, closing.end()) if closing else None
        if hour is not None and closing is not None and hour.start == closing.end():
            said = text[closing.start() : hour.end]
            sentence = next((s for s in sentences(text) if said in s), text)
            self.notice["closing_time"] = ClosingTime(hour.time, hour.zone, sentence)
            self.record.use("$.closing_time", segment)
            self.local_closing[:] = [segment] if hour.local else []
        if "ationals" in text and NATIONALS_BARRED.search(text):
            self.notice["duty_station_nationals_eligible"] = False
            self.record.use("$.duty_station_nationals_eligible", segment)
        recruitment = interpret.recruitment_in(text)
        if recruitment is not None and "recruitment" not in self.position:
            self.position["recruitment"] = recruitment[0]
            self.record.infer("$.position.recruitment", sentence_at(text, recruitment[1]), segment)

    def _read_how_to_apply(self, section: Section) -> None:
        self._heading(section, "$.how_to_apply")
        earlier: HowToApply | None = self.notice.get("how_to_apply")
        # A second section adds its lines to the first's.
        texts: list[str] = list(earlier.text) if earlier is not None else []
        documents: list[str] = list(earlier.documents) if earlier is not None else []
        # A line wrapped at a fixed width goes on in the lines below, as a list's items do.
        for segment, lines in self._list_items(section):
            self.record.use(f"$.how_to_apply.text[{len(texts)}]", *lines)
            texts.append(segment.item)
            if segment.bullet:
                documents.append(segment.item)
        whole = " ".join(texts)
        email = _EMAIL.search(whole)
        url = _URL.search(whole)
        self.notice["how_to_apply"] = HowToApply(
            text=tuple(texts),
            email=email.group(0) if email else None,
            url=url.group(0).rstrip(">).,") if url else None,
            subject=_subject(texts),
            documents=tuple(documents),
        )

    # what is left

    def _title_marks(self) -> None:
        """What a title ends in besides the post's name: recruiting type, grade, posts, who applies.

        "Project Officer (Labour Migration and Inclusion) (P)": Oracle-era
        notices mark professional posts so, ungraded ones too; "Intern -
        Shelter Coordination Information Management (UG)" (impactpool,
        2026) is an ungraded post; "Associate Investigator (2 Positions)
        (P)" names two posts, "Special Advisor to the DG (P) (Internal
        applicants only)" who may apply. The title is kept without its
        marks, which give what no field states: the recruiting type and the
        grade marked as inferred from the title, the count and who may
        apply read from it.
        """
        title = self.position.get("title")
        if not isinstance(title, str):
            return
        name, marks = title_marks(title)
        if not marks:
            return
        self.position["title"] = name
        found = self.record.lines.get("$.position.title")
        segment = Segment(found[-1].number if found else 1, title)
        for mark, value in marks:
            self._read_mark(mark, segment, value)

    def _read_mark(self, mark: str, segment: Segment, value: str = "") -> None:
        """What a title's mark says, where no field says it, from *segment*."""
        if mark == "P" and "recruiting_type" not in self.position:
            self.position["recruiting_type"] = RecruitingType.PROFESSIONAL
            self.record.infer("$.position.recruiting_type", segment.text, segment)
        elif mark == "UG" and "grade" not in self.position:
            self.position["grade"] = Grade.parse("UG")
            self.record.infer("$.position.grade", segment.text, segment)
        elif mark == "posts" and "number_of_posts" not in self.position:
            self.position["number_of_posts"] = int(value)
            self.record.use("$.position.number_of_posts", segment)
        elif mark == "internal" and "open_to_external" not in self.notice:
            self.notice["open_to_external"] = False
            self.record.use("$.open_to_external", segment)

    def _infer_kind(self) -> None:
        if "kind" in self.notice:
            return
        reference: str | None = self.notice.get("reference")
        prefix = _REFERENCE_KIND.match(reference) if reference else None
        read_from = self.record.lines.get("$.reference")
        if reference and prefix and read_from:
            # "SVN/IOMSO/005/2020", "VN 021/2025", "CFCV2021.51",
            # "IOMKCO/CFA/003/2021": offices number each kind of notice
            # apart. Before the notes: every notice's standard note says
            # "this vacancy notice", a special one's too.
            self.notice["kind"] = _KIND_OF_PREFIX[prefix.group("prefix").upper()]
            self.record.infer("$.kind", reference, read_from[0])
            return
        for number, note in enumerate(self.notes):
            mention = _VACANCY_NOTICE_MENTION.search(note)
            if mention:
                self.notice["kind"] = NoticeKind.VACANCY_NOTICE
                found = self.record.lines.get(f"$.notes[{number}]")
                line = found[0].number if found else 1
                self.record.infer("$.kind", sentence_at(note, mention), Segment(line, note))
                return

    def _infer_contract(self) -> None:
        """The contract a title names, where nothing else names it: an intern's, a consultant's.

        "Intern – Shelter Coordination Information Management (UG)" with no
        appointment field (impactpool, 2026), "Consultoría para el desarrollo
        de mecanismos..." (uncareer, IOM Mexico, 2025): interns and
        consultants hold no grade, which `QUA005` would otherwise ask for.
        Marked as inferred, from the title; else from the line of the
        consultant's category, or the one that introduces IOM's internship
        programme (see :meth:`_internship_programme_line`).
        """
        title = self.position.get("title")
        appointment = self._appointment_so_far()
        if appointment.contract_type is not None:
            return
        contract = interpret.first_named(TITLE_CONTRACTS, title) if isinstance(title, str) else None
        if contract is not None:
            found = self.record.lines.get("$.position.title")
            said = Segment(found[0].number if found else 1, str(title))
        elif (category := self._consultants_line()) is not None:
            contract, said = ContractType.CONSULTANCY, category
        elif (programme := self._internship_programme_line()) is not None:
            contract, said = ContractType.INTERNSHIP, programme
        else:
            return
        self.notice["appointment"] = attrs.evolve(appointment, contract_type=contract)
        self.record.infer("$.appointment.contract_type", said.text, said)

    def _infer_consultancy_category(self) -> None:
        """A consultancy's category, where a line of its terms names it and no field did.

        "Category B Consultants: Tangible and measurable outputs..." (IOM
        Ethiopia, 2025), "Consultoría Categoría “B”" (IOM Honduras, 2025),
        "Tipo de consultoría: Tipo B" (IOM Mexico, 2024), "Nature of the
        consultancy: ... Category B contract." (IOM Moldova), or a line
        "Category B" alone (a board's copy, 2025): the first line that names
        a consultant's or consultancy's category, or is the category alone;
        before them, a title that gives the letter after "Consultant"
        ("Consultant B - Model Bilateral Agreement on Climate Mobility", IOM
        Fiji's call as jobr.pro copied it). A hardship category ("hardship
        category B duty station") names no consultancy's. Marked as inferred,
        from that line, which stays where it was read.
        """
        appointment = self._appointment_so_far()
        if (
            appointment.consultancy_category is not None
            or appointment.contract_type is not ContractType.CONSULTANCY
        ):
            return
        if self._category_in_title(appointment):
            return
        for line in self._lines_and_paragraphs():
            lowered = line.text.lower()
            if "ategor" not in lowered and "atégor" not in lowered and "tipo" not in lowered:
                continue
            category = interpret.consultancy_category(line.text)
            if category is not None and ("onsult" in lowered or _CATEGORY_ALONE.fullmatch(lowered)):
                self.notice["appointment"] = attrs.evolve(
                    appointment, consultancy_category=category
                )
                self.record.infer("$.appointment.consultancy_category", line.text, line)
                return

    def _category_in_title(self, appointment: Appointment) -> bool:
        """Infer the category the title gives after "Consultant"; whether it gives one.

        "Consultant B - Model Bilateral Agreement on Climate Mobility" (IOM
        Fiji's call, as jobr.pro copied it).
        """
        lettered = _CONSULTANT_LETTER.match(self.position.get("title") or "")
        title_lines = self.record.lines.get("$.position.title")
        if lettered is None or not title_lines:
            return False
        letter = ConsultancyCategory(lettered.group("letter"))
        self.notice["appointment"] = attrs.evolve(appointment, consultancy_category=letter)
        first = min(title_lines, key=lambda segment: segment.number)
        self.record.infer("$.appointment.consultancy_category", first.text, first)
        return True

    def _lines_and_paragraphs(self) -> Iterator[Segment]:
        """The text's lines, then its paragraphs of context whole, each at its first line.

        A sentence wrapped at a fixed width may name the consultancy on one
        line and its category on the next: the paragraph holds both.
        """
        yield from self.segments
        for index, paragraph in enumerate(self.context):
            found = self.record.lines.get(f"$.context[{index}]")
            if found:
                yield Segment(found[0].number, paragraph)

    def _consultants_line(self) -> Segment | None:
        """The line of IOM's terms of reference that gives the consultant's category, if any.

        The heading of the duties first: "Category A Consultants: Tasks to be
        performed under this contract" (a consultancy on impactpool, 2026, with
        no title or contract field), "Consultores de categoría “A”. Tareas...";
        else any line: "Consultoría Categoría “B”" (IOM Honduras, 2025),
        "Naturaleza de la Consultoría: Consultoría categoría B." (IOM Guatemala,
        2023), "...como una consultoría de categoría “A”", and the label of
        the terms of reference whatever follows it, "Nature of the consultancy:
        Advisory and technical services (Type A)" (impactpool, 2026), "Nature
        of Consultancy" above the consultant's title (IOM Rwanda, 2017).
        """
        headings = self.record.lines.get("$.position.responsibilities", ())
        lines = itertools.chain(headings, self.segments)
        # The word looked for first as the regex matches it, in either case: a
        # board that sets its headings in capitals copies them so.
        found = next(
            (
                line
                for line in lines
                if nocase.has_either_case(line.text, "ategor") and _CONSULTANTS.search(line.text)
            ),
            None,
        )
        if found is not None:
            return found
        # The label stands among the terms' first lines, at a line's start; the
        # regex is tried only on a line that has its word (some 0.3% of a parse
        # where it is tried on each: counted with callgrind).
        opening = self.segments[:_LABEL_LINES]
        return next(
            (
                line
                for line in opening
                if nocase.has_either_case(line.text, "onsult")
                and _NATURE_OF_CONSULTANCY.match(line.text)
            ),
            None,
        )

    def _internship_programme_line(self) -> Segment | None:
        """The line of IOM's internship notices that introduces the programme, if any.

        "The Internship Programme aims at attracting talented students and
        graduates who..." (an internship on impactpool, 2026, with no title
        or contract field), among the text's first lines.
        """
        opening = self.segments[:_LABEL_LINES]
        return next((line for line in opening if _INTERNSHIP_PROGRAMME in line.text), None)

    def _terms_of_reference_title(self) -> None:
        """The consultancy's title where IOM's Spanish terms of reference head it, and nothing else gives one.

        "Términos de Referencia" / "Junio 2025" / "Consultoría Categoría “B”"
        / "CONSULTORÍA PARA LA ELABORACIÓN DE UN PROTOCOLO..." (IOM Honduras,
        2025): the line in capitals; "TÉRMINOS DE REFERENCIA" / "Enero 2023" /
        "Para el contrato de consultoría en:" / "“Servicios Profesionales
        para el desarrollo de...”." (IOM Guatemala, 2023): the quoted line
        below; "TERMINOS DE REFERENCIA EVALUACION Y ACTUALIZACION/FORMULACION
        DE LA POLÍTICA..." (the same office's, on jobbase): the heading's
        line after its two words. Among the first lines only, as written.
        """
        if "title" in self.position:
            return
        start = self.layout.forwarded_from  # after a forwarded message's header
        opening = self.segments[start : start + _TERMS_OPENING_LINES]
        before_title = 0  # the words before it on its line: "TERMINOS DE REFERENCIA"
        for index, line in enumerate(opening, start):
            terms = _TERMS_THEN_TITLE.match(line.text)
            if (terms or _CONSULTANCY_IN_CAPITALS.match(line.text)) and line.text.isupper():
                before_title = terms.end() if terms else 0
                # Wrapped, in capitals still: "...MUNICIPAL ANTE" / "EMERGENCIAS POR DESASTRES."
                lines = self._title_lines(
                    index, lambda above, below, _at: _unended(above) and below.text.isupper()
                )
                break
            if _FOR_CONSULTANCY_IN.match(line.text) and index + 1 < len(self.segments):
                # Wrapped, until the closing quotation mark.
                lines = self._title_lines(
                    index + 1, lambda above, _below, _at: _unended(above) and "”" not in above.text
                )
                break
        else:
            return
        title = joined_lines(lines)[before_title:].rstrip(". ").strip(_QUOTES)
        if title:
            self.position["title"] = title
            self.record.use("$.position.title", *lines)

    def _title_lines(
        self, start: int, goes_on: Callable[[Segment, Segment, int], bool]
    ) -> list[Segment]:
        """The title's line at *start*, and those right below it where the title goes on.

        A list item begins anew; otherwise *goes_on* (the line above, the line
        below, its index) says, over :data:`TITLE_LINES` at most.
        """
        lines = [self.segments[start]]
        for at in range(start + 1, min(start + TITLE_LINES, len(self.segments))):
            above, below = lines[-1], self.segments[at]
            if below.number != above.number + 1 or below.bullet or not goes_on(above, below, at):
                break
            lines.append(below)
        return lines

    def _infer_countries(self) -> None:
        """The country of each station that names a city and no country, from the gazetteer.

        "Duty Station: Geneva", "Lieu du Travail : Abidjan": where the gazetteer
        (if installed) knows a place of that name in one country only, or one
        far larger than any other (Geneva, Switzerland), the station is
        there; marked as inferred, from the station's words. Without the
        gazetteer, or for a name several countries share alike ("San
        Marcos", "Tripoli"), the country stays unknown. A name that is one
        country's region and no city ("Borno State", "Cabo Delgado") is
        that region, in that country, inferred alike.
        """
        stations: tuple[DutyStation, ...] = self.position.get("duty_stations", ())
        found = self.record.lines.get("$.position.duty_stations")
        if not found or not any(s.city and s.country is None for s in stations):
            return
        placed = list(stations)
        for index, station in enumerate(stations):
            if station.city is None or station.country is not None or station.home_based:
                continue
            country = interpret.main_country_of_city(station.city)
            if country is not None:
                placed[index] = attrs.evolve(station, country=Country(country))
            else:
                # "Location: Borno State" (a Nigerian board): a region one country has.
                country = interpret.country_of_region_alone(station.city)
                if country is None:
                    continue
                region = interpret.region_named(station.city)
                placed[index] = attrs.evolve(
                    station, city=None, region=region, country=Country(country)
                )
            written = station.as_written or station.city
            self.record.infer(f"$.position.duty_stations[{index}].country", written, found[0])
        self.position["duty_stations"] = tuple(placed)

    def _infer_start(self) -> None:
        """The first of the days the appointment's length runs between, where no field states a start.

        "Duración: 5 meses (del 1 abril al 31 agosto 2019)" (IOM El
        Salvador's call for a consultant, 2019), "75 working days during 15
        September 2024 – 15 June 2025": the contract starts on the first day,
        marked as inferred, from the appointment's line, which stays where it
        was read. Not from two days that may be read month first, nor from a
        last day before the first.
        """
        appointment: Appointment | None = self.notice.get("appointment")
        if "start" in self.notice or appointment is None or appointment.as_written is None:
            return
        dates = find_dates(appointment.as_written)
        if len(dates) < 2 or dates[0].date >= dates[1].date:  # noqa: PLR2004
            return
        if dates[0].ambiguous or dates[1].ambiguous:
            return
        # The line of the appointment's words that holds the days.
        segments = self.record.lines.get("$.appointment", [])
        dated = next((segment for segment in segments if find_dates(segment.text)), None)
        if dated is None:
            return
        self.notice["start"] = StartDate(dates[0].date)
        self.record.infer("$.start.date", dated.text, dated)

    def _infer_closing_zone(self) -> None:
        """The zone of a closing hour given in local time: the duty station's.

        "Closing date: 15 March 2024 at 17:00 hrs local time", the station
        Nairobi, Kenya: ``Africa/Nairobi``, marked as inferred from the
        closing line. Only where every station is in one zone that its
        country and city give (:func:`~iomjobs.reference.zones.time_zone_of`):
        a station of no known country, or stations in two zones, leave the
        hour without one.
        """
        closing: ClosingTime | None = self.notice.get("closing_time")
        stations: tuple[DutyStation, ...] = self.position.get("duty_stations", ())
        if not self.local_closing or closing is None or closing.time_zone or not stations:
            return
        segment = self.local_closing[0]
        zones = {_station_zone(station) for station in stations}
        zone = zones.pop() if len(zones) == 1 else None
        if zone is None:
            return
        self.notice["closing_time"] = attrs.evolve(closing, time_zone=zone)
        self.record.infer("$.closing_time.time_zone", segment.text, segment)

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


# The consultant's category in IOM's terms of reference: the heading of the
# duties, in English and Spanish, or the consultancy's (Spanish).
# The letter may be quoted, twice over: "Consultoría de categoría ‘‘A”" (IOM Peru, 2025).
_CONSULTANTS: Final = re.compile(
    r"\bCategory [AB] Consultants?\b|\bConsultor(?:e|a)s? de categor[ií]a\W{0,3}[AB]\b"
    r"|\bConsultor[ií]a\s+(?:de\s+)?categor[ií]a\W{0,3}[AB]\b",
    re.IGNORECASE,
)
# The label of the terms of reference, whatever follows it, numbered or not,
# as "Nature of the consultancy: Advisory and technical services (Type A)"
# (impactpool, 2026) and "3. Naturaleza de la Consultoría" write it.
_NATURE_OF_CONSULTANCY: Final = re.compile(
    r"\W{0,3}(?:\d{1,2}\W{1,3})?(?:Nature of (?:the )?consultancy|Naturaleza de la consultor[ií]a)\b",
    re.IGNORECASE,
)
# IOM's internship notices introduce the programme so, in its first lines.
_INTERNSHIP_PROGRAMME: Final = "Internship Programme aims at attracting"
# How many of a text's first lines the label may stand among.
_LABEL_LINES: Final = 40
# A line that is a consultancy's category alone, lowered: "Category B", "Categoría
# “A”", "Category B contract." (a sentence a copy wrapped at 72 columns left alone).
# A consultant's category after the word, at a title's start, before a dash or colon.
_CONSULTANT_LETTER: Final = re.compile(r"(?:Consultant|CONSULTANT) (?P<letter>[AB]) ?[-–—:]")
_CATEGORY_ALONE: Final = re.compile(
    r"\W*cat[eé]gor(?:y|ie|[ií]a)\W{0,3}[ab]\W*(?:(?:contract|contrat|contrato)\W*)?"
)


# A unit's name, as an office joins it to a title: "..._Protection Unit".
_UNIT_WORD: Final = re.compile(
    r"\b(?:Unit|Unité|Unidad|Unidade|Division|Département|Departamento)\b",
    re.IGNORECASE,  # in a heading set in capitals too: "..._CONSULTANT_PROTECTION UNIT"
)
# Where their title stands: in capitals, or quoted below "Para el contrato de consultoría en:".
_TERMS_OPENING_LINES: Final = 6
_CONSULTANCY_IN_CAPITALS: Final = re.compile(r"^CONSULTOR[IÍ]A\s+(?:PARA|DE|EN|SOBRE)\s+\w")
# "TERMINOS DE REFERENCIA EVALUACION Y ACTUALIZACION/FORMULACION DE LA POLÍTICA..."
# (IOM Guatemala, 2023, on jobbase): the title on the heading's line.
_TERMS_THEN_TITLE: Final = re.compile(r"^T[EÉ]RMINOS DE REFERENCIA:?\s+(?=\w)")
_FOR_CONSULTANCY_IN: Final = re.compile(
    r"^Para el contrato de consultor[ií]a(?: en| de| para)?\s*:?$", re.IGNORECASE
)
_QUOTES: Final = "\"“”«»'‘’ "
# "...lessons learned from IOM in El Salvador, Guatemala and Honduras [Category B]".
_CATEGORY_AFTER_TITLE: Final = re.compile(r"\s*\[(?:Category|Categor[ií]a) [A-C]\]$")

# "Open to...": matched at a line's start, searched for in a kind line.
# "Ouvert à", whose "à" no word boundary follows where a space does not.
_OPEN_TO: Final = re.compile(
    r"\b(?:open to\b|ouvert (?:aux\b|[àa](?!\w))|abierto a\b|aberto a\b)", re.IGNORECASE
)
# What may come before "open to" in a line that says who may apply: quotation
# marks, and the post: "“This position is open to "Internal and Separated Staff
# only”" (IOM's offices in the US, 2026). That sentence says who may apply where
# it names internal or external candidates ("... open to nationals of Ghana" does not).
# A mark may have been lost ("\ufffdThis position is open to...": Windows-1252's
# quotation marks read as UTF-8).
_OPEN_TO_LINE: Final = re.compile(
    r"[\s\"'“”‘’«\ufffd]*(?:this\s+(?:position|post|vacancy)\s+is\s+"
    r"(?=.*?(?:internal|external|internes?|externes?|intern[oa]s?|extern[oa]s?)\b))?"
    + _OPEN_TO.pattern,
    re.IGNORECASE,
)
_OPEN_TO_LINE_WORDS: Final = OPEN_TO_WORDS | {"this", "position", "post", "vacancy", "is"}
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
# A competency group's technical competencies (2015), folded: "Technical:".
_TECHNICAL: Final = frozenset({"technical", "technical competencies"})
_TECHNICAL_LENGTH: Final = len("**Technical Competencies:**")
# What a competency section's introduction says: "The incumbent is expected to
# demonstrate the following values and competencies:" (seeds 000 and 002), "...the
# following technical and behavioural competencies." (a notice of 2015).
_COMPETENCIES_INTRODUCTION_WORDS: Final = frozenset(
    {"the", "incumbent", "is", "expected", "to", "demonstrate", "following", "technical"}
    | {"and", "behavioural", "behavioral", "competencies", "values"}
)
# What a competency group's heading says of it besides its count, level and note:
# "Values - all IOM staff members must abide by and demonstrate these three values",
# "Core Competencies – behavioural indicators (Level 1)", folded, in the four languages.
_GROUP_HEADING_WORDS: Final = (
    frozenset(NUMBER_WORDS)
    | {"all", "iom", "staff", "members", "must", "abide", "by", "and", "demonstrate", "these"}
    | {"values", "behavioural", "behavioral", "indicators", "level", "competencies", "core"}
    | {"managerial", "the", "tous", "les", "membres", "du", "personnel", "de", "l", "oim"}
    | {"doivent", "respecter", "et", "demontrer", "ces", "valeurs", "indicateurs", "niveau"}
    | {"comportementaux", "competences", "todos", "miembros", "la", "deben", "respetar", "y"}
    | {"demostrar", "estos", "valores", "indicadores", "comportamiento", "nivel"}
    | {"competencias", "membros", "equipe", "devem", "demonstrar", "estes"}
    | {"tout", "le", "doit", "todo", "el", "debe", "os", "funcionarios", "da", "respeitar"}
)
# What a kind line may say after its kind and reference: "Open to Internal and
# External Candidates", the kind's words again.
_KIND_LINE_WORDS: Final = KIND_WORDS | OPEN_TO_WORDS


# The kind of notice a reference number's prefix names (iom-domain 4.2).
# The kind's letters first, after "IOM" and its office's letters at most:
# "IOM-SVN-...", "IOMKCO/CFA/003/2021" (IOM Kenya's Country Office, 2021).
_REFERENCE_KIND: Final = re.compile(
    r"(?:IOM[A-Z]{2,4}[-/ ]|IOM[-/ ]?)?(?P<prefix>SVN|VN|CFCV|CFA|EOI)(?![A-Za-z])",
    re.IGNORECASE,
)
_KIND_OF_PREFIX: Final = {
    "SVN": NoticeKind.SPECIAL_VACANCY_NOTICE,
    "VN": NoticeKind.VACANCY_NOTICE,
    "CFCV": NoticeKind.CALL_FOR_APPLICATIONS,
    "CFA": NoticeKind.CALL_FOR_APPLICATIONS,
    "EOI": NoticeKind.EXPRESSION_OF_INTEREST,
}
# What a line's last brackets hold: "Poste vacant à l’OIM (18 novembre 2025)".
_BRACKETED_AT_END: Final = re.compile(r"\(([^()]{6,30})\)$")
# The kind before a title on a board's list of posts: "Expedited VN: Programme Officer...".
_LISTED_KIND: Final = re.compile(r"(?:Expedited\s+)?(?P<prefix>S?VN)\s*:\s*", re.IGNORECASE)
_VACANCY_NOTICE_MENTION: Final = re.compile(
    r"this vacancy notice|cet avis de vacance|este aviso de vacante|este aviso de vaga",
    re.IGNORECASE,
)


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


def _station_zone(station: DutyStation) -> str | None:
    """The zone a duty station is in, where its country and city say which."""
    if station.country is None or station.home_based:
        return None
    return time_zone_of(station.country.code, station.city)


# "Applications close at 23:59 local time Geneva": the hour follows (see closing_hour).
_CLOSING_TIME: Final = re.compile(r"\bclose[sd]?\s+at\s+", re.IGNORECASE)
_EMAIL: Final = re.compile(r"[\w.+-][\w.+-]*@[\w-]+(?:\.[\w-]+)+")  # a class first: sre skips to it
_URL: Final = re.compile(r"https?://[^\s<>)\]\"]+")


def _language_of(text: str) -> str:
    """The code of the language *text* is written in, or "" where it says too little."""
    language = notice_language(text)
    return language.code if language is not None else ""


def _name_lines(content: list[Segment], index: int) -> list[Segment]:
    """The lines of the list of names that begins at *index*: one, or several wrapped.

    The list's introduction may be wrapped before its colon ("Candidates
    from the following non-represented members" / "states: Antigua and
    Barbuda, Bahamas, ..."), or end on it, the names below ("...members
    states:" / "Antigua and Barbuda, Bahamas, ...").
    """
    first = content[index]
    lines = [first]
    below = content[index + 1] if index + 1 < len(content) else None
    if below is not None and goes_on(below):
        cut_before_colon = ":" not in first.text and ":" in below.text and below.text[:1].islower()
        if cut_before_colon or first.text.endswith(":"):
            lines.append(below)
    listed = _listed_part(lines[-1].text)
    return [*lines, *_names_below(listed, content, index + len(lines))]


def _listed_part(text: str) -> str:
    # The names on a line that may repeat the list's introduction before a colon.
    return text.partition(":")[2].strip() or text


def _names_below(listed: str, content: list[Segment], index: int) -> list[Segment]:
    """The lines from *index* on that go on with a list of names whose last line holds *listed*.

    Each line but the last ends in a comma ("Antigua and Barbuda, Bahamas,
    ..., Czech Republic," / "Djibouti, Fiji, ...", impactpool, IOM
    Bangladesh, 2018) or a semicolon, or is cut inside a name ("Cook" /
    "Islands").
    """
    if separated(listed) or not is_list(listed):
        lines: list[Segment] = []
        for segment in content[index:]:
            if not goes_on(segment) or not (
                listed.endswith(NAME_SEPARATORS) or name_cut(listed, segment.text)
            ):
                break
            lines.append(segment)
            listed = segment.text
        return lines
    return _run_together_below(listed, content, index)


def _run_together_below(listed: str, content: list[Segment], index: int) -> list[Segment]:
    """The lines from *index* on that go on with names run together (:func:`run_together`).

    A list stripped of its separators, wrapped: each line below goes on
    while the names so far and its own still run together, one perhaps cut
    at a line's end ("... Dominica Federated States of" / "Micronesia ...").
    """
    lines: list[Segment] = []
    for segment in content[index:]:
        joined = f"{listed} {segment.text}"
        if segment.bullet or separated(segment.text) or not run_together(joined):
            break
        lines.append(segment)
        listed = joined
    return lines


def _grade_tagged(tags: str) -> Grade | None:
    """The grade among a board's title tags (" - Expedited VN - UG", "-G5"), if one is."""
    found = GRADE_TAG.search(tags)
    return None if found is None else interpret.read_grade(found.group())


# A board's cells run together: the day posted, the deadline, the place ("October
# 31, 2025December 15, 2025PembaMozambique"), the place perhaps left empty.
_BOARD_DATES: Final = re.compile(
    r"(?P<posted>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})(?P<closing>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?P<place>\S.*)?$"
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


# How far down a board's lines above the notice may reach (impactpool's summary
# of the post, 2018: a dozen lines).
_BOARD_LINES: Final = 30


def _unended(line: Segment) -> bool:
    """Whether *line* ends no sentence: a title wrapped there goes on below."""
    return not line.text.endswith(".")


def _stated_in(
    segment: Segment, *, required: bool | None = None
) -> list[tuple[str, list[LanguageRequirement]]]:
    """Each sentence of *segment*, with the language requirements it states.

    *required* is what a sub-heading above says ("Required", "Desirable"),
    for a sentence that does not say it itself.
    """
    return [
        (sentence, interpret.read_languages(sentence, required=required))
        for sentence in sentences(segment.item)
    ]


def _says_experience(text: str) -> bool:
    """Whether a line of qualifications is about experience, in the reader's four languages."""
    low = text.lower()
    return (
        "experience" in low or "expérience" in low or "experiencia" in low or "experiência" in low
    )


def _row_label(segment: Segment) -> tuple[str | None, Segment]:
    """What a table's row of qualifications holds, by the label run into it, and the rest.

    A table copied with each row's label and text on one line: "Education
    High school diploma with six years...", "Skills Proficiency in
    Microsoft Office.". ``(None, segment)`` for a line with no such label:
    what it says tells where it goes.
    """
    found = _ROW_LABEL.match(segment.item) if segment.item[:1].isupper() else None
    if found is None:
        return None, segment
    return _ROW_KINDS[found["label"].lower()], Segment(segment.number, segment.item[found.end() :])


# A qualifications table's row labels, in the four languages, before the row's
# text: a capital, and two words more at least ("Experience Required" is a heading).
_ROW_KINDS: Final = {
    "education": "education", "formation": "education", "educación": "education",
    "formación": "education", "educação": "education", "formação": "education",
    "experience": "experience", "expérience": "experience", "experiencia": "experience",
    "experiência": "experience",
    "skills": "skills", "compétences": "skills", "habilidades": "skills",
    "languages": "languages", "langues": "languages", "idiomas": "languages",
    "línguas": "languages",
}  # fmt: skip
_ROW_LABEL: Final = re.compile(
    r"(?P<label>(?i:" + "|".join(_ROW_KINDS) + r"))\s+(?=[A-ZÀ-Þ]\S*\s+\S+\s+\S)"
)


def _subject(texts: list[str]) -> str | None:
    for text in texts:
        if "subject" not in text.lower():
            continue
        marked = re.findall(r"\*\*(.+?)\*\*", text)
        if marked:
            return "; ".join(part.strip(' “”"') for part in marked)
        quoted = re.search(r"[“\"](.+?)[”\"]", text)
        if quoted:
            return quoted.group(1)
    return None


def _technical_at(section: Section) -> int | None:
    """Where a competency group's *section* goes on with technical competencies, if it does.

    "Technical:" alone on its line, in a competency group: elsewhere (a
    group of duties) the word heads no skills.
    """
    for index, segment in enumerate(section.content):
        text = segment.text
        # Most lines are a name and its description, too long to be folded and looked up.
        if len(text) <= _TECHNICAL_LENGTH and not segment.bullet and fold(text) in _TECHNICAL:
            return index
    return None


def _cut_at(section: Section, at: int) -> tuple[Section, Section]:
    """*section* up to line *at* of its content, and from there as a section of skills."""
    content = section.content
    above = Section(section.kind, section.heading, section.trailing, content[:at])
    above.heading_below, above.meant = section.heading_below, section.meant
    return above, Section("skills", content[at], "", content[at + 1 :])
