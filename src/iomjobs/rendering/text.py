"""A notice as a document for people: Markdown or plain text, in English, French, Spanish or Portuguese.

The order is IOM's: header, context, responsibilities, qualifications,
languages, competencies, notes, how to apply. Labels are in the chosen
language, dates are written by babel for that locale, country and language
names come from babel; grades and codes are unchanged. The labels and
headings are those the reader knows, so a rendered notice reads back.

>>> import datetime as dt
>>> import iomjobs
>>> notice = iomjobs.VacancyNotice(
...     position=iomjobs.Position(title="Project Assistant", grade=iomjobs.Grade.parse("G5")),
...     closing_date=dt.date(2024, 2, 20),
... )
>>> print(iomjobs.render(notice, lang="fr", format="text"))
Project Assistant
<BLANKLINE>
Intitulé du poste : Project Assistant
Classe : G5
Date de clôture : 20 février 2024
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from iomjobs._arguments import require_notice
from iomjobs.errors import InvalidValue
from iomjobs.model._misfits import explain_failure
from iomjobs.model.competency import CompetencyGroup
from iomjobs.model.language import LanguageMode, LanguageRequirement, Proficiency
from iomjobs.model.notice import (
    Appointment,
    ClosingTime,
    ContractType,
    DurationUnit,
    FirstTier,
    NoticeKind,
    PostingPeriod,
    StartDate,
    VacancyNotice,
)
from iomjobs.model.pay import PayBasis, PayPeriod, Salary
from iomjobs.model.position import Position, SupervisionKind, Supervisor
from iomjobs.model.qualification import DegreeLevel, QualificationPath
from iomjobs.reference.zones import fixed_offset, time_zone_named

__all__ = ["FORMATS", "LANGUAGES", "LAYOUTS", "render"]

LANGUAGES = ("en", "fr", "es", "pt")
FORMATS = ("markdown", "text")
LAYOUTS = ("header", "oracle", "form")
"""How the header is laid out: "Label: value" lines (the legacy header), the
newer header's labels ("Job Identification", "Duty Station City"), or the post
description form's labels, each alone on its line above its value."""


def __dir__() -> list[str]:
    return __all__


@attrs.frozen
class _Words:
    """Every label and phrase of a rendered notice, in one language."""

    title: str
    station: str
    grade: str
    appointment: str
    start: str
    asap: str
    unset: str
    closing: str
    period: str
    period_words: tuple[str, str]
    """What goes before a posting period's first day and between its two days."""
    period_from: str
    """What goes before a period's first day where its last is not known."""
    period_until: str
    """What goes before a period's last day where its first is not known."""
    reference: str
    context: str
    duties: str
    qualifications: str
    education: str
    experience: str
    skills: str
    languages: str
    competencies: str
    values: str
    core: str
    managerial: str
    behavioural: str
    notes: str
    how_to_apply: str
    kinds: dict[NoticeKind, str]
    degrees: dict[DegreeLevel, str]
    years: str
    fields_in: str
    """What joins a degree to its fields of study: "Master's degree in ..."."""
    proficiency: dict[Proficiency, str]
    """A proficiency's words; where they hold ``{language}``, the sentence names
    the language inside them ("Fluency in English is required"), else after
    them ("Maîtrise requise : anglais")."""
    required: tuple[str, str]
    modes: str
    colon: str
    level: str


