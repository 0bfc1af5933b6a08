"""The ``iomjobs`` command.

``iomjobs check PATH...`` reads notices, as text (any of the layouts the
reader knows) or in the iomjobs JSON format: files, JSON Lines files
(``*.jsonl``, one notice per line), HTML pages (``*.html``, ``*.htm``),
Word documents (``*.docx``), PDF documents (``*.pdf``, with the ``pdf``
extra), email messages (``*.eml``), directories searched for ``*.txt``,
``*.md``, ``*.eml``, ``*.docx``, ``*.pdf``, ``*.html``, ``*.htm``,
``*.json`` and ``*.jsonl`` (suffixes in any case), or ``-`` for standard
input. It runs the
consistency rules on each and prints their findings, notice by notice, with
the source lines where the notice was text (a page's own lines for a page).
A notice of a JSON Lines file is named by the file and its line number
(``notices.jsonl:12``).

``iomjobs render FILE --lang en|fr|es --format markdown|text`` prints a
notice as a document; ``iomjobs parse PATH...`` prints the notices the
inputs ``check`` reads hold, in the JSON format, a line for each;
``iomjobs text FILE`` prints the text a notice is read
from, in the lines findings name (a Word document's, as ``docx_text`` lays
it out; a PDF's, as pypdf lays its pages out);
``iomjobs schema`` prints that format's JSON Schema; ``iomjobs rules`` lists
the rule catalogue and ``iomjobs explain CODE`` prints one rule's
documentation.

``check`` takes ``--format json`` (one JSON object per finding and line),
``--jobs N`` (files checked in N processes; ``parse`` takes it too),
``--select`` and ``--ignore``.
On a terminal it colours severities (not when ``NO_COLOR`` is set) and shows
a progress bar on standard error when there are many files.

Results go to standard output, diagnostics to standard error; no input makes
it print a traceback. Exit status: 0 when no finding is an error; 1 when one
is; 2 for a usage error or when an input could not be read (the other inputs
are still checked).
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import gc
import itertools
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO, TypeVar

import attrs

from iomjobs._files import MAX_FILE_BYTES, read_bounded, too_many_bytes
from iomjobs._text import has_surrogate
from iomjobs._version import __version__
from iomjobs.errors import InvalidValue, IomJobsError
from iomjobs.model.notice import VacancyNotice

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from iomjobs.parse import ParseResult
    from iomjobs.rules.finding import Finding

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
TEXT_SUFFIXES = (".txt", ".md", ".text", ".eml")
WORD_SUFFIXES = (".docx", ".docm")
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
LINES_SUFFIXES = (".jsonl", ".ndjson")


def __dir__() -> list[str]:
    return __all__


def _processes(text: str) -> int:
    """``--jobs``: a number of processes, 1 or more (0 had been taken as 1 without a word)."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        msg = f"expected a number of processes, 1 or more, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return its exit status."""
    try:
        status = _run(_parser().parse_args(argv))
        sys.stdout.flush()  # what is left to write fails here, if it does, not at exit
    except BrokenPipeError:
        # The reader went away ("iomjobs rules | head"): stop quietly.
        _discard_output()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        # The output could not be written ("iomjobs parse notices/ > out.jsonl" on a
        # full disk): said in a line, not a traceback.
        _discard_output()
        sys.stderr.write(f"iomjobs: {error.strerror or error}\n")
        return EXIT_BAD_INPUT
    return status


def _discard_output() -> None:
    """Send what standard output still holds nowhere: flushed at exit, it would fail again."""
    # Standard output may be no file (a test's, or a caller's StringIO): nothing to send.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(arguments: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "check": _check_command,
        "parse": lambda a: _parse(
            a.paths, a.indent, sys.stdout, sys.stderr, provenance=a.provenance, jobs=a.jobs
        ),
        "schema": lambda _: _schema(sys.stdout),
        "rules": lambda _: _rules(sys.stdout),
        "explain": lambda a: _explain(a.code, sys.stdout, sys.stderr),
        "render": lambda a: _render(a.file, a.lang, a.format, sys.stdout, sys.stderr),
        "text": lambda a: _text_command(a.file, sys.stdout, sys.stderr),
    }
    command = commands.get(arguments.command)
    if command is None:
        _parser().print_usage(sys.stderr)
        return EXIT_BAD_INPUT
    return command(arguments)


def _check_command(arguments: argparse.Namespace) -> int:
    from iomjobs.rules import select_rules  # noqa: PLC0415 -- not needed for --help

    try:
        rules = select_rules(arguments.select, arguments.ignore)
    except IomJobsError as error:
        sys.stderr.write(f"iomjobs check: {error}\n")
        return EXIT_BAD_INPUT
    return _check(
        arguments.paths,
        [rule.code for rule in rules],
        sys.stdout,
        sys.stderr,
        output=arguments.format,
        jobs=arguments.jobs,
    )


def _schema(out: TextIO) -> int:
    from iomjobs.schema import json_schema  # noqa: PLC0415

    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomjobs", description="Typed, validated IOM vacancy notices."
    )
    parser.add_argument("--version", action="version", version=f"iomjobs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate notices, as text or JSON",
        description="Read notices (text, email, Word, PDF, HTML, JSON or JSON Lines files; "
        "directories searched for *.txt, *.md, *.eml, *.docx, *.pdf, *.html, *.htm, *.json "
        "and *.jsonl; - for stdin), run the consistency rules and print their findings.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument(
        "--select", type=_codes, metavar="CODES", help="rule codes or prefixes to run (CMP,DAT001)"
    )
    check.add_argument(
        "--ignore", type=_codes, metavar="CODES", help="rule codes or prefixes not to run"
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default), or json: one JSON object per finding and line",
    )
    check.add_argument(
        "--jobs",
        type=_processes,
        default=1,
        metavar="N",
        help="check files in N processes in parallel (1 or more)",
    )
    parse = commands.add_parser(
        "parse",
        help="print the notices texts hold, as JSON",
        description="Read notices (the files and directories check reads; - for stdin) and "
        "print each in the iomjobs JSON format, a line for each: a job board's page of "
        "several posts gives one for each post, a JSON notice is printed as it loads.",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH")
    parse.add_argument("--indent", type=int, default=None, help="indent the JSON by this much")
    parse.add_argument(
        "--jobs",
        type=_processes,
        default=1,
        metavar="N",
        help="read files in N processes in parallel (1 or more); the output is the same",
    )
    parse.add_argument(
        "--provenance",
        action="store_true",
        help="print the notice with where each field came from: its source lines, "
        "the fields inferred, the reader's doubts and the repairs made",
    )
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the JSON format",
        description="Print the JSON Schema (draft 2020-12) of the iomjobs JSON format.",
    )
    commands.add_parser(
        "rules",
        help="list the rule catalogue",
        description="List every rule: code, severity, name.",
    )
    explain = commands.add_parser(
        "explain", help="print one rule's documentation", description="Explain one rule."
    )
    explain.add_argument("code", metavar="CODE")
    render = commands.add_parser(
        "render",
        help="print a notice as a document, in English, French, Spanish or Portuguese",
        description="Print a notice (text or JSON file, - for stdin) as Markdown or plain text: "
        "a job board's page of several posts, a document for each post, between --- lines.",
    )
    render.add_argument("file", metavar="FILE")
    render.add_argument("--lang", choices=("en", "fr", "es", "pt"), default="en")
    render.add_argument("--format", choices=("markdown", "text"), default="markdown")
    text = commands.add_parser(
        "text",
        help="print the text a notice is read from, in the lines findings name",
        description="Print the text of a notice file (- for stdin) as the reader reads it: a "
        "Word document's text as docx_text lays it out, a text or page decoded. Its lines are "
        "the lines findings name (number them with grep -n '' or cat -n).",
    )
    text.add_argument("file", metavar="FILE")
    return parser


def _render(file: str, lang: str, output: str, out: TextIO, err: TextIO) -> int:
    from iomjobs.rendering import render  # noqa: PLC0415

    path = None if file == "-" else Path(file)
    notices = _read_notices("<stdin>" if path is None else _shown_name(file), path, err)
    if notices is None:
        return EXIT_BAD_INPUT
    documents = (render(notice, lang=lang, format=output) for notice in notices)
    out.write(_BETWEEN_POSTS.join(documents) + "\n")
    return EXIT_OK


_BETWEEN_POSTS = "\n\n---\n\n"
"""What stands between the documents of a page's posts: a thematic break in Markdown,
a line of its own in text (a blank line before it, or Markdown reads a heading)."""


def _read_notices(name: str, path: Path | None, err: TextIO) -> list[VacancyNotice] | None:
    """The notices in *path* (stdin when ``None``), or ``None`` after saying why not.

    One notice, or one for each post of a job board's page of several, read
    as ``parse`` reads them; an input that cannot be read is named, and why
    said, as ``parse`` says it.
    """
    read, problems = _parsed(name, path, _stdin_bytes() if path is None else None, None)
    for problem in problems:
        print(problem, file=err)
    if problems:
        return None
    return [each if isinstance(each, VacancyNotice) else each.notice for _, _, each in read]


def _documents(name: str, data: bytes, kind: str) -> list[tuple[str, bytes]]:
    """*data*, named *name*; or, where it is JSON Lines, each line, named by its number."""
    lines = _json_lines(data) if kind == "json" else None
    return [(name, data)] if lines is None else [(f"{name}:{n}", line) for n, line in lines]


def _json_lines(data: bytes) -> list[tuple[int, bytes]] | None:
    """*data*'s lines, numbered from 1, if it is JSON Lines: two or more notices, one a line.

    So it is where its first line that is not blank is a JSON object alone
    (a document written over several lines opens with a line that is not).
    """
    lines = [(number, line) for number, line in enumerate(data.splitlines(), 1) if line.strip()]
    if len(lines) < 2:  # noqa: PLR2004 -- one notice is a JSON document
        return None
    try:
        first = json.loads(lines[0][1].removeprefix(codecs.BOM_UTF8))
    except ValueError:
        return None
    return lines if isinstance(first, dict) else None


def _text_command(file: str, out: TextIO, err: TextIO) -> int:
    """Print the text *file* is read from: the lines its findings name."""
    from iomjobs.parse import read_text  # noqa: PLC0415

    path = None if file == "-" else Path(file)
    name = _shown_name(file)
    try:
        data = _input_bytes(path, None, _stdin_bytes() if path is None else None)
    except OSError as error:
        print(f"{name}: cannot read: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    except IomJobsError as error:
        print(f"{name}: {error}", file=err)
        return EXIT_BAD_INPUT
    try:
        text = read_text(data)
    except IomJobsError as error:
        print(f"{name}: {error}", file=err)
        return EXIT_BAD_INPUT
    out.write(text if text.endswith("\n") or not text else text + "\n")
    return EXIT_OK


def _rules(out: TextIO) -> int:
    from iomjobs.rules import RULES  # noqa: PLC0415

    for code in sorted(RULES):
        rule = RULES[code]
        print(f"{code}  {rule.severity.value:<7}  {rule.name}: {rule.summary}", file=out)
    return EXIT_OK


def _explain(code: str, out: TextIO, err: TextIO) -> int:
    from iomjobs.rules import explain  # noqa: PLC0415

    try:
        out.write(explain(code))
    except IomJobsError as error:
        print(f"iomjobs explain: {error}", file=err)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


Span = tuple[int, int]
"""Where one notice lies in a JSON Lines file: byte offset and length."""


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None, Span | None]]:
    suffixes = (
        *TEXT_SUFFIXES,
        *WORD_SUFFIXES,
        *PDF_SUFFIXES,
        *HTML_SUFFIXES,
        *JSON_SUFFIXES,
        *LINES_SUFFIXES,
    )
    for written in paths:
        if written == "-":
            yield ("<stdin>", None, None)
            continue
        path = Path(written)
        if path.is_dir():
            for notice in _found_in(path, suffixes):
                yield from _notices_in(_shown_name(str(notice)), notice)
        else:
            yield from _notices_in(_shown_name(written), path)


def _found_in(directory: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files below *directory* with one of *suffixes*, in order, hidden ones passed over.

    A name that begins with a dot is hidden (".git", "._notice.txt"), and so
    is "__MACOSX": an archive made on a Mac holds a binary "._" twin of each
    file there, each of which had been named as a file that could not be
    read. Links to directories are not followed.
    """
    found: list[Path] = []
    for folder, folders, names in os.walk(directory):
        folders[:] = [name for name in folders if not _hidden(name)]
        found += (
            Path(folder, name)
            for name in names
            if not _hidden(name) and _suffix(Path(name)) in suffixes
        )
    return sorted(path for path in found if _searched(path))


