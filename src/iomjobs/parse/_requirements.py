"""What a notice asks of candidates: qualifications, languages, competencies (internal).

:class:`RequirementsReader` reads the sections of education (its
alternative paths), experience and skills, apart or in one section or
table; the languages; and the competency groups (values, core,
managerial, behavioural and technical), their declared counts and levels.
It extends :class:`~iomjobs.parse._candidates.CandidatesReader`;
:class:`~iomjobs.parse._reader.Reader` extends it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any, Final, TypeAlias

import attrs

from iomjobs._text import fold
from iomjobs.model.competency import CompetencyItem
from iomjobs.model.language import LanguageRequirement
from iomjobs.model.qualification import QualificationPath
from iomjobs.parse import _interpret as interpret
from iomjobs.parse import _language_requirements as language_requirements
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._candidates import CandidatesReader
from iomjobs.parse._competencies import (
    DECLARED,
    GROUP_HEADING_WORDS,
    bulleted_names_in_another_language,
    competency_items,
    declared_count,
    glued_name_at,
    group_level,
    group_note,
    may_declare,
    may_start_name,
    name_at,
    names_item,
    names_listed,
    with_indicator,
)
from iomjobs.parse._duty_lines import run_together_items
from iomjobs.parse._education_paths import path_sentences
from iomjobs.parse._gathered import growing
from iomjobs.parse._layout import Section
from iomjobs.parse._leftover import says_more
from iomjobs.parse._segments import Segment, joined_where_filled
from iomjobs.parse._sentences import sentences


class RequirementsReader(CandidatesReader):
    """Reads the requirements: qualifications, languages and competencies."""

    __slots__ = ()

    qualifications: dict[str, Any]
    competency_groups: dict[str, dict[str, Any]]
    """The competency groups read, by name, each as the fields its sections
    gave (see ``_gathered``); the notice has a competency section if
    "competencies" is in ``position``."""
    competency_notes: list[str]
    """What the competency section says above its groups."""

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
        growing(self.qualifications, "education")
        growing(self.qualifications, "education_notes")
        for segment, lines in self._list_items(section):
            self._education(segment, lines)

    def _education(self, segment: Segment, lines: tuple[Segment, ...]) -> None:
        """Add the paths (and notes) of one item of education, read from *lines*."""
        paths: list[QualificationPath] = growing(self.qualifications, "education")
        notes: list[str] = growing(self.qualifications, "education_notes")
        for part in path_sentences(segment.item):
            previous = paths[-1] if paths else None
            # "A Master's degree would be an asset": no path, which would offer the
            # master's alone as an alternative to what is asked; a note.
            found = interpret.read_path(part, previous) if not _wished_for(part) else None
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

    def _items(self, section: Section, name: str) -> None:
        self._heading(section, f"$.position.qualifications.{name}")
        growing(self.qualifications, name)
        for segment, lines in self._list_items(section):
            self._item(name, segment, lines)

    def _item(self, name: str, segment: Segment, lines: tuple[Segment, ...]) -> None:
        """Add one item, read from *lines*, to the list *name* (experience, skills)."""
        path = f"$.position.qualifications.{name}"
        text = segment.item
        if not text:
            self.record.use(path, *lines)
            return
        items: list[str] = growing(self.qualifications, name)
        for piece in run_together_items(text):
            items.append(piece)
            self.record.use(f"{path}[{len(items) - 1}]", *lines)

    def _read_experience(self, section: Section) -> None:
        self._items(section, "experience")

    def _read_skills(self, section: Section) -> None:
        self._items(section, "skills")

    # languages

    def _read_languages(self, section: Section) -> None:
        self._heading(section, "$.position.languages")
        growing(self.position, "languages")
        required: bool | None = None  # as the sub-heading above says, if one does
        read: list[tuple[Segment, tuple[Segment, ...], _Sentences]] = []
        for segment, lines in self._list_items(section):
            heading = language_requirements.requirement_heading(segment.item)
            if heading is not None:
                required = heading
                self.record.use("$.position.languages", *lines)
                continue
            read.append((segment, lines, _stated_in(segment, required=required)))
        # Each sentence asked once whether it states the rule for every post.
        every = {
            sentence
            for _, _, stated in read
            for sentence, _ in stated
            if language_requirements.asks_of_every_post(sentence)
        }
        own = _asked_of_this_post((stated for _, _, stated in read), every)
        for segment, lines, stated in read:
            restated = _restated_left_out(stated, own, every)
            self._languages(segment, restated, lines, in_section=True)

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
        *,
        in_section: bool = False,
    ) -> None:
        """Add the requirements each sentence of *segment* states; keep the other sentences.

        In the languages section (*in_section*), the other sentences are the
        section's notes; elsewhere they belong to no field.
        """
        requirements: list[LanguageRequirement] = growing(self.position, "languages")
        kept = []
        in_segment: list[LanguageRequirement] = []
        bilingual = " / " in segment.item
        for sentence, found in stated:
            if not found or language_requirements.says_more_than_requirements(sentence, found):
                # What no requirement holds ("Project code: PX.0123 Fluency in
                # English..."): the sentence is kept too, not lost with its words.
                kept.append(sentence)
            if not found:
                continue
            # A line that says it twice, in two languages ("Se requiere dominio
            # del español. / Fluency in Spanish is required."), states one requirement.
            for requirement in found:
                if bilingual and requirement in in_segment:
                    continue
                in_segment.append(requirement)
                requirements.append(requirement)
                self.record.use(f"$.position.languages[{len(requirements) - 1}]", *lines)
        said = " ".join(kept)
        if kept and in_section and _is_note(said):
            self._language_note(said, lines)
        elif kept and not in_segment:
            # Nothing read: each line kept as it stands, on its own line.
            self._keep(*lines)
        elif kept:
            self._keep(Segment(segment.number, said), used=lines[0])
            for line in lines[1:]:
                self.record.keep(line)

    def _language_note(self, note: str, lines: tuple[Segment, ...]) -> None:
        notes: list[str] = growing(self.position, "language_notes")
        notes.append(note)
        self.record.use(f"$.position.language_notes[{len(notes) - 1}]", *lines)

    # competencies

    def _read_competencies(self, section: Section) -> None:
        self._heading(section, "$.position.competencies")
        noted = False  # whether the line above is the section's note
        if section.trailing and section.heading is not None:
            # "Required Competencies IOM's competency framework can be found...": run in.
            trailing = Segment(section.heading.number, section.trailing)
            noted = self._competencies_introduction(trailing, (section.heading,))
        for segment, lines in self._list_items(section):
            noted = self._competencies_introduction(segment, lines, after_note=noted)
        self.position.setdefault("competencies", None)  # built by read()

    def _competencies_introduction(
        self, segment: Segment, lines: tuple[Segment, ...], *, after_note: bool = False
    ) -> bool:
        """Read *segment* (read from *lines*), a line above the competency groups.

        Whether it is the section's note, or goes on one (*after_note*: the
        line above is one).
        """
        item = segment.item
        if _goes_on(item):
            if not after_note:
                # The rest of a line not read: a footnote on the heading, wrapped ("VI.
                # Competencies[footnoteRef:1] [1: Competencies and respective levels" /
                # "should be drawn from the Competency Framework of the Organization. ]").
                self._keep(*lines)
                return False
            self.competency_notes[-1] += f" {item}"
        elif says_more(segment.text, (), _COMPETENCIES_INTRODUCTION_WORDS, figures=False):
            # "IOM's competency framework can be found at this link.": the section's note.
            self.competency_notes.append(item)
        else:
            # "The incumbent is expected to demonstrate the following values and
            # competencies:": the groups below say it again.
            self.record.use("$.position.competencies", *lines)
            return False
        path = f"$.position.competencies.notes[{len(self.competency_notes) - 1}]"
        self.record.use(path, *lines)
        return True

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
        # The same group again adds its items to the first's: gathered in place,
        # the group made once (read()), not copied at each.
        group: dict[str, Any] = self.competency_groups.setdefault(name, {})
        items: list[CompetencyItem] = growing(group, "items")
        # "Core Competencies (Level 1): Teamwork; Delivering results; ...": the names after it.
        listed_from = said.rfind(":") + 1
        listed = names_listed(said[listed_from:], name)
        if listed is not None and section.heading is not None:
            said = said[:listed_from]
            for listed_name in listed:
                items.append(CompetencyItem(listed_name))
                self.record.use(f"{path}.items[{len(items) - 1}]", section.heading)
        if section.heading is not None and says_more(said, (), GROUP_HEADING_WORDS):
            # "Values: ..." with words the group's count, level and note do not hold.
            self._keep_once(section.heading)
        declared = self._group_items(section, name, items, declared)
        # Where the same group comes again, what the first said of it stands.
        for field, value in (("declared_count", declared), ("level", level), ("note", note)):
            if group.get(field) is None:
                group[field] = value
        self.position.setdefault("competencies", None)  # built by read()

    def _group_items(
        self, section: Section, name: str, items: list[CompetencyItem], declared: int | None
    ) -> int | None:
        """Add the items of the group *name* that *section* lists to *items*; the count declared."""
        path = f"$.position.competencies.{name}"

        def begins(text: str) -> bool:
            return may_start_name(text, name)

        pairs = joined_where_filled(self._list_items(section, begins), self._greedy(), begins)
        marked = _with_markers_joined(pairs)
        language = self.notice.get("language")
        in_another = language is not None and language.code in _TRANSLATED_TEMPLATES
        listed = [(text, bullet) for text, bullet, _ in marked]
        if bulleted_names_in_another_language(listed, name, notice_in_another=in_another):
            # "• Inclusion et respect de la diversité", "• Courage", "• Empathie": no indicators.
            for text, _, lines in marked:
                items.append(CompetencyItem(text.strip(" *_").rstrip(":").strip()))
                self.record.use(f"{path}.items[{len(items) - 1}]", *lines)
            return declared
        return self._named_items(pairs, name, items, declared)

    def _named_items(
        self,
        pairs: list[tuple[Segment, tuple[Segment, ...]]],
        name: str,
        items: list[CompetencyItem],
        declared: int | None,
    ) -> int | None:
        """Add the items *pairs* list to *items*: names and their indicators, "Name: ..."."""
        path = f"$.position.competencies.{name}"
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
                if says_more(segment.item, (), GROUP_HEADING_WORDS):
                    # "All IOM staff members must abide by...": words the count does not hold.
                    self._keep(*lines)
                continue
            if indicated and segment.bullet and not names_item(segment.item, name):
                # "Accountability" / "- Accepts and gives constructive criticism" / "- Follows...".
                items[-1] = with_indicator(items[-1], segment.item)
                self.record.use(f"{path}.items[{len(items) - 1}]", *lines)
                continue
            glued = glued_name_at(pairs, index, name)
            if glued is not None:
                # "CommunicationContributes to...": the name, and the words run into it.
                alone, run_in, skip_to = glued
                indicated = names_alone = True
                items.append(CompetencyItem(alone, run_in.strip() or None))
                used = (line for _, name_lines in pairs[index:skip_to] for line in name_lines)
                self.record.use(f"{path}.items[{len(items) - 1}]", *used)
                continue
            taken = name_at(pairs, index, name, among_names=names_alone)
            indicated = taken is not None
            if taken is not None:
                names_alone, (alone, skip_to) = True, taken
                items.append(CompetencyItem(alone))
                used = (line for _, name_lines in pairs[index:skip_to] for line in name_lines)
                self.record.use(f"{path}.items[{len(items) - 1}]", *used)
                continue
            found = competency_items(segment.item) or [
                CompetencyItem(listed) for listed in names_listed(segment.item, name) or ()
            ]
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


def _wished_for(part: str) -> bool:
    """Whether the education *part* names a degree only wished for: "A Master's would be an asset".

    What the clause naming the degree says, not its brackets' words ("Bachelor's
    degree (Master's preferred)") nor another clause's ("...; experience in
    migration is an advantage"), but for a bracket that closes the clause,
    naming no degree: "Master's degree in Public Health (desirable)" wishes
    for the degree.
    """
    if not interpret.wishes(part):
        return False
    clauses = _CLAUSES.split(interpret.BRACKET.sub(_closing_kept, part))
    named = next((c for c in clauses if interpret.degree_of(c, nocase.lowered(c))), "")
    return interpret.wishes(named)


def _closing_kept(bracket: re.Match[str]) -> str:
    """*bracket* where it closes its clause and says only a need ("(desirable)"), else nothing."""
    closing = _CLAUSE_CLOSED.match(bracket.string, bracket.end()) is not None
    return bracket.group() if closing and interpret.says_only_a_need(bracket.group()) else ""


_CLAUSES: Final = re.compile(r";|\.\s")
# Each sentence of a segment, with the language requirements it states.
_Sentences: TypeAlias = list[tuple[str, list[LanguageRequirement]]]
# What may follow a bracket that closes its clause: a stop, a semicolon, the end.
_CLAUSE_CLOSED: Final = re.compile(r"\s*(?:;|\.(?:\s|$)|$)")
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


def _stated_in(segment: Segment, *, required: bool | None = None) -> _Sentences:
    """Each sentence of *segment*, with the language requirements it states.

    *required* is what a sub-heading above says ("Required", "Desirable"),
    for a sentence that does not say it itself.
    """
    return [
        (sentence, language_requirements.read_languages(sentence, required=required))
        for sentence in sentences(segment.item)
    ]


def _asked_of_this_post(stated: Iterable[_Sentences], every: set[str]) -> set[str]:
    """The languages a sentence asks of this post, not of every post (the sentences *every*)."""
    return {
        requirement.language.code
        for sentence, found in itertools.chain.from_iterable(stated)
        if sentence not in every
        for requirement in found
        if requirement.language is not None
    }


def _restated_left_out(stated: _Sentences, own: set[str], every: set[str]) -> _Sentences:
    """*stated*, without what a sentence of *every* asks of every post where this post asks its own.

    IOM's notices for the Professional category state the rule for them all
    ("External applicants for all positions in the Professional category are
    required to be proficient in English and have at least a working knowledge
    of one additional UN official language (...)") and then the post's own
    ("For this position, fluency in English is required. Working knowledge of
    French and/or Spanish is an advantage."): each language is the post's, once
    (it had been asked for twice, `LNG004`). The rule's sentence stays in the
    notes.
    """
    return [
        (sentence, [r for r in found if r.language is None or r.language.code not in own])
        if sentence in every
        else (sentence, found)
        for sentence, found in stated
    ]


# The languages IOM's notices translate the competencies' names into.
_TRANSLATED_TEMPLATES: Final = frozenset({"fr", "es", "pt"})


def _with_markers_joined(
    pairs: list[tuple[Segment, tuple[Segment, ...]]],
) -> list[tuple[str, bool, tuple[Segment, ...]]]:
    """Each item *pairs* list, whether a bullet marks it, and its lines.

    A bullet alone on its line, as pdftotext sets a list's markers apart
    ("•" / "Courage"), marks the item below it.
    """
    marked: list[tuple[str, bool, tuple[Segment, ...]]] = []
    held: tuple[Segment, ...] = ()
    for segment, lines in pairs:
        if segment.bullet and not segment.item:
            held += lines
            continue
        marked.append((segment.item, segment.bullet or bool(held), held + lines))
        held = ()
    if held:
        marked.append(("", True, held))
    return marked


def _is_note(text: str) -> bool:
    """Whether *text*, said in the languages section besides its requirements, is its note.

    A note is prose: it ends a sentence. A line all in brackets is a form's
    instruction to its author ("(specify the required knowledge)" under
    "Required", seed 000); one that ends otherwise is what the reader did
    not know: a heading it took for none ("SIGNATURES:", the last of the post
    description form's), or a list's introduction.
    """
    bracketed = text[:1] in ("(", "[") and text.rstrip()[-1:] in (")", "]")
    return not bracketed and text.rstrip(_CLOSING)[-1:] in (".", "!", "?")


# What may close a sentence after its full stop: quotes and brackets.
_CLOSING: Final = " )]\"'”’»"


def _goes_on(text: str) -> bool:
    """Whether *text*, a line of its own, goes on the line above.

    It begins in lower case, or closes a bracket it does not open.
    """
    return (
        text[:1].islower() or text.count("]") > text.count("[") or text.count(")") > text.count("(")
    )


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
    # With its colon too, as a list writes it: "• Experience: Minimum of three years...".
    r"(?P<label>(?i:" + "|".join(_ROW_KINDS) + r"))\s*:?\s+(?=[A-ZÀ-Þ]\S*\s+\S+\s+\S)"
)


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
