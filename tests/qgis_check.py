"""Load pyanj's layers in real QGIS and print what QGIS sees, as JSON (run by tests/test_layers.py).

Run with Debian's Python, which has the QGIS bindings (our venv cannot import qgis):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_check.py OUT_DIR [GPKG [QGZ]] [--render PNG]

For every GeoPackage layer: valid, feature count, geometry type, field types, and the style QGIS
applied by default from ``layer_styles`` (renderer type, classes or marker shape, labels).  For every
GeoJSON file: valid, feature count, geometry type, CRS, field types.  For the project: the layer
tree in order, each node bound to a valid, styled layer.  ``--render`` also draws all
GeoPackage layers into a PNG, to look at.
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


def style(layer) -> dict:
    r = layer.renderer()
    out = {"renderer": r.type(), "labels": bool(layer.labelsEnabled())}
    if r.type() == "graduatedSymbol":
        out["attr"] = r.classAttribute()
        out["ranges"] = [[rg.lowerValue(), rg.upperValue(), rg.label()] for rg in r.ranges()]
    elif r.type() == "singleSymbol":
        sl = r.symbol().symbolLayer(0)
        out["symbol_layer"] = sl.layerType()
        props = sl.properties()
        out["shape"] = props.get("name")
        out["color"] = props.get("color") or props.get("line_color")
    if layer.labelsEnabled() and layer.labeling() is not None:
        out["label_field"] = layer.labeling().settings().fieldName
    return out


def main(argv):
    render = None
    if "--render" in argv:
        i = argv.index("--render")
        render = argv[i + 1]
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
            "fields": fields(lyr)}
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
        from qgis.core import QgsProject
        prj = QgsProject.instance()
        res["project_read"] = prj.read(str(project))
        res["project_tree"] = [[n.name(), n.layer() is not None and n.layer().isValid(),
                                n.layer().renderer().type() if n.layer() is not None else None]
                               for n in prj.layerTreeRoot().findLayers()]
    if render and loaded:
        ms = QgsMapSettings()
        top = ["crossings", "camps", "bazaars", "military", "coordinates", "settlements", "mentions", "border",
               "rivers", "frontier", "districts", "provinces"]  # first drawn on top, as in the .qgz
        ms.setLayers(sorted(loaded, key=lambda lyr: top.index(lyr.name()) if lyr.name() in top else 99))
        ms.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        ms.setExtent(QgsRectangle(66.5, 35.5, 75.5, 39.6))
        ms.setOutputSize(QSize(1800, 820))
        ms.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererParallelJob(ms)
        job.start()
        job.waitForFinished()
        res["render_ok"] = bool(job.renderedImage().save(render, "png"))
    print(json.dumps(res, ensure_ascii=False, indent=1, sort_keys=True))
    sys.stdout.flush()
    # QGIS 3.22's teardown can segfault with layers still referenced; everything is printed already
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
