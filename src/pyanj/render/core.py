"""``make_map`` and ``write_map``: mentions or layers -> layer records -> map data -> a Leaflet map."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pyanj.gazetteer import GazetteerDataError, load
from pyanj.gazetteer.geo import border_line
from pyanj.gcpause import gc_paused
from pyanj.layers.build import build_records
from pyanj.layers.palette import YLORRD, breaks_for  # noqa: F401  (one palette with QGIS and print)
from pyanj.layers.palette import ramp as _palette
from pyanj.layers.read import as_records
from pyanj.mention import Mention
from pyanj.render import plugins as P
from pyanj.render.mapdata import POINT_LAYERS, MapData
from pyanj.render.records import from_records
from pyanj.render.symbols import COLORS, swatch, symbols

#: Basemaps offered with tiles (not offline): key -> (xyzservices name, label)
BASEMAPS = {
    "osm": ("OpenStreetMap.Mapnik", "OpenStreetMap"),
    "topo": ("OpenTopoMap", "OpenTopoMap"),
    "satellite": ("Esri.WorldImagery", "Satellite (Esri World Imagery)"),
}
_ALIASES = {"openstreetmap": "osm", "opentopomap": "topo", "imagery": "satellite", "esri": "satellite",
            "none": "offline", "bundled": "offline", "": "offline"}
#: Labels of other overlays a layers dict may bring.
EXTRA_LABELS = {"frontier": "Districts on the border"}
#: Deepest zoom: the boundaries are generalised (1:10m borders, districts simplified to ~300 m), so closer
#: views would show precision the data does not have.
MAX_ZOOM = 12
#: Credits the bundled data's licences require (data/SOURCES.md), shown in the map's attribution.
CREDITS = ('Borders generalised · <a href="https://www.geoboundaries.org">geoBoundaries</a>; Tajik districts '
           '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL) · '
           '<a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0) · Natural Earth · SRTM30_PLUS')
#: A point layer with more points than this is clustered.
CLUSTER_AT = 300
#: Past this many points on the map, layers of more than CLUSTER_AT points are drawn on a canvas.
CANVAS_TOTAL = 30000


class MapInputError(ValueError):
    """The map's source or options are not usable (one-line message)."""


def _basemap_key(basemap) -> str:
    if basemap is None:
        return "offline"
    key = str(basemap).strip()
    low = _ALIASES.get(key.lower(), key.lower())
    if low in BASEMAPS or low == "offline":
        return low
    return key  # an xyzservices provider name, checked in _tiles


def _tiles(selected: str) -> list[dict]:
    import xyzservices.providers as xyz
    chosen = dict(BASEMAPS)
    if selected not in chosen and selected != "offline":
        try:
            xyz.query_name(selected)
        except ValueError:
            raise MapInputError(f"unknown basemap {selected!r}: use offline, osm, topo, satellite or an "
                                f"xyzservices name such as CartoDB.Positron") from None
        chosen[selected] = (selected, selected)
    out = []
    for key, (name, label) in chosen.items():
        t = xyz.query_name(name)
        out.append({"key": key, "label": label, "url": t.build_url(), "attribution": t.html_attribution,
                    "maxZoom": t.get("max_zoom", 18)})
    return out


def _line_sample(color, weight, dash="", width=30):
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg width="{width}" height="12" aria-hidden="true"><line x1="1" y1="6" x2="{width - 1}" y2="6" '
            f'stroke="{color}" stroke-width="{weight}"{d} stroke-linecap="round"/></svg>')


