"""Find DATE expressions in wire copy and resolve them to ISO-TimeML values.

Contract
    ``find_dates(text, region, *, reference, language, context, any_locale)``
    scans ``text[region.start:region.end]`` (the whole text when ``region`` is
    None) and returns one :class:`~wirekit.DateMention` per DATE expression, in
    text order, with absolute offsets. It never raises on content and never
    reads the clock:

    - absolute dates ("10 Juli 2025", "2025-07-10", "in 1987") resolve alone;
    - relative ones ("kemarin", "Kamis (10/7)", "last week") need
      ``reference``; without it their ``value`` is None and a
      ``reldate.unresolved`` diagnostic is reported through ``context``;
    - REF words ("saat ini", "recently") resolve to PRESENT_REF / PAST_REF /
      FUTURE_REF without any reference.

How it works
    Two compiled patterns per language set, assembled the first time that
    language set is asked for from the vocabulary in :mod:`wirekit.lang`
    (names from dateparser's locale tables, relative words written by hand)
    and cached for the process:

    1. a *prefilter*: one alternation of literal anchor words (weekday and
       month names, unit words, fixed days, REF words) and year-like digits,
       optionally preceded by up to four words a mention may start with
       ("the end of last", "10", "dua"). Its tries are deterministic, so one
       pass over the text costs about as much as a ``\\w+`` scan;
    2. the *grammar* of the shapes the hit's anchor may stand in, run with
       ``match`` only at the word starts of each prefilter hit, in a window of
       a few hundred characters. Each grammar is compiled the first time an
       anchor needs it, so a first parse compiles only the few its words call
       for; the set of every shape is matched as the block grammars it is the
       union of (:func:`_grammars`), never compiled whole.

    Each grammar match is then checked (case, context) and resolved by small
    pure functions. The matches do not depend on the reference, so the work
    splits in two: :func:`scan_dates` (the matches of a region) and
    :func:`resolve_dates` (a scan resolved against a reference);
    :func:`find_dates` is the two in a row, and ``parse`` scans each region
    once for the reference inference and the final mentions. The resolution
    rules are documented, with examples, in ``docs/dates.md``.

>>> import datetime as dt
>>> ref = dt.date(2025, 7, 11)
>>> [m.value for m in find_dates("Menlu itu bertemu, Kamis (10/7).", reference=ref)]
['2025-07-10']
>>> [(m.text, m.value) for m in find_dates("Prices fell last week.", reference=ref)]
[('last week', '2025-W27')]
>>> find_dates("Harga naik bulan lalu.")[0].value is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from .._records import Anchor, DateMention, Granularity, Span
from ..lang import DateWords, any_locale_months, locale_codes, merge_words
from ..lang._calendar import feast_around, feast_in_hijri_year, feast_in_year
from ._context import Context, region_bounds

__all__ = [
    "DateScan",
    "find_dates",
    "resolve_dates",
    "resolve_together",
    "resolve_year_closest",
    "scan_dates",
    "scanner_languages",
]

_DEFAULT_LANGUAGES = ("id", "ms", "en")
_HAND_LANGUAGES = frozenset(_DEFAULT_LANGUAGES)
# A region this short with nothing found is retried with every locale's month names.
_SHORT_REGION = 40
# How far past its anchor word a mention may run ("Jumat, 13 Juni 2025 pagi").
_WINDOW = 160

# ---------------------------------------------------------------------------
# Pattern assembly: word lists -> tries -> two VERBOSE patterns per language set
# ---------------------------------------------------------------------------


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (any case), built as a trie.

    Sharing prefixes makes the alternation deterministic (no two branches start
    with the same character), so it cannot backtrack more than one word's length.
    A space in a word matches a run of blanks; an apostrophe matches ' or \u2019.

    >>> _trie_alternation(["kemarin", "kemarin lusa", "besok"])
    '(?:(?:besok|kemarin(?:[^\\\\S\\\\n]{1,8}+lusa)?))'
    """
    branches = _trie_branches(words)
    if not branches:
        return "(?!)"  # an empty word list matches nothing
    return "(?:" + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")") + ")"


