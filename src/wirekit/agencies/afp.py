"""Agence France-Presse, in English and French.

``STOCKHOLM, Aug 29, 2014 (AFP) -``, ``PARIS, 12 mars 2014 (AFP) -``; ``© 2024 AFP``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="afp",
    name="Agence France-Presse",
    aliases=("AFP", "Agence France Presse"),
    languages=("en", "fr"),
    detect=make_detector(
        head=("(AFP)",),
        tail=("AFP",),
    ),
    parse_dateline=make_dateline_parser(agencies=("AFP",)),  # "AFP - " opens a line
)
