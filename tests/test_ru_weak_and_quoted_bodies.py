"""Two Russian rules of session 13: a weak alias is weak in Cyrillic too ("Памир" is the mountains, the river
needs its head word, as "Pamir" does), and a quoted name after a club's, firm's, paper's or operation's noun is
that body's name, not a place."""
import pytest

import pyanj


def readings(text):
    return [(m.surface, m.place_id, m.country) for m in pyanj.geocode(text)]


@pytest.mark.parametrize("text, expected", [
    ("На таджикском Памире выпал снег.", [("Памире", "physical:pamir-mountains", "TJ")]),
    ("Пастухи кочуют на афганском Памире.", [("Памире", "physical:pamir-mountains", "AF")]),
    ("Весной на Памире сходят лавины.", [("Памире", "physical:pamir-mountains", "TJ")]),
    # the head word still makes it the river
    ("Река Памир течёт на запад.", [("Памир", "river:pamir", None)]),
    ("Туристы перешли реку Памир вброд.", [("Памир", "river:pamir", None)]),
])
def test_bare_pamir_in_cyrillic_is_the_mountains_and_the_river_needs_its_head_word(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Футбольный клуб «Памир» победил в Душанбе.", [("Душанбе", "gn:1221874", "TJ")]),
    ("ФК «Хатлон» проиграл на выезде.", []),
    ("Компания «Памир Энерджи» подаёт свет в Хорог.", [("Хорог", "gn:1221328", "TJ")]),
    ("Газета «Бадахшан» вышла в понедельник.", []),
    ("Операция «Пяндж» длилась неделю.", []),
])
def test_a_quoted_name_after_a_bodys_noun_is_the_bodys_name(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no body's noun before the quote: the quoted place stays a place
    ("Команда приехала в «Хорог».", [("Хорог", "gn:1221328", "TJ")]),
    ("Клуб стоит на Памире.", [("Памире", "physical:pamir-mountains", "TJ")]),
    ("Журналисты газеты побывали в Хороге.", [("Хороге", "gn:1221328", "TJ")]),
])
def test_a_bodys_noun_without_a_quote_right_before_the_name_leaves_the_place(text, expected):
    assert readings(text) == expected
