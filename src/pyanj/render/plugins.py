"""folium elements of a pyanj map: one class per Leaflet feature, its JS/CSS declared, its template beside it.

Templates live in ``templates/`` under the class's snake-case name.  Third-party scripts are
declared with their CDN address (``default_js``/``default_css``, folium's ``JSCSSMixin``); an
``--offline`` map inlines the vendored copies (``pyanj.render.offline``).  The map's own runtime
(``templates/runtime.js``) is always inlined: it is on no CDN.
"""

from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from pathlib import Path

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from pyanj.render import assets
from pyanj.render.mapdata import script_json

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


class Raw(Element):
    """Text put on the page as it is (branca's ``Element`` would compile it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _Element(MacroElement):
    """A MacroElement whose rendered macros are added to the page as text.

    branca compiles each rendered macro again as a Jinja template: document text containing
    ``{{ … }}`` or ``{% … %}`` would then be evaluated in Python (template injection), and a
    12 MB data script would be lexed for nothing.  Here the macros' output is final.
    """

    template_file = ""

    def __init__(self):
        super().__init__()
        self._template = _template(self.template_file)

    def render(self, **kwargs):
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = module.get(part)
            if macro is not None:
                target.add_child(Raw(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class PyanjFigure(Figure):
    """The page, in English (``lang``): with ``inline`` set (the default), rendering inlines every CDN
    script and stylesheet, so the file (or the notebook's frame) needs no network."""

    _template = Template(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        "{% if this.title %}<title>{{this.title}}</title>{% endif %}"
        "    {{this.header.render(**kwargs)}}\n</head>\n<body>\n    {{this.html.render(**kwargs)}}\n</body>\n"
        "<script>\n    {{this.script.render(**kwargs)}}\n</script>\n</html>\n")

    def __init__(self, inline: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.inline = inline

    def render(self, **kwargs):
        html = super().render(**kwargs)
        if self.inline:
            from pyanj.render.offline import inline_assets
            html = inline_assets(html)
        return html


class FrontierMap(folium.Map):
    """A folium Map that loads Leaflet only (no jQuery, Bootstrap or icon fonts: symbols are inline SVG)."""

    default_js = assets.js("leaflet_js")
    default_css = assets.css("leaflet_css")

    def __init__(self, inline: bool = True, **kwargs):
        super().__init__(tiles=None, **kwargs)
        PyanjFigure(inline=inline).add_child(self)


class Runtime(_Element):
    """The map runtime (layers, popups, tooltips, timeline) inlined in the page head."""

    template_file = "runtime.html.j2"

    def __init__(self):
        super().__init__()
        js = "\n".join((TEMPLATES / f).read_text(encoding="utf-8") for f in ("runtime.js", "runtime_view.js"))
        self.js = js.replace("</script", "<\\/script")
        self.css = (TEMPLATES / "runtime.css").read_text(encoding="utf-8")


class MapState(_Element):
    """The map's data (places, quotes, documents, symbols) as one JSON object, and the runtime's state."""

    template_file = "map_data.js.j2"

    def __init__(self, data: dict, options: dict | None = None):
        super().__init__()
        self.data_json = script_json(data)
        self.options_json = script_json(options or {})


class OfflineBase(_Element):
    """Countries, borders, rivers and hillshade from the bundled data: readable with no tiles."""

    template_file = "offline_base.js.j2"

    def __init__(self, base: dict, relief: tuple | None):
        super().__init__()
        self.base_json = script_json(base)
        self.relief_json = script_json({"url": relief[0], "bounds": relief[1]} if relief else None)


class TileBasemaps(_Element):
    """Optional tile basemaps (xyzservices providers) as base layers; never used offline."""

    template_file = "tile_basemaps.js.j2"

    def __init__(self, tiles: list[dict], selected: str):
        super().__init__()
        self.tiles_json = script_json(tiles)
        self.selected_json = script_json(selected)


class DistrictChoropleth(_Element):
    template_file = "district_choropleth.js.j2"

    def __init__(self, show: bool = True):
        super().__init__()
        self.show = show


class AreaLayer(_Element):
    """Provinces or rivers named in the texts (``kind``: "province" or "river")."""

    template_file = "area_layer.js.j2"

    def __init__(self, key: str, label: str, kind: str, show: bool = True):
        super().__init__()
        self.key, self.label, self.kind, self.show = key, label, kind, show


class PointLayer(JSCSSMixin, _Element):
    """One point overlay: SVG symbols; clustered (Leaflet.markercluster) past ``cluster_at`` points;
    ``mode="canvas"``: dots on one canvas (for very many points)."""

    template_file = "point_layer.js.j2"
    default_js = assets.js("markercluster_js")
    default_css = assets.css("markercluster_css", "markercluster_default_css")

    def __init__(self, key: str, label: str, n: int, show: bool = True, cluster_at: int = 300, mode: str = "auto"):
        super().__init__()
        self.key, self.label, self.show, self.cluster_at = key, label, show, cluster_at
        self.mode = mode if mode != "auto" else ("markers" if n <= cluster_at else "cluster")
        if self.mode != "cluster":
            self.default_js, self.default_css = [], []


class ConflictLines(_Element):
    template_file = "conflict_lines.js.j2"

    def __init__(self, label: str = "Coordinate conflicts", show: bool = True):
        super().__init__()
        self.label, self.show = label, show


class ExtraLayer(_Element):
    template_file = "extra_layer.js.j2"

    def __init__(self, key: str, label: str, show: bool = False):
        super().__init__()
        self.key, self.label, self.show = key, label, show


class Legend(_Element):
    """The legend: ``body`` is HTML built by ``pyanj.render.core.legend_html`` (document text escaped)."""

    template_file = "legend.html.j2"

    def __init__(self, body: str):
        super().__init__()
        self.body = body


class TitleBox(_Element):
    template_file = "title_box.html.j2"

    def __init__(self, title: str, subtitle: str | None = None):
        super().__init__()
        self.title = escape(title or "")
        self.subtitle = escape(subtitle) if subtitle else ""


class Timeline(_Element):
    """Two sliders over the documents' dates: only places mentioned in that range stay on the map."""

    template_file = "timeline.html.j2"


class PlaceSearch(JSCSSMixin, _Element):
    """Search by place name or variant (leaflet-search over the map's places)."""

    template_file = "place_search.js.j2"
    default_js = assets.js("search_js")
    default_css = assets.css("search_css")


class MiniMap(JSCSSMixin, _Element):
    """An overview map drawn from the bundled countries (Leaflet-MiniMap; no tiles)."""

    template_file = "minimap.js.j2"
    default_js = assets.js("minimap_js")
    default_css = assets.css("minimap_css")

    def __init__(self, base: dict):
        super().__init__()
        self.base_json = script_json({"countries": base["countries"], "border": base["border"]})


class Fullscreen(JSCSSMixin, _Element):
    template_file = "fullscreen.js.j2"
    default_js = assets.js("fullscreen_js")
    default_css = assets.css("fullscreen_css")


class Measure(JSCSSMixin, _Element):
    template_file = "measure.js.j2"
    default_js = assets.js("measure_js")
    default_css = assets.css("measure_css")


class ScaleBar(_Element):
    template_file = "scale_bar.js.j2"


class LayerControl(_Element):
    """The layer control over every overlay and basemap; added last, it also lays out the panels, sets
    the first view (the URL's #zoom/lat/lon, or the frontier fitted beside the panels) and the labels."""

    template_file = "layer_control.js.j2"

    def __init__(self, bounds):
        super().__init__()
        self.bounds_json = json.dumps(bounds)
