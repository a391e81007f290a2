"""``wirekit.to_frame``: one typed row per article (pandas is an optional extra)."""

from __future__ import annotations

import datetime as dt

import pytest

import wirekit
from wirekit._frame import COLUMNS, article_row
from wirekit.data import read_example

pd = pytest.importorskip("pandas", reason="pandas is the optional extra 'wirekit[pandas]'")

PALU = (
    "Palu (ANTARA) - Pasar murah dibuka pada Rabu (9/7).\n"
    "Pewarta: Rina Kusuma\nEditor: Bambang Sutrisno\n"
)


def test_one_row_per_article_with_typed_columns() -> None:
    """Columns and dtypes are exactly COLUMNS; one row per article, in order."""
    articles = [
        wirekit.parse(read_example()),
        wirekit.parse(PALU, published="2025-07-10"),
        wirekit.parse(""),
    ]
    frame = wirekit.to_frame(articles)
    assert list(frame.columns) == list(COLUMNS)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == COLUMNS
    assert len(frame) == 3
    assert list(frame["dateline_place"].iloc[:2]) == ["Kuala Lumpur", "Palu"]
    assert frame.loc[1, "editors"] == ["Bambang Sutrisno"]
    assert frame.loc[1, "reference_date"] == pd.Timestamp("2025-07-10")
    assert frame.loc[1, "reference_source"] == "caller"


def test_missing_values_are_na() -> None:
    """An empty article gives <NA> / NaT, never empty strings or zeros for absent fields."""
    frame = wirekit.to_frame([wirekit.parse("")])
    assert frame["dateline_place"].isna().all()
    assert frame["copyright_year"].isna().all()
    assert frame["reference_date"].isna().all()
    assert frame.loc[0, "n_dates"] == 0
    assert not frame.loc[0, "has_errors"]


def test_text_column_is_optional() -> None:
    """text=True adds the article text as the first column."""
    frame = wirekit.to_frame([wirekit.parse(PALU)], text=True)
    assert frame.columns[0] == "text"
    assert frame.loc[0, "text"] == PALU
    assert str(frame.dtypes["text"]) == "string"


def test_empty_input_gives_empty_typed_frame() -> None:
    """No articles: an empty frame that still has every column and dtype."""
    frame = wirekit.to_frame(iter(()))
    assert len(frame) == 0
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == COLUMNS


def test_rejects_non_articles() -> None:
    """Anything but Article records is a TypeError naming the type."""
    with pytest.raises(TypeError, match="dict"):
        wirekit.to_frame([{"text": "x"}])  # type: ignore[list-item]


def test_row_matches_article() -> None:
    """article_row reads the same values as the record's attributes."""
    article = wirekit.parse(PALU, published=dt.date(2025, 7, 10))
    row = article_row(article)
    assert row["bylines"] == [c.name for c in article.bylines]
    assert row["n_dates"] == len(article.dates)
    assert row["reference_date"] == dt.date(2025, 7, 10)
