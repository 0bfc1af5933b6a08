"""The rules that read a notice's words, on notices in French, Spanish and Portuguese.

CMP002, CMP003, CMP005 and CMP006 read the names of values and competencies,
which a notice in French or Spanish writes in its own language: such names
are counted, not checked by name, and CMP011 says so. CMP010 reads duties
for a post that supervises staff, LNG005 the skills for
languages the requirements leave out, QUA003 experience items for a range of
years, TXT003 the text for Word's placeholders. All read English in every
notice; CMP010 and LNG005 read a notice's own language too (its
``language``, which the reader sets), QUA003 reads the range as the four
languages write it, TXT003 French and Portuguese Word's placeholders in any
notice and Spanish Word's in a notice in Spanish or Portuguese.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iomjobs import (
    Language,
    LanguageRequirement,
    Position,
    Qualifications,
    Responsibility,
    ResponsibilityGroup,
    VacancyNotice,
    from_dict,
    validate,
)
from iomjobs.parse import parse_notice
from iomjobs.rules._supervision import supervision_at
from iomjobs.source import Span

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(
    ("language", "duty", "supervises"),
    [
        ("fr", "Superviser le personnel du projet et fournir des orientations.", True),
        ("fr", "Superviser le travail des assistants de terrain.", True),
        ("fr", "Encadrer une équipe de cinq agents de saisie.", True),
        ("fr", "Diriger l'équipe du bureau de Farchana.", True),
        ("fr", "Gérer le personnel national du sous-bureau.", True),
        ("fr", "Assurer la supervision du personnel et des partenaires.", True),
        ("fr", "Le titulaire supervisera les assistants chargés de l'enregistrement.", True),
        # An Algiers notice of 2025 (yop.l-frii.com): the post's own supervisors.
        (
            "fr",
            "Sous la supervision directe du coordonnateur AVRR et la supervision générale du "
            "chef de programme, le titulaire du poste sera chargé d'appuyer la gestion.",
            False,
        ),
        ("fr", "Travailler sous la supervision du chef d'équipe.", False),
        ("fr", "Sous la supervision de l'équipe de direction, appuyer le projet.", False),
        # "personnel" the adjective; "la gestion du personnel", a noun, as in English.
        ("fr", "Superviser le développement personnel des bénéficiaires.", False),
        ("fr", "Expérience avérée de la supervision et de la gestion du personnel.", False),
        ("fr", "Gérer les dossiers du personnel.", False),
        ("fr", "Coordonner les activités avec l'équipe du programme.", False),
        ("es", "Supervisar al personal del proyecto.", True),
        ("es", "Supervisar y orientar al equipo de promotores.", True),
        ("es", "Supervisar el trabajo del personal de campo.", True),
        ("es", "Liderar el equipo de gestión de casos.", True),
        ("es", "Supervisar a los asistentes de campo.", True),
        ("es", "Garantizar la supervisión del personal contratado.", True),
        # "el equipo" is also the equipment; "oficiales", "personal" also adjectives.
        ("es", "Supervisar el mantenimiento del equipo informático.", False),
        ("es", "Gestionar el equipo de oficina.", False),
        ("es", "Supervisar la emisión de documentos oficiales.", False),
        ("es", "Supervisar la información personal de los beneficiarios.", False),
        # A Mexico notice of 2025 (undpjobs.net): the post's own supervisor.
        (
            "es",
            "Bajo la supervisión directa de el/la Oficial Nacional del Programa, el/la Asistente "
            "de Operaciones será responsable de ejecutar las funciones asignadas.",
            False,
        ),
        ("pt", "Supervisionar a equipe de assistentes de campo e organizar a sua formação.", True),
        ("pt", "Liderar a equipa de registo.", True),
        ("pt", "Gerir o pessoal do escritório.", True),
        ("pt", "Assegurar a supervisão da equipe de campo.", True),
        ("pt", "Sob a supervisão geral do Chefe de Missão, apoiar o projeto.", False),
        ("pt", "Sob a supervisão da equipe de gestão, apoiar.", False),
        ("pt", "Supervisionar o desenvolvimento pessoal.", False),
        ("pt", "Supervisionar a instalação do equipamento.", False),
    ],
)
def test_supervision_in_the_notice_language(language: str, duty: str, supervises: bool) -> None:  # noqa: FBT001
    assert (supervision_at(duty, language) is not None) is supervises


@pytest.mark.parametrize("language", [None, "en"])
def test_a_notice_in_english_is_read_in_english_only(language: str | None) -> None:
    # The other languages' words are read where the notice is written in them.
    assert supervision_at("Superviser le personnel du projet.", language) is None
    assert supervision_at("Supervise the staff of the project.", language) is not None


def _duties(language: str | None, *duties: str) -> VacancyNotice:
    items = tuple(map(Responsibility, duties))
    return VacancyNotice(
        language=Language(language) if language else None,
        position=Position(responsibilities=(ResponsibilityGroup(items),)),
    )


def test_a_french_notice_keeping_english_duties_is_read_in_english_too() -> None:
    notice = _duties("fr", "Coordonner les activités.", "Supervise the project staff.")
    (finding,) = validate(notice, select=["CMP010"]).findings
    assert finding.path == "$.position.responsibilities[0].items[1]"


# As the French copies of IOM notices that job boards publish are laid out:
# the header of a 2025 notice, its context sentence, numbered duties.
_FRENCH_NOTICE = """\
Identification du poste (numéro de référence) : 15314
Intitulé du poste : Chargé de projet (P)
Ville du lieu d'affectation : Abidjan
Pays du lieu d'affectation : Côte d'Ivoire
Grade : P-2
Date de clôture : 22 juin 2025

