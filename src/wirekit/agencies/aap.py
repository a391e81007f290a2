"""Australian Associated Press.

``SYDNEY (AAP) -``; desk sign-offs such as ``AAP RTV``.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="aap",
    name="AAP",
    aliases=("Australian Associated Press",),
    languages=("en",),
    detect=make_detector(
        head=("(AAP)",),
        tail=("\nAAP ",),
    ),
)
