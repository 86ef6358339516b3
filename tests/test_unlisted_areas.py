"""Names the gazetteer lacks before "area(s)" and "Saddle", and a quoted name before its head ("“Murchak”
village", "“Bahorak” frontier post"): exact mentions, with people, organisations, units and titles that stay out."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.feature_type) for m in pyanj.geocode(text)]


def test_a_locality_before_area_and_a_list_before_areas():
    assert _found("A plant is planned in the Sanobod area of Rushan district.") == [
        ("Sanobod", None, "settlement"), ("Rushan", "adm2:tj:rushon", "admin2")]
    assert _found("The road is worst in the Safah and Shakerlab areas of Yawan district.") == [
        ("Safah", None, "settlement"), ("Shakerlab", None, "settlement"), ("Yawan", "adm2:af:badakhshan:yawan", "admin2")]


def test_a_saddle_is_a_pass():
    assert _found("The trail crossed Daliz Saddle before the camp.") == [("Daliz Saddle", None, "physical")]


def test_a_quoted_name_before_its_head():
    assert _found("It happened in the “Murchak” village of Faizabad city.") == [
        ("Murchak", None, "settlement"), ("Faizabad", "gn:1142170", "settlement")]
    assert _found("Guards of the “Bahorak” frontier post fired.") == [("Bahorak", None, "military")]


def test_no_name_before_area_people_organisations_units_and_titles():
    assert _found("The area was flooded, and the Border area stayed calm.") == []
    assert _found("Mr Karimov’s area of work is the “Shouroobod” border unit.") == []
    assert _found("The Aga Khan Foundation area office and the Governor area staff met.") == []
    assert _found("“Pamir Energy” area managers met the President.") == []
