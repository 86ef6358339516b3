"""Rules from the dev5 error classes (tests/data/README.md, dev5): coordinates in Russian and glued to an
infobox label, a page's coordinate printed alone on an infobox line, a place located by the coordinate in
the parenthesis after its name. Each with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode
from pyanj.text.coordinates import find_coordinates
from pyanj.text.prepare import prepare


def coords(text):
    return [(c.surface, c.lat, c.lon) for c in find_coordinates(prepare(text))]


# -- coordinates ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Рын\n36°43′10″ с. ш. 71°37′40″ в. д.\nСтрана", [("36°43′10″ с. ш. 71°37′40″ в. д.", 36.719444, 71.627778)]),
    ("| 38°35′28″ с. ш. 70°45′22″ в. д.HGЯO | |", [("38°35′28″ с. ш. 70°45′22″ в. д.", 38.591111, 70.756111)]),
    ("38°26′ с.ш. 70°47′ в.д. Страна", [("38°26′ с.ш. 70°47′ в.д.", 38.433333, 70.783333)]),
    ("33°10′ ю. ш. 70°47′ з. д.", [("33°10′ ю. ш. 70°47′ з. д.", -33.166667, -70.783333)]),
    ("Coordinates36°52′44″N 74°8′27″E\nMap of the Wakhan Corridor", [("36°52′44″N 74°8′27″E", 36.878889, 74.140833)]),
])
def test_russian_hemisphere_words_and_a_label_glued_before(text, want):
    assert coords(text) == want


@pytest.mark.parametrize("text", [
    "в 36 км с. ш.",                 # a distance, no degree sign
    "Route 5 N 10 E",                # bare integers with letters
    "Model A5°N",                    # a letter-digit code glued to a capital: no lower-case label before
    "уровень 2300 м, 71 в. д.",      # no degrees
])
def test_no_coordinate_from_words_and_codes(text):
    assert coords(text) == []


# -- a place located by the coordinate written in the parenthesis after it -------------------------
def _points(text, gz):
    return [(m.surface, m.lat, m.lon, "located_by_text_coordinate" in m.flags)
            for m in geocode(text, None, gz) if m.feature_type != "coordinate"]


def test_a_name_takes_the_coordinate_in_its_parenthesis_and_so_do_its_other_mentions(gz):
    text = ("We hired horsemen from the road head at Goz Khun (2,810m, 37°01.706'N, 72°40.975'E) for the "
            "journey. Ten days later we retreated to Goz Khun.")
    assert _points(text, gz) == [("Goz Khun", 37.028433, 72.682917, True), ("Goz Khun", 37.028433, 72.682917, True)]


@pytest.mark.parametrize("text", [
    "We hired horsemen at Goz Khun. The camp (37°01.706'N, 72°40.975'E) was cold.",    # not right after it
    "We hired horsemen at Goz Khun, then walked on to the camp (37°01.706'N, 72°40.975'E).",
    "Mr Karimov (37°01.706'N, 72°40.975'E) said so",                                   # a person
    "The Aga Khan Foundation (37°01.706'N, 72°40.975'E) built it.",                    # an organisation
])
def test_no_coordinate_for_a_name_the_parenthesis_does_not_follow(text, gz):
    assert [p for p in _points(text, gz) if p[3]] == []


def test_a_located_place_and_a_country_keep_their_points(gz):
    text = "We reached Khorog (38°00′N 73°00′E) and Tajikistan (37°00′N 70°00′E)."
    got = {m.surface: (m.lat, m.lon, m.flags) for m in geocode(text, None, gz) if m.feature_type != "coordinate"}
    assert abs(got["Khorog"][0] - 37.49) < 0.01 and "located_by_text_coordinate" not in got["Khorog"][2]
    assert "located_by_text_coordinate" not in got["Tajikistan"][2]


# -- a page's coordinate printed alone on an infobox line ------------------------------------------
def test_an_infobox_coordinate_on_its_own_line_locates_the_pages_unlocated_subject(gz):
    text = ("Рын (Таджикистан)\n\nРын — кишлак в Горно-Бадахшанской автономной области.\n\nКишлак\nРын\n"
            "36°43′10″ с. ш. 71°37′40″ в. д.\nСтрана  Таджикистан\n\nИстория\n\nО возрасте кишлака Рын данных нет.")
    got = [(m.surface, m.lat, m.lon) for m in geocode(text, None, gz) if m.surface == "Рын"]
    assert got == [("Рын", 36.719444, 71.627778)] * 4


def test_a_coordinate_inside_prose_is_not_the_pages(gz):
    text = ("Рын (Таджикистан)\n\nРын — кишлак.\n\nКишлак\nРын\nСтрана  Таджикистан\n\n"
            "Лагерь стоял в точке 36°43′10″ с. ш. 71°37′40″ в. д. у реки.")
    assert [m.lat for m in geocode(text, None, gz) if m.surface == "Рын"] == [None] * 3


# -- Russian: a name inside a unit's or a body's name; a border post's quoted name ------------------
def _ru(text, gz):
    return [(m.surface, m.country, m.feature_type) for m in geocode(text, None, gz)]


@pytest.mark.parametrize("text, want", [
    ("На участке Ишкашимского отряда пограничный наряд обнаружил нарушителей.", []),
    ("На горном участке Московского пограничного отряда предотвращена попытка нарушения.", []),
    ("Решение бюро Горно-Бадахшанского областного комитета Компартии Таджикистана.", []),
    ("Инцидент произошел на одном из участков пограничного отряда «Хамадони».", []),
    ("На заседании Совета коллективной безопасности ОДКБ в Астане.", [("Астане", "KZ", "settlement")]),
])
def test_a_name_in_a_russian_unit_or_body_name_is_no_mention(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("Жители Ишкашимского района собрались.", [("Ишкашимского", "TJ", "admin2")]),
    ("Граница Горно-Бадахшанской автономной области.", [("Горно-Бадахшанской", "TJ", "admin1")]),
    ("Инцидент произошел в районе Хамадони.", [("Хамадони", "TJ", "admin2")]),
])
def test_the_same_names_as_places_stay(text, want, gz):
    assert _ru(text, gz) == want


def test_a_quoted_name_after_a_post_word_is_the_post_in_its_sentences_district(gz):
    text = ("В зоне обслуживания пограничной заставы «Бахорак», дислоцированной в районе Шамсиддин Шохин "
            "Хатлонской области, пятеро контрабандистов пересекли границу.")
    got = [(m.surface, m.country, m.feature_type, "not_in_gazetteer" in m.flags) for m in geocode(text, None, gz)]
    assert got[0] == ("Бахорак", "TJ", "military", True)


def test_without_a_district_in_its_sentence_a_posts_listed_name_keeps_its_readings(gz):
    text = "Военнослужащие пересекли границу между погранзаставой «Бахорак» и рекой."
    got = [(m.surface, "not_in_gazetteer" in m.flags) for m in geocode(text, None, gz)]
    assert ("Бахорак", False) in got


# -- Russian: "в X" is never a river; a dash ends an organisation's name ----------------------------
@pytest.mark.parametrize("text, want", [
    ("Наш приезд в Пяндж совпал с Наврузом.", [("Пяндж", "admin2")]),
    ("В Пяндже наблюдалось большое скопление народа.", [("Пяндже", "admin2")]),
    ("Нарушители переправлялись через Пяндж.", [("Пяндж", "river")]),       # the river stays a river
    ("Дети купались в реке Пяндж.", [("Пяндж", "river")]),                 # (its head says river)
])
def test_a_name_after_v_is_a_place_one_is_in_not_a_river(text, want, gz):
    assert [(m.surface, m.feature_type) for m in geocode(text, None, gz)] == want


def test_a_dash_ends_an_organisations_name(gz):
    assert [m.surface for m in geocode("Районный центр — посёлок городского типа Пяндж, на дороге.", None, gz)] == ["Пяндж"]
    assert [m.surface for m in geocode("Сотрудники Районного центра Пянджа приехали.", None, gz)] == []


# -- Russian: a name of two adjectives and a noun declines word by word -----------------------------
def test_two_adjectives_and_a_noun_decline_together():
    from pyanj.text.russian import name_forms
    assert name_forms("Великий шёлковый путь", adjective_alone=False) == {
        "Великий шёлковый путь", "Великого шёлкового пути", "Великому шёлковому пути", "Великим шёлковым путём",
        "Великом шёлковом пути"}


@pytest.mark.parametrize("text, want", [
    ("в период развития Великого шёлкового пути (II век до н. э.)", [("Великого шёлкового пути", "Silk Road")]),
    ("трудный участок Великого Шелкового Пути, благодаря которому", [("Великого Шелкового Пути", "Silk Road")]),
    ("Великого князя встречали у дороги.", []),       # an adjective alone is not the road
])
def test_the_declined_silk_road(text, want, gz):
    assert [(m.surface, m.name) for m in geocode(text, None, gz)] == want


@pytest.mark.parametrize("text", [
    "Хорог стоит у впадения Гунта в Пяндж.",
    "Гунт впадает в Пяндж у Хорога.",
    "Река Шахдара сливается в Пяндж.",
])
def test_a_river_flowing_into_another_keeps_it_a_river(text, gz):
    assert [m.feature_type for m in geocode(text, None, gz) if m.surface == "Пяндж"] == ["river"]


# -- a name a flattened line break split with "- " -------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("present it at government offices in Faiza- bad and Ishkashim.", ["Faiza- bad", "Ishkashim"]),
    ("a Khorog- based organisation", ["Khorog"]),          # (the joined word is no name: the name stays)
    ("in Kabul- style houses", ["Kabul"]),
    ("the Pamir- Alay range", ["Pamir"]),                # (a capital after the space: no broken word)
])
def test_a_name_split_by_a_hyphen_and_a_space(text, want, gz):
    assert [m.surface for m in geocode(text, None, gz)] == want


# -- a document's mentions do not depend on the documents read before it ---------------------------
def test_a_russian_adjective_is_found_also_after_its_run_was_seen(gz):
    text = "Пянджский район — административный район в составе Хатлонской области."
    alone = [(m.surface, m.place_id) for m in geocode(text, None, gz)]
    geocode("Пянджский колорит известен всем.", None, gz)   # the run "Пянджский" seen, with no generic word
    assert [(m.surface, m.place_id) for m in geocode(text, None, gz)] == alone
    assert alone[0] == ("Пянджский", "adm2:tj:panj")
