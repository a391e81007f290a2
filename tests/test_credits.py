"""The credits parser: labels, glued footers, several names per label, agency words, diagnostics."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit import Role
from wirekit.parsers import Context
from wirekit.parsers.credits import find_credits, make_credits_parser

R, W, E, T, P, C = (
    Role.REPORTER,
    Role.WRITER,
    Role.EDITOR,
    Role.TRANSLATOR,
    Role.PHOTOGRAPHER,
    Role.CONTRIBUTOR,
)

# (text, [(role, name, label)])
EXAMPLES = [
    (
        "Harga naik.\nPewarta: Xinhua\nEditor: M Razi Rahman",
        [(R, "Xinhua", "Pewarta"), (E, "M Razi Rahman", "Editor")],
    ),
    (
        "Harga naik.\nPewarta : Dewi Lestari\nEditor : Andi Saputra",
        [(R, "Dewi Lestari", "Pewarta"), (E, "Andi Saputra", "Editor")],
    ),
    (
        "Harga naik.\nPewarta: Budi Santoso dan Agus S\nEditor: Rina",
        [(R, "Budi Santoso", "Pewarta"), (R, "Agus S", "Pewarta"), (E, "Rina", "Editor")],
    ),
    (
        "Harga naik.\nPenulis: Sari Dewi | Editor: Yudi Prasetyo",
        [(W, "Sari Dewi", "Penulis"), (E, "Yudi Prasetyo", "Editor")],
    ),
    (
        "Harga naik, katanya. Pewarta: Andi Wijaya Editor: Rudi COPYRIGHT © ANTARA 2020",
        [(R, "Andi Wijaya", "Pewarta"), (E, "Rudi", "Editor")],
    ),
    (
        "Harga naik. Pewarta: ASavitriEditor: Budi",
        [(R, "ASavitri", "Pewarta"), (E, "Budi", "Editor")],
    ),
    (
        "Prices rose.\nTranslator: Nadia Putri\nEditor: Ade",
        [(T, "Nadia Putri", "Translator"), (E, "Ade", "Editor")],
    ),
    (
        "Harga naik.\nFotografer: Dimas\nPenerjemah: Maya",
        [(P, "Dimas", "Fotografer"), (T, "Maya", "Penerjemah")],
    ),
    (
        "Prices rose.\n(Reporting by Ann Lee and Bo Chen; "
        "Additional reporting by Cy Park; Editing by Dee Moss)",
        [
            (R, "Ann Lee", "Reporting by"),
            (R, "Bo Chen", "Reporting by"),
            (C, "Cy Park", "Additional reporting by"),
            (E, "Dee Moss", "Editing by"),
        ],
    ),
    (
        "Prices rose.\n(Reporting by Ann Lee in Paris, editing by Dee Moss)",
        [(R, "Ann Lee", "Reporting by"), (E, "Dee Moss", "editing by")],
    ),
    (
        "By JOHN DOE and JANE ROE\nAssociated Press\nLIMA, Peru (AP) _ Rain fell.",
        [(R, "JOHN DOE", "By"), (R, "JANE ROE", "By")],
    ),
    ("TRADE TALKS\nBy Ann Lee, Reuters\nLONDON, March 2 - Talks began.", [(R, "Ann Lee", "By")]),
    ("By JOHN DOE, Associated Press Writer\nLIMA, Peru (AP) _ Rain fell.", [(R, "JOHN DOE", "By")]),
    (
        "Laporan Wartawan Tribunnews.com, Rina Ayu\nJAKARTA - Harga naik.",
        [(R, "Rina Ayu", "Laporan Wartawan")],
    ),
    (
        "Kisah panjang.\nOleh Desca Natalia\nEditor: Budi",
        [(R, "Desca Natalia", "Oleh"), (E, "Budi", "Editor")],
    ),
    (
        "Cricket scores.\nJohn Smith\nCOLOMBO 1996-08-22\nThe match ended.",
        [(R, "John Smith", None)],
    ),
    (
        "- Reporting by: Ann Lee in Vienna and Bo Chen in Rome\n"
        "- Editing by: Dee Moss, +49 30 1234, <desk@example.org>",
        [
            (R, "Ann Lee", "Reporting by"),
            (R, "Bo Chen", "Reporting by"),
            (E, "Dee Moss", "Editing by"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_credit_examples(text: str, expected: list[tuple[Role, str, str | None]]) -> None:
    """Each footer or lead gives one credit per person, with role and label as written."""
    credits = find_credits(text)
    assert [(c.role, c.name, c.label) for c in credits] == expected
    for credit in credits:
        assert credit.span.slice(text) == credit.name
        if credit.label_span is not None:
            assert credit.label_span.slice(text) == credit.label


def test_empty_editor_reports() -> None:
    """ "Editor :" with nothing after it gives no credit and a credit.empty diagnostic."""
    context = Context()
    credits = find_credits(
        "Harga naik.\nPewarta: Budi\nEditor :\nCOPYRIGHT © ANTARA 2020", None, context
    )
    assert [c.name for c in credits] == ["Budi"]
    assert [d.code for d in context.diagnostics] == ["credit.empty"]


def test_too_long_value_is_not_a_name() -> None:
    """A 5,000-character value gives no credit and credit.too-long."""
    context = Context()
    assert find_credits("Pewarta: " + "a" * 5000, None, context) == ()
    assert [d.code for d in context.diagnostics] == ["credit.too-long"]


def test_body_sentences_are_not_credits() -> None:
    """A "by" inside the body, far from lead and footer, credits nobody."""
    body = "The plan was reported by the ministry.\n" * 100
    assert find_credits("Title\n" + body + "The end.") == ()


def test_prose_starting_with_by_is_not_a_byline() -> None:
    """ "By the end of the year, ..." is a sentence, not a byline."""
    assert find_credits("By the end of the year, prices rose sharply across the region.") == ()


def test_crlf_and_nbsp() -> None:
    """CRLF line ends and NBSP do not leak into names."""
    text = "Harga naik.\r\nPewarta:\u00a0Budi Santoso\r\nEditor: Rina\r\n"
    assert [c.name for c in find_credits(text)] == ["Budi Santoso", "Rina"]


def test_signoff_parser() -> None:
    """With signoff=True a last line "(Nama Penulis)" is the reporter."""
    parse = make_credits_parser(signoff=True)
    credits = parse("JAKARTA - Harga naik.\n(Rahmat Hidayat)", None, None)
    assert [(c.role, c.name, c.label) for c in credits] == [(R, "Rahmat Hidayat", None)]


@given(st.text(max_size=300))
def test_never_raises_and_spans_match(text: str) -> None:
    """On any text every credit's span holds its name."""
    for credit in find_credits(text):
        assert credit.span.slice(text) == credit.name
