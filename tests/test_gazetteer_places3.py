"""places3.toml: frontier places, regions of the past and other-script district names, each cited;
exact mentions on sentences of our own, and the organisation and demonym negatives."""

import tomllib

import pyanj
from pyanj import gazetteer
from pyanj.paths import data_dir


def _found(text):
    return [(m.surface, m.place_id, m.lat, m.lon) for m in pyanj.geocode(text)]


def test_every_record_is_cited_and_located_or_says_why():
    doc = tomllib.loads((data_dir() / "gazetteer" / "places3.toml").read_text(encoding="utf-8"))
    assert len(doc["place"]) == 81 and len(doc["patch"]) == 13
    for entry in doc["place"] + doc["patch"]:
        assert entry["sources"] and all(s["url"].startswith("http") for s in entry["sources"])
    for entry in doc["place"]:
        assert ("lat" in entry) != ("unlocated_reason" in entry), entry["id"]


def test_reserve_and_mining_village_are_located_from_their_pages():
    gz = gazetteer.load()
    reserve = gz.places["physical:tigrovaya-balka"]
    assert (reserve.lat, reserve.lon, reserve.country) == (37.267, 68.467, "TJ")
    assert _found("Deer graze in the Tigrovaya Balka Nature Reserve.") == [
        ("Tigrovaya Balka Nature Reserve", "physical:tigrovaya-balka", 37.267, 68.467)]
    assert _found("Lapis lazuli comes from the Sar-e-Sang mines.") == [
        ("Sar-e-Sang", "settlement:sar-e-sang", 36.21, 70.79333)]


def test_regions_of_the_past_are_unlocated_mentions():
    found = [(m.surface, m.place_id, "unlocated" in m.flags)
             for m in pyanj.geocode("The name recalls Scythia and Sistan, Greater Khorasan and Khwarezm.")]
    assert found == [("Scythia", "historical:scythia", True), ("Sistan", "region:sistan", True),
                     ("Greater Khorasan", "region:greater-khorasan", True), ("Khwarezm", "region:khwarazm", True)]


def test_organisation_names_and_demonyms_are_no_mentions():
    assert _found("The Islamic State Khorasan Province (ISKP) claimed it, said Voice of Khorasan.") == []
    assert _found("Scythians and Sistanis traded with Mr Sistani.") == []


def test_other_script_district_names_resolve_to_their_bank():
    assert [(m.surface, m.place_id) for m in pyanj.geocode("ناحیۀ روشان و ناحیۀ راشتقلعه")] == [
        ("ناحیۀ روشان", "adm2:tj:rushon"), ("ناحیۀ راشتقلعه", "adm2:tj:roshtqala")]
    assert [(m.surface, m.place_id) for m in pyanj.geocode("شهرستان سغنان • خُږنۈن ولسوالے • Ноҳияи Шиғнони")] == [
        ("شهرستان سغنان", "adm2:af:badakhshan:shighnan"), ("خُږنۈن ولسوالے", "adm2:af:badakhshan:shighnan"),
        ("Ноҳияи Шиғнони", "adm2:af:badakhshan:shighnan")]


def test_bam_i_dunya_is_the_pamirs():
    assert [(m.surface, m.place_id) for m in pyanj.geocode("They crossed the Bam-i-Dunya to Sarhad.")][0] == (
        "Bam-i-Dunya", "physical:pamir-mountains")


def test_seas_and_pakistan_frontier_provinces():
    assert [(m.surface, m.place_id) for m in pyanj.geocode("from the Aral Sea to Gilgit-Baltistan and Balochistan")] == [
        ("Aral Sea", "physical:aral-sea"), ("Gilgit-Baltistan", "region:gilgit-baltistan"),
        ("Balochistan", "region:balochistan-pk")]
    assert pyanj.geocode("the last strongholds of the Caspian tiger") == []  # (only "Caspian Sea" names the sea)


def test_russian_names_of_the_wider_region():
    found = [(m.surface, m.place_id) for m in pyanj.geocode("Граница с провинцией Хайбер-Пахтунхва и Гилгит-Балтистаном.")]
    assert found == [("Хайбер-Пахтунхва", "region:khyber-pakhtunkhwa"), ("Гилгит-Балтистаном", "region:gilgit-baltistan")]


def test_dari_name_of_the_wakhan_corridor_in_three_scripts():
    for text, surface in (("the Dalan-i Wakhan", "Dalan-i Wakhan"), ("دالان واخان", "دالان واخان"),
                          ("называемом Далан-и-Вахан на языке дари", "Далан-и-Вахан")):
        assert [(m.surface, m.place_id) for m in pyanj.geocode(text)] == [(surface, "physical:wakhan-corridor")]
