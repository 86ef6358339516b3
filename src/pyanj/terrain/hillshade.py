"""Hillshade and slope from a DEM, tiled GeoTIFF output and a Leaflet-ready PNG overlay.

Shading model (the same as ``gdaldem hillshade`` with Horn's gradient, but written as a dot
product so it is easy to check by hand).  With the surface gradient ``p = dz/dEast`` and
``q = dz/dNorth`` (metres per metre) the unit surface normal is ``(-p, -q, 1)/sqrt(1+p²+q²)``;
the unit vector towards the sun at azimuth ``A`` (clockwise from north) and altitude ``h`` is
``(sin A cos h, cos A cos h, sin h)``.  Their dot product ``c`` (the cosine of the incidence
angle), clipped at 0, is scaled to ``1 + round(254·c)``; ``0`` is nodata.

Horizontal distances must be in the same unit as elevations.  For a projected DEM the pixel
size is converted to metres with the CRS's linear unit; for a geographic (lon/lat) DEM the
pixel size in degrees is converted row by row with the WGS84 ellipsoid's radii of curvature at
that row's latitude (so the "z factor" varies with latitude, ≈ 1/(111 km·cos φ) east–west and
≈ 1/111 km north–south).  A numeric ``z_factor`` overrides that: horizontal distances are
then taken in the CRS's own units and elevations multiplied by ``z_factor`` (e.g. the classic
constant ``z_factor=1/111120`` for a lon/lat DEM, the same as ``gdaldem -s 111120``).

Gradients use Horn's 3×3 operator; for the outermost row/column the DEM is extended by linear
extrapolation (odd reflection), so edges are shaded too (like ``gdaldem -compute_edges``).  A pixel next to nodata is nodata.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np

from affine import Affine

from pyanj.terrain.dem import TerrainError, apply_affine, open_dem

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
WGS84_E2 = WGS84_F * (2 - WGS84_F)

#: Pixels above this count are read decimated (average) for hillshading a huge DEM.
DEFAULT_MAX_PIXELS = 16_000_000


def metres_per_degree(lat_deg):
    """(east–west, north–south) metres per degree of longitude / latitude on WGS84 at ``lat_deg``."""
    phi = np.radians(np.asarray(lat_deg, dtype=float))
    s2 = np.sin(phi) ** 2
    n = WGS84_A / np.sqrt(1 - WGS84_E2 * s2)              # prime-vertical radius
    m = WGS84_A * (1 - WGS84_E2) / (1 - WGS84_E2 * s2) ** 1.5  # meridional radius
    k = math.pi / 180
    return n * np.cos(phi) * k, m * k


def read_dem_array(dem=None, bounds=None, max_pixels: int = DEFAULT_MAX_PIXELS):
    """Read the DEM (or the part of it inside ``bounds`` = (west, south, east, north) in lon/lat).

    Returns ``(float64 array with NaN for nodata, affine transform, crs)``.  A DEM larger than
    ``max_pixels`` is read decimated (GDAL average resampling, using overviews if present).
    """
    z, transform, crs, _ = _read_dem(dem, bounds, max_pixels, margin=0)
    return z, transform, crs


def _read_dem(dem, bounds, max_pixels, margin):
    """:func:`read_dem_array` plus up to ``margin`` extra pixels around ``bounds`` where the DEM has
    them (so gradients at the edge of the box use real neighbours); returns the pad actually read
    as ``((left, top), (right, bottom))`` as a fourth item."""
    from rasterio.enums import Resampling
    from rasterio.warp import transform_bounds
    from rasterio.windows import Window

    with open_dem(dem) as src:
        win = Window(0, 0, src.width, src.height)
        if bounds is not None:
            w, s, e, n = transform_bounds("EPSG:4326", src.crs, *bounds, densify_pts=21)
            inv = ~src.transform
            cs, rs = apply_affine(inv, np.array([w, e, w, e]), np.array([s, s, n, n]))
            c0, c1 = max(0, int(math.floor(cs.min()))), min(src.width, int(math.ceil(cs.max())))
            r0, r1 = max(0, int(math.floor(rs.min()))), min(src.height, int(math.ceil(rs.max())))
            if c1 - c0 < 2 or r1 - r0 < 2:
                raise TerrainError(f"the DEM does not cover the bounds {tuple(bounds)}")
            pad = ((min(margin, c0), min(margin, r0)), (min(margin, src.width - c1), min(margin, src.height - r1)))
            win = Window(c0 - pad[0][0], r0 - pad[0][1], c1 - c0 + pad[0][0] + pad[1][0], r1 - r0 + pad[0][1] + pad[1][1])
        else:
            pad = ((0, 0), (0, 0))
        h, w_ = int(win.height), int(win.width)
        out_shape = None
        if h * w_ > max_pixels:
            if pad != ((0, 0), (0, 0)):   # decimated: drop the margin, shade the box itself
                win = Window(win.col_off + pad[0][0], win.row_off + pad[0][1],
                             win.width - pad[0][0] - pad[1][0], win.height - pad[0][1] - pad[1][1])
                h, w_ = int(win.height), int(win.width)
                pad = ((0, 0), (0, 0))
            f = math.sqrt(h * w_ / max_pixels)
            out_shape = (max(2, int(h / f)), max(2, int(w_ / f)))
        band = src.read(1, window=win, masked=True, out_shape=out_shape,
                        resampling=Resampling.average if out_shape else Resampling.nearest)
        data = np.ma.getdata(band).astype(float)
        bad = np.ma.getmaskarray(band) | ~np.isfinite(data)
        if src.nodata is not None and not math.isnan(src.nodata):
            bad |= data == src.nodata
        data[bad] = np.nan
        scale = src.scales[0] if src.scales else 1.0
        offset = src.offsets[0] if src.offsets else 0.0
        if scale != 1.0 or offset != 0.0:
            data = data * scale + offset
        transform = src.window_transform(win)
        if out_shape:
            sx, sy = w_ / out_shape[1], h / out_shape[0]
            transform = Affine(transform.a * sx, transform.b * sy, transform.c,
                               transform.d * sx, transform.e * sy, transform.f)
        return data, transform, src.crs, pad


def _gradients(z, transform, crs, z_factor=None):
    """(dz/dEast, dz/dNorth) per pixel, dimensionless (m/m), Horn's 3×3 operator; NaN propagates."""
    if transform.b != 0 or transform.d != 0:
        raise TerrainError("rotated DEM grids are not supported (warp it to a north-up grid first)")
    H, W = z.shape
    if H < 2 or W < 2:
        raise TerrainError("the DEM window is too small for a gradient (need at least 2×2 pixels)")
    # odd reflection = linear extrapolation of the edge: a plane stays a plane up to the border
    zp = np.pad(z, 1, mode="reflect", reflect_type="odd")
    a, b, c = zp[:-2, :-2], zp[:-2, 1:-1], zp[:-2, 2:]
    d, f = zp[1:-1, :-2], zp[1:-1, 2:]
    g, h, i = zp[2:, :-2], zp[2:, 1:-1], zp[2:, 2:]
    # per-column step in +x (east if a>0), per-row step in +row direction (south if e<0)
    dzdcol = ((c + 2 * f + i) - (a + 2 * d + g)) / 8.0   # change per pixel to the right
    dzdrow = ((g + 2 * h + i) - (a + 2 * b + c)) / 8.0   # change per pixel downwards
    px, py = transform.a, transform.e                    # signed pixel sizes in CRS units
    if z_factor is not None:
        dx = np.full((H, 1), px / float(z_factor))
        dy = np.full((H, 1), py / float(z_factor))
    elif crs is not None and crs.is_geographic:
        lat_rows = transform.f + (np.arange(H) + 0.5) * py
        mx, my = metres_per_degree(np.clip(lat_rows, -89.9, 89.9))
        dx = (px * mx)[:, None]
        dy = (py * my)[:, None]
    else:
        unit = 1.0
        try:
            unit = float(crs.linear_units_factor[1]) if crs is not None else 1.0
        except Exception:
            unit = 1.0
        dx = np.full((H, 1), px * unit)
        dy = np.full((H, 1), py * unit)
    p = dzdcol / dx          # dz / d(east)
    q = dzdrow / dy          # dz / d(north): dy is negative for north-up, so this flips the sign
    return p, q


