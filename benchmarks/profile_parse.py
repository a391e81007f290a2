"""Where does ``wirekit.parse`` spend its time? cProfile over real and sample articles.

    python benchmarks/profile_parse.py                 # samples + up to 2,000 per corpus
    python benchmarks/profile_parse.py --limit 500 --top 40 --sort cumulative

Prints the top functions by own time (``tottime``) and, with ``--sort
cumulative``, by time including callees. Run on demand; not a unit test.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import CORPORA, corpus_paths, load_corpus, load_samples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=2000, help="articles per corpus")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--only", default="", help="one corpus stem (e.g. indonews)")
    args = parser.parse_args(argv)

    import wirekit

    rows = load_samples() * 10
    for path in corpus_paths(args.corpora):
        if not args.only or path.stem == args.only:
            rows.extend(load_corpus(path, args.limit))
    if args.only:
        rows = [r for r in rows if "source" in r]
    for row in rows:  # warm-up: patterns compiled and tables read on first use stay out
        wirekit.parse(row["text"], published=row.get("published"))

    profiler = cProfile.Profile()
    profiler.enable()
    for row in rows:
        try:
            wirekit.parse(row["text"], published=row.get("published"))
        except Exception as error:  # profiling goes on; the benchmark reports failures
            print(f"! {type(error).__name__}: {error}"[:160], file=sys.stderr)
    profiler.disable()
    print(f"{len(rows)} articles")
    stats = pstats.Stats(profiler)
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
