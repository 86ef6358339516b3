"""The fault cases about outputs, signals, the cache, malformed arguments, hand-edited records and determinism
(registered in ``tests.faults.cases.CASES`` on import)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.faults.cases import _good, case
from tests.faults.harness import GOOD, doc_ids, env, is_root, pyanj, python, temp_left

# -- outputs --------------------------------------------------------------------------------
@case
def case_output_through_symlink(d: Path) -> set[str]:
    _good(d)
    (d / "real").mkdir()
    target = d / "real" / "m.jsonl"
    target.write_text("old\n")
    (d / "link.jsonl").symlink_to(target)
    r = pyanj("geocode", d / "good.txt", "-o", d / "link.jsonl", cwd=d)
    p = r.problems()
    if not (d / "link.jsonl").is_symlink():
        p.add("partial")
    if "good" not in doc_ids(target) if target.read_text() != "old\n" else True:
        p.add("data_lost")
    return p


@case
def case_output_to_device(d: Path) -> set[str]:
    """``-o`` naming a character device (a link to /dev/null here): written through, the node kept."""
    _good(d)
    (d / "sink").symlink_to("/dev/null")
    r = pyanj("geocode", d / "good.txt", "-o", d / "sink", cwd=d)
    p = r.problems()
    if not (d / "sink").is_symlink() or not Path("/dev/null").is_char_device():
        p.add("partial")
    return p


@case
def case_output_dash_stdout(d: Path) -> set[str]:
    _good(d)
    r = pyanj("geocode", d / "good.txt", "-o", "-", cwd=d)
    p = r.problems()
    if "good" not in doc_ids(r.out):
        p.add("data_lost")
    return p


@case
def case_map_output_is_input(d: Path) -> set[str]:
    _good(d)
    pyanj("geocode", d / "good.txt", "-o", d / "m.jsonl", cwd=d)
    before = (d / "m.jsonl").read_bytes()
    r = pyanj("map", d / "m.jsonl", "-o", d / "m.jsonl", cwd=d)
    p = r.problems(ok_codes=(2,))
    if (d / "m.jsonl").read_bytes() != before:
        p.add("data_lost")
    return p


@case
def case_layers_nan_coordinate(d: Path) -> set[str]:
    _good(d)
    pyanj("geocode", d / "good.txt", "-o", d / "m.jsonl", cwd=d)
    lines = (d / "m.jsonl").read_text().splitlines()
    bad = json.loads(lines[0])
    bad["lat"] = float("nan")
    (d / "m.jsonl").write_text("\n".join([json.dumps(bad)] + lines[1:]) + "\n")
    r = pyanj("layers", d / "m.jsonl", "-o", d / "L", cwd=d)
    p = r.problems(ok_codes=(0, 1, 2))
    files = sorted(x.name for x in (d / "L").iterdir()) if (d / "L").exists() else []
    if r.rc == 2 and files:
        p.add("partial")
    if r.rc in (0, 1) and "mentions.geojson" not in files:
        p.add("data_lost")
    return p


def _tmpfs(d: Path, size="600k") -> Path | None:
    m = d / "small"
    m.mkdir()
    if not is_root():
        return None
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(m)], capture_output=True)
    return m if r.returncode == 0 else None


def _umount(m: Path) -> None:
    subprocess.run(["umount", "-l", str(m)], capture_output=True)


def _fsize_limit(n):
    def pre():
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return pre


def _full_disk(d: Path, args_fn) -> set[str]:
    """Run ``args_fn(out_dir)`` on a full disk (a small tmpfs, else RLIMIT_FSIZE): one line, nothing partial."""
    m = _tmpfs(d)
    pre = None
    if m is None:
        m, pre = d / "small", _fsize_limit(40_000)
    try:
        (m / "filler").write_bytes(b"x" * 400_000) if pre is None else None
        args = args_fn(m)
        r = pyanj(*args, cwd=d, preexec=pre)
        p = r.problems(ok_codes=(2,))
        left = [n for n in os.listdir(m) if n != "filler"]
        if left:
            p.add("partial")
        if len(r.err.strip().splitlines()) > 3:
            p.add("other")
        return p
    finally:
        if pre is None:
            _umount(m)


@case
def case_full_disk_geocode(d: Path) -> set[str]:
    (d / "big.txt").write_text((GOOD * 3000), encoding="utf-8")
    return _full_disk(d, lambda m: ("geocode", d / "big.txt", "-o", m / "m.jsonl"))


@case
def case_full_disk_gpkg(d: Path) -> set[str]:
    (d / "big.txt").write_text((GOOD * 300), encoding="utf-8")
    return _full_disk(d, lambda m: ("layers", d / "big.txt", "-o", m / "L", "--gpkg", m / "x.gpkg"))


@case
def case_full_disk_layers(d: Path) -> set[str]:
    (d / "big.txt").write_text((GOOD * 3000), encoding="utf-8")
    return _full_disk(d, lambda m: ("layers", d / "big.txt", "-o", m / "L"))


def _signal_mid_write(d: Path, sig) -> set[str]:
    for _attempt in range(3):
        got = _signal_once(d, sig)
        if got != {"late"}:
            return got
    return {"other"}  # (never caught it mid-write)


def _default_sigint() -> None:
    """In the child, Ctrl-C as a terminal gives it: a test run before this one may leave SIGINT ignored in
    pytest's process, and an ignored signal stays ignored across exec (Python then installs no handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _signal_once(d: Path, sig) -> set[str]:
    """SIGTERM/SIGINT while the output is being written: no temp file, the old output intact, exit != 0;
    {"late"} when the run finished before the signal (then the caller tries again)."""
    # many documents: the output is written document by document while the rest are geocoded, so the
    # signal lands while the file is open (one big text is written in one go and may finish first).
    with open(d / "big.jsonl", "w", encoding="utf-8") as fh:
        for i in range(600):
            fh.write(json.dumps({"doc_id": f"d{i:04d}", "text": GOOD * 100}) + "\n")
    (d / "m.jsonl").write_text("old\n")
    proc = subprocess.Popen([sys.executable, "-m", "pyanj.cli", "geocode", "big.jsonl", "-o", "m.jsonl"], cwd=d,
                            env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)
    deadline = time.time() + 60
    while time.time() < deadline and not any(n.startswith(".m.jsonl") for n in os.listdir(d)):
        time.sleep(0.05)
    time.sleep(0.1)
    proc.send_signal(sig)
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return {"hang"}
    if proc.returncode == 0 and not temp_left(d) and (d / "m.jsonl").read_text() != "old\n":
        return {"late"}
    p = set()
    if b"Traceback" in err:
        p.add("traceback")
    if temp_left(d):
        p.add("partial")
    if (d / "m.jsonl").read_text() != "old\n":
        p.add("data_lost")
    if proc.returncode != 130:
        p.add("other")
    return p


