"""The ``pyanj`` command: one click group, one module per command (as rasterio's ``rio``).

Each command parses its arguments, calls the library and prints; what they share (the one-line
error, the common options, the gazetteer, the inputs -> mentions stream) is in ``shared``.
"""

from __future__ import annotations

import click

from pyanj.cli.demo import demo
from pyanj.cli.evaluate import evaluate
from pyanj.cli.gazetteer import gazetteer
from pyanj.cli.geocode import geocode
from pyanj.cli.layers import layers
from pyanj.cli.map import map_
from pyanj.cli.shared import PyanjError, QuietPipeGroup
from pyanj.cli.terrain import terrain
from pyanj.cli.train import train

__all__ = ["main", "PyanjError"]


class _Pyanj(QuietPipeGroup):
    """The group: a closed standard output ends quietly (``QuietPipeGroup``); SIGTERM (``kill``,
    ``timeout``, ``docker stop``) unwinds like Ctrl-C, so staged outputs are removed on the way out;
    either interrupt is one line and exit status 130."""

    def main(self, args=None, *more, **kwargs):
        _install_sigterm()
        # run from the command line (arguments from sys.argv) the process is the command's: signals a
        # command set aside once its outputs were written stay aside to the end (Python's exit puts its
        # own handlers back to the default before the heap is freed, and a SIGTERM then would end the
        # process with -15 after a complete run); called in a process of its caller's (CliRunner,
        # a notebook) they are given back
        self._owns_process = args is None
        if not self._owns_process:
            return super().main(args, *more, **kwargs)
        try:
            return super().main(args, *more, **kwargs)
        except SystemExit as e:  # (click's standalone mode ends every run so)
            _exit_now(e.code)

    def invoke(self, ctx):
        held = _handlers()  # (``outputs_written`` sets them aside)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("pyanj: interrupted", err=True)
            ctx.exit(130)
        finally:
            if not getattr(self, "_owns_process", False):
                _restore(held)


def _exit_now(code) -> None:
    """End the command's own process with ``code`` as ``sys.exit`` would, minus the interpreter's teardown:
    the threads' and ``atexit`` exit work is done and the standard streams flushed, then ``os._exit``. The
    teardown freed the whole heap object by object (the gazetteer, its tables, the geocoder's caches): about
    0.3 s of CPU at the end of every run, after its outputs were written."""
    import atexit
    import os
    import sys
    import threading
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # (as the interpreter does with a message as the exit code)
        status = 1
        try:
            print(code, file=sys.stderr)
        except Exception:  # noqa: BLE001 - (no standard error to print on)
            pass
    try:
        shutdown = getattr(threading, "_shutdown", None)  # (what the interpreter's exit calls first)
        if shutdown is not None:
            shutdown()
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - (a Ctrl-C now changes nothing: the command has ended)
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # noqa: BLE001 - (the interpreter's own exit says 120 when a last flush fails)
            status = 120
    os._exit(status)


def _handlers() -> dict:
    import signal
    return {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}


def _restore(handlers: dict) -> None:
    import signal
    try:
        for sig, h in handlers.items():
            if h is not None and signal.getsignal(sig) is not h:
                signal.signal(sig, h)
    except (ValueError, OSError):  # not the main thread
        pass


def _sigterm(signum, frame):
    raise KeyboardInterrupt


def _install_sigterm() -> None:
    import signal
    try:
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _sigterm)
    except (ValueError, OSError, AttributeError):  # not the main thread, or no SIGTERM here
        pass


@click.group(cls=_Pyanj, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pyanj")
def main():
    """Map the Afghanistan–Tajikistan frontier along the Pyanj river from texts."""


for command in (demo, evaluate, gazetteer, geocode, layers, map_, terrain, train):
    main.add_command(command)
