"""pyanj: map the Afghanistan–Tajikistan frontier along the Pyanj river from what people write about it.

texts -> prepared text -> spans -> resolutions -> mentions (``pyanj.geocode``) -> layer records
(``pyanj.layers``) -> maps (``pyanj.render``); see docs/architecture.md.
"""

from __future__ import annotations

from pyanj.gazetteer import load as load_gazetteer
from pyanj.resolve.pipeline import geocode, geocode_documents

__version__ = "0.1.0"

__all__ = ["geocode", "geocode_documents", "load_gazetteer", "__version__"]
