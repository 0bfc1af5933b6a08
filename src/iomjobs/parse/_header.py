"""The header's labelled fields, and a job board's summary above them (internal).

"Position Title: ...", "Duty Station: ...", "Grade: P-2", "Closing Date:
...": each field the sections stage found is read by its handler
(``_field_<name>``), which stores what it reads and where it read it, or
declines, leaving the line unclassified. A field stated twice that says two
things is a doubt. :class:`HeaderReader` is the part of the reader that
does this; :class:`iomjobs.parse._inferred.InferringReader` and
:class:`iomjobs.parse._reader.Reader`, which extend it, are the rest.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

from iomjobs._text import NUMBER_WORDS, fold, fold_text, number, with_article
from iomjobs.model.grade import GradeCategory
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ConsultancyCategory,
    ContractType,
    Duration,
    PostingPeriod,
    SourceLine,
    StartDate,
)
from iomjobs.model.place import Country, DutyStation
from iomjobs.model.position import OfficeType, RecruitingType, Recruitment, SupervisionKind
from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _places as places
from iomjobs.parse._dates import (
    MONTH_FIRST,
    FoundDate,
    find_dates,
    find_month,
    find_months,
    first_month_before,
    no_such_day,
    numeric_order,
    settled_by_weekday,
    weekday_misnamed,
)
from iomjobs.parse._gathered import growing
from iomjobs.parse._hours import closing_hour
from iomjobs.parse._layout import Field, Layout, page_width
from iomjobs.parse._leftover import KIND_WORDS, says_more, weekdays
from iomjobs.parse._nationals import read_nationalities
from iomjobs.parse._pay import local_money, read_salary
from iomjobs.parse._posts import (
    JOB_TYPE_ITEM,
    announces_posts,
    doubt_mixed_posts,
    is_post_label,
)
from iomjobs.parse._record import Recorder, line_named
from iomjobs.parse._segments import (
    WRAP_WIDTH,
    Segment,
    full_line_above,
    goes_on_below,
    joined_text,
)
from iomjobs.parse._sentences import AUXILIARY
from iomjobs.parse._supervision import supervisor_line
from iomjobs.parse._titles import BOARD_TITLE_LINE, POSTS, post_line, station_after, without_mark
from iomjobs.parse._vocabulary import match_label, whole_words
from iomjobs.reference.countries import country_name, lookup_country


class HeaderReader:
    """Reads the header's labelled fields into the notice the reader gathers."""

    __slots__ = ()

    layout: Layout
    record: Recorder
    segments: list[Segment]
    unclassified: list[SourceLine]
    notice: dict[str, Any]
    position: dict[str, Any]
    local_closing: list[Segment]
    """The line that gives the closing hour in local time ("17:00 hrs local
    time"), the duty station's zone to be inferred; none where none does."""
    pending_salary: list[Field]
    """A salary field in money its country names, read before any duty station; none
    where none is (see :meth:`_salary_in_local_money`)."""
    date_order: list[str | None]
    """The order of day and month the notice's numeric dates show, once worked
    out (see :meth:`_notice_date_order`); empty before."""
    date_country: str | None
    """The duty station's country, where it writes numeric dates month first and
    the notice is read again for it (see ``iomjobs.parse._read``)."""
    guessed_day_first: list[str]
    """The paths of the dates read day first where day and month could be swapped."""
    reference_title: list[tuple[str, Segment]]
    """The title a reference field gives after its code, and its line; none where none
    does (see :meth:`_field_reference`)."""

    def _board_summary(self) -> None:
        """The fields a job board's bulleted summary gives that the notice itself does not.

        Boards repost a notice under their own list ("• Location: Tripoli",
        "• Grade: Junior level - NO-A, ..."), which stays context. A notice
        of 2025 has no header of its own: then the list is all there is. A
        field the notice states is never replaced (the board's "Location"
        may be the country office, not the duty station). A board's label
        without a bullet is read where it stands among the header's lines
        ("Grade: G-5" / "Deadline: May 27, 2026, 10:59 PM", ethiongojobs),
        above them ("Posted: 10 Feb, 26" / "Deadline: 17 Feb, 26" above a
        Yemeni notice's header, 2026), or right below a bulleted item, the
        same item's second field ("• Posted: Feb 16, 2021" / "Deadline: Feb
        18, 2021", myjobmag). myjobmag's summary copied without its colons
        gives its place ("• Location Abuja", see :func:`_spaced_location`).
        """
        content = self.layout.sections[0].content
        header = {segment.number for field in self.layout.fields for segment in field.segments}
        written = {segment.number for segment in content}
        first = min(header, default=0)  # the header's first line; 0 where it has none
        spaced: bool | None = None  # whether the summary is written without colons, once seen
        for index, segment in enumerate(content):
            # A board's line is short, with its label's colon: most lines need no further look.
            among = (
                len(segment.text) <= WRAP_WIDTH
                and ":" in segment.text
                and (
                    segment.number < first
                    or _next_to(segment.number, header, written)
                    or _under_an_item(content, index)
                )
            )
            found = _board_label(segment.item) if segment.bullet or among else None
            if found is None and segment.bullet and segment.item.startswith(_SPACED_LOCATION):
                spaced = _spaced_summary(content) if spaced is None else spaced
                found = _spaced_location(segment.item) if spaced else None
            if found is None:
                continue
            name, label, value = found
            stored = self.position if name in _POSITION_FIELDS else self.notice
            if _BOARD_FIELDS[name] in stored:
                continue
            read_from = [segment]
            below = content[index + 1] if index + 1 < len(content) else None
            if not value and below is not None and _is_below(segment, below):
                # "• Deadline:" / "03/12/2025": the value on the line below.
                value = below.text
                read_from.append(below)
            elif value and below is not None and self._board_value_below(segment, below):
                value = joined_text(value, below.text)
                read_from.append(below)
            if name == "posted" and self._after_closing(value):
                continue
            if name == "appointment" and not _names_a_contract(value):
                continue  # "• Job Type: Full Time", the board's, says no contract
            handler = getattr(self, f"_field_{name}")
            kept = len(self.unclassified)
            handler(Field(name, label, value, read_from))
            # The board's lines stay context, words the field holds no place for too
            # ("Grade: Senior Executive level - ..."): not kept a second time.
            del self.unclassified[kept:]

    def _board_value_below(self, segment: Segment, below: Segment) -> bool:
        """Whether the line *below* a board's field, the line *segment*, goes on with its value.

        By the plain rules ("• Grade: ... Officer - Locally" / "recruited
        position"), or below a line the wrap filled ("• Grade: Junior level -
        NO-A, National Professional" / "Officer - Locally recruited
        position", the list indented, at 60 columns).
        """
        if goes_on_below(segment, below):
            return True
        if below.bullet:
            return False
        written = self.layout.as_counted(segment)
        return full_line_above(segment, below, page_width(self.layout, self.segments), written)

    def _after_closing(self, value: str) -> bool:
        """Whether the day *value* gives falls after the notice's closing date.

        Boards list notices long closed: a day a board says it posted one then
        ("Posted: 12 Oct 2023" above a notice that closed on 16 February 2020,
        as ajiriwa lists IOM Tanzania's, or in its heading's brackets) is the
        board's, no day of the notice's posting period; it stays as written.
        """
        closing: dt.date | None = self.notice.get("closing_date")
        if closing is None:
            return False
        found = self._date_in(value)
        return found is not None and found.date > closing

    def _header(self) -> None:
        for field in self.layout.fields:
            if not field.value.strip():
                # "Organizational Unit:" and nothing below: no value, not an empty one.
                self._keep(*field.segments)
                continue
            handler = getattr(self, f"_field_{field.name}", None)
            restated = _RESTATED.get(field.name)
            before = self._stated(*restated) if restated else None
            if handler is None or handler(field) is False:
                # Once: fields a board ran into one line may each fail on that line.
                self._keep_once(*field.segments)
                continue
            if field.meant is not None:
                self._doubt_misspelt(field, field.meant)
            if restated and before is not None:
                self._stated_again(restated, before, field, doubt=field.name in _DOUBTED)

    def _doubt_misspelt(self, field: Field, meant: str) -> None:
        """Say that *field*'s label misspells *meant*, on the field it was read into."""
        first = field.segments[0]
        read_into = [path for path, read in self.record.lines.items() if first in read]
        if read_into:
            message = f"{field.label!r} is not a label's name; read as {meant!r}"
            self.record.doubt(min(read_into, key=len), message, first)

    def _stated(self, store: str, key: str) -> tuple[object, list[Segment], int] | None:
        """The value *key* of *store* read so far, the lines it was read from, and how many.

        The lines are the record's own list, which the field read next may
        extend: the statement's are the first so many. Not copied: a header
        that states one value thousands of times would copy them each time.
        """
        value = getattr(self, store).get(key)
        lines = self.record.lines.get(_path_of(store, key))
        return (value, lines, len(lines)) if value is not None and lines else None

    def _stated_again(
        self,
        restated: tuple[str, str],
        before: tuple[object, list[Segment], int],
        field: Field,
        *,
        doubt: bool,
    ) -> None:
        """Where a field stated again says otherwise, the last is read; with *doubt*, say so.

        A site's front matter and the notice below it, or a header and a
        line further down, each giving a closing date: one of them is wrong.
        The lines of the first statement, which no field holds any more,
        are kept as unclassified text.
        """
        store, key = restated
        path = _path_of(store, key)
        value = getattr(self, store)[key]
        old, read_from, count = before
        if _same_statement(old, value):
            return
        lines = read_from[:count]
        if doubt:
            line = lines[-1].number
            # A country given to the stations keeps their words: its own are what it says.
            now = quoted(value) if quoted(value) != quoted(old) else repr(field.value)
            said = f"{quoted(old)} {line_named(line)} and {now}"
            self.record.doubt(path, f"stated twice: {said}; the last is read", field.segments[0])
        earlier = set(lines).difference(field.segments)  # segments hash by identity
        self.record.use_instead(path, *(s for s in self.record.lines[path] if s not in earlier))
        # Two labels on one line ("Duty Station ZQ-4471 City: Bissau"): the line is
        # the first statement's too.
        self._keep_once(*(s for s in lines if s in earlier or not earlier))

    def _use(self, path: str, field: Field) -> None:
        self.record.use(path, *field.segments)

    def _field_title(self, field: Field) -> bool:
        count, _, word = field.value.partition(" ")
        if count.isdecimal() and word.lower() in POSTS:
            # "Titre du Poste : 08 postes": a board's page of several posts,
            # which the one notice read mixes, said among the doubts.
            doubt_mixed_posts(self.record, int(count), field.segments[0])
            return False
        if announces_posts(self.record):
            # "POSTE : Coordonnateur de projet" under "Titre du Poste : 02 postes":
            # one post's title, not the page's.
            return False
        kind = interpret.kind_alone(field.value)
        if kind is not None:
            # "FOR THE CONSULTANCY CONTRACT OF: Call for Applications" (liberiahrjobs,
            # 2025): the form filled with the notice's kind, no post.
            if "kind" in self.notice:
                return False  # said elsewhere: the line stays as written
            self.notice["kind"] = kind
            self._use("$.kind", field)
            return True
        # "POSTE 1 : Assistant(e) administratif(ve) – Tchad": the post's place after it.
        place = station_after(field.value) if is_post_label(field.label) else None
        title = field.value if place is None else field.value[: place[0]]
        self.position["title"] = _without_trailing_comma(title)
        self._use("$.position.title", field)
        if place is not None:
            self._station_of_post(field, place[1])
        return True

    def _station_of_post(self, field: Field, station: DutyStation) -> None:
        """The duty station the place after a post's title names: "POSTE 1 : ... – Cameroun".

        A page of several posts (yop.l-frii.com, 2026) names each post's
        place after its title, and all of them in its summary ("Lieu du
        Travail : Cameroun/EGYPTE/Algérie/Tchad/Guinée"): the post's is its
        station, where no station is stated or the summary's are several,
        this one among them.
        """
        stated = self.position.get("duty_stations", ())
        among = len(stated) > 1 and any(each.country == station.country for each in stated)
        if stated and not among:
            return
        self.position["duty_stations"] = (station,)
        self.record.use_instead("$.position.duty_stations", *field.segments)

    def _field_reference(self, field: Field) -> bool:
        """The notice's number; and the title after it, where a board writes both.

        "Vacancy Notice No.: VN/2026/05 – Project Assistant (G5)": the code is
        the reference, and the post after it the title where nothing else
        gives one (see the reader's ``_title_after_reference``).
        """
        both = BOARD_TITLE_LINE.fullmatch(field.value) if len(field.segments) == 1 else None
        if both is not None and post_line(both.group("title")) is not None:
            self.notice["reference"] = both.group("reference")
            self.reference_title[:] = [(both.group("title"), field.segments[0])]
        elif fold(field.label) in _BARE_REFERENCE and not _code_like(field.value):
            return False  # "Reference: ..." alone may say anything; a notice's number is a code
        else:
            self.notice["reference"] = field.value
        self._use("$.reference", field)
        return True

    def _field_duty_station(self, field: Field) -> bool:
        if len(field.segments) == 1:
            office = _OFFICE_AFTER.search(field.value)
            if office is not None:
                return self._station_and_office(field, office)
            # "Field Office - Gao, Mali" that leaves no station after the office is
            # read whole, as before.
            office = _OFFICE_BEFORE.match(field.value)
            if office is not None and self._station_and_office(field, office):
                return True
        return self._stations_of(field)

    def _stations_of(self, field: Field) -> bool:
        if _SENTENCE_END.search(field.value) and len(field.value.split()) > _MOST_PLACE_WORDS:
            # "Municipio de Potrerillos, ..., Honduras; tomando en cuenta...": a place, then more.
            stations = places.stations_before_clause(field.value.rstrip("."))
            if not stations:
                return self._station_in_sentence(field)
        else:
            stations = _stations_a_line(field) or places.read_duty_stations(field.value)
            # "Location" / "" / "The incumbent will travel often.": a sentence is no city,
            # but may name one ("... based in Juba") or a country after it.
            if stations and all(_a_sentence(station) for station in stations):
                if self._station_in_sentence(field):
                    return True
                stations = tuple(
                    attrs.evolve(station, city=None) for station in stations if station.country
                )
        if not stations:
            return False
        # A country said before, on its own ("Country: El Salvador" / "Estación
        # de Trabajo: San Salvador"), is the country of stations that name none.
        earlier = self.position.get("duty_stations", ())
        known = {s.country for s in earlier if s.country and s.city is None and not s.home_based}
        if len(known) == 1 and all(station.country is None for station in stations):
            country = known.pop()
            stations = tuple(attrs.evolve(station, country=country) for station in stations)
        self.position["duty_stations"] = stations
        self._use("$.position.duty_stations", field)
        for index, station in enumerate(stations):
            if places.country_from_region(station):
                message = (
                    f"country {station.country} read from the region {station.region!r} alone "
                    f"({station.as_written!r} may be two stations)"
                )
                self.record.doubt(
                    f"$.position.duty_stations[{index}].country", message, field.segments[0]
                )
        return True

    def _station_and_office(self, field: Field, office: re.Match[str]) -> bool:
        """Read "Addis Ababa, Ethiopia – Country Office": the station, and the office beside it.

        The office's type where no field gave it; the line kept as well where
        the office's words say more ("Regional Office for West and Central
        Africa", "Sub-Office"). The office may come first: "Field Office - Gao,
        Mali".
        """
        words = office.group("office") or office.group("office_in_brackets")
        kind = _office_type(words)
        value = (
            field.value[office.end() :] if office.start() == 0 else field.value[: office.start()]
        )
        if not self._stations_of(Field(field.name, field.label, value, field.segments)):
            return False
        if kind is not None and "office_type" not in self.position:
            self.position["office_type"] = kind
            self._use("$.position.office_type", field)
        self._keep_if_more_than_office(field, words)
        return True

    def _station_in_sentence(self, field: Field) -> bool:
        """The place a duty station written as sentences names, marked as inferred; else none.

        "Duty Station of the Consultancy: The consultant's duty station will
        be on-site presence at the IOM office in Addis Ababa. The consultant
        will be full-time..." (kadjobs, 2026): the place after "in" or "at"
        that the gazetteer places in a country, or that is a country. The
        sentences themselves are no station: where none names a known
        place, the line stays unclassified. Where one does, they are the
        station's words as written: the place is not all they say ("The
        consultant will be full-time...").
        """
        for found in _PLACE_IN.finditer(field.value):
            station = _known_place(found.group("place"), city=found.group("city") is not None)
            if station is None:
                continue
            station = attrs.evolve(station, as_written=field.value)
            self.position["duty_stations"] = (station,)
            self.record.infer("$.position.duty_stations", field.value, field.segments[0])
            self._use("$.position.duty_stations", field)
            return True
        return False

    def _field_duty_city(self, field: Field) -> bool:
        cities = [city.strip() for city in _CITIES_APART.split(field.value) if city.strip()]
        # "Maiduguri, Borno State", "Garowe, Puntland": a city and its region, one station.
        region = _region_after_city(field.value) if len(cities) == 2 else None  # noqa: PLR2004
        if region is not None:
            cities = cities[:1]
        # The countries stated before, one for each city, in order; else the first for all:
        # a country's own line, or a station of the same city ("Lieu du Travail : Abidjan,
        # Côte d'Ivoire"), not another city's, which this line restates.
        named = {fold(city) for city in cities}
        stations = [
            station
            for station in self.position.get("duty_stations", ())
            if station.city is None or fold(station.city) in named
        ]
        countries = (
            [station.country for station in stations]
            if len(stations) == len(cities) > 1
            else [stations[0].country if stations else None] * len(cities)
        )
        self.position["duty_stations"] = tuple(
            DutyStation(city=city, country=country, region=region, as_written=field.value)
            for city, country in zip(cities, countries, strict=True)
        )
        self._use("$.position.duty_stations", field)
        return True

    def _field_duty_country(self, field: Field) -> bool:
        return self._station_country(field, replace=True)

    def _field_country(self, field: Field) -> bool:
        # "Country:" on a line of its own may stand in the body, about another
        # country than the post's: only stations that name none take it.
        return self._station_country(field, replace=False)

    def _station_country(self, field: Field, *, replace: bool) -> bool:
        """Give the country *field* names to the stations (all, or those that name none).

        A list of countries ("Duty Station Country: Thailand, Senegal, Kenya,
        and Panama", below "Duty Station City: Bangkok, Dakar, Nairobi, and
        Panama") gives each station its own, in order, where it names as
        many as there are stations.
        """
        code = lookup_country(field.value)
        if code is not None:
            codes: tuple[str, ...] | None = (code,)
        else:
            # Only the duty station's own country lists several ("Country:" may be another's).
            codes = places.countries_listed(field.value) if replace else None
            if codes is None and replace:
                codes = self._misspelt_country(field)
        stations = self.position.get("duty_stations") or tuple(DutyStation() for _ in codes or ())
        if not codes or (len(codes) > 1 and len(codes) != len(stations)):
            return False
        if not replace and all(station.country for station in stations):
            return False
        countries = [Country(code) for code in codes]
        if len(countries) == 1:
            countries *= len(stations)
        self.position["duty_stations"] = tuple(
            attrs.evolve(station, country=country)
            if replace or station.country is None
            else station
            for station, country in zip(stations, countries, strict=True)
        )
        self._use("$.position.duty_stations", field)
        return True

    def _misspelt_country(self, field: Field) -> tuple[str] | None:
        """The country *field* names misspelt by a letter ("Jordon"), with a doubt that says so.

        ``None`` where it names none so, for the city of the stations read
        before it (see ``places.country_misspelt``).
        """
        stations = self.position.get("duty_stations") or ()
        city = stations[0].city if stations else None
        code = places.country_misspelt(field.value, city, named_as_country=True)
        if code is None:
            return None
        message = f"{field.value!r} is not a country's name; read as {country_name(code)}"
        self.record.doubt("$.position.duty_stations", message, field.segments[0])
        return (code,)

    def _field_grade(self, field: Field) -> bool:
        grade = interpret.read_grade(field.value)
        if grade is None:
            return self._category_only(field)
        self.position["grade"] = grade
        self._use("$.position.grade", field)
        if _grade_says_more(field.value):
            self._keep_once(*field.segments)  # "Grade: P-2 step 1": see _keep_if_more
        # "Junior level - NO-A, ... - Locally recruited position", as job boards write it.
        recruitment = interpret.recruitment_in(field.value)
        if recruitment is not None and "recruitment" not in self.position:
            self.position["recruitment"] = recruitment[0]
            self._use("$.position.recruitment", field)
        return True

    def _field_category(self, field: Field) -> bool:
        # "Category: General Service", "Catégorie : G5": the staff category or the grade.
        return self._field_grade(field)

    def _category_only(self, field: Field) -> bool:
        """Read a classification that names the staff category and no grade.

        "Classification: General Service Staff" (IOM Moldova, 2022): the
        recruiting type, where nothing else states it, and for a category
        recruited locally, the recruitment. Anything else stays unclassified.
        """
        recruiting = interpret.read_recruiting_type(field.value)
        if recruiting is None or "recruiting_type" in self.position:
            return False
        self.position["recruiting_type"] = recruiting
        self._use("$.position.recruiting_type", field)
        if recruiting in _LOCAL_RECRUITING and "recruitment" not in self.position:
            self.position["recruitment"] = Recruitment.LOCAL
            self._use("$.position.recruitment", field)
        # "General Service Staff, Grade 6 (under review)", a grade Grade.parse did not read.
        self._recruiting_says_more(field)
        return True

    def _appointment_so_far(self) -> Appointment:
        """The appointment the fields read so far describe (an empty one if none)."""
        previous = self.notice.get("appointment")
        return previous if isinstance(previous, Appointment) else Appointment()

    def _field_appointment(self, field: Field) -> bool:
        appointment = interpret.read_appointment(field.value)
        if appointment.duration is None:
            self._doubt_fraction(field)
        # A duration field read before it says more about this contract.
        joined = _joined(appointment, self._appointment_so_far())
        self.notice["appointment"] = joined
        self._use("$.appointment", field)
        if appointment.duration is not None and joined.duration == appointment.duration:
            self.record.use_instead("$.appointment.duration", *field.segments)
        return True

    def _field_duration(self, field: Field) -> bool:
        duration = interpret.read_duration(field.value)
        # A length the field gives in fractions ("5.2 meses") is doubted, and its words read;
        # so are a period's, which say no length (see _names_a_period).
        if (
            duration is None
            and not self._doubt_fraction(field)
            and not _names_a_period(field.value)
        ):
            return False
        # "Duration of Consultancy", "Duración de la consultoría": the label says the contract.
        consultancy = ContractType.CONSULTANCY if "onsult" in field.label else None
        # The field's words stay with the contract's: "75 working days during 15
        # September 2024 – 15 June 2025", "Six months with possibility of extension".
        read = Appointment(
            consultancy, duration, interpret.says_extendable(field.value), field.value
        )
        so_far = self._appointment_so_far()
        joined = _joined(so_far, read)
        self.notice["appointment"] = joined
        if duration is not None and joined.duration != so_far.duration:
            self.record.use_instead("$.appointment.duration", *field.segments)
        self._use("$.appointment", field)  # its words are the appointment's too
        return True

    def _field_consultancy_category(self, field: Field) -> bool:
        letter = field.value.strip(" .\"'“”")
        category = (
            ConsultancyCategory(letter)
            if letter in _CATEGORY_LETTERS
            else interpret.consultancy_category(field.value)
        )
        if category is None:
            return False
        # "Tipo de consultoría: Tipo B": a consultancy, of that category; its words are
        # the appointment's, after the contract's.
        read = Appointment(
            ContractType.CONSULTANCY, None, None, field.value, consultancy_category=category
        )
        self.notice["appointment"] = _joined(self._appointment_so_far(), read)
        self._use("$.appointment", field)
        return True

    def _doubt_fraction(self, field: Field) -> bool:
        """Say so where *field* gives a length as a fraction of its unit; whether it does.

        "5.2 meses (enero a junio 2023)" (IOM Guatemala, 2023): no duration
        holds it, and the words stay in the appointment's. A fraction of a
        year that is whole months ("1.5 years") is read as those months.
        """
        length = interpret.length_in_fractions(field.value)
        if length is None:
            return False
        message = (
            f"the length {length!r} is a fraction of its unit, which no duration holds: "
            "it stays in the appointment's words only"
        )
        self.record.doubt("$.appointment.duration", message, field.segments[0])
        return True

    def _field_salary(self, field: Field) -> bool:
        salary = read_salary(field.value, field.label)
        if salary is None:
            return self._salary_in_local_money(field)  # "negotiable": no amount, kept as written
        self.notice["salary"] = salary
        self._use("$.salary", field)
        return True

    def _salary_in_local_money(self, field: Field) -> bool:
        """Read "Salaire : 850 000 FCFA par mois", "Salario: Q10,000.00 mensuales".

        Money several currencies write ("FCFA", "$", "Q"): the currency the
        stations read so far are all in, marked as inferred
        (:func:`~iomjobs.parse._pay.local_money`); else the line is kept as
        written. With no station read yet, it is tried again once all are.
        """
        if not self.position.get("duty_stations"):
            self.pending_salary[:] = [field]
            return False
        return self._local_salary(field)

    def _local_salary(self, field: Field) -> bool:
        """Read the salary *field* states in money the duty stations' countries name."""
        stations: tuple[DutyStation, ...] = self.position.get("duty_stations", ())
        countries = {station.country.code for station in stations if station.country}
        money = local_money(field.value, countries)
        if money is None:
            return False
        start, end, code = money
        value = f"{field.value[:start]}{code}{field.value[end:]}"
        salary = read_salary(value, field.label)
        if salary is None:
            return False
        self.notice["salary"] = attrs.evolve(salary, as_written=field.value)
        self._use("$.salary", field)
        self.record.infer("$.salary.currency", field.value, field.segments[0])
        return True

    def _field_nationalities(self, field: Field) -> bool:
        """Read "Eligible nationalities: Netherlands": whose nationals alone may apply."""
        codes = read_nationalities(field.value)
        if codes is None:
            return False
        self.notice["open_to_nationals_of"] = tuple(Country(code) for code in codes)
        self._use("$.open_to_nationals_of", field)
        return True

    def _field_grade_and_salary(self, field: Field) -> bool:
        """Read "Grade & Salary: G7 (USD 7482.25 Monthly)" (IOM's offices in the US, 2026).

        The grade before the brackets, the pay inside them. Where one of the
        two is not read ("G7 (to be confirmed)"), the line is kept as written too.
        """
        bracketed = places.BRACKETS_AT_END.search(field.value)
        grade_part = field.value[: bracketed.start()] if bracketed else field.value
        pay = read_salary(bracketed.group("inside"), field.label) if bracketed else None
        # A grade or pay stated above ("Salary: USD 1,250 per month"): what this
        # line says instead is read, the line above kept (see _stated_again).
        stated = [(each, self._stated(*each)) for each in _GRADE_AND_SALARY]
        grade = self._field_grade(Field("grade", field.label, grade_part, field.segments))
        if pay is not None:
            self.notice["salary"] = pay
            self._use("$.salary", field)
        if (grade or pay) and not (grade and (pay or bracketed is None)):
            self._keep_once(*field.segments)
        for restated, before in stated:
            if before is not None:
                self._stated_again(restated, before, field, doubt=restated[1] == "grade")
        return grade or pay is not None

    def _field_vacancy_type(self, field: Field) -> bool:
        kind = interpret.read_kind(field.value)
        if kind is None:
            return self._consultancy(field)
        self.notice["kind"] = kind
        self._use("$.kind", field)
        self._keep_if_more(field, (), KIND_WORDS)  # "Vacancy Notice (re-advertised)"
        return True

    def _field_consultancy(self, field: Field) -> bool:
        """A consultancy named by what it is for: the call's title, and its contract."""
        if "title" not in self.position:
            self.position["title"] = field.value
            self._use("$.position.title", field)
        return self._consultancy(field)

    def _consultancy(self, field: Field) -> bool:
        """The contract a vacancy or recruiting type names: "Vacancy Type: Consultancy"."""
        if "onsult" not in field.value and "onsult" not in field.label:
            return False
        base = self._appointment_so_far()
        if base.contract_type is None:
            self.notice["appointment"] = attrs.evolve(base, contract_type=ContractType.CONSULTANCY)
        self._use("$.appointment.contract_type", field)
        return True

    def _field_recruiting_type(self, field: Field) -> bool:
        recruiting = interpret.read_recruiting_type(field.value)
        if recruiting is not None:
            self.position["recruiting_type"] = recruiting
            self._use("$.position.recruiting_type", field)
        # "Professional" is written for ungraded posts too: only a local
        # category or plain words say how the post is recruited.
        if recruiting in _LOCAL_RECRUITING or _LOCAL_WORD.search(field.value):
            self.position["recruitment"] = Recruitment.LOCAL
        elif _INTERNATIONAL_WORD.search(field.value):
            self.position["recruitment"] = Recruitment.INTERNATIONAL
        else:
            # "Recruiting Type: Consultant"; a value that tells nothing stays unclassified.
            read = recruiting is not None or self._consultancy(field)
            if read:
                self._recruiting_says_more(field)
            return read
        self._use("$.position.recruitment", field)
        self._recruiting_says_more(field)
        return True

    def _recruiting_says_more(self, field: Field) -> None:
        """Keep a recruiting type's lines too where they say more than category and recruitment."""
        value = field.value
        read = interpret.recruiting_type_spans(value)
        read += [(m.start(), m.end()) for m in _LOCAL_WORD.finditer(value)]
        read += [(m.start(), m.end()) for m in _INTERNATIONAL_WORD.finditer(value)]
        self._keep_if_more(field, read, _RECRUITING_FILLER)

    def _field_start(self, field: Field) -> bool:
        """The estimated start: a date or a month, "as soon as possible", "to be determined"."""
        soon = [(m.start(), m.end()) for m in _SOON.finditer(field.value)]
        unset = [(m.start(), m.end()) for m in _UNSET.finditer(field.value)]
        found = self._date_in(field.value)
        # "Estimated Start Date: April 2026": the month alone.
        month = find_month(field.value) if found is None else None
        if (soon and unset) or not (soon or unset or found or month):
            if not (soon or unset):
                self._doubt_no_day(field, "$.start.date", "start date")
            return False  # "as soon as possible, date to be confirmed" says two things
        if found is not None and not soon:
            self._doubt_date(found, "$.start.date", field)
        self.notice["start"] = StartDate(
            found.date if found else month[0] if month else None,
            as_soon_as_possible=bool(soon),
            to_be_determined=bool(unset),
            month_only=month is not None,
        )
        self._use("$.start", field)
        read = [*soon, *unset, *_date_spans(found, field.value), *(month[1:] if month else ())]
        self._keep_if_more(field, read, _START_WORDS())
        return True

    def _field_closing(self, field: Field) -> bool:
        found = self._date_in(field.value)
        if found is None:
            self._doubt_no_day(field, "$.closing_date", "closing date")
            return False
        self._doubt_date(found, "$.closing_date", field)
        self.notice["closing_date"] = found.date
        self._use("$.closing_date", field)
        read = _date_spans(found, field.value)
        hour = closing_hour(field.value)
        if hour is not None:
            self.notice["closing_time"] = ClosingTime(hour.time, hour.zone)
            self._use("$.closing_time", field)
            self.local_closing[:] = field.segments[:1] if hour.local else []
            read.append((hour.start, hour.end))
        self._keep_if_more(field, read, _DATE_WORDS(), figures=False)
        return True

    def _field_posting_period(self, field: Field) -> bool:
        dates = self._dates_in(field.value)
        if not dates:
            self._doubt_no_day(field, "$.posting_period", "posting period")
            return False
        for found, since in zip(dates, _ends_before(dates), strict=True):
            self._doubt_date(found, "$.posting_period", field, since=since)
        if len(dates) > 1:
            period = PostingPeriod(dates[0].date, dates[1].date)
        else:
            period = self._period_of_one_day(field, dates[0])
        self.notice["posting_period"] = period
        self._use("$.posting_period", field)
        read = [span for found in dates[:2] for span in _date_spans(found, field.value)]
        self._keep_if_more(field, read, _PERIOD_WORDS())  # "... (extended)"
        return True

    def _period_of_one_day(self, field: Field, found: FoundDate) -> PostingPeriod:
        """The period *field* gives where *found* is the one day it reads.

        Its start, unless the words before it end a period ("until 20
        February 2026", "To: 20.02.2026" after an empty "From:", "jusqu'au",
        "hasta el", "até"), or the period's other day names no day of the
        calendar: "25.02.2026 to 30.02.2026" starts on the 25th, and
        "31.02.2026 to 10.03.2026" ends on 10 March (it had started then).
        Either way the day not read is a doubt, and the line is kept.
        """
        before = no_such_day(field.value[: found.start])
        written = before if before is not None else no_such_day(field.value[found.end :])
        if written is None:
            if _ends_period(field.value[: found.start]):
                return PostingPeriod(None, found.date)
            return PostingPeriod(found.date, None)
        which = "start" if before is not None else "end"
        message = (
            f"{written!r} names no day of the calendar: the posting period's {which} is not read"
        )
        self.record.doubt("$.posting_period", message, field.segments[0])
        self._keep_once(*field.segments)
        return PostingPeriod(None, found.date) if before is not None else PostingPeriod(found.date)

    def _field_posted(self, field: Field) -> bool:
        """The day a site posted the notice ("posteddate:" in its front matter, "Date of posting").

        The posting period starts then; a period the notice states, read
        later, says more and replaces it. One read before it stands: the
        day is kept as unclassified text where the period starts another.
        """
        found = self._date_in(field.value)
        period: PostingPeriod | None = self.notice.get("posting_period")
        if found is None or (period is not None and period.start != found.date):
            return False
        self._use("$.posting_period", field)
        if period is None:
            self.notice["posting_period"] = PostingPeriod(found.date, None)
            self._keep_if_more(field, _date_spans(found, field.value), _DATE_WORDS())
        return True

    def _field_description(self, field: Field) -> bool:
        """A site's description of its page: the kind of notice, where it says no more.

        "description: SPECIAL VACANCY NOTICE" (IOM Somalia's site, 2020); a
        longer description is a summary, kept as it is.
        """
        kind = interpret.read_kind(field.value) if len(field.value) <= _KIND_LENGTH else None
        if kind is None:
            return False
        self.notice["kind"] = kind
        self._use("$.kind", field)
        self._keep_if_more(field, (), KIND_WORDS, figures=False)
        return True

    def _dates_in(self, text: str) -> list[FoundDate]:
        """The dates in *text*, day and month in the order the notice's other dates show.

        "Closing Date: 12/04/2025" below "Posting Period: 11/20/2025 -
        12/04/2025" closes on 4 December: the notice writes the month first.
        Only where day and month could be swapped is the notice looked through.
        """
        dates = find_dates(text, short_years=True)
        if any(found.ambiguous for found in dates):
            # A weekday written with a date tells its order ("Thursday, 04/12/2025").
            dates = [
                settled_by_weekday(text, found, since)
                for found, since in zip(dates, _ends_before(dates), strict=True)
            ]
        if any(found.ambiguous for found in dates):
            order = self._notice_date_order()
            if order is not None:
                return find_dates(text, order, short_years=True)
            if self.date_country is not None:
                return find_dates(text, MONTH_FIRST, assumed=True, short_years=True)
        return dates

    def _notice_date_order(self) -> str | None:
        """The order of day and month the notice's numeric dates show, worked out once."""
        if not self.date_order:
            text = "\n".join(segment.text for segment in self.segments)
            self.date_order.append(numeric_order(text))
        return self.date_order[0]

    def _doubt_no_day(self, field: Field, path: str, what: str) -> None:
        """Say so where *field*'s value, which reads as no date, writes one that names no day.

        "Closing Date: 31 February 2026": a slip of the pen, not no date; the
        line is kept unclassified, as any field's that reads as nothing.
        """
        written = no_such_day(field.value)
        if written is not None:
            message = f"{written!r} names no day of the calendar: the {what} is not read"
            self.record.doubt(path, message, field.segments[0])

    def _date_in(self, text: str) -> FoundDate | None:
        """The first of :meth:`_dates_in`, or ``None``."""
        dates = self._dates_in(text)
        return dates[0] if dates else None

    def _doubt_date(self, found: FoundDate, path: str, field: Field, *, since: int = 0) -> None:
        """Say so where *found* may be wrong: day and month swapped, a month misspelt, a weekday."""
        if found.misspelt is not None:
            month = found.month_name
            message = f"{found.misspelt!r} is not a month's name; read as {month}: {found.date}"
            self.record.doubt(path, message, field.segments[0])
        weekday = weekday_misnamed(field.value, found, since)
        if weekday is not None:
            actual = _WEEKDAY_NAMES[found.date.weekday()]
            message = (
                f"{weekday!r} is not the weekday of {found.date}, a {actual}: "
                "the day or the weekday is wrong"
            )
            self.record.doubt(path, message, field.segments[0])
        # French, Spanish and Portuguese write the day first and no other way;
        # a notice in English may be a board's, written month first.
        if found.ambiguous and str(self.notice.get("language")) not in _DAY_FIRST_LANGUAGES:
            date, country = found.date, self.date_country
            if found.month_first and country is not None:
                order = f"month first, as {with_article(Country(country).name())} writes dates"
            else:
                order = "day first"
                self.guessed_day_first.append(path)
            message = f"{field.value!r} read as {date} ({order}); day and month could be swapped"
            self.record.doubt(path, message, field.segments[0])

    def _field_position_number(self, field: Field) -> bool:
        self.position["position_number"] = field.value
        self._use("$.position.position_number", field)
        return True

    def _field_number_of_posts(self, field: Field) -> bool:
        """How many posts: "2", "Un (1)" (the figure the words restate); else unclassified."""
        figures = _FIGURE.findall(field.value)
        if len(set(figures)) != 1 or not 0 < int(figures[0]) < _MOST_POSTS:
            return False
        self.position["number_of_posts"] = int(figures[0])
        self._use("$.position.number_of_posts", field)
        self._keep_if_more(field, (), _NUMBER_WORDS)
        return True

    def _field_job_family(self, field: Field) -> bool:
        self.position["job_family"] = field.value
        self._use("$.position.job_family", field)
        return True

    def _field_organizational_unit(self, field: Field) -> bool:
        self.position["organizational_unit"] = _without_trailing_comma(field.value)
        self._use("$.position.organizational_unit", field)
        return True

    def _field_office_type(self, field: Field) -> bool:
        office = _office_type(field.value)
        if office is None:
            return False
        self.position["office_type"] = office
        self._use("$.position.office_type", field)
        self._keep_if_more_than_office(field, field.value)
        return True

    def _keep_if_more_than_office(self, field: Field, words: str) -> None:
        """Keep *field*'s lines too where *words*, which name an office, say more than its type."""
        lowered = words.lower()  # as _office_type reads it
        read = [(m.start(), m.end()) for each, _ in _OFFICE_WORDS for m in each.finditer(lowered)]
        self._keep_if_more(field, read, _OFFICE_FILLER, lowered)

    def _field_rated_on(self, field: Field) -> bool:
        found = self._date_in(field.value)
        if found is None:
            return False
        self.position["rated_on"] = found.date
        self._use("$.position.rated_on", field)
        self._keep_if_more(field, _date_spans(found, field.value), _DATE_WORDS())
        return True

    def _field_reports_to(self, field: Field) -> bool:
        texts = _value_lines(field)
        if len(texts) == 1:
            texts = [part.strip() for part in field.value.split(";") if part.strip()]
        read = [supervisor_line(text) for text in texts]
        kind = _label_kind(field.label)
        if (
            kind is not None
            and len(read) == 1
            and read[0].kind is SupervisionKind.UNSPECIFIED
            and read[0].title == texts[0]
        ):
            # "Reporta directamente a: Coordinador/a Nacional de Programa": one
            # supervisor, no role written after the post: the label's.
            read = [attrs.evolve(read[0], kind=kind)]
        # A second label adds ("Reporta directamente a:" then "Supervisado/a por:").
        growing(self.position, "supervisors").extend(read)
        self._use("$.position.supervisors", field)
        return True

    def _field_direct_reports(self, field: Field) -> bool:
        """The number of direct reports: a figure or a number's word, or none ("None", "N/A")."""
        words = field.value.split()
        none = fold_text(field.value) in _NO_REPORTS
        count = 0 if none else (number(words[0]) if words else None)
        if count is None:
            return False
        self.position["direct_reports"] = count
        self._use("$.position.direct_reports", field)
        if not none:
            self._keep_if_more(field, (), _NUMBER_WORDS)
        return True

    def _keep(self, *segments: Segment, used: Segment | None = None) -> None:
        """Keep *segments* as unclassified text; *used* is the segment they were cut from."""
        for segment in segments:
            self.unclassified.append(SourceLine(segment.number, segment.text))
            self.record.keep(used or segment)

    def _unkeep(self, *segments: Segment) -> None:
        """Take *segments* back from the unclassified text: a field read them after all."""
        taken = {(segment.number, segment.text) for segment in segments}
        self.unclassified[:] = [
            line for line in self.unclassified if (line.line, line.text) not in taken
        ]
        self.record.kept.difference_update(segments)

    def _keep_if_more(
        self,
        field: Field,
        read: Iterable[tuple[int, int]],
        words: frozenset[str],
        value: str | None = None,
        *,
        figures: bool = True,
    ) -> None:
        """Keep *field*'s lines as unclassified text too where its value says more than was read.

        *read* are the spans of the value (or of *value*, the value as it
        was read) that the field holds, *words* those that go with them
        ("Grade", "Tuesday", "(one)"). "Grade: P-2 step 1": the step is
        held nowhere else. Without *figures*, a figure outside *read* says
        more (see :func:`says_more`).
        """
        if says_more(field.value if value is None else value, read, words, figures=figures):
            self._keep_once(*field.segments)

    def _keep_once(self, *segments: Segment) -> None:
        """Keep *segments* as unclassified text, those not kept already: each line once."""
        self._keep(*dict.fromkeys(s for s in segments if s not in self.record.kept))


