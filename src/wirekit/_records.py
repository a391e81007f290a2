"""The typed records that wirekit returns.

Every record is a frozen, slotted ``attrs`` class; sequences are tuples; every
located thing carries a :class:`Span` of absolute offsets into the article text,
so ``article.text[span.start:span.end]`` is always the surface it came from.

Records are plain data: they pickle, compare by value and convert to JSON-ready
dictionaries with :meth:`Article.to_dict` (and back with :meth:`Article.from_dict`).
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
from typing import Any

import attrs

__all__ = [
    "Anchor",
    "Article",
    "Copyright",
    "Credit",
    "DateMention",
    "Dateline",
    "Diagnostic",
    "Granularity",
    "Notice",
    "NoticeKind",
    "Reference",
    "ReferenceSource",
    "Role",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
]


class _StrEnum(enum.StrEnum):
    """An enum whose value is its stable, lower-case JSON spelling."""

    def __str__(self) -> str:
        return str(self.value)


class Role(_StrEnum):
    """What a credited person (or agency) did for the story."""

    REPORTER = "reporter"
    WRITER = "writer"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    PHOTOGRAPHER = "photographer"
    VIDEOGRAPHER = "videographer"
    CONTRIBUTOR = "contributor"
    PRODUCER = "producer"
    OTHER = "other"


BYLINE_ROLES = frozenset({Role.REPORTER, Role.WRITER, Role.CONTRIBUTOR})


class SegmentKind(_StrEnum):
    """What a stretch of the article is."""

    HEADER = "header"  # title, caption or summary lines before the dateline
    DATELINE = "dateline"
    BODY = "body"
    CREDITS = "credits"
    COPYRIGHT = "copyright"
    NOTICE = "notice"


class NoticeKind(_StrEnum):
    """What a boilerplate notice is for."""

    AI_BAN = "ai_ban"  # "no crawling / AI indexing without permission"
    RELATED = "related"  # "Baca juga: ..." / "Read also: ..."
    SOURCE = "source"  # "Sumber: ..." / "Source: ..."
    CONTACT = "contact"  # press-release contact block
    SIGNATURE = "signature"  # a bare agency sign-off such as "Reuter"
    ADVERT = "advert"  # an ad slot's marker line: "ADVERTISEMENT", "SCROLL TO CONTINUE ..."
    OTHER = "other"


class Severity(_StrEnum):
    """How much a diagnostic matters; ``ERROR`` makes ``strict`` parsing raise."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Granularity(_StrEnum):
    """The calendar unit a date value is precise to."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REF = "ref"  # PAST_REF / PRESENT_REF / FUTURE_REF


class ReferenceSource(_StrEnum):
    """Where the article's reference ("now") date came from, in order of trust."""

    CALLER = "caller"
    DATELINE = "dateline"
    TEXT = "text"  # an explicit, complete date written in the article
    COPYRIGHT_WEEKDAY = "copyright+weekday"  # copyright year pinned by a weekday + (d/m)
    NONE = "none"


