"""Resolution fixes of session 6 (helper acc): exact mentions, with the negatives that must stay."""

import pytest

from pyanj.resolve import geocode
from pyanj.text.recognize import find_spans


def found(text, gz):
    return [(m.surface, m.place_id) for m in geocode(text, None, gz)]


# -- "the Afghan province of X": the demonym before the unit word decides the country -------------
@pytest.mark.parametrize("text, want", [
    ("The road links Dushanbe, Tajikistan’s capital, with the eastern Afghan province of Badakhshan.",
     ("Badakhshan", "adm1:af:badakhshan")),
    ("Khorog, Tajikistan’s border town, faces the Afghan district of Shighnan.", ("Shighnan", "adm2:af:badakhshan:shighnan")),
    ("Aid reached the Tajik province of Badakhshan.", ("Badakhshan", "adm1:tj:gorno-badakhshan-autonomous")),
])
def test_a_demonym_before_the_unit_word_gives_the_country(text, want, gz):
    assert want in found(text, gz)


@pytest.mark.parametrize("text", [
    "An Afghan official of Badakhshan said so.",  # no unit word: no hint from "Afghan"
    "The Afghan governor of the province of Badakhshan spoke.",
])
def test_no_hint_without_the_unit_word_right_before(text, gz):
    sp = [s for s in find_spans(text, gz) if s.surface == "Badakhshan"]
    assert [s.country_hint for s in sp] == [None]


# -- "the Corridor": the one feature named before with that head ---------------------------------
def test_a_capitalised_head_stands_for_the_feature_named_with_it(gz):
    text = ("The Wakhan Corridor is remote. To the Corridor’s north lies Tajikistan. "
            "At the far eastern end of the Corridor is China.")
    got = [(m.surface, m.place_id, m.flags) for m in geocode(text, None, gz)]
    assert got == [("Wakhan Corridor", "physical:wakhan-corridor", []), ("Corridor", "physical:wakhan-corridor",
                   ["back_reference"]), ("Tajikistan", "country:tj", []),
                   ("Corridor", "physical:wakhan-corridor", ["back_reference"]), ("China", "country:cn", [])]


@pytest.mark.parametrize("text", [
    "The Corridor is remote.",  # nothing named before
    "The Wakhan Corridor is remote; the corridor is narrow.",  # lower case: an ordinary noun
    "The Salang Pass and the Anjuman Pass are closed; the Pass is high.",  # two: no telling
    "The Wakhan Corridor is remote. The Corridor Hotel and the Corridor of Power are in Kabul.",  # longer names
    "The Wakhan Corridor is remote. The River is high and the Valley green.",  # heads left out
    "Mr Wakhan Corridor met the Pass Committee.",
])
def test_no_back_reference_without_one_named_feature(text, gz):
    assert [m.surface for m in geocode(text, None, gz) if "back_reference" in m.flags] == []


# -- context.py: a country after "to" at a line's start or in brackets is a destination too ---------
@pytest.mark.parametrize("text", ["Refugees went\nto Tajikistan.", "Refugees went (to Tajikistan).",
                                  "Refugees went to Tajikistan.", "to Tajikistan."])
def test_a_destination_country_is_not_where_the_sentence_is(text, gz):
    from pyanj.resolve.context import build_context
    from pyanj.text.prepare import prepare
    prep = prepare(text)
    spans = find_spans(prep, gz)
    ctx = build_context(prep, spans, prep.segments.locate([s.start for s in spans]), [], gz)
    assert (ctx.doc_countries, ctx.n_countries) == ({}, 0)
    prep = prepare(text.replace("to Tajikistan", "in Tajikistan"))
    spans = find_spans(prep, gz)
    ctx = build_context(prep, spans, prep.segments.locate([s.start for s in spans]), [], gz)
    assert (ctx.doc_countries, ctx.n_countries) == ({"TJ": 1}, 1)


# -- "Pamir and Wakhan Rivers": a capitalised river head keeps the rivers only ---------------------
def test_a_capitalised_plural_river_head_makes_its_names_rivers(gz):
    text = ("The Panj River forms the border between Tajikistan and Afghanistan.\nCountry Afghanistan, Tajikistan\n"
            "Main source confluence of Pamir and Wakhan Rivers")
    got = {m.surface: m.place_id for m in geocode(text, None, gz)}
    assert got["Wakhan Rivers"] == "river:wakhan"
    # lower case after it, in the same text: the same cue, a cache entry of its own
    spans = {s.surface: s.ids for s in find_spans(text + "; the Wakhan rivers", gz)}
    assert spans["Wakhan Rivers"] == ["river:wakhan"]
    assert len(spans["Wakhan"]) == 3



# -- lower-case feature names with their head: "the pamir highway" ---------------------------------
@pytest.mark.parametrize("text, want", [
    ("We were cycling the pamir highway at a check point.", [("pamir", "road:pamir-highway")]),
    ("the wakhan corridor is long", [("wakhan", "physical:wakhan-corridor")]),
    ("the pamir mountains are high", [("pamir", "physical:pamir-mountains")]),
])
def test_a_lower_case_feature_name_with_its_head(text, want, gz):
    assert found(text, gz) == want


