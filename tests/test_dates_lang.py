"""Language data: dateparser's locale tables are read as expected (drift check)."""

from __future__ import annotations

import pytest

from wirekit.lang import date_words, locale_codes, merge_words
from wirekit.lang._locale import read_locale

# What wirekit relies on from dateparser's tables; a change upstream fails here.
EXPECTED = {
    "id": {
        "thursday": ["kam", "kamis"],
        "july": ["jul", "juli", "Djuli"],
        "sunday": ["min", "minggu", "Ahad"],
    },
    "ms": {"thursday": ["kha", "khamis"], "march": ["mac"], "august": ["ogo", "ogos"]},
    "en": {
        "thursday": ["thu", "thursday", "th"],
        "may": ["may"],
        "september": ["sep", "september", "sept"],
    },
    "es": {"thursday": ["jue", "jueves", "Ju"]},
    "de": {"thursday": ["do", "donnerstag", "Don"]},
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_dateparser_tables_have_not_drifted(code: str) -> None:
    """The names wirekit was built against are still in dateparser's tables."""
    table = read_locale(code)
    for key, names in EXPECTED[code].items():
        assert table[key] == names, (code, key)


def test_every_locale_yields_seven_weekdays_and_twelve_months() -> None:
    """Every dateparser locale gives a weekday for each day number (months where present)."""
    codes = locale_codes()
    assert len(codes) > 150
    for code in ("id", "ms", "en", "es", "de", "fr", "it", "nl", "pt", "ru", "ar", "zh"):
        words = date_words(code)
        assert set(words.weekdays.values()) | set(words.weekday_abbrevs.values()) == set(range(7))


def test_hand_supplements() -> None:
    """Hand-written supplements cover what dateparser lacks ("pekan", "kelmarin")."""
    assert date_words("id").relative.units["pekan"] == "W"
    assert date_words("ms").relative.fixed_days["kelmarin"] == -2
    assert "lepas" in date_words("ms").relative.post_last


def test_merged_vocabulary_keeps_the_first_languages_numbers() -> None:
    """Merged word lists are unions; a number (a cue's reach) is the first language's."""
    assert date_words("en").relative.weekday_cue_reach == 130
    assert date_words("id").relative.weekday_cue_reach == 90
    assert merge_words(("id", "ms", "en")).relative.weekday_cue_reach == 90
    assert merge_words(("en", "id")).relative.weekday_cue_reach == 130
    merged = merge_words(("id", "en")).relative
    assert "pasar" in merged.weekday_name_before and "times" in merged.weekday_name_after
