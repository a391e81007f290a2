"""Shared hypothesis strategies (owner: robustness; others may append at the end).

The article strategies build *near-valid* wire stories: real shapes (an
optional headline, a dateline in one agency's style, a body whose dates agree
with the publication date, a footer of credits, copyright and notices), all
written here from short facts such as "Pewarta:" and month names, then
optionally mutated the way scraped text is damaged: parts dropped, doubled,
swapped or case-changed, line ends and spaces swapped for their Unicode
cousins, and random characters (lone surrogates and NULs included) inserted.

Every strategy draws plain data (``str``, ``datetime.date``), so tests can feed
the result to :func:`wirekit.parse` directly. :func:`check_invariants` asserts
every structural promise of a parsed article (spans, segments, credits,
weekdays, registered diagnostic codes); property tests share it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import attrs
import regex
from hypothesis import strategies as st

import wirekit
from wirekit import Article, DateMention, Granularity, Span

__all__ = [
    "ENGLISH_WEEKDAYS",
    "INDONESIAN_WEEKDAYS",
    "MALAY_WEEKDAYS",
    "WEEKDAY_NAMES",
    "WireSample",
    "check_invariants",
    "hostile_texts",
    "near_valid_articles",
    "published_dates",
    "wire_articles",
]

# Monday first, as datetime.date.weekday() counts.
INDONESIAN_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MALAY_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Lower-cased weekday name -> weekday number, for checking resolved dates.
WEEKDAY_NAMES: dict[str, int] = {
    name.lower(): number
    for names in (INDONESIAN_WEEKDAYS, MALAY_WEEKDAYS, ENGLISH_WEEKDAYS)
    for number, name in enumerate(names)
}

_ENGLISH_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
                   "Nov", "Dec")  # fmt: skip
_MALAY_MONTHS = ("Jan", "Feb", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "Sept", "Okt",
                 "Nov", "Dis")  # fmt: skip

_PLACES = ("JAKARTA", "Kuala Lumpur", "Sentani, Jayapura", "Mataram, NTB", "LONDON", "BEIJING",
           "CHICAGO, Ill.", "NAIROBI, Kenya", "Bandung", "SURABAYA")  # fmt: skip
_NAMES = ("Sinta Wulandari", "Bayu Hartono", "Maya Santoso", "Rudi Gunawan", "Tom Keller",
          "Ana Ruiz", "Farid Hakim", "Lena Okafor", "Budi", "Putri Ayu Rahmawati")  # fmt: skip

_ID_SENTENCES = (
    "Harga cabai di pasar induk naik tajam, kata pedagang setempat.",
    "Pemerintah daerah menyiapkan bantuan bagi warga terdampak banjir.",
    "Rapat koordinasi itu dihadiri oleh para kepala dinas dan camat.",
    "Menurut dia, distribusi pupuk akan dipercepat pekan depan.",
    "Skor akhir pertandingan itu (3/1) membuat tim tuan rumah lolos.",
)
_EN_SENTENCES = (
    "The central bank left its key rate unchanged, officials said.",
    "Shares in the mining group fell sharply in early trade.",
    "The ministry said talks with the unions would resume next month.",
    "Rescue teams reached the flooded villages late in the evening.",
    "The ratio of 10/7 was cited by analysts as a warning sign.",
)
_RELATIVE_ID = ("kemarin", "hari ini", "besok", "pekan lalu", "minggu lalu", "bulan lalu",
                "tahun lalu", "Senin lalu", "dua hari lalu", "awal pekan ini",
                "keesokan harinya", "tahun sebelumnya", "sehari kemudian", "pada hari yang sama",
                "menjelang Natal")  # fmt: skip
_RELATIVE_EN = ("yesterday", "on Thursday", "last week", "next month", "earlier this year",
                "on Monday", "the following day", "a day later", "that year",
                "before Christmas")  # fmt: skip
# Characters that scraped text really contains and parsers tend to trip on.
_AWKWARD = (
    "\x00", "\ufeff", "\u00a0", "\u2007", "\u202f", "\u3000", "\u2028", "\u2029", "\r", "\r\n",
    "\t", "\u200b", "\u200e", "\u202e", "\u0301", "\ud800", "\udfff", "\U0001f600", "Â©", "â€”",
    "<br>", "&nbsp;", "\uff08", "\uff09", "\uff11", "\u0663", "(", ")", "/", ":", "-", "—",
    "Pewarta:", "Editor:",
    "(ANTARA)", "(Reuters) -", "©", "COPYRIGHT", "Kamis (", "/7)", "31/2", "(0/0)", "9999",
)  # fmt: skip


@attrs.frozen
class WireSample:
    """A generated article and the publication date a caller would pass (or None)."""

    text: str
    published: dt.date | None


def published_dates() -> st.SearchStrategy[dt.date]:
    """Publication dates a wire archive plausibly holds (1985-2035)."""
    return st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def _mention_date(draw: st.DrawFn, published: dt.date) -> dt.date:
    """A date near ``published`` (stories mostly talk about the last few weeks)."""
    offset = draw(st.integers(min_value=-40, max_value=7))
    return published + dt.timedelta(days=offset)


@st.composite
def _indonesian_story(draw: st.DrawFn, published: dt.date) -> list[str]:
    place = draw(st.sampled_from(_PLACES))
    outlet = draw(st.sampled_from(("(ANTARA) - ", "(ANTARA News) - ", ", KOMPAS.com - ")))
    parts = [f"{place} {outlet}" if outlet.startswith("(") else f"{place}{outlet}"]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        sentence = draw(st.sampled_from(_ID_SENTENCES))
        shape = draw(st.integers(min_value=0, max_value=3))
        if shape == 0:
            day = draw(_mention_date(published))
            weekday = INDONESIAN_WEEKDAYS[day.weekday()]
            sentence = f"{sentence[:-1]} pada {weekday} ({day.day}/{day.month})."
        elif shape == 1:
            day = draw(_mention_date(published))
            weekday = INDONESIAN_WEEKDAYS[day.weekday()]
            sentence = f"{sentence[:-1]}, {weekday} ({day.day}/{day.month}/{day.year}) pagi."
        elif shape == 2:
            sentence = f"{sentence[:-1]} {draw(st.sampled_from(_RELATIVE_ID))}."
        parts.append(sentence + draw(st.sampled_from((" ", "\n", "\n\n"))))
    reporter, editor = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_NAMES))
    footer = draw(st.sampled_from(("lines", "glued", "pipe")))
    if footer == "lines":
        parts += [f"Pewarta: {reporter}\n", f"Editor: {editor}\n"]
    elif footer == "glued":
        parts += [f"Pewarta: {reporter}", f"Editor: {editor} "]
    else:
        parts += [f"Penulis: {reporter} | Editor: {editor}\n"]
    if draw(st.booleans()):
        parts.append(f"COPYRIGHT © ANTARA {published.year}")
    if draw(st.booleans()):
        parts.append("\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan "
                     "otomatis untuk AI tanpa izin.")  # fmt: skip
    return parts


@st.composite
def _english_story(draw: st.DrawFn, published: dt.date) -> list[str]:
    place = draw(st.sampled_from(_PLACES))
    style = draw(st.sampled_from(("reuters", "ap", "xinhua", "bernama", "afp")))
    day = draw(_mention_date(published))
    month = _ENGLISH_MONTHS[day.month - 1]
    datelines = {
        "reuters": f"{place}, {month} {day.day} (Reuters) - ",
        "ap": f"{place} (AP) — ",
        "xinhua": f"{place}, {month}. {day.day} (Xinhua) -- ",
        "bernama": f"{place}, {day.day} {_MALAY_MONTHS[day.month - 1]} (Bernama) -- ",
        "afp": f"{place}, {month} {day.day}, {day.year} (AFP) -",
    }
    parts = [datelines[style]]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        sentence = draw(st.sampled_from(_EN_SENTENCES))
        shape = draw(st.integers(min_value=0, max_value=2))
        if shape == 0:
            sentence = f"{sentence[:-1]} {draw(st.sampled_from(_RELATIVE_EN))}."
        elif shape == 1:
            other = draw(_mention_date(published))
            sentence = f"{sentence[:-1]} on {_ENGLISH_MONTHS[other.month - 1]} {other.day}."
        parts.append(sentence + draw(st.sampled_from((" ", "\n", "\n\n"))))
    a, b, c = (draw(st.sampled_from(_NAMES)) for _ in range(3))
    footers = {
        "reuters": [f"(Reporting by {a} and {b}; Editing by {c})\n"],
        "ap": [f"By {a.upper()} Associated Press\n",
               f"Copyright {published.year} The Associated Press. All rights reserved."],
        "xinhua": ["Enditem\n"],
        "bernama": ["-- BERNAMA\n", f"© {published.year} BERNAMA"],
        "afp": [f"© {published.year} AFP"],
    }  # fmt: skip
    return parts + footers[style]


@st.composite
def wire_articles(draw: st.DrawFn) -> WireSample:
    """A well-formed article in one agency's style, with the date a caller would pass."""
    published = draw(published_dates())
    story = draw(st.one_of(_indonesian_story(published), _english_story(published)))
    if draw(st.booleans()):
        story.insert(0, draw(st.sampled_from(("Banjir rendam tiga desa\n", "Markets steady\n"))))
    caller = draw(st.sampled_from((published, None)))
    return WireSample("".join(story), caller)


