"""pyanj layers: per-class GIS layers, their files, and QGIS reading them back."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import shape

from pyanj.cli import main
from pyanj.layers import LAYERS, build_layers, read_mentions_jsonl, write_layers
from pyanj.mention import Mention

REPO = Path(__file__).resolve().parents[1]

# -- a fixed set of mentions: every layer rule once, independent of the geocoder's tuning ----------
DOC_A = ("Trucks queued at Sherkhan-Bandar for days. Militant camps exist in Badakhshan. "
         "Camps were reported in Khwahan district. A flag flew on the bridge in Darwaz.")
DOC_B = ("The Sher Khan Bandar bridge reopened. Langar BCP stays shut. Test bridge too. TTT camps in Kuf Ab persist. "
         "The Pyanj river is high. Traders met at the Ishkashim market. Khorog is quiet. "
         "Harb Maidon hosted drills. Tajikistan protested. Location: 37.5N 71.5E. Zzyzx was mentioned.")


def _m(gz, doc, text, surface, pid=None, cue=None, date=None, flags=(), **kw):
    """A Mention of ``surface`` (first occurrence in ``text``) resolved to gazetteer place ``pid``."""
    start = text.index(surface)
    m = Mention(doc, start, start + len(surface), surface, text, cue=cue, doc_date=date,
                sentence_start=0, sentence_end=len(text), flags=list(flags), confidence=0.8, **kw)
    if pid:
        p = gz.places[pid]
        m.place_id, m.name, m.feature_type, m.country = p.id, p.name, p.feature_type, p.mention_country
        m.lat, m.lon, m.precision, m.admin1, m.admin2 = p.lat, p.lon, p.precision, p.admin1, p.admin2
        if not p.located:
            m.flags.append("unlocated")
    return m


@pytest.fixture(scope="module")
def tgz(gz):
    """The gazetteer plus one crossing known only by its district (as curation may locate the real ones)."""
    import copy

    from pyanj.gazetteer import Place
    g = copy.copy(gz)
    g.places = dict(gz.places)
    g.places["crossing:test-bridge"] = Place("crossing:test-bridge", "Test bridge", "crossing", "AF;TJ", None, None,
                                             "district", admin2="Vanj District", point_country="TJ")
    return g


@pytest.fixture(scope="module")
def mentions(tgz):
    gz = tgz
    a, b = "doc-a", "doc-b"
    ms = [
        _m(gz, a, DOC_A, "Sherkhan-Bandar", "crossing:sher-khan-bandar", date="2024-05-02"),
        _m(gz, a, DOC_A, "Badakhshan", "adm1:af:badakhshan", cue="camp", date="2024-05-02"),
        _m(gz, a, DOC_A, "Khwahan", "adm2:af:badakhshan:khwahan", cue="camp", date="2024-05-02"),
        _m(gz, a, DOC_A, "Darwaz", "adm2:af:badakhshan:darwaz", date="2024-05-02",
           related_place_id="crossing:darvaz-qalaikhumb"),
        _m(gz, b, DOC_B, "Sher Khan Bandar", "crossing:sher-khan-bandar", date="2023-01-15"),
        _m(gz, b, DOC_B, "Langar", "crossing:langar", date="2023-01-15"),
        _m(gz, b, DOC_B, "Test bridge", "crossing:test-bridge", date="2023-01-15"),
        _m(gz, b, DOC_B, "Kuf Ab", "camp:ttt-kuf-ab", date="2023-01-15"),
        _m(gz, b, DOC_B, "Pyanj", "river:panj", date="2023-01-15"),
        _m(gz, b, DOC_B, "Ishkashim", "bazaar:ishkashim", date="2023-01-15"),
        _m(gz, b, DOC_B, "Khorog", "gn:1221328", date="2023-01-15"),
        _m(gz, b, DOC_B, "Harb Maidon", "military:harb-maidon", date="2023-01-15"),
        _m(gz, b, DOC_B, "Tajikistan", "country:tj", date="2023-01-15"),
        _m(gz, b, DOC_B, "37.5N 71.5E", None, date="2023-01-15", feature_type="coordinate", lat=37.5, lon=71.5,
           precision="exact", name="37°30′N 71°30′E", country="TJ",
           flags=["coordinate_conflict: Khorog (Khorugh) is 5.2 km away"]),
        _m(gz, b, DOC_B, "Zzyzx", None, date="2023-01-15"),
    ]
    return ms


@pytest.fixture(scope="module")
def gdfs(mentions, tgz):
    return build_layers(mentions, gazetteer=tgz)


@pytest.fixture(scope="module")
def written(mentions, tgz, tmp_path_factory):
    d = tmp_path_factory.mktemp("layers") / "out"
    gpkg = d / "frontier.gpkg"
    files = write_layers(mentions, d, gazetteer=tgz, gpkg=gpkg, csv=True, qgz=d / "frontier.qgz")
    return d, gpkg, files


def _fc(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


# -- what the layers hold ---------------------------------------------------------------------------
def test_layers_present_in_order_and_counts(gdfs):
    # military: Harb Maidon has no coordinate; sources place it in Khatlon, so it sits at the province point
    assert list(gdfs) == ["districts", "provinces", "crossings", "camps", "bazaars", "military", "settlements",
                          "rivers", "coordinates", "mentions", "border", "frontier"]
    counts = {k: len(v) for k, v in gdfs.items()}
    assert counts == {"districts": 2, "provinces": 1, "crossings": 4, "camps": 3, "bazaars": 1, "military": 1,
                      "settlements": 1, "rivers": 1, "coordinates": 1, "mentions": 15, "border": 1,
                      "frontier": 35}
    mil = gdfs["military"].iloc[0]
    assert (mil["id"], mil["precision"], mil["flags"]) == ("military:harb-maidon", "province", "placed_at_province")
    for name, gdf in gdfs.items():
        assert gdf.crs.to_epsg() == 4326
        assert list(gdf.columns) == [f for f, _t, _d in LAYERS[name][1]] + ["geometry"]


def test_camps_carry_district_and_province_precision(gdfs, tgz):
    gz = tgz
    camps = gdfs["camps"].set_index("id")
    assert list(camps.index) == ["camp:ttt-khwahan", "camp:ttt-kuf-ab", "camps@adm1:af:badakhshan"]
    assert list(camps["precision"]) == ["district", "district", "province"]
    assert list(camps["where_prec"]) == [3, 3, 4]
    assert list(camps["geo_precision"]) == [2, 2, 3]
    # a "camps in Khwahan" phrase is the curated Khwahan camp, placed at the district's point
    k = camps.loc["camp:ttt-khwahan"]
    d = gz.places["adm2:af:badakhshan:khwahan"]
    assert (k["lon"], k["lat"]) == (round(d.lon, 6), round(d.lat, 6))
    assert k["admin2"] == "Khwahan" and k["names_seen"] == "Khwahan" and k["mention_count"] == 1
    assert camps.loc["camps@adm1:af:badakhshan", "name"] == "Camps in Badakhshan"
    assert camps.loc["camp:ttt-kuf-ab", "flags"] == "placed_at_district"
    # the phrase still counts as a mention of the district itself
    assert list(gdfs["districts"]["id"]) == ["adm2:af:badakhshan:darwaz", "adm2:af:badakhshan:khwahan"]


def test_crossings_evidence_and_geography(gdfs, tgz):
    c = gdfs["crossings"].set_index("id")
    assert list(c.index) == ["crossing:darvaz-qalaikhumb", "crossing:langar", "crossing:sher-khan-bandar",
                             "crossing:test-bridge"]
    # "the bridge in Darwaz" counts for the Darvaz bridge, with its sentence as evidence
    dz = c.loc["crossing:darvaz-qalaikhumb"]
    assert (dz["mention_count"], dz["names_seen"], dz["first_doc"], dz["first_sentence"]) == (1, "Darwaz", "doc-a", DOC_A)
    s = c.loc["crossing:sher-khan-bandar"]
    assert s["mention_count"] == 2 and s["doc_count"] == 2
    assert s["documents"] == "doc-a; doc-b"
    assert s["names_seen"] == "Sher Khan Bandar; Sherkhan-Bandar"
    # first = earliest document date (doc-b, 2023), last = doc-a (2024)
    assert (s["first_doc"], s["first_start"], s["first_end"]) == ("doc-b", 4, 20)
    assert (s["last_doc"], s["last_start"], s["last_end"]) == ("doc-a", 17, 32)
    assert s["first_sentence"] == DOC_B and s["last_sentence"] == DOC_A
    assert str(s["first_date"].date()) == "2023-01-15" and str(s["last_date"].date()) == "2024-05-02"
    assert s["precision"] == "exact" and s["bank"] == "AF" and s["admin1"] == "Kunduz"
    assert 0 < s["border_km"] < 2
    assert 300 < s["elevation_m"] < 400
    # curated "Ishkoshim District" is named as the district polygon is
    assert (c.loc["crossing:langar", "admin1"], c.loc["crossing:langar", "admin2"]) == ("Gorno-Badakhshan", "Ishkoshim")
    # known only by its district: placed at the district's point, and says so
    t = c.loc["crossing:test-bridge"]
    vanj = tgz.places["adm2:tj:vanj"]
    assert (t["precision"], t["flags"], t["admin1"], t["admin2"], t["bank"]) == (
        "district", "placed_at_district", "Gorno-Badakhshan", "Vanj", "TJ")
    assert (t["lon"], t["lat"], t["where_prec"], t["geo_precision"]) == (round(vanj.lon, 6), round(vanj.lat, 6), 3, 2)


def test_polygons_rivers_coordinates(gdfs):
    p = gdfs["provinces"].iloc[0]
    assert (p["id"], p["border_km"], p["bank"], p["mention_count"]) == ("adm1:af:badakhshan", 0.0, "AF", 1)
    assert gdfs["provinces"].geometry.iloc[0].geom_type == "MultiPolygon"
    r = gdfs["rivers"].iloc[0]
    assert (r["id"], r["bank"], r["border_km"]) == ("river:panj", None, 0.0)
    assert gdfs["rivers"].geometry.iloc[0].geom_type == "MultiLineString"
    c = gdfs["coordinates"].iloc[0]
    assert c["id"] == "coordinate:37.500000,71.500000"
    assert c["flags"] == "coordinate_conflict: Khorog (Khorugh) is 5.2 km away"
    assert (c["bank"], c["admin1"], c["admin2"]) == ("AF", "Badakhshan", "Shighnan")  # across from Khorog


def test_mentions_layer_is_the_evidence(gdfs):
    m = gdfs["mentions"].set_index("id")
    assert m.index[0] == "doc-a#17-32"
    assert m.loc["doc-a#67-77", "layer"] == "camps"
    dz = m.loc[m["surface"] == "Darwaz"].iloc[0]
    assert (dz["place_id"], dz["related_place_id"], dz["layer"]) == (
        "adm2:af:badakhshan:darwaz", "crossing:darvaz-qalaikhumb", "crossings")
    assert m.loc["doc-b#213-223", "layer"] is None  # Tajikistan: a country feeds no place layer
    # a place known only by its province is drawn at the province point; unresolved names stay without geometry
    assert not m.loc[m["name"] == "Harb Maidon training ground"].geometry.isna().any()
    assert m.loc[m["surface"] == "Zzyzx"].geometry.isna().all()
    # a crossing known only by its district is placed there, and says so
    lg = m.loc[m["surface"] == "Test bridge"].iloc[0]
    assert (lg["precision"], lg["flags"]) == ("district", "placed_at_district")
    assert m["literal"].dtype == "boolean"


# -- files -----------------------------------------------------------------------------------------
def test_geojson_rfc7946(written):
    d, _g, files = written
    names = sorted(p.name for p in d.glob("*.geojson"))
    assert names == sorted(f"{k}.geojson" for k in ["districts", "provinces", "crossings", "camps", "bazaars",
                                                     "military", "settlements", "rivers", "coordinates", "mentions",
                                                     "border", "frontier"])
    for p in d.glob("*.geojson"):
        raw = p.read_bytes()
        raw.decode("utf-8")
        fc = json.loads(raw)
        assert list(fc) == ["type", "name", "features"] and "crs" not in fc
        fields = [f for f, _t, _dd in LAYERS[p.stem][1]]
        for f in fc["features"]:
            assert list(f) == ["type", "id", "properties", "geometry"]
            assert f["id"] == f["properties"]["id"]
            assert list(f["properties"]) == fields
            g = f["geometry"]
            if g is None:
                continue
            flat = json.dumps(g["coordinates"])
            for num in flat.replace("[", " ").replace("]", " ").replace(",", " ").split():
                assert len(num.split(".")[-1]) <= 6 if "." in num else True
            if g["type"] in ("Polygon", "MultiPolygon"):
                for poly in shape(g).geoms if g["type"] == "MultiPolygon" else [shape(g)]:
                    assert poly.exterior.is_ccw
                    assert all(not r.is_ccw for r in poly.interiors)
        ids = [f["id"] for f in fc["features"]]
        assert len(ids) == len(set(ids))


def test_reruns_are_byte_identical(mentions, tgz, written, tmp_path):
    d, _g, _f = written
    again = tmp_path / "again"
    write_layers(list(reversed(mentions)), again, gazetteer=tgz, csv=True)
    for p in sorted(d.glob("*.geojson")) + sorted(d.glob("*.csv")):
        assert (again / p.name).read_bytes() == p.read_bytes(), p.name


def test_csv_point_layers(written):
    d, _g, _f = written
    assert sorted(p.name for p in d.glob("*.csv")) == ["bazaars.csv", "camps.csv", "coordinates.csv",
                                                         "crossings.csv", "mentions.csv", "military.csv",
                                                         "settlements.csv"]
    rows = list(csv.DictReader((d / "crossings.csv").open(encoding="utf-8", newline="")))
    assert [r["id"] for r in rows] == ["crossing:darvaz-qalaikhumb", "crossing:langar", "crossing:sher-khan-bandar",
                                       "crossing:test-bridge"]
    assert rows[2]["lat"] == "37.1946" and rows[2]["lon"] == "68.6053" and rows[2]["mention_count"] == "2"
    m = list(csv.DictReader((d / "mentions.csv").open(encoding="utf-8", newline="")))
    assert len(m) == 15 and m[0]["literal"] == "true"


def test_geopackage_types_and_styles(written):
    d, gpkg, files = written
    assert files[-2:] == [gpkg, d / "frontier.qgz"]
    con = sqlite3.connect(gpkg)
    try:
        layers = [r[0] for r in con.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type='features' ORDER BY table_name")]
        assert layers == sorted(["districts", "provinces", "crossings", "camps", "bazaars", "military",
                                 "settlements", "rivers", "coordinates", "mentions", "border", "frontier"])
        cols = {r[1]: r[2] for r in con.execute("PRAGMA table_info(crossings)")}
        assert (cols["mention_count"], cols["confidence"], cols["border_km"], cols["elevation_m"]) == (
            "MEDIUMINT", "REAL", "REAL", "REAL")
        assert (cols["first_date"], cols["name"], cols["geom"]) == ("DATE", "TEXT", "POINT")
        mcols = {r[1]: r[2] for r in con.execute("PRAGMA table_info(mentions)")}
        assert (mcols["literal"], mcols["doc_date"]) == ("BOOLEAN", "DATE")
        assert con.execute("SELECT first_date FROM crossings WHERE id='crossing:sher-khan-bandar'").fetchone() == (
            "2023-01-15",)
        styles = con.execute("SELECT f_table_name, useAsDefault, f_geometry_column, styleQML FROM layer_styles "
                             "ORDER BY f_table_name").fetchall()
        assert [s[0] for s in styles] == layers
        assert all(s[1] == 1 and s[2] == "geom" and s[3].startswith("<!DOCTYPE qgis") for s in styles)
        assert 'attr="mention_count"' in dict((s[0], s[3]) for s in styles)["districts"]
    finally:
        con.close()


def test_docs_list_every_layer_and_field():
    doc = (REPO / "docs" / "layers.md").read_text(encoding="utf-8")
    for layer, (_g, fields, _desc) in LAYERS.items():
        assert f"`{layer}`" in doc, layer
        for name, typ, _d in fields:
            assert f"| `{name}` | {typ} |" in doc, (layer, name)


# -- the command -----------------------------------------------------------------------------------
def _run(args):
    r = CliRunner().invoke(main, args)
    assert "Traceback" not in r.output
    return r


def test_cli_mentions_jsonl_force_and_overwrite(mentions, gz, tmp_path):
    d = tmp_path / "api"
    write_layers(mentions, d, gazetteer=gz)  # the command uses the real gazetteer
    src = tmp_path / "m.jsonl"
    src.write_text("".join(m.to_json() + "\n" for m in mentions), encoding="utf-8")
    assert [m.to_dict() for m in read_mentions_jsonl(src)] == [m.to_dict() for m in mentions]
    out = tmp_path / "L"
    r = _run(["layers", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    for p in d.iterdir():
        assert (out / p.name).read_bytes() == p.read_bytes(), p.name
    # an existing output is never overwritten without --force
    r = _run(["layers", str(src), "-o", str(out)])
    assert r.exit_code == 2
    assert r.stderr.strip() == f"pyanj: error: {out} exists and is not empty (use --force to overwrite)"
    # with --force, a layer that is empty now loses its old file
    (out / "military.geojson").write_text("stale", encoding="utf-8")
    only = tmp_path / "one.jsonl"
    only.write_text(mentions[0].to_json() + "\n", encoding="utf-8")
    r = _run(["layers", str(only), "-o", str(out), "--force"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["border.geojson", "border.qml", "crossings.geojson",
                                                      "crossings.qml", "frontier.geojson", "frontier.qml",
                                                      "mentions.geojson", "mentions.qml"]
    assert not list(out.glob(".*"))  # no temporary files left


def test_cli_text_input(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Trucks queued at Sherkhan-Bandar on the Afghan side.\n",
                                           encoding="utf-8")
    out = tmp_path / "L"
    r = _run(["layers", str(tmp_path / "in"), "-o", str(out), "--csv", "--gpkg", str(out / "f.gpkg")])
    assert r.exit_code == 0, r.output
    fc = _fc(out / "crossings.geojson")
    assert [f["id"] for f in fc["features"]] == ["crossing:sher-khan-bandar"]
    assert fc["features"][0]["properties"]["first_sentence"] == "Trucks queued at Sherkhan-Bandar on the Afghan side."
    assert (out / "crossings.csv").exists() and (out / "f.gpkg").exists()


def test_cli_empty_corpus_writes_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "L"
    r = _run(["layers", str(tmp_path / "empty"), "-o", str(out)])
    assert r.exit_code == 0
    assert r.stderr.strip() == "no places found in 0 documents; nothing written"
    (tmp_path / "empty" / "a.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    r = _run(["layers", str(tmp_path / "empty"), "-o", str(out)])
    assert r.exit_code == 0
    assert r.stderr.strip() == "no places found in 1 document; nothing written"
    assert not out.exists()


def test_cli_unwritable_path_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Trucks queued at Sherkhan-Bandar.\n", encoding="utf-8")
    for args in (["-o", str(blocker / "sub")], ["-o", str(tmp_path / "L"), "--gpkg", str(blocker / "x.gpkg")],
                 ["-o", str(blocker)]):
        r = _run(["layers", str(tmp_path / "a.txt"), *args])
        assert r.exit_code == 2, args
        assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("pyanj: error: "), r.stderr
    assert not (tmp_path / "L").exists()


def test_density_raster(mentions, tgz, tmp_path):
    import rasterio
    tif = tmp_path / "density.tif"
    files = write_layers(mentions, tmp_path / "L", gazetteer=tgz, density=tif)
    assert files[-1] == tif
    with rasterio.open(tif) as src:
        assert src.crs.to_epsg() == 32642 and float(src.read(1).max()) > 0


# -- the repository's layers/ ----------------------------------------------------------------------
def test_repository_layers_are_current(gz, tmp_path):
    from pyanj.resolve import geocode_documents
    from pyanj.text.load import iter_documents
    docs = list(iter_documents([str(REPO / "src" / "pyanj" / "bundled_data" / "corpus")]))
    fresh = tmp_path / "layers"
    write_layers(geocode_documents(docs, gz), fresh, gazetteer=gz, force=True)
    committed = REPO / "layers"
    want = sorted(p.name for p in fresh.iterdir())
    assert sorted(p.name for p in committed.iterdir() if p.suffix in (".geojson", ".qml")) == want, \
        "layers/ is stale: run `pyanj demo`"
    for name in want:
        assert (committed / name).read_bytes() == (fresh / name).read_bytes(), \
            f"layers/{name} is stale: run `pyanj demo`"


def test_corpus_acceptance(gz, tmp_path):
    """The issue's "done when": crossings and camps of the bundled corpus, with their evidence."""
    from pyanj.resolve import geocode_documents
    from pyanj.text.load import iter_documents
    docs = list(iter_documents([str(REPO / "src" / "pyanj" / "bundled_data" / "corpus")]))
    g = build_layers(geocode_documents(docs, gz), gazetteer=gz)
    crossings = g["crossings"].set_index("id")
    for pid in ("crossing:sher-khan-bandar", "crossing:langar", "crossing:darvaz-qalaikhumb"):
        assert pid in crossings.index, f"{pid} missing from crossings"
        assert crossings.loc[pid, "first_sentence"] and crossings.loc[pid, "first_doc"]
    assert "bridge in Darwaz" in crossings.loc["crossing:darvaz-qalaikhumb", "first_sentence"]
    assert "Langar" in crossings.loc["crossing:langar", "first_sentence"]
    assert "camps" in g, "no camps layer: the geocoder marks no 'camps in X' mention (cue='camp')"
    camps = g["camps"]
    bad = camps[camps["admin1"] == "Badakhshan"]
    assert len(bad) >= 1 and set(bad["precision"]) <= {"district", "province"}


