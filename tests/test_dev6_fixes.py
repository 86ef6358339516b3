"""Fixes read off dev6's first evaluation (tests/data/README.md, dev6): the Gunt's spelling "Gund River"
(OCHA's GBAO mudflow reports), cited from a page that is no dev text; people and organisations called
Gund stay out."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.country, m.lat, m.lon, m.flags) for m in pyanj.geocode(text)]


def test_gund_river_is_the_gunt():
    assert _found("A mudflow blocked the Gund River above Khorog.") == [
        ("Gund River", "river:gunt", "TJ", 37.48972, 71.51972, []),
        ("Khorog", "gn:1221328", "TJ", 37.49039, 71.55337, [])]
    assert _found("Gund River: the lake grew 20 cm.") == [("Gund River", "river:gunt", "TJ", 37.48972, 71.51972, [])]


def test_people_and_organisations_called_gund_are_no_river():
    assert _found("Mr Gund said the Gund Foundation will help.") == []
    assert _found("Major Gund of the border unit spoke.") == []
