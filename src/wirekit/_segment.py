"""Lossless segmentation: partition the text around the parts the parsers found.

Contract: ``build_segments(text, parts)`` returns segments that are contiguous,
non-empty, in text order, and cover ``text`` exactly, so
``"".join(s.span.slice(text) for s in segments) == text`` for every input.

The located parts (dateline, runs of credits, copyright, notices) become
segments of their own kind; what lies before the dateline is ``HEADER`` (titles,
captions, summaries), everything else ``BODY``. White space between two
non-body parts, or after the last one, is absorbed into the part before it, so
a footer of "Pewarta: A\\nEditor: B\\n" is one ``CREDITS`` segment, not three.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ._records import Segment, SegmentKind, Span
from .agencies._agency import ArticleParts

__all__ = ["build_segments"]


def _credit_runs(text: str, parts: ArticleParts) -> Iterable[Span]:
    """Merge credits into runs: a label and its names, and neighbours glued by separators."""
    # Plain (start, end) pairs sort faster than Span records; a Span is made per run only.
    spans = sorted(
        (c.label_span.start if c.label_span else c.span.start, c.span.end) for c in parts.credits
    )
    run: tuple[int, int] | None = None
    for start, end in spans:
        if run is not None and _only_separators(text, run[1], start):
            run = (run[0], max(run[1], end))
            continue
        if run is not None:
            yield Span(*run)
        run = (start, end)
    if run is not None:
        yield Span(*run)


# Filler that may glue two credits into one run: "; ", " and ", " | ", "\n", ", ".
SEPARATOR_GAP_RE = regex.compile(
    r"""
    [\s|;,/&.()\-]*+          # punctuation and white space between credits
    (?:(?:and|dan|dengan)\b     # a conjunction joining two names ("A and B", "A dan B")
       [\s|;,]*+)?+
    """,
    regex.VERBOSE,
)


def _only_separators(text: str, start: int, end: int) -> bool:
    return end <= start or (
        end - start <= 40 and SEPARATOR_GAP_RE.fullmatch(text, start, end) is not None
    )


def build_segments(text: str, parts: ArticleParts) -> tuple[Segment, ...]:
    """Partition ``text`` into segments around the located ``parts`` (see module doc)."""
    located: list[tuple[Span, SegmentKind]] = []
    if parts.dateline is not None:
        located.append((parts.dateline.span, SegmentKind.DATELINE))
    located.extend((span, SegmentKind.CREDITS) for span in _credit_runs(text, parts))
    if parts.copyright is not None:
        located.append((parts.copyright.span, SegmentKind.COPYRIGHT))
    located.extend((n.span, SegmentKind.NOTICE) for n in parts.notices)
    located.sort(key=lambda item: (item[0].start, -item[0].end))

    dateline_start = parts.dateline.span.start if parts.dateline is not None else 0
    segments: list[Segment] = []
    pos = 0

    def gap(end: int) -> None:
        nonlocal pos
        if end <= pos:
            return
        previous = segments[-1] if segments else None
        if (
            previous is not None
            and previous.kind is not SegmentKind.BODY
            and not text[pos:end].strip()  # (the body's stretch is never copied)
        ):
            segments[-1] = Segment(previous.kind, Span(previous.span.start, end))
        elif pos < dateline_start:
            head_end = min(end, dateline_start)
            segments.append(Segment(SegmentKind.HEADER, Span(pos, head_end)))
            if head_end < end:
                segments.append(Segment(SegmentKind.BODY, Span(head_end, end)))
        else:
            segments.append(Segment(SegmentKind.BODY, Span(pos, end)))
        pos = end

    for span, kind in located:
        if span.start < pos or span.end <= span.start or span.end > len(text):
            continue  # overlapping or empty: the earlier, longer part wins
        gap(span.start)
        segments.append(Segment(kind, span))
        pos = span.end
    gap(len(text))
    return _merge_body(segments)


def _merge_body(segments: list[Segment]) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for segment in segments:
        if (
            merged
            and merged[-1].kind is segment.kind
            and segment.kind
            in (
                SegmentKind.BODY,
                SegmentKind.HEADER,
            )
        ):
            merged[-1] = Segment(segment.kind, Span(merged[-1].span.start, segment.span.end))
        else:
            merged.append(segment)
    return tuple(merged)
