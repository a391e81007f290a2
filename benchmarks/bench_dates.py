"""Time wirekit's date finder on 4 KB articles written for this benchmark.

Run from the repository root::

    python benchmarks/bench_dates.py

Accuracy is not measured here: DATE value precision, recall and F1 on the gold
corpora (TimeBank, antara, and the overlay golds in ``benchmarks/data/``), side by
side with dateparser, come from the one scorer, ``wirekit evaluate``
(``docs/accuracy.md``), run over the accuracy gate's files::

    bash .ci/evaluate.sh --dates-baseline dateparser --errors 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _interleaved_us(
    calls: Sequence[Callable[[], object]], rounds: int
) -> tuple[list[float], float]:
    """Median wall time (µs) of each call, timed in turn within every round, and the
    median over rounds of the first call's time divided by the last's.

    Timing the calls side by side, round after round, keeps the ratio honest on a
    shared machine where the speed of the whole run drifts."""
    times: list[list[int]] = [[] for _ in calls]
    ratios = []
    for _ in range(rounds):
        for i, call in enumerate(calls):
            start = time.perf_counter_ns()
            call()
            times[i].append(time.perf_counter_ns() - start)
        ratios.append(times[0][-1] / max(1, times[-1][-1]))
    return [statistics.median(t) / 1000 for t in times], statistics.median(ratios)


# The 4 KB articles: wirekit's own, written for the benchmarks. "dense" ones are
# packed with dates (about 40 mentions); "typical" ones are ordinary stories
# (about a dozen), the target's case ("at most 100 µs for a 4 KB article").
ARTICLES = (
    ("en dense", "en", ROOT / "benchmarks" / "data" / "speed_article_en.txt"),
    ("id dense", "id", ROOT / "benchmarks" / "data" / "speed_article_id.txt"),
    ("en typical", "en", ROOT / "benchmarks" / "samples" / "reuters_en_4k.txt"),
    ("id typical", "id", ROOT / "benchmarks" / "samples" / "antara_id_4k.txt"),
)


def time_wirekit(rounds: int = 1000) -> list[tuple[str, float, float, float, int]]:
    """(article, median µs of find_dates, median µs of one ``re.findall(r"\\w+")``,
    median ratio of the two, mentions).

    Each article is repeated to exactly 4,096 characters. The machine is
    shared, so the ``\\w+`` pass on the same text, timed alternately with
    ``find_dates`` in the same run, is the yardstick: compare ratios, not raw
    microseconds.
    """
    from wirekit.parsers.dates import find_dates

    word = re.compile(r"\w+")
    reference = dt.date(2025, 7, 11)
    out = []
    for name, code, path in ARTICLES:
        text = path.read_text("utf-8")
        text = (text + "\n" + text)[:4096]
        found = len(find_dates(text, reference=reference, language=code))  # warm the scanner
        (dates_us, words_us), ratio = _interleaved_us(
            [
                functools.partial(find_dates, text, reference=reference, language=code),
                functools.partial(word.findall, text),
            ],
            rounds,
        )
        out.append((name, dates_us, words_us, ratio, found))
    return out


FIRST_USE = """
import time
from wirekit.parsers.dates import find_dates
text = open(%r, encoding="utf-8").read()
start = time.perf_counter()
find_dates(text, language="id")
print((time.perf_counter() - start) * 1000)
"""


def time_first_use(runs: int = 5) -> float:
    """Median ms of the first ``find_dates`` in a fresh process (an Indonesian 4 KB
    article): building the language's scanner and compiling the grammars it needs."""
    import subprocess

    code = FIRST_USE % str(ARTICLES[3][2])
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return statistics.median(times)


FIRST_MISS = """
import time
import wirekit
from wirekit import Span
from wirekit.parsers.dates import find_dates
text = "(ANSA) - ROMA, 1 LUG - Il governo ha deciso."
find_dates("Prices rose on Thursday.", language="en")  # the English scanner, built
start = time.perf_counter()
found = find_dates(text, Span(15, 20), language="en")
print((time.perf_counter() - start) * 1000, found[0].text.replace(" ", "_"))
"""


def time_first_miss(runs: int = 5) -> float:
    """Median ms of the first all-locale fallback in a fresh process ("1 LUG" read
    with English names): reading every locale's month names, once per process."""
    import subprocess

    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_MISS], capture_output=True, text=True, check=True
        )
        ms, surface = out.stdout.split()
        assert surface == "1_LUG", out.stdout
        times.append(float(ms))
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000, help="timing rounds per article")
    args = parser.parse_args(argv)
    print("| 4 KB article | mentions | find_dates (median) | re.findall(\\w+) | ratio (median) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for code, dates_us, words_us, ratio, found in time_wirekit(args.rounds):
        print(f"| {code} | {found} | {dates_us:.0f} µs | {words_us:.0f} µs | {ratio:.1f} |")
    print(
        f"\nfirst find_dates in a process (scanner and grammars built): {time_first_use():.0f} ms"
    )
    print(f"first all-locale fallback in a process: {time_first_miss():.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
