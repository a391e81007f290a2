"""parse_many: order, failures that do not stop the stream, pools, laziness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirekit
from wirekit import Article, Failure, parse_many

# Short articles written for these tests, one per style, each with a distinct place.
TEXTS = (
    "JAKARTA (ANTARA) - Harga cabai turun di pasar induk, kata pedagang, Senin (7/7).\n"
    "Pewarta: Dewi Lestari\nEditor: Bambang Sutopo\nCOPYRIGHT © ANTARA 2025",
    "LONDON, March 3 (Reuters) - Shares in British banks rose on Monday after a rate "
    "decision.\n(Reporting by Jane Smith; Editing by Tom Brown)",
    "NAIROBI, Kenya (AP) — Heavy rain flooded parts of the capital on Thursday, officials said.",
    "BEIJING, Sept. 2 (Xinhua) -- Rail passenger trips hit a record during the summer season.",
    "KUALA LUMPUR, Aug 6 (Bernama) -- Palm oil stocks are expected to rise, traders said today.",
    "TEMPO.CO, Jakarta - KPK memeriksa tiga saksi dalam kasus suap proyek jalan, Rabu.",
)


def counting(items: list[Any], pulled: list[int]) -> Iterator[Any]:
    """Yield ``items``, recording in ``pulled[0]`` how many were taken."""
    for item in items:
        pulled[0] += 1
        yield item


def test_in_process_results_keep_input_order() -> None:
    """Each result is the parse of the item at the same position."""
    results = list(parse_many(TEXTS * 3))
    assert [r.text for r in results if isinstance(r, Article)] == list(TEXTS * 3)


def test_results_equal_parse_of_each_item() -> None:
    """parse_many gives exactly what parse gives, item by item."""
    assert list(parse_many(TEXTS, published="2025-07-08")) == [
        wirekit.parse(t, published="2025-07-08") for t in TEXTS
    ]


POISONED = (
    pytest.param(None, "TypeError", id="none"),
    pytest.param(b"JAKARTA (ANTARA) - bytes", "TypeError", id="bytes"),
    pytest.param(42, "TypeError", id="int"),
    pytest.param({"body": "no text key"}, "KeyError", id="mapping-without-text"),
    pytest.param(("LONDON (Reuters) - x", {"colour": "red"}), "TypeError", id="unknown-keyword"),
    pytest.param(("LONDON - x", {"agency": "no-such"}), "UnknownAgencyError", id="agency"),
    pytest.param(("LONDON (Reuters) - x", {"published": "3/3/2025"}), "ValueError", id="published"),
)


@pytest.mark.parametrize(("poison", "error"), POISONED)
@pytest.mark.parametrize("processes", [1, 2])
def test_poisoned_item_is_reported_and_stream_continues(
    poison: object, error: str, processes: int
) -> None:
    """A bad item yields a Failure with its index; the items after it are still parsed."""
    items = [TEXTS[0], poison, TEXTS[1], TEXTS[2]]
    results = list(parse_many(items, processes=processes, chunksize=1))
    assert len(results) == 4
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.index, failure.error) == (1, error)
    assert failure.message
    assert [r.text for r in results if isinstance(r, Article)] == [TEXTS[0], TEXTS[1], TEXTS[2]]


def test_two_processes_equal_one() -> None:
    """A pool of two gives the same results, in the same order, as in-process parsing."""
    items: list[Any] = [*TEXTS, None, *TEXTS, ("x", {"agency": "no-such"}), *TEXTS]
    one = list(parse_many(items, processes=1, published="2025-07-08"))
    two = list(parse_many(items, processes=2, chunksize=2, published="2025-07-08"))
    assert two == one
    assert len(two) == len(items)


def test_item_keywords_override_shared_keywords() -> None:
    """(text, kwargs) pairs and mappings carry their own parse keywords."""
    shared = {"published": "2020-01-01"}
    items = [
        (TEXTS[0], {"published": dt.date(2025, 7, 8)}),
        {"text": TEXTS[0], "published": "2025-07-08"},
        TEXTS[0],
    ]
    results = list(parse_many(items, **shared))
    assert all(isinstance(r, Article) for r in results)
    assert [r.reference.date for r in results if isinstance(r, Article)] == [
        dt.date(2025, 7, 8),
        dt.date(2025, 7, 8),
        dt.date(2020, 1, 1),
    ]


def test_in_process_reads_one_item_per_result() -> None:
    """In-process, the generator is read only as far as the results taken."""
    pulled = [0]
    results = parse_many(counting(list(TEXTS * 10), pulled))
    assert pulled[0] == 0
    next(results)
    assert pulled[0] == 1
    next(results)
    assert pulled[0] == 2


def test_pool_reads_a_bounded_window() -> None:
    """With several processes, at most 3 x processes chunks are read ahead of the consumer."""
    pulled = [0]
    results = parse_many(counting(list(TEXTS * 50), pulled), processes=2, chunksize=3)
    next(results)
    assert pulled[0] <= 3 * 2 * 3
    assert sum(1 for _ in results) == len(TEXTS) * 50 - 1


def test_empty_input_yields_nothing() -> None:
    """No items, no results, pool or not."""
    assert list(parse_many([])) == []
    assert list(parse_many(iter(()), processes=2)) == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"processes": 0}, ValueError, id="processes-0"),
        pytest.param({"processes": 1.5}, ValueError, id="processes-float"),
        pytest.param({"chunksize": 0}, ValueError, id="chunksize-0"),
        pytest.param({"colour": "red"}, TypeError, id="unknown-keyword"),
    ],
)
def test_bad_arguments_raise_at_call_time(kwargs: dict[str, Any], error: type[Exception]) -> None:
    """Programming errors raise before any item is read."""
    pulled = [0]
    with pytest.raises(error):
        parse_many(counting(list(TEXTS), pulled), **kwargs)
    assert pulled[0] == 0


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=120), st.none(), st.integers()), max_size=6))
def test_one_result_per_item_in_order(items: list[Any]) -> None:
    """Whatever the items, one result each: an Article for str, a Failure otherwise."""
    results = list(parse_many(items))
    assert len(results) == len(items)
    for index, (item, result) in enumerate(zip(items, results, strict=True)):
        if isinstance(item, str):
            assert isinstance(result, Article)
            assert result.text == item
        else:
            assert isinstance(result, Failure)
            assert result.index == index


def test_three_processes_keep_order() -> None:
    """Two workers and this process share the chunks; results come back in input order."""
    items = [
        (text, {"published": dt.date(2025, 7, 1 + i % 28)}) for i, text in enumerate(TEXTS * 9)
    ]
    one = list(parse_many(items, processes=1))
    assert list(parse_many(items, processes=3, chunksize=2)) == one


class _LocalDate(dt.date):
    """A date subclass that pickle cannot find by name (it is rebound below)."""


_LOCAL_DATE = _LocalDate(2025, 7, 8)
del _LocalDate  # its instances no longer pickle: "not found as tests.test_batch._LocalDate"


def test_chunk_that_cannot_travel_is_parsed_here() -> None:
    """An item whose keywords do not pickle is parsed in this process, with the result
    in-process parsing gives."""
    items: list[Any] = [TEXTS[0], (TEXTS[1], {"published": _LOCAL_DATE}), TEXTS[2], TEXTS[3]]
    one = list(parse_many(items, processes=1))
    two = list(parse_many(items, processes=2, chunksize=1))
    assert two == one
    assert isinstance(two[1], Article)
    assert two[1].reference.date == dt.date(2025, 7, 8)


def test_consumer_stopping_early_stops_the_workers() -> None:
    """Closing the stream after one result leaves no worker process behind."""
    import multiprocessing

    results = parse_many(TEXTS * 40, processes=2, chunksize=4)
    assert isinstance(next(results), Article)
    results.close()
    assert multiprocessing.active_children() == []


def test_dead_worker_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that dies is no item's fault: the stream raises BrokenProcessPool."""
    import multiprocessing
    import os
    from concurrent.futures.process import BrokenProcessPool

    import wirekit._batch as batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the worker must inherit the patched function (fork start method)")
    parent = os.getpid()
    real = batch._run_chunk

    def dies_in_a_worker(chunk: list[Any]) -> list[Any]:
        if os.getpid() != parent:
            os._exit(3)
        return real(chunk)

    monkeypatch.setattr(batch, "_run_chunk", dies_in_a_worker)
    with pytest.raises(BrokenProcessPool, match="exit code 3"):
        list(parse_many(TEXTS * 10, processes=2, chunksize=2))
    assert multiprocessing.active_children() == []


