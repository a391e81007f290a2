"""The notices parser: AI bans, related links, sources, contact blocks, sign-offs."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit import NoticeKind
from wirekit.parsers.notices import (
    _PROHIBIT_WORDS,
    PROHIBIT_RE,
    RELATED_RE,
    _related_matches,
    find_notices,
    make_notices_parser,
)

K = NoticeKind
AI_ID = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
    "di situs web ini tanpa izin tertulis dari redaksi."
)
AI_EN = "It is strictly prohibited to crawl, scrape or index this content for AI training."

EXAMPLES = [
    (f"Harga naik.\nCopyright © ANTARA 2025\n{AI_ID}", [(K.AI_BAN, AI_ID)]),
    (f"Prices rose.\n{AI_EN}", [(K.AI_BAN, AI_EN)]),
    (
        "Harga naik.\nBaca juga: Harga cabai turun\nHarga lain.",
        [(K.RELATED, "Baca juga: Harga cabai turun")],
    ),
    (
        "Harga naik.\nBaca Juga : Petani panen raya\n",
        [(K.RELATED, "Baca Juga : Petani panen raya")],
    ),
    ("Prices rose.\nRead also: Rice exports climb", [(K.RELATED, "Read also: Rice exports climb")]),
    ("Harga naik.Baca juga: Harga cabai turun", [(K.RELATED, "Baca juga: Harga cabai turun")]),
    (
        "Harga naik, kata dia.\nPilihan editor:Harga Cabai Turun Lagi",
        [(K.RELATED, "Pilihan editor:Harga Cabai Turun Lagi")],
    ),
    ("Film itu laris.\nPilihan editor jatuh pada film Dua Hati.", []),  # no colon, no label
    (
        "Harga naik.\nSumber: Kementerian Pertanian\nPewarta: Budi",
        [(K.SOURCE, "Sumber: Kementerian Pertanian")],
    ),
    ("Prices rose.\nSource: Statistics office", [(K.SOURCE, "Source: Statistics office")]),
    (
        "Lomba dibuka.\nKONTAK: info@example.org\nhttp://example.org/\nSumber: Panitia",
        [
            (K.CONTACT, "KONTAK: info@example.org\nhttp://example.org/"),
            (K.SOURCE, "Sumber: Panitia"),
        ],
    ),
    ("SALVADOR, Feb 26 - Showers continued.\n Reuter", [(K.SIGNATURE, "Reuter")]),
    # Scraped text glues the story onto the linked headline: the notice is the headline only.
    (
        "Harga naik.\nBaca Juga:Harga Cabai Naik Jelang Lebaran 2025Menurut dia, harga naik.",
        [(K.RELATED, "Baca Juga:Harga Cabai Naik Jelang Lebaran 2025")],
    ),
    (
        'Laga usai.\nBaca Juga: Tim Tamu Tanpa Kemenangan di Empat Laga!"Kami kecewa," ujarnya.',
        [(K.RELATED, "Baca Juga: Tim Tamu Tanpa Kemenangan di Empat Laga!")],
    ),
    (
        "Harga naik.\nBaca juga:Petani di Lembang Mulai Panen Raya KolBaca juga:Harga Turun",
        [(K.RELATED, "Baca juga:Petani di Lembang Mulai Panen Raya Kol")],
    ),
    # A label alone on its line: the headline on the next line is the link (detik, Kompas) ...
    (
        "Harga naik.\nBaca juga:\nHarga Cabai di Pasar Induk Turun Jelang Akhir Pekan Ini\n"
        "Menurut pedagang, harga turun.",
        [(K.RELATED, "Baca juga:\nHarga Cabai di Pasar Induk Turun Jelang Akhir Pekan Ini")],
    ),
    # ... also a headline that asks or cries out ...
    (
        "Harga naik.\nBaca juga:\nKapan Libur Kenaikan Kelas Anak Sekolah 2025? Cek Jadwalnya!\n"
        "Menurut dinas, libur dimulai akhir Juni.",
        [(K.RELATED, "Baca juga:\nKapan Libur Kenaikan Kelas Anak Sekolah 2025? Cek Jadwalnya!")],
    ),
    (
        "Harga naik.\nBaca juga:\nKPK Lelang Tas Mewah Mulai Rp 10 Juta Besok, Siapa Minat?\nLalu.",
        [(K.RELATED, "Baca juga:\nKPK Lelang Tas Mewah Mulai Rp 10 Juta Besok, Siapa Minat?")],
    ),
    # ... but a sentence there is the story going on (the scraper dropped the headline).
    (
        "Harga naik.\nBaca juga:\nApa yang terjadi pada harga cabai di pasar pekan ini?\nLalu.",
        [(K.RELATED, "Baca juga:")],
    ),
    (
        "Harga naik.\nBaca Juga\nMenurut pedagang di pasar itu, harga cabai turun pekan ini.",
        [(K.RELATED, "Baca Juga")],
    ),
    (
        "Harga naik.\nBaca juga:\nmenurut pedagang harga cabai turun pekan ini\nLalu naik.",
        [(K.RELATED, "Baca juga:")],
    ),
    # Glued after a sentence: with a dash, or the headline glued on with no colon.
    (
        "Harga naik.BACA JUGA - Cabai Rawit Kini Dijual Eceran Dia menambahkan harga cabai turun "
        "di pasar induk pekan ini.",
        [(K.RELATED, "BACA JUGA - Cabai Rawit Kini Dijual Eceran")],
    ),
    (
        "Harga naik.Baca JugaPetani Lembang Mulai Panen Raya KolHarga turun.",
        [(K.RELATED, "Baca JugaPetani Lembang Mulai Panen Raya Kol")],
    ),
    (
        "Laga usai.\nBaca Juga:Garuda Fans Lakukan Hal Menyentuh di Stadion!Seperti dilansir",
        [(K.RELATED, "Baca Juga:Garuda Fans Lakukan Hal Menyentuh di Stadion!")],
    ),
    # A flattened page: a title-case headline runs into the story's next sentence.
    (
        "Harga naik.Baca Juga: Warga Bekasi Kini Mudah ke Bandung Naik Kereta Cepat Budi "
        "mengaku menanggapi santai komentar warganet di media sosial.",
        [(K.RELATED, "Baca Juga: Warga Bekasi Kini Mudah ke Bandung Naik Kereta Cepat")],
    ),
    (
        "Harga naik.Baca juga: Misteri Cahaya di Situs Candi Kuno di Malang Sebelumnya pada "
        "hari itu, warga melaporkan cahaya terang di langit.",
        [(K.RELATED, "Baca juga: Misteri Cahaya di Situs Candi Kuno di Malang")],
    ),
    # ... but a headline in sentence case, or one whose lower-case words end its line, stays.
    (
        "Prices rose.\nRead also: Fed raises rates again as inflation bites hard in the spring",
        [(K.RELATED, "Read also: Fed raises rates again as inflation bites hard in the spring")],
    ),
    (
        "Lagu itu populer.\nBaca juga: Lirik Lagu Pengantin Nasida Ria: Bagaikan raja dan ratu",
        [(K.RELATED, "Baca juga: Lirik Lagu Pengantin Nasida Ria: Bagaikan raja dan ratu")],
    ),
    # detik's video links, and dpa's section of links (the list under its heading).
    (
        "Harga naik.\nSimak Video: Pemerintah Cabut Izin Tambang\nTonton juga Video: UMP Naik",
        [
            (K.RELATED, "Simak Video: Pemerintah Cabut Izin Tambang"),
            (K.RELATED, "Tonton juga Video: UMP Naik"),
        ],
    ),
    (
        "Harga naik.\nVideo: Banjir Rendam Jalan Raya",
        [(K.RELATED, "Video: Banjir Rendam Jalan Raya")],
    ),
    (
        "The pact was signed.\n\n## Internet links\n- [Statement](http://example.org/a)\n"
        "- [Pact](http://example.org/b)\n\n## Editorial contacts\n- Editing by: Jo Lee\n"
        "- Tel: +49 30 000\n\ndpa grj rmo",
        [
            (
                K.RELATED,
                "## Internet links\n- [Statement](http://example.org/a)\n"
                "- [Pact](http://example.org/b)",
            ),
            (K.CONTACT, "## Editorial contacts\n- Editing by: Jo Lee\n- Tel: +49 30 000"),
            (K.SIGNATURE, "dpa grj rmo"),
        ],
    ),
    # A syndication line, a request to follow the outlet, detik's "Selengkapnya".
    (
        "Harga naik.\nArtikel ini telah tayang di Kompas.com dengan judul Harga Naik\n"
        "Ikuti Saluran WhatsApp Tribun Manado\nSelengkapnya",
        [
            (K.SOURCE, "Artikel ini telah tayang di Kompas.com dengan judul Harga Naik"),
            (K.ADVERT, "Ikuti Saluran WhatsApp Tribun Manado"),
            (K.ADVERT, "Selengkapnya"),
        ],
    ),
    ("Harga naik.\nIkuti terus perkembangan beritanya di sini.", []),
    (
        "Harga naik.\nIkuti juga informasi lainnya di media sosial kami\nSelengkapnya...",
        [
            (K.ADVERT, "Ikuti juga informasi lainnya di media sosial kami"),
            (K.ADVERT, "Selengkapnya..."),
        ],
    ),
    # Sign-offs with the desk's initials or dots, or initials alone.
    ("Prices rose.\n REUTER...", [(K.SIGNATURE, "REUTER...")]),
    ("Prices rose.\nREUTER...^M", [(K.SIGNATURE, "REUTER...^M")]),
    ("Prices rose.\n reuter", [(K.SIGNATURE, "reuter")]),
    # the sign-off closes a contact block that had run on to the end
    (
        "The pact was signed.\n## Editorial contacts\n- Editing by: Jo Lee\n"
        "- Tel: +49 30 000\ndpa wsz jln npr",
        [
            (K.CONTACT, "## Editorial contacts\n- Editing by: Jo Lee\n- Tel: +49 30 000"),
            (K.SIGNATURE, "dpa wsz jln npr"),
        ],
    ),
    ("Prices rose.\nAAP RTV ar", [(K.SIGNATURE, "AAP RTV ar")]),
    ("Prices rose.\nhh/ph/ts/hd", [(K.SIGNATURE, "hh/ph/ts/hd")]),
    ("Prices rose.\nends", [(K.SIGNATURE, "ends")]),
    ("Prices rose.\nReuters said the deal is done", []),
    ("Prices rose.\n-- Reuter", [(K.SIGNATURE, "-- Reuter")]),
    # a desk's contact closing a Reuters story of 1996: a double dash, a name, a number
    (
        "Prices rose.\n-- Metals Desk, +44 20 7000 0000",
        [(K.CONTACT, "-- Metals Desk, +44 20 7000 0000")],
    ),
    ("Prices rose.\n-- 1996-08-22", []),
    ("Prices rose.\ndpa is on the story", []),
    # Ad-slot markers anywhere in a scraped page.
    (
        "Harga naik.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nIa pulang.\n"
        "  Advertisement \nThe advertisement ran on Monday.\n- Advertisement -",
        [
            (K.ADVERT, "ADVERTISEMENT"),
            (K.ADVERT, "SCROLL TO CONTINUE WITH CONTENT"),
            (K.ADVERT, "Advertisement"),
            (K.ADVERT, "- Advertisement -"),
        ],
    ),
    # detik's video embed, glued or alone, and a quoted video title holding a cry
    (
        "Gedung itu dipindah utuh. [Gambas:Video 20detik]\nIa pulang.",
        [(K.RELATED, "[Gambas:Video 20detik]")],
    ),
    (
        "Gedung itu dipindah.\nSimak juga Video 'Hebat! Gedung Tua Dipindah Utuh Pakai Robot':\n\n"
        "Ia pulang.",
        [(K.RELATED, "Simak juga Video 'Hebat! Gedung Tua Dipindah Utuh Pakai Robot':")],
    ),
    # a republication note, AP's automated stories, a footer's disclaimer
    (
        "Harga naik.\nArtikel ini pertama kali terbit dalam bahasa Jerman\nDiadaptasi oleh Rina",
        [(K.SOURCE, "Artikel ini pertama kali terbit dalam bahasa Jerman")],
    ),
    (
        "Harga naik.\nArtikel sudah lebih dulu tayang di detikNews.",
        [(K.SOURCE, "Artikel sudah lebih dulu tayang di detikNews.")],
    ),
    (
        "Sales rose.\n_____\nThis story was generated by a robot service using market data.",
        [(K.SOURCE, "This story was generated by a robot service using market data.")],
    ),
    (
        "Saham naik.\nDisclaimer: Setiap keputusan investasi ada di tangan pembaca.",
        [(K.OTHER, "Disclaimer: Setiap keputusan investasi ada di tangan pembaca.")],
    ),
    # the topic tags after detik's closing initials; a sentence there is none
    (
        "Harga naik.(fca/wsw)\nraja ampat\ntambang nikel",
        [(K.OTHER, "raja ampat\ntambang nikel")],
    ),
    ("Harga naik. (fca/wsw) harga naik lagi.", []),
    # detik's closing initials on a line of their own sign the story off; digits alone
    # are a date
    (
        "Harga naik.\n(aks/aks)\nraja ampat",
        [(K.SIGNATURE, "(aks/aks)"), (K.OTHER, "raja ampat")],
    ),
    ("Harga naik.\n(mau/nu2)", [(K.SIGNATURE, "(mau/nu2)")]),
    (  # a promotion box after the tags: both read, each its own kind
        "Harga naik.\n(rdh/mea)\nharga cabai\npasar\nLomba Foto 2025\nBaca kisah para "
        "juara di sini\nSelengkapnya",
        [
            (K.SIGNATURE, "(rdh/mea)"),
            (K.OTHER, "harga cabai\npasar"),
            (K.ADVERT, "Lomba Foto 2025\nBaca kisah para juara di sini\nSelengkapnya"),
        ],
    ),
    ("Harga naik Kamis.\n(10/12)", []),
    # a desk's initials in parentheses on the last line; a number there is none
    ("Harga naik.\n(kha)", [(K.SIGNATURE, "(kha)")]),
    ("Harga naik.\n(SIS)", [(K.SIGNATURE, "(SIS)")]),
    ("Harga naik, lihat tabel.\n(12)", []),
    # AFP's picture flag on the first line; detik's live-show promotion; an Instagram
    # embed's leftovers, on a line of their own or inline
    ("= (PICTURES) =\nPrices rose on Friday.", [(K.OTHER, "= (PICTURES) =")]),
    ("URGENT Iran recalls envoy\nIran recalled its envoy.", [(K.OTHER, "URGENT")]),
    ("URGENTChina quake kills three\nA quake hit.", [(K.OTHER, "URGENT")]),
    ("URGENTLY needed: blood donors\nDonors are asked to come.", []),
    (
        "2nd Ld-Writethru: Marines accused\nThe marines were charged.",
        [(K.OTHER, "2nd Ld-Writethru:")],
    ),
    ("1st Ld: Bus crash kills 16\nA bus crashed.", [(K.OTHER, "1st Ld:")]),
    ("12 people died in a crash.\nThe bus crashed.", []),
    ("URGENT NEED FOR BLOOD\nDonors are asked to come.", [(K.OTHER, "URGENT")]),
    ("\n=(PICTURE)=\nPrices rose.", [(K.OTHER, "=(PICTURE)=")]),
    (
        "Harga naik.\nSaksikan Live DetikSore:\nHarga turun.",
        [(K.ADVERT, "Saksikan Live DetikSore:")],
    ),
    (
        "Laga usai.   View this post on Instagram   A post shared by Klub (@klub) Skor 2-1.",
        [(K.RELATED, "View this post on Instagram   A post shared by Klub (@klub)")],
    ),
    (
        "Tips sehat.\nA post shared by KOMPAS Lifestyle (@kompas.lifestyle)",
        [(K.RELATED, "A post shared by KOMPAS Lifestyle (@kompas.lifestyle)")],
    ),
    ("A post shared by many people (the crowd) went viral.", []),
    # a follow request glued after a sentence; Kompas's closing channel call
    (
        "Harga naik,\u201d paparnya.Ikuti Whatsapp Channel Republika\nPolisi datang.",
        [(K.ADVERT, "Ikuti Whatsapp Channel Republika")],
    ),
    (
        "Harga naik.\nSimak\nbreaking news\ndan\nberita pilihan\nkami di ponselmu. Akses "
        "WhatsApp Channel :\nhttps://www.whatsapp.com/channel/0029\n. Pastikan WhatsApp ya.",
        [
            (
                K.ADVERT,
                "Simak\nbreaking news\ndan\nberita pilihan\nkami di ponselmu. Akses "
                "WhatsApp Channel :\nhttps://www.whatsapp.com/channel/0029\n. Pastikan "
                "WhatsApp ya.",
            )
        ],
    ),
    # an editor's advisory on the first lines (AFP, Reuters); in a sentence it is none
    (
        "ATTENTION - ADDS quotes ///\nPARIS, May 2 (AFP) - Prices rose.",
        [(K.OTHER, "ATTENTION - ADDS quotes ///")],
    ),
    ("(Adds comments)\nJan 3 (Reuters) - Gold rose.", [(K.OTHER, "(Adds comments)")]),
    (
        "(In Jan. 3 story, corrects figure)\nJan 4 (Reuters) - Oil fell.",
        [(K.OTHER, "(In Jan. 3 story, corrects figure)")],
    ),
    ("Prices rose (Adds nothing) today.", []),
    # dpa's notes to the desks in its footer
    (
        "Berlin (dpa) - Prices rose.\n## Note to editors\n- adds quotes in grafs 7-11\n\n"
        "The following information is not intended for publication",
        [
            (K.OTHER, "## Note to editors\n- adds quotes in grafs 7-11"),
            (K.OTHER, "The following information is not intended for publication"),
        ],
    ),
    (
        "Harga naik.\n--------\nArtikel ini telah naik didetikBali.",
        [(K.SOURCE, "Artikel ini telah naik didetikBali.")],
    ),
    # a desk's telephone in parentheses; a note that broke after "di" goes on
    (
        "Oil rose.\n-- Tokyo Commodities Desk (813 3432 6179)",
        [(K.CONTACT, "-- Tokyo Commodities Desk (813 3432 6179)")],
    ),
    (
        "Harga naik.\nArtikel ini telah naik di\ndetikJateng.",
        [(K.SOURCE, "Artikel ini telah naik di\ndetikJateng.")],
    ),
    ("Harga naik. (fca/wsw) Hoegeng Awards", []),
]


def test_a_related_link_is_never_longer_than_a_headline() -> None:
    """With no boundary in sight, a related link stops at a word end within 240 characters."""
    text = "Harga naik.\nBaca juga: " + "kata " * 80
    (notice,) = find_notices(text)
    assert notice.kind is K.RELATED
    assert len(notice.text) <= len("Baca juga:") + 240
    assert notice.text.endswith("kata") and notice.span.slice(text) == notice.text


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[str(i) for i in range(len(EXAMPLES))])
def test_notice_examples(text: str, expected: list[tuple[NoticeKind, str]]) -> None:
    """Each notice is found with its kind, and its span and text are its surface."""
    notices = find_notices(text)
    assert [(n.kind, n.text) for n in notices] == expected
    for notice in notices:
        assert notice.span.slice(text) == notice.text


def test_agency_signature() -> None:
    """An agency can add its own sign-off line."""
    parse = make_notices_parser(signatures=("-- ANADOLU",))
    assert [n.kind for n in parse("Story.\n-- ANADOLU", None, None)] == [K.SIGNATURE]


@pytest.mark.parametrize(
    ("text", "signature"),
    [
        ("Exports rose in June.\nThe growth beat forecasts. Enditem", "Enditem"),
        ("Exports rose in June.\nEnditem", "Enditem"),
        ("Exports rose in June.\n==Kyodo", "==Kyodo"),
    ],
)
def test_xinhua_and_kyodo_sign_offs(text: str, signature: str) -> None:
    """Xinhua's "Enditem" ends the last line or stands alone; Kyodo signs "==Kyodo"."""
    notices = find_notices(text)
    assert [(n.kind, n.text) for n in notices] == [(K.SIGNATURE, signature)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korban dirawat di rumah sakit,\u201d ucapnya.(jon)", [(K.SIGNATURE, "(jon)")]),
        ("Korban luka berat di bagian kepala. (okz)", [(K.SIGNATURE, "(okz)")]),
        ("Skuad: Jay Idzes, Ole Romeny(sto)", [(K.SIGNATURE, "(sto)")]),
        # not a number, a word, a longer aside or Xinhua's "(more)"
        ("Pelaku berinisial AB (31)", []),
        ("Harga naik (dan)", []),
        ("Harga naik (sementara)", []),
        ("Exports rose in June (more)", []),
    ],
)
def test_initials_closing_the_last_line(text: str, expected: list) -> None:
    """The desk's initials in parentheses ending the story's last line are its signature."""
    assert [(n.kind, n.text) for n in find_notices(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga naik.\nTips Beli Mobil Bekas\nTips Beli Mobil Bekas\n(rgr/dry)\nmobil bekas",
         [(K.RELATED, "Tips Beli Mobil Bekas\nTips Beli Mobil Bekas"), (K.SIGNATURE, "(rgr/dry)"),
          (K.OTHER, "mobil bekas")]),
        # two different lines, or a sentence said twice, are the story
        ("Harga naik.\nTips Beli Mobil Bekas\nTips Jual Mobil Bekas\n(rgr/dry)",
         [(K.SIGNATURE, "(rgr/dry)")]),
        ("Harga naik.\nHarga cabai naik lagi.\nHarga cabai naik lagi.\n(rgr/dry)",
         [(K.SIGNATURE, "(rgr/dry)")]),
    ],
)  # fmt: skip
def test_detik_doubled_video_title(text: str, expected: list) -> None:
    """detik prints an embedded video's title twice before the desk's initials: RELATED."""
    assert [(n.kind, n.text) for n in find_notices(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga naik.\nBaca selengkapnyadi sini.", [(K.RELATED, "Baca selengkapnyadi sini.")]),
        (
            "Harga naik.\nSimak selengkapnya\ndi sini.",
            [(K.RELATED, "Simak selengkapnya\ndi sini.")],
        ),
        (
            "Harga naik.\nSimak selengkapnya di halaman selanjutnya.",
            [(K.RELATED, "Simak selengkapnya di halaman selanjutnya.")],
        ),
        # a lead-in to what follows is the story
        ("Harga naik.\nSimak selengkapnya di bawah ini.\n1. Cabai", []),
        ("Harga naik.\nSimak selengkapnya kunci jawaban berikut.", []),
        (
            "Harga naik.\nLihat Video 'Truk Tertabrak KRL di Tangerang':\nIa pulang.",
            [(K.RELATED, "Lihat Video 'Truk Tertabrak KRL di Tangerang':")],
        ),
        ("Harga naik.\nLihat video itu di kanal kami.", []),
        (
            "Harga naik.\nBaca selengkapnya di tautan berikut ini.",
            [(K.RELATED, "Baca selengkapnya di tautan berikut ini.")],
        ),
        # the label is the link: it takes no headline from the next line
        (
            "Harga naik.\nBaca Selengkapnya\n2. Harga Kopra di Manado Naik Lagi",
            [(K.RELATED, "Baca Selengkapnya")],
        ),
        (
            "Sumber: Kompas\nBerita terkait lainnya",
            [(K.SOURCE, "Sumber: Kompas"), (K.RELATED, "Berita terkait lainnya")],
        ),
    ],
)
def test_read_more_links(text: str, expected: list[tuple[K, str]]) -> None:
    """A read-more line and Tribun's related heading are related links of their own."""
    assert [(n.kind, n.text) for n in find_notices(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harga naik.\n( TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )",
            [(K.SOURCE, "( TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )")],
        ),
        ("Harga naik.\n(kompas.tv/ bangkapos.com)", [(K.SOURCE, "(kompas.tv/ bangkapos.com)")]),
        ("Harga naik.\n(Bangkapos.com/Sela Agustika)", []),  # a reporter's credit
    ],
)
def test_a_closing_line_of_outlets_is_a_source(text: str, expected: list[tuple[K, str]]) -> None:
    assert [(n.kind, n.text) for n in find_notices(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harga naik.\nVideo Kluivert Jelang Laga Vs Jepang: Kami Siap Bertarung",
            [(K.RELATED, "Video Kluivert Jelang Laga Vs Jepang: Kami Siap Bertarung")],
        ),
        (
            "Harga naik.\nVideo Gunung Gede Ditutup Sementara, Kenapa?",
            [(K.RELATED, "Video Gunung Gede Ditutup Sementara, Kenapa?")],
        ),
        ("Harga naik.\nVideo tersebut viral di media sosial.", []),  # the story
        ("Harga naik.\nVideo CCTV memperlihatkan pelaku kabur.", []),  # a sentence
        ("Sales rose.\nVideo Shopping said the station, carried over UHF channel\n", []),
    ],
)
def test_a_video_headline_without_colon(text: str, expected: list[tuple[K, str]]) -> None:
    """detik's "Video <Headline>" line: a title-case line of its own, no sentence."""
    assert [(n.kind, n.text) for n in find_notices(text)] == expected


