"""The movable-feast calendar: computed feasts, the lunar tables, and how a feast is chosen."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirekit.lang import _calendar as calendar
from wirekit.lang._calendar import (
    FEAST_RULES,
    easter,
    feast_around,
    feast_in_hijri_year,
    feast_in_year,
)
from wirekit.parsers.dates import find_dates

EASTERS = [(1818, 3, 22), (1987, 4, 19), (2000, 4, 23), (2008, 3, 23), (2019, 4, 21),
           (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)]  # fmt: skip


def known(days: list[dt.date | None]) -> list[dt.date]:
    """``days``, each checked to be a day."""
    assert all(day is not None for day in days)
    return [day for day in days if day is not None]


@pytest.mark.parametrize(("year", "month", "day"), EASTERS)
def test_easter_known_years(year: int, month: int, day: int) -> None:
    assert easter(year) == dt.date(year, month, day)


@given(st.integers(1583, 9999))
def test_easter_is_a_sunday_in_its_window(year: int) -> None:
    day = easter(year)
    assert day.weekday() == 6
    assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@given(st.integers(1, 9999))
def test_thanksgiving_is_the_fourth_thursday(year: int) -> None:
    day = feast_in_year("thanksgiving-us", year)
    assert day is not None and day.weekday() == 3 and 22 <= day.day <= 28 and day.month == 11


@pytest.mark.parametrize("rule", ["eid-al-fitr", "eid-al-adha"])
def test_hijri_tables_step_one_lunar_year(rule: str) -> None:
    """Neighbouring entries lie one lunar year (354 or 355 days, a sighting's day either
    way) apart: a typo in a table would break the step."""
    days = known([feast_in_hijri_year(rule, year) for year in range(1429, 1447)])
    assert {(b - a).days for a, b in itertools.pairwise(days)} <= {353, 354, 355, 356}


def test_islamic_new_year_follows_eid_al_adha() -> None:
    """1 Muharram comes 20 or 21 days after 10 Zulhijah of the year before."""
    for year in range(1429, 1447):
        adha, new_year = known(
            [
                feast_in_hijri_year("eid-al-adha", year),
                feast_in_hijri_year("islamic-new-year", year + 1),
            ]
        )
        assert (new_year - adha).days in (20, 21)


def test_eid_al_adha_follows_eid_al_fitr_of_its_year() -> None:
    for year in range(1429, 1447):
        fitr, adha = known(
            [feast_in_hijri_year("eid-al-fitr", year), feast_in_hijri_year("eid-al-adha", year)]
        )
        assert 67 <= (adha - fitr).days <= 69  # two months of 29 or 30 days, and 9


def test_lunar_new_year_table() -> None:
    days = known([feast_in_year("lunar-new-year", year) for year in range(1985, 2031)])
    assert all(dt.date(d.year, 1, 21) <= d <= dt.date(d.year, 2, 20) for d in days)
    assert {(b - a).days for a, b in itertools.pairwise(days)} <= {353, 354, 355, 383, 384, 385}


def test_a_shifted_rule_counts_days_from_its_feast() -> None:
    """ "eid-al-adha+3" is 13 Zulhijah; its neighbours around a reference shift alike."""
    assert feast_in_hijri_year("eid-al-adha+3", 1446) == dt.date(2025, 6, 9)
    assert feast_in_year("islamic-new-year+9", 2025) == dt.date(2025, 7, 6)
    # the last day of Ramadan 1446; the next one is past the table's end
    assert feast_around("eid-al-fitr-1", dt.date(2025, 4, 1)) == (dt.date(2025, 3, 30), None)


def test_outside_the_tables_is_none() -> None:
    assert feast_in_year("eid-al-fitr", 2030) is None
    assert feast_in_hijri_year("eid-al-fitr", 1300) is None
    assert feast_in_hijri_year("easter", 1446) is None
    assert feast_in_year("lunar-new-year", 1900) is None


@given(st.sampled_from(sorted(FEAST_RULES)), st.dates(dt.date(1980, 1, 1), dt.date(2035, 12, 31)))
def test_feast_around_brackets_the_reference(rule: str, reference: dt.date) -> None:
    """The day before is the latest on or before the reference, the day after the first on
    or after it: no feast of the rule falls between them and the reference."""
    before, after = feast_around(rule, reference)
    known = [
        d
        for year in range(reference.year - 2, reference.year + 3)
        for d in calendar.feasts_in_year(rule, year)
    ]
    if before is not None:
        assert before <= reference
        assert not [d for d in known if before < d <= reference]
    if after is not None:
        assert after >= reference
        assert not [d for d in known if reference <= d < after]


@given(st.integers(1429, 1446), st.sampled_from(["Idul Fitri", "Idul Adha"]),
       st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))  # fmt: skip
def test_feast_with_its_year_resolves_to_its_day(hijri: int, name: str, reference: dt.date) -> None:
    """A feast written with its Hijri or Gregorian year is that day, whatever the reference."""
    rule = "eid-al-fitr" if name == "Idul Fitri" else "eid-al-adha"
    day = feast_in_hijri_year(rule, hijri)
    assert day is not None
    for text in (f"Salat {name} {hijri} H digelar.", f"Salat {name} {day.year} digelar."):
        (mention,) = find_dates(text, reference=reference, language="id")
        if str(day.year) in text and feast_in_year(rule, day.year) != day:
            continue  # a Gregorian year holding two of the feast names the first
        assert mention.date == day


@given(st.sampled_from(["Paskah", "Idul Adha", "Imlek"]),
       st.dates(dt.date(2009, 1, 1), dt.date(2025, 6, 1)))  # fmt: skip
def test_bare_feast_is_one_of_its_neighbours(name: str, reference: dt.date) -> None:
    """A feast without a year is the one on or before the reference or the one after."""
    rule = {"Paskah": "easter", "Idul Adha": "eid-al-adha", "Imlek": "lunar-new-year"}[name]
    (mention,) = find_dates(f"Warga merayakan {name}.", reference=reference, language="id")
    assert mention.date in feast_around(rule, reference)
