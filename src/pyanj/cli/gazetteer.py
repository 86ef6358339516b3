"""``pyanj gazetteer lookup|export|stats``: the gazetteer's places, by name, as a file, as counts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, load_gazetteer, output_opt


@click.group()
def gazetteer():
    """Look up, export and count the gazetteer's places."""


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="print a JSON array of candidates, best first")
@click.option("--type", "feature_type", default=None, help="only places of this feature type")
@click.option("--country", default=None, help="only places in this country (ISO2)")
def gazetteer_lookup(name, as_json, feature_type, country):
    """Places called NAME, best first."""
    if not name.strip():
        raise PyanjError("NAME is empty")
    gz = load_gazetteer()
    feature_type, country = _checked_filters(gz, feature_type, country)
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


def _checked_filters(gz, feature_type, country):
    """``--type`` and ``--country`` in any case, refused in one line when no place has them."""
    from pyanj.gazetteer.model import FEATURE_TYPES
    if feature_type is not None:
        feature_type = feature_type.strip().lower()
        if feature_type not in FEATURE_TYPES:
            raise PyanjError(f"unknown --type {feature_type!r}: one of {', '.join(FEATURE_TYPES)}")
    if country is not None:
        country = country.strip().upper()
        known = {c for p in gz.places.values() for c in p.countries}
        if country not in known:
            raise PyanjError(f"unknown --country {country!r}: an ISO2 code of a country the gazetteer holds")
    return feature_type, country


@gazetteer.command("export")
@output_opt("FILE.geojson or FILE.csv", type=click.Path(dir_okay=False))
def gazetteer_export(output):
    """Write the whole gazetteer as GeoJSON or CSV (by extension)."""
    from pyanj.gazetteer.export import export
    try:
        n = export(load_gazetteer(), Path(output))
    except (ValueError, OSError) as e:
        raise PyanjError(str(e)) from None
    click.echo(f"wrote {n} places to {output}", err=True)


@gazetteer.command("stats")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_stats(as_json):
    """Counts of places by feature type and country."""
    s = load_gazetteer().stats()
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
