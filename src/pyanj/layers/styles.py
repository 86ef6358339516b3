"""QGIS styles (QML): the GeoPackage's ``layer_styles``, the ``.qml`` beside each GeoJSON, the project.

Every colour and class break comes from ``layers.palette``, so QGIS draws what the web map and the print
map draw: districts shaded by ``mention_count`` in the same classes, each point class its own marker, a
place known only to a district or province hollow in a dashed ring, provinces as dashed outlines.  The
QML is the subset QGIS 3 reads; QGIS fills in its defaults.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from pyanj.layers import palette as P

#: Layers without labels (too many features, or one self-evident line).
NO_LABELS = ("mentions", "border")
#: Label priority (0-10, higher wins a contested place): the issue's crossings, camps, towns, districts.
LABEL_PRIORITY = {"crossings": 9, "camps": 8, "military": 7, "bazaars": 7, "coordinates": 6, "settlements": 6,
                  "districts": 4, "provinces": 3, "rivers": 5, "frontier": 1}
GEOMETRY_TYPE = {"Point": 0, "MultiLineString": 1, "MultiPolygon": 2}
PX_MM = 0.2646  # one CSS pixel (1/96 in) in millimetres: web widths -> QGIS widths
EXACT_FILTER = "\"precision\" IN ('exact', 'settlement')"


def _opts(d: dict) -> str:
    items = "".join(f'<Option type="QString" name={quoteattr(k)} value={quoteattr(str(v))}/>' for k, v in d.items())
    return f'<Option type="Map">{items}</Option>'


def _symbol(kind: str, name: str, layers: list[tuple[str, dict]]) -> str:
    body = "".join(f'<layer class="{cls}" enabled="1" pass="0" locked="0">{_opts(props)}</layer>'
                   for cls, props in layers)
    return f'<symbol type="{kind}" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">{body}</symbol>'


def _fill(color: str, outline: str, style: str = "solid", width: float = 0.26, outline_style: str = "solid"):
    return ("SimpleFill", {"color": color, "style": style, "outline_color": outline, "outline_style": outline_style,
                           "outline_width": width, "outline_width_unit": "MM", "joinstyle": "bevel"})


def _line(color: str, width_mm: float, dash_mm: str = "", alpha: float = 1.0):
    props = {"line_color": P.qgis_rgba(color, alpha), "line_width": round(width_mm, 3), "line_width_unit": "MM",
             "line_style": "solid", "capstyle": "round", "joinstyle": "round"}
    if dash_mm:
        props.update(use_custom_dash="1", customdash=dash_mm, customdash_unit="MM")
    return ("SimpleLine", props)


def _dash(pattern_px: str) -> str:
    return ";".join(f"{float(v) * PX_MM:.2f}" for v in pattern_px.split())


def _marker(shape: str, fill: str, outline: str, size: float, width: float = 0.3, style: str = "solid"):
    return ("SimpleMarker", {"name": shape, "color": fill, "size": size, "size_unit": "MM", "outline_color": outline,
                             "outline_style": style, "outline_width": width, "outline_width_unit": "MM",
                             "angle": 0, "scale_method": "diameter"})


def point_symbol_layers(layer: str, approx: bool) -> list[tuple[str, dict]]:
    """The marker layers of a point class: filled with a white edge, or (``approx``) hollow in a dashed ring."""
    shape, _mpl, size = P.POINT_SHAPES[layer]
    color = P.qgis_rgba(P.POINT_COLORS[layer])
    white, clear = "255,255,255,255", "0,0,0,0"
    if layer == "coordinates":  # a cross-hair: drawn in colour, never white on white
        out = [_marker("circle", "255,255,255,220", color, size * 0.55, 0.55), _marker("cross2", color, color, size, 0.6)]
    elif layer == "military":  # a star in a disc, as on the web
        out = [_marker("circle", white if approx else color, color if approx else white, size, 0.35),
               _marker("star", color if approx else white, clear, size * 0.62, 0)]
    elif approx:
        out = [_marker(shape, white, color, size, 0.45)]
    else:
        out = [_marker(shape, color, white, size, 0.35)]
    if approx:
        out.insert(0, _marker("circle", clear, color, size + 2.4, 0.35, "dash"))
    return out


def _single(sym: str) -> str:
    return (f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">'
            f'<symbols>{sym}</symbols><rotation/><sizescale/></renderer-v2>')


def _points(layer: str) -> str:
    """Rule-based: exact places filled, the others (district, province …) hollow in a dashed ring."""
    rules = (f'<rule key="exact" symbol="0" label="exact point or town" filter={quoteattr(EXACT_FILTER)}/>'
             '<rule key="approx" symbol="1" label="known only to a district or province" filter="ELSE"/>')
    syms = (_symbol("marker", "0", point_symbol_layers(layer, False)) +
            _symbol("marker", "1", point_symbol_layers(layer, True)))
    return (f'<renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">'
            f'<rules key="root">{rules}</rules><symbols>{syms}</symbols></renderer-v2>')


def district_breaks(records) -> list[int]:
    """The choropleth's classes for these district records (as the web map computes them)."""
    return P.breaks_for(max((int(p.get("mention_count") or 0) for p, _g in records or ()), default=0))


