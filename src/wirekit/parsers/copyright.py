"""The copyright parser: who holds the article's copyright, and since when.

Contract
    ``parse_copyright(text, region=None, context=None)`` scans ``region`` (the
    whole text when None) for copyright statements and returns the *last* one
    as a :class:`~wirekit.Copyright` (holder as written, year as int, span over
    the whole statement), or None. A copyright sign read as UTF-8 decoded with
    cp1252 (``Â©``) is accepted and reported as ``copyright.mojibake``.

Forms
    ``Copyright © ANTARA 2025``, ``COPYRIGHT © ANTARA 2021``, ``COPYRIGHT © 2016``
    (no holder), ``COPYRIGHT Â© ANTARA 2020``, ``(c) Copyright Thomson Reuters 2014``,
    ``Copyright 2019 The Associated Press. All rights reserved.``, ``© 2024 AFP``,
    ``(c)2018 The San Diego Union-Tribune``.

A bare word "copyright" in a sentence is not a statement: a sign, a year or a
holder followed by a year must come with it.
"""

from __future__ import annotations

from typing import Final

import regex

from .._records import Copyright, Span
from ._context import Context, has_fold_trap, region_bounds, scan, scan_first

__all__ = ["parse_copyright"]

# A holder: one to eight capitalised words ("The Associated Press", "Thomson Reuters").
_HOLDER: Final = r"""
    # a word ("ANTARA", "Union-Tribune", "Inc.Co"):
    \p{Lu}[\p{L}\p{N}&'\u2019\-]*+(?:\.(?=\p{L}))?+[\p{L}\p{N}&'\u2019\-]*+
    (?:[ ](?:\p{Lu}|&|of\b|and\b|de\b)                 # more words, capitalised or joiners
        [\p{L}\p{N}&'\u2019\-]*+(?:\.(?=\p{L}))?+[\p{L}\p{N}&'\u2019\-]*+){0,7}+
"""

COPYRIGHT_RE: Final = regex.compile(
    r"""
    (?<![\p{L}\d])                                  # not inside a word
    (?:
        (?P<word>(?i:copyright))                    # "Copyright", "COPYRIGHT" ...
        (?:[ \t\u00a0]*+(?P<sign>Â©|©|\((?i:c)\)))?+  # ... "©", "Â©", "(c)"
      | (?P<sign>Â©|©|\((?i:c)\))(?:[ \t\u00a0]*+(?P<word>(?i:copyright)))?+  # "©", "(c) Copyright"
    )
    [ \t\u00a0]*+
    (?:
        (?P<year>(?:19|20)\d{2})(?!\d)  # year first: "2019 The Associated Press"
        (?:[ \t\u00a0,]++(?P<holder>"""
    + _HOLDER
    + r"""))?+
      | (?P<holder>"""
    + _HOLDER
    + r""")                                                  # holder first: "ANTARA 2025"
        (?:[ \t\u00a0,]++(?P<year>(?:19|20)\d{2})(?!\d))?+
    )
    (?:\.?[ \t\u00a0]*+(?i:all[ ]rights[ ]reserved)\.?)?+   # "... All rights reserved."
    """,
    regex.VERBOSE | regex.V0,
)


def _statements(text: str, start: int, end: int, context: Context | None) -> list[regex.Match[str]]:
    """``list(scan(COPYRIGHT_RE, text, start, end, context))``, found faster.

    Every match starts on the word "copyright" (any case), a sign "©" (or the "Â"
    before it) or "(c)": only those places are tried, leftmost first and without
    overlaps, exactly as the scan would report them.
    """
    window = text[start:end]
    if has_fold_trap(window):
        return list(scan(COPYRIGHT_RE, text, start, end, context))
    lowered = window.lower()
    candidates: set[int] = set()
    for word in ("copyright", "©", "(c)"):
        at = lowered.find(word)
        while at >= 0:
            candidates.add(start + at)
            if word == "©" and at > 0 and window[at - 1] == "Â":
                candidates.add(start + at - 1)
            at = lowered.find(word, at + 1)
    matches: list[regex.Match[str]] = []
    reached = start
    for pos in sorted(candidates):
        if pos >= reached:
            match = scan_first(COPYRIGHT_RE, text, pos, end, context, anchored=True)
            if match is not None:
                matches.append(match)
                reached = match.end()
    return matches


def _group(match: regex.Match[str], name: str) -> Span | None:
    start, end = match.span(name)
    return Span(start, end) if 0 <= start < end else None


def _holder_span(text: str, span: Span | None) -> Span | None:
    """The holder without a sentence-final period ("The Associated Press.")."""
    if span is None:
        return None
    end = span.end
    while end > span.start and text[end - 1] in ".,":
        end -= 1
    return Span(span.start, end) if end > span.start else None


def parse_copyright(
    text: str, region: Span | None = None, context: Context | None = None
) -> Copyright | None:
    """The last copyright statement in ``region`` (the whole text when None).

    >>> c = parse_copyright("Harga naik.\\nCopyright © ANTARA 2025")
    >>> c.holder, c.year
    ('ANTARA', 2025)
    >>> parse_copyright("Copyright 2019 The Associated Press. All rights reserved.").holder
    'The Associated Press'
    >>> parse_copyright("COPYRIGHT © 2016").holder is None
    True
    """
    start, end = region_bounds(text, region)
    found: regex.Match[str] | None = None
    for match in _statements(text, start, end, context):
        has_word = match.start("word") >= 0
        has_sign = match.start("sign") >= 0
        has_year = match.start("year") >= 0
        # "copyright" alone before a name is prose; a sign or a year makes a statement.
        if (
            has_sign
            or has_year
            or (
                has_word
                and text[match.start("word")].isupper()
                and match.start("holder") >= 0
                and has_year
            )
        ):
            found = match
    if found is None:
        return None
    holder = _holder_span(text, _group(found, "holder"))
    year = _group(found, "year")
    span_end = found.end()
    while span_end > found.start() and text[span_end - 1].isspace():
        span_end -= 1
    sign = _group(found, "sign")
    if context is not None and sign is not None and sign.slice(text) == "Â©":
        context.report("copyright.mojibake", span=sign)
    return Copyright(
        holder=holder.slice(text) if holder else None,
        year=int(year.slice(text)) if year else None,
        span=Span(found.start(), span_end),
        holder_span=holder,
        year_span=year,
    )
