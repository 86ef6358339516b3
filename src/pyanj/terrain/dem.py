"""Opening DEMs and sampling elevations (rasterio, windowed reads, any CRS).

Sampling transforms the query points (lon/lat, EPSG:4326) into the DEM's own CRS and
interpolates bilinearly on the DEM's native grid, so a DEM in UTM, in a national grid or in
lat/lon is sampled without resampling the raster itself.  Only the window of pixels that
bounds the query points (plus one pixel for the interpolation neighbours) is read.
"""

from __future__ import annotations

import math
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

BUNDLED_DEM_NAME = "srtm30plus_pyanj_1arcmin.tif"

#: Above this many pixels the bounding window of the points is not read in one go: points are
#: grouped by 512×512 pixel blocks and each group's own small window is read.
MAX_WINDOW_PIXELS = 4_000_000
GROUP_BLOCK = 512


class TerrainError(ValueError):
    """Bad terrain input: a DEM that is not a readable raster, a bad line, no points, ..."""


class TerrainCoverageWarning(UserWarning):
    """Some points fall outside the DEM's coverage (their elevation is None)."""


def bundled_dem() -> Path:
    """The bundled SRTM30_PLUS grid (1 arc-minute, lon 66.5–75.5, lat 35.5–39.5)."""
    from pyanj.paths import data_dir

    return data_dir() / "dem" / BUNDLED_DEM_NAME


def dem_path(dem=None) -> Path:
    """``dem`` as a path: None → the bundled DEM."""
    return bundled_dem() if dem is None else Path(dem)


@contextmanager
def open_dem(dem=None) -> Iterator[Any]:
    """Open ``dem`` (a path, None for the bundled DEM, or an already open dataset).

    Raises :class:`TerrainError` (one line) if it is missing or not a single-band-readable raster.
    """
    import rasterio
    from rasterio.errors import RasterioError

    if hasattr(dem, "read") and hasattr(dem, "transform"):  # already open: don't close it
        yield dem
        return
    path = dem_path(dem)
    if not path.exists():
        raise TerrainError(f"DEM not found: {path}")
    if not path.is_file():
        raise TerrainError(f"{path} is not a regular file (a FIFO or device would block the read)")
    try:
        src = rasterio.open(path)
    except (RasterioError, OSError) as e:
        raise TerrainError(f"{path} is not a readable raster DEM ({str(e).splitlines()[0][:120]})") from None
    try:
        if src.count < 1:
            raise TerrainError(f"{path} has no raster band")
        if src.crs is None:
            raise TerrainError(f"{path} has no CRS: cannot place it on the map (georeference it first)")
        yield src
    finally:
        src.close()


def apply_affine(aff, x, y):
    """``aff * (x, y)`` for scalars or arrays, without the operator (deprecated in affine ≥ 2.4)."""
    return aff.a * x + aff.b * y + aff.c, aff.d * x + aff.e * y + aff.f


def lonlat_to_crs(lons, lats, crs):
    """Transform lon/lat (EPSG:4326) arrays into ``crs`` (returns float arrays; inf/nan where impossible)."""
    from pyproj import CRS, Transformer

    lons = np.asarray(lons, dtype=float)
    lats = np.asarray(lats, dtype=float)
    dst = CRS.from_user_input(crs.to_wkt() if hasattr(crs, "to_wkt") else crs)
    if dst.is_geographic and dst.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return lons.copy(), lats.copy()
    tr = Transformer.from_crs(CRS.from_epsg(4326), dst, always_xy=True)
    with np.errstate(all="ignore"):
        xs, ys = tr.transform(lons, lats, errcheck=False)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def sample_elevation(lons: Iterable[float], lats: Iterable[float], dem=None) -> list[float | None]:
    """Elevation (metres, bilinear) at each lon/lat point; ``None`` where it is unknown.

    * ``dem``: a GeoTIFF (or any GDAL raster) path in any CRS; None → the bundled SRTM30_PLUS grid.
    * Points are transformed into the DEM's CRS; the value is interpolated bilinearly between the
      four surrounding pixel centres (``rasterio`` pixel-is-area convention: centre of pixel
      (row, col) is ``transform · (col + 0.5, row + 0.5)``).  Between the outermost pixel centre and
      the raster edge the edge pixel's value is held (no extrapolation).
    * Nodata (the DEM's nodata value, NaN, or the dataset mask) never leaks out as −32768: the
      neighbours that are nodata are dropped and the remaining weights renormalised, provided
      they carry at least half the weight; otherwise the result is ``None``.
    * Points outside the DEM's coverage (or non-finite input) → ``None``, with one
      :class:`TerrainCoverageWarning` per call naming how many points were not covered.
    * Only the window bounding the covered points is read, never the whole raster; when that
      window would be large (a 30 m DEM, points far apart) the points are grouped by 512×512
      pixel blocks and each group's window is read.
    """
    lons, lats = _as_points(lons, lats)
    n = lons.size
    out: list[float | None] = [None] * n
    if n == 0:
        return out
    with open_dem(dem) as src:
        cols, rows, ok = _pixel_coords(src, lons, lats)
        uncovered = int(n - ok.sum())
        if ok.any():
            vals, wsum = _bilinear(src, cols[ok], rows[ok])
            scale = src.scales[0] if src.scales else 1.0
            offset = src.offsets[0] if src.offsets else 0.0
            idx = np.flatnonzero(ok)
            for k, i in enumerate(idx):
                if wsum[k] >= 0.5 - 1e-12:
                    out[i] = float(vals[k] / wsum[k]) * scale + offset
        if uncovered:
            warnings.warn(
                f"{uncovered} of {n} point(s) outside the DEM coverage of {getattr(src, 'name', dem)}: "
                "elevation is null", TerrainCoverageWarning, stacklevel=2)
    return out