def _ends_period(before: str) -> bool:
    """Whether *before*, the words before a period's one day, make that day its end.

    "until", "to": the period's start is not written ("Posting Period:
    From: To: 20.02.2026", a template's start left blank). A dash is no
    such word: a label's ("Posting period - 20 February 2026") is cut off.
    """
    return _PERIOD_END_WORDS.search(fold_text(before)) is not None


def _ends_before(dates: list[FoundDate]) -> list[int]:
    """Where the date before each of *dates* ends in their text (0 for the first)."""
    return [0, *(found.end for found in dates[:-1])]


# The weekdays in English, Monday first, as a doubt names them.
_WEEKDAY_NAMES: Final = (
    *("Monday", "Tuesday", "Wednesday", "Thursday"),
    *("Friday", "Saturday", "Sunday"),
)
# A consultancy's categories, a letter alone after the label: "Consultancy category: B".
_CATEGORY_LETTERS: Final = frozenset(category.value for category in ConsultancyCategory)
# The recruiting types of locally recruited staff, and words that say how a post is recruited.
_LOCAL_RECRUITING: Final = (RecruitingType.GENERAL_SERVICE, RecruitingType.NATIONAL_OFFICER)
_LOCAL_WORD: Final = re.compile(r"\blocal", re.IGNORECASE)
# The word "reference" alone as a label, in the four languages: a notice's number is a code.
_BARE_REFERENCE: Final = frozenset({"reference", "referencia", "ref"})
_INTERNATIONAL_WORD: Final = re.compile(r"internationa|internaciona", re.IGNORECASE)