def _change_case(part: str, how: str) -> str:
    return {"upper": part.upper(), "lower": part.lower(), "swap": part.swapcase()}[how]


@st.composite
def _mutated(draw: st.DrawFn, parts: list[str]) -> list[str]:
    """Apply 0-4 scraping-style mutations to a list of article parts."""
    parts = list(parts)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if not parts:
            break
        i = draw(st.integers(min_value=0, max_value=len(parts) - 1))
        j = draw(st.integers(min_value=0, max_value=len(parts) - 1))
        op = draw(
            st.sampled_from(("drop", "double", "swap", "case", "insert", "newlines", "spaces"))
        )
        if op == "drop":
            del parts[i]
        elif op == "double":
            parts.insert(i, parts[i])
        elif op == "swap":
            parts[i], parts[j] = parts[j], parts[i]
        elif op == "case":
            parts[i] = _change_case(parts[i], draw(st.sampled_from(("upper", "lower", "swap"))))
        elif op == "insert":
            junk = draw(st.one_of(st.sampled_from(_AWKWARD), st.text(max_size=8)))
            at = draw(st.integers(min_value=0, max_value=len(parts[i])))
            parts[i] = parts[i][:at] + junk + parts[i][at:]
        elif op == "newlines":
            parts[i] = parts[i].replace("\n", draw(st.sampled_from(("\r\n", "\r", "\u2028"))))
        else:
            parts[i] = parts[i].replace(" ", draw(st.sampled_from(("\u00a0", "\u3000", "  "))))
    return parts


