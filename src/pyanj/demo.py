"""``pyanj demo``: the main job on the bundled corpus (geocode -> layers -> map)."""

from __future__ import annotations

from pathlib import Path

from pyanj.paths import REPO_ROOT, corpus_dir


def run_demo(corpus=None, layers_dir=None, build_dir=None):
    """Run the pipeline on the corpus; yields one progress line per step."""
    from pyanj.gazetteer import load
    from pyanj.resolve import geocode_documents
    from pyanj.text.load import iter_documents

    corpus = Path(corpus) if corpus else corpus_dir()
    layers_dir = Path(layers_dir) if layers_dir else REPO_ROOT / "layers"
    build_dir = Path(build_dir) if build_dir else REPO_ROOT / "build"
    gz = load()
    s = gz.stats()
    yield f"gazetteer: {s['places']} places ({s['located']} located), {s['aliases']} aliases"
    docs = list(iter_documents([str(corpus)]))
    mentions = geocode_documents(docs, gz)
    located = sum(m.located for m in mentions)
    yield f"geocoded {len(docs)} documents: {len(mentions)} mentions, {located} located"
    try:
        from pyanj.layers import write_layers
    except ImportError:
        write_layers = None
    if write_layers is not None:
        written = write_layers(mentions, layers_dir, gazetteer=gz, force=True)
        yield f"layers: {len(written)} files in {layers_dir}"
    try:
        from pyanj.render import write_map
    except ImportError:
        write_map = None
    if write_map is not None:
        out = build_dir / "frontier_map.html"
        write_map(mentions, out, gazetteer=gz, title="The Pyanj frontier in the bundled corpus", offline=True)
        yield f"map: {out}"
