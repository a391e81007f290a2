"""The per-call context that the small parsers share.

A :class:`Context` is made by :func:`wirekit.parse` for one call and handed to
each parser; it carries the language hint, the reference date once known, and
a diagnostics list that parsers append to through :meth:`Context.report`. It
is never global: two calls never share one, so parsers stay pure functions of
their arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from .._errors import make_diagnostic
from .._records import Diagnostic, Span

__all__ = ["FOLD_TRAPS", "Context", "has_fold_trap", "scan", "scan_first", "scan_timeout"]


@attrs.define
class Context:
    """Language hint, reference date and diagnostics sink for one parse."""

    language: str | None = None
    reference: dt.date | None = None
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def report(self, code: str, message: str | None = None, span: Span | None = None) -> None:
        """Record a diagnostic of a registered ``code``."""
        self.diagnostics.append(make_diagnostic(code, message, span))


# Characters that match an ASCII letter case-insensitively without lower-casing to it
# (KELVIN SIGN, LONG S, dotted and dotless I). The parsers that look for a label or a
# phrase in a lower-cased window first scan in full any window holding one.
FOLD_TRAPS: Final = "\u212a\u017f\u0130\u0131"


def has_fold_trap(window: str) -> bool:
    """Whether ``window`` holds a character of :data:`FOLD_TRAPS` (never when all ASCII).

    >>> has_fold_trap("Pewarta: Budi"), has_fold_trap("\u212aelvin")
    (False, True)
    """
    return not window.isascii() and any(trap in window for trap in FOLD_TRAPS)


def region_bounds(text: str, region: Span | None) -> tuple[int, int]:
    """``(start, end)`` of ``region`` clamped to ``text``; the whole text when None."""
    if region is None:
        return 0, len(text)
    return min(region.start, len(text)), min(region.end, len(text))


# The last line of defence against a pattern that backtracks (every pattern is
# also written to run in linear time): each scan gets a time budget that grows
# with the stretch it covers, because regex's ``timeout`` counts a whole call,
# the whole ``finditer`` iteration included.
SCAN_TIMEOUT_BASE = 0.5  # seconds, for any scan however short
SCAN_TIMEOUT_PER_CHAR = 2e-6  # seconds per character scanned (2 s per million)


def scan_timeout(pos: int, endpos: int) -> float:
    """The time budget, in seconds, for scanning ``text[pos:endpos]``.

    >>> scan_timeout(0, 1_000_000)
    2.5
    """
    return SCAN_TIMEOUT_BASE + SCAN_TIMEOUT_PER_CHAR * max(0, endpos - pos)


def scan(
    pattern: regex.Pattern[str],
    text: str,
    pos: int,
    endpos: int,
    context: Context | None = None,
) -> Iterator[regex.Match[str]]:
    """Every match of ``pattern`` in ``text[pos:endpos]``, with absolute offsets, lazily.

    A scan that overruns :func:`scan_timeout` stops there (after the matches
    already given) and reports ``input.timeout`` (with the scanned span) to
    ``context``, instead of the call hanging. Matches are produced one at a
    time, so memory stays flat however many there are.

    >>> [m.span() for m in scan(regex.compile(r"\\d++"), "a 12 b 345", 0, 10)]
    [(2, 4), (7, 10)]
    """
    try:
        yield from pattern.finditer(text, pos, endpos, timeout=scan_timeout(pos, endpos))
    except TimeoutError:
        _report_timeout(pattern, pos, endpos, context)


def scan_first(
    pattern: regex.Pattern[str],
    text: str,
    pos: int,
    endpos: int,
    context: Context | None = None,
    *,
    anchored: bool = False,
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[pos:endpos]`` (at ``pos`` when ``anchored``).

    Like :func:`scan`, a timeout gives None and reports ``input.timeout``.

    >>> scan_first(regex.compile(r"\\d++"), "a 12 b 345", 5, 10).group()
    '345'
    >>> scan_first(regex.compile(r"\\d++"), "a 12 b 345", 0, 10, anchored=True) is None
    True
    """
    timeout = scan_timeout(pos, endpos)
    try:
        if anchored:
            return pattern.match(text, pos, endpos, timeout=timeout)
        return pattern.search(text, pos, endpos, timeout=timeout)
    except TimeoutError:
        _report_timeout(pattern, pos, endpos, context)
        return None


def _report_timeout(
    pattern: regex.Pattern[str], pos: int, endpos: int, context: Context | None
) -> None:
    if context is not None:
        first_line = pattern.pattern.strip().splitlines()[0] if pattern.pattern.strip() else ""
        context.report(
            "input.timeout",
            f"scanning {endpos - pos} characters with the pattern starting {first_line[:40]!r} "
            f"took longer than {scan_timeout(pos, endpos):.1f} s; the field was left empty",
            Span(pos, max(pos, endpos)),
        )
