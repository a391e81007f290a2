"""The credits parser: labels, glued footers, several names per label, agency words, diagnostics."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import wirekit
from wirekit import Role
from wirekit.parsers import Context
from wirekit.parsers._spaces import spell_spaces
from wirekit.parsers.credits import (
    _GENERIC,
    LEAD_CHARS,
    NAME_LINE_RE,
    NAME_SEP_RE,
    _has_name_line,
    _label_matches,
    _labels,
    find_credits,
    make_credits_parser,
)
from wirekit.parsers.dateline import LEAD_CHARS as DATELINE_LEAD_CHARS

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
        "Laporan Wartawan Tribun Sumbar, Yoga Pratama\nPADANG - Harga naik.",
        [(R, "Yoga Pratama", "Laporan Wartawan")],
    ),
    (
        "Laporan Reporter Tribun Lampung Sari Wulandari\nBANDAR LAMPUNG - Hujan turun.",
        [(R, "Sari Wulandari", "Laporan Reporter")],
    ),
    (
        "Laporan Wartawan TribunBanten.com Dimas Arya\nSERANG - Jalan rusak.",
        [(R, "Dimas Arya", "Laporan Wartawan")],
    ),
    (
        "Laporan Kontributor Tribunjateng.id, Kudus, Lina Marlina\nKUDUS - Pasar ramai.",
        [(C, "Lina Marlina", "Laporan Kontributor")],
    ),
    (
        "Laporan Kontributor TribunJatim.id Rudi Hartono dari Jember\nJEMBER - Panen tiba.",
        [(C, "Rudi Hartono", "Laporan Kontributor")],
    ),
    (
        "Opini\nOleh: Rina BudiartiMahasiswa Fakultas Hukum Unpad\nBANDUNG - Hujan turun.",
        [(R, "Rina Budiarti", "Oleh")],
    ),
    ("Opini\nOleh: Yohanes Kedang*\nKUPANG - Panen tiba.", [(R, "Yohanes Kedang", "Oleh")]),
    ("Harga naik.\nPilihan editor:Harga Cabai Turun Lagi di Pasar Induk", []),
    ("Harga naik.\nFoto: dok. Humas Polda\nFoto: Dok. Istimewa", []),  # sources, not people
    ("Balapan usai.\nFoto: Sandro Rossi gp", [(P, "Sandro Rossi", "Foto")]),  # an agency code
    ("Sales rose.\nPhoto: Acme's new folding phone", []),  # a caption
    ("Siaran pers.\nFoto: http://photos.example.com/prnh/20160812/1", []),
    (
        "Games open\nBy Sportswriters Li Wen and Zhao Ping\nBEIJING, May 2 (Xinhua) -- Games.",
        [(R, "Li Wen", "By"), (R, "Zhao Ping", "By")],
    ),
    (  # the agency's name before the job
        "Voters weigh reform\n   by Xinhua Writer Chen Mei-ling\n"
        "TAIPEI, Nov. 10 (Xinhua) -- Polls.",
        [(R, "Chen Mei-ling", "by")],
    ),
    ("By Antara Putri\nJakarta - Harga naik.", [(R, "Antara Putri", "By")]),  # a first name
    (
        "Rilis pers.\nPewarta: prwir\nEditor: PR Wire",
        [(R, "prwir", "Pewarta"), (E, "PR Wire", "Editor")],
    ),
    ("Liburan keluarga.\n(Liburan di Bali. Foto: budi_santoso88)", []),
    ("Silsilah keluarga.\nFoto: Ahmad Sutomo (Facebook)", [(P, "Ahmad Sutomo", "Foto")]),
    ("Harga naik.\nPewarta: Budi Santoso (Antara)", [(R, "Budi Santoso", "Pewarta")]),
    ("Kolom.\nPenulis: dr. Andi Wijaya", [(W, "dr. Andi Wijaya", "Penulis")]),
    (
        "Prices.\n(Reporting by Ann Lee with Bo Chen in Seoul; Editing by Doc Smith)",
        [
            (R, "Ann Lee", "Reporting by"),
            (R, "Bo Chen", "Reporting by"),
            (E, "Doc Smith", "Editing by"),
        ],
    ),
    (
        "Press freedom\nBy Reporters Without Borders\nPARIS, May 3 - A report.",
        [(R, "Reporters Without Borders", "By")],
    ),
    (
        "Laporan Wartawan Tribunnews.com, Hasanudin, Rina Ayu\nJAKARTA - Harga naik.",
        [(R, "Hasanudin", "Laporan Wartawan"), (R, "Rina Ayu", "Laporan Wartawan")],
    ),
    ("Markets Rally\nAnn Lee\nLONDON (Reuters) - Prices rose.", [(R, "Ann Lee", None)]),
    ("Missing Cargo Contents\nAnn Lee\nNEW YORK (Reuters) - Ships.", [(R, "Ann Lee", None)]),
    (
        "Judul\nDaftar Isi\nHarga Cabai Naik\nPasokan Berkurang\nJakarta\n-\nHarga cabai naik.",
        [],
    ),  # a table of contents lists subheads, not bylines
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
    # a capital I typed for "|" between a name and a place ends the name; "I Wayan" opens one
    ("Harga naik.\nPenulis: Dede Rosadi I Aceh Singkil", [(W, "Dede Rosadi", "Penulis")]),
    ("Harga naik.\nPenulis: I Wayan Sudarsana", [(W, "I Wayan Sudarsana", "Penulis")]),
    # the Tribun network's close: the outlet's domain and the reporter (not two outlets)
    (
        "LAMPUNG - Harga naik, kata dia.\n(Tribunlampung.co.id/Bayu Saputra)",
        [(R, "Bayu Saputra", None)],
    ),
    ("LAMPUNG - Harga naik, kata dia. ( Tribunjogja.com / Sari Dewi )", [(R, "Sari Dewi", None)]),
    ("LAMPUNG - Harga naik.\u00a0(Bangkapos.com/Sari Dewi)", [(R, "Sari Dewi", None)]),
    # after a slash, an agency or an outlet written lower case first is the photo's source
    ("Harga naik.\nFoto: Budi Santoso/detikJateng", [(P, "Budi Santoso", "Foto")]),
    ("Harga naik.\nFoto: Budi Santoso/Antara", [(P, "Budi Santoso", "Foto")]),
    ("LAMPUNG - Harga naik, kata dia.\n( TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )", []),
    # an agency's photo credit names the photographer; its desk is no person
    ("The dam was repaired on Monday. (AP Photo/Jane Doe, File)", [(P, "Jane Doe", "AP Photo")]),
    ("Warga memperbaiki tanggul.\nFoto: ANTARA FOTO/Budi Santoso", [(P, "Budi Santoso", "Foto")]),
    (
        "LAMPUNG - Harga naik.\nPenulis: Birri Fikrudin\n(Tribunjateng.com/birrifikrudin)",
        [(W, "Birri Fikrudin", "Penulis")],
    ),
    # a short word in capitals after "by" ends a wrapped headline: no name
    ("Rebels say aide was abducted by US\nThe founder said on Monday.", []),
    # detik's adaptation of a foreign story names its translator
    (
        "Harga naik.\nArtikel ini pertama kali terbit dalam bahasa Inggris\n"
        "Diadaptasi oleh Rina Sari\nEditor: Agus Salim",
        [(Role.TRANSLATOR, "Rina Sari", "Diadaptasi oleh"), (E, "Agus Salim", "Editor")],
    ),
    # a Reuters desk's contact line of 1996 that names its reporter first; a desk alone
    ("Prices rose.\n-- Ann Lee, Zagreb Newsroom, 385-1-4550000", [(R, "Ann Lee", None)]),
    ("Prices rose.\n--- Bo Chen, Mexico City newroom (525) 728 0000", [(R, "Bo Chen", None)]),
    ("Prices rose.\n-- Ann Lee, Tokyo Newsroom (813 3432 0000)", [(R, "Ann Lee", None)]),
    ("Prices rose.\n-- London Newsroom, +44 171 542 0000", []),
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


# A column's closing signature: (text, [(role, name, label)]).
SIGNATURES = [
    (
        "Judul kolom\nKita perlu bersabar.\n---\nLaras Purnamasari\nPeneliti Pusat Riset Iklim\n"
        "Video: Banjir di pesisir\n(abc/abc)\nbanjir\niklim",
        [(W, "Laras Purnamasari", None)],
    ),
    (
        "Judul kolom\nItulah pilihan kita.\nDr. Ir. Bambang Setiadi, M.Si., Ph.D.Dosen Teknik "
        "Sipil Universitas Nusantara",
        [(W, "Bambang Setiadi", None)],
    ),
    (
        "Judul kolom\nItulah pilihan kita.\nDr Wirawan,Pengajar Kajian Strategis pada STIX",
        [(W, "Wirawan", None)],
    ),
    (
        "Judul kolom\nMasa depan ada di tangan kita.\nGalih PrasetyoTenaga Ahli Komisi II DPR RI\n"
        "Tonton juga Video: Harga beras naik!\n[Gambas:Video 20detik]",
        [(W, "Galih Prasetyo", None)],
    ),
    (
        "Judul kolom\nSemoga lekas pulih.\nProf. Sri Handayani\nGuru Besar Fakultas Kedokteran\n"
        "Mantan Ketua Perhimpunan Dokter 2015\u20132019\nAdvertisement",
        [(W, "Sri Handayani", None)],
    ),
    (
        "Judul kolom\nBiarkan kota tumbuh.\nPenulis Rini K.S. Wardani: Analis Kebijakan Senior. "
        "Tulisan ini adalah pendapat pribadi.",
        [(W, "Rini K.S. Wardani", "Penulis")],
    ),
    ("Judul\nIsi kolom.\nHari Suroto M.Si.\nDosen UI", [(W, "Hari Suroto", None)]),
    ("Judul\nIsi kolom.\nHari Suroto S.H., M.H.\nDosen UI", [(W, "Hari Suroto", None)]),
    ("Judul\nIsi kolom.\nHari Suroto, SE, MM\nDosen UI", [(W, "Hari Suroto", None)]),
    ("Judul\nIsi kolom.\nHari\u00a0Suroto\nPeneliti BRIN", [(W, "Hari\u00a0Suroto", None)]),
    ("Judul\nIsi kolom.\nSiti binti Ahmad\nDosen UI", [(W, "Siti binti Ahmad", None)]),
    (
        "Judul\nOleh: Hari Suroto\nIsi kolom ini.\nHari Suroto\nPeneliti BRIN",
        [(R, "Hari Suroto", "Oleh")],
    ),  # credited once
    # a sentence of the story, not a signature
    ("Judul\nKata dia.\nBudi Santoso, Ketua RT setempat, juga hadir dalam acara itu.", []),
    ("Judul\nKata dia.\nAni Lestari, Guru SD Negeri 1, tewas dalam kecelakaan itu.", []),
    ("Judul\nKata dia.\nHarga Cabai\nKetua Asosiasi Petani belum berkomentar soal itu.", []),
    ("Judul\nIsi berita.\nRatna Dewi, Wakil Menteri Sosial, menegaskan bahwa bantuan cukup.", []),
    ("Judul\nIsi berita.\nSebelumnya, Dirjen Pajak Budi Santoso menjelaskan hal itu.", []),
    ("Judul\nIsi berita.\nKetua Umum Perbasi, Joko Susilo, menyampaikan terima kasih.", []),
    ("Judul\nIsi berita.\nSusunan Komisaris\nKomisaris Utama: Budi", []),
    ("Judul\nIsi berita.\nEgy Maulana\nBelakang: Rizky Ridho", []),
    ("Judul\nIsi berita tanpa titik\nLaras Purnamasari\nPeneliti Pusat Riset Iklim", []),
    ("Laras Purnamasari\nPeneliti Pusat Riset Iklim", []),  # the title line is no signature
    ("Judul\nIsi.\nSulistyo\nPeneliti BRIN", []),  # one word, no title or degree
    (
        "Title\nThe talks ended.\nJohn Smith\nDirector of the Institute",
        [],
    ),  # English roles are not Indonesian affiliations
]


@pytest.mark.parametrize(("text", "expected"), SIGNATURES, ids=[e[0][-30:] for e in SIGNATURES])
def test_closing_signature(text: str, expected: list[tuple[Role, str, str | None]]) -> None:
    """An opinion column signed at its end gives its author, a WRITER credit."""
    credits = find_credits(text)
    assert [(c.role, c.name, c.label) for c in credits] == expected
    for credit in credits:
        assert credit.span.slice(text) == credit.name


def test_closing_signature_needs_indonesian_or_malay() -> None:
    """The affiliation words are Indonesian: in a text parsed as English, no signature."""
    text = "Judul kolom\nKita perlu bersabar.\nLaras Purnamasari\nPeneliti Pusat Riset Iklim"
    for language, expected in (("id", ["Laras Purnamasari"]), ("ms", ["Laras Purnamasari"]),
                               ("en", [])):  # fmt: skip
        article = wirekit.parse(text, language=language)
        assert [c.name for c in article.bylines] == expected


_LAST_NAME = st.sampled_from(["Laras", "Budi", "Sri", "Hadi", "Putri", "Nur", "Agus"])
_NAME_WORD = _LAST_NAME | st.sampled_from(["K.S.", "M.", "bin"])
_TITLES = st.lists(st.sampled_from(["Dr.", "Dr", "Prof.", "Ir.", "Drs.", "H."]), max_size=2)
_DEGREES = st.lists(st.sampled_from(["M.Si.", "Ph.D.", "S.H.", "M.T.", "MBA"]), max_size=3)
_TRAILERS = st.lists(
    st.sampled_from(["Video: Banjir", "(abc/def)", "banjir", "ADVERTISEMENT", "[Gambas:x]", ""]),
    max_size=4,
)


@given(
    _TITLES,
    st.tuples(_LAST_NAME, st.lists(_NAME_WORD, max_size=2), _LAST_NAME).map(
        lambda t: [t[0], *t[1], t[2]]
    ),  # an initial or a particle never ends a name: "S.H." there is a degree
    _DEGREES,
    st.sampled_from(["Peneliti", "Dosen", "Tenaga Ahli", "Guru Besar", "Pengamat"]),
    st.sampled_from(["\n", ", ", " ", ""]),
    _TRAILERS,
)
def test_closing_signature_round_trip(
    titles: list[str],
    words: list[str],
    degrees: list[str],
    role: str,
    between: str,
    trailers: list[str],
) -> None:
    """A rendered signature gives back its author's name, exactly spanned."""
    name = " ".join(words)
    if "bin bin" in name:
        return  # no name has two particles in a row
    head = "".join(t + " " for t in titles) + name + "".join(", " + d for d in degrees)
    text = "Judul\nItu pilihan kita.\n" + head + between + role + " Universitas X\n"
    text += "\n".join(trailers)
    credits = find_credits(text)
    assert [(c.role, c.name) for c in credits] == [(W, name)]
    assert credits[0].span.slice(text) == name


