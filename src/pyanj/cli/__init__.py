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
        return super().main(args, *more, **kwargs)

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
