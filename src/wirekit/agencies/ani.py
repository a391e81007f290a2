"""Asian News International (India).

``New Delhi [India], Jan 10 (ANI):``, ``New Delhi, Jan 10 (ANI):``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="ani",
    name="Asian News International",
    aliases=("ANI",),
    languages=("en",),
    detect=make_detector(
        head=("(ANI)",),
    ),
)
