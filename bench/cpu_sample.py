"""Where a command's CPU goes, process by process, and how busy each core was meanwhile (Linux /proc).

    python bench/cpu_sample.py [--every 0.05] -- pyanj geocode IN.jsonl -o OUT.jsonl --jobs 2 -q

Every ``--every`` seconds it reads ``/proc/PID/stat`` of the command and all its descendants (the forkserver
and its workers included: they are the command's descendants) and ``/proc/stat``'s per-core counters. At the
end it prints, per process, its command line, CPU seconds (user + system, the last sample before it exited:
up to one interval is lost for a process that exits between samples) and when it was first and last seen
busy; then the wall time, the sum of the processes' CPU, and per core the idle seconds over the run (which
include other users' load: quote the load average beside it). A timeline of the processes' CPU per 0.5 s
shows which process ran when.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        rest = data[data.rindex(b")") + 2:].split()
        kids.setdefault(int(rest[1]), []).append(int(name))
    return kids


def _tree(root: int) -> list[int]:
    kids, out, stack = _children(), [], [root]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(kids.get(p, ()))
    return out


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    rest = data[data.rindex(b")") + 2:].split()
    return (int(rest[11]) + int(rest[12])) / TICK


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace").strip()[:90]
    except OSError:
        return "?"


def _cores() -> list[tuple[float, float]]:
    """Per core (busy, idle) seconds since boot."""
    out = []
    with open("/proc/stat") as fh:
        for line in fh:
            if line.startswith("cpu") and line[3].isdigit():
                v = [int(x) for x in line.split()[1:]]
                idle = v[3] + v[4]
                out.append(((sum(v[:8]) - idle) / TICK, idle / TICK))
    return out


def main() -> None:
    args = sys.argv[1:]
    every = 0.05
    if args and args[0] == "--every":
        every, args = float(args[1]), args[2:]
    if args and args[0] == "--":
        args = args[1:]
    cores0, t0 = _cores(), time.monotonic()
    proc = subprocess.Popen(args)
    seen: dict[int, dict] = {}
    timeline: list[tuple[float, dict[int, float]]] = []
    while proc.poll() is None:
        now = time.monotonic() - t0
        snap = {}
        for pid in _tree(proc.pid):
            c = _cpu(pid)
            if c is None:
                continue
            rec = seen.setdefault(pid, {"cmd": _cmdline(pid), "cpu": 0.0, "first": None, "last": None})
            if c > rec["cpu"]:
                rec["first"] = rec["first"] if rec["first"] is not None else now
                rec["last"] = now
            rec["cpu"] = c
            snap[pid] = c
        timeline.append((now, snap))
        time.sleep(every)
    wall = time.monotonic() - t0
    cores1 = _cores()
    total = 0.0
    for pid, rec in seen.items():
        total += rec["cpu"]
        span = "" if rec["first"] is None else f"busy {rec['first']:5.2f}-{rec['last']:5.2f} s"
        print(f"{pid:>7} {rec['cpu']:6.2f} s cpu  {span:22} {rec['cmd']}")
    idle = [b[1] - a[1] for a, b in zip(cores0, cores1)]
    print(f"wall {wall:.2f} s, processes' cpu {total:.2f} s, exit {proc.returncode}; per-core idle "
          + ", ".join(f"{i:.2f} s" for i in idle) + f"; load {os.getloadavg()[0]:.2f}")
    pids = list(seen)
    print("timeline (cpu s per 0.5 s, per process in the order above):")
    last: dict[int, float] = {}
    mark = 0.0
    for now, snap in timeline:
        if now < mark:
            continue
        row = [snap.get(p, last.get(p, 0.0)) - last.get(p, 0.0) for p in pids]
        print(f"  {now:5.1f} " + " ".join(f"{x:4.2f}" for x in row))
        last.update(snap)
        mark = now + 0.5


if __name__ == "__main__":
    main()
