"""pyanj: map the Afghanistan–Tajikistan frontier along the Pyanj river from what people write about it.

texts -> prepared text -> spans -> resolutions -> mentions (``pyanj.geocode``) -> layer records
(``pyanj.layers``) -> maps (``pyanj.render``); see docs/architecture.md.

The names below are imported on first use (PEP 562), so ``import pyanj.cli`` stays light: the ``pyanj``
command starts its worker processes' server before it imports the geocoder itself (``pyanj.workerstart``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["geocode", "geocode_documents", "load_gazetteer", "__version__"]

#: Modules reachable as attributes of ``pyanj`` without importing them first.
_SUBPACKAGES = frozenset({"data", "display", "distributed", "evaluate", "gazetteer", "gcpause", "io", "layers",
                          "mention", "outputs", "paths", "render", "resolve", "terrain", "text", "workerstart"})


def __getattr__(name: str):
    if name == "load_gazetteer":
        from pyanj.gazetteer import load
        return load
    if name in ("geocode", "geocode_documents"):
        from pyanj.resolve import pipeline
        return getattr(pipeline, name)
    if name in _SUBPACKAGES:  # (``import pyanj`` then ``pyanj.gazetteer.load()`` works as when it was eager)
        import importlib
        return importlib.import_module(f"pyanj.{name}")
    raise AttributeError(f"module 'pyanj' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
