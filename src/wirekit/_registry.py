"""The agency registry: built-ins plus entry-point plugins, and a deterministic choice.

Contract
    A :class:`Registry` holds :class:`~wirekit.agencies.Agency` records keyed by
    their unique ``id``. It always holds a generic fallback (id ``"generic"``).
    ``get(id)`` returns one agency or raises :class:`~wirekit.UnknownAgencyError`
    listing the known ids; ``detect(text)`` returns the agency whose ``detect``
    scores highest, ties broken by higher ``priority``, then by ``id`` in
    alphabetical order (never by load order). When no score reaches ``CUE_SCORE``
    (0.3), the agency the text names by self-reference cues in running text
    (:mod:`wirekit.agencies._cues`: "told Reuters", "kepada detikcom") is chosen;
    when there is none either and every score is 0, the generic agency.

Plugins
    ``Registry.default()`` is the built-in agencies plus the entry points of the
    group ``wirekit.agencies`` (entry-point name = agency id). Entry points are
    read lazily, once per registry, on first use. ``WIREKIT_DISABLE_PLUGIN_AUTOLOAD=1``
    turns discovery off. :func:`default_registry` caches one default registry
    per process; tests and embedders pass their own ``Registry([...])`` instead.

Faults
    Nothing a plugin does may break parsing. A plugin that fails to import,
    does not yield an ``Agency``, has an id differing from its entry-point name,
    claims the id of an agency given to the registry (a built-in), or shares
    its id with another plugin, is skipped with a :class:`~wirekit.PluginWarning`.
    A ``detect`` that raises or returns anything but a float in ``[0, 1]``
    scores 0 with a ``PluginWarning``. The parsers of a third-party agency are
    wrapped by :func:`guard`: an exception or a malformed record gives a
    ``PluginWarning``, an ``agency.plugin-failed`` diagnostic and the generic
    parser's result. Built-in agencies are never wrapped.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from ._errors import PluginWarning, UnknownAgencyError
from ._records import (
    Copyright,
    Credit,
    Dateline,
    DateMention,
    Notice,
    NoticeKind,
    Role,
    Segment,
    SegmentKind,
    Span,
)
from .agencies._agency import Agency, ArticleParts, Segmenter
from .agencies._cues import CUE_SCORE, SelfReferenceScan, literal_trie
from .agencies._detect import TAIL_WINDOW, WINDOW, declared_markers

if TYPE_CHECKING:
    from ._entry_points import EntryPoint
    from .parsers._context import Context

__all__ = [
    "DISABLE_AUTOLOAD_ENV",
    "ENTRY_POINT_GROUP",
    "AgencySource",
    "Registry",
    "default_registry",
    "guard",
]

ENTRY_POINT_GROUP: Final = "wirekit.agencies"
DISABLE_AUTOLOAD_ENV: Final = "WIREKIT_DISABLE_PLUGIN_AUTOLOAD"
GENERIC_ID: Final = "generic"

_PARSER_FIELDS: Final = (
    "detect",
    "parse_dateline",
    "find_credits",
    "parse_copyright",
    "find_notices",
    "segment",
)
_MAX_REASON = 200  # characters of a plugin's exception message quoted in a warning


@attrs.frozen
class AgencySource:
    """Where an agency came from: its distribution, version and entry point.

    ``package`` is the distribution name (``"wirekit"`` for built-ins) or None
    for an agency handed to ``Registry([...])`` directly; ``entry_point`` is the
    ``module:attribute`` an entry-point plugin was loaded from.
    """

    package: str | None
    version: str | None
    entry_point: str | None = None
    builtin: bool = False


def _autoload_disabled() -> bool:
    """True when ``WIREKIT_DISABLE_PLUGIN_AUTOLOAD`` is set to anything but ``""`` or ``"0"``."""
    return os.environ.get(DISABLE_AUTOLOAD_ENV, "") not in ("", "0")


@functools.cache  # read once per process: every Registry() asks for it
def _wirekit_version() -> str | None:
    from ._entry_points import distribution_version

    return distribution_version("wirekit")


def _builtin_source() -> AgencySource:
    return AgencySource("wirekit", _wirekit_version(), builtin=True)


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 1] + "…"


def _describe(exc: BaseException) -> str:
    return _shorten(f"{type(exc).__name__}: {exc}")


def _warn(message: str) -> None:
    warnings.warn(message, PluginWarning, stacklevel=3)


def _invalid_agency_reason(agency: Agency) -> str | None:
    """Why ``agency`` cannot be used (fields of the wrong type), or None when it can."""
    if not isinstance(agency.id, str) or not agency.id:
        return "its id is not a non-empty string"
    if not isinstance(agency.priority, int) or isinstance(agency.priority, bool):
        return "its priority is not an int"
    if not isinstance(agency.languages, tuple) or not all(
        isinstance(language, str) for language in agency.languages
    ):
        return "its languages are not a tuple of str"
    for name in _PARSER_FIELDS:
        if not callable(getattr(agency, name)):
            return f"its {name} is not callable"
    if not isinstance(agency.markers, tuple) or not all(
        isinstance(marker, str) for marker in agency.markers
    ):
        return "its markers are not a tuple of str"
    if not isinstance(agency.name, str):
        return "its name is not a str"
    if not isinstance(agency.aliases, tuple) or not all(
        isinstance(alias, str) for alias in agency.aliases
    ):
        return "its aliases are not a tuple of str"
    return None


def _entry_point_source(entry_point: EntryPoint) -> AgencySource:
    return AgencySource(entry_point.dist_name, entry_point.dist_version, entry_point.value)


def _label(agency_id: str, source: AgencySource) -> str:
    package = source.package or "an unknown package"
    version = f" {source.version}" if source.version else ""
    return f"agency plugin {agency_id!r} from {package}{version}"


def _load_plugins(
    reserved: Mapping[str, AgencySource],
) -> tuple[dict[str, Agency], dict[str, AgencySource]]:
    """Load every ``wirekit.agencies`` entry point; skip the faulty ones with a warning.

    ``reserved`` are the ids given to the registry directly (the built-ins, for
    the default registry): no plugin may replace them.
    """
    from . import _entry_points  # not importlib.metadata: that import alone costs ~25 ms

    try:
        found = _entry_points.entry_points(ENTRY_POINT_GROUP)
    except Exception as exc:  # a corrupt installed distribution must not break parsing
        _warn(f"could not list the {ENTRY_POINT_GROUP!r} entry points ({_describe(exc)})")
        return {}, {}
    entry_points = sorted(found, key=lambda ep: (ep.name, ep.value, _entry_point_source(ep)))
    claimants: dict[str, list[tuple[Agency, AgencySource]]] = {}
    for entry_point in entry_points:
        source = _entry_point_source(entry_point)
        what = _label(entry_point.name, source)
        taken = reserved.get(entry_point.name)
        if taken is not None:
            owner = "a built-in agency id" if taken.builtin else "taken by an agency given directly"
            _warn(f"{what} was skipped: {entry_point.name!r} is {owner}")
            continue
        try:
            loaded: Any = entry_point.load()
        except Exception as exc:
            _warn(f"{what} was skipped: loading {entry_point.value!r} raised {_describe(exc)}")
            continue
        if not isinstance(loaded, Agency):
            kind = type(loaded).__name__
            _warn(
                f"{what} was skipped: {entry_point.value!r} is of type {kind}, not a wirekit Agency"
            )
            continue
        reason = _invalid_agency_reason(loaded)
        if reason is None and loaded.id != entry_point.name:
            reason = f"its id {loaded.id!r} differs from its entry-point name"
        if reason is not None:
            _warn(f"{what} was skipped: {reason}")
            continue
        claimants.setdefault(loaded.id, []).append((loaded, source))
    agencies: dict[str, Agency] = {}
    sources: dict[str, AgencySource] = {}
    for agency_id, claims in claimants.items():
        if len(claims) > 1:
            packages = ", ".join(
                f"{source.package or '?'} ({source.entry_point})" for _, source in claims
            )
            _warn(f"agency id {agency_id!r} is claimed by several plugins; all skipped: {packages}")
            continue
        agencies[agency_id], sources[agency_id] = claims[0]
    return agencies, sources


def _rank_key(agency: Agency) -> tuple[int, str]:
    """Tie order: higher priority first, then id in alphabetical order."""
    return (-agency.priority, agency.id)


@attrs.frozen
class _MarkerGate:
    """Which agencies may score a text above 0: one literal scan instead of every ``detect``.

    An agency with markers (:func:`~wirekit.agencies._detect.declared_markers`) is a
    candidate only when one of them stands in the head (first ``WINDOW`` characters) or
    the tail (last ``TAIL_WINDOW``) of the text; the others always are. One ``re`` scan
    of each window reports the leftmost-longest marker occurrences without overlaps; an
    occurrence the scan stepped over lies inside a reported one or starts inside it and
    runs past its end, so each reported string also wakes the agencies of the markers it
    contains or whose start its end overlaps (a superset: never an agency too few).
    """

    ranked: tuple[Agency, ...]
    always: tuple[Agency, ...]  # in rank order
    always_ranks: frozenset[int]
    pattern: re.Pattern[str] | None
    wakes: Mapping[str, frozenset[int]]  # reported marker -> ranks of agencies to call

    @classmethod
    def build(cls, ranked: tuple[Agency, ...]) -> _MarkerGate:
        """The gate for agencies in rank order."""
        markers = {i: declared_markers(a.detect, a.markers) for i, a in enumerate(ranked)}
        always = frozenset(i for i, own in markers.items() if not own)
        owners: dict[str, set[int]] = {}  # marker -> ranks of the agencies declaring it
        for i, own in markers.items():
            for marker in own:
                owners.setdefault(marker, set()).add(i)
        words = sorted(owners)
        by_prefix: dict[str, set[str]] = {}  # every proper prefix -> the markers it starts
        for marker in words:
            for end in range(1, len(marker)):
                by_prefix.setdefault(marker[:end], set()).add(marker)
        wakes = {}
        for word in words:
            woken = {m for m in words if m in word}  # markers inside the reported string
            for k in range(1, len(word)):  # markers starting inside it, running past its end
                woken |= by_prefix.get(word[k:], set())
            wakes[word] = frozenset(i for m in woken for i in owners[m])
        pattern = re.compile(literal_trie(words)) if words else None
        return cls(ranked, tuple(ranked[i] for i in sorted(always)), always, pattern, wakes)

    def candidates(self, text: str) -> tuple[Agency, ...]:
        """The agencies whose ``detect`` may score ``text`` above 0, in rank order."""
        pattern = self.pattern
        if pattern is None:
            return self.always
        found = pattern.findall(text, 0, WINDOW)
        if len(text) > WINDOW:
            found += pattern.findall(text, len(text) - TAIL_WINDOW)
        if not found:
            return self.always
        ranks = set(self.always_ranks)
        for word in found:
            ranks |= self.wakes[word]
        return tuple(self.ranked[i] for i in sorted(ranks))


class Registry:
    """A set of agencies keyed by id, with a deterministic ``detect``.

    ``agencies`` are registered as given (duplicate ids raise ``ValueError``);
    a generic fallback is added when none has the id ``"generic"``. With
    ``plugins=True`` the ``wirekit.agencies`` entry points are read on first use
    and added, except those that clash with an id given here.

    >>> import attrs
    >>> from wirekit.agencies import GENERIC
    >>> loud = attrs.evolve(GENERIC, id="loud", name="Loud", detect=lambda text: 0.9)
    >>> registry = Registry([loud])
    >>> registry.ids
    ('generic', 'loud')
    >>> registry.detect("any text").id
    'loud'
    >>> "loud" in registry, len(registry)
    (True, 2)
    """

    def __init__(self, agencies: Iterable[Agency] = (), *, plugins: bool = False) -> None:
        given: dict[str, Agency] = {}
        for agency in agencies:
            if not isinstance(agency, Agency):
                raise TypeError(f"Registry expects Agency records, got {type(agency).__name__}")
            reason = _invalid_agency_reason(agency)
            if reason is not None:
                raise ValueError(f"agency {agency.id!r} is invalid: {reason}")
            if agency.id in given:
                raise ValueError(f"duplicate agency id {agency.id!r}")
            given[agency.id] = agency
        builtins = _builtin_agencies_by_identity()
        if GENERIC_ID not in given:
            given[GENERIC_ID] = builtins[GENERIC_ID]
        builtin = _builtin_source()
        explicit = AgencySource(None, None)
        self._given = given
        self._given_sources = {
            agency_id: builtin if builtins.get(agency_id) is agency else explicit
            for agency_id, agency in given.items()
        }
        self._lock = threading.Lock()
        self._agencies: dict[str, Agency] | None = None
        self._sources: dict[str, AgencySource] = {}
        self._ranked: tuple[Agency, ...] = ()
        self._gate = _MarkerGate.build(())
        self._cues: SelfReferenceScan | None = None  # built on the first text with no marker
        self._builtin_ids: frozenset[str] = frozenset()
        self._guarded: dict[str, Agency] = {}
        if not plugins:
            self._install({}, {})

    @classmethod
    def default(cls, *, plugins: bool | None = None) -> Registry:
        """The built-in agencies plus the entry-point plugins (read lazily, once).

        ``plugins=None`` follows the environment: discovery is off when
        ``WIREKIT_DISABLE_PLUGIN_AUTOLOAD`` is set (to anything but ``0``).
        """
        from .agencies import BUILTIN_AGENCIES

        if plugins is None:
            plugins = not _autoload_disabled()
        return cls(BUILTIN_AGENCIES, plugins=plugins)

    def _install(self, found: dict[str, Agency], found_sources: dict[str, AgencySource]) -> None:
        agencies = {**self._given, **found}
        self._sources = {**self._given_sources, **found_sources}
        self._ranked = tuple(sorted(agencies.values(), key=_rank_key))
        self._gate = _MarkerGate.build(self._ranked)
        self._cues = None
        self._builtin_ids = frozenset(
            agency_id for agency_id, source in self._sources.items() if source.builtin
        )
        self._agencies = dict(sorted(agencies.items()))

    def _loaded(self) -> dict[str, Agency]:
        """The agencies, reading the entry points the first time."""
        agencies = self._agencies
        if agencies is not None:
            return agencies
        with self._lock:
            if self._agencies is None:
                self._install(*_load_plugins(self._given_sources))
            assert self._agencies is not None
            return self._agencies

    @property
    def ids(self) -> tuple[str, ...]:
        """Every registered agency id, in alphabetical order."""
        return tuple(self._loaded())

    @property
    def generic(self) -> Agency:
        """The fallback agency (id ``"generic"``) that ``detect`` returns when nothing scores."""
        return self._given[GENERIC_ID]

    def __iter__(self) -> Iterator[Agency]:
        return iter(tuple(self._loaded().values()))

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, agency_id: object) -> bool:
        return agency_id in self._given or agency_id in self._loaded()

    def __repr__(self) -> str:
        if self._agencies is None:
            return f"Registry({list(self._given)!r}, plugins=True)  # entry points not read yet"
        return f"Registry({list(self._agencies)!r})"

    def __reduce__(self) -> tuple[Callable[..., Registry], tuple[Any, ...]]:
        # The lock is not picklable; the agencies (plugins included) are.
        found = tuple(a for a in self._loaded().values() if a.id not in self._given)
        return (_rebuild, (tuple(self._given.values()), found, dict(self._sources)))

    def get(self, agency_id: str) -> Agency:
        """The agency with this id; ``UnknownAgencyError`` (listing the known ids) if none.

        A built-in id is answered without reading the entry points.
        """
        agency = self._given.get(agency_id)
        if agency is not None:
            return agency
        agencies = self._loaded()
        agency = agencies.get(agency_id)
        if agency is None:
            raise UnknownAgencyError(agency_id, tuple(agencies))
        return agency

    def sources(self) -> dict[str, AgencySource]:
        """``{id: AgencySource}``: the package and version each agency came from."""
        self._loaded()
        return dict(sorted(self._sources.items()))

    def is_builtin(self, agency_id: str) -> bool:
        """True for wirekit's own agencies, whose parsers run unguarded."""
        self._loaded()
        return agency_id in self._builtin_ids

    def scores(self, text: str) -> dict[str, float]:
        """Every agency's score for ``text``, best first (in the order ``detect`` ranks them).

        When no detector reaches ``CUE_SCORE``, the agency that self-reference cues name
        (see :mod:`wirekit.agencies._cues`) scores ``CUE_SCORE``.
        """
        ranked = [(_score(agency, text), agency) for agency in self._ranking()]
        if max((score for score, _ in ranked), default=0.0) < CUE_SCORE:
            cued = self._cue_scan().find(text)
            if cued is not None:
                ranked = [(CUE_SCORE if a is cued else score, a) for score, a in ranked]
        ranked.sort(key=lambda pair: -pair[0])  # stable: ties keep priority, then id order
        return {agency.id: score for score, agency in ranked}

    def _cue_scan(self) -> SelfReferenceScan:
        """The self-reference scan of the loaded agencies, built on first need."""
        scan = self._cues
        if scan is None:  # two threads may both build it: the same scan either way
            ranked = self._ranking()
            scan = SelfReferenceScan.build(a for a in ranked if a.id != GENERIC_ID)
            self._cues = scan
        return scan

    def _ranking(self) -> tuple[Agency, ...]:
        self._loaded()
        return self._ranked

    def detect(self, text: str) -> Agency:
        """The agency that scores ``text`` highest (ties: priority, then id); else generic.

        When no detector scores at least ``CUE_SCORE`` (0.3), the agency the text names
        by self-reference cues in running text (``told Reuters``, ``kepada detikcom``)
        is chosen, if any: a dateline, credit or copyright marker always wins over it.
        """
        self._loaded()
        best = self.generic
        best_score = 0.0
        # The hot loop of every parse: _score() inlined, the exact-float case checked first;
        # agencies whose markers are absent from the text score 0 without being asked.
        for agency in self._gate.candidates(text):
            try:
                score = agency.detect(text)
            except Exception as exc:
                _warn_detect_raised(agency, exc)
                continue
            if score.__class__ is not float or not 0.0 <= score <= 1.0:
                score = _checked_score(agency, score)
            if score > best_score:
                best, best_score = agency, score
                if score == 1.0:  # nothing ranked later can beat it
                    break
        if best_score < CUE_SCORE:  # no confident marker: read the running text for cues
            cued = self._cue_scan().find(text)
            if cued is not None:
                return cued
        return best

    def choose(self, text: str, agency_id: str | None = None) -> Agency:
        """The agency to parse ``text`` with, ready to call.

        ``agency_id`` skips detection (unknown -> ``UnknownAgencyError``).
        Built-ins come back as they are; a third-party agency comes back
        wrapped by :func:`guard` with the generic fallback (built once per id).
        """
        chosen = self.get(agency_id) if agency_id is not None else self.detect(text)
        if chosen.id in self._builtin_ids or chosen is self.generic:
            return chosen
        guarded = self._guarded.get(chosen.id)
        if guarded is None:
            guarded = self._guarded.setdefault(chosen.id, guard(chosen, self.generic))
        return guarded


