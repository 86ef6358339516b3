"""places10.toml (issue 12, acc8): the Russian official name of Farkhor District, "Пархарский район", in its case
forms; a border unit named after it stays out; one known limit (an adjective before another head)."""

from __future__ import annotations

import pytest

import pyanj


def _found(text):
    return [(m.surface, m.name, m.country) for m in pyanj.geocode(text)]


@pytest.mark.parametrize("text, expected", [
    ("Пархарский район граничит с Афганистаном.",
     [("Пархарский район", "Farkhor", "TJ"), ("Афганистаном", "Afghanistan", "AF")]),
    ("В Пархарском районе прошли дожди.", [("Пархарском", "Farkhor", "TJ")]),
    ("Из Пархарского района вывезли хлопок.", [("Пархарского", "Farkhor", "TJ")]),
    ("Фархорский район и Пархарский район — одно и то же.",
     [("Фархорский", "Farkhor", "TJ"), ("Пархарский район", "Farkhor", "TJ")]),
])
def test_parkhar_district_in_its_case_forms(text, expected):
    assert _found(text) == expected


def test_a_border_unit_named_after_the_district_holds_no_mention():
    assert _found("Пархарский пограничный отряд задержал нарушителя.") == []


def test_known_limit_the_alias_adjective_before_another_head():
    # Left for later: the two-word alias lets its adjective stand alone before any head, the listed noun
    # "Фархор" only before a district/province word; a factory named after the district is read as it.
    assert _found("Пархарский хлопкоочистительный завод закрыт.") == [("Пархарский", "Farkhor", "TJ")]
    assert _found("Фархорский хлопкоочистительный завод закрыт.") == []
