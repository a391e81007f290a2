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
    bare place                ``JAKARTA -`` (capitals, or a dash line)       1
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
from collections.abc import Iterable, Sequence
from typing import Final

import attrs
import regex

from .._records import Dateline, DateMention, Span
from ..lang._locale import MONTH_KEYS, read_locale
from ._context import Context, region_bounds

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


def _month_words(locales: Iterable[str]) -> tuple[str, ...]:
    """Month names and abbreviations of ``locales``, longest first (for the alternation)."""
    words = {w.lower() for w in _MONTH_SUPPLEMENT}
    for code in locales:
        table = read_locale(code)
        for key in MONTH_KEYS:
            words.update(str(w).lower() for w in table.get(key, ()))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _by_first_letter(words: Iterable[str]) -> str:
    """``words`` as one alternation grouped by first letter (``a(?:ugust|pril|...)|d(?:...)``).

    It matches what the longest-first alternation matches, in the same order (within
    a letter's group the rest is longest first; two groups never match at one place),
    but an attempt tries one group instead of every word: the shapes try it at every
    word of a place, so this halves their cost.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(
        regex.escape(first)
        + "(?:"
        + "|".join(regex.escape(rest) for rest in sorted(rests, key=lambda r: (-len(r), r)))
        + ")"
        for first, rests in sorted(groups.items())
    )


MONTH_ALTERNATION: Final = _by_first_letter(_month_words(_MONTH_LOCALES))

_FRAGMENTS: Final = {
    "month": rf"(?i:{MONTH_ALTERNATION})(?!\p{{L}})",
    # A web outlet named by its domain: KOMPAS.com, TEMPO.CO, REPUBLIKA.CO.ID, TRIBUN-MEDAN.com
    "domain": (
        r"[\p{L}\d][\p{L}\d\-]{0,30}+"  # the name
        r"(?:\.(?i:co\.id|co|id|net)|\.[ ]?+(?i:com))(?![\p{L}\d])"  # ".co.id", ". com"
    ),
}

# The date part of a dateline (the placeholders are filled from _FRAGMENTS).
_DATE: Final = r"""
    (?P<date>
        (?:{month})\.?[ ]{{1,2}}+\d{{1,2}}+(?:st|nd|rd|th)?+    # Feb 26, Sept. 2, March 3rd
            (?:,?[ ]\d{{4}}(?!\d))?+                            # ..., 2014
      | \d{{1,2}}+\.?[ ](?:{month})\.?+(?:[ ]\d{{4}}(?!\d))?+   # 23 Februari 2016, 1 LUG, 21 mar
      | \d{{4}}-\d{{2}}-\d{{2}}(?!\d)                           # 1996-08-22
    )
