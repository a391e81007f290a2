"""The notices parser: boilerplate that is not the story.

Contract
    ``find_notices(text, region=None, context=None)`` returns, in text order, the
    :class:`~wirekit.Notice` records found in ``region`` (the whole text when
    None); each ``span`` covers the notice's line(s) without the line break and
    ``text`` is that surface. Notices never overlap.

Kinds
    ``AI_BAN``     a footer paragraph that forbids crawling / AI indexing: it says
                   "forbidden" ("dilarang", "prohibited", "tanpa izin") and names
                   crawling, scraping, indexing or AI.
    ``RELATED``    "Baca juga: ..." / "Read also: ..." lines (also glued mid-line
                   after a sentence, when the colon is there) and Tempo's
                   "Pilihan editor: ..." (its pick of a related story). The notice is the
                   linked headline: it ends at the line end, or earlier where
                   scraped text glued the story back on (see ``RELATED_END_RE``).
                   A label alone on its line takes the next line too when that
                   line is shaped like a headline (see ``_headline_after``). Also
                   detik's "Simak Video:", "Tonton juga", "Video: ...", its video
                   embeds ("[Gambas:Video 20detik]", anywhere) and dpa's "## Internet
                   links" section (the links under it).
    ``SOURCE``     "Sumber: ..." / "Source: ..." lines in the footer, a syndication
                   line ("Artikel ini telah tayang di Kompas.com ...", "Artikel ini pertama
                   kali terbit dalam bahasa Inggris") and AP's "This story was generated
                   by ..." on its automated stories.
    ``CONTACT``    a press-release "KONTAK:" / "Contact:" block, or dpa's "## Editorial
                   contacts" section, up to the next blank line, heading or labelled
                   footer line; and a desk's contact as the last line ("-- London
                   Newsroom, +44 171 542 8980": a double dash, a name, a number).
    ``SIGNATURE``  a bare agency sign-off as the last line ("Reuter", "-- BERNAMA"),
                   maybe with the desk's initials or dots after it ("dpa grj rmo",
                   "REUTER..."), or slash-joined initials alone (AFP's "hh/ph/ts/hd").
    ``ADVERT``     a line that only marks an ad slot in a scraped page, anywhere in the
                   text: "ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT",
                   detik's "Selengkapnya"; and a footer line asking to follow the outlet
                   ("Ikuti Saluran WhatsApp ...", "Follow us on ...").
    ``OTHER``      dpa's "## Note to editors" (with its list) and "The following
                   information is not (intended) for publication" in the footer; an
                   editor's advisory on the first lines (AFP's "ATTENTION - ADDS
                   quotes ///", Reuters' "(Adds comments, detail)", "(In Jan. 3 story,
                   corrects ...)"), a footer's "Disclaimer: ..." line, and the topic
                   tags that close a detik page after the desk's initials: "(fca/wsw)
                   raja ampat tambang nikel" (lower case words only, no sentence).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from .._records import Notice, NoticeKind, Span
from ._context import Context, has_fold_trap, region_bounds

__all__ = ["FOOTER_CHARS", "find_notices", "make_notices_parser"]

FOOTER_CHARS: Final = 2000  # SOURCE and CONTACT notices are looked for this near the end
_MAX_BLOCK_LINES: Final = 8
_MAX_BAN_LINE: Final = 600  # a longer paragraph is a story about AI, not a ban

# A line that forbids something ... (both patterns must hit one footer line).
PROHIBIT_RE: Final = regex.compile(
    r"""
    (?i:
        dilarang                                    # Indonesian / Malay: "forbidden"
      | tanpa[ ]izin                                # "without permission"
      | prohibited|forbidden                        # English
      | not[ ](?:be[ ])?(?:permitted|allowed)
      | without[ ](?:prior[ ])?(?:written[ ])?permission
    )
    """,
    regex.VERBOSE,
)
AI_BAN_WORD_RE: Final = regex.compile(
    r"""
    (?i:crawl|scrap|pengindeksan|diindeks|indexing)  # crawling and indexing words
  | \bAI\b                                          # "AI", as a word
  | (?i:artificial[ ]intelligence|kecerdasan[ ]buatan)
    """,
    regex.VERBOSE,
)
RELATED_RE: Final = regex.compile(
    r"""
    (?:
        ^[ \t\u00a0]*+                              # a line of its own ...
        (?i:baca[ ]juga|read[ ]also|also[ ]read|read[ ]more|lihat[ ]juga|simak[ ]juga
          |tonton[ ]juga|saksikan[ ]juga|simak[ ]video  # detik's video links
          |lihat[ ]video(?=[ ]['"\u2018\u201c])       # "Lihat Video '<title>':"
          |pilihan[ ]editor(?=[ \t\u00a0]*+:)      # Tempo's "Pilihan editor: <headline>"
          |video(?=[ \t\u00a0]*+:)                  # "Video: <headline>"
          |(?-i:Video(?=[ ]\p{Lu}[^\n]{8,160}+(?<![.,;:])$))  # detik's "Video <Headline>",
                                                   # a title of its own line (not "Video
                                                   # tersebut ...", nor a sentence)
          |baca[ ]selengkapnya(?:[ \n]?+di(?=[ ]|$))?+  # a read-more link: "Baca
                                                   # selengkapnya di sini", glued
                                                   # "selengkapnyadi sini", broken
                                                   # "selengkapnya\ndi sini"
          |simak[ ]selengkapnya                    # "Simak selengkapnya" only as a link
            (?=[ \n]?+di[ ](?:sini|halaman)|[ \t]*+$)  # (not "Simak selengkapnya kunci
            (?:[ \n]?+di(?=[ ]))?+                  # jawaban ...", "... di bawah ini")
          |berita[ ]terkait[ ]lainnya                # Tribun's related-links heading
          |\#{1,3}+[ \t]*+internet[ ]links[ \t]*+$) # dpa's "## Internet links" section
        (?![\p{L}])
      | (?<=[.!?"”)][ ]?+)                          # ... or glued after a sentence,
        (?:
            (?i:baca[ ]juga|read[ ]also|also[ ]read)  # where a colon or a dash is required
            [ \t\u00a0]*+(?::|[-\u2013\u2014](?=[ \t\u00a0]))
          | Baca[ ]Juga(?=\p{Lu})                    # or the headline glued on: "Baca JugaHarga"
        )
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
SOURCE_RE: Final = regex.compile(
    r"""
    ^[ \t\u00a0]*+
    (?:
        (?i:sumber|source)[ \t\u00a0]*+:           # "Sumber: ...", "sumber : Antara"
      | (?i:artikel(?:[ ]ini)?+(?:[ ](?:telah|sudah|pertama[ ]kali|lebih[ ]dulu)){0,2}+
            [ ](?:(?:tayang|terbit)(?![\p{L}])|naik[ ]di))  # "Artikel ini telah tayang di
                                                   # Kompas.com", "... naik didetikBali" (glued)
      | (?i:this[ ]story[ ]was[ ]generated[ ]by)   # AP's automated stories
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
CONTACT_RE: Final = regex.compile(
    r"""
    ^[ \t\u00a0]*+
    (?:
        (?i:(?:media[ ])?(?:kontak|contacts?)(?:[ ]media)?)   # "KONTAK:", "Media contact:"
        [ \t\u00a0]*+:
      | \#{1,3}+[ \t]*+(?i:(?:dpa[ ]|editorial[ ]|press[ ])?contacts?)[ \t]*+$
                                                   # dpa's "## Editorial contacts" section
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A footer line that ends a contact block: another label or the copyright line.
BLOCK_END_RE: Final = regex.compile(
    r"""
    [ \t\u00a0]*+
    (?:
        (?i:sumber|source|pewarta|editor|reporter|penulis|copyright|baca[ ]juga)(?![\p{L}])
      | ©
      | \#                                          # a section heading ("## Contacts")
      | (?=\r?\n) | $                              # a blank line
    )
    """,
    regex.VERBOSE,
)
# A list item's mark under a section heading: "- [Swiss government statement](http://...)".
_LIST_MARKS: Final = frozenset("-*\u2022")


# A footer line asking to follow the outlet: "Ikuti Saluran WhatsApp Tribun Manado ...",
# "Follow us on ..." (a promotion, as an ad slot's marker is).
@functools.cache  # compiled on first need: few texts ask to be followed
def _follow_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        ^[ \t\u00a0]*+
        (?:(?i:ikuti)[ ]
           (?i:kami|juga|saluran|channel|whatsapp|berita|akun|instagram|twitter|google[ ]news)
          |(?i:follow[ ]us))
        (?![\p{L}])
        """,
        regex.VERBOSE | regex.MULTILINE,
    )


# A request to follow the outlet that the scrape glued after a paragraph's last sentence
# ("... paparnya.Ikuti Whatsapp Channel Republika"): to the line's end.
_GLUED_FOLLOW: Final = "Ikuti "
_FOLLOW_WHAT: Final = ("Whatsapp", "WhatsApp", "Saluran", "Channel")
_MAX_FOLLOW_LINE: Final = 80


def _glued_follow(text: str, start: int, end: int) -> Iterator[Span]:
    """Each glued request to follow the outlet: right after a sentence's end, short."""
    at = text.find(_GLUED_FOLLOW, start, end)
    while at >= 0:
        limit = min(end, at + _MAX_FOLLOW_LINE + 1)  # (a bounded search: linear time)
        line_end = text.find("\n", at, limit)
        if line_end < 0 and limit == end:
            line_end = end
        if (
            line_end >= 0
            and at > start
            and text[at - 1] in '.!?"\u201d'
            and text.startswith(_FOLLOW_WHAT, at + len(_GLUED_FOLLOW))
        ):
            yield _line_span(text, at, line_end)
        at = text.find(_GLUED_FOLLOW, at + 1, end)


# Kompas's closing call to its WhatsApp channel, over several short lines: "Simak /
# breaking news / dan / berita pilihan / kami langsung di ponselmu. ... WhatsApp Channel :
# / https://... / . Pastikan kamu sudah install aplikasi WhatsApp ya."
_PROMO_OPEN: Final = "breaking news"
_MAX_PROMO: Final = 500


def _channel_promo(text: str, start: int, end: int) -> Iterator[Span]:
    """Kompas's closing WhatsApp channel promotion: from the "Simak" line before
    "breaking news" to the text's end, when the channel is named within 500 characters."""
    at = text.find(_PROMO_OPEN, start, end)
    while at >= 0:
        simak = text.rfind("Simak", max(start, at - 12), at)
        if (
            simak >= 0
            and not text[simak + len("Simak") : at].strip()
            and (simak == 0 or text[simak - 1] == "\n")
            and end - simak <= _MAX_PROMO
            and "whatsapp" in text[at:end].lower()
        ):
            stop = end
            while stop > simak and text[stop - 1].isspace():
                stop -= 1
            yield Span(simak, stop)
            return
        at = text.find(_PROMO_OPEN, at + 1, end)


# Where a related link's headline ends when scraping glued the story onto it
# ("Baca Juga:Harga Cabai Naik 2025Menurut dia, ..."). Searched from
# _MIN_HEADLINE characters after the label, so a headline's own "iPhone" or
# "JakPro" near its start does not cut it.
RELATED_END_RE: Final = regex.compile(
    r"""
    (?<=[\p{Ll}\p{N}])(?=["“]?\p{Lu}\p{Ll})         # "...2025Menurut": a word glued to a new one
  | (?<=[.!?])(?=[\s"“])                           # a sentence end: the story goes on
  | (?<=[!?])(?=\p{Lu}\p{Ll})                      # "... di SUGBK!Seperti": glued after one
  | (?=(?i:baca[ ]juga|read[ ]also|also[ ]read))   # the next related link glued on
    """,
    regex.VERBOSE,
)
_MIN_HEADLINE: Final = 20
_MAX_HEADLINE: Final = 240  # no headline is longer; past it, the line is the story
LINE_END_RE: Final = regex.compile(
    r"""
    [^\n]*+                                         # the rest of the line
    """,
    regex.VERBOSE,
)
_DEFAULT_SIGNATURES: Final = frozenset(
    {"Reuter", "REUTER", "reuter", "Reuters", "REUTERS", "(Reuters)", "AP", "(AP)", "AFP",
     "(AFP)", "Xinhua", "(Xinhua)", "BERNAMA", "-- BERNAMA", "--BERNAMA", "Bernama", "dpa",
     "ANSA", "EFE", "(EFE)", "Kyodo", "(Kyodo)", "(END)", "(ANI)", "PTI", "(PTI)", "AAP",
     "ends", "ENDS", "Enditem", "ENDITEM"}
)  # fmt: skip


# After a sign-off word, the desk's initials: "dpa grj rmo", "AAP RTV ar" (one to six
# words of two or three letters, each all lower or all upper case, none a common word).
@functools.cache  # compiled on first need, as the next
def _initials_tail_re() -> regex.Pattern[str]:
    return regex.compile(r"(?:[a-z]{2,3}+|[A-Z]{2,3}+)(?:[ ](?:[a-z]{2,3}+|[A-Z]{2,3}+)){0,5}+")


_NOT_INITIALS: Final = frozenset(
    {"and", "the", "is", "was", "has", "had", "for", "but", "not", "are", "its", "out",
     "can", "may", "new", "all", "say", "to", "in", "on", "of", "at", "by", "an", "as",
     "it", "he", "we", "no", "off", "up", "dan", "di", "ke", "itu", "ini", "ada", "und",
     "der", "die", "das", "ist"}
)  # fmt: skip


# A closing line of outlets only, in parentheses: the sites the story came from
# ("( TRIBUNLAMPUNG.CO.ID / TRIBUNNEWS.COM )", "(kompas.tv/ bangkapos.com)").
_DOMAIN: Final = r"[\p{L}\d][\p{L}\d-]{0,40}+(?:\.[\p{L}\d-]{1,20}+){1,3}+"
_OUTLETS_CLOSE_RE: Final = regex.compile(
    rf"\([ \u00a0]*+{_DOMAIN}(?:[ \u00a0]*+/[ \u00a0]*+{_DOMAIN}){{1,4}}+[ \u00a0]*+\)", regex.V0
)
# Sign-offs that may end the story's last line after a space: Xinhua's "Enditem".
_GLUED_SIGNOFFS: Final = (" Enditem", " ENDITEM")
_MAX_INITIALS: Final = 4  # "(kha)", "(SIS)", "(m26)"


# A last line of slash-joined initials alone: AFP's "hh/ph/ts/hd".
@functools.cache
def _desk_initials_re() -> regex.Pattern[str]:
    return regex.compile(r"[a-z]{2,3}+(?:/[a-z]{2,3}+){1,5}+")


def _line_span(text: str, start: int, end: int) -> Span:
    """From ``start`` to the end of its line (within ``end``), trailing space trimmed."""
    match = LINE_END_RE.match(text, start, end)
    stop = match.end() if match is not None else start
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Span(start, stop)


# Labels that are the link themselves, never over a headline: "Baca selengkapnya" ends
# a list item (Tribun's "Baca Selengkapnya" over "2. <the next item>").
_LINK_ITSELF: Final = ("baca selengkapnya", "simak selengkapnya", "berita terkait")


def _related_span(text: str, start: int, label_end: int, end: int) -> Span:
    """A related link: from its label to the end of the linked headline (on the next line
    when the label stands alone on its own and that line is shaped like a headline)."""
    if text.find("\n", start, label_end) >= 0:  # "Simak selengkapnya\ndi sini.": one link
        return Span(start, _line_span(text, label_end, end).end)
    line = _line_span(text, start, end)
    if line.end - label_end <= _MIN_HEADLINE:
        following = (
            _headline_after(text, line.end, end, asks=":" in text[label_end : line.end])
            if not text[label_end : line.end].strip(" \t\u00a0:")
            and not text[start:label_end].lstrip(" \t\u00a0").lower().startswith(_LINK_ITSELF)
            else None
        )
        return line if following is None else Span(line.start, following.end)
    limit = min(line.end, label_end + _MAX_HEADLINE)
    quoted = _quoted_title_end(text, label_end, limit)
    if quoted is not None:  # "Simak juga Video 'Canggih Banget! China ...':"
        return Span(line.start, quoted)
    cut = RELATED_END_RE.search(text, label_end + _MIN_HEADLINE, limit)
    story = _story_after_headline(text, label_end, cut.start() if cut is not None else limit)
    if story is not None:
        return _line_span(text, start, story)
    if cut is None:
        if line.end == limit:
            return line
        stop = text.rfind(" ", label_end + _MIN_HEADLINE, limit)
        return _line_span(text, start, stop if stop > 0 else limit)
    return _line_span(text, start, cut.start())


_QUOTES: Final = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
# The label's colon and a word ("Video") before the quote, at most twelve characters.
_QUOTE_OPEN_RE: Final = regex.compile(r"[\p{L} \t\u00a0:]{0,12}+(?<=[ \t\u00a0:])['\"\u2018\u201c]")


def _quoted_title_end(text: str, label_end: int, limit: int) -> int | None:
    """Where a linked title written in quotes after its label (and maybe a word: "Simak
    juga Video '...'") ends, when its closing quote (and a colon) ends the line: a cry
    or a question inside the quotes ends no headline."""
    opened = _QUOTE_OPEN_RE.match(text, label_end, limit)
    if opened is None:
        return None
    pos = opened.end() - 1
    closer = _QUOTES[text[pos]]
    close = text.find(closer, pos + 1, limit)
    while close >= 0 and text[close + 1 : close + 2].isalpha():  # "Jakarta's": no closer
        close = text.find(closer, close + 1, limit)
    if close < 0:
        return None
    stop = close + 2 if text[close + 1 : close + 2] == ":" else close + 1
    return stop if not text[stop:limit].strip() else None


# A headline's words: most of them start with a capital ("Hasil Jepang Vs Indonesia 6-0:
# Garuda Petik Pelajaran di Osaka"), where a story's sentence has few.
HEADLINE_WORD_RE: Final = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019-]*+")
_HEADLINE_CAPITALS: Final = 0.6
_HEADLINE_MIN_WORDS: Final = 3


# Short words a title-case headline keeps in lower case ("Warga Tangsel Kini Mudah ke
# Jakarta", "Raja Ampat dan Nikel").
_HEADLINE_SMALL: Final = frozenset(
    {"di", "ke", "dan", "yang", "untuk", "dari", "dengan", "atau", "pada", "jadi", "soal",
     "bagi", "oleh", "vs", "the", "a", "an", "of", "in", "on", "to", "for", "and", "at", "by"}
)  # fmt: skip
_HEADLINE_LEAD_WORDS: Final = 3
_MIN_STORY: Final = 40  # the story's sentence read after a headline is longer than this


def _story_after_headline(text: str, start: int, stop: int) -> int | None:
    """Where the story starts on a related link's line, when the page flattened the
    headline and the story's next paragraph into one line ("... Kini Mudah ke Jakarta
    Pramono mengaku menanggapi ..."): a title-case headline (its first words mostly
    capitalised) runs into a word in lower case, not a short one, and another after it; the
    story's sentence opens with the capitalised word before them. None when the headline
    is not in title case or no such run follows it."""
    words = [(m.start(), m.group()) for m in HEADLINE_WORD_RE.finditer(text, start, stop)]
    capitals = counted = 0
    for i, (at, word) in enumerate(words):
        lower = word.islower() and word not in _HEADLINE_SMALL  # ("iOS" is a name)
        if not lower:
            if word.lower() not in _HEADLINE_SMALL:
                capitals += 1
                counted += 1
            continue
        counted += 1
        word_end = at + len(word)
        following = words[i + 1][1] if i + 1 < len(words) else ""
        if not following.islower() or not text[word_end : words[i + 1][0]].isspace():
            continue  # one lower-case word ("eform.bni.co.id", "s/d"): a headline may hold it
        if stop - at < _MIN_STORY:
            return None  # the line ends soon after: the headline's own words
        if i <= _HEADLINE_LEAD_WORDS or capitals < _HEADLINE_CAPITALS * (counted - 1):
            return None  # a headline in sentence case: no telling where it ends
        j = i - 1
        while j > 1 and words[j][1] in _HEADLINE_SMALL:
            j -= 1  # "Sebelumnya pada hari itu": back over the short words
        before, previous = words[j]
        if not previous[0].isupper():
            return at
        while before > start and text[before - 1] in '"\u201c':
            before -= 1  # the story opens on a quotation: "Dicabut \u201cSekalipun ..."
        return before
    return None


def _headline_after(text: str, line_end: int, end: int, asks: bool = False) -> Span | None:
    """The line after a bare "Baca juga" label when it is shaped like the linked headline
    (detik and Kompas set the headline there): at most :data:`_MAX_HEADLINE` characters,
    no full stop or colon at its end (nor a question or a cry unless ``asks``: the label
    had its colon, as detik's "Baca juga:" over "... Kapan Mulai?"; Liputan6's bare
    "Baca Juga" is often followed by the story's own question), and most of its words
    capitalised. Else None:
    the scraper dropped the headline and the story goes on."""
    newline = text.find("\n", line_end, end)
    if newline < 0 or text[line_end:newline].strip():
        return None
    limit = min(end, newline + 2 + _MAX_HEADLINE)  # read no more of the line than a headline
    stop = text.find("\n", newline + 1, limit)
    if stop < 0 and limit < end:
        return None  # longer than any headline: the story
    line = _line_span(text, newline + 1, stop if stop >= 0 else limit)
    surface = text[line.start : line.end].strip()
    closers = '.:;"\u201d,' if asks else '.!?:;"\u201d,'
    if not surface or len(surface) > _MAX_HEADLINE or surface[-1] in closers:
        return None  # after "Baca juga:" a question or a cry may close one: "Kapan Mulai?"
    words = HEADLINE_WORD_RE.findall(surface)
    if len(words) < _HEADLINE_MIN_WORDS:
        return None
    capitals = sum(1 for word in words if word[0].isupper())
    return line if capitals >= _HEADLINE_CAPITALS * len(words) else None


# A line that breaks after a preposition goes on on the next one: "Artikel ini telah naik
# di\ndetikJateng.", "Selengkapnya klik di\nsini."
_DANGLING: Final = frozenset({"di", "ke", "in", "at", "on"})
_MAX_RUN_ON: Final = 40


def _source_span(text: str, start: int, end: int) -> Span:
    """A source line, with the next line when it broke after a preposition and the next
    line is short (the outlet or the link's word)."""
    line = _line_span(text, start, end)
    if text[line.start : line.end].rpartition(" ")[2].lower() not in _DANGLING:
        return line
    if not text.startswith("\n", line.end) or line.end + 1 >= end:
        return line
    following = _line_span(text, line.end + 1, end)
    if not 0 < following.end - following.start <= _MAX_RUN_ON:
        return line
    return Span(line.start, following.end)


def _list_span(text: str, start: int, end: int) -> Span:
    """A heading line and the list items under it ("## Internet links", "- [...](...)")."""
    span = _line_span(text, start, end)
    stop = span.end
    while stop < end and text[stop] == "\n":
        item = text[stop + 1 : stop + 8].lstrip(" \t\u00a0")
        if item[:1] not in _LIST_MARKS or item[1:2] not in (" ", "\t", "\u00a0"):
            break
        stop = _line_span(text, stop + 1, end).end
    return Span(span.start, stop)


def _block_span(text: str, start: int, end: int) -> Span:
    """A contact block: its first line and the following lines up to a blank or labelled line."""
    span = _line_span(text, start, end)
    stop = span.end
    pos = stop
    for _ in range(_MAX_BLOCK_LINES):
        if pos >= end or text[pos] != "\n":
            break
        following = pos + 1
        if BLOCK_END_RE.match(text, following, end) is not None:
            break
        line = _line_span(text, following, end)
        stop = line.end
        pos = LINE_END_RE.match(text, following, end).end()  # type: ignore[union-attr]
    return Span(span.start, stop)


# Every RELATED_RE match holds one of these phrases (case aside), so only the places
# where one stands are tried (a full scan is costly: its lookbehind runs everywhere).
_RELATED_PHRASES: Final = (
    "baca juga", "read also", "also read", "read more", "lihat juga", "lihat video", "simak juga",
    "tonton juga", "saksikan juga", "simak video", "video", "pilihan editor",
    "internet links", "baca selengkapnya", "simak selengkapnya", "berita terkait lainnya",
)  # fmt: skip
# Phrases that are a label only with a colon after them ("Video: ...", "Pilihan editor:").
_COLON_PHRASES: Final = frozenset({"video", "pilihan editor"})
# Each phrase is found through a word it holds, with one str.find per word: the phrases
# holding it, and where the word stands in each.
_RELATED_ANCHORS: Final = tuple(
    (anchor, tuple((p, p.index(anchor)) for p in _RELATED_PHRASES if anchor in p))
    for anchor in ("juga", "read", "pilihan", "video", "internet", "selengkapnya", "terkait")
)
# Every PROHIBIT_RE match holds one of these (case aside): without one, no line is a ban.
_PROHIBIT_WORDS: Final = (
    "dilarang", "tanpa izin", "prohibited", "forbidden", "permitted", "allowed", "permission",
)  # fmt: skip


def _related_matches(
    text: str, start: int, end: int, lowered: str | None
) -> list[regex.Match[str]]:
    """``list(RELATED_RE.finditer(text, start, end))``, found faster.

    A match starts on one of :data:`_RELATED_PHRASES` (glued after a sentence) or
    at the line start before it, past blanks only. Just those positions are tried,
    leftmost first and without overlaps, as ``finditer`` would report them.
    ``lowered`` is ``text[start:end].lower()``, or None when the window holds a
    character of :data:`~._context.FOLD_TRAPS` (then the pattern scans it all).
    """
    if lowered is None:
        return [m for m in RELATED_RE.finditer(text, start, end) if _titled(text, m)]
    candidates: set[int] = set()
    for anchor, phrases in _RELATED_ANCHORS:
        found = lowered.find(anchor)
        while found >= 0:
            for phrase, offset in phrases:
                at = found - offset
                if (
                    at >= 0
                    and lowered.startswith(phrase, at)
                    and (
                        phrase not in _COLON_PHRASES
                        or _colon_after(lowered, at + len(phrase))
                        or (phrase == "video" and text[start + at + 6 : start + at + 7].isupper())
                    )
                ):
                    pos = start + at
                    candidates.add(pos)
                    while pos > start and text[pos - 1] in " \t\u00a0#":  # "## Internet"
                        pos -= 1
                        candidates.add(pos)
            found = lowered.find(anchor, found + 1)
    matches: list[regex.Match[str]] = []
    reached = start
    for pos in sorted(candidates):
        if pos >= reached:
            match = RELATED_RE.match(text, pos, end)
            if match is not None and _titled(text, match):
                matches.append(match)
                reached = match.end()
    return matches


def _titled(text: str, match: regex.Match[str]) -> bool:
    """A related link, unless it is detik's "Video <Headline>" form (no colon) whose line
    is no headline: most of its words capitalised, as ``_headline_after`` reads one
    ("Video Shopping said the station, carried over UHF channel" is a wrapped sentence)."""
    label = match.group().lstrip(" \t\u00a0")
    if label != "Video" or _colon_after(text, match.end()):
        return True
    line = _line_span(text, match.start(), len(text))
    words = HEADLINE_WORD_RE.findall(text, line.start, line.end)
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals >= _HEADLINE_CAPITALS * len(words)


def _colon_after(lowered: str, pos: int) -> bool:
    """Whether a colon follows ``pos`` past blanks (as RELATED_RE's lookahead reads)."""
    while pos < len(lowered) and lowered[pos] in " \t\u00a0":
        pos += 1
    return lowered.startswith(":", pos)


def _opens_a_line(lowered: str | None, offset: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` opens a line of ``lowered[offset:]`` (past blanks; True
    when not lowered): the cheap test before a line pattern is tried."""
    if lowered is None:
        return True
    for word in words:
        at = lowered.find(word, offset)
        while at >= 0:
            before = at
            while before > offset and lowered[before - 1] in " \t\u00a0":
                before -= 1
            if before == 0 or lowered[before - 1] == "\n":
                return True
            at = lowered.find(word, at + 1)
    return False


def _holds_any(footer: str | None, words: tuple[str, ...]) -> bool:
    """Whether ``footer`` (the lower-cased footer) holds one of ``words`` (True when None)."""
    return footer is None or any(word in footer for word in words)


def _find(text: str, region: Span | None, signatures: frozenset[str]) -> tuple[Notice, ...]:
    start, end = region_bounds(text, region)
    footer = max(start, end - FOOTER_CHARS)
    window = text[start:end]
    # Lower-cased once: every pattern below is tried only where its words stand (the
    # lower-cased text has the same offsets unless a fold trap is there; then all scan).
    lowered = None if has_fold_trap(window) else window.lower()
    offset = footer - start
    footer_low = lowered[offset:] if lowered is not None else None
    found: list[tuple[NoticeKind, Span]] = []
    if _holds_any(footer_low, _PROHIBIT_WORDS):
        for line in _lines(text, footer, end):
            if (
                len(line) <= _MAX_BAN_LINE
                and PROHIBIT_RE.search(text, line.start, line.end) is not None
                and AI_BAN_WORD_RE.search(text, line.start, line.end) is not None
            ):
                found.append((NoticeKind.AI_BAN, line))
    for match in _related_matches(text, start, end, lowered):
        first = match.end() - len(match.group().lstrip(" \t\u00a0"))
        if text.startswith("#", first):  # a section of links: its heading and list
            found.append((NoticeKind.RELATED, _list_span(text, first, end)))
        else:
            found.append((NoticeKind.RELATED, _related_span(text, first, match.end(), end)))
    if _holds_any(footer_low, ("sumber", "source", "artikel", "generated by")):
        for match in SOURCE_RE.finditer(text, footer, end):
            first = match.end() - len(match.group().lstrip(" \t\u00a0"))
            found.append((NoticeKind.SOURCE, _source_span(text, first, end)))
    if _holds_any(footer_low, ("kontak", "contact")):  # also "## Editorial contacts"
        for match in CONTACT_RE.finditer(text, footer, end):
            first = match.end() - len(match.group().lstrip(" \t\u00a0"))
            found.append((NoticeKind.CONTACT, _block_span(text, first, end)))
    found.extend((NoticeKind.ADVERT, line) for line in _advert_lines(text, start, end))
    if _holds_any(footer_low, ("selengkapnya",)):
        found.extend(
            (NoticeKind.ADVERT, line)
            for line in _advert_lines(text, footer, end, _FOOTER_ADVERT_MARKS)
        )
    if _opens_a_line(lowered, offset, ("ikuti ", "follow us")):  # not "mengikuti"
        for match in _follow_re().finditer(text, footer, end):
            first = match.end() - len(match.group().lstrip(" \t\u00a0"))
            found.append((NoticeKind.ADVERT, _line_span(text, first, end)))
    found.extend((NoticeKind.ADVERT, span) for span in _glued_follow(text, start, end))
    if footer_low is None or "breaking news" in footer_low:
        found.extend((NoticeKind.ADVERT, span) for span in _channel_promo(text, footer, end))
    if _EMBED_OPEN in window:
        found.extend((NoticeKind.RELATED, span) for span in _embeds(text, start, end))
    if _POST_SHARED in window:
        found.extend((NoticeKind.RELATED, span) for span in _social_embeds(text, start, end))
    if _opens_a_line(lowered, offset, ("disclaimer",)):
        for match in _disclaimer_re().finditer(text, footer, end):
            first = match.end() - len(match.group().lstrip(" \t\u00a0"))
            found.append((NoticeKind.OTHER, _line_span(text, first, end)))
    for span in _advisories(text, start, end):
        found.append((NoticeKind.OTHER, span))
    unverified = _unverified(text, start, end)
    if unverified is not None:
        found.append((NoticeKind.OTHER, unverified))
    if _holds_any(footer_low, ("for publication", "note to editor")):
        for match in _editor_note_re().finditer(text, footer, end):
            first = match.end() - len(match.group().lstrip(" \t\u00a0"))
            spanned = _list_span if match.group("heading") else _line_span
            found.append((NoticeKind.OTHER, spanned(text, first, end)))
    close = _desk_close(text, footer, end)
    if close is not None:
        if _alone_on_its_line(text, close) and any(c.isalpha() for c in close.slice(text)):
            found.append((NoticeKind.SIGNATURE, close))  # detik's "(aks/aks)"
            doubled = _doubled_title(text, close.start, footer)
            if doubled is not None:
                found.append((NoticeKind.RELATED, doubled))
        tags = _topic_tags(text, close.end, end)
        if tags is not None:
            found.append((NoticeKind.OTHER, tags))
        promo = _closing_promo(text, close.end if tags is None else tags.end, end)
        if promo is not None:
            found.append((NoticeKind.ADVERT, promo))
    last = _last_line(text, footer, end)
    if last is not None:
        surface = last.slice(text)
        if _is_signature(surface, signatures):
            # a block that ran on to the end ("## dpa Contacts ... / dpa wsz jln npr")
            # stops before the sign-off
            found = [(kind, _before_line(text, span, last)) for kind, span in found]
            found.append((NoticeKind.SIGNATURE, last))
        elif surface[:1] == "(" and _OUTLETS_CLOSE_RE.fullmatch(surface) is not None:
            found.append((NoticeKind.SOURCE, last))  # "( TRIBUNLAMPUNG.CO.ID / KOMPAS.COM )"
        elif surface.endswith(_GLUED_SIGNOFFS):
            # Xinhua's "... official data showed. Enditem": the sign-off ends the story
            found.append((NoticeKind.SIGNATURE, Span(last.end - 7, last.end)))
        elif surface[-1:] == ")" and (glued := _glued_initials(text, last)) is not None:
            found.append((NoticeKind.SIGNATURE, glued))  # '... ucapnya.(jon)', '... kepala. (okz)'

        elif _is_desk_contact(surface):
            found.append((NoticeKind.CONTACT, last))
    found.sort(key=lambda item: (item[1].start, -item[1].end))
    notices: list[Notice] = []
    covered = start
    for kind, span in found:
        if span.start < covered or span.end <= span.start:
            continue
        notices.append(Notice(kind, span, span.slice(text)))
        covered = span.end
    return tuple(notices)


# The lines that mark an ad slot (lower case, dashes and runs of blanks as one space).
_ADVERT_LINES: Final = frozenset(
    {"advertisement", "scroll to continue with content", "advertisement scroll to continue"
     " with content", "scroll to continue", "selengkapnya",
     # detik's live-show promotions, their video gone: "Saksikan Live DetikPagi:"
     "saksikan live detikpagi:", "saksikan live detiksiang:", "saksikan live detiksore:"}
)  # fmt: skip
# How each is found: one str.find per spelling, on the text itself (no lower-cased copy).
_ADVERT_MARKS: Final = (
    "dvertisement", "DVERTISEMENT", "CROLL TO CONTINUE", "croll to continue", "aksikan Live"
)  # fmt: skip
# detik's "Selengkapnya" closes a promotion block: looked for in the footer only.
_FOOTER_ADVERT_MARKS: Final = ("elengkapnya",)


def _advert_lines(
    text: str, start: int, end: int, marks: tuple[str, ...] = _ADVERT_MARKS
) -> Iterator[Span]:
    """The lines of ``[start, end)`` that only mark an ad slot, trimmed (see
    :data:`_ADVERT_LINES`), found through the marker words."""
    for word in marks:
        at = text.find(word, start, end)
        while at >= 0:
            line_start = text.rfind("\n", start, at) + 1
            line_end = text.find("\n", at, end)
            line = _line_span(text, max(line_start, start), end if line_end < 0 else line_end)
            first = line.start
            while first < line.end and text[first].isspace():
                first += 1
            surface = text[first : line.end].lower().replace("-", " ").replace("\u2014", " ")
            if " ".join(surface.split()).rstrip(".\u2026 ") in _ADVERT_LINES:  # "Selengkapnya..."
                yield Span(first, line.end)
            at = text.find(word, line.end + 1, end) if line.end < end else -1


# An editor's advisory on the first lines: AFP's "ATTENTION - ADDS quotes ///", Reuters'
# "(Adds comments, detail)" and "(In Jan. 3 story, corrects last paragraph ...)".
_ADVISORY_REACH: Final = 400
_ADVISORY_INDENT: Final = 8  # how far into the text Reuters' "(Adds ...)" may open


@functools.cache  # compiled on first need: few texts open with an advisory
def _advisory_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        ^[ \t\u00a0]*+
        (?P<note>
            (?:ATTENTION|ATTN)[ \t]*+[-\u2013\u2014][^\n]*+   # "ATTENTION - ADDS quotes ///"
          | \((?:Adds|Updates|Refiles|Recasts|Corrects|Repeats|Inserts)(?![\p{L}])[^\n()]{0,300}+\)
          | \(In[ ][^\n()]{0,40}?[ ]stor(?:y|ies),[ ]corrects(?![\p{L}])[^\n()]{0,300}+\)
          | =[ \t]*+\((?:PICTURES?|PHOTOS?|VIDEO|GRAPHICS?)\)[ \t]*+=  # AFP's "= (PICTURES) ="
        )
        (?<![ \t\u00a0])[ \t\u00a0]*+$
        """,
        regex.VERBOSE | regex.MULTILINE,
    )


# AFP's priority flag opening a headline: "URGENT Iran recalls ...", glued "URGENTChina"
# ("FLASH" and "BULLETIN" open headlines as words too: "FLASH floods hit ...").
_PRIORITY_FLAG: Final = "URGENT"
_VERSION_TAG_RE: Final = regex.compile(r"\d{1,2}+(?:st|nd|rd|th)[ ]Ld(?:-Writethru)?+[ ]?+:")


def _priority_flag(text: str, start: int, end: int) -> Span | None:
    """The priority flag opening the text, before a space or glued to a capitalised word,
    or Xinhua's version tag ("2nd Ld-Writethru:", "1st Ld:")."""
    if text[start : start + 1].isdigit():
        tag = _VERSION_TAG_RE.match(text, start, end)
        return Span(start, tag.end()) if tag is not None else None
    after = start + len(_PRIORITY_FLAG)
    if not text.startswith(_PRIORITY_FLAG, start) or after >= end:
        return None
    following = text[after]
    if following in " \t" or (following.isupper() and text[after + 1 : after + 2].islower()):
        return Span(start, after)
    return None


def _advisories(text: str, start: int, end: int) -> list[Span]:
    """The advisory lines among the first :data:`_ADVISORY_REACH` characters: AFP's at the
    line of its first ``ATTENTION`` or ``ATTN``, Reuters' and AFP's ``= (PICTURES) =`` on
    the first line only; and a priority flag or version tag opening the text
    (:func:`_priority_flag`), the advisories after it read on from its end."""
    lead_end = min(end, start + _ADVISORY_REACH)
    flag = _priority_flag(text, start, end)
    if flag is not None:
        return [flag, *_advisories(text, flag.end, end)]
    attention = text.find("ATT", start, lead_end)
    paren = text.find("(", start, start + _ADVISORY_INDENT)
    opening = paren >= 0 and not text[start:paren].strip(" \t\n\u00a0=")
    if attention < 0 and not opening:
        return []  # (most texts: two str.find calls)
    lines = {max(start, text.rfind("\n", start, paren) + 1)} if opening else set()
    if attention >= 0:
        lines.add(max(start, text.rfind("\n", start, attention) + 1))
    spans = []
    for line in sorted(lines):
        match = _advisory_re().match(text, line, lead_end)
        if match is not None:
            spans.append(Span(*match.span("note")))
    return spans


# dpa's notes to the desks in its footer: "## Note to editors" (and the list under it),
# "The following information is not (intended) for publication".
@functools.cache  # compiled on first need: few footers hold one
def _editor_note_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        ^[ \t\u00a0]*+
        (?:
            (?P<heading>\#{1,3}+[ \t]*+(?i:notes?[ ]to[ ]editors?)[ \t]*+$)
          | (?i:the[ ]following[ ]information[ ]is[ ]not[ ](?:intended[ ])?for[ ]publication)
        )
        """,
        regex.VERBOSE | regex.MULTILINE,
    )


_EMBED_OPEN: Final = "[Gambas:"
_MAX_EMBED: Final = 60


def _embeds(text: str, start: int, end: int) -> Iterator[Span]:
    """detik's video embeds: "[Gambas:Video 20detik]", wherever the page left them."""
    at = text.find(_EMBED_OPEN, start, end)
    while at >= 0:
        close = text.find("]", at, min(end, at + _MAX_EMBED))
        if close < 0:
            at = text.find(_EMBED_OPEN, at + 1, end)
            continue
        yield Span(at, close + 1)
        at = text.find(_EMBED_OPEN, close, end)


# What an embedded Instagram post leaves in a scrape: "View this post on Instagram" (maybe)
# and "A post shared by SINDOnews (@sindonews)", on lines of their own or inline.
_POST_SHARED: Final = "A post shared by "
_POST_VIEW: Final = "View this post on Instagram"
_MAX_POSTER: Final = 80  # the poster's name and handle


def _social_embeds(text: str, start: int, end: int) -> Iterator[Span]:
    """Instagram embeds: from "View this post on Instagram" (when blanks alone stand
    between) through "A post shared by <name> (@handle)"."""
    at = text.find(_POST_SHARED, start, end)
    while at >= 0:
        handle = text.find("(@", at, min(end, at + len(_POST_SHARED) + _MAX_POSTER))
        close = text.find(")", handle, min(end, handle + _MAX_POSTER)) if handle >= 0 else -1
        if close < 0 or "\n" in text[at:close]:
            at = text.find(_POST_SHARED, at + 1, end)
            continue
        first = at
        view = text.rfind(_POST_VIEW, max(start, at - len(_POST_VIEW) - 40), at)
        if view >= 0 and not text[view + len(_POST_VIEW) : at].strip():
            first = view
        yield Span(first, close + 1)
        at = text.find(_POST_SHARED, close, end)


@functools.cache  # compiled on first need: few footers hold a disclaimer
def _disclaimer_re() -> regex.Pattern[str]:
    return regex.compile(r"^[ \t\u00a0]*+(?i:disclaimer)[ \t\u00a0]*+:", regex.MULTILINE)


# The desk's initials that close a detik story: "(fca/wsw)", "(ita/ita)".
_DESK_CLOSE_RE: Final = regex.compile(r"\((?:[a-z0-9]{2,4}+/){1,3}+[a-z0-9]{2,4}+\)")
_MAX_TAGS: Final = 300
_NOT_IN_TAGS: Final = frozenset('.!?:;"\u201c\u201d')


def _desk_close(text: str, start: int, end: int) -> Span | None:
    """The desk's closing initials near the end of ``[start, end)`` (detik's "(aks/aks)",
    "(mau/nu2)"): the last ")" there, when it closes them."""
    close = text.rfind(")", max(start, end - _MAX_TAGS - 1), end)
    if close < 0:
        return None
    opened = text.rfind("(", max(start, close - 20), close)
    if opened < 0 or _DESK_CLOSE_RE.fullmatch(text, opened, close + 1) is None:
        return None
    return Span(opened, close + 1)


def _alone_on_its_line(text: str, span: Span) -> bool:
    """Whether nothing but blanks stands beside ``span`` on its line."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    if line_end < 0:
        line_end = len(text)
    return not text[line_start : span.start].strip() and not text[span.end : line_end].strip()


def _topic_tags(text: str, close: int, end: int) -> Span | None:
    """The topic tags in ``[close, end)``, after the desk's closing initials: the lines
    of words in lower case only, with no sentence's punctuation, up to the first other
    line (a promotion may follow: see :func:`_closing_promo`); None when there are none."""
    first = last = -1
    for line in _lines(text, close, end):
        tag = line.slice(text)
        if (
            tag.lower() != tag
            or not any(c.isalpha() for c in tag)
            or any(c in _NOT_IN_TAGS for c in tag)
        ):
            break
        if first < 0:
            first = line.start
        last = line.end
    return Span(first, last) if first >= 0 else None


_MAX_PROMO_LINES: Final = 3
_MAX_PROMO_LINE: Final = 80


def _closing_promo(text: str, after: int, end: int) -> Span | None:
    """A promotion box closing detik's story after its initials and tags: a few short
    lines ending in "Selengkapnya" ("Hoegeng Awards 2025 / Baca kisah inspiratif ... /
    Selengkapnya"); None for anything else."""
    lines = list(itertools.islice(_lines(text, after, end), _MAX_PROMO_LINES + 1))
    if not 2 <= len(lines) <= _MAX_PROMO_LINES or any(
        len(line) > _MAX_PROMO_LINE for line in lines
    ):
        return None
    if lines[-1].slice(text).rstrip(".\u2026 ").lower() != "selengkapnya":
        return None
    return Span(lines[0].start, lines[-1].end)


def _lines(text: str, start: int, end: int) -> Iterator[Span]:
    """The non-blank lines of ``[start, end)``, trimmed."""
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline < 0 else newline
        first, last = pos, stop
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            yield Span(first, last)
        pos = stop + 1


def _is_desk_contact(line: str) -> bool:
    """Whether a last line is a desk's or a reporter's contact: "-- London Newsroom, +44
    171 542 8980" (Reuters, 1996): a double dash, a name, a telephone number (maybe in
    parentheses)."""
    line = line.rstrip(")")  # "-- Tokyo Commodities Desk (813 3432 6179)"
    return (
        line.startswith("--")
        and line[-1:].isdigit()
        and sum(c.isdigit() for c in line) >= _PHONE_DIGITS
        and any(c.isalpha() for c in line)
    )


_PHONE_DIGITS: Final = 7


def _unverified(text: str, start: int, end: int) -> Span | None:
    """A press digest's line of its own saying the agency has not checked the stories
    it sums up ("Reuters has not verified these stories and does not vouch for their
    accuracy."), in the lead; None otherwise."""
    at = text.find("has not verified these", start, min(end, start + _DIGEST_LEAD))
    if at < 0:
        return None
    line_start = max(start, text.rfind("\n", start, at) + 1)
    if at - line_start > _DIGEST_SUBJECT:  # the agency's name, then the words
        return None
    line = _line_span(text, line_start, end)
    return line if line.end - line.start <= _DIGEST_LINE else None


_DIGEST_LEAD: Final = 1500
_DIGEST_SUBJECT: Final = 40
_DIGEST_LINE: Final = 160


def _is_signature(line: str, signatures: frozenset[str]) -> bool:
    """Whether a last line is a sign-off: one of ``signatures``, maybe followed by the
    desk's initials or trailing dots ("dpa grj rmo", "AAP RTV ar", "REUTER..."), or the
    desk's initials alone, slash-joined (AFP's "hh/ph/ts/hd") or in parentheses
    (Okezone's "(kha)", SINDOnews's "(wid)")."""
    if line in signatures:
        return True
    if line[:1] == "(" and line[-1:] == ")" and 2 <= len(line) - 2 <= _MAX_INITIALS:
        inner = line[1:-1]
        return inner.isalnum() and not inner.isdigit() and inner.lower() not in _NOT_INITIALS
    if line.startswith(("-", "=")) and line.lstrip("-= ") in signatures:
        return True  # "-- Reuter", "- AFP", Kyodo's "==Kyodo"
    if "/" in line and " " not in line:  # AFP's "hh/ph/ts/hd"
        return _desk_initials_re().fullmatch(line) is not None
    head, _, rest = line.partition(" ")
    if not rest:  # "REUTER...", and "REUTER...^M": a carriage return in caret notation
        head = line.removesuffix("^M").rstrip(".\u2026")
        return head != line and head in signatures
    return (
        head in signatures
        and _initials_tail_re().fullmatch(rest) is not None
        and not any(word.lower() in _NOT_INITIALS for word in rest.split())
    )


def _before_line(text: str, span: Span, line: Span) -> Span:
    """``span`` ended before ``line`` when it covers it (trailing blanks trimmed)."""
    if not span.start < line.start < span.end:
        return span
    stop = line.start
    while stop > span.start and text[stop - 1].isspace():
        stop -= 1
    return Span(span.start, stop)


def _glued_initials(text: str, last: Span) -> Span | None:
    """The desk's initials in parentheses ending the story's last line, after its words
    (SINDOnews's '... ucapnya.(jon)', Okezone's '... kepala. (okz)'), or None."""
    opened = text.rfind("(", max(last.start, last.end - _MAX_INITIALS - 2), last.end)
    if opened <= last.start:
        return None  # none, or the line's whole (see _is_signature)
    inner = text[opened + 1 : last.end - 1]
    if (
        2 <= len(inner) <= _MAX_INITIALS
        and inner.isalpha()
        and inner.islower()
        and inner not in _NOT_INITIALS
        and inner != "more"  # Xinhua's "(more)": the story goes on in the next take
    ):
        return Span(opened, last.end)
    return None


def _doubled_title(text: str, close: int, start: int) -> Span | None:
    """Two equal headline lines right before the desk's closing initials at ``close``
    (detik's embedded video, its title printed twice: "Tips Anti Ketipu ...\nTips Anti
    Ketipu ...\n(rgr/dry)"), or None. A headline is at most :data:`_MAX_TITLE` characters
    with no sentence's end."""
    second_end = text.rfind("\n", start, close)
    if second_end < 0:
        return None
    second_start = text.rfind("\n", start, second_end) + 1
    if second_start <= start:
        return None
    first_start = text.rfind("\n", start, second_start - 1) + 1
    if first_start <= start:
        return None
    first = text[first_start : second_start - 1].strip()
    second = text[second_start:second_end].strip()
    if (
        first != second
        or not 10 <= len(first) <= _MAX_TITLE
        or first[-1] in _NOT_IN_TAGS
        or not first[:1].isupper()
    ):
        return None
    return Span(first_start, second_end)


_MAX_TITLE: Final = 160


def _last_line(text: str, start: int, end: int) -> Span | None:
    """The last line of ``[start, end)`` holding a visible character, trimmed."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    first = text.rfind("\n", start, stop) + 1
    first = max(first, start)
    while first < stop and text[first].isspace():
        first += 1
    return Span(first, stop)


def find_notices(
    text: str, region: Span | None = None, context: Context | None = None
) -> tuple[Notice, ...]:
    """Every boilerplate notice in ``region`` (the whole text when None), in text order.

    >>> text = "Harga naik.\\nBaca juga: Harga cabai turun\\nSumber: Kementan"
    >>> [(n.kind.value, n.text) for n in find_notices(text)]
    [('related', 'Baca juga: Harga cabai turun'), ('source', 'Sumber: Kementan')]
    """
    return _find(text, region, _DEFAULT_SIGNATURES)


@attrs.frozen
class _NoticesParser:
    """A notices parser with extra sign-off lines (picklable)."""

    signatures: frozenset[str]

    def __call__(
        self, text: str, region: Span | None = None, context: Context | None = None
    ) -> tuple[Notice, ...]:
        return _find(text, region, self.signatures)


def make_notices_parser(*, signatures: Sequence[str] = ()) -> _NoticesParser:
    """A notices parser that also takes the lines in ``signatures`` as an agency's sign-off.

    >>> parse = make_notices_parser(signatures=("-- ANADOLU",))
    >>> parse("Story.\\n-- ANADOLU")[0].kind.value
    'signature'
    """
    return _NoticesParser(_DEFAULT_SIGNATURES | frozenset(signatures))
