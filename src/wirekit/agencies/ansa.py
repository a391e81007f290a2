"""Agenzia ANSA (Italy); the agency comes first.

``(ANSA) - ROMA, 1 LUG -``, ``(ANSA) - Rome, October 11 -``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="ansa",
    name="ANSA",
    languages=("it", "en"),
    detect=make_detector(
        head=("(ANSA)",),
    ),
)
