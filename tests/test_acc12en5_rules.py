"""acc12en5 (session 12): a dotted abbreviation keeps its last full stop ("U.S." as written); exact spans on
sentences of our own, with the undotted and lower-case forms and non-place uses left as they were."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.start, m.end) for m in pyanj.geocode(text)]


def test_a_dotted_country_abbreviation_keeps_its_last_dot():
    assert _found("The U.S. government paid for the bridge.") == [("U.S.", "country:us", 4, 8)]
    assert _found("U.S.-led forces arrived in Kunduz.")[0] == ("U.S.", "country:us", 0, 4)
    assert _found("Aid from the U.S.S.R. reached Termez.")[0] == ("U.S.S.R.", "historical:soviet-union", 13, 21)


def test_at_a_sentence_end_the_dot_is_the_abbreviation_s():
    assert _found("The bridge was funded by the U.S.") == [("U.S.", "country:us", 29, 33)]


def test_undotted_and_other_names_before_a_full_stop_keep_their_span():
    assert _found("US troops left.") == [("US", "country:us", 0, 2)]
    assert _found("Floods hit GBAO. Roads closed.") == [("GBAO", "adm1:tj:gorno-badakhshan-autonomous", 11, 15)]
    assert _found("He drove to Khorog.") == [("Khorog", "gn:1221328", 12, 18)]


def test_initials_of_people_and_lower_case_letters_are_no_place():
    assert _found("A statement by U.S. Senator J.D. Smith followed.") == [("U.S.", "country:us", 15, 19)]
    assert _found("Prices rose, e.g. for flour.") == []


# -- the last member of a list whose others were found unlisted (text/unlisted.py, _list_tails) --------------------
def _names(text):
    return [(m.surface, m.place_id) for m in pyanj.geocode(text)]


def test_the_name_after_and_closing_a_list_of_found_villages_is_one_more():
    text = ("Mudslides hit the villages of Ittifoq, Mash’al and Vahdat. Four villages were affected, namely, "
            "Ittifoq, Mash’al, Vahdat and Toshurobod.")
    assert _names(text)[-1] == ("Toshurobod", None)
    assert _names("Floods reached the villages of Ittifoq and Mash’al. Aid went to Ittifoq, Mash’al and "
                  "Zarbuloq.")[-1] == ("Zarbuloq", None)


def test_a_person_an_organisation_or_a_list_running_on_is_no_village():
    assert ("Karimov", None) not in _names("The villages of Ittifoq and Mash’al were hit. Officials from Ittifoq, "
                                           "Mash’al and Karimov met.")
    assert [s for s, _ in _names("The villages of Ittifoq and Mash’al were hit. Aid went to Ittifoq, Khorog and "
                                 "Somoni Bank.")] == ["Ittifoq", "Mash’al", "Ittifoq", "Khorog"]
    # no unlisted member found before: a list of listed places alone adds nothing new
    assert _names("Trucks drove from Khorog, Ishkoshim and Murghob.") == \
        [("Khorog", "gn:1221328"), ("Ishkoshim", "gn:1221614"), ("Murghob", "gn:1220962")]


# -- a name followed by "Canal" is the canal (resolve/facility.py, canals_named_after) ----------------------------
def _typed(text):
    return [(m.surface, m.place_id, m.feature_type) for m in pyanj.geocode(text)]


def test_a_canal_named_after_a_river_or_a_desert_is_the_canal_unlocated():
    assert _typed("The mudslide damaged the Vakhsh Canal, which irrigates Jayhun.") == \
        [("Vakhsh Canal", None, "physical"), ("Jayhun", "adm2:tj:qumsangir", "admin2")]
    assert _typed("Water from the Vakhsh canal reached Bokhtar.")[0] == ("Vakhsh canal", None, "physical")
    assert _typed("The Karakum Canal takes water from the Amu Darya.") == \
        [("Karakum Canal", None, "physical"), ("Amu Darya", "river:amu-darya", "river")]


def test_the_river_itself_plural_canals_and_a_later_the_canal_keep_their_readings():
    assert _typed("Boats on the Vakhsh reached the canal.") == [("Vakhsh", "river:vakhsh", "river")]
    assert _typed("Eighteen canals leave the Vakhsh near Bokhtar.")[0] == ("Vakhsh", "river:vakhsh", "river")
    assert _typed("The Vakhsh Canalisation Company was founded.") == []  # an organisation's name
