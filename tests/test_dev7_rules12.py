"""Rules from dev7's error classes, session 12 (tests/data/README.md, dev7, "Session 12 fixes"): Russian adjectives
of listed districts and towns that the matcher does not make (Tajik names in -и and -е, a district named after
its seat, an adjective in a list before the plural generic word). Each with the negatives that must stay as they
are."""

from __future__ import annotations

import pytest

from pyanj.resolve import geocode


def _ru(text, gz):
    return [(m.surface, m.name, m.country, m.feature_type) for m in geocode(text, None, gz)]


# -- "Хамадонинский и Восейский районы", "Пенджикентского района": a listed district by its adjective -----------
@pytest.mark.parametrize("text, want", [
    ("Пострадали также соседние Хамадонинский и Восейский районы.",
     [("Хамадонинский", "Hamadoni", "TJ", "admin2"), ("Восейский", "Vose'", "TJ", "admin2")]),
    ("Сели прошли в Восейском районе.", [("Восейском", "Vose'", "TJ", "admin2")]),
    ("Дома повреждены в Пенджикентском районе.", [("Пенджикентском", "Panjakent", "TJ", "admin2")]),
    # a district named after its seat's former name (GeoNames lists Kirovabad, Sarai-Kamar for Panj)
    ("В 1936–1963 гг. назывался Кировабадским районом.", [("Кировабадским", "Panj", "TJ", "admin2")]),
    ("Образован как Сарай-Камарский район в 1930 году.", [("Сарай-Камарский", "Panj", "TJ", "admin2")]),
    ("Школа открыта в Рудакинском районе.", [("Рудакинском", "Rudaki", "TJ", "admin2")]),
    ("Дарвазский, Ванчский и Рушанский районы.",
     [("Дарвазский", "Darvoz", "TJ", "admin2"), ("Ванчский", "Vanj", "TJ", "admin2"), ("Рушанский", "Rushon", "TJ", "admin2")]),
])
def test_a_listed_districts_adjective_before_the_district_word(text, want, gz):
    assert _ru(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a town's adjective names no district of another name (Khorog lies in Shughnon), nor anything before
    # another noun; an adjective in a list before a non-unit noun stays no place
    ("Власти Хорогского района не ответили.", []),
    ("Восейский хлопок и Хамадонинский виноград.", []),
    ("Пенджикентский университет и Восейская школа.", []),
])
def test_an_adjective_before_another_noun_or_of_another_districts_town_is_no_district(text, want, gz):
    assert _ru(text, gz) == want


# -- the border troops' name and a brand's country edition hold no mention ---------------------------------------
@pytest.mark.parametrize("text", [
    "Пограничные войска Таджикистана сделали официальное заявление.",
    "Рассказывает офицер погранвойск Таджикистана.",
    "По данным пограничных войск Таджикистана, нарушители задержаны.",
    "Погранвойска Таджикистана сообщили о задержании.",
    "Об этом сообщает Sputnik Таджикистан со ссылкой на пресс-центр.",
])
def test_the_border_troops_name_and_a_brands_edition_are_no_mention(text, gz):
    assert _ru(text, gz) == []


