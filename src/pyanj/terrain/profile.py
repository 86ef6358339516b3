"""Terrain profile along a line (the AF–TJ border by default): CSV and a PNG chart.

Distances are geodesic on WGS84 (pyproj.Geod).  The line is sampled every ``step_km`` along
its course (and at its last vertex); within one segment, points are spaced along the
geodesic between its vertices.  Crossings (or any named points) are placed on the profile at
the distance of their orthogonal projection onto the line; points farther than
``max_offset_km`` from the line are left off (the Termez–Hairatan bridge is on the AF–UZ
border, not on this line).

With the bundled 1 arc-minute (~1.5 × 1.8 km) grid, a cell on the Pyanj also covers its valley
walls, so the border profile reads above the river's true level in the gorges (Darvaz, Wakhan)
and is spiky there; a 30 m DEM via ``--dem`` gives the valley floor.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from pyanj.terrain.dem import TerrainError, dem_path, sample_elevation

BORDER_FILE = "boundaries/border_af_tj.geojson"


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def border_line() -> list[tuple[float, float]]:
    """The AF–TJ border (``pyanj.gazetteer.geo``'s line) as one list of (lon, lat), west → east.

    A MultiLineString is merged end to end (shapely ``linemerge``); if its pieces do not join
    into one line the longest piece is used.
    """
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import linemerge

    from pyanj.gazetteer import geo
    from pyanj.paths import data_dir

    path = data_dir() / BORDER_FILE
    try:
        g = geo.border_line() if geo.border_feature() is not None else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:
        raise TerrainError(f"cannot read the border line {path}: {e}") from None
    if g is None:
        raise TerrainError(f"cannot read the border line {path}: no such file")
    parts = list(g.geoms) if isinstance(g, MultiLineString) else [g] if isinstance(g, LineString) else []
    if not parts:
        raise TerrainError(f"no line geometry in {path}")
    merged = linemerge(parts) if len(parts) > 1 else parts[0]
    if isinstance(merged, MultiLineString):
        merged = max(merged.geoms, key=lambda g: g.length)
    coords = [(float(x), float(y)) for x, y, *_ in merged.coords]
    if coords[0][0] > coords[-1][0]:
        coords.reverse()
    return coords


def parse_line(text: str) -> list[tuple[float, float]]:
    """``"lon,lat;lon,lat;..."`` → list of (lon, lat); raises :class:`TerrainError` on bad input."""
    pts = []
    for k, chunk in enumerate(t for t in (text or "").replace("\n", ";").split(";") if t.strip()):
        bits = [b for b in chunk.replace(" ", ",").split(",") if b.strip()]
        if len(bits) != 2:
            raise TerrainError(f"bad --line point {k + 1} {chunk.strip()!r}: expected 'lon,lat'")
        try:
            lon, lat = float(bits[0]), float(bits[1])
        except ValueError:
            raise TerrainError(f"bad --line point {k + 1} {chunk.strip()!r}: not numbers") from None
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise TerrainError(f"bad --line point {k + 1} {chunk.strip()!r}: lon must be in "
                               "[-180, 180] and lat in [-90, 90] (order is lon,lat)")
        pts.append((lon, lat))
    if len(pts) < 2:
        raise TerrainError("a --line needs at least two points 'lon,lat;lon,lat'")
    return pts


def _densify(line, step_km):
    g = _geod()
    lons, lats, dist = [line[0][0]], [line[0][1]], [0.0]
    total = 0.0
    next_at = step_km
    for (x0, y0), (x1, y1) in zip(line[:-1], line[1:]):
        az, _, seg = g.inv(x0, y0, x1, y1)
        seg_km = seg / 1000.0
        while next_at < total + seg_km - 1e-9:
            lon, lat, _ = g.fwd(x0, y0, az, (next_at - total) * 1000.0)
            lons.append(lon); lats.append(lat); dist.append(next_at)
            next_at += step_km
        total += seg_km
    if total - dist[-1] > 1e-6:
        lons.append(line[-1][0]); lats.append(line[-1][1]); dist.append(total)
    return np.array(lons), np.array(lats), np.array(dist)


def profile(line_lonlat=None, step_km: float = 1.0, dem=None):
    """Elevation profile along ``line_lonlat`` (list of (lon, lat); None → the AF–TJ border).

    Returns a ``pandas.DataFrame`` with columns ``distance_km, lon, lat, elevation_m``
    (``elevation_m`` is NaN where the DEM has no value; the CSV leaves it empty).
    """
    import pandas as pd

    if not (step_km and step_km > 0 and math.isfinite(step_km)):
        raise TerrainError("step_km must be a positive number")
    line = border_line() if line_lonlat is None else [(float(x), float(y)) for x, y in line_lonlat]
    if len(line) < 2:
        raise TerrainError("a profile line needs at least two points")
    length_km = sum(_geod().inv(x0, y0, x1, y1)[2] for (x0, y0), (x1, y1) in zip(line[:-1], line[1:])) / 1000
    if not math.isfinite(length_km) or length_km / step_km > 200_000:  # (checked before allocating them)
        raise TerrainError("profile would have too many samples: use a larger --step-km")
    lons, lats, dist = _densify(line, float(step_km))
    elev = sample_elevation(lons, lats, dem=dem)
    df = pd.DataFrame({"distance_km": dist, "lon": lons, "lat": lats,
                       "elevation_m": np.array([np.nan if v is None else v for v in elev], dtype=float)})
    df.attrs["line"] = line
    df.attrs["dem"] = getattr(dem, "name", None) or str(dem_path(dem))
    df.attrs["border"] = line_lonlat is None
    return df


def write_profile_csv(df, path) -> Path:
    """Write the profile as CSV (empty elevation cell = no data), atomically."""
    from pyanj.io import atomic_path

    path = Path(path)
    out = df[["distance_km", "lon", "lat", "elevation_m"]].copy()
    out["distance_km"] = out["distance_km"].round(3)
    out["lon"] = out["lon"].round(6)
    out["lat"] = out["lat"].round(6)
    out["elevation_m"] = out["elevation_m"].round(1)
    with atomic_path(path, suffix=".csv") as tmp:
        out.to_csv(tmp, index=False, na_rep="")
    return path


def locate_on_profile(df, lon: float, lat: float):
    """(distance along the profile in km, offset from the line in km) of a point's projection.

    The profile's own sample points are the polyline; the foot of the perpendicular is found
    on each segment in a local equirectangular frame, and its distance is interpolated from the
    profile's geodesic ``distance_km``.
    """
    lons = df["lon"].to_numpy(float)
    lats = df["lat"].to_numpy(float)
    dist = df["distance_km"].to_numpy(float)
    k = math.cos(math.radians(lat))
    ax, ay = (lons[:-1] - lon) * k, lats[:-1] - lat
    bx, by = (lons[1:] - lon) * k, lats[1:] - lat
    vx, vy = bx - ax, by - ay
    L2 = vx * vx + vy * vy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(L2 > 0, -(ax * vx + ay * vy) / L2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    fx, fy = ax + t * vx, ay + t * vy
    d2 = fx * fx + fy * fy
    i = int(np.argmin(d2))
    along = dist[i] + t[i] * (dist[i + 1] - dist[i])
    flon, flat = lon + fx[i] / k, lat + fy[i]
    _, _, off = _geod().inv(lon, lat, flon, flat)
    return float(along), off / 1000.0


def default_crossings():
    """Located gazetteer places with ``feature_type == "crossing"`` as (name, lon, lat)."""
    from pyanj.gazetteer import load

    out = []
    for p in load().places.values():
        if getattr(p, "feature_type", None) == "crossing" and p.lat is not None and p.lon is not None:
            out.append((p.name, float(p.lon), float(p.lat)))
    return out


def _as_points(crossings):
    pts = []
    for c in crossings:
        if isinstance(c, dict):
            name, lon, lat = c.get("name") or c.get("id"), c.get("lon"), c.get("lat")
        elif hasattr(c, "lon") and hasattr(c, "lat"):
            name, lon, lat = getattr(c, "name", None) or getattr(c, "id", ""), c.lon, c.lat
        else:
            name, lon, lat = c
        if lon is None or lat is None:
            continue
        pts.append((str(name), float(lon), float(lat)))
    return pts


def crossings_on_profile(df, crossings="gazetteer", max_offset_km: float = 5.0):
    """Crossings placed on the profile: list of dicts name, lon, lat, distance_km, offset_km, elevation_m."""
    pts = default_crossings() if crossings == "gazetteer" else _as_points(crossings or [])
    out = []
    d = df["distance_km"].to_numpy(float)
    e = df["elevation_m"].to_numpy(dtype=float, na_value=np.nan)
    for name, lon, lat in pts:
        along, off = locate_on_profile(df, lon, lat)
        if off > max_offset_km:
            continue
        ok = np.isfinite(e)
        el = float(np.interp(along, d[ok], e[ok])) if ok.any() else float("nan")
        out.append({"name": name, "lon": lon, "lat": lat, "distance_km": along,
                    "offset_km": off, "elevation_m": el})
    out.sort(key=lambda r: r["distance_km"])
    return out


def plot_profile_png(df, path, crossings="gazetteer", title: str | None = None,
                     max_offset_km: float = 5.0, dpi: int = 150) -> Path:
    """Draw the profile (elevation vs distance) with the crossings marked, to a PNG (atomic).

    ``crossings``: ``"gazetteer"`` (default: the gazetteer's crossings within ``max_offset_km``
    of the line), ``None``/``[]`` for none, or a list of places / dicts / (name, lon, lat).
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from pyanj.io import atomic_path

    path = Path(path)
    d = df["distance_km"].to_numpy(float)
    e = df["elevation_m"].to_numpy(dtype=float, na_value=np.nan)
    marks = crossings_on_profile(df, crossings, max_offset_km) if crossings else []
    line_ends = ((float(df["lon"].iloc[0]), float(df["lat"].iloc[0])),
                 (float(df["lon"].iloc[-1]), float(df["lat"].iloc[-1])))
    fig, ax = plt.subplots(figsize=(12, 4.8), constrained_layout=True)
    try:
        finite = np.isfinite(e)
        base = (np.nanmin(e) if finite.any() else 0.0)
        floor = max(0.0, math.floor((base - 200) / 500) * 500)
        ax.fill_between(d, floor, e, where=finite, color="#c8b89a", alpha=0.7, linewidth=0)
        ax.plot(d, e, color="#5a4632", linewidth=1.0, label="elevation (DEM)")
        top = np.nanmax(e) if finite.any() else 1000.0
        for k, m in enumerate(marks):
            x, y = m["distance_km"], m["elevation_m"]
            ax.plot([x, x], [floor, y], color="#b2182b", linewidth=0.8, linestyle="--", alpha=0.8)
            ax.plot([x], [y], marker="v", color="#b2182b", markersize=8, zorder=5)
            ax.annotate(f"{m['name']}\n{x:.0f} km, {y:.0f} m",
                        xy=(x, y), xytext=(x, top + (0.08 + 0.14 * (k % 3)) * (top - floor)),
                        ha="center", va="bottom", fontsize=7.5, color="#67001f", zorder=6,
                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="#b2182b", lw=0.5, alpha=0.9),
                        arrowprops=dict(arrowstyle="-", color="#b2182b", linewidth=0.6, alpha=0.8,
                                        shrinkA=0, shrinkB=4))
        if d.size:
            for x, ha, (lo, la) in ((d[0], "left", line_ends[0]), (d[-1], "right", line_ends[1])):
                ax.annotate(f"{la:.2f}°N {lo:.2f}°E", xy=(x, floor), xytext=(4 if ha == "left" else -4, 4),
                            textcoords="offset points", ha=ha, va="bottom", fontsize=7, color="#444")
        ax.set_ylim(floor, top + 0.55 * (top - floor) if marks else top + 0.1 * (top - floor))
        ax.set_xlim(d.min(), d.max())
        ax.set_xlabel("distance along line (km, geodesic)" +
                      ("; west → east" if df["lon"].iloc[0] < df["lon"].iloc[-1] else ""))
        ax.set_ylabel("elevation (m)")
        ax.grid(True, alpha=0.3)
        if marks:
            ax.plot([], [], marker="v", color="#b2182b", linestyle="--",
                    label=f"crossing (within {max_offset_km:g} km of the line)")
        ax.legend(loc="upper left", fontsize=8)
        step = float(np.median(np.diff(d))) if d.size > 1 else 0.0
        if title is None:
            what = "Afghanistan–Tajikistan border" if df.attrs.get("border") else "line"
            title = f"Terrain profile along the {what} ({d.max():.0f} km, samples every {step:.2g} km)"
        ax.set_title(title)
        if df.attrs.get("dem"):
            fig.text(0.995, 0.005, f"DEM: {Path(df.attrs['dem']).name}", ha="right", va="bottom",
                     fontsize=6.5, color="#666")
        with atomic_path(path, suffix=".png") as tmp:
            fig.savefig(tmp, dpi=dpi, format="png")
    finally:
        plt.close(fig)
    return path
