"""The Canadian Press.

``OTTAWA (CP) -``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="cp",
    name="The Canadian Press",
    aliases=("Canadian Press",),
    priority=1,  # "Canadian Press - PLACE (AP) -": CP redistributes AP copy
    languages=("en", "fr"),
    detect=make_detector(
        head=("(CP) -", "(CP) \u2014", "Canadian Press -"),
    ),
)