@pytest.mark.parametrize("text, want", [
    # the state's guards, troops leaving a country, a city after a Latin name, a country after a Latin word in
    # another case stay mentions
    ("Пограничники Таджикистана задержали нарушителей.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
    ("После вывода войск из Афганистана граница закрыта.", [("Афганистана", "Afghanistan", "AF", "country")]),
    ("Пограничные заставы Таджикистана усилены.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
    ("Сотрудник Tolonews Кабул покинул.", [("Кабул", "Kabul", "AF", "settlement")]),
    ("Корреспондент BBC Таджикистана не посещал.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
])
def test_other_words_before_a_country_leave_it_a_mention(text, want, gz):
    assert _ru(text, gz) == want


# -- villages the gazetteer lacks: a list after the village word, a gloss between, a hyphenated name at the end ---
def _unlisted(text, gz):
    return [(m.surface, m.feature_type) for m in geocode(text, None, gz) if "not_in_gazetteer" in m.flags]


@pytest.mark.parametrize("text, want", [
    ("Вода охватила территории кишлаков Барсем, Бердибеков и Сипондж.",
     [("Барсем", "settlement"), ("Бердибеков", "settlement")]),  # (Сипондж is listed)
    ("Более 20 домов в кишлаке (населенный пункт) Хостав оказались под водой.", [("Хостав", "settlement")]),
    ("Беженцы размещены в джамоате Кызыл-Работ.", [("Кызыл-Работ", "settlement")]),
])
def test_unlisted_villages_after_the_village_word(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a person after the list's comma, a listed town after "и", a name after a bracket of capitals or another noun
    ("Жители кишлака Барсем, Ориф Нозимов и другие, пострадали.", [("Барсем", "settlement")]),
    ("Жители кишлака Барсем и Хорога пострадали.", [("Барсем", "settlement")]),
    ("Сотрудники комитета (КЧС) Ориф Нозимов и Рахим приехали.", []),
    ("Председатель совета Барсем, Бердибеков и другие.", []),
])
def test_the_list_stops_at_a_person_and_other_words_give_no_village(text, want, gz):
    assert _unlisted(text, gz) == want


# -- "Центр Горно-Бадахшанской автономной области": a place's centre, no organisation's name ----------------------
@pytest.mark.parametrize("text, want", [
    ("Центр Горно-Бадахшанской автономной области, её единственный город.",
     [("Горно-Бадахшанской", "Gorno-Badakhshan", "TJ", "admin1")]),
    ("Центр Таджикистана занимают горы.", [("Таджикистана", "Tajikistan", "TJ", "country")]),
    # a centre's name of more words is a body's
    ("Центр стратегических исследований Таджикистана опубликовал доклад.", []),
])
def test_centre_right_before_a_name_is_the_places_centre(text, want, gz):
    assert _ru(text, gz) == want


# -- "Крыша мира": the Pamirs' epithet is no name ------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Долгая дорога на Крышу мира.", []),
    ("Памир 2017 \"Крыша мира\"", [("Памир", "Pamir Mountains", "TJ", "physical")]),
    ("По карнизу Крыши Мира мы ехали до Мургаба.", [("Мургаба", "Murghob", "TJ", "settlement")]),
])
def test_the_roof_of_the_world_is_no_mention(text, want, gz):
    assert _ru(text, gz) == want


# -- rivers the gazetteer lacks after "р."/"реки"/"речки" ------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("До впадения р. Кашалаяк называется иначе.", [("Кашалаяк", "river")]),
    ("Мы ехали вдоль быстрой речки Хумб до посёлка.", [("Хумб", "river")]),
    ("Истоки начинаются с реки Абдукагор на ледниках.", [("Абдукагор", "river")]),
])
def test_unlisted_rivers_after_a_rivers_word(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text, want", [
    # a plural's genitive, an initial "Р." of a person, a listed river stay as they are
    ("Амударья — одна из четырех легендарных рек Рая.", []),
    ("Автор статьи — Петров Р. Кашалаев.", []),
])
def test_no_river_from_a_plural_or_an_initial(text, want, gz):
    assert _unlisted(text, gz) == want
    assert [(m.surface, m.feature_type) for m in geocode("Дети купались в реке Пяндж.", None, gz)] == [("Пяндж", "river")]


# -- "номера – 02 РТ": a licence plate's code ----------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Автомобильные номера – 02 РТ.", []),
    ("Код автом. номеров 04РТ", []),
    # a year before the abbreviation, the abbreviation elsewhere stay the country
    ("В 1991 РТ стала независимой.", [("РТ", "Tajikistan", "TJ", "country")]),
    ("Сотрудничество между РТ и КНР растёт.", [("РТ", "Tajikistan", "TJ", "country"), ("КНР", "China", "CN", "country")]),
])
def test_a_plate_code_is_no_country(text, want, gz):
    assert _ru(text, gz) == want


# -- abbreviated generic words before a name the gazetteer lacks: "пер. Талдык", "п.Тохтамыш" -----------------------
@pytest.mark.parametrize("text, want", [
    ("Маршрут: г. Ош –> пер. Чыирчик –> п. Гюльча –> п.Тохтамыш –> г.Хорог",
     [("Чыирчик", "physical"), ("Гюльча", "settlement"), ("Тохтамыш", "settlement")]),
    ("Мы стояли у оз. Кумкуль и у хр. Шамалдинский.", [("Кумкуль", "physical"), ("Шамалдинский", "physical")]),
])
def test_unlisted_names_after_an_abbreviated_generic_word(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text", [
    # a year's "г.", a page's "с.", a coordinate's "в. д." before a new line, a person's initial
    "Из истории известно, что в 1895 г. Западный Памир был присоединен к эмирату.",
    "Громбчевский, 1891, с. 20. Сергеев пишет иначе.",
    "36°43′10″ с. ш. 71°37′40″ в. д.\nСтрана  Таджикистан",
    "Автор: Иванов П. Сергеевич.",
])
def test_no_name_after_a_years_pages_or_coordinates_abbreviation(text, gz):
    assert _unlisted(text, gz) == []