@case
def case_sigterm_mid_write(d: Path) -> set[str]:
    return _signal_mid_write(d, signal.SIGTERM)


@case
def case_sigint_mid_write(d: Path) -> set[str]:
    return _signal_mid_write(d, signal.SIGINT)


@case
def case_sigterm_mid_layers(d: Path) -> set[str]:
    (d / "big.txt").write_text(GOOD * 3000, encoding="utf-8")
    pyanj("layers", d / "big.txt", "-o", d / "L", cwd=d)
    before = {p.name: p.read_bytes() for p in (d / "L").iterdir()}
    (d / "big.txt").write_text("Faizabad and Kunduz.\n" * 6000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pyanj.cli", "layers", "big.txt", "-o", "L", "--force",
                             "--gpkg", "x.gpkg"], cwd=d, env=env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    time.sleep(3.0)
    proc.send_signal(signal.SIGTERM)
    try:
        _o, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return {"hang"}
    p = set()
    if b"Traceback" in err:
        p.add("traceback")
    if temp_left(d):
        p.add("partial")
    after = {x.name: x.read_bytes() for x in (d / "L").iterdir()}
    if proc.returncode != 0 and after != before:
        p.add("partial")
    return p


@case
def case_concurrent_layers(d: Path) -> set[str]:
    (d / "a.txt").write_text("Khorog and Darvaz.\n" * 200, encoding="utf-8")
    (d / "b.txt").write_text("Faizabad and Kunduz.\n" * 200, encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "pyanj.cli", "layers", f"{n}.txt", "-o", "L", "--force"],
                              cwd=d, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for n in ("a", "b")]
    errs = [pr.communicate(timeout=120)[1] for pr in procs]
    p = set()
    if any(b"Traceback" in e for e in errs):
        p.add("traceback")
    if temp_left(d):
        p.add("partial")
    docs = set()
    for f in (d / "L").glob("*.geojson"):
        for feat in json.loads(f.read_text())["features"]:
            if "doc_id" in feat["properties"]:
                docs.add(feat["properties"]["doc_id"])
    if len(docs) != 1:  # one run's folder, whole, not a mix
        p.add("partial")
    return p


