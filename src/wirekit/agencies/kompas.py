"""KOMPAS.com (Indonesia).

``JAKARTA, KOMPAS.com -``, scraped as ``KOMPAS. com`` or ``KOMPAS com``; the daily's
``JAKARTA, KOMPAS —``; ``Laporan Wartawan ...``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="kompas",
    name="Kompas",
    aliases=("Kompas.com", "KOMPAS.com", "Kompas.id", "Kompas.tv"),
    languages=("id",),
    detect=make_detector(
        # KOMPAS as a dateline's agency (".com", " com", a dash), never a bare word:
        # a press digest's "KOMPAS" section header is another agency's copy.
        head=("KOMPAS.", "KOMPAS com", "KOMPAS -", "KOMPAS \u2013", "KOMPAS \u2014"),
    ),
    parse_dateline=make_dateline_parser(agencies=("KOMPAS com",)),
)
