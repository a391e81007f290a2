"""Reference-date inference: caller > dateline > text > copyright + weekday > none."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wirekit import Copyright, Dateline, Reference, ReferenceSource, Span
from wirekit.parsers._context import Context
from wirekit.parsers.dates import find_dates, scan_dates
from wirekit.parsers.reference import infer_reference

ARTICLE = (
    "Kuala Lumpur (ANTARA) - Menteri Luar Negeri itu bertemu mitranya, Kamis (10/7).\n"
    "Bulan lalu keduanya juga bertemu.\nCopyright © ANTARA 2025"
)
BODY = Span(0, ARTICLE.index("Copyright") - 1)
COPY = Copyright("ANTARA", 2025, Span(BODY.end + 1, len(ARTICLE)))


def _infer(text: str, **overrides: Any) -> Reference:
    """infer_reference over the whole text, in Indonesian, with no other evidence by default."""
    kwargs: dict[str, Any] = {
        "published": None,
        "dateline": None,
        "copyright": None,
        "regions": [Span(0, len(text))],
        "language": "id",
    }
    return infer_reference(text, **(kwargs | overrides))


def test_caller_wins() -> None:
    """A published date from the caller is used as is."""
    ref = infer_reference(
        ARTICLE,
        published=dt.date(2025, 7, 11),
        dateline=None,
        copyright=COPY,
        regions=[BODY],
        language="id",
    )
    assert (ref.date, ref.source) == (dt.date(2025, 7, 11), ReferenceSource.CALLER)


def test_copyright_year_and_weekday() -> None:
    """Copyright 2025 + "Kamis (10/7)" pins 2025-07-10, which then anchors "bulan lalu"."""
    ref = infer_reference(
        ARTICLE, published=None, dateline=None, copyright=COPY, regions=[BODY], language="id"
    )
    assert (ref.date, ref.source) == (dt.date(2025, 7, 10), ReferenceSource.COPYRIGHT_WEEKDAY)
    values = [m.value for m in find_dates(ARTICLE, BODY, reference=ref.date, language="id")]
    assert values == ["2025-07-10", "2025-06"]


def test_copyright_year_is_searched_for_the_weekday() -> None:
    """The year is moved off the copyright year until 10 July is a Thursday."""
    copy = Copyright("ANTARA", 2026, COPY.span)
    ref = infer_reference(
        ARTICLE, published=None, dateline=None, copyright=copy, regions=[BODY], language="id"
    )
    assert ref.date == dt.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("The minister met his counterpart on Thursday (July 10).", "en"),
        ("The Senate voted Thursday, July 10, to approve the bill.", "en"),
        ("Menteri itu bertemu mitranya pada Kamis, 10 Juli.", "id"),
    ],
)
def test_copyright_year_and_a_weekday_with_a_month_name(lead: str, language: str) -> None:
    """A year-less weekday with a month name pins the copyright year as "(10/7)" does;
    the weekday is read from its own word, not from the date after it."""
    text = f"{lead}\nCopyright 2026 The Agency"
    body = Span(0, len(lead))
    copy = Copyright("The Agency", 2026, Span(len(lead) + 1, len(text)))
    ref = _infer(text, copyright=copy, regions=[body], language=language)
    assert (ref.date, ref.source) == (dt.date(2025, 7, 10), ReferenceSource.COPYRIGHT_WEEKDAY)


def test_dateline_day_precise() -> None:
    """A day-precise dateline date is the reference."""
    text = "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) - Kemarin."
    (mention,) = find_dates(text, Span(10, 26), language="id")
    dateline = Dateline("ISTANBUL", "Antara/PRNewswire", mention, Span(0, 50))
    ref = _infer(text, dateline=dateline)
    assert (ref.date, ref.source) == (dt.date(2016, 2, 23), ReferenceSource.DATELINE)


def test_explicit_weekday_full_date_in_text() -> None:
    """A weekday with a full d/m/yyyy in the text is the reference."""
    text = "JAKARTA - Rapat digelar Selasa (30/12/2014). Kemarin hujan."
    ref = _infer(text)
    assert (ref.date, ref.source) == (dt.date(2014, 12, 30), ReferenceSource.TEXT)


def test_none_reports() -> None:
    """With no anchor at all the reference is None and a diagnostic says so."""
    context = Context()
    text = "Kemarin hujan deras."
    ref = _infer(text, context=context)
    assert (ref.date, ref.source) == (None, ReferenceSource.NONE)
    assert [d.code for d in context.diagnostics] == ["reference.none"]


def test_footer_year_is_not_a_mention() -> None:
    """The copyright year outside the regions is never a date mention."""
    assert [m.text for m in find_dates(ARTICLE, BODY, reference=dt.date(2025, 7, 10))] == [
        "Kamis (10/7)",
        "Bulan lalu",
    ]


def test_weekday_mends_a_year_typo() -> None:
    """A weekday that fits the year after the written one mends the typo."""
    text = "JAKARTA - Harga minyak turun, Kamis (11/12/2013). Kemarin juga turun."
    ref = _infer(text)
    assert (ref.date, ref.source) == (dt.date(2014, 12, 11), ReferenceSource.TEXT)


LEAD_DATED = (
    "Jakarta (ANTARA) - Menlu bertemu mitranya di Jakarta, Kamis (10/7/2025).\nIa tiba kemarin."
)

CONFLICT_CASES = [
    # (id, published, conflict reported)
    ("same-day", dt.date(2025, 7, 10), False),
    ("next-morning-edition", dt.date(2025, 7, 11), False),
    ("three-days-later", dt.date(2025, 7, 13), False),
    ("a-week-later", dt.date(2025, 7, 17), True),
    ("a-year-off", dt.date(2024, 7, 10), True),
]


def _conflicts(text: str, published: dt.date, dateline: Dateline | None = None) -> list:
    context = Context("id")
    ref = _infer(text, published=published, dateline=dateline, context=context)
    assert (ref.date, ref.source) == (published, ReferenceSource.CALLER)  # the caller still wins
    return [d for d in context.diagnostics if d.code == "reference.conflict"]


@pytest.mark.parametrize(
    ("published", "reported"), [c[1:] for c in CONFLICT_CASES], ids=[c[0] for c in CONFLICT_CASES]
)
def test_conflict_with_weekday_date_in_lead(published: dt.date, reported: bool) -> None:
    """A published date more than three days from the lead's weekday + full date is reported."""
    found = _conflicts(LEAD_DATED, published)
    assert bool(found) is reported
    if found:
        assert LEAD_DATED[found[0].span.start : found[0].span.end] == "Kamis (10/7/2025)"