_EN = _Words(
    title="Position Title",
    station="Duty Station",
    grade="Classification",
    appointment="Type of Appointment",
    start="Estimated Start Date",
    asap="As soon as possible",
    unset="To be determined",
    closing="Closing Date",
    period="Posting period",
    period_words=("", " to "),
    period_from="from ",
    period_until="until ",
    reference="Vacancy Number",
    context="Context",
    duties="Responsibilities and Accountabilities",
    qualifications="Required Qualifications and Experience",
    education="Education",
    experience="Experience",
    skills="Skills",
    languages="Languages",
    competencies="Required Competencies",
    values="Values - all IOM staff members must abide by and demonstrate these {count} values:",
    core="Core Competencies - behavioural indicators",
    managerial="Managerial Competencies - behavioural indicators",
    behavioural="Behavioural Competencies",
    notes="Notes",
    how_to_apply="How to apply",
    kinds={
        NoticeKind.VACANCY_NOTICE: "Vacancy Notice",
        NoticeKind.SPECIAL_VACANCY_NOTICE: "Special Vacancy Notice",
        NoticeKind.POST_DESCRIPTION: "Post Description",
        NoticeKind.CALL_FOR_APPLICATIONS: "Call for Applications",
        NoticeKind.EXPRESSION_OF_INTEREST: "Call for Expression of Interest",
    },
    degrees={
        DegreeLevel.SECONDARY: "Completed secondary education",
        DegreeLevel.BACHELOR: "Bachelor's degree",
        DegreeLevel.MASTER: "Master's degree",
        DegreeLevel.DOCTORATE: "PhD",
    },
    years="with {years} years of relevant professional experience",
    fields_in=" in ",
    proficiency={
        Proficiency.FLUENT: "Fluency in {language}",
        Proficiency.WORKING_KNOWLEDGE: "Working knowledge of {language}",
        Proficiency.KNOWLEDGE: "Knowledge of {language}",
        Proficiency.BASIC: "Basic knowledge of {language}",
    },
    required=("is required", "is an advantage"),
    modes="(oral and written)",
    colon=": ",
    level="level",
)
_FR = attrs.evolve(
    _EN,
    title="Intitulé du poste",
    station="Lieu d'affectation",
    grade="Classe",
    appointment="Type de contrat",
    start="Date d'entrée en fonction estimée",
    asap="Dès que possible",
    unset="À déterminer",
    closing="Date de clôture",
    period="Période d'affichage",
    period_words=("du ", " au "),
    period_from="à partir du ",
    period_until="jusqu'au ",
    reference="Numéro de référence",
    context="Contexte",
    duties="Responsabilités",
    qualifications="Qualifications requises et expérience",
    education="Formation",
    experience="Expérience",
    skills="Aptitudes",
    languages="Langues",
    competencies="Compétences requises",
    values="Valeurs - tous les membres du personnel de l'OIM doivent respecter "
    "ces {count} valeurs :",
    core="Compétences fondamentales - indicateurs comportementaux",
    managerial="Compétences managériales - indicateurs comportementaux",
    behavioural="Compétences comportementales",
    notes="Remarques",
    how_to_apply="Comment postuler",
    kinds={
        NoticeKind.VACANCY_NOTICE: "Avis de vacance de poste",
        NoticeKind.SPECIAL_VACANCY_NOTICE: "Avis spécial de vacance de poste",
        NoticeKind.POST_DESCRIPTION: "Description de poste",
        NoticeKind.CALL_FOR_APPLICATIONS: "Appel à candidatures",
        NoticeKind.EXPRESSION_OF_INTEREST: "Appel à manifestation d'intérêt",
    },
    degrees={
        DegreeLevel.SECONDARY: "Diplôme d'études secondaires",
        DegreeLevel.BACHELOR: "Licence",
        DegreeLevel.MASTER: "Master",
        DegreeLevel.DOCTORATE: "Doctorat",
    },
    years="avec {years} ans d'expérience professionnelle pertinente",
    fields_in=" en ",
    proficiency={
        Proficiency.FLUENT: "Maîtrise",
        Proficiency.WORKING_KNOWLEDGE: "Bonne connaissance",
        Proficiency.KNOWLEDGE: "Connaissance",
        Proficiency.BASIC: "Notions",
    },
    required=("requise", "un atout"),
    modes="(oral et écrit)",
    colon=" : ",
    level="niveau",
)
_ES = attrs.evolve(
    _EN,
    title="Título del puesto",
    station="Lugar de destino",
    grade="Grado",
    appointment="Tipo de contrato",
    start="Fecha estimada de inicio",
    asap="Lo antes posible",
    unset="Por determinar",
    closing="Fecha de cierre",
    period="Periodo de publicación",
    period_words=("del ", " al "),
    period_from="desde el ",
    period_until="hasta el ",
    reference="Número de referencia",
    context="Contexto",
    duties="Responsabilidades",
    qualifications="Calificaciones y experiencia requeridas",
    education="Educación",
    experience="Experiencia",
    skills="Habilidades",
    languages="Idiomas",
    competencies="Competencias requeridas",
    values="Valores - todo el personal de la OIM debe respetar y demostrar estos {count} valores:",
    core="Competencias básicas - indicadores de comportamiento",
    managerial="Competencias directivas - indicadores de comportamiento",
    behavioural="Competencias conductuales",
    notes="Notas",
    how_to_apply="Cómo postular",
    kinds={
        NoticeKind.VACANCY_NOTICE: "Aviso de vacante",
        NoticeKind.SPECIAL_VACANCY_NOTICE: "Aviso especial de vacante",
        NoticeKind.POST_DESCRIPTION: "Descripción del puesto",
        NoticeKind.CALL_FOR_APPLICATIONS: "Convocatoria",
        NoticeKind.EXPRESSION_OF_INTEREST: "Convocatoria de expresión de interés",
    },
    degrees={
        DegreeLevel.SECONDARY: "Educación secundaria completa",
        DegreeLevel.BACHELOR: "Licenciatura",
        DegreeLevel.MASTER: "Maestría",
        DegreeLevel.DOCTORATE: "Doctorado",
    },
    years="con {years} años de experiencia profesional pertinente",
    fields_in=" en ",
    proficiency={
        Proficiency.FLUENT: "Dominio",
        Proficiency.WORKING_KNOWLEDGE: "Buen conocimiento",
        Proficiency.KNOWLEDGE: "Conocimiento",
        Proficiency.BASIC: "Conocimiento básico",
    },
    required=("requerido", "deseable"),
    modes="(oral y escrito)",
    colon=": ",
    level="nivel",
)
# As the Portuguese copies of IOM's notices word them (a Mozambican job board, 2024).
_PT = attrs.evolve(
    _EN,
    title="Cargo",
    station="Estação de Trabalho",
    grade="Classificação",
    appointment="Tipo de Nomeação",
    start="Data de Início Estimada",
    asap="O mais breve possível",
    unset="A definir",
    closing="Data de Encerramento",
    period="Período de publicação",
    period_words=("de ", " a "),
    period_from="a partir de ",
    period_until="até ",
    reference="Número da vaga",
    context="Contexto",
    duties="Responsabilidades e Prestação de Contas",
    qualifications="Qualificações e Experiência Necessárias",
    education="Educação",
    experience="Experiência",
    skills="Habilidades",
    languages="Idiomas",
    competencies="Competências Exigidas",
    values="Valores - todos os funcionários da OIM devem respeitar e demonstrar estes "
    "{count} valores:",
    core="Competências essenciais - indicadores comportamentais",
    managerial="Competências de gestão - indicadores comportamentais",
    behavioural="Competências comportamentais",
    notes="Notas",
    how_to_apply="Como se candidatar",
    kinds={
        NoticeKind.VACANCY_NOTICE: "Aviso de Vaga",
        NoticeKind.SPECIAL_VACANCY_NOTICE: "Aviso Especial de Vaga",
        NoticeKind.POST_DESCRIPTION: "Descrição do Cargo",
        NoticeKind.CALL_FOR_APPLICATIONS: "Convite à apresentação de candidaturas",
        NoticeKind.EXPRESSION_OF_INTEREST: "Convite à manifestação de interesse",
    },
    degrees={
        DegreeLevel.SECONDARY: "Ensino secundário completo",
        DegreeLevel.BACHELOR: "Licenciatura",
        DegreeLevel.MASTER: "Mestrado",
        DegreeLevel.DOCTORATE: "Doutoramento",
    },
    years="com {years} anos de experiência profissional relevante",
    fields_in=" em ",
    # "Fluência em inglês é um requisito": nouns, which no gender asks to agree with.
    proficiency={
        Proficiency.FLUENT: "Fluência em {language}",
        Proficiency.WORKING_KNOWLEDGE: "Bom conhecimento de {language}",
        Proficiency.KNOWLEDGE: "Conhecimento de {language}",
        Proficiency.BASIC: "Noções básicas de {language}",
    },
    required=("é um requisito", "é uma vantagem"),
    modes="(oral e escrito)",
    colon=": ",
    level="nível",
)
_WORDS = {"en": _EN, "fr": _FR, "es": _ES, "pt": _PT}


