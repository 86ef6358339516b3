"""The worker processes' start method and server, kept light (the standard library and ``pyanj.io`` only), so
that the ``pyanj`` command can start the server before it imports the geocoder itself: the server's imports and
gazetteer load (about a second and a half) then overlap the command's own instead of following them.

Workers are started with ``forkserver`` (``spawn`` where there is none), never ``fork``: the caller may
hold threads or open files a forked child must not share. The server is started with SIGINT blocked:
the mask is inherited by the server and every worker it forks, so Ctrl-C at a terminal (sent to the
whole process group) interrupts the main process only, which unwinds and ends the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal

#: Below this much text in all, no worker is started (``pyanj.resolve.parallel``; a worker's start-up costs
#: ~1.5 s, ~2 MB of geocoding); ``PYANJ_PARALLEL_MIN_CHARS`` overrides it (0: always use the workers).
MIN_PARALLEL_CHARS = 2_000_000
#: Imported once in the forkserver, so each worker forks with them loaded.
PRELOAD = ["pyanj.resolve.pipeline", "pyanj.outputs"]
#: With the bundled gazetteer: also loaded and warmed there (``pyanj.resolve.forkserver_preload``).
BUNDLED_PRELOAD = PRELOAD + ["pyanj.resolve.forkserver_preload"]


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