# Sets a field of a frozen record from its own ``__init__`` (what attrs' frozen init does).
_set_field = object.__setattr__


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open ``[start, end)`` range of absolute offsets into ``Article.text``.

    >>> s = Span(4, 9)
    >>> s.slice("The quick fox")
    'quick'
    >>> len(s)
    5
    >>> Span(5, 4)
    Traceback (most recent call last):
    ...
    ValueError: a Span needs 0 <= start <= end, got start=5 end=4
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out, not generated: spans are the most built records (one per mention,
        # part and segment), and this is about twice as fast as attrs' frozen __init__.
        if not 0 <= start <= end:
            raise ValueError(f"a Span needs 0 <= start <= end, got start={start} end={end}")
        _set_field(self, "start", start)
        _set_field(self, "end", end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the surface text this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@attrs.frozen
class Diagnostic:
    """Something the parser noticed and wants the caller to know.

    ``code`` is a stable dotted id (see :data:`wirekit.DIAGNOSTIC_CODES`).
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None


@attrs.frozen
class Anchor:
    """How a date mention was resolved: the reference it used and the rule applied."""

    rule: str
    reference: dt.date | None = None


@attrs.frozen
class DateMention:
    """One date expression found in the text.

    ``value`` is an ISO-TimeML value (``"2025-07-10"``, ``"2025-W27"``,
    ``"2025-06"``, ``"2025"``, ``"199X"``, ``"PAST_REF"``...) or None when the
    expression could not be resolved (then a diagnostic says why). ``date`` is
    set for day-precise values only.
    """

    text: str
    span: Span
    value: str | None
    granularity: Granularity | None = None
    date: dt.date | None = None
    anchor: Anchor | None = None
    part_of_day: str | None = None  # "MO", "AF", "EV", "NI" (TimeML) when attached
    type: str = "DATE"


@attrs.frozen
class Dateline:
    """The dateline: where (and sometimes when) the story was filed, and by whom."""

    place: str | None
    agency: str | None
    date: DateMention | None
    span: Span
    place_span: Span | None = None
    agency_span: Span | None = None


@attrs.frozen
class Credit:
    """One credited person or agency; ``span`` covers ``name`` exactly."""

    role: Role
    name: str
    label: str | None
    span: Span
    label_span: Span | None = None


@attrs.frozen
class Copyright:
    """The copyright line; ``span`` covers the whole line."""

    holder: str | None
    year: int | None
    span: Span
    holder_span: Span | None = None
    year_span: Span | None = None


@attrs.frozen
class Notice:
    """A boilerplate notice such as an AI-crawling ban or a "Baca juga" link."""

    kind: NoticeKind
    span: Span
    text: str = ""


@attrs.frozen
class Reference:
    """The date the article's relative expressions are counted from."""

    date: dt.date | None
    source: ReferenceSource
    span: Span | None = None  # the text that fixed it, when it came from the text


@attrs.frozen
class Segment:
    """A contiguous stretch of the article; an article's segments cover it exactly."""

    kind: SegmentKind
    span: Span


@attrs.frozen
class Article:
    """Everything wirekit found in one article.

    ``bylines`` and ``editors`` are derived from ``credits``.
    """

    text: str
    agency: str | None = None
    language: str | None = None
    dateline: Dateline | None = None
    credits: tuple[Credit, ...] = ()
    copyright: Copyright | None = None
    notices: tuple[Notice, ...] = ()
    dates: tuple[DateMention, ...] = ()
    reference: Reference = Reference(None, ReferenceSource.NONE)
    segments: tuple[Segment, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def bylines(self) -> tuple[Credit, ...]:
        """Credits for reporters, writers and contributors, one per person."""
        return tuple(c for c in self.credits if c.role in BYLINE_ROLES)

    @property
    def editors(self) -> tuple[Credit, ...]:
        """Credits for editors, one per person."""
        return tuple(c for c in self.credits if c.role is Role.EDITOR)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: ISO strings for dates, ``[start, end]`` for spans."""
        from ._serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an :class:`Article` from :meth:`to_dict` output (lossless)."""
        from ._serialize import article_from_dict

        return article_from_dict(data)


def _pickle_by_fields(cls: type[Any]) -> None:
    """Make ``cls`` pickle as its constructor and a tuple of its field values.

    attrs pickles a slotted class through a ``__getstate__`` dict and a Python
    ``__setstate__`` loop; constructor arguments read by one ``attrgetter`` pickle in
    about half the time and unpickle in two thirds, which is what a process pool
    (:func:`wirekit.parse_many`) pays for every article it sends back.
    """
    names = tuple(field.name for field in attrs.fields(cls))
    values = operator.attrgetter(*names)  # a tuple for two or more names, else the value
    if len(names) == 1:

        def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
            return type(self), (values(self),)

    else:

        def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
            return type(self), values(self)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 - mypy rejects assigning a method


for _record in (
    Span,
    Diagnostic,
    Anchor,
    DateMention,
    Dateline,
    Credit,
    Copyright,
    Notice,
    Reference,
    Segment,
    Article,
):
    _pickle_by_fields(_record)
del _record
