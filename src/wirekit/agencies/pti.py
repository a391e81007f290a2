"""Press Trust of India.

``New Delhi, Jan 10 (PTI)`` with or without a dash after it.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="pti",
    name="Press Trust of India",
    aliases=("PTI",),
    languages=("en",),
    detect=make_detector(
        head=("(PTI)",),
    ),
)
