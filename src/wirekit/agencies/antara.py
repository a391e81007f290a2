"""Indonesia's national news agency (Indonesian and English editions).

Datelines ``Jakarta (ANTARA) -``, ``Mataram, NTB (ANTARA News) -``, ``ISTANBUL, 23 Februari
2016 (Antara/PRNewswire) --``; footer ``Pewarta: ... Editor: ... COPYRIGHT © ANTARA 2025`` and the
AI-crawling ban.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="antara",
    name="ANTARA",
    aliases=("Antara", "ANTARA News", "Antara News"),
    languages=("id", "en"),
    detect=make_detector(
        head=("(ANTARA",),
        tail=("ANTARA 20",),
    ),
)
