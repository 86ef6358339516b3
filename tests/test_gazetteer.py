import csv
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from pyproj import Transformer
from shapely.geometry import Point, shape
from shapely.ops import transform

from conftest import REPO, SHARED_RAW
from pyanj.cli import main
from pyanj.gazetteer.build import build_places
from pyanj.text.normalize import join_key

TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32642", always_xy=True).transform


def _border():
    f = json.loads((REPO / "src/pyanj/bundled_data/boundaries/border_af_tj.geojson").read_text())["features"][0]
    return transform(TO_UTM, shape(f["geometry"]))


def test_sherkhan_bandar_spellings_find_the_crossing_first(gz):
    for name in ("Sherkhan-Bandar", "Sher Khan Bandar", "Shir Khan Bandar", "SHERKHAN BANDAR", "Panji Poyon"):
        c = gz.lookup(name)
        assert c, name
        assert c[0].place.feature_type in ("crossing", "settlement"), name
    assert gz.lookup("Sherkhan-Bandar")[0].place.id == "crossing:sher-khan-bandar"


def test_darwaz_is_two_districts_in_two_countries(gz):
    found = {(c.place.feature_type, c.place.country) for c in gz.lookup("Darwaz")}
    assert ("admin2", "AF") in found and ("admin2", "TJ") in found


@pytest.mark.parametrize("name,ftype,country", [
    ("Khorog", "settlement", "TJ"), ("Khorugh", "settlement", "TJ"), ("Kuf Ab", "admin2", "AF"),
    ("Koofab", "admin2", "AF"), ("Khwahan", "admin2", "AF"), ("Maimay", "admin2", "AF"), ("Maimai", "admin2", "AF"),
    ("Nusay", "admin2", "AF"), ("Nusai", "admin2", "AF"), ("Shekay", "admin2", "AF"), ("Vanj", "admin2", "TJ"),
    ("Takhar", "admin1", "AF"), ("Kunduz", "settlement", "AF"), ("Khatlon", "admin1", "TJ"), ("Sughd", "admin1", "TJ"),
    ("GBAO", "admin1", "TJ"), ("VMKB", "admin1", "TJ"), ("Gorno-Badakhshan", "admin1", "TJ"),
    ("Badakhshan", "admin1", "AF"), ("Shamsiddin Shohin", "admin2", "TJ"), ("Shuroobod", "admin2", "TJ"),
    ("Dushanbe", "settlement", "TJ"), ("Kabul", "settlement", "AF"), ("Panjshir", "admin1", "AF"),
    ("Fayzabad", "settlement", "AF"),
])
def test_required_places_are_known(gz, name, ftype, country):
    got = {(c.place.feature_type, c.place.country) for c in gz.lookup(name)}
    assert (ftype, country) in got, (name, got)


@pytest.mark.parametrize("name,banks", [("Sheghnan", {"AF", "TJ"}), ("Shighnan", {"AF", "TJ"}),
                                        ("Ishkashim", {"AF", "TJ"}), ("Eshkashem", {"AF"}), ("Ishkoshim", {"TJ"})])
def test_both_bank_names(gz, name, banks):
    got = {c.place.country for c in gz.lookup(name) if c.place.feature_type in ("admin2", "settlement")}
    assert banks <= got, (name, got)


@pytest.mark.parametrize("name,ftype", [
    ("Panj", "river"), ("Pyanj", "river"), ("Amu Darya", "river"), ("Pamir River", "river"),
    ("Pamir Highway", "road"), ("Kabul International Airport", "military"), ("Langar", "crossing"), ("Rasht Valley", "physical"),
    ("Harb Maidon", "military"), ("Wakhan Corridor", "physical"),
    ("Tem", "crossing"), ("Ruzvai", "bazaar"), ("Central Asia", "region"),
])
def test_named_features_exist(gz, name, ftype):
    got = {c.place.feature_type for c in gz.lookup(name)}
    assert ftype in got, (name, got)


def test_every_district_and_province_of_both_countries(gz):
    assert sum(p.feature_type == "admin2" and p.country == "AF" for p in gz.places.values()) == 398
    assert sum(p.feature_type == "admin2" and p.country == "TJ" for p in gz.places.values()) == 58
    assert sum(p.feature_type == "admin1" and p.country == "AF" for p in gz.places.values()) == 34
    assert sum(p.feature_type == "admin1" and p.country == "TJ" for p in gz.places.values()) == 5


def test_crossings_lie_on_the_border(gz):
    border = _border()
    for p in gz.places.values():
        if p.feature_type != "crossing" or not p.located or "AF" not in p.countries or "TJ" not in p.countries:
            continue
        d = border.distance(Point(TO_UTM(p.lon, p.lat))) / 1000
        assert d <= 5 or (p.note and "km" in p.note), f"{p.id} is {d:.1f} km from the border with no reason given"


def test_district_points_inside_their_polygons(gz):
    for p in gz.places.values():
        if p.feature_type in ("admin1", "admin2") and p.id in gz.geoms:
            assert gz.geoms[p.id].contains(Point(p.lon, p.lat)), p.id


