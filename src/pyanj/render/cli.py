"""``pyanj map INPUT... -o map.html``: texts, a mentions JSONL or a layers directory -> a Leaflet map."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _is_layers_dir(p: Path) -> bool:
    return p.is_dir() and any(p.glob("*.geojson")) and not any(
        f.suffix.lower() in (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl") for f in p.iterdir())


def _is_mentions_jsonl(p: Path) -> bool:
    from pyanj.mention import is_mentions_jsonl
    return is_mentions_jsonl(p)


def read_mentions_jsonl(p: Path) -> list:
    from pyanj.cli import PyanjError
    from pyanj.mention import read_mentions_jsonl as read
    try:
        return read(p)
    except (ValueError, UnicodeDecodeError) as e:
        raise PyanjError(str(e)) from None


def read_layers_dir(p: Path) -> dict:
    from pyanj.cli import PyanjError
    layers = {}
    for f in sorted(p.glob("*.geojson")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise PyanjError(f"{f}: not GeoJSON ({str(e).splitlines()[0][:80]})") from None
        if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
            raise PyanjError(f"{f}: not a GeoJSON FeatureCollection")
        layers[f.stem] = data
    return layers


@click.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="the map's HTML file")
@click.option("--offline", is_flag=True,
              help="one self-contained file: scripts inlined, bundled base only, no network request")
@click.option("--title", default=None, help="title shown on the map")
@click.option("--basemap", default="offline", show_default=True,
              help="initial basemap: offline (bundled base only), osm, topo, satellite, or an xyzservices name")
def map_(inputs, output, offline, title, basemap):
    """Draw an annotated map of INPUTS: texts (files, directories, '-'), a mentions JSONL or a layers directory."""
    from pyanj.cli import PyanjError
    from pyanj.render import MapInputError, write_map

    paths = [Path(i) for i in inputs]
    layer_dirs = [p for p in paths if _is_layers_dir(p)]
    if layer_dirs:
        if len(paths) > 1:
            raise PyanjError("a layers directory must be the only INPUT")
        source = read_layers_dir(layer_dirs[0])
        gz = None
    else:
        source = []
        texts = []
        for raw, p in zip(inputs, paths):
            if raw != "-" and _is_mentions_jsonl(p):
                source.extend(read_mentions_jsonl(p))
            else:
                texts.append(raw)
        from pyanj.gazetteer import GazetteerDataError, load
        try:
            gz = load()
        except (GazetteerDataError, FileNotFoundError) as e:
            raise PyanjError(str(e)) from None
        if texts:
            from pyanj.resolve import geocode_documents
            from pyanj.text.load import InputError, iter_documents
            try:
                for doc in iter_documents(texts, progress=True, exclude=[output]):
                    source.extend(geocode_documents([doc], gz))
            except InputError as e:
                raise PyanjError(str(e)) from None
    try:
        out = write_map(source, Path(output), gazetteer=gz, title=title, offline=offline, basemap=basemap)
    except MapInputError as e:
        raise PyanjError(str(e)) from None
    except OSError as e:
        raise PyanjError(f"cannot write {output}: {e.strerror or e}") from None
    n = len(source) if isinstance(source, list) else sum(len(v.get("features", [])) for v in source.values())
    what = "mentions" if isinstance(source, list) else "layer features"
    click.echo(f"map of {n} {what} written to {out}" + (" (offline)" if offline else ""), err=True)
