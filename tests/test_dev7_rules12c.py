"""Rules from dev7's error classes, session 12, helper acc12ru3 (tests/data/README.md, dev7, "Session 12 fixes
(acc12ru3)"): a valley's adjective before "долина" the gazetteer lacks, and the others below. Each with the
negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "Зерафшанскую долину", "в Таласской долине": an unlisted valley from its adjective ------------------------------
@pytest.mark.parametrize("text, want", [
    ("Мы спустились в Зерафшанскую долину к вечеру.", [("Зерафшанскую", "Зерафшанскую", None, "physical")]),
    ("Эта Кызылсуйская долина широка и пустынна.", [("Кызылсуйская", "Кызылсуйская", None, "physical")]),
    ("Скот пасут в Чаткальской долине.", [("Чаткальской", "Чаткальской", None, "physical")]),
    # a listed valley keeps its entry
    ("Дорога шла по Ферганской долине.", [("Ферганской", "Fergana Valley", "UZ", "physical")]),
])
def test_a_valleys_adjective_before_its_generic_word(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # an organisation's or a product's name in quotes, a lower-case adjective, a foreign valley's nickname
    "Компания «Зеленая долина» открыла офис.",
    "Широкая долина тянется на юг.",
    "Общество Кремниевой долины выросло.",
])
def test_no_valley_without_a_capitalised_adjective_outside_quotes(text, gz):
    assert _ru(text, gz) == []


# -- "в Хиве", "Ура-Тюбе": Russian spellings the datasets lack (russian.toml, cited) ----------------------------------
@pytest.mark.parametrize("text, want", [
    ("Караван шёл из Бухары в Хиву.", [("Бухары", "Bukhara", "UZ", "settlement"), ("Хиву", "Xiva", "UZ", "settlement")]),
    ("В Хиве сохранилась Ичан-Кала.", [("Хиве", "Xiva", "UZ", "settlement")]),
    ("Дорога из Ура-Тюбе ведёт к перевалу.", [("Ура-Тюбе", "Istaravshan", "TJ", "settlement")]),
    # the state keeps its own entry
    ("Хивинское ханство пало.", [("Хивинское ханство", "Khanate of Khiva", None, "region")]),
])
def test_russian_spellings_of_khiva_and_ura_tyube(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # a person's surname made from the name, a lower-case word
    "Депутат Хиваев выступил с речью.",
    "хива и ура — просто слова.",
])
def test_no_khiva_in_a_surname_or_lower_case(text, gz):
    assert _ru(text, gz) == []


# -- "Мост дружбы": the Termez bridge's name too (russian.toml, cited); the text's other places choose ---------------
@pytest.mark.parametrize("text, want", [
    ("Мост дружбы в Термезе закрыт.", "Termez–Hairatan Friendship Bridge"),
    ("Мост дружбы через Амударью связывает Узбекистан и Афганистан.", "Termez–Hairatan Friendship Bridge"),
    # the Darvaz bridge where the text is in Darvaz
    ("Через Мост дружбы в Дарвазском районе прошли грузы.", "Darvaz (Qalai Khumb–Nusay) Friendship Bridge"),
    ("В Дарвазе, у Калаи-Хумба, Мост дружбы соединяет Таджикистан с Нусаем.", "Darvaz (Qalai Khumb–Nusay) Friendship Bridge"),
])
def test_friendship_bridge_by_the_texts_other_places(text, want, gz):
    assert [m.name for m in geocode(text, None, gz) if m.surface == "Мост дружбы"] == [want]


def test_friendship_of_peoples_is_no_bridge(gz):
    assert _ru("Дружба народов крепнет, мост доверия строится.", gz) == []


# -- "КПП Ишкашим", "В СТОЛИЦУ ПАМИРА": a checkpoint's abbreviation and a heading's capitals are no body's name -------
@pytest.mark.parametrize("text, want", [
    ("На КПП Ишкашим стояли машины.", [("Ишкашим", "Ishkashim bridge (Ishkoshim–Eshkashem)", "TJ", "crossing")]),
    ("Машины стояли на КПП Памирского тракта.", [("Памирского", "Pamir Highway (M41)", "TJ", "road")]),
    ("ГЛАВА 1. ДОЛГИЙ ПУТЬ В СТОЛИЦУ ПАМИРА Машина ехала.", [("ПАМИРА", "Pamir Mountains", "TJ", "physical")]),
    ("СТОЛИЦА ТАДЖИКИСТАНА", [("ТАДЖИКИСТАНА", "Tajikistan", "TJ", "country")]),
])
def test_a_checkpoint_and_a_capitalised_heading_before_a_name(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text", [
    # organisations' abbreviations, short or long, before a country's name hold it
    "Офицеры ГКНБ Таджикистана задержали груз.",
    "Эксперты ЮНЕСКО Таджикистана отметили успех.",
    "Сотрудники ОДКБ Таджикистана прибыли.",
])
def test_an_organisations_abbreviation_still_holds_the_name(text, gz):
    assert _ru(text, gz) == []


# -- "Таласской долине в Киргизии": a name the gazetteer lacks takes the country written right after "в" -------------
@pytest.mark.parametrize("text, want", [
    ("Скот пасут в Таласской долине в Киргизии.", [("Таласской", "Таласской", "KG", "physical"),
                                                   ("Киргизии", "Kyrgyzstan", "KG", "country")]),
    ("Он жил в кишлаке Дехбаланд в Афганистане.", [("Дехбаланд", "Дехбаланд", "AF", "settlement"),
                                                  ("Афганистане", "Afghanistan", "AF", "country")]),
    # the district right after the name still wins over a country further on
    ("В кишлаке Дехбаланд Ванчского района живут люди, которые работают в России.",
     [("Дехбаланд", "Дехбаланд", "TJ", "settlement"), ("Ванчского", "Vanj", "TJ", "admin2"),
      ("России", "Russia", "RU", "country")]),
])
def test_an_unlisted_name_in_the_country_written_after_v(text, want, gz):
    assert _ru(text, gz) == want
