"""pyanj: map the Afghanistan–Tajikistan frontier along the Pyanj river from what people write about it.

texts -> prepared text -> spans -> resolutions -> mentions (``pyanj.geocode``) -> layer records
(``pyanj.layers``) -> maps (``pyanj.render``); see docs/architecture.md.

The names below are imported on first use (PEP 562), so ``import pyanj.cli`` stays light: the ``pyanj``
command starts its worker processes' server before it imports the geocoder itself (``pyanj.workerstart``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["geocode", "geocode_documents", "load_gazetteer", "__version__"]


def __getattr__(name: str):
    if name == "load_gazetteer":
        from pyanj.gazetteer import load
        return load
    if name in ("geocode", "geocode_documents"):
        from pyanj.resolve import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'pyanj' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
