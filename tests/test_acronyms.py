"""An abbreviation defined in parentheses after a place's name names that place (text.acronyms)."""

import pytest

from pyanj.resolve import geocode


def found(text, gz):
    return [(m.surface, m.place_id) for m in geocode(text, None, gz)]


DRS = "adm1:tj:districts-of-republican-subordination"


def test_the_defined_abbreviation_and_its_later_uses_are_the_place(gz):
    text = ("WFP launched projects in the Districts of Republican Subordination (DRS) this year. "
            "Five partners work throughout DRS.")
    assert found(text, gz) == [("Districts of Republican Subordination", DRS), ("DRS", DRS), ("DRS", DRS)]


def test_a_province_and_its_generic_word(gz):
    assert found("Aid reached Khatlon Region (KR) by truck; KR hospitals got it.", gz) == [
        ("Khatlon Region", "adm1:tj:khatlon"), ("KR", "adm1:tj:khatlon"), ("KR", "adm1:tj:khatlon")]


def test_hyphenated_parts_count_as_words(gz):
    text = "Mudflows hit the Gorno-Badakhshan Autonomous Region (GBAR) in July; GBAR officials came."
    got = found(text, gz)
    assert [s for s, _ in got] == ["Gorno-Badakhshan Autonomous Region", "GBAR", "GBAR"]
    assert len({i for _, i in got}) == 1


@pytest.mark.parametrize("text", [
    # an organisation's abbreviation: the place inside its name is not the whole name
    "The Afghanistan National Disaster Management Authority (ANDMA) said DRS was hit. ANDMA sent aid.",
    # initials that are not the name's
    "The Districts of Republican Subordination (DSR) were hit; DRS officials came.",
    # an abbreviation nobody defined
    "Teams went to DRS and to Khatlon.",
    # a one-word name: no abbreviation of it ("Tajikistan (TJ)" is a code, not the text's short form)
    "Aid reached Tajikistan (TJ) and then TJ border posts.",
])
def test_no_span_without_a_matching_definition_after_a_place(text, gz):
    assert not [s for s, _ in found(text, gz) if s.isupper() and len(s) <= 6 and s not in ("GBAO",)]
