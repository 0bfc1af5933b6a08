"""What the post is called: titles on a job board's first line and in the body (internal).

A board's first line gives the title with its reference and tags ("SVN
2018/114 (P) - PSEA Network Coordinator", "... - Geneva Switzerland"); a
body with no header names it in the sentence that introduces the duties
("the Project Officer will oversee...", "el/la Asistente de Operaciones,
será responsable de..."). A title may name the contract too ("Intern -
...", "Consultoría para...").
"""

from __future__ import annotations

import re
from typing import Final

from iomjobs._text import NUMBER_WORDS, fold, is_word_char, number
from iomjobs.model.notice import ContractType
from iomjobs.model.place import Country, DutyStation
from iomjobs.parse import _places as places
from iomjobs.parse._nationals import NATIONALS_MARK, read_nationalities
from iomjobs.parse._nocase import has_either_case
from iomjobs.parse._segments import markdown_heading
from iomjobs.parse._supervision import supervision_in

# A board's count of the posts on its page, where a title would stand: "08 postes".
POSTS: Final = frozenset({"postes", "posts", "positions", "puestos", "vacantes"})
# ... or at the start of the page's heading: "02 Postes vacants à l’OIM (05 Décembre 2025)".
POSTS_COUNT: Final = rf"(?P<count>\d{{1,3}})[ \t]+(?:{'|'.join(sorted(POSTS))})\b"
_POSTS_HEADING: Final = re.compile(POSTS_COUNT, re.IGNORECASE)
# The most lines a title wraps over.
TITLE_LINES: Final = 4
# What markdown writes around a line: a heading's marks, emphasis; and its spaces.
_MARKDOWN: Final = " \t#*_"


def posts_in_heading(line: str) -> int | None:
    """The count of posts a page's heading begins with, two or more: "02 Postes vacants...".

    Not where the heading names the post: "2 Positions of Field Assistant"
    is one notice's count of its posts. Markdown's marks before it are read past.
    """
    line = line.lstrip(_MARKDOWN)
    found = _POSTS_HEADING.match(line) if line[:1].isdigit() else None
    count = int(found.group("count")) if found is not None else 0
    return count if count > 1 and _POST_WORD.search(line) is None else None


