"""places4.toml: frontier villages, each cited and placed by its district; exact mentions on sentences
of our own, and the people and organisation negatives."""

import tomllib

import pytest

import pyanj
from pyanj.paths import data_dir


def _found(text):
    return [(m.surface, m.place_id, m.country, m.admin2, "unlocated" in m.flags) for m in pyanj.geocode(text)]


def test_every_record_is_cited_and_says_why_it_is_unlocated():
    doc = tomllib.loads((data_dir() / "gazetteer" / "places4.toml").read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == ["settlement:manem", "settlement:kevron", "settlement:ratm",
                                               "settlement:poimazar", "settlement:mudekharv"]
    assert "patch" not in doc
    for entry in doc["place"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"])
        assert "lat" not in entry and entry["unlocated_reason"] and entry["district"].endswith(" District")


@pytest.mark.parametrize("text, want", [
    ("Families displaced by the mudflow are in the Manem camp.", [("Manem", "settlement:manem", "TJ", "Shughnon District", True)]),
    ("Medieval Kuran had its centre near Kevron.", [("Kevron", "settlement:kevron", "TJ", "Darvoz District", True)]),
    ("We hiked from Langar up to Ratm.", [("Langar", "settlement:langar-ishkoshim", "TJ", "Ishkoshim", False),
                                          ("Ratm", "settlement:ratm", "TJ", "Ishkoshim District", True)]),
    ("The road ends at Poimazar; the homestay is in Dursher.",
     [("Poimazar", "settlement:poimazar", "TJ", "Vanj District", True),
      ("Dursher", "settlement:mudekharv", "TJ", "Vanj District", True)]),
])
def test_villages_are_found_and_placed_by_district(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text", [
    "Mr Manem said the road was closed.",  # a person
    "Ratm Holdings Ltd and the Kevron Foundation reported it.",  # organisations
    "General Dursher commanded the 3rd Brigade.",  # a title
])
def test_people_and_organisations_are_no_villages(text):
    assert _found(text) == []
