"""Terrain and raster layers over rasterio: elevations, hillshade, mention density, profiles.

* :func:`sample_elevation` — bilinear elevation at lon/lat points from any GeoTIFF DEM (any CRS).
* :func:`hillshade`, :func:`write_hillshade`, :func:`hillshade_overlay_png` — shaded relief.
* :func:`write_density` — Gaussian kernel density of mention points as a GeoTIFF.
* :func:`profile`, :func:`write_profile_csv`, :func:`plot_profile_png` — terrain profile.

The DEM defaults to the bundled SRTM30_PLUS grid (``bundled_data/dem/srtm30plus_pyanj_1arcmin.tif``).
"""

from __future__ import annotations

from pyanj.terrain.dem import (TerrainCoverageWarning, TerrainError, bundled_dem, open_dem,
                               sample_elevation)
from pyanj.terrain.density import density_grid, write_density
from pyanj.terrain.hillshade import (hillshade, hillshade_overlay_png, raster_overlay_png, slope,
                                     write_geotiff, write_hillshade)
from pyanj.terrain.profile import (border_line, crossings_on_profile, parse_line, plot_profile_png,
                                   profile, write_profile_csv)

__all__ = [
    "TerrainCoverageWarning", "TerrainError", "border_line", "bundled_dem", "crossings_on_profile",
    "density_grid", "hillshade", "hillshade_overlay_png", "open_dem", "parse_line",
    "plot_profile_png", "profile", "raster_overlay_png", "sample_elevation", "slope",
    "write_density", "write_geotiff", "write_hillshade", "write_profile_csv",
]
