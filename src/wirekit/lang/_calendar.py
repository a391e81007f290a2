"""Movable feasts: the day a named feast falls on in a given year.

A feast is named by a *rule* string, the value of its names in
``RelativeWords.holidays`` (a fixed-date holiday has a ``(month, day)`` tuple
there instead):

``easter``, ``easter-2``, ``easter+39``
    Western Easter Sunday (the Gregorian computus), or that many days from it:
    Good Friday is ``easter-2``, Ascension ``easter+39``.
``thanksgiving-us``
    The fourth Thursday of November.
``eid-al-fitr``, ``eid-al-adha``, ``islamic-new-year``
    1 Syawal, 10 Zulhijah and 1 Muharram as Indonesia's government fixed them
    (its ``sidang isbat``: some years a day after other countries or
    Muhammadiyah), Hijri years 1429-1446 (2008-2025; the new year to 1447).
``eid-al-adha-my``
    10 Zulhijah as Malaysia fixed it (Indonesia's day, but 7 June in 2025).
``lunar-new-year``
    The first day of the Chinese calendar's year (Imlek), 1985-2030.
``deepavali-my``, ``thaipusam-my``, ``wesak-my``
    Malaysia's public holidays for Deepavali, Thaipusam and Wesak, 2018-2025.

Feasts of a lunar calendar are read from those tables, not computed: the day
depends on a sighting or a national authority, and a computed day is often one
off. A year outside a table has no day (``None``), never a guessed one.

>>> feast_in_year("easter", 2025), feast_in_year("eid-al-adha", 2025)
(datetime.date(2025, 4, 20), datetime.date(2025, 6, 6))
>>> feast_in_hijri_year("eid-al-fitr", 1446)
datetime.date(2025, 3, 31)
>>> feast_in_year("eid-al-fitr", 1990) is None
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Mapping
from typing import Final

__all__ = [
    "FEAST_RULES",
    "HIJRI_RULES",
    "easter",
    "feast_around",
    "feast_in_hijri_year",
    "feast_in_year",
    "feasts_in_year",
]

# Indonesia's government dates, by Hijri year: (Gregorian year, month, day).
_EID_AL_FITR: Final[Mapping[int, tuple[int, int, int]]] = {
    1429: (2008, 10, 1),
    1430: (2009, 9, 20),
    1431: (2010, 9, 10),
    1432: (2011, 8, 31),
    1433: (2012, 8, 19),
    1434: (2013, 8, 8),
    1435: (2014, 7, 28),
    1436: (2015, 7, 17),
    1437: (2016, 7, 6),
    1438: (2017, 6, 25),
    1439: (2018, 6, 15),
    1440: (2019, 6, 5),
    1441: (2020, 5, 24),
    1442: (2021, 5, 13),
    1443: (2022, 5, 2),
    1444: (2023, 4, 22),
    1445: (2024, 4, 10),
    1446: (2025, 3, 31),
}
_EID_AL_ADHA: Final[Mapping[int, tuple[int, int, int]]] = {
    1429: (2008, 12, 8),
    1430: (2009, 11, 27),
    1431: (2010, 11, 17),
    1432: (2011, 11, 6),
    1433: (2012, 10, 26),
    1434: (2013, 10, 15),
    1435: (2014, 10, 5),
    1436: (2015, 9, 24),
    1437: (2016, 9, 12),
    1438: (2017, 9, 1),
    1439: (2018, 8, 22),
    1440: (2019, 8, 11),
    1441: (2020, 7, 31),
    1442: (2021, 7, 20),
    1443: (2022, 7, 10),
    1444: (2023, 6, 29),
    1445: (2024, 6, 17),
    1446: (2025, 6, 6),
}
# 1 Muharram (the Islamic new year) as Indonesia's government fixed it, by the Hijri year
# it begins (the holiday is sometimes moved; this is the day itself).
_ISLAMIC_NEW_YEAR: Final[Mapping[int, tuple[int, int, int]]] = {
    1429: (2008, 1, 10),
    1430: (2008, 12, 29),
    1431: (2009, 12, 18),
    1432: (2010, 12, 7),
    1433: (2011, 11, 27),
    1434: (2012, 11, 15),
    1435: (2013, 11, 5),
    1436: (2014, 10, 25),
    1437: (2015, 10, 14),
    1438: (2016, 10, 2),
    1439: (2017, 9, 21),
    1440: (2018, 9, 11),
    1441: (2019, 9, 1),
    1442: (2020, 8, 20),
    1443: (2021, 8, 10),
    1444: (2022, 7, 30),
    1445: (2023, 7, 19),
    1446: (2024, 7, 7),
    1447: (2025, 6, 27),
}
# The first day of the Chinese year, by Gregorian year: (month, day).
_LUNAR_NEW_YEAR: Final[Mapping[int, tuple[int, int]]] = {
    1985: (2, 20), 1986: (2, 9), 1987: (1, 29), 1988: (2, 17), 1989: (2, 6),
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10),
    1995: (1, 31), 1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16),
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
    2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3),
}  # fmt: skip

# Malaysia's public holidays of other calendars, as its government fixed them, by
# Gregorian year: (month, day). Deepavali (the Hindu festival of lights), Thaipusam
# and Wesak (Vesak, the Buddha's day), 2018-2025.
_DEEPAVALI_MY: Final[Mapping[int, tuple[int, int]]] = {
    2018: (11, 6), 2019: (10, 27), 2020: (11, 14), 2021: (11, 4),
    2022: (10, 24), 2023: (11, 12), 2024: (10, 31), 2025: (10, 20),
}  # fmt: skip
_THAIPUSAM_MY: Final[Mapping[int, tuple[int, int]]] = {
    2018: (1, 31), 2019: (1, 21), 2020: (2, 8), 2021: (1, 28),
    2022: (1, 18), 2023: (2, 5), 2024: (1, 25), 2025: (2, 11),
}  # fmt: skip
_WESAK_MY: Final[Mapping[int, tuple[int, int]]] = {
    2018: (5, 29), 2019: (5, 19), 2020: (5, 7), 2021: (5, 26),
    2022: (5, 15), 2023: (5, 4), 2024: (5, 22), 2025: (5, 12),
}  # fmt: skip
_GREGORIAN_TABLES: Final = {
    "lunar-new-year": _LUNAR_NEW_YEAR,
    "deepavali-my": _DEEPAVALI_MY,
    "thaipusam-my": _THAIPUSAM_MY,
    "wesak-my": _WESAK_MY,
}

_HIJRI_TABLES: Final = {
    "eid-al-fitr": _EID_AL_FITR,
    "eid-al-adha": _EID_AL_ADHA,
    # Malaysia's 10 Zulhijah (its Keeper of the Rulers' Seal): Indonesia's day but in
    # 1446 (2025), a day later. Its 1 Syawal and 1 Muharram are Indonesia's days.
    "eid-al-adha-my": {**_EID_AL_ADHA, 1446: (2025, 6, 7)},
    "islamic-new-year": _ISLAMIC_NEW_YEAR,
}
HIJRI_RULES: Final = frozenset(_HIJRI_TABLES)
FEAST_RULES: Final = frozenset(
    {"easter", "easter+1", "easter-2", "easter-46", "easter+39", "easter+49"}
    | {"thanksgiving-us"}
    | set(_GREGORIAN_TABLES)
    | HIJRI_RULES
)


_MIN_GAP: Final = 353  # days between two years' feasts of a lunar calendar, at least


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the Gregorian computus).

    >>> easter(2024), easter(1987)
    (datetime.date(2024, 3, 31), datetime.date(1987, 4, 19))
    """
    golden = year % 19  # the year's place in the 19-year cycle of the moon
    century, rest = divmod(year, 100)
    leap_skips, century_rest = divmod(century, 4)
    moon_fix = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_skips - moon_fix + 15) % 30
    quarters, rest_rest = divmod(rest, 4)
    to_sunday = (32 + 2 * century_rest + 2 * quarters - epact - rest_rest) % 7
    late = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day = divmod(epact + to_sunday - 7 * late + 114, 31)
    return dt.date(year, month, day + 1)


