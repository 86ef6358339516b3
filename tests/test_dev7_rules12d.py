"""Rules from dev7's error classes, session 12, helper acc12ru4 (tests/data/README.md, dev7, "Session 12 fixes
(acc12ru4)"). Each with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "Из Самарканда рано утром": a capitalised preposition opening the sentence is no given name -------------------
@pytest.mark.parametrize("text, want", [
    ("Из Самарканда рано утром мы выехали на такси.", [("Самарканда", "Samarkand", "UZ", "settlement")]),
    ("В Самарканде мы прожили три дня.", [("Самарканде", "Samarkand", "UZ", "settlement")]),
    ("Из Бухары караван шёл две недели.", [("Бухары", "Bukhara", "UZ", "settlement")]),
    ("До Самарканда оставалось сто вёрст.", [("Самарканда", "Samarkand", "UZ", "settlement")]),
])
def test_a_weak_city_after_a_preposition_opening_the_sentence(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # a person's name: a given name before a weak town's name, a nisba
    "Мухаммад Самарканди написал книгу.",
    "Абу Бухари собрал хадисы.",
])
def test_a_person_named_after_a_city_stays_no_mention(text, gz):
    assert _ru(text, gz) == []


# -- "Малый Памир": an ordinary Russian adjective is no transliterated spelling of a listed name ------------------
@pytest.mark.parametrize("text, want", [
    ("Мы видели Малый Памир с перевала.", [("Памир", "Pamir Mountains", "TJ", "physical")]),
    ("Малый город стоит на реке.", []),
    ("Старая крепость стоит над Пянджем.", [("Пянджем", "Panj", None, "river")]),
    ("Большого труда стоило добраться до Хорога.", [("Хорога", "Khorog", "TJ", "settlement")]),
])
def test_an_ordinary_adjective_is_no_spelling_of_a_name(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # the country written as it is, and a name whose adjective the gazetteer lists, stay found
    ("Войска ушли из Мали в прошлом году.", [("Мали", "Mali", "ML", "country")]),
    ("Горный Бадахшан закрыт для туристов.", [("Горный Бадахшан", "Gorno-Badakhshan", "TJ", "admin1")]),
])
def test_listed_names_stay_found_beside_the_adjective_rule(text, want, gz):
    assert _ru(text, gz) == want


# -- "Шугнанский язык": a place's adjective before a noun of a language names the language -----------------------
@pytest.mark.parametrize("text", [
    "Шугнанский язык относится к памирским.",
    "Он говорит на ваханском диалекте.",
    "Учебники на Шугнанском языке издавались до 1938 года.",
])
def test_an_adjective_before_a_language_noun_is_no_mention(text, gz):
    assert _ru(text, gz) == []


@pytest.mark.parametrize("text, want", [
    # the same adjective before its generic word stays the place
    ("Шугнанский район граничит с Афганистаном.", [("Шугнанский район", "Shughnon", "TJ", "admin2"),
                                                  ("Афганистаном", "Afghanistan", "AF", "country")]),
    ("Ваханский коридор узок.", [("Ваханский коридор", "Wakhan Corridor", "AF", "physical")]),
])
def test_an_adjective_before_its_generic_word_stays_the_place(text, want, gz):
    assert _ru(text, gz) == want


# -- "Баку": a world capital's own name transliterated, for a Cyrillic word pymorphy3 reads as a place -----------
@pytest.mark.parametrize("text, want", [
    ("Баку. 22 августа. REPORT.AZ/ Талибы захватили уезд.", [("Баку", "Baku", "AZ", "settlement")]),
    ("Делегация прилетела в Баку.", [("Баку", "Baku", "AZ", "settlement")]),
])
def test_a_world_capital_written_in_cyrillic(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # ordinary words and a person whose transliteration meets a city's name (Kalyan, Linyi, Victoria)
    "КОЛОННА машин шла к границе.",
    "Вдоль линии границы стоят заставы. Линии связи оборваны.",
    "Он был признан королевой Викторией.",
    "Мир изменился.",
])
def test_no_world_city_from_an_ordinary_cyrillic_word(text, gz):
    assert _ru(text, gz) == []


# -- "Войска перешли Пяндж": a finite verb ends an organisation's name before a place -----------------------------
@pytest.mark.parametrize("text, want", [
    ("Войска перешли Пяндж.", [("Пяндж", "Panj", None, "river")]),
    ("Войска заняли Хорог вечером.", [("Хорог", "Khorog", "TJ", "settlement")]),
])
def test_a_verb_between_an_organisation_noun_and_a_place(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # the organisation's own name holding the country stays no mention
    "Пограничные войска Таджикистана усилили охрану.",
    "Министерство обороны Таджикистана сообщило.",
    "Министерства иностранных дел Таджикистана заявило.",
])
def test_an_organisations_name_holding_a_country_stays_no_mention(text, gz):
    assert _ru(text, gz) == []


# -- "между Ванчским и Язгулемским хребтами": a plural range word after a list is each adjective's ----------------
@pytest.mark.parametrize("text, want", [
    ("Долина лежит между Ванчским и Язгулемским хребтами.", [("Ванчским", "Ванчским", None, "physical"),
                                                           ("Язгулемским", "Язгулемским", None, "physical")]),
    ("Между Дарвазским и Ванчским хребтами течёт река.", [("Дарвазским", "Darvaz Range", "TJ", "physical"),
                                                        ("Ванчским", "Ванчским", "TJ", "physical")]),
    ("Дарвазский, Ванчский и Рушанский хребты высоки.", [("Дарвазский", "Darvaz Range", "TJ", "physical"),
                                                        ("Ванчский", "Ванчский", "TJ", "physical"),
                                                        ("Рушанский", "Рушанский", "TJ", "physical")]),
])
def test_a_list_of_range_adjectives_before_a_plural_range_word(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a list before a plural district word stays the districts
    ("Дарвазский и Ванчский районы пострадали.", [("Дарвазский", "Darvoz", "TJ", "admin2"), ("Ванчский", "Vanj", "TJ", "admin2")]),
    ("Между Шугнанским и Рушанским районами идёт дорога.", [("Шугнанским", "Shughnon", "TJ", "admin2"),
                                                          ("Рушанским", "Rushon", "TJ", "admin2")]),
    ("Жители Дарвазского и Ванчского районов.", [("Дарвазского", "Darvoz", "TJ", "admin2"), ("Ванчского", "Vanj", "TJ", "admin2")]),
])
def test_a_list_of_district_adjectives_stays_the_districts(text, want, gz):
    assert _ru(text, gz) == want


# -- "а левобережный — район Шигнан": a bank's adjective before a dash and a generic word hints the bank ----------
@pytest.mark.parametrize("text, want", [
    ("Правобережный Шугнан входит в Таджикистан, а левобережный — район Шигнан в провинции Бадахшан Афганистана.",
     [("Таджикистан", "Tajikistan", "TJ", "country"), ("Шигнан", "Shighnan", "AF", "admin2"),
      ("Бадахшан", "Badakhshan", "AF", "admin1"), ("Афганистана", "Afghanistan", "AF", "country")]),
    ("Правобережный — район Шугнан.", [("Шугнан", "Shughnon", "TJ", "admin2")]),
])
def test_a_banks_adjective_before_a_dash_and_a_generic_word(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # no bank adjective before the dash: the name as before
    ("Исторически — район Шугнан.", [("Шугнан", "Shighnan", "AF", "admin2")]),
])
def test_no_bank_hint_without_the_banks_adjective(text, want, gz):
    assert _ru(text, gz) == want