def _as_points(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    """Two flat float arrays of equal length (TerrainError when they differ)."""
    lons = np.asarray(list(lons) if not isinstance(lons, np.ndarray) else lons, dtype=float).ravel()
    lats = np.asarray(list(lats) if not isinstance(lats, np.ndarray) else lats, dtype=float).ravel()
    if lons.shape != lats.shape:
        raise TerrainError(f"lons and lats differ in length ({lons.size} vs {lats.size})")
    return lons, lats


def _pixel_coords(src, lons, lats):
    """(cols, rows, covered): fractional pixel coordinates (0 = left/top edge) of the points in ``src``,
    and which points lie on the raster at all."""
    xs, ys = lonlat_to_crs(lons, lats, src.crs)
    inv = ~src.transform
    with np.errstate(all="ignore"):
        cols, rows = apply_affine(inv, xs, ys)
    cols = np.asarray(cols, dtype=float)
    rows = np.asarray(rows, dtype=float)
    H, W = src.height, src.width
    ok = (np.isfinite(lons) & np.isfinite(lats) & np.isfinite(cols) & np.isfinite(rows)
          & (cols >= 0) & (cols <= W) & (rows >= 0) & (rows <= H))
    return cols, rows, ok


def _bilinear(src, cols, rows):
    """(weighted sums, weight sums) of the four pixel centres around each covered point, nodata left out."""
    H, W = src.height, src.width
    # interpolation coordinates relative to pixel centres, clamped so edges hold their value
    cx = np.clip(cols - 0.5, 0.0, W - 1.0)
    cy = np.clip(rows - 0.5, 0.0, H - 1.0)
    c0 = np.floor(cx).astype(np.int64)
    r0 = np.floor(cy).astype(np.int64)
    c1 = np.minimum(c0 + 1, W - 1)
    r1 = np.minimum(r0 + 1, H - 1)
    fx = cx - c0
    fy = cy - r0
    vals = np.zeros(c0.size)
    wsum = np.zeros(c0.size)
    for g in _window_groups(c0, r0, c1, r1, W):
        wc0, wr0 = int(c0[g].min()), int(r0[g].min())
        data, valid = _read_window(src, wc0, wr0, int(c1[g].max()), int(r1[g].max()))
        for rr, cc, w in ((r0[g], c0[g], (1 - fx[g]) * (1 - fy[g])), (r0[g], c1[g], fx[g] * (1 - fy[g])),
                          (r1[g], c0[g], (1 - fx[g]) * fy[g]), (r1[g], c1[g], fx[g] * fy[g])):
            v = data[rr - wr0, cc - wc0]
            m = valid[rr - wr0, cc - wc0]
            vals[g] += np.where(m, v, 0.0) * w
            wsum[g] += np.where(m, w, 0.0)
    return vals, wsum


def _window_groups(c0, r0, c1, r1, W) -> list[np.ndarray]:
    """Point indices to read together: all of them when their window is small, else one group per
    ``GROUP_BLOCK``² block of pixels (a 30 m DEM with points far apart is never read whole)."""
    if (int(c1.max()) - int(c0.min()) + 1) * (int(r1.max()) - int(r0.min()) + 1) <= MAX_WINDOW_PIXELS:
        return [np.arange(c0.size)]
    keys = (r0 // GROUP_BLOCK) * ((W // GROUP_BLOCK) + 1) + (c0 // GROUP_BLOCK)
    order = np.argsort(keys, kind="stable")
    _, starts = np.unique(keys[order], return_index=True)
    return np.split(order, starts[1:])


def _read_window(src, wc0: int, wr0: int, wc1: int, wr1: int):
    """(values as floats, valid mask) of band 1 over columns wc0..wc1 and rows wr0..wr1 (inclusive)."""
    from rasterio.windows import Window

    band = src.read(1, window=Window(wc0, wr0, wc1 - wc0 + 1, wr1 - wr0 + 1), masked=True)
    data = np.ma.getdata(band).astype(float)
    valid = ~np.ma.getmaskarray(band) & np.isfinite(data)
    nod = src.nodata
    if nod is not None and not math.isnan(nod):
        valid &= data != nod
    return data, valid