# The fields a notice may state twice, and where the reader keeps each (store,
# key). Two statements that differ are doubted where they are a notice's main
# facts (_DOUBTED); of the others, the first is kept as unclassified text only.
_RESTATED: Final = {
    "title": ("position", "title"),
    "reference": ("notice", "reference"),
    "grade": ("position", "grade"),
    "closing": ("notice", "closing_date"),
    "duty_station": ("position", "duty_stations"),
    # The newer header's city after a board's own line ("Lieu du Travail : ..."): the
    # stations the board gave, where they say otherwise, are kept, not replaced unsaid.
    "duty_city": ("position", "duty_stations"),
    "duty_country": ("position", "duty_stations"),
    "vacancy_type": ("notice", "kind"),
    "posting_period": ("notice", "posting_period"),
    "organizational_unit": ("position", "organizational_unit"),
    "job_family": ("position", "job_family"),
    "position_number": ("position", "position_number"),
    "office_type": ("position", "office_type"),
    "rated_on": ("position", "rated_on"),
    "direct_reports": ("position", "direct_reports"),
    "number_of_posts": ("position", "number_of_posts"),
    "start": ("notice", "start"),
    "salary": ("notice", "salary"),
    "nationalities": ("notice", "open_to_nationals_of"),
}
_GRADE_AND_SALARY: Final = (("position", "grade"), ("notice", "salary"))
_DOUBTED: Final = frozenset(
    {
        "title",
        "reference",
        "grade",
        "closing",
        "duty_station",
        "duty_city",
        "duty_country",
        "nationalities",
    }
)


