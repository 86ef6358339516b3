"""places15.toml: the UN's humanitarian regions of Afghanistan, names only (unlocated), cited from pages that are no
dev text; exact mentions on sentences of our own, and the lower-case compass phrases left alone."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places15.toml"
NE = "region:af-un-north-eastern"


def _found(text):
    return [(m.surface, m.place_id, m.lat) for m in pyanj.geocode(text)]


def test_regions_are_cited_and_have_no_coordinate():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == [NE, "region:af-un-eastern", "region:af-un-central",
                                               "region:af-un-central-highland", "region:af-un-south-eastern"]
    for e in doc["place"]:
        assert "lat" not in e and "lon" not in e and e["unlocated_reason"] and e["sources"]
        assert e["feature_type"] == "region" and e["country"] == "AF"
        assert all(s["url"].startswith(("https://", "http://")) for s in e["sources"])


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places15.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_capitalised_region_names_are_one_unlocated_mention_each():
    assert _found("Snow closed roads across the North-Eastern Region of Afghanistan.") == \
        [("North-Eastern Region", NE, None), ("Afghanistan", "country:af", 33.835231)]
    assert _found("Teams in the Northeast Region and the Central Highland Region asked for tents.") == \
        [("Northeast Region", NE, None), ("Central Highland Region", "region:af-un-central-highland", None)]
    assert [s for s, _i, _l in _found("The South Eastern Region and the Eastern Region sent reports.")] == \
        ["South Eastern Region", "Eastern Region"]


def test_lower_case_compass_phrases_and_bare_compass_words_are_no_mention():
    assert _found("Rain hit the northeastern region of the country and the central region too.") == []
    assert _found("Eastern and Central parts of the valley were dry.") == []
    assert _found("The North Eastern Province was cut off.") == []   # "Province": not a region name listed
