"""Where one ``wirekit.parse`` spends its time, stage by stage (median µs per article).

    python benchmarks/bench_stages.py                # 300 articles per corpus
    python benchmarks/bench_stages.py --limit 1000

Runs the steps of ``wirekit._api.parse`` one by one with the default registry on a
seeded sample of every gold corpus in ``../shared/corpora`` (and the samples), timing
each with ``time.perf_counter_ns``: agency choice, language guess, notices, copyright,
credits, dateline, segments, the dateline's date, the reference date, the date scan and
the ``Article`` record. Run on demand; not a unit test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

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
    "dateline date",
    "reference",
    "dates",
    "record",
)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the median and mean µs of each stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=300, help="articles per corpus")
    args = parser.parse_args(argv)

    import wirekit
    from wirekit._api import _DATE_SEGMENTS, _find_all_dates, _resolve_at, coerce_published
    from wirekit._language import guess_language
    from wirekit._registry import default_registry
    from wirekit.agencies._agency import ArticleParts
    from wirekit.parsers._context import Context
    from wirekit.parsers.reference import infer_reference

    rows = load_samples()
    for path in corpus_paths(args.corpora):
        rows.extend(load_corpus(path, args.limit))
    for row in rows:  # warm-up: patterns compiled on first use stay out of the numbers
        wirekit.parse(row["text"], published=row.get("published"))
    registry = default_registry()
    times: dict[str, list[int]] = {stage: [] for stage in (*STAGES, "total")}
    clock = time.perf_counter_ns
    print(f"{len(rows)} articles, load {loadavg()}")
    for row in rows:
        text = row["text"]
        marks = [clock()]
        published = coerce_published(row.get("published"))
        chosen = registry.choose(text, None)
        marks.append(clock())
        context = Context(language=guess_language(text, chosen.languages))
        marks.append(clock())
        notices = chosen.find_notices(text, None, context)
        marks.append(clock())
        copyright_ = chosen.parse_copyright(text, None, context)
        marks.append(clock())
        credits = chosen.find_credits(text, None, context)
        marks.append(clock())
        dateline = chosen.parse_dateline(text, None, context)
        marks.append(clock())
        parts = ArticleParts(dateline, credits, copyright_, notices)
        segments = chosen.segment(text, parts)
        marks.append(clock())
        if dateline is not None and dateline.date is not None:
            date = _resolve_at(text, dateline.date.span, published, context)
            dateline = attrs.evolve(dateline, date=date)
        marks.append(clock())
        regions = tuple(s.span for s in segments if s.kind in _DATE_SEGMENTS)
        reference = infer_reference(
            text,
            published=published,
            dateline=dateline,
            copyright=copyright_,
            regions=regions,
            language=context.language,
            context=context,
        )
        context.reference = reference.date
        marks.append(clock())
        dates = _find_all_dates(text, regions, dateline, context)
        marks.append(clock())
        wirekit.Article(
            text=text,
            agency=chosen.id,
            language=context.language,
            dateline=dateline,
            credits=credits,
            copyright=copyright_,
            notices=notices,
            dates=dates,
            reference=reference,
            segments=segments,
            diagnostics=tuple(context.diagnostics),
        )
        marks.append(clock())
        for stage, start, end in zip(STAGES, marks[:-1], marks[1:], strict=True):
            times[stage].append(end - start)
        times["total"].append(marks[-1] - marks[0])
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
