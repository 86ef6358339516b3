"""The QGIS project (``.qgs`` inside the ``--qgz``): written as XML, so it needs no QGIS installed.

QGIS trusts a layer's CRS only with its full definition, so every ``spatialrefsys`` carries WKT, PROJ
string, EPSG code and QGIS's own id: the layers stay in EPSG:4326, the project draws in UTM 42N
(EPSG:32642), opening on the frontier with layers grouped and titled as in the legends.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from pyanj.layers import palette as P
from pyanj.layers.styles import _body

#: The project's CRS: UTM zone 42N, metres, the frontier's own zone.
PROJECT_EPSG = 32642
#: QGIS's internal ids (``srsid``, from its srs.db) of the CRSs pyanj writes.
QGIS_SRSID = {4326: 3452, 32642: 3126}
#: QPainter composition mode "multiply", for the hillshade under the layers.
BLEND_MULTIPLY = 13


@lru_cache(maxsize=8)
def spatialrefsys(epsg: int) -> str:
    """The complete ``<spatialrefsys>`` of an EPSG CRS (from pyproj's database)."""
    from pyproj import CRS
    crs = CRS.from_epsg(epsg)
    geographic = crs.is_geographic
    with warnings.catch_warnings():  # (the PROJ string is QGIS's fallback; the WKT is the definition)
        warnings.simplefilter("ignore", UserWarning)
        proj4 = crs.to_proj4().replace(" +type=crs", "")
    acronym = "longlat" if geographic else (crs.coordinate_operation.method_name.split()[0].lower()
                                            if crs.coordinate_operation is not None else "")
    if "+proj=utm" in proj4:
        acronym = "utm"
    srsid = f"<srsid>{QGIS_SRSID[epsg]}</srsid>" if epsg in QGIS_SRSID else ""
    return (f"<spatialrefsys><wkt>{escape(crs.to_wkt())}</wkt><proj4>{escape(proj4)}</proj4>{srsid}"
            f"<srid>{epsg}</srid><authid>EPSG:{epsg}</authid><description>{escape(crs.name)}</description>"
            f"<projectionacronym>{acronym}</projectionacronym><ellipsoidacronym>EPSG:7030</ellipsoidacronym>"
            f"<geographicflag>{'true' if geographic else 'false'}</geographicflag></spatialrefsys>")


def frontier_extent() -> tuple[float, float, float, float]:
    """(west, south, east, north) in degrees: the frontier the project opens on."""
    from pyanj.gazetteer.geo import frontier_box
    return tuple(round(v, 4) for v in frontier_box())


def _extent_xml(tag: str, ext) -> str:
    w, s, e, n = ext
    return f'<{tag} xmin="{w}" ymin="{s}" xmax="{e}" ymax="{n}">{spatialrefsys(4326)}</{tag}>'


def _vector(name: str, geometry: str, src: str, records) -> str:
    body, labels = _body(name, geometry, records)
    kind = {"Point": "Point", "MultiLineString": "Line", "MultiPolygon": "Polygon"}[geometry]
    return (f'<maplayer type="vector" geometry="{kind}" wkbType="{geometry}" labelsEnabled="{int(labels)}">'
            f'<id>{name}_pyanj</id><datasource>{src}</datasource><layername>{escape(P.TITLES.get(name, name))}'
            f'</layername><srs>{spatialrefsys(4326)}</srs><provider encoding="UTF-8">ogr</provider>{body}</maplayer>')


def _density_pipe(vmax: float) -> str:
    ramp = P.DENSITY_RAMP
    items = ['<item alpha="0" value="0" label="0" color="#ffffff"/>']
    for i, c in enumerate(ramp):
        v = vmax * (i + 1) / len(ramp)
        items.append(f'<item alpha="{200 + 55 * i // (len(ramp) - 1)}" value="{v:.6g}" label="{v:.3g}" color="{c}"/>')
    return ('<rasterrenderer type="singlebandpseudocolor" band="1" opacity="0.75" alphaBand="-1" '
            f'classificationMin="0" classificationMax="{vmax:.6g}"><rasterTransparency/>'
            '<rastershader><colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0">'
            f'{"".join(items)}</colorrampshader></rastershader></rasterrenderer>')


def _hillshade_pipe() -> str:
    return ('<rasterrenderer type="singlebandgray" grayBand="1" opacity="0.55" alphaBand="-1" '
            'gradient="BlackToWhite"><rasterTransparency/><contrastEnhancement><minValue>0</minValue>'
            '<maxValue>255</maxValue><algorithm>StretchToMinimumMaximum</algorithm></contrastEnhancement>'
            '</rasterrenderer>')


def _raster(name: str, src: str, path) -> str:
    """A raster layer in the file's own CRS, styled (density: a colour ramp to its maximum; hillshade: grey,
    multiplied into what lies below)."""
    import numpy as np
    import rasterio
    with rasterio.open(path) as ds:
        epsg = ds.crs.to_epsg() if ds.crs is not None else 4326
        if name == "density":
            a = ds.read(1, masked=True)
            vmax = float(np.ma.max(a)) if a.count() else 1.0
    pipe = _density_pipe(vmax or 1.0) if name == "density" else _hillshade_pipe()
    blend = BLEND_MULTIPLY if name == "hillshade" else 0
    return (f'<maplayer type="raster"><id>{name}_pyanj</id><datasource>{src}</datasource>'
            f'<layername>{escape(P.TITLES[name])}</layername><srs>{spatialrefsys(epsg or 4326)}</srs>'
            f'<provider>gdal</provider><pipe>{pipe}</pipe><blendMode>{blend}</blendMode></maplayer>')


def _tree_layer(name: str, src: str, provider: str) -> str:
    return (f'<layer-tree-layer id="{name}_pyanj" name={quoteattr(P.TITLES.get(name, name))} source={quoteattr(src)} '
            f'providerKey="{provider}" checked="Qt::Checked" expanded="{0 if name == "mentions" else 1}"/>')


def qgs(gpkg_name: str, layers: dict, title: str = "pyanj frontier layers", rasters: dict | None = None) -> str:
    """A QGIS project opening the GeoPackage's layers (name -> records) styled, grouped and in order, plus
    the ``rasters`` written beside it (``{"density"|"hillshade": (relative path, path)}``).

    Data sources are relative to the project file, so project, GeoPackage and rasters travel together."""
    rasters = rasters or {}
    from pyanj.layers.schema import LAYERS
    grouped = {n for _g, members in P.GROUPS for n in members}
    groups = [(g, [n for n in members if n in layers or n in rasters]) for g, members in P.GROUPS]
    extra = sorted(n for n in layers if n not in grouped)
    if extra:
        groups.insert(-1, ("Other layers", extra))
    tree, maps, order = [], [], []
    for group, members in groups:
        if not members:
            continue
        nodes = []
        for n in members:
            if n in rasters:
                src = escape(rasters[n][0])
                nodes.append(_tree_layer(n, rasters[n][0], "gdal"))
                maps.append(_raster(n, src, rasters[n][1]))
            else:
                src = f"./{gpkg_name}|layername={n}"
                nodes.append(_tree_layer(n, src, "ogr"))
                maps.append(_vector(n, LAYERS[n][0], escape(src), layers[n]))
            order.append(f"{n}_pyanj")
        tree.append(f'<layer-tree-group name={quoteattr(group)} checked="Qt::Checked" expanded="1">'
                    f'{"".join(nodes)}</layer-tree-group>')
    ext = frontier_extent()
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis projectname={quoteattr(title)} version="3.22.0"><title>{escape(title)}</title>'
            f'<projectCrs>{spatialrefsys(PROJECT_EPSG)}</projectCrs>'
            f'<layer-tree-group>{"".join(tree)}<custom-order enabled="0">'
            f'{"".join(f"<item>{i}</item>" for i in order)}</custom-order></layer-tree-group>'
            f'<projectlayers>{"".join(maps)}</projectlayers>'
            f'<layerorder>{"".join(f"<layer id={quoteattr(i)}/>" for i in order)}</layerorder>'
            f'<properties><Paths><Absolute type="bool">false</Absolute></Paths>'
            f'<SpatialRefSys><ProjectionsEnabled type="int">1</ProjectionsEnabled></SpatialRefSys></properties>'
            f'<ProjectViewSettings UseProjectScales="0" rotation="0"><Scales/>{_extent_xml("DefaultViewExtent", ext)}'
            f'{_extent_xml("PresetFullExtent", ext)}</ProjectViewSettings></qgis>\n')
