"""The Wakhan a sentence puts in Tajikistan is the Tajik valley (resolve/wakhan.py); exact mentions on
sentences of our own, with the corridor readings, people and organisations that must stay as they are."""

import pyanj

VALLEY, CORRIDOR = "physical:wakhan-valley", "physical:wakhan-corridor"


def _found(text):
    return [(m.surface, m.place_id, m.country, m.flags) for m in pyanj.geocode(text)]


def test_the_corridor_of_tajikistan_is_the_tajik_valley():
    assert _found("Путешествие по Ваханскому коридору Таджикистана.") == [
        ("Ваханскому", VALLEY, "TJ", ["tajik_wakhan"]), ("Таджикистана", "country:tj", "TJ", [])]
    assert _found("Достопримечательности Ваханского коридора в Таджикистане.") == [
        ("Ваханского", VALLEY, "TJ", ["tajik_wakhan"]), ("Таджикистане", "country:tj", "TJ", [])]
    assert _found("Ваханский коридор, находится на территории Ишкашимского района.") == [
        ("Ваханский коридор", VALLEY, "TJ", ["tajik_wakhan"]), ("Ишкашимского", "adm2:tj:ishkoshim", "TJ", [])]
    assert _found("The Wakhan Corridor of Tajikistan is green.") == [
        ("Wakhan Corridor", VALLEY, "TJ", ["tajik_wakhan"]), ("Tajikistan", "country:tj", "TJ", [])]


def test_the_afghan_corridor_stays_the_corridor():
    assert _found("Ваханский коридор Афганистана.") == [
        ("Ваханский коридор", CORRIDOR, "AF", []), ("Афганистана", "country:af", "AF", [])]
    assert _found("Ваханский коридор отделяет Таджикистан от Пакистана.") == [
        ("Ваханский коридор", CORRIDOR, "AF", []), ("Таджикистан", "country:tj", "TJ", []),
        ("Пакистана", "country:pk", "PK", [])]
    assert _found("Ваханский коридор тянется от Таджикистана до Китая.")[0] == (
        "Ваханский коридор", CORRIDOR, "AF", [])
    assert _found("The Wakhan Corridor, which separates Tajikistan from Pakistan, is narrow.")[0] == (
        "Wakhan Corridor", CORRIDOR, "AF", [])
    assert _found("Ваханский коридор граничит с Таджикистаном.")[0] == ("Ваханский коридор", CORRIDOR, "AF", [])


def test_people_organisations_and_units_stay_out():
    assert _found("Mr Wakhani of Tajikistan met the Wakhan Foundation of Tajikistan.") == [
        ("Tajikistan", "country:tj", "TJ", []), ("Tajikistan", "country:tj", "TJ", [])]
    assert _found("Фонд «Ваханский коридор» Таджикистана провёл встречу.") == [
        ("Ваханский коридор", CORRIDOR, "AF", []), ("Таджикистана", "country:tj", "TJ", [])]
    assert _found("Отряд «Ваханский коридор» Таджикистана.") == [("Таджикистана", "country:tj", "TJ", [])]


def test_a_lower_case_compass_word_makes_the_listed_region():
    assert _found("It could link the whole of central Asia to Karachi.") == [
        ("central Asia", "region:central-asia", None, ["compass_region"]), ("Karachi", "gn:1174872", "PK", [])]
    assert _found("Trade with eastern Europe and south Asia grew.") == [
        ("Europe", "region:europe", None, []), ("south Asia", "region:south-asia", None, ["compass_region"])]


def test_countries_people_and_organisations_are_not_widened():
    assert _found("Floods hit northern Afghanistan and southern Tajikistan.") == [
        ("Afghanistan", "country:af", "AF", []), ("Tajikistan", "country:tj", "TJ", [])]
    assert _found("Mr Asia of central Asia Ltd met.") == []
    assert _found("The central Asia Foundation and South Asia Bank.") == []


def _river(text, name):
    return [(m.lat, m.lon, m.flags) for m in pyanj.geocode(text) if m.surface == name]


