"""The agency record: what one wire service (or outlet) is, as data.

An agency is not a class tree. It is one frozen record holding its id, display
name, languages, a ``detect(text) -> float`` score in ``[0, 1]``, a priority for
ties, and the small parsers it composes. Every parser field defaults to the
generic one, so a plugin usually is ``attrs.evolve(GENERIC, id=..., detect=...,
parse_dateline=make_dateline_parser(...))``.

Parser signatures (all offsets absolute, nothing sliced and re-indexed):

- ``parse_dateline(text, region, context) -> Dateline | None``
- ``find_credits(text, region, context) -> tuple[Credit, ...]``
- ``parse_copyright(text, region, context) -> Copyright | None``
- ``find_notices(text, region, context) -> tuple[Notice, ...]``
- ``segment(text, parts) -> tuple[Segment, ...]`` (lossless partition)

``region`` is a :class:`~wirekit.Span` (None = the whole text) and ``context`` a
:class:`~wirekit.parsers.Context` (None = a fresh one).

``markers`` (optional) lets the registry skip ``detect`` cheaply: when given, ``detect``
must score 0 on every text that holds none of them in its first 400 or last 300
characters. A detector made by ``make_detector`` (without ``tail_pattern``) declares its
own markers, so agencies built with it need not repeat them.

``aliases`` (optional) are other spellings of ``name``. When no detector is confident,
the registry looks for the agency speaking of itself in running text under its name or
an alias (``told Reuters``, ``an AFP correspondent``, ``kepada detikcom``; see
:mod:`wirekit.agencies._cues`), so every agency, a plugin's too, gets that evidence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs

from .._records import Copyright, Credit, Dateline, Notice, Segment, Span
from ..parsers._context import Context

__all__ = [
    "Agency",
    "CopyrightParser",
    "CreditsParser",
    "DatelineParser",
    "Detector",
    "NoticesParser",
    "Segmenter",
]

Detector = Callable[[str], float]
DatelineParser = Callable[[str, Span | None, Context | None], Dateline | None]
CreditsParser = Callable[[str, Span | None, Context | None], tuple[Credit, ...]]
CopyrightParser = Callable[[str, Span | None, Context | None], Copyright | None]
NoticesParser = Callable[[str, Span | None, Context | None], tuple[Notice, ...]]
Segmenter = Callable[[str, "ArticleParts"], tuple[Segment, ...]]


@attrs.frozen
class ArticleParts:
    """The located parts a segmenter partitions the text around."""

    dateline: Dateline | None = None
    credits: tuple[Credit, ...] = ()
    copyright: Copyright | None = None
    notices: tuple[Notice, ...] = ()


def _never(text: str) -> float:
    """The generic agency's score: it is only ever the fallback."""
    return 0.0


# The generic parsers are imported on first use (``_segment`` imports this module), once:
# an import statement in each default costs ~2 µs per call, five times per parse.
@functools.cache
def _generic_parsers() -> tuple[
    DatelineParser, CreditsParser, CopyrightParser, NoticesParser, Segmenter
]:
    from .._segment import build_segments
    from ..parsers.copyright import parse_copyright
    from ..parsers.credits import find_credits
    from ..parsers.dateline import parse_dateline
    from ..parsers.notices import find_notices

    return parse_dateline, find_credits, parse_copyright, find_notices, build_segments


def _default_dateline(text: str, region: Span | None, context: Context | None) -> Dateline | None:
    return _generic_parsers()[0](text, region, context)


def _default_credits(text: str, region: Span | None, context: Context | None) -> tuple[Credit, ...]:
    return _generic_parsers()[1](text, region, context)


def _default_copyright(text: str, region: Span | None, context: Context | None) -> Copyright | None:
    return _generic_parsers()[2](text, region, context)


def _default_notices(text: str, region: Span | None, context: Context | None) -> tuple[Notice, ...]:
    return _generic_parsers()[3](text, region, context)


def _default_segment(text: str, parts: ArticleParts) -> tuple[Segment, ...]:
    return _generic_parsers()[4](text, parts)


@attrs.frozen
class Agency:
    """One wire service or outlet: its identity, its detector and its parsers."""

    id: str
    name: str
    languages: tuple[str, ...] = ()
    priority: int = 0
    detect: Detector = _never
    parse_dateline: DatelineParser = _default_dateline
    find_credits: CreditsParser = _default_credits
    parse_copyright: CopyrightParser = _default_copyright
    find_notices: NoticesParser = _default_notices
    segment: Segmenter = _default_segment
    # Strings, one of which stands in the first WINDOW or last TAIL_WINDOW characters of
    # every text ``detect`` scores above 0 (see ``_detect``): the registry then calls
    # ``detect`` only for texts holding one. () means "always call detect".
    markers: tuple[str, ...] = ()
    # Other spellings of ``name`` ("AFP" for Agence France-Presse, "detik.com"): with the
    # name, what self-reference cues in running text look for (see ``_cues``).
    aliases: tuple[str, ...] = ()
