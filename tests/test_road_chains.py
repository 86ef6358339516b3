"""A road named by more than two places along it, each dash-joined to the next ("the Dushanbe-Kulob-Darvoz-Khorog
highway", resolve/road_ends.py): one ROAD span from the first name to the last, not a town, a town and a road;
countries, people and dash-joined names with no road word stay what they were."""

import pyanj


def _found(text):
    return [(m.surface, m.feature_type, m.name, m.related_place_id) for m in pyanj.geocode(text)]


def test_a_chain_of_places_before_a_road_word_is_one_road():
    assert _found("The Dushanbe-Kulob-Darvoz-Khorog highway has been reopened.") == [
        ("Dushanbe-Kulob-Darvoz-Khorog", "road", "Dushanbe–Kŭlob–Darvoz–Khorog road", "gn:1221328")]
    assert _found("They drove the Osh-Murghab-Khorog road.") == [
        ("Osh-Murghab-Khorog", "road", "Osh–Murghob–Khorog road", "gn:1221328")]


def test_a_pair_is_unchanged():
    assert [f[:3] for f in _found("the highways of Faizabad-Takhar and Faizabad-Baharak")] == [
        ("Faizabad-Takhar", "road", "Fayzabad–Takhar road"), ("Faizabad-Baharak", "road", "Fayzabad–Baharak road")]
    assert _found("The Baharak-Faizabad road was repaved.") == [
        ("Baharak-Faizabad", "road", "Bahārak–Fayzabad road", "gn:1142170")]


def test_countries_and_chains_with_no_road_word_stay_places():
    assert [f[:2] for f in _found("The Afghanistan-Tajikistan-China road is a plan.")] == [
        ("Afghanistan", "country"), ("Tajikistan", "country"), ("China", "country")]
    assert [f[:2] for f in _found("Rahmon flew Dushanbe-Kulob-Khorog in a day.")] == [
        ("Dushanbe", "settlement"), ("Kulob", "settlement"), ("Khorog", "settlement")]
    assert [f[:2] for f in _found("Mr Karim-Rahimov-Saidov road workers met in Khorog.")] == [("Khorog", "settlement")]
