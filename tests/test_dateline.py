"""The dateline parser: the shapes of DESIGN.md §3 and issue 4, on articles written here."""

from __future__ import annotations

import sys
from unittest import mock

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirekit import Span, parse
from wirekit.agencies import BUILTIN_AGENCIES
from wirekit.parsers import Context, dateline
from wirekit.parsers._spaces import SPACE_SEPARATORS, spell_spaces
from wirekit.parsers.dateline import make_dateline_parser, parse_dateline

AGENCIES = {a.id: a for a in BUILTIN_AGENCIES}

# (lead, place, agency as written, date text, dateline text)
SHAPES = [
    # an outlet alone, its dash on a line of its own and the story on the next
    (
        "KOMPAS.com\n-\nTimnas Indonesia\nmenelan kekalahan.",
        None,
        "KOMPAS.com",
        None,
        "KOMPAS.com\n-",
    ),
    (
        "SURYA.co.id | SIDOARJO - Banjir meredam permukiman.",
        "SIDOARJO",
        "SURYA.co.id",
        None,
        "SURYA.co.id | SIDOARJO -",
    ),  # the outlet and its place split by a bar
    # scraping lost the dash and glued the story on: the place ends where the story starts
    (
        "Liputan6.com, JakartaHarga cabai naik lagi.",
        "Jakarta",
        "Liputan6.com",
        None,
        "Liputan6.com, Jakarta",
    ),
    (
        "Liputan6.com, Tangerang SelatanWarga antre di Timnas Indonesia-U23 laga.",
        "Tangerang Selatan",
        "Liputan6.com",
        None,
        "Liputan6.com, Tangerang Selatan",
    ),
    (
        "Kuala Lumpur (ANTARA) - China siap bekerja sama.",
        "Kuala Lumpur",
        "ANTARA",
        None,
        "Kuala Lumpur (ANTARA) -",
    ),
    ("JAKARTA (ANTARA) - Harga beras naik.", "JAKARTA", "ANTARA", None, "JAKARTA (ANTARA) -"),
    (
        "  Sentani, Jayapura (ANTARA) - Warga berkumpul.",
        "Sentani, Jayapura",
        "ANTARA",
        None,
        "Sentani, Jayapura (ANTARA) -",
    ),
    (
        "Klaten (ANTARA News) - Petani panen.",
        "Klaten",
        "ANTARA News",
        None,
        "Klaten (ANTARA News) -",
    ),
    (
        "Mataram, NTB (ANTARA News) - Bandara ditutup.",
        "Mataram, NTB",
        "ANTARA News",
        None,
        "Mataram, NTB (ANTARA News) -",
    ),
    (
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --\nKota itu membuka lomba.",
        "ISTANBUL",
        "Antara/PRNewswire",
        "23 Februari 2016",
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --",
    ),
    (
        "LONDON, March 3 (Reuters) - Shares fell.",
        "LONDON",
        "Reuters",
        "March 3",
        "LONDON, March 3 (Reuters) -",
    ),
    ("Jan 30 (Reuters) - Gold rose on Tuesday.", None, "Reuters", "Jan 30", "Jan 30 (Reuters) -"),
    (
        "COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued.",
        "SALVADOR",
        None,
        "Feb 26",
        "SALVADOR, Feb 26 -",
    ),
    (
        "PAYOUT SET\nCHICAGO, Ill., March 3 - The company said.",
        "CHICAGO, Ill.",
        None,
        "March 3",
        "CHICAGO, Ill., March 3 -",
    ),
    ("NEW YORK (AP) — Stocks rose.", "NEW YORK", "AP", None, "NEW YORK (AP) —"),
    (
        "WARSAW, Poland (AP) -- Crowds gathered.",
        "WARSAW, Poland",
        "AP",
        None,
        "WARSAW, Poland (AP) --",
    ),
    ("NAIROBI, Kenya (AP) _ Rain fell.", "NAIROBI, Kenya", "AP", None, "NAIROBI, Kenya (AP) _"),
    (
        "STOCKHOLM, Aug 29, 2014 (AFP) - Talks began.",
        "STOCKHOLM",
        "AFP",
        "Aug 29, 2014",
        "STOCKHOLM, Aug 29, 2014 (AFP) -",
    ),
    (
        "BEIJING, Sept. 2 (Xinhua) -- Trade grew.",
        "BEIJING",
        "Xinhua",
        "Sept. 2",
        "BEIJING, Sept. 2 (Xinhua) --",
    ),
    (
        "KUALA LUMPUR, Aug 6 (Bernama) -- Prices eased.",
        "KUALA LUMPUR",
        "Bernama",
        "Aug 6",
        "KUALA LUMPUR, Aug 6 (Bernama) --",
    ),
    (
        "MELAKA, 13 Jan (Bernama) -- Harga turun.",
        "MELAKA",
        "Bernama",
        "13 Jan",
        "MELAKA, 13 Jan (Bernama) --",
    ),
    (
        "Londres, 21 mar (EFE).- El precio subió.",
        "Londres",
        "EFE",
        "21 mar",
        "Londres, 21 mar (EFE).-",
    ),
    (
        "Ciudad de México, 10 de julio de 2025 (EFE).- El peso subió.",
        "Ciudad de México",
        "EFE",
        "10 de julio de 2025",
        "Ciudad de México, 10 de julio de 2025 (EFE).-",
    ),
    (
        "(ANSA) - ROMA, 1 LUG - Il governo ha deciso.",
        "ROMA",
        "ANSA",
        "1 LUG",
        "(ANSA) - ROMA, 1 LUG -",
    ),
    (
        "MOSCOW, January 21. /TASS/. The ministry said.",
        "MOSCOW",
        "TASS",
        "January 21",
        "MOSCOW, January 21. /TASS/.",
    ),
    (
        "New Delhi, Jan 10 (ANI): The minister said.",
        "New Delhi",
        "ANI",
        "Jan 10",
        "New Delhi, Jan 10 (ANI):",
    ),
    (
        "New Delhi, Jan 10 (PTI) The minister said.",
        "New Delhi",
        "PTI",
        "Jan 10",
        "New Delhi, Jan 10 (PTI)",
    ),
    (
        "JAKARTA, KOMPAS.com - Harga cabai naik.",
        "JAKARTA",
        "KOMPAS.com",
        None,
        "JAKARTA, KOMPAS.com -",
    ),
    ("TEMPO.CO, Jakarta - Harga cabai naik.", "Jakarta", "TEMPO.CO", None, "TEMPO.CO, Jakarta -"),
    (
        "Liputan6.com, Jakarta - Harga cabai naik.",
        "Jakarta",
        "Liputan6.com",
        None,
        "Liputan6.com, Jakarta -",
    ),
    (
        "REPUBLIKA.CO.ID, SEMARANG -- Harga cabai naik.",
        "SEMARANG",
        "REPUBLIKA.CO.ID",
        None,
        "REPUBLIKA.CO.ID, SEMARANG --",
    ),
    (
        "Berita cabai\nATHENS 1996-08-22\nGreek prices rose.",
        "ATHENS",
        None,
        "1996-08-22",
        "ATHENS 1996-08-22",
    ),
    ("JAKARTA - Komisi itu memeriksa saksi.", "JAKARTA", None, None, "JAKARTA -"),
    ("SORONG\u2013 Ketua umum datang.", "SORONG", None, None, "SORONG\u2013"),
]


