"""Coverage-guided fuzzing of wirekit.parse and wirekit.parse_bytes with atheris.

Run on demand (atheris is not a dependency; install it into the venv first)::

    /tmp/venv/bin/pip install atheris
    mkdir -p /tmp/wirekit-fuzz && cp fuzz/seeds/* /tmp/wirekit-fuzz/
    /tmp/venv/bin/python fuzz/fuzz_parse.py /tmp/wirekit-fuzz -max_total_time=300 -max_len=4096

Each input's first byte chooses how the rest is used: as a whole article
(text or raw bytes), or spliced into a well-formed article at the dateline, in
the body or in the footer, so mutations reach the deep paths and not only the
"no dateline" exit. Every result is checked with the invariants the property
tests use (``tests/strategies.py``: spans exact, segments cover the text,
credits distinct, weekdays right, codes registered) plus a JSON round trip. A
crash is written by libFuzzer to ``crash-<sha1>``; replay it with
``python fuzz/fuzz_parse.py crash-<sha1>`` and add it to
``tests/test_robustness.py`` as a regression test.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

with atheris.instrument_imports(include=["wirekit"]):
    import wirekit

from strategies import check_invariants

TEMPLATE_HEAD = "Judul berita\nJAKARTA (ANTARA) - "
TEMPLATE_BODY = "Warga berkumpul di alun-alun pada Kamis (10/7), kata camat kemarin.\n"
TEMPLATE_FOOT = "Pewarta: Sinta Wulandari\nEditor: Bayu Hartono\nCOPYRIGHT © ANTARA 2025"


def build_text(mode: int, fuzzed: str) -> str:
    """The article to parse: the fuzzed text alone or spliced into a well-formed article."""
    if mode == 0:
        return fuzzed
    if mode == 1:
        return f"{fuzzed} (ANTARA) - {TEMPLATE_BODY}{TEMPLATE_FOOT}"
    if mode == 2:
        return f"{TEMPLATE_HEAD}{fuzzed}\n{TEMPLATE_FOOT}"
    return f"{TEMPLATE_HEAD}{TEMPLATE_BODY}{fuzzed}"


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: parse one input and check every invariant."""
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 4)
    published = None
    if provider.ConsumeBool():
        published = dt.date.fromordinal(provider.ConsumeIntInRange(1, dt.date.max.toordinal()))
    if mode == 4:
        article = wirekit.parse_bytes(
            provider.ConsumeBytes(provider.remaining_bytes()), published=published
        )
    else:
        text = build_text(mode, provider.ConsumeUnicode(provider.remaining_bytes()))
        article = wirekit.parse(text, published=published)
    check_invariants(article, article.text)
    again = wirekit.Article.from_dict(json.loads(json.dumps(article.to_dict())))
    if again != article:
        raise AssertionError("to_dict -> json -> from_dict changed the article")


def main() -> None:
    """Hand the command line to libFuzzer."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