def _rebuild(
    given: tuple[Agency, ...], found: tuple[Agency, ...], sources: dict[str, AgencySource]
) -> Registry:
    """Unpickle a :class:`Registry` with its plugins already loaded."""
    registry = Registry(given)
    registry._given_sources = {agency.id: sources[agency.id] for agency in given}
    registry._install(
        {agency.id: agency for agency in found}, {agency.id: sources[agency.id] for agency in found}
    )
    return registry


def _builtin_agencies_by_identity() -> dict[str, Agency]:
    from .agencies import BUILTIN_AGENCIES, GENERIC

    builtins = {agency.id: agency for agency in BUILTIN_AGENCIES}
    builtins.setdefault(GENERIC_ID, GENERIC)
    return builtins


def _score(agency: Agency, text: str) -> float:
    """``agency.detect(text)``, or 0.0 with a ``PluginWarning`` when it misbehaves."""
    try:
        score = agency.detect(text)
    except Exception as exc:
        _warn_detect_raised(agency, exc)
        return 0.0
    return _checked_score(agency, score)


def _warn_detect_raised(agency: Agency, exc: Exception) -> None:
    _warn(f"agency {agency.id!r}: detect() raised {_describe(exc)}; it scores 0")


def _checked_score(agency: Agency, score: object) -> float:
    """``score`` when it is a float in ``[0, 1]``, else 0.0 with a ``PluginWarning``."""
    if isinstance(score, float) and 0.0 <= score <= 1.0:
        return score
    _warn(
        f"agency {agency.id!r}: detect() returned {_shorten(repr(score))}, "
        "not a float in [0, 1]; it scores 0"
    )
    return 0.0


