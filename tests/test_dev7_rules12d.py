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
