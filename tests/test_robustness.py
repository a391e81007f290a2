"""Hostile and broken input: every case has one clear, tested outcome.

The outcomes are those promised in docs/errors.md: wrong argument types raise
``TypeError`` (``bytes`` naming ``text.decode()``), a malformed ``published``
raises ``ValueError``, and any *content* at all parses in lenient mode with
every invariant of :func:`strategies.check_invariants` holding. Run as a
script (``python tests/test_robustness.py``) to rewrite the diagnostic codes
table in docs/errors.md from :data:`wirekit.DIAGNOSTIC_CODES`.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import random
import sys
import warnings
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import wirekit
from strategies import check_invariants
from wirekit import Article, Role, Severity, cli
from wirekit._bytes import MAX_DECODE_DIAGNOSTICS, parse_bytes
from wirekit.parsers import _context
from wirekit.parsers._context import scan_first

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "wirekit"
ERRORS_DOC = ROOT / "docs" / "errors.md"
TEN_MB = 10 * 1024 * 1024

STORY = (
    "JAKARTA (ANTARA) - Pemerintah kota menyiapkan posko banjir di lima kecamatan, "
    "kata wali kota pada Kamis (10/7).\n"
    "Warga diminta waspada hingga akhir pekan, katanya.\n"
    "Pewarta: Sinta Wulandari\n"
    "Editor: Bayu Hartono\n"
    "COPYRIGHT © ANTARA 2025"
)
PUBLISHED = dt.date(2025, 7, 11)


def parse_checked(text: str, **kwargs: object) -> Article:
    """Parse leniently and assert every structural invariant before returning the article."""
    article = wirekit.parse(text, **kwargs)  # type: ignore[arg-type]
    check_invariants(article, text)
    return article


def names(credits: tuple[wirekit.Credit, ...]) -> list[str]:
    """The names of ``credits`` in text order."""
    return [c.name for c in credits]


# --- wrong argument types ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param(None, "NoneType", id="None"),
        pytest.param(b"JAKARTA (ANTARA) - x", "text.decode", id="bytes"),
        pytest.param(bytearray(b"x"), "text.decode", id="bytearray"),
        pytest.param(memoryview(b"x"), "memoryview", id="memoryview"),
        pytest.param(42, "int", id="int"),
        pytest.param(["JAKARTA (ANTARA) - x"], "list", id="list-of-str"),
        pytest.param(Path("story.txt"), "Path", id="path"),
    ],
)
def test_non_str_text_raises_type_error(value: object, words: str) -> None:
    """Anything but str is a TypeError whose message names the type (and decode() for bytes)."""
    with pytest.raises(TypeError, match=regex.escape(words)):
        wirekit.parse(value)  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    """A str subclass is a str: it parses like the plain string."""

    class Tagged(str):
        """A str subclass as some pipelines use."""

    assert wirekit.parse(Tagged(STORY), published=PUBLISHED) == wirekit.parse(
        STORY, published=PUBLISHED
    )


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("14/07/2025", id="day-first"),
        pytest.param("July 14, 2025", id="words"),
        pytest.param("", id="empty"),
        pytest.param("2025-13-01", id="month-13"),
        pytest.param("2025-02-30", id="feb-30"),
        pytest.param("yesterday", id="relative"),
    ],
)
def test_published_in_a_wrong_format_raises_value_error(published: str) -> None:
    """A published string that is not an ISO date is a ValueError naming the expected form."""
    with pytest.raises(ValueError, match="ISO 8601"):
        wirekit.parse(STORY, published=published)


@pytest.mark.parametrize(
    "published", [20250714, 2025.7, ["2025-07-14"]], ids=["int", "float", "list"]
)
def test_published_of_a_wrong_type_raises_type_error(published: object) -> None:
    """A published value that is not a date, datetime, str or None is a TypeError."""
    with pytest.raises(TypeError, match="published"):
        wirekit.parse(STORY, published=published)  # type: ignore[arg-type]


def test_unknown_agency_is_a_lookup_error() -> None:
    """An unknown agency id raises UnknownAgencyError, which is also a LookupError."""
    with pytest.raises(LookupError) as caught:
        wirekit.parse(STORY, agency="no-such-agency")
    assert isinstance(caught.value, wirekit.UnknownAgencyError)
    assert caught.value.agency == "no-such-agency"


# --- empty, huge and binary input -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n", "\r\n\r\n", "\t \u00a0\u3000\u2028", "\x00"],
    ids=["empty", "space", "newline", "crlf", "unicode-spaces", "nul"],
)
def test_empty_or_blank_text_gives_an_empty_article(text: str) -> None:
    """Empty or blank text parses to an article with nothing found and segments covering it."""
    article = parse_checked(text)
    assert (article.dateline, article.credits, article.copyright, article.dates) == (
        None,
        (),
        None,
        (),
    )
    assert "dateline.missing" in {d.code for d in article.diagnostics}


def test_ten_megabyte_article_parses_whole() -> None:
    """A 10 MB article (many paragraphs) parses once, keeping its dateline and footer."""
    paragraph = "Warga menanam pohon di sepanjang sungai, kata camat.\n"
    body = paragraph * (TEN_MB // len(paragraph))
    text = f"JAKARTA (ANTARA) - {body}Pewarta: Sinta Wulandari\nEditor: Bayu Hartono\n"
    article = parse_checked(text, published=PUBLISHED)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"
    assert names(article.bylines) == ["Sinta Wulandari"]


def test_single_ten_megabyte_line_parses_whole() -> None:
    """A 10 MB article with no line break at all parses once with every invariant."""
    sentence = "Harga (3/1) naik 10/7 persen -- kata pedagang: stok aman. "
    text = "JAKARTA (ANTARA) - " + sentence * (TEN_MB // len(sentence))
    article = parse_checked(text, published=PUBLISHED)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"


def test_binary_junk_parses_without_raising() -> None:
    """Random bytes read as Latin-1 (every control character included) parse without raising."""
    junk = random.Random(7).randbytes(200_000).decode("latin-1")
    parse_checked(junk)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("JAKARTA (ANTARA) - Rapat\x00 digelar Kamis (10/7).\x00", id="nul-in-body"),
        pytest.param("JAKARTA (ANTARA) - Rapat \ud800 digelar Kamis (10/7).", id="lone-high"),
        pytest.param("JAKARTA (ANTARA) - Rapat \udfff digelar Kamis (10/7).", id="lone-low"),
        pytest.param(
            "JAKARTA (ANTARA) - \U0001f389 Rapat digelar Kamis (10/7) \U0001f389.", id="emoji"
        ),
        pytest.param("\ufeffJAKARTA (ANTARA) - Rapat digelar Kamis (10/7).", id="bom"),
    ],
)
def test_control_characters_do_not_move_spans(text: str) -> None:
    """NULs, lone surrogates, emoji and a BOM leave the dateline and the date found exactly."""
    article = parse_checked(text, published=PUBLISHED)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"
    assert [m.text for m in article.dates] == ["Kamis (10/7)"]
    assert article.dates[0].date == dt.date(2025, 7, 10)


def test_lone_surrogates_survive_the_json_round_trip() -> None:
    """An article holding lone surrogates goes through to_dict -> JSON -> from_dict unchanged."""
    article = parse_checked("JAKARTA (ANTARA) - \udcff\ud800 Pewarta: Sinta\udc80")
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article


# --- line ends and spaces -------------------------------------------------------------------


@pytest.mark.parametrize(
    "newline",
    ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n"],
    ids=["lf", "crlf", "cr", "line-separator", "paragraph-separator", "nel", "blank-line"],
)
def test_footer_is_read_with_any_line_end(newline: str) -> None:
    """Credits and copyright are found whatever the line ends, and names carry no line-end."""
    text = STORY.replace("\n", newline)
    article = parse_checked(text, published=PUBLISHED)
    assert names(article.bylines) == ["Sinta Wulandari"]
    assert names(article.editors) == ["Bayu Hartono"]
    assert article.copyright is not None and article.copyright.year == 2025


@pytest.mark.parametrize(
    "space",
    [
        pytest.param("\u00a0", id="nbsp"),
        pytest.param("\t", id="tab"),
        pytest.param("\u2002", id="en-space"),
        pytest.param("\u2007", id="figure-space"),
        pytest.param("\u202f", id="narrow-nbsp"),
        pytest.param("\u3000", id="ideographic"),
    ],
)
def test_unicode_spaces_count_as_spaces(space: str) -> None:
    """NBSP and other Unicode spaces separate words like a plain space does."""
    text = STORY.replace(" ", space)
    article = parse_checked(text, published=PUBLISHED)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"
    assert [c.name.replace(space, " ") for c in article.bylines] == ["Sinta Wulandari"]


# --- scripts, marks and mojibake ------------------------------------------------------------


def test_full_width_digits_and_parentheses_are_never_misread() -> None:
    """Full-width digits and parentheses are either not a date or exactly the right date."""
    text = (
        "JAKARTA (ANTARA) - Rapat digelar Kamis\uff08\uff11\uff10/\uff17\uff09"
        "dan Jumat (\uff11\uff11/\uff17)."
    )
    article = parse_checked(text, published=PUBLISHED)
    for mention in article.dates:
        assert mention.date in (None, dt.date(2025, 7, 10), dt.date(2025, 7, 11)), mention


def test_right_to_left_text_keeps_spans_exact() -> None:
    """Arabic text and RTL marks around a Latin dateline leave every span exact."""
    text = (
        "\u202bخبر عاجل\u202c\n"
        "JAKARTA (ANTARA) - قال الوزير \u200fإن الاجتماع Kamis (10/7).\n"
        "Pewarta: Sinta"
    )
    article = parse_checked(text, published=PUBLISHED)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"
    assert names(article.bylines) == ["Sinta"]


def test_combining_marks_stay_in_place_names() -> None:
    """A decomposed accent (e + U+0301) stays part of the dateline place, spans exact."""
    text = "BOGOTE\u0301, March 3 (Reuters) - Coffee growers met on Monday."
    article = parse_checked(text, published=dt.date(2025, 3, 4))
    assert article.dateline is not None and article.dateline.place == "BOGOTE\u0301"


def test_mojibake_copyright_is_read_and_reported() -> None:
    """'COPYRIGHT Â© ANTARA 2020' gives holder ANTARA, year 2020 and a copyright.mojibake note."""
    text = "JAKARTA (ANTARA) - Rapat digelar.\nPewarta: Sinta\nCOPYRIGHT Â© ANTARA 2020"
    article = parse_checked(text)
    assert article.copyright is not None
    assert (article.copyright.holder, article.copyright.year) == ("ANTARA", 2020)
    assert "copyright.mojibake" in {d.code for d in article.diagnostics}


def test_mojibake_dash_in_a_dateline_parses() -> None:
    """An em dash read as cp1252 ('â€”') does not break the article; spans stay exact."""
    article = parse_checked("NEW YORK (AP) â€” The city council voted on Tuesday.")
    assert article.dateline is None or article.dateline.place == "NEW YORK"


def test_html_leftovers_do_not_enter_names() -> None:
    """'<br>' and '&nbsp;' left in the text never become part of a credited name."""
    text = "JAKARTA (ANTARA) - Rapat digelar.<br>Pewarta:&nbsp;Sinta Wulandari<br>Editor: Bayu<br>"
    article = parse_checked(text)
    for credit in article.credits:
        assert "<" not in credit.name and "&" not in credit.name, credit


# --- repeated and oversized parts -----------------------------------------------------------


def test_footer_repeated_twice_gives_distinct_credit_spans() -> None:
    """A footer pasted twice yields credits at distinct, non-overlapping spans."""
    footer = "Pewarta: Sinta Wulandari\nEditor: Bayu Hartono\n"
    article = parse_checked(f"JAKARTA (ANTARA) - Rapat digelar.\n{footer}{footer}")
    assert set(names(article.bylines)) == {"Sinta Wulandari"}
    assert set(names(article.editors)) == {"Bayu Hartono"}


def test_two_datelines_the_first_one_wins() -> None:
    """With two datelines in the text, the article's dateline is the first one."""
    text = "JAKARTA (ANTARA) - Rapat pertama.\nSURABAYA (ANTARA) - Rapat kedua.\nPewarta: Sinta"
    article = parse_checked(text)
    assert article.dateline is not None and article.dateline.place == "JAKARTA"


