"""CNN Indonesia.

``Jakarta, CNN Indonesia --``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="cnnindonesia",
    name="CNN Indonesia",
    aliases=("CNNIndonesia.com",),
    languages=("id",),
    detect=make_detector(
        head=("CNN Indonesia",),
    ),
    parse_dateline=make_dateline_parser(agencies=("CNN Indonesia",)),
)
