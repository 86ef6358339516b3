"""places14_ru.toml: the Old Pamir Highway, the Kulma pass and the Moscow Kremlin, cited from pages that are no dev text; exact mentions on sentences of our
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
KULMA = ("crossing:kulma", "TJ;CN", 38.1494)


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat) for m in pyanj.geocode(text)]


def test_the_record_is_cited_and_unlocated():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == [OLD, KULMA[0], "facility:moscow-kremlin", "physical:fergana-range",
                                                  "region:russian-far-north", "river:syr-darya"]
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


def test_the_kulma_pass_is_located_from_its_cited_page():
    entry = tomllib.loads(FILE.read_text(encoding="utf-8"))["place"][1]
    assert "38°08′58″N 74°48′05″E / 38.1494°N 74.8014°E" in entry["sources"][0]["note"]
    assert (entry["lat"], entry["lon"]) == (38.1494, 74.8014)


def test_the_kulma_pass_in_russian_and_english_not_khulm():
    assert [(f[0], f[1]) for f in _found("Граница с Китаем проходит через перевал Кульма.")][-1] == ("Кульма", KULMA[0])
    assert [(f[0], f[1]) for f in _found("КПП «Кульма» открыт для грузовиков.")] == [("Кульма", KULMA[0])]
    assert ("Kulma Pass", KULMA[0]) in [(f[0], f[1]) for f in _found("Trucks cross the Kulma Pass into China.")]
    assert [f[1] for f in _found("Талибы вошли в Хульм провинции Балх.")][0] != KULMA[0]


def test_the_kremlin_for_the_russian_government():
    entry = tomllib.loads(FILE.read_text(encoding="utf-8"))["place"][2]
    assert "55.751667, 37.617778" in entry["sources"][1]["note"] and (entry["lat"], entry["lon"]) == (55.751667, 37.617778)
    assert [(f[0], f[1]) for f in _found("В Кремле прокомментировали события на границе.")] == [
        ("Кремле", "facility:moscow-kremlin")]
    assert ("Kremlin", "facility:moscow-kremlin") in [(f[0], f[1]) for f in _found("The Kremlin said it was concerned.")]
    assert [f for f in _found("Казанский кремль открыт для туристов.") if f[1] == "facility:moscow-kremlin"] == []


def test_the_fergana_range_in_kyrgyzstan_in_its_cases_not_the_valley():
    assert _found("Дорога пересекает Ферганский хребет.") == [("Ферганский хребет", "physical:fergana-range", "KG", 41.0042)]
    assert _found("На склонах Ферганского хребта растут орехи.") == [("Ферганского", "physical:fergana-range", "KG", 41.0042)]
    assert [f[1] for f in _found("Ферганская долина густо населена.")] == ["physical:fergana-valley"]
    assert [f[1] for f in _found("The road crosses the Fergana Range.")] == ["physical:fergana-range"]


def test_russias_far_north_in_its_cases_not_a_lower_case_direction():
    assert _found("Он работал на Крайнем Севере двадцать лет.") == [("Крайнем Севере", "region:russian-far-north", "RU", None)]
    assert _found("Крайний Север богат нефтью.") == [("Крайний Север", "region:russian-far-north", "RU", None)]
    assert [f[1] for f in _found("На крайнем севере Афганистана идут бои.")] == ["country:af"]
    assert [f[1] for f in _found("In the far north of Afghanistan fighting continues.")] == ["country:af"]


def test_the_syr_darya_by_its_classical_and_russian_names_not_the_town():
    assert _found("На западе протекает Яксарт.") == [("Яксарт", "river:syr-darya", None, None)]
    assert _found("Берега Сыр-Дарьи заросли тростником.") == [("Сыр-Дарьи", "river:syr-darya", None, None)]
    # the Uzbek town keeps its name; a person is no river
    assert _found("Город Сырдарья стоит на реке.") == [("Сырдарья", "gn:1512770", "UZ", 40.84361)]
    assert _found("Доклад прочитал профессор Яксартов.") == []
