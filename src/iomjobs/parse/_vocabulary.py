"""Headings and header labels as notices write them, in four languages (internal).

IOM's three languages, English, French and Spanish, and Portuguese, which
its Lusophone missions and their job boards write notices in. Phrases are
written folded (lower case, no accents, punctuation as spaces), as
:func:`iomjobs._text.fold` gives them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from iomjobs._near import NearNames
from iomjobs._text import LOST, fold, fold_text, known_despite_losses

# Section headings: kind -> phrases. A heading may carry more after the
# phrase only for the kinds in TRAILING ("Values - all IOM staff members...").
HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    # A board's markdown copy of IOM's introduction (bolo237, Cameroon, 2026): "## About IOM".
    "intro": ("introduction", "about iom", "a propos de l oim", "introduccion", "introducao"),
    "position_information": (
        "position information",
        "informations sur le poste",
        # Above a Spanish consultancy's header (IOM El Salvador, 2019).
        "informacion de la consultoria",
        # Above the newer header's fields, as a board copies them (civic.md, IOM
        # Moldova, 2025: "Job Info" / "Vacancy Type: Consultancy").
        "job info",
    ),
    "context": (
        "context",
        "organizational context and scope",
        "organizational context",
        "organisational context and scope",
        # The two words turned about (sudancareer, 2025: "Organizational Scope & Context:").
        "organizational scope and context",
        "organisational scope and context",
        "background information",
        "background",
        "antecedentes",  # Spanish's "Background"
        # ingo.work's summary of the post above its duties (2026).
        "overview",
        # A UN Volunteer's assignment with IOM, as UNV's notices head it (tendersglobal's
        # and breakingwide's copies): "Mission and objectives", then "Task description".
        "mission and objectives",
        # A board's markdown copy (bolo237, Cameroon, 2026), above the post's supervision:
        # "## The Role", "## Le Rôle".
        "the role",
        "le role",
        "job summary",
        "arriere plan",  # "ARRIÈRE-PLAN", a French board's translation of it
        # The recruitment system's own sections, as a job board copies them.
        "job description",
        "posting description",
        "short description",
        "project context and scope",
        # Terms of reference: "Nature of the consultancy: Category B Consultancy";
        # without its article as a board copies IOM Italy's call (karier.co, 2025).
        "nature of the consultancy",
        "nature of consultancy",
        # The same in IOM El Salvador's terms of reference (2019): "- Naturaleza de la consultoría".
        "naturaleza de la consultoria",
        # Internships of 2025 (impactpool): "Supervision" / "Under the direct supervision of...".
        "supervision",
        "contexte",
        # French terms of reference: "I. CONTEXTE ET JUSTIFICATION" (IOM Mali, 2024).
        "contexte et justification",
        "contexte organisationnel et portee",
        "contexto",
        # An evaluation's terms of reference (IOM Colombia and Peru, 2025): "1.
        # Contexto de la evaluación"; the same in English and French.
        "contexto de la evaluacion",
        "context of the evaluation",
        "evaluation context",
        "contexte de l evaluation",
        "contexto organizacional y alcance",
        "contexto y alcance del proyecto",
        "contexto organizacional e ambito",
    ),
    "responsibilities": (
        "responsibilities and accountabilities",
        "responsibilities",
        "key responsibilities",
        "duties and responsibilities",
        "core functions responsibilities",
        "core functions",
        "tasks to be performed under this contract",
        # A UN Volunteer's assignment's tasks (see "mission and objectives").
        "task description",
        # A consultancy's tasks under "Responsibilities" (impactpool, 2026).
        "scope of work and key tasks",
        "scope of work",
        # Consultancy calls' terms of reference: what the consultant delivers.
        "category a consultants tasks to be performed under this contract",
        "category b consultants tangible and measurable outputs of the work assignment",
        # Without "Consultants", or with one: "Category B : Tangible and measurable outputs
        # of the work assignment:" (brightspyre's copy of IOM Pakistan's call, 2024),
        # "Category B Consultant: ..." (a Nigerian board's, 2024).
        "category b tangible and measurable outputs of the work assignment",
        "category b consultant tangible and measurable outputs of the work assignment",
        # The same in Spanish (IOM Guatemala's terms of reference, 2023).
        "consultores de categoria a tareas por desempenar en el marco del presente contrato",
        # IOM El Salvador's (2025): "7. Responsabilidades: Consultores de categoría “A”: ...".
        (
            "responsabilidades consultores de categoria a tareas por desempenar en el marco del"
            " presente contrato"
        ),
        "tareas por desempenar en el marco del presente contrato",
        "tangible and measurable outputs of the work assignment",
        # In the singular, as a board copies IOM Italy's call (karier.co, 2025).
        "tangible and measurable output of the work assignment",
        "responsabilites et obligations de rendre compte",
        "responsabilites",
        # A board's French copy (bolo237, Cameroon, 2026): "## Responsabilités clés".
        "responsabilites cles",
        "fonctions principales",
        "responsabilidades y rendicion de cuentas",
        "responsabilidades",
        "funciones principales",
        "responsabilidades e prestacao de contas",
        "principais responsabilidades",
        "funcoes principais",
        # Job boards' own words for the duties, where they retype a notice under
        # their headings: "Main Responsibilities", "Key Duties and Responsibilities",
        # "Duties", "Tasks"; "Principales responsabilités", "Tâches", "Funciones".
        *("main responsibilities", "major responsibilities", "responsibilities and duties"),
        *("key duties and responsibilities", "main duties and responsibilities"),
        *("principal duties and responsibilities", "roles and responsibilities"),
        *("role and responsibilities", "job responsibilities", "description of duties"),
        *("summary of duties", "duties", "main duties", "key duties", "functions"),
        *("main functions", "key functions", "tasks", "main tasks", "key tasks"),
        *("principales responsabilites", "responsabilites principales", "taches"),
        *("taches principales", "principales taches", "attributions", "fonctions"),
        "responsabilites et obligations",
        *("principales responsabilidades", "principales funciones", "funciones", "tareas"),
        *("tareas principales", "responsabilidades principais", "funcoes", "tarefas"),
        # "Duties and Responsibilities", "Roles and Responsibilities", "Description of
        # Duties" in the other languages, and French boards' "Missions principales".
        *("taches et responsabilites", "fonctions et responsabilites", "description des taches"),
        *("attributions principales", "missions principales", "principales missions"),
        *("roles et responsabilites", "funciones y responsabilidades", "roles y responsabilidades"),
        *("responsabilidades principales", "tareas a realizar", "descripcion de funciones"),
        *("tareas y responsabilidades", "principais funcoes", "funcoes e responsabilidades"),
        *("descricao das funcoes", "tarefas e responsabilidades", "papeis e responsabilidades"),
        # The same two words the other way round: "Responsabilidades y funciones".
        *("responsibilities and functions", "responsabilites et fonctions"),
        *("responsabilidades y funciones", "responsabilidades e funcoes"),
    ),
    "qualifications": (
        "required qualifications and experience",
        # A board's markdown copy (bolo237, Cameroon, 2026): "## Required Qualifications".
        "required qualifications",
        "qualifications and experience",
        "qualifications requises et experience",
        "qualifications requises",
        # "Required Qualifications and Experience" word for word: the heading had been
        # read as the last duty.
        *("qualifications et experience requises", "qualifications et experiences requises"),
        "calificaciones y experiencia requeridas",
        "calificaciones requeridas",
        "qualifications",  # alone, above "Education" (an internship call, 2026)
        "calificaciones",
        # Consultancy calls' terms of reference: everything asked of the consultant.
        "education experience and or skills required",
        "education experience and skills required",
        "formation experience et ou competences requises",
        "educacion experiencia y o habilidades requeridas",
        "qualificacoes e experiencia necessarias",
        "qualificacoes e experiencia exigidas",
        "qualificacoes necessarias",
        "qualificacoes",
        # Job boards' own words for what is asked: "Requirements", "Minimum
        # Qualifications", "Education and Experience"; "Profil requis", "Requisitos".
        *("requirements", "minimum requirements", "minimum qualifications"),
        *("qualifications and requirements", "requirements and qualifications"),
        *("education and experience", "required education and experience"),
        *("profil requis", "exigences", "requisitos", "requisitos minimos", "perfil requerido"),
        # The same in the other languages: "Formation et expérience requises", "Profil
        # recherché", "Educación y experiencia", "Perfil del candidato".
        *("formation et experience requises", "formation et experience", "profil recherche"),
        *("profil du candidat", "educacion y experiencia", "perfil del candidato"),
        *("formacao e experiencia", "perfil do candidato"),
    ),
    "education": (
        "education",
        "formation",
        "educacion",
        "etudes",
        "educacao",
        "formacao academica",
        "formacao",
        *("academic qualifications", "academic qualification", "educational background"),
        *("educational qualifications", "education level", "level of education"),
        *("education and training", "formation academique", "niveau d etudes"),
        "formacion academica",
    ),
    "experience": (
        *("experience", "experiencia"),
        # Boards' words: "Work Experience", "Professional Experience" (the word before
        # "Experience" had been read as a line of education's notes).
        *("work experience", "professional experience", "relevant experience"),
        *("required experience", "experience required", "experiencia profesional"),
        *("experience professionnelle", "experiencia laboral", "experiencia profissional"),
    ),
    # "Compétences" alone is the skills of French notices' qualifications;
    # their competency framework is "Compétences requises".
    # The technical competencies notices listed beside the behavioural ones
    # before 2018 are the post's skills, as French notices' "Compétences techniques"
    # ("Technical:" alone, in a competency group, see the reader's _group).
    "skills": (
        *("skills", "aptitudes", "habilidades", "competences techniques", "competences"),
        # "Competências" between a Portuguese notice's "Experiência" and "Idiomas", as
        # French's "Compétences": above the values and their groups, it heads nothing.
        "competencias",
        "technical competencies",
        *("technical skills", "required skills", "key skills", "skills required"),
        *("other skills", "additional skills", "skills and competencies", "knowledge and skills"),
        *("skills and knowledge", "skills and abilities", "it skills", "computer skills"),
        # "Skills and Competencies", "Knowledge and Skills" in the other languages.
        *("connaissances et competences", "aptitudes et competences"),
        *("habilidades y competencias", "conocimientos y habilidades", "competencias tecnicas"),
        "conhecimentos e habilidades",
    ),
    "languages": (
        *("languages", "langues", "idiomas", "linguas"),
        # Boards' and other agencies' words: "Language Requirements", "Exigences
        # linguistiques", "Requisitos de idioma".
        *("language", "language requirements", "language requirement", "languages required"),
        *("required languages", "language skills", "language proficiency", "langue"),
        *("langues requises", "exigences linguistiques", "competences linguistiques"),
        *("idioma", "idiomas requeridos", "requisitos de idioma", "requisitos de idiomas"),
        *("lingua", "requisitos linguisticos"),
    ),
    "competencies": (
        "required competencies",
        "competencies",
        "competences requises",
        "competencias requeridas",
        "competencias exigidas",
        "competencias necessarias",
        # Boards' words above IOM's values and competencies.
        *("iom values and competencies", "core values and competencies"),
        *("competencies and values", "competency framework", "iom competency framework"),
        "iom s competency framework",
    ),
    "values": ("values", "valeurs", "valores"),
    "core": (
        "core competencies",
        "competences fondamentales",
        "competences cles",
        "competences de base",  # as Spanish's "competencias básicas"
        "competencias basicas",
        "competencias clave",
        "competencias fundamentales",
        # "core" as Spanish translates it word for word (and Portuguese, "centrais").
        "competencias centrales",
        "competencias centrais",
        "competencias essenciais",
        "competencias fundamentais",
    ),
    "managerial": (
        "managerial competencies",
        "competences manageriales",
        "competences de gestion",
        "competences en matiere de gestion",
        "competencias directivas",
        "competencias gerenciales",
        "competencias de gestion",
        "competencias gerenciais",
        "competencias de gestao",
    ),
    # Before the 2018 framework (a 2015 notice: "The incumbent is expected to
    # demonstrate the following technical and behavioural competencies." /
    # "Behavioural:" / "Accountability" / "- Accepts and gives constructive criticism").
    "behavioural": (
        "behavioural competencies",
        "behavioral competencies",
        "behavioural",
        "behavioral",
        "competences comportementales",
        "competencias conductuales",
        "competencias comportamentais",
    ),
    "notes": (
        *("notes", "note", "other", "remarques", "autres", "notas", "otros"),
        *("outros", "observacoes"),
    ),
    "how_to_apply": (
        "how to apply",
        # Nigeria's job boards (jobzilla, jobsafric, 2021-2025): "Method of Application".
        "method of application",
        "comment postuler",
        "como postular",
        "como presentar su candidatura",
        "como se candidatar",
        "como candidatar se",
        *("application procedure", "application procedures", "application process"),
        *("to apply", "submission of applications", "procedure de candidature"),
        *("modalites de candidature", "procedimiento de postulacion", "como aplicar"),
        # "Application procedure" in the other languages' other words.
        *("comment soumettre votre candidature", "procedimiento de aplicacion"),
        "procedimento de candidatura",
    ),
    # Consultancy calls' terms of reference: headings of prose that is context, heading and all.
    "terms": (
        "performance indicators for the evaluation of results",
        "travel required",
        "indicateurs de performance pour l evaluation des resultats",
        "indicadores de desempeno para la evaluacion de los resultados",
        "voyages requis",
    ),
    "second_tier": (
        "second tier candidates include",
        "os candidatos de segundo nivel incluem",
        "candidatos de segunda linha incluem",
        "os candidatos de segunda linha incluem",
        # The same in French and Spanish, as "premier rang" and "primer nivel" name the
        # first tier: "Les candidats de deuxième rang comprennent :".
        "les candidats de deuxieme rang comprennent",
        "les candidats de deuxieme niveau comprennent",
        "candidats de deuxieme rang",
        "los candidatos de segundo nivel incluyen",
        "candidatos de segundo nivel",
    ),
    "signatures": ("signatures",),
}
TRAILING: Final = frozenset({"values", "core", "managerial", "behavioural", "competencies"})

# Headings that may stand mid-line, run into the text before them (seed 003).
RUN_IN: Final = (
    "Required Competencies",
    "Core Competencies",
    "Managerial Competencies",
    "Education",
    "Experience",
    "Skills",
    "Languages",
    "Values",
    "Notes",
    # Consultancy calls as job boards copy them (uncareer, 2025): "...en México”. Tasks
    # to be performed under this contract", the heading after the unit's value.
    "Tasks to be performed under this contract",
    # A bilingual notice as a job board copied it (jobr.pro, 2025): "...solo se
    # aceptarán postulaciones de candidatos internos. Contexto / Context".
    "Contexto / Context",
    # The responsibilities' heading of IOM's notices, a sentence a lost line end ran
    # into it: "...for the following duties. Core Functions / Responsibilities:".
    "Core Functions / Responsibilities",
)

# The keys of a static site's front matter that are a notice's fields, by field:
# Netlify CMS writes "posteddate" and "closingdate", Jekyll and Hugo "date".
FRONT_MATTER_KEYS: Final = {
    "title": "title",
    "closingdate": "closing",
    "closing_date": "closing",
    "deadline": "closing",
    "posteddate": "posted",
    "posted_date": "posted",
    "date": "posted",
    "description": "description",
}

# The verbs IOM's duties begin with, in English ("Support the...", "Liaise
# with..."): those of the duties read in the seeds and the pages collected,
# and their near kin; in French, Spanish and Portuguese, the infinitives IOM's
# notices in those languages begin their duties with. Three lines in a row
# under no heading, numbered or not, that begin with one are duties
# (``_duty_lines.numbered_duties_at``, ``_duty_lines.unheaded_duties_at``).
DUTY_VERBS: Final = frozenset(
    {
        "Act", "Advise", "Analyse", "Analyze", "Arrange", "Assist", "Book", "Build",
        "Carry", "Carry-out", "Check", "Collaborate", "Collect", "Communicate",
        "Compile", "Conduct", "Contribute", "Coordinate", "Create", "Design",
        "Develop", "Draft", "Enter", "Ensure", "Establish", "Evaluate", "Examine",
        "Extract", "Facilitate", "Follow", "Gather", "Guide", "Handle", "Identify",
        "Implement", "Keep", "Lead", "Liaise", "Maintain", "Manage", "Monitor",
        "Organise", "Organize", "Oversee", "Participate", "Perform", "Plan",
        "Prepare", "Process", "Produce", "Promote", "Provide", "Receive", "Record",
        "Refer", "Refine", "Report", "Represent", "Respond", "Review", "Share",
        "Submit", "Supervise", "Support", "Track", "Train", "Translate", "Undertake",
        "Update", "Uphold", "Verify", "Work",
        # French ("Appuyer la coordination...", "Assurer le suivi...").
        "Analyser", "Appuyer", "Assister", "Assurer", "Collecter", "Collaborer",
        "Compiler", "Conseiller", "Contribuer", "Coordonner", "Développer", "Effectuer",
        "Élaborer", "Établir", "Faciliter", "Fournir", "Gérer", "Identifier",
        "Maintenir", "Mettre", "Organiser", "Participer", "Planifier", "Préparer",
        "Produire", "Promouvoir", "Rédiger", "Représenter", "Soutenir", "Suivre",
        "Superviser", "Traduire", "Veiller", "Vérifier",
        # Spanish ("Apoyar en la coordinación...", "Brindar asistencia...").
        "Analizar", "Apoyar", "Asegurar", "Asesorar", "Asistir", "Brindar",
        "Colaborar", "Contribuir", "Coordinar", "Dar", "Desarrollar", "Elaborar",
        "Establecer", "Facilitar", "Garantizar", "Gestionar", "Identificar",
        "Implementar", "Llevar", "Mantener", "Monitorear", "Organizar", "Participar",
        "Preparar", "Promover", "Proporcionar", "Realizar", "Recopilar", "Redactar",
        "Representar", "Revisar", "Supervisar", "Velar",
        # Portuguese ("Apoiar a coordenação...", "Prestar assistência...").
        "Acompanhar", "Analisar", "Apoiar", "Assegurar", "Coordenar", "Desenvolver",
        "Fornecer", "Garantir", "Gerir", "Manter", "Monitorar", "Prestar", "Recolher",
        "Redigir", "Supervisionar",
    }
)  # fmt: skip

# How IOM's standard notes begin, as they stand in the "Notes" or "Other" section:
# a line that begins so is a note wherever a page left it.
NOTE_OPENINGS: Final = (
    "Appointment will be subject to certification",
    "Any offer made to the candidate in relation to this vacancy notice",
    "Only candidates residing in",
    "Internationally recruited professional staff are required to be mobile",
    "Vacancies close at",
    "IOM does not charge a fee",
    "IOM has a zero-tolerance policy",
    "IOM only accepts duly completed applications",
    "Only shortlisted candidates will be contacted",
)

# Small words a phrase does not end with, in English, French, Spanish and Portuguese: a
# line that ends with one goes on in the next ("...working with other units
# and" / "departments...", "Consultoría individual para elaborar un manual de",
# "Contrato especial de corta duración, hasta" / "6 meses").
PHRASE_GOES_ON: Final = frozenset(
    {
        *("and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at"),
        *("from", "as"),
        *("de", "del", "al", "la", "las", "los", "el", "y", "e"),
        *("para", "con", "en", "por", "hasta"),
        *("du", "des", "le", "les", "et", "pour", "au", "aux", "à", "avec", "jusqu'à", "jusqu’à"),
        *("da", "dos", "das", "ao", "aos", "em", "com", "pelo", "pela", "até"),
    }
)


def leads_on(text: str) -> bool:
    """Whether *text* ends on a small word a phrase does not end with (:data:`PHRASE_GOES_ON`)."""
    return text.rpartition(" ")[2].lower() in PHRASE_GOES_ON


# Header labels: field -> phrases.
LABELS: Final[dict[str, tuple[str, ...]]] = {
    "title": (
        "position title",
        "title",
        "job title",
        "intitule du poste",
        "titre du poste",
        # A French board's line above the notice's text: "POSTE : Chargé(e) de
        # programme national (...)" (yop.l-frii.com, 2025).
        "poste",
        # The same words in Spanish and French as "Position", "Title", "Poste":
        # "Puesto: Asistente de Proyecto", "Titre : Assistant de projet".
        "puesto",
        "titre",
        # A Yemeni job board's copy of the header, as a list: "- Position: Movement
        # Operations Assistant (Field Support)" (eoi-ye.com, yemenhr.com, 2025-2026).
        "position",
        # IOM's terms of reference for a consultancy (Annex 2): "TERMS OF REFERENCE" /
        # "FOR THE CONSULTANCY CONTRACT OF: National MEAL Consultant" (kadjobs, 2026).
        "for the consultancy contract of",
        # "Annex 2 — TERMS OF REFERENCE" / "Consultancy Title: Grants Management
        # System (GMS) Technical Expert(Consultant)" (IOM Ukraine, 2025).
        "consultancy title",
        "titulo del puesto",
        "titulo del cargo",
        # Portuguese copies (a Mozambican job board's, 2024): "Cargo: Oficial de Projeto".
        "cargo",
        "titulo do cargo",
        "titulo da vaga",
        # Other agencies' and boards' words: "Post Title:", "Functional Title:" (the
        # first word had been a context paragraph of its own, "Title:" read after it).
        *("post title", "functional title"),
        # Boards' words: "Vacancy Title:", "Position Name:", South Asian boards'
        # "Designation: Project Associate" (the lines had been context).
        *("vacancy title", "position name", "designation"),
    ),
    "reference": (
        "job identification reference number",
        "job identification",
        "reference number",
        "vacancy number",
        "vacancy notice number",
        "vacancy notice no",
        "reference code",
        "vacancy no",
        "reference no",  # IOM Indonesia (2026): "Reference No. : VN/2026/005"
        # IOM's regional office's call as a board copied it (2022): "Reference :
        # ROWCA-HR-22-004-CFA". Only a code (see _header's _field_reference).
        "reference",
        "svn no",
        "vn no",
        "cfa no",
        "cfa number",  # IOM Kenya's calls (2021): "CFA Number: IOMKCO/CFA/003/2021"
        "cfcv no",
        "identification du poste",
        "identification du poste numero de reference",
        "reference du poste",
        # French copies of the header's "Reference Code": "Code de référence : VN2026/101".
        "code de reference",
        "codigo de referencia",
        "numero de reference",
        "numero de referencia",
        "identificacion del puesto",
        # The newer header's "Job Identification (Reference Number)" in Spanish and
        # Portuguese, as in French above.
        "identificacion del puesto numero de referencia",
        "identificacao da vaga numero de referencia",
        "numero da vaga",
        "referencia da vaga",
        "identificacao da vaga",
        "numero de l avis de vacance",
        # "Numéro de l'avis : SVN2026/015", as French copies shorten it.
        "numero de l avis",
        "numero de l avis de vacance de poste",
        "numero de la vacante",
        "numero de vacante",
        # Shortened and the call's own number, in the four languages: "Ref. No.:
        # SVN/2026/011", "Vacancy Reference:", "N° de vacante:", "Número de
        # convocatoria:", "Nº da vaga:" (the lines had been context; "Vacancy
        # Reference" had left "Vacancy" as a paragraph of its own).
        *("ref", "ref no", "vacancy reference", "n de vacante", "no de vacante"),
        *("numero de convocatoria", "no de convocatoria", "n de convocatoria"),
        *("referencia de la convocatoria", "codigo de la convocatoria"),
        *("no da vaga", "n da vaga", "codigo da vaga"),
        # The same words in the other languages, as "Reference:", "Vacancy No." and
        # "Numéro de l'avis" are read: "Referencia: SVN 2026/05", "Referência:",
        # "Vacante No.:", "N° de l'avis de vacance :", "Code de la vacante".
        "referencia",
        "vacante no",
        "n de l avis de vacance",
        "n de l avis",
        "reference de l avis de vacance",
        "reference de l avis",
        "codigo de la vacante",
    ),
    "duty_station": (
        "duty station",
        "duty stations",  # a notice of several: "Duty Stations: Bangkok, Dakar, ..."
        "duty station of the consultancy",
        "location",  # consultancy calls as job boards copy them: "Location: Yola, Adamawa"
        "locations",  # a job board's copy of the newer header: "Locations: Republic of Moldova"
        "lugar de trabajo",
        "ubicacion",  # as "Location": "Ubicación: Bogotá, Colombia"
        # And in French, Spanish and Portuguese: "Lieu : Dakar, Sénégal", "Lugar:
        # Ciudad de Guatemala", "Localidade: Maputo".
        *("lieu", "lugar", "localisation", "localidade", "localizacao"),
        "lugar de la consultoria",  # Spanish terms of reference (IOM Guatemala, 2023)
        "lugar de destino de la consultoria",  # and another office's of the same year
        "ambito de accion del o la consultor a",  # and IOM Honduras's (2025)
        "estacion de trabajo",  # Spanish consultancy calls: "Estación de Trabajo:" / "San Salvador"
        "lieu d affectation",
        # Boards' words: "Job Location:", "Work Location:".
        *("job location", "work location"),
        "lieu du travail",  # French job boards: "Lieu du Travail : Alger, Algérie"
        "lieu de travail",
        # French boards' copies of terms of reference: "Localisation : Bamako" (maliemploi, 2024).
        "localisation",
        "lugar de destino",
        "estacao de trabalho",  # "Estação de Trabalho: Beira e/ou Pemba (TBC), Moçambique"
        "local de trabalho",
        # French terms of reference: "Lieu de la consultation : Niamey, Niger" (IOM Niger, 2025).
        "lieu de la consultation",
        "place of assignment",  # boards' word: "Place of Assignment: Dakar, Senegal"
        # Spanish and Portuguese boards' word for it: "Sede: Lima, Perú".
        "sede",
        "sede de trabajo",
    ),
    "duty_city": (
        "duty station city",
        "ville du lieu d affectation",
        "lieu d affectation ville",
        "ciudad del lugar de destino",
        "cidade da estacao de trabalho",
        "cidade do local de trabalho",  # "Local de trabalho" (the station) with the city's word
        # Boards' rows, the city apart from the country: "City: Dakar" / "Country: Senegal".
        *("city", "ville", "ciudad", "cidade"),
    ),
    "duty_country": (
        "duty station country",
        "pays du lieu d affectation",
        "lieu d affectation pays",
        "pays d affectation",
        "pais del lugar de destino",
        "pais da estacao de trabalho",
        "pais do local de trabalho",
    ),
    # A country on a line of its own (ReliefWeb's copies: "Country: El Salvador"
    # above the notice): the country of the stations that name none.
    "country": ("country", "pays", "pais"),
    "grade": (
        "classification",
        "iom classification",
        "grade",
        "position grade",
        "grade level",
        "salary grade",  # boards' word: "Salary Grade: G5"
        "classe",
        "grado",
        "clasificacion",
        "classificacao",  # "Classificação: Equipe Profissional, Grau P2"
        "grau",
    ),
    "appointment": (
        "type of appointment",
        "appointment type",
        "contract type",
        "type of contract",
        "type de contrat",
        "type d engagement",
        "type de nomination",
        "tipo de contrato",
        "tipo de nombramiento",
        "tipo de nomeacao",
    ),
    "duration": (
        "initial duration",
        "duration of appointment",
        "duration of consultancy",
        "duration of assignment",  # IOM Kenya's calls (2021)
        "duration",
        "contract duration",
        "duration of contract",
        "length of contract",  # "Length of Contract : 2 months" (the same call)
        "duree initiale",
        "duree du contrat",
        "duracion del contrato",
        "duracao do contrato",
        "duracion inicial",
        "duracion de la consultoria",
        "duracion del servicio",  # IOM Peru's consultancies (2025)
        "duracion",
        "duracao inicial",
        "duracao",
        # "Durée de la consultation : 30 jours", "Durée de la prestation : Un (1) mois".
        "duree de la consultation",
        "duree de la prestation",
    ),
    # IOM's offices in the United States (2026): "Grade & Salary: G7 (USD 7482.25 Monthly)".
    "grade_and_salary": ("grade and salary",),
    # Pay, where a notice states it: "All Inclusive Salary:" / "35000 MDL per month"
    # (IOM Moldova's calls, 2022).
    "salary": (
        "salary",
        "all inclusive salary",
        "monthly salary",
        "gross monthly salary",
        "net monthly salary",
        "monthly gross salary",
        "monthly net salary",
        "annual salary",
        "gross salary",
        "net salary",
        "remuneration",
        "monthly remuneration",
        "salaire",
        "salaire mensuel",
        "salaire mensuel brut",
        "remuneration mensuelle",
        "salario",
        "salario mensual",
        "sueldo",
        "sueldo mensual",
        "remuneracion",
        "remuneracion mensual",
        "salario mensal",
        "remuneracao",
        "remuneracao mensal",
        # Boards' and consultancy calls' words: "Salary Range: USD 1,500 - 2,000 per
        # month", "Daily rate: USD 300", "Honorarios: USD 3,000 mensuales".
        *("salary range", "compensation", "daily rate", "daily fee", "consultancy fee"),
        *("honoraires", "honorarios", "honorarios mensuales", "tarifa diaria"),
    ),
    # Who may apply by nationality, as iomjobs.render writes it: a post its
    # government sponsors (a JPO's) is open to that country's nationals alone.
    "nationalities": (
        "eligible nationalities",
        "eligible nationality",
        "nationalites eligibles",
        "nationalite eligible",
        "nacionalidades elegibles",
        "nacionalidad elegible",
        "nacionalidades elegiveis",
        "nacionalidade elegivel",
    ),
    "recruiting_type": (
        "recruiting type",
        "type de recrutement",
        "tipo de reclutamiento",
        "tipo de contratacion",
        "tipo de recrutamento",
    ),
    "vacancy_type": (
        "tipo de vaga",
        "vacancy type",
        "type d avis de vacance",
        "type de poste vacant",
        "tipo de vacante",
        "type of vacancy",
    ),
    "start": (
        "estimated start date",
        "estimated start",
        "date d entree en fonction estimee",
        "date d entree en fonction",
        "fecha estimada de inicio",
        "fecha de inicio estimada",
        "data de inicio estimada",
        "data estimada de inicio",
        "date d embauche",  # "Date d’embauche : 10 février 2024" (IOM Mali, 2024)
        # The UN system's "entry on duty": "Estimated Date of Entry on Duty: 1 April 2024".
        "estimated date of entry on duty",
        "date of entry on duty",
        "entry on duty",
        "date de prise de fonction",
        "date de prise de fonctions",
        "expected start date",
        # "Estimated Start Date" as French, Spanish and Portuguese copies translate it
        # word for word: "Date de début estimée : Dès que possible".
        *("date de debut estimee", "date estimee de debut", "date de debut prevue"),
        *("fecha de inicio prevista", "fecha prevista de inicio", "data prevista de inicio"),
        # Without "estimated", as boards and offices shorten it; not "Start Date" alone, which
        # would read a "Project Start Date" as the post's.
        *("contract start date", "tentative start date", "proposed start date"),
        *("anticipated start date", "date de debut", "fecha de inicio", "data de inicio"),
        *("expected date of entry on duty", "fecha estimada de incorporacion"),
        *("date de prise de service",),
    ),
    "closing": (
        "closing date",
        "closing date for applications",
        # As job boards and some offices write it ("Application Deadline:
        # August, 10/2022", vacancyethiopia); "Deadline" alone may be a deliverable's.
        "application deadline",
        "deadline for applications",
        "application closing date",
        # South Asian boards: "Last date of application: 15 March 2024".
        "last date of application",
        "last date for application",
        "last date to apply",
        # Boards' rows: "Expiry Date: 15 March 2026"; the careers site's "Apply Before:
        # 03/20/2026, 11:59 PM". Not "Apply by:", which says how as often as when
        # ("Apply by: sending your CV...").
        *("expiry date", "apply before"),
        # Applicant tracking systems' end of the posting: "Posting End Date: 15 March 2026",
        # Taleo's "Unposting Date: Mar 15, 2026, 11:59:00 PM".
        *("posting end date", "job posting end date", "unposting date", "closing on"),
        # The deadline as offices and boards word it in the four languages.
        *("application deadline date", "closing date of applications", "last day to apply"),
        *("date limite de depot", "date limite de depot des candidatures"),
        *("date de cloture des candidatures", "date limite de soumission des candidatures"),
        *("fecha de cierre de la convocatoria", "fecha limite de aplicacion"),
        *("fecha limite para aplicar", "fecha de cierre de postulaciones"),
        *("data de encerramento das candidaturas",),
        # Brazil's word for applications, "inscrições": "Data de encerramento das
        # inscrições", "Prazo para inscrições", "Inscrições até"; Spanish's too.
        *("data de encerramento das inscricoes", "prazo para inscricoes", "inscricoes ate"),
        *("prazo para candidaturas", "fecha limite de inscripcion", "inscripciones hasta"),
        "closing",
        "date de cloture",
        "date limite",
        "date limite de candidature",
        "date de soumission",  # French job boards: "Date de Soumission : 07/12/2025"
        "date limite de soumission",
        "date limite des soumissions",  # IOM Mali's terms of reference (2024)
        "date limite de depot des candidatures",
        "date limite de reception des candidatures",
        "fecha de cierre",
        "fecha limite",
        "fecha limite de postulacion",
        "fecha limite para postular",
        "fecha limite de recepcion de postulaciones",
        "clausura de la convocatoria",
        "data de encerramento",
        "data limite",
        "data limite de candidatura",
        "data limite para candidaturas",
        "prazo de candidatura",
    ),
    "posting_period": (
        "posting period",
        "publication period",
        "periode de publication",
        "periode d affichage",
        "periodo de publicacion",
        "periodo de publicacao",
    ),
    # The day the notice was posted, where it gives no period: the period's start.
    "posted": (
        "date of posting",
        "posting date",
        "date posted",
        # brightspyre's (2024): "Posted date 31st October, 2024".
        "posted date",
        "publication date",
        "date de publication",
        "fecha de publicacion",
        "data de publicacao",
        # Boards' and other agencies' words for the day a notice opens: "Opening Date:".
        *("opening date", "date of issue", "issue date", "date d ouverture"),
        *("fecha de apertura", "data de abertura"),
    ),
    "position_number": (
        "position number",
        "numero de poste",
        "numero de puesto",
        "numero do posto",
    ),
    "job_family": ("job family", "famille d emplois", "familia de puestos", "familia de cargos"),
    # "Nombre de poste : Un (1)" (IOM Mali's terms of reference, 2024).
    "number_of_posts": (
        "number of posts",
        "number of positions",
        "nombre de poste",
        "nombre de postes",
        "numero de puestos",
        # Spanish's plural, one letter from "Número de vacante", the notice's
        # reference, which the misspelt label had been read as ("Número de
        # vacantes: 2", reference "2").
        *("numero de vacantes", "cantidad de vacantes", "numero de plazas"),
        "numero de vagas",
        "number of vacancies",
        *("no of positions", "no of posts", "no of vacancies", "number of openings"),
    ),
    "organizational_unit": (
        "organizational unit",
        # Boards' shorter words: "Department: Migration Health", "Unit:", "Division:".
        *("department", "unit", "division", "departement", "unite", "unidad"),
        *("departamento", "unidade"),
        "organisational unit",
        "organization unit",  # IOM Indonesia (2026): "Organization Unit : Mobility and Resilience"
        "organisation unit",
        # IOM the Netherlands' diaspora assignments (CD4D's second phase): "Organizational unit/
        # Department: Legal Department", the host institution's.
        "organizational unit department",
        # Consultancy calls' terms of reference.
        "organizational department unit to which the consultant is contributing",
        "organisational department unit to which the consultant is contributing",
        "departamento unidad de la organizacion a que presta servicios el consultor la consultora",
        # The same, in IOM Guatemala's terms of reference (2023).
        "proyecto de la oim o departamento de la oim al que el consultor presta servicios",
        "area de la oim",  # IOM Peru (2025): "Área de la OIM: Gestión Migratoria y..."
        # IOM El Salvador's (2025), below the recruitment system's English label.
        "departamento unidad organizativa a la que contribuye la consultoria",
        "unite organisationnelle",
        "unidad organizativa",
        "unidade organizacional",
    ),
    # A consultancy's category, its own field in IOM Mexico's calls (2024): "Tipo de
    # consultoría: Tipo B".
    "consultancy_category": (
        "tipo de consultoria",
        "type of consultancy",
        "consultancy category",
    ),
    "office_type": (
        "is this a regional hq mac pac liaison office or country office based position",
        # The form's words run together as a board copied them (IOM Tanzania, 2024).
        "is this a regional hq mac pac liaison office or acountry office based position",
        "office type",
        "type de bureau",
        "tipo de oficina",
        "tipo de escritorio",
    ),
    "rated_on": (
        "position rated on",
        "poste classe le",
        "puesto clasificado el",
        "cargo classificado em",
    ),
    "reports_to": (
        "reports directly to",
        "reports to",
        "report to",  # IOM Indonesia (2026): "Report to : Senior Project Associate (...)"
        "reporting directly to",
        "reporting to",
        "rend compte a",
        "rend compte directement a",
        "reporta a",
        "reporta directamente a",
        "reporta diretamente a",
        # Spanish consultancy calls name a second supervisor below: "Supervisado/a por:".
        "supervisado a por",
        "supervisado por",
        "supervised by",
        # A post description's label (IOM Tanzania, 2024): "Overall supervised by".
        "overall supervised by",
        # IOM Rwanda's call for a consultant (2017), its cells' labels above their values.
        "overall supervision by",
        "supervisor",
        "supervisor a",
        "supervisora",
        "supervisor directo",
        "superviseur",
        "superviseur direct",
        "supervisor imediato",
        "supervisor direto",  # Portuguese's, as Spanish's "Supervisor directo"
        # Boards' and post descriptions' words: "Direct Supervisor:", "Reporting line:"
        # (the word before "Supervisor" had been a context paragraph of its own).
        *("direct supervisor", "immediate supervisor", "overall supervisor", "first supervisor"),
        *("second supervisor", "reporting line", "line manager", "superviseur hierarchique"),
    ),
    "direct_reports": (
        "number of direct reports",
        *("direct reports", "number of staff supervised", "staff supervised"),
        "nombre de subordonnes directs",
        "numero de subordinados directos",
        "numero de subordinados diretos",
    ),
    # The staff category alone ("Category: General Service"), or a board's own
    # ("Category Operations Management"), which stays as written.
    "category": ("category", "staff category", "job category", "categorie", "categoria"),
    # "Consultoría: Servicio de desarrollo de..." (a call on reliefweb, IOM El
    # Salvador, 2019): what the consultancy is for, its title.
    "consultancy": ("consultoria",),
}

# A heading's numbering: Roman numerals, figures, or a capital letter ("A. Context",
# "B. Geographical scope of the consultancy": IOM's regional office's call, 2022).
_NUMBERING: Final = frozenset("ABCDEFGHIVX0123456789")
_HEADING_NUMBER: Final = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)]\s+")
_FOOTNOTE: Final = re.compile(r"\[footnoteRef:\d+\].*$")


@functools.cache
def _heading_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """(phrase, kind) pairs by the phrase's first word, longest phrase first."""
    pairs = sorted(
        ((phrase, kind) for kind, phrases in HEADINGS.items() for phrase in phrases),
        key=lambda pair: -len(pair[0]),
    )
    index: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind in pairs:
        index.setdefault(phrase.split(" ", 1)[0], []).append((phrase, kind))
    return {word: tuple(found) for word, found in index.items()}


