"""Records to JSON-ready dictionaries and back, driven by the attrs field types.

The rules are few and total: a :class:`Span` becomes ``[start, end]``, an enum
its string value, a ``date`` its ISO string, a record a dict of its fields, a
tuple a list. ``Article`` also gets ``bylines`` and ``editors`` (lists of names,
derived, ignored on the way back) so that JSON consumers need no logic.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from ._records import (
    Anchor,
    Article,
    Copyright,
    Credit,
    Dateline,
    DateMention,
    Diagnostic,
    Notice,
    Reference,
    Segment,
    Span,
)

_RECORDS: tuple[type, ...] = (
    Anchor,
    Article,
    Copyright,
    Credit,
    DateMention,
    Dateline,
    Diagnostic,
    Notice,
    Reference,
    Segment,
)


def _dump(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _dump(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"cannot serialise {type(value).__name__}")


def article_to_dict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = _dump(article)
    data["bylines"] = [c.name for c in article.bylines]
    data["editors"] = [c.name for c in article.editors]
    return data


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value)
    if origin is tuple:
        return tuple(_load(args[0], v) for v in value)
    if tp is Span:
        start, end = value
        return Span(int(start), int(end))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp in _RECORDS:
        hints = typing.get_type_hints(tp)
        kwargs = {
            f.name: _load(hints[f.name], value[f.name]) for f in attrs.fields(tp) if f.name in value
        }
        return tp(**kwargs)
    return value


def article_from_dict(data: dict[str, Any]) -> Article:
    if not isinstance(data, dict) or "text" not in data:
        raise ValueError("Article.from_dict needs a dict with at least a 'text' key")
    loaded: Article = _load(Article, data)
    return loaded
