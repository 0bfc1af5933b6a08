"""The ``iomjobs`` command.

``iomjobs check PATH...`` reads notices in the iomjobs JSON format (files,
or directories searched for ``*.json``; ``-`` for standard input), runs the
consistency rules on each and prints their findings, file by file. Results
go to standard output, diagnostics to standard error; no input makes it
print a traceback.

Exit status: 0 when no finding is an error; 1 when one is; 2 for a usage
error or when an input could not be read or is not a notice (the other
inputs are still checked).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from iomjobs._version import __version__
from iomjobs.errors import InvalidDocument

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def __dir__() -> list[str]:
    return __all__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return its exit status."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_BAD_INPUT
    from iomjobs.errors import InvalidValue  # noqa: PLC0415
    from iomjobs.rules import select_rules  # noqa: PLC0415

    try:
        rules = select_rules(arguments.select, arguments.ignore)
    except InvalidValue as error:
        sys.stderr.write(f"iomjobs check: {error.message}\n")
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
        help="validate notices in the iomjobs JSON format",
        description="Read notices (files, directories searched for *.json, - for stdin), "
        "run the consistency rules and print their findings, file by file.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument(
        "--select", type=_codes, metavar="CODES", help="rule codes or prefixes to run (CMP,DAT001)"
    )
    check.add_argument(
        "--ignore", type=_codes, metavar="CODES", help="rule codes or prefixes not to run"
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
            for found in sorted(path.rglob("*.json")):
                yield (str(found), found)
        else:
            yield (written, path)


def _check(paths: Sequence[str], codes: Sequence[str], out: TextIO, err: TextIO) -> int:
    # Imported here: the serializer (cattrs) and the rules are not needed for --help.
    from iomjobs.rules import validate  # noqa: PLC0415
    from iomjobs.serialize import loads  # noqa: PLC0415

    unreadable = count = 0
    totals = {"error": 0, "warning": 0, "info": 0}
    skipped: dict[str, str] = {}
    for name, path in _inputs(paths):
        count += 1
        try:
            data = sys.stdin.buffer.read() if path is None else path.read_bytes()
            notice = loads(data)
        except OSError as error:
            print(f"{name}: cannot read: {error.strerror or error}", file=err)
            unreadable += 1
            continue
        except InvalidDocument as error:
            for detail in error.errors:
                print(f"{name}: not a notice: {detail.message} @ {detail.path}", file=err)
            unreadable += 1
            continue
        report = validate(notice, select=codes)
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


def _summary(findings: int, title: str | None) -> str:
    what = f"{findings} finding{'s' if findings != 1 else ''}" if findings else "ok"
    return f"{what} ({title or 'no title'})"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
