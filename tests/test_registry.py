"""The agency registry: lookup, deterministic detection, lazy plugin loading and fault containment.

These tests build their own agencies with ``attrs.evolve(GENERIC, ...)`` and fake
the entry-point listing with ``monkeypatch``; ``tests/test_plugins.py`` covers
real installed plugins.
"""

from __future__ import annotations

import importlib.metadata
import math
import pickle
import sys
import types
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirekit import (
    Agency,
    Copyright,
    Credit,
    Dateline,
    DateMention,
    Notice,
    NoticeKind,
    PluginWarning,
    Role,
    Segment,
    SegmentKind,
    Span,
    UnknownAgencyError,
    _entry_points,
)
from wirekit._entry_points import EntryPoint
from wirekit._registry import (
    DISABLE_AUTOLOAD_ENV,
    ENTRY_POINT_GROUP,
    AgencySource,
    Registry,
    default_registry,
    guard,
)
from wirekit.agencies import BUILTIN_AGENCIES, GENERIC, make_detector
from wirekit.agencies._agency import ArticleParts
from wirekit.agencies._cues import CUE_SCORE, SelfReferenceScan
from wirekit.parsers import Context

FAKE_MODULE = "wirekit_registry_test_fakes"


def scoring(value: Any) -> Callable[[str], Any]:
    """A detector that gives every text the same score."""

    def detect(text: str) -> Any:
        return value

    return detect


def make_agency(agency_id: str, score: Any = 0.0, priority: int = 0) -> Agency:
    """A test agency: the generic one with a fixed score."""
    return attrs.evolve(
        GENERIC, id=agency_id, name=agency_id.title(), priority=priority, detect=scoring(score)
    )


def detect_quietly(registry: Registry, text: str) -> Agency:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return registry.detect(text)


# --- explicit registries -----------------------------------------------------------------------


def test_explicit_registry_holds_its_agencies_and_the_generic_fallback() -> None:
    """Registry([...]) registers what it is given plus the generic agency, sorted by id."""
    alpha, beta = make_agency("alpha"), make_agency("beta")
    registry = Registry([beta, alpha])
    assert registry.ids == ("alpha", "beta", "generic")
    assert [agency.id for agency in registry] == ["alpha", "beta", "generic"]
    assert len(registry) == 3
    assert "alpha" in registry and "gamma" not in registry
    assert registry.get("beta") is beta
    assert registry.generic is GENERIC


def test_explicit_generic_replaces_the_built_in_fallback() -> None:
    """An agency with id "generic" given to Registry becomes its fallback."""
    mine = attrs.evolve(GENERIC, name="My generic")
    registry = Registry([mine])
    assert registry.generic is mine
    assert detect_quietly(registry, "anything") is mine


