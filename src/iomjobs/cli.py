"""The ``iomjobs`` command.

``iomjobs check PATH...`` reads notices, as text (any of the layouts the
reader knows) or in the iomjobs JSON format: files, directories searched for
``*.txt``, ``*.md`` and ``*.json``, or ``-`` for standard input. It runs the
consistency rules on each and prints their findings, file by file, with the
source lines where the notice was text.

``iomjobs parse FILE`` prints the notice a text holds, in the JSON format;
``iomjobs schema`` prints that format's JSON Schema.

Results go to standard output, diagnostics to standard error; no input makes
it print a traceback. Exit status: 0 when no finding is an error; 1 when one
is; 2 for a usage error or when an input could not be read (the other inputs
are still checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from iomjobs._version import __version__
from iomjobs.errors import IomJobsError
from iomjobs.model.notice import VacancyNotice

if TYPE_CHECKING:
    from iomjobs.parse import ParseResult

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
TEXT_SUFFIXES = (".txt", ".md", ".text")


def __dir__() -> list[str]:
    return __all__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return its exit status."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command == "parse":
        return _parse(arguments.file, arguments.indent, sys.stdout, sys.stderr)
    if arguments.command == "schema":
        from iomjobs.schema import json_schema  # noqa: PLC0415

        sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if arguments.command != "check":
        parser.print_usage(sys.stderr)
        return EXIT_BAD_INPUT
    from iomjobs.rules import select_rules  # noqa: PLC0415 -- not needed for --help

    try:
        rules = select_rules(arguments.select, arguments.ignore)
    except IomJobsError as error:
        sys.stderr.write(f"iomjobs check: {error}\n")
        return EXIT_BAD_INPUT
    codes = [rule.code for rule in rules]
    return _check(arguments.paths, codes, sys.stdout, sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomjobs", description="Typed, validated IOM vacancy notices."
    )
    parser.add_argument("--version", action="version", version=f"iomjobs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate notices, as text or JSON",
        description="Read notices (text or JSON files, directories searched for *.txt, *.md "
        "and *.json, - for stdin), run the consistency rules and print their findings.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument(
        "--select", type=_codes, metavar="CODES", help="rule codes or prefixes to run (CMP,DAT001)"
    )
    check.add_argument(
        "--ignore", type=_codes, metavar="CODES", help="rule codes or prefixes not to run"
    )
    parse = commands.add_parser(
        "parse",
        help="print the notice a text holds, as JSON",
        description="Read a notice's text (- for stdin) and print it in the iomjobs JSON format.",
    )
    parse.add_argument("file", metavar="FILE")
    parse.add_argument("--indent", type=int, default=None, help="indent the JSON by this much")
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the JSON format",
        description="Print the JSON Schema (draft 2020-12) of the iomjobs JSON format.",
    )
    return parser


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    for written in paths:
        if written == "-":
            yield ("<stdin>", None)
            continue
        path = Path(written)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.suffix in (*TEXT_SUFFIXES, ".json"))
            for notice in sorted(found):
                yield (str(notice), notice)
        else:
            yield (written, path)


def _read(path: Path | None) -> tuple[bytes, bool]:
    """The bytes of *path* (stdin when ``None``), and whether they are JSON."""
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    if path is not None and path.suffix == ".json":
        return data, True
    return data, path is None and data.lstrip()[:1] == b"{"


def _load(path: Path | None) -> ParseResult | VacancyNotice:
    """A notice from *path*: parsed from text, or loaded from JSON."""
    from iomjobs.parse import parse_notice  # noqa: PLC0415
    from iomjobs.serialize import loads  # noqa: PLC0415

    data, is_json = _read(path)
    return loads(data) if is_json else parse_notice(data)


def _check(paths: Sequence[str], codes: Sequence[str], out: TextIO, err: TextIO) -> int:
    from iomjobs.rules import validate  # noqa: PLC0415

    unreadable = count = 0
    totals = {"error": 0, "warning": 0, "info": 0}
    skipped: dict[str, str] = {}
    for name, path in _inputs(paths):
        count += 1
        try:
            loaded = _load(path)
        except OSError as error:
            print(f"{name}: cannot read: {error.strerror or error}", file=err)
            unreadable += 1
            continue
        except IomJobsError as error:
            for line in _problems(error):
                print(f"{name}: not a notice: {line}", file=err)
            unreadable += 1
            continue
        report = validate(loaded, select=codes)
        notice = loaded if isinstance(loaded, VacancyNotice) else loaded.notice
        print(f"{name}: {_summary(len(report), notice.position.title)}", file=out)
        for finding in report:
            print(f"  {finding}", file=out)
            totals[finding.severity.value] += 1
        skipped.update((rule.code, rule.reason) for rule in report.skipped)
    if not count:
        print("iomjobs check: no notices found", file=err)
        return EXIT_BAD_INPUT
    counted = ", ".join(
        f"{number} {kind}{'s' if number != 1 else ''}" for kind, number in totals.items()
    )
    print(f"{count} notice{'s' if count != 1 else ''}: {counted}", file=out)
    for code, reason in skipped.items():
        print(f"iomjobs check: {code} skipped: {reason}", file=err)
    if unreadable:
        return EXIT_BAD_INPUT
    return EXIT_FINDINGS if totals["error"] else EXIT_OK


def _problems(error: IomJobsError) -> list[str]:
    details = getattr(error, "errors", None)
    if details:
        return [f"{detail.message} @ {detail.path}" for detail in details]
    return [str(error)]


def _summary(findings: int, title: str | None) -> str:
    what = f"{findings} finding{'s' if findings != 1 else ''}" if findings else "ok"
    return f"{what} ({title or 'no title'})"


def _parse(file: str, indent: int | None, out: TextIO, err: TextIO) -> int:
    from iomjobs.parse import parse_notice  # noqa: PLC0415
    from iomjobs.serialize import to_dict  # noqa: PLC0415

    path = None if file == "-" else Path(file)
    try:
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
        result = parse_notice(data)
    except OSError as error:
        print(f"{file}: cannot read: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    except IomJobsError as error:
        print(f"{file}: {error}", file=err)
        return EXIT_BAD_INPUT
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(
        to_dict(result.notice), ensure_ascii=False, indent=indent, separators=separators
    )
    out.write(text + "\n")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
