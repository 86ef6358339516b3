"""``pyanj terrain hillshade|profile|sample``: terrain layers and elevations from a DEM."""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, cannot_write, output_opt, refuse_input_as_output

DEM_HELP = "GeoTIFF DEM in any CRS (default: the bundled SRTM30_PLUS 1 arc-minute grid)."


def _dem_option(f):
    return click.option("--dem", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help=DEM_HELP)(f)


@click.group()
def terrain():
    """Terrain layers from a DEM: hillshade, elevation profile, point elevations."""


@terrain.command("hillshade")
@output_opt("Tiled GeoTIFF to write (256 blocks, deflate, overviews 2/4/8).",
            type=click.Path(dir_okay=False, path_type=Path))
@_dem_option
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a Web-Mercator-aligned PNG overlay (+ FILE.png.json with its bounds).")
@click.option("--azimuth", type=float, default=315.0, show_default=True, help="Sun azimuth, degrees clockwise from north.")
@click.option("--altitude", type=float, default=45.0, show_default=True, help="Sun altitude above the horizon, degrees.")
@click.option("--z-factor", type=float, default=None,
              help="Constant elevation/horizontal-unit factor (default: automatic, metres per degree by latitude).")
@click.option("--bounds", default=None,
              help='Only this lon/lat box "WEST,SOUTH,EAST,NORTH" (windowed read of a large DEM).')
@click.option("--slope", "slope_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write slope in degrees (float32 GeoTIFF).")
def hillshade_cmd(output, dem, png, azimuth, altitude, z_factor, bounds, slope_out):
    """Shaded relief from the DEM, as a Cloud-Optimized GeoTIFF (and a Leaflet PNG overlay)."""
    from pyanj.io import atomic_write_bytes, atomic_write_text
    from pyanj.terrain import TerrainError, hillshade_overlay_png, slope, write_geotiff, write_hillshade

    if not 0 < altitude <= 90:
        raise PyanjError("--altitude must be in (0, 90] degrees")
    if not math.isfinite(azimuth):
        raise PyanjError("--azimuth must be a finite number of degrees")
    if z_factor is not None and not (math.isfinite(z_factor) and z_factor > 0):
        raise PyanjError("--z-factor must be a positive number")
    box = _parse_bounds(bounds) if bounds is not None else None
    if dem is not None:
        refuse_input_as_output(output, [dem])
        for f in (png, slope_out):
            if f is not None:
                refuse_input_as_output(f, [dem])
    try:
        write_hillshade(output, dem=dem, azimuth=azimuth, altitude=altitude, z_factor=z_factor, bounds=box)
        click.echo(f"wrote {output}")
        if slope_out:
            arr, tr, crs = slope(dem, z_factor=z_factor, bounds=box)
            arr = arr.copy()
            arr[~(arr == arr)] = -9999.0
            write_geotiff(slope_out, arr, tr, crs, nodata=-9999.0,
                          tags={"pyanj_product": "slope", "units": "degrees"}, description="slope (degrees)")
            click.echo(f"wrote {slope_out}")
        if png:
            data, ll = hillshade_overlay_png(dem, azimuth=azimuth, altitude=altitude, bounds=box)
            atomic_write_bytes(png, data)
            atomic_write_text(Path(str(png) + ".json"),
                              json.dumps({"bounds": ll, "crs": "EPSG:3857 rows (Leaflet ImageOverlay)"}) + "\n")
            click.echo(f"wrote {png} (bounds [[S, W], [N, E]] = {ll})")
    except TerrainError as e:
        raise PyanjError(str(e)) from None
    except OSError as e:
        raise cannot_write(None, e) from None


def _parse_bounds(bounds: str) -> tuple:
    try:
        box = tuple(float(v) for v in bounds.split(","))
    except ValueError:
        box = ()
    if len(box) != 4 or not all(math.isfinite(v) for v in box) or not (box[0] < box[2] and box[1] < box[3]) \
            or not (-180 <= box[0] and box[2] <= 180 and -90 <= box[1] and box[3] <= 90):
        raise PyanjError(f"bad --bounds {bounds!r}: expected WEST,SOUTH,EAST,NORTH in degrees")
    return box


@terrain.command("profile")
@click.option("--line", default=None,
              help='Line as "lon,lat;lon,lat;..." (default: the Afghanistan–Tajikistan border, west → east).')
@_dem_option
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the profile as CSV (distance_km, lon, lat, elevation_m).")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a chart of the profile with the crossings marked.")
@click.option("--step-km", type=float, default=1.0, show_default=True, help="Sample spacing along the line.")
@click.option("--max-offset-km", type=float, default=5.0, show_default=True,
              help="Mark crossings at most this far from the line.")
def profile_cmd(line, dem, csv_out, png, step_km, max_offset_km):
    """Elevation profile along the border (or --line), as CSV and/or PNG."""
    from pyanj.terrain import TerrainError, parse_line, plot_profile_png, profile, write_profile_csv

    if not (step_km > 0 and math.isfinite(step_km)):
        raise PyanjError("--step-km must be a positive number")
    if not (max_offset_km >= 0 and math.isfinite(max_offset_km)):
        raise PyanjError("--max-offset-km must be a number >= 0")
    try:
        pts = parse_line(line) if line is not None else None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            df = profile(pts, step_km=step_km, dem=dem)
        _echo_warnings(caught)
        if csv_out:
            write_profile_csv(df, csv_out)
            click.echo(f"wrote {csv_out}")
        if png:
            plot_profile_png(df, png, max_offset_km=max_offset_km)
            click.echo(f"wrote {png}")
        if not csv_out and not png:
            _profile_csv_to_stdout(df)
    except TerrainError as e:
        raise PyanjError(str(e)) from None
    except OSError as e:
        raise cannot_write(None, e) from None


def _profile_csv_to_stdout(df) -> None:
    """The profile CSV of ``write_profile_csv``, on standard output."""
    import sys
    out = df[["distance_km", "lon", "lat", "elevation_m"]].round({"distance_km": 3, "lon": 6, "lat": 6,
                                                                   "elevation_m": 1})
    out.to_csv(sys.stdout, index=False, na_rep="")


@terrain.command("sample", context_settings={"ignore_unknown_options": True})  # (LON may be "-71.5")
@click.argument("lon", type=float)
@click.argument("lat", type=float)
@_dem_option
def sample_cmd(lon, lat, dem):
    """Elevation (m, bilinear) at LON LAT; prints 'null' outside the DEM or over nodata."""
    from pyanj.terrain import TerrainError, sample_elevation

    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise PyanjError("LON and LAT must be finite numbers")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            (z,) = sample_elevation([lon], [lat], dem=dem)
    except TerrainError as e:
        raise PyanjError(str(e)) from None
    _echo_warnings(caught)
    click.echo("null" if z is None else f"{z:.1f}")


def _echo_warnings(caught) -> None:
    """The DEM's warnings (e.g. a point outside it), one ``pyanj: warning:`` line each."""
    for w in caught:
        click.echo(f"pyanj: warning: {w.message}", err=True)
