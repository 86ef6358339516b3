"""Russian rules of session 13, helper acc13ru (tests/data/README.md, dev7, "Session 13 fixes (acc13ru)"): a province's
name before the state's full name, lists of passes after a plural generic word, the abbreviation "сел.", and a ruler's
title after a capitalised adjective. Sentences of our own; each rule with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country) for m in geocode(text, None, gz)]


# -- a province's name, then the state's full name: "провинции Тахор Исламской Республики Афганистан" ---------------
@pytest.mark.parametrize("text, want", [
    ("Задержан уроженец провинции Тахор Исламской Республики Афганистан.",
     [("Тахор", "Takhar", "AF"), ("Афганистан", "Afghanistan", "AF")]),
    ("Он родом из провинции Тахор Республики Афганистан.",
     [("Тахор", "Takhar", "AF"), ("Афганистан", "Afghanistan", "AF")]),
    ("Беженцы из провинции Бадахшан Исламской Республики Афганистан пришли к мосту.",
     [("Бадахшан", "Badakhshan", "AF"), ("Афганистан", "Afghanistan", "AF")]),
])
def test_a_province_before_the_state_s_full_name(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    "Сотрудники Тахир Исламов и Нуриддин Республиканец выступили.",  # people, no state's name
    "Народный артист Тахор Исламов спел песню.",
])
def test_people_stay_out(text, gz):
    assert _ru(text, gz) == []


# -- a list after a plural of "перевал"; the abbreviation "сел." ------------------------------------------------
def test_a_list_of_passes_after_the_plural(gz):
    got = _ru("Граница пойдёт к перевалам Бузгала, Тор-даван, Кара-бель и Ошгул.", gz)
    assert [(s, c) for s, _n, c in got] == [("Бузгала", None), ("Тор-даван", None), ("Кара-бель", None), ("Ошгул", None)]


def test_a_pass_in_the_singular_opens_no_list_of_passes(gz):
    got = _ru("Дорога идёт через перевал Бузгала, Калаихумб и Хорог.", gz)
    assert ("Калаихумб", "Qalaikhumb", "TJ") in got and ("Хорог", "Khorog", "TJ") in got


def test_the_abbreviated_village_word(gz):
    assert [s for s, _n, _c in _ru("Межа пройдёт западнее сел. Дехибало и далее на юг.", gz)] == ["Дехибало"]


def test_a_page_or_year_abbreviation_is_no_village_word(gz):
    assert _ru("См. с. 149, а также в 1895 г. Примечания автора.", gz) == []


# -- a ruler's title after a capitalised adjective: the title's, no place ------------------------------------------
@pytest.mark.parametrize("text", [
    "Передачу означенных местностей Бухарскому эмиру совершить немедля.",
    "Подать с местности Кокандскому хану платили исправно.",
    "Земли у местности Гиссарского бека отошли казне.",
])
def test_a_ruler_s_title_after_an_adjective_is_no_place(text, gz):
    assert _ru(text, gz) == []


def test_a_district_after_the_same_generic_word_stays(gz):
    assert ("Дарвазскому", "Darvoz", "TJ") in _ru("Передачу местностей Дарвазскому району совершить.", gz)


# -- a body "under" the president or the government: the state's name is part of the body's -----------------------
@pytest.mark.parametrize("text, want", [
    ("Сотрудники Агентства по контролю за наркотиками при президенте РТ задержали его в Хороге.",
     [("Хороге", "Khorog", "TJ")]),
    ("Пресс-служба Агентства по контролю за наркотиками (АКН) при президенте Таджикистана сообщила об этом.", []),
    ("Комитет по чрезвычайным ситуациям при правительстве Республики Таджикистан сообщил о селе.", []),
])
def test_a_body_under_the_president_holds_the_state_s_name(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("Совещание прошло при президенте Таджикистана.", [("Таджикистана", "Tajikistan", "TJ")]),
    ("Президент Таджикистана прибыл в Хорог.", [("Таджикистана", "Tajikistan", "TJ"), ("Хорог", "Khorog", "TJ")]),
    ("Агентство сообщило, что при президенте Афганистана создан совет.", [("Афганистана", "Afghanistan", "AF")]),
])
def test_the_president_of_a_state_without_a_body_stays(text, want, gz):
    assert _ru(text, gz) == want
