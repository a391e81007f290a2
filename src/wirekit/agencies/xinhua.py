"""Xinhua News Agency, in English, French and Spanish.

``BEIJING, Sept. 2 (Xinhua) --``, ``PEKIN, 2 septembre (Xinhua) --``,
``BEIJING, 2 sep (Xinhua) --``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="xinhua",
    name="Xinhua",
    aliases=("Xinhua News Agency",),
    languages=("en", "fr", "es", "zh"),
    detect=make_detector(
        head=("(Xinhua)",),
    ),
)
