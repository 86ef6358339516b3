"""``pyanj geocode``: texts -> a mentions JSONL, streamed (one document's mentions in memory at a time)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pyanj.cli.shared import (PyanjError, cannot_write, finish, inputs_arg, iter_mentions, load_gazetteer,
                              max_bytes_opt, output_opt, refuse_input_as_output)
from pyanj.cli.train import read_weights, weights_opt


@click.command()
@inputs_arg
@output_opt("mentions JSONL file ('-' for standard output)", type=click.Path(), default="-", show_default=True,
            required=False)
@weights_opt
@max_bytes_opt
def geocode(inputs, output, weights_file, max_bytes):
    """Find and locate every place the INPUTS name (files, directories, .jsonl, '-' for stdin)."""
    from pyanj.io import atomic_path

    to_stdout = output == "-"
    if not to_stdout and Path(output).is_dir():
        raise PyanjError(f"cannot write {output}: is a directory")
    if not to_stdout:
        refuse_input_as_output(output, inputs)
    weights = read_weights(weights_file)
    counts, skipped = [0, 0], [0]  # documents, mentions; inputs skipped
    gz = load_gazetteer()
    mentions = iter_mentions(inputs, gz, exclude=() if to_stdout else (output,), counts=counts, weights=weights,
                             max_bytes=max_bytes, skipped=skipped)
    if to_stdout:
        _to_stdout(mentions, counts)
        finish(skipped)
        return
    try:
        with atomic_path(Path(output), stream=True) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            _write(mentions, fh, counts)
    except OSError as e:
        raise cannot_write(output, e) from None
    click.echo(f"{counts[1]} mention{'s' * (counts[1] != 1)} from {counts[0]} document{'s' * (counts[0] != 1)} "
               f"written to {output}", err=True)
    finish(skipped)


def _write(mentions, fh, counts) -> None:
    for m in mentions:
        fh.write(m.to_json() + "\n")
    if counts[0] == 0:  # (raised inside the atomic write, so no empty output file is left)
        raise PyanjError("no readable documents in the inputs")


def _to_stdout(mentions, counts) -> None:
    """``pyanj geocode ... | head``: a closed pipe ends the command quietly (``shared.QuietPipeGroup``)."""
    _write(mentions, sys.stdout, counts)
