"""Mention density: Gaussian kernel density of points, rasterised to a GeoTIFF.

The density is computed in a projected CRS (UTM zone 42N, EPSG:32642, metres; the Pyanj lies
at 67.5–75°E, within 6° of the zone's 69°E central meridian, so distances are within ~0.4 %).

For each cell centre ``c`` the value is ``Σ_i w_i · K(|c − p_i|)`` with the isotropic Gaussian
kernel ``K(d) = exp(−d² / 2h²) / (2π h²)``, ``h`` = ``bandwidth_km`` (the kernel's standard
deviation, in km).  Units are therefore *mentions per km²*; integrated over a grid that covers
the points the values sum (× cell area) to the number of points.  The sum is exact (not a
binned approximation): the Gaussian separates in x and y, so the grid is
``Gy(rows × n) · W · Gx(n × cols)``.

Only points inside ``region`` (default: the frontier region lon 66.5–75.5°E, lat 35.5–39.5°N,
the extent of the bundled DEM and of the map) are counted; the others (a mention of "United
States" or "Russia" placed at a country centroid) are left out with one warning, since a UTM 42N
grid reaching them would be meaningless and enormous.  ``region=None`` counts every point but
refuses points more than 15° of longitude from the zone's central meridian.

The grid extends ``3·h`` beyond the counted points' bounding box and is snapped to multiples of
``cell_km``, so the GeoTIFF has square cells, a north-up transform in EPSG:32642, float32
values and a nodata value (−9999; every cell is computed, zeros are real zeros).
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np

from pyanj.terrain.dem import TerrainCoverageWarning, TerrainError, lonlat_to_crs

DENSITY_CRS = "EPSG:32642"
#: (west, south, east, north) in degrees: the frontier region (bundled DEM and map extent).
FRONTIER_REGION = (66.5, 35.5, 75.5, 39.5)
DENSITY_NODATA = -9999.0
MAX_CELLS = 25_000_000


def density_grid(lons, lats, bandwidth_km: float = 10.0, cell_km: float = 2.0, weights=None,
                 crs: str = DENSITY_CRS, bounds=None, region=FRONTIER_REGION):
    """Kernel density as ``(float32 array, affine transform, crs)`` — see the module docstring.

    ``bounds`` = (xmin, ymin, xmax, ymax) in ``crs`` metres fixes the grid extent instead.
    """
    from rasterio.crs import CRS
    from affine import Affine

    lons = np.asarray(list(lons), dtype=float)
    lats = np.asarray(list(lats), dtype=float)
    if lons.shape != lats.shape:
        raise TerrainError("lons and lats differ in length")
    w = np.ones(lons.size) if weights is None else np.asarray(list(weights), dtype=float)
    ok = np.isfinite(lons) & np.isfinite(lats) & np.isfinite(w)
    if not ok.any():
        raise TerrainError("no located points to rasterise into a density layer")
    if region is not None:
        west, south, east, north = region
        inside = ok & (lons >= west) & (lons <= east) & (lats >= south) & (lats <= north)
        if (ok & ~inside).any():
            warnings.warn(f"{int((ok & ~inside).sum())} of {int(ok.sum())} point(s) outside the region "
                          f"{tuple(region)} left out of the density", TerrainCoverageWarning, stacklevel=3)
        ok = inside
        if not ok.any():
            raise TerrainError(f"no located points inside the region {tuple(region)} for the density layer")
    elif str(crs).upper() == DENSITY_CRS and (np.abs(lons[ok] - 69.0) > 15).any():
        raise TerrainError("points more than 15° from 69°E: UTM 42N density would be meaningless "
                           "(keep the default region)")
    if not (bandwidth_km > 0 and cell_km > 0):
        raise TerrainError("bandwidth_km and cell_km must be positive")
    dst_crs = CRS.from_user_input(crs)
    x, y = lonlat_to_crs(lons[ok], lats[ok], dst_crs)
    w = w[ok]
    h = bandwidth_km * 1000.0
    cell = cell_km * 1000.0
    if bounds is None:
        pad = 3 * h
        xmin = math.floor((x.min() - pad) / cell) * cell
        xmax = math.ceil((x.max() + pad) / cell) * cell
        ymin = math.floor((y.min() - pad) / cell) * cell
        ymax = math.ceil((y.max() + pad) / cell) * cell
    else:
        xmin, ymin, xmax, ymax = bounds
    ncols = max(1, int(round((xmax - xmin) / cell)))
    nrows = max(1, int(round((ymax - ymin) / cell)))
    if ncols * nrows > MAX_CELLS:
        raise TerrainError(f"density grid of {ncols}×{nrows} cells is too large: use a larger cell_km")
    transform = Affine(cell, 0.0, xmin, 0.0, -cell, ymax)
    xc = xmin + (np.arange(ncols) + 0.5) * cell   # cell-centre eastings
    yc = ymax - (np.arange(nrows) + 0.5) * cell   # cell-centre northings (top row first)
    h_km2 = (h / 1000.0) ** 2
    gx = np.exp(-0.5 * ((xc[None, :] - x[:, None]) / h) ** 2)          # n × cols
    gy = np.exp(-0.5 * ((yc[:, None] - y[None, :]) / h) ** 2)          # rows × n
    dens = (gy * w[None, :]) @ gx / (2 * math.pi * h_km2)               # per km²
    return dens.astype(np.float32), transform, dst_crs


def write_density(lons, lats, path, bandwidth_km: float = 10.0, cell_km: float = 2.0,
                  weights=None, region=FRONTIER_REGION) -> Path:
    """Write the mention-density GeoTIFF (EPSG:32642, float32, nodata −9999, tiled, overviews).

    Returns the path.  Raises :class:`~pyanj.terrain.TerrainError` if there is no located point.
    """
    from pyanj.terrain.hillshade import write_geotiff

    lons, lats = list(lons), list(lats)
    dens, transform, crs = density_grid(lons, lats, bandwidth_km=bandwidth_km, cell_km=cell_km,
                                        weights=weights, region=region)
    lo, la = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    counted = np.isfinite(lo) & np.isfinite(la)
    if region is not None:
        counted &= (lo >= region[0]) & (lo <= region[2]) & (la >= region[1]) & (la <= region[3])
    n = int(counted.sum())
    return write_geotiff(path, dens, transform, crs, nodata=DENSITY_NODATA,
                         tags={"pyanj_product": "mention_density",
                               "kernel": "gaussian (sigma = bandwidth)",
                               "bandwidth_km": bandwidth_km, "cell_km": cell_km,
                               "units": "mentions per km2",
                               "region": "any" if region is None else ",".join(f"{v:g}" for v in region),
                               "points": n},
                         description="mention density (per km²)")
