"""places7.toml: six frontier places cited from pages that are no dev text; exact mentions on sentences
of our own, with the negatives (people, organisations, titles) that must stay out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places7.toml"


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon, m.flags) for m in pyanj.geocode(text)]


def test_every_record_is_cited_and_located_only_from_a_cited_page():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == ["settlement:bozai-gumbaz", "physical:engels-peak", "facility:kuhi-lal",
                                               "settlement:tuggoz", "settlement:ruzvat", "military:momirak"]
    assert [e["id"] for e in doc["patch"]] == ["adm2:af:badakhshan:yaftal-sufla"]
    for entry in doc["patch"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"])
        assert "lat" not in entry and "lon" not in entry
    for entry in doc["place"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"]), entry["id"]
        if "lat" in entry:
            assert any(("°" in s["note"]) for s in entry["sources"]), entry["id"]  # a page writes the point
        else:
            assert entry["unlocated_reason"], entry["id"]
            assert entry.get("district", " District").endswith(" District") and (
                "district" in entry or entry["precision"] == "province"), entry["id"]


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places7.md").read_text(encoding="utf-8")
    for name in ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev_ru.jsonl"):
        for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (name, url)


def test_the_places_under_their_names():
    assert _found("We trekked from Bozai Gumbaz towards Engels Peak.") == [
        ("Bozai Gumbaz", "settlement:bozai-gumbaz", "AF", 37.13333, 74.0, []),
        ("Engels Peak", "physical:engels-peak", "TJ", 37.171672, 72.522897, [])]
    assert _found("Пик Энгельса виден из Зонга.")[0] == (
        "Пик Энгельса", "physical:engels-peak", "TJ", 37.171672, 72.522897, [])
    assert _found("The Kuhi Lal mines reopened.") == [
        ("Kuhi Lal", "facility:kuhi-lal", "TJ", None, None, ["unlocated"])]


def test_the_district_under_its_written_names():
    assert _found("Forces recaptured Yaftal-e-Payan district; clashes went on in Yaftali Sufla district.") == [
        ("Yaftal-e-Payan", "adm2:af:badakhshan:yaftal-sufla", "AF", 37.310777, 70.368393, []),
        ("Yaftali Sufla", "adm2:af:badakhshan:yaftal-sufla", "AF", 37.310777, 70.368393, [])]
    assert _found("Mr Yaftali and the Yaftal-e-Payan Shura Council met.") == []


def test_villages_and_a_range_placed_by_their_unit():
    assert _found("We drove on to Tuggoz; floods reached Ruzvat.") == [
        ("Tuggoz", "settlement:tuggoz", "TJ", None, None, ["unlocated"]),
        ("Ruzvat", "settlement:ruzvat", "TJ", None, None, ["unlocated"])]
    assert _found("Учения прошли на полигоне Момирак.") == [
        ("Момирак", "military:momirak", "TJ", None, None, ["unlocated"])]


def test_people_organisations_and_titles_stay_out():
    assert _found("Friedrich Engels wrote; Mr Engels and Engels Ltd replied.") == []
    assert _found("Mr Bozai, a Kyrgyz chief, met the Bozai Foundation.") == []
    assert _found("Mr Tuggoz and the Ruzvat Foundation met General Momirak.") == []
