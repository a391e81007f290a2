"""United Press International.

``WASHINGTON (UPI) --``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="upi",
    name="UPI",
    aliases=("United Press International",),
    languages=("en",),
    detect=make_detector(
        head=("(UPI) -", "(UPI) \u2014"),
    ),
)