def _hidden(name: str) -> bool:
    return name.startswith(".") or name == "__MACOSX"


def _searched(path: Path) -> bool:
    """Whether *path*, found in a directory, is read: a file, or a link to none.

    A named pipe there would be waited on for ever, its writer long gone, and
    a socket or a device holds no notice; a directory named like a notice
    ("2024.txt") is searched, not read. A link to nothing is kept, for
    check to name as a file it cannot read.
    """
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def _shown_name(name: str) -> str:
    r"""*name*, a file's, as it can be printed and written in JSON.

    A name whose bytes are no UTF-8 (a file named in Latin-1, as an archive
    made on Windows may unpack) holds lone surrogates where Python read
    those bytes; printed, they had raised UnicodeEncodeError, and in JSON
    they were no text. Each is shown as its byte, escaped: "avis-sécurité.txt"
    named in Latin-1 is shown ``avis-s\xe9curit\xe9.txt``.
    """
    if name.isascii() or not has_surrogate(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte was read as
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _suffix(path: Path) -> str:
    """*path*'s suffix in lower case: "NOTICE.HTM", as Windows tools name files, is a page."""
    return path.suffix.lower()


def _notices_in(name: str, path: Path) -> Iterator[tuple[str, Path, Span | None]]:
    if _suffix(path) not in LINES_SUFFIXES:
        yield (name, path, None)
        return
    try:
        # A large buffer: notices are long lines, which a small one reads in many pieces.
        lines = path.open("rb", buffering=_LINE_BUFFER)
    except OSError:
        yield (name, path, None)  # reading it again will say why it cannot be read
        return
    # Only where each line lies is kept: a worker reads its own line, so a
    # file of any size passes through memory one notice at a time.
    with lines:
        offset = 0
        for number, line in enumerate(lines, start=1):
            if line and not line.isspace():  # not blank, tested without a copy of the line
                yield (f"{name}:{number}", path, (offset, len(line)))
            offset += len(line)


_LINE_BUFFER = 1 << 20


@attrs.frozen
class Outcome:
    """What checking one input gave: its findings, or why it could not be read."""

    name: str
    title: str | None = None
    findings: tuple[Finding, ...] = ()
    problems: tuple[str, ...] = ()
    """Why the input could not be read; empty when it was."""
    skipped: tuple[tuple[str, str], ...] = ()


def _load_all(data: bytes, kind: str) -> tuple[ParseResult | VacancyNotice, ...]:
    """The notices in *data*: one, or one for each post of a job board's page of several."""
    if kind == "json":  # the reader, and all it loads, only for text
        from iomjobs.serialize import loads  # noqa: PLC0415

        return (loads(data),)
    return _read_posts(data, html=kind == "html")


def _read_posts(data: bytes, *, html: bool) -> tuple[ParseResult, ...]:
    """What the reader reads in a text or HTML page: one result for each post it holds."""
    from iomjobs.parse import parse_html_notices, parse_notices  # noqa: PLC0415

    return parse_html_notices(data) if html else parse_notices(data)


def _kind(path: Path | None, data: bytes | None) -> str:
    """What the input at *path* (or *data*, from standard input) is: "json", "html" or "text".

    A file is known by its suffix, standard input by its first character
    (``{`` or, with HTML's markup, ``<``). The reader of text reads a Word
    document and an email message too, known by their bytes.
    """
    if path is not None:
        if _suffix(path) in (*JSON_SUFFIXES, *LINES_SUFFIXES):
            return "json"
        return "html" if _suffix(path) in HTML_SUFFIXES else "text"
    start = (data or b"").removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    if start == b"{":
        return "json"
    if (data or b"").startswith(b"PK\x03\x04"):  # a ZIP archive: a Word document, or refused
        return "text"
    from iomjobs.parse._message import is_message  # noqa: PLC0415

    if is_message(data or b""):  # an email message, its HTML part among others
        return "text"
    return "html" if _looks_like_html(data or b"") else "text"


def _looks_like_html(data: bytes) -> bool:
    from iomjobs.parse._decoding import decode  # noqa: PLC0415
    from iomjobs.parse._html import looks_like_html  # noqa: PLC0415

    # Decoded as the reader decodes it: a page saved as UTF-16 is a page too.
    return looks_like_html(decode(data[:_HTML_LOOK]))


_HTML_LOOK = 8192


def check_one(
    name: str,
    path: Path | None,
    data: bytes | None,
    codes: Sequence[str],
    span: Span | None = None,
) -> tuple[Outcome, ...]:
    """Read and validate one input: the file at *path*, or *data* (standard input).

    *span* picks one line of a JSON Lines file at *path*. One outcome for
    each notice the input holds: a job board's page of several posts gives
    one for each, named "*name*, post 2 of 8".
    """
    from iomjobs.rules import validate  # noqa: PLC0415

    try:
        data = _input_bytes(path, span, data)
        kind = _kind(path, data)
        documents = _documents(name, data, kind)
        if len(documents) > 1:  # "iomjobs parse page.txt | iomjobs check -"
            return tuple(
                outcome
                for named, document in documents
                for outcome in check_one(named, None, document, codes)
            )
        loaded = _load_all(data, kind)
    except OSError as error:
        return (Outcome(name, problems=(f"cannot read: {error.strerror or error}",)),)
    except IomJobsError as error:
        problems = tuple(f"not a notice: {line}" for line in _problems(error))
        return (Outcome(name, problems=problems),)
    outcomes = []
    for number, each in enumerate(loaded, start=1):
        report = validate(each, select=codes)
        notice = each if isinstance(each, VacancyNotice) else each.notice
        skipped = tuple((rule.code, rule.reason) for rule in report.skipped)
        named = name if len(loaded) == 1 else f"{name}, post {number} of {len(loaded)}"
        outcomes.append(Outcome(named, notice.position.title, report.findings, skipped=skipped))
    return tuple(outcomes)


def _input_bytes(path: Path | None, span: Span | None, data: bytes | None) -> bytes:
    """An input's bytes: *data*, standard input's, or the file at *path* (its line at *span*).

    No more than a notice's file may hold (:func:`_read`); standard input
    was read up to a byte past that (:func:`_stdin_bytes`).
    """
    if data is not None:
        _refuse_too_many(len(data), 0, "Standard input is")
        return data
    return _read(path, span) if path is not None else b""


def _read(path: Path, span: Span | None) -> bytes:
    """The file at *path*, or its line at *span*; no more than a notice's file may hold.

    :raises OSError: where it cannot be read.
    :raises InputTooLarge: where it holds more (a stray archive of gigabytes).
    """
    if span is None:
        data, size = read_bounded(path)
        _refuse_too_many(len(data), size, "The file is")
        return data
    offset, length = span
    _refuse_too_many(length, length, "The line is")
    with path.open("rb") as file:
        file.seek(offset)
        return file.read(length)


def _refuse_too_many(count: int, size: int, what: str) -> None:
    too_many = too_many_bytes(count, size, what)
    if too_many is not None:
        from iomjobs.parse import InputTooLarge  # noqa: PLC0415 -- only for so large a file

        raise InputTooLarge(too_many)


def _stdin_bytes() -> bytes:
    """Standard input, read up to a byte past what a notice may hold (the reader says so)."""
    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


class Style(NamedTuple):
    """How findings are written: the output format, and whether in colour."""

    output: str
    color: bool


class Checked(NamedTuple):
    """One input checked and written out: what the main process reports of it.

    A worker sends this rather than the :class:`Outcome`: text and numbers
    cross between processes far faster than findings do.
    """

    name: str
    text: str
    """The findings as written to standard output."""
    counts: tuple[int, int, int]
    """Errors, warnings and infos."""
    problems: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]


