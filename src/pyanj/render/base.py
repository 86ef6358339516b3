"""The offline base every map carries, drawn from the bundled data (no tiles needed).

Countries, the AF–TJ border, other borders, rivers, their labels and a hillshade overlay from the
bundled DEM.  Geometries are simplified and their coordinates rounded so the base
adds a few hundred kilobytes to a map, not megabytes.
"""

from __future__ import annotations

import base64
import warnings
from functools import lru_cache

import numpy as np

from pyanj.gazetteer.geo import frontier_box, read_boundaries

#: Panj and Pamir: the rivers the frontier follows (drawn heavier than the others).
FRONTIER_RIVERS = ("river:panj", "river:pamir")


def simplify(geom, tolerance: float = 0.003, ndigits: int = 4):
    """A geometry simplified (topology kept) with coordinates rounded to ``ndigits`` decimals."""
    import shapely
    if tolerance:
        geom = geom.simplify(tolerance, preserve_topology=True)
    return shapely.transform(geom, lambda a: np.round(a, ndigits))


def to_geojson(geom, tolerance: float = 0.003, ndigits: int = 4) -> dict:
    """``simplify``'s geometry as a GeoJSON geometry dict."""
    from shapely.geometry import mapping
    return mapping(simplify(geom, tolerance, ndigits))


def _fc(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def base_geojson() -> dict:
    """GeoJSON of the offline base: ``countries``, ``border`` (AF–TJ), ``borders`` (others), ``rivers``."""
    from shapely.geometry import shape
    countries = []
    for f in read_boundaries("countries"):
        p = f["properties"]
        iso = (p.get("iso2") or "").upper()
        countries.append({"type": "Feature", "properties": {"name": p.get("name"), "iso2": iso},
                          "geometry": to_geojson(shape(f["geometry"]), 0.01, 3)})
    border = [{"type": "Feature", "properties": {"name": f["properties"].get("name")},
               "geometry": to_geojson(shape(f["geometry"]), 0.001, 4)} for f in read_boundaries("border_af_tj")]
    borders = [{"type": "Feature", "properties": {"name": f["properties"].get("name")},
                "geometry": to_geojson(shape(f["geometry"]), 0.005, 3)}
               for f in read_boundaries("borders") if f["properties"].get("id") != "border:afg-tjk"]
    rivers = [{"type": "Feature",
               "properties": {"id": f["properties"].get("id"), "name": f["properties"].get("name"),
                              "major": f["properties"].get("id") in FRONTIER_RIVERS},
               "geometry": to_geojson(shape(f["geometry"]), 0.001, 4)} for f in read_boundaries("rivers")]
    return {"countries": _fc(countries), "border": _fc(border), "borders": _fc(borders), "rivers": _fc(rivers)}


# -- hillshade -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def hillshade_data_uri() -> tuple[str, list[list[float]]] | None:
    """The bundled DEM's hillshade (``pyanj.terrain``'s, warped to Web Mercator) as
    ``(data:image/png URI, [[south, west], [north, east]])``; None, with a warning, when the DEM cannot
    be read: a map without relief is still a map."""
    from pyanj.terrain import hillshade_overlay_png
    try:
        png, bounds = hillshade_overlay_png(max_size=1400)
    except Exception as e:  # noqa: BLE001 - a missing relief must not stop a map
        warnings.warn(f"no hillshade ({type(e).__name__}: {e})", RuntimeWarning, stacklevel=2)
        return None
    bounds = [[float(bounds[0][0]), float(bounds[0][1])], [float(bounds[1][0]), float(bounds[1][1])]]
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii"), bounds


@lru_cache(maxsize=1)
def base_labels() -> list:
    """[[lat, lon, text, kind], ...]: country names inside the frontier view and the rivers' names."""
    from shapely.geometry import box, shape
    w, s, e, n = frontier_box()
    view = box(w + 0.3, s + 0.3, e - 0.3, n - 0.3)
    out = []
    major = {"AF": "Afghanistan", "TJ": "Tajikistan"}
    for f in read_boundaries("countries"):
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
    for f in read_boundaries("rivers"):
        rid = f["properties"].get("id")
        if rid in FRONTIER_RIVERS:
            line = shape(f["geometry"])
            pt = line.interpolate(0.42 if rid == "river:panj" else 0.5, normalized=True)
            if view.contains(pt):
                label = "Panj (Pyanj) river" if rid == "river:panj" else "Pamir river"
                out.append([round(pt.y + 0.06, 3), round(pt.x, 3), label, "river"])
    return out
