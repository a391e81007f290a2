"""Deutsche Presse-Agentur, in German and English.

``Berlin (dpa) -``, ``San Diego (tca/dpa) -``; ``Reporting by: ...`` / ``Editing by: ...``
contact lines
and a last line of desk initials (``dpa wsz jln``).
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="dpa",
    name="dpa",
    languages=("de", "en"),
    detect=make_detector(
        head=("dpa)",),
        tail=("\ndpa ",),
    ),
)
