"""A bare name with readings on both banks is the reading the text named in full before it
(``resolve.named_before``): only for a mention weighed too closely to tell, only forward in the text."""

import pyanj

GBAO, AF_BADAKHSHAN = "adm1:tj:gorno-badakhshan-autonomous", "adm1:af:badakhshan"


def _read(text):
    return [(m.surface, m.place_id, "named_before" in m.flags, "ambiguous" in m.flags) for m in pyanj.geocode(text)]


def test_the_shortened_name_after_the_full_one_is_that_place():
    assert _read("Хорог — столица Горного Бадахшана. В Бадахшане живут памирцы.") == [
        ("Хорог", "gn:1221328", False, False), ("Горного Бадахшана", GBAO, False, False),
        ("Бадахшане", GBAO, True, False)]
    # other names between them change nothing
    assert _read("Хорог — столица Горного Бадахшана. Таджикистан и Афганистан. В Бадахшане живут памирцы.")[-1] == (
        "Бадахшане", GBAO, True, False)


def test_a_name_before_the_full_one_is_left_as_weighed():
    assert _read("В Бадахшане живут памирцы. Хорог — столица Горного Бадахшана.")[0] == (
        "Бадахшане", AF_BADAKHSHAN, False, True)


def test_a_name_weighed_clearly_is_not_changed():
    # the province word makes the Afghan province clear: "Badakhshan" later is not ambiguous, stays
    assert _read("Kabul and Badakhshan province. Later, Badakhshan.")[1:] == [
        ("Badakhshan", AF_BADAKHSHAN, False, False), ("Badakhshan", AF_BADAKHSHAN, False, False)]


def test_a_name_with_its_own_type_word_is_not_changed():
    assert _read("Talks in Khorog on Gorno-Badakhshan. Badakhshan province is across the river.")[-1] == (
        "Badakhshan", AF_BADAKHSHAN, False, True)
