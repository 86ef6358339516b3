"""places6.toml: the British Empire and the Russian name of Europe, each cited from a source that is no dev
text; exact mentions on sentences of our own, with the organisations that must stay out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_every_entry_is_cited_and_adds_no_coordinate():
    doc = tomllib.loads((data_dir() / "gazetteer" / "places6.toml").read_text(encoding="utf-8"))
    assert len(doc["place"]) == 1 and len(doc["patch"]) == 1
    for entry in doc["place"] + doc["patch"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"]), entry["id"]
        assert "lat" not in entry and "lon" not in entry, entry["id"]


def test_no_source_is_a_dev_text():
    cited = (data_dir() / "gazetteer" / "places6.toml").read_text(encoding="utf-8")
    for name in ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev_ru.jsonl"):
        for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (name, url)


def test_the_british_empire_and_europe_in_russian():
    assert _found("The Great Game between the Russian Empire and the British Empire divided the Pamirs.") == [
        ("Russian Empire", "historical:russian-empire"), ("British Empire", "historical:british-empire"),
        ("Pamirs", "physical:pamir-mountains")]
    assert _found("Караваны шли из Китая в Европу; контакты Европы с Индией.") == [
        ("Китая", "country:cn"), ("Европу", "region:europe"), ("Европы", "region:europe"), ("Индией", "country:in")]


def test_no_europe_in_organisations_and_media():
    assert _found("Об этом сообщает Радио Свободная Европа/Радио Свобода.") == []
    assert _found("Совет Европы принял резолюцию.") == []
    assert _found("Radio Free Europe reported it.") == []
    assert _found("The British Empire Medal was awarded to him.") == []
