"""The Russian unit word beside a name shared across the border says whose province it is
(``resolve.unit_word``): "провинции Бадахшан" the Afghan province, "Бадахшанской области" GBAO."""

import pyanj

GBAO, AF_BADAKHSHAN = "adm1:tj:gorno-badakhshan-autonomous", "adm1:af:badakhshan"


def _read(text):
    return [(m.surface, m.place_id, m.flags) for m in pyanj.geocode(text) if m.feature_type == "admin1"]


def _built(gz, text, surface, place, other, flags=(), lang="ru"):
    """One admin1 mention of ``surface`` in ``text`` read as ``place`` with ``other`` as its candidate, as the
    scorer would leave it (so the rule is tested whatever today's weights make of the sentence)."""
    from pyanj.mention import Mention
    start = text.index(surface)
    m = Mention(None, start, start + len(surface), surface, text, flags=list(flags), lang=lang)
    m.set_place(gz.places[place])
    m.candidates = [{"id": other, "country": gz.places[other].country, "score": 0.5}]
    return m


def test_provintsiya_is_the_afghan_province_in_a_tajik_text(gz):
    from pyanj.resolve.unit_word import unit_words
    text = "Хорог — столица Горного Бадахшана. В провинции Бадахшан прошли выборы."
    assert [(s, p) for s, p, _ in _read(text)] == [("Горного Бадахшана", GBAO), ("Бадахшан", AF_BADAKHSHAN)]
    m = _built(gz, text, "Бадахшан прошли", GBAO, AF_BADAKHSHAN)
    m.end = m.start + len("Бадахшан")
    unit_words(text, [m], gz)
    assert (m.place_id, m.flags, [c["id"] for c in m.candidates]) == (AF_BADAKHSHAN, ["unit_word"], [GBAO])
    # read so already but weighed too closely: the word settles it
    m = _built(gz, text, "Бадахшан прошли", AF_BADAKHSHAN, GBAO, ["ambiguous"])
    m.end = m.start + len("Бадахшан")
    unit_words(text, [m], gz)
    assert (m.place_id, m.flags) == (AF_BADAKHSHAN, ["unit_word"])
    assert _read("Столкновение произошло в уезде Дованг провинции Бадахшан, граничащей с Таджикистаном.") == [
        ("Бадахшан", AF_BADAKHSHAN, [])]


def test_oblast_is_tajikistans():
    assert _read("В Бадахшанской области Таджикистана прошли выборы.") == [("Бадахшанской", GBAO, [])]
    assert _read("Провинция Тахар граничит с Хатлонской областью.") == [
        ("Тахар", "adm1:af:takhar", []), ("Хатлонской", "adm1:tj:khatlon", [])]


def test_english_province_is_not_read_so(gz):
    # (the rule is Russian only: GBAO is an "Autonomous Province" in English)
    from pyanj.resolve.unit_word import unit_words
    text = "Talks in Khorog on Gorno-Badakhshan. Badakhshan province is across the river."
    m = _built(gz, text, "Badakhshan province", GBAO, AF_BADAKHSHAN, ["ambiguous"], lang="en")
    m.end = m.start + len("Badakhshan")
    unit_words(text, [m], gz)
    assert (m.place_id, m.flags) == (GBAO, ["ambiguous"])


def test_a_demonym_before_the_word_says_it_first():
    assert _read("В афганской области Бадахшан прошли выборы.") == [("Бадахшан", AF_BADAKHSHAN, [])]
    # the country after the unit word moves it too (resolve.unit_country)
    assert _read("В Бадахшанской области Афганистана прошли выборы.") == [
        ("Бадахшанской", AF_BADAKHSHAN, ["unit_word", "unit_of_country"])]
