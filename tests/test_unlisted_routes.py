"""The unknown end of a route from a known place ("from Khandut to Digargand", "between Langar and
Zugvand") is a place the gazetteer lacks; people, titles, months and known names are not."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.flags) for m in pyanj.geocode(text)]


def test_unknown_end_after_a_known_one():
    assert _found("The district extended from Khandut to Digargand.")[-1] == (
        "Digargand", None, ["not_in_gazetteer", "route_end", "unlocated"])
    assert _found("The track between Langar and Zugvand is rough.") == [
        ("Langar", "settlement:langar-ishkoshim", []),
        ("Zugvand", None, ["not_in_gazetteer", "route_end", "placed_at_district"])]


def test_unknown_end_before_a_known_one():
    assert _found("Buses run from Zugvand to Khorog.")[0] == ("Zugvand", None, ["not_in_gazetteer", "route_end",
                                                                               "unlocated"])


def test_people_titles_months_and_known_places_are_no_route_ends():
    assert _found("He was moved from Khorog to Kurbonov's office.") == [("Khorog", "gn:1221328", [])]
    assert _found("He wrote from Khorog to President Rahmon.") == [("Khorog", "gn:1221328", [])]
    assert _found("From January to March, flights from Khorog to Moscow ran.") == [
        ("Khorog", "gn:1221328", []), ("Moscow", "gn:524901", [])]
    assert _found("Exports went from Tajikistan to Kurbon.") == [("Tajikistan", "country:tj", [])]
