"""REPUBLIKA.CO.ID (Indonesia); the outlet comes first.

``REPUBLIKA.CO.ID, JAKARTA --``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="republika",
    name="Republika",
    aliases=("Republika.co.id", "REPUBLIKA.CO.ID"),
    languages=("id",),
    detect=make_detector(
        head=("REPUBLIKA",),
        tail=("Republika",),
    ),
)
