"""Layers back into layer records: a layers directory, GeoJSON dicts or GeoDataFrames.

``pyanj.layers.build.build_records`` makes ``{layer: [(properties, shapely geometry | None)]}``; this
module reads what its writers made back into the same shape, in ``LAYERS`` order, so a map drawn from
a layers directory and one drawn from the mentions take one path.  It is tolerant of what a GIS
round trip does to values (NaN or ``pd.NA`` for null, timestamps for dates, numpy scalars) and of
files with fewer properties; input it cannot read raises ValueError with a one-line message.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from pyanj.gcpause import gc_paused
from pyanj.layers.schema import LAYERS

#: Files whose presence says a directory holds texts, not layers.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")


def is_layers_dir(path) -> bool:
    """A directory of ``<layer>.geojson`` files (and no texts): what ``pyanj layers`` writes."""
    p = Path(path)
    return p.is_dir() and any(p.glob("*.geojson")) and not any(
        f.suffix.lower() in TEXT_SUFFIXES for f in p.iterdir())


@gc_paused()
def read_layers_dir(path, progress=None) -> dict[str, list]:
    """The records of every ``<layer>.geojson`` in ``path``, keyed by file stem, in ``LAYERS`` order
    (``progress``: a ``pyanj.layers.progress.Steps``, advanced per file)."""
    p = Path(path)
    if not p.is_dir():
        raise ValueError(f"{p}: not a directory")
    files = sorted(p.glob("*.geojson"))
    if not files:
        raise ValueError(f"{p}: no .geojson layer files")
    layers = {}
    if progress is not None:
        progress.step(f"reading {p.name}", total=len(files))
    for f in files:
        if progress is not None:
            progress.advance()
        try:
            text = f.read_bytes().decode("utf-8")  # (no newline translation: JSON needs none, and it is 4x faster)
            data = json.loads(text)
        except (OSError, ValueError, RecursionError) as e:
            raise ValueError(f"{f}: not GeoJSON ({str(e).splitlines()[0][:80]})") from None
        nan = "NaN" in text  # (json reads NaN only from the word: a file without it needs no search for NaN)
        del text
        layers[f.stem] = geojson_records(data, where=f, nan=nan)
    return in_layer_order(layers)


def as_records(layers: dict) -> dict[str, list]:
    """A layers dict whose values are records, GeoJSON FeatureCollections or GeoDataFrames -> records."""
    out = {}
    for name, value in layers.items():
        if isinstance(value, dict):
            out[name] = geojson_records(value, where=name)
        elif isinstance(value, (list, tuple)):
            out[name] = list(value)
        elif hasattr(value, "columns"):
            out[name] = frame_records(value)
        else:
            raise ValueError(f"layer {name!r}: not records, GeoJSON or a GeoDataFrame ({type(value).__name__})")
    return in_layer_order(out)


def in_layer_order(layers: dict) -> dict:
    """The schema's layers first, in ``LAYERS`` order, then any others as given."""
    out = {k: layers[k] for k in LAYERS if k in layers}
    out.update((k, v) for k, v in layers.items() if k not in out)
    return out


def geojson_records(data, where="GeoJSON", nan: bool = True) -> list:
    """(properties, shapely geometry | None) of each feature of a FeatureCollection dict. Points (most
    features) are made in one ``shapely.points`` call; JSON values are already plain (NaN aside: ``nan``
    False says the data holds none)."""
    import shapely
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ValueError(f"{where}: not a GeoJSON FeatureCollection")
    feats = data.get("features") or []
    if not isinstance(feats, list):
        raise ValueError(f"{where}: its features are not a list")
    out, at, xy = [], [], []
    for i, f in enumerate(feats):
        if not isinstance(f, dict):
            raise ValueError(f"{where}: feature {i} is not an object")
        props = f.get("properties") or {}
        if not isinstance(props, dict):
            raise ValueError(f"{where}: feature {i}: properties are not an object")
        g = f.get("geometry")
        geom = None
        if type(g) is dict and g.get("type") == "Point" and _two_numbers(g.get("coordinates")):
            at.append(i)
            xy.append(g["coordinates"])
        else:
            geom = _geometry(g, where, i)
        if nan and any(type(v) is float and v != v for v in props.values()):  # (NaN: a foreign writer's null)
            props = {k: plain(v) for k, v in props.items()}
        out.append((props, geom))
    if at:
        import numpy as np
        try:
            arr = np.array(xy, dtype=float)
        except OverflowError:  # (an integer past any float: read one by one below)
            arr = np.array([[v if type(v) is float or abs(v) < 1e300 else math.inf for v in c] for c in xy],
                           dtype=float)
        finite = np.isfinite(arr).all(axis=1)
        for i, pt, ok in zip(at, shapely.points(arr).tolist(), finite.tolist()):
            out[i] = (out[i][0], pt if ok else _geometry(feats[i]["geometry"], where, i))
    return out


