"""Score wirekit (or any parser) against gold corpora, field by field.

Contract
    :func:`evaluate` reads gold JSON Lines files (the format of
    ``docs/accuracy.md``; overlay rows that carry only an ``id`` and
    annotations take their text from separate text corpora, joined by id),
    gets one prediction per article -- from
    :func:`wirekit.parse`, from any callable with its signature, or from a JSON
    Lines file of saved ``Article.to_dict()`` outputs -- and returns a
    :class:`Report`: true positives, false positives and false negatives per
    field, overall and per corpus / source / agency / language, plus every
    disagreement with a short excerpt.

Counting rules (``docs/accuracy.md`` states them in full)
    - A gold key that is absent is not scored; present with null / ``[]`` means
      "the article has none", so anything predicted there is a false positive.
    - Single-valued fields: equal -> TP; predicted but gold null -> FP;
      gold present, nothing predicted -> FN; both present and different -> FP + FN.
    - Lists of names: multiset matching (TP = size of the multiset intersection).
    - Names compare after Unicode NFC and whitespace normalisation only.
    - Date mentions: one-to-one matching of spans that overlap and carry equal
      values (a maximum matching, found greedily by gold end offset), values
      compared after :func:`normalize_timex_value` (decade ``199X`` = ``199``).
      In a per-type row (``dates.DATE``...), a prediction left unmatched that
      overlaps a gold timex of another type is not a false positive of that
      row (it is a typing question, counted in the type-blind ``dates`` row).

Nothing here is on the parsing hot path; the scorer is plain Python over the
records that :func:`wirekit.parse` returns.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import json
import os
import time
import types
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs
import regex

from ._records import Article

__all__ = [
    "AGENCY_IDS",
    "FIELDS",
    "Counts",
    "Delta",
    "Disagreement",
    "FloorViolation",
    "GoldArticle",
    "PredictedDate",
    "Prediction",
    "Report",
    "add_evaluate_parser",
    "compare_reports",
    "evaluate",
    "find_agency_mark",
    "find_dateparser_dates",
    "find_floor_violations",
    "format_floors",
    "map_agency",
    "normalize_name",
    "normalize_timex_value",
    "raise_floors",
    "read_floors",
    "read_gold",
    "read_texts",
    "run_evaluate",
    "score_article",
]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: Every field the scorer reports, in display order.
FIELDS = (
    "dateline.place",
    "dateline.agency",
    "dateline.date",
    "bylines",
    "editors",
    "copyright.holder",
    "copyright.year",
    "agency",
    "agency.in_text",
    "dates",
    *(f"dates.{t}" for t in TIMEX_TYPES),
    "dates.span",
)

#: Prefix of the fields scored for the ``dateparser.search_dates`` baseline.
BASELINE_PREFIX = "dateparser:"
BASELINE_FIELDS = tuple(f"{BASELINE_PREFIX}{f}" for f in FIELDS if f.startswith("dates"))

#: The groupings a report breaks its counts down by.
GROUPINGS = ("corpus", "source", "agency", "language")

#: Gold ``agency`` strings (the outlet as its own dateline or credit names it) to
#: wirekit agency ids. Keys are compared case-insensitively after name
#: normalisation; a gold string missing here means "no built-in agency", so the
#: expected detection is the generic fallback (``Article.agency is None``).
AGENCY_IDS: Mapping[str, str] = types.MappingProxyType(
    {
        "aap": "aap",
        "afp": "afp",
        "agence france-presse": "afp",
        "ani": "ani",
        "asian news international": "ani",
        "ansa": "ansa",
        "antara": "antara",
        "antara news": "antara",
        "antaranews": "antara",
        "antaranews.com": "antara",
        "ap": "ap",
        "associated press": "ap",
        "the associated press": "ap",
        "bernama": "bernama",
        "canadian press": "cp",
        "cp": "cp",
        "the canadian press": "cp",
        "cnn indonesia": "cnnindonesia",
        "cnnindonesia.com": "cnnindonesia",
        "detik": "detik",
        "detik.com": "detik",
        "detikcom": "detik",
        "dpa": "dpa",
        "efe": "efe",
        "kompas": "kompas",
        "kompas.com": "kompas",
        "kyodo": "kyodo",
        "kyodo news": "kyodo",
        "liputan6": "liputan6",
        "liputan6.com": "liputan6",
        "okezone": "okezone",
        "okezone.com": "okezone",
        "pa": "pa",
        "pa media": "pa",
        "press association": "pa",
        "posmetro": "posmetro",
        "posmetro medan": "posmetro",
        "posmetro.co": "posmetro",
        "posmetro.co.id": "posmetro",
        "press trust of india": "pti",
        "pti": "pti",
        "republika": "republika",
        "republika.co.id": "republika",
        "reuter": "reuters",
        "reuters": "reuters",
        "thomson reuters": "reuters",
        "sindonews": "sindonews",
        "sindonews.com": "sindonews",
        "stt": "stt",
        "tass": "tass",
        "tempo": "tempo",
        "tempo.co": "tempo",
        "tribunnews": "tribunnews",
        "tribunnews.com": "tribunnews",
        "united press international": "upi",
        "upi": "upi",
        "xinhua": "xinhua",
        "yonhap": "yonhap",
    }
)

#: The gold keys an overlay row may carry at its top level (see :func:`read_gold`).
GOLD_KEYS = ("dateline", "bylines", "editors", "copyright", "dates")

#: Metadata an overlay row takes from its text record unless it carries its own.
TEXT_META_KEYS = ("source", "language", "agency", "published")

#: A year-shaped value with trailing X digits: a decade (``199X``), century (``19XX``)...
UNDERSPECIFIED_YEAR_RE = regex.compile(
    r"""
    (?P<digits>[0-9]{1,3}+)   # the known leading digits of the year
    X{1,3}+                   # the unknown ones
    """,
    regex.VERBOSE,
)

#: Sources derived from TimeML: their first line may be an unannotated title.
TIMEML_SOURCES = frozenset({"timebank", "te3silver", "tempeval3", "aquaint"})

EXCERPT_WIDTH = 40  # characters kept on each side of the disagreement in an excerpt
NEWLINE_MARK = "\u23ce"  # shown in place of a newline inside an excerpt

EXIT_OK, EXIT_BELOW_FLOOR, EXIT_USAGE = 0, 1, 2


def normalize_name(value: str | None) -> str | None:
    """Unicode NFC, whitespace runs collapsed to one space, ends trimmed; nothing else.

    >>> normalize_name("  Ade\\u00a0 P.\\nMarboen ")
    'Ade P. Marboen'
    >>> normalize_name("Jose\\u0301") == "Jos\\u00e9"
    True
    >>> normalize_name("   ") is None
    True
    """
    if value is None:
        return None
    collapsed = " ".join(unicodedata.normalize("NFC", value).split())
    return collapsed or None


def normalize_timex_value(value: str | None) -> str | None:
    """A timex value in the form the scorer compares: ISO-TimeML's two spellings
    of an underspecified year made one, nothing else changed.

    TimeML writes a decade as the truncated year ``199`` and a century as ``19``;
    wirekit (and HeidelTime) write ``199X`` and ``19XX``. Both name the same
    period, so the trailing ``X``s of a four-character year are dropped.

    >>> normalize_timex_value("199X"), normalize_timex_value("19XX"), normalize_timex_value("199")
    ('199', '19', '199')
    >>> normalize_timex_value("1989-WXX"), normalize_timex_value("XXXX-07-10")
    ('1989-WXX', 'XXXX-07-10')
    """
    if value is None or len(value) != 4:
        return value
    match = UNDERSPECIFIED_YEAR_RE.fullmatch(value)
    return match["digits"] if match else value


def map_agency(gold_agency: str | None) -> str | None:
    """The wirekit id expected for a gold ``agency`` string (None = generic).

    >>> map_agency("KOMPAS.com"), map_agency("Reuters"), map_agency("WSJ")
    ('kompas', 'reuters', None)
    """
    name = normalize_name(gold_agency)
    return None if name is None else AGENCY_IDS.get(name.casefold())


#: Gold agency names that are also ordinary lowercase words (Indonesian "detik" a second,
#: "antara" between, "tempo" time, "kompas" a compass): as marks they count only when
#: capitalised as the outlet writes itself (see :func:`find_agency_mark`).
COMMON_WORD_NAMES = frozenset({"antara", "detik", "kompas", "tempo"})

#: One of :data:`COMMON_WORD_NAMES` as a whole word, in any case.
COMMON_WORD_NAME_RE = regex.compile(
    rf"""
    (?<![^\W_])                                   # not inside a word
    (?i:{"|".join(sorted(COMMON_WORD_NAMES))})    # one of the names, any case
    (?![^\W_])                                    # not followed by a letter or digit
    """,
    regex.VERBOSE,
)

#: What may stand (blanks aside) before a word that starts a sentence or a title.
SENTENCE_OPENERS = frozenset(".!?:\n\"'\u201c\u2018")


def find_agency_mark(text: str, gold_agency: str) -> int | None:
    """Where the text names the gold agency (or an alias of the same id), else None.

    A name counts only as a whole word (no letter or digit on either side);
    case is ignored, except for names that are also ordinary words
    (:data:`COMMON_WORD_NAMES`): those count only in capitals (``ANTARA``) or with
    an initial capital that does not start a sentence (``redaksi Tempo``); their
    other spellings (``detikcom``, ``KOMPAS.com``, ``TEMPO.CO``) count in any case.
    This is what ``agency.in_text`` uses to tell articles that mark their agency
    apart from articles whose agency is only metadata.

    >>> find_agency_mark("LONDON, March 3 (Reuters) - Shares rose.", "Reuters")
    17
    >>> find_agency_mark("Shares rose.\\nREUTER", "Reuters")
    13
    >>> find_agency_mark("The map app was updated.", "AP") is None
    True
    >>> find_agency_mark("Dia berlari 100 meter dalam 9,8 detik.", "detikcom") is None
    True
    >>> find_agency_mark("Dia berkata kepada detikcom.", "detik")
    19
    >>> find_agency_mark("Rapat di antara dua sesi. Antara lain soal pajak.", "ANTARA") is None
    True
    >>> find_agency_mark("Jakarta (ANTARA) - Harga naik.", "Antara")
    9
    >>> find_agency_mark("Surat itu dikirim ke redaksi Tempo.", "TEMPO.CO")
    29
    """
    folded = text.casefold()  # offsets may drift where folding changes lengths ("ß" -> "ss")
    name = normalize_name(gold_agency)
    if name is None:
        return None
    agency_id = AGENCY_IDS.get(name.casefold())
    surfaces = {name.casefold()} | {k for k, v in AGENCY_IDS.items() if v == agency_id}
    found = [_find_word(folded, s) for s in sorted(surfaces - COMMON_WORD_NAMES)]
    if surfaces & COMMON_WORD_NAMES:
        found.append(_find_capitalised(text, surfaces & COMMON_WORD_NAMES))
    first = min((f for f in found if f is not None), default=None)
    return None if first is None else min(first, len(text))


def _find_word(folded: str, word: str) -> int | None:
    """The first whole-word occurrence of ``word`` in ``folded``."""
    start = folded.find(word)
    while start >= 0:
        end = start + len(word)
        before = folded[start - 1] if start else " "
        after = folded[end] if end < len(folded) else " "
        if not before.isalnum() and not after.isalnum():
            return start
        start = folded.find(word, start + 1)
    return None


def _find_capitalised(text: str, words: set[str]) -> int | None:
    """The first of ``words`` (common-word names) written as a name: in capitals,
    or with an initial capital that does not open a sentence."""
    for match in COMMON_WORD_NAME_RE.finditer(text):
        written = match.group()
        if written.casefold() not in words or not written[0].isupper():
            continue
        if written.isupper():
            return match.start()
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":  # the blanks before it
            at -= 1
        if at >= 0 and text[at] not in SENTENCE_OPENERS:
            return match.start()
    return None


# --------------------------------------------------------------------------- records


@attrs.frozen
class Counts:
    """True/false positives and false negatives of one field, over some articles.

    ``articles`` is how many articles had the field scored and ``exact`` how
    many of them agreed completely, so ``accuracy`` is exact-match per article.

    >>> c = Counts(tp=8, fp=2, fn=0, articles=10, exact=8)
    >>> c.precision, c.recall, round(c.f1 or 0, 3), c.accuracy
    (0.8, 1.0, 0.889, 0.8)
    >>> Counts().f1 is None
    True
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    articles: int = 0
    exact: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.articles + other.articles,
            self.exact + other.exact,
        )

    @property
    def gold(self) -> int:
        """Gold items (TP + FN)."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Predicted items (TP + FP)."""
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        """TP / predicted, None when nothing was predicted."""
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """TP / gold, None when the gold holds nothing."""
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """2TP / (2TP + FP + FN), None when there is nothing on either side."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    @property
    def accuracy(self) -> float | None:
        """Share of scored articles on which the field agreed completely."""
        return self.exact / self.articles if self.articles else None

    def to_dict(self) -> dict[str, Any]:
        """Counts and the derived metrics (rounded to 6 places), JSON-ready."""
        data: dict[str, Any] = attrs.asdict(self)
        for name in ("precision", "recall", "f1", "accuracy"):
            value = getattr(self, name)
            data[name] = None if value is None else round(value, 6)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Counts:
        """Rebuild from :meth:`to_dict` output (derived metrics are recomputed)."""
        return cls(*(int(data.get(k, 0)) for k in ("tp", "fp", "fn", "articles", "exact")))


@attrs.frozen
class Disagreement:
    """One article on which one field disagreed with the gold."""

    id: str
    field: str
    gold: str
    predicted: str
    excerpt: str
    errors: int  # FP + FN on this article: how bad the disagreement is

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return attrs.asdict(self)


@attrs.frozen
class GoldArticle:
    """One line of a gold file.

    ``score_agency`` is False for an overlay row that carries no ``agency`` of
    its own: its agency (from the text record) still groups it, but detection
    is scored where the text record itself is evaluated, not twice.
    """

    id: str
    text: str
    gold: Mapping[str, Any]
    corpus: str = ""
    source: str | None = None
    language: str | None = None
    agency: str | None = None
    published: str | None = None
    score_agency: bool = True

    def groups(self) -> dict[str, str]:
        """The group keys this article counts under (see :data:`GROUPINGS`)."""
        return {
            "corpus": self.corpus,
            "source": self.source or "(none)",
            "agency": self.agency or "(none)",
            "language": self.language or "(none)",
        }


@attrs.frozen
class PredictedDate:
    """A predicted date mention, reduced to what the scorer compares."""

    start: int
    end: int
    value: str | None
    type: str = "DATE"
    text: str = ""


@attrs.frozen
class Prediction:
    """What the scorer reads from one predicted :class:`~wirekit.Article`."""

    agency: str | None = None
    place: str | None = None
    dateline_agency: str | None = None
    dateline_date: str | None = None
    dateline_start: int | None = None
    bylines: tuple[tuple[str, int | None], ...] = ()  # (name, start offset)
    editors: tuple[tuple[str, int | None], ...] = ()
    copyright_holder: str | None = None
    copyright_year: int | None = None
    copyright_start: int | None = None
    dates: tuple[PredictedDate, ...] = ()

    @classmethod
    def from_article(cls, article: Article) -> Prediction:
        """Read a prediction from an :class:`~wirekit.Article`."""
        dateline, copyright_ = article.dateline, article.copyright
        return cls(
            agency=article.agency,
            place=dateline.place if dateline else None,
            dateline_agency=dateline.agency if dateline else None,
            dateline_date=dateline.date.value if dateline and dateline.date else None,
            dateline_start=dateline.span.start if dateline else None,
            bylines=tuple((c.name, c.span.start) for c in article.bylines),
            editors=tuple((c.name, c.span.start) for c in article.editors),
            copyright_holder=copyright_.holder if copyright_ else None,
            copyright_year=copyright_.year if copyright_ else None,
            copyright_start=copyright_.span.start if copyright_ else None,
            dates=tuple(
                PredictedDate(m.span.start, m.span.end, m.value, m.type, m.text)
                for m in article.dates
            ),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Prediction:
        """Read a prediction from ``Article.to_dict()`` output (as saved in JSON Lines)."""
        dateline = data.get("dateline") or {}
        date = dateline.get("date") or {}
        copyright_ = data.get("copyright") or {}
        credits = data.get("credits") or []

        def names(key: str, roles: frozenset[str]) -> tuple[tuple[str, int | None], ...]:
            if credits or key not in data:
                return tuple(
                    (str(c["name"]), _span_start(c.get("span")))
                    for c in credits
                    if c.get("role") in roles
                )
            return tuple((str(n), None) for n in data[key] or ())

        return cls(
            agency=data.get("agency"),
            place=dateline.get("place"),
            dateline_agency=dateline.get("agency"),
            dateline_date=date.get("value"),
            dateline_start=_span_start(dateline.get("span")),
            bylines=names("bylines", frozenset({"reporter", "writer", "contributor"})),
            editors=names("editors", frozenset({"editor"})),
            copyright_holder=copyright_.get("holder"),
            copyright_year=_int_or_none(copyright_.get("year")),
            copyright_start=_span_start(copyright_.get("span")),
            dates=tuple(_predicted_date(d) for d in data.get("dates") or ()),
        )


def _span_start(span: Any) -> int | None:
    return int(span[0]) if isinstance(span, list | tuple) and span else None


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _predicted_date(data: Mapping[str, Any]) -> PredictedDate:
    span = data.get("span")
    start, end = (span[0], span[1]) if span else (data["start"], data["end"])
    return PredictedDate(
        int(start), int(end), data.get("value"), data.get("type") or "DATE", data.get("text") or ""
    )


# --------------------------------------------------------------------------- reading


def read_gold(
    path: str | os.PathLike[str],
    limit: int | None = None,
    texts: Mapping[str, Mapping[str, Any]] | None = None,
) -> Iterator[GoldArticle]:
    """The articles of one gold JSON Lines file (the first ``limit`` ones when given).

    A line without ``text`` is an *overlay* row: an ``id`` and annotations only
    (under ``gold``, or the gold keys -- ``dates``, ``dateline``... -- at its top
    level), joined by id with a record of ``texts`` (see :func:`read_texts`),
    which gives the text and any of ``source``, ``language``, ``agency`` and
    ``published`` the row does not carry itself. Only the overlay's own
    annotations are scored.

    Raises ``ValueError`` naming the file and line when a line is not a gold
    record, or is an overlay row whose id has no text.
    """
    path = Path(path)
    corpus = path.name.removesuffix(".jsonl")
    with path.open(encoding="utf-8") as handle:
        count = 0
        for number, line in enumerate(handle, 1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise TypeError("not an object")
                overlay = "text" not in record
                meta = _text_record(record, texts) if overlay else record
                text = meta["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                gold = _gold_of(record, overlay)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a gold record ({exc})") from None
            count += 1
            yield GoldArticle(
                id=str(record.get("id") or f"{corpus}/{number}"),
                text=text,
                gold=gold,
                corpus=corpus,
                source=record.get("source", meta.get("source")),
                language=record.get("language", meta.get("language")),
                agency=record.get("agency", meta.get("agency")),
                published=record.get("published", meta.get("published")),
                score_agency=not overlay or "agency" in record,
            )


def _text_record(
    record: Mapping[str, Any], texts: Mapping[str, Mapping[str, Any]] | None
) -> Mapping[str, Any]:
    """The text record an overlay row is joined with."""
    if "id" not in record:
        raise KeyError("text")
    if texts is None:
        raise ValueError("an overlay row (no text) needs text corpora (--texts)")
    found = texts.get(str(record["id"]))
    if found is None:
        raise ValueError(f"no text for id {record['id']!r} in the text corpora")
    return found


def _gold_of(record: Mapping[str, Any], overlay: bool) -> dict[str, Any]:
    """The gold annotations of a line: its ``gold`` object, or an overlay's top-level keys."""
    gold = record.get("gold")
    if gold is None and overlay:
        gold = {key: record[key] for key in GOLD_KEYS if key in record}
    gold = gold or {}
    if not isinstance(gold, dict):
        raise TypeError("gold is not an object")
    return gold


