"""Rules from dev7's error classes, session 11 (tests/data/README.md, dev7, "Session 11 fixes"): historical states
named by their adjective before "империя"/"эмират"/"ханство", Russian names of states and cities no dataset gave in
Cyrillic, a village's word before a name listed only as a river, a bank's adjective after a name, and a country
after a bracketed abbreviation or "СМИ". Each with the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "Российской империи", "в Бухарском эмирате": the state, by its adjective before the generic word ----------
@pytest.mark.parametrize("text, want", [
    ("Горный Бадахшан стал приобретением Российской империи.",
     [("Горный Бадахшан", "Gorno-Badakhshan", "TJ", "admin1"), ("Российской", "Russian Empire", None, "region")]),
    ("В 1886 году в Бухарском эмирате появился гарнизон.", [("Бухарском", "Emirate of Bukhara", None, "region")]),
    ("Земли отошли к Бухарскому эмирату.", [("Бухарскому", "Emirate of Bukhara", None, "region")]),
    ("Граница Хивинского ханства и Кокандского ханства.",
     [("Хивинского", "Khanate of Khiva", None, "region"), ("Кокандского", "Khanate of Kokand", None, "region")]),
    ("Индия была частью Британской империи.",
     [("Индия", "India", "IN", "country"), ("Британской", "British Empire", None, "region")]),
    ("Соперничество между Российской и Британской империями.",
     [("Российской", "Russian Empire", None, "region"), ("Британской", "British Empire", None, "region")]),
    ("Это макушка Британской Индии.", [("Британской Индии", "British Raj", None, "region")]),
])
def test_a_states_adjective_before_its_generic_word_names_the_state(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # the adjective before another noun names no state: a body's name, the federation, nothing
    ("Российская академия наук и Бухарский университет открыли выставку.", []),
    ("Делегация Российской Федерации прибыла.", [("Российской Федерации", "Russia", "RU", "country")]),
    ("Бухарский плов и кокандские сладости.", []),
])
def test_the_adjective_before_another_noun_is_no_state(text, want, gz):
    assert _ru(text, gz) == want


# -- Russian names of states and cities (gazetteer/russian.toml, session 11) -----------------------------------
@pytest.mark.parametrize("text, want", [
    ("Договор между Россией и Англией подписали.", [("Россией", "Russia", "RU", "country"),
                                                   ("Англией", "United Kingdom", "GB", "country")]),
    ("Позже Великобритания согласилась.", [("Великобритания", "United Kingdom", "GB", "country")]),
    ("Из Санкт-Петербурга приехал офицер.", [("Санкт-Петербурга", "Saint Petersburg", "RU", "settlement")]),
    ("Сотрудничество между РТ и КНР растёт.", [("РТ", "Tajikistan", "TJ", "country"), ("КНР", "China", "CN", "country")]),
    ("Свой четвёртый день в Афгане я встречаю в кишлаке.", [("Афгане", "Afghanistan", "AF", "country")]),
])
def test_russian_names_of_states_and_cities(text, want, gz):
    assert _ru(text, gz) == want


def test_petersburg_sending_troops_is_its_government(gz):
    (m,) = geocode("Петербург направил в регион военный контингент.", None, gz)
    assert (m.surface, m.name, m.country, m.literal) == ("Петербург", "Saint Petersburg", "RU", False)


# -- "в селе Сурхоб": a village the gazetteer lacks, not the river of that name ------------------------------------
def test_a_village_word_before_a_name_listed_only_as_a_river_makes_it_a_village(gz):
    got = geocode("18 мая в селе Сурхоб Фархорского района Хатлонской области сошли селевые потоки.", None, gz)
    assert [(m.surface, m.feature_type, m.country, "not_in_gazetteer" in m.flags) for m in got] == [
        ("Сурхоб", "settlement", "TJ", True), ("Фархорского", "admin2", "TJ", False), ("Хатлонской", "admin1", "TJ", False)]


def test_an_unlisted_village_before_its_districts_adjective_keeps_its_own_span(gz):
    # the capitalised run "Овез Фархорского" is the village, then its district's adjective
    got = geocode("Они жили в селе Овез Фархорского района.", None, gz)
    assert [(m.surface, m.feature_type, m.country) for m in got] == [("Овез", "settlement", "TJ"),
                                                                      ("Фархорского", "admin2", "TJ")]


@pytest.mark.parametrize("text, want", [
    # the river's word before it, or no village word: the river stays
    ("Вода реки Сурхоб поднялась.", [("Сурхоб", "river")]),
    # a town among the readings: the village's word keeps the town
    ("Жители села Пяндж вышли к реке.", [("Пяндж", "settlement")]),
])
def test_a_river_name_without_a_village_word_or_with_a_town_reading_stays(text, want, gz):
    assert [(m.surface, m.feature_type) for m in geocode(text, None, gz)] == want


# -- "Ишкашимом Афганским", "Ишкашим афганский,": the bank's adjective after the name ----------------------------
def test_a_banks_adjective_after_the_name_gives_its_country(gz):
    got = _ru("Между Ишкашимом Таджикским и Ишкашимом Афганским на реке Пяндж есть остров.", gz)
    assert [(s, c) for s, _, c, _ in got[:2]] == [("Ишкашимом", "TJ"), ("Ишкашимом", "AF")]
    assert [(s, c) for s, _, c, _ in _ru("Мы видели Ишкашим афганский, а потом вернулись.", gz)] == [("Ишкашим", "AF")]


def test_an_adjective_of_the_next_noun_gives_no_country(gz):
    # "таджикская" belongs to "делегация", not to Kabul; a bare "Ишкашим" stays the Tajik town
    assert _ru("В Кабул таджикская делегация прибыла вчера.", gz) == [("Кабул", "Kabul", "AF", "settlement")]
    assert [(s, c) for s, _, c, _ in _ru("Мы приехали в Ишкашим.", gz)] == [("Ишкашим", "TJ")]


# -- a country after a bracketed abbreviation of a place, or after "СМИ" --------------------------------------
@pytest.mark.parametrize("text", [
    "Желающих отправиться в Горно-Бадахшанскую автономную область (ГБАО) Таджикистана меньше.",
    "В русскоязычных СМИ Таджикистана также встречается это название.",
])
def test_a_country_after_a_places_abbreviation_or_the_media_is_a_mention(text, gz):
    assert "Таджикистана" in [m.surface for m in geocode(text, None, gz)]


@pytest.mark.parametrize("text", [
    "По данным Госкомитета нацбезопасности (ГКНБ) Таджикистана, трое задержаны.",
    "По данным ГКНБ Таджикистана, трое задержаны.",
])
def test_a_country_after_a_bodys_abbreviation_stays_inside_the_body(text, gz):
    assert "Таджикистана" not in [m.surface for m in geocode(text, None, gz)]


# -- a former oblast's adjective in a bracket after the current one's ("Хатлонская (Курган-Тюбинская) область") ---
@pytest.mark.parametrize("text, surface, want", [
    ("Хатлонская (Курган-Тюбинская, южная) область содержит весь юг страны.", "Курган-Тюбинская", ("Bokhtar", "TJ")),
    ("Город входит в Хатлонскую (до 1988 года — Курган-Тюбинскую) область.", "Курган-Тюбинскую", ("Bokhtar", "TJ")),
    ("Согдийская (Худжандская, северная) область содержит север.", "Худжандская", ("Khujand", "TJ")),
    # Garm, the seat of the Garm oblast (russian.toml: "Гарм")
    ("Дарваз входил вместе с Каратегином в Гармскую область.", "Гармскую", ("Rasht", "TJ")),
])
def test_a_former_oblasts_adjective_is_read_as_its_seat(text, surface, want, gz):
    got = {m.surface: (m.name, m.country) for m in geocode(text, None, gz)}
    assert got[surface] == want


def test_an_adjective_in_a_bracket_after_no_units_adjective_is_no_unit(gz):
    # the bracket follows a noun, and "типография" is no unit's word
    assert _ru("Книга (Курган-Тюбинская типография) вышла.", gz) == []


def test_kolkhozabad_is_kolkhozobod_not_hulbuk(gz):
    # russian.toml: "Колхозабад", the Russian name of Kolkhozobod (Balkh since 2017); GeoNames also lists
    # "Kolkhozabad" for Hulbuk, 90 km away
    got = {m.surface: (m.name, m.country) for m in geocode("Куляб, Шаартуз, Колхозабад и другие города.", None, gz)}
    assert got["Колхозабад"] == ("Kolkhozobod", "TJ")


# -- "Бадахшан": the Afghan province or GBAO ------------------------------------------------------------------
def _badakhshan(text, gz):
    return [(m.surface, m.country) for m in geocode(text, None, gz) if m.surface.startswith("Бадахшан")]


def test_afghan_unit_words_before_the_name_give_the_afghan_province(gz):
    # "провинция"/"уезд" are the Russian words for Afghan units (the Tajik ones are "область", "район")
    text = ("Столкновение произошло в приграничном уезде Дованг провинции Бадахшан, которая граничит с районом "
            "Шамсиддин Шохин Хатлонской области Таджикистана.")
    assert _badakhshan(text, gz) == [("Бадахшан", "AF")]


def test_a_tajik_travel_texts_badakhshan_is_gbao(gz):
    # the text's other places (Darvoz, Vanj, Rushan, Khorog) all lie in GBAO; Shugnan is on both banks
    text = ("Позади Дарваз и Ванч у ворот Бадахшана, а впереди Рушан и Шугнан, этакий Бадахшан, где находится "
            "его столица Хорог.")
    assert _badakhshan(text, gz) == [("Бадахшана", "TJ"), ("Бадахшан", "TJ")]


def test_a_province_listed_with_afghan_provinces_is_afghan(gz):
    text = ("С Таджикистаном граничат три афганские провинции — Бадахшан, Тахар и Кундуз. Дозорный пост стоит "
            "в Кулябском районе, другие у Хорога, Рушана и Ванча.")
    assert _badakhshan(text, gz) == [("Бадахшан", "AF")]


def test_without_places_on_one_side_the_bare_name_stays_the_afghan_province(gz):
    # one Tajik place only (fewer than the margin of two): the listed reading stands
    assert _badakhshan("Новости Бадахшана и Хорога.", gz) == [("Бадахшана", "AF")]


def test_sulton_ishkashim_is_the_afghan_district(gz):
    got = geocode("Талибы взяли уезды Шугнон и Султон Ишкашим провинции Бадахшан.", None, gz)
    assert [(m.surface, m.name, m.country) for m in got] == [
        ("Шугнон", "Shighnan", "AF"), ("Султон Ишкашим", "Ishkashiem", "AF"), ("Бадахшан", "Badakhshan", "AF")]


# -- "Вахан": the region, not the river; one Russian corridor per text (resolve/wakhan.py) ----------------------
def _wakhan(text, gz):
    return [(m.surface, m.name, m.country) for m in geocode(text, None, gz) if m.surface.startswith(("Вахан", "Ваханск"))]


def test_a_bare_wakhan_read_as_the_river_is_the_region(gz):
    assert _wakhan("За рекой как на ладони Хандод - село-райцентр афганского Вахана (а есть ещё пакистанский).", gz) == [
        ("Вахана", "Wakhan", "AF")]


def test_a_wakhan_after_its_rivers_word_stays_the_river(gz):
    assert _wakhan("Долина реки Вахан узкая.", gz) == [("Вахан", "Wakhan River", "AF")]


def test_the_russian_corridor_of_a_text_whose_corridor_is_tajik_is_the_tajik_valley(gz):
    got = _wakhan("Ваханский коридор.\n\nПутешествие по Ваханскому коридору Таджикистана.", gz)
    assert got == [("Ваханский коридор", "Wakhan Valley", "TJ"), ("Ваханскому", "Wakhan Valley", "TJ")]


def test_an_afghan_corridor_stays_afghan_beside_a_tajik_one(gz):
    got = _wakhan("Путешествие по Ваханскому коридору Таджикистана. Напротив лежит афганский Ваханский коридор.", gz)
    assert [c for _, _, c in got] == ["TJ", "AF"]


# -- a name after the low opening quote „ (fuzzy.py's character table) ----------------------------------------
def test_a_name_in_low_quotes_is_found(gz):
    got = [(m.surface, m.country) for m in geocode("Талибы «захватили „Шерхан-Бандар“, прилегающий посёлок».", None, gz)]
    assert got == [("Шерхан-Бандар", "AF")]


def test_an_apostrophe_still_joins_a_word(gz):
    # (’ and ‘ stay word characters: "Kulob’s" is one word, read as Kulob)
    assert [m.surface for m in geocode("We drove to Kulob’s bazaar.", None, gz)][:1] == ["Kulob"]


# -- a country's "-стан" name in lower case ("Настоящий афганистан") ------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Настоящий афганистан\n\nПереход границы", [("афганистан", "AF")]),
    ("Мы поехали в таджикистан, в пакистане были, из узбекистана вернулись.",
     [("таджикистан", "TJ"), ("пакистане", "PK"), ("узбекистана", "UZ")]),
])
def test_a_lower_case_stan_country_is_the_country(text, want, gz):
    assert [(m.surface, m.country) for m in geocode(text, None, gz)] == want


def test_stan_and_other_lower_case_words_are_no_country(gz):
    # "стан" (a camp) and words ending otherwise name nothing; only a country's name is read so
    assert geocode("Стан был разбит у реки, достаточно далеко от курдистанцев.", None, gz) == []


# -- a Russian name in capitals (a keyword list, a heading) -------------------------------------------------------
def test_a_name_in_capitals_is_found(gz):
    got = [(m.surface, m.country) for m in geocode("Ключевые слова: РОССИЯ / РУШАН / ШУГНАН / ПОБОРЫ / АДМИНИСТРАЦИЯ", None, gz)]
    assert got == [("РОССИЯ", "RU"), ("РУШАН", "TJ"), ("ШУГНАН", "TJ")]
    assert [m.surface for m in geocode("Мы ночевали в РУШАНЕ.", None, gz)] == ["РУШАНЕ"]


def test_acronyms_and_ordinary_words_in_capitals_are_no_names(gz):
    assert geocode("ЮНЕСКО, ВЛКСМ и ГКНБ: ПЕРЕСТРЕЛКИ НА ГРАНИЦЕ, ЗАДЕРЖАНИЯ БОЕВИКОВ.", None, gz) == []


# -- "левобережный/правобережный X": the Panj's Afghan and Tajik banks ------------------------------------------
def test_the_left_bank_is_afghan_and_the_right_bank_tajik(gz):
    got = [(m.surface, m.country) for m in geocode(
        "Правобережный Дарваз относится к Таджикистану, а левобережный Дарваз и левобережный Шугнан к Афганистану.",
        None, gz) if m.feature_type != "country"]
    assert got == [("Дарваз", "TJ"), ("Дарваз", "AF"), ("Шугнан", "AF")]


def test_a_bank_adjective_before_a_name_of_one_country_changes_nothing(gz):
    # the Vakhsh has no Afghan reading: the hint picks among readings only
    assert [(m.surface, m.country) for m in geocode("На левобережном Вахше построили завод.", None, gz)] == [("Вахше", "TJ")]


def test_a_wakhan_in_a_list_after_the_rivers_word_stays_the_river(gz):
    got = _wakhan("Территория длиной около 295 км в долинах рек Памир, Вахан и Пяндж.", gz)
    assert got == [("Вахан", "Wakhan River", "AF")]


def test_moscow_beside_tajik_places_is_russias_capital_not_the_khatlon_village(gz):
    # russian.toml: the Khatlon village GeoNames also names "Москва" has weak names
    for text in ("Через 3 дня нам нужно было проводить участника в Москву на самолёте, а до этого из Хорога в Мургаб.",
                 "Мы прилетели из Москвы в Хорог, потом в Мургаб."):
        (m,) = [m for m in geocode(text, None, gz) if m.surface.startswith("Москв")]
        assert (m.place_id, m.country) == ("gn:524901", "RU")


# -- a list after a colon names the kind its plural noun before the colon gives ("хребтов: Дарвазского, …") ------
def test_a_list_after_a_colon_takes_the_nouns_kind(gz):
    got = _ru("Река начинается среди отрогов трех хребтов: Дарвазского, Академии Наук и Ванчского.", gz)
    assert got[0] == ("Дарвазского", "Darvaz Range", "TJ", "physical")  # (not Darvoz District)
    got = _ru("Границами долины служат хребты Памирских гор: Шахдаринский и Южно-Аличурский на севере.", gz)
    assert ("Шахдаринский", "Shakhdara Range", "TJ", "physical") in got


def test_a_colon_list_of_another_noun_adds_nothing(gz):
    assert _ru("Есть два варианта: Первый и Второй.", gz) == []
    # districts listed after a singular word keep their district readings
    assert [f for _, _, _, f in _ru("Районы области: Дарвазский, Ванчский и Рушанский.", gz)] == ["admin2"] * 3


def test_a_province_in_an_archives_name_is_no_mention(gz):
    got = [m.surface for m in geocode("На основе материалов Государственного архива Горно-Бадахшанской автономной "
                                      "области раскрывается роль путешественников.", None, gz)]
    assert "Горно-Бадахшанской" not in got
    # a lower-case "архива" opening no name leaves the place after it
    assert [m.surface for m in geocode("Документы из архива привезли в Хорог.", None, gz)] == ["Хорог"]