# A job board's first line: an IOM reference, then the title ("Expedited" aside).
# References of 2018 put a space before the year: "CON 2018/39", "SVN 2018/123";
# those of the newer system a space before the number: "CFA 004/2026" (untalent, 2026);
# IOM Mexico's consultancies, the country's code first: "MX029-2025"; IOM El
# Salvador's and Guatemala's, the year first: "Consultoría 2024/009: Servicios...",
# "Consultoria GT2023/001 Desarrollo...", in English the title quoted: "Consulting
# 2023/035: “ Recommendations for...”" (worldngojobs, 2023); the word in capitals too.
# An expedited recruitment's says so first: "EXPEDITED SVN-US97-2025-021 Movement
# Operations Associate (Movement Management)" (unjobs.asia, 2025).
BOARD_TITLE_LINE: Final = re.compile(
    r"(?:(?i:expedited)\s+)?(?P<reference>(?:S?VN|CFA|CFCV)[-/][A-Z0-9/.-]*\d[A-Z0-9/.-]*|(?:S?VN|CON) (?:19|20)\d\d[/ ]\d+"
    r"|(?:S?VN|CFA) \d{1,4}/(?:19|20)\d\d"
    # The year run into the letters: "CFA2025 – 006 Assistant VBG..." (unjobline, IOM Haiti, 2025).
    r"|(?:S?VN|CFA|CFCV)(?:19|20)\d\d(?: [-\u2013] |[-./] ?)\d{1,5}"
    r"|[A-Z]{2}\d{3}[-/](?:19|20)\d\d"
    r"|(?i:consultor[ií]a|consulting|consultancy) (?:[A-Z]{2})?(?:19|20)\d\d/\d{2,3})"
    # "SVN 2018/114 (P) - PSEA Network Coordinator...": the recruiting type after it.
    r"(?:\s+\((?P<mark>P|G|NO|UG)\))?"
    # "MX032-2025- Consultoría para...": the dash right after the reference (uncareer, 2025);
    # a colon after a space, as French typography (and Word set to French) writes it, or
    # with none after it, as a copy out of a PDF may.
    # A bar, as a board of 2025 parts them: "CON 2025 009 | Recruitment Fees and... Consultant".
    r"(?:\s+[-\u2013]\s+(?:(?i:expedited)\s+[-\u2013]\s+)?|[-\u2013]?\s+|\s*[:|]\s*)"
    # A quoted title, its quotation marks no part of it.
    r"(?:(?P<quote>[\"“«])\s*)?(?P<title>[A-ZÀ-Ý].{2,250}?)(?(quote)\s*[\"”»]?)$"
)
# A reference on a line of its own, the office's country code after it: "CON 2017/02 –
# RW" (IOM Rwanda's call for a consultant, 2017, below the cells of its table).
# Or the office's code first, after the kind of call: "CONSULTORIA MX002/2024" (IOM
# Mexico's call for a consultant, 2024, the heading above its header). Or the kind and
# the office's code, then the number and the year, either first: "SVN/IOMSO/005/2020"
# (IOM Somalia, 2020), "IOMKCO/CFA/003/2021" (IOM Kenya, 2021), as their fields give them.
# The number before the year, or after the year and a dot, as a board's line names
# the post after them: "VN 021/2025" (IOM Manila), "SVN2026. 19093" (IOM Yemen, 2026),
# "CFCV2021.51" (IOM Nigeria, 2021); the organization's name first, the year in two
# figures: "IOM-CFA/0120/23" (a consultancy's terms of reference, 2023).
REFERENCE_ALONE: Final = re.compile(
    r"(?:S?VN|CFA|CFCV|CON|EOI)[ /-]?(?:19|20)\d\d/\d{1,4}(?:\s*[-\u2013]\s*[A-Z]{2})?"
    r"|(?:S?VN|CFA|CFCV|CON|EOI)[ /-]?\d{1,4}/(?:19|20)\d\d"
    r"|(?:S?VN|CFA|CFCV)(?:19|20)\d\d\. ?\d{1,5}"
    r"|IOM-(?:S?VN|CFA|CON|EOI)/\d{1,4}/(?:19|20)?\d\d"
    r"|(?i:consultor[ií]a|consultancy) [A-Z]{2}\d{3}/(?:19|20)\d\d"
    r"|(?:(?:S?VN|CFA|CON|EOI)/[A-Z]{2,8}|[A-Z]{2,8}/(?:S?VN|CFA|CON|EOI))/\d{1,4}/(?:19|20)\d\d"
)
# A job board's first line may end in the notice's tags, none of them a title's words:
# its kind, who may apply, and its grade ("... (Field Support) - UG", uncareer, 2025),
# the grade also glued to the title, a remark in brackets after it ("Programme
# Associate (FAP)-G5 (Temporary Hiring)", ingo.work, 2026).
_GRADE_TAG: Final = r"ug|g-?[1-7]|p-?[1-6]|d-?[12]|no-?[a-d]"
_TITLE_TAG: Final = (
    rf"(?:expedited(?:\s+s?vn)?|s?vn|part[- ]time|for internal candidates only|{_GRADE_TAG})"
)
TITLE_TAGS: Final = re.compile(
    rf"(?:\s+[-\u2013]\s+{_TITLE_TAG}|[-\u2013](?:{_GRADE_TAG})\b)+(?:\s+\([^()]{{1,40}}\))?$",
    re.IGNORECASE,
)
ONE_TAG: Final = re.compile(_TITLE_TAG, re.IGNORECASE)
# A grade among the tags.
GRADE_TAG: Final = re.compile(rf"\b(?:{_GRADE_TAG})\b", re.IGNORECASE)
# What joins a title to its unit on a board's first line: "Programme Support Unit (PSU) - Intern".
TITLE_DASH: Final = re.compile(r" [-–] ")


