from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import iomjobs
from iomjobs.cli import main
from seed_notices import SEED_NOTICES, example_path


def test_check_reports_each_notice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example_path(0)), str(example_path(2))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{example_path(0)}: ok: Senior Project Assistant",
        f"{example_path(2)}: ok: Senior Project Assistant (Inclusion and AAP)",
    ]


def test_check_searches_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "a.json").write_bytes(iomjobs.dumps(SEED_NOTICES[1]))
    (tmp_path / "notes.txt").write_text("not a notice", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count(": ok: ") == 1


def test_bad_files_mixed_with_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = iomjobs.to_dict(SEED_NOTICES[2])
    document["position"]["grade"] = "P-9"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), "utf-8")
    missing = tmp_path / "missing.json"
    assert main(["check", str(bad), str(example_path(0)), str(missing)]) == 2
    captured = capsys.readouterr()
    assert f"{bad}: $.position.grade: Invalid grade: 'P-9'" in captured.err
    assert f"{missing}: cannot read" in captured.err
    assert f"{example_path(0)}: ok" in captured.out
    assert "Traceback" not in captured.err


def test_check_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(iomjobs.dumps(SEED_NOTICES[3])))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().out == "<stdin>: ok: Reintegration Assistant\n"


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
