"""Agencia EFE (Spain).

``Londres, 21 mar (EFE).-``, ``Por NAME`` bylines.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="efe",
    name="EFE",
    languages=("es", "en"),
    detect=make_detector(
        head=("(EFE)",),
    ),
)
