"""Reuters, from the 1987 wire to today's.

1987 copy: ``SALVADOR, Feb 26 -`` (no agency), ``WASHINGTON, March 12, Reuter -``, a last line
``Reuter``; modern: ``LONDON, March 3 (Reuters) -``, ``Jan 30 (Reuters) -`` and
``(Reporting by A and B; Editing by C)``.
"""

from __future__ import annotations

import attrs

from ..parsers.dateline import make_dateline_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="reuters",
    name="Reuters",
    aliases=("Reuter",),
    languages=("en",),
    detect=make_detector(
        head=("(Reuters)",),
        tail=("Reuter", "REUTER"),
        sign_off=True,  # the sign-off, not "told Reuters" near the end
    ),
    parse_dateline=make_dateline_parser(agencies=("Reuter", "Reuters")),
)
