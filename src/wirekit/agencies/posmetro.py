"""Posmetro outlets (Indonesia).

``BATAM, POSMETRO.CO:``, ``Posmetro.co.id,INDRAMAYU -``, ``POSMETRO MEDAN-``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="posmetro",
    name="Posmetro",
    aliases=("Posmetro Medan",),
    languages=("id",),
    detect=make_detector(
        head=("POSMETRO", "Posmetro"),
    ),
    parse_dateline=make_dateline_parser(agencies=("POSMETRO MEDAN", "POSMETRO")),
)