def render(
    notice: VacancyNotice,
    lang: str = "en",
    format: str = "markdown",  # noqa: A002 -- the documented keyword
    layout: str = "header",
) -> str:
    """The notice as a document: Markdown or plain text, in English, French, Spanish or Portuguese.

    *layout* is one of :data:`LAYOUTS`; every layout reads back alike.

    :raises InvalidValue: for a language, format or layout it does not write.
    :raises TypeError: when *notice* is no :class:`~iomjobs.VacancyNotice`, or
        holds a value of the wrong type that cannot be read (named by its path).
    """
    require_notice("render", notice)
    if lang not in _WORDS:
        msg = f"Invalid lang: {lang!r} (expected one of {', '.join(LANGUAGES)})"
        raise InvalidValue(msg, value=lang, path="lang")
    if format not in FORMATS:
        msg = f"Invalid format: {format!r} (expected one of {', '.join(FORMATS)})"
        raise InvalidValue(msg, value=format, path="format")
    if layout not in LAYOUTS:
        msg = f"Invalid layout: {layout!r} (expected one of {', '.join(LAYOUTS)})"
        raise InvalidValue(msg, value=layout, path="layout")
    writer = _Writer(_WORDS[lang], lang, markdown=format == "markdown", layout=layout)
    try:
        return "\n".join(writer.notice(notice)).rstrip("\n")
    except Exception:
        explain_failure("render", notice)
        raise


