"""Malaysia's national news agency, in English and Malay.

``KUALA LUMPUR, Aug 6 (Bernama) --``, Malay ``MELAKA, 13 Jan (Bernama) --``;
a last line ``-- BERNAMA``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="bernama",
    name="Bernama",
    languages=("en", "ms"),
    detect=make_detector(
        head=("(Bernama)",),
        tail=("BERNAMA",),
    ),
)
