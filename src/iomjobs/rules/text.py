"""Rules on the text itself: repairs, empty sections, placeholders, lists (TXT)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from iomjobs._text import fold, positions
from iomjobs.rules._registry import Context, Hit, rule
from iomjobs.rules._walk import GROUPS, Joined, language_code, list_items, text_path, text_values
from iomjobs.rules.finding import Severity


@rule(
    "TXT001",
    "encoding-repaired",
    Severity.INFO,
    failing={},
    passing={},
    needs="provenance",
)
def encoding_repaired(context: Context) -> Iterator[Hit]:
    """The text was damaged on its way and has been repaired; the repairs are counted.

    A notice that went through the wrong code page ("IOMโs" for "IOM's"), a
    job board's escapes ("Monitoring &amp; Evaluation"), characters that
    show nothing, a PDF's ligatures or accents written as combining marks
    was repaired while reading (the reader's guide lists every repair). The
    repaired words are right, but a repaired source is worth a second look.
    (The examples cannot show this rule: it needs a notice read from damaged
    text.)
    """
    provenance = context.provenance
    repairs = [r for r in provenance.repairs if r.count] if provenance else []
    if repairs:
        total = sum(r.count for r in repairs)
        detail = "; ".join(f"{r.description}: {r.count}" for r in repairs)
        characters = "character" if total == 1 else "characters"
        yield Hit("$", f"repaired {total} {characters} of damaged text ({detail})")


def _empty_sections(context: Context) -> Iterator[tuple[str, str]]:
    position = context.notice.position
    qualifications = position.qualifications
    for name in ("education", "experience", "skills"):
        if getattr(qualifications, name) == ():
            # Education read as notes alone ("A degree.": no level a path could hold) is there.
            if name == "education" and qualifications.education_notes:
                continue
            yield f"$.position.qualifications.{name}", name
    # So are the languages where the section says only what its notes hold.
    if position.languages == () and not position.language_notes:
        yield "$.position.languages", "languages"
    for index, group in enumerate(position.responsibilities):
        if not group.items:
            yield (
                f"$.position.responsibilities[{index}]",
                f"responsibilities {group.heading or ''}".strip(),
            )
    competencies = position.competencies
    for name in GROUPS:
        group_ = getattr(competencies, name) if competencies else None
        if group_ is not None and not group_.items:
            yield f"$.position.competencies.{name}", f"{name} competencies"


@rule(
    "TXT002",
    "empty-section",
    Severity.WARNING,
    failing={
        "position": {
            "qualifications": {"experience": ["Five years in coordination."], "skills": []}
        }
    },
    passing={
        "position": {
            "qualifications": {
                "experience": ["Five years in coordination."],
                "skills": ["Report writing."],
            }
        }
    },
)
def empty_section(context: Context) -> Iterator[Hit]:
    """A section that has its heading but nothing under it.

    A "Skills" heading followed by a lone bullet is a template left
    unfinished: the candidate learns that something was meant to be there.
    Where lines stand under the heading that the reader could not read as
    the section's items, kept among the unclassified lines, the finding
    names them rather than call the section empty; education read as notes
    alone (no degree a path could hold) is no empty section.
    """
    for path, name in _empty_sections(context):
        unread = _unread_lines_under(context, path)
        if unread:
            lines = f"line{'s' if len(unread) > 1 else ''} {', '.join(map(str, unread))}"
            message = f"nothing under the {name} heading could be read ({lines} kept unclassified)"
            yield Hit(path, message)
        else:
            yield Hit(path, f"the {name} section is empty")


def _unread_lines_under(context: Context, path: str) -> list[int]:
    """The unclassified lines between the heading at *path* and the next line read."""
    provenance, unclassified = context.provenance, context.notice.unclassified
    heading = provenance.span_for(path) if provenance and unclassified else None
    if heading is None or provenance is None:
        return []
    below = [span.first_line for _, span in provenance.spans if span.first_line > heading.last_line]
    end = min(below, default=None)
    return [
        line.line
        for line in unclassified
        if line.line > heading.last_line and (end is None or line.line < end)
    ]


_PLACEHOLDERS = r"""\[(?i:insert|add|specify|enter|name|title|x+)\b[^\]\n]*\]
      | \((?i:specify|insert|add|enter)\b[^)\n]*\)
      | <(?i:insert|add|specify)[^>\n]*>
      | \{\{[^}\n]*\}\}
      | \bX{3,}\b
      # A date "to be determined" is what the notice says of it, no slot left
      # unfilled: "Estimated Start Date: TBD" (a job board's copy, 2025).
      | (?<!(?i:date):\ )(?<!(?i:date):)(?<!(?i:date)\ :\ )\bTBD\b
      # A converter's footnote mark, named whole: "[footnoteRef:1]".
      | \[footnoteRef(?::\d\d{0,2}\])?
      # What Word shows in a content control no one filled in, in the
      # language of its menus, which need not be the notice's.
      | \bClick\ (?:or\ tap\ )?(?:here\ )?to\ enter\ (?:text|a\ date)\.
      | \bChoose\ an\ item\.
      | \bCliquez\ (?:ou\ appuyez\ )?ici\ pour\ (?:entrer|taper|choisir)\ (?:du\ texte|une\ date)\.
      | \bChoisissez\ un\ élément\.
      | \bClique\ (?:ou\ toque\ )?aqui\ para\ (?:inserir|introduzir)
        \ (?:o\ texto|texto|uma\ data)\."""
# Spanish and Portuguese Word's placeholders that start with another letter
# than C: looked for in notices in those languages only, as finding where
# they may start costs a search of all the text each (some 5 µs a notice).
_IBERIAN_PLACEHOLDERS = r"""
      | \bHaga\ clic\ (?:o\ pulse\ )?aquí\ (?:o\ pulse\ )?para\ escribir\ (?:texto|una\ fecha)\.
      | \bElija\ un\ elemento\.
      | \bEscolh(?:er|a)\ um\ item\."""
PLACEHOLDER = re.compile(_PLACEHOLDERS, re.VERBOSE)
_IBERIAN = frozenset({"es", "pt"})
_PLACEHOLDER_IBERIAN = re.compile(_PLACEHOLDERS + _IBERIAN_PLACEHOLDERS, re.VERBOSE)


def placeholder_pattern(language: str) -> re.Pattern[str]:
    """The placeholders TXT003 looks for in a notice in *language* (a code, or "")."""
    return _PLACEHOLDER_IBERIAN if language in _IBERIAN else PLACEHOLDER


@rule(
    "TXT003",
    "template-placeholder",
    Severity.WARNING,
    failing={"notes": ["(specify the required knowledge)"]},
    passing={"notes": ["Fluency in English is required."]},
)
def template_placeholder(context: Context) -> Iterator[Hit]:
    """Template text left in the notice: "[insert title]", "(specify the knowledge)", "XXX", "TBD".

    Placeholders are instructions to the author, not to the candidate; left
    in, they show the notice was published unfinished. A Word form's
    content controls left empty show theirs: "Click or tap here to enter
    text.", "Choose an item.", and as a French or Portuguese Word writes
    them, whatever the notice's language ("Cliquez ou appuyez ici pour
    entrer du texte.", "Choisissez un élément.", "Clique ou toque aqui para
    inserir o texto."); in a notice in Spanish or Portuguese, also "Haga
    clic o pulse aquí para escribir texto.", "Elija un elemento.",
    "Escolher um item.". A date said to be "TBD" ("Estimated Start Date:
    TBD") is none: the notice says the date is not yet set. A supervisor
    named by the kind of supervision alone is the template's slot for one:
    "under the general supervision of the GENERAL SUPERVISOR and direct
    supervision of the DIRECT SUPERVISOR" (a board's copy of a notice, 2025).
    """
    notice = context.notice
    for index, supervisor in enumerate(notice.position.supervisors):
        if supervisor.title is not None and fold(supervisor.title) in _SUPERVISOR_SLOTS:
            path = f"$.position.supervisors[{index}].title"
            yield Hit(path, f"template placeholder left in: {supervisor.title!r}")
    values = Joined(text_values(notice))
    language = language_code(notice)
    pattern = placeholder_pattern(language)
    # One pass over all the text finds where a placeholder may start: every
    # match of the pattern starts at one of these. The regex, slow when it
    # searches, is only tried there, and the first match in a text is reported.
    reported: set[int] = set()
    for at in _marker_positions(values.text, iberian=language in _IBERIAN):
        index = values.index_at(at)
        if index in reported:
            continue
        match = pattern.match(values.texts[index], at - values.start_of(index))
        if match:
            reported.add(index)
            path = text_path(context.notice, index)
            yield Hit(path, f"template placeholder left in: {match.group(0)!r}")


# The supervisors a template names by the kind of their supervision, folded.
_SUPERVISOR_SLOTS = frozenset(
    {"general supervisor", "overall supervisor", "direct supervisor", "immediate supervisor"}
)


# The parenthesised placeholders' openings: PLACEHOLDER's own spelling, so
# that every text it can match is read. A regex that starts with a literal
# character is searched about as fast as str.find.
_OPENING = re.compile(r"\((?i:specify|insert|add|enter)")


# The other markers, by the character searched for (rarer than the marker's
# first, or the same), the marker, and where the marker starts before it.
_MARKERS = (("[", "[", 0), ("<", "<", 0), ("{", "{{", 0), ("X", "XXX", 0), ("B", "TBD", 1))
# Word's placeholders, by a regex that starts with their first letter: sre
# scans for it in C. A find of a word costs several times more in text that
# is not all ASCII (some 20 against 3 µs a notice), and so does one regex
# whose alternatives start with different letters (some 35 µs).
_WORDS_PLACEHOLDER = re.compile(r"C(?:lick |hoose an item\.|liquez |hoisissez un |lique )")
_IBERIAN_WORDS = (re.compile(r"Haga clic"), re.compile(r"Elija un "), re.compile(r"Escolh"))


def _marker_positions(text: str, *, iberian: bool = False) -> list[int]:
    """Where a placeholder may start in *text*, in order: every PLACEHOLDER match starts at one.

    With *iberian*, every match of the Spanish and Portuguese pattern too.
    """
    found = [match.start() for match in _OPENING.finditer(text)]
    found += [match.start() for match in _WORDS_PLACEHOLDER.finditer(text)]
    for words in _IBERIAN_WORDS if iberian else ():
        found += [match.start() for match in words.finditer(text)]
    for char, marker, before in _MARKERS:
        for at in positions(text, char, before):
            if text.startswith(marker, at - before):
                found.append(at - before)
    return sorted(set(found))


@rule(
    "TXT004",
    "duplicated-item",
    Severity.WARNING,
    failing={
        "position": {
            "qualifications": {
                "skills": ["Attention to detail.", "Teamwork.", "Attention to detail."]
            }
        }
    },
    passing={"position": {"qualifications": {"skills": ["Attention to detail.", "Teamwork."]}}},
)
def duplicated_item(context: Context) -> Iterator[Hit]:
    """The same item appears twice in one list.

    A duty or skill listed twice is a copy-and-paste slip; it sometimes
    replaced the item that was meant to be there.
    """
    for path, items in list_items(context.notice):
        if len(set(map(str.strip, items))) == len(items):
            continue  # no two alike: the usual case, settled without a loop
        seen: dict[str, int] = {}
        for index, text in enumerate(items):
            # Copies are copy-and-paste: the same characters, perhaps other spacing.
            key = text.strip()
            if not key:
                continue
            if key in seen:
                yield Hit(f"{path}[{index}]", f"repeats item {seen[key] + 1} of the same list")
            else:
                seen[key] = index


@rule(
    "TXT005",
    "numbering-gap",
    Severity.WARNING,
    failing={
        "position": {
            "responsibilities": [
                {"items": [{"text": "Plan.", "number": 1}, {"text": "Report.", "number": 3}]}
            ]
        }
    },
    passing={
        "position": {
            "responsibilities": [
                {"items": [{"text": "Plan.", "number": 1}, {"text": "Report.", "number": 2}]}
            ]
        }
    },
)
def numbering_gap(context: Context) -> Iterator[Hit]:
    """The numbered duties skip or repeat a number.

    Numbering that jumps from 3 to 5 usually means a duty was deleted or
    lost at a page break. Numbering may continue across groups, as in post
    descriptions.
    """
    previous: int | None = None
    for g, group in enumerate(context.notice.position.responsibilities):
        for i, item in enumerate(group.items):
            if item.number is None:
                continue
            if previous is not None and item.number != previous + 1:
                message = f"item numbered {item.number} follows {previous}"
                yield Hit(
                    f"$.position.responsibilities[{g}].items[{i}].number",
                    message,
                    str(previous + 1),
                )
            previous = item.number


@rule(
    "TXT006",
    "read-with-a-doubt",
    Severity.INFO,
    failing={},
    passing={},
    needs="doubts",
)
def read_with_a_doubt(context: Context) -> Iterator[Hit]:
    """The reader read a value it is not sure of, and says why.

    A date such as "03/12/2025" may be the 3rd of December or the 12th of
    March; a country told by a region alone may be wrong where the text
    names two stations; a page of several posts is read as one notice; a
    closing date, title, grade, duty station or reference stated twice
    says two things (the last is read); a PDF's page pypdf could not read,
    or read past damage in, may miss text, and so may a Word document cut
    short or damaged in a part; a length given in a fraction of its unit
    ("5.2 meses") is kept in the appointment's words, not as a duration. The value read is kept; the
    finding points at its source line for a person to check. (The examples
    cannot show this rule: it needs a notice read from text, passed to
    ``validate`` as the reader's result.)
    """
    for doubt in context.doubts:
        yield Hit(doubt.path, f"read with a doubt: {doubt.message}", line=doubt.line)
