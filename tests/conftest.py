import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_RAW = REPO.parent / "shared" / "data" / "raw"

# keep the compiled-gazetteer cache inside the test session, never the user's home
os.environ.setdefault("PYANJ_CACHE", str(REPO / "test-artifacts" / "cache"))


@pytest.fixture(scope="session")
def gz():
    from pyanj.gazetteer import load
    return load()


@pytest.fixture(scope="session")
def corpus():
    d = REPO / "data" / "corpus"
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))}
