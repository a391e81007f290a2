"""Indonesian date vocabulary, written by hand where dateparser is thin.

dateparser's ``id`` table gives the weekday and month names; it has no
"pekan" (week), no "kemarin lusa", "lusa", "silam", "mendatang", no
part-of-day words and no PRESENT_REF/PAST_REF phrases, so those live here.
"""

from __future__ import annotations

from ._words import RelativeWords

__all__ = ["EXTRA_MONTHS", "EXTRA_WEEKDAYS", "RELATIVE"]

# Spellings seen in wire copy that dateparser lacks.
EXTRA_WEEKDAYS = {"jum'at": 4, "jumaat": 4, "ahad": 6}
EXTRA_MONTHS = {"nopember": 11, "pebruari": 2, "agt": 8, "okt": 10}


def spelled_numbers(eight: str) -> dict[str, int]:
    """The numbers 1-99 in words ("dua belas", "dua puluh lima"), with ``eight`` as
    Indonesian ("delapan") or Malay ("lapan") writes it, and "beberapa" (some: 0)."""
    units = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", eight, "sembilan")
    numbers = {word: n for n, word in enumerate(units, 1)}
    numbers |= {"sepuluh": 10, "sebelas": 11, "beberapa": 0}
    numbers |= {f"{word} belas": 10 + n for n, word in enumerate(units[1:], 2)}
    for tens, word in enumerate(units[1:], 2):
        numbers[f"{word} puluh"] = 10 * tens
        numbers |= {f"{word} puluh {unit}": 10 * tens + n for n, unit in enumerate(units, 1)}
    return numbers


NUMBERS = spelled_numbers("delapan")

