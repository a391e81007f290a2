"""One flat row per article: for tables, CSV, pandas and Spark.

:func:`article_row` turns an :class:`~wirekit.Article` into a flat dictionary of
the main fields (the :data:`COLUMNS`), with no dependency; :func:`to_frame`
builds a pandas ``DataFrame`` of such rows with typed columns (pandas is the
optional extra ``wirekit[pandas]``). The full record is always available as
``Article.to_dict()``; a row is a summary for analysis, not a lossless form.

Columns and their pandas dtypes:

================== ==================== ===============================================
column             dtype                value
================== ==================== ===============================================
agency             string               plugin id, or <NA> for the generic parser
language           string               ISO 639-1 code
dateline_place     string               place as written in the dateline
dateline_agency    string               agency as written in the dateline
dateline_date      datetime64[s]        the dateline's own date, when day-precise
bylines            object (list[str])   reporter / writer / contributor names
editors            object (list[str])   editor names
copyright_holder   string               holder as written
copyright_year     Int64                year on the copyright line
reference_date     datetime64[s]        the date relative expressions count from
reference_source   category             caller, dateline, text, copyright+weekday, none
n_dates            Int64                number of date mentions
date_values        object (list[str])   ISO-TimeML value of each mention ("" if unresolved)
diagnostic_codes   object (list[str])   codes of every diagnostic, in order
has_errors         boolean              True when a diagnostic has severity ERROR
================== ==================== ===============================================

``to_frame(..., text=True)`` adds a ``text`` column (string) at the front.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from ._records import Article, ReferenceSource, Severity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "article_row", "to_frame"]

#: Column name -> pandas dtype, in display order.
COLUMNS: Final[dict[str, str]] = {
    "agency": "string",
    "language": "string",
    "dateline_place": "string",
    "dateline_agency": "string",
    "dateline_date": "datetime64[s]",
    "bylines": "object",
    "editors": "object",
    "copyright_holder": "string",
    "copyright_year": "Int64",
    "reference_date": "datetime64[s]",
    "reference_source": "category",
    "n_dates": "Int64",
    "date_values": "object",
    "diagnostic_codes": "object",
    "has_errors": "boolean",
}


def article_row(article: Article) -> dict[str, Any]:
    """The main fields of ``article`` as one flat dictionary (keys are :data:`COLUMNS`).

    Dates stay ``datetime.date`` objects and name lists stay lists.

    >>> from wirekit import parse
    >>> article = parse("Ambon (ANTARA) - Kapal tiba, Senin (7/7).", published="2025-07-08")
    >>> row = article_row(article)
    >>> row["dateline_place"], row["reference_date"], row["date_values"]
    ('Ambon', datetime.date(2025, 7, 8), ['2025-07-07'])
    """
    dateline, copyright_ = article.dateline, article.copyright
    dateline_date: dt.date | None = None
    if dateline is not None and dateline.date is not None:
        dateline_date = dateline.date.date
    return {
        "agency": article.agency,
        "language": article.language,
        "dateline_place": dateline.place if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "dateline_date": dateline_date,
        "bylines": [c.name for c in article.bylines],
        "editors": [c.name for c in article.editors],
        "copyright_holder": copyright_.holder if copyright_ else None,
        "copyright_year": copyright_.year if copyright_ else None,
        "reference_date": article.reference.date,
        "reference_source": article.reference.source.value,
        "n_dates": len(article.dates),
        "date_values": [d.value or "" for d in article.dates],
        "diagnostic_codes": [d.code for d in article.diagnostics],
        "has_errors": any(d.severity is Severity.ERROR for d in article.diagnostics),
    }


def to_frame(articles: Iterable[Article], *, text: bool = False) -> pd.DataFrame:
    """A pandas ``DataFrame`` with one row per article and typed columns.

    :param articles: parsed articles (any iterable, consumed once).
    :param text: also include each article's ``text`` as the first column.

    Needs pandas (``pip install "wirekit[pandas]"``); raises ``ImportError``
    saying so when it is missing. The columns and dtypes are listed in
    :data:`wirekit._frame.COLUMNS`; a missing value is ``<NA>`` / ``NaT``.

    >>> import wirekit
    >>> from wirekit.data import read_example
    >>> frame = wirekit.to_frame([wirekit.parse(read_example())])
    >>> frame.loc[0, "dateline_place"], frame.loc[0, "editors"]
    ('Kuala Lumpur', ['M Razi Rahman'])
    >>> str(frame.dtypes["reference_date"])
    'datetime64[s]'
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError('wirekit.to_frame needs pandas: pip install "wirekit[pandas]"') from exc
    rows = []
    texts = []
    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"to_frame() needs Article records, got {type(article).__name__}")
        rows.append(article_row(article))
        texts.append(article.text)
    data: dict[str, Any] = {}
    if text:
        data["text"] = pd.array(texts, dtype="string")
    for name, dtype_name in COLUMNS.items():
        values = [row[name] for row in rows]
        dtype: Any = dtype_name  # a dtype string; pandas-stubs overloads want literals
        if dtype_name == "datetime64[s]":
            data[name] = pd.array(
                [pd.NaT if v is None else pd.Timestamp(v) for v in values], dtype=dtype
            )
        elif dtype_name == "category":
            data[name] = pd.Categorical(values, categories=[s.value for s in ReferenceSource])
        elif dtype_name == "object":
            data[name] = pd.Series(values, dtype=object)
        else:
            data[name] = pd.array(values, dtype=dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