@pytest.mark.parametrize(
    ("text", "place", "agency", "date", "surface"), SHAPES, ids=[s[4] for s in SHAPES]
)
def test_dateline_shapes(
    text: str, place: str | None, agency: str | None, date: str | None, surface: str
) -> None:
    """Each shape gives place, agency and date as written, and a span over the dateline."""
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    assert dateline.span.slice(text) == surface
    if date is None:
        assert dateline.date is None
    else:
        assert dateline.date is not None
        assert dateline.date.text == date
        assert dateline.date.span.slice(text) == date
        assert dateline.date.value is None  # resolved later by the pipeline
    if dateline.place_span is not None:
        assert dateline.place_span.slice(text) == place
    if dateline.agency_span is not None:
        assert dateline.agency_span.slice(text) == agency


def test_cnn_indonesia_needs_its_agency() -> None:
    """ "Jakarta, CNN Indonesia --" reads as place + outlet with the agency's own parser."""
    text = "Jakarta, CNN Indonesia -- Harga cabai naik."
    dateline = AGENCIES["cnnindonesia"].parse_dateline(text, None, None)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("Jakarta", "CNN Indonesia")


def test_reuters_1987_agency_after_date() -> None:
    """ "WASHINGTON, March 12, Reuter -" gives the agency with the Reuters parser."""
    text = "JUDGE RULES\nWASHINGTON, March 12, Reuter - A judge ruled."
    dateline = AGENCIES["reuters"].parse_dateline(text, None, None)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("WASHINGTON", "Reuter")


