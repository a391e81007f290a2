"""The built-in agencies: data records evolved from GENERIC, detectors, and their parsers."""

from __future__ import annotations

import pickle

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from wirekit import Registry, parse
from wirekit.agencies import BUILTIN_AGENCIES, GENERIC, Agency, make_detector
from wirekit.agencies._cues import CUE_SCORE, agency_names

BY_ID = {a.id: a for a in BUILTIN_AGENCIES}

REQUIRED = [
    *("antara", "reuters", "ap", "afp", "xinhua", "bernama", "kyodo", "yonhap", "pti", "ani"),
    *("dpa", "efe", "ansa", "tass", "kompas", "tempo", "liputan6", "detik", "cnnindonesia"),
    "republika",
]

# (agency id, an article written for this test in that agency's style)
STYLES = [
    (
        "antara",
        "Jakarta (ANTARA) - Harga naik.\nPewarta: Budi\nEditor: Rina\nCopyright © ANTARA 2025",
    ),
    ("reuters", "RICE PRICES RISE\nMANILA, March 3 - Rice prices rose.\n Reuter"),
    ("reuters", "MANILA (Reuters) - Rice prices rose.\n(Reporting by Ann Lee; Editing by Bo Chen)"),
    (
        "ap",
        "LIMA, Peru (AP) _ Rain fell.\nCopyright 2019 The Associated Press. All rights reserved.",
    ),
    ("afp", "STOCKHOLM, Aug 29, 2014 (AFP) - Talks began."),
    ("xinhua", "BEIJING, Sept. 2 (Xinhua) -- Trade grew."),
    ("bernama", "MELAKA, 13 Jan (Bernama) -- Harga turun.\n-- BERNAMA"),
    ("kyodo", "TOKYO (Kyodo) -- Exports rose."),
    ("yonhap", "By Kim Soo-yeon\nSEOUL, Jan. 5 (Yonhap) -- Exports rose.\n(END)"),
    ("pti", "New Delhi, Jan 10 (PTI) The minister said."),
    ("ani", "New Delhi, Jan 10 (ANI): The minister said."),
    ("dpa", "Berlin (dpa) - Die Preise stiegen."),
    ("efe", "Londres, 21 mar (EFE).- El precio subió."),
    ("ansa", "(ANSA) - ROMA, 1 LUG - Il governo ha deciso."),
    ("tass", "MOSCOW, January 21. /TASS/. The ministry said."),
    ("kompas", "Harga naik\nJAKARTA, KOMPAS.com - Harga cabai naik."),
    ("tempo", "TEMPO.CO, Jakarta - Harga cabai naik."),
    ("liputan6", "Liputan6.com, Jakarta - Harga cabai naik."),
    ("detik", "Jakarta -\nHarga cabai naik.\n[Gambas:Video 20detik]\n(abc/def)"),
    # house styles, without the outlet's name: detik's desk initials, Okezone's opening
    # dash glued to the place and its closing "(Nama)"
    ("detik", "Jakarta\n-\nHarga cabai naik lagi.\n(abc/de2)\nharga cabai\npasar"),
    ("detik", "Medan -\nHarga cabai naik.\nArtikel ini sudah tayang di detikSumut."),
    ("detik", "Denpasar -\nHarga cabai naik.\nArtikel ini telah naik didetikBali."),
    ("okezone", "JAKARTA- Harga cabai naik lagi pekan ini."),
    ("okezone", "SEPANG \u2013Pembalap itu menang lagi di sirkuit."),  # glued to the story
    ("okezone", "JAKARTA-  Inilah daftar harga cabai pekan ini."),
    ("okezone", "JAKARTA-Farel kembali menghadirkan sketsa di channel YouTube-nya."),  # glued
    ("tribunnews", "SURYA.co.id, SURABAYA - Harga cabai naik lagi pekan ini."),
    ("tribunnews", "SERAMBINEWS.COM, BANDA ACEH - Harga cabai naik."),  # a network paper
    ("okezone", "JAKARTA \u2013 Harga cabai naik lagi, kata pedagang.\n(Rina Wulandari)"),
    ("cnnindonesia", "Jakarta, CNN Indonesia -- Harga cabai naik."),
    (
        "republika",
        "REPUBLIKA.CO.ID, JAKARTA -- Harga cabai naik.\nIkuti Whatsapp Channel Republika",
    ),
]


