"""Date finding and resolution: example tables for the hard cases, then properties."""

from __future__ import annotations

import datetime as dt
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirekit import Anchor, Granularity, Span
from wirekit.parsers import dates
from wirekit.parsers._context import Context
from wirekit.parsers.dates import (
    find_dates,
    resolve_dates,
    resolve_year_closest,
    scan_dates,
)

REF = dt.date(2025, 7, 11)  # a Friday

ID_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ID_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


def values(text: str, reference: dt.date | None = REF, language: str | None = None) -> list:
    return [(m.text, m.value) for m in find_dates(text, reference=reference, language=language)]


CASES = [
    # Indonesian press forms
    (
        "id-weekday-dm",
        "Menlu bertemu di Kuala Lumpur, Kamis (10/7).",
        [("Kamis (10/7)", "2025-07-10")],
    ),
    # "besok" after a weekday: the coming one; with the press form's date, one mention
    (
        "id-weekday-dm-besok",
        "Sidang dilanjutkan Sabtu (12/7) besok.",
        [("Sabtu (12/7) besok", "2025-07-12")],
    ),
    ("id-weekday-besok", "Rapat digelar Kamis besok.", [("Kamis besok", "2025-07-17")]),
    (
        "id-weekday-besok-dm",
        "Tim turun Selasa besok (15/7).",
        [("Selasa besok (15/7)", "2025-07-15")],
    ),
    (
        "id-weekday-lalu-dm",
        "Pada Sabtu lalu (5/7), warga berkumpul.",
        [("Sabtu lalu (5/7)", "2025-07-05")],
    ),
    (
        "id-weekday-dmy-pod",
        "Hujan turun Minggu (28/12/2014) pagi.",
        [("Minggu (28/12/2014) pagi", "2014-12-28")],
    ),
    (
        "id-weekday-pod-dm",
        "Banjir surut Sabtu malam (12/7) setelah hujan reda.",
        [("Sabtu malam (12/7)", "2025-07-12")],
    ),
    (
        "id-weekday-pod-dmy",
        "Kapal itu merapat Minggu dini hari (8/6/2025) di Bitung.",
        [("Minggu dini hari (8/6/2025)", "2025-06-08")],
    ),
    (
        "id-weekday-dm-padded",
        "Menteri berbicara di Istana, Rabu ( 11/12/2013 ).",
        [("Rabu ( 11/12/2013 )", "2013-12-11")],
    ),
    (
        "id-weekday-range",
        "Festival digelar Sabtu-Minggu (12-13/7) di Bandung.",
        [("Sabtu-Minggu (12-13/7)", "2025-07-13")],
    ),
    (  # a span of weekdays with no date is a schedule (rule 33), no date
        "id-weekday-pair-no-date",
        "Sabtu-Minggu ia libur.",
        [],
    ),
    ("id-fixed-dm", "Polisi menangkap pelaku kemarin (10/7).", [("kemarin (10/7)", "2025-07-10")]),
    (
        "id-fixed-pod-dm",
        "Hujan turun kemarin sore (10/7).",
        [("kemarin sore (10/7)", "2025-07-10")],
    ),
    ("id-today-dmy", "Harga naik hari ini (11/7/2025).", [("hari ini (11/7/2025)", "2025-07-11")]),
    ("id-tomorrow-dm", "Sidang digelar besok (12/7) pagi.", [("besok (12/7)", "2025-07-12")]),
    (
        "id-weekday-full",
        "Rapat digelar Jumat, 13 Juni 2025.",
        [("Jumat, 13 Juni 2025", "2025-06-13")],
    ),
    ("id-bare-weekday", "Ia tiba di Jakarta, Sabtu.", [("Sabtu", "2025-07-05")]),
    ("id-senin-lalu", "Senin lalu ia pergi.", [("Senin lalu", "2025-07-07")]),
    ("id-jumat-pekan-lalu", "Ia datang Jumat pekan lalu.", [("Jumat pekan lalu", "2025-07-04")]),
    ("id-minggu-lalu-week", "Harga naik minggu lalu.", [("minggu lalu", "2025-W27")]),
    ("id-minggu-sunday", "Ia datang pada Minggu lalu.", [("Minggu lalu", "2025-07-06")]),
    ("id-minggu-lower", "Dalam satu minggu ia pergi.", []),
    (
        "id-fixed",
        "kemarin, kemarin lusa, besok, lusa, hari ini",
        [
            ("kemarin", "2025-07-10"),
            ("kemarin lusa", "2025-07-09"),
            ("besok", "2025-07-12"),
            ("lusa", "2025-07-13"),
            ("hari ini", "2025-07-11"),
        ],
    ),
    (
        "id-units",
        "pekan lalu, bulan lalu, tahun lalu, tahun ini, bulan depan",
        [
            ("pekan lalu", "2025-W27"),
            ("bulan lalu", "2025-06"),
            ("tahun lalu", "2024"),
            ("tahun ini", "2025"),
            ("bulan depan", "2025-08"),
        ],
    ),
    (
        "id-counted",
        "dua hari lalu, tiga pekan lalu, setahun lalu",
        [
            ("dua hari lalu", "2025-07-09"),
            ("tiga pekan lalu", "2025-W25"),
            ("setahun lalu", "2024"),
        ],
    ),
    ("id-edge", "awal pekan ini", [("awal pekan ini", "2025-W28")]),
    ("id-weekend", "akhir pekan lalu", [("akhir pekan lalu", "2025-W27-WE")]),
    (
        "id-absolute",
        "10 Juli 2025, Juli 2025, tahun 2024, tahun 1990-an",
        [
            ("10 Juli 2025", "2025-07-10"),
            ("Juli 2025", "2025-07"),
            ("tahun 2024", "2024"),
            ("tahun 1990-an", "199X"),
        ],
    ),
    (
        "id-refs",
        "Saat ini harga stabil; saat itu belum; kini naik.",
        [("Saat ini", "PRESENT_REF"), ("saat itu", "PAST_REF"), ("kini", "PRESENT_REF")],
    ),
    ("id-quarter", "kuartal III 2025", [("kuartal III 2025", "2025-Q3")]),
    # Malay
    (
        "ms-words",
        "semalam, kelmarin, minggu lepas",
        [("semalam", "2025-07-10"), ("kelmarin", "2025-07-09"), ("minggu lepas", "2025-W27")],
    ),
    # English
    ("en-on-thursday", "The minister spoke on Thursday.", [("Thursday", "2025-07-10")]),
    ("en-possessive", "Thursday's vote was close.", [("Thursday", "2025-07-10")]),
    (
        "en-last-next",
        "last Tuesday and next Friday",
        [("last Tuesday", "2025-07-08"), ("next Friday", "2025-07-18")],
    ),
    (
        "en-fixed",
        "yesterday, today, tomorrow",
        [("yesterday", "2025-07-10"), ("today", "2025-07-11"), ("tomorrow", "2025-07-12")],
    ),
    (
        "en-units",
        "last week, this month, next year, earlier this year",
        [
            ("last week", "2025-W27"),
            ("this month", "2025-07"),
            ("next year", "2026"),
            ("earlier this year", "2025"),
        ],
    ),
    ("en-ago", "two weeks ago", [("two weeks ago", "2025-W26")]),
    ("en-decade", "in the 1990s", [("1990s", "199X")]),
    ("en-year", "in 1987", [("1987", "1987")]),
    (
        "en-absolute",
        "July 10, 2025 and March 3, 1987",
        [("July 10, 2025", "2025-07-10"), ("March 3, 1987", "1987-03-03")],
    ),
    ("en-feb-26", "Feb 26", [("Feb 26", "2025-02-26")]),
    ("en-future-weekday", "The talks will resume on Tuesday.", [("Tuesday", "2025-07-15")]),
    ("en-may-verb", "Prices may rise.", []),
    ("en-may-month", "Talks began in May.", [("May", "2025-05")]),
    (
        "numeric",
        "10/7/2025 and 2025-07-10",
        [("10/7/2025", "2025-07-10"), ("2025-07-10", "2025-07-10")],
    ),
    # Not dates
    ("score", "Skor akhir (10/7) untuk tuan rumah.", []),
    ("copyright", "Copyright © ANTARA 2025", []),
    ("phone", "Telp. 2025 atau halaman 2025", []),
    ("inside-number", "Sebanyak 12025 orang dan 1.2025 ton", []),
    ("count", "Ada 2025 orang hadir.", []),
    # scraped copy glues the next word onto a year; a unit or time zone is no such glue
    ("glued-year", "Piala Dunia Antarklub 2025dianggap sepi.", [("2025", "2025")]),
    ("glued-unit", "Mesin 1500cc dan baterai 2000mAh; rapat 1900gmt.", []),
    ("year-code", "Seri 2025A dirilis.", []),
    ("year-before-points", "Pemenang mendapat sebanyak 2000 poin.", []),
    ("year-before-metres", "They climbed to 1900 metres above sea level.", []),
    ("year-in-a-plate", "Mobil bernopol W-1853-ON dan BL-2024-EZO ditahan.", []),
    ("year-range-after-a-capital", "Data BPS 2019-2020.", [("2019", "2019"), ("2020", "2020")]),
    # "the fall" of a price or a city is a decline; the season is "in the fall"
    ("fall-decline", "He blamed the fall in oil prices and the fall of the dollar.", []),
    ("fall-season", "Output will rise in the fall to a record.", [("the fall", "2025-FA")]),
    ("title-usa-today", "USA Today said it carried the ad.", []),
    ("title-india-today", "In an interview with India Today magazine, he spoke.", []),
    (
        "title-case-headline-today",
        "Stocks Get a Breather Today\nShares rose.",
        [("Today", "2025-07-11")],
    ),
    ("sentence-start-today", "He arrived. Today we have a chance.", [("Today", "2025-07-11")]),
    ("fall-decline-alone", "The fall was largely due to lower prices.", []),
    ("fall-decline-after-despite", "Despite the fall, sales held up.", []),
    ("fall-season-by", "The bill is to be completed by the fall.", [("the fall", "2025-FA")]),
    (
        "fall-season-paired",
        "Feed needs rose because of the fall and winter.",
        [("the fall", "2024-FA")],
    ),
    (
        "fall-season-with-its-year",
        "The plant opens in the fall of 2026.",
        [("the fall of 2026", "2026-FA")],
    ),
    ("year-end-of-year", "Reserves stood at 2.5 billion at year-end 1986.", [("1986", "1986")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_examples(text: str, expected: list) -> None:
    """Each example text yields exactly the expected (surface, value) mentions."""
    assert values(text) == expected


# Tense of the nearest verb decides a bare weekday (REF 2025-07-11 is a Friday).
TENSE_CASES = [
    ("said-after-will",
     "Indonesia will open two new ports, the transport minister said on Thursday.",
     "2025-07-10"),
    ("will-adjacent", "A winner will be named on Wednesday, officials said.", "2025-07-16"),
    ("will-resume", "The talks will resume on Tuesday.", "2025-07-15"),
    ("told-after-will", "Prices will rise, traders told Reuters on Monday.", "2025-07-07"),
    ("no-cue", "Shares fell 3 percent on Tuesday.", "2025-07-08"),
    ("ahead-of", "Police were deployed ahead of Sunday's election.", "2025-07-13"),
    ("await", "Makeshift stages await Sunday's festivities.", "2025-07-13"),
    ("flies", "The minister flies into Tokyo on Monday.", "2025-07-14"),
    ("opening", "He is in Beijing for a summit opening here Saturday.", "2025-07-12"),
    ("continues-until", "The fair, which continues until Saturday, opened.", "2025-07-12"),
    ("celebrates", "Ukraine celebrates five years of independence on Saturday.", "2025-07-12"),
    ("same-day", "The minister spoke on Friday.", "2025-07-11"),
    ("kata-after-akan", "Pemerintah akan membuka pelabuhan, kata menteri, Kamis.", "2025-07-10"),
    ("akan-adjacent", "Menteri akan meresmikan pelabuhan itu pada Senin.", "2025-07-14"),
    ("ujarnya", "Kami akan terus bekerja, ujarnya di Jakarta, Rabu.", "2025-07-09"),
    ("dijadwalkan", "Sidang dijadwalkan digelar Selasa.", "2025-07-15"),
    ("depan", "Sidang digelar Kamis depan.", "2025-07-17"),
    ("next", "The vote is next Thursday.", "2025-07-17"),
    ("initial-then-will", "On Thursday, officials will meet.", "2025-07-17"),
    ("headline-infinitive", "FRANCE TO SIGN DISNEYLAND CONTRACT ON THURSDAY\nParis signs.",
     "2025-07-17"),
    ("headline-up-to", "PRICES CUT UP TO 5 PCT ON THURSDAY\nPrices fell.", "2025-07-10"),
    ("reported-clause-then-would", "The firm voted, announcing that on Thursday it would "
     "end the lockout.", "2025-07-17"),
    ("said-on-then-would", "The firm said on Thursday it would end the lockout.",
     "2025-07-10"),
    ("bahwa-pada-then-akan", "Ia mengatakan bahwa pada Kamis akan digelar rapat.",
     "2025-07-17"),
    ("opening-phrase-then-expected", "In his Thursday speech, the premier is expected to "
     "name a cabinet.", "2025-07-17"),
    ("opening-phrase-then-said", "In his Thursday speech, the premier named a cabinet.",
     "2025-07-10"),
    ("abbrev-not-sentence-end", "He will succeed Daniel P. Davison on Monday.", "2025-07-14"),
    ("due", "The trade minister is due in Nairobi on Tuesday.", "2025-07-15"),
    ("weekday-last-week", "The board met on Tuesday of last week.", "2025-07-01"),
    ("hard-wrapped-line", "Union leaders said they will\nmeet the owners on Thursday.",
     "2025-07-17"),
    ("weekday-next-week", "Names will be announced on Monday next week.", "2025-07-14"),
    ("were-to", "Strikes were to halt flights until Thursday, unions said earlier.", "2025-07-17"),
    ("timetable-begins", "The council meeting, which begins on Tuesday, is its first.",
     "2025-07-15"),
    ("timetable-departs", "The premier departs on Sunday for a tour of the region.",
     "2025-07-13"),
    ("hosts-is-a-noun", "He told his hosts on Tuesday that the talks went well.", "2025-07-08"),
    ("timetable-meet", "The two leaders meet separately on Monday with the envoy.", "2025-07-14"),
    ("timetable-host", "United host Blackburn on Sunday.", "2025-07-13"),
    ("starting", "Rebels set a 60-day deadline starting Thursday, aid workers said.",
     "2025-07-17"),
    ("beginning-on", "Talks beginning on Monday were announced by the envoy.", "2025-07-14"),
    ("could-be", "An accord could be reached by Monday, he said.", "2025-07-14"),
    ("could-not-is-past", "The spokesman could give no reason for the peak on Tuesday.",
     "2025-07-08"),
    # "ini" / "this": the day of ref's week, or the coming one after a future cue
    ("this-week-day", "Rapat digelar Senin ini.", "2025-07-07"),
    ("this-coming-day", "Perhimpunan akan diadakan pada Isnin ini.", "2025-07-14"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"), [c[1:] for c in TENSE_CASES], ids=[c[0] for c in TENSE_CASES]
)
def test_bare_weekday_follows_nearest_tense_cue(text: str, value: str) -> None:
    """A bare weekday looks forward only when the tense cue nearest it is a future one."""
    assert [m.value for m in find_dates(text, reference=REF)] == [value]


FAR_MODAL_EN = (
    "His aides said Arafat would hold the weekly meeting of the Palestinian self-rule "
    "Authority's cabinet in Nablus on Saturday."
)
FAR_MODAL_ID = (
    "Menteri akan menghadiri pertemuan tahunan para pemimpin daerah dari seluruh provinsi "
    "yang digelar di gedung baru di Jakarta, Sabtu."
)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (FAR_MODAL_EN, "en", "2025-07-12"),  # "would" 92 characters back: within 130
        (FAR_MODAL_EN, None, "2025-07-05"),  # id+ms+en: the first language's reach, 90
        (FAR_MODAL_ID, "id", "2025-07-05"),  # Indonesian looks 90 characters back
    ],
    ids=["en-130", "default-90", "id-90"],
)
def test_weekday_cue_reach_is_the_languages(text: str, language: str | None, value: str) -> None:
    assert [m.value for m in find_dates(text, reference=REF, language=language)] == [value]


# A bare weekday named earlier with its date, within a week of the reference, is that
# day unless the tense points the other way (docs/dates.md, rule 29). Texts written here.
WRITTEN_WEEKDAY_CASES = [
    ("id-coming-meeting",
     "OPEC akan bersidang di Wina pada Kamis (27/11/2014). Venezuela mendesak pemangkasan "
     "produksi pada pertemuan Kamis itu.", dt.date(2014, 11, 26),
     [("Kamis (27/11/2014)", "2014-11-27", "weekday+dmy"),
      ("Kamis", "2014-11-27", "bare-weekday-written")]),
    ("en-expiring", "The advances expire on Monday, March 9. Dealers expect the bank to roll "
     "over the funds expiring Monday.", dt.date(1987, 3, 6),
     [("Monday, March 9", "1987-03-09", "weekday+date"),
      ("Monday", "1987-03-09", "bare-weekday-written")]),
    ("id-day-written-alone", "Cuti bersama jatuh pada 6 Juni. Kantor tutup pada hari Jumat.",
     dt.date(2025, 6, 2),
     [("6 Juni", "2025-06-06", "year-closest"), ("Jumat", "2025-06-06", "bare-weekday-written")]),
    ("en-tense-disagrees", "New rules take effect on Tuesday, March 3. On Tuesday, the ministry "
     "allowed banks to lend more.", dt.date(1987, 2, 26),
     [("Tuesday, March 3", "1987-03-03", "weekday+date"),
      ("Tuesday", "1987-02-24", "bare-weekday-past")]),
    ("id-written-too-far", "Rapat pertama digelar Senin (5/5). Menteri kembali hadir Senin.",
     dt.date(2025, 6, 11),
     [("Senin (5/5)", "2025-05-05", "weekday+dm"), ("Senin", "2025-06-09", "bare-weekday-past")]),
    ("id-modifier-wins", "Sidang digelar Kamis (10/7). Sidang lanjutan digelar Kamis depan.",
     dt.date(2025, 7, 11),
     [("Kamis (10/7)", "2025-07-10", "weekday+dm"), ("Kamis depan", "2025-07-17", "weekday-next")]),
    ("pointed-day-written", "Final digelar 5 Juli tahun ini. Tim berangkat Sabtu.",
     dt.date(2025, 7, 1),
     [("5 Juli tahun ini", "2025-07-05", "year-relative"),
      ("Sabtu", "2025-07-05", "bare-weekday-written")]),
    ("mismatch-not-used", "Rapat digelar Senin (9/5/2025). Laporan terbit pada Jumat.",
     dt.date(2025, 6, 9),
     [("Senin (9/5/2025)", "2025-05-09", "weekday+dmy"),
      ("Jumat", "2025-06-06", "bare-weekday-past")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [c[1:] for c in WRITTEN_WEEKDAY_CASES],
    ids=[c[0] for c in WRITTEN_WEEKDAY_CASES],
)
def test_bare_weekday_takes_the_day_written_earlier(
    text: str, ref: dt.date, expected: list
) -> None:
    """ "pertemuan Kamis" after "Kamis (27/11/2014)" is that Thursday, even ahead of the
    reference; a past cue, a modifier, a mismatched or distant day keep the usual rule."""
    found = find_dates(text, reference=ref)
    assert [(m.text, m.value, m.anchor.rule) for m in found] == expected


def test_written_weekday_needs_a_reference() -> None:
    """Without a reference a bare weekday stays unresolved, even after a written day."""
    found = find_dates("Sidang digelar Kamis (10/7/2025). Hakim hadir Kamis.", reference=None)
    assert [(m.text, m.value) for m in found] == [
        ("Kamis (10/7/2025)", "2025-07-10"),
        ("Kamis", None),
    ]


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.integers(-6, 6),
)
def test_bare_weekday_after_its_written_day(ref: dt.date, gap: int) -> None:
    """After "<weekday> (d/m/yyyy)" within a week of any reference, a bare weekday of the
    same name with no tense cue is that day."""
    day = ref + dt.timedelta(days=gap)
    name = ID_WEEKDAYS[day.weekday()]
    text = f"Rapat digelar {name} ({day.day}/{day.month}/{day.year}). Menteri hadir {name} pagi."
    found = find_dates(text, reference=ref, language="id")
    assert [m.date for m in found] == [day, day]
    assert found[1].anchor == Anchor("bare-weekday-written", day)


OTHER_CASES = [
    ("year-range", "Krisis 1997-1998 dan periode 2014\u20132016.",
     [("1997", "1997"), ("1998", "1998"), ("2014", "2014"), ("2016", "2016")]),
    ("current-ref", "The current rate is low.", [("current", "PRESENT_REF")]),
    ("current-unit", "in the current quarter", [("the current quarter", "2025-Q3")]),
    ("fiscal-year", "the current fiscal year", [("the current fiscal year", "2025")]),
    ("the-past-unit", "over the past year", [("the past year", "2024")]),
    ("month-nearest", "Shipments resume in November.", [("November", "2025-11")]),
    ("month-past-cue", "Exports rose in January.", [("January", "2025-01")]),
    ("month-then-its-verb", "Iran in November stopped allowing access.",
     [("November", "2024-11")]),
    ("month-then-a-noun", "November crude settled at 20 dlrs.", [("November", "2025-11")]),
    ("md-future-cue", "The dividend will be payable Feb. 1.", [("Feb. 1", "2026-02-01")]),
    ("due-month-past", "The coupon was due in January.", [("January", "2025-01")]),
    ("month-after-said", "MTS said the offer expires in October.", [("October", "2025-10")]),
    ("month-after-menyampaikan", "Ia menyampaikan, target Desember adalah target perusahaan.",
     [("Desember", "2025-12")]),
    ("dm-lalu-far", "Kasus itu bermula pada 3 Desember lalu.",
     [("3 Desember lalu", "2024-12-03")]),
    ("dm-lalu-near", "Kasus itu bermula pada 3 Juli lalu.", [("3 Juli lalu", "2025-07-03")]),
    ("dm-mendatang", "Sidang digelar 5 Maret mendatang.", [("5 Maret mendatang", "2026-03-05")]),
    ("dm-ini", "Sidang digelar 20 Juli ini.", [("20 Juli ini", "2025-07-20")]),
    ("dm-kemarin", "Tanggal 2 Juni kemarin kami sudah bertemu.",
     [("2 Juni kemarin", "2025-06-02")]),
    ("md-last", "A duty was set last Oct. 17 on the imports.", [("last Oct. 17", "2024-10-17")]),
    ("md-period-ended", "Profit rose in the period ended Nov. 30.", [("Nov. 30", "2024-11-30")]),
    ("md-months-to", "Six months to Dec 31\nShr 2.6 cents vs 5.2", [("Dec 31", "2024-12-31")]),
    ("md-year-to-heading", "ACME LTD - YEAR TO DEC 31\nNet profit 5 mln",
     [("DEC 31", "2024-12-31")]),
    ("md-fiscal-year-to-its-end", "Profit rose in the 2024/25 financial year to Sept 30.",
     [("2024", "2024"), ("25", "2025"), ("Sept 30", "2025-09-30")]),
    ("md-results-heading-year", "TFC CORP <TFCS> YEAR NOV 30 LOSS\nShr loss 12 cts",
     [("NOV 30", "2024-11-30")]),
    ("md-results-heading-months", "SYLVAN CORP NINE MONTHS DEC 31\nShr 40 cts",
     [("DEC 31", "2024-12-31")]),
    ("md-year-changed-to", "It changed the end of its fiscal year to Dec 31.",
     [("Dec 31", "2025-12-31")]),
    ("md-since", "The plant has been shut since December 19.", [("December 19", "2024-12-19")]),
    ("md-as-of", "As of October 31, the bank held 2 billion.", [("October 31", "2024-10-31")]),
    ("dm-sejak", "Pabrik itu tutup sejak 19 Desember.", [("19 Desember", "2024-12-19")]),
    ("md-redeem-ahead", "It will redeem the notes on October 22.", [("October 22", "2025-10-22")]),
    ("md-next", "The talks end next March 3.", [("next March 3", "2026-03-03")]),
    ("md-last-year", "Prices peaked on August 25 last year.",
     [("August 25 last year", "2024-08-25")]),
    ("dm-tahun-depan", "Aturan berlaku 1 Januari tahun depan.",
     [("1 Januari tahun depan", "2026-01-01")]),
    ("dm-sentence-ends", "Perayaan jatuh pada 18 Juni. Ini momen penting.",
     [("18 Juni", "2025-06-18")]),
    ("abbrev-year-phrase", "Prices peaked in Jan. last year.", [("Jan. last year", "2024-01")]),
    ("month-of-last-year", "Attacks rose since mid-March of last year.",
     [("mid-March of last year", "2024-03")]),
    ("day-of-last-year", "On March 18 of last year it fell.",
     [("March 18 of last year", "2024-03-18")]),
    ("month-of-this-year", "It is to be sold in July of this year.",
     [("July of this year", "2025-07")]),
    ("abbrev-acronym", "Kami butuh fasilitas MRT ini.", []),
    ("range-start-hingga", "Festival digelar 9 hingga 15 Juli 2025.",
     [("9", "2025-07-09"), ("15 Juli 2025", "2025-07-15")]),
    ("range-start-month-before", "Pameran dibuka 30 sampai dengan 2 Agustus.",
     [("30", "2025-07-30"), ("2 Agustus", "2025-08-02")]),
    ("range-start-not-a-number", "Harga naik dari Rp 2.500 hingga 15 Juli.",
     [("15 Juli", "2025-07-15")]),
    ("sebelumnya-past-cue", "Mereka menang 3-1 pada pertandingan sebelumnya di bulan November.",
     [("November", "2024-11")]),
    ("from-today", "The rules apply a month from today.", [("a month from today", "2025-08")]),
    ("dari-sekarang", "Aturan berlaku dua minggu dari sekarang.",
     [("dua minggu dari sekarang", "2025-W30")]),
    ("season-year", "Sales peaked in spring 2024.", [("spring 2024", "2024-SP")]),
    ("season-year-id", "Ia pindah pada musim panas 2023.", [("musim panas 2023", "2023-SU")]),
    ("fall-verb", "Sales fall 2025 units short.", []),
    ("month-tahun-year", "Grup itu debut pada September tahun 2023, lalu hiatus dua bulan "
     "setelahnya.", [("September tahun 2023", "2023-09"), ("dua bulan setelahnya", "2023-11")]),
    ("qtr-headline", "ACME CORP 4TH QTR NET", [("4TH QTR", "2025-Q4")]),
    ("qtr-current", "Shr profit for the current qtr rose.", [("the current qtr", "2025-Q3")]),
    ("early-this-month-last", "Festival itu digelar awal Juli lalu.",
     [("awal Juli lalu", "2025-07")]),
    ("bare-this-month-last", "Festival itu digelar Juli lalu.", [("Juli lalu", "2024-07")]),
    ("late-this-month-last", "Festival itu digelar akhir Juli lalu.",
     [("akhir Juli lalu", "2024-07")]),
    ("half-of-the-year", "Growth slowed in the first half of the year.",
     [("first half of the year", "2025-H1")]),
    ("half-of-last-year", "The bid came in the second half of last year.",
     [("second half of last year", "2024-H2")]),
    ("quarter-of-next-year", "Output starts in the first quarter of next year.",
     [("first quarter of next year", "2026-Q1")]),
    ("end-of-the-month", "Troops should arrive by the end of the month.",
     [("the end of the month", "2025-07")]),
    ("end-of-the-week", "Rates were seen rising toward the end of the week.",
     [("the end of the week", "2025-W28")]),
    ("end-of-the-month-of", "The sale ends at the end of the month of June.",
     [("June", "2025-06")]),
    ("later-in-the-day", "The bank will give details later in the day.",
     [("later in the day", "2025-07-11")]),
    ("later-in-the-day-after-weekday", "The envoy landed on Tuesday and met the king later in "
     "the day.", [("Tuesday", "2025-07-08"), ("later in the day", "2025-07-08")]),
    ("earlier-in-the-day-far-date", "Polls open on Jan. 25. Earlier in the day, police fired "
     "tear gas.", [("Jan. 25", "2025-01-25"), ("Earlier in the day", "2025-07-11")]),
    ("later-that-day", "The fire started on Tuesday. Later that day, the roads were closed.",
     [("Tuesday", "2025-07-08"), ("Later that day", "2025-07-08")]),
    ("year-ago-adjective", "Profit rose from the year-earlier quarter.",
     [("the year-earlier quarter", "2024-Q2")]),
    ("end-month", "Reserves fell at end-May and rose by end June.",
     [("end-May", "2025-05"), ("end June", "2025-06")]),
    ("end-is-a-verb-before-a-day", "The offer will end June 5.", [("June 5", "2026-06-05")]),
    ("end-of-the-decade", "Output should double by the end of the decade.",
     [("the end of the decade", "202X")]),
    ("the-present-year", "Exports in the present year are flat.",
     [("the present year", "2025")]),
    ("weeks-before-for-a-while", "He stayed for two weeks before leaving.", []),
    ("weeks-before-at-clause-end", "He had left two weeks before.",
     [("two weeks before", "2025-W26")]),
    ("year-before-to", "Debt rose from a year before to 9 billion.",
     [("a year before", "2024")]),
    ("the-past-count-of-things", "Turnout fell in the past four elections.", []),
    ("year-ended-a-year-earlier", "Net profit in the year ended Nov. 30, 2023 fell from a "
     "year earlier.", [("the year", "2023"), ("Nov. 30, 2023", "2023-11-30"),
                       ("a year earlier", "2022")]),
    ("year-earlier-after-a-year", "Exports rose in 2023 from a year earlier.",
     [("2023", "2023"), ("a year earlier", "2022")]),
    ("year-before-after-a-year", "Clashes were 1,200 during 2021 and 900 a year before.",
     [("2021", "2021"), ("a year before", "2020")]),
    ("year-earlier-after-a-month", "Orders in February rose 17 pct from a year earlier.",
     [("February", "2025-02"), ("a year earlier", "2024-02")]),
    ("year-earlier-after-two-months", "Output fell to 104,353 tonnes in January from "
     "112,262 in\nDecember and 105,715 a year earlier.",
     [("January", "2025-01"), ("December", "2024-12"), ("a year earlier", "2024-01")]),
    ("year-earlier-after-a-compared-month", "Corn use totalled 993,156 tonnes, against "
     "1.20 mln in December and 896,718 a year earlier.",
     [("December", "2025-12"), ("a year earlier", "2024")]),
    ("years-earlier-after-a-year", "It stood at 3,200 billion at end-2023, against 400 "
     "billion 10 years earlier.", [("end-2023", "2023"), ("10 years earlier", "2013")]),
    ("year-earlier-after-a-sentence-end", "Exports rose in 2023. A year earlier they fell.",
     [("2023", "2023"), ("A year earlier", "2024")]),
    ("year-ago-stays-deictic", "Exports rose in 2023 from a year ago.",
     [("2023", "2023"), ("a year ago", "2024")]),
    ("year-ended-then-another-period", "For the year ended Nov. 30, 2023 it earned 9 mln. "
     "Nine month earnings fell from a year before.",
     [("the year", "2023"), ("Nov. 30, 2023", "2023-11-30"), ("a year before", "2024")]),
    ("hard-wrapped-span-from-an-event", "Tax is due nine months after\nthe end of the "
     "period.", []),
    ("previously-planned-is-past", "The attack began as previously planned Saturday night.",
     [("Saturday night", "2025-07-05")]),
    ("old-year-opens-a-range", "The Qing Dynasty (1644-1911) fell; 1500-1600 tonnes moved.",
     [("1644", "1644"), ("1911", "1911")]),
    ("after-an-event", "It joined a year after independence, two weeks after the vote.",
     []),
    ("after-at-clause-end", "It fell in 2020. A year after, it rose.",
     [("2020", "2020"), ("A year after", "2021")]),
    ("for-a-count-range-before", "Ash will fall for one to two weeks before abating.", []),
    # TimeBank leaves these out ("the weeks ahead" is a DURATION)
    ("ahead-and-moment", "Prices may rise in the months ahead; at the moment they are flat.",
     []),
    ("planned-weekday", "An announcement was planned in Chicago Wednesday; talks were "
     "adjourned until Monday.", [("Wednesday", "2025-07-16"), ("Monday", "2025-07-14")]),
    ("may-day", "Workers marched during May Day rallies.", [("May Day", "2025-05-01")]),
    ("award-title", "He was voted European Player of the Year.", []),
    ("comparison-base-is-past", "It will pay five cents, down from 15 cents in December.",
     [("December", "2024-12")]),
    ("should-quarter-ahead", "The firm should return to profit in the second quarter.",
     [("second quarter", "2025-Q2")]),
    # a part of day between a weekday and its written date: one mention
    ("weekday-pod-date", "Rekaman itu batal pada Kamis malam, 22 Mei 2025, kata dia.",
     [("Kamis malam, 22 Mei 2025", "2025-05-22")]),
    ("weekday-pod-date-en", "The blast came on Thursday night, May 22, police said.",
     [("Thursday night, May 22", "2025-05-22")]),
    ("hari-kemarin", "Pada hari kemarin, kami rapat.", [("hari kemarin", "2025-07-10")]),
    # uncounted days ahead or behind: a REF, as for weeks and months
    ("some-days-ahead", "Harga akan naik beberapa hari mendatang.",
     [("beberapa hari mendatang", "FUTURE_REF")]),
    ("coming-days", "The coming days will show it.", [("The coming days", "FUTURE_REF")]),
    # "the year of 2006" names its year once; an amount after "of" is no year
    ("the-year-of-year", "He noted the year of 2006 will be an anniversary.", [("2006", "2006")]),
    ("the-year-of-amount", "It reported a loss for the year of 1,512,534 dlrs.",
     [("the year", "2025")]),
    ("tidak-lama-lagi", "Momen itu tidak lama lagi akan terjadi.",
     [("tidak lama lagi", "FUTURE_REF")]),
    # a day spelled as Reuters spells one to nine; a count after a month is none
    ("spelled-day", "The dividend will be paid May one to holders.", [("May one", "2026-05-01")]),
    ("spelled-day-year", "Effective July One, 1986, it bought the unit.",
     [("July One, 1986", "1986-07-01")]),
    ("spelled-count", "In March two companies merged.", [("March", "2025-03")]),
    ("fall-out", "Officials refused to give details of the fall-out.", []),
    # a month "of that year" takes the year written last, and a list before it too
    ("month-of-that-year", "Due in April 1989, the rest come in May and September of that "
     "year.", [("April 1989", "1989-04"), ("May", "1989-05"), ("September", "1989-09"),
               ("that year", "1989")]),
    ("may-after-for", "Elections are planned for May.", [("May", "2025-05")]),
    # a year "of" after a day range; a sentence's full stop ends a month before a year
    ("days-of-year", "The meeting is on Dec. 11-13 of 2007.",
     [("Dec. 11-13 of 2007", "2007-12-11")]),
    ("month-stop-year", "Dibuka April hingga Juni. Tahun 2023 misalnya ramai.",
     [("April", "2025-04"), ("Juni", "2025-06"), ("Tahun 2023", "2023")]),
    ("team-name", "Newcastle 1 Sheffield Wednesday 2", []),
    # a year that opens the sentence, or a period a day closes, frames a year-less day
    ("year-opens-sentence", "Harga naik. Tahun 2023 misalnya, pendaftaran dibuka 1 April.",
     [("Tahun 2023", "2023"), ("1 April", "2023-04-01")]),
    ("pair-period-ends", "The deficit for fiscal 1986/87 ending March 31 will rise.",
     [("1986", "1986"), ("87", "1987"), ("March 31", "1987-03-31")]),
    ("year-opens-sentence-month", "In 1960, he was arrested in December.",
     [("1960", "1960"), ("December", "1960-12")]),
    ("year-inside-sentence", "He was born in 2020 and moved on 1 April.",
     [("2020", "2020"), ("1 April", "2025-04-01")]),
    # an older year after "in", "since", "sejak", "pada"; a count is none
    ("old-year", "The Dutch were the first settlers in 1652.", [("1652", "1652")]),
    ("old-count", "Output rose by 1500 tonnes, to 1650 in all.", []),
    # uncounted units ago are a REF; counted ones an offset, tens in words too
    ("decades-ago", "The group renounced violence decades ago.", [("decades ago", "PAST_REF")]),
    ("thirty-years-ago", "Thirty years ago the plant opened.", [("Thirty years ago", "1995")]),
    ("digits-years-ago", "The pyramid was built 4,500 years ago.", []),
    # a deadline ahead: the quarter under way, where "the quarter" is the latest reported
    ("before-quarter-end", "Funds buy stocks before the end of the quarter.",
     [("the quarter", "2025-Q3")]),
    ("the-quarter", "Profit rose in the quarter.", [("the quarter", "2025-Q2")]),
    ("spelled-may-verb", "The payout is may six to holders.", []),
    # the days of a list before its last, which writes the month
    ("day-list", "Penerbangan pada tanggal 23, 24, dan 25 Mei 2025 berhasil.",
     [("23", "2025-05-23"), ("24", "2025-05-24"), ("25 Mei 2025", "2025-05-25")]),
    ("last-days-of", "In the last days of the war, prices rose.", []),
    # a scaled count of years is an age; an amount of money is no count
    ("billions-of-years", "Bumi terbentuk sekira 4,5 miliar tahun lalu.", []),
    ("thousands-of-years", "Manusia berkomunikasi sejak ribuan tahun lalu.", []),
    ("money-this-year", "Anggarannya hampir Rp 25 miliar tahun ini.", [("tahun ini", "2025")]),
    # the last day of a range opened by "from": a mention of its own
    ("from-to-day", "The forum will be held from Nov. 4 to 5.",
     [("Nov. 4", "2025-11-04"), ("5", "2025-11-05")]),
    ("to-no-range", "The index rose from 9 on May 4 to 10 on May 5.",
     [("May 4", "2025-05-04"), ("May 5", "2025-05-05")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in OTHER_CASES], ids=[c[0] for c in OTHER_CASES]
)
def test_more_examples(text: str, expected: list) -> None:
    """Year ranges, REF words and quarter phrases resolve as TimeML annotates them."""
    assert values(text) == expected


# TimeBank conventions (docs/dates.md, rules 12-17); REF is Friday 2025-07-11.
TIMEML_CASES = [
    ("spelled-year", "The bombing in Atlanta, nineteen ninety-six, was solved.",
     [("nineteen ninety-six", "1996")]),
    ("month-spelled-year", "January nineteen ninety-seven.",
     [("January nineteen ninety-seven", "1997-01")]),
    ("year-two-thousand", "Jobs were promised by the year two thousand.",
     [("the year two thousand", "2000")]),
    ("two-thousand-is-a-number", "About two thousand people came.", []),
    ("season-of-spelled-year", "It was cold in the winter of nineteen ninety-four.",
     [("the winter of nineteen ninety-four", "1994-WI")]),
    ("the-season-past", "Demand held up over the summer.", [("the summer", "2025-SU")]),
    ("the-season-future", "Sales will pick up in the spring.", [("the spring", "2026-SP")]),
    ("century-en", "one of the great crashes of the 20th century", [("the 20th century", "19XX")]),
    ("century-id", "Candi dari abad ke-9 itu dipugar.", [("abad ke-9", "08XX")]),
    ("the-year", "For the year, sales rose 4%.", [("the year", "2025")]),
    ("year-end", "The deal should close by year-end.", [("year-end", "2025")]),
    ("end-of-the-year", "by the end of the year", [("the end of the year", "2025")]),
    ("the-year-before", "Sales were flat the year before.", [("the year before", "2024")]),
    ("the-year-before-event", "Sales were flat the year before the merger.", []),
    ("the-month-before-anaphor", "In March 2019 exports rose from the month before.",
     [("March 2019", "2019-03"), ("the month before", "2019-02")]),
    ("the-year-after-anaphor", "He left in 2001 and returned the year after, aides said.",
     [("2001", "2001"), ("the year after", "2002")]),
    ("the-year-of", "It was the year of the snake.", []),
    ("colon-after-date", "An editorial on Saturday, July 5: The court",
     [("Saturday, July 5", "2025-07-05")]),
    ("title-case-programme", 'The minister, speaking on ABC\'s "This Week," said so.', []),
    ("sentence-initial-this-week", "This week, prices rose.", [("This week", "2025-W28")]),
    ("plural-unit-future", "Growth may slow in coming months.", [("coming months", "FUTURE_REF")]),
    ("plural-unit-past", "There were sell programs in past years, too.",
     [("past years", "PAST_REF")]),
    ("effective-date-ahead", "The chairman's office is effective Feb. 1.",
     [("Feb. 1", "2026-02-01")]),
    ("future-cue-recent-date-stays", "The rule will apply to trades since July 2.",
     [("July 2", "2025-07-02")]),
    ("year-quarter", "Profit fell from the 1988 quarter.", [("1988", "1988-Q2")]),
    ("edge-month-no-direction", "Prices are highest in the middle of October.",
     [("the middle of October", "2025-10")]),
    ("last-half-of-year", "Margins will be thinner in the last half of 2024.",
     [("the last half of 2024", "2024-H2")]),
    ("first-two-quarters", "Orders should stay weak through the first two quarters of 2026.",
     [("first two quarters of 2026", "2026-H1")]),
    ("last-quarter-of-year", "Shipments peaked in the last quarter of 2023.",
     [("the last quarter of 2023", "2023-Q4")]),
    ("last-quarter-alone", "Shipments peaked last quarter.", [("last quarter", "2025-Q2")]),
    ("expects-to-looks-forward", "The group said it expects to open the plant in March.",
     [("March", "2026-03")]),
    ("agreed-to-looks-forward", "The bank agreed to sell the unit to a rival in February.",
     [("February", "2026-02")]),
    ("said-stays-past", "The group said it opened the plant in March.", [("March", "2025-03")]),
    ("cue-within-90-chars",
     "The airline will nearly double its weekly flights between Perth and Colombo by April.",
     [("April", "2026-04")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in TIMEML_CASES], ids=[c[0] for c in TIMEML_CASES]
)
def test_timeml_conventions(text: str, expected: list) -> None:
    """Spelled years, seasons, centuries, "the year", plural units follow TimeBank's conventions."""
    assert values(text, language="en" if "abad" not in text else "id") == expected


@pytest.mark.parametrize("language", ["en", None, "id"])
def test_dateline_month_of_another_locale(language: str | None) -> None:
    """A dateline date part in Italian or Spanish resolves whatever the body's language."""
    for text, span, value in [
        ("(ANSA) - ROMA, 1 LUG - Il governo", Span(15, 20), "2025-07-01"),
        ("Londres, 21 mar (EFE).- El", Span(9, 15), "2025-03-21"),
    ]:
        found = find_dates(text, span, reference=REF, language=language)
        assert [m.value for m in found] == [value]


def test_any_locale_flag() -> None:
    """any_locale=True reads other locales' month names in running text too."""
    assert values("Il 1 lug", language="en") == []
    found = find_dates("Il 1 lug", reference=REF, language="en", any_locale=True)
    assert [m.value for m in found] == ["2025-07-01"]


ANY_LOCALE_REGIONS = [
    ("de-dotted-day", "Berlin, 10. Juli 2025", [("10. Juli 2025", "2025-07-10")]),
    ("es-de-year-replaces-bare-year", "MADRID, 21 de marzo de 2024",
     [("21 de marzo de 2024", "2024-03-21")]),
    ("fr-month-word", "PARIS, 3 juillet", [("3 juillet", "2025-07-03")]),
    ("non-month-word-skipped", "Hari 11 Juli", [("11 Juli", "2025-07-11")]),
    ("sentence-stop-left-out", "ROMA, 1 LUG.", [("1 LUG", "2025-07-01")]),
    ("no-month-word", "ROMA, 11 uomini", []),
    ("impossible-day", "ROMA, 31 feb", []),
    ("score", "EARNS PSV 4-1 WIN.", []),  # "win" is a month only in some locale
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in ANY_LOCALE_REGIONS],
    ids=[c[0] for c in ANY_LOCALE_REGIONS],
)
def test_short_region_falls_back_to_every_locale_month(text: str, expected: list) -> None:
    """A short region with no day found reads day + month words of any locale."""
    found = find_dates(text, Span(0, len(text)), reference=REF, language="en")
    assert [(m.text, m.value) for m in found] == expected


def test_locale_fallback_without_reference_reports_unresolved() -> None:
    """A year-less foreign day + month without a reference keeps its month and day, its
    year unknown, and is reported."""
    context = Context("en")
    found = find_dates("ROMA, 1 LUG -", Span(0, 13), language="en", context=context)
    assert [(m.text, m.value, m.date) for m in found] == [("1 LUG", "XXXX-07-01", None)]
    assert [d.code for d in context.diagnostics] == ["reldate.unresolved"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "PRESS DIGEST - Pakistan - August 29. A vote follows in March.",
            "en",
            [("August 29", "XXXX-08-29"), ("March", "XXXX-03")],
        ),
        (
            "Rapat digelar 5 Juni, setelah data Januari-Maret 2024 terbit.",
            "id",
            [("5 Juni", "XXXX-06-05"), ("Januari", "2024-01"), ("Maret 2024", "2024-03")],
        ),
        ("The vote was on Thursday, last week.", "en", [("Thursday", None), ("last week", None)]),
    ],
    ids=["en-day-and-month", "id-range-gives-its-year", "relative-stays-none"],
)
def test_year_less_dates_without_reference_keep_their_words(
    text: str, language: str, expected: list
) -> None:
    """With no reference, a written day or month keeps what the text says ("XXXX-08-29");
    relative expressions stay None; each is reported unresolved."""
    context = Context(language)
    found = find_dates(text, language=language, context=context)
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.date is None for m in found if m.value is None or m.value.startswith("X"))
    unresolved = {d.span for d in context.diagnostics if d.code == "reldate.unresolved"}
    assert unresolved == {m.span for m in found if m.value is None or m.value[0] == "X"}


def test_long_region_keeps_to_its_language() -> None:
    """Past the short-region size, foreign month words are not read without any_locale."""
    text = "Il governo ha deciso il 1 lug di rinviare il voto fino a nuovo ordine."
    assert find_dates(text, Span(0, len(text)), reference=REF, language="en") == ()


DATELINE_DATES = [
    ("March 3", "en", "2025-03-03"), ("23 Februari 2016", "id", "2016-02-23"),
    ("Aug 29, 2014", "en", "2014-08-29"), ("21 mar", "es", "2025-03-21"),
    ("1 LUG", "it", "2025-07-01"), ("January 21", "en", "2025-01-21"),
    ("1996-08-22", "en", "1996-08-22"), ("Sept. 2", "en", "2025-09-02"),
    ("13 Jan", "ms", "2025-01-13"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "value"), DATELINE_DATES, ids=[d[0] for d in DATELINE_DATES]
)
def test_dateline_date_parts(text: str, language: str, value: str) -> None:
    """Every dateline date shape resolves as the first mention of its span."""
    mentions = find_dates(
        f"X, {text} (Y)", Span(3, 3 + len(text)), reference=REF, language=language
    )
    assert mentions[0].value == value


def test_malay_edge_words() -> None:
    """Malay edges of a unit: "hujung", "penghujung", "awal" keep the unit's value."""
    assert values("penghujung tahun lepas", language="ms") == [("penghujung tahun lepas", "2024")]
    assert values("hujung minggu ini", language="ms") == [("hujung minggu ini", "2025-W28-WE")]


def test_other_locales_from_dateparser() -> None:
    """Weekday names of dateparser locales work ("jueves", "Donnerstag")."""
    assert values("el jueves (10/7)", language="es") == [("jueves (10/7)", "2025-07-10")]
    assert values("am Donnerstag", language="de") == [("Donnerstag", "2025-07-10")]


def test_year_wrap() -> None:
    """An article of 2 January 2026 reads "Rabu (31/12)" as 2025-12-31."""
    assert values("Rabu (31/12)", reference=dt.date(2026, 1, 2)) == [("Rabu (31/12)", "2025-12-31")]


def test_weekday_mismatch_reports_and_keeps_digits() -> None:
    """A weekday contradicting its (d/m) gives a diagnostic; the digits win."""
    context = Context()
    mentions = find_dates("Kamis (11/7)", reference=REF, context=context)
    assert mentions[0].value == "2025-07-11"
    assert [d.code for d in context.diagnostics] == ["reldate.weekday-mismatch"]


@pytest.mark.parametrize("digits", ["31/2", "99/99", "0/0"])
def test_invalid_dates_never_raise(digits: str) -> None:
    """Impossible (d/m) digits give no value and an invalid-date diagnostic."""
    context = Context()
    mentions = find_dates(f"Senin ({digits})", reference=REF, context=context)
    assert all(m.value is None for m in mentions)
    assert [d.code for d in context.diagnostics] == ["reldate.invalid-date"]


def test_unresolved_without_reference() -> None:
    """Without a reference, relative dates get no value and a diagnostic; absolute ones resolve."""
    context = Context()
    mentions = find_dates("Kemarin dan 10 Juli 2025.", context=context)
    assert [(m.text, m.value) for m in mentions] == [
        ("Kemarin", None),
        ("10 Juli 2025", "2025-07-10"),
    ]
    assert [d.code for d in context.diagnostics] == ["reldate.unresolved"]


@pytest.mark.parametrize(
    ("text", "reference", "expected", "codes"),
    [
        pytest.param(
            "Ia tiba kemarin (8/7).", REF, ("kemarin (8/7)", "2025-07-08"),
            ["reldate.day-mismatch"], id="word-disagrees-digits-win",
        ),
        pytest.param(
            "Harga naik hari ini (11/7/2025).", None, ("hari ini (11/7/2025)", "2025-07-11"),
            [], id="year-written-no-reference-needed",
        ),
        pytest.param(
            "Ia tiba kemarin (10/7).", None, ("kemarin (10/7)", "XXXX-07-10"),
            ["reldate.unresolved"], id="no-year-no-reference",
        ),
        pytest.param(
            "Ia tiba kemarin (31/2).", REF, ("kemarin (31/2)", "2025-07-10"),
            ["reldate.invalid-date"], id="impossible-digits-word-stands",
        ),
    ],
)  # fmt: skip
def test_day_word_with_its_date(
    text: str, reference: dt.date | None, expected: tuple[str, str | None], codes: list[str]
) -> None:
    """A day word with the press form's date is one mention; the digits win, and a word
    that names another day (or digits that name none) is reported on the mention."""
    context = Context()
    (mention,) = find_dates(text, reference=reference, language="id", context=context)
    assert (mention.text, mention.value) == expected
    assert [d.code for d in context.diagnostics] == codes
    assert all(d.span == mention.span for d in context.diagnostics)


# Anaphoric dates count from the latest date mentioned before them that is precise enough
# for their unit (REF = Friday 2025-07-11); with no earlier date, from the reference.
ANAPHORA = [
    ("id-keesokan-harinya", "Ia ditangkap Senin (7/7) dan dibebaskan keesokan harinya.", "id",
     [("Senin (7/7)", "2025-07-07", "weekday+dm"),
      ("keesokan harinya", "2025-07-08", "anaphoric-day")]),
    ("id-bulan-sebelumnya", "Penjualan Mei 2025 naik dibandingkan bulan sebelumnya.", "id",
     [("Mei 2025", "2025-05", "absolute"), ("bulan sebelumnya", "2025-04", "anaphoric-unit")]),
    ("id-tahun-sebelumnya-no-anchor", "Laba naik dibanding periode yang sama tahun sebelumnya.",
     "id", [("tahun sebelumnya", "2024", "relative-unit")]),
    ("id-dua-hari-kemudian", "Proyek dimulai 2 Juni 2025. Dua hari kemudian, izin dicabut.", "id",
     [("2 Juni 2025", "2025-06-02", "absolute"),
      ("Dua hari kemudian", "2025-06-04", "anaphoric-offset")]),
    ("id-sehari-sebelumnya-of-kemarin", "Ia tiba kemarin. Sehari sebelumnya ia di Medan.", "id",
     [("kemarin", "2025-07-10", "relative-day"),
      ("Sehari sebelumnya", "2025-07-09", "anaphoric-offset")]),
    ("id-reduplicated-years", "Pajak tahun-tahun sebelumnya dihapus.", "id", []),
    ("id-selama-is-duration", "Kemitraan yang terjalin selama dua tahun sebelumnya diperpanjang.",
     "id", []),
    ("en-following-year", "In 1995 it lost money; the following year it recovered.", "en",
     [("1995", "1995", "absolute"), ("the following year", "1996", "anaphoric-unit")]),
    ("en-next-day", "Police arrested him on June 3 and freed him the next day.", "en",
     [("June 3", "2025-06-03", "year-closest"), ("the next day", "2025-06-04", "anaphoric-day")]),
    ("en-next-week-stays-deictic", "Talks resume in the next week.", "en",
     [("the next week", "2025-W29", "relative-unit")]),
    ("en-day-later", "The Senate voted on Tuesday. A day later the bill was signed.", "en",
     [("Tuesday", "2025-07-08", "bare-weekday-past"),
      ("A day later", "2025-07-09", "anaphoric-offset")]),
    ("en-previous-week-of-a-week", "Rates rose last week from 4.2 percent the previous week.", "en",
     [("last week", "2025-W27", "relative-unit"),
      ("the previous week", "2025-W26", "anaphoric-unit")]),
    ("en-months-later", "Arrested in December 1960, he died two months later.", "en",
     [("December 1960", "1960-12", "absolute"),
      ("two months later", "1961-02", "anaphoric-offset")]),
    ("en-previous-quarter", "Output rose in the fourth quarter of 1986 from the previous quarter.",
     "en", [("fourth quarter of 1986", "1986-Q4", "absolute"),
            ("the previous quarter", "1986-Q3", "anaphoric-unit")]),
    ("en-precise-enough-anchor", "In the week ended January 9, the first week of the 1987 year, "
     "imports fell from the previous week.", "en",
     [("January 9", "2025-01-09", "year-closest"), ("1987", "1987", "absolute"),
      ("the previous week", "2025-W01", "anaphoric-unit")]),
    ("en-later-than-is-comparison", "The plant will open two years later than planned.", "en", []),
    # "that", "the same", "itu", "tersebut", "yang sama": the earlier date's own unit
    ("en-that-year", "Imports reached $1.5 billion in 1988. Exports fell that year.", "en",
     [("1988", "1988", "absolute"), ("that year", "1988", "anaphoric-unit")]),
    ("en-same-day", "He left on June 3 and returned the same day.", "en",
     [("June 3", "2025-06-03", "year-closest"), ("the same day", "2025-06-03", "anaphoric-unit")]),
    ("en-same-month-last-year", "Sales fell in January from the same month last year.", "en",
     [("January", "2025-01", "month-name"), ("last year", "2024", "relative-unit")]),
    ("en-that-day-generic", "Funds saw strong redemptions that day.", "en", []),
    ("id-tahun-itu", "Pada 2019 ia pindah. Tahun itu ia menikah.", "id",
     [("2019", "2019", "absolute"), ("Tahun itu", "2019", "anaphoric-unit")]),
    ("id-hari-yang-sama", "Ia tiba Senin (7/7). Pada hari yang sama ia bertemu menteri.", "id",
     [("Senin (7/7)", "2025-07-07", "weekday+dm"),
      ("hari yang sama", "2025-07-07", "anaphoric-unit")]),
    ("id-age-is-no-anaphor", "Pemain berusia 22 tahun itu pindah ke Madrid.", "id", []),
    ("id-per-day-is-no-anaphor", "Stasiun melayani 85.000 penumpang per hari tersebut.", "id", []),
    ("id-minggu-itu-is-sunday", "Ia tiba Minggu itu.", "id",
     [("Minggu", "2025-07-06", "bare-weekday-past")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The firm reported fourth-quarter earnings of $2 million.", dt.date(2025, 2, 20),
         "2024-Q4"),
        ("Fourth quarter exports fell to 622,000 tonnes.", dt.date(2025, 3, 13), "2024-Q4"),
        ("It will begin shipping in the fourth quarter.", dt.date(2025, 2, 20), "2025-Q4"),
        ("Completion is expected in the second quarter.", dt.date(2025, 3, 9), "2025-Q2"),
        ("Sales rose in the third quarter.", dt.date(2025, 11, 3), "2025-Q3"),
        ("Kinerja kuartal keempat membaik.", dt.date(2025, 6, 10), "2025-Q4"),
        ("It hopes to break even by the fourth quarter.", dt.date(2025, 2, 20), "2025-Q4"),
        ("A return to profit by the fourth quarter is the aim.", dt.date(2025, 2, 20),
         "2025-Q4"),
        ("Profit fell by the fourth quarter.", dt.date(2025, 2, 20), "2024-Q4"),
    ],
)  # fmt: skip
def test_quarter_not_yet_begun(text: str, reference: dt.date, value: str) -> None:
    """A bare quarter that has not begun is last year's when that one ended nearer the
    reference than this one begins, unless the copy looks forward."""
    assert [m.value for m in find_dates(text, reference=reference)] == [value]


def test_a_span_from_an_event_is_no_date() -> None:
    """ "eight days before the election" counts from the election, not the reference:
    TimeML annotates a DURATION ("eight days") and a signal, so no DATE and no
    diagnostic; "two weeks before." at a clause's end is a date."""
    context = Context()
    text = "The poll came out eight days before the election; he left two weeks before."
    found = find_dates(text, reference=REF, language="en", context=context)
    assert [(m.text, m.value) for m in found] == [("two weeks before", "2025-W26")]
    assert context.diagnostics == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quarter the story names first is the one "the quarter" and "a year ago" mean.
        ("Orlin Corp's profit rose in the fiscal first quarter. Sales in the quarter were "
         "$9 million, up from $7 million a year ago.",
         ["2025-Q1", "2025-Q1", "2024-Q1"]),
        ("Tarn Mills posted fourth-quarter net of $2 million. A year earlier it lost $1 "
         "million. Sales in the latest period rose 4%.",
         ["2025-Q4", "2024-Q4", "2025-Q4"]),
        # ... or the quarter that the day it ended falls in.
        ("For the quarter ended June 30, Pell Inc earned $3 million, against $2 million "
         "a year earlier.", ["2025-Q2", "2025-06-30", "2024-Q2"]),
        # A later comparison does not move it.
        ("Vale Co's third-quarter profit doubled from the second quarter. In the 2024 "
         "period it had lost money.", ["2025-Q3", "2025-Q2", "2024-Q3"]),
        # Nor does a quarter ahead of the reference, or one more than a year back.
        ("Brill expects a loss in the first quarter of next year; the quarter just ended "
         "was profitable, up from a year ago.", ["2026-Q1", "2025-Q3", "2024-Q3"]),
        # A year written before it in its sentence is what "a year earlier" counts from.
        ("Tarn Mills posted fourth-quarter net of $2 million. Output rose 2.2% in 2024 "
         "after a 3.3% rise a year earlier.", ["2025-Q4", "2024", "2023"]),
        ("Sales peaked in the second quarter of 2021. Profit fell in the quarter, from "
         "a year earlier.", ["2021-Q2", "2025-Q3", "2024-Q3"]),
        # "the year-ago third quarter" is a comparison, not the quarter reported.
        ("Profit fell from the year-ago third quarter. In the quarter, sales rose.",
         ["2024-Q3", "2025-Q3"]),
    ],
)  # fmt: skip
def test_a_report_counts_from_its_quarter(text: str, expected: list) -> None:
    """A quarterly report's "the quarter", "the latest period", "a year ago" and "the
    2024 period" count from the quarter it reports on, else the latest one ended."""
    found = find_dates(text, reference=dt.date(2025, 11, 3), language="en")
    assert [m.value for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a story on last year's fourth quarter, the third quarter before it is last
        # year's too, though this year's begins sooner.
        ("Output fell 2.2 pct in the fourth quarter last year. The decline followed a "
         "0.3 pct drop in the third quarter.", ["2025-Q4", "2025", "2025-Q3"]),
        # Not an earlier quarter with no tense, nor one the copy looks forward to.
        ("Output fell in the fourth quarter last year. Output in the second quarter "
         "is seen up.", ["2025-Q4", "2025", "2026-Q2"]),
        ("Output fell in the fourth quarter last year. It will recover in the third "
         "quarter.", ["2025-Q4", "2025", "2026-Q3"]),
    ],
)  # fmt: skip
def test_the_quarter_before_the_one_reported(text: str, expected: list) -> None:
    """A year-less third quarter in a story on last year's fourth is last year's."""
    found = find_dates(text, reference=dt.date(2026, 3, 2), language="en")
    assert [m.value for m in found] == expected


