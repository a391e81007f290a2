"""KOMPAS.com (Indonesia).

``JAKARTA, KOMPAS.com -``, scraped as ``KOMPAS. com`` or ``KOMPAS com``; ``Laporan Wartawan ...``.
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
    languages=("id",),
    detect=make_detector(
        head=("KOMPAS",),
    ),
    parse_dateline=make_dateline_parser(agencies=("KOMPAS com",)),
)