_lock = threading.Lock()
_default: list[Registry] = []


def default_registry() -> Registry:
    """The per-process default :class:`Registry` (built-ins + plugins), made on first call.

    It is cached for the life of the process: the entry points and
    ``WIREKIT_DISABLE_PLUGIN_AUTOLOAD`` are read once. Code that needs another
    set of agencies passes ``registry=Registry([...])`` instead of resetting it.
    """
    if not _default:
        with _lock:
            if not _default:
                _default.append(Registry.default())
    return _default[0]


# --- guarding a third-party agency's parsers --------------------------------------------------


def _in_text(span: object, size: int) -> bool:
    return isinstance(span, Span) and 0 <= span.start <= span.end <= size


def _optional_span_ok(span: object, size: int) -> bool:
    return span is None or _in_text(span, size)


def _optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _date_problem(date: object, size: int) -> str | None:
    if date is None:
        return None
    if not isinstance(date, DateMention):
        return f"its date is a {type(date).__name__}, not a DateMention"
    if not _in_text(date.span, size):
        return "its date span lies outside the text"
    return None


def _dateline_problem(result: object, size: int) -> str | None:
    if result is None:
        return None
    if not isinstance(result, Dateline):
        return f"returned a {type(result).__name__}, not a Dateline or None"
    if not _in_text(result.span, size):
        return "returned a dateline whose span lies outside the text"
    if not (_optional_str(result.place) and _optional_str(result.agency)):
        return "returned a dateline whose place or agency is not a str"
    if not (
        _optional_span_ok(result.place_span, size) and _optional_span_ok(result.agency_span, size)
    ):
        return "returned a dateline whose place or agency span lies outside the text"
    return _date_problem(result.date, size)


