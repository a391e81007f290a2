"""The Associated Press.

``NEW YORK (AP) —``, ``WARSAW, Poland (AP) --``, ANPA ``NAIROBI, Kenya (AP) _``; ``By JOHN DOE``
in capitals, ``Associated Press Writer``; ``Copyright 2019 The Associated Press.``
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
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
        # an aggregator's "AP - " credit line; "Associated Press" after a word that makes it
        # another agency's name is none ("Australian Associated Press": AAP)
        head=("(AP)", "The Associated Press", "Associated Press Writer", "\nAP - "),
        tail=("The Associated Press", "Associated Press writer", "Associated Press Writer"),
    ),
    parse_dateline=make_dateline_parser(agencies=("AP",)),  # "AP - " opens a line
)
