"""Real plugins through real entry points: the example package and its broken sibling.

``.ci/run`` installs ``examples/wirekit-plugin-example`` into the test environment
(``pip install ./examples/wirekit-plugin-example``). The broken sibling,
``examples/wirekit-plugin-example/broken``, is never installed for real: the
``broken_plugins_installed`` fixture writes its ``.dist-info`` (from its own
``pyproject.toml``) into a temporary directory on ``sys.path``, so
``importlib.metadata`` discovers it exactly as it would an installed package.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import pickle
import sys
import tomllib
import types
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirekit
from wirekit import PluginWarning, Role
from wirekit._registry import DISABLE_AUTOLOAD_ENV, AgencySource, Registry
from wirekit.agencies import GENERIC

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "wirekit-plugin-example"
BROKEN = EXAMPLE / "broken"

NUSWIRE_ARTICLE = (
    "Jalur sepeda baru dibuka di Sanur\n"
    "[NusWire] DENPASAR — Pemerintah Provinsi Bali membuka jalur sepeda sepanjang 12 kilometer "
    "di kawasan Sanur pada Kamis (10/7), kata seorang pejabat dinas perhubungan.\n"
    "Jalur itu menghubungkan pantai dengan pasar tradisional dan akan diperluas tahun depan.\n"
    "Laporan: Made Wiranata dan Kadek Ayu / Suntingan: Ni Luh Sari\n"
)
PLAIN_ARTICLE = "Hujan deras turun di Denpasar sepanjang hari, kata warga setempat.\n"


@pytest.fixture
def example() -> types.ModuleType:
    """The installed example plugin module."""
    try:
        return importlib.import_module("wirekit_plugin_example")
    except ModuleNotFoundError:  # pragma: no cover - a setup error, reported clearly
        pytest.fail("pip install ./examples/wirekit-plugin-example into the test environment")


@pytest.fixture
def plugin_registry() -> Registry:
    """The default registry with plugin discovery on, whatever the environment says."""
    return Registry.default(plugins=True)


def test_example_plugin_is_discovered(example: types.ModuleType, plugin_registry: Registry) -> None:
    """The installed example's entry point is found and registered under its id."""
    assert "nuswire" in plugin_registry
    assert plugin_registry.get("nuswire") is example.NUSWIRE
    assert plugin_registry.sources()["nuswire"] == AgencySource(
        "wirekit-plugin-example",
        importlib.metadata.version("wirekit-plugin-example"),
        "wirekit_plugin_example:NUSWIRE",
    )
    assert not plugin_registry.is_builtin("nuswire")


def test_example_plugin_is_chosen_by_score(
    example: types.ModuleType, plugin_registry: Registry
) -> None:
    """Text in NusWire's shape scores 1.0 and picks it; other text does not."""
    assert plugin_registry.scores(NUSWIRE_ARTICLE)["nuswire"] == 1.0
    assert plugin_registry.detect(NUSWIRE_ARTICLE) is example.NUSWIRE
    assert plugin_registry.scores(PLAIN_ARTICLE)["nuswire"] == 0.0
    assert plugin_registry.detect(PLAIN_ARTICLE).id != "nuswire"


def test_env_var_hides_the_example_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """With WIREKIT_DISABLE_PLUGIN_AUTOLOAD=1 a fresh default registry holds built-ins only."""
    monkeypatch.setenv(DISABLE_AUTOLOAD_ENV, "1")
    registry = Registry.default()
    assert "nuswire" not in registry
    assert registry.detect(NUSWIRE_ARTICLE).id != "nuswire"


DATELINES = [
    pytest.param("[NusWire] DENPASAR — Hujan.", "DENPASAR", id="em-dash"),
    pytest.param("[NusWire] Labuan Bajo, NTT \u2013 Kapal tiba.", "Labuan Bajo, NTT", id="region"),
    pytest.param("Judul\n  [NusWire] MATARAM - Isi.", "MATARAM", id="after-title-indented"),
]


@pytest.mark.parametrize(("text", "place"), DATELINES)
def test_example_dateline_parser(example: types.ModuleType, text: str, place: str) -> None:
    """The example's dateline parser finds the bracket-first shape with exact spans."""
    dateline = example.NUSWIRE.parse_dateline(text, None, None)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, "NusWire")
    assert dateline.place_span.slice(text) == place
    assert dateline.span.slice(text).startswith("[NusWire]")


def test_parse_uses_the_example_plugin(
    example: types.ModuleType, plugin_registry: Registry
) -> None:
    """wirekit.parse picks the plugin by score and returns its dateline and credits."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", PluginWarning)
        article = wirekit.parse(NUSWIRE_ARTICLE, registry=plugin_registry)
    assert article.agency == "nuswire"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("DENPASAR", "NusWire")
    assert [c.name for c in article.bylines] == ["Made Wiranata", "Kadek Ayu"]
    assert [(c.role, c.name) for c in article.editors] == [(Role.EDITOR, "Ni Luh Sari")]
    assert "".join(s.span.slice(NUSWIRE_ARTICLE) for s in article.segments) == NUSWIRE_ARTICLE
    assert not any(d.code == "agency.plugin-failed" for d in article.diagnostics)


def test_parse_with_the_plugin_named(example: types.ModuleType, plugin_registry: Registry) -> None:
    """parse(agency="nuswire") skips detection and still uses the plugin's parsers."""
    text = "[NusWire] SINGARAJA — Panen cengkih naik.\nLaporan: Gede Artha"
    article = wirekit.parse(text, agency="nuswire", registry=plugin_registry)
    assert article.agency == "nuswire"
    assert [c.name for c in article.bylines] == ["Gede Artha"]