Contexte

Sous la supervision directe du chef de programme, le titulaire du poste sera chargé de la mise \
en œuvre du projet.

Responsabilités

1. Coordonner la mise en œuvre des activités de réintégration.
2. Superviser le personnel du projet et organiser sa formation.
3. Préparer les rapports destinés aux donateurs.
"""


def test_a_french_notice_that_supervises_staff() -> None:
    result = parse_notice(_FRENCH_NOTICE)
    assert result.notice.language == Language("fr")
    (finding,) = validate(result, select=["CMP010"]).findings
    assert finding.path == "$.position.responsibilities[0].items[1]"
    assert "'Superviser le personnel du projet et organiser sa formation.'" in finding.message
    assert finding.span == Span(15, 15)


def test_the_portuguese_fixture_supervises_its_field_assistants() -> None:
    result = parse_notice(LAYOUTS / "portuguese_qualifications.txt")
    (finding,) = validate(result, select=["CMP010"]).findings
    assert finding.path == "$.position.responsibilities[0].items[2]"
    assert "Supervisionar a equipe de assistentes de campo" in finding.message
    assert finding.span == Span(10, 10)


@pytest.mark.parametrize(
    "name", ["french_first_tier_and_supervision", "french_header", "spanish_consultancy"]
)
def test_supervised_posts_do_not_supervise(name: str) -> None:
    # Each says whom the post reports to ("sous la supervision du chef de mission
    # et des équipes du programme"), and no duty of supervising staff.
    result = parse_notice(LAYOUTS / f"{name}.txt")
    assert result.notice.language is not None
    assert result.notice.language.code in {"fr", "es"}
    assert not validate(result, select=["CMP010"]).findings


# Seed 002's "At least 4-6 years of relevant experience", as the other languages write it.
_PATHS = """\
Éducation
- Diplôme universitaire en relations internationales avec quatre années d'expérience \
professionnelle pertinente ; ou
- Diplôme d'études secondaires avec six années d'expérience professionnelle pertinente.
Expérience
- {range} d'expérience pertinente dans les domaines de la protection.
"""


@pytest.mark.parametrize(
    ("written", "disagrees"),
    [
        ("Au moins 4 à 6 ans", False),
        ("Au moins 4-6 années", False),
        ("Au moins 2 à 3 ans", True),
        ("De 2 a 3 años", True),
        ("Pelo menos 2 a 3 anos", True),
        ("Au moins 2 ou 3 ans", False),  # not a range as written: not read
    ],
)
def test_experience_ranges_in_other_languages(written: str, disagrees: bool) -> None:  # noqa: FBT001
    result = parse_notice(
        "Intitulé du poste : Assistant de protection\n\n" + _PATHS.format(range=written)
    )
    education = result.notice.position.qualifications.education or ()
    assert [path.min_years for path in education] == [4, 6]
    findings = validate(result, select=["QUA003"]).findings
    assert bool(findings) is disagrees
    if disagrees:
        assert "the education paths ask 4-6" in findings[0].message


# A French notice's "Compétences" list, as such notices write it (its first
# item as a 2025 notice for the Central African Republic words it), and a
# language named among them.
_SKILLS = """\
Intitulé du poste : Chargé de programme (P)

