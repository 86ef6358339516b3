"""``pyanj train GOLD... -o weights.json``: fit the resolver's weights on gold annotations."""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from pyanj.cli.shared import PyanjError, cannot_write, load_gazetteer, output_opt, refuse_input_as_output


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@output_opt("weights JSON file to write")
@click.option("--l2", type=click.FloatRange(min=0.0, min_open=True), default=None,
              help="strength of the pull towards the typed weights  [default: 1.0]")
@click.option("--iterations", type=click.IntRange(min=1), default=None, help="Newton iterations at most  [default: 50]")
def train(gold, output, l2, iterations):
    """Fit the resolver's evidence weights on GOLD JSONL files (see tests/data/README.md).

    A conditional logit over the candidates of every span whose candidates include the gold place;
    use the result with `pyanj geocode --weights FILE` or `pyanj evaluate --weights FILE`."""
    from pyanj.evaluate import GoldError, read_gold, training_choices
    from pyanj.resolve.train import ITERATIONS, L2, fit, write_weights
    l2 = L2 if l2 is None else l2
    iterations = ITERATIONS if iterations is None else iterations
    if Path(output).is_dir():
        raise PyanjError(f"cannot write {output}: is a directory")
    refuse_input_as_output(output, gold)
    try:
        docs = [d for g in gold for d in read_gold(Path(g))]
    except GoldError as e:
        raise PyanjError(str(e)) from None
    gz = load_gazetteer()
    choices = [c for cs in training_choices(docs, gz) for c in cs]
    try:
        result = fit(choices, l2, iterations)
    except ValueError as e:
        raise PyanjError(str(e)) from None
    command = ["pyanj", "train", *gold, "-o", output]
    if l2 != L2:
        command += ["--l2", repr(l2)]
    if iterations != ITERATIONS:
        command += ["--iterations", str(iterations)]
    try:
        write_weights(output, result, shlex.join(command), list(gold))
    except OSError as e:
        raise cannot_write(output, e) from None
    click.echo(f"fitted on {result.choices} spans ({result.candidates} candidates) of {len(docs)} documents: "
               f"log-loss {result.loss_typed:.4f} typed -> {result.loss:.4f} learned; written to {output}", err=True)


#: ``--weights FILE`` of the commands that geocode: a ``pyanj train`` output to weigh the evidence with.
weights_opt = click.option("--weights", "weights_file", type=click.Path(), default=None,
                           help="weights JSON from `pyanj train` (default: the bundled weights)")


def read_weights(path):
    """The weights of ``--weights FILE`` (None: the bundled ones); a bad file is a one-line error."""
    if path is None:
        return None
    from pyanj.resolve.weights import Weights
    try:
        return Weights.from_file(path)
    except ValueError as e:
        raise PyanjError(str(e)) from None
