"""pyanj: map the Afghanistan–Tajikistan frontier along the Pyanj river from what people write about it.

texts -> mentions (``geocode``) -> resolved places -> layers (``pyanj.layers``) -> maps (``pyanj.render``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["geocode", "geocode_documents", "load_gazetteer", "__version__"]


def __getattr__(name):  # keep ``import pyanj`` light: heavy modules load on first use
    if name in ("geocode", "geocode_documents"):
        import importlib
        mod = importlib.import_module("pyanj.geocode")  # a callable module: pyanj.geocode(text) works
        return mod if name == "geocode" else mod.geocode_documents
    if name == "load_gazetteer":
        from pyanj.gazetteer import load
        return load
    raise AttributeError(name)
