"""The ``pyanj`` command ends its own process without the interpreter's teardown (``pyanj.cli._exit_now``):
its exit statuses, its standard output and its exit work must be those of an ordinary exit."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "tests" / "data" / "dev.jsonl"


def _pyanj(*args, **kw):
    return subprocess.run([sys.executable, "-m", "pyanj.cli", *args], capture_output=True, **kw)


def test_standard_output_is_complete_through_a_pipe(tmp_path):
    out = tmp_path / "m.jsonl"
    assert _pyanj("geocode", str(DEV), "-o", str(out), "-j", "1", "-q").returncode == 0
    r = _pyanj("geocode", str(DEV), "-j", "1", "-q")
    assert r.returncode == 0
    assert r.stdout == out.read_bytes() and r.stdout.endswith(b"\n") and len(r.stdout) > 100_000


def test_exit_statuses_are_kept(tmp_path):
    assert _pyanj("--version").returncode == 0
    r = _pyanj("geocode", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "m.jsonl"))
    assert r.returncode == 2 and r.stderr.decode().startswith("pyanj: error:")
    assert _pyanj("geocode", "--no-such-option").returncode == 2
    (tmp_path / "a.txt").write_text("Trucks crossed the Panj at Khorog.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00not text" * 10)
    r = _pyanj("geocode", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "m.jsonl"))
    assert r.returncode in (0, 1)  # (1 when the second input is skipped with a warning, as before)
    assert (tmp_path / "m.jsonl").read_text("utf-8").count("Khorog") >= 1


def test_the_summary_line_is_flushed(tmp_path):
    r = _pyanj("geocode", str(DEV), "-o", str(tmp_path / "m.jsonl"), "-j", "1")
    assert r.returncode == 0 and b"written to" in r.stderr


def test_exit_work_still_runs():
    """``atexit`` functions (multiprocessing's, a library's) run before the process ends."""
    code = ("import atexit, sys; atexit.register(lambda: print('atexit ran', flush=True)); "
            "from pyanj.cli import main; sys.argv = ['pyanj', '--version']; main()")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and "atexit ran" in r.stdout


def test_called_with_arguments_it_returns_to_its_caller():
    """A caller's own process (``main([...], standalone_mode=False)``, a notebook) is not ended."""
    code = ("from pyanj.cli import main; main(['--help'], standalone_mode=False); print('still here')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and "still here" in r.stdout


def test_the_switch_interval_is_lowered_while_workers_run_and_put_back(monkeypatch):
    """``resolve.parallel.HANDOVER_SWITCH`` while a worker geocodes (the pool's threads get the GIL sooner);
    the interpreter's own interval again once the run is over; the same mentions as one process."""
    from pyanj.resolve import parallel
    from pyanj.text.load import Document
    monkeypatch.setenv("PYANJ_PARALLEL_MIN_CHARS", "0")
    before = sys.getswitchinterval()
    docs = [Document(doc_id=f"d{i}", text="Trucks crossed the Panj from Khorog to Ishkashim.") for i in range(3)]
    seen, got = [], []
    for m in parallel.parallel_mentions(docs, None, 2):
        seen.append(sys.getswitchinterval())
        got.append(m.to_json())
    assert seen and max(seen) <= parallel.HANDOVER_SWITCH < before
    assert sys.getswitchinterval() == before
    assert got == [m.to_json() for m in parallel.parallel_mentions(docs, None, 1)]
