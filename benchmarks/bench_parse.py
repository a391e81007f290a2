"""How fast is ``wirekit.parse``? A plain script, run on demand (not a unit test).

    python benchmarks/bench_parse.py            # the full run (a few minutes)
    python benchmarks/bench_parse.py --quick    # a smaller run (under a minute)
    python benchmarks/bench_parse.py --only corpora,import

Sections (``--only`` picks some):

corpora
    Per-article time of ``wirekit.parse`` (median, p95, articles/second on one
    core) on the articles in ``benchmarks/samples/`` and on every gold corpus in
    ``../shared/corpora`` (relative to the repository root) when it is there, with
    ``published`` taken from the gold. On the same texts, in the same loop, one
    ``re.findall(r"\\w+", text)`` pass, and ``dateparser.search_dates(text,
    languages=[lang])`` on a sample of each corpus; the ratios are printed.
import
    ``import wirekit`` plus the first ``parse`` against a bare interpreter start
    (fresh subprocesses, several runs, medians), and which dateparser modules the
    import pulls in.
linearity
    Per-byte time of one parse of a ~100 KB and a ~10 MB text built by repeating
    the sample articles.
rss
    Peak RSS of a subprocess that streams 100,000 articles through
    ``wirekit.parse_many`` (``resource.getrusage().ru_maxrss``).
scaling
    Wall time of ``parse_many`` over the same texts with ``processes=1`` and
    ``processes=2``.

Timings use ``time.perf_counter_ns``. The machine may be shared: the load average
is printed at the start and the end of each section so a noisy run is visible.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import importlib.util
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLES = HERE / "samples"
CORPORA = REPO.parent / "shared" / "corpora"
SECTIONS = ("corpora", "import", "linearity", "rss", "scaling")

WORD_RE = re.compile(r"\w+")

Row = dict[str, Any]


# ---------------------------------------------------------------- inputs


def load_samples() -> list[Row]:
    """The hand-written sample articles, as corpus-like rows."""
    manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    return [
        {
            "id": entry["file"],
            "language": entry["language"],
            "published": entry["published"],
            "text": (SAMPLES / entry["file"]).read_text(encoding="utf-8"),
        }
        for entry in manifest
    ]


def load_corpus(path: Path, limit: int | None, seed: int = 7) -> list[Row]:
    """A corpus's rows (a seeded random sample of ``limit`` when given)."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    if limit is not None and len(rows) > limit:
        rows = random.Random(seed).sample(rows, limit)
    return rows


def corpus_paths(folder: Path) -> list[Path]:
    """Every ``*.jsonl`` gold corpus in ``folder`` (none when it is absent)."""
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


# ---------------------------------------------------------------- helpers


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile by nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * (len(ordered) - 1))))
    return ordered[rank]