def title_parts(title: str) -> tuple[str, tuple[str, ...]]:
    """*title*, and what an office joined to it with underscores: its contract, its unit.

    "Assistant VBG Reponse mobile_Consultant_Protection Unit" (IOM Haiti's
    calls, unjobline, 2025) is the "Assistant VBG Reponse mobile", a
    consultant's post, in the Protection Unit.
    """
    parts = [part.strip() for part in title.split("_")]
    if len(parts) == 1 or not all(any(c.isalpha() for c in part) for part in parts):
        return title, ()
    return parts[0], tuple(parts[1:])


def board_title(line: str) -> str | None:
    """The title a board's line gives alone: no "IOM :" before it, no place after it."""
    post = post_line(line)
    return without_place(post) if post is not None else None


def post_line(line: str) -> str | None:
    """*line* without a board's name for IOM, if it then reads as a post's title.

    A markdown heading's marks are no part of it: "# Head of Sub-Office (P-3)
    - Douala" (a board's markdown copy of IOM Cameroon's notice, 2026).
    """
    line = without_organization(line[markdown_heading(line) :])
    named = _TERMS_OF_REFERENCE.match(line)
    if named is not None:
        # "TERMS OF REFERENCE – National MEAL Consultant": the post after the
        # document's name; "TERMS OF REFERENCE FOR CONSULTANTS" names none.
        line = line[named.end() :]
    # Nor does a board's heading of consultants in general: "Consultants at
    # International Organization for Migration - IOM" (a Nigerian board's, 2024).
    if names_consultants_alone(line):
        return None
    return line if names_a_post(line) else None


def names_consultants_alone(text: str) -> bool:
    """Whether *text* names consultants in general, no post: "for Consultants", "PARA CONSULTORÍA"."""
    return fold(_FOR.sub("", text.strip(), count=1)) in _CONSULTANTS


# What joins a document's name to whom it is for: "for", "pour les", "para el".
_FOR_WORDS: Final = (
    r"(?i:for(?: the)?|pour(?: les?| la)?|para(?: el| la| los| o| a)?|de(?: la| los)?|du|des)"
)
_FOR: Final = re.compile(rf"^{_FOR_WORDS}\s+")
# The name of the document a consultancy's terms are in, in the four languages, and
# what joins it to the post: "Terms of Reference for", "Termes de référence :".
_TERMS_OF_REFERENCE: Final = re.compile(
    r"(?i:terms of reference|termes de r[ée]f[ée]rences?|t[ée]rminos de referencia"
    r"|termos de refer[êe]ncia)"
    rf"(?:\s+{_FOR_WORDS})?\s*[:\u2013-]?\s*"
)
# Consultants in general, as the document's name says them: no post of its own.
_CONSULTANTS: Final = frozenset(
    {"consultant", "consultants", "consultancy", "consultancies", "individual consultants"}
    | {"consultor", "consultores", "consultoria", "consultorias", "consultance", "consultances"}
    | {"consultants individuels", "consultores individuales", "consultor individual"}
)


def without_organization(line: str) -> str:
    """*line* without the name a job board gives the organization before or after a title.

    A page's title parts the post, the organization and the place with pipes:
    "Project Assistant | IOM | Dakar, Senegal" is "Project Assistant - Dakar,
    Senegal", a title and the place after it.
    """
    if " | " in line and not line.startswith("|"):
        piped = _BOARD_PIPE.sub("", line, count=1)
        if piped != line:
            line = piped.replace(" | ", " - ")
    line = _BOARD_PREFIX.sub("", line, count=1)
    return _BOARD_SUFFIX.sub("", line, count=1) if has_either_case(line, " Migration") else line


