"""TASS (Russia).

``MOSCOW, January 21. /TASS/.``
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="tass",
    name="TASS",
    languages=("ru", "en"),
    detect=make_detector(
        head=("/TASS/",),
    ),
)
