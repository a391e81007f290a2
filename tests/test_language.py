"""The language guesser: its fast word scan finds exactly the stop words a letter-run scan finds."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit._language import (
    _WORD_TO_LANGS,
    SAMPLE,
    WORD_RE,
    _stop_word_languages,
    guess_language,
)

# Letters, stop words, digits, punctuation that clings to words, and white space.
_PIECES = st.sampled_from(
    ["dan", "yang", "the", "said", "según", "että", "kerana", "km²", "½", "\u0131", "\u0130",
     "e-mail", "(AFP)", "Jakarta,", "10/7", "“di”", "_", "x_y", "\u00a0", " ", "\n", "\t", "—",
     "'s"]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join))
def test_stop_words_are_found_among_the_letter_runs(text: str) -> None:
    """Each stop word's languages come once per time WORD_RE.findall finds the word."""
    sample = text.lower()
    expected = Counter(_WORD_TO_LANGS[w] for w in WORD_RE.findall(sample) if w in _WORD_TO_LANGS)
    assert Counter(_stop_word_languages(sample)) == expected


_ASCII = st.characters(max_codepoint=127)


@given(
    st.lists(_PIECES.filter(str.isascii) | st.text(_ASCII, max_size=4), max_size=40).map("".join)
)
def test_ascii_words_are_the_letter_runs(text: str) -> None:
    """In ASCII text (split at non-letters) the stop words are WORD_RE.findall's too."""
    sample = text.lower()
    expected = Counter(_WORD_TO_LANGS[w] for w in WORD_RE.findall(sample) if w in _WORD_TO_LANGS)
    assert Counter(_stop_word_languages(sample)) == expected


@pytest.mark.parametrize(
    ("text", "prior", "expected"),
    [
        ("Presiden mengatakan bahwa dia akan datang, katanya (10/7).", (), "id"),
        ("Menteri berkata bahawa kerana hujan, acara ditangguhkan dan dibatalkan.", (), "ms"),
        ("The minister said, on Thursday, that (talks) will go on.", ("id",), "en"),
        ("12345 -- 678", ("de",), "de"),
        ("KUALA LUMPUR, 10 Julai (Bernama) -- Menteri itu membuat kenyataan pada Isnin.", (), "ms"),
        # a lone stop word of a language read only for its names is a place's word
        ("DES MOINES, March 25 -\n Qtly div 41 cts vs 41 cts prior\n Pay May 1", ("en",), "en"),
        ("LOS ANGELES, Feb 26 -\n Shr 80 cts vs 72 cts", (), None),
        ("Le ministre a dit que les prix des loyers sont en hausse.", (), "fr"),
        # one Malay spelling, however often, is a name in an Indonesian story
        ("Film Selepas Tahlil dirilis. Selepas Tahlil tayang di bioskop mulai Juli.", (), "id"),
        ("Selepas mesyuarat itu, menteri berkata bahawa harga naik.", (), "ms"),
        # spellings Indonesian writes otherwise ("rapat", "ujung"): Malay
        ("Mesyuarat itu diadakan pada hujung minggu, kata jurulatih.", (), "ms"),
    ],
    ids=[
        "indonesian-punctuation",
        "malay-markers",
        "english-punctuation",
        "no-words-prior",
        "malay-month-and-weekday",
        "one-french-word-in-a-place",
        "one-spanish-word-no-prior",
        "french",
        "one-malay-spelling-is-a-name",
        "two-malay-spellings",
        "malay-spellings-added",
    ],
)
def test_guess_language_reads_words_with_punctuation(
    text: str, prior: tuple[str, ...], expected: str
) -> None:
    """Words glued to punctuation still count towards their language."""
    assert guess_language(text, prior) == expected


def _vote_per_word(text: str, prior: tuple[str, ...]) -> str | None:
    """The guess from WORD_RE's letter runs, each stop word's count added to its languages."""
    votes: Counter[str] = Counter()
    words = (w for w in WORD_RE.findall(text[:SAMPLE].lower()) if w in _WORD_TO_LANGS)
    for word, count in Counter(words).items():
        for lang in _WORD_TO_LANGS[word]:
            if lang.startswith("ms:"):
                votes["ms"] += 1  # a Malay spelling votes once
            else:
                votes[lang] += count
    for lang in ("de", "fr", "es", "fi", "it"):
        if votes[lang] == 1:
            del votes[lang]
    if not votes:
        return prior[0] if prior else None
    if votes["ms"] >= 2 and votes["id"] > 0:
        votes["ms"] += votes["id"]
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] not in prior, kv[0]))[0][0]


@given(
    st.lists(
        _PIECES | st.sampled_from(["on", "ringgit", "bahawa", "di", "le", "del"]), max_size=60
    ).map(" ".join),
    st.sampled_from([(), ("id",), ("en", "id"), ("fi",)]),
)
def test_votes_tallied_in_c_equal_the_per_word_loop(text: str, prior: tuple[str, ...]) -> None:
    """The C-level tally over the fast word split gives the per-word loop's guess."""
    assert guess_language(text, prior) == _vote_per_word(text, prior)
