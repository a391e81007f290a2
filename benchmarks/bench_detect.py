"""Detection + dispatch cost per article: ``Registry.choose`` with ~30 agencies.

    python benchmarks/bench_detect.py

Run on demand (not a unit test), ideally with the example plugin installed
(``pip install examples/wirekit-plugin-example``). Prints the best of 9 runs of
5,000 calls, in µs per article, for a registry whose detectors return at once
(the registry's own cost) and for the default registry on three ~3 KB articles.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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


def main() -> None:
    """Print the per-article cost of choosing an agency."""
    body = "The council met on Tuesday and agreed a budget for the coming year. " * 45  # ~3 KB
    trivial = Registry([Agency(id=f"a{n:02d}", name="A") for n in range(29)])  # + generic = 30
    registry_only = per_call(lambda: trivial.choose(body))
    print(f"{len(trivial)} agencies, registry only: {registry_only:.1f} µs")
    real = Registry.default(plugins=True)
    for label, text in {
        "no marker": "LONDON - " + body,
        "Reuters": "LONDON, March 3 (Reuters) - " + body,
        "NusWire": "[NusWire] DENPASAR — " + body,
    }.items():
        chosen = real.choose(text).id
        cost = per_call(lambda text=text: real.choose(text))
        print(f"{len(real)} agencies, {label}: {chosen} {cost:.1f} µs")


if __name__ == "__main__":
    main()
