"""What reading any section of a notice shares (internal).

:class:`SectionReader` records a section's heading (and doubts a misspelt
one), reads a list's items over the lines a wrap at a fixed width gave
them, and takes into the notes a standard note that strayed into another
section. It extends :class:`~iomjobs.parse._inferred.InferringReader`;
:class:`~iomjobs.parse._candidates.CandidatesReader` extends it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from iomjobs.model.notice import ClosingTime
from iomjobs.parse import _interpret as interpret
from iomjobs.parse._hanging import hangs_under
from iomjobs.parse._hours import closing_hour
from iomjobs.parse._inferred import InferringReader
from iomjobs.parse._layout import Section
from iomjobs.parse._segments import Segment, behind_marks, wrapped_items
from iomjobs.parse._sentences import sentence_at, sentences
from iomjobs.parse._tiers import NATIONALS_BARRED
from iomjobs.parse._vocabulary import NOTE_OPENINGS

# "Applications close at 23:59 local time Geneva": the hour follows (see closing_hour).
_CLOSING_TIME: Final = re.compile(r"\bclose[sd]?\s+at\s+", re.IGNORECASE)


class SectionReader(InferringReader):
    """Reads what every section has: a heading, list items, stray notes."""

    __slots__ = ()

    def _heading(self, section: Section, path: str) -> None:
        if section.heading is not None:
            self.record.use(path, section.heading, *section.heading_below)
            if section.meant is not None:
                written = section.heading.text.strip().rstrip(":").rstrip()
                message = f"{written!r} is not a heading's name; read as {section.meant!r}"
                self.record.doubt(path, message, section.heading)

    def _list_items(
        self, section: Section, begins: Callable[[str], bool] | None = None
    ) -> list[tuple[Segment, tuple[Segment, ...]]]:
        """The items of the list *section* holds, and their lines (:func:`wrapped_items`)."""
        return wrapped_items(
            section.content,
            page_width=self._page_width,
            hangs=self._hangs_below,
            begins=begins,
            written=self.layout.as_counted,
        )

    def _hangs_below(self, first: Segment | None, above: Segment, line: Segment) -> bool:
        """Whether *line*, right below *above*, hangs under the list item begun on *first*.

        Indented to where the item's text began after its bullet or number
        (:func:`hangs_under`), as the lines are written, behind the marks of
        an email's quotation where the text is one ("> -   Bachelor's degree
        in" / ">     Social/Political Sciences, Business").
        """
        if first is None or not first.bullet or line.bullet or line.number != above.number + 1:
            return False
        written = self.layout.all_written_lines()
        if len(written) < line.number:
            return False
        begun, below = written[first.number - 1], written[line.number - 1]
        if begun.lstrip()[:1] == ">":  # a bullet behind a mark: the segments are unquoted
            # The marks as the item's line writes them (">" or "> "): the line below's
            # indent is what follows the same marks.
            marks = begun[: len(begun) - len(behind_marks(begun))]
            if not below.startswith(marks):
                return False
            begun, below = begun[len(marks) :], below[len(marks) :]
        return hangs_under(begun, below)

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