def test_explicit_registry_rejects_duplicates_and_non_agencies() -> None:
    """Registry([...]) is a programming interface: bad input raises at once."""
    with pytest.raises(ValueError, match="duplicate agency id 'alpha'"):
        Registry([make_agency("alpha"), make_agency("alpha", 0.5)])
    with pytest.raises(TypeError, match="expects Agency records"):
        Registry(["alpha"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="priority is not an int"):
        Registry([attrs.evolve(make_agency("alpha"), priority="high")])


def test_unknown_id_raises_listing_the_known_ids() -> None:
    """get() of an unknown id raises UnknownAgencyError (a LookupError) naming every known id."""
    registry = Registry([make_agency("alpha"), make_agency("beta")])
    with pytest.raises(UnknownAgencyError) as caught:
        registry.get("gamma")
    assert isinstance(caught.value, LookupError)
    assert caught.value.agency == "gamma"
    assert caught.value.known == ("alpha", "beta", "generic")
    assert "alpha, beta, generic" in str(caught.value)


def test_builtin_registry_knows_every_builtin() -> None:
    """Registry.default() without plugins is exactly the built-in agencies."""
    registry = Registry.default(plugins=False)
    assert set(registry.ids) == {agency.id for agency in BUILTIN_AGENCIES} | {"generic"}
    assert all(registry.is_builtin(agency_id) for agency_id in registry.ids)


# --- detection ---------------------------------------------------------------------------------


def test_detect_picks_the_highest_score() -> None:
    """The agency whose detector scores the text highest is chosen."""
    registry = Registry(
        [make_agency("low", 0.2), make_agency("high", 0.8), make_agency("mid", 0.5)]
    )
    assert detect_quietly(registry, "text").id == "high"


def test_detect_falls_back_to_generic_when_nothing_scores() -> None:
    """All scores 0 -> the generic agency."""
    registry = Registry([make_agency("alpha"), make_agency("beta")])
    assert detect_quietly(registry, "text") is registry.generic


TIES = [
    pytest.param([("alpha", 0.5, 0), ("beta", 0.5, 1)], "beta", id="priority-beats-id"),
    pytest.param([("beta", 0.5, 0), ("alpha", 0.5, 0)], "alpha", id="same-priority-id-order"),
    pytest.param([("zulu", 0.6, 0), ("alpha", 0.5, 9)], "zulu", id="score-beats-priority"),
    pytest.param([("b", 1.0, 0), ("a", 1.0, 0), ("c", 1.0, 5)], "c", id="perfect-scores-tie"),
    pytest.param([("a", 0.3, -1), ("b", 0.3, -2)], "a", id="negative-priorities"),
]


@pytest.mark.parametrize(("specs", "expected"), TIES)
def test_ties_are_broken_by_priority_then_id(
    specs: list[tuple[str, float, int]], expected: str
) -> None:
    """Equal scores: higher priority wins, then the alphabetically first id."""
    agencies = [make_agency(agency_id, score, priority) for agency_id, score, priority in specs]
    assert detect_quietly(Registry(agencies), "text").id == expected
    assert detect_quietly(Registry(reversed(agencies)), "text").id == expected


@settings(max_examples=60, deadline=None)
@given(
    specs=st.lists(
        st.tuples(
            st.sampled_from([0.0, 0.25, 0.5, 1.0]),
            st.integers(min_value=-2, max_value=2),
        ),
        min_size=1,
        max_size=8,
    ),
    data=st.data(),
)
def test_detect_never_depends_on_registration_order(
    specs: list[tuple[float, int]], data: st.DataObject
) -> None:
    """Any order of registration gives the same choice: max score, then priority, then id."""
    agencies = [
        make_agency(f"agency{index}", score, priority)
        for index, (score, priority) in enumerate(specs)
    ]
    shuffled = data.draw(st.permutations(agencies))
    chosen = detect_quietly(Registry(shuffled), "text")
    assert chosen is detect_quietly(Registry(agencies), "text")
    best = max(score for score, _ in specs)
    if best == 0.0:
        assert chosen.id == "generic"
    else:
        expected = min(
            (a for a in agencies if a.detect("text") == best), key=lambda a: (-a.priority, a.id)
        )
        assert chosen is expected


def test_scores_lists_every_agency_best_first() -> None:
    """scores() gives each id its score, in the order detect() ranks them."""
    registry = Registry([make_agency("alpha", 0.5), make_agency("beta", 0.9, -1)])
    assert list(registry.scores("text").items()) == [
        ("beta", 0.9),
        ("alpha", 0.5),
        ("generic", 0.0),
    ]


def _raise_value_error(text: str) -> float:
    raise ValueError("bad text")


BAD_DETECTORS = [
    pytest.param(_raise_value_error, "raised ValueError: bad text", id="raises"),
    pytest.param(scoring(1), "returned 1, not a float", id="int"),
    pytest.param(scoring(True), "returned True, not a float", id="bool"),
    pytest.param(scoring(1.5), "returned 1.5, not a float in", id="above-one"),
    pytest.param(scoring(-0.1), "returned -0.1, not a float in", id="negative"),
    pytest.param(scoring(math.nan), "returned nan, not a float in", id="nan"),
    pytest.param(scoring(None), "returned None, not a float", id="none"),
    pytest.param(scoring("0.9"), "returned '0.9', not a float", id="string"),
]


@pytest.mark.parametrize(("detect", "message"), BAD_DETECTORS)
def test_a_misbehaving_detector_scores_zero_with_a_warning(
    detect: Callable[[str], Any], message: str
) -> None:
    """detect() that raises or returns a non-float / out-of-range value scores 0, with a warning."""
    bad = attrs.evolve(make_agency("bad"), detect=detect, priority=10)
    registry = Registry([bad, make_agency("fine", 0.1)])
    with pytest.warns(PluginWarning, match=message):
        assert registry.detect("text").id == "fine"
    with pytest.warns(PluginWarning):
        assert registry.scores("text")["bad"] == 0.0


# --- entry points (faked listing; real modules) ------------------------------------------------


@pytest.fixture
def fake_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """An importable module to point fake entry points at."""
    module = types.ModuleType(FAKE_MODULE)
    module.ALPHA = make_agency("alpha", 0.5)  # type: ignore[attr-defined]
    module.BETA = make_agency("beta", 0.7)  # type: ignore[attr-defined]
    module.OTHER_BETA = make_agency("beta", 0.9)  # type: ignore[attr-defined]
    module.GENERIC_CLAIM = attrs.evolve(GENERIC, name="Impostor")  # type: ignore[attr-defined]
    module.NOT_AGENCY = object()  # type: ignore[attr-defined]
    module.NO_DETECT = attrs.evolve(make_agency("nodetect"), detect=None)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, FAKE_MODULE, module)
    return module


