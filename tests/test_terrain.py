"""Terrain: sampling, nodata, reprojection, hillshade, density, profiles, GeoTIFF round trips.

Synthetic DEMs are made here with known values so results can be checked by hand.
"""

from __future__ import annotations

import io
import math
import warnings

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from click.testing import CliRunner  # noqa: E402
from pyproj import Geod, Transformer  # noqa: E402
from rasterio.crs import CRS  # noqa: E402
from rasterio.transform import from_origin  # noqa: E402

from pyanj import terrain  # noqa: E402
from pyanj.terrain import TerrainCoverageWarning, TerrainError  # noqa: E402

UTM42 = "EPSG:32642"
TO_UTM = Transformer.from_crs("EPSG:4326", UTM42, always_xy=True)
TO_LL = Transformer.from_crs(UTM42, "EPSG:4326", always_xy=True)


def write_tif(path, arr, transform, crs, nodata):
    arr = np.asarray(arr)
    with rasterio.open(path, "w", driver="GTiff", height=arr.shape[0], width=arr.shape[1], count=1,
                       dtype=arr.dtype.name, crs=crs, transform=transform, nodata=nodata) as dst:
        dst.write(arr, 1)
    return path


# -- synthetic DEMs --------------------------------------------------------------------------

# a plane z = A*(x - X0) + B*(y - Y0) + C in UTM 42N, 30 m pixels, around Khorog
X0, Y0 = 500_000.0, 4_150_000.0   # upper-left corner
A, B, C = 0.5, -0.25, 2000.0       # dz/dEast, dz/dNorth (dimensionless), offset (m)
PIX = 30.0


@pytest.fixture()
def utm_plane(tmp_path):
    H, W = 64, 80
    cols = np.arange(W) + 0.5
    rows = np.arange(H) + 0.5
    x = X0 + cols[None, :] * PIX
    y = Y0 - rows[:, None] * PIX
    z = (A * (x - X0) + B * (y - Y0) + C).astype(np.float64)
    return write_tif(tmp_path / "plane_utm.tif", z, from_origin(X0, Y0, PIX, PIX), UTM42, -9999.0)


@pytest.fixture()
def ll_grid(tmp_path):
    """4×4 int16 grid, 0.1° pixels from (70.0, 38.0) with nodata at row 3, col 3."""
    z = np.array([[0, 10, 20, 30],
                  [40, 50, 60, 70],
                  [80, 90, 100, 110],
                  [120, 130, 140, -32768]], dtype=np.int16)
    return write_tif(tmp_path / "grid_ll.tif", z, from_origin(70.0, 38.0, 0.1, 0.1), "EPSG:4326", -32768)


# -- sampling --------------------------------------------------------------------------------

def test_bilinear_by_hand(ll_grid):
    # pixel centres: col c at lon 70.05 + 0.1c, row r at lat 37.95 - 0.1r
    pts = [
        (70.05, 37.95, 0.0),     # exactly the centre of pixel (0, 0)
        (70.10, 37.90, 25.0),    # midway between (0,0),(0,1),(1,0),(1,1): (0+10+40+50)/4
        (70.075, 37.95, 2.5),    # quarter of the way from (0,0) to (0,1)
        (70.15, 37.875, 40.0),   # centre col 1, 3/4 from row 0 to row 1: 10 + 0.75*40
        (70.01, 37.99, 0.0),     # between the corner and the first centre: edge value held
    ]
    got = terrain.sample_elevation([p[0] for p in pts], [p[1] for p in pts], dem=ll_grid)
    for (lon, lat, want), z in zip(pts, got):
        assert z == pytest.approx(want, abs=1e-9), (lon, lat)


