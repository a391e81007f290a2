"""The records that hold one language's date vocabulary.

Everything is lower-case and plain data (dicts and tuples of strings) so that
the date scanner can be assembled from it; nothing here is a pattern.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["DateWords", "RelativeWords"]


def _frozen_map(value: Mapping[str, object]) -> dict[str, object]:
    return {k.lower(): v for k, v in value.items()}


@attrs.frozen
class RelativeWords:
    """Relative-date vocabulary of one language (Indonesian, Malay, English).

    Offsets are in days for ``fixed_days``; units are one-letter codes:
    ``D`` day, ``W`` week, ``M`` month, ``Y`` year, ``Q`` quarter, ``E`` decade,
    ``WE`` weekend, and season codes ``SP``/``SU``/``FA``/``WI``.
    """

    fixed_days: Mapping[str, int] = attrs.field(factory=dict)  # "kemarin" -> -1
    fixed_part_of_day: Mapping[str, str] = attrs.field(factory=dict)  # "tadi malam" -> "NI"
    units: Mapping[str, str] = attrs.field(factory=dict)  # "pekan" -> "W"
    one_units: Mapping[str, str] = attrs.field(factory=dict)  # "setahun" -> "Y" (count 1)
    numbers: Mapping[str, int] = attrs.field(factory=dict)  # "dua" -> 2
    pre_last: tuple[str, ...] = ()  # "last" week
    pre_next: tuple[str, ...] = ()  # "next" week
    pre_this: tuple[str, ...] = ()  # "this" week
    post_last: tuple[str, ...] = ()  # pekan "lalu"
    post_next: tuple[str, ...] = ()  # pekan "depan"
    post_this: tuple[str, ...] = ()  # pekan "ini"
    ago: tuple[str, ...] = ()  # dua hari "lalu", two days "ago"
    later: tuple[str, ...] = ()  # dua hari "lagi", two days "later"
    edges: tuple[str, ...] = ()  # "awal" pekan ini, "earlier" this year: value unchanged
    # Anaphoric words: counted from the last date the text mentions before them.
    anaphoric_pre: Mapping[str, int] = attrs.field(factory=dict)  # "the following" year -> 1
    anaphoric_post: Mapping[str, int] = attrs.field(factory=dict)  # tahun "sebelumnya" -> -1
    anaphoric_count: Mapping[str, int] = attrs.field(factory=dict)  # dua hari "kemudian" -> 1
    anaphoric_days: Mapping[str, int] = attrs.field(factory=dict)  # "keesokan harinya" -> 1
    # the story's day, or the day named last when it lies in the same week: "later in the day"
    story_days: tuple[str, ...] = ()
    # Holidays (a capital required). Fixed-date: "natal" -> (12, 25); a third number shifts
    # a written year ("malam tahun baru 2025" is 2024-12-31: the year is the new one).
    # Movable feasts: a rule of wirekit.lang._calendar, "paskah" -> "easter".
    holidays: Mapping[str, tuple[int, ...] | str] = attrs.field(factory=dict)
    # The year a day of a nation's was first held: its ordinal anniversary is that year
    # plus the ordinal ("HUT RI ke-80" is 1945 + 80: 17 August 2025)
    anniversaries: Mapping[str, int] = attrs.field(factory=dict)
    # Holidays that are a date only with their ordinal: "HUT RI ke-80" is 17 August 2025,
    # "lomba HUT RI" names the celebrations of any year
    anniversary_only: tuple[str, ...] = ()
    # Hijri months whose days a tabled feast pins: "dzulhijjah" -> ("eid-al-adha", 10), the
    # feast's rule and its day of that month ("13 Dzulhijjah 1446 H" is Idul Adha + 3)
    hijri_months: Mapping[str, tuple[str, int]] = attrs.field(factory=dict)
    # "tanggal" 19: a day of a month the text leaves to the reader (the nearest one, or
    # the one the tense points to)
    day_of_month_words: tuple[str, ...] = ()
    refs: Mapping[str, str] = attrs.field(factory=dict)  # "saat ini" -> "PRESENT_REF"
    parts_of_day: Mapping[str, str] = attrs.field(factory=dict)  # "pagi" -> "MO"
    # Words after which "a year earlier" counts from the story's own year or month, not
    # the reference's ("rose in 1986 after a rise a year earlier"; "a year ago" does not)
    narrative_ago: tuple[str, ...] = ()
    # A reported clause's opening before a mention, maybe with a preposition between
    # ("announcing that on Tuesday it would end ..."): its own tense decides first
    reported_clause_words: tuple[str, ...] = ()
    clause_prepositions: tuple[str, ...] = ()
    # Day words that end the names of papers and programmes ("USA Today", "VOA Today")
    title_day_words: tuple[str, ...] = ()
    # A night word before a weekday names that day's eve: "malam Minggu" is Saturday night
    # (a weekday after its night word, "Sabtu malam", is that day's own night)
    weekday_eve_words: tuple[str, ...] = ()
    ordinals: Mapping[str, int] = attrs.field(factory=dict)  # "ketiga" -> 3 (quarters)
    quarter_words: Mapping[str, str] = attrs.field(factory=dict)  # "kuartal" -> "Q"
    ordinal_first: bool = False  # "third quarter" (en) vs "kuartal ketiga" (id)
    latest_quarter: tuple[str, ...] = ()  # "latest quarter", "quarter" -> last completed
    year_ago_quarter: tuple[str, ...] = ()  # "year-ago quarter" -> same quarter, a year back
    year_words: tuple[str, ...] = ()  # "tahun" 2024 (part of the mention)
    future_cues: tuple[str, ...] = ()  # "akan", "will": a bare weekday looks forward
    past_cues: tuple[str, ...] = ()  # "telah", "was": the nearest cue decides the tense
    # Past cues that date the saying, not what is said: a cue for a weekday ("said on
    # Thursday"), none for a month name ("MTS said the offer expires April 3")
    reporting_verbs: tuple[str, ...] = ()
    # future cues before a weekday only: "due in Kenya on Friday" (but "the payment was
    # due in January" is past)
    weekday_future_cues: tuple[str, ...] = ()
    # a timetable in the present, a future cue before a weekday and a month name alike:
    # "the summit begins on Tuesday", "the accord expires in October"
    timetable_cues: tuple[str, ...] = ()
    # "until" right before a bare weekday with no tense cue: the coming one ("the
    # exhibition is open until Sunday"); a past cue still wins ("stayed until Friday")
    until_words: tuple[str, ...] = ()
    # How many characters before a bare weekday its tense cue is looked for (within its
    # sentence): English copy puts the modal further ahead ("aides said Arafat would hold
    # the weekly meeting of ... in Nablus on Saturday"); 90 for other mentions
    weekday_cue_reach: int = 90
    # "Isnin ini" said on a Friday is the coming Monday, not the one of the week (Malay);
    # elsewhere only a future cue moves "Senin ini" / "this Monday" ahead
    this_weekday_ahead: bool = False
    past_suffixes: tuple[str, ...] = ()  # "-ed": a regular past form is a past cue too
    not_past: tuple[str, ...] = ()  # "-ed" words that are no past cue: "planned", "indeed"
    # Two-word future cues that are also a cause's preposition ("due to"): no cue before
    # a noun phrase, one of ``noun_phrase_starts`` ("due to the strike", "due to lower
    # prices") or a word ending in one of ``noun_suffixes`` but none of
    # ``not_noun_suffixes`` ("due to snowstorms", "due to rising costs"; not "due to discuss")
    cause_cues: tuple[str, ...] = ()
    noun_phrase_starts: tuple[str, ...] = ()
    noun_suffixes: tuple[str, ...] = ()
    not_noun_suffixes: tuple[str, ...] = ()
    ambiguous_lower: tuple[str, ...] = ()  # names that are common words in lower case
    # Words that scale a count: "4,5 miliar tahun lalu" is an age (billions of years
    # ago), not last year
    magnitudes: tuple[str, ...] = ()
    # Words that make the count after them an age: "berusia 45 tahun lalu" is "aged 45,
    # then", no date forty-five years ago
    age_words: tuple[str, ...] = ()
    # "setiap" Rabu, "every" Monday: a recurring day (a TimeML SET), no date of its own
    set_words: tuple[str, ...] = ()
    # A bare weekday inside a name: a capitalised word before it ("Pasar Minggu", a Jakarta
    # district; or two, written with the weekday: "mail on sunday") or after it ("The
    # Sunday Times", a newspaper)
    weekday_name_before: tuple[str, ...] = ()
    weekday_name_after: tuple[str, ...] = ()
    # Days off that close a list of weekdays ("Sabtu, Minggu, dan libur nasional"): the
    # list is a timetable's, no date
    day_off_words: tuple[str, ...] = ()
    # The Javanese five-day week's days: with a weekday they name a recurring day ("lahir
    # pada weton Jumat Kliwon"), no date
    market_days: tuple[str, ...] = ()
    # Words that make a noun of a part of day after them, so that "<part of day> ini" is no
    # day: "makan malam ini" (this dinner), "tidur siang ini" (this nap)
    part_of_day_nouns: tuple[str, ...] = ()
    # The play of a game: a quarter without a year near one of these is the game's quarter,
    # no date ("a touchdown late in the first quarter", "scored 30 points")
    game_words: tuple[str, ...] = ()
    # Words of accounts: a half-year ordinal right before one is a year's half, not a
    # game's ("first-half results", "second half net profit")
    half_year_nouns: tuple[str, ...] = ()
    # Nouns a season names a kind of: "the winter wheat", "the summer crops" (no date)
    season_nouns: tuple[str, ...] = ()
    # Words before "the" that make a season word of "ambiguous_lower" the season ("in the
    # fall", "by the fall"); elsewhere "the fall" is a decline ("the fall was due to")
    ambiguous_season_before: tuple[str, ...] = ()
    # A bare month name is a person's name after a verb of saying ("ucap Juli"), and no
    # name after a word that puts a date after it ("pada Juli Presiden ..."; a name stands
    # between two capitalised words: "Direktur Utama Juli Oktarina")
    month_name_verbs: tuple[str, ...] = ()
    date_prepositions: tuple[str, ...] = ()
    # Old spellings that are months only with a day or a year ("MAI" in a word list)
    months_with_a_date_only: tuple[str, ...] = ()
    # The run-up to what follows: "ahead of" Christmas, "menjelang" Lebaran. A holiday or
    # a month name after one is the coming one when it is near, whatever the verb's tense
    # ("shares rose ahead of the Thanksgiving holiday")
    ahead_cues: tuple[str, ...] = ()
    # Goods named after a holiday: before it ("paket Lebaran") or after it ("Christmas
    # trees"); no date
    holiday_goods_before: tuple[str, ...] = ()
    holiday_goods_after: tuple[str, ...] = ()
    # The night word ("semalam") is a span, no date, after these ("dalam semalam":
    # overnight) or before these ("semalam suntuk": all night long)
    night_span_before: tuple[str, ...] = ()
    night_span_after: tuple[str, ...] = ()
    decade_words: Mapping[str, int] = attrs.field(factory=dict)  # "nineties" -> 9
    century_words: tuple[str, ...] = ()  # "the 20th century", "abad ke-21"
    spelled_years: bool = False  # "nineteen ninety-six" (English transcripts)


@attrs.frozen
class DateWords:
    """Weekday and month names (from dateparser, supplemented) plus relative words.

    ``weekdays``/``months`` hold the names that stand alone ("kamis", "july");
    ``*_abbrevs`` the short forms that only count beside a day number or a
    year ("kam", "jul", "sept"). Monday is 0, January is 1.
    """

    code: str
    date_order: str  # "DMY", "MDY" or "YMD": how d/m/y digits are read
    weekdays: Mapping[str, int]
    weekday_abbrevs: Mapping[str, int]
    months: Mapping[str, int]
    month_abbrevs: Mapping[str, int]
    relative: RelativeWords = attrs.field(factory=RelativeWords)
