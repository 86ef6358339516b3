"""Rules from dev7's error classes, session 12, helper acc12ru2 (tests/data/README.md, dev7, "Session 12 fixes
(acc12ru2)"): Russian generic words the unlisted-name finder lacked ("селение", "сельсовет", "канал", "крепость"), a
unit's head after its generic word being a person, and the others below. Each with the negatives that must stay as
they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "селения Ширговад", "сельсовета Ширговад", "канала Дехканабад", "крепости Аламут": unlisted names -----------
@pytest.mark.parametrize("text, want", [
    ("Вода затопила часть селения Куруф Ванчского района.",
     [("Куруф", "Куруф", "TJ", "settlement"), ("Ванчского", "Vanj", "TJ", "admin2")]),
    ("В селении Куруф проживает около 500 человек.", [("Куруф", "Куруф", None, "settlement")]),
    ("Глава сельсовета Куруф сообщил о потерях.", [("Куруф", "Куруф", None, "settlement")]),
    ("Вода поступает по каналу Дехканабад на юге Таджикистана.",
     [("Дехканабад", "Дехканабад", None, "physical"), ("Таджикистана", "Tajikistan", "TJ", "country")]),
    ("Крепость Аламут разрушили монголы.", [("Аламут", "Аламут", None, "facility")]),
    # a listed name after the new words keeps its entry
    ("Руины крепости Каахка стоят над Пянджем.",
     [("Каахка", "Kaakha Fortress", "TJ", "facility"), ("Пянджем", "Panj", None, "river")]),
])
def test_unlisted_names_after_village_council_canal_and_fortress_words(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # the words alone, a channel on the air, the unit's head (a person) after its generic word
    ("Канал построен в 1970 году, крепость разрушена.", []),
    ("Об этом сообщили в эфире канала «Звезда».", []),
    ("Глава сельсовета Бекмурод Аловаков сообщил.", []),
    ("Замглавы района Азимджон Даравов сказал, что меры приняты.", []),
    ("Председатель джамоата Сангевн сообщил.", [("Сангевн", "Сангевн", None, "settlement")]),
    # a place's name, then its head's two names: the place alone
    ("Сообщил глава сельсовета Ширговад Бекмурод Аловаков.", [("Ширговад", "Ширговад", None, "settlement")]),
    # a two-word village stays whole
    ("Жители кишлака Пули Моманд ушли.", [("Пули Моманд", "Пули Моманд", None, "settlement")]),
])
def test_the_new_words_alone_a_channel_and_a_units_head_are_no_place(text, want, gz):
    assert _ru(text, gz) == want


# -- a Tajik alias in Russian spelling: "ноҳияи Мир Сайид Алии Ҳамадонӣ" -> "Мир Сайид Али Хамадони" -----------------
def test_a_tajik_alias_of_several_words_is_written_in_russian_without_its_generic_word_and_izafat():
    from pyanj.text.match import tajik_in_russian
    assert tajik_in_russian("ноҳияи Мир Сайид Алии Ҳамадонӣ") == ["Мир Сайид Али Ҳамадонӣ"]
    assert tajik_in_russian("Ноҳияи Шамсиддин Шоҳин") == ["Шамсиддин Шоҳин"]
    assert tajik_in_russian("Ноҳияи Румӣ") == []  # one word: left to the other aliases (Rumi the poet)
    assert tajik_in_russian("Қаторкӯҳи Дарвоз") == []  # no generic word of the list


@pytest.mark.parametrize("text, want", [
    ("Рахмон открыл водоотстойник в районе Мир Сайид Али Хамадони.",
     [("Мир Сайид Али Хамадони", "Hamadoni", "TJ", "admin2")]),
    ("Вода поступает в районы Фархор, Мир Сайид Али Хамадони и Восе.",
     [("Фархор", "Farkhor", "TJ", "admin2"), ("Мир Сайид Али Хамадони", "Hamadoni", "TJ", "admin2"),
      ("Восе", "Hulbuk", "TJ", "settlement")]),
    # the person a district is named after, and his memorial, are no district
    ("Мавзолей Мир Сайид Али Хамадони находится в Кулябе.", [("Кулябе", "Kŭlob", "TJ", "settlement")]),
    ("Поэт Шамсиддин Шохин родился в Кулябе.", [("Кулябе", "Kŭlob", "TJ", "settlement")]),
    # "имени" keeps the district
    ("Район имени Шамсиддина Шохина граничит с Афганистаном.",
     [("Шамсиддина Шохина", "Shamsiddin Shohin", "TJ", "admin2"), ("Афганистаном", "Afghanistan", "AF", "country")]),
])
def test_the_full_name_of_hamadoni_district_and_the_person_it_is_named_after(text, want, gz):
    assert _ru(text, gz) == want


# -- organisation names holding a place: ministries' short names, web sites ----------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Минобороны Таджикистана приняло решение перебросить войска.", []),
    ("По данным Минздрава Таджикистана, больных нет.", []),
    ("Об этом пишет Afghanistan.ru со ссылкой на власти.", []),
    ("Подробнее на сайте www.pamir.tj и в Хороге.", [("Хороге", "Khorog", "TJ", "settlement")]),
    # the minister of a country is its metonym; a full stop before a new sentence is no domain
    ("Министр обороны Таджикистана заявил о переброске.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
    ("Он уехал в Афганистан. Ru там нет.", [("Афганистан", "Afghanistan", "AF", "country")]),
    ("He flew to Kabul.Then he left.", [("Kabul", "Kabul", "AF", "settlement")]),
])
def test_ministries_short_names_and_web_addresses_hold_no_place(text, want, gz):
    assert _ru(text, gz) == want


# -- a road by its ends after "автотрассы", dashes with a space on one side or both ----------------------------------
@pytest.mark.parametrize("text, want", [
    ("Сели сошли на 322 км автотрассы Душанбе – Дарваз -Хорог у села.",
     [("Душанбе – Дарваз -Хорог", "Dushanbe–Darvoz–Khorog road", "TJ", "road")]),
    ("Движение по трассе Куляб- Дарваз закрыто.", [("Куляб- Дарваз", "Kŭlob–Darvoz road", "TJ", "road")]),
    ("Дорога Хорог - Ишкашим открыта.", [("Хорог - Ишкашим", "Khorog–Ishkoshim road", "TJ", "road")]),
    # no road's word: the places stay
    ("Хорог -столица области.", [("Хорог", "Khorog", "TJ", "settlement")]),
    ("Он ехал из Куляба - Дарваз был далеко.",
     [("Куляба", "Kŭlob", "TJ", "settlement"), ("Дарваз", "Darvoz", "TJ", "admin2")]),
])
def test_a_road_by_its_ends_with_loosely_spaced_dashes(text, want, gz):
    assert _ru(text, gz) == want


# -- a body's branch for a place: "КЧС по городу Душанбе", "УВД по Хатлонской области" ------------------------------
@pytest.mark.parametrize("text, want", [
    ("Выехала смена спасателей КЧС по городу Душанбе.", []),
    ("Сотрудники УВД по Хатлонской области задержали его.", []),
    ("Пресс-центр ГКНБ по ГБАО сообщил.", []),
    # no body's abbreviation before "по", or a common noun's: places
    ("Он ехал по городу Душанбе.", [("Душанбе", "Dushanbe", "TJ", "settlement")]),
    ("Новости СМИ по Хатлонской области.", [("Хатлонской", "Khatlon", "TJ", "admin1")]),
    ("Спасатели прибыли по дороге в Хорог.", [("Хорог", "Khorog", "TJ", "settlement")]),
])
def test_a_bodys_branch_for_a_place_holds_no_mention(text, want, gz):
    assert _ru(text, gz) == want


# -- "райцентр" is a town's word: a listed name after it takes the town ----------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Село находится в 35 километрах от райцентра Вандж.", [("Вандж", "Vanj", "TJ", "settlement")]),
    ("Мы доехали до райцентра Ишкашим.", [("Ишкашим", "Ishkoshim", "TJ", "settlement")]),
    ("Райцентр переехал.", []),
])
def test_the_district_centres_word_cues_the_town(text, want, gz):
    assert _ru(text, gz) == want


# -- an unlisted stop of an arrowed route takes the country its listed neighbours share --------------------------------
def _countries(text, gz):
    return [(m.surface, m.country, "placed_at_district" in m.flags) for m in geocode(text, None, gz)]


@pytest.mark.parametrize("text, want", [
    # between two Kyrgyz stops: Kyrgyz, unlocated (not placed in the Tajik district the sentence names)
    ("Маршрут: г. Ош –> пер. Кумбель –> п. Сары-Таш –> г. Мургаб в Мургабском районе.",
     [("Ош", "KG", False), ("Кумбель", "KG", False), ("Сары-Таш", "KG", False), ("Мургаб", "TJ", False),
      ("Мургабском", "TJ", False)]),
    # between a Kyrgyz and a Tajik stop, between two Tajik stops, or with no arrows: the sentence's district
    ("Маршрут: г. Ош –> п. Сары-Таш –> пер. Кумбель –> г. Мургаб в Мургабском районе.",
     [("Ош", "KG", False), ("Сары-Таш", "KG", False), ("Кумбель", "TJ", True), ("Мургаб", "TJ", False),
      ("Мургабском", "TJ", False)]),
    ("Маршрут: г. Мургаб –> п. Кумбель –> г. Хорог в Мургабском районе.",
     [("Мургаб", "TJ", False), ("Кумбель", "TJ", True), ("Хорог", "TJ", False), ("Мургабском", "TJ", False)]),
    ("Из Мургабского района: пер. Кумбель, затем Ош.",
     [("Мургабского", "TJ", False), ("Кумбель", "TJ", True), ("Ош", "KG", False)]),
])
def test_an_unlisted_stop_of_an_arrowed_route_takes_its_neighbours_country(text, want, gz):
    assert _countries(text, gz) == want
