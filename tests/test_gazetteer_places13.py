"""places13.toml: the Persian names of the Little and Big Pamir in their other romanisations, cited from pages
that are no dev text; exact mentions on sentences of our own, with the bare "Pamir" kept the range."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places13.toml"
LITTLE = ("physical:little-pamir", "AF", 37.267, 74.283)
BIG = ("physical:big-pamir", "AF", 37.4, 73.617)


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon) for m in pyanj.geocode(text)]


def test_patches_only_cited_names_and_no_coordinate():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert "place" not in doc
    assert [e["id"] for e in doc["patch"]] == [LITTLE[0], BIG[0]]
    for e in doc["patch"]:
        assert "lat" not in e and "lon" not in e and e["sources"]
        assert all(s["url"].startswith(("https://", "http://")) for s in e["sources"])


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places13.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_little_pamir_under_its_persian_names():
    assert _found("We camped two nights in the Pamir Khurd.") == [("Pamir Khurd",) + LITTLE]
    assert _found("Yaks graze the Pamir-i-Khurd in summer.") == [("Pamir-i-Khurd",) + LITTLE]


def test_the_big_pamir_under_its_persian_names():
    assert _found("Kyrgyz herders live in the Pamir-i-Buzurg.") == [("Pamir-i-Buzurg",) + BIG]
    assert _found("Pamir Kalan lies higher.") == [("Pamir Kalan",) + BIG]


def test_the_bare_name_and_people_are_not_the_valleys():
    assert [m.place_id for m in pyanj.geocode("The Pamir is the roof of the world.")] == ["physical:pamir-mountains"]
    assert _found("Khurd Khan and Kalan Bibi met in the bazaar.") == []
