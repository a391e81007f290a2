"""detik.com (Indonesia).

``Jakarta -`` (the dash often on a line of its own), desk initials ``(mei/fjp)`` at the end.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="detik",
    name="detikcom",
    aliases=("detik.com",),
    languages=("id",),
    detect=make_detector(
        head=("detikcom",),
        tail=("20detik",),
    ),
)