@case
def case_unwritable_output_dir(d: Path) -> set[str]:
    if not is_root():
        return set()
    _good(d)
    (d / "ro").mkdir(mode=0o755)
    os.chown(d / "ro", 65534, 65534)
    r = pyanj("geocode", d / "good.txt", "-o", d / "ro" / "m.jsonl", cwd=d, user="nobody",
              PYANJ_CACHE=str(d / "nocache"))
    p = r.problems(ok_codes=(2,))
    if len(r.err.strip().splitlines()) != 1:
        p.add("other")
    return p


# -- trust: the gazetteer cache -----------------------------------------------------------------
@case
def case_cache_cannot_run_code(d: Path) -> set[str]:
    cache = d / "cache"
    r = pyanj("gazetteer", "stats", cwd=d, PYANJ_CACHE=str(cache))
    files = [f for f in cache.iterdir() if f.name.startswith("gazetteer-")]
    if not files:
        return {"other"}
    marker = d / "pwned"
    import pickle

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))
    for f in files:
        f.write_bytes(pickle.dumps(Evil()))
    r = pyanj("gazetteer", "stats", cwd=d, PYANJ_CACHE=str(cache))
    p = r.problems()
    if marker.exists():
        p.add("other")
    return p


@case
def case_cache_full_disk(d: Path) -> set[str]:
    m = _tmpfs(d, size="300k")
    if m is None:
        return set()
    try:
        r = pyanj("gazetteer", "stats", cwd=d, PYANJ_CACHE=str(m / "c"))
        p = r.problems()
        left = [x.name for x in (m / "c").iterdir()] if (m / "c").exists() else []
        if any(n.startswith("gazetteer-") or n.startswith(".") for n in left):
            p.add("partial")
        return p
    finally:
        _umount(m)


# -- evaluate, terrain: malformed arguments -----------------------------------------------------
def _gold_case(name, content):
    def run(d: Path) -> set[str]:
        g = d / "gold.jsonl"
        if content is None:
            g.mkdir()
        else:
            g.write_bytes(content)
        r = pyanj("evaluate", g, cwd=d)
        p = r.problems(ok_codes=(2,))
        if len(r.err.strip().splitlines()) != 1:
            p.add("other")
        return p
    run.__name__ = f"case_gold_{name}"
    return case(run)


_T = "Khorog is here."
for _name, _content in {
    "directory": None,
    "bad_utf8": b'{"text": "Khorog \xff", "spans": []}\n',
    "missing_span_keys": json.dumps({"text": _T, "spans": [{"start": 0}]}).encode(),
    "mistyped_span_keys": json.dumps({"text": _T, "spans": [{"start": "0", "end": "6", "place_id": 3}]}).encode(),
    "null_spans": json.dumps({"text": _T, "spans": None}).encode(),
    "span_not_object": json.dumps({"text": _T, "spans": [[0, 6]]}).encode(),
    "text_not_string": json.dumps({"text": 5, "spans": []}).encode(),
    "deep_nesting": b'{"text": "x", "spans": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
}.items():
    _gold_case(_name, _content)


def _terrain_case(name, *args):
    def run(d: Path) -> set[str]:
        r = pyanj("terrain", *args, cwd=d, timeout=60)
        p = r.problems(ok_codes=(2,))
        if not r.hung and len(r.err.strip().splitlines()) != 1:
            p.add("other")
        if any(x.name not in ("cache",) for x in d.iterdir()):
            p.add("partial")
        return p
    run.__name__ = f"case_terrain_{name}"
    return case(run)


