"""Documents fanned out to worker processes, results merged back in input order.

Documents are independent, so geocoding them in ``jobs`` processes gives the same mentions as one
process, in the same order (each batch's results are yielded in submission order). Each worker
receives the caller's gazetteer once, pickled (run-time ``Gazetteer.add`` places included), when it
starts. Workers are started with ``forkserver`` (``spawn`` where there is none), never ``fork``: the
caller may hold threads or open files a forked child must not share.

Small inputs are geocoded in this process: starting workers costs about a second, so documents are
read ahead until ``MIN_PARALLEL_CHARS`` of text have been seen before any worker is started.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from itertools import chain

from pyanj.mention import Mention
from pyanj.resolve.pipeline import document_mentions, serial_mentions

#: Below this much text in all, no worker is started (a worker's start-up costs ~1 s, ~5 MB of geocoding);
#: ``PYANJ_PARALLEL_MIN_CHARS`` overrides it (0: always use the workers).
MIN_PARALLEL_CHARS = 2_000_000
#: A task sent to a worker: this many documents or this much text, whichever comes first.
BATCH_DOCS, BATCH_CHARS = 64, 400_000

_SLOTS = tuple(f.name for f in fields(Mention))
_WORKER: dict = {}


def default_jobs() -> int:
    """The processors this process may run on (its affinity mask), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _context():
    """forkserver with the geocoder's modules imported once in the server, so each worker forks with them
    loaded (spawn, importing them per worker, where there is no forkserver)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["pyanj.resolve.pipeline", "pyanj.outputs"])
    return ctx


class _Failed:
    """A document a worker could not geocode: its exception (or its text when it does not pickle)."""

    def __init__(self, e: Exception):
        import traceback
        self.trace = traceback.format_exc()
        try:
            pickle.dumps(e)
            self.error = e
        except Exception:
            self.error = RuntimeError(f"{type(e).__name__}: {e}")


def _init(payload: bytes, weights) -> None:
    import gc
    _WORKER["gz"] = pickle.loads(payload)
    _WORKER["weights"] = weights
    gc.freeze()  # (the gazetteer lives as long as the worker: keep it out of every collection)


def _run(batch: list, encode) -> list:
    """One task in a worker: per document, its mentions (encoded, or as field tuples) or a ``_Failed``."""
    gz, weights = _WORKER["gz"], _WORKER["weights"]
    out = []
    for doc in batch:
        try:
            ms = list(document_mentions(doc, gz, weights))
        except Exception as e:
            out.append(_Failed(e))
            continue
        if encode is not None:
            out.append([encode(m) for m in ms])
        else:
            out.append([tuple(getattr(m, k) for k in _SLOTS) for m in ms])
    return out


def _batches(docs):
    batch, size = [], 0
    for d in docs:
        batch.append(d)
        size += len(d.text)
        if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _read_ahead(docs, limit: int):
    """(documents read, whether more follow): documents until ``limit`` characters of text are seen."""
    head, size = [], 0
    for d in docs:
        head.append(d)
        size += len(d.text)
        if size >= limit:
            return head, True
    return head, False


def parallel_mentions(docs, gz, jobs: int, *, weights=None, counts=None, on_error=None, encode=None):
    """The mentions of ``docs`` (``Document`` objects), geocoded by ``jobs`` worker processes, in input
    order; ``encode(m)`` (a module-level function) instead of each mention when given. ``on_error(doc, e)``
    is called for a document that failed, in its turn, and then ``e`` is raised."""
    counts = counts if counts is not None else [0, 0]
    docs = iter(docs)
    head, more = _read_ahead(docs, int(os.environ.get("PYANJ_PARALLEL_MIN_CHARS", MIN_PARALLEL_CHARS)))
    if not more or jobs <= 1:
        yield from serial_mentions(chain(head, docs), gz, counts, on_error, weights, encode)
        return
    payload = pickle.dumps(gz, protocol=pickle.HIGHEST_PROTOCOL)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_init,
                               initargs=(payload, weights))
    del payload
    pending: deque = deque()
    batches = _batches(chain(head, docs))
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_run, batch, encode)))
            if len(pending) >= 3 * jobs:
                yield from _collect(*pending.popleft(), counts, on_error, encode)
        while pending:
            yield from _collect(*pending.popleft(), counts, on_error, encode)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(batch, future, counts, on_error, encode):
    for doc, got in zip(batch, future.result()):
        counts[0] += 1
        if isinstance(got, _Failed):
            e = got.error
            e.pyanj_trace = got.trace
            if on_error is not None:
                on_error(doc, e)
            raise e
        counts[1] += len(got)
        if encode is not None:
            yield from got
        else:
            for t in got:
                yield Mention(*t)
