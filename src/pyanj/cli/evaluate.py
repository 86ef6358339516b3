"""``pyanj evaluate GOLD...``: the geoparser's scores on gold JSONL files, and (``--cv K``) the
cross-validated figure of weights fitted with ``pyanj train``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, load_gazetteer
from pyanj.cli.train import read_weights, weights_opt


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
@weights_opt
@click.option("--cv", "folds", type=click.IntRange(min=2), default=None,
              help="also cross-validate `pyanj train` over the documents of all GOLD files in this many folds")
def evaluate(gold, as_json, weights_file, folds):
    """Score the geoparser on gold JSONL files (see tests/data/README.md), each file on its own."""
    from pyanj.evaluate import GoldError, cross_validate, evaluate_docs, format_cv, format_report, read_gold
    weights = read_weights(weights_file)
    try:
        files = [(g, read_gold(Path(g))) for g in gold]
    except GoldError as e:
        raise PyanjError(str(e)) from None
    gz = load_gazetteer()
    reports = [(g, evaluate_docs(docs, gz, weights)) for g, docs in files]
    cv = None
    if folds:
        try:
            cv = cross_validate([d for _g, docs in files for d in docs], gz, folds)
        except ValueError as e:
            raise PyanjError(str(e)) from None
    if as_json:
        if len(reports) == 1 and cv is None:
            out = reports[0][1]  # (one file: the report itself, as it always was)
        else:
            out = {"files": [{"file": g, **r} for g, r in reports]}
            if cv is not None:
                out["cross_validation"] = cv
        click.echo(json.dumps(out, indent=1, ensure_ascii=False))
        return
    texts = [format_report(r) if len(reports) == 1 else f"== {g} ==\n{format_report(r)}" for g, r in reports]
    if cv is not None:
        texts.append(format_cv(cv))
    click.echo("\n\n".join(texts))
