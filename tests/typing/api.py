"""Never executed: mypy checks that the public API has the types users rely on.

Run ``mypy --strict src tests/typing``. Each ``assert_type`` pins a public
signature; a change that breaks users' type checking breaks this file first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, assert_type

import pandas as pd

import wirekit
from wirekit.cli import main
from wirekit.recipes import parse_rows

article = wirekit.parse("JAKARTA (ANTARA) - ...")
assert_type(article, wirekit.Article)
assert_type(wirekit.parse("x", published=dt.date(2025, 7, 1)), wirekit.Article)
assert_type(wirekit.parse("x", published=dt.datetime(2025, 7, 1, 9)), wirekit.Article)
assert_type(
    wirekit.parse("x", published="2025-07-01", agency="antara", language="id"), wirekit.Article
)
assert_type(wirekit.parse("x", strict=True, registry=wirekit.Registry.default()), wirekit.Article)

assert_type(article.text, str)
assert_type(article.agency, str | None)
assert_type(article.language, str | None)
assert_type(article.dateline, wirekit.Dateline | None)
assert_type(article.credits, tuple[wirekit.Credit, ...])
assert_type(article.bylines, tuple[wirekit.Credit, ...])
assert_type(article.editors, tuple[wirekit.Credit, ...])
assert_type(article.copyright, wirekit.Copyright | None)
assert_type(article.notices, tuple[wirekit.Notice, ...])
assert_type(article.dates, tuple[wirekit.DateMention, ...])
assert_type(article.reference, wirekit.Reference)
assert_type(article.segments, tuple[wirekit.Segment, ...])
assert_type(article.diagnostics, tuple[wirekit.Diagnostic, ...])

if article.dateline is not None:
    assert_type(article.dateline.place, str | None)
    assert_type(article.dateline.span, wirekit.Span)
    assert_type(article.dateline.date, wirekit.DateMention | None)

credit = article.credits[0]
assert_type(credit.role, wirekit.Role)
assert_type(credit.name, str)
assert_type(credit.span.slice(article.text), str)
assert_type(credit.span.start, int)

mention = article.dates[0]
assert_type(mention.value, str | None)
assert_type(mention.date, dt.date | None)
assert_type(mention.granularity, wirekit.Granularity | None)
assert_type(article.reference.date, dt.date | None)
assert_type(article.reference.source, wirekit.ReferenceSource)

diagnostic = article.diagnostics[0]
assert_type(diagnostic.code, str)
assert_type(diagnostic.severity, wirekit.Severity)
assert_type(wirekit.DIAGNOSTIC_CODES, dict[str, tuple[wirekit.Severity, str]])

data = article.to_dict()
assert_type(data, dict[str, Any])
assert_type(wirekit.Article.from_dict(data), wirekit.Article)
assert_type(wirekit.json_schema(), dict[str, Any])
assert_type(wirekit.to_frame([article]), pd.DataFrame)
assert_type(wirekit.to_frame(iter([article]), text=True), pd.DataFrame)

results = wirekit.parse_many(["a", "b"], processes=2, chunksize=16, published="2025-07-01")
assert_type(results, Iterator[wirekit.Article | wirekit.Failure])
for result in results:
    if isinstance(result, wirekit.Failure):
        assert_type(result.index, int)
        assert_type(result.article, wirekit.Article | None)

assert_type(
    parse_rows([{"text": "x"}], published_field="published"),
    list[wirekit.Article | wirekit.Failure],
)

try:
    wirekit.parse("x", agency="nope")
except wirekit.UnknownAgencyError as error:
    assert_type(error.known, tuple[str, ...])
except wirekit.ParseError as error:
    assert_type(error.article, wirekit.Article)

registry = wirekit.Registry.default(plugins=False)
assert_type(registry.get("antara"), wirekit.Agency)
assert_type(registry.detect("x"), wirekit.Agency)
assert_type(registry.scores("x"), dict[str, float])

assert_type(main(["parse", "--example"]), int)
assert_type(wirekit.__version__, str)