def loadavg() -> str:
    """The 1-minute load average, as text."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "loadavg_start": loadavg(),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
    }


def timed(func: Callable[[], object]) -> int:
    """Nanoseconds one call of ``func`` takes."""
    start = time.perf_counter_ns()
    func()
    return time.perf_counter_ns() - start


def header(title: str) -> None:
    print(f"\n== {title}  (load {loadavg()})", flush=True)


# ---------------------------------------------------------------- corpora


def bench_rows(name: str, rows: list[Row], dateparser_sample: int) -> dict[str, Any]:
    """Time parse and one \\w+ pass per article, and search_dates on a sample."""
    import wirekit

    parse_ns: list[int] = []
    word_ns: list[int] = []
    sizes: list[int] = []
    failures: dict[str, int] = {}
    for row in rows:
        text, published = row["text"], row.get("published")
        start = time.perf_counter_ns()
        WORD_RE.findall(text)
        word_ns.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        try:
            wirekit.parse(text, published=published)
        except Exception as error:  # a benchmark counts failures, it does not stop
            key = f"{type(error).__name__}: {error}"[:120]
            failures[key] = failures.get(key, 0) + 1
        parse_ns.append(time.perf_counter_ns() - start)
        sizes.append(len(text.encode("utf-8")))

    result: dict[str, Any] = {
        "corpus": name,
        "articles": len(rows),
        "median_bytes": statistics.median(sizes),
        "parse_median_us": statistics.median(parse_ns) / 1e3,
        "parse_p95_us": percentile(parse_ns, 0.95) / 1e3,
        "articles_per_s": len(rows) / (sum(parse_ns) / 1e9),
        "word_median_us": statistics.median(word_ns) / 1e3,
        "ratio_word_medians": statistics.median(parse_ns) / statistics.median(word_ns),
        "ratio_word_totals": sum(parse_ns) / sum(word_ns),
        "ratio_word_per_article": statistics.median(
            p / max(w, 1) for p, w in zip(parse_ns, word_ns, strict=True)
        ),
        "failures": failures,
    }
    if dateparser_sample:
        result.update(bench_dateparser(rows, parse_ns, dateparser_sample))
    return result


def bench_dateparser(rows: list[Row], parse_ns: list[int], sample: int) -> dict[str, Any]:
    """search_dates on a seeded sample of the rows, against parse on the same rows."""
    import warnings

    from dateparser.search import search_dates

    picked = sorted(random.Random(11).sample(range(len(rows)), min(sample, len(rows))))
    search_ns: list[int] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for index in picked:
            row = rows[index]
            lang = row.get("language") or "en"
            search_ns.append(
                timed(lambda r=row, lang=lang: search_dates(r["text"], languages=[lang]))
            )
    parse_same = [parse_ns[i] for i in picked]
    return {
        "dateparser_articles": len(picked),
        "dateparser_median_ms": statistics.median(search_ns) / 1e6,
        "ratio_dateparser_medians": statistics.median(parse_same) / statistics.median(search_ns),
        "ratio_dateparser_totals": sum(parse_same) / sum(search_ns),
    }


def warm_up(samples: list[Row]) -> None:
    """Build what is built once per process (each agency's compiled patterns, the date
    scanners, locale tables) before timing, so first-use costs stay out of the numbers
    (they are measured by the ``import`` section)."""
    import wirekit

    for agency in wirekit.Registry.default().ids:
        wirekit.parse(samples[0]["text"], agency=agency)
    for row in samples:
        for language in (None, row["language"]):
            wirekit.parse(row["text"], published=row["published"], language=language)


def section_corpora(args: argparse.Namespace) -> dict[str, Any]:
    header("parse vs one \\w+ pass vs dateparser.search_dates, per article, one core")
    import wirekit

    samples = load_samples()
    warm_up(samples)
    repeat = 3 if args.quick else 20
    results = [bench_rows("samples", samples * repeat, min(args.dateparser_sample, 22))]
    print_corpus_row(results[-1], first=True)
    for path in corpus_paths(args.corpora):
        rows = load_corpus(path, args.limit)
        for row in rows[:50]:  # the corpus's languages and agencies
            wirekit.parse(row["text"], published=row.get("published"))
        results.append(bench_rows(path.stem, rows, args.dateparser_sample))
        print_corpus_row(results[-1])
    corpora = [r for r in results if r["corpus"] != "samples"] or results
    summary = {
        "median_over_corpora_ratio_word_medians": statistics.median(
            r["ratio_word_medians"] for r in corpora
        ),
        "median_over_corpora_ratio_word_totals": statistics.median(
            r["ratio_word_totals"] for r in corpora
        ),
        "median_over_corpora_ratio_word_per_article": statistics.median(
            r["ratio_word_per_article"] for r in corpora
        ),
    }
    if all("ratio_dateparser_medians" in r for r in corpora):
        summary["median_over_corpora_ratio_dateparser_medians"] = statistics.median(
            r["ratio_dateparser_medians"] for r in corpora
        )
        summary["median_over_corpora_ratio_dateparser_totals"] = statistics.median(
            r["ratio_dateparser_totals"] for r in corpora
        )
    print()
    for key, value in summary.items():
        target = "<= 0.01" if "dateparser" in key else "<= 1.5"
        print(f"  {key:48s} {value:8.3f}   (target {target})")
    for r in results:
        for message, count in r["failures"].items():
            print(f"  ! {r['corpus']}: {count} x {message}")
    return {"per_corpus": results, "summary": summary}


def print_corpus_row(r: dict[str, Any], first: bool = False) -> None:
    if first:
        columns = ("corpus", "n", "KB", "parse µs", "p95 µs", "art/s", "\\w+ µs")
        columns += ("p/w med", "p/w tot", "dp ms", "p/dp")
        widths = (15, 6, 5, 9, 8, 7, 7, 7, 7, 6, 7)
        print(
            "  "
            + " ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(columns, widths, strict=True))
            )
        )
    dp = (
        f"{r['dateparser_median_ms']:6.2f} {r['ratio_dateparser_medians']:7.4f}"
        if "dateparser_median_ms" in r
        else f"{'-':>6s} {'-':>7s}"
    )
    print(
        f"  {r['corpus']:15s} {r['articles']:6d} {r['median_bytes'] / 1024:5.1f} "
        f"{r['parse_median_us']:9.1f} {r['parse_p95_us']:8.1f} {r['articles_per_s']:7.0f} "
        f"{r['word_median_us']:7.1f} {r['ratio_word_medians']:7.2f} {r['ratio_word_totals']:7.2f} "
        f"{dp}",
        flush=True,
    )


# ---------------------------------------------------------------- import time


_IMPORT_CHILD = """
import sys, time
text = open(sys.argv[1], encoding="utf-8").read()
import wirekit
wirekit.parse(text)
print(sum(1 for m in sys.modules if m == "dateparser" or m.startswith("dateparser.")))
"""


def run_wall(argv: list[str]) -> tuple[int, str]:
    """Wall nanoseconds of one subprocess, and its stdout."""
    start = time.perf_counter_ns()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return time.perf_counter_ns() - start, done.stdout.strip()


def section_import(args: argparse.Namespace) -> dict[str, Any]:
    header("import wirekit + first parse vs a bare interpreter (fresh subprocesses)")
    runs = 5 if args.quick else 15
    sample = str(SAMPLES / "antara_id.txt")
    bare: list[int] = []
    full: list[int] = []
    modules = ""
    # Bytecode written as pip writes it for an installed wheel: with PYTHONDONTWRITEBYTECODE
    # set, a source tree's stale .pyc files would be recompiled in every child process.
    spec = importlib.util.find_spec("wirekit")  # (found, not imported)
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)
    run_wall([sys.executable, "-c", "pass"])  # warm the file cache
    run_wall([sys.executable, "-c", _IMPORT_CHILD, sample])
    for _ in range(runs):  # interleaved, so load changes hit both alike
        bare.append(run_wall([sys.executable, "-c", "pass"])[0])
        ns, modules = run_wall([sys.executable, "-c", _IMPORT_CHILD, sample])
        full.append(ns)
    importtime = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import wirekit"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    heaviest = top_imports(importtime, 8)
    result = {
        "runs": runs,
        "bare_median_ms": statistics.median(bare) / 1e6,
        "import_and_parse_median_ms": statistics.median(full) / 1e6,
        "overhead_median_ms": (statistics.median(full) - statistics.median(bare)) / 1e6,
        "dateparser_modules_after_first_parse": int(modules or 0),
        "importtime_top": heaviest,
    }
    print(f"  bare interpreter           {result['bare_median_ms']:7.1f} ms (median of {runs})")
    print(f"  import wirekit + 1st parse {result['import_and_parse_median_ms']:7.1f} ms")
    print(f"  overhead                   {result['overhead_median_ms']:7.1f} ms   (target <= 150)")
    print(
        "  dateparser modules loaded after the first parse:",
        result["dateparser_modules_after_first_parse"],
    )
    print("  -X importtime, heaviest cumulative imports under `import wirekit`:")
    for name, micros in heaviest:
        print(f"    {micros / 1e3:7.1f} ms  {name}")
    return result


def top_imports(importtime: str, count: int) -> list[tuple[str, int]]:
    """The ``count`` heaviest (cumulative µs) top-level entries of ``-X importtime`` output."""
    rows: list[tuple[str, int]] = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line[len("import time:") :].split("|")
        try:
            cumulative = int(parts[1])
        except ValueError:
            continue
        rows.append((parts[2].rstrip(), cumulative))
    rows.sort(key=lambda item: -item[1])
    return [
        (name.strip() + ("" if not name.startswith("  ") else "  (nested)"), us)
        for name, us in rows[:count]
    ]


# ---------------------------------------------------------------- linearity


def repeated_text(size: int) -> str:
    """About ``size`` bytes of sample articles one after another."""
    unit = "\n\n".join(row["text"] for row in load_samples())
    copies = max(1, size // len(unit.encode("utf-8")))
    return "\n\n".join([unit] * copies)


def section_linearity(args: argparse.Namespace) -> dict[str, Any]:
    header("linearity: per-byte time of a ~100 KB and a ~10 MB text")
    import wirekit

    warm_up(load_samples())
    small, large = repeated_text(100_000), repeated_text(10_000_000)
    wirekit.parse(small)
    small_ns = [timed(lambda: wirekit.parse(small)) for _ in range(5 if args.quick else 15)]
    large_ns = [timed(lambda: wirekit.parse(large)) for _ in range(1 if args.quick else 3)]
    word_small = statistics.median(timed(lambda: WORD_RE.findall(small)) for _ in range(5))
    word_large = statistics.median(timed(lambda: WORD_RE.findall(large)) for _ in range(2))
    small_bytes, large_bytes = len(small.encode("utf-8")), len(large.encode("utf-8"))
    small_per_byte = statistics.median(small_ns) / small_bytes
    large_per_byte = statistics.median(large_ns) / large_bytes
    result = {
        "small_bytes": small_bytes,
        "large_bytes": large_bytes,
        "small_ms": statistics.median(small_ns) / 1e6,
        "large_ms": statistics.median(large_ns) / 1e6,
        "small_ns_per_byte": small_per_byte,
        "large_ns_per_byte": large_per_byte,
        "per_byte_ratio": large_per_byte / small_per_byte,
        "word_per_byte_ratio": (word_large / large_bytes) / (word_small / small_bytes),
        "parse_over_word_small": statistics.median(small_ns) / word_small,
        "parse_over_word_large": statistics.median(large_ns) / word_large,
    }
    print(
        f"  {small_bytes / 1e3:8.0f} KB  {result['small_ms']:9.1f} ms  {small_per_byte:6.1f} ns/B"
    )
    print(
        f"  {large_bytes / 1e3:8.0f} KB  {result['large_ms']:9.1f} ms  {large_per_byte:6.1f} ns/B"
    )
    print(
        f"  per-byte ratio 10 MB / 100 KB: {result['per_byte_ratio']:.2f}   (target <= 1.2; "
        f"a \\w+ pass: {result['word_per_byte_ratio']:.2f})"
    )
    print(
        f"  parse / \\w+ pass: {result['parse_over_word_small']:.2f} (100 KB), "
        f"{result['parse_over_word_large']:.2f} (10 MB)"
    )
    return result


# ---------------------------------------------------------------- memory


def stream_texts(count: int, corpora: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``count`` (text, kwargs) items cycling over the samples and, when present,
    a slice of the corpora; each text is a fresh string, as read from a file."""
    pool = [(row["text"], row["published"]) for row in load_samples()]
    for path in corpus_paths(corpora):
        with path.open(encoding="utf-8") as handle:
            for line, _ in zip(handle, range(200), strict=False):
                row = json.loads(line)
                pool.append((row["text"], row.get("published")))
    for index in range(count):
        text, published = pool[index % len(pool)]
        yield (text + f"\n{index}", {"published": published})


