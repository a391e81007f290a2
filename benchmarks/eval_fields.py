"""Score wirekit's field parsers and agency detection on the gold corpora.

Usage (from the repository root)::

    python benchmarks/eval_fields.py                 # every ../shared/corpora/*.jsonl
    python benchmarks/eval_fields.py --pipeline      # through wirekit.parse (adds dateline dates)
    python benchmarks/eval_fields.py --failures 20   # also print up to 20 misses per field

The corpora stay outside the project; this script reads them at run time and
prints one Markdown table per measure (per source, and per gold agency):

- dateline place (exact), dateline agency (exact), dateline date (ISO, resolved;
  ``--pipeline`` only) on the articles whose gold has a ``dateline`` key;
- bylines and editors: precision / recall over names (multisets per article);
- copyright holder and year (exact, both must match);
- agency detection: the chosen agency id against the gold ``agency`` field
  mapped to an id, on the articles where that agency is *marked* (one of its
  names stands in the first 400 or last 300 characters).

Without ``--pipeline`` the agency is chosen by the built-in detectors (highest
score, then id) and its parsers are called directly with the whole text.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirekit.agencies import BUILTIN_AGENCIES, GENERIC, Agency
from wirekit.parsers._context import Context

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"

# Gold agency names (as the corpora spell them) -> built-in agency ids.
AGENCY_IDS = {
    "ANTARA": "antara",
    "Reuters": "reuters",
    "AP": "ap",
    "AFP": "afp",
    "Xinhua": "xinhua",
    "dpa": "dpa",
    "AAP": "aap",
    "PA": "pa",
    "ANSA": "ansa",
    "EFE": "efe",
    "Canadian Press": "cp",
    "KOMPAS.com": "kompas",
    "TEMPO.CO": "tempo",
    "Liputan6.com": "liputan6",
    "detikcom": "detik",
    "Okezone": "okezone",
    "Tribunnews": "tribunnews",
    "SINDOnews": "sindonews",
    "REPUBLIKA.CO.ID": "republika",
    "POSMETRO MEDAN": "posmetro",
    "Posmetro.co.id": "posmetro",
    "POSMETRO.CO": "posmetro",
}
# How each agency may be named in its own text (for "marked").
MARKS = {
    "antara": ("(ANTARA", "(Antara", "© ANTARA"),
    "reuters": ("(Reuters)", "REUTER", "\n Reuter\n"),
    "ap": ("(AP)", "Associated Press"),
    "afp": ("(AFP)", "AFP -"),
    "xinhua": ("(Xinhua)",),
    "dpa": ("(dpa)", "/dpa)", "\ndpa "),
    "aap": ("(AAP)", "\nAAP "),
    "pa": ("(PA)", "PA Media"),
    "ansa": ("(ANSA)",),
    "efe": ("(EFE)",),
    "cp": ("(CP)", "Canadian Press"),
    "kompas": ("KOMPAS", "Kompas.com"),
    "tempo": ("TEMPO", "Tempo.co"),
    "liputan6": ("Liputan6",),
    "detik": ("detikcom", "20detik"),
    "okezone": ("Okezone",),
    "tribunnews": ("TRIBUN", "Tribunnews"),
    "sindonews": ("SINDOnews", "Sindonews"),
    "republika": ("REPUBLIKA", "Republika"),
    "posmetro": ("POSMETRO", "Posmetro"),
}


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _choose(text: str) -> Agency:
    best = max(BUILTIN_AGENCIES, key=lambda a: (a.detect(text), a.priority, a.id))
    return best if best.detect(text) > 0 else GENERIC


def _marked(text: str, agency_id: str) -> bool:
    head, tail = text[:400], text[-300:]
    if agency_id == "reuters" and text.rstrip().endswith(("Reuter", "REUTER")):
        return True  # the 1987 sign-off line
    return any(m in head or m in tail for m in MARKS.get(agency_id, ()))


class Score:
    """Counts for one measure, split by source and by gold agency."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
        self.failures: dict[str, list[str]] = collections.defaultdict(list)

    def add(self, source: str, agency: str, good: bool, note: str = "") -> None:
        for key in ((source, "*"), ("*", agency)):
            cell = self.counts[key]
            cell[0] += good
            cell[1] += 1
        if not good and note:
            self.failures[source].append(note)


