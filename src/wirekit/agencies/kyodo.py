"""Kyodo News (Japan).

``TOKYO (Kyodo) --``, ``TOKYO, Jan. 5 (Kyodo) --``; also ``TOKYO, Jan. 5 Kyodo -``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="kyodo",
    name="Kyodo News",
    aliases=("Kyodo",),
    languages=("en", "ja"),
    detect=make_detector(
        head=("(Kyodo)", "Kyodo -"),
    ),
    parse_dateline=make_dateline_parser(agencies=("Kyodo",)),
)
