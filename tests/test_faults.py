"""The fault suite (issue 15): hostile inputs and faulty machines, each case run as a user would run pyanj.

Every case in ``tests/faults/cases.py`` returns the promises it saw broken (traceback, data lost, partial
output, nondeterministic, hang, other); here each must return none. ``python -m tests.faults`` prints the
totals. Cases that need root (a tmpfs, another owner) fall back or skip with the reason.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.faults.cases import CASES
from tests.faults.harness import GOOD, pyanj


@pytest.mark.parametrize("name", list(CASES))
def test_fault_case_breaks_no_promise(name, tmp_path):
    assert CASES[name](tmp_path) == set()


HOSTILE = '"><img src=x onerror="window.__pwned=1">'


def test_hostile_names_and_fields_stay_inert_in_the_map(tmp_path, browser):
    """A hostile file name, JSONL doc_id/title/url and GeoJSON property in every input kind: no script runs."""
    (tmp_path / f"{HOSTILE}.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text(json.dumps({"doc_id": HOSTILE, "text": GOOD, "title": HOSTILE,
                                                     "url": f"javascript:window.__pwned=1//{HOSTILE}"}) + "\n",
                                         encoding="utf-8")
    maps = []
    r = pyanj("map", tmp_path / f"{HOSTILE}.txt", tmp_path / "docs.jsonl", "-o", tmp_path / "a.html", cwd=tmp_path)
    assert r.rc == 0, r.err
    maps.append(tmp_path / "a.html")
    r = pyanj("layers", tmp_path / "docs.jsonl", "-o", tmp_path / "L", cwd=tmp_path)
    assert r.rc == 0, r.err
    layer = tmp_path / "L" / "mentions.geojson"
    fc = json.loads(layer.read_text(encoding="utf-8"))
    for f in fc["features"]:
        f["properties"].update({k: HOSTILE for k, v in f["properties"].items() if isinstance(v, str)})
    layer.write_text(json.dumps(fc), encoding="utf-8")
    (tmp_path / "L" / "districts.geojson").rename(tmp_path / "L" / f"{HOSTILE}.geojson")
    r = pyanj("map", tmp_path / "L", "-o", tmp_path / "b.html", cwd=tmp_path)
    assert r.rc in (0, 1), r.err
    maps.append(tmp_path / "b.html")
    page = browser.new_page()
    try:
        for m in maps:
            page.goto(m.as_uri())
            page.wait_for_timeout(500)
            for el in page.query_selector_all(".leaflet-marker-icon, path.leaflet-interactive")[:20]:
                try:
                    el.click(timeout=500, force=True)
                except Exception:
                    pass
            assert page.evaluate("window.__pwned === undefined"), m.name
    finally:
        page.close()


def test_fault_totals_command_runs_one_case(tmp_path):
    """``python -m tests.faults NAME`` prints the case and the totals line."""
    from tests.faults.harness import REPO, env
    p = subprocess.run([sys.executable, "-m", "tests.faults", "output_dash_stdout"], cwd=REPO, capture_output=True,
                       text=True, env=env(), timeout=120)
    assert p.stdout.splitlines()[0].split() == ["output_dash_stdout", "ok"]
    assert p.stdout.splitlines()[-1] == "1 cases, 0 broken: "
