"""Shared pytest configuration: hypothesis settings profiles.

Profiles (choose with ``HYPOTHESIS_PROFILE=name``; ``ci`` is the default):

- ``ci``: derandomized (the same examples on every run, so CI is never flaky),
  no deadline (the machine is shared and slow), modest example counts so the
  whole suite stays fast on two cores.
- ``dev``: random examples, a few more of them; for local exploration.
- ``deep``: many examples, for an occasional long hunt (``HYPOTHESIS_PROFILE=deep``).

The tests folder is put on ``sys.path`` so that test modules can share
``strategies.py`` (pytest runs with ``--import-mode=importlib``, which adds nothing).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    max_examples=60,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile("dev", deadline=None, max_examples=150, suppress_health_check=_SLOW_DATA)
settings.register_profile(
    "deep", deadline=None, max_examples=3000, suppress_health_check=_SLOW_DATA
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