def test_dateline_after_caption_and_byline() -> None:
    """A caption, a byline and an ATTN line before the dateline are skipped."""
    text = (
        "Warga antre beras di pasar, Kamis (10/7/2025). ANTARA FOTO/Budi\n"
        "By Kim Soo-yeon\nATTN: adds details\n"
        "SEOUL, July 10 (Yonhap) -- Prices rose."
    )
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("SEOUL", "Yonhap")


def test_title_with_dash_is_not_a_dateline() -> None:
    """A capitalised headline with a dash loses to the real dateline below it."""
    text = "ECONOMIC SPOTLIGHT - BOLIVIA\nBy Ann Lee, Reuters\nLA PAZ, March 20 - Bolivia said."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.place == "LA PAZ"


@pytest.mark.parametrize(
    "text",
    [
        "Judul\nMerujuk (Sari, 2019:12) ketahanan pangan membaik.",
        "Judul\nData Survei Gizi Nasional (SGN 2021)\u00a0menunjukkan angka turun.",
        "Judul\nProduk BBM Pertalite Baru (RON 98) juga naik harganya.",
    ],
)
def test_parenthesis_with_digits_is_no_agency(text: str) -> None:
    """Without a dash, a parenthesis is an agency only after a date before it (PTI's
    ``New Delhi, Jan 10 (PTI) The``): digits inside it (a citation, a survey, a fuel
    grade) are no date of a dateline."""
    assert parse_dateline(text) is None


def test_a_glued_place_has_a_word_before_the_story() -> None:
    """A glued place is a word of three letters or more: "McDonald" is no "Mc" + story."""
    assert parse_dateline("Liputan6.com, McDonaldHarga naik.") is None


@pytest.mark.parametrize(
    "text",
    [
        "TEKA-teki masa depan pelatih itu belum terjawab.",
        "A NATO-led patrol came under fire on Sunday.",
        "US-based chipmakers rallied on the news.",
        "US-Israel ties hang on the talks.",
        "FED-UP fans booed the team off.",
        "AOL, E-Mail Firms Sue Spammers\nThe firms filed suit on Monday.",
    ],
)
def test_a_hyphenated_word_is_no_bare_dateline(text: str) -> None:
    """A hyphen between a capitalised word and a lower-case one, or after a word of up to
    three letters, joins a compound word ("TEKA-teki", "NATO-led", "US-Israel"); a bare
    dateline's glued dash is followed by the story's capital ("JAKARTA-Pemerintah",
    "JAKARTA-PT PLN ...")."""
    assert parse_dateline(text) is None
    assert parse_dateline("JAKARTA-Pemerintah menaikkan harga.").place == "JAKARTA"
    assert parse_dateline("JAKARTA-PT PLN menaikkan tarif.").place == "JAKARTA"


@pytest.mark.parametrize(
    "text",
    [
        "Sinaga's December 7-9 visit follows talks in the capital.",
        "The March 3\u20135 meeting ended without a statement.",
    ],
)
def test_a_range_of_days_is_no_dateline_dash(text: str) -> None:
    """A hyphen between a day and the next digit joins a range ("December 7-9"): it is
    no dash after a dated dateline, so the words before it are no place. A dash glued
    to the date before the story's letter still is one ("SALVADOR, Feb 26-Showers")."""
    assert parse_dateline(text) is None
    found = parse_dateline("SALVADOR, Feb 26-Showers continued in the region.")
    assert found is not None and found.place == "SALVADOR"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SAINT-DENIS\u2013 Final Piala Eropa digelar malam ini.", "SAINT-DENIS"),
        ("ROSTOV-ON-DON, RUSSIA - Three officers were hurt.", "ROSTOV-ON-DON, RUSSIA"),
    ],
)
def test_a_hyphenated_place_is_read_whole(text: str, place: str) -> None:
    """A place whose name holds hyphens is read whole before its dash."""
    found = parse_dateline(text)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ATTENTION - ADDS quotes ///\nThousands marched in the capital.", None),
        ("INFO NASIONAL - PT Pos menyalurkan bantuan sosial.", None),
        ("CRICKET - PAKISTAN 229-1 V ENGLAND - close.\nSaeed not out 116", None),
        ("PRESS DIGEST - Spain - Aug 28.\nHeadlines:\nEL DIARIO\n- Rail strike ends.", None),
        ("RPT --LUDWIGSHAFEN, West Germany, March 30 - The chemicals group said ...",
         "LUDWIGSHAFEN, West Germany"),
        ("ATTENTION - ADDS details\nPARIS (AFP) - Thousands marched.", "PARIS"),
    ],
)  # fmt: skip
def test_a_slug_names_no_place(text: str, place: str | None) -> None:
    """An editors' slug, a page's section or a sport's name before a dash is no place; the
    line goes on after it, and a weak dateline later in the lead is none."""
    found = parse_dateline(text)
    assert (found.place if found is not None else None) == place
    if found is not None:
        assert found.span.slice(text).startswith(place)


