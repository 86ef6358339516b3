"""Resolution that follows the text, session 5 (issue 12 §3): a page's subject, glosses in parentheses,
facilities named after places, crossings the gazetteer lacks, lists of bridges. Sentences of our own,
each rule with the texts it must leave alone."""

import pytest

from pyanj.resolve import geocode
from pyanj.resolve.facility import head_after
from pyanj.resolve.subject import subject_span
from pyanj.text.prepare import prepare
from pyanj.text.recognize import find_spans


def by_surface(text, gz):
    out = {}
    for m in geocode(text, None, gz):
        out.setdefault(m.surface, []).append(m)
    return out


def one(text, surface, gz):
    ms = by_surface(text, gz).get(surface, [])
    assert len(ms) == 1, sorted(by_surface(text, gz))
    return ms[0]


# -- the page's subject -------------------------------------------------------------------------
RIVER_PAGE = ("Panj River\n\nThe Panj River is a tributary of the Amu Darya. It is formed near the village of "
              "Qala-e Panja, where the Pamir and Wakhan rivers meet.\n\nThe Panj flows past Khorog.")
NEWS = ("Floods on the Panj\n\nThe Panj River rose near the village of Qala-e Panja, where the Pamir and Wakhan "
        "rivers meet.")


@pytest.mark.parametrize("text, want", [
    (RIVER_PAGE, "Panj River"),
    ("= Wakhan =\n\nWakhan is a valley.", "Wakhan"),
    ("Jump to content\n\nQal'ai Khumb\n\nCoordinates: 38°27′59″N 70°47′48″E\nQal'ai Khumb is a town.",
     "Qal'ai Khumb"),
    ("Tigrovaya Balka Nature Reserve | |\n---|---|\nTigrovaya Balka Nature Reserve is a nature reserve in "
     "Tajikistan.", "Tigrovaya Balka Nature Reserve"),
    (NEWS, None),  # a headline is a sentence, not a bare name
    ("Khorog, March 17 -- Residents of Khorog protested.", None),
    ("Amu River flooding destroys homes\n\nThe Amu River rose.", None),
])
def test_subject_is_the_name_alone_on_a_heading_line(gz, text, want):
    prep = prepare(text)
    spans = find_spans(prep, gz)
    k = subject_span(text, spans)
    assert (spans[k].surface if k is not None else None) == want


def test_a_river_page_keeps_the_rivers_own_point(gz):
    panj = gz.places["river:panj"]
    ms = [m for m in geocode(RIVER_PAGE, None, gz) if m.place_id == "river:panj"]
    assert len(ms) == 3
    assert {(m.lat, m.lon) for m in ms} == {(panj.lat, panj.lon)}
    assert all("point_on_line" not in m.flags for m in ms)


def test_news_about_a_stretch_still_places_the_river_there(gz):
    m = one(NEWS, "Panj River", gz)
    assert "point_on_line" in m.flags
    assert (m.lat, m.lon) != (gz.places["river:panj"].lat, gz.places["river:panj"].lon)


RESERVE = ("Kaakha Fortress | |\n---|---|\nLocation | Gorno-Badakhshan, Tajikistan |\n"
           "Coordinates | 37°16′N 68°28′E / 37.267°N 68.467°E |\n"
           "Kaakha Fortress is a ruined fortress in Tajikistan. Kaakha Fortress has three walls.")


def test_an_unlisted_subject_takes_the_coordinate_its_header_states(gz):
    # (a test of the rule, not of the place: the gazetteer holds Kaakha Fortress unlocated)
    assert gz.places["facility:kaakha-fortress"].lat is None
    ms = [m for m in geocode(RESERVE, None, gz) if m.surface.startswith("Kaakha")]
    assert [m.surface for m in ms] == ["Kaakha Fortress", "Kaakha Fortress", "Kaakha Fortress"]
    for m in ms:
        assert (m.lat, m.lon, m.country) == (37.266667, 68.466667, "TJ")
        assert "located_by_page_coordinate" in m.flags and "unlocated" not in m.flags


def test_a_coordinate_in_the_body_locates_no_subject(gz):
    text = ("Tigrovaya Balka Nature Reserve | |\n---|---|\nThe reserve is large. A camp lies at 37°16′N 68°28′E "
            "in Tajikistan. Tigrovaya Balka Nature Reserve is old.")
    ms = [m for m in geocode(text, None, gz) if m.surface.startswith("Tigrovaya")]
    assert ms and all("located_by_page_coordinate" not in m.flags for m in ms)


