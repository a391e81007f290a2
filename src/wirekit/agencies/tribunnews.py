"""Tribunnews and its regional sites (Indonesia).

``TRIBUNJATENG.COM, JEPARA -``, ``TRIBUN-MEDAN.com -``, ``Laporan Wartawan Tribunnews.com, ...``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="tribunnews",
    name="Tribunnews",
    aliases=("Tribunnews.com", "TribunNews", "TribunNews.com"),
    languages=("id",),
    detect=make_detector(
        head=("TRIBUN",),
    ),
)