# -- a range's, pass's or sea's adjective before its generic word ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Река течёт между Ваханским хребтом на севере и горами на юге.", [("Ваханским", "physical")]),
    ("Спустившись с Хабурабадского перевала, мы ехали вдоль реки.", [("Хабурабадского", "physical")]),
    ("Район лежит между Язгулемским и Ванчским хребтами.", [("Язгулемским", "physical"), ("Ванчским", "physical")]),
])
def test_an_unlisted_ranges_or_passs_adjective(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("Путешествие закончится в теплых водах Аральского моря.", [("Аральского", "Aral Sea", None, "physical")]),
    # a listed range keeps its place; a district's adjective before "района" and one before another noun stay
    ("Вершины Дарвазского хребта покрыты снегом.", [("Дарвазского", "Darvaz Range", "TJ", "physical")]),
    # a district's adjective before a listed range's word is the range ("Шугнанский хребет" is listed)
    ("Бассейны разделены гребнем Шугнанского хребта.", [("Шугнанского", "Shughnon Range", "TJ", "physical")]),
    ("Жители Кулябского района пострадали.", [("Кулябского", "Kulob", "TJ", "admin2")]),
    ("Памирский университет и Ваханский музей.", []),
    # a district's adjective before a valley's word keeps the district's reading
    ("Кишлак расположен в Ишкашимская долина, на реке.", [("Ишкашимская", "Ishkoshim", "TJ", "admin2")]),
])
def test_a_listed_seas_adjective_and_other_adjectives(text, want, gz):
    assert _ru(text, gz) == want


# -- later mentions of a village or river found once after its generic word -------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Сель сошёл в селе Хостав. Жители Хостава эвакуированы. Хостав остаётся без света.",
     [("Хостав", "settlement"), ("Хостава", "settlement"), ("Хостав", "settlement")]),
    ("До впадения р. Кашалаяк называется иначе. Кашалаяк течёт с ледника.", [("Кашалаяк", "river"), ("Кашалаяк", "river")]),
    # a name in a longer capitalised name is not repeated; nor an adjective's span
    ("Сель сошёл в селе Хостав. Хостав Рахимов приехал.", [("Хостав", "settlement")]),
    ("Река течёт вдоль Ваханским хребтом. Ваханским музеем руководит он.", [("Ваханским", "physical")]),
])
def test_a_found_villages_later_mentions(text, want, gz):
    assert _unlisted(text, gz) == want


# -- a capitalised generic word opening the sentence before a name ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Город Нурек расположен в горах.", [("Нурек", "Norak", "TJ", "settlement")]),
    ("Уезд Дашти-Арчи пал.", [("Дашти-Арчи", "Dashte Archi", "AF", "admin2")]),
    ("Уезд Хваджа Гхар находится на границе.", [("Хваджа Гхар", "Khwaja Ghar", "AF", "admin2")]),
    ("Озеро Сарез угрожает долине.", [("Сарез", "Sarez Lake", "TJ", "physical")]),
    ("Перевал Хабуработ закрыт.", [("Хабуработ", "Хабуработ", None, "physical")]),
    ("Село Хостав затопило.", [("Хостав", "Хостав", None, "settlement")]),
    # a district's adjective after the generic word stays the district's; a listed name stays as it was
    ("Район Ишкашимский район.", [("Ишкашимский район", "Ishkoshim", "TJ", "admin2")]),
    ("Город Хорог расположен на берегу.", [("Хорог", "Khorog", "TJ", "settlement")]),
])
def test_a_sentences_generic_word_before_a_name(text, want, gz):
    assert _ru(text, gz) == want


# -- "на Вахше", "по Вахшу", "вдоль Ванча": the river, not the town ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Город расположен на Вахше.", [("Вахше", "Vakhsh", None, "river")]),
    ("По Вахшу сплавляются туристы.", [("Вахшу", "Vakhsh", None, "river")]),
    ("Дорога идёт вдоль Ванча.", [("Ванча", "Vanj River", "TJ", "river")]),
    # the mountains stay the mountains; a town with no river reading stays the town; "в" keeps the town
    ("Мы жили на Памире.", [("Памире", "Pamir Mountains", "TJ", "physical")]),
    ("Мы гуляли по Хорогу.", [("Хорогу", "Khorog", "TJ", "settlement")]),
    ("Мы приехали в Пяндж.", [("Пяндж", "Panj", "TJ", "admin2")]),
])
def test_a_name_after_na_or_po_is_the_river(text, want, gz):
    assert _ru(text, gz) == want


def test_a_former_oblast_named_after_its_seats_former_name(gz):
    # the Leninabad oblast (Sughd), seat Leninabad, now Khujand: read as its seat, as "Курган-Тюбинской области" is
    assert _ru("Район входил в состав Ленинабадской области.", gz) == [("Ленинабадской", "Khujand", "TJ", "settlement")]
    assert _ru("Ленинабадский университет открылся.", gz) == []


