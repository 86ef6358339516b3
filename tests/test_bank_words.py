"""A bank's word beside a name ("Afghan Shugnan", "the Afghan districts of …", "… in Afghan Badakhshan")
puts it on that bank, even where the gazetteer lists that spelling on the other bank only
(text/bank_spellings.py, spans._SIDE_UNIT_*): exact mentions, with the negatives that must stay."""

import pyanj


def _found(text):
    return [(m.surface, m.place_id, m.country) for m in pyanj.geocode(text)]


def test_afghan_before_a_spelling_listed_on_the_tajik_bank_only():
    assert _found("A power line links Khorog with Afghan Shugnan.") == [
        ("Khorog", "gn:1221328", "TJ"), ("Shugnan", "adm2:af:badakhshan:shighnan", "AF")]


def test_the_afghan_districts_of_a_list():
    assert _found("Power flows from the Tajik district of Rushan to the Afghan districts of Shugnan and Darwaz.") == [
        ("Rushan", "adm2:tj:rushon", "TJ"), ("Shugnan", "adm2:af:badakhshan:shighnan", "AF"),
        ("Darwaz", "adm2:af:badakhshan:darwaz", "AF")]


def test_a_district_in_afghan_badakhshan():
    assert _found("The line reached the Shugnan district in Afghan Badakhshan.") == [
        ("Shugnan", "adm2:af:badakhshan:shighnan", "AF"), ("Badakhshan", "adm1:af:badakhshan", "AF")]


def test_the_afghan_province_of_badakhshan_is_not_gbao():
    assert _found("The road links Dushanbe with the eastern Afghan province of Badakhshan.") == [
        ("Dushanbe", "gn:1221874", "TJ"), ("Badakhshan", "adm1:af:badakhshan", "AF")]


def test_without_a_bank_word_the_listed_bank_stays():
    assert _found("The Shugnan district is in Gorno-Badakhshan.") == [
        ("Shugnan", "adm2:tj:shughnon", "TJ"), ("Gorno-Badakhshan", "adm1:tj:gorno-badakhshan-autonomous", "TJ")]
    # a country after the name in a table is no bank word: the candidates are not widened
    assert _found("GBAO: Darvoz, Shughnon, Roshtqala.")[2][1:] == ("adm2:tj:shughnon", "TJ")


def test_people_organisations_and_titles_are_no_bank_words_for_a_place():
    # demonyms before people, organisations and titles make no mention, and lend no bank to the next name
    assert _found("Afghan Ambassador Said Khairkhoh met Tajik officials.") == []
    assert _found("The Afghan Border Police and the Tajik Border Troops patrol.") == []
    assert _found("Afghan refugees of Shugnan arrived.") == [("Shugnan", "adm2:tj:shughnon", "TJ")]


# -- the bank said right after the name: "X on the Afghan side", "X, on the Tajik bank" (spans._ON_SIDE_AFTER) --

def test_on_the_afghan_side_after_the_name_puts_it_on_that_bank():
    # one name for two towns: the bank said after the second decides it
    assert _found("A bridge links the Tajik town of Ishkoshim and Ishkashim on the Afghan side.") == [
        ("Ishkoshim", "gn:1221614", "TJ"), ("Ishkashim", "gn:1148268", "AF")]
    # a spelling the gazetteer lists on the Tajik bank only
    assert _found("Shugnan on the Afghan side stayed quiet.") == [("Shugnan", "adm2:af:badakhshan:shighnan", "AF")]
    assert _found("Darvaz, on the Afghan bank of the river, was cut off.")[0] == (
        "Darvaz", "adm2:af:badakhshan:darwaz", "AF")


def test_on_the_tajik_side_keeps_the_tajik_place_and_other_names_are_untouched():
    assert _found("Shugnan, on the Tajik bank, has a market.") == [("Shugnan", "adm2:tj:shughnon", "TJ")]
    # the phrase speaks of the name right before it only: "Khorog" before "and" keeps its bank
    assert _found("Trucks left Khorog and Shugnan on the Afghan side.") == [
        ("Khorog", "gn:1221328", "TJ"), ("Shugnan", "adm2:af:badakhshan:shighnan", "AF")]
    # "on the Afghan side of the border" after a Tajik town's name further back is no hint for it
    assert _found("In Khorog, guards watched the road on the Afghan side.") == [("Khorog", "gn:1221328", "TJ")]


def test_on_the_side_after_people_units_and_titles_makes_no_place():
    assert _found("Mr Ishkashimi on the Afghan side spoke to reporters.") == []
    assert _found("The Badakhshan Regiment on the Tajik side fired.") == []
    assert _found("The Kunduz brigade on the Afghan side withdrew.") == []


def test_on_the_side_after_the_name_with_the_countrys_own_name_and_its_limits():
    # the country's name as well as its adjective
    assert _found("Floods hit Darvoz on the Afghanistan side.") == [("Darvoz", "adm2:af:badakhshan:darwaz", "AF"),
                                                                    ("Afghanistan", "country:af", "AF")]
    assert _found("Floods hit Darvoz on the Afghan side.") == [("Darvoz", "adm2:af:badakhshan:darwaz", "AF")]
    # no namesake on the bank named: the place stays as read
    assert _found("Khorog on the Afghan side? No.") == [("Khorog", "gn:1221328", "TJ")]
    # troops before the phrase are no place; a river before it stays the river
    assert _found("Tajik troops on the Afghan side fired.") == []
    assert [(s, p) for s, p, _c in _found("From Khorog we went along the Panj on the Afghan side.") if s == "Panj"] == [
        ("Panj", "river:panj")]


def test_the_banks_side_of_a_name_puts_it_on_that_bank():
    assert _found("Aid reached the Afghan side of Darvaz via the bridge.") == [
        ("Darvaz", "adm2:af:badakhshan:darwaz", "AF")]
    assert _found("Villages on the Afghan side of Ishkashim were flooded.") == [("Ishkashim", "gn:1148268", "AF")]
    assert _found("Shelling hit the Tajik side of Darvaz.") == [("Darvaz", "adm2:tj:darvoz", "TJ")]
    # a river stays the river; "the border" and people are no place
    assert _found("Guards on the Afghan side of the Panj fired.") == [("Panj", "river:panj", None)]
    assert _found("The Afghan side of the border is quiet.") == []
    assert _found("Mr Ishkashimi, on the Afghan side of the talks, said.") == []