def test_nodata_is_none_never_minus_32768(ll_grid):
    # at the nodata pixel's centre → None; a point whose valid neighbours carry ≥ ½ the weight is
    # interpolated from the valid ones only
    lon_c, lat_c = 70.35, 37.65              # centre of (3, 3) = nodata
    near = (70.30, 37.70)                    # equal weight to (2,2),(2,3),(3,2),(3,3): 3/4 valid
    with warnings.catch_warnings():
        warnings.simplefilter("error")       # nodata is not a coverage problem: no warning
        got = terrain.sample_elevation([lon_c, near[0], 70.34], [lat_c, near[1], 37.66], dem=ll_grid)
    assert got[0] is None
    assert got[1] == pytest.approx((100 + 110 + 140) / 3)
    assert got[2] is None                    # mostly the nodata pixel
    assert all(v is None or v > -1000 for v in got)


def test_outside_coverage_none_and_one_warning(ll_grid):
    with pytest.warns(TerrainCoverageWarning) as rec:
        got = terrain.sample_elevation([70.05, 10.0, 71.0, float("nan")], [37.95, 10.0, 38.0, 37.9], dem=ll_grid)
    assert got[0] == 0.0 and got[1:] == [None, None, None]
    assert len([w for w in rec if issubclass(w.category, TerrainCoverageWarning)]) == 1
    assert "3 of 4" in str(rec[0].message)


def test_dem_not_covering_any_point_is_not_an_error(ll_grid):
    with pytest.warns(TerrainCoverageWarning):
        assert terrain.sample_elevation([60.0], [30.0], dem=ll_grid) == [None]
    assert terrain.sample_elevation([], [], dem=ll_grid) == []


def test_reprojection_utm_dem_sampled_at_lonlat(utm_plane):
    # arbitrary positions inside the plane (not at pixel centres); bilinear reproduces a plane exactly
    xs = np.array([X0 + 100.0, X0 + 1234.5, X0 + 2000.0, X0 + 37.0])
    ys = np.array([Y0 - 100.0, Y0 - 987.6, Y0 - 1500.0, Y0 - 1880.0])
    lons, lats = TO_LL.transform(xs, ys)
    got = terrain.sample_elevation(lons, lats, dem=utm_plane)
    want = A * (xs - X0) + B * (ys - Y0) + C
    np.testing.assert_allclose(np.array(got, dtype=float), want, atol=1e-6)


class _SpyDataset:
    """Forwards to an open rasterio dataset and records the windows read."""

    def __init__(self, src):
        self._src = src
        self.windows = []

    def __getattr__(self, name):
        return getattr(self._src, name)

    def read(self, *a, **kw):
        self.windows.append(kw.get("window"))
        return self._src.read(*a, **kw)


def test_reads_only_the_window_of_the_points(utm_plane):
    lons, lats = TO_LL.transform([X0 + 300.0, X0 + 400.0], [Y0 - 300.0, Y0 - 350.0])
    with rasterio.open(utm_plane) as src:
        spy = _SpyDataset(src)
        terrain.sample_elevation(lons, lats, dem=spy)
    (win,) = spy.windows
    assert win is not None and win.width <= 6 and win.height <= 6   # not 80 × 64


def test_large_windows_are_split_per_block(utm_plane, monkeypatch):
    import pyanj.terrain.dem as dem_mod

    xs = np.array([X0 + 45.0, X0 + 2300.0, X0 + 60.0, X0 + 2350.0])
    ys = np.array([Y0 - 45.0, Y0 - 1800.0, Y0 - 1850.0, Y0 - 70.0])
    lons, lats = TO_LL.transform(xs, ys)
    monkeypatch.setattr(dem_mod, "MAX_WINDOW_PIXELS", 16)
    monkeypatch.setattr(dem_mod, "GROUP_BLOCK", 16)
    with rasterio.open(utm_plane) as src:
        spy = _SpyDataset(src)
        got = terrain.sample_elevation(lons, lats, dem=spy)
    np.testing.assert_allclose(np.array(got, float), A * (xs - X0) + B * (ys - Y0) + C, atol=1e-6)
    assert len(spy.windows) == 4 and all(w.width <= 3 and w.height <= 3 for w in spy.windows)