@attrs.frozen
class _Writer:
    words: _Words
    lang: str
    markdown: bool
    layout: str = "header"

    def heading(self, text: str, level: int) -> Iterator[str]:
        yield ""
        yield f"{'#' * level} {text}" if self.markdown else text
        yield ""

    def bullet(self, text: str, number: int | None = None) -> str:
        return f"{number}. {text}" if number is not None else f"- {text}"

    def field(self, label: str, value: str) -> str:
        if self.layout == "form":
            # The post description form: the label alone, the value below it.
            return f"{label}\n{value}\n"
        return f"{label}{self.words.colon}{value}"

    def date(self, value: dt.date) -> str:
        from babel.dates import format_date  # noqa: PLC0415 -- babel's data loads on first use

        return str(format_date(value, format="long", locale=self.lang))

    def top(self, notice: VacancyNotice) -> Iterator[str]:
        """The title, the kind and reference, who may apply, and the header fields."""
        words, position = self.words, notice.position
        if position.title:
            yield f"# {position.title}" if self.markdown else position.title
            yield ""
        open_to = _OPEN_TO[self.lang] if notice.open_to_external else None
        if self.layout == "oracle":
            if open_to:
                yield open_to[0].upper() + open_to[1:]
                yield ""
            yield from self.oracle_header(notice)
            return
        if notice.kind is not None:
            line = " ".join(filter(None, (words.kinds[notice.kind], notice.reference)))
            yield f"{line} \u2013 {open_to}" if open_to else line
            yield ""
        else:
            if notice.reference:
                yield self.field(words.reference, notice.reference)
            if open_to:
                yield open_to[0].upper() + open_to[1:]
        yield from self.header(notice)

    def notice(self, notice: VacancyNotice) -> Iterator[str]:
        words, position = self.words, notice.position
        yield from self.top(notice)
        if notice.first_tier is not None:
            yield from self.first_tier(notice.first_tier)
            yield from self.nationals(notice)
        if notice.context:
            yield from self.heading(words.context, 2)
            for paragraph in notice.context:
                yield paragraph
                yield ""
        yield from self.duties(notice)
        yield from self.qualifications(notice)
        yield from self.languages(position.languages, position.language_notes)
        yield from self.competencies(notice)
        if notice.notes:
            yield from self.list_section(words.notes, notice.notes)
        if notice.how_to_apply is not None:
            how = notice.how_to_apply
            yield from self.heading(words.how_to_apply, 2)
            # The documents to send are the list in the instructions.
            yield from (self.bullet(t) if t in how.documents else t for t in how.text)

    def header(self, notice: VacancyNotice) -> Iterator[str]:
        words, position = self.words, notice.position
        if position.title:
            yield self.field(words.title, position.title)
        stations = [self.station(s) for s in position.duty_stations]
        if any(stations):
            yield self.field(words.station, "; ".join(s for s in stations if s))
        if position.grade is not None:
            yield self.field(words.grade, str(position.grade))
        yield from self.post_fields(notice)
        yield from self.terms(notice)

    def oracle_header(self, notice: VacancyNotice) -> Iterator[str]:
        """The newer header: the reference first, city and country apart, the vacancy type."""
        labels, position = _ORACLE[self.lang], notice.position
        if notice.reference:
            yield self.field(labels["reference"], notice.reference)
        if position.title:
            yield self.field(self.words.title, position.title)
        stations = position.duty_stations
        only = stations[0] if len(stations) == 1 else None
        # A region has no label of its own there: such a station goes on one line.
        if only is not None and only.city and only.country and not (only.region or only.home_based):
            yield self.field(labels["city"], only.city)
            yield self.field(labels["country"], only.country.name(self.lang))
        elif any(self.station(s) for s in stations):
            yield self.field(
                self.words.station, "; ".join(filter(None, map(self.station, stations)))
            )
        if position.grade is not None:
            yield self.field(labels["grade"], str(position.grade))
        if notice.kind is not None:
            yield self.field(labels["kind"], self.words.kinds[notice.kind])
        yield from self.post_fields(notice)
        yield from self.terms(notice)

    def post_fields(self, notice: VacancyNotice) -> Iterator[str]:
        """The post description form's fields: recruitment, supervisors, unit..."""
        position = notice.position
        labels = _HEADER_LABELS[self.lang]
        recruiting = self.recruiting(position)
        if recruiting:
            yield self.field(labels["recruitment"], recruiting)
        if position.supervisors:
            # In the form, one supervisor a line, as post descriptions write them.
            joiner = "\n" if self.layout == "form" else "; "
            supervisors = joiner.join(self.supervisor(s) for s in position.supervisors)
            yield self.field(labels["reports_to"], supervisors)
        if position.direct_reports is not None:
            yield self.field(labels["direct_reports"], str(position.direct_reports))
        for name in ("position_number", "job_family", "organizational_unit"):
            value = getattr(position, name)
            if value:
                yield self.field(labels[name], value)
        if position.office_type is not None:
            yield self.field(labels["office_type"], labels[position.office_type.name])
        if position.rated_on is not None:
            yield self.field(labels["rated_on"], self.date(position.rated_on))

    def recruiting(self, position: Position) -> str:
        """The recruiting type and how the post is recruited: "General Service, local recruitment"."""
        labels = _HEADER_LABELS[self.lang]
        said = []
        if position.recruiting_type is not None:
            said.append(labels[position.recruiting_type.name])
        if position.recruitment is not None:
            how = labels[position.recruitment.value]
            said.append(how[0].lower() + how[1:] if said else how)
        return ", ".join(said)

    def terms(self, notice: VacancyNotice) -> Iterator[str]:
        """The contract and the dates."""
        words = self.words
        if notice.appointment is not None:
            yield self.field(words.appointment, self.appointment(notice.appointment))
        if notice.salary is not None:
            yield self.field(_SALARY[self.lang], self.salary(notice.salary))
        if notice.open_to_nationals_of:
            # "; " between them: a few countries' names hold a comma ("Hong Kong, RAE da China").
            names = "; ".join(country.name(self.lang) for country in notice.open_to_nationals_of)
            yield self.field(_NATIONALITIES[self.lang], names)
        if notice.start is not None:
            start = self.start(notice.start)
            yield self.field(words.start, start)
        if notice.closing_date is not None:
            closing = self.date(notice.closing_date)
            closing += self.closing_time(notice.closing_time)
            yield self.field(words.closing, closing)
        period = notice.posting_period
        if period is not None and (period.start or period.end):
            yield self.field(words.period, self.period(period))

    def period(self, period: PostingPeriod) -> str:
        """The posting period's days: both, or the one known ("until 20 February 2024")."""
        words = self.words
        if period.start and period.end:
            before, between = words.period_words
            return f"{before}{self.date(period.start)}{between}{self.date(period.end)}"
        if period.start:
            return f"{words.period_from}{self.date(period.start)}"
        assert period.end is not None  # noqa: S101 -- terms() writes no period without a day
        return f"{words.period_until}{self.date(period.end)}"

    def start(self, start: StartDate) -> str:
        """The estimated start: its date or month, "As soon as possible" or "To be determined"."""
        words = self.words
        if start.date is None:
            return words.unset if start.to_be_determined else words.asap
        date = self.month(start.date) if start.month_only else self.date(start.date)
        return f"{date} ({words.unset.lower()})" if start.to_be_determined else date

    def month(self, first: dt.date) -> str:
        """A month and its year, as the language writes them: "April 2026", "abril de 2026"."""
        from babel.dates import format_skeleton  # noqa: PLC0415 -- babel's data loads on first use

        return str(format_skeleton("yMMMM", first, locale=self.lang))

    def closing_time(self, closing_time: ClosingTime | None) -> str:
        """The hour after the closing date, as the reader reads it back; "" for none.

        Geneva's time by its name, a fixed offset from UTC as one ("UTC",
        "UTC+3"), another zone by its city ("Nairobi time"), an hour with no
        zone alone; a zone the reader knows no words for is left out, the
        hour with it.
        """
        if closing_time is None:
            return ""
        hour = f"{closing_time.time:%H:%M:%S}".removesuffix(":00")
        zone = closing_time.time_zone
        if zone is None:
            return f", {hour}"
        if zone == "Europe/Zurich":
            return f", {hour} ({_GENEVA_TIME[self.lang]})"
        words = _zone_words(zone)
        if words is None:
            return ""
        return (
            f", {hour} {words}"
            if words.startswith("UTC")
            else f", {hour} ({_CITY_TIME[self.lang].format(words)})"
        )

    def supervisor(self, supervisor: Supervisor) -> str:
        if supervisor.as_written:
            return supervisor.as_written
        who = supervisor.title or ""
        if supervisor.staff_number or supervisor.name:
            named = f"({supervisor.name})" if supervisor.name else ""
            who = " ".join(part for part in (supervisor.staff_number, named) if part)
        return f"{who} \u2013 {_SUPERVISION[self.lang][supervisor.kind]}"

    def appointment(self, appointment: Appointment) -> str:
        if appointment.as_written:
            return appointment.as_written
        lang = self.lang
        parts = []
        if appointment.contract_type is not None:
            parts.append(_CONTRACTS[lang][appointment.contract_type])
        if appointment.consultancy_category is not None:
            parts.append(f"{_CATEGORY[lang]} {appointment.consultancy_category.value}")
        duration = appointment.duration
        if duration is not None:
            unit = _UNITS[lang][duration.unit]
            up_to = _UP_TO[lang] if duration.up_to else ""
            parts.append(f"{up_to}{duration.amount} {unit}")
        if appointment.extendable is not None:
            parts.append((_EXTENSION if appointment.extendable else _NO_EXTENSION)[lang])
        return ", ".join(parts)

    def salary(self, salary: Salary) -> str:
        """The amount, or range, its currency's code and its period: "35000 MDL per month"."""
        amounts = _amount(salary.amount, self.lang)
        if salary.maximum is not None:
            amounts += f" - {_amount(salary.maximum, self.lang)}"
        said = f"{amounts} {salary.currency.code}"
        if salary.period is not None:
            said += f" {_PER_PERIOD[self.lang][salary.period]}"
        if salary.basis is not None:
            said += f" ({_BASES[self.lang][salary.basis]})"
        return said

    def first_tier(self, tier: FirstTier) -> Iterator[str]:
        words = _FIRST_TIER[self.lang]
        yield ""
        yield words[0]
        if tier.internal:
            yield self.bullet(words[1])
        if tier.external_women:
            yield self.bullet(words[2])
        if tier.non_represented_member_states is not None:
            yield self.bullet(words[3])
            yield ", ".join(
                entry.country.name(self.lang) if entry.country else entry.name
                for entry in tier.non_represented_member_states
            )

    def nationals(self, notice: VacancyNotice) -> Iterator[str]:
        if notice.duty_station_nationals_eligible is False:
            yield self.bullet(_NATIONALS[self.lang])

    def station(self, station: object) -> str:
        city = getattr(station, "city", None)
        region = getattr(station, "region", None)
        country = getattr(station, "country", None)
        name = country.name(self.lang) if country is not None else None
        place = ", ".join(part for part in (city, region, name) if part)
        if getattr(station, "home_based", False):
            # "Home-based, Senegal": the reader reads the place after the home's words.
            return ", ".join(part for part in (_HOME_BASED[self.lang], place) if part)
        # A station that names no place ("TBD", "Multiple Duty Stations"): as written.
        return place or (getattr(station, "as_written", None) or "")

    def duties(self, notice: VacancyNotice) -> Iterator[str]:
        groups = notice.position.responsibilities
        if not any(group.items for group in groups):
            return
        yield from self.heading(self.words.duties, 2)
        for group in groups:
            if group.heading:
                yield group.heading
            for item in group.items:
                yield self.bullet(item.text, item.number)
            yield ""

    def qualifications(self, notice: VacancyNotice) -> Iterator[str]:
        words, quals = self.words, notice.position.qualifications
        if quals.education is None and quals.experience is None and quals.skills is None:
            return
        yield from self.heading(words.qualifications, 2)
        if quals.education is not None:
            yield from self.heading(words.education, 3)
            yield from (self.bullet(self.path(path)) for path in quals.education)
            yield from (self.bullet(note) for note in quals.education_notes)
        yield from self.list_section(words.experience, quals.experience, level=3)
        yield from self.list_section(words.skills, quals.skills, level=3)

    def path(self, path: QualificationPath) -> str:
        if path.as_written:
            return path.as_written
        text = self.words.degrees[path.degree]
        if path.fields_of_study:
            text += self.words.fields_in + ", ".join(path.fields_of_study)
        if path.min_years is not None:
            text += " " + self.words.years.format(years=path.min_years)
        return text + "."

    def list_section(
        self, title: str, items: tuple[str, ...] | None, *, level: int = 2
    ) -> Iterator[str]:
        if items is None:
            return
        yield from self.heading(title, level)
        yield from (self.bullet(item) for item in items)

    def languages(
        self, requirements: tuple[LanguageRequirement, ...] | None, notes: tuple[str, ...]
    ) -> Iterator[str]:
        if requirements is None and not notes:
            return
        yield from self.heading(self.words.languages, 2)
        yield from (self.language(requirement) for requirement in requirements or ())
        # The notes as notices have them: paragraphs of their own below the requirements.
        for note in notes:
            yield from ("", note)

    def language(self, requirement: LanguageRequirement) -> str:
        words = self.words
        if requirement.language is not None:
            name = requirement.language.name(self.lang)
        else:
            name = requirement.as_written or "?"
        proficiency = requirement.proficiency or Proficiency.KNOWLEDGE
        required = words.required[0] if requirement.required else words.required[1]
        modes = ""
        if set(requirement.modes) == {LanguageMode.ORAL, LanguageMode.WRITTEN}:
            modes = f" {words.modes}"
        template = words.proficiency[proficiency]
        if "{language}" in template:
            sentence = f"{template.format(language=name)} {required}{modes}"
        else:
            # "Maîtrise requise : anglais (oral et écrit)": the name needs no article.
            sentence = f"{template} {required}{words.colon}{name}{modes}"
        return self.bullet(sentence + ".")

    def competencies(self, notice: VacancyNotice) -> Iterator[str]:
        competencies = notice.position.competencies
        if competencies is None:
            return
        words = self.words
        yield from self.heading(words.competencies, 2)
        for index, note in enumerate(competencies.notes):
            yield from ("", note) if index else (note,)
        for group, template in (
            (competencies.values, words.values),
            (competencies.core, words.core),
            (competencies.managerial, words.managerial),
            (competencies.behavioural, words.behavioural),
        ):
            if group is not None:
                yield from self.group(group, template)

    def group(self, group: CompetencyGroup, template: str) -> Iterator[str]:
        count = group.declared_count if group.declared_count is not None else len(group.items)
        title = template.format(count=_number_word(count, self.lang))
        if group.level is not None:
            title += f" {self.words.level} {group.level}"
        if group.note:
            title += f" ({group.note})"
        yield from self.heading(title, 3)
        if any(item.description and "\n" in item.description for item in group.items):
            # Indicators, one a line: each name alone above their bullets, as notices
            # of before 2018 list them ("Accountability:" / "- Accepts and gives...").
            for item in group.items:
                yield f"{item.name}:"
                yield from map(self.bullet, (item.description or "").splitlines())
            return
        for item in group.items:
            yield self.bullet(f"{item.name}: {item.description}" if item.description else item.name)