def test_a_value_is_read_past_the_lead_window() -> None:
    """A line label at the lead window's edge reads its whole line: "By Friday
    morning, ..." there is prose, not a byline "Frid"."""
    text = "Title\n" + "x" * (LEAD_CHARS - 14) + "\nBy Friday morning, police must charge a man."
    text += "\n" + "Body goes on. " * 300
    assert text.index("By Friday") + 7 == LEAD_CHARS  # the window ends inside "Friday"
    assert find_credits(text) == ()
    for at in (-3, 0, 3):  # the next label cut by the window's end, at it, past it
        head = "Judul\n" + "x" * (LEAD_CHARS + at - 29) + "\nPewarta: Budi Santoso "
        text = head + "Editor: Ani Wijaya\n" + "Isi berita. " * 300
        assert text.index("Editor") == LEAD_CHARS + at
        found = [(c.role, c.name) for c in find_credits(text)]
        assert found == [(R, "Budi Santoso"), (E, "Ani Wijaya")]


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laporan Idris Ismail I Pidie Jaya\nSERAMBINEWS.COM - Harga naik.", "Idris Ismail"),
        ("Laporan Sara Masroni | Banda Aceh\nSERAMBINEWS.COM - Harga naik.", "Sara Masroni"),
        ("Laporan tersebut muncul di Aceh.\nHarga naik.", None),  # prose
    ],
)
def test_a_tribun_report_line_credits_its_reporter(text: str, name: str | None) -> None:
    """Serambinews's "Laporan Name | Place" (or "I" for the bar) names the reporter."""
    credits = wirekit.parse(text).credits
    assert [c.name for c in credits] == ([name] if name else [])
    assert all(c.role is Role.REPORTER and c.label == "Laporan" for c in credits)


