"""Tribunnews and its regional sites (Indonesia).

``TRIBUNJATENG.COM, JEPARA -``, ``TRIBUN-MEDAN.com -``, ``Laporan Wartawan Tribunnews.com, ...``;
the network's regional papers (``SERAMBINEWS.COM``, ``BANJARMASINPOST.CO.ID``,
``POS-KUPANG.COM``, ``SRIPOKU.COM``, ...) carry its copy under their own names.
"""

from __future__ import annotations

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="tribunnews",
    name="Tribunnews",
    aliases=("Tribunnews.com", "TribunNews", "TribunNews.com"),
    languages=("id",),
    detect=make_detector(
        # its own sites, and the network's regional papers that carry its copy
        head=(
            "TRIBUN",
            "POS-KUPANG.COM",
            "BANJARMASINPOST.CO.ID",
            "BANGKAPOS.COM",
            "POSBELITUNG.CO",
            "SERAMBINEWS.COM",
            "PROHABA.CO",
            "WARTAKOTALIVE.COM",
            "SRIPOKU.COM",
            "SURYA.CO.ID",
            "SURYA.co.id",
            "SURYAMALANG.COM",
        ),
    ),
)