def test_float_dem_with_nan_nodata(tmp_path):
    z = np.array([[1.0, 2.0], [np.nan, 4.0]], dtype=np.float32)
    dem = write_tif(tmp_path / "nan.tif", z, from_origin(70.0, 38.0, 0.1, 0.1), "EPSG:4326", float("nan"))
    got = terrain.sample_elevation([70.05, 70.05, 70.15], [37.85, 37.95, 37.85], dem=dem)
    assert got == [None, 1.0, 4.0]


def test_not_a_raster_is_a_terrain_error(tmp_path):
    bad = tmp_path / "dem.tif"
    bad.write_text("not a raster")
    with pytest.raises(TerrainError):
        terrain.sample_elevation([70], [37], dem=bad)
    with pytest.raises(TerrainError):
        terrain.sample_elevation([70], [37], dem=tmp_path / "missing.tif")


# -- bundled DEM sanity ------------------------------------------------------------------------

def test_bundled_dem_sanity():
    khorog, kunduz = terrain.sample_elevation([71.5530, 68.8570], [37.4897, 36.7290])
    assert 1900 <= khorog <= 2400        # Khorog ~2,100 m (1' grid in a deep valley reads high)
    assert 300 <= kunduz <= 500          # Kunduz ~400 m


# -- hillshade ---------------------------------------------------------------------------------

def expected_shade(p, q, azimuth=315.0, altitude=45.0):
    """1 + round(254 · n·s) for a plane with dz/dE = p, dz/dN = q (see pyanj.terrain.hillshade)."""
    Az, h = math.radians(azimuth), math.radians(altitude)
    c = (-p * math.sin(Az) * math.cos(h) - q * math.cos(Az) * math.cos(h) + math.sin(h)) / math.sqrt(1 + p * p + q * q)
    return 1 + round(254 * max(c, 0.0))


def test_hillshade_plane_hand_computed(utm_plane):
    # p = 0.5, q = -0.25, sun at NW 45°: sinA = -√½, cosA = √½, cos h = sin h = √½
    # n·s = (−p·sinA·cos h − q·cosA·cos h + sin h)/√(1+p²+q²) = (0.25 + 0.125 + 0.70711)/√1.3125 = 0.94454
    c = (0.5 * 0.5 + 0.25 * 0.5 + math.sqrt(0.5)) / math.sqrt(1 + 0.25 + 0.0625)
    assert c == pytest.approx(0.94454, abs=1e-5)
    want = 1 + round(254 * c)            # 1 + round(239.91) = 241
    assert want == 241 == expected_shade(A, B)
    arr, tr, crs = terrain.hillshade(utm_plane)
    assert arr.dtype == np.uint8 and arr.shape == (64, 80)
    assert (arr == want).all()           # edges too (linear extrapolation at the border)
    assert crs == CRS.from_string(UTM42) and tr == from_origin(X0, Y0, PIX, PIX)
    # sun from the opposite side → darker; a flat DEM under a 45° sun → 1 + round(254 sin 45°) = 181
    arr2, _, _ = terrain.hillshade(utm_plane, azimuth=135)
    assert (arr2 == expected_shade(A, B, azimuth=135)).all()
    assert expected_shade(0, 0) == 181


def test_hillshade_geographic_uses_metres(tmp_path):
    # z rises northward 0.2 m per metre of meridian arc (geodesic), on a 0.01° lon/lat grid
    g = Geod(ellps="WGS84")
    H, W = 40, 30
    lat_top, lon0, res = 38.0, 71.0, 0.01
    lats = lat_top - (np.arange(H) + 0.5) * res
    north = np.array([g.inv(lon0, 37.0, lon0, la)[2] * (1 if la >= 37 else -1) for la in lats])
    z = np.repeat((0.2 * north)[:, None], W, axis=1)
    dem = write_tif(tmp_path / "north.tif", z, from_origin(lon0, lat_top, res, res), "EPSG:4326", -9999.0)
    arr, _, _ = terrain.hillshade(dem)
    # hand: p = 0, q = 0.2 → (−0.2·√½·√½ + √½)/√1.04 = (−0.1 + 0.70711)/1.01980 = 0.59533 → 1 + 151 = 152
    assert expected_shade(0, 0.2) == 152
    assert np.abs(arr.astype(int) - 152).max() <= 1
    # a wrong (constant, unit) z factor treats metres/degree as 1 → nearly vertical slopes
    arr_bad, _, _ = terrain.hillshade(dem, z_factor=1.0)
    assert np.abs(arr_bad.astype(int) - 152).min() > 20


