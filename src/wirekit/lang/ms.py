"""Malay date vocabulary, written by hand where dateparser is thin.

dateparser's ``ms`` table lacks "minggu lepas" in full, "kelmarin" (the day
before yesterday), "lusa", "hadapan" and the part-of-day words.
"""

from __future__ import annotations

from ._words import RelativeWords
from .id import RELATIVE as _ID
from .id import spelled_numbers

__all__ = ["EXTRA_MONTHS", "EXTRA_WEEKDAYS", "RELATIVE"]

EXTRA_WEEKDAYS = {"jumaat": 4, "khamis": 3}
EXTRA_MONTHS = {"mac": 3, "jun": 6, "julai": 7, "ogos": 8, "sept": 9, "disember": 12}

RELATIVE = RelativeWords(
    fixed_days={
        "hari ini": 0,
        "semalam": -1,
        "kelmarin": -2,
        "esok": 1,
        "lusa": 2,
        "tulat": 3,
        "pagi tadi": 0,
        "malam tadi": -1,
        # a part of today ("petang ini", "tengah hari tadi"), of yesterday ("pagi semalam")
        "pagi ini": 0,
        "tengah hari ini": 0,
        "petang ini": 0,
        "malam ini": 0,
        "awal pagi tadi": 0,
        "tengah hari tadi": 0,
        "petang tadi": 0,
        "pagi semalam": -1,
        "tengah hari semalam": -1,
        "petang semalam": -1,
        "malam semalam": -1,
    },
    fixed_part_of_day={
        "pagi tadi": "MO",
        "malam tadi": "NI",
        "pagi ini": "MO",
        "tengah hari ini": "MI",
        "petang ini": "AF",
        "malam ini": "NI",
        "awal pagi tadi": "MO",
        "tengah hari tadi": "MI",
        "petang tadi": "AF",
        "pagi semalam": "MO",
        "tengah hari semalam": "MI",
        "petang semalam": "AF",
        "malam semalam": "NI",
    },
    units={
        "hari": "D",
        "minggu": "W",
        "bulan": "M",
        "tahun": "Y",
        "dekad": "E",
        "hujung minggu": "WE",
    },
    one_units={"sehari": "D", "seminggu": "W", "sebulan": "M", "setahun": "Y"},
    numbers=spelled_numbers("lapan"),
    post_last=("lepas", "yang lepas", "lalu", "yang lalu"),
    post_next=("depan", "hadapan", "akan datang", "mendatang"),
    post_this=("ini", "semasa"),  # "tahun semasa": the current year
    ago=("lalu", "yang lalu", "lepas", "yang lepas"),
    later=("lagi", "dari sekarang"),
    anaphoric_post={"sebelumnya": -1, "berikutnya": 1, "itu": 0, "tersebut": 0, "yang sama": 0},
    anaphoric_count={
        "kemudian": 1,
        "kemudiannya": 1,
        "sebelumnya": -1,
        "sebelum itu": -1,
        "selepas itu": 1,
        "selepasnya": 1,
    },
    anaphoric_days={"keesokan harinya": 1, "keesokannya": 1, "esoknya": 1},
    holidays={
        "krismas": (12, 25),
        "hari krismas": (12, 25),
        "tahun baharu": (1, 1),
        "hari kebangsaan": (8, 31),
        "hari merdeka": (8, 31),
        "hari malaysia": (9, 16),
        "hari pekerja": (5, 1),
        "tahun baru": (1, 1),
        "tahun baru cina": "lunar-new-year",
        "tahun baharu cina": "lunar-new-year",
        # Malaysia's feasts (wirekit.lang._calendar): 1 Syawal and 1 Muharram fall on
        # Indonesia's days, 10 Zulhijah has a table of its own
        "aidilfitri": "eid-al-fitr",
        "hari raya aidilfitri": "eid-al-fitr",
        "hari raya puasa": "eid-al-fitr",
        "aidiladha": "eid-al-adha-my",
        "hari raya aidiladha": "eid-al-adha-my",
        "hari raya haji": "eid-al-adha-my",
        "hari raya korban": "eid-al-adha-my",
        "awal muharam": "islamic-new-year",
        "awal muharram": "islamic-new-year",
        "maal hijrah": "islamic-new-year",
        "ma'al hijrah": "islamic-new-year",
        "deepavali": "deepavali-my",
        "hari deepavali": "deepavali-my",
        "thaipusam": "thaipusam-my",
        "hari thaipusam": "thaipusam-my",
        "wesak": "wesak-my",
        "hari wesak": "wesak-my",
    },
    anniversaries={"hari kebangsaan": 1957, "hari malaysia": 1963},
    hijri_months={
        "syawal": ("eid-al-fitr", 1),
        "zulhijjah": ("eid-al-adha-my", 10),
        "zulhijah": ("eid-al-adha-my", 10),
        "muharam": ("islamic-new-year", 1),
        "muharram": ("islamic-new-year", 1),
    },
    edges=("awal", "akhir", "pertengahan", "hujung", "penghujung"),
    refs={
        "ketika ini": "PRESENT_REF",
        "kini": "PRESENT_REF",
        "sekarang": "PRESENT_REF",
        "pada masa ini": "PRESENT_REF",
        "buat masa ini": "PRESENT_REF",
        "dewasa ini": "PRESENT_REF",
        "ketika itu": "PAST_REF",
        "baru-baru ini": "PAST_REF",
        "kebelakangan ini": "PAST_REF",
        "masa lalu": "PAST_REF",
        "masa lampau": "PAST_REF",
        "masa depan": "FUTURE_REF",
        "masa hadapan": "FUTURE_REF",
        "masa akan datang": "FUTURE_REF",
        "masa yang akan datang": "FUTURE_REF",
    },
    parts_of_day={"pagi": "MO", "tengah hari": "MI", "petang": "AF", "malam": "NI"},
    ordinals={"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4},
    quarter_words={"suku": "Q", "suku tahun": "Q", "separuh": "H"},
    year_words=("tahun",),
    future_cues=(
        "akan",
        "bakal",
        "dijadual",
        "dijadualkan",
        "dijangka",
        "dijangkakan",
        "bercadang",
        "depan",
        "hadapan",
    ),
    reporting_verbs=(
        "kata",
        "katanya",
        "berkata",
        "ujar",
        "ujarnya",
        "menurut",
        "memberitahu",
        "menyatakan",
    ),
    past_cues=(
        "telah",
        "sudah",
        "lepas",
        "lalu",
    ),
    # a start or a timetable: "berkuat kuasa mulai Isnin", "bermula Selasa"
    weekday_future_cues=("mulai", "bermula", "dijadual", "dijadualkan"),
    until_words=("sehingga", "hingga", "sampai"),  # "dibuka kepada orang ramai sehingga Ahad"
    this_weekday_ahead=True,
    ambiguous_lower=("minggu",),
    magnitudes=("ratus", "ratusan", "ribu", "ribuan", "juta", "jutaan", "bilion", "billion"),
    age_words=("berusia", "berumur"),
    set_words=("setiap", "tiap", "tiap-tiap", "saban"),
    # "Pekan Rabu", "Abdul Ahad"; titles and places before a name: "Encik Sabtu Ismail",
    # "Haji Ahad Jaafar", "Kampung Sabtu"
    weekday_name_before=(
        "pasar",
        "pekan",
        "abdul",
        "encik",
        "cik",
        "tuan",
        "haji",
        "hajah",
        "datuk",
        "kampung",
        "jalan",
        "taman",
    ),
    part_of_day_nouns=_ID.part_of_day_nouns,  # as Indonesian: "makan malam ini" is a dinner
    month_name_verbs=("kata", "ujar", "jelas", "tambah", "katanya", "jelasnya", "tambahnya"),
    date_prepositions=(
        "pada",
        "sejak",
        "hingga",
        "sehingga",
        "bulan",
        "selama",
        "sebelum",
        "selepas",
        "menjelang",
        "dan",
        "atau",
    ),
    ahead_cues=_ID.ahead_cues,  # as Indonesian: "menjelang Deepavali"
    day_off_words=("cuti", "kelepasan"),
    holiday_goods_before=_ID.holiday_goods_before,  # as Indonesian: "baju Raya" ...
    night_span_before=_ID.night_span_before,  # "sepanjang semalam": all night
    night_span_after=_ID.night_span_after,
    century_words=("abad",),
)