def test_afp_and_ap_open_a_line_as_the_agency() -> None:
    """ "AFP - ", "AP - " (an aggregator's credit line) name the agency, not a place."""
    for agency in ("AFP", "AP"):
        article = parse(f"Minister quits\n{agency} - The minister resigned on Monday.")
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.agency) == (None, agency)


def test_missing_dateline_reports() -> None:
    """No dateline gives None and a dateline.missing diagnostic."""
    context = Context()
    assert parse_dateline("harga cabai naik lagi di pasar.", None, context) is None
    assert [d.code for d in context.diagnostics] == ["dateline.missing"]


def test_region_bounds_the_search() -> None:
    """Offsets stay absolute when a region is given."""
    text = "XXXX\nJAKARTA (ANTARA) - Harga naik."
    dateline = parse_dateline(text, Span(5, len(text)))
    assert dateline is not None
    assert dateline.span == Span(5, 23)


def test_only_the_lead_is_read() -> None:
    """A dateline shape deep in the body is not the dateline."""
    text = "harga naik.\n" * 200 + "JAKARTA (ANTARA) - Harga naik."
    assert parse_dateline(text) is None


def test_make_dateline_parser_is_picklable() -> None:
    """Configured parsers pickle (for batch and distributed use)."""
    import pickle

    parser = make_dateline_parser(agencies=("CNN Indonesia",))
    clone = pickle.loads(pickle.dumps(parser))
    assert clone("Jakarta, CNN Indonesia -- x.") == parser("Jakarta, CNN Indonesia -- x.")


@given(st.text(max_size=300))
def test_never_raises_and_spans_match(text: str) -> None:
    """On any text the parser returns None or a dateline whose spans hold its fields."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert 0 <= dateline.span.start <= dateline.span.end <= len(text)
        if dateline.place is not None:
            assert dateline.place_span is not None
            assert dateline.place_span.slice(text) == dateline.place
        if dateline.agency is not None:
            assert dateline.agency_span is not None
            assert dateline.agency_span.slice(text) == dateline.agency


def test_spelled_out_spaces_are_exactly_the_space_separators() -> None:
    """The spelled-out space set is exactly regex's \\p{Zs}: the same characters match."""
    zs = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if regex.match(r"\p{Zs}", c))
    assert zs == SPACE_SEPARATORS
    spelled = regex.compile(spell_spaces(r"[\t\p{Zs}]\p{Zs}"))
    assert all(spelled.fullmatch("\t" + c) for c in zs)
    assert not spelled.fullmatch("\t\n") and not spelled.fullmatch("\u200b\u200b")


# Pieces of lead lines that put the shapes' pre-tests to work: places, agencies, dates,
# outlets, dashes, slashes, commas, digits and odd blanks, glued in any order.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rates held\nKUALA LUMPUR: The central bank kept its policy rate unchanged on Thursday.",
         "KUALA LUMPUR"),
        ("SINGAPORE : Three men were charged in court on Monday.", "SINGAPORE"),
        ("PETALING JAYA: Police have detained two suspects over the robbery at a goldsmith "
         "shop in the city centre.", "PETALING JAYA"),
        ("THE HAGUE: The court will rule next month.", "THE HAGUE"),
        # headlines and labels in capitals: no place
        ("GOLF ROUNDUP: Haas closer to ending drought\nHe shot a 66.", None),
        ("EPA: U.S. Waterways Contain Polluted Fish\nOne of every three lakes is polluted.", None),
        ("NOTE: This story was corrected on Friday to fix a name.\nThe minister said.", None),
        ("BREAKING: The minister has resigned, his office said in a statement on Friday.", None),
        ("CARROT AND STICK: The bloc is hoping the talks resume before the meeting.", None),
        ("PROGRESS: Students await the final version, and progress has been slow so far.", None),
        ("MOODY'S: The agency cut the rating of the bank by one notch on Friday.", None),
        ("Title\nSubtitle\nA third line\nBERLIN: The talks ended without a deal on Monday.",
         None),
    ],
)  # fmt: skip
def test_a_capitals_place_before_a_colon(text: str, place: str | None) -> None:
    """A place in capitals and a colon opens a lead line ("KUALA LUMPUR: The ..."); a
    headline's subject, a label, a phrase or a story's word before a colon does not, nor
    a line after the lead's third."""
    found = parse_dateline(text)
    assert (found.place if found is not None else None) == place
    if found is not None:
        assert found.span.slice(text).startswith(place)
        assert found.span.slice(text).endswith(":")
        assert found.place_span is not None and found.place_span.slice(text) == place


