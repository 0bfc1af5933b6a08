"""The ``iomjobs`` command.

``iomjobs check PATH...`` reads notices in the iomjobs JSON format (files,
or directories searched for ``*.json``; ``-`` for standard input) and says,
file by file, whether each is a well-formed notice. Results go to standard
output, diagnostics to standard error; no input makes it print a traceback.

Exit status: 0 when every notice was read; 2 for a usage error or when an
input could not be read or is not a notice (the other inputs are still
checked).
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
    return _check(arguments.paths, sys.stdout, sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomjobs", description="Typed, validated IOM vacancy notices."
    )
    parser.add_argument("--version", action="version", version=f"iomjobs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check notices in the iomjobs JSON format",
        description="Read notices (files, directories searched for *.json, - for stdin) "
        "and report, file by file, whether each is a well-formed notice.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    return parser


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


def _check(paths: Sequence[str], out: TextIO, err: TextIO) -> int:
    # Imported here: the serializer (cattrs) is not needed for --help.
    from iomjobs.serialize import loads  # noqa: PLC0415

    status = EXIT_OK
    count = 0
    for name, path in _inputs(paths):
        count += 1
        try:
            data = sys.stdin.buffer.read() if path is None else path.read_bytes()
        except OSError as error:
            print(f"{name}: cannot read: {error.strerror or error}", file=err)
            status = EXIT_BAD_INPUT
            continue
        try:
            notice = loads(data)
        except InvalidDocument as error:
            for detail in error.errors:
                print(f"{name}: {detail.path}: {detail.message}", file=err)
            status = EXIT_BAD_INPUT
            continue
        title = notice.position.title or "(no title)"
        print(f"{name}: ok: {title}", file=out)
    if not count:
        print("iomjobs check: no notices found", file=err)
        return EXIT_BAD_INPUT
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