RELATIVE = RelativeWords(
    fixed_days={
        "hari ini": 0,
        "kemarin": -1,
        "kemarin lusa": -2,
        "besok": 1,
        "esok": 1,
        "esok hari": 1,
        "lusa": 2,
        "tadi pagi": 0,
        "tadi siang": 0,
        "tadi sore": 0,
        "tadi malam": -1,
        "semalam": -1,
        # a part of today: "pagi ini" (this morning), "dini hari tadi" (early today)
        "pagi ini": 0,
        "siang ini": 0,
        "sore ini": 0,
        "petang ini": 0,
        "malam ini": 0,
        "pagi tadi": 0,
        "siang tadi": 0,
        "sore tadi": 0,
        "dini hari tadi": 0,
        "dini hari ini": 0,
    },
    fixed_part_of_day={
        "tadi pagi": "MO",
        "tadi siang": "MI",
        "tadi sore": "AF",
        "tadi malam": "NI",
        "semalam": "NI",
        "pagi ini": "MO",
        "siang ini": "MI",
        "sore ini": "AF",
        "petang ini": "EV",
        "malam ini": "NI",
        "pagi tadi": "MO",
        "siang tadi": "MI",
        "sore tadi": "AF",
        "dini hari tadi": "NI",
        "dini hari ini": "NI",
    },
    units={
        "hari": "D",
        "pekan": "W",
        "minggu": "W",
        "bulan": "M",
        "tahun": "Y",
        "dekade": "E",
        "dasawarsa": "E",
        "akhir pekan": "WE",
        # seasons abroad (IndoTimex reads them so): "musim panas ini" -> 2025-SU
        "musim semi": "SP",
        "musim panas": "SU",
        "musim gugur": "FA",
        "musim dingin": "WI",
    },
    one_units={
        "sehari": "D",
        "sepekan": "W",
        "seminggu": "W",
        "sebulan": "M",
        "setahun": "Y",
        "satu dekade": "E",
        "sedekade": "E",
    },
    numbers=NUMBERS,
    post_last=("lalu", "yang lalu", "kemarin", "silam"),
    post_next=("depan", "mendatang", "yang akan datang", "berikutnya", "besok"),
    post_this=("ini",),
    ago=("lalu", "yang lalu", "silam"),
    later=("lagi", "mendatang", "dari sekarang"),
    anaphoric_post={
        "sebelumnya": -1,
        "berikutnya": 1,
        "selanjutnya": 1,
        "itu": 0,  # "tahun itu", "hari tersebut": the story's own year, day
        "tersebut": 0,
        "yang sama": 0,
    },
    anaphoric_count={"kemudian": 1, "sebelumnya": -1, "setelahnya": 1, "sesudahnya": 1},
    anaphoric_days={"keesokan harinya": 1, "keesokan hari": 1, "esok harinya": 1},
    holidays={
        "natal": (12, 25),
        "hari natal": (12, 25),
        "malam natal": (12, 24),
        "tahun baru": (1, 1),
        "malam tahun baru": (12, 31, -1),
        "hari kemerdekaan": (8, 17),
        "hari buruh": (5, 1),
        "hari kartini": (4, 21),
        "hari pendidikan nasional": (5, 2),
        "hari sumpah pemuda": (10, 28),
        "hari pahlawan": (11, 10),
        # movable feasts (wirekit.lang._calendar); Islamic ones by the Indonesian calendar
        "idul fitri": "eid-al-fitr",
        "idulfitri": "eid-al-fitr",
        "iedul fitri": "eid-al-fitr",
        "hari raya idul fitri": "eid-al-fitr",
        "hari raya idulfitri": "eid-al-fitr",
        "lebaran": "eid-al-fitr",
        "hari lebaran": "eid-al-fitr",
        "idul adha": "eid-al-adha",
        "iduladha": "eid-al-adha",
        "iedul adha": "eid-al-adha",
        "idul kurban": "eid-al-adha",
        "hari raya idul adha": "eid-al-adha",
        "hari raya iduladha": "eid-al-adha",
        "hari raya kurban": "eid-al-adha",
        "lebaran haji": "eid-al-adha",
        "lebaran kurban": "eid-al-adha",
        "lebaran idul adha": "eid-al-adha",
        "paskah": "easter",
        "hari paskah": "easter",
        "minggu paskah": "easter",
        "jumat agung": "easter-2",
        "rabu abu": "easter-46",
        "kenaikan isa almasih": "easter+39",
        "kenaikan yesus kristus": "easter+39",
        "pentakosta": "easter+49",
        "tahun baru islam": "islamic-new-year",
        "tahun baru hijriah": "islamic-new-year",
        "tahun baru hijriyah": "islamic-new-year",
        "imlek": "lunar-new-year",
        "tahun baru imlek": "lunar-new-year",
        "hari raya imlek": "lunar-new-year",
        "tahun baru china": "lunar-new-year",
        "tahun baru cina": "lunar-new-year",
    },
    hijri_months={
        "muharram": ("islamic-new-year", 1),
        "muharam": ("islamic-new-year", 1),
        "syawal": ("eid-al-fitr", 1),
        "syawwal": ("eid-al-fitr", 1),
        "dzulhijjah": ("eid-al-adha", 10),
        "dzulhijah": ("eid-al-adha", 10),
        "zulhijjah": ("eid-al-adha", 10),
        "zulhijah": ("eid-al-adha", 10),
    },
    edges=("awal", "akhir", "pertengahan", "medio", "penghujung", "sepanjang"),
    refs={
        "saat ini": "PRESENT_REF",
        "kini": "PRESENT_REF",
        "sekarang": "PRESENT_REF",
        "dewasa ini": "PRESENT_REF",
        "masa kini": "PRESENT_REF",
        "hingga kini": "PRESENT_REF",
        # "lately" looks back (TimeML; IndoTimex reads "akhir-akhir ini" so)
        "belakangan ini": "PAST_REF",
        "akhir-akhir ini": "PAST_REF",
        "saat itu": "PAST_REF",
        "ketika itu": "PAST_REF",
        "waktu itu": "PAST_REF",
        "kala itu": "PAST_REF",
        "belum lama ini": "PAST_REF",
        "baru-baru ini": "PAST_REF",
        "beberapa waktu lalu": "PAST_REF",
        "masa lalu": "PAST_REF",
        "masa lampau": "PAST_REF",
        # "dulu" alone is also "first" ("tunggu dulu"): only its temporal phrases
        "yang dulu": "PAST_REF",
        "sejak dulu": "PAST_REF",
        "dari dulu": "PAST_REF",
        "zaman dulu": "PAST_REF",
        "masa dulu": "PAST_REF",
        "dulu kala": "PAST_REF",
        "dulunya": "PAST_REF",
        "sejak dahulu": "PAST_REF",
        "zaman dahulu": "PAST_REF",
        "dahulu kala": "PAST_REF",
        "masa silam": "PAST_REF",
        "masa depan": "FUTURE_REF",
        "masa mendatang": "FUTURE_REF",
        # "di kemudian hari": in the future (not "kemudian hari ini", "then today")
        "kemudian hari": "FUTURE_REF",
        "waktu mendatang": "FUTURE_REF",
        "masa yang akan datang": "FUTURE_REF",
        "waktu yang akan datang": "FUTURE_REF",
        "waktu dekat": "FUTURE_REF",  # "dalam waktu dekat": in the near future
        "sebentar lagi": "FUTURE_REF",
        # "ke depan" alone ("langkah ke depan", "ke depan, pemerintah akan ...")
        # is no timex in IndoTimex: only "tiga tahun ke depan", a duration.
    },
    parts_of_day={
        "pagi": "MO",
        "siang": "MI",
        "sore": "AF",
        "petang": "EV",
        "malam": "NI",
        "dini hari": "NI",
        "pagi hari": "MO",
        "siang hari": "MI",
        "sore hari": "AF",
        "malam hari": "NI",
    },
    ordinals={
        "pertama": 1,
        "kedua": 2,
        "ketiga": 3,
        "keempat": 4,
        "i": 1,
        "ii": 2,
        "iii": 3,
        "iv": 4,
        "1": 1,
        "2": 2,
        "3": 3,
        "4": 4,
    },
    quarter_words={"kuartal": "Q", "triwulan": "Q", "semester": "H", "paruh": "H"},
    year_words=("tahun",),
    future_cues=(
        "akan",
        "bakal",
        "hendak",
        "dijadwalkan",
        "rencananya",
        "berencana",
        "direncanakan",
        "nanti",
        "depan",
        "mendatang",
    ),
    reporting_verbs=(
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "ungkap",
        "ungkapnya",
        "tutur",
        "tuturnya",
        "papar",
        "paparnya",
        "tegas",
        "tegasnya",
        "jelasnya",
        "imbuhnya",
        "tambahnya",
        "mengatakan",
        "menyatakan",
        "menjelaskan",
        "mengungkapkan",
        "menuturkan",
        "menegaskan",
        "menyebutkan",
        "menyampaikan",
        "disampaikan",
        "dikatakan",
        "mengaku",
        "menambahkan",
    ),
    # Past markers (the reporting verbs above are past cues too: "kata dia, Kamis" is past
    # even after "akan").
    past_cues=(
        "telah",
        "sudah",
        "tadi",
        "lalu",
        "silam",
        "sebelumnya",  # "pertandingan sebelumnya di bulan November": the past
        "kemarin",
    ),
    ambiguous_lower=("minggu",),
    set_words=("setiap", "tiap", "tiap-tiap", "saban"),
    weekday_name_before=("pasar",),  # "Pasar Minggu", "Desa Pasar Jumat"
    part_of_day_nouns=(
        "makan",
        "tidur",
        "jam",
        "pasar",
        "sarapan",
        "senam",
        "salat",
        "shalat",
        "sholat",
        "solat",
        "krim",
    ),
    century_words=("abad",),
)