def test_five_thousand_character_credit_is_refused() -> None:
    """A credit label followed by a 5,000-character value gives no name, and says why."""
    value = ("Sinta Wulandari " * 320)[:5000]
    article = parse_checked(f"JAKARTA (ANTARA) - Rapat digelar.\nPewarta: {value}\nEditor: Bayu")
    assert all(len(c.name) <= 200 for c in article.credits)
    assert "credit.too-long" in {d.code for d in article.diagnostics}


def test_many_credit_labels_in_a_row_parse() -> None:
    """Thousands of credit labels with no names parse, every credit span distinct."""
    parse_checked("JAKARTA (ANTARA) - x.\n" + "Pewarta: Editor: " * 5000)


# --- impossible and extreme dates -----------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["Kamis (99/99)", "Kamis (31/2)", "Kamis (0/0)", "Kamis (30/2/2025)", "Senin (1/1/0000)"],
    ids=["99-99", "31-2", "0-0", "30-2-2025", "year-0"],
)
def test_impossible_dates_resolve_to_nothing(written: str) -> None:
    """Digits that form no calendar date never become a date value."""
    article = parse_checked(f"JAKARTA (ANTARA) - Rapat digelar {written}.", published=PUBLISHED)
    assert all(m.date is None for m in article.dates if m.text.startswith("Kamis") or "/" in m.text)


