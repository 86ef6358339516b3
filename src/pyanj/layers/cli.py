"""``pyanj layers``: texts (or a mentions JSONL) -> GeoJSON layers, GeoPackage, CSV."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("layers")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(), help="directory for <layer>.geojson files")
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
def layers(inputs, output, gpkg, qgz, csv_, force, dem, density):
    """GIS layers from INPUTS (files, directories, .jsonl, '-' as for `geocode`, or a mentions JSONL)."""
    from pyanj.cli import PyanjError, _gz
    from pyanj.layers import is_mentions_jsonl, read_mentions_jsonl, write_layers
    from pyanj.layers.write import check_output

    out = Path(output)
    try:
        check_output(out, force=force, gpkg=Path(gpkg) if gpkg else None, qgz=Path(qgz) if qgz else None)
    except OSError as e:
        raise _write_error(e, out) from None
    except ValueError as e:
        raise PyanjError(str(e)) from None
    if dem is not None and not Path(dem).is_file():
        raise PyanjError(f"DEM not found: {dem}")
    gz = _gz()
    mentions, texts, ndocs = [], [], 0
    try:
        for i in inputs:
            if i != "-" and is_mentions_jsonl(i):
                ms = read_mentions_jsonl(i)
                ndocs += len({m.doc_id for m in ms})
                mentions.extend(ms)
            else:
                texts.append(i)
    except (ValueError, OSError) as e:
        raise PyanjError(str(e)) from None
    if texts:
        from pyanj.resolve import geocode_documents
        from pyanj.text.load import InputError, iter_documents
        try:
            for doc in iter_documents(texts, progress=True):
                ndocs += 1
                mentions.extend(geocode_documents([doc], gz))
        except InputError as e:
            raise PyanjError(str(e)) from None
    if not mentions:
        click.echo(f"no places found in {ndocs} document{'s' if ndocs != 1 else ''}; nothing written", err=True)
        return
    try:
        written = write_layers(mentions, out, gazetteer=gz, force=force, gpkg=Path(gpkg) if gpkg else None,
                               csv=csv_, dem=dem, density=Path(density) if density else None,
                               qgz=Path(qgz) if qgz else None)
    except OSError as e:
        raise _write_error(e, out) from None
    except ValueError as e:  # TerrainError and friends
        raise PyanjError(str(e).splitlines()[0]) from None
    geojson = [p for p in written if p.suffix == ".geojson"]
    click.echo(f"{len(mentions)} mentions from {ndocs} document{'s' if ndocs != 1 else ''}: "
               f"{len(geojson)} layers in {out}", err=True)
    for p in written:
        click.echo(str(p))


def _write_error(e: OSError, out: Path):
    """Our own refusals carry their message; system errors name the path and the reason."""
    from pyanj.cli import PyanjError
    if e.errno is None:
        return PyanjError(str(e))
    return PyanjError(f"cannot write {e.filename or out}: {e.strerror or e}")
