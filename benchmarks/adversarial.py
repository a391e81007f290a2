"""Adversarial inputs for every pattern in wirekit: is time per byte flat?

Not a test (timings live here, never in the suite). Two parts:

1. **Patterns.** Every compiled pattern in every ``wirekit`` module (found by
   walking the package, so a new pattern is never forgotten) is run with
   ``finditer`` over the whole of each adversarial input, at two sizes. The
   inputs are long runs of what patterns loop on: single characters, near-miss
   datelines, bare credit labels, digit/slash runs, open parentheses, weekday
   names, plus runs built from each pattern's own literal words. A pattern
   whose time per byte grows by more than ``--ratio`` between the sizes is
   listed (``finditer`` from every position is the harshest use; parsers that
   only ``match`` at line starts are safer still).
2. **Pipeline.** ``wirekit.parse`` on each input from 1 KB to 10 MB, printed as
   a table of microseconds per byte.

Usage::

    /tmp/venv/bin/python benchmarks/adversarial.py            # up to 10 MB (minutes)
    /tmp/venv/bin/python benchmarks/adversarial.py --max-mb 1 # quicker
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from typing import Any

import regex

# Record every pattern wirekit compiles (at import or on first use, with ``regex`` or ``re``),
# with where it was built.
_COMPILED: list[tuple[str, Pattern]] = []
_compile_regex, _compile_re = regex.compile, re.compile


def _record(compiled: Pattern) -> Pattern:
    caller = sys._getframe(2)
    if "wirekit" in caller.f_code.co_filename and "benchmarks" not in caller.f_code.co_filename:
        where = caller.f_code.co_filename.split("src/", 1)[-1]
        _COMPILED.append((f"{where}:{caller.f_lineno}", compiled))
    return compiled


def _recording_regex(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern:
    return _record(_compile_regex(pattern, flags, **kwargs))


def _recording_re(pattern: str, flags: int = 0) -> Pattern:
    return _record(_compile_re(pattern, flags))


regex.compile = _recording_regex
re.compile = _recording_re  # type: ignore[assignment]

import wirekit  # noqa: E402  (after the wrapper, so that its patterns are recorded)

# A compiled pattern of either engine (wirekit uses ``regex``; stdlib ``re`` is audited too).
Pattern = Any
KB = 1024
SIZES = (KB, 10 * KB, 100 * KB, KB * KB, 10 * KB * KB)
PATTERN_SIZES = (4 * KB, 40 * KB)
PATTERN_TIMEOUT = 20.0  # seconds: a pattern that needs longer is reported, not waited for

# name -> repeating unit. Each unit is a shape some pattern in wirekit starts to match and then
# must give up on, repeated so that a backtracking pattern would try it again and again.
FAMILIES: dict[str, str] = {
    "letters": "a",
    "capitals": "A",
    "spaces": " ",
    "nbsp": "\u00a0",
    "unicode-spaces": "\u2002\u202f\u3000",
    "newlines": "\n",
    "crlf": "\r\n",
    "digits": "7",
    "digit-slash": "1/",
    "slashes": "/",
    "open-paren": "(",
    "parens": "()",
    "dashes": "-",
    "colons": ":",
    "commas": ",",
    "dots": ".",
    "capital-words": "JAKARTA ",
    "near-miss-dateline": "JAKARTA (ANTARA) \n",
    "near-miss-dateline-dash": "JAKARTA (ANTARA -\n",
    "near-miss-reuters": "LONDON, March 3 (Reuters \n",
    "near-miss-unicode-spaces": "JAKARTA\u2002(ANTARA)\u3000\n",
    "place-commas": "Sentani, Jayapura, ",
    "agency-parens": "(ANTARA) ",
    "credit-label": "Pewarta:",
    "credit-label-space": "Pewarta: ",
    "credit-pairs": "Pewarta: A Editor: ",
    "reporting-by": "(Reporting by A and ",
    "by-capitals": "By JOHN ",
    "copyright-sign": "COPYRIGHT © ",
    "mojibake": "Â©â€”",
    "weekday-paren": "Kamis (10/",
    "weekdays": "Kamis Senin ",
    "date-digits": "(10/7/2025",
    "month-day": "March 3, ",
    "relative-words": "hari lalu pekan ",
    "html": "<br>&nbsp;",
    "surrogates": "\ud800\udfff",
    "mixed-junk": "(ANTARA)/7-:Pewarta\u00a0©(",
}

WORD_RE = regex.compile(r"[A-Za-z]{2,20}+")  # literal words inside a pattern's source


def every_pattern() -> list[tuple[str, Pattern]]:
    """``(where, pattern)`` for every pattern wirekit compiles, module-level or built on use.

    ``regex.compile`` was wrapped before wirekit was imported, so patterns built lazily
    (one per agency or language set) are recorded too once each agency and language is
    warmed up here; ``where`` is the module-level name when there is one, else file:line.
    """
    for info in pkgutil.walk_packages(wirekit.__path__, "wirekit."):
        if not info.name.endswith("__main__"):
            try:
                importlib.import_module(info.name)
            except ImportError as exc:  # an optional extra that is not installed
                sys.stderr.write(f"skipping {info.name}: {exc}\n")
    warm = (
        "Judul\nJAKARTA (ANTARA) - Rapat kemarin, Kamis (10/7). Pewarta: A\nEditor: B\n(c) X 2020"
    )
    # the date patterns compiled on first need: counted spans, anaphors, ranges, regulations
    wirekit.parse(
        "Sales fell in the past two months and the same month last year, and in January-March 2014."
        " The current account was wider than the year before under Perpres 14/2024.",
        published="2025-07-10",
    )
    wirekit.parse("Judul\nKolom selesai.\nHari Suroto\nPeneliti BRIN")  # a column's signature
    for agency in wirekit.Registry.default(plugins=False):
        wirekit.parse(warm, agency=agency.id)
    filler = "Pasar ramai sejak pagi. " * 20  # keeps the cues out of the head and tail windows
    no_marker = f"{filler}Harga naik, kata pedagang kepada detikcom. A trader told AFP.{filler}"
    from wirekit.parsers import dateline  # every dateline shape, needed by a text or not

    for kind in dateline._TEMPLATES:
        dateline._shape(kind, ())
        dateline._shape(kind, ("KOMPAS.com", "TEMPO.CO"))
    for language in (None, "id", "en", "ms", "de", "fr", "es"):
        wirekit.parse(warm, language=language)
        wirekit.parse(no_marker, language=language)  # the self-reference cue scan, built on use
    names = {
        id(value): f"{module.__name__}.{name}"
        for module in list(sys.modules.values())
        if module is not None and module.__name__.startswith("wirekit")
        for name, value in vars(module).items()
        if isinstance(value, regex.Pattern | re.Pattern)
    }
    found: dict[tuple[str, int], tuple[str, Pattern]] = {}
    for where, pattern in _COMPILED:
        found.setdefault((pattern.pattern, pattern.flags), (names.get(id(pattern), where), pattern))
    return sorted(found.values(), key=lambda item: item[0])


def own_units(pattern: Pattern) -> dict[str, str]:
    """Units built from a pattern's own literal words: 'Word', 'Word ', 'Word: ', 'Word ('."""
    words = sorted({w for w in WORD_RE.findall(pattern.pattern) if not w.islower() or len(w) > 3})
    units: dict[str, str] = {}
    for word in words[:6]:
        units[f"own:{word}"] = f"{word} "
        units[f"own:{word}:("] = f"{word}: ({word} "
    return units


def filled(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def timed(call: Callable[[], object], runs: int = 2) -> float:
    """Seconds one call takes (best of ``runs``, fewer when a call is slow)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
        if best > 0.5:
            break
    return best


def count_matches(pattern: Pattern, text: str) -> int:
    """How many matches ``finditer`` gives (``regex`` with a timeout; ``re`` has none)."""
    if isinstance(pattern, regex.Pattern):
        return sum(1 for _ in pattern.finditer(text, timeout=PATTERN_TIMEOUT))
    return sum(1 for _ in pattern.finditer(text))


def check_patterns(ratio: float) -> list[str]:
    """Run every pattern over every family at two sizes; return the lines that grew."""
    small, large = PATTERN_SIZES
    flagged: list[str] = []
    patterns = list(every_pattern())
    sys.stdout.write(
        f"\n{len(patterns)} patterns x adversarial inputs at {small // KB} and {large // KB} KB\n"
    )
    worst: tuple[float, str] = (0.0, "")
    for name, pattern in patterns:
        sys.stderr.write(f"  {name}\n")  # a pattern that hangs is the last one named
        for family, unit in {**FAMILIES, **own_units(pattern)}.items():
            per_byte = []
            for size in PATTERN_SIZES:
                text = filled(unit, size)
                try:
                    seconds = timed(lambda p=pattern, t=text: count_matches(p, t))
                except TimeoutError:
                    seconds = float("inf")
                per_byte.append(seconds / size)
            growth = per_byte[1] / per_byte[0] if per_byte[0] > 0 else 1.0
            us = per_byte[1] * 1e6
            if us > worst[0]:
                worst = (us, f"{name} on {family}")
            if growth > ratio and per_byte[1] * large > 0.01:
                flagged.append(
                    f"{name:<60} {family:<28} x{growth:6.1f}  {us:8.3f} us/byte at {large // KB} KB"
                )
    sys.stdout.write(f"slowest pattern/input: {worst[1]} at {worst[0]:.3f} us/byte\n")
    return flagged


def pipeline_table(max_size: int) -> None:
    """Print ``wirekit.parse`` microseconds per byte for every family and size."""
    sizes = [s for s in SIZES if s <= max_size]
    header = (
        f"{'input':<26}"
        + "".join(f"{_label(s):>10}" for s in sizes)
        + "   (us/byte, wirekit.parse)"
    )
    sys.stdout.write(f"\n{header}\n{'-' * len(header)}\n")
    for family, unit in FAMILIES.items():
        cells = []
        wirekit.parse(filled(unit, KB))  # warm up: an agency's patterns compile on first use
        for size in sizes:
            text = filled(unit, size)
            seconds = timed(lambda t=text: wirekit.parse(t, published="2025-07-11"))
            cells.append(f"{seconds / size * 1e6:10.3f}")
        sys.stdout.write(f"{family:<26}" + "".join(cells) + "\n")
        sys.stdout.flush()


def _label(size: int) -> str:
    return f"{size // (KB * KB)} MB" if size >= KB * KB else f"{size // KB} KB"


def main() -> None:
    """Parse the command line and run both parts."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--max-mb",
        type=float,
        default=10,
        help="largest pipeline input in MB (default 10; 0 skips the pipeline table)",
    )
    parser.add_argument(
        "--ratio", type=float, default=4.0, help="flag patterns whose us/byte grows more"
    )
    parser.add_argument("--skip-patterns", action="store_true", help="only the pipeline table")
    args = parser.parse_args()
    if not args.skip_patterns:
        flagged = check_patterns(args.ratio)
        sys.stdout.write(
            f"patterns whose time per byte grew more than x{args.ratio}: {len(flagged)}\n"
        )
        for line in flagged:
            sys.stdout.write(f"  {line}\n")
    if args.max_mb > 0:
        pipeline_table(int(args.max_mb * KB * KB))


if __name__ == "__main__":
    main()
