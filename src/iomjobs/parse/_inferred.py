"""What no label states, inferred from a notice's lines (internal).

The title that a job board's lines or the notice's first line give, the
marks written in it, the kind of notice, its contract and consultancy
category, the start, the countries and the closing hour's zone: each read
where the notice's words imply it, and recorded as inferred.
:class:`InferringReader` is the part of the reader that does this, between
:class:`~iomjobs.parse._header.HeaderReader`, which it extends, and
:class:`~iomjobs.parse._section_reader.SectionReader`, which extends it (see
:mod:`iomjobs.parse._reader` for the whole chain).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from iomjobs.model.grade import Grade, GradeCategory
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ConsultancyCategory,
    ContractType,
    HowToApply,
    NoticeKind,
    PostingPeriod,
    StartDate,
)
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import (
    RecruitingType,
)
from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _language_requirements as language_requirements
from iomjobs.parse import _nocase as nocase
from iomjobs.parse import _places as places
from iomjobs.parse._dates import (
    FoundDate,
    find_dates,
    find_months,
    first_month_before,
    read_date,
)
from iomjobs.parse._header import HeaderReader, quoted
from iomjobs.parse._hours import ClosingHour, closing_hour
from iomjobs.parse._layout import greedy_page_wrap, page_width
from iomjobs.parse._nationals import (
    NATIONALS_SENTENCE,
    may_name_nationals,
    nationals_said,
    read_nationalities,
)
from iomjobs.parse._paragraphs import runs_on_as_prose
from iomjobs.parse._posts import (
    EMPLOYER_ITEM,
    JOB_TYPE_ITEM,
    announces_posts,
    doubt_mixed_posts,
)
from iomjobs.parse._record import line_named
from iomjobs.parse._sections import short_line_below
from iomjobs.parse._segments import (
    STOPS,
    GreedyWrap,
    Segment,
    did_not_fit,
    joined_lines,
    unmarked,
)
from iomjobs.parse._sentences import sentence_at, sentences
from iomjobs.parse._supervision import (
    without_remark,
)
from iomjobs.parse._tiers import MEMBER_STATES
from iomjobs.parse._titles import (
    BOARD_TITLE_LINE,
    TITLE_CONTRACTS,
    TITLE_DASH,
    TITLE_LINES,
    board_grade,
    board_title,
    ends_in_mark,
    is_mark,
    marked_title,
    names_a_post,
    names_consultants_alone,
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
    match_heading,
)
from iomjobs.reference.countries import countries_named_in
from iomjobs.reference.zones import time_zone_of


class InferringReader(HeaderReader):
    """Infers the fields no label states from the lines that imply them."""

    __slots__ = ("longest_context",)

    segments: list[Segment]
    context: list[str]
    longest_context: int
    """The length of the longest paragraph of context, kept as each is added."""
    notes: list[str]
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

    def _context(self, text: str, paragraph: list[Segment]) -> None:
        """Read *paragraph* (whose lines joined are *text*) as one paragraph of context."""
        self.record.use(f"$.context[{len(self.context)}]", *paragraph)
        self.context.append(text)
        self.longest_context = max(self.longest_context, len(text))

    def _page_width(self) -> int:
        """The width the whole text was wrapped at, 0 where nothing says it was."""
        return page_width(self.layout, self.segments)

    def _greedy(self) -> GreedyWrap:
        """How the whole text was wrapped greedily by characters, where it was."""
        return greedy_page_wrap(self.layout, self.segments)

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
        folded = written.casefold()
        # The title, then its bracket; or, as the body calls the post by its function
        # ("the Registration Case Worker" below "Project Assistant (AVRR Registration
        # Case Worker)", IOM Algeria's notice, 2025), the bracket's end.
        whole = folded.startswith(f"{title} (") or folded.endswith((f" {title})", f"({title})"))
        if not whole:
            # "Programme Support Unit (PSU) - Intern", where the body says "the
            # Intern will": the unit joined to the title by a dash.
            written = board_title(written) or ""
            if title not in TITLE_DASH.split(written.casefold()):
                return
        # The grade and the place a board adds are no part of the title: "Project
        # Associate (G4) - Lisbon" above "the Project Associate will".
        in_full, grade = board_grade(without_place(written))
        self.position["title"] = in_full
        self.record.use("$.position.title", *self.heading_lines)
        self._grade_in_heading(grade)
        self._station_after_title(written, self.heading_lines)

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
        :func:`~iomjobs.parse.parse_notices` reads), or above "• Job Type
        Full Time" (myjobmag's, as jobsafric copies it): a line that names a
        post, two blank lines between at most. The title is marked as
        inferred, from that line; the kind its "VN:" names is read. Where
        several posts are so listed, the notice read mixes them: a doubt
        says so, and no title is read.
        """
        if "title" in self.position:
            return
        listed = [
            at
            for at, segment in enumerate(self.segments)
            if segment.bullet and segment.item.startswith(_BOARD_LIST_OPENINGS)
        ]
        if len(listed) > 1:
            doubt_mixed_posts(self.record, len(listed), self.segments[listed[0]])
            return
        at = listed[0] if listed else 0
        above = self.segments[at - 1] if at > 0 else None
        # Two blank lines between, as a page's text converted doubles them.
        if above is None or above.bullet or above.number < self.segments[at].number - 3:
            return
        lines = self._wrapped_down_to(at - 1)
        heading = joined_lines(list(lines))
        text = unmarked(heading)  # a markdown copy's heading: "### Expedited VN: ..."
        kind = _LISTED_KIND.match(text)
        written = text[kind.end() :] if kind is not None else text
        title = board_title(written)
        if title is None or not self._in_context(heading, lines):
            return
        self.position["title"] = title
        self.record.infer("$.position.title", heading, lines[0])
        self.record.use("$.position.title", *lines[1:])
        if kind is not None and "kind" not in self.notice:
            self.notice["kind"] = _KIND_OF_PREFIX[kind.group("prefix").upper()]
            self.record.use("$.kind", lines[0])

    def _wrapped_down_to(self, end: int) -> tuple[Segment, ...]:
        """The lines a wrap cut the line that ends at ``segments[end]`` into; that line alone if none.

        A board's title above its summary, wrapped ("Consultancy for Technical
        Support to the Review of the Labour Migration" / "Policy" at 80
        columns): the lines right above, no item among them, from which a
        wrap at the page's width cut the last (:meth:`_lines_wrapped_from`).
        """
        start = end
        while (
            start > 0
            and end - start < TITLE_LINES - 1
            and not self.segments[start - 1].bullet
            and self.segments[start - 1].number == self.segments[start].number - 1
        ):
            start -= 1
        for first in range(start, end):
            lines = self._lines_wrapped_from(first)
            if lines[-1] is self.segments[end]:
                return lines
        return (self.segments[end],)

    def _title_after_reference(self) -> None:
        """The title a reference field gives after its code, where nothing else gives one.

        "Vacancy Notice No.: VN/2026/05 – Project Assistant (G5)": marked as
        inferred, from that line; its grade the grade where none is stated.
        The whole value had been the reference. Where the notice states
        another title, the line is kept as written too: it says something else.
        """
        if not self.reference_title:
            return
        written, segment = self.reference_title[0]
        title, grade = board_grade(without_place(written))
        if grade is not None and "grade" not in self.position:
            self.position["grade"] = Grade.parse(grade)
            self.record.infer("$.position.grade", written, segment)
        if "title" not in self.position:
            self.position["title"] = title
            self.record.infer("$.position.title", written, segment)
        elif self.position["title"].casefold() != title.casefold():
            self._keep_once(segment)

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
        board, grade = board_grade(without_place(found.group("title")))
        self._grade_in_heading(grade)
        if "title" in self.position:
            self._bracket_closed_by(board, lines)
            self._remark_of_heading(board, lines)
        else:
            title, joined = title_parts(board)
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
        # The name a board gives the organization after the title, cut where no one
        # width tells the wrap (helpfuljobs, 2024, wrapped at 83 columns: "...(Inclusion
        # and AAP) Vacancy at International", then "Organization for Migration").
        joined = f"{first.text} {below.text}"
        if (
            without_organization(joined) != joined
            and without_organization(first.text) == first.text
        ):
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
        self._grade_in_heading(grade)
        self._station_after_title(without_organization(bare), lines)

    def _grade_in_heading(self, grade: str | None) -> None:
        """Take *grade*, which the board's heading adds to the title, where nothing states one.

        Marked as inferred, from the heading: "Head of Sub-Office (P-3) -
        Douala" (see :func:`~iomjobs.parse._titles.board_grade`).
        """
        if grade is not None and "grade" not in self.position:
            self.position["grade"] = Grade.parse(grade)
            self.record.infer("$.position.grade", self.heading, self.heading_lines[0])

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

    def _title_marks(self) -> None:
        """What a title ends in besides the post's name: recruiting type, grade, posts, who applies.

        "Project Officer (Labour Migration and Inclusion) (P)": Oracle-era
        notices mark professional posts so, ungraded ones too; "Intern -
        Shelter Coordination Information Management (UG)" (impactpool,
        2026) is an ungraded post; "Associate Investigator (2 Positions)
        (P)" names two posts, "Special Advisor to the DG (P) (Internal
        applicants only)" who may apply, "JPO - Programme Officer (Search and
        Rescue (SAR)) - (Dutch Nationals only)" (undpjobs.net, 2026) of which
        nationality. The title is kept without its marks, which give what no
        field states: the recruiting type and the grade marked as inferred
        from the title, the count and who may apply read from it. A board's
        grade in brackets ("PSEA Network Coordinator (P3)") is the grade where
        no field states one, and stays in the title.
        """
        title = self.position.get("title")
        if not isinstance(title, str):
            return
        name, marks = title_marks(title)
        grade = board_grade(name)[1] if "grade" not in self.position else None
        if not marks and grade is None:
            return
        found = self.record.lines.get("$.position.title")
        segment = Segment(found[-1].number if found else 1, title)
        if grade is not None:
            # "PSEA Network Coordinator (P3)" in the title's field (impactpool's copy of
            # IOM Bangladesh's header, 2018), "Associate Project Officer (P1)" (an
            # aggregator's title of IOM Senegal's notice, 2025): the grade, where no
            # field states one, marked as inferred; the title keeps it, as written.
            self.position["grade"] = Grade.parse(grade)
            self.record.infer("$.position.grade", segment.text, segment)
        self.position["title"] = name
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
        elif mark == "nationals":
            self._nationals_mark(segment, tuple(Country(code) for code in value.split()))

    def _nationals_mark(self, segment: Segment, marked: tuple[Country, ...]) -> None:
        """The nationals a title's mark admits where no field names any; a doubt if one differs."""
        stated = self.notice.get("open_to_nationals_of")
        if stated is None:
            self.notice["open_to_nationals_of"] = marked
            self.record.use("$.open_to_nationals_of", segment)
        elif frozenset(stated) != frozenset(marked):
            # "(Dutch Nationals only)" and "Eligible nationalities: Belgium": one is
            # wrong, and the title, read without its mark, no longer says which.
            admits = f"the title's mark admits {quoted(marked)} {line_named(segment.number)}"
            message = f"{admits}; the field is read"
            self.record.doubt("$.open_to_nationals_of", message, segment)

    def _infer_nationals(self) -> None:
        """The nationals a sentence of the context or notes admits alone, where nothing else did.

        "This position is open to Ghanaian nationals only.", above a board's
        header or among the notes, says what a title's mark "(Ghanaian
        Nationals only)" does. Marked as inferred, from that sentence, which
        stays where it was read.
        """
        if "open_to_nationals_of" in self.notice:
            return
        for store, paragraphs in (("context", self.context), ("notes", self.notes)):
            for index, paragraph in enumerate(paragraphs):
                if not may_name_nationals(paragraph):
                    continue
                found = self.record.lines.get(f"$.{store}[{index}]")
                if not found:
                    continue
                for sentence in sentences(paragraph):
                    match = NATIONALS_SENTENCE.match(sentence.lstrip(_OPENING_QUOTES))
                    mark = (
                        match.group("mark") or match.group("opening") or match.group("only")
                        if match
                        else None
                    )
                    codes = (read_nationalities(mark) if mark else None) or nationals_said(sentence)
                    if codes:
                        self.notice["open_to_nationals_of"] = tuple(Country(c) for c in codes)
                        self.record.infer("$.open_to_nationals_of", sentence, found[0])
                        return

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
        Marked as inferred, from the title; else from the grade's line, where
        the grade names a consultant ("Grade: Consultant", IOM Libya's page,
        2021; "Grade: Consultant - Contractors Agreement - Consultancy",
        impactpool); else from the line of the consultant's category, or the
        one that introduces IOM's internship programme (see
        :meth:`_internship_programme_line`).
        """
        title = self.position.get("title")
        appointment = self._appointment_so_far()
        if appointment.contract_type is not None:
            return
        contract = interpret.first_named(TITLE_CONTRACTS, title) if isinstance(title, str) else None
        if contract is not None:
            found = self.record.lines.get("$.position.title")
            said = Segment(found[0].number if found else 1, str(title))
        elif (named := self._contract_in_grade()) is not None:
            contract, said = named
        elif (category := self._consultants_line()) is not None:
            contract, said = ContractType.CONSULTANCY, category
        elif (programme := self._internship_programme_line()) is not None:
            contract, said = ContractType.INTERNSHIP, programme
        else:
            return
        self.notice["appointment"] = attrs.evolve(appointment, contract_type=contract)
        self.record.infer("$.appointment.contract_type", said.text, said)

    def _contract_in_grade(self) -> tuple[ContractType, Segment] | None:
        """The contract the grade's line names where the grade is none of staff's, and that line."""
        grade = self.position.get("grade")
        if not isinstance(grade, Grade) or grade.category is not GradeCategory.OTHER:
            return None
        for line in self.record.lines.get("$.position.grade", ()):
            contract = interpret.first_named(TITLE_CONTRACTS, line.text)
            if contract is not None:
                return contract, line
        return None

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
            # Or the heading of a consultant's duties, "Consultants" left out ("Category B :
            # Tangible and measurable outputs...", brightspyre's copy, 2024): _CONSULTANTS.
            if category is not None and (
                "onsult" in lowered
                or _CATEGORY_ALONE.fullmatch(lowered)
                or _CONSULTANTS.search(line.text)
            ):
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
        if title and not names_consultants_alone(title):  # "... PARA CONSULTORÍA": no post
            self.position["title"] = title
            self.record.use("$.position.title", *lines)

    def _title_opening_prose(self) -> None:
        """The title a paragraph of context opens with, where nothing else gives one.

        "Job Overview: The Programme Officer (Area Based Approach) will play a
        crucial role in coordinating..." (unchannel's summary of a notice of
        IOM Afghanistan, 2025): a board that retold the notice in its own
        words keeps no header, nor a supervision sentence naming the post
        ("..., the Intern will"). The paragraph's first sentence, after a
        label's colon at most, begins with the post, whose words name one
        (:func:`~iomjobs.parse._titles.names_a_post`: "The Organization will"
        names none). Marked as inferred.
        """
        if "title" in self.position:
            return
        for index, paragraph in enumerate(self.context):
            label, colon, rest = paragraph.partition(": ")
            opening = rest if colon and len(label.split()) <= _LABEL_WORDS else paragraph
            if not opening.startswith("The "):
                continue  # most paragraphs: not cut into sentences
            first = next(iter(sentences(opening)), "")
            found = title_in(first)
            if found is None or found.start() or not names_a_post(found.group("title")):
                continue
            lines = self.record.lines.get(f"$.context[{index}]")
            if lines:
                self.position["title"] = " ".join(found.group("title").split())
                self.record.infer("$.position.title", first, lines[0])
            return

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
        that region, in that country, inferred alike. A name several
        countries share is placed in the one of them the context names, if
        it names one only (:meth:`_country_named_for`), else in the one the
        other stations are in ("Tripoli and Benghazi": Libya's Tripoli).
        """
        stations: tuple[DutyStation, ...] = self.position.get("duty_stations", ())
        found = self.record.lines.get("$.position.duty_stations")
        if not found or not any(s.city and s.country is None for s in stations):
            return
        placed = list(stations)
        for index, station in enumerate(stations):
            if station.city is None or station.country is not None or station.home_based:
                continue
            path = f"$.position.duty_stations[{index}].country"
            sentence, line = station.as_written or station.city, found[0]
            # "Asokoro, Abuja", a district and its city: the city's country.
            country = places.main_country_of_city(station.city.rpartition(", ")[2])
            named = self._country_named_for(station.city) if country is None else None
            if country is not None:
                placed[index] = attrs.evolve(station, country=Country(country))
            elif named is not None:
                country, sentence, line = named
                placed[index] = attrs.evolve(station, country=Country(country))
            else:
                # "Location: Borno State" (a Nigerian board): a region one country has.
                country = places.country_of_region_alone(station.city)
                if country is None:
                    continue
                region = places.region_named(station.city)
                placed[index] = attrs.evolve(
                    station, city=None, region=region, country=Country(country)
                )
            self.record.infer(path, sentence, line)
        self._placed_beside(placed, found[0])
        self.position["duty_stations"] = tuple(placed)

    def _placed_beside(self, placed: list[DutyStation], line: Segment) -> None:
        """Place each city of *placed* several countries share in the one the others are in.

        "Tripoli and Benghazi": Benghazi is in Libya, and so is the Tripoli
        named with it. Marked as inferred, from the station's words.
        """
        beside = {str(station.country) for station in placed if station.country is not None}
        for index, station in enumerate(placed):
            if station.city is None or station.country is not None or station.home_based:
                continue
            shared = set(places.countries_of_city(station.city)) & beside
            if len(shared) == 1:
                placed[index] = attrs.evolve(station, country=Country(shared.pop()))
                path = f"$.position.duty_stations[{index}].country"
                self.record.infer(path, station.as_written or station.city, line)

    def _infer_station_from_context(self) -> None:
        """The duty station a sentence of the context names, where no field states one.

        "The position is based in Garowe, Puntland, Somalia.", "Le poste est
        basé à Goma, RDC.": the post itself said to be somewhere, the place
        read as a "Duty Station" field's value is, every station of it in a
        country, or a city that :meth:`_infer_countries` places in one
        ("...based in Tripoli with travels to other areas...", the context
        naming Libya). Marked as inferred, from the sentence. Other places the
        context names (IOM's, a supervisor's office) say nothing of the post's.
        """
        if "duty_stations" in self.position:
            return
        for index, paragraph in enumerate(self.context):
            found = _BASED_IN.search(paragraph) if _BASED_HINT.search(paragraph) else None
            if found is None:
                continue
            stations = places.read_duty_stations(found.group("place"))
            lines = self.record.lines.get(f"$.context[{index}]")
            if not stations or not lines or not all(map(self._placed, stations)):
                continue
            sentence = sentence_at(paragraph, found)
            # The line the place begins on, where a line holds its first word.
            first = found.group("place").split()[0]
            line = next((each for each in lines if first in each.text), lines[0])
            self.position["duty_stations"] = stations
            self.record.infer("$.position.duty_stations", sentence, line)
            return

    def _infer_languages(self) -> None:
        """The languages a board's line of context lists, where the notice states none.

        "Languages: English, French" among a board's summary above the notice:
        the header opens no section at a heading before a colon, which would
        take in the paragraphs below (see ``_sections._heading_before_colon``).
        Marked as inferred, from the line, which stays in the context.
        """
        if self.position.get("languages"):
            return
        for index, paragraph in enumerate(self.context):
            found = _LANGUAGES_LINE.match(paragraph)
            lines = self.record.lines.get(f"$.context[{index}]")
            if found is None or not lines:
                continue
            requirements = language_requirements.read_languages(found.group("value"))
            if requirements:
                self.position["languages"] = tuple(requirements)
                self.record.infer("$.position.languages", paragraph, lines[0])
                return

    def _placed(self, station: DutyStation) -> bool:
        """Whether *station* is in a country, or a city _infer_countries will place in one.

        "The incumbent will be based in Tripoli" (IOM Libya's notice, 2025): a
        name three countries' places bear, the context naming Libya only.
        """
        if station.country is not None:
            return True
        city = station.city
        return city is not None and (
            places.main_country_of_city(city) is not None
            or self._country_named_for(city) is not None
        )

    def _infer_office_type(self) -> None:
        """The office an administrative centre's station names, where no field states one.

        "Duty Station: Manila (Global) Administrative Centre" (a notice of
        2018): the post is the Manila Administrative Centre's, as a post
        description's "Is this a Regional, HQ, MAC, PAC, Liaison Office or
        Country Office based position?" would say. The station read as a
        centre (:func:`~iomjobs.parse._places.centre_office`); a
        station in Manila or Panama City with no centre named may be the
        country office's. Marked as inferred, from
        the station's words.
        """
        stations: tuple[DutyStation, ...] = self.position.get("duty_stations", ())
        found = self.record.lines.get("$.position.duty_stations")
        if "office_type" in self.position or len(stations) != 1 or not found:
            return
        (station,) = stations
        written = station.as_written or ""
        office = places.centre_office(written)
        if office is None:
            return
        self.position["office_type"] = office
        self.record.infer("$.position.office_type", written, found[0])

    def _country_named_for(self, city: str) -> tuple[str, str, Segment] | None:
        """The one country of those with a place called *city* that the context names.

        "Location: Tripoli" (a job board's summary of an IOM notice, 2025):
        the gazetteer knows Tripolis in Libya, Lebanon and Greece, alike
        enough that the name alone tells none; the context says "...people
        transiting through and residing in Libya.". The country, the
        sentence that names it and its line; none where the context names two
        of them, or none. A paragraph of member states names countries that
        are no place of the post.
        """
        among = places.countries_of_city(city)
        if len(among) < 2:  # noqa: PLR2004 -- one country is main_country_of_city's
            return None
        named: list[tuple[str, int]] = []
        for index, paragraph in enumerate(self.context):
            if not MEMBER_STATES.search(paragraph):
                named.extend((code, index) for code in countries_named_in(paragraph, among))
        if len({code for code, _ in named}) != 1:
            return None
        country, index = named[0]
        lines = self.record.lines.get(f"$.context[{index}]")
        if not lines:
            return None
        paragraph = self.context[index]
        sentence = next(
            (each for each in sentences(paragraph) if countries_named_in(each, [country])),
            paragraph,
        )
        # The line that names it, where a line holds the name whole.
        line = next((each for each in lines if countries_named_in(each.text, [country])), lines[0])
        return country, sentence, line

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
        dates = self._dates_in(appointment.as_written)
        if not dates:
            self._infer_start_month(appointment.as_written)
            return
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

    def _infer_start_month(self, written: str) -> None:
        """The first of the two months the appointment's words run between, as the start's month.

        "November 2025 – May 2026" (a consultancy's duration, as a board
        copied IOM Ukraine's terms of reference, 2025): the contract starts
        in November 2025, marked as inferred. So in January 2023 for "5.2
        meses (enero a junio 2023)" (IOM Guatemala's, 2023).
        """
        found = find_months(written)
        months = [first for first, _ in found]
        if len(found) == 1:
            first = first_month_before(written, found[0])
            months = [first, *months] if first is not None else months
        if len(months) != 2 or months[0] >= months[1]:  # noqa: PLR2004 -- first, last
            return
        segments = self.record.lines.get("$.appointment", [])
        dated = next((segment for segment in segments if find_months(segment.text)), None)
        if dated is None:
            return
        self.notice["start"] = StartDate(months[0], month_only=True)
        self.record.infer("$.start.date", dated.text, dated)

    def _infer_closing(self) -> None:
        """The day applications close, where no field states it, from how to apply.

        "Interested candidates are invited to submit their applications ... by
        15 March 2026 at the latest", IOM's own sentence; "Applications must be
        received no later than...", "... au plus tard le 15 mars 2026", "... hasta
        el 15 de marzo de 2026": the date after the words that set a deadline,
        in a sentence about applying, and the hour right after it. Marked as
        inferred, the sentence staying in how to apply. Not a date whose day
        and month could be swapped.
        """
        how: HowToApply | None = self.notice.get("how_to_apply")
        if "closing_date" in self.notice or how is None:
            return
        for index, text in enumerate(how.text):
            found = _deadline_in(text)
            lines = self.record.lines.get(f"$.how_to_apply.text[{index}]")
            if found is None or not lines:
                continue
            date, hour, sentence = found
            line = next((each for each in lines if text[date.start : date.end] in each.text), None)
            self.notice["closing_date"] = date.date
            self.record.infer("$.closing_date", sentence, line or lines[0])
            if hour is not None and "closing_time" not in self.notice:
                self.notice["closing_time"] = ClosingTime(hour.time, hour.zone)
                self.record.infer("$.closing_time", sentence, line or lines[0])
            return

    def _infer_salary_currency(self) -> None:
        """The currency of a salary read above the duty station, in money its country names.

        "Salaire : 850 000 FCFA par mois" above "Lieu d'affectation : Dakar,
        Sénégal": West Africa's franc, as where the station comes first; the
        line, kept as unclassified while no station was known, is read.
        """
        if not self.pending_salary or "salary" in self.notice:
            return
        field = self.pending_salary[0]
        if self._local_salary(field):
            self._unkeep(*field.segments)

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


