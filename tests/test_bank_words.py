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
