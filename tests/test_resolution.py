"""Resolution that follows the text (issue 12 §3): the type word after a name, and extended features'
extents — which Wakhan, which Pamir, which Panj; rivers placed along their line. Sentences of our own."""

import pytest
import shapely

from pyanj.gazetteer import haversine_km
from pyanj.gazetteer.geo import frontier
from pyanj.resolve import geocode
from pyanj.resolve.crossings import derived_flag, parse_derived


def one(text, surface, gz):
    """The mention of ``surface`` in ``text``."""
    ms = [m for m in geocode(text, None, gz) if m.surface == surface]
    assert len(ms) == 1, [m.surface for m in geocode(text, None, gz)]
    return ms[0]


def where(m):
    return m.place_id, m.feature_type, m.country


# -- the type word wins ------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, want", [
    ("Fighting was reported in Panj district.", "Panj", ("adm2:tj:panj", "admin2", "TJ")),
    ("He grew up in the town of Panj.", "Panj", ("gn:1220750", "settlement", "TJ")),
    ("The Panj flooded the fields.", "Panj", ("river:panj", "river", None)),
    ("They waited at the Ishkashim border crossing.", "Ishkashim", ("crossing:ishkashim", "crossing", "TJ")),
    ("The Ishkashim checkpoint reopened.", "Ishkashim", ("crossing:ishkashim", "crossing", "TJ")),
    ("The Darvoz checkpoint was closed.", "Darvoz", ("crossing:darvaz-qalaikhumb", "crossing", "AF")),
    ("The Langar checkpoint reopened.", "Langar", ("crossing:langar", "crossing", "TJ")),
    ("Lorries crossed at the Termez crossing.", "Termez", ("crossing:termez-hairatan", "crossing", "AF")),
    ("At Nizhny Pyanj the trucks stopped.", "Nizhny Pyanj", ("gn:1220910", "settlement", "TJ")),
    ("The Nizhny Pyanj border crossing is busy.", "Nizhny Pyanj", ("crossing:sher-khan-bandar", "crossing", "AF")),
])
def test_the_type_word_picks_the_reading(gz, text, surface, want):
    assert where(one(text, surface, gz)) == want


def test_a_crossing_named_by_its_town_settles_an_ambiguous_name(gz):
    m = one("They waited at the Ishkashim border crossing.", "Ishkashim", gz)
    assert "ambiguous" not in m.flags and m.candidates == []
    assert (m.lat, m.lon) == (gz["crossing:ishkashim"].lat, gz["crossing:ishkashim"].lon)


def test_a_crossing_the_gazetteer_lacks_is_derived_at_the_nearest_border_point(gz):
    m = one("Trucks queued at the Panj crossing.", "Panj", gz)
    town = gz["gn:1220750"]
    assert where(m) == ("gn:1220750", "crossing", "TJ")
    assert m.flags == ["derived_crossing: nearest AF–TJ border point to Panj, 2.2 km away"]
    assert (m.precision, m.geo_precision) == ("settlement", 1) and m.confidence <= 0.75  # never surer than that
    assert shapely.distance(frontier(gz).border, shapely.Point(m.lon, m.lat)) < 1e-5  # on the border line
    assert round(haversine_km(town.lat, town.lon, m.lat, m.lon), 1) == 2.2


def test_a_border_post_is_placed_on_the_border_next_to_its_town(gz):
    m = one("The Panj border post came under fire.", "Panj", gz)
    assert where(m) == ("gn:1220750", "military", "TJ")  # not the river "the Panj" suggests
    assert m.flags == ["derived_border_post: nearest AF–TJ border point to Panj, 2.2 km away"]
    m = one("Fighting near the Khorog frontier post.", "Khorog", gz)
    assert m.flags == ["derived_border_post: nearest AF–TJ border point to Khorog, 3.8 km away"]


def test_an_unlocated_crossing_takes_the_border_point_of_its_town(gz):
    m = one("The Vanj crossing reopened.", "Vanj", gz)
    assert where(m) == ("crossing:vanj-khumrogi", "crossing", "TJ")
    assert m.located and "unlocated" not in m.flags
    assert m.flags == ["derived_crossing: nearest AF–TJ border point to Vanj, 14.6 km away"]


