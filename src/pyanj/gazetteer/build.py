"""Assemble the gazetteer's places from the bundled data and the curated files.

Sources, in order: countries (Natural Earth polygons, countryinfo points for the
rest of the world), Afghan provinces and districts (geoBoundaries/AIMS 2014),
Tajik regions and districts (geoBoundaries/OSM), GeoNames populated places of
the frontier window, large world cities (GeoNames), Natural Earth rivers, then
every ``data/gazetteer/*.toml`` file: new curated places and patches to the
dataset places (extra aliases, renamed polygons).
"""

from __future__ import annotations

import csv
import re
import json
import math
import tomllib
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

from pyanj.gazetteer.model import FEATURE_TYPES, PRECISIONS, Alias, Place, Source
from pyanj.text.normalize import join_key, script_of

BOUNDARY_FILES = {
    "countries": "countries.geojson",
    "af_provinces": "af_provinces.geojson",
    "tj_regions": "tj_regions.geojson",
    "af_districts": "af_districts.geojson",
    "tj_districts": "tj_districts.geojson",
    "rivers": "rivers.geojson",
    "border_af_tj": "border_af_tj.geojson",
}

#: Rivers and features Natural Earth draws along or across the AF–TJ border.
_BORDER_RIVERS = {"river:panj": "AF;TJ", "river:pamir": "AF;TJ", "river:amu-darya": "AF;TJ;TM;UZ"}


class GazetteerDataError(ValueError):
    """A curated file or bundled dataset is malformed."""


def read_features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _alias(name: str, lang: str | None = None) -> Alias:
    return Alias(name=name, lang=lang, script=script_of(name))


def _aliases(names, lang=None) -> list[Alias]:
    seen, out = set(), []
    for n in names:
        n = " ".join(str(n).split())
        if n and n not in seen:
            seen.add(n)
            out.append(_alias(n, lang))
    return out


def _inside_point(geom) -> shapely.Point:
    """The centroid when it falls inside; else the point inside the polygon nearest the centroid.

    A long province such as Badakhshan (with the Wakhan) has its centroid just outside its
    own outline; shapely's representative point would then land far from the centre.
    """
    c = geom.centroid
    if geom.contains(c):
        return c
    inner = geom.buffer(-0.01)
    target = inner if not inner.is_empty else geom
    from shapely.ops import nearest_points
    p = nearest_points(target, c)[0]
    return p if geom.contains(p) else geom.representative_point()


class _AdminIndex:
    """Point-in-polygon lookup of the district and province containing a point."""

    def __init__(self, districts: list[tuple[str, str, str | None, object]], provinces: dict[str, tuple[str, object]]):
        self.districts = districts
        self.provinces = provinces
        self.tree = shapely.STRtree([d[3] for d in districts])
        self.prov_ids = list(provinces)
        self.prov_tree = shapely.STRtree([provinces[p][1] for p in self.prov_ids])

    def locate(self, lon: float, lat: float) -> tuple[str | None, str | None]:
        """(district id, province id) containing the point, or (None, None)."""
        pt = shapely.Point(lon, lat)
        for i in self.tree.query(pt, predicate="within"):
            did, _name, pid, _g = self.districts[int(i)]
            return did, pid
        for i in self.prov_tree.query(pt, predicate="within"):  # e.g. Dushanbe: a region with no districts
            return None, self.prov_ids[int(i)]
        return None, None


