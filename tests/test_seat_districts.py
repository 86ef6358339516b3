""""X district" where X is a spelling the gazetteer gives only to the town: the district named after that town
(its seat) is a reading too, and the type word picks it (``text.recognize.districts_of_seats``)."""
import pytest

import pyanj
from pyanj.gazetteer import load


def readings(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_a_town_is_the_seat_of_the_district_of_its_name_only():
    seats = load().seat_districts()
    assert seats["gn:1220576"] == "adm2:tj:shahrtuz"         # Shahritus, seat of Shahrtuz district
    assert "gn:1221328" not in seats                         # Khorog lies in Shughnon district: no namesake


@pytest.mark.parametrize("text, expected", [
    ("Clashes broke out in Shahritus district.", [("Shahritus", "adm2:tj:shahrtuz")]),
    ("The Shahritus district governor said the road was closed.", [("Shahritus", "adm2:tj:shahrtuz")]),
])
def test_x_district_with_the_towns_spelling_is_the_district(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no type word: the town
    ("He flew to Shahritus on Monday.", [("Shahritus", "gn:1220576")]),
    # a town whose district has another name stays the town
    ("Khorog district officials met.", [("Khorog", "gn:1221328")]),
    # a person and a unit named after the town are no place
    ("Mr Shahritusi spoke to the district council.", []),
])
def test_without_the_type_word_or_a_namesake_district_the_reading_stays(text, expected):
    assert readings(text) == expected
