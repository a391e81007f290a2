"""wirekit: wire-service articles in, typed records with exact spans out.

>>> import wirekit
>>> text = "JAKARTA (ANTARA) - Harga beras naik, kata menteri, Senin (7/7)."
>>> article = wirekit.parse(text, published="2025-07-08")
>>> article.dateline.place, article.dateline.agency
('JAKARTA', 'ANTARA')
"""

from typing import TYPE_CHECKING, Any

from ._api import parse
from ._batch import Failure, parse_many
from ._bytes import parse_bytes
from ._errors import DIAGNOSTIC_CODES, ParseError, PluginWarning, UnknownAgencyError, WirekitError
from ._records import (
    Anchor,
    Article,
    Copyright,
    Credit,
    Dateline,
    DateMention,
    Diagnostic,
    Granularity,
    Notice,
    NoticeKind,
    Reference,
    ReferenceSource,
    Role,
    Segment,
    SegmentKind,
    Severity,
    Span,
)
from ._registry import Registry
from .agencies._agency import Agency

if TYPE_CHECKING:
    from ._evaluate import evaluate
    from ._frame import to_frame
    from ._schema import json_schema

    __version__: str

# Tools that a parse never needs load on first use, keeping `import wirekit` light.
_LAZY = {"evaluate": "._evaluate", "to_frame": "._frame", "json_schema": "._schema"}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("wirekit")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'wirekit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DIAGNOSTIC_CODES",
    "Agency",
    "Anchor",
    "Article",
    "Copyright",
    "Credit",
    "DateMention",
    "Dateline",
    "Diagnostic",
    "Failure",
    "Granularity",
    "Notice",
    "NoticeKind",
    "ParseError",
    "PluginWarning",
    "Reference",
    "ReferenceSource",
    "Registry",
    "Role",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
    "UnknownAgencyError",
    "WirekitError",
    "__version__",
    "evaluate",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_many",
    "to_frame",
]
