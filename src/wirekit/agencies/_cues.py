"""Self-reference cues: an agency naming itself in running text.

Contract
    Many articles carry no dateline, credit or copyright line naming their agency,
    yet name it in the body the way only the agency itself would: ``"..., the minister
    told Reuters."``, ``"an AFP correspondent saw ..."``, ``"kata dia kepada detikcom"``,
    ``"Pantauan Okezone di lokasi ..."``. :class:`SelfReferenceScan` finds such
    *cues*: one of an agency's names (its display ``name`` and its ``aliases``, each as
    written and in capitals) right after a cue word of :data:`CUES_BEFORE` or right
    before one of :data:`CUES_AFTER` (``'s`` may come between), for the cue words of the
    agency's languages (every language's when it declares none). Names are matched as
    written (case-sensitive), cue words in any case; the cue words are data, per language.

    A citation is not a cue: "according to Reuters", "Reuters reported", "the Xinhua
    news agency said", "dilansir dari CNN", "dikutip dari Kompas" quote another outlet.
    Each citation (:data:`CITATIONS_BEFORE`, :data:`CITATIONS_AFTER`) takes one cue
    back; an agency the text says it republishes (:data:`CUES_SYNDICATION`, "Artikel
    ini telah tayang di Kompas.com") gets none; and nothing is found when a line in the
    head is a dateline naming an agency (:func:`agency_dateline_pattern`: ``PLACE (AGENCY) -``
    or ``SOMEPOST.COM, PLACE -``), registered or not.

    A cue is weak evidence: it scores :data:`CUE_SCORE`, below any head or tail marker
    of :func:`~wirekit.agencies._detect.make_detector` (0.6 and up for the built-ins),
    and the registry consults the scan only when no detector scored at least that much,
    so texts with a marker never pay for it.

Cost: one ``re`` scan of the whole text for the names (a literal trie built once per
registry; it cannot backtrack), then one bounded cue test on each side of each of the
first :data:`MAX_NAMES` names found: linear in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs
import regex

from ._agency import Agency
from ._detect import WINDOW

__all__ = [
    "CITATIONS_AFTER",
    "CITATIONS_BEFORE",
    "CUES_AFTER",
    "CUES_BEFORE",
    "CUES_SYNDICATION",
    "CUE_SCORE",
    "MAX_NAMES",
    "SelfReferenceScan",
    "agency_dateline_pattern",
    "agency_names",
    "literal_trie",
]

#: The score of an agency found only by self-reference cues (below every marker score).
CUE_SCORE: Final = 0.3

#: How many name occurrences a text's cues are read at, at most (the first ones): a real
#: article names agencies a few times; a text naming them thousands of times is not one.
MAX_NAMES: Final = 256

#: Cue words that stand right before an agency's name when it speaks of itself, per language.
CUES_BEFORE: Mapping[str, tuple[str, ...]] = {
    "en": (
        *("told", "telling", "interview with", "spoke to", "spoke with", "speaking to"),
        *("speaking with", "confirmed to", "statement to", "seen by", "received by"),
        *("obtained by", "approached by", "contacted by", "reached by", "prepared by"),
        "pursued by",
    ),
    "id": (
        *("kepada", "wawancara bersama", "wawancara dengan", "berbincang dengan"),
        *("berbincang bersama", "berkolaborasi dengan", "dilihat", "pantauan", "diterima"),
        *("ditemui", "dihubungi", "dihubungi oleh", "dikonfirmasi", "dirangkum"),
        *("dirangkum oleh", "dihimpun", "diperoleh", "penelusuran", "catatan", "arsip berita"),
        *("kantor", "redaksi", "termasuk", "disambangi", "pembaca", "/", "@"),
        *("streaming di", "disaksikan di", "disiarkan di"),
    ),
}

#: Citation words before a name: the text quotes that agency as a source, so each
#: one takes a cue back ("according to Reuters", "dilansir dari CNN").
CITATIONS_BEFORE: Mapping[str, tuple[str, ...]] = {
    "en": ("according to", "news agency", "quoted by", "reported by", "cited by"),
    "id": ("menurut", "dilansir", "dilansir dari", "melansir", "dikutip dari", "mengutip"),
}

#: Citation words after a name ("Reuters reported", "ANSA said", "Kompas melaporkan").
CITATIONS_AFTER: Mapping[str, tuple[str, ...]] = {
    "en": ("reported", "reports", "quoted", "said", "says", "news agency said", "cited"),
    "id": ("melaporkan", "memberitakan", "melansir"),
}

#: Words before a name saying the text is that agency's copy, republished by another
#: outlet: the agency's own cues in it then tell nothing about the publisher.
CUES_SYNDICATION: Mapping[str, tuple[str, ...]] = {
    "en": ("first appeared in", "first appeared on", "first published in", "first published by"),
    "id": ("tayang di", "dimuat di", "terbit di"),
}

#: Cue words that stand right after an agency's name (or its ``'s``), per language.
CUES_AFTER: Mapping[str, tuple[str, ...]] = {
    "en": (
        *("correspondent", "correspondents", "cameraman", "photographer", "reporter"),
        *("reporters", "journalist", "journalists", "tally", "has not verified"),
        *("has not checked", "could not independently verify", "news advisory"),
        *("international news advisory", "mideast news advisory", "middle east news advisory"),
        *("news summary", "international news summary", "historical calendar"),
    ),
    "id": (
        *("merangkum", "telah merangkum", "sudah merangkum", "sudah meminta izin"),
        *("telah meminta izin", "sudah mendapat izin", "sudah mendapatkan izin"),
        "telah mendapatkan izin",
    ),
}


def _alternation(words: Iterable[str]) -> str:
    """Cue words as a longest-first alternation, spaces matching any short whitespace run."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace(r"\ ", r"[ \t\n]{1,3}") for word in ordered)


