"""wirekit's error model (the full page, with every hostile input's outcome: docs/errors.md).

Two kinds of failure are kept apart. *Programming errors* raise at once, before
any work: ``text`` that is not a ``str`` is a ``TypeError`` (for ``bytes`` the
message names ``text.decode()``; or call :func:`wirekit.parse_bytes`), a
``published`` of the wrong type a ``TypeError``, a ``published`` string that is
not an ISO 8601 date a ``ValueError``. *Content problems* never raise in the
default, lenient mode: what cannot be found is ``None`` or ``()``, and a
:class:`~wirekit.Diagnostic` says what and where.

Exceptions
    ``WirekitError``
        The base of everything wirekit raises on purpose.
    ``ParseError(WirekitError)``
        Raised by ``parse(..., strict=True)`` when any diagnostic of severity
        ``ERROR`` was reported. Carries ``.article`` (the full, partial result)
        and ``.diagnostics`` (the ERROR diagnostics that caused it).
    ``UnknownAgencyError(WirekitError, LookupError)``
        ``parse(..., agency="nope")`` or ``Registry.get("nope")``; carries
        ``.agency`` and ``.known`` (the ids that do exist).
    ``PluginWarning(UserWarning)``
        A third-party agency plugin failed to load, raised, or misbehaved; it
        is skipped (or replaced by the generic parser, with an
        ``agency.plugin-failed`` diagnostic) and parsing goes on.

``parse_many`` turns any exception for one item into a ``Failure`` record at
that item's index and carries on with the stream.

Diagnostics
    Codes are stable dotted ids (``area.what``), only ever added, never
    renamed; :data:`DIAGNOSTIC_CODES` maps each to its severity and meaning,
    and every diagnostic wirekit emits is listed there (a test collects the
    codes used in ``src`` and checks them; another checks that docs/errors.md
    shows the same table). ``INFO`` notes an absence that is normal for some
    agencies, ``WARNING`` something found but doubtful or ignored, ``ERROR``
    a part of the article that could not be examined at all (a pattern scan
    that hit its time limit: ``input.timeout``); only ``ERROR`` makes strict
    parsing raise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._records import Diagnostic, Severity, Span

if TYPE_CHECKING:
    from ._records import Article

__all__ = [
    "DIAGNOSTIC_CODES",
    "ParseError",
    "PluginWarning",
    "UnknownAgencyError",
    "WirekitError",
    "make_diagnostic",
]


class WirekitError(Exception):
    """Base class of the exceptions wirekit raises on purpose."""


class ParseError(WirekitError):
    """Strict parsing met an ERROR diagnostic; ``.article`` holds the partial result."""

    def __init__(self, article: Article, diagnostics: Sequence[Diagnostic]) -> None:
        self.article = article
        self.diagnostics = tuple(diagnostics)
        first = self.diagnostics[0] if self.diagnostics else None
        where = f" at {first.span.start}-{first.span.end}" if first and first.span else ""
        what = f"{first.code}: {first.message}{where}" if first else "unknown error"
        more = f" (and {len(self.diagnostics) - 1} more)" if len(self.diagnostics) > 1 else ""
        super().__init__(f"{what}{more}")


class UnknownAgencyError(WirekitError, LookupError):
    """An agency id that no registered plugin provides."""

    def __init__(self, agency: str, known: Sequence[str]) -> None:
        self.agency = agency
        self.known = tuple(sorted(known))
        super().__init__(f"unknown agency {agency!r}; known agencies: {', '.join(self.known)}")


class PluginWarning(UserWarning):
    """A third-party agency plugin was skipped or contained."""


# code -> (severity, meaning). Stable: codes are never renamed, only added.
DIAGNOSTIC_CODES: dict[str, tuple[Severity, str]] = {
    "dateline.missing": (Severity.INFO, "no dateline was found in the article's lead"),
    "credit.empty": (Severity.WARNING, "a credit label is followed by no name"),
    "credit.too-long": (Severity.WARNING, "a credit value is too long to be a name; ignored"),
    "copyright.missing": (Severity.INFO, "no copyright line was found"),
    "copyright.mojibake": (
        Severity.INFO,
        "the copyright sign was read as UTF-8 decoded with cp1252 ('Â©')",
    ),
    "reference.none": (
        Severity.WARNING,
        "no reference date: relative dates stay unresolved (no implicit today)",
    ),
    "reference.conflict": (
        Severity.WARNING,
        "the caller's published date disagrees with the date written in the text",
    ),
    "reldate.unresolved": (
        Severity.WARNING,
        "a relative date expression could not be resolved without a reference date",
    ),
    "reldate.anaphor-coarse": (
        Severity.WARNING,
        "an anaphoric date ('two days later') follows a date too coarse to count from "
        "(a year, for days)",
    ),
    "reldate.weekday-mismatch": (
        Severity.WARNING,
        "the weekday named beside a date is not that date's weekday; the digits win",
    ),
    "reldate.day-mismatch": (
        Severity.WARNING,
        "a day word beside a date ('kemarin (19/11)') does not name that date; the digits win",
    ),
    "reldate.no-calendar": (
        Severity.WARNING,
        "a movable feast ('Idul Fitri 2030') falls in a year wirekit's calendar tables do not "
        "hold; left unresolved",
    ),
    "reldate.invalid-date": (
        Severity.WARNING,
        "digits in a date position do not form a calendar date (e.g. 31/2)",
    ),
    "agency.plugin-failed": (
        Severity.WARNING,
        "an agency plugin raised or returned malformed data; the generic parser was used",
    ),
    "input.timeout": (
        Severity.ERROR,
        "a pattern scan hit its time limit; the affected field was left empty",
    ),
    "reldate.out-of-range": (
        Severity.WARNING,
        "a date counted from the reference falls before year 1 or after 9999; left unresolved",
    ),
    "input.decode-error": (
        Severity.WARNING,
        "parse_bytes met bytes not valid in the encoding; the message gives their byte offsets",
    ),
}


def make_diagnostic(code: str, message: str | None = None, span: Span | None = None) -> Diagnostic:
    """Build a :class:`Diagnostic` for a registered ``code`` (severity from the table).

    >>> make_diagnostic("credit.empty", span=Span(3, 10)).severity
    <Severity.WARNING: 'warning'>
    """
    severity, meaning = DIAGNOSTIC_CODES[code]
    return Diagnostic(code, severity, message or meaning, span)
