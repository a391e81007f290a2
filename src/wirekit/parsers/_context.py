"""The per-call context that the small parsers share.

A :class:`Context` is made by :func:`wirekit.parse` for one call and handed to
each parser; it carries the language hint, the reference date once known, and
a diagnostics list that parsers append to through :meth:`Context.report`. It
is never global: two calls never share one, so parsers stay pure functions of
their arguments.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._errors import make_diagnostic
from .._records import Diagnostic, Span

__all__ = ["Context"]


@attrs.define
class Context:
    """Language hint, reference date and diagnostics sink for one parse."""

    language: str | None = None
    reference: dt.date | None = None
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def report(self, code: str, message: str | None = None, span: Span | None = None) -> None:
        """Record a diagnostic of a registered ``code``."""
        self.diagnostics.append(make_diagnostic(code, message, span))


def region_bounds(text: str, region: Span | None) -> tuple[int, int]:
    """``(start, end)`` of ``region`` clamped to ``text``; the whole text when None."""
    if region is None:
        return 0, len(text)
    return min(region.start, len(text)), min(region.end, len(text))