def test_prose_starting_with_by_is_not_a_byline() -> None:
    """ "By the end of the year, ..." is a sentence, not a byline."""
    assert find_credits("By the end of the year, prices rose sharply across the region.") == ()


def test_crlf_and_nbsp() -> None:
    """CRLF line ends and NBSP do not leak into names."""
    text = "Harga naik.\r\nPewarta:\u00a0Budi Santoso\r\nEditor: Rina\r\n"
    assert [c.name for c in find_credits(text)] == ["Budi Santoso", "Rina"]


def test_signoff_parser() -> None:
    """With signoff=True a last line "(Nama Penulis)" is the reporter; with a role, that
    role (Okezone's sign-off is its editor's)."""
    parse = make_credits_parser(signoff=True)
    credits = parse("JAKARTA - Harga naik.\n(Rahmat Hidayat)", None, None)
    assert [(c.role, c.name, c.label) for c in credits] == [(R, "Rahmat Hidayat", None)]
    editor = make_credits_parser(signoff=Role.EDITOR)("Harga naik.\n(Rahmat Hidayat)", None, None)
    assert [(c.role, c.name) for c in editor] == [(Role.EDITOR, "Rahmat Hidayat")]
    assert make_credits_parser()("Harga naik.\n(Rahmat Hidayat)", None, None) == ()