_LEAD_PIECES = st.sampled_from(
    ["JAKARTA", "Kuala Lumpur", "Baden-Baden", "DALLAS/FORT WORTH", "MAR DEL PLATA", "CHICAGO",
     "Ill.", "(ANTARA)", "(Reuters)", "(ANSA)", "/TASS/", "KOMPAS.com", "TEMPO.CO",
     "REPUBLIKA.CO.ID", "CNN Indonesia", "March 3", "Sept. 2", "23 Februari 2016", "1 LUG",
     "1996-08-22", "Feb 26", "2014", " ", "  ", ", ", ",", " - ", "-", " -- ", "\u2014", "_",
     ":", ".", "/", "(", ")", "\n", "\r\n", "\t", "\u00a0", "\u2009", "harga naik", "Presiden",
     "said", "x", "7", "de", ", Reuter", "cnn indonesia", "CNN INDONESIA", "reuters -",
     "\u212a", "\u017f", "\u0130", "Jan 30", ".-", "well-known", "2-1"]
)  # fmt: skip


@given(st.lists(_LEAD_PIECES | st.text(max_size=3), max_size=24).map("".join))
def test_shape_pre_tests_change_nothing(text: str) -> None:
    """The cheap tests that skip the place and the tails give the result of trying them all."""
    parsers = (
        parse_dateline,
        make_dateline_parser(agencies=("CNN Indonesia",)),
        make_dateline_parser(agencies=("Reuter", "Reuters")),
    )
    fast = [parse(text) for parse in parsers]
    always = mock.Mock(return_value=True)
    any_digit = mock.Mock(search=mock.Mock(return_value=object()))
    with (
        mock.patch.object(dateline, "DIGIT_RE", any_digit),
        mock.patch.object(dateline, "_outlet_can_follow", always),
        mock.patch.object(dateline, "_outlet_can_lead", always),
        mock.patch.object(dateline, "_slash_can_follow", always),
        mock.patch.object(dateline, "_date_can_follow", always),
        mock.patch.object(dateline, "_dated_can_end", always),
        mock.patch.object(dateline, "_paren_can_follow", always),
        mock.patch.object(dateline, "_bare_can_stand", always),
    ):
        assert fast == [parse(text) for parse in parsers]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("CHICAGO, Ill. - Grain prices rose on Monday.", "CHICAGO, Ill."),
        ("BRUSSELS, Belgium -- The union said on Monday it would act.", "BRUSSELS, Belgium"),
        ("GAZA CITY, Gaza Strip - Gunmen opened fire on a convoy.", "GAZA CITY, Gaza Strip"),
        ("WASHINGTON, Sunday - He said the talks would go on.", None),
        ("NEW YORK, Reuters - Stocks fell in early trade.", None),
        ("Prices, Stocks - fell sharply in early trade.", None),
    ],
)
def test_a_capitals_place_may_have_a_title_case_region(text: str, place: str | None) -> None:
    """AP writes the place in capitals and its state or country in title case ("CHICAGO,
    Ill. -"); a weekday, a month or an agency after the comma is no region."""
    found = parse_dateline(text)
    assert (found.place if found is not None else None) == place


def test_a_stop_after_the_date_before_the_dash() -> None:
    """ "MADRID, Dec. 5. -": a full stop may stand between the date and the dash, as a
    stray comma may ("March 4, -")."""
    found = parse_dateline("MADRID, Dec. 5. - The cabinet met on Friday.")
    assert found is not None and found.place == "MADRID"
    assert found.date is not None and found.date.text == "Dec. 5"