def test_geopackage_is_byte_identical_across_runs_time_zones_and_hash_seeds(tmp_path):
    """GDAL stamps tables with the clock; pyanj writes the latest document date (or a fixed one) instead."""
    import os
    import sqlite3
    import subprocess
    import sys
    import time
    text = tmp_path / "a.txt"
    text.write_text("Trucks crossed at Sherkhan-Bandar into Kunduz. Traders reached Khorog.", encoding="utf-8")
    outs = []
    for i, (seed, tz) in enumerate([("1", "UTC"), ("77", "Asia/Dushanbe")]):
        gpkg = tmp_path / f"l{i}.gpkg"
        env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz)
        subprocess.run([sys.executable, "-m", "pyanj.cli", "layers", str(text), "-o", str(tmp_path / f"d{i}"),
                        "--gpkg", str(gpkg)], env=env, check=True, capture_output=True)
        outs.append(gpkg.read_bytes())
        time.sleep(1.1)  # (a clock stamp would now differ)
    assert outs[0] == outs[1]
    con = sqlite3.connect(tmp_path / "l0.gpkg")
    stamps = {r[0] for r in con.execute("SELECT last_change FROM gpkg_contents")}
    stamps |= {r[0] for r in con.execute("SELECT update_time FROM layer_styles")}
    con.close()
    assert stamps == {"2000-01-01T00:00:00.000Z"}
