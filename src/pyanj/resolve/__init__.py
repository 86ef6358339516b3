"""Resolution: for each span a text names, the place it means, from the document's context.

``pipeline`` runs the whole chain (prepared text -> spans -> context -> resolutions -> mentions);
``inputs`` turns command-line inputs into mentions, here or in worker processes (``parallel``);
``score`` weighs a span's candidates; ``fix.reassign`` puts a mention at another place by hand.
"""

from __future__ import annotations

from pyanj.resolve.fix import reassign
from pyanj.resolve.inputs import mentions_from_inputs
from pyanj.resolve.pipeline import geocode, geocode_documents
from pyanj.resolve.score import DocContext, Resolution, resolve_span

__all__ = ["geocode", "geocode_documents", "mentions_from_inputs", "resolve_span", "DocContext", "Resolution",
           "reassign"]
