"""The JavaScript/CSS a map loads: one CDN address per file, and the vendored copy inlined offline.

Every address names exactly the version vendored in ``static/`` (see ``static/LICENSES.md``), so a
map behaves the same whether its scripts come from a CDN or are inlined by ``--offline``.
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"

_JSD = "https://cdn.jsdelivr.net/npm"

#: name -> (CDN address, file under static/)
ASSETS: dict[str, tuple[str, str]] = {
    "leaflet_js": (f"{_JSD}/leaflet@1.9.4/dist/leaflet.js", "leaflet/leaflet.js"),
    "leaflet_css": (f"{_JSD}/leaflet@1.9.4/dist/leaflet.css", "leaflet/leaflet.css"),
    "fullscreen_js": (f"{_JSD}/leaflet.fullscreen@3.0.0/Control.FullScreen.js",
                      "leaflet.fullscreen/Control.FullScreen.js"),
    "fullscreen_css": (f"{_JSD}/leaflet.fullscreen@3.0.0/Control.FullScreen.css",
                       "leaflet.fullscreen/Control.FullScreen.css"),
    "minimap_js": (f"{_JSD}/leaflet-minimap@3.6.1/dist/Control.MiniMap.min.js",
                   "leaflet-minimap/Control.MiniMap.min.js"),
    "minimap_css": (f"{_JSD}/leaflet-minimap@3.6.1/dist/Control.MiniMap.min.css",
                    "leaflet-minimap/Control.MiniMap.min.css"),
    "search_js": (f"{_JSD}/leaflet-search@2.9.7/dist/leaflet-search.min.js",
                  "leaflet-search/dist/leaflet-search.min.js"),
    "search_css": (f"{_JSD}/leaflet-search@2.9.7/dist/leaflet-search.min.css",
                   "leaflet-search/dist/leaflet-search.min.css"),
    "measure_js": (f"{_JSD}/leaflet-measure@3.1.0/dist/leaflet-measure.js", "leaflet-measure/leaflet-measure.js"),
    "measure_css": (f"{_JSD}/leaflet-measure@3.1.0/dist/leaflet-measure.css", "leaflet-measure/leaflet-measure.css"),
    "markercluster_js": (f"{_JSD}/leaflet.markercluster@1.5.3/dist/leaflet.markercluster.js",
                         "leaflet.markercluster/leaflet.markercluster.js"),
    "markercluster_css": (f"{_JSD}/leaflet.markercluster@1.5.3/dist/MarkerCluster.css",
                          "leaflet.markercluster/MarkerCluster.css"),
    "markercluster_default_css": (f"{_JSD}/leaflet.markercluster@1.5.3/dist/MarkerCluster.Default.css",
                                  "leaflet.markercluster/MarkerCluster.Default.css"),
}

#: CDN address -> vendored file
BY_URL: dict[str, Path] = {url: STATIC / rel for url, rel in ASSETS.values()}


def js(*names: str) -> list[tuple[str, str]]:
    """``default_js`` entries for folium's ``JSCSSMixin``."""
    return [(n, ASSETS[n][0]) for n in names]


def css(*names: str) -> list[tuple[str, str]]:
    """``default_css`` entries for folium's ``JSCSSMixin``."""
    return [(n, ASSETS[n][0]) for n in names]


def read_static(rel: str) -> str:
    return (STATIC / rel).read_text(encoding="utf-8")


def vendored_file(url: str) -> Path | None:
    """The vendored copy of any file a CDN map loads (scripts, stylesheets and the images they use)."""
    if url in BY_URL:
        return BY_URL[url]
    prefix = _JSD + "/"
    if not url.startswith(prefix):
        return None
    pkg_ver, _, rest = url[len(prefix):].partition("/")
    pkg = pkg_ver.rsplit("@", 1)[0]
    root = STATIC / pkg
    name = rest.rsplit("/", 1)[-1]
    if not root.is_dir() or not name:
        return None
    hits = sorted(root.rglob(name))
    return hits[0] if hits else None
