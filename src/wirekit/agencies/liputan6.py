"""Liputan6.com (Indonesia); the outlet comes first.

``Liputan6.com, Jakarta -``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="liputan6",
    name="Liputan6",
    aliases=("Liputan6.com",),
    languages=("id",),
    detect=make_detector(
        head=("Liputan6",),
    ),
)
