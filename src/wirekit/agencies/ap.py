"""The Associated Press.

``NEW YORK (AP) —``, ``WARSAW, Poland (AP) --``, ANPA ``NAIROBI, Kenya (AP) _``; ``By JOHN DOE``
in capitals, ``Associated Press Writer``; ``Copyright 2019 The Associated Press.``
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="ap",
    name="The Associated Press",
    aliases=("AP", "Associated Press"),
    languages=("en",),
    detect=make_detector(
        head=("(AP)", "Associated Press"),
        tail=("Associated Press",),
    ),
)
