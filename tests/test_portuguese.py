"""Notices in Portuguese: IOM's Lusophone missions and the job boards that translate for them.

``layouts/portuguese_header.txt`` is a Mozambican job board's Portuguese
copy of an IOM notice of 2024 (header, first-tier paragraph and member
states as published); ``portuguese_header_in_english.txt`` is its English
translation, which the reader read before it read Portuguese.
``portuguese_qualifications.txt`` is the rest of such a notice as those
copies word it: supervision, duties, education paths, languages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Final

import attrs
import pytest

from iomjobs import (
    ContractType,
    Country,
    DegreeLevel,
    Duration,
    DurationUnit,
    Language,
    MemberStateEntry,
    NoticeKind,
    Proficiency,
    RecruitingType,
    Recruitment,
    VacancyNotice,
    to_dict,
    validate,
)
from iomjobs.parse import parse_notice
from iomjobs.parse._dates import find_dates
from iomjobs.parse._interpret import (
    read_appointment,
    read_kind,
    read_path,
    read_recruiting_type,
    recruitment_in,
)
from iomjobs.parse._language import notice_language
from iomjobs.parse._language_requirements import read_languages
from iomjobs.parse._supervision import supervisors_in
from iomjobs.reference import lookup_country, lookup_language

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _notice(name: str) -> VacancyNotice:
    return parse_notice(LAYOUTS / f"{name}.txt").notice


class TestAPortugueseCopyOfANotice:
    def test_its_header_first_tier_and_context(self) -> None:
        notice = _notice("portuguese_header")
        position = notice.position
        assert notice.language == Language("pt")
        assert position.title == "Oficial de Projeto (Abrigo/NFI e Moradia)"
        assert str(position.grade) == "P-2"
        # "Beira e/ou Pemba (TBC), Moçambique": either city, the words kept whole.
        assert [(s.city, s.country) for s in position.duty_stations] == [
            ("Beira", Country("MZ")),
            ("Pemba", Country("MZ")),
        ]
        written = "Beira e/ou Pemba (TBC), Moçambique"
        assert [s.as_written for s in position.duty_stations] == [written, written]
        appointment = notice.appointment
        assert appointment is not None
        assert appointment.contract_type is ContractType.SPECIAL_SHORT_TERM_GRADED
        assert appointment.duration == Duration(6, DurationUnit.MONTHS)
        assert appointment.extendable is True
        assert notice.start is not None
        assert notice.start.as_soon_as_possible
        assert notice.closing_date == dt.date(2024, 10, 23)
        first_tier = notice.first_tier
        assert first_tier is not None
        assert first_tier.internal
        entries = first_tier.non_represented_member_states or ()
        assert len(entries) == 26
        assert [entry.name for entry in entries if entry.country is None] == []
        # "Congo (a)": the article in brackets, as "Congo (the)" in English.
        assert entries[3] == MemberStateEntry("Congo (a)", Country("CG"))
        assert entries[6] == MemberStateEntry("Santa Sé", Country("VA"))
        assert notice.open_to_external is True
        assert notice.context[0].startswith("Fundada em 1951")
        assert len(notice.context) == 4

    def test_it_reads_as_its_english_translation(self) -> None:
        portuguese = _comparable(_notice("portuguese_header"))
        english = _comparable(_notice("portuguese_header_in_english"))
        assert portuguese == english

    def test_duties_qualifications_and_languages(self) -> None:
        notice = _notice("portuguese_qualifications")
        position = notice.position
        assert [(s.kind.value, s.title) for s in position.supervisors] == [
            ("overall", "Chefe de Missão"),
            ("direct", "Coordenador de Programa"),
        ]
        assert [len(group.items) for group in position.responsibilities] == [3]
        master, bachelor = position.qualifications.education or ()
        assert (master.degree, master.min_years) == (DegreeLevel.MASTER, 2)
        # "ou numa área afim" is no field; "de uma instituição..." says where from.
        assert master.fields_of_study == ("Arquitetura", "Engenharia Civil", "Ciências Sociais")
        # "Licenciatura nas áreas acima mencionadas": the fields above.
        assert (bachelor.degree, bachelor.min_years) == (DegreeLevel.BACHELOR, 4)
        assert bachelor.fields_of_study == master.fields_of_study
        assert len(position.qualifications.experience or ()) == 2
        english, portuguese, local = position.languages or ()
        for requirement, language in ((english, "en"), (portuguese, "pt")):
            assert requirement.language == Language(language)
            assert (requirement.proficiency, requirement.required) == (Proficiency.FLUENT, True)
            assert [mode.value for mode in requirement.modes] == ["oral", "written"]
        # "O conhecimento de uma língua local é uma vantagem."
        assert (local.language, local.required) == (None, False)

    def test_either_city_is_known(self) -> None:
        # Each city of "Beira e/ou Pemba (TBC)" is a place the gazetteer knows in Mozambique.
        codes = {finding.code for finding in validate(_notice("portuguese_header")).findings}
        assert not codes & {"PLC001", "PLC002"}

    def test_the_rules_find_its_sections(self) -> None:
        notice = _notice("portuguese_qualifications")
        codes = {finding.code for finding in validate(notice).findings}
        assert not codes & {"LNG001", "LNG002", "QUA004", "PLC001", "DAT006", "QUA005"}
        # The local language unnamed: Mozambique's languages suggested.
        (local,) = [f for f in validate(notice).findings if f.code == "LNG003"]
        assert "Portuguese" in local.message


# The fields that hold the notice's own words: present in both, worded in each.
_WORDED: Final = (".title", ".city", "].name", ".as_written")


def _comparable(notice: VacancyNotice) -> dict[str, Any]:
    """What a notice says, its own words only as being there."""
    flat = _flattened(to_dict(attrs.evolve(notice, context=(), language=None)))
    return {path: "words" if path.endswith(_WORDED) else value for path, value in flat}


def _flattened(value: object, path: str = "$") -> Any:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flattened(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flattened(item, f"{path}[{index}]")
    else:
        yield path, value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Fundada em 1951, a OIM é uma Organização Relacionada às Nações Unidas e, como a "
            "principal agência da ONU no campo da migração, trabalha em estreita colaboração "
            "com parceiros governamentais.",
            "pt",
        ),
        (
            "La persona seleccionada trabajará con los equipos del programa y con los socios "
            "del proyecto en el país.",
            "es",
        ),
        (
            "The successful candidate will work with the programme teams and the partners "
            "of the project in Brazil and Mozambique.",
            "en",
        ),
        (
            "La personne retenue travaillera sous la supervision du chef de mission et des "
            "équipes du programme de réintégration.",
            "fr",
        ),
    ],
)
def test_the_language_a_notice_is_written_in(text: str, code: str) -> None:
    assert notice_language(text) == Language(code)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Data de Encerramento: 23 de outubro de 2024", dt.date(2024, 10, 23)),
        ("Data de Início Estimada: 1º de março de 2025", dt.date(2025, 3, 1)),
        ("prazo: 5 de fevereiro de 2026", dt.date(2026, 2, 5)),
        ("15 dez. 2025", dt.date(2025, 12, 15)),
    ],
)
def test_portuguese_dates(text: str, date: dt.date) -> None:
    assert [found.date for found in find_dates(text)] == [date]


@pytest.mark.parametrize(
    ("written", "contract", "duration", "extendable"),
    [
        (
            "Especial de curto prazo, 6 meses com possibilidade de extensão",
            ContractType.SPECIAL_SHORT_TERM_GRADED,
            Duration(6, DurationUnit.MONTHS),
            True,
        ),
        (
            "Prazo fixo, um ano com possibilidade de prorrogação",
            ContractType.FIXED_TERM,
            Duration(1, DurationUnit.YEARS),
            True,
        ),
        (
            "Especial de curto prazo não classificado, até 3 meses",
            ContractType.SPECIAL_SHORT_TERM_UNGRADED,
            Duration(3, DurationUnit.MONTHS, up_to=True),
            None,
        ),
        ("Estágio, dois meses", ContractType.INTERNSHIP, Duration(2, DurationUnit.MONTHS), None),
    ],
)
def test_portuguese_contracts(
    written: str,
    contract: ContractType,
    duration: Duration,
    extendable: bool | None,  # noqa: FBT001
) -> None:
    appointment = read_appointment(written)
    assert (appointment.contract_type, appointment.duration) == (contract, duration)
    assert appointment.extendable is extendable


def test_portuguese_kinds_categories_and_recruitment() -> None:
    assert read_kind("Aviso de Vaga") is NoticeKind.VACANCY_NOTICE
    assert read_kind("Aviso Especial de Vaga") is NoticeKind.SPECIAL_VACANCY_NOTICE
    assert read_kind("Manifestação de Interesse") is NoticeKind.EXPRESSION_OF_INTEREST
    assert read_recruiting_type("Serviços Gerais") is RecruitingType.GENERAL_SERVICE
    assert read_recruiting_type("Equipe Profissional") is RecruitingType.PROFESSIONAL
    local = recruitment_in("Esta vaga está sujeita a recrutamento local.")
    assert local is not None
    assert local[0] is Recruitment.LOCAL


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Moçambique", "MZ"),
        ("Quénia", "KE"),  # Portugal's and Africa's spelling
        ("Quênia", "KE"),  # Brazil's
        ("Guiné-Bissau", "GW"),
        ("São Tomé e Príncipe", "ST"),
        ("Micronésia (Estados Federados da)", "FM"),
        ("República Democrática Popular do Laos (a)", "LA"),
        # European Portuguese's El Salvador, and a Brazilian duty station: no country.
        ("Salvador", None),
        ("El Salvador", "SV"),
    ],
)
def test_portuguese_country_names(written: str, code: str | None) -> None:
    assert lookup_country(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("inglês", "en"),
        ("português", "pt"),
        ("francês", "fr"),
        ("suaíli", "sw"),
        # Places as well as Portuguese names of languages: read as neither language.
        ("Tonga", None),
        ("Pasto", None),
    ],
)
def test_portuguese_language_names(written: str, code: str | None) -> None:
    assert lookup_language(written) == code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "É necessária fluência em inglês e português (oral e escrita).",
            [("en", Proficiency.FLUENT, True), ("pt", Proficiency.FLUENT, True)],
        ),
        (
            "Fluência em português é obrigatória; o conhecimento de inglês é desejável.",
            [("pt", Proficiency.FLUENT, True), ("en", Proficiency.KNOWLEDGE, False)],
        ),
        (
            "Bom conhecimento de francês constitui uma vantagem.",
            [("fr", Proficiency.WORKING_KNOWLEDGE, False)],
        ),
    ],
)
def test_portuguese_language_sentences(
    sentence: str, expected: list[tuple[str, Proficiency, bool]]
) -> None:
    read = [
        (str(found.language), found.proficiency, found.required)
        for found in read_languages(sentence)
    ]
    assert read == expected


@pytest.mark.parametrize(
    ("written", "degree", "years"),
    [
        ("Mestrado em Direito com dois anos de experiência relevante", DegreeLevel.MASTER, 2),
        ("Licenciatura em Economia com quatro anos de experiência", DegreeLevel.BACHELOR, 4),
        ("Bacharelado em Administração com sete anos de experiência", DegreeLevel.BACHELOR, 7),
        ("Doutoramento em Saúde Pública", DegreeLevel.DOCTORATE, None),
        ("Ensino médio completo com seis anos de experiência", DegreeLevel.SECONDARY, 6),
    ],
)
def test_portuguese_education_paths(written: str, degree: DegreeLevel, years: int | None) -> None:
    path = read_path(written, None)
    assert path is not None
    assert (path.degree, path.min_years) == (degree, years)


def test_a_portuguese_supervision_sentence() -> None:
    sentence = (
        "Sob a supervisão geral do Chefe de Missão e a supervisão direta do Oficial Nacional "
        "de Projeto, o(a) Assistente de Projeto será responsável pelas seguintes funções:"
    )
    assert [(s.kind.value, s.title) for s in supervisors_in(sentence)] == [
        ("overall", "Chefe de Missão"),
        ("direct", "Oficial Nacional de Projeto"),
    ]


def test_a_portuguese_competency_section_read_as_written() -> None:
    text = (
        "Cargo: Assistente de Projeto\n"
        "Classificação: Serviços Gerais, Grau G5\n"
        "\n"
        "Competências Exigidas\n"
        "Valores - todos os funcionários da OIM devem respeitar e demonstrar estes valores:\n"
        "- Integridade e transparência: mantém altos padrões éticos.\n"
        "Competências essenciais – indicadores comportamentais nível 1\n"
        "- Trabalho em equipe: desenvolve e promove colaboração eficaz.\n"
    )
    notice = parse_notice(text).notice
    # The headings say no more than their groups hold: "e" and "comportamentais" had
    # kept them as unclassified text too.
    assert notice.unclassified == ()
    competencies = notice.position.competencies
    assert competencies is not None
    assert competencies.values is not None
    assert [item.name for item in competencies.values.items] == ["Integridade e transparência"]
    assert competencies.core is not None
    assert [item.name for item in competencies.core.items] == ["Trabalho em equipe"]
    assert competencies.core.level == 1
    # The framework's names are English: names in Portuguese are counted, not checked
    # by name (each had been an unknown name, CMP002).
    findings = validate(notice, select=["CMP002", "CMP011"]).findings
    assert [(f.code, f.path) for f in findings] == [
        ("CMP011", "$.position.competencies.values"),
        ("CMP011", "$.position.competencies.core"),
    ]
    assert "(the notice is in Portuguese)" in findings[0].message
