from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import threading
import time
from pathlib import Path

import pytest

import iomjobs
from iomjobs.cli import main
from seed_notices import SEED_NOTICES, example_path, seed_path

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def test_check_prints_findings_and_exits_1_on_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example_path(2)), str(example_path(3))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{example_path(2)}: ok (Senior Project Assistant (Inclusion and AAP))"
    assert out[1] == f"{example_path(3)}: 4 findings (Reintegration Assistant)"
    assert "  CMP001 error: declares 3 values but lists 5" in out[2]
    assert out[-1] == "2 notices: 1 error, 3 warnings, 0 infos"


def test_check_reads_text_notices_with_line_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(seed_path(3))]) == 1
    out = capsys.readouterr().out
    assert (
        "CMP001 error: declares 3 values but lists 5 @ $.position.competencies.values.declared_count (line 26)"
        in out
    )


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


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_is_a_number_of_processes(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    # 0 and less had been taken as 1 without a word.
    with pytest.raises(SystemExit) as raised:
        main(["check", "--jobs", jobs, str(example_path(0))])
    assert raised.value.code == 2
    message = f"argument --jobs: expected a number of processes, 1 or more, not '{jobs}'"
    assert message in capsys.readouterr().err


def test_check_searches_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "a.json").write_bytes(iomjobs.dumps(SEED_NOTICES[2]))
    (tmp_path / "b.txt").write_bytes(seed_path(2).read_bytes())
    (tmp_path / "c.csv").write_text("not a notice", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 notices: 0 errors, 0 warnings, 0 infos"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_check_passes_over_what_is_no_file_in_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A named pipe left in a folder of notices had been opened, and waited on
    # for ever. Should it be opened again, a writer comes after a while and
    # gives it a notice, which the count then holds.
    (tmp_path / "b.txt").write_bytes(seed_path(2).read_bytes())
    (tmp_path / "2024.txt").mkdir()  # searched, not read
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")

    def write_late() -> None:
        time.sleep(5)
        with (
            contextlib.suppress(OSError),
            os.fdopen(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK), "wb") as writer,
        ):
            writer.write(seed_path(2).read_bytes())

    writer = threading.Thread(target=write_late, daemon=True)
    writer.start()
    assert main(["check", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == "2 notices: 0 errors, 0 warnings, 0 infos, 1 not read"
    assert err == f"{tmp_path / 'gone.txt'}: cannot read: No such file or directory\n"


def test_a_file_larger_than_any_notices_is_named_not_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A stray archive of gigabytes in a folder of notices had been read whole
    # first (here 100 MB, a sparse file); a byte past 64 MB is read, and no more.
    (tmp_path / "b.txt").write_bytes(seed_path(2).read_bytes())
    with (tmp_path / "archive.json").open("wb") as file:
        file.truncate(100_000_000)
    assert main(["check", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == "2 notices: 0 errors, 0 warnings, 0 infos, 1 not read"
    assert err == (
        f"{tmp_path / 'archive.json'}: not a notice: The file is 100000000 bytes, more than "
        "the 64000000 a notice's file may hold\n"
    )
    assert main(["parse", str(tmp_path / "archive.json")]) == 2
    assert capsys.readouterr().err.endswith(
        ": The file is 100000000 bytes, more than the 64000000 a notice's file may hold\n"
    )


def test_standard_input_larger_than_any_notices_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    piped = io.BytesIO(b"{" + b" " * 64_000_000 + b"}")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(piped))
    assert main(["check", "-"]) == 2
    assert capsys.readouterr().err == (
        "<stdin>: not a notice: Standard input is more than the 64000000 bytes a notice's "
        "file may hold\n"
    )
    assert piped.tell() == 64_000_001  # the rest is not read


def test_a_file_named_in_no_utf_8_is_named_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "avis-sécurité.txt" named in Latin-1, as an archive made on Windows may
    # unpack: Python reads its name with lone surrogates, which had been printed
    # as they were (UnicodeEncodeError under a strict UTF-8 stdout, and no text
    # in the JSON of --format json and --provenance).
    name = os.fsdecode(b"avis-s\xe9curit\xe9.txt")
    try:
        (tmp_path / name).write_text("Position Title: Driver\n", "utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes no such name")
    shown = str(tmp_path / "avis-s\\xe9curit\\xe9.txt")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{shown}: 6 findings (Driver)"
    out.encode("utf-8")  # strict: no lone surrogate
    assert main(["check", "--format", "json", "--select", "DAT006", str(tmp_path)]) == 0
    (finding,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert finding["file"] == shown
    assert main(["parse", "--provenance", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == shown
    assert main(["text", str(tmp_path / os.fsdecode(b"gone-\xe9.txt"))]) == 2
    err = capsys.readouterr().err
    assert err == f"{tmp_path / 'gone-'}\\xe9.txt: cannot read: No such file or directory\n"


def test_json_behind_a_byte_order_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # UTF-8 as Notepad and PowerShell 5 write it: a file had been refused, each
    # JSON Lines file's first line too, and standard input read as a text notice.
    line = iomjobs.dumps(SEED_NOTICES[2])
    (tmp_path / "one.json").write_bytes(b"\xef\xbb\xbf" + line)
    (tmp_path / "all.jsonl").write_bytes(b"\xef\xbb\xbf" + line + b"\n" + line + b"\n")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 notices: 0 errors, 0 warnings, 0 infos"
    for piped in (b"\xef\xbb\xbf" + line, b"\xef\xbb\xbf" + line + b"\n" + line + b"\n"):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(piped)))
        assert main(["parse", "-"]) == 0
        printed = capsys.readouterr().out.splitlines()
        assert printed == [line.decode("utf-8")] * len(printed)


def test_check_passes_over_hidden_files_in_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An archive made on a Mac unpacks with a binary "._" twin of each file, in
    # __MACOSX and beside it: each had been named as a file that could not be
    # read (status 2). A folder kept by git holds .git, searched file by file.
    twin = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(range(32)) * 8
    (tmp_path / "notice.txt").write_bytes(seed_path(2).read_bytes())
    (tmp_path / "._notice.txt").write_bytes(twin)
    (tmp_path / "__MACOSX").mkdir()
    (tmp_path / "__MACOSX" / "._notice.txt").write_bytes(twin)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Position Title: Driver\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'notice.txt'}: ok (Senior Project Assistant (Inclusion and AAP))",
        "1 notice: 0 errors, 0 warnings, 0 infos",
    ]
    # Named, a hidden file is read.
    assert main(["check", str(tmp_path / ".git" / "notes.txt")]) == 0
    assert "1 notice: 0 errors, 6 warnings, 0 infos" in capsys.readouterr().out


def test_check_knows_suffixes_in_capitals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Files as Windows tools name them: "VN.TXT", "NOTICE.JSON", "ALL.JSONL".
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "NOTICE.JSON").write_bytes(iomjobs.dumps(SEED_NOTICES[2]))
    (tmp_path / "VN.TXT").write_bytes(seed_path(2).read_bytes())
    line = iomjobs.dumps(SEED_NOTICES[2])
    (tmp_path / "ALL.JSONL").write_bytes(line + b"\n" + line + b"\n")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "4 notices: 0 errors, 0 warnings, 0 infos"


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


def test_a_document_that_is_no_text_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A notice as its RTF file, or a PDF cut short: read as text, each gave a notice of nothing.
    rtf = tmp_path / "notice.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi Position Title: Driver}")
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert main(["check", str(rtf), str(pdf), str(example_path(3))]) == 2
    captured = capsys.readouterr()
    assert f"{rtf}: cannot read: The bytes are an RTF document, not text: save" in captured.err
    assert f"{pdf}: cannot read: The bytes are a damaged PDF document (" in captured.err
    assert f"{example_path(3)}: 4 findings" in captured.out
    assert captured.out.splitlines()[-1] == "3 notices: 1 error, 3 warnings, 0 infos, 2 not read"