@pytest.mark.parametrize("text", [
    "the silk road and the khorog town",  # no listed feature; a town in lower case
    "only shughnani is spoken in shughnan and khorog",  # lower-case towns and districts stay words
    "the pamir kyrgyz herders and the panj river",  # no feature head; a river (not in the heads)
])
def test_no_lower_case_name_without_a_feature_head(text, gz):
    assert [s for s, _p in found(text, gz) if s.islower()] == []


# -- "the Pamir Kyrgyz": a place's name before a people's is the people --------------------------
@pytest.mark.parametrize("text, want", [
    ("Will Pamir Kyrgyz nomads leave the Wakhan Corridor?", [("Wakhan Corridor", "physical:wakhan-corridor")]),
    ("The Badakhshan Wakhis and the Kunduz Uzbeks voted.", []),
    ("Kyrgyz herders live in the Pamir. Tajikistan Kyrgyz relations improved.",
     [("Pamir", "physical:pamir-mountains"), ("Tajikistan", "country:tj")]),  # (a country stays itself)
    ("Herders of the Pamir, Kyrgyz by origin, came.", [("Pamir", "physical:pamir-mountains")]),  # (a comma)
])
def test_a_place_before_a_peoples_name_is_that_people(text, want, gz):
    assert found(text, gz) == want


# -- a gazetteer label "X (Y)" is not indexed when the place has plain names ------------------------
@pytest.mark.parametrize("text, want", [
    ("The Pamir Highway (M41) is remote.", [("Pamir Highway", "road:pamir-highway"), ("M41", "road:pamir-highway")]),
    ("Ishkashim (Afghanistan) is a town.", [("Ishkashim", "gn:1148268"), ("Afghanistan", "country:af")]),
    # (places5.toml gives the district its plain name "Yamgan", so the label is two names of one district)
    ("Fighting in Yamgan (Girwan) district.", [("Yamgan", "adm2:af:badakhshan:yamgan-girwan"),
                                               ("Girwan", "adm2:af:badakhshan:yamgan-girwan")]),
])
def test_a_labelled_name_is_two_mentions(text, want, gz):
    assert found(text, gz) == want


# -- a coordinate an infobox glued to the next label ----------------------------------------------
def test_a_coordinate_glued_to_the_next_capitalised_word():
    from pyanj.text.coordinates import find_coordinates
    from pyanj.text.prepare import prepare
    text = "Coordinates: 38°N 71°E / 38°N 71°ECoordinates: 38°N 71°E | Country"
    got = [(text[c.start:c.end], c.lat, c.lon) for c in find_coordinates(prepare(text))]
    assert got == [("38°N 71°E", 38.0, 71.0)] * 3
    for text in ("at 38°N 71°East of it", "at 38 N 71 Eagles", "38°N 71°Ewing"):  # a word, not a glued label
        assert find_coordinates(prepare(text)) == [], text


# -- dotted acronyms: "G.B.A.O." --------------------------------------------------------------------
def test_a_dotted_acronym_is_the_acronym(gz):
    text = "what happened in the Gorno-Badakhshan Autonomous Oblast (G.B.A.O.), the sealed-off half"
    assert found(text, gz) == [("Gorno-Badakhshan Autonomous Oblast", "adm1:tj:gorno-badakhshan-autonomous"),
                               ("G.B.A.O.", "adm1:tj:gorno-badakhshan-autonomous")]  # (its last stop too, as "U.S.")
    assert found("the g.b.a.o. in lower case and the U.N.H.C.R. office", gz) == []  # (capitals only; no place)


# -- a lower-case repeat of a place the text names capitalised (text/lowercase.py) ------------------
@pytest.mark.parametrize("text, want", [
    ("Shighnan is a district. Only farsi is spoken in shughnan.",
     [("Shighnan", "adm2:af:badakhshan:shighnan"), ("shughnan", "adm2:af:badakhshan:shighnan")]),
    ("Khorog is a town; he came from khorog.", [("Khorog", "gn:1221328"), ("khorog", "gn:1221328")]),
    ("Only farsi is spoken in shughnan.", []),  # never written capitalised: a word
    ("Shughnan is a district. The shughnan dialect.", [("Shughnan", "adm2:af:badakhshan:shighnan")]),  # no preposition
    ("Reading is a town. He was reading in reading.", []),
    # (the preposition must be a word of its own: "within", "on-to", "_at" are not "in", "to", "at")
    ("Khorog is a town; he lived within khorog.", [("Khorog", "gn:1221328")]),
    ("Khorog is a town; he went on-to khorog, not_at khorog.", [("Khorog", "gn:1221328")]),
    ("Khorog is a town; within khorog, from khorog.", [("Khorog", "gn:1221328"), ("khorog", "gn:1221328")]),
])
def test_a_lower_case_repeat_after_a_preposition(text, want, gz):
    assert found(text, gz) == want