def test_hillshade_window_matches_the_full_raster():
    # a lon/lat box is read as a window (plus one pixel of real neighbours), and shades exactly
    # like the same pixels of the whole DEM
    full, tr, _ = terrain.hillshade()
    part, ptr, _ = terrain.hillshade(bounds=(71.0, 37.0, 72.5, 38.0))
    assert part.shape == (60, 90)
    assert (ptr.c, ptr.f) == pytest.approx((71.0, 38.0))
    c0, r0 = round((71.0 - tr.c) / tr.a), round((38.0 - tr.f) / tr.e)
    assert (part == full[r0:r0 + 60, c0:c0 + 90]).all()
    with pytest.raises(TerrainError):
        terrain.hillshade(bounds=(0, 0, 1, 1))


def test_hillshade_huge_dem_is_read_decimated():
    arr, tr, _ = terrain.hillshade(max_pixels=540 * 240 // 16)   # → about a quarter of each side
    assert arr.shape == (60, 135)
    assert (tr.c, tr.f) == pytest.approx((66.5, 39.5))
    assert (tr.c + tr.a * 135, tr.f + tr.e * 60) == pytest.approx((75.5, 35.5))
    assert (arr > 0).all()


def test_hillshade_nodata_propagates(ll_grid):
    arr, _, _ = terrain.hillshade(ll_grid)
    assert arr[3, 3] == 0 and arr[2, 2] == 0 and arr[0, 0] != 0


def assert_cog_like(path, crs, transform, dtype, nodata, overviews=(2, 4, 8)):
    with rasterio.open(path) as src:
        assert src.driver == "GTiff"
        assert src.crs == CRS.from_user_input(crs)
        assert src.transform.almost_equals(transform)
        assert src.dtypes[0] == dtype
        assert src.nodata == nodata
        assert src.overviews(1) == list(overviews)
        assert src.profile["tiled"] and src.block_shapes[0] == (256, 256)
        assert src.compression.name.lower() == "deflate"
        return src.read(1)


def test_write_hillshade_round_trip(tmp_path, utm_plane):
    out = terrain.write_hillshade(tmp_path / "out" / "hs.tif", dem=utm_plane)
    band = assert_cog_like(out, UTM42, from_origin(X0, Y0, PIX, PIX), "uint8", 0)
    assert (band == 241).all()
    assert not list((tmp_path / "out").glob(".*"))        # atomic: no temp file left


def test_write_hillshade_bundled_round_trip(tmp_path):
    out = terrain.write_hillshade(tmp_path / "hs.tif")
    with rasterio.open(terrain.bundled_dem()) as dem:
        tr = dem.transform
    band = assert_cog_like(out, "EPSG:4326", tr, "uint8", 0)
    assert band.shape == (240, 540) and (band > 0).mean() > 0.99


def test_hillshade_overlay_aligned_in_web_mercator(tmp_path):
    # a thin east–west ridge at 37.0°N on a 0.005° grid spanning 35.5–39.5°N: in the PNG its row
    # must be where Web Mercator puts 37.0°N (Leaflet stretches linearly in Mercator), not where a
    # linear-in-latitude stretch would (≈ 3 km / several pixels off)
    from PIL import Image

    res = 0.005
    H, W = int(4 / res), 40
    lats = 39.5 - (np.arange(H) + 0.5) * res
    z = np.where(np.abs(lats - 37.0) < 0.012, 500.0, 0.0)[:, None].repeat(W, axis=1)
    dem = write_tif(tmp_path / "ridge.tif", z, from_origin(70.0, 39.5, res, res), "EPSG:4326", -9999.0)
    png, bounds = terrain.hillshade_overlay_png(dem)
    assert bounds == [[pytest.approx(35.5), pytest.approx(70.0)], [pytest.approx(39.5), pytest.approx(70.2)]]
    img = np.asarray(Image.open(io.BytesIO(png)))
    assert img.ndim == 3 and img.shape[2] == 4
    grey = img[:, :, 0].astype(float)
    col = grey[:, img.shape[1] // 2]
    lit = np.flatnonzero(col > 200)          # the north-west-facing side of the ridge is lit
    dark = np.flatnonzero(col < 150)         # the south side is shaded
    ridge_row = (lit.max() + dark.min()) / 2 + 0.5   # crest between lit and shaded faces

    def merc(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    nrows = img.shape[0]
    row_merc = (merc(39.5) - merc(37.0)) / (merc(39.5) - merc(35.5)) * nrows
    row_lin = (39.5 - 37.0) / 4.0 * nrows
    assert abs(row_lin - row_merc) > 4                       # the distortion is real at this scale
    assert abs(ridge_row - row_merc) <= 1.5


def test_bundled_overlay_lines_up_with_the_border():
    # the border follows the Pyanj river: placed as Leaflet places an ImageOverlay (linear in
    # Web Mercator between the bounds), the warped DEM is lowest along the border with no shift,
    # while a plain lat/lon image would have to be shifted ~3 km to fit
    from pyanj.terrain.hillshade import read_dem_array, warp_to_web_mercator
    from pyanj.terrain.profile import _densify

    z, tr, crs = read_dem_array()
    z = np.where(np.isnan(z), -9999, z).astype(np.float32)
    merc, ((s, w), (n, e)) = warp_to_web_mercator(z, tr, crs, nodata=-9999)
    fwd = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    (x0, x1), (y0, y1) = fwd.transform([w, e], [s, n])
    lo, la, _ = _densify(terrain.border_line(), 0.5)
    bx, by = fwd.transform(lo, la)

    def mean_elev(img, shift_m):
        H, W = img.shape
        c = (bx - x0) / (x1 - x0) * W - 0.5
        r = (y1 - (by + shift_m)) / (y1 - y0) * H - 0.5
        c0, r0 = np.floor(c).astype(int), np.floor(r).astype(int)
        fx, fy = c - c0, r - r0
        return (img[r0, c0] * (1 - fx) * (1 - fy) + img[r0, c0 + 1] * fx * (1 - fy)
                + img[r0 + 1, c0] * (1 - fx) * fy + img[r0 + 1, c0 + 1] * fx * fy).mean()

    shifts = np.arange(-6000, 6001, 500)
    best = shifts[np.argmin([mean_elev(merc, s_) for s_ in shifts])]
    naive = shifts[np.argmin([mean_elev(z, s_) for s_ in shifts])]
    assert abs(best) <= 500
    assert abs(naive) >= 2000


# -- density ---------------------------------------------------------------------------------

def test_write_density_round_trip(tmp_path):
    lons = [71.55, 71.56, 71.54, 68.86, 70.83]
    lats = [37.49, 37.50, 37.48, 36.73, 38.45]
    out = terrain.write_density(lons, lats, tmp_path / "density.tif", bandwidth_km=10.0, cell_km=2.0)
    with rasterio.open(out) as src:
        tr = src.transform
        assert src.crs == CRS.from_epsg(32642)
        assert (tr.a, tr.e, tr.b, tr.d) == (2000.0, -2000.0, 0.0, 0.0)
        assert tr.c % 2000 == 0 and tr.f % 2000 == 0
        assert src.dtypes[0] == "float32" and src.nodata == -9999.0
        assert src.overviews(1) == [2, 4, 8]
        assert src.tags()["bandwidth_km"] == "10.0"
        d = src.read(1)
        # integrates to the number of points (mentions per km² × 4 km² per cell)
        assert d.sum() * 4.0 == pytest.approx(5, rel=0.01)
        # the peak is at the Khorog cluster (3 points), at the right place on the ground
        r, c = np.unravel_index(np.argmax(d), d.shape)
        x, y = tr.c + (c + 0.5) * tr.a, tr.f + (r + 0.5) * tr.e
        lon, lat = TO_LL.transform(x, y)
        assert abs(lon - 71.55) < 0.03 and abs(lat - 37.49) < 0.03
        # 3 points on one spot: 3 / (2π·10²) per km² at the centre
        assert d.max() == pytest.approx(3 / (2 * math.pi * 100), rel=0.05)


def test_density_leaves_out_points_far_from_the_frontier(tmp_path):
    # "United States" and "Russia" at country centroids must not stretch a UTM 42N grid over the world
    with pytest.warns(TerrainCoverageWarning, match="2 of 4"):
        out = terrain.write_density([71.55, 70.83, -97.0, 100.0], [37.49, 38.45, 38.0, 60.0], tmp_path / "d.tif")
    with rasterio.open(out) as src:
        assert src.width * src.height < 200 * 200
        assert src.read(1).sum() * 4.0 == pytest.approx(2, rel=0.01)
        assert src.tags()["points"] == "2"
    with pytest.raises(TerrainError):
        terrain.write_density([-97.0], [38.0], tmp_path / "d2.tif")
    with pytest.raises(TerrainError):
        terrain.write_density([71.0, -97.0], [37.0, 38.0], tmp_path / "d3.tif", region=None)


def test_density_needs_points(tmp_path):
    with pytest.raises(TerrainError):
        terrain.write_density([], [], tmp_path / "d.tif")
    with pytest.raises(TerrainError):
        terrain.write_density([float("nan")], [37.0], tmp_path / "d.tif")


def test_raster_overlay_png_of_density(tmp_path):
    out = terrain.write_density([71.55, 70.83], [37.49, 38.45], tmp_path / "d.tif")
    png, bounds = terrain.raster_overlay_png(out)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    (s, w), (n, e) = bounds
    assert s < 37.49 < n and w < 70.83 < 71.55 < e


# -- profile ---------------------------------------------------------------------------------

def test_profile_on_synthetic_plane(utm_plane, tmp_path):
    # a 2 km line due east inside the UTM plane: elevation rises 0.5 m per metre east
    (lon0, lon1), (lat0, lat1) = TO_LL.transform([X0 + 200.0, X0 + 2200.0], [Y0 - 900.0, Y0 - 900.0])
    df = terrain.profile([(lon0, lat0), (lon1, lat1)], step_km=0.25, dem=utm_plane)
    assert list(df.columns) == ["distance_km", "lon", "lat", "elevation_m"]
    assert df["distance_km"].iloc[0] == 0 and df["distance_km"].iloc[-1] == pytest.approx(2.0, abs=0.01)
    assert np.allclose(np.diff(df["distance_km"].to_numpy())[:-1], 0.25)
    x, y = TO_UTM.transform(df["lon"].to_numpy(), df["lat"].to_numpy())
    np.testing.assert_allclose(df["elevation_m"].to_numpy(), A * (x - X0) + B * (y - Y0) + C, atol=1e-4)
    # a crossing 300 m north of the line at 1.2 km along it
    clon, clat = TO_LL.transform(X0 + 200.0 + 1200.0 * (1 / 0.9996), Y0 - 600.0)
    marks = terrain.crossings_on_profile(df, [("bridge", clon, clat), ("far", clon, clat + 1.0)])
    assert [m["name"] for m in marks] == ["bridge"]
    assert marks[0]["distance_km"] == pytest.approx(1.2, abs=0.01)
    assert marks[0]["offset_km"] == pytest.approx(0.3, abs=0.01)
    csv = terrain.write_profile_csv(df, tmp_path / "p.csv")
    import pandas as pd

    back = pd.read_csv(csv)
    assert list(back.columns) == list(df.columns) and len(back) == len(df)
    png = terrain.plot_profile_png(df, tmp_path / "p.png", crossings=[("bridge", clon, clat)])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_profile_outside_dem_gives_empty_cells(ll_grid, tmp_path):
    with pytest.warns(TerrainCoverageWarning):
        df = terrain.profile([(70.05, 37.95), (70.6, 37.95)], step_km=5, dem=ll_grid)
    assert df["elevation_m"].isna().any() and df["elevation_m"].notna().any()
    terrain.write_profile_csv(df, tmp_path / "p.csv")
    lines = (tmp_path / "p.csv").read_text().splitlines()
    assert lines[-1].endswith(",")           # empty, not -32768 or nan


def test_border_profile_default(tmp_path):
    df = terrain.profile(step_km=2.0)
    assert df["lon"].iloc[0] < df["lon"].iloc[-1]             # west → east
    assert 1000 < df["distance_km"].iloc[-1] < 1500
    assert df["elevation_m"].notna().all()
    assert df["elevation_m"].iloc[:20].mean() < 600            # lower Pyanj near the Amu Darya
    assert df["elevation_m"].iloc[-50:].mean() > 3500          # Wakhan / Pamir
    marks = terrain.crossings_on_profile(df)
    names = " ".join(m["name"] for m in marks)
    assert "Khorog" in names and "Termez" not in names          # Termez is on the AF–UZ border
    assert all(m["offset_km"] <= 5 for m in marks)
    khorog = next(m for m in marks if "Khorog" in m["name"])
    assert 1800 < khorog["elevation_m"] < 2600
    out = terrain.plot_profile_png(df, tmp_path / "border.png")
    assert out.stat().st_size > 10_000


def test_parse_line():
    assert terrain.parse_line("70,37; 71.5,37.5") == [(70.0, 37.0), (71.5, 37.5)]
    for bad in ("70,37", "70;37", "a,b;1,2", "70,37;200,1", ""):
        with pytest.raises(TerrainError):
            terrain.parse_line(bad)


# -- CLI -------------------------------------------------------------------------------------

def test_cli(tmp_path, utm_plane):
    from pyanj.cli import main

    r = CliRunner()
    res = r.invoke(main, ["terrain", "sample", "71.5530", "37.4897"])
    assert res.exit_code == 0 and 1900 <= float(res.output) <= 2400
    res = r.invoke(main, ["terrain", "sample", "10", "10"])
    assert res.exit_code == 0 and res.output.strip().endswith("null")
    bad = tmp_path / "bad.tif"
    bad.write_text("nope")
    res = r.invoke(main, ["terrain", "sample", "70", "37", "--dem", str(bad)])
    assert res.exit_code == 2 and "not a readable raster" in res.output
    res = r.invoke(main, ["terrain", "profile", "--line", "70,37;oops"])
    assert res.exit_code == 2 and "--line" in res.output
    hs = tmp_path / "hs.tif"
    res = r.invoke(main, ["terrain", "hillshade", "-o", str(hs), "--dem", str(utm_plane),
                          "--png", str(tmp_path / "hs.png"), "--slope", str(tmp_path / "slope.tif")])
    assert res.exit_code == 0, res.output
    assert_cog_like(hs, UTM42, from_origin(X0, Y0, PIX, PIX), "uint8", 0)
    sl = assert_cog_like(tmp_path / "slope.tif", UTM42, from_origin(X0, Y0, PIX, PIX), "float32", -9999.0)
    np.testing.assert_allclose(sl, math.degrees(math.atan(math.hypot(A, B))), atol=1e-3)
    assert (tmp_path / "hs.png").read_bytes()[:4] == b"\x89PNG"
    res = r.invoke(main, ["terrain", "profile", "--csv", str(tmp_path / "p.csv"), "--png", str(tmp_path / "p.png"),
                          "--step-km", "5"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "p.csv").read_text().startswith("distance_km,lon,lat,elevation_m")


# -- real QGIS (Debian's python3-qgis; skipped without it) ----------------------------------

QGIS_RASTER_CHECK = r"""
import json, sys
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsPointXY, QgsProject, QgsRasterLayer)
app = QgsApplication([], False); app.initQgis()
out = {}
wgs = QgsCoordinateReferenceSystem("EPSG:4326")
for path in sys.argv[1:]:
    lyr = QgsRasterLayer(path, "r", "gdal")
    prov = lyr.dataProvider()
    ext = lyr.extent()
    tr = QgsCoordinateTransform(lyr.crs(), wgs, QgsProject.instance())
    c = tr.transform(ext.center())
    queries = {}
    for lon, lat in ((71.55, 37.49), (70.0, 38.0)):
        p = QgsCoordinateTransform(wgs, lyr.crs(), QgsProject.instance()).transform(QgsPointXY(lon, lat))
        v, ok = prov.sample(p, 1)
        queries[f"{lon},{lat}"] = v if ok else None
    out[path] = {"valid": lyr.isValid(), "crs": lyr.crs().authid(), "width": lyr.width(),
                 "height": lyr.height(), "nodata": prov.sourceNoDataValue(1) if prov.sourceHasNoDataValue(1) else None,
                 "extent": [ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum()],
                 "center_lonlat": [c.x(), c.y()], "samples": queries}
print(json.dumps(out))
sys.stdout.flush()
import os
os._exit(0)  # QGIS 3.22's teardown can segfault with layers still referenced; all is printed
"""


def _qgis_python():
    import os
    import subprocess

    py = "/usr/bin/python3"
    if not os.path.exists(py):
        return None
    r = subprocess.run([py, "-c", "import qgis.core"], capture_output=True)
    return py if r.returncode == 0 else None


def test_geotiffs_open_georeferenced_in_qgis(tmp_path):
    import json
    import os
    import subprocess

    py = _qgis_python()
    if py is None:
        pytest.skip("python3-qgis not installed (apt-get install python3-qgis)")
    dens = terrain.write_density([71.55, 71.56, 70.83], [37.49, 37.50, 38.45], tmp_path / "density.tif")
    hs = terrain.write_hillshade(tmp_path / "hs.tif")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([py, "-c", QGIS_RASTER_CHECK, str(dens), str(hs)], capture_output=True, text=True,
                       env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout.strip().splitlines()[-1])
    d, h = res[str(dens)], res[str(hs)]
    assert d["valid"] and d["crs"] == "EPSG:32642" and d["nodata"] == -9999.0
    with rasterio.open(dens) as src:
        assert (d["width"], d["height"]) == (src.width, src.height)
        assert d["extent"] == pytest.approx(list(src.bounds))
        # QGIS reads the density peak at Khorog where we put it
        peak = float(src.read(1).max())
    assert d["samples"]["71.55,37.49"] == pytest.approx(peak, rel=0.05)
    assert 70.5 < d["center_lonlat"][0] < 72.0 and 37.3 < d["center_lonlat"][1] < 38.7
    assert h["valid"] and h["crs"] == "EPSG:4326" and h["nodata"] == 0
    assert h["extent"] == pytest.approx([66.5, 35.5, 75.5, 39.5])
    assert h["center_lonlat"] == pytest.approx([71.0, 37.5])
    assert 1 <= h["samples"]["70.0,38.0"] <= 255


def test_cli_sample_takes_a_negative_longitude_without_a_double_dash():
    from click.testing import CliRunner

    from pyanj.cli import main
    r = CliRunner().invoke(main, ["terrain", "sample", "-71.5", "37.5"])
    assert (r.exit_code, r.stdout.strip()) == (0, "null")  # (west of Greenwich: outside the DEM)
    r = CliRunner().invoke(main, ["terrain", "sample", "71.5", "37.5"])
    assert (r.exit_code, r.stdout.strip()) == (0, "2341.5")
