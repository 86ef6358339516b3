"""Two recognition rules of session 13: a Tajik/Persian word of position joined by a hyphen opens a village's name
("Бар-Пяндж", "Bar-Panj": upper Panj, a village, not the river), and a common noun opening a Russian sentence
("Жители Шугнана") is neither part of the name after it nor a person's given name."""
import pytest

import pyanj


def readings(text):
    return [(m.surface, m.place_id, m.flags[:1]) for m in pyanj.geocode(text)]


@pytest.mark.parametrize("text, expected", [
    ("Столицей княжества был Бар-Пяндж.", [("Бар-Пяндж", None, ["not_in_gazetteer"])]),
    ("Жители Бар-Пянджа пришли в Хорог.", [("Бар-Пянджа", None, ["not_in_gazetteer"]), ("Хорог", "gn:1221328", [])]),
    ("The old capital was Bar-Panj, on the left bank.", [("Bar-Panj", None, ["not_in_gazetteer"])]),
])
def test_a_word_of_position_and_a_hyphen_open_a_villages_name(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound the gazetteer lists is matched whole, as before
    ("Мы доехали до Пои-Мазара.", [("Пои-Мазара", "settlement:poimazar", ["transliterated"])]),
    # two places joined by a hyphen stay a route, and a hyphen before the prefix leaves the names alone
    ("Трасса Душанбе-Хорог закрыта.", [("Душанбе-Хорог", None, ["not_in_gazetteer"])]),
    ("The Afghan-Tajik border is long.", []),
    # other words before a hyphen open no compound
    ("Гости из Верх-Хорога приехали.", [("Хорога", "gn:1221328", [])]),
])
def test_other_hyphened_words_open_no_position_compound(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Жители Шугнана пришли в Хорог.", [("Шугнана", "adm2:tj:shughnon", ["transliterated"]),
                                        ("Хорог", "gn:1221328", [])]),
    ("Жители Рушана пришли в Хорог.", [("Рушана", "gn:1220685", ["transliterated"]), ("Хорог", "gn:1221328", [])]),
])
def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name_after_it(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text", [
    "Рушана Шугнанова приехала в Душанбе.",   # a woman's given name and surname
    "Министр Рушан Ахмедов прибыл.",          # a title, a given name, a surname
])
def test_people_named_like_places_stay_people(text):
    assert [s for s, _p, _f in readings(text) if s.startswith(("Рушан", "Шугнан"))] == []


@pytest.mark.parametrize("text, expected", [
    # a district named after a person: his given name, then the adjective of his surname, before "район"
    ("Это случилось в Шамсиддин Шохинском районе.", [("Шамсиддин Шохинском", "adm2:tj:shuro-obod", ["transliterated"])]),
    ("Застава «Ходжа Гор» стоит в Шамсиддин Шохинском районе.", [("Ходжа Гор", None, ["not_in_gazetteer"]),
                                                               ("Шамсиддин Шохинском", "adm2:tj:shuro-obod",
                                                                ["transliterated"])]),
    # no district's head word after it, or no such district: nothing
    ("Сотрудник Мирзо Шохинского отдела пришёл.", []),
    ("Это случилось в Шамсиддин Шохинском доме.", []),
])
def test_a_given_name_and_a_surnames_adjective_before_raion_name_the_district(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bridge named by its two ends, joined by a hyphen: one mention of the crossing
    ("Мост Тем-Демоган открыт.", [("Тем-Демоган", "crossing:tem-demogan", [])]),
    ("Через мост в Тем-Демогане идут грузы.", [("Тем-Демогане", "crossing:tem-demogan", [])]),
    ("The Tem-Demogan crossing reopened.", [("Tem-Demogan", "crossing:tem-demogan", [])]),
    # two regions' names joined by a dash stay two; so do two towns
    ("Trade between Badakhshan–GBAO grew.", [("Badakhshan", "adm1:tj:gorno-badakhshan-autonomous", []),
                                             ("GBAO", "adm1:tj:gorno-badakhshan-autonomous", [])]),
    ("Рейс Душанбе-Кабул отменён.", [("Душанбе", "gn:1221874", []), ("Кабул", "gn:1138958", [])]),
    ("Кишлак Тем стоит у моста.", [("Тем", "settlement:tem", [])]),
])
def test_a_crossing_named_by_its_two_ends_is_one_mention(text, expected):
    assert readings(text) == expected


def test_a_noun_of_a_person_opening_the_sentence_keeps_the_name_after_it_a_persons():
    assert readings("Поэт Шамсиддин Шохин родился в Кулябе.") == [("Кулябе", "gn:1221194", [])]
