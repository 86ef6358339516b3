"""World places frontier texts name (issue 12 §2): world cities, states of the past, continents and
macro-regions, ranges, passes, dams and country variants; and the words that only look like them."""

import pytest

from pyanj.resolve import geocode


def _found(gz, text):
    return [(m.surface, m.name, m.feature_type, m.country) for m in geocode(text, "t", gz)]


@pytest.mark.parametrize("text,expected", [
    # a world city of the wider region (GeoNames cities15000), three letters but curated
    ("Trucks drove from Osh to Kashgar and on to Gilgit.",
     [("Osh", "Osh", "settlement", "KG"), ("Kashgar", "Kashgar", "settlement", "CN"),
      ("Gilgit", "Gilgit", "settlement", "PK")]),
    # a spelling GeoNames lists for the town itself
    ("Flour was trucked from Pol-e Khomri.", [("Pol-e Khomri", "Pul-e Khumrī", "settlement", "AF")]),
    # a former name texts still use
    ("He was born in Leninabad.", [("Leninabad", "Khujand", "settlement", "TJ")]),
    # states of the past: no country, no point
    ("The Emirate of Bukhara and the Khanate of Kokand fought over it.",
     [("Emirate of Bukhara", "Emirate of Bukhara", "region", None),
      ("Khanate of Kokand", "Khanate of Kokand", "region", None)]),
    ("Under the British Raj the Wakhan was a buffer against the Russian Empire.",
     [("British Raj", "British Raj", "region", None), ("Wakhan", None, None, None),
      ("Russian Empire", "Russian Empire", "region", None)]),
    # a past state on today's territory takes today's country
    ("Persia lost Herat.", [("Persia", "Persia", "country", "IR"), ("Herat", None, None, None)]),
    # continents and macro-regions
    ("Trade between Europe and Asia passes through Central Asia.",
     [("Europe", "Europe", "region", None), ("Asia", "Asia", "region", None),
      ("Central Asia", "Central Asia", "region", None)]),
    # ranges and passes
    ("The Karakoram, the Tian Shan and the Kunlun meet there.",
     [("Karakoram", "Karakoram", "physical", "PK"), ("Tian Shan", "Tian Shan", "physical", "CN"),
      ("Kunlun", "Kunlun Mountains", "physical", "CN")]),
    ("Lorries cross the Khunjerab Pass.", [("Khunjerab Pass", "Khunjerab Pass", "physical", None)]),
    # dams of the Vakhsh cascade
    ("The Rogun Dam and the Nurek Dam hold the river; Sangtuda-1 lies downstream.",
     [("Rogun Dam", "Rogun Dam", "facility", "TJ"), ("Nurek Dam", "Nurek Dam", "facility", "TJ"),
      ("Sangtuda-1", "Sangtuda 1 Hydroelectric Power Plant", "facility", "TJ")]),
    # country variants
    ("The Kyrgyz Republic and the Russian Federation signed; Turkmenia and Burma did not.",
     [("Kyrgyz Republic", "Kyrgyzstan", "country", "KG"), ("Russian Federation", "Russia", "country", "RU"),
      ("Turkmenia", "Turkmenistan", "country", "TM"), ("Burma", "Myanmar", "country", "MM")]),
])
def test_world_places_are_found_and_typed(gz, text, expected):
    got = _found(gz, text)
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for g, e in zip(got, expected):
        if e[1] is not None:
            assert g == e


@pytest.mark.parametrize("text", [
    "Time will tell whether Most of them agree.",          # towns named Time (NO) and Most (CZ)
    "Split decisions are Central to the Union budget.",     # Split (HR), Central (US), Union (US)
    "The University said Young people were welcome.",       # University (US), Young (UY)
    "Mr Osh spoke to reporters.",                          # a title before a town's name: a person
    "Florence Nightingale was a nurse.",                   # a person named after a city
    "The Kyrgyz Republic Ministry of Emergency Situations said the road was closed.",  # an organisation
    "The University of Central Asia opened a campus.",     # an organisation: none of its names is a place
    "The Silk Road Economic Belt is a Chinese programme.",  # a title named after the route
    "He cited Marsden (Hurst, 2016).",                     # a publisher, not the Texan town
])
def test_words_people_and_organisations_are_not_world_places(gz, text):
    assert _found(gz, text) == []


def test_historical_places_carry_a_source_and_a_reason(gz):
    hist = [p for p in gz.places.values() if p.historical]
    assert {"historical:soviet-union", "historical:samanid-empire", "historical:persia", "road:silk-road"} <= {
        p.id for p in hist}
    for p in hist:
        assert p.sources and all(s.url for s in p.sources), p.id
        assert p.located or p.unlocated_reason, p.id
        assert p.feature_type in ("region", "country", "road"), p.id


def test_territory_states_take_the_country_point(gz):
    ssr, tj = gz.places["historical:tajik-ssr"], gz.places["country:tj"]
    assert (ssr.country, ssr.lat, ssr.lon) == ("TJ", tj.lat, tj.lon)


def test_dams_lie_on_their_cited_points(gz):
    assert (gz.places["facility:nurek-dam"].lat, gz.places["facility:nurek-dam"].lon) == (38.37167, 69.34806)
    assert gz.places["facility:sangtuda-2"].lat is None  # no page gives its coordinate


def test_continents_come_from_geonames(gz):
    asia = gz.places["region:asia"]
    assert asia.sources[0].id == "6255147" and asia.located and asia.country is None


def test_common_word_towns_keep_no_name_but_large_cities_do(gz):
    assert gz.lookup("Most") == [] and gz.lookup("Split") == []
    assert gz.lookup("Oxford")[0].place.country == "GB"      # 150,000+: the name is kept


def test_world_cities_of_the_region_and_the_world(gz):
    assert gz.lookup("Chitral")[0].place.country == "PK"     # 15,000+ in the wider region
    assert gz.lookup("Hotan")[0].place.id == "gn:1281019"
    assert gz.lookup("Yekaterinburg")[0].place.country == "RU"  # 100,000+ elsewhere
