"""Russian names of listed places, session 12, helper acc12ru6 (tests/data/README.md, dev7, "Session 12 fixes
(acc12ru6)"): Norway, China's full official name, the lowland and the mountain Mastchoh districts. Each with the
negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country) for m in geocode(text, None, gz)]


@pytest.mark.parametrize("text, want", [
    ("Он живёт в Норвегии.", [("Норвегии", "Norway", "NO")]),
    ("Норвегия и Таджикистан подписали соглашение.", [("Норвегия", "Norway", "NO"), ("Таджикистан", "Tajikistan", "TJ")]),
    ("Граница проходит у Карасу (Китайская Народная Республика).",
     [("Китайская Народная Республика", "China", "CN")]),
    ("В Матчинском районе сошёл сель.", [("Матчинском", "Mastchoh", "TJ")]),
    ("Матчинский район Согдийской области", [("Матчинский район", "Mastchoh", "TJ"), ("Согдийской", "Sughd", "TJ")]),
    ("В Горно-Матчинском районе сошёл сель.", [("Горно-Матчинском", "Kuhistoni Mastchoh", "TJ")]),
])
def test_the_russian_names(text, want, gz):
    got = _ru(text, gz)
    for w in want:
        assert w in got
    assert all(g[0] != "Матчинском" for g in got) or "Горно" not in text


@pytest.mark.parametrize("text, want", [
    # an adjective of the country, a person, a word of the same stem: no mention
    ("Норвежский лосось продают в Хороге.", [("Хороге", "Khorog", "TJ")]),
    ("Сергей Норвегов приехал в Душанбе.", [("Душанбе", "Dushanbe", "TJ")]),
    ("Народная республика провела выборы.", []),
])
def test_the_negatives(text, want, gz):
    assert _ru(text, gz) == want


# -- a news medium named after a place: a quoted name after a medium's noun, a name with a domain ------------------
@pytest.mark.parametrize("text", [
    "Редакция информационного агентства \"Фергана\" связывалась с коллегами.",
    "Об этом сообщает агентство \"Фергана.ру\".",
    "Он рассказал главному редактору «Ферганы» о поездке.",
    "Об этом пишет газета «Памир».",
])
def test_a_medium_named_after_a_place_is_no_mention(text, gz):
    assert _ru(text, gz) == []


@pytest.mark.parametrize("text, want", [
    ("Агентство сообщило, что в Хороге тихо.", [("Хороге", "Khorog", "TJ")]),
    ("Редакция газеты в Хороге закрыта.", [("Хороге", "Khorog", "TJ")]),
    ("Мы приехали в Фергану.", [("Фергану", "Fergana", "UZ")]),
    ("Агентство передаёт из Кундуза.", [("Кундуза", "Kunduz", "AF")]),
])
def test_a_place_beside_a_medium_stays(text, want, gz):
    assert _ru(text, gz) == want
