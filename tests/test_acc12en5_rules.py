"""acc12en5 (session 12): a dotted abbreviation keeps its last full stop ("U.S." as written); exact spans on
sentences of our own, with the undotted and lower-case forms and non-place uses left as they were."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.start, m.end) for m in pyanj.geocode(text)]


def test_a_dotted_country_abbreviation_keeps_its_last_dot():
    assert _found("The U.S. government paid for the bridge.") == [("U.S.", "country:us", 4, 8)]
    assert _found("U.S.-led forces arrived in Kunduz.")[0] == ("U.S.", "country:us", 0, 4)
    assert _found("Aid from the U.S.S.R. reached Termez.")[0] == ("U.S.S.R.", "historical:soviet-union", 13, 21)


def test_at_a_sentence_end_the_dot_is_the_abbreviation_s():
    assert _found("The bridge was funded by the U.S.") == [("U.S.", "country:us", 29, 33)]


def test_undotted_and_other_names_before_a_full_stop_keep_their_span():
    assert _found("US troops left.") == [("US", "country:us", 0, 2)]
    assert _found("Floods hit GBAO. Roads closed.") == [("GBAO", "adm1:tj:gorno-badakhshan-autonomous", 11, 15)]
    assert _found("He drove to Khorog.") == [("Khorog", "gn:1221328", 12, 18)]


def test_initials_of_people_and_lower_case_letters_are_no_place():
    assert _found("A statement by U.S. Senator J.D. Smith followed.") == [("U.S.", "country:us", 15, 19)]
    assert _found("Prices rose, e.g. for flour.") == []
