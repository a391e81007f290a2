"""The scorer behind ``wirekit evaluate``, checked on tiny hand-made gold files.

The gold and prediction files under ``tests/data/eval/`` are articles written for
this suite; every expected count below was worked out by hand from them.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit._evaluate import (
    Counts,
    GoldArticle,
    PredictedDate,
    Prediction,
    Report,
    add_evaluate_parser,
    compare_reports,
    evaluate,
    find_dateparser_dates,
    find_floor_violations,
    map_agency,
    match_spans,
    normalize_name,
    normalize_timex_value,
    raise_floors,
    read_floors,
    read_gold,
    read_texts,
    run_evaluate,
    score_article,
)
from wirekit._records import Article, Credit, Dateline, DateMention, Role, Span

DATA = Path(__file__).parent / "data" / "eval"
GOLD = DATA / "gold.jsonl"
PREDICTIONS = DATA / "predictions.jsonl"
OVERLAY = DATA / "overlay.jsonl"
TEXTS = DATA / "texts.jsonl"

TEXT = "DENPASAR (ANTARA) - Festival layang-layang digelar Sabtu (12/7) selama dua hari."


def gold_article(gold: dict[str, Any], text: str = TEXT, **meta: Any) -> GoldArticle:
    """A gold article around ``TEXT`` with only the given gold keys."""
    return GoldArticle(id="t/1", text=text, gold=gold, corpus="t", **meta)


def counts_of(gold: dict[str, Any], prediction: Prediction, **meta: Any) -> dict[str, Counts]:
    """The per-field counts of one prediction against one gold article."""
    return dict(score_article(gold_article(gold, **meta), prediction).counts)


def at(text: str, surface: str, value: str | None, type_: str = "DATE") -> PredictedDate:
    """A predicted date at the first occurrence of ``surface``."""
    start = text.index(surface)
    return PredictedDate(start, start + len(surface), value, type_, surface)


def gold_date(text: str, surface: str, value: str | None, type_: str = "DATE") -> dict[str, Any]:
    """A gold date entry at the first occurrence of ``surface``."""
    start = text.index(surface)
    return {
        "start": start,
        "end": start + len(surface),
        "text": surface,
        "value": value,
        "type": type_,
    }


def cli(*argv: str) -> tuple[int, str, str]:
    """Run ``wirekit evaluate`` through its own sub-parser; (exit code, stdout, stderr)."""
    parser = argparse.ArgumentParser(prog="wirekit")
    add_evaluate_parser(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    code = run_evaluate(parser.parse_args(["evaluate", *argv]), out, err)
    return code, out.getvalue(), err.getvalue()


# --------------------------------------------------------------------------- metrics


def test_counts_metrics() -> None:
    """P, R, F1 and accuracy follow their definitions; empty counts have none."""
    c = Counts(tp=3, fp=1, fn=2, articles=4, exact=2)
    assert (c.gold, c.predicted) == (5, 4)
    assert c.precision == 0.75
    assert c.recall == 0.6
    assert c.f1 == pytest.approx(6 / 9)
    assert c.accuracy == 0.5
    assert Counts(fp=2).precision == 0.0 and Counts(fp=2).recall is None and Counts(fp=2).f1 == 0.0
    assert Counts().f1 is None and Counts().accuracy is None


def test_counts_add_and_round_trip() -> None:
    """Counts add field by field and survive to_dict/from_dict."""
    total = Counts(1, 2, 3, 4, 5) + Counts(10, 20, 30, 40, 50)
    assert total == Counts(11, 22, 33, 44, 55)
    assert Counts.from_dict(total.to_dict()) == total


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("gold", "predicted", "equal"),
    [
        ("Jos\u00e9 Ruiz", "Jose\u0301 Ruiz", True),
        ("Ade P. Marboen", "Ade\u00a0P.\nMarboen ", True),
        ("Ade P. Marboen", "  Ade   P. Marboen", True),
        ("ANTARA", "Antara", False),
        ("Budi Santoso", "Budi Santoso,", False),
        ("M. Riza", "M Riza", False),
    ],
    ids=[
        "nfc",
        "nbsp-newline",
        "runs-and-ends",
        "no-case-folding",
        "no-punctuation-strip",
        "no-fuzz",
    ],
)
def test_names_compare_after_nfc_and_whitespace_only(
    gold: str, predicted: str, equal: bool
) -> None:
    """Names are equal after NFC + whitespace normalisation, and only then."""
    counts = counts_of({"bylines": [gold]}, Prediction(bylines=((predicted, None),)))
    assert (counts["bylines"].tp == 1) is equal
    assert normalize_name(gold) == normalize_name(gold)


# --------------------------------------------------------------------------- single-valued fields


@pytest.mark.parametrize(
    ("gold_place", "predicted", "expected"),
    [
        ("DENPASAR", "DENPASAR", Counts(tp=1, articles=1, exact=1)),
        ("DENPASAR", None, Counts(fn=1, articles=1)),
        ("DENPASAR", "BALI", Counts(fp=1, fn=1, articles=1)),
        (None, "DENPASAR", Counts(fp=1, articles=1)),
        (None, None, Counts(articles=1, exact=1)),
    ],
    ids=["exact", "missing", "wrong", "spurious-on-empty-gold", "both-empty"],
)
def test_single_valued_field_counts(
    gold_place: str | None, predicted: str | None, expected: Counts
) -> None:
    """Equal is TP; missing is FN; wrong is FP + FN; anything against null gold is FP."""
    gold = {"dateline": {"place": gold_place, "agency": "ANTARA", "date": None}}
    assert counts_of(gold, Prediction(place=predicted))["dateline.place"] == expected


def test_absent_gold_keys_are_not_scored() -> None:
    """Fields whose gold key is absent get no counts at all, whatever is predicted."""
    prediction = Prediction(
        place="DENPASAR",
        bylines=(("Rina", None),),
        copyright_holder="ANTARA",
        dates=(at(TEXT, "Sabtu (12/7)", "2025-07-12"),),
        agency="antara",
    )
    assert counts_of({}, prediction) == {}


def test_absent_key_inside_dateline_is_not_scored() -> None:
    """A dateline gold without a 'date' key scores place only (and agency when given)."""
    counts = counts_of(
        {"dateline": {"place": "DENPASAR"}},
        Prediction(place="DENPASAR", dateline_date="2025-07-12"),
    )
    assert set(counts) == {"dateline.place"}


def test_null_dateline_scores_every_predicted_part_as_false_positive() -> None:
    """Gold dateline null: a predicted place, agency and date are each a false positive."""
    prediction = Prediction(place="DENPASAR", dateline_agency="ANTARA", dateline_date="2025-07-12")
    counts = counts_of({"dateline": None}, prediction)
    for field in ("dateline.place", "dateline.agency", "dateline.date"):
        assert counts[field] == Counts(fp=1, articles=1)


def test_null_copyright_scores_holder_and_year_as_false_positives() -> None:
    """Gold copyright null: a predicted holder and year are false positives."""
    counts = counts_of(
        {"copyright": None}, Prediction(copyright_holder="ANTARA", copyright_year=2025)
    )
    assert counts["copyright.holder"] == Counts(fp=1, articles=1)
    assert counts["copyright.year"] == Counts(fp=1, articles=1)


def test_copyright_year_compares_as_integer() -> None:
    """A right holder and a wrong year score separately."""
    counts = counts_of(
        {"copyright": {"holder": "ANTARA", "year": 2025}},
        Prediction(copyright_holder="ANTARA", copyright_year=2024),
    )
    assert counts["copyright.holder"] == Counts(tp=1, articles=1, exact=1)
    assert counts["copyright.year"] == Counts(fp=1, fn=1, articles=1)


# --------------------------------------------------------------------------- lists of names


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (["A Rahman", "B Sari"], ["B Sari", "A Rahman"], Counts(tp=2, articles=1, exact=1)),
        (["A Rahman", "B Sari"], ["A Rahman"], Counts(tp=1, fn=1, articles=1)),
        (["A Rahman"], ["A Rahman", "Reuters"], Counts(tp=1, fp=1, articles=1)),
        (["A Rahman"], [], Counts(fn=1, articles=1)),
        ([], ["A Rahman"], Counts(fp=1, articles=1)),
        ([], [], Counts(articles=1, exact=1)),
        (["A Rahman", "A Rahman"], ["A Rahman"], Counts(tp=1, fn=1, articles=1)),
        (["A Rahman"], ["A Rahman", "A Rahman"], Counts(tp=1, fp=1, articles=1)),
    ],
    ids=[
        "exact-any-order",
        "partial",
        "spurious",
        "missing",
        "empty-gold",
        "both-empty",
        "multiset-gold",
        "multiset-pred",
    ],
)
def test_name_lists_use_multiset_matching(
    gold: list[str], predicted: list[str], expected: Counts
) -> None:
    """Bylines and editors count the multiset intersection as TP."""
    counts = counts_of({"editors": gold}, Prediction(editors=tuple((n, None) for n in predicted)))
    assert counts["editors"] == expected


# --------------------------------------------------------------------------- agency detection


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ("ANTARA", "antara"),
        ("KOMPAS.com", "kompas"),
        ("TEMPO.CO", "tempo"),
        ("Liputan6.com", "liputan6"),
        ("detikcom", "detik"),
        ("The Associated Press", "ap"),
        ("SINDOnews", "sindonews"),
        ("WSJ", None),
        (None, None),
    ],
    ids=[
        "antara",
        "kompas",
        "tempo",
        "liputan6",
        "detik",
        "ap-long",
        "sindonews",
        "unmapped",
        "null",
    ],
)
def test_agency_table(gold: str | None, expected: str | None) -> None:
    """Gold agency strings map to wirekit ids case-insensitively; unknown ones to None."""
    assert map_agency(gold) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Reuters", "reuters", Counts(tp=1, articles=1, exact=1)),
        ("Reuters", None, Counts(fn=1, articles=1)),
        ("Reuters", "ap", Counts(fp=1, fn=1, articles=1)),
        ("WSJ", None, Counts(articles=1, exact=1)),
        ("WSJ", "reuters", Counts(fp=1, articles=1)),
    ],
    ids=["detected", "generic", "wrong", "unmapped-generic", "unmapped-claimed"],
)
def test_agency_detection_counts(gold: str, predicted: str | None, expected: Counts) -> None:
    """Detection is a single-valued field over the mapped id."""
    assert counts_of({}, Prediction(agency=predicted), agency=gold)["agency"] == expected


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("PARIS (AFP) - Talks resumed.", True),
        ("PARIS, May 2 (Agence France-Presse) - Talks resumed.", True),
        ("Talks resumed, an afp reporter saw.", True),
        ("PARIS - Talks resumed at the AFPA offices.", False),
        ("PARIS - Talks resumed.", False),
    ],
    ids=["dateline", "alias", "any-case", "inside-a-word", "absent"],
)
def test_agency_in_text_only_scores_marked_articles(text: str, marked: bool) -> None:
    """agency.in_text scores detection only where the text names the gold agency."""
    counts = counts_of({}, Prediction(agency="afp"), text=text, agency="AFP")
    assert counts["agency"] == Counts(tp=1, articles=1, exact=1)
    assert ("agency.in_text" in counts) is marked


def test_agency_not_scored_when_gold_agency_is_null() -> None:
    """Articles whose agency is not marked in the text are not scored for detection."""
    assert "agency" not in counts_of({}, Prediction(agency="reuters"), agency=None)


# --------------------------------------------------------------------------- date mentions

DATES_TEXT = "Rapat digelar Senin (7/7) dan Selasa (8/7), lalu ditunda selama dua pekan."


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ([("Senin (7/7)", "2025-07-07")], Counts(tp=1, articles=1, exact=1)),
        ([("Senin", "2025-07-07")], Counts(tp=1, articles=1, exact=1)),
        ([("digelar Senin (7/7) dan", "2025-07-07")], Counts(tp=1, articles=1, exact=1)),
        ([("Senin (7/7)", "2025-07-14")], Counts(fp=1, fn=1, articles=1)),
        ([("Senin (7/7)", None)], Counts(fp=1, fn=1, articles=1)),
        ([("Selasa (8/7)", "2025-07-07")], Counts(fp=1, fn=1, articles=1)),
        ([], Counts(fn=1, articles=1)),
        (
            [("Senin (7/7)", "2025-07-07"), ("Selasa (8/7)", "2025-07-08")],
            Counts(tp=1, fp=1, articles=1),
        ),
    ],
    ids=[
        "exact",
        "partial-overlap",
        "covering",
        "wrong-value",
        "unresolved",
        "no-overlap",
        "missing",
        "spurious",
    ],
)
def test_dates_need_overlap_and_equal_value(
    predicted: list[tuple[str, str | None]], expected: Counts
) -> None:
    """A date mention is TP when spans overlap and values are equal; else FP and/or FN."""
    gold = {"dates": [gold_date(DATES_TEXT, "Senin (7/7)", "2025-07-07")]}
    prediction = Prediction(dates=tuple(at(DATES_TEXT, s, v) for s, v in predicted))
    assert counts_of(gold, prediction, text=DATES_TEXT)["dates"] == expected


def test_touching_spans_do_not_overlap() -> None:
    """A prediction ending where the gold starts shares no character with it."""
    gold = {"dates": [gold_date(DATES_TEXT, "Senin (7/7)", "2025-07-07")]}
    start = DATES_TEXT.index("Senin")
    prediction = Prediction(dates=(PredictedDate(start - 8, start, "2025-07-07"),))
    assert counts_of(gold, prediction, text=DATES_TEXT)["dates"] == Counts(fp=1, fn=1, articles=1)


def test_one_prediction_matches_one_gold_only() -> None:
    """A prediction covering two gold mentions of equal value matches one of them."""
    text = "Senin dan Senin"
    gold = {
        "dates": [
            {"start": 0, "end": 5, "value": "2025-07-07", "type": "DATE"},
            {"start": 10, "end": 15, "value": "2025-07-07", "type": "DATE"},
        ]
    }
    prediction = Prediction(dates=(PredictedDate(0, 15, "2025-07-07"),))
    assert counts_of(gold, prediction, text=text)["dates"] == Counts(tp=1, fn=1, articles=1)


def test_matching_is_maximum_not_first_come() -> None:
    """The matcher finds two pairs where taking the first overlap would find one."""
    gold = [PredictedDate(0, 10, "X"), PredictedDate(0, 3, "X")]
    predicted = [PredictedDate(1, 2, "X"), PredictedDate(6, 8, "X")]
    assert len(match_spans(gold, predicted)) == 2


def test_dates_scored_per_timex_type() -> None:
    """Per-type rows match within a type; the overall row ignores types; span row ignores values.

    The DATE prediction on the gold DURATION is a typing error: an FN of
    ``dates.DURATION`` and, with its DURATION value, a TP of the type-blind row,
    but not an FP of ``dates.DATE`` (see the next test).
    """
    gold = {
        "dates": [
            gold_date(DATES_TEXT, "Senin (7/7)", "2025-07-07"),
            gold_date(DATES_TEXT, "selama dua pekan", "P2W", "DURATION"),
        ]
    }
    prediction = Prediction(
        dates=(
            at(DATES_TEXT, "Senin (7/7)", "2025-07-08"),
            at(DATES_TEXT, "dua pekan", "P2W", "DATE"),
        )
    )
    counts = counts_of(gold, prediction, text=DATES_TEXT)
    assert counts["dates"] == Counts(tp=1, fp=1, fn=1, articles=1)
    assert counts["dates.DATE"] == Counts(fp=1, fn=1, articles=1)
    assert counts["dates.DURATION"] == Counts(fn=1, articles=1)
    assert counts["dates.TIME"] == Counts(articles=1, exact=1)
    assert counts["dates.span"] == Counts(tp=2, articles=1, exact=1)


TYPED_TEXT = "Talks resumed on Monday and end at 9 a.m. on Friday, officials said this week."


@pytest.mark.parametrize(
    ("predicted", "date_row", "time_row", "all_row"),
    [
        (
            [("Friday", "1998-03-06", "DATE")],
            Counts(fn=2, articles=1),
            Counts(fn=1, articles=1),
            Counts(fp=1, fn=3, articles=1),
        ),
        (
            [("9 a.m. on Friday", "1998-03-06T09:00", "DATE")],
            Counts(fn=2, articles=1),
            Counts(fn=1, articles=1),
            Counts(tp=1, fn=2, articles=1),
        ),
        (
            [("Monday", "1998-03-02", "TIME")],
            Counts(fn=2, articles=1),
            Counts(fn=1, articles=1),
            Counts(tp=1, fn=2, articles=1),
        ),
        (
            [("officials", "1998-03-06", "DATE")],
            Counts(fp=1, fn=2, articles=1),
            Counts(fn=1, articles=1),
            Counts(fp=1, fn=3, articles=1),
        ),
        (
            [("this week", "1998-W09", "DATE"), ("Friday", "1998-03-06", "DATE")],
            Counts(tp=1, fn=1, articles=1),
            Counts(fn=1, articles=1),
            Counts(tp=1, fp=1, fn=2, articles=1),
        ),
    ],
    ids=[
        "date-inside-gold-time",
        "time-typed-as-date",
        "date-typed-as-time",
        "overlapping-nothing",
        "match-and-excuse",
    ],
)
def test_prediction_on_another_type_is_not_a_false_positive_of_its_row(
    predicted: list[tuple[str, str, str]], date_row: Counts, time_row: Counts, all_row: Counts
) -> None:
    """In a per-type row, an unmatched prediction overlapping a gold timex of another type
    is excused; the type-blind ``dates`` row still counts it."""
    gold = {
        "dates": [
            gold_date(TYPED_TEXT, "Monday", "1998-03-02"),
            gold_date(TYPED_TEXT, "9 a.m. on Friday", "1998-03-06T09:00", "TIME"),
            gold_date(TYPED_TEXT, "this week", "1998-W09"),
        ]
    }
    prediction = Prediction(dates=tuple(at(TYPED_TEXT, s, v, t) for s, v, t in predicted))
    counts = counts_of(gold, prediction, text=TYPED_TEXT)
    assert (counts["dates.DATE"], counts["dates.TIME"]) == (date_row, time_row)
    assert counts["dates"] == all_row


@pytest.mark.parametrize(
    ("value", "normal"),
    [
        ("199X", "199"),
        ("19XX", "19"),
        ("1XXX", "1"),
        ("199", "199"),
        ("1990", "1990"),
        ("XXXX", "XXXX"),
        ("1989-WXX", "1989-WXX"),
        ("199x", "199x"),
        (None, None),
    ],
    ids=[
        "decade",
        "century",
        "millennium",
        "timeml-decade",
        "year",
        "unknown",
        "week",
        "lower",
        "none",
    ],
)
def test_timex_value_normalisation(value: str | None, normal: str | None) -> None:
    """Only the trailing X digits of a four-character year are dropped."""
    assert normalize_timex_value(value) == normal


def test_decade_spellings_match() -> None:
    """wirekit's decade ``199X`` matches TimeML's ``199`` in every date row."""
    text = "Prices were lower in the 1990s."
    gold = {"dates": [gold_date(text, "the 1990s", "199")]}
    counts = counts_of(gold, Prediction(dates=(at(text, "1990s", "199X"),)), text=text)
    for field in ("dates", "dates.DATE", "dates.span"):
        assert counts[field] == Counts(tp=1, articles=1, exact=1)


def test_empty_gold_dates_score_every_prediction_as_false_positive() -> None:
    """Gold dates [] means the article has none."""
    prediction = Prediction(dates=(at(DATES_TEXT, "Senin (7/7)", "2025-07-07"),))
    counts = counts_of({"dates": []}, prediction, text=DATES_TEXT)
    assert counts["dates"] == Counts(fp=1, articles=1)


def _last(text: str, surface: str, value: str) -> PredictedDate:
    """A date at the last occurrence of ``surface``."""
    start = text.rindex(surface)
    return PredictedDate(start, start + len(surface), value, "DATE", surface)


def test_timeml_title_line_without_gold_is_ignored() -> None:
    """TimeML sources: predictions on a first line that holds no gold timex are ignored."""
    text = "Talks end Monday\nThe talks ended on Monday."
    last = _last(text, "Monday", "1998-03-02")
    gold = {
        "dates": [{"start": last.start, "end": last.end, "value": "1998-03-02", "type": "DATE"}]
    }
    prediction = Prediction(dates=(at(text, "Monday", "1998-03-02"), last))
    counts = counts_of(gold, prediction, text=text, source="timebank")
    assert counts["dates"] == Counts(tp=1, articles=1, exact=1)


def test_timeml_first_line_with_gold_is_scored() -> None:
    """TimeML sources: a first line that holds gold timexes is scored like the rest."""
    text = "The talks end Monday and resume Friday.\nMore."
    gold = {"dates": [gold_date(text, "Monday", "1998-03-02")]}
    prediction = Prediction(
        dates=(at(text, "Monday", "1998-03-02"), at(text, "Friday", "1998-03-06"))
    )
    counts = counts_of(gold, prediction, text=text, source="timebank")
    assert counts["dates"] == Counts(tp=1, fp=1, articles=1)


def test_title_line_counts_outside_timeml_sources() -> None:
    """Other sources score predictions on the first line like any other."""
    text = "Talks end Monday\nThe talks ended."
    counts = counts_of(
        {"dates": []},
        Prediction(dates=(at(text, "Monday", "1998-03-02"),)),
        text=text,
        source="antara",
    )
    assert counts["dates"] == Counts(fp=1, articles=1)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(1, 8),
            st.sampled_from(["A", "B"]),
            st.sampled_from(["DATE", "SET"]),
        ),
        max_size=8,
    ),
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from(["A", "B", None])),
        max_size=8,
    ),
)
def test_date_counts_invariants(
    gold_raw: list[tuple[int, int, str, str]], pred_raw: list[tuple[int, int, str | None]]
) -> None:
    """TP + FN is the gold count, TP + FP the prediction count; gold against itself is perfect."""
    text = "x" * 80
    gold = {"dates": [{"start": s, "end": s + n, "value": v, "type": t} for s, n, v, t in gold_raw]}
    prediction = Prediction(dates=tuple(PredictedDate(s, s + n, v) for s, n, v in pred_raw))
    counts = counts_of(gold, prediction, text=text)
    c = counts["dates"]
    assert (c.tp + c.fn, c.tp + c.fp) == (len(gold_raw), len(pred_raw))
    assert c.tp <= counts["dates.span"].tp
    for timex_type in ("DATE", "SET"):
        row = counts[f"dates.{timex_type}"]
        assert row.tp + row.fn == sum(1 for *_, t in gold_raw if t == timex_type)
        assert row.tp + row.fp <= (len(pred_raw) if timex_type == "DATE" else 0)
    itself = Prediction(dates=tuple(PredictedDate(s, s + n, v, t) for s, n, v, t in gold_raw))
    perfect = counts_of(gold, itself, text=text)
    assert all(perfect[f].fp == perfect[f].fn == 0 for f in perfect)


# --------------------------------------------------------------------------- predictions


def test_prediction_from_article_reads_every_scored_field() -> None:
    """An Article's dateline, credits, copyright, dates and agency become a Prediction."""
    text = "DENPASAR (ANTARA) - Sabtu (12/7). Pewarta: Rina"
    mention = DateMention("Sabtu (12/7)", Span(20, 32), "2025-07-12")
    article = Article(
        text=text,
        agency="antara",
        dateline=Dateline("DENPASAR", "ANTARA", None, Span(0, 19)),
        credits=(Credit(Role.REPORTER, "Rina", "Pewarta", Span(43, 47)),),
        dates=(mention,),
    )
    prediction = Prediction.from_article(article)
    assert prediction == Prediction.from_dict(article.to_dict())
    assert prediction.bylines == (("Rina", 43),)
    assert prediction.dates == (PredictedDate(20, 32, "2025-07-12", "DATE", "Sabtu (12/7)"),)


