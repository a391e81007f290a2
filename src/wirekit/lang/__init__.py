"""Per-language date vocabulary.

Weekday and month names come from dateparser's locale tables, read lazily (the
first time a language is asked for) and cached for the process; Indonesian,
Malay and English are supplemented by hand (:mod:`.id`, :mod:`.ms`,
:mod:`.en`) with relative words dateparser lacks or gets wrong.

>>> words = date_words("id")
>>> words.weekdays["kamis"], words.months["juli"], words.date_order
(3, 7, 'DMY')
>>> date_words("es").weekdays["jueves"]
3
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs

from . import en, id, ms
from ._locale import MONTH_KEYS, WEEKDAY_KEYS, locale_codes, read_locale, read_month_names
from ._words import DateWords, RelativeWords

__all__ = [
    "DateWords",
    "RelativeWords",
    "any_locale_months",
    "date_words",
    "locale_codes",
    "merge_words",
]

_HAND = {"id": id, "ms": ms, "en": en}

# Locales whose month names win a name that several share, after the hint's
# own: the wire services' languages ("mar" is March in es/fr/it/pt).
WIRE_LOCALES = ("en", "es", "fr", "it", "de", "pt", "nl", "id", "ms")

# Names shorter than this are never used (dateparser's "mo", "tu", "h"...).
_MIN_NAME = 3


def _names_by_number(
    table: Mapping[str, object], keys: tuple[str, ...], first: int, extra: Mapping[str, int]
) -> dict[int, set[str]]:
    """Every usable name for each of ``keys`` (numbered from ``first``), plus ``extra``."""
    names: dict[int, set[str]] = {}
    for number, key in enumerate(keys, start=first):
        raw = table.get(key)
        found = {str(n).lower().strip(".") for n in raw} if isinstance(raw, list) else set()
        names[number] = {n for n in found if len(n) >= _MIN_NAME}
    for name, number in extra.items():
        names.setdefault(number, set()).add(name)
    return names


def _split_names(names: Mapping[int, set[str]]) -> tuple[dict[str, int], dict[str, int]]:
    """(full names, abbreviations).

    A name is an abbreviation when it is a proper prefix of another name of the
    same day or month ("sept" of "september", "tues" of "tuesday"), or when it
    is shorter than four letters and not the longest name ("kam" of "kamis");
    abbreviations only count beside a day number or a year.
    """
    full: dict[str, int] = {}
    short: dict[str, int] = {}
    for number, group in names.items():
        longest = max((len(n) for n in group), default=0)
        for name in group:
            prefix = any(o != name and o.startswith(name) for o in group)
            if prefix or (len(name) < 4 and len(name) != longest):
                short[name] = number
            else:
                full[name] = number
    return full, short


@functools.cache
def date_words(code: str) -> DateWords:
    """The date vocabulary of one language (``{}`` names for an unknown code)."""
    table = read_locale(code)
    hand = _HAND.get(code)
    relative = hand.RELATIVE if hand is not None else RelativeWords()
    extra_weekdays = hand.EXTRA_WEEKDAYS if hand is not None else {}
    extra_months = hand.EXTRA_MONTHS if hand is not None else {}
    weekdays, weekday_abbrevs = _split_names(
        _names_by_number(table, WEEKDAY_KEYS, 0, extra_weekdays)
    )
    months, month_abbrevs = _split_names(_names_by_number(table, MONTH_KEYS, 1, extra_months))
    # A short form shared by a weekday and a month ("mar" in Spanish) only
    # counts beside a day number, where it is the month ("21 mar").
    for clash in set(weekday_abbrevs) & set(month_abbrevs):
        del weekday_abbrevs[clash]
    for name in set(weekdays) | set(months):
        weekday_abbrevs.pop(name, None)
        month_abbrevs.pop(name, None)
    order = str(table.get("date_order", "DMY"))
    return DateWords(
        code=code,
        date_order=order if order in {"DMY", "MDY", "YMD"} else "DMY",
        weekdays=weekdays,
        weekday_abbrevs=weekday_abbrevs,
        months=months,
        month_abbrevs=month_abbrevs,
        relative=relative,
    )


def _union_map(maps: Iterable[Mapping[str, object]]) -> dict[str, object]:
    merged: dict[str, object] = {}
    for m in maps:
        for k, v in m.items():
            merged.setdefault(k, v)
    return merged


def _union_tuple(parts: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for p in parts for w in p))


_READINGS = frozenset({"this_weekday_ahead"})  # merged with all(): see merge_words


@functools.cache
def merge_words(codes: tuple[str, ...]) -> DateWords:
    """One vocabulary for several languages; the first language wins a clash.

    >>> w = merge_words(("id", "en"))
    >>> w.weekdays["kamis"], w.weekdays["thursday"], w.date_order
    (3, 3, 'DMY')
    """
    parts = [date_words(c) for c in codes]
    if len(parts) == 1:
        return parts[0]
    rels = [p.relative for p in parts]
    fields: dict[str, object] = {}
    for field in attrs.fields(RelativeWords):
        values = [getattr(r, field.name) for r in rels]
        if isinstance(values[0], bool):
            # a reading of one language's words holds for the set only when all agree
            # ("Isnin ini" is the coming Monday, "Senin ini" the week's); a shape
            # ("third quarter") is read when any language writes it
            fields[field.name] = all(values) if field.name in _READINGS else any(values)
        elif isinstance(values[0], int):
            fields[field.name] = values[0]  # as for date_order: the first language's
        elif isinstance(values[0], tuple):
            fields[field.name] = _union_tuple(values)
        else:
            fields[field.name] = _union_map(values)
    weekdays = _union_map(p.weekdays for p in parts)
    months = _union_map(p.months for p in parts)
    weekday_abbrevs = {
        k: v for k, v in _union_map(p.weekday_abbrevs for p in parts).items() if k not in months
    }
    month_abbrevs = {
        k: v for k, v in _union_map(p.month_abbrevs for p in parts).items() if k not in weekdays
    }
    return DateWords(
        code="+".join(codes),
        date_order=parts[0].date_order,
        weekdays=weekdays,  # type: ignore[arg-type]
        weekday_abbrevs=weekday_abbrevs,  # type: ignore[arg-type]
        months=months,  # type: ignore[arg-type]
        month_abbrevs=month_abbrevs,  # type: ignore[arg-type]
        relative=RelativeWords(**fields),  # type: ignore[arg-type]
    )


@functools.cache
def any_locale_months(first: tuple[str, ...] = ()) -> Mapping[str, int]:
    """{lower-case month name or abbreviation: month number} over every locale.

    ``first`` (the hint's languages), then :data:`WIRE_LOCALES`, then every
    other dateparser locale in code order; the first locale to name a word
    wins it. Only alphabetic names of three letters or more ("lug", "mar",
    "juillet"), dots stripped, plus the hand-written spellings of
    Indonesian, Malay and English. Built from the month lists alone
    (:func:`~wirekit.lang._locale.read_month_names`): a few milliseconds
    once per process, where a pattern over all these names would take seconds
    to compile.

    >>> months = any_locale_months()
    >>> months["lug"], months["mar"], months["juillet"], months["julai"]
    (7, 3, 7, 7)
    """
    names: dict[str, int] = {}
    for code in dict.fromkeys((*first, *WIRE_LOCALES, *locale_codes())):
        hand = _HAND.get(code)
        extra = sorted(hand.EXTRA_MONTHS.items()) if hand is not None else []
        for number, group in enumerate(read_month_names(code), start=1):
            for raw in group:
                name = raw.lower().strip(".")
                if len(name) >= _MIN_NAME and name.isalpha():
                    names.setdefault(name, number)
        for name, number in extra:
            names.setdefault(name, number)
    return names