def legend_html(md: MapData, breaks: list[int], colors: list[str], counts: dict) -> str:
    """The legend's HTML; every piece of document text in it is escaped."""
    sym = symbols()
    rows = []
    for key, label in POINT_LAYERS.items():
        if counts.get(key):
            rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{sym[key]["svg"]}</span>'
                        f'{escape(label)} ({counts[key]})</div>')
    rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{sym["camps"]["approx"]}</span>'
                f'hollow, in a dashed ring: known only to a district or province; the dashed area around it is '
                f'where it may be</div>')
    rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{_line_sample("#1a1a1a", 2, "8 4 2 4")}'
                f'</span>Afghanistan–Tajikistan border</div>')
    rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{_line_sample("#3d8fd1", 5)}</span>'
                f'Panj and Pamir rivers</div>')
    if counts.get("conflicts"):
        rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{_line_sample("#d7301f", 2.5, "2 6")}'
                    f'</span>a coordinate in a text far from the place named beside it</div>')
    if counts.get("provinces"):
        rows.append(f'<div class="pyanj-lg-row"><span class="pyanj-lg-sym">{_line_sample("#6a3d9a", 2.2, "6 5")}'
                    f'</span>province named in the texts</div>')
    rows.append('<h4 style="margin-top:6px">Mentions per district</h4>')
    rows.append(f'<div class="pyanj-note" style="margin-top:0">{escape(md.district_note)}</div>')
    for i, b in enumerate(breaks):
        hi = breaks[i + 1] - 1 if i + 1 < len(breaks) else None
        rng = f"{b}" if hi == b else (f"{b}–{hi}" if hi is not None else f"{b} or more")
        rows.append(f'<div class="pyanj-lg-row">{swatch(colors[i])} {rng}</div>')
    rows.append('<div class="pyanj-lg-row"><span class="pyanj-swatch" style="background:#fff;border-color:#8c8c8c">'
                '</span> none</div>')
    if md.unmapped:
        items = "".join(f"<li>{escape(str(n))} <small>({escape(str(t))}, {int(k)} mention{'s' if k != 1 else ''}: "
                        f"{escape(str(why))})</small></li>" for n, t, k, why in md.unmapped[:40])
        more = f"<li>… {len(md.unmapped) - 40} more</li>" if len(md.unmapped) > 40 else ""
        rows.append(f'<details><summary>{len(md.unmapped)} named but not drawn</summary><ul>{items}{more}</ul>'
                    f'</details>')
    if md.skipped:
        skipped = "; ".join(f"{int(v)} {escape(k)}" for k, v in sorted(md.skipped.items()))
        rows.append(f'<div class="pyanj-note">Mentions not drawn: {skipped}.</div>')
    rows.append(f'<div class="pyanj-note">{len(md.docs)} document{"s" if len(md.docs) != 1 else ""}. Base: '
                'geoBoundaries, Natural Earth; relief: SRTM30_PLUS. Borders are generalised (1:10m, districts '
                f'simplified): the map stops at zoom {MAX_ZOOM}.</div>')
    return '<details open><summary><b>Legend</b></summary>' + "".join(rows) + "</details>"


def _frontier_bounds():
    """[[south, west], [north, east]] of the Afghanistan–Tajikistan border: what the first view must show."""
    line = border_line()
    w, s, e, n = line.bounds if line is not None else (67.7, 36.6, 74.9, 38.5)
    return [[round(s, 3), round(w, 3)], [round(n, 3), round(e, 3)]]


def _bounds():
    line = border_line()
    w, s, e, n = line.bounds if line is not None else (67.7, 36.6, 74.9, 38.5)
    return [[round(s - 0.25, 3), round(w - 0.25, 3)], [round(n + 0.25, 3), round(e + 0.25, 3)]]


def map_data(source, gazetteer=None) -> MapData:
    """What the map of ``source`` draws.  Mentions go through ``pyanj.layers.build.build_records`` and a
    layers dict through ``pyanj.layers.read.as_records``: one place, one feature, in map and files."""
    if isinstance(source, MapData):
        return source
    if isinstance(source, dict):
        try:
            records = as_records(source)
        except ValueError as e:
            raise MapInputError(str(e)) from None
        gz = gazetteer
        if gz is None:   # only to draw "camps in <province>" as the province; a map without it still works
            try:
                gz = load()
            except (GazetteerDataError, OSError):
                gz = None
        return from_records(records, gz)
    if isinstance(source, (str, bytes)) or not hasattr(source, "__iter__"):
        raise TypeError(f"a map is drawn from mentions, a layers dict or MapData, not {type(source).__name__}")
    source = list(source)
    if any(not isinstance(m, (Mention, dict)) for m in source):
        raise TypeError("a map is drawn from Mention objects or mention dicts (pyanj.geocode's output)")
    mentions = [m if isinstance(m, Mention) else Mention.from_dict(m) for m in source]
    gz = gazetteer if gazetteer is not None else load()
    return from_records(build_records(mentions, gz), gz)


