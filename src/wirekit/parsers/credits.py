"""The credits parser: who reported, wrote, edited, translated or photographed the story.

Contract
    ``find_credits(text, region=None, context=None)`` returns one
    :class:`~wirekit.Credit` per person, in text order, found in the *lead*
    (the first :data:`LEAD_CHARS` characters of ``region``) and the *footer*
    (the last :data:`FOOTER_CHARS`), never in the body between them. Each
    ``span`` covers the name exactly, ``label`` is the label as written
    (``"Pewarta"``, ``"Reporting by"``, ``"By"``) and ``label_span`` covers it.

Label kinds
    - *colon labels* need a colon: ``Pewarta: A``, ``Editor : B``. They may be
      glued to the previous word when the label is capitalised
      (``Pewarta: ASavitriEditor: B``): the label ends the name before it.
    - *"by" labels* (``Reporting by``, ``Editing by``, ``Additional reporting by``)
      start a line, or follow ``(``, ``;``, ``,`` or ``|``; the colon is optional.
    - *line labels* (``By``, ``Oleh``, ``Por``, ``Laporan Wartawan``) start a
      line of their own that holds nothing but names.

Values
    A value runs to the next label, the end of the line, or a stop (``;``, ``)``,
    ``|``, a copyright sign or word, ``Baca juga``). It is split into names at
    ``,``, ``;``, ``&``, ``and``/``dan``/``serta``; ``in <Place>`` is dropped
    (``Albert Otti in Vienna``), and so are organisation parts after a comma
    (``Philip Shehadi, Reuters``; ``Tom Krasovic, The San Diego Union-Tribune``).
    An empty colon value gives no credit and a ``credit.empty`` diagnostic; a
    value longer than :data:`MAX_VALUE` gives ``credit.too-long``.

Unlabelled bylines
    A line of two to four capitalised words right before the dateline line
    (CoNLL-style Reuters copy) is a REPORTER credit with ``label=None``; with
    ``signoff`` set, a last line like ``(Nama Penulis)`` is a credit too (Okezone's
    signs the story's editor: ``signoff=Role.EDITOR``). The Tribun network's close,
    ``(Tribunlampung.co.id/Bayu Saputra)``, is a REPORTER credit (not ``(OUTLET /
    OUTLET)``, nor a name already credited, glued: ``birrifikrudin``). An agency's photo
    credit in the lead or the footer, ``(AP Photo/Kevin Rivoli)``, ``ANTARA
    FOTO/Budi Santoso``, is a PHOTOGRAPHER credit; the desk itself (``ANTARA FOTO``) is
    never a name, and a name is credited once per role, whatever its case. An opinion
    column's closing signature (a name, then an Indonesian affiliation such as
    ``Peneliti ...``, with only page trailers after it) is a WRITER credit, in
    Indonesian or Malay text (or when the context names no language).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Final

import attrs
import regex

from .._records import Credit, Role, Span
from ._context import Context, has_fold_trap, region_bounds
from ._spaces import SPACE_SEPARATORS, spell_spaces
from .dateline import LEAD_CHARS as DATELINE_LEAD_CHARS
from .dateline import parse_dateline

__all__ = [
    "BY_LABELS",
    "COLON_LABELS",
    "FOOTER_CHARS",
    "LEAD_CHARS",
    "LINE_LABELS",
    "MAX_VALUE",
    "find_credits",
    "make_credits_parser",
]

LEAD_CHARS: Final = 600
FOOTER_CHARS: Final = 1500
MAX_VALUE: Final = 200  # a credit value longer than this is not a list of names
_MAX_NAME: Final = 60
_MAX_LINE_VALUE: Final = 90  # a "By ..." line longer than this is prose ("By the end of ...")
_MAX_ACRONYM: Final = 3  # a one-word name in capitals this short is a country's ("US", "UN")

# Labels that need a colon, by the role they give (keys lower-case).
COLON_LABELS: Final[Mapping[str, Role]] = {
    "pewarta": Role.REPORTER,
    "reporter": Role.REPORTER,
    "wartawan": Role.REPORTER,
    "oleh": Role.REPORTER,
    "penulis": Role.WRITER,
    "writer": Role.WRITER,
    "editor": Role.EDITOR,
    "redaktur": Role.EDITOR,
    "penyunting": Role.EDITOR,
    "penerjemah": Role.TRANSLATOR,
    "translator": Role.TRANSLATOR,
    "fotografer": Role.PHOTOGRAPHER,
    "photographer": Role.PHOTOGRAPHER,
    "foto": Role.PHOTOGRAPHER,
    "photo": Role.PHOTOGRAPHER,
    "kontributor": Role.CONTRIBUTOR,
    "contributor": Role.CONTRIBUTOR,
    "videografer": Role.VIDEOGRAPHER,
    "videographer": Role.VIDEOGRAPHER,
    "produser": Role.PRODUCER,
    "producer": Role.PRODUCER,
}
# Labels ending in "by": the colon is optional, a separator or line start must precede.
BY_LABELS: Final[Mapping[str, Role]] = {
    "additional reporting by": Role.CONTRIBUTOR,
    "reporting by": Role.REPORTER,
    "reported by": Role.REPORTER,
    "writing by": Role.WRITER,
    "written by": Role.WRITER,
    "compiled by": Role.WRITER,
    "editing by": Role.EDITOR,
    "edited by": Role.EDITOR,
    "translated by": Role.TRANSLATOR,
    "photos by": Role.PHOTOGRAPHER,
}
# Labels that open a line of names.
LINE_LABELS: Final[Mapping[str, Role]] = {
    "laporan wartawan": Role.REPORTER,
    "laporan reporter": Role.REPORTER,
    "laporan kontributor": Role.CONTRIBUTOR,
    "diterjemahkan oleh": Role.TRANSLATOR,
    "diadaptasi oleh": Role.TRANSLATOR,  # detik's adaptations of DW's stories
    "by": Role.REPORTER,
    "oleh": Role.REPORTER,
    "por": Role.REPORTER,
    "par": Role.REPORTER,
    "von": Role.REPORTER,
}


def _alternation(labels: Mapping[str, Role]) -> str:
    words = sorted(labels, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"[\t\p{Zs}]++") for w in words)


def _title_alternation(labels: Mapping[str, Role]) -> str:
    words = sorted({f for w in labels for f in (w.capitalize(), w.title(), w.upper())})
    words.sort(key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"[\t\p{Zs}]++") for w in words)


def _label_source(
    colon: Mapping[str, Role], by: Mapping[str, Role], line: Mapping[str, Role]
) -> str:
    """The source of one pattern finding every label of the three kinds."""
    return rf"""
        (?:
            (?<![\p{{L}}\d])(?P<colon>(?i:{_alternation(colon)}))   # "Pewarta", "Editor"
            [\t\p{{Zs}}]*+:                                          # ... and its colon
          | (?<=\p{{Ll}})(?P<colon>{_title_alternation(colon)})     # glued: "ASavitriEditor"
            [\t\p{{Zs}}]*+:
          | (?<=[(;,|][\t\p{{Zs}}]{{0,3}})                         # after a separator
            (?P<by>(?i:{_alternation(by)}))(?![\p{{L}}])  # "(Reporting by", "; Editing by"
            (?:[\t\p{{Zs}}]*+:)?+
          | (?<=^[\t\p{{Zs}}]{{0,4}}[*\u2022\-]?[\t\p{{Zs}}]{{0,4}})  # at a line start, or a bullet
            (?P<by>(?i:{_alternation(by)}))                          # "- Reporting by:"
            [\t\p{{Zs}}]*+:
          | (?<=^[\t\p{{Zs}}*\u2022\-]{{0,8}})                           # at a line start
            (?P<line>{_title_alternation(line)}|by)  # "By", "Oleh", "Laporan Wartawan"
            (?:[\t\p{{Zs}}]*+:)?+[\t\p{{Zs}}]++(?=\p{{L}})
        )
        """


@functools.cache  # compiled on first use, once per label set and process: import stays cheap
def _compile_labels(source: str) -> regex.Pattern[str]:
    return regex.compile(spell_spaces(source), regex.VERBOSE | regex.MULTILINE | regex.V0)


# Where a value stops, besides the next label and the line end.
STOP_RE: Final = regex.compile(
    r"""
    [;|)]                                           # a separator of credits
  | I(?<=\p{L}[\t\p{Zs}]I)(?=[\t\p{Zs}]\p{Lu})    # "|" typed as a capital I: "Dede
                                                    # Rosadi I Aceh Singkil" (not "I Wayan")
  | (?i:copyright)                                  # the copyright line glued on
  | Â?©
  | \((?i:c)\)
  | (?i:baca[ ]juga)
  | \r?\n                                           # the end of the line
    """,
    regex.VERBOSE,
)
# Lower-case words a person's name may hold ("Abdul bin Ahmad", "Ludwig van Beethoven").
PARTICLES: Final = (
    "al", "bin", "binti", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "ibn", "la", "le", "ten", "ter", "van", "von", "zu",
)  # fmt: skip
_PARTICLES: Final = frozenset(PARTICLES)
_PARTICLE_ALTERNATION: Final = "|".join(sorted(PARTICLES, key=lambda w: (-len(w), w)))
# Separators between names inside one value.
NAME_SEP_RE: Final = regex.compile(
    spell_spaces(
        r"""
    (?:(?<![\t\p{Zs}])[\t\p{Zs}]++)?+              # (blanks read from a run's start only:
    (?P<comma>,)[\t\p{Zs}]*+                     # a search stays linear) "A, B"
  | (?:(?<![\t\p{Zs}])[\t\p{Zs}]++)?+[&/][\t\p{Zs}]*+  # "A & B", "A/B"
  | (?<![\t\p{Zs}])[\t\p{Zs}]++(?i:and|dan|serta|und|with)[\t\p{Zs}]++ # "A and B", "A with B"
    """
    ),
    regex.VERBOSE,
)
# "in Vienna", "di Jakarta", "from Washington": where the person filed from.
FILED_FROM_RE: Final = regex.compile(
    spell_spaces(
        r"""
    (?<![\t\p{Zs}])                               # from the start of a run of blanks only
    [\t\p{Zs}]++(?:in|di|dari|from|en|aus)[\t\p{Zs}]++\p{Lu}   # " in Vienna", " dari Sumedang"
    """
    ),
    regex.VERBOSE,
)
# Words that make a part an organisation or a job title, not a person.
AGENCY_WORDS_RE: Final = regex.compile(
    r"""
    (?i:
        reuters?|associated[ ]press|\bAP\b|\bAFP\b|agence[ ]france|xinhua|bernama|antara
      | kyodo|yonhap|\bdpa\b|\bEFE\b|\bANSA\b|\bTASS\b|\bUPI\b|\bPTI\b|\bANI\b
      | \bwriter\b|correspondent|\bstaff\b|\beditor\b|\breporter\b
    )
    """,
    regex.VERBOSE,
)
# An agency name glued to the end of a person's name ("By Brad Schade Reuters").
TRAILING_AGENCY_RE: Final = regex.compile(
    spell_spaces(
        r"""
    (?<![\t\p{Zs}])[\t\p{Zs}]++                 # a whole run of blanks (linear in a search)
    (?i:reuters?|associated[ ]press(?:[ ]writer)?|ap[ ]writer|afp|xinhua|bernama|antara)
    \Z                                              # at the very end of the name
    """
    ),
    regex.VERBOSE,
)
# What a name may not hold: digits, e-mail and URL bits, sentence punctuation.
NOT_NAME_RE: Final = regex.compile(
    r"""
    [\d@<>:/=?!"“”_]                                # "+49 30 ...", "<a@b.c>", "http://", "a_b"
  | ['\u2019]s(?!\p{L})                             # a possessive: "Sony's new TVs"
    """,
    regex.VERBOSE,
)
# After "Laporan Wartawan": the outlet the reporter writes for, and a contributor's place,
# before the name ("Tribunnews.com, ", "Tribun Jabar, ", "Tribunjabar.id, Subang, ",
# "TribunJakarta.com ", "Tribun Jogja "). Every part is bounded: a match stays linear.
_OUTLET_PREFIX_SOURCE: Final = spell_spaces(
    r"""
    (?:
        (?=Tribun|Trbiun|[^,\n]{0,60}?\.\p{L})      # an outlet: Tribun's, or a domain
        [^,\n]{1,60}+(?<![\t\p{Zs}]),[\t\p{Zs}]*+        # ... up to the first comma
        (?P<place>\p{Lu}\p{Ll}{1,30}+,[\t\p{Zs}]*+(?=\p{Lu}))?+  # a place ("Subang, ")
      | [\p{L}\d][\p{L}\d\-]{0,30}+\.(?i:co\.id|com|co|id)[\t\p{Zs}]++  # "TribunJakarta.com "
      | Tribun[\t\p{Zs}]++\p{Lu}\p{Ll}{1,20}+[\t\p{Zs}]++(?=\p{Lu})  # "Tribun Jogja "
    )
    """
)
# A job before a name in a byline ("By Sportswriter Gao Peng", "By Staff Writer Ann Lee"),
# maybe after the agency's name ("by Xinhua Writer Chang Ai-ling").
_LEADING_JOB_SOURCE: Final = r"""
    (?:(?i:xinhua|afp|reuters|ap|bernama|antara|kyodo|yonhap)[ ]++)?
    (?:(?i:sports?|staff|senior|chief|special)[ ]?(?i:writer|correspondent|reporter)s?+
      |(?i:writer|correspondent|reporter))         # ("By Reporters Without Borders" stays)
    [ ]++(?=\p{Lu})
    """


# The first words of a job before a name (lower case): LEADING_JOB's cheap pre-test.
_JOB_HEADS: Final = (
    "sport", "staff", "senior", "chief", "special", "writer", "corresp", "report",
    "xinhua ", "afp ", "reuters", "ap ", "bernama", "antara ", "kyodo ", "yonhap",
)  # fmt: skip


@functools.cache  # each compiled on first use, only where it may match: importing and a
def _rare_pattern(source: str) -> regex.Pattern[str]:  # first parse stay cheap
    """The outlet before a "Laporan Wartawan" name, or a job before a byline's name."""
    return regex.compile(source, regex.VERBOSE)


# A value of capitalised names, as a "By ..." line must hold ("By JOHN DOE and JANE ROE").
NAME_VALUE_RE: Final = regex.compile(
    r"""
    (?:\p{Ll}{1,2}['\u2019])?+\p{Lu}[\p{L}'\u2019.\-]*+       # a capitalised word ("d'AFFLISIO")
    (?:
        (?:[ ]|,[ ]|[ ](?:and|dan|&)[ ])            # a space, a comma or a conjunction
        (?:(?:PARTICLE)[ ])?+                       # a lower-case particle
        (?:\p{Ll}{1,2}['\u2019])?+\p{Lu}[\p{L}'\u2019.\-]*+   # the next capitalised word
    ){0,11}+
    """.replace("PARTICLE", _PARTICLE_ALTERNATION),
    regex.VERBOSE,
)
# A line holding only a name of two to four capitalised words ("Larry Fine").
NAME_LINE_RE: Final = regex.compile(
    spell_spaces(
        r"""
    (?<![\t\p{Zs}])[\t\p{Zs}]*+                   # blanks, from a run's start only
    (?P<name>\p{Lu}[\p{L}'\u2019\-.]*+                  # a capitalised word ...
        (?:[ ](?:(?:PARTICLE)[ ])?+                 # ... particles ("bin")
        \p{Lu}[\p{L}'\u2019\-.]*+){1,3}+)                  # ... and one to three more
    [\t\p{Zs}]*+\r?\n                              # alone on its line
    """.replace("PARTICLE", _PARTICLE_ALTERNATION)
    ),
    regex.VERBOSE,
)
# Words that name a photo's source, not a person: "dok." (documentation), "ist."
# (istimewa: courtesy of); the short ones only with their full stop or alone.
_SOURCE_WORDS: Final = frozenset({"dok", "doc", "ist"})
_SOURCE_NAMES: Final = frozenset({"dokumentasi", "istimewa"})
# A heading line of a table of contents: the lines under it are subheads, not names.
_CONTENTS_HEADINGS: Final = ("Daftar Isi", "Daftar isi", "Contents", "Table of Contents")
# A word before a colon label that makes it another label: Tempo's "Pilihan editor:" is
# its pick of a related story, not its editor.
_NOT_A_CREDIT_BEFORE: Final = ("pilihan",)
# A last line "(Nama Penulis)" that signs the story off (Okezone).
SIGNOFF_RE: Final = regex.compile(
    r"""
    (?<=^|[.!?"”)])                                 # a line start or a sentence end
    \([ ]*+(?P<name>\p{Lu}[\p{L}'\u2019\-.]*+(?:[ ]\p{Lu}[\p{L}'\u2019\-.]*+){1,3}+)[ ]*+\)
    \s*+\Z                                          # the last thing in the text
    """,
    regex.VERBOSE | regex.MULTILINE,
)


# The Tribun network's close, the outlet's domain and the reporter's name in parentheses:
# "(Tribunlampung.co.id/Bayu Saputra)", "( Tribunjogja.com / Bunga Kartikasari )" (not "(
# TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )": a source, two outlets).
@functools.cache  # compiled on first need: few texts close so
def _outlet_signoff_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        (?<=^|[.!?"”)][ \u00a0]?+)                     # a line start or a sentence end
        \([\t\p{Zs}]*+
        [\p{L}\d][\p{L}\d\-]{0,30}+(?:\.[\p{L}]{2,4}+){1,2}+   # the outlet: "Tribunpekanbaru.com"
        [\t\p{Zs}]*+/[\t\p{Zs}]*+
        (?P<name>\p{L}[\p{L}'\u2019\-]*+(?:[ ]\p{L}[\p{L}'\u2019\-]*+){0,4}+)  # the name
        (?:[\t\p{Zs}]*+/[^()\n]{0,60}+)?+             # "/Muhammad Iqbal" again, or a photo
        [\t\p{Zs}]*+\)
        \s*+\Z                                          # the last thing in the text
        """,
        regex.VERBOSE | regex.MULTILINE,
    )


# The closing signature of an opinion column (detik, Liputan6 and other Indonesian
# outlets): the author's name, between academic titles and degrees, then what the author
# does, on the same line or on lines of their own ("Hari Suroto\nPeneliti BRIN",
# "Dr Sulistyo,Pengajar ...", "Rioberto SidaurukTenaga Ahli ...").
SIGNATURE_ROLES: Final = (
    "Advokat",
    "Aktivis",
    "Alumni",
    "Alumnus",
    "Analis",
    "Anggota",
    "ASN",
    "Asisten",
    "Budayawan",
    "Dekan",
    "Deputi",
    "Direktur",
    "Doktor",
    "Dokter",
    "Dosen",
    "Ekonom",
    "Guru",
    "Jurnalis",
    "Kandidat",
    "Kepala",
    "Ketua",
    "Kolumnis",
    "Komisaris",
    "Komisioner",
    "Konsultan",
    "Koordinator",
    "Lektor",
    "Mahasiswa",
    "Mantan",
    "Pakar",
    "Pegiat",
    "Pemerhati",
    "Pemimpin",
    "Pendiri",
    "Peneliti",
    "Pengajar",
    "Pengamat",
    "Penggiat",
    "Pengurus",
    "Pensiunan",
    "Praktisi",
    "Profesor",
    "Psikolog",
    "Rektor",
    "Sejarawan",
    "Sekretaris",
    "Sosiolog",
    "Staf",
    "Tenaga Ahli",
    "Wakil",
    "Wartawan",
    "Widyaiswara",
)
_JOB_WORDS: Final = "|".join(re.escape(w) for w in SIGNATURE_ROLES)
_JOB: Final = rf"(?:{_JOB_WORDS})(?!\p{{Ll}})"
# A word of a name: capitalised, or an initial not glued to a letter ("N.S.", not the
# "M." of "M.Si"), and never an affiliation word.
_NAME_WORD: Final = (
    rf"(?!{_JOB})\p{{Lu}}(?:\p{{Ll}}[\p{{Ll}}'\u2019\-]*+|\.(?:\p{{Lu}}\.)*+(?!\p{{L}}))?+"
)


@functools.cache  # each compiled on first use: importing stays cheap
def _job_pattern(glued: bool) -> re.Pattern[str]:
    """An affiliation word (opening a line, or anywhere: the pre-test for one after a
    name), or one glued to the name before it by scraping ("Irenius BokoMahasiswa").
    ``re`` finds a set of literals three times faster than ``regex``."""
    return re.compile(("(?<=[a-z])" if glued else "") + rf"(?:{_JOB_WORDS})(?![a-z])")


# Degrees written without full stops, after a comma ("Hari Suroto, SE, MM").
_PLAIN_DEGREES: Final = (
    "LLM|MAg|MBA|MPA|MPd|MPP|MSc|MSi|PhD|SAg|SHut|SIP|SKom|SPd|SSos|MA|MH|MM|MT|SE|SH|ST"
)
SIGNATURE_SOURCE: Final = spell_spaces(
    r"""
    [\t\p{Zs}]{0,8}+                            # (blanks are bounded: a search stays linear)
    (?P<label>Penulis[\p{Zs}]{1,3}+)?+          # "Penulis Andi N.S. Kuncoro: Analis ..."
    (?P<titles>(?:(?:Prof|Drs|Dra|Dr|dr|Ir|Hj|KH|H)(?:\.[\p{Zs}]{0,3}+|[\p{Zs}]{1,3}+))*+)
    (?P<name>WORD(?:[\p{Zs}](?:(?:PARTICLE)[\p{Zs}])?+WORD){0,4}(?<=\p{Ll}))  # no job, no
                                                # initial last ("S.H." is a degree)
    (?P<degrees>(?:,?+[\p{Zs}]?+(?:(?:\p{Lu}\p{Ll}{0,2}\.){1,3}(?:(?!JOB)\p{Lu}\p{Ll}{0,3}(?!\p{L}))?+
        |Ph\.?D|MBA|MSc|LLM|MPP|MPA)(?!\p{Ll})       # " M.Si.", ", S.H., M.H.", ", Ph.D."
      |,[\p{Zs}]?+(?:PLAIN)(?![\p{L}.]))*+)        # ", SE, MM"
    (?:
        [\p{Zs}]{0,3}+,?+[\p{Zs}]{0,3}+\r?$     # alone on its line
      | (?:[\p{Zs}]{0,3}+[,:]?+[\p{Zs}]{0,3}+|(?<=[\p{Ll}.]))  # a separator, or glued
        (?P<role>JOB)                           # ("SidaurukTenaga Ahli")
    )
    """.replace("WORD", _NAME_WORD)
    .replace("JOB", _JOB)
    .replace("PARTICLE", _PARTICLE_ALTERNATION)
    .replace("PLAIN", _PLAIN_DEGREES)
)
# What an affiliation never holds, and a sentence of the story does: a verb of saying or
# doing ("menegaskan", "katanya"), a quotation, or an apposition closed by a comma and
# the sentence going on in lower case ("Budi, Ketua RT, juga hadir").
_SIGNATURE_PROSE_SOURCE: Final = r"""
    (?<!\p{L})(?:me(?:ng|ny|n|m)?+\p{Ll}{4,}|(?:kata|ujar|ucap|tutur|ungkap|jelas|imbuh)(?:nya)?+)
    (?!\p{L})
  | ["\u201c\u201d]
  | ,[\t\p{Zs}]*+(?!(?:dan|serta|and|atau|or)(?!\p{L}))\p{Ll}
    """


@functools.cache  # 11 ms to compile, needed only where a signature may stand: on first use
def _signature_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The signature pattern and the prose test of what follows a name."""
    return (
        regex.compile(SIGNATURE_SOURCE, regex.VERBOSE | regex.MULTILINE),
        regex.compile(_SIGNATURE_PROSE_SOURCE, regex.VERBOSE),
    )


# Lines a page puts after the story: links, videos, desk codes, topic tags, separators.
_TRAILER_STARTS: Final = (
    "Tonton",
    "Simak",
    "Saksikan",
    "Lihat juga",
    "Baca juga",
    "Baca Juga",
    "Video",
    "ADVERTISEMENT",
    "Advertisement",
    "SCROLL TO CONTINUE",
    "[Gambas",
    "(",
    "--",
    "**",
)
# The languages whose affiliation words SIGNATURE_ROLES holds (None: not known).
_SIGNATURE_LANGUAGES: Final = frozenset({"id", "ms", None})
_SIGNATURE_LINES: Final = 18  # lines looked at from the end (trailers, affiliations), at most
_AFFILIATION_LINES: Final = 6  # affiliation lines under the name, at most
_SENTENCE_ENDS: Final = (".", "!", "?", '"', "\u201d", ")")
_SIGNATURE_HEAD: Final = 140  # where an affiliation starts on the signature line, at most


@attrs.frozen
class _Labels:
    """A label set, the role of each label, and its pattern (compiled on first use; picklable)."""

    source: str  # the pattern's source: a str caches its hash, so the lookup stays cheap
    colon: Mapping[str, Role]
    by: Mapping[str, Role]
    line: Mapping[str, Role]
    signoff: Role | None = None  # the role of a last line "(Nama Penulis)", None: not read
    # The labels' first words (lower case), for the candidate pre-scan; None: scan with
    # ``pattern`` alone (a label outside ASCII, whose case rules str.lower may not share).
    first_words: tuple[str, ...] | None = attrs.field(init=False)

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled label pattern."""
        return _compile_labels(self.source)

    # Colon labels of one word, by length: each is found by looking back from a colon.
    # None: some colon label has several words, and their first words are searched.
    colon_words: tuple[tuple[int, frozenset[str]], ...] | None = attrs.field(init=False)
    # The first words that are searched for, grouped by their first four letters: one
    # str.find per group ("repo" finds "reporting" and "reported"), then str.startswith.
    search_groups: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(init=False)
    # The last words of the "by" labels: without one in the window, no "by" label is there.
    by_last_words: tuple[str, ...] = attrs.field(init=False)
    # The first words of the line labels, tried at line starts only.
    line_words: tuple[str, ...] = attrs.field(init=False)

    @first_words.default
    def _first_words(self) -> tuple[str, ...] | None:
        words = {w.split()[0].lower() for t in (self.colon, self.by, self.line) for w in t}
        return tuple(sorted(words)) if all(w.isascii() and w for w in words) else None

    @colon_words.default
    def _colon_words(self) -> tuple[tuple[int, frozenset[str]], ...] | None:
        words = [w.lower() for w in self.colon]
        if any(len(w.split()) != 1 or w != w.strip() for w in words):
            return None
        lengths = sorted({len(w) for w in words})
        return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)

    @search_groups.default
    def _search_groups(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        labels = [*self.by, *(self.colon if self.colon_words is None else ())]
        groups: dict[str, list[str]] = {}
        for word in sorted({w.split()[0].lower() for w in labels}):
            groups.setdefault(word[:4], []).append(word)
        return tuple((key, tuple(words)) for key, words in sorted(groups.items()))

    @by_last_words.default
    def _by_last_words(self) -> tuple[str, ...]:
        return tuple(sorted({w.split()[-1].lower() for w in self.by}))

    @line_words.default
    def _line_words(self) -> tuple[str, ...]:
        return tuple(sorted({w.split()[0].lower() for w in self.line}))


# What follows a label's first word: blanks before the next word, or the colon.
_AFTER_FIRST_WORD: Final = frozenset(f"\t:{SPACE_SEPARATORS}")
_BLANKS: Final = frozenset(f"\t{SPACE_SEPARATORS}")
# What a line label may follow at its line start, and how many of them.
_LINE_MARKS: Final = frozenset(f"\t{SPACE_SEPARATORS}*\u2022-")
_LINE_INDENT: Final = 8


def _label_matches(labels: _Labels, text: str, start: int, end: int) -> list[regex.Match[str]]:
    """``list(labels.pattern.finditer(text, start, end))``, found faster.

    Every label match starts on a label's first word, followed by a blank or the
    colon, and either not after a letter or (glued: ``ASavitriEditor:``) in
    capitals. Only such positions are tried, with ``pattern.match`` (which sees
    the text before ``start``, as ``finditer`` does), leftmost first and without
    overlaps, exactly as ``finditer`` would report them. They are found where each
    kind of label must stand (:func:`_label_candidates`).
    """
    words = labels.first_words
    window = text[start:end]
    if words is None or has_fold_trap(window):
        return list(labels.pattern.finditer(text, start, end))
    matches: list[regex.Match[str]] = []
    reached = start
    for pos in sorted(_label_candidates(labels, text, start, window.lower())):
        if pos < reached:
            continue
        match = labels.pattern.match(text, pos, end)
        if match is not None:
            matches.append(match)
            reached = match.end()
    return matches


def _label_candidates(labels: _Labels, text: str, start: int, lowered: str) -> set[int]:
    """Where a label may start in the window at ``start`` (lower-cased: ``lowered``).

    A colon label ends before blanks and a colon: one-word labels are looked up just
    before each colon. A "by" label holds its last word ("by"): its first words are
    searched only when that word is in the window. A line label opens a line, after
    at most eight blanks, bullets or dashes: only line starts are tried.
    """
    candidates: set[int] = set()
    size = len(lowered)

    def consider(at: int, word: str) -> None:
        pos = start + at
        after = at + len(word)
        if (
            after < size
            and lowered[after] in _AFTER_FIRST_WORD
            and lowered.startswith(word, at)
            and (pos == 0 or not text[pos - 1].isalpha() or text[pos].isupper())
        ):
            candidates.add(pos)

    if labels.colon_words is not None:
        colon = lowered.find(":")
        while colon >= 0:
            stop = colon
            while stop > 0 and lowered[stop - 1] in _BLANKS:
                stop -= 1
            for length, words in labels.colon_words:
                if length <= stop and lowered[stop - length : stop] in words:
                    consider(stop - length, lowered[stop - length : stop])
            colon = lowered.find(":", colon + 1)
    if not labels.colon_words or any(w in lowered for w in labels.by_last_words):
        for key, group in labels.search_groups:
            at = lowered.find(key)
            while at >= 0:
                for word in group:
                    consider(at, word)
                at = lowered.find(key, at + 1)
    line = 0
    while line >= 0:
        at = line
        while at < size and at - line < _LINE_INDENT and lowered[at] in _LINE_MARKS:
            at += 1
        if lowered.startswith(labels.line_words, at):
            for word in labels.line_words:
                consider(at, word)
        line = lowered.find("\n", line)
        line = line + 1 if line >= 0 else -1
    return candidates


def _labels(
    colon: Mapping[str, Role] = COLON_LABELS,
    by: Mapping[str, Role] = BY_LABELS,
    line: Mapping[str, Role] = LINE_LABELS,
    signoff: Role | None = None,
) -> _Labels:
    return _Labels(_label_source(colon, by, line), dict(colon), dict(by), dict(line), signoff)


_GENERIC: Final = _labels()

# The callback that records one credit: role, name start and end, label span.
_Adder = Callable[[Role, int, int, Span | None], None]


def _windows(start: int, end: int) -> list[tuple[int, int]]:
    """The lead and footer windows of ``[start, end)``, merged when they touch."""
    lead_end = min(end, start + LEAD_CHARS)
    footer_start = max(start, end - FOOTER_CHARS)
    if footer_start <= lead_end:
        return [(start, end)]
    return [(start, lead_end), (footer_start, end)]


def _to_line_end(
    labels: _Labels, text: str, matches: list[regex.Match[str]], w_end: int, end: int
) -> int:
    """Where the window's last value may end: the window's end, or, when the last label's
    line runs past it, that line's end (by at most :data:`MAX_VALUE` characters); labels
    on that stretch are added to ``matches``. A value at the window's edge is read whole,
    as anywhere else: "By Friday morning, ..." there is prose, not a byline "Frid"."""
    if w_end >= end or not matches or text.find("\n", matches[-1].end(), w_end) >= 0:
        return w_end
    newline = text.find("\n", w_end, min(end, w_end + MAX_VALUE))
    reach = newline if newline >= 0 else min(end, w_end + MAX_VALUE)
    # (searched from the last label's end: a label the window's end cut is found too)
    matches.extend(_label_matches(labels, text, matches[-1].end(), reach))
    return reach


def _normalise(label: str) -> str:
    return " ".join(label.lower().split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-\u2013\u2014:*\u2022"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:-\u2013\u2014*"):
        end -= 1
    return start, end


def _names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The person names in a value ``[start, end)``, as spans."""
    pos = start
    index = 0
    after_comma = after_slash = False
    while pos <= end:
        sep = NAME_SEP_RE.search(text, pos, end)
        part_end = sep.start() if sep is not None else end
        name_start, name_end = _trim(text, pos, part_end)
        filed = FILED_FROM_RE.search(text, name_start, name_end)
        if filed is not None:
            name_start, name_end = _trim(text, name_start, filed.start())
        trailing = TRAILING_AGENCY_RE.search(text, name_start, name_end)
        if (
            trailing is not None
            and " " in text[name_start : trailing.start()]  # "Brad Schade", not "The"
            and not text.startswith("The ", name_start)  # "The Associated Press" is the name
        ):
            name_end = trailing.start()
        if text[name_start : name_start + 7].lower().startswith(_JOB_HEADS):
            job = _rare_pattern(_LEADING_JOB_SOURCE).match(text, name_start, name_end)
            if job is not None:  # "By Sportswriters Wang Zijiang and ...": no name's part
                name_start = job.end()
        if not text[name_start:name_end].istitle():  # (a glued job breaks title case)
            glued = _job_pattern(True).search(text, name_start, name_end)
            if glued is not None:  # "Irenius BokoMahasiswa ...": the name ends at the job
                name_end = glued.start()
        aside = text.find("(", name_start, name_end)
        if aside >= 0 and not any(c.isdigit() for c in text[aside:name_end]):
            name_end = _trim(text, name_start, aside)[1]  # "Budi Santoso (Antara": an aside
            # ("Rabu (21/5/2025" is a caption's date: the part stays whole, and no name)
        name_end = _without_code(text, name_start, name_end)
        if (
            name_end > name_start
            and _is_name(text, name_start, name_end, index, after_comma)
            and not (after_slash and _is_source(text, name_start, name_end))
        ):
            yield name_start, name_end
        index += 1
        if sep is None:
            break
        after_comma = sep.group("comma") is not None
        after_slash = "/" in sep.group()
        pos = sep.end()


def _without_code(text: str, start: int, end: int) -> int:
    """Where a name ends without a last word in lower case ("Mirco Lazzari gp": a photo
    agency's code), unless that word is the whole name ("prwir") or a particle."""
    space = end - 1
    while space > start and not text[space].isspace():
        space -= 1
    last = text[space + 1 : end]
    if space > start and text[start].isupper() and last.islower() and last not in _PARTICLES:
        return _trim(text, start, space)[1]
    return end


def _is_name(text: str, start: int, end: int, index: int, after_comma: bool) -> bool:
    if end - start > _MAX_NAME or not text[start].isalpha():
        return False
    words = text[start:end].split()
    head, stop, _ = words[0].lower().partition(".")
    if head in _SOURCE_NAMES or (head in _SOURCE_WORDS and (stop or len(words) == 1)):
        return False  # "Foto: dok. Humas", "Foto: ist": where a photo came from
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= _MAX_ACRONYM:
        return False  # "... abducted by US" (ANTARA's "Pewarta: prwir" is its gold's name)
    # A word in lower case makes a caption ("Rapat ... dan perwakilan driver"), unless it
    # is a particle ("bin") or an abbreviated title ("dr.").
    if len(words) > 1 and any(
        w.islower() and w not in _PARTICLES and not w.endswith(".") for w in words
    ):
        return False
    if NOT_NAME_RE.search(text, start, end) is not None:
        return False
    if index > 0 and after_comma:
        # After a comma, an agency or a newspaper is where the person works, and a word
        # in lower case goes on the sentence ("..., tinggal di Maumere").
        return not (
            AGENCY_WORDS_RE.search(text, start, end)
            or text.startswith("The ", start)
            or text[start].islower()
        )
    return True


def _is_source(text: str, start: int, end: int) -> bool:
    """Whether one word after a slash names where a photo or a story came from, not a
    person: an agency ("Budi Santoso/Antara") or an outlet written in lower case first
    ("/detikJateng", "/iStock")."""
    return " " not in text[start:end] and (
        text[start].islower() or AGENCY_WORDS_RE.search(text, start, end) is not None
    )


def _is_name_value(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds only capitalised names, with where they filed from
    (``Kiki Andriana dari Sumedang``, ``Ann Lee in Vienna``)."""
    if NAME_VALUE_RE.fullmatch(text, start, end) is not None:
        return True
    filed = FILED_FROM_RE.search(text, start, end)
    return (
        filed is not None
        and NAME_VALUE_RE.fullmatch(text, start, filed.start()) is not None
        and NAME_VALUE_RE.fullmatch(text, filed.end() - 1, end) is not None
    )


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos`` on its line, lower-cased ("" when there is none)."""
    stop = pos
    while stop > 0 and text[stop - 1] in _BLANKS:
        stop -= 1
    begin = stop
    while begin > 0 and begin > stop - 20 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:stop].lower()


def _in_credit_context(text: str, label_start: int) -> bool:
    """A "by" label after a comma counts only inside a parenthesised credit line."""
    pos = label_start - 1
    while pos >= 0 and (text[pos] == "\t" or text[pos] in SPACE_SEPARATORS):
        pos -= 1
    if pos < 0 or text[pos] != ",":
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("(", line_start, pos) > text.rfind(")", line_start, pos)


def _find(
    labels: _Labels, text: str, region: Span | None, context: Context | None
) -> tuple[Credit, ...]:
    start, end = region_bounds(text, region)
    credits: list[Credit] = []
    seen: set[tuple[Role, str]] = set()  # (role, name case-folded)

    def add(role: Role, name_start: int, name_end: int, label: Span | None) -> None:
        name = text[name_start:name_end]
        key = (role, " ".join(name.casefold().split()))  # "RAISAN AL FARISI" once
        if key in seen or _is_photo_desk(name):
            return  # "Foto: ANTARA FOTO/..." names the agency's desk, not a person
        seen.add(key)
        credits.append(
            Credit(
                role, name, label.slice(text) if label else None, Span(name_start, name_end), label
            )
        )

    for w_start, w_end in _windows(start, end):
        matches = _label_matches(labels, text, w_start, w_end)
        w_end = _to_line_end(labels, text, matches, w_end, end)
        for i, match in enumerate(matches):
            next_label = matches[i + 1].start() if i + 1 < len(matches) else w_end
            kind = (
                "colon" if match.start("colon") >= 0 else "by" if match.start("by") >= 0 else "line"
            )
            label = Span(match.start(kind), match.end(kind))
            table = getattr(labels, kind)
            role = table[_normalise(label.slice(text))]
            value_start = match.end()
            if kind == "line" and label.slice(text).lower().startswith("laporan"):
                outlet = _rare_pattern(_OUTLET_PREFIX_SOURCE).match(text, value_start, next_label)
                if outlet is not None:  # a contributor's place: "Tribunjabar.id, Subang, "
                    contributor = role is Role.CONTRIBUTOR or outlet.start("place") < 0
                    value_start = outlet.end() if contributor else outlet.start("place")
            stop = STOP_RE.search(text, value_start, next_label)
            value_end = stop.start() if stop is not None else next_label
            v_start, v_end = _trim(text, value_start, value_end)
            if kind == "line":
                newline = text.find("\n", value_start, w_end)
                line_end = newline if newline >= 0 else w_end
                if (
                    line_end - value_start > _MAX_LINE_VALUE
                    or v_end <= v_start
                    or not _is_name_value(text, v_start, v_end)
                ):
                    continue  # prose that happens to start with "By"
            if kind == "by" and not _in_credit_context(text, label.start):
                continue
            if kind == "colon" and _word_before(text, label.start) in _NOT_A_CREDIT_BEFORE:
                continue
            if v_end <= v_start:
                if context is not None and kind == "colon":
                    context.report("credit.empty", span=label)
                continue
            if v_end - v_start > MAX_VALUE:
                if context is not None:
                    context.report("credit.too-long", span=Span(v_start, v_end))
                continue
            if text.startswith(("http", "www."), v_start):
                continue  # "Foto: http://photos..." links a picture, it names nobody
            for name_start, name_end in _names(text, v_start, v_end):
                add(role, name_start, name_end, label)
    _unlabelled(labels, text, start, end, add, {c.name for c in credits})
    if context is None or context.language in _SIGNATURE_LANGUAGES:
        _closing_signature(text, start, end, add, {c.name for c in credits})
    credits.sort(key=lambda c: c.span.start)
    return tuple(credits)


def _has_name_line(text: str, start: int, end: int) -> bool:
    """Whether a line after the first, starting in the dateline's lead, holds only a name.

    A cheap, exact pre-test: without such a line no unlabelled byline can stand
    before the dateline, so the dateline parse (the costly part) is skipped.
    """
    limit = min(end, start + DATELINE_LEAD_CHARS)
    newline = text.find("\n", start, end)
    while newline >= 0 and newline + 1 < limit:
        line_end = text.find("\n", newline + 1, end)
        if line_end < 0:
            return False
        # (No name holds a comma: most prose lines are ruled out without the pattern.)
        if (
            text.find(",", newline + 1, line_end) < 0
            and NAME_LINE_RE.fullmatch(text, newline + 1, line_end + 1) is not None
        ):
            return True
        newline = line_end
    return False


def _in_a_list(text: str, start: int, line_start: int) -> bool:
    """Whether the name-shaped line at ``line_start`` is one of a list of short lines
    (the line above is name-shaped too), or follows a table of contents' heading
    (detik's "Daftar Isi" lists the story's subheads above its dateline)."""
    above = text.rfind("\n", start, line_start - 1) + 1
    if (
        above > start  # (the title above is no list)
        and above < line_start - 1
        and text.find(",", above, line_start) < 0
        and NAME_LINE_RE.fullmatch(text, above, line_start) is not None
    ):
        return True
    lines = text[start:line_start].splitlines()
    return any(line.strip() in _CONTENTS_HEADINGS for line in lines)


# An agency's photo desk, no person: "ANTARA FOTO", "AP Photo" (_is_photo_desk).
_PHOTO_AGENCIES: Final = frozenset(
    {"AP", "AFP", "Reuters", "REUTERS", "ANTARA", "Antara", "EPA", "Xinhua", "XINHUA"}
)
_PHOTO_WORDS: Final = frozenset({"Photo", "PHOTO", "Foto", "FOTO"})


def _has_photo_slash(text: str, start: int, end: int) -> bool:
    """Whether a slash in ``[start, end)`` follows a photo word ("Photo/", "FOTO /"): the
    cheap test before the photo credit's pattern is tried (slashes are few)."""
    slash = text.find("/", start, end)
    for _ in range(_MAX_SLASHES):
        if slash < 0:
            return False
        if text[max(start, slash - 6) : slash].rstrip().endswith(_PHOTO_ENDINGS):
            return True
        slash = text.find("/", slash + 1, end)
    return True  # (many slashes: let the pattern decide)


_PHOTO_ENDINGS: Final = ("Photo", "PHOTO", "Foto", "FOTO")
_MAX_SLASHES: Final = 64


def _is_photo_desk(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[0] in _PHOTO_AGENCIES and words[1] in _PHOTO_WORDS


# An agency's photo credit: "(AP Photo/Kevin Rivoli)", "(AP Photo/Jane Doe, File)",
# "ANTARA FOTO/Budi Santoso/foc." (the photographer; a desk's initials may follow).
@functools.cache  # compiled on first need
def _photo_credit_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        (?<![\p{L}\d])(?P<label>(?:«AGENCIES»)[ ](?:«WORDS»))  # "AP Photo", "ANTARA FOTO"
        [ ]?+/[ ]?+
        (?P<name>\p{Lu}[\p{L}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}'\u2019.\-]*+){0,3}+)
        (?=[ ]?+[,/)]|\s|$)
        """.replace("«AGENCIES»", "|".join(sorted(_PHOTO_AGENCIES))).replace(
            "«WORDS»", "|".join(sorted(_PHOTO_WORDS))
        ),
        regex.VERBOSE,
    )


# A desk's contact line that names its reporter before the desk: "-- Jonathan Birt, London
# Newsroom +44 171 542 7717" (Reuters, 1996); "-- London Newsroom, +44 ..." names none.
_MAX_CONTACT_LINE: Final = 120


@functools.cache  # compiled on first need: few texts end so
def _contact_name_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        -{2,3}+[\t\p{Zs}]*+
        (?P<name>\p{Lu}[\p{Ll}'\u2019\-.]++(?:[ ]\p{Lu}[\p{Ll}'\u2019\-.]*+){1,3}+)  # the name
        [\t\p{Zs}]*+,[\t\p{Zs}]*+
        (?:(?!«DESK»)\p{Lu}[\p{L}.]*+[ ]){1,3}+«DESK»  # "London Newsroom", "Mexico City newroom"
        [^\n\p{L}]*+\Z                                 # the number, to the end
        """.replace("«DESK»", r"(?i:newsroom|newroom|bureau|desk)(?!\p{L})"),
        regex.VERBOSE,
    )


def _unlabelled(
    labels: _Labels, text: str, start: int, end: int, add: _Adder, credited: Collection[str]
) -> None:
    """Credits without a label of their own: a name line before the dateline, an Okezone
    sign-off, a Tribun close ("(Tribunlampung.co.id/Bayu Saputra)"), an agency's photo
    credit ("(AP Photo/Kevin Rivoli)")."""
    dateline = parse_dateline(text, Span(start, end)) if _has_name_line(text, start, end) else None
    if dateline is not None and dateline.span.start > start:
        line_start = text.rfind("\n", start, dateline.span.start)
        previous = text.rfind("\n", start, max(start, line_start)) + 1 if line_start > start else -1
        if previous > start:  # never the first line: that is the title
            match = NAME_LINE_RE.fullmatch(text, previous, line_start + 1)
            if (
                match is not None
                and not AGENCY_WORDS_RE.search(text, *match.span("name"))
                and labels.pattern.match(text, match.start("name")) is None
                and not _in_a_list(text, start, previous)
            ):
                add(Role.REPORTER, *match.span("name"), None)
    if labels.signoff is not None:
        match = SIGNOFF_RE.search(text, max(start, end - 120), end)
        if match is not None:
            add(labels.signoff, *match.span("name"), None)
    for w_start, w_end in _windows(start, end):
        if not _has_photo_slash(text, w_start, w_end):
            continue  # no "Photo/", "FOTO /": no agency photo credit
        for photo in _photo_credit_re().finditer(text, w_start, w_end):
            label = Span(*photo.span("label"))
            add(Role.PHOTOGRAPHER, *photo.span("name"), label)
    lead_end = min(end, start + LEAD_CHARS)
    if text.find("Laporan ", start, lead_end) >= 0:  # (a cheap test: most texts hold none)
        for report in _REPORT_LINE_RE.finditer(text, start, lead_end):
            # Serambinews's "Laporan Idris Ismail I Pidie Jaya": the reporter, then the place
            add(Role.REPORTER, *report.span("name"), Span(*report.span("label")))
    tail_end = end
    while tail_end > start and text[tail_end - 1].isspace():
        tail_end -= 1
    last_line = text.rfind("\n", max(start, tail_end - _MAX_CONTACT_LINE), tail_end) + 1
    closer = text[tail_end - 1 : tail_end]  # the number's last digit, or its ")"
    if text.startswith("--", last_line) and (closer.isdigit() or closer == ")"):
        contact = _contact_name_re().match(text, last_line, tail_end)
        if contact is not None:  # "-- Jonathan Birt, London Newsroom +44 171 542 7717"
            add(Role.REPORTER, *contact.span("name"), None)
    paren = text.rfind("(", max(start, end - 120), tail_end)
    if (
        text[tail_end - 1 : tail_end] == ")"
        and paren >= 0
        and text.find("/", paren, tail_end) > text.find(".", paren, tail_end) > paren
    ):  # "(Outlet.domain/Name)" closes the text: the one shape read there
        close = _outlet_signoff_re().match(text, paren, end)
        if close is not None:
            name = close.group("name")
            folded = {"".join(c.lower().split()) for c in credited}  # "birrifikrudin"
            domain = "." in name and " " not in name  # "TRIBUNNEWS.COM": an outlet
            if not domain and "".join(name.lower().split()) not in folded:
                add(Role.REPORTER, *close.span("name"), None)


# A Tribun-network reporter line of its own: "Laporan Name | Place", "Laporan Name I
# Place" (a capital I for the bar). Possessive and bounded: one try per "Laporan".
_REPORT_LINE_RE: Final = regex.compile(
    spell_spaces(
        r"""
        ^[\t\p{Zs}]*+(?P<label>Laporan)\p{Zs}++
        (?P<name>\p{Lu}[\p{L}.'\u2019-]{0,30}+(?:\p{Zs}\p{Lu}[\p{L}.'\u2019-]{0,30}+){0,4}?)
        \p{Zs}++(?:\||I)\p{Zs}++                          # the bar
        \p{Lu}[\p{L}-]{0,30}+(?:\p{Zs}\p{Lu}[\p{L}-]{0,30}+){0,3}+  # the place
        [\t\p{Zs}]*+$
        """
    ),
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)


def _lines_back(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``[start, end)`` from the last, as ``(start, end)`` without the newline."""
    line_end = end
    while line_end > start:
        newline = text.rfind("\n", start, line_end)
        line_start = newline + 1 if newline >= 0 else start
        yield line_start, line_end
        if newline < 0:
            return
        line_end = newline


def _is_trailer(line: str, size: int) -> bool:
    """A line a page adds after the story (or an empty one): no part of a signature.

    ``line`` is the line's head, stripped; ``size`` the whole line's length.
    """
    return not line or line.startswith(_TRAILER_STARTS) or (size < 60 and line.islower())


def _is_sentence(text: str, start: int, end: int) -> bool:
    """Whether an affiliation line reads as a sentence of the story: more than five words
    and a full stop ("Ketua Asosiasi Petani belum berkomentar soal itu.")."""
    line = text[start:end].rstrip()
    return line.endswith((".", "!", "?")) and len(line.split(maxsplit=6)) > 6


def _closing_signature(
    text: str, start: int, end: int, add: _Adder, credited: Collection[str]
) -> None:
    """The author of an opinion column, signed at its end with what the author does.

    From the end of the text (at most :data:`_SIGNATURE_LINES` lines): page trailers are
    passed over (links, videos, desk codes, topic tags), then up to six affiliation
    lines (each opening with a word such as ``Peneliti`` or ``Dosen``), then the
    signature line itself: a name, with titles and degrees, alone on its line above the
    affiliations, or followed on its line by an affiliation. Neither may read as the
    story (a verb of saying, a quotation, an apposition the sentence goes on after:
    ``Veronica Tan, Wakil Menteri, menegaskan ...``; an affiliation line that is a long
    sentence). The line before ends a sentence or is a rule. A name of one word needs a
    title, a degree or the ``Penulis`` label (``Dr Sulistyo``); a name already credited
    (``Oleh: ...`` above the column) is not credited again.
    """
    limit = max(start, end - FOOTER_CHARS)
    lines = _lines_back(text, limit, end)
    role_start = _job_pattern(False)
    affiliations: list[tuple[int, int]] = []
    seen = 0
    signature: tuple[int, int] | None = None
    for line_start, line_end in lines:
        if line_start == limit > start and text[limit - 1] != "\n":
            return  # a line cut by the window's start: too long for a signature
        seen += 1
        if seen > _SIGNATURE_LINES:
            return
        line = text[line_start : min(line_end, line_start + MAX_VALUE)].strip()  # its head
        if not affiliations and _is_trailer(line, line_end - line_start):
            continue
        if (
            len(affiliations) < _AFFILIATION_LINES
            and line_end - line_start < MAX_VALUE
            and line.startswith(SIGNATURE_ROLES)  # (a cheap pre-test for the pattern)
            and role_start.match(line) is not None
        ):
            affiliations.append((line_start, line_end))
            continue
        signature = (line_start, line_end)
        break
    if signature is None or signature[0] <= start:
        return  # never the title line
    sign_start, sign_end = signature
    if not affiliations and (
        not text[sign_start : sign_start + 1].isupper()
        or role_start.search(text, sign_start, min(sign_end, sign_start + _SIGNATURE_HEAD)) is None
    ):
        return  # (cheap pre-tests: a name opens the line, an affiliation follows it)
    signature_re, prose_re = _signature_patterns()
    match = signature_re.match(text, sign_start, sign_end)
    if match is None or (match.start("role") < 0 and not affiliations):
        return
    prose = [(match.end(), sign_end)] if match.start("role") >= 0 else []
    if any(prose_re.search(text, *span) for span in prose + affiliations) or any(
        _is_sentence(text, *span) for span in affiliations
    ):
        return
    one_word = len(match["name"].split(maxsplit=1)) < 2
    if one_word and not (match["titles"] or match["degrees"] or match["label"]):
        return  # a name of one word needs a title or a degree: "Dr Sulistyo"
    if match["name"] in credited:
        return
    previous = next(lines, None)
    if previous is None:
        return
    before = text[previous[0] : previous[1]].rstrip()
    if not (before.endswith(_SENTENCE_ENDS) or before.strip("-*\u2014 ") == ""):
        return  # the line before ends a sentence, or is a rule
    at = match.start("label")
    add(Role.WRITER, *match.span("name"), Span(at, at + len("Penulis")) if at >= 0 else None)


def find_credits(
    text: str, region: Span | None = None, context: Context | None = None
) -> tuple[Credit, ...]:
    """Every credited person in the lead and footer of ``region``, one credit per person.

    >>> text = "Harga naik, katanya.\\nPewarta: Budi Santoso dan Agus S\\nEditor: M Razi Rahman"
    >>> [(c.role.value, c.name) for c in find_credits(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('reporter', 'Budi Santoso'), ('reporter', 'Agus S'), ('editor', 'M Razi Rahman')]
    >>> text = "Prices rose.\\n(Reporting by Ann Lee and Bo Chen; Editing by Cy Park)"
    >>> [(c.role.value, c.name) for c in find_credits(text)]
    [('reporter', 'Ann Lee'), ('reporter', 'Bo Chen'), ('editor', 'Cy Park')]
    """
    return _find(_GENERIC, text, region, context)


@attrs.frozen
class _CreditsParser:
    """A credits parser with its own label set (picklable)."""

    labels: _Labels

    def __call__(
        self, text: str, region: Span | None = None, context: Context | None = None
    ) -> tuple[Credit, ...]:
        return _find(self.labels, text, region, context)


def make_credits_parser(
    *,
    labels: Mapping[str, Role] | None = None,
    by_labels: Mapping[str, Role] | None = None,
    line_labels: Mapping[str, Role] | None = None,
    signoff: bool | Role = False,
) -> _CreditsParser:
    """A credits parser knowing extra labels (added to the generic ones).

    ``labels`` need a colon, ``by_labels`` may follow a separator, ``line_labels``
    open a line of names; keys are matched case-insensitively. ``signoff`` also
    reads a last line ``(Nama Penulis)``: as the reporter when ``True``, else with
    the role given (``Role.EDITOR`` for an outlet whose sign-off names the editor).

    >>> parse = make_credits_parser(labels={"Toimittaja": Role.REPORTER})
    >>> [(c.role.value, c.name) for c in parse("Tarina.\\nToimittaja: Aino Virta")]
    [('reporter', 'Aino Virta')]
    """
    return _CreditsParser(
        _labels(
            {**COLON_LABELS, **{k.lower(): v for k, v in (labels or {}).items()}},
            {**BY_LABELS, **{k.lower(): v for k, v in (by_labels or {}).items()}},
            {**LINE_LABELS, **{k.lower(): v for k, v in (line_labels or {}).items()}},
            Role.REPORTER if signoff is True else (signoff or None),
        )
    )