def test_invalid_day_month_is_reported() -> None:
    """'Kamis (31/2)' is reported as reldate.invalid-date."""
    article = parse_checked("JAKARTA (ANTARA) - Rapat digelar Kamis (31/2).", published=PUBLISHED)
    assert "reldate.invalid-date" in {d.code for d in article.diagnostics}


def test_year_9999_is_the_last_representable_day() -> None:
    """'Jumat (31/12/9999)' resolves to 9999-12-31 (a Friday) without overflow."""
    article = parse_checked(
        "JAKARTA (ANTARA) - Batas waktu Jumat (31/12/9999), kemarin, besok.", published=PUBLISHED
    )
    assert dt.date(9999, 12, 31) in [m.date for m in article.dates]


RELATIVE_STORY = (
    "JAKARTA (ANTARA) - Rapat digelar kemarin, dilanjutkan besok dan lusa, "
    "seperti Senin lalu, pekan depan, bulan lalu, tahun depan dan Kamis (10/7)."
)


@pytest.mark.parametrize(
    "published",
    [
        dt.date(1, 1, 1),
        dt.date(1, 1, 3),
        dt.date(9999, 12, 31),
        dt.date(9999, 12, 29),
        dt.date(1900, 2, 28),
    ],
    ids=["year-1-first-day", "year-1", "year-9999-last-day", "year-9999", "1900"],
)
def test_extreme_published_dates_never_overflow(published: dt.date) -> None:
    """Relative dates counted from the first or last representable day do not raise."""
    article = parse_checked(RELATIVE_STORY, published=published)
    for mention in article.dates:
        assert mention.date is None or dt.date.min <= mention.date <= dt.date.max


