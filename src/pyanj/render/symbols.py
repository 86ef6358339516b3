"""Map symbols: inline SVG (no icon font, no image request), one shape and colour per layer.

A place known only to a district or province gets the *approximate* variant: the same glyph, hollow,
inside a dashed ring, and the area or uncertainty circle drawn around it.
"""

from __future__ import annotations

from html import escape

from pyanj.layers.palette import POINT_COLORS as COLORS  # one palette with QGIS and print

_GLYPH = {
    # a diamond with a two-way arrow (a crossing)
    "crossings": ('<path d="M13 1.5 24.5 13 13 24.5 1.5 13Z" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'
                  '<path d="M7.5 11h10l-2.6-2.6M18.5 15h-10l2.6 2.6" fill="none" stroke="{ink}" stroke-width="1.9" '
                  'stroke-linecap="round" stroke-linejoin="round"/>', 26),
    # a rounded square with a market stall (a bazaar)
    "bazaars": ('<rect x="2.5" y="2.5" width="21" height="21" rx="4" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'
                '<path d="M6.5 11 8 7h10l1.5 4ZM7.5 11v7.5h11V11M11 18.5v-4h4v4" fill="none" stroke="{ink}" '
                'stroke-width="1.7" stroke-linejoin="round"/>', 26),
    # a tent (a camp)
    "camps": ('<path d="M13 2 25 23.5H1Z" fill="{fill}" stroke="{stroke}" stroke-width="1.6" stroke-linejoin="round"/>'
              '<path d="M13 11.5 9.3 20.5h7.4Z" fill="{ink}"/>', 26),
    # a star in a disc (a military site)
    "military": ('<circle cx="13" cy="13" r="11.3" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'
                 '<path d="M13 5.6 15 10.9h5.6l-4.5 3.4 1.7 5.5L13 16.5 8.2 19.8l1.7-5.5-4.5-3.4H11Z" fill="{ink}"/>',
                 26),
    # a town dot
    "settlements": ('<circle cx="9" cy="9" r="6.2" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'
                    '<circle cx="9" cy="9" r="2.2" fill="{ink}"/>', 18),
    # a cross-hair (a coordinate written in a text)
    "coordinates": ('<circle cx="13" cy="13" r="8" fill="{ink}" fill-opacity=".85" stroke="{fill}" stroke-width="2.6"/>'
                    '<path d="M13 1v7M13 18v7M1 13h7M18 13h7" stroke="{fill}" stroke-width="2.4" stroke-linecap="round"/>'
                    '<circle cx="13" cy="13" r="2" fill="{fill}"/>', 26),
}


def svg(key: str, approx: bool = False) -> str:
    body, size = _GLYPH[key]
    color = COLORS[key]
    if approx:
        # hollow glyph in a dashed ring: "somewhere in the area drawn around it"
        inner = body.format(fill="#ffffff", stroke=color, ink=color)
        ring = (f'<circle cx="{size / 2}" cy="{size / 2}" r="{size / 2 + 2.5}" fill="none" stroke="{color}" '
                f'stroke-width="1.5" stroke-dasharray="3 2.5"/>')
        return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
                f'aria-hidden="true">{ring}{inner}</svg>')
    inner = body.format(fill=color, stroke="#ffffff", ink="#ffffff")
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
            f'aria-hidden="true">{inner}</svg>')


def symbols() -> dict:
    """Per point layer: its colour, size and SVG (exact and approximate), for the runtime and legend."""
    return {k: {"color": COLORS[k], "size": _GLYPH[k][1], "svg": svg(k), "approx": svg(k, True)} for k in COLORS}


def swatch(color: str) -> str:
    return f'<span class="pyanj-swatch" style="background:{escape(color)}"></span>'
