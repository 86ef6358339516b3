"""Issue 12, helper acc2: general error classes of dev2/dev4/dev_ru, each with exact expectations on
sentences of our own and the negatives (people, organisations, units, titles) that must not change."""

import pyanj
from pyanj.resolve.evidence import stated_length_km

PANJ_HALFWAY = (38.323337, 70.595672)  # the bundled point of river:panj (halfway along its line)


def _rivers(text):
    return [(m.surface, (m.lat, m.lon), "point_on_line" in m.flags) for m in pyanj.geocode(text)
            if m.feature_type == "river"]


# --- a river spoken of along its whole course keeps its halfway point ---------------------------------

def test_stated_length():
    assert stated_length_km("the boundary continues along Pyanj river for 1,080 km (670 mi)") == 1080.0
    assert round(stated_length_km("flowing along much of the 835-mile border"), 1) == 1343.8
    assert stated_length_km("Граница проходит по реке Пяндж на протяжении 1100 км.") == 1100.0
    assert stated_length_km("a 12 km walk") == 12.0
    assert stated_length_km("Route 150 to Khorog, km-post 5, 3,000 tonnes") == 0.0
    assert stated_length_km("the 201st Division, 1,080 men") == 0.0


def test_a_length_of_the_river_keeps_it_whole():
    text = "Khorog is a town.\n\nThe border follows the Panj for 1,100 km, past Khorog and Ishkashim."
    assert _rivers(text) == [("Panj", PANJ_HALFWAY, False)]
    assert _rivers("Khorog.\n\nГраница проходит по реке Пяндж на протяжении 1100 км.") == [
        ("Пяндж", PANJ_HALFWAY, False)]


def test_the_river_between_the_two_countries_keeps_it_whole():
    text = "Khorog is a town.\n\nFive bridges span the Panj between Tajikistan and Afghanistan."
    assert _rivers(text) == [("Panj", PANJ_HALFWAY, False)]


def test_a_stretch_still_follows_the_text():
    # a place of the sentence, a short length, a river only glossed as the border: placed near the places
    for text in ("Khorog is a town.\n\nNear Ishkashim the Panj between Tajikistan and Afghanistan is narrow.",
                 "Khorog is a town.\n\nThe Panj runs for 12 km past Khorog.",
                 "Khorog is a town.\n\nSmugglers cross the Panj that separates Afghanistan and Tajikistan."):
        (surface, point, snapped), = _rivers(text)
        assert surface == "Panj" and snapped and point != PANJ_HALFWAY, text


def test_units_people_and_titles_are_no_river():
    assert _rivers("Khorog is a town.\n\nThe Panj Brigade met Mr Pyanj between 1,080 km posts.") == []


# --- "the Pamir" of a text set in the Afghan Wakhan is the Afghan part of the range -------------------

_WAKHAN = "We drove from Ishkashim to Sarhad-e Broghil and Qala-e Panj in the Afghan Wakhan. "
_AFGHAN_PART = (37.056964, 73.348776)  # centre of the bundled Pamir extent's part in Afghanistan


def _pamir(text):
    return [(m.surface, m.country, (m.lat, m.lon)) for m in pyanj.geocode(text) if "amir" in m.surface]


def test_the_pamir_of_the_afghan_wakhan():
    assert _pamir(_WAKHAN + "Two routes led east to the Pamir.") == [("Pamir", "AF", _AFGHAN_PART)]
    assert _pamir(_WAKHAN + "We went on to the Pamir") == [("Pamir", "AF", _AFGHAN_PART)]


def test_the_range_itself_stays_the_range():
    # a head word, the plural, a Tajik text: the range at its own point
    for text in (_WAKHAN + "The Pamir mountains rise above.", _WAKHAN + "The Pamirs rise above.",
                 "We drove from Khorog to Murghab and Alichur. Two routes led east to the Pamir."):
        (_s, country, point), = _pamir(text)
        assert (country, point) == ("TJ", (38.5, 73.5)), text