def _trie_branches(words: Iterable[str]) -> list[str]:
    """The trie of ``words`` as its top-level branches, one per first character.

    Each branch opens with that character as a literal, which the ``re``
    engine tests before entering the branch, so a flat alternation of them
    rejects a position at the cost of one comparison per branch.

    >>> _trie_branches(["kemarin", "kemarin lusa", "besok"])
    ['besok', 'kemarin(?:[^\\\\S\\\\n]{1,8}+lusa)?']
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {w.lower() for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def char_pattern(char: str) -> str:
        if char == " ":
            return r"[^\S\n]{1,8}+"
        if char in "'\u2019":
            return "['\u2019]"
        return re.escape(char)

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        chain = []  # a run of one-child nodes that end no word: their characters in a row
        while len(node) == 1 and "" not in node:
            ((char, node),) = node.items()
            chain.append(char_pattern(char))
        branches = [char_pattern(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return "".join(chain)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return "".join(chain) + body

    return [char_pattern(c) + emit(child) for c, child in sorted(trie.items()) if c]


# The prefilter, run over the lower-cased text (no IGNORECASE: literal tries
# are twice as fast that way). A hit is one anchor: a word no mention can do
# without, or year-like digits. It starts with the character before the word
# (the text's start reads as a blank), so the engine jumps from one such
# character to the next without trying the words in between, and every branch
# opens with a literal that rejects a word start in one comparison. The empty
# group closing a digit branch names its form (``lastgroup``); a word has none.
_PREFILTER = r"""
[^\w'\u2019]                                      # the character before a word start
(?:
  «ANCHOR»                                       # a date word: "kamis", "pekan", "yesterday"
 |\d(?:                                           # a digit, then (read from that digit):
    (?<=1)[5-9]\d\d(?!\d)(?P<d_year>)              # a year-like number: "1990s"
   |(?<=2)0\d\d(?!\d)(?P<d_year_20>)               # "2025"
   |(?<=[0-3])\d[/.-][01]?\d[/.-](?:1[5-9]|20)\d\d(?!\d)(?P<d_dmy>)  # "10/7/2025"
   |[/.-][01]?\d[/.-](?:1[5-9]|20)\d\d(?!\d)(?P<d_dmy_1>)          # "1/7/2025"
   |(?<=[0-3])\d/[01]?\d/\d\d(?![\d/])(?P<d_mdy_2>)  # "09/04/96" (English's two-digit years)
   |/[01]?\d/\d\d(?![\d/])(?P<d_mdy_1>)              # "9/17/96"
   |(?<=[3-9])0-?an(?!\w)(?P<d_decade_an>)         # "80-an", "90an" (of "era 80-an")
  )
 |['\u2019]\d0s(?!\w)(?P<d_decade>)                # "'80s"
 |(?:(?:q|st)[1-4]|h[12])(?!\d)(?P<d_q>)         # "q3", Malay "st3" (suku tahun), "H1"
)
"""

# The words a mention may start with before its anchor ("the end of last",
# "10", "dua"), matched backwards from the anchor over the reversed lower-cased
# text, so the tries are of reversed words. Greedy and possessive: the grammar
# is then tried from the earliest of those word starts to the anchor.
_PREFIX_REVERSED = r"""
(?:
  (?:SP|[-\u2013])                               # the blank (or hyphen, dash) before the anchor
  (?:\.?(?:ts|dn|dr|ht|bh[^\S\n]?)?\d{1,4}(?:[-+\u2212]h)? # "10", "3rd", "10.", "10hb", "H-3",
    |«XIFERP»)                                   # or a prefix word
  (?![\w'\u2019])                                # that starts a word
){0,4}+
"""

# The grammar, run with ``match`` at a candidate word start: one alternative
# per mention shape, each a named group ``K_*`` so that ``lastgroup`` says which
# resolver applies. The prefilter's anchor word decides which alternatives are
# tried (a weekday name only the weekday-led one, a year only the numeric ones).
# «NAME» slots are word tries; ``SP`` is a run of blanks with at most one line break.
_GRAMMAR_HEAD = r"""
(?:(?<![\w/])(?<!:(?![A-Z][a-z]++\.?,?[^\S\n]{1,2}+\d))(?<!\d[.,])  # a word start, not
                                                   # inside 3.2025, 3,2025 or 10:30; after a
                                                   # colon only a name and a day ("date:August
                                                   # 1, 1996", "Pekan 1:Sabtu, 23 Agustus")
                                                   # (a letter's comma may: "Kamis,19 Juni"),
  |(?<=[^\W_]/)(?=(?:1[5-9]|20)\d\d(?![\d/]|[-.]\d)) # maybe a regulation's year: "No 1/2013",
                                                   # "Nomor 602/KPTS/M/2025"
  |«MONTH_SLASH»)                                  # after a month and a slash: "Oct/Dec"
(?:(?<!\d[-\u2013])|(?<=(?:1[5-9]|20)\d\d[-\u2013]))  # not 12-2025, but 2014-2016
"""

_ALTERNATIVES = {
    "K_iso": r"""
  # --- ISO and year-first numeric dates ---------------------------------
  (?P<K_iso>
    (?P<iso_y>1[5-9]\d\d|20\d\d)(?P<iso_s>[-/.])   # 2025-   or 2025/
    (?P<iso_m>[01]?\d)(?P=iso_s)(?P<iso_d>[0-3]?\d) # 07-10   (same separator twice)
    (?!\d|[.,/:]\d)                              # not the start of a longer number or a time
  )
""",
    "K_num": r"""
  (?P<K_num>
    (?P<num_a>[0-3]?\d)(?P<num_s>[/.-])            # "10/"  (day or month, by language)
    (?P<num_b>[01]?\d)(?P=num_s)                   # "7/"
    (?P<num_y>1[5-9]\d\d|20\d\d|(?<=/)\d\d)(?!\d|[.,/:]\d) # "2025"; "/96" after slashes
  )
""",
    "K_qe": r"""
  # --- English-order quarters and halves --------------------------------
  (?P<K_qe>
    (?:(?P<qe_rel>«PRE»)SP«YEARUNIT»['\u2019]s SP      # "this year's" / "last year's"
      |(?P<qe_y>1[5-9]\d\d|20\d\d)(?:['\u2019]s)?SP  # or "1988 " / "1986's" before it
      |the SP(?P<qe_yago>year-(?:ago|earlier))SP)?  # "the year-ago third quarter"
    (?:fiscal[\s-]{1,3}+)?                          # "fiscal first quarter"
    (?P<qe_ord>«ORD»)[\s-]{1,3}+                    # "third" / "3rd"
    (?:fiscal[\s-]{1,3}+)?                          # "second fiscal quarter"
    (?P<qe_unit>«QWORD»)(?!\w)                      # "quarter" / "half"
    (?:SP(?:of SP)?(?:fiscal SP)?                   # "of 1989", "fourth quarter 1985",
       (?P<qe_y2>1[5-9]\d\d|20\d\d)(?!\d|[.,/]\d)  # "first half of fiscal 2005"
      |SP of SP(?:(?P<qe_rel2>«PRE»)|(?P<qe_the>the))SP«YEARUNIT»(?![\w'\u2019-]))? # "of
                                                    # last year", "of the year"
   |(?:the SP)?                                     # "the" (else "the last quarter" wins)
    (?:(?P<qe_last>last|final)SP(?P<qe_lunit>«QWORD») # "last half", "final quarter", or
      |(?P<qe_two>first|last)SP two SP quarters)    # "first two quarters": a half
    SP of SP(?P<qe_y3>1[5-9]\d\d|20\d\d)(?!\d)    # always "of 1989": a year's own part
   |(?P<qe_y4>1[5-9]\d\d|20\d\d)SP                # or before it: "the 1985 final
    (?P<qe_last2>last|final)SP(?P<qe_lunit2>«QWORD»)(?!\w) # quarter", "1986 LAST QUARTER"
  )
""",
    "K_qi": r"""
  # --- Indonesian/Malay-order quarters: "kuartal III 2025" ----------------
  (?P<K_qi>
    (?P<qi_unit>«QWORD»)SP                          # "kuartal" / "triwulan" / "semester"
    (?P<qi_ord>«ORD»)(?!\w)                         # "III" / "ketiga" / "2"
    (?:(?:SP«YEARUNIT»)?                            # optional "tahun"
       (?:[\s/-]{1,3}+(?P<qi_y>1[5-9]\d\d|20\d\d)(?!\d) # "2025" / "/2025"
         |SP(?P<qi_post>«POST»)(?!\w))              # "ini" / "lalu"
      |SP(?P<qi_the>«YEARUNIT»)(?![\w-])           # or "tahun" alone: this year's (not
       (?!SP(?:ajaran|akademik|pelajaran|kuliah)(?!\w)))?  # a school year's term)
  )
""",
    "K_qq": r"""
  (?P<K_qq>(?P<qq_k>Q|ST|H(?=[12]))(?P<qq>[1-4])[\s/-]?+(?P<qq_y>(?:19|20)\d\d)(?!\d)) # "Q3
                                                  # 2025", "ST4 2024", "H1 1996"
""",
    "K_qlatest": r"""
  (?P<K_qlatest>«LATESTQ»(?!\w|-to-|[-\s]?finals?(?!\w))) # "the latest quarter": last
                                                  # completed one (not "the quarter-to-quarter
                                                  # comparison", "the quarter-finals")
""",
    "K_qyago": r"""
  (?P<K_qyago>«YAGOQ»(?!\w))                      # "the year-ago quarter"
""",
    "K_fixed": r"""
  # --- fixed days: "kemarin", "yesterday", "lusa" -----------------------
  (?P<K_fixed>
    (?P<fixed>«FIXED»)(?!\w)                       # the word
    (?:SP(?P<f_pod>«POD»)(?!\w))?                  # "kemarin sore"
    (?:,?(?:SP)?+«PAREN_F»)?                       # "kemarin (19/11)": the press form's date
  )
""",
    "K_ana": r"""
  # --- anaphoric: "the following year", "bulan sebelumnya", "keesokan harinya" -
  (?P<K_ana>
    (?P<a_pre>«ANAPRE»)SP(?P<a_unit>«ANAUNIT»)(?![\w-])   # "the previous month"
   |(?P<a_the>the SP)?                              # "the year before"
    (?<!\w-)(?P<a_unit2>«ANAUNIT2»)SP(?P<a_post>«ANAPOST»)(?!\w) # "tahun sebelumnya",
                                                    # not "tahun-tahun sebelumnya"
   |(?P<a_day>«ANADAY»)(?!\w)                             # "keesokan harinya"
  )
""",
    "K_unit": r"""
  # --- unit relatives: "pekan lalu", "last week", "earlier this year" ------
  (?P<K_unit>
    (?:(?P<u_edge>«EDGE»)(?:SP|-))?                # "awal" / "earlier" / "the end of"
    (?:(?P<u_pre>«PRE»)SP(?:(?:fiscal|financial)SP)?(?P<u_unit>«UNIT»)(?!\w)  # "last
                                                   # (fiscal) year", "this financial year"
       (?!SP and SP a SP half(?!\w)|SP or SP two(?!\w))  # not "the next month and a
                                                   # half", "the last week or two"
      |(?<!\bulang[ ])(?P<u_unit2>«UNIT»)SP(?P<u_post>«POST»)(?!\w) # "pekan lalu" / "bulan
                                                   # depan" (not "ulang tahun ini": this
                                                   # anniversary)
      |(?P<u_bare>«WEEKEND»)(?!\w))                # "the weekend" / "akhir pekan"
  )
""",
    "K_count": r"""
  # --- counted relatives: "dua hari lalu", "two weeks ago", "setahun lalu" -
  (?P<K_count>
    (?:(?P<n_num>\d{1,3}|«NUM»)SP(?P<n_unit>«UNIT»)   # "dua hari" / "two weeks"
      |(?P<n_one>«ONEUNIT»))                       # "sepekan"
    SP(?P<n_dir>«AGO»|«LATER»|«ANACOUNT»)(?!\w)    # "lalu" / "ago" / "lagi" / "later"
  )
""",
    "K_wd": r"""
  # --- weekday-led: "Kamis (10/7)", "Jumat, 13 Juni 2025", "last Tuesday" --
  (?P<K_wd>
    (?:(?P<w_pre>«PRE»)SP)?                        # "last" / "next" / "this"
    (?P<w_name>«WD_ANY»)(?!\w)                     # the weekday (full or short form)
    (?:[-\u2013](?P<w_name2>«WD_ANY»)(?!\w)        # "Sabtu-Minggu (12-13/7)": a range's
       (?=(?:SP)?+\(\d{1,2}[-\u2013]\d{1,2}/))?     # last day, before its dates only
    (?:\.(?=,?SP?\(|,?SP\d))?                      # "Thu." only before a date
    (?:(?:SP(?:«FIXED»|«POST»)(?!\w))?             # "Selasa besok (24/6)", "Sabtu lalu (7/6)"
       (?:SP(?P<w_pod0>«POD»)(?!\w))?              # "malam" of "Sabtu malam (12/7)"
       ,?(?:SP)?+«PAREN_W»                          # "(10/7)": the Indonesian press form
      |(?:SP(?P<w_pod1>«POD»)(?=,))?               # "malam" of "Kamis malam, 22 Mei 2025"
       (?:,?SP|,(?=\d)|(?:SP)?+(?P<w_op>\()[^\S\n]{0,2}+)  # ", " or " (" (Bernama: "Isnin
                                                   # (7 Julai)"), or a comma glued: "Kamis,19"
        (?:«TGL»\.?SP)?                            # "Senin, tanggal 23 Juni 2025"
        (?P<w_dd>[0-3]?\d)(?:st|nd|rd|th)?\.?       # "13" / "13th"
        (?:SP(?:de|of))?SP(?P<w_dm>«MON_ANY»)(?!\w)\.? # " Juni" / " of June"
        (?:,?SP(?:de SP)?(?P<w_dy>1[5-9]\d\d|20\d\d)(?!\d))? # " 2025"
        (?(w_op)[^\S\n]{0,2}+\))                     # ... and its ")"
      |(?:SP(?P<w_pod2>«POD»)(?=,))?               # "night" of "Thursday night, Nov. 3"
       (?:,?SP|(?:SP)?+(?P<w_oq>\()[^\S\n]{0,2}+)  # ", " or " (": "Monday (July 7)"
        (?P<w_mm>«MON_ANY»)(?!\w)\.?SP              # "July "
        (?P<w_md>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,:]\d) # "10"
        (?:,?SP(?P<w_my>1[5-9]\d\d|20\d\d)(?!\d))? # ", 2025"
        (?(w_oq)[^\S\n]{0,2}+\))                     # ... and its ")"
      |,?SP(?P<w_n1>\d{1,2})(?P<w_ns>[/.-])        # ", 10/"
        (?P<w_n2>\d{1,2})(?P=w_ns)(?P<w_n3>\d{4})(?!\d) # "7/2025"
    )?
    (?:SP(?P<w_wunit>«WEEKUNIT»)SP(?P<w_wpost>«POST»)(?!\w) # "pekan lalu" after the day
      |SP(?:of SP)?(?P<w_wpre>«PRE»)SP«WEEKUNIT»(?![\w'\u2019-]) # "Tuesday (of) last week"
      |SP(?P<w_post>«POST»)(?!\w)(?!(?:SP)?+\(\d))?  # "lalu" / "depan" / "ini" (not
                                                   # "Kamis besok (19/6)": the date decides)
    (?:SP(?P<w_pod>«POD»)(?!\w))?                  # "pagi" / "night"
  )
""",
    "K_dm": r"""
  # --- day-first dates: "10 Juli 2025", "13 Jan", "1 LUG", "10 de julio" ---
  (?P<K_dm>
    (?:(?P<dm_d0>[0-3]?\d)[-\u2013](?=[0-3]?\d(?!\d)))? # "21-" of a range "21-22 Juni 2025"
    (?P<dm_d>[0-3]?\d)(?:st|nd|rd|th|\.|[^\S\n]?hb\.?)? # the day (the range's last);
                                                   # Malay "10hb"
    (?:SP(?:de|of)SP|SP|-)                         # separator
    (?P<dm_m>«MON_ANY»)(?!\w)\.?                   # the month
    (?:(?:,?SP(?:de SP|«YEARUNIT»SP)?|-)(?P<dm_y>1[5-9]\d\d|20\d\d)(?!\d|[.,]\d) # the year
      |«GOON»SP(?:«YEARUNIT»SP(?P<dm_ypost>«POST»)  # or "tahun lalu"
         |(?P<dm_ypre>«PRE»)SP«YEARUNIT»            # "last year"
         |(?P<dm_post>«POST»))(?!\w))?              # "lalu" / "mendatang"
    (?:SP(?P<dm_pod>«POD»)(?!\w))?                 # "pagi"
  )
""",
    "K_month": r"""
  # --- month-led: "March 3, 1987", "Juli 2025", "last April", "Juni lalu" --
  (?P<K_month>
    (?:(?P<m_pre>«PRE»|«EDGE»)(?:SP|-))?           # "last" / "early" / "mid-"
    (?P<m_m>«MON_ANY»)(?!\w)\.?                    # the month
    (?:(?:SP|(?<=\.)|-)                             # " 3", "Sept.12", Xinhua's "August-17"
       (?P<m_d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,:]\d)
         (?:[-\u2013](?P<m_d2>[0-3]?\d)(?![\d:.]))? # "-22" of a range "June 21-22, 2025"
         (?:(?:,?|SP of)SP(?P<m_y>1[5-9]\d\d|20\d\d)(?!\d))? # ", 1987", " of 2007"
      |(?:(?<!\.)|(?=SP(?-i:[a-z\d])))               # (no new sentence: "Juni. Tahun 2023")
       ,?SP(?:«YEARUNIT»SP|of SP)?(?P<m_y2>1[5-9]\d\d|20\d\d)(?!\d|[.,]\d) # " 2025", " tahun
                                                   # 2023", " of 1986"
      |SP(?P<m_ysp>«SPELLED»)                        # " nineteen ninety-seven"
      |SP(?P<m_dw>«DAYWORD»)(?![\w-])               # " one": Reuters' "Payable May one"
         (?:,?SP(?P<m_dwy>1[5-9]\d\d|20\d\d)(?!\d))? # ", 1986"
         (?=[^\S\n]*+(?:[,.;:)\]/]|\n|\Z)         # and no count ("March two companies")
           |SP(?:to|for|instead|and|or|at|in|on|with|from|the|through|until|when|unless
              |if|but|after|before)(?!\w)))?
    (?:«GOON»SP                                     # then a modifier:
       (?:«YEARUNIT»SP(?P<m_ypost>«POST»)           # " tahun lalu"
         |(?:of SP)?(?P<m_ypre>«PRE»)SP«YEARUNIT»   # " last year", " of last year"
         |(?P<m_post>«POST»))(?!\w))?               # " lalu" / " mendatang"
  )
""",
    "K_dec": r"""
  # --- decades: "1990s", "tahun 1990-an", "the nineties", "'80s" ----------
  (?P<K_dec>
    (?:(?P<dec_edge>«EDGE»)(?:SP|-))?              # "the late" / "mid-"
    (?:«YEARUNIT»SP(?P<dec3>[3-9]0)-?an(?!\w)      # "tahun 90-an" (never "usia 30-an")
      |(?<=(?<!\w)era[ ])(?P<dec4>[3-9]0)-?an(?!\w) # "era 80-an", "era 90an"
      |(?:«YEARUNIT»SP)?                           # "tahun"
       (?:(?P<dec>1[5-9]\d0|20\d0)(?:-?an|['\u2019]?s)    # "1990s" / "1990-an" / "1980an"
         |['\u2019](?P<dec2>\d0)s                         # "'80s"
         |the SP(?P<dec_w>«DECWORD»))(?!\w))       # "the nineties"
  )
""",
    "K_year": r"""
  # --- years: "2024", "tahun 2024", "early 1991" ---------------------------
  (?P<K_year>
    (?:(?P<y_edge>«EDGE»)(?:SP|-))?                # "awal" / "early"
    (?:(?P<y_word>«YEARUNIT»)SP)?                  # "tahun"
    (?P<year>1[5-9]\d\d|20\d\d)(?![.,:]\d)         # the year, not a longer number
    (?:(?!\w)                                      # nor a code ("2025A"), but scraped copy
      |(?=(?-i:[a-z]{2,}))(?!(?:an|th|cc|mah|mg|kg|km|ml|mm|rpm|kwh?|hp|ps|watt|meter|metre
         |gram|liter|litre|ton|dpi|[kmg]?hz|[kmgt]b|[km]bps|unit|ribu|juta
         |gmt|utc|wib|wita|wit|hrs|hours|local|[ecmp][sd]t|bst|cet|jst)(?![a-z])))
                                                   # glues a word on: "Piala Dunia 2025akan"
                                                   # (not "1500cc", "1990an", "2025th", a time
                                                   # "1900gmt")
  )
""",
    "K_theyear": r"""
  # --- the current year, named without a number: "for the year", "year-end" -
  (?P<K_theyear>
    (?:(?P<ty_edge>«EDGE»)SP)?                     # "the end of" / "earlier"
    (?:the SP(?:(?:full|fiscal|financial)SP)?«YEARUNIT»  # "the year" / "the full year"
        (?!['\u2019\w-]                           # not "the year's", "the year-ago"
          |SP(?:(?:before|after|earlier|ago|later|two|to|of SP the)(?!\w)|\d
               |of SP(?:1[5-9]|20)\d\d(?!\d|[.,]\d)))  # "the year before", "the year of 2006"
      |«YEARUNIT»(?:-|SP)end(?!\w)(?!SP(?:1[5-9]|20)\d\d) # "year-end" (not "year end 1986":
                                                    # its year is the mention)
      |«YEARUNIT»['\u2019]s SP end(?!\w))            # "year's end"
   |(?P<ty_edge2>«EDGE»)SP                         # "akhir" / "awal": an edge is needed
    (?:the SP(?P<ty_week>«WEEKUNIT»)                 # "the end of the week"
      |the SP(?P<ty_dec>«DECUNIT»)                   # "by the end of the decade"
      |(?:the SP)?(?P<ty_unit>«YEARUNIT»|«MONTHUNIT»)) # "tahun" / "bulan" bare, "the month"
    (?![\w-])
    (?!SP(?:\d|«POST»(?!\w)|«MON_ANY»(?!\w)      # not "akhir tahun 2025 / lalu / Juni"
      |(?:baru|sebelumnya|hijri|islam|ajaran|of)))  # "awal tahun baru" (New Year) ...
  )
""",
    "K_season": r"""
  # --- a season with "the": "the summer", "the winter of 1994" -------------
  (?P<K_season>
    (?:(?P<se_the>the)SP(?:(?P<se_edge>«EDGE»)(?:SP|-))?)? # "the" / "the early"
    (?P<se>«SEASON»)(?!\w|-\w)                      # "summer" (not "the fall-out")
    (?!SP«SEASONNOUN»(?!\w))                        # not "the winter wheat", "winter crops"
    (?!(?<=fall)(?<!in[ ]the[ ]fall)                 # not "the fall in coffee prices", "the
       SP(?:in|of|to|from|on|at|below|since)(?!\w)  # fall of the dollar" (but "ship in the
       (?!SP(?:1[5-9]\d\d|20\d\d|nineteen|eighteen|two)(?!\w))) # fall to ...", "the fall of 1994")
    (?:SP of SP(?:(?P<se_y>1[5-9]\d\d|20\d\d)(?!\d)  # "of 1994"
      |(?P<se_sp>«SPELLED»))                        # "of nineteen ninety-four"
      |SP(?P<se_y2>1[5-9]\d\d|20\d\d)(?!\d|[.,]\d))? # "spring 2025" (no "the" needed)
  )
""",
    "K_cent": r"""
  # --- centuries: "the 20th century", "abad ke-21" --------------------------
  (?P<K_cent>
    (?:the SP)?(?P<c_n>\d{1,2})(?:st|nd|rd|th)[\s-]{1,3}+«CENTURY»(?!\w)  # "the 20th century"
   |«CENTURY»SP(?:ke[\s-]?+)?(?P<c_n2>\d{1,2})(?!\d|[.,]\d)  # "abad ke-21" / "abad 21"
   |(?P<c_pre>«PRE»)SP«CENTURY»(?!\w)              # "this century", "last century"
   |«CENTURY»SP(?P<c_post>«POST»)(?!\w)             # "abad ini", "abad lalu"
  )
""",
    "K_spelled": r"""
  # --- years in words (broadcast transcripts): "nineteen ninety-six" --------
  (?P<K_spelled>
    (?:the SP«YEARUNIT»SP)?(?P<sp>«SPELLED»)        # "(the year) two thousand"
  )
""",
    "K_ref": r"""
  # --- REF words: "saat ini", "recently", "the future" -------------------
  (?P<K_ref>(?<!then-)«REFS»(?!\w)                  # (not "the then-current chief")
    (?!(?:(?<=(?<!\w)as\srecent)|(?<=(?<!\w)as\srecently))SP as(?!\w))  # "as recently as July": the
                                                   # date is July ("most recently as chair" stays)
    (?!(?<=kemudian[ ]hari)SP(?:ini|itu|«WD_ANY»)(?!\w))  # "kemudian hari ini": then today
    (?!(?<=of[ ]late)SP(?!the(?!\w))\w)               # "of late" ends its clause: not "the
                                                   # estate of late Resorts chairman",
                                                   # "of late February"
    (?!SP«UNIT»SP(?:and SP a SP half|or SP two)(?!\w)))  # "the past year and a half",
                                                   # "the past week or two": a span
""",
    "K_tgl": r"""
  # --- a day of the month alone: "tanggal 19" (not "tanggal 17 Agustus", "tanggal 13
  # Dzulhijjah", "tanggal 22 Besar 1958", "tanggal 9 hingga 15 Juni", "tanggal 23, 24,
  # dan 25 Mei", "tanggal 1/7": another month, a range or a list is written) -----
  (?P<K_tgl>
    «TGL»\.?SP(?P<tg_d>[0-3]?\d)(?![\d/.:,-]\d|\d|-\w|[^\W\d_])
    (?!(?:SP)?,(?:SP)?\d|(?:SP)?[-\u2013]|SP(?-i:[A-Z])
      |SP(?:«MON_ANY»|«HIJRI»|hingga|sampai|s\.?d|dan|atau)(?!\w))
  )
""",
    "K_hijri": r"""
  # --- a day of a Hijri month a feast pins: "13 Dzulhijjah 1446 H", "1 Muharram" ---
  (?P<K_hijri>
    (?P<hj_d>[12]?\d)SP(?P<hj_m>«HIJRI»)(?!\w)        # "13 Dzulhijjah" (days 1-29)
    (?:SP(?P<hj_y>1[34]\d\d)(?:SP)?(?:h|hijriah|hijriyah|hijri)?(?!\w) # "1446 H"
      |SP(?P<hj_gy>19\d\d|20\d\d)(?!\d|[.,]\d))?   # or the Gregorian year: "1 Muharam 2025"
  )
""",
    "K_hol": r"""
  # --- holidays: "Natal", "Christmas Eve", "Tahun Baru 2025", "Idul Adha 1446 H" ---
  # (ranked last: an anchor that may start every shape tries this block last)
  (?P<K_hol>
    (?:(?-i:H)(?P<hol_off>[-+\u2212]\d{1,2})SP)?      # "H-3 Lebaran": three days before it
    (?P<hol>«HOLIDAY»)(?!\w)                         # the holiday's name
    (?!SP(?:islam|hijri|imlek|china|cina|lunar|island|ajaran|ketupat|egg|bunny|rising))
    (?:,?SP(?:«YEARUNIT»SP)?(?P<hol_y>1[5-9]\d\d|20\d\d)(?!\d|[.,]\d) # "Natal 2024",
                                                    # "Idul Adha tahun 2024"
      | SP(?P<hol_h>1[34]\d\d)(?:SP)?(?:h|hijriah|hijriyah|hijri)(?!\w) # "Idul Fitri 1446 H"
      | SP(?P<hol_rel>«YEARUNIT»SP«POST»|«PRE»SP«YEARUNIT»)(?!\w) # "Idul Adha tahun lalu",
                                                    # "Christmas last year"
      | SP(?:yang[ ])?ke[\s-]?+(?P<hol_n>\d{1,3})(?!\d) # "HUT RI ke-80": an anniversary
    )?
  )
""",
}

# A list of weekdays before days off (Resolver._before_days_off): its words, the joins
# and fillers it may hold, and how far it is read.
_LIST_WORD_RE = re.compile(r"[^\W\d_]++|[,&]|\n")
_LIST_JOINERS = frozenset({",", "&", "dan", "atau", "serta", "and", "or", "hari", "on"})
_DAYS_OFF_REACH = 48
_LIST_OPENINGS = (",", " ,", "&", " &", " dan ", " and ", " or ", " atau ", " serta ")

# A year after a holiday and a preposition: "Christmas Eve in 2000", "Lebaran pada 2024".
_IN_YEAR_AFTER_RE = re.compile(
    r"[^\S\n]{1,3}+(?:in|of|pada)[^\S\n]{1,3}+(1[5-9]\d\d|20\d\d)(?!\w|[.,]\d)", re.IGNORECASE
)

# A movable feast in a year its calendar table does not hold.
_NO_CALENDAR = "reldate.no-calendar"
# Two years' feasts of a lunar calendar lie 353 days apart or more: a feast nearer than
# half that to the reference is the nearer of the two around it.
_HALF_LUNAR_YEAR = 176
# How near the coming holiday or month must be for "ahead of" / "menjelang" to choose it:
# "retail sales rose ahead of Christmas" said on 5 January is the Christmas just past
_AHEAD_DAYS = 120
# Punctuation that closes a phrase: a bare season word is a date before it only
# ("in spring,": Resolver._bare_season), and "current" before it is a noun ("a strong current.")
_CLOSING_PUNCTUATION = frozenset(".,;:!?)")

# Whitespace between words: blanks, at most one line break (hard-wrapped copy).
_SP = r"(?:[^\S\n]{1,8}+(?:\n[^\S\n]{0,8}+)?|\n[^\S\n]{0,8}+)"

# The Indonesian press form's date in parentheses: "(10/7)", "(10/7/2025)", "(7/7/25)",
# "( 11/12/2013 )", and a day range "(12-13/7)" whose last day is the date's. Its groups
# are named after the alternative that holds it ("w_pd", "f_pd").
_PAREN_DATE = r"""\([^\S\n]{0,2}+
    (?:\d{1,2}[-\u2013](?=\d{1,2}/))?             # "12-" of a range "(12-13/7)"
    (?P<{p}_pd>\d{1,2})/(?P<{p}_pm>\d{1,2})        # "10/7"
    (?:/(?P<{p}_py>\d{4}|\d{2}))?[^\S\n]{0,2}+\)  # optional "/2025" or "/25"
"""

# English years in words, as broadcast transcripts write them: "nineteen
# ninety-six", "eighteen twelve", "two thousand (and) one". Every word is a
# fixed alternative closed by a word end, so nothing can backtrack far.
_SPELLED_YEAR = r"""(?:
  (?:nineteen|eighteen)[\s-]{1,3}+                 # the century: "nineteen "
  (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)  # the tens: "ninety"
     (?:[\s-]{1,3}+(?:one|two|three|four|five|six|seven|eight|nine)(?!\w))?  # "-six"
    |ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen
    |hundred)                                     # "nineteen ten", "nineteen hundred"
 |two[\s-]{1,3}+thousand                          # "two thousand"
  (?:[\s-]{1,3}+(?:and[\s-]{1,3}+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)(?!\w))?
)(?!\w)"""

_SPELLED_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 0, "thousand": 0, "and": 0,
}  # fmt: skip


def _spelled_year(words: str) -> int:
    """The year a ``_SPELLED_YEAR`` match writes: "nineteen ninety-six" -> 1996.

    >>> _spelled_year("nineteen ninety-six"), _spelled_year("two thousand and one")
    (1996, 2001)
    """
    parts = words.lower().replace("-", " ").split()
    if parts[0] == "two":  # "two thousand ..."
        return 2000 + sum(_SPELLED_VALUES[w] for w in parts[2:])
    return _SPELLED_VALUES[parts[0]] * 100 + sum(_SPELLED_VALUES[w] for w in parts[1:])


# From a word start to the next one (words are split by blanks, "-", "/" ...).
NEXT_WORD_RE = re.compile(r"[\w'\u2019]*+[^\w'\u2019]*+")

# Words directly before a bare year that make it a non-date: money, numbers,
# pages, phone numbers, codes. Checked with ``str.endswith`` on the few
# characters before the year (a backward regex search would cost more than
# the whole scan).
NOT_YEAR_WORDS = (
    "rp", "rp.", "us$", "$", "€", "£", "¥", "idr", "usd", "rm",  # money
    "no", "no.", "nomor", "nr", "nr.", "hal", "hal.", "halaman", "page", "p.", "pp.",  # numbers
    "tel", "tel.", "telp", "telp.", "phone", "fax", "hp", "wa", "ext", "ext.",  # phones
    "kode", "code", "pasal", "article", "seri", "type", "model", "#", "+",  # codes
)  # fmt: skip
# Marks of a copyright line: a year on it (40 characters on) is no mention.
COPYRIGHT_MARKS = ("©", "(c)", "copyright", "hak cipta")


def _not_a_year_before(text: str, start: int) -> bool:
    """The words before a bare year at ``start`` make it a number, not a year."""
    line = text[max(0, start - 48) : start].lower()
    line = line[line.rfind("\n") + 1 :]
    if any(mark in line for mark in COPYRIGHT_MARKS):
        return True
    tail = line.rstrip()
    if not tail.endswith(NOT_YEAR_WORDS):
        return False
    for word in NOT_YEAR_WORDS:
        if tail.endswith(word):
            before = tail[: len(tail) - len(word)]
            if not word[:1].isalpha() or not before or not before[-1].isalnum():
                return True
    return False


# Before the year of a regulation's number ("Permen ESDM No 1/2013", "Perpres 14/2024",
# "POJK Nomor 42/2020"), searched back from the year: the year is a DATE, as in "UU No. 13
# Tahun 2003". Any other "<digits>/" before a year makes it no year.
@functools.cache  # compiled on first need: few texts write a year after "/"
def _regulation_before_re() -> re.Pattern[str]:
    return re.compile(
        r"""
        (?<![\w.])
        (?:no|nomor|nomer|uu|pp|perpres|perppu|perpu|permen\w{0,12}|perda|pergub|perwali?
          |perbup|inpres|keppres|kepres|kepmen\w{0,12}|pojk|seojk|pbi|perma|sema|perkap
          |perkapolri)
        \.?+:?+[^\S\n]{0,3}+(?:(?:no|nomor)\.?+:?+[^\S\n]{0,3}+)?
        (?:(?:[a-z]{1,4}+[-.]?+)?+\d{1,4}+(?:«SEG»)*+|(?:«SEG»)++) # "14", "602/KPTS/M",
                                                  # "34/PMK.04", "B-123/KB", "/KPTS/M"
        /\Z
        """.replace("«SEG»", r"/[a-z][a-z0-9.\-]{0,11}+(?:[^\S\n][0-9]{1,3}+)?"),
        re.IGNORECASE | re.VERBOSE,
    )


# Text after a bare year that makes it a count, not a year ("2025 orang").
NOT_YEAR_AFTER_RE = re.compile(
    r"""
    [^\S\n]{0,4}+                            # a few blanks at most (bounded: linear anywhere)
    (?:%|persen|percent|per\s{1,4}+cent|orang|warga|unit|buah|ton|kg|km|meter|hektare|ha\b
      |people|persons|units|tons|tonnes|barrels|shares|jiwa|kasus|cases|peserta|suara|votes
      |kursi|seats|m2|mw|kwh|dollars|rupiah|ringgit  # measure words
      |poin|points|pts|meters|metres|feet|miles|mil|liter|litre|liters|litres
      |ekor|pasang|lembar|batang|butir              # counted animals and things
      |gmt|utc|edt|est|cdt|cst|mdt|mst|pdt|pst|bst|cet|wib|wita|hrs|hours  # "2000 GMT": a time
      |local\s{1,4}+time)
    (?!\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Words of a story about quarterly results.
QUARTER_WORDS = ("quarter", "kuartal", "triwulan")

# How far either side of a quarter with no year the words of a game's play are looked for.
_GAME_REACH = 250

# A future cue moves a year-less date this many days past (or more) to next year.
_RECENT_DAYS = 31

# "the 1988 quarter", "the 1989 period": the same quarter of that year.
YEAR_PERIOD_RE = re.compile(
    r"""
    [^\S\n]{1,4}+(?:fiscal[^\S\n]{1,4}+)?         # blanks (and "fiscal")
    (?P<unit>quarter|period)(?![\w-])             # the period word
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Sentence boundaries, for the tense window around a bare weekday or month.
_SENTENCE_END = ".!?\n"


@attrs.frozen
class _Scanner:
    """The compiled patterns and lookup tables for one language set."""

    languages: tuple[str, ...]
    words: DateWords
    prefilter: re.Pattern[str]  # over the lower-cased text
    glued: bool  # an anchor word ends in a non-word character (hits may then touch)
    prefix_reversed: re.Pattern[str]  # over the reversed lower-cased text
    shapes: Mapping[str, frozenset[str]]  # anchor word or digit form -> its grammar's shapes
    # The shapes a word stands in by itself, where ``shapes`` adds every shape because
    # the word may also start a longer mention ("the past", "year"): see _scan.
    own_shapes: Mapping[str, frozenset[str]]
    alternatives: Mapping[str, str]  # shape -> its source, the word slots filled in
    future_cues: frozenset[str]  # "will", "akan", "due to"
    weekday_future_cues: frozenset[str]  # future_cues and those before a weekday only
    month_future_cues: frozenset[str]  # future_cues and a timetable's ("expires")
    until_words: frozenset[str]  # "until" Sunday: the coming one when no cue says
    past_cues: frozenset[str]  # "said", "kata", "telah"
    month_past_cues: frozenset[str]  # past_cues without the reporting verbs
    cue_pair_ends: frozenset[str]  # the second words of two-word cues: "to" of "due to"
    past_suffixes: tuple[str, ...]  # "ed": "stepped down in March" is past
    not_past: frozenset[str]  # "-ed" words that are no cue: "planned", "indeed"
    cause_cues: frozenset[str]  # "due to": no cue before a noun phrase
    noun_phrase_starts: frozenset[str]  # "the", "lower"
    noun_suffixes: tuple[str, ...]  # "s", "ing"
    not_noun_suffixes: tuple[str, ...]  # "ss"
    weekday: Mapping[str, int]
    month: Mapping[str, int]
    unit: Mapping[str, str]
    units_of_one: Mapping[str, str]
    number: Mapping[str, int]
    last: frozenset[str]
    next: frozenset[str]
    ago: frozenset[str]
    anaphoric: Mapping[str, int]  # "the previous" / "sebelumnya" -> -1
    anaphoric_count: Mapping[str, int]  # "later" / "kemudian" -> 1
    anaphoric_days: Mapping[str, int]  # "keesokan harinya" -> 1
    story_days: frozenset[str]  # "later in the day"
    holidays: Mapping[str, tuple[int, ...] | str]  # "natal" -> (12, 25), "paskah" -> "easter"
    hijri_months: Mapping[str, tuple[str, int]]  # "dzulhijjah" -> ("eid-al-adha", 10)
    edges: frozenset[str]  # "early", "the end of": they give no direction
    edges_late: frozenset[str]
    # "setiap" / "every", and the words that may stand between it and the day: "setiap
    # hari Senin" (one pattern, searched in the few characters before a mention)
    set_before: re.Pattern[str] | None
    # ... or after it, with a unit: "pada 1 Mei setiap tahun", "in April each year"
    set_after: re.Pattern[str] | None
    game_near: re.Pattern[str] | None  # a game's play, near a quarter: "touchdown", "scored"
    half_nouns_after: re.Pattern[str] | None  # a word of accounts after a half: "first-half net"
    # the word right before the weekday in a name written with it: "on" of "mail on sunday"
    name_joiners: frozenset[str]
    # RelativeWords' lists as sets: see there
    month_name_verbs: frozenset[str]
    date_prepositions: frozenset[str]
    reporting_verbs: frozenset[str]
    narrative_ago: frozenset[str]
    reported_clause_words: frozenset[str]
    clause_prepositions: frozenset[str]
    title_day_words: frozenset[str]
    weekday_eve_words: frozenset[str]
    ambiguous_season_before: frozenset[str]
    months_with_a_date_only: frozenset[str]
    holiday_goods_before: frozenset[str]
    holiday_goods_after: frozenset[str]
    ahead_before: re.Pattern[str] | None  # "ahead of the", "menjelang": up to a mention
    night_span_before: frozenset[str]
    night_span_after: frozenset[str]


def _norm(word: str) -> str:
    """Lower-case a matched word and collapse its inner blanks."""
    word = word.lower()
    if word.isalpha():
        return word
    return " ".join(word.replace("\u2019", "'").split())


def _words_of(phrases: Iterable[str]) -> set[str]:
    """Every single word of ``phrases`` ("the end of" -> the, end, of)."""
    return {w for p in phrases for w in re.split(r"[\s-]+", p.lower()) if w}


@functools.cache
def _scanner(languages: tuple[str, ...]) -> _Scanner:
    """Build (once per process and language set) the scanner for ``languages``."""
    words = merge_words(languages)
    rel = words.relative
    weekday = {**words.weekday_abbrevs, **words.weekdays}
    month = {**words.month_abbrevs, **words.months}
    week_units = [w for w, u in rel.units.items() if u == "W"]
    year_units = [w for w, u in rel.units.items() if u == "Y" and not w.endswith("s")]
    pre = (*rel.pre_last, *rel.pre_next, *rel.pre_this)
    post = (*rel.post_last, *rel.post_next, *rel.post_this)
    weekend = [w for w, u in rel.units.items() if u == "WE" and " " in w]
    if "weekend" in rel.units:
        weekend.append("the weekend")
    slots: dict[str, Iterable[str]] = {
        "PRE": pre,
        "POST": post,
        "UNIT": rel.units,
        "ONEUNIT": rel.one_units,
        "NUM": rel.numbers,
        "AGO": rel.ago,
        "LATER": rel.later,
        "ANAPRE": rel.anaphoric_pre,
        "ANAPOST": rel.anaphoric_post,
        "ANACOUNT": rel.anaphoric_count,
        "ANADAY": (*rel.anaphoric_days, *rel.story_days),
        "HOLIDAY": rel.holidays,
        "HIJRI": rel.hijri_months,
        "TGL": rel.day_of_month_words,
        "ANAUNIT": [w for w, u in rel.units.items() if u in _ANAPHORIC_UNITS and w[-1] != "s"],
        # not "minggu" ("Minggu itu" is that Sunday): "pekan itu" is the week
        "ANAUNIT2": [
            w
            for w, u in rel.units.items()
            if u in _ANAPHORIC_UNITS and w[-1] != "s" and w not in rel.ambiguous_lower
        ],
        "EDGE": rel.edges,
        "WD_ANY": weekday,
        "MON_ANY": month,
        "WEEKUNIT": week_units,
        "YEARUNIT": year_units,
        "DECUNIT": [w for w, u in rel.units.items() if u == "E" and not w.endswith("s")],
        "MONTHUNIT": [w for w, u in rel.units.items() if u == "M" and not w.endswith("s")],
        "POD": rel.parts_of_day,
        "FIXED": rel.fixed_days,
        "REFS": rel.refs,
        "ORD": rel.ordinals,
        "QWORD": rel.quarter_words,
        "LATESTQ": rel.latest_quarter,
        "YAGOQ": rel.year_ago_quarter,
        "WEEKEND": weekend,
        "DECWORD": rel.decade_words,
        "SEASON": [w for w, u in rel.units.items() if u in _SEASON_START],
        "CENTURY": rel.century_words,
    }
    # Anchors: the words a mention cannot do without, each with the mention
    # shapes it may stand in. Prefix words: whatever may stand before an anchor.
    prefix = _words_of(
        (*pre, *rel.edges, *rel.numbers, *rel.ordinals, *year_units, *rel.fixed_days,
         *rel.anaphoric_pre,
         *rel.refs, *rel.latest_quarter, *rel.year_ago_quarter, *weekend,
         "fiscal", "financial", "full", "final", "of", "de", "the", "quarters")
    )  # fmt: skip
    unitish = _UNIT_SHAPES
    shapes: dict[str, set[str]] = {}
    for group, kinds in (
        (weekday, ("K_wd",)),
        (month, ("K_dm", "K_month")),
        ((*rel.units, *rel.quarter_words, *rel.latest_quarter, *rel.year_ago_quarter,
          *weekend), unitish),
        (rel.one_units, ("K_count",)),
        (rel.fixed_days, ("K_fixed", "K_unit")),
        ((*rel.anaphoric_days, *rel.story_days), ("K_ana",)),
        (rel.holidays, ("K_hol",)),
        (rel.hijri_months, ("K_hijri",)),
        (rel.day_of_month_words, ("K_tgl",)),
        (rel.refs, ("K_ref",)),
        (rel.decade_words, ("K_dec",)),
        (rel.century_words, ("K_cent",)),
        (("nineteen", "eighteen") if rel.spelled_years else (), ("K_spelled",)),
    ):  # fmt: skip
        for word in group:
            shapes.setdefault(_norm(word), set()).update(kinds)
    # Holidays only where their own name is the anchor: "tahun 2024" never needs their
    # grammar compiled (the prefilter's hit for "Tahun Baru" is the whole name).
    every_shape = set(_ALTERNATIVES) - {"K_hol", "K_hijri"}
    own_shapes = {word: frozenset(kinds) for word, kinds in shapes.items()}
    # "current" (quarter), "the past" (week): a REF word or a start. A holiday's whole
    # name ("Minggu Paskah", "Tahun Baru") is the holiday, never a weekday or unit first.
    for word in shapes:
        if word.split()[0] in prefix and "K_hol" not in shapes[word]:
            shapes[word] = every_shape
    digit_forms = {
        "d_year": set(_YEAR_SHAPES),
        "d_dmy": {"K_num"},
        "d_decade": {"K_dec"},
        "d_decade_an": {"K_dec"},
        "d_q": {"K_qq"},
    }
    anchor_words = shapes.keys() - digit_forms.keys()
    shapes.update(digit_forms)
    shapes["d_year_20"] = digit_forms["d_year"]  # the prefilter's two branches of one form
    shapes["d_dmy_1"] = digit_forms["d_dmy"]
    shapes["d_mdy_2"] = shapes["d_mdy_1"] = digit_forms["d_dmy"]
    tries = {slot: _trie_alternation(values) for slot, values in slots.items()}  # once per slot
    # "lalu lintas" is traffic: "Jumat-Minggu (11-13/7) lalu lintas padat", "Pada Juni lalu
    # lintas ramai" end before it.
    tries["POST"] = f"(?:{tries['POST']})" + r"(?![^\S\n]{1,8}+lintas(?!\w))"
    tries["SPELLED"] = _SPELLED_YEAR if rel.spelled_years else "(?!)"
    # a day spelled as Reuters spells one to nine ("April three"); with the spelled years
    day_words = [w for w, n in rel.numbers.items() if 1 <= n <= 9 and len(w) > 2]
    tries["DAYWORD"] = _trie_alternation(day_words) if rel.spelled_years else "(?!)"
    tries["SEASONNOUN"] = _trie_alternation(rel.season_nouns) if rel.season_nouns else "(?!)"
    tries["PAREN_W"] = _PAREN_DATE.replace("{p}", "w")
    tries["PAREN_F"] = _PAREN_DATE.replace("{p}", "f")
    # the mention goes on past a month's full stop only in lower case: "Jan. last year",
    # not "18 Juni. Ini adalah ..." (a new sentence)
    tries["GOON"] = r"(?:(?<!\.)|(?=SP(?-i:[a-z])))"
    alternatives = {}
    for name, alternative in _ALTERNATIVES.items():
        for slot, trie in tries.items():
            alternative = alternative.replace(f"«{slot}»", trie)
        alternatives[name] = alternative.replace("SP", _SP)
    anchors = _trie_branches(anchor_words)
    prefilter = _PREFILTER.replace(
        "«ANCHOR»", "\n |".join(branch + r"(?!\w)" for branch in anchors) if anchors else "(?!)"
    )
    prefix_reversed = _PREFIX_REVERSED.replace("SP", _SP).replace(
        "«XIFERP»", _trie_alternation(w[::-1] for w in prefix)
    )
    late = {e for e in rel.edges if e in {"late", "later", "akhir", "penghujung", "hujung"}}
    return _Scanner(
        languages=languages,
        words=words,
        prefilter=re.compile(prefilter, re.VERBOSE),
        glued=any(re.match(r"\w", word[-1]) is None for word in anchor_words),
        prefix_reversed=re.compile(prefix_reversed, re.VERBOSE),
        shapes={word: frozenset(kinds) for word, kinds in shapes.items()},
        own_shapes={w: own for w, own in own_shapes.items() if own != shapes[w]},
        alternatives=alternatives,
        future_cues=frozenset(_norm(w) for w in rel.future_cues),
        weekday_future_cues=frozenset(
            _norm(w) for w in (*rel.future_cues, *rel.weekday_future_cues, *rel.timetable_cues)
        ),
        month_future_cues=frozenset(_norm(w) for w in (*rel.future_cues, *rel.timetable_cues)),
        until_words=frozenset(rel.until_words),
        past_cues=frozenset(_norm(w) for w in (*rel.past_cues, *rel.reporting_verbs)),
        month_past_cues=frozenset(_norm(w) for w in rel.past_cues),
        cue_pair_ends=frozenset(
            _norm(w).split()[1]
            for w in (
                *rel.future_cues,
                *rel.weekday_future_cues,
                *rel.timetable_cues,
                *rel.past_cues,
                *rel.reporting_verbs,
            )
            if len(_norm(w).split()) == 2
        ),
        past_suffixes=rel.past_suffixes,
        not_past=frozenset(rel.not_past),
        cause_cues=frozenset(rel.cause_cues),
        noun_phrase_starts=frozenset(rel.noun_phrase_starts),
        noun_suffixes=rel.noun_suffixes,
        not_noun_suffixes=rel.not_noun_suffixes,
        weekday=weekday,
        month=month,
        unit={_norm(k): v for k, v in rel.units.items()},
        units_of_one={_norm(k): v for k, v in rel.one_units.items()},
        number={_norm(k): v for k, v in rel.numbers.items()},
        last=frozenset(_norm(w) for w in (*rel.pre_last, *rel.post_last)),
        next=frozenset(_norm(w) for w in (*rel.pre_next, *rel.post_next, *rel.later)),
        ago=frozenset(_norm(w) for w in rel.ago),
        anaphoric={
            _norm(k): v for k, v in (*rel.anaphoric_pre.items(), *rel.anaphoric_post.items())
        },
        anaphoric_count={_norm(k): v for k, v in rel.anaphoric_count.items()},
        anaphoric_days={_norm(k): v for k, v in rel.anaphoric_days.items()},
        story_days=frozenset(_norm(w) for w in rel.story_days),
        holidays={_norm(k): v for k, v in rel.holidays.items()},
        hijri_months={_norm(k): v for k, v in rel.hijri_months.items()},
        edges=frozenset(_norm(e) for e in rel.edges),
        edges_late=frozenset(late),
        set_before=_set_pattern(rel.set_words),
        set_after=(
            re.compile(
                r"[^\S\n]{1,3}+(?:"
                + _trie_alternation(rel.set_words)
                + r")[^\S\n]{1,3}+(?:"
                + _trie_alternation(
                    w for w, u in rel.units.items() if u in ("Y", "M", "W") and " " not in w
                )
                + r")(?![\w-])",
                re.IGNORECASE,
            )
            if rel.set_words
            else None
        ),
        game_near=(
            re.compile(r"(?<!\w)(?:" + _trie_alternation(rel.game_words) + r")(?!\w)", re.I)
            if rel.game_words
            else None
        ),
        half_nouns_after=(
            re.compile(
                r"[^\S\n]?+-?+[^\S\n]?+(?:"
                + _trie_alternation(rel.half_year_nouns)
                + r")(?![\w-])",
                re.I,
            )
            if rel.half_year_nouns
            else None
        ),
        name_joiners=frozenset(
            n.split()[-2] for n in map(_norm, rel.weekday_name_before) if " " in n
        ),
        month_name_verbs=frozenset(rel.month_name_verbs),
        date_prepositions=frozenset(rel.date_prepositions),
        reporting_verbs=frozenset(_norm(w) for w in rel.reporting_verbs),
        narrative_ago=frozenset(rel.narrative_ago),
        reported_clause_words=frozenset(rel.reported_clause_words),
        clause_prepositions=frozenset(rel.clause_prepositions),
        title_day_words=frozenset(rel.title_day_words),
        weekday_eve_words=frozenset(rel.weekday_eve_words),
        ambiguous_season_before=frozenset(rel.ambiguous_season_before),
        months_with_a_date_only=frozenset(rel.months_with_a_date_only),
        holiday_goods_before=frozenset(rel.holiday_goods_before),
        holiday_goods_after=frozenset(rel.holiday_goods_after),
        ahead_before=(
            re.compile(r"(?<![\w-])(?:" + _trie_alternation(rel.ahead_cues) + r")\s{1,3}+\Z", re.I)
            if rel.ahead_cues
            else None
        ),
        night_span_before=frozenset(rel.night_span_before),
        night_span_after=frozenset(rel.night_span_after),
    )


def _set_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """What makes the mention after it recurring: "setiap Rabu", "tiap hari Minggu",
    "every Monday", "setiap tanggal 17 Agustus" (matched up to the mention's start)."""
    if not words:
        return None
    return re.compile(
        r"(?<![\w-])" + _trie_alternation(words)
        + r"(?:[^\S\n]{1,3}+(?:hari|tanggal|bulan|malam|pagi|siang|sore))?[^\S\n]{1,3}+\Z",
        re.IGNORECASE,
    )  # fmt: skip


# Between a recurring day and the next one of its list: "setiap Senin dan Kamis",
# "setiap Selasa, Kamis, dan Sabtu", "tiap Sabtu Minggu".
_SET_LIST_RE = re.compile(
    r"(?:[^\S\n]*+(?:,|&|dan|serta|atau|and|or|hingga|sampai|to|through|-|\u2013)){0,2}+"
    r"[^\S\n]*+",
    re.IGNORECASE,
)
# What may recur: a day or month named without its year ("setiap Senin", "every July",
# "setiap 15 Juni", "tiap akhir pekan", "setiap Idul Adha"), never a counted or
# relative date ("dua dolar each yesterday", "setiap hari sepanjang 2024").
_RECURRING_RULES = frozenset(
    {"bare-weekday", "bare-weekday-past", "bare-weekday-future", "bare-weekday-written",
     "month-name", "year-closest", "year-next", "weekend", "holiday", "feast", "holiday-day",
     "day-of-month"}
)  # fmt: skip
# How far before a mention its set word may stand ("setiap tanggal " is 15 characters).
_SET_REACH = 24


# The shapes a unit word ("pekan", "year", "quarter") may stand in, and a year's.
_UNIT_SHAPES = ("K_qe", "K_qi", "K_qlatest", "K_qyago", "K_ana", "K_unit", "K_count", "K_fixed",
                "K_ref", "K_theyear", "K_season", "K_spelled")  # fmt: skip
# The units an anaphoric word counts in ("the following year"; not "the following decade").
_ANAPHORIC_UNITS = frozenset("DWMQY")
_YEAR_SHAPES = ("K_iso", "K_num", "K_qe", "K_dec", "K_year")
# Shape sets whose grammars most articles compile anyway. A set that is a union of
# some of them (every shape, for an anchor that may also start a longer mention:
# "tahun", "now", "the past") is matched as those grammars rather than compiled whole.
_BLOCKS = tuple(
    frozenset(block)
    for block in (_YEAR_SHAPES, _UNIT_SHAPES, ("K_wd",), ("K_dm", "K_month"), ("K_cent",),
                  ("K_qq",), ("K_hol",), ("K_hijri",), ("K_tgl",))
)  # fmt: skip
# A shape's rank in the grammar's alternation: the first that matches wins.
_SHAPE_RANK = {name: rank for rank, name in enumerate(_ALTERNATIVES)}


@functools.cache
def _grammars(
    languages: tuple[str, ...], shapes: frozenset[str]
) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The grammar of ``shapes`` as one compiled pattern, or as the grammars of the
    blocks it is a union of, each with its first shape's rank, in rank order.

    Matched in turn (:func:`_first_match`), the blocks give what the whole would:
    the whole returns the match of the first shape (in rank order) that matches,
    and the block holding that shape returns that same match, every other block
    a later one or none. So the first parse compiles no grammar of every shape
    next to the block grammars that hold the same alternatives.
    """
    blocks = [block for block in _BLOCKS if block <= shapes]
    if len(blocks) < 2 or frozenset().union(*blocks) != shapes:
        return ((0, _grammar(languages, shapes)),)
    ranked = sorted((min(_SHAPE_RANK[k] for k in block), block) for block in blocks)
    return tuple((rank, _grammar(languages, block)) for rank, block in ranked)


@functools.lru_cache(maxsize=512)
def _blocks_in_reach(
    languages: tuple[str, ...], shapes: frozenset[str], reach: frozenset[str]
) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The block grammars of ``shapes`` (see :func:`_grammars`) that hold a shape of ``reach``.

    A mention of a shape holds an anchor word of that shape, so a block none of
    whose shapes the anchors in reach stand in cannot match there.
    """
    blocks = [block for block in _BLOCKS if block <= shapes and block & reach]
    ranked = sorted((min(_SHAPE_RANK[k] for k in block), block) for block in blocks)
    return tuple((rank, _grammar(languages, block)) for rank, block in ranked)


def _anchor_shapes(
    scanner: _Scanner, hits: list[re.Match[str]], i: int, low: str, reversed_low: str
) -> frozenset[str]:
    """The shapes a mention that starts with the anchor ``hits[i]`` may be: those it
    and each later anchor stand in by themselves, while only prefix words (see
    ``_PREFIX_REVERSED``) lead from the later anchor back to it ("the past two weeks")."""
    own, shapes = scanner.own_shapes, scanner.shapes
    size = len(low)
    first = hits[i].start() + 1
    reach: frozenset[str] = frozenset()
    for j in range(i, len(hits)):  # (not islice: it would step over the first i hits)
        hit = hits[j]
        word_start = hit.start() + 1
        if word_start > first:
            back = scanner.prefix_reversed.match(reversed_low, size - word_start, size - first)
            if back is None or word_start - (back.end() - back.start()) > first:
                break
        word = hit.lastgroup or low[word_start : hit.end()]
        kinds = own.get(word) or shapes.get(word)
        if kinds is None:
            word = _norm(word)
            kinds = own.get(word) or shapes.get(word) or frozenset()
        reach |= kinds
    return reach


def _first_match(
    grammars: tuple[tuple[int, re.Pattern[str]], ...], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """The match of the first-ranked shape among ``grammars`` at ``pos`` (see :func:`_grammars`)."""
    best: re.Match[str] | None = None
    best_rank = len(_SHAPE_RANK)
    for first_rank, grammar in grammars:
        if first_rank >= best_rank:
            break  # this block's shapes, and every later block's, rank after the best
        m = grammar.match(text, pos, endpos)
        if m is not None:
            rank = _SHAPE_RANK[m.lastgroup or ""]
            if rank < best_rank:
                best, best_rank = m, rank
    return best


@functools.cache
def _grammar(languages: tuple[str, ...], shapes: frozenset[str]) -> re.Pattern[str]:
    """The grammar of the mention ``shapes`` an anchor may stand in (compiled on first need).

    An article needs only the few grammars its anchor words call for, and a
    grammar of every shape takes longer to compile than a whole article to parse.
    """
    alternatives = _scanner(languages).alternatives
    source = "|".join(alternatives[k] for k in _ALTERNATIVES if k in shapes)
    return re.compile(_grammar_head(languages) + "(?:" + source + ")", re.IGNORECASE | re.VERBOSE)


@functools.cache
def _grammar_head(languages: tuple[str, ...]) -> str:
    """``_GRAMMAR_HEAD`` with the language set's month words before a slash: a month
    word ("January/November 1986", "Mar/Apr"), no other word ("(jbr/mei)": a desk's
    initials); one lookbehind per length, each of fixed width."""
    words = _scanner(languages).words
    by_length: dict[int, list[str]] = {}
    for word in sorted({*words.months, *words.month_abbrevs}):
        if word.isalpha():
            by_length.setdefault(len(word), []).append(re.escape(word))
    after_month = "|".join(
        f"(?<=(?<![\\w/])(?:{'|'.join(group)})/)" for _, group in sorted(by_length.items())
    )
    return _GRAMMAR_HEAD.replace("«MONTH_SLASH»", after_month or "(?!)")


def scanner_languages(language: str | None) -> tuple[str, ...]:
    """The language set scanned for a language hint.

    >>> scanner_languages(None), scanner_languages("id-ID"), scanner_languages("de")
    (('id', 'ms', 'en'), ('id',), ('de',))
    """
    if not language:
        return _DEFAULT_LANGUAGES
    code = language.lower().replace("_", "-").split("-")[0]
    if code == "in":  # the old ISO code for Indonesian
        code = "id"
    if code in _HAND_LANGUAGES or code in locale_codes():
        return (code,)
    return _DEFAULT_LANGUAGES


# A day and a month word in any locale ("1 LUG", "21 mar", "10. Juli 2025",
# "21 de marzo") or a month word and a day ("October 11", "Sept. 2"). The word
# slot is generic: it is looked up in every locale's month names afterwards
# (:func:`wirekit.lang.any_locale_months`), so no pattern lists the names.
LOCALE_DAY_MONTH_RE = re.compile(
    r"""
    (?<![\w/:])(?<!\d[.,])                          # a word start, not inside a number
    (?<!\d[-\u2013])                                 # nor a score's ("PSV 4-1 WIN")
    (?:
      (?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?+             # the day: "1", "21st", "10."
      (?:[^\S\n]{1,4}+(?:(?:de|of)[^\S\n]{1,4}+)?|-)   # blanks (and "de"/"of"), or "-"
      (?P<m>[^\W\d_]{3,20}+)(?!\w)                    # a month word: "LUG", "marzo"
      (?:(?P<dot>\.)?+,?[^\S\n]{1,4}+(?:de[^\S\n]{1,4}+)?  # ", " or " de "
         (?P<y>1[5-9]\d\d|20\d\d)(?!\d))?              # the year: "2025"
     |(?P<m2>[^\W\d_]{3,20}+)(?!\w)\.?+[^\S\n]{1,4}+   # a month word first: "Sept. "
      (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?+(?!\d|[.,:]\d)  # the day: "2", "11th"
      (?:,?[^\S\n]{1,4}+(?P<y2>1[5-9]\d\d|20\d\d)(?!\d))? # ", 2025"
    )
    """,
    re.VERBOSE,
)


def _find_any_locale(
    text: str, start: int, end: int, languages: tuple[str, ...], reference: dt.date | None
) -> Iterable[tuple[Span, _Value]]:
    """Day + month mentions whose month word any dateparser locale names (see above).

    A candidate whose word names no month is skipped one word on, so the
    next word start is tried too ("Hari 11 Juli": not "Hari 11", then "11 Juli").
    """
    months = any_locale_months(languages)
    pos = start
    while pos < end:
        m = LOCALE_DAY_MONTH_RE.search(text, pos, end)
        if m is None:
            return
        word = m.group("m") or m.group("m2")
        month = months.get(word.lower())
        if month is None:
            step = NEXT_WORD_RE.match(text, m.start(), end)
            pos = step.end() if step is not None and step.end() > m.start() else m.start() + 1
            continue
        if m.group("m"):
            day, year = int(m.group("d")), m.group("y")
            stop = m.end() if year else m.end("m")  # "1 LUG." ends a sentence
        else:
            day, year, stop = int(m.group("d2")), m.group("y2"), m.end()
        pos = m.end()
        if year:
            date = _make_date(int(year), month, day)
            if date is not None:
                yield Span(m.start(), stop), _day(date, "absolute", relative=False)
        elif _make_date(2000, month, day) is not None:
            if reference is None:
                partial = f"XXXX-{month:02d}-{day:02d}"
                yield Span(m.start(), stop), _unresolved(Granularity.DAY, "year-closest", partial)
            else:
                date = resolve_year_closest(reference, month, day)
                yield Span(m.start(), stop), _day(date, "year-closest")


# ---------------------------------------------------------------------------
# Calendar helpers (pure)
# ---------------------------------------------------------------------------


def _make_month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` (1-12) of ``year``."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_year_closest(reference: dt.date, month: int, day: int) -> dt.date | None:
    """The date of ``day``/``month`` nearest ``reference``, preferring its year.

    The neighbouring year wins only when it lies within 62 days of the
    reference and closer than the same-year date (year wrap around New Year).

    >>> resolve_year_closest(dt.date(2026, 1, 2), 12, 31)
    datetime.date(2025, 12, 31)
    >>> resolve_year_closest(dt.date(1989, 10, 31), 1, 31)
    datetime.date(1989, 1, 31)
    >>> resolve_year_closest(dt.date(2025, 3, 1), 2, 30) is None
    True
    """
    same = _make_date(reference.year, month, day)
    best = same
    for year in (reference.year - 1, reference.year + 1):
        other = _make_date(year, month, day)
        if other is None:
            continue
        gap = abs((other - reference).days)
        if best is None or (gap <= 62 and gap < abs((best - reference).days)):
            best = other
    return best


def _week_value(day: dt.date, suffix: str = "") -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}{suffix}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _quarter_of(year: int, month: int, shift: int = 0) -> str:
    index = year * 4 + (month - 1) // 3 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PLURAL_REF = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------


class _Value(NamedTuple):
    """A resolved (or unresolvable) value before it becomes a DateMention.

    A named tuple, not an attrs record: one is made per match on the hot path.
    """

    value: str | None
    granularity: Granularity | None
    rule: str
    date: dt.date | None = None
    relative: bool = False  # needed the reference
    problem: str | None = None  # a diagnostic code to report
    base: dt.date | None = None  # an anaphoric value's earlier day (its Anchor.reference)
    # what the text alone says when the value needs a reference there is not: "XXXX-08-29"
    partial: str | None = None


def _day(day: dt.date | None, rule: str, relative: bool = True) -> _Value:
    if day is None:
        return _Value(
            None, Granularity.DAY, rule, relative=relative, problem="reldate.invalid-date"
        )
    return _Value(day.isoformat(), Granularity.DAY, rule, day, relative)


def _unresolved(granularity: Granularity, rule: str, partial: str | None = None) -> _Value:
    return _Value(
        None, granularity, rule, relative=True, problem="reldate.unresolved", partial=partial
    )


def _direction(scanner: _Scanner, word: str | None) -> int:
    """-1 for "lalu"/"last", +1 for "depan"/"next", 0 for "ini"/"this" (or None)."""
    if not word:
        return 0
    w = _norm(word)
    if w in scanner.last:
        return -1
    if w in scanner.next:
        return 1
    return 0


# The values an anaphor may count from: calendar units with a year, not REF words.
_ANCHORING = frozenset(
    {Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR}
)
_FINE_ENOUGH = {
    "D": (Granularity.DAY,),
    "W": (Granularity.DAY, Granularity.WEEK),
    "M": (Granularity.DAY, Granularity.MONTH),
    "Q": (Granularity.DAY, Granularity.MONTH, Granularity.QUARTER),
    "Y": tuple(_ANCHORING),
}
_QUARTERS = frozenset({"Q1", "Q2", "Q3", "Q4"})
_position = operator.itemgetter(0)
_WEEK_VALUE_RE = re.compile(r"(\d{4})-W(\d\d)")


def _shifted(last: _Value, unit: str, shift: int, rule: str) -> _Value | None:
    """The value ``shift`` ``unit``s from ``last``, or None when ``last`` is coarser
    than ``unit`` (a day cannot be counted from a month)."""
    value = last.value or ""
    day = last.date
    if day is None and last.granularity is Granularity.WEEK and unit in {"D", "W"}:
        week = _WEEK_VALUE_RE.match(value)
        if week is None or unit == "D":
            return None
        day = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
    if unit == "D":
        if day is None:
            return None
        return _Value(
            (day + dt.timedelta(days=shift)).isoformat(), Granularity.DAY, rule,
            day + dt.timedelta(days=shift), base=last.date,
        )  # fmt: skip
    if unit == "W":
        if day is None:
            return None
        moved = day + dt.timedelta(weeks=shift)
        return _Value(_week_value(moved), Granularity.WEEK, rule, base=last.date)
    if not value[:4].isdigit():
        return None
    year = int(value[:4])
    if unit == "Y":
        return _Value(f"{year + shift:04d}", Granularity.YEAR, rule, base=last.date)
    if day is not None:
        month = day.month
    elif last.granularity is Granularity.MONTH:
        month = int(value[5:7])
    elif last.granularity is Granularity.QUARTER and unit == "Q" and value[5:7] in _QUARTERS:
        month = int(value[6]) * 3  # "1989-Q3" (not a half, "2025-H2")
    else:
        return None
    if unit == "Q":
        return _Value(_quarter_of(year, month, shift), Granularity.QUARTER, rule, base=last.date)
    moved_year, moved_month = _shift_month(dt.date(year, month, 1), shift)
    return _Value(f"{moved_year:04d}-{moved_month:02d}", Granularity.MONTH, rule, base=last.date)


def _unit_value(unit: str, shift: int, ref: dt.date, rule: str) -> _Value:
    """The value of the calendar ``unit`` that is ``shift`` units from ``ref``."""
    if unit == "D":
        return _day(ref + dt.timedelta(days=shift), rule)
    if unit in {"W", "WE"}:
        day = ref + dt.timedelta(weeks=shift)
        suffix = "-WE" if unit == "WE" else ""
        return _Value(_week_value(day, suffix), Granularity.WEEK, rule, relative=True)
    if unit == "M":
        year, month = _shift_month(ref, shift)
        return _Value(f"{year:04d}-{month:02d}", Granularity.MONTH, rule, relative=True)
    if unit == "Q":
        return _Value(
            _quarter_of(ref.year, ref.month, shift), Granularity.QUARTER, rule, None, True
        )
    if unit == "Y":
        return _Value(f"{ref.year + shift:04d}", Granularity.YEAR, rule, relative=True)
    if unit == "E":
        return _Value(f"{ref.year // 10 + shift:03d}X", Granularity.DECADE, rule, relative=True)
    start = _SEASON_START[unit]
    year = ref.year
    if shift < 0:
        year = ref.year if start + 3 <= ref.month else ref.year - 1
    elif shift > 0:
        year = ref.year if start > ref.month else ref.year + 1
    return _Value(f"{year:04d}-{unit}", Granularity.SEASON, rule, relative=True)


# Punctuation stripped from a word before it is looked up as a tense cue.
_CUE_STRIP = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"


# A past participle after these is passive ("will be paid in January"), not a past cue.
_PASSIVE_BEFORE = frozenset({"be", "been", "being", "is", "are", "am", "get", "gets"})
# A participle after these is passive, a state or an adjective, not a past
# verb: "will be completed", "is closed", "on a still unspecified date".
_NOT_VERB_BEFORE = _PASSIVE_BEFORE | {
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "still", "not", "of", "for", "in", "on", "at", "with", "by", "from", "to",
}  # fmt: skip
# Going back, a regular past form beyond one of these belongs to another
# clause: "all joined in urging him, whose term expires in September".
_CLAUSE_WORDS = frozenset(
    {"who", "whose", "which", "that", "where", "when", "while", "but", "although", "because",
     "if", "whether"}
)  # fmt: skip
# A regular past form counts among the nearest words only (its own clause):
# "traders placed orders in the morning to start trading for November" is not
# a past November.
_SUFFIX_CUE_WORDS = 10


def _nearest_cue(
    scanner: _Scanner,
    words: list[str],
    backwards: bool = True,
    suffix_cues: bool = True,
    future_ok: bool = True,
    weekday: bool = False,
    month: bool = False,
) -> int:
    """+1 / -1 for the first future / past cue in ``words`` (nearest first), 0 for none.

    ``backwards``: ``words`` runs from the mention back (the text before it);
    else forwards (the clause after it). With ``suffix_cues``, a regular past
    form ("stepped", "received") is a past cue unless no word of the window
    stands before it (a hard-wrapped "will be / completed"), an auxiliary does ("will be
    completed", "a still unspecified date"), it starts with "un", it is listed
    as none ("planned", "indeed") or more than ten words stand between.
    Without ``future_ok``, only past cues are looked for; with ``weekday``, the
    future cues before a weekday only count too ("due"); with ``month``, reporting
    verbs do not ("MTS said the offer expires April 3").
    """
    if not future_ok:
        future: frozenset[str] = frozenset()
    else:
        if weekday:
            future = scanner.weekday_future_cues
        else:
            future = scanner.month_future_cues if month else scanner.future_cues
    past = scanner.month_past_cues if month else scanner.past_cues
    pair_ends = scanner.cue_pair_ends
    suffixes = scanner.past_suffixes if suffix_cues else ()
    last = len(words) - 1
    skip = -1  # the first word of a two-word cue read as a cause's preposition
    for i, raw in enumerate(words):
        if i == skip:
            continue
        word = raw.strip(_CUE_STRIP)
        if word in future or (future_ok and word.endswith("'ll")):
            return 1
        is_past = word in past
        by_suffix = (
            suffixes
            and i < _SUFFIX_CUE_WORDS
            and word.endswith(suffixes)
            and len(word) > 4
            and word.isalpha()
            and not word.startswith("un")  # "unchanged", "undisclosed": adjectives
            and word not in scanner.not_past
        )
        if not (is_past or by_suffix or word in pair_ends):
            if backwards and word in _CLAUSE_WORDS:
                suffixes = ()
            continue
        k = i + 1 if backwards else i - 1  # the word before this one in the text
        previous_raw = words[k] if 0 <= k <= last else ""
        previous = previous_raw.strip(_CUE_STRIP)
        if is_past and previous not in _PASSIVE_BEFORE:  # "will be paid": no cue
            return -1
        if (
            by_suffix
            and (previous or (not backwards and i == 0))  # right after the mention: its
            # verb ("Iran in February stopped ..."), not a wrapped "will be / completed"
            and previous not in _NOT_VERB_BEFORE
            # "refined, bleached": adjectives; but "the assembly, elected in January"
            and not (previous_raw.endswith(",") and previous.endswith(suffixes))
        ):
            return -1
        if previous and word in pair_ends:  # two-word cues: "due to"
            pair = previous + " " + word
            if pair in scanner.cause_cues:
                j = i - 1 if backwards else i + 1  # the word after the cue in the text
                if 0 <= j <= last and _noun_phrase_start(scanner, words[j].strip(_CUE_STRIP)):
                    skip = k  # "due to snowstorms in January": a cause, no cue
                    continue
            if pair in future:
                return 1
            if pair in past:
                return -1
    return 0


def _noun_phrase_start(scanner: _Scanner, word: str) -> bool:
    """Whether ``word`` opens a noun phrase, not a verb: "the", "lower", "snowstorms"."""
    return word in scanner.noun_phrase_starts or (
        len(word) > 3
        and word.isalpha()
        and word.endswith(scanner.noun_suffixes)
        and not word.endswith(scanner.not_noun_suffixes)
    )


# How far before "tanggal 19" a month name of its sentence makes the day that month's.
_DAY_OF_MONTH_REACH = 80

# A holiday named right before a day that restates it ("Thaipusam 2024 jatuh pada 25
# Januari"): how far its start may lie before the day, and how far the day may stand from
# the tables' (a country's date may differ by a day or two).
_HOLIDAY_RULES = frozenset({"holiday", "feast"})
_FEAST_DAY_REACH = 60
_FEAST_DAY_SLACK = 2
# A written year that "the year" right after it names: "2010, the year ...", "2007 be
# the year ...".
_YEAR_NAMED_RE = re.compile(  # (bounded runs: a search over blanks stays linear)
    r"[^\S\n]{0,3}+,[^\S\n]{0,3}+"
    r"|[^\S\n]{1,3}+(?:is|was|be|will[^\S\n]{1,3}+be|would[^\S\n]{1,3}+be)[^\S\n]{1,3}+",
    re.IGNORECASE,
)
_YEAR_NAMED_REACH = 16
# What stands between a relative day and the written day that restates it: "hari ini,
# Jumat (6/6/2025)", "yesterday (June 5)", "kemarin Kamis (5/6)".
_RESTATED_GAP = r"[^\S\n]{0,2}+[,(]?+[^\S\n]{0,2}+"
# ... and between a written day and a weekday that restates it: "27 Juni 2025, yang
# jatuh pada hari Jumat", "27 Juni (Jumat)", "14 Juli di hari Senin", "June 27, a Friday",
# "March 20, which is a Friday" (no other word: "since July 31 -- from ... Wednesday's").
_RESTATING_JOIN_RE = re.compile(
    _RESTATED_GAP
    + r"(?:(?:yang[^\S\n]++)?(?:juga[^\S\n]++)?(?:jatuh|bertepatan)[^\S\n]++(?:pada|dengan)"
    r"[^\S\n]++|(?:di|pada)[^\S\n]++|which[^\S\n]++(?:is|was)[^\S\n]++"
    r"|(?:falls|fell)[^\S\n]++on[^\S\n]++)?+"
    r"(?:hari[^\S\n]++|an?[^\S\n]++)?+",
    re.IGNORECASE,
)
_RESTATING_REACH = 48


# How far after a sentence-opening mention its clause is read for a cue: 25
# characters for any cue, 50 for a past form ("In January, American Medical
# brought in a new chief"); a future cue further on belongs to a reported
# clause ("OPEC, Rabu, memperkirakan permintaan minyak akan turun").
_AFTER_WINDOW_FUTURE = 25
_AFTER_WINDOW = 50
_OPENING_PHRASE_REST = 20  # how far after the mention its opening phrase's comma may stand


def _is_future(scanner: _Scanner, text: str, start: int, end: int) -> bool:
    """The tense cue nearest the mention is a future one (see :func:`_tense`)."""
    return _tense(scanner, text, start, end) > 0


# How far before a mention its tense cue is looked for (within its sentence); a bare
# weekday's reach is its language's (RelativeWords.weekday_cue_reach).
_CUE_REACH = 90


def _tense(
    scanner: _Scanner,
    text: str,
    start: int,
    end: int,
    weekday: bool = False,
    month: bool = False,
) -> int:
    """+1 when the tense cue nearest the mention is a future one, -1 past, 0 none.

    The cue is the nearest tense word ("will", "akan" for the future; "said",
    "kata", "telah" for the past) in the 90 characters before the mention,
    within its sentence; when there is none and the mention opens its sentence,
    the first one in the 25 characters after it (50 for a past form after a
    capitalised opening phrase: "In January, the firm brought in a new chief").
    No cue means past: news copy reports what happened.
    So "will open ports, the minister said on Thursday" is past ("said" is
    nearer), "a winner will be named on Wednesday" is future.
    """
    if weekday and _headline_infinitive(text, start):
        return 1  # "FRANCE TO SIGN DISNEYLAND CONTRACT ON TUESDAY": a headline's plan
    reach = scanner.words.relative.weekday_cue_reach if weekday else _CUE_REACH
    before = text[max(0, start - reach) : start]
    cut = _sentence_start(before, text[start : start + 1], decimals=weekday)
    opening = before[cut:].lstrip(" \t\"'\u201c\u2018(")
    words = opening.lower().split()
    if len(words) > 1 and cut == 0 and start >= reach:
        words = words[1:]  # the first word may be cut in half
    if _opens_reported_clause(scanner, words):  # "announcing that on Tuesday it would end ...":
        # the reported clause's own future decides before the reporting verb does
        reported = text[end : end + _AFTER_WINDOW_FUTURE].lower().split()
        if _nearest_cue(scanner, reported, backwards=False, suffix_cues=False, month=month) > 0:
            return 1
    found = _nearest_cue(scanner, words[::-1], weekday=weekday, month=month)
    if found == 0 and len(words) <= 2:  # "On Thursday, officials will ...": the clause after
        after = text[end : end + _AFTER_WINDOW]
        clause = after[: _sentence_end(after)]
        # the window opens after the opening phrase's comma when one closes it ("In his
        # Saturday speech, Abbas is expected to ...")
        comma = clause.find(",", 0, _OPENING_PHRASE_REST)
        skip = comma + 1 if comma >= 0 else 0
        near = clause[: skip + _AFTER_WINDOW_FUTURE].lower().split()
        # "-ed" only after a capitalised opening ("In January,"): not in "September
        # crude settled", nor after a hard-wrapped line break ("between\nApril")
        opened = bool(words) and opening[:1].isupper()
        found = _nearest_cue(
            scanner, near, backwards=False, suffix_cues=opened, weekday=weekday, month=month
        )
        if found == 0 and opened:  # further on, past forms only
            found = _nearest_cue(
                scanner, clause.lower().split(), backwards=False, future_ok=False, month=month
            )
    return found


def _headline_infinitive(text: str, start: int) -> bool:
    """Whether ``start`` stands on a headline in capitals after its infinitive "TO"
    ("FRANCE TO SIGN DISNEYLAND CONTRACT ON TUESDAY": wire headlines write plans so)."""
    # (every search is bounded: a text of one long line costs no more per weekday)
    reach = max(0, start - _HEADLINE_REACH)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return False  # a line longer than a headline
    head = text[line_start:start]
    if " TO " not in head:
        return False
    line_end = text.find("\n", start, start + _HEADLINE_REACH)
    if line_end < 0 and start + _HEADLINE_REACH < len(text):
        return False
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.isupper() and _HEADLINE_TO_RE.search(head) is not None


_HEADLINE_REACH = 120
_HEADLINE_TO_RE = re.compile(r"\S[ ]TO[ ][A-Z]{2,}+[ ]")  # "FRANCE TO SIGN ", not "UP TO 5"


def _opens_reported_clause(scanner: _Scanner, words: list[str]) -> bool:
    """Whether ``words`` (the sentence before a mention) end with a reported clause's
    opening (``RelativeWords.reported_clause_words``, maybe with one of its
    ``clause_prepositions``): "that", "that on", "bahwa pada"."""
    if words and words[-1] in scanner.clause_prepositions:
        words = words[:-1]
    return bool(words) and words[-1] in scanner.reported_clause_words


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised one-word day ("Today") ends a title inside a sentence: a
    capitalised word stands right before it on its line, and prose (a lower-case word, a
    comma, a full stop) right after it ("USA Today said", "India Today, Senin"); not a
    title-case headline ("Stocks Get a Breather Today\n", "Fed Today Cuts Rates")."""
    surface = text[start:end]
    if " " in surface or not surface[:1].isupper() or text[start - 1 : start] != " ":
        return False
    before = text[max(0, start - 24) : start - 1].rsplit(None, 1)
    word = before[-1] if before else ""
    if not (word[:1].isupper() and word.isalpha()):
        return False
    following = text[end : end + 2]
    return following[:1] in (",", ".") or (following[:1] == " " and following[1:].islower())


def _sentence_start(before: str, following: str = "", decimals: bool = False) -> int:
    """Where the last sentence of ``before`` starts; an initial ("P.") ends none, nor
    does a line break before a lower-case letter (a hard-wrapped line: "as\ndevised in
    December"); ``following`` is the character after ``before``. With ``decimals``, nor
    does a decimal point ("will rise 2.5 percent on Friday")."""
    end = len(before)
    while True:
        cut = max(  # the last of _SENTENCE_END
            before.rfind(".", 0, end),
            before.rfind("!", 0, end),
            before.rfind("?", 0, end),
            before.rfind("\n", 0, end),
        )
        if cut < 0:
            return 0
        if before[cut] == "\n":
            if not (before[cut + 1 : cut + 2] or following).islower():
                return cut + 1
        elif (
            decimals
            and before[cut] == "."
            and before[cut - 1 : cut].isdigit()
            and before[cut + 1 : cut + 2].isdigit()
        ):
            pass  # "2.5": a number, not a sentence end
        else:
            initial = before[cut] == "." and cut > 0 and before[cut - 1].isupper()
            if not (initial and (cut < 2 or not before[cut - 2].isalpha())):
                return cut + 1
        end = cut


def _sentence_end(after: str) -> int:
    """Where the sentence that ``after`` continues ends (its length if it goes on): at
    ".", "!", "?" or a line break that no lower-case letter follows."""
    ends = [i for i in (after.find(c) for c in ".!?") if i >= 0]
    line = after.find("\n")
    while line >= 0 and after[line + 1 : line + 2].islower():
        line = after.find("\n", line + 1)
    if line >= 0:
        ends.append(line)
    return min(ends, default=len(after))


def _sentence_initial(text: str, start: int) -> bool:
    """True when only blanks (or an opening quote) stand between ``start`` and
    the previous sentence end or line start."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == ":"


def _weekday_date(
    scanner: _Scanner,
    wd: int,
    ref: dt.date,
    pre: str | None,
    post: str | None,
    week_post: str | None,
    tense: int,
) -> _Value:
    """Resolve a weekday with its modifiers against ``ref``; ``tense`` is the tense
    cue's direction (+1 future, -1 past, 0 none)."""
    if week_post is not None:
        monday = ref - dt.timedelta(days=ref.weekday())
        week = monday + dt.timedelta(weeks=_direction(scanner, week_post))
        return _day(week + dt.timedelta(days=wd), "weekday+week")
    direction = _direction(scanner, pre) or _direction(scanner, post)
    modifier = pre or post
    if modifier and direction == 0:  # "this Friday" / "Jumat ini": the one in ref's week,
        this = ref - dt.timedelta(days=ref.weekday() - wd)  # or the coming one after a
        coming = scanner.words.relative.this_weekday_ahead  # Malay "Isnin ini": the next one
        if (tense > 0 or coming) and this < ref:  # future cue ("akan digelar Senin ini" on a
            this += dt.timedelta(days=7)  # Friday; a past cue moves nothing: "By this Friday,
        return _day(this, "weekday-this")  # sources estimated ... will have been loaded")
    if direction < 0:  # "Senin lalu" / "last Monday": strictly before
        back = (ref.weekday() - wd) % 7 or 7
        return _day(ref - dt.timedelta(days=back), "weekday-last")
    if direction > 0 or tense > 0:  # "Jumat depan" / "will ... on Friday"
        ahead = (wd - ref.weekday()) % 7
        if direction > 0 and ahead == 0:
            ahead = 7
        return _day(
            ref + dt.timedelta(days=ahead), "weekday-next" if direction else "bare-weekday-future"
        )
    back = (ref.weekday() - wd) % 7
    return _day(ref - dt.timedelta(days=back), "bare-weekday-past")


# Before "akhir bulan" these make a set ("setiap akhir bulan": every month's end).
_SET_WORDS = frozenset({"setiap", "tiap", "every", "each"})

# An edge that covers the whole unit: "sepanjang tahun" is a duration.
_THROUGHOUT = frozenset({"sepanjang", "throughout"})

# A horizon word is a time only after a preposition ("in the near term", "over the long
# term"); elsewhere it qualifies a noun ("extend the short term agreement", "The long term
# outlook").
_HORIZONS = frozenset({"the near term", "the short term", "the long term"})
_HORIZON_AFTER = frozenset(
    {"in", "for", "over", "into", "of", "during", "through", "beyond", "within", "on"}
)


# Malay "kemas kini" (update), "dikemas kini", "mengemas kini": no PRESENT_REF.
_KEMAS = frozenset({"kemas", "dikemas", "mengemas"})


# "current account" (the balance of payments, also hard-wrapped: "Current\naccount"),
# "current profit" (Japanese accounts' recurring profit) and "current on interest" (up to
# date on payments) are no PRESENT_REF.
@functools.cache  # compiled on first need: few texts say "current"
def _current_account_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:\s{1,8}+|-)(?:accounts?|profits?"
        r"|on\s{1,8}+(?:interest|payments?|debts?|loans?|its|their))(?!\w)",  # up to date
        re.IGNORECASE,
    )


# English posts that are prepositions: "the year before" is a date where a clause ends
# ("up from the year before."), not before an event ("the year before the collapse").
_PREPOSITION_POSTS = frozenset({"before", "after"})
_SUNDAY = 6  # dt.date.weekday()
# A sentence's end in hard-wrapped copy: a full stop and a blank, or a blank line (a single
# line break is the wire's wrapping: "January unemployment totalled 1.82 mln,\nup from").
_WRAPPED_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d')]?\s|\n[^\S\n]*\n")
_RANGE_MARKS = frozenset("-/\u2013\u2014")
_AND_AFTER_RE = re.compile(r"\s{1,8}+and(?!\w)")
_QUARTER_AFTER_RE = re.compile(r"[^\S\n]{1,3}+(?:quarter|qtr|period|half)(?!\w)", re.I)
# A season paired after another: "the fall and winter", "the fall or spring".
_PAIRED_SEASON_RE = re.compile(r"\s{1,3}+(?:and|or|dan|atau)\s{1,3}+(\w{1,12}+)")


def _duration_before(text: str, start: int) -> bool:
    """Whether a counted span at ``start`` follows "for"/"selama"/"during", maybe across
    a count range ("for one to two weeks")."""
    if _word_before(text, start) in _DURATION_BEFORE:
        return True
    return _RANGE_AFTER_FOR_RE.search(text, max(0, start - 24), start) is not None


_RANGE_AFTER_FOR_RE = re.compile(
    r"(?<!\w)(?:for|during|selama)[^\S\n]{1,3}+\w{1,12}+[^\S\n]{1,3}+(?:to|or|hingga|atau)"
    r"[^\S\n]{1,3}+\Z",
    re.IGNORECASE,
)

# After "two weeks before" these words leave it a date of its own ("from a year before to
# 118 trillion", "a week before and after"), not one counted from an event.
_STILL_A_DATE_RE = re.compile(
    r"[^\S\n]{1,8}+(?:to|and|or|in|at|from|when|as|that)(?!\w)", re.IGNORECASE
)


@functools.cache  # compiled on first need: few texts say "the year before"
def _clause_end_re() -> re.Pattern[str]:
    # a line break ends a clause unless a lower-case word goes on (hard-wrapped copy)
    return re.compile(r"""[^\S\n]*+(?:[.,;:!?)\]"'\u201d\u2019]|\n(?![^\S\n]*+[a-z])|$)""")


# "the future of our peoples": a topic, not a time (TimeML leaves it out).
_NOT_REF_BEFORE_OF = frozenset({"the future", "the past"})
OF_NEXT_RE = re.compile(r"[^\S\n]{1,8}+of(?!\w)")  # " of" right after the mention


# "the past two months", "the past 18 months", "the past few weeks" (maybe hard-wrapped:
# "the past\n    three months"): a counted span is a duration (TimeML DURATION, which
# wirekit does not report), not the PAST_REF of "in the past"; nor is a count of things
# ("the past four elections"). "the past several quarters" stays vague, so PAST_REF.
@functools.cache  # compiled on first need: few texts say "the past"
def _counted_span_re() -> re.Pattern[str]:
    blanks = r"(?:[^\S\n]{1,12}+|[^\S\n]{0,4}+\n[^\S\n]{0,8}+)"  # one line break at most
    source = r"""SP
        (?:\d{1,4}|aSPfew|few|coupleSPof|aSPcoupleSPof
          |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen
          |(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?|hundred|half(?=[-\s]))
        (?:SPandSPaSPhalf)?                   # "two and a half years"
        (?:SP|(?<=half)-)(?:[a-z-]{1,20}+SP)?  # "three fiscal years", "half-century"
        (?:day|week|month|quarter|year|decade|centur(?:y|ie)|season|summer|winter|spring
          |autumn|fall|hour|minute|session|[a-z]{3,20}+(?<=s))s?(?!\w)"""  # or things counted
    return re.compile(source.replace("SP", blanks), re.I | re.X)


# Before "tahun itu" these make a phrase that is no anaphor: "belasan tahun itu" (an age),
# "dari tahun ke tahun itu" (year after year), "per hari tersebut" and "setiap tahun itu"
# (a rate, a set).
_NOT_ANAPHORIC_AFTER = _SET_WORDS | {
    "belasan",
    "puluhan",
    "ratusan",
    "ribuan",
    "setengah",
    "ke",
    "per",
}


# "the same month last year", "bulan yang sama tahun lalu": a year-ago comparison, which
# the year phrase after it says (that is its own mention), not the story's own month.
@functools.cache  # compiled on first need
def _year_after_re() -> re.Pattern[str]:
    return re.compile(
        r"[^\S\n]{1,8}+(?:[a-z]{1,8}+[^\S\n]{1,8}+){0,2}?(?:year|tahun|1[5-9]\d\d|20\d\d)(?!\w)",
        re.IGNORECASE,
    )


# "selama dua tahun sebelumnya", "for two years later": a duration, not a date; so is a
# count of units ago after these ("dalam tempoh dua tahun lepas": over the past two years)
_DURATION_BEFORE = frozenset({"selama", "for", "during"})
_SPAN_BEFORE_AGO = frozenset({"selama", "sepanjang", "tempoh"})
# ... and a count of coming units after them ("selama tiga tahun mendatang": for the
# coming three years; not after "dalam", which may mean either: "baru tiba dalam dua
# minggu mendatang" is two weeks from now)
_COMING_POSTS = frozenset({"mendatang", "yang akan datang", "akan datang"})
# A deadline that lies ahead before a period: "before the end of the quarter" is this one.
_DEADLINE_END_RE = re.compile(
    r"(?<!\w)(?:before|by|until|till)[^\S\n]{1,3}+the[^\S\n]{1,3}+end[^\S\n]{1,3}+of[^\S\n]++\Z",
    re.IGNORECASE,
)
THAN_NEXT_RE = re.compile(r"[^\S\n]{1,8}+than(?!\w)")  # "later than planned": a comparison

# A deadline looks forward whatever the verb's tense ("gave the firm until
# mid-November"): before a bare month name these cancel a past cue.
_DEADLINE_WORDS = frozenset({"until", "till", "through", "thru"})
_END_VERB_RE = re.compile(r"end(?:[^\S\n]{1,8}+(?!of(?!\w))|-)", re.IGNORECASE)
_END_EDGE_RULES = frozenset({"month-name", "absolute", "month+year-relative"})
_YEAR_BEFORE_END_RE = re.compile(r"(?:-|year[^\S\n]{1,3}+)\Z", re.IGNORECASE)
_BY_THE_RE = re.compile(r"(?<!\w)by[^\S\n]{1,3}+(?:the[^\S\n]{1,3}+)?\Z", re.IGNORECASE)


# Words before a weekday that open a name after it ("the Sunday Times", "newspaper Sunday
# Times", "the Telegraph and Sunday Telegraph"): a weekday with a name word after it is part
# of the name only after one of these or a possessive ("London's Sunday Telegraph").
_NAME_HEADS = frozenset({"the", "newspaper", "weekly", "tabloid", "and"})
# A capitalised word (of a name after a weekday: "Sunday Times").
NAME_AFTER_RE = re.compile(r"[A-Z][a-z]{1,11}+(?![\w-])")


def _word_after(text: str, end: int) -> str:
    """The lower-cased word just after ``end`` (within 16 characters), or ""."""
    words = text[end : end + 16].lower().split()
    return words[0].strip(_CUE_STRIP) if words and text[end : end + 1].isspace() else ""


def _word_before(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` (within 16 characters), or ""."""
    words = text[max(0, start - 16) : start].lower().split()
    return words[-1].strip(_CUE_STRIP) if words else ""


@functools.cache  # compiled on first need, once per set of languages
def _of_anaphoric_year_re(languages: tuple[str, ...]) -> re.Pattern[str]:
    """ "of that year", "of the following year" after a month: the month is that year's."""
    rel = merge_words(languages).relative
    words = "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]{1,3}+") for w in rel.anaphoric_pre)
    units = "|".join(re.escape(w) for w, unit in rel.units.items() if unit == "Y")
    return re.compile(
        rf"[^\S\n]{{1,3}}+of[^\S\n]{{1,3}}+(?P<a>{words})[^\S\n]{{1,3}}+(?:{units})(?!\w)",
        re.IGNORECASE,
    )


# Before an older year (1500-1799), the words that make a number a year: "settlers in 1652",
# "sejak 1602" (a count would be "in 1500 tonnes", read by NOT_YEAR_AFTER_RE).
_OLD_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:in|since|until|sejak|pada|tahun)[^\S\n]{1,3}+\Z", re.IGNORECASE
)


# A year written alone gives a year-less day after it in its sentence its year when it
# opens the sentence or the day closes its period (see _Resolver._year_of_sentence).
_SENTENCE_YEAR_REACH = 150
_PERIOD_END_REACH = 40  # "the 1986/87 business year ending on March 31"
_OPENING_REACH = 16  # "In 1986," / "Tahun 2023 misalnya,"
_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d')]?(?:\s|$)|\n")
_EARLY_MONTHS = 3  # a fiscal year's end in these months may be in the year after its name
# What opens a sentence before its year, at most one word before it: the text's start, a
# sentence's end or a blank line ("In 1986, ...", "Tahun 2023 misalnya, ..."). Unlike
# _sentence_initial, a single line break opens none: wire copy is hard-wrapped ("during
# the\n1987/88 season, which begins June 1").
_OPENING_RE = re.compile(r"(?:\A|[.!?][\"\u201d')]?\s+|\n\s*\n\s*)\S*[^\S\n]*\Z")
_ENDS_BEFORE_RE = re.compile(
    r"(?<!\w)(?:end(?:ed|ing)|berakhir)(?:[^\S\n]+on)?[^\S\n]++\Z", re.IGNORECASE
)


def _two_digit_year(yy: int, ref: dt.date | None) -> int:
    """The year "96" of "9/17/96" writes: of 19yy and 20yy the nearer the reference (with
    none, 19yy from 50 on)."""
    if ref is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    return min((1900 + yy, 2000 + yy), key=lambda year: abs(year - ref.year))


def _month_year(month: int, ref: dt.date, direction: int) -> int:
    """The year of a bare month name: past tense looks back, future forward."""
    if direction > 0:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _numeric_dmy(
    scanner: _Scanner, a: int, b: int, year: int, order: str | None = None
) -> dt.date | None:
    """Read ``a/b/year`` in ``order`` (by default the language's), swapping when only the
    other reads."""
    if (order or scanner.words.date_order) == "MDY":
        return _make_date(year, a, b) or _make_date(year, b, a)
    return _make_date(year, b, a) or _make_date(year, a, b)


def _numeric_order(matches: Sequence[re.Match[str]]) -> str:
    """ "DMY" or "MDY" when the text's numeric dates show one order only (a first number
    above 12, or a second one: "29/8/96 22/8/96 1/9/95" is day-first throughout), else
    ""."""
    orders = set()
    for m in matches:
        if m.lastgroup == "K_num":
            a, b = int(m.group("num_a")), int(m.group("num_b"))
            if a > _MONTHS >= b:
                orders.add("DMY")
            elif b > _MONTHS >= a:
                orders.add("MDY")
    return orders.pop() if len(orders) == 1 else ""


_MONTHS = 12


# Words right before a year-less date that put it in the past: "the year ended Nov. 30",
# "since November 19", "as of December 31", "sejak 1 Desember", "yang berakhir 14 November".
_SINCE_WORDS = frozenset({"ended", "since", "sejak", "berakhir"})
# A reporting period "to" its last day, counted or opening its line: "six months to
# December 31", "YEAR TO DEC 31", "half year to" (not "the 1986/87 financial year to
# September 30", "changed its fiscal year to December 31", "the year to end April 30").
_PERIODS_TO = frozenset({"months", "weeks", "year", "half-year"})
_PERIOD_COUNTS = frozenset({"three", "six", "nine", "twelve", "half"})
# A results heading's period right before its last day, as the wire writes it: reported,
# so over ("TFC TELESERVICES CORP YEAR NOV 30 LOSS" in March is last November's).
_RESULTS_PERIODS = frozenset(
    {"YEAR", "QTR", "MTHS", "MONTHS", "WEEKS", "WKS", "HALF", "Year", "Qtr", "Mths"}
)


def _before_month_word(text: str, start: int) -> int:
    """Where "bulan" before a month name starts ("sejak bulan Oktober"), else ``start``."""
    at = start - 6
    if at >= 0 and text[at : start - 1].lower() == "bulan" and text[start - 1] == " ":
        return at
    return start


def _since_before(text: str, start: int) -> bool:
    """One of :data:`_SINCE_WORDS`, "as of", a period's "to" (:data:`_PERIODS_TO`: "six
    months to") or a results heading's period (:data:`_RESULTS_PERIODS`) stands right
    before ``start``."""
    written = text[max(0, start - 24) : start].split()
    if written and written[-1] in _RESULTS_PERIODS:
        return True  # a results heading's period: "YEAR NOV 30 LOSS", "4TH QTR DEC 28 NET"
    words = [word.lower() for word in written]
    if not words:
        return False
    last = words[-1].strip(_CUE_STRIP)
    if len(words) > 1 and last == "of":
        return words[-2] == "as"
    if len(words) > 1 and last == "to" and words[-2] in _PERIODS_TO:
        count = words[-3] if len(words) > 2 else ""
        return (  # (a count, not a year: "fiscal 1987 year (to end April 30)")
            (count.isdigit() and len(count) <= 2)
            or count in _PERIOD_COUNTS
            or not count[-1:].isalnum()
        )
    return last in _SINCE_WORDS


# Days a pointed date ("11 Oktober lalu", "5 Juni mendatang") may lie on the wrong side of
# the reference and keep its nearest year: a story filed a few days off its date.
_POINTED_SLACK = 7

# Edges of a month whose part is over by a given day of it: "awal Juni lalu" said on 18 June
# is earlier this month, "pertengahan Juni lalu" after the 20th too.
_EARLY_EDGES = frozenset({"awal", "early", "the start of", "the beginning of"})
_MIDDLE_EDGES = frozenset({"pertengahan", "medio", "mid", "the middle of"})


def _edge_passed(edge: str | None, day: int) -> bool:
    """The month's part that ``edge`` names is over on ``day`` of that month."""
    return (edge in _EARLY_EDGES and day > 10) or (edge in _MIDDLE_EDGES and day > 20)


class _Resolver:
    """Turns one match into a value; holds the call's inputs and, for the anaphors, the
    latest values resolved so far (matches are resolved in text order)."""

    def __init__(
        self,
        scanner: _Scanner,
        text: str,
        ref: dt.date | None,
        matches: Sequence[re.Match[str]] = (),
    ) -> None:
        self.matches = matches
        # Where "of that year" after a month ends, and the year it named: the anaphor
        # there is that year, not one counted again from the month.
        self.year_of_month: tuple[int, str] | None = None
        self.written_year: int | None = None  # the year of the last date written with one
        # Where the last year written alone ("2023", "tahun 2023", "1986/87") starts and
        # ends, the year (a pair's later one) and whether it was a pair
        self.bare_year: tuple[int, int, int, bool] | None = None
        # The order of the text's numeric dates when one of them shows it ("29/8/96" is
        # day-first): read on the first numeric date, "" when none shows it.
        self.numeric_order: str | None = None
        # The latest calendar value resolved so far at each granularity, with its
        # position: what an anaphor ("keesokan harinya") counts from.
        self.latest: dict[Granularity, tuple[int, _Value]] = {}
        self.months: list[tuple[int, int, _Value]] = []  # month mentions: start, end, value
        # The latest day written with its digits or month name, by weekday: what a bare
        # weekday of the same name in the same week means ("Kamis (27/11) ... pertemuan Kamis").
        self.written_days: dict[int, dt.date] = {}
        # Where the latest written day ends, and that day: what a weekday restating it
        # right after it means ("27 Juni 2025 yang jatuh pada hari Jumat").
        self.written_day_end: tuple[int, dt.date] | None = None
        # The quarter the story reports on: the first one it names by its ordinal ("the
        # fiscal first quarter", "fourth-quarter profit") or by the day that closes it ("the
        # quarter ended June 30"), in the year up to the reference's quarter (_reported).
        self.reported: str | None = None
        # The year a results story reports on, named by the day that closes it ("the year
        # ended Nov. 30, 1986"): what its "a year earlier" counts from.
        self.reported_year: int | None = None
        self.reported_year_end = 0  # where the day that closes it ends
        self.s = scanner
        self.text = text
        self.ref = ref

    # Each returns None when the match is not a date after all.

    def resolve(self, m: re.Match[str]) -> _Value | None:
        kind = m.lastgroup
        if kind == "K_wd":
            return self._weekday(m)
        if kind == "K_year":
            return self._year(m)
        if kind == "K_unit":
            return self._unit(m)
        if kind == "K_month":
            return self._month_led(m)
        if kind == "K_dm":
            first = m.group("dm_d0")
            if first is not None and int(first) >= int(m.group("dm_d")):
                return None  # "menang 2-1 Mei": a score, not a range of days
            g = m.group
            return self._partial(
                m, int(g("dm_d")), g("dm_m"), g("dm_y"), g("dm_post"), g("dm_ypre") or g("dm_ypost")
            )
        if kind == "K_fixed":
            return self._fixed(m)
        if kind == "K_ref":
            word = _norm(m.group())
            ref_value = self.s.words.relative.refs.get(word)
            if word in _NOT_REF_BEFORE_OF and OF_NEXT_RE.match(self.text, m.end()):
                return None  # "the future of the company" is a topic, not a time
            if word == "the past" and _counted_span_re().match(self.text, m.end()):
                return None  # "the past two months": a duration
            if (
                ref_value == "PAST_REF"
                and word.partition(" ")[0] in self.s.unit  # "years ago", not "beberapa
                and word.rpartition(" ")[2] in self.s.ago  # waktu lalu"
                and (
                    self._counted_before(m.start(), thousands=True)
                    or _word_before(self.text, m.start())[-1:].isdigit()
                )
            ):
                return None  # "3-4 years ago", "1,300 years ago": counted, not vague
            if word in _HORIZONS and _word_before(self.text, m.start()) not in _HORIZON_AFTER:
                return None  # "extend the short term agreement": an adjective
            if word == "current" and (
                _current_account_re().match(self.text, m.end())
                or self.text[m.end() : m.end() + 1] in _CLOSING_PUNCTUATION
            ):
                return None  # "the current account deficit": a balance; "a strong current."
            if word == "kini" and _word_before(self.text, m.start()) in _KEMAS:
                return None  # Malay "kemas kini": an update
            return _Value(ref_value, Granularity.REF, "ref-word") if ref_value else None
        if kind == "K_count":
            return self._counted(m)
        if kind == "K_ana":
            return self._anaphoric(m)
        if kind == "K_hol":
            return self._holiday(m)
        if kind == "K_hijri":
            return self._hijri(m)
        if kind == "K_tgl":
            return self._day_of_month(m)
        if kind == "K_iso":
            return self._iso(m)
        if kind == "K_num":
            a, b, year = m.group("num_a", "num_b", "num_y")
            if len(year) == 2:  # "9/17/96": US copy only; elsewhere a code's numbers
                if self.s.words.date_order != "MDY":
                    return None
                year = str(_two_digit_year(int(year), self.ref))
            if self.numeric_order is None:
                self.numeric_order = _numeric_order(self.matches)
            date = _numeric_dmy(self.s, int(a), int(b), int(year), self.numeric_order or None)
            return None if date is None else _day(date, "absolute", relative=False)
        if kind == "K_dec":
            return self._decade(m)
        if kind == "K_theyear":
            return self._the_year(m)
        if kind == "K_season":
            return self._season(m)
        if kind == "K_cent":
            modifier = m.group("c_pre") or m.group("c_post")
            if modifier is not None:
                if "past" in modifier.lower():
                    return None  # "the past century": the last hundred years, a duration
                if self.ref is None:
                    return _unresolved(Granularity.CENTURY, "relative-unit")
                century = self.ref.year // 100 + _direction(self.s, modifier)
                return _Value(f"{century:02d}XX", Granularity.CENTURY, "relative-unit", None, True)
            number = int(m.group("c_n") or m.group("c_n2"))
            if not 1 <= number <= 30:
                return None
            return _Value(f"{number - 1:02d}XX", Granularity.CENTURY, "absolute")
        if kind == "K_spelled":
            if m.group().lower().startswith("two") or NOT_YEAR_AFTER_RE.match(
                self.text, m.end(), min(len(self.text), m.end() + 16)
            ):
                return None  # "two thousand" alone is a number; "nineteen ninety tons"
            return _Value(str(_spelled_year(m.group("sp"))), Granularity.YEAR, "absolute")
        return self._quarter(m)

    def _the_year(self, m: re.Match[str]) -> _Value | None:
        """ "for the year", "year-end": ``ref``'s year; "akhir tahun" / "awal
        bulan" / "the end of the month" with no modifier: ``ref``'s year / month,
        "the end of the week" its week ("setiap akhir bulan" is a set, not a date)."""
        surface = m.group()
        before = max(0, m.start() - 24)
        if surface[:4].lower() == "the " and (
            (surface[4:5].isupper() and _TITLE_OF_RE.search(self.text, before, m.start()))
            or _AWARD_OF_RE.search(self.text, before, m.start()) is not None
        ):
            return None  # "European Player of the Year", "rookie of the year": a title
        unit_word = m.group("ty_unit") or m.group("ty_week")
        if unit_word is not None and (
            _word_before(self.text, m.start()) in _SET_WORDS
            or _norm(m.group("ty_edge2")) in _THROUGHOUT
        ):
            return None  # "setiap akhir bulan": a set; "sepanjang tahun": all year long
        if m.group("ty_dec"):  # "the end of the decade": ``ref``'s decade
            if self.ref is None:
                return _unresolved(Granularity.DECADE, "the-decade")
            return _Value(
                f"{self.ref.year // 10:03d}X", Granularity.DECADE, "the-decade", None, True
            )
        if m.group("ty_week"):  # "the end of the week": ``ref``'s ISO week
            if self.ref is None:
                return _unresolved(Granularity.WEEK, "the-week")
            year, week, _ = self.ref.isocalendar()
            return _Value(f"{year:04d}-W{week:02d}", Granularity.WEEK, "the-week", None, True)
        month = unit_word is not None and self.s.unit.get(_norm(unit_word)) == "M"
        granularity = Granularity.MONTH if month else Granularity.YEAR
        if self.ref is None:
            return _unresolved(granularity, "the-year")
        if month:
            value = f"{self.ref.year:04d}-{self.ref.month:02d}"
            return _Value(value, granularity, "the-month", relative=True)
        named = self.bare_year
        if (
            named is not None
            and m.start() - named[1] <= _YEAR_NAMED_REACH
            and surface.lower() == "the year"
            and _YEAR_NAMED_RE.fullmatch(self.text, named[1], m.start()) is not None
        ):  # "By 2010, the year the plan ends", "Will 2007 be the year of the euro?"
            return _Value(f"{named[2]:04d}", granularity, "the-year", relative=True)
        return _Value(f"{self.ref.year:04d}", granularity, "the-year", relative=True)

    def _season(self, m: re.Match[str]) -> _Value | None:
        """ "the summer": the latest one begun by ``ref`` (the coming one after a
        future cue); "the winter of 1994" and "spring 2025" are that year's."""
        code = self.s.unit.get(_norm(m.group("se")))
        if code not in _SEASON_START:
            return None
        year_text, spelled = m.group("se_y", "se_sp")
        year_text = year_text or m.group("se_y2")
        word = m.group("se")
        ambiguous = _norm(word) in self.s.words.relative.ambiguous_lower
        if not m.group("se_the") and not (year_text or spelled):
            if ambiguous or not self._bare_season(m.start(), m.end()):
                return None  # "spring" alone is a season word; "winter wheat" a crop
        elif not m.group("se_the") and ambiguous and not word[:1].isupper():
            return None  # "sales fall 2025 pct": a verb
        elif ambiguous and not (year_text or spelled) and not self._ambiguous_season(m):
            return None  # "the fall was due to lower prices": a decline
        if year_text or spelled:
            year = int(year_text) if year_text else _spelled_year(spelled)
            return _Value(f"{year:04d}-{code}", Granularity.SEASON, "absolute")
        ref = self.ref
        if ref is None:
            return _unresolved(Granularity.SEASON, "season")
        start = _SEASON_START[code]
        direction = _tense(self.s, self.text, m.start(), m.end())
        if direction > 0 or (direction == 0 and (start - ref.month) % 12 == 1):
            # a future cue, or none and the season begins next month ("before the onset
            # of winter" on 29 November): the coming one
            year = ref.year if start >= ref.month else ref.year + 1
        else:
            year = ref.year if start <= ref.month else ref.year - 1
        return _Value(f"{year:04d}-{code}", Granularity.SEASON, "season", relative=True)

    def _ambiguous_season(self, m: re.Match[str]) -> bool:
        """Whether "the fall" (a season word that is also a common word) is the season: a
        word of ``ambiguous_season_before`` stands before it ("in the fall", "by the
        fall"), or another season follows it in a pair ("the fall and winter")."""
        if _word_before(self.text, m.start()) in self.s.ambiguous_season_before:
            return True
        pair = _PAIRED_SEASON_RE.match(self.text, m.end())
        return pair is not None and self.s.unit.get(_norm(pair.group(1))) in _SEASON_START

    def _bare_season(self, start: int, end: int) -> bool:
        """A season word without "the" or a year is the season when it is one word, a
        preposition stands before it and punctuation right after it ("the onset of
        winter.", "in spring,"); else it names a kind ("winter wheat", "spring planting")."""
        if " " in self.text[start:end]:
            return False  # "pada musim panas" is mostly any summer ("haji biasanya ...")
        before = _word_before(self.text, start)
        return (
            before in self.s.date_prepositions
            and before not in _LIST_JOINS
            and before not in _PAIR_JOINS  # "winter and spring"
            and self.text[end : end + 1] in _CLOSING_PUNCTUATION
        )

    def _iso(self, m: re.Match[str]) -> _Value | None:
        day = _make_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        if day is None:
            return None
        return _day(day, "absolute", relative=False)

    def _quarter(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        ref = self.ref
        rel = self.s.words.relative
        kind = m.lastgroup
        if kind in {"K_qlatest", "K_qyago"}:
            if ref is None:
                return _unresolved(Granularity.QUARTER, "quarter-latest")
            if (
                kind == "K_qlatest"
                and _DEADLINE_END_RE.search(self.text, max(0, m.start() - 24), m.start())
                is not None
            ):  # "before the end of the quarter": this one
                return _unit_value("Q", 0, ref, "relative-unit")
            value = self._reported_quarter(ref)
            if kind == "K_qyago":
                value = f"{int(value[:4]) - 1}{value[4:]}"
            return _Value(value, Granularity.QUARTER, "quarter-latest", relative=True)
        if kind == "K_qq":
            letter = "H" if g("qq_k") in ("H", "h") else "Q"
            return _Value(f"{g('qq_y')}-{letter}{g('qq')}", Granularity.QUARTER, "absolute")
        if kind == "K_qe" and (g("qe_y3") or g("qe_y4")):
            # "the last half of 1989", "first two quarters of 1990", "1985 final quarter"
            unit = rel.quarter_words.get(_norm(g("qe_lunit") or g("qe_lunit2") or "half"))
            if unit is None:
                return None
            last = g("qe_y4") is not None or g("qe_last") is not None
            part = (2 if unit == "H" else 4) if last or _norm(g("qe_two") or "") == "last" else 1
            year = g("qe_y3") or g("qe_y4")
            return _Value(f"{year}-{unit}{part}", Granularity.QUARTER, "absolute")
        if kind == "K_qe":
            ord_word, unit_word, year_text, relword = g("qe_ord", "qe_unit", "qe_y", "qe_rel")
            year_text = year_text or g("qe_y2")
            relword = relword or g("qe_rel2")
            of_the_year = g("qe_the") is not None  # "the first half of the year": this year's
            year_ago = g("qe_yago") is not None
        else:
            ord_word, unit_word, year_text, relword = g("qi_ord", "qi_unit", "qi_y", "qi_post")
            year_ago = False
            of_the_year = g("qi_the") is not None  # "paruh pertama tahun": this year's
        ordinal = rel.ordinals.get(_norm(ord_word))
        unit = rel.quarter_words.get(_norm(unit_word))
        if ordinal is None or unit is None or (unit == "H" and ordinal > 2):
            return None
        if year_text:
            return _Value(f"{year_text}-{unit}{ordinal}", Granularity.QUARTER, "absolute")
        if year_ago:  # "the year-ago third quarter"
            if ref is None:
                return _unresolved(Granularity.QUARTER, "quarter-relative")
            value = f"{ref.year - 1:04d}-{unit}{ordinal}"
            return _Value(value, Granularity.QUARTER, "year-ago-quarter", None, True)
        kind = unit
        if kind == "H" and not relword and not of_the_year and not self._half_of_accounts(m):
            return None  # "the second half" of a match, not of a year ("first-half profit")
        if not relword and not of_the_year and self._in_a_game(m):
            return None  # "a touchdown late in the first quarter": the game's, not the year's
        if ref is None:
            return _unresolved(Granularity.QUARTER, "quarter-relative")
        year = ref.year + _direction(self.s, relword)
        months = 6 if kind == "H" else 3
        starts = (ordinal - 1) * months + 1
        if not relword and not of_the_year and starts > ref.month and ref.year > dt.MINYEAR:
            # A quarter not yet begun: last year's when that one ended nearer the reference
            # than this one begins ("reported fourth-quarter earnings" in February), unless
            # the copy looks forward ("will begin shipping in the fourth quarter").
            ahead = (dt.date(ref.year, starts, 1) - ref).days
            ended = (ref - _make_month_end(ref.year - 1, starts + months - 1)).days
            # When this year's begins sooner it is meant, unless the story reports on a
            # later quarter of last year and a past cue stands ("output fell in the
            # fourth quarter after a third-quarter decline"); a fiscal third quarter
            # named first is this year's.
            last_year = f"{ref.year - 1:04d}-{kind}"
            reported = self.reported
            later = (
                reported is not None
                and reported[:6] == last_year
                and reported > f"{last_year}{ordinal}"
            )
            tense = _tense(self.s, self.text, m.start(), m.end()) if ended < ahead or later else 1
            # in a story on last year's fourth quarter, "after a drop in the third
            # quarter" with no tense is the one before it
            just_before = later and reported == f"{last_year}{ordinal + 1}"
            if tense < 0 or (
                tense == 0
                and (ended < ahead or just_before)
                and not _BY_THE_RE.search(self.text, max(0, m.start() - 8), m.start())
            ):  # with no tense, "by the fourth quarter" is a deadline ahead
                year -= 1
        return _Value(
            f"{year:04d}-{kind}{ordinal}", Granularity.QUARTER, "quarter-relative", None, True
        )

    def _unit(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        text = self.text
        if g("u_bare"):
            if self.ref is None:
                return _unresolved(Granularity.WEEK, "weekend")
            tense = _tense(self.s, text, m.start(), m.end())
            ref = self.ref
            # the coming weekend when looking forward, else the latest one; with no cue,
            # from Friday on the coming one ("akhir pekan" on a Friday is the race's)
            if tense > 0:
                shift = 0 if ref.weekday() < 6 else 1
            else:
                shift = 0 if ref.weekday() >= (4 if tense == 0 else 5) else -1
            return _unit_value("WE", shift, ref, "weekend")
        unit_word = g("u_unit") or g("u_unit2")
        unit = self.s.unit.get(_norm(unit_word))
        if unit is None:
            return None
        post = g("u_post")
        pre = g("u_pre")
        if (
            pre
            and pre[:1].isupper()
            and unit_word[:1].isupper()
            and not _sentence_initial(text, m.start("u_pre"))
        ):
            return None  # "ABC's This Week": title case inside a sentence is a name
        # "Minggu lalu" written with a capital inside a sentence is last Sunday.
        start = m.start("u_unit2") if g("u_unit2") else -1
        if (
            g("u_unit2")
            and _norm(unit_word) in self.s.words.relative.ambiguous_lower
            and unit_word[:1].isupper()
            and not g("u_edge")
            and not _sentence_initial(text, start)
        ):
            wd = self.s.weekday.get(_norm(unit_word))
            if wd is not None:
                if self.ref is None:
                    return _unresolved(Granularity.DAY, "weekday-last")
                return _weekday_date(self.s, wd, self.ref, None, post, None, 0)
        if post and not pre and self._counted_before(m.start(), thousands=unit != "D"):
            return None  # "selama dua tahun ini": these two years; "pria 54 tahun ini": an age
        if post and not pre and unit != "D" and self._scaled_before(m.start("u_unit2")):
            return None  # "4,5 miliar tahun lalu": an age, billions of years
        if (
            post
            and not pre
            and text[m.start() - 1 : m.start()] == "-"
            and text[max(0, m.start() - len(unit_word) - 1) : m.start() - 1].lower()
            == unit_word.lower()
        ):  # "tahun-tahun mendatang": a plural, so a REF (rule 16)
            ref_value = _PLURAL_REF[_direction(self.s, post)]
            return _Value(ref_value, Granularity.REF, "ref-plural-unit")
        plural = unit_word[-1:].lower() == "s" and _norm(unit_word)[:-1] in self.s.unit
        if unit == "D":  # "hari ini" is a fixed word; "hari lalu" is not a date
            if pre and plural:  # "the coming days", "in recent days": a REF (TimeML)
                if OF_NEXT_RE.match(text, m.end()):
                    return None  # "the last days of the war": the war's, no REF
                ref_value = _PLURAL_REF[_direction(self.s, pre)]
                return _Value(ref_value, Granularity.REF, "ref-plural-unit")
            if post and self.s.words.relative.fixed_days.get(_norm(post), 0) < 0:
                return self._fixed_word(_norm(post))  # "hari kemarin": yesterday
            return self._fixed_word(_norm(m.group()))
        edge = _norm(g("u_edge")) if g("u_edge") else None
        if unit == "W" and edge in self.s.edges_late and post is not None and " " not in edge:
            unit = "WE"  # "akhir pekan lalu": last weekend
        direction = _direction(self.s, g("u_pre") or post)
        if pre and plural:
            # "in coming months", "past years": plural and uncounted, a REF (TimeML)
            return _Value(_PLURAL_REF[direction], Granularity.REF, "ref-plural-unit")
        if self.ref is None:
            return _unresolved(_UNIT_GRANULARITY[unit], "relative-unit")
        if (
            unit == "W"
            and direction == 0
            and self.ref.weekday() == _SUNDAY
            and _tense(self.s, text, m.start(), m.end()) > 0
        ):  # "talks starting this week" in a Sunday's story: the week that begins tomorrow
            return _unit_value(unit, 1, self.ref, "relative-unit")
        return _unit_value(unit, direction, self.ref, "relative-unit")

    def _counted(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        if g("n_one"):
            unit = self.s.units_of_one.get(_norm(g("n_one")))
            count = 1
        else:
            unit = self.s.unit.get(_norm(g("n_unit")))
            num = g("n_num")
            count = int(num) if num.isdigit() else self.s.number.get(_norm(num), 0)
        if unit is None or unit in {"WE", "SP", "SU", "FA", "WI"}:
            return None
        if _word_before(self.text, m.start()) in self.s.words.relative.age_words:
            return None  # "Lelaki berusia 45 tahun lalu menyerah diri": an age, then "lalu"
        direction = _norm(g("n_dir"))
        if direction in _PREPOSITION_POSTS:
            if _duration_before(self.text, m.start()):
                return None  # "stayed for (one to) two weeks before leaving": a duration
            if not _clause_end_re().match(self.text, m.end()) and not _STILL_A_DATE_RE.match(
                self.text, m.end()
            ):  # "two weeks before the vote", "a year after independence": a span from an
                # event (TimeML: a DURATION "two weeks" and the signal "before"), no date
                return None
        shift = self.s.anaphoric_count.get(direction)
        if shift is not None and unit in _ANAPHORIC_UNITS:
            if (
                count == 0  # "beberapa hari kemudian": vague
                or _word_before(self.text, m.start()) in _DURATION_BEFORE
                or THAN_NEXT_RE.match(self.text, m.end())  # "two years later than planned"
            ):
                return None
            return self._from_last(unit, shift * count, "anaphoric-offset", "relative-offset")
        sign = 1 if direction not in self.s.ago else -1
        if sign < 0 and _word_before(self.text, m.start()) in _SPAN_BEFORE_AGO:
            return None  # "sepanjang tempoh tiga tahun lalu": a span, not a date
        if (
            sign > 0
            and count > 0  # "dalam beberapa hari mendatang" is still FUTURE_REF
            and direction in _COMING_POSTS
            and _word_before(self.text, m.start()) in _SPAN_BEFORE_AGO
        ):
            return None  # "selama tiga tahun mendatang": for the coming three years
        if count == 0:  # "beberapa hari lalu", "several years ago": some time before;
            # "beberapa hari mendatang": some time ahead
            return _Value("PAST_REF" if sign < 0 else "FUTURE_REF", Granularity.REF, "ref-word")
        if self.ref is None:
            return _unresolved(_UNIT_GRANULARITY[unit], "relative-offset")
        if unit == "E":
            return _Value(
                f"{self.ref.year // 10 + sign * count:03d}X",
                Granularity.DECADE,
                "relative-offset",
                relative=True,
            )
        if unit == "Y" and sign < 0 and direction in self.s.narrative_ago:
            month = self._month_before_in_sentence(m.start())
            if month is not None and count == 1:  # "in January from 112,262 in December
                # and 105,715 a year earlier": the January before
                return _Value(
                    f"{int(month[:4]) - 1:04d}{month[4:]}",
                    Granularity.MONTH,
                    "year-ago-month",
                    relative=True,
                )
            framing = self._year_before_in_sentence(m.start())
            if framing is not None:  # "rose 2.2 pct in 1986 after a 3.3 pct rise a year
                # earlier"; "at end-1986, compared with 400 billion 10 years earlier"
                return _Value(
                    f"{framing - count:04d}", Granularity.YEAR, "year-ago-year", relative=True
                )
        if unit == "Y" and count == 1 and sign < 0 and self._in_quarter_report(m):
            # "up 5% from a year ago" in a quarterly report: the year-ago quarter
            latest = self._reported_quarter(self.ref)
            value = f"{int(latest[:4]) - 1}{latest[4:]}"
            return _Value(value, Granularity.QUARTER, "year-ago-quarter", relative=True)
        if (
            unit == "Y"
            and count == 1
            and sign < 0
            and self.reported_year is not None
            and m.start() - self.reported_year_end <= _REPORTED_YEAR_REACH
            and _OTHER_PERIOD_RE.search(self.text, self.reported_year_end, m.start()) is None
        ):  # "net profit in the year ended Nov. 30, 1986, down 42 pct from a year earlier"
            # (not after another period: "nine month earnings ... a year before")
            year = f"{self.reported_year - 1:04d}"
            return _Value(year, Granularity.YEAR, "year-ago-year", relative=True)
        return _unit_value(unit, sign * count, self.ref, "relative-offset")

    def _holiday(self, m: re.Match[str]) -> _Value | None:
        """ "Natal", "Christmas Eve", "Tahun Baru 2025": the holiday's day in the year
        written, else as a bare month name's (rule 8): the latest one on or before the
        reference in past-tense copy, the next one in future copy, else the nearer. A
        name in lower case is a common phrase ("semangat tahun baru"), not the holiday."""
        name = m.group("hol")
        if not name.rsplit(None, 1)[-1][:1].isupper():
            return None
        if m.group("hol_y") is None and (
            _word_after(self.text, m.end()) in self.s.holiday_goods_after
            or _word_before(self.text, m.start()) in self.s.holiday_goods_before
        ):
            return None  # "exports of Christmas commodities", "paket Lebaran": goods
        offset = m.group("hol_off")
        value = self._holiday_day(m, name)
        if value is not None and m.group("hol_rel") is not None:
            if value.problem == _NO_CALENDAR and self.ref is not None:
                # "Idul Adha tahun depan" beyond the tables: at least its year
                year = self.ref.year + _direction(self.s, _year_phrase_modifier(self.s, m))
                return _Value(f"{year:04d}", Granularity.YEAR, "feast-year", relative=True)
            value = value._replace(relative=True)  # "Natal tahun lalu": from the reference
        if offset is None or value is None or value.date is None:
            return value
        # "H-3 Lebaran", "H+7 Natal": counted in days from the holiday's day
        days = int(offset[1:]) * (1 if offset[0] == "+" else -1)
        return _day(value.date + dt.timedelta(days=days), value.rule, value.relative)

    def _holiday_day(self, m: re.Match[str], name: str) -> _Value | None:
        """The day of the holiday ``name`` (a match of :meth:`_holiday`)."""
        spec = self.s.holidays[_norm(name)]
        year_text = m.group("hol_y")
        rel = self.s.words.relative
        founded = rel.anniversaries.get(_norm(name))
        if m.group("hol_n") is None and _norm(name) in rel.anniversary_only:
            return None  # "lomba HUT RI": any year's celebrations
        if m.group("hol_n") is not None and founded is not None:
            year_text = f"{founded + int(m.group('hol_n')):04d}"  # "HUT RI ke-80": 2025
        if year_text is None and m.group("hol_rel") is None:
            year_after = _IN_YEAR_AFTER_RE.match(self.text, m.end())
            if year_after is not None:  # "on Christmas Eve in 2000": that year's (the year
                year_text = year_after.group(1)  # stays a mention of its own)
        if m.group("hol_rel") is not None:
            if self.ref is None:
                return _unresolved(Granularity.DAY, "holiday")
            year_text = (
                f"{self.ref.year + _direction(self.s, _year_phrase_modifier(self.s, m)):04d}"
            )
        if isinstance(spec, str):
            return self._feast(m, spec, year_text, m.group("hol_h"))
        if m.group("hol_h") is not None:  # "Tahun Baru 1446 H" is the Islamic new year
            return None
        month, day, *shift = spec
        year = year_text
        if year is not None:
            return _day(_make_date(int(year) + sum(shift), month, day), "holiday", relative=False)
        ref = self.ref
        if ref is None:
            return _unresolved(Granularity.DAY, "holiday")
        before = _make_date(
            ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1, month, day
        )
        after = _make_date(
            ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1, month, day
        )
        if before is None or after is None:  # 29 February is no holiday here
            return None
        direction = _tense(self.s, self.text, m.start(), m.end())
        if self._ahead(m.start()) and (after - ref).days <= _AHEAD_DAYS:
            direction = 1
        elif direction == 0:
            direction = 1 if (after - ref) < (ref - before) else -1
        return _day(after if direction > 0 else before, "holiday")

    def _ahead(self, start: int) -> bool:
        """Whether a run-up word stands right before ``start`` ("ahead of the", "jelang")."""
        ahead = self.s.ahead_before
        return ahead is not None and ahead.search(self.text, max(0, start - 24), start) is not None

    def _hijri(self, m: re.Match[str]) -> _Value | None:
        """ "13 Dzulhijjah 1446 H", "1 Muharram": a day of a month a tabled feast pins,
        counted from that feast (rule ``feast``); days past the 29th may not exist."""
        day = int(m.group("hj_d"))
        if not 1 <= day <= 29 or not m.group("hj_m")[:1].isupper():
            return None
        base, base_day = self.s.hijri_months[_norm(m.group("hj_m"))]
        shift = day - base_day
        rule = base if not shift else f"{base}+{shift}" if shift > 0 else f"{base}-{-shift}"
        return self._feast(m, rule, m.group("hj_gy"), m.group("hj_y"))

    def _feast(self, m: re.Match[str], rule: str, written: str | None, hijri: str | None) -> _Value:
        """ "Idul Adha 2025", "Idul Fitri 1446 H", "Paskah", "Thanksgiving": a movable
        feast's day (:mod:`wirekit.lang._calendar`) in the year written, Gregorian
        (``written``) or Hijri (``hijri``), else chosen as a fixed holiday's is; no
        value where the tables end."""
        if written is not None or hijri is not None:
            day = (
                feast_in_year(rule, int(written))
                if written is not None
                else feast_in_hijri_year(rule, int(hijri or 0))
            )
            if day is None:
                return _Value(None, Granularity.DAY, "feast", relative=False, problem=_NO_CALENDAR)
            return _day(day, "feast", relative=False)
        ref = self.ref
        if ref is None:
            return _unresolved(Granularity.DAY, "feast")
        before, after = feast_around(rule, ref)
        direction = _tense(self.s, self.text, m.start(), m.end())
        if after is not None and (after - ref).days <= _AHEAD_DAYS and self._ahead(m.start()):
            direction = 1
        if direction > 0:
            chosen = after
        elif direction < 0:
            chosen = before
        elif before is not None and after is not None:  # no cue: the nearer
            chosen = after if (after - ref) < (ref - before) else before
        elif before is not None and (ref - before).days < _HALF_LUNAR_YEAR:
            chosen = before  # where a table ends, one within half a lunar year is nearer
        elif after is not None and (after - ref).days < _HALF_LUNAR_YEAR:
            chosen = after
        else:
            chosen = None
        if chosen is None:
            return _Value(None, Granularity.DAY, "feast", problem=_NO_CALENDAR)
        return _day(chosen, "feast")

    def _anaphoric(self, m: re.Match[str]) -> _Value | None:
        """ "the following year", "bulan sebelumnya", "keesokan harinya": counted
        from the last date mentioned before (:meth:`_from_last`)."""
        g = m.group
        if self.year_of_month is not None and self.year_of_month[0] == m.end():
            year = self.year_of_month[1]
            return _Value(year, Granularity.YEAR, "anaphoric-unit", relative=True)
        if g("a_day"):
            phrase = _norm(g("a_day"))
            if phrase in self.s.story_days:
                return self._story_day()
            shift = self.s.anaphoric_days.get(phrase)
            if shift is None:
                return None
            return self._from_last("D", shift, "anaphoric-day", "relative-day")
        shift = self.s.anaphoric.get(_norm(g("a_pre") or g("a_post")))
        unit = self.s.unit.get(_norm(g("a_unit") or g("a_unit2")))
        if shift is None or unit is None:
            return None
        if shift == 0 and unit != "Y" and _year_after_re().match(self.text, m.end()):
            return None  # "the same month last year"
        if unit == "D" and _norm(g("a_pre") or "") == "that":
            return None  # "strong redemptions that day": generic (TimeBank leaves it out)
        if g("a_post"):
            before = _word_before(self.text, m.start("a_unit2"))
            if before[-1:].isdigit() or before in self.s.number or before in _NOT_ANAPHORIC_AFTER:
                return None  # "pemain berusia 22 tahun itu": that 22-year-old player
            if _norm(g("a_post")) in _PREPOSITION_POSTS and (
                not g("a_the") or not _clause_end_re().match(self.text, m.end())
            ):
                return None  # "the year before the company's collapse": before an event
        return self._from_last(unit, shift, "anaphoric-unit", "relative-unit")

    def _story_day(self) -> _Value:
        """ "later in the day": the day named last when it lies within a week of the
        reference (the story's narrative day: "arrived on Sunday and held talks later in
        the day"), else the reference; a day named further off is another event's ("the
        elections on Jan. 25 ... earlier in the day")."""
        kept = self.latest.get(Granularity.DAY)
        day = kept[1].date if kept is not None else None
        if day is not None and (self.ref is None or abs((day - self.ref).days) < 7):
            return _Value(day.isoformat(), Granularity.DAY, "anaphoric-day", day, base=day)
        if self.ref is None:
            return _unresolved(Granularity.DAY, "relative-day")
        return _day(self.ref, "relative-day")

    def _from_last(self, unit: str, shift: int, rule: str, fallback: str) -> _Value | None:
        """``shift`` ``unit``s from the latest value resolved before that is precise
        enough for ``unit`` (the anaphor's anchor: "Senin (7/7) ... keesokan
        harinya" is 8 July); unresolved when the text mentions only coarser dates
        before ("Pada 2019 ... dua hari kemudian"); from the reference when it
        mentions none."""
        latest = self.latest
        if latest:
            found = [latest[g] for g in _FINE_ENOUGH[unit] if g in latest]
            value = _shifted(max(found, key=_position)[1], unit, shift, rule) if found else None
            if value is None:
                return _Value(None, _UNIT_GRANULARITY[unit], rule, problem="reldate.anaphor-coarse")
            return value
        if self.ref is None:
            return _unresolved(_UNIT_GRANULARITY[unit], fallback)
        return _unit_value(unit, shift, self.ref, fallback)

    def _half_of_accounts(self, m: re.Match[str]) -> bool:
        """A word of accounts follows the half: "first-half results", "second half net"
        (``RelativeWords.half_year_nouns``)."""
        after = self.s.half_nouns_after
        return after is not None and after.match(self.text, m.end()) is not None

    def _in_a_game(self, m: re.Match[str]) -> bool:
        """A game's play is told near the mention: "a seven-yard touchdown", "scored 30
        points" (:data:`_GAME_REACH` characters either side)."""
        game = self.s.game_near
        return game is not None and (
            game.search(self.text, max(0, m.start() - _GAME_REACH), m.end() + _GAME_REACH)
            is not None
        )

    def _reported_quarter(self, ref: dt.date) -> str:
        """The quarter a report's "the quarter", "a year earlier" and "the 1988 period"
        count from: the one the story reports on (``reported``, the first it names), else
        the latest ended by ``ref``."""
        return self.reported or _quarter_of(ref.year, ref.month, -1)

    def _in_quarter_report(self, m: re.Match[str]) -> bool:
        """The story around the mention (500 chars back, to the sentence end) talks
        about a quarter: an earnings comparison."""
        after = self.text[m.end() : m.end() + 300]
        ends = [i for i in (after.find(c) for c in _SENTENCE_END) if i >= 0]
        story = (
            self.text[max(0, m.start() - 500) : m.start()] + after[: min([300, *ends])]
        ).lower()
        return any(word in story for word in QUARTER_WORDS)

    def _weekday(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        name = g("w_name2") or g("w_name")  # a range's last day: the date it is written with
        key = _norm(name)
        wd = self.s.weekday[key]
        full = key in self.s.words.weekdays
        has_date = any(g(k) for k in ("w_pm", "w_dm", "w_mm", "w_n3"))
        if not has_date:
            if not full:
                return None  # "sen", "Sat" alone are not weekdays
            if (
                key in self.s.words.relative.ambiguous_lower
                and not name[:1].isupper()
                and not (key == "minggu" and _word_before(self.text, m.start()) == "hari")
            ):
                return None  # "minggu" in lower case is "week", but "hari minggu" Sunday
            if not g("w_post") and self._in_name(m.start("w_name"), m.end(), g("w_pre")):
                return None  # "Pasar Minggu", "The Sunday Times", "the Mail on Sunday"
            placed = g("w_pre") or g("w_post") or g("w_wpost") or g("w_wpre")
            if not placed and (
                self._in_day_span(m.start(), m.end()) or self._before_days_off(m.end())
            ):
                return None  # "buka Senin-Jumat pukul 10.00": a schedule, no date
        value = self._weekday_dated(m, wd) if has_date else None
        if value is not None:
            return value
        week = g("w_wpost") or g("w_wpre")
        bare = not (g("w_pre") or g("w_post") or week)
        holiday = self._holiday_before(m.start()) if bare else None
        if holiday is not None and holiday.weekday() == wd:
            # "Natal 2024 jatuh pada hari Rabu", "Christmas 2024 fell on a Wednesday"
            return _day(holiday, "holiday-day")
        restated = self.written_day_end if bare else None
        if (
            restated is not None
            and restated[1].weekday() == wd
            and m.start() - restated[0] <= _RESTATING_REACH
            and _RESTATING_JOIN_RE.fullmatch(self.text, restated[0], m.start()) is not None
        ):  # "27 Juni 2025 yang jatuh pada hari Jumat", "27 Juni (Jumat)", "June 27, a Friday"
            return _day(restated[1], "day-restated")
        if self.ref is None:
            return _unresolved(Granularity.DAY, "bare-weekday")
        this = not bare and not week and _direction(self.s, g("w_pre") or g("w_post")) == 0
        tense = _tense(self.s, self.text, m.start(), m.end(), weekday=True) if bare or this else 0
        if tense == 0 and bare and _word_before(self.text, m.start()) in self.s.until_words:
            tense = 1  # "open to the public until Sunday": the coming one
        written = self.written_days.get(wd) if bare else None
        if written is not None:
            # the day of that name written out earlier, within a week of the reference,
            # unless the tense points the other way ("said on Monday" after "from
            # Monday, March 3")
            gap = (written - self.ref).days
            if abs(gap) < 7 and (tense == 0 or gap == 0 or (tense > 0) == (gap > 0)):
                return _Value(
                    written.isoformat(), Granularity.DAY, "bare-weekday-written", written,
                    base=written,
                )  # fmt: skip
        return _weekday_date(self.s, wd, self.ref, g("w_pre"), g("w_post"), week, tense)

    def _day_of_month(self, m: re.Match[str]) -> _Value | None:
        """ "tanggal 19": that day of this month, the last or the next, whichever the
        tense points to (the latest on or before the reference, the first on or after
        it; a reporting verb dates the saying, not the day), else the nearest;
        "XXXX-XX-19" with no reference. None when the sentence names a month just before
        ("pertengahan bulan September, tepatnya di tanggal 13", "puasa Ayyamul Bidh
        Dzulhijjah dilaksanakan pada tanggal 13"): the day is that month's."""
        day = int(m.group("tg_d"))
        if not 1 <= day <= 31:
            return None
        before = self.text[max(0, m.start() - _DAY_OF_MONTH_REACH) : m.start()]
        before = before[_sentence_start(before) :].lower()
        if any(
            word in self.s.month or word in self.s.hijri_months
            for word in _DAY_OR_WORD_RE.findall(before)
        ):
            return None
        if self.ref is None:
            return _unresolved(Granularity.DAY, "day-of-month", f"XXXX-XX-{day:02d}")
        ref = self.ref
        days = [_make_date(*_shift_month(ref, shift), day) for shift in (-1, 0, 1)]
        candidates = [d for d in days if d is not None]
        tense = _tense(self.s, self.text, m.start(), m.end(), month=True)
        if tense > 0:
            chosen = min((d for d in candidates if d >= ref), default=None)
        elif tense < 0:
            chosen = max((d for d in candidates if d <= ref), default=None)
        else:
            chosen = min(candidates, key=lambda d: (abs((d - ref).days), d > ref), default=None)
        return _day(chosen, "day-of-month")

    def _holiday_before(self, start: int) -> dt.date | None:
        """The day of a holiday or feast named just before ``start`` in the same sentence
        ("Thaipusam 2024 jatuh pada", "Christmas 2024 fell on a"), which a day or weekday
        right after it restates; None otherwise."""
        kept = self.latest.get(Granularity.DAY)
        if (
            kept is None
            or kept[1].rule not in _HOLIDAY_RULES
            or kept[1].date is None
            or start - kept[0] > _FEAST_DAY_REACH  # (before slicing: linear time)
        ):
            return None
        between = self.text[kept[0] : start]
        if "\n" in between or ". " in between:
            return None
        return kept[1].date

    def _modifies_before(self, start: int) -> bool:
        """Whether a day word that is also a modifier ("kemarin": yesterday, or "last")
        follows a year or a holiday's name, which it modifies ("Pemilu 2024 kemarin",
        "musim 2024-2025 kemarin", "Lebaran kemarin")."""
        before = _WORD_JUST_BEFORE_RE.search(self.text, max(0, start - 24), start)
        if before is None:
            return False  # "Jumat (5/12/2014). Kemarin, ...": punctuation between
        word = before.group(1)
        if word.isdigit():
            return len(word) == 4 and word[:2] in ("19", "20")
        if not word[:1].isupper():
            return False  # "baru kemarin" (only yesterday), not "Tahun Baru"
        # the holiday's whole name ends there: "Idul Fitri kemarin", not "melawan China
        # kemarin" ("Tahun Baru China")
        words = self.text[max(0, start - 40) : before.end(1)].split()
        return any(_norm(" ".join(words[-n:])) in self.s.holidays for n in (1, 2, 3, 4))

    def _modifies_after(self, end: int) -> bool:
        """Whether a day word that is also a modifier comes before a weekday, which it
        places ("Kemarin hari Kamis kita ke kantor": last Thursday)."""
        after = _NEXT_WEEKDAY_RE.match(self.text, end)
        return after is not None and after.group(1).lower() in self.s.weekday

    def _month_is_a_name(self, start: int, end: int) -> bool:
        """Whether a bare month name at ``start:end`` is a person's name: between two
        capitalised words, the first no preposition ("Energi Utama Juli Oktarina
        menjelaskan"), after a verb of saying ("ucap Juli", "kata Juni"), or after a
        capitalised number in words ("Universitas Sebelas Maret", "Institut Teknologi
        Sepuluh Nopember": a date is written in digits)."""
        before = _word_before(self.text, start)
        if before in self.s.month_name_verbs:
            return True
        if (
            len(before) > 3
            and before in self.s.number
            and self.text[start - len(before) - 1].isupper()
        ):
            return True
        if self.text[end - 1 : end] == "." or self.text[end : end + 1] != " ":
            return False  # "dalam CPI Mei. Kenaikan ...": the sentence ends
        after = NAME_AFTER_RE.match(self.text, end + 1)
        if after is None:
            return False
        follower = after.group().lower()
        if follower in self.s.month or follower in self.s.number:
            return False  # "Record April One": Reuters' day in words
        raw = self.text[max(0, start - 16) : start]
        if not raw.endswith(" ") or not raw.split() or not raw.split()[-1][:1].isupper():
            return False
        return before not in self.s.date_prepositions and before not in self.s.edges

    def _in_day_span(self, start: int, end: int) -> bool:
        """Whether the bare weekday at ``start:end`` opens or closes a span of weekdays
        with no date after it ("Senin-Jumat: 14.00-23.00 WIB", "puasa Senin-Kamis",
        "open Monday-Friday"): a schedule, a TimeML SET; or one whose dates follow after
        a comma ("Jumat-Sabtu, 6-7 Juni 2025"), which are the mention. A span with a word
        after it that places it ("Sabtu-Minggu lalu", "Senin-Jumat pekan depan") names
        days."""
        text = self.text
        if text[end : end + 1] == ":" and _CLOCK_AFTER_COLON_RE.match(text, end) is not None:
            return True  # "Jam buka Senin: 06.30-18.00": one day's hours
        near = text[max(0, start - 3) : start] + text[end : end + 3]
        if "-" not in near and "\u2013" not in near:
            return False
        if (after := _DAY_SPAN_AFTER_RE.match(text, end)) is not None:
            if after.group(1).lower() not in self.s.weekday:
                return False
            last = after.end()
        elif (before := _DAY_SPAN_BEFORE_RE.search(text, max(0, start - 16), start)) is not None:
            if before.group(1).lower() not in self.s.weekday:
                return False
            last = end
        else:
            return False
        rest = _DAY_SPAN_REST_RE.match(text, last)
        if rest is None:
            return True
        if rest.group(1) is not None:
            # its dates follow: in parentheses the grammar reads them with the days;
            # after a comma ("Jumat-Sabtu, 6-7 Juni 2025") they are the mention
            return rest.group(1)[0] != "("
        word = rest.group(2).lower()
        rel = self.s.words.relative
        return not (
            word in self.s.unit
            or word in rel.fixed_days
            or any(p.split()[0] == word for p in (*rel.post_last, *rel.post_next, *rel.post_this))
        )

    def _before_days_off(self, end: int) -> bool:
        """Whether the weekday ending at ``end`` opens a list of days that ends in days
        off ("pada hari Sabtu, Minggu, dan libur nasional", "Saturdays, Sundays and
        holidays"): the days a rule or a timetable holds, a TimeML SET."""
        days_off = self.s.words.relative.day_off_words
        if not days_off or not self.text.startswith(_LIST_OPENINGS, end):
            return False  # the list goes on with a comma or a join right after the day
        near = self.text[end : end + _DAYS_OFF_REACH].lower()
        if not any(word in near for word in days_off):
            return False  # (most weekdays: no day off named after them)
        for word in _LIST_WORD_RE.findall(self.text, end, end + _DAYS_OFF_REACH):
            word = word.lower()
            if word in days_off:
                return True
            if word not in _LIST_JOINERS and word not in self.s.weekday:
                return False
        return False

    def _in_name(self, start: int, end: int, pre: str | None = None) -> bool:
        """Whether the weekday at ``start:end`` is part of a name: a capitalised word of
        ``weekday_name_before`` right before it ("Pasar Minggu"), or two words that make
        one of its entries with the weekday ("the Mail on Sunday"), or one of
        ``weekday_name_after`` right after it with "the" or a possessive before it ("The
        Sunday Times", "London's Sunday Telegraph"); or one of ``market_days`` after it
        ("Jumat Kliwon"). A weekday with a word of its own before it (``pre``: "last") is
        a name only with the two words."""
        rel = self.s.words.relative
        before = self.text[max(0, start - 24) : start]
        words = before.split() if before[-1:].isspace() else []
        last = words[-1] if words else ""
        if rel.weekday_name_before:
            if (
                last.lower() in self.s.name_joiners
                and len(words) > 1
                and words[-2][:1].isupper()
                and _norm(f"{words[-2]} {last} {self.text[start:end]}") in rel.weekday_name_before
            ):  # "the Mail on Sunday", but "the Mail on Monday reported"
                return True
            if not pre and last[:1].isupper() and last.lower() in rel.weekday_name_before:
                return True
        if rel.market_days and self.text[end : end + 1] == " ":
            after = NAME_AFTER_RE.match(self.text, end + 1)
            if after is not None and after.group().lower() in rel.market_days:
                return True  # "weton Jumat Kliwon": a day that comes back every 35 days
        if pre:
            return False
        if rel.weekday_name_after and last and self.text[end : end + 1] == " ":
            after = NAME_AFTER_RE.match(self.text, end + 1)
            if (
                after is not None
                and after.group().lower() in rel.weekday_name_after
                and (last.lower() in _NAME_HEADS or last.endswith(("'s", "\u2019s")))
            ):  # "the Sunday Times", "London's Sunday Telegraph"; not "said Tuesday
                return True  # Standard Chartered would ..." nor "on Sunday Times Square"
        return False

    def _weekday_dated(self, m: re.Match[str], wd: int) -> _Value | None:
        g = m.group
        if g("w_pm"):
            day, month = int(g("w_pd")), int(g("w_pm"))
            year_text = g("w_py")
            # A range ("Sabtu-Minggu (12-13/7)") names the days of an event, not the day
            # a story is filed: its own rule keeps it out of the reference evidence.
            rule = "weekday-range+dm" if g("w_name2") else "weekday+dm"
        elif g("w_dm"):
            day, month = int(g("w_dd")), self.s.month[_norm(g("w_dm"))]
            year_text = g("w_dy")
            rule = "weekday+date"
        elif g("w_mm"):
            day, month = int(g("w_md")), self.s.month[_norm(g("w_mm"))]
            year_text = g("w_my")
            rule = "weekday+date"
        else:
            a, b, year = int(g("w_n1")), int(g("w_n2")), int(g("w_n3"))
            value = _day(_numeric_dmy(self.s, a, b, year), "weekday+dmy", relative=False)
            if value.date is not None and value.date.weekday() != wd:
                return value._replace(problem="reldate.weekday-mismatch")
            return value
        value = self._written_day(day, month, year_text, rule)
        if value.date is not None and value.date.weekday() != wd:
            return value._replace(problem="reldate.weekday-mismatch")
        return value

    def _written_day(self, day: int, month: int, year_text: str | None, rule: str) -> _Value:
        """The day written as digits or a month name beside a weekday or a day word: with
        its year (rule ``rule + "y"``; "25" is 2025) alone, else in the year nearest the
        reference (unresolved without one); impossible digits give ``reldate.invalid-date``."""
        if year_text:
            year = int(year_text)
            if year < 100 and len(year_text) <= 2:  # "(7/7/25)"; "0000" is no year
                year += 2000
            return _day(_make_date(year, month, day), rule + "y", relative=False)
        if not (1 <= month <= 12 and 1 <= day <= 31) or _make_date(2000, month, day) is None:
            return _Value(
                None, Granularity.DAY, rule, relative=False, problem="reldate.invalid-date"
            )
        if self.ref is None:  # "Rabu (22/11)": its year alone unknown
            return _unresolved(Granularity.DAY, rule, f"XXXX-{month:02d}-{day:02d}")
        return _day(resolve_year_closest(self.ref, month, day), rule, relative=True)

    def _month_before_in_sentence(self, start: int) -> str | None:
        """The value of the first month mention before ``start`` in its sentence (at most
        :data:`_SENTENCE_YEAR_REACH` characters before: "in January from 112,262 in
        December and 105,715 a year earlier" is January's), when no bare year, day,
        quarter or year mention stands after it, nor "quarter" right after it; or None."""
        first = None
        for at, stop, value in reversed(self.months):
            if start - at > _SENTENCE_YEAR_REACH or _WRAPPED_SENTENCE_END_RE.search(
                self.text, at, start
            ):
                break
            first = (at, stop, value)
        if first is None:
            return None
        at, stop, found_value = first
        if found_value.value is None or not found_value.value[:4].isdigit():
            return None
        if _QUARTER_AFTER_RE.match(self.text, stop) or self.text[stop : stop + 1] in _RANGE_MARKS:
            return None  # "the September quarter", "the October-December quarter"
        if _AND_AFTER_RE.match(self.text, stop):
            return None  # "against 1.20 mln in December and 896,718 a year earlier": the
            # month compared with, the story's own month (January) left unwritten
        if self.bare_year is not None and self.bare_year[0] > at:
            return None  # a year written after the month frames it ("in 1986")
        for unit in (Granularity.DAY, Granularity.QUARTER, Granularity.YEAR):
            other = self.latest.get(unit)
            if other is not None and at < other[0] < start:
                return None  # a later mention is nearer ("a 0.3 pct rise in 1986")
        return found_value.value

    def _sentence_year(self, start: int) -> tuple[int, int, int, bool] | None:
        """The latest year written alone (``bare_year``) when it stands before ``start``
        in its sentence, at most :data:`_SENTENCE_YEAR_REACH` characters before; else None."""
        if self.bare_year is None:
            return None
        end = self.bare_year[1]
        if start - end > _SENTENCE_YEAR_REACH or _SENTENCE_END_RE.search(self.text, end, start):
            return None
        return self.bare_year

    def _year_before_in_sentence(self, start: int) -> int | None:
        """The year written alone before ``start`` in its sentence (not a pair's), or None."""
        found = self._sentence_year(start)
        return found[2] if found is not None and not found[3] else None

    def _year_of_sentence(self, start: int, month: int, periods: bool = True) -> int | None:
        """The year written alone earlier in the sentence of ``start``, when it frames the
        day: the sentence opens with it ("Tahun 2023 misalnya, pendaftaran dibuka 1
        April", "In 1986, a season that ran from April 3"), or the day closes a period of
        it ("fiscal 1985 ended September 30"; a pair's later year: "the 1986/87 year
        ending March 31"; not a single year's ending in January to March, which may be
        either year's); at most :data:`_SENTENCE_YEAR_REACH` characters before, no
        sentence's end between. Else None."""
        found = self._sentence_year(start)
        if found is None:
            return None
        year_start, end, year, pair = found
        text = self.text
        if (
            periods
            and start - end <= _PERIOD_END_REACH
            and _ENDS_BEFORE_RE.search(text, max(end, start - 16), start)
        ):
            # a single year's period ending in its first months is named by its start
            # (UK, Japan: "fiscal 1986 ending March 31" is 1987's) or by its end (US:
            # "fiscal 1988, ending January 31"): the nearest such day decides there
            return year if pair or month > _EARLY_MONTHS else None
        if pair or "," not in text[end : end + _OPENING_REACH]:
            return None
        head = text[max(0, year_start - _OPENING_REACH) : year_start]
        opening = _OPENING_RE.search(head)
        return year if opening is not None else None

    def _partial(
        self,
        m: re.Match[str],
        day: int,
        month_word: str,
        year_text: str | None,
        modifier: str | None = None,
        year_modifier: str | None = None,
    ) -> _Value | None:
        """A day and month word, its year written, named ("August 25 last year"),
        pointed to ("last Oct. 17", "11 Oktober lalu", "5 Juni mendatang") or the nearest
        (rule 3)."""
        month = self.s.month.get(_norm(month_word))
        if month is None:
            return None
        if (
            _norm(month_word) in self.s.words.relative.ambiguous_lower
            and not month_word[:1].isupper()
        ):
            return None  # "may 5" in lower case
        if year_text:
            date = _make_date(int(year_text), month, day)
            return _day(date, "absolute", relative=False) if date else None
        if _make_date(2000, month, day) is None:
            return None
        if self.ref is None:  # "August 29" with no reference: its year alone unknown
            return _unresolved(Granularity.DAY, "year-closest", f"XXXX-{month:02d}-{day:02d}")
        if year_modifier is not None:  # "August 25 last year", "1 Januari tahun depan"
            year = self.ref.year + _direction(self.s, year_modifier)
            return _day(_make_date(year, month, day), "year-relative")
        if modifier is not None:
            return self._pointed_day(month, day, _direction(self.s, modifier))
        holiday = self._holiday_before(m.start())
        if holiday is not None:  # "Thaipusam 2024 jatuh pada 25 Januari": the feast's year
            date = _make_date(holiday.year, month, day)
            if date is not None and abs((date - holiday).days) <= _FEAST_DAY_SLACK:
                return _day(date, "holiday-day")
        sentence_year = self._year_of_sentence(m.start(), month)
        if sentence_year is not None:  # "Tahun 2023, pendaftaran dibuka 1 April"
            return _day(_make_date(sentence_year, month, day), "year-of-sentence")
        date = resolve_year_closest(self.ref, month, day)
        if date is None:
            return _day(date, "year-closest")
        gap = (date - self.ref).days
        if gap < -_RECENT_DAYS and _is_future(self.s, self.text, *m.span()):
            # "payable Feb. 1" in an article of October: the coming one (but a
            # date of the last month stays: "will ... since Jan. 1" on Jan. 5)
            date = _make_date(self.ref.year + 1, month, day) if date.year == self.ref.year else date
            return _day(date, "year-next")
        if gap > _RECENT_DAYS and _since_before(self.text, m.start()):
            # "the year ended Nov. 30", "since November 19" in an article of March: the
            # last one (a date of the coming month stays: "since May 2" in April is odd)
            return _day(_make_date(date.year - 1, month, day), "year-last")
        return _day(date, "year-closest")

    def _pointed_day(self, month: int, day: int, direction: int) -> _Value:
        """ "last Oct. 17", "11 Oktober lalu": the latest such day before the reference;
        "5 Juni mendatang", "next March 3": the first one after it; "10 Juli ini": this
        year's. A day up to a week on the wrong side still counts (a story filed a few
        days off its date: "Idul Adha 6 Juni mendatang" dated 10 June)."""
        ref = self.ref
        assert ref is not None
        if direction == 0:
            return _day(_make_date(ref.year, month, day), "year-this")
        rule = "year-last" if direction < 0 else "year-next"
        for k in range(10):  # from the year after (before) the reference; "29 Februari"
            date = _make_date(ref.year - direction * (1 - k), month, day)
            if date is not None and (date - ref).days * direction >= -_POINTED_SLACK:
                return _day(date, rule)
        return _day(None, rule)

    def _month_led(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        word = g("m_m")
        key = _norm(word)
        month = self.s.month[key]
        if g("m_dw"):
            if key in self.s.words.relative.ambiguous_lower and not word[:1].isupper():
                return None  # "may six": the verb, most likely
            day = self.s.number[_norm(g("m_dw"))]
            direction = g("m_pre") if g("m_pre") and _norm(g("m_pre")) not in self.s.edges else None
            return self._partial(
                m, day, word, g("m_dwy"), direction or g("m_post"), g("m_ypre") or g("m_ypost")
            )
        if g("m_d"):
            if g("m_d2") is not None and int(g("m_d2")) <= int(g("m_d")):
                return None  # "June 3-1": no range of days
            pre = g("m_pre")
            if pre and _norm(pre) in self.s.edges:
                pre = None  # "early June 3" reads no direction
            return self._partial(
                m, int(g("m_d")), word, g("m_y"), pre or g("m_post"), g("m_ypre") or g("m_ypost")
            )
        if key in self.s.words.relative.ambiguous_lower and not word[:1].isupper():
            return None
        if g("m_y2"):
            return _Value(f"{g('m_y2')}-{month:02d}", Granularity.MONTH, "absolute")
        if g("m_ysp"):
            return _Value(f"{_spelled_year(g('m_ysp'))}-{month:02d}", Granularity.MONTH, "absolute")
        if (
            key not in self.s.words.months
            and not (g("m_pre") or g("m_ypost") or g("m_ypre"))
            and not self._month_slash_pair(m.start(), m.end())
        ):
            return None  # an abbreviation alone ("Jan", "MRT ini") is no month; "last Jan." is
        if key == "may" and not g("m_pre") and not self._may_is_month(m):
            return None  # the verb "may"
        if not (g("m_pre") or g("m_post") or g("m_ypost") or g("m_ypre")) and (
            key in self.s.months_with_a_date_only or self._month_is_a_name(m.start(), m.end())
        ):
            return None  # "Direktur Utama Juli Oktarina", "ucap Juli"; "MAI" in a word list
        if not (g("m_pre") or g("m_post") or g("m_ypost") or g("m_ypre")):
            year_of = _of_anaphoric_year_re(self.s.languages).match(self.text, m.end())
            if year_of is not None and self.written_year is not None:
                # "in 1991 ... in December of that year": the year written last, moved
                shift = self.s.anaphoric[_norm(year_of.group("a"))]
                named = f"{self.written_year + shift:04d}"
                self.year_of_month = (year_of.end(), named)  # the anaphor's too
                return _Value(
                    f"{named}-{month:02d}", Granularity.MONTH, "anaphoric-unit", relative=True
                )
        if not (g("m_pre") or g("m_post") or g("m_ypost") or g("m_ypre")):
            framing = self._year_of_sentence(m.start(), 0, periods=False)
            if framing is not None:  # "In 1960, he was arrested in December"
                value = f"{framing:04d}-{month:02d}"
                return _Value(value, Granularity.MONTH, "year-of-sentence", relative=True)
        if self.ref is None:
            return _unresolved(Granularity.MONTH, "month-name", f"XXXX-{month:02d}")
        ref = self.ref
        if g("m_ypost") or g("m_ypre"):
            year = ref.year + _direction(self.s, g("m_ypost") or g("m_ypre"))
            return _Value(
                f"{year:04d}-{month:02d}", Granularity.MONTH, "month+year-relative", None, True
            )
        pre = g("m_pre")
        edge = None
        if pre and _norm(pre) in self.s.edges:
            edge, pre = _norm(pre), None  # "early September", "the middle of October": no direction
        modifier = pre or g("m_post")
        direction = _direction(self.s, modifier)
        if not modifier and _since_before(self.text, _before_month_word(self.text, m.start())):
            direction = -1  # "sejak (bulan) Oktober", "since October": the last one
        elif not modifier:
            direction = _tense(self.s, self.text, m.start(), m.end(), month=True)
            if direction < 0 and _word_before(self.text, m.start()) in _DEADLINE_WORDS:
                direction = 0  # "extended the loans through January": a deadline
            if direction == 0:  # no cue: the nearer one, the past one on a tie
                direction = 1 if (month - ref.month) % 12 < 6 else -1
            if direction < 0 and (month - ref.month) % 12 <= 4 and self._ahead(m.start()):
                direction = 1  # "ahead of December's summit" said in October
        if direction < 0 and modifier and month == ref.month:
            # "last April" said in April, but "awal Juni lalu" on 18 June is this June's start
            year = ref.year if _edge_passed(edge, ref.day) else ref.year - 1
        elif direction > 0 and modifier and month == ref.month:
            year = ref.year + 1
        elif direction == 0:
            year = ref.year
        else:
            year = _month_year(month, ref, direction)
        return _Value(f"{year:04d}-{month:02d}", Granularity.MONTH, "month-name", None, True)

    def _month_slash_pair(self, start: int, end: int) -> bool:
        """Whether a slash and another month word stand right after ``end`` or right
        before ``start``: "Jan/Feb 1987", "Oct/Dec" (a pair of months, so an abbreviation
        is one too)."""
        if self.text[end : end + 1] == "/":
            after = _DAY_OR_WORD_RE.match(self.text, end + 1)
            if after is not None and _norm(after.group()) in self.s.month:
                return True
        if start > 1 and self.text[start - 1] == "/":
            before = self.text[max(0, start - 12) : start - 1].split()
            return bool(before) and _norm(before[-1]) in self.s.month
        return False

    def _may_is_month(self, m: re.Match[str]) -> bool:
        """ "May" is the month after "in"/"of"/"since"/"until"/"early"... or before a year,
        and a capitalised "May" after "the" before a word that is no name ("the May
        elections", "The May dividend"; not "the May Department Stores")."""
        before = self.text[max(0, m.start() - 12) : m.start()].lower().split()
        if before and before[-1][-1:] in "-\u2013" and before[-1][:-1].rstrip(".") in self.s.month:
            return True  # the end of a range: "the January-May period"
        if before and before[-1] == "the" and m.group()[:1] == "M":
            # not a name: "the May Department Stores", "The May family" is read as the month
            # only when a lower-case word follows ("the May elections")
            return (
                self.text[m.end() : m.end() + 1] != " "
                or NAME_AFTER_RE.match(self.text, m.end() + 1) is None
            )
        return bool(before) and before[-1] in {
            "in",
            "of",
            "since",
            "until",
            "till",
            "through",
            "from",
            "by",
            "during",
            "mid",
            "early",
            "late",
            "last",
            "next",
            "this",
            "to",
            "and",
            "bulan",
            "for",  # "elections are planned for May."
            "before",
            "after",
        }

    def _counted_before(self, start: int, thousands: bool = False) -> bool:
        """A count stands just before ``start`` ("dua", "54", "beberapa"): "dua tahun ini" is
        "these two years", a duration, and "pria 54 tahun ini" "this 54-year-old man";
        with ``thousands``, also one written with separators ("3.000 tahun yang lalu"; not
        before "hari ini": "support di 16.300 hari ini" is a price)."""
        closed = self.text[max(0, start - 16) : start].rstrip()
        if closed.endswith(")"):  # "Pertamax (RON 92) hari ini": a name's number, but "3
            inside = closed[closed.rfind("(") + 1 : -1].strip().lower()  # (Tiga) bulan ini"
            return inside.isdigit() or inside in self.s.number
        word = _word_before(self.text, start)
        return (
            (word.isdigit() and len(word) <= 3)  # not "2025"
            or word in self.s.number
            or (thousands and _THOUSANDS_RE.fullmatch(word) is not None)
        )

    def _scaled_before(self, start: int) -> bool:
        """A magnitude word right before the unit at ``start`` counts it: "4,5 miliar
        tahun lalu" and "ribuan tahun lalu" are billions and thousands of years ago, not
        last year; an amount of money is no count ("Rp 25 miliar tahun ini")."""
        text = self.text
        word = _word_before(text, start)
        at = start - len(word) - 1  # where the word stands right before the unit
        return (
            word in self.s.words.relative.magnitudes
            and text[at : start - 1].lower() == word
            and text[start - 1 : start].isspace()
            and _CURRENCY_RE.search(text, max(0, at - _AMOUNT_REACH), at) is None
        )

    def _fixed(self, m: re.Match[str]) -> _Value | None:
        key = _norm(m.group("fixed"))
        rel = self.s.words.relative
        if (
            key.partition(" ")[0] in self.s.unit  # "hari ini": a unit and its "this"
            and not m.group("f_pm")
            and self._counted_before(m.start())
        ):
            return None  # "dalam dua hari ini": these two days
        if key.partition(" ")[0] in rel.parts_of_day and rel.part_of_day_nouns:  # "malam ini"
            before = self.text[max(0, m.start() - 16) : m.start()]
            words = before.split() if before.endswith(" ") else ()
            if words and words[-1].lower() in rel.part_of_day_nouns:
                return None  # "makan malam ini" is this dinner, "tidur siang ini" this nap
        if (
            not m.group("f_pm")
            and key in rel.post_last
            and (self._modifies_before(m.start()) or self._modifies_after(m.end()))
        ):
            return None  # "Pemilu 2024 kemarin", "kemarin hari Kamis": "last", no yesterday
        if (
            key == "semalam"
            and not m.group("f_pm")
            and (
                _word_before(self.text, m.start()) in self.s.night_span_before
                or _word_after(self.text, m.end()) in self.s.night_span_after
            )
        ):
            return None  # "viral dalam semalam": overnight, "semalam suntuk": all night
        if (
            key in self.s.title_day_words  # (an Indonesian "Ramalan Zodiak Besok" is tomorrow)
            and not m.group("f_pm")
            and _in_a_title(self.text, *m.span())
        ):
            return None  # "USA Today said", "dikutip dari India Today, Senin": a title
        value = self._fixed_word(key)
        if value is None or not m.group("f_pm"):
            return value
        # "kemarin (19/11)": the digits say the day; the word, counted from the
        # reference, must agree with them or a diagnostic says it does not.
        written = self._written_day(
            int(m.group("f_pd")), int(m.group("f_pm")), m.group("f_py"), "fixed+dm"
        )
        if written.problem == "reldate.invalid-date":
            return value._replace(problem="reldate.invalid-date")  # the word stands
        if value.date is not None and written.date is not None and written.date != value.date:
            return written._replace(problem="reldate.day-mismatch")
        return written

    def _fixed_word(self, key: str) -> _Value | None:
        offset = self.s.words.relative.fixed_days.get(key)
        if offset is None:
            return None
        if self.ref is None:
            return _unresolved(Granularity.DAY, "relative-day")
        return _day(self.ref + dt.timedelta(days=offset), "relative-day")

    def _decade(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        if g("dec"):
            return _Value(g("dec")[:3] + "X", Granularity.DECADE, "absolute")
        if g("dec2") or g("dec3") or g("dec4"):  # "'80s", "tahun 90-an": a decade of the 1900s
            digits = g("dec2") or g("dec3") or g("dec4")
            return _Value("19" + digits[0] + "X", Granularity.DECADE, "absolute")
        digit = self.s.words.relative.decade_words.get(_norm(g("dec_w")))
        return None if digit is None else _Value(f"19{digit}X", Granularity.DECADE, "absolute")

    def _year(self, m: re.Match[str]) -> _Value | None:
        g = m.group
        start = m.start("year")
        if self.text[start - 1 : start] == "/":  # the grammar lets only "<digits>/" through
            first = self.text[max(0, start - 5) : start - 1]
            edge = self.text[start - 6 : start - 5] if start >= 6 else ""
            if (
                first.isdigit()
                and len(first) == 4
                and not (edge.isalnum() or edge in ("/", ".", ","))
                and int(g("year")) - int(first) == 1
            ):
                return _Value(g("year"), Granularity.YEAR, "year-pair")  # "2024/2025"
            if _regulation_before_re().search(self.text, max(0, start - 40), start) is None:
                return None  # "7/2025" is no year; "Perpres No 14/2024" is
            return _Value(g("year"), Granularity.YEAR, "regulation")
        if not g("y_word") and not g("y_edge"):
            if _not_a_year_before(self.text, start):
                return None
            text, end = self.text, m.end()
            if (
                text[start - 1 : start] == "-"
                and text[start - 2 : start - 1].isupper()
                and text[end : end + 1] == "-"
                and text[end + 1 : end + 2].isupper()
            ):
                return None  # a licence plate or a code: "W-1853-ON", "BL-1956-EZO"
            if NOT_YEAR_AFTER_RE.match(self.text, m.end(), min(len(self.text), m.end() + 16)):
                return None
            year = int(g("year"))
            if (
                not 1800 <= year <= 2099
                and not (
                    year >= 1500 and _OLD_YEAR_BEFORE_RE.search(self.text, max(0, start - 8), start)
                )
                and not (
                    year >= 1500
                    and (later := _LATER_YEAR_RE.match(self.text, m.end())) is not None
                    and 1800 <= int(later.group(1)) <= 2099
                    and not NOT_YEAR_AFTER_RE.match(self.text, later.end(), later.end() + 16)
                )
            ):  # "the Qing Dynasty (1644-1911)": an older year opening a range up to a year
                # no count could be ("1500-1600 tonnes", "1650-1700" are numbers)
                return None
            period = YEAR_PERIOD_RE.match(self.text, m.end(), min(len(self.text), m.end() + 24))
            if (
                period is not None
                and self.ref is not None
                and self.text[max(0, start - 4) : start].lower() == "the "
                and (period.group("unit").lower() == "quarter" or self._in_quarter_report(m))
            ):  # "in the 1988 quarter": the quarter being reported, in 1988
                latest = self._reported_quarter(self.ref)
                return _Value(
                    f"{g('year')}{latest[4:]}", Granularity.QUARTER, "year-quarter", None, True
                )
        return _Value(g("year"), Granularity.YEAR, "absolute")


# The shapes that name a quarter by its ordinal: what a report's "the quarter" means.
_ORDINAL_QUARTERS = frozenset({"K_qe", "K_qi", "K_qq"})


# A span of two weekdays: the dash and the other day's name after a day, or before it.
_DAY_SPAN_AFTER_RE = re.compile(r"[^\S\n]{0,2}+[-\u2013][^\S\n]{0,2}+([^\W\d_]{3,9}+)(?![\w-])")
_DAY_SPAN_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,9}+)[^\S\n]{0,2}+[-\u2013][^\S\n]{0,2}+\Z")
# What follows a span: its dates ("(12-13/7)", ", 6-7 Juni"), or the next word.
_DAY_SPAN_REST_RE = re.compile(r"[^\S\n]{0,2}+(?:,?[^\S\n]{0,2}+(\(?\d)|([^\W\d_]++))")

# The word right before a word, with only blanks between ("2024 kemarin").
_WORD_JUST_BEFORE_RE = re.compile(r"(?<![\w.,])(\w{1,20}+)[^\S\n]{1,3}+\Z")
# The weekday after a word, maybe after "hari": "kemarin hari Kamis".
_NEXT_WEEKDAY_RE = re.compile(
    r"[^\S\n]{1,3}+(?:hari[^\S\n]{1,3}+)?([^\W\d_]{3,9}+)(?!\w)", re.IGNORECASE
)

# A capitalised word and "of" before a capitalised "the Year": an award's title.
_TITLE_OF_RE = re.compile(r"(?<!\w)[A-Z]\w*+[^\S\n]{1,3}+of[^\S\n]{1,3}+\Z")
# ... and an award's in lower case: "named player of the year", "rookie of the year"
_AWARD_OF_RE = re.compile(
    r"(?<!\w)(?:player|rookie|athlete|coach|manager|footballer|cricketer|sportsman|sportswoman"
    r"|referee|sixthman|driver|rider|entrepreneur|retailer|affiliate|team|word|song|album|car"
    r")s?[^\S\n]{1,3}+of[^\S\n]{1,3}+\Z",
    re.IGNORECASE,
)

# Opening hours after a day and its colon: "Senin: 06.30-18.00".
_CLOCK_AFTER_COLON_RE = re.compile(r":[^\S\n]{0,3}+(?:pukul[^\S\n]{1,3}+)?\d{1,2}[.:]\d\d")

# A count written with thousands separators: "3.000", "1,500".
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})+")

# How far after "the year ended <day>" its "a year earlier" may stand.
_REPORTED_YEAR_REACH = 600
# A period other than the year named between "the year ended <day>" and "a year earlier".
_OTHER_PERIOD_RE = re.compile(r"(?<!\w)(?:months?|quarters?|half|weeks?|qtr)(?!\w)", re.I)


def _year_phrase_modifier(scanner: _Scanner, m: re.Match[str]) -> str:
    """The modifier of a holiday's year phrase: "lalu" of "tahun lalu", "last" of "last
    year"."""
    words = _norm(m.group("hol_rel")).split()
    return words[-1] if words[0] in scanner.unit else " ".join(words[:-1])


# The later year of a range after a year: "-1911" of "(1644-1911)".
_LATER_YEAR_RE = re.compile(r"[-\u2013]((?:1[5-9]|20)\d\d)(?!\d)")

# The periods a day after "ended"/"ending" closes: "the quarter", "the year".
# An ordinal quarter takes that day's year ("the third quarter ended January 31": a
# fiscal quarter, in the year of the day that closes it, as TimeBank writes them).
_CLOSED_BY_A_DAY = frozenset({"quarter-latest", "the-year", "quarter-relative"})


@functools.cache
def _ended_re() -> re.Pattern[str]:
    return re.compile(
        r",?\s{1,8}+(?:and\s{1,8}+(?:the\s{1,8}+)?(?:full\s{1,8}+)?year\s{1,8}+)?+"  # "and year"
        r"end(?:ed|ing)\s{1,8}+(?:in\s{1,8}+)?",
        re.IGNORECASE,  # hard-wrapped too
    )


def _reported(quarter: str, reference: dt.date) -> str | None:
    """``quarter`` as the one a story reports on, when it lies in the year up to the
    reference's own quarter ("the fiscal first quarter", "fourth-quarter profit", "the
    quarter ended June 30"), else None."""
    now = _quarter_of(reference.year, reference.month)
    return quarter if _quarter_of(reference.year, reference.month, -4) < quarter <= now else None


_UNIT_GRANULARITY = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "WE": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
    "E": Granularity.DECADE,
    "SP": Granularity.SEASON,
    "SU": Granularity.SEASON,
    "FA": Granularity.SEASON,
    "WI": Granularity.SEASON,
}


# The groups that hold a part of day, by shape: after the mention, or inside it
# ("Sabtu malam (12/7)").
_POD_GROUP = {
    "K_wd": ("w_pod", "w_pod0", "w_pod1", "w_pod2"),
    "K_fixed": ("f_pod",),
    "K_dm": ("dm_pod",),
}


def _part_of_day(scanner: _Scanner, m: re.Match[str]) -> str | None:
    groups = _POD_GROUP.get(m.lastgroup or "")
    if groups is None:
        return None
    word = next(filter(None, map(m.group, groups)), None)
    if word:
        return scanner.words.relative.parts_of_day.get(_norm(word))
    if groups[0] == "f_pod":
        return scanner.words.relative.fixed_part_of_day.get(_norm(m.group("fixed")))
    return None


def _mention_end(scanner: _Scanner, m: re.Match[str]) -> int:
    """The mention's end, leaving out a sentence's full stop after a full name."""
    surface = m.group()
    if not surface.endswith("."):
        return m.end()
    start = len(surface) - 1
    while start and surface[start - 1].isalnum():
        start -= 1
    word = surface[start:-1].lower()  # "Sept." is an abbreviation, "Friday." ends a sentence
    if word in scanner.words.weekdays or word in scanner.words.months:
        return m.end() - 1
    return m.end()


def _lowered(text: str, start: int, end: int) -> tuple[str, int]:
    """``text[start - 1:end]`` lower-cased with its length kept, and where it starts.

    The copy is the prefilter's private index: its first character is the one
    before ``start`` (a blank at the text's start), the context that the
    word-start test reads, and characters whose lower case is longer than one
    (U+0130) stay as they are so offsets line up.
    """
    piece = text[max(start - 1, 0) : end]
    low = piece.lower()
    if len(low) != len(piece):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in piece)
    return (" " + low if start == 0 else low), start - 1


def _touching_hits(prefilter: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The prefilter's hits when a hit may end in the character before the next one.

    A hit opens with the character before its word, so ``finditer``, which goes
    on after a hit, would miss an anchor right after one that ends in a
    non-word character (a combining mark closes some locales' month names).
    """
    at = 0
    while (hit := prefilter.search(low, at)) is not None:
        yield hit
        at = hit.end() - 1


def _scan(scanner: _Scanner, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """Every grammar match in ``text[start:end]``, in text order, none overlapping.

    The prefilter finds each anchor in a lower-cased copy; the prefix words
    before it are read backwards from it; the grammar for that anchor is
    tried (``match`` on the original text) at each of those word starts,
    earliest first, past the previous match.
    """
    low, base = _lowered(text, start, end)
    reversed_low = low[::-1]
    size = len(low)
    shapes = scanner.shapes
    next_word = NEXT_WORD_RE.match
    prefix_match = scanner.prefix_reversed.match
    # This call's grammars by shape set, from _grammars' cache: one pattern, or blocks.
    grammars: dict[
        frozenset[str], tuple[re.Pattern[str] | None, tuple[tuple[int, re.Pattern[str]], ...]]
    ] = {}
    cursor = start
    prefilter = scanner.prefilter
    hits = list(_touching_hits(prefilter, low) if scanner.glued else prefilter.finditer(low))
    for i, hit in enumerate(hits):
        word_start = hit.start() + 1  # in ``low``; the hit opens with the character before
        anchor = word_start + base
        if anchor < cursor:
            continue  # inside the previous mention
        word = hit.lastgroup or low[word_start : hit.end()]
        kinds = shapes.get(word)  # written as its key (lower case, single blanks)
        if kinds is None:
            kinds = shapes.get(_norm(word))  # "hari  ini", "year\u2019s"
            if kinds is None:
                continue
        found = grammars.get(kinds)
        if found is None:
            blocks = _grammars(scanner.languages, kinds)
            found = grammars[kinds] = (blocks[0][1] if len(blocks) == 1 else None, blocks)
        grammar, blocks = found
        back = prefix_match(reversed_low, size - word_start, size - (cursor - base))
        pos = anchor - (back.end() - back.start()) if back is not None else anchor
        limit = anchor + _WINDOW if anchor + _WINDOW < end else end
        if grammar is None:  # a word that may start a longer mention ("the past", "year"):
            # only the blocks of the shapes that it and the anchors after it stand in
            reach = _anchor_shapes(scanner, hits, i, low, reversed_low)
            blocks = _blocks_in_reach(scanner.languages, kinds, reach)
            if len(blocks) == 1:
                grammar = blocks[0][1]
        # A hit of several words ("kemudian hari") is tried at its last word too, which
        # may open a mention when the whole does not ("Kemudian hari ini": then today).
        last = anchor if " " not in word else base + hit.end() - len(word.rpartition(" ")[2])
        while pos <= last:
            if grammar is not None:
                m = grammar.match(text, pos, limit)
            else:
                m = _first_match(blocks, text, pos, limit)
            if m is not None and m.end() > pos:
                yield m
                cursor = m.end()
                if cursor > last:
                    break
                pos = cursor
                continue
            step = next_word(text, pos, last + 1)
            if step is None or step.end() == pos:
                break
            pos = step.end()


def find_dates(
    text: str,
    region: Span | None = None,
    *,
    reference: dt.date | None = None,
    language: str | None = None,
    context: Context | None = None,
    any_locale: bool = False,
) -> tuple[DateMention, ...]:
    """Every DATE expression inside ``region``, in text order, resolved against ``reference``.

    ``reference`` falls back to ``context.reference``; with neither, relative
    expressions keep ``value=None`` and a ``reldate.unresolved`` diagnostic.
    ``language`` (ISO 639-1) picks the vocabulary; None scans Indonesian,
    Malay and English together. ``any_locale=True`` also reads a day and a
    month word of any dateparser locale ("1 LUG", "21 de marzo"), the month
    looked up in a dict of every locale's names (the language's own first). A
    short region (a dateline's date part) where the language's names find no
    day is read that way by itself.

    >>> ref = dt.date(2025, 7, 11)
    >>> found = find_dates("Ia tiba Kamis (10/7) pagi.", reference=ref)
    >>> [(m.text, m.value, m.anchor.rule) for m in found]
    [('Kamis (10/7) pagi', '2025-07-10', 'weekday+dm')]
    >>> [(m.text, m.value) for m in find_dates("on Thursday, earlier this year", reference=ref)]
    [('Thursday', '2025-07-10'), ('earlier this year', '2025')]
    >>> text = "(ANSA) - ROMA, 1 LUG - Il governo..."
    >>> [m.value for m in find_dates(text, Span(15, 20), reference=ref, language="en")]
    ['2025-07-01']
    """
    if reference is None and context is not None:
        reference = context.reference
    scan = scan_dates(text, region, language=language or (context.language if context else None))
    return resolve_dates(scan, reference=reference, context=context, any_locale=any_locale)


@attrs.frozen
class DateScan:
    """What :func:`find_dates` reads in a region before it resolves anything.

    The grammar matches do not depend on the reference date, so one scan can
    be resolved against several references (:func:`resolve_dates`): the
    pipeline scans each region once, infers the reference from the scan, then
    resolves the same scan against that reference.
    """

    text: str
    start: int
    end: int
    languages: tuple[str, ...]
    short: bool  # a region short enough to retry with every locale's month names
    matches: tuple[re.Match[str], ...]


def scan_dates(text: str, region: Span | None = None, *, language: str | None = None) -> DateScan:
    """The reference-free half of :func:`find_dates`: the grammar matches in ``region``.

    >>> scan = scan_dates("Ia tiba Kamis (10/7) pagi, kata dia, Jumat.", language="id")
    >>> [m.group() for m in scan.matches]
    ['Kamis (10/7) pagi', 'Jumat']
    >>> [m.value for m in resolve_dates(scan, reference=dt.date(2025, 7, 11))]
    ['2025-07-10', '2025-07-11']
    """
    start, end = region_bounds(text, region)
    languages = scanner_languages(language)
    if start >= end:
        return DateScan(text, start, end, languages, False, ())
    matches = tuple(_scan(_scanner(languages), text, start, end))
    short = region is not None and end - start <= _SHORT_REGION
    return DateScan(text, start, end, languages, short, matches)


def resolve_dates(
    scan: DateScan,
    *,
    reference: dt.date | None = None,
    context: Context | None = None,
    any_locale: bool = False,
) -> tuple[DateMention, ...]:
    """The mentions of ``scan`` resolved against ``reference``: what :func:`find_dates`
    returns for the same text, region, language and reference."""
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    text, start, end, languages = scan.text, scan.start, scan.end, scan.languages
    if start >= end:
        return ()
    found = _find(_scanner(languages), text, scan.matches, reference, context)
    if any_locale or (scan.short and all(m.granularity is not Granularity.DAY for m in found)):
        more = _find_any_locale(text, start, end, languages, reference)
        found = _merged(text, found, more, reference, context)
    return found


def resolve_together(
    scans: Sequence[DateScan],
    *,
    reference: dt.date | None = None,
    context: Context | None = None,
) -> tuple[DateMention, ...]:
    """The mentions of several scans of one text, in text order, resolved as one story.

    The regions of an article (its header, and a body that "Baca juga" lines cut
    into pieces) are one story: an anaphor after a related link counts from the
    date before it, a bare weekday finds the day written before it, a range gives
    its year across. So the scans' matches are resolved in one pass, each with
    the state the earlier ones left; a short region where that finds no day is
    read again with every locale's month names, as :func:`resolve_dates` does.

    >>> text = ("Rapat para menteri digelar di Jakarta, Senin (7/7).\\n"
    ...         "Baca juga: Harga beras naik\\nKeesokan harinya, ia pulang ke Bandung.")
    >>> scans = [scan_dates(text, Span(0, 51)), scan_dates(text, Span(80, len(text)))]
    >>> [m.value for m in resolve_together(scans, reference=dt.date(2025, 7, 11))]
    ['2025-07-07', '2025-07-08']
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    scans = sorted((s for s in scans if s.start < s.end), key=lambda s: s.start)
    if not scans:
        return ()
    first = scans[0]
    if any(s.text is not first.text or s.languages != first.languages for s in scans):
        return tuple(  # not one story: each on its own
            m for scan in scans for m in resolve_dates(scan, reference=reference, context=context)
        )
    text = first.text
    matches = [m for scan in scans for m in scan.matches]
    found = list(_find(_scanner(first.languages), text, matches, reference, context))
    for scan in scans:  # a short region with no day is read again, as resolve_dates does
        if not scan.short:
            continue
        own = [m for m in found if scan.start <= m.span.start < scan.end]
        if all(m.granularity is not Granularity.DAY for m in own):
            more = _find_any_locale(text, scan.start, scan.end, first.languages, reference)
            kept = _merged(text, tuple(own), more, reference, context)
            found = [m for m in found if not scan.start <= m.span.start < scan.end] + list(kept)
    found.sort(key=lambda m: (m.span.start, m.span.end))
    return tuple(found)


def _merged(
    text: str,
    found: tuple[DateMention, ...],
    more: Iterable[tuple[Span, _Value]],
    reference: dt.date | None,
    context: Context | None,
) -> tuple[DateMention, ...]:
    """``found`` plus the day mentions of ``more``, in text order.

    One of ``more`` replaces the coarser mentions it contains ("2024" in
    "21 de marzo de 2024") and gives way to any other it overlaps.
    """
    kept = list(found)
    changed = False
    for span, value in more:
        inside = [m for m in kept if span.start <= m.span.start and m.span.end <= span.end]
        if any(m.granularity is Granularity.DAY for m in inside) or any(
            span.start < m.span.end and m.span.start < span.end for m in kept if m not in inside
        ):
            continue
        if value.problem is not None and context is not None:
            context.report(value.problem, None, span)
        anchor = Anchor(value.rule, reference if value.relative else None)
        kept = [m for m in kept if m not in inside]
        kept.append(
            DateMention(
                text[span.start : span.end], span, value.value or value.partial,
                value.granularity, value.date, anchor,
            )
        )  # fmt: skip
        changed = True
    if not changed:
        return found
    return tuple(sorted(kept, key=lambda m: m.span.start))


# The rules of a day written out (digits or a month name), which a bare weekday of the
# same name later in the story may stand for.
_WRITTEN_DAY_RULES = frozenset(
    {"absolute", "year-closest", "year-next", "year-last", "year-this", "year-relative",
     "weekday+dm", "weekday+dmy", "weekday+date", "weekday+datey", "weekday-range+dm",
     "weekday-range+dmy", "fixed+dm", "fixed+dmy"}
)  # fmt: skip


@functools.lru_cache(maxsize=1024)
def _anchor(rule: str, reference: dt.date | None) -> Anchor:
    """One (immutable) :class:`Anchor` per rule and reference, shared by every mention."""
    return Anchor(rule, reference)


def _find(
    scanner: _Scanner,
    text: str,
    matches: Iterable[re.Match[str]],
    reference: dt.date | None,
    context: Context | None,
) -> tuple[DateMention, ...]:
    matches = matches if isinstance(matches, tuple) else tuple(matches)
    resolver = _Resolver(scanner, text, reference, matches)
    found: list[DateMention] = []  # (``_share_range_year`` rewrites some in place)
    problems: list[tuple[str, Span]] = []  # reported once the ranges have their years
    dated: set[Span] = set()  # the mentions a range gave its year to
    append = found.append
    set_before = scanner.set_before
    set_after = scanner.set_after
    # what a set word after a mention may start with ("setiap", "every"): a cheap test
    set_initials = frozenset(w[:1] for w in scanner.words.relative.set_words)
    set_end = -1  # where the last recurring day ("setiap Senin") ended
    closing = -1  # where "the quarter" or "the year" before a closing day ends
    pair_end = -1  # where the last year pair's second year ("87" of "1986/87") ends
    skip_to = -1  # where the second day of a pair ends with its year ("9, 1945")
    partials: dict[Span, str] = {}  # what the unresolved mentions' own words say
    for m in matches:
        if m.start() < skip_to:
            continue
        try:
            value = resolver.resolve(m)
        except OverflowError:  # counted past 0001-01-01 or 9999-12-31
            value = _Value(
                None, None, "out-of-range", relative=True, problem="reldate.out-of-range"
            )
        if value is None:
            if m.lastgroup == "K_hol" and m.group("hol_y") is not None:
                # "semangat lebaran tahun 2025": no holiday (lower case), but its year
                year_at = m.start("hol_y")
                year_word = _YEAR_UNIT_BEFORE_RE.search(text, max(0, year_at - 16), year_at)
                begin = year_word.start() if year_word is not None else year_at
                year_span = Span(begin, m.end("hol_y"))
                year_text = text[year_span.start : year_span.end]
                year_anchor = _anchor("absolute", None)
                append(
                    DateMention(
                        year_text, year_span, m.group("hol_y"), Granularity.YEAR, None, year_anchor
                    )
                )
            continue
        if pair_end > m.start():  # "2022-29 November 2023": "29" opens a date, no year
            found.pop()
            pair_end = -1
        if set_before is not None and value.rule in _RECURRING_RULES:
            start = m.start()
            if set_before.search(text, max(0, start - _SET_REACH), start) is not None or (
                set_end >= 0 and _SET_LIST_RE.fullmatch(text, set_end, start) is not None
            ):
                set_end = m.end()  # a TimeML SET, no date: "setiap Senin dan Kamis"
                continue
            if (
                set_after is not None
                and text[m.end() + 1 : m.end() + 2].lower() in set_initials
                and set_after.match(text, m.end()) is not None
            ):
                # "pada 1 dan 2 Jun setiap tahun", "on April 1 each year": a SET, and so
                # is the first day of its pair
                last = found[-1] if found else None
                if (
                    last is not None
                    and last.anchor is not None
                    and last.anchor.rule == "range-start"
                    and _SET_LIST_RE.fullmatch(text, last.span.end, start) is not None
                ):
                    found.pop()
                continue
        glued_day = -1  # where a day glued to the word before the month starts
        if (
            m.lastgroup == "K_month"
            and value.granularity is Granularity.MONTH
            and value.rule == "absolute"
            and value.value is not None
            and (glued := _GLUED_DAY_RE.search(text, max(0, m.start() - 4), m.start()))
            and (
                day := _make_date(int(value.value[:4]), int(value.value[5:7]), int(glued.group(1)))
            )
        ):  # "horoskopzodiak14 Juni 2025": a scrape glued the day to the word before it
            value = _day(day, "absolute", relative=False)
            glued_day = glued.start(1)
        if value.granularity in _ANCHORING and value.value is not None:
            resolver.latest[value.granularity] = (m.start(), value)
            if value.granularity is Granularity.MONTH:
                resolver.months.append((m.start(), m.end(), value))
            if value.rule == "absolute" and value.value[:4].isdigit():
                resolver.written_year = int(value.value[:4])
                if value.granularity is Granularity.YEAR:
                    resolver.bare_year = (m.start(), m.end(), int(value.value), False)
            if (
                closing >= 0
                and (value.date is not None or value.granularity is Granularity.MONTH)
                and m.start() - closing <= 32
                and _ended_re().fullmatch(text, closing, m.start()) is not None
            ):  # "the quarter ended June 30", "the year ended Nov. 30, 1986", "the year
                # ended in August, 1986": the period that day (or month) closes
                last_rule = found[-1].anchor.rule if found[-1].anchor is not None else ""
                year, month = int(value.value[:4]), int(value.value[5:7])
                quarter = _quarter_of(year, month)
                before = found[-1].value
                if last_rule != "quarter-relative":
                    closed = quarter if last_rule == "quarter-latest" else f"{year:04d}"
                    found[-1] = attrs.evolve(found[-1], value=closed)
                elif before is not None:  # the ordinal's quarter in the closing day's year
                    closed = f"{year:04d}{before[4:]}"
                    found[-1] = attrs.evolve(found[-1], value=closed)
                    if reference is not None and resolver.reported == before:
                        resolver.reported = _reported(closed, reference)
                if last_rule == "quarter-latest" and resolver.reported is None and reference:
                    resolver.reported = _reported(quarter, reference)
                elif last_rule == "the-year" and resolver.reported_year is None:
                    resolver.reported_year = year
                    resolver.reported_year_end = m.end()
            elif (
                m.lastgroup in _ORDINAL_QUARTERS
                and resolver.reported is None
                and reference is not None
                and value.rule != "year-ago-quarter"
                and value.value[5:6] == "Q"
            ):  # "the fiscal first quarter", "fourth-quarter profit"
                resolver.reported = _reported(value.value, reference)
            if (
                value.granularity is Granularity.DAY
                and value.rule in _WRITTEN_DAY_RULES
                and value.date is not None
                and not value.problem
            ):
                resolver.written_days[value.date.weekday()] = value.date
                resolver.written_day_end = (m.end(), value.date)
        surface = m.group()
        begin = m.start()
        if glued_day >= 0:
            surface = text[glued_day : m.end()]
            begin = glued_day
        closing = m.end() if value.rule in _CLOSED_BY_A_DAY else -1
        if (
            surface[0] in "eE"
            and surface.startswith(("end", "End", "END"))
            and (verb := _END_VERB_RE.match(surface)) is not None
            and (
                value.granularity is Granularity.DAY
                or value.rule not in _END_EDGE_RULES
                or _YEAR_BEFORE_END_RE.search(text, max(0, begin - 6), begin) is not None
            )
        ):  # "end-May", "end 1986" are the month's and the year's end; "the offer will
            # end June 5", "talks would end next week": a verb; "year-end 1986": a noun
            begin += verb.end()
            surface = surface[verb.end() :]
        if surface[-1] == ".":  # "Friday." ends a sentence; "Sept." keeps its dot
            stop = _mention_end(scanner, m)
            surface = text[begin:stop]
        else:
            stop = m.end()
        part_of_day = _part_of_day(scanner, m) if m.lastgroup in _POD_GROUP else None
        if (
            value.rule in _EVE_RULES
            and value.date is not None
            and scanner.weekday_eve_words
            and (eve := _eve_before(scanner, text, begin)) is not None
        ):  # "pada malam Sabtu": Friday night
            begin, surface, part_of_day = eve, text[eve:stop], "NI"
            value = _day(value.date - dt.timedelta(days=1), "weekday-eve")
        span = Span(begin, stop)
        if value.problem is not None:
            problems.append((value.problem, span))
            if value.partial is not None:
                partials[span] = value.partial
        append(
            DateMention(
                surface,
                span,
                value.value,
                value.granularity,
                value.date,
                _anchor(value.rule, value.base or (reference if value.relative else None)),
                part_of_day,
            )
        )
        if (
            value.rule in _BARE_WEEKDAY_RULES
            and len(found) > 1
            and (moved := _weekday_range_end(text, found[-2], found[-1])) is not None
        ):  # "Thursday through Saturday": the last day comes after the first
            found[-1] = moved
        if (
            value.rule == "weekday+week"
            and len(found) > 1
            and (shared := _week_shared(text, found[-2], found[-1])) is not None
        ):  # "Friday and Saturday next week": the first day is in that week too
            found[-2] = shared
        if (
            value.rule in _WRITTEN_DAY_RULES
            and value.date is not None
            and not value.problem  # "hari ini, Selasa (10/4/2025)": a stale template
            and len(found) > 1
            and (prior_anchor := found[-2].anchor) is not None
            and prior_anchor.rule == "relative-day"
            and (restated := _day_restated(text, found[-2], found[-1])) is not None
        ):  # "hari ini, Jumat (6/6/2025)": today is the day the text writes next to it
            found[-2] = restated
        if (
            m.lastgroup == "K_dm"
            and value.date is not None
            and m.group("dm_d0") is None
            and (opened := _range_start(text, begin, value.date))
            and (len(found) < 2 or found[-2].span.end <= opened[0].span.start)
        ):
            found[-1:-1] = opened  # "9" of "9 hingga 15 Juni 2025", "23, 24" of "23, 24, dan 25"
        if (
            value.rule in _YEARLESS_RULES
            and len(found) > 1
            and reference is not None
            and (placed := _place_yearless_range(scanner, text, found, reference))
        ):  # "the January-June period", "between Dec 16 and Feb 23": one placement
            for mention in placed:
                unit = mention.granularity
                kept = resolver.latest.get(unit) if unit is not None else None
                if unit is not None and kept is not None and kept[0] == mention.span.start:
                    resolver.latest[unit] = (
                        mention.span.start,
                        _Value(mention.value, unit, "range-year", mention.date, True),
                    )
        if value.rule in _YEAR_WRITTEN_RULES and len(found) > 1:
            # before the next match is resolved, so an anaphor after the range counts
            # from the year the range writes
            for earlier in _share_range_year(scanner, text, found):
                dated.add(earlier.span)
                unit = earlier.granularity
                kept = resolver.latest.get(unit) if unit is not None else None
                if unit is not None and kept is not None and kept[0] == earlier.span.start:
                    resolver.latest[unit] = (
                        earlier.span.start,
                        _Value(earlier.value, unit, "range-year", earlier.date),
                    )
        if (
            m.lastgroup == "K_month"
            and value.date is not None
            and m.group("m_y") is None
            and m.group("m_d2") is None
            and (second_day := _SECOND_DAY_RE.match(text, stop, stop + 24)) is not None
            and (day2 := int(second_day.group("day"))) - value.date.day > 0
            and (
                day2 - value.date.day <= _SECOND_DAY_REACH
                if second_day.group("to") is None
                else _FROM_BEFORE_RE.search(text, max(0, begin - 12), begin) is not None
            )
        ):  # "March 9 and 10", "from Nov. 4 to 5": the second day of the pair or range is
            # a mention of its own; a year after it is the pair's ("August 6 and 9, 1945")
            written = _YEAR_AFTER_RANGE_RE.match(text, second_day.end())
            pair_year = int(written.group(1)) if written is not None else value.date.year
            date2 = _make_date(pair_year, value.date.month, day2)
            date1 = _make_date(pair_year, value.date.month, value.date.day)
            if date2 is None or date1 is None:
                continue
            if written is not None and date1 != value.date:
                found[-1] = attrs.evolve(
                    found[-1], value=date1.isoformat(), date=date1,
                    anchor=_anchor("range-year", None),
                )  # fmt: skip
            day_span = Span(second_day.start("day"), (written or second_day).end())
            skip_to = day_span.end  # "9, 1945" is the second day's: its year is no mention
            append(
                DateMention(
                    text[day_span.start : day_span.end],
                    day_span,
                    date2.isoformat(),
                    Granularity.DAY,
                    date2,
                    _anchor("second-day", None),
                )
            )
        if (
            m.lastgroup == "K_year"
            and value.rule == "absolute"
            and value.value is not None
            and (pair := YEAR_PAIR_RE.match(text, stop, m.endpos)) is not None
            and (second := _second_year(int(value.value), pair)) is not None
        ):  # "1986/87", "1983-84", "1950-53": the second year is a mention of its own
            pair_end = pair.end(1)
            if resolver.bare_year is not None and resolver.bare_year[1] == m.end():
                resolver.bare_year = (m.start(), pair_end, second, True)  # its later year
            append(
                DateMention(
                    pair.group(1),
                    Span(pair.start(1), pair.end(1)),
                    str(second),
                    Granularity.YEAR,
                    None,
                    _anchor("year-pair", None),
                )
            )
    if reference is not None and any(
        f.anchor is not None and f.anchor.rule == "relative-day" for f in found
    ):
        _quoted_days(scanner, text, found, reference)
    if context is not None:
        for code, span in problems:
            if not (code == "reldate.unresolved" and span in dated):
                context.report(code, None, span)
    if partials:  # no range or list gave them a year: "XXXX-08-29", "XXXX-03"
        return tuple(
            attrs.evolve(f, value=partials[f.span]) if f.value is None and f.span in partials else f
            for f in found
        )
    return tuple(found)


# The second day of a pair after a month-led day: "March 9 and 10 at prices", "on May 4 or
# 5."; not a count ("March 9 and 10 people"): only punctuation or a function word follows.
_SECOND_DAY_RE = re.compile(
    r"[^\S\n]{1,3}+(?:and|or|&|(?P<to>to|through|until|till))[^\S\n]{1,3}+"
    r"(?P<day>[0-3]?\d)(?!\d|[.,:/]\d)"
    r"(?=[^\S\n]*+(?:[,.;:)\]]|\n|\Z)|[^\S\n]{1,3}+(?:at|in|on|and|or|when|as|the|from"
    r"|respectively|for|with|after|before|while|during|this|last|next|was|were|will|would"
    r"|is|are|to(?![^\S\n]*+\d))(?!\w))",  # "on September 3 and 4 to revive talks"
    re.IGNORECASE,
)
_SECOND_DAY_REACH = 7  # "May 4 and 5"; "May 4 and 25" are two dates of their own anyway
# A currency before a magnitude word makes its amount money ("Rp 25 miliar tahun ini"), read
# this far back from the magnitude: "USD 14,16 " of "USD 14,16 juta".
_AMOUNT_REACH = 16
_CURRENCY_RE = re.compile(
    r"(?:\b(?:rp|usd|idr|rm|eur|sgd|dolar|dollars?|rupiah|ringgit|euros?|yuan|yen)\b|[$€£¥])",
    re.IGNORECASE,
)
# A range's last day after "to" needs the range's opening word before its first day: "from
# Dec. 4 to 15", not "rose from 9 on May 4 to 10 on May 5".
_FROM_BEFORE_RE = re.compile(r"(?<!\w)(?:from|between)[^\S\n]{1,3}+\Z", re.IGNORECASE)

# The year word before a holiday's year: "tahun" of "lebaran tahun 2025".
_YEAR_UNIT_BEFORE_RE = re.compile(r"(?<!\w)(?:tahun|year)[^\S\n]{1,8}+\Z", re.IGNORECASE)

# A later year in two digits after a year: "1986/87", "1983-84" (a fiscal or season year),
# "1950-53" (a range).
YEAR_PAIR_RE = re.compile(r"[/\-\u2013](\d\d)(?!\d|[/.,:\-\u2013]\d)")


def _second_year(first: int, pair: re.Match[str]) -> int | None:
    """The year that two digits after ``first`` write: the next one ("1986/87", "1999-00"),
    or after a dash a later one of the same century ("1950-53"); else None ("1986/85")."""
    digits = int(pair.group(1))
    if digits == (first + 1) % 100:
        return first + 1
    if pair.group()[0] != "/" and digits > first % 100:
        return first - first % 100 + digits
    return None


# The first day of a range written with a word: "9" of "9 hingga 15 Juni 2025", "17 dan
# 18 Juni", "between 9 and 15 June" (a dash range, "18-20 Juni", is one mention); a comma
# may stand before a list's last join ("23, 24, dan 25 Mei").
_RANGE_START_RE = re.compile(
    r"(?<![\w.,/:])(?P<day>[0-3]?\d)(?P<comma>,)?[^\S\n]{1,3}+"
    r"(?:hingga|sampai(?:[^\S\n]{1,3}+dengan)?|s\.?[^\S\n]?d\.?|s/d|dan|atau|to|through|and"
    r"|or|until|till)[^\S\n]{1,3}+\Z",
    re.IGNORECASE,
)
# An earlier day of such a list: "23, " of "23, 24, dan 25 Mei".
_LIST_DAY_RE = re.compile(r"(?<![\w.,/:])(?P<day>[0-3]?\d),[^\S\n]{0,3}+\Z")
_MAX_LIST_DAYS = 6


def _range_start(text: str, start: int, last: dt.date) -> list[DateMention]:
    """The day that opens a range or pair ending at the mention at ``start`` (of date
    ``last``), in that month, or the month before when it is the larger number; after a
    comma, the days of the list before it too ("23, 24, dan 25 Mei": 23 and 24), each
    smaller than the next. Earliest first; empty when there is none."""
    hit = _RANGE_START_RE.search(text, max(0, start - 24), start)
    if hit is None:
        return []
    day = int(hit.group("day"))
    year, month = last.year, last.month
    if day >= last.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    days = [(hit.start("day"), hit.end("day"), day)]
    at = hit.start("day")
    while hit.group("comma") and len(days) < _MAX_LIST_DAYS:
        before = _LIST_DAY_RE.search(text, max(0, at - 8), at)
        if before is None or int(before.group("day")) >= days[-1][2]:
            break
        at = before.start("day")
        days.append((at, before.end("day"), int(before.group("day"))))
    opened: list[DateMention] = []
    for begin, end, number in reversed(days):
        date = _make_date(year, month, number)
        if date is None:
            return []
        span = Span(begin, end)
        mention = DateMention(
            text[begin:end], span, date.isoformat(), Granularity.DAY, date,
            _anchor("range-start", None),
        )  # fmt: skip
        opened.append(mention)
    return opened


# Between the two ends of a range or list of months or days: "Januari-Maret 2014",
# "Jan. 5 to March 3, 2014", "Januari, Februari dan Maret 2014", "Oktober hingga Desember 2013".
@functools.cache  # compiled on first need: most texts have no two dates side by side
def _range_join_re() -> re.Pattern[str]:
    return re.compile(
        r"""[^\S\n]{0,3}+(?:,[^\S\n]{0,3}+(?:«JOIN»[^\S\n]{0,3}+)?|«JOIN»[^\S\n]{0,3}+)""".replace(
            "«JOIN»",
            r"(?:[-\u2013\u2014/]|s\.?/?d\.?|hingga|sampai(?:[^\S\n]{1,3}+dengan)?|to|through|until"
            r"|till|and|dan|or|atau|serta)",
        ),
        re.IGNORECASE | re.VERBOSE,
    )


_YEARLESS_RULES = frozenset({"month-name", "year-closest", "year-next"})
# A range or list's last member whose year is written, as a number or a relative phrase
# ("Mac dan Mei tahun lalu", "March and May last year": both last year's).
_YEAR_WRITTEN_RULES = frozenset(
    {"absolute", "month+year-relative", "year-relative", "anaphoric-unit"}
)


def _share_range_year(scanner: _Scanner, text: str, found: list[DateMention]) -> list[DateMention]:
    """A year-less month or day that opens a range or list whose last member (the
    newest of ``found``) writes its year takes that year ("Januari-Maret 2014": January
    2014, not the January nearest the reference), the year before when it comes later
    in the calendar ("November-Februari 2014" is November 2013). Walking back, a list
    passes the year on ("Januari, Februari dan Maret 2014"). With no reference the
    members, unresolved until then, are read from their own words. Returns the
    mentions rewritten (in ``found``), newest first."""
    rewritten: list[DateMention] = []
    for i in range(len(found) - 2, -1, -1):
        first, last = found[i], found[i + 1]
        rule = first.anchor.rule if first.anchor is not None else ""
        if (
            rule not in _YEARLESS_RULES
            or last.value is None
            or last.granularity not in {Granularity.DAY, Granularity.MONTH}
        ):
            break
        month_day = _written_month_day(scanner, first)
        if month_day is None:
            break  # "Juni lalu", "early June": their own modifier decides
        if _range_join_re().fullmatch(text, first.span.end, last.span.start) is None:
            break
        year, end_month = int(last.value[:4]), int(last.value[5:7])
        end_day = int(last.value[8:10]) if last.granularity is Granularity.DAY else 31
        month, day = month_day
        if (month, day or 1) > (end_month, end_day):
            year -= 1
        placed = _month_or_day(year, month, day)
        if placed is None:
            break
        date, value, granularity = placed
        anchor = _anchor("range-year", None)
        found[i] = attrs.evolve(
            first, value=value, granularity=granularity, date=date, anchor=anchor
        )
        rewritten.append(found[i])
    return rewritten


# A bare weekday whose night word before it makes it the eve ("malam Minggu").
_EVE_RULES = frozenset({"bare-weekday-past", "bare-weekday-future"})


def _eve_before(scanner: _Scanner, text: str, start: int) -> int | None:
    """Where a night word of ``weekday_eve_words`` right before ``start`` begins, or None
    ("malam Sabtu"; not "makan malam Sabtu", a dinner, nor "setiap malam Jumat")."""
    head = text[max(0, start - 24) : start]
    words = head.split()
    if not words or _norm(words[-1]) not in scanner.weekday_eve_words or not head[-1:].isspace():
        return None
    before = _norm(words[-2]) if len(words) > 1 else ""
    if before in _SET_WORDS or before in scanner.words.relative.part_of_day_nouns:
        return None
    return start - len(head) + head.rstrip().rfind(words[-1])


_BARE_WEEKDAY_RULES = frozenset(
    {"bare-weekday-past", "bare-weekday-future", "bare-weekday-written"}
)


def _weekday_range_end(text: str, first: DateMention, last: DateMention) -> DateMention | None:
    """``last`` moved after ``first`` when the two bare weekdays make a range ("Thursday
    through Saturday", "Rabu hingga Jumat") or a pair of consecutive days ("Thursday and
    Friday") that the tense read separately put backwards: ``Thursday`` on a Thursday is
    that day and ``Saturday`` in a past-tense sentence the one before it, so the range
    would end before it began (``Monday through Monday`` spans a week). A pair moves only
    when its first day is the reference's. Lists ("Thursday, Monday and Tuesday") and
    pairs written latest first ("statements made Friday and Thursday") keep their
    readings."""
    rule = first.anchor.rule if first.anchor is not None else ""
    if (
        rule not in _BARE_WEEKDAY_RULES
        or first.date is None
        or last.date is None
        or last.date > first.date
    ):
        return None
    join = _range_join_re().fullmatch(text, first.span.end, last.span.start)
    if join is None:
        return None
    word = " ".join(join.group().replace(",", " ").split()).lower()
    ahead = (last.date.weekday() - first.date.weekday()) % 7
    if not word or word in _LIST_JOINS:
        return None
    if word in _PAIR_JOINS and (
        ahead != 1 or first.anchor is None or first.anchor.reference != first.date
    ):
        return None  # a pair runs on from today only: "declared Thursday and Friday"
    end = first.date + dt.timedelta(days=ahead or 7)
    return attrs.evolve(
        last, value=end.isoformat(), date=end, anchor=_anchor("weekday-range", first.date)
    )


# How far after a quoted day word its quotation may close, and its attribution ("kata
# Harianto saat dikonfirmasi Kompas.com, Minggu (8/6/2025)") run to its written day.
_QUOTE_REACH = 600
_ATTRIBUTION_REACH = 160
_ATTRIBUTION_WORDS = 6  # the reporting verb stands among the first words after the quote
_QUOTED_DAY_SLACK = 7  # the quote's day lies at most this many days before the reference
_CLOSING_QUOTE_RE = re.compile(r'["\u201d]')
_ATTRIBUTION_END_RE = re.compile(r"[.!?](?:\s|\Z)|\n")


def _quoted_days(
    scanner: _Scanner, text: str, found: list[DateMention], reference: dt.date
) -> None:
    """Rewrite in ``found`` each day word inside a quotation ("hari ini", "kemarin",
    "besok") to count from the day its attribution writes, when that day is before the
    reference (rule ``quote-day``): '"... terhitung sejak hari ini ...," kata Harianto
    saat dikonfirmasi, Minggu (8/6/2025).' in a story filed on 10 June is 8 June."""
    for i, mention in enumerate(found):
        if mention.anchor is None or mention.anchor.rule != "relative-day" or not mention.date:
            continue
        start, end = mention.span.start, mention.span.end
        paragraph = text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1
        opening = text[max(paragraph, start - _QUOTE_REACH) : start]  # (bounded: linear)
        if "\u201c" not in opening.rpartition("\u201d")[2] and opening.count('"') % 2 == 0:
            continue  # not inside a quotation
        closing = _CLOSING_QUOTE_RE.search(text, end, end + _QUOTE_REACH)
        if closing is None or "\n" in text[end : closing.start()]:
            continue
        stop = _ATTRIBUTION_END_RE.search(text, closing.end(), closing.end() + _ATTRIBUTION_REACH)
        limit = stop.start() if stop is not None else closing.end() + _ATTRIBUTION_REACH
        words = text[closing.end() : limit].lower().split()[:_ATTRIBUTION_WORDS]
        if not any(w.strip(_CUE_STRIP) in scanner.reporting_verbs for w in words):
            continue
        written = None
        for j in range(i + 1, len(found)):  # the mentions up to the attribution's end only
            later = found[j]
            if later.span.start >= limit:
                break
            if (
                later.span.start >= closing.end()
                and later.anchor is not None
                and later.anchor.rule.startswith("weekday+")
                and later.date is not None
            ):
                written = later
                break
        if written is None or written.date is None:
            continue
        if not 0 < (reference - written.date).days <= _QUOTED_DAY_SLACK:
            continue  # the reference's day, or a typo's month ("Minggu (15/4/2025)")
        day = written.date + (mention.date - reference)
        found[i] = attrs.evolve(
            mention, value=day.isoformat(), date=day, anchor=_anchor("quote-day", written.date)
        )


def _week_shared(text: str, first: DateMention, last: DateMention) -> DateMention | None:
    """``first``, a bare weekday, moved into the week that ``last`` names when they make
    a list or range of days earlier in that week ("Jumaat dan Sabtu minggu depan",
    "Friday and Saturday next week", "Monday to Wednesday next week")."""
    rule = first.anchor.rule if first.anchor is not None else ""
    if rule not in _BARE_WEEKDAY_RULES or first.date is None or last.date is None:
        return None
    back = last.date.weekday() - first.date.weekday()
    if back <= 0 or _range_join_re().fullmatch(text, first.span.end, last.span.start) is None:
        return None
    day = last.date - dt.timedelta(days=back)
    if day == first.date:
        return None
    return attrs.evolve(
        first, value=day.isoformat(), date=day, anchor=_anchor("weekday+week", first.date)
    )


# A day glued to the lower-case word before its month and year ("zodiak14 Juni 2025",
# "Gunung Gede2 April 2025"; not "G20 Juni 2025").
_GLUED_DAY_RE = re.compile(r"(?<=[a-z])([0-3]?\d)[^\S\n]\Z")
_DAY_RANGE_RE = re.compile(  # two days and a dash: "9-11 Juni", "June 21-22" (not ISO's "06-18")
    r"(?<![\d-])\d{1,2}[^\S\n]{0,2}+[-\u2013][^\S\n]{0,2}+\d{1,2}(?![\d-])"
)
_RESTATED_GAP_RE = re.compile(_RESTATED_GAP)


def _day_restated(text: str, first: DateMention, day: DateMention) -> DateMention | None:
    """``first``, a relative day ("hari ini", "yesterday"), given the day that ``day``
    writes right after it: the text's own date says which day it is, even when the
    reference is a day later (a story filed after midnight) or the quote's day."""
    if first.anchor is None or first.anchor.rule != "relative-day" or first.date == day.date:
        return None
    if _DAY_RANGE_RE.search(day.text) is not None:  # "hari ini 9-11 Juni": a promotion's days
        return None
    gap = _RESTATED_GAP_RE.fullmatch(text, first.span.end, day.span.start)
    if gap is None or gap.end() == gap.start():
        return None
    return attrs.evolve(first, value=day.value, date=day.date, anchor=_anchor("day-restated", None))


# The joins of _range_join_re that make a list, not a range: "May, June and September";
# "and"/"dan" join a range only after "between"/"antara" (see _BETWEEN_RE).
_LIST_JOINS = frozenset({"or", "atau", "serta"})
_PAIR_JOINS = frozenset({"and", "dan"})
_BETWEEN_RE = re.compile(r"(?:between|antara)[^\S\n]{1,3}+\Z", re.IGNORECASE)
# A season or fiscal year right before its months: "1986/87 (July-June)", "the 1986/87
# October-September season".
_SEASON_BEFORE_RE = re.compile(r"(?<!\d)(\d{4})[/\-\u2013]\d\d(?!\d)[^\S\n]{0,3}+\(?\Z")
_RANGE_MAX_DAYS = 183  # "June 26 to May 8" is no range of days, "Oct 1 to Feb 28" is
_YEAR_AFTER_RANGE_RE = re.compile(r"[^\S\n]{0,3}+(?:,|of)?[^\S\n]{0,3}+(1[5-9]\d\d|20\d\d)(?!\d)")


def _place_yearless_range(
    scanner: _Scanner, text: str, found: list[DateMention], ref: dt.date
) -> list[DateMention]:
    """Give the two year-less ends of a range (the newest two of ``found``) one
    placement when their own readings make it run backwards: each end alone takes its
    nearest year ("January" in August is the next one, "June" the last one), so
    "the January-June period" would end before it began. The range then takes the
    season year before it ("1986/87 (July-June)"), the year after it ("February and
    October of 1986"), or else the placement nearest the reference, a tie (or the
    reference inside both) to the earlier. Ranges of days longer than half a year
    ("from August 31 to December 31" as a change of date) and lists ("May, June and
    September") are left to their members. Returns the mentions rewritten in
    ``found``."""
    first, last = found[-2], found[-1]
    if first.anchor is None or first.anchor.rule not in _YEARLESS_RULES:
        return []
    if first.granularity is not last.granularity or first.value is None or last.value is None:
        return []
    join = _range_join_re().fullmatch(text, first.span.end, last.span.start)
    if join is None or "," in join.group():
        return []
    word = join.group().strip().lower()
    if word in _LIST_JOINS or (
        word in _PAIR_JOINS
        and _BETWEEN_RE.search(text, max(0, first.span.start - 12), first.span.start) is None
    ):
        return []
    opened, closed = _written_month_day(scanner, first), _written_month_day(scanner, last)
    if opened is None or closed is None:
        return []
    (m1, d1), (m2, d2) = opened, closed
    if (d1 is None) is not (d2 is None):
        return []
    wrap = (m1, d1 or 1) > (m2, d2 or 1)
    y1, y2 = int(first.value[:4]), int(last.value[:4])
    if y2 - y1 == wrap:
        return []  # it runs forwards already
    if d1 is not None and d2 is not None:
        start, end = _make_date(2001, m1, d1), _make_date(2001 + wrap, m2, d2)
        if start is None or end is None or (end - start).days > _RANGE_MAX_DAYS:
            return []
    season = _SEASON_BEFORE_RE.search(text, max(0, first.span.start - 12), first.span.start)
    if season is not None:
        year = int(season.group(1))
    elif _YEAR_AFTER_RANGE_RE.match(text, last.span.end) is not None:
        year = y2 - wrap
    else:
        placements = []
        for candidate in range(ref.year - 2, ref.year + 2):
            start = _make_date(candidate, m1, d1 or 1)
            end_year = candidate + wrap
            end = _make_date(end_year, m2, d2 or calendar.monthrange(end_year, m2)[1])
            if start is not None and end is not None:
                placements.append((max((start - ref).days, (ref - end).days, 0), candidate))
        if not placements:
            return []
        year = min(placements)[1]
    rewritten: list[DateMention] = []
    for i, month, day, in_year in ((-2, m1, d1, year), (-1, m2, d2, year + wrap)):
        mention = found[i]
        placed = _month_or_day(in_year, month, day)
        if placed is None:
            return rewritten
        date, value, granularity = placed
        if value != mention.value:
            found[i] = attrs.evolve(
                mention, value=value, granularity=granularity, date=date,
                anchor=_anchor("range-year", None if season else ref),
            )  # fmt: skip
            rewritten.append(found[i])
    return rewritten


def _month_or_day(
    year: int, month: int, day: int | None
) -> tuple[dt.date | None, str, Granularity] | None:
    """The date, value and granularity of ``day`` (or of the month when None) in ``year``;
    None for a day the month lacks."""
    if day is None:
        return None, f"{year:04d}-{month:02d}", Granularity.MONTH
    date = _make_date(year, month, day)
    return None if date is None else (date, date.isoformat(), Granularity.DAY)


_DAY_OR_WORD_RE = re.compile(r"\d{1,2}(?!\d)|[^\W\d_]+")


@functools.cache
def _edge_words(edges: frozenset[str]) -> frozenset[str]:
    """The words of the edge phrases: "the", "end", "of" of "the end of"."""
    return frozenset(word for edge in edges for word in edge.split())


def _written_month_day(scanner: _Scanner, mention: DateMention) -> tuple[int, int | None] | None:
    """The month (and day) a year-less mention writes: "Januari" -> (1, None), "Jan. 5" and
    "5 Jan" -> (1, 5), after an edge word too ("early June", "sepanjang Juni"); None for
    anything else ("Juni lalu")."""
    words = [w.lower() for w in _DAY_OR_WORD_RE.findall(mention.text)]
    edge_words = _edge_words(scanner.edges)
    while len(words) > 1 and words[0] in edge_words:
        del words[0]
    if mention.granularity is Granularity.MONTH:
        if len(words) != 1 or words[0] not in scanner.month:  # "Januari", "Jan" of "Jan/Feb"
            return None
        return scanner.month[words[0]], None
    if mention.granularity is not Granularity.DAY or len(words) != 2:
        return None
    digits = [w for w in words if w.isdigit()]
    names = [scanner.month.get(w) for w in words if not w.isdigit()]
    if len(digits) != 1 or len(names) != 1 or names[0] is None:
        return None
    return names[0], int(digits[0])
