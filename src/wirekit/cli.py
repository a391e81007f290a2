"""The ``wirekit`` command line (also ``python -m wirekit``).

Commands: ``wirekit parse`` (articles in, ``Article.to_dict()`` out as JSON,
JSON Lines, CSV or a table), ``wirekit agencies`` (the registered agencies and
the package each came from) and ``wirekit schema`` (the JSON Schema of the
output). ``wirekit COMMAND --help`` shows each command's options and examples.

Exit codes (stable, documented in ``wirekit --help``):

- 0: every input was read and parsed;
- 1: ``--strict`` and at least one article had an ERROR diagnostic (its
  partial result is still printed);
- 2: a usage or input error: bad arguments, an unknown agency, a malformed
  ``--published``, an unreadable file or JSON Lines row (the other inputs are
  still parsed and printed). 2 wins over 1.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import csv
import io
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

import attrs

from ._api import coerce_published
from ._batch import Failure, parse_many
from ._bytes import decode_bytes
from ._errors import UnknownAgencyError
from ._evaluate import add_evaluate_parser, run_evaluate
from ._frame import COLUMNS, article_row
from ._records import Article, Diagnostic
from ._registry import default_registry
from ._schema import json_schema
from .data import read_example

__all__ = ["main"]

EXIT_OK, EXIT_STRICT, EXIT_USAGE = 0, 1, 2

FORMATS: Final = ("json", "jsonl", "csv", "table")
JSONL_SUFFIXES: Final = (".jsonl", ".ndjson")
#: The flat columns of ``--format csv|table``: where each article came from, then the row.
FLAT_FIELDS: Final = ("source", *COLUMNS)
TABLE_DEFAULT_FIELDS: Final = (
    "source",
    "agency",
    "language",
    "dateline_place",
    "dateline_date",
    "bylines",
    "editors",
    "copyright_year",
    "reference_date",
    "n_dates",
)
_TABLE_CELL_WIDTH = 32

DESCRIPTION = """\
Parse plain-text wire-service articles (ANTARA, Reuters, AP, AFP, Xinhua, ...) into
typed records: dateline, credits, copyright, notices and resolved dates, with spans."""

EXIT_CODES = """\
exit codes:
  0  every input was read and parsed
  1  --strict, and some article had an ERROR diagnostic (it is still printed)
  2  usage or input error: bad option, unknown agency, unreadable file or row"""

EPILOG = f"""\
examples:
  wirekit parse --example                      parse the bundled ANTARA example
  wirekit parse story.txt --published 2025-07-11
  cat story.txt | wirekit parse -              read one article from stdin
  wirekit parse archive/ --format jsonl        every *.txt below archive/, one JSON per line
  wirekit agencies                             list the registered agencies
  wirekit schema                               the JSON Schema of the output

{EXIT_CODES}
"""

PARSE_EPILOG = f"""\
inputs:
  FILE          a UTF-8 text file holding one article
  DIRECTORY     every *.txt file below it (recursively, in sorted order)
  FILE.jsonl    JSON Lines, one article per row (text in --jsonl-field, default "text")
  -             stdin: one article, or JSON Lines when --jsonl-field is given

formats:
  json   one article: its Article.to_dict() object; several: a JSON array of them
  jsonl  one Article.to_dict() object per line (stream-friendly)
  csv    one flat row per article: {", ".join(FLAT_FIELDS)}
  table  the same flat fields as aligned text, for reading

  --fields picks top-level keys of Article.to_dict() (plus "source") for json/jsonl,
  and flat columns for csv/table.

examples:
  wirekit parse story.txt
  wirekit parse story.txt --published 2025-07-11 --agency antara --language id
  cat story.txt | wirekit parse - --format table
  wirekit parse archive/ --format csv --fields source,dateline_place,bylines > out.csv
  wirekit parse corpus.jsonl --jsonl-published-field published --format jsonl
  zcat feed.jsonl.gz | wirekit parse - --jsonl-field body --jsonl-id-field guid --format jsonl
  wirekit parse story.txt --fields dateline,dates --strict