# --------------------------------------------------------------------------- files and reports

EXPECTED_OVERALL = {
    "dateline.place": Counts(tp=3, articles=3, exact=3),
    "dateline.agency": Counts(tp=3, articles=3, exact=3),
    "dateline.date": Counts(tp=1, articles=3, exact=3),
    "bylines": Counts(tp=2, fp=1, fn=1, articles=3, exact=1),
    "editors": Counts(tp=2, fp=1, articles=2, exact=1),
    "copyright.holder": Counts(tp=1, fp=1, articles=2, exact=1),
    "copyright.year": Counts(tp=1, articles=2, exact=2),
    "agency": Counts(tp=2, fp=1, articles=3, exact=2),
    "agency.in_text": Counts(tp=2, fp=1, articles=3, exact=2),
    "dates": Counts(tp=3, fp=1, fn=2, articles=2),
    "dates.DATE": Counts(tp=2, fp=1, fn=1, articles=2, exact=1),
    "dates.TIME": Counts(articles=2, exact=2),
    "dates.DURATION": Counts(tp=1, fn=1, articles=2, exact=1),
    "dates.SET": Counts(articles=2, exact=2),
    "dates.span": Counts(tp=4, fn=1, articles=2, exact=1),
}


def test_read_gold_keeps_absent_and_empty_keys_apart() -> None:
    """Reading a gold file keeps 'absent' and 'present but empty' distinct."""
    articles = list(read_gold(GOLD))
    assert [a.id for a in articles] == [
        "hand/antara-1",
        "hand/reuters-1",
        "hand/generic-1",
        "hand/wsj-1",
    ]
    assert articles[1].gold["copyright"] is None
    assert "dateline" not in articles[2].gold and articles[2].gold["bylines"] == []
    assert articles[0].corpus == "gold" and [a.id for a in read_gold(GOLD, limit=2)] == [
        "hand/antara-1",
        "hand/reuters-1",
    ]


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    """A line that is not a gold record raises ValueError with file and line number."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ok", "gold": {}}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        list(read_gold(bad))


def test_evaluate_saved_predictions_matches_hand_counts() -> None:
    """Scoring the hand-made predictions gives exactly the hand-worked counts."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    assert report.articles == 4
    assert dict(report.overall) == EXPECTED_OVERALL