def _path_of(store: str, key: str) -> str:
    """The JSON path of *key* in *store*: "$.position.title", "$.closing_date"."""
    return f"$.position.{key}" if store == "position" else f"$.{key}"


def _same_statement(old: object, new: object) -> bool:
    # "Senior Programme Assistant" and "SENIOR PROGRAMME ASSISTANT" say one
    # thing; so do a title with its recruiting type's "(P)" and without.
    if isinstance(old, str) and isinstance(new, str):
        return fold(without_mark(old)) == fold(without_mark(new))
    if isinstance(old, tuple) and isinstance(new, tuple):
        if _countries(old) and _countries(new):
            # The nationals who may apply: the same countries in any order.
            return frozenset(old) == frozenset(new)
        return _same_places(old, new)
    if isinstance(old, PostingPeriod) and isinstance(new, PostingPeriod):
        # A site's posting day, then the period the notice states from it: one thing.
        return (old.start == new.start and None in (old.end, new.end)) or old == new
    return old == new


def _countries(value: tuple[object, ...]) -> bool:
    return all(isinstance(item, Country) for item in value)


def _same_places(old: tuple[DutyStation, ...], new: tuple[DutyStation, ...]) -> bool:
    # "Country: El Salvador" and then "Estación de Trabajo: San Salvador" agree:
    # the first names the country alone. So do "Geneva" and "Geneva, Switzerland".
    if any(station.city is None for station in old):
        countries = {station.country for station in old}
        return all(station.country is None or station.country in countries for station in new)
    return len(old) == len(new) and all(map(_same_place, old, new))