def heading_text(text: str) -> tuple[str, str]:
    """*text* without numbering, markdown and footnote; and the footnote, if any."""
    core = text.strip().strip("#*_ ").strip()
    if core[:1] in _NUMBERING:
        core = _HEADING_NUMBER.sub("", core)
    footnote = ""
    match = _FOOTNOTE.search(core) if "[" in core else None
    if match:
        core, footnote = core[: match.start()].strip(), match.group(0)
    return core.rstrip(":").strip("*_ ").strip(), footnote


def match_heading(text: str) -> tuple[str, str] | None:
    """(kind, what follows the phrase) when *text* is a heading, else ``None``."""
    return heading_and_first_word(text)[0]


def heading_and_first_word(text: str) -> tuple[tuple[str, str] | None, str]:
    """:func:`match_heading`, and the first folded word of the heading's text.

    The word is that of *text* without its numbering ("IV.") and markdown,
    which is *text*'s own unless it is numbered.
    """
    if len(text) > 200:  # noqa: PLR2004 -- a heading is short, even with its trailing words
        return None, first_folded_word(text)
    core, _ = heading_text(text)
    # Only phrases that begin with the text's first word can match: look those
    # up. Most lines begin no heading, and their first word says so.
    first_word = first_folded_word(core)
    found = _heading_in(core, first_word)
    if found is None and core[-1:].isdigit():
        found = _heading_with_mark(core)
    if found is None and core.count(" ") == 1:
        found = _qualified_heading(core)
    if found is not None and core[:1].islower() and core.endswith((".", ";", ",")):
        # "...with four years of relevant professional" / "experience.", "...and
        # interpersonal relationship" / "skills;": the end of a sentence or a list
        # item wrapped onto a line of its own, no heading.
        return None, first_word
    return found, first_word


