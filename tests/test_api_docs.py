"""docs/api.md runs as written; rich display escapes document text; ``reassign`` fixes a mention.

The ```python blocks of docs/api.md are executed in order in one namespace, in a fresh Python
process started in the repository root (so ``import pyanj`` is exercised as a newcomer sees it and the
example's ``gz.add`` does not leak into other tests).  A ```text block right after an example lists
lines its output must contain.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
API_MD = ROOT / "docs" / "api.md"

RUNNER = r"""
import contextlib, io, json, sys, traceback
blocks = json.load(open(sys.argv[1], encoding="utf-8"))
ns = {"__name__": "__api_docs__"}
results = []
for b in blocks:
    buf = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(b["code"], "docs/api.md:%d" % b["line"], "exec"), ns)
    except BaseException:
        error = traceback.format_exc()
    results.append({"line": b["line"], "stdout": buf.getvalue(), "error": error})
    if error:
        break
json.dump(results, open(sys.argv[2], "w", encoding="utf-8"))
"""

_FENCE = re.compile(r"^```(\w*)\s*$")


def doc_blocks(text: str) -> list[dict]:
    """``[{"line", "code", "expect"}]``: each python block, with the text block that follows it (if any)."""
    blocks, lang, start, buf = [], None, 0, []
    fenced = []  # (lang, first line, content)
    for n, line in enumerate(text.splitlines(), 1):
        m = _FENCE.match(line)
        if lang is None and m:
            lang, start, buf = m.group(1) or "", n + 1, []
        elif lang is not None and line.strip() == "```":
            fenced.append((lang, start, "\n".join(buf) + "\n"))
            lang = None
        elif lang is not None:
            buf.append(line)
    assert lang is None, "docs/api.md: an unclosed code fence"
    for i, (lg, ln, body) in enumerate(fenced):
        if lg != "python":
            continue
        nxt = fenced[i + 1] if i + 1 < len(fenced) else None
        expect = nxt[2] if nxt and nxt[0] == "text" and _only_blank_between(text, ln, body, nxt[1]) else None
        blocks.append({"line": ln, "code": body, "expect": expect})
    return blocks


def _only_blank_between(text, py_start, py_body, txt_start) -> bool:
    lines = text.splitlines()
    py_end = py_start + py_body.count("\n")  # the closing fence's line number
    between = lines[py_end:txt_start - 2]
    return all(not x.strip() for x in between)


@pytest.fixture(scope="module")
def api_run(tmp_path_factory):
    blocks = doc_blocks(API_MD.read_text(encoding="utf-8"))
    d = tmp_path_factory.mktemp("api_docs")
    (d / "blocks.json").write_text(json.dumps(blocks), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(d / "blocks.json"), str(d / "results.json")],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0 and (d / "results.json").exists(), proc.stderr[-3000:]
    results = json.loads((d / "results.json").read_text(encoding="utf-8"))
    return blocks, results


def test_api_doc_examples_run(api_run):
    blocks, results = api_run
    assert len(blocks) >= 15
    failed = [r for r in results if r["error"]]
    assert not failed, f"example at docs/api.md line {failed[0]['line']} raised:\n{failed[0]['error']}"
    assert len(results) == len(blocks)


def test_api_doc_examples_print_what_the_doc_says(api_run):
    blocks, results = api_run
    checked = 0
    for b, r in zip(blocks, results):
        if b["expect"] is None or r["error"]:
            continue
        got = [x.rstrip() for x in r["stdout"].splitlines()]
        for want in b["expect"].splitlines():
            if want.strip():
                assert want.rstrip() in got, (f"docs/api.md line {b['line']}: expected the line {want!r} "
                                              f"in the output:\n{r['stdout']}")
                checked += 1
    assert checked >= 15


def test_api_doc_lists_the_notebook_functions():
    text = API_MD.read_text(encoding="utf-8")
    for name in ("gazetteer.load", "Gazetteer.lookup", "Gazetteer.add", "Gazetteer.to_geodataframe",
                 "pyanj.geocode", "pyanj.geocode_documents", "MentionList.to_dataframe", "iter_documents",
                 "pyanj.resolve.reassign", "build_layers", "write_layers", "make_map", "write_map",
                 "sample_elevation", "terrain.profile", "evaluate_file"):
        assert f"`{name}" in text or f"`pyanj.{name}" in text or f"{name}(" in text, name


def test_doc_blocks_parser():
    md = "x\n```python\na = 1\nprint(a)\n```\n\n```text\n1\n```\n```python\nb = 2\n```\n"
    assert doc_blocks(md) == [{"line": 3, "code": "a = 1\nprint(a)\n", "expect": "1\n"},
                              {"line": 11, "code": "b = 2\n", "expect": None}]


# -- rich display: document text is escaped ----------------------------------------------------
EVIL = '<script>alert("x")</script>'


def test_mention_and_mention_list_html_escape_document_text():
    from pyanj.mention import Mention, MentionList
    m = Mention("doc<1>", 0, len(EVIL), EVIL, f"He wrote {EVIL} & left.", name="A & B", flags=["x<y"],
                candidates=[{"id": "<i>", "country": "AF", "score": 0.5}])
    for html in (m._repr_html_(), MentionList([m])._repr_html_()):
        assert "<script>" not in html and "<i>" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        assert "A &amp; B" in html


def test_geocoded_mention_with_script_in_sentence_renders_escaped():
    from pyanj.resolve import geocode
    ms = geocode(f"Trucks reached Khorog {EVIL} on Monday.", doc_id="<b>doc</b>")
    khorog = [m for m in ms if m.surface == "Khorog"]
    assert khorog and EVIL in khorog[0].sentence
    for html in (khorog[0]._repr_html_(), ms._repr_html_()):
        assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in khorog[0]._repr_html_()
    assert "<script>" not in ms.to_dataframe().to_html()


def test_place_and_candidate_html_escape_and_show_fields():
    from pyanj.gazetteer import Alias, Candidate, Place, Source
    p = Place(id="camp:<x>", name="<b>Camp</b>", feature_type="camp", country="AF", lat=37.8, lon=70.4,
              precision="district", aliases=[Alias("Camp <one>")],
              sources=[Source(url="https://example.org/?a=1&b=2", note=EVIL)])
    for html in (p._repr_html_(), Candidate(p, 0.42)._repr_html_()):
        assert html.startswith("<table>")
        assert "<script>" not in html and "<b>" not in html and "<x>" not in html
        assert "&lt;b&gt;Camp&lt;/b&gt;" in html and "https://example.org/?a=1&amp;b=2" in html
        assert "37.8" in html and "district" in html
    assert "0.42" in Candidate(p, 0.42)._repr_html_()


def test_gazetteer_place_and_candidate_html_from_the_real_gazetteer():
    from pyanj import gazetteer
    gz = gazetteer.load()
    c = gz.lookup("Sherkhan-Bandar")[0]
    assert "Sher Khan Bandar" in c._repr_html_() and "score" in c._repr_html_()
    assert "crossing" in c.place._repr_html_()
    assert "<table>" in gz._repr_html_()


# -- reassign ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ishkashim():
    from pyanj import gazetteer
    from pyanj.resolve import geocode
    gz = gazetteer.load()
    m = geocode("Traders came from Ishkashim.", gazetteer=gz)[0]
    assert m.surface == "Ishkashim" and m.place_id
    return gz, m


def test_reassign_moves_the_mention_and_keeps_the_original(ishkashim):
    from pyanj.resolve import reassign
    gz, m = ishkashim
    before = m.to_dict()
    target = next(c["id"] for c in m.candidates)
    fixed = reassign(m, target, gz)
    p = gz[target]
    assert (fixed.place_id, fixed.name, fixed.country, fixed.lat, fixed.lon) == (
        p.id, p.name, p.mention_country, p.lat, p.lon)
    assert fixed.precision == p.precision and fixed.geo_precision is not None and fixed.where_prec is not None
    assert "reassigned" in fixed.flags and "ambiguous" not in fixed.flags
    assert target not in [c["id"] for c in fixed.candidates]
    assert fixed.candidates[0]["id"] == m.place_id  # the old reading is kept as a candidate
    assert (fixed.doc_id, fixed.start, fixed.end, fixed.surface, fixed.sentence) == (
        m.doc_id, m.start, m.end, m.surface, m.sentence)
    assert m.to_dict() == before
    again = reassign(fixed, target, gz)
    assert again.flags.count("reassigned") == 1


def test_reassign_accepts_place_or_candidate_and_rejects_unknown_ids(ishkashim):
    from pyanj.resolve import reassign
    gz, m = ishkashim
    af = gz.lookup("Ishkashim", feature_type="settlement", country="AF")[0]
    assert reassign(m, af).place_id == af.place.id
    assert reassign(m, af.place).country == "AF"
    with pytest.raises(KeyError):
        reassign(m, "no:such-place", gz)


def test_reassign_to_an_unlocated_place_says_so(ishkashim):
    from pyanj.resolve import reassign
    gz, m = ishkashim
    unlocated = next(p for p in gz.places.values() if not p.located)
    fixed = reassign(m, unlocated.id, gz)
    assert fixed.lat is None and fixed.lon is None and "unlocated" in fixed.flags and not fixed.located
