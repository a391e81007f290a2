"""wirekit: wire-service articles in, typed records with exact spans out.

>>> import wirekit
>>> text = "JAKARTA (ANTARA) - Harga beras naik, kata menteri, Senin (7/7)."
>>> article = wirekit.parse(text, published="2025-07-08")
>>> article.dateline.place, article.dateline.agency
('JAKARTA', 'ANTARA')
"""

from importlib.metadata import PackageNotFoundError, version

from ._api import parse
from ._batch import Failure, parse_many
from ._bytes import parse_bytes
from ._errors import DIAGNOSTIC_CODES, ParseError, PluginWarning, UnknownAgencyError, WirekitError
from ._evaluate import evaluate
from ._frame import to_frame
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
from ._schema import json_schema
from .agencies._agency import Agency

try:
    __version__ = version("wirekit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