def _qualified_heading(core: str) -> tuple[str, str] | None:
    """The heading a word before a heading's one word makes: "Important Notes", "Core Values".

    Two capitalized words alone, the last a heading alone ("Notes", "Values",
    "Skills", "Languages", "Education", "Experience"), the first no
    heading itself ("Education Languages": two a board ran together) nor a
    need's word, which the heading would not hold ("Desirable Experience":
    the word stays, its heading apart). They had been cut in two, the first
    word a paragraph of context.
    """
    first, _, last = core.partition(" ")
    # Words alone, no stop or colon: "SharePoint. Skills" ends a sentence first.
    if not (first[:1].isupper() and last[:1].isupper() and first.isalpha() and last.isalpha()):
        return None
    folded_last = fold_text(last)
    folded_first = fold_text(first)
    if (
        folded_last not in _QUALIFIED_HEADINGS
        or folded_first in NEED_WORDS
        or _heading_in(first, folded_first) is not None
    ):
        return None
    return _heading_in(last, folded_last)


# The headings of one word a word before may qualify, and the words of a need,
# which they do not hold.
_QUALIFIED_HEADINGS: Final = frozenset(
    {"notes", "values", "skills", "languages", "education", "experience"}
)
NEED_WORDS: Final = frozenset(
    {"desirable", "desired", "preferred", "preferable", "optional", "advantageous", "asset"}
    | {"required", "mandatory", "essential", "minimum"}
)