def test_a_length_written_with_a_width_is_an_areas_not_the_rivers():
    assert _river("Мы жили в Ишкашиме. Коридор длиной около 295 км и шириной от 15 до 57 километров лежит в "
                  "долинах рек Вахан и Пяндж.", "Пяндж") == [(36.712006, 71.602543, ["ambiguous", "point_on_line"])]
    assert _river("We stayed in Ishkashim. The corridor is 300 km long and 15 to 60 km wide, in the valleys of "
                  "the Wakhan and the Panj.", "Panj") == [(37.029079, 72.657319, ["point_on_line"])]


def test_the_rivers_own_length_keeps_its_halfway_point():
    assert _river("Мы жили в Ишкашиме. Река Пяндж длиной 921 км течёт вдоль границы.", "Пяндж") == [
        (38.323337, 70.595672, [])]
    # ("the Panj": the river, clearly — no "ambiguous" flag since the article is weighed by its learned weight)
    assert _river("We stayed in Ishkashim. The Panj flows for 1,125 km along the border.", "Panj") == [
        (38.323337, 70.595672, [])]
    assert _river("We stayed in Ishkashim. Mr Wide crossed the Panj, 1,125 km long.", "Panj") == [
        (38.323337, 70.595672, [])]


def test_a_summit_named_by_its_height():
    assert _found("We attempted Peak 6,094m in the Little Pamir.") == [
        ("Peak 6,094m", None, None, ["not_in_gazetteer", "unlocated"]),
        ("Little Pamir", "physical:little-pamir", "AF", [])]
    assert _found("From Sarhad we climbed Pik 5800 in Wakhan district.") == [
        ("Sarhad", "settlement:sarhad-e-broghil", "AF", []),
        ("Pik 5800", None, "AF", ["not_in_gazetteer", "placed_at_district"]),
        ("Wakhan", "adm2:af:badakhshan:wakhan", "AF", [])]
    assert [m.surface for m in pyanj.geocode("Peak 6094 m rose over Peak 5,300 m.")] == ["Peak 6094 m", "Peak 5,300 m"]


def test_years_products_firms_people_and_lower_case_peaks_stay_out():
    assert _found("Peak 2020 was a conference. The Peak 6000 Series sold well. We reached a peak of 6,000 m.") == []
    assert _found("Mr Peak 4000 met General Pik 5000 and the Peak 4500 Ltd board.") == []
    assert _found("Peak 9000 is no summit; neither is Peak 120 nor Peak 12,345m.") == []


def test_a_list_member_respelt_as_a_place_of_its_lists_kind():
    assert _found("Afghan provinces like Kunduz, Tahor, and Badakshan were hit.") == [
        ("Kunduz", "gn:1135689", "AF", []), ("Tahor", "adm1:af:takhar", "AF", ["transliterated"]),
        ("Badakshan", "adm1:af:badakhshan", "AF", [])]
    assert _found("Он граничит с Рошткалъинским, Ишкашимским, Рушанским и Мургабским районами.") == [
        ("Рошткалъинским", "adm2:tj:roshtqala", "TJ", ["transliterated"]),
        ("Ишкашимским", "adm2:tj:ishkoshim", "TJ", []), ("Рушанским", "adm2:tj:rushon", "TJ", []),
        ("Мургабским", "adm2:tj:murghob", "TJ", [])]


def test_a_list_of_another_kind_people_and_organisations_are_not_respelt():
    assert _found("Villages like Tahor, Khorog and Vanj.")[0] == (
        "Tahor", None, "TJ", ["not_in_gazetteer", "list_member", "placed_at_province"])
    assert _found("Provinces like Kunduz, Mr Tahor and Badakhshan.") == [
        ("Kunduz", "gn:1135689", "AF", []), ("Badakhshan", "adm1:af:badakhshan", "AF", [])]
    assert _found("Provinces like Kunduz, the Tahor Foundation and Badakhshan.") == [
        ("Kunduz", "gn:1135689", "AF", []), ("Badakhshan", "adm1:af:badakhshan", "AF", [])]
    # (units sharing one plural noun: no place; "районами" after the same list makes three districts)
    assert _found("Командование Рошткалъинским, Ишкашимским и Мургабским отрядами.") == []


def test_a_russian_district_of_the_other_banks_country():
    assert _found("На западе граничит с Шугнанским районом Афганистана.") == [
        ("Шугнанским", "adm2:af:badakhshan:shighnan", "AF", ["unit_of_country"]),
        ("Афганистана", "country:af", "AF", [])]
    assert _found("Граничит с Ишкашимским районом Афганистана.")[0] == (
        "Ишкашимским", "adm2:af:badakhshan:ishkashiem", "AF", ["unit_of_country"])


