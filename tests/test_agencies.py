"""The built-in agencies: data records evolved from GENERIC, detectors, and their parsers."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit.agencies import BUILTIN_AGENCIES, GENERIC, Agency, make_detector

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
