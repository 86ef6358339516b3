"""Where pyanj finds its bundled data and keeps its caches."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

#: The data shipped inside the package (wheel and checkout alike): boundaries, gazetteer, DEM, corpus.
BUNDLED_DATA = Path(__file__).resolve().parent / "bundled_data"
#: The source checkout's root when pyanj runs from one (``src/pyanj`` layout), else None.
REPO_ROOT: Path | None = Path(__file__).resolve().parents[2]
if not (REPO_ROOT / "pyproject.toml").is_file() or Path(__file__).resolve().parent.parent.name != "src":
    REPO_ROOT = None


def data_dir() -> Path:
    """The bundled data: ``$PYANJ_DATA`` if set, else the package's ``bundled_data/``."""
    env = os.environ.get("PYANJ_DATA")
    d = Path(env) if env else BUNDLED_DATA
    if not (d / "gazetteer").is_dir():
        raise FileNotFoundError(f"pyanj data not found at {d}: reinstall pyanj or set PYANJ_DATA to a data folder")
    return d


def output_root() -> Path:
    """Where ``pyanj demo`` writes ``layers/`` and ``build/``: the checkout's root, else the working directory."""
    return REPO_ROOT if REPO_ROOT is not None else Path.cwd()


def cache_dir() -> Path:
    """Compiled-gazetteer cache: ``$PYANJ_CACHE`` or ``~/.cache/pyanj``."""
    env = os.environ.get("PYANJ_CACHE")
    return Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pyanj"


#: A signed cache file: this line, the HMAC-SHA256 of the payload under the user's key, then the payload.
SIGNED_MAGIC = b"pyanj-signed-cache 1\n"


class CacheKeyError(OSError):
    """The cache key is missing and cannot be made, or is not the user's alone: the cache is not used."""


def cache_key(d: Path | None = None) -> bytes:
    """The user's secret for signing caches: ``cache-key`` in the cache folder, made once with mode 0600.

    A key that is a link, not a regular file, not owned by the user or readable by others is refused,
    so someone who can write to the cache folder can neither read the key nor plant one of their own."""
    f = (d or cache_dir()) / "cache-key"
    f.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(f, flags)
    except FileNotFoundError:
        try:
            fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            try:
                os.write(fd, secrets.token_hex(32).encode())
                os.fsync(fd)
            finally:
                os.close(fd)
        except FileExistsError:  # (another run made it meanwhile)
            pass
        fd = os.open(f, flags)
    try:
        st = os.fstat(fd)
        foreign = hasattr(os, "getuid") and st.st_uid != os.getuid()
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077 or foreign:
            raise CacheKeyError(f"{f}: not a private file of this user, cache not used")
        key = os.read(fd, 4096)
    finally:
        os.close(fd)
    if len(key) < 32:
        raise CacheKeyError(f"{f}: too short, cache not used")
    return key


def sign(payload: bytes, key: bytes) -> bytes:
    return SIGNED_MAGIC + hmac.new(key, payload, hashlib.sha256).digest() + payload


def verified(data: bytes, key: bytes) -> memoryview | None:
    """The payload of a signed cache file, or None when it was not signed with ``key`` (tampered, foreign)."""
    n = len(SIGNED_MAGIC)
    if not data.startswith(SIGNED_MAGIC) or len(data) < n + 32:
        return None
    view = memoryview(data)  # (no copy of a large payload)
    digest, payload = bytes(view[n:n + 32]), view[n + 32:]
    return payload if hmac.compare_digest(digest, hmac.new(key, payload, hashlib.sha256).digest()) else None


def corpus_dir() -> Path:
    return data_dir() / "corpus"