def _before_pattern(words: Iterable[str]) -> regex.Pattern[str]:
    """A zero-width test, matched at a name's start, for a cue word just before it."""
    return regex.compile(
        rf"""
        (?<=                        # looking back from the name:
          (?:
            (?<![^\W_])             #   a cue word starting a word
            (?i:{_alternation(w for w in words if w[:1].isalnum())})  # in any case
          | {_alternation(w for w in words if not w[:1].isalnum()) or "(?!)"}  # or a sign: / @
          )
          [ \t\n]{{0,3}}            #   then at most three blanks
        )
        """,
        regex.VERBOSE,
    )


def _after_pattern(words: Iterable[str]) -> regex.Pattern[str]:
    """A test, matched at a name's end, for a cue word just after it."""
    return regex.compile(
        rf"""
        (?:['\u2019]s)?             # an optional possessive 's
        [ \t\n]{{1,3}}+             # one to three blanks
        (?i:{_alternation(words)})  # one cue word, any case
        (?![^\W_])                  # ending a word
        """,
        regex.VERBOSE,
    )


@attrs.frozen
class _LanguageCues:
    """One language's cue and citation tests, compiled together on first need."""

    syndication: regex.Pattern[str] | None
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    citation_before: regex.Pattern[str] | None
    citation_after: regex.Pattern[str] | None


@functools.cache  # only texts without any marker need these: compiled then, once
def _language_cues(language: str) -> _LanguageCues:
    def before(table: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str] | None:
        return _before_pattern(table[language]) if language in table else None

    def after(table: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str] | None:
        return _after_pattern(table[language]) if language in table else None

    return _LanguageCues(
        before(CUES_SYNDICATION),
        before(CUES_BEFORE),
        after(CUES_AFTER),
        before(CITATIONS_BEFORE),
        after(CITATIONS_AFTER),
    )


_ALL_LANGUAGES: Final = tuple(sorted({*CUES_BEFORE, *CUES_AFTER, *CUES_SYNDICATION}))


@functools.cache
def agency_dateline_pattern() -> regex.Pattern[str]:
    """A dateline naming an agency near a line's start, ``PLACE (AGENCY) -`` or an
    outlet's domain in capitals, ``SOMEPOST.CO.ID, PLACE -``: evidence of an agency
    (registered or not) that running-text cues must not override. Compiled on first need.

    >>> agency_dateline_pattern().match("PARIS (XYZ) - Prices rose.") is not None
    True
    """
    return regex.compile(
        r"""
        [^\S\n]{0,3}+                         # matched at a line's start: some blanks
        (?:
          \p{Lu}[^\n()]{0,60}+                # the place (and date), capitalised, short
          \(\p{Lu}[\p{L}\p{N}.&/ -]{0,30}+\)  # "(AGENCY)", capitalised
          [^\S\n]{0,3}+[-\u2013\u2014]         # and the dash that opens the story
        |
          \p{Lu}[\p{Lu}\p{N}-]{1,30}+          # an outlet's name in capitals
          (?:\.\p{L}{2,4}+){1,2}+              # its domain: ".COM", ".CO.ID"
          [^\S\n]{0,3}+[-,\u2013\u2014]        # then a comma (the place follows) or a dash
        )
        """,
        regex.VERBOSE,
    )


def agency_names(agency: Agency) -> tuple[str, ...]:
    """The spellings a cue may name ``agency`` by: its name and aliases, as written and in capitals.

    >>> import attrs
    >>> from wirekit.agencies import GENERIC
    >>> agency_names(attrs.evolve(GENERIC, id="x", name="Pesisir Post", aliases=("PPost",)))
    ('Pesisir Post', 'PESISIR POST', 'PPost', 'PPOST')
    """
    names: dict[str, None] = {}
    for name in (agency.name, *agency.aliases):
        stripped = name.strip()
        if len(stripped) >= 2:
            names.setdefault(stripped)
            names.setdefault(stripped.upper())
    return tuple(names)