Compétences
- Connaissance approfondie des domaines liés aux migrations traités par l'Organisation;
- {skill}
Langues
La maîtrise du français et de l'anglais est requise.
"""


@pytest.mark.parametrize(
    ("skill", "named"),
    [
        ("Bonne connaissance du portugais, un atout.", ["pt"]),
        ("Capacité à communiquer en arabe à l'oral.", []),  # no word about languages
        ("Maîtrise de l'arabe parlé et écrit.", ["ar"]),
        ("Knowledge of Portuguese is an advantage.", ["pt"]),  # English kept in the notice
        ("Maîtrise des logiciels Word et Excel.", []),
        ("Parfaite maîtrise de l'anglais écrit.", []),  # asked for under Langues
    ],
)
def test_languages_named_in_french_skills(skill: str, named: list[str]) -> None:
    result = parse_notice(_SKILLS.format(skill=skill))
    notice = result.notice
    assert notice.language == Language("fr")
    assert [r.language for r in notice.position.languages or ()] == [
        Language("fr"),
        Language("en"),
    ]
    findings = validate(result, select=["LNG005"]).findings
    assert [finding.suggestion for finding in findings] == named
    assert all(finding.path == "$.position.qualifications.skills[1]" for finding in findings)


@pytest.mark.parametrize(
    ("language", "skill", "named"),
    [
        ("es", "Conocimiento del idioma árabe.", ["ar"]),
        ("es", "Dominio del portugués hablado.", ["pt"]),
        ("pt", "Conhecimento de francês é uma vantagem.", ["fr"]),
        ("pt", "Domínio da língua árabe.", ["ar"]),
        (None, "Conocimiento del idioma árabe.", []),  # a notice in English: capitals only
    ],
)
def test_languages_named_in_spanish_and_portuguese_skills(
    language: str | None, skill: str, named: list[str]
) -> None:
    notice = VacancyNotice(
        language=Language(language) if language else None,
        position=Position(
            languages=(LanguageRequirement(Language("en")),),
            qualifications=Qualifications(skills=(skill,)),
        ),
    )
    findings = validate(notice, select=["LNG005"]).findings
    assert [finding.suggestion for finding in findings] == named


@pytest.mark.parametrize(
    ("language", "written", "found"),
    [
        # A French or Portuguese Word's placeholders, whatever the notice's language.
        (None, "Cliquez ou appuyez ici pour entrer du texte.", True),
        ("en", "Cliquez ici pour taper du texte.", True),
        ("fr", "Choisissez un élément.", True),
        ("en", "Clique ou toque aqui para inserir o texto.", True),
        ("pt", "Clique ou toque aqui para inserir uma data.", True),
        # A Spanish or Portuguese Word's others, in notices in those languages.
        ("es", "Haga clic o pulse aquí para escribir texto.", True),
        ("es", "Haga clic aquí o pulse para escribir una fecha.", True),
        ("es", "Elija un elemento.", True),
        ("pt", "Escolher um item.", True),
        ("en", "Haga clic o pulse aquí para escribir texto.", False),
        # Prose, not Word's.
        ("pt", "O menu fecha ao escolher um item.", False),
        ("fr", "Cliquez ici pour postuler.", False),
    ],
)
def test_word_placeholders_in_other_languages(
    language: str | None,
    written: str,
    found: bool,  # noqa: FBT001
) -> None:
    notice = VacancyNotice(
        language=Language(language) if language else None,
        notes=(f"Date de début : {written}",),
    )
    findings = validate(notice, select=["TXT003"]).findings
    assert bool(findings) is found
    if found:
        assert findings[0].path == "$.notes[0]"
        assert repr(written) in findings[0].message


# A French notice's competency section, as IOM's French template words it.
_FRENCH_COMPETENCIES = """\
Intitulé du poste : Assistant(e) administratif(ve)
Lieu d'affectation : Niamey, Niger
Grade : G5
Date de clôture : 15 décembre 2026