def footnote_mark(text: str) -> str:
    """The figures that end *text* glued to its last word, a footnote's mark; ``""`` if none.

    A PDF's text loses a mark's superscript: the post description form's
    "VI. Competencies¹", printed, reads "VI. Competencies1". A converter
    that keeps it writes the superscript figure.
    """
    figures = len(text) - len(text.rstrip(_MARK_DIGITS))
    if 0 < figures <= _MARK_FIGURES and text[-figures - 1 : -figures].islower():
        return text[-figures:]
    return ""


def _heading_with_mark(core: str) -> tuple[str, str] | None:
    """The heading *core* is with a footnote's mark glued to it, nothing after its words."""
    mark = footnote_mark(core)
    if not mark:
        return None
    bare = core[: -len(mark)]
    found = _heading_in(bare, first_folded_word(bare))
    # Words after the phrase ("... indicators level2") may end in a figure of their own.
    return found if found is not None and not found[1] else None


# The most figures a footnote's mark has, and the figures it is written with.
_MARK_FIGURES: Final = 2
_MARK_DIGITS: Final = "0123456789\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def heading_before_colon(text: str) -> tuple[str, str] | None:
    """(kind, the rest) where *text* begins with a whole heading and its colon, more after it.

    "Languages: Fluency in English and Albanian (oral and written) is
    required.", "Context: The United States Refugee Admissions Program...":
    the section's first line on the heading's, as a board's copy runs them.
    Not a competency group's heading, whose words after it are its own
    (:func:`match_heading` reads those), nor a note's: "Note: Working
    knowledge of French is an advantage.", "Other: Driving licence is an
    asset." are remarks where they stand, and a notes section opened there
    would take in the paragraphs below them. Nor "Nature of the
    consultancy" or "Supervision", which label the words after them.
    """
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(head) > _MISSPELT_HEADING_LENGTH:
        return None
    found = match_heading(head)
    if found is None or found[1] or found[0] in TRAILING or found[0] in _REMARKS:
        return None
    if fold_text(heading_text(head)[0]) in _LABELLING:
        return None
    return found[0], rest.strip()


