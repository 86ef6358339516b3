"""A built wheel carries its data: installed into a fresh virtual environment, pyanj runs from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert r.returncode == 0, f"{cmd}: {r.stderr[-3000:]}"
    return r


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv, wheel): the wheel built from this checkout, installed with its dependencies into a new venv."""
    tmp = tmp_path_factory.mktemp("pkg")
    env = _env(tmp)
    _run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp / "whl")], env=env)
    (wheel,) = sorted((tmp / "whl").glob("pyanj-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], env=env)   # no system site-packages: only the wheel's needs
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], env=env)
    return venv, wheel


def _env(tmp: Path) -> dict:
    """No trace of the checkout: no PYTHONPATH, no PYANJ_DATA, a cache of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYANJ_"))}
    env["PYANJ_CACHE"] = str(tmp / "cache")
    return env


def test_wheel_ships_the_bundled_data(installed):
    _venv, wheel = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in ("pyanj/bundled_data/SOURCES.md", "pyanj/bundled_data/gazetteer/crossings.toml",
              "pyanj/bundled_data/gazetteer/geonames.tsv", "pyanj/bundled_data/boundaries/border_af_tj.geojson",
              "pyanj/bundled_data/dem/srtm30plus_pyanj_1arcmin.tif", "pyanj/resolve/weights.json",
              "pyanj/render/static/leaflet/leaflet.js"):
        assert f in names, f
    corpus = sorted(n for n in names if n.startswith("pyanj/bundled_data/corpus/"))
    assert corpus == sorted(f"pyanj/bundled_data/corpus/{p.name}"
                            for p in (REPO / "src/pyanj/bundled_data/corpus").iterdir())


def test_installed_pyanj_geocodes_and_runs_the_demo_from_any_folder(installed, tmp_path):
    venv, _wheel = installed
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _env(tmp_path)
    where = _run([str(venv / "bin" / "python"), "-c", "import pyanj.paths as p; print(p.data_dir(), p.REPO_ROOT)"],
                 cwd=work, env=env).stdout.split()
    assert where[0].startswith(str(venv)) and where[1] == "None"   # the package's own data, no checkout
    (work / "note.txt").write_text("Trucks crossed at Sherkhan-Bandar into Kunduz.", encoding="utf-8")
    _run([str(venv / "bin" / "pyanj"), "geocode", "note.txt", "-o", "m.jsonl"], cwd=work, env=env)
    rows = [json.loads(line) for line in (work / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["surface"], r["place_id"]) for r in rows][0] == ("Sherkhan-Bandar", "crossing:sher-khan-bandar")
    _run([str(venv / "bin" / "pyanj"), "demo"], cwd=work, env=env)
    assert (work / "build" / "frontier_map.html").stat().st_size > 100_000
    # the installed package draws the same layers as the checkout
    for name in ("crossings.geojson", "districts.geojson", "crossings.qml"):
        assert (work / "layers" / name).read_bytes() == (REPO / "layers" / name).read_bytes(), name


def test_readme_quick_start_uses_a_venv_and_ci_runs_its_test_command():
    import re
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1)
    first, second = [line.split("  #")[0].strip() for line in block.strip().splitlines()]
    assert first == "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && pyanj demo"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == second == 'pip install -e ".[test]" && python3 -m pytest -q'
    assert any(line.startswith("python3 -m venv ") for line in ci) and any(". \"$VENV/bin/activate\"" == line
                                                                          for line in ci)
    assert "python3-venv" in "\n".join(ci) and "python3-qgis" in "\n".join(ci)
