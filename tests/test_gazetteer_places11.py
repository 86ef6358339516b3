"""places11.toml: Ismoil Somoni Peak under its current and former names, cited from pages that are no dev text;
exact mentions on sentences of our own, with the ruler, the ideology, the person and the other peak kept out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places11.toml"
PEAK = ("physical:ismoil-somoni-peak", "TJ", 38.94333, 72.01611)


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon) for m in pyanj.geocode(text)]


def test_the_record_is_cited_and_located_from_a_cited_page():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == [PEAK[0]]
    entry = doc["place"][0]
    assert all(s["url"].startswith("https://") for s in entry["sources"])
    assert "38°56′36″N 72°00′58″E (38.94333; 72.01611)" in entry["sources"][0]["note"]
    assert (entry["lat"], entry["lon"], entry["precision"]) == (38.94333, 72.01611, "exact")


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places11.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_peak_under_its_names():
    assert _found("In 1985 she reached the summit of Communism Peak.") == [("Communism Peak",) + PEAK]
    assert _found("The climbers left the Moskvin glacier for Ismoil Somoni Peak.")[-1] == ("Ismoil Somoni Peak",) + PEAK
    assert ("Stalin Peak",) + PEAK in _found("Abalakov first climbed Stalin Peak in 1933.")
    assert ("Peak Communism",) + PEAK in _found("Peak Communism rises above the firn plateau.")


def test_the_ruler_the_ideology_the_person_and_the_other_peak_stay_out():
    found = _found("Communism and Stalin shaped the valley; a statue of Ismoil Somoni stands in the square.")
    assert [f for f in found if f[1] == PEAK[0]] == []
    assert [f for f in _found("Garmo Peak is a separate mountain.") if f[1] == PEAK[0]] == []
    assert [f for f in _found("The Communism Party of Tajikistan met.") if f[1] == PEAK[0]] == []
