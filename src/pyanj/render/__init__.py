"""Annotated Leaflet maps of located mentions (``pyanj map``).

>>> from pyanj.render import make_map, write_map
>>> m = make_map(mentions)                       # a folium.Map: shows inline in Jupyter
>>> write_map(mentions, "map.html", offline=True)  # one self-contained file, no network needed
"""

from __future__ import annotations

from pyanj.render.core import MapInputError, make_map, render_html, write_map

__all__ = ["make_map", "write_map", "render_html", "MapInputError"]
