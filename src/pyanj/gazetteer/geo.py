"""The frontier's geography, once: the AF–TJ border line, the admin polygons and the look-ups on them.

Two levels, both read once and kept:

- module functions over the bundled boundary files (``border_feature``, ``border_line``,
  ``frontier_box``, ``frontier_districts``, ``read_boundaries``): what the map base and the terrain
  profile draw, with no gazetteer needed;
- :class:`Frontier`, built from a gazetteer's polygons (``frontier(gz)`` keeps one per gazetteer):
  ``admin_at``, ``district_ids_at``, ``country_at``, ``bank``, ``border_km``, ``contains``,
  ``admin_of`` — what resolution, layers and maps ask of a point or a place.

>>> from pyanj import gazetteer
>>> from pyanj.gazetteer.geo import frontier
>>> fr = frontier(gazetteer.load())
>>> fr.country_at(37.49, 71.55), fr.bank(71.55, 37.49)
('TJ', 'TJ')
"""

from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache

import numpy as np

#: The projected CRS distances are measured in (UTM 42N covers the whole frontier).
UTM = "EPSG:32642"
#: A point further than this (km) from both countries' polygons has no bank.
BANK_MAX_KM = 5.0
#: Degrees around the AF–TJ border line that count as "the frontier" (districts drawn, initial view).
FRONTIER_MARGIN = 1.0


# -- the bundled boundary files ------------------------------------------------------------------
@lru_cache(maxsize=None)
def read_boundaries(name: str) -> tuple[dict, ...]:
    """The features of ``bundled_data/boundaries/<name>.geojson`` (empty when the file is missing)."""
    from pyanj.paths import data_dir
    path = data_dir() / "boundaries" / f"{name}.geojson"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8")).get("features", []))


def border_feature() -> dict | None:
    """The AF–TJ border's GeoJSON feature (None when the bundled file is missing)."""
    feats = read_boundaries("border_af_tj")
    return feats[0] if feats else None


@lru_cache(maxsize=1)
def border_line():
    """The AF–TJ border as a shapely (Multi)LineString in lon/lat (None when the file is missing)."""
    from shapely.geometry import shape
    f = border_feature()
    return shape(f["geometry"]) if f else None


@lru_cache(maxsize=1)
def frontier_box() -> tuple[float, float, float, float]:
    """(west, south, east, north) of the frontier: the border's bounds plus ``FRONTIER_MARGIN``."""
    line = border_line()
    w, s, e, n = line.bounds if line is not None else (67.7, 36.6, 74.9, 38.5)
    return (w - FRONTIER_MARGIN, s - FRONTIER_MARGIN, e + FRONTIER_MARGIN, n + FRONTIER_MARGIN)


@lru_cache(maxsize=1)
def frontier_districts() -> dict[str, dict]:
    """District polygons of both banks near the border: id -> {name, country, province, geom}."""
    from shapely.geometry import box, shape
    area = box(*frontier_box())
    out = {}
    for name in ("af_districts", "tj_districts"):
        for f in read_boundaries(name):
            p = f["properties"]
            g = shape(f["geometry"])
            if g.intersects(area):
                out[p["id"]] = {"name": p.get("name"), "country": p.get("country"), "province": p.get("province"),
                                "geom": g}
    return out


@lru_cache(maxsize=1)
def _to_utm():
    from pyproj import Transformer
    return Transformer.from_crs("EPSG:4326", UTM, always_xy=True)


def utm(g):
    """A lon/lat shapely geometry in ``UTM`` (metres)."""
    import shapely
    tr = _to_utm()
    return shapely.transform(g, lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))


