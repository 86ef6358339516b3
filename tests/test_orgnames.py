"""Organisation and project names holding a place's name (text/orgnames.py), and infobox labels glued
to their values (text/normalize.glued_label_splits): exact mentions, with the negatives that must stay."""

import pytest

import pyanj
from pyanj.text.normalize import fold_text, glued_label_splits


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_programme_name_after_an_organisation_word_holds_no_mention():
    assert _found("EU Border Management Badakhshan Afghanistan was initiated in 2007 as part of EU Kabul’s "
                  "regional programme.") == []


def test_country_office_after_foundation_is_the_organisation():
    assert _found("The Aga Khan Foundation Tajikistan office in Khorog opened.") == [("Khorog", "gn:1221328")]


def test_project_title_marked_by_its_acronym_or_article():
    text = "The Central Asia-South Asia Electricity Transmission and Trade Project (CASA-1000) links Tajikistan and Pakistan."
    assert _found(text) == [("Tajikistan", "country:tj"), ("Pakistan", "country:pk")]


def test_title_case_headline_and_sentence_openers_keep_their_places():
    assert _found("Tajikistan Launches New Water Project") == [("Tajikistan", "country:tj")]
    assert _found("Today Tajikistan and Afghanistan signed a deal.") == [("Tajikistan", "country:tj"),
                                                                        ("Afghanistan", "country:af")]
    assert _found("Aid reached Kunduz Province and Takhar Province.") == [("Kunduz Province", "adm1:af:kunduz"),
                                                                         ("Takhar Province", "adm1:af:takhar")]
    assert _found("Mr Ishkashimi met the governor of Darvoz district.") == [("Darvoz", "adm2:tj:darvoz")]


def test_glued_infobox_labels_get_a_word_boundary():
    text = "Country Tajikistan\nDistrictDarvoz district\nClimateCsa\nProvinceBadakhshan"
    assert glued_label_splits(text) == [27, 62]  # (the text is Tajik: its Badakhshan is GBAO)
    folded, index = fold_text(text)
    assert folded == " country tajikistan district darvoz district climatecsa province badakhshan "
    assert len(folded) == len(index) and text[index[folded.index("darvoz")]] == "D"
    assert _found(text) == [("Tajikistan", "country:tj"), ("Darvoz", "adm2:tj:darvoz"),
                            ("Badakhshan", "adm1:tj:gorno-badakhshan-autonomous")]


def test_a_label_inside_a_line_or_a_word_is_no_glue():
    assert glued_label_splits("the CountryMusic Awards; NonDistrictFoo") == []


def test_link_texts_run_together_get_a_word_boundary():
    from pyanj.text.normalize import glued_word_splits
    text = "Photos: Khorog to IshkashimIshkashim to LangarLangar to the camel caravanKhargush to Murgab"
    assert glued_word_splits(text) == [27, 46, 73]
    assert _found(text) == [("Khorog", "gn:1221328"), ("Ishkashim", "gn:1221614"), ("Ishkashim", "gn:1221614"),
                            ("Langar", "settlement:langar-ishkoshim"), ("Langar", "settlement:langar-ishkoshim"),
                            ("Khargush", "physical:khargush-pass"), ("Murgab", "gn:1220962")]


@pytest.mark.parametrize("text", [
    "McDonald and MacArthur met DeLorean fans with an iPhone in LaGrange.",  # a capital after 1-3 letters
    "AsiaPlus and TajikistanNews reported it; KhovarNews too.",  # a name glued to an organisation's word
    "The ClimateCsa label and PowerPoint slides.",  # (split or not, no place)
])
def test_names_with_an_inner_capital_are_no_glued_links(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, want", [
    ("We hung out at the Pamir Lodge hostel in Khorog.", [("Khorog", "gn:1221328")]),  # a business
    ("The Khorog Hotel and the Dushanbe Serena Hotel are full.", []),
    ("Asia-Plus’ note was a signal; Asia-Plus's reporter left.", []),  # a plural possessive of an agency
    ("The hotel in Khorog is full; Khorog lodges guests.", [("Khorog", "gn:1221328"), ("Khorog", "gn:1221328")]),
])
def test_businesses_and_agencies_named_after_a_place(text, want):
    assert _found(text) == want


def test_embassy_of_a_country_is_the_state_not_an_organisation():
    found = [(m.surface, m.place_id, m.literal) for m in
             pyanj.geocode("WFP and the Embassy of the Russian Federation in Tajikistan handed over flour.")]
    assert found == [("Russian Federation", "country:ru", False), ("Tajikistan", "country:tj", True)]
    assert _found("the Ministry of Energy of Tajikistan") == []  # (a ministry's name stays an organisation)


def test_a_demonym_is_trimmed_only_when_the_rest_is_a_name_of_its_own():
    assert [(m.surface, m.place_id) for m in pyanj.geocode("the Tajik SSR and Tajik Badakhshan")] == [
        ("Tajik SSR", "historical:tajik-ssr"), ("Badakhshan", "adm1:tj:gorno-badakhshan-autonomous")]


def test_offices_and_departments_named_after_their_place_hold_no_mention():
    assert _found("UNDP Shaartuz Area Office was established in 1997; the Shaartuz Regional Office covers "
                  "Khatlon.") == [("Khatlon", "adm1:tj:khatlon")]
    assert _found("The head of the Badakhshan Natural Disaster Response Department said the river rose.") == []
    # a district with its capitalised head is still the district, and a lower-case office is no name
    assert _found("Shaartuz District is part of the Khatlon region.")[1] == ("Khatlon", "adm1:tj:khatlon")
    assert _found("Officials in the Khorog office of UNHCR said.") == [("Khorog", "gn:1221328")]


def test_an_acronym_between_the_body_and_its_country_and_a_newspaper_of_a_region():
    assert _found("according to the State Committee for National Security (SCNS) of Tajikistan.") == []
    assert _found("The Times of Central Asia reported it.") == []
    # the country of a title is still a mention ("President of Tajikistan"), as is "the capital of Tajikistan"
    assert _found("the President of Tajikistan met the capital of Tajikistan’s mayor.") == [
        ("Tajikistan", "country:tj"), ("Tajikistan", "country:tj")]


def test_border_units_and_detachments_are_units_but_a_frontier_post_is_a_place():
    assert _found("the area patrolled by the “Shouroobod” border unit and the Panj border detachment.") == []
    assert _found("Guards of the Panj border post met.") == [("Panj", "gn:1220750")]