def test_groups_split_the_overall_counts() -> None:
    """Per-source counts add up to the overall counts; languages and agencies are keys too."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    sources = report.groups["source"]
    assert set(sources) == {"handmade-id", "handmade-en"}
    for field, total in report.overall.items():
        assert sum((t.get(field, Counts()) for t in sources.values()), Counts()) == total
    assert report.counts("bylines", "source", "handmade-id") == Counts(tp=1, articles=1, exact=1)
    assert set(report.groups["agency"]) == {"ANTARA", "Reuters", "WSJ", "(none)"}
    assert set(report.groups["language"]) == {"id", "en"}


def test_evaluate_with_a_parser_passes_hints_and_records_failures() -> None:
    """A parser callable gets the gold published date and language; a crash is a failure."""
    seen: list[tuple[str | None, str | None]] = []

    def parser(text: str, *, published: str | None = None, language: str | None = None) -> Article:
        seen.append((published, language))
        if "bakery" in text:
            raise RuntimeError("boom")
        return Article(text=text)

    report = evaluate(GOLD, parser=parser)
    assert seen[:2] == [("2025-07-11", "id"), ("2025-03-04", "en")]
    assert report.failures == ("hand/wsj-1: RuntimeError: boom",)
    assert report.overall["dateline.place"] == Counts(fn=3, articles=3)


def test_evaluate_without_hints_passes_text_only() -> None:
    """hints=False calls the parser with the text alone."""
    report = evaluate(GOLD, parser=lambda text: Article(text=text), hints=False, limit=1)
    assert report.articles == 1 and report.overall["bylines"] == Counts(fn=1, articles=1)


def test_report_json_round_trip() -> None:
    """Report.to_dict() is JSON and Report.from_dict() gives the same counts back."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    again = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again.overall == report.overall and again.groups == report.groups
    assert again.disagreements == report.disagreements


