"""Lossless segmentation around located parts."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from wirekit import Copyright, Credit, Dateline, Notice, NoticeKind, Role, SegmentKind, Span
from wirekit._segment import build_segments
from wirekit.agencies._agency import ArticleParts

TEXT = (
    "Foto: banjir di Klaten.\n"
    "Klaten (ANTARA) - Air mulai surut pada Senin pagi.\n"
    "Warga kembali ke rumah.\n"
    "Pewarta: Ani Lestari\n"
    "Editor: Budi\n"
    "Copyright © ANTARA 2025\n"
)


def _find(sub: str) -> Span:
    start = TEXT.index(sub)
    return Span(start, start + len(sub))


def _parts() -> ArticleParts:
    return ArticleParts(
        dateline=Dateline("Klaten", "ANTARA", None, _find("Klaten (ANTARA) -")),
        credits=(
            Credit(Role.REPORTER, "Ani Lestari", "Pewarta", _find("Ani Lestari"), _find("Pewarta")),
            Credit(Role.EDITOR, "Budi", "Editor", _find("Budi"), _find("Editor")),
        ),
        copyright=Copyright("ANTARA", 2025, _find("Copyright © ANTARA 2025")),
    )


def test_segments_name_each_part() -> None:
    """Header, dateline, body, one credits run and the copyright line, in order."""
    segments = build_segments(TEXT, _parts())
    assert [s.kind for s in segments] == [
        SegmentKind.HEADER,
        SegmentKind.DATELINE,
        SegmentKind.BODY,
        SegmentKind.CREDITS,
        SegmentKind.COPYRIGHT,
    ]
    credits = segments[3]
    assert credits.span.slice(TEXT) == "Pewarta: Ani Lestari\nEditor: Budi\n"
    assert segments[-1].span.slice(TEXT) == "Copyright © ANTARA 2025\n"


def test_no_parts_is_one_body_segment() -> None:
    """Without located parts the whole text is body."""
    assert [s.kind for s in build_segments(TEXT, ArticleParts())] == [SegmentKind.BODY]


def test_empty_text_has_no_segments() -> None:
    """The empty text is covered by zero segments."""
    assert build_segments("", ArticleParts()) == ()


def test_overlapping_parts_do_not_break_the_partition() -> None:
    """A notice overlapping the copyright line is dropped, the cover stays exact."""
    parts = ArticleParts(
        copyright=Copyright("ANTARA", 2025, _find("Copyright © ANTARA 2025")),
        notices=(Notice(NoticeKind.OTHER, _find("ANTARA 2025\n")),),
    )
    segments = build_segments(TEXT, parts)
    assert "".join(s.span.slice(TEXT) for s in segments) == TEXT


@given(
    text=st.text(max_size=60),
    cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_segments_always_cover_the_text_exactly(text: str, cuts: list[tuple[int, int]]) -> None:
    """Whatever parts are claimed (overlapping, empty, out of range), segments partition text."""
    spans = [Span(min(a, b), max(a, b)) for a, b in cuts]
    parts = ArticleParts(notices=tuple(Notice(NoticeKind.OTHER, s) for s in spans))
    segments = build_segments(text, parts)
    assert "".join(s.span.slice(text) for s in segments) == text
    assert all(len(s.span) > 0 for s in segments)
    assert all(a.span.end == b.span.start for a, b in itertools.pairwise(segments))
