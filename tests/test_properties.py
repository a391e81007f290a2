"""Whole-pipeline properties: for any input, parse() keeps its promises.

The promises (see docs/errors.md): lenient parsing never raises on content;
every span lies inside the text and covers exactly the surface its record
reports; segments are contiguous, non-empty and cover the text, so nothing is
lost; credit spans never repeat or overlap; a resolved day that names a
weekday has that weekday, or a ``reldate.weekday-mismatch`` says it has not;
and ``to_dict`` -> JSON -> ``from_dict`` gives the same article back.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import example, given
from hypothesis import strategies as st

import wirekit
from strategies import (
    WireSample,
    check_invariants,
    hostile_texts,
    near_valid_articles,
    wire_articles,
)
from wirekit import Article


def round_trip(article: Article) -> Article:
    """``to_dict`` -> JSON text -> ``from_dict``."""
    return Article.from_dict(json.loads(json.dumps(article.to_dict(), ensure_ascii=False)))


@given(wire_articles())
def test_well_formed_articles_keep_every_promise(sample: WireSample) -> None:
    """Well-formed articles in every agency style parse with valid spans, segments and weekdays."""
    check_invariants(wirekit.parse(sample.text, published=sample.published), sample.text)


@given(near_valid_articles())
@example(
    WireSample("JAKARTA (ANTARA) - Kamis (11/7) rapat. Pewarta: A\nEditor: B", dt.date(2025, 7, 12))
)
@example(WireSample("Pewarta: A Pewarta: A Pewarta: A Editor: Editor:", None))
def test_damaged_articles_keep_every_promise(sample: WireSample) -> None:
    """Articles with dropped, doubled, swapped or case-changed parts never break an invariant."""
    check_invariants(wirekit.parse(sample.text, published=sample.published), sample.text)


@given(hostile_texts())
def test_any_text_keeps_every_promise(text: str) -> None:
    """Arbitrary text (surrogates, NULs, markup, mojibake) parses without raising."""
    check_invariants(wirekit.parse(text), text)


@given(st.one_of(wire_articles().map(lambda s: s.text), hostile_texts()))
def test_segments_give_the_input_back(text: str) -> None:
    """Concatenating the segments' text gives the input back exactly."""
    article = wirekit.parse(text)
    assert "".join(s.span.slice(article.text) for s in article.segments) == text


@given(st.one_of(wire_articles(), near_valid_articles()))
def test_json_round_trip_is_lossless(sample: WireSample) -> None:
    """to_dict -> json -> from_dict gives back an equal Article."""
    article = wirekit.parse(sample.text, published=sample.published)
    assert round_trip(article) == article


@given(hostile_texts())
def test_json_round_trip_survives_hostile_text(text: str) -> None:
    """Even with lone surrogates and control characters, the JSON round trip is lossless."""
    article = wirekit.parse(text)
    assert round_trip(article) == article


@given(near_valid_articles())
def test_parsing_is_deterministic(sample: WireSample) -> None:
    """The same input parses to the same Article twice (no hidden state)."""
    first = wirekit.parse(sample.text, published=sample.published)
    assert wirekit.parse(sample.text, published=sample.published) == first


@given(
    st.lists(st.one_of(hostile_texts(), near_valid_articles().map(lambda s: s.text)), max_size=6)
)
def test_parse_many_gives_one_article_per_text(texts: list[str]) -> None:
    """parse_many over any texts yields exactly one Article per item, in order, never a Failure."""
    results = list(wirekit.parse_many(texts))
    assert [r.text if isinstance(r, Article) else r for r in results] == texts
