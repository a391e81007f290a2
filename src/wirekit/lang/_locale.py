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
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["MONTH_KEYS", "WEEKDAY_KEYS", "locale_codes", "read_locale"]

# dateparser's keys, in calendar order (Monday = 0, January = 1).
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


@functools.cache
def _data_dir() -> Path | None:
    """The folder of dateparser's locale tables, found without importing dateparser."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "data" / "date_translation_data"
    return folder if folder.is_dir() else None


@functools.cache
def locale_codes() -> tuple[str, ...]:
    """Every locale code dateparser has a table for (sorted)."""
    folder = _data_dir()
    if folder is None:
        return ()
    return tuple(sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")))


@functools.cache
def read_locale(code: str) -> Mapping[str, Any]:
    """dateparser's table for ``code`` as plain data ({} when there is none).

    >>> read_locale("id")["thursday"]
    ['kam', 'kamis']
    """
    folder = _data_dir()
    if folder is None or not code.replace("-", "").replace("_", "").isalnum():
        return {}
    path = folder / f"{code}.py"
    if not path.is_file():
        return {}
    source = path.read_text(encoding="utf-8")
    _, _, literal = source.partition("=")
    data = ast.literal_eval(literal.strip())
    return data if isinstance(data, dict) else {}
