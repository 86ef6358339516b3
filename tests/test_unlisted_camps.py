"""Refugee camps and settlements the gazetteer lacks, found from their head ("the Balkhi refugee
settlement"), placed at the admin unit the sentence names; agencies and demonyms before the head are
no names."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.feature_type, m.country, m.flags) for m in pyanj.geocode(text)]


def test_refugee_settlement_before_its_head_is_a_camp_in_the_province():
    assert _found("Grandi visited the Balkhi refugee settlement, near the border in Khatlon province.") == [
        ("Balkhi", None, "camp", "TJ", ["not_in_gazetteer", "placed_at_province"]),
        ("Khatlon", "adm1:tj:khatlon", "admin1", "TJ", [])]


def test_agencies_and_demonyms_before_the_head_are_no_camps():
    assert _found("The UNHCR refugee camp opened.") == []
    assert _found("Tajik refugee camps were full.") == []
    assert [m.surface for m in pyanj.geocode("The Afghan refugee settlement in Vahdat grew.")] == ["Vahdat"]


def test_river_of_a_name_is_a_river_the_gazetteer_lacks():
    found = [(m.surface, m.feature_type, m.flags) for m in
             pyanj.geocode("A fortress on the banks of the river of Khumb, in Darvoz district.")]
    assert found == [("Khumb", "river", ["not_in_gazetteer", "placed_at_district"]), ("Darvoz", "admin2", [])]
    assert pyanj.geocode("The river of the same name flows west.") == []
