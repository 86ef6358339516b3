"""places12_ru.toml: the Alay valley, cited from pages that are no dev text; exact mentions on sentences of our own,
the range and the bare "Алай" kept out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places12_ru.toml"
VALLEY = ("physical:alay-valley", "KG", 39.6782734, 72.893282)


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon) for m in pyanj.geocode(text)]


def test_the_record_is_cited_and_located_from_a_cited_page():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == [VALLEY[0]]
    entry = doc["place"][0]
    assert "39°40′42″ с. ш. 72°53′36″ в. д. (39.6782734; 72.893282)" in entry["sources"][0]["note"]
    assert (entry["lat"], entry["lon"], entry["precision"]) == (39.6782734, 72.893282, "region")


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places12_ru.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_valley_in_russian_and_english():
    assert _found("За перевалом начинается Киргизия, а по ней через Алайскую долину проходит тракт.")[-1] == (
        ("Алайскую",) + VALLEY)
    assert _found("Мы ночевали в Алайской долине.") == [("Алайской",) + VALLEY]
    assert ("Alay Valley",) + VALLEY in _found("The road crosses the Alay Valley to Sary-Tash.")


def test_the_range_and_the_bare_name_are_not_the_valley():
    assert [f for f in _found("Алайский хребет тянется на запад.") if f[1] == VALLEY[0]] == []
    assert [f for f in _found("Мы ехали в Алай.") if f[1] == VALLEY[0]] == []