@gc_paused()
def make_map(source, gazetteer=None, title=None, basemap="offline", offline=False, cdn=False):
    """An annotated Leaflet map (a ``folium.Map``: shows inline in Jupyter) of mentions or a layers dict.

    ``source``: a list of ``pyanj.mention.Mention`` (or their dicts), or a layers dict: layer records
    (``pyanj.layers.read.read_layers_dir``), GeoJSON FeatureCollections or the GeoDataFrames of
    ``pyanj.layers.build_layers``.  ``basemap``: "offline" (the bundled base only), "osm", "topo",
    "satellite" or an xyzservices name; the other tile basemaps stay selectable.  Every script and
    stylesheet is inlined when the map is rendered (the file and the notebook frame need no network)
    unless ``cdn=True``, which references the CDN instead.  ``offline=True``: no tiles at all either.
    """
    from pyanj.render.base import base_geojson, base_labels, hillshade_data_uri

    selected = _basemap_key(basemap)
    if offline and selected != "offline":
        raise MapInputError(f"--offline draws only the bundled base; basemap {basemap!r} needs the network")
    if offline and cdn:
        raise MapInputError("--offline inlines every script; it cannot load them from the CDN (--cdn)")
    tiles = None if offline else _tiles(selected)
    md = map_data(source, gazetteer)
    counts = md.counts()
    maxk = max((d["k"] for d in md.districts), default=0)
    breaks = breaks_for(maxk)
    colors = _palette(len(breaks))
    data = md.to_json()
    data.update(symbols=symbols(), breaks=breaks, colors=colors)
    base = dict(base_geojson())
    base["labels"] = base_labels()

    b = _bounds()
    m = P.FrontierMap(inline=not cdn, location=[(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2], zoom_start=7,
                      min_zoom=3, max_zoom=MAX_ZOOM, zoom_snap=0.25)
    m.add_child(P.Runtime(), name="pyanj_runtime")
    data["frontier"] = _frontier_bounds()
    m.add_child(P.MapState(data, {"collapseLayers": False, "credits": CREDITS, "maxZoom": MAX_ZOOM,
                                  "minZoom": 3}))
    m.add_child(P.OfflineBase(base, hillshade_data_uri()))
    if tiles:
        m.add_child(P.TileBasemaps(tiles, selected))
    m.add_child(P.DistrictChoropleth(show=True))
    if md.provinces:
        m.add_child(P.AreaLayer("provinces", "Provinces named", "province", show=True))
    if md.rivers:
        m.add_child(P.AreaLayer("rivers", "Rivers named", "river", show=True))
    total = md.point_count()
    for key, label in POINT_LAYERS.items():
        n = len(md.layers[key])
        if n:
            mode = "markers" if n <= CLUSTER_AT else ("canvas" if total > CANVAS_TOTAL else "cluster")
            m.add_child(P.PointLayer(key, label, n, show=True, cluster_at=CLUSTER_AT, mode=mode))
    if md.conflicts:
        m.add_child(P.ConflictLines("Coordinate conflicts", show=True))
    for key in md.extra:
        label = EXTRA_LABELS.get(key, key.replace("_", " ").capitalize())
        m.add_child(P.ExtraLayer(key, label, show=False))
    m.add_child(P.Legend(legend_html(md, breaks, colors, counts)))
    sub = f"{len(md.docs)} document{'s' if len(md.docs) != 1 else ''} · {md.point_count()} places drawn"
    m.add_child(P.TitleBox(title or "The Afghanistan–Tajikistan frontier", sub))
    if md.dates:
        m.add_child(P.Timeline())
    m.add_child(P.PlaceSearch())
    m.add_child(P.MiniMap(base))
    m.add_child(P.Fullscreen())
    m.add_child(P.Measure())
    m.add_child(P.ScaleBar())
    m.add_child(P.LayerControl(b))
    m.pyanj_counts = counts
    return m


def render_html(m) -> str:
    """The map's HTML, with every element id numbered in tree order (folium draws random ones), so the
    same inputs give the same bytes."""
    root = m.get_root()
    _number_elements(root)
    return root.render()


def _number_elements(root) -> None:
    """Give every element of the tree an id by its place in the tree (depth first, in insertion order)."""
    from collections import OrderedDict
    n = 0
    stack = [root]
    while stack:
        el = stack.pop()
        n += 1
        el._id = f"{n:032x}"
        kids = list(el._children.values())
        stack.extend(reversed(kids))
    stack = [root]
    while stack:  # (children are keyed by name, which holds the id)
        el = stack.pop()
        kids = list(el._children.values())
        el._children = OrderedDict((k.get_name(), k) for k in kids)
        stack.extend(kids)


@gc_paused()
def write_map(mentions_or_layers, path, gazetteer=None, title=None, offline=False, basemap=None,
              cdn=False) -> Path:
    """Write the map as one self-contained HTML file (atomically); ``cdn=True`` loads the scripts from
    the CDN instead; ``offline=True`` also leaves out the tile basemaps."""
    from pyanj.io import atomic_write_text
    m = make_map(mentions_or_layers, gazetteer=gazetteer, title=title, basemap=basemap or "offline",
                 offline=offline, cdn=cdn)
    path = Path(path)
    atomic_write_text(path, render_html(m))
    return path


__all__ = ["make_map", "write_map", "render_html", "map_data", "legend_html", "MapInputError", "COLORS"]