def test_people_organisations_and_titles_named_pamir():
    assert _pamir(_WAKHAN + "Pamir Khan, a herder, spoke.") == [("Pamir", "TJ", (38.5, 73.5))]  # (not moved)
    assert _pamir(_WAKHAN + "The Pamir Times reported it. Pamir Airways flew.") == []


# --- a district written in a spelling the gazetteer lacks: the one near district of its province ------

def _found(text):
    return [(m.surface, m.place_id, m.flags) for m in pyanj.geocode(text)]


def test_misspelt_districts_of_a_named_province():
    assert _found("Fighting reached the districts of Yawan, Kohistan and Nasi in Badakhshan province.") == [
        ("Yawan", "adm2:af:badakhshan:yawan", []), ("Kohistan", "adm2:af:badakhshan:kohistan", []),
        ("Nasi", "adm2:af:badakhshan:darwaz", ["fuzzy"]), ("Badakhshan", "adm1:af:badakhshan", [])]
    assert _found("Clinics opened in Chah Abab and Khwaja Ghar districts of Takhar province.")[0] == (
        "Chah Abab", "adm2:af:takhar:chah-ab", ["fuzzy"])
    assert _found("Центры открыты в уездах Даргад и Янги Кала провинции Тахар.")[0] == (
        "Даргад", "adm2:af:takhar:darqad", ["fuzzy"])
    assert _found("TB centres were built in Jomi and Shahrtuz districts of Khatlon province.")[0] == (
        "Jomi", "adm2:tj:dzhami", ["fuzzy"])


def test_names_near_no_district_stay_unlisted():
    for name in ("Zzyx", "Kor"):  # nothing near; too short to tell
        got = _found(f"Fighting reached the districts of Yawan and {name} in Badakhshan province.")
        assert got[1] == (name, None, ["not_in_gazetteer", "placed_at_province"])


def test_people_and_organisations_are_no_district():
    assert _found("Mr Nasi, the governor of Badakhshan province, and the Nasi Foundation met in Yawan district.") == [
        ("Badakhshan", "adm1:af:badakhshan", []), ("Yawan", "adm2:af:badakhshan:yawan", [])]
    assert _found("Nasi Ltd of Badakhshan province opened an office.") == [("Badakhshan", "adm1:af:badakhshan", [])]


# --- a road named by its two ends is one ROAD, at its first end ---------------------------------------

def _roads(text):
    return [(m.surface, m.feature_type, m.place_id, (m.lat, m.lon), m.flags, m.related_place_id)
            for m in pyanj.geocode(text)]


_ROAD_FLAGS = ["not_in_gazetteer", "placed_at_road_end"]
_FAYZABAD = (37.11664, 70.58002)  # GeoNames 1142170


def test_a_road_by_its_ends():
    assert _roads("The Baharak-Faizabad roads, which connect 10 districts, were closed.") == [
        ("Baharak-Faizabad", "road", None, (37.00254, 70.90664), _ROAD_FLAGS, "gn:1142170")]
    assert _roads("Floods blocked the highways of Faizabad-Takhar and Faizabad-Baharak.") == [
        ("Faizabad-Takhar", "road", None, _FAYZABAD, _ROAD_FLAGS, "adm1:af:takhar"),
        ("Faizabad-Baharak", "road", None, _FAYZABAD, _ROAD_FLAGS, "adm2:af:takhar:baharak")]


def test_pairs_that_name_no_road():
    # no road word; two countries; a person's double-barrelled name; an organisation; a title
    assert [s for s, *_ in _roads("Khorog-Ishkashim is 100 km.")] == ["Khorog", "Ishkashim"]
    assert [s for s, *_ in _roads("The Afghanistan-Tajikistan highway was shut.")] == ["Afghanistan", "Tajikistan"]
    assert _roads("Mr Khorog-Smith drove the road.") == []
    # (a road's word only in lower case: capitalised, "Road Company", it heads an organisation's name)
    assert "road" not in [t for _s, t, *_ in _roads("The Khorog-Dushanbe Road Company met in Khorog.")]