@pytest.mark.parametrize("data", [b"", b"\xff\xfe garbage \x00", "Position Title: \u0e42".encode()])
def test_odd_text_is_read_not_refused(
    tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(data)
    assert main(["check", str(odd)]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (iomjobs.dumps(SEED_NOTICES[3]), "Reintegration Assistant"),
        (seed_path(2).read_bytes(), "Senior Project Assistant (Inclusion and AAP)"),
    ],
    ids=["json", "text"],
)
def test_check_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes, title: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    main(["check", "-"])
    assert capsys.readouterr().out.startswith("<stdin>: ")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    main(["check", "-"])
    assert f"({title})" in capsys.readouterr().out


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


_PAGE = Path(__file__).parent / "fixtures" / "layouts" / "html_page.html"


class TestHtml:
    """HTML pages, named *.html or *.htm or on standard input, read as pages."""

    # The page with a closing date one day after its posting period ends, on line 23.
    PAGE = _PAGE.read_bytes().replace(
        b"Closing Date:<strong>15 April, 2020", b"Closing Date:<strong>16 April, 2020"
    )
    FINDING = (
        "  DAT002 error: closing date 2020-04-16 differs from the posting period's end "
        "2020-04-15 @ $.closing_date (line 23)"
    )

    def test_check_names_the_pages_lines(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "page.htm").write_bytes(self.PAGE)
        (tmp_path / "board").mkdir()
        (tmp_path / "board" / "page.html").write_bytes(self.PAGE)
        assert main(["check", str(tmp_path)]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out.count(self.FINDING) == 2
        assert out[-1] == "2 notices: 2 errors, 0 warnings, 0 infos"

    def test_a_page_is_known_by_its_suffix_in_capitals(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "PAGE.HTM").write_bytes(self.PAGE)
        assert main(["check", str(tmp_path), str(tmp_path / "PAGE.HTM")]) == 1
        out = capsys.readouterr().out.splitlines()
        # Read as a page both ways, found in the directory and named: its line 23, not the markup's.
        assert out.count(self.FINDING) == 2

    def test_check_reads_a_page_on_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(self.PAGE)))
        assert main(["check", "-"]) == 1
        out = capsys.readouterr().out.splitlines()
        # Read as a page, not as text with its markup.
        assert out[1:] == [self.FINDING, "1 notice: 1 error, 0 warnings, 0 infos"]

    def test_a_page_saved_as_utf_16_is_a_page_on_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Windows' "Unicode" text: UTF-16 with its byte order mark.
        page = self.PAGE.decode("utf-8").encode("utf-16")
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page)))
        assert main(["check", "-"]) == 1
        assert capsys.readouterr().out.splitlines()[1:] == [
            self.FINDING,
            "1 notice: 1 error, 0 warnings, 0 infos",
        ]

    def test_parse_gives_the_pages_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["parse", "--provenance", str(_PAGE)]) == 0
        document = json.loads(capsys.readouterr().out)
        assert document["sources"]["$.closing_date"] == [23, 23]
        assert iomjobs.from_dict(document["notice"]).reference == "SVN/IOMSO/005/2020"

    def test_a_page_named_as_text_is_read_as_text(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "page.txt").write_bytes(_PAGE.read_bytes())
        main(["check", "--select", "TXT006", str(tmp_path / "page.txt")])
        assert "the text is an HTML page, read with its markup" in capsys.readouterr().out