def test_a_press_digest_disclaimer_is_a_notice() -> None:
    """A digest's line saying the stories are unverified is furniture, not the story."""
    text = (
        "PRESS DIGEST - Ruritania - Aug 22.\nThese are the leading stories in the press.\n"
        "Reuters has not verified these stories and does not vouch for their accuracy.\n"
        "DAILY STAR\n- The minister says the harvest was good."
    )
    expected = "Reuters has not verified these stories and does not vouch for their accuracy."
    assert [(n.kind, n.text) for n in find_notices(text)] == [(K.OTHER, expected)]
    # in a sentence of the story, far into the line, it is no notice
    story = "Harga naik. " * 10 + "The ministry said it has not verified these reports yet."
    assert find_notices(story) == ()


def test_sumber_in_body_far_from_footer_is_not_a_source() -> None:
    """ "Sumber:" lines are read only near the footer."""
    text = "Sumber: arsip\n" + "Harga naik lagi.\n" * 300
    assert find_notices(text) == ()


@given(st.text(max_size=300))
def test_never_raises_and_notices_do_not_overlap(text: str) -> None:
    """On any text notices are in order, do not overlap, and hold their surface."""
    notices = find_notices(text)
    for first, second in itertools.pairwise(notices):
        assert first.span.end <= second.span.start
    for notice in notices:
        assert notice.span.slice(text) == notice.text


