"""The generic agency: the fallback every built-in agency is evolved from.

It scores 0 (it is only ever the fallback) and composes the generic parsers,
which already read the shapes shared by most wire services, including a
``PLACE (AGENCY) -`` dateline for an agency nobody registered.
"""

from __future__ import annotations

from ._agency import Agency

__all__ = ["GENERIC"]

GENERIC = Agency(id="generic", name="Generic wire copy")
