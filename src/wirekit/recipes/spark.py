"""Parse a corpus with PySpark's ``mapInPandas`` (``pip install "wirekit[spark]"``).

Spark hands each task an iterator of pandas ``DataFrame`` batches; :func:`parse_batches`
parses the text column of each batch and yields one flat row per article with the
fixed :data:`SPARK_SCHEMA`: an ``id`` (copied from the input, as a string), the
columns of :func:`wirekit._frame.article_row`, the whole ``Article.to_dict()`` as a
JSON string in ``article_json`` (nothing is lost), and ``error`` (None, or why a row
could not be parsed). Typical use::

    from functools import partial
    from pyspark.sql import SparkSession
    from wirekit.recipes.spark import SPARK_SCHEMA, parse_batches

    spark = SparkSession.builder.getOrCreate()
    rows = spark.read.json("corpus/*.jsonl")           # columns id, text, published
    parsed = rows.mapInPandas(
        partial(parse_batches, published_column="published"), schema=SPARK_SCHEMA
    )
    parsed.write.parquet("parsed.parquet")

The how-to page "Run at scale" in the documentation runs this end to end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Final

from .._frame import article_row
from .._records import Article
from . import parse_rows

__all__ = ["SPARK_SCHEMA", "parse_batches"]

#: The output schema of :func:`parse_batches`, as a Spark DDL string.
SPARK_SCHEMA: Final = (
    "id string, agency string, language string, dateline_place string, "
    "dateline_agency string, dateline_date date, bylines array<string>, "
    "editors array<string>, copyright_holder string, copyright_year int, "
    "reference_date date, reference_source string, n_dates int, "
    "date_values array<string>, diagnostic_codes array<string>, has_errors boolean, "
    "article_json string, error string"
)

_ROW_COLUMNS: Final = tuple(
    part.split()[0]
    for part in SPARK_SCHEMA.split(", ")
    if part.split()[0] not in ("id", "article_json", "error")
)


def parse_batches(
    batches: Iterator[Any],
    *,
    text_column: str = "text",
    published_column: str | None = None,
    id_column: str | None = "id",
    **parse_kwargs: Any,
) -> Iterator[Any]:
    """For ``DataFrame.mapInPandas``: parse each pandas batch, yield rows of :data:`SPARK_SCHEMA`.

    :param batches: pandas ``DataFrame`` batches with a ``text_column``.
    :param text_column: the column holding the article text.
    :param published_column: a column of publication dates (ISO strings, dates
        or nulls), or None.
    :param id_column: a column copied to ``id`` (as a string); None or absent
        gives null ids.
    :param parse_kwargs: keywords for :func:`wirekit.parse` shared by every row.
    """
    import pandas as pd

    for batch in batches:
        records = batch.to_dict("records")
        for record in records:
            for key, value in record.items():
                if pd.api.types.is_scalar(value) and pd.isna(value):
                    record[key] = None  # NaN, NaT and <NA> are missing values, not text
        results = parse_rows(
            records, text_field=text_column, published_field=published_column, **parse_kwargs
        )
        out: list[dict[str, Any]] = []
        for record, result in zip(records, results, strict=True):
            raw_id = record.get(id_column) if id_column is not None else None
            row: dict[str, Any] = {"id": None if raw_id is None else str(raw_id)}
            if isinstance(result, Article):
                row.update(article_row(result))
                row["article_json"] = json.dumps(result.to_dict(), ensure_ascii=False)
                row["error"] = None
            else:
                row.update(dict.fromkeys(_ROW_COLUMNS))
                row["article_json"] = None
                row["error"] = f"{result.error}: {result.message}"
            out.append(row)
        frame = pd.DataFrame(out, columns=["id", *_ROW_COLUMNS, "article_json", "error"])
        yield frame.astype({"copyright_year": "Int32", "n_dates": "Int32"})
