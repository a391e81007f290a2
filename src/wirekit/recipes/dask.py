"""Parse a corpus with ``dask.bag`` (``pip install "wirekit[dask]"``).

Each partition of the bag is parsed in order by :func:`wirekit.recipes.parse_rows`;
Dask decides where partitions run (threads, processes or a cluster), which is
why the records are picklable. Typical use::

    from dask.distributed import Client
    from wirekit.recipes.dask import is_article, parse_bag, read_jsonl, to_json

    client = Client()                                   # or a LocalCluster / a real cluster
    rows = read_jsonl("corpus/*.jsonl")                 # one dict per line
    articles = parse_bag(rows, published_field="published")
    articles.filter(is_article).map(to_json).to_textfiles("parsed/*.jsonl")

The how-to page "Run at scale" in the documentation runs this end to end.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .._batch import Failure
from .._records import Article
from . import parse_rows

__all__ = ["is_article", "parse_bag", "read_jsonl", "read_text_files", "to_json"]


def read_jsonl(urlpath: str | Sequence[str], *, blocksize: str | int | None = "32MiB") -> Any:
    """A bag of dicts, one per line of the JSON Lines file(s) ``urlpath`` (globs allowed).

    ``blocksize`` splits big files into partitions of about that size.
    """
    db = _dask_bag()
    return db.read_text(urlpath, blocksize=blocksize, encoding="utf-8").map(json.loads)


def read_text_files(paths: Iterable[str | Path], *, npartitions: int | None = None) -> Any:
    """A bag of ``{"id": path, "text": contents}`` dicts, one per UTF-8 text file.

    A directory in ``paths`` stands for every ``*.txt`` file below it, in sorted
    order. Files are read by the workers, not by the caller.
    """
    db = _dask_bag()
    files: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.rglob("*.txt")) if p.is_file())
        else:
            files.append(str(path))
    count = npartitions or max(1, min(len(files), 64))
    return db.from_sequence(files, npartitions=count).map(_read_file)


def _dask_bag() -> Any:
    """``dask.bag``, imported on use (the extra ``wirekit[dask]``); untyped, hence Any."""
    return importlib.import_module("dask.bag")


def _read_file(path: str) -> dict[str, str]:
    return {"id": path, "text": Path(path).read_text(encoding="utf-8")}


def parse_bag(
    bag: Any,
    *,
    text_field: str = "text",
    published_field: str | None = None,
    **parse_kwargs: Any,
) -> Any:
    """A bag of ``Article`` (or ``Failure``) records, one per row of ``bag``, in order.

    Rows are mappings; see :func:`wirekit.recipes.parse_rows` for the fields.
    The partitioning is kept, so ``dask.bag.zip(bag.pluck("id"), result)``
    pairs every result with its row's id.
    """
    return bag.map_partitions(
        parse_rows, text_field=text_field, published_field=published_field, **parse_kwargs
    )


def is_article(result: Article | Failure) -> bool:
    """True for a parsed article, False for a :class:`~wirekit.Failure`."""
    return isinstance(result, Article)


def to_json(article: Article) -> str:
    """One line of JSON: exactly ``article.to_dict()``.

    >>> import wirekit
    >>> to_json(wirekit.parse("x"))[:9]
    '{"text": '
    """
    return json.dumps(article.to_dict(), ensure_ascii=False)