def _crop(a, pad, transform):
    (l, t), (r, b) = pad
    return a[t:a.shape[0] - b, l:a.shape[1] - r]


def _crop_transform(transform, pad):
    (l, t), _ = pad
    x, y = apply_affine(transform, l, t)
    return Affine(transform.a, transform.b, x, transform.d, transform.e, y)


def shade(p, q, azimuth=315.0, altitude=45.0):
    """Cosine of the sun's incidence angle on a surface with gradient (p, q), clipped at 0; NaN stays."""
    A = math.radians(azimuth)
    h = math.radians(altitude)
    sx, sy, sz = math.sin(A) * math.cos(h), math.cos(A) * math.cos(h), math.sin(h)
    with np.errstate(invalid="ignore"):
        c = (-p * sx - q * sy + sz) / np.sqrt(1 + p * p + q * q)
        return np.clip(c, 0.0, 1.0)


def _to_uint8(c):
    out = np.zeros(c.shape, dtype=np.uint8)
    ok = np.isfinite(c)
    out[ok] = (1 + np.rint(254 * c[ok])).astype(np.uint8)
    return out


def hillshade(dem=None, azimuth: float = 315, altitude: float = 45, z_factor: float | None = None,
              bounds=None, exaggeration: float = 1.0, max_pixels: int = DEFAULT_MAX_PIXELS):
    """Hillshade of ``dem`` as ``(uint8 array, affine transform, crs)`` on the DEM's own grid.

    Values 1–255 (``1 + 254·cos(incidence)``), 0 = nodata.  ``z_factor=None`` converts pixel
    sizes to metres automatically (per-row from latitude for lon/lat DEMs); ``exaggeration``
    multiplies relief on top of that.  ``bounds`` = (west, south, east, north) in lon/lat reads
    only that window.
    """
    z, transform, crs, pad = _read_dem(dem, bounds, max_pixels, margin=1)
    p, q = _gradients(z * float(exaggeration), transform, crs, z_factor)
    p, q, transform = _crop(p, pad, transform), _crop(q, pad, transform), _crop_transform(transform, pad)
    return _to_uint8(shade(p, q, azimuth, altitude)), transform, crs


