"""Golden tests: the findings EXPECTED.md lists for each seed notice, built by hand as objects."""

from __future__ import annotations

import attrs

from iomjobs import Country, DutyStation
from iomjobs.rules import validate
from iomjobs.source import Provenance, Repair
from seed_notices import SEED_NOTICES

GOLDEN = {
    # 000: city suggestion, empty skills, core level not stated; nothing on education.
    0: {"CMP007", "PLC002", "TXT002"},
    # 001: grade (P-2 pattern), duty station, closing date.
    1: {"QUA005", "PLC001", "DAT006"},
    # 002: clean.
    2: set(),
    # 003: declared 3 values, lists 5 (the error); local language; grade (G5); closing date.
    3: {"CMP001", "LNG003", "QUA005", "DAT006"},
    # 004: no competencies, supervision without managerial, no languages, grade (G5).
    4: {"CMP004", "CMP010", "LNG001", "QUA005", "PLC001", "DAT006"},
}


def _codes(number: int) -> set[str]:
    return set(validate(SEED_NOTICES[number]).codes)


def test_each_seed_yields_its_findings() -> None:
    assert {number: _codes(number) for number in SEED_NOTICES} == GOLDEN


def test_seed_000_suggests_port_of_spain() -> None:
    (finding,) = validate(SEED_NOTICES[0], select=["PLC002"])
    assert finding.suggestion == "Port of Spain"
    assert "'Port of Span'" in finding.message


def test_seed_000_education_is_the_usual_g7_pattern() -> None:
    assert not validate(SEED_NOTICES[0], select=["QUA"]).findings


def test_seed_001_suggests_p2() -> None:
    (finding,) = validate(SEED_NOTICES[1], select=["QUA005"])
    assert finding.suggestion == "P-2"


def test_seed_001_with_barbados_as_duty_station() -> None:
    """Barbados is on the first-tier list, and nationals of the duty station are not eligible."""
    notice = SEED_NOTICES[1]
    in_barbados = attrs.evolve(
        notice,
        position=attrs.evolve(
            notice.position,
            duty_stations=(DutyStation(city="Bridgetown", country=Country("BB")),),
        ),
    )
    (finding,) = validate(in_barbados, select=["PLC003"])
    assert finding.severity.value == "error"
    assert "Barbados" in finding.message


def test_seed_002_has_no_error() -> None:
    assert not validate(SEED_NOTICES[2]).has_errors


def test_seed_002_shengjin_matches_shengjin_with_accent() -> None:
    assert not validate(SEED_NOTICES[2], select=["PLC002"]).findings


def test_seed_003_the_error() -> None:
    report = validate(SEED_NOTICES[3])
    (error,) = report.errors
    assert error.code == "CMP001"
    assert error.message == "declares 3 values but lists 5"


def test_seed_003_suggests_wolof_and_g5() -> None:
    (language,) = validate(SEED_NOTICES[3], select=["LNG003"])
    assert language.suggestion == "wo"
    (grade,) = validate(SEED_NOTICES[3], select=["QUA005"])
    assert grade.suggestion == "G5"


def test_seed_004_encoding_repaired_with_counts() -> None:
    provenance = Provenance(
        repairs=(
            Repair("Thai code page: 'โ' read for '’'", 7),
            Repair("Thai code page: 'ย' read for a no-break space", 41),
        )
    )
    report = validate(SEED_NOTICES[4], provenance=provenance)
    (repaired,) = [f for f in report if f.code == "TXT001"]
    assert "48" in repaired.message
    assert ": 7" in repaired.message
    assert ": 41" in repaired.message


def test_seed_004_quotes_the_supervisory_duty() -> None:
    (finding,) = validate(SEED_NOTICES[4], select=["CMP010"])
    assert "guidance to teams of Movement Operations" in finding.message