def _graduated(breaks: list[int]) -> str:
    classes = P.classes(breaks)
    ranges = "".join(f'<range symbol="{i}" lower="{lo}" upper="{hi if hi is not None else 1000000000}" '
                     f'label={quoteattr(lab)} render="true"/>' for i, (lo, hi, lab) in enumerate(classes))
    colors = P.ramp(len(breaks))
    edge = P.qgis_rgba(P.DISTRICT_EDGE)
    syms = "".join(_symbol("fill", str(i), [_fill(P.qgis_rgba(c, P.DISTRICT_OPACITY), edge, width=0.24)])
                   for i, c in enumerate(colors))
    return (f'<renderer-v2 type="graduatedSymbol" attr="mention_count" graduatedMethod="GraduatedColor" '
            f'symbollevels="0" enableorderby="0" forceraster="0"><ranges>{ranges}</ranges>'
            f'<symbols>{syms}</symbols><classificationMethod id="Custom"/><rotation/><sizescale/>'
            f'</renderer-v2>')


def _labeling(layer: str, geometry: str) -> str:
    # placement 0 = around point, 1 = over point (polygons), 2 = parallel/line
    placement = {"Point": 0, "MultiPolygon": 1, "MultiLineString": 2}[geometry]
    size, color = (9, "20,20,20,255") if geometry == "Point" else (7.5, "70,50,30,255")
    if layer == "rivers":
        color = P.qgis_rgba(P.NAMED_RIVER[0])
    return ('<labeling type="simple"><settings calloutType="simple">'
            f'<text-style fieldName="name" isExpression="0" fontSize="{size}" fontSizeUnit="Point" '
            f'textColor="{color}" fontFamily="DejaVu Sans" namedStyle="Book" textOpacity="1">'
            '<text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" '
            'bufferOpacity="0.85"/></text-style>'
            f'<placement placement="{placement}" dist="1.4" distUnits="MM" priority="{LABEL_PRIORITY.get(layer, 5)}" '
            'placementFlags="10"/>'
            '<rendering drawLabels="1" obstacle="1" displayAll="0" mergeLines="1"/>'
            '</settings></labeling>')


def renderer(layer: str, geometry: str, records=None) -> str:
    """The ``renderer-v2`` element of one layer."""
    if layer == "districts":
        return _graduated(district_breaks(records))
    if layer in P.POINT_SHAPES:
        return _points(layer)
    if layer == "mentions":
        return _single(_symbol("marker", "0", [_marker("circle", P.qgis_rgba(P.MENTION_COLOR, 0.45),
                                                       "255,255,255,120", 1.6, 0.1)]))
    if layer == "provinces":
        color, width, dash = P.PROVINCE
        return _single(_symbol("fill", "0", [_fill("0,0,0,0", P.qgis_rgba(color), "no", width * PX_MM, "dash")]))
    if layer == "rivers":
        color, width, _d = P.NAMED_RIVER
        return _single(_symbol("line", "0", [_line(color, width * PX_MM, alpha=0.55)]))
    if layer == "border":
        color, width, dash = P.BORDER
        return _single(_symbol("line", "0", [_line(color, width * PX_MM * 1.2, _dash(dash))]))
    # frontier: outlines only, so it can sit on top of anything
    return _single(_symbol("fill", "0", [_fill("0,0,0,0", P.qgis_rgba(P.FRONTIER_EDGE), "no", 0.35, "dash")]))


def _body(layer: str, geometry: str, records=None) -> tuple[str, bool]:
    """Renderer and labeling elements (shared by the QML and the QGIS project), and whether labels are on."""
    labels = layer not in NO_LABELS
    return f'{renderer(layer, geometry, records)}{_labeling(layer, geometry) if labels else ""}', labels


def qml(layer: str, geometry: str, records=None) -> str:
    """The QML style of one layer (``geometry`` as in ``schema.LAYERS``; ``records`` set the district classes)."""
    body, labels = _body(layer, geometry, records)
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.22.0" styleCategories="Symbology|Labeling" labelsEnabled="{int(labels)}">'
            f'{body}<layerGeometryType>{GEOMETRY_TYPE[geometry]}</layerGeometryType></qgis>\n')
