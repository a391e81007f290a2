"""The public surface: every exported name resolves, and importing stays light."""

from __future__ import annotations

import subprocess
import sys

import wirekit


def test_every_name_in_all_resolves() -> None:
    """Each name in wirekit.__all__ is an attribute, including the lazily loaded ones."""
    for name in wirekit.__all__:
        assert getattr(wirekit, name) is not None, name
    assert set(wirekit.__all__) <= set(dir(wirekit))


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name wirekit does not have raises AttributeError (not ImportError)."""
    try:
        wirekit.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_import_does_not_load_tools_a_parse_never_needs() -> None:
    """`import wirekit` loads no scorer, pandas, dateparser parser or package metadata."""
    code = (
        "import sys, wirekit; "
        "print(sorted(m for m in ('wirekit._evaluate', 'wirekit._frame', 'wirekit._schema', "
        "'pandas', 'dateparser.search', 'importlib.metadata') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
