"""Okezone (Indonesia).

``JAKARTA- `` / ``MAKKAH\u2013 `` bare datelines, the dash glued to the place (a shape
only Okezone's copy opens with in the corpora: a detection cue);
a last line ``(Nama Penulis)`` signs the story: its editor (the metadata author, the
journalist, is another person in 232 of the 237 indonews articles that end so, while a
few sign-off names recur across dozens of stories).
"""

from __future__ import annotations

import re

import attrs

from .._records import Role
from ..parsers.credits import SIGNOFF_RE, make_credits_parser
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
        # the text opens on the place in capitals with the dash glued to it, then the
        # story: "JAKARTA- Pemerintah ...", "MAKKAH\u2013 Jemaah ...", or glued to the
        # story instead: "SEPANG \u2013Pembalap itu ..." ("INFO NASIONAL\u2013 ..." is
        # Tempo's advertorial section; "JAKARTA - ", spaced on both sides, many outlets').
        # Glued to both ("JAKARTA-Farel"), or a first word in capitals that the scrape
        # glued to the next ("KAPTENTimnas Indonesia", "BERIKUTtiga pemain": five capitals
        # or more, not an acronym's "KPKtelah"), only before an Indonesian function word
        # on the first line: English slugs look the same ("GLOBAL MARKETS-Shares",
        # "URGENTChina quake")
        head_pattern=re.compile(
            r"(?!INFO )[A-Z][A-Z .]{1,30}(?<=[A-Z])(?:[-\u2013][ \u00a0]{1,2}| [-\u2013])"
            r"(?=[A-Z][a-z])"
            r"|(?:(?!INFO )[A-Z][A-Z .]{1,30}(?<=[A-Z])[-\u2013]|[A-Z]{5,30}+)(?=[A-Z]?[a-z])"
            r"(?=[^\n]{0,200}?[ ](?:yang|dan|di|untuk|dengan|itu)[ ])"
        ),
        tail_pattern=SIGNOFF_RE,  # the closing "(Nama Editor)"
    ),
    find_credits=make_credits_parser(signoff=Role.EDITOR),
)