_CONTRACTS = {
    "en": {
        ContractType.FIXED_TERM: "Fixed term",
        ContractType.SPECIAL_SHORT_TERM_GRADED: "Special short-term graded",
        ContractType.SPECIAL_SHORT_TERM_UNGRADED: "Special short-term ungraded",
        ContractType.SHORT_TERM: "Short-term",
        ContractType.CONSULTANCY: "Consultancy",
        ContractType.INTERNSHIP: "Internship",
    },
    "fr": {
        ContractType.FIXED_TERM: "Contrat à durée déterminée",
        ContractType.SPECIAL_SHORT_TERM_GRADED: "Contrat spécial de courte durée classé",
        ContractType.SPECIAL_SHORT_TERM_UNGRADED: "Contrat spécial de courte durée non classé",
        ContractType.SHORT_TERM: "Contrat de courte durée",
        ContractType.CONSULTANCY: "Consultance",
        ContractType.INTERNSHIP: "Stage",
    },
    "es": {
        ContractType.FIXED_TERM: "Plazo fijo",
        ContractType.SPECIAL_SHORT_TERM_GRADED: "Contrato especial de corta duración clasificado",
        ContractType.SPECIAL_SHORT_TERM_UNGRADED: "Contrato especial de corta duración no clasificado",
        ContractType.SHORT_TERM: "Contrato de corta duración",
        ContractType.CONSULTANCY: "Consultoría",
        ContractType.INTERNSHIP: "Pasantía",
    },
    "pt": {
        ContractType.FIXED_TERM: "Prazo fixo",
        ContractType.SPECIAL_SHORT_TERM_GRADED: "Especial de curto prazo classificado",
        ContractType.SPECIAL_SHORT_TERM_UNGRADED: "Especial de curto prazo não classificado",
        ContractType.SHORT_TERM: "Contrato de curto prazo",
        ContractType.CONSULTANCY: "Consultoria",
        ContractType.INTERNSHIP: "Estágio",
    },
}
_UNITS = {
    "en": {
        DurationUnit.DAYS: "days",
        DurationUnit.WORKING_DAYS: "working days",
        DurationUnit.WEEKS: "weeks",
        DurationUnit.MONTHS: "months",
        DurationUnit.YEARS: "years",
    },
    "fr": {
        DurationUnit.DAYS: "jours",
        DurationUnit.WORKING_DAYS: "jours ouvrables",
        DurationUnit.WEEKS: "semaines",
        DurationUnit.MONTHS: "mois",
        DurationUnit.YEARS: "ans",
    },
    "es": {
        DurationUnit.DAYS: "días",
        DurationUnit.WORKING_DAYS: "días hábiles",
        DurationUnit.WEEKS: "semanas",
        DurationUnit.MONTHS: "meses",
        DurationUnit.YEARS: "años",
    },
    "pt": {
        DurationUnit.DAYS: "dias",
        DurationUnit.WORKING_DAYS: "dias úteis",
        DurationUnit.WEEKS: "semanas",
        DurationUnit.MONTHS: "meses",
        DurationUnit.YEARS: "anos",
    },
}
_ORACLE = {
    "en": {
        "reference": "Job Identification (Reference Number)",
        "city": "Duty Station City",
        "country": "Duty Station Country",
        "grade": "Grade",
        "kind": "Vacancy Type",
    },
    "fr": {
        "reference": "Identification du poste",
        "city": "Ville du lieu d'affectation",
        "country": "Pays du lieu d'affectation",
        "grade": "Grade",
        "kind": "Type d'avis de vacance",
    },
    "es": {
        "reference": "Identificación del puesto",
        "city": "Ciudad del lugar de destino",
        "country": "País del lugar de destino",
        "grade": "Grado",
        "kind": "Tipo de vacante",
    },
    "pt": {
        "reference": "Identificação da vaga",
        "city": "Cidade da estação de trabalho",
        "country": "País da estação de trabalho",
        "grade": "Grau",
        "kind": "Tipo de vaga",
    },
}
_OPEN_TO = {
    "en": "Open to Internal and External Candidates",
    "fr": "ouvert aux candidats internes et externes",
    "es": "abierto a candidatos internos y externos",
    "pt": "aberto a candidatos internos e externos",
}
_HEADER_LABELS = {
    "en": {
        "recruitment": "Recruiting Type",
        "local": "Local recruitment",
        "international": "International recruitment",
        "PROFESSIONAL": "Professional",
        "DIRECTOR": "Director",
        "GENERAL_SERVICE": "General Service",
        "NATIONAL_OFFICER": "National Officer",
        "reports_to": "Reports directly to",
        "direct_reports": "Number of Direct Reports",
        "position_number": "Position number",
        "job_family": "Job family",
        "organizational_unit": "Organizational unit",
        "office_type": "Office type",
        "rated_on": "Position rated on",
        "HEADQUARTERS": "Headquarters",
        "REGIONAL_OFFICE": "Regional Office",
        "COUNTRY_OFFICE": "Country Office",
        "MANILA_ADMINISTRATIVE_CENTRE": "Manila Administrative Centre (MAC)",
        "PANAMA_ADMINISTRATIVE_CENTRE": "Panama Administrative Centre (PAC)",
        "LIAISON_OFFICE": "Liaison Office",
    },
    "fr": {
        "recruitment": "Type de recrutement",
        "local": "Recrutement local",
        "international": "Recrutement international",
        "PROFESSIONAL": "Administrateur",
        "DIRECTOR": "Directeur",
        "GENERAL_SERVICE": "Services généraux",
        "NATIONAL_OFFICER": "Administrateur national",
        "reports_to": "Rend compte à",
        "direct_reports": "Nombre de subordonnés directs",
        "position_number": "Numéro de poste",
        "job_family": "Famille d'emplois",
        "organizational_unit": "Unité organisationnelle",
        "office_type": "Type de bureau",
        "rated_on": "Poste classé le",
        "HEADQUARTERS": "Siège",
        "REGIONAL_OFFICE": "Bureau régional",
        "COUNTRY_OFFICE": "Bureau de pays",
        "MANILA_ADMINISTRATIVE_CENTRE": "Centre administratif de Manille (MAC)",
        "PANAMA_ADMINISTRATIVE_CENTRE": "Centre administratif de Panama (PAC)",
        "LIAISON_OFFICE": "Bureau de liaison",
    },
    "es": {
        "recruitment": "Tipo de contratación",
        "local": "Contratación local",
        "international": "Contratación internacional",
        "PROFESSIONAL": "Profesional",
        "DIRECTOR": "Director",
        "GENERAL_SERVICE": "Servicios Generales",
        "NATIONAL_OFFICER": "Oficial Nacional",
        "reports_to": "Reporta a",
        "direct_reports": "Número de subordinados directos",
        "position_number": "Número de puesto",
        "job_family": "Familia de puestos",
        "organizational_unit": "Unidad organizativa",
        "office_type": "Tipo de oficina",
        "rated_on": "Puesto clasificado el",
        "HEADQUARTERS": "Sede",
        "REGIONAL_OFFICE": "Oficina regional",
        "COUNTRY_OFFICE": "Oficina en el país",
        "MANILA_ADMINISTRATIVE_CENTRE": "Centro administrativo de Manila (MAC)",
        "PANAMA_ADMINISTRATIVE_CENTRE": "Centro administrativo de Panamá (PAC)",
        "LIAISON_OFFICE": "Oficina de enlace",
    },
    "pt": {
        "recruitment": "Tipo de recrutamento",
        "local": "Recrutamento local",
        "international": "Recrutamento internacional",
        "PROFESSIONAL": "Profissional",
        "DIRECTOR": "Diretor",
        "GENERAL_SERVICE": "Serviços Gerais",
        "NATIONAL_OFFICER": "Oficial Nacional",
        "reports_to": "Reporta a",
        "direct_reports": "Número de subordinados diretos",
        "position_number": "Número do posto",
        "job_family": "Família de cargos",
        "organizational_unit": "Unidade organizacional",
        "office_type": "Tipo de escritório",
        "rated_on": "Cargo classificado em",
        "HEADQUARTERS": "Sede",
        "REGIONAL_OFFICE": "Escritório regional",
        "COUNTRY_OFFICE": "Escritório nacional",
        "MANILA_ADMINISTRATIVE_CENTRE": "Centro Administrativo de Manila (MAC)",
        "PANAMA_ADMINISTRATIVE_CENTRE": "Centro Administrativo do Panamá (PAC)",
        "LIAISON_OFFICE": "Escritório de ligação",
    },
}
_SUPERVISION = {
    "en": {
        **{kind: f"{kind.value} supervisor" for kind in SupervisionKind},
        SupervisionKind.GUIDANCE: "general guidance",
    },
    "fr": {
        SupervisionKind.DIRECT: "supervision directe",
        SupervisionKind.OVERALL: "supervision générale",
        SupervisionKind.ADMINISTRATIVE: "supervision administrative",
        SupervisionKind.TECHNICAL: "supervision technique",
        SupervisionKind.FUNCTIONAL: "supervision fonctionnelle",
        SupervisionKind.GUIDANCE: "orientation générale",
        SupervisionKind.UNSPECIFIED: "supervision",
    },
    "es": {
        SupervisionKind.DIRECT: "supervisión directa",
        SupervisionKind.OVERALL: "supervisión general",
        SupervisionKind.ADMINISTRATIVE: "supervisión administrativa",
        SupervisionKind.TECHNICAL: "supervisión técnica",
        SupervisionKind.FUNCTIONAL: "supervisión funcional",
        SupervisionKind.GUIDANCE: "orientación general",
        SupervisionKind.UNSPECIFIED: "supervisión",
    },
    "pt": {
        SupervisionKind.DIRECT: "supervisão direta",
        SupervisionKind.OVERALL: "supervisão geral",
        SupervisionKind.ADMINISTRATIVE: "supervisão administrativa",
        SupervisionKind.TECHNICAL: "supervisão técnica",
        SupervisionKind.FUNCTIONAL: "supervisão funcional",
        SupervisionKind.GUIDANCE: "orientação geral",
        SupervisionKind.UNSPECIFIED: "supervisão",
    },
}
_NATIONALS = {
    "en": "Nationals of the duty station's country cannot be considered eligible.",
    "fr": "Les ressortissants du pays du lieu d'affectation ne peuvent être considérés.",
    "es": "Los nacionales del país del lugar de destino no pueden ser considerados.",
    "pt": "Os nacionais do país da estação de trabalho não podem ser considerados.",
}
_UP_TO = {"en": "up to ", "fr": "jusqu'à ", "es": "hasta ", "pt": "até "}
# A consultancy's category, before its letter: "Consultancy, Category B, 3 months".
_SALARY = {"en": "Salary", "fr": "Salaire", "es": "Salario", "pt": "Salário"}
# Who alone may apply, by nationality (a post its government sponsors).
_NATIONALITIES = {
    "en": "Eligible nationalities",
    "fr": "Nationalités éligibles",
    "es": "Nacionalidades elegibles",
    "pt": "Nacionalidades elegíveis",
}
_PER_PERIOD = {
    "en": {
        PayPeriod.HOUR: "per hour", PayPeriod.DAY: "per day", PayPeriod.WEEK: "per week",
        PayPeriod.MONTH: "per month", PayPeriod.YEAR: "per year",
    },
    "fr": {
        PayPeriod.HOUR: "par heure", PayPeriod.DAY: "par jour", PayPeriod.WEEK: "par semaine",
        PayPeriod.MONTH: "par mois", PayPeriod.YEAR: "par an",
    },
    "es": {
        PayPeriod.HOUR: "por hora", PayPeriod.DAY: "por día", PayPeriod.WEEK: "por semana",
        PayPeriod.MONTH: "por mes", PayPeriod.YEAR: "por año",
    },
    "pt": {
        PayPeriod.HOUR: "por hora", PayPeriod.DAY: "por dia", PayPeriod.WEEK: "por semana",
        PayPeriod.MONTH: "por mês", PayPeriod.YEAR: "por ano",
    },
}  # fmt: skip
_BASES = {
    "en": {PayBasis.GROSS: "gross", PayBasis.NET: "net", PayBasis.ALL_INCLUSIVE: "all inclusive"},
    "fr": {PayBasis.GROSS: "brut", PayBasis.NET: "net", PayBasis.ALL_INCLUSIVE: "tout compris"},
    "es": {PayBasis.GROSS: "bruto", PayBasis.NET: "neto", PayBasis.ALL_INCLUSIVE: "todo incluido"},
    "pt": {
        PayBasis.GROSS: "bruto", PayBasis.NET: "líquido", PayBasis.ALL_INCLUSIVE: "tudo incluído",
    },
}  # fmt: skip
_CATEGORY = {"en": "Category", "fr": "catégorie", "es": "categoría", "pt": "categoria"}
_EXTENSION = {
    "en": "with possibility of extension",
    "fr": "avec possibilité de prolongation",
    "es": "con posibilidad de extensión",
    "pt": "com possibilidade de prorrogação",
}
_HOME_BASED = {
    "en": "Home-based",
    "fr": "Télétravail",
    "es": "Teletrabajo",
    "pt": "Trabalho remoto",
}
_NO_EXTENSION = {
    "en": "non-renewable",
    "fr": "non renouvelable",
    "es": "no renovable",
    "pt": "não renovável",
}


