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
