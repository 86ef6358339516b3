"""``pyanj map INPUT... -o map.html``: texts, a mentions JSONL or a layers directory -> a Leaflet map."""

from __future__ import annotations

from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, cannot_write, inputs_arg, iter_mentions, jobs_opt, load_gazetteer, output_opt


@click.command("map")
@inputs_arg
@output_opt("the map's HTML file", type=click.Path(dir_okay=False))
@click.option("--offline", is_flag=True,
              help="one self-contained file: scripts inlined, bundled base only, no network request")
@click.option("--title", default=None, help="title shown on the map")
@click.option("--basemap", default="offline", show_default=True,
              help="initial basemap: offline (bundled base only), osm, topo, satellite, or an xyzservices name")
@jobs_opt
def map_(inputs, output, offline, title, basemap, jobs):
    """Draw an annotated map of INPUTS: texts (files, directories, '-'), a mentions JSONL or a layers directory."""
    from pyanj.layers.read import is_layers_dir, read_layers_dir
    from pyanj.render import MapInputError, write_map

    paths = [Path(i) for i in inputs]
    layer_dirs = [p for p in paths if is_layers_dir(p)]
    if layer_dirs:
        if len(paths) > 1:
            raise PyanjError("a layers directory must be the only INPUT")
        try:
            source = read_layers_dir(layer_dirs[0])
        except ValueError as e:
            raise PyanjError(str(e)) from None
        gz = None
    else:
        gz = load_gazetteer()
        source = list(iter_mentions(inputs, gz, exclude=[output], jobs=jobs))
    try:
        out = write_map(source, Path(output), gazetteer=gz, title=title, offline=offline, basemap=basemap)
    except MapInputError as e:
        raise PyanjError(str(e)) from None
    except OSError as e:
        raise cannot_write(output, e) from None
    n = len(source) if isinstance(source, list) else sum(len(records) for records in source.values())
    what = "mentions" if isinstance(source, list) else "layer features"
    click.echo(f"map of {n} {what} written to {out}" + (" (offline)" if offline else ""), err=True)