def _chosen(text: str) -> Agency:
    best = max(BUILTIN_AGENCIES, key=lambda a: (a.detect(text), a.priority, a.id))
    return best if best.detect(text) > 0 else GENERIC


def test_every_required_agency_is_built_in() -> None:
    """Issue 4's list of agencies is all there, ids unique, generic excluded."""
    ids = [a.id for a in BUILTIN_AGENCIES]
    assert set(REQUIRED) <= set(ids)
    assert len(ids) == len(set(ids))
    assert GENERIC.id == "generic" and "generic" not in ids


@pytest.mark.parametrize(
    ("agency_id", "text"), STYLES, ids=[f"{s[0]}-{i}" for i, s in enumerate(STYLES)]
)
def test_detection_picks_the_agency(agency_id: str, text: str) -> None:
    """An article in an agency's style is detected as that agency, and its dateline parses."""
    chosen = _chosen(text)
    assert chosen.id == agency_id
    assert chosen.parse_dateline(text, None, None) is not None


def test_generic_finds_unknown_agencies() -> None:
    """The generic fallback reads a PLACE (AGENCY) - dateline of an agency nobody registered."""
    text = "ANKARA (Anadolu) - Prices rose."
    assert _chosen(text) is GENERIC
    dateline = GENERIC.parse_dateline(text, None, None)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("ANKARA", "Anadolu")


def test_agencies_are_evolved_data() -> None:
    """Every built-in is an Agency record sharing GENERIC's copyright and notice parsers."""
    for agency in BUILTIN_AGENCIES:
        assert isinstance(agency, Agency)
        assert agency.parse_copyright is GENERIC.parse_copyright
        assert agency.name and agency.languages


def test_agencies_pickle() -> None:
    """Agencies (and their configured parsers and detectors) are picklable."""
    for agency in BUILTIN_AGENCIES:
        clone = pickle.loads(pickle.dumps(agency))
        assert clone.id == agency.id
        assert clone.detect("Jakarta (ANTARA) - x") == agency.detect("Jakarta (ANTARA) - x")


def test_detector_looks_only_at_head_and_tail() -> None:
    """A marker in the middle of a long text does not count."""
    detect = make_detector(head=("(ANTARA)",), tail=("ANTARA 20",))
    text = "x" * 1000 + "(ANTARA) ANTARA 2025" + "x" * 1000
    assert detect(text) == 0.0


def test_detector_scores_combine() -> None:
    """Head and tail evidence combine, staying within [0, 1]."""
    detect = make_detector(head=("(ANTARA)",), tail=("ANTARA 20",))
    assert detect("Jakarta (ANTARA) - x\nCopyright © ANTARA 2025") == 0.96
    assert detect("x\nCopyright © ANTARA 2025") == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "RICE WEATHER, Aug 23.\nSUMMARY- Showers fell across the north.",  # not at the start
        "VEREINS- UND WESTBANK TO REORGANIZE\nHAMBURG, March 4 - The bank said.\n REUTER",
        "ECONOMY- indicators fell in May.",  # the story's first word in lower case
        "INFO NASIONAL\u2013 Kementerian menyalurkan bantuan.",  # Tempo's advertorial section
        "JAKARTA - Harga cabai naik lagi pekan ini.",  # spaced on both sides: many outlets'
        "GLOBAL MARKETS-Shares and dollar turn south after US data",  # English slugs
        "URGENTChina quake kills three\nAn earthquake hit the region.",
        "KPKtelah memeriksa bupati itu di Jakarta dan Bandung.",  # an acronym glued
    ],
)
def test_okezone_shape_needs_its_opening(text: str) -> None:
    """Okezone's opening shape is a capitalised place at the text's start, the dash glued to
    it, then a capitalised word of the story."""
    assert _chosen(text).id != "okezone"


def test_detector_shapes() -> None:
    """A head pattern is matched where the text starts, a tail pattern searched in the
    tail window; either scores the tail score."""
    detect = make_detector(
        head_pattern=regex.compile(r"[A-Z]+- "), tail_pattern=regex.compile(r"\(\w+/\w+\)")
    )
    assert detect("ROMA- Prezzi.") == 0.6
    assert detect("Title\nROMA- Prezzi.") == 0.0
    assert detect("Prezzi.\n(ab/cd)") == 0.6
    assert detect("ROMA- Prezzi.\n(ab/cd)") == 0.84
    assert detect("(ab/cd) " + "x" * 1000) == 0.0