@pytest.mark.parametrize("text, surface, want", [
    ("Police set up the Kulob checkpoint.", "Kulob", "gn:1221194"),     # 34 km from the border: the town
    ("The Dushanbe checkpoint is on the ring road.", "Dushanbe", "gn:1221874"),
    ("He opened the Khorog post office.", "Khorog", "gn:1221328"),       # a post office is no border post
    ("A Khorog post-war memorial.", "Khorog", "gn:1221328"),
])
def test_crossing_words_that_are_no_crossing_here(gz, text, surface, want):
    m = one(text, surface, gz)
    assert m.place_id == want and m.feature_type == "settlement"
    assert not any(parse_derived(f) for f in m.flags)


@pytest.mark.parametrize("text", [
    "Mr Ishkashimi said the post was vacant.",   # a person
    "Kabul Post reported the checkpoint news.",  # a newspaper
    "Pamir Energy said the checkpoint was shut.",  # a company
])
def test_no_mention_from_people_or_organisations(gz, text):
    assert [m.surface for m in geocode(text, None, gz)] == []


def test_the_derived_flag_reads_back():
    f = derived_flag("post", "Panj", 2.2)
    assert f == "derived_border_post: nearest AF–TJ border point to Panj, 2.2 km away"
    assert parse_derived(f) == ("post", "Panj", 2.2)
    assert parse_derived(derived_flag("crossing", "Qala-e Panja, Wakhan", 12.04)) == (
        "crossing", "Qala-e Panja, Wakhan", 12.0)
    assert parse_derived("point_on_line") is None


# -- which Wakhan, which Pamir, which Panj -------------------------------------------------------
@pytest.mark.parametrize("text, surface, want", [
    ("He lives in Tajik Wakhan.", "Wakhan", ("physical:wakhan-valley", "physical", "TJ")),
    ("The Wakhan valley in Tajikistan is green.", "Wakhan", ("physical:wakhan-valley", "physical", "TJ")),
    ("Wakhan in Tajikistan has hot springs.", "Wakhan", ("physical:wakhan-valley", "physical", "TJ")),
    ("Afghanistan's Wakhan valley is dry.", "Wakhan", ("physical:wakhan-corridor", "physical", "AF")),
    ("Opium is the only drug in Wakhan.", "Wakhan", ("adm2:af:badakhshan:wakhan", "admin2", "AF")),
    ("Andemin village in Wakhan district.", "Wakhan", ("adm2:af:badakhshan:wakhan", "admin2", "AF")),
    ("The Wakhan Corridor borders China.", "Wakhan Corridor", ("physical:wakhan-corridor", "physical", "AF")),
    ("They fished the Wakhan and Pamir rivers.", "Wakhan", ("river:wakhan", "river", "AF")),
    ("They fished the Wakhan and Pamir rivers.", "Pamir", ("river:pamir", "river", None)),
    ("The Pamir River flows west.", "Pamir River", ("river:pamir", "river", None)),
    ("Life in the Pamir is hard.", "Pamir", ("physical:pamir-mountains", "physical", "TJ")),
    ("Tourists drive the Pamir Highway.", "Pamir Highway", ("road:pamir-highway", "road", "TJ")),
    ("Villages line the Panj valley.", "Panj", ("river:panj", "river", None)),
    ("They rafted the Bartang River.", "Bartang River", ("river:bartang", "river", "TJ")),
    ("Tajikistan's autonomous Gorno-Badakshan province", "Gorno-Badakshan",
     ("adm1:tj:gorno-badakhshan-autonomous", "admin1", "TJ")),
])
def test_the_context_picks_the_reading(gz, text, surface, want):
    assert where(one(text, surface, gz)) == want


def test_every_reading_of_wakhan_is_located(gz):
    valley = gz["physical:wakhan-valley"]
    district = gz["adm2:tj:ishkoshim"]
    assert (valley.lat, valley.lon) == (district.lat, district.lon)  # the centre of its extent
    assert gz.geoms["physical:wakhan-valley"].equals(gz.geoms["adm2:tj:ishkoshim"])
    assert all(gz[i].located for i in ("physical:wakhan-corridor", "adm2:af:badakhshan:wakhan", "river:wakhan"))


