"""PA Media (the Press Association, UK).

``LONDON (PA) -``; stories end with ``ends``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="pa",
    name="PA Media",
    aliases=("PA", "Press Association"),
    languages=("en",),
    detect=make_detector(
        head=("(PA)",),
    ),
)