def test_a_registry_with_a_plugin_pickles(plugin_registry: Registry) -> None:
    """A registry holding a real plugin pickles with its ids and sources."""
    clone = pickle.loads(pickle.dumps(plugin_registry))
    assert clone.ids == plugin_registry.ids
    assert clone.sources() == plugin_registry.sources()
    assert clone.detect(NUSWIRE_ARTICLE).id == "nuswire"


# --- the broken sibling --------------------------------------------------------------------------


@pytest.fixture
def broken_plugins_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make ``wirekit-plugin-broken`` discoverable: its dist-info in a temporary sys.path entry."""
    project = tomllib.loads((BROKEN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = tmp_path / f"wirekit_plugin_broken-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    entry_points = project["entry-points"]["wirekit.agencies"]
    (info / "entry_points.txt").write_text(
        "[wirekit.agencies]\n" + "".join(f"{k} = {v}\n" for k, v in entry_points.items()),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(BROKEN / "src"))
    yield
    for name in [name for name in sys.modules if name.startswith("wirekit_plugin_broken")]:
        del sys.modules[name]


LOAD_TIME_FAULTS = [
    pytest.param(
        "explodes", "ImportError: wirekit_plugin_broken.explodes needs", id="import-fails"
    ),
    pytest.param("missing", "AttributeError", id="missing-attribute"),
    pytest.param("notanagency", "is of type dict, not a wirekit Agency", id="not-an-agency"),
    pytest.param("misnamed", "id 'somethingelse' differs from its entry-point name", id="misnamed"),
    pytest.param("generic", "'generic' is a built-in agency id", id="claims-builtin"),
]


@pytest.mark.usefixtures("broken_plugins_installed")
def test_broken_plugins_are_skipped_at_load_time(example: types.ModuleType) -> None:
    """Each unusable entry point is skipped with a PluginWarning; the usable ones load."""
    registry = Registry.default(plugins=True)
    with pytest.warns(PluginWarning) as caught:
        ids = registry.ids
    messages = "\n".join(str(w.message) for w in caught)
    for param in LOAD_TIME_FAULTS:
        name, reason = param.values
        assert f"'{name}' from wirekit-plugin-broken 0.1.0 was skipped" in messages
        assert str(reason) in messages
    assert "agency id 'nuswire' is claimed by several plugins; all skipped" in messages
    assert "wirekit-plugin-broken" in messages and "wirekit-plugin-example" in messages
    for skipped in ("explodes", "missing", "notanagency", "misnamed", "somethingelse", "nuswire"):
        assert skipped not in ids
    assert {"faultywire", "boastwire", "brokenwire"} <= set(ids)
    assert registry.generic is GENERIC and registry.is_builtin("generic")


@pytest.mark.usefixtures("broken_plugins_installed")
def test_broken_detectors_score_zero_and_parsing_goes_on() -> None:
    """Detectors that raise or return 7 score 0 with a warning; parse still succeeds."""
    registry = Registry.default(plugins=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        registry.ids  # noqa: B018 - load (and silence) the load-time faults first
    with pytest.warns(PluginWarning) as caught:
        article = wirekit.parse(PLAIN_ARTICLE, registry=registry)
    messages = "\n".join(str(w.message) for w in caught)
    assert "'faultywire': detect() raised ZeroDivisionError" in messages
    assert "'boastwire': detect() returned 7, not a float in [0, 1]" in messages
    assert article.agency not in {"faultywire", "boastwire", "brokenwire"}


@pytest.mark.usefixtures("broken_plugins_installed")
def test_a_chosen_broken_plugin_is_contained() -> None:
    """Every faulty parser of a chosen plugin falls back to the generic parser's result."""
    registry = Registry.default(plugins=True)
    text = (
        "[BrokenWire]\nDENPASAR (NusWire) - Harga cabai naik, kata pedagang, Senin (7/7).\n"
        "Laporan: Made Wiranata\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        registry.ids  # noqa: B018 - load (and silence) the load-time faults first
        expected = wirekit.parse(text, agency="generic", registry=registry, published="2025-07-08")
    with pytest.warns(PluginWarning) as caught:
        article = wirekit.parse(text, registry=registry, published="2025-07-08")
    assert article.agency == "brokenwire"
    for field in ("dateline", "credits", "copyright", "notices", "segments", "dates"):
        assert getattr(article, field) == getattr(expected, field), field
    failed = [d.message for d in article.diagnostics if d.code == "agency.plugin-failed"]
    assert len(failed) == 4  # dateline, credits, copyright, notices (segment has no context)
    assert not any("BrokenWire before it failed" in d.message for d in article.diagnostics)
    warned = "\n".join(str(w.message) for w in caught)
    for parser in ("parse_dateline", "find_credits", "parse_copyright", "find_notices", "segment"):
        assert f"'brokenwire': {parser}()" in warned