def test_counting_past_the_calendar_is_reported() -> None:
    """'kemarin' on 0001-01-01 stays unresolved with reldate.out-of-range instead of raising."""
    article = parse_checked("JAKARTA (ANTARA) - Rapat digelar kemarin.", published=dt.date(1, 1, 1))
    (mention,) = article.dates
    assert (mention.text, mention.value) == ("kemarin", None)
    assert "reldate.out-of-range" in {d.code for d in article.diagnostics}


# Inputs the atheris harness (fuzz/fuzz_parse.py) made crash, kept so they never return.
FUZZ_FINDINGS = [
    pytest.param(
        "Judul berita\nJAKARTA (ANTARA) - Warga berkumpul di alun-alun pada Kamis (10/7), "
        "kata camat kemarin.\n\u0124\x00",
        dt.date(1, 1, 1),
        id="crash-2a2f1e15-overflow-before-year-1",
    ),
]


@pytest.mark.parametrize(("text", "published"), FUZZ_FINDINGS)
def test_fuzz_findings_stay_fixed(text: str, published: dt.date | None) -> None:
    """Every input the fuzzer once crashed on now parses with every invariant."""
    parse_checked(text, published=published)


# --- strict mode and batches ----------------------------------------------------------------


def test_strict_mode_does_not_raise_on_warnings() -> None:
    """strict=True raises only for ERROR diagnostics; warnings and notes still return."""
    article = wirekit.parse("no dateline, no footer, Kamis (31/2)", strict=True)
    assert all(d.severity is not Severity.ERROR for d in article.diagnostics)


