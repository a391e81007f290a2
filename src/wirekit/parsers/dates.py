"""Find DATE expressions in wire copy and resolve them to ISO-TimeML values.

Contract
    ``find_dates(text, region, *, reference, language, context)`` scans
    ``text[region.start:region.end]`` (the whole text when ``region`` is None)
    and returns one :class:`~wirekit.DateMention` per DATE expression, in text
    order, with absolute offsets. It never raises on content and never reads
    the clock:

    - absolute dates ("10 Juli 2025", "2025-07-10", "in 1987") resolve alone;
    - relative ones ("kemarin", "Kamis (10/7)", "last week") need
      ``reference``; without it their ``value`` is None and a
      ``reldate.unresolved`` diagnostic is reported through ``context``;
    - REF words ("saat ini", "recently") resolve to PRESENT_REF / PAST_REF /
      FUTURE_REF without any reference.

How it works
    One scanner per language set, assembled the first time that language is
    asked for from the vocabulary in :mod:`wirekit.lang` (names from
    dateparser's locale tables, relative words written by hand) and cached for
    the process: a single VERBOSE pattern whose alternatives are tries of
    literal words, so one left-to-right pass finds every candidate. Each match
    is then checked (case, context) and resolved by small pure functions. The
    resolution rules are documented, with examples, in ``docs/dates.md``.

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

import datetime as dt
import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from .._records import Anchor, DateMention, Granularity, Span
from ..lang import DateWords, locale_codes, merge_words
from ._context import Context, region_bounds

__all__ = ["find_dates", "resolve_year_closest", "scanner_languages"]

_DEFAULT_LANGUAGES = ("id", "ms", "en")
_HAND_LANGUAGES = frozenset(_DEFAULT_LANGUAGES)

# ---------------------------------------------------------------------------
# Pattern assembly: word lists -> tries -> one VERBOSE pattern per language set
# ---------------------------------------------------------------------------


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (any case), built as a trie.

    Sharing prefixes makes the alternation deterministic (no two branches start
    with the same character), so it cannot backtrack more than one word's length.
    A space in a word matches a run of blanks; an apostrophe matches ' or \u2019.

    >>> _trie_alternation(["kemarin", "kemarin lusa", "besok"])
    '(?:(?:besok|kemarin(?:[^\\\\S\\\\n]++lusa)?))'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {w.lower() for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def char_pattern(char: str) -> str:
        if char == " ":
            return r"[^\S\n]++"
        if char in "'\u2019":
            return "['\u2019]"
        return regex.escape(char)

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [char_pattern(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    if not trie:
        return "(?!)"  # an empty word list matches nothing
    return "(?:" + emit(trie) + ")"


# The grammar. «NAME» slots are filled with word tries from the language data;
# ``SP`` is a run of blanks with at most one line break (wrapped wire copy).
_GRAMMAR = r"""
\b(?=«FIRST»(?!\w)|\d|['\u2019]\d|Q[1-4])    # gate: a mention's first word
(?<![\w.,/:]|\d-)  # starts a word, not inside 3.2025 or 2014-2016
(?:
  # --- ISO and year-first numeric dates ---------------------------------
  (?P<iso_y>1[5-9]\d\d|20\d\d)(?P<iso_s>[-/.])   # 2025-   or 2025/
  (?P<iso_m>[01]?\d)(?P=iso_s)(?P<iso_d>[0-3]?\d) # 07-10   (same separator twice)
  (?![\d:]|[.,/]\d)                              # not the start of a longer number or a time
|
  (?P<num_a>[0-3]?\d)(?P<num_s>[/.-])            # "10/"  (day or month, by language)
  (?P<num_b>[01]?\d)(?P=num_s)                   # "7/"
  (?P<num_y>1[5-9]\d\d|20\d\d)(?![\d:]|[.,/]\d) # "2025", four digits only
|
  # --- English-order quarters and halves --------------------------------
  (?:(?P<qe_rel>«PRE»)SP«YEARUNIT»['\u2019]s SP       # "this year's" / "last year's"
    |(?P<qe_y>1[5-9]\d\d|20\d\d)SP)?             # or "1988 " before the ordinal
  (?:fiscal[\s-]++)?                             # "fiscal first quarter"
  (?P<qe_ord>«ORD»)[\s-]++                       # "third" / "3rd"
  (?P<qe_unit>«QWORD»)(?!\w)                     # "quarter" / "half"
  (?:SP of SP(?P<qe_y2>1[5-9]\d\d|20\d\d)(?!\d))? # "of 1989"
|
  # --- Indonesian/Malay-order quarters: "kuartal III 2025" ----------------
  (?P<qi_unit>«QWORD»)SP                         # "kuartal" / "triwulan" / "semester"
  (?P<qi_ord>«ORD»)(?!\w)                        # "III" / "ketiga" / "2"
  (?:(?:SP«YEARUNIT»)?                           # optional "tahun"
     (?:[\s/-]++(?P<qi_y>1[5-9]\d\d|20\d\d)(?!\d) # "2025" / "/2025"
       |SP(?P<qi_post>«POST»)(?!\w)))?           # "ini" / "lalu"
|
  Q(?P<qq>[1-4])[\s/-]?+(?P<qq_y>(?:19|20)\d\d)(?!\d) # "Q3 2025"
|
  (?P<q_latest>«LATESTQ»)(?!\w)                  # "the latest quarter": last completed one
|
  (?P<q_yago>«YAGOQ»)(?!\w)                      # "the year-ago quarter"
|
  # --- unit relatives: "pekan lalu", "last week", "earlier this year" ------
  (?:(?P<u_edge>«EDGE»)(?:SP|-))?                # "awal" / "earlier" / "the end of"
  (?:(?P<u_pre>«PRE»)SP(?P<u_unit>«UNIT»)(?!\w)  # "last week" / "this year"
    |(?P<u_unit2>«UNIT»)SP(?P<u_post>«POST»)(?!\w) # "pekan lalu" / "bulan depan"
    |(?P<u_bare>«WEEKEND»)(?!\w))                # "the weekend" / "akhir pekan"
|
  # --- counted relatives: "dua hari lalu", "two weeks ago", "setahun lalu" -
  (?:(?P<n_num>\d{1,3}|«NUM»)SP(?P<n_unit>«UNIT»)   # "dua hari" / "two weeks"
    |(?P<n_one>«ONEUNIT»))                       # "sepekan"
  SP(?P<n_dir>«AGO»|«LATER»)(?!\w)               # "lalu" / "ago" / "lagi"
|
  # --- weekday-led: "Kamis (10/7)", "Jumat, 13 Juni 2025", "last Tuesday" --
  (?:(?P<w_pre>«PRE»)SP)?                        # "last" / "next" / "this"
  (?P<w_name>«WD_ANY»)(?!\w)                     # the weekday (full or short form)
  (?:\.(?=,?SP?\(|,?SP\d))?                       # "Thu." only before a date
  (?:,?SP?+\(                                    # "(": the Indonesian press form
      (?P<w_pd>\d{1,2})/(?P<w_pm>\d{1,2})        # "10/7"
      (?:/(?P<w_py>\d{4}|\d{2}))?\)              # optional "/2025" or "/25"
    |,?SP(?P<w_dd>[0-3]?\d)(?:st|nd|rd|th)?\.?   # ", 13" / " 13th"
      (?:SP(?:de|of))?SP(?P<w_dm>«MON_ANY»)(?!\w)\.? # " Juni" / " of June"
      (?:,?SP(?:de SP)?(?P<w_dy>1[5-9]\d\d|20\d\d)(?!\d))? # " 2025"
    |,?SP(?P<w_mm>«MON_ANY»)(?!\w)\.?SP          # ", July "
      (?P<w_md>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|[.,]\d) # "10"
      (?:,?SP(?P<w_my>1[5-9]\d\d|20\d\d)(?!\d))? # ", 2025"
    |,?SP(?P<w_n1>\d{1,2})(?P<w_ns>[/.-])        # ", 10/"
      (?P<w_n2>\d{1,2})(?P=w_ns)(?P<w_n3>\d{4})(?!\d) # "7/2025"
  )?
  (?:SP(?P<w_wunit>«WEEKUNIT»)SP(?P<w_wpost>«POST»)(?!\w) # "pekan lalu" after the day
    |SP(?P<w_post>«POST»)(?!\w))?                # "lalu" / "depan" / "ini"
  (?:SP(?P<w_pod>«POD»)(?!\w))?                  # "pagi" / "night"
|
  # --- day-first dates: "10 Juli 2025", "13 Jan", "1 LUG", "10 de julio" ---
  (?P<dm_d>[0-3]?\d)(?:st|nd|rd|th|\.)?          # the day
  (?:SP(?:de|of)SP|SP|-)                         # separator
  (?P<dm_m>«MON_ANY»)(?!\w)\.?                   # the month
  (?:(?:,?SP(?:de SP)?|-)(?P<dm_y>1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d))? # the year
  (?:SP(?P<dm_pod>«POD»)(?!\w))?                 # "pagi"
|
  # --- month-led: "March 3, 1987", "Juli 2025", "last April", "Juni lalu" --
  (?:(?P<m_pre>«PRE»|«EDGE»)(?:SP|-))?           # "last" / "early" / "mid-"
  (?P<m_m>«MON_ANY»)(?!\w)\.?                    # the month
  (?:SP(?P<m_d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|[.,]\d) # " 3"
       (?:,?SP(?P<m_y>1[5-9]\d\d|20\d\d)(?!\d))? # ", 1987"
    |,?SP(?P<m_y2>1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d) # " 2025"
    |SP«YEARUNIT»SP(?P<m_ypost>«POST»)(?!\w)     # " tahun lalu"
    |SP(?P<m_ypre>«PRE»)SP«YEARUNIT»(?!\w)       # " last year"
    |SP(?P<m_post>«POST»)(?!\w))?                # " lalu" / " mendatang"
|
  # --- fixed days: "kemarin", "yesterday", "lusa" -----------------------
  (?P<fixed>«FIXED»)(?!\w)                       # the word
  (?:SP(?P<f_pod>«POD»)(?!\w))?                  # "kemarin sore"
|
  # --- decades: "1990s", "tahun 1990-an", "the nineties", "'80s" ----------
  (?:(?P<dec_edge>«EDGE»)(?:SP|-))?              # "the late" / "mid-"
  (?:«YEARUNIT»SP)?                              # "tahun"
  (?:(?P<dec>1[5-9]\d0|20\d0)(?:-an|['\u2019]?s)      # "1990s" / "1990-an"
    |['\u2019](?P<dec2>\d0)s                          # "'80s"
    |the SP(?P<dec_w>«DECWORD»))(?!\w)           # "the nineties"
|
  # --- years: "2024", "tahun 2024", "early 1991" ------------------------
  (?:(?P<y_edge>«EDGE»)(?:SP|-))?                # "awal" / "early"
  (?:(?P<y_word>«YEARUNIT»)SP)?                  # "tahun"
  (?P<year>1[5-9]\d\d|20\d\d)(?![\w]|[.,:]\d)    # the year, not a longer number
|
  # --- REF words: "saat ini", "recently", "the future" -------------------
  (?P<ref>«REFS»)(?!\w)
)
"""

# Whitespace between words: blanks, at most one line break (hard-wrapped copy).
_SP = r"(?:[^\S\n]{1,8}+(?:\n[^\S\n]{0,8}+)?|\n[^\S\n]{0,8}+)"

# Text before a bare year that makes it a non-date (money, numbers, page, phone...).
NOT_YEAR_BEFORE_RE = regex.compile(
    r"""
    (?:
      (?:©|\(c\)|copyright|hak\s++cipta)[^\n]{0,40}+ # a copyright line: its year is not a mention
     |rp\.?|us\$|\$|€|£|¥|idr|usd|rm        # money
     |no\.?|nomor|nr\.?|hal\.?|halaman|page|pp?\.  # numbers, pages
     |tel\.?|telp\.?|phone|fax|hp|wa|ext\.?  # phone numbers
     |kode|code|pasal|article|seri|type|model|\#|\+ # codes and articles
    )[^\S\n]*+$                              # directly before the year
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Text after a bare year that makes it a count, not a year ("2025 orang").
NOT_YEAR_AFTER_RE = regex.compile(
    r"""
    [^\S\n]*+
    (?:%|persen|percent|per\s++cent|orang|warga|unit|buah|ton|kg|km|meter|hektare|ha\b
      |people|persons|units|tons|tonnes|barrels|shares|jiwa|kasus|cases|peserta|suara|votes
      |kursi|seats|m2|mw|kwh|dollars|rupiah|ringgit)  # measure words
    (?!\w)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A sentence about quarterly results.
QUARTER_WORD_RE = regex.compile(r"(?<!\w)(?:quarter|kuartal|triwulan)", regex.IGNORECASE)

# Sentence boundaries, for the tense window before a bare weekday or month.
_SENTENCE_END = ".!?\n"


@attrs.frozen
class _Scanner:
    """One compiled scanner and its lookup tables for a language set."""

    words: DateWords
    pattern: regex.Pattern[str]
    future_cue: regex.Pattern[str]
    weekday: Mapping[str, int]
    month: Mapping[str, int]
    unit: Mapping[str, str]
    units_of_one: Mapping[str, str]
    number: Mapping[str, int]
    last: frozenset[str]
    next: frozenset[str]
    ago: frozenset[str]
    edges_late: frozenset[str]


def _norm(word: str) -> str:
    """Lower-case a matched word and collapse its inner blanks."""
    return " ".join(word.lower().replace("\u2019", "'").split())


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
    slots = {
        "PRE": pre,
        "POST": post,
        "UNIT": rel.units,
        "ONEUNIT": rel.one_units,
        "NUM": rel.numbers,
        "AGO": rel.ago,
        "LATER": rel.later,
        "EDGE": rel.edges,
        "WD_ANY": weekday,
        "MON_ANY": month,
        "WEEKUNIT": week_units,
        "YEARUNIT": year_units,
        "POD": rel.parts_of_day,
        "FIXED": rel.fixed_days,
        "REFS": rel.refs,
        "ORD": rel.ordinals,
        "QWORD": rel.quarter_words,
        "LATESTQ": rel.latest_quarter,
        "YAGOQ": rel.year_ago_quarter,
        "WEEKEND": weekend,
        "DECWORD": rel.decade_words,
    }
    slots["FIRST"] = {
        word.split()[0]
        for name, values in slots.items()
        if name not in {"POST", "AGO", "LATER", "POD", "WEEKUNIT", "YEARUNIT"}
        for word in values
    } | set(year_units)
    source = _GRAMMAR.replace("SP", _SP)
    for name, values in slots.items():
        source = source.replace(f"«{name}»", _trie_alternation(values))
    cue_source = r"(?<!\w)" + _trie_alternation(rel.future_cues) + r"(?!\w)"
    late = {e for e in rel.edges if e in {"late", "later", "akhir", "penghujung", "hujung"}}
    return _Scanner(
        words=words,
        pattern=regex.compile(source, regex.IGNORECASE | regex.VERBOSE | regex.VERSION0),
        future_cue=regex.compile(cue_source, regex.IGNORECASE | regex.VERSION0),
        weekday=weekday,
        month=month,
        unit={_norm(k): v for k, v in rel.units.items()},
        units_of_one={_norm(k): v for k, v in rel.one_units.items()},
        number={_norm(k): v for k, v in rel.numbers.items()},
        last=frozenset(_norm(w) for w in (*rel.pre_last, *rel.post_last)),
        next=frozenset(_norm(w) for w in (*rel.pre_next, *rel.post_next, *rel.later)),
        ago=frozenset(_norm(w) for w in rel.ago),
        edges_late=frozenset(late),
    )


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


# ---------------------------------------------------------------------------
# Calendar helpers (pure)
# ---------------------------------------------------------------------------


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
    return f"{iso[0]}-W{iso[1]:02d}{suffix}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _quarter_of(year: int, month: int, shift: int = 0) -> str:
    index = year * 4 + (month - 1) // 3 + shift
    return f"{index // 4}-Q{index % 4 + 1}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------


@attrs.frozen
class _Value:
    """A resolved (or unresolvable) value before it becomes a DateMention."""

    value: str | None
    granularity: Granularity | None
    rule: str
    date: dt.date | None = None
    relative: bool = False  # needed the reference
    problem: str | None = None  # a diagnostic code to report


def _day(day: dt.date | None, rule: str, relative: bool = True) -> _Value:
    if day is None:
        return _Value(
            None, Granularity.DAY, rule, relative=relative, problem="reldate.invalid-date"
        )
    return _Value(day.isoformat(), Granularity.DAY, rule, day, relative)


def _unresolved(granularity: Granularity, rule: str) -> _Value:
    return _Value(None, granularity, rule, relative=True, problem="reldate.unresolved")


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
        return _Value(f"{ref.year // 10 + shift}X", Granularity.DECADE, rule, relative=True)
    start = _SEASON_START[unit]
    year = ref.year
    if shift < 0:
        year = ref.year if start + 3 <= ref.month else ref.year - 1
    elif shift > 0:
        year = ref.year if start > ref.month else ref.year + 1
    return _Value(f"{year:04d}-{unit}", Granularity.SEASON, rule, relative=True)


def _is_future(scanner: _Scanner, text: str, start: int, end: int) -> bool:
    """A future cue ("akan", "will") in the same sentence, up to 60 chars before
    or 25 after the mention."""
    lo = max(0, start - 60)
    cut = max(text.rfind(c, lo, start) for c in _SENTENCE_END)
    lo = max(lo, cut + 1)
    hi = min(len(text), end + 25)
    cuts = [i for i in (text.find(c, end, hi) for c in _SENTENCE_END) if i >= 0]
    hi = min([hi, *cuts])
    return scanner.future_cue.search(text, lo, start) is not None or (
        scanner.future_cue.search(text, end, hi) is not None
    )


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
    future: bool,
) -> _Value:
    """Resolve a weekday with its modifiers against ``ref``."""
    if week_post is not None:
        monday = ref - dt.timedelta(days=ref.weekday())
        week = monday + dt.timedelta(weeks=_direction(scanner, week_post))
        return _day(week + dt.timedelta(days=wd), "weekday+week")
    direction = _direction(scanner, pre) or _direction(scanner, post)
    modifier = pre or post
    if modifier and direction == 0:  # "this Friday" / "Jumat ini": the one in ref's week
        return _day(ref - dt.timedelta(days=ref.weekday() - wd), "weekday-this")
    if direction < 0:  # "Senin lalu" / "last Monday": strictly before
        back = (ref.weekday() - wd) % 7 or 7
        return _day(ref - dt.timedelta(days=back), "weekday-last")
    if direction > 0 or future:  # "Jumat depan" / "will ... on Friday"
        ahead = (wd - ref.weekday()) % 7
        if direction > 0 and ahead == 0:
            ahead = 7
        return _day(
            ref + dt.timedelta(days=ahead), "weekday-next" if direction else "bare-weekday-future"
        )
    back = (ref.weekday() - wd) % 7
    return _day(ref - dt.timedelta(days=back), "bare-weekday-past")


def _month_year(month: int, ref: dt.date, direction: int) -> int:
    """The year of a bare month name: past tense looks back, future forward."""
    if direction > 0:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _numeric_dmy(scanner: _Scanner, a: int, b: int, year: int) -> dt.date | None:
    """Read ``a/b/year`` in the language's order, swapping when only the other reads."""
    if scanner.words.date_order == "MDY":
        return _make_date(year, a, b) or _make_date(year, b, a)
    return _make_date(year, b, a) or _make_date(year, a, b)


class _Resolver:
    """Turns one match into a value; holds the call's inputs (no state across calls)."""

    def __init__(self, scanner: _Scanner, text: str, ref: dt.date | None) -> None:
        self.s = scanner
        self.text = text
        self.ref = ref

    # Each returns None when the match is not a date after all.

    def resolve(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        if g("iso_y"):
            return self._iso(m)
        if g("num_y"):
            date = _numeric_dmy(self.s, int(g("num_a")), int(g("num_b")), int(g("num_y")))
            return None if date is None else _day(date, "absolute", relative=False)
        if g("qe_ord") or g("qi_ord") or g("qq") or g("q_latest") or g("q_yago"):
            return self._quarter(m)
        if g("u_unit") or g("u_unit2") or g("u_bare"):
            return self._unit(m)
        if g("n_dir"):
            return self._counted(m)
        if g("w_name"):
            return self._weekday(m)
        if g("dm_m"):
            return self._partial(m, int(g("dm_d")), g("dm_m"), g("dm_y"), "dm")
        if g("m_m"):
            return self._month_led(m)
        if g("fixed"):
            return self._fixed(m)
        if g("dec") or g("dec2") or g("dec_w"):
            return self._decade(m)
        if g("year"):
            return self._year(m)
        if g("ref"):
            ref_value = self.s.words.relative.refs.get(_norm(g("ref")))
            return _Value(ref_value, Granularity.REF, "ref-word") if ref_value else None
        return None

    def _iso(self, m: regex.Match[str]) -> _Value | None:
        day = _make_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        if day is None:
            return None
        return _day(day, "absolute", relative=False)

    def _quarter(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        ref = self.ref
        rel = self.s.words.relative
        if g("q_latest") or g("q_yago"):
            if ref is None:
                return _unresolved(Granularity.QUARTER, "quarter-latest")
            value = _quarter_of(ref.year, ref.month, -1)
            if g("q_yago"):
                value = f"{int(value[:4]) - 1}{value[4:]}"
            return _Value(value, Granularity.QUARTER, "quarter-latest", relative=True)
        if g("qq"):
            return _Value(f"{g('qq_y')}-Q{g('qq')}", Granularity.QUARTER, "absolute")
        ordinal = rel.ordinals.get(_norm(g("qe_ord") or g("qi_ord")))
        kind = rel.quarter_words.get(_norm(g("qe_unit") or g("qi_unit")))
        if ordinal is None or kind is None or (kind == "H" and ordinal > 2):
            return None
        year_text = g("qe_y") or g("qe_y2") or g("qi_y")
        if year_text:
            return _Value(f"{year_text}-{kind}{ordinal}", Granularity.QUARTER, "absolute")
        relword = g("qe_rel") or g("qi_post")
        if kind == "H" and not relword:
            return None  # "the second half" of a match, not of a year
        if ref is None:
            return _unresolved(Granularity.QUARTER, "quarter-relative")
        year = ref.year + _direction(self.s, relword)
        return _Value(
            f"{year}-{kind}{ordinal}", Granularity.QUARTER, "quarter-relative", None, True
        )

    def _unit(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        text = self.text
        if g("u_bare"):
            if self.ref is None:
                return _unresolved(Granularity.WEEK, "weekend")
            future = _is_future(self.s, text, m.start(), m.end())
            ref = self.ref
            # the coming weekend when looking forward, else the latest one
            shift = (0 if ref.weekday() < 6 else 1) if future else (0 if ref.weekday() >= 5 else -1)
            return _unit_value("WE", shift, ref, "weekend")
        unit_word = g("u_unit") or g("u_unit2")
        unit = self.s.unit.get(_norm(unit_word))
        if unit is None:
            return None
        post = g("u_post")
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
                return _weekday_date(self.s, wd, self.ref, None, post, None, False)
        if unit == "D":  # "hari ini" is a fixed word; "hari lalu" is not a date
            return self._fixed_word(_norm(m.group()))
        edge = _norm(g("u_edge")) if g("u_edge") else None
        if unit == "W" and edge in self.s.edges_late and post is not None and " " not in edge:
            unit = "WE"  # "akhir pekan lalu": last weekend
        direction = _direction(self.s, g("u_pre") or post)
        if self.ref is None:
            return _unresolved(_UNIT_GRANULARITY[unit], "relative-unit")
        return _unit_value(unit, direction, self.ref, "relative-unit")

    def _counted(self, m: regex.Match[str]) -> _Value | None:
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
        if count == 0:  # "beberapa hari lalu", "several years ago": some time before
            return _Value("PAST_REF", Granularity.REF, "ref-word")
        sign = 1 if _norm(g("n_dir")) not in self.s.ago else -1
        if self.ref is None:
            return _unresolved(_UNIT_GRANULARITY[unit], "relative-offset")
        if unit == "E":
            return _Value(
                f"{self.ref.year // 10 + sign * count}X",
                Granularity.DECADE,
                "relative-offset",
                relative=True,
            )
        if unit == "Y" and count == 1 and sign < 0 and self._in_quarter_report(m):
            # "up 5% from a year ago" in a quarterly report: the year-ago quarter
            latest = _quarter_of(self.ref.year, self.ref.month, -1)
            value = f"{int(latest[:4]) - 1}{latest[4:]}"
            return _Value(value, Granularity.QUARTER, "year-ago-quarter", relative=True)
        return _unit_value(unit, sign * count, self.ref, "relative-offset")

    def _in_quarter_report(self, m: regex.Match[str]) -> bool:
        """The story around the mention (500 chars back, to the sentence end) talks
        about a quarter: an earnings comparison."""
        text = self.text
        ends = [i for i in (text.find(c, m.end()) for c in _SENTENCE_END) if i >= 0]
        hi = min([len(text), *ends])
        return QUARTER_WORD_RE.search(text, max(0, m.start() - 500), hi) is not None

    def _weekday(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        name = g("w_name")
        key = _norm(name)
        wd = self.s.weekday[key]
        full = key in self.s.words.weekdays
        has_date = any(g(k) for k in ("w_pm", "w_dm", "w_mm", "w_n3"))
        if not has_date:
            if not full:
                return None  # "sen", "Sat" alone are not weekdays
            if key in self.s.words.relative.ambiguous_lower and not name[:1].isupper():
                return None  # "minggu" in lower case is "week"
        part = g("w_pod")
        value = self._weekday_dated(m, wd) if has_date else None
        if value is not None:
            return value
        if self.ref is None:
            return _unresolved(Granularity.DAY, "bare-weekday")
        future = not (g("w_pre") or g("w_post") or g("w_wpost")) and _is_future(
            self.s, self.text, m.start(), m.end()
        )
        del part
        return _weekday_date(self.s, wd, self.ref, g("w_pre"), g("w_post"), g("w_wpost"), future)

    def _weekday_dated(self, m: regex.Match[str], wd: int) -> _Value | None:
        g = m.group
        if g("w_pm"):
            day, month = int(g("w_pd")), int(g("w_pm"))
            year_text = g("w_py")
            rule = "weekday+dm"
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
            date = _numeric_dmy(self.s, a, b, year)
            return self._checked(date, wd, "weekday+dmy", relative=False)
        if year_text:
            year = int(year_text)
            if year < 100 and len(year_text) <= 2:  # "(7/7/25)"; "0000" is no year
                year += 2000
            return self._checked(_make_date(year, month, day), wd, rule + "y", relative=False)
        if not (1 <= month <= 12 and 1 <= day <= 31) or _make_date(2000, month, day) is None:
            return _Value(
                None, Granularity.DAY, rule, relative=False, problem="reldate.invalid-date"
            )
        if self.ref is None:
            return _unresolved(Granularity.DAY, rule)
        return self._checked(resolve_year_closest(self.ref, month, day), wd, rule, relative=True)

    @staticmethod
    def _checked(date: dt.date | None, wd: int, rule: str, relative: bool) -> _Value:
        value = _day(date, rule, relative)
        if date is not None and date.weekday() != wd:
            return attrs.evolve(value, problem="reldate.weekday-mismatch")
        return value

    def _partial(
        self, m: regex.Match[str], day: int, month_word: str, year_text: str | None, rule: str
    ) -> _Value | None:
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
        if self.ref is None:
            return _unresolved(Granularity.DAY, "year-closest")
        return _day(resolve_year_closest(self.ref, month, day), "year-closest")

    def _month_led(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        word = g("m_m")
        key = _norm(word)
        month = self.s.month[key]
        if g("m_d"):
            return self._partial(m, int(g("m_d")), word, g("m_y"), "md")
        if key in self.s.words.relative.ambiguous_lower and not word[:1].isupper():
            return None
        if g("m_y2"):
            return _Value(f"{g('m_y2')}-{month:02d}", Granularity.MONTH, "absolute")
        if key not in self.s.words.months:
            return None  # a bare abbreviation ("Jan") is not a month mention
        if key == "may" and not g("m_pre") and not self._may_is_month(m):
            return None  # the verb "may"
        if self.ref is None:
            return _unresolved(Granularity.MONTH, "month-name")
        ref = self.ref
        if g("m_ypost") or g("m_ypre"):
            year = ref.year + _direction(self.s, g("m_ypost") or g("m_ypre"))
            return _Value(
                f"{year}-{month:02d}", Granularity.MONTH, "month+year-relative", None, True
            )
        direction = _direction(self.s, g("m_pre") if g("m_pre") else g("m_post"))
        if direction == 0 and not (g("m_pre") or g("m_post")):
            direction = 1 if _is_future(self.s, self.text, m.start(), m.end()) else -1
        if direction < 0 and (g("m_pre") or g("m_post")) and month == ref.month:
            year = ref.year - 1  # "last April" said in April
        elif direction > 0 and (g("m_pre") or g("m_post")) and month == ref.month:
            year = ref.year + 1
        elif direction == 0:
            year = ref.year
        else:
            year = _month_year(month, ref, direction)
        return _Value(f"{year}-{month:02d}", Granularity.MONTH, "month-name", None, True)

    def _may_is_month(self, m: regex.Match[str]) -> bool:
        """ "May" is the month after "in"/"of"/"since"/"until"/"early"... or before a year."""
        before = self.text[max(0, m.start() - 12) : m.start()].lower().split()
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
        }

    def _fixed(self, m: regex.Match[str]) -> _Value | None:
        return self._fixed_word(_norm(m.group("fixed")))

    def _fixed_word(self, key: str) -> _Value | None:
        offset = self.s.words.relative.fixed_days.get(key)
        if offset is None:
            return None
        if self.ref is None:
            return _unresolved(Granularity.DAY, "relative-day")
        return _day(self.ref + dt.timedelta(days=offset), "relative-day")

    def _decade(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        if g("dec"):
            return _Value(g("dec")[:3] + "X", Granularity.DECADE, "absolute")
        if g("dec2"):
            return _Value("19" + g("dec2")[0] + "X", Granularity.DECADE, "absolute")
        digit = self.s.words.relative.decade_words.get(_norm(g("dec_w")))
        return None if digit is None else _Value(f"19{digit}X", Granularity.DECADE, "absolute")

    def _year(self, m: regex.Match[str]) -> _Value | None:
        g = m.group
        start = m.start("year")
        if not g("y_word") and not g("y_edge"):
            if NOT_YEAR_BEFORE_RE.search(self.text, max(0, start - 56), start):
                return None
            if NOT_YEAR_AFTER_RE.match(self.text, m.end(), min(len(self.text), m.end() + 16)):
                return None
            year = int(g("year"))
            if not 1800 <= year <= 2099:
                return None
        return _Value(g("year"), Granularity.YEAR, "absolute")


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


def _part_of_day(scanner: _Scanner, m: regex.Match[str]) -> str | None:
    word = m.group("w_pod") or m.group("f_pod") or m.group("dm_pod")
    if word:
        return scanner.words.relative.parts_of_day.get(_norm(word))
    fixed = m.group("fixed")
    if fixed:
        return scanner.words.relative.fixed_part_of_day.get(_norm(fixed))
    return None


# The last word of a mention, to tell "Sept." (abbreviation) from "Friday." (full stop).
LAST_WORD_RE = regex.compile(r"(\w++)\.$")


def _mention_end(scanner: _Scanner, m: regex.Match[str]) -> int:
    """The mention's end, leaving out a sentence's full stop after a full name."""
    last = LAST_WORD_RE.search(m.group())
    if last is not None:
        word = last.group(1).lower()
        if word in scanner.words.weekdays or word in scanner.words.months:
            return m.end() - 1
    return m.end()


def find_dates(
    text: str,
    region: Span | None = None,
    *,
    reference: dt.date | None = None,
    language: str | None = None,
    context: Context | None = None,
) -> tuple[DateMention, ...]:
    """Every DATE expression inside ``region``, in text order, resolved against ``reference``.

    ``reference`` falls back to ``context.reference``; with neither, relative
    expressions keep ``value=None`` and a ``reldate.unresolved`` diagnostic.
    ``language`` (ISO 639-1) picks the vocabulary; None scans Indonesian,
    Malay and English together.

    >>> ref = dt.date(2025, 7, 11)
    >>> found = find_dates("Ia tiba Kamis (10/7) pagi.", reference=ref)
    >>> [(m.text, m.value, m.anchor.rule) for m in found]
    [('Kamis (10/7) pagi', '2025-07-10', 'weekday+dm')]
    >>> [(m.text, m.value) for m in find_dates("on Thursday, earlier this year", reference=ref)]
    [('Thursday', '2025-07-10'), ('earlier this year', '2025')]
    """
    if reference is None and context is not None:
        reference = context.reference
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    start, end = region_bounds(text, region)
    scanner = _scanner(scanner_languages(language or (context.language if context else None)))
    resolver = _Resolver(scanner, text, reference)
    found: list[DateMention] = []
    for m in scanner.pattern.finditer(text, start, end):
        try:
            value = resolver.resolve(m)
        except OverflowError:  # counted past 0001-01-01 or 9999-12-31
            value = _Value(None, None, "out-of-range", relative=True, problem="reldate.out-of-range")
        if value is None:
            continue
        span = Span(m.start(), _mention_end(scanner, m))
        if value.problem is not None and context is not None:
            context.report(value.problem, None, span)
        found.append(
            DateMention(
                text=text[span.start : span.end],
                span=span,
                value=value.value,
                granularity=value.granularity,
                date=value.date,
                anchor=Anchor(value.rule, reference if value.relative else None),
                part_of_day=_part_of_day(scanner, m),
            )
        )
    return tuple(found)