# The organization's English name, as boards spell it.
ORGANIZATION: Final = r"International Organi[sz]ation for Migration"
# A job board's name for the organization before the title: "IOM : ", "IOM - ", or
# its logo's words, an image's width first ("400px International Organization for
# Migration logo Spécialiste en Gestion de la Migration", mena-jobs, 2024), or its
# name and a comma, the kind of notice after it ("International Organization for
# Migration (IOM),Call for Applications/Migration Profile Expert for Rwanda", a
# Rwandan jobs blog, 2017).
_BOARD_PREFIX: Final = re.compile(
    r"^(?:(?:IOM|OIM)\s*[:\u2013-]\s+"
    rf"|(?:\d+px\s+)?(?:{ORGANIZATION}|IOM|OIM)(?:\s+\(IOM\))?\s+logo\s+"
    rf"|{ORGANIZATION}(?:\s*\(IOM\))?\s*,\s*)",
    re.IGNORECASE,  # in capitals too: "INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM),CALL FOR..."
)
# ... or after it: "Senior Programme Manager (FMM II) at International Organization for
# Migration – IOM" (myngojobs, 2025), "Project Officer (Protection) At International
# Organization for Migration" (ngojobsafrica, 2022); boards in Italian and German
# say "at" their way: "Operations Assistant (Movements) presso International
# Organization for Migration" (remotescout24, 2025), "... in Kaiserslautern bei IOM
# Internationale Organisation für Migration" (rapidjob.de, 2023); "Vacancy" before it:
# "Senior Operations Associate (Inclusion and AAP) Vacancy at International Organization
# for Migration" (helpfuljobs, 2024).
_BOARD_SUFFIX: Final = re.compile(
    r"(?:\s+Vacancy)?\s\s*(?:at|presso|bei)\s+(?:the\s+)?(?:IOM\s+)?"
    rf"(?:{ORGANIZATION}|Internationale Organisation für Migration)"
    r"(?:\s*\(IOM\)|\s+[-\u2013]\s+IOM)?$",
    re.IGNORECASE,  # a board's heading in capitals: "... VACANCY AT INTERNATIONAL ORGANIZATION..."
)
# The organization between pipes, or after the last: "Project Assistant | IOM | Dakar".
_BOARD_PIPE: Final = re.compile(
    rf" \| (?:IOM(?:\s*[-\u2013]\s*UN Migration)?|OIM|UN Migration|{ORGANIZATION}"
    r"(?:\s*\(IOM\))?)(?=\s+\|\s|\s*$)",
    re.IGNORECASE,
)
# The words for posts that titles end in or begin with, in English, French and Spanish.
_POST_WORD: Final = re.compile(
    r"\b(?:Assistant|Associate|Officer|Coordinator|Consultant|Consultancy|Consultor[ií]a"
    r"|Specialist|Manager|Advis[oe]r"
    r"|Analyst|Clerk|Driver|Intern(?![ea])|Expert|Engineer|Technician|Counsell?or|Interpreter"
    r"|Translator|Supervisor|Monitor|Facilitator|Mobili[sz]er|Worker|Caseworker|Doctor|Nurse"
    r"|Physician|Director|Head|Chief|Researcher|Trainer|Administrator|Accountant|Cashier"
    r"|Developer|Pharmacist|Psychologist|Mechanic|Storekeeper|Operator|Receptionist"
    r"|Chargée?|Agent|Coordinat(?:eur|rice)|Coordonnat(?:eur|rice)|Responsable|Sp[ée]cialiste"
    r"|Chef|Administrat(?:eur|rice)|Stagiaire|Conseill(?:er|ère)|Chauffeur|M[ée]decin"
    r"|Infirmi(?:er|ère)|Analyste|Comptable|Superviseur|Asistente|Oficial|Coordinador"
    r"|Consultor|Especialista|Auxiliar|Jef[ea]|Pasante|T[ée]cnic[oa]|Asesor|Conductor"
    r"|Promotor|Gestor)(?:e|a|es|as|s)?\b"
)


def names_a_post(line: str) -> bool:
    """Whether *line* (a short one) reads as a post's title: no sentence, a word for a post in it.

    A line in capitals is read as its words capitalized ("SENIOR PROGRAMME
    ASSISTANT", a board's heading) and as a sentence in lower case.
    """
    if line.isupper():
        titled, sentence = line.title(), line[:1] + line[1:].lower()
    else:
        titled = sentence = line
    return (
        line[:1].isupper()
        and ":" not in line  # a label, and its value
        and not line.endswith((".", ";", ",", "!", "?"))
        and _POST_WORD.search(titled) is not None
        and supervision_in(sentence) is None  # "Under the direct supervision of the Chief..."
        and _SENTENCE_VERB.search(sentence) is None  # "IOM is recruiting a Project Officer (P)"
    )


