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
import sys
import time
from collections.abc import Callable, Iterator

import regex

import wirekit

KB = 1024
SIZES = (KB, 10 * KB, 100 * KB, KB * KB, 10 * KB * KB)
PATTERN_SIZES = (20 * KB, 200 * KB)
PATTERN_TIMEOUT = 20.0  # seconds: a pattern that needs longer is reported, not waited for

# name -> repeating unit. Each unit is a shape some pattern in wirekit starts to match and then
# must give up on, repeated so that a backtracking pattern would try it again and again.
FAMILIES: dict[str, str] = {
    "letters": "a",
    "capitals": "A",
    "spaces": " ",
    "nbsp": "\u00a0",
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


def every_pattern() -> Iterator[tuple[str, regex.Pattern[str]]]:
    """``(module.NAME, pattern)`` for every compiled regex at module level in wirekit."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(wirekit.__path__, "wirekit."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError as exc:  # an optional extra that is not installed
            sys.stderr.write(f"skipping {info.name}: {exc}\n")
            continue
        for name, value in sorted(vars(module).items()):
            if isinstance(value, regex.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{name}", value
            elif isinstance(value, dict | tuple | list):
                items = value.items() if isinstance(value, dict) else enumerate(value)
                for key, item in items:
                    if isinstance(item, regex.Pattern) and id(item) not in seen:
                        seen.add(id(item))
                        yield f"{info.name}.{name}[{key!r}]", item


def own_units(pattern: regex.Pattern[str]) -> dict[str, str]:
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


def timed(call: Callable[[], object]) -> float:
    """Seconds one call takes (best of two for short calls)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
        if best > 0.5:
            break
    return best


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
        for family, unit in {**FAMILIES, **own_units(pattern)}.items():
            per_byte = []
            for size in PATTERN_SIZES:
                text = filled(unit, size)
                try:
                    seconds = timed(
                        lambda p=pattern, t=text: sum(
                            1 for _ in p.finditer(t, timeout=PATTERN_TIMEOUT)
                        )
                    )
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
        "--max-mb", type=float, default=10, help="largest pipeline input in MB (default 10)"
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
    pipeline_table(int(args.max_mb * KB * KB))


if __name__ == "__main__":
    main()
