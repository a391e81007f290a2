"""Dates written in pairs (ranges of months or days, "March 9 and 10"), the closing period
of "the year ended in August, 1986", and Malaysia's feasts: example tables, then a
property (a year-less range never runs backwards)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit.lang._calendar import feast_in_hijri_year, feast_in_year
from wirekit.parsers.dates import find_dates

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


def values(text: str, reference: dt.date, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, reference=reference, language=language)]


AUG_1996 = dt.date(1996, 8, 22)
MAR_1987 = dt.date(1987, 3, 5)

RANGES = [
    # each end alone would take its nearest year (January 1997, June 1996)
    ("month-range-nearest", "Revenues rose in the January-June period.", AUG_1996,
     [("January", "1996-01"), ("June", "1996-06")]),
    ("day-range-over-new-year", "It sold shares between Dec 16 and Feb 23 at prices", MAR_1987,
     [("Dec 16", "1986-12-16"), ("Feb 23", "1987-02-23")]),
    ("range-through", "Load factor fell in the April through February period.", MAR_1987,
     [("April", "1986-04"), ("February", "1987-02")]),
    ("range-ahead", "Rains are due in the May-September season.", MAR_1987,
     [("May", "1987-05"), ("September", "1987-09")]),
    # a season or fiscal year before the months places them
    ("season-year", "Exports in 1987/88 (April-March) will dip.", MAR_1987,
     [("1987", "1987"), ("88", "1988"), ("April", "1987-04"), ("March", "1988-03")]),
    ("year-after", "Between February and October of 1986, output fell.", MAR_1987,
     [("February", "1986-02"), ("October of 1986", "1986-10")]),
    # forwards already: each end keeps its own reading
    ("already-forwards", "The plant will be down from March 9 to March 16.", MAR_1987,
     [("March 9", "1987-03-09"), ("March 16", "1987-03-16")]),
    # a list is no range, and a change of date is none either
    ("list", "Delivery is due in May, June and September.", MAR_1987,
     [("May", "1987-05"), ("June", "1987-06"), ("September", "1986-09")]),
    # backwards, but longer than half a year: a change of date, not a range
    ("long-day-span", "It will pay on June 26 to May 8 holders.", dt.date(1987, 3, 24),
     [("June 26", "1987-06-26"), ("May 8", "1987-05-08")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "expected"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES]
)
def test_yearless_range_takes_one_placement(
    text: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, reference) == expected


SECOND_DAYS = [
    ("pair", "It sold shares on March 9 and 10 at prices ranging", MAR_1987,
     [("March 9", "1987-03-09"), ("10", "1987-03-10")]),
    ("or", "Certificates go out around March 15 or 16, he said.", MAR_1987,
     [("March 15", "1987-03-15"), ("16", "1987-03-16")]),
    ("to-a-verb", "Ministers meet on March 17 and 18 to discuss prices.", MAR_1987,
     [("March 17", "1987-03-17"), ("18", "1987-03-18")]),
    ("to-a-count", "Between March 9 and 10 to 12 people came.", MAR_1987,
     [("March 9", "1987-03-09")]),
    # the year after the pair is both days'
    ("year-after-pair", "The bombs fell on August 6 and 9, 1945, he recalled.", AUG_1996,
     [("August 6", "1945-08-06"), ("9, 1945", "1945-08-09")]),
    # a count, or a day too far to be the second of a pair
    ("count", "On March 9 and 10 people were hurt.", MAR_1987, [("March 9", "1987-03-09")]),
    ("far", "Talks on March 2 and 20 at the latest.", MAR_1987, [("March 2", "1987-03-02")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [c[1:] for c in SECOND_DAYS],
    ids=[c[0] for c in SECOND_DAYS],
)
def test_second_day_of_a_pair(text: str, reference: dt.date, expected: list) -> None:
    assert values(text, reference) == expected


THURSDAY = dt.date(2005, 12, 15)
WEEKDAY_RANGES = [
    # each end alone: Thursday is today, Saturday the last one
    ("through", "The conference, being held Thursday through Saturday, opened.", THURSDAY, "en",
     [("Thursday", "2005-12-15"), ("Saturday", "2005-12-17")]),
    ("to-future", "The talks will run from Monday to Thursday.", THURSDAY, "en",
     [("Monday", "2005-12-19"), ("Thursday", "2005-12-22")]),
    ("hingga", "Pameran berlangsung mulai Kamis hingga Sabtu di Jakarta.", THURSDAY, "id",
     [("Kamis", "2005-12-15"), ("Sabtu", "2005-12-17")]),
    ("consecutive-pair", "Guinea declared Thursday and Friday days of prayer.", THURSDAY, "en",
     [("Thursday", "2005-12-15"), ("Friday", "2005-12-16")]),
    # a pair written latest first, and a list, keep their own readings
    ("latest-first", "Statements made Friday and Thursday by the lawyer.", THURSDAY, "en",
     [("Friday", "2005-12-09"), ("Thursday", "2005-12-15")]),
    ("list", "Reserves were short on Thursday, Monday and Tuesday.", THURSDAY, "en",
     [("Thursday", "2005-12-15"), ("Monday", "2005-12-12"), ("Tuesday", "2005-12-13")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "language", "expected"),
    [c[1:] for c in WEEKDAY_RANGES],
    ids=[c[0] for c in WEEKDAY_RANGES],
)
def test_weekday_range_runs_forwards(
    text: str, reference: dt.date, language: str, expected: list
) -> None:
    assert values(text, reference, language) == expected


ENGLISH = [
    ("final-quarter", "Growth was slowest since the final quarter of 2005.", dt.date(2006, 11, 29),
     [("the final quarter of 2005", "2005-Q4")]),
    ("year-ended-in-month", "Sales were 30 mln dlrs in the year ended in August, 1986.", MAR_1987,
     [("the year", "1986"), ("August, 1986", "1986-08")]),
    ("quarter-ended-in-month", "Net rose in the quarter ended in December.", MAR_1987,
     [("the quarter", "1986-Q4"), ("December", "1986-12")]),
    # a vote or a law's day in the present of a timetable looks forward
    ("goes-to-the-polls", "Iraq goes to the polls on Thursday.", dt.date(2005, 12, 13),
     [("Thursday", "2005-12-15")]),
    ("takes-effect", "The ban takes effect Thursday.", dt.date(2005, 12, 13),
     [("Thursday", "2005-12-15")]),
    ("went-into-effect", "The ban went into effect Thursday.", dt.date(2005, 12, 13),
     [("Thursday", "2005-12-08")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "expected"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english_periods_and_timetables(text: str, reference: dt.date, expected: list) -> None:
    assert values(text, reference) == expected


FRIDAY = dt.date(2025, 7, 11)

FEASTS = [
    # an age before "lalu" (then) is no offset; a count of years is
    ("ms-age", "Lelaki berusia 45 tahun lalu menyerah diri kepada polis.", "ms", []),
    ("ms-years-ago", "Dia datang ke sini 45 tahun lalu.", "ms", [("45 tahun lalu", "1980")]),
    # Malaysia's 10 Zulhijah 1446 was a day after Indonesia's
    ("ms-aidiladha", "Umat Islam menyambut Aidiladha tahun ini.", "ms",
     [("Aidiladha tahun ini", "2025-06-07")]),
    ("id-idul-adha", "Umat Islam merayakan Idul Adha tahun ini.", "id",
     [("Idul Adha tahun ini", "2025-06-06")]),
    ("ms-hari-raya-puasa", "Jualan meningkat menjelang Hari Raya Puasa.", "ms",
     [("Hari Raya Puasa", "2025-03-31")]),
    ("ms-deepavali-last-year", "Deepavali tahun lepas disambut meriah.", "ms",
     [("Deepavali tahun lepas", "2024-10-31")]),
    ("ms-wesak-year", "Hari Wesak 2024 disambut di seluruh negara.", "ms",
     [("Hari Wesak 2024", "2024-05-22")]),
    ("ms-maal-hijrah", "Perarakan sempena Maal Hijrah diadakan.", "ms",
     [("Maal Hijrah", "2025-06-27")]),
    ("ms-hijri-date", "Korban dilaksanakan pada 10 Zulhijjah 1446.", "ms",
     [("10 Zulhijjah 1446", "2025-06-07")]),
    # a holiday with "tahun" and its year; in lower case, no holiday but still the year
    ("id-feast-tahun-year", "Idul Adha tahun 2024 jatuh pada hari Senin.", "id",
     [("Idul Adha tahun 2024", "2024-06-17"), ("Senin", "2024-06-17")]),  # the feast's Monday
    ("id-lower-case-feast-year", "Penumpang saat lebaran tahun 2025 turun.", "id",
     [("tahun 2025", "2025")]),
    ("id-lower-case-feast-bare-year", "turun 35% dari lebaran 2024.", "id", [("2024", "2024")]),
    # Malay "Isnin ini" is the coming Monday; Indonesian "Senin ini" the week's
    ("ms-this-monday", "Dewan Rakyat bersidang semula Isnin ini.", "ms",
     [("Isnin ini", "2025-07-14")]),
    ("id-this-monday", "Rapat digelar Senin ini.", "id", [("Senin ini", "2025-07-07")]),
    ("ms-this-friday", "Sidang media diadakan Jumaat ini.", "ms", [("Jumaat ini", "2025-07-11")]),
    ("ms-from-monday", "Larangan itu berkuat kuasa mulai Isnin.", "ms", [("Isnin", "2025-07-14")]),
    ("ms-starting-tuesday", "Jualan murah bermula Selasa.", "ms", [("Selasa", "2025-07-15")]),
    ("ms-last-monday", "Isnin lalu, polis menahan dua.", "ms", [("Isnin lalu", "2025-07-07")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"), [c[1:] for c in FEASTS], ids=[c[0] for c in FEASTS]
)
def test_feasts_and_malay_weekdays(text: str, language: str, expected: list) -> None:
    assert values(text, FRIDAY, language) == expected


def test_malaysian_tables() -> None:
    """Malaysia's 10 Zulhijah steps a lunar year like Indonesia's; Deepavali, Thaipusam and
    Wesak lie in their seasons."""
    days = [feast_in_hijri_year("eid-al-adha-my", year) for year in range(1429, 1447)]
    assert all(day is not None for day in days)
    assert feast_in_hijri_year("eid-al-adha-my", 1446) == dt.date(2025, 6, 7)
    windows = {"deepavali-my": ((10, 15), (11, 15)), "thaipusam-my": ((1, 15), (2, 15)),
               "wesak-my": ((4, 25), (6, 5))}  # fmt: skip
    for rule, (start, end) in windows.items():
        for year in range(2018, 2026):
            day = feast_in_year(rule, year)
            assert day is not None and dt.date(year, *start) <= day <= dt.date(year, *end)
        assert feast_in_year(rule, 2030) is None  # outside the table: no guessed day


@given(
    st.integers(0, 11),
    st.integers(0, 11),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)
def test_yearless_month_range_runs_forwards(first: int, last: int, reference: dt.date) -> None:
    """However its ends resolve alone, a range of two months starts before it ends and
    spans at most twelve months."""
    text = f"Output rose in the {EN_MONTHS[first]}-{EN_MONTHS[last]} period."
    found = find_dates(text, reference=reference, language="en")
    assert [m.text for m in found] == [EN_MONTHS[first], EN_MONTHS[last]]
    start, end = (int(m.value[:4]) * 12 + int(m.value[5:7]) for m in found if m.value)
    assert 0 <= end - start <= 11


EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@given(
    st.integers(0, 6),
    st.integers(0, 6),
    st.sampled_from(["The fair ran {} through {}.", "The fair will run from {} to {}."]),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)
def test_weekday_range_ends_within_a_week_of_its_start(
    first: int, last: int, shape: str, reference: dt.date
) -> None:
    """A range of two weekdays ends one to seven days after it starts, each end on the
    weekday it names."""
    text = shape.format(EN_WEEKDAYS[first], EN_WEEKDAYS[last])
    start, end = find_dates(text, reference=reference, language="en")
    assert start.date is not None and end.date is not None
    assert (start.date.weekday(), end.date.weekday()) == (first, last)
    assert 1 <= (end.date - start.date).days <= 7