# -- look-ups against a gazetteer's polygons -------------------------------------------------------
class Frontier:
    """The geography a gazetteer's places live in: border, districts, provinces, countries."""

    def __init__(self, gz):
        self.gz = gz
        self.border_feature = border_feature()
        self.border = border_line()
        self._memo: dict = {}
        self._contains: dict[tuple[str, str], bool] = {}
        self._by_name: dict = {}

    # (each look-up structure is built on first use: geocoding asks only for country_at)
    @cached_property
    def border_utm(self):
        return utm(self.border) if self.border is not None else None

    @cached_property
    def adm2_ids(self) -> list[str]:
        return sorted(k for k in self.gz.geoms if k.startswith(("adm2:af:", "adm2:tj:")))

    @cached_property
    def adm2_tree(self):
        import shapely
        return shapely.STRtree([self.gz.geoms[k] for k in self.adm2_ids])

    @cached_property
    def _all_adm2(self) -> list[str]:
        return [k for k in self.gz.geoms if k.startswith("adm2:")]

    @cached_property
    def _all_adm2_tree(self):
        import shapely
        return shapely.STRtree([self.gz.geoms[k] for k in self._all_adm2])

    @cached_property
    def country_utm(self) -> dict:
        out = {}
        for c in ("AF", "TJ"):
            area = self._province_union(c)
            out[c] = utm(area) if area is not None else None
        return out

    def _province_union(self, iso: str):
        """The union of a country's province polygons (None when the gazetteer has none), made once."""
        key = ("provinces", iso)
        if key not in self._memo:
            import shapely
            polys = [g for k, g in self.gz.geoms.items() if k.startswith(f"adm1:{iso.lower()}:")]
            self._memo[key] = shapely.union_all(polys) if polys else None
        return self._memo[key]

    def country_area(self, iso: str):
        """A country's outline in lon/lat: its provinces' polygons (the data extents are built from),
        else its own polygon, else None."""
        area = self._province_union(iso)
        return area if area is not None else self.gz.geoms.get(f"country:{iso.lower()}")

    def own_point(self, p) -> tuple[float, float] | None:
        """(lon, lat) of a place: its own point, else a point inside its polygon, else None."""
        if p.located:
            return p.lon, p.lat
        g = self.gz.geoms.get(p.id)
        if g is None:
            return None
        rp = g.representative_point()
        return rp.x, rp.y

    @cached_property
    def _areas(self) -> list:
        """(ISO2, prepared polygon) of provinces, then countries: finer units first."""
        import shapely
        areas = [(pid.split(":")[1].upper(), g) for prefix in ("adm1:", "country:")
                 for pid, g in self.gz.geoms.items() if pid.startswith(prefix)]
        shapely.prepare([g for _, g in areas])
        return areas

    # points ------------------------------------------------------------------------------------
    def country_at(self, lat: float, lon: float) -> str | None:
        """ISO2 of the country holding a point: province polygons first (finer), then countries."""
        import shapely
        pt = shapely.Point(lon, lat)
        for iso, g in self._areas:
            if g.contains(pt):
                return iso
        return None

    def border_km(self, g) -> float | None:
        """Distance of a lon/lat geometry to the AF–TJ border line, km (in ``UTM``)."""
        if g is None or self.border_utm is None:
            return None
        from shapely.geometry import Point
        if isinstance(g, Point):  # many mentions share a point: measure each once
            key = ("km", g.x, g.y)
            if key not in self._memo:
                self._memo[key] = round(utm(g).distance(self.border_utm) / 1000.0, 3)
            return self._memo[key]
        return round(utm(g).distance(self.border_utm) / 1000.0, 3)

    def bank(self, lon: float, lat: float) -> str | None:
        """AF or TJ: the country whose polygons hold (or lie within ``BANK_MAX_KM`` of) the point."""
        key = ("bank", lon, lat)
        if key not in self._memo:
            from shapely.geometry import Point
            p = utm(Point(lon, lat))
            d = {c: g.distance(p) / 1000.0 for c, g in self.country_utm.items() if g is not None}
            best = min(sorted(d), key=lambda c: d[c], default=None)
            self._memo[key] = best if best is not None and d[best] <= BANK_MAX_KM else None
        return self._memo[key]

    def admin_at(self, lon: float, lat: float) -> tuple[str | None, str | None]:
        """(province, district) names of the AF/TJ district holding the point, or the nearest one
        within ~2 km (crossings sit on the river, where the two countries' polygons leave gaps)."""
        from shapely.geometry import Point
        pt = Point(lon, lat)
        hits = sorted(self.adm2_tree.query(pt, predicate="intersects"))
        if not hits:
            hits = sorted(self.adm2_tree.query_nearest(pt, max_distance=0.02, all_matches=False))
        for i in hits:
            p = self.gz.places.get(self.adm2_ids[i])
            if p is not None:
                return p.admin1, p.name
        return None, None

    def district_ids_at(self, latlons) -> list[str | None]:
        """The district id whose polygon holds each (lat, lon) (None outside every district), in bulk."""
        import shapely
        if not latlons:
            return []
        pts = shapely.points([(lon, lat) for lat, lon in latlons])
        out = [None] * len(latlons)
        pi, ti = self._all_adm2_tree.query(pts, predicate="within")
        for p, t in zip(pi.tolist(), ti.tolist()):
            if out[p] is None:
                out[p] = self._all_adm2[t]
        return out

    # places ------------------------------------------------------------------------------------
    def contains(self, area, pt) -> bool:
        """Does the admin unit ``area`` (a Place) contain the point of place ``pt``?"""
        key = (area.id, pt.id)
        got = self._contains.get(key)
        if got is None:
            if area.id in pt.parents:
                got = True
            else:
                g = self.gz.geoms.get(area.id)
                if g is None or not pt.located:
                    got = False
                else:
                    from shapely.geometry import Point
                    got = bool(g.contains(Point(pt.lon, pt.lat)))
            self._contains[key] = got
        return got

    def admin_place(self, name: str | None, level: str, country: str | None):
        """The admin1/admin2 place a name stands for ("Kuf Ab", "Ishkoshim District"), or None."""
        key = (name, level, country)
        if key not in self._by_name:
            cands = self.gz.lookup(name, feature_type=level, country=country) if name else []
            self._by_name[key] = cands[0].place if cands else None
        return self._by_name[key]

    def admin_of(self, p, level: str) -> str | None:
        """The id of the admin1/admin2 polygon a place lies in: its parent ids first, else its admin name."""
        if p is None:
            return None
        prefix = "adm2:" if level == "admin2" else "adm1:"
        for par in p.parents or ():
            if par.startswith(prefix) and par in self.gz.geoms:
                return par
        name = getattr(p, level)
        if name:
            return self._polygon_by_name(name, level, p.point_country or p.mention_country)
        return None

    def _polygon_by_name(self, name, level, country):
        gz = self.gz
        for c in gz.lookup(name, feature_type=level, country=country) or gz.lookup(name, feature_type=level):
            if c.place.id in gz.geoms:
                return c.place.id
        stripped = re.sub(r"\s+(district|province|region|oblast)$", "", name, flags=re.I)
        if stripped != name:
            return self._polygon_by_name(stripped, level, country)
        return None


def frontier(gz) -> Frontier:
    """The gazetteer's :class:`Frontier`, built on first use and kept until ``gz.add``."""
    return gz.derived("frontier", lambda: Frontier(gz))
