"""places8.toml: three places across the Wakhan's southern passes, cited from pages that are no dev text;
exact mentions on sentences of our own, with the people, organisations and titles that must stay out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places8.toml"


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon, m.flags) for m in pyanj.geocode(text)]


def test_every_record_is_cited_and_located_from_a_cited_page():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == ["settlement:misgar", "region:gojal", "physical:chapursan-valley"]
    for entry in doc["place"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"]), entry["id"]
        assert "lat" in entry and any("°" in s["note"] for s in entry["sources"]), entry["id"]


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places8.md").read_text(encoding="utf-8")
    for name in ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev_ru.jsonl"):
        for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (name, url)


def test_the_places_under_their_names():
    assert _found("We crossed the Dilisang Pass to Misgar.")[-1] == (
        "Misgar", "settlement:misgar", "PK", 36.7875, 74.7667, [])
    assert _found("From Sost we drove up the Chipurson valley in Gojal.") == [
        ("Chipurson", "physical:chapursan-valley", "PK", 36.733, 74.733, []),
        ("Gojal", "region:gojal", "PK", 36.39, 74.87, [])]


def test_people_organisations_and_titles_stay_out():
    assert _found("Mr Misgar and the Gojal Foundation met Chapursan Ltd.") == []
