"""Load pyanj's layers in real QGIS and print what QGIS sees, as JSON (run by tests/test_layers.py).

Run with Debian's Python, which has the QGIS bindings (our venv cannot import qgis):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_check.py OUT_DIR [GPKG [QGZ]] [--render PNG]

For every GeoPackage layer: valid, feature count, geometry type, field types, and the style QGIS
applied by default from ``layer_styles`` (renderer type, classes or marker shape, labels).  For every
GeoJSON file: valid, feature count, geometry type, CRS, field types.  For the project: the layer
tree in order and its groups, each node bound to a valid, styled layer, every CRS's validity and the
view extent.  ``--render PNG`` also draws all GeoPackage layers into PNG and the project's layers in
EPSG:32642 and EPSG:4326 beside it (``project_EPSG_*.png``), counting drawn pixels and the pixels of
the coordinates symbol's colour.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsDataProvider, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsRectangle, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor


def fields(layer) -> dict:
    return {f.name(): QVariant.typeToName(f.type()) for f in layer.fields()}


def _symbol_info(sym) -> dict:
    layers = [sym.symbolLayer(i) for i in range(sym.symbolLayerCount())]
    props = [sl.properties() for sl in layers]
    return {"symbol_layers": [sl.layerType() for sl in layers], "shapes": [p.get("name") for p in props],
            "colors": [p.get("color") or p.get("line_color") for p in props],
            "outline_colors": [p.get("outline_color") for p in props],
            "outline_styles": [p.get("outline_style") for p in props]}


def style(layer) -> dict:
    r = layer.renderer()
    out = {"renderer": r.type(), "labels": bool(layer.labelsEnabled())}
    if r.type() == "graduatedSymbol":
        out["attr"] = r.classAttribute()
        out["ranges"] = [[rg.lowerValue(), rg.upperValue(), rg.label()] for rg in r.ranges()]
        out["range_colors"] = [rg.symbol().color().name() for rg in r.ranges()]
    elif r.type() == "singleSymbol":
        out.update(_symbol_info(r.symbol()))
    elif r.type() == "RuleRenderer":
        out["rules"] = [[rule.filterExpression(), _symbol_info(rule.symbol())] for rule in r.rootRule().children()]
    if layer.labelsEnabled() and layer.labeling() is not None:
        out["label_field"] = layer.labeling().settings().fieldName
    return out


def crs_info(crs) -> dict:
    return {"valid": crs.isValid(), "authid": crs.authid(), "geographic": crs.isGeographic()}


def render(layers, crs_authid: str, extent_4326, path: str, size=(1000, 640)) -> dict:
    """Draw ``layers`` (top first) in ``crs_authid`` over the 4326 extent; count what was drawn."""
    from qgis.core import QgsCoordinateTransform, QgsProject
    dest = QgsCoordinateReferenceSystem(crs_authid)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), dest, QgsProject.instance())
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(dest)
    ms.setExtent(tr.transformBoundingBox(extent_4326))
    ms.setOutputSize(QSize(*size))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    drawn = 0
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            if QColor(img.pixel(x, y)).rgb() & 0xFFFFFF != 0xFFFFFF:
                drawn += 1
    return {"saved": bool(img.save(path, "png")), "drawn": drawn, "sampled": (img.width() // 2) * (img.height() // 2),
            "coordinates_px": _purple_near_coordinates(layers, ms, img)}


def _purple_near_coordinates(layers, ms, img, radius: int = 12) -> list[int]:
    """Per feature of the coordinates layer: pixels of its symbol's purple within ``radius`` px of it."""
    from qgis.core import QgsCoordinateTransform, QgsProject
    out = []
    for lyr in layers:
        if "layername=coordinates" not in lyr.source():
            continue
        tr = QgsCoordinateTransform(lyr.crs(), ms.destinationCrs(), QgsProject.instance())
        for f in lyr.getFeatures():
            pt = ms.mapToPixel().transform(tr.transform(f.geometry().asPoint()))
            cx, cy, n = int(pt.x()), int(pt.y()), 0
            for y in range(max(0, cy - radius), min(img.height(), cy + radius + 1)):
                for x in range(max(0, cx - radius), min(img.width(), cx + radius + 1)):
                    c = QColor(img.pixel(x, y))
                    if abs(c.red() - 0x7b) < 30 and abs(c.green() - 0x32) < 30 and abs(c.blue() - 0x94) < 30:
                        n += 1
            out.append(n)
    return out


