"""The ``pyanj`` command: a thin layer over the library (one command group per module)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pyanj.io import atomic_path


class PyanjError(click.ClickException):
    """A one-line error and exit code 2 (bad input, bad arguments), never a traceback."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"pyanj: error: {self.format_message()}", err=True)


#: Commands owned by other modules, imported only when used (no import cycles, fast start-up).
_LAZY = {"layers": ("pyanj.layers.cli", "layers"), "map": ("pyanj.render.cli", "map_"),
         "terrain": ("pyanj.terrain.cli", "terrain")}


class _Group(click.Group):
    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | {n for n in _LAZY if self._load(n)})

    def get_command(self, ctx, name):
        return super().get_command(ctx, name) or self._load(name)

    @staticmethod
    def _load(name):
        import importlib
        if name not in _LAZY:
            return None
        mod, attr = _LAZY[name]
        try:
            return getattr(importlib.import_module(mod), attr)
        except ModuleNotFoundError as e:
            if e.name == mod:
                return None
            raise


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pyanj")
def main():
    """Map the Afghanistan–Tajikistan frontier along the Pyanj river from texts."""


# -- gazetteer ---------------------------------------------------------------------------------
@main.group()
def gazetteer():
    """Look up, export and count the gazetteer's places."""


def _gz():
    from pyanj.gazetteer import GazetteerDataError, load
    try:
        return load()
    except (GazetteerDataError, FileNotFoundError) as e:
        raise PyanjError(str(e)) from None


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="print a JSON array of candidates, best first")
@click.option("--type", "feature_type", default=None, help="only places of this feature type")
@click.option("--country", default=None, help="only places in this country (ISO2)")
def gazetteer_lookup(name, as_json, feature_type, country):
    """Places called NAME, best first."""
    if not name.strip():
        raise PyanjError("NAME is empty")
    gz = _gz()
    cands = gz.lookup(name, feature_type=feature_type, country=country)
    if as_json:
        click.echo(json.dumps([c.place.to_dict() for c in cands], ensure_ascii=False, indent=1))
        return
    if not cands:
        click.echo(f"no place called {name!r}")
    for c in cands:
        p = c.place
        loc = f"{p.lat:.5f}, {p.lon:.5f}" if p.located else f"unlocated ({p.unlocated_reason})"
        click.echo(f"{c.score:.2f}  {p.id:40s} {p.name} [{p.feature_type}, {p.country}] {loc}")


@gazetteer.command("export")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="FILE.geojson or FILE.csv")
def gazetteer_export(output):
    """Write the whole gazetteer as GeoJSON or CSV (by extension)."""
    from pyanj.gazetteer.export import export
    try:
        n = export(_gz(), Path(output))
    except (ValueError, OSError) as e:
        raise PyanjError(str(e)) from None
    click.echo(f"wrote {n} places to {output}", err=True)


@gazetteer.command("stats")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_stats(as_json):
    """Counts of places by feature type and country."""
    s = _gz().stats()
    if as_json:
        click.echo(json.dumps(s, indent=1))
        return
    click.echo(f"places {s['places']} (located {s['located']}, unlocated {s['unlocated']}, curated {s['curated']}), "
               f"aliases {s['aliases']}")
    click.echo("by type:")
    for k, v in s["by_type"].items():
        click.echo(f"  {k:12s} {v}")
    click.echo("by country (top 12):")
    for k, v in list(s["by_country"].items())[:12]:
        click.echo(f"  {k:8s} {v}")


# -- geocode -----------------------------------------------------------------------------------
@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(), default="-", show_default=True,
              help="mentions JSONL file ('-' for standard output)")
def geocode(inputs, output):
    """Find and locate every place the INPUTS name (files, directories, .jsonl, '-' for stdin)."""
    import os

    from pyanj.resolve import geocode_documents
    from pyanj.text.load import Document, InputError, iter_documents, split_text
    to_stdout = output == "-"
    if not to_stdout and Path(output).is_dir():
        raise PyanjError(f"cannot write {output}: is a directory")
    try:  # every input is checked here, before anything is read or written
        docs = iter_documents(inputs, progress=True, exclude=() if to_stdout else (output,))
    except InputError as e:
        raise PyanjError(str(e)) from None
    gz = _gz()
    counts = [0, 0]  # documents, mentions

    def run(fh):
        for doc in docs:
            counts[0] += 1
            # a huge text goes in pieces (offsets shifted back): bounded memory, no superlinear blow-up
            for off, piece in split_text(doc.text):
                part = doc if off == 0 and len(piece) == len(doc.text) else Document(
                    doc.doc_id, piece, doc.path, title=doc.title, url=doc.url, date=doc.date)
                try:
                    mentions = geocode_documents([part], gz)
                except Exception as e:  # a bug, not bad input: one line (PYANJ_DEBUG=1 for the traceback)
                    if os.environ.get("PYANJ_DEBUG"):
                        raise
                    raise PyanjError(f"internal error geocoding {doc.doc_id}: {type(e).__name__}: {e}") from None
                for m in mentions:
                    if off:
                        m.start += off
                        m.end += off
                        m.sentence_start += off
                        m.sentence_end += off
                    fh.write(m.to_json() + "\n")
                    counts[1] += 1
        if counts[0] == 0:
            raise PyanjError("no readable documents in the inputs")

    if to_stdout:
        try:
            run(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # `pyanj geocode ... | head`
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            sys.exit(1)
        return
    try:
        with atomic_path(Path(output)) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            run(fh)
    except OSError as e:
        raise PyanjError(f"cannot write {output}: {e.strerror or e}") from None
    click.echo(f"{counts[1]} mention{'s' * (counts[1] != 1)} from {counts[0]} document{'s' * (counts[0] != 1)} "
               f"written to {output}", err=True)


# -- evaluate ----------------------------------------------------------------------------------
@main.command()
@click.argument("gold", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
def evaluate(gold, as_json):
    """Score the geoparser on a gold JSONL file (see tests/data/README.md)."""
    from pyanj.evaluate import GoldError, evaluate_file, format_report
    try:
        report = evaluate_file(Path(gold), _gz())
    except GoldError as e:
        raise PyanjError(str(e)) from None
    if as_json:
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        click.echo(format_report(report))


# -- demo --------------------------------------------------------------------------------------
@main.command()
@click.option("--corpus", type=click.Path(file_okay=False), default=None, help="default: the bundled data/corpus")
@click.option("--layers-dir", type=click.Path(file_okay=False), default=None, help="default: <repo>/layers")
@click.option("--build-dir", type=click.Path(file_okay=False), default=None, help="default: <repo>/build")
def demo(corpus, layers_dir, build_dir):
    """Geocode the bundled corpus, write layers/ and build/frontier_map.html."""
    from pyanj.demo import run_demo
    try:
        for line in run_demo(corpus, layers_dir, build_dir):
            click.echo(line)
    except (ValueError, OSError) as e:
        raise PyanjError(str(e)) from None


if __name__ == "__main__":
    main()
