"""The worker processes' start method and server, kept light (the standard library and ``pyanj.io`` only), so
that the ``pyanj`` command can start the server before it imports the geocoder itself: the server's imports and
gazetteer load (about a second and a half) then overlap the command's own instead of following them.

Workers are started with ``forkserver`` (``spawn`` where there is none): a library caller may hold threads or
open files a forked child must not share. The server is started with SIGINT blocked: the mask is inherited by
the server and every worker it forks, so Ctrl-C at a terminal (sent to the whole process group) interrupts the
main process only, which unwinds and ends the workers.

The ``pyanj geocode`` command knows its own process, so it allows ``fork`` (``allow_fork``): its workers are
then forked from it once its gazetteer is loaded, when it still runs one thread (``fork_context``), so they
start geocoding at once with its gazetteer, instead of a server importing and loading its own for a second
and a half (the one core's work both did at the start of every run, while the other core waited). Such
workers are forked with SIGINT and SIGTERM blocked; each blocks SIGINT for good and takes SIGTERM's default
(``forked_worker_signals``), as a forkserver's workers do.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from contextlib import contextmanager

#: Below this much text in all, no worker is started (``pyanj.resolve.parallel``; a worker's start-up costs
#: ~1.5 s, ~2 MB of geocoding); ``PYANJ_PARALLEL_MIN_CHARS`` overrides it (0: always use the workers).
MIN_PARALLEL_CHARS = 2_000_000
#: Imported once in the forkserver, so each worker forks with them loaded.
PRELOAD = ["pyanj.resolve.pipeline", "pyanj.outputs"]
#: With the bundled gazetteer: also loaded and warmed there (``pyanj.resolve.forkserver_preload``).
BUNDLED_PRELOAD = PRELOAD + ["pyanj.resolve.forkserver_preload"]


def default_jobs() -> int:
    """The processors this process may run on (its affinity mask), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


#: Set by ``allow_fork`` (the ``pyanj geocode`` command): workers may be forked from this process.
_FORK = [False]


def allow_fork() -> bool:
    """For a command's own process, before it imports the geocoder: its workers may be forked from it
    (``fork_context``). OpenBLAS (numpy's) is asked for no thread pool of its own (``OPENBLAS_NUM_THREADS``
    unless set; geocoding does no matrix algebra), so the process still runs one thread when it forks.
    ``PYANJ_WORKER_START=forkserver`` keeps the forkserver. False (nothing set) where there is no fork."""
    if os.environ.get("PYANJ_WORKER_START") == "forkserver" or "fork" not in multiprocessing.get_all_start_methods():
        return False
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _FORK[0] = True
    return True


@contextmanager
def fork_allowed(want: bool = True):
    """``allow_fork()`` for the block (when ``want``), yielding whether it is; the switch goes back after it
    (a test runner's process running the command goes on as a library caller)."""
    on = want and allow_fork()
    try:
        yield on
    finally:
        if on:
            _FORK[0] = False


def _threads() -> int:
    """Threads of this process, the operating system's count (C libraries' own threads included)."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0  # (not known: no fork)


def fork_context():
    """The ``fork`` context if ``allow_fork`` was called and this process runs one thread now (none other
    can hold a lock the child would inherit locked); else None (the caller uses ``context``)."""
    if not _FORK[0] or _threads() != 1:
        return None
    return multiprocessing.get_context("fork")


def forked(launch):
    """``launch()`` (the pool forking its workers) with SIGINT and SIGTERM blocked, so no worker runs this
    process's handlers before ``forked_worker_signals`` (a signal that came meanwhile reaches this process
    when the mask is restored)."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        return launch()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def forked_worker_signals() -> None:
    """In a forked worker, first: SIGINT stays blocked (Ctrl-C is the main process's), SIGTERM ends it
    (the main process's handler, which raises KeyboardInterrupt, is not its own)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def context(bundled: bool):
    """forkserver with the geocoder's modules preloaded (and, for the bundled gazetteer, the gazetteer
    loaded and warmed there); spawn where there is no forkserver. (The forkserver is started once per
    process: its first start decides what it preloads.)"""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(BUNDLED_PRELOAD if bundled else PRELOAD)
    return ctx


def start_server(ctx) -> None:
    """Start the forkserver (if ``ctx`` uses one and it is not running yet) with SIGINT blocked."""
    if ctx.get_start_method() != "forkserver" or not hasattr(signal, "pthread_sigmask"):
        return
    from multiprocessing import forkserver, resource_tracker
    resource_tracker.ensure_running()  # (first: starting it unblocks SIGINT in this thread, as it does itself)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # (a Ctrl-C meanwhile is delivered here, now)


def prestart(bundled: bool = True) -> None:
    """Start the server now (for workers of the bundled gazetteer), ahead of any pool; harmless if none
    is ever asked for: it ends when this process does."""
    start_server(context(bundled))


def stop_starting_server() -> None:
    """SIGTERM to this process's forkserver, so a worker start waiting for it fails at once; the next
    pool starts a new server."""
    from multiprocessing import forkserver
    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if pid:
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass


def worth_prestarting(paths, jobs: int) -> bool:
    """Will geocoding these input paths (files and folders; ``-`` is standard input) start workers? Judged
    by their size on disk (at least one byte per character; mentions JSONL files left out), before anything
    is read: ``jobs`` > 1 and ``MIN_PARALLEL_CHARS`` bytes or more, counting folders' files (without
    recursion, however deep) until that much is seen; a folder of more than ``SCAN_ENTRIES`` entries is
    taken to be enough."""
    from pyanj.io import is_mentions_jsonl
    if jobs <= 1:
        return False
    need = int(os.environ.get("PYANJ_PARALLEL_MIN_CHARS", MIN_PARALLEL_CHARS))
    seen = 0
    for p in paths:
        if p == "-":
            return False
        try:
            if os.path.isdir(p):
                seen += _folder_bytes(p, need - seen)
            elif not is_mentions_jsonl(p):  # (already geocoded: read as it is, by no worker)
                seen += os.path.getsize(p)
        except (OSError, ValueError):
            continue
        if seen >= need:
            return True
    return seen >= need


#: Folder entries ``worth_prestarting`` looks at, at most.
SCAN_ENTRIES = 20_000


def _folder_bytes(root: str, enough: int) -> int:
    """Bytes of the regular files under ``root``, counted until ``enough`` (a stack of folders, no recursion;
    unreadable folders and links to folders skipped)."""
    total, entries, stack = 0, 0, [root]
    while stack and total < enough:
        try:
            with os.scandir(stack.pop()) as it:
                for e in it:
                    entries += 1
                    if entries > SCAN_ENTRIES:
                        return enough
                    if e.is_dir(follow_symlinks=False):
                        stack.append(e.path)
                    elif e.is_file():
                        total += e.stat().st_size
        except OSError:
            continue
    return total