# The sections whose heading, before a colon and more words, begins a remark.
_REMARKS: Final = frozenset({"notes"})
# The headings that, before a colon, label the words after it: "Nature of the
# consultancy: Development of a referral pathway mapping...", "Supervision: Head
# of Office", a paragraph of context each, whole.
_LABELLING: Final = frozenset(
    {"nature of the consultancy", "nature of consultancy", "naturaleza de la consultoria"}
    | {"supervision"}
)


def _for_candidates(folded: str) -> str | None:
    """*folded* without "for internal candidates" (or external) at its end, if it has it.

    A job board's copy of IOM's recruitment system names each section for
    whom it is written: "Responsibilities for Internal Candidates" (IOM
    Ukraine, 2025).
    """
    for suffix in (" for internal candidates", " for external candidates"):
        if folded.endswith(suffix):
            return folded[: -len(suffix)]
    return None


# A dash between spaces after a heading's words, or a character lost there
# ("\ufffd": Windows-1252's dash read as UTF-8): what follows is the heading's first item.
HEADING_DASHES: Final = (" - ", " \u2013 ", " \u2014 ", " \ufffd ")


def _heading_in(core: str, first_word: str) -> tuple[str, str] | None:
    candidates = _heading_index().get(first_word)
    if candidates is not None:
        folded = fold_text(core)
        for phrase, kind in candidates:
            if folded == phrase:
                return kind, ""
            if folded.startswith(phrase + " "):
                rest = core[_cut(core, phrase) :]
                # "Experience - Experience in...": a heading with its first item after a dash.
                if (kind in TRAILING and not _sentence_goes_on(rest, core)) or rest.startswith(
                    HEADING_DASHES
                ):
                    return kind, rest.strip(" :-\u2013\u2014\ufffd")
        if folded.endswith(" candidates"):  # "Responsibilities for Internal Candidates"
            bare = _for_candidates(folded)
            found = next((kind for phrase, kind in candidates if phrase == bare), None)
            if found is not None:
                return found, ""
    if LOST in core:  # "Comp\ufffdtences": a heading whose letters were lost, whole
        lost_kind = known_despite_losses(core, _heading_kinds())
        return None if lost_kind is None else (lost_kind, "")
    # One character looked for first: most lines have no slash.
    return _bilingual(core) if "/" in core else None


