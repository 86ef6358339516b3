"""A listed place no source locates takes the point of the district its text puts it in, in its own country, as
a name the gazetteer lacks does (``resolve.unlisted.place_unlocated``); otherwise it stays unlocated."""
import pyanj

SHAHRTUZ = "adm2:tj:shahrtuz"


def _ayvaj(text):
    m = next(m for m in pyanj.geocode(text) if m.place_id == "settlement:ayvaj")
    return m.lat is not None, m.precision, [f for f in m.flags if f.startswith(("placed_at", "unlocated"))]


def test_an_unlocated_listed_village_takes_the_point_of_the_district_its_sentence_names():
    ms = pyanj.geocode("Two soldiers were killed near the Ayvaj border post in Shahritus district.")
    district = next(m for m in ms if m.place_id == SHAHRTUZ)
    ayvaj = next(m for m in ms if m.place_id == "settlement:ayvaj")
    assert (ayvaj.lat, ayvaj.lon) == (district.lat, district.lon)
    assert (ayvaj.precision, ayvaj.geo_precision, ayvaj.admin2) == ("district", 2, district.name)
    assert "placed_at_district" in ayvaj.flags and "unlocated" not in ayvaj.flags


def test_no_unit_or_a_unit_of_another_country_leaves_it_unlocated():
    assert _ayvaj("Ayvaj lies on the Amu Darya.") == (False, "district", ["unlocated"])
    # the text puts it in an Afghan province: not the Tajik village's
    assert _ayvaj("Ayvaj, in Kunduz province of Afghanistan, is quiet.") == (False, "district", ["unlocated"])


def test_only_a_unit_the_text_ties_it_to_places_it():
    # the sentence names another district, not as the bridge's: the bridge stays unlocated
    ms = pyanj.geocode("Aid reached the Afghan side of Darvaz via the Khumrogi bridge.")
    bridge = next(m for m in ms if m.place_id == "crossing:vanj-khumrogi")
    assert (bridge.lat, "unlocated" in bridge.flags) == (None, True)
    ms = pyanj.geocode("The Khumrogi bridge in Vanj district was repaired.")
    bridge = next(m for m in ms if m.place_id == "crossing:vanj-khumrogi")
    assert (bridge.admin2, bridge.flags) == ("Vanj", ["placed_at_district"])


def test_a_russian_districts_adjective_right_after_a_village_holds_it():
    for text, name in [("Житель кишлака Пасхруд Ишкашимского района задержан.", "Пасхруд"),
                       ("Житель кишлака Зонг Ишкашимского района задержан.", "Зонг")]:
        ms = pyanj.geocode(text)
        village = next(m for m in ms if m.surface == name)
        assert (village.admin2, "placed_at_district" in village.flags) == ("Ishkoshim", True)
    # a province's adjective: the province
    ms = pyanj.geocode("Жители кишлака Пасхруд Хатлонской области.")
    assert next(m for m in ms if m.surface == "Пасхруд").flags == ["not_in_gazetteer", "placed_at_province"]