def test_parse_many_reports_the_poisoned_item_and_carries_on() -> None:
    """In a stream, a bad item becomes a Failure at its index and later items still parse."""
    items: list[object] = [
        STORY,
        None,
        b"JAKARTA (ANTARA) - bytes",
        {"text": STORY, "published": "not a date"},
        "\ud800" * 1000,
        STORY,
    ]
    results = list(wirekit.parse_many(items, published=PUBLISHED))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "Failure", "Failure", "Failure", "Article", "Article"]
    failures = [r for r in results if isinstance(r, wirekit.Failure)]
    assert [(f.index, f.error) for f in failures] == [
        (1, "TypeError"),
        (2, "TypeError"),
        (3, "ValueError"),
    ]
    assert "decode" in failures[1].message


def test_a_raising_plugin_is_contained_end_to_end() -> None:
    """A plugin whose credit parser raises is contained: a warning and the generic credits."""

    def broken(text: str, region: object, context: object) -> tuple[wirekit.Credit, ...]:
        raise RuntimeError("plugin bug")

    plugin = wirekit.Agency(
        id="broken", name="Broken", detect=lambda text: 1.0, find_credits=broken
    )
    registry = wirekit.Registry([plugin])
    with pytest.warns(wirekit.PluginWarning):
        article = wirekit.parse(STORY, published=PUBLISHED, registry=registry, agency="broken")
    check_invariants(article, STORY)
    assert names(article.bylines) == ["Sinta Wulandari"]
    assert "agency.plugin-failed" in {d.code for d in article.diagnostics}


# --- the command line ---------------------------------------------------------------------

CLI_HOSTILE = [
    pytest.param("JAKARTA (ANTARA) - \x00 Harga\r\nnaik\u2028.\rPewarta: Sinta\n", id="nul-cr-ls"),
    pytest.param("(" * 20_000 + "Pewarta: " * 2_000, id="parens-and-labels"),
    pytest.param("x\ufeff\u202e\u0301 \U0001f600 Â© â€” <br>&nbsp;", id="zwnbsp-rtl-mojibake"),
]


