import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_RAW = REPO.parent / "shared" / "data" / "raw"

# keep the compiled-gazetteer cache inside the test session, never the user's home
os.environ.setdefault("PYANJ_CACHE", str(REPO / "test-artifacts" / "cache"))

#: Headless Chromium's flags for the browser tests (no sandbox in containers, no background traffic).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def gz():
    from pyanj.gazetteer import load
    return load()


@pytest.fixture(scope="session")
def corpus():
    d = REPO / "src" / "pyanj" / "bundled_data" / "corpus"
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))}


def chromium_path() -> str | None:
    """The Chromium executable on PATH, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    if chromium_path() is None:
        return "Chromium is not installed (no chromium on PATH)"
    return None


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (playwright); the test is skipped, with the reason, when either is missing."""
    why = browser_missing()
    if why:
        pytest.skip(f"browser test: {why}")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()
