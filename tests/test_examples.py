"""The bundled examples: they hold the seed notices and they run."""

from __future__ import annotations

import re
import runpy
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import iomjobs
from seed_notices import SEED_NOTICES, example_json, example_path, seed_path

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_example_notices_are_the_seed_objects(number: int) -> None:
    """examples/notices/ holds the seeds as objects; rewrite with `python tests/seed_notices.py`."""
    path = example_path(number)
    assert iomjobs.loads(path.read_bytes()) == SEED_NOTICES[number]
    assert path.read_text("utf-8") == example_json(SEED_NOTICES[number])


@pytest.mark.parametrize(
    "script",
    [p for p in sorted(EXAMPLES.glob("*.py")) if not p.name.startswith("test_")],
    ids=lambda p: p.name,
)
def test_example_scripts_run(
    script: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", [str(script)])
    runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out


def _reading_example(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """What ``examples/read_and_validate.py PATH`` prints, line by line."""
    script = EXAMPLES / "read_and_validate.py"
    monkeypatch.setattr(sys, "argv", [str(script), str(path)])
    runpy.run_path(str(script), run_name="__main__")
    return capsys.readouterr().out.splitlines()


def test_the_reading_example_reads_an_html_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = Path(__file__).parent / "fixtures" / "layouts" / "html_page.html"
    out = _reading_example(page, capsys, monkeypatch)
    assert out[0] == "Senior Programme Assistant (G6)"
    # The page's own line: the paragraph that names the supervisors.
    assert "  inferred $.position.supervisors from line 28" in out
    assert out[-1].endswith("0 error(s)")


def test_the_reading_example_reads_a_word_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = EXAMPLES / "documents" / "post_description_form.docx"
    out = _reading_example(form, capsys, monkeypatch)
    assert out[0] == "Senior Project Assistant (G7)"
    assert any("PLC002" in line and "did you mean 'Port of Spain'?" in line for line in out)


def test_the_reading_example_reads_a_pdf(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _reading_example(EXAMPLES / "documents" / "vacancy_notice.pdf", capsys, monkeypatch)
    assert out[0] == "Senior Project Assistant (Inclusion and AAP) (G6)"
    assert out[-1].endswith("0 error(s)")


def test_the_example_pdf_is_the_tests() -> None:
    bundled = (EXAMPLES / "documents" / "vacancy_notice.pdf").read_bytes()
    tested = Path(__file__).parent / "fixtures" / "pdf" / "vacancy_notice.pdf"
    assert bundled == tested.read_bytes()


def test_the_example_word_document_is_the_tests_form() -> None:
    bundled = (EXAMPLES / "documents" / "post_description_form.docx").read_bytes()
    tested = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"
    assert bundled == tested.read_bytes()


def test_the_readme_main_job_checks_the_examples() -> None:
    """`iomjobs check examples/` prints the seeds' findings and exits 1 for seed 003's error."""
    result = subprocess.run(  # noqa: S603 -- our own interpreter and module
        [sys.executable, "-m", "iomjobs.cli", "check", str(EXAMPLES / "notices")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "CMP001 error: declares 3 values but lists 5" in result.stdout
    assert "did you mean 'Port of Spain'?" in result.stdout
    assert result.stdout.splitlines()[-1].startswith(f"{len(SEED_NOTICES)} notices: 1 error")


@pytest.mark.parametrize("number", sorted(SEED_NOTICES))
def test_example_texts_are_the_seeds(number: int) -> None:
    text = (EXAMPLES / "notices" / example_path(number).with_suffix(".txt").name).read_bytes()
    assert text == seed_path(number).read_bytes()


def test_the_downstream_example_test_passes() -> None:
    """examples/test_downstream.py, as a downstream project would run it."""
    result = subprocess.run(  # noqa: S603 -- our own interpreter and example
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(EXAMPLES / "test_downstream.py"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=EXAMPLES,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def _readme_commands() -> list[str]:
    """The ``iomjobs`` command lines of the README's shell examples, after its first two."""
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    blocks = re.findall(r"^```sh\n(.*?)^```$", readme, flags=re.MULTILINE | re.DOTALL)
    return [line for block in blocks[1:] for line in block.splitlines() if line]


def test_the_readme_shows_commands() -> None:
    assert len(_readme_commands()) >= 2  # check and parse at least


def test_the_readme_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each, in order, as a shell runs it from the project's root; ``> FILE`` written there."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for line in _readme_commands():
        words = shlex.split(line)
        assert words[0] == "iomjobs", line
        target = None
        if ">" in words:
            words, target = words[: words.index(">")], words[words.index(">") + 1]
        result = subprocess.run(  # noqa: S603 -- our own interpreter and module
            [sys.executable, "-m", "iomjobs.cli", *words[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        # check exits 1 for seed 003's error; 2 would be a usage error or an unread input.
        assert result.returncode in (0, 1), (line, result.stderr)
        assert result.stdout, line
        if target is not None:
            Path(target).write_text(result.stdout, "utf-8")
