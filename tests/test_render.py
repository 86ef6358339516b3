"""pyanj.render: annotated Leaflet maps, checked as data, as HTML and in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import folium
import pytest
from click.testing import CliRunner

from pyanj.cli import main
from pyanj.mention import Mention
from pyanj.render import make_map, render_html, write_map
from pyanj.render.core import map_data
from pyanj.render.mapdata import safe_url, script_json
from pyanj.render.offline import external_references

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"

# -- a fixed input: every drawing rule once, independent of the geocoder's tuning ------------------
DOC_A = ("Trucks queued at Sherkhan-Bandar for days. Militants keep camps in Kuf Ab, officials said. "
         "Traders crossed the Darvaz bridge to the Ruzvai market.")
DOC_B = ("The Sher Khan Bandar bridge reopened. Langar BCP stays shut. TTT camps in Kuf Ab persist. "
         "The Pyanj river is high. Khorog is quiet. Harb Maidon hosted drills. Badakhshan is remote. "
         "Tajikistan protested. Kabul decided nothing. Location: 37°29'N 71°33'E, beside Darvaz.")
COORD = "37°29'N 71°33'E"
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD_JINJA = "{{ 7*7 }}{% if true %}jinja-ran{% endif %}"   # must never reach a template engine
DOC_X = f"{PAYLOAD_SCRIPT} Convoys met at {PAYLOAD_IMG} Sherkhan-Bandar. Khorog {PAYLOAD_IMG} {PAYLOAD_JINJA} waited."


def _sentence(text, start):
    a = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
    b = text.find(". ", start)
    b = len(text) if b < 0 else b + 1
    return a, b


def _m(gz, doc, text, surface, pid=None, nth=0, flags=(), title=None, url=None, date=None, district_only=False,
       **kw):
    """A Mention of the ``nth`` occurrence of ``surface`` in ``text``, resolved to place ``pid``.

    ``district_only``: the place is known only to its district (as the gazetteer had Langar once).
    """
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    ss, se = _sentence(text, start)
    m = Mention(doc, start, start + len(surface), surface, text[ss:se], sentence_start=ss, sentence_end=se,
                flags=list(flags), confidence=0.8, doc_title=title, doc_url=url, doc_date=date, **kw)
    if pid:
        p = gz.places[pid]
        m.place_id, m.name, m.feature_type, m.country = p.id, p.name, p.feature_type, p.mention_country
        m.lat, m.lon, m.precision, m.admin1, m.admin2 = p.lat, p.lon, p.precision, p.admin1, p.admin2
        if district_only:
            m.lat = m.lon = None
            m.precision = "district"
        if m.lat is None:
            m.flags.append("unlocated")
    return m


@pytest.fixture(scope="module")
def mentions(gz):
    a = dict(title="Frontier trade report", url="https://example.org/report?a=1&b=2", date="2024-05-02")
    b = dict(title=None, url=None, date="2023-01-15")
    conflict = f"coordinate_conflict: {COORD} is 110.4 km away"
    return [
        _m(gz, "doc-a", DOC_A, "Sherkhan-Bandar", "crossing:sher-khan-bandar", **a),
        _m(gz, "doc-a", DOC_A, "Kuf Ab", "adm2:af:badakhshan:kuf-ab", cue="camp", **a),
        _m(gz, "doc-a", DOC_A, "Darvaz bridge", "crossing:darvaz-qalaikhumb", **a),
        _m(gz, "doc-a", DOC_A, "Ruzvai market", "bazaar:ruzvai", **a),
        _m(gz, "doc-b", DOC_B, "Sher Khan Bandar", "crossing:sher-khan-bandar", **b),
        _m(gz, "doc-b", DOC_B, "Langar", "crossing:langar", district_only=True, **b),
        _m(gz, "doc-b", DOC_B, "TTT camps in Kuf Ab", "camp:ttt-kuf-ab", **b),
        _m(gz, "doc-b", DOC_B, "Pyanj", "river:panj", **b),
        _m(gz, "doc-b", DOC_B, "Khorog", "gn:1221328", **b),
        _m(gz, "doc-b", DOC_B, "Harb Maidon", None, feature_type="military", name="Harb Maidon training ground",
           precision="province", country="TJ", flags=["unlocated"], **b),      # as the gazetteer had it once
        _m(gz, "doc-b", DOC_B, "Badakhshan", "adm1:af:badakhshan", **b),
        _m(gz, "doc-b", DOC_B, "Tajikistan", "country:tj", **b),
        _m(gz, "doc-b", DOC_B, "Kabul", "gn:1138958", flags=["non_literal"], literal=False, **b),
        _m(gz, "doc-b", DOC_B, COORD, None, feature_type="coordinate", lat=37.483333, lon=71.55, precision="exact",
           name="37°29′00″N 71°33′00″E",
           flags=["coordinate_conflict: Darvaz (Darvaz (Qalai Khumb–Nusay) Friendship Bridge) is 110.4 km away"],
           **b),
        _m(gz, "doc-b", DOC_B, "Darvaz", "crossing:darvaz-qalaikhumb", nth=0, flags=[conflict], **b),
    ]


#: what the fixed input must draw: overlay -> (markers, paths)
EXPECTED = {
    "crossings": (3, 0),      # Sher Khan Bandar, Darvaz, Langar (the layers place it from the gazetteer)
    "camps": (1, 1),          # "camps in Kuf Ab" twice -> one camp, drawn with the Kuf Ab district
    "bazaars": (1, 0),
    "settlements": (1, 0),    # Khorog (Kabul is figurative: not drawn)
    "coordinates": (1, 0),
    "conflicts": (0, 1),      # the coordinate vs Darvaz
    "provinces": (0, 1),
    "rivers": (0, 1),
}


@pytest.fixture(scope="module")
def xss_mentions(gz):
    x = dict(title=PAYLOAD_IMG + " <b>report</b> " + PAYLOAD_JINJA, url="javascript:window.__pwned=1",
             date="2024-01-01")
    ms = [
        _m(gz, "doc-x" + PAYLOAD_SCRIPT, DOC_X, "Sherkhan-Bandar", "crossing:sher-khan-bandar", **x),
        _m(gz, "doc-x" + PAYLOAD_SCRIPT, DOC_X, "Khorog", "gn:1221328", **x),
    ]
    ms[1].name = PAYLOAD_IMG            # a name from a layers file or a future gazetteer: untrusted too
    ms[1].surface = PAYLOAD_SCRIPT
    ms[1].flags = [PAYLOAD_IMG]
    return ms


@pytest.fixture(scope="module")
def xss_layers(gz, xss_mentions):
    """The layers of the payload mentions, plus a layer file whose names and flags are payloads too."""
    from pyanj.layers import build_layers
    layers = build_layers(xss_mentions, gz)
    props = {"name": PAYLOAD_SCRIPT + PAYLOAD_IMG, "names_seen": PAYLOAD_IMG, "feature_type": "military",
             "country": "<b>TJ</b>", "precision": "exact", "mention_count": 1, "flags": PAYLOAD_IMG,
             "first_sentence": f"Drills at {PAYLOAD_IMG} today.", "first_doc": PAYLOAD_SCRIPT}
    layers["military"] = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [70.2, 37.6]}},
        # a place that cannot be drawn: its name goes into the legend's "named but not drawn"
        {"type": "Feature", "properties": dict(props, name=PAYLOAD_IMG + " unplaced " + PAYLOAD_JINJA),
         "geometry": None},
    ]}
    # a layer file named with a payload (its file stem becomes the overlay's key in the layer control)
    layers['">' + PAYLOAD_IMG] = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "x"}, "geometry": {"type": "Point", "coordinates": [70.3, 37.7]}}]}
    return layers


# -- data ------------------------------------------------------------------------------------------
def test_model_draws_each_place_once_and_honestly(mentions, gz):
    md = map_data(mentions, gz)
    counts = md.counts()
    for key, (markers, paths) in EXPECTED.items():
        if key in md.layers:
            assert len(md.layers[key]) == markers, key
    assert counts["military"] == 0 and counts["conflicts"] == 1
    assert counts["provinces"] == 1 and counts["rivers"] == 1
    by_name = {r["n"]: r for r in md.layers["crossings"]}
    skb = by_name["Sher Khan Bandar–Panji Poyon bridge"]
    assert skb["k"] == 2 and skb["a"] == 0 and set(skb["v"]) == {"Sherkhan-Bandar", "Sher Khan Bandar"}
    langar = by_name["Langar border crossing point (Wakhan)"]
    assert langar["a"] == 0 and langar["p"] == "settlement"     # the layers place it from the gazetteer
    camp = md.layers["camps"][0]           # known only to its district: drawn as the district, not a pin
    assert camp["k"] == 2 and camp["a"] == 1 and camp["g"] >= 0 and camp["t"] == "camp" and camp["p"] == "district"
    # the quote marks the mention in its sentence
    s, a, b, d = skb["q"][0]
    assert md.sentences[s][a:b] == "Sherkhan-Bandar" and md.docs[d][2] == "https://example.org/report?a=1&b=2"
    assert md.unmapped == []
    assert md.skipped == {"names of countries": 1, "figurative (a capital for its government…)": 1,
                          "roads, regions and unresolved names": 1}     # Harb Maidon has no place
    kuf = next(x for x in md.districts if x["id"] == "adm2:af:badakhshan:kuf-ab")
    assert kuf["k"] == 1 and kuf["own"] == 1       # the district's own mention (the camp is a camp)
    assert md.dates == ["2023-01-15", "2024-05-02"]
    line = md.conflicts[0]
    assert line[0] == [37.48333, 71.55] and line[1] == [38.45, 70.83]
    assert line[2].endswith("the coordinate 37°29′00″N 71°33′00″E given beside it is 110.4 km away")


def test_map_of_a_layers_directory_is_the_map_of_its_mentions(mentions, gz, tmp_path):
    from pyanj.layers import write_layers
    from pyanj.layers.build import build_records
    from pyanj.layers.read import read_layers_dir
    from pyanj.layers.schema import LAYERS
    write_layers(mentions, tmp_path / "layers", gazetteer=gz)
    got = read_layers_dir(tmp_path / "layers")
    want = build_records(mentions, gz)
    assert list(got) == list(want) == [k for k in LAYERS if k in want]       # the records' own order
    for layer, recs in want.items():
        assert [p for p, _g in got[layer]] == [p for p, _g in recs], layer
        for (_p, g1), (_q, g2) in zip(got[layer], recs):
            assert (g1 is None and g2 is None) or g1.equals_exact(g2, 1e-6), layer
    assert map_data(got, gz).to_json() == map_data(mentions, gz).to_json()


def test_reading_a_bad_layers_directory_says_why_in_one_line(tmp_path):
    from pyanj.layers.read import as_records, read_layers_dir
    fc = '{"type": "FeatureCollection", "features": [%s]}'
    cases = {
        "missing": (None, "not a directory"),
        "empty": ({}, "no .geojson layer files"),
        "json": ({"crossings.geojson": "{not json"}, "not GeoJSON"),
        "type": ({"crossings.geojson": '{"type": "Feature"}'}, "not a GeoJSON FeatureCollection"),
        "geometry": ({"crossings.geojson": fc % '{"type": "Feature", "properties": {}, '
                      '"geometry": {"type": "Point", "coordinates": "x"}}'}, "feature 0: bad geometry"),
        "feature": ({"crossings.geojson": fc % '3'}, "feature 0 is not an object"),
    }
    for name, (files, message) in cases.items():
        d = tmp_path / name
        if files is not None:
            d.mkdir()
            for f, text in files.items():
                (d / f).write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match=message) as e:
            read_layers_dir(d)
        assert "\n" not in str(e.value), name
    with pytest.raises(ValueError, match="not records"):
        as_records({"crossings": 3})


def test_one_table_says_which_layer_a_type_goes_to():
    """Render draws the point layers that ``pyanj.layers.schema.LAYER_OF_TYPE`` fills, and no other."""
    from pyanj.layers.schema import LAYER_OF_TYPE, LAYERS
    from pyanj.render.mapdata import POINT_LAYERS
    from pyanj.render.records import AREA_LAYERS
    assert set(POINT_LAYERS) | set(AREA_LAYERS) == set(LAYER_OF_TYPE.values())
    assert all(LAYERS[k][0] == "Point" for k in POINT_LAYERS)


def test_safe_url_and_script_json():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<b>", "//x.org",
                "https://x.org/\"><script>", None, 3, "vbscript:x"):
        assert safe_url(bad) == ""
    s = script_json({"a": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"a": "</script><script>alert(1)</script>&\u2028"}


def test_make_map_returns_a_folium_map(mentions, gz):
    m = make_map(mentions, gazetteer=gz, title="Test map", cdn=True)
    assert isinstance(m, folium.Map)
    assert "srcdoc" in m._repr_html_()               # shows inline in Jupyter
    html = render_html(m)
    assert "<title>Test map</title>" in html
    for plugin in ("leaflet.fullscreen@3.0.0", "leaflet-minimap@3.6.1", "leaflet-search@2.9.7",
                   "leaflet-measure@3.1.0", "leaflet@1.9.4"):
        assert plugin in html
    assert "jquery" not in html.lower() and "font-awesome" not in html.lower() and "fontawesome" not in html.lower()
    # tile basemaps are options of a non-offline map, from xyzservices
    assert "tile.openstreetmap.org" in html and "opentopomap.org" in html and "World_Imagery" in html


def test_offline_html_is_self_contained(mentions, gz, tmp_path):
    out = write_map(mentions, tmp_path / "offline.html", gazetteer=gz, offline=True)
    html = out.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "tile.openstreetmap.org" not in html and "opentopomap" not in html and "World_Imagery" not in html
    assert "L.Control.MiniMap" in html and "L.Control.Search" in html and "markerClusterGroup" in html
    assert "data:image/png;base64," in html      # hillshade and CSS sprites inlined
    with pytest.raises(ValueError, match="offline"):
        make_map(mentions, gazetteer=gz, offline=True, basemap="osm")


@pytest.mark.parametrize("source", ["xss_mentions", "xss_layers"])
def test_document_text_is_escaped_in_html(source, request, gz, tmp_path):
    out = write_map(request.getfixturevalue(source), tmp_path / "x.html", gazetteer=gz, offline=True,
                    title=f"Map {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_JINJA}")
    html = out.read_text(encoding="utf-8")
    assert "window.__pwned" in html                     # the text is there, as data…
    for raw in (PAYLOAD_SCRIPT, PAYLOAD_IMG, "<b>report</b>"):
        assert raw not in html                          # …but never as markup
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html   # the title and legend, escaped
    assert "49jinja-ran" not in html and "{% if true %}jinja-ran{% endif %}" in html   # no template ran
    assert "javascript:window" not in html.replace("\\u003c", "<") or '"javascript:' not in html


# -- command line ---------------------------------------------------------------------------------
def test_cli_map_from_mentions_jsonl_and_layers_dir(mentions, gz, tmp_path):
    jl = tmp_path / "m.jsonl"
    jl.write_text("".join(m.to_json() + "\n" for m in mentions), encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(jl), "-o", str(tmp_path / "a.html"), "--offline", "--title", "T"])
    assert r.exit_code == 0, r.output
    assert external_references((tmp_path / "a.html").read_text(encoding="utf-8")) == []
    # a layers directory (GeoJSON files)
    from pyanj.layers import write_layers
    write_layers(mentions, tmp_path / "layers", gazetteer=gz, force=True)
    r = CliRunner().invoke(main, ["map", str(tmp_path / "layers"), "-o", str(tmp_path / "b.html")])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "Sher Khan Bandar" in html and "Langar" in html


def test_cli_map_from_texts(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Trucks queued at Sherkhan-Bandar. Khorog was quiet.", encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(tmp_path / "docs"), "-o", str(tmp_path / "t.html"), "--basemap", "topo"])
    assert r.exit_code == 0, r.output
    assert "Sherkhan-Bandar" in (tmp_path / "t.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["/no/such/input"], "no such"),
    (["{jsonl}", "--offline", "--basemap", "osm"], "needs the network"),
    (["{jsonl}", "--basemap", "No.Such"], "unknown basemap"),
    (["{bad}"], "not a mention"),
])
def test_cli_map_errors_are_one_line(args, message, mentions, tmp_path):
    jl = tmp_path / "m.jsonl"
    jl.write_text("".join(m.to_json() + "\n" for m in mentions), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"place_id": null, "surface": "x"}\n{"place_id": 1, "surface": "y", "start": "no"}\nnot json\n',
                   encoding="utf-8")
    args = [a.format(jsonl=jl, bad=bad) for a in args]
    r = CliRunner().invoke(main, ["map", *args, "-o", str(tmp_path / "e.html")])
    assert r.exit_code == 2, r.output
    assert message in r.output and "Traceback" not in r.output
    assert not (tmp_path / "e.html").exists()


# -- in the browser ---------------------------------------------------------------------------------
@pytest.mark.parametrize("hide, reason", [("chromium", "Chromium is not installed"),
                                          ("playwright", "playwright is not installed")])
def test_browser_tests_skip_with_a_reason_without_chromium_or_playwright(hide, reason, tmp_path):
    """A machine without Chromium (or playwright) skips the browser tests and says why; it does not error."""
    import os
    import subprocess
    import sys
    env = dict(os.environ)
    if hide == "chromium":
        env["PATH"] = str(Path(sys.executable).parent)          # the venv's bin: python, no chromium
    else:
        fake = tmp_path / "fake" / "playwright"                  # an importable name that fails to import
        fake.mkdir(parents=True)
        (fake / "__init__.py").write_text("raise ImportError('no playwright here')\n", encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join([str(fake.parent)] + [p for p in [env.get("PYTHONPATH")] if p])
    test = f"{Path(__file__).resolve()}::test_browser_layer_control_toggles_a_layer"
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p", "no:warnings",
                        test], env=env, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    summary = r.stdout.strip().splitlines()
    assert summary[-1].startswith("1 skipped in "), r.stdout[-3000:]          # skipped: not failed, not errored
    assert any(line.startswith("SKIPPED") and f"browser test: {reason}" in line for line in summary), r.stdout


class Page:
    """A page with the network blocked (only file: and data: load), its requests and errors recorded."""

    def __init__(self, browser, path, vendored_cdn=False, viewport=(1400, 900)):
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.errors, self.requests, self.dialogs = [], [], []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            url = r.request.url
            self.requests.append(url)
            if url.startswith(("file:", "data:")):
                return r.continue_()
            if vendored_cdn:
                from pyanj.render.assets import vendored_file
                f = vendored_file(url)
                if f is not None:
                    import mimetypes
                    ctype = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
                    return r.fulfill(status=200, body=f.read_bytes(), content_type=ctype)
            return r.abort()

        self.page.route("**/*", route)
        t0 = time.monotonic()
        self.page.goto(Path(path).resolve().as_uri())
        self.page.wait_for_function("window.__pyanjReady === true", timeout=20000)
        self.load_s = time.monotonic() - t0

    def stats(self):
        return self.page.evaluate("pyanj.stats()")

    def network(self):
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def shot(self, name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def offline_map(mentions, gz, tmp_path_factory):
    return write_map(mentions, tmp_path_factory.mktemp("map") / "fixed.html", gazetteer=gz, offline=True,
                     title="Fixed test input")


@pytest.mark.browser
def test_browser_offline_map_draws_every_layer_without_network(browser, offline_map):
    pg = Page(browser, offline_map)
    try:
        assert pg.errors == []
        assert pg.network() == []                      # nothing but the file itself (and data: URIs)
        stats = pg.stats()
        for key, (markers, paths) in EXPECTED.items():
            assert (stats[key]["markers"], stats[key]["paths"]) == (markers, paths), key
            assert stats[key]["shown"]
        assert "military" not in stats
        # on the page: one symbol per place, hollow for the approximate ones
        count = pg.page.evaluate
        assert count("document.querySelectorAll('.pyanj-icon-crossings').length") == 3
        assert count("document.querySelectorAll('.pyanj-icon-crossings.pyanj-approx').length") == 0
        assert count("document.querySelectorAll('.pyanj-icon-camps.pyanj-approx').length") == 1
        assert count("document.querySelectorAll('path.pyanj-uncertainty-camps').length") == 1
        assert count("document.querySelectorAll('path.pyanj-conflict').length") == 1
        assert count("document.querySelectorAll('path.pyanj-district-shaded').length") == 1   # Kuf Ab
        # the base: relief image, border and rivers; the controls
        assert count("document.querySelectorAll('img.pyanj-relief').length") == 1
        for sel in (".leaflet-control-layers", ".leaflet-control-scale", ".leaflet-control-minimap",
                    ".leaflet-control-search", ".leaflet-control-measure", ".leaflet-control-zoom-fullscreen",
                    ".pyanj-legend", ".pyanj-title", ".pyanj-timeline"):
            assert count(f"document.querySelectorAll({json.dumps(sel)}).length") == 1, sel
        assert "Fixed test input" in pg.page.title()
        pg.shot("map_fixed_offline.png")
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_popup_quotes_the_sentence(browser, offline_map):
    pg = Page(browser, offline_map)
    try:
        pg.page.evaluate("""() => {
            const st = pyanj.maps[0];
            const o = st.overlays.find(o => o.key === 'crossings');
            const m = o.list.find(m => m._pyanjRec.n.startsWith('Sher Khan'));
            st.map.setView(m.getLatLng(), 9, {animate: false});
        }""")
        pg.page.wait_for_timeout(300)
        icon = pg.page.locator(".pyanj-icon-crossings:not(.pyanj-approx)").first
        # the one nearest the centre is Sher Khan Bandar
        pg.page.evaluate("""() => {
            const st = pyanj.maps[0];
            const o = st.overlays.find(o => o.key === 'crossings');
            const m = o.list.find(m => m._pyanjRec.n.startsWith('Sher Khan'));
            m.getElement().dispatchEvent(new MouseEvent('click', {bubbles: true}));
        }""")
        popup = pg.page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        text = popup.inner_text()
        assert "Sher Khan Bandar–Panji Poyon bridge" in text
        assert "Trucks queued at Sherkhan-Bandar for days." in text
        assert "The Sher Khan Bandar bridge reopened." in text
        assert "Border crossing" in text and "exact point" in text and "Mentions: 2" in text
        assert "Coordinate from: https://wikimili.com/en/Tajik–Afghan_bridge_at_Panji_Poyon (37°11′41″N 68°36′19″E)" \
            in text
        assert pg.page.locator(".leaflet-popup-content mark").first.inner_text() == "Sherkhan-Bandar"
        link = pg.page.locator(".leaflet-popup-content a").first
        assert link.inner_text() == "Frontier trade report"
        assert link.get_attribute("href") == "https://example.org/report?a=1&b=2"
        assert "doc-b" in text                          # a document without title is named by its id
        assert icon.count() == 1
        pg.page.wait_for_timeout(400)            # let the popup finish fading in
        pg.shot("map_popup.png")
        # the district-only camp says so
        pg.page.evaluate("""() => {
            const st = pyanj.maps[0];
            const o = st.overlays.find(o => o.key === 'camps');
            pyanj.reveal(st, st.entries.find(e => e.rec === o.list[0]._pyanjRec));
        }""")
        pg.page.wait_for_timeout(300)
        text = pg.page.locator(".leaflet-popup-content").inner_text()
        assert "district only: drawn as the whole area" in text and "TTT camps in Kuf Ab persist." in text
        assert pg.errors == []
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_layer_control_toggles_a_layer(browser, offline_map):
    pg = Page(browser, offline_map)
    try:
        n = "document.querySelectorAll('.pyanj-icon-crossings').length"
        assert pg.page.evaluate(n) == 3
        pg.page.locator(".pyanj-icon-bazaars").hover()          # tooltips on hover
        assert pg.page.locator(".pyanj-tooltip").inner_text() == "Ruzvai (Darvaz) cross-border market (1)"
        pg.page.mouse.move(5, 450)
        box = pg.page.locator(".leaflet-control-layers-overlays label", has_text="Border crossings")
        box.locator("input").click()
        assert pg.page.evaluate(n) == 0
        assert pg.stats()["crossings"]["shown"] is False
        box.locator("input").click()
        assert pg.page.evaluate(n) == 3
        assert pg.errors == []
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_search_and_timeline(browser, offline_map):
    pg = Page(browser, offline_map)
    try:
        pg.page.locator(".leaflet-control-search .search-button").click()
        pg.page.locator(".leaflet-control-search input").press_sequentially("Sherkhan", delay=20)
        tip = pg.page.locator(".leaflet-control-search .search-tip").first
        tip.wait_for(timeout=5000)
        assert tip.inner_text() == "Sherkhan-Bandar"
        tip.click()
        pg.page.locator(".leaflet-popup-content").wait_for(timeout=5000)
        assert "Sher Khan Bandar–Panji Poyon bridge" in pg.page.locator(".leaflet-popup-content").inner_text()
        # timeline: only 2023 documents -> the places of doc-a alone (Ruzvai bazaar) leave the map
        assert pg.page.evaluate("document.querySelectorAll('.pyanj-icon-bazaars').length") == 1
        pg.page.evaluate("""() => { const t = document.querySelector('input.pyanj-to');
            t.value = '0'; t.dispatchEvent(new Event('input')); }""")
        assert pg.page.evaluate("document.querySelectorAll('.pyanj-icon-bazaars').length") == 0
        assert pg.page.evaluate("document.querySelectorAll('.pyanj-icon-crossings').length") == 3
        assert pg.page.locator(".pyanj-range").inner_text() == "2023-01-15"
        assert pg.errors == []
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_untrusted_text_never_executes(browser, xss_layers, gz, tmp_path):
    path = write_map(xss_layers, tmp_path / "xss.html", gazetteer=gz, offline=True,
                     title=f"Map {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_JINJA}")
    pg = Page(browser, path)
    try:
        page = pg.page
        # open every popup and tooltip, search the payload name, follow the "link"
        page.evaluate("""() => {
            const st = pyanj.maps[0];
            st.entries.forEach(e => {
                pyanj.openPopup(st, e.rec, e.kind, e.layer.getLatLng());
                const el = e.layer.getElement && e.layer.getElement();
                if (el) { el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }
            });
        }""")
        page.wait_for_timeout(300)
        text = page.locator(".leaflet-popup-content").inner_text()
        assert PAYLOAD_SCRIPT in text and PAYLOAD_IMG in text     # shown as text
        assert page.locator(".leaflet-popup-content a").count() == 0  # javascript: is never a link
        assert page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
        page.locator(".leaflet-control-search .search-button").click()
        page.locator(".leaflet-control-search input").press_sequentially("<img", delay=20)
        page.wait_for_timeout(500)
        page.locator(".pyanj-legend details details summary").click()     # "named but not drawn"
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert pg.dialogs == []
        assert page.locator(".pyanj-title").inner_text().startswith(f"Map {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_JINJA}")
        assert PAYLOAD_JINJA in page.locator(".pyanj-legend").inner_text()
        assert page.evaluate("document.querySelectorAll('body img:not(.leaflet-tile):not(.pyanj-relief)"
                             ":not(.leaflet-image-layer)').length") == 0
        assert pg.errors == [], pg.requests
        pg.page.wait_for_timeout(400)
        pg.shot("map_xss.png")
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_cdn_map_works_with_the_vendored_files(browser, mentions, gz, tmp_path):
    """A ``cdn=True`` map loads its scripts from CDN addresses; served the vendored files, it works."""
    path = write_map(mentions, tmp_path / "cdn.html", gazetteer=gz, cdn=True)
    pg = Page(browser, path, vendored_cdn=True)
    try:
        assert pg.errors == []
        assert all("cdn.jsdelivr.net" in u for u in pg.network())    # no tiles: the bundled base is the default
        assert pg.stats()["crossings"]["markers"] == 3
        assert pg.page.locator(".leaflet-control-layers-base label").count() == 4
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_demo_corpus_map(browser, gz, corpus, tmp_path):
    """The bundled corpus, as ``pyanj demo`` maps it: border, rivers, shaded districts, Sher Khan Bandar."""
    from pyanj.resolve import geocode_documents
    ms = geocode_documents(list(corpus.items()), gz)
    path = write_map(ms, tmp_path / "frontier_map.html", gazetteer=gz, offline=True,
                     title="The Pyanj frontier in the bundled corpus")
    pg = Page(browser, path)
    try:
        assert pg.errors == [] and pg.network() == []
        stats = pg.stats()
        assert stats["crossings"]["markers"] >= 1 and stats["districts"]["paths"] > 100
        names = pg.page.evaluate("pyanj.maps[0].data.layers.crossings.map(r => r.n)")
        assert "Sher Khan Bandar–Panji Poyon bridge" in names
        assert pg.page.evaluate("document.querySelectorAll('path.pyanj-district-shaded').length") >= 5
        pg.shot("frontier_map_demo.png")
        if shutil.which("true"):
            assert pg.load_s < 10
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_many_points_are_clustered_or_drawn_on_canvas(browser, mentions, gz, tmp_path, monkeypatch):
    """Past the thresholds a layer is clustered, and past more a canvas of dots: still counted, clickable."""
    import pyanj.render.core as core
    monkeypatch.setattr(core, "CLUSTER_AT", 0)
    cluster = write_map(mentions, tmp_path / "cluster.html", gazetteer=gz, offline=True)
    monkeypatch.setattr(core, "CANVAS_TOTAL", 0)
    canvas = write_map(mentions, tmp_path / "canvas.html", gazetteer=gz, offline=True)
    for path, sel in ((cluster, ".pyanj-cluster, .pyanj-icon-crossings"), (canvas, "canvas.pyanj-dots")):
        pg = Page(browser, path)
        try:
            assert pg.errors == [] and pg.network() == []
            stats = pg.stats()
            for key in ("crossings", "camps", "bazaars", "settlements", "coordinates"):
                assert (stats[key]["markers"], stats[key]["paths"]) == EXPECTED[key], key   # areas kept
            assert pg.page.locator("path.pyanj-uncertainty-camps").count() == 1
            assert pg.page.locator(sel).count() >= 1
            if path == canvas:
                assert pg.page.locator("canvas.pyanj-dots").count() == 5
                # a click on the Sher Khan Bandar dot opens its popup
                pt = pg.page.evaluate("""() => { const st = pyanj.maps[0];
                    const r = st.data.layers.crossings.find(r => r.n.startsWith('Sher Khan'));
                    const p = st.map.latLngToContainerPoint(r.ll); return [p.x, p.y]; }""")
                box = pg.page.locator(".pyanj-map").bounding_box()
                pg.page.mouse.click(box["x"] + pt[0], box["y"] + pt[1])
                pg.page.locator(".leaflet-popup-content").wait_for(timeout=5000)
                assert "Trucks queued at Sherkhan-Bandar" in pg.page.locator(".leaflet-popup-content").inner_text()
        finally:
            pg.close()


@pytest.mark.browser
def test_browser_pyanj_demo_writes_the_frontier_map(browser, tmp_path):
    """``pyanj demo`` -> build/frontier_map.html: border, rivers, shaded districts, Sher Khan Bandar."""
    from pyanj.cli.demo import run_demo
    lines = list(run_demo(None, tmp_path / "layers", tmp_path / "build"))
    path = tmp_path / "build" / "frontier_map.html"
    assert path.exists() and any("frontier_map.html" in line for line in lines)
    pg = Page(browser, path)                        # self-contained: every request is blocked
    try:
        assert pg.errors == [] and pg.network() == []
        assert pg.page.evaluate("document.querySelectorAll('img.pyanj-relief').length") == 1
        assert pg.page.evaluate("document.querySelectorAll('path.pyanj-district-shaded').length") >= 5
        names = pg.page.evaluate("pyanj.maps[0].data.layers.crossings.map(r => r.n)")
        for crossing in ("Sher Khan Bandar", "Langar", "Darvaz"):
            assert any(n.startswith(crossing) for n in names), crossing
        assert "The Pyanj frontier" in pg.page.title()
        # the Badakhshan camps, each known only to its district: drawn as the district, never as a pin
        camps = pg.page.evaluate("pyanj.maps[0].data.layers.camps.map(r => [r.n, r.a, r.g])")
        district_camps = [c for c in camps if c[0].endswith(" district")]
        assert len(district_camps) >= 5 and all(a == 1 and g >= 0 for _, a, g in district_camps)
        # its popup quotes the seed sentence, the mention marked
        pg.page.evaluate("""() => { const st = pyanj.maps[0];
            pyanj.reveal(st, st.entries.find(e => e.rec.n.includes('Kuf Ab'))); }""")
        popup = pg.page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        assert "TTT has been allowed to establish terrorist infrastructure in Badakhshan" in popup.inner_text()
        assert popup.locator("mark").first.inner_text() in ("Kuf Ab", "Koofab")
    finally:
        pg.close()


def test_layers_dict_places_known_only_to_an_area_honestly(gz):
    """A layers dict (GeoJSON): a district-only crossing and province-only camps get their area, not a pin."""
    def feat(fid, name, ftype, prec, lon, lat, **kw):
        p = {"id": fid, "name": name, "feature_type": ftype, "precision": prec, "mention_count": 1,
             "names_seen": name, "first_sentence": f"They met at {name}.", "first_doc": "d1"}
        p.update(kw)
        return {"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [lon, lat]}}

    layers = {
        "crossings": {"type": "FeatureCollection", "features": [
            feat("crossing:x", "Vanj bridge", "crossing", "district", 71.45, 38.37),       # inside Vanj (TJ)
            feat("crossing:y", "Far bridge", "crossing", "district", 60.0, 30.0),          # outside every district
            feat("crossing:z", "Exact bridge", "crossing", "exact", 68.6053, 37.1946)]},
        "camps": {"type": "FeatureCollection", "features": [
            feat("camps@adm1:af:badakhshan", "Camps in Badakhshan", "camp", "province", 71.4, 36.9)]},
    }
    md = map_data(layers, gz)
    cr = {r["n"]: r for r in md.layers["crossings"]}
    assert (cr["Vanj bridge"]["a"], cr["Vanj bridge"]["r"]) == (1, 0) and cr["Vanj bridge"]["g"] >= 0
    assert (cr["Far bridge"]["a"], cr["Far bridge"]["r"], cr["Far bridge"]["g"]) == (1, 15000, -1)
    assert (cr["Exact bridge"]["a"], cr["Exact bridge"]["g"]) == (0, -1)
    camp = md.layers["camps"][0]
    assert camp["a"] == 1 and camp["g"] >= 0 and md.shapes[camp["g"]]["type"] in ("Polygon", "MultiPolygon")
    s, a, b, _ = camp["q"][0]
    assert md.sentences[s][a:b] == "Camps in Badakhshan"


@pytest.mark.browser
def test_browser_controls_work_offline(browser, offline_map):
    """Measure a distance, fold the minimap, go full screen: no error, no request."""
    pg = Page(browser, offline_map)
    try:
        page = pg.page
        page.locator(".leaflet-control-measure").hover()
        page.locator(".leaflet-control-measure .js-start").click()
        page.mouse.click(500, 400)
        page.mouse.click(700, 450)
        assert "Kilometers" in page.locator(".leaflet-control-measure .js-results").inner_text()
        page.locator(".leaflet-control-measure .js-finish").click()
        page.locator(".leaflet-control-minimap-toggle-display").click()
        page.locator(".leaflet-control-zoom-fullscreen").click()
        page.wait_for_timeout(300)
        assert pg.errors == [] and pg.network() == []
    finally:
        pg.close()


def test_map_html_is_byte_identical_across_runs_hash_seeds_time_zones_and_locales(tmp_path):
    """folium draws random element ids; pyanj numbers them by the tree, so a rerun gives the same bytes."""
    import os
    import subprocess
    import sys
    text = tmp_path / "a.txt"
    text.write_text("Trucks crossed at Sherkhan-Bandar into Kunduz. Traders reached Khorog and Ishkashim.",
                    encoding="utf-8")
    outs = []
    for i, (seed, tz, lc) in enumerate([("1", "UTC", "C.UTF-8"), ("999", "Asia/Dushanbe", "C"), ("random", "US/Pacific", "POSIX")]):
        out = tmp_path / f"m{i}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL=lc)
        subprocess.run([sys.executable, "-m", "pyanj.cli", "map", str(text), "-o", str(out)], env=env, check=True,
                       cwd=tmp_path, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
