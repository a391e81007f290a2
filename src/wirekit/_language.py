"""A tiny, fast language guesser for the languages wirekit knows in depth.

It counts frequent function words in the first few kilobytes; the agency's
declared languages break ties. It only has to choose between the languages
that change how dates and credits are read (``id``, ``ms``, ``en``, and a few
that agencies file in), so a handful of stop words per language is enough and
the cost is one stdlib ``re`` pass over at most :data:`SAMPLE` characters
(``re`` beats ``regex`` for a plain word scan, and nothing here needs ``regex``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["guess_language"]

SAMPLE = 1200

# Words that are frequent in one language and rare in the others.
_STOP_WORDS: dict[str, tuple[str, ...]] = {
    # Indonesian and Malay share these; Malay is told apart by _MALAY_MARKERS.
    "id": (
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "dari",
        "ini",
        "itu",
        "tidak",
        "akan",
        "dalam",
        "pada",
        "juga",
        "kata",
        "oleh",
        "bahwa",
        "tersebut",
        "kami",
        "mereka",
    ),
    "en": (
        "the",
        "and",
        "of",
        "to",
        "in",
        "said",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "by",
        "at",
        "from",
        "has",
        "have",
        "will",
    ),
    "de": ("der", "die", "das", "und", "nicht", "mit", "sich", "auch", "eine", "wurde"),
    "fr": ("le", "les", "des", "est", "une", "dans", "pour", "qui", "sur", "pas"),
    "es": ("el", "los", "las", "del", "por", "una", "con", "para", "según", "fue"),
    "fi": ("ja", "on", "että", "oli", "ovat", "myös", "mukaan", "kanssa", "joka"),
    "it": ("il", "della", "che", "sono", "alla", "anche", "delle", "nel", "gli"),
}
# Spellings that Malay uses and Indonesian does not ("kerana" vs "karena", "bahawa" vs "bahwa").
# Malay needs two of them: one, however often, is most often a name or a quoted word in an
# Indonesian story ("film Selepas Tahlil", "hari Ahad", "ringgit").
_MALAY_MARKERS = frozenset(
    {
        "kerana",
        "selepas",
        "iaitu",
        "manakala",
        "berkenaan",
        "bahawa",
        "kelmarin",
        "menerusi",
        "ringgit",
        # words Indonesian spells or says otherwise ("saja", "tentara", "ujung", "rapat",
        # "kendaraan", "baru", "pelatih", "putaran", "karyawan", "wartawan"); not
        # "selepas", "berbanding", "bilangan", which Indonesian copy uses too
        "sahaja",
        "tentera",
        "memandangkan",
        "hujung",
        "setakat",
        "mesyuarat",
        "kakitangan",
        "jurulatih",
        "pusingan",
        "kenderaan",
        "baharu",
        "pemberita",
        # Malay month and weekday names (Indonesian: Juli, Agustus, Desember, Senin, Kamis,
        # Jumat, Minggu)
        "julai",
        "ogos",
        "disember",
        "isnin",
        "khamis",
        "jumaat",
        "ahad",
    }
)

# The languages read only for their month and weekday names need two stop words to win:
# a lone one is most often a name in an English or Indonesian story.
_MINOR = frozenset(_STOP_WORDS) - {"id", "en"}
_MINOR_VOTES = 2

_WORD_TO_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP_WORDS.items():
    for _word in _words:
        _WORD_TO_LANGS[_word] = (*_WORD_TO_LANGS.get(_word, ()), _lang)
for _word in _MALAY_MARKERS:  # each marker votes once, however often it stands:
    _WORD_TO_LANGS[_word] = (f"ms:{_word}",)  # a title repeats ("film Selepas Tahlil")

WORD_RE = re.compile(r"[^\W\d_]+")  # runs of letters
# Every ASCII character that is no letter, to a space: in ASCII text the letter runs are
# then the words between spaces (``str.translate`` has a fast path for ASCII).
_ASCII_NON_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})
# The non-letters outside ASCII that scraped news holds most: a no-break space, curly quotes,
# dashes, an ellipsis, a bullet.
_COMMON_NON_LETTERS = ("\u00a0", "\u201c", "\u201d", "\u2018", "\u2019", "\u2013", "\u2014",
                       "\u2026", "\u2022")  # fmt: skip


def _stop_word_languages(sample: str) -> Iterator[tuple[str, ...]]:
    """The languages of each stop word among the letter runs of ``sample``, one tuple per
    occurrence (``_WORD_TO_LANGS[w]`` for ``w`` in ``WORD_RE.findall``, stop words only).

    ASCII text has its non-letters turned into spaces and is split there. Otherwise a
    whitespace-separated token that is all letters is one run; the other tokens are
    joined by spaces (no run crosses a space) and split by one ``WORD_RE.findall``.
    A token that is no stop word (a run with punctuation inside is none) looks up None,
    which ``filter(None, ...)`` drops. Every loop runs in C: ``map``, ``filter``,
    ``filterfalse``, ``str.join`` and the pattern.
    """
    if not sample.isascii():
        # the non-ASCII characters of most scraped copy are no letters: as blanks, they
        # leave the letter runs as they were and the text ASCII (one str.replace each)
        for mark in _COMMON_NON_LETTERS:
            if mark in sample:
                sample = sample.replace(mark, " ")
    if sample.isascii():
        words: Iterable[str] = sample.translate(_ASCII_NON_LETTERS).split()
    else:
        tokens = sample.split()
        mixed = WORD_RE.findall(" ".join(itertools.filterfalse(str.isalpha, tokens)))
        words = itertools.chain(tokens, mixed)
    return filter(None, map(_WORD_TO_LANGS.get, words))


def guess_language(text: str, prior: Sequence[str] = ()) -> str | None:
    """Guess the ISO 639-1 language of ``text``; ``prior`` languages win ties.

    >>> guess_language("Presiden mengatakan bahwa dia akan datang ke Jakarta dengan menteri")
    'id'
    >>> guess_language("The minister said on Thursday that the talks will go on", ["id", "en"])
    'en'
    >>> guess_language("12345") is None
    True
    """
    # Each stop word found votes once for each of its languages; the tally runs in C
    # (``Counter`` over the chained language tuples), with no Python loop per word.
    votes: Counter[str] = Counter(
        itertools.chain.from_iterable(_stop_word_languages(text[:SAMPLE].lower()))
    )
    for lang in _MINOR.intersection(votes):
        if votes[lang] < _MINOR_VOTES:
            del votes[lang]  # one "des" ("DES MOINES") makes no French story
    markers = [lang for lang in votes if lang.startswith("ms:")]
    for marker in markers:
        del votes[marker]
    if markers:
        votes["ms"] = len(markers)  # the distinct Malay spellings
    if not votes:
        return prior[0] if prior else None
    if votes["ms"] >= 2 and votes["id"] > 0:
        # Malay text is Indonesian-looking text with Malay spellings in it.
        votes["ms"] += votes["id"]
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] not in prior, kv[0]))
    return ranked[0][0]
