"""An English name followed by "on the Afghan / Tajik side (bank)" read on the other bank takes its namesake there
(``resolve.unit_country.sides_after``); names with no namesake, rivers, people and units stay as they were."""

import pyanj

AF_ISHKASHIM, TJ_ISHKASHIM = "gn:1148268", "gn:1221614"


def _read(text):
    return [(m.surface, m.place_id, "side_after" in m.flags) for m in pyanj.geocode(text)]


def test_the_afghan_side_after_the_name_moves_it_to_the_afghan_namesake():
    assert _read("The bridge links the Tajik town of Ishkoshim and Ishkashim on the Afghan side.") == [
        ("Ishkoshim", TJ_ISHKASHIM, False), ("Ishkashim", AF_ISHKASHIM, True)]
    assert _read("Floods hit Darvoz on the Afghan side.") == [("Darvoz", "adm2:af:badakhshan:darwaz", True)]


def test_a_name_already_on_that_bank_or_without_a_namesake_is_left_as_read():
    got = _read("Ishkashim on the Tajik side has a market, said Faizabad officials.")
    assert got[0] == ("Ishkashim", TJ_ISHKASHIM, False)
    assert _read("Khorog on the Afghan side? No.") == [("Khorog", "gn:1221328", False)]


def test_people_units_and_rivers_before_the_phrase_are_no_place_moved():
    assert _read("Tajik troops on the Afghan side fired.") == []
    assert [s for s, _p, moved in _read("The Badakhshan Regiment on the Tajik side moved.") if moved] == []
    assert [moved for s, _p, moved in _read("From Khorog we went along the Panj on the Afghan side.") if s == "Panj"] == [False]