def _geometry(g, where, i):
    """The shapely geometry of feature ``i``'s GeoJSON geometry ``g`` (None for none), or ValueError."""
    from shapely.geometry import shape
    try:
        return (_lines_or_polygons(g) or shape(g)) if g else None
    except Exception as e:  # noqa: BLE001 - shapely raises several kinds for one bad geometry
        raise ValueError(f"{where}: feature {i}: bad geometry ({str(e).splitlines()[0][:80]})") from None


def _lines_or_polygons(g):
    """A GeoJSON (Multi)Polygon or (Multi)LineString of 2-D coordinates built from numpy arrays (shapely's
    ``shape`` walks every coordinate in Python); None for anything else (``shape`` then reads it)."""
    import numpy as np
    import shapely
    t, c = g.get("type") if type(g) is dict else None, g.get("coordinates") if type(g) is dict else None
    if t not in ("Polygon", "MultiPolygon", "LineString", "MultiLineString") or type(c) is not list or not c:
        return None
    try:
        if t == "LineString":
            return shapely.linestrings(_xy(np, c))
        if t == "MultiLineString":
            return shapely.multilinestrings([shapely.linestrings(_xy(np, p)) for p in c])
        parts = [c] if t == "Polygon" else c
        polys = []
        for rings in parts:
            if type(rings) is not list or not rings:
                return None
            rr = [_xy(np, r) for r in rings]
            polys.append(shapely.polygons(rr[0], holes=rr[1:] or None))
        return polys[0] if t == "Polygon" else shapely.multipolygons(polys)
    except (ValueError, TypeError, shapely.errors.GEOSException):
        return None


def _xy(np, coords):
    a = np.asarray(coords, dtype=float)
    if a.ndim != 2 or a.shape[1] != 2 or len(a) < 2 or not np.isfinite(a).all():
        raise ValueError("not plain 2-D coordinates")
    return a


def _two_numbers(c) -> bool:
    """Point coordinates of two JSON numbers (what our writers make): built in bulk, where those that are
    not finite are read one by one (as any other geometry)."""
    return type(c) is list and len(c) == 2 and type(c[0]) in _NUMBER and type(c[1]) in _NUMBER


_NUMBER = (float, int)


def frame_records(gdf) -> list:
    """(properties, shapely geometry | None) of each row of a (Geo)DataFrame, in lon/lat."""
    if getattr(gdf, "crs", None) is not None and str(gdf.crs).upper() not in ("EPSG:4326", "OGC:CRS84"):
        gdf = gdf.to_crs("EPSG:4326")
    geom_col = getattr(gdf, "_geometry_column_name", "geometry")
    geoms = list(gdf.geometry.values) if hasattr(gdf, "geometry") else [None] * len(gdf)
    cols = [c for c in gdf.columns if c != geom_col]
    columns = [[plain(v) for v in gdf[c].tolist()] for c in cols]   # column by column: fast
    return [(dict(zip(cols, vals)), g) for vals, g in zip(zip(*columns), geoms)] if cols else \
        [({}, g) for g in geoms]


_SIMPLE = (str, int, bool, list, dict)


def plain(v):
    """A property value as the writers' JSON has it: None for NaN/NA/NaT, "YYYY-MM-DD" for dates,
    Python numbers for numpy ones."""
    t = type(v)
    if v is None or t in _SIMPLE:
        return v
    if t is float:
        return None if math.isnan(v) else v
    if t.__name__ in ("NaTType", "NAType"):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    if hasattr(v, "tolist"):       # numpy scalars and arrays
        return plain(v.tolist())
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def prop(props: dict, key: str, default=None):
    """``props[key]``, or ``default`` when it is absent, null or blank."""
    v = props.get(key)
    if v is None or (type(v) is str and not v.strip()):
        return default
    return v


def split_list(v) -> list:
    """The items of a list field: the writers join them with "; " (a JSON list or "|" read too)."""
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return list(v)
    if not isinstance(v, str):
        return [v]
    s = v.strip()
    if not s:
        return []
    if ";" not in s and "|" not in s and not s.startswith("["):
        return [s]
    if s.startswith("["):
        try:
            return list(json.loads(s))
        except (ValueError, TypeError, RecursionError):
            pass
    return [x.strip() for x in re.split(r"\s*[|;]\s*", s) if x.strip()]


def is_false(v) -> bool:
    """A boolean field that says false (a CSV or a foreign file may spell it "false")."""
    return v is False or (isinstance(v, str) and v.strip().lower() == "false")
