"""Recognition and resolution rules of session 12, helper acc12en3: exact mentions, with the negatives that stay."""

import pytest

from pyanj.resolve import geocode


def found(text, gz):
    return [(m.surface, m.place_id) for m in geocode(text, None, gz)]


# -- "Regional Director for Asia and the Pacific": the UN agencies' regional bureau, not the continent -------------
@pytest.mark.parametrize("text, want", [
    ("In August, WFP Regional Director for Asia and the Pacific, Mr. John Aylieff, visited Tajikistan.",
     [("Tajikistan", "country:tj")]),
    ("WFP Deputy Regional Director for Asia and Pacific region, Anthea Webb, travelled to Khorog.",
     [("Khorog", "gn:1221328")]),
    ("The UNDP Regional Bureau for Asia and the Pacific funded the Kunduz project.", [("Kunduz", "gn:1135689")]),
])
def test_a_regional_bureau_for_asia_and_the_pacific_is_no_place(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a geographic region after the same title keeps its span, as dev6's UNODC text annotates it
    ("UNODC Regional Representative for Central Asia Ashita Mittal came.", ("Central Asia", "region:central-asia")),
    # the continent and the ocean named as such
    ("Trade between Asia and the Pacific grew.", ("Asia", "region:asia")),
    # "for Asia" after no regional title
    ("The new road for Asia and the Pacific trade opens.", ("Asia", "region:asia")),
])
def test_asia_stays_without_the_regional_title(text, want, gz):
    assert want in found(text, gz)


# -- "a river called X": the generic word before "called"/"named"/"known as" cues the name as a head after would --
@pytest.mark.parametrize("text, want", [
    ("These two rivers join near Langar in Tajikistan, forming a new, larger river, called Panj. It flows west.",
     ("Panj", "river:panj")),
    ("Above Langar the river is known as the Pamir.", ("Pamir", "river:pamir")),
    ("The district town is called Panj and lies on the river.", ("Panj", "gn:1220750")),
])
def test_a_generic_word_before_called_cues_the_name(text, want, gz):
    assert want in found(text, gz)


@pytest.mark.parametrize("text, want", [
    ("The Pamir is a high plateau.", ("Pamir", "physical:pamir-mountains")),  # no cue: the range
    ("A Tajik border guard called Panj his home.", ("Panj", "gn:1220750")),  # "guard called": no generic word
    ("The bazaar of Panj town opened.", ("Panj", "gn:1220750")),
])
def test_no_cue_without_the_generic_word(text, want, gz):
    assert want in found(text, gz)


# -- a list member one letter off a district of its list's kind ("Darqad, Dasht-e-Qala, Yanqi Qala") ---------------
def test_a_list_member_one_letter_off_a_district_is_that_district(gz):
    text = "We visited districts including Darqad, Dasht-e-Qala, Yanqi Qala in Takhar province."
    assert found(text, gz) == [("Darqad", "adm2:af:takhar:darqad"), ("Dasht-e-Qala", "adm2:af:takhar:dashti-qala"),
                               ("Yanqi Qala", "adm2:af:takhar:yangi-qala"), ("Takhar", "adm1:af:takhar")]


@pytest.mark.parametrize("text, gone", [
    # two letters off: stays an unlisted name
    ("We visited districts including Darqad, Dasht-e-Qala, Yanki Kala in Takhar province.", "Yanki Kala"),
    # a person's title before the name
    ("Fighting hit Darqad, Rustaq and General Yangi Qalb.", "General Yangi Qalb"),
])
def test_no_respelling_two_letters_off_or_for_a_person(text, gone, gz):
    assert not [i for s, i in found(text, gz) if s in (gone, gone.split()[-1]) and i and i.startswith("adm2:")]


# -- a bank's unit word around the name: "the first Afghan village is also called X", "X is an Afghan small town" ---
@pytest.mark.parametrize("text, want", [
    ("Officially, Ishkashim is the first village here. Just across the border, the first Afghan village is also "
     "called Ishkashim as they were one single town.", [("Ishkashim", "gn:1221614"), ("Ishkashim", "gn:1148268")]),
    ("Ishkashim is an Afghan small town on the left bank of the river.", [("Ishkashim", "gn:1148268")]),
    ("Ishkashim is a Tajik town on the Panj.", [("Ishkashim", "gn:1221614"), ("Panj", "river:panj")]),
])
def test_a_bank_unit_word_around_the_name_gives_its_country(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # the demonym belongs to no unit word: no hint ("an Afghan trader")
    ("Ishkashim is an Afghan trader's home, on the Tajik bank.", ("Ishkashim", "gn:1221614")),
    # a person "called" by a demonym's noun is no unit
    ("An Afghan man called Ishkashim home.", ("Ishkashim", "gn:1221614")),
])
def test_no_hint_without_the_unit_word(text, want, gz):
    assert want in found(text, gz)


# -- a post named in quotes: 'the “Panj” frontier post' is the post, as 'the Panj frontier post' is ----------------
def _kinds(text, gz):
    return [(m.surface, m.feature_type) for m in geocode(text, None, gz)]


@pytest.mark.parametrize("text", [
    "Tajik border guards clashed with a group near the “Panj” frontier post in Khatlon.",
    "Guards clashed near the \"Panj\" border post in Khatlon.",
])
def test_a_quoted_name_before_a_post_word_is_the_post(text, gz):
    assert ("Panj", "military") in _kinds(text, gz)


@pytest.mark.parametrize("text", [
    "He said “Panj” post-war was calm.",  # "post-war": no post
    "The town of “Panj” lies in Khatlon.",  # no post word
    "He wrote Panj” post after post.",  # a closing quote with no opening one
])
def test_no_post_without_the_post_word_or_the_opening_quote(text, gz):
    assert ("Panj", "settlement") in _kinds(text, gz)


# -- a respelt village across the river in a one-bank text: the text's own unlisted village ------------------------
def _full(text, gz):
    return {m.surface: (m.place_id, m.country) for m in geocode(text, None, gz)}


def test_a_respelt_village_of_the_other_bank_is_the_texts_own(gz):
    text = ("Floods hit Zebak district of Badakhshan province. Gul Khana, Dand, Now Abad and Khalkhan villages of "
            "Zebak district near Ishkashim and Baharak were hit.")
    assert _full(text, gz)["Now Abad"] == (None, "AF")


@pytest.mark.parametrize("text, name, want", [
    # the text names a place of that bank: the reading stands
    ("Floods hit Zebak district of Badakhshan province near Baharak and Ishkashim. Now Abad and Khorog were hit.",
     "Now Abad", ("gn:1220936", "TJ")),
    # no bank to the text
    ("Floods hit Now Abad.", "Now Abad", ("gn:1220936", "TJ")),
    # the name as listed, not respelt
    ("Floods hit Zebak, Baharak and Jurm; residents of Novobod said so.", "Novobod", ("gn:1220936", "TJ")),
])
def test_the_reading_stands_otherwise(text, name, want, gz):
    assert _full(text, gz)[name] == want