def test_body_markers_are_the_weakest_evidence() -> None:
    """A body marker counts anywhere in the text, below a self-reference cue's score, and
    combines with head and tail markers."""
    detect = make_detector(head=("detikcom",), body=("SCROLL TO CONTINUE WITH CONTENT",))
    middle = "x" * 1000 + "\nSCROLL TO CONTINUE WITH CONTENT\n" + "x" * 1000
    assert detect(middle) == 0.25
    assert detect("Jakarta, detikcom - " + middle) == 0.925
    assert detect("x" * 3000) == 0.0
    assert detect.markers == ()  # a body marker is not in the gate's windows


@pytest.mark.parametrize(
    ("tail", "signed"),
    [
        ("Prices rose.\n Reuter", True),
        ("Prices rose.\n REUTERS", True),
        ("Output fell.\n-- Reuters Toronto 416 941 8100", True),
        ("Output fell.\n-- Caracas newsroom, 582 834405 REUTER JPR", True),
        ("SAO SIMAO NIL. REUTER11:43/VB", True),
        ("the minister said, the ministry told Reuters.", False),
        ('"Kami siap," ujar Guardiola diReuters.', False),
        ("Helmer, Juergen Kohler, Stefan Reuter, Matthias Sammer.", False),
        ("which could raise $725 million, Reuters is reporting.", False),
    ],
)
def test_a_sign_off_marker_stands_where_a_sign_off_does(tail: str, signed: bool) -> None:
    """With ``sign_off``, a tail marker counts at a line's start, after a full stop, a
    dash or a desk's number; not inside a sentence or glued to a word."""
    detect = make_detector(tail=("Reuter", "REUTER"), sign_off=True)
    assert detect("x" * 500 + tail) == (0.6 if signed else 0.0)
    assert make_detector(tail=("Reuter", "REUTER"))("x" * 500 + tail) == 0.6


def test_detector_rejects_bad_scores() -> None:
    """Scores outside [0, 1] are a programming error."""
    with pytest.raises(ValueError):
        make_detector(head=("x",), head_score=1.5)


def test_evolve_makes_a_plugin() -> None:
    """A third-party agency is a few lines of attrs.evolve over GENERIC."""
    anadolu = attrs.evolve(
        GENERIC, id="anadolu", name="Anadolu", detect=make_detector(head=("(AA)",))
    )
    assert anadolu.detect("ANKARA (AA) - x") == 0.9


@given(st.text(max_size=500))
def test_scores_stay_in_range(text: str) -> None:
    """Every built-in detector returns a float in [0, 1] on any text."""
    for agency in BUILTIN_AGENCIES:
        score = agency.detect(text)
        assert isinstance(score, float)
        assert 0.0 <= score <= 1.0


# --- self-reference cues: an agency naming itself in running text ---------------------------

BUILTINS = Registry(BUILTIN_AGENCIES)

# (expected agency id, a body with no dateline, credit or copyright marker), written for this test
SELF_REFERENCES = [
    ("reuters", "The port reopened on Monday.\nA harbour official told Reuters the cranes work."),
    ("reuters", "Papers led with the budget.\nReuters has not verified these stories."),
    ("reuters", "Shelling went on overnight, a Reuters correspondent in the town said."),
    ("afp", "The talks stalled, a diplomat told AFP on condition of anonymity."),
    ("afp", "The rebels, in an interview with AFP, denied the claim."),
    ("afp", "A letter seen by AFP sets out the terms of the deal."),
    ("afp", "Smoke rose over the hills, AFP's correspondent reported from the valley."),
    ("xinhua", "The dam is safe, a county engineer told Xinhua by telephone."),
    ("ap", "The mayor told The Associated Press the road will reopen in May."),
    ("detik", "Harga cabai naik lagi, kata seorang pedagang kepada detikcom, Senin (2/6/2025)."),
    ("detik", "Pantauan detikcom di lokasi, antrean mengular sejak pagi."),
    ("detik", "Pernyataan itu dalam keterangan tertulis yang diterima detikcom, Selasa."),
    ("detik", "Hal itu disampaikan dalam rilis yang diterima detikSport, Senin."),  # a channel
    ("okezone", "Jalan itu ditutup sementara, ujar dia kepada Okezone, Rabu (4/6/2025)."),
    ("okezone", "Dalam wawancara bersama Okezone, dia bercerita tentang masa kecilnya."),
    ("sindonews", "Pasar kembali ramai, kata Budi saat dihubungi SindoNews, Kamis (5/6)."),
    ("tribunnews", "Stadion sudah penuh, kata seorang suporter kepada Tribunnews di lokasi."),
]

