"""Detection + dispatch cost per article: ``Registry.choose`` with ~30 agencies.

    python benchmarks/bench_detect.py
    python benchmarks/bench_detect.py --corpora ../shared/corpora   # + every corpus article

Run on demand (not a unit test), ideally with the example plugin installed
(``pip install examples/wirekit-plugin-example``). Prints the best of 9 runs of
5,000 calls, in µs per article, for a registry whose detectors return at once
(the registry's own cost) and for the default registry on four ~3 KB articles: two
without any marker, which fall through to the self-reference cue scan of the whole
text (one naming no agency, one holding "told Reuters"), and two with a dateline.
With ``--corpora DIR`` it also times ``choose`` once per article of every
``DIR/*.jsonl`` (best of 5 rounds per article) and prints the median, p95 and mean
per corpus and over all articles.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from wirekit import Agency, Registry


def per_call(function: Callable[[], object], runs: int = 5000, repeat: int = 9) -> float:
    """The best, over ``repeat`` rounds, of the mean µs per call of ``function``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter_ns()
        for _ in range(runs):
            function()
        best = min(best, (time.perf_counter_ns() - start) / runs / 1000)
    return best


def corpus_costs(registry: Registry, path: Path) -> list[float]:
    """µs of ``registry.choose`` for each article of one JSON Lines corpus (best of 5)."""
    costs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            costs.append(per_call(lambda text=text: registry.choose(text), runs=1, repeat=5))
    return costs


def describe(costs: list[float]) -> str:
    """Median, p95 and mean of a list of µs."""
    ordered = sorted(costs)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"median {statistics.median(ordered):.1f} µs, p95 {p95:.1f} µs, "
        f"mean {statistics.fmean(ordered):.1f} µs"
    )


def main() -> None:
    """Print the per-article cost of choosing an agency."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, help="also time every article of DIR/*.jsonl")
    options = parser.parse_args()
    body = "The council met on Tuesday and agreed a budget for the coming year. " * 45  # ~3 KB
    trivial = Registry([Agency(id=f"a{n:02d}", name="A") for n in range(29)])  # + generic = 30
    registry_only = per_call(lambda: trivial.choose(body))
    print(f"{len(trivial)} agencies, registry only: {registry_only:.1f} µs")
    real = Registry.default(plugins=True)
    cued = body[:1500] + "A trader told Reuters prices would rise. " + body[1500:]
    for label, text in {
        "no marker (cue scan, nothing found)": "LONDON - " + body,
        "no marker (cue scan, 'told Reuters')": "LONDON - " + cued,
        "Reuters": "LONDON, March 3 (Reuters) - " + body,
        "NusWire": "[NusWire] DENPASAR — " + body,
    }.items():
        chosen = real.choose(text).id
        cost = per_call(lambda text=text: real.choose(text))
        print(f"{len(real)} agencies, {label}: {chosen} {cost:.1f} µs")
    if options.corpora is not None:
        everything: list[float] = []
        for path in sorted(options.corpora.glob("*.jsonl")):
            costs = corpus_costs(real, path)
            everything.extend(costs)
            print(f"{path.stem} ({len(costs)} articles): {describe(costs)}")
        print(f"all corpora ({len(everything)} articles): {describe(everything)}")


if __name__ == "__main__":
    main()