def read_project(project: Path, render_dir: Path | None) -> dict:
    from qgis.core import QgsProject
    prj = QgsProject.instance()
    res = {"project_read": prj.read(str(project)), "project_crs": crs_info(prj.crs())}
    res["project_tree"] = [[n.name(), n.layer() is not None and n.layer().isValid(),
                            n.layer().renderer().type() if n.layer() is not None and n.layer().type() == 0
                            else (n.layer().renderer().type() if n.layer() is not None else None)]
                           for n in prj.layerTreeRoot().findLayers()]
    res["project_groups"] = [[g.name(), [n.name() for n in g.findLayers()]]
                             for g in prj.layerTreeRoot().findGroups()]
    res["project_layer_crs"] = {n.name(): crs_info(n.layer().crs()) for n in prj.layerTreeRoot().findLayers()
                                if n.layer() is not None}
    ext = prj.viewSettings().defaultViewExtent()
    res["project_extent"] = [round(ext.xMinimum(), 3), round(ext.yMinimum(), 3), round(ext.xMaximum(), 3),
                             round(ext.yMaximum(), 3), ext.crs().authid()]
    if render_dir is not None:
        layers = [n.layer() for n in prj.layerTreeRoot().findLayers() if n.layer() is not None]
        res["project_render"] = {a: render(layers, a, QgsRectangle(*res["project_extent"][:4]),
                                           str(render_dir / f"project_{a.replace(':', '_')}.png"))
                                 for a in ("EPSG:32642", "EPSG:4326")}
    return res


def main(argv):
    render_png = None
    if "--render" in argv:
        i = argv.index("--render")
        render_png = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    out_dir = Path(argv[0])
    gpkg = Path(argv[1]) if len(argv) > 1 else None
    project = Path(argv[2]) if len(argv) > 2 else None
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.core import Qgis
    res = {"qgis": Qgis.QGIS_VERSION, "geojson": {}, "gpkg": {}, "gpkg_sublayers": []}
    for p in sorted(out_dir.glob("*.geojson")):
        lyr = QgsVectorLayer(str(p), p.stem, "ogr")
        res["geojson"][p.stem] = {
            "valid": lyr.isValid(), "features": lyr.featureCount(),
            "geometry": QgsWkbTypes.displayString(lyr.wkbType()), "crs": lyr.crs().authid(),
            "crs_valid": lyr.crs().isValid(), "fields": fields(lyr), **style(lyr)}
    loaded = []
    if gpkg is not None:
        whole = QgsVectorLayer(str(gpkg), "all", "ogr")
        names = [s.split(QgsDataProvider.SUBLAYER_SEPARATOR)[1] for s in whole.dataProvider().subLayers()]
        res["gpkg_sublayers"] = names
        for name in names:
            if name == "layer_styles":
                continue
            lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            n, ids, snames, descs, err = lyr.listStylesInDatabase()
            res["gpkg"][name] = {
                "valid": lyr.isValid(), "features": lyr.featureCount(),
                "geometry": QgsWkbTypes.displayString(lyr.wkbType()), "crs": lyr.crs().authid(),
                "fields": fields(lyr), "styles_for_layer": n, "style_names": list(snames)[:n], **style(lyr)}
            loaded.append(lyr)
    if project is not None:
        res.update(read_project(project, Path(render_png).parent if render_png else None))
    if render_png and loaded:
        top = ["crossings", "camps", "bazaars", "military", "coordinates", "settlements", "mentions", "border",
               "rivers", "frontier", "districts", "provinces"]  # first drawn on top, as in the .qgz
        layers = sorted(loaded, key=lambda lyr: top.index(lyr.name()) if lyr.name() in top else 99)
        res["render"] = render(layers, "EPSG:4326", QgsRectangle(66.5, 35.5, 75.5, 39.6), render_png)
    print(json.dumps(res, ensure_ascii=False, indent=1, sort_keys=True))
    sys.stdout.flush()
    # QGIS 3.22's teardown can segfault with layers still referenced; everything is printed already
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
