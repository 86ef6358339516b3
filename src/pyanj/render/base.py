"""The offline base every map carries, drawn from the bundled data (no tiles needed).

Countries, the AF–TJ border, other borders, rivers, the frontier districts and a hillshade
overlay from the bundled DEM.  Geometries are simplified and their coordinates rounded so the base
adds a few hundred kilobytes to a map, not megabytes.
"""

from __future__ import annotations

import base64
import json
import warnings
from functools import lru_cache

import numpy as np

#: Panj and Pamir: the rivers the frontier follows (drawn heavier than the others).
FRONTIER_RIVERS = ("river:panj", "river:pamir")
#: Degrees around the AF–TJ border line that count as "the frontier" (districts drawn, initial view).
FRONTIER_MARGIN = 1.0


def _boundaries_dir():
    from pyanj.paths import data_dir
    return data_dir() / "boundaries"


def _read(name: str) -> list[dict]:
    path = _boundaries_dir() / f"{name}.geojson"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8")).get("features", [])


def simplify(geom, tolerance: float = 0.003, ndigits: int = 4):
    """A geometry simplified (topology kept) with coordinates rounded to ``ndigits`` decimals."""
    import shapely
    if tolerance:
        geom = geom.simplify(tolerance, preserve_topology=True)
    return shapely.transform(geom, lambda a: np.round(a, ndigits))


def to_geojson(geom, tolerance: float = 0.003, ndigits: int = 4) -> dict:
    from shapely.geometry import mapping
    return mapping(simplify(geom, tolerance, ndigits))


