"""The web map as a reader meets it: self-contained by default, panels that never cover each other or the
frontier at three screen sizes, place labels without collisions, a permalink, keyboard access, credits."""

from __future__ import annotations


import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pyanj.cli import main
from pyanj.render import make_map, write_map
from pyanj.render.core import MAX_ZOOM
from pyanj.render.offline import external_references
from test_render import Page, mentions, xss_layers, xss_mentions  # noqa: F401

SIZES = [(1400, 900), (1100, 660), (390, 844)]
#: every panel a reader may meet: name -> selector of (an element inside) its Leaflet control
PANELS = {"legend": ".pyanj-legend", "layers": ".leaflet-control-layers", "minimap": ".leaflet-control-minimap",
          "search": ".leaflet-control-search", "zoom": ".leaflet-control-zoom-in",
          "fullscreen": ".leaflet-control-zoom-fullscreen", "measure": ".leaflet-control-measure",
          "attribution": ".leaflet-control-attribution", "title": ".pyanj-title", "scale": ".leaflet-control-scale",
          "timeline": ".pyanj-timeline"}
_BOXES = """(panels) => {
    const out = {};
    for (const [name, sel] of Object.entries(panels)) {
        const e = document.querySelector(sel);
        const c = e && e.closest('.leaflet-control');
        if (!c || c.offsetWidth === 0 || getComputedStyle(c).display === 'none') { continue; }
        const r = c.getBoundingClientRect();
        out[name] = [r.left, r.top, r.right, r.bottom];
    }
    return out;
}"""
_FRONTIER = """() => { const st = pyanj.maps[0], b = L.latLngBounds(st.data.frontier);
    const a = st.map.latLngToContainerPoint(b.getSouthWest()), c = st.map.latLngToContainerPoint(b.getNorthEast());
    return [a.x, c.y, c.x, a.y]; }"""


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def corpus_map(gz, corpus, tmp_path_factory):
    """The bundled corpus as ``pyanj map`` draws it by default (no flags)."""
    from pyanj.resolve import geocode_documents
    ms = geocode_documents(list(corpus.items()), gz)
    return write_map(ms, tmp_path_factory.mktemp("view") / "corpus.html", gazetteer=gz,
                     title="The Pyanj frontier in the bundled corpus")


@pytest.fixture(scope="module")
def fixed_map(mentions, gz, tmp_path_factory):  # noqa: F811
    """The fixed test input (with dated documents: the timeline panel too), default options."""
    return write_map(mentions, tmp_path_factory.mktemp("view") / "fixed.html", gazetteer=gz, title="Fixed test input")