def literal_trie(words: Iterable[str]) -> str:
    """An ``re`` alternation of ``words`` as a trie: the longest word wins at a position,
    and a position is rejected after one character test per level.

    >>> literal_trie(["AFP", "AP", "Reuter", "Reuters"])
    'A(?:F(?:P)|P)|R(?:e(?:u(?:t(?:e(?:r(?:s)?)))))'
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(first))
            continue
        optional = "?" if len(longer) < len(rests) else ""
        branches.append(f"{re.escape(first)}(?:{literal_trie(longer)}){optional}")
    return "|".join(branches)


def _is_word_character(character: str) -> bool:
    return character.isalnum()


def _names_an_agency(text: str) -> bool:
    """True when a line starting in the first ``WINDOW`` characters is an agency's dateline."""
    start = 0
    while start < WINDOW:
        if agency_dateline_pattern().match(text, start, start + WINDOW) is not None:
            return True
        start = text.find("\n", start, WINDOW) + 1
        if not start:
            return False
    return False


def _cue_at(text: str, start: int, end: int, language: str) -> int | None:
    """What the words around the name at ``start:end`` say, by ``language``'s cue words:
    1 a self-reference, -1 a citation, 0 nothing, None republished copy."""
    cues = _language_cues(language)
    if cues.syndication is not None and cues.syndication.match(text, start) is not None:
        return None
    if cues.before is not None and cues.before.match(text, start) is not None:
        return 1
    if cues.after is not None and cues.after.match(text, end) is not None:
        return 1
    if cues.citation_before is not None and cues.citation_before.match(text, start) is not None:
        return -1
    if cues.citation_after is not None and cues.citation_after.match(text, end) is not None:
        return -1
    return 0


@attrs.frozen
class SelfReferenceScan:
    """Finds the agency a text names by self-reference cues (built once per registry).

    >>> import attrs
    >>> from wirekit.agencies import GENERIC
    >>> post = attrs.evolve(GENERIC, id="post", name="Pesisir Post", languages=("en",))
    >>> scan = SelfReferenceScan.build((post,))
    >>> scan.find("Prices rose, a trader told Pesisir Post.").id
    'post'
    >>> scan.find("Prices rose, according to Pesisir Post.") is None
    True
    """

    ranked: tuple[Agency, ...]  # the agencies, in rank order
    pattern: re.Pattern[str] | None  # every name, as a trie
    owners: Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]]  # name -> (rank, cue languages)

    @classmethod
    def build(cls, ranked: Iterable[Agency]) -> SelfReferenceScan:
        """The scan for agencies in rank order (the first of two sharing a name wins ties)."""
        agencies = tuple(ranked)
        owners: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for rank, agency in enumerate(agencies):
            languages = tuple(
                language for language in agency.languages if language in _ALL_LANGUAGES
            )
            if not agency.languages:
                languages = _ALL_LANGUAGES
            if not languages:
                continue
            for name in agency_names(agency):
                owners.setdefault(name, []).append((rank, languages))
        pattern = re.compile(literal_trie(owners)) if owners else None
        return cls(agencies, pattern, {name: tuple(own) for name, own in owners.items()})

    def counts(self, text: str) -> dict[int, int]:
        """``{rank: cues}``: how many self-reference cues name each agency in ``text``.

        Each citation of the agency (:data:`CITATIONS_BEFORE`, :data:`CITATIONS_AFTER`)
        takes one cue back, and only agencies left with more cues than citations are
        listed. An agency the text says it was republished from
        (:data:`CUES_SYNDICATION`) is left out: the cues in its copy are its own, not
        the publisher's.
        """
        found: dict[int, int] = {}
        republished: set[int] = set()
        pattern = self.pattern
        if pattern is None:
            return found
        size = len(text)
        for seen, match in enumerate(pattern.finditer(text)):
            if seen == MAX_NAMES:
                break
            start, end = match.span()
            if (start and _is_word_character(text[start - 1])) or (
                end < size and _is_word_character(text[end])
            ):
                continue
            for rank, languages in self.owners[match.group()]:
                for language in languages:
                    cue = _cue_at(text, start, end, language)
                    if cue:
                        found[rank] = found.get(rank, 0) + cue
                        break
                    if cue is None:
                        republished.add(rank)
                        break
        return {rank: n for rank, n in found.items() if n > 0 and rank not in republished}

    def find(self, text: str) -> Agency | None:
        """The agency named by the most cues (ties: rank order), or None when no cue
        stands or a ``(AGENCY) -`` dateline in the first ``WINDOW`` characters names one."""
        found = self.counts(text)
        if not found or _names_an_agency(text):
            return None
        best = min(found, key=lambda rank: (-found[rank], rank))
        return self.ranked[best]