{EXIT_CODES}
"""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirekit",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wirekit {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse articles (files, directories, JSON Lines or stdin) and print the records",
        description="Parse articles and print each one's Article.to_dict() (or a flat row).",
        epilog=PARSE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text file, directory, .jsonl file, or '-' for stdin",
    )
    p.add_argument("--example", action="store_true", help="parse the bundled example article")
    p.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    p.add_argument(
        "--fields", metavar="F1,F2", help="comma-separated fields to print (see 'formats' below)"
    )
    p.add_argument(
        "--published", metavar="DATE", help="publication date (ISO 8601) of every article, if known"
    )
    p.add_argument("--agency", metavar="ID", help="agency id to use instead of detecting one")
    p.add_argument("--language", metavar="LANG", help="ISO 639-1 language hint (id, en, ms, ...)")
    p.add_argument(
        "--strict", action="store_true", help="exit 1 when an article has an ERROR diagnostic"
    )
    p.add_argument(
        "--jsonl-field",
        metavar="NAME",
        help='read every input (stdin too) as JSON Lines, the text in field NAME (default "text")',
    )
    p.add_argument(
        "--jsonl-published-field",
        metavar="NAME",
        help="JSON Lines field holding each row's publication date (else --published)",
    )
    p.add_argument(
        "--jsonl-id-field",
        metavar="NAME",
        help="JSON Lines field naming each row in 'source' (default: FILE:LINE)",
    )
    p.add_argument(
        "--include-source",
        action="store_true",
        help='json/jsonl: add a "source" key (file, FILE:LINE or row id) to each object',
    )
    p.add_argument(
        "--encoding", default="utf-8", help="encoding of text files and JSON Lines (default utf-8)"
    )
    p.add_argument("--indent", type=int, default=2, help="json indent; 0 for compact (default 2)")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes: this one and N-1 workers (default 1)",
    )
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="never draw the progress line (drawn on stderr only when it is a terminal)",
    )

    a = sub.add_parser(
        "agencies",
        help="list the registered agencies with their source package and version",
        description="List the registered agencies: built-ins and installed plugins.",
        epilog="examples:\n  wirekit agencies\n  wirekit agencies --format json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="output format (default: table)",
    )

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of Article.to_dict() (what 'wirekit parse' prints)",
        description="Print the JSON Schema (draft 2020-12) of the parse output.",
        epilog="examples:\n  wirekit schema > article.schema.json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    add_evaluate_parser(sub)
    return parser


def _version() -> str:
    from . import __version__

    return __version__


@attrs.frozen
class _Input:
    """One article to parse: where it came from, its text and its own publication date."""

    source: str
    text: str | None  # None when it could not be read; ``error`` says why
    published: object = None
    error: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()  # from decoding: bytes that were not valid text


def _expand(names: Sequence[str], example: bool) -> tuple[list[str], list[str]]:
    """The input names with directories replaced by their ``*.txt`` files; and the problems."""
    found: list[str] = ["<example>"] if example else []
    problems: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                problems.append(f"{name}: no *.txt files in this directory")
            found.extend(str(p) for p in files)
        else:
            found.append(name)
    return found, problems


def _read_stream(stream: TextIO | io.BufferedReader) -> str | bytes:
    """All of stdin: bytes when the stream has a binary buffer, else its text."""
    binary = getattr(stream, "buffer", None)
    return stream.read() if binary is None else binary.read()


def _decode_article(data: str | bytes, encoding: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """An article's text: a leading UTF-8 BOM dropped, undecodable bytes replaced and reported.

    An article with a few broken bytes is still an article: it is parsed, and an
    ``input.decode-error`` diagnostic locates each replaced run.
    """
    if isinstance(data, str):
        return data, ()
    if _file_encoding(encoding) == "utf-8-sig" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    return decode_bytes(data, encoding=encoding, errors="replace")


def _file_encoding(encoding: str) -> str:
    """``utf-8`` files may start with a BOM; it is not part of the article."""
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def _jsonl_inputs(
    lines: Iterable[str], name: str, args: argparse.Namespace, default_published: object
) -> Iterator[_Input]:
    """One input per non-blank JSON Lines row; a bad row becomes an input with an error."""
    field = args.jsonl_field or "text"
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Input(where, None, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield _Input(
                where, None, error=f"a row must be a JSON object, not {type(row).__name__}"
            )
            continue
        if args.jsonl_id_field and row.get(args.jsonl_id_field) is not None:
            where = str(row[args.jsonl_id_field])
        text = row.get(field)
        if not isinstance(text, str):
            what = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield _Input(where, None, error=f"field {field!r} is {what}")
            continue
        published = default_published
        if args.jsonl_published_field and row.get(args.jsonl_published_field) is not None:
            published = row[args.jsonl_published_field]
        yield _Input(where, text, published)


def _read_inputs(
    names: Sequence[str], args: argparse.Namespace, default_published: object
) -> Iterator[_Input]:
    """Every article of every input name, in order; unreadable ones carry an error."""
    jsonl_everywhere = args.jsonl_field is not None or args.jsonl_published_field is not None
    encoding = _file_encoding(args.encoding)
    for name in names:
        if name == "<example>":
            yield _Input(name, read_example(), default_published)
            continue
        is_jsonl = jsonl_everywhere or name.lower().endswith(JSONL_SUFFIXES)
        try:
            if name == "-":
                data = _read_stream(sys.stdin)
                if is_jsonl:
                    text = data if isinstance(data, str) else data.decode(encoding)
                    yield from _jsonl_inputs(text.splitlines(), "<stdin>", args, default_published)
                else:
                    text, found = _decode_article(data, args.encoding)
                    yield _Input("<stdin>", text, default_published, diagnostics=found)
            elif is_jsonl:
                with open(name, encoding=encoding, newline="") as handle:
                    yield from _jsonl_inputs(handle, name, args, default_published)
            else:
                text, found = _decode_article(Path(name).read_bytes(), args.encoding)
                yield _Input(name, text, default_published, diagnostics=found)
        except (OSError, UnicodeDecodeError, LookupError) as exc:
            yield _Input(name, None, error=_describe_read_error(exc, args.encoding))


def _describe_read_error(exc: Exception, encoding: str) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"cannot decode as {encoding} ({exc.reason} at byte {exc.start}); try --encoding"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class _Progress:
    """A one-line progress counter on a terminal's stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total_inputs: int, enabled: bool) -> None:
        self.stream = stream
        self.total = total_inputs
        self.enabled = enabled and _isatty(stream)
        self.count = 0
        self.started = self.last = time.monotonic()

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.1:
            self.last = now
            rate = self.count / max(now - self.started, 1e-9)
            self.stream.write(f"\rwirekit: {self.count} articles parsed ({rate:.0f}/s) ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _json_fields() -> tuple[str, ...]:
    return ("source", *json_schema()["properties"])


def _selected_fields(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The ``--fields`` names checked against the format; None means the format's default."""
    if args.fields is None:
        return None
    names = tuple(n.strip() for n in args.fields.split(",") if n.strip())
    allowed = FLAT_FIELDS if args.format in ("csv", "table") else _json_fields()
    unknown = [n for n in names if n not in allowed]
    if unknown or not names:
        raise _UsageError(
            f"--fields: unknown field(s) {', '.join(unknown) or '(none given)'} for --format "
            f"{args.format}; choose from: {', '.join(allowed)}"
        )
    return names


class _UsageError(Exception):
    """Bad arguments: reported on stderr, exit code 2."""


def _cell(value: Any) -> str:
    """A flat-row value as CSV / table text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


class _Writer:
    """Writes articles in one output format; ``close`` finishes the document."""

    def __init__(
        self, out: TextIO, args: argparse.Namespace, fields: tuple[str, ...] | None
    ) -> None:
        self.out = out
        self.format = args.format
        self.indent = args.indent or None
        self.include_source = args.include_source or (fields is not None and "source" in fields)
        self.fields = fields
        self.pending: dict[str, Any] | None = None  # json: the first object, held back
        self.count = 0
        self.rows: list[list[str]] = []
        self.csv_writer: Any = None

    def _object(self, source: str, article: Article) -> dict[str, Any]:
        data = article.to_dict()
        if self.include_source:
            data = {"source": source, **data}
        if self.fields is not None:
            data = {name: data[name] for name in self.fields}
        return data

    def _row(self, source: str, article: Article) -> list[str]:
        flat = {"source": source, **article_row(article)}
        default = TABLE_DEFAULT_FIELDS if self.format == "table" else FLAT_FIELDS
        return [_cell(flat[name]) for name in (self.fields or default)]

    def write(self, source: str, article: Article) -> None:
        self.count += 1
        if self.format == "jsonl":
            self.out.write(json.dumps(self._object(source, article), ensure_ascii=False) + "\n")
        elif self.format == "json":
            data = self._object(source, article)
            if self.count == 1:
                self.pending = data
                return
            if self.pending is not None:
                self.out.write("[\n")
                self._dump_item(self.pending)
                self.pending = None
            self.out.write(",\n")
            self._dump_item(data)
        elif self.format == "csv":
            if self.csv_writer is None:
                self.csv_writer = csv.writer(self.out, lineterminator="\n")
                self.csv_writer.writerow(self.fields or FLAT_FIELDS)
            self.csv_writer.writerow(self._row(source, article))
        else:
            self.rows.append(self._row(source, article))

    def _dump_item(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=self.indent)
        if self.indent:
            pad = " " * self.indent
            text = pad + text.replace("\n", "\n" + pad)
        self.out.write(text)

    def close(self) -> None:
        if self.format == "json":
            if self.pending is not None:
                json.dump(self.pending, self.out, ensure_ascii=False, indent=self.indent)
                self.out.write("\n")
            elif self.count == 0:
                self.out.write("[]\n")
            else:
                self.out.write("\n]\n")
        elif self.format == "csv" and self.csv_writer is None:
            csv.writer(self.out, lineterminator="\n").writerow(self.fields or FLAT_FIELDS)
        elif self.format == "table":
            header = list(self.fields or TABLE_DEFAULT_FIELDS)
            self.out.write(_render_table(header, self.rows))


def _render_table(header: list[str], rows: list[list[str]]) -> str:
    """Aligned columns; long cells cut with an ellipsis."""

    def clip(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= _TABLE_CELL_WIDTH else cell[: _TABLE_CELL_WIDTH - 1] + "…"

    cells = [[clip(c) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _check_options(args: argparse.Namespace) -> object:
    """Validate the options that apply to every article; return the coerced ``--published``."""
    if not args.files and not args.example:
        raise _UsageError("give FILE(s), a directory, '-' for stdin, or --example")
    if args.jobs < 1:
        raise _UsageError(f"--jobs must be 1 or more, got {args.jobs}")
    if args.indent < 0:
        raise _UsageError(f"--indent must be 0 or more, got {args.indent}")
    try:
        published = coerce_published(args.published)
    except ValueError as exc:
        raise _UsageError(f"--published: {exc}") from None
    if args.agency is not None:
        try:
            default_registry().get(args.agency)
        except UnknownAgencyError as exc:
            raise _UsageError(f"--agency: {exc}") from None
    try:
        "".encode(args.encoding)
    except LookupError:
        raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    return published


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        published = _check_options(args)
        fields = _selected_fields(args)
    except _UsageError as exc:
        err.write(f"wirekit parse: {exc}\n")
        return EXIT_USAGE
    names, problems = _expand(args.files, args.example)
    status = EXIT_OK
    for problem in problems:
        err.write(f"wirekit: {problem}\n")
        status = EXIT_USAGE

    # parse_many keeps input order; the queue pairs each result with its input.
    queue: collections.deque[_Input] = collections.deque()

    def items() -> Iterator[tuple[str | None, dict[str, Any]]]:
        for item in _read_inputs(names, args, published):
            queue.append(item)
            yield item.text, {"published": item.published}

    writer = _Writer(out, args, fields)
    progress = _Progress(err, len(names), enabled=not args.no_progress)
    results = parse_many(
        items(),
        processes=args.jobs,
        agency=args.agency,
        language=args.language,
        strict=args.strict,
    )
    try:
        for result in results:
            item = queue.popleft()
            progress.step()
            if item.error is not None:
                progress.close()
                err.write(f"wirekit: {item.source}: {item.error}\n")
                status = EXIT_USAGE
                continue
            if isinstance(result, Failure):
                progress.close()
                err.write(f"wirekit: {item.source}: {result.error}: {result.message}\n")
                if result.article is None:
                    status = EXIT_USAGE
                    continue
                status = max(status, EXIT_STRICT)
                result = result.article
            if item.diagnostics:
                progress.close()
                err.write(
                    f"wirekit: {item.source}: {len(item.diagnostics)} run(s) of bytes are not "
                    f"valid {args.encoding}, replaced with U+FFFD; try --encoding\n"
                )
                result = attrs.evolve(result, diagnostics=item.diagnostics + result.diagnostics)
            writer.write(item.source, result)
    finally:
        progress.close()
        writer.close()
    return status


def _cmd_agencies(args: argparse.Namespace, out: TextIO) -> int:
    registry = default_registry()
    sources = registry.sources()
    rows: list[dict[str, Any]] = []
    for agency in registry:
        source = sources.get(agency.id)
        rows.append(
            {
                "id": agency.id,
                "name": agency.name,
                "languages": list(agency.languages),
                "package": source.package if source else None,
                "version": source.version if source else None,
                "entry_point": source.entry_point if source else None,
            }
        )
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    header = ["id", "name", "languages", "package", "version"]
    table = [
        [
            _cell(r["id"]),
            _cell(r["name"]),
            ",".join(r["languages"]),
            _cell(r["package"]),
            _cell(r["version"]),
        ]
        for r in rows
    ]
    out.write(_render_table(header, table))
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    json.dump(json_schema(), out, indent=args.indent or None)
    out.write("\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "parse":
        return _cmd_parse(args, sys.stdout, sys.stderr)
    if args.command == "schema":
        return _cmd_schema(args, sys.stdout)
    if args.command == "evaluate":
        return run_evaluate(args, sys.stdout, sys.stderr)
    return _cmd_agencies(args, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
