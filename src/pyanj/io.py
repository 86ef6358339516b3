"""Atomic outputs: a file or a whole folder is either complete or absent (or, replaced, still the old one).

Every output pyanj writes goes through here. A file is staged under a unique hidden name in its target's
own directory (so the rename cannot cross file systems and two concurrent runs never share a temp name),
flushed to disk, and renamed over the target only when the writing succeeded; any failure or interrupt
(SIGINT, and SIGTERM which the CLI turns into the same ``KeyboardInterrupt``) removes the staging file.
A symbolic link is written through (its target replaced, the link kept); a character device or FIFO
(``/dev/stdout``) is written straight when the writer can stream, and refused otherwise. A folder
(``pyanj layers -o DIR``) is staged whole beside the target and swapped in by one rename.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path", "atomic_dir", "atomic_write_text", "atomic_write_bytes", "output_target", "same_file",
           "held_signals", "final_commit"]


def output_target(path) -> tuple[Path, bool]:
    """``(where to write, is a device/FIFO)``: a symbolic link resolved to its target (made if dangling);
    a directory raises IsADirectoryError."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError:
        raise
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if st is not None and not stat.S_ISREG(st.st_mode):
        return path, True
    return (Path(os.path.realpath(path)) if path.is_symlink() else path), False


def same_file(a, b) -> bool:
    """Do ``a`` and ``b`` name one existing file (through links, or the same path twice)?"""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


