"""places14.toml: GBAO's official name in its own word order with the generic word rendered "Province" or "Oblast",
cited from a page that is no dev text; exact mentions on sentences of our own, and the bare "Badakhshan" and the
Afghan province's own name left as they were."""

import json
import re
import tomllib
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places14.toml"
GBAO = "adm1:tj:gorno-badakhshan-autonomous"
BESHKENT = "adm2:tj:nosiri-khusrav"
NUSAY = "adm2:af:badakhshan:darwaz"


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_patches_only_cited_names_and_no_coordinate():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["patch"]] == [GBAO, BESHKENT, NUSAY, "gn:1222662"]
    for e in doc["patch"]:
        assert "lat" not in e and "lon" not in e and e["sources"]
        assert all(s["url"].startswith(("https://", "http://")) for s in e["sources"])


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places14.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_the_official_word_order_with_province_or_oblast_is_gbao_in_one_span():
    assert _found("Floods hit the Badakhshan Mountainous Autonomous Province on Tuesday.") == \
        [("Badakhshan Mountainous Autonomous Province", GBAO)]
    assert _found("Roads in the Badakhshan Mountainous Autonomous Oblast reopened.") == \
        [("Badakhshan Mountainous Autonomous Oblast", GBAO)]
    assert _found("The Badakhshan Mountainous Autonomous Region borders China.") == \
        [("Badakhshan Mountainous Autonomous Region", GBAO), ("China", "country:cn")]


def test_the_afghan_province_keeps_its_names():
    assert _found("Floods hit Badakhshan Province and its capital Faizabad.")[0] == \
        ("Badakhshan Province", "adm1:af:badakhshan")


def test_beshkent_the_old_name_of_nosiri_khusrav_district_is_the_tajik_district_in_a_tajik_text():
    assert _found("The families were resettled to the district of Bishkent, south-west of Dushanbe, in Tajikistan.") == \
        [("Bishkent", BESHKENT), ("Dushanbe", "gn:1221874"), ("Tajikistan", "country:tj")]
    assert _found("Tents went to Beshkent district of the Khatlon region.") == [("Beshkent", BESHKENT), ("Khatlon", "adm1:tj:khatlon")]


def test_the_uzbek_town_beshkent_keeps_its_name_in_an_uzbek_text():
    assert _found("The bus from Karshi reached Beshkent in Uzbekistan.") == \
        [("Karshi", "gn:1216311"), ("Beshkent", "gn:1217703"), ("Uzbekistan", "country:uz")]


def test_nesi_the_romanised_dari_name_is_nusay_district():
    assert _found("Fazel, a resident of Nesi district, said the road to Faizabad was closed.")[0] == ("Nesi", NUSAY)
    assert _found("Snow blocked Nesi District of Badakhshan.")[0] == ("Nesi District", NUSAY)


def test_nesi_of_an_organisation_a_title_or_in_lower_case_stays_out():
    assert _found("The Nesi Foundation opened an office.") == []
    assert _found("President Nesi spoke.") == []
    assert _found("He wrote in nesi style.") == []


# -- acc12en4: places with cited points (Vorukh, Tatarstan) and Isfana, the former name of GeoNames' Razzakov ------
def test_the_new_places_carry_a_cited_point_and_precision():
    doc = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["place"]] == ["settlement:vorukh", "region:tatarstan",
                                            "region:surxondaryo", "region:qashqadaryo", "region:kizilsu",
                                            "military:karshi-khanabad", "settlement:serhetabat"]
    for e in doc["place"]:
        assert e["precision"] and -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180 and e["sources"]
        assert all(s["url"].startswith(("https://", "http://")) for s in e["sources"])


def test_vorukh_is_the_tajik_exclave_and_isfana_the_kyrgyz_town():
    assert _found("Residents of the Tajik exclave of Vorukh blocked the road to Ak-Tatyr.")[0] == ("Vorukh", "settlement:vorukh")
    assert ("Isfana", "gn:1222662") in _found("Kyrgyz authorities said the road between Batken and the Kyrgyz village of Isfana was blocked.")
    # a road named by its two ends stays one ROAD span (resolve/road_ends.py), not two places
    assert [s for s, _ in _found("Traffic on the Isfana — Batken road was suspended.")] == ["Isfana — Batken"]


def test_the_republic_of_tatarstan_is_russian_and_a_person_or_organisation_is_not():
    assert _found("A delegation of the Republic of Tatarstan visited Dushanbe.") == \
        [("Republic of Tatarstan", "region:tatarstan"), ("Dushanbe", "gn:1221874")]
    assert _found("Tatarstan signed a trade agreement with Tajikistan.")[0] == ("Tatarstan", "region:tatarstan")
    assert _found("The Tatarstan Airlines flight landed in Dushanbe.") == [("Dushanbe", "gn:1221874")]
    assert _found("Tatars in Kazan marked the holiday.") == [("Kazan", "gn:551487")]


# -- acc12en5: Uzbekistan's two southern regions, Kizilsu prefecture, the K2 air base -------------------------------
def test_surkhandarya_and_kashkadarya_are_the_uzbek_regions():
    assert _found("It connects Termez in the Surkhandarya region with Hairatan in Balkh province.") == \
        [("Termez", "gn:1215957"), ("Surkhandarya", "region:surxondaryo"), ("Hairatan", "settlement:hairatan"),
         ("Balkh", "adm1:af:balkh")]
    assert _found("Gas output of Kashkadarya Region rose.") == [("Kashkadarya Region", "region:qashqadaryo")]
    assert _found("Floods hit Surxondaryo on Monday.") == [("Surxondaryo", "region:surxondaryo")]


def test_the_uzbek_regions_leave_rivers_people_and_organisations_out():
    assert _found("The Surkhandarya Regional Football Club won.") == []
    assert _found("Governor Surkhandarya spoke.") == []


def test_kizilsu_prefecture_in_full_and_the_bare_kizilsu_stays_the_tajik_river():
    assert _found("The quake was felt in Kizilsu Kyrgyz autonomous prefecture in Xinjiang.") == \
        [("Kizilsu Kyrgyz autonomous prefecture", "region:kizilsu"), ("Xinjiang", "region:xinjiang")]
    assert _found("The Kizilsu river floods Khatlon every spring.") == \
        [("Kizilsu", "river:kyzylsu"), ("Khatlon", "adm1:tj:khatlon")]


def test_karshi_khanabad_is_one_place_the_air_base_and_its_parts_keep_theirs():
    assert _found("Uzbekistan hosted an American air base in Karshi-Khanabad, Kashkadarya.") == \
        [("Uzbekistan", "country:uz"), ("Karshi-Khanabad", "military:karshi-khanabad"),
         ("Kashkadarya", "region:qashqadaryo")]
    assert _found("Khanabad district of Kunduz fell to the Taliban.")[0] == ("Khanabad", "adm2:af:kunduz:khanabad")
    assert _found("The bus from Karshi reached Beshkent in Uzbekistan.")[0] == ("Karshi", "gn:1216311")



def test_serhetabat_is_the_turkmen_railhead_and_kushka_or_a_person_is_not():
    """acc12en6: the town opposite Torghundi, under its Turkmen names; the Russian "Kushka" is left out (the river)."""
    assert _found("The railway runs from Serhetabat to Torghundi.") == [("Serhetabat", "settlement:serhetabat"),
                                                                      ("Torghundi", None)]
    assert _found("Gushgy lies on the border.") == [("Gushgy", "settlement:serhetabat")]
    assert _found("Mr Serhetabat spoke.") == []
    assert _found("The Kushka River flows south.") == [("Kushka River", None)]