@pytest.mark.parametrize("text", CLI_HOSTILE)
def test_cli_prints_every_character_back(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wirekit parse FILE` on hostile UTF-8 exits 0 and its JSON holds the text exactly."""
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    assert cli.main(["parse", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == text


def test_cli_keeps_an_article_with_undecodable_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file with a few bytes that are not UTF-8 is still parsed, the bytes reported."""
    path = tmp_path / "story.txt"
    path.write_bytes(b"JAKARTA (ANTARA) - Harga \xff naik.\nPewarta: Sinta\n")
    cli.main(["parse", str(path)])
    printed = json.loads(capsys.readouterr().out)
    assert printed["dateline"]["place"] == "JAKARTA"
    assert "input.decode-error" in {d["code"] for d in printed["diagnostics"]}


# --- time limits ------------------------------------------------------------------------------

# A deliberately exponential pattern (overlapping alternatives under "+"): never do this in src.
BACKTRACKING_RE = regex.compile(r"(?:a|aa)+c")
RUNAWAY = "a" * 60


@pytest.fixture
def short_scan_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrink the scan time budget so a runaway pattern is cut off at once."""
    monkeypatch.setattr(_context, "SCAN_TIMEOUT_BASE", 0.05)
    monkeypatch.setattr(_context, "SCAN_TIMEOUT_PER_CHAR", 0.0)


@pytest.mark.usefixtures("short_scan_budget")
def test_scan_turns_a_runaway_pattern_into_a_diagnostic() -> None:
    """scan() and scan_first() give nothing and report input.timeout instead of hanging."""
    context = _context.Context()
    assert list(_context.scan(BACKTRACKING_RE, RUNAWAY, 0, len(RUNAWAY), context)) == []
    assert _context.scan_first(BACKTRACKING_RE, RUNAWAY, 0, len(RUNAWAY), context) is None
    assert [(d.code, d.severity, d.span) for d in context.diagnostics] == [
        ("input.timeout", Severity.ERROR, wirekit.Span(0, 60)),
    ] * 2


def _hanging_dateline(
    text: str, region: wirekit.Span | None, context: _context.Context | None
) -> wirekit.Dateline | None:
    """A plugin dateline parser whose pattern would run for hours, scanned through scan_first."""
    scan_first(BACKTRACKING_RE, text, 0, len(text), context)
    return None


@pytest.mark.usefixtures("short_scan_budget")
def test_a_hanging_plugin_is_bounded_and_strict_mode_raises() -> None:
    """A plugin pattern that would hang is cut off: lenient mode reports it, strict mode raises."""
    plugin = wirekit.Agency(id="slow", name="Slow", parse_dateline=_hanging_dateline)
    registry = wirekit.Registry([plugin])
    text = RUNAWAY + "\nPewarta: Sinta"
    article = wirekit.parse(text, agency="slow", registry=registry)
    check_invariants(article, text)
    assert "input.timeout" in {d.code for d in article.diagnostics}
    with pytest.raises(wirekit.ParseError) as caught:
        wirekit.parse(text, agency="slow", registry=registry, strict=True)
    assert caught.value.article.text == text
    assert [d.code for d in caught.value.diagnostics] == ["input.timeout"]


# --- parse_bytes ----------------------------------------------------------------------------


def test_parse_bytes_decodes_valid_utf8_without_diagnostics() -> None:
    """Valid UTF-8 bytes parse exactly like the decoded string."""
    article = parse_bytes(STORY.encode(), published=PUBLISHED)
    assert article == wirekit.parse(STORY, published=PUBLISHED)


def test_parse_bytes_locates_each_undecodable_run() -> None:
    """Each run of invalid bytes gives one input.decode-error with byte offsets and a text span."""
    data = b"JAKARTA (ANTARA) - A\xff\xfeB \xc3( C\xed\xa0\x80."
    article = parse_bytes(data)
    found = [d for d in article.diagnostics if d.code == "input.decode-error"]
    assert [d.message for d in found] == [
        "bytes 20-22 are not valid 'utf-8'",
        "bytes 24-25 are not valid 'utf-8'",
        "bytes 28-31 are not valid 'utf-8'",
    ]
    assert [d.span.slice(article.text) for d in found if d.span] == [
        "\ufffd" * 2,
        "\ufffd",
        "\ufffd" * 3,
    ]
    assert all(d.severity is Severity.WARNING for d in found)
    check_invariants(article, article.text)


@given(st.binary(max_size=300))
def test_parse_bytes_surrogateescape_is_byte_lossless(data: bytes) -> None:
    """With errors='surrogateescape' the text encodes back to exactly the input bytes."""
    article = parse_bytes(data, errors="surrogateescape")
    assert article.text.encode("utf-8", "surrogateescape") == data
    check_invariants(article, article.text)


def test_parse_bytes_ignore_leaves_empty_spans_where_bytes_were() -> None:
    """With errors='ignore' the bad bytes vanish and the diagnostic's span is empty, in place."""
    article = parse_bytes(b"ab\xffcd", errors="ignore")
    (found,) = [d for d in article.diagnostics if d.code == "input.decode-error"]
    assert article.text == "abcd" and found.span == wirekit.Span(2, 2)


def test_parse_bytes_strict_raises_unicode_decode_error() -> None:
    """With errors='strict' undecodable bytes raise UnicodeDecodeError (a ValueError)."""
    with pytest.raises(UnicodeDecodeError):
        parse_bytes(b"ab\xffcd", errors="strict")


def test_parse_bytes_caps_the_number_of_diagnostics() -> None:
    """Binary junk gives at most MAX_DECODE_DIAGNOSTICS + 1 decode diagnostics, the last a count."""
    article = parse_bytes(b"a\xff" * 5000)
    found = [d for d in article.diagnostics if d.code == "input.decode-error"]
    assert len(found) == MAX_DECODE_DIAGNOSTICS + 1
    assert found[-1].message.startswith(f"{5000 - MAX_DECODE_DIAGNOSTICS} more runs")


def test_parse_bytes_other_encodings() -> None:
    """A cp1252 article decodes with encoding='cp1252'; its undefined bytes are located."""
    article = parse_bytes(b"Pewarta: Sinta\nCOPYRIGHT \xa9 ANTARA 2020 \x81", encoding="cp1252")
    assert article.text.startswith("Pewarta: Sinta\nCOPYRIGHT © ANTARA 2020 ")
    (found,) = [d for d in article.diagnostics if d.code == "input.decode-error"]
    assert found.message == "bytes 39-40 are not valid 'cp1252'"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(lambda: parse_bytes("text"), TypeError, id="str"),  # type: ignore[arg-type]
        pytest.param(
            lambda: parse_bytes(b"x", errors="xmlcharrefreplace"), ValueError, id="errors"
        ),
        pytest.param(lambda: parse_bytes(b"x", encoding="no-such-codec"), LookupError, id="codec"),
    ],
)
def test_parse_bytes_rejects_bad_arguments(call: object, error: type[Exception]) -> None:
    """A str, an unsupported errors mode or an unknown encoding is refused before parsing."""
    with pytest.raises(error):
        call()  # type: ignore[operator]


# --- the diagnostic codes table ---------------------------------------------------------------

CODE_RE = regex.compile(r"[a-z]++(?:\.[a-z0-9]++(?:-[a-z0-9]++)*+)++")
REPORTING_CALLS = frozenset({"report", "make_diagnostic", "Diagnostic", "_report", "diagnose"})
# Keyword arguments that carry a code to be reported later (``_Value(..., problem="...")``).
CODE_KEYWORDS = frozenset({"code", "problem", "diagnostic"})


def codes_used_in_src() -> dict[str, list[str]]:
    """Every diagnostic code written in src, with where: the literal first argument of a
    reporting call, or a literal passed as ``code=`` / ``problem=`` to any call."""
    used: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            found = [k.value for k in node.keywords if k.arg in CODE_KEYWORDS]
            if name in REPORTING_CALLS:
                found.extend(node.args[:1])
            for arg in found:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    where = f"{path.relative_to(ROOT)}:{arg.lineno}"
                    used.setdefault(arg.value, []).append(where)
    return used


def test_every_code_used_in_src_is_registered() -> None:
    """Each diagnostic code reported anywhere in src is in DIAGNOSTIC_CODES."""
    unknown = {
        code: where
        for code, where in codes_used_in_src().items()
        if code not in wirekit.DIAGNOSTIC_CODES
    }
    assert not unknown, f"register these codes in wirekit._errors.DIAGNOSTIC_CODES: {unknown}"


def test_codes_are_dotted_ids_with_a_severity_and_meaning() -> None:
    """Every registered code is a lower-case dotted id with a Severity and a one-line meaning."""
    for code, (severity, meaning) in wirekit.DIAGNOSTIC_CODES.items():
        assert CODE_RE.fullmatch(code), code
        assert isinstance(severity, Severity), code
        assert meaning and "\n" not in meaning and meaning == meaning.strip(), code


def render_codes_table() -> str:
    """The Markdown table of diagnostic codes that docs/errors.md must hold."""
    rows = ["| code | severity | meaning |", "| --- | --- | --- |"]
    for code, (severity, meaning) in sorted(wirekit.DIAGNOSTIC_CODES.items()):
        cell = meaning.replace("|", r"\|")
        rows.append(f"| `{code}` | {severity.value} | {cell} |")
    return "\n".join(rows)


TABLE_START, TABLE_END = "<!-- codes-table:start -->", "<!-- codes-table:end -->"


def test_errors_doc_lists_exactly_the_registered_codes() -> None:
    """docs/errors.md's codes table is DIAGNOSTIC_CODES (run this file to rewrite it)."""
    doc = ERRORS_DOC.read_text(encoding="utf-8")
    table = doc.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0].strip()
    assert table == render_codes_table(), (
        "run `python tests/test_robustness.py` to refresh the table"
    )


def write_codes_table() -> None:
    """Rewrite the codes table in docs/errors.md from DIAGNOSTIC_CODES."""
    doc = ERRORS_DOC.read_text(encoding="utf-8")
    head, rest = doc.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    ERRORS_DOC.write_text(
        f"{head}{TABLE_START}\n{render_codes_table()}\n{TABLE_END}{tail}", encoding="utf-8"
    )


def test_parse_never_warns_for_built_in_agencies() -> None:
    """Parsing with only built-in agencies emits no warning at all."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wirekit.parse(STORY, published=PUBLISHED, registry=wirekit.Registry.default(plugins=False))


def test_label_case_and_empty_values_in_a_footer() -> None:
    """Label case and spacing do not matter, and an empty label gives credit.empty, not a name."""
    text = "JAKARTA (ANTARA) - x.\nPEWARTA : Sinta\nEditor :\nPenulis: Maya | editor: Rudi"
    article = parse_checked(text)
    roles = [(c.role, c.name) for c in article.credits]
    assert roles == [(Role.REPORTER, "Sinta"), (Role.WRITER, "Maya"), (Role.EDITOR, "Rudi")]
    assert "credit.empty" in {d.code for d in article.diagnostics}


if __name__ == "__main__":
    write_codes_table()
    sys.stdout.write(f"rewrote the codes table in {ERRORS_DOC}\n")
