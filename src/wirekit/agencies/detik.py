"""detik.com (Indonesia).

``Jakarta -`` (the dash often on a line of its own), desk initials ``(mei/fjp)`` at the end.
"""

from __future__ import annotations

import re

import attrs

from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC

AGENCY: Agency = attrs.evolve(
    GENERIC,
    id="detik",
    name="detikcom",
    # its channels name it too in a self-reference ("rilis yang diterima detikSport")
    aliases=(
        "detik.com",
        "detikOto",
        "detikNews",
        "detikSport",
        "detikFinance",
        "detikTravel",
        "detikInet",
        "detikHealth",
        "detikFood",
        "detikEdu",
        "detikHot",
        "detikPop",
        "detikJabar",
        "detikJateng",
        "detikJatim",
        "detikJogja",
        "detikBali",
        "detikSumut",
        "detikSulsel",
        "detikSumbagsel",
        "detikKalimantan",
        "detikProperti",
        "detikHikmah",
    ),
    languages=("id",),
    detect=make_detector(
        head=("detikcom",),
        # its video embed, and the note that a channel ran the story first ("Artikel ini
        # sudah tayang di detikSumut")
        tail=("20detik", "tayang di detik", "naik di detik", "naik didetik"),
        # the desk's initials on a line of their own near the end: "(mau/nu2)"
        tail_pattern=re.compile(r"^\([a-z0-9]{2,6}/[a-z0-9]{2,6}\)\r?$", re.MULTILINE),
        # its ad slot's line, which a scrape keeps mid-story: the weakest evidence (its
        # sister sites' pages carry it too, and they name themselves in cues)
        body=("SCROLL TO CONTINUE WITH CONTENT",),
    ),
)
