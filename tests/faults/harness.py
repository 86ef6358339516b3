"""Running ``pyanj`` as a subprocess and classifying what went wrong, for the fault suite.

Each case returns the set of broken promises it saw: ``traceback``, ``data_lost`` (a good document or
record missing), ``partial`` (a half-written or clobbered output, a temp file left), ``nondeterministic``,
``hang`` (no answer within the timeout) and ``other`` (a wrong exit status or message). Empty: kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOOD = "Rahmon visited the Darvaz district and then Khorog.\n"
TIMEOUT = 90


@dataclass
class Run:
    rc: int | None
    out: bytes
    err: str

    @property
    def hung(self) -> bool:
        return self.rc is None

    def problems(self, ok_codes=(0,)) -> set[str]:
        """Hang / traceback / wrong exit status of this run."""
        if self.hung:
            return {"hang"}
        p = set()
        if "Traceback" in self.err:
            p.add("traceback")
        if self.rc not in ok_codes:
            p.add("other")
        return p


def env(**extra) -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO / "src")
    e.setdefault("PYANJ_CACHE", str(REPO / "test-artifacts" / "cache"))
    e.pop("PYANJ_DEBUG", None)
    e.update({k: v for k, v in extra.items() if v is not None})
    return e


def pyanj(*args, cwd: Path, stdin: bytes | None = None, timeout: float = TIMEOUT, user: str | None = None,
          preexec=None, **envs) -> Run:
    """``python -m pyanj.cli ARGS`` in ``cwd`` (without root's capabilities when ``user`` is given)."""
    cmd = [sys.executable, "-m", "pyanj.cli", *[os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args]]
    if user is not None:
        # root without capabilities: file permissions apply as to any user (the interpreter under /root
        # stays readable, which it is not for ``nobody``); the protected paths are owned by ``user``
        cmd = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *cmd]
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=env(**envs),
                           preexec_fn=preexec)
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace"))
    return Run(p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"))


def python(code: str, cwd: Path, timeout: float = TIMEOUT) -> Run:
    """Run ``code`` with this tree's pyanj importable."""
    try:
        p = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, timeout=timeout, env=env())
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace"))
    return Run(p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"))


def doc_ids(jsonl: Path | bytes) -> set[str]:
    import json
    data = jsonl if isinstance(jsonl, bytes) else (jsonl.read_bytes() if jsonl.exists() else b"")
    return {json.loads(line)["doc_id"] for line in data.splitlines() if line.strip()}


def temp_left(d: Path) -> list[str]:
    """Hidden staging files or folders an interrupted write left in ``d``."""
    return sorted(p.name for p in Path(d).rglob(".*") if p.is_file() or p.is_dir())


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
