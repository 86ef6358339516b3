"""Where pyanj finds its bundled data and keeps its caches."""

from __future__ import annotations

import os
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


def corpus_dir() -> Path:
    return data_dir() / "corpus"