"""

# One word of a place name; {exclude} keeps month dates and outlet names out.
_TOKEN: Final = r"""
    (?!(?:{month})\.?[ ]{{1,2}}\d{{1,2}}(?!\d))         # not the month of a date ("March 3")
    (?!{domain})                                    # not an outlet ("KOMPAS.com")
    {exclude}
    (?:
        \p{{Lu}}[\p{{L}}\p{{M}}'\u2019.]*+  # a capitalised word: "Jakarta", "N.J.", "O'SMACH"
        (?:[-/]\p{{L}}[\p{{L}}\p{{M}}'\u2019.]*+){{0,3}}+ # compounds: "Baden-Baden", "DALLAS/FORT"
      | (?:de|del|della|di|da|do|dos|du|la|le|el|al|am|an|der|den|of|upon|sur|en|y)
        (?=[ ]\p{{Lu}})                             # a lower-case connector inside a name
    )
"""

# The plain variant stops at a hyphen, for shapes whose dash may be glued ("Jakarta-Polda").
_PLAIN_TOKEN: Final = r"""
    (?!(?:{month})\.?[ ]{{1,2}}\d{{1,2}}(?!\d))         # not the month of a date
    (?!{domain})                                    # not an outlet
    {exclude}
    (?:
        \p{{Lu}}[\p{{L}}\p{{M}}'\u2019.]*+               # a capitalised word, no hyphen
      | (?:de|del|della|di|da|do|dos|du|la|le|el|al|am|an|der|den|of|upon|sur|en|y)
        (?=[ ]\p{{Lu}})                             # a lower-case connector
    )
"""

# A place: up to four comma-separated parts of up to six words ("CHICAGO, Ill.").
_PLACE: Final = r"""
    (?P<place>
        {token}(?:[ ]{token}){{0,5}}+                   # the first part: "MAR DEL PLATA"
        (?:[ ]?+,[ ]?+{token}(?:[ ]{token}){{0,5}}+){{0,3}}+  # more parts: ", Argentina", ", Ill."
    )
"""

# The dash between dateline and story, with an optional line break before it.
_DASH: Final = r"""
    [ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?+           # spaces, maybe one line break ("Jakarta\n-")
    ,?+[ \t\u00a0]*+                                 # a stray comma ("March 4, -")
    (?P<dash>\.-|--|\u2014|\u2013|-|_|:)                      # EFE ".-", AP "--" / "_", ANI ":"
"""

# A bare place takes only a real dash ("NOTE:" starts no dateline).
_BARE_DASH: Final = r"""
    [ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?+           # spaces, maybe one line break
    (?P<dash>--|\u2014|\u2013|-|_)                            # a dash
"""

_AGENCY_PAREN: Final = r"""
    \([ ]*+(?P<agency>\p{L}[^()\n]{0,40}+)\)        # "(ANTARA)", "(Antara/PRNewswire)"
"""


def _build(template: str, names: str, *, plain: bool = False) -> regex.Pattern[str]:
    """Compile one shape, inserting the shared fragments (at import only).

    ``names`` is an alternation of the agency's own outlet names ("" for none):
    place words never start one, and the outlet slot accepts them.
    """
    exclude = rf"(?!(?i:{names})(?![\p{{L}}\d]))" if names else ""
    token = (_PLAIN_TOKEN if plain else _TOKEN).format(exclude=exclude, **_FRAGMENTS)
    domain = _FRAGMENTS["domain"]
    outlet = rf"(?P<agency>{domain}|(?i:{names}))" if names else rf"(?P<agency>{domain})"
    source = template.format(
        place=_PLACE.format(token=token),
        date=_DATE.format(**_FRAGMENTS),
        dash=_DASH,
        bare_dash=_BARE_DASH,
        paren=_AGENCY_PAREN,
        outlet=outlet,
    )
    return regex.compile(source, regex.VERBOSE | regex.V0)


# Shape templates (strength in the table of the module docstring).
_PAREN_SHAPE: Final = r"""
    (?:{place}(?:(?:[ ]?+,[ ]*+|[ ]++){date})?+|{date})  # "LONDON, March 3" or just "Jan 30"
    [ \t\u00a0]*+{paren}                            # "(Reuters)"
    (?:{dash}|(?<=\d[^\n]{{0,60}})(?=[ ]++\S))      # a dash; after a date, maybe none (PTI)
"""
_AGENCY_FIRST_SHAPE: Final = r"""
    {paren}[ ]*+(?:-|--|\u2014|\u2013)[ ]*+                   # "(ANSA) - "
    {place}(?:,[ ]*+{date})?+                       # "ROMA, 1 LUG"
    {dash}
"""
_SLASH_SHAPE: Final = r"""
    {place}(?:,[ ]*+{date})?+\.?+[ ]*+              # "MOSCOW, January 21."
    /(?P<agency>\p{{L}}[\p{{L}}\-]{{0,20}}+)/\.?+   # "/TASS/."
"""
_OUTLET_AFTER_SHAPE: Final = r"""
    {place}(?:(?:[ ]?+,[ ]*+|[ ]++){date})?+        # "JAKARTA", "WASHINGTON, March 12"
    ,[ ]*+{outlet}                                  # ", KOMPAS.com", ", Reuter"
    {dash}
"""
_OUTLET_BEFORE_SHAPE: Final = r"""
    {outlet},[ ]*+{place}                           # "TEMPO.CO, Jakarta"
    {dash}
"""
_OUTLET_ALONE_SHAPE: Final = r"""
    {outlet}{dash}                                  # "TRIBUNGORONTALO.COM --"
    (?=[ ]*+\S)                                     # the story follows on the line
"""
_DATED_SHAPE: Final = r"""
    {place}
    (?:
        (?:[ ]?+,[ ]*+|[ ]++){date}{dash}  # "SALVADOR, Feb 26 -", "RICHMOND, Va. Feb 26 -"
      | [ ]++(?P<date>\d{{4}}-\d{{2}}-\d{{2}})      # "ATHENS 1996-08-22" (CoNLL)
        (?=[ \t]*+(?:\r?\n|$))                      # alone on its line
    )
"""
_BARE_SHAPE: Final = r"""
    {place}{bare_dash}                              # "JAKARTA -", "SORONG-"
    (?=[ \t\u00a0]*+(?:\r?\n)?+                     # the story, maybe on the next line,
       [^\n]{{0,40}}\p{{Ll}})                        # ... reads as prose
"""

_SHAPES: Final = (
    ("paren", _PAREN_SHAPE, False),
    ("agency_first", _AGENCY_FIRST_SHAPE, False),
    ("slash", _SLASH_SHAPE, False),
    ("outlet_after", _OUTLET_AFTER_SHAPE, False),
    ("outlet_before", _OUTLET_BEFORE_SHAPE, True),
    ("outlet_alone", _OUTLET_ALONE_SHAPE, True),
    ("dated", _DATED_SHAPE, False),
    ("bare", _BARE_SHAPE, True),
)

_BASE_STRENGTH: Final = {
    "paren": 3,
    "agency_first": 4,
    "slash": 4,
    "outlet_after": 3,
    "outlet_before": 3,
    "outlet_alone": 2,
    "dated": 2,
    "bare": 1,
}

# Line starts: after a line break, skip horizontal space (and bullets of the lead).
LINE_START_RE: Final = regex.compile(
    r"""
    [ \t\u00a0\ufeff*]*+                            # indentation, NBSP, a BOM, "****" markers
    """,
    regex.VERBOSE,
)
LINE_END_RE: Final = regex.compile(
    r"""
    \n                                              # the end of one lead line
    """,
    regex.VERBOSE,
)
CAPITALS_RE: Final = regex.compile(
    r"""
    \P{Ll}*+                                        # no lower-case letter anywhere
    """,
    regex.VERBOSE,
)


@attrs.frozen
class _Shapes:
    """The compiled shapes of one configured dateline parser."""

    patterns: tuple[tuple[str, regex.Pattern[str]], ...]


@functools.cache  # compiled on first use, once per process: importing stays cheap
def _compile_shapes(names: tuple[str, ...]) -> _Shapes:
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return _Shapes(tuple((kind, _build(t, alternation, plain=p)) for kind, t, p in _SHAPES))


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
    text: str, kind: str, match: regex.Match[str], line_start: int
) -> tuple[int, Dateline] | None:
    """The dateline a shape matched, with its strength (None when the match is unfit)."""
    place_span = _trimmed(text, _group_span(match, "place"))
    agency_span = _trimmed(text, _group_span(match, "agency"))
    date_span = _group_span(match, "date")
    if kind == "bare":
        assert place_span is not None
        after = text.find("\n", match.end("dash"))
        dash_alone = "\n" in text[place_span.end : match.start("dash")] or (
            after >= 0 and not text[match.end("dash") : after].strip()
        )
        if not dash_alone and not (
            CAPITALS_RE.fullmatch(text, place_span.start, place_span.end)
            and sum(c.isalpha() for c in text[place_span.start : place_span.end]) >= 2
        ):
            return None
    strength = _BASE_STRENGTH[kind] + (1 if kind == "paren" and date_span is not None else 0)
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


def _lead_lines(text: str, start: int, end: int, lead_chars: int, lead_lines: int) -> list[int]:
    """Offsets where the lead's lines begin (indentation skipped)."""
    starts: list[int] = []
    pos = start
    limit = min(end, start + lead_chars)
    while pos < limit and len(starts) < lead_lines:
        indent = LINE_START_RE.match(text, pos, end)
        first = indent.end() if indent is not None else pos
        if first < end and text[first] not in "\r\n":
            starts.append(first)
        newline = LINE_END_RE.search(text, pos, limit)
        if newline is None:
            break
        pos = newline.end()
    return starts


def _parse_with(
    shapes: _Shapes,
    text: str,
    region: Span | None,
    context: Context | None,
    lead_chars: int,
    lead_lines: int,
) -> Dateline | None:
    start, end = region_bounds(text, region)
    weak: Dateline | None = None
    for line_start in _lead_lines(text, start, end, lead_chars, lead_lines):
        reach = min(end, line_start + _LINE_REACH)
        best: tuple[int, Dateline] | None = None
        for kind, pattern in shapes.patterns:
            match = pattern.match(text, line_start, reach)
            if match is None:
                continue
            found = _candidate(text, kind, match, line_start)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        if best is None:
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
    return _parse_with(_compile_shapes(()), text, region, context, LEAD_CHARS, LEAD_LINES)


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
        return _parse_with(
            _compile_shapes(self.names), text, region, context, self.lead_chars, self.lead_lines
        )
