"""Rules from dev7's error classes (tests/data/README.md, dev7, session 10): a name right after a form of
"река" is the river (never the town or district of that name), and "США" inside a currency's name
("долларов США") is no place. Each with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "реки/реку/рекой X": the river ------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # the river listed only as "Vanch River": found by the name's key and "River"
    ("Дорога идёт вверх по реке Ванч к кишлаку.", [("Ванч", "Vanj River", "TJ", "river")]),
    ("Мы долго шли вдоль реки Ванч.", [("Ванч", "Vanj River", "TJ", "river")]),
    ("Лодка переправилась рекой Гунт.", [("Гунт", "Gunt", "TJ", "river")]),
])
def test_a_name_after_a_river_word_is_the_river(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # no river word right before: the town keeps its reading
    ("Мы доехали до Ванча, потом до Рушана.", [("Ванча", "Vanj", "TJ", "settlement"),
                                               ("Рушана", "Rŭshon", "TJ", "settlement")]),
    ("Посёлок Ванч стоит у реки.", [("Ванч", "Vanj", "TJ", "settlement")]),
    # "реки" after the name begins the next clause: no cue for it
    ("В Ванче реки разливаются весной.", [("Ванче", "Vanj", "TJ", "settlement")]),
])
def test_a_town_without_a_river_word_before_it_stays_the_town(text, want, gz):
    assert _ru(text, gz) == want


def test_a_river_word_before_a_name_no_river_is_listed_under_keeps_its_readings(gz):
    # no river is listed as "Хорог": the town stays (the rule only narrows, never empties)
    got = _ru("На берегу реки Хорог стоит дом.", gz)
    assert got == [("Хорог", "Khorog", "TJ", "settlement")]


# -- "долларов США": the currency ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Зарплата составляет 300 долларов США в месяц.",
    "Курс доллара США вырос.",
    "Проект стоит 5 млн долл. США.",
    "Каждый получил по 100 долларам США.",
])
def test_usa_in_a_currency_name_is_no_mention(text, gz):
    assert _ru(text, gz) == []


@pytest.mark.parametrize("text", [
    "Он уехал в США.",
    "Доллары из США пришли в банк.",
    "Помощь США составила 300 долларов.",
])
def test_usa_outside_a_currency_name_stays_the_country(text, gz):
    assert [(s, c) for s, _n, c, _t in _ru(text, gz)] == [("США", "US")]


# -- a generic word opening the sentence, and "центр" of a place: no person, no organisation ---------------
@pytest.mark.parametrize("text, want", [
    ("Уезд Даркад граничит с Таджикистаном.", [("Даркад", "Darqad", "AF", "admin2"),
                                               ("Таджикистаном", "Tajikistan", "TJ", "country")]),
    ("Центр уезда Даркад по-прежнему находится под контролем талибов.", [("Даркад", "Darqad", "AF", "admin2")]),
])
def test_a_weak_name_after_a_generic_word_or_a_centre_of_a_place_stays(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    "Мирзо Даркад сказал.",                                         # a capitalised word before: a person
    "Центр стратегических исследований Таджикистана сообщил.",     # "Центр" of a body, no place word after it
    "Центр исламских исследований Афганистана опубликовал доклад.",
])
def test_a_person_or_a_centre_that_is_a_body_holds_no_mention(text, gz):
    assert _ru(text, gz) == []


# -- "X районом Y области": the district lies in the province named after it ------------------------------
def test_a_district_followed_by_its_province_takes_the_provinces_country(gz):
    # the Afghan districts around it would pull the shared name to Afghan Farkhar
    text = ("Талибы отступают в сторону Таджикистана. Боевики покинули уезды Даркад и Ходжагор провинции Тахор и "
            "отступают в сторону границы с Таджикистаном. Даркад и Ходжагор расположены на границе с Фархорским "
            "районом Хатлонской области. Глава провинции Тахор находится в уезде Ходжагор.")
    got = [(m.surface, m.name, m.country) for m in geocode(text, None, gz) if m.surface == "Фархорским"]
    assert got == [("Фархорским", "Farkhor", "TJ")]


@pytest.mark.parametrize("text, want", [
    # no province after the generic word: the context decides (the Afghan district)
    ("Талибы вошли в уезды Даркад и Ходжагор провинции Тахор, на границе с Фархорским районом.", "AF"),
    ("Бои шли в Фархорском уезде Тахарской провинции.", "AF"),
])
def test_without_a_province_after_the_district_word_the_context_decides(text, want, gz):
    assert [m.country for m in geocode(text, None, gz) if m.surface.startswith("Фархорск")] == [want]
