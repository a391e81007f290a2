"""SINDOnews (Indonesia).

``JAKARTA -`` bare datelines.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="sindonews",
    name="SINDOnews",
    aliases=("SindoNews", "Sindonews", "SINDOnews.com", "Sindonews.com"),
    languages=("id",),
    detect=make_detector(
        head=("SINDOnews",),
        tail=("SINDOnews", "Lihat Juga:"),  # its related-story label
        # its related-story label in the body, in capitals with a dash: the weakest evidence
        body=("BACA JUGA -",),
    ),
)
