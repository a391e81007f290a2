"""Doctests of the documentation pages: skip the pages whose optional engine is missing.

The pages are run by pytest (``--doctest-glob=*.md``). A page that needs an optional
extra is skipped, with the reason, when that extra is not installed, so the rest of the
documentation is still tested everywhere.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

_HERE = Path(__file__).parent

# page -> (modules it needs, needs Java)
_NEEDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "how-to/scale.md": (("dask", "distributed", "pyspark", "pyarrow", "pandas"), True),
    "how-to/parse-a-feed.md": (("pandas",), False),
    "reference/schema.md": (("jsonschema",), False),
}


def _missing(page: str) -> str | None:
    modules, java = _NEEDS.get(page, ((), False))
    absent = [m for m in modules if importlib.util.find_spec(m) is None]
    if absent:
        return f"{page} needs {', '.join(absent)} (pip install -e '.[test,spark]')"
    if java and shutil.which("java") is None:
        return f"{page} needs Java for its Spark example"
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the doctest items of pages with missing extras as skipped."""
    for item in items:
        path = Path(str(item.path))
        if path.suffix != ".md" or _HERE not in path.parents:
            continue
        reason = _missing(path.relative_to(_HERE).as_posix())
        if reason is not None:
            item.add_marker(pytest.mark.skip(reason=reason))
