"""Names the gazetteer lacks, found from their cue words (text/unlisted.py), placed at the admin unit their
text names (resolve/unlisted.py); and "X, Country" read as two mentions. Sentences of our own; the names
(Shavoz, Zumudg, Talbar …) are ones the gazetteer does not list."""

from __future__ import annotations

import pytest

import pyanj
from pyanj.gazetteer import load
from pyanj.text.recognize import find_spans
from pyanj.text.unlisted import FLAG, LIST_FLAG


@pytest.fixture(scope="module")
def gz():
    return load()


def unlisted(text, gz):
    """(surface, cue) of every span the unlisted-name finder added."""
    return [(s.surface, s.cue) for s in find_spans(text, gz) if FLAG in s.flags]


def mentions(text, gz):
    return {m.surface: m for m in pyanj.geocode(text, gazetteer=gz) if FLAG in m.flags}


# -- recognition ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Floods destroyed homes in Shavoz village last week.", [("Shavoz", "village")]),
    ("Refugees were housed in Tokuzbulak jamoat for the winter.", [("Tokuzbulak", "jamoat")]),
    ("Water reached kishlak Zumudg at night.", [("Zumudg", "kishlak")]),
    ("Aid reached the villages of Barvoz, Nishusp and Pishkharv on Monday.",
     [("Barvoz", "village"), ("Nishusp", "village"), ("Pishkharv", "village")]),
    ("Barvoz, Nishusp and Pishkharv villages were cut off.",
     [("Barvoz", "village"), ("Nishusp", "village"), ("Pishkharv", "village")]),
    ("Snow closed the Kharkush pass and the Tishkharv valley.", [("Kharkush", "pass"), ("Tishkharv", "valley")]),  # (Vishkharv is a known jamoat now)
    # (a name no listed one is near: "Kharkush Pass" is read as a typo of the listed Khargush Pass since session 11)
    ("Shepherds crossed the Tuzkhona Pass in June.", [("Tuzkhona Pass", "pass")]),
    ("Rockfalls blocked the Tutak gorge.", [("Tutak", "gorge")]),
    ("Smugglers attacked the Sangi Surkh border post.", [("Sangi Surkh", "border post")]),
    ("Trucks queued at the Tutak border crossing.", [("Tutak", "border crossing")]),
    ("Talbar, a village on the Panj, lost its bridge.", [("Talbar", "village")]),
    ("In Shavoz village, people gathered.", [("Shavoz", "village")]),
    ("Six villages of Vanj district – Barvoz, Nishusp and Talbar – were moved.",
     [("Barvoz", "village"), ("Nishusp", "village"), ("Talbar", "village")]),
])
def test_names_from_their_cue(gz, text, expected):
    assert unlisted(text, gz) == expected


def test_dateline_and_later_mentions(gz):
    text = "ZUMUDG, Tajikistan -- When the river rose, Zumudg lost its fields.\n\nLater, Zumudg rebuilt them."
    assert unlisted(text, gz) == [("ZUMUDG", "dateline"), ("Zumudg", "dateline"), ("Zumudg", "dateline")]
    ms = [m for m in pyanj.geocode(text, gazetteer=gz) if FLAG in m.flags]
    assert [(m.name, m.country, m.feature_type) for m in ms] == [("Zumudg", "TJ", "settlement")] * 3


def test_list_of_known_places(gz):
    text = "The road passes Khandud, Talbar, Qala-e Panja and Sarhad before the pass."
    sps = [s for s in find_spans(text, gz) if FLAG in s.flags]
    assert [(s.surface, s.flags) for s in sps] == [("Talbar", [FLAG, LIST_FLAG])]
    m = mentions(text, gz)["Talbar"]  # placed where every known member is: Wakhan district
    assert (m.feature_type, m.country, m.admin2, m.precision) == ("settlement", "AF", "Wakhan", "district")


@pytest.mark.parametrize("text", [
    "Mr Ishkashimi visited the village on Monday.",
    "Mr. Zumudg village elders met.",
    "Mullah Zumudg village was named after him.",
    "The Kunduz brigade moved north.",
    "The Border Post Commander said the post was quiet.",
    "The Village Council met in the evening.",
    "The Pass of Faith is a novel.",
    "Remote villages were cut off. Several districts suffered.",
    "Nazarov, the village chairman, spoke to reporters.",
    "The Islamic State of Khorasan Province (ISKP) claimed the attack.",
    "Tajik Border Guards Kill Three Near Shavoz Village",
    "Delegations from Kabul, Dushanbe, Gazprom and Rosneft met.",
    "Officials from Khorog, Rushon, Saidov and Nazarov attended.",
    "Building bridges across the Panj matters. Building Bridges Across The Oxus.",
    "The Soviet-era bridge and the Afghan village were rebuilt.",
    "Let Afghan trucks pass. The Taliban outpost fell.",
    "The WFP district office and the UNHCR village programme closed.",
    "Tajikistan, the country’s border province and its villages.",
])
def test_no_people_organisations_units_titles_or_common_words(gz, text):
    assert unlisted(text, gz) == []


