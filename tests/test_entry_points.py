"""The entry-point reader that spares plugin discovery the import of importlib.metadata."""

from __future__ import annotations

import importlib.metadata
import sys
import types
import zipfile
from pathlib import Path

import pytest

from wirekit import _entry_points
from wirekit._entry_points import EntryPoint, distribution_version, entry_points

GROUP = "wirekit.test-group"


def write_dist(root: Path, dirname: str, entry_points_txt: str, name: str, version: str) -> None:
    """A minimal installed distribution: metadata headers plus an entry_points.txt."""
    meta = root / dirname
    meta.mkdir(parents=True)
    filename = "PKG-INFO" if dirname.endswith(".egg-info") else "METADATA"
    (meta / filename).write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nName: not-a-header\n",
        encoding="utf-8",
    )
    (meta / "entry_points.txt").write_text(entry_points_txt, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh directory put first on sys.path."""
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(
    "group",
    ["console_scripts", "wirekit.agencies", "pytest11"],
)
def test_the_installed_listing_equals_importlib_metadata(group: str) -> None:
    """Names, values and distribution name/version agree with importlib.metadata's listing."""
    ours = sorted((ep.name, ep.value, ep.dist_name, ep.dist_version) for ep in entry_points(group))
    theirs = sorted(
        (ep.name, ep.value, ep.dist.name if ep.dist else None, ep.dist.version if ep.dist else None)
        for ep in importlib.metadata.entry_points(group=group)
    )
    assert ours == theirs


def test_the_installed_wirekit_version_equals_importlib_metadata() -> None:
    """distribution_version reads the same version as importlib.metadata.version."""
    assert distribution_version("wirekit") == importlib.metadata.version("wirekit")
    assert distribution_version("WireKit") == importlib.metadata.version("wirekit")


def test_sections_comments_and_extras(site: Path) -> None:
    """Only the asked group is read; comments are skipped; extras are ignored on load."""
    write_dist(
        site,
        "demo_pkg-2.0.dist-info",
        "# a comment\n[other]\nskip = json:dumps\n\n"
        f"[{GROUP}]\n; another comment\nfirst = json:dumps [fast]\nsecond=json\n",
        "demo-pkg",
        "2.0",
    )
    found = [ep for ep in entry_points(GROUP) if ep.dist_name == "demo-pkg"]
    assert found == [
        EntryPoint("first", "json:dumps [fast]", GROUP, "demo-pkg", "2.0"),
        EntryPoint("second", "json", GROUP, "demo-pkg", "2.0"),
    ]
    assert found[0].load()({"a": 1}) == '{"a": 1}'
    assert found[1].load() is sys.modules["json"]


def test_egg_info_directories_are_read(site: Path) -> None:
    """A setuptools .egg-info directory counts, with its PKG-INFO headers."""
    write_dist(site, "legacy_pkg.egg-info", f"[{GROUP}]\nold = json:loads\n", "legacy-pkg", "0.3")
    assert [ep.name for ep in entry_points(GROUP) if ep.dist_name == "legacy-pkg"] == ["old"]
    assert distribution_version("legacy_pkg") == "0.3"


def test_the_first_distribution_on_the_path_wins(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs of one (normalised) name: only the one earlier on sys.path is listed."""
    later = site / "later"
    write_dist(site, "Twin.Pkg-1.0.dist-info", f"[{GROUP}]\na = json:dumps\n", "Twin.Pkg", "1.0")
    write_dist(later, "twin_pkg-9.0.dist-info", f"[{GROUP}]\nb = json:loads\n", "twin_pkg", "9.0")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(sys, "path", [*sys.path, str(later)])
    twins = [ep for ep in entry_points(GROUP) if ep.dist_name in ("Twin.Pkg", "twin_pkg")]
    assert [(ep.name, ep.dist_version) for ep in twins] == [("a", "1.0")]


def test_a_zip_on_the_path_hands_over_to_importlib(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a zip archive on sys.path the listing comes from importlib.metadata, zip included."""
    archive = site / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped_pkg-1.5.dist-info/METADATA", "Name: zipped-pkg\nVersion: 1.5\n")
        bundle.writestr("zipped_pkg-1.5.dist-info/entry_points.txt", f"[{GROUP}]\nz = json\n")
    monkeypatch.syspath_prepend(str(archive))
    found = [ep for ep in entry_points(GROUP) if ep.dist_name == "zipped-pkg"]
    assert found == [EntryPoint("z", "json", GROUP, "zipped-pkg", "1.5")]
    assert distribution_version("zipped-pkg") == "1.5"


def test_a_finder_with_its_own_distributions_hands_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """A meta-path finder that lists distributions itself makes the reader defer to importlib."""
    finder = types.SimpleNamespace(find_distributions=lambda *args, **kwargs: iter(()))
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, finder])
    calls: list[str] = []
    monkeypatch.setattr(_entry_points, "_from_importlib", lambda group: calls.append(group) or ())
    assert entry_points(GROUP) == ()
    assert calls == [GROUP]


def test_a_malformed_value_raises_on_load() -> None:
    """A value that names no module raises ValueError when loaded (the registry warns)."""
    with pytest.raises(ValueError, match="malformed"):
        EntryPoint("bad", "not a module path", GROUP).load()