# The verbs of a sentence that names a post, which no title holds.
_SENTENCE_VERB: Final = re.compile(
    r"\b(?:is|are|will|seeks|seeking|recruits|recruiting|invites|est|recrute|recherche|busca)\b"
)


# What a title may end in besides the post's name (Oracle-era titles): "(P)",
# the recruiting type of professional posts (ungraded ones' too); "(UG)" or
# "- UG", an ungraded post; the count of posts, "(2 Positions)"; who may
# apply, "(Internal applicants only)", and of which nationality, "- (Dutch
# Nationals only)" (a JPO's, IOM Libya on undpjobs.net, 2026).
# The counts of several, in figures or in the words the reader knows in four languages.
_POST_COUNT: Final = (
    r"\d{1,2}|(?i:"
    + "|".join(sorted((word for word, count in NUMBER_WORDS.items() if count > 1), key=len)[::-1])
    + ")"
)
_POST_WORDS: Final = r"(?i:positions|posts|postes|puestos|postos|vacancies|vacantes|vagas)"
_TITLE_MARK: Final = re.compile(
    r"\s\s*(?:\((?P<bracketed>P|UG)\)|[-\u2013]\s+(?P<dashed>UG)"
    # "(2 Positions)", "(Two Posts)", "– Two Posts".
    rf"|\((?P<posts>{_POST_COUNT}) {_POST_WORDS}\)|[-\u2013]\s+(?P<posts_dashed>{_POST_COUNT}) {_POST_WORDS}"
    r"|\((?P<internal>(?i:(?:for |open to )?internal (?:applicants|candidates) only))\)"
    rf"|(?:[-\u2013]\s+)?\((?P<nationals>(?:{NATIONALS_MARK}))\))$"
)
# The ends of a title that may be a mark: a bracket, "UG", or a count of posts after a dash.
_MARK_ENDS: Final = (
    *(")", "UG", "osts", "OSTS", "ositions", "OSITIONS", "ostes", "uestos", "ostos"),
    *("acancies", "ACANCIES", "acantes", "vagas"),
)


