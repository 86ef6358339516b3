"""A bare name after the text named the feature with its capitalised head before it ("Lake Karakol … Onwards
to Karakol") is that feature (resolve.named_before.shortened_after_head); a bare name whose own readings hold
the feature, or with a type word of its own, or in a text that named no such feature, keeps its resolution."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_the_bare_name_after_lake_name_is_the_lake():
    assert _found("Above: Lake Karakol and the mountains.\nOnwards to Karakol\nWe continued.") == \
        [("Lake Karakol", "physical:karakul-lake"), ("Karakol", "physical:karakul-lake")]


def test_without_the_lake_named_before_the_town_stays():
    assert _found("We flew to Karakol in Kyrgyzstan.")[0] == ("Karakol", "gn:1528121")


def test_a_type_word_of_its_own_keeps_the_bare_name_s_reading():
    got = _found("Lake Karakol is cold. Karakol district is far.")
    assert got[0] == ("Lake Karakol", "physical:karakul-lake") and got[1][1] != "physical:karakul-lake"
