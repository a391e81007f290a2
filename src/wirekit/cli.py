"""The ``wirekit`` command line (also ``python -m wirekit``).

Exit codes: 0 ok; 1 some article had an ERROR diagnostic in ``--strict`` mode;
2 usage error (bad arguments, unreadable file, unknown agency).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ._api import parse
from ._errors import ParseError, UnknownAgencyError
from ._registry import default_registry
from .data import read_example

__all__ = ["main"]

EXIT_OK, EXIT_STRICT, EXIT_USAGE = 0, 1, 2

EPILOG = """examples:
  wirekit parse --example                      parse the bundled ANTARA example
  wirekit parse story.txt --published 2025-07-11
  cat story.txt | wirekit parse -              read the article from stdin
  wirekit agencies                             list the registered agencies
"""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirekit",
        description="Parse wire-service articles into typed records (JSON).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse article files (or stdin) and print Article.to_dict() as JSON",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' reads stdin")
    p.add_argument("--example", action="store_true", help="parse the bundled example article")
    p.add_argument("--published", help="publication date (ISO 8601), if known")
    p.add_argument("--agency", help="agency id to use instead of detecting one")
    p.add_argument("--language", help="ISO 639-1 language hint")
    p.add_argument("--strict", action="store_true", help="exit 1 when an article has an ERROR diagnostic")
    p.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")

    sub.add_parser("agencies", help="list the registered agencies")
    return parser


def _read_inputs(files: Sequence[str], example: bool, stdin: TextIO) -> Iterator[tuple[str, str]]:
    if example:
        yield "<example>", read_example()
    for name in files:
        if name == "-":
            yield "<stdin>", stdin.read()
        else:
            yield name, Path(name).read_text(encoding="utf-8")


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.files and not args.example:
        err.write("wirekit parse: give FILE(s), '-' for stdin, or --example\n")
        return EXIT_USAGE
    status = EXIT_OK
    try:
        for name, text in _read_inputs(args.files, args.example, sys.stdin):
            try:
                article = parse(
                    text,
                    published=args.published,
                    agency=args.agency,
                    language=args.language,
                    strict=args.strict,
                )
            except ParseError as exc:
                err.write(f"wirekit: {name}: {exc}\n")
                article, status = exc.article, EXIT_STRICT
            json.dump(article.to_dict(), out, ensure_ascii=False, indent=args.indent or None)
            out.write("\n")
    except (OSError, UnicodeDecodeError, ValueError, UnknownAgencyError) as exc:
        err.write(f"wirekit: {exc}\n")
        return EXIT_USAGE
    return status


def _cmd_agencies(out: TextIO) -> int:
    for agency in default_registry():
        out.write(f"{agency.id}\t{agency.name}\t{','.join(agency.languages)}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "parse":
        return _cmd_parse(args, sys.stdout, sys.stderr)
    return _cmd_agencies(sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