def slope(dem=None, z_factor: float | None = None, bounds=None, max_pixels: int = DEFAULT_MAX_PIXELS):
    """Slope in degrees as ``(float32 array with NaN for nodata, transform, crs)``."""
    z, transform, crs, pad = _read_dem(dem, bounds, max_pixels, margin=1)
    p, q = _gradients(z, transform, crs, z_factor)
    p, q, transform = _crop(p, pad, transform), _crop(q, pad, transform), _crop_transform(transform, pad)
    with np.errstate(invalid="ignore"):
        s = np.degrees(np.arctan(np.hypot(p, q)))
    return s.astype(np.float32), transform, crs


def _has_cog_driver() -> bool:
    import rasterio

    with rasterio.Env() as env:
        return "COG" in env.drivers()


def write_geotiff(path, array, transform, crs, nodata, overviews=(2, 4, 8), tags=None,
                  resampling="average", description=None) -> Path:
    """Write one band as a Cloud-Optimized GeoTIFF, atomically.

    256×256 tiles, DEFLATE (with a predictor), internal overviews ``overviews`` (average), written
    by GDAL's COG driver (``LAYOUT=COG``); with a GDAL lacking it, by the GTiff driver with
    ``COPY_SRC_OVERVIEWS`` (same tiling and overviews, COG-style layout).
    """
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.shutil import copy as rio_copy

    from pyanj.io import atomic_path

    path = Path(path)
    array = np.asarray(array)
    H, W = array.shape
    predictor = 3 if array.dtype.kind == "f" else 2
    profile = dict(driver="GTiff", height=H, width=W, count=1, dtype=array.dtype.name, crs=crs,
                   transform=transform, nodata=nodata)
    levels = [o for o in overviews if o > 1 and min(H, W) // o >= 1]
    with atomic_path(path, suffix=".tif") as tmp:
        stage = tmp.with_name(tmp.name + ".stage.tif")
        try:
            with rasterio.open(stage, "w", **profile, tiled=True, blockxsize=256, blockysize=256) as dst:
                dst.write(array, 1)
                if tags:
                    dst.update_tags(**{k: str(v) for k, v in tags.items()})
                if description:
                    dst.set_band_description(1, description)
                if levels:
                    dst.build_overviews(levels, getattr(Resampling, resampling))
                    dst.update_tags(ns="rio_overview", resampling=resampling)
            if _has_cog_driver():
                # a real COG (LAYOUT=COG), reusing the 2/4/8 overviews built above
                rio_copy(stage, tmp, driver="COG", BLOCKSIZE=256, COMPRESS="DEFLATE", PREDICTOR="YES",
                         OVERVIEWS="FORCE_USE_EXISTING")
            else:  # GDAL < 3.1: same layout through the GTiff driver
                rio_copy(stage, tmp, driver="GTiff", tiled=True, blockxsize=256, blockysize=256,
                         compress="deflate", predictor=predictor, copy_src_overviews=True)
        finally:
            if stage.exists():
                stage.unlink()
    return path


def write_hillshade(path, dem=None, azimuth: float = 315, altitude: float = 45,
                    z_factor: float | None = None, **kw) -> Path:
    """Hillshade of ``dem`` to a tiled GeoTIFF (uint8, nodata 0, 256 blocks, deflate, overviews 2/4/8)."""
    arr, transform, crs = hillshade(dem, azimuth=azimuth, altitude=altitude, z_factor=z_factor, **kw)
    return write_geotiff(path, arr, transform, crs, nodata=0,
                         tags={"pyanj_product": "hillshade", "azimuth": azimuth, "altitude": altitude,
                               "z_factor": "auto (per-row metres per degree)" if z_factor is None else z_factor},
                         description="hillshade")


# -- Leaflet overlays ---------------------------------------------------------------------------

def warp_to_web_mercator(array, transform, crs, nodata, resampling="bilinear", max_size=4096):
    """Reproject a raster to an EPSG:3857 grid whose rows are evenly spaced in Mercator y.

    Leaflet's ``L.imageOverlay`` stretches an image linearly between its corner coordinates in
    Web Mercator, so an image whose rows are evenly spaced in *latitude* drifts by up to
    ≈ Δφ²·tan φ / 8 in the middle (≈ 3 km for the 4° of the Pyanj grid).  Warping to 3857 first
    removes that drift exactly.  Returns ``(array, [[south, west], [north, east]])``.
    """
    from pyproj import Transformer
    from rasterio.crs import CRS
    from rasterio.enums import Resampling
    from rasterio.warp import calculate_default_transform, reproject, transform_bounds

    H, W = array.shape
    dst_crs = CRS.from_epsg(3857)
    left, top = apply_affine(transform, 0, 0)
    right, bottom = apply_affine(transform, W, H)
    src_bounds = (min(left, right), min(top, bottom), max(left, right), max(top, bottom))
    # lon/lat extent of the raster (exact for a lon/lat grid), clamped to Web Mercator's range
    if crs.is_geographic:
        w, s, e, n = src_bounds
    else:
        w, s, e, n = transform_bounds(crs, "EPSG:4326", *src_bounds, densify_pts=21)
    s, n = max(s, -85.05112878), min(n, 85.05112878)
    fwd = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    x0, y0 = fwd.transform(w, s)
    x1, y1 = fwd.transform(e, n)
    # resolution: what GDAL would choose; then a grid spanning exactly the raster's extent
    dt, dw, dh = calculate_default_transform(crs, dst_crs, W, H, *src_bounds)
    res = abs(dt.a)
    dw = max(2, int(math.ceil((x1 - x0) / res)))
    dh = max(2, int(math.ceil((y1 - y0) / res)))
    if max(dw, dh) > max_size:
        f = max(dw, dh) / max_size
        dw, dh = max(2, int(math.ceil(dw / f))), max(2, int(math.ceil(dh / f)))
    dt = Affine((x1 - x0) / dw, 0.0, x0, 0.0, -(y1 - y0) / dh, y1)
    dst = np.full((dh, dw), nodata, dtype=array.dtype)
    reproject(array, dst, src_transform=transform, src_crs=crs, src_nodata=nodata,
              dst_transform=dt, dst_crs=dst_crs, dst_nodata=nodata,
              resampling=getattr(Resampling, resampling))
    return dst, [[s, w], [n, e]]


def _png_bytes(rgba) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(rgba, mode="RGBA").save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def hillshade_overlay_png(dem=None, azimuth: float = 315, altitude: float = 45, bounds=None,
                          opacity: float = 1.0, max_size: int = 4096):
    """Hillshade as a PNG for a Leaflet ``ImageOverlay``: ``(png_bytes, [[south, west], [north, east]])``.

    The hillshade is computed on the DEM's grid and warped to Web Mercator rows (see
    :func:`warp_to_web_mercator`), so the overlay lines up with vector layers (the border line)
    at every zoom.  Grey levels on an alpha channel; nodata is transparent.

    Checked against the border line (``test_bundled_overlay_lines_up_with_the_border``): placed
    as Leaflet places it, the warped bundled DEM is lowest along the border (the Pyanj valley)
    with a 0 m north–south shift, whereas the plain lat/lon image fits best shifted ~3.5 km.
    """
    arr, transform, crs = hillshade(dem, azimuth=azimuth, altitude=altitude, bounds=bounds)
    merc, latlng_bounds = warp_to_web_mercator(arr, transform, crs, nodata=0, max_size=max_size)
    rgba = np.zeros(merc.shape + (4,), dtype=np.uint8)
    rgba[..., 0] = rgba[..., 1] = rgba[..., 2] = merc
    rgba[..., 3] = np.where(merc > 0, int(round(255 * opacity)), 0)
    return _png_bytes(rgba), latlng_bounds


def raster_overlay_png(path, cmap: str = "inferno", vmin=None, vmax=None, min_fraction: float = 0.02,
                       max_alpha: float = 0.8, max_size: int = 4096):
    """Any single-band GeoTIFF (e.g. the density layer) as a coloured PNG overlay for Leaflet.

    Returns ``(png_bytes, [[south, west], [north, east]])``.  Values below
    ``min_fraction·vmax`` and nodata are transparent; alpha grows with the value (a heat overlay).
    """
    import matplotlib

    with open_dem(path) as src:
        band = src.read(1, masked=True)
        transform, crs = src.transform, src.crs
    data = np.ma.getdata(band).astype(np.float32)
    bad = np.ma.getmaskarray(band) | ~np.isfinite(data)
    fill = np.float32(-3.4e38)
    data[bad] = fill
    merc, latlng_bounds = warp_to_web_mercator(data, transform, crs, nodata=fill, max_size=max_size)
    ok = merc > fill / 2
    vals = merc[ok]
    hi = float(vmax) if vmax is not None else (float(vals.max()) if vals.size else 1.0)
    lo = float(vmin) if vmin is not None else 0.0
    norm = np.zeros(merc.shape, dtype=float)
    if hi > lo:
        norm[ok] = np.clip((merc[ok] - lo) / (hi - lo), 0, 1)
    rgba = (matplotlib.colormaps[cmap](norm) * 255).astype(np.uint8)
    alpha = np.where(ok & (norm >= min_fraction), np.clip(0.25 + norm, 0, 1) * max_alpha * 255, 0)
    rgba[..., 3] = alpha.astype(np.uint8)
    return _png_bytes(rgba), latlng_bounds
