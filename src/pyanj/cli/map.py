"""``pyanj map INPUT... -o map.html``: texts, a mentions JSONL or a layers directory -> a Leaflet map."""

from __future__ import annotations

from pathlib import Path

import click

from pyanj.cli.shared import (PyanjError, cannot_write, finish, inputs_arg, iter_mentions, jobs_opt, load_gazetteer,
                              max_bytes_opt, nothing_usable, output_opt, progress_mode, progress_opts,
                              outputs_written, refuse_input_as_output)


@click.command("map")
@inputs_arg
@output_opt("the map's HTML file (optional with --png/--pdf/--svg)", type=click.Path(dir_okay=False), required=False)
@click.option("--offline", is_flag=True,
              help="bundled base only: no tile basemaps to choose (scripts are inlined in any case)")
@click.option("--cdn", is_flag=True, help="load Leaflet and its plugins from the CDN instead of inlining them")
@click.option("--title", default=None, help="title shown on the map")
@click.option("--basemap", default="offline", show_default=True,
              help="initial basemap: offline (bundled base only), osm, topo, satellite, or an xyzservices name")
@click.option("--png", type=click.Path(dir_okay=False), default=None, help="also write a print map (PNG) here")
@click.option("--pdf", type=click.Path(dir_okay=False), default=None, help="also write a print map (PDF) here")
@click.option("--svg", type=click.Path(dir_okay=False), default=None, help="also write a print map (SVG) here")
@max_bytes_opt
@jobs_opt
@progress_opts
def map_(inputs, output, offline, cdn, title, basemap, png, pdf, svg, max_bytes, jobs, show_progress, quiet):
    """Draw an annotated map of INPUTS: texts (files, directories, '-'), a mentions JSONL or a layers directory."""
    from pyanj.layers.progress import Steps

    prints = [(fmt, Path(p)) for fmt, p in (("png", png), ("pdf", pdf), ("svg", svg)) if p]
    if output is None and not prints:
        raise PyanjError("name an output: -o MAP.html, --png, --pdf or --svg FILE")
    for o in [output] + [p for _f, p in prints]:
        if o is not None:
            refuse_input_as_output(o, inputs)
    mode = progress_mode(show_progress, quiet)
    with Steps(mode) as steps:
        _map(inputs, output, prints, steps, mode, quiet, max_bytes, jobs,
             dict(title=title, offline=offline, basemap=basemap, cdn=cdn))


def _map(inputs, output, prints, steps, mode, quiet, max_bytes, jobs, options) -> None:
    from pyanj.layers.read import is_layers_dir, read_layers_dir
    from pyanj.render import MapInputError, write_map
    png, pdf, svg = (dict(prints).get(f) for f in ("png", "pdf", "svg"))
    title, offline = options["title"], options["offline"]
    skipped = [0]
    paths = [Path(i) for i in inputs]
    layer_dirs = [p for p in paths if is_layers_dir(p)]
    if layer_dirs:
        if len(paths) > 1:
            raise PyanjError("a layers directory must be the only INPUT")
        try:
            source = read_layers_dir(layer_dirs[0], progress=steps)
        except ValueError as e:
            raise PyanjError(str(e)) from None
        gz = None
    else:
        gz = load_gazetteer()
        counts = [0, 0]
        source = list(iter_mentions(inputs, gz, exclude=[o for o in (output, png, pdf, svg) if o],
                                    max_bytes=max_bytes, skipped=skipped, counts=counts, jobs=jobs, progress=mode))
        nothing_usable(counts[0], skipped)
    steps.step("drawing the map")
    try:
        out = write_map(source, Path(output), gazetteer=gz, **options) if output else None
    except MapInputError as e:
        raise PyanjError(str(e)) from None
    except OSError as e:
        raise cannot_write(output, e) from None
    _write_prints(source, prints, gz, title, steps)
    outputs_written()
    steps.close()
    n = len(source) if isinstance(source, list) else sum(len(records) for records in source.values())
    what = "mentions" if isinstance(source, list) else "layer features"
    where = ", ".join(str(p) for p in ([out] if out else []) + [p for _f, p in prints])
    if not quiet:
        click.echo(f"map of {n} {what} written to {where}" + (" (offline)" if offline and out else ""), err=True)
    finish(skipped)


def _write_prints(source, prints, gz, title, steps) -> None:
    """The static print maps (``--png/--pdf/--svg``), from the same layer records as the web map."""
    from pyanj.render import MapInputError
    from pyanj.render.static_map import static_map
    for fmt, path in prints:
        steps.step(f"drawing {path.name}")
        try:
            static_map(source, path, gazetteer=gz, title=title, fmt=fmt)
        except MapInputError as e:
            raise PyanjError(str(e)) from None
        except OSError as e:
            raise cannot_write(path, e) from None

