"""Layers at scale: mentions as columns, the mentions layer built and encoded chunk by chunk — each the same
records and bytes as the one-object-per-mention path it replaces."""

from __future__ import annotations

import json

import pytest

from pyanj.layers.build import build_records
from pyanj.layers.columns import MentionColumns, read_mention_columns
from pyanj.layers.encode import feature_lines
from pyanj.layers.write import _feature_lines, geojson_text
from pyanj.mention import Mention, read_mentions_jsonl

GOOD = {"doc_id": "d1", "start": 0, "end": 6, "surface": "Khorog", "sentence": "Khorog is quiet.",
        "place_id": "settlement:khorog", "name": "Khorog", "feature_type": "settlement", "country": "TJ",
        "lat": 37.49, "lon": 71.55, "precision": "settlement", "confidence": 0.9, "flags": ["x"],
        "candidates": [{"id": "a"}]}


@pytest.fixture(scope="module")
def corpus_mentions(gz, corpus):
    import pyanj
    return [m for name, text in corpus.items() for m in pyanj.geocode(text, doc_id=name, gazetteer=gz,
                                                                        date="2024-01-0" + str(len(name) % 9 + 1))]


def _jsonl(tmp_path, ms, name="m.jsonl"):
    p = tmp_path / name
    p.write_text("".join(m.to_json() + "\n" for m in ms), encoding="utf-8")
    return p


def test_columns_from_a_jsonl_are_the_columns_of_its_mentions(corpus_mentions, tmp_path):
    src = _jsonl(tmp_path, corpus_mentions)
    read = read_mention_columns([src])
    made = MentionColumns.from_mentions(read_mentions_jsonl(src))
    assert len(read) == len(made) == len(corpus_mentions) > 500
    assert read.cols == made.cols
    assert read.files == [(len({m.doc_id for m in corpus_mentions}), len(corpus_mentions))]


def test_records_from_columns_equal_records_from_mentions(corpus_mentions, gz, tmp_path):
    by_objects = build_records(corpus_mentions, gz)
    by_columns = build_records(read_mention_columns([_jsonl(tmp_path, corpus_mentions)]), gz)
    assert list(by_objects) == list(by_columns)
    for layer in by_objects:
        a, b = list(by_objects[layer]), list(by_columns[layer])
        assert [p for p, _g in a] == [p for p, _g in b], layer
        assert [None if g is None else g.wkb for _p, g in a] == [None if g is None else g.wkb for _p, g in b]


def test_mentions_layer_in_chunks_is_the_layer_at_once(corpus_mentions, gz):
    recs = build_records(corpus_mentions, gz)["mentions"]
    whole = list(recs)
    assert len(whole) == len(recs) == len(corpus_mentions)
    assert [r for chunk in recs.chunks(7) for r in chunk] == whole
    assert recs[3] == whole[3] and recs[2:5] == whole[2:5]
    # encoded by columns (in chunks of 7) = each record's dict through the json encoder
    assert [line for lines in recs.geojson_lines(7) for line in lines] == _feature_lines(whole)
    assert geojson_text("mentions", recs) == geojson_text("mentions", whole)


@pytest.mark.parametrize("values", [
    ["a", None, 'q"uote\\ \u0416 \n \u2028 \x01', ""],
    [0, -3, None, 2 ** 70],
    [1.0, 0.1 + 0.2, None, 7, -0.0, 1e-12],
    [True, False, None],
    [None, None],
    ["mixed", 1, 2.5, True, None, [1, "x"], {"k": None}],
])
def test_column_encoding_gives_the_json_encoders_bytes(values):
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
    ids = [f"f{i}" for i in range(len(values))]
    geoms = ["null"] * len(values)
    got = feature_lines([ids, values], ["id", "v"], geoms)
    want = [enc({"type": "Feature", "id": i, "properties": {"id": i, "v": v}, "geometry": None})
            for i, v in zip(ids, values)]
    assert got == want


def test_column_encoding_refuses_nan_as_the_encoder_does():
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        feature_lines([["a", "b"], [1.0, float("nan")]], ["id", "v"], ["null", "null"])


@pytest.mark.parametrize("bad", [
    '{"doc_id": "d", "start": "0", "end": 1, "surface": "x", "sentence": "x"}',
    '{"doc_id": "d", "start": 0, "end": 1, "surface": "x"}',
    '{"doc_id": "d", "start": 0, "end": 1, "surface": "x", "sentence": "x", "lat": NaN}',
    '{"doc_id": "d", "start": 0, "end": 1, "surface": "x", "sentence": "x", "flags": ["a", 3]}',
    '{"doc_id": "d", "start": 0, "end": 1, "surface": "x", "sentence": "x", "candidates": ["a"]}',
    '{"doc_id": "d", "start": true, "end": 1, "surface": "x", "sentence": "x"}',
    '[1, 2]',
    '{"doc_id": "d", "start": 0,',
])
def test_a_malformed_line_is_refused_as_read_mentions_jsonl_refuses_it(bad, tmp_path):
    p = tmp_path / "m.jsonl"
    # the bad line follows good lines of the same shape and of another, so the fast path is the one tried
    p.write_text(json.dumps(GOOD) + "\n\n" + json.dumps({**GOOD, "lat": None}) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as want:
        read_mentions_jsonl(p)
    with pytest.raises(ValueError) as got:
        read_mention_columns([p])
    assert str(got.value) == str(want.value)
    assert str(got.value).startswith(f"{p}:4: not a mention record (")


def test_unknown_keys_and_left_out_fields_read_as_from_dict_reads_them(tmp_path):
    p = tmp_path / "m.jsonl"
    rows = [GOOD, {"doc_id": None, "start": 1, "end": 2, "surface": "K", "sentence": "K.", "extra": [1]},
            {**GOOD, "lat": 37, "lon": 71, "confidence": 1}]
    p.write_text("\ufeff" + "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    want = MentionColumns.from_mentions([Mention.from_dict({k: v for k, v in r.items() if k != "extra"})
                                         for r in rows])
    got = read_mention_columns([p])
    assert got.cols == want.cols
    assert got.files == [(2, 3)]



