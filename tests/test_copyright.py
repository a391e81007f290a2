"""The copyright parser: signs, mojibake, holder/year order, the last statement wins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit.parsers import Context
from wirekit.parsers.copyright import COPYRIGHT_RE, _statements, parse_copyright

# (text, holder, year, statement surface)
EXAMPLES = [
    ("Harga naik.\nCopyright © ANTARA 2025", "ANTARA", 2025, "Copyright © ANTARA 2025"),
    (
        "Harga naik.\nCOPYRIGHT © ANTARA 2021\nDilarang keras...",
        "ANTARA",
        2021,
        "COPYRIGHT © ANTARA 2021",
    ),
    ("Harga naik.\nCOPYRIGHT © 2016", None, 2016, "COPYRIGHT © 2016"),
    ("Harga naik.\nCOPYRIGHT Â© ANTARA 2020", "ANTARA", 2020, "COPYRIGHT Â© ANTARA 2020"),
    (
        "Prices rose.\n(c) Copyright Thomson Reuters 2014",
        "Thomson Reuters",
        2014,
        "(c) Copyright Thomson Reuters 2014",
    ),
    (
        "Prices rose.\nCopyright 2019 The Associated Press. All rights reserved.",
        "The Associated Press",
        2019,
        "Copyright 2019 The Associated Press. All rights reserved.",
    ),
    ("Prices rose.\n© 2024 AFP", "AFP", 2024, "© 2024 AFP"),
    (
        "Prices rose.\n- (c)2018 The Daily Courier\n",
        "The Daily Courier",
        2018,
        "(c)2018 The Daily Courier",
    ),
    (
        "katanya. Pewarta: A Editor: B COPYRIGHT © ANTARA 2020",
        "ANTARA",
        2020,
        "COPYRIGHT © ANTARA 2020",
    ),
]


@pytest.mark.parametrize(
    ("text", "holder", "year", "surface"), EXAMPLES, ids=[e[3] for e in EXAMPLES]
)
def test_copyright_examples(text: str, holder: str | None, year: int, surface: str) -> None:
    """Holder as written, year as int, span over the whole statement."""
    found = parse_copyright(text)
    assert found is not None
    assert (found.holder, found.year) == (holder, year)
    assert found.span.slice(text) == surface
    if found.holder_span is not None:
        assert found.holder_span.slice(text) == holder


def test_mojibake_is_reported() -> None:
    """ "Â©" is accepted and reported as copyright.mojibake."""
    context = Context()
    parse_copyright("COPYRIGHT Â© ANTARA 2020", None, context)
    assert [d.code for d in context.diagnostics] == ["copyright.mojibake"]


def test_last_statement_wins() -> None:
    """With several statements, the last one is the article's."""
    text = "(c)2018 The Daily Courier\nStory.\nCopyright © ANTARA 2025"
    found = parse_copyright(text)
    assert found is not None
    assert (found.holder, found.year) == ("ANTARA", 2025)


@pytest.mark.parametrize(
    "text",
    [
        "The copyright law changed in parliament.",
        "No copyright line here at all.",
        "Harga naik 2025.",
    ],
)
def test_prose_is_not_a_statement(text: str) -> None:
    """A bare word "copyright" in a sentence is no copyright statement."""
    assert parse_copyright(text) is None


@given(st.text(max_size=200))
def test_never_raises_and_spans_match(text: str) -> None:
    """On any text the result is None or a statement whose spans hold its fields."""
    found = parse_copyright(text)
    if found is not None:
        assert 0 <= found.span.start < found.span.end <= len(text)
        if found.holder is not None:
            assert found.holder_span is not None
            assert found.holder_span.slice(text) == found.holder


_COPYRIGHT_PIECES = st.sampled_from(
    ["Copyright", "COPYRIGHT", "copyright", "©", "Â©", "Â", "(c)", "(C)", " ", "\n", "2025",
     " ANTARA", "The Associated Press", ".", "x", "\u0130", "\u017f", "\u212a"]
)  # fmt: skip


@given(st.lists(_COPYRIGHT_PIECES | st.text(max_size=3), max_size=25).map("".join))
def test_statements_are_exactly_the_pattern_matches(text: str) -> None:
    """The pre-scanned statements are the matches a full finditer scan gives."""
    found = [m.span() for m in _statements(text, 0, len(text), None)]
    assert found == [m.span() for m in COPYRIGHT_RE.finditer(text)]
