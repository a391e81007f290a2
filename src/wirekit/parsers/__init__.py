"""The small, composable parsers behind :func:`wirekit.parse`.

Contract, shared by every parser here: it takes the full ``text``, an optional
``region`` (a :class:`~wirekit.Span`; None means the whole text) and an
optional :class:`Context`, and returns one record (``parse_*``, or None when
nothing is there) or a tuple of records (``find_*``). Offsets are absolute by
construction: parsers scan ``text`` between the region's bounds and never slice
and re-index. Nothing raises on content; what a parser wants to say goes to
``context.report``.
"""

from ._context import Context
from .copyright import parse_copyright
from .credits import find_credits
from .dateline import parse_dateline
from .dates import find_dates
from .notices import find_notices
from .reference import infer_reference

__all__ = [
    "Context",
    "find_credits",
    "find_dates",
    "find_notices",
    "infer_reference",
    "parse_copyright",
    "parse_dateline",
]
