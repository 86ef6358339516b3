"""Documents fanned out to worker processes, results merged back in input order.

Documents are independent, so geocoding them in ``jobs`` processes gives the same mentions as one
process, in the same order (batches are merged in submission order). ``jobs`` counts this process:
it starts ``jobs - 1`` workers and geocodes batches itself whenever the workers have enough queued, so
every core geocodes and the workers' start-up (about a second and a half) overlaps this process's own
work instead of delaying it. How workers are started (forkserver, SIGINT blocked there: Ctrl-C is this
process's alone, and it ends the workers as it unwinds) is ``pyanj.workerstart``'s. A worker that dies
(killed by the kernel's out-of-memory killer, say) costs nothing but time: its batches, and every batch
after them, are geocoded in this process, so the output is the same.

The bundled gazetteer (``gz=None``) is loaded and warmed once, in the forkserver
(``resolve.forkserver_preload``), and every worker forked from it starts with it in memory; a caller's
own gazetteer (run-time ``Gazetteer.add`` places included) is pickled to each worker when it starts.
Where the command allowed it (``workerstart.allow_fork``), the workers are forked from this process
instead, once the gazetteer is loaded here, and start with this process's copy (no server, no pickling).
With ``joined``, a worker returns each document's output already encoded (UTF-8 bytes of all its
mentions' ``encode(m)``), so this process only writes: no Mention object crosses the pipe.

Small inputs are geocoded in this process alone: documents are read ahead until
``MIN_PARALLEL_CHARS`` of text have been seen before any worker is started.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections import deque
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import fields
from itertools import chain

from pyanj import workerstart
from pyanj.mention import Mention
from pyanj.resolve.pipeline import document_mentions, serial_mentions

#: Below this much text in all, no worker is started (a worker's start-up costs ~1.5 s, ~2 MB of geocoding);
#: ``PYANJ_PARALLEL_MIN_CHARS`` overrides it (0: always use the workers).
MIN_PARALLEL_CHARS = workerstart.MIN_PARALLEL_CHARS
#: A task sent to a worker: this many documents or this much text, whichever comes first (small enough
#: that the last tasks end close together, large enough that a task's round trip is a small part of it).
BATCH_DOCS, BATCH_CHARS = 64, 100_000
#: Tasks queued per worker beyond the one it runs; and at most this many batches in flight per process.
QUEUED_PER_WORKER, AHEAD_PER_JOB = 1, 4

#: Seconds between the interpreter's GIL hand-overs while workers run (its default is 0.005). This process's
#: main thread geocodes, holding the GIL; the pool's threads that send a worker its next batch and read its
#: results wait up to one interval for it at each step: at 5 ms the worker sat idle 4-6 % of its run (about
#: 20 ms between batches), at 0.5 ms 2-2.5 % (session 13, speed13c).
HANDOVER_SWITCH = 0.0005

_SLOTS = tuple(f.name for f in fields(Mention))
_WORKER: dict = {}
#: The gazetteer workers forked from this process take (set just before they are forked).
_FORKED: list = [None]


default_jobs = workerstart.default_jobs


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


def _init(payload: bytes | None, weights) -> None:
    import gc
    if payload is None:  # the bundled gazetteer: already in memory when forked from a preloaded forkserver
        from pyanj.resolve import forkserver_preload
        gz = forkserver_preload.GAZETTEER
        if gz is None:
            from pyanj.gazetteer import load
            gz = load()
    else:
        gz = pickle.loads(payload)
    _WORKER["gz"] = gz
    _WORKER["weights"] = weights
    gc.freeze()  # (the gazetteer lives as long as the worker: keep it out of every collection)


def _init_forked(weights) -> None:
    workerstart.forked_worker_signals()
    _WORKER["gz"] = _FORKED[0]
    _WORKER["weights"] = weights


def _ready() -> bool:
    return True


def _run(batch: list, encode, joined: bool = False) -> list:
    """One task in a worker: per document, its result (see ``_geocode_batch``), mentions as field tuples."""
    return _geocode_batch(batch, _WORKER["gz"], _WORKER["weights"], encode, joined, tuples=True)


def _geocode_batch(batch: list, gz, weights, encode, joined: bool, tuples: bool = False) -> list:
    """Per document of ``batch``: ``(n, bytes)`` of its encoded mentions when ``joined``, else a list of
    ``encode(m)`` (of mentions, or of field tuples when ``tuples``); a ``_Failed`` for one that failed."""
    out = []
    for doc in batch:
        try:
            ms = list(document_mentions(doc, gz, weights))
        except Exception as e:
            out.append(_Failed(e))
            continue
        if joined:
            out.append((len(ms), "".join(map(encode, ms)).encode("utf-8")))
        elif encode is not None:
            out.append(list(map(encode, ms)))
        elif tuples:
            out.append([tuple(getattr(m, k) for k in _SLOTS) for m in ms])
        else:
            out.append(ms)
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


def serial_chunks(docs, gz, counts: list[int], on_error=None, weights=None, encode=None):
    """Per document, the UTF-8 bytes of ``encode(m)`` of all its mentions, geocoded here in turn
    (``on_error(doc, e)`` for a document that failed, then ``e`` is raised)."""
    from pyanj.gazetteer import load
    gz = gz or load()
    for batch in _batches(docs):
        yield from _collect(batch, _done(_geocode_batch(batch, gz, weights, encode, True)), counts, on_error, True)


def parallel_mentions(docs, gz, jobs: int, *, weights=None, counts=None, on_error=None, encode=None,
                      joined: bool = False):
    """The mentions of ``docs`` (``Document`` objects) geocoded by ``jobs`` processes (this one and
    ``jobs - 1`` workers), in input order; ``gz`` None: the bundled gazetteer. ``encode(m)`` (a
    module-level function) instead of each mention when given; with ``joined`` too, one ``bytes`` per
    document: the UTF-8 of its mentions' ``encode(m)`` one after another. ``on_error(doc, e)`` is called
    for a document that failed, in its turn, and then ``e`` is raised."""
    counts = counts if counts is not None else [0, 0]
    docs = iter(docs)
    head, more = [], True
    if jobs > 1:  # (one job reads as it geocodes: a progress bar over the reading follows the geocoding)
        head, more = _read_ahead(docs, int(os.environ.get("PYANJ_PARALLEL_MIN_CHARS", MIN_PARALLEL_CHARS)))
    if not more or jobs <= 1:
        if joined:
            yield from serial_chunks(chain(head, docs), gz, counts, on_error, weights, encode)
        else:
            yield from serial_mentions(chain(head, docs), gz, counts, on_error, weights, encode)
        return
    if gz is None and workerstart.fork_context() is not None:
        from pyanj.gazetteer import load
        gz = load()  # (here, before the workers are forked: they start with it)
    workers = _Workers(jobs - 1, gz, weights)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, HANDOVER_SWITCH))
    try:
        if gz is None:
            from pyanj.gazetteer import load
            gz = load()  # (while the forkserver loads its own copy)
        yield from _merge(_batches(chain(head, docs)), workers, gz, jobs, weights, counts, on_error, encode, joined)
    except BaseException:  # (Ctrl-C, an error, or the reader stopped early: no batch still running is wanted)
        workers.close(abort=True)
        raise
    finally:
        sys.setswitchinterval(switch)
        workers.close()


def _merge(batches, workers: "_Workers", gz, jobs: int, weights, counts, on_error, encode, joined: bool):
    """Each batch to a worker while they have fewer than enough queued, else geocoded here; results in
    order. The last batches (known by reading ``depth`` batches ahead) go to a worker only when one is
    idle, so no worker still has a queue when this process geocodes its last: all end close together."""
    pending: deque = deque()
    depth = workers.n * (1 + QUEUED_PER_WORKER)
    ahead: deque = deque()
    batches = iter(batches)
    more = True
    while True:
        while more and len(ahead) <= depth:
            nxt = next(batches, None)
            more = nxt is not None
            if more:
                ahead.append(nxt)
        if not ahead:
            break
        batch = ahead.popleft()
        busy = sum(not f.done() for _b, f in pending)
        sent = None
        if workers.ready() and busy < (depth if more else workers.n):  # (at the end: only to an idle worker)
            sent = workers.submit(batch, encode, joined)
        if sent is not None:
            pending.append((batch, sent))
        else:
            pending.append((batch, _done(_geocode_batch(batch, gz, weights, encode, joined))))
        while pending and (pending[0][1].done() or len(pending) > AHEAD_PER_JOB * jobs):
            yield from _collect(*workers.settle(*pending.popleft(), gz, weights, encode, joined), counts, on_error,
                                joined)
    while pending:
        yield from _collect(*workers.settle(*pending.popleft(), gz, weights, encode, joined), counts, on_error, joined)


class _Workers:
    """``n`` worker processes, started from a background thread: starting the first one waits for the
    forkserver to import and preload (~1.5 s), which this process spends geocoding instead. Or, where
    ``workerstart.fork_context`` allows it and ``gz`` is loaded, forked from this process at once."""

    def __init__(self, n: int, gz, weights):
        self.n = n
        self.failed: BaseException | None = None
        self.closed = False
        self._starter = None
        fork = workerstart.fork_context() if gz is not None else None
        if fork is not None:
            import gc
            _FORKED[0] = gz
            gc.freeze()  # (what is loaded now lives as long as the run: no collection scans it, in either process)
            self.pool = ProcessPoolExecutor(max_workers=n, mp_context=fork, initializer=_init_forked,
                                            initargs=(weights,))
            try:
                workerstart.forked(lambda: self.pool.submit(_ready))  # (under fork, the pool forks them all now)
            except Exception as e:  # noqa: BLE001 - (no worker could start: this process geocodes everything)
                self.failed = e
            return
        payload = None if gz is None else pickle.dumps(gz, protocol=pickle.HIGHEST_PROTOCOL)
        ctx = workerstart.context(gz is None)
        workerstart.start_server(ctx)
        self.pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init, initargs=(payload, weights))
        self._starter = threading.Thread(target=self._start, name="pyanj-workers", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        try:
            self.pool.submit(_ready).result()
        except BaseException as e:  # (no worker could start: this process geocodes everything)
            self.failed = e

    def ready(self) -> bool:
        return (self._starter is None or not self._starter.is_alive()) and self.failed is None

    def submit(self, batch, encode, joined: bool) -> Future | None:
        """``batch`` sent to a worker; None when the pool broke meanwhile (a worker died between batches)."""
        try:
            return self.pool.submit(_run, batch, encode, joined)
        except BrokenExecutor as e:
            self.failed = self.failed or e
            return None

    def settle(self, batch, future: Future, gz, weights, encode, joined: bool):
        """``(batch, future)`` with the future done: a batch lost with a dead worker geocoded here (and no
        further batch sent to the broken pool)."""
        try:
            future.result()
        except BrokenExecutor as e:
            self.failed = self.failed or e
            future = _done(_geocode_batch(batch, gz, weights, encode, joined))
        except Exception:  # (any other error is raised by ``_collect`` in its turn; Ctrl-C here goes on up)
            pass
        return batch, future

    def close(self, abort: bool = False) -> None:
        """End the workers (queued batches cancelled, a running one finished). A forkserver still starting
        (importing, loading the gazetteer: a second or more) is ended, not waited for: whether this process
        did all the work first, was interrupted (Ctrl-C leaves at once) or its reader stopped early.
        ``abort``: running batches are not waited for either; the workers are terminated (one slow document
        in a worker no longer holds up Ctrl-C until it is done)."""
        if self.closed:
            return
        self.closed = True
        if self._starter is not None:
            if self._starter.is_alive():
                workerstart.stop_starting_server()
            self._starter.join()
        if abort:
            _terminate(self.pool)
        self.pool.shutdown(wait=True, cancel_futures=True)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """SIGTERM to the pool's worker processes (``terminate_workers`` where Python has it, 3.14), then their
    result pipe shut here (``_unblock_results``), so the pool's shutdown cannot wait for a message that never ends."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    if hasattr(pool, "terminate_workers"):
        try:
            pool.terminate_workers()
        except Exception:  # noqa: BLE001 - (already shut down)
            pass
    else:
        for proc in procs:
            try:
                proc.terminate()
            except Exception:  # noqa: BLE001 - (already gone)
                pass
    for proc in procs:
        try:
            proc.join(TERMINATE_WAIT)
        except Exception:  # noqa: BLE001 - (already reaped)
            pass
    _unblock_results(pool)