class PR:
    """Precision / recall over names, split by source."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        self.failures: dict[str, list[str]] = collections.defaultdict(list)

    def add(self, source: str, gold: list[str], found: list[str], note: str) -> None:
        g = collections.Counter(gold)
        f = collections.Counter(found)
        hit = sum((g & f).values())
        cell = self.counts[source]
        cell[0] += hit
        cell[1] += sum(f.values())
        cell[2] += sum(g.values())
        if g != f:
            self.failures[source].append(f"gold={gold} found={found} | {note}")


def _fields(text: str, published: str | None, pipeline: bool) -> dict[str, Any]:
    if pipeline:
        import wirekit

        article = wirekit.parse(text, published=published)
        agency_id = article.agency or "generic"
        dateline = article.dateline
        credits = article.credits
        copyright_ = article.copyright
    else:
        agency = _choose(text)
        agency_id = agency.id
        context = Context()
        dateline = agency.parse_dateline(text, None, context)
        credits = agency.find_credits(text, None, context)
        copyright_ = agency.parse_copyright(text, None, context)
    return {
        "agency": agency_id,
        "dateline": dateline,
        "bylines": [
            c.name for c in credits if c.role.value in ("reporter", "writer", "contributor")
        ],
        "editors": [c.name for c in credits if c.role.value == "editor"],
        "copyright": copyright_,
    }


def evaluate(paths: list[Path], pipeline: bool) -> dict[str, Any]:
    place, dl_agency, dl_date = Score(), Score(), Score()
    bylines, editors = PR(), PR()
    copyright_, detection = Score(), Score()
    for path in paths:
        for row in _rows(path):
            text, gold, source = row["text"], row["gold"], row["source"]
            gold_agency = row.get("agency") or "-"
            got = _fields(text, row.get("published"), pipeline)
            head = text[:120].replace("\n", " | ")
            if "dateline" in gold:
                g, d = gold["dateline"], got["dateline"]
                found = (d.place, d.agency) if d is not None else None
                note = f"gold={g and g['text']!r} found={found} | {head}"
                if g is None:
                    place.add(source, gold_agency, d is None, note)
                    dl_agency.add(source, gold_agency, d is None, note)
                else:
                    place.add(source, gold_agency, d is not None and d.place == g["place"], note)
                    dl_agency.add(
                        source, gold_agency, d is not None and d.agency == g["agency"], note
                    )
                    if pipeline and g.get("date"):
                        value = d.date.value if d is not None and d.date is not None else None
                        dl_date.add(source, gold_agency, value == g["date"], f"{value} {note}")
            for key, score in (("bylines", bylines), ("editors", editors)):
                if key in gold:
                    score.add(source, gold[key], got[key], head)
            if "copyright" in gold:
                g, c = gold["copyright"], got["copyright"]
                if g is None:
                    good = c is None
                else:
                    good = c is not None and (c.holder, c.year) == (g["holder"], g["year"])
                found = (c.holder, c.year) if c is not None else None
                copyright_.add(source, gold_agency, good, f"gold={g} found={found} | {head}")
            expected = AGENCY_IDS.get(row.get("agency") or "")
            if expected is not None and _marked(text, expected):
                detection.add(
                    source,
                    gold_agency,
                    got["agency"] == expected,
                    f"gold={expected} got={got['agency']} | {head}",
                )
    return {
        "dateline place": place,
        "dateline agency": dl_agency,
        "dateline date": dl_date,
        "copyright": copyright_,
        "agency detection": detection,
        "bylines": bylines,
        "editors": editors,
    }


def _table(name: str, score: Score) -> str:
    lines = [f"### {name}", "", "| source | agency | n | accuracy |", "| --- | --- | ---: | ---: |"]
    for (source, agency), (good, total) in sorted(score.counts.items()):
        if total:
            lines.append(f"| {source} | {agency} | {total} | {good / total:.2%} |")
    return "\n".join(lines)


def _pr_table(name: str, score: PR) -> str:
    lines = [f"### {name}", "", "| source | gold | found | precision | recall |"]
    lines.append("| --- | ---: | ---: | ---: | ---: |")
    for source, (hit, found, gold) in sorted(score.counts.items()):
        p = hit / found if found else 1.0
        r = hit / gold if gold else 1.0
        lines.append(f"| {source} | {gold} | {found} | {p:.2%} | {r:.2%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="jsonl files (default: all)")
    parser.add_argument("--pipeline", action="store_true", help="score wirekit.parse")
    parser.add_argument("--failures", type=int, default=0, help="misses to print per field")
    args = parser.parse_args(argv)
    paths = args.corpora or sorted(CORPORA.glob("*.jsonl"))
    if not paths:
        print(f"no corpora found in {CORPORA}", file=sys.stderr)
        return 1
    results = evaluate(paths, args.pipeline)
    for name, score in results.items():
        if isinstance(score, PR):
            print(_pr_table(name, score), end="\n\n")
        elif score.counts:
            print(_table(name, score), end="\n\n")
        for source, notes in sorted(score.failures.items()):
            for note in notes[: args.failures]:
                print(f"  MISS {name} [{source}] {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
