"""Score wirekit's date finder (and dateparser's ``search_dates``) on gold timexes.

Run from the repository root::

    python benchmarks/eval_dates.py            # all tables
    python benchmarks/eval_dates.py --no-dateparser --errors timebank

Corpora are read at run time from ``../shared/corpora`` (or ``--corpora``);
nothing from them is stored in the project. The Indonesian gold made for
wirekit (``benchmarks/data/indonews_dates_gold.jsonl``) holds only ids,
offsets and values; the text comes from ``indonews.jsonl``.

Scoring (DATE value P/R/F1): only gold timexes of type DATE count. A predicted
mention is a true positive when its span overlaps a still-unmatched gold DATE
span and its value is equal (a decade written "199X" equals TimeML's "199").
Predictions that overlap a gold TIME, DURATION or SET timex are left out (they
are not DATE mentions to score either way), and so are predictions on the
first line of TimeML-derived records (titles are not annotated).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
INDONEWS_GOLD = ROOT / "benchmarks" / "data" / "indonews_dates_gold.jsonl"

Prediction = tuple[int, int, str | None]  # start, end, value
Predictor = Callable[[str, dt.date | None, str], list[Prediction]]


def normalise(value: str | None) -> str | None:
    """Equal values compare equal: "199X" (decade) == "199", "19XX" == "19"."""
    if value is None:
        return None
    return value.rstrip("X") if value[:2].isdigit() and value.endswith("X") else value


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_gold(name: str, corpora: Path) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(record, gold timexes) pairs for one evaluation set."""
    if name == "indonews":
        texts = {r["id"]: r for r in read_jsonl(corpora / "indonews.jsonl")}
        out = []
        for row in read_jsonl(INDONEWS_GOLD):
            record = texts[row["id"]]
            dates = [{"type": "DATE", **d} for d in row["dates"]]  # TIME kept as TIME
            out.append((record, dates))
        return out
    rows = read_jsonl(corpora / f"{name}.jsonl")
    return [(r, r["gold"]["dates"]) for r in rows if "dates" in r.get("gold", {})]


def score_article(
    text: str,
    gold: Sequence[dict[str, Any]],
    predicted: Sequence[Prediction],
    skip_first_line: bool,
) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, error lines) for one article."""
    first_line_end = text.find("\n") if skip_first_line else -1
    others = [(g["start"], g["end"]) for g in gold if g["type"] != "DATE"]
    dates = [g for g in gold if g["type"] == "DATE"]
    matched = [False] * len(dates)
    tp = fp = 0
    errors = []
    for start, end, value in predicted:
        hit = None
        for i, g in enumerate(dates):
            overlaps = start < g["end"] and g["start"] < end
            if not matched[i] and overlaps and normalise(g["value"]) == normalise(value):
                hit = i
                break
        if hit is not None:
            matched[hit] = True
            tp += 1
        elif start < first_line_end or any(start < e and s < end for s, e in others):
            continue  # an unannotated title line, or a TIME/DURATION/SET timex
        else:
            fp += 1
            errors.append(f"  FP {text[start:end]!r} -> {value}")
    for i, g in enumerate(dates):
        if not matched[i]:
            errors.append(
                f"  FN {g['text'] if 'text' in g else text[g['start'] : g['end']]!r} "
                f"gold={g['value']}"
            )
    return tp, fp, len(dates) - sum(matched), errors


def wirekit_predictor() -> Predictor:
    from wirekit.parsers.dates import find_dates

    def predict(text: str, published: dt.date | None, language: str) -> list[Prediction]:
        return [
            (m.span.start, m.span.end, m.value)
            for m in find_dates(text, reference=published, language=language)
        ]

    return predict


def dateparser_predictor() -> Predictor:
    from dateparser.search import search_dates

    from wirekit.lang import date_words

    def predict(text: str, published: dt.date | None, language: str) -> list[Prediction]:
        settings: dict[str, Any] = {"DATE_ORDER": date_words(language).date_order}
        if published is not None:
            settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
        found = search_dates(text, languages=[language], settings=settings) or []
        out = []
        cursor = 0
        for surface, value in found:
            start = text.find(surface, cursor)
            if start < 0:
                start = text.find(surface)
            if start < 0:
                continue
            cursor = start + len(surface)
            out.append((start, start + len(surface), value.date().isoformat()))
        return out

    return predict


def evaluate(
    name: str, predictor: Predictor, corpora: Path, show_errors: bool = False
) -> dict[str, float]:
    tp = fp = fn = 0
    articles = 0
    for record, gold in load_gold(name, corpora):
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        text = record["text"]
        predicted = predictor(text, published, record.get("language") or "en")
        a, b, c, errors = score_article(text, gold, predicted, skip_first_line=name == "timebank")
        tp, fp, fn = tp + a, fp + b, fn + c
        articles += 1
        if show_errors and errors:
            print(f"# {record['id']} published={published}")
            print("\n".join(errors))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": articles,
        "gold": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "P": precision,
        "R": recall,
        "F1": f1,
    }


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


def time_wirekit(rounds: int = 1000) -> list[tuple[str, float, float, float, int]]:
    """(article, median µs of find_dates, median µs of one ``re.findall(r"\\w+")``,
    median ratio of the two, mentions).

    The articles are wirekit's own (``benchmarks/data/speed_article_*.txt``,
    written for this benchmark, dense with dates), repeated to exactly 4,096
    characters. The machine is shared, so the ``\\w+`` pass on the same text,
    timed alternately with ``find_dates`` in the same run, is the yardstick:
    compare ratios, not raw microseconds.
    """
    from wirekit.parsers.dates import find_dates

    word = re.compile(r"\w+")
    reference = dt.date(2025, 7, 11)
    out = []
    for code in ("en", "id"):
        text = (ROOT / "benchmarks" / "data" / f"speed_article_{code}.txt").read_text("utf-8")
        text = (text + "\n" + text)[:4096]
        found = len(find_dates(text, reference=reference, language=code))  # warm the scanner
        (dates_us, words_us), ratio = _interleaved_us(
            [
                functools.partial(find_dates, text, reference=reference, language=code),
                functools.partial(word.findall, text),
            ],
            rounds,
        )
        out.append((code, dates_us, words_us, ratio, found))
    return out


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
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--sets", nargs="*", default=["timebank", "antara", "indonews"])
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument(
        "--errors", nargs="*", default=[], help="print wirekit's errors on these sets"
    )
    args = parser.parse_args(argv)
    systems: dict[str, Predictor] = {"wirekit": wirekit_predictor()}
    if not args.no_dateparser:
        systems["dateparser.search_dates"] = dateparser_predictor()
    print("| set | system | articles | gold DATE | P | R | F1 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name in args.sets:
        for system, predictor in systems.items():
            r = evaluate(name, predictor, args.corpora, system == "wirekit" and name in args.errors)
            print(
                f"| {name} | {system} | {r['articles']} | {r['gold']} | {r['P']:.3f} | "
                f"{r['R']:.3f} | {r['F1']:.3f} |"
            )
            sys.stdout.flush()
    print("\n| 4 KB article | mentions | find_dates (median) | re.findall(\\w+) | ratio (median) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for code, dates_us, words_us, ratio, found in time_wirekit():
        print(f"| {code} | {found} | {dates_us:.0f} µs | {words_us:.0f} µs | {ratio:.1f} |")
    print(f"\nfirst all-locale fallback in a process: {time_first_miss():.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