# -- self-contained by default ----------------------------------------------------------------------
def test_default_map_and_notebook_repr_need_no_network_and_cdn_is_opt_in(mentions, gz, tmp_path):  # noqa: F811
    html = write_map(mentions, tmp_path / "d.html", gazetteer=gz).read_text(encoding="utf-8")
    assert external_references(html) == []
    assert not re.search(r"""<(script|link)\b[^>]*(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "cdn.jsdelivr.net" not in html and "L.Control.MiniMap" in html
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert f'"maxZoom":{MAX_ZOOM}' in html and "OpenStreetMap\\u003c/a\\u003e contributors (ODbL)" in html
    assert "tile.openstreetmap.org" in html            # tile basemaps stay selectable (loaded only if chosen)
    repr_html = make_map(mentions, gazetteer=gz)._repr_html_()
    assert "srcdoc" in repr_html and "cdn.jsdelivr.net" not in repr_html and "L.Control.Search" in repr_html
    cdn = write_map(mentions, tmp_path / "c.html", gazetteer=gz, cdn=True).read_text(encoding="utf-8")
    assert sorted(set(re.findall(r'(?:src|href)="(https://cdn\.jsdelivr\.net/npm/[^"/]+)/', cdn))) == [
        "https://cdn.jsdelivr.net/npm/leaflet-measure@3.1.0", "https://cdn.jsdelivr.net/npm/leaflet-minimap@3.6.1",
        "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7", "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0",
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.4"]
    assert len(cdn) < len(html) - 150_000


def test_cli_map_is_self_contained_unless_cdn(mentions, tmp_path):  # noqa: F811
    jl = tmp_path / "m.jsonl"
    jl.write_text("".join(m.to_json() + "\n" for m in mentions), encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(jl), "-o", str(tmp_path / "a.html")])
    assert r.exit_code == 0, r.output
    assert external_references((tmp_path / "a.html").read_text(encoding="utf-8")) == []
    r = CliRunner().invoke(main, ["map", str(jl), "-o", str(tmp_path / "b.html"), "--cdn"])
    assert r.exit_code == 0, r.output
    cdn = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert len(external_references(cdn)) == 10
    assert len(re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="https://cdn\.jsdelivr\.net/npm/', cdn)) == 10
    r = CliRunner().invoke(main, ["map", str(jl), "-o", str(tmp_path / "c.html"), "--cdn", "--offline"])
    assert r.exit_code == 2 and "cannot load them from the CDN" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1 and not (tmp_path / "c.html").exists()


@pytest.mark.browser
def test_browser_default_map_draws_with_every_request_blocked(browser, fixed_map):
    pg = Page(browser, fixed_map)              # every request but file: and data: is aborted
    try:
        assert pg.errors == [] and pg.network() == []
        assert pg.page.locator(".pyanj-icon-crossings").count() == 3
        assert pg.page.locator("path.pyanj-district-shaded").count() == 1
        assert pg.page.evaluate("pyanj.maps[0].map.getMaxZoom()") == MAX_ZOOM
        attribution = pg.page.locator(".leaflet-control-attribution").inner_text()
        assert "© OpenStreetMap contributors (ODbL)" in attribution and "GeoNames (CC BY 4.0)" in attribution
        assert "Borders generalised" in attribution
        assert pg.page.evaluate("document.documentElement.lang") == "en"
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_notebook_repr_draws_offline(browser, mentions, gz, tmp_path):  # noqa: F811
    """The notebook's output (an iframe with the map as srcdoc) draws with the network blocked."""
    path = tmp_path / "cell.html"
    path.write_text("<!DOCTYPE html><html><body>" + make_map(mentions, gazetteer=gz)._repr_html_() + "</body></html>",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    requests = []
    page.route("**/*", lambda r: (requests.append(r.request.url), r.continue_() if r.request.url.startswith(
        ("file:", "data:", "about:")) else r.abort()))
    try:
        page.goto(path.resolve().as_uri())
        frame = page.frames[1]
        frame.wait_for_function("window.__pyanjReady === true", timeout=20000)
        assert frame.locator(".pyanj-icon-crossings").count() == 3
        assert [u for u in requests if not u.startswith(("file:", "data:", "about:"))] == []
    finally:
        page.close()


# -- panels ----------------------------------------------------------------------------------------------
@pytest.mark.browser
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("which", ["corpus_map", "fixed_map"])
def test_browser_panels_never_cover_each_other_or_the_frontier(browser, which, size, request):
    pg = Page(browser, request.getfixturevalue(which), viewport=size)
    try:
        w, h = size
        boxes = pg.page.evaluate(_BOXES, PANELS)
        phone, small = w < 600, w < 900 or h < 700
        expected = set(PANELS) - {"minimap"} if phone else set(PANELS)
        if which == "corpus_map":
            expected.discard("timeline")       # the corpus' documents carry no date
        assert set(boxes) == expected, boxes
        for name, b in boxes.items():          # inside the screen
            assert b[0] >= 0 and b[1] >= 0 and b[2] <= w + 0.5 and b[3] <= h + 0.5, (name, b)
        names = sorted(boxes)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                assert not _overlap(boxes[a], boxes[b]), (a, boxes[a], b, boxes[b])
        frontier = pg.page.evaluate(_FRONTIER)
        assert frontier[0] >= 0 and frontier[1] >= 0 and frontier[2] <= w and frontier[3] <= h, frontier
        for name, b in boxes.items():
            assert not _overlap(frontier, b), (name, b, frontier)
        # folded on small screens, open on a large one; the layer list folded on a phone
        assert pg.page.evaluate("document.querySelector('.pyanj-legend > details').open") is (not small)
        assert pg.page.evaluate("document.querySelector('.leaflet-control-layers')"
                                ".classList.contains('leaflet-control-layers-expanded')") is (not phone)
        assert (frontier[2] - frontier[0]) > 0.55 * w      # and the frontier is not a speck
        assert pg.errors == []
        pg.shot(f"map_{which}_{w}x{h}.png")
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_folded_legend_opens_and_stays_reachable(browser, corpus_map):
    pg = Page(browser, corpus_map, viewport=(390, 844))
    try:
        pg.page.locator(".pyanj-legend > details > summary").click()
        pg.page.wait_for_timeout(200)
        box = pg.page.locator(".pyanj-legend").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 844          # scrolls within the screen
        assert "Border crossings" in pg.page.locator(".pyanj-legend").inner_text()
    finally:
        pg.close()


# -- labels ------------------------------------------------------------------------------------------------
def _labels(pg):
    return pg.page.evaluate("pyanj.labelBoxes()")


def _assert_apart(labels, boxes):
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlap(a[1:5], b[1:5]), (a, b)
        for name, p in boxes.items():
            assert not _overlap(a[1:5], p), (a, name)


@pytest.mark.browser
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_browser_labels_name_the_top_places_without_colliding(browser, corpus_map, size):
    pg = Page(browser, corpus_map, viewport=size)
    try:
        labels = _labels(pg)
        texts = {t for t, *_ in labels}
        want = {"Darvaz Friendship Bridge", "Dushanbe", "Fayzabad", "Camps in Takhar"}   # a phone: the room for these
        if size[0] > 600:
            want |= {"Sher Khan Bandar bridge", "Langar border crossing point", "Camps, Kuf Ab district"}
        assert want <= texts, texts
        _assert_apart(labels, pg.page.evaluate(_BOXES, PANELS))
        page = pg.page
        page.evaluate("pyanj.maps[0].map.setZoom(4.5, {animate: false})")      # hidden at low zoom
        page.wait_for_timeout(100)
        assert _labels(pg) == []
        page.evaluate("pyanj.maps[0].map.setView([37.2, 69.5], 9, {animate: false})")   # districts appear
        page.wait_for_timeout(100)
        labels = _labels(pg)
        assert any(kind == "districts" for *_, kind in labels) and len(labels) >= 5
        _assert_apart(labels, pg.page.evaluate(_BOXES, PANELS))
        assert pg.errors == []
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_labels_follow_layer_control_and_timeline(browser, fixed_map):
    pg = Page(browser, fixed_map)
    try:
        kinds = lambda: sorted({kind for *_, kind in _labels(pg)})   # noqa: E731
        pg.page.evaluate("pyanj.maps[0].map.setView([38.1, 70.9], 7, {animate: false})")
        pg.page.wait_for_timeout(100)
        assert "crossings" in kinds() and "bazaars" not in kinds()     # bazaars from zoom 7.5
        pg.page.evaluate("pyanj.maps[0].map.setView([38.1, 70.9], 8, {animate: false})")
        pg.page.wait_for_timeout(100)
        assert "Ruzvai cross-border market" in [t for t, *_ in _labels(pg)]
        pg.page.locator(".leaflet-control-layers-overlays label", has_text="Border crossings").locator("input").click()
        assert "crossings" not in kinds()
        pg.page.evaluate("""() => { const t = document.querySelector('input.pyanj-to');
            t.value = '0'; t.dispatchEvent(new Event('input')); }""")                # 2023 only: no Ruzvai
        assert "Ruzvai cross-border market" not in [t for t, *_ in _labels(pg)]
        assert pg.errors == []
    finally:
        pg.close()


@pytest.mark.browser
def test_browser_labels_of_untrusted_names_are_text(browser, xss_layers, gz, tmp_path):  # noqa: F811
    pg = Page(browser, write_map(xss_layers, tmp_path / "xss.html", gazetteer=gz))
    try:
        pg.page.evaluate("pyanj.maps[0].map.setView([37.6, 70.2], 8, {animate: false})")
        pg.page.wait_for_timeout(100)
        texts = [t for t, *_ in _labels(pg)]
        assert "<script>window.__pwned=1</s…" in texts, texts     # the military site named with payloads
        assert pg.page.locator(".pyanj-place-label img, .pyanj-place-label script").count() == 0
        assert pg.page.evaluate("typeof window.__pwned") == "undefined" and pg.dialogs == []
    finally:
        pg.close()


# -- permalink and keyboard ------------------------------------------------------------------------------
@pytest.mark.browser
def test_browser_permalink_restores_and_follows_the_view(browser, fixed_map):
    page = browser.new_page(viewport={"width": 1100, "height": 660})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    try:
        page.goto(Path(fixed_map).resolve().as_uri() + "#9/37.19/68.6")
        page.wait_for_function("window.__pyanjReady === true", timeout=20000)
        view = page.evaluate("(() => { const m = pyanj.maps[0].map, c = m.getCenter(); "
                             "return [m.getZoom(), c.lat, c.lng]; })()")
        assert view[0] == 9 and abs(view[1] - 37.19) < 1e-6 and abs(view[2] - 68.6) < 1e-6
        page.evaluate("pyanj.maps[0].map.setView([38.5, 71.25], 10, {animate: false})")
        assert page.evaluate("location.hash") == "#10/38.5000/71.2500"
        page.evaluate("location.hash = '#7.5/37.5/70'")
        page.wait_for_function("pyanj.maps[0].map.getZoom() === 7.5")
        page.goto("about:blank")
        page.goto(Path(fixed_map).resolve().as_uri() + "#99/not/a/view")          # ignored: the fitted view
        page.wait_for_function("window.__pyanjReady === true", timeout=20000)
        assert page.evaluate("pyanj.maps[0].fit.free") is True
    finally:
        page.close()


@pytest.mark.browser
def test_browser_markers_are_reached_with_tab_and_opened_with_enter(browser, fixed_map):
    pg = Page(browser, fixed_map)
    try:
        page = pg.page
        icon = page.locator(".pyanj-icon-bazaars")
        assert icon.get_attribute("tabindex") == "0" and icon.get_attribute("role") == "button"
        assert icon.get_attribute("aria-label") == "Ruzvai (Darvaz) cross-border market, 1 mention"
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('pyanj-icon')"):
                break
        else:
            pytest.fail("no marker is reached with Tab")
        name = page.evaluate("document.activeElement.getAttribute('aria-label')").split(",")[0]
        page.keyboard.press("Enter")
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        assert popup.locator(".pyanj-pop-name").inner_text() == name
        assert pg.errors == []
    finally:
        pg.close()
