"""Yonhap News Agency (South Korea); a byline and ATTN lines may come before the dateline.

``SEOUL, Jan. 5 (Yonhap) --`` after ``By Kim Soo-yeon`` and ``ATTN`` lines; a last line ``(END)``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="yonhap",
    name="Yonhap",
    aliases=("Yonhap News Agency",),
    languages=("en", "ko"),
    detect=make_detector(
        head=("(Yonhap)",),
        tail=("(END)",),
    ),
)