def _credits_problem(result: object, size: int) -> str | None:
    if not isinstance(result, tuple):
        return f"returned a {type(result).__name__}, not a tuple of Credit"
    for credit in result:
        if not isinstance(credit, Credit):
            return f"returned a {type(credit).__name__} among its credits"
        if not (isinstance(credit.role, Role) and isinstance(credit.name, str)):
            return "returned a credit whose role is not a Role or whose name is not a str"
        if not _optional_str(credit.label):
            return "returned a credit whose label is not a str"
        if not (_in_text(credit.span, size) and _optional_span_ok(credit.label_span, size)):
            return "returned a credit whose span lies outside the text"
    return None


def _copyright_problem(result: object, size: int) -> str | None:
    if result is None:
        return None
    if not isinstance(result, Copyright):
        return f"returned a {type(result).__name__}, not a Copyright or None"
    year = result.year
    if not (year is None or (isinstance(year, int) and not isinstance(year, bool))):
        return "returned a copyright whose year is not an int"
    if not _optional_str(result.holder):
        return "returned a copyright whose holder is not a str"
    if not all(
        _optional_span_ok(span, size) for span in (result.holder_span, result.year_span)
    ) or not _in_text(result.span, size):
        return "returned a copyright whose span lies outside the text"
    return None


def _notices_problem(result: object, size: int) -> str | None:
    if not isinstance(result, tuple):
        return f"returned a {type(result).__name__}, not a tuple of Notice"
    for notice in result:
        if not isinstance(notice, Notice):
            return f"returned a {type(notice).__name__} among its notices"
        if not (isinstance(notice.kind, NoticeKind) and isinstance(notice.text, str)):
            return "returned a notice whose kind is not a NoticeKind or whose text is not a str"
        if not _in_text(notice.span, size):
            return "returned a notice whose span lies outside the text"
    return None


