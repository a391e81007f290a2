"""The dateline parser: where, when and by whom a story was filed.

Contract
    ``parse_dateline(text, region=None, context=None)`` looks only at the lead
    of ``region`` (the whole text when None): the first :data:`LEAD_LINES`
    lines that start within :data:`LEAD_CHARS` characters, so that a title,
    caption, summary, byline or ATTN line before the dateline is skipped. It
    returns one :class:`~wirekit.Dateline` or None (and an INFO
    ``dateline.missing`` diagnostic when a context is given).

Shapes, each tried at the start of every lead line (leading white space skipped)
    ========================  =============================================  ========
    shape                     example                                        strength
    ========================  =============================================  ========
    agency in parentheses     ``Kuala Lumpur (ANTARA) -``,                   3 (4 with
                              ``LONDON, March 3 (Reuters) -``,               a date)
                              ``Jan 30 (Reuters) -`` (no place)
    agency first              ``(ANSA) - ROMA, 1 LUG -``                     4
    slashed agency            ``MOSCOW, January 21. /TASS/.``                4
    outlet after the place    ``JAKARTA, KOMPAS.com -``                      3
    outlet before the place   ``TEMPO.CO, Jakarta -``                        3
    outlet alone              ``TRIBUNNEWS.COM -``                           2
    place and date            ``SALVADOR, Feb 26 -``, ``ATHENS 1996-08-22``  2
    bare place                ``JAKARTA -``, ``CHICAGO, Ill. -`` (capitals,  1
                              a title-case region, or a dash line)
    place and colon           ``KUALA LUMPUR: The ...`` (capitals, one to    1
                              three words, in the lead's first three lines)
    ========================  =============================================  ========

    The earliest line holding a shape of strength 2 or more wins; a bare place
    is taken only when nothing stronger is in the lead. The outlet slots
    recognise web-outlet names (``KOMPAS.com``, ``REPUBLIKA.CO.ID``) by their
    shape; agencies whose outlet name is plain words (``CNN Indonesia``) pass
    them to :func:`make_dateline_parser`.

The dateline's date is returned *unresolved*: a
:class:`~wirekit.DateMention` with ``value=None`` covering just the date part
(``Feb 26``, ``23 Februari 2016``, ``1996-08-22``); the pipeline resolves it.

Every pattern is compiled once per process, on first use; names and places are bounded, all
repetitions are possessive, so the cost is linear in the lead's length.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from .._records import Dateline, DateMention, Span
from ..lang._locale import read_month_names
from ._context import Context, region_bounds
from ._spaces import SPACE_SEPARATORS, spell_spaces

__all__ = [
    "LEAD_CHARS",
    "LEAD_LINES",
    "make_dateline_parser",
    "parse_dateline",
]

LEAD_CHARS: Final = 1000
LEAD_LINES: Final = 12
_LINE_REACH: Final = 400  # how far past its start one dateline may extend

# Locales whose month names (from dateparser's tables) may stand in a dateline.
_MONTH_LOCALES: Final = ("en", "id", "ms", "es", "it", "fr", "de", "pt", "nl")
# Spellings the tables lack: "Sept." in English wire copy, "Agt" in Indonesian.
_MONTH_SUPPLEMENT: Final = ("sept", "agt", "peb", "nop", "des")


@functools.cache  # read on first use: importing stays cheap
def _month_words() -> tuple[str, ...]:
    """Month names and abbreviations of :data:`_MONTH_LOCALES`, lower case, sorted."""
    words = {w.lower() for w in _MONTH_SUPPLEMENT}
    for code in _MONTH_LOCALES:  # the month lists only: a whole table takes far longer to read
        for names in read_month_names(code):
            words.update(w.lower() for w in names)
    return tuple(sorted(words))


# The month words are a named list (``\L<months>``, the ``months`` argument of every
# compile): it matches like a longest-first alternation of the words, but compiles to one
# set lookup, where the spelled-out alternation (pasted into every place word) made the
# shapes take a third of a second to compile.
_FRAGMENTS: Final = {
    "month": r"(?i:\L<months>)(?!\p{L})",
    # A web outlet named by its domain: KOMPAS.com, TEMPO.CO, REPUBLIKA.CO.ID, TRIBUN-MEDAN.com
    "domain": (
        r"[\p{L}\d][\p{L}\d\-]{0,30}+"  # the name
        r"(?:\.(?i:co\.id|co|id|net)|\.\p{Zs}?+(?i:com))(?![\p{L}\d])"  # ".co.id", ". com"
    ),
}
# How far from a line start the dot of a domain outlet can stand (name of 1 + 30 characters).
_DOMAIN_DOT_REACH: Final = 32

# The date part of a dateline (the placeholders are filled from _FRAGMENTS).
_DATE: Final = r"""
    (?P<date>
        (?=\p{{L}}{{1,{longest}}}+\.?\p{{Zs}}{{1,2}}+\d)  # (a cheap test first: a word, a number)
        (?:{month})\.?\p{{Zs}}{{1,2}}+\d{{1,2}}+(?:st|nd|rd|th)?+  # Feb 26, Sept. 2, March 3rd
            (?:,?\p{{Zs}}\d{{4}}(?!\d))?+                # ..., 2014
      | \d{{1,2}}+\.?\p{{Zs}}(?:de\p{{Zs}})?+(?:{month})\.?+  # 23 Februari, 1 LUG, 21 mar,
            (?:\p{{Zs}}(?:de\p{{Zs}})?+\d{{4}}(?!\d))?+     # 10 de julio; ... 2016, de 2016
      | \d{{4}}-\d{{2}}-\d{{2}}(?!\d)                           # 1996-08-22
    )