def peak_rss_mb() -> float:
    """This process's peak RSS in MB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: on Linux ``ru_maxrss``
    also counts the image a process was forked from before ``exec`` (here the
    benchmark, which holds every corpus in memory), so it overstates a fresh child.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_rss(count: int, processes: int, corpora: Path) -> None:
    """Subprocess body: stream ``count`` articles through parse_many, print peak RSS."""
    import wirekit

    base_mb = peak_rss_mb()
    done = failed = 0
    start = time.perf_counter_ns()
    for result in wirekit.parse_many(stream_texts(count, corpora), processes=processes):
        done += 1
        failed += isinstance(result, wirekit.Failure)
    seconds = (time.perf_counter_ns() - start) / 1e9
    print(
        json.dumps(
            {
                "articles": done,
                "failures": failed,
                "seconds": seconds,
                "rss_after_import_mb": base_mb,
                "peak_rss_mb": peak_rss_mb(),
                "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "peak_rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                / 1024,
            }
        )
    )


def section_rss(args: argparse.Namespace) -> dict[str, Any]:
    count = 10_000 if args.quick else 100_000
    header(f"peak RSS streaming {count:,} articles through parse_many")
    results = {}
    for processes in (1, 2):
        done = subprocess.run(
            [sys.executable, __file__, "--child-rss", str(count), "--child-processes",
             str(processes), "--corpora", str(args.corpora)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results[f"processes={processes}"] = result
        print(
            f"  processes={processes}: {result['articles']:,} articles "
            f"({result['failures']} failures) in {result['seconds']:.1f} s; "
            f"peak RSS {result['peak_rss_mb']:.1f} MB "
            f"(after import {result['rss_after_import_mb']:.1f} MB)"
            + (f", largest worker {result['peak_rss_children_mb']:.1f} MB" if processes > 1 else "")
            + "   (target < 100 MB)",
            flush=True,
        )
    return results


# ---------------------------------------------------------------- scaling


_BURN = "x = 0\nfor i in range(20_000_000):\n    x += i\n"


def free_cores() -> float:
    """How many cores' worth of CPU two processes get right now: the speedup of two
    concurrent pure-Python loops over one (2.0 on an idle two-core machine)."""
    start = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", _BURN], check=True)
    one = time.perf_counter_ns() - start
    start = time.perf_counter_ns()
    burners = [subprocess.Popen([sys.executable, "-c", _BURN]) for _ in range(2)]
    for burner in burners:
        burner.wait()
    two = time.perf_counter_ns() - start
    return 2 * one / two


def forked_halves(items: list[tuple[str, dict[str, Any]]]) -> float:
    """Wall seconds for two forked children to parse one half of ``items`` each, with no
    pool and nothing sent back: what two processes can gain on this machine at best."""
    import wirekit

    start = time.perf_counter_ns()
    children = []
    for half in (items[: len(items) // 2], items[len(items) // 2 :]):
        child = os.fork()
        if child == 0:  # pragma: no cover - the child
            status = 0
            try:
                for text, kwargs in half:
                    wirekit.parse(text, **kwargs)
            except BaseException:
                status = 1
            os._exit(status)
        children.append(child)
    for child in children:
        if os.waitpid(child, 0)[1] != 0:
            raise RuntimeError("a forked half failed to parse its articles")
    return (time.perf_counter_ns() - start) / 1e9


def section_scaling(args: argparse.Namespace) -> dict[str, Any]:
    header("scaling: parse_many with processes=1 and processes=2 (wall time)")
    import wirekit

    count = 3_000 if args.quick else 20_000
    items = list(stream_texts(count, args.corpora))
    warm_up(load_samples())  # forked workers inherit what the parent has built
    rounds = 2 if args.quick else 3
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    cores: list[float] = []
    halves: list[float] = []  # the machine's own bound: two processes, no communication
    for _ in range(rounds):
        cores.append(free_cores())
        print(f"  two CPU-bound processes run {cores[-1]:.2f}x as fast as one right now")
        for processes in (1, 2):
            gc.collect()
            before = os.times()
            start = time.perf_counter_ns()
            for _result in wirekit.parse_many(items, processes=processes):
                pass
            walls[processes].append((time.perf_counter_ns() - start) / 1e9)
            after = os.times()  # the workers are reaped: their CPU time is in here
            cpu = sum(after[:4]) - sum(before[:4])
            cpus[processes].append(cpu)
            print(
                f"  processes={processes}: {walls[processes][-1]:6.2f} s wall, {cpu:6.2f} s CPU "
                f"(load {loadavg()})",
                flush=True,
            )
        if hasattr(os, "fork"):
            halves.append(forked_halves(items))
            print(
                f"  two forked halves, no pool:  {halves[-1]:6.2f} s wall "
                f"({walls[1][-1] / halves[-1]:.2f}x processes=1)",
                flush=True,
            )
    best = {p: min(w) for p, w in walls.items()}
    cpu_ratio = statistics.median(cpus[2]) / statistics.median(cpus[1])
    result = {
        "articles": count,
        "rounds": rounds,
        "seconds": walls,
        "cpu_seconds": cpus,
        "speedup_best": best[1] / best[2],
        "speedup_median": statistics.median(walls[1]) / statistics.median(walls[2]),
        "speedup_per_round": [one / two for one, two in zip(walls[1], walls[2], strict=True)],
        "pool_cpu_over_in_process_cpu": cpu_ratio,
        "speedup_bound_on_idle_cores": 2 / cpu_ratio,
        "two_burners_speedup": cores,
        "forked_halves_seconds": halves,
        "forked_halves_speedup_best": min(walls[1]) / min(halves) if halves else None,
    }
    print(
        f"  speedup 2 vs 1: {result['speedup_best']:.2f}x (best of {rounds}), "
        f"{result['speedup_median']:.2f}x (median); per round "
        + ", ".join(f"{r:.2f}x" for r in result["speedup_per_round"])
        + "   (target >= 1.8)\n"
        f"  CPU time of two processes (this one and a worker) / in-process: {cpu_ratio:.2f}, "
        f"so on two idle cores the speedup is at most {2 / cpu_ratio:.2f}x"
    )
    if halves:
        print(
            f"  two forked halves with no pool: {result['forked_halves_speedup_best']:.2f}x "
            "(best): the most two processes give this workload here"
        )
    return result


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller, faster run")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="folder of gold *.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (default all)")
    parser.add_argument(
        "--dateparser-sample", type=int, default=None, help="search_dates articles per corpus"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    parser.add_argument("--child-rss", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--child-processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_rss:
        child_rss(args.child_rss, args.child_processes, args.corpora)
        return 0
    if args.limit is None and args.quick:
        args.limit = 1000
    if args.dateparser_sample is None:
        args.dateparser_sample = 40 if args.quick else 300

    report: dict[str, Any] = {"machine": machine()}
    print("machine:", ", ".join(f"{k}={v}" for k, v in report["machine"].items()))
    print(f"corpora: {args.corpora} ({len(corpus_paths(args.corpora))} found)")
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    for name in chosen:
        if name not in SECTIONS:
            parser.error(f"unknown section {name!r}; choose from {', '.join(SECTIONS)}")
        report[name] = globals()[f"section_{name}"](args)
    report["machine"]["loadavg_end"] = loadavg()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