def _split(rule: str) -> tuple[str, int]:
    """A rule and its shift in days: "eid-al-adha+3" -> ("eid-al-adha", 3)."""
    for sign in "+-":
        base, mark, shift = rule.rpartition(sign)
        if mark and shift.isdigit() and base in _HIJRI_TABLES:
            return base, int(shift) if sign == "+" else -int(shift)
    return rule, 0


def _shifted(day: dt.date | None, shift: int) -> dt.date | None:
    if day is None or not shift:
        return day
    try:
        return day + dt.timedelta(days=shift)
    except OverflowError:
        return None


def feast_in_year(rule: str, year: int) -> dt.date | None:
    """The feast ``rule`` in the Gregorian ``year`` (the first, when a lunar year
    puts two in it); None outside the tables or the calendar. A tabled rule takes a
    shift in days: ``eid-al-adha+3`` is 13 Zulhijah."""
    if not 1 <= year <= 9999:
        return None
    table = _table_days(rule)
    if table:
        return next((d for d in table if d.year == year), None)
    if rule.startswith("easter"):
        shift = int(rule[len("easter") :] or 0)
        try:
            return easter(year) + dt.timedelta(days=shift)
        except OverflowError:
            return None
    if rule == "thanksgiving-us":
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def feasts_in_year(rule: str, year: int) -> tuple[dt.date, ...]:
    """Every day of the feast ``rule`` in the Gregorian ``year`` (a lunar year is shorter,
    so about once in 33 years one feast falls twice in a Gregorian year)."""
    table = _table_days(rule)
    if table:
        return tuple(d for d in table if d.year == year)
    day = feast_in_year(rule, year)
    return (day,) if day is not None else ()