# -- glosses in parentheses ---------------------------------------------------------------------
def test_a_gloss_takes_the_reading_of_the_name_it_glosses(gz):
    text = ("Officials in Shighnan district said the flood destructions of the Amu (Oxus) River in Badakhshan "
            "province increased.")
    amu, oxus = one(text, "Amu", gz), next(m for m in geocode(text, None, gz) if m.surface.startswith("Oxus"))
    assert amu.place_id == "river:amu"
    assert (oxus.place_id, oxus.lat, oxus.lon) == (amu.place_id, amu.lat, amu.lon)
    assert "alternative_name" in oxus.flags


def test_another_languages_name_of_the_district_is_the_same_district(gz):
    text = ("In Afghanistan's Badakhshan Province, Shighnan District (Persian: شهرستان سغنان -Tajik: Ноҳияи Шиғнони) "
            "faces Tajikistan.").replace("Tajik: Ноҳияи Шиғнони", "Russian: Шугнанский район")
    m = one(text, "Шугнанский район", gz)  # (a name both banks' districts share)
    assert (m.place_id, m.country) == ("adm2:af:badakhshan:shighnan", "AF")
    assert one("Khorog lies in Шугнанский район of Tajikistan.", "Шугнанский район", gz).country == "TJ"  # no gloss


@pytest.mark.parametrize("text, surface, want", [
    ("Khorog (Tajikistan) lies on the Panj.", "Tajikistan", "country:tj"),  # a country is no gloss
    ("Ishkashim (Badakhshan) is a border town.", "Badakhshan", "adm1:af:badakhshan"),  # nor a province
    ("Vanj (near Rushan) is a town.", "Rushan", "gn:1220685"),  # words that place it
    ("Three crossings at bridges over the Amu Darya (Pyanj) River.", "Pyanj", "river:panj"),  # rivers that join
])
def test_what_is_no_gloss(gz, text, surface, want):
    m = next(m for m in geocode(text, None, gz) if m.surface.startswith(surface))
    assert m.place_id == want and "alternative_name" not in m.flags


# -- facilities named after places --------------------------------------------------------------
def test_a_square_is_in_the_texts_town_not_the_town_it_is_named_after(gz):
    text = "More than 3,000 people gathered in Vahdat Square outside the Khorog mayor's office."
    m = one(text, "Vahdat Square", gz)
    khorog = gz.places["gn:1221328"]
    assert (m.feature_type, m.place_id, m.name) == ("facility", None, "Vahdat Square")
    assert (m.lat, m.lon, m.country, m.related_place_id) == (khorog.lat, khorog.lon, "TJ", "gn:1221328")
    assert "facility_in_town: Khorog" in m.flags
    assert text[m.start:m.end] == "Vahdat Square"


def test_the_town_a_text_names_most_holds_its_street(gz):
    text = "Protests spread in Khorog. Police closed Kulob Street. Khorog was calm by night; Dushanbe was not."
    m = one(text, "Kulob Street", gz)
    assert (m.lat, m.lon) == (gz.places["gn:1221328"].lat, gz.places["gn:1221328"].lon)


def test_a_street_in_a_text_without_towns_is_unlocated(gz):
    m = one("Police closed Vahdat Street.", "Vahdat Street", gz)
    assert (m.feature_type, m.lat, m.country) == ("facility", None, None) and "unlocated" in m.flags


@pytest.mark.parametrize("text", [
    "Rahmon visited Vahdat.",                      # the town itself
    "He drove from Vahdat square to Khorog.",      # a lower-case head is not part of a name
    "Vahdat Squares are common.",                  # not the head word
    "The Hotel Tajikistan in Dushanbe.",           # a country's name
])
def test_no_facility_without_its_capitalised_head(gz, text):
    assert all(m.feature_type != "facility" for m in geocode(text, None, gz))


def test_head_after():
    assert head_after("in Vahdat Square outside", 9) == "Square"
    assert head_after("in Vahdat Squares", 9) is None
    assert head_after("in Vahdat  Square", 9) is None
    assert head_after("in Vahdat Park.", 9) == "Park"


# -- crossings the text names -------------------------------------------------------------------
def test_a_list_after_bridges_at_is_a_list_of_crossings(gz):
    text = "Since 2002, AKDN has constructed four bridges -- at Darwaz, Tem, Ishkashim and Vanj."
    got = {s: ms[0].place_id for s, ms in by_surface(text, gz).items()}
    assert got == {"Darwaz": "crossing:darvaz-qalaikhumb", "Tem": "crossing:tem-demogan",
                   "Ishkashim": "crossing:ishkashim", "Vanj": "crossing:vanj-khumrogi"}


def test_a_list_without_the_crossing_word_stays_places(gz):
    got = {s: ms[0].feature_type for s, ms in by_surface("Floods hit Darvoz, Vanj and Rushan.", gz).items()}
    assert "crossing" not in got.values()