def test_chunks_larger_than_a_pipe_buffer_do_not_block() -> None:
    """Chunks and results of megabytes (more than a pipe buffers either way) still flow:
    a worker reads its next chunk while it sends the last one's results."""
    import threading

    long_text = (
        "JAKARTA (ANTARA) - " + "Harga cabai turun di pasar, kata pedagang, Senin (7/7). " * 6000
    )
    items = [long_text] * 8
    results: list[Any] = []
    thread = threading.Thread(
        target=lambda: results.extend(parse_many(items, processes=2, chunksize=2)), daemon=True
    )
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "parse_many(processes=2) blocked on a full pipe"
    assert len(results) == 8
    assert all(isinstance(r, Article) and r.text == long_text for r in results)


def test_sending_to_a_dead_worker_raises_broken_pool() -> None:
    """A chunk sent to a worker that has exited raises BrokenProcessPool, not a pipe error."""
    import multiprocessing
    import sys
    from concurrent.futures.process import BrokenProcessPool

    import wirekit._batch as batch

    here, there = multiprocessing.Pipe()
    process = multiprocessing.Process(target=sys.exit, args=(3,))
    process.start()
    process.join()
    there.close()
    worker = batch._Worker(process, here)
    with pytest.raises(BrokenProcessPool, match="exit code 3"):
        for _ in range(64):  # a closed peer may take a send or two before it refuses
            batch._send(worker, batch._Slot([(0, TEXTS[0] * 200, {})]))
    here.close()