# The words that set a deadline, right before its date: "by", "no later than",
# "au plus tard le", "hasta el", "até".
_DEADLINE: Final = re.compile(
    r"\b(?:by|before|no later than|not later than|until|on or before|latest by"
    # "The deadline for (the) submission of applications is ...", "Closing date for
    # applications is ...".
    r"|(?:deadline|closing date)(?: for (?:the )?(?:submission of )?applications)? (?:is|of)"
    r"|close[sd]? on"
    r"|au plus tard le|avant le|jusqu['’]au|fix[ée]e au|date limite[^.]{0,40}? est(?: le)?"
    r"|hasta el|a m[áa]s tardar el|antes del|fecha l[íi]mite[^.]{0,40}? es(?: el)?"
    r"|at[ée](?: ao)?(?: o)?(?: dia)?|prazo[^.]{0,40}? [ée](?: o dia)?)\s+",
    re.IGNORECASE,
)
# A board's line of the languages asked for: "Languages: English, French". Not "Language:"
# alone, which may name the language the notice is written in.
_LANGUAGES_LINE: Final = re.compile(
    r"(?:languages|language\(s\)|required languages|language requirements|language skills"
    r"|langues|langues requises|idiomas|idiomas requeridos|l[íi]nguas)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
# A sentence about applying, in the four languages.
_APPLYING: Final = re.compile(
    # Spanish "solicitudes", "enviarse"; Portuguese "enviadas".
    r"appl|candida|postul|submi|soumi|envo|envi[ao]|solicitud|send|deadline|date limite"
    r"|fecha l[íi]mite|prazo"
    r"|closing date|date de cl[ôo]ture|fecha de cierre",
    re.IGNORECASE,
)
# The most characters between a date and its hour: " at ", ", à ", " a las ".
_HOUR_GAP: Final = 8


def _deadline_in(text: str) -> tuple[FoundDate, ClosingHour | None, str] | None:
    """The deadline *text*'s sentence about applying sets, its hour, and the sentence."""
    if not any(char.isdigit() for char in text):
        return None
    dates: list[FoundDate] = []
    for match in _DEADLINE.finditer(text):
        sentence = sentence_at(text, match)
        if _APPLYING.search(sentence) is None:
            continue
        dates = dates or find_dates(text)
        found = next((date for date in dates if date.start == match.end()), None)
        if found is None or found.ambiguous:
            continue
        hour = closing_hour(text, found.end)
        if hour is not None and hour.start - found.end > _HOUR_GAP:
            hour = None
        return found, hour, sentence
    return None


# The consultant's category in IOM's terms of reference: the heading of the
# duties, in English and Spanish, or the consultancy's (Spanish).
# The letter may be quoted, twice over: "Consultoría de categoría ‘‘A”" (IOM Peru, 2025).
# Or the category before its outputs, no "Consultants": "Category B : Tangible and
# measurable outputs of the work assignment:" (brightspyre, 2024).
_CONSULTANTS: Final = re.compile(
    r"\bCategory [AB] Consultants?\b|\bConsultor(?:e|a)s? de categor[ií]a\W{0,3}[AB]\b"
    r"|\bConsultor[ií]a\s+(?:de\s+)?categor[ií]a\W{0,3}[AB]\b"
    r"|\bCategory B\s*:\s*Tangible and measurable outputs?\b",
    re.IGNORECASE,
)

# The label of the terms of reference, whatever follows it, numbered or not,
# as "Nature of the consultancy: Advisory and technical services (Type A)"
# (impactpool, 2026) and "3. Naturaleza de la Consultoría" write it; a heading
# in markdown too ("### Nature of Consultancy").
_NATURE_OF_CONSULTANCY: Final = re.compile(
    r"(?:#{1,6} )?\W{0,3}(?:\d{1,2}\W{1,3})?"
    r"(?:Nature of (?:the )?consultancy|Naturaleza de la consultor[ií]a)\b",
    re.IGNORECASE,
)

# IOM's internship notices introduce the programme so, in its first lines.
_INTERNSHIP_PROGRAMME: Final = "Internship Programme aims at attracting"

# How many of a text's first lines the label may stand among.
_LABEL_LINES: Final = 40

# A consultant's category after the word, at a title's start, before a dash or colon.
_CONSULTANT_LETTER: Final = re.compile(r"(?:Consultant|CONSULTANT) (?P<letter>[AB]) ?[-–—:]")

# A line that is a consultancy's category alone, lowered: "Category B", "Categoría
# “A”", "Category B contract." (a sentence a copy wrapped at 72 columns left alone).
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

# The first items of boards' summaries of a post, below its title.
_BOARD_LIST_OPENINGS: Final = (EMPLOYER_ITEM, JOB_TYPE_ITEM)
# The kind before a title on a board's list of posts: "Expedited VN: Programme Officer...".
_LISTED_KIND: Final = re.compile(r"(?:Expedited\s+)?(?P<prefix>S?VN)\s*:\s*", re.IGNORECASE)

_VACANCY_NOTICE_MENTION: Final = re.compile(
    r"this vacancy notice|cet avis de vacance|este aviso de vacante|este aviso de vaga",
    re.IGNORECASE,
)


def _station_zone(station: DutyStation) -> str | None:
    """The zone a duty station is in, where its country and city say which."""
    if station.country is None or station.home_based:
        return None
    return time_zone_of(station.country.code, station.city)


# How far down a board's lines above the notice may reach (impactpool's summary
# of the post, 2018: a dozen lines).
_BOARD_LINES: Final = 30


# The most words of a label before a paragraph's first sentence: "Job Overview:".
_LABEL_WORDS: Final = 4


def _unended(line: Segment) -> bool:
    """Whether *line* ends no sentence: a title wrapped there goes on below."""
    return not line.text.endswith(".")


# What says where the post itself is: "The position is based in", "This
# consultancy will be located in", "Le poste est basé à", "El puesto estará
# ubicado en". The place runs to the sentence's end, a semicolon, a bracket, or
# a comma before a word in small letters: a place's names are capitalized, and
# ", and the incumbent will travel", ", with travel to" are what the post does;
# so are "with travels to other areas" (IOM Libya, 2025), "and travel to ...",
# "for six months", which no comma parts from the place ("Trinidad and Tobago",
# "Port of Spain" go on).
_BASED_IN: Final = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his)\s+(?:position|post|consultancy|assignment|internship|incumbent"
    r"|consultant|intern|successful\s+candidate)\s+(?:is|will\s+be)\s+(?:based|located)\s+(?:in|at)"
    r"|\b(?:[Ll]e\s+poste|[Ll]a\s+consultation|[Ll]e\s+consultant|[Ll]e\s+stage)\s+(?:est|sera)"
    r"\s+(?:bas[ée]e?|situ[ée]e?)\s+(?:à|a|en|au)"
    r"|\b(?:[Ee]l\s+puesto|[Ll]a\s+consultor[íi]a|[Ee]l\s+cargo)\s+(?:est[áa]|estar[áa])"
    r"\s+(?:basad[oa]|ubicad[oa])\s+en)"
    r"\s+(?:the\s+IOM\s+(?:[Ss]ub-)?[Oo]ffice\s+in\s+)?"
    r"(?P<place>[A-ZÀ-Þ](?:[^.;(),\s]|\s(?!"
    r"(?:with|avec|con|for|pour|para|during|pendant|durante)\b|(?:and|et|y)\s+[a-zß-ÿ])"
    r"|,(?!\s*[a-zß-ÿ]))*)"
)
# Words one of _BASED_IN's holds: most paragraphs have none, and are passed over.
_BASED_HINT: Final = re.compile(r"based|located|bas[ée]|situ[ée]|basad|ubicad")


# The marks a sentence may open with: "“This position is open to ...".
_OPENING_QUOTES: Final = " \"'“‘«\ufffd"
