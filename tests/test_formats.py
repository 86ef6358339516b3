"""pyanj geocode --format geojson|geojsonseq|parquet read back by GDAL (pyogrio) and pyarrow."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = str(REPO / "src" / "pyanj" / "bundled_data" / "corpus")


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pyanj.cli", *args], capture_output=True, cwd=cwd)


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory):
    out = tmp_path_factory.mktemp("fmt") / "m.jsonl"
    assert _run("geocode", CORPUS, "-o", str(out)).returncode == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt, driver", [("geojson", "GeoJSON"), ("geojsonseq", "GeoJSONSeq")])
def test_geojson_formats_read_back_by_gdal(tmp_path, jsonl, fmt, driver):
    import pyogrio
    out = tmp_path / f"m.{fmt}"
    r = _run("geocode", CORPUS, "--format", fmt, "-o", str(out))
    assert r.returncode == 0, r.stderr
    info = pyogrio.read_info(out)
    assert (info["driver"], info["features"]) == (driver, len(jsonl))
    df = pyogrio.read_dataframe(out)
    assert list(df["place_id"].fillna("-")) == [d["place_id"] or "-" for d in jsonl]
    assert list(df["start"]) == [d["start"] for d in jsonl]
    located = [d for d in jsonl if d["lat"] is not None]
    pts = [(g.x, g.y) for g in df.geometry if g is not None]
    assert pts == [(d["lon"], d["lat"]) for d in located]
    assert len(located) < len(jsonl)  # (an unlocated mention is a feature with a null geometry)


def test_geojsonseq_is_rfc8142_and_geojson_rfc7946(tmp_path, jsonl):
    seq = _run("geocode", CORPUS, "--format", "geojsonseq").stdout.decode("utf-8")
    records = seq.split("\x1e")
    assert records[0] == "" and len(records) == len(jsonl) + 1
    assert all(r.endswith("}\n") and r.count("\n") == 1 for r in records[1:])
    first = json.loads(records[1])
    assert first["type"] == "Feature" and first["geometry"] == {"type": "Point",
                                                                 "coordinates": [jsonl[0]["lon"], jsonl[0]["lat"]]}
    assert list(first["properties"]) == [k for k in jsonl[0] if k not in ("lat", "lon")]
    fc = json.loads(_run("geocode", CORPUS, "--format", "geojson").stdout)
    assert fc["type"] == "FeatureCollection" and [f["properties"]["surface"] for f in fc["features"]] == \
        [d["surface"] for d in jsonl]


def test_parquet_stores_each_sentence_once_and_reads_back(tmp_path, jsonl):
    import pyarrow.parquet as pq

    from pyanj.outputs import read_parquet
    out = tmp_path / "m.parquet"
    r = _run("geocode", CORPUS, "--format", "parquet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert [m.to_dict() for m in read_parquet(out)] == jsonl
    table = pq.read_table(out)
    col = table.column("sentence").chunk(0)
    assert str(col.type) == "dictionary<values=string, indices=int32, ordered=0>"
    assert len(col.dictionary) == len({d["sentence"] for d in jsonl}) < len(jsonl) / 1.5
    again = tmp_path / "again.parquet"
    assert _run("geocode", CORPUS, "--format", "parquet", "-o", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_parquet_needs_a_file(tmp_path):
    r = _run("geocode", CORPUS, "--format", "parquet")
    assert (r.returncode, r.stderr.decode()) == (2, "pyanj: error: --format parquet needs -o FILE\n")


def test_layers_parquet_is_geoparquet_with_the_geojsons_features(tmp_path):
    import geopandas as gpd
    import pyarrow.parquet as pq
    src = REPO / "layers" / "mentions.geojson"
    out = tmp_path / "L"
    r = _run("layers", CORPUS, "-o", str(out), "--parquet", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    for layer in ("mentions", "districts", "crossings"):
        gj = json.loads((out / f"{layer}.geojson").read_text(encoding="utf-8"))["features"]
        df = gpd.read_parquet(out / f"{layer}.parquet")
        assert df.crs.to_epsg() == 4326
        assert list(df["id"]) == [f["id"] for f in gj]
        wkt = [None if g is None else g.wkt for g in gpd.read_file(out / f"{layer}.geojson").geometry]
        assert [None if g is None else g.wkt for g in df.geometry] == wkt
        geo = json.loads(pq.read_metadata(out / f"{layer}.parquet").metadata[b"geo"])
        assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert (out / "mentions.geojson").read_bytes() == src.read_bytes()
    again = tmp_path / "L2"
    assert _run("layers", CORPUS, "-o", str(again), "--parquet").returncode == 0
    assert (again / "mentions.parquet").read_bytes() == (out / "mentions.parquet").read_bytes()
