"""places12.toml: famous summits, ranges, a valley, a glacier, a pass, a village, lakes and historical regions of
the wider frontier region, cited from pages that are no dev text; exact mentions on sentences of our own, with
the person, the town and the adjective that share a word with them kept out."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places12.toml"
IDS = ["physical:tirich-mir", "physical:noshaq", "physical:muztagh-ata", "physical:lenin-peak", "physical:trans-alay-range",
       "physical:hisar-range", "physical:fedchenko-glacier", "physical:torugart-pass",
       "settlement:sary-tash", "physical:band-e-amir", "region:hazarajat", "region:qataghan", "physical:mediterranean-sea",
       "physical:korzhenevskaya-peak", "physical:karl-marx-peak", "physical:zarafshan-range",
       "physical:iskanderkul", "physical:issyk-kul", "physical:kilik-pass", "physical:mintaka-pass", "physical:irshad-pass",
       "physical:indian-ocean"]


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon) for m in pyanj.geocode(text)]


def _entries():
    return {e["id"]: e for e in tomllib.loads(FILE.read_text(encoding="utf-8"))["place"]}


def test_every_record_is_cited_and_its_point_is_written_in_a_cited_note():
    entries = _entries()
    assert list(entries) == IDS
    for pid, e in entries.items():
        assert e["sources"] and all(s["url"].startswith(("https://", "http://")) and s["note"] for s in e["sources"]), pid
        if pid == "region:qataghan":  # a former province the pages locate nowhere: unlocated, saying why
            assert "lat" not in e and e["unlocated_reason"] and e["historical"] is True
            continue
        assert e["precision"] in ("exact", "minute", "settlement", "region"), pid
        notes = " ".join(s["note"] for s in e["sources"])
        if pid == "physical:mediterranean-sea":  # the middle of the extent the page writes
            assert "latitudes 30° and 46° N and longitudes 6° W and 36° E" in notes and (e["lat"], e["lon"]) == (38.0, 15.0)
            continue
        assert str(e["lat"]) in notes and str(e["lon"]) in notes, pid  # (the decimals as the page or its DMS give them)


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places12.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_summits_under_their_names():
    assert _found("From Chitral the climbers saw Tirich Mir; Noshaq lies north of it.") == [
        ("Chitral", "gn:1181065", "PK", 35.8518, 71.78636),
        ("Tirich Mir", "physical:tirich-mir", "PK", 36.24083, 71.83967),
        ("Noshaq", "physical:noshaq", "AF", 36.43167, 71.82833)]
    assert ("Muztagata", "physical:muztagh-ata", "CN", 38.27833, 75.11583) in _found("Muztagata rose over the lake.")
    assert ("Ibn Sina Peak", "physical:lenin-peak", "TJ", 39.3425, 72.8775) in _found("They climbed Ibn Sina Peak in July.")
    assert ("Lenin Peak", "physical:lenin-peak", "TJ", 39.3425, 72.8775) in _found("The camp under Lenin Peak was full.")


def test_ranges_valley_glacier_pass_village():
    found = _found("From Sary-Tash the road crosses the Alay Valley to the Trans-Alay Range.")
    assert [f[:2] for f in found] == [("Sary-Tash", "settlement:sary-tash"), ("Alay Valley", "physical:alay-valley"),
                                      ("Trans-Alay Range", "physical:trans-alay-range")]
    assert [f[:2] for f in _found("Avalanches closed the Hisor Range roads.")] == [("Hisor Range", "physical:hisar-range")]
    assert [f[:2] for f in _found("The Fedchenko Glacier is 77 km long.")] == [("Fedchenko Glacier", "physical:fedchenko-glacier")]
    assert [f[:2] for f in _found("Trucks queued at the Torugart Pass.")] == [("Torugart Pass", "physical:torugart-pass")]


def test_lakes_and_regions():
    assert [f[:2] for f in _found("The lakes of Band-i Amir lie in the Hazarajat.")] == [
        ("Band-i Amir", "physical:band-e-amir"), ("Hazarajat", "region:hazarajat")]
    got = [m for m in pyanj.geocode("The old province of Qataghan was divided in 1963.") if m.place_id == "region:qataghan"]
    assert [(m.surface, m.lat, "unlocated" in m.flags) for m in got] == [("Qataghan", None, True)]
    assert [f[:2] for f in _found("Migrants cross the Mediterranean Sea.")] == [("Mediterranean Sea", "physical:mediterranean-sea")]


def test_more_summits_ranges_lakes_passes_and_an_ocean():
    assert [f[:2] for f in _found("From Vrang we saw Karl Marx Peak above the Shakhdara Range.")][-2:] == [
        ("Karl Marx Peak", "physical:karl-marx-peak"), ("Shakhdara Range", "physical:shakhdara-range")]  # (the range: places.toml)
    assert ("Pik Korzhenevskoi", "physical:korzhenevskaya-peak", "TJ", 39.0575, 72.00833) in _found(
        "Pik Korzhenevskoi was climbed first in 1953.")
    assert [f[:2] for f in _found("Lake Iskanderkul lies below the Zeravshan Range.")] == [
        ("Lake Iskanderkul", "physical:iskanderkul"), ("Zeravshan Range", "physical:zarafshan-range")]
    assert [f[:2] for f in _found("Tourists swim in Issyk-Kul.")] == [("Issyk-Kul", "physical:issyk-kul")]
    assert [f[:2] for f in _found("Caravans used the Kilik Pass and the Mintaka Pass.")] == [
        ("Kilik Pass", "physical:kilik-pass"), ("Mintaka Pass", "physical:mintaka-pass")]
    assert [f[:2] for f in _found("The Kyrgyz cross the Irshad Pass in spring.")] == [("Irshad Pass", "physical:irshad-pass")]
    assert [f[:2] for f in _found("Ships crossed the Indian Ocean.")] == [("Indian Ocean", "physical:indian-ocean")]


def test_the_person_the_town_and_the_adjective_stay_out():
    new = set(IDS)
    for text in ("Lenin spoke in 1917; a statue of Lenin stands in Khujand.",
                 "The Hissar fortress is west of Dushanbe.",
                 "A Mediterranean climate suits olives.",
                 "The Alai district and the Alay people.",
                 "Mr Noshak and the Fedchenko family arrived.",
                 "Karl Marx wrote; Evgenia Korzhenevskaya travelled; Radio Ozodi reported.",
                 "The Zeravshan flows past Panjakent; Indian cuisine."):
        assert [f for f in _found(text) if f[1] in new] == [], text