def test_its_own_country_a_unit_and_an_organisation_stay_as_read():
    assert _found("Он живёт в Шугнанском районе Таджикистана.") == [
        ("Шугнанском", "adm2:tj:shughnon", "TJ", []), ("Таджикистана", "country:tj", "TJ", [])]
    assert _found("Ванджским районом Афганистана.")[0] == ("Ванджским", "adm2:tj:vanj", "TJ", ["transliterated"])
    assert _found("Бойцы Ишкашимского отряда Афганистана.") == [("Афганистана", "country:af", "AF", [])]
    assert _found("Хукумат Шугнанского района Таджикистана и посол Афганистана.")[0][:2] == (
        "Шугнанского", "adm2:tj:shughnon")


def _named(text):
    return [(m.surface, m.name, m.feature_type, m.flags) for m in pyanj.geocode(text)]


def test_a_russian_road_by_its_ends_with_a_spaced_dash():
    assert _named("Посёлок расположен на автомобильной дороге Душанбе — Куляб, в 117 км.") == [
        ("Душанбе — Куляб", "Dushanbe–Kŭlob road", "road", ["not_in_gazetteer", "placed_at_road_end"])]
    assert _named("По трассе Душанбе – Хорог идут фуры.") == [
        ("Душанбе – Хорог", "Dushanbe–Khorog road", "road", ["not_in_gazetteer", "placed_at_road_end"])]
    assert _named("the Dushanbe – Kulob road is paved.")[0][1:3] == ("Dushanbe–Kŭlob road", "road")


def test_talks_matches_and_a_road_word_elsewhere_keep_two_places():
    assert _named("Переговоры Душанбе — Кабул прошли.") == [
        ("Душанбе", "Dushanbe", "settlement", []), ("Кабул", "Kabul", "settlement", [])]
    assert _named("Матч Душанбе — Куляб на дороге.") == [
        ("Душанбе", "Dushanbe", "settlement", []), ("Куляб", "Kŭlob", "settlement", [])]
    assert [m.feature_type for m in pyanj.geocode("Рейс по дороге: Москва — Душанбе — Хорог.")] == ["settlement"] * 3


def test_a_stress_mark_is_part_of_the_word():
    assert _found("Пя́нджский район (тадж. Ноҳияи Панҷ) — район.") == [
        ("Пя́нджский", "adm2:tj:panj", "TJ", ["transliterated"]), ("Ноҳияи Панҷ", "adm2:tj:panj", "TJ", [])]
    assert _found("Ва́нджский район.") == [("Ва́нджский", "adm2:tj:vanj", "TJ", ["transliterated"])]


def test_a_stressed_surname_stays_a_person():
    assert _found("Пётр Пя́нджский, писатель.") == []


def test_a_soviet_oblast_named_after_its_seat_is_read_at_the_seat():
    assert _found("Район вошёл в состав Курган-Тюбинской области.") == [
        ("Курган-Тюбинской", "gn:1220747", "TJ", ["transliterated"])]
    assert _found("в Хатлонской области.") == [("Хатлонской", "adm1:tj:khatlon", "TJ", [])]  # (a listed one first)


def test_units_bodies_and_people_named_after_the_town_stay_out():
    assert _found("Бойцы Курган-Тюбинского пограничного отряда.") == []
    assert _found("Совет Курган-Тюбинской области заседал.") == []
    assert _found("Поэт Курган-Тюбинский приехал.") == []


def test_russian_names_sharing_one_plural_noun():
    # (both: the British Empire has its Russian name since session 11, russian.toml "Британская империя")
    assert _found("По договору между Британской и Российской империями, завершившему игру.") == [
        ("Британской", "historical:british-empire", None, ["unlocated"]),
        ("Российской", "historical:russian-empire", None, ["unlocated"])]


def test_firms_units_and_people_sharing_a_plural_noun_stay_out():
    assert _found("Между Британской и Российской компаниями.") == []
    assert _found("Бойцы Ишкашимского и Московского отрядов.") == []  # (two border units)
    assert _found("Встреча с Ивановой и Петровой сёстрами.") == []
