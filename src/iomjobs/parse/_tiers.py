"""Who may apply, and who is first-tier: the sentences and lists that say it (internal).

"For the purpose of this vacancy, the following candidates are considered
first-tier candidates: 1. Internal candidates 2. Candidates from the
following non-represented member states: Antigua and Barbuda; ...", in
English, French, Spanish and Portuguese, with the lists as notices and job boards
write them: bulleted, run into one line, wrapped, or with the bullets lost.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from iomjobs.model.notice import MemberStateEntry
from iomjobs.model.place import Country
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._leftover import says_more
from iomjobs.parse._segments import BULLET_FIRST, Segment, goes_on_below, joined_text
from iomjobs.parse._vocabulary import SPECIAL_LENGTH
from iomjobs.reference.countries import MOST_NAME_WORDS, countries_run_together, lookup_country

FIRST_TIER: Final = re.compile(
    r"first[- ]?tier|premier niveau|primer nivel|candidatos primarios"
    # French translations of the newer notices (Abidjan, 2025): "candidats de premier rang".
    r"|premier rang"
    # Portuguese copies (Mozambique, 2024): "candidatos de primeira linha".
    r"|primeira linha|primeiro n[íi]vel"
    # "Applications are welcome from first- and second-tier candidates...": the
    # paragraph's opening, a paragraph of its own where a line's end parted it.
    r"|first-? and second[- ]?tier|premier et (?:de )?(?:deuxi[eè]me|second) (?:niveau|rang)"
    # "Applications are welcome from internal and external candidates." (seed 003), so
    # parted from the rest where a line's end, at 64 columns, fell after it.
    r"|welcome from internal and external candidates"
    r"|primer y (?:de )?segundo nivel|primeira e segunda linha"
    # The list's French introduction, a line of its own below the paragraph ("Pour ce
    # poste vacant, les candidats suivants sont considérés comme prioritaires :"):
    # a paragraph of its own where no list follows it, a board having dropped it.
    r"|candidats suivants sont consid[ée]r[ée]s comme prioritaires",
    re.IGNORECASE,
)
INTERNAL: Final = re.compile(
    r"internal candidates|candidats internes|candidatos internos", re.IGNORECASE
)
WOMEN: Final = re.compile(
    r"female candidates|candidates externes|candidatas externas"
    # The second tier's exception in French, Spanish and Portuguese: "... et des
    # candidates", "y las candidatas", "e candidatas" (the feminine nouns name women,
    # as "female candidates" does).
    r"|\bdes candidates\b|\b(?:las|y|e) candidatas\b",
    re.IGNORECASE,
)
MEMBER_STATES: Final = re.compile(
    # Notices since 2025: "IOM Member States that are not represented among staff members".
    r"non-?represented member states|member states that are not represented"
    # Notices of 2018: "Qualified applicants from the following NMS countries:".
    r"|\bnms countries\b"
    r"|[ée]tats membres non repr[ée]sent[ée]s|estados miembros no representados"
    r"|estados[- ]membros n[ãa]o representados",
    re.IGNORECASE,
)
# "Nationals of the duty station's country cannot be considered": an item of
# the first-tier list, or a note.
NATIONALS_BARRED: Final = re.compile(
    r"nationals of the duty station.s country cannot be considered"
    r"|ressortissants du pays du lieu d.affectation ne peuvent"
    r"|nacionales del pa[íi]s del lugar de destino no pueden"
    r"|nacionais do pa[íi]s da esta[çc][ãa]o de trabalho n[ãa]o podem",
    re.IGNORECASE,
)
# The second tier's usual statement, which says no more than that external
# candidates may apply ("All external candidates, except candidates from
# non-represented member states of IOM."); a statement that says more ("...
# and female candidates.") is kept.
SECOND_TIER_EXTERNAL: Final = re.compile(
    r"all external candidates(?:,?\s+except\s+candidates\s+from\s+(?:the\s+(?:above\s+)?)?"
    r"non-?represented\s+member"
    r"\s+states(?:\s+of\s+IOM)?)?"
    r"|todos os candidatos externos(?:,?\s+exceto\s+candidatos\s+de\s+estados[- ]membros\s+n[ãa]o"
    r"\s+representados)?"
    # French and Spanish: "Tous les candidats externes, à l'exception des candidats
    # (provenant) d'États membres non représentés de l'OIM", "Todos los candidatos
    # externos, excepto los candidatos de los Estados miembros no representados".
    r"|tous\s+les\s+candidats\s+externes(?:,?\s+[àa]\s+l.exception\s+des\s+candidats\s+"
    r"(?:des|provenant\s+d.)\s*[ée]tats\s+membres\s+non\s+repr[ée]sent[ée]s(?:\s+de\s+l.oim)?)?"
    r"|todos\s+los\s+candidatos\s+externos(?:,?\s+(?:excepto|salvo|con\s+excepci[oó]n\s+de)"
    r"\s+(?:los\s+)?candidatos\s+de\s+(?:los\s+)?estados\s+miembros\s+no\s+representados"
    r"(?:\s+(?:de|en)\s+la\s+oim)?)?",
    re.IGNORECASE,
)
# Who is first-tier, said after a colon in the same paragraph rather than in a list.
INLINE_TIERS: Final = re.compile(
    r"(?:first[- ]?tier(?: candidates)?|premier (?:niveau|rang)|primer nivel|candidatos primarios"
    r"|primeira linha|primeiro n[íi]vel)"
    r"\s*:\s*(?P<listed>\S.*)$",
    re.IGNORECASE,
)
INTERNAL_FIRST: Final = re.compile(
    # Notices of 2025 name internal-equivalent candidates with the internal ones.
    r"internal (?:and internal[- ]equivalent )?candidates are considered (?:as )?first[- ]?tier"
    # The internal-equivalent ones with them, in French, Spanish and Portuguese too:
    # "les candidats internes et les candidats assimilés à des candidats internes sont
    # considérés...", "los candidatos internos y los candidatos equivalentes a internos...".
    r"|candidats internes (?:et (?:les )?candidats assimil[ée]s [àa] des candidats internes )?"
    r"sont consid[ée]r[ée]s comme (?:des )?candidats de premier (?:niveau|rang)"
    r"|candidatos internos (?:y (?:los )?candidatos equivalentes a (?:los )?internos )?"
    r"se consideran (?:como )?candidatos (?:primarios|de primer nivel)"
    r"|candidatos internos (?:e (?:os )?candidatos equivalentes a (?:os )?internos )?"
    r"s[ãa]o considerados (?:como )?candidatos de (?:primeira linha|primeiro n[íi]vel)",
    re.IGNORECASE,
)
_BOTH_TIERS: Final = re.compile(
    r"internal and external candidates|second[- ]?tier"
    r"|candidat(?:ure)?s internes et externes|(?:deuxi[eè]me|second) (?:niveau|rang)"
    r"|candidatos internos y externos"
    r"|candidatos internos e externos|segunda linha|segundo n[íi]vel",
    re.IGNORECASE,
)
# The opening that welcomes applications from the non-represented member
# countries (notices since 2025: "... as well as applications from the
# non-represented member countries of IOM."; in French, "... ainsi que celles
# des pays membres non représentés de l'OIM"): a list of them is to follow.
_MEMBER_COUNTRIES_WELCOMED: Final = re.compile(
    r"applications from the non-?represented member countries"
    r"|(?:celles|candidatures) des pays membres non repr[ée]sent[ée]s",
    re.IGNORECASE,
)
# Whom an internal vacancy welcomes, where an open one says "internal and
# external" or "first- and second-tier candidates".
WELCOMES_INTERNAL: Final = re.compile(
    r"welcome from internal (?:and internal[- ]equivalent )?candidates(?: only)?(?:\.|$)",
    re.IGNORECASE,
)
# The rule every notice states, "For all IOM vacancies, applications from
# ... first-tier candidates are considered before those of ... second-tier
# candidates": it names the second tier whether or not this vacancy is open to it.
_GENERAL_RULE: Final = re.compile(
    r"for all iom vacancies|pour tous les postes vacants|para todas las vacantes"
    r"|para todas as vagas",
    re.IGNORECASE,
)
ONLY_FIRST_TIER: Final = re.compile(
    r"only first[- ]?tier candidates will be considered"
    r"|seuls les candidats de premier (?:niveau|rang) seront"
    r"|s[oó]lo se considerar[aá]n (?:a )?(?:los )?candidatos (?:primarios|de primer nivel)"
    r"|(?:apenas|somente) (?:os )?candidatos de (?:primeira linha|primeiro n[íi]vel) ser[ãa]o",
    re.IGNORECASE,
)
# An expedited recruitment, or any other closed to external candidates.
INTERNAL_ONLY: Final = re.compile(
    r"\bonly (?:applications )?(?:from )?internal (?:candidates|applicants)"
    r"|\binternal (?:candidates|applicants) only"
    r"|\bs[oó]lo se aceptar[aá]n (?:postulaciones|candidaturas) de (?:candidat[oa]s|personas) intern[oa]s"
    r"|\buniquement (?:aux |les )?candidat(?:ure)?s internes|\bseules les candidatures internes",
    re.IGNORECASE,
)

# Whom a notice with no tiers (an ungraded post's, 2025) opens to: "Internal
# and external candidates will be considered for this vacancy."; IOM
# Guatemala's: "Los candidatos internos y externos son elegibles para postularse";
# IOM Algeria's, a paragraph of its own where a wrap ended it: "Les candidatures
# internes et externes sont les bienvenues."
OPEN_TO_BOTH: Final = re.compile(
    r"\binternal and external candidates (?:will be considered|are eligible|may apply)"
    r"|\bcandidatos internos y externos (?:son elegibles|pueden postular|ser[áa]n considerados)"
    r"|\bse aceptan (?:solicitudes|postulaciones|candidaturas) de candidatos internos y externos"
    r"|\bcandidatures internes et externes sont (?:les )?bienvenues"
    # The same in the words of IOM's French, Spanish and Portuguese notices.
    r"|\bcandidat(?:ure)?s (?:des candidats )?internes et externes "
    r"(?:sont (?:les )?bienvenu|peuvent postuler|sont [ée]ligibles|seront consid[ée]r)"
    r"|\bbienvenues de la part des candidats internes et externes"
    r"|\bcandidatos internos e externos (?:s[ãa]o eleg[íi]veis|podem candidatar|ser[ãa]o considerados)"
    r"|\bbem-vindas (?:as )?candidaturas de candidatos internos e externos"
    r"|\bcandidaturas de candidatos internos e externos s[ãa]o bem-vindas"
    # "This vacancy is open to both internal and external candidates.", "Ce poste est
    # ouvert aux candidats internes et externes.", "Esta vacante está abierta a
    # candidatos internos y externos.", "Vaga aberta a candidatos internos e externos."
    r"|\bopen to (?:both )?internal and external (?:candidates|applicants)"
    r"|\bouverte? (?:à la fois )?aux candidat(?:\(e\))?e?s internes et externes"
    r"|\babiert[ao] (?:tanto )?(?:a|para) (?:los |las )?(?:candidat[oa]s|personas|postulantes)"
    r"(?:/as)? intern[oa]s y extern[oa]s"
    r"|\babert[ao] (?:a|para) (?:os |as )?candidat[oa]s intern[oa]s e extern[oa]s",
    re.IGNORECASE,
)


FIRST_TIER_TWIN: Final = nocase.twin(FIRST_TIER)
INTERNAL_TWIN: Final = nocase.twin(INTERNAL)
WOMEN_TWIN: Final = nocase.twin(WOMEN)
MEMBER_STATES_TWIN: Final = nocase.twin(MEMBER_STATES)
NATIONALS_BARRED_TWIN: Final = nocase.twin(NATIONALS_BARRED)
INTERNAL_FIRST_TWIN: Final = nocase.twin(INTERNAL_FIRST)
_BOTH_TIERS_TWIN: Final = nocase.twin(_BOTH_TIERS)
WELCOMES_INTERNAL_TWIN: Final = nocase.twin(WELCOMES_INTERNAL)
_GENERAL_RULE_TWIN: Final = nocase.twin(_GENERAL_RULE)
ONLY_FIRST_TIER_TWIN: Final = nocase.twin(ONLY_FIRST_TIER)
INTERNAL_ONLY_TWIN: Final = nocase.twin(INTERNAL_ONLY)
OPEN_TO_BOTH_TWIN: Final = nocase.twin(OPEN_TO_BOTH)
_MEMBER_COUNTRIES_WELCOMED_TWIN: Final = nocase.twin(_MEMBER_COUNTRIES_WELCOMED)


# Values, immutable: each country a list names is built once.
_country = functools.lru_cache(maxsize=512)(Country)


def introduction_lines(content: list[Segment], index: int) -> int:
    """How many lines from ``content[index]`` introduce a list below them: 0, 1 or 2.

    A short line ending in a colon, or such a line wrapped onto the next
    ("Pour ce poste vacant, les candidats suivants sont considérés comme" /
    "prioritaires :", "... considérés comme prioritaires" / ":").
    """
    for count in (1, 2):
        lines = content[index : index + count]
        if len(lines) < count or not _introduces(lines[-1], content, index + count):
            continue
        if count == 1 or _wrapped_onto(lines[0], lines[1]):
            return count
    return 0


def first_item_cut(line: Segment, below: Segment | None) -> tuple[Segment, Segment] | None:
    """*line* cut where the list's first item ran into it, above the next item *below*.

    "Pour ce poste vacant, les candidats suivants sont considérés comme
    prioritaires : - candidats internes", the other items below (" -
    candidates externes"): a page that lost the line's end after the colon.
    The introduction, and the item.
    """
    if below is None or not below.bullet:
        return None
    item = _ITEM_AFTER_COLON.search(line.text)
    if item is None:
        return None
    introduction = Segment(line.number, line.text[: item.start() + 1].rstrip())
    return introduction, Segment(line.number, line.text[item.start() + 1 :].lstrip())


# Where a bulleted item begins after the colon that introduces its list.
_ITEM_AFTER_COLON: Final = re.compile(r":\s+[-*\u2022\u2013]\s+(?=\S)")


def _introduces(line: Segment, content: list[Segment], below: int) -> bool:
    # A short line ending in a colon, with a list right below it.
    if below >= len(content) or not (content[below].bullet or names_member_states(content[below])):
        return False
    return (
        not line.bullet
        and line.text.endswith(":")
        and len(line.text) < SPECIAL_LENGTH
        and not tier_item(line)  # "Candidates from the following...:" is the list's item
    )


def _wrapped_onto(above: Segment, below: Segment) -> bool:
    # A line that ends no sentence, and the line right below it, in lower case or
    # the colon alone (a French " :" wrapped at its space).
    return (
        not above.bullet
        and below.number == above.number + 1
        and not above.text.endswith((".", ":", ";"))
        and (below.text[:1].islower() or below.text == ":")
    )


def tier_item(segment: Segment) -> bool:
    """Whether *segment*, below the first-tier paragraph, is an item of its list.

    A bullet, or an item whose bullet a job board dropped: alone ("Candidates
    from the following non-represented member states:"), run into the item
    before it ("Internal candidates Candidates from the following..."), or
    the bullet left alone on the line above ("-"). The member states' item
    may hold its list after the colon: "...member states: Antigua and
    Barbuda, Bahamas, ...".
    """
    if segment.bullet:
        return True
    text = segment.text
    if len(text) == 1:
        return text in BULLET_FIRST
    short = len(text) <= SPECIAL_LENGTH
    introduction, colon, listed = text.rpartition(":")
    # The list's first names on the item's line, wrapped ("...states: Antigua
    # and" / "Barbuda, ..."), or all of them on a line no wrap cut.
    if colon and MEMBER_STATES.search(introduction) and (short or is_list(listed)):
        return True
    # "(1) candidats internes", "1 - candidats internes": a number that, before a
    # small letter, may begin a sentence's wrapped line too, and so is no bullet;
    # in this list it is one.
    text = _NUMBER_BEFORE_SMALL.sub("", text, count=1) if text[:1] in "(0123456789" else text
    # "External female candidates." after the list of member states (IOM Libya, 2021).
    return short and (INTERNAL.match(text) is not None or _WOMEN_ITEM.fullmatch(text) is not None)


_NUMBER_BEFORE_SMALL: Final = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2} ?[-\u2013])\s+(?=[a-z])")


# The external women's item as a line of its own, nothing else on it.
_WOMEN_ITEM: Final = re.compile(
    r"(?:external\s+)?(?:qualified\s+)?female\s+candidates[.;]?"
    r"|candidates\s+externes[.;]?|candidatas\s+externas[.;]?",
    re.IGNORECASE,
)


def names_tier(item: str, low: str | None) -> bool:
    """Whether the first-tier list's *item* (lowered *low*) names what the reader reads of it.

    Internal candidates, external women, the non-represented member states,
    or the duty station's nationals barred.
    """
    return (
        nocase.found(INTERNAL, INTERNAL_TWIN, item, low)
        or nocase.found(WOMEN, WOMEN_TWIN, item, low)
        or nocase.found(MEMBER_STATES, MEMBER_STATES_TWIN, item, low)
        or nocase.found(NATIONALS_BARRED, NATIONALS_BARRED_TWIN, item, low)
    )


def says_more_than_tiers(item: str, *, names_states: bool) -> bool:
    """Whether the first-tier list's *item* says more than the tiers it names.

    "Internal candidates (staff on fixed-term contracts)": the flag holds
    the tier, and nothing the rest. Where the item *names_states*, the
    names after its colon are read as the list's entries.
    """
    said = item.partition(":")[0] if names_states else item
    return says_more(said, (), _TIER_WORDS)


# The words of the tiers' items, folded, in English, French, Spanish and
# Portuguese: "Internal candidates", "Qualified applicants from the following NMS
# countries", "Candidates from the following IOM Member States that are not
# represented among staff members in the Professional and higher categories",
# "Nationals of the duty station's country cannot be considered eligible".
# (Words, not the patterns' spans: a set's lookups cost less than the searches.)
_TIER_WORDS: Final = frozenset(
    {"candidates", "candidate", "qualified", "applicants", "from", "the", "following", "iom"}
    | {"internal", "external", "female", "member", "members", "states", "that", "are", "not"}
    | {"among", "non", "represented", "staff", "in", "professional", "and", "higher", "of"}
    | {"categories", "nms", "countries", "nationals", "duty", "station", "s", "country"}
    | {"cannot", "be", "considered", "eligible"}
    | {"candidats", "candidates", "des", "suivants", "etats", "membres", "representes", "de"}
    | {"l", "oim", "internes", "externes", "qualifies", "et", "les", "ressortissants", "du"}
    | {"pays", "lieu", "d", "affectation", "ne", "peuvent", "etre", "consideres", "eligibles"}
    | {"candidatos", "candidatas", "los", "las", "siguientes", "estados", "miembros", "no"}
    | {"representados", "internos", "externas", "y", "el", "la", "nacionales", "del", "pais"}
    | {"lugar", "destino", "pueden", "ser", "considerados", "elegibles"}
    | {"dos", "seguintes", "nao", "e", "qualificados", "os", "as", "nacionais", "da"}
    | {"estacao", "trabalho", "podem", "elegiveis", "membros", "do"}
)


def tier_item_at(content: list[Segment], index: int) -> bool:
    """Whether ``content[index]`` is an item of the first-tier list (:func:`tier_item`).

    Its line alone, or with the line below where a wrap cut its introduction:
    "Candidates from the following non-represented" / "member states:
    Antigua and Barbuda, ...".
    """
    segment = content[index]
    if tier_item(segment):
        return True
    below = content[index + 1] if index + 1 < len(content) else None
    return (
        below is not None
        and goes_on_below(segment, below)
        and tier_item(Segment(segment.number, joined_text(segment.text, below.text)))
    )


def welcomes_both_tiers(text: str, low: str | None) -> bool:
    """Whether the first-tier paragraph *text* opens the vacancy to second-tier candidates.

    The general rule's sentence does not: it names both tiers in every notice.
    *low* is *text* lowered, as :func:`nocase.lowered` gives it.
    """
    rule = nocase.search(_GENERAL_RULE, _GENERAL_RULE_TWIN, text, low)
    if rule is not None:
        end = text.find(". ", rule.end())
        after = end + 2 if end >= 0 else len(text)
        text = text[: rule.start()] + text[after:]
        low = low[: rule.start()] + low[after:] if low is not None else None
    return nocase.found(_BOTH_TIERS, _BOTH_TIERS_TWIN, text, low)


def welcomes_member_states(text: str, low: str | None) -> bool:
    """Whether the first-tier paragraph *text* welcomes the non-represented member countries.

    Its list of them is to follow. *low* is *text* lowered, as
    :func:`nocase.lowered` gives it.
    """
    return nocase.found(_MEMBER_COUNTRIES_WELCOMED, _MEMBER_COUNTRIES_WELCOMED_TWIN, text, low)


def names_member_states(segment: Segment) -> bool:
    """Whether *segment* is a list of countries alone, no list item: "Antigua and Barbuda; Barbados; ..."."""
    if segment.bullet or not is_list(segment.text):
        return False
    if not separated(segment.text):
        return True  # every word in a country's name, or the start of one (is_list)
    separator = ";" if ";" in segment.text else ","
    first, second, *_ = [*segment.text.split(separator, 2), ""]
    return lookup_country(first.strip()) is not None and lookup_country(second.strip()) is not None


def is_list(text: str) -> bool:
    """Whether *text* lists names: with separators, or two countries or more run together."""
    return separated(text) or sum(code is not None for _, code in run_together(text)) > 1


def run_together(text: str) -> tuple[tuple[str, str | None], ...]:
    """The names *text* runs together, the last perhaps cut by the line's end; empty if it does not."""
    return countries_run_together(text.rstrip("."), open_end=True) or ()


def separated(text: str) -> bool:
    """Whether *text* holds a separator of names: a comma, or a semicolon."""
    # Member-state lists separate names with commas, or, where names hold
    # commas ("Bolivia, Plurinational State of"), with semicolons.
    return "," in text or ";" in text


def without_introduction(text: str) -> str:
    """The list in *text*, without the words that introduce it before a colon.

    "Candidates from the following non-represented member states: Antigua
    and Barbuda, Bahamas, ...": notices copied from web pages repeat the
    introduction on the list's own line. A list of one name is one too:
    "...member states: Barbados".
    """
    words, colon, names = text.partition(":")
    if not colon or lookup_country(words) is not None:
        return text
    if is_list(names) or lookup_country(names.strip().rstrip(".")) is not None:
        return names
    return text


def member_entries(text: str) -> tuple[MemberStateEntry, ...]:
    """The entries of the list of names *text*, each with its country where it names one."""
    if not separated(text):
        # A board that strips punctuation ran the names together (is_list).
        return tuple(
            MemberStateEntry(name, _country(code) if code else None)
            for name, code in run_together(text)
        )
    separator = ";" if ";" in text else ","
    pieces = [piece.strip() for piece in text.rstrip(".").split(separator)]
    entries: list[MemberStateEntry] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        code = lookup_country(piece)
        if code is None and separator == "," and index + 1 < len(pieces):
            # "Tanzania, the United Republic of": a name with a comma in it.
            joined = f"{piece}, {pieces[index + 1]}"
            joined_code = lookup_country(joined)
            if joined_code is not None:
                entries.append(MemberStateEntry(joined, _country(joined_code)))
                index += 2
                continue
        if piece:
            entries.append(MemberStateEntry(piece, _country(code) if code else None))
        index += 1
    return tuple(entries)


def goes_on(segment: Segment) -> bool:
    """Whether *segment* may go on with a list of names: more names, or a last one or two."""
    text = segment.text
    return not segment.bullet and ("," in text or ";" in text or len(text.split()) <= _LAST_NAMES)


# What ends a line of names that the next goes on: "..., Czech Republic," / "Libya; Luxembourg;".
NAME_SEPARATORS: Final = (",", ";")


# The most words the last line of a wrapped list of names holds with no comma.
_LAST_NAMES: Final = 4


def name_cut(above: str, below: str) -> bool:
    """Whether a list of names was wrapped inside a name, between *above* and *below*.

    "Comoros, Nauru, Tonga, Samoa, Marshall" / "Islands", "Guinea-" /
    "Bissau", "Lao" / "People's Democratic Republic (the)": the last piece
    above, with no separator after it, and the first below name a country
    together (the piece above may name one alone).
    """
    separator = ";" if ";" in above or ";" in below else ","
    head = above.rpartition(separator)[2].strip()
    tail = below.partition(separator)[0].strip().rstrip(".")
    return bool(head and tail) and lookup_country(joined_text(head, tail)) is not None


def name_lines(content: list[Segment], index: int) -> list[Segment]:
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
    listed = listed_part(lines[-1].text)
    return [*lines, *names_below(listed, content, index + len(lines))]


def listed_part(text: str) -> str:
    # The names on a line that may repeat the list's introduction before a colon.
    return text.partition(":")[2].strip() or text


def names_below(listed: str, content: list[Segment], index: int) -> list[Segment]:
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
        if segment.bullet or separated(segment.text):
            break
        names = run_together(f"{listed} {segment.text}")
        if not names:
            break
        lines.append(segment)
        listed = _unsettled(names)
    return lines


def _unsettled(names: tuple[tuple[str, str | None], ...]) -> str:
    """The last of *names*, those the words of the next line may still change, run together again.

    Each name is the longest run of words, :data:`MOST_NAME_WORDS` at most,
    that names a country: one that begins that many words before the end is
    settled, whatever follows, and so are those before it. Only the names
    after them are read again with the next line: read again from the list's
    first line each time, a list so wrapped over hundreds of lines took a minute.
    """
    counts = [len(name.split()) for name, _ in names]
    total, at = sum(counts), 0
    for index, count in enumerate(counts):
        if at + MOST_NAME_WORDS > total:
            return " ".join(written for written, _ in names[index:])
        at += count
    return ""
