"""places15b.toml: Batken Region and Nowshera with cited points, from pages that are no dev text; exact mentions on
sentences of our own, and the negatives (a person, an organisation, the town of Batken) left as they must be."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places15b.toml"


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_every_place_is_cited_with_its_point():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == ["region:batken", "settlement:nowshera"]
    for e in doc["place"]:
        assert e["sources"] and all(s["url"].startswith(("https://", "http://")) for s in e["sources"])
        assert e["precision"] and -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places15b.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_batken_region_and_province_are_the_kyrgyz_province():
    assert _found("Guards of Tajikistan's Sughd province and Kyrgyzstan's Batken region clashed.") == [
        ("Tajikistan", "country:tj"), ("Sughd", "adm1:tj:sughd"), ("Kyrgyzstan", "country:kg"), ("Batken", "region:batken")]
    assert _found("Schools in the Batken Region reopened.") == [("Batken Region", "region:batken")]
    assert _found("The Batken Province governor said so.") == [("Batken Province", "region:batken")]


def test_a_bare_batken_stays_the_town():
    # the bare name is no alias of the province: the town (GeoNames) keeps it, in the sets' older tests too
    assert _found("In Batken the families were examined.") == [("Batken", "gn:1528735")]


def test_a_bare_batken_lies_at_the_town():
    (surface, pid), = [(m.surface, m.place_id) for m in pyanj.geocode("Residents were evacuated to Batken.")]
    m = pyanj.geocode("Residents were evacuated to Batken.")[0]
    assert surface == "Batken" and abs(m.lat - 40.06) < 0.02 and abs(m.lon - 70.82) < 0.02


def test_nowshera_is_the_pakistani_city():
    assert _found("The line runs from Sangtuda to Nowshera in Pakistan.")[-2:] == [
        ("Nowshera", "settlement:nowshera"), ("Pakistan", "country:pk")]


def test_people_and_organisations_named_so_are_no_place():
    assert _found("Mr Batkenov met the Nowshera Regiment.") == []
    assert _found("The Batken brigade withdrew.") == []
