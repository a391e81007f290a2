"""Where one ``wirekit.parse`` spends its time, stage by stage (median µs per article).

    python benchmarks/bench_stages.py                # 300 articles per corpus
    python benchmarks/bench_stages.py --limit 1000

Runs the real ``wirekit.parse`` on a seeded sample of every gold corpus in
``../shared/corpora`` (and the samples) with each stage wrapped in a
``time.perf_counter_ns`` timer -- the chosen agency's parsers through
``attrs.evolve``, the language guess, reference and date scan through the names
``wirekit._api`` calls -- so the pipeline is timed as it is, never re-implemented:
agency choice, language guess, notices, copyright, credits, dateline, segments,
the reference date, the date scans (the dateline's own date included) and the rest
(records, diagnostics). Run on demand; not a unit test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import CORPORA, corpus_paths, load_corpus, load_samples, loadavg

STAGES = (
    "choose",
    "language",
    "notices",
    "copyright",
    "credits",
    "dateline",
    "segments",
    "reference",
    "dates",
    "rest",
)


class _Timed:
    """Wrap a callable so each call adds its time to ``spent[stage]``."""

    def __init__(self, stage: str, call: Callable[..., Any], spent: dict[str, int]) -> None:
        self.stage, self.call, self.spent = stage, call, spent

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter_ns()
        try:
            return self.call(*args, **kwargs)
        finally:
            self.spent[self.stage] += time.perf_counter_ns() - start


class _TimedRegistry:
    """The default registry, its choice timed and the chosen agency's parsers wrapped.

    Each agency is wrapped once (``attrs.evolve`` of a dozen fields costs microseconds,
    which would otherwise land in the "rest" row).
    """

    def __init__(self, registry: Any, spent: dict[str, int]) -> None:
        self.registry, self.spent, self.generic = registry, spent, registry.generic
        self.wrapped: dict[str, Any] = {}

    def choose(self, text: str, agency_id: str | None) -> Any:
        agency = _Timed("choose", self.registry.choose, self.spent)(text, agency_id)
        wrapped = self.wrapped.get(agency.id)
        if wrapped is None:
            wrapped = self.wrapped[agency.id] = attrs.evolve(
                agency,
                find_notices=_Timed("notices", agency.find_notices, self.spent),
                parse_copyright=_Timed("copyright", agency.parse_copyright, self.spent),
                find_credits=_Timed("credits", agency.find_credits, self.spent),
                parse_dateline=_Timed("dateline", agency.parse_dateline, self.spent),
                segment=_Timed("segments", agency.segment, self.spent),
            )
        return wrapped


def main(argv: Sequence[str] | None = None) -> int:
    """Print the median and mean µs of each stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=300, help="articles per corpus")
    args = parser.parse_args(argv)

    import wirekit
    from wirekit import _api
    from wirekit._registry import default_registry

    rows = load_samples()
    for path in corpus_paths(args.corpora):
        rows.extend(load_corpus(path, args.limit))
    for row in rows:  # warm-up: patterns compiled on first use stay out of the numbers
        wirekit.parse(row["text"], published=row.get("published"))

    spent: dict[str, int] = dict.fromkeys(STAGES, 0)
    for stage, name in (
        ("language", "guess_language"),
        ("reference", "infer_reference"),
        ("dates", "find_dates"),
        ("dates", "scan_dates"),  # the date engine split in a scan and a resolution
        ("dates", "resolve_dates"),
        ("dates", "resolve_together"),  # the header and body resolved as one story
    ):
        if hasattr(_api, name):
            setattr(_api, name, _Timed(stage, getattr(_api, name), spent))
    registry = _TimedRegistry(default_registry(), spent)

    times: dict[str, list[int]] = {stage: [] for stage in (*STAGES, "total")}
    print(f"{len(rows)} articles, load {loadavg()}")
    for row in rows:
        for stage in spent:
            spent[stage] = 0
        start = time.perf_counter_ns()
        wirekit.parse(row["text"], published=row.get("published"), registry=registry)
        total = time.perf_counter_ns() - start
        spent["rest"] = total - sum(v for k, v in spent.items() if k != "rest")
        for stage, value in spent.items():
            times[stage].append(value)
        times["total"].append(total)
    print(f"{'stage':<14} {'median µs':>10} {'mean µs':>9}")
    for stage, values in times.items():
        print(
            f"{stage:<14} {statistics.median(values) / 1e3:10.1f} "
            f"{statistics.mean(values) / 1e3:9.1f}"
        )
    print(f"load {loadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
