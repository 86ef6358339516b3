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


@click.group(cls=QuietPipeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pyanj")
def main():
    """Map the Afghanistan–Tajikistan frontier along the Pyanj river from texts."""


for command in (demo, evaluate, gazetteer, geocode, layers, map_, terrain, train):
    main.add_command(command)