def test_an_unlisted_bridge_is_its_districts_one_crossing(gz):
    m = one("The Friendship Bridge across the Panj in Shighnan district links the two banks.", "Friendship Bridge", gz)
    assert (m.place_id, m.feature_type) == ("crossing:tem-demogan", "crossing")
    assert "crossing_of_text" in m.flags and "not_in_gazetteer" not in m.flags


# -- abbreviated two-word names -----------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Khatlon: Dusti, Qubodiyon, Shahrituz, N. Khusrav, Jayhun, Farkhor", ("N. Khusrav", "adm2:tj:nosiri-khusrav")),
    ("Kulob, Vose and Sh. Shohin", ("Sh. Shohin", "adm2:tj:shuro-obod")),
    ("He lives in N. Khusrav district.", ("N. Khusrav", "adm2:tj:nosiri-khusrav")),
])
def test_an_initial_and_a_last_word_name_the_one_place_of_that_name(gz, text, want):
    got = [(m.surface, m.place_id) for m in geocode(text, None, gz) if "abbreviated" in m.flags]
    assert got == [want]


@pytest.mark.parametrize("text", [
    "A. Rahmon said the border is calm.",           # a person: no place of that name
    "J. Smith visited Khorog.",
    "The U.S. Army left Kabul.",
    "N. Khusrav wrote poems in Dushanbe and Khorog.",  # the name, but no sign a place is meant
    "Sh. Shohin said Kulob, Vose and Farkhor were calm.",
    "Mr. Khusrav met Dr. Shohin in Kulob.",          # titles, not initials
])
def test_initials_that_name_no_place(gz, text):
    assert all("abbreviated" not in m.flags for m in geocode(text, None, gz))


@pytest.mark.parametrize("text, want", [
    ("Sher Khan customs office of Kunduz province says coal exports resumed.", ["crossing:sher-khan-bandar"]),
    ("Coal goes from Sher Khan loading port to Pakistan.", ["crossing:sher-khan-bandar"]),
    ("Commander Sher Khan said the road was open.", []),  # a person, after a title
    ("Haji Sher Khan, a local elder, spoke.", []),
])
def test_sher_khan_alone_is_the_port(gz, text, want):
    assert [m.place_id for m in geocode(text, None, gz) if m.surface == "Sher Khan"] == want


# -- the text's bank for the names it gives no country ------------------------------------------
def test_an_unplaced_unlisted_crossing_takes_the_texts_bank(gz):
    text = ("Villagers in Khayom and Panj say life is hard. Guards watch the Somon border crossing every night. "
            "Traders in Kulob agree.")
    m = one(text, "Somon", gz)
    assert (m.place_id, m.country, m.lat) == (None, "TJ", None) and "bank_of_text" in m.flags


def test_no_bank_when_the_text_speaks_of_both(gz):
    text = "Traders from Khorog met traders from Imam Sahib.\n\nGuards watch the Somon border crossing every night."
    m = one(text, "Somon", gz)
    assert (m.country, m.lat) == (None, None) and "bank_of_text" not in m.flags


def test_a_named_crossing_the_gazetteer_lacks_is_not_the_one_nearby(gz):
    m = one("Traders from Khorog cross at the Somon border crossing.", "Somon", gz)
    assert m.place_id is None and "crossing_of_text" not in m.flags


# -- a lower-case qualifier that names one reading ----------------------------------------------
def test_a_lower_case_qualifier_that_makes_a_name_picks_that_reading(gz):
    m = one("The road connects the Tajik capital, Dushanbe, to mountainous Badakhshan.", "Badakhshan", gz)
    assert (m.place_id, m.country) == ("adm1:tj:gorno-badakhshan-autonomous", "TJ")
    assert "qualified_reading" in m.flags and m.candidates[0]["id"] == "adm1:af:badakhshan"


@pytest.mark.parametrize("text", ["Rain fell in northern Badakhshan and Takhar.", "Kunduz and Badakhshan provinces"])
def test_other_words_before_a_name_pick_nothing(gz, text):
    m = one(text, "Badakhshan", gz)
    assert m.place_id == "adm1:af:badakhshan" and "qualified_reading" not in m.flags


def test_bridges_in_districts_name_the_districts(gz):
    got = {s: ms[0].feature_type for s, ms in by_surface("AKDN built bridges in Shighnan and Ishkashim districts.",
                                                         gz).items()}
    assert got == {"Shighnan": "admin2", "Ishkashim": "admin2"}


def test_a_subject_the_gazetteer_cannot_locate_takes_its_header_coordinate(gz):
    assert not gz.places["physical:tarim-basin"].located
    ms = [m for m in geocode("Tarim Basin\n\nCoordinates: 39°N 83°E\nThe Tarim Basin is a basin in China.", None, gz)
          if m.place_id == "physical:tarim-basin"]
    assert [(m.lat, m.lon) for m in ms] == [(39.0, 83.0), (39.0, 83.0)]
    assert all("located_by_page_coordinate" in m.flags and "unlocated" not in m.flags for m in ms)


