"""Where pyanj finds its bundled data and keeps its caches."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The bundled ``data/`` folder: ``$PYANJ_DATA`` if set, else the repository's ``data/``."""
    env = os.environ.get("PYANJ_DATA")
    d = Path(env) if env else REPO_ROOT / "data"
    if not (d / "gazetteer").is_dir():
        raise FileNotFoundError(
            f"pyanj data not found at {d}: install from a checkout (pip install -e .) or set PYANJ_DATA")
    return d


def cache_dir() -> Path:
    """Compiled-gazetteer cache: ``$PYANJ_CACHE`` or ``~/.cache/pyanj``."""
    env = os.environ.get("PYANJ_CACHE")
    return Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pyanj"


def corpus_dir() -> Path:
    return data_dir() / "corpus"
