"""A province's police is a unit like "Kunduz brigade" (guideline: unit names holding a place are no mention):
"Kunduz police", "the Takhar Police Command" (text/vocab.py UNIT_WORDS, ORG_HEADS); the place stays a place
where "police" is not its unit word."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_a_places_police_is_a_unit():
    assert _found("Mahfoozullah Akbari, a spokesman for Kunduz police, said the district fell.") == []
    assert _found("The acting head of the Takhar Police Command said the border was calm.") == []
    assert _found("Badakhshan police chief said two men were held.") == []


def test_the_place_stays_where_police_is_not_its_unit_word():
    assert _found("Police in Kunduz said the road was closed.") == [("Kunduz", "gn:1135689")]
    assert _found("The police in Khorog detained him.") == [("Khorog", "gn:1221328")]
    assert _found("He fled to Kunduz. Police said he was armed.") == [("Kunduz", "gn:1135689")]