def test_a_located_subject_keeps_its_gazetteer_point(gz):
    m = geocode("Khorog\n\nCoordinates: 37°N 71°E\nKhorog is a town.", None, gz)[0]
    assert (m.place_id, m.lat, m.lon) == ("gn:1221328", 37.49039, 71.55337)


SHIGHNAN_PAGE = ("Shighnan District\n\nFrom Wikipedia the free encyclopedia\n\nShighnan District\n"
                 "ولسوالی شغنان • Шугнанский район\nCoordinates: 37°37′0″N 71°27′0″E\nCountry Afghanistan\n\n"
                 "Shighnan District is one of the 28 districts of the Badakhshan Province in eastern Afghanistan. "
                 "Across the river lies Tajikistan, where Шугнанский район of Tajikistan has its centre in Khorog.")


def test_the_heads_homonym_of_the_subject_is_the_subject_the_bodys_is_not(gz):
    ms = [m for m in geocode(SHIGHNAN_PAGE, None, gz) if m.surface == "Шугнанский район"]
    assert [(m.place_id, "subject_homonym" in m.flags) for m in ms] == [
        ("adm2:af:badakhshan:shighnan", True), ("adm2:tj:shughnon", False)]


def test_the_header_coordinate_decides_which_homonym_the_subject_is(gz):
    ms = [m for m in geocode(SHIGHNAN_PAGE, None, gz) if m.surface == "Shighnan District"]
    assert {m.place_id for m in ms} == {"adm2:af:badakhshan:shighnan"}
    page_tj = SHIGHNAN_PAGE.replace("37°37′0″N 71°27′0″E", "37°30′N 71°50′E")  # a point in Tajik Shughnon
    first = geocode(page_tj, None, gz)[0]
    assert (first.surface, first.place_id) == ("Shighnan District", "adm2:tj:shughnon")


# -- a river's upper or lower reaches -----------------------------------------------------------
def test_every_bundled_river_line_runs_downstream(gz):
    """What ``extent.river_reach`` rests on: each line's first point is higher than its last (the DEM)."""
    from pyanj.terrain.dem import sample_elevation
    lines = {i: g for i, g in gz.geoms.items() if gz.places[i].feature_type == "river" and g.geom_type == "LineString"}
    assert len(lines) >= 4
    for i, g in lines.items():
        (x0, y0), (x1, y1) = g.coords[0][:2], g.coords[-1][:2]
        z0, z1 = sample_elevation([x0, x1], [y0, y1])
        assert z0 > z1, i


@pytest.mark.parametrize("text, surface, end", [
    ("The Wakhan contains the headwaters of the Amu Darya.", "Amu Darya", 0),
    ("Граница идёт через горы Памира до верховья реки Пяндж.", "Пяндж", 0),
    ("Floods hit farms near the mouth of the Panj River.", "Panj River", -1),
])
def test_the_upper_reaches_are_the_source_end_the_mouth_the_last(gz, text, surface, end):
    m = one(text, surface, gz)
    lon, lat = gz.geoms[m.place_id].coords[end][:2]
    assert (m.lat, m.lon) == (round(lat, 6), round(lon, 6))
    assert ("upper_reaches" if end == 0 else "lower_reaches") in m.flags


def test_an_infoboxs_river_mouth_field_is_not_the_rivers_mouth(gz):
    m = one("Panj River\nRiver mouth Amu Darya\nBasin size 114,000 km2", "Amu Darya", gz)
    assert (m.lat, m.lon) == (gz.places["river:amu-darya"].lat, gz.places["river:amu-darya"].lon)
    assert not any(f.endswith("_reaches") for f in m.flags)


def test_lower_wakhan_is_the_western_stretch_upper_wakhan_the_corridor(gz):
    text = "Lower Wakhan, between Ishkashim and Qala-e Panja, is greener than Upper Wakhan near Sarhad."
    lower, upper = one(text, "Lower Wakhan", gz), one(text, "Upper Wakhan", gz)
    assert (lower.place_id, lower.country) == ("physical:lower-wakhan", "AF")
    assert upper.place_id == "physical:wakhan-corridor"


def test_a_river_glossed_by_the_river_it_flows_into_is_called_by_its_name(gz):
    text = "Shifts in the Panj River’s (Amu Darya) course near Khorog sparked a clash."
    panj = one(text, "Panj River", gz)
    amu = one(text, "Amu Darya", gz)
    assert (amu.place_id, amu.lat, amu.lon) == ("river:panj", panj.lat, panj.lon) and "alternative_name" in amu.flags
