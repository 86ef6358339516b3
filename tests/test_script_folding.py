"""Perso-Arabic letter variants fold together (Pashto, Urdu and Shughni yeh, heh and kaf with the
Persian ones), so a name written in one of these scripts meets the alias written in another."""

import pyanj
from pyanj.text.normalize import fold_text, normalize


def test_pashto_urdu_and_shughni_letters_fold_to_the_persian_ones():
    assert normalize("ولسوالے") == normalize("ولسوالۍ") == normalize("ولسوالی") == "ولسوالی"
    assert normalize("شہر") == normalize("شهر") and normalize("ڪابل") == normalize("کابل")
    folded, index = fold_text("دهلېز")
    assert folded == " دهلیز " and list(index) == [-1, 0, 1, 2, 3, 4, 5]


def test_a_name_in_one_script_meets_its_alias_in_another():
    assert [(m.surface, m.place_id) for m in pyanj.geocode("واخان دهلیز")] == [
        ("واخان دهلیز", "physical:wakhan-corridor")]  # the alias is the Pashto "واخان دهلېز"
    assert [(m.surface, m.place_id) for m in pyanj.geocode("خُږنۈن ولسوالی")] == [
        ("خُږنۈن ولسوالی", "adm2:af:badakhshan:shighnan")]  # the alias ends in the Shughni "ولسوالے"
