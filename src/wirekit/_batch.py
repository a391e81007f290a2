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
    read per result yielded. With ``processes=n > 1``, at most ``3 * n`` chunks of
    ``chunksize`` items are in flight at any time, so a generator over millions of
    articles is never held in memory (unlike ``Pool.imap``, whose feeder thread
    drains the whole input).

Processes
    ``processes=n > 1`` parses in ``n`` processes: the calling one and ``n - 1``
    workers, each fed chunks through its own pipe. The calling process parses
    chunks of its own between taking in the workers' results, so ``n`` processes
    keep ``n`` cores busy and no pool parent competes with them.
"""

from __future__ import annotations

import collections
import contextlib
import gc
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._api import parse
from ._errors import ParseError
from ._records import Article

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["PARSE_KEYWORDS", "Failure", "parse_many"]

#: The keywords an item's mapping may carry (those of :func:`wirekit.parse`).
PARSE_KEYWORDS = frozenset({"published", "agency", "language", "strict", "registry"})

# Chunks held per worker process: one being parsed, one waiting in its pipe.
_CHUNKS_PER_PROCESS = 2
# Chunks read ahead of the consumer per process: what the workers hold, and room for
# this process to parse a chunk or two past a worker's that is not back yet (with two,
# it waited on the workers and did a smaller share).
_CHUNKS_AHEAD = 3


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
    :param processes: None or 1 parses in this process; ``n > 1`` parses in ``n``
        processes, this one and ``n - 1`` workers.
    :param chunksize: items parsed as one chunk (several processes only); at most
        ``3 * processes`` chunks are in flight, and results come back in input order.
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
    """Parse one chunk of jobs (in a worker, or here when it cannot travel)."""
    return [_run_job(job) for job in chunk]


class _Slot:
    """One chunk of jobs, in input order, and its results once they are in."""

    __slots__ = ("jobs", "results")

    def __init__(self, jobs: list[_Job]) -> None:
        self.jobs = jobs
        self.results: list[Article | Failure] | None = None


class _Worker:
    """A worker process, this end of its pipe, and the slots it holds (oldest first)."""

    __slots__ = ("conn", "held", "process")

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process, self.conn = process, conn
        self.held: collections.deque[_Slot] = collections.deque()


def _parse_in_pool(
    jobs: Iterator[_Job], processes: int, chunksize: int
) -> Iterator[Article | Failure]:
    """Parse in ``processes`` processes: this one and ``processes - 1`` workers.

    Each worker holds up to two chunks (one being parsed, one waiting in its
    pipe) and sends back its results pickled. Meanwhile this process parses
    chunks of its own, one article at a time, and between two articles takes
    in whatever a worker has finished and sends it the next chunk: it parses
    in the time it does not spend receiving, so two processes share two cores
    with no third one (a pool's own parent) competing with them.
    """
    import multiprocessing  # here, not at import: most callers never need a pool

    context = multiprocessing.get_context()
    workers: list[_Worker] = []
    try:
        for _ in range(processes - 1):
            here, there = context.Pipe()
            process = context.Process(target=_serve, args=(there,), daemon=True)
            process.start()
            there.close()
            workers.append(_Worker(process, here))
        yield from _share_out(jobs, workers, processes * _CHUNKS_AHEAD, chunksize)
    finally:
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send_bytes(b"")  # the worker's signal to stop
            worker.conn.close()
        for worker in workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():  # still on a chunk nobody will read
                worker.process.terminate()
                worker.process.join()


def _share_out(
    jobs: Iterator[_Job], workers: list[_Worker], limit: int, chunksize: int
) -> Iterator[Article | Failure]:
    """Yield the results of ``jobs`` in order, chunks parsed by ``workers`` and here,
    at most ``limit`` chunks read ahead of the consumer."""
    from multiprocessing.connection import wait

    pending: collections.deque[_Slot] = collections.deque()  # every chunk read, in order
    mine: _Slot | None = None  # the chunk parsed here, article by article
    done: list[Article | Failure] = []
    exhausted = False
    while True:
        for worker in workers:
            while worker.held and worker.conn.poll():
                _receive(worker)
        while pending and pending[0].results is not None:
            yield from pending.popleft().results or ()
        for worker in workers:
            while not exhausted and len(worker.held) < _CHUNKS_PER_PROCESS and len(pending) < limit:
                chunk = _take(jobs, chunksize)
                if not chunk:
                    exhausted = True
                    break
                pending.append(slot := _Slot(chunk))
                _send(worker, slot)
        if not pending:
            return
        if mine is None and not exhausted and len(pending) < limit:
            chunk = _take(jobs, chunksize)
            if chunk:
                pending.append(mine := _Slot(chunk))
            else:
                exhausted = True
        if mine is not None:
            done.append(_run_job(mine.jobs[len(done)]))
            if len(done) == len(mine.jobs):
                mine.results, mine, done = done, None, []
            continue
        busy = {worker.conn: worker for worker in workers if worker.held}
        for conn in wait(list(busy)):
            _receive(busy[conn])  # type: ignore[index]


def _send(worker: _Worker, slot: _Slot) -> None:
    """Give ``slot`` to ``worker``; a chunk that cannot travel (an unpicklable keyword
    in one item) is parsed here, so each item gets the result it would in-process."""
    import pickle  # here and below, not at import: most callers never need a pool

    try:
        data = pickle.dumps(slot.jobs, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        slot.results = _run_chunk(slot.jobs)
        return
    try:
        worker.conn.send_bytes(data)
    except OSError as error:
        raise _broken(worker) from error
    worker.held.append(slot)


def _receive(worker: _Worker) -> None:
    """Take in the results of ``worker``'s oldest chunk; an empty reply means they could
    not travel, and the chunk is parsed here."""
    try:
        data = worker.conn.recv_bytes()
    except (EOFError, OSError) as error:
        raise _broken(worker) from error
    slot = worker.held.popleft()
    slot.results = _unpickled(data) if data else _run_chunk(slot.jobs)


def _broken(worker: _Worker) -> Exception:
    """What a dead worker raises: it is no item's fault (``BrokenProcessPool``, as a
    ``concurrent.futures`` pool raises)."""
    from concurrent.futures.process import BrokenProcessPool

    worker.process.join(timeout=1)  # its exit code, once it is gone
    return BrokenProcessPool(
        f"a parse_many worker process died (exit code {worker.process.exitcode})"
    )


def _serve(conn: Connection) -> None:
    """A worker process: parse each chunk it is sent and send back the pickled results,
    until it is sent an empty message or its pipe closes.

    A thread reads the chunks as they come, so the caller's sends never wait on this
    process's sends: with both waiting for the other to read (a chunk and a chunk's
    results each larger than what the pipe buffers), neither would. It holds at most
    the two chunks the caller gives a worker.

    A forked worker starts with a copy of the caller's heap; frozen, those objects stay
    out of the worker's collections, which would otherwise walk them all and copy
    every page they touch.
    """
    import pickle
    import queue
    import threading

    gc.freeze()
    inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                data = conn.recv_bytes()
            except (EOFError, OSError):
                data = b""
            inbox.put(data)
            if not data:
                return

    threading.Thread(target=read, name="wirekit-parse-many-reader", daemon=True).start()
    with conn:
        while data := inbox.get():
            results = _run_chunk(pickle.loads(data))
            try:
                reply = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                reply = b""  # a result that cannot travel: the chunk is parsed over there
            try:
                conn.send_bytes(reply)
            except OSError:  # the consumer stopped early and closed the pipe
                return


def _unpickled(blob: bytes) -> list[Article | Failure]:
    """A worker's results, rebuilt with the cyclic collector paused.

    Records hold no reference cycles, but rebuilding thousands of them would
    set off collections that walk everything the caller holds (its input
    list, earlier results).
    """
    import pickle

    paused = gc.isenabled()
    gc.disable()
    try:
        results: list[Article | Failure] = pickle.loads(blob)
    finally:
        if paused:
            gc.enable()
    return results


def _take(jobs: Iterator[_Job], count: int) -> list[_Job]:
    """The next ``count`` jobs (fewer at the end of the input)."""
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == count:
            break
    return chunk
