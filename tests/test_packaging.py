"""Release readiness: one version, a clean sdist and wheel, and a wheel that works installed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

import wirekit

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_single_sourced() -> None:
    """wirekit.__version__ is the installed metadata version, which is pyproject's."""
    from importlib.metadata import version

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert wirekit.__version__ == version("wirekit") == declared["project"]["version"]


def test_changelog_has_a_section_for_this_version() -> None:
    """CHANGELOG.md has an Unreleased section or one for the current version."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text or f"## [{wirekit.__version__}]" in text


def _run(*argv: str | Path, cwd: Path | None = None, stdin: str | None = None) -> str:
    """Run a command; fail with its output when it fails."""
    done = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    if done.returncode != 0:
        pytest.fail(f"{argv[:3]} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An sdist and a wheel built from this tree with `python -m build`."""
    if importlib.util.find_spec("build") is None:
        pytest.skip("`build` is not installed (it is in the 'test' extra)")
    out = tmp_path_factory.mktemp("dist")
    # Without isolation when the backend is already here: no download, a few seconds.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    _run(sys.executable, "-m", "build", *isolation, "--outdir", out, ROOT)
    return out


@pytest.mark.slow
def test_build_makes_sdist_and_wheel_that_twine_accepts(dist: Path) -> None:
    """`python -m build` gives one sdist and one wheel; `twine check --strict` passes."""
    if importlib.util.find_spec("twine") is None:
        pytest.skip("`twine` is not installed (it is in the 'test' extra)")
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert [w.name for w in wheels] == [f"wirekit-{wirekit.__version__}-py3-none-any.whl"]
    assert [s.name for s in sdists] == [f"wirekit-{wirekit.__version__}.tar.gz"]
    _run(sys.executable, "-m", "twine", "check", "--strict", *wheels, *sdists)
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    for needed in ("wirekit/py.typed", "wirekit/data/example_antara.txt", "wirekit/cli.py"):
        assert needed in names
    assert not any(n.startswith(("tests/", "docs/")) for n in names)


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_the_cli_runs(dist: Path, tmp_path: Path) -> None:
    """The wheel installs into a new virtual environment; `wirekit` parses the example there."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    wheel = next(dist.glob("*.whl"))
    done = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", wheel],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    if done.returncode != 0:
        offline = ("Could not find a version", "Failed to establish", "No matching distribution")
        if any(marker in done.stderr for marker in offline):
            pytest.skip(
                f"no package index reachable to install attrs/regex/dateparser: {done.stderr}"
            )
        pytest.fail(done.stderr)

    out = _run(bindir / "wirekit", "parse", "--example", cwd=tmp_path)
    data = json.loads(out)
    assert data["dateline"]["place"] == "Kuala Lumpur"
    assert data["editors"] == ["M Razi Rahman"]

    line = _run(
        python, "-m", "wirekit", "parse", "-", "--format", "jsonl",
        cwd=tmp_path, stdin="OSLO, July 8 (Reuters) - Salmon exports rose.\n",
    )  # fmt: skip
    assert json.loads(line)["dateline"]["place"] == "OSLO"
    version = _run(python, "-c", "import wirekit; print(wirekit.__version__)", cwd=tmp_path)
    assert version.strip() == wirekit.__version__
    assert "wirekit" in _run(bindir / "wirekit", "agencies", cwd=tmp_path)
