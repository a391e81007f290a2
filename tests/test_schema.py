"""The JSON Schema of ``Article.to_dict()``, checked against real outputs, and JSON round trips."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given

import wirekit
from strategies import WireSample, near_valid_articles, wire_articles
from wirekit import Article
from wirekit._schema import json_schema
from wirekit.data import read_example

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the 'test' extra")

STORIES = {
    "antara": (
        "Sentani, Jayapura (ANTARA) - Bandara kembali dibuka Selasa (8/7) setelah kabut tebal "
        "sejak kemarin.\nPewarta: Yosef Wanma\nEditor :\nCOPYRIGHT Â© ANTARA 2025\n"
    ),
    "reuters": (
        "BRASILIA, Feb 26 (Reuters) - Coffee exporters expect a smaller crop next year, "
        "the trade group said on Thursday.\n(Reporting by Ana Lima and Rui Costa; "
        "Editing by Mark Dean)\n"
    ),
    "ap": (
        "WARSAW, Poland (AP) -- Trams stopped for an hour on Monday.\r\n"
        "By JOHN DOE Associated Press\r\n"
    ),
    "empty": "",
    "no-structure": "Just one sentence without any wire markers at all.",
}


@pytest.fixture(scope="module")
def validator() -> Any:
    """A draft 2020-12 validator for wirekit's schema (with format checks)."""
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def as_json(article: Article) -> Any:
    """to_dict() through real JSON text, as a consumer sees it."""
    return json.loads(json.dumps(article.to_dict(), ensure_ascii=False))


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself is a valid JSON Schema."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("name", sorted(STORIES))
def test_real_outputs_validate(validator: Any, name: str) -> None:
    """Hand-written stories in several agencies' styles give schema-valid output."""
    validator.validate(as_json(wirekit.parse(STORIES[name])))


def test_example_with_published_validates(validator: Any) -> None:
    """The bundled example, with and without a caller date, validates."""
    validator.validate(as_json(wirekit.parse(read_example())))
    validator.validate(as_json(wirekit.parse(read_example(), published="2025-07-11")))


@given(wire_articles())
def test_generated_articles_validate_and_round_trip(sample: WireSample) -> None:
    """Generated wire stories: schema-valid JSON that rebuilds an equal Article."""
    article = wirekit.parse(sample.text, published=sample.published)
    data = as_json(article)
    jsonschema.validate(data, json_schema())
    assert Article.from_dict(data) == article


@given(near_valid_articles())
def test_damaged_articles_validate_and_round_trip(sample: WireSample) -> None:
    """Damaged, scraped-looking stories still give schema-valid JSON that round-trips."""
    article = wirekit.parse(sample.text)
    data = as_json(article)
    jsonschema.validate(data, json_schema())
    assert Article.from_dict(data) == article


def test_schema_covers_every_record_field() -> None:
    """Each record's schema lists exactly its attrs fields, all required (no drift)."""
    defs = json_schema()["$defs"]
    records = [
        wirekit.Anchor,
        wirekit.Copyright,
        wirekit.Credit,
        wirekit.DateMention,
        wirekit.Dateline,
        wirekit.Diagnostic,
        wirekit.Notice,
        wirekit.Reference,
        wirekit.Segment,
    ]
    for record in records:
        names = [f.name for f in attrs.fields(record)]
        assert list(defs[record.__name__]["properties"]) == names, record.__name__
        assert defs[record.__name__]["required"] == names
    article = json_schema()
    assert list(article["properties"]) == [f.name for f in attrs.fields(Article)] + [
        "bylines",
        "editors",
    ]


def _broken(data: dict[str, Any], how: str) -> dict[str, Any]:
    data = copy.deepcopy(data)
    if how == "extra-key":
        data["surprise"] = 1
    elif how == "span-length":
        data["dateline"]["span"] = [0, 1, 2]
    elif how == "negative-offset":
        data["segments"][0]["span"] = [-1, 3]
    elif how == "enum":
        data["credits"][0]["role"] = "chef"
    elif how == "date-format":
        data["reference"]["date"] = "11/07/2025"
    elif how == "missing-key":
        del data["dates"]
    elif how == "names-not-strings":
        data["bylines"] = [1]
    return data


@pytest.mark.parametrize(
    "how",
    [
        "extra-key",
        "span-length",
        "negative-offset",
        "enum",
        "date-format",
        "missing-key",
        "names-not-strings",
    ],
)
def test_schema_rejects_malformed_output(validator: Any, how: str) -> None:
    """The schema is tight: each kind of damage to a real output is rejected."""
    data = as_json(wirekit.parse(read_example(), published="2025-07-11"))
    validator.validate(data)
    assert not validator.is_valid(_broken(data, how))


def test_from_dict_ignores_derived_names() -> None:
    """bylines / editors in the JSON are derived: from_dict rebuilds them from credits."""
    data = as_json(wirekit.parse(read_example()))
    data["bylines"] = ["Someone Else"]
    assert [c.name for c in Article.from_dict(data).bylines] == ["Xinhua"]
