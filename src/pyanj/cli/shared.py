"""What every ``pyanj`` command shares: the one-line error, the common options, the gazetteer,
and the inputs -> mentions stream with its errors turned into one-line messages.

Exit status: 0 done; 1 done, but some inputs were skipped (each named in a warning line); 2 nothing
written (bad arguments, no usable input, an error writing the output); 130 interrupted (SIGINT/SIGTERM).

Only ``click`` is imported here: the library is imported inside the functions, so ``pyanj --help`` stays quick.
"""

from __future__ import annotations

import errno
import os
import sys

import click


class PyanjError(click.ClickException):
    """A one-line error and exit code 2 (bad input, bad arguments), never a traceback."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"pyanj: error: {self.format_message()}", err=True)


class QuietPipeGroup(click.Group):
    """The ``pyanj`` group: a reader that stops early (``pyanj geocode … | head -1``) got what it asked for,
    so a closed standard output ends the command quietly with exit 0, whichever command was writing."""

    def invoke(self, ctx):
        try:
            rv = super().invoke(ctx)
            if sys.stdout is not None:
                sys.stdout.flush()  # (what is still buffered fails here, not in the interpreter's exit)
            return rv
        except OSError as e:
            if e.errno != errno.EPIPE:
                raise
            _silence_stdout()
            ctx.exit(0)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush has nowhere to fail."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):  # (not a real file: a test runner's buffer)
        pass


#: INPUTS of the commands that read texts: files, directories, ``.jsonl``, ``-`` (and mentions JSONL).
inputs_arg = click.argument("inputs", nargs=-1, required=True)


def output_opt(help: str, **kw):
    """``-o/--output``: every command names its output file (or directory) the same way."""
    kw.setdefault("required", True)
    return click.option("-o", "--output", help=help, **kw)


#: ``--max-bytes``: the per-file limit (``pyanj.text.load.MAX_BYTES``), on the commands that read texts.
max_bytes_opt = click.option("--max-bytes", type=click.IntRange(min=1), default=200_000_000, show_default=True,
                             help="skip (with a warning) any input file or JSONL line longer than this")


def refuse_input_as_output(output, inputs) -> None:
    """``pyanj map m.jsonl -o m.jsonl`` would replace the input it is reading: refused before any work."""
    from pyanj.io import same_file
    for i in inputs:
        if i != "-" and same_file(i, output):
            raise PyanjError(f"output {output} is also an input")


def nothing_usable(ndocs: int, skipped: list[int]) -> None:
    """Every input skipped and no document read: exit 2 before anything is written (as ``geocode`` does)."""
    if ndocs == 0 and skipped and skipped[0]:
        raise PyanjError("no readable documents in the inputs")


def outputs_written() -> None:
    """The outputs are in place: a Ctrl-C or SIGTERM from here on could undo nothing, so it is ignored and
    the command ends as it would have (an exit status other than 0 always means the old outputs stand).
    The group puts the handlers back when the command returns (``pyanj.cli._Pyanj.invoke``)."""
    import signal
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
    except (ValueError, OSError, AttributeError):  # not the main thread (a test's runner)
        pass


def finish(skipped: list[int]) -> None:
    """Exit 1 (after the output was written) when some inputs were skipped, as the warnings said."""
    if skipped and skipped[0]:
        n = skipped[0]
        click.echo(f"pyanj: {n} input{'s' * (n != 1)} skipped (see the warnings above)", err=True)
        raise SystemExit(1)


def cannot_write(output, e: OSError) -> PyanjError:
    """A system error writing ``output`` (None: several files), as the one line the user sees."""
    where = f" {output}" if output is not None else ""
    return PyanjError(f"cannot write{where}: {e.strerror or e}")


def _jobs_default(ctx, param, value):
    if value is None:
        from pyanj.workerstart import default_jobs  # (light: not the geocoder, before the workers' server starts)
        return default_jobs()
    return value


#: ``--jobs N``: documents geocoded by N processes, this one and N - 1 workers (default: every core).
jobs_opt = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, callback=_jobs_default,
                        help="processes geocoding documents (this one and N-1 workers)  [default: all cores]")


def progress_opts(f):
    """``--progress`` (a bar even when standard error is not a terminal) and ``-q/--quiet`` (no bar, no
    summary line): the bar is on standard error only, never in an output."""
    f = click.option("-q", "--quiet", is_flag=True, help="no progress bar and no summary line")(f)
    return click.option("--progress", "show_progress", is_flag=True,
                        help="show a progress bar even when standard error is not a terminal")(f)


def progress_mode(show_progress: bool, quiet: bool):
    """What ``iter_mentions(progress=...)`` takes: False (-q), "always" (--progress), True (on a terminal)."""
    return False if quiet else ("always" if show_progress else True)


#: The gazetteer ``load_gazetteer`` returned: the bundled one, which no command changes.
_BUNDLED: list = []


def load_gazetteer():
    """The bundled gazetteer; missing or broken data is a one-line error."""
    from pyanj.gazetteer import GazetteerDataError, load
    try:
        gz = load()
    except (GazetteerDataError, FileNotFoundError) as e:
        raise PyanjError(str(e)) from None
    _BUNDLED[:] = [gz]
    return gz


def iter_mentions(inputs, gz, *, exclude=(), counts: list[int] | None = None, weights=None, max_bytes=None,
                  skipped: list[int] | None = None, jobs: int = 1, encode=None, progress=True, joined=False):
    """``pyanj.resolve.mentions_from_inputs`` for a command: a missing input fails here, at the call;
    a malformed mentions JSONL while iterating; a bug while geocoding one document becomes one line
    naming it (``PYANJ_DEBUG=1`` shows the traceback). ``gz`` None (or the bundled gazetteer, passed on
    as None so worker processes load it themselves instead of receiving it pickled): the bundled one."""
    from pyanj.resolve import mentions_from_inputs
    from pyanj.text.load import InputError
    if _BUNDLED and gz is _BUNDLED[0]:
        gz = None
    try:
        mentions = mentions_from_inputs(inputs, gz, exclude=exclude, progress=progress, counts=counts,
                                        on_error=_internal_error, weights=weights, max_bytes=max_bytes,
                                        skipped=skipped, jobs=jobs, encode=encode, joined=joined)
    except InputError as e:
        raise PyanjError(str(e)) from None
    return _one_line_errors(mentions)


def _internal_error(doc, e: Exception) -> None:
    """A document the geocoder failed on: a bug, not bad input, so one line naming it."""
    if os.environ.get("PYANJ_DEBUG"):
        e.pyanj_debug = True  # (the exception propagates with its traceback)
        if getattr(e, "pyanj_trace", None):  # (raised in a worker process: its own traceback)
            click.echo(e.pyanj_trace, err=True)
        return
    raise PyanjError(f"internal error geocoding {doc.doc_id}: {type(e).__name__}: {e}") from None


def _one_line_errors(mentions):
    try:
        yield from mentions  # (only the stream's own errors land here: the caller's writes raise in the caller)
    except (ValueError, OSError) as e:  # a malformed mentions JSONL (or one not in UTF-8)
        if getattr(e, "pyanj_debug", False):
            raise
        raise PyanjError(str(e)) from None
