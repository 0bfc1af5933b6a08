"""Who supervises the post: the supervision sentence, and the supervisors it names (internal).

"Under the overall supervision of the Chief of Mission and the direct
supervision of the Project Coordinator, the incumbent will...", "sous la
supervision directe du...", "bajo la supervisión directa de...", "sob a
supervisão direta do...", and the
post description form's "Reports directly to" lines ("12345 (Jane Doe) -
direct supervisor").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from iomjobs._text import fold
from iomjobs.model.position import SupervisionKind, Supervisor
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._places import BRACKETS_AT_END, is_place
from iomjobs.parse._vocabulary import SMALL_WORD, whole_words
from iomjobs.reference.countries import lookup_country

SUPERVISION: Final = re.compile(
    # "Under the general guidance of the Chief of Mission, the overall
    # supervision of...": notices since 2025 begin with the guidance.
    r"\b(?:under the|sous la|bajo la|sob a)\s+(?:\w+\s+){0,3}?"
    r"(?:supervision|supervisi[oó]n|supervis[ãa]o|guidance)"
    # "Under direct supervision of...", without "the"; "work under pressure with
    # minimum supervision" is a skill.
    r"|\bunder (?:direct|overall|general) (?:supervision|guidance)",
    re.IGNORECASE,
)
SUPERVISION_TWIN: Final = nocase.twin(SUPERVISION)
# How far into a paragraph "guidance" may be for the paragraph to begin "Under the ... guidance".
_GUIDANCE_WITHIN: Final = 60


def supervision_in(text: str) -> re.Match[str] | None:
    """Where *text* says "Under the ... supervision", "sous la supervision"..., if it does."""
    # A substring first: the pattern is slow on long paragraphs.
    if "upervis" not in text:
        return guidance_first(text)
    return nocase.search(SUPERVISION, SUPERVISION_TWIN, text, nocase.lowered(text))


def guidance_first(text: str) -> re.Match[str] | None:
    """Where *text* opens with "Under the guidance of..." and names no supervision.

    "Under the general guidance of the Head of Sub-Office, the incumbent
    will:" says who supervises the post; "under the guidance of" further on
    in a paragraph may be the Government's, and is not looked for.
    """
    if not text.startswith(("Under", "UNDER")) or "guidance" not in text[:_GUIDANCE_WITHIN]:
        return None
    return SUPERVISION.match(text)


# "the supervision of the Project Manager in Maiduguri,": where the supervisor
# sits, which a notice with no duty station field names for the post too.
SUPERVISOR_IN: Final = re.compile(
    # The supervisor's title a few words long: unbounded, a long paragraph with no
    # comma was searched to its end from each "supervision of" in it.
    r"\bsupervision of\s+(?:the\s+)?[^,]{0,200}?\bin\s+"
    r"(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s*,"
)


# The post description form's line: staff number, name in brackets, then the role.
_STAFF_LINE: Final = re.compile(
    r"^(?P<number>\d{5,})?\s*(?:\((?P<name>[^)]+)\))?\s*[-\u2013\u2014:]?\s*(?P<role>.*)$"
)
# How each kind of supervision is written in English, French, Spanish and Portuguese.
_SUPERVISION_WORDS: Final = tuple(
    (whole_words(words), kind)
    for kind, words in (
        # First: "general guidance" is no overall supervision.
        (SupervisionKind.GUIDANCE, ("guidance", "orientation", "orientación", "orientação")),
        (SupervisionKind.DIRECT, ("direct", "directe", "directa", "direta")),
        (SupervisionKind.OVERALL, ("overall", "générale", "general", "geral")),
        (SupervisionKind.ADMINISTRATIVE, ("administrative", "administrativa")),
        (SupervisionKind.TECHNICAL, ("technical", "technique", "técnica")),
        (SupervisionKind.FUNCTIONAL, ("functional", "fonctionnelle", "funcional")),
    )
)


def supervisor_line(text: str) -> Supervisor:
    """The supervisor one "Reports directly to" line names: "12345 (Jane Doe) - direct supervisor"."""
    match = _STAFF_LINE.match(text)
    if match is None or not (match.group("number") or match.group("name")):
        # "Chief of Mission – direct supervisor": the post, then the role
        # ("general guidance", "orientation générale" too).
        title, dash, role = text.rpartition(" \u2013 ")
        if dash and re.search(r"supervis|guidance|orienta", role, re.IGNORECASE):
            return Supervisor(
                _supervision_kind(role), title=_closed(title.strip()), as_written=text
            )
        return Supervisor(_supervision_kind(text), title=_closed(text), as_written=text)
    return Supervisor(
        kind=_supervision_kind(match.group("role")),
        name=match.group("name"),
        staff_number=match.group("number"),
        as_written=text,
    )


def _closed(title: str) -> str:
    """*title* without a closing bracket too many at its end: "...(Climate & Resilience))"."""
    if title.endswith("))") and title.count(")") > title.count("("):
        return title[:-1]
    return title


def _supervision_kind(text: str) -> SupervisionKind:
    lowered = text.lower()
    return next(
        (kind for words, kind in _SUPERVISION_WORDS if words.search(lowered)),
        SupervisionKind.UNSPECIFIED,
    )


# How a notice says the post works with someone besides its supervisor.
_WORKING_WITH: Final = "(?:coordination|cooperation|collaboration)"
# The words that say which supervision: "the overall supervision of...".
_KINDS: Final = "overall|general|direct|administrative|technical|functional"
# A supervision and its supervisor, from the word "supervision" (or "guidance")
# on: sre skips ahead to the first letter of a pattern that starts with a
# word, and tried one that started with the kind before it (a word boundary)
# at every position. supervisions_of() reads the kind before it, or the "the"
# without which the supervision names no supervisor: "ensure supervision of
# the drivers" is a duty.


def _supervision_of(words: str, stops: str) -> re.Pattern[str]:
    """The pattern of a supervision named by one of *words*, its title ended by *stops* too."""
    return re.compile(
        rf"(?P<word>{words})\s+of\s+(?:the\s+)?(?:of\s+the\s+)?"
        r"(?P<who>.+?)\s*(?=[,;:]"
        # "...of the Programme Manager and will:": the post's verb after the title.
        r"|\s+(?:and\s+)?(?:will|shall)\b"
        rf"|\s+and\s+(?:under\s+)?(?:the\s+)?(?:{_KINDS}{stops}|supervision\s+of|in\s+close"
        rf"|in\s+{_WORKING_WITH})\b"
        # "the Head of Unit (PDCU) in close coordination with...", "the Project
        # Manager and in cooperation with the Administrative Associate", "...Coordinator
        # at the Headquarters and under the administrative supervision of...", "the
        # Chief of Mission and the supervision of the Programme Manager" (a second
        # supervision, its kind unsaid): the title ends there.
        rf"|\s+in\s+(?:close\s+)?{_WORKING_WITH}\s+with\b|\.?$)",
        re.IGNORECASE,
    )


_SUPERVISION_OF: Final = _supervision_of("supervision", "")
# The same for a sentence that names a guidance too: "the general guidance of the
# Chief of Mission, the overall supervision of...". Apart, as sre searches a
# pattern that starts with one word faster, and tries each stop at every
# character of a title.
_GUIDANCE_OF: Final = _supervision_of("supervision|guidance", "|guidance")
_SUPERVISION_OF_TWIN: Final = nocase.twin(_SUPERVISION_OF)
_GUIDANCE_OF_TWIN: Final = nocase.twin(_GUIDANCE_OF)
_KIND_ENDS: Final = re.compile(rf"\b(?P<kind>{_KINDS})$", re.IGNORECASE)
_LONGEST_KIND: Final = max(map(len, _KINDS.split("|")))
_AFTER_THE: Final = re.compile(r"(?<=\bthe\s)", re.IGNORECASE)
# Between one supervision and the next it joins: "...of A and supervision of B".
_JOINED: Final = re.compile(r"\s*and\s", re.IGNORECASE)
# French: "Sous la supervision directe du coordonnateur AVRR et la supervision
# générale du chef de programme, le titulaire du poste...".
_SUPERVISOR_OF_FR: Final = re.compile(
    r"(?:\bsupervision\s+(?P<kind>directe|g[ée]n[ée]rale|globale|administrative|technique|fonctionnelle)|(?<=\bla\s)supervision)"
    r"\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?P<who>.+?)\s*"
    r"(?=[,;]|\s+et\s+(?:de\s+)?(?:(?:la|sous\s+la)\s+)?supervision|\s+et\s+en\s+(?:[ée]troite\s+)?coordination"
    r"|\.?$)",
    re.IGNORECASE,
)
# Spanish: "Bajo la supervisión directa de el/la Oficial Nacional del Programa, ...".
_SUPERVISOR_OF_ES: Final = re.compile(
    r"(?:\bsupervisi[oó]n\s+(?P<kind>directa|general|global|administrativa|t[ée]cnica|funcional)|(?<=\bla\s)supervisi[oó]n)"
    r"\s+(?:del|de\s+(?:el/la|la/el|el|la|los|las))\s*(?P<who>.+?)\s*"
    r"(?=[,;]|\s+y\s+(?:de\s+)?(?:(?:la|bajo\s+la)\s+)?supervisi[oó]n|\s+y\s+en\s+(?:estrecha\s+)?coordinaci[oó]n"
    r"|\.?$)",
    re.IGNORECASE,
)
# Portuguese: "Sob a supervisão geral do Chefe de Missão e a supervisão direta do
# Coordenador de Programa, o(a) Oficial de Projeto...". In the three, the article before
# the second supervision may be left out ("e supervisão direta do").
_SUPERVISOR_OF_PT: Final = re.compile(
    r"(?:\bsupervis[ãa]o\s+(?P<kind>direta|geral|global|administrativa|t[ée]cnica|funcional)|(?<=\ba\s)supervis[ãa]o)"
    r"\s+(?:do|da|dos|das|de)\s+(?P<who>.+?)\s*"
    r"(?=[,;]|\s+e\s+(?:da\s+|de\s+)?(?:(?:a|sob\s+a)\s+)?supervis[ãa]o|\s+e\s+em\s+(?:estreita\s+)?coordena[çc][ãa]o"
    r"|\.?$)",
    re.IGNORECASE,
)
# Between two supervisors of one kind, in French, Spanish or Portuguese: "et du", "y de la", "e do".
_SUPERVISORS_JOINED: Final = re.compile(
    r"\s\s*(?:et\s+(?:du|des|de\s+la)\s+|et\s+de\s+l['’]\s*|y\s+(?:del|de\s+(?:el/la|la/el|el|la|los|las))\s+"
    r"|e\s+(?:do|da|dos|das)\s+)"
)
# Between two supervisors of one kind, in English.
_AND_THE: Final = re.compile(r" and the (?=[A-Z])")
_ENGLISH_KINDS: Final = {
    **{kind.value: kind for kind in SupervisionKind},
    # "Under the general supervision of the Chief of Mission": the overall one.
    "general": SupervisionKind.OVERALL,
}
_FRENCH_KINDS: Final = {
    "directe": SupervisionKind.DIRECT,
    "generale": SupervisionKind.OVERALL,
    "globale": SupervisionKind.OVERALL,
    "administrative": SupervisionKind.ADMINISTRATIVE,
    "technique": SupervisionKind.TECHNICAL,
    "fonctionnelle": SupervisionKind.FUNCTIONAL,
}
_SPANISH_KINDS: Final = {
    "directa": SupervisionKind.DIRECT,
    "general": SupervisionKind.OVERALL,
    "global": SupervisionKind.OVERALL,
    "administrativa": SupervisionKind.ADMINISTRATIVE,
    "tecnica": SupervisionKind.TECHNICAL,
    "funcional": SupervisionKind.FUNCTIONAL,
}
_PORTUGUESE_KINDS: Final = {
    "direta": SupervisionKind.DIRECT,
    "geral": SupervisionKind.OVERALL,
    "global": SupervisionKind.OVERALL,
    "administrativa": SupervisionKind.ADMINISTRATIVE,
    "tecnica": SupervisionKind.TECHNICAL,
    "funcional": SupervisionKind.FUNCTIONAL,
}
_SUPERVISORS_ELSEWHERE: Final = (
    (_SUPERVISOR_OF_FR, _FRENCH_KINDS),
    (_SUPERVISOR_OF_ES, _SPANISH_KINDS),
    (_SUPERVISOR_OF_PT, _PORTUGUESE_KINDS),
)
# "the Chief of Mission", "a Project Manager": the article is no part of the post.
_LEADING_ARTICLE: Final = re.compile(r"^(?:(?:the|an?)\s+)+", re.IGNORECASE)
# The most words a piece of a title after a comma holds: more make a sentence.
_TITLE_PIECE_WORDS: Final = 6
# ", the Head of Programmes": another title after a comma, up to the next stop
# outside brackets. "..., the Movement Operations Associate (Movement Management,
# Port of Entry) is responsible" (unjobs.asia, 2025) lists no title: its brackets
# hold a comma, and after them the sentence goes on.
_LISTED_TITLE: Final = re.compile(
    r",\s+(?:and\s+)?the\s+(?P<title>[A-Z](?:[^,;.()]|\([^()]*\))*?)(?=\s*(?:[,;.]|$))"
)
# A comma, then a capital: a title that goes on ("Global Shelter, Land, and Site...");
# or its remark in brackets ("Senior Operations Assistant, (Movement and Data
# Processing), the Operations Assistant...", rapidjob.de, 2023).
_TITLE_GOES_ON: Final = re.compile(r",\s+(?:and\s+)?(?=[A-Z(])")
# Where _SUPERVISION_OF ends a title, but for the end of the text.
_TITLE_STOP: Final = re.compile(
    rf"[,;]|\s+and\s+(?:under\s+)?(?:the\s+)?(?:{_KINDS}|guidance|supervision\s+of|in close)\b"
    r"|\s+in\s+(?:close\s+)?coordination\s+with\b",
    re.IGNORECASE,
)


def supervisors_in(text: str) -> tuple[Supervisor, ...]:
    """The supervisors the supervision sentence *text* names, each with its kind."""
    found: list[Supervisor] = []
    for named, match in supervisions_of(text):
        if named is None and _supervision_given(text, match.start()):
            continue
        end = _who_ends(text, match.end("who"))
        who = _LEADING_ARTICLE.sub("", _without_subject(text[match.start("who") : end]).strip(" ,"))
        who = who.replace(", (", " (")  # "Senior Operations Assistant, (Movement and...)"
        kind = _kind_named(named, match)
        # "the Chief of Mission (CoM) and the National Senior Human Resources
        # Officer": two supervisors of one kind, as "et du", "y de la" join them.
        titles = [*_AND_THE.split(who), *_listed_after(text, end)]
        found.extend(
            Supervisor(kind, title=post_alone(title)) for title in titles if _names_a_post(title)
        )
    if not found:  # the same, in French, Spanish or Portuguese
        for pattern, kinds in _SUPERVISORS_ELSEWHERE:
            for match in pattern.finditer(text):
                named = match.group("kind")
                kind = kinds[fold(named)] if named else SupervisionKind.UNSPECIFIED
                who = text[match.start("who") : _countries_listed(text, match.end("who"))]
                # "du chef de programme et du chef de mission": two supervisors, one kind.
                titles = _SUPERVISORS_JOINED.split(_without_subject(who))
                found.extend(
                    Supervisor(kind, title=post_alone(title.strip(" ,"))) for title in titles
                )
    return tuple(found)


def _supervision_given(text: str, at: int) -> bool:
    """Whether "the supervision" at *at* is the post's own work, not the post's supervisor.

    "...the Senior Project Associate will be responsible for supporting the
    supervision of the AVR Counselling and Registration team" (IOM Algeria's
    notice, 2025): a verb, or "for", before "the"; "under the supervision
    of", "and the supervision of" name who supervises the post.
    """
    words = text[max(0, at - _GIVEN_REACH) : at].split()
    if len(words) < 2 or words[-1].lower() != "the":  # noqa: PLR2004 -- a word and "the"
        return False
    before = words[-2].lower()
    return before.endswith("ing") or before in _GIVING


# How far before "the supervision" the word before "the" is looked for.
_GIVEN_REACH: Final = 30
# The words before "the supervision of" that make the supervision the post's own work.
_GIVING: Final = frozenset(
    {"for", "ensure", "ensures", "provide", "provides", "support", "supports", "oversee",
     "oversees", "assist", "assists", "in"}
)  # fmt: skip


def _names_a_post(title: str) -> bool:
    """Whether *title* names a post, not only someone's "supervisor".

    "Interns ... are placed under the guidance of a supervisor" (iom.int's
    page on internships, no notice): "a supervisor", "his/her supervisor"
    say nothing of who supervises.
    """
    words = [word for word in title.lower().split() if word not in _POSSESSIVES]
    return words not in (["supervisor"], ["supervisors"])


_POSSESSIVES: Final = frozenset({"his/her", "her/his", "his", "her", "their", "its"})


def post_alone(title: str) -> str:
    """*title*, a supervisor's post, without the place it ends with: where the supervisor sits.

    "Senior Project Assistant in Dakar", "IOM Head of Office in Albania",
    "... Coordination Functions based in Barbados", "chef de mission de
    l'OIM en Algérie", "Project Coordinator (Albania)", "Staff Travel
    Coordinator at the Headquarters": the post is what comes before. The
    place must be a country's name or, after "in" (or "en", "à", "au",
    "em"), one the gazetteer knows ("Officer in Charge" stays whole); or
    the headquarters. The sentence that says it is kept as the notice's
    context, and tells the reader the duty station where no field does.
    """
    headquarters = _AT_HEADQUARTERS.search(title)
    if headquarters is not None and headquarters.start():
        return title[: headquarters.start()]
    bracketed = BRACKETS_AT_END.search(title) if title.endswith(")") else None
    if bracketed is not None:
        inside = bracketed.group("inside").strip()
        found = lookup_country(inside, codes=False) is not None
        return title[: bracketed.start()] if found and bracketed.start() else title
    openings = list(_PLACE_AFTER.finditer(title))
    last = openings[-1] if openings else None
    if last is None or last.start() == 0:
        return title
    place = title[last.end() :].strip()
    return title[: last.start()] if not _NOT_IN_A_PLACE.search(place) and is_place(place) else title


# Where a supervisor sits that is no place's name: "Staff Travel Coordinator at the
# Headquarters" (impactpool, IOM Manila, 2025), "... at HQ", "... au Siège".
_AT_HEADQUARTERS: Final = re.compile(
    r"\s\s*(?:(?:at|in)\s+(?:the\s+)?(?:IOM\s+)?(?:Headquarters|HQ)|au\s+Si[èe]ge|en\s+la\s+Sede)$",
    re.IGNORECASE,
)
# "in Dakar", "based in Barbados", "en Algérie", "au Sénégal", "em Pemba": a
# place's capital follows.
_PLACE_AFTER: Final = re.compile(r"(?:,?\s+based)?\s+(?:in|en|à|au|aux|em)\s+(?=[A-ZÀ-Þ])")
# What no place's name holds: the title goes on after the place ("in Dakar, Senegal").
_NOT_IN_A_PLACE: Final = re.compile(r"[,;:()]")


# A remark in brackets after a post: "Senior Project Associate (Climate & Resilience)".
_REMARK: Final = re.compile(r"\s*\(.*$")


def without_remark(title: str) -> str:
    """*title* without its remark in brackets: "Senior Project Associate"."""
    return _REMARK.sub("", title)


def with_sentence(
    labelled: Sequence[Supervisor], named: tuple[Supervisor, ...]
) -> tuple[Supervisor, ...] | None:
    """The supervisors a label *labelled*, with what the body's sentence *named* adds; or ``None``.

    "Report to : Senior Project Associate (Climate & Resilience)" names one
    supervisor, and not how they supervise; "Under the direct supervision of
    Senior Project Associate and the overall supervision of the Programme
    Coordinator" (IOM Indonesia, 2026) says it, and names another. The
    label's supervisor, as written there, takes the kind of the sentence's
    that names the same post; ``None`` where no one does, or where the label
    said more than one supervisor or how.
    """
    if len(labelled) != 1 or labelled[0].kind is not SupervisionKind.UNSPECIFIED:
        return None
    label = labelled[0]
    # The same post, or the label's with its remark in brackets.
    posts = {fold(label.title or ""), fold(without_remark(label.title or ""))}
    same = next((one for one in named if one.title and fold(one.title) in posts), None)
    if same is None:
        return None
    return tuple(
        attrs.evolve(label, kind=same.kind) if supervisor is same else supervisor
        for supervisor in named
    )


def _without_subject(who: str) -> str:
    """*who*, the supervisor's title, without the sentence's subject where no comma parted them.

    "Sous la supervision du Coordinateur de projet le consultant / la
    consultante sera responsable..." (mena-jobs, IOM Haiti): the title ends
    before "le consultant".
    """
    subject = _SUBJECT.search(who)
    return who[: subject.start()] if subject is not None and subject.start() > 0 else who


# The holder of the post, as a supervision sentence's subject names them.
_SUBJECT: Final = re.compile(
    r"\s\s*(?:(?:the|this)\s+(?:consultant|incumbent|intern|(?:successful|selected)\s+candidate"
    r"|(?:post|position|job)\s*holder)|s/he|he/she|she/he"
    r"|(?:le|la|le/la|la/le|l['’])\s*(?:consultant(?:e|\(e\))?|titulaire|stagiaire|candidat(?:e|\(e\))?)"
    r"|(?:el|la|el/la|la/el)\s+(?:persona\s+)?(?:consultor(?:a|/a|\(a\))?|titular|pasante|candidat[oa])"
    r"|(?:o|a|o/a|o\(a\))\s+(?:consultor(?:a|\(a\))?|titular|estagi[aá]ri[oa]))(?![\w(])",
    re.IGNORECASE,
)


def _kind_named(named: str | None, match: re.Match[str]) -> SupervisionKind:
    """The kind of the supervision *match*, whose kind is written *named* before it."""
    if match.group("word").lower() == "guidance":
        # "the general guidance of the Chief of Mission": general, overall or
        # technical, guidance is given from above the supervisors.
        return SupervisionKind.GUIDANCE
    return _ENGLISH_KINDS[named.lower()] if named else SupervisionKind.UNSPECIFIED


def supervisions_of(text: str) -> list[tuple[str | None, re.Match[str]]]:
    """Each "overall supervision of...", "the general guidance of..." in *text*, in order.

    The kind as written ("Overall"), or ``None`` after "the"; and the match
    of _SUPERVISION_OF, its "who" the supervisor (on *text* lowered, where
    lowering keeps every character in its place: the spans are the same).
    One supervision's title holds no other: the next is looked for after it.
    """
    found: list[tuple[str | None, re.Match[str]]] = []
    low = nocase.lowered(text)
    guided = "uidance" in text or "UIDANCE" in text
    if low is None:
        searched, pattern = text, _GUIDANCE_OF if guided else _SUPERVISION_OF
    else:
        searched, pattern = low, _GUIDANCE_OF_TWIN if guided else _SUPERVISION_OF_TWIN
    if low is not None and not nocase.may_match(pattern, low):
        return found
    done = start = 0  # where the last supervision found ends; where to look next
    while (match := pattern.search(searched, start)) is not None:
        at = match.start()
        kind = _kind_before(text, at, done)
        # "...of the Chief of Mission and supervision of the Programme Manager": a
        # second supervision joined to the first, with no article.
        joined = bool(found) and _JOINED.fullmatch(text, done, at) is not None
        if kind is not None or joined or _AFTER_THE.match(text, at) is not None:
            found.append((kind, match))
            done = start = match.end()
        else:  # "ensure supervision of the drivers and the supervision of...": look on
            start = at + 1
    return found


def _kind_before(text: str, at: int, done: int) -> str | None:
    """The kind ("overall") that whitespace alone parts from *at*, after *done*; else ``None``."""
    spaces = at
    while spaces > done and text[spaces - 1].isspace():
        spaces -= 1
    if spaces == at:
        return None
    kind = _KIND_ENDS.search(text, max(done, spaces - _LONGEST_KIND), spaces)
    return kind.group("kind") if kind is not None else None


def _listed_after(text: str, end: int) -> list[str]:
    """The supervisors of the same kind listed after the one that ends at *end*.

    "the overall supervision of the Chief of Mission, the Head of Programmes,
    and the direct supervision of..." (an internship call, IOM Djibouti,
    2025): a title in title case after ", the"; "..., the Intern will" is
    the sentence going on.
    """
    titles = []
    while (listed := _LISTED_TITLE.match(text, end)) is not None:
        title = listed.group("title")
        words = title.split()
        if len(words) > _TITLE_PIECE_WORDS or any(
            word[:1].islower() and len(word) > SMALL_WORD for word in words
        ):
            break
        titles.append(title)
        end = listed.end("title")
    return titles


def _countries_listed(text: str, end: int) -> int:
    """Where a title the pattern ended at a comma (*end*) ends, countries listed after it.

    "du Chef de mission au Sénégal avec fonction de coordination pour le
    Cap-Vert, la Gambie, la Guinée-Bissau et la Sierra Leone (COCF), et en
    coordination avec..." (yop.l-frii.com, IOM Senegal, 2025): each piece
    after a comma names countries (an article before each, "et" between,
    a bracket after), and the title goes on over them.
    """
    while (piece := _LISTED_PIECE.match(text, end)) is not None:
        names = _AND_BETWEEN.split(_BRACKET_AFTER.sub("", piece.group("names")))
        if not all(lookup_country(_ARTICLE.sub("", name), codes=False) for name in names):
            break
        end = piece.end()
    return end


# A piece of a title after a comma, up to the next stop; the words between two
# countries and before each, in French, Spanish, Portuguese and English; a bracket after.
_LISTED_PIECE: Final = re.compile(r",\s+(?P<names>[^,;.]+?)(?=\s*(?:[,;.]|$))")
_AND_BETWEEN: Final = re.compile(r"\s\s*(?:et|y|e|and)\s+")
_ARTICLE: Final = re.compile(r"^(?:la|le|les|l['’]|el|los|las|a|o|the)\s*(?=[A-ZÀ-Þ])")
_BRACKET_AFTER: Final = re.compile(r"\s*\([^()]*\)$")


def _who_ends(text: str, end: int) -> int:
    """Where the supervisor's title that _SUPERVISION_OF ended at *end* really ends.

    The pattern ends a title at a comma, as "..., the incumbent will" needs;
    a title that goes on after its comma with a capital is one with commas
    in it: "the Global Shelter, Land, and Site Coordination (SLSC) Coordinator".
    """
    while (goes_on := _TITLE_GOES_ON.match(text, end)) is not None:
        stop = _TITLE_STOP.search(text, goes_on.end())
        piece_ends = stop.start() if stop is not None else len(text)
        if len(text[goes_on.end() : piece_ends].split()) > _TITLE_PIECE_WORDS:
            break  # a sentence, not a piece of a title
        end = piece_ends
    return end


# Who reports, in a sentence that says whom to: the post's holder or the post.
_REPORTING: Final = (
    r"(?:[Tt]he|[Tt]his)\s+(?:(?:selected|successful|designated)\s+)?"
    r"(?:[A-Z][\w/()\-]*(?:\s+(?:of|and|for|[A-Z][\w/()\-]*)){0,6}"
    r"|position|post|incumbent|consultants?|intern|candidate|jobholder|staff\s+member|expert)"
    r"|S/he|He/She|She/He|He\s+or\s+she"
)
# "The consultant will report to the designated project manager or programme
# officer and will coordinate remotely with...", "The Project Assistant reports
# directly to the Project Officer.": whom the post reports to, its title up to
# a stop, a lower-case word after "and", or a lower-case preposition.
_REPORTS_TO: Final = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<subject>{_REPORTING})\s+"
    r"(?:(?:will|shall)\s+(?P<will>directly\s+)?report|reports)\s+(?P<directly>directly\s+)?to\s+"
    r"(?:the\s+)?(?P<who>[^,;.:]+?)"
    r"(?=\s*[,;.:]|\s+and\s+(?!the\s+[A-Z])[a-z]|\s+(?:on|for|in|at|who|through|regarding|with"
    r"|during|throughout|via|by|as|about|from|based|while|when|to|under|until|if)\s|\s*$)"
)


# "Reporting to the Programme Manager, the Project Assistant will:": a sentence that
# opens with whom the post reports to, the post named after the comma.
_REPORTING_TO: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))Reporting\s+(?P<directly>directly\s+)?to\s+(?:the\s+)?"
    r"(?P<who>[^,;.:]+?)(?=\s*,|\s+and\s+(?!the\s+[A-Z])[a-z])"
)


def reports_to_in(text: str) -> tuple[Supervisor, ...]:
    """The supervisors a sentence of *text* says the post reports to, if one does.

    For notices with no supervision sentence: consultancy calls, and job
    boards' rewritings, say "The consultant will report to..." instead, or
    open with it: "Reporting to the Programme Manager, the...".
    """
    # Substrings first: the pattern, tried at every sentence, is slow on long paragraphs.
    match = None
    if "report to" in text or "reports to" in text or "directly to" in text:
        match = next(
            (found for found in _REPORTS_TO.finditer(text) if _a_post(found.group("subject"))),
            None,
        )
    if match is None and "Reporting " in text:
        match = _REPORTING_TO.search(text)
    if match is None:
        return ()
    directly = match.groupdict().get("will") or match.group("directly")
    kind = SupervisionKind.DIRECT if directly else SupervisionKind.UNSPECIFIED
    # "the Chief of Mission and the Programme Manager": two supervisors.
    return tuple(Supervisor(kind, title=title) for title in _AND_THE.split(match.group("who")))


# The last words of a unit's name: "The Migration Health Division (MHD) reports
# to the Department of..." says how IOM is organised, not who supervises the post.
_UNITS: Final = frozenset(
    (
        "Division",
        "Unit",
        "Department",
        "Office",
        "Sub-Office",
        "Section",
        "Team",
        "Centre",
        "Center",
        "Mission",
        "Branch",
        "Programme",
        "Program",
        "Project",
        "Bureau",
        "Hub",
        "Cluster",
        "Group",
        "Organization",
        "IOM",
    )
)


def _a_post(subject: str) -> bool:
    """Whether *subject*, who reports in a sentence, is a post rather than a unit."""
    words = [word for word in subject.split() if not word.startswith("(")]
    return words[-1] not in _UNITS
