"""``parse_bytes()``: decode raw bytes, say where decoding failed, then parse.

:func:`wirekit.parse` takes ``str`` only, and ``parse(b"...")`` raises a
``TypeError`` that names ``text.decode()``: choosing an encoding is the
caller's decision. Scraped archives are often *almost* UTF-8, though, and a
crawler wants every article back, with the damage located. ``parse_bytes``
does that in one linear pass:

- each run of bytes that is not valid in ``encoding`` becomes one diagnostic
  ``input.decode-error`` whose message gives the byte offsets and whose span
  covers the characters that stand for those bytes in ``Article.text``;
- ``errors`` chooses what stands for them: ``"replace"`` (the default) puts one
  U+FFFD per undecodable byte, ``"surrogateescape"`` keeps each byte as a lone
  surrogate so that ``article.text.encode(encoding, "surrogateescape") == data``
  (byte-for-byte lossless), ``"ignore"`` drops them (the span is then empty, at
  the place they were), and ``"strict"`` raises :class:`UnicodeDecodeError`.

At most :data:`MAX_DECODE_DIAGNOSTICS` runs are reported one by one; one last
diagnostic counts the rest, so binary junk cannot flood the result.
"""

from __future__ import annotations

import codecs
import datetime as dt

import attrs
import regex

from ._api import parse
from ._errors import ParseError, make_diagnostic
from ._records import Article, Diagnostic, Span
from ._registry import Registry

__all__ = ["MAX_DECODE_DIAGNOSTICS", "decode_bytes", "parse_bytes"]

MAX_DECODE_DIAGNOSTICS = 100
_ERROR_MODES = frozenset({"strict", "replace", "surrogateescape", "ignore"})

# Bytes that "surrogateescape" could not decode come back as U+DC80..U+DCFF, one per byte.
ESCAPED_BYTES_RE = regex.compile(r"[\udc80-\udcff]++")


def parse_bytes(
    data: bytes | bytearray | memoryview,
    *,
    encoding: str = "utf-8",
    errors: str = "replace",
    published: dt.date | dt.datetime | str | None = None,
    agency: str | None = None,
    language: str | None = None,
    strict: bool = False,
    registry: Registry | None = None,
) -> Article:
    """Decode ``data`` and :func:`~wirekit.parse` it, reporting undecodable bytes.

    The keyword arguments after ``errors`` are those of :func:`wirekit.parse`.

    >>> article = parse_bytes(b"JAKARTA (ANTARA) - Harga \\xff\\xfe naik.")
    >>> article.text.count("\\ufffd"), article.dateline.place
    (2, 'JAKARTA')
    >>> [d.message for d in article.diagnostics if d.code == "input.decode-error"]
    ["bytes 25-27 are not valid 'utf-8'"]
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() needs bytes, not {type(data).__name__}")
    text, found = decode_bytes(data, encoding=encoding, errors=errors)
    try:
        article = parse(
            text,
            published=published,
            agency=agency,
            language=language,
            strict=strict,
            registry=registry,
        )
    except ParseError as exc:
        raise ParseError(_with(exc.article, found), exc.diagnostics) from None
    return _with(article, found)


def _with(article: Article, found: tuple[Diagnostic, ...]) -> Article:
    if not found:
        return article
    return attrs.evolve(article, diagnostics=found + article.diagnostics)


def decode_bytes(
    data: bytes | bytearray | memoryview, *, encoding: str = "utf-8", errors: str = "replace"
) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode ``data`` as :func:`parse_bytes` does: the text and its decode diagnostics.

    For callers that parse later themselves (the CLI, a batch reader): add the
    diagnostics to the article's own.

    >>> text, found = decode_bytes(b"a\\xffb", errors="surrogateescape")
    >>> text == "a\\udcffb", found[0].span
    (True, Span(start=1, end=2))
    """
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be one of {', '.join(sorted(_ERROR_MODES))}, got {errors!r}")
    codecs.lookup(encoding)  # LookupError for an unknown encoding, before any work
    raw = bytes(data)
    if errors == "strict":
        return raw.decode(encoding), ()
    try:
        escaped = raw.decode(encoding, "surrogateescape")
    except UnicodeDecodeError as exc:
        # Only codecs that cannot escape every byte (UTF-16/32 cut mid-unit) get here.
        text = raw.decode(encoding, errors if errors != "surrogateescape" else "replace")
        where = Span(0, len(text))
        message = f"bytes from {exc.start} on are not valid {encoding!r}: {exc.reason}"
        return text, (make_diagnostic("input.decode-error", message, where),)
    runs = tuple(ESCAPED_BYTES_RE.finditer(escaped))
    if not runs:
        return escaped, ()
    pieces: list[str] = []
    found: list[Diagnostic] = []
    byte_pos = char_pos = out_pos = 0
    rest_start = rest_bytes = 0  # where the runs beyond the reported ones begin
    for number, run in enumerate(runs):
        good = escaped[char_pos : run.start()]
        pieces.append(good)
        byte_pos += len(good.encode(encoding, "surrogateescape"))
        out_pos += len(good)
        width = run.end() - run.start()
        stand_in = {"replace": "\ufffd" * width, "ignore": "", "surrogateescape": run.group()}[
            errors
        ]
        pieces.append(stand_in)
        if number < MAX_DECODE_DIAGNOSTICS:
            message = f"bytes {byte_pos}-{byte_pos + width} are not valid {encoding!r}"
            found.append(
                make_diagnostic(
                    "input.decode-error", message, Span(out_pos, out_pos + len(stand_in))
                )
            )
        elif number == MAX_DECODE_DIAGNOSTICS:
            rest_start, rest_bytes = out_pos, byte_pos
        byte_pos += width
        out_pos += len(stand_in)
        char_pos = run.end()
    pieces.append(escaped[char_pos:])
    if len(runs) > MAX_DECODE_DIAGNOSTICS:
        message = (
            f"{len(runs) - MAX_DECODE_DIAGNOSTICS} more runs of bytes that are not valid"
            f" {encoding!r} between bytes {rest_bytes} and {byte_pos}"
        )
        found.append(make_diagnostic("input.decode-error", message, Span(rest_start, out_pos)))
    return "".join(pieces), tuple(found)