def title_marks(title: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """*title* without the marks it ends in, and each mark, the last first.

    A mark is ``("P", "P")``, ``("UG", "UG")``, ``("posts", "2")``,
    ``("internal", "Internal applicants only")`` or ``("nationals", "NL BE")``
    (the countries' codes, where the bracket names nationals of known countries).
    """
    marks = []
    while title.endswith(_MARK_ENDS):
        match = _TITLE_MARK.search(title)
        if match is None or match.start() == 0:
            break
        if match.group("posts") or match.group("posts_dashed"):
            count = number(match.group("posts") or match.group("posts_dashed"))
            marks.append(("posts", str(count)))
        elif match.group("internal"):
            marks.append(("internal", match.group("internal")))
        elif match.group("nationals"):
            codes = read_nationalities(match.group("nationals"))
            if codes is None:
                break
            marks.append(("nationals", " ".join(codes)))
        else:
            mark = match.group("bracketed") or "UG"
            marks.append((mark, mark))
        title = title[: match.start()]
    return title, tuple(marks)


def board_grade(title: str) -> tuple[str, str | None]:
    """*title* without the grade a job board's heading appends to it, and the grade.

    "Head of Sub-Office (P-3) - Douala" (a board's copy of IOM Cameroon's
    notice, 2026), "PSEA Network Coordinator (P3)" (impactpool, 2018): the
    board's, where IOM's own title names no grade. Before the dash that
    sets the post's field apart too: "SVN 2025/01 - Project Associate (G4)
    - Immigration, Border Governance and Protection" (built from uncareer's
    and undpjobs' copies of IOM Portugal's notices, 2025, whose addresses
    give the grade so) is a "Project Associate - Immigration, Border
    Governance and Protection" at G4. ``(title, None)`` where it appends
    none.
    """
    found = _BOARD_GRADE.search(title) if ")" in title else None
    if found is None:
        return title, None
    return title[: found.start()] + title[found.end() :], found.group(1)


_BOARD_GRADE: Final = re.compile(
    r"\s\((P-?[1-5]|D-?[12]|G-?[1-7]|NO-?[A-D])\)(?:$|(?=\s+[-\u2013]\s))"
)


def marked_title(line: str) -> str | None:
    """The title *line* is, if a post's title that ends in a mark, as a line of its own gives one.

    "Chargé(e) du développement des capacités en matière de données (P)"
    below IOM's introduction (yop.l-frii.com, 2025): the title as IOM's
    system writes it, mark and all, without markdown's marks around it.
    """
    line = line.strip(_MARKDOWN)
    if not line.endswith(_MARK_ENDS):  # most lines: one look
        return None
    name, marks = title_marks(line)
    return line if marks and names_a_post(name) else None


def ends_in_mark(line: str) -> bool:
    """Whether *line* ends in a title's mark ("(P)", "(UG)"...), markdown's marks aside.

    Or is one alone, where a wrap cut a title before its mark ("...en
    matière de données" / "(P)").
    """
    line = line.strip(_MARKDOWN)
    return line.endswith(_MARK_ENDS) and (bool(title_marks(line)[1]) or is_mark(line))


def is_mark(line: str) -> bool:
    """Whether *line* is a title's mark alone ("(P)", "(UG)"), markdown's marks aside."""
    return _TITLE_MARK.fullmatch(f" {line.strip(_MARKDOWN)}") is not None


def without_mark(title: str) -> str:
    """*title* without the marks it ends in ("(P)", "(UG)", "(2 Positions)"...)."""
    return title_marks(title)[0]


# Where the board's line ends with the place: "... - Geneva Switzerland".
_PLACE_AFTER_TITLE: Final = re.compile(r"\s[-\u2013]\s(?P<place>(?:(?!\s[-\u2013]\s).)+)$")
# The most words a city's name after a title has ("Port-au-Prince", "Cox's Bazar"),
# and a country's there ("Papua New Guinea", "Trinidad and Tobago").
_CITY_WORDS: Final = 3
_COUNTRY_WORDS: Final = 3


def without_place(title: str) -> str:
    """*title* without the place a job board appends ("... - Geneva Switzerland")."""
    place = place_after(title)
    return title if place is None else title[: place[0]]


def place_after(title: str) -> tuple[int, str | None, str] | None:
    """The place a job board appends to *title*: where it starts, its city, its country's code.

    "... - Geneva Switzerland" is Geneva in CH, "... – Maputo" Maputo in the
    one country the gazetteer (if installed) knows it in, "... - Lisbon"
    Lisbon in the country whose Lisbon is far larger than any other's (as
    a field's city is placed), "... - Haiti" the country alone; ``None``
    where the words after the last dash name no place so, or no dash sets
    them apart.
    """
    match = _PLACE_AFTER_TITLE.search(title)
    if match is None:
        return None
    place = match.group("place")
    words = place.split()
    # The place ends in a country: its last three words, or two, or one
    # ("Papua New Guinea" before "Guinea"), named, not a code ("Kinshasa,
    # DRC", but "Data and IM" ends in no Isle of Man, "- HR" in no Croatia).
    ending = places.country_ending(words, _COUNTRY_WORDS)
    if ending is not None:
        count, country = ending
        city = " ".join(words[:-count]).rstrip(",")
        return (match.start(), city or None, country) if _may_be_cities(city) else None
    # Or it is a city the gazetteer knows in one country, or far larger there than
    # elsewhere (Geneva, Vienna, Lisbon, Rome); not Tripoli, which several share.
    placed = places.main_country_of_city(place) if len(words) <= _CITY_WORDS else None
    return None if placed is None else (match.start(), place, placed)


def _may_be_cities(words: str) -> bool:
    """Whether *words*, before a country a title ends in, may be its city or cities.

    "Consultant - Development of National Referral Mechanism for Victims of
    Trafficking and Smuggling in Vanuatu" (uncareer, 2025) ends in a country
    the subject names: a phrase, not a city ("Cox's Bazar", "Dhaka, Cox's
    Bazar"), is too long for one and ends in a small word.
    """
    return all(
        len(city.split()) <= _CITY_WORDS and not city.rpartition(" ")[2].islower()
        for city in words.split(",")
    )


def station_after(title: str) -> tuple[int, DutyStation] | None:
    """Where the place a job board appends to *title* starts, and the duty station it names."""
    place = place_after(title)
    if place is None:
        return None
    at, city, country = place
    written = title[at:].strip(" -\u2013")
    # "... - Garowe, Puntland, Somalia": the parts before the country read as a
    # station's field reads them, a region told from a city.
    read = places.read_duty_stations(written) if city and "," in city else ()
    if len(read) == 1 and read[0].country == Country(country):
        return at, read[0]
    return at, DutyStation(city=city, country=Country(country), as_written=written)


# The post named before "will", as in "the Project Officer (Protection) will
# oversee". The pattern starts with "the" or "The", not with \b: sre then skips
# from one to the next instead of trying every position; title_in checks
# that the word starts there. A title's own bracket is part of it, and an
# acronym's between its words ("the Senior Human Resources (HR) Associate"),
# and a dash ("the Intern – WASH Knowledge Management", impactpool, 2025).
_TITLE: Final = re.compile(
    r"[tT]he\s+(?P<title>(?:(?:[A-Z][\w\-/&]*|\([A-Z][\w\-/&]{0,9}\)|[-\u2013])\s+){0,7}?"
    r"[A-Z][\w\-/&]*(?:\s+\([^()]{1,80}\))?)"
    # "...Associate (Position Management)will assist" (impactpool, 2026): a board
    # lost the space after the bracket.
    r"(?:\s*,?\s+|(?<=\)))(?:will\b|is responsible\b|shall\b)"
)
_DASHES: Final = "-\u2013"
# "el/la Asistente de Operaciones, será responsable de", "le Chargé des Opérations sera":
# capitalized words, and the small words between them.
_TITLE_ELSEWHERE: Final = re.compile(
    r"(?i:el/la|la/el|le/la|la/le|el|la|le)\s+"
    r"(?P<title>[A-ZÀ-Ý][\w\-/&]*(?:\s+(?:de|del|y|et|des|du|[A-ZÀ-Ý][\w\-/&]*)){0,6}?"
    r"(?:\s+\([^()]{1,80}\))?)"
    r"\s*,?\s+(?:será|sera|estará|tendrá)\b"
)


def title_in(sentence: str) -> re.Match[str] | None:
    """The first "the <Title> will" in *sentence* whose "the" starts a word, or "el/la <Título> será"."""
    for pattern in (_TITLE, _TITLE_ELSEWHERE):
        match = pattern.search(sentence)
        while match is not None and (
            (match.start() > 0 and is_word_char(sentence[match.start() - 1]))
            or match.group("title").isupper()  # "la OIM será", "the IOM will": no post
            or match.group("title")[0] in _DASHES  # a dash goes between words
        ):
            match = pattern.search(sentence, match.start() + 1)
        if match is not None:
            return match
    return None


# Titles that name the contract: "Intern – Programme Support Unit", "Stagiaire",
# "Pasante"; "National Consultant", "Consultoría para...", "Consultor/a".
TITLE_CONTRACTS: Final = (
    (
        re.compile(r"\b(?:Intern|Stagiaire|Pasante|Practicante)s?\b", re.IGNORECASE),
        ContractType.INTERNSHIP,
    ),
    (
        re.compile(r"\b(?:Consult(?:ant|ancy|ante|or|ora)|Consultor[ií]a)s?\b", re.IGNORECASE),
        ContractType.CONSULTANCY,
    ),
)
