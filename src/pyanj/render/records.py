"""Layer records -> map data: each place feature of ``pyanj.layers`` drawn once, and honestly.

The records are ``{layer: [(properties, shapely geometry | None)]}`` as
``pyanj.layers.build.build_records`` makes them (or ``pyanj.layers.read`` reads them back).  A point
known only to a district or province is drawn as that area (else a dashed uncertainty circle),
never as a pin; the districts are shaded by the mentions counted to them.
"""

from __future__ import annotations

from collections import defaultdict

from pyanj.gazetteer.geo import frontier_districts
from pyanj.layers.read import is_false, prop, split_list
from pyanj.layers.schema import LAYER_OF_TYPE
from pyanj.render.base import to_geojson
from pyanj.render.conflicts import conflict_lines
from pyanj.render.mapdata import EXACT, MAX_FLAGS, POINT_LAYERS, RADIUS_M, MapData
from pyanj.render.quotes import doc_refs, find_quotes, mention_quotes, place_quotes

#: The feature type a place of a layer has when its record does not say (the inverse of LAYER_OF_TYPE).
TYPE_OF_LAYER = {layer: t for t, layer in LAYER_OF_TYPE.items()}
#: Layers drawn as areas or lines, each with the tolerance (degrees) its outlines are simplified to.
AREA_LAYERS = {"districts": 0.003, "provinces": 0.01, "rivers": 0.003}
#: Layers with nothing of their own to draw: every mention is in its place's popup, the border in the base.
NOT_DRAWN = ("mentions", "border")


def from_records(records: dict, gz=None) -> MapData:
    """Map data of layer records; ``gz`` (optional) lets "camps in <province>" be drawn as the province."""
    md = MapData()
    named_points: dict[str, tuple] = {}   # place name -> (lat, lon) of its symbol, for conflict lines
    coords: list[dict] = []
    rows = records.get("mentions")
    mq = mention_quotes(md, rows)
    md.skipped = _skipped(rows)
    for layer, recs in records.items():
        if layer in POINT_LAYERS:
            for props, g in recs:
                rec = _point(md, props, g, layer, mq, gz)
                if rec is None:
                    continue
                md.layers[layer].append(rec)
                named_points[rec["n"]] = tuple(rec["ll"])
                if layer == "coordinates":
                    coords.append(rec)
        elif layer in AREA_LAYERS:
            _areas(md, recs, layer, mq, named_points)
        elif layer not in NOT_DRAWN:
            _extra(md, recs, layer)
    _other_districts(md)
    md.conflicts = conflict_lines(coords, named_points, list(md.layers.values()) + [md.districts, md.provinces])
    return md


def _point(md: MapData, props: dict, g, layer: str, mq, gz) -> dict | None:
    """The place feature of a point layer's record (None when it is not drawn)."""
    if g is None or g.is_empty:
        md.unmapped.append([str(prop(props, "name", "")), layer, int(prop(props, "mention_count", 1) or 0),
                            "no geometry"])
        return None
    if "non_literal" in str(prop(props, "flags", "")) and mq and not find_quotes(mq, props, layer):
        return None      # named only figuratively: not a located place (counted in ``skipped``)
    rec = _place(md, props, layer, mq)
    prec = rec["p"]
    if g.geom_type == "Point":
        rec["ll"] = [round(g.y, 5), round(g.x, 5)]
        if prec not in EXACT and prec:
            # known only to an area: draw the area ("camps@adm1:…" names it), else a dashed circle
            rec["a"] = 1
            bare = str(prop(props, "id", "")).split("@", 1)[-1]
            area = None
            if gz is not None and bare.startswith(("adm1:", "adm2:")) and bare in gz.geoms:
                area = (bare, gz.geoms[bare])
            elif prec == "district":
                area = _district_at(g)
            if area:
                rec["g"] = md.shape(area[0], area[1], 0.003 if prec == "district" else 0.01)
            else:
                rec["r"] = RADIUS_M.get(prec, 15000)
    else:
        pt = g.representative_point()
        rec["ll"], rec["a"] = [round(pt.y, 5), round(pt.x, 5)], 1
        rec["g"] = md.shape(f"{layer}:{rec['n']}:{len(md.shapes)}", g)
    return rec


