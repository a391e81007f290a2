"""A wirekit agency plugin for Nusantara Wire ("NusWire"), a fictional Indonesian wire.

NusWire writes its agency tag before the place, in square brackets, and signs
its stories with two labels of its own::

    [NusWire] DENPASAR — Pemerintah Provinsi Bali membuka ...
    ...
    Laporan: Made Wiranata dan Kadek Ayu / Suntingan: Ni Luh Sari

The agency is the generic one with three things changed (``attrs.evolve``): a
detector, a dateline parser for the bracket-first shape and a credit parser
for the two labels. Copyright, notices and segmentation stay generic. The
entry point in ``pyproject.toml`` (group ``wirekit.agencies``, name
``nuswire``) is all wirekit needs to find it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from wirekit import Credit, Dateline, Role, Span
from wirekit.agencies import GENERIC

if TYPE_CHECKING:
    from wirekit.parsers import Context

__all__ = ["NUSWIRE", "detect_nuswire", "find_nuswire_credits", "parse_nuswire_dateline"]

# Every scan passes a timeout: a pattern that ran away would raise TimeoutError,
# which wirekit contains like any other plugin fault (generic result, a warning).
TIMEOUT = 0.25  # seconds per scan
LEAD = 600  # characters from the start where a NusWire dateline may stand
TAIL = 400  # characters from the end where a NusWire sign-off may stand

DATELINE_RE = regex.compile(
    r"""
    ^[ \t]{0,4}+                                 # a line start, a little indentation
    (?P<dateline>                                # the dateline proper, without the indent:
    \[(?P<agency>NusWire)\]                      # the agency tag, bracketed, comes first
    [ \t]{1,4}+                                  # one or a few spaces
    (?P<place>                                   # the place as written:
      \p{Lu}[\p{L}.'\-]{0,30}+                   #   a capitalised word ("DENPASAR", "Labuan")
      (?:[ ]\p{Lu}[\p{L}.'\-]{0,30}+){0,4}+      #   up to four more ("Bajo")
      (?:,[ ]\p{Lu}[\p{L}.'\-]{0,30}+){0,2}+     #   then ", Region" at most twice ("NTT")
    )
    [ \t]{1,4}+                                  # spaces before the dash
    [-\u2013\u2014]                              # a hyphen, en dash or em dash
    )                                            # end of the dateline proper
    """,
    regex.VERBOSE | regex.MULTILINE,
)

MENTION_RE = regex.compile(
    r"""
    \bNusWire\b                                  # the agency's name anywhere in a window
    """,
    regex.VERBOSE,
)

CREDIT_RE = regex.compile(
    r"""
    \b(?P<label>Laporan|Suntingan)               # NusWire's reporter and editor labels
    [ \t]{0,3}+:[ \t]{0,3}+                      # a colon, spaces optional on both sides
    (?P<names>[^\n/|:]{1,160}+)                  # the names, up to a slash, bar or line end
    """,
    regex.VERBOSE,
)

NAME_SEPARATOR_RE = regex.compile(
    r"""
    (?<![ \t])                                   # from a run of spaces' start only (linear)
    [ \t]*+                                      # spaces before the separator
    (?:,|&|\bdan\b)                              # a comma, an ampersand or "dan" (and)
    [ \t]*+                                      # spaces after it
    """,
    regex.VERBOSE,
)

ROLES = {"Laporan": Role.REPORTER, "Suntingan": Role.EDITOR}


def _bounds(text: str, region: Span | None) -> tuple[int, int]:
    if region is None:
        return 0, len(text)
    return min(region.start, len(text)), min(region.end, len(text))


def detect_nuswire(text: str) -> float:
    """1.0 for a ``[NusWire] PLACE —`` dateline in the lead, 0.5 for the name near an end.

    Detectors run on every article for every agency, so this one answers most
    texts with two substring tests (about a microsecond) before any regex.

    >>> detect_nuswire("[NusWire] DENPASAR — Hujan."), detect_nuswire("Hujan. (NusWire)")
    (1.0, 0.5)
    """
    lead_end = min(len(text), LEAD)
    in_lead = text.find("NusWire", 0, lead_end) >= 0
    if not in_lead and text.find("NusWire", max(0, len(text) - TAIL)) < 0:
        return 0.0
    if in_lead and DATELINE_RE.search(text, 0, lead_end, timeout=TIMEOUT):
        return 1.0
    if MENTION_RE.search(text, 0, lead_end, timeout=TIMEOUT) or MENTION_RE.search(
        text, max(0, len(text) - TAIL), len(text), timeout=TIMEOUT
    ):
        return 0.5
    return 0.0


def parse_nuswire_dateline(
    text: str, region: Span | None, context: Context | None
) -> Dateline | None:
    """The first ``[NusWire] PLACE —`` dateline in ``region``, or None.

    >>> d = parse_nuswire_dateline("[NusWire] DENPASAR — Hujan turun.", None, None)
    >>> d.place, d.agency, d.span
    ('DENPASAR', 'NusWire', Span(start=0, end=20))
    """
    start, end = _bounds(text, region)
    match = DATELINE_RE.search(text, start, end, timeout=TIMEOUT)
    if match is None:
        return None
    return Dateline(
        place=match["place"],
        agency=match["agency"],
        date=None,
        span=Span(*match.span("dateline")),
        place_span=Span(*match.span("place")),
        agency_span=Span(*match.span("agency")),
    )


def _name_spans(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` at commas and "dan" into trimmed, non-empty name spans."""
    spans: list[Span] = []
    cursor = start
    for separator in [*NAME_SEPARATOR_RE.finditer(text, start, end, timeout=TIMEOUT), None]:
        piece_end = separator.start() if separator is not None else end
        left, right = cursor, piece_end
        while left < right and text[left].isspace():
            left += 1
        while right > left and (text[right - 1].isspace() or text[right - 1] == "."):
            right -= 1
        if right > left:
            spans.append(Span(left, right))
        if separator is not None:
            cursor = separator.end()
    return spans


def find_nuswire_credits(
    text: str, region: Span | None, context: Context | None
) -> tuple[Credit, ...]:
    """Every person after ``Laporan:`` (reporter) or ``Suntingan:`` (editor) in ``region``.

    >>> [(c.role.value, c.name) for c in find_nuswire_credits(
    ...     "Laporan: Made Wiranata dan Kadek Ayu / Suntingan: Ni Luh Sari", None, None)]
    [('reporter', 'Made Wiranata'), ('reporter', 'Kadek Ayu'), ('editor', 'Ni Luh Sari')]
    """
    start, end = _bounds(text, region)
    credits: list[Credit] = []
    for match in CREDIT_RE.finditer(text, start, end, timeout=TIMEOUT):
        label = match["label"]
        for span in _name_spans(text, *match.span("names")):
            credits.append(
                Credit(
                    role=ROLES[label],
                    name=span.slice(text),
                    label=label,
                    span=span,
                    label_span=Span(*match.span("label")),
                )
            )
    return tuple(credits)


NUSWIRE = attrs.evolve(
    GENERIC,
    id="nuswire",
    name="Nusantara Wire",
    languages=("id", "en"),
    detect=detect_nuswire,
    parse_dateline=parse_nuswire_dateline,
    find_credits=find_nuswire_credits,
)
