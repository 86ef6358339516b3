"""Both ends of a road ("the road from Namazgah to Qala Mad") and the names listed before a route's known
end ("the stretch from Ghazdara, Ghomi Ab, to Maymi") are places the gazetteer lacks
(text/unlisted_routes.py): exact mentions, with the people, times, titles and organisations that stay out."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, "route_end" in m.flags) for m in pyanj.geocode(text)]


def test_both_ends_of_a_road():
    assert _found("Thirty-five kilometers of road from Namazgah to Qala Mad will be built.") == [
        ("Namazgah", None, True), ("Qala Mad", None, True)]
    assert _found("A trail between Sarhad and Zargamod Gumbaz climbs.") == [
        ("Sarhad", "settlement:sarhad-e-broghil", False), ("Zargamod Gumbaz", None, True)]
    # (Bozai Gumbaz is listed since places7.toml: a known end)
    assert _found("A trail between Sarhad and Bozai Gumbaz climbs.") == [
        ("Sarhad", "settlement:sarhad-e-broghil", False), ("Bozai Gumbaz", "settlement:bozai-gumbaz", False)]


def test_a_road_word_is_a_word_of_its_own():
    assert _found("The roads from Namazgah to Qala Mad are closed.") == [("Namazgah", None, True), ("Qala Mad", None, True)]
    assert _found("The railroad from Namazgah to Qala Mad is planned.") == []  # (no road word: "railroad")
    assert _found("The routes from Namazgah to Qala Mad are closed.") == []  # ("routes" is none of the words)


def test_a_list_before_the_known_end_of_a_route():
    assert _found("The stretch from Ghazdara, Ghomi Ab, to Maymi is the worst.") == [
        ("Ghazdara", None, True), ("Ghomi Ab", None, True), ("Maymi", "adm2:af:badakhshan:darwazbala", False)]


def test_people_times_titles_and_organisations_are_no_road_ends():
    assert _found("The road from Karim to Rahim Saidov was built by Mr Ali.") == []
    assert _found("He worked on the road from Monday to Friday.") == []
    assert _found("The route from President Rahmon to the Aga Khan Foundation was short.") == []
    assert _found("A bus runs from Karim, Rahim, to the UNDP Office.") == []
