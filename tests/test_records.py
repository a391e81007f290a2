"""Records: frozen, slotted, picklable, JSON round trips."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirekit
from strategies import WireSample, near_valid_articles, wire_articles
from wirekit import (
    Anchor,
    Article,
    Copyright,
    Credit,
    Dateline,
    DateMention,
    Diagnostic,
    Granularity,
    Notice,
    NoticeKind,
    Reference,
    ReferenceSource,
    Role,
    Segment,
    SegmentKind,
    Severity,
    Span,
)

TEXT = (
    "JAKARTA (ANTARA) - Banjir surut, Senin (7/7).\n"
    "Pewarta: Ani\nEditor: Budi\nCopyright © ANTARA 2025"
)


def _article() -> Article:
    mention = DateMention(
        "Senin (7/7)",
        Span(33, 44),
        "2025-07-07",
        Granularity.DAY,
        dt.date(2025, 7, 7),
        Anchor("weekday+dm", dt.date(2025, 7, 7)),
    )
    return Article(
        text=TEXT,
        agency="antara",
        language="id",
        dateline=Dateline("JAKARTA", "ANTARA", None, Span(0, 18), Span(0, 7), Span(9, 15)),
        credits=(
            Credit(Role.REPORTER, "Ani", "Pewarta", Span(55, 58), Span(46, 53)),
            Credit(Role.EDITOR, "Budi", "Editor", Span(67, 71), Span(59, 65)),
        ),
        copyright=Copyright("ANTARA", 2025, Span(72, 95), Span(84, 90), Span(91, 95)),
        notices=(Notice(NoticeKind.SOURCE, Span(0, 1), "J"),),
        dates=(mention,),
        reference=Reference(dt.date(2025, 7, 7), ReferenceSource.COPYRIGHT_WEEKDAY, Span(33, 44)),
        segments=(Segment(SegmentKind.BODY, Span(0, len(TEXT))),),
        diagnostics=(Diagnostic("credit.empty", Severity.WARNING, "empty", Span(1, 2)),),
    )


def test_spans_of_the_fixture_point_at_their_text() -> None:
    """The hand-built fixture is itself consistent (guards the other tests)."""
    article = _article()
    assert article.dateline is not None and article.copyright is not None
    assert article.dateline.span.slice(TEXT) == "JAKARTA (ANTARA) -"
    assert [c.span.slice(TEXT) for c in article.credits] == ["Ani", "Budi"]
    assert article.copyright.span.slice(TEXT) == "Copyright © ANTARA 2025"
    assert article.dates[0].span.slice(TEXT) == "Senin (7/7)"


def test_records_are_frozen() -> None:
    """Assigning to a record field raises."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _article().text = "x"  # type: ignore[misc]


def test_records_are_slotted() -> None:
    """Records use __slots__ (no per-instance dict)."""
    assert not hasattr(Span(0, 1), "__dict__")
    assert not hasattr(_article(), "__dict__")


def test_bylines_and_editors_are_derived_from_credits() -> None:
    """bylines are the reporter-like credits, editors the EDITOR ones."""
    article = _article()
    assert [c.name for c in article.bylines] == ["Ani"]
    assert [c.name for c in article.editors] == ["Budi"]


def test_to_dict_is_json_ready_and_round_trips() -> None:
    """to_dict() survives json.dumps and from_dict() gives the same record back."""
    article = _article()
    data = json.loads(json.dumps(article.to_dict()))
    assert data["dateline"]["span"] == [0, 18]
    assert data["dates"][0]["date"] == "2025-07-07"
    assert data["reference"]["source"] == "copyright+weekday"
    assert data["bylines"] == ["Ani"] and data["editors"] == ["Budi"]
    assert Article.from_dict(data) == article


def test_records_pickle() -> None:
    """Records survive pickling (batch and distributed use)."""
    article = _article()
    assert pickle.loads(pickle.dumps(article)) == article


@settings(max_examples=40)
@given(st.one_of(wire_articles(), near_valid_articles()))
def test_parsed_articles_pickle_as_constructor_arguments(sample: WireSample) -> None:
    """A parsed article's records pickle as their type and field values and come back equal."""
    article = wirekit.parse(sample.text, published=sample.published)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        clone = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert clone == article and type(clone.reference) is Reference
    for record in (article, article.reference, *article.dates, *article.segments):
        constructor, arguments = record.__reduce__()
        assert constructor is type(record)
        assert arguments == tuple(getattr(record, f.name) for f in attrs.fields(type(record)))


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_span_rejects_impossible_ranges(start: int, end: int) -> None:
    """A span cannot be negative or end before it starts."""
    with pytest.raises(ValueError, match="Span"):
        Span(start, end)


def test_from_dict_rejects_non_article_data() -> None:
    """from_dict needs at least the text."""
    with pytest.raises(ValueError, match="text"):
        Article.from_dict({"agency": "antara"})