@functools.cache
def _heading_kinds() -> dict[str, str]:
    return {phrase: kind for kind, phrases in HEADINGS.items() for phrase in phrases}


def misspelt_heading(text: str) -> tuple[str, str] | None:
    """(kind, phrase) of the heading *text* is, all of it, misspelt by a letter: "Responsabilities".

    Only a line that looks like a heading (a few words, a capital first, no
    figures, no stop at its end) is looked up; the caller says it stands
    as one (a blank line above it, or a colon after it). ``None`` where no
    heading's phrase is a letter from it, or two kinds' are.
    """
    # Most lines a blank line sets apart are paragraphs: their length or stop says so.
    if len(text) > _MISSPELT_HEADING_LENGTH or text.endswith((".", ",", ";")):
        return None
    core, _ = heading_text(text)
    if not _heading_like(core) or core.endswith((".", ",", ";")):
        return None
    phrase = _near_headings().key_of(fold_text(core))
    return None if phrase is None else (_heading_kinds()[phrase], phrase)


@functools.cache
def _near_headings() -> NearNames[str]:
    return NearNames(_heading_kinds())


# The longest line looked up as a misspelt heading ("Required Qualifications and Experience:").
_MISSPELT_HEADING_LENGTH: Final = 60


_BILINGUAL_LENGTH: Final = 100
# The fewest words after a heading's phrase that make a sentence of the line.
_SENTENCE_WORDS: Final = 4


def _sentence_goes_on(rest: str, core: str) -> bool:
    """Whether *rest*, after a heading's phrase in *core*, makes the line a sentence.

    "Competencies will be assessed during a competency-based interview.": a
    small word right after the phrase, no dash or colon between, a stop at
    the end, or inside where a wrap cut the next sentence ("Competencies
    will be assessed during the selection process. Values - all IOM
    staff"). "Core Competencies – behavioural indicators level 2" stays a
    heading.
    """
    words = rest.split()
    return (
        rest[1:2].islower()
        and (core.endswith(".") or ". " in rest or words[0] in _AUXILIARIES)
        and len(words) >= _SENTENCE_WORDS
    )


# A verb right after a heading's phrase makes it a sentence's subject, where a wrap cut
# the sentence before its stop: "Competencies will be assessed during the selection" /
# "process." at 55 columns.
_AUXILIARIES: Final = frozenset(
    {"will", "shall", "must", "should", "can", "may", "would", "are", "is", "were", "have", "has"}
)


def _bilingual(core: str) -> tuple[str, str] | None:
    """The heading written in two languages, "Contexto / Context", "Idiomas / Languages".

    Bilingual notices (Spanish and English in Central America) write each
    heading twice. Either half may be one the reader knows, and neither may
    name another kind.
    """
    first, separator, second = core.partition(" / ")
    if not separator or " / " in second or len(core) > _BILINGUAL_LENGTH:
        return None
    if not _heading_like(first):
        return None
    second_kind = _whole_heading(second)
    rest = ""
    if second_kind is None and (cut := _heading_then_words(second)) is not None:
        # The second half goes on past its heading, where a line's end was lost:
        # "Responsabilidades / Responsibilities: Coordinar...". The rest is no heading's.
        second, rest = cut
        second_kind = _whole_heading(second)
    if not _heading_like(second):
        return None  # "Experience / 5 years": a value, which a heading would lose
    kinds = {kind for kind in (_whole_heading(first), second_kind) if kind is not None}
    return (kinds.pop(), rest) if len(kinds) == 1 else None


def _heading_then_words(text: str) -> tuple[str, str] | None:
    """*text* as a heading's phrase, and the words after it.

    ``None`` where *text* is a heading whole, or begins with none.
    """
    folded = fold_text(text)
    phrases = [phrase for phrase, _ in _heading_index().get(folded.split(" ", 1)[0], ())]
    for phrase in sorted(phrases, key=len, reverse=True):  # the longest that begins it
        if not folded.startswith(phrase + " "):
            continue
        at = _cut(text, phrase)
        return text[:at], text[at:].strip().lstrip(": ")
    return None


def _heading_like(half: str) -> bool:
    # A few words, the first a capital, no figures, no sentence ended: what a heading's
    # translation looks like. A sentence ended is one a lost line end ran in
    # ("...vintrop. Core Functions / Responsibilities"), its words no heading's.
    return (
        half[:1].isupper()
        and len(half.split()) <= 6  # noqa: PLR2004
        and not any(map(str.isdigit, half))
        and ". " not in half
    )


def _whole_heading(text: str) -> str | None:
    """The kind of heading *text* is, all of it."""
    folded = fold_text(text)
    candidates = _heading_index().get(folded.split(" ", 1)[0], ())
    return next((kind for phrase, kind in candidates if phrase == folded), None)


def first_folded_word(text: str) -> str:
    """``fold_text(text).split(" ", 1)[0]``, from the first word of *text* alone.

    Folding maps each character on its own and splits words wherever *text*
    has a space, so the first word of the whole is the first word of the
    first space-separated piece that folds to any. Pieces are words, which
    recur: they are folded through the cache.
    """
    start = 0
    while start < len(text):
        end = text.find(" ", start)
        if end < 0:
            end = len(text)
        # A slice, not partition(): the rest of a long line is not copied for each word.
        folded = fold(text[start:end])
        if folded:
            return folded.split(" ", 1)[0]
        start = end + 1
    return ""


def _cut(core: str, phrase: str) -> int:
    # Where the phrase ends in the original text: count its words.
    match = _first_words(len(phrase.split())).match(core)
    return match.end() if match else len(phrase)


@functools.cache
def _first_words(count: int) -> re.Pattern[str]:
    # Compiled once per count: re.match() with a pattern string looks it up at every call.
    return re.compile(r"^(?:\W*\w+){%d}" % count)  # noqa: UP031


@functools.cache
def _label_index() -> dict[str, str]:
    return {phrase: field for field, phrases in LABELS.items() for phrase in phrases}


@functools.cache
def _label_heads() -> dict[str, frozenset[str]]:
    # By label, folded, the words before it in the longer labels it ends:
    # "country": {"duty station"}, from "duty station country".
    index = _label_index()
    heads: dict[str, set[str]] = {}
    for label in index:
        words = label.split(" ")
        for cut in range(1, len(words)):
            tail = " ".join(words[cut:])
            if tail in index:
                heads.setdefault(tail, set()).add(" ".join(words[:cut]))
    return {tail: frozenset(found) for tail, found in heads.items()}


def label_begun_before(text: str, label: str) -> bool:
    """Whether *text* ends in the first words of a longer label that *label* ends.

    "ValenciaDuty Station" and "Country": "Duty Station Country", glued to
    the value before it, cut by a wrap. Most labels end none longer: a
    lookup says so.
    """
    # Most labels are plain words: lowered, they are folded (fold_text() costs ten times more).
    lowered = label.lower()
    plain = lowered.isascii() and lowered.replace(" ", "").isalpha() and "  " not in lowered
    heads = _label_heads().get(lowered if plain else fold_text(label))
    if not heads:
        return False
    end = fold_text(text[-_LABEL_REACH:])
    return any(end.endswith(head) for head in heads)


