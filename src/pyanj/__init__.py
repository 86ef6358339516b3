"""pyanj: map the Afghanistan–Tajikistan frontier along the Pyanj river from what people write about it.

texts -> mentions (``geocode``) -> resolved places -> layers (``pyanj.layers``) -> maps (``pyanj.render``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["geocode", "geocode_documents", "load_gazetteer", "__version__"]


def __getattr__(name):  # keep ``import pyanj`` light: heavy modules load on first use
    if name in ("geocode", "geocode_documents"):
        from pyanj import geocode as _g
        return getattr(_g, name)
    if name == "load_gazetteer":
        from pyanj.gazetteer import load
        return load
    raise AttributeError(name)
