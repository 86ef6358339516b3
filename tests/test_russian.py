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
    ("Пяндж", {"Пяндж", "Пянджа", "Пянджу", "Пянджем", "Пянджом", "Пяндже"}),  # (-ем and -ом after ж)
    ("Бадахшан", {"Бадахшан", "Бадахшана", "Бадахшану", "Бадахшаном", "Бадахшане"}),
    ("Калай-Хумб", {"Калай-Хумб", "Калай-Хумба", "Калай-Хумбу", "Калай-Хумбом", "Калай-Хумбе"}),
    ("Китай", {"Китай", "Китая", "Китаю", "Китаем", "Китае"}),
    ("Москва", {"Москва", "Москвы", "Москве", "Москву", "Москвой", "Москвою"}),
    ("Киргизия", {"Киргизия", "Киргизии", "Киргизию", "Киргизией"}),
    ("Душанбе", {"Душанбе"}),  # indeclinable
    ("Ош", {"Ош", "Оша", "Ошу", "Ошем", "Ошом", "Оше"}),  # short, but the dictionary knows it as a place
    ("Тем", {"Тем"}),  # short and known as another word ("тем"): not declined unless its source is cited
    ("Горный Бадахшан", {"Горный Бадахшан", "Горного Бадахшана", "Горном Бадахшане", "Горному Бадахшану",
                         "Горным Бадахшаном"}),
    ("Крыша мира", {"Крыша мира", "Крыши мира", "Крыше мира", "Крышу мира", "Крышей мира", "Крышею мира"}),
])
def test_case_endings(name, forms):
    if " " in name and name != "Крыша мира":  # (an adjective and its noun: every pairing is indexed)
        assert name_forms(name) >= forms
        assert "Горная Бадахшан" in name_forms(name)  # (harmless: no text writes it)
    else:
        assert name_forms(name) == forms


def test_a_cited_short_name_is_declined():
    assert name_forms("Тем", short=True) == {"Тем", "Тема", "Тему", "Темом", "Теме"}


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


# -- session 4: cited aliases, adjectives, transliteration, sentences, metonymy, negatives ------------------
def test_cyrillic_abbreviations_and_cited_aliases(gz):
    ms = geocode("США вывели войска. Граница РТ и РФ охраняется. Помощь Германии дошла до Оша.", None, gz)
    assert [(m.surface, m.place_id) for m in ms] == [
        ("США", "country:us"), ("РТ", "country:tj"), ("РФ", "country:ru"), ("Германии", "country:de"),
        ("Оша", "gn:1527534")]
    assert _found(gz, "рт и сша") == []  # abbreviations count in capitals only


def test_bare_badakhshan_is_the_afghan_province_unless_the_text_says_tajik(gz):
    ms = geocode("Беженцы из провинции Бадахшан прибыли в Горный Бадахшан, в Хорог.", None, gz)
    assert [(m.surface, m.place_id) for m in ms] == [
        ("Бадахшан", "adm1:af:badakhshan"), ("Горный Бадахшан", "adm1:tj:gorno-badakhshan-autonomous"),
        ("Хорог", "gn:1221328")]
    assert ms[2].name == "Khorog"
    [m] = geocode("В Горном Бадахшане прошли протесты.", None, gz)
    assert (m.surface, m.place_id) == ("Горном Бадахшане", "adm1:tj:gorno-badakhshan-autonomous")


def test_an_adjective_names_a_place_only_before_its_generic_word(gz):
    assert _found(gz, "Туристы проехали через живописную Ваханскую долину.") == [("Ваханскую", "Wakhan Valley")]
    assert _found(gz, "Границами долины служат хребты Памирских гор.") == [("Памирских", "Pamir Mountains")]
    assert _found(gz, "Книга «Памирская экспедиция» вышла в Москве.")[:1] != [("Памирская", "Pamir Highway (M41)")]


def test_an_adjective_before_district_names_the_district_it_is_made_from(gz):
    ms = geocode("Дозорный на пограничном пункте в Кулябском районе. Ушли в Рузвай, Хумроги Ванджского района.",
                 None, gz)
    assert [(m.surface, m.place_id) for m in ms] == [
        ("Кулябском", "adm2:tj:kulob"), ("Рузвай", "bazaar:ruzvai"), ("Хумроги", "settlement:khumrogi"),
        ("Ванджского", "adm2:tj:vanj")]
    assert _found(gz, "Жители Кулябском рассказали.") == []  # (no generic word after it: no district)


def test_a_cyrillic_name_also_reaches_the_latin_named_place_of_its_transliteration(gz):
    [m] = geocode("От афганского города Ишкашим до границы сто километров.", None, gz)
    assert (m.surface, m.country) == ("Ишкашим", "AF")
    [m] = geocode("Через Калай-Хумб идет дорога.", None, gz)  # a spelling the gazetteer lacks in Russian
    assert (m.name, m.country, "transliterated" in m.flags) == ("Qalaikhumb", "TJ", True)