class FakeEntryPoints:
    """Stands in for the entry-point listing; counts how often it is asked."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.entry_points = [
            EntryPoint(name, f"{FAKE_MODULE}:{attribute}", ENTRY_POINT_GROUP)
            for name, attribute in pairs
        ]
        self.calls = 0

    def __call__(self, group: str) -> tuple[EntryPoint, ...]:
        self.calls += 1
        assert group == ENTRY_POINT_GROUP
        return tuple(self.entry_points)


@pytest.fixture
def fake_entry_points(
    monkeypatch: pytest.MonkeyPatch, fake_module: types.ModuleType
) -> Iterator[Callable[[list[tuple[str, str]]], FakeEntryPoints]]:
    """Install a fake entry-point listing made of (name, attribute of the fake module) pairs."""

    def install(pairs: list[tuple[str, str]]) -> FakeEntryPoints:
        fake = FakeEntryPoints(pairs)
        monkeypatch.setattr(_entry_points, "entry_points", fake)
        return fake

    yield install


def test_entry_points_are_read_lazily_and_once(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """A plugin registry reads the entry points on first use, and only once."""
    fake = fake_entry_points([("alpha", "ALPHA"), ("beta", "BETA")])
    registry = Registry([make_agency("local")], plugins=True)
    assert fake.calls == 0
    assert registry.get("local").id == "local"  # an id given directly needs no discovery
    assert fake.calls == 0
    assert registry.ids == ("alpha", "beta", "generic", "local")
    assert detect_quietly(registry, "text").id == "beta"
    assert len(registry) == 4 and "alpha" in registry
    assert fake.calls == 1


def test_plugins_off_never_reads_entry_points(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """Registry(...) without plugins=True ignores the entry points."""
    fake = fake_entry_points([("alpha", "ALPHA")])
    registry = Registry([make_agency("local")])
    assert registry.ids == ("generic", "local")
    assert fake.calls == 0


@pytest.mark.parametrize(
    ("value", "loads"),
    [
        pytest.param("1", False, id="one-disables"),
        pytest.param("yes", False, id="any-word-disables"),
        pytest.param("0", True, id="zero-enables"),
        pytest.param("", True, id="empty-enables"),
    ],
)
def test_env_var_disables_autoload(
    monkeypatch: pytest.MonkeyPatch,
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
    value: str,
    loads: bool,
) -> None:
    """WIREKIT_DISABLE_PLUGIN_AUTOLOAD (unless "" or "0") keeps Registry.default() to built-ins."""
    fake = fake_entry_points([("alpha", "ALPHA")])
    monkeypatch.setenv(DISABLE_AUTOLOAD_ENV, value)
    registry = Registry.default()
    assert ("alpha" in registry) is loads
    assert fake.calls == int(loads)


def test_explicit_plugins_argument_overrides_the_env_var(
    monkeypatch: pytest.MonkeyPatch,
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """Registry.default(plugins=True) loads plugins even when the env var is set."""
    fake_entry_points([("alpha", "ALPHA")])
    monkeypatch.setenv(DISABLE_AUTOLOAD_ENV, "1")
    assert "alpha" in Registry.default(plugins=True)
    monkeypatch.delenv(DISABLE_AUTOLOAD_ENV)
    assert "alpha" not in Registry.default(plugins=False)


LOAD_FAULTS = [
    pytest.param(("gamma", "MISSING"), "gamma", "raised AttributeError", id="missing-attribute"),
    pytest.param(
        ("notagency", "NOT_AGENCY"),
        "notagency",
        "is of type object, not a wirekit Agency",
        id="not-an-agency",
    ),
    pytest.param(
        ("gamma", "ALPHA"),
        "gamma",
        "id 'alpha' differs from its entry-point name",
        id="id-mismatch",
    ),
    pytest.param(
        ("generic", "GENERIC_CLAIM"),
        "generic",
        "'generic' is a built-in agency id",
        id="claims-builtin",
    ),
    pytest.param(
        ("nodetect", "NO_DETECT"), "nodetect", "its detect is not callable", id="invalid-fields"
    ),
]


@pytest.mark.parametrize(("pair", "skipped", "message"), LOAD_FAULTS)
def test_a_faulty_plugin_is_skipped_with_a_warning(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
    pair: tuple[str, str],
    skipped: str,
    message: str,
) -> None:
    """A plugin that cannot be used is skipped with a PluginWarning; the others still load."""
    fake_entry_points([("alpha", "ALPHA"), pair])
    registry = Registry(plugins=True)
    with pytest.warns(PluginWarning, match=message):
        ids = registry.ids
    assert "alpha" in ids
    assert skipped not in ids or registry.get(skipped) is GENERIC


def test_a_plugin_that_fails_to_import_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point whose module cannot be imported is skipped with a PluginWarning."""
    broken = EntryPoint("ghost", "wirekit_no_such_module_anywhere:AGENCY", ENTRY_POINT_GROUP)
    monkeypatch.setattr(_entry_points, "entry_points", lambda group: (broken,))
    registry = Registry(plugins=True)
    with pytest.warns(PluginWarning, match="'ghost'.*ModuleNotFoundError"):
        assert registry.ids == ("generic",)