def test_places_lie_in_the_country_they_claim(gz):
    """AF/TJ points against the union of that country's district polygons, within 5 km (generalisation)."""
    from shapely.ops import unary_union
    polys = {c: transform(TO_UTM, unary_union([g for pid, g in gz.geoms.items() if pid.startswith(f"adm2:{c.lower()}:")]))
             for c in ("AF", "TJ")}
    bad = []
    for p in gz.places.values():
        if not p.located or p.country not in polys or p.feature_type in ("country", "river", "region"):
            continue
        d = polys[p.country].distance(Point(TO_UTM(p.lon, p.lat))) / 1000
        if d > 5:
            bad.append((p.id, round(d, 1)))
    assert bad == []


def test_every_curated_entry_has_a_source(gz):
    for p in gz.places.values():
        if p.curated:
            assert p.sources and all(s.url or (s.dataset and s.id) or s.dataset for s in p.sources), p.id
        if not p.located:
            assert p.unlocated_reason, p.id


def test_shared_aliases_are_real_homonyms_not_duplicates(gz):
    """Two entries sharing a name must differ in type or country or lie apart: else they are one place twice."""
    from pyanj.gazetteer import haversine_km
    dupes = []
    for key, ids in gz.ambiguous_aliases().items():
        ps = [gz.places[i] for i in ids]
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                if a.feature_type == b.feature_type and a.country == b.country and a.located and b.located \
                        and haversine_km(a.lat, a.lon, b.lat, b.lon) < 2:
                    dupes.append((key, a.id, b.id))
    assert dupes == []


def test_ids_are_stable_across_rebuilds(gz):
    places, _ = build_places(REPO / "src" / "pyanj" / "bundled_data")
    assert [p.id for p in places] == sorted(gz.places)
    for pid in ("adm2:af:badakhshan:kuf-ab", "adm2:tj:darvoz", "adm1:tj:gorno-badakhshan-autonomous",
                "country:af", "river:panj", "gn:1221328", "crossing:sher-khan-bandar"):
        assert pid in gz.places


def test_normalisation_equates_spellings():
    assert join_key("Sherkhan-Bandar") == join_key("Sher Khan Bandar") == join_key("sher  khan bandar")
    assert join_key("Harb Maidān") == join_key("Harb Maidan")
    assert join_key("Roshtqal’a") == join_key("Roshtqala")


def test_cli_lookup_json_shape():
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Sherkhan-Bandar", "--json"])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert list(data[0]) == ["id", "name", "feature_type", "country", "lat", "lon", "precision", "aliases", "sources"]
    assert data[0]["id"] == "crossing:sher-khan-bandar"


def test_cli_lookup_unknown_and_bad_arguments():
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Qwertyzxcv", "--json"])
    assert r.exit_code == 0 and json.loads(r.output) == []
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "gazetteer", "lookup"], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "gazetteer", "export", "-o", "/tmp/x.txt"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_export_geojson_and_csv(tmp_path, gz):
    g, c = tmp_path / "g.geojson", tmp_path / "g.csv"
    assert CliRunner().invoke(main, ["gazetteer", "export", "-o", str(g)]).exit_code == 0
    assert CliRunner().invoke(main, ["gazetteer", "export", "-o", str(c)]).exit_code == 0
    feats = json.loads(g.read_text())["features"]
    assert len(feats) == len(gz.places)
    rows = list(csv.DictReader(c.open()))
    assert len(rows) == len(gz.places) and rows[0]["id"] == feats[0]["id"]


def test_cli_stats_counts(gz):
    r = CliRunner().invoke(main, ["gazetteer", "stats", "--json"])
    s = json.loads(r.output)
    assert s["places"] == len(gz.places) and s["by_type"]["admin2"] == 457  # (Kizilsu prefecture, places14.toml, the 457th)


@pytest.mark.skipif(not SHARED_RAW.exists(), reason="../shared/data/raw is not beside the repository")
def test_committed_data_matches_a_rebuild(tmp_path):
    out = tmp_path / "data"
    r = subprocess.run([sys.executable, "-m", "pyanj.data.build", "--raw", str(SHARED_RAW), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    for f in sorted(out.rglob("*")):
        if f.is_file():
            committed = REPO / "src" / "pyanj" / "bundled_data" / f.relative_to(out)
            assert committed.read_bytes() == f.read_bytes(), f"{committed} differs from a rebuild"


def test_data_is_small():
    total = sum(f.stat().st_size for f in (REPO / "src" / "pyanj" / "bundled_data").rglob("*") if f.is_file())
    assert total < 15 * 1024 * 1024


def test_cli_lookup_filters_are_case_insensitive_and_validated():
    from click.testing import CliRunner

    from pyanj.cli import main
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Ishkashim", "--type", "Settlement", "--country", "af",
                                  "--json"])
    assert r.exit_code == 0
    import json
    assert {(c["feature_type"], c["country"]) for c in json.loads(r.output)} == {("settlement", "AF")}
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Ishkashim", "--type", "town"])
    assert (r.exit_code, r.output.splitlines()[-1]) == (
        2, "pyanj: error: unknown --type 'town': one of country, admin1, admin2, settlement, river, physical, "
           "crossing, bazaar, military, camp, road, region, facility")
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "Ishkashim", "--country", "xx"])
    assert (r.exit_code, r.output.splitlines()[-1]) == (
        2, "pyanj: error: unknown --country 'XX': an ISO2 code of a country the gazetteer holds")
