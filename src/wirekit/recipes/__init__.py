"""Recipes for running wirekit over a corpus on an existing distributed engine.

wirekit ships no scheduler of its own: :func:`wirekit.parse` is a pure function
and its records pickle, so any engine that maps a function over partitions
scales it. These modules hold the few lines that glue the two together; each
needs its engine, installed as an extra:

- :mod:`wirekit.recipes.dask` — ``dask.bag`` over text files or JSON Lines
  (``pip install "wirekit[dask]"``);
- :mod:`wirekit.recipes.spark` — PySpark ``DataFrame.mapInPandas`` with a fixed
  output schema (``pip install "wirekit[spark]"``; needs Java).

Both build on :func:`parse_rows`, which needs no engine at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._batch import Failure, parse_many
from .._records import Article

__all__ = ["parse_rows"]


def parse_rows(
    rows: Iterable[Mapping[str, Any]],
    *,
    text_field: str = "text",
    published_field: str | None = None,
    **parse_kwargs: Any,
) -> list[Article | Failure]:
    """Parse one partition of rows (mappings) in order; one result per row.

    :param rows: mappings holding the article text under ``text_field``.
    :param text_field: the key holding the article text.
    :param published_field: the key holding each row's publication date (ISO
        string or None); rows without it use ``parse_kwargs["published"]``.
    :param parse_kwargs: keywords for :func:`wirekit.parse` shared by every row.

    A row whose text is missing or not a string, or whose date is malformed,
    gives a :class:`~wirekit.Failure` in its place; the partition goes on.

    >>> story = "Ambon (ANTARA) - Kapal tiba, Senin (7/7)."
    >>> rows = [{"text": story, "published": "2025-07-08"}, {}]
    >>> [type(r).__name__ for r in parse_rows(rows, published_field="published")]
    ['Article', 'Failure']
    """
    shared_published = parse_kwargs.pop("published", None)

    def items() -> Iterable[tuple[object, dict[str, Any]]]:
        for row in rows:
            published = shared_published
            if published_field is not None and row.get(published_field) is not None:
                published = row[published_field]
            yield row.get(text_field), {"published": published}

    return list(parse_many(items(), **parse_kwargs))
