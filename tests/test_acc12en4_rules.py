"""Rules of session 12, helper acc12en4: exact mentions on sentences of our own, with the negatives that stay."""

import pytest

from pyanj.resolve import geocode


def found(text, gz):
    return [(m.surface, m.place_id, m.country) for m in geocode(text, None, gz)]


# -- an unlisted village its demonym gives to one country is held by no unit of another ------------------------------
@pytest.mark.parametrize("text, want", [
    # the Kyrgyz village beside the Tajik village's district: unlocated, Kyrgyz; its own "(Batken district)" the town
    ("A conflict took place between residents of the Tajik village of Khoja Alo (Isfara district) and the Kyrgyz "
     "village of Uch-Dobo (Batken district).",
     [("Khoja Alo", None, "TJ"), ("Isfara", "adm2:tj:isfara", "TJ"), ("Uch-Dobo", None, "KG"), ("Batken", "gn:1528735", "KG")]),
    ("The Kyrgyz village of Dostuk lies next to Isfara district.", [("Dostuk", None, "KG"), ("Isfara", "adm2:tj:isfara", "TJ")]),
    ("Residents of the Afghan village of Zargaran clashed with people from Ishkashim district of Tajikistan.",
     [("Zargaran", None, "AF"), ("Ishkashim", "adm2:tj:ishkoshim", "TJ"), ("Tajikistan", "country:tj", "TJ")]),
])
def test_a_village_of_one_country_is_not_placed_in_another_countrys_district(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # the demonym agrees with the district, or there is none: placed at the district as before
    ("Residents of the Tajik village of Khoja Alo (Isfara district) asked them to stop.",
     [("Khoja Alo", None, "TJ"), ("Isfara", "adm2:tj:isfara", "TJ")]),
    ("Floods reached the village of Shujand in Vanj district.", [("Shujand", None, "TJ"), ("Vanj", "adm2:tj:vanj", "TJ")]),
    # a person after the demonym is no place
    ("The Kyrgyz commander Asan Tokoev visited Isfara district.", [("Isfara", "adm2:tj:isfara", "TJ")]),
])
def test_a_village_its_demonym_agrees_with_stays_placed(text, want, gz):
    assert found(text, gz) == want
    placed = [m for m in geocode(text, None, gz) if m.place_id is None]
    assert all("placed_at_district" in m.flags for m in placed)


# -- a district's respelling, where the text names one province only, among that province's districts --------------
@pytest.mark.parametrize("text, want", [
    ("Floods hit Takhar.\n\nDozens of houses were damaged in Bang district, officials said.",
     [("Takhar", "adm1:af:takhar", "AF"), ("Bang", "adm2:af:takhar:bangi", "AF")]),
    ("Qarqin district in Jawzjan province could vanish.\n\nThe caretaker of Khamiab district confirmed the destruction.",
     [("Qarqin", "adm2:af:jowzjan:qarqin", "AF"), ("Jawzjan", "adm1:af:jowzjan", "AF"), ("Khamiab", "adm2:af:jowzjan:kham-ab", "AF")]),
])
def test_a_district_respelt_in_a_one_province_text_is_that_provinces_district(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # two provinces: no guess
    ("Floods hit Takhar and Badakhshan.\n\nDozens of houses were damaged in Bang district, officials said.",
     [("Takhar", "adm1:af:takhar", "AF"), ("Badakhshan", "adm1:af:badakhshan", "AF"), ("Bang", None, "AF")]),
    # a name near no district of the province stays unlisted
    ("Floods hit Takhar.\n\nDozens of houses were damaged in Zorabad district, officials said.",
     [("Takhar", "adm1:af:takhar", "AF"), ("Zorabad", None, None)]),
    # a person's surname is no district
    ("Floods hit Takhar.\n\nMir Ahmad Bang, the district chief, said so.", [("Takhar", "adm1:af:takhar", "AF")]),
])
def test_no_district_is_guessed_without_one_province_or_a_near_name(text, want, gz):
    assert found(text, gz) == want


# -- a weak town name after a sentence's capitalised preposition is a place, not a person's surname ----------------
@pytest.mark.parametrize("text, want", [
    ("In Naryn the families were examined by doctors.", [("Naryn", "gn:1527592", "KG")]),
    ("In Batken the families were examined.", [("Batken", "gn:1528735", "KG")]),
    ("At Naryn we stayed two nights.", [("Naryn", "gn:1527592", "KG")]),
])
def test_a_weak_name_after_a_sentences_preposition_is_a_place(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text", [
    "In Naryn Abdullaeva's house we stayed.",  # a given name before a surname stays a person
    "Nisar Ahmad Ahmadi said so.",
    "Mullah Kabir said so.",
])
def test_a_weak_name_in_a_persons_name_stays_out(text, gz):
    assert found(text, gz) == []


# -- a country named as a border's ("near the Tajikistan border") gives an unlisted place no country ---------------
def test_a_place_near_a_countrys_border_is_not_given_that_country(gz):
    text = ("Kunduz residents in Imam Sahib and Khanabad voiced their concerns.\n\n"
            "Afghan forces launched operations in the Masum area near the Tajikistan border.")
    assert ("Masum", None, "AF") in found(text, gz)  # (the text's bank, not the border's other side)
    assert ("Masum", None, None) in found("Afghan forces launched operations in the Masum area near the Tajikistan border.", gz)


@pytest.mark.parametrize("text, want", [
    ("Fighting reached the village of Zargaran in Tajikistan.", ("Zargaran", None, "TJ")),
    ("Fighting reached the village of Zargaran, Tajikistan.", ("Zargaran", None, "TJ")),
    ("Guards patrolled the Zargaran area of Tajikistan near the Afghan border.", ("Zargaran", None, "TJ")),
])
def test_a_country_that_holds_the_place_still_gives_it(text, want, gz):
    assert want in found(text, gz)


# -- after "the village(s) of", a title or given name opening a two-word name is the village's ---------------------
def spans(text, gz):
    from pyanj.text.recognize import find_spans
    return [(s.surface, s.cue) for s in find_spans(text, gz)]


@pytest.mark.parametrize("text, want", [
    ("Floods hit the village of Khan Tepa in May.", [("Khan Tepa", "village")]),
    ("Three villages of Khan Tepa, Khanareq and Shaghnareq are under threat.",
     [("Khan Tepa", "village"), ("Khanareq", "village"), ("Shaghnareq", "village")]),
    ("The villages of Sayed Esmayel and Darajeen could go under the water.", [("Sayed Esmayel", "village"), ("Darajeen", "village")]),
])
def test_a_village_name_opening_with_a_title_is_the_village(text, want, gz):
    assert spans(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("He met the village elder Haji Rahim.", []),  # no "village of": a person
    ("The village of Haji near Khorog.", [("Khorog", None)]),  # a title alone is no name
    ("Residents of the village of Mullah Omar's birth.", []),  # a possessive: a person
    ("The head of the village of Khanareq, Haji Rahim, said so.", [("Khanareq", "village")]),
    ("Mullah Kabir visited the village.", []),
])
def test_a_person_with_a_title_stays_out(text, want, gz):
    assert spans(text, gz) == want