@st.composite
def near_valid_articles(draw: st.DrawFn) -> WireSample:
    """A well-formed article damaged by a few dropped/doubled/swapped/case-changed parts."""
    published = draw(published_dates())
    story = draw(st.one_of(_indonesian_story(published), _english_story(published)))
    caller = draw(st.sampled_from((published, None)))
    return WireSample("".join(draw(_mutated(story))), caller)


def hostile_texts() -> st.SearchStrategy[str]:
    """Any text at all, weighted towards the characters wirekit's patterns look for."""
    awkward = st.lists(st.sampled_from(_AWKWARD), max_size=30).map("".join)
    mixed = st.lists(st.one_of(st.sampled_from(_AWKWARD), st.text(max_size=6)), max_size=20).map(
        "".join
    )
    return st.one_of(st.text(), awkward, mixed)


WEEKDAY_WORD_RE = regex.compile(
    r"\b(?:" + "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True)) + r")\b", regex.IGNORECASE
)


def located(article: Article) -> Iterator[tuple[str, Span, str | None]]:
    """Every span in ``article``, named, with the surface its record claims (None: no claim)."""
    mentions: list[tuple[str, DateMention]] = [("date", m) for m in article.dates]
    if article.dateline is not None:
        d = article.dateline
        yield "dateline", d.span, None
        if d.place_span is not None:
            yield "dateline.place", d.place_span, d.place
        if d.agency_span is not None:
            yield "dateline.agency", d.agency_span, d.agency
        if d.date is not None:
            mentions.append(("dateline.date", d.date))
    for name, mention in mentions:
        yield name, mention.span, mention.text
    for credit in article.credits:
        yield "credit", credit.span, credit.name
        if credit.label_span is not None:
            yield "credit.label", credit.label_span, None
    if article.copyright is not None:
        c = article.copyright
        yield "copyright", c.span, None
        if c.holder_span is not None:
            yield "copyright.holder", c.holder_span, c.holder
        if c.year_span is not None:
            yield "copyright.year", c.year_span, None
    for notice in article.notices:
        yield "notice", notice.span, notice.text or None
    if article.reference.span is not None:
        yield "reference", article.reference.span, None
    for segment in article.segments:
        yield "segment", segment.span, None
    for diagnostic in article.diagnostics:
        if diagnostic.span is not None:
            yield f"diagnostic {diagnostic.code}", diagnostic.span, None


def check_invariants(article: Article, text: str) -> None:
    """Assert every structural promise wirekit makes about ``article`` parsed from ``text``."""
    assert article.text == text
    for name, span, surface in located(article):
        assert 0 <= span.start <= span.end <= len(text), f"{name} {span} outside the text"
        if surface is not None:
            assert span.slice(text) == surface, (
                f"{name} {span}: {span.slice(text)!r} != {surface!r}"
            )
    # Segments: contiguous, non-empty, in order, covering the text exactly.
    position = 0
    for segment in article.segments:
        assert segment.span.start == position, f"gap or overlap before {segment}"
        assert segment.span.end > segment.span.start, f"empty {segment}"
        position = segment.span.end
    assert position == len(text)
    assert "".join(s.span.slice(text) for s in article.segments) == text
    # Credits: no span twice, no two overlapping.
    spans = sorted(c.span for c in article.credits)
    for left, right in itertools.pairwise(spans):
        assert not left.overlaps(right) and left != right, f"credits {left} and {right} clash"
    # A day that names a weekday has that weekday, unless a mismatch was reported for it.
    mismatches = [d.span for d in article.diagnostics if d.code == "reldate.weekday-mismatch"]
    for mention in article.dates:
        if mention.date is None or mention.granularity not in (None, Granularity.DAY):
            continue
        named = {WEEKDAY_NAMES[m.group().lower()] for m in WEEKDAY_WORD_RE.finditer(mention.text)}
        if len(named) == 1 and mention.date.weekday() not in named:
            assert any(s is None or s.overlaps(mention.span) for s in mismatches), (
                f"{mention.text!r} resolved to {mention.date} ({mention.date:%A}) silently"
            )
    for diagnostic in article.diagnostics:
        assert diagnostic.code in wirekit.DIAGNOSTIC_CODES, diagnostic.code