def misspelt_label(text: str) -> tuple[str, str, str, str] | None:
    """(field, label as written, value, the label meant) where *text* is "Label: value", misspelt.

    A label a letter off one the reader knows ("Postion Title: ...", "Closing
    Dat: ..."), where no other's is as near: a few words before the colon,
    a capital first, no figures. ``None`` otherwise.
    """
    label, colon, _ = text[:_MISSPELT_LABEL_REACH].partition(":")
    if not colon:
        return None
    label = label.strip("*_#| ").strip()
    if (
        not label[:1].isupper()
        or len(label.split()) > _MISSPELT_LABEL_WORDS
        or any(map(str.isdigit, label))
    ):
        return None
    phrase = _near_labels().key_of(fold_text(label))
    if phrase is None:
        return None
    return _label_index()[phrase], label, text.partition(":")[2].strip(" *_"), phrase


@functools.cache
def _near_labels() -> NearNames[str]:
    return NearNames(_label_index())


# Where a misspelt label's colon stands at the latest, and its most words.
_MISSPELT_LABEL_REACH: Final = 40
_MISSPELT_LABEL_WORDS: Final = 4


@functools.cache
def heading_first_words() -> frozenset[str]:
    """The first word of every heading: a text beginning with another word is no heading.

    Bilingual headings aside ("Contexto / Context"), which :func:`match_heading`
    also finds.
    """
    return frozenset(_heading_index())


@functools.cache
def label_first_words() -> frozenset[str]:
    """The first word of every label: a text beginning with another word is no label."""
    first = {phrase.split(" ", 1)[0] for phrase in _label_index()}
    # And of a board's closing line with no colon ("Roster Closes 01 Jun 2026").
    return frozenset(first | {word.lower() for word in _CLOSES_FIRST_WORDS})


# How long ago or until when, as a job board writes it into a label (untalent, 2026):
# "Application deadline 1 month ago: Friday 8 May 2026 at 15:59 UTC", "... in 5 days:".
_COUNTDOWN: Final = re.compile(
    r"\s\s*(?:in\s+(?:\d+|an?|one)\s+(?:minute|hour|day|week|month|year)s?"
    r"|(?:\d+|an?|one)\s+(?:minute|hour|day|week|month|year)s?\s+ago)$",
    re.IGNORECASE,
)
# A label's colon may be the full-width one of text typed for Chinese,
# Japanese or Korean ("Duty Station：Beijing, China"), or typed twice ("Duty
# Station:: Kabul"): no value begins with a colon.
_LABEL_SPLIT: Final = re.compile(r"^(?P<label>[^:|\uff1a]{2,110}?)\s*[:|\uff1a]:?\s*(?P<value>.*)$")
_FULL_WIDTH_COLON: Final = "\uff1a"


def match_label(text: str) -> tuple[str, str, str] | None:
    """(field, label as written, value) when *text* is "Label: value", else ``None``."""
    head = text[:112]
    if ":" not in head and "|" not in head and _FULL_WIDTH_COLON not in head:
        return _label_without_colon(text, head)
    match = _LABEL_SPLIT.match(text)
    if match is None:
        return None
    # Markdown's emphasis, with asterisks or underscores ("**Grade:**", "__Grade:__").
    label = match.group("label").strip("*_#| ").strip()
    if LOST in label:
        field = known_despite_losses(label, _label_index())
        return None if field is None else (field, label, match.group("value").strip(" *_"))
    if first_folded_word(label) not in label_first_words():
        return None
    field = _label_index().get(fold_text(label))
    if field is None:
        # A board's countdown inside the label: "Application deadline 1 month ago:";
        # a post's number, on a page of several: "POSTE 2 : Chargé(e) de projet".
        counted_from, label = label, _COUNTDOWN.sub("", label)
        field = _label_index().get(fold_text(label)) if label != counted_from else None
        if field is None:
            return _numbered_post(counted_from, match.group("value"))
    # The label's emphasis closed after its colon, the value's own around it:
    # "**Position Title:** **Senior Project Assistant**". A dash may lead the
    # value as a bullet would: "Duty Station: - Kabul, Afghanistan".
    value = match.group("value").strip(" *_")
    return field, label, value[2:].lstrip() if value.startswith(_DASH_LEADS) else value


def _numbered_post(label: str, value: str) -> tuple[str, str, str] | None:
    """The title a post's numbered line gives on a page of several ("POSTE 2 :"), else ``None``."""
    unnumbered = _POST_NUMBER.sub("", label)
    if unnumbered == label or _label_index().get(fold_text(unnumbered)) != "title":
        return None
    return "title", label, value.strip(" *_")


# A post's number after its label, on a page of several: "POSTE 2", "Position N° 3".
POST_NUMBER: Final = r"(?:N[°º]\s*)?(?P<number>\d{1,2})"
_POST_NUMBER: Final = re.compile(rf"\s\s*{POST_NUMBER}$")


def _label_without_colon(text: str, head: str) -> tuple[str, str, str] | None:
    """A label written with no colon: a board's closing line, a label before a dash.

    *head* is the start of *text*, where a label's dash would be.
    """
    for first_words, field, pattern in _WITHOUT_COLON:
        if text.startswith(first_words):
            match = pattern.match(text)
            return None if match is None else (field, match.group("label"), match.group("value"))
    spaced_dash = " - " in head or " \u2013 " in head or " \u2014 " in head
    return _label_before_dash(text) if spaced_dash else None


def _label_before_dash(text: str) -> tuple[str, str, str] | None:
    """A label and its value with a dash between them: "Duty Station - Kabul, Afghanistan".

    A header written so (a job board's copy, 2025), and IOM Kenya's
    supervisor ("Reporting directly to - Head of...", 2021): only a label
    the vocabulary knows, whole and capitalized, before the line's first
    spaced dash, its value capitalized or a number. A sentence goes on in
    lower case: "Reporting to - be done monthly."
    """
    match = _LABEL_DASH.match(text)
    if match is None:
        return None
    label = match.group("label")
    # Capitalized, as a header's labels and values are: "...Internationally
    # recruited" / "position - Mid level" is a line a wrap cut.
    value = match.group("value")
    if not label[:1].isupper() or not (value[:1].isupper() or value[:1].isdigit()):
        return None
    if first_folded_word(label) not in label_first_words():
        return None
    field = _label_index().get(fold_text(label))
    return None if field is None else (field, label, value)


_DASH_LEADS: Final = ("- ", "\u2013 ", "\u2014 ")
_LABEL_DASH: Final = re.compile(
    r"^(?P<label>[^-\u2013\u2014]{2,60}?)\s+[-\u2013\u2014]\s+(?P<value>\S.*)$"
)


# The labels a board writes with no colon before their value, their first words
# first (cheap to test), and the field each is: a closing date with a countdown,
# "Roster Closes 01 Jun 2026 4 days left" (ingo.work, 2026, the post's category
# before "Closes": "Roster", "Staff"), and an initial duration, "Initial duration
# 9 Months with Possibility of Renewal" (a board's copy of an Oracle header,
# 2026), in the four languages or in capitals: a line that begins in lower case
# goes on a sentence. The date begins with its day, the duration with its number.
_CLOSES_FIRST_WORDS: Final = ("Roster", "Staff", "Applications", "Application", "Vacancy")
_BOARD_CLOSES: Final = re.compile(
    r"^(?P<label>(?:Roster|Staff|Applications?|Vacancy)\s+[Cc]loses?)\s+(?P<value>\d.*?)"
    r"(?:\s+\d+\s+days?\s+left)?$"
)
_DURATION_FIRST_WORDS: Final = (
    *("Initial", "Durée", "Duración", "Duração"),
    *("INITIAL", "DURÉE", "DURACIÓN", "DURAÇÃO"),
)
_INITIAL_DURATION: Final = re.compile(
    r"^(?P<label>(?i:initial duration|durée initiale|duración inicial|duração inicial))"
    r"\s+(?P<value>\d.*)$"
)
_WITHOUT_COLON: Final = (
    (_CLOSES_FIRST_WORDS, "closing", _BOARD_CLOSES),
    (_DURATION_FIRST_WORDS, "duration", _INITIAL_DURATION),
)


def match_bare_label(text: str) -> str | None:
    """The field when *text* is a label alone on its line (the post description form)."""
    if len(text) > 120:  # noqa: PLR2004 -- the longest label is a question of 90 characters
        return None
    stripped = text.strip()
    # A line in lower case without a colon is a value's last word a wrap left alone:
    # "20069753 (Mrs Jewel ALI) – administrative" / "supervisor", seed 000 at 55 columns.
    if _ends_sentence(text) or (stripped[:1].islower() and not stripped.endswith(":")):
        return None
    label = stripped.rstrip(":?").strip()
    if LOST in label:
        return known_despite_losses(label, _label_index())
    if first_folded_word(label) not in label_first_words():
        return None
    folded = fold_text(label)
    if folded in _WITH_COLON_ONLY and not text.rstrip().endswith(":"):
        return None
    return _label_index().get(folded)


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends on a word and a stop: a sentence's end, no label's.

    A wrap may leave a sentence's last word alone on its line ("...under the
    guidance of a" / "supervisor.", iom.int's page on internships at 80
    columns); an abbreviation's stop ("Ref.", "No.") may end a label.
    """
    stripped = text.rstrip()
    if not stripped.endswith("."):
        return False
    word = stripped[:-1].rpartition(" ")[2]
    return len(word) > _LONGEST_ABBREVIATION and word.isalpha()


# "Ref.", "No.": the stop of a word this long or shorter may be an abbreviation's.
_LONGEST_ABBREVIATION: Final = 3


# Labels that are one only with their colon: alone on a line, "position" is
# a wrapped line's last word ("...Internationally recruited" / "position").
_WITH_COLON_ONLY: Final = frozenset({"position"})


# The legacy header's labels, which notices copied out of a table run into
# their values: "ClassificationG6", "Position Title Consultant (...)"; and
# the title's and station's as a job board's table names them ("Job
# TitleSenior Operations Associate", "LocationPort Sudan": sudancareer, 2025).
_HEADER_LABELS: Final = (
    "Position Title",
    "Job Title",
    "Organizational Unit",
    "Duty Station",
    "Location",
    "Classification",
    "Grade",
    "Type of Appointment",
    "Contract Type",
    "Estimated Start Date",
    "Closing Date",
)

# Those that may also begin a value or a sentence with a space after them
# ("Consultant, Grade OTHE", "Grade 6 staff...", a line that begins "Location
# Based Services"), or that only a board's table writes: never read spaced.
_SPACED_LABELS: Final = tuple(
    label for label in _HEADER_LABELS if label not in {"Grade", "Job Title", "Location"}
)


def alternatives(words: Iterable[str]) -> str:
    """*words* as a regular expression's alternatives, escaped, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _run_together() -> re.Pattern[str]:
    return re.compile(rf"^(?P<label>(?i:{alternatives(_HEADER_LABELS)}))(?P<value>[A-Z0-9*].*)$")