# --- Russian: a generic word between two names heads the second ("Ишкашим провинции Бадахшан") -------

def test_a_generic_word_before_the_next_name_is_that_names():
    got = _found("Талибы взяли уезды Хохон, Шугнон и Султон Ишкашим провинции Бадахшан Афганистана.")
    # (since session 11 "Султон Ишкашим" is the Afghan district's Russian name, russian.toml)
    assert ("Султон Ишкашим", "adm2:af:badakhshan:ishkashiem", []) in got and ("Бадахшан", "adm1:af:badakhshan", []) in got
    # an adjective keeps its head after it, a capitalised name following or not
    assert _found("Бои шли в Дарвазском районе Таджикистана.") == [
        ("Дарвазском", "adm2:tj:darvoz", []), ("Таджикистана", "country:tj", [])]
    assert _found("Хорог — центр Горно-Бадахшанской автономной области.") == [
        ("Хорог", "gn:1221328", []), ("Горно-Бадахшанской", "adm1:tj:gorno-badakhshan-autonomous", [])]


def test_russian_people_and_organisations_keep_out():
    assert _found("Министр Ишкашими и Фонд Ага Хана провинции не посетили.") == []


# --- a town or district in parentheses that lies elsewhere in the same country is no other name -------

def test_a_listed_part_is_no_gloss():
    got = _found("Afghanistan: Kunduz (Imam Sahib) and Takhar Provinces (Dashte Qala, Yangi Qala).")
    assert ("Imam Sahib", "gn:1142545", []) in got  # (its own reading, not Kunduz's)


def test_glosses_stay_glosses():
    assert _found("Ishkashim (Eshkashem) lies on the Panj.")[1][1:] == ("gn:1221614", ["alternative_name"])
    assert _found("Khorog (Khorugh) is the capital.") == [("Khorog", "gn:1221328", []), ("Khorugh", "gn:1221328", [])]


def test_people_in_parentheses_are_no_place():
    assert _found("Kunduz (Mr Imam Sahibzada, governor) spoke.") == [("Kunduz", "gn:1135689", [])]


# --- an unlisted place the sentence puts across the river takes the other bank -----------------------

_TAJIK_BANK = "We stayed in Khorog, Rushan and Vanj. "


def _unlisted(text):
    return [(m.surface, m.country, m.flags) for m in pyanj.geocode(text) if m.place_id is None]


def test_across_the_river_is_the_other_bank():
    assert _unlisted(_TAJIK_BANK + "The village of Zargamod on the other side of the river can be seen.") == [
        ("Zargamod", "AF", ["not_in_gazetteer", "unlocated", "other_bank_of_text"])]
    assert _unlisted(_TAJIK_BANK + "The village of Zargamod lies up the valley.") == [
        ("Zargamod", "TJ", ["not_in_gazetteer", "unlocated", "bank_of_text"])]


def test_people_across_a_table_are_no_place():
    assert _unlisted(_TAJIK_BANK + "Mr Zargamod, on the other side of the table, smiled.") == []


# --- a misspelt town at a sentence's start, a place's head word after it ---------------------------------

def test_a_sentence_initial_typo_before_a_head_word():
    assert _found("Ishkasim market straddles the Tajik-Afghan border.") == [
        ("Ishkasim", "gn:1221614", ["fuzzy", "ambiguous"])]
    assert _found("Ishkasim straddles the Tajik-Afghan border.") == []  # (no head word: maybe an ordinary word)


def test_sentence_initial_people_and_organisations_before_a_head_word():
    assert _found("Mr Ishkasim said the village was flooded.") == []
    assert _found("Ishkasim Group market shares fell.") == []
