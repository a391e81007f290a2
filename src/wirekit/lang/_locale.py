"""Weekday and month names read from dateparser's locale tables.

dateparser ships one data module per locale
(``dateparser/data/date_translation_data/<code>.py``) holding a single dict
literal. We read that file as *data* with :func:`ast.literal_eval` instead of
importing it, so neither dateparser's parser machinery nor any code runs: the
table for a locale is read the first time that locale is asked for and cached
for the life of the process.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import os
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["MONTH_KEYS", "WEEKDAY_KEYS", "locale_codes", "read_locale", "read_month_names"]

# dateparser's keys, in calendar order (Monday = 0, January = 1).
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip

# One month's list in a table file: ``"july": ["lug", "luglio"]``. dateparser
# writes its tables as JSON-style literals, so the list body parses as JSON.
MONTH_LIST_RE = re.compile(
    r"""
    "(?P<key>«MONTHS»)"                            # a month key: "july"
    :\s*+\[                                        # the list opens
    (?P<body>[^\]]*+)                              # its quoted names (no "]" in a name)
    \]                                              # the list closes
    """.replace("«MONTHS»", "|".join(MONTH_KEYS)),
    re.VERBOSE,
)


@functools.cache
def _data_dir() -> str | None:
    """The folder of dateparser's locale tables, found without importing dateparser.

    (``os.path``, not ``pathlib``: importing pathlib alone costs ~4 ms.)
    """
    spec = importlib.util.find_spec("dateparser")
    if spec is None or spec.origin is None:
        return None
    folder = os.path.join(os.path.dirname(spec.origin), "data", "date_translation_data")
    return folder if os.path.isdir(folder) else None


@functools.cache
def locale_codes() -> tuple[str, ...]:
    """Every locale code dateparser has a table for (sorted)."""
    folder = _data_dir()
    if folder is None:
        return ()
    stems = (name[:-3] for name in os.listdir(folder) if name.endswith(".py"))
    return tuple(sorted(stem for stem in stems if not stem.startswith("_")))


def _table_source(code: str) -> str | None:
    """The text of dateparser's table file for ``code``, or None when there is none."""
    folder = _data_dir()
    if folder is None or not code.replace("-", "").replace("_", "").isalnum():
        return None
    path = os.path.join(folder, f"{code}.py")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


@functools.cache
def read_locale(code: str) -> Mapping[str, Any]:
    """dateparser's table for ``code`` as plain data ({} when there is none).

    >>> read_locale("id")["thursday"]
    ['kam', 'kamis']
    """
    source = _table_source(code)
    if source is None:
        return {}
    _, _, literal = source.partition("=")
    data = ast.literal_eval(literal.strip())
    return data if isinstance(data, dict) else {}


@functools.cache
def read_month_names(code: str) -> tuple[tuple[str, ...], ...]:
    """The twelve month-name lists of ``code``'s table, January first ((), ... when none).

    Only the month lists are read (a regex over the file, each list parsed as
    JSON), not the whole table: reading every locale's months this way takes
    milliseconds where :func:`read_locale` over all of them takes a tenth of a
    second. The lists are exactly those of :func:`read_locale`.

    >>> read_month_names("it")[6]
    ('lug', 'luglio')
    """
    source = _table_source(code)
    if source is None:
        return ((),) * 12
    found: dict[str, tuple[str, ...]] = {}
    for m in MONTH_LIST_RE.finditer(source):
        if m.group("key") not in found:
            body = "[" + m.group("body") + "]"
            try:
                names = json.loads(body)
            except ValueError:  # not JSON after all: read it as a Python literal
                names = ast.literal_eval(body)
            found[m.group("key")] = tuple(str(n) for n in names)
            if len(found) == len(MONTH_KEYS):
                break
    return tuple(found.get(key, ()) for key in MONTH_KEYS)