def _segments_problem(result: object, size: int) -> str | None:
    if not isinstance(result, tuple):
        return f"returned a {type(result).__name__}, not a tuple of Segment"
    position = 0
    for segment in result:
        if not isinstance(segment, Segment) or not isinstance(segment.kind, SegmentKind):
            return "returned something other than a Segment among its segments"
        if not _in_text(segment.span, size):
            return "returned a segment whose span lies outside the text"
        if segment.span.start != position or segment.span.end == position:
            return "returned segments that are empty, overlap or leave a gap"
        position = segment.span.end
    if position != size:
        return "returned segments that do not cover the whole text"
    return None


def _contain(agency_id: str, parser: str, problem: str, context: Context | None, mark: int) -> None:
    """Warn, drop what the failed parser reported, and record ``agency.plugin-failed``."""
    message = f"agency {agency_id!r}: {parser}() {problem}; the generic parser was used"
    _warn(message)
    if context is not None:
        del context.diagnostics[mark:]
        context.report("agency.plugin-failed", message)


_RegionParser = Callable[[str, Span | None, "Context | None"], Any]


@attrs.frozen
class _GuardedParser:
    """One third-party region parser, contained (picklable, unlike a closure)."""

    agency_id: str
    parser: str  # the Agency field name, for messages
    own: _RegionParser
    fallback: _RegionParser
    check: Callable[[object, int], str | None]

    def __call__(self, text: str, region: Span | None, context: Context | None) -> Any:
        mark = len(context.diagnostics) if context is not None else 0
        try:
            result = self.own(text, region, context)
        except Exception as exc:  # any plugin bug; KeyboardInterrupt and friends pass
            problem = f"raised {_describe(exc)}"
        else:
            found = self.check(result, len(text))
            if found is None:
                return result
            problem = found
        _contain(self.agency_id, self.parser, problem, context, mark)
        return self.fallback(text, region, context)


