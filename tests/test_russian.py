"""Russian texts: case endings, adjectival district and region names, cue words, metonymy, negatives."""

import pytest

from pyanj.resolve import geocode
from pyanj.text.lang import detect_lang
from pyanj.text.normalize import code_points
from pyanj.text.russian import adjective_of, head_cue, name_forms


def _found(gz, text):
    return [(m.surface, m.name) for m in geocode(text, None, gz) if m.place_id]


@pytest.mark.parametrize("name, forms", [
    ("Хорог", {"Хорог", "Хорога", "Хорогу", "Хорогом", "Хороге"}),
    ("Пяндж", {"Пяндж", "Пянджа", "Пянджу", "Пянджем", "Пяндже"}),
    ("Бадахшан", {"Бадахшан", "Бадахшана", "Бадахшану", "Бадахшаном", "Бадахшане"}),
    ("Калай-Хумб", {"Калай-Хумб", "Калай-Хумба", "Калай-Хумбу", "Калай-Хумбом", "Калай-Хумбе"}),
    ("Китай", {"Китай", "Китая", "Китаю", "Китаем", "Китае"}),
    ("Москва", {"Москва", "Москвы", "Москве", "Москву", "Москвой", "Москвою"}),
    ("Киргизия", {"Киргизия", "Киргизии", "Киргизию", "Киргизией"}),
    ("Душанбе", {"Душанбе"}),  # indeclinable
    ("Ош", {"Ош"}),  # too short to decline safely
])
def test_case_endings(name, forms):
    assert name_forms(name) == forms


def test_adjectives_of_districts_and_regions():
    assert [adjective_of(n) for n in ("Дарваз", "Ишкашим", "Хатлон", "Ванч", "Рудаки")] == [
        "Дарвазский", "Ишкашимский", "Хатлонский", "Ванчский", None]
    assert name_forms("Горно-Бадахшанская автономная область") >= {"Горно-Бадахшанской", "Горно-Бадахшанскую"}


def test_cue_words_in_any_case():
    assert [head_cue(w) for w in ("района", "области", "провинции", "реки", "кишлаке", "мосту", "перевала",
                                  "рынке", "долине", "вулусвали", "джамоата", "слово")] == [
        "district", "province", "province", "river", "village", "bridge", "pass", "bazaar", "valley", "district",
        "village", None]


def test_language_from_the_script():
    assert [detect_lang(code_points(t)) for t in ("В Хороге прошли протесты.", "Protests in Khorog.",
                                                 "Дар шаҳри Хоруғ ҷаласа шуд.", "")] == ["ru", "en", "tg", "en"]


def test_inflected_names_are_found_and_marked_russian(gz):
    ms = geocode("Беженцы прибыли в Хорог из Хорога, а затем в Таджикистан из Афганистана.", None, gz)
    assert [(m.surface, m.name, m.lang) for m in ms] == [
        ("Хорог", "Khorog", "ru"), ("Хорога", "Khorog", "ru"), ("Таджикистан", "Tajikistan", "ru"),
        ("Афганистана", "Afghanistan", "ru")]
    assert {m.lang for m in geocode("Refugees reached Khorog.", None, gz)} == {"en"}


def test_adjectival_district_and_region_names(gz):
    assert _found(gz, "Жители Ванчского района и Хатлонской области пострадали.") == [
        ("Ванчского", "Vanj"), ("Хатлонской", "Khatlon")]
    [m] = geocode("Власти Горно-Бадахшанской автономной области заявили о паводке.", None, gz)
    assert (m.surface, m.place_id, m.literal) == ("Горно-Бадахшанской", "adm1:tj:gorno-badakhshan-autonomous", False)


def test_metonymy_in_russian(gz):
    ms = geocode("Душанбе заявил протест. Президент Таджикистана прибыл в Куляб.", None, gz)
    assert [(m.surface, m.literal) for m in ms] == [("Душанбе", False), ("Таджикистана", False), ("Куляб", True)]


def test_organisations_people_and_nationality_adjectives_are_not_places(gz):
    assert _found(gz, "Пограничные войска ГКНБ Таджикистана усилили охрану.") == []
    assert _found(gz, "Министерство иностранных дел Таджикистана ответило.") == []
    assert _found(gz, "Таджикско-афганская граница закрыта. Афганские беженцы ждут.") == []
    assert _found(gz, "Эмомали Рахмон и Саид Дарвази выступили.") == []


def test_a_russian_spelling_the_gazetteer_lacks_finds_its_place_in_one_canonical_name(gz):
    ms = geocode("Мост в Шурабаде открыт. Беженцы из Калай-Хумба прибыли.", None, gz)
    assert [(m.surface, m.place_id is not None, "transliterated" in m.flags, m.lang) for m in ms] == [
        ("Шурабаде", True, True, "ru"), ("Калай-Хумба", True, True, "ru")]
    assert ms[1].name == gz.lookup("Qalai Khumb")[0].place.name