def read_texts(
    paths: Iterable[str | os.PathLike[str]], ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """Text records by id from JSON Lines corpora (gold format), for overlay rows.

    Only ``text`` and the metadata (``source``, ``language``, ``agency``,
    ``published``) are kept, and only for ``ids`` when given. Raises
    ``ValueError`` naming the file and line when a line has no ``id`` or ``text``.
    """
    wanted = None if ids is None else set(ids)
    texts: dict[str, dict[str, Any]] = {}
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    key, text = str(record["id"]), record["text"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{number}: not a text record ({exc})") from None
                if wanted is None or key in wanted:
                    texts[key] = {"text": text} | {
                        k: record[k] for k in TEXT_META_KEYS if k in record
                    }
    return texts


def _overlay_ids(paths: Iterable[str]) -> set[str]:
    """The ids of the overlay rows (lines without ``text``) of some gold files."""
    ids: set[str] = set()
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # read_gold reports it with its line number
                if isinstance(record, dict) and "text" not in record and "id" in record:
                    ids.add(str(record["id"]))
    return ids


def _read_predictions(path: str | os.PathLike[str]) -> dict[str, Prediction]:
    """Saved predictions by article id: one JSON object per line, ``id`` plus
    ``Article.to_dict()`` (either merged in or under an ``article`` key)."""
    predictions: dict[str, Prediction] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                body = record.get("article", record)
                predictions[str(record["id"])] = Prediction.from_dict(body)
            except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
                raise ValueError(f"{path}:{number}: not a prediction record ({exc})") from None
    return predictions


# --------------------------------------------------------------------------- scoring


@attrs.frozen
class ArticleScore:
    """The counts and disagreements of one article."""

    counts: Mapping[str, Counts]
    disagreements: tuple[Disagreement, ...] = ()
    failure: str | None = None


@attrs.frozen
class _GoldDate:
    start: int
    end: int
    value: str | None
    type: str
    text: str


def _score_single(gold: Any, predicted: Any) -> Counts:
    """Single-valued field: gold None means "has none"."""
    if gold is None:
        return Counts(fp=int(predicted is not None), articles=1, exact=int(predicted is None))
    if predicted == gold:
        return Counts(tp=1, articles=1, exact=1)
    if predicted is None:
        return Counts(fn=1, articles=1)
    return Counts(fp=1, fn=1, articles=1)


def _score_multiset(gold: Sequence[str], predicted: Sequence[str]) -> Counts:
    """Lists of names: TP is the size of the multiset intersection."""
    gold_bag, predicted_bag = collections.Counter(gold), collections.Counter(predicted)
    tp = sum((gold_bag & predicted_bag).values())
    fp, fn = len(predicted) - tp, len(gold) - tp
    return Counts(tp, fp, fn, articles=1, exact=int(fp == 0 and fn == 0))


def match_spans(
    gold: Sequence[_GoldDate | PredictedDate],
    predicted: Sequence[PredictedDate],
    same_value: bool = True,
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of overlapping spans (with equal values when asked).

    Gold items are taken by end offset; each takes the free overlapping
    prediction that ends first. For overlap relations between intervals this
    greedy choice gives a maximum matching (an exchange argument: any other
    partner of the earliest-ending gold item can be swapped for it).
    Returns ``(gold_index, predicted_index)`` pairs.
    """
    by_class: dict[str | None, list[int]] = collections.defaultdict(list)
    for j, p in enumerate(predicted):
        by_class[p.value if same_value else None].append(j)
    classes = {
        key: sorted(idx, key=lambda j: (predicted[j].start, predicted[j].end))
        for key, idx in by_class.items()
    }
    starts = {key: [predicted[j].start for j in idx] for key, idx in classes.items()}
    longest = {
        key: max(predicted[j].end - predicted[j].start for j in idx) for key, idx in classes.items()
    }
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i in sorted(range(len(gold)), key=lambda i: (gold[i].end, gold[i].start)):
        g = gold[i]
        key = g.value if same_value else None
        if key not in classes or (same_value and g.value is None):
            continue
        idx = classes[key]
        lo = bisect.bisect_left(starts[key], g.start - longest[key])
        hi = bisect.bisect_left(starts[key], max(g.end, g.start + 1))
        best: int | None = None
        for j in idx[lo:hi]:
            p = predicted[j]
            if j in taken or not _overlap(g.start, g.end, p.start, p.end):
                continue
            if best is None or (p.end, p.start) < (predicted[best].end, predicted[best].start):
                best = j
        if best is not None:
            taken.add(best)
            pairs.append((i, best))
    return pairs


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans share a character; an empty span overlaps only by position."""
    if a_start == a_end or b_start == b_end:
        return a_start <= b_start <= a_end or b_start <= a_start <= b_end
    return a_start < b_end and b_start < a_end


def _excerpt(text: str, start: int | None, end: int | None = None) -> str:
    """A short, one-line excerpt of ``text`` around ``[start, end)``."""
    if start is None:
        start = end = 0
    end = start if end is None else end
    lo, hi = max(0, start - EXCERPT_WIDTH), min(len(text), max(end, start) + EXCERPT_WIDTH)
    piece = text[lo:start] + "\u00bb" + text[start:end] + "\u00ab" + text[end:hi]
    piece = NEWLINE_MARK.join(piece.splitlines())
    return ("\u2026" if lo > 0 else "") + piece + ("\u2026" if hi < len(text) else "")


def _show(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return "\u2205" if value is None else repr(value)


def _show_date(item: _GoldDate | PredictedDate) -> str:
    return f"{item.text!r}@{item.start}={item.value} {item.type}"


def _first_line_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


def _gold_dates(raw: Iterable[Mapping[str, Any]], text: str) -> list[_GoldDate]:
    out = []
    for d in raw:
        start, end = int(d["start"]), int(d["end"])
        out.append(
            _GoldDate(start, end, d.get("value"), str(d.get("type") or "DATE"), text[start:end])
        )
    return out


def _overlapping_any(items: Sequence[PredictedDate], spans: Sequence[_GoldDate]) -> list[bool]:
    """For each item, whether it overlaps at least one of ``spans``."""
    ordered = sorted(spans, key=lambda g: g.start)
    starts = [g.start for g in ordered]
    longest = max((g.end - g.start for g in ordered), default=0)
    out = []
    for p in items:
        lo = bisect.bisect_left(starts, p.start - longest)
        hi = bisect.bisect_right(starts, max(p.end, p.start + 1))
        out.append(any(_overlap(g.start, g.end, p.start, p.end) for g in ordered[lo:hi]))
    return out


def _score_dates(
    article: GoldArticle,
    gold_raw: Iterable[Mapping[str, Any]],
    predicted_all: Sequence[PredictedDate],
    prefix: str,
) -> tuple[dict[str, Counts], list[Disagreement]]:
    """Date mentions overall (overlap + value), per TIMEX type, and by span only."""
    text = article.text
    gold = _gold_dates(gold_raw, text)
    predicted = list(predicted_all)
    if article.source in TIMEML_SOURCES:
        title_end = _first_line_end(text)
        if not any(g.start < title_end for g in gold):
            predicted = [p for p in predicted if p.start >= title_end]
    counts: dict[str, Counts] = {}
    disagreements: list[Disagreement] = []

    def tally(
        name: str,
        g: list[_GoldDate],
        p: list[PredictedDate],
        same_value: bool,
        other_types: Sequence[_GoldDate] = (),
    ) -> None:
        pairs = match_spans(
            [attrs.evolve(x, value=normalize_timex_value(x.value)) for x in g],
            [attrs.evolve(x, value=normalize_timex_value(x.value)) for x in p],
            same_value,
        )
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        missed = [x for i, x in enumerate(g) if i not in matched_g]
        unmatched = [x for j, x in enumerate(p) if j not in matched_p]
        # a prediction on a gold timex of another type is a typing matter, not a spurious one
        excused = _overlapping_any(unmatched, other_types)
        spurious = [x for x, skip in zip(unmatched, excused, strict=True) if not skip]
        tp, fp, fn = len(pairs), len(spurious), len(missed)
        counts[prefix + name] = Counts(tp, fp, fn, articles=1, exact=int(fp == 0 and fn == 0))
        if fp or fn:
            first = min([(x.start, x.end) for x in missed] + [(x.start, x.end) for x in spurious])
            disagreements.append(
                Disagreement(
                    article.id,
                    prefix + name,
                    "missed: " + ("; ".join(_show_date(x) for x in missed) or "-"),
                    "spurious: " + ("; ".join(_show_date(x) for x in spurious) or "-"),
                    _excerpt(text, *first),
                    fp + fn,
                )
            )

    tally("dates", gold, predicted, True)
    for timex_type in TIMEX_TYPES:
        tally(
            f"dates.{timex_type}",
            [g for g in gold if g.type == timex_type],
            [p for p in predicted if p.type == timex_type],
            True,
            [g for g in gold if g.type != timex_type],
        )
    tally("dates.span", gold, predicted, False)
    return counts, disagreements


def score_article(
    article: GoldArticle,
    prediction: Prediction,
    baseline_dates: Sequence[PredictedDate] | None = None,
) -> ArticleScore:
    """Score one prediction against one gold article (see the module contract)."""
    gold, text = article.gold, article.text
    counts: dict[str, Counts] = {}
    disagreements: list[Disagreement] = []

    def add(field: str, c: Counts, g: Any, p: Any, where: int | None, length: int = 0) -> None:
        counts[field] = c
        if c.fp or c.fn:
            end = None if where is None else where + length
            disagreements.append(
                Disagreement(
                    article.id, field, _show(g), _show(p), _excerpt(text, where, end), c.fp + c.fn
                )
            )

    if "dateline" in gold:
        _score_dateline(article, prediction, add)
    for field, pairs in (("bylines", prediction.bylines), ("editors", prediction.editors)):
        if field not in gold:
            continue
        g_names = [n for n in (normalize_name(x) for x in gold[field] or ()) if n is not None]
        p_names = [n for n in (normalize_name(x) for x, _ in pairs) if n is not None]
        c = _score_multiset(g_names, p_names)
        where, length = _locate_names(text, g_names, p_names, pairs)
        add(field, c, g_names, p_names, where, length)
    if "copyright" in gold:
        g_copy = gold["copyright"] or {}
        where = prediction.copyright_start
        if "holder" in g_copy or gold["copyright"] is None:
            g_holder, p_holder = (
                normalize_name(g_copy.get("holder")),
                normalize_name(prediction.copyright_holder),
            )
            c = _score_single(g_holder, p_holder)
            at = _locate(text, g_holder, where)
            add("copyright.holder", c, g_holder, p_holder, at, len(g_holder or ""))
        if "year" in g_copy or gold["copyright"] is None:
            g_year = _int_or_none(g_copy.get("year"))
            c = _score_single(g_year, prediction.copyright_year)
            add("copyright.year", c, g_year, prediction.copyright_year, where)
    if article.agency is not None and article.score_agency:
        g_id = map_agency(article.agency)
        c = _score_single(g_id, prediction.agency)
        add("agency", c, g_id, prediction.agency, 0)
        mark = find_agency_mark(text, article.agency)
        if mark is not None:
            add("agency.in_text", c, g_id, prediction.agency, mark, len(article.agency))
    if "dates" in gold:
        date_counts, date_disagreements = _score_dates(
            article, gold["dates"] or (), prediction.dates, ""
        )
        counts.update(date_counts)
        disagreements.extend(date_disagreements)
        if baseline_dates is not None:
            date_counts, date_disagreements = _score_dates(
                article, gold["dates"] or (), baseline_dates, BASELINE_PREFIX
            )
            counts.update(date_counts)
            disagreements.extend(date_disagreements)
    return ArticleScore(counts, tuple(disagreements))


def _score_dateline(article: GoldArticle, prediction: Prediction, add: Callable[..., None]) -> None:
    g_dateline = article.gold["dateline"]
    g = g_dateline if isinstance(g_dateline, dict) else {}
    whole = g_dateline is None
    where = prediction.dateline_start
    if where is None and g.get("text"):
        found = article.text.find(g["text"])
        where = found if found >= 0 else None
    if whole or "place" in g:
        g_place, p_place = normalize_name(g.get("place")), normalize_name(prediction.place)
        add("dateline.place", _score_single(g_place, p_place), g_place, p_place, where, 20)
    if whole or "agency" in g:
        g_agency = normalize_name(g.get("agency"))
        p_agency = normalize_name(prediction.dateline_agency)
        add("dateline.agency", _score_single(g_agency, p_agency), g_agency, p_agency, where, 20)
    if whole or "date" in g:
        g_date = g.get("date") or None
        p_date = prediction.dateline_date
        add("dateline.date", _score_single(g_date, p_date), g_date, p_date, where, 20)


def _locate(text: str, needle: str | None, fallback: int | None) -> int | None:
    if needle:
        found = text.find(needle)
        if found >= 0:
            return found
    return fallback if fallback is not None else max(0, len(text) - EXCERPT_WIDTH)


def _locate_names(
    text: str,
    gold: Sequence[str],
    predicted: Sequence[str],
    pairs: Sequence[tuple[str, int | None]],
) -> tuple[int | None, int]:
    """Where to excerpt a credits disagreement: a missed gold name, else a spurious one."""
    predicted_bag = collections.Counter(predicted)
    for name in gold:
        if predicted_bag[name] > 0:
            predicted_bag[name] -= 1
            continue
        found = text.find(name)
        if found >= 0:
            return found, len(name)
    gold_bag = collections.Counter(gold)
    for (raw, start), name in zip(pairs, predicted, strict=False):
        if gold_bag[name] > 0:
            gold_bag[name] -= 1
        elif start is not None:
            return start, len(raw)
    return max(0, len(text) - 2 * EXCERPT_WIDTH), 0


# --------------------------------------------------------------------------- baseline


def find_dateparser_dates(
    text: str, language: str | None, published: str | None
) -> tuple[PredictedDate, ...]:
    """Date mentions as ``dateparser.search_dates`` finds them, located in ``text``.

    ``DATE_ORDER`` is the language's own (dateparser's locale table, as
    :func:`wirekit.lang.date_words` reads it: MDY for English, DMY for
    Indonesian and Malay), DMY when the language is unknown. dateparser returns
    substrings without offsets; each is looked up left to right from the end of
    the previous one. The value is the returned datetime's day (``YYYY-MM-DD``)
    and the type is always DATE.
    """
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    settings: dict[str, Any] = {"DATE_ORDER": _date_order(language)}
    if published:
        day = dt.date.fromisoformat(published[:10])
        settings["RELATIVE_BASE"] = dt.datetime(day.year, day.month, day.day)
    try:
        found = search_dates(text, languages=[language] if language else None, settings=settings)
    except (
        Exception
    ):  # dateparser raises assorted errors on odd input; the baseline then finds nothing
        return ()
    out: list[PredictedDate] = []
    cursor = 0
    for surface, moment in found or ():
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(PredictedDate(start, cursor, moment.date().isoformat(), "DATE", surface))
    return tuple(out)


def _date_order(language: str | None) -> str:
    """The language's d/m/y order from dateparser's locale data; DMY when unknown."""
    from .lang import date_words

    return date_words(language).date_order if language else "DMY"


# --------------------------------------------------------------------------- report


@attrs.frozen
class FloorViolation:
    """A field that scored below the floor recorded for its corpus."""

    corpus: str
    field: str
    metric: str
    floor: float
    value: float | None

    def __str__(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.4f}"
        return f"{self.corpus}: {self.field} {self.metric} {shown} < floor {self.floor:.4f}"


@attrs.frozen
class Delta:
    """A metric of one field in one scope, before and after."""

    scope: str
    field: str
    metric: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        """``after - before`` when both exist."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@attrs.frozen
class Report:
    """The result of :func:`evaluate`: counts per field, overall and per group."""

    articles: int
    overall: Mapping[str, Counts]
    groups: Mapping[str, Mapping[str, Mapping[str, Counts]]]
    disagreements: tuple[Disagreement, ...] = ()
    failures: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    settings: Mapping[str, Any] = attrs.field(factory=dict)
    seconds: float = 0.0

    def counts(self, field: str, grouping: str | None = None, key: str | None = None) -> Counts:
        """The counts of ``field`` overall, or in one group (``"corpus"``, ``"antara"``)."""
        table = (
            self.overall if grouping is None else self.groups.get(grouping, {}).get(key or "", {})
        )
        return table.get(field, Counts())

    def worst(self, field: str, n: int) -> tuple[Disagreement, ...]:
        """The ``n`` worst disagreements on ``field``: most errors first, then file order."""
        rows = [d for d in self.disagreements if d.field == field]
        rows.sort(key=lambda d: -d.errors)
        return tuple(rows[:n])

    def to_dict(self) -> dict[str, Any]:
        """The full report as JSON-ready data (``--json`` writes exactly this)."""
        return {
            "format": "wirekit-evaluate/1",
            "files": list(self.files),
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
            "settings": dict(self.settings),
            "failures": list(self.failures),
            "overall": {f: c.to_dict() for f, c in self.overall.items()},
            "groups": {
                grouping: {
                    key: {f: c.to_dict() for f, c in table.items()} for key, table in by_key.items()
                }
                for grouping, by_key in self.groups.items()
            },
            "disagreements": [d.to_dict() for d in self.disagreements],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_dict` output (e.g. a ``--compare`` baseline)."""
        return cls(
            articles=int(data.get("articles", 0)),
            overall={f: Counts.from_dict(c) for f, c in (data.get("overall") or {}).items()},
            groups={
                grouping: {
                    key: {f: Counts.from_dict(c) for f, c in table.items()}
                    for key, table in by_key.items()
                }
                for grouping, by_key in (data.get("groups") or {}).items()
            },
            disagreements=tuple(Disagreement(**d) for d in data.get("disagreements") or ()),
            failures=tuple(data.get("failures") or ()),
            files=tuple(data.get("files") or ()),
            settings=dict(data.get("settings") or {}),
            seconds=float(data.get("seconds") or 0.0),
        )

    def format_table(self, grouping: str | None = None, markdown: bool = False) -> str:
        """A plain-text table: one block overall, or one per key of ``grouping``.

        ``markdown=True`` gives Markdown tables under ``###`` headings instead
        (as ``docs/accuracy.md`` shows them), leaving out the rows of a TIMEX
        type with neither gold nor predicted items, and the baseline's rows of
        a type it never predicts (dateparser's TIME, DURATION and SET).
        """
        if grouping is None:
            blocks = [("all articles", self.overall)]
        else:
            blocks = [
                (key if markdown else f"{grouping} = {key}", table)
                for key, table in sorted(self.groups[grouping].items())
            ]
        block = _format_markdown if markdown else _format_block
        return "\n\n".join(block(title, table) for title, table in blocks)

    def format_errors(self, n: int) -> str:
        """The ``n`` worst disagreements of every field that has any."""
        lines: list[str] = []
        for field in _ordered_fields(self.overall):
            worst = self.worst(field, n)
            if not worst:
                continue
            lines.append(f"== {field}: {len(worst)} worst disagreements")
            for d in worst:
                lines.append(f"  {d.id}  gold={d.gold}  predicted={d.predicted}")
                lines.append(f"      {d.excerpt}")
        return "\n".join(lines)


def _ordered_fields(table: Mapping[str, Counts]) -> list[str]:
    known = [f for f in (*FIELDS, *BASELINE_FIELDS) if f in table]
    return known + sorted(set(table) - set(known))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _format_block(title: str, table: Mapping[str, Counts]) -> str:
    header = (
        f"{'field':<26}{'articles':>9}{'gold':>7}{'pred':>7}{'tp':>7}{'fp':>6}{'fn':>6}"
        f"{'P%':>7}{'R%':>7}{'F1%':>7}{'acc%':>7}"
    )
    lines = [title, header, "-" * len(header)]
    for field in _ordered_fields(table):
        c = table[field]
        lines.append(
            f"{field:<26}{c.articles:>9}{c.gold:>7}{c.predicted:>7}{c.tp:>7}{c.fp:>6}{c.fn:>6}"
            f"{_pct(c.precision):>7}{_pct(c.recall):>7}{_pct(c.f1):>7}{_pct(c.accuracy):>7}"
        )
    return "\n".join(lines)


def _format_markdown(title: str, table: Mapping[str, Counts]) -> str:
    def pct(value: float | None) -> str:
        return "\u2013" if value is None else f"{100 * value:.1f}"

    lines = [
        f"### {title}",
        "",
        "| field | articles | gold | predicted | TP | FP | FN | P % | R % | F1 % | exact % |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for field in _ordered_fields(table):
        c = table[field]
        typed = field.removeprefix(BASELINE_PREFIX).removeprefix("dates.") in TIMEX_TYPES
        baseline = field.startswith(BASELINE_PREFIX)
        if typed and c.predicted == 0 and (c.gold == 0 or baseline):
            continue
        lines.append(
            f"| `{field}` | {c.articles} | {c.gold} | {c.predicted} | {c.tp} | {c.fp} | {c.fn}"
            f" | {pct(c.precision)} | {pct(c.recall)} | {pct(c.f1)} | {pct(c.accuracy)} |"
        )
    return "\n".join(lines)


def compare_reports(current: Report, baseline: Report) -> tuple[Delta, ...]:
    """F1, precision and recall of every field, overall and per corpus, against a baseline."""
    deltas: list[Delta] = []
    scopes: list[tuple[str, Mapping[str, Counts], Mapping[str, Counts]]] = [
        ("overall", current.overall, baseline.overall)
    ]
    now_corpora, base_corpora = current.groups.get("corpus", {}), baseline.groups.get("corpus", {})
    scopes += [
        (f"corpus={k}", now_corpora[k], base_corpora.get(k, {})) for k in sorted(now_corpora)
    ]
    for scope, now, before in scopes:
        for field in _ordered_fields({**before, **now}):
            for metric in ("f1", "precision", "recall"):
                old = getattr(before[field], metric) if field in before else None
                new = getattr(now[field], metric) if field in now else None
                deltas.append(Delta(scope, field, metric, old, new))
    return tuple(deltas)


def format_deltas(deltas: Sequence[Delta]) -> str:
    """The comparison as text: one line per scope and field, F1 first."""
    rows: dict[tuple[str, str], dict[str, Delta]] = {}
    for d in deltas:
        rows.setdefault((d.scope, d.field), {})[d.metric] = d
    lines = [
        f"{'scope':<24}{'field':<26}{'F1 before':>10}{'F1 now':>8}{'dF1':>8}{'dP':>8}{'dR':>8}"
    ]
    for (scope, field), by_metric in rows.items():
        f1 = by_metric["f1"]
        changes = [by_metric[m].change for m in ("f1", "precision", "recall")]
        marks = "  ".join("-" if c is None else f"{100 * c:+.1f}" for c in changes)
        flag = " \u25bc" if changes[0] is not None and changes[0] < -0.0005 else ""
        lines.append(
            f"{scope:<24}{field:<26}{_pct(f1.before):>10}{_pct(f1.after):>8}  {marks}{flag}"
        )
    return "\n".join(lines)


METRICS = ("f1", "precision", "recall", "accuracy")

FLOORS_NOTE = (
    "Accuracy gate for .ci/evaluate.sh (see docs/accuracy.md). Raise with "
    "'bash .ci/evaluate.sh --raise-floors .ci/floors.json' (the gate's corpora and overlay "
    "gold); never lower a floor without a CHANGELOG note."
)

#: ``{corpus: {field: {metric: floor}}}``
Floors = Mapping[str, Mapping[str, Mapping[str, float]]]


def read_floors(path: str | os.PathLike[str]) -> dict[str, dict[str, dict[str, float]]]:
    """``{corpus: {field: {metric: floor}}}`` from a floors JSON file.

    The file is ``{"corpora": {corpus: {field: FLOOR}}}`` where FLOOR is a number
    (a floor on the file's ``"metric"``, F1 by default) or an object of
    ``{metric: floor}``; other top-level keys (notes) are ignored.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    default = str(data.get("metric", "f1"))
    corpora = data.get("corpora")
    if not isinstance(corpora, dict):
        raise ValueError(f"{path}: needs a 'corpora' object of {{corpus: {{field: floor}}}}")
    floors: dict[str, dict[str, dict[str, float]]] = {}
    for corpus, fields in corpora.items():
        for field, floor in fields.items():
            by_metric = floor if isinstance(floor, dict) else {default: floor}
            for metric, value in by_metric.items():
                if metric not in METRICS:
                    raise ValueError(f"{path}: {corpus}/{field}: unknown metric {metric!r}")
                floors.setdefault(corpus, {}).setdefault(field, {})[metric] = float(value)
    return floors


def format_floors(data: Mapping[str, Any]) -> str:
    """A floors file as JSON text with one line per field, for readable diffs."""
    lines = ["{", f'  "note": {json.dumps(data.get("note", FLOORS_NOTE))},', '  "corpora": {']
    corpora = list(data["corpora"].items())
    for i, (corpus, fields) in enumerate(corpora):
        lines.append(f"    {json.dumps(corpus)}: {{")
        items = list(fields.items())
        for j, (field, floors) in enumerate(items):
            comma = "," if j < len(items) - 1 else ""
            lines.append(f"      {json.dumps(field)}: {json.dumps(floors)}{comma}")
        lines.append("    }" + ("," if i < len(corpora) - 1 else ""))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def find_floor_violations(report: Report, floors: Floors) -> tuple[FloorViolation, ...]:
    """Fields of evaluated corpora whose metric is below its floor.

    Corpora not in the report are skipped; a metric that is undefined
    (nothing on either side) is below any positive floor.
    """
    violations = []
    evaluated = report.groups.get("corpus", {})
    for corpus, fields in sorted(floors.items()):
        if corpus not in evaluated:
            continue
        for field, by_metric in sorted(fields.items()):
            counts = evaluated[corpus].get(field, Counts())
            for metric, floor in sorted(by_metric.items()):
                value = getattr(counts, metric)
                if (value is None and floor > 0) or (value is not None and value < floor):
                    violations.append(FloorViolation(corpus, field, metric, floor, value))
    return tuple(violations)


def raise_floors(report: Report, floors: Floors, margin: float = 0.003) -> dict[str, Any]:
    """Floors raised to just below this report (``measured - margin``); never lowered.

    Every corpus field with gold items gets an F1 floor and every scored field an
    accuracy floor; a floor already higher than the new value is kept.
    Returns the floors file's JSON data.
    """
    raised: dict[str, dict[str, dict[str, float]]] = {
        c: {f: dict(m) for f, m in fields.items()} for c, fields in floors.items()
    }
    for corpus, table in sorted(report.groups.get("corpus", {}).items()):
        for field, counts in table.items():
            if field.startswith(BASELINE_PREFIX):
                continue
            measured = {"f1": counts.f1 if counts.gold else None, "accuracy": counts.accuracy}
            for metric, value in measured.items():
                if value is None or value - margin <= 0:
                    continue
                floor = int((value - margin) * 1000) / 1000
                slot = raised.setdefault(corpus, {}).setdefault(field, {})
                slot[metric] = max(slot.get(metric, 0.0), floor)
    order = {f: i for i, f in enumerate(FIELDS)}
    return {
        "note": FLOORS_NOTE,
        "corpora": {
            corpus: {
                field: dict(sorted(raised[corpus][field].items()))
                for field in sorted(raised[corpus], key=lambda f: (order.get(f, len(order)), f))
            }
            for corpus in sorted(raised)
        },
    }


# --------------------------------------------------------------------------- running

Parser = Callable[..., Article]


@attrs.frozen
class _Job:
    """What a worker needs to score one article (picklable)."""

    parser: Parser | None
    hints: bool
    baseline: str | None


def _predict(job: _Job, article: GoldArticle) -> tuple[Prediction, str | None]:
    """Run the parser; an exception is a failure with an empty prediction."""
    assert job.parser is not None
    try:
        if job.hints:
            result = job.parser(
                article.text, published=article.published, language=article.language
            )
        else:
            result = job.parser(article.text)
    except Exception as exc:  # a crashing parser is reported, not fatal to the evaluation
        return Prediction(), f"{article.id}: {type(exc).__name__}: {exc}"
    return Prediction.from_article(result), None


def _run_one(job: _Job, article: GoldArticle, prediction: Prediction | None) -> ArticleScore:
    failure = None
    if prediction is None:
        prediction, failure = _predict(job, article)
    baseline = None
    if job.baseline == "dateparser" and "dates" in article.gold:
        baseline = find_dateparser_dates(article.text, article.language, article.published)
    score = score_article(article, prediction, baseline)
    return attrs.evolve(score, failure=failure) if failure else score


def _run_chunk(job: _Job, articles: Sequence[GoldArticle]) -> list[ArticleScore]:
    return [_run_one(job, a, None) for a in articles]


def evaluate(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    parser: Parser | None = None,
    predictions: str | os.PathLike[str] | Mapping[str, Article | Prediction] | None = None,
    limit: int | None = None,
    hints: bool = True,
    dates_baseline: str | None = None,
    jobs: int = 1,
    texts: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = (),
) -> Report:
    """Score a parser on gold JSON Lines files, field by field.

    :param paths: one gold file or several; a file may hold overlay rows (an
        ``id`` and annotations, no text), joined with ``texts`` by id.
    :param parser: called as ``parser(text, published=..., language=...)`` (the
        gold's publication date and language) and returning an
        :class:`~wirekit.Article`; :func:`wirekit.parse` when None.
    :param predictions: saved predictions instead of running a parser: a JSON
        Lines file (``id`` plus ``Article.to_dict()``) or a mapping from article
        id to :class:`~wirekit.Article`; an article without one is scored as if
        nothing was found.
    :param limit: score only the first ``limit`` articles of each file.
    :param hints: pass ``published`` and ``language`` to the parser (else the text only).
    :param dates_baseline: ``"dateparser"`` also scores ``dateparser.search_dates``
        on the date mentions (fields prefixed ``dateparser:``).
    :param jobs: worker processes (the parser must then be picklable).
    :param texts: JSON Lines corpora (gold format) that give overlay rows their
        text and metadata (see :func:`read_gold`).
    """
    if dates_baseline not in (None, "dateparser"):
        raise ValueError(f"unknown dates baseline {dates_baseline!r} (known: 'dateparser')")
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if isinstance(texts, str | os.PathLike):
        texts = [texts]
    files = tuple(str(p) for p in paths)
    text_files = tuple(str(p) for p in texts)
    if parser is None and predictions is None:
        from ._api import parse

        parser = parse
    saved: Mapping[str, Article | Prediction] | None = None
    if isinstance(predictions, str | os.PathLike):
        saved = _read_predictions(predictions)
    elif predictions is not None:
        saved = predictions
    job = _Job(parser if saved is None else None, hints, dates_baseline)

    started = time.perf_counter()
    joined = read_texts(text_files, _overlay_ids(files)) if text_files else None
    articles = [a for f in files for a in read_gold(f, limit, joined)]
    if saved is not None:
        scores = [_run_one(job, a, _as_prediction(saved.get(a.id))) for a in articles]
    elif jobs > 1:
        scores = _run_parallel(job, articles, jobs)
    else:
        scores = _run_chunk(job, articles)
    report = _build_report(articles, scores)
    settings = {
        "hints": hints,
        "limit": limit,
        "dates_baseline": dates_baseline,
        "predictions": str(predictions) if isinstance(predictions, str | os.PathLike) else None,
        "texts": list(text_files),
    }
    return attrs.evolve(
        report, files=files, settings=settings, seconds=time.perf_counter() - started
    )


def _as_prediction(value: Article | Prediction | None) -> Prediction:
    if value is None:
        return Prediction()
    return value if isinstance(value, Prediction) else Prediction.from_article(value)


def _run_parallel(job: _Job, articles: Sequence[GoldArticle], jobs: int) -> list[ArticleScore]:
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(200, len(articles) // (jobs * 8) or 1))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(_run_chunk, [job] * len(chunks), chunks)
        return [score for chunk in results for score in chunk]


def _build_report(articles: Sequence[GoldArticle], scores: Sequence[ArticleScore]) -> Report:
    overall: dict[str, Counts] = {}
    groups: dict[str, dict[str, dict[str, Counts]]] = {g: {} for g in GROUPINGS}
    disagreements: list[Disagreement] = []
    failures: list[str] = []
    for article, score in zip(articles, scores, strict=True):
        keys = article.groups()
        for field, c in score.counts.items():
            overall[field] = overall.get(field, Counts()) + c
            for grouping in GROUPINGS:
                table = groups[grouping].setdefault(keys[grouping], {})
                table[field] = table.get(field, Counts()) + c
        disagreements.extend(score.disagreements)
        if score.failure:
            failures.append(score.failure)
    return Report(
        articles=len(articles),
        overall=overall,
        groups=groups,
        disagreements=tuple(disagreements),
        failures=tuple(failures),
    )


# --------------------------------------------------------------------------- command line

EVALUATE_EPILOG = """examples:
  wirekit evaluate ../shared/corpora/antara.jsonl --errors 5
  wirekit evaluate gold/*.jsonl --json now.json --compare before.json
  wirekit evaluate gold/*.jsonl --floors .ci/floors.json --jobs 2
  wirekit evaluate timebank.jsonl --dates-baseline dateparser
  wirekit evaluate overlay.jsonl --texts corpus.jsonl   # ids + annotations, text by id
exit codes: 0 ok; 1 a field is below its floor; 2 usage error.
"""


def add_evaluate_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``wirekit evaluate`` on an argparse sub-parsers object."""
    p: argparse.ArgumentParser = sub.add_parser(
        "evaluate",
        help="score wirekit on gold JSON Lines files, field by field",
        description="Score wirekit on gold JSON Lines files: precision, recall and F1 per field.",
        epilog=EVALUATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "gold",
        nargs="+",
        metavar="GOLD.jsonl",
        help="gold files (full records, or overlay rows: id + annotations, see --texts)",
    )
    p.add_argument(
        "--texts",
        action="append",
        default=[],
        metavar="CORPUS.jsonl",
        help="text corpus that overlay rows are joined with by id (repeatable)",
    )
    p.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print the N worst disagreements per field",
    )
    p.add_argument("--json", metavar="OUT", help="write the full report as JSON")
    p.add_argument(
        "--compare",
        metavar="BASELINE.json",
        help="print the delta against an earlier --json report",
    )
    p.add_argument(
        "--limit", type=int, metavar="N", help="score only the first N articles of each file"
    )
    p.add_argument(
        "--floors", metavar="FILE", help="exit 1 when a field falls below its floor in FILE"
    )
    p.add_argument(
        "--raise-floors",
        metavar="FILE",
        help="write floors just below this run's scores into FILE (existing floors only go up)",
    )
    p.add_argument(
        "--by",
        action="append",
        choices=GROUPINGS,
        help="also print a table per corpus / source / agency / language (repeatable)",
    )
    p.add_argument(
        "--predictions",
        metavar="PRED.jsonl",
        help="score saved predictions (id + Article.to_dict())",
    )
    p.add_argument(
        "--dates-baseline",
        choices=("dateparser",),
        help="also score dateparser.search_dates on dates",
    )
    p.add_argument(
        "--no-hints", action="store_true", help="do not pass the gold published date and language"
    )
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument(
        "--markdown", action="store_true", help="print the tables as Markdown (as in the docs)"
    )
    return p


def run_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Carry out ``wirekit evaluate``; returns the exit code."""
    try:
        floors = read_floors(args.floors) if args.floors else None
        target = Path(args.raise_floors) if args.raise_floors else None
        existing = read_floors(target) if target is not None and target.exists() else {}
        baseline = (
            Report.from_dict(json.loads(Path(args.compare).read_text(encoding="utf-8")))
            if args.compare
            else None
        )
        report = evaluate(
            args.gold,
            predictions=args.predictions,
            limit=args.limit,
            hints=not args.no_hints,
            dates_baseline=args.dates_baseline,
            jobs=max(1, args.jobs),
            texts=args.texts,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        err.write(f"wirekit evaluate: {exc}\n")
        return EXIT_USAGE

    rate = report.articles / report.seconds if report.seconds else 0.0
    out.write(
        f"{report.articles} articles from {len(report.files)} file(s)"
        f" in {report.seconds:.1f} s ({rate:.0f}/s)\n\n"
    )
    out.write(report.format_table(markdown=args.markdown) + "\n")
    by = args.by or (["corpus"] if len(report.groups.get("corpus", {})) > 1 else [])
    for grouping in dict.fromkeys(by):
        out.write("\n" + report.format_table(grouping, markdown=args.markdown) + "\n")
    if args.errors > 0:
        out.write("\n" + report.format_errors(args.errors) + "\n")
    if report.failures:
        err.write(f"wirekit evaluate: the parser raised on {len(report.failures)} article(s):\n")
        for failure in report.failures[:10]:
            err.write(f"  {failure}\n")
    if baseline is not None:
        out.write("\n" + format_deltas(compare_reports(report, baseline)) + "\n")
    if args.json:
        with Path(args.json).open("w", encoding="utf-8") as handle:
            json.dump(report.to_dict(), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    if target is not None:
        target.write_text(format_floors(raise_floors(report, existing)), encoding="utf-8")
        out.write(f"\nfloors written to {target} (raised only)\n")
    if floors is not None:
        violations = find_floor_violations(report, floors)
        for violation in violations:
            err.write(f"BELOW FLOOR {violation}\n")
        if violations:
            return EXIT_BELOW_FLOOR
        out.write(f"\nall floors met ({args.floors})\n")
    return EXIT_OK