def test_layers_progress_on_stderr_only_and_quiet_under_q(corpus_mentions, tmp_path):
    import subprocess
    import sys
    src = _jsonl(tmp_path, corpus_mentions)
    base = [sys.executable, "-m", "pyanj.cli", "layers", str(src)]
    r = subprocess.run(base + ["-o", str(tmp_path / "P"), "--progress"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "reading mentions" in r.stderr and "writing mentions.geojson" in r.stderr
    assert f"0/{len(corpus_mentions)}" in r.stderr and "building layers" in r.stderr
    assert r.stderr.rstrip().endswith(f"{len(corpus_mentions)} mentions from 6 documents: 11 layers in {tmp_path / 'P'}")
    q = subprocess.run(base + ["-o", str(tmp_path / "Q"), "-q", "--progress"], capture_output=True, text=True)
    assert (q.returncode, q.stderr) == (0, "")
    assert q.stdout == r.stdout.replace(str(tmp_path / "P"), str(tmp_path / "Q"))
    for p in (tmp_path / "P").iterdir():
        assert (tmp_path / "Q" / p.name).read_bytes() == p.read_bytes(), p.name


def test_map_progress_on_stderr_only_and_quiet_under_q(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    layers = Path(__file__).resolve().parents[1] / "layers"
    base = [sys.executable, "-m", "pyanj.cli", "map", str(layers), "--offline"]
    r = subprocess.run(base + ["-o", str(tmp_path / "p.html"), "--progress"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "reading layers" in r.stderr and "0/11" in r.stderr and "drawing the map" in r.stderr
    assert r.stderr.rstrip().endswith(f"written to {tmp_path / 'p.html'} (offline)")
    q = subprocess.run(base + ["-o", str(tmp_path / "q.html"), "-q", "--progress"], capture_output=True, text=True)
    assert (q.returncode, q.stderr, q.stdout) == (0, "", "")
    assert (tmp_path / "q.html").read_bytes() == (tmp_path / "p.html").read_bytes()


def test_bulk_bank_and_border_km_are_the_frontiers_point_by_point(gz):
    import random

    from pyanj.gazetteer.geo import frontier
    from pyanj.layers.mention_layer import PointValues
    geo = frontier(gz)
    rnd = random.Random(3)
    # the frontier's box (both banks, Uzbekistan, Pakistan, China: points inside, near and far from both)
    pts = [(round(rnd.uniform(66.5, 75.5), 6), round(rnd.uniform(35.5, 39.5), 6)) for _ in range(400)]
    pts += [(69.3, 37.2), (71.55, 37.49), (70.1, 38.45)]
    v = PointValues(pts + [None], geo, None)
    _g, km, bank, _z = v.of(pts + [None])
    assert (km[-1], bank[-1]) == (None, None)
    assert bank[:-1] == [geo.bank(x, y) for x, y in pts]
    assert {b for b in bank[:-1]} == {"AF", "TJ", None}
    assert km[:-1] == [geo.border_km(shapely_point(x, y)) for x, y in pts]


def shapely_point(x, y):
    from shapely.geometry import Point
    return Point(x, y)


@pytest.mark.parametrize("keep", ["lat", "lon"])
def test_a_coordinate_with_one_of_lat_and_lon_is_unlocated_not_a_traceback(gz, tmp_path, keep):
    """A hand-edited coordinate mention that lost one of its two numbers: no coordinates feature, its mention
    in the mentions layer without a point (it was a TypeError from rounding None)."""
    coord = dict(GOOD, doc_id="d2", surface="37.5N", name="37.5N", place_id=None, feature_type="coordinate",
                 precision="exact", lat=None, lon=None, flags=[])
    coord[keep] = 37.5 if keep == "lat" else 71.5
    p = _jsonl(tmp_path, [Mention.from_dict(GOOD), Mention.from_dict(coord)])
    for c in (read_mention_columns([p]), MentionColumns.from_mentions(read_mentions_jsonl(p))):
        recs = build_records(c, gz)
        assert "coordinates" not in recs
        rows = {props["doc_id"]: g for props, g in recs["mentions"]}
        assert rows["d2"] is None and rows["d1"] is not None
