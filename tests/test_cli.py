from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import iomjobs
from iomjobs.cli import main
from seed_notices import SEED_NOTICES, example_path


def test_check_prints_findings_and_exits_1_on_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example_path(2)), str(example_path(3))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{example_path(2)}: ok (Senior Project Assistant (Inclusion and AAP))"
    assert out[1] == f"{example_path(3)}: 4 findings (Reintegration Assistant)"
    assert "  CMP001 error: declares 3 values but lists 5" in out[2]
    assert out[-1] == "2 notices: 1 error, 3 warnings, 0 infos"


def test_check_exits_0_without_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example_path(0))]) == 0
    assert "PLC002 warning" in capsys.readouterr().out


def test_select_and_ignore(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--select", "CMP,DAT", "--ignore", "CMP001", str(example_path(3))]) == 0
    out = capsys.readouterr().out
    assert "DAT006" in out
    assert "CMP001" not in out
    assert "QUA005" not in out


def test_unknown_rule_code_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--select", "NOPE", str(example_path(0))]) == 2
    assert "'NOPE' is no rule code" in capsys.readouterr().err


def test_check_searches_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "a.json").write_bytes(iomjobs.dumps(SEED_NOTICES[2]))
    (tmp_path / "notes.txt").write_text("not a notice", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 notice: 0 errors, 0 warnings, 0 infos"


def test_bad_files_mixed_with_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = iomjobs.to_dict(SEED_NOTICES[2])
    document["position"]["grade"] = "P-9"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), "utf-8")
    missing = tmp_path / "missing.json"
    assert main(["check", str(bad), str(example_path(3)), str(missing)]) == 2
    captured = capsys.readouterr()
    assert f"{bad}: not a notice: Invalid grade: 'P-9'" in captured.err
    assert "@ $.position.grade" in captured.err
    assert f"{missing}: cannot read" in captured.err
    assert f"{example_path(3)}: 4 findings" in captured.out
    assert "Traceback" not in captured.err


def test_check_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(iomjobs.dumps(SEED_NOTICES[2])))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().out.startswith("<stdin>: ok (Senior Project Assistant")


def test_skipped_rules_are_said_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import attrs  # noqa: PLC0415

    from iomjobs.reference import Reference, bundle  # noqa: PLC0415

    bare = attrs.evolve(Reference.default(), gazetteer=None)
    monkeypatch.setattr(bundle, "_default", lambda: bare)
    assert main(["check", str(example_path(0)), str(example_path(2))]) == 0
    err = capsys.readouterr().err
    assert err.count("PLC002 skipped: no gazetteer installed") == 1


def test_check_with_nothing_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no notices found" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"iomjobs {iomjobs.__version__}"
