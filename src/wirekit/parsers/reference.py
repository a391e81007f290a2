"""Infer the article's reference ("now") date, the anchor of its relative dates.

Contract
    ``infer_reference(text, *, published, dateline, copyright, regions,
    language, context)`` returns a :class:`~wirekit.Reference`. Sources, most
    trusted first:

    1. ``published`` from the caller (``caller``);
    2. the dateline's own date when it is day-precise (``dateline``);
    3. an explicit complete date in the text (``text``): the latest weekday
       written with a full d/m/yyyy ("Selasa (30/12/2014)") anywhere in
       ``regions`` whose weekday fits its digits (a year typo is mended when
       the year after or before fits; a day that fits neither is no evidence),
       else the first complete day date in the lead (the first 400 characters);
    4. the copyright year with the weekday constraint (``copyright+weekday``):
       "Kamis (10/7)" with "Copyright © ANTARA 2025" gives 2025-07-10, the
       10 July near 2025 that is a Thursday (years are tried from the
       copyright year backwards, then one year ahead); a year-less dateline
       date ("LONDON, March 3") takes the copyright year;
    5. none: ``Reference(None, NONE)`` and a ``reference.none`` diagnostic.

    ``regions`` are the spans where body and header dates may be; the footer is
    left out, so the copyright year itself is never a date mention. The clock
    is never read.

>>> import datetime as dt
>>> from wirekit import Copyright, Span
>>> text = "Kuala Lumpur (ANTARA) - Menlu bertemu, Kamis (10/7).\\nCopyright © ANTARA 2025"
>>> ref = infer_reference(text, published=None, dateline=None,
...                       copyright=Copyright("ANTARA", 2025, Span(53, 77)),
...                       regions=[Span(0, 52)], language="id")
>>> ref.date, ref.source.value
(datetime.date(2025, 7, 10), 'copyright+weekday')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from .._records import (
    Copyright,
    Dateline,
    DateMention,
    Granularity,
    Reference,
    ReferenceSource,
    Span,
)
from ._context import Context
from .dates import DateScan, find_dates, resolve_dates, scan_dates

__all__ = ["infer_reference"]

_LEAD_CHARS = 400
# The caller's date and the text's own may differ by this many days (a story
# filed the evening before, an overnight edition) before it is a conflict.
_CONFLICT_DAYS = 3
# A full year somewhere in the lead: only then can it hold "Kamis (10/7/2025)"
# or "Thursday, July 10, 2025", so only then is the lead scanned.
LEAD_YEAR_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# Years tried for the copyright + weekday rule, in order: the copyright year,
# then back (a page shows the year it was served, never earlier than the story),
# then one year ahead (a story of late December under a January copyright).
_YEAR_STEPS = (0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, 1)


def infer_reference(
    text: str,
    *,
    published: dt.date | None,
    dateline: Dateline | None,
    copyright: Copyright | None,
    regions: Sequence[Span],
    language: str | None,
    context: Context | None = None,
    scans: Sequence[DateScan] | None = None,
) -> Reference:
    """The reference date of an article and where it came from (see module doc).

    ``scans`` are the ``regions``' date scans (:func:`~wirekit.parsers.dates.scan_dates`
    with ``language``) when the caller has made them: the mentions are then
    resolved from those instead of scanning the text again.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None:
        if context is not None:
            _check_conflict(text, published, dateline, regions, language, context)
        return Reference(published, ReferenceSource.CALLER)
    date_mention = dateline.date if dateline is not None else None
    if date_mention is not None and date_mention.date is not None:
        return Reference(date_mention.date, ReferenceSource.DATELINE, date_mention.span)

    if scans is None:
        scans = [scan_dates(text, region, language=language) for region in regions]
    mentions = [m for scan in scans for m in resolve_dates(scan)]
    mentions.sort(key=lambda m: m.span.start)
    full = [m for m in mentions if m.date is not None and m.granularity is Granularity.DAY]
    with_weekday = [
        (fitted, m)
        for m in full
        if m.anchor is not None and m.anchor.rule.startswith("weekday+")
        for fitted in [_weekday_fitted(m, language)]
        if fitted is not None
    ]
    if with_weekday:
        best_date, best = max(with_weekday, key=lambda pair: pair[0])
        return Reference(best_date, ReferenceSource.TEXT, best.span)
    if full and regions:
        lead_end = regions[0].start + _LEAD_CHARS
        lead = [m for m in full if m.span.start < lead_end]
        if lead:
            return Reference(lead[0].date, ReferenceSource.TEXT, lead[0].span)

    year = copyright.year if copyright is not None else None
    if year is not None:
        found = _from_copyright(mentions, year, language)
        if found is not None:
            return found
        if date_mention is not None:
            ref = find_dates(
                text, date_mention.span, reference=dt.date(year, 7, 1), language=language
            )
            if ref and ref[0].date is not None:
                day = ref[0].date
                fitted = (
                    dt.date(year, day.month, day.day) if (day.month, day.day) != (2, 29) else day
                )
                return Reference(fitted, ReferenceSource.COPYRIGHT_WEEKDAY, date_mention.span)
    if context is not None:
        context.report("reference.none")
    return Reference(None, ReferenceSource.NONE)


