"""Rules from dev7's error classes, session 12, helper acc12ru5 (tests/data/README.md, dev7, "Session 12 fixes
(acc12ru5)"). Each with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "на берегах Пянджа": a name right after a form of "берег" is the water, not the town ---------------------------
@pytest.mark.parametrize("text, want", [
    ("Суета на берегах Пянджа не утихает.", [("Пянджа", "Panj", None, "river")]),
    ("На правом берегу Пянджа стоят дома.", [("Пянджа", "Panj", None, "river")]),
    ("С левого берега Ванча видны дома.", [("Ванча", "Vanj River", "TJ", "river")]),
    ("Дома на берегу Вахша затопило.", [("Вахша", "Vakhsh", None, "river")]),
    ("На берегу Каракуля стоит посёлок.", [("Каракуля", "Karakul", "TJ", "physical")]),
])
def test_a_name_after_a_bank_word_is_the_water(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # no bank word: the town or district keeps its reading; a name with no water reading keeps its own
    ("Мы приехали в Пяндж вечером.", [("Пяндж", "Panj", "TJ", "admin2")]),
    ("В Пяндже на берегу построили школу.", [("Пяндже", "Panj", "TJ", "admin2")]),
    ("Берега Хорога застроены.", [("Хорога", "Khorog", "TJ", "settlement")]),
])
def test_without_a_bank_word_or_a_water_reading_the_place_stays(text, want, gz):
    assert _ru(text, gz) == want


# -- "Председатель Фархорского района Зариф Назири": the district named by its adjective, then a person -------------
@pytest.mark.parametrize("text, want", [
    ("Председатель Фархорского района Зариф Назири отметил успехи.", [("Фархорского", "Farkhor", "TJ", "admin2")]),
    ("Глава Ишкашимского района Давлатшо Гулмахмадов посетил кишлак.", [("Ишкашимского", "Ishkoshim", "TJ", "admin2")]),
    ("Глава Ванчского района Азимджон Даравов сказал.", [("Ванчского", "Vanj", "TJ", "admin2")]),
])
def test_a_person_after_a_district_named_by_its_adjective_is_no_district(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a district's name after its generic word, with no adjective before it, is still the district
    ("Жители района Шамсиддин Шохин получили помощь.", [("Шамсиддин Шохин", "Shamsiddin Shohin", "TJ", "admin2")]),
    ("Замглавы района Азимджон Даравов сказал.", []),
])
def test_a_district_named_after_its_generic_word_stays(text, want, gz):
    assert _ru(text, gz) == want


# -- "а участка Хорог - Кульма": a section's word before a pair, in a sentence that has named a road ------------------
def test_a_section_of_a_named_road_is_a_road(gz):
    text = ("На реабилитацию участка дороги Рушан - Хорог потребуется 200 млн долларов, а участка Хорог - Кульма - "
            "567 млн долларов.")
    assert [(s, t) for s, _, _, t in _ru(text, gz)] == [("Рушан - Хорог", "road"), ("Хорог - Кульма", "road")]


@pytest.mark.parametrize("text, want", [
    # no road named before the section's word: a border section's ends, or two towns, stay places
    ("Пограничники охраняют участок Пяндж – Хамадони.", [("Пяндж", "Panj", "TJ", "admin2"),
                                                        ("Хамадони", "Hamadoni", "TJ", "admin2")]),
    ("Мы ехали из Хорога в Ишкашим.", [("Хорога", "Khorog", "TJ", "settlement"), ("Ишкашим", "Ishkoshim", "TJ", "settlement")]),
])
def test_a_section_without_a_road_named_stays_places(text, want, gz):
    assert _ru(text, gz) == want


# -- "Afghanistan International", "France-Presse": media named after a country ------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Об этом сообщает Afghanistan International.", []),
    ("Источник сообщил агентству France-Presse об этом.", []),
    ("Local sources told Afghanistan International on Tuesday.", []),
    ("Agence France-Presse reported from Kabul.", [("Kabul", "Kabul", "AF", "settlement")]),
])
def test_a_channel_or_agency_named_after_a_country_is_no_mention(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # "International" before another capitalised word: the airport's name keeps its town; the country alone stays
    ("He flew to Dushanbe International Airport.", [("Dushanbe", "Dushanbe", "TJ", "settlement")]),
    ("Сотрудники вернулись в Afghanistan в мае.", [("Afghanistan", "Afghanistan", "AF", "country")]),
    ("Taliban fighters crossed into Afghanistan last week.", [("Afghanistan", "Afghanistan", "AF", "country")]),
])
def test_a_country_outside_such_a_name_stays(text, want, gz):
    assert _ru(text, gz) == want


# -- "отряда Шамсиддин Шохин", "о С. М. Кирове": a unit's unquoted name, a person's surname after initials ---------
@pytest.mark.parametrize("text", [
    "В переговорах участвовал начальник пограничного отряда Шамсиддин Шохин.",
    "Начальник погранотряда Ишкашим прибыл на заставу.",
    "Город переименовали в память о С. М. Кирове.",
])
def test_a_unit_name_or_a_surname_after_initials_is_no_mention(text, gz):
    assert _ru(text, gz) == []


@pytest.mark.parametrize("text, want", [
    # a country after a unit's noun is the country's unit; a preposition between: the place; one capital and a dot
    # may open a sentence as an abbreviation
    ("Бойцы пограничного отряда Таджикистана вернулись.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
    ("Отряд прибыл в Хорог.", [("Хорог", "Khorog", "TJ", "settlement")]),
    ("Бойцы отряда из Хорога вернулись.", [("Хорога", "Khorog", "TJ", "settlement")]),
    ("П. Мургаб стоит высоко.", [("Мургаб", "Murghob", "TJ", "settlement")]),
    ("Жители района Шамсиддин Шохин получили помощь.", [("Шамсиддин Шохин", "Shamsiddin Shohin", "TJ", "admin2")]),
])
def test_a_place_near_a_unit_noun_or_an_abbreviation_stays(text, want, gz):
    assert _ru(text, gz) == want


# -- "Пянджа (Амударья сливаясь с Вахшом образует …)": a clause in brackets is no gloss -------------------------------
def test_a_clause_in_brackets_after_a_river_is_no_gloss(gz):
    got = _ru("Однако живущие на берегу Пянджа (Амударья сливаясь с Вахшом образует реку) моют золото.", gz)
    assert [(s, n) for s, n, _, _ in got][:2] == [("Пянджа", "Panj"), ("Амударья", "Amu Darya")]


@pytest.mark.parametrize("text, want", [
    ("Река Пяндж (Амударья) течёт на запад.", [("Пяндж", "Panj"), ("Амударья", "Panj")]),
    ("Шугнанский район (тадж. Ноҳияи Шуғнон) граничит с Афганистаном.",
     [("Шугнанский район", "Shughnon"), ("Ноҳияи Шуғнон", "Shughnon"), ("Афганистаном", "Afghanistan")]),
])
def test_a_gloss_of_names_and_labels_stays_a_gloss(text, want, gz):
    assert [(s, n) for s, n, _, _ in _ru(text, gz)] == want
