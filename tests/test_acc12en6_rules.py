"""acc12en6 (session 12): a fund named after a place is an organisation; a continent glued to an outlet's name is no place ("CabarAsia"); Asia-Plus's "Roghun"
spelling of the Rogun dam's names. Exact spans on sentences of our own, with the town, people and organisations."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.start) for m in pyanj.geocode(text)]


def test_a_continent_glued_to_an_outlet_name_is_no_place():
    assert _found("Water threats grow, CabarAsia (USA) reports.") == [("USA", "country:us", 31)]
    assert _found("ChannelNewsAsia said Asia was hot.") == [("Asia", "region:asia", 21)]


def test_glued_link_texts_still_split():
    assert _found("Roads from IshkashimIshkashim to Khorog.") == [
        ("Ishkashim", "gn:1221614", 11), ("Ishkashim", "gn:1221614", 20), ("Khorog", "gn:1221328", 33)]


def test_the_roghun_spelling_of_the_dam_names_the_dam():
    assert _found("The Roghun HPP is on the Vakhsh River.") == [
        ("Roghun HPP", "facility:rogun-dam", 4), ("Vakhsh River", "river:vakhsh", 25)]
    assert _found("Construction of the Roghun hydroelectric power plant began.") == [
        ("Roghun hydroelectric power plant", "facility:rogun-dam", 20)]
    assert _found("Work on the Roghun Hydropower Plant resumed.") == [
        ("Roghun Hydropower Plant", "facility:rogun-dam", 12)]


def test_bare_roghun_stays_the_town_and_a_person_stays_out():
    assert _found("He lives in Roghun.") == [("Roghun", "gn:1220701", 12)]
    assert _found("Rahmon met Roghun Gulov in Dushanbe.") == [("Dushanbe", "gn:1221874", 27)]
    assert _found("The Roghun road was shut.") == [("Roghun", "gn:1220701", 4)]


def test_a_fund_named_after_a_place_is_an_organisation():
    assert _found("Leaders of the Aral Sea Rescue Fund met.") == []
    assert _found("The Pamir Relief Fund paid for a school in Khorog.") == [("Khorog", "gn:1221328", 43)]


def test_a_place_before_a_lower_case_fund_or_a_fund_in_it_stays():
    assert _found("The Aral Sea shrank.") == [("Aral Sea", "physical:aral-sea", 4)]
    assert _found("Khorog fund managers met.") == [("Khorog", "gn:1221328", 0)]
    assert _found("A fund in Khorog paid.") == [("Khorog", "gn:1221328", 10)]