# Citations: the text quotes another outlet, it does not speak as it (all written for this test)
CITATIONS = [
    "Oil prices fell on Monday, according to Reuters.",
    "Reuters reported on Monday that the mine had closed.",
    "The official Xinhua news agency said the bridge had collapsed.",
    "The minister told the official Xinhua news agency that talks would resume.",
    "The figures were first reported by AFP late on Sunday.",
    "Harga minyak turun, seperti dilansir dari CNN Indonesia, Senin (2/6/2025).",
    "Angka itu dikutip dari Kompas.com, Selasa (3/6/2025).",
    "Menurut detikcom, jalan itu ditutup sejak pagi.",
    "A Tehran index (PSI) -- rose, the agency said.",
    "Dia berlari 100 meter dalam 9,8 detik di antara dua lawannya.",
]

FILLER = "The council met and agreed a budget for the coming year. " * 9  # > both windows


@pytest.mark.parametrize(
    ("agency_id", "text"),
    SELF_REFERENCES,
    ids=[f"{s[0]}-{i}" for i, s in enumerate(SELF_REFERENCES)],
)
def test_a_self_reference_cue_names_the_agency(agency_id: str, text: str) -> None:
    """With no marker, an agency naming itself in running text is chosen, even mid-article."""
    assert BUILTINS.detect(text).id == agency_id
    inside = FILLER + text + " " + FILLER  # outside the head and tail marker windows
    assert BUILTINS.detect(inside).id == agency_id
    assert BUILTINS.scores(inside)[agency_id] == CUE_SCORE


@pytest.mark.parametrize("text", CITATIONS, ids=range(len(CITATIONS)))
def test_a_citation_is_not_a_self_reference(text: str) -> None:
    """Quoting another outlet ("according to Reuters", "dilansir dari CNN") detects nothing."""
    assert BUILTINS.detect(FILLER + text + " " + FILLER).id == "generic"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        pytest.param("VIENNA (Nusa News) - Talks began.", "An official told AFP.", id="dateline"),
        pytest.param(
            "SEMARANGPOST.CO.ID, SEMARANG - Hujan turun.",
            "Hujan turun, kata dia kepada detikcom.",
            id="outlet-domain",
        ),
        pytest.param(
            "Hujan turun deras.",
            "Kata dia kepada Kompas.com.\nArtikel ini telah tayang di Kompas.com.",
            id="republished",
        ),
        pytest.param(
            "The suspect was arrested.",
            "ANSA reported the arrest. He later told ANSA he was innocent, ANSA said.",
            id="more-citations",
        ),
    ],
)
def test_other_evidence_outweighs_cues(head: str, body: str) -> None:
    """An unregistered agency's dateline, republished copy, or more citations than cues: no cue."""
    assert BUILTINS.detect(head + "\n" + FILLER + body + " " + FILLER).id == "generic"


_MARKED = [(agency_id, text) for agency_id, text in STYLES if _chosen(text).id == agency_id]
_CUED_MENTIONS = [
    f"{cue} {name}{end}"
    for cue, end in (
        ("A spokesman told", "."),
        ("kata dia kepada", ", Senin."),
        ("Pantauan", " di sana."),
    )
    for agency in BUILTIN_AGENCIES
    for name in (agency.name, *agency.aliases)
] + [f"An {agency.name} correspondent saw it." for agency in BUILTIN_AGENCIES]


@settings(max_examples=60)
@given(
    st.sampled_from(_MARKED),
    st.lists(st.sampled_from(_CUED_MENTIONS), min_size=1, max_size=6),
)
def test_running_text_never_overrides_a_marked_agency(
    marked: tuple[str, str], mentions: list[str]
) -> None:
    """Self-references to other agencies in the body never beat a dateline or credit marker."""
    agency_id, text = marked

    def article(body: str) -> str:  # the marked text at both ends: markers in head and tail
        return f"{text}\n{FILLER}{body} {FILLER}\n{text}"

    assert BUILTINS.detect(article("")).id == agency_id
    assert BUILTINS.detect(article(" ".join(mentions))).id == agency_id