@attrs.frozen
class _GuardedSegmenter:
    """A third-party segmenter, contained; it gets no context, so it only warns."""

    agency_id: str
    own: Segmenter
    fallback: Segmenter

    def __call__(self, text: str, parts: ArticleParts) -> tuple[Segment, ...]:
        try:
            result = self.own(text, parts)
        except Exception as exc:  # any plugin bug; KeyboardInterrupt and friends pass
            problem = f"raised {_describe(exc)}"
        else:
            found = _segments_problem(result, len(text))
            if found is None:
                return result
            problem = found
        _contain(self.agency_id, "segment", problem, None, 0)
        return self.fallback(text, parts)


def guard(agency: Agency, fallback: Agency) -> Agency:
    """``agency`` with every parser contained: faults fall back to ``fallback``'s parser.

    A wrapped parser that raises (any ``Exception``) or returns a malformed
    record — the wrong type, a span outside the text, segments that do not
    partition the text — emits a :class:`~wirekit.PluginWarning`, discards
    the diagnostics it had reported, records ``agency.plugin-failed`` in the
    context (when one is given) and returns ``fallback``'s result instead.
    ``detect`` is left as it is: :class:`Registry` contains it already.

    >>> import warnings
    >>> from wirekit.agencies import GENERIC
    >>> def explode(text, region, context):
    ...     raise RuntimeError("boom")
    >>> bad = attrs.evolve(GENERIC, id="bad", name="Bad", parse_copyright=explode)
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     result = guard(bad, GENERIC).parse_copyright("No footer here.", None, None)
    >>> result is None, caught[0].category.__name__
    (True, 'PluginWarning')
    """

    def contained(parser: str, check: Callable[[object, int], str | None]) -> _GuardedParser:
        own, fallback_parser = getattr(agency, parser), getattr(fallback, parser)
        return _GuardedParser(agency.id, parser, own, fallback_parser, check)

    return attrs.evolve(
        agency,
        parse_dateline=contained("parse_dateline", _dateline_problem),
        find_credits=contained("find_credits", _credits_problem),
        parse_copyright=contained("parse_copyright", _copyright_problem),
        find_notices=contained("find_notices", _notices_problem),
        segment=_GuardedSegmenter(agency.id, agency.segment, fallback.segment),
    )
