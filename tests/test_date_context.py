"""What the words around a date decide (round fourteen): the run-up to a holiday, a
quarter's closing day and the story's own quarter, a SET written after its date, bare
seasons, centuries, names and market days. Example tables, then properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit.parsers.dates import find_dates

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
QUARTER_WORDS = ("first", "second", "third", "fourth")


def values(text: str, reference: dt.date, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, reference=reference, language=language)]


NOV_2006 = dt.date(2006, 11, 22)
MAR_1987 = dt.date(1987, 3, 13)
JUN_2025 = dt.date(2025, 6, 20)
JUL_2025 = dt.date(2025, 7, 11)

CASES = [
    # the run-up to a holiday or a month names the coming one, whatever the verb's tense
    ("ahead-of-feast", "en", "Shares rose ahead of the Thanksgiving holiday.", NOV_2006,
     [("Thanksgiving", "2006-11-23")]),
    ("run-up-to-holiday", "en", "Sales rose in the run-up to Christmas, the group said.",
     NOV_2006, [("Christmas", "2006-12-25")]),
    ("ahead-of-month", "en", "Ahead of December's summit, ministers met in Brussels.", NOV_2006,
     [("December", "2006-12")]),
    # ... when it is near: in January, the Christmas just past
    ("ahead-of-far", "en", "Retail sales rose ahead of Christmas, the group said.",
     dt.date(2007, 1, 5), [("Christmas", "2006-12-25")]),
    ("menjelang-feast", "id", "Polisi telah menyiapkan pengamanan menjelang Idul Fitri.",
     dt.date(2025, 3, 20), [("Idul Fitri", "2025-03-31")]),
    ("menjelang-ms", "ms", "Pusat beli-belah telah dihias menjelang Deepavali.",
     dt.date(2025, 10, 10), [("Deepavali", "2025-10-20")]),
    # a holiday takes the year written after a preposition; the year stays a mention
    ("holiday-in-year", "en", "The campaign began on Christmas Eve in 2000.", NOV_2006,
     [("Christmas Eve", "2000-12-24"), ("2000", "2000")]),
    ("look-forward", "en", "Beijing was looking forward to the visit in May, he said.",
     dt.date(1997, 4, 7), [("May", "1997-05")]),
    # a quarter written with its year or its closing day
    ("year-final-quarter", "en", "Growth was 1.3 pct in the 1985 final quarter.", MAR_1987,
     [("1985 final quarter", "1985-Q4")]),
    ("year-last-quarter", "en", "GDP UP 4.7 PCT IN 1986 LAST QUARTER", MAR_1987,
     [("1986 LAST QUARTER", "1986-Q4")]),
    ("possessive-year", "en", "It earned more than in 1985's fourth quarter.", MAR_1987,
     [("1985's fourth quarter", "1985-Q4")]),
    ("fiscal-between", "en", "It expects a small loss for the second fiscal quarter.", MAR_1987,
     [("second fiscal quarter", "1987-Q2")]),
    ("closed-in-this-year", "en", "For the third quarter ended January 31, it earned more.",
     MAR_1987, [("third quarter", "1987-Q3"), ("January 31", "1987-01-31")]),
    ("closed-last-year", "en", "For the second quarter ended November 30, it earned more.",
     MAR_1987, [("second quarter", "1986-Q2"), ("November 30", "1986-11-30")]),
    ("closed-with-the-year", "en", "For the fourth quarter and year ended December 31, 1985, "
     "it lost money.", MAR_1987, [("fourth quarter", "1985-Q4"), ("December 31, 1985",
     "1985-12-31")]),
    ("closed-hard-wrapped", "en", "It reported a loss for the third quarter ended\n    "
     "December 31 of 561,029 dlrs.", MAR_1987,
     [("third quarter", "1986-Q3"), ("December 31", "1986-12-31")]),
    # a story on last year's fourth quarter: its third quarter is last year's too
    ("after-reported-quarter", "en", "Output fell in the fourth quarter after it had dropped in "
     "the third quarter.", MAR_1987, [("fourth quarter", "1986-Q4"), ("third quarter", "1986-Q3")]),
    # named first, a quarter not yet begun that begins sooner is this year's (a fiscal one)
    ("fiscal-first-named", "en", "The grocer said net income for the third quarter rose.", MAR_1987,
     [("third quarter", "1987-Q3")]),
    ("expected-in", "en", "The company said completion is expected in the third quarter.",
     MAR_1987, [("third quarter", "1987-Q3")]),
    ("yr-ago", "en", "Shr profit 12 cts vs yr-ago loss of 17 cts.", MAR_1987,
     [("yr-ago", "1985-Q4")]),
    # a season alone, after a preposition and before punctuation
    ("bare-season", "en", "Demand for coal rises in winter.", dt.date(2006, 11, 14),
     [("winter", "2006-WI")]),
    ("season-next-month", "en", "Shelters must go up before the onset of winter.",
     dt.date(2005, 11, 29), [("winter", "2005-WI")]),
    ("season-kind", "en", "Farmers planted winter wheat and spring barley.", MAR_1987, []),
    ("season-verb", "en", "Prices may fall.", MAR_1987, []),
    ("musim-alone", "id", "Haji biasanya berlangsung di musim panas.", JUN_2025, []),
    # "current account" across a hard-wrapped line is a balance, not a time
    ("current-account-wrapped", "en", "Thursday's U.K. Current\naccount figures", MAR_1987,
     [("Thursday", "1987-03-12")]),
    # centuries counted from the reference; "the past century" is a span
    ("this-century", "en", "By the end of this century, growth will slow.", dt.date(1989, 6, 1),
     [("this century", "19XX")]),
    ("abad-ini", "id", "Ekonomi terbesar dunia di pertengahan abad ini.", JUN_2025,
     [("abad ini", "20XX")]),
    ("abad-lalu", "id", "Pada abad lalu semua berubah.", JUN_2025, [("abad lalu", "19XX")]),
    ("past-century", "en", "One of the events of the past century.", dt.date(1989, 6, 1), []),
    # a comma glued between a weekday and its date, or after an outlet's name
    ("comma-glued-date", "id", "Acara digelar pada Kamis,19 Juni 2025 di Jakarta.", JUN_2025,
     [("Kamis,19 Juni 2025", "2025-06-19")]),
    ("comma-glued-weekday", "id", "Hal itu dikutip dari Antara,Kamis (19/6/2025).", JUN_2025,
     [("Kamis (19/6/2025)", "2025-06-19")]),
    ("comma-in-a-number", "id", "Harga naik menjadi Rp2,2025 juta.", JUN_2025, []),
    # a national day's ordinal anniversary is its year ("HUT RI ke-80": 1945 + 80)
    ("hut-ri", "id", "Persiapan HUT RI ke-80 dimulai di Istana.", JUN_2025,
     [("HUT RI ke-80", "2025-08-17")]),
    ("hut-ri-last", "id", "Upacara HUT Kemerdekaan RI ke 79 berlangsung khidmat.", JUN_2025,
     [("HUT Kemerdekaan RI ke 79", "2024-08-17")]),
    ("hari-kebangsaan", "ms", "Bendera dikibarkan sempena Hari Kebangsaan ke-68.", JUL_2025,
     [("Hari Kebangsaan ke-68", "2025-08-31")]),
    ("hut-ri-any-year", "id", "Lomba HUT RI selalu ramai diikuti warga.", JUN_2025, []),
    # a half or quarter of "tahun" alone is this year's; Malay "ST4 2024" (suku tahun)
    ("paruh-tahun", "id", "Paruh pertama tahun hampir berlalu.", JUN_2025,
     [("Paruh pertama tahun", "2025-H1")]),
    ("semester-school-year", "id", "Siswa masuk semester pertama tahun ajaran baru.", JUN_2025,
     []),
    ("st-quarter", "ms", "Hasil ST4 2024 meningkat kepada RM2 bilion.", JUL_2025,
     [("ST4 2024", "2024-Q4")]),
    ("dari-sekarang", "ms", "Empat bulan dari sekarang, terminal itu dibuka.", JUL_2025,
     [("Empat bulan dari sekarang", "2025-11")]),
    # a list or range shares a year written as a relative phrase, as a number
    ("list-last-year", "ms", "Harga naik pada Mac dan Mei tahun lalu.", JUL_2025,
     [("Mac", "2024-03"), ("Mei tahun lalu", "2024-05")]),
    ("range-this-year", "en", "Turnover from January to September this year rose.",
     dt.date(2005, 11, 11), [("January", "2005-01"), ("September this year", "2005-09")]),
    ("not-a-list", "id", "Pada Maret harga naik, dan Mei tahun lalu turun.", JUL_2025,
     [("Maret", "2025-03"), ("Mei tahun lalu", "2024-05")]),
    # a decimal point ends no sentence before a weekday; timetable verbs
    ("decimal-before-weekday", "en", "Prices will rise 2.5 percent on Friday.", NOV_2006,
     [("Friday", "2006-11-24")]),
    ("climaxes", "en", "The pilgrimage climaxes on nearby Mount Arafat on Wednesday.",
     dt.date(1997, 4, 15), [("Wednesday", "1997-04-16")]),
    ("no-earlier-than", "en", "Results are expected no earlier than Monday.",
     dt.date(2005, 11, 27), [("Monday", "2005-11-28")]),
    ("current-noun", "en", "The boat pushed against a strong current.", NOV_2006, []),
    # a participle after a noun and a comma is a past verb; after another participle, an
    # adjective of a list
    ("participle-after-comma", "en", "The assembly, elected in January, would remain.",
     NOV_2006, [("January", "2006-01")]),
    ("adjective-list", "en", "Output of refined, bleached oil in January will rise.", NOV_2006,
     [("January", "2007-01")]),
    ("entitled", "en", "CCTV will air a film, entitled Voyage, on Saturday.",
     dt.date(2006, 11, 3), [("Saturday", "2006-11-04")]),
    # with no cue, the weekend of a Friday's story is the coming one
    ("weekend-friday", "id", "Balapan MotoGP digelar akhir pekan di Mandalika.",
     dt.date(2025, 6, 6), [("akhir pekan", "2025-W23-WE")]),
    ("weekend-friday-past", "id", "Ia telah pergi pada akhir pekan.", dt.date(2025, 6, 6),
     [("akhir pekan", "2025-W22-WE")]),
    ("weekend-wednesday", "id", "Balapan MotoGP digelar akhir pekan di Mandalika.",
     dt.date(2025, 6, 4), [("akhir pekan", "2025-W22-WE")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "reference", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_the_words_around_a_date(
    language: str, text: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, reference, language) == expected


SETS = [
    ("ms-day-every-year", "ms", "Tahun kewangan itu berakhir pada 30 September setiap tahun."),
    ("ms-pair-every-year", "ms", "Hari Gawai disambut pada 1 dan 2 Jun setiap tahun."),
    ("ms-month-every-year", "ms", "Pesta itu diadakan pada April setiap tahun."),
    ("en-each-year", "en", "The coupon is payable December 14 each year."),
    ("en-every-year", "en", "It will be payable on April 26 every year to its holders."),
    ("id-market-day", "id", "Bagi Anda yang lahir pada weton Jumat Kliwon, rezeki datang."),
    ("ms-title", "ms", "Encik Sabtu Ismail, 61, berkata rumahnya dinaiki air."),
    ("ms-place", "ms", "Polis menyerbu rumah di Kampung Sabtu, Kuala Nerang."),
    (
        "id-days-off",
        "id",
        "Ganjil genap tidak berlaku pada hari Sabtu, Minggu, dan libur nasional.",
    ),
    ("en-days-off", "en", "The museum is closed on Sunday and holidays."),
]


@pytest.mark.parametrize(("language", "text"), [c[1:] for c in SETS], ids=[c[0] for c in SETS])
def test_a_recurring_day_or_a_name_is_no_date(language: str, text: str) -> None:
    """A day or month with "setiap tahun" / "every year" after it is a TimeML SET, as
    with "setiap" before it; a weekday with a Javanese market day is a weton; a weekday
    after a title or a place word is a name."""
    assert values(text, JUL_2025, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ms", "Ia datang pada 2 Jun.", [("2 Jun", "2025-06-02")]),
        ("ms", "Setiap tahun ia pulang pada 2 Jun.", [("2 Jun", "2025-06-02")]),
        ("id", "Ia datang Jumat lalu.", [("Jumat lalu", "2025-07-04")]),
        ("ms", "Prestasi lebih baik pada tahun semasa.", [("tahun semasa", "2025")]),
        ("ms", "Permintaan meningkat pada tahun-tahun mendatang.",
         [("tahun mendatang", "FUTURE_REF")]),
        ("id", "Kemudian hari ini ia datang.", [("hari ini", "2025-07-11")]),
        ("id", "Hal itu bisa menjadi masalah di kemudian hari.",
         [("kemudian hari", "FUTURE_REF")]),
        ("id", "Harga Pertamax (RON 92) hari ini naik.", [("hari ini", "2025-07-11")]),
        ("id", "Selama kurang lebih 3 (Tiga) bulan ini kami bekerja.", []),
        ("id", "Dalam dua hari ini harga naik.", []),
        ("id", "Ia datang pada Sabtu dan pulang Minggu.",
         [("Sabtu", "2025-07-05"), ("Minggu", "2025-07-06")]),
        ("en", "He arrived on Sunday, a holiday in the region.", [("Sunday", "2025-07-06")]),
    ],
)  # fmt: skip
def test_the_guards_keep_their_dates(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """What the new guards must not take away: a day with "setiap tahun" elsewhere in the
    sentence, a weekday with its own modifier, a count before "hari ini" that is not a
    name's number."""
    assert values(text, JUL_2025, language) == expected


@given(
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    reference=st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    word=st.sampled_from(("each year", "every year")),
)
def test_a_day_with_every_year_after_it_is_never_a_date(
    month: int, day: int, reference: dt.date, word: str
) -> None:
    text = f"The coupon is payable on {EN_MONTHS[month - 1]} {day} {word}."
    assert values(text, reference) == []


@given(
    closing=st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    after=st.integers(1, 150),
    ordinal=st.sampled_from(QUARTER_WORDS),
)
def test_a_quarter_closed_by_a_day_takes_that_days_year(
    closing: dt.date, after: int, ordinal: str
) -> None:
    """ "the third quarter ended January 31" is in the year of the day that closes it
    (TimeBank writes a fiscal quarter with its ordinal and that year), the day being
    the latest such day by the reference."""
    reference = closing + dt.timedelta(days=after)
    month = EN_MONTHS[closing.month - 1]
    text = f"For the {ordinal} quarter ended {month} {closing.day}, it earned more."
    found = values(text, reference)
    quarter = QUARTER_WORDS.index(ordinal) + 1
    assert found[0] == (f"{ordinal} quarter", f"{closing.year:04d}-Q{quarter}")
    assert found[1][1] == closing.isoformat()