"""

# One word of a place name; {exclude} keeps month dates and outlet names out.
_TOKEN: Final = r"""
    (?=[\p{{Lu}}dlaeousy])                        # (a cheap test: a capital or a connector)
    (?!(?=\p{{L}}{{1,{longest}}}+\.?\p{{Zs}}{{1,2}}+\d)  # (a cheap test first: a word, a number)
       (?:{month})\.?\p{{Zs}}{{1,2}}\d{{1,2}}(?!\d))       # not the month of a date ("March 3")
    (?!{domain})                                    # not an outlet ("KOMPAS.com")
    {exclude}
    (?:
        \p{{Lu}}[\p{{L}}\p{{M}}'\u2019.]*+  # a capitalised word: "Jakarta", "N.J.", "O'SMACH"
        (?:[-/]\p{{L}}[\p{{L}}\p{{M}}'\u2019.]*+){{0,3}}+ # compounds: "Baden-Baden", "DALLAS/FORT"
      | (?:de|del|della|di|da|do|dos|du|la|le|el|al|am|an|der|den|of|upon|sur|en|y)
        (?=\p{{Zs}}\p{{Lu}})                             # a lower-case connector inside a name
    )
"""

# The plain variant stops at a hyphen, for shapes whose dash may be glued ("Jakarta-Polda").
_PLAIN_TOKEN: Final = r"""
    (?=[\p{{Lu}}dlaeousy])                        # (a cheap test: a capital or a connector)
    (?!(?=\p{{L}}{{1,{longest}}}+\.?\p{{Zs}}{{1,2}}+\d)  # (a cheap test first: a word, a number)
       (?:{month})\.?\p{{Zs}}{{1,2}}\d{{1,2}}(?!\d))       # not the month of a date
    (?!{domain})                                    # not an outlet
    {exclude}
    (?:
        \p{{Lu}}[\p{{L}}\p{{M}}'\u2019.]*+               # a capitalised word, no hyphen
      | (?:de|del|della|di|da|do|dos|du|la|le|el|al|am|an|der|den|of|upon|sur|en|y)
        (?=\p{{Zs}}\p{{Lu}})                             # a lower-case connector
    )
"""

# A place: up to four comma-separated parts of up to six words ("CHICAGO, Ill.").
# Every repetition is possessive and the words exclude each other, so a place has at most
# one match at a given start: shapes that begin with it read it once per line (see
# _best_on_line) and then try only what must follow it.
_PLACE: Final = r"""
    (?P<place>
        {token}(?:\p{{Zs}}{token}){{0,5}}+             # the first part: "MAR DEL PLATA"
        (?:\p{{Zs}}?+,\p{{Zs}}?+                        # more parts: ", Argentina", ", Ill."
           {token}(?:\p{{Zs}}{token}){{0,5}}+){{0,3}}+
    )
"""

# The dash between dateline and story, with an optional line break before it.
_DASH: Final = r"""
    [\t\p{Zs}]*+(?:\r?\n[\t\p{Zs}]*+)?+           # spaces, maybe one line break ("Jakarta\n-")
    [,.]?+[\t\p{Zs}]*+                              # a stray comma or stop ("March 4, -",
                                                    # "Dec. 5. -")
    (?P<dash>\.-|--|\u2014|\u2013|-|_|:)                      # EFE ".-", AP "--" / "_", ANI ":"
"""

# A bare place takes only a real dash ("NOTE:" starts no dateline).
_BARE_DASH: Final = r"""
    [\t\p{Zs}]*+(?:\r?\n[\t\p{Zs}]*+)?+           # spaces, maybe one line break
    (?P<dash>--|\u2014|\u2013|-|_)                            # a dash
"""

_AGENCY_PAREN: Final = r"""
    \(\p{Zs}*+(?P<agency>\p{L}[^()\n]{0,40}+)\)        # "(ANTARA)", "(Antara/PRNewswire)"
"""


def _build(template: str, names: str, *, plain: bool = False) -> regex.Pattern[str]:
    """Compile one shape, inserting the shared fragments (on first use only).

    ``names`` is an alternation of the agency's own outlet names ("" for none):
    place words never start one, and the outlet slot accepts them.
    """
    exclude = rf"(?!(?i:{names})(?![\p{{L}}\d]))" if names else ""
    # The cheap tests before a month read at most as many letters as the longest month has.
    longest = max(len(word) for word in _month_words())
    # The place word and the month are defined once and called where they stand (the
    # place reads four words, a date two months): spelled out at every call, they made
    # the shapes about three times longer and slower to compile.
    fragments = {**_FRAGMENTS, "month": "(?&month)"}
    token = (_PLAIN_TOKEN if plain else _TOKEN).format(
        exclude=exclude, longest=longest, **fragments
    )
    domain = _FRAGMENTS["domain"]
    outlet = rf"(?P<agency>{domain}|(?i:{names}))" if names else rf"(?P<agency>{domain})"
    named = rf"(?P<agency>(?i:{names}))" if names else "(?!)"
    source = template.format(
        place=_PLACE.format(token="(?&token)"),
        date=_DATE.format(longest=longest, **fragments),
        dash=_DASH,
        bare_dash=_BARE_DASH,
        paren=_AGENCY_PAREN,
        outlet=outlet,
        named=named,
    )
    if "(?&token)" in source:
        source = f"(?(DEFINE)(?P<token>{token}))" + source
    if "(?&month)" in source:
        source = f"(?(DEFINE)(?P<month>{_FRAGMENTS['month']}))" + source
    return regex.compile(
        spell_spaces(source), regex.VERBOSE | regex.V0, ignore_unused=True, months=_month_words()
    )


# Shapes (strength in the table of the module docstring). A *tail* is what follows the
# place of a shape that starts with one; it is matched where the place ends.
_PAREN_TAIL: Final = r"""
    (?<![\t\p{{Zs}}])                   # (no place ends in a space: keeps a search linear)
    (?:(?:\p{{Zs}}?+,\p{{Zs}}*+|\p{{Zs}}++){date})?+  # after "LONDON": ", March 3", or nothing
    [\t\p{{Zs}}]*+{paren}                            # "(Reuters)"
    (?:{dash}|(?(date)(?=\p{{Zs}}++\S)|(?!)))     # a dash; after a date, maybe none (PTI)
"""
_DATE_PAREN_SHAPE: Final = r"""
    {date}                                          # no place, just "Jan 30"
    [\t\p{{Zs}}]*+{paren}                            # "(Reuters)"
    (?:{dash}|(?=\p{{Zs}}++\S))                      # a dash; after the date, maybe none (PTI)
"""
_AGENCY_FIRST_SHAPE: Final = r"""
    {paren}\p{{Zs}}*+(?:-|--|\u2014|\u2013)\p{{Zs}}*+                   # "(ANSA) - "
    {place}(?:,\p{{Zs}}*+{date})?+                       # "ROMA, 1 LUG"
    {dash}
"""
_SLASH_TAIL: Final = r"""
    (?<![\t\p{{Zs}}])                   # (no place ends in a space: keeps a search linear)
    (?:,\p{{Zs}}*+{date})?+\.?+\p{{Zs}}*+                     # after "MOSCOW": ", January 21."
    /(?P<agency>\p{{L}}[\p{{L}}\-]{{0,20}}+)/\.?+   # "/TASS/."
"""
_OUTLET_AFTER_TAIL: Final = r"""
    (?<![\t\p{{Zs}}])                   # (no place ends in a space: keeps a search linear)
    (?:(?:\p{{Zs}}?+,\p{{Zs}}*+|\p{{Zs}}++){date})?+  # after "WASHINGTON": ", March 12"
    (?:,\p{{Zs}}*+{outlet}                             # ", KOMPAS.com", ", Reuter"
      | (?(date)\p{{Zs}}++{named}|(?!)))              # after a date, a space before a name
                                                    # will do ("July 10 Kyodo -")
    {dash}
"""
_OUTLET_BEFORE_SHAPE: Final = r"""
    {outlet}(?:,|\p{{Zs}}*+\|)\p{{Zs}}*+{place}             # "TEMPO.CO, Jakarta", "SURYA.co.id |
    {dash}                                          # BANGKALAN"
"""
_OUTLET_GLUED_SHAPE: Final = r"""
    {outlet},\p{{Zs}}*+                                  # "Liputan6.com, "
    (?P<place>\p{{Lu}}\p{{Ll}}{{2,}}+(?:\p{{Zs}}\p{{Lu}}\p{{Ll}}++){{0,2}}?)  # "Ogan Ilir"
    (?=\p{{Lu}}|["\u201c])                             # ... glued to the story ("JakartaKita")
"""
_OUTLET_ALONE_SHAPE: Final = r"""
    {outlet}{dash}                                  # "TRIBUNGORONTALO.COM --"
    (?=\p{{Zs}}*+\S                                     # the story follows on the line,
      |[\t\p{{Zs}}]*+\r?\n[\t\p{{Zs}}]*+\p{{L}})            # or the next ("KOMPAS.com\n-\nPatrick")
"""
_DATED_TAIL: Final = r"""
    (?<![\t\p{{Zs}}])                   # (no place ends in a space: keeps a search linear)
    (?:
        (?:\p{{Zs}}?+,\p{{Zs}}*+|\p{{Zs}}++){date}{dash}  # "SALVADOR, Feb 26 -"
      | \p{{Zs}}++(?P<date>\d{{4}}-\d{{2}}-\d{{2}})      # "ATHENS 1996-08-22" (CoNLL)
        (?=[\t\p{{Zs}}]*+(?:\r?\n|$))                      # alone on its line
    )
"""
_BARE_TAIL: Final = r"""
    (?<![\t\p{{Zs}}])                   # (no place ends in a space: keeps a search linear)
    {bare_dash}                                     # after "JAKARTA": " -", "-"
    (?=[\t\p{{Zs}}]*+(?:\r?\n)?+                     # the story, maybe on the next line,
       [^\n]{{0,40}}\p{{Ll}})                        # ... reads as prose
"""

# Labels in capitals that open a lead line before a dash and name no place: editors' slugs
# ("ATTENTION - ADDS quotes", "RPT --LUDWIGSHAFEN, ...", "UPDATE 2-"), a page's section
# ("INFO NASIONAL -") and the sport of a results story ("CRICKET - PAKISTAN 229-1"). The
# line is read from after the dash; a weak dateline later in the lead is none
# ("PRESS DIGEST - Spain" lists newspapers: "EL PAIS\n- Work groups ...").
_SLUGS: Final = frozenset(
    {"ATTENTION", "ATTN", "ADVISORY", "ALERT", "ANALYSIS", "BULLETIN", "BUZZ", "COLUMN",
     "COMMENTARY", "CORRECTED", "CORRECTION", "DIGEST", "EDITORIAL", "EDITORS",
     "EMERGING MARKETS", "EXCLUSIVE", "FACTBOX", "FEATURE", "FLASH", "FOCUS", "FOREX",
     "GLOBAL MARKETS", "HIGHLIGHTS", "INSIGHT", "INTERVIEW", "NEWSALERT", "NOTE", "OBITUARY",
     "OPINION", "PREVIEW", "PRESS DIGEST", "REFILE", "REPEAT", "RESEARCH ALERT", "ROUNDUP",
     "RPT", "SUMMARY", "TIMELINE", "TREASURIES", "UPDATE", "UPDATED", "UPDATES", "URGENT",
     "US STOCKS", "WRAPUP",
     "ADVERTORIAL", "INFO NASIONAL", "INFOGRAFIS", "KOLOM", "OPINI", "TAJUK",
     "ATHLETICS", "BADMINTON", "BASEBALL", "BASKETBALL", "BOXING", "CRICKET", "CYCLING", "GOLF",
     "HOCKEY", "ICE HOCKEY", "HORSE RACING", "MOTOR RACING", "MOTORCYCLING", "OLYMPICS",
     "ROWING", "RUGBY", "RUGBY LEAGUE", "RUGBY UNION", "SAILING", "SKIING", "SOCCER",
     "SQUASH", "SWIMMING", "TENNIS", "VOLLEYBALL"}
)  # fmt: skip
_SLUG_INITIALS: Final = frozenset(word[0] for word in _SLUGS)


@functools.cache
def _slug_pattern() -> regex.Pattern[str]:
    """A slug and its dash at a line start (compiled on first need)."""
    words = "|".join(
        regex.escape(w).replace(r"\ ", r"\p{Zs}") for w in sorted(_SLUGS, key=lambda w: -len(w))
    )
    return regex.compile(
        rf"(?:{words})(?:\p{{Zs}}?+\d{{1,2}}+)?+\p{{Zs}}*+(?:--|-|\u2013|\u2014)\p{{Zs}}*+"
    )


# A place in capitals and a colon, as Malaysian, Singaporean, Indian and Pakistani papers
# open a story ("KUALA LUMPUR: The ...", "ATHENS : Dutch ..."): one to three words of
# capitals, one of them of four letters or more ("EPA:", "USA:" are a headline's subject),
# then prose. Labels in capitals are no place (:data:`_SLUGS`, :data:`_COLON_LABELS`), nor
# is a word the story writes in lower case ("PROGRESS: ... progress"); and the line is a
# lead's, not a headline's: a sentence's end closes it, or it runs on past
# :data:`_COLON_LEAD_LINE` characters ("GOLF ROUNDUP: Haas closer to ending drought").
COLON_PLACE_RE: Final = regex.compile(
    spell_spaces(
        r"""
        (?P<place>\p{Lu}[\p{Lu}.\-]{0,24}+(?:\p{Zs}\p{Lu}[\p{Lu}.\-]{0,24}+){0,2}+)
        (?![\p{L}\d'\u2019])                        # the whole run of capitals
        \p{Zs}?+(?P<dash>:)                             # "SINGAPORE:", "ATHENS :"
        (?=\p{Zs}{1,3}+["\u201c\u2018']?+[\p{Lu}\d][^\n]{0,60}?\p{Ll})  # then prose
        """
    ),
    regex.VERBOSE,
)
_COLON_LABELS: Final = frozenset(
    {"ALSO READ", "BACA JUGA", "BREAKING", "BREAKING NEWS", "CAPTION", "CREDIT", "DATA VIEW",
     "DISCLAIMER", "EDITOR", "EDITOR'S NOTE", "FILE", "FOTO", "LIVE", "PHOTO", "READ",
     "READ MORE", "REPORTER", "REVIEW", "SOURCE", "SUMBER", "TAGS", "VIDEO", "WARNING",
     "WATCH", "WRITER"}
)  # fmt: skip
_COLON_LINES: Final = 3  # how many lead lines may hold one
_COLON_LEAD_LINE: Final = 100


def _colon_dateline(text: str, line_start: int, reach: int) -> Dateline | None:
    """A place in capitals and a colon at ``line_start`` (:data:`COLON_PLACE_RE`), or None."""
    if not text[line_start : line_start + 2].isupper():
        return None  # (a cheap test: most lines do not open with two capitals)
    match = COLON_PLACE_RE.match(text, line_start, reach)
    if match is None:
        return None
    place = match.group("place")
    words = place.split()
    if (
        place in _SLUGS
        or place in _COLON_LABELS
        or max(sum(c.isalpha() for c in word) for word in words) < 4
        or "AND" in words
        or "OR" in words
    ):
        return None  # a label, a subject or a phrase ("CARROT AND STICK:")
    eol = text.find("\n", line_start, reach)
    line = text[line_start : eol if eol >= 0 else reach].rstrip()
    if len(line) < _COLON_LEAD_LINE and not (
        line.endswith((".", "!", "?", '."', ".\u201d")) and not line.endswith(("..", "\u2026"))
    ):
        return None  # a headline
    if len(words) == 1 and _has_word(text, place.lower(), match.end()):
        return None  # a word of the story, not a place
    place_span = Span(*match.span("place"))
    return Dateline(
        place=place,
        agency=None,
        date=None,
        span=Span(line_start, match.end()),
        place_span=place_span,
        agency_span=None,
    )


def _has_word(text: str, word: str, pos: int) -> bool:
    """Whether ``word`` stands in ``text`` after ``pos`` as a whole word."""
    found = text.find(word, pos)
    while found >= 0:
        end = found + len(word)
        if not text[found - 1 : found].isalnum() and not text[end : end + 1].isalnum():
            return True
        found = text.find(word, end)
    return False


def _after_slug(text: str, line_start: int, end: int) -> int | None:
    """Where a lead line opening with a slug and its dash goes on, or None."""
    if (
        text[line_start] not in _SLUG_INITIALS
        or not text[line_start + 1 : line_start + 2].isupper()
    ):
        return None  # (every slug opens with two capitals: most lines are skipped here)
    found = _slug_pattern().match(text, line_start, end)
    return found.end() if found is not None else None


_BASE_STRENGTH: Final = {
    "paren": 3,
    "date_paren": 3,  # the paren shape with no place ("Jan 30 (Reuters) -")
    "agency_first": 4,
    "slash": 4,
    "outlet_after": 3,
    "outlet_before": 3,
    "outlet_glued": 3,
    "outlet_alone": 2,
    "dated": 2,
    "bare": 1,
}

# Line starts: after a line break, skip horizontal space (and bullets of the lead).
LINE_START_RE: Final = regex.compile(
    spell_spaces(
        r"""
        [\t\p{Zs}\ufeff*]*+                         # indentation, any space, a BOM, "****" markers
        """
    ),
    regex.VERBOSE,
)
_INDENT: Final = frozenset("\t\ufeff*" + SPACE_SEPARATORS)  # what LINE_START_RE skips
CAPITALS_RE: Final = regex.compile(
    r"""
    \P{Ll}*+                                        # no lower-case letter anywhere
    """,
    regex.VERBOSE,
)
# A place in capitals with its region written in title case: "CHICAGO, Ill.", "BRUSSELS,
# Belgium", "LOS ANGELES, Calif." (then blanks before the dash).
CAPITALS_REGION_RE: Final = regex.compile(
    r"""
    (?=[^,\n]*?\p{Lu}\p{Lu})[^,\p{Ll}\n]++,      # the place: two capitals, no lower case
    [\t\p{Zs}]++(?P<region>\p{Lu}[\p{Ll}.]{1,12}+  # the region: one or two words
      (?:[\t\p{Zs}]\p{Lu}[\p{Ll}.]{1,12}+)?+)
    [\t\p{Zs}]*+
    """,
    regex.VERBOSE,
)
# Title-case words after a place that name an agency or a day, not a region (besides the
# month and weekday names: see _capitals_place).
_NOT_REGIONS: Final = frozenset({"reuters", "reuter", "today", "yesterday"})
# The languages whose weekday names are no region after a place ("WASHINGTON, Sunday -").
_WEEKDAY_LANGUAGES: Final = ("en", "id", "ms")


@functools.cache  # read on first need, as the month words are
def _weekday_words() -> frozenset[str]:
    from ..lang import merge_words  # (the date words load on first need)

    return frozenset(merge_words(_WEEKDAY_LANGUAGES).weekdays)


def _capitals_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bare dateline's place: in capitals, or in capitals
    with a title-case region after its comma ("CHICAGO, Ill.")."""
    if CAPITALS_RE.fullmatch(text, start, end) is not None:
        return True
    comma = text.find(",", start, end)
    if comma < 0 or not text[start:comma].isupper():
        return False  # (most lines: no place in capitals before a comma)
    match = CAPITALS_REGION_RE.fullmatch(text, start, end)
    if match is None:
        return False
    region = match.group("region").lower().rstrip(".")
    return not (region in _NOT_REGIONS or region in _month_words() or region in _weekday_words())


# Every pattern a parser may need, by name: (template, plain place words?).
_TEMPLATES: Final = {
    "place": ("{place}", False),  # a place at a line start
    "plain_place": ("{place}", True),  # ... of words without hyphen compounds (bare shape)
    "paren": (_PAREN_TAIL, False),  # tails, matched where the place ends
    "slash": (_SLASH_TAIL, False),
    "outlet_after": (_OUTLET_AFTER_TAIL, False),
    "dated": (_DATED_TAIL, False),
    "bare": (_BARE_TAIL, True),
    "date_paren": (_DATE_PAREN_SHAPE, False),  # whole shapes, matched at the line start
    "agency_first": (_AGENCY_FIRST_SHAPE, False),
    "outlet_before": (_OUTLET_BEFORE_SHAPE, True),
    "outlet_glued": (_OUTLET_GLUED_SHAPE, True),  # its dash lost, the story glued on
    "outlet_alone": (_OUTLET_ALONE_SHAPE, True),
}


@functools.cache  # compiled on first need, once per process: importing stays cheap
def _shape(kind: str, names: tuple[str, ...]) -> regex.Pattern[str]:
    """The compiled pattern ``kind`` of a parser knowing the outlet ``names``.

    Each is compiled only when a lead line first needs it (a place pattern takes
    ~20 ms to compile), so a first parse builds only the few its lines call for.
    """
    template, plain = _TEMPLATES[kind]
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return _build(template, alternation, plain=plain)


def _group_span(match: regex.Match[str], name: str) -> Span | None:
    if name not in match.re.groupindex:
        return None
    start, end = match.span(name)
    if start < 0 or end <= start:
        return None
    return Span(start, end)


def _trimmed(text: str, span: Span | None) -> Span | None:
    """``span`` without surrounding white space (None when nothing is left)."""
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _candidate(
    text: str,
    kind: str,
    match: regex.Match[str],
    line_start: int,
    place: tuple[int, int] | None,
) -> tuple[int, Dateline] | None:
    """The dateline a shape matched, with its strength (None when the match is unfit).

    ``place`` is the place read before a tail matched; None takes the match's own group.
    """
    raw_place = _group_span(match, "place") if place is None else Span(*place)
    place_span = _trimmed(text, raw_place)
    agency_span = _trimmed(text, _group_span(match, "agency"))
    date_span = _group_span(match, "date")
    if date_span is not None and "dash" in match.re.groupindex:
        dash_start, dash_end = match.span("dash")
        if (
            dash_start == date_span.end
            and text[dash_start:dash_end] in ("-", "\u2013")
            and text[dash_end : dash_end + 1].isdigit()
        ):
            return None  # "the minister's December 7-9 visit": a range of days, not the dash
    if kind == "bare":
        assert place_span is not None
        dash_start, dash_end = match.span("dash")
        after = text.find("\n", dash_end)
        dash_alone = "\n" in text[place_span.end : dash_start] or (
            after >= 0 and not text[dash_end:after].strip()
        )
        if text[dash_start:dash_end] == "-" and text[dash_start - 1 : dash_start].isalpha():
            glued = text[dash_end : dash_end + 1]
            if glued.islower():
                return None  # "TEKA-teki", "US BLUE-chips", "NATO-led": a compound word
            if glued.isalpha() and len(text[place_span.start : dash_start].split()[-1]) <= 3:
                return None  # "US-Israel ties", "FED-UP", "AOL, E-Mail": one word ("JAKARTA-PT
                # PLN ..." is a dateline, its dash glued on both sides)
        if not dash_alone and not (
            _capitals_place(text, place_span.start, place_span.end)
            and sum(c.isalpha() for c in text[place_span.start : place_span.end]) >= 2
        ):
            return None
    strength = _BASE_STRENGTH[kind] + (
        1 if kind in ("paren", "date_paren") and date_span is not None else 0
    )
    date = DateMention(date_span.slice(text), date_span, None) if date_span is not None else None
    dateline = Dateline(
        place=place_span.slice(text) if place_span else None,
        agency=agency_span.slice(text) if agency_span else None,
        date=date,
        span=Span(line_start, match.end()),
        place_span=place_span,
        agency_span=agency_span,
    )
    return strength, dateline


def _best_on_line(
    names: tuple[str, ...], text: str, line_start: int, reach: int, *, weak_wanted: bool
) -> tuple[int, Dateline] | None:
    """The strongest shape at ``line_start`` (the first of equal strength), or None.

    The same result as matching every whole shape at the line start in the order of the
    module's table, found with less work: the place is read once, and only when a tail
    may follow it, and only the tails are tried after it; a shape is skipped when a
    literal it needs is missing from the line (its ``(``, ``/``, ``,`` and an outlet, a
    domain's dot, a date's digit and the dash after it, the bare dash of a capitals
    place or alone at the line's end) or when its strength could not beat the best so
    far; the bare shape also when no weak dateline is wanted (an earlier line gave one).
    """
    eol = text.find("\n", line_start, reach)
    if eol < 0:
        eol = reach
    best: tuple[int, Dateline] | None = None
    at: tuple[int, int] | None = None  # the place at the line start, once read
    place_read = False

    if text.find("(", line_start, eol) >= 0:
        at, place_read = _read_place(names, text, line_start, reach), True
        matched = None
        if (
            at is not None
            and text.find("(", at[1], eol) >= 0
            and _paren_can_follow(text, at[1], reach)
        ):
            matched = _shape("paren", names).match(text, at[1], reach)
        if matched is not None:
            best = _better(best, _candidate(text, "paren", matched, line_start, at))
        elif _date_can_follow(text, line_start, reach):  # a date opening the line
            best = _consider(best, names, "date_paren", text, line_start, reach, None)
        if (best is None or best[0] < 4) and text.startswith("(", line_start):
            best = _consider(best, names, "agency_first", text, line_start, reach, None)
        if best is not None and best[0] >= 4:
            return best
    if text.find("/", line_start, eol) >= 0:
        if not place_read:
            at, place_read = _read_place(names, text, line_start, reach), True
        if (
            at is not None
            and text.find("/", at[1], eol) >= 0
            and _slash_can_follow(text, at[1], reach)
        ):
            best = _consider(best, names, "slash", text, line_start, reach, at)
    if best is not None and best[0] >= 3:
        return best
    # An outlet after the place is possible only when one follows a comma on the line,
    # or one of the parser's names follows a date's digit.
    has_comma = text.find(",", line_start, eol) >= 0
    if (has_comma or names) and (place_read or _outlet_can_follow(names, text, line_start, eol)):
        if not place_read:
            at, place_read = _read_place(names, text, line_start, reach), True
        if at is not None and _outlet_can_follow(names, text, at[1], eol):
            best = _consider(best, names, "outlet_after", text, line_start, reach, at)
    if best is not None:
        return best
    if _outlet_can_lead(names, text, line_start, eol):
        if has_comma:  # the glued place first: a glued story may hold a dash further on
            best = _consider(best, names, "outlet_glued", text, line_start, reach, None)
        if best is None and (has_comma or text.find("|", line_start, eol) >= 0):
            best = _consider(best, names, "outlet_before", text, line_start, reach, None)
        if best is not None:
            return best
        best = _consider(best, names, "outlet_alone", text, line_start, reach, None)
    # A dated place needs its date's digit on the line and a dash after that digit.
    if best is None and _dated_can_end(text, line_start, eol, reach):
        if not place_read:
            at, place_read = _read_place(names, text, line_start, reach), True
        if at is not None and _date_can_follow(text, at[1], reach):
            best = _consider(best, names, "dated", text, line_start, reach, at)
    # A bare place needs its dash on the line or starting the next, and then a place in
    # capitals or the dash alone at the line's end.
    if best is None and weak_wanted and _bare_can_stand(text, line_start, eol, reach):
        if not place_read:
            at = _read_place(names, text, line_start, reach)
        if at is not None:
            # Without "-" or "/" in it, the place has no compound word: the plain words
            # read exactly the same place.
            plain_at: tuple[int, int] | None = at
            if text.find("-", *at) >= 0 or text.find("/", *at) >= 0:
                # the compound place first ("SAINT-ETIENNE \u2013"), then its first word
                # with the dash glued to it ("JAKARTA-Harga")
                if _dash_follows(text, at[1], reach):
                    best = _consider(best, names, "bare", text, line_start, reach, at)
                    if best is not None:
                        return best
                plain_at = _read_place(names, text, line_start, reach, kind="plain_place")
            if plain_at is not None and _dash_follows(text, plain_at[1], reach):
                best = _consider(best, names, "bare", text, line_start, reach, plain_at)
    return best


def _read_place(
    names: tuple[str, ...], text: str, line_start: int, reach: int, kind: str = "place"
) -> tuple[int, int] | None:
    """The span of the place at the line start, or None."""
    place = _shape(kind, names).match(text, line_start, reach)
    return place.span() if place is not None else None


def _better(
    best: tuple[int, Dateline] | None, found: tuple[int, Dateline] | None
) -> tuple[int, Dateline] | None:
    """``found`` when it is stronger than ``best`` (the earlier wins ties)."""
    if found is not None and (best is None or found[0] > best[0]):
        return found
    return best


def _consider(
    best: tuple[int, Dateline] | None,
    names: tuple[str, ...],
    kind: str,
    text: str,
    line_start: int,
    reach: int,
    at: tuple[int, int] | None,
) -> tuple[int, Dateline] | None:
    """``best``, or shape ``kind`` matched after the place ``at`` (at the line start when
    None) when that is stronger."""
    match = _shape(kind, names).match(text, line_start if at is None else at[1], reach)
    if match is None:
        return best
    return _better(best, _candidate(text, kind, match, line_start, at))


_BLANKS: Final = frozenset("\t" + SPACE_SEPARATORS)
_BARE_DASHES: Final = frozenset("-\u2014\u2013_")
_DATE_DASHES: Final = frozenset("-\u2014\u2013_:")
# The same, as strings to find one at a time (``str.find`` beats a pattern call here).
_BARE_DASH_CHARACTERS: Final = "-\u2014\u2013_"
_DATE_DASH_CHARACTERS: Final = "-\u2014\u2013_:"
# What stands between a place and its date: spaces and a comma (a tab is let through too).
_DATE_GAP: Final = _BLANKS | {","}
DIGIT_RE: Final = regex.compile(
    r"""
    \d                                              # a digit, as the shapes read one
    """,
    regex.VERBOSE,
)

# The outlet tail: a comma, spaces and a domain's name up to its dot (the start of {domain}).
DOMAIN_AFTER_COMMA_RE: Final = regex.compile(
    spell_spaces(
        r"""
        ,\p{Zs}*+                                     # a comma and spaces
        [\p{L}\d][\p{L}\d\-]{0,30}+\.                  # "KOMPAS." of "KOMPAS.com"
        """
    ),
    regex.VERBOSE,
)


@functools.cache  # the month lists are read on first use
def _longest_month() -> int:
    """The number of letters of the longest month word."""
    return max(len(word) for word in _month_words())


def _dated_can_end(text: str, line_start: int, eol: int, reach: int) -> bool:
    """Whether a dated shape may stand on the line (a cheap, exact test).

    Place, date and dash never cross a line break except before the dash, so the
    line holds the date's digits, and the dash (or the ISO date's hyphen) comes after
    the first of them: on the line, or at the start of the next after blanks and a comma.
    """
    digit = DIGIT_RE.search(text, line_start, eol)
    if digit is None:
        return False
    after = digit.end()
    for dash in _DATE_DASH_CHARACTERS:
        if text.find(dash, after, eol) >= 0:
            return True
    if eol >= reach:  # no line break within reach: nothing may follow on the next line
        return False
    pos = eol + 1
    while pos < reach and text[pos] in _BLANKS:
        pos += 1
    if pos < reach and text[pos] == ",":
        pos += 1
        while pos < reach and text[pos] in _BLANKS:
            pos += 1
    return pos < reach and (text[pos] in _DATE_DASHES or text.startswith(".-", pos, reach))


def _bare_can_stand(text: str, line_start: int, eol: int, reach: int) -> bool:
    """Whether a bare dateline may stand on the line (a cheap, exact test).

    Its dash stands on the line or after blanks at the start of the next. A plain
    place holds no dash, so on the line the bare dash is the line's first, and the
    shape is kept only for a place without lower-case letters (:data:`CAPITALS_RE` over
    everything before that dash: the place and blanks) or a dash with nothing after it
    on its line.
    """
    first = eol
    for dash in _BARE_DASH_CHARACTERS:  # the first on the line: each find stops before it
        found = text.find(dash, line_start, first)
        if found >= 0:
            first = found
    if first == eol:
        return _dash_follows(text, eol, reach)
    return not text[first + 2 : eol].strip() or _capitals_place(text, line_start, first)


def _outlet_can_follow(names: tuple[str, ...], text: str, pos: int, eol: int) -> bool:
    """Whether the outlet tail may follow in ``[pos, eol)`` (a cheap, exact test).

    Its outlet follows a comma and spaces: a domain whose dot stands within 31
    characters of its start (``DOMAIN_AFTER_COMMA_RE``), or one of ``names``; one of
    ``names`` may also follow a date's last digit and spaces.
    """
    return _outlet_start(names).search(text, pos, eol) is not None


@functools.cache  # one per set of outlet names, on first need
def _outlet_start(names: tuple[str, ...]) -> regex.Pattern[str]:
    """What starts an outlet after a comma: a domain's name and dot, or one of ``names``."""
    if not names:
        return DOMAIN_AFTER_COMMA_RE
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return regex.compile(
        spell_spaces(
            rf",\p{{Zs}}*+(?:[\p{{L}}\d][\p{{L}}\d\-]{{0,30}}+\.|(?i:{alternation}))"
            rf"|\d\p{{Zs}}++(?i:{alternation})"
        ),
        regex.V0,
    )


def _outlet_can_lead(names: tuple[str, ...], text: str, line_start: int, eol: int) -> bool:
    """Whether an outlet may open the line (a cheap, exact test).

    The outlet is a domain: a name of letters, digits and hyphens, then its dot within
    :data:`_DOMAIN_DOT_REACH` characters, so no space stands before that dot; or one of
    the parser's outlet ``names`` at the line start.
    """
    stop = line_start + _DOMAIN_DOT_REACH
    dot = text.find(".", line_start, stop if stop < eol else eol)
    if dot >= 0 and text.find(" ", line_start, dot) < 0:
        return True
    if not names:
        return False
    # Or one of ``names``, matched case-insensitively: an ASCII name matches as many
    # characters as it has, and (ASCII text aside) equals them once lower-cased.
    lowered = _lowered_names(names)
    if lowered is None:
        return True
    head = text[line_start : line_start + max(map(len, lowered))]
    return not head.isascii() or head.lower().startswith(lowered)


@functools.cache  # one per set of outlet names
def _lowered_names(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """``names`` lower-cased, or None when one is not ASCII (no cheap test then)."""
    if not all(name.isascii() for name in names):
        return None
    return tuple(name.lower() for name in names)


def _paren_can_follow(text: str, pos: int, reach: int) -> bool:
    """Whether the paren tail may follow the place ending at ``pos`` (a cheap, exact test).

    The tail is blanks and the ``(``, or a date first (:func:`_date_can_follow`).
    """
    after = pos
    while after < reach and text[after] in _BLANKS:
        after += 1
    return (after < reach and text[after] == "(") or _date_can_follow(text, pos, reach)


def _slash_can_follow(text: str, pos: int, reach: int) -> bool:
    """Whether the slash tail may follow the place ending at ``pos`` (a cheap, exact test).

    The tail starts with a comma (before its date), a period, or spaces and the slash.
    """
    while pos < reach and text[pos] in SPACE_SEPARATORS:
        pos += 1
    return pos < reach and text[pos] in ",./"


def _date_can_follow(text: str, pos: int, reach: int) -> bool:
    """Whether a dateline date may start after the place ending at ``pos`` (cheap, exact).

    The date follows spaces and a comma and starts with a digit, or with a month of
    at most :func:`_longest_month` letters, a period and one or two spaces before a digit.
    """
    while pos < reach and text[pos] in _DATE_GAP:
        pos += 1
    stop = pos + _longest_month() + 4
    return DIGIT_RE.search(text, pos, stop if stop < reach else reach) is not None


def _dash_follows(text: str, pos: int, reach: int) -> bool:
    """Whether a bare dash can follow ``pos`` (blanks, maybe one line break, then a dash).

    What the start of :data:`_BARE_DASH` reads, in plain Python: a cheap, exact test
    that spares the pattern call on the many lines where no dash follows the place.
    """
    while pos < reach and text[pos] in _BLANKS:
        pos += 1
    if text.startswith("\r\n", pos, reach) or text.startswith("\n", pos, reach):
        pos += 2 if text[pos] == "\r" else 1
        while pos < reach and text[pos] in _BLANKS:
            pos += 1
    return pos < reach and text[pos] in _BARE_DASHES


def _lead_lines(text: str, start: int, end: int, lead_chars: int, lead_lines: int) -> Iterator[int]:
    """Offsets where the lead's lines begin (indentation skipped), lazily: the parse
    stops at the first line holding a strong dateline."""
    found = 0
    pos = start
    limit = min(end, start + lead_chars)
    while pos < limit and found < lead_lines:
        first = pos
        if text[pos] in _INDENT:  # LINE_START_RE reads nothing at any other character
            indent = LINE_START_RE.match(text, pos, end)
            first = indent.end() if indent is not None else pos
        if first < end and text[first] not in "\r\n":
            found += 1
            yield first
        newline = text.find("\n", pos, limit)
        if newline < 0:
            break
        pos = newline + 1


def _parse_with(
    names: tuple[str, ...],
    text: str,
    region: Span | None,
    context: Context | None,
    lead_chars: int,
    lead_lines: int,
) -> Dateline | None:
    start, end = region_bounds(text, region)
    weak: Dateline | None = None
    slugged = False  # a line opened with a slug: no weak dateline after it
    for index, line_start in enumerate(_lead_lines(text, start, end, lead_chars, lead_lines)):
        after = _after_slug(text, line_start, end)
        if after is not None:
            line_start, slugged = after, True
            if line_start >= end:
                break
        reach = line_start + _LINE_REACH
        if reach > end:
            reach = end
        best = _best_on_line(
            names, text, line_start, reach, weak_wanted=weak is None and not slugged
        )
        if best is None:
            if weak is None and not slugged and index < _COLON_LINES:
                weak = _colon_dateline(text, line_start, reach)
            continue
        if best[0] >= 2:
            return best[1]
        if weak is None:
            weak = best[1]
    if weak is None and context is not None:
        context.report("dateline.missing", span=Span(start, min(end, start + lead_chars)))
    return weak


def parse_dateline(
    text: str, region: Span | None = None, context: Context | None = None
) -> Dateline | None:
    """Find the dateline in the lead of ``text`` (generic shapes only).

    >>> text = "Rice prices up\\nKuala Lumpur (ANTARA) - Harga beras naik."
    >>> d = parse_dateline(text)
    >>> d.place, d.agency, d.span.slice(text)
    ('Kuala Lumpur', 'ANTARA', 'Kuala Lumpur (ANTARA) -')
    >>> d = parse_dateline("SALVADOR, Feb 26 - Showers continued.")
    >>> d.place, d.agency, d.date.text, d.date.value
    ('SALVADOR', None, 'Feb 26', None)
    >>> parse_dateline("no dateline here.") is None
    True
    """
    return _parse_with((), text, region, context, LEAD_CHARS, LEAD_LINES)


def make_dateline_parser(
    *,
    agencies: Sequence[str] = (),
    lead_chars: int = LEAD_CHARS,
    lead_lines: int = LEAD_LINES,
) -> _DatelineParser:
    """A dateline parser that also knows the outlet names ``agencies`` (matched case-insensitively).

    Outlet names shaped like a domain (``KOMPAS.com``) are known to the generic
    parser already; pass names made of plain words (``CNN Indonesia``) or
    spellings without the dot (``KOMPAS com``) so that ``Jakarta, CNN Indonesia --``
    reads as place + outlet rather than as a two-part place.

    >>> parse = make_dateline_parser(agencies=("CNN Indonesia",))
    >>> d = parse("Jakarta, CNN Indonesia -- Harga cabai naik.")
    >>> d.place, d.agency
    ('Jakarta', 'CNN Indonesia')
    """
    return _DatelineParser(tuple(agencies), lead_chars, lead_lines)


@attrs.frozen
class _DatelineParser:
    """A configured dateline parser (picklable, unlike a closure)."""

    names: tuple[str, ...]  # the shapes are compiled from these on first use
    lead_chars: int
    lead_lines: int

    def __call__(
        self, text: str, region: Span | None = None, context: Context | None = None
    ) -> Dateline | None:
        return _parse_with(self.names, text, region, context, self.lead_chars, self.lead_lines)