def _check_conflict(
    text: str,
    published: dt.date,
    dateline: Dateline | None,
    regions: Sequence[Span],
    language: str | None,
    context: Context,
) -> None:
    """Report ``reference.conflict`` when the text's own date is far from ``published``.

    The text's own date is the dateline's day-precise date, else the first
    weekday written with a complete date in the lead whose weekday fits its
    digits ("Kamis (10/7/2025)", "Thursday, July 10, 2025"). The caller's
    date still wins; this only says that one of the two is probably wrong.
    """
    evidence: DateMention | None = None
    mention = dateline.date if dateline is not None else None
    if mention is not None and mention.date is not None and mention.granularity is Granularity.DAY:
        evidence = mention
    elif regions:
        start = regions[0].start
        end = min(regions[0].end, start + _LEAD_CHARS)
        if LEAD_YEAR_RE.search(text, start, end) is not None:
            for found in find_dates(text, Span(start, end), language=language):
                rule = found.anchor.rule if found.anchor is not None else ""
                if (
                    found.date is not None
                    and rule.startswith("weekday+")  # dated alone: the year is written
                    and _named_weekday(found.text, language) == found.date.weekday()
                ):
                    evidence = found
                    break
    if evidence is None or evidence.date is None:
        return
    gap = abs((evidence.date - published).days)
    if gap > _CONFLICT_DAYS:
        context.report(
            "reference.conflict",
            f"published {published.isoformat()} but the text says "
            f"{evidence.date.isoformat()} ({evidence.text!r}, {gap} days apart); "
            "the published date was used",
            evidence.span,
        )


# Year-less weekdays with their day and month: "Kamis (10/7)", "Thursday (July 10)",
# "Thursday, July 10", "Kamis, 10 Juli".
_PINNING_RULES = frozenset({"weekday+dm", "weekday+date"})


def _from_copyright(
    mentions: Sequence[DateMention], year: int, language: str | None
) -> Reference | None:
    """Pin year-less "<weekday> (d/m)" mentions to the years near ``year`` where they fit.

    The year that fits the most mentions wins (ties: nearer in ``_YEAR_STEPS``
    order); the reference is the latest fitting date.
    """
    candidates = [m for m in mentions if m.anchor is not None and m.anchor.rule in _PINNING_RULES]
    if not candidates:
        return None
    best: tuple[int, int, dt.date, Span] | None = None
    for rank, step in enumerate(_YEAR_STEPS):
        hits: list[tuple[dt.date, Span]] = []
        for mention in candidates:
            fitted = _fit(mention, year + step, language)
            if fitted is not None:
                hits.append((fitted, mention.span))
        if hits:
            latest = max(hits)
            key = (len(hits), -rank)
            if best is None or key > (best[0], best[1]):
                best = (len(hits), -rank, latest[0], latest[1])
    if best is None:
        return None
    return Reference(best[2], ReferenceSource.COPYRIGHT_WEEKDAY, best[3])


def _fit(mention: DateMention, year: int, language: str | None) -> dt.date | None:
    """The mention's date in ``year`` (or the year after, across New Year) if its weekday fits."""
    probe = find_dates(mention.text, reference=dt.date(year, 7, 1), language=language)
    if not probe or probe[0].date is None:
        return None
    day = probe[0].date
    try:
        candidate = dt.date(year, day.month, day.day)
    except ValueError:
        return None
    weekday = _named_weekday(mention.text, language, first_word=True)
    return candidate if weekday is not None and candidate.weekday() == weekday else None


def _weekday_fitted(mention: DateMention, language: str | None) -> dt.date | None:
    """The mention's date when its weekday fits it; a year typo ("Kamis (11/12/2013)"
    for 2014) is mended when the year next to it fits; else None (no evidence)."""
    day = mention.date
    weekday = _named_weekday(mention.text, language)
    if day is None or weekday is None:
        return None
    for step in (0, 1, -1):
        try:
            candidate = day.replace(year=day.year + step)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


@functools.lru_cache(maxsize=512)
def _named_weekday(mention_text: str, language: str | None, first_word: bool = False) -> int | None:
    """The weekday a "<weekday> (d/m)" mention names, read from its weekday word (the
    last of a range: "Minggu" of "Sabtu-Minggu (12-13/7)").

    Without ``first_word``, a weekday written with its date after a comma ("Jumat, 14
    Juni 2025") reads the date's own weekday, so a date written so is taken as written
    (its day digit is likelier the typo than its year); with it, the weekday word's.
    A pure function of short strings, asked about the same few mentions again and
    again (each candidate year tries them all), so it is memoised.
    """
    head = mention_text.split("(", 1)[0].strip(" ,\t")
    if first_word:  # "Thursday" of "Thursday, July 10" (the date names its own weekday)
        words = head.split(",", 1)[0].split()
        head = words[0] if words else ""
    named = find_dates(head, reference=dt.date(2000, 1, 3), language=language)
    if not named or named[-1].date is None:
        return None
    return named[-1].date.weekday()  # "Sabtu-Minggu (12-13/7)": the range's last day
