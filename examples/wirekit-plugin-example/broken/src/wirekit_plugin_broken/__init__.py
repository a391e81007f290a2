"""Deliberately broken wirekit agencies: each one goes wrong in its own way.

``pyproject.toml`` registers every object below (and a module that fails to
import) in the ``wirekit.agencies`` group. wirekit must skip the ones that are
unusable at load time and contain the rest at run time, always with a
``PluginWarning``, and keep parsing with the generic agency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from wirekit import Copyright, Credit, Dateline, Notice, Segment, SegmentKind, Span
from wirekit.agencies import GENERIC

if TYPE_CHECKING:
    from wirekit.agencies._agency import ArticleParts
    from wirekit.parsers import Context

TAG = "[BrokenWire]"  # the lead that BROKENWIRE claims with a perfect score

# Not an Agency at all.
NOT_AN_AGENCY: dict[str, Any] = {"id": "notanagency", "name": "Not an agency"}

# Registered as "misnamed", but says it is "somethingelse".
MISNAMED = attrs.evolve(GENERIC, id="somethingelse", name="Misnamed Wire")


def _claim_everything(text: str) -> float:
    return 1.0


# Tries to replace wirekit's generic fallback.
GENERIC_CLAIM = attrs.evolve(GENERIC, name="Impostor generic", detect=_claim_everything)

# Uses the id of the real example plugin, wirekit-plugin-example's "nuswire".
NUSWIRE_CLAIM = attrs.evolve(
    GENERIC, id="nuswire", name="Impostor Nusantara Wire", detect=_claim_everything
)


def _divide_by_zero(text: str) -> float:
    return len(text) / 0


FAULTYWIRE = attrs.evolve(GENERIC, id="faultywire", name="Faulty Wire", detect=_divide_by_zero)


def _boast(text: str) -> float:
    return 7  # deliberately an int, and outside [0, 1]


BOASTWIRE = attrs.evolve(GENERIC, id="boastwire", name="Boast Wire", detect=_boast)


def _detect_tag(text: str) -> float:
    return 1.0 if text.startswith(TAG) else 0.0


def _raise(text: str, region: Span | None, context: Context | None) -> Dateline | None:
    raise RuntimeError("the BrokenWire dateline parser crashed")


def _list_of_credits(text: str, region: Span | None, context: Context | None) -> tuple[Credit, ...]:
    if context is not None:
        context.report("credit.empty", "reported by BrokenWire before it failed")
    return [Credit(role="reporter", name="X", label=None, span=Span(0, 1))]  # type: ignore[arg-type,return-value]


def _copyright_past_the_end(
    text: str, region: Span | None, context: Context | None
) -> Copyright | None:
    return Copyright(holder="BrokenWire", year=2025, span=Span(0, len(text) + 10))


def _notice_of_wrong_kind(
    text: str, region: Span | None, context: Context | None
) -> tuple[Notice, ...]:
    return (Notice(kind="ai_ban", span=Span(0, 1)),)  # type: ignore[arg-type]


def _one_short_segment(text: str, parts: ArticleParts) -> tuple[Segment, ...]:
    return (Segment(SegmentKind.BODY, Span(0, min(1, len(text)))),)


BROKENWIRE = attrs.evolve(
    GENERIC,
    id="brokenwire",
    name="Broken Wire",
    detect=_detect_tag,
    parse_dateline=_raise,
    find_credits=_list_of_credits,
    parse_copyright=_copyright_past_the_end,
    find_notices=_notice_of_wrong_kind,
    segment=_one_short_segment,
)