def test_names_the_gazetteer_lacks_after_a_russian_generic_word(gz):
    ms = geocode("Обстановка на территории села Овез уезда Хохон осложнилась.", None, gz)
    assert [(m.surface, m.place_id, m.country, m.feature_type) for m in ms] == [
        ("Овез", None, "AF", "settlement"), ("Хохон", "adm2:af:badakhshan:khwahan", "AF", "admin2")]
    assert "not_in_gazetteer" in ms[0].flags and "placed_at_district" in ms[0].flags


def test_russian_sentence_ends_skip_abbreviations_and_initials():
    from pyanj.text.segment import segment
    t = ("Президент Э. Рахмон прибыл в г. Хорог на ул. Ленина. Затем он посетил р. Пяндж, т.е. границу. "
         "Отв. ред. Н.М. Емельянова. Конец.")
    assert [t[s:e] for s, e in segment(t).sentences] == [
        "Президент Э. Рахмон прибыл в г. Хорог на ул. Ленина.", "Затем он посетил р. Пяндж, т.е. границу.",
        "Отв. ред. Н.М. Емельянова.", "Конец."]


def test_russian_metonymy_of_capitals(gz):
    ms = geocode("Кабул обвинил соседей. Москва и Душанбе договорились о визите. Душанбе не раз заявлял "
                 "протест. Делегация прибыла в Душанбе.", None, gz)
    assert [(m.surface, m.literal) for m in ms] == [
        ("Кабул", False), ("Москва", False), ("Душанбе", False), ("Душанбе", False), ("Душанбе", True)]
    assert "non_literal" in ms[0].flags


def test_organisations_with_a_place_inside_are_not_mentions(gz):
    assert _found(gz, "Центр Пограничных войск ГКНБ Республики Таджикистан сообщает о задержании.") == []
    assert _found(gz, "Боевики «Исламского движения Узбекистана» отступили.") == []
    assert _found(gz, "США завершили вывод войск из Афганистана.") == [
        ("США", "United States"), ("Афганистана", "Afghanistan")]
    assert _found(gz, "Военнослужащим правительственных войск Афганистана разрешили перейти границу.") == [
        ("Афганистана", "Afghanistan")]


def test_surnames_like_places_and_ordinary_words_are_not_places(gz):
    assert _found(gz, "Глава района Сергей Хорогов и Иван Ванчев выступили.") == []
    assert _found(gz, "Тем не менее граница закрыта. Таджикский и афганский берега пусты.") == []
    assert _found(gz, "Граница у Тема под Хорогом закрыта.") == [("Тема", "Tem"), ("Хорогом", "Khorog")]


def test_a_name_with_no_cyrillic_alias_is_found_through_its_transliteration(gz):
    assert not any(a.script == "Cyrl" for a in gz.places["adm2:tj:kulob"].aliases)
    [m] = geocode("Мост в Шуроабаде открыт.", None, gz)  # GeoNames: "Shŭrobod", no Russian name
    assert (m.surface, m.place_id, m.name, "transliterated" in m.flags) == ("Шуроабаде", "gn:1220479", "Shŭrobod", True)


def test_the_russian_sample_in_the_corpus_keeps_its_russian_quotes(gz, corpus):
    [key] = [k for k, t in corpus.items() if detect_lang(code_points(t)) == "ru"]
    ms = geocode(corpus[key], key, gz)
    assert {m.lang for m in ms} == {"ru"}
    khorog = [m for m in ms if m.name == "Khorog"]
    assert [m.surface for m in khorog] == ["Хорог", "Хорога", "Хорогом", "Хорог"]
    assert "из Хорога афганский берег" in khorog[1].sentence


def test_layers_show_the_english_name_beside_the_russian_forms_and_quote(gz, corpus):
    from pyanj.layers import build_layers
    [key] = [k for k, t in corpus.items() if detect_lang(code_points(t)) == "ru"]
    g = build_layers(geocode(corpus[key], key, gz), gazetteer=gz)
    row = g["settlements"].set_index("id").loc["gn:1221328"]
    assert row["name"] == "Khorog"
    assert row["names_seen"].split("; ") == ["Хорог", "Хорога", "Хорогом"]
    assert row["first_sentence"].startswith("Столица Горного Бадахшана, город Хорог")


def test_a_derived_adjective_needs_its_generic_word(gz):
    assert _found(gz, "Дарвазский и Ванчский районы затопило.") == [("Дарвазский", "Darvoz"), ("Ванчский", "Vanj")]
    assert _found(gz, "Вышел «Бадахшанский дневник» путешественника.") == []
    assert _found(gz, "Жители на Пяндже ловят рыбу.") == [("Пяндже", "Panj")]
    assert geocode("Жители на Пяндже ловят рыбу.", None, gz)[0].feature_type == "river"  # "на": not the district