def test_okezone_signoff_is_the_editor() -> None:
    """An Okezone story's closing "(Name)" is its editor, not a byline."""
    text = "JAKARTA - Harga cabai naik, kata pedagang kepada Okezone.\n(Fitri Handayani)"
    article = wirekit.parse(text, agency="okezone")
    assert [(c.role, c.name) for c in article.credits] == [(Role.EDITOR, "Fitri Handayani")]
    assert article.bylines == ()


@given(st.text(max_size=300))
def test_never_raises_and_spans_match(text: str) -> None:
    """On any text every credit's span holds its name."""
    for credit in find_credits(text):
        assert credit.span.slice(text) == credit.name


# Pieces that make label candidates hard to find: label words in every case, glued,
# split by odd blanks, behind bullets and indentation, and "by" where no label is.
_LABEL_PIECES = st.sampled_from(
    ["Pewarta", "EDITOR", "editor", "Reporting", "reporting by", "Additional reporting",
     "By", "BY", "by", "Oleh", "oleh", "Laporan Wartawan", "Por", "par", "von", "Foto",
     "photos", "Tempo", "Writer", "written", ":", " :", "\t:", "\u00a0", "\u2009", " ", "\n",
     "\r\n", "- ", "* ", "\u2022", "   ", "(", ";", ",", "|", "Budi", "ASavitri", "x",
     "nearby", "reporter", "Editor:", "\u212a", "\u0130"]
)  # fmt: skip
# A label set with a colon label of two words: its first words are searched, not looked up.
_TWO_WORD_COLON = _labels({"kepala biro": R, "foto": P}, {"shot by": P}, {"dari": R})