Compétences requises

Valeurs - tous les membres du personnel de l'OIM doivent respecter et démontrer ces trois valeurs :
• Inclusion et respect de la diversité : respecte et promeut les différences individuelles.
• Intégrité et transparence : fait preuve d'une grande éthique.
• Professionnalisme : fait preuve d'aptitudes à travailler de manière calme et engagée.
"""


def test_french_names_of_values_are_counted_not_checked_by_name() -> None:
    # The three values had each been an unknown name (CMP002), and all five of the
    # 2023 edition's missing (CMP005); the old template went unremarked. Three
    # values are the 2018 edition's, as they would be in English.
    result = parse_notice(_FRENCH_COMPETENCIES)
    assert result.notice.language == Language("fr")
    findings = validate(result, select=["CMP002", "CMP003", "CMP005", "CMP011"]).findings
    assert [(f.code, f.path) for f in findings] == [
        ("CMP003", "$.position.competencies.values"),
        ("CMP011", "$.position.competencies.values"),
    ]
    assert findings[0].message == (
        "lists the 2018 edition's 3 values, but the 2023 edition was in force on 2026-12-15"
    )
    assert findings[1].message == (
        "3 of the 3 values are not the 2018 edition's English names (the notice is in French):"
        " not checked by name"
    )
    assert findings[1].span == Span(8, 8)


_VALUES_ES = ("Inclusión y respeto por la diversidad", "Integridad y transparencia")
_VALUES_ES_2023 = (*_VALUES_ES, "Profesionalismo", "Coraje", "Empatía")


@pytest.mark.parametrize(
    ("language", "names", "codes"),
    [
        # Five values in Spanish: the 2023 edition's count, nothing missing.
        ("es", _VALUES_ES_2023, ["CMP011"]),
        # Two: fewer than the edition in force has.
        ("es", _VALUES_ES, ["CMP005", "CMP011"]),
        # Names the edition knows, in a French notice: checked as ever, and so is one
        # misspelt among them (most names known: English ones).
        ("fr", ("Integrity and transparency", "Professionalism"), ["CMP005"]),
        (
            "fr",
            ("Inclusion and respect for diversity", "Integrity and transparncy", "Professionalism"),
            ["CMP002", "CMP005"],
        ),
        # The same Spanish names in an English notice, or one of no known language: unknown.
        ("en", _VALUES_ES_2023, ["CMP002"] * 5 + ["CMP005"]),
        (None, _VALUES_ES_2023, ["CMP002"] * 5 + ["CMP005"]),
    ],
)
def test_values_named_in_the_notices_language(
    language: str | None, names: tuple[str, ...], codes: list[str]
) -> None:
    notice = from_dict(
        {
            "format_version": 1,
            "language": language,
            "posting_period": {"start": "2026-12-01", "end": "2026-12-15"},
            "position": {"competencies": {"values": {"items": [{"name": n} for n in names]}}},
        }
    )
    selected = ["CMP002", "CMP003", "CMP005", "CMP011"]
    assert [f.code for f in validate(notice, select=selected).findings] == codes