def _same_place(old: DutyStation, new: DutyStation) -> bool:
    return fold(old.city or "") == fold(new.city or "") and (
        old.country is None or new.country is None or old.country == new.country
    )


def quoted(value: object) -> str:
    """A value read, as a doubt quotes it: a string's repr, stations' words, countries' names."""
    if isinstance(value, tuple):
        return repr("; ".join(_said_one(item) for item in value))
    return repr(value) if isinstance(value, str) else str(value)


def _said_one(item: object) -> str:
    """A duty station's words, or a country's name: one of the values a field lists."""
    if isinstance(item, Country):
        return item.name()
    if isinstance(item, DutyStation):
        return item.as_written or str(item.country)
    return str(item)


# The longest description that is only a kind of notice ("Special Vacancy Notice").
_KIND_LENGTH: Final = 40
_FIGURE: Final = re.compile(r"\d\d*")
_MOST_POSTS: Final = 100
_DAY_FIRST_LANGUAGES: Final = frozenset({"fr", "es", "pt"})


# The fields a job board's summary may give, and where the reader keeps each.
_BOARD_FIELDS: Final = {
    "title": "title",
    "reference": "reference",
    "duty_station": "duty_stations",
    "grade": "grade",
    "closing": "closing_date",
    "posted": "posting_period",
    "recruiting_type": "recruiting_type",
    # The contract and the posts, as jobkenya's copy of IOM Kenya's notice gives them
    # (2026): its "Employment Type" and its "Number of Vacancies".
    "appointment": "appointment",
    "number_of_posts": "number_of_posts",
}
_POSITION_FIELDS: Final = frozenset(
    {"title", "duty_station", "grade", "recruiting_type", "number_of_posts"}
)
# A board's own words for a field, which in a notice's text might mean something
# else ("Deadline: 30 May" of a deliverable): read in a board's summary only. The
# day the board posted the notice: "• Posted: Feb 16, 2021" (myjobmag), "• Added
# Date: Thursday, 11 September 2025" (undpjobs), "• Posted on 31 July 2025".
_BOARD_ONLY_LABELS: Final = {
    "deadline": "closing",
    "application deadline": "closing",
    "posted": "posted",
    "posted on": "posted",
    "added date": "posted",
    # The staff category: "• Contract/employment type: General Service" (ajirazetu, 2026).
    "contract employment type": "recruiting_type",
    # The contract, where it names one (not "Full Time"): see _names_a_contract.
    "employment type": "appointment",
}
# myjobmag's summary without its colons (see _spaced_location).
_SPACED_LOCATION: Final = "Location "
_SPACED_JOB_TYPE: Final = f"{JOB_TYPE_ITEM} "
# The one such label with no colon after it: "Posted on 31 July 2025".
_POSTED_ON: Final = re.compile(r"(Posted on)\s+(?=\d|[A-Z][a-z])")