@pytest.mark.parametrize("text, want", [
    ("Истоки начинаются на ледниках Абдукагор и других.", [("Абдукагор", "physical")]),
    ("Хребет отходит у пика Гармо (6595 м).", [("Гармо", "physical")]),
    ("Ледник Федченко — крупнейший.", [("Федченко", "physical")]),
    # a lower-case "пик" of a season, a glacier word before a lower-case word give nothing
    ("В пик сезона Лянгар полон туристов.", []),
    ("Ледник тает быстро.", []),
])
def test_unlisted_glaciers_and_peaks(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("В состав района входит 4 кишлачных совета: Егид, Сангевн и Хостав.",
     [("Егид", "settlement"), ("Сангевн", "settlement"), ("Хостав", "settlement")]),
    ("В джамоат входят кишлаки: Шипад и Зинг.", [("Шипад", "settlement"), ("Зинг", "settlement")]),
    # a colon after another word, a person after the village word's colon give none
    ("Участники: Ориф Нозимов и Рахим.", []),
    ("Жители кишлаков: Ориф Нозимов и другие.", []),
])
def test_villages_listed_after_a_colon(text, want, gz):
    assert _unlisted(text, gz) == want


@pytest.mark.parametrize("text, want", [
    ("К территории полка примыкает поселок Ломоносово, где живут семьи.", [("Ломоносово", "settlement")]),
    ("Нарушители замечены в местности Кавоки района Шамсиддин Шохин.", [("Кавоки", "settlement")]),
    ("Работы идут в микрорайоне Шарифобод города Хорог.", [("Шарифобод", "settlement")]),
    ("Хребет упирается в вершину Хамтарма (4484 м).", [("Хамтарма", "physical")]),
    ("Хребет тянется между реками Ванч и Хингоб.", [("Хингоб", "river")]),  # (Ванч is listed)
    # a plural river word before one noun, a settlement word before a listed town stay as they were
    ("Амударья — одна из четырех легендарных рек Рая.", []),
    ("Посёлок Мургаб стоит высоко.", []),
])
def test_more_russian_generic_words_before_unlisted_names(text, want, gz):
    assert _unlisted(text, gz) == want


# -- an abbreviation defined in a bracket after a place's name ----------------------------------------------------
def test_an_abbreviation_defined_after_a_name_names_the_place(gz):
    text = "Коридор отделяет Таджикистан от Хайбер-Пахтунхва (ХП) и Гилгит-Балтистана (ГБ). Власти ХП заявили."
    assert [(m.surface, m.name) for m in geocode(text, None, gz) if m.surface in ("ХП", "ГБ")] == [
        ("ХП", "Khyber Pakhtunkhwa"), ("ГБ", "Gilgit-Baltistan"), ("ХП", "Khyber Pakhtunkhwa")]
    text = "The corridor separates Khyber Pakhtunkhwa (KP) from China. Later KP officials said."
    assert [(m.surface, m.name) for m in geocode(text, None, gz) if m.surface == "KP"] == [
        ("KP", "Khyber Pakhtunkhwa"), ("KP", "Khyber Pakhtunkhwa")]


def test_a_bracket_of_other_initials_is_no_abbreviation_of_the_place(gz):
    # an organisation's abbreviation after a place, and an abbreviation written before its definition
    assert [m.surface for m in geocode("Пограничники Таджикистана (ГКНБ) сообщили.", None, gz)] == ["Таджикистана"]
    assert [m.surface for m in geocode("Власти ХП заявили. Провинция Хайбер-Пахтунхва (ХП) большая.", None, gz)] == [
        "Хайбер-Пахтунхва", "ХП"]


@pytest.mark.parametrize("text, want", [
    # a district named after a person, both words declined
    ("Задержаны на территории района Шамсиддина Шохина.", [("Шамсиддина Шохина", "Shamsiddin Shohin", "TJ", "admin2")]),
    ("Сели прошли в районе Джаббора Расулова.", [("Джаббора Расулова", "Jabbor Rasulov", "TJ", "admin2")]),
    # a person's declined name stays no place
    ("Встреча с Сергеем Лавровым прошла в Москве.", [("Москве", "Moscow", "RU", "settlement")]),
])
def test_a_two_word_name_declined_word_by_word(text, want, gz):
    assert _ru(text, gz) == want


def test_a_sentences_village_word_before_a_river_only_name_makes_it_the_village(gz):
    assert _unlisted("Джамоат Бартанг лежит в долине.", gz) == [("Бартанг", "settlement")]
    assert _ru("Река Бартанг течёт быстро.", gz) == [("Бартанг", "Bartang", "TJ", "river")]
