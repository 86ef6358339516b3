"""``pyanj demo``: the main job on the bundled corpus (geocode -> layers -> map)."""

from __future__ import annotations

from pathlib import Path

import click

from pyanj.cli.shared import PyanjError


@click.command()
@click.option("--corpus", type=click.Path(file_okay=False), default=None, help="default: the bundled corpus")
@click.option("--layers-dir", type=click.Path(file_okay=False), default=None, help="default: <checkout>/layers, or ./layers when installed")
@click.option("--build-dir", type=click.Path(file_okay=False), default=None, help="default: <checkout>/build, or ./build when installed")
def demo(corpus, layers_dir, build_dir):
    """Geocode the bundled corpus, write layers/ and build/frontier_map.html."""
    try:
        for line in run_demo(corpus, layers_dir, build_dir):
            click.echo(line)
    except (ValueError, OSError) as e:
        raise PyanjError(str(e)) from None


def run_demo(corpus=None, layers_dir=None, build_dir=None):
    """Run the pipeline on the corpus; yields one progress line per step."""
    from pyanj.gazetteer import load
    from pyanj.layers import write_layers
    from pyanj.paths import corpus_dir, output_root
    from pyanj.render import write_map
    from pyanj.resolve import mentions_from_inputs

    corpus = Path(corpus) if corpus else corpus_dir()
    layers_dir = Path(layers_dir) if layers_dir else output_root() / "layers"
    build_dir = Path(build_dir) if build_dir else output_root() / "build"
    gz = load()
    s = gz.stats()
    yield f"gazetteer: {s['places']} places ({s['located']} located), {s['aliases']} aliases"
    counts = [0, 0]  # documents, mentions
    mentions = list(mentions_from_inputs([str(corpus)], gz, counts=counts))
    located = sum(m.located for m in mentions)
    yield f"geocoded {counts[0]} documents: {len(mentions)} mentions, {located} located"
    written = write_layers(mentions, layers_dir, gazetteer=gz, force=True)
    yield f"layers: {len(written)} files in {layers_dir}"
    out = build_dir / "frontier_map.html"
    write_map(mentions, out, gazetteer=gz, title="The Pyanj frontier in the bundled corpus", offline=True)
    yield f"map: {out}"
