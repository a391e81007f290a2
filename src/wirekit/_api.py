"""``parse()``: the pipeline, and nothing else.

Data flows one way, once::

    text -> choose agency (registry scores the text, or the caller names one)
         -> notices, copyright, credits, dateline (the agency's parsers)
         -> lossless segments around those parts
         -> reference date (caller > dateline > explicit dates > copyright year + weekday)
         -> the dateline's own date, then every date in the header and body
         -> Article (strict mode raises ParseError on any ERROR diagnostic)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ._errors import ParseError, make_diagnostic
from ._language import guess_language
from ._records import Article, Dateline, DateMention, Diagnostic, SegmentKind, Severity, Span
from ._registry import Registry, default_registry
from .agencies._agency import ArticleParts
from .parsers._context import Context
from .parsers.dates import DateScan, find_dates, resolve_together, scan_dates
from .parsers.reference import infer_reference

__all__ = ["coerce_published", "parse"]

# Segments whose text may hold date mentions (the footer's copyright year is never one).
_DATE_SEGMENTS = frozenset({SegmentKind.HEADER, SegmentKind.BODY})
# The diagnostic of an article without a copyright line: the same record every time.
_COPYRIGHT_MISSING = make_diagnostic("copyright.missing")


def coerce_published(published: object) -> dt.date | None:
    """Turn the caller's ``published`` into a ``date``.

    >>> coerce_published("2025-07-14")
    datetime.date(2025, 7, 14)
    >>> coerce_published(dt.datetime(2025, 7, 14, 9, 30))
    datetime.date(2025, 7, 14)
    >>> coerce_published("14/07/2025")
    Traceback (most recent call last):
    ...
    ValueError: published must be an ISO 8601 date such as '2025-07-14', got '14/07/2025'
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(
                f"published must be an ISO 8601 date such as '2025-07-14', got {published!r}"
            ) from None
    raise TypeError(
        "published must be a date, a datetime, an ISO string or None, "
        f"not {type(published).__name__}"
    )


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    agency: str | None = None,
    language: str | None = None,
    strict: bool = False,
    registry: Registry | None = None,
) -> Article:
    """Parse one wire-service article into an :class:`~wirekit.Article`.

    :param text: the article as plain text.
    :param published: the publication date when the caller knows it (``date``,
        ``datetime`` or ISO string); otherwise it is inferred from the text and
        recorded in ``Article.reference``.
    :param agency: an agency id to skip detection (``UnknownAgencyError`` if unknown).
    :param language: an ISO 639-1 hint; guessed from the text when None.
    :param strict: raise :class:`~wirekit.ParseError` (carrying the partial
        article) when any ERROR diagnostic was reported.
    :param registry: the agencies to choose from; the default registry
        (built-ins plus installed plugins) when None.

    Lenient mode never raises on content: what cannot be found is None or ``()``
    and ``Article.diagnostics`` says why.
    """
    if not isinstance(text, str):
        hint = (
            " (decode it first: text.decode('utf-8'))"
            if isinstance(text, bytes | bytearray)
            else ""
        )
        raise TypeError(f"parse() needs the article as str, not {type(text).__name__}{hint}")
    reference_date = coerce_published(published)
    registry = registry if registry is not None else default_registry()
    chosen = registry.choose(text, agency)
    context = Context(language=language or guess_language(text, chosen.languages))

    notices = chosen.find_notices(text, None, context)
    copyright_ = chosen.parse_copyright(text, None, context)
    credits = chosen.find_credits(text, None, context)
    dateline = chosen.parse_dateline(text, None, context)
    parts = ArticleParts(dateline=dateline, credits=credits, copyright=copyright_, notices=notices)
    segments = chosen.segment(text, parts)

    # The dateline's date is read twice at most: with the caller's date (it may then fix
    # the reference), and again with the inferred reference if it needed one. Only the
    # final reading's diagnostics are kept, so nothing is reported twice or lost.
    dateline_notes: list[Diagnostic] = []
    if dateline is not None and dateline.date is not None:
        date, dateline_notes = _resolve_at(text, dateline.date.span, reference_date, context)
        dateline = attrs.evolve(dateline, date=date)
    regions = tuple(s.span for s in segments if s.kind in _DATE_SEGMENTS)
    date_language = _date_language(context.language, chosen.languages, language)
    scans = tuple(scan_dates(text, region, language=date_language) for region in regions)
    reference = infer_reference(
        text,
        published=reference_date,
        dateline=dateline,
        copyright=copyright_,
        regions=regions,
        scans=scans,
        language=date_language,
        context=context,
    )
    context.reference = reference.date
    if (
        dateline is not None
        and dateline.date is not None
        and dateline.date.value is None
        and reference.date is not None
    ):
        date, dateline_notes = _resolve_at(text, dateline.date.span, reference.date, context)
        dateline = attrs.evolve(dateline, date=date)
    context.diagnostics.extend(dateline_notes)

    dates = _find_all_dates(scans, dateline, context)
    if copyright_ is None:
        context.diagnostics.append(_COPYRIGHT_MISSING)

    article = Article(
        text=text,
        agency=chosen.id if chosen.id != registry.generic.id else None,
        language=context.language,
        dateline=dateline,
        credits=credits,
        copyright=copyright_,
        notices=notices,
        dates=dates,
        reference=reference,
        segments=segments,
        diagnostics=tuple(context.diagnostics),
    )
    if strict:
        errors = [d for d in article.diagnostics if d.severity is Severity.ERROR]
        if errors:
            raise ParseError(article, errors)
    return article


# The languages whose date words are read together (the scanner's default set).
_DATE_LANGUAGES = frozenset({"id", "ms", "en"})


def _date_language(guessed: str | None, own: Sequence[str], given: str | None) -> str | None:
    """The language whose date words are read: the text's, or None (Indonesian, Malay and
    English together) when the guess is not among the outlet's own languages and both
    are of that set (a Tribun page of English song lyrics still dates its own framing
    sentence "pada Februari 2025"). A language the caller gives is always kept."""
    if (
        given is None
        and guessed in _DATE_LANGUAGES
        and own
        and guessed not in own
        and _DATE_LANGUAGES.issuperset(own)
    ):
        return None
    return guessed


def _resolve_at(
    text: str, span: Span, reference: dt.date | None, context: Context
) -> tuple[DateMention, list[Diagnostic]]:
    """The date mention in ``span`` (the dateline's date part) and what reading it reported.

    The dateline parser saw a date there; when the date engine reads none (``Feb 30``)
    the mention stays unresolved with a ``reldate.invalid-date`` diagnostic.
    """
    notes = Context(context.language)
    found = find_dates(text, span, reference=reference, language=context.language, context=notes)
    if found:
        return found[0], notes.diagnostics
    notes.report(
        "reldate.invalid-date", f"the dateline's date {span.slice(text)!r} is not a date", span
    )
    return DateMention(span.slice(text), span, None), notes.diagnostics


def _find_all_dates(
    scans: tuple[DateScan, ...], dateline: Dateline | None, context: Context
) -> tuple[DateMention, ...]:
    """Every date mention in the header and body, the dateline's own date included.

    The regions were scanned once, before the reference was known; they are resolved
    as one story (an anaphor after a "Baca juga" line counts from the date before it).
    """
    found = list(resolve_together(scans, reference=context.reference, context=context))
    if dateline is not None and dateline.date is not None:
        found.append(dateline.date)
    found.sort(key=lambda m: (m.span.start, m.span.end))
    return tuple(found)
