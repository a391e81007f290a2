"""wirekit.parse end to end on ANTARA-style articles (all written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import wirekit
from wirekit import ParseError, ReferenceSource, Role, SegmentKind, Severity
from wirekit.data import read_example


@attrs.frozen
class Example:
    """One article and what parse() must find in it."""

    id: str
    text: str
    published: str | None = None
    place: str | None = None
    agency: str | None = None
    dateline_date: str | None = None
    bylines: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    copyright: tuple[str | None, int | None] | None = None
    dates: tuple[tuple[str, str | None], ...] | None = None  # (surface, value); None = not checked
    diagnostics: tuple[str, ...] = ()  # codes that must be present


EXAMPLES = [
    Example(
        "bundled-example",
        read_example(),
        place="Kuala Lumpur",
        agency="ANTARA",
        bylines=("Xinhua",),
        editors=("M Razi Rahman",),
        copyright=("ANTARA", 2025),
        dates=(("Kamis (10/7)", "2025-07-10"), ("bulan lalu", "2025-06")),
    ),
    Example(
        "uppercase-place-one-line-footer",
        "JAKARTA (ANTARA) - Bank Indonesia menahan suku bunga acuan pada Rabu (16/7), "
        "sama seperti bulan lalu.\nPenulis: Rina Wulandari | Editor: Heru Purnomo\n"
        "COPYRIGHT © ANTARA 2025",
        place="JAKARTA",
        agency="ANTARA",
        bylines=("Rina Wulandari",),
        editors=("Heru Purnomo",),
        copyright=("ANTARA", 2025),
        dates=(("Rabu (16/7)", "2025-07-16"), ("bulan lalu", "2025-06")),
    ),
    Example(
        "place-with-comma-leading-spaces",
        "  Sentani, Jayapura (ANTARA) - Pemerintah kabupaten membuka posko pengungsian "
        "di Sentani, Sabtu.\nPewarta : Yance Wenda\nEditor : Andi Firdaus\nCopyright © ANTARA 2024",
        published="2024-03-16",
        place="Sentani, Jayapura",
        agency="ANTARA",
        bylines=("Yance Wenda",),
        editors=("Andi Firdaus",),
        copyright=("ANTARA", 2024),
        dates=(("Sabtu", "2024-03-16"),),
    ),
    Example(
        "antara-news-glued-footer",
        "Klaten (ANTARA News) - Harga cabai di pasar tradisional turun sejak kemarin, "
        "katanya. Pewarta: Bambang Sutopo Editor: Tasrief Tarmizi COPYRIGHT © ANTARA 2020",
        published="2020-02-12",
        place="Klaten",
        agency="ANTARA News",
        bylines=("Bambang Sutopo",),
        editors=("Tasrief Tarmizi",),
        copyright=("ANTARA", 2020),
        dates=(("kemarin", "2020-02-11"),),
    ),
    Example(
        "dateline-after-caption",
        "Petugas memeriksa landasan pacu Bandara Lombok yang tertutup abu. (ANTARA/Dok)\n"
        "Mataram, NTB (ANTARA News) - Bandara kembali dibuka pada Jumat (6/11) pagi.\n"
        "Pewarta: Nur Hidayah\nEditor: Ade Marboen\nCOPYRIGHT © ANTARA 2015",
        place="Mataram, NTB",
        agency="ANTARA News",
        bylines=("Nur Hidayah",),
        editors=("Ade Marboen",),
        copyright=("ANTARA", 2015),
        dates=(("Jumat (6/11) pagi", "2015-11-06"),),
    ),
    Example(
        "press-release-dateline-with-date",
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --\nSebuah festival film pendek "
        "dibuka untuk peserta dari seluruh dunia.\nSumber: Panitia Festival\n"
        "Pewarta: prwire\nEditor: PR Wire\nCOPYRIGHT © ANTARA 2016",
        place="ISTANBUL",
        agency="Antara/PRNewswire",
        dateline_date="2016-02-23",
        bylines=("prwire",),
        editors=("PR Wire",),
        copyright=("ANTARA", 2016),
    ),
    Example(
        "english-edition",
        "Jakarta (ANTARA) - Indonesia will open two new ports, the transport minister "
        "said on Thursday, after a survey completed last month found strong demand. "
        "Officials met exporters yesterday.\nReporter: Andi Saputra\nEditor: Rahmad Nasution\n"
        "Copyright © ANTARA 2025",
        published="2025-07-11",
        place="Jakarta",
        agency="ANTARA",
        bylines=("Andi Saputra",),
        editors=("Rahmad Nasution",),
        copyright=("ANTARA", 2025),
        dates=(("Thursday", "2025-07-10"), ("last month", "2025-06"), ("yesterday", "2025-07-10")),
    ),
    Example(
        "mojibake-copyright",
        "Padang (ANTARA) - Gempa kecil terasa di Padang pada Selasa (3/3).\n"
        "Pewarta: Siti Rahma\nEditor: Joko Susilo\nCOPYRIGHT Â© ANTARA 2020",
        place="Padang",
        agency="ANTARA",
        bylines=("Siti Rahma",),
        editors=("Joko Susilo",),
        copyright=("ANTARA", 2020),
        dates=(("Selasa (3/3)", "2020-03-03"),),
        diagnostics=("copyright.mojibake",),
    ),
    Example(
        "parenthesised-c-copyright",
        "Ambon (ANTARA) - Kapal penumpang tiba pekan lalu.\n"
        "Pewarta: Daniel Leonard\n(c) ANTARA 2019",
        published="2019-05-08",
        place="Ambon",
        agency="ANTARA",
        bylines=("Daniel Leonard",),
        copyright=("ANTARA", 2019),
        dates=(("pekan lalu", "2019-W18"),),
    ),
    Example(
        "empty-editor",
        "Surabaya (ANTARA) - Festival kuliner digelar hari ini.\nPewarta: Indra Kusuma\nEditor :\n"
        "Copyright © ANTARA 2023",
        published="2023-08-19",
        place="Surabaya",
        agency="ANTARA",
        bylines=("Indra Kusuma",),
        editors=(),
        copyright=("ANTARA", 2023),
        dates=(("hari ini", "2023-08-19"),),
        diagnostics=("credit.empty",),
    ),
    Example(
        "labels-with-no-space-between",
        "Medan (ANTARA) - Panen raya dimulai tahun ini.\nPewarta: ASavitriEditor: Budi Santoso\n"
        "Copyright © ANTARA 2022",
        published="2022-04-01",
        place="Medan",
        agency="ANTARA",
        bylines=("ASavitri",),
        editors=("Budi Santoso",),
        copyright=("ANTARA", 2022),
        dates=(("tahun ini", "2022"),),
    ),
    Example(
        "translator-and-photographer",
        "Jakarta (ANTARA) - Pameran foto dibuka tahun lalu dan kembali digelar.\n"
        "Penerjemah: Maria Ulfa\nFotografer: Agus Salim\nEditor: Rina\nCopyright © ANTARA 2021",
        published="2021-10-10",
        place="Jakarta",
        agency="ANTARA",
        editors=("Rina",),
        copyright=("ANTARA", 2021),
        dates=(("tahun lalu", "2020"),),
    ),
    Example(
        "no-anchor-leaves-relative-unresolved",
        "Bogor (ANTARA) - Warga membersihkan saluran air kemarin.\nPewarta: Adi\n",
        place="Bogor",
        agency="ANTARA",
        bylines=("Adi",),
        dates=(("kemarin", None),),
        diagnostics=("reference.none",),
    ),
    Example(
        "crlf-and-nbsp",
        "Bandung\u00a0(ANTARA) - Kereta cepat melayani penumpang pada Minggu (5/1).\r\n"
        "Pewarta: Ryan Hidayat\r\nEditor: Ida Ayu\r\nCopyright © ANTARA 2025\r\n",
        place="Bandung",
        agency="ANTARA",
        bylines=("Ryan Hidayat",),
        editors=("Ida Ayu",),
        copyright=("ANTARA", 2025),
        dates=(("Minggu (5/1)", "2025-01-05"),),
    ),
]


def _names(credits: tuple[wirekit.Credit, ...]) -> tuple[str, ...]:
    return tuple(c.name for c in credits)


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_antara_examples(ex: Example) -> None:
    """Each hand-written ANTARA-style article parses field by field as expected."""
    article = wirekit.parse(ex.text, published=ex.published)
    got: dict[str, Any] = {
        "place": article.dateline.place if article.dateline else None,
        "agency": article.dateline.agency if article.dateline else None,
        "dateline_date": (
            article.dateline.date.value if article.dateline and article.dateline.date else None
        ),
        "bylines": _names(article.bylines),
        "editors": _names(article.editors),
        "copyright": (article.copyright.holder, article.copyright.year)
        if article.copyright
        else None,
    }
    want = {
        "place": ex.place,
        "agency": ex.agency,
        "dateline_date": ex.dateline_date,
        "bylines": ex.bylines,
        "editors": ex.editors,
        "copyright": ex.copyright,
    }
    assert got == want
    if ex.dates is not None:
        assert [(d.text, d.value) for d in article.dates] == list(ex.dates)
    codes = {d.code for d in article.diagnostics}
    assert set(ex.diagnostics) <= codes


def test_example_resolves_without_published_date() -> None:
    """Copyright 2025 + "Kamis (10/7)" pins the reference to 2025-07-10 (issue 2's check)."""
    article = wirekit.parse(read_example())
    assert article.agency == "antara"
    assert article.reference.date == dt.date(2025, 7, 10)
    assert article.reference.source is ReferenceSource.COPYRIGHT_WEEKDAY
    kamis = article.dates[0]
    assert kamis.date == dt.date(2025, 7, 10)
    assert [n.kind.value for n in article.notices] == ["ai_ban"]


def test_anaphors_follow_the_story_without_published_date() -> None:
    """Copyright + weekday pin the story's day; its anaphors count on from it, in turn."""
    text = (
        "Judul berita\nJAKARTA (ANTARA) - Polisi menangkap tersangka pada Senin (7/7).\n"
        "Keesokan harinya, tersangka dibebaskan. Dua hari kemudian ia kabur.\n"
        "Pewarta: A\nEditor: B\nCopyright © ANTARA 2025"
    )
    article = wirekit.parse(text)
    assert article.reference.date == dt.date(2025, 7, 7)
    assert [(m.text, m.value) for m in article.dates] == [
        ("Senin (7/7)", "2025-07-07"),
        ("Keesokan harinya", "2025-07-08"),
        ("Dua hari kemudian", "2025-07-10"),
    ]


def test_the_story_goes_on_past_a_related_link() -> None:
    """A "Baca juga" line cuts the body, not the story: the anaphor after it counts
    from the date before it, the bare weekday finds its written day, and the
    headline's own date is no mention of this story."""
    text = (
        "JAKARTA (ANTARA) - Polisi menangkap tersangka pada Senin (7/7) dan menjadwalkan\n"
        "sidang pada Jumat (11/7) di pengadilan negeri.\n"
        "Baca juga: Sidang kasus lain digelar Selasa (1/7)\n"
        "Keesokan harinya, tersangka dibebaskan.\n"
        "Kuasa hukumnya menyiapkan pembelaan untuk sidang Jumat itu.\n"
    )
    article = wirekit.parse(text, published="2025-07-08")
    assert [(m.text, m.value) for m in article.dates] == [
        ("Senin (7/7)", "2025-07-07"),
        ("Jumat (11/7)", "2025-07-11"),
        ("Keesokan harinya", "2025-07-12"),
        ("Jumat", "2025-07-11"),
    ]


def test_an_outlet_reads_its_own_date_words_in_another_language() -> None:
    """An Indonesian outlet's page of English lyrics still reads its Indonesian date; the
    language given by the caller is kept."""
    text = (
        "TRIBUNNEWS.COM - Lagu ini telah tayang di YouTube pada Februari 2025\n"
        "Verse 1\nWe will sing of the love and the light that you give\n"
        "And we will stand in the night with the ones that you love\n"
    )
    article = wirekit.parse(text, published="2025-06-09")
    assert article.agency == "tribunnews" and article.language == "en"
    assert [(m.text, m.value) for m in article.dates] == [("Februari 2025", "2025-02")]
    given = wirekit.parse(text, published="2025-06-09", language="en")
    assert [(m.text, m.value) for m in given.dates] == [("2025", "2025")]


def test_caller_published_date_is_the_reference() -> None:
    """The caller's published date wins over anything inferred."""
    article = wirekit.parse(read_example(), published=dt.datetime(2025, 7, 11, 8, 0))
    assert article.reference.source is ReferenceSource.CALLER
    assert article.reference.date == dt.date(2025, 7, 11)


def test_footer_is_not_a_date_and_is_segmented() -> None:
    """The copyright year is no date mention; footer parts get their own segments."""
    text = EXAMPLES[1].text
    article = wirekit.parse(text)
    assert all(d.text != "2025" for d in article.dates)
    kinds = [s.kind for s in article.segments]
    assert kinds[0] is SegmentKind.DATELINE
    assert SegmentKind.CREDITS in kinds and kinds[-1] is SegmentKind.COPYRIGHT
    assert "".join(s.span.slice(text) for s in article.segments) == text


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_every_span_points_at_its_text(ex: Example) -> None:
    """Each located field's span slices exactly its surface text."""
    article = wirekit.parse(ex.text, published=ex.published)
    text = article.text
    for credit in article.credits:
        assert credit.span.slice(text) == credit.name
    for mention in article.dates:
        assert mention.span.slice(text) == mention.text
    if article.dateline is not None and article.dateline.place_span is not None:
        assert article.dateline.place_span.slice(text) == article.dateline.place
    for notice in article.notices:
        assert notice.span.slice(text) == notice.text


def test_credit_roles() -> None:
    """Labels map to roles: Penerjemah -> TRANSLATOR, Fotografer -> PHOTOGRAPHER."""
    article = wirekit.parse(EXAMPLES[11].text)
    roles = {c.name: c.role for c in article.credits}
    assert roles == {
        "Maria Ulfa": Role.TRANSLATOR,
        "Agus Salim": Role.PHOTOGRAPHER,
        "Rina": Role.EDITOR,
    }


def test_related_and_source_notices() -> None:
    """'Baca juga:' and 'Sumber:' lines become notices, not body."""
    text = (
        "Solo (ANTARA) - Pasar malam kembali dibuka.\n"
        "Baca juga: Pasar malam Solo ramai dikunjungi\n"
        "Warga menyambut gembira.\nSumber: Pemkot Surakarta\nPewarta: Dewi\n"
    )
    article = wirekit.parse(text)
    assert [(n.kind.value, n.text) for n in article.notices] == [
        ("related", "Baca juga: Pasar malam Solo ramai dikunjungi"),
        ("source", "Sumber: Pemkot Surakarta"),
    ]


def test_non_str_input_is_a_type_error() -> None:
    """Bytes are rejected with a hint to decode them."""
    with pytest.raises(TypeError, match="decode"):
        wirekit.parse(b"JAKARTA (ANTARA) - x")  # type: ignore[arg-type]


def test_bad_published_string_is_a_value_error() -> None:
    """A published date that is not ISO 8601 is a clear ValueError."""
    with pytest.raises(ValueError, match="ISO 8601"):
        wirekit.parse("x", published="10/07/2025")


def test_unknown_agency_lists_the_known_ones() -> None:
    """parse(agency=...) with an unknown id raises UnknownAgencyError naming the ids."""
    with pytest.raises(wirekit.UnknownAgencyError, match="antara"):
        wirekit.parse("x", agency="no-such-agency")


def test_strict_mode_raises_with_the_partial_article() -> None:
    """strict=True raises ParseError carrying the article when an ERROR diagnostic exists."""
    registry = wirekit.Registry.default()
    article = wirekit.parse(read_example(), registry=registry)
    assert not [d for d in article.diagnostics if d.severity is Severity.ERROR]
    assert wirekit.parse(read_example(), strict=True) == article
    error = ParseError(article, [wirekit.Diagnostic("input.timeout", Severity.ERROR, "slow", None)])
    assert error.article is article and "input.timeout" in str(error)


@pytest.mark.parametrize(
    ("text", "published", "value", "code"),
    [
        ("LONDON, Feb 30 (Reuters) - Shares fell.", "2025-02-27", None, "reldate.invalid-date"),
        ("LONDON, Feb 26 (Reuters) - Shares fell.", None, "XXXX-02-26", "reldate.unresolved"),
    ],
    ids=["impossible-day", "no-year-no-reference"],
)
def test_dateline_date_problems_are_reported_once(
    text: str, published: str | None, value: str | None, code: str
) -> None:
    """A dateline date that cannot be resolved says why, on its span, exactly once."""
    article = wirekit.parse(text, published=published)
    assert article.dateline is not None and article.dateline.date is not None
    assert article.dateline.date.value == value
    spans = [d.span for d in article.diagnostics if d.code == code]
    assert spans == [article.dateline.date.span]
