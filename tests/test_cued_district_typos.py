"""A district's name with one letter replaced, taken only where the text calls it a district
("Jurm, Wardoj and Shuhada districts"; text/fuzzy._cued_district): exact mentions, with the people,
organisations and titles that stay out, and no district without the cue."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, "fuzzy" in m.flags) for m in pyanj.geocode(text)]


def test_a_replaced_letter_before_district_and_in_a_list_of_districts():
    assert _found("Floods hit Jurm, Wardoj and Shuhada districts of the province.")[:2] == [
        ("Jurm", "adm2:af:badakhshan:jurm", False), ("Wardoj", "adm2:af:badakhshan:warduj", True)]
    got = _found("The floods blocked the roads of Wakhan and Shukhnan districts of the province of Badakhshan.")
    assert got[1] == ("Shukhnan", "adm2:af:badakhshan:shighnan", True)


def test_no_cue_no_district_and_people_organisations_titles_stay_out():
    assert _found("Wardoj is a name he gave his horse.") == []
    assert _found("Mr Wardoj met the district chief.") == []
    assert _found("The Wardoj Foundation opened a district office.") == []
    assert _found("Governor Wardoj visited two districts.") == []


def test_two_spellings_of_one_district_equally_near_are_that_district():
    # "Shukai" is one letter from "Shekai" and from "Shikai", both Shekay district's spellings
    assert _found("The first snow fell in Shukai district, on the northern border.")[0] == \
        ("Shukai", "adm2:af:badakhshan:shaki", True)
    assert _found("Shukai is a name he gave his horse.") == []
    assert _found("Mr Shukai met the district chief.") == []


def test_a_province_s_name_with_a_replaced_letter_before_province_is_that_province():
    assert _found("They crossed into Tajikistan from the northern Kundoz province of Afghanistan.")[1] == \
        ("Kundoz", "adm1:af:kunduz", True)
    assert _found("Floods hit Kundoz Province on Friday.") == [("Kundoz Province", "adm1:af:kunduz", True)]
    assert _found("Floods hit Takhar and Kundoz provinces.")[1] == ("Kundoz", "adm1:af:kunduz", True)


def test_no_province_cue_no_province_and_people_stay_out():
    assert _found("Kundoz was calm.") == []
    assert _found("Mr. Kundoz said the province was calm.") == []
    assert _found("He met Ahmad Kundoz, the province governor.") == []
    # a district's cue looks among districts only: no province is taken for it
    assert _found("Mr Kundoz met the district chief.") == []