_BAN_PIECES = st.sampled_from(
    ["Dilarang", "tanpa izin", "PROHIBITED", "forbidden", "not be permitted", "not allowed",
     "without prior written permission", " ", "\n", "x", "\u0130", "\u017f", "\u212a"]
)  # fmt: skip


@given(st.lists(_BAN_PIECES | st.text(max_size=3), max_size=20).map("".join))
def test_prohibit_words_are_a_safe_pre_test(text: str) -> None:
    """A ban phrase is only ever found where one of the pre-test words stands (case aside)."""
    lowered = text.lower()
    if PROHIBIT_RE.search(text) is not None and not any(t in text for t in "\u0130\u017f\u212a"):
        assert any(word in lowered for word in _PROHIBIT_WORDS)


_RELATED_PIECES = st.sampled_from(
    ["Baca juga", "BACA JUGA", "baca  juga", "Read also", "also read", "Read More", "lihat juga",
     "Simak Juga", "juga", "read", "ALSO", ":", " ", "\t", "\u00a0", "\n", ".", '"', "\u201d", ")",
     "x", "already", "Pilihan editor", "PILIHAN EDITOR", "pilihan", "editor", "Baca Juga",
     "-", " - ", "\u2013", "H", "Harga", "Video", "video", "Simak Video", "Tonton juga",
     "saksikan juga", "#", "## ", "Internet links", "internet", "links"]
)  # fmt: skip


@given(st.lists(_RELATED_PIECES | st.text(max_size=3), max_size=25).map("".join), st.data())
def test_related_prescan_finds_what_a_full_scan_finds(text: str, data: st.DataObject) -> None:
    """The "Baca juga" pre-scan reports exactly RELATED_RE's finditer matches in a window."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = text[start:end]
    lowered = None if any(t in window for t in "\u0130\u0131\u017f\u212a") else window.lower()
    fast = [m.span() for m in _related_matches(text, start, end, lowered)]
    assert fast == [m.span() for m in RELATED_RE.finditer(text, start, end)]