def test_never_overlaps_known_spans(gz):
    text = ("Shavoz village in Vanj district, the Darvoz district villages of Barvoz and Talbar, "
            "and Ishkashim, Afghanistan lie near kishlak Zumudg.")
    sps = find_spans(text, gz)
    assert all(a.end <= b.start for a, b in zip(sps, sps[1:]))
    assert [s.surface for s in sps if FLAG in s.flags] == ["Shavoz", "Barvoz", "Talbar", "Zumudg"]


# -- placing ---------------------------------------------------------------------------------------
def test_placed_at_the_district_its_sentence_names(gz):
    m = mentions("Floods destroyed homes in Shavoz village in Vanj district.", gz)["Shavoz"]
    vanj = gz.places["adm2:tj:vanj"]
    assert (m.place_id, m.name, m.feature_type, m.country) == (None, "Shavoz", "settlement", "TJ")
    assert (m.lat, m.lon) == (vanj.lat, vanj.lon)
    assert (m.precision, m.geo_precision, m.where_prec) == ("district", 2, 3)
    assert (m.admin1, m.admin2, m.cue) == ("Gorno-Badakhshan", "Vanj", "village")
    assert m.flags == [FLAG, "placed_at_district"]
    assert m.confidence == 0.4


def test_the_district_after_of_and_in(gz):
    ms = mentions("Tokuzbulak jamoat of Murghob district and Barvoz village of Vanj district were hit.", gz)
    assert (ms["Tokuzbulak"].admin2, ms["Barvoz"].admin2) == ("Murghob", "Vanj")


def test_smallest_unit_of_a_chain(gz):
    m = mentions("They crossed at Pishkharv village in Darqad district, Takhar province.", gz)["Pishkharv"]
    assert (m.country, m.admin1, m.admin2, m.precision) == ("AF", "Takhar", "Darqad", "district")


def test_placed_at_the_province(gz):
    m = mentions("The road to the village of Pishkharv in Takhar province washed away.", gz)["Pishkharv"]
    takhar = gz.places["adm1:af:takhar"]
    assert (m.lat, m.lon, m.country) == (takhar.lat, takhar.lon, "AF")
    assert (m.precision, m.geo_precision, m.where_prec) == ("province", 3, 4)
    assert m.flags == [FLAG, "placed_at_province"]


def test_unknown_district_placed_at_its_province(gz):
    m = mentions("Floods hit Shavoz district in Takhar province.", gz)["Shavoz"]
    assert (m.feature_type, m.precision, m.admin1) == ("admin2", "province", "Takhar")


def test_unlocated_keeps_the_country_beside_it(gz):
    ms = mentions("Snow closed the Kharkush pass. The village of Talbar, Tajikistan has no road.", gz)
    k, t = ms["Kharkush"], ms["Talbar"]
    assert (k.feature_type, k.lat, k.country, k.flags) == ("physical", None, None, [FLAG, "unlocated"])
    assert (t.lat, t.country, t.flags) == (None, "TJ", [FLAG, "unlocated"])
    assert k.confidence == 0.2


# -- "X, Country" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("He returned to Ishkashim, Afghanistan last year.", "Ishkashim", "Afghanistan"),
    ("Ishkashim (Tajikistan) hosts a market.", "Ishkashim", "Tajikistan"),
])
def test_x_country_is_two_mentions(gz, text, name, country):
    sps = find_spans(text, gz)
    assert [s.surface for s in sps] == [name, country]
    iso = "AF" if country == "Afghanistan" else "TJ"
    assert sps[0].country_hint == iso and sps[1].ids == [f"country:{iso.lower()}"]
    ms = pyanj.geocode(text, gazetteer=gz)
    assert [(m.surface, m.feature_type, m.country) for m in ms] == [(name, "settlement", iso), (country, "country", iso)]


def test_an_adverb_opening_a_sentence_before_a_plural_head_is_no_village_name():
    assert [m.surface for m in pyanj.geocode("In winter they are snowed in. Always villages are vibrant green.")] == []
    assert [m.surface for m in pyanj.geocode("Often villages flood in spring.")] == []
    assert [m.surface for m in pyanj.geocode("Khayom village lies on the Panj.")][0] == "Khayom"