class TestParse:
    def test_prints_the_notice_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["parse", str(seed_path(2))]) == 0
        notice = iomjobs.loads(capsys.readouterr().out)
        assert notice.reference == "2024-07"

    def test_prints_what_dumps_writes(self, capsys: pytest.CaptureFixture[str]) -> None:
        # Canonical JSON, byte for byte: format_version, then keys alphabetically.
        assert main(["parse", str(seed_path(3))]) == 0
        notice = iomjobs.parse_notice(seed_path(3)).notice
        assert capsys.readouterr().out == iomjobs.dumps(notice).decode() + "\n"

    def test_a_notice_loads_would_refuse_is_named_not_written(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Ligatures spelt out, three letters for one: a paragraph of 1,400,000
        # "ﬃ" is read as 4,200,000 letters, more than loads() takes in a string.
        # check would refuse the line; parse says so and writes the others.
        page = tmp_path / "ligatures.txt"
        page.write_text("Position Title: Driver\n\n" + "\ufb03" * 1_400_000 + "\n", "utf-8")
        assert main(["parse", str(page), str(seed_path(2))]) == 2
        out, err = capsys.readouterr()
        assert [iomjobs.loads(line).reference for line in out.splitlines()] == ["2024-07"]
        assert err == (
            f"{page}: cannot write: string of 4200000 characters is longer than 4000000, "
            "which loads() refuses @ $.context[0]\n"
        )

    def test_indented(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["parse", "--indent", "2", str(seed_path(0))]) == 0
        out = capsys.readouterr().out
        assert out.startswith('{\n  "format_version": 1,')
        assert iomjobs.loads(out).position.title == "Senior Project Assistant"

    def test_with_provenance(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "notice.txt"
        path.write_text("Position Title: Driver\nClosing Date: 03/12/2025\n", "utf-8")
        assert main(["parse", "--provenance", str(path)]) == 0
        document = json.loads(capsys.readouterr().out)
        assert iomjobs.from_dict(document["notice"]).position.title == "Driver"
        assert document["sources"]["$.position.title"] == [1, 1]
        assert document["sources"]["$.closing_date"] == [2, 2]
        (doubt,) = document["doubts"]
        assert (doubt["path"], doubt["line"]) == ("$.closing_date", 2)
        assert document["inferred"] == []
        assert document["repairs"] == []

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["parse", str(tmp_path / "nope.txt")]) == 2
        assert "cannot read" in capsys.readouterr().err

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Position Title: Driver\n")))
        assert main(["parse", "-"]) == 0
        assert iomjobs.loads(capsys.readouterr().out).position.title == "Driver"

    def test_a_page_of_several_posts_gives_a_line_for_each(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # yop.l-frii.com's page of two posts: a document for each, as JSON Lines that
        # `iomjobs check` reads back, named by their lines.
        page = tmp_path / "page.txt"
        page.write_text(LAYOUTS.joinpath("page_of_several_posts.txt").read_text("utf-8"), "utf-8")
        assert main(["parse", str(page)]) == 0
        lines = capsys.readouterr().out.splitlines()
        titles = [iomjobs.loads(line).position.title for line in lines]
        assert titles == [
            "Assistant(e) à la réintégration – Réintégration sensible aux conflits et à "
            "l’intersection humanitaire",
            "Assistant(e) administratif(ve)",
        ]
        posts = tmp_path / "posts.jsonl"
        posts.write_text("\n".join(lines) + "\n", "utf-8")
        assert main(["check", str(posts)]) == 0
        out = capsys.readouterr().out
        assert f"{posts}:2: 2 findings (Assistant(e) administratif(ve))" in out

    def test_a_page_of_several_posts_with_provenance(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = tmp_path / "page.txt"
        page.write_text(LAYOUTS.joinpath("page_of_several_posts.txt").read_text("utf-8"), "utf-8")
        assert main(["parse", "--provenance", "--indent", "2", str(page)]) == 0
        out = capsys.readouterr().out
        decoder = json.JSONDecoder()
        first, end = decoder.raw_decode(out)
        second, _ = decoder.raw_decode(out, end + 1)
        # Each post's document is parse_notices' result for it, its title from its own line.
        results = iomjobs.parse_notices(page.read_bytes())
        assert [first["notice"], second["notice"]] == [iomjobs.to_dict(r.notice) for r in results]
        assert first["sources"]["$.position.title"] == [21, 21]  # "POSTE 1 : ..."
        assert second["sources"]["$.position.title"] == [42, 42]
        assert (first["file"], first["post"], second["post"]) == (str(page), 1, 2)

    def test_a_directory_gives_a_line_for_each_notice(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # A folder of notices into JSON Lines in one process: a process for
        # each file spends a fifth of a second starting before it reads a line.
        (tmp_path / "deep").mkdir()
        (tmp_path / "deep" / "b.TXT").write_bytes(seed_path(2).read_bytes())
        (tmp_path / "a.txt").write_bytes(seed_path(0).read_bytes())
        (tmp_path / "notes.csv").write_text("not,a,notice\n", "utf-8")
        form = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"
        assert main(["parse", str(tmp_path), str(form)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [iomjobs.loads(line).position.title for line in lines] == [
            "Senior Project Assistant",
            "Senior Project Assistant (Inclusion and AAP)",
            "Senior Project Assistant",
        ]
        # Read back by check, as the files themselves would be.
        notices = tmp_path / "notices.jsonl"
        notices.write_text("\n".join(lines) + "\n", "utf-8")
        assert main(["check", "--select", "PLC002", str(notices)]) == 0
        assert "notices.jsonl:1: 1 finding (Senior Project Assistant)" in capsys.readouterr().out

    def test_in_worker_processes_the_output_is_the_same(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        for number in range(5):
            (tmp_path / f"{number}.txt").write_bytes(seed_path(number).read_bytes())
        (tmp_path / "5.txt").write_bytes(b"\x00\x01\x02\x03" * 500)  # no text
        page = LAYOUTS.joinpath("page_of_several_posts.txt").read_bytes()
        (tmp_path / "6.txt").write_bytes(page)
        assert main(["parse", "--provenance", str(tmp_path)]) == 2
        alone = capsys.readouterr()
        assert main(["parse", "--provenance", "--jobs", "2", str(tmp_path)]) == 2
        workers = capsys.readouterr()
        assert workers.out == alone.out
        assert workers.err == alone.err
        assert len(alone.out.splitlines()) == 7  # five seeds, the page's two posts
        assert alone.err.startswith(f"{tmp_path / '5.txt'}: The bytes are binary data")

    def test_each_notice_names_its_file_with_provenance(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "a.txt").write_text("Position Title: Driver\n", "utf-8")
        (tmp_path / "b.txt").write_text("Position Title: Clerk\n", "utf-8")
        assert main(["parse", "--provenance", str(tmp_path)]) == 0
        documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(d["file"], d["post"]) for d in documents] == [
            (str(tmp_path / "a.txt"), 1),
            (str(tmp_path / "b.txt"), 1),
        ]

    def test_an_unreadable_file_is_named_and_the_others_read(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "a.txt").write_text("Position Title: Driver\n", "utf-8")
        (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02\x03" * 500)  # a program, not text
        (tmp_path / "c.txt").write_text("Position Title: Clerk\n", "utf-8")
        assert main(["parse", str(tmp_path)]) == 2
        captured = capsys.readouterr()
        titles = [iomjobs.loads(line).position.title for line in captured.out.splitlines()]
        assert titles == ["Driver", "Clerk"]
        assert captured.err.startswith(f"{tmp_path / 'b.txt'}: The bytes are binary data")

    def test_json_lines_on_standard_input_named_by_line(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = b"\n".join(iomjobs.dumps(SEED_NOTICES[n]) for n in (2, 3))
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert main(["parse", "--provenance", "-"]) == 0
        documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(d["file"], d["post"]) for d in documents] == [("<stdin>:1", 1), ("<stdin>:2", 1)]
        assert [iomjobs.from_dict(d["notice"]) for d in documents] == [
            SEED_NOTICES[2],
            SEED_NOTICES[3],
        ]

    def test_a_directory_without_notices(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["parse", str(tmp_path)]) == 2
        assert capsys.readouterr().err == "iomjobs parse: no notices found\n"

    def test_a_json_notice_is_printed_as_it_loads(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # It had been read as a notice's text: its keys and braces, a notice
        # of nothing but two supervisors, and status 0.
        path = tmp_path / "notice.json"
        path.write_bytes(json.dumps(iomjobs.to_dict(SEED_NOTICES[2]), indent=2).encode())
        assert main(["parse", str(path)]) == 0
        out = capsys.readouterr().out
        assert json.loads(out) == iomjobs.to_dict(SEED_NOTICES[2])
        assert iomjobs.loads(out) == SEED_NOTICES[2]
        assert out.count("\n") == 1
        assert main(["parse", "--provenance", str(path)]) == 0
        document = json.loads(capsys.readouterr().out)
        assert document["notice"] == iomjobs.to_dict(SEED_NOTICES[2])
        assert document["sources"] == {}
        lines = tmp_path / "notices.jsonl"
        lines.write_bytes(iomjobs.dumps(SEED_NOTICES[3]) + b"\n" + b'{"format_version": 9}\n')
        assert main(["parse", "--provenance", str(lines)]) == 2
        assert json.loads(capsys.readouterr().out)["file"] == f"{lines}:1"
        assert main(["parse", str(lines)]) == 2
        captured = capsys.readouterr()
        assert iomjobs.loads(captured.out) == SEED_NOTICES[3]
        assert captured.err.startswith(f"{lines}:2: not a notice: ")


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == iomjobs.json_schema()


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


class TestCheckOptions:
    def test_json_format_gives_one_object_per_finding(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["check", "--format", "json", str(seed_path(3))]) == 1
        captured = capsys.readouterr()
        findings = [json.loads(line) for line in captured.out.splitlines()]
        assert {"file", "code", "severity", "message", "path", "line"} <= set(findings[0])
        first = findings[0]
        assert (first["code"], first["severity"], first["line"]) == ("CMP001", "error", 26)
        assert first["file"] == str(seed_path(3))
        assert "1 notice: 1 error" in captured.err  # the summary goes to stderr

    def test_jobs_gives_the_same_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        examples = str(Path(__file__).parents[1] / "examples")
        assert main(["check", examples]) == 1
        alone = capsys.readouterr().out
        assert main(["check", "--jobs", "2", examples]) == 1
        assert capsys.readouterr().out == alone

    def test_jobs_leave_the_collector_as_they_found_it(self, tmp_path: Path) -> None:
        # The workers fork with the loaded objects frozen; the caller's are collected again.
        lines = [iomjobs.dumps(SEED_NOTICES[number]) for number in range(5)]
        (tmp_path / "few.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        assert gc.get_freeze_count() == 0
        assert main(["check", "--jobs", "2", str(tmp_path / "few.jsonl")]) == 1
        assert gc.get_freeze_count() == 0

    @pytest.mark.parametrize("terminal", [False, True])
    def test_jobs_keep_the_order_of_many_notices(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        terminal: bool,  # noqa: FBT001
    ) -> None:
        # More notices than a few chunks of work: several tasks wait at once.
        lines = [iomjobs.dumps(SEED_NOTICES[number % 5]) for number in range(300)]
        many = tmp_path / "many.jsonl"
        many.write_bytes(b"\n".join(lines) + b"\n")
        monkeypatch.setattr("sys.stderr.isatty", lambda: terminal, raising=False)
        assert main(["check", str(many)]) == 1
        alone = capsys.readouterr().out
        assert main(["check", "--jobs", "2", str(many)]) == 1
        together = capsys.readouterr().out
        assert together == alone
        assert together.rstrip().endswith("300 notices: 60 errors, 900 warnings, 0 infos")
        names = [line.split(": ", 1)[0] for line in together.splitlines() if line.startswith("/")]
        assert names == [f"{many}:{number}" for number in range(1, 301)]

    def test_a_page_of_several_posts_is_checked_post_by_post(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # A job board's page of two posts (yop.l-frii.com, 2026), among other inputs,
        # alone and in workers: one outcome for each post, named by the post.
        layouts = Path(__file__).parent / "fixtures" / "layouts"
        page = tmp_path / "page.txt"
        page.write_text((layouts / "page_of_several_posts.txt").read_text("utf-8"), "utf-8")
        (tmp_path / "seed.txt").write_text(seed_path(3).read_text("utf-8"), "utf-8")
        assert main(["check", str(tmp_path)]) == 1
        alone = capsys.readouterr().out
        assert main(["check", "--jobs", "2", str(tmp_path)]) == 1
        assert capsys.readouterr().out == alone
        names = [line.split(": ", 1)[0] for line in alone.splitlines() if line.startswith("/")]
        assert names == [f"{page}, post 1 of 2", f"{page}, post 2 of 2", str(tmp_path / "seed.txt")]
        assert f"{page}, post 2 of 2: 2 findings (Assistant(e) administratif(ve))" in alone
        assert alone.rstrip().endswith("3 notices: 1 error, 6 warnings, 0 infos")

    def test_an_html_page_of_several_posts_is_checked_post_by_post(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        layouts = Path(__file__).parent / "fixtures" / "layouts"
        paragraphs = (layouts / "page_of_several_posts.txt").read_text("utf-8").splitlines()
        page = tmp_path / "page.html"
        page.write_text(
            "<html><body>" + "".join(f"<p>{line}</p>" for line in paragraphs if line.strip()),
            "utf-8",
        )
        assert main(["check", str(page)]) == 0
        out = capsys.readouterr().out
        assert f"{page}, post 1 of 2: 1 finding" in out
        assert f"{page}, post 2 of 2: 2 findings" in out

    def test_text_after_the_first_chunk_of_json_is_read_by_the_workers(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # The parent loads the reader only if the first inputs need it; a
        # worker loads it when a text notice comes later.
        for number in range(70):
            (tmp_path / f"a{number:02d}.json").write_bytes(iomjobs.dumps(SEED_NOTICES[2]))
        (tmp_path / "z.txt").write_text(seed_path(3).read_text("utf-8"), "utf-8")
        assert main(["check", str(tmp_path)]) == 1
        alone = capsys.readouterr().out
        assert main(["check", "--jobs", "2", str(tmp_path)]) == 1
        assert capsys.readouterr().out == alone
        assert "z.txt: 4 findings" in alone

    def test_json_is_checked_without_loading_the_reader(self, tmp_path: Path) -> None:
        import subprocess  # noqa: PLC0415
        import sys  # noqa: PLC0415

        many = tmp_path / "many.jsonl"
        many.write_bytes(b"\n".join(iomjobs.dumps(SEED_NOTICES[n % 5]) for n in range(10)))
        script = (
            "import sys\nfrom iomjobs.cli import main\n"
            "for jobs in ('1', '2'): main(['check', '--jobs', jobs, sys.argv[1]])\n"
            "print('iomjobs.parse' in sys.modules, file=sys.stderr)"
        )
        done = subprocess.run(  # noqa: S603 -- our own interpreter
            [sys.executable, "-c", script, str(many)], capture_output=True, text=True, check=False
        )
        assert done.stderr.splitlines()[-1] == "False"
        assert done.stdout.count("10 notices: 2 errors") == 2

    def test_colour_on_a_terminal_unless_no_color(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.setenv("TERM", "xterm")
        main(["check", str(example_path(3))])
        assert "\x1b[31merror\x1b[0m" in capsys.readouterr().out
        monkeypatch.setenv("NO_COLOR", "1")
        main(["check", str(example_path(3))])
        assert "\x1b[" not in capsys.readouterr().out

    def test_progress_bar_for_many_files_on_a_terminal(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        for number in range(25):
            (tmp_path / f"{number:02d}.json").write_bytes(iomjobs.dumps(SEED_NOTICES[2]))
        monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
        assert main(["check", str(tmp_path)]) == 0
        captured = capsys.readouterr()
        assert "25/25" in captured.err
        assert "#" * 30 in captured.err
        assert "25 notices:" in captured.out

    def test_a_closed_pipe_is_no_traceback(self) -> None:
        import subprocess  # noqa: PLC0415
        import sys  # noqa: PLC0415

        # Far more than a pipe holds, so that writing fails once the reader is gone.
        script = "from iomjobs.cli import main\nfor _ in range(40): main(['schema'])"
        process = subprocess.Popen(  # noqa: S603 -- our own interpreter
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()
        _, err = process.communicate()
        assert b"Traceback" not in err

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
    @pytest.mark.parametrize(
        "command", [["rules"], ["check", "examples/notices"], ["parse", "--jobs", "2", "."]]
    )
    def test_output_that_cannot_be_written_is_said_in_a_line(self, command: list[str]) -> None:
        import subprocess  # noqa: PLC0415
        import sys  # noqa: PLC0415

        # "iomjobs parse notices/ > out.jsonl" on a full disk had ended in a traceback.
        root = Path(__file__).parents[1]
        with Path("/dev/full").open("wb") as full:
            done = subprocess.run(  # noqa: S603 -- our own interpreter
                [sys.executable, "-m", "iomjobs", *command],
                stdout=full,
                stderr=subprocess.PIPE,
                cwd=root / "examples" if command[0] == "parse" else root,
                check=False,
            )
        assert (done.returncode, done.stderr) == (2, b"iomjobs: No space left on device\n")


def test_output_that_cannot_be_written_is_said_when_it_is_no_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A caller's standard output that is no file (a StringIO): it has no
    # descriptor to send the rest to, which had raised from the handler.
    class Full(io.StringIO):
        def write(self, _: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("sys.stdout", Full())
    assert main(["rules"]) == 2
    assert capsys.readouterr().err == "iomjobs: No space left on device\n"


def test_rules_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    from iomjobs.rules import RULES  # noqa: PLC0415

    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(RULES)
    assert lines[0].startswith("CAT001  error    recruitment-disagrees-with-grade:")


def test_explain_prints_one_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "cmp001"]) == 0
    assert capsys.readouterr().out.startswith("### CMP001 declared-count-differs (error)")
    assert main(["explain", "NOPE01"]) == 2
    assert "Unknown rule code" in capsys.readouterr().err


class TestRender:
    def test_renders_a_text_notice_in_french(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(seed_path(2)), "--lang", "fr"]) == 0
        out = capsys.readouterr().out
        assert "Lieu d'affectation : Shengjin, Albanie" in out
        assert "## Langues" in out

    def test_renders_json_as_plain_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(example_path(2)), "--lang", "es", "--format", "text"]) == 0
        out = capsys.readouterr().out
        assert "Fecha de cierre: 20 de febrero de 2024" in out
        assert "#" not in out.split("\n", 1)[0]

    def test_renders_a_text_notice_in_portuguese(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(seed_path(2)), "--lang", "pt", "--format", "text"]) == 0
        out = capsys.readouterr().out
        assert "Estação de Trabalho: Shengjin, Albânia" in out
        assert "Data de Encerramento: 20 de fevereiro de 2024" in out

    @pytest.mark.parametrize("output", ["markdown", "text"])
    def test_a_page_of_several_posts_gives_a_document_for_each(
        self, output: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = tmp_path / "page.txt"
        page.write_text(LAYOUTS.joinpath("page_of_several_posts.txt").read_text("utf-8"), "utf-8")
        assert main(["render", str(page), "--format", output]) == 0
        documents = capsys.readouterr().out.split("\n\n---\n\n")
        assert len(documents) == 2
        stations = [line for d in documents for line in d.splitlines() if "Duty Station" in line]
        assert stations == ["Duty Station: Cameroon", "Duty Station: Egypt"]
        heading = "# Assistant(e) administratif(ve)" if output == "markdown" else "Assistant"
        assert documents[1].startswith(heading)

    def test_bad_input(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", str(tmp_path / "none.json")]) == 2
        assert "cannot read" in capsys.readouterr().err

    def test_an_input_that_is_no_text_is_named_as_parse_names_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # A Word 97-2003 document's bytes: it had been called "not a notice", as a JSON
        # document that holds no notice is, rather than a file to save as .docx first.
        word_97 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64)
        path = tmp_path / "old.doc"
        path.write_bytes(word_97)
        assert main(["parse", str(path)]) == 2
        parsed = capsys.readouterr().err
        assert main(["render", str(path)]) == 2
        assert capsys.readouterr().err == parsed
        assert parsed.startswith(f"{path}: The bytes are a Word 97-2003 document")
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(word_97)))
        assert main(["render", "-"]) == 2
        assert capsys.readouterr().err.startswith("<stdin>: The bytes are a Word 97-2003")
        with pytest.raises(SystemExit):
            main(["render", str(seed_path(2)), "--lang", "de"])


def test_python_dash_m_runs_the_command_line() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    result = subprocess.run(
        [sys.executable, "-m", "iomjobs", "explain", "CMP001"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "CMP001" in result.stdout


class TestJsonLines:
    def _file(self, tmp_path: Path) -> Path:
        broken = iomjobs.to_dict(SEED_NOTICES[2])
        broken["position"]["grade"] = "P-9"
        lines = [
            iomjobs.dumps(SEED_NOTICES[2]),
            b"",
            iomjobs.dumps(SEED_NOTICES[3]),
            json.dumps(broken).encode(),
            b"   ",
        ]
        path = tmp_path / "notices.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        return path

    def test_one_notice_per_line_named_by_its_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = self._file(tmp_path)
        assert main(["check", str(path)]) == 2
        captured = capsys.readouterr()
        out = captured.out.splitlines()
        assert out[0] == f"{path}:1: ok (Senior Project Assistant (Inclusion and AAP))"
        assert out[1] == f"{path}:3: 4 findings (Reintegration Assistant)"
        assert out[-1] == "3 notices: 1 error, 3 warnings, 0 infos, 1 not read"
        assert f"{path}:4: not a notice: Invalid grade: 'P-9'" in captured.err
        assert "@ $.position.grade" in captured.err

    def test_jobs_and_directories_alike(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = self._file(tmp_path)
        main(["check", str(path)])
        alone = capsys.readouterr()
        main(["check", "--jobs", "2", str(tmp_path)])
        found = capsys.readouterr()
        assert (found.out, found.err) == (alone.out, alone.err)

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["check", str(tmp_path / "absent.jsonl")]) == 2
        assert "absent.jsonl: cannot read" in capsys.readouterr().err

    def test_on_standard_input_as_parse_writes_them(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # "iomjobs parse page.txt | iomjobs check -": a page of posts, a line each.
        lines = [iomjobs.dumps(SEED_NOTICES[2]), b"", iomjobs.dumps(SEED_NOTICES[3])]
        data = b"\n".join(lines) + b"\n"
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert main(["check", "-"]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out[0] == "<stdin>:1: ok (Senior Project Assistant (Inclusion and AAP))"
        assert out[1] == "<stdin>:3: 4 findings (Reintegration Assistant)"
        assert out[-1] == "2 notices: 1 error, 3 warnings, 0 infos"

    def test_rendered_a_document_for_each(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = self._file(tmp_path)
        assert main(["render", str(path)]) == 2  # its fourth line is no notice
        assert f"{path}:4: not a notice: Invalid grade: 'P-9'" in capsys.readouterr().err
        good = b"\n".join(iomjobs.dumps(SEED_NOTICES[n]) for n in (2, 3))
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(good)))
        assert main(["render", "-"]) == 0
        documents = capsys.readouterr().out.split("\n\n---\n\n")
        assert [d.partition("\n")[0] for d in documents] == [
            "# Senior Project Assistant (Inclusion and AAP)",
            "# Reintegration Assistant",
        ]

    @pytest.mark.parametrize("indent", [None, 2])
    def test_one_document_is_no_json_lines(
        self,
        indent: int | None,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        document = json.dumps(iomjobs.to_dict(SEED_NOTICES[2]), indent=indent).encode()
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(document + b"\n\n")))
        assert main(["check", "-"]) == 0
        assert capsys.readouterr().out.startswith("<stdin>: ok")


def test_check_reads_word_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "PD.DOCX").write_bytes(form.read_bytes())
    (tmp_path / "vn.txt").write_bytes(seed_path(0).read_bytes())
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    # The form's findings are seed 000's, on the lines of the document's text,
    # but for the footnote mark a converter wrote into the seed's ("[footnoteRef:1]").
    form_findings, text_findings = out.split(f"{tmp_path / 'vn.txt'}: ")
    assert f"{tmp_path / 'deep' / 'PD.DOCX'}: 4 findings (Senior Project Assistant)" in out
    assert (
        "PLC002 warning: 'Port of Span' is not a known place in Trinidad & Tobago" in form_findings
    )
    assert "(lines 9-10)" in form_findings
    assert "footnoteRef" not in form_findings
    assert "footnoteRef" in text_findings
    assert out.splitlines()[-1] == "2 notices: 0 errors, 9 warnings, 0 infos"


def test_parse_reads_a_word_document_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    form = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(form.read_bytes())))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["position"]["grade"] == "G7"


class TestText:
    FORM = Path(__file__).parent / "fixtures" / "docx" / "post_description_form.docx"

    def test_a_word_documents_text_holds_the_lines_findings_name(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["check", str(self.FORM)]) == 0
        checked = capsys.readouterr().out
        assert "PLC002 warning" in checked
        assert "(lines 9-10)" in checked
        assert main(["text", str(self.FORM)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [line.strip() for line in lines[8:10]] == [
            "Duty station",
            "Port of Span, Trinidad and Tobago",
        ]
        assert "\n".join(lines) == iomjobs.docx_text(self.FORM)

    def test_a_text_is_decoded(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr(
            "sys.stdin", io.TextIOWrapper(io.BytesIO("Lieu d'affectation : Dakar".encode("utf-16")))
        )
        assert main(["text", "-"]) == 0
        assert capsys.readouterr().out == "Lieu d'affectation : Dakar\n"

    def test_what_is_no_notice_is_said(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        pdf = tmp_path / "notice.pdf"
        pdf.write_bytes(b"%PDF-1.7\n")
        assert main(["text", str(pdf)]) == 2
        assert main(["text", str(tmp_path / "missing.docx")]) == 2
        err = capsys.readouterr().err
        assert f"{pdf}: The bytes are a damaged PDF document (" in err
        assert "missing.docx: cannot read" in err
        assert "Traceback" not in err