#: Seconds to wait for a terminated worker to be gone before its result pipe is shut.
TERMINATE_WAIT = 5.0


def _unblock_results(pool: ProcessPoolExecutor) -> None:
    """A worker terminated while it was writing a result leaves half a message in the pipe, and the pool's
    manager thread reading the rest for ever (this process holds the pipe's writing end too, so no end of
    file comes): that end closed once the workers are gone, the read fails, the pool counts itself broken and
    its ``shutdown`` returns (Ctrl-C, or a failed document, hung ~1 run in 6 under ``--jobs 2``)."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass


def _done(result) -> Future:
    f: Future = Future()
    f.set_result(result)
    return f


def _collect(batch, future, counts, on_error, joined: bool = False):
    """The results of one batch, document by document: mentions (``Mention`` back from field tuples),
    encoded mentions, or with ``joined`` each document's bytes; a failed document's error raised in its turn."""
    for doc, got in zip(batch, future.result()):
        counts[0] += 1
        if isinstance(got, _Failed):
            e = got.error
            e.pyanj_trace = got.trace
            if on_error is not None:
                on_error(doc, e)
            raise e
        if joined:
            counts[1] += got[0]
            yield got[1]
            continue
        counts[1] += len(got)
        if got and type(got[0]) is tuple:
            for t in got:
                yield Mention(*t)
        else:
            yield from got