def test_conflict_with_dateline_date() -> None:
    """A day-precise dateline date far from the caller's date is reported, with its span."""
    text = "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) - Kemarin."
    (mention,) = find_dates(text, Span(10, 26), language="id")
    dateline = Dateline("ISTANBUL", "Antara/PRNewswire", mention, Span(0, 50))
    (found,) = _conflicts(text, dt.date(2016, 3, 23), dateline)
    assert found.span == mention.span
    assert _conflicts(text, dt.date(2016, 2, 24), dateline) == []


def test_no_conflict_without_evidence() -> None:
    """A weekday whose digits it contradicts, or a year-less date, is no evidence."""
    text = "Menlu bertemu, Rabu (10/7/2025). Kamis (3/7) juga."
    assert _conflicts(text, dt.date(2024, 1, 1)) == []


def test_weekday_range_is_no_weekday_evidence() -> None:
    """An event's days ("Sabtu-Minggu (12-13/7)") neither pin the copyright year's
    reference nor conflict with the caller's date, where one weekday and its date do;
    with its year written, it is a complete date in the lead like any other."""
    ranged = "Festival itu digelar Sabtu-Minggu (12-13/7) di Bandung."
    single = "Festival itu ditutup Minggu (13/7) di Bandung."
    assert _infer(ranged, copyright=COPY).source is ReferenceSource.NONE
    assert _infer(single, copyright=COPY).date == dt.date(2025, 7, 13)
    assert _conflicts(ranged.replace("7)", "7/2025)"), dt.date(2025, 7, 30)) == []
    assert len(_conflicts(single.replace("7)", "7/2025)"), dt.date(2025, 7, 30))) == 1
    full = _infer(ranged.replace("7)", "7/2025)"))
    assert (full.date, full.source) == (dt.date(2025, 7, 13), ReferenceSource.TEXT)


@pytest.mark.parametrize("copyright_", [COPY, None], ids=["copyright-year", "no-copyright"])
def test_shared_scans_give_the_same_reference(copyright_: Copyright | None) -> None:
    """Handing infer_reference the regions' scans gives what it finds scanning itself."""
    text = ARTICLE + "\nSelasa (30/12/2014) hujan." if copyright_ is None else ARTICLE
    regions = [BODY, Span(BODY.end, len(text))] if copyright_ is None else [BODY]
    scans = [scan_dates(text, region, language="id") for region in regions]
    kwargs: dict[str, Any] = {"copyright": copyright_, "regions": regions}
    assert _infer(text, scans=scans, **kwargs) == _infer(text, **kwargs)
