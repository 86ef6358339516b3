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