def test_worst_disagreements_come_first() -> None:
    """worst() orders one field's disagreements by their number of errors."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    worst = report.worst("dates", 5)
    assert [(d.id, d.errors) for d in worst] == [("hand/reuters-1", 2), ("hand/antara-1", 1)]
    assert "\u00bbTuesday\u00ab" in worst[0].excerpt and "2025-03-11" in worst[0].predicted
    assert [d.id for d in report.worst("bylines", 1)] == ["hand/reuters-1"]


def test_compare_reports_gives_deltas() -> None:
    """Comparing with a weaker baseline shows the F1 gain per field and scope."""
    now = evaluate(GOLD, predictions=PREDICTIONS)
    before = evaluate(GOLD, predictions={})
    deltas = {(d.scope, d.field, d.metric): d for d in compare_reports(now, before)}
    place = deltas[("overall", "dateline.place", "f1")]
    assert (place.before, place.after, place.change) == (0.0, 1.0, 1.0)
    assert deltas[("corpus=gold", "bylines", "f1")].change == pytest.approx(2 / 3)
    assert deltas[("overall", "dates.TIME", "f1")].change is None


def test_floor_violations() -> None:
    """A metric below its floor is reported; corpora not evaluated are skipped."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    floors = {
        "gold": {
            "dateline.place": {"f1": 0.99, "accuracy": 0.99},
            "bylines": {"f1": 0.7, "accuracy": 0.3},
            "dates.TIME": {"f1": 0.5},
        },
        "other": {"bylines": {"f1": 1.0}},
    }
    found = find_floor_violations(report, floors)
    assert [(v.corpus, v.field, v.metric) for v in found] == [
        ("gold", "bylines", "f1"),
        ("gold", "dates.TIME", "f1"),
    ]
    assert found[0].value == pytest.approx(2 / 3) and found[1].value is None