def _stations_a_line(field: Field) -> tuple[DutyStation, ...]:
    """The stations of a value over lines, each line a place of its own; else none.

    "Duty station" / "Bangkok, Thailand" / "Dakar, Senegal", as a form's
    cell of two paragraphs holds them (or a page's cell, "Bangkok,
    Thailand<br>Dakar, Senegal"): two stations, where the lines read as one
    had made a city "Bangkok, Thailand Dakar". Only where every line names
    its place and, after a comma, its country, or every line is a city
    alone that the gazetteer (if installed) places, the lines together
    none; and no line ends as a wrap leaves one ("Port of Spain," /
    "Trinidad and Tobago", "San" / "Marcos, Guatemala", "... with travel
    to" / "Thiès": one station).
    """
    lines = _value_lines(field) if len(field.segments) > 1 or field.paragraphs else []
    if len(lines) < 2 or any(map(_ends_as_a_wrap, lines)):  # noqa: PLR2004 -- one line is one
        return ()
    with_countries = [_with_country(line) for line in lines]
    if all(with_countries):
        return tuple(station for found in with_countries for station in found)
    if any("," in line for line in lines):
        return ()
    # Cities alone, a line each: "Bangkok" / "Dakar" / "Nairobi", but not "Santa" / "Cruz".
    if places.main_country_of_city(" ".join(lines)) is not None:
        return ()
    if not all(places.main_country_of_city(line) is not None for line in lines):
        return ()
    return tuple(station for line in lines for station in places.read_duty_stations(line))


def _ends_as_a_wrap(line: str) -> bool:
    """Whether *line* ends where a place's words go on: a comma, a dash, a word in small letters."""
    last = line.rstrip(" )").rpartition(" ")[2]
    return line.endswith((",", "-", ";")) or last[:1].islower()


def _with_country(line: str) -> tuple[DutyStation, ...]:
    """The stations *line* names, where it writes their country after a comma; else none."""
    if "," not in line or lookup_country(line.rpartition(",")[2].strip(" ()")) is None:
        return ()
    found = places.read_duty_stations(line)
    if not found or any(s.country is None or not (s.city or s.region) for s in found):
        return ()
    return found


def _a_sentence(station: DutyStation) -> bool:
    """Whether *station*'s city is a sentence: some words, a verb's auxiliary among them."""
    city = station.city
    return (
        city is not None
        and len(city.split()) >= _FEWEST_SENTENCE_WORDS
        and AUXILIARY.search(city) is not None
    )