def build_places(data_dir: Path) -> tuple[list[Place], dict[str, object]]:
    """Every place, and the polygons/lines by id (for point-in-polygon and layers)."""
    b = data_dir / "boundaries"
    g = data_dir / "gazetteer"
    places: dict[str, Place] = {}
    geoms: dict[str, object] = {}

    def add(p: Place) -> None:
        if p.id in places:
            raise GazetteerDataError(f"duplicate place id {p.id}")
        places[p.id] = p

    # Countries.
    areas: dict[str, float] = {}
    ne = {f["id"]: f for f in read_features(b / BOUNDARY_FILES["countries"])}
    with open(g / "world_countries.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            cid = f"country:{row['iso2'].lower()}"
            alts = [a for a in row["alternatenames"].split("|") if a]
            if cid in ne:
                geom = shape(ne[cid]["geometry"])
                geoms[cid] = geom
                pt = _inside_point(geom)
                lat, lon = round(pt.y, 6), round(pt.x, 6)
                src = [Source("Natural Earth 1:50m admin 0 countries", ne[cid]["properties"]["source_id"],
                              note="point inside the polygon")]
                ref = f"countries#{cid}"
            elif row["lat"]:
                lat, lon, ref = float(row["lat"]), float(row["lon"]), None
                src = [Source("countryinfo 1.0.1 (mledoze/countries)", row["iso3"], note="country's latlng point")]
            else:
                lat = lon = ref = None
                src = []
            reason = None if lat is not None else "no representative point in the bundled country data"
            src.append(Source("GeoNames", row["geonameid"], url=f"https://www.geonames.org/{row['geonameid']}"))
            areas[row["iso2"]] = float(row.get("area_km2") or 0)
            add(Place(cid, row["name"], "country", row["iso2"], lat, lon, "country",
                      aliases=_aliases([row["name"], *alts], "en"), sources=src, geometry_ref=ref,
                      population=int(row["population"] or 0), unlocated_reason=reason))

    # Provinces and regions.
    provinces: dict[str, tuple[str, object]] = {}
    for key, iso in (("af_provinces", "AF"), ("tj_regions", "TJ")):
        for f in read_features(b / BOUNDARY_FILES[key]):
            p = f["properties"]
            geom = shape(f["geometry"])
            geoms[f["id"]] = geom
            pt = _inside_point(geom)
            name = p["name"]
            short = name.removesuffix(" Region").removesuffix(" Autonomous")
            names = [short, name]
            provinces[f["id"]] = (short, geom)
            add(Place(f["id"], short, "admin1", iso, round(pt.y, 6), round(pt.x, 6), "province",
                      aliases=_aliases(names, "en"), sources=[Source(p["source"], p["source_id"])],
                      parents=[f"country:{iso.lower()}"], admin1=short, geometry_ref=f"{key}#{f['id']}"))

    # Districts.
    districts = []
    for key, iso in (("af_districts", "AF"), ("tj_districts", "TJ")):
        for f in read_features(b / BOUNDARY_FILES[key]):
            p = f["properties"]
            geom = shape(f["geometry"])
            geoms[f["id"]] = geom
            pt = _inside_point(geom)
            short = p["name"].removesuffix(" District")
            pid = p.get("province_id")
            districts.append((f["id"], short, pid, geom))
            add(Place(f["id"], short, "admin2", iso, round(pt.y, 6), round(pt.x, 6), "district",
                      aliases=_aliases([short, p["name"]], "en"), sources=[Source(p["source"], p["source_id"])],
                      parents=[x for x in (pid, f"country:{iso.lower()}") if x],
                      admin1=provinces[pid][0] if pid in provinces else None, admin2=short,
                      geometry_ref=f"{key}#{f['id']}"))
    admin = _AdminIndex(districts, provinces)

    def settle(pl: Place) -> None:
        """Fill a point place's parents and admin names from the polygons that contain it."""
        if not pl.located:
            return
        did, pid = admin.locate(pl.lon, pl.lat)
        if did:
            dname = next(d[1] for d in districts if d[0] == did)
            pl.admin2 = pl.admin2 or dname
            pl.parents = [x for x in (did, pid) if x] + [x for x in pl.parents if x not in (did, pid)]
        elif pid:
            pl.parents = [pid] + [x for x in pl.parents if x != pid]
        if pid:
            pl.admin1 = pl.admin1 or provinces[pid][0]
        if pl.country and ";" in pl.country and did:
            pl.point_country = did.split(":")[1].upper()

    # GeoNames places of the frontier window.
    with open(g / "geonames.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            pop = int(row["population"] or 0)
            alts = [a for a in row["alternatenames"].split("|") if a]
            pl = Place(f"gn:{row['geonameid']}", row["name"], "settlement", row["country"], float(row["lat"]),
                       float(row["lon"]), "settlement", aliases=_aliases([row["name"], *alts]),
                       sources=[Source("GeoNames cities500", row["geonameid"],
                                       url=f"https://www.geonames.org/{row['geonameid']}")],
                       parents=[f"country:{row['country'].lower()}"], population=pop, weak=pop < 5000)
            settle(pl)
            add(pl)

    # Large world cities (GeoNames lists some cities twice: keep the first of a name within 5 km).
    seen_city: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with open(g / "world_cities.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            pid = f"gn:{row['geonameid']}"
            if pid in places:
                continue
            k, ll = (join_key(row["name"]), row["country"]), (float(row["lat"]), float(row["lon"]))
            if any(haversine_km(*ll, *o) < 5 for o in seen_city.get(k, [])):
                continue
            seen_city.setdefault(k, []).append(ll)
            pop = int(row["population"] or 0)
            capital = row["capital"] == "1"
            pl = Place(pid, row["name"], "settlement", row["country"], float(row["lat"]), float(row["lon"]),
                       "settlement", aliases=_aliases([row["name"]]),
                       sources=[Source("GeoNames cities15000", row["geonameid"],
                                       url=f"https://www.geonames.org/{row['geonameid']}")],
                       parents=[f"country:{row['country'].lower()}"], population=pop,
                       weak=not capital and pop < 1_000_000)
            settle(pl)
            add(pl)

    # Rivers.
    country_geoms = {cid: geoms[cid] for cid in geoms if cid.startswith("country:")}
    for f in read_features(b / BOUNDARY_FILES["rivers"]):
        geom = shape(f["geometry"])
        geoms[f["id"]] = geom
        pt = geom.interpolate(0.5, normalized=True)
        crossed = sorted(cid.split(":")[1].upper() for cid, cg in country_geoms.items() if cg.intersects(geom))
        country = _BORDER_RIVERS.get(f["id"]) or (";".join(crossed) if crossed else None)
        name = f["properties"]["name"]
        add(Place(f["id"], name, "river", country, round(pt.y, 6), round(pt.x, 6), "region",
                  aliases=_aliases([name, f"{name} River"], "en"),
                  sources=[Source(f["properties"]["source"], f["id"], note="point halfway along the line")],
                  geometry_ref=f"rivers#{f['id']}"))

    # Curated files.
    docs = []
    for path in sorted(g.glob("*.toml")):
        try:
            docs.append((path, tomllib.loads(path.read_text(encoding="utf-8"))))
        except tomllib.TOMLDecodeError as e:
            raise GazetteerDataError(f"{path.name}: {e}") from None
    for path, doc in docs:  # new places first, then the patches that may refer to them
        _apply_curated(path, doc, places, settle, geoms, "place")
    for path, doc in docs:
        _apply_curated(path, doc, places, settle, geoms, "patch")
    _locate_by_members(places, areas)

    _add_transliteration_variants(places)
    _apply_stopnames(g / "stopnames.txt", places)
    return sorted(places.values(), key=lambda p: p.id), geoms


def _sources(items, where: str) -> list[Source]:
    out = []
    for s in items or []:
        if isinstance(s, str):
            s = {"url": s}
        if not isinstance(s, dict):
            raise GazetteerDataError(f"{where}: a source must be a table or a URL string")
        out.append(Source(s.get("dataset"), None if s.get("id") is None else str(s.get("id")), s.get("url"), s.get("note")))
    return out


def _curated_aliases(items, where: str) -> list[Alias]:
    out = []
    for a in items or []:
        if isinstance(a, str):
            out.append(_alias(a))
        elif isinstance(a, dict) and "name" in a:
            out.append(_alias(a["name"], a.get("lang")))
        else:
            raise GazetteerDataError(f"{where}: an alias must be a string or a table with a name")
    return out


def _apply_curated(path: Path, doc: dict, places: dict[str, Place], settle, geoms, kind: str) -> None:
    for i, entry in enumerate(doc.get("place", []) if kind == "place" else []):
        where = f"{path.name} place {entry.get('id', i)}"
        for key in ("id", "name", "feature_type"):
            if key not in entry:
                raise GazetteerDataError(f"{where}: missing '{key}'")
        ftype = entry["feature_type"]
        if ftype not in FEATURE_TYPES:
            raise GazetteerDataError(f"{where}: unknown feature_type {ftype!r}")
        precision = entry.get("precision", "exact")
        if precision not in PRECISIONS:
            raise GazetteerDataError(f"{where}: unknown precision {precision!r}")
        lat, lon = entry.get("lat"), entry.get("lon")
        if (lat is None) != (lon is None):
            raise GazetteerDataError(f"{where}: give both lat and lon, or neither")
        if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerDataError(f"{where}: coordinate out of range")
        sources = _sources(entry.get("sources"), where)
        aliases = _aliases([entry["name"]]) + _curated_aliases(entry.get("aliases"), where)
        pid = entry["id"]
        old = places.get(pid)
        if old is not None and not old.curated:
            # a curated entry for a dataset place (e.g. gn:<id>): merge, the curated word wins
            old.aliases = _merge_aliases(old.aliases, aliases)
            old.sources = sources + old.sources
            old.name, old.feature_type, old.curated, old.weak = entry["name"], ftype, True, False
            old.precision = precision
            if lat is not None:
                old.lat, old.lon = float(lat), float(lon)
            old.note = entry.get("note") or old.note
            if entry.get("country"):
                old.country = entry["country"]
            if entry.get("point_country"):
                old.point_country = entry["point_country"]
            continue
        if old is not None:
            raise GazetteerDataError(f"{where}: id defined twice")
        country = entry.get("country") or None
        pl = Place(pid, entry["name"], ftype, country, None if lat is None else float(lat),
                   None if lon is None else float(lon), precision, aliases=_merge_aliases([], aliases),
                   sources=sources, note=entry.get("note"), unlocated_reason=entry.get("unlocated_reason"),
                   curated=True, point_country=entry.get("point_country"),
                   parents=[f"country:{c.lower()}" for c in (country or "").split(";") if c])
        if entry.get("district"):
            pl.admin2 = entry["district"]
        if entry.get("admin1"):
            pl.admin1 = entry["admin1"]
        if entry.get("members"):
            pl.members = list(entry["members"])
        if pl.located:
            settle(pl)
        elif not pl.unlocated_reason:
            pl.unlocated_reason = "no cited source locates it"
        places[pid] = pl

    for i, entry in enumerate(doc.get("patch", []) if kind == "patch" else []):
        where = f"{path.name} patch {entry.get('id', i)}"
        pid = entry.get("id")
        if pid not in places:
            raise GazetteerDataError(f"{where}: no place with id {pid!r} to patch")
        pl = places[pid]
        if entry.get("name"):
            pl.name = entry["name"]
            pl.aliases = _merge_aliases(pl.aliases, [_alias(entry["name"])])
        pl.aliases = _merge_aliases(pl.aliases, _curated_aliases(entry.get("aliases"), where))
        if entry.get("weak_aliases"):
            pl.weak_aliases = sorted(set(pl.weak_aliases) | {join_key(a) for a in entry["weak_aliases"]})
            pl.aliases = _merge_aliases(pl.aliases, [_alias(a) for a in entry["weak_aliases"]])
        remove = {join_key(a) for a in entry.get("remove_aliases", [])}
        if remove:
            pl.aliases = [a for a in pl.aliases if join_key(a.name) not in remove]
        pl.sources = pl.sources + _sources(entry.get("sources"), where)
        if entry.get("note"):
            pl.note = (pl.note + " " if pl.note else "") + entry["note"]
        if entry.get("feature_type"):
            pl.feature_type = entry["feature_type"]
        if entry.get("country"):
            pl.country = entry["country"]
        if entry.get("members"):
            pl.members = list(entry["members"])
        if entry.get("precision"):
            pl.precision = entry["precision"]
        if entry.get("admin1"):
            pl.admin1 = entry["admin1"]
        if entry.get("confluence"):
            _locate_at_confluence(pl, entry["confluence"], geoms, where)
            settle(pl)
        if entry.get("union"):
            _locate_in_union(pl, entry["union"], geoms, where)
        if entry.get("lat") is not None and entry.get("lon") is not None:
            if not entry.get("sources"):
                raise GazetteerDataError(f"{where}: a coordinate needs a source")
            pl.lat, pl.lon = float(entry["lat"]), float(entry["lon"])
            pl.unlocated_reason = None
            settle(pl)
        pl.curated = True
        pl.weak = False


def _locate_at_confluence(pl: Place, rivers: list[str], geoms: dict, where: str) -> None:
    """Place a point where two bundled river lines meet (e.g. Langar, where the Pamir and the
    Wakhan rivers form the Panj): a coordinate derived from the data, with the cited description."""
    try:
        a, b = (geoms[r] for r in rivers)
    except KeyError as e:
        raise GazetteerDataError(f"{where}: no river line {e.args[0]!r} for the confluence") from None
    pt = a.intersection(b)
    if pt.is_empty:
        raise GazetteerDataError(f"{where}: {rivers[0]} and {rivers[1]} do not meet")
    pt = pt if pt.geom_type == "Point" else pt.centroid
    pl.lat, pl.lon = round(pt.y, 6), round(pt.x, 6)
    pl.unlocated_reason = None
    pl.note = ((pl.note + " ") if pl.note else "") + (
        f"Point: the confluence of {rivers[0]} and {rivers[1]} in the bundled Natural Earth lines.")


def _locate_in_union(pl: Place, ids: list[str], geoms: dict, where: str) -> None:
    """A region made of bundled polygons (historical Badakhshan = Afghan Badakhshan + GBAO) is placed
    at the centre of their union, and keeps the union as its geometry."""
    try:
        parts = [geoms[i] for i in ids]
    except KeyError as e:
        raise GazetteerDataError(f"{where}: no polygon {e.args[0]!r} for the union") from None
    u = unary_union(parts)
    pt = _inside_point(u)
    pl.lat, pl.lon = round(pt.y, 6), round(pt.x, 6)
    pl.unlocated_reason = None
    geoms[pl.id] = u
    pl.note = ((pl.note + " ") if pl.note else "") + "Point: centre of the union of " + ", ".join(ids) + "."


def _locate_by_members(places: dict[str, Place], areas: dict[str, float]) -> None:
    """A macro-region defined by its member countries (e.g. UN M49 Central Asia) is placed at the
    area-weighted mean of their points: derived from the data, never typed in."""
    for pl in places.values():
        if pl.located or not pl.members:
            continue
        pts = [(places[f"country:{c.lower()}"], areas.get(c, 0.0)) for c in pl.members
               if f"country:{c.lower()}" in places and places[f"country:{c.lower()}"].located]
        w = sum(a for _, a in pts)
        if not pts or w <= 0:
            continue
        pl.lat = round(sum(p.lat * a for p, a in pts) / w, 6)
        pl.lon = round(sum(p.lon * a for p, a in pts) / w, 6)
        pl.precision = "region"
        pl.unlocated_reason = None
        pl.note = ((pl.note + " ") if pl.note else "") + (
            "Point: area-weighted mean of the member countries' points (" + ", ".join(pl.members) + ").")


_OBOD = re.compile(r"obod\b", re.I)


def _add_transliteration_variants(places: dict[str, Place]) -> None:
    """Tajik "-obod" is written "-abad" in English and Russian texts ("Muminobod" = "Muminabad")."""
    for pl in places.values():
        if "TJ" not in pl.countries or pl.feature_type == "country":
            continue
        extra = [_OBOD.sub(lambda m: "abad" if m.group(0).islower() else "Abad", a.name)
                 for a in pl.aliases if a.script == "Latn" and _OBOD.search(a.name)]
        if extra:
            pl.aliases = _merge_aliases(pl.aliases, [_alias(x) for x in extra])


def _merge_aliases(old: list[Alias], new: list[Alias]) -> list[Alias]:
    seen = {a.name for a in old}
    out = list(old)
    for a in new:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _apply_stopnames(path: Path, places: dict[str, Place]) -> None:
    """Drop dataset aliases that are ordinary words or person names (curated aliases are kept)."""
    if not path.exists():
        return
    stop = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            stop.add(join_key(line))
    for pl in places.values():
        if pl.curated:
            continue
        pl.aliases = [a for a in pl.aliases if join_key(a.name) not in stop]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


__all__ = ["build_places", "GazetteerDataError", "haversine_km"]
