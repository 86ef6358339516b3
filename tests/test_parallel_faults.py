"""--jobs under faults: Ctrl-C sent to the whole process group (as a terminal does), a worker killed mid-run."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _forkserver(pid: int) -> int | None:
    return next((c for c in _children(pid) if "forkserver" in _cmdline(c)), None)


def _worker(pid: int) -> int | None:
    """A worker of the forkserver (the forkserver's child)."""
    fs = _forkserver(pid)
    return next(iter(_children(fs)), None) if fs else None


def _own_worker(pid: int) -> int | None:
    """A worker ``pyanj geocode`` forked itself: its child (it starts no other: no server, no tracker)."""
    return next(iter(_children(pid)), None)


def _worker_of(start: str):
    return _own_worker if start == "fork" else _worker


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """~3 MB of the dev texts as JSONL: long enough that a run is still going when the test acts."""
    d = tmp_path_factory.mktemp("big")
    dev = (REPO / "tests" / "data" / "dev.jsonl").read_text("utf-8")
    texts = [json.loads(line)["text"] for line in dev.splitlines()]
    with open(d / "in.jsonl", "w", encoding="utf-8") as fh:
        i = 0
        while fh.tell() < 3_000_000:
            fh.write(json.dumps({"doc_id": f"d{i:05d}", "text": texts[i % len(texts)]}) + "\n")
            i += 1
    return d / "in.jsonl"


def _start(src: Path, out: Path, jobs: str = "2", env=None, start: str = "fork") -> subprocess.Popen:
    """``pyanj geocode`` in a session of its own; ``start`` "forkserver": its workers from a forkserver (the
    library's way) instead of forked from the command (``PYANJ_WORKER_START``)."""
    env = {**(env or {**os.environ, "PYANJ_PARALLEL_MIN_CHARS": "0"}), "PYANJ_WORKER_START": start}
    return subprocess.Popen([sys.executable, "-m", "pyanj.cli", "geocode", str(src), "-o", str(out), "--jobs", jobs,
                             "-q"], stderr=subprocess.PIPE, env=env, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for(proc: subprocess.Popen, probe, timeout: float = 60.0):
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        got = probe(proc.pid)
        if got:
            return got
        time.sleep(0.01)
    return None


def _ctrl_c(proc: subprocess.Popen, probe, wait: float, timeout: float = 30) -> tuple[str, float]:
    """Once ``probe`` finds its process (and ``wait`` s more), SIGINT to the whole group as a terminal sends
    it: (standard error, seconds until the command exited)."""
    try:
        assert _wait_for(proc, probe), "the run ended before the process to interrupt started"
        time.sleep(wait)
        t = time.time()
        os.killpg(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=timeout)
        return err.decode(), time.time() - t
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("start, when", [("forkserver", "forkserver starting"), ("forkserver", "worker running"),
                                         ("fork", "worker running")])
def test_ctrl_c_to_the_process_group_is_one_line_and_exit_130(tmp_path, big, start, when):
    """Ctrl-C reaches every process of the group: neither the forkserver (even mid-preload) nor a worker
    (the server's or one forked from the command) prints a traceback; the command leaves promptly with its
    one line, and no output file."""
    proc = _start(big, tmp_path / "m.jsonl", start=start)
    err, took = _ctrl_c(proc, _forkserver if when == "forkserver starting" else _worker_of(start),
                        0.3 if when == "worker running" else 0.0)
    assert (proc.returncode, err) == (130, "pyanj: interrupted\n")
    assert took < 10
    assert not (tmp_path / "m.jsonl").exists()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("start", ["fork", "forkserver"])
def test_a_worker_killed_mid_run_costs_time_not_output(tmp_path, big, start):
    """A worker killed (as the out-of-memory killer would): this process geocodes its batches, exit 0, the
    bytes of --jobs 1 (it was a BrokenProcessPool traceback)."""
    proc = _start(big, tmp_path / "j2.jsonl", start=start)
    try:
        w = _wait_for(proc, _worker_of(start))
        assert w, "the run ended before a worker started"
        os.kill(w, signal.SIGKILL)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert (proc.returncode, err.decode()) == (0, "")
    one = _start(big, tmp_path / "j1.jsonl", jobs="1")
    _o, err1 = one.communicate(timeout=120)
    assert one.returncode == 0, err1
    assert (tmp_path / "j2.jsonl").read_bytes() == (tmp_path / "j1.jsonl").read_bytes()


def test_the_command_forks_its_workers_and_runs_no_forkserver(tmp_path, big):
    """``pyanj geocode --jobs 2``: the worker is the command's own child (forked once the gazetteer is
    loaded), no forkserver is started, and the output is the bytes of ``--jobs 1``."""
    proc = _start(big, tmp_path / "j2.jsonl")
    try:
        w = _wait_for(proc, _own_worker)
        time.sleep(0.5)
        kids = _children(proc.pid)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert (proc.returncode, err.decode()) == (0, "")
    assert w in kids and not any("forkserver" in _cmdline(c) or "resource_tracker" in _cmdline(c) for c in kids)
    one = _start(big, tmp_path / "j1.jsonl", jobs="1")
    _o, err1 = one.communicate(timeout=120)
    assert one.returncode == 0, err1
    assert (tmp_path / "j2.jsonl").read_bytes() == (tmp_path / "j1.jsonl").read_bytes()


def test_fork_only_where_the_command_allowed_it_and_one_thread_runs(monkeypatch):
    """``fork_context``: None until ``allow_fork``, None when this process runs another thread, None under
    ``PYANJ_WORKER_START=forkserver``; ``allow_fork`` asks OpenBLAS for no thread pool unless one was set."""
    import threading

    from pyanj import workerstart
    monkeypatch.setattr(workerstart, "_FORK", [False])
    monkeypatch.delenv("PYANJ_WORKER_START", raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    monkeypatch.setattr(workerstart, "_threads", lambda: 1)
    assert workerstart.fork_context() is None
    assert workerstart.allow_fork() is True
    assert os.environ["OPENBLAS_NUM_THREADS"] == "3"
    assert workerstart.fork_context().get_start_method() == "fork"
    monkeypatch.setattr(workerstart, "_threads", lambda: 2)
    assert workerstart.fork_context() is None
    monkeypatch.setattr(workerstart, "_threads", lambda: 1)
    monkeypatch.setattr(workerstart, "_FORK", [False])
    monkeypatch.setenv("PYANJ_WORKER_START", "forkserver")
    assert workerstart.allow_fork() is False
    assert workerstart.fork_context() is None
    monkeypatch.setattr(workerstart, "_FORK", [False])
    monkeypatch.delenv("PYANJ_WORKER_START")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    assert workerstart.allow_fork() is True
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    t = threading.Thread(target=threading.Event().wait, args=(5,), daemon=True)
    monkeypatch.undo()  # (the real thread count: this test's own process, another thread running)
    monkeypatch.setattr(workerstart, "_FORK", [True])
    t.start()
    assert workerstart._threads() >= 2 and workerstart.fork_context() is None


def test_a_batch_lost_with_a_broken_pool_is_geocoded_here(gz):
    """``_Workers.settle``: a future failed with BrokenProcessPool is replaced by this process's own result,
    and no further batch goes to the pool; a worker's ordinary error is left for ``_collect`` to raise."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from pyanj.resolve import parallel
    from pyanj.text.load import Document

    w = parallel._Workers.__new__(parallel._Workers)
    w.failed, w.n = None, 1
    batch = [Document("a", "Trucks reached Khorog from Kabul.")]
    lost = Future()
    lost.set_exception(BrokenProcessPool("a worker died"))
    _b, fut = w.settle(batch, lost, gz, None, None, False)
    assert [m.place_id for m in fut.result()[0]] == ["gn:1221328", "gn:1138958"]
    assert isinstance(w.failed, BrokenProcessPool)
    other = Future()
    other.set_exception(KeyError("x"))
    assert w.settle(batch, other, gz, None, None, False)[1] is other


def test_the_command_imports_no_geocoder_before_it_starts_the_workers_server():
    """``import pyanj.cli`` is light (``pyanj`` imports its names on first use), so ``pyanj geocode`` starts
    the forkserver before its own imports; ``pyanj.geocode`` and friends still work as before."""
    code = ("import sys, pyanj.cli; heavy = [m for m in ('pyanj.gazetteer', 'pyanj.resolve', 'numpy', 'shapely') "
            "if m in sys.modules]; import pyanj; print(heavy, pyanj.geocode.__module__, "
            "pyanj.load_gazetteer.__module__, pyanj.geocode_documents.__name__)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "[] pyanj.resolve.pipeline pyanj.gazetteer geocode_documents\n"
    import pyanj
    with pytest.raises(AttributeError):
        pyanj.no_such_name  # noqa: B018
    r = subprocess.run([sys.executable, "-c", "import pyanj; print(pyanj.gazetteer.load.__name__, "
                        "pyanj.layers.build_layers.__name__)"], capture_output=True, text=True)
    assert r.stdout == "load build_layers\n", r.stderr


def test_worth_prestarting_counts_file_sizes_until_the_threshold(tmp_path, monkeypatch):
    from pyanj.workerstart import worth_prestarting
    monkeypatch.setenv("PYANJ_PARALLEL_MIN_CHARS", "1000")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x" * 600)
    (tmp_path / "d" / "b.txt").write_text("x" * 600)
    (tmp_path / "small.txt").write_text("x" * 10)
    assert worth_prestarting([str(tmp_path / "d")], 2)
    assert not worth_prestarting([str(tmp_path / "d")], 1)
    assert not worth_prestarting([str(tmp_path / "small.txt"), str(tmp_path / "missing.txt")], 2)
    assert not worth_prestarting(["-", str(tmp_path / "d")], 2)  # (standard input: size unknown)
    assert worth_prestarting([str(tmp_path / "small.txt"), str(tmp_path / "d" / "a.txt"),
                              str(tmp_path / "d" / "b.txt")], 4)
    (tmp_path / "m.jsonl").write_text(json.dumps({"doc_id": "a", "surface": "Khorog", "pad": "x" * 2000}) + "\n")
    (tmp_path / "t.jsonl").write_text(json.dumps({"doc_id": "a", "text": "x" * 2000}) + "\n")
    assert not worth_prestarting([str(tmp_path / "m.jsonl")], 2)  # (geocoder output: no worker reads it)
    assert worth_prestarting([str(tmp_path / "t.jsonl")], 2)


_FAIL_ON_BAD = """if 1:
    import pyanj.resolve.parallel as P
    _orig = P.document_mentions
    def _failing(doc, *a, **k):
        if doc.doc_id == "bad":
            raise RuntimeError("boom")
        return _orig(doc, *a, **k)
    P.document_mentions = _failing
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_the_geocoder_fails_on_is_one_line_and_nothing_is_written(tmp_path, big, jobs):
    """A bug on one document (injected here, in every process, through sitecustomize): one line naming it,
    exit 2, no output file and no staged file left, workers ended (the run does not hang)."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_FAIL_ON_BAD)
    src = tmp_path / "in.jsonl"
    lines = big.read_text(encoding="utf-8").splitlines()
    lines.insert(len(lines) * 2 // 3, json.dumps({"doc_id": "bad", "text": "Trucks reached Khorog."}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o" / "m.jsonl"
    out.parent.mkdir()
    env = {**os.environ, "PYANJ_PARALLEL_MIN_CHARS": "0",
           "PYTHONPATH": os.pathsep.join([str(hook)] + [p for p in sys.path if p])}
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", str(src), "-o", str(out), "--jobs", jobs],
                       capture_output=True, text=True, env=env, timeout=180)
    assert (r.returncode, r.stderr) == (2, "pyanj: error: internal error geocoding bad: RuntimeError: boom\n")
    assert os.listdir(out.parent) == []


_SLOW_IN_WORKERS = """if 1:
    import os, time
    import pyanj.resolve.parallel as P
    _main = int(os.environ.setdefault("PYANJ_TEST_MAIN_PID", str(os.getpid())))  # (the first process: main)
    _orig = P.document_mentions
    def _slow(doc, *a, **k):
        if os.getpid() != _main:  # (a worker, forked from the server main started with its environment)
            time.sleep(30)
        return _orig(doc, *a, **k)
    P.document_mentions = _slow
"""


@pytest.mark.parametrize("start", ["fork", "forkserver"])
def test_ctrl_c_does_not_wait_for_a_slow_document_in_a_worker(tmp_path, big, start):
    """A worker 30 s into one document (injected through sitecustomize) when Ctrl-C comes: the workers are
    terminated, not waited for (the pool's shutdown used to wait for the running batch)."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_SLOW_IN_WORKERS)
    env = {**os.environ, "PYANJ_PARALLEL_MIN_CHARS": "0",
           "PYTHONPATH": os.pathsep.join([str(hook)] + [p for p in sys.path if p])}
    out = tmp_path / "o" / "m.jsonl"
    out.parent.mkdir()
    proc = _start(big, out, env=env, start=start)
    err, took = _ctrl_c(proc, _worker_of(start), 2.0, timeout=60)  # (2 s: the worker is asleep in its first document)
    assert (proc.returncode, err) == (130, "pyanj: interrupted\n")
    assert took < 15
    assert os.listdir(out.parent) == []


def test_worth_prestarting_walks_a_folder_deeper_than_the_recursion_limit(tmp_path, monkeypatch):
    from pyanj.workerstart import worth_prestarting
    monkeypatch.setenv("PYANJ_PARALLEL_MIN_CHARS", "100")
    fd = os.open(tmp_path, os.O_RDONLY)
    cur = fd
    try:
        for _ in range(sys.getrecursionlimit() + 100):
            os.mkdir("d", dir_fd=cur)
            nxt = os.open("d", os.O_RDONLY, dir_fd=cur)
            if cur != fd:
                os.close(cur)
            cur = nxt
        with open(os.open("big.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=cur), "w") as fh:
            fh.write("x" * 200)
        os.close(cur)
    finally:
        os.close(fd)
    try:
        assert worth_prestarting([str(tmp_path)], 2)
    finally:
        subprocess.run(["rm", "-rf", str(tmp_path / "d")], check=False)


def test_fork_allowed_only_within_its_block(monkeypatch):
    from pyanj import workerstart
    monkeypatch.setattr(workerstart, "_FORK", [False])
    monkeypatch.delenv("PYANJ_WORKER_START", raising=False)
    with workerstart.fork_allowed(False) as on:
        assert (on, workerstart._FORK[0]) == (False, False)
    with workerstart.fork_allowed() as on:
        assert (on, workerstart._FORK[0]) == (True, True)
    assert workerstart._FORK[0] is False


def test_jobs_2_from_standard_input_forks_and_writes_the_bytes_of_jobs_1(tmp_path, big):
    """``-`` (no size on disk to judge by): workers are still forked once the read-ahead says they are worth
    it; the output is the bytes of ``--jobs 1``."""
    env = {**os.environ, "PYANJ_PARALLEL_MIN_CHARS": "0"}
    outs = []
    for jobs in ("2", "1"):
        with open(big, "rb") as fh:
            r = subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", "-", "--jobs", jobs, "-q"], stdin=fh,
                               capture_output=True, env=env, timeout=180)
        assert (r.returncode, r.stderr) == (0, b"")
        outs.append(r.stdout)
    assert outs[0] == outs[1] and outs[0].count(b"\n") > 1000


def test_a_half_written_result_does_not_hang_the_pools_shutdown():
    """A worker terminated while it wrote a result leaves half a message in the result pipe; the pool's manager
    thread then waits for the rest for ever (``resolve.parallel._terminate`` shuts the pipe's end held here).
    Reproduced by writing a length header and part of its message into the pipe ourselves."""
    import multiprocessing as mp
    import struct
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from pyanj.resolve.parallel import _terminate

    pool = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"))
    pool.submit(int, 1).result(timeout=30)  # (the manager thread and the worker are up)
    os.write(pool._result_queue._writer.fileno(), struct.pack("!i", 1000) + b"partial")
    time.sleep(0.2)
    _terminate(pool)
    done = threading.Event()
    threading.Thread(target=lambda: (pool.shutdown(wait=True, cancel_futures=True), done.set()), daemon=True).start()
    assert done.wait(20), "the pool's shutdown hung on the half message"
