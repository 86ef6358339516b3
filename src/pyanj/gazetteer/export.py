"""Export the gazetteer as GeoJSON (RFC 7946) or CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pyanj.io import atomic_write_text


def export(gz, path: Path) -> int:
    """Write every place to ``path`` (.geojson/.json or .csv); returns the number of places."""
    ext = path.suffix.lower()
    places = sorted(gz.places.values(), key=lambda p: p.id)
    if ext in (".geojson", ".json"):
        feats = []
        for p in places:
            props = p.to_dict()
            props.update({"admin1": p.admin1, "admin2": p.admin2, "parents": p.parents,
                          "point_country": p.point_country, "unlocated_reason": p.unlocated_reason, "note": p.note,
                          "aliases": [a.to_dict() for a in p.aliases]})
            geom = {"type": "Point", "coordinates": [round(p.lon, 6), round(p.lat, 6)]} if p.located else None
            feats.append({"type": "Feature", "id": p.id, "properties": props, "geometry": geom})
        body = "\n".join(['{"type":"FeatureCollection","features":['] + [
            json.dumps(f, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(feats) - 1 else "")
            for i, f in enumerate(feats)] + ["]}"]) + "\n"
    elif ext == ".csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", "feature_type", "country", "lat", "lon", "precision", "admin1", "admin2",
                    "aliases", "sources", "unlocated_reason"])
        for p in places:
            w.writerow([p.id, p.name, p.feature_type, p.country or "", "" if p.lat is None else f"{p.lat:.6f}",
                        "" if p.lon is None else f"{p.lon:.6f}", p.precision, p.admin1 or "", p.admin2 or "",
                        "|".join(a.name for a in p.aliases),
                        " ; ".join(" ".join(x for x in (s.dataset, s.id, s.url) if x) for s in p.sources),
                        p.unlocated_reason or ""])
        body = buf.getvalue()
    else:
        raise ValueError(f"cannot export to {path.name}: use a .geojson or .csv file name")
    atomic_write_text(path, body)
    return len(places)