def _fsync(path: Path) -> None:
    """Flush a staged file to disk, so a full disk or I/O error surfaces before the rename, not after."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path, suffix: str | None = None, *, stream: bool = False):
    """Yield a path to write ``path``'s content to; it replaces ``path`` only if the block succeeds.

    ``stream``: the writer only writes bytes in order (text, JSONL, HTML), so a device or FIFO target is
    written straight; otherwise such a target is refused (GDAL and zip files seek)."""
    target, special = output_target(path)
    if special:
        if not stream:
            raise OSError(errno.EINVAL, "not a regular file (a device or FIFO)", str(path))
        yield target
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or target.suffix or ".tmp",
                               dir=target.parent)
    os.close(fd)
    tmp = Path(tmp)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        yield tmp
        if tmp.exists():
            _fsync(tmp)
        os.replace(tmp, target)
    finally:
        if tmp.exists() or tmp.is_symlink():
            tmp.unlink()


def atomic_write_text(path, text: str) -> None:
    with atomic_path(path, stream=True) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def atomic_write_bytes(path, data: bytes) -> None:
    with atomic_path(path, stream=True) as tmp:
        Path(tmp).write_bytes(data)


#: Set by ``final_commit`` for the next folder commit (a one-element list: the module's one switch).
_FINAL = [False]


@contextmanager
def final_commit():
    """For a command's own process: the next ``atomic_dir`` commit completes the command's outputs, so an
    interrupt that comes during that commit, or after it, can undo nothing and is dropped: SIGINT and SIGTERM
    are ignored from the commit on (as ``pyanj.cli.shared.outputs_written`` does, without its gap), and an
    exit status other than 0 still always means the old outputs stand. The CLI gives the handlers back."""
    _FINAL[0] = True
    try:
        yield
    finally:
        _FINAL[0] = False


@contextmanager
def held_signals(final: bool = False):
    """Ctrl-C and SIGTERM held back while a commit runs (renames, and removing what they replaced), so an
    interrupt lands before it or after it, never half-way: their Python handlers are set aside for the block
    (a thread mask would not do: the kernel gives a process's signal to any thread not masking it) and a
    signal that came meanwhile is passed to its handler when the block ends. ``final``: when the block
    succeeds, both signals are ignored from then on and one that came is dropped (``final_commit``). Main
    thread only (elsewhere Python cannot set handlers, and runs none)."""
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came = []
    old = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        h = signal.getsignal(sig)
        if callable(h):  # (an ignored or default signal stays as it is)
            old[sig] = h
            signal.signal(sig, lambda signum, frame: came.append((signum, frame)))
    done = False
    try:
        yield
        done = True
    finally:
        for sig, h in old.items():
            signal.signal(sig, signal.SIG_IGN if final and done else h)
        if came and not (final and done):
            signum, frame = came[0]
            old[signum](signum, frame)


# -- folders -----------------------------------------------------------------------------------
@contextmanager
def atomic_dir(path, keep=lambda name: True, with_files=None):
    """Yield an empty staging folder beside ``path``; when the block succeeds it becomes ``path``.

    An existing ``path`` is swapped out in one ``renameat2(RENAME_EXCHANGE)`` (two renames where the
    system has none) and then removed; the entries of the old folder that ``keep(name)`` accepts (files
    that are not ours) are carried over first. A failure or interrupt removes the staging folder and
    leaves the old one as it was. ``with_files``: a list the block may fill with (staged file, target)
    pairs (``staged_file``) outside the folder, put in place in the same held commit (a GeoPackage written
    beside the folder: a run interrupted before the commit leaves both old, after it both new)."""
    pairs = with_files if with_files is not None else []
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    old = None
    try:
        os.chmod(stage, 0o777 & ~_umask())
        yield stage
        for tmp, _target in pairs:
            _fsync(tmp)
        final, _FINAL[0] = _FINAL[0], False
        with held_signals(final):  # (an interrupt half-way would leave the old folder's copy behind)
            if path.is_dir():
                _carry_over(path, stage, keep)
            old = _swap_in(stage, path)
            for tmp, target in pairs:
                os.replace(tmp, target)
            _remove(stage, old)
    finally:
        _remove(stage, old)
        for tmp, _target in pairs:
            if tmp.exists() or tmp.is_symlink():
                tmp.unlink()


def staged_file(path, suffix: str | None = None) -> tuple[Path, Path]:
    """(a new empty hidden file beside ``path`` to write its content to, the target it will replace), for
    ``atomic_dir(with_files=...)``; a link is followed to its target, a device or FIFO refused."""
    target, special = output_target(path)
    if special:
        raise OSError(errno.EINVAL, "not a regular file (a device or FIFO)", str(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or target.suffix or ".tmp",
                               dir=target.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp), target


def _remove(*dirs) -> None:
    for d in dirs:
        if d is not None and d.exists():
            shutil.rmtree(d, ignore_errors=True)


def _carry_over(old: Path, stage: Path, keep) -> None:
    for e in sorted(os.listdir(old)):
        src, dst = old / e, stage / e
        if not keep(e) or dst.exists() or dst.is_symlink():
            continue
        if src.is_dir() and not src.is_symlink():
            shutil.copytree(src, dst, symlinks=True)
        else:
            try:
                os.link(src, dst, follow_symlinks=False)
            except OSError:
                shutil.copy2(src, dst, follow_symlinks=False)


def _swap_in(stage: Path, path: Path) -> Path | None:
    """Put ``stage`` at ``path``; returns where the old folder went (to remove), or None."""
    if not path.exists():
        try:
            os.rename(stage, path)
            return None
        except OSError as e:
            if e.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise
    if _exchange(stage, path):
        return stage
    old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
    os.rmdir(old)
    os.rename(path, old)
    os.rename(stage, path)
    return old


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


# -- inputs ------------------------------------------------------------------------------------
def is_mentions_jsonl(path) -> bool:
    """A ``.jsonl`` file whose first record has ``place_id`` or ``surface``: geocoder output, not texts."""
    p = Path(path)
    if p.suffix.lower() not in (".jsonl", ".ndjson") or not p.is_file():
        return False
    try:
        with open(p, encoding="utf-8-sig", errors="replace") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    return isinstance(d, dict) and ("place_id" in d or "surface" in d)
    except (OSError, ValueError, RecursionError):
        return False
    return False