Work = tuple[str, Path | None, bytes | None, tuple[str, ...], Span | None, Style]
_Item = TypeVar("_Item", bound=tuple[Any, ...])
_Done = TypeVar("_Done")


def _outcomes(
    paths: Sequence[str], codes: Sequence[str], jobs: int, err: TextIO, style: Style
) -> Iterator[Checked]:
    work: Iterable[Work] = (
        (name, path, _stdin_bytes() if path is None else None, tuple(codes), span, style)
        for name, path, span in _inputs(paths)
    )
    total = None
    if err.isatty():  # only a progress bar needs the count first
        work = list(work)
        total = len(work)
    progress = _Progress(total, err)
    # An input's outcomes: one, or one for each post of a page of several.
    for outcomes in _each(work, jobs, _check_args, _check_chunk):
        progress.step()
        yield from outcomes
    progress.done()


# Notices a worker checks per task: enough to spread the cost of sending
# them, few enough that the first results come at once.
_CHUNK = 64


def _each(
    work: Iterable[_Item],
    jobs: int,
    one: Callable[[_Item], _Done],
    chunk: Callable[[list[_Item]], list[_Done]],
) -> Iterator[_Done]:
    """*one* of each item of *work*, in order; in *jobs* workers, *chunk* by chunk, if worth it."""
    items = iter(work)
    first = list(itertools.islice(items, 2))  # one notice is not worth a worker
    items = itertools.chain(first, items)
    if jobs > 1 and len(first) > 1:
        return _in_parallel(items, jobs, chunk)
    return map(one, items)


