"""QGIS styles (QML) for the GeoPackage's ``layer_styles`` table, so each layer opens styled.

Polygons of mentioned places are shaded by ``mention_count`` (graduated, fixed classes so the legend
means the same on every corpus); each point class gets its own simple marker shape (no SVGs to go
missing); labels on ``name``.  The QML is the subset QGIS 3 reads; QGIS fills in its defaults.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

#: (lower, upper, label) classes of mention_count for the graduated polygon layers.
CLASSES = ((1, 1, "1"), (2, 3, "2–3"), (4, 9, "4–9"), (10, 24, "10–24"), (25, 1000000, "25+"))
RAMPS = {
    "districts": ("255,255,178,200", "254,204,92,200", "253,141,60,200", "240,59,32,200", "189,0,38,200"),
    "provinces": ("239,243,255,120", "189,215,231,120", "107,174,214,120", "49,130,189,120", "8,81,156,120"),
}
#: Point layers: (marker shape, fill colour, size in mm).
MARKERS = {
    "crossings": ("diamond", "215,25,28,255", 4.0),
    "camps": ("triangle", "166,97,26,255", 4.0),
    "bazaars": ("square", "26,150,65,255", 3.4),
    "military": ("star", "40,40,40,255", 4.2),
    "settlements": ("circle", "120,120,120,255", 2.4),
    "coordinates": ("cross2", "208,28,139,255", 3.6),
    "mentions": ("circle", "49,54,149,110", 1.6),
}
LINES = {"rivers": ("31,120,180,255", 0.6, "solid"), "border": ("200,0,0,255", 0.8, "dash")}
#: Layers without labels (too many features, or one self-evident line).
NO_LABELS = ("mentions", "border")
GEOMETRY_TYPE = {"Point": 0, "MultiLineString": 1, "MultiPolygon": 2}


def _opts(d: dict) -> str:
    items = "".join(f'<Option type="QString" name={quoteattr(k)} value={quoteattr(str(v))}/>' for k, v in d.items())
    return f'<Option type="Map">{items}</Option>'


def _symbol(kind: str, name: str, layer_class: str, props: dict) -> str:
    return (f'<symbol type="{kind}" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
            f'<layer class="{layer_class}" enabled="1" pass="0" locked="0">{_opts(props)}</layer></symbol>')


def _fill(color: str, outline: str = "60,60,60,255", style: str = "solid", width: float = 0.26) -> str:
    return {"color": color, "style": style, "outline_color": outline, "outline_style": "solid",
            "outline_width": width, "outline_width_unit": "MM", "joinstyle": "bevel"}


def _single(sym: str) -> str:
    return (f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">'
            f'<symbols>{sym}</symbols><rotation/><sizescale/></renderer-v2>')


def _graduated(layer: str) -> str:
    ranges = "".join(f'<range symbol="{i}" lower="{lo}" upper="{hi}" label={quoteattr(lab)} render="true"/>'
                     for i, (lo, hi, lab) in enumerate(CLASSES))
    syms = "".join(_symbol("fill", str(i), "SimpleFill", _fill(c)) for i, c in enumerate(RAMPS[layer]))
    return (f'<renderer-v2 type="graduatedSymbol" attr="mention_count" graduatedMethod="GraduatedColor" '
            f'symbollevels="0" enableorderby="0" forceraster="0"><ranges>{ranges}</ranges>'
            f'<symbols>{syms}</symbols><classificationMethod id="Custom"/><rotation/><sizescale/>'
            f'</renderer-v2>')


def _labeling(geometry: str) -> str:
    # placement 0 = around point, 1 = over point (polygons), 2 = parallel/line
    placement = {"Point": 0, "MultiPolygon": 1, "MultiLineString": 2}[geometry]
    return ('<labeling type="simple"><settings calloutType="simple">'
            '<text-style fieldName="name" isExpression="0" fontSize="8" fontSizeUnit="Point" '
            'textColor="30,30,30,255" fontFamily="Sans Serif" namedStyle="Regular" textOpacity="1">'
            '<text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" '
            'bufferOpacity="0.85"/></text-style>'
            f'<placement placement="{placement}" dist="1.2" distUnits="MM" priority="5" placementFlags="10"/>'
            '<rendering drawLabels="1" obstacle="1" displayAll="0" mergeLines="1"/>'
            '</settings></labeling>')


def _body(layer: str, geometry: str) -> tuple[str, bool]:
    """Renderer and labeling elements (shared by the QML and the QGIS project), and whether labels are on."""
    if layer in RAMPS:
        renderer = _graduated(layer)
    elif layer in MARKERS:
        shape, color, size = MARKERS[layer]
        renderer = _single(_symbol("marker", "0", "SimpleMarker", {
            "name": shape, "color": color, "size": size, "size_unit": "MM", "outline_color": "255,255,255,255",
            "outline_style": "solid", "outline_width": 0.3, "outline_width_unit": "MM", "angle": 0,
            "scale_method": "diameter"}))
    elif layer in LINES:
        color, width, style = LINES[layer]
        renderer = _single(_symbol("line", "0", "SimpleLine", {
            "line_color": color, "line_width": width, "line_width_unit": "MM", "line_style": style,
            "capstyle": "round", "joinstyle": "round"}))
    else:  # frontier: outlines only, so it can sit on top of anything
        renderer = _single(_symbol("fill", "0", "SimpleFill", _fill("0,0,0,0", "230,120,0,255", "no", 0.5)))
    labels = layer not in NO_LABELS
    return f'{renderer}{_labeling(geometry) if labels else ""}', labels


def qml(layer: str, geometry: str) -> str:
    """The QML style of one layer (``geometry`` as in ``schema.LAYERS``)."""
    body, labels = _body(layer, geometry)
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.22.0" styleCategories="Symbology|Labeling" labelsEnabled="{int(labels)}">'
            f'{body}<layerGeometryType>{GEOMETRY_TYPE[geometry]}</layerGeometryType></qgis>\n')


#: Drawing order in the project, top first: points over lines over polygons.
PROJECT_ORDER = ("crossings", "camps", "bazaars", "military", "coordinates", "settlements", "mentions", "border",
                 "rivers", "frontier", "districts", "provinces")


def qgs(gpkg_name: str, layers: dict[str, str], title: str = "pyanj frontier layers") -> str:
    """A QGIS project (.qgs XML) opening the GeoPackage's layers (name -> geometry) styled, in order.

    Data sources are relative to the project file, so project and GeoPackage travel together."""
    from xml.sax.saxutils import escape
    names = [n for n in PROJECT_ORDER if n in layers] + sorted(n for n in layers if n not in PROJECT_ORDER)
    srs = "<srs><spatialrefsys><authid>EPSG:4326</authid></spatialrefsys></srs>"
    tree, maps = [], []
    for n in names:
        src = escape(f"./{gpkg_name}|layername={n}", {'"': "&quot;"})
        body, labels = _body(n, layers[n])
        kind = {"Point": "Point", "MultiLineString": "Line", "MultiPolygon": "Polygon"}[layers[n]]
        lid = f"{n}_pyanj"  # QGIS binds tree nodes to layers only with ids like these, not bare names
        tree.append(f'<layer-tree-layer id="{lid}" name="{n}" source="{src}" providerKey="ogr" '
                    f'checked="Qt::Checked" expanded="1"/>')
        maps.append(f'<maplayer type="vector" geometry="{kind}" wkbType="{layers[n]}" labelsEnabled="{int(labels)}">'
                    f'<id>{lid}</id><datasource>{src}</datasource><layername>{n}</layername>'
                    f'<provider encoding="UTF-8">ogr</provider>{srs}{body}</maplayer>')
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis projectname="{escape(title)}" version="3.22.0"><title>{escape(title)}</title>'
            f'<projectCrs><spatialrefsys><authid>EPSG:4326</authid></spatialrefsys></projectCrs>'
            f'<layer-tree-group>{"".join(tree)}<custom-order enabled="0">'
            f'{"".join(f"<item>{n}_pyanj</item>" for n in names)}</custom-order></layer-tree-group>'
            f'<projectlayers>{"".join(maps)}</projectlayers>'
            f'<properties><Paths><Absolute type="bool">false</Absolute></Paths></properties></qgis>\n')