def test_a_range_qualified_by_a_country_is_its_part_there(gz):
    wakhan = gz.geoms["adm2:af:badakhshan:wakhan"]
    for text, surface in (("Kyrgyz herders from the Afghan Pamirs crossed into Murghab.", "Pamirs"),
                          ("The Pamir Mountains of Afghanistan are remote.", "Pamir Mountains")):
        m = one(text, surface, gz)
        assert (m.place_id, m.country, m.flags) == ("physical:pamir-mountains", "AF", ["part_in_country: AF"])
        assert wakhan.contains(shapely.Point(m.lon, m.lat))
    m = one("The Tajik Pamirs are high.", "Pamirs", gz)
    assert (m.country, m.flags) == ("TJ", ["part_in_country: TJ"])
    assert gz.geoms["adm1:tj:gorno-badakhshan-autonomous"].contains(shapely.Point(m.lon, m.lat))


def test_a_range_whose_own_point_lies_in_the_qualifying_country_keeps_that_point(gz):
    # the cited point of the Pamirs (Murghab) is in Tajikistan: "Tajikistan's Pamirs" stays there
    for text, surface in (("The Tajik Pamirs are high.", "Pamirs"), ("Murghab in Tajikistan’s Pamir mountains.", "Pamir"),
                          ("Tajikistan's Pamirs: a storm.", "Pamirs")):
        m = one(text, surface, gz)
        assert (m.lat, m.lon, m.country, m.flags) == (38.5, 73.5, "TJ", ["part_in_country: TJ"]), text
    m = one("Kyrgyz herders from the Afghan Pamirs crossed into Murghab.", "Pamirs", gz)
    assert (m.country, (m.lat, m.lon) != (38.5, 73.5)) == ("AF", True)  # its point is not in Afghanistan


def test_an_unqualified_range_keeps_its_cited_point_and_takes_its_country(gz):
    m = one("Life in the Pamirs is hard.", "Pamirs", gz)
    assert (m.lat, m.lon, m.country, m.flags) == (38.5, 73.5, "TJ", [])


# -- rivers along their line ---------------------------------------------------------------------
def test_a_river_is_placed_near_the_places_of_its_paragraph(gz):
    m = one("Khorog lies on the Panj, below Rushan.", "Panj", gz)
    assert m.flags == ["point_on_line"]
    khorog = gz["gn:1221328"]
    assert haversine_km(m.lat, m.lon, khorog.lat, khorog.lon) < 40


def test_a_river_named_with_no_place_near_it_keeps_its_halfway_point(gz):
    panj = gz["river:panj"]
    m = one("The Panj River forms the border between Afghanistan and Tajikistan.", "Panj River", gz)
    assert (m.lat, m.lon, m.flags) == (panj.lat, panj.lon, [])


def test_the_documents_places_along_one_stretch_place_a_river_elsewhere_in_it(gz):
    text = "Khorog and Rushan lie on the river.\n\nTrade.\n\nMore trade.\n\nThe Panj flooded again."
    m = one(text, "Panj", gz)
    assert m.flags == ["point_on_line"]
    assert haversine_km(m.lat, m.lon, 37.7, 71.55) < 40  # between Khorog and Rushan


def test_places_all_along_a_river_do_not_place_it_in_another_paragraph(gz):
    text = ("Qala-e Panja is near its source.\n\nPanji Poyon is near its mouth.\n\nTrade.\n\n"
            "The Panj flooded again.")
    panj = gz["river:panj"]
    m = one(text, "Panj", gz)
    assert (m.lat, m.lon, m.flags) == (panj.lat, panj.lon, [])


def test_amu_is_the_border_river_and_amu_darya_the_whole_river(gz):
    m = one("Floods on the Amu River hit Ishkashim and Khorog.", "Amu River", gz)
    assert m.place_id == "river:amu" and m.flags == ["point_on_line"]
    assert gz.geoms["river:panj"].distance(shapely.Point(m.lon, m.lat)) < 1e-6  # on the Panj
    m = one("The Panj is a tributary of the Amu Darya.", "Amu Darya", gz)
    assert (m.place_id, m.lat, m.lon) == ("river:amu-darya", 37.24286, 67.434218)