@functools.cache
def _spaced() -> re.Pattern[str]:
    return re.compile(rf"^(?P<label>{alternatives(_SPACED_LABELS)}) (?P<value>[A-Z0-9*].*)$")


def match_run_together(text: str, *, spaced: bool = False) -> tuple[str, str, str] | None:
    """(field, label, value) for a label run into its value: "ClassificationG6".

    With *spaced*, also a label and its value with only a space between
    them, written as the label is ("Position Title Consultant (...)"): what
    is left of a table's two cells. The caller says where that may be (in
    the header: a sentence may begin with "Closing Date").
    """
    match = _run_together().match(text) or (_spaced().match(text) if spaced else None)
    if match is None or (spaced and match_bare_label(match.group("value")) is not None):
        # "Duty Station Closing Date": two labels, a table's row of them, no value.
        return None
    return match_label(f"{match.group('label')}: {match.group('value')}")


def match_spaced_label(text: str) -> tuple[str, str, str] | None:
    """(field, label, value) for any label the reader knows and its value, a space between.

    A post description's table under its "Position Information" heading, as
    a board copied its cells (helpfuljobs, IOM Tanzania, 2024): "Position
    Grade G6", "Reports directly to Movement Operations Manager", "Is this
    a Regional, HQ, ... based position? Country Office". The longest label
    whose value then begins with a capital or a figure; a question's label
    ends at its question mark. A line that is a whole label is none: its
    value stands below it ("Position Grade" / "G6"). The caller says where
    a line may be read so.
    """
    # A value begins with a capital or a figure after a space: most lines a form's
    # labels stand alone on ("Position title") have none, and need no further look.
    if _SPACED_VALUE.search(text) is None or first_folded_word(text) not in label_first_words():
        return None
    if match_bare_label(text) is not None:
        # Written in capitals or title case, "Position Grade" is no label "Position"
        # and its value "Grade".
        return None
    index = _label_index()
    question, mark, answer = text.partition("? ")
    if mark:
        field = index.get(fold_text(question))
        return (field, question, answer) if field is not None and answer else None
    words = text.split(" ")
    for count in range(min(len(words) - 1, _SPACED_LABEL_WORDS), 0, -1):
        value = " ".join(words[count:])
        if not (value[:1].isupper() or value[:1].isdigit()):
            continue
        label = " ".join(words[:count])
        folded = fold_text(label)
        # "Position" is a label only with its colon: "Position Gr", a line cut
        # short, is no title "Gr".
        field = index.get(folded) if folded not in _WITH_COLON_ONLY else None
        if field is not None:
            # "Duty Station Closing Date": two labels, a table's row of them, no value.
            return None if match_bare_label(value) is not None else (field, label, value)
    return None


_SPACED_VALUE: Final = re.compile(r" [A-Z0-9]")
# The most words of a label written with a space before its value ("Number of Direct
# Reports 0"); a longer label is a question, which ends at its question mark.
_SPACED_LABEL_WORDS: Final = 6


def split_next_label(value: str) -> tuple[str, tuple[str, str, str]] | None:
    """*value* cut where the next label begins, and that label's field, if one is run into it.

    "Type of Appointment : Consultant, Five months Estimated Start Date :As
    soon as possible": two fields on one line, where a job board joined them.
    The label is any the reader knows, ending at a colon: the words before
    the colon, the most that make a label.
    """
    start = 0
    brackets = _Brackets(value)
    while (colon := value.find(":", start)) >= 0:
        found = _label_before(value, colon, brackets)
        if found is not None:
            return found
        start = colon + 1
    return None


# A list item's number, or letter, at the end of the value before the item's label.
_ITEM_NUMBER_AT_END: Final = re.compile(r"(?<=\s)(?:\d{1,2}|[a-z])[.)]\s*$")
# The most words a label run into a value has ("Job Identification (Reference Number)"),
# and the most characters they take: a label is looked for just before its colon.
_LABEL_WORDS: Final = 6
_LABEL_REACH: Final = 120
_WORD_STARTS: Final = re.compile(r"(?:^|(?<=\s))\S")
# Where a capital follows a small letter, a figure or a bracket with no space between,
# or a word in capitals ends before a capitalized one: "SpainGrade", "UGContract Type".
_GLUED: Final = re.compile(r"(?<=[a-z0-9)])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@functools.cache
def _label_last_words() -> frozenset[str]:
    """The last word of every label: a colon after another word ends no label."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in _label_index())


def _label_before(
    value: str, colon: int, brackets: _Brackets
) -> tuple[str, tuple[str, str, str]] | None:
    """Where a label ending at *colon* begins in *value* (not at its start), and its field."""
    reach = max(0, colon - _LABEL_REACH)
    brackets.count_to(reach)
    last_word = value[reach:colon].rsplit(None, 1)[-1:]
    if not last_word:
        return None
    # A label glued to the value before it: "...Duty Station Country: SpainGrade: UG".
    last = _GLUED.split(last_word[0])[-1]
    if fold(last).rsplit(" ", 1)[-1] not in _label_last_words():
        return None  # most colons: a time's, or one after words no label ends in
    starts = [match.start() for match in _WORD_STARTS.finditer(value, reach, colon)]
    if len(last) < len(last_word[0]) or _GLUED.search(value, reach, colon) is not None:
        # A board's summary that lost the spaces between its fields (jobera, 2026):
        # "...(Reference Number): 18738Position Title: ...ValenciaDuty Station City:".
        glued = (found.start() for found in _GLUED.finditer(value, reach, colon))
        starts = sorted({*starts, *glued})
    for begin in starts[-_LABEL_WORDS:]:
        if begin == 0 or "|" in value[begin:colon]:
            continue  # the value itself, or a table's cells: no label run into it
        if brackets.open_at(begin):
            continue
        found = match_label(value[begin : colon + 1])
        if found is not None:
            rest = value[colon + 1 :].strip(" *_")
            # What parted the fields on the line goes with neither: ",", ";", a pipe, a
            # dot; nor does markdown's bold closing the value ("Grade 6** Type of ..."),
            # nor the next item's number in a numbered list run together ("San
            # Salvador, El Salvador 2. Duration of Consultancy: ...").
            head = _ITEM_NUMBER_AT_END.sub("", value[:begin])
            return head.rstrip(" ,;|•·*_"), (found[0], found[1], rest)
    return None


class _Brackets:
    """The brackets a value opens and has not closed, counted as a point moves on through it.

    What a bracket holds is a remark on the value: "Dakar, Senegal
    (Hardship classification: A)" holds no field "Classification", nor a
    converter's "[footnoteRef:1]" a field "Ref". The value is counted once,
    not from its start at each colon: a field wrapped over a thousand lines
    has a thousand colons.
    """

    __slots__ = ("at", "round", "square", "value")

    def __init__(self, value: str) -> None:
        self.value = value
        self.at = 0
        self.round = 0  # "(" less ")" before self.at
        self.square = 0  # "[" less "]"

    def count_to(self, at: int) -> None:
        """Count the brackets up to *at*, at or after the point counted to."""
        self.round, self.square = self._open(at)
        self.at = at

    def open_at(self, at: int) -> bool:
        """Whether *at*, at or after the point counted to, is inside a bracket opened before it."""
        round_, square = self._open(at)
        return round_ > 0 or square > 0

    def _open(self, at: int) -> tuple[int, int]:
        value, since = self.value, self.at
        return (
            self.round + value.count("(", since, at) - value.count(")", since, at),
            self.square + value.count("[", since, at) - value.count("]", since, at),
        )


# The longest small word a title-case heading leaves in lower case ("and", "of").
SMALL_WORD: Final = 3


def whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of *words* as a whole word (in lowered text)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


# Lines that stand alone are short: the kind line, "Open to...", the letterhead,
# a list's introduction or an item whose bullet was lost.
SPECIAL_LENGTH: Final = 160