# A year-less month or day opening a range or list takes the year its last member writes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lopez caught a 12-yard touchdown pass late in the first quarter.", []),
        ("Rivera went to the bench in the third quarter. He scored 22 points.", []),
        ("Diaz comes down with a fourth-quarter-touchdown catch.", []),
        # Earnings copy keeps its quarters: a "rebound" is the economy's, not a game's.
        ("Output grew thanks to a rebound in the fourth quarter.", ["2025-Q4"]),
        ("The team scored a win. The bank's profit fell in the fourth quarter of 2024.",
         ["2024-Q4"]),
    ],
)  # fmt: skip
def test_a_games_quarter_is_no_date(text: str, expected: list) -> None:
    """A quarter with no year near a game's play ("touchdown", "scored") is the game's."""
    found = find_dates(text, reference=dt.date(2025, 11, 3), language="en")
    assert [m.value for m in found] == expected


# (REF = 2025-07-11).
RANGE_YEARS = [
    ("id-month-range", "Penjualan Januari-Mei 2024 turun.", "id",
     [("Januari", "2024-01"), ("Mei 2024", "2024-05")]),
    ("id-hingga", "Data Maret hingga Mei 2024 dirilis.", "id",
     [("Maret", "2024-03"), ("Mei 2024", "2024-05")]),
    ("id-list", "Data Januari, Februari dan Maret 2024 dirilis.", "id",
     [("Januari", "2024-01"), ("Februari", "2024-02"), ("Maret 2024", "2024-03")]),
    ("id-day-range-across-months", "Pameran 30 November-2 Desember 2024 ramai.", "id",
     [("30 November", "2024-11-30"), ("2 Desember 2024", "2024-12-02")]),
    ("id-range-across-new-year", "Musim hujan November-Februari 2024 panjang.", "id",
     [("November", "2023-11"), ("Februari 2024", "2024-02")]),
    ("en-between-and", "Copper was shipped between April and June 1995.", "en",
     [("April", "1995-04"), ("June 1995", "1995-06")]),
    ("en-day-to-day", "Output rose from Jan. 5 to March 3, 2013.", "en",
     [("Jan. 5", "2013-01-05"), ("March 3, 2013", "2013-03-03")]),
    ("en-other-sentence-keeps-its-year", "It fell in June. In July 2013 it rose.", "en",
     [("June", "2025-06"), ("July 2013", "2013-07")]),
    ("id-edge-word-opens-range", "Macan terekam sepanjang Juni-Desember 2024.", "id",
     [("sepanjang Juni", "2024-06"), ("Desember 2024", "2024-12")]),
    ("en-edge-word-opens-range", "Rain fell from late June to August 1986.", "en",
     [("late June", "1986-06"), ("August 1986", "1986-08")]),
    ("id-own-modifier-wins", "Pada Juni lalu hingga Maret 2024 harga turun.", "id",
     [("Juni lalu", "2025-06"), ("Maret 2024", "2024-03")]),
    ("id-anaphor-after-range", "Pameran 30 November hingga Desember 2014. Keesokan harinya "
     "ramai.", "id", [("30 November", "2014-11-30"), ("Desember 2014", "2014-12"),
                      ("Keesokan harinya", "2014-12-01")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [c[1:] for c in RANGE_YEARS],
    ids=[c[0] for c in RANGE_YEARS],
)
def test_range_shares_its_written_year(text: str, language: str, expected: list) -> None:
    """In "Januari-Maret 2014" January is 2014's, not the January nearest the reference."""
    assert values(text, language=language) == expected


def test_range_year_needs_no_reference() -> None:
    """Without a reference the range's first member is read from its own words, and the
    unresolved warning it would have had is not reported."""
    context = Context()
    found = find_dates("Rapat 30 November-2 Desember 2014.", language="id", context=context)
    assert [(m.text, m.value) for m in found] == [
        ("30 November", "2014-11-30"),
        ("2 Desember 2014", "2014-12-02"),
    ]
    assert context.diagnostics == []


# Fixed-date holidays: a capital needed; the year written, else the tense's (REF = Friday
# 2025-07-11).
HOLIDAYS = [
    ("id-natal-year", "Libur Natal 2024 ramai pengunjung.", "id", [("Natal 2024", "2024-12-25")]),
    ("id-hari-natal-past", "Warga telah berkumpul saat hari Natal.", "id",
     [("hari Natal", "2024-12-25")]),
    ("id-tahun-baru-future", "Harga akan naik menjelang Tahun Baru.", "id",
     [("Tahun Baru", "2026-01-01")]),
    ("id-malam-tahun-baru-year", "Malam Tahun Baru 2025 dirayakan meriah.", "id",
     [("Malam Tahun Baru 2025", "2024-12-31")]),
    ("id-tahun-baru-islam-glued", "Menyambut Tahun Baru Islam1 Muharram.", "id", []),
    ("id-tahun-baru-hijri-year", "Tahun Baru 1447 Hijriah diperingati.", "id", []),
    ("id-lower-case-phrase", "Semangat tahun baru terasa di kantor.", "id", []),
    ("id-hari-kemerdekaan", "Upacara Hari Kemerdekaan digelar, kata dia.", "id",
     [("Hari Kemerdekaan", "2024-08-17")]),
    ("ms-hari-kebangsaan", "Sambutan Hari Kebangsaan akan diadakan.", "ms",
     [("Hari Kebangsaan", "2025-08-31")]),
    ("en-christmas-past", "Sales rose over Christmas, the company said.", "en",
     [("Christmas", "2024-12-25")]),
    ("en-christmas-eve-future", "The shops will close on Christmas Eve.", "en",
     [("Christmas Eve", "2025-12-24")]),
    ("en-new-years-day-year", "The rule took effect on New Year's Day 2025.", "en",
     [("New Year's Day 2025", "2025-01-01")]),
    ("en-christmas-island", "The ship sailed to Christmas Island.", "en", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"), [c[1:] for c in HOLIDAYS], ids=[c[0] for c in HOLIDAYS]
)
def test_fixed_date_holidays(text: str, language: str, expected: list) -> None:
    """Fixed-date holidays are day mentions; lower-case phrases are not."""
    assert values(text, language=language) == expected


# Movable feasts (rule "feast", REF = Friday 2025-07-11): the Gregorian or Hijri year
# written, else the tense's, else the nearer; Islamic feasts on Indonesia's days.
FEASTS = [
    ("id-idul-adha-hijri", "Salat Hari Raya Idul Adha 1446 H digelar di alun-alun.", "id",
     [("Hari Raya Idul Adha 1446 H", "2025-06-06")]),
    ("id-idul-adha-hijriah", "Kurban Iduladha 1445 Hijriah disalurkan.", "id",
     [("Iduladha 1445 Hijriah", "2024-06-17")]),
    ("id-idul-fitri-year", "Mudik Idul Fitri 2014 lancar.", "id",
     [("Idul Fitri 2014", "2014-07-28")]),
    ("id-lebaran-past", "Pasar ramai saat Lebaran, kata pedagang.", "id",
     [("Lebaran", "2025-03-31")]),
    ("id-lebaran-haji", "Warga merayakan Lebaran Haji bersama.", "id",
     [("Lebaran Haji", "2025-06-06")]),
    ("id-lebaran-qurban", "Pedagang sapi ramai menjelang Lebaran Qurban.", "id",
     [("Lebaran Qurban", "2025-06-06")]),
    ("id-hari-raya-haji", "Umat berkumpul pada Hari Raya Haji.", "id",
     [("Hari Raya Haji", "2025-06-06")]),
    ("id-lebaran-ketupat-not", "Tradisi Lebaran Ketupat digelar.", "id", []),
    ("id-lower-case", "suasana lebaran terasa.", "id", []),
    # "H-3 Lebaran": counted in days from the feast (an upper-case H only)
    ("id-h-minus", "Puncak arus mudik terjadi pada H-3 Lebaran.", "id",
     [("H-3 Lebaran", "2025-03-28")]),
    ("id-h-plus-year", "Arus balik H+7 Idul Fitri 2014 lancar.", "id",
     [("H+7 Idul Fitri 2014", "2014-08-04")]),
    ("id-h-holiday", "Harga naik pada H-1 Natal.", "id", [("H-1 Natal", "2025-12-24")]),
    ("id-h-glued", "Kode SH-3 Lebaran.", "id", [("Lebaran", "2025-03-31")]),
    ("id-paskah-jumat-agung", "Ibadah Jumat Agung dan Minggu Paskah berlangsung khidmat.", None,
     [("Jumat Agung", "2025-04-18"), ("Minggu Paskah", "2025-04-20")]),
    ("id-kenaikan", "Libur Kenaikan Isa Almasih 2025 diperpanjang.", "id",
     [("Kenaikan Isa Almasih 2025", "2025-05-29")]),
    ("id-tahun-baru-islam", "Libur Tahun Baru Islam 1447 H diperpanjang.", "id",
     [("Tahun Baru Islam 1447 H", "2025-06-27")]),
    ("id-imlek", "Perayaan Tahun Baru Imlek 2576 Kongzili meriah.", "id",
     [("Tahun Baru Imlek", "2025-01-29")]),
    # a day of a Hijri month that a tabled feast pins (days 1-29)
    ("id-hijri-day", "Jemaah haji pulang pada 15 Zulhijjah 1446 H.", "id",
     [("15 Zulhijjah 1446 H", "2025-06-11")]),
    ("id-hijri-gregorian-year", "Libur 1 Muharam 2025 jatuh pada hari Jumat.", "id",
     [("1 Muharam 2025", "2025-06-27"), ("Jumat", "2025-06-27")]),  # the feast's Friday
    ("id-hijri-bare", "Puasa Asyura jatuh pada 10 Muharram.", "id",
     [("10 Muharram", "2025-07-06")]),
    ("id-hijri-day-30", "Kalender mencatat 30 Dzulhijjah 1446 H.", "id", []),
    ("en-easter-future", "Congress will break for Easter.", "en", [("Easter", "2026-04-05")]),
    ("en-good-friday-year", "Markets closed on Good Friday 1987.", "en",
     [("Good Friday 1987", "1987-04-17")]),
    ("en-thanksgiving", "Retailers expect strong sales over Thanksgiving.", "en",
     [("Thanksgiving", "2025-11-27")]),
    ("en-lunar-new-year", "Factories closed for the Lunar New Year holiday.", "en",
     [("Lunar New Year", "2025-01-29")]),
    ("en-easter-island", "The ship reached Easter Island.", "en", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"), [c[1:] for c in FEASTS], ids=[c[0] for c in FEASTS]
)
def test_movable_feasts(text: str, language: str | None, expected: list) -> None:
    """Movable feasts are day mentions from the calendar module, their year included."""
    assert values(text, language=language) == expected
    assert all(m.anchor is not None for m in find_dates(text, reference=REF, language=language))


# A day or month after "setiap", "tiap", "every", "each" recurs (a TimeML SET): no DATE,
# nor for the rest of its list; a relative date after "each" (a price) stays one.
RECURRING = [
    ("id-kalau-weekday", "Di sini kalau hari Minggu ramai sekali, kata dia.", "id", []),
    ("id-setiap-weekday", "ASN wajib naik bus setiap Rabu, kata gubernur, Kamis.", "id",
     [("Kamis", "2025-07-10")]),
    ("id-tiap-hari-list", "Penerbangan dibuka tiap hari Selasa, Kamis, dan Sabtu mulai 2 Juli.",
     "id", [("2 Juli", "2025-07-02")]),
    ("id-setiap-range", "Acara itu tayang setiap Senin\u2013Jumat pukul 09.30 WIB.", "id", []),
    # a span of weekdays with no date is a schedule: opening hours, a fast
    ("id-day-span-hours", "Jam buka: Senin-Kamis: Pukul 15.00-22.30 WIB, Sabtu - Minggu "
     "libur.", "id", []),
    ("id-day-span-fast", "Ia rutin puasa Senin-Kamis.", "id", []),
    ("en-day-span", "The desk is open Monday-Friday from 9 a.m.", "en", []),
    # ... but not one with its dates, or placed by a word after it
    ("id-day-span-dated", "Pameran digelar Selasa-Kamis (8-10/7/2025).", "id",
     [("Selasa-Kamis (8-10/7/2025)", "2025-07-10")]),
    ("id-day-span-dates-after-comma", "Kegiatan digelar Jumat-Sabtu, 4-5 Juli 2025.", "id",
     [("4-5 Juli 2025", "2025-07-05")]),
    ("id-day-span-lalu", "Pasar ramai pada Sabtu-Minggu lalu.", "id",
     [("Sabtu", "2025-07-05"), ("Minggu lalu", "2025-07-06")]),
    ("id-setiap-day-month", "Hari Lingkungan Hidup diperingati setiap 5 Juni.", "id", []),
    ("id-setiap-feast", "Warga rutin berkurban setiap Idul Adha.", "id", []),
    ("en-every-weekday", "The relic was shown every Friday, officials said on Monday.", "en",
     [("Monday", "2025-07-07")]),
    ("en-each-month", "Marchers parade each July through the town.", "en", []),
    ("en-each-price", "Shares closed at eight dollars each yesterday.", "en",
     [("yesterday", "2025-07-10")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"), [c[1:] for c in RECURRING], ids=[c[0] for c in RECURRING]
)
def test_recurring_days_are_no_dates(text: str, language: str, expected: list) -> None:
    """A recurring day is a SET, not reported; the dates around it are."""
    assert values(text, language=language) == expected


# REF is Friday 2025-07-11.
NAMES_AND_PARTS = [
    # a weekday inside a name is no day
    ("id-pasar-minggu", "Ia ditangkap di Jalan Raya Pasar Minggu, Jakarta Selatan, Kamis.", "id",
     [("Kamis", "2025-07-10")]),
    ("id-desa-pasar-jumat", "Bupati salat di Desa Pasar Jumat.", "id", []),
    ("id-pasar-lower-case", "Pedagang ramai di pasar Minggu pagi.", "id",
     [("Minggu pagi", "2025-07-06")]),
    ("en-sunday-times", "The Sunday Times reported on Sunday that the talks failed.", "en",
     [("Sunday", "2025-07-06")]),
    ("en-possessive-paper", "London's Sunday Telegraph said so on Monday.", "en",
     [("Monday", "2025-07-07")]),
    ("en-said-weekday-then-firm", "The company said Tuesday Standard Chartered would buy it.",
     "en", [("Tuesday", "2025-07-08")]),
    ("en-told-the-mirror", "He told the Sunday Mirror he would stay.", "en", []),
    ("en-on-sunday-then-name", "Crowds gathered on Sunday Times Square was shut.", "en",
     [("Sunday", "2025-07-06")]),
    ("en-paper-on-sunday", "The Mail on Sunday and the Independent on Sunday said so.", "en",
     []),
    ("en-mail-lower-case", "The mail on Sunday was late.", "en", [("Sunday", "2025-07-06")]),
    ("en-holiday-goods", "Exports of Christmas commodities and Christmas trees rose; "
     "Christmas sales fell.", "en", [("Christmas", "2024-12-25")]),
    ("en-paper-on-another-day", "The Daily Mail on Monday reported a deal.", "en",
     [("Monday", "2025-07-07")]),
    ("en-team-on-sunday", "Austria beat Scotland on Sunday.", "en", [("Sunday", "2025-07-06")]),
    ("en-last-sunday-after-a-paper-word", "The Mail last Sunday said so.", "en",
     [("last Sunday", "2025-07-06")]),
    # a clock time is no year: "(2000 GMT)", "2030 local time"
    ("en-gmt-time", "Polls close at 1800 GMT (2000 local time) on Friday.", "en",
     [("Friday", "2025-07-11")]),
    ("en-hours-time", "Troops moved in at 2030 hrs.", "en", []),
    # a part of today: "pagi ini", "dini hari tadi"
    ("id-pagi-ini", "Rupiah melemah pagi ini.", "id", [("pagi ini", "2025-07-11")]),
    ("id-malam-ini", "Malam Ini, Menteri Bahas Harga Minyak", "id", [("Malam Ini", "2025-07-11")]),
    ("id-dini-hari-tadi", "Wall Street ditutup melemah dini hari tadi.", "id",
     [("dini hari tadi", "2025-07-11")]),
    ("id-makan-malam-ini", "Waktu makan malam ini berpengaruh pada tidur.", "id", []),
    ("ms-parts-of-today", "Tengah hari tadi pasaran dibuka; petang ini dan malam ini tenang.",
     "ms", [("Tengah hari tadi", "2025-07-11"), ("petang ini", "2025-07-11"),
            ("malam ini", "2025-07-11")]),
    ("ms-parts-of-yesterday", "Pagi semalam hujan, petang semalam reda.", "ms",
     [("Pagi semalam", "2025-07-10"), ("petang semalam", "2025-07-10")]),
    ("ms-makan-malam-ini", "Hidangan makan malam ini disediakan hotel.", "ms", []),
    ("id-weekday-paren-month", "Rapat digelar Senin (7 Juli 2025) di Jakarta.", "id",
     [("Senin (7 Juli 2025)", "2025-07-07")]),
    ("ms-weekday-paren-month", "Mesyuarat pada Isnin (7 Julai) ditangguhkan.", "ms",
     [("Isnin (7 Julai)", "2025-07-07")]),
    ("en-weekday-paren-month", "Talks resume next Friday (July 18).", "en",
     [("next Friday (July 18)", "2025-07-18")]),
    ("paren-month-unclosed", "Senin (7 Juli) dan Selasa (8 Juli", "id",
     [("Senin (7 Juli)", "2025-07-07"), ("Selasa", "2025-07-08"), ("8 Juli", "2025-07-08")]),
    ("ms-sept", "Eksport naik pada Sept 2024 dan 10 Sept lalu.", "ms",
     [("Sept 2024", "2024-09"), ("10 Sept lalu", "2024-09-10")]),
    ("id-decade-two-digits", "Gaya tahun 90-an kembali; wanita usia 30-an menyukainya.", "id",
     [("tahun 90-an", "199X")]),
    ("id-decade-edge", "Di penghujung tahun 80-an pabrik itu tutup.", "id",
     [("penghujung tahun 80-an", "198X")]),
    ("id-makan-tadi-malam", "Kami makan tadi malam.", "id", [("tadi malam", "2025-07-10")]),
    ("id-krim-malam-ini", "Krim malam ini dirancang untuk kulit kering.", "id", []),
    ("id-noun-across-a-stop", "Kami sudah makan. Malam ini kami pergi.", "id",
     [("Malam ini", "2025-07-11")]),
    ("id-noun-across-a-comma", "Usai salat, pagi ini warga berkumpul.", "id",
     [("pagi ini", "2025-07-11")]),
    # a count before "<unit> ini" makes a span or an age, no date
    ("id-counted-this", "Sudah dua tahun ini ia bekerja; dalam beberapa hari ini sepi.", "id",
     []),
    ("id-age-this", "Pemain berusia 22 tahun ini mencetak gol pada 2025 tahun ini.", "id",
     [("2025", "2025"), ("tahun ini", "2025")]),
    ("id-di-kemudian-hari", "Penyidik akan memeriksanya di kemudian hari.", "id",
     [("kemudian hari", "FUTURE_REF")]),
    ("id-kemudian-hari-senin", "Ia datang, kemudian hari Senin ia pulang.", "id",
     [("Senin", "2025-07-07")]),
    # the year of a regulation's number is a DATE, as in "UU No. 13 Tahun 2003"
    ("id-regulation-no", "Aturan itu ada di Permen ESDM No 1/2013 tentang BBM.", "id",
     [("2013", "2013")]),
    ("id-regulation-head", "Pemerintah menerbitkan Perpres 14/2024 dan POJK Nomor 42/2020.", "id",
     [("2024", "2024"), ("2020", "2020")]),
    ("id-regulation-series", "Surat Edaran OJK Nomor 7/SEOJK.05/2025 berlaku.", "id",
     [("2025", "2025")]),
    # "kemarin" after a year or a feast, or before a weekday, is "last", not yesterday
    ("id-kemarin-after-year", "Pemilu 2024 kemarin lancar, begitu pula musim 2023-2024 "
     "kemarin.", "id", [("2024", "2024"), ("2023", "2023"), ("2024", "2024")]),
    ("id-kemarin-after-feast", "Lebaran kemarin ramai.", "id", [("Lebaran", "2025-03-31")]),
    ("id-kemarin-before-weekday", "Kemarin hari Kamis kami ke kantor.", "id",
     [("Kamis", "2025-07-10")]),
    ("id-kemarin-alone", "Ia datang kemarin.", "id", [("kemarin", "2025-07-10")]),
    # a feast with its year's phrase is that year's feast
    ("id-feast-last-year", "Pada lebaran Idul Adha tahun lalu arus turun.", "id",
     [("lebaran Idul Adha tahun lalu", "2024-06-17")]),
    ("en-holiday-last-year", "Sales at Christmas last year fell.", "en",
     [("Christmas last year", "2024-12-25")]),
    ("id-feast-beyond-the-tables", "Kurban di Idul Adha tahun depan lebih banyak.", "id",
     [("Idul Adha tahun depan", "2026")]),
    # a month name as a person's name, an old spelling in a word list
    ("id-month-as-name", "Direktur Utama Juli Oktarina menjelaskan, ucap Juli kemudian.",
     "id", []),
    ("id-old-spelling-alone", "Jawaban lain: SAI, SIM, MAI, MISA.", "id", []),
    ("id-month-after-preposition", "Pada Juli Presiden meresmikan jalan.", "id",
     [("Juli", "2025-07")]),
    # one day's opening hours; goods named after a feast; "hari minggu" in lower case
    ("id-one-day-hours", "Jam buka Senin: 06.30-18.00.", "id", []),
    ("id-feast-goods", "Toko menawarkan paket Lebaran dan kue Lebaran.", "id", []),
    ("id-hari-minggu-lower", "Ia bertemu korban hari minggu.", "id", [("minggu", "2025-07-06")]),
    ("id-masa-lampau", "Benda itu terlihat pada masa lampau.", "id",
     [("masa lampau", "PAST_REF")]),
    ("id-price-before-hari-ini", "Rupiah bergerak di sekitar 16.300 hari ini.", "id",
     [("hari ini", "2025-07-11")]),
    ("id-month-before-a-sentence", "Data itu belum masuk CPI Mei. Kenaikan harga menyusul.",
     "id", [("Mei", "2025-05")]),
    # numeric dates with two-digit years, in US copy only; a table's day-first date shows
    # the order of the ambiguous ones
    ("en-two-digit-year", "DATE: 09/04/96 DELIVERY: 9/17/96", "en",
     [("09/04/96", "1996-09-04"), ("9/17/96", "1996-09-17")]),
    ("id-two-digit-year", "Nomor 09/04/96 berlaku.", "id", []),
    ("en-day-first-table", "Stocks:\n29/8/96 22/8/96 1/9/95\n", "en",
     [("29/8/96", "1996-08-29"), ("22/8/96", "1996-08-22"), ("1/9/95", "1995-09-01")]),
    ("en-record-day-in-words", "Pay April 24\n    Record April One\n Reuter", "en",
     [("April 24", "2025-04-24"), ("April One", "2025-04-01")]),
    ("id-thousands-years-ago", "Suara itu berasal dari 3.000 tahun yang lalu.", "id", []),
    ("id-reduplicated-unit", "Dividen di tahun-tahun mendatang naik.", "id",
     [("tahun mendatang", "FUTURE_REF")]),
    # Malay: counted offsets in words, "yang lepas", "10hb", REF phrases, anaphors, names
    ("ms-spelled-counts", "Lapan tahun lepas dan dua puluh lima tahun lalu, serta lima belas "
     "hari lepas.", "ms", [("Lapan tahun lepas", "2017"), ("dua puluh lima tahun lalu", "2000"),
                            ("lima belas hari lepas", "2025-06-26")]),
    ("ms-yang-lepas", "Empat bulan yang lepas harga naik.", "ms",
     [("Empat bulan yang lepas", "2025-03")]),
    ("ms-hb-day", "Mesyuarat pada 10hb Julai dan 1hb Ogos 2024.", "ms",
     [("10hb Julai", "2025-07-10"), ("1hb Ogos 2024", "2024-08-01")]),
    ("ms-refs", "Kebelakangan ini harga naik; dewasa ini dan pada masa hadapan juga.", "ms",
     [("Kebelakangan ini", "PAST_REF"), ("dewasa ini", "PRESENT_REF"),
      ("masa hadapan", "FUTURE_REF")]),
    ("ms-kemas-kini", "Data itu dikemas kini setiap hari.", "ms", []),
    ("ms-names", "Abdul Ahad berkata di Pekan Rabu.", "ms", []),
    ("ms-scheduled", "Beliau dijadualkan merasmikan projek itu pada Selasa.", "ms",
     [("Selasa", "2025-07-15")]),
    ("ms-lunar-new-year", "Sambutan Tahun Baharu Cina meriah.", "ms",
     [("Tahun Baharu Cina", "2025-01-29")]),
    # an idiom: "dalam semalam" (overnight), "semalam suntuk" (all night)
    ("id-overnight", "Videonya viral dalam semalam; warga berjaga semalam suntuk.", "id", []),
    ("id-regulation-code-segments", "Tarif diatur Keputusan Menteri PU Nomor: 602/KPTS/M/2025, "
     "PMK Nomor 34/PMK.04/2021 dan surat Nomor B-123/KB/2024.", "id",
     [("2025", "2025"), ("2021", "2021"), ("2024", "2024")]),
    ("id-regulation-draft-without-number", "Draf Keputusan Menteri Nomor/KPTS/M/2025 dibahas.",
     "id", [("2025", "2025")]),
    ("id-code-is-no-regulation", "Unit kode 12/AB/2024 dikirim.", "id", []),
    ("id-slash-is-no-year", "Majalah edisi 7/2025 terbit dengan skor 1/2013.", "id", []),
    ("id-case-number", "Perkara No.14/Pdt.Sus-PKPU/2018/PN.Jkt.Ps diputus.", "id", []),
    # a year pair: the second year is a mention of its own
    ("en-fiscal-pair", "Exports rose in fiscal 1986/87 from 1985/86, as in 1983-84.", "en",
     [("1986", "1986"), ("87", "1987"), ("1985", "1985"), ("86", "1986"), ("1983", "1983"),
      ("84", "1984")]),
    ("id-season-pair", "Liga Inggris musim 2025/2026 dimulai, setelah 1999-00.", "id",
     [("2025", "2025"), ("2026", "2026"), ("1999", "1999"), ("00", "2000")]),
    ("en-the-may", "Students urged a boycott of the May elections.", "en",
     [("May", "2025-05")]),
    ("en-past-half-century", "Few crossed in the past half-century.", "en", []),
    ("en-past-half-year", "Sales fell over the past half year.", "en", []),
    ("en-time-being", 'He said: "Not for the time being."', "en",
     [("the time being", "PRESENT_REF")]),
    ("en-may-company", "Workers struck at the May Department Stores unit.", "en", []),
    ("en-past-then-paragraph", "Lessons of the past\n\nThree years ago the plant closed.", "en",
     [("the past", "PAST_REF"), ("Three years ago", "2022")]),
    ("en-past-wrapped-count", "Stocks grew for the past\n    three months.", "en", []),
    ("en-range-pair", "The armistice ended the 1950-53 war; the 1914-18 war came first.", "en",
     [("1950", "1950"), ("53", "1953"), ("1914", "1914"), ("18", "1918")]),
    ("pair-gives-way", "Masa jabatan 2022-29 November 2023 dan musim 2024-25 Juni.", "id",
     [("2022", "2022"), ("29 November 2023", "2023-11-29"), ("2024", "2024"),
      ("25 Juni", "2025-06-25")]),
    ("pair-at-the-start", "2024/2025 musim baru", "id", [("2024", "2024"), ("2025", "2025")]),
    ("pair-needs-a-first-year", "kode x2024/2025 dan Perpres 14/2024/2025", "id", []),
    ("no-full-date-after-slash", "kode 1/2013-12-05 dan 1/2013.12.05", "id", []),
    ("not-a-pair", "Kode 12024/2025 dan skor 2010/2015 serta 1986/85.", "id",
     [("2010", "2010"), ("1986", "1986")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [c[1:] for c in NAMES_AND_PARTS],
    ids=[c[0] for c in NAMES_AND_PARTS],
)
def test_names_parts_of_day_and_regulations(text: str, language: str, expected: list) -> None:
    """A weekday in a name is no day; a part of today is today; a regulation's year and the
    second of a year pair are years."""
    assert values(text, language=language) == expected


def test_year_pair_stays_inside_the_region() -> None:
    found = find_dates("Exports in 1986/87 rose.", Span(0, 15), reference=REF, language="en")
    assert [(m.text, m.span) for m in found] == [("1986", Span(11, 15))]
    whole = find_dates("Exports in 1986/87 rose.", reference=REF, language="en")
    assert [(m.text, m.value, m.anchor.rule) for m in whole] == [
        ("1986", "1986", "absolute"),
        ("87", "1987", "year-pair"),
    ]


def test_part_of_today_keeps_its_part_of_day() -> None:
    found = find_dates("Harga minyak turun sore ini.", reference=REF, language="id")
    assert [(m.value, m.part_of_day) for m in found] == [("2025-07-11", "AF")]
    found = find_dates("Pasaran ditutup rendah petang semalam.", reference=REF, language="ms")
    assert [(m.value, m.part_of_day) for m in found] == [("2025-07-10", "AF")]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Idul Fitri 2030 masih jauh.", REF),  # a year past the table
        ("Warga akan mudik saat Lebaran.", REF),  # the next one is not tabled yet
        ("Lebaran tiba.", dt.date(2030, 6, 1)),  # neither neighbour is tabled
    ],
)
def test_feast_outside_the_tables_has_no_value(text: str, reference: dt.date) -> None:
    """A feast the tables cannot date is found, unresolved, with a diagnostic; never guessed."""
    context = Context(text)
    (mention,) = find_dates(text, reference=reference, language="id", context=context)
    assert mention.value is None and mention.anchor is not None
    assert mention.anchor.rule == "feast"
    assert [d.code for d in context.diagnostics] == ["reldate.no-calendar"]


@pytest.mark.parametrize(
    ("text", "language", "expected"), [c[1:] for c in ANAPHORA], ids=[c[0] for c in ANAPHORA]
)
def test_anaphoric_dates(text: str, language: str, expected: list) -> None:
    """Anaphors ("keesokan harinya", "the following year", "two months later") count from
    the story's own earlier date, not from the reference."""
    found = find_dates(text, reference=REF, language=language)
    assert [(m.text, m.value, m.anchor.rule if m.anchor else None) for m in found] == expected


def test_anaphor_after_a_coarser_date_is_reported() -> None:
    """Days cannot be counted from a year: no value, and a diagnostic on the mention."""
    context = Context()
    found = find_dates(
        "Pada 2019 ia ditangkap. Dua hari kemudian ia bebas.", reference=REF, language="id",
        context=context,
    )  # fmt: skip
    assert [(m.text, m.value) for m in found] == [("2019", "2019"), ("Dua hari kemudian", None)]
    assert [(d.code, d.span) for d in context.diagnostics] == [
        ("reldate.anaphor-coarse", found[1].span)
    ]


def test_anaphor_anchor_records_the_earlier_day() -> None:
    """The anchor of a day-anchored anaphor is that earlier day, not the reference."""
    found = find_dates("Ia ditangkap Senin (7/7) dan dibebaskan keesokan harinya.", reference=REF)
    assert found[1].anchor == Anchor("anaphoric-day", dt.date(2025, 7, 7))


def test_granularity_and_part_of_day() -> None:
    """Mentions carry their granularity and the part of day when one is attached."""
    (mention,) = find_dates("Minggu (28/12/2014) pagi", reference=REF)
    assert mention.granularity is Granularity.DAY
    assert mention.part_of_day == "MO"
    assert mention.date == dt.date(2014, 12, 28)
    (inside,) = find_dates("Sabtu malam (12/7) hujan reda", reference=REF, language="id")
    assert (inside.value, inside.part_of_day) == ("2025-07-12", "NI")


def test_region_offsets_are_absolute() -> None:
    """Mentions found inside a region carry offsets into the whole text."""
    text = "Kamis (10/7). Rabu (9/7)."
    (mention,) = find_dates(text, Span(14, len(text)), reference=REF)
    assert mention.span == Span(14, 24)
    assert mention.span.slice(text) == mention.text


@st.composite
def date_and_reference(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
    return day, day + dt.timedelta(days=draw(st.integers(0, 6)))


@given(date_and_reference())
def test_indonesian_weekday_dm_resolves_back(pair: tuple[dt.date, dt.date]) -> None:
    """For any d and r within six days after d, "<weekday> (<d>/<m>)" resolves to d."""
    day, ref = pair
    text = f"Ia tiba {ID_WEEKDAYS[day.weekday()]} ({day.day}/{day.month})."
    assert [m.date for m in find_dates(text, reference=ref)] == [day]


@given(date_and_reference())
def test_bare_weekday_resolves_back(pair: tuple[dt.date, dt.date]) -> None:
    """A bare weekday within the past six days resolves to that day, in both languages."""
    day, ref = pair
    for name in (ID_WEEKDAYS[day.weekday()], EN_WEEKDAYS[day.weekday()]):
        assert [m.date for m in find_dates(f"Ia tiba {name}.", reference=ref)] == [day]


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
)
def test_rendered_absolute_dates_resolve_back(day: dt.date, ref: dt.date) -> None:
    """Full dates rendered in several shapes resolve to themselves whatever the reference."""
    shapes = [
        f"{day.day} {ID_MONTHS[day.month - 1]} {day.year}",
        f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
        day.isoformat(),
        f"{ID_WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})",
    ]
    for shape in shapes:
        assert [m.date for m in find_dates(f"pada {shape} itu", reference=ref)] == [day], shape


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.integers(1, 9),
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
)
def test_anaphors_count_from_the_written_day(day: dt.date, count: int, ref: dt.date) -> None:
    """After a written day, "N hari kemudian" / "N days later" is that day plus N, and
    "keesokan harinya" / "the following year" count from it too, whatever the reference."""
    written = f"{day.day} {ID_MONTHS[day.month - 1]} {day.year}"
    cases = [
        (f"Proyek dimulai {written}. {count} hari kemudian izin dicabut.", "id",
         (day + dt.timedelta(days=count)).isoformat()),
        (f"Proyek dimulai {written}. {count} hari sebelumnya izin terbit.", "id",
         (day - dt.timedelta(days=count)).isoformat()),
        (f"Ia ditangkap {written} dan dibebaskan keesokan harinya.", "id",
         (day + dt.timedelta(days=1)).isoformat()),
        (f"It opened on {EN_MONTHS[day.month - 1]} {day.day}, {day.year}; {count} days later "
         "it shut.", "en", (day + dt.timedelta(days=count)).isoformat()),
        (f"It opened on {EN_MONTHS[day.month - 1]} {day.day}, {day.year}; the following year "
         "it shut.", "en", str(day.year + 1)),
        (f"Sales rose in {EN_MONTHS[day.month - 1]} {day.year} from the year before.", "en",
         str(day.year - 1)),
    ]  # fmt: skip
    for text, language, value in cases:
        found = find_dates(text, reference=ref, language=language)
        assert [m.value for m in found][1:] == [value], text


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)),  # a day and month (no 29 Feb)
    st.sampled_from((("lalu", -1), ("mendatang", 1))),
)
def test_pointed_day_lies_on_its_side(ref: dt.date, day: dt.date, word: tuple[str, int]) -> None:
    """ "<day> <month> lalu" is the latest such day no more than a week after the
    reference, "... mendatang" the first one no more than a week before it."""
    post, direction = word
    text = f"Rapat digelar pada {day.day} {ID_MONTHS[day.month - 1]} {post}."
    (found,) = find_dates(text, reference=ref, language="id")
    assert found.date is not None
    assert (found.date.month, found.date.day) == (day.month, day.day)
    gap = (found.date - ref).days * direction  # days on the pointed side
    assert -7 <= gap < 366 - 7


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_relative_words_follow_reference(ref: dt.date) -> None:
    """Relative words move with the reference only (no wall clock)."""
    mentions = find_dates("kemarin, besok, bulan lalu, tahun depan", reference=ref)
    last_month = (ref.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    assert [m.value for m in mentions] == [
        (ref - dt.timedelta(days=1)).isoformat(),
        (ref + dt.timedelta(days=1)).isoformat(),
        last_month,
        str(ref.year + 1),
    ]
    text = (
        "by the end of the month, the end of the week, later in the day, the first half of the year"
    )
    iso_year, iso_week, _ = ref.isocalendar()
    assert [m.value for m in find_dates(text, reference=ref, language="en")] == [
        ref.strftime("%Y-%m"),
        f"{iso_year:04d}-W{iso_week:02d}",
        ref.isoformat(),
        f"{ref.year:04d}-H1",
    ]


@given(
    st.text(alphabet="KamisJumatSeninMinggu lalu (0123456789/)pekan,. \n", max_size=80),
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
)
def test_day_values_match_named_weekday(text: str, ref: dt.date) -> None:
    """Every day value agrees with its weekday name unless a mismatch is reported."""
    context = Context()
    for mention in find_dates(text, reference=ref, context=context):
        assert mention.span.slice(text) == mention.text
        if mention.date is None or not mention.text[:1].isalpha():
            continue
        head = mention.text.split()[0].split("(")[0].strip(",.").lower()
        names = [n.lower() for n in ID_WEEKDAYS]
        if head in names and "(" not in mention.text:
            assert mention.date.weekday() == names.index(head)
        elif head in names and mention.date.weekday() != names.index(head):
            assert any(
                d.code == "reldate.weekday-mismatch" and d.span == mention.span
                for d in context.diagnostics
            )


def test_resolve_year_closest_prefers_reference_year() -> None:
    """Dates far from New Year keep the reference's year."""
    assert resolve_year_closest(dt.date(1989, 10, 31), 1, 31) == dt.date(1989, 1, 31)


# The prefilter reads the character before each word: at the text's start, at a
# region's start, right after another mention, and after a glued digit form.
PREFILTER_EDGES = [
    ("text-start-weekday", "Kamis (10/7) hujan.", None, [("Kamis (10/7)", "2025-07-10")]),
    ("text-start-year", "2024 adalah tahun pemilu.", None, [("2024", "2024")]),
    ("text-start-dmy", "10/7/2025 rapat.", None, [("10/7/2025", "2025-07-10")]),
    ("one-digit-dmy", "rapat 1/7/2025 itu", None, [("1/7/2025", "2025-07-01")]),
    ("region-start", "Hujan. Kamis (10/7)", Span(7, 19), [("Kamis (10/7)", "2025-07-10")]),
    ("region-inside-word", "xxKamis (10/7)", Span(2, 14), []),
    (
        "semicolon-neighbours",
        "kemarin;besok",
        None,
        [("kemarin", "2025-07-10"), ("besok", "2025-07-12")],
    ),
    ("year-neighbours", "2024;2025", None, [("2024", "2024"), ("2025", "2025")]),
    ("decade", "the '80s boom", None, [("'80s", "198X")]),
    ("quarter-code", "laba Q3 2025 naik", None, [("Q3 2025", "2025-Q3")]),
    ("year-in-number", "Rp2025 dan 120250 orang", None, []),
]


def test_prefilter_hits_may_touch() -> None:
    """A month or weekday name ending in a combining mark ("\u09b6\u09a8\u09bf", Bengali
    Saturday) may be followed at once by another anchor, which is still read."""
    text = "\u09b6\u09a8\u09bf'80s"
    found = find_dates(text, reference=REF, language="bn")
    assert [(m.text, m.value) for m in found] == [("'80s", "198X")]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [case[1:] for case in PREFILTER_EDGES],
    ids=[case[0] for case in PREFILTER_EDGES],
)
def test_prefilter_word_starts(text: str, region: Span | None, expected: list) -> None:
    """Anchors are found at the text's and the region's start and next to other mentions."""
    found = find_dates(text, region, reference=REF, language="id")
    assert [(m.text, m.value) for m in found] == expected


@settings(max_examples=60)
@given(
    st.text(alphabet="KamisJumatSenin lalu pekan bulan 2024(0123456789/)-,.\n", max_size=120),
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.sampled_from((None, "id", "en", "ms")),
    st.integers(0, 30),
)
def test_one_scan_resolved_twice_equals_fresh_calls(
    text: str, first: dt.date, second: dt.date, language: str | None, cut: int
) -> None:
    """A region scanned once and resolved against two references (and none) gives
    exactly what fresh find_dates calls give, diagnostics included."""
    region = Span(min(cut, len(text)), len(text))
    scan = scan_dates(text, region, language=language)
    for reference in (first, None, second):
        shared, fresh = Context(), Context()
        assert resolve_dates(scan, reference=reference, context=shared) == find_dates(
            text, region, reference=reference, language=language, context=fresh
        )
        assert shared.diagnostics == fresh.diagnostics


def test_grammar_blocks_cover_every_shape() -> None:
    """The block grammars hold every shape, so any union of them can stand for the whole."""
    assert frozenset().union(*dates._BLOCKS) == frozenset(dates._ALTERNATIVES)
    every = dates._grammars(("id",), frozenset(dates._ALTERNATIVES))
    assert len(every) > 1
    assert [rank for rank, _ in every] == sorted(rank for rank, _ in every)


@settings(max_examples=60)
@given(
    st.text(alphabet="tahun lalu 2024 ini kini Kamis (10/7) pekan the past week-,.\n", max_size=80),
    st.sampled_from((("id",), ("en",), ("id", "ms", "en"))),
)
def test_block_grammars_match_like_the_whole(text: str, languages: tuple[str, ...]) -> None:
    """At every position, the blocks of every shape give the whole grammar's match."""
    shapes = frozenset(dates._ALTERNATIVES)
    whole = dates._grammar(languages, shapes)
    blocks = dates._grammars(languages, shapes)
    for pos in range(len(text)):
        expected = whole.match(text, pos, len(text))
        got = dates._first_match(blocks, text, pos, len(text))
        assert _match_key(got) == _match_key(expected)


@settings(max_examples=80)
@given(
    st.lists(
        st.sampled_from(
            (
                "the",
                "past",
                "two",
                "weeks",
                "year",
                "years",
                "ago",
                "last",
                "this",
                "of",
                "fiscal",
                "quarter",
                "first",
                "half",
                "current",
                "now",
                "recent",
                "days",
                "1986",
                "January",
                "5",
                "Thursday",
                "tahun",
                "lalu",
                "ini",
                "pekan",
                "kini",
                "saat",
                "2024",
                "\n",
                ",",
                "-",
            )
        ),
        max_size=30,
    ),
    st.sampled_from((("id",), ("en",), ("id", "ms", "en"))),
)
def test_blocks_in_reach_match_like_every_block(
    words: list[str], languages: tuple[str, ...]
) -> None:
    """Trying only the blocks the anchors in reach stand in finds what every block finds."""
    text = " ".join(words)
    scanner = dates._scanner(languages)

    def scan() -> list:
        return [(m.span(), m.lastgroup) for m in dates._scan(scanner, text, 0, len(text))]

    narrowed = scan()
    with mock.patch.object(
        dates, "_blocks_in_reach", lambda langs, shapes, reach: dates._grammars(langs, shapes)
    ):
        assert scan() == narrowed


def _match_key(m: re.Match[str] | None) -> tuple[tuple[int, int], str | None] | None:
    """What a grammar match says: its span and its shape."""
    return None if m is None else (m.span(), m.lastgroup)


# Error classes fixed against TimeBank (English) and aligned with IndoTimex (Indonesian);
# REF is Friday 2025-07-11. Sentences written for these tests.
CONVENTION_CASES = [
    # English: a regular past form is a past cue for a bare month
    ("en-ed-past-month", "The founder stepped down as chairman in November for health reasons.",
     "en", [("November", "2024-11")]),
    ("en-ed-sentence-opening", "In October, the ferry operator received a takeover offer.",
     "en", [("October", "2024-10")]),
    ("en-irregular-past", "In September, the council brought in a new auditor.",
     "en", [("September", "2024-09")]),
    ("en-ed-passive-future", "The new terminal will be completed in September.",
     "en", [("September", "2025-09")]),
    ("en-ed-adjective-no-cue", "Shipments of refined, bleached oil resume in September.",
     "en", [("September", "2025-09")]),
    ("en-ed-other-clause", "Investors welcomed the chief, whose term ends in November.",
     "en", [("November", "2025-11")]),
    ("en-ed-far-away", "Traders placed heavy orders in the morning to start the first trading "
     "day for August contracts.", "en", [("August", "2025-08")]),
    ("en-passive-weekday", "The vote will be held on Sunday in four districts.",
     "en", [("Sunday", "2025-07-13")]),
    ("en-past-intention", "The ministry hoped to publish the review in October.",
     "en", [("October", "2025-10")]),
    ("en-likely-to", "Dealers were likely to buy the shares when trading opens Monday.",
     "en", [("Monday", "2025-07-14")]),
    ("en-deadline-until", "The regulator gave the bidder until mid-September to reply.",
     "en", [("mid-September", "2025-09")]),
    # English: horizon words and a topic that is not a time
    ("en-near-term", "Margins will stay thin in the near term.", "en",
     [("the near term", "FUTURE_REF")]),
    ("en-long-term-over", "Over the long term, the fund expects steady gains.", "en",
     [("the long term", "FUTURE_REF")]),
    ("en-short-term-noun", "The lenders agreed to extend the short term loan by a month.", "en",
     []),
    ("en-current-account", "The current account deficit narrowed; current-account data follow.",
     "en", []),
    ("en-long-term-opening", '"The long term outlook is bright," he said.', "en", []),
    ("en-later-date", "The bonds will be sold at a later date.", "en",
     [("a later date", "FUTURE_REF")]),
    ("en-coming-quarters", "It bodes ill for coming quarters.", "en",
     [("coming quarters", "FUTURE_REF")]),
    ("en-future-of-topic", "The talks matter to the future of both islands.", "en", []),
    ("en-quarter-to-quarter", "The quarter-to-quarter comparison was flattering.", "en", []),
    ("en-quarter-finals", "Eight teams qualify for the quarter-finals.", "en", []),
    # "the past" before a count is a duration (TimeML DURATION, not reported)
    ("en-past-counted-span", "Funds lost $2 billion in the past two months.", "en", []),
    ("en-past-digits-span", "Sales fell over the past 18 months.", "en", []),
    ("en-past-few-weeks", "For the past few weeks the port was shut.", "en", []),
    ("en-past-vague-ref", "Such raids failed in the past, he said.", "en",
     [("the past", "PAST_REF")]),
    ("en-past-several-ref", "Costs rose over the past several quarters.", "en",
     [("the past", "PAST_REF")]),
    # day ranges: the whole range is one mention, valued by the day next to the month
    ("id-day-range", "Turnamen berlangsung pada 21-22 Juni 2025 di Bandung.", "id",
     [("21-22 Juni 2025", "2025-06-22")]),
    ("id-day-range-dash", "Pameran digelar 3\u20135 Agustus.", "id",
     [("3\u20135 Agustus", "2025-08-05")]),
    ("en-day-range", "The fair runs June 21-22, 2025, in Perth.", "en",
     [("June 21-22, 2025", "2025-06-21")]),
    ("id-score-not-range", "Persib menang 2-1 Mei lalu.", "id", []),
    # "lalu lintas" (traffic) is no "lalu" (last) of the date before it
    ("id-lalu-lintas-after-date", "Pada Jumat-Minggu (11-13/7) lalu lintas padat.", "id",
     [("Jumat-Minggu (11-13/7)", "2025-07-13")]),
    ("id-lalu-lintas-after-month", "Pada Juni lalu lintas ramai, kata polisi.", "id",
     [("Juni", "2025-06")]),
    # Indonesian, as IndoTimex annotates it
    ("id-end-of-year-bare", "Proyek itu rampung pada akhir tahun.", "id",
     [("akhir tahun", "2025")]),
    ("id-start-of-month-bare", "Harga beras naik sejak awal bulan.", "id",
     [("awal bulan", "2025-07")]),
    ("id-every-month-end-set", "Gaji dibayar setiap akhir bulan.", "id", []),
    ("id-all-year-duration", "Toko itu buka sepanjang tahun.", "id", []),
    # "awal tahun" of "tahun baru Islam" is no edge of the year; the feast coming next
    # week (1448 H) is past the tables: no value
    ("id-new-year-holiday", "Libur awal tahun baru Islam jatuh pekan depan.", "id",
     [("tahun baru Islam", None), ("pekan depan", "2025-W29")]),
    ("id-lately-past", "Akhir-akhir ini harga cabai melonjak.", "id",
     [("Akhir-akhir ini", "PAST_REF")]),
    ("id-belakangan-past", "Belakangan ini banyak warga mengeluh.", "id",
     [("Belakangan ini", "PAST_REF")]),
    ("id-masa-mendatang", "Kebijakan itu dikaji di masa mendatang.", "id",
     [("masa mendatang", "FUTURE_REF")]),
    ("id-waktu-dekat", "Pemerintah akan mengumumkan hasilnya dalam waktu dekat.", "id",
     [("waktu dekat", "FUTURE_REF")]),
    ("id-weekday-eve", "Ponsel itu kembali pada malam Sabtu setelah dicari.", "id",
     [("malam Sabtu", "2025-07-04")]),
    ("id-weekday-eve-future", "Car Free Night akan digelar pada malam Minggu.", "id",
     [("malam Minggu", "2025-07-12")]),
    ("id-weekday-own-night", "Ponsel itu kembali pada Sabtu malam.", "id",
     [("Sabtu malam", "2025-07-05")]),
    ("id-weekday-eve-every", "Setiap malam Jumat terdengar suara kuda.", "id", []),
    ("ms-weekday-eve", "Majlis tahlil diadakan pada malam Jumaat lalu di surau.", "ms",
     [("Jumaat lalu", "2025-07-04")]),
    ("id-masa-dekat", "Perjanjian itu akan diteken pada masa dekat.", "id",
     [("masa dekat", "FUTURE_REF")]),
    ("ms-masa-terdekat", "Kerajaan akan mengumumkan dasar itu dalam masa terdekat.", "ms",
     [("masa terdekat", "FUTURE_REF")]),
    ("id-ke-depan-alone", "Dialog menjadi jalan utama ke depan.", "id", []),
    ("id-reported-future-not-cue", "Harga turun. OPEC, Rabu, memperkirakan permintaan minyak "
     "akan turun.", "id", [("Rabu", "2025-07-09")]),
    ("en-wrapped-line-no-opening", "Traders will ship the oil in\nSeptember, a dealer at "
     "the port in Surabaya said.", "en", [("September", "2025-09")]),
    ("id-season-this", "Pemain itu direkrut pada musim panas ini.", "id",
     [("musim panas ini", "2025-SU")]),
    # "due to" is a plan before a verb, a cause before a noun phrase
    ("en-due-to-a-plan", "The company is due to report results in January.", "en",
     [("January", "2026-01")]),
    ("en-due-to-a-cause", "Shipments lag due to snowstorms in January.", "en",
     [("January", "2025-01")]),
    ("en-due-to-the-cause", "Shipments lag due to the strike in January.", "en",
     [("January", "2025-01")]),
    ("en-as-recently-as", "Its last visit was as recent as June, officials said.", "en",
     [("June", "2025-06")]),
    ("en-most-recently-as", "He served most recently as a partner.", "en",
     [("recently", "PAST_REF")]),
    ("en-glued-day", "The pullout ended on Sept.12, weeks after the August-17 blasts.",
     "en", [("Sept.12", "2025-09-12"), ("August-17", "2025-08-17")]),
    ("en-fiscal-half", "Sales rose in the first half of fiscal 2005.", "en",
     [("first half of fiscal 2005", "2005-H1")]),
    ("en-fiscal-quarter", "It lost money in the first quarter fiscal 1986.", "en",
     [("first quarter fiscal 1986", "1986-Q1")]),
    ("id-decade-glued-an", "Harimau itu punah sejak 1980an.", "id", [("1980an", "198X")]),
    ("en-financial-year", "Demand may fall this financial year, not next financial year.",
     "en", [("this financial year", "2025"), ("next financial year", "2026")]),
    ("en-latest-quarter-telegraphic", "Net in latest quarter includes a gain.", "en",
     [("latest quarter", "2025-Q2")]),
    ("id-sehari-semalam", "Jangan menghilangkannya dalam sehari semalam.", "id", []),
    # a timetable in the present looks forward for a month too; "starts" may be a noun
    ("en-month-timetable", "Talks aim to replace the pact, which expires in March.", "en",
     [("March", "2026-03")]),
    ("en-month-starts-noun", "Housing starts in February fell, the agency said.", "en",
     [("February", "2025-02")]),
    # "until" a bare weekday with no tense cue: the coming one; a past cue still wins
    ("en-until-weekday", "Talks have been put off until Wednesday.", "en",
     [("Wednesday", "2025-07-16")]),
    ("en-until-weekday-past", "He stayed in the capital until Wednesday.", "en",
     [("Wednesday", "2025-07-09")]),
    # an infinitive of starting or holding before a bare weekday: a plan
    ("en-to-begin-weekday", "The talks to begin on Tuesday will mark a new start.", "en",
     [("Tuesday", "2025-07-15")]),
    ("en-to-hold-weekday", "REAGAN TO HOLD NEWS CONFERENCE THURSDAY", "en",
     [("THURSDAY", "2025-07-17")]),
    ("ms-sehingga-weekday", "Pameran itu dibuka kepada orang ramai sehingga Ahad.", "ms",
     [("Ahad", "2025-07-13")]),
    # days listed before the week they are in share it
    ("en-days-of-next-week", "The vote is on Friday and Saturday next week.", "en",
     [("Friday", "2025-07-18"), ("Saturday next week", "2025-07-19")]),
    ("ms-days-of-next-week", "Kesesakan memuncak pada Jumaat dan Sabtu minggu depan.", "ms",
     [("Jumaat", "2025-07-18"), ("Sabtu minggu depan", "2025-07-19")]),
    # Malaysia's season and feast names; a decade after "era"
    ("ms-seasons", "Penerbangan disambung pada musim sejuk ini, bukan musim panas lalu.", "ms",
     [("musim sejuk ini", "2025-WI"), ("musim panas lalu", "2024-SU")]),
    ("ms-feasts", "Gereja penuh pada malam Krismas dan pada Jumaat Agung.", "ms",
     [("malam Krismas", "2025-12-24"), ("Jumaat Agung", "2025-04-18")]),
    ("id-era-decade", "Ia aktif di era 90an dan era 80-an, bukan usia 30-an.", "id",
     [("90an", "199X"), ("80-an", "198X")]),
    # a count of units ago after "sepanjang", "tempoh", "selama": a span
    ("ms-span-ago", "Dalam tempoh dua tahun lepas, kes buli meningkat.", "ms", []),
    ("id-span-coming", "Selama tiga tahun mendatang ia bertugas di sana.", "id", []),
    ("ms-span-coming", "Dalam tempoh dua tahun akan datang, kos naik.", "ms", []),
    # a day or weekday that restates the holiday named before it takes its year
    ("ms-feast-falls-on", "Thaipusam 2024 jatuh pada 25 Januari.", "ms",
     [("Thaipusam 2024", "2024-01-25"), ("25 Januari", "2024-01-25")]),
    ("en-holiday-fell-on", "Christmas 2024 fell on a Wednesday.", "en",
     [("Christmas 2024", "2024-12-25"), ("Wednesday", "2024-12-25")]),
    ("ms-holiday-day-set", "Hari Pekerja jatuh pada 1 Mei setiap tahun.", "ms",
     [("Hari Pekerja", "2025-05-01")]),
    # a month after a month and a slash; the pair shares a written year; a desk's
    # initials are no month
    ("en-month-slash-month", "Shipments during January/November 1986 rose.", "en",
     [("January", "1986-01"), ("November 1986", "1986-11")]),
    ("en-abbreviations-slash", "Exports during Jan/Feb 1986 rose; Jan alone is a name.", "en",
     [("Jan", "1986-01"), ("Feb 1986", "1986-02")]),
    ("id-initials-slash", "Harga naik.\n(jbr/mei)", "id", []),
    ("id-month-in-a-name", "Kuliah di Universitas Sebelas Maret dan ITS Sepuluh Nopember.",
     "id", []),
    ("en-current-on-interest", "The debtor is current on interest and repays its loans.",
     "en", []),
    ("en-award-of-the-year", "He was named player of the year, at the end of the year.", "en",
     [("the end of the year", "2025")]),
    # "tanggal 19": a day of the month the text leaves to the reader; the nearest, or the
    # one the tense points to; none where a month or a list is written
    ("id-day-of-month", "Sidang berikutnya akan digelar tanggal 24.", "id",
     [("tanggal 24", "2025-07-24")]),
    ("id-day-of-month-nearest", "Dia berharap Maia datang ke tanggal 9.", "id",
     [("tanggal 9", "2025-07-09")]),
    ("id-day-of-month-not-hijri", "Puasa Ayyamul Bidh Dzulhijjah dilaksanakan pada tanggal 13.",
     "id", []),
    ("id-day-of-month-list", "Penerbangan pada tanggal 23, 24, dan 25 Mei 2025.", "id",
     [("23", "2025-05-23"), ("24", "2025-05-24"), ("25 Mei 2025", "2025-05-25")]),
    # "hari Senin, tanggal 14 Juli 2025": the weekday and its date are one mention
    ("id-weekday-tanggal", "Ia diperiksa sebagai saksi pada hari Senin, tanggal 14 Juli 2025.",
     "id", [("Senin, tanggal 14 Juli 2025", "2025-07-14")]),
    # a relative day restated by the written day after it takes that day; not a day that
    # contradicts its weekday (a stale template) nor a range of days
    ("id-today-restated", "Umat Muslim hari ini, Kamis (10/7/2025), berkumpul.", "id",
     [("hari ini", "2025-07-10"), ("Kamis (10/7/2025)", "2025-07-10")]),
    ("en-yesterday-restated", "The talks ended yesterday, Wednesday, July 9.", "en",
     [("yesterday", "2025-07-09"), ("Wednesday, July 9", "2025-07-09")]),
    ("id-today-stale-template", "Harga emas hari ini, Selasa (10/4/2025), naik.", "id",
     [("hari ini", "2025-07-11"), ("Selasa (10/4/2025)", "2025-04-10")]),
    ("id-today-before-range", "Promo minyak goreng hari ini 12-14 Juli.", "id",
     [("hari ini", "2025-07-11"), ("12-14 Juli", "2025-07-14")]),
    ("id-today-restated-iso", "Harga emas hari ini, 2025-07-10, naik.", "id",
     [("hari ini", "2025-07-10"), ("2025-07-10", "2025-07-10")]),
    # a half before a word of accounts is the year's; a game's half is no date
    ("en-first-half-results", "The group reported first-half results and first half net.",
     "en", [("first-half", "2025-H1"), ("first half", "2025-H1")]),
    ("en-game-half", "He scored in the first half; fans hated the first-half deficit.", "en",
     []),
    # a day a scrape glued to the lower-case word before its month and year
    ("id-glued-day", "Artikel horoskopzodiak14 Juni 2025 dan model G20 Juni 2025.", "id",
     [("14 Juni 2025", "2025-06-14"), ("Juni 2025", "2025-06")]),
    # a month "of" its year is one mention; a season naming a crop and a unit "and a half"
    # are no dates
    ("en-month-of-year", "Sales fell from February of 1986.", "en",
     [("February of 1986", "1986-02")]),
    ("en-season-crop", "Frost hit the winter wheat and the summer crops.", "en", []),
    ("en-and-a-half", "Over the past year and a half, and the next month and a half.", "en",
     []),
    # vague past words; "of late" only at its clause's end
    ("en-of-late", "Demand has been weak of late. Of late the army has pulled back.", "en",
     [("of late", "PAST_REF"), ("Of late", "PAST_REF")]),
    ("en-of-late-adjective", "The estate of late chairman Crosby sold shares.", "en", []),
    ("en-some-time-ago", "It was spotted some time ago and a while ago.", "en",
     [("some time ago", "PAST_REF"), ("a while ago", "PAST_REF")]),
    ("en-or-two", "Prices rose for the last week or two.", "en", []),
    ("en-kick-off-weekday", "Other matches kick off on Wednesday.", "en",
     [("Wednesday", "2025-07-16")]),
    # "sejak" / "since" right before a bare month: the last such month
    ("id-sejak-month", "Harga naik sejak Oktober dan sejak bulan September.", "id",
     [("Oktober", "2024-10"), ("September", "2024-09")]),
    ("en-since-wrapped-month", "The estimate has been left unchanged since\nOctober.", "en",
     [("October", "2024-10")]),
    # a weekday restating the written day right before it takes that day
    ("id-weekday-restates-day", "Libur jatuh pada 27 Juni 2025 yang jatuh pada hari Jumat.",
     "id", [("27 Juni 2025", "2025-06-27"), ("Jumat", "2025-06-27")]),
    ("id-weekday-restates-day-paren", "27 Juni (Jumat): Tahun Baru Islam.", "id",
     [("27 Juni", "2025-06-27"), ("Jumat", "2025-06-27"), ("Tahun Baru Islam", "2025-06-27")]),
    ("en-weekday-restates-day", "The vote is on July 25, a Friday.", "en",
     [("July 25", "2025-07-25"), ("Friday", "2025-07-25")]),
    ("en-weekday-after-a-dash", "The highest since July 31 -- from the level at Wednesday's "
     "close.", "en", [("July 31", "2025-07-31"), ("Wednesday", "2025-07-09")]),
    # uncounted tens of years and some time ago
    ("id-puluhan-tahun-lalu", "Warga terpisah sejak puluhan tahun lalu, kata dia beberapa "
     "waktu yang lalu.", "id",
     [("puluhan tahun lalu", "PAST_REF"), ("beberapa waktu yang lalu", "PAST_REF")]),
    ("en-if-weekday", "They go top if they beat Groningen on Sunday.", "en",
     [("Sunday", "2025-07-13")]),
    ("en-then-current", "The then-current chairman resigned.", "en", []),
    # a count of animals or things; an anniversary; a festival's name
    ("id-count-ekor", "Sapi jantan mencapai 1998 ekor, kata dia.", "id", []),
    ("id-ulang-tahun-ini", "Perayaan hari ulang tahun ini meriah; tren terulang tahun ini.",
     "id", [("tahun ini", "2025")]),
    ("en-spring-festival", "Flights for the Spring Festival resumed.", "en", []),
    # "the year" that a written year right before it names
    ("en-the-year-named", "By 2010, the year the plan ends, and 2007 is the year of metal.",
     "en", [("2010", "2010"), ("the year", "2010"), ("2007", "2007"), ("the year", "2007")]),
    # a month and day after a colon with no space; a spelled day before "unless"; a
    # fixture list's "Playing Sunday:"
    ("en-date-after-colon", "Price rose (effective date:August 1, 1996); NOTE:Current half.",
     "en", [("August 1, 1996", "1996-08-01")]),
    ("en-spelled-day-unless", "The offer will expire April Nine unless extended.", "en",
     [("April Nine", "2026-04-09")]),
    ("en-playing-weekday", "Playing Sunday:\nAberdeen v Celtic", "en",
     [("Sunday", "2025-07-13")]),
    ("en-h1-year", "Sales in H1 2024 rose, against H1 2023; H1N1 spread.", "en",
     [("H1 2024", "2024-H1"), ("H1 2023", "2023-H1")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [c[1:] for c in CONVENTION_CASES],
    ids=[c[0] for c in CONVENTION_CASES],
)
def test_conventions_aligned(text: str, language: str, expected: list) -> None:
    """Tense cues, horizon words, day ranges and IndoTimex's REF and edge conventions."""
    assert values(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted day word counts from the day its attribution writes
        ("\u201cTerhitung sejak hari ini ia ditahan,\u201d kata Harianto saat dikonfirmasi, "
         "Rabu (9/7/2025).", [("hari ini", "2025-07-09", "quote-day"),
                              ("Rabu (9/7/2025)", "2025-07-09", "weekday+dmy")]),
        ('"Kemarin kami turunkan ahli," kata Berry saat dihubungi, Selasa (8/7/2025).',
         [("Kemarin", "2025-07-07", "quote-day"), ("Selasa (8/7/2025)", "2025-07-08",
                                                  "weekday+dmy")]),
        # not the reference's own day, a typo's month, or a day word outside the quote
        ('"Hari ini kami rapat," kata dia, Jumat (11/7/2025).',
         [("Hari ini", "2025-07-11", "relative-day"), ("Jumat (11/7/2025)", "2025-07-11",
                                                       "weekday+dmy")]),
        ('"Kemarin kami rapat," kata dia, Selasa (8/4/2025).',
         [("Kemarin", "2025-07-10", "relative-day"), ("Selasa (8/4/2025)", "2025-04-08",
                                                      "weekday+dmy")]),
        ("Hari ini ia ditahan, kata Harianto, Rabu (9/7/2025).",
         [("Hari ini", "2025-07-11", "relative-day"), ("Rabu (9/7/2025)", "2025-07-09",
                                                       "weekday+dmy")]),
    ],
)  # fmt: skip
def test_a_quoted_day_counts_from_its_attribution(text: str, expected: list) -> None:
    """ "hari ini", "kemarin" inside a quotation whose attribution writes an earlier day."""
    found = find_dates(text, reference=REF, language="id")
    assert [(m.text, m.value, m.anchor.rule) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Delegates would attend talks starting this week.", "2025-W29"),
        ("Pembahasan akan dilakukan pada minggu ini.", "2025-W29"),
        ("Prices fell this week.", "2025-W28"),  # the week ending today
        ("The index rose this week.", "2025-W28"),
    ],
)
def test_this_week_in_a_sundays_story(text: str, value: str) -> None:
    """On a Sunday, "this week" with a future cue is the week that begins tomorrow."""
    found = find_dates(text, reference=dt.date(2025, 7, 13))
    assert [m.value for m in found] == [value]


def test_values_keep_four_year_digits_near_year_one() -> None:
    """Values are ISO-shaped at the calendar's edge too: the year has four digits."""
    ref = dt.date(1, 6, 15)
    found = find_dates("Juni lalu, pekan lalu, tahun lalu.", reference=ref, language="id")
    assert [m.value for m in found] == ["0000-06", "0001-W23", "0000"]
    found = find_dates("the previous quarter", reference=ref, language="en")
    assert [m.value for m in found] == ["0001-Q1"]
