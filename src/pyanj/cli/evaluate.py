"""``pyanj evaluate GOLD``: the geoparser's scores on a gold JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, load_gazetteer


@click.command()
@click.argument("gold", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
def evaluate(gold, as_json):
    """Score the geoparser on a gold JSONL file (see tests/data/README.md)."""
    from pyanj.evaluate import GoldError, evaluate_file, format_report
    try:
        report = evaluate_file(Path(gold), load_gazetteer())
    except GoldError as e:
        raise PyanjError(str(e)) from None
    if as_json:
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        click.echo(format_report(report))