def test_read_floors_takes_numbers_or_metric_objects(tmp_path: Path) -> None:
    """A bare number is a floor on the file's default metric; an object names its metrics."""
    path = tmp_path / "floors.json"
    data = {"note": "x", "metric": "f1", "corpora": {"c": {"a": 0.5, "b": {"accuracy": 0.9}}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_floors(path) == {"c": {"a": {"f1": 0.5}, "b": {"accuracy": 0.9}}}


def test_raise_floors_sits_just_below_and_never_lowers() -> None:
    """Raised floors are the measured value minus the margin, and existing higher ones stay."""
    report = evaluate(GOLD, predictions=PREDICTIONS)
    existing = {"gold": {"bylines": {"f1": 0.9}}}
    raised = raise_floors(report, existing, margin=0.003)["corpora"]["gold"]
    assert raised["dateline.place"] == {"accuracy": 0.997, "f1": 0.997}
    assert raised["bylines"] == {"accuracy": 0.33, "f1": 0.9}
    assert "f1" not in raised["dates.TIME"]
    fresh = raise_floors(report, {})
    assert not find_floor_violations(report, fresh["corpora"])


# --------------------------------------------------------------------------- command line


def test_cli_prints_table_errors_and_json(tmp_path: Path) -> None:
    """The command prints the table and the worst disagreements and writes the JSON report."""
    out_json = tmp_path / "report.json"
    code, out, _ = cli(
        str(GOLD), "--predictions", str(PREDICTIONS), "--errors", "1", "--json", str(out_json)
    )
    assert code == 0
    assert "dateline.place" in out and "== bylines: 1 worst disagreements" in out
    assert "hand/reuters-1" in out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["overall"]["bylines"]["f1"] == pytest.approx(2 / 3, abs=1e-6)


def test_cli_compare_prints_deltas(tmp_path: Path) -> None:
    """--compare prints one line per field with the F1 change."""
    base = tmp_path / "base.json"
    base.write_text(json.dumps(evaluate(GOLD, predictions={}).to_dict()), encoding="utf-8")
    code, out, _ = cli(str(GOLD), "--predictions", str(PREDICTIONS), "--compare", str(base))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("overall") and "dateline.place" in x)
    assert "+100.0" in line


@pytest.mark.parametrize(("floor", "code"), [(0.6, 0), (0.7, 1)], ids=["met", "below"])
def test_cli_floors_exit_code(tmp_path: Path, floor: float, code: int) -> None:
    """--floors exits 1 when a field falls below its floor, 0 when all are met."""
    floors = tmp_path / "floors.json"
    floors.write_text(
        json.dumps({"metric": "f1", "corpora": {"gold": {"bylines": floor}}}), encoding="utf-8"
    )
    got, _, err = cli(str(GOLD), "--predictions", str(PREDICTIONS), "--floors", str(floors))
    assert got == code
    assert ("BELOW FLOOR gold: bylines" in err) is (code == 1)


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    """A missing gold file or a malformed floors file is a usage error."""
    assert cli(str(tmp_path / "missing.jsonl"), "--predictions", str(PREDICTIONS))[0] == 2
    floors = tmp_path / "floors.json"
    floors.write_text("{}", encoding="utf-8")
    assert cli(str(GOLD), "--predictions", str(PREDICTIONS), "--floors", str(floors))[0] == 2


# --------------------------------------------------------------------------- overlay gold

OVERLAY_PREDICTIONS = {
    "hand/kompas-2": Prediction(
        dates=(
            PredictedDate(58, 78, "2025-07-09", "DATE", "Rabu (9/7/2025) pagi"),
            PredictedDate(132, 139, "199X", "DATE", "1990-an"),
        )
    ),
    "hand/harbour-1": Prediction(
        dates=(
            PredictedDate(45, 51, "2025-03-03", "DATE", "Monday"),
            PredictedDate(108, 115, "2025-03-04", "DATE", "Tuesday"),
        )
    ),
}


def test_overlay_rows_take_text_and_metadata_from_the_texts() -> None:
    """An overlay row (id + annotations) gets text, language and date from its text record."""
    texts = read_texts([TEXTS], ids={"hand/kompas-2", "hand/harbour-1"})
    assert set(texts) == {"hand/kompas-2", "hand/harbour-1"}
    first, second = read_gold(OVERLAY, texts=texts)
    assert first.text.startswith("JAKARTA, KOMPAS.com -") and first.corpus == "overlay"
    assert (first.language, first.published, first.agency) == ("id", "2025-07-10", "KOMPAS.com")
    assert [d["value"] for d in first.gold["dates"]] == ["2025-07-09", "199", "2026"]
    assert set(first.gold) == {"dates"} and not first.score_agency
    assert second.agency == "Reuters" and second.score_agency and set(second.gold) == {"dates"}


def test_overlay_scores_only_its_own_annotations() -> None:
    """The text records' own gold (dateline, bylines) is not scored through an overlay."""
    report = evaluate(OVERLAY, texts=TEXTS, predictions=OVERLAY_PREDICTIONS)
    assert report.articles == 2
    assert report.overall["dates.DATE"] == Counts(tp=3, fn=1, articles=2, exact=1)
    assert report.overall["dates"] == Counts(tp=3, fp=1, fn=2, articles=2)
    assert report.overall["dates.TIME"] == Counts(fn=1, articles=2, exact=1)
    assert report.overall["agency"] == Counts(fn=1, articles=1)
    assert not {"dateline.place", "bylines", "agency.in_text"} & set(report.overall)
    assert set(report.groups["agency"]) == {"KOMPAS.com", "Reuters"}
    assert report.settings["texts"] == [str(TEXTS)]


def test_overlay_passes_the_text_records_hints_to_the_parser() -> None:
    """The parser gets the joined text with the text record's published date and language."""
    seen: list[tuple[str, str | None, str | None]] = []

    def parser(text: str, *, published: str | None = None, language: str | None = None) -> Article:
        seen.append((text[:8], published, language))
        return Article(text=text)

    evaluate([OVERLAY], texts=[TEXTS], parser=parser)
    assert seen == [("JAKARTA,", "2025-07-10", "id"), ("Harbour ", "2025-03-05", "en")]


def test_overlay_without_texts_or_with_unknown_id_names_the_line(tmp_path: Path) -> None:
    """An overlay row needs --texts, and an id that the texts hold."""
    with pytest.raises(ValueError, match=r"overlay.jsonl:1: .*--texts"):
        list(read_gold(OVERLAY))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "hand/nowhere", "dates": []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:1: .*hand/nowhere"):
        evaluate(bad, texts=TEXTS, predictions={})


def test_cli_texts_joins_overlay_and_prints_markdown() -> None:
    """`--texts` joins the overlay; `--markdown` prints the docs' table format."""
    code, out, _ = cli(
        str(OVERLAY),
        str(GOLD),
        "--texts",
        str(TEXTS),
        "--predictions",
        str(PREDICTIONS),
        "--markdown",
    )
    assert code == 0
    assert "### overlay" in out and "### gold" in out
    assert "| `dates.DATE` | 2 | 4 | 0 | 0 | 0 | 4 | \u2013 | 0.0 | 0.0 | 0.0 |" in out
    assert "`dates.SET`" not in out.split("### overlay")[1]


# --------------------------------------------------------------------------- dateparser baseline


def test_dateparser_baseline_locates_substrings_in_order() -> None:
    """dateparser's substrings are found left to right and valued at day precision."""
    text = "Rapat digelar Senin (7/7) dan Senin (7/7) lagi, lalu kemarin."
    found = find_dateparser_dates(text, "id", "2025-07-09")
    assert [(d.start, d.value) for d in found] == [
        (14, "2025-07-07"),
        (30, "2025-07-07"),
        (48, "2025-07-08"),
    ]
    assert all(text[d.start : d.end] == d.text and d.type == "DATE" for d in found)


def test_dateparser_baseline_fields_sit_beside_wirekit() -> None:
    """dates_baseline='dateparser' adds prefixed date fields scored the same way."""
    report = evaluate(GOLD, predictions=PREDICTIONS, dates_baseline="dateparser")
    assert report.overall["dates"] == EXPECTED_OVERALL["dates"]
    baseline = report.overall["dateparser:dates"]
    assert baseline.gold == 5 and baseline.articles == 2


def test_parallel_run_gives_the_same_report() -> None:
    """jobs=2 (worker processes running wirekit.parse) scores exactly like jobs=1."""
    one, two = evaluate(GOLD), evaluate(GOLD, jobs=2)
    assert two.overall == one.overall and two.disagreements == one.disagreements


def test_wirekit_command_dispatches_evaluate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wirekit evaluate` is wired into the main command line and exits 1 below a floor."""
    import wirekit
    from wirekit.cli import main

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"corpora": {"gold": {"editors": {"f1": 0.9}}}}), encoding="utf-8")
    code = main(["evaluate", str(GOLD), "--predictions", str(PREDICTIONS), "--floors", str(floors)])
    assert code == 1 and "BELOW FLOOR gold: editors f1 0.8000" in capsys.readouterr().err
    assert wirekit.evaluate is evaluate


def test_agency_table_names_registered_agencies() -> None:
    """Every id in the gold-to-id table is a built-in agency (STT has none yet)."""
    from wirekit._evaluate import AGENCY_IDS
    from wirekit._registry import default_registry

    registered = {agency.id for agency in default_registry()}
    assert set(AGENCY_IDS.values()) - registered == {"stt"}
