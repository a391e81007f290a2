"""Built-in agencies: each one small data module, all evolved from :data:`GENERIC`.

An agency is a frozen :class:`Agency` record (see :mod:`wirekit.agencies._agency`):
an id, a display name, languages, a ``detect(text) -> float`` score and the
parsers it composes. A built-in is written exactly like a third-party plugin::

    AGENCY = attrs.evolve(
        GENERIC,
        id="kompas",
        name="Kompas",
        languages=("id",),
        detect=make_detector(head=("KOMPAS.com",), tail=("Kompas.com",)),
        parse_dateline=make_dateline_parser(agencies=("KOMPAS com",)),
    )

:data:`BUILTIN_AGENCIES` lists them sorted by id; the registry adds the
entry-point plugins and chooses among them by score, priority, then id.
"""

from __future__ import annotations

from ..parsers.credits import make_credits_parser
from ..parsers.dateline import make_dateline_parser
from ..parsers.notices import make_notices_parser
from ._agency import Agency
from ._detect import make_detector
from ._generic import GENERIC
from .aap import AGENCY as _aap
from .afp import AGENCY as _afp
from .ani import AGENCY as _ani
from .ansa import AGENCY as _ansa
from .antara import AGENCY as _antara
from .ap import AGENCY as _ap
from .bernama import AGENCY as _bernama
from .cnnindonesia import AGENCY as _cnnindonesia
from .cp import AGENCY as _cp
from .detik import AGENCY as _detik
from .dpa import AGENCY as _dpa
from .efe import AGENCY as _efe
from .kompas import AGENCY as _kompas
from .kyodo import AGENCY as _kyodo
from .liputan6 import AGENCY as _liputan6
from .okezone import AGENCY as _okezone
from .pa import AGENCY as _pa
from .posmetro import AGENCY as _posmetro
from .pti import AGENCY as _pti
from .republika import AGENCY as _republika
from .reuters import AGENCY as _reuters
from .sindonews import AGENCY as _sindonews
from .tass import AGENCY as _tass
from .tempo import AGENCY as _tempo
from .tribunnews import AGENCY as _tribunnews
from .upi import AGENCY as _upi
from .xinhua import AGENCY as _xinhua
from .yonhap import AGENCY as _yonhap

__all__ = [
    "BUILTIN_AGENCIES",
    "GENERIC",
    "Agency",
    "make_credits_parser",
    "make_dateline_parser",
    "make_detector",
    "make_notices_parser",
]

BUILTIN_AGENCIES: tuple[Agency, ...] = (
    _aap,
    _afp,
    _ani,
    _ansa,
    _antara,
    _ap,
    _bernama,
    _cnnindonesia,
    _cp,
    _detik,
    _dpa,
    _efe,
    _kompas,
    _kyodo,
    _liputan6,
    _okezone,
    _pa,
    _posmetro,
    _pti,
    _republika,
    _reuters,
    _sindonews,
    _tass,
    _tempo,
    _tribunnews,
    _upi,
    _xinhua,
    _yonhap,
)