@given(st.lists(_LABEL_PIECES | st.text(max_size=3), max_size=30).map("".join), st.data())
def test_label_prescan_finds_what_a_full_scan_finds(text: str, data: st.DataObject) -> None:
    """The label pre-scan reports exactly the pattern's finditer matches, in any window."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for labels in (_GENERIC, _TWO_WORD_COLON):
        fast = [m.span() for m in _label_matches(labels, text, start, end)]
        full = [m.span() for m in labels.pattern.finditer(text, start, end)]
        assert fast == full


_NAME_LINE_PIECES = st.sampled_from(
    ["Larry Fine", "Ana de Souza", "JAKARTA", "Harga naik, kata dia.", ",", " ", "\t", "\u00a0",
     "\n", "\r\n", "O'Neil", "x", "Budi Santoso,"]
)  # fmt: skip


@given(st.lists(_NAME_LINE_PIECES | st.text(max_size=3), max_size=20).map("".join))
def test_name_line_pre_test_is_exact(text: str) -> None:
    """_has_name_line (which skips lines with a comma) agrees with trying every lead line."""
    expected = False
    newline = text.find("\n")
    while newline >= 0 and newline + 1 < min(len(text), DATELINE_LEAD_CHARS):
        line_end = text.find("\n", newline + 1)
        if line_end < 0:
            break
        if NAME_LINE_RE.fullmatch(text, newline + 1, line_end + 1) is not None:
            expected = True
            break
        newline = line_end
    assert _has_name_line(text, 0, len(text)) is expected


# NAME_SEP_RE before its blanks were read from a run's start only (quadratic on blank runs).
_PLAIN_NAME_SEP_RE = regex.compile(
    spell_spaces(
        r"[\t\p{Zs}]*+(?P<comma>,)[\t\p{Zs}]*+|[\t\p{Zs}]*+[&/][\t\p{Zs}]*+"
        r"|[\t\p{Zs}]++(?i:and|dan|serta|und)[\t\p{Zs}]++"
    )
)
_SEPARATOR_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\u00a0", "\u3000", ",", "&", "/", "and", "DAN", "serta", "Ann", "Bo", "x"]
)


@given(st.lists(_SEPARATOR_PIECES | st.text(max_size=2), max_size=20).map("".join), st.data())
def test_name_separator_search_is_unchanged(text: str, data: st.DataObject) -> None:
    """From a non-blank start (as _names searches), NAME_SEP_RE finds what it found before."""
    starts = [i for i, c in enumerate(text) if c != "\t" and not c.isspace()]
    if not starts:
        return
    pos = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(pos, len(text)))
    new, old = NAME_SEP_RE.search(text, pos, end), _PLAIN_NAME_SEP_RE.search(text, pos, end)
    assert (new and (new.span(), new.group("comma"))) == (old and (old.span(), old.group("comma")))
