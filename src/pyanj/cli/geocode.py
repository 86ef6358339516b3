"""``pyanj geocode``: texts -> mentions (JSONL by default; GeoJSON, GeoJSON sequence or Parquet), streamed
(one batch of documents' mentions in memory at a time), on every core or on a Dask cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pyanj.cli.shared import (PyanjError, cannot_write, finish, inputs_arg, iter_mentions, jobs_opt, load_gazetteer,
                              max_bytes_opt, output_opt, outputs_written, progress_mode, progress_opts,
                              refuse_input_as_output)
from pyanj.cli.train import read_weights, weights_opt

FORMATS = ("jsonl", "geojson", "geojsonseq", "parquet")


@click.command()
@inputs_arg
@output_opt("mentions file ('-' for standard output)", type=click.Path(), default="-", show_default=True,
            required=False)
@weights_opt
@max_bytes_opt
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one mention per line; geojson: a FeatureCollection (RFC 7946); geojsonseq: RFC 8142 "
                   "text sequence; parquet: columns, each sentence stored once")
@jobs_opt
@click.option("--dask", "local_dask", is_flag=True, help="geocode on a local Dask cluster (one worker per core)")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="geocode on the Dask cluster of this scheduler (e.g. tcp://10.0.0.5:8786)")
@progress_opts
def geocode(inputs, output, weights_file, max_bytes, fmt, jobs, local_dask, scheduler, show_progress, quiet):
    """Find and locate every place the INPUTS name (files, directories, .jsonl, '-' for stdin)."""
    to_stdout = output == "-"
    if not to_stdout and Path(output).is_dir():
        raise PyanjError(f"cannot write {output}: is a directory")
    if not to_stdout:
        refuse_input_as_output(output, inputs)
    if fmt == "parquet" and to_stdout:
        raise PyanjError("--format parquet needs -o FILE")
    weights = read_weights(weights_file)
    counts, skipped = [0, 0], [0]  # documents, mentions; inputs skipped
    progress = progress_mode(show_progress, quiet)
    if local_dask or scheduler:
        _geocode_on_dask(inputs, output, fmt, load_gazetteer(), weights, scheduler, jobs, counts, progress,
                         max_bytes, skipped)
    else:  # (the bundled gazetteer, loaded where it is used: here while the workers load their own)
        from pyanj.workerstart import fork_allowed, prestart, worth_prestarting
        with fork_allowed(jobs > 1) as forking:  # (any workers forked from here, once this process has the gazetteer)
            if not forking and worth_prestarting(inputs, jobs):
                prestart()  # (else the workers' server imports and loads while this process imports the geocoder)
            _geocode_here(inputs, output, fmt, None, weights, jobs, counts, progress, max_bytes, skipped)
    if not to_stdout:
        outputs_written()
    if not to_stdout and not quiet:
        click.echo(f"{counts[1]} mention{'s' * (counts[1] != 1)} from {counts[0]} document{'s' * (counts[0] != 1)} "
                   f"written to {output}", err=True)
    finish(skipped)


def _geocode_here(inputs, output, fmt, gz, weights, jobs, counts, progress, max_bytes, skipped) -> None:
    from pyanj.io import atomic_path
    from pyanj.outputs import record_encoder, write_parquet

    to_stdout = output == "-"
    streamed = fmt != "parquet"  # (streamed formats: each document's output as bytes, encoded by its worker)
    mentions = iter_mentions(inputs, gz, exclude=() if to_stdout else (output,), counts=counts, weights=weights,
                             jobs=jobs, encode=record_encoder(fmt), progress=progress, max_bytes=max_bytes,
                             skipped=skipped, joined=streamed)
    if to_stdout:
        _to_stdout(mentions, fmt, counts)
        return
    try:
        with atomic_path(Path(output), stream=streamed) as tmp:
            if fmt == "parquet":
                write_parquet(mentions, tmp)
                _check_documents(counts)
            else:
                with open(tmp, "wb") as fh:
                    _write(mentions, fmt, fh, counts)
    except OSError as e:
        raise cannot_write(output, e) from None


def _geocode_on_dask(inputs, output, fmt, gz, weights, scheduler, jobs, counts, progress, max_bytes,
                     skipped) -> None:
    """Documents read here, geocoded on the cluster's workers, part files merged into ``output``."""
    from pyanj.mention import is_mentions_jsonl
    from pyanj.text.load import MAX_BYTES, InputError, iter_documents
    try:
        from pyanj.distributed import cluster_client, geocode_bag, write_mentions
    except ImportError:
        raise PyanjError('--dask/--scheduler need Dask: pip install "pyanj[dask]"') from None
    if output == "-":
        raise PyanjError("--dask/--scheduler need -o FILE")
    if any(i != "-" and is_mentions_jsonl(i) for i in inputs):
        raise PyanjError("--dask/--scheduler geocode texts; a mentions JSONL is already geocoded")
    try:
        docs = list(iter_documents(inputs, progress=progress, exclude=(output,), max_bytes=max_bytes or MAX_BYTES,
                                   skipped=skipped))
    except InputError as e:
        raise PyanjError(str(e)) from None
    counts[0] = len(docs)
    _check_documents(counts)
    try:
        with cluster_client(scheduler, jobs) as client:
            bag = geocode_bag(docs, gazetteer=gz, weights=weights, client=client)
            counts[1] = write_mentions(bag, output, fmt, client=client,
                                       progress=progress == "always" or (progress and sys.stderr.isatty()))
    except OSError as e:
        if e.filename is None:  # (no scheduler at that address)
            raise PyanjError(f"Dask: {e}".splitlines()[0]) from None
        raise cannot_write(output, e) from None
    except (PyanjError, KeyboardInterrupt):
        raise
    except Exception as e:  # a worker's failure, raised here by Dask
        raise PyanjError(f"geocoding on Dask failed: {type(e).__name__}: {e}".splitlines()[0]) from None


def _check_documents(counts) -> None:
    if counts[0] == 0:  # (raised inside the atomic write, so no empty output file is left)
        raise PyanjError("no readable documents in the inputs")


def _write(chunks, fmt, fh, counts) -> None:
    from pyanj.outputs import write_chunks
    write_chunks(fmt, chunks, fh)
    _check_documents(counts)


def _to_stdout(chunks, fmt, counts) -> None:
    """``pyanj geocode ... | head``: a closed pipe ends the command quietly (``shared.QuietPipeGroup``)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # (a text-only stream: a test runner's)
        out = _TextSink(sys.stdout)
    else:
        sys.stdout.flush()
    _write(chunks, fmt, out, counts)


class _TextSink:
    """Bytes written to a text stream that has no binary buffer beneath it."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, data: bytes) -> None:
        self.fh.write(data.decode("utf-8"))
