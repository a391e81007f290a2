"""Okezone (Indonesia).

``JAKARTA -`` / ``MAKKAH-`` (en dash) bare datelines;
a last line ``(Nama Penulis)`` signs the story: its editor (the metadata author, the
journalist, is another person in 232 of the 237 indonews articles that end so, while a
few sign-off names recur across dozens of stories).
"""

from __future__ import annotations

import attrs

from .._records import Role
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
    find_credits=make_credits_parser(signoff=Role.EDITOR),
)
