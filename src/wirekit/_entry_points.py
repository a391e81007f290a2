"""Entry points of one group, read straight from the installed distributions' metadata.

``importlib.metadata`` costs about 25 ms to import (it pulls in ``email``,
``zipfile``, ``csv`` and ``pathlib``), more than the rest of a first parse. The
plugin registry needs one thing from it: the ``[wirekit.agencies]`` section of
each distribution's ``entry_points.txt``. :func:`entry_points` reads those
files itself when every distribution lives in a plain directory on
``sys.path`` (``NAME-VERSION.dist-info`` or ``NAME.egg-info``, as pip, uv,
setuptools and hatchling install them, editable installs included), with the
same result as ``importlib.metadata.entry_points(group=...)``: one distribution
per normalised name, the first on ``sys.path`` winning. Anything else on the
path (a zip archive, a meta-path finder that lists distributions of its own)
hands the whole job to ``importlib.metadata``.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from typing import Any

import attrs

__all__ = ["EntryPoint", "distribution_version", "entry_points"]

_METADATA_SUFFIXES = (".dist-info", ".egg-info")
_NORMALIZE_RE = re.compile(r"[-_.]++")
_VALUE_RE = re.compile(
    r"""
    (?P<module>[\w.]+)\s*               # the module to import
    (?::\s*(?P<attr>[\w.]+)\s*)?        # optional attribute path inside it
    (?:\[.*\])?\s*$                     # optional extras, ignored as importlib does
    """,
    re.VERBOSE,
)


@attrs.frozen
class EntryPoint:
    """One ``name = module:attribute`` line of an ``entry_points.txt`` group.

    ``dist_name`` and ``dist_version`` are the distribution's own ``Name`` and
    ``Version`` headers (None when its metadata has none).

    >>> ep = EntryPoint("dumps", "json:dumps", "demo", "demo-package", "1.0")
    >>> ep.load()([1, 2])
    '[1, 2]'
    """

    name: str
    value: str
    group: str
    dist_name: str | None = None
    dist_version: str | None = None

    def load(self) -> Any:
        """Import the module and return the attribute the value names."""
        match = _VALUE_RE.fullmatch(self.value)
        if match is None:
            raise ValueError(f"malformed entry point value {self.value!r}")
        loaded: Any = importlib.import_module(match["module"])
        for part in filter(None, (match["attr"] or "").split(".")):
            loaded = getattr(loaded, part)
        return loaded


def entry_points(group: str) -> tuple[EntryPoint, ...]:
    """Every entry point of ``group`` across the installed distributions.

    >>> all(ep.group == "console_scripts" for ep in entry_points("console_scripts"))
    True
    """
    directories = _metadata_directories()
    if directories is None:
        return _from_importlib(group)
    found: list[EntryPoint] = []
    for directory in directories:
        found.extend(_read_group(directory, group))
    return tuple(found)


def distribution_version(name: str) -> str | None:
    """The installed version of distribution ``name``, or None when it is not installed.

    >>> distribution_version("no-such-distribution-anywhere") is None
    True
    """
    directories = _metadata_directories()
    if directories is None:
        import importlib.metadata

        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return None
    wanted = _NORMALIZE_RE.sub("_", name).lower()
    for directory in directories:
        if _distribution_key(os.path.basename(directory)) == wanted:
            return _name_and_version(directory)[1]
    return None


def _metadata_directories() -> list[str] | None:
    """The metadata directories on ``sys.path``, first per name; None when not all are plain."""
    standard = {"PathFinder", "DistutilsMetaFinder"}
    for finder in sys.meta_path:
        kind = finder if isinstance(finder, type) else type(finder)
        if hasattr(finder, "find_distributions") and kind.__name__ not in standard:
            return None
    seen: set[str] = set()
    directories: list[str] = []
    for entry in sys.path:
        root = entry or "."
        if not os.path.isdir(root):
            if os.path.exists(root):  # a zip archive: importlib.metadata knows how
                return None
            continue
        try:
            names = sorted(os.listdir(root))
        except OSError:
            continue
        for name in names:
            key = _distribution_key(name)
            if key is None:
                continue
            if key not in seen:
                seen.add(key)
                directories.append(os.path.join(root, name))
    return directories


def _distribution_key(dirname: str) -> str | None:
    """The normalised distribution name of a metadata directory, or None for other names.

    >>> _distribution_key("Twin.Pkg-1.0.dist-info"), _distribution_key("twin_pkg.egg-info")
    ('twin_pkg', 'twin_pkg')
    >>> _distribution_key("twin_pkg") is None
    True
    """
    if not dirname.endswith(_METADATA_SUFFIXES):
        return None
    name = dirname.rpartition(".")[0].partition("-")[0]  # "NAME-VERSION.dist-info" -> NAME
    return _NORMALIZE_RE.sub("_", name).lower() if name else None


def _read_group(directory: str, group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in one metadata directory's ``entry_points.txt``."""
    try:
        with open(os.path.join(directory, "entry_points.txt"), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    section: str | None = None
    pairs: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line[0] == "[" and line[-1] == "]":
            section = line[1:-1].strip()
        elif section == group and "=" in line:
            name, _, value = line.partition("=")
            pairs.append((name.strip(), value.strip()))
    if not pairs:
        return []
    dist_name, dist_version = _name_and_version(directory)
    return [EntryPoint(name, value, group, dist_name, dist_version) for name, value in pairs]


def _name_and_version(directory: str) -> tuple[str | None, str | None]:
    """The ``Name`` and ``Version`` headers of a distribution's metadata file."""
    headers: dict[str, str] = {}
    for filename in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(directory, filename), encoding="utf-8") as handle:
                for line in handle:
                    if not line.strip():
                        break
                    key, colon, value = line.partition(":")
                    if colon and key in ("Name", "Version"):
                        headers.setdefault(key, value.strip())
        except OSError:
            continue
        break
    return headers.get("Name"), headers.get("Version")


def _from_importlib(group: str) -> tuple[EntryPoint, ...]:
    """The same list through ``importlib.metadata``, for paths this module does not read."""
    import importlib.metadata

    found: list[EntryPoint] = []
    for ep in importlib.metadata.entry_points(group=group):
        dist = getattr(ep, "dist", None)
        name = None if dist is None else dist.name
        version = None if dist is None else dist.version
        found.append(EntryPoint(ep.name, ep.value, group, name, version))
    return tuple(found)
