"""Corpus scale: records pickle, and the Dask and Spark recipes run for real (locally)."""

from __future__ import annotations

import json
import pickle
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import wirekit
from wirekit import Article, Failure
from wirekit.data import read_example
from wirekit.recipes import parse_rows

STORIES = [
    (
        "Ternate (ANTARA) - Kapal perintis kembali berlayar pada Senin (7/7) "
        "setelah cuaca membaik.\n"
        "Pewarta: Nur Aini\nEditor: Joko Prasetyo\nCopyright © ANTARA 2025\n"
    ),
    (
        "LIMA, July 8 (Reuters) - Copper output rose last month, the mining ministry said.\n"
        "(Reporting by Carla Soto; Editing by Ben Ward)\n"
    ),
    read_example(),
]
ROWS = [
    {"id": "t1", "text": STORIES[0], "published": "2025-07-08"},
    {"id": "r1", "text": STORIES[1], "published": None},
    {"id": "ex", "text": STORIES[2], "published": None},
    {"id": "bad", "text": None, "published": None},
]


def test_articles_pickle_round_trip() -> None:
    """Parsed articles (and failures) survive pickling unchanged: they can cross processes."""
    for text in STORIES:
        article = wirekit.parse(text)
        assert pickle.loads(pickle.dumps(article)) == article
    failure = Failure(0, "TypeError", "x")
    assert pickle.loads(pickle.dumps(failure)) == failure


def test_parse_rows_keeps_order_dates_and_failures() -> None:
    """parse_rows gives one result per row, in order; a bad row is a Failure in its place."""
    results = parse_rows(ROWS, published_field="published", published="2025-07-09")
    assert [type(r).__name__ for r in results] == ["Article", "Article", "Article", "Failure"]
    assert isinstance(results[0], Article) and isinstance(results[1], Article)
    assert str(results[0].reference.date) == "2025-07-08"  # the row's own date
    assert str(results[1].reference.date) == "2025-07-09"  # the shared fallback


@pytest.fixture
def jsonl_corpus(tmp_path: Path) -> Path:
    """A small JSON Lines corpus in two files."""
    for name, rows in (("a.jsonl", ROWS[:2]), ("b.jsonl", ROWS[2:3])):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_dask_recipe_on_a_local_cluster(jsonl_corpus: Path, tmp_path: Path) -> None:
    """read_jsonl -> parse_bag -> to_textfiles runs on a LocalCluster and keeps every article."""
    pytest.importorskip("dask.bag", reason="the Dask recipe needs 'wirekit[dask]'")
    distributed = pytest.importorskip("distributed", reason="the Dask recipe needs 'wirekit[dask]'")
    import dask.bag as db

    from wirekit.recipes.dask import is_article, parse_bag, read_jsonl, read_text_files, to_json

    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        rows = read_jsonl(str(jsonl_corpus / "*.jsonl"))
        results = parse_bag(rows, published_field="published")
        pairs = db.zip(rows.pluck("id"), results).compute()
        assert [(i, type(r).__name__) for i, r in pairs] == [
            ("t1", "Article"),
            ("r1", "Article"),
            ("ex", "Article"),
        ]
        assert pairs[0][1] == wirekit.parse(STORIES[0], published="2025-07-08")

        out = tmp_path / "parsed"
        results.filter(is_article).map(to_json).to_textfiles(str(out / "*.jsonl"))
        lines = [
            line for f in sorted(out.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()
        ]
        assert [Article.from_dict(json.loads(line)).text for line in lines] == STORIES

        text_dir = tmp_path / "texts"
        text_dir.mkdir()
        for i, text in enumerate(STORIES):
            (text_dir / f"{i}.txt").write_text(text, encoding="utf-8")
        parsed = parse_bag(read_text_files([text_dir])).compute()
        assert [a.text for a in parsed] == STORIES


def _spark_or_skip(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A local SparkSession on loopback, or a skip saying what is missing."""
    pytest.importorskip("pyspark", reason="the Spark recipe needs 'wirekit[spark]' (not in CI)")
    pytest.importorskip("pyarrow", reason="the Spark recipe needs 'wirekit[spark]' (pyarrow)")
    if shutil.which("java") is None:
        pytest.skip("the Spark recipe needs Java (none on PATH)")
    from pyspark.sql import SparkSession

    # Spark's Python workers must be this interpreter (it has wirekit and pyarrow).
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.master("local[1]")
        .appName("wirekit-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_recipe_in_local_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """mapInPandas(parse_batches, SPARK_SCHEMA) on local Spark gives one typed row per input row."""
    from functools import partial

    spark = _spark_or_skip(monkeypatch)
    from wirekit.recipes.spark import SPARK_SCHEMA, parse_batches

    try:
        rows = spark.createDataFrame(ROWS, schema="id string, text string, published string")
        parsed = rows.mapInPandas(
            partial(parse_batches, published_column="published"), schema=SPARK_SCHEMA
        )
        got = {r["id"]: r for r in parsed.collect()}
    finally:
        spark.stop()
    assert sorted(got) == ["bad", "ex", "r1", "t1"]
    assert got["t1"]["dateline_place"] == "Ternate"
    assert str(got["t1"]["reference_date"]) == "2025-07-08"
    assert got["t1"]["editors"] == ["Joko Prasetyo"]
    assert got["bad"]["error"].startswith("TypeError")
    assert got["bad"]["article_json"] is None
    article = Article.from_dict(json.loads(got["ex"]["article_json"]))
    assert article == wirekit.parse(STORIES[2])