def _areas(md: MapData, recs, layer: str, mq, named_points: dict) -> None:
    """Districts, provinces and rivers the texts name, with their outlines."""
    for props, g in recs:
        if g is None or g.is_empty:
            continue
        rec = _place(md, props, layer, mq)
        rec["geo"] = to_geojson(g, AREA_LAYERS[layer], 4)
        if layer == "districts":
            rec.update(id=str(prop(props, "id", rec["n"])), own=rec["k"], pv=str(prop(props, "admin1", "") or ""),
                       pl=[], lp=_label_point(g))
            md.districts.append(rec)
        else:
            getattr(md, layer).append(rec)
        if layer != "rivers":
            pt = g.representative_point()
            named_points.setdefault(rec["n"], (round(pt.y, 5), round(pt.x, 5)))


def _extra(md: MapData, recs, layer: str) -> None:
    """Any other layer (e.g. ``frontier``): an overlay of its named outlines, off by default."""
    feats = [{"type": "Feature", "properties": {"name": str(prop(props, "name", ""))},
              "geometry": to_geojson(g, 0.003, 4)} for props, g in recs if g is not None and not g.is_empty]
    if feats:
        md.extra[layer] = {"type": "FeatureCollection", "features": feats}


def _other_districts(md: MapData) -> None:
    """The frontier's districts no text names, unshaded, so the choropleth covers both banks."""
    have = {d["id"] for d in md.districts}
    for did, info in frontier_districts().items():
        if did not in have:
            md.districts.append({"id": did, "n": info["name"] or "", "c": info["country"] or "",
                                 "pv": info["province"] or "", "k": 0, "own": 0, "v": [], "q": [], "f": [], "pl": [],
                                 "geo": to_geojson(info["geom"], 0.003, 4), "lp": _label_point(info["geom"])})


def _label_point(geom) -> list:
    """[lat, lon] inside the area, where its name is written on the map."""
    pt = geom.representative_point()
    return [round(pt.y, 4), round(pt.x, 4)]


def _district_at(pt):
    """(id, polygon) of the frontier district holding a point, or None."""
    for did, info in frontier_districts().items():
        if info["geom"].contains(pt):
            return did, info["geom"]
    return None


def _skipped(rows) -> dict:
    """Mentions the map draws nowhere, by reason (from the records of the ``mentions`` layer)."""
    out = defaultdict(int)
    if rows is None:
        return {}
    for props, _g in rows:
        if is_false(props.get("literal")):
            out["figurative (a capital for its government…)"] += 1
        elif "reference" in split_list(prop(props, "flags")):
            out["in reference lists and footnotes"] += 1
        elif prop(props, "layer"):
            continue
        elif prop(props, "feature_type") == "country":
            out["names of countries"] += 1
        else:
            out["roads, regions and unresolved names"] += 1
    return dict(out)


def _int(v, default=0) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _place(md: MapData, props: dict, layer: str, mq=None) -> dict:
    """The place feature's common keys (see ``pyanj.render.mapdata``); its position is set by the caller."""
    name = str(prop(props, "name", "") or "")
    variants = [str(v) for v in split_list(prop(props, "names_seen")) if str(v) != name][:12]
    for d, title, url in doc_refs(props):
        md.doc(d, title, url)
    flags = [str(f) for f in split_list(prop(props, "flags"))]
    try:
        conf = round(float(prop(props, "confidence", 0.0)), 2)
    except (TypeError, ValueError):
        conf = 0.0
    return {"n": name, "t": str(prop(props, "feature_type", TYPE_OF_LAYER.get(layer, layer)) or ""),
            "c": str(prop(props, "country", "") or ""), "p": str(prop(props, "precision", "") or ""),
            "k": _int(prop(props, "mention_count", 0)), "v": variants,
            "q": place_quotes(md, props, name, variants, find_quotes(mq, props, layer)),
            "f": flags[:MAX_FLAGS], "cf": conf, "ll": [0, 0], "a": 0, "r": 0, "g": -1,
            "cs": str(prop(props, "coord_source", "") or "")}
