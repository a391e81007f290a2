"""Okezone (Indonesia).

``JAKARTA -`` / ``MAKKAH-`` (en dash) bare datelines;
a last line ``(Nama Penulis)`` signs the story.
"""

from __future__ import annotations

import attrs

from ..parsers.credits import make_credits_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="okezone",
    name="Okezone",
    aliases=("Okezone.com",),
    languages=("id",),
    detect=make_detector(
        head=("Okezone",),
        tail=("Okezone",),
    ),
    find_credits=make_credits_parser(signoff=True),
)
