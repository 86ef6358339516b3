"""places5.toml: spellings of five Afghan Badakhshan districts, each cited from a page that is no dev text;
exact mentions on sentences of our own, with the negatives (people, organisations, titles) that must stay."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_every_patch_is_cited_and_adds_no_coordinate():
    doc = tomllib.loads((data_dir() / "gazetteer" / "places5.toml").read_text(encoding="utf-8"))
    assert "place" not in doc and len(doc["patch"]) == 5
    for entry in doc["patch"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"]), entry["id"]
        assert "lat" not in entry and "lon" not in entry, entry["id"]


def test_no_source_is_a_dev_text():
    cited = (data_dir() / "gazetteer" / "places5.toml").read_text(encoding="utf-8")
    for name in ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev_ru.jsonl"):
        for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (name, url)


def test_the_districts_under_their_written_names():
    assert _found("Fighting spread from Yamgan district to Wurduj and Tishkan districts.") == [
        ("Yamgan", "adm2:af:badakhshan:yamgan-girwan"), ("Wurduj", "adm2:af:badakhshan:warduj"),
        ("Tishkan", "adm2:af:badakhshan:tashkan")]
    assert _found("Lapis comes from Karan wa Munjan; families fled Arghanj Khwa district.") == [
        ("Karan wa Munjan", "adm2:af:badakhshan:kuran-wa-munjan"), ("Arghanj Khwa", "adm2:af:badakhshan:arghanj-khaw")]


def test_people_organisations_and_titles_keep_no_district():
    assert _found("Mr Yamgani and Dr Tishkani met.") == []
    assert _found("The Yamgan Development Council head spoke.") == []
