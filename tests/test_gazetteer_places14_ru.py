"""places14_ru.toml: the Old Pamir Highway, cited from pages that are no dev text; exact mentions on sentences of our
own, the Soviet Pamir highway (M41) kept apart."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places14_ru.toml"
OLD = "road:old-pamir-highway"


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat) for m in pyanj.geocode(text)]


def test_the_record_is_cited_and_unlocated():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == [OLD]
    entry = doc["place"][0]
    assert (entry["country"], entry.get("lat"), entry["unlocated_reason"][:6]) == ("KG", None, "A road")
    assert "Старый Памирский тракт" in entry["sources"][0]["note"]


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places14_ru.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_old_road_in_its_cases_and_in_english():
    assert _found("Через Алайскую долину проходит Старый Памирский тракт.")[-1] == (
        "Старый Памирский тракт", OLD, "KG", None)
    assert _found("Мы ехали по Старому Памирскому тракту.") == [("Старому Памирскому тракту", OLD, "KG", None)]
    assert _found("The Old Pamir Highway climbs to the Taldyk pass.")[0] == ("Old Pamir Highway", OLD, "KG", None)


def test_the_pamir_highway_stays_the_m41():
    assert [f[1] for f in _found("Мы ехали по Памирскому тракту до Хорога.")][0] != OLD
    assert [f for f in _found("Старый мост через Пяндж закрыт.") if f[1] == OLD] == []