_terrain_case("bounds_inf", "hillshade", "-o", "h.tif", "--bounds", "-inf,36,72,38")
_terrain_case("bounds_nan", "hillshade", "-o", "h.tif", "--bounds", "nan,36,72,38")
_terrain_case("z_factor_zero", "hillshade", "-o", "h.tif", "--z-factor", "0", "--bounds", "71,37,71.5,37.5")
_terrain_case("step_tiny", "profile", "--line", "71,37;71.5,37.5", "--step-km", "1e-6", "--csv", "p.csv")


# -- hand-edited records --------------------------------------------------------------------------
@case
def case_layers_wrong_types(d: Path) -> set[str]:
    _good(d)
    pyanj("geocode", d / "good.txt", "-o", d / "m.jsonl", cwd=d)
    lines = (d / "m.jsonl").read_text().splitlines()
    bad = json.loads(lines[0])
    bad.update(lat="north", confidence="high", flags="x", candidates=5)
    (d / "m.jsonl").write_text("\n".join([json.dumps(bad)] + lines[1:]) + "\n")
    p = set()
    for cmd, out in (("layers", d / "L"), ("map", d / "map.html")):
        r = pyanj(cmd, d / "m.jsonl", "-o", out, cwd=d)
        p |= r.problems(ok_codes=(1, 2))
    return p


@case
def case_map_geojson_wrong_types(d: Path) -> set[str]:
    _good(d)
    pyanj("layers", d / "good.txt", "-o", d / "L", cwd=d)
    f = d / "L" / "mentions.geojson"
    fc = json.loads(f.read_text())
    fc["features"][0]["properties"].update(name=7, mention_count="many", lat=None, doc_id=[1])
    fc["features"][0]["geometry"] = {"type": "Point", "coordinates": ["a", "b"]}
    f.write_text(json.dumps(fc))
    r = pyanj("map", d / "L", "-o", d / "map.html", cwd=d)
    return r.problems(ok_codes=(0, 1, 2))


@case
def case_api_wrong_types(d: Path) -> set[str]:
    r = python("import pyanj\n"
               "for bad in (123, None, b'Khorog', ['Khorog']):\n"
               "    try:\n"
               "        pyanj.geocode(bad)\n"
               "    except TypeError as e:\n"
               "        assert 'str' in str(e), e\n"
               "    else:\n"
               "        raise SystemExit('accepted ' + repr(bad))\n"
               "try:\n"
               "    pyanj.geocode('Khorog', doc_id=5)\n"
               "except TypeError:\n"
               "    pass\n"
               "else:\n"
               "    raise SystemExit('doc_id=5 accepted')\n"
               "from pyanj.layers import write_layers\n"
               "from pyanj.render import write_map\n"
               "for f, args in ((write_layers, ('text', 'L')), (write_layers, ([1], 'L')), (write_map, (5, 'm.html')),\n"
               "                (pyanj.geocode_documents, ('text',))):\n"
               "    try:\n"
               "        f(*args)\n"
               "    except TypeError:\n"
               "        pass\n"
               "    else:\n"
               "        raise SystemExit(f'{f.__name__} accepted {args!r}')\n", cwd=d)
    return r.problems()


# -- determinism --------------------------------------------------------------------------------
@case
def case_outputs_deterministic(d: Path) -> set[str]:
    _good(d)
    outs = []
    for i, (seed, tz, lang) in enumerate((("1", "UTC", "C.UTF-8"), ("987", "Asia/Dushanbe", "ru_RU.UTF-8"))):
        w = d / f"w{i}"
        w.mkdir()
        pyanj("layers", d / "good.txt", "-o", w / "L", "--gpkg", w / "x.gpkg", cwd=w, PYTHONHASHSEED=seed, TZ=tz,
              LANG=lang, LC_ALL=lang)
        pyanj("map", d / "good.txt", "-o", w / "map.html", cwd=w, PYTHONHASHSEED=seed, TZ=tz, LANG=lang)
        pyanj("geocode", d / "good.txt", "-o", w / "m.jsonl", cwd=w, PYTHONHASHSEED=seed, TZ=tz, LANG=lang)
        outs.append({p.relative_to(w).as_posix(): p.read_bytes() for p in w.rglob("*") if p.is_file()})
    return set() if outs[0] == outs[1] and outs[0] else {"nondeterministic"}
