"""TEMPO.CO (Indonesia); the outlet comes first.

``TEMPO.CO, Jakarta -``, also glued: ``TEMPO.CO,Jakarta-``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="tempo",
    name="Tempo",
    aliases=("TEMPO.CO", "Tempo.co"),
    languages=("id", "en"),
    detect=make_detector(
        head=("TEMPO.CO",),
    ),
)