def test_a_duplicate_id_skips_every_claimant(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """Two plugins with one id are both skipped: load order never decides."""
    fake_entry_points([("beta", "BETA"), ("beta", "OTHER_BETA"), ("alpha", "ALPHA")])
    registry = Registry(plugins=True)
    with pytest.warns(PluginWarning, match="'beta' is claimed by several plugins"):
        assert registry.ids == ("alpha", "generic")


def test_a_failing_entry_point_listing_leaves_the_given_agencies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If listing the entry points itself fails, the registry warns and keeps what it was given."""

    def explode(group: str) -> tuple[EntryPoint, ...]:
        raise OSError("unreadable site-packages")

    monkeypatch.setattr(_entry_points, "entry_points", explode)
    registry = Registry([make_agency("local")], plugins=True)
    with pytest.warns(PluginWarning, match="could not list"):
        assert registry.ids == ("generic", "local")


def test_sources_say_where_each_agency_came_from(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """sources() maps ids to package/version: wirekit for built-ins, None for direct ones."""
    fake_entry_points([("alpha", "ALPHA")])
    local = make_agency("local")
    sources = Registry([local, GENERIC], plugins=True).sources()
    assert sources["generic"] == AgencySource(
        "wirekit", importlib.metadata.version("wirekit"), builtin=True
    )
    assert sources["local"] == AgencySource(None, None)
    assert sources["alpha"] == AgencySource(None, None, f"{FAKE_MODULE}:ALPHA")


def test_a_registry_pickles() -> None:
    """A pickled registry comes back with the same ids, sources and built-in flags."""
    registry = Registry.default(plugins=False)
    clone = pickle.loads(pickle.dumps(registry))
    assert clone.ids == registry.ids
    assert clone.sources() == registry.sources()
    assert all(clone.is_builtin(agency_id) for agency_id in clone.ids)


def test_default_registry_is_cached_per_process() -> None:
    """default_registry() returns one and the same registry on every call."""
    assert default_registry() is default_registry()


# --- guard ---------------------------------------------------------------------------------------

TEXT = "DENPASAR - Hujan turun. Laporan: Ayu"


def _raises(*args: Any) -> Any:
    raise RuntimeError("plugin bug")


def _returning(value: Any) -> Callable[..., Any]:
    def parser(*args: Any) -> Any:
        return value

    return parser


def _reporting_then_raising(text: str, region: Span | None, context: Context | None) -> Any:
    assert context is not None
    context.report("credit.empty")
    raise KeyError("oops")


OUT = Span(0, len(TEXT) + 1)
MALFORMED = [
    pytest.param(
        "parse_dateline", _raises, "raised RuntimeError: plugin bug", id="dateline-raises"
    ),
    pytest.param("parse_dateline", _returning("DENPASAR"), "not a Dateline", id="dateline-str"),
    pytest.param(
        "parse_dateline",
        _returning(Dateline("X", None, None, OUT)),
        "span lies outside the text",
        id="dateline-span-out",
    ),
    pytest.param(
        "parse_dateline",
        _returning(Dateline("X", None, DateMention("d", OUT, None), Span(0, 1))),
        "date span lies outside",
        id="dateline-date-span-out",
    ),
    pytest.param(
        "parse_dateline",
        _returning(Dateline(7, None, None, Span(0, 1))),  # type: ignore[arg-type]
        "place or agency is not a str",
        id="dateline-place-int",
    ),
    pytest.param("find_credits", _reporting_then_raising, "raised KeyError", id="credits-raise"),
    pytest.param("find_credits", _returning([]), "a list, not a tuple", id="credits-list"),
    pytest.param(
        "find_credits",
        _returning((Credit(Role.REPORTER, "Ayu", None, OUT),)),
        "span lies outside",
        id="credit-span-out",
    ),
    pytest.param(
        "find_credits",
        _returning((Credit("reporter", "Ayu", None, Span(0, 1)),)),  # type: ignore[arg-type]
        "role is not a Role",
        id="credit-role-str",
    ),
    pytest.param("find_credits", _returning(("Ayu",)), "a str among its credits", id="credit-str"),
    pytest.param(
        "parse_copyright",
        _returning(Copyright("X", True, Span(0, 1))),  # type: ignore[arg-type]
        "year is not an int",
        id="copyright-year-bool",
    ),
    pytest.param(
        "parse_copyright", _returning(Copyright("X", 2025, OUT)), "outside", id="copyright-out"
    ),
    pytest.param("find_notices", _returning(None), "not a tuple of Notice", id="notices-none"),
    pytest.param(
        "find_notices",
        _returning((Notice("ai_ban", Span(0, 1)),)),  # type: ignore[arg-type]
        "kind is not a NoticeKind",
        id="notice-kind-str",
    ),
]


@pytest.mark.parametrize(("field", "parser", "message"), MALFORMED)
def test_guard_contains_a_faulty_parser(field: str, parser: Any, message: str) -> None:
    """A guarded parser that raises or returns a malformed record yields the generic result."""
    plugin = attrs.evolve(make_agency("plugin"), **{field: parser})
    guarded = guard(plugin, GENERIC)
    context = Context()
    with pytest.warns(PluginWarning, match=message):
        result = getattr(guarded, field)(TEXT, None, context)
    assert result == getattr(GENERIC, field)(TEXT, None, Context())
    assert [d.code for d in context.diagnostics] == ["agency.plugin-failed"]
    assert message.split(":")[0] in context.diagnostics[0].message


SEGMENT_FAULTS = [
    pytest.param(_raises, "raised RuntimeError", id="raises"),
    pytest.param(_returning([]), "a list, not a tuple", id="list"),
    pytest.param(_returning((Segment(SegmentKind.BODY, Span(0, 5)),)), "do not cover", id="short"),
    pytest.param(
        _returning((Segment(SegmentKind.BODY, Span(0, 5)), Segment(SegmentKind.BODY, OUT))),
        "outside",
        id="out",
    ),
    pytest.param(
        _returning(
            (
                Segment(SegmentKind.BODY, Span(0, 5)),
                Segment(SegmentKind.BODY, Span(6, len(TEXT))),
            )
        ),
        "gap",
        id="gap",
    ),
    pytest.param(
        _returning((Segment("body", Span(0, len(TEXT))),)),  # type: ignore[arg-type]
        "other than a Segment",
        id="kind-str",
    ),
]


@pytest.mark.parametrize(("segment", "message"), SEGMENT_FAULTS)
def test_guard_contains_a_faulty_segmenter(segment: Any, message: str) -> None:
    """A guarded segmenter that fails or breaks the partition yields the generic segments."""
    guarded = guard(attrs.evolve(make_agency("plugin"), segment=segment), GENERIC)
    with pytest.warns(PluginWarning, match=message):
        result = guarded.segment(TEXT, ArticleParts())
    assert result == GENERIC.segment(TEXT, ArticleParts())


def test_guard_passes_good_results_through_silently() -> None:
    """Well-formed results come back untouched, with no warning and no diagnostic."""
    dateline = Dateline("DENPASAR", None, None, Span(0, 10), place_span=Span(0, 8))
    credits = (Credit(Role.REPORTER, "Ayu", "Laporan", Span(33, 36), Span(24, 31)),)
    copyright_ = Copyright(None, 2025, Span(0, 4))
    notices = (Notice(NoticeKind.OTHER, Span(11, 23)),)
    segments = (Segment(SegmentKind.BODY, Span(0, len(TEXT))),)
    plugin = attrs.evolve(
        make_agency("plugin", 0.5),
        parse_dateline=_returning(dateline),
        find_credits=_returning(credits),
        parse_copyright=_returning(copyright_),
        find_notices=_returning(notices),
        segment=_returning(segments),
    )
    guarded = guard(plugin, GENERIC)
    context = Context()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert guarded.parse_dateline(TEXT, None, context) is dateline
        assert guarded.find_credits(TEXT, None, context) is credits
        assert guarded.parse_copyright(TEXT, None, context) is copyright_
        assert guarded.find_notices(TEXT, None, context) is notices
        assert guarded.segment(TEXT, ArticleParts()) is segments
    assert context.diagnostics == []
    assert guarded.detect is plugin.detect
    assert (guarded.id, guarded.name, guarded.priority) == ("plugin", "Plugin", 0)


def test_guard_without_a_context_still_falls_back() -> None:
    """With context=None a faulty parser still gives the generic result and a warning."""
    guarded = guard(attrs.evolve(make_agency("plugin"), parse_copyright=_raises), GENERIC)
    with pytest.warns(PluginWarning):
        assert guarded.parse_copyright(TEXT, None, None) == GENERIC.parse_copyright(
            TEXT, None, None
        )


def test_choose_guards_third_party_agencies_only() -> None:
    """choose() returns built-ins as they are and third-party agencies guarded, built once."""
    plugin = attrs.evolve(make_agency("plugin", 0.9), parse_dateline=_raises)
    registry = Registry([plugin])
    assert registry.choose("text", "generic") is registry.generic
    chosen = registry.choose("text")
    assert chosen.id == "plugin" and chosen is not plugin
    assert registry.choose("text", "plugin") is chosen
    with pytest.warns(PluginWarning):
        chosen.parse_dateline(TEXT, None, None)
    builtins = Registry.default(plugins=False)
    for agency in BUILTIN_AGENCIES:
        assert builtins.choose("text", agency.id) is agency


def test_a_plugin_cannot_replace_an_agency_given_directly(
    fake_entry_points: Callable[[list[tuple[str, str]]], FakeEntryPoints],
) -> None:
    """An entry point whose id was given to Registry([...]) is skipped; the given one stays."""
    fake_entry_points([("alpha", "ALPHA")])
    mine = make_agency("alpha", 0.1)
    registry = Registry([mine], plugins=True)
    with pytest.warns(PluginWarning, match="'alpha' is taken by an agency given directly"):
        assert registry.ids == ("alpha", "generic")
    assert registry.get("alpha") is mine


# --- markers: detect is called only when a marker stands in the head or the tail ------------


def _always_sure(text: str) -> float:
    """A detector that claims every text."""
    return 1.0


def test_an_agency_with_markers_is_only_asked_when_one_is_there() -> None:
    """With markers, detect runs only for texts holding one in the head or the tail window."""
    marked = attrs.evolve(
        GENERIC, id="marked", name="Marked", detect=_always_sure, markers=("[ZZ]",)
    )
    registry = Registry([marked])
    assert registry.detect("[ZZ] Story.").id == "marked"
    assert registry.detect("Story.\n[ZZ]").id == "marked"
    assert registry.detect("Story. " * 200 + "[ZZ]" + " More." * 200).id == "generic"
    assert registry.detect("Plain story.").id == "generic"


def test_an_agency_without_markers_is_always_asked() -> None:
    """An agency that declares no markers (a hand-written detect) is called on every text."""
    registry = Registry([attrs.evolve(GENERIC, id="loud", name="Loud", detect=_always_sure)])
    assert registry.detect("Plain story.").id == "loud"


def test_markers_must_be_a_tuple_of_str() -> None:
    """An agency whose markers are not a tuple of str is refused."""
    bad = attrs.evolve(GENERIC, id="bad", name="Bad", markers=["[ZZ]"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="markers"):
        Registry([bad])


_MARKER_PIECES = sorted(
    {m for a in BUILTIN_AGENCIES for m in (*a.detect.head, *a.detect.tail)}  # type: ignore[attr-defined]
    | {"Reuter", "(Reuter", "ANTARA 2", "(AP) —", "dpa", "AFP)", "\n"}
)


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_MARKER_PIECES) | st.text(max_size=12), max_size=30).map("".join))
def test_the_marker_gate_never_changes_the_choice(text: str) -> None:
    """Detection with the marker gate picks what asking every built-in detector would pick."""
    registry = Registry(BUILTIN_AGENCIES)
    best = sorted(registry, key=lambda a: (-a.detect(text), -a.priority, a.id))[0]
    expected = best.id if best.detect(text) > 0 else "generic"
    if best.detect(text) < CUE_SCORE:  # no confident marker: running-text cues may decide
        ranked = sorted(BUILTIN_AGENCIES, key=lambda a: (-a.priority, a.id))
        cued = SelfReferenceScan.build(ranked).find(text)
        expected = cued.id if cued is not None else expected
    assert registry.detect(text).id == expected


def test_overlapping_markers_both_wake_their_agencies() -> None:
    """A marker that starts inside another one's occurrence still gets its agency asked."""
    first = attrs.evolve(GENERIC, id="first", name="F", detect=make_detector(head=("AB",)))
    second = attrs.evolve(
        GENERIC, id="second", name="S", detect=make_detector(head=("BCD",), head_score=0.95)
    )
    registry = Registry([first, second])
    assert registry.detect("xABCDx").id == "second"
    assert registry.detect("xABCx").id == "first"


# --- self-reference cues: a plugin is found by its own name in running text ----------------

_FILLER = "The harbour board met and agreed the fees for the coming year. " * 8


def test_a_plugin_agency_is_found_by_its_own_name_in_a_cue() -> None:
    """A third-party agency gets self-reference cues from its name and aliases, in its languages."""
    post = attrs.evolve(
        GENERIC,
        id="pesisir",
        name="Pesisir Post",
        aliases=("PPost",),
        languages=("id", "en"),
        detect=make_detector(head=("(Pesisir Post)",)),
    )
    registry = Registry([post, *BUILTIN_AGENCIES])
    for body in (
        "The ferry was late, a skipper told Pesisir Post on Monday.",
        "Kapal itu terlambat, kata seorang nakhoda kepada PPost, Senin.",
        "A PPost correspondent saw the ferry leave.",
    ):
        assert detect_quietly(registry, _FILLER + body + " " + _FILLER).id == "pesisir"
    cited = _FILLER + "The ferry was late, according to Pesisir Post. " + _FILLER
    assert detect_quietly(registry, cited).id == "generic"


def test_a_plugin_gets_only_the_cues_of_its_languages() -> None:
    """An English-only agency is not found by Indonesian cue words, and the other way round."""
    english = attrs.evolve(GENERIC, id="harbour", name="Harbour Wire", languages=("en",))
    indonesian = attrs.evolve(GENERIC, id="pelabuhan", name="Kabar Pelabuhan", languages=("id",))
    registry = Registry([english, indonesian])
    assert detect_quietly(registry, "Kata dia kepada Harbour Wire.").id == "generic"
    assert detect_quietly(registry, "He told Harbour Wire.").id == "harbour"
    assert detect_quietly(registry, "He told Kabar Pelabuhan.").id == "generic"
    assert detect_quietly(registry, "Kata dia kepada Kabar Pelabuhan.").id == "pelabuhan"


def test_a_confident_detector_beats_a_cue() -> None:
    """A detector scoring at least CUE_SCORE wins over any self-reference cue."""
    marked = attrs.evolve(GENERIC, id="marked", name="Marked", detect=scoring(CUE_SCORE))
    cued = attrs.evolve(GENERIC, id="cued", name="Cued News", languages=("en",))
    weak = attrs.evolve(GENERIC, id="weak", name="Weak", detect=scoring(0.1))
    text = "The mayor told Cued News the road reopens."
    assert detect_quietly(Registry([marked, cued]), text).id == "marked"
    assert detect_quietly(Registry([weak, cued]), text).id == "cued"
    assert Registry([weak, cued]).scores(text) == {"cued": CUE_SCORE, "weak": 0.1, "generic": 0.0}


def test_aliases_must_be_a_tuple_of_str() -> None:
    """An agency whose aliases are not a tuple of str is refused."""
    bad = attrs.evolve(GENERIC, id="bad", name="Bad", aliases=["B"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="aliases"):
        Registry([bad])
