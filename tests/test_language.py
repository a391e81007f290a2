"""The language guesser: its fast word scan finds exactly the stop words a letter-run scan finds."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit._language import _WORD_TO_LANGS, WORD_RE, _known_words, guess_language

# Letters, stop words, digits, punctuation that clings to words, and white space.
_PIECES = st.sampled_from(
    ["dan", "yang", "the", "said", "según", "että", "kerana", "km²", "½", "\u0131", "\u0130",
     "e-mail", "(AFP)", "Jakarta,", "10/7", "“di”", "_", "x_y", "\u00a0", " ", "\n", "\t", "—",
     "'s"]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join))
def test_known_words_are_the_stop_words_among_the_letter_runs(text: str) -> None:
    """_known_words counts each stop word exactly as often as WORD_RE.findall finds it."""
    sample = text.lower()
    expected = Counter(w for w in WORD_RE.findall(sample) if w in _WORD_TO_LANGS)
    assert Counter(_known_words(sample)) == expected


_ASCII = st.characters(max_codepoint=127)


@given(
    st.lists(_PIECES.filter(str.isascii) | st.text(_ASCII, max_size=4), max_size=40).map("".join)
)
def test_ascii_words_are_the_letter_runs(text: str) -> None:
    """In ASCII text (split at non-letters) _known_words matches WORD_RE.findall too."""
    sample = text.lower()
    expected = Counter(w for w in WORD_RE.findall(sample) if w in _WORD_TO_LANGS)
    assert Counter(_known_words(sample)) == expected


@pytest.mark.parametrize(
    ("text", "prior", "expected"),
    [
        ("Presiden mengatakan bahwa dia akan datang, katanya (10/7).", (), "id"),
        ("Menteri berkata bahawa kerana hujan, acara ditangguhkan dan dibatalkan.", (), "ms"),
        ("The minister said, on Thursday, that (talks) will go on.", ("id",), "en"),
        ("12345 -- 678", ("de",), "de"),
    ],
    ids=["indonesian-punctuation", "malay-markers", "english-punctuation", "no-words-prior"],
)
def test_guess_language_reads_words_with_punctuation(
    text: str, prior: tuple[str, ...], expected: str
) -> None:
    """Words glued to punctuation still count towards their language."""
    assert guess_language(text, prior) == expected