def feast_in_hijri_year(rule: str, year: int) -> dt.date | None:
    """The feast ``rule`` of the Hijri ``year`` ("Idul Fitri 1446 H"); None for a
    feast of another calendar or a year outside the table."""
    base, shift = _split(rule)
    table = _HIJRI_TABLES.get(base)
    found = table.get(year) if table is not None else None
    return _shifted(dt.date(*found), shift) if found is not None else None


def feast_around(rule: str, reference: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The latest feast ``rule`` on or before ``reference`` and the first on or after it
    (the same day when it falls on the reference); None where a table cannot tell.

    >>> feast_around("eid-al-adha", dt.date(2025, 7, 1))
    (datetime.date(2025, 6, 6), None)
    """
    table = _table_days(rule)
    if not table:  # computed: every year has its day
        days = [feast_in_year(rule, y) for y in range(reference.year - 1, reference.year + 2)]
        known = [d for d in days if d is not None]
        return (
            max((d for d in known if d <= reference), default=None),
            min((d for d in known if d >= reference), default=None),
        )
    after_at = bisect.bisect_left(table, reference)
    before_at = bisect.bisect_right(table, reference) - 1
    before = table[before_at] if before_at >= 0 else None
    after = table[after_at] if after_at < len(table) else None
    # Past a table's end (or before its start) a day is only sure when no other can
    # fall between it and the reference: feasts of a lunar year are 354 days apart or more.
    if before is not None and before_at == len(table) - 1 and (reference - before).days >= _MIN_GAP:
        before = None
    if after is not None and after_at == 0 and (after - reference).days >= _MIN_GAP:
        after = None
    return before, after


@functools.cache
def _table_days(rule: str) -> tuple[dt.date, ...]:
    """A tabled feast's days in order; () for a computed one."""
    if rule in _GREGORIAN_TABLES:
        return tuple(dt.date(year, *md) for year, md in sorted(_GREGORIAN_TABLES[rule].items()))
    base, shift = _split(rule)
    if base in _HIJRI_TABLES:
        days = (_shifted(dt.date(*ymd), shift) for ymd in _HIJRI_TABLES[base].values())
        return tuple(sorted(d for d in days if d is not None))
    return ()
