"""``pyanj layers``: texts (or a mentions JSONL) -> GeoJSON layers, GeoPackage, CSV."""

from __future__ import annotations

from pathlib import Path

import click

from pyanj.cli.shared import (PyanjError, cannot_write, finish, inputs_arg, iter_mentions, jobs_opt, load_gazetteer,
                              max_bytes_opt, nothing_usable, output_opt, progress_mode, progress_opts,
                              outputs_written, refuse_input_as_output)


@click.command("layers")
@inputs_arg
@output_opt("directory for <layer>.geojson files", type=click.Path())
@click.option("--gpkg", type=click.Path(dir_okay=False), default=None,
              help="also write all layers, styled for QGIS, to this GeoPackage")
@click.option("--qgz", type=click.Path(dir_okay=False), default=None,
              help="also write a QGIS project opening the GeoPackage's layers in order (needs --gpkg)")
@click.option("--csv", "csv_", is_flag=True, help="also write the point layers as CSV (lon/lat columns)")
@click.option("--force", is_flag=True, help="overwrite an existing output directory / GeoPackage")
@click.option("--dem", type=click.Path(dir_okay=False), default=None,
              help="GeoTIFF DEM for elevations (default: the bundled SRTM30_PLUS grid)")
@click.option("--density", type=click.Path(dir_okay=False), default=None,
              help="also write a mention-density GeoTIFF here")
@click.option("--hillshade", type=click.Path(dir_okay=False), default=None,
              help="also write the DEM's hillshade GeoTIFF here (the --qgz project shows it under the layers)")
@click.option("--parquet", is_flag=True, help="also write each layer as GeoParquet (<layer>.parquet)")
@max_bytes_opt
@jobs_opt
@progress_opts
def layers(inputs, output, gpkg, qgz, csv_, force, dem, density, hillshade, parquet, max_bytes, jobs, show_progress,
           quiet):
    """GIS layers from INPUTS (files, directories, .jsonl, '-' as for `geocode`, or a mentions JSONL)."""
    from pyanj.layers.progress import Steps
    from pyanj.layers.write import check_output

    out = Path(output)
    gpkg, qgz, density, hillshade = (Path(f) if f else None for f in (gpkg, qgz, density, hillshade))
    for f in (gpkg, qgz, density, hillshade):
        if f is not None:
            refuse_input_as_output(f, inputs)
    try:
        check_output(out, force=force, gpkg=gpkg, qgz=qgz)
    except OSError as e:
        raise _write_error(e, out) from None
    except ValueError as e:
        raise PyanjError(str(e)) from None
    if dem is not None and not Path(dem).is_file():
        raise PyanjError(f"DEM not found: {dem}")
    gz = load_gazetteer()
    mode = progress_mode(show_progress, quiet)
    with Steps(mode) as steps:
        _layers(inputs, out, gz, steps, mode, quiet, max_bytes, jobs, dict(
            force=force, gpkg=gpkg, csv=csv_, dem=dem, density=density, qgz=qgz, hillshade=hillshade,
            parquet=parquet))


def _layers(inputs, out, gz, steps, mode, quiet, max_bytes, jobs, options) -> None:
    from pyanj.io import final_commit
    from pyanj.layers import write_layers
    counts, skipped = [0, 0], [0]  # documents, mentions; inputs skipped
    mentions = _mention_columns(inputs, steps)
    if mentions is None:
        mentions = list(iter_mentions(inputs, gz, counts=counts, max_bytes=max_bytes, skipped=skipped, jobs=jobs,
                                      progress=mode))
    else:
        counts[0] = sum(docs for docs, _n in mentions.files)
    ndocs = counts[0]
    nothing_usable(ndocs, skipped)
    if not mentions:
        click.echo(f"no places found in {ndocs} document{'s' if ndocs != 1 else ''}; nothing written", err=True)
        finish(skipped)
        return
    try:
        with final_commit():  # (the folder's commit is the run's last: an interrupt during it fails nothing)
            written = write_layers(mentions, out, gazetteer=gz, progress=steps, **options)
    except OSError as e:
        raise _write_error(e, out) from None
    except ValueError as e:  # TerrainError and friends
        raise PyanjError(str(e).splitlines()[0]) from None
    outputs_written()
    steps.close()
    geojson = [p for p in written if p.suffix == ".geojson"]
    if not quiet:
        click.echo(f"{len(mentions)} mentions from {ndocs} document{'s' if ndocs != 1 else ''}: "
                   f"{len(geojson)} layers in {out}", err=True)
    for p in written:
        click.echo(str(p))
    finish(skipped)


def _mention_columns(inputs, steps):
    """When every input is a mentions JSONL: its mentions read straight into columns (no Mention objects);
    else None (texts to geocode go through ``iter_mentions``)."""
    from pyanj.layers.columns import read_mention_columns
    from pyanj.mention import is_mentions_jsonl
    if not all(i != "-" and is_mentions_jsonl(i) for i in inputs):
        return None
    try:
        return read_mention_columns(inputs, progress=steps)
    except (ValueError, OSError) as e:  # a malformed mentions JSONL (or one not in UTF-8)
        raise PyanjError(str(e)) from None


def _write_error(e: OSError, out: Path) -> PyanjError:
    """Our own refusals (no errno) carry their message; system errors name the path and the reason."""
    if e.errno is None:
        return PyanjError(str(e))
    return cannot_write(e.filename or out, e)