def _fc(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def border_line():
    """The AF–TJ border as a shapely line (None when the bundled file is missing)."""
    from shapely.geometry import shape
    feats = _read("border_af_tj")
    return shape(feats[0]["geometry"]) if feats else None


@lru_cache(maxsize=1)
def frontier_box() -> tuple[float, float, float, float]:
    """(west, south, east, north) of the frontier: the border's bounds plus a margin."""
    line = border_line()
    w, s, e, n = line.bounds if line is not None else (67.7, 36.6, 74.9, 38.5)
    return (w - FRONTIER_MARGIN, s - FRONTIER_MARGIN, e + FRONTIER_MARGIN, n + FRONTIER_MARGIN)


@lru_cache(maxsize=1)
def base_geojson() -> dict:
    """GeoJSON of the offline base: ``countries``, ``border`` (AF–TJ), ``borders`` (others), ``rivers``."""
    from shapely.geometry import shape
    countries = []
    for f in _read("countries"):
        p = f["properties"]
        iso = (p.get("iso2") or "").upper()
        countries.append({"type": "Feature", "properties": {"name": p.get("name"), "iso2": iso},
                          "geometry": to_geojson(shape(f["geometry"]), 0.01, 3)})
    border = [{"type": "Feature", "properties": {"name": f["properties"].get("name")},
               "geometry": to_geojson(shape(f["geometry"]), 0.001, 4)} for f in _read("border_af_tj")]
    borders = [{"type": "Feature", "properties": {"name": f["properties"].get("name")},
                "geometry": to_geojson(shape(f["geometry"]), 0.005, 3)}
               for f in _read("borders") if f["properties"].get("id") != "border:afg-tjk"]
    rivers = [{"type": "Feature",
               "properties": {"id": f["properties"].get("id"), "name": f["properties"].get("name"),
                              "major": f["properties"].get("id") in FRONTIER_RIVERS},
               "geometry": to_geojson(shape(f["geometry"]), 0.001, 4)} for f in _read("rivers")]
    return {"countries": _fc(countries), "border": _fc(border), "borders": _fc(borders), "rivers": _fc(rivers)}


@lru_cache(maxsize=1)
def frontier_districts() -> dict[str, dict]:
    """District polygons of both banks near the border: id -> {name, country, province, geom}."""
    from shapely.geometry import box, shape
    area = box(*frontier_box())
    out = {}
    for name in ("af_districts", "tj_districts"):
        for f in _read(name):
            p = f["properties"]
            g = shape(f["geometry"])
            if g.intersects(area):
                out[p["id"]] = {"name": p.get("name"), "country": p.get("country"), "province": p.get("province"),
                                "geom": g}
    return out


# -- hillshade -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def hillshade_data_uri() -> tuple[str, list[list[float]]] | None:
    """The bundled DEM's hillshade as ``(data:image/png URI, [[south, west], [north, east]])``.

    Uses ``pyanj.terrain.hillshade_overlay_png`` (the terrain module's, warped to Web Mercator).
    HOOK: while that function is missing or fails, a plain local hillshade stands in (below), so a
    map is never without relief; remove ``_fallback_hillshade`` once terrain's is always there.
    """
    png = bounds = None
    try:
        try:
            from pyanj.terrain import hillshade_overlay_png
        except ImportError:
            from pyanj.terrain.hillshade import hillshade_overlay_png
        png, bounds = hillshade_overlay_png(max_size=1400)
    except Exception as e:  # noqa: BLE001 - a missing relief must not stop a map
        warnings.warn(f"pyanj.terrain hillshade unavailable ({type(e).__name__}: {e}); using the map's own",
                      RuntimeWarning, stacklevel=2)
        try:
            png, bounds = _fallback_hillshade()
        except Exception as e2:  # noqa: BLE001
            warnings.warn(f"no hillshade: {e2}", RuntimeWarning, stacklevel=2)
            return None
    bounds = [[float(bounds[0][0]), float(bounds[0][1])], [float(bounds[1][0]), float(bounds[1][1])]]
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii"), bounds


def _fallback_hillshade(azimuth: float = 315.0, altitude: float = 45.0):
    """Hillshade of the bundled DEM, rows resampled to Web Mercator, as grey-on-alpha PNG bytes."""
    import io

    import rasterio
    from PIL import Image

    from pyanj.paths import data_dir
    with rasterio.open(data_dir() / "dem" / "srtm30plus_pyanj_1arcmin.tif") as src:
        z = src.read(1).astype(np.float64)
        b = src.bounds
        dx, dy = src.res
    lat = np.linspace(b.top - dy / 2, b.bottom + dy / 2, z.shape[0])
    mx = dx * 111320.0 * np.cos(np.radians(lat))[:, None]
    my = dy * 110540.0
    gy, gx = np.gradient(z)
    p, q = gx / mx, -gy / my
    az, alt = np.radians(360.0 - azimuth + 90.0), np.radians(altitude)
    slope = np.arctan(np.hypot(p, q))
    aspect = np.arctan2(q, -p)
    shade = np.sin(alt) * np.cos(slope) + np.cos(alt) * np.sin(slope) * np.cos(az - aspect)
    shade = np.clip(shade, 0, 1)
    # resample rows so they are evenly spaced in Web Mercator y (the overlay is stretched linearly)
    def merc(phi):
        return np.log(np.tan(np.pi / 4 + np.radians(phi) / 2))
    ys = np.linspace(merc(b.top), merc(b.bottom), z.shape[0] * 2)
    lat_rows = np.degrees(2 * np.arctan(np.exp(ys)) - np.pi / 2)
    idx = np.clip(((b.top - lat_rows) / dy).astype(int), 0, z.shape[0] - 1)
    grey = (shade[idx] * 255).astype(np.uint8)
    img = Image.fromarray(grey, mode="L").resize((z.shape[1] * 2, grey.shape[0]), Image.BILINEAR)
    rgba = np.zeros((img.height, img.width, 4), dtype=np.uint8)
    rgba[..., :3] = np.asarray(img)[..., None]
    rgba[..., 3] = 255
    buf = io.BytesIO()
    Image.fromarray(rgba, mode="RGBA").save(buf, format="PNG", optimize=True)
    return buf.getvalue(), [[b.bottom, b.left], [b.top, b.right]]


@lru_cache(maxsize=1)
def base_labels() -> list:
    """[[lat, lon, text, kind], ...]: country names inside the frontier view and the rivers' names."""
    from shapely.geometry import box, shape
    w, s, e, n = frontier_box()
    view = box(w + 0.3, s + 0.3, e - 0.3, n - 0.3)
    out = []
    major = {"AF": "Afghanistan", "TJ": "Tajikistan"}
    for f in _read("countries"):
        iso = (f["properties"].get("iso2") or "").upper()
        part = shape(f["geometry"]).intersection(view)
        if part.is_empty or part.area < 0.3:
            continue
        if iso in major:
            # the label sits in the country's part of the view, away from the border
            pt = part.buffer(-0.4).representative_point() if not part.buffer(-0.4).is_empty else \
                part.representative_point()
            out.append([round(pt.y, 3), round(pt.x, 3), major[iso], "major"])
        else:
            pt = part.representative_point()
            out.append([round(pt.y, 3), round(pt.x, 3), f["properties"].get("name") or iso, "minor"])
    for f in _read("rivers"):
        rid = f["properties"].get("id")
        if rid in FRONTIER_RIVERS:
            line = shape(f["geometry"])
            pt = line.interpolate(0.42 if rid == "river:panj" else 0.5, normalized=True)
            if view.contains(pt):
                label = "Panj (Pyanj) river" if rid == "river:panj" else "Pamir river"
                out.append([round(pt.y + 0.06, 3), round(pt.x, 3), label, "river"])
    return out
