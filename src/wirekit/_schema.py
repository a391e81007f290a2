"""The JSON Schema of :meth:`Article.to_dict` output, derived from the records.

The schema is built from the attrs field types of the records by the same rules
that :mod:`wirekit._serialize` applies, so the two cannot drift apart: a
``Span`` is a ``[start, end]`` pair of non-negative integers, an enum a string
from its values, a ``date`` an ISO ``YYYY-MM-DD`` string, a tuple an array, a
record an object with exactly its fields (all present, no others), and
``X | None`` allows ``null``. ``Article`` also carries the derived ``bylines``
and ``editors`` name lists.

>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["properties"]["dateline"]
{'anyOf': [{'$ref': '#/$defs/Dateline'}, {'type': 'null'}]}
>>> schema["$defs"]["Span"]["minItems"], schema["$defs"]["Span"]["maxItems"]
(2, 2)
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from typing import Any, Final

import attrs

from ._records import Article, Span

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID: Final = "https://github.com/wirekit/wirekit/schema/article.schema.json"

_DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"


def _summary(tp: type) -> str:
    """The first paragraph of a record's docstring, on one line."""
    doc = inspect.getdoc(tp) or tp.__name__
    return " ".join(doc.split("\n\n", 1)[0].split())


def _span_schema() -> dict[str, Any]:
    return {
        "description": _summary(Span) + " Serialised as [start, end].",
        "type": "array",
        "prefixItems": [
            {"type": "integer", "minimum": 0},
            {"type": "integer", "minimum": 0},
        ],
        "minItems": 2,
        "maxItems": 2,
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of type ``tp``, adding record definitions to ``defs``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        branches = [_type_schema(a, defs) for a in inner]
        if len(inner) < len(args):
            branches.append({"type": "null"})
        return branches[0] if len(branches) == 1 else {"anyOf": branches}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if tp is Span:
        defs.setdefault("Span", _span_schema())
        return {"$ref": "#/$defs/Span"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        defs.setdefault(
            tp.__name__,
            {
                "description": _summary(tp),
                "type": "string",
                "enum": [member.value for member in tp],
            },
        )
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: records may refer to themselves
            defs[tp.__name__] = _record_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema rule for {tp!r}")


def _record_schema(tp: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(tp)
    fields = attrs.fields(tp)
    return {
        "description": _summary(tp),
        "type": "object",
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` output satisfies.

    A new dictionary on every call, so callers may change it freely. The
    command line prints it with ``wirekit schema``.

    >>> sorted(json_schema()["required"])[:4]
    ['agency', 'bylines', 'copyright', 'credits']
    """
    defs: dict[str, Any] = {}
    article = _record_schema(Article, defs)
    names = {"type": "array", "items": {"type": "string"}}
    article["properties"]["bylines"] = {
        "description": "Names of the reporter, writer and contributor credits (derived).",
        **names,
    }
    article["properties"]["editors"] = {
        "description": "Names of the editor credits (derived).",
        **names,
    }
    article["required"] += ["bylines", "editors"]
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "wirekit Article",
        **article,
        "$defs": dict(sorted(defs.items())),
    }
