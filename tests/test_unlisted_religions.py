"""Religious adjectives before a place's generic word ("Shiite areas", "Sufi shrines") are no unlisted places
(text/vocab.py UNLISTED_STOP); a real unlisted name before the same words still is one."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.feature_type) for m in pyanj.geocode(text)]


def test_religious_adjectives_are_no_places():
    assert _found("The group has attacked schools, mosques and Shiite areas throughout the country.") == []
    assert _found("Sufi villages and Salafi districts were named in the report.") == []
    assert _found("Christian and Jewish areas of the old town.") == []


def test_an_unlisted_name_before_the_same_word_still_is_one():
    assert _found("The insurgents have now reached near Maqwar area of the district.") == [("Maqwar", None, "settlement")]
    assert _found("Shiite areas near Ghoryan village were shelled.") == [("Ghoryan", "adm2:af:herat:ghoryan", "admin2")]