def test_every_builtin_declares_its_spellings() -> None:
    """Aliases are a tuple of str, and every built-in is findable by a cue under its name."""
    for agency in BUILTIN_AGENCIES:
        assert isinstance(agency.aliases, tuple)
        assert all(isinstance(alias, str) and alias for alias in agency.aliases)
        assert agency.name in agency_names(agency)


def test_default_parsers_are_the_generic_parsers() -> None:
    """An agency's default parsers give what the generic parsers give when called directly."""
    from wirekit._segment import build_segments
    from wirekit.agencies._agency import ArticleParts
    from wirekit.parsers import copyright, credits, dateline, notices

    text = (
        "Harga naik\nJAKARTA (ANTARA) - Harga cabai naik, kata dia.\nBaca juga: Cabai\n"
        "Pewarta: Budi Santoso\nEditor: Sri Rahayu\nCopyright © ANTARA 2025"
    )
    agency = attrs.evolve(GENERIC, id="plain", name="Plain")
    found = dateline.parse_dateline(text)
    assert found is not None
    assert agency.parse_dateline(text, None, None) == found
    assert agency.find_credits(text, None, None) == credits.find_credits(text)
    assert agency.parse_copyright(text, None, None) == copyright.parse_copyright(text)
    assert agency.find_notices(text, None, None) == notices.find_notices(text)
    parts = ArticleParts(dateline=found, credits=credits.find_credits(text))
    assert agency.segment(text, parts) == build_segments(text, parts)


@pytest.mark.parametrize(
    ("text", "agency_id"),
    [
        pytest.param("Harga cabai naik.\n" + FILLER + "\nADVERTISEMENT\n\nSCROLL TO CONTINUE "
                     "WITH CONTENT\n" + FILLER + "\nPedagang mengeluh.", "detik", id="ad-slot"),
        pytest.param("Jakarta, CNN Indonesia -- Harga naik.\n" + FILLER + "\nSCROLL TO "
                     "CONTINUE WITH CONTENT\n" + FILLER, "cnnindonesia", id="sister-dateline"),
        pytest.param("Harga naik, kata dia kepada CNNIndonesia.com.\n" + FILLER
                     + "\nSCROLL TO CONTINUE WITH CONTENT\n" + FILLER, "cnnindonesia",
                     id="sister-cue"),
        pytest.param("JAKARTA - Harga naik.\n" + FILLER + " BACA JUGA - Harga turun " + FILLER,
                     "sindonews", id="sindonews-related-label"),
    ],
)  # fmt: skip
def test_a_body_marker_names_the_outlet_when_nothing_else_does(text: str, agency_id: str) -> None:
    """detik's ad slot line, left mid-story by scrapes, names detik, SINDOnews's `BACA
    JUGA -` SINDOnews; detik's sister sites, whose pages carry the same slot, win by their
    dateline or a self-reference cue."""
    assert BUILTINS.detect(text).id == agency_id


def test_okezone_glued_first_word_opens_its_story() -> None:
    """Okezone's first word in capitals, glued to the next by the scrape, names it when an
    Indonesian function word follows on the first line."""
    text = "KAPTENTimnas itu tegaskan laga kontra Jepang tetap penting bagi timnya."
    assert _chosen(text).id == "okezone"
    assert _chosen("URGENTChina quake kills three in the west.").id != "okezone"


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("TOKYO, July 10 Kyodo - Exports rose.", "TOKYO", "July 10"),
        ("TOKYO, Jan. 5 Kyodo - Exports rose.", "TOKYO", "Jan. 5"),
        ("OSAKA July 10 Kyodo - Exports rose.", "OSAKA", "July 10"),
    ],
)
def test_an_outlet_name_may_follow_the_date_without_a_comma(
    text: str, place: str, date: str
) -> None:
    article = parse(text)
    assert article.agency == "kyodo"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, "Kyodo")
    assert article.dateline.date is not None and article.dateline.date.text == date


def test_australian_associated_press_is_not_ap() -> None:
    """AP's name inside AAP's, quoted by another agency, names no AP story."""
    text = (
        "SYDNEY, Dec 11 (AFP) - Shares rose.\n"
        '"Nothing is forever," Mun told Australian Associated Press.'
    )
    assert parse(text).agency != "ap"


def test_without_a_date_an_outlet_name_needs_its_comma() -> None:
    # "TOKYO Kyodo -" could be a two-word place; only a date's digit licenses the space
    article = parse("TOKYO Kyodo - Exports rose.")
    assert article.dateline is None or article.dateline.agency != "Kyodo"
