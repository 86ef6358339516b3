"""The Russian unit word beside a name shared across the border says whose province it is
(``resolve.unit_word``): "провинции Бадахшан" the Afghan province, "Бадахшанской области" GBAO."""

import pyanj

GBAO, AF_BADAKHSHAN = "adm1:tj:gorno-badakhshan-autonomous", "adm1:af:badakhshan"


def _read(text):
    return [(m.surface, m.place_id, m.flags) for m in pyanj.geocode(text) if m.feature_type == "admin1"]


def test_provintsiya_is_the_afghan_province_in_a_tajik_text():
    assert _read("Хорог — столица Горного Бадахшана. В провинции Бадахшан прошли выборы.") == [
        ("Горного Бадахшана", GBAO, []), ("Бадахшан", AF_BADAKHSHAN, ["unit_word"])]
    assert _read("Столкновение произошло в уезде Дованг провинции Бадахшан, граничащей с Таджикистаном.") == [
        ("Бадахшан", AF_BADAKHSHAN, [])]


def test_oblast_is_tajikistans():
    assert _read("В Бадахшанской области Таджикистана прошли выборы.") == [("Бадахшанской", GBAO, [])]
    assert _read("Провинция Тахар граничит с Хатлонской областью.") == [
        ("Тахар", "adm1:af:takhar", []), ("Хатлонской", "adm1:tj:khatlon", [])]


def test_english_province_is_not_read_so():
    # (the rule is Russian only: GBAO is an "Autonomous Province" in English)
    assert _read("Talks in Khorog on Gorno-Badakhshan. Badakhshan province is across the river.")[1] == (
        "Badakhshan", AF_BADAKHSHAN, ["ambiguous"])


def test_a_demonym_before_the_word_says_it_first():
    assert _read("В афганской области Бадахшан прошли выборы.") == [("Бадахшан", AF_BADAKHSHAN, [])]
    # the country after the unit word moves it too (resolve.unit_country)
    assert _read("В Бадахшанской области Афганистана прошли выборы.") == [
        ("Бадахшанской", AF_BADAKHSHAN, ["unit_word", "unit_of_country"])]