_FEWEST_SENTENCE_WORDS: Final = 4
# A duty station's value that is sentences: a stop after a word, and more words than
# a list of places has ("Beira e/ou Pemba (TBC), Moçambique").
_SENTENCE_END: Final = re.compile(r"\w[.!?](?:\s|$)")
_MOST_PLACE_WORDS: Final = 10
# A place a sentence names: capitalized words after "in" or "at" ("...office in Addis
# Ababa."), or "en" ("En ciudad Guatemala y en departamentos...", IOM Guatemala, 2023),
# a word for a city before them saying that they name one.
_PLACE_IN: Final = re.compile(
    r"\b(?:in|at|[eE]n)\s+(?P<city>(?:la\s+|the\s+)?(?:[cC]ity\s+of|[cC]iudad(?:\s+de)?)\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)

# "Reports directly to", "Rend compte directement à": a direct supervisor.
# "Superviseur direct", "Supervisor directo", "Supervisor imediato", "Immediate
# Supervisor": the direct one too.
_DIRECTLY: Final = re.compile(
    r"\bdirect(?:ly|ement|amente|o|a)?\b|\bdiret[ao](?:mente)?\b|\bimediat[oa]\b|\bimmediate\b",
    re.IGNORECASE,
)

# "Overall supervision by" / "Chief of Mission" (IOM Rwanda, 2017), "Overall supervised
# by Chief of Mission" (IOM Tanzania, 2024): the overall supervisor.
_OVERALL: Final = re.compile(r"\boverall\b", re.IGNORECASE)


def _label_kind(label: str) -> SupervisionKind | None:
    """The supervision a supervisor's *label* names: "Reports directly to", "Overall..."."""
    if _DIRECTLY.search(label):
        return SupervisionKind.DIRECT
    return SupervisionKind.OVERALL if _OVERALL.search(label) else None


def _region_after_city(value: str) -> str | None:
    """The region a "Duty Station City" field names after its city: "Garowe, Puntland".

    Read as a station's field reads "Yola, Adamawa": the second name one
    country's region, the first no region itself. ``None`` otherwise ("Bangkok,
    Dakar": two cities).
    """
    read = places.read_duty_stations(value)
    if len(read) != 1 or read[0].city is None or read[0].region is None:
        return None
    return read[0].region


# Between the cities a "Duty Station City" field lists: "Bangkok, Dakar, Nairobi, and Panama".
_CITIES_APART: Final = re.compile(r",|;|\b(?:and|et|y)\b")

# How each kind of office is written in English, French, Spanish and
# Portuguese, in the order they are tried.
_OFFICE_WORDS: Final = tuple(
    (whole_words(words), office)
    for words, office in (
        (
            ("country office", "bureau de pays", "oficina en el país", "escritório nacional"),
            OfficeType.COUNTRY_OFFICE,
        ),
        (("regional", "régional"), OfficeType.REGIONAL_OFFICE),
        (("headquarters", "hq", "siège", "sede"), OfficeType.HEADQUARTERS),
        (("manila", "mac"), OfficeType.MANILA_ADMINISTRATIVE_CENTRE),
        (("panama", "panamá", "pac"), OfficeType.PANAMA_ADMINISTRATIVE_CENTRE),
        (("liaison", "enlace", "ligação"), OfficeType.LIAISON_OFFICE),
    )
)


# The words that go with what a field holds, where a value says more than that
# (see _keep_if_more): a grade's category and level, an office's own word, a
# number's word, a date's weekday and its closing hour's words.
_GRADE_WORDS: Final = frozenset(
    {"grade", "grado", "grau", "classe", "level", "category", "staff", "equipe"}
    | {"general", "service", "services", "professional", "profissional", "national"}
    | {"international", "internationally", "locally", "recruited", "position", "officer"}
    | {"junior", "mid", "senior", "entry", "consultant", "intern", "ungraded", "other"}
    # The same in French, Spanish and Portuguese, folded: "Agent des services généraux,
    # Grade G5", "Administrateur recruté sur le plan international, P-3", "Personal de
    # Servicios Generales, Grado G5", "Oficial Nacional, NO-A", "Pessoal de Serviços Gerais".
    | {"agent", "agents", "generaux", "personnel", "categorie", "administrateur", "niveau"}
    | {"administratrice", "fonctionnaire", "nationale", "recrute", "recrutee", "localement"}
    | {"internationalement", "sur", "le", "plan", "des", "du", "de", "personal", "servicios"}
    | {"generales", "categoria", "funcionario", "funcionaria", "oficial", "nacional", "del"}
    | {"profesional", "contratado", "contratada", "localmente", "nivel", "pessoal", "servicos"}
    | {"gerais", "do", "da"}
)
# An office named after the station, by a dash or in brackets: "Addis Ababa, Ethiopia –
# Country Office", "Nairobi, Kenya (Regional Office)", "Dakar – Bureau régional".
_OFFICE_AFTER: Final = re.compile(
    r"\s+[-\u2013\u2014]\s+(?P<office>(?:(?!\s[-\u2013\u2014]\s)[^()])*?\b(?:office|bureau|oficina"
    r"|escrit[óo]rio|headquarters)\b(?:(?!\s[-\u2013\u2014]\s)[^()])*)$"
    r"|\s*\((?P<office_in_brackets>[^()]*\b(?:office|bureau|oficina|escrit[óo]rio|headquarters)"
    r"\b[^()]*)\)$",
    re.IGNORECASE,
)
# An office named before the station, by a dash, a comma, "de" or "in", or its name's last
# word before the station's capital: "Field Office - Gao, Mali", "Sub-Office Gao, Mali",
# "Regional Office, Dakar, Senegal", "Bureau régional de Dakar, Sénégal". Not "Office of
# the Chief of Mission".
_OFFICE_BEFORE: Final = re.compile(
    # Not IOM's own office, which the places' reader reads ("IOM Office in Kabul").
    r"(?!(?:IOM|OIM)\b)"
    r"(?P<office>(?:[^\W\d_][\w’'.-]*\s+){0,3}?[\w-]*?\b(?:office|bureau|oficina"
    r"|escrit[óo]rio|headquarters)(?:\s+(?:r[ée]gional|regional|nacional|de pays))?)"
    r"(?:\s*[-\u2013\u2014,:]\s*(?=[^\W\d_])"
    # After "de", "in" or a space, a place's capital, not IOM's name nor an article:
    # "Bureau régional de Dakar", not "Bureau de l'OIM à Dakar".
    r"|(?:\s+(?:in|at|de|du|en|à|em))?\s+(?=(?-i:[A-ZÀ-Þ]))(?!(?:IOM|OIM)\b))",
    re.IGNORECASE,
)
_OFFICE_FILLER: Final = frozenset(
    {"office", "based", "position", "bureau", "oficina", "escritorio", "the", "an", "a"}
)
# "Two (2)", "0 (zero)": the count in words beside its figure says no more.
_NUMBER_WORDS: Final = frozenset(NUMBER_WORDS) | {"zero", "cero"}
# A post description's "Number of direct reports: None": no direct reports, in the four
# languages, folded.
_NO_REPORTS: Final = frozenset(
    {"none", "nil", "n a", "na", "not applicable", "aucun", "aucune", "neant", "ninguno"}
    | {"no aplica", "nenhum", "nao aplicavel"}
)
# A recruiting type's words beside its category: "Professional Staff - Internationally recruited".
_RECRUITING_FILLER: Final = frozenset(
    # "ly", "l", "lly": what "Locally", "International", "Internationally" leave.
    {"staff", "category", "position", "recruited", "recruitment", "ly", "l", "lly"}
    # "Local Recruiting", "Recrutement local", "Reclutamiento local", "Contratación local".
    | {"recruiting", "recrutement", "reclutamiento", "recrutamento", "contratacion"}
    # "Staff" in the other languages: "Agent des services généraux", "Personal de
    # servicios generales", "Pessoal de serviços gerais".
    | {"agent", "agents", "des", "personnel", "personal", "pessoal", "de", "del"}
    | {"consultant", "consultancy", "consultor", "consultora", "consultoria", "consultance"}
)
_SOON: Final = re.compile(
    r"as soon as possible|asap|d[èe]s que possible|lo antes posible"
    r"|o mais (?:breve|rapidamente|r[áa]pido|cedo) poss[íi]vel|immediate(?:ly)?"
    # "Le plus tôt possible", "Lo más pronto posible", "Cuanto antes" (not "au plus
    # tôt le 1er avril": no earlier than the day).
    r"|le plus t[ôo]t possible|lo m[áa]s pronto posible|cuanto antes"
    # "Immédiatement", "Inmediata(mente)", "Imediata(mente)".
    r"|imm[ée]diat(?:ement|e)|inmediat(?:amente|o|a)|imediat(?:amente|o|a)",
    re.IGNORECASE,
)
# A start not set yet: "TBD", "TBC" (a board's copy of an IOM posting, 2025), "To be
# determined", "À déterminer", "Por determinar", "A definir".
_UNSET: Final = re.compile(
    r"\b(?:TB[DC]|to be (?:determined|confirmed|defined)|(?:[àa]|por) (?:d[ée]terminer|determinar"
    r"|confirmer|confirmar|d[ée]finir|definir))\b",
    re.IGNORECASE,
)
# An ISO 8601 date's time of day: "2020-04-15T07:17:20.513Z" (a site's front matter).
# The words that end a posting period, folded: "until", "jusqu'au", "hasta el", "até".
_PERIOD_END_WORDS: Final = re.compile(
    r"(?:^|\s)(?:to|until|till|up to|through|thru|jusqu au|jusqu a|au|hasta(?: el)?|al"
    r"|ate(?: o| ao)?)$"
)
_ISO_TIME: Final = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


# A bracket at a value's end, which Grade.parse reads past: "P-2 (Junior level)".
_LAST_BRACKET: Final = re.compile(r"\s*\(([^()]*)\)\s*$")


def _grade_says_more(value: str) -> bool:
    """Whether a grade's *value* says more than the grade: "P-2 step 1", "G7 (under review)".

    Its codes, its category's and level's words, or a grade's whole
    spelling Grade.parse reads ("NO/A", "Grade OTHE"), say no more; nor
    does a bracket that spells the grade again ("Ungraded (UG)"). Codes of
    two grades ("G5 (P-2)") say more than the one read.
    """
    codes = interpret.grade_codes(value)
    if len({interpret.whole_grade(value[start:end]) for start, end in codes}) > 1:
        return True
    if not says_more(value, codes, _GRADE_WORDS):
        return False
    bracket = _LAST_BRACKET.search(value)
    before = value[: bracket.start()] if bracket else value
    if bracket is not None and says_more(bracket.group(1), (), _GRADE_WORDS):
        inside = interpret.whole_grade(bracket.group(1))
        outside = interpret.whole_grade(before)
        if inside is not None and outside is not None and outside.category is GradeCategory.OTHER:
            # "Intern (UG)": no staff grade before it, the bracket's is the one read.
            return interpret.whole_grade(value) != inside
        return inside is None or inside != outside
    return not interpret.is_grade(before)


@functools.cache
def _DATE_WORDS() -> frozenset[str]:  # noqa: N802 -- a constant, computed once
    # A zone's words are none of them: the hour's span holds them where they are read.
    # "at", "by", "à", "a las", "às" before the hour; "le", "el", "o" before the day
    # ("le 15 mars 2026", "el 15 de marzo de 2026").
    hour = {"at", "by", "a", "las", "as", "hours", "hrs", "local", "time"}
    return weekdays() | hour | {"le", "el", "o"}


@functools.cache
def _START_WORDS() -> frozenset[str]:  # noqa: N802 -- a constant, computed once
    # "1 April 2026 or as soon as possible": the date and "as soon as possible", read.
    return _DATE_WORDS() | {"or", "ou", "o"}


@functools.cache
def _PERIOD_WORDS() -> frozenset[str]:  # noqa: N802 -- a constant, computed once
    # "From 02.02.2020 to 16.02.2020", "Du ... au ...", "Del ... al ...", "De ... a ...".
    between = {"from", "to", "until", "till", "up", "through", "thru", "du", "au", "jusqu"}
    between |= {"del", "al", "hasta", "desde", "de", "a", "partir", "ate", "ao"}
    return _DATE_WORDS() | between


def _date_spans(found: FoundDate | None, text: str) -> list[tuple[int, int]]:
    """Where *found* stands in *text*, with an ISO date's time of day after it."""
    if found is None:
        return []
    time = _ISO_TIME.match(text, found.end)
    return [(found.start, time.end() if time is not None else found.end)]


def _known_place(place: str, *, city: bool = False) -> DutyStation | None:
    """*place* as a duty station, where it is a country or a city the gazetteer places.

    A *city* said to be one ("ciudad Guatemala") is the city a country's
    name may name too, in that country.
    """
    country = lookup_country(place)
    if country is not None:
        return DutyStation(place if city else None, country=Country(country), as_written=place)
    code = places.main_country_of_city(place)
    return DutyStation(place, country=Country(code), as_written=place) if code else None


def _office_type(text: str) -> OfficeType | None:
    lowered = text.lower()
    return next((office for words, office in _OFFICE_WORDS if words.search(lowered)), None)


def _board_label(item: str) -> tuple[str, str, str] | None:
    """The field a list item of a job board's summary gives: (name, label, value), or ``None``."""
    found = match_label(item)
    if found is not None:
        return found if found[0] in _BOARD_FIELDS else None
    if ":" not in item:
        posted = _POSTED_ON.match(item)
        return ("posted", posted.group(1), item[posted.end() :]) if posted else None
    return board_only_label(item)


def _names_a_period(value: str) -> bool:
    """Whether *value* names the days or months a contract runs between, and no length.

    "November 2025 – May 2026" (a consultancy's duration, as a board copied
    IOM Ukraine's terms of reference, 2025, which said the days after it),
    "1 December 2025 – 28 February 2026": the appointment's words, from
    which the start is inferred (its month alone where two months are given).
    How long they make is not said: "November – May" may be six months or seven.
    The first month may leave its year to the last: "January – June 2023".
    """
    if len(find_dates(value)) >= 2:  # noqa: PLR2004 -- the first day and the last
        return True
    months = find_months(value)
    if len(months) == 1:
        return first_month_before(value, months[0]) is not None
    return len(months) >= 2  # noqa: PLR2004 -- the first month and the last


def _names_a_contract(value: str) -> bool:
    """Whether a board's appointment item *value* names IOM's contract ("Fixed-term Contract")."""
    return interpret.read_appointment(value).contract_type is not None


def _spaced_summary(content: list[Segment]) -> bool:
    """Whether *content* holds myjobmag's summary without its colons: its "• Job Type ..." item.

    "• Job Type Full Time" / "• Qualification MBA/MSc/MA" / "• Experience 10
    years" / "• Location Abuja" / "• Job Field Consultancy", as jobsafric
    copies it (2025). Only there is "• Location Abuja" a field
    (:func:`_spaced_location`): elsewhere "Location of the workshops to be
    agreed" is a sentence.
    """
    return any(segment.bullet and segment.item.startswith(_SPACED_JOB_TYPE) for segment in content)


def _spaced_location(item: str) -> tuple[str, str, str] | None:
    """The duty station myjobmag's summary gives without its colon: (name, label, value)."""
    value = item[len(_SPACED_LOCATION) :].strip()
    return ("duty_station", _SPACED_LOCATION.strip(), value) if value else None


def board_only_label(item: str) -> tuple[str, str, str] | None:
    """The field a job board's own label gives (see ``_BOARD_ONLY_LABELS``): (name, label, value).

    "Deadline: 15 March 2026" is the closing date's; ``None`` for any other label.
    """
    label, colon, value = item.partition(":")
    name = _BOARD_ONLY_LABELS.get(fold(label)) if colon else None
    return (name, label.strip(), value.strip()) if name is not None else None


def _next_to(number: int, header: set[int], written: set[int]) -> bool:
    """Whether line *number* stands next to a line of the header's fields, or a blank line from one.

    A page may set each line apart, a paragraph of its own: "Grade: G-5" /
    "" / "Deadline: May 27, 2026, 10:59 PM".
    """
    return any(
        number + step in header or (number + step not in written and number + 2 * step in header)
        for step in (-1, 1)
    )


def _under_an_item(content: list[Segment], index: int) -> bool:
    """Whether ``content[index]`` stands right below a list item, with no bullet of its own."""
    above = content[index - 1] if index else None
    segment = content[index]
    return above is not None and above.bullet and _is_below(above, segment)


def _is_below(segment: Segment, below: Segment) -> bool:
    """Whether *below* is the line right under *segment*, and no list item: its value."""
    return not below.bullet and below.number == segment.number + 1


def _joined(contract: Appointment, more: Appointment) -> Appointment:
    """One appointment from a contract field and a field that says *more* about it.

    Whichever came first in the text, the result is the same: the contract's
    type and duration stand, what it leaves unsaid comes from *more*, and
    the words of both are kept, the contract's first. A ceiling gives way
    to a length: "Special Short Term Graded (Up to 9 months)" names the kind
    of contract, all of whose kind last at most 9 months; "Initial duration:
    6 months" says how long this one is.
    """
    written = contract.as_written
    if more.as_written and (written is None or more.as_written not in written):
        written = f"{written}; {more.as_written}" if written else more.as_written
    extendable = True if more.extendable else contract.extendable
    return Appointment(
        contract.contract_type or more.contract_type,
        _length(contract.duration, more.duration),
        more.extendable if extendable is None else extendable,
        written,
        consultancy_category=contract.consultancy_category or more.consultancy_category,
    )


def _length(contract: Duration | None, more: Duration | None) -> Duration | None:
    """The contract's duration, unless it is a ceiling and *more* gives a length."""
    if contract is None or (contract.up_to and more is not None and not more.up_to):
        return more
    return contract


def _code_like(value: str) -> bool:
    """Whether *value* may be a notice's number: a few words, a figure among them."""
    return any(map(str.isdigit, value)) and len(value.split()) <= _CODE_WORDS


# The most words a notice's number runs to: "SVN 2018/114 (P)", "CON 2017/26".
_CODE_WORDS: Final = 4


def _value_lines(field: Field) -> list[str]:
    """*field*'s value a line each: the value on the label's line, if any, then the lines below.

    "Reports directly to" / "12345 (Jane Doe) - direct supervisor" / ...,
    the label alone; or "Reports directly to<tab>Head of Office" /
    "<tab>Project Manager", a table's cell of two lines. A value wrapped
    onto the lines below is one ("Reporting directly to - Head of Programme
    and Policy" / "Development", a board's copy wrapped at 62 columns).
    """
    if field.wrapped:
        return [field.value]
    if field.paragraphs:
        return field.paragraphs
    below = [segment.text for segment in field.segments[1:]]
    joined = " ".join(below)
    if not below or field.value == joined:
        return _going_on(below) or [field.value]
    if field.value.endswith(f" {joined}"):
        return _going_on([field.value[: -len(joined) - 1], *below])
    return [field.value]


def _going_on(lines: list[str]) -> list[str]:
    """*lines*, each that begins in lower case joined to the one above: a wrap's.

    "20069753 (Mrs Jewel ALI) – administrative" / "supervisor" (seed 000
    wrapped at 55 columns) is one supervisor.
    """
    kept: list[str] = []
    for line in lines:
        if kept and line[:1].islower():
            kept[-1] = f"{kept[-1]} {line}"
        else:
            kept.append(line)
    return kept


def _without_trailing_comma(value: str) -> str:
    """*value* without the comma or semicolon a list of fields left after it.

    "Organizational Department / Unit to which the Consultant is
    contributing" / "FMM II Programme," (unjoblink's copy of IOM's call,
    2025): punctuation that parted the value from what the template had
    after it, no part of the unit's name.
    """
    return value.rstrip(",;").rstrip()
