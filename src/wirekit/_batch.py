"""``parse_many()``: parse a stream of articles in input order, in-process or in a pool.

Contract
    ``parse_many(items, *, processes=None, chunksize=64, **parse_kwargs)`` returns an
    iterator that yields exactly one result per input item, in input order. A result
    is the :class:`~wirekit.Article` that :func:`wirekit.parse` returned, or a
    :class:`Failure` record (the item's index, the exception's type name and message)
    when parsing that item raised. A failure never stops the stream.

Items
    Each item is one of

    - ``str``: the article text, parsed with ``parse_kwargs``;
    - ``(text, kwargs)``: a text and a mapping of :func:`wirekit.parse` keywords that
      override ``parse_kwargs`` for this item (e.g. its own ``published`` date);
    - a mapping with a ``"text"`` key and any of the :func:`wirekit.parse` keywords
      (``published``, ``agency``, ``language``, ``strict``, ``registry``). Any other key
      is reported as a :class:`Failure` rather than silently ignored: a JSON Lines row
      whose ``"agency"`` is a display name such as ``"Reuters"`` must be mapped to the
      parse keywords by the caller first.

    Anything else (``bytes``, ``None``, a number, a malformed mapping) becomes a
    :class:`Failure` for that index.

Memory
    The input is consumed lazily. In-process (``processes`` None or 1) one item is
    read per result yielded. With a pool, at most ``2 * processes`` chunks of
    ``chunksize`` items are in flight at any time, so a generator over millions of
    articles is never held in memory (unlike ``Pool.imap``, whose feeder thread
    drains the whole input).
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._api import parse
from ._errors import ParseError
from ._records import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["PARSE_KEYWORDS", "Failure", "parse_many"]

#: The keywords an item's mapping may carry (those of :func:`wirekit.parse`).
PARSE_KEYWORDS = frozenset({"published", "agency", "language", "strict", "registry"})

# Chunks in flight per worker process: one being parsed, one queued behind it.
_CHUNKS_PER_PROCESS = 2


@attrs.frozen
class Failure:
    """One input of :func:`parse_many` that could not be parsed; the stream went on.

    ``index`` is the item's 0-based position in the input, ``error`` the exception's
    type name (``"TypeError"``, ``"ParseError"``, ...) and ``message`` its text. When
    ``strict=True`` parsing raised :class:`~wirekit.ParseError`, ``article`` holds the
    partial article it carried; otherwise it is None.

    >>> Failure(3, "TypeError", "parse() needs the article as str, not int").error
    'TypeError'
    """

    index: int
    error: str
    message: str
    article: Article | None = None


# A unit of work: (index, text, keywords), or the Failure an unusable item already is.
_Job = tuple[int, str, dict[str, Any]] | Failure


def parse_many(
    items: Iterable[Any],
    *,
    processes: int | None = None,
    chunksize: int = 64,
    **parse_kwargs: Any,
) -> Iterator[Article | Failure]:
    """Parse every item of ``items``; yield one ``Article`` or ``Failure`` per item, in order.

    :param items: texts, ``(text, kwargs)`` pairs or mappings with a ``"text"`` key
        (see the module docs); any iterable, consumed lazily.
    :param processes: None or 1 parses in this process; ``n > 1`` uses a pool of ``n``
        worker processes.
    :param chunksize: items sent to a worker at a time (pool only); at most
        ``2 * processes`` chunks are in flight, and results come back in input order.
    :param parse_kwargs: keywords for :func:`wirekit.parse` shared by every item.

    >>> import wirekit
    >>> results = wirekit.parse_many(["JAKARTA (ANTARA) - Hujan turun, Senin (7/7).", None])
    >>> [type(r).__name__ for r in results]
    ['Article', 'Failure']
    """
    if processes is not None and (not isinstance(processes, int) or processes < 1):
        raise ValueError(f"processes must be None or an int >= 1, got {processes!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    unknown = set(parse_kwargs) - PARSE_KEYWORDS
    if unknown:
        raise TypeError(f"parse_many() got unexpected keyword(s): {', '.join(sorted(unknown))}")
    jobs = (_make_job(index, item, parse_kwargs) for index, item in enumerate(items))
    if processes is None or processes == 1:
        return (_run_job(job) for job in jobs)
    return _parse_in_pool(jobs, processes, chunksize)


def _make_job(index: int, item: object, shared: Mapping[str, Any]) -> _Job:
    """Turn one input item into a job, or into the Failure it already is."""
    text: object
    if isinstance(item, str):
        return (index, item, dict(shared))
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        text, own = item
    elif isinstance(item, Mapping):
        if "text" not in item:
            return Failure(index, "KeyError", "an item mapping needs a 'text' key")
        text, own = item["text"], {k: v for k, v in item.items() if k != "text"}
    else:
        text, own = item, {}
    extra = set(own) - PARSE_KEYWORDS
    if extra:
        names = ", ".join(sorted(map(str, extra)))
        return Failure(index, "TypeError", f"unexpected parse keyword(s) in item: {names}")
    if not isinstance(text, str):
        return _not_text(index, text)
    return (index, text, {**shared, **own})


def _not_text(index: int, text: object) -> Failure:
    """The Failure for an item whose text is not a str, with parse()'s own message."""
    try:
        parse(text)  # type: ignore[arg-type]  # it rejects non-str before any work
    except Exception as error:
        return Failure(index, type(error).__name__, str(error))
    return Failure(index, "TypeError", f"an article must be a str, not {type(text).__name__}")


def _run_job(job: _Job) -> Article | Failure:
    """Parse one job; any exception becomes a Failure for that index."""
    if isinstance(job, Failure):
        return job
    index, text, kwargs = job
    try:
        return parse(text, **kwargs)
    except ParseError as error:
        return Failure(index, type(error).__name__, str(error), error.article)
    except Exception as error:
        return Failure(index, type(error).__name__, str(error))


def _run_chunk(chunk: list[_Job]) -> list[Article | Failure]:
    """Worker side: parse one chunk of jobs."""
    return [_run_job(job) for job in chunk]


def _parse_in_pool(
    jobs: Iterator[_Job], processes: int, chunksize: int
) -> Iterator[Article | Failure]:
    """Run chunks of jobs in a process pool, keeping order and a bounded number in flight."""
    import concurrent.futures  # here, not at import: most callers never need a pool

    limit = processes * _CHUNKS_PER_PROCESS
    with concurrent.futures.ProcessPoolExecutor(max_workers=processes) as pool:
        pending: collections.deque[tuple[list[_Job], Future[list[Article | Failure]]]] = (
            collections.deque()
        )
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = _take(jobs, chunksize)
                if not chunk:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_run_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            yield from _chunk_results(chunk, future)


def _take(jobs: Iterator[_Job], count: int) -> list[_Job]:
    """The next ``count`` jobs (fewer at the end of the input)."""
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == count:
            break
    return chunk


def _chunk_results(
    chunk: list[_Job], future: Future[list[Article | Failure]]
) -> list[Article | Failure]:
    """A chunk's results from its worker.

    A chunk that could not travel (an unpicklable keyword in one item, say) is
    parsed here instead, so each of its items gets exactly the result it would
    get in-process. A dead worker (``BrokenProcessPool``) is not an item's fault
    and is raised.
    """
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception:
        return _run_chunk(chunk)