def _amount(amount: Decimal, lang: str) -> str:
    """*amount* in digits, its decimals after a point in English and a comma otherwise.

    Three decimals after at most three digits would read as thousands
    ("1.505"): a fourth, a zero, says they are decimals ("1.5050" is the same amount).
    """
    digits = str(amount)
    whole, _, fraction = digits.partition(".")
    if len(whole) <= 3 and len(fraction) == 3:  # noqa: PLR2004 -- a group of thousands
        digits += "0"
    return digits if lang == "en" else digits.replace(".", ",")


def _zone_words(zone: str) -> str | None:
    """How *zone* is named for the reader to read it back: "UTC+3", "Nairobi"; ``None`` for no way."""
    offset = fixed_offset(zone)
    if offset is not None:
        words = f"UTC{offset:+d}" if offset else "UTC"
    else:
        words = zone.rpartition("/")[2].replace("_", " ")
    return words if time_zone_named(words) == zone else None


_CITY_TIME = {
    "en": "{} time",
    "fr": "heure de {}",
    "es": "hora de {}",
    "pt": "hora de {}",
}
_GENEVA_TIME = {
    "en": "Geneva time",
    "fr": "heure de Genève",
    "es": "hora de Ginebra",
    "pt": "hora de Genebra",
}
_FIRST_TIER = {
    "en": (
        "For the purpose of this vacancy, the following are considered first-tier candidates:",
        "Internal candidates",
        "External female candidates",
        "Candidates from the following non-represented member states:",
    ),
    "fr": (
        "Aux fins de cet avis, sont considérés comme candidats de premier niveau :",
        "Candidats internes",
        "Candidates externes",
        "Candidats des États membres non représentés suivants :",
    ),
    "es": (
        "A efectos de esta vacante, se consideran candidatos de primer nivel:",
        "Candidatos internos",
        "Candidatas externas",
        "Candidatos de los siguientes Estados miembros no representados:",
    ),
    "pt": (
        "Para o propósito desta vaga, os seguintes são considerados candidatos de primeira linha:",
        "Candidatos internos",
        "Candidatas externas",
        "Candidatos dos seguintes estados membros não representados:",
    ),
}

# How notices spell the numbers of values they announce.
_NUMBER_WORDS = {
    "en": {3: "three", 5: "five"},
    "fr": {3: "trois", 5: "cinq"},
    "es": {3: "tres", 5: "cinco"},
    "pt": {3: "três", 5: "cinco"},
}


def _number_word(count: int, lang: str) -> str:
    return _NUMBER_WORDS[lang].get(count, str(count))