def _in_parallel(
    work: Iterator[_Item], jobs: int, task: Callable[[list[_Item]], list[_Done]]
) -> Iterator[_Done]:
    """What *task* makes of *work*, chunk by chunk, in its order, in *jobs* worker processes.

    Inputs are read while the workers check those read before, and no more
    than a few chunks wait at once: memory stays flat for any number of notices.
    An item of *work* is an input's name, path and data first (see _warm).
    """
    from concurrent.futures import Future, ProcessPoolExecutor  # noqa: PLC0415

    context = _fork_context()
    if context is not None:
        # What the first inputs need is loaded once: the reader only for text.
        first = list(itertools.islice(work, _CHUNK))
        _warm(text=not all(_kind(item[1], item[2]) == "json" for item in first))
        work = itertools.chain(first, work)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: collections.deque[Future[list[_Done]]] = collections.deque()
        chunks = iter(lambda: list(itertools.islice(work, _CHUNK)), [])
        for chunk in chunks:
            # The first task forks the workers.
            forking = not pending and context is not None
            with _frozen() if forking else contextlib.nullcontext():
                pending.append(pool.submit(task, chunk))
            if len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """The objects loaded so far out of the collector's reach while workers fork.

    A forked worker shares the parent's memory until it writes to it, and
    the collector writes to every object it scans: frozen, the reference
    data, the gazetteer and the reader's tables stay shared, not copied
    page by page into each worker (``--jobs 2`` some 5% faster). The
    parent's own objects are collected again once the workers exist.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _fork_context() -> BaseContext | None:
    """Fork on Linux: the workers then share what the parent loaded (see _warm)."""
    import multiprocessing  # noqa: PLC0415

    return multiprocessing.get_context("fork") if sys.platform == "linux" else None


# Enough of a notice to load everything a check uses: the JSON decoders,
# the country and language tables, the gazetteer (a fifth of a second), the
# rules' reference data; and for text, the reader's vocabulary and babel's
# month names.
_WARM_JSON = (
    b'{"format_version":1,"closing_date":"2024-02-20","position":{"title":"Project Assistant",'
    b'"duty_stations":[{"city":"Tirana","country":"AL"}],'
    b'"languages":[{"language":"en","proficiency":"fluent"},{"language":"sq"}]}}'
)
_WARM_TEXT = """Position Title: Project Assistant
Duty Station: Tirana, Albania
Closing Date: 20 February 2024
Languages
Fluency in English and Albanian is required.
"""


def _warm(*, text: bool) -> None:
    """Load what the checks will need once, before forking workers that then share it."""
    from iomjobs.rules import validate  # noqa: PLC0415
    from iomjobs.serialize import loads  # noqa: PLC0415

    validate(loads(_WARM_JSON))
    if text:
        from iomjobs.parse import parse_notice  # noqa: PLC0415

        validate(parse_notice(_WARM_TEXT))


def _check_args(item: Work) -> list[Checked]:
    name, path, data, codes, span, style = item
    return [_written(outcome, style) for outcome in check_one(name, path, data, codes, span)]


def _check_chunk(items: list[Work]) -> list[list[Checked]]:
    return [_check_args(item) for item in items]


def _written(outcome: Outcome, style: Style) -> Checked:
    counts = collections.Counter(finding.severity.value for finding in outcome.findings)
    return Checked(
        outcome.name,
        "" if outcome.problems else _text(outcome, style),
        (counts["error"], counts["warning"], counts["info"]),
        outcome.problems,
        outcome.skipped,
    )


class _Progress:
    """A progress bar on standard error, shown only to a person at a terminal."""

    def __init__(self, total: int | None, err: TextIO) -> None:
        self.total, self.count, self.err = total or 0, 0, err
        self.shown = total is not None and total >= _PROGRESS_FROM and err.isatty()

    def step(self) -> None:
        self.count += 1
        if self.shown and (self.count % 10 == 0 or self.count == self.total):
            filled = _BAR * self.count // self.total
            bar = "#" * filled + "-" * (_BAR - filled)
            self.err.write(f"\r[{bar}] {self.count}/{self.total}")
            self.err.flush()

    def done(self) -> None:
        if self.shown:
            self.err.write("\r" + " " * (_BAR + 24) + "\r")
            self.err.flush()


_PROGRESS_FROM = 20
_BAR = 30


def _check(
    paths: Sequence[str],
    codes: Sequence[str],
    out: TextIO,
    err: TextIO,
    *,
    output: str = "text",
    jobs: int = 1,
) -> int:
    unreadable = count = 0
    totals = {"error": 0, "warning": 0, "info": 0}
    skipped: dict[str, str] = {}
    for checked in _outcomes(paths, codes, jobs, err, Style(output, _wants_color(out))):
        count += 1
        if checked.problems:
            unreadable += 1
            for problem in checked.problems:
                print(f"{checked.name}: {problem}", file=err)
            continue
        for kind, number in zip(totals, checked.counts, strict=True):
            totals[kind] += number
        skipped.update(checked.skipped)
        out.write(checked.text)
    if not count:
        print("iomjobs check: no notices found", file=err)
        return EXIT_BAD_INPUT
    counted = ", ".join(
        f"{number} {kind}{'s' if number != 1 else ''}" for kind, number in totals.items()
    )
    summary = f"{count} notice{'s' if count != 1 else ''}: {counted}"
    if unreadable:  # counted among the notices, their findings unknown: said apart
        summary += f", {unreadable} not read"
    print(summary, file=out if output == "text" else err)
    for code, reason in skipped.items():
        print(f"iomjobs check: {code} skipped: {reason}", file=err)
    if unreadable:
        return EXIT_BAD_INPUT
    return EXIT_FINDINGS if totals["error"] else EXIT_OK


def _text(outcome: Outcome, style: Style) -> str:
    """What standard output says of *outcome*, line by line."""
    if style.output == "json":
        lines = [
            json.dumps(_finding_json(outcome.name, finding), ensure_ascii=False)
            for finding in outcome.findings
        ]
    else:
        paint = _paint if style.color else str
        lines = [f"{outcome.name}: {_summary(len(outcome.findings), outcome.title)}"]
        lines += [f"  {paint(finding)}" for finding in outcome.findings]
    return "".join(f"{line}\n" for line in lines)


def _finding_json(name: str, finding: Finding) -> dict[str, object]:
    span = finding.span
    return {
        "file": name,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "path": finding.path,
        "line": span.first_line if span else None,
        "last_line": span.last_line if span else None,
        "suggestion": finding.suggestion,
    }


_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}


def _wants_color(out: TextIO) -> bool:
    """Whether *out* is a terminal that wants colour."""
    return out.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _paint(finding: Finding) -> str:
    """A finding with its severity in colour."""
    text = str(finding)
    label = finding.severity.value
    colored = f"{_COLORS[label]}{label}\x1b[0m"
    return text.replace(f" {label}:", f" {colored}:", 1)


def _problems(error: IomJobsError) -> list[str]:
    details = getattr(error, "errors", None)
    if details:
        return [f"{detail.message} @ {detail.path}" for detail in details]
    return [str(error)]


def _summary(findings: int, title: str | None) -> str:
    what = f"{findings} finding{'s' if findings != 1 else ''}" if findings else "ok"
    return f"{what} ({title or 'no title'})"


def _parse(
    paths: Sequence[str],
    indent: int | None,
    out: TextIO,
    err: TextIO,
    *,
    provenance: bool = False,
    jobs: int = 1,
) -> int:
    """Print the notices *paths* hold as JSON, one after another; say why any cannot be read.

    In *jobs* worker processes where there is more than one, the output the same.
    """
    work = (
        (name, path, _stdin_bytes() if path is None else None, span, indent, provenance)
        for name, path, span in _inputs(paths)
    )
    found = unreadable = 0
    for documents, problems in _each(work, jobs, _parse_one, _parse_chunk):
        found += 1
        unreadable += bool(problems)
        for problem in problems:
            print(problem, file=err)
        out.write(documents)
    if not found:
        print("iomjobs parse: no notices found", file=err)
        return EXIT_BAD_INPUT
    return EXIT_BAD_INPUT if unreadable else EXIT_OK


ParseWork = tuple[str, Path | None, bytes | None, Span | None, int | None, bool]
"""One input to parse: its name, path, data (standard input's), span, indent, provenance."""


class Parsed(NamedTuple):
    """One input parsed and written out: what a worker sends back."""

    documents: str
    """The JSON documents of its notices, each ended by a line break."""
    problems: tuple[str, ...]
    """Why it could not be read, named as check names it; empty when it was."""


def _parse_chunk(items: list[ParseWork]) -> list[Parsed]:
    return [_parse_one(item) for item in items]


def _parse_one(item: ParseWork) -> Parsed:
    name, path, data, span, indent, provenance = item
    read, problems = _parsed(name, path, data, span)
    written: list[str] = []
    refused: list[str] = []
    for named, post, each in read:
        notice = each if isinstance(each, VacancyNotice) else each.notice
        document = _document_of(notice, each, named, post, indent=indent, provenance=provenance)
        if isinstance(document, str):
            written.append(document + "\n")
        else:
            refused.append(f"{named}: cannot write: {document}")
    return Parsed("".join(written), problems + tuple(refused))


def _document_of(
    notice: VacancyNotice,
    read: ParseResult | VacancyNotice,
    name: str,
    post: int,
    *,
    indent: int | None,
    provenance: bool,
) -> str | InvalidValue:
    """The notice's JSON document as parse prints it; why not, where loads() would refuse it."""
    from iomjobs.serialize import dumps  # noqa: PLC0415

    try:
        # The document loads() reads: what a text of millions of characters
        # gives may be larger than loads() reads (check reads parse's output).
        canonical = dumps(notice)
    except InvalidValue as error:
        return error
    if indent is None and not provenance:
        return canonical.decode()
    document = json.loads(canonical)
    if provenance:
        document = _with_provenance(document, read, name, post)
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


def _parsed(
    name: str, path: Path | None, data: bytes | None, span: Span | None
) -> tuple[list[tuple[str, int, ParseResult | VacancyNotice]], tuple[str, ...]]:
    """What the reader reads in one input, or the notices a JSON one holds; and why not.

    Each named as ``check`` names it (a line of JSON Lines on standard
    input by its number), with its place among the posts of a page of
    several (1 where there is one). Where the input cannot be read, no
    notice, and the lines that say why.
    """
    try:
        data = _input_bytes(path, span, data)
    except OSError as error:
        return [], (f"{name}: cannot read: {error.strerror or error}",)
    except IomJobsError as error:
        return [], (f"{name}: {error}",)
    kind = _kind(path, data)
    read: list[tuple[str, int, ParseResult | VacancyNotice]] = []
    for named, document in _documents(name, data, kind):  # JSON Lines: one a line
        try:
            loaded = _load_all(document, kind)
        except IomJobsError as error:
            if kind != "json":
                return [], (f"{named}: {error}",)
            return [], tuple(f"{named}: not a notice: {line}" for line in _problems(error))
        read += [(named, post, each) for post, each in enumerate(loaded, start=1)]
    return read, ()


def _with_provenance(
    notice: dict[str, Any], read: ParseResult | VacancyNotice, name: str, post: int
) -> dict[str, Any]:
    """The notice's document, with what the reader knows of where each field came from.

    A notice loaded from JSON was read from no text: it has no sources.
    """
    document: dict[str, Any] = {"notice": notice, "file": name, "post": post}
    if isinstance(read, VacancyNotice):
        return {**document, "sources": {}, "inferred": [], "doubts": [], "repairs": []}
    return {
        **document,
        "sources": {
            path: [span.first_line, span.last_line] for path, span in read.provenance.spans
        },
        "inferred": [
            {"path": i.path, "sentence": i.sentence, "line": i.line} for i in read.inferred
        ],
        "doubts": [{"path": d.path, "message": d.message, "line": d.line} for d in read.doubts],
        "repairs": [{"description": r.description, "count": r.count} for r in read.repairs],
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
