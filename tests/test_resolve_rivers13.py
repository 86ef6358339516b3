"""Rivers placed by the whole text the way a reader does (issue 12, session 11 acc11res): every name of the
text counts, wherever it stands (``resolve.evidence.place_rivers``); a province or country counts for nothing;
a capital 130 km off does not drag the river; several stretches in one paragraph: the one named nearest."""

import pyanj

from built import PANJ_MID as MID, river_points as _river


def test_a_capital_in_the_paragraph_does_not_drag_the_river_the_bank_places_do():
    text = ("The first bridge at Khorog opened in 2002.\nMost aid for Afghanistan is flown into Dushanbe.\n"
            "The trucks then cross the Pyandzh River on a ferry.")
    assert _river(text, "Pyandzh River") == [((37.486151, 71.510834), ["point_on_line"])]  # at Khorog


def test_a_province_alone_keeps_the_halfway_point():
    assert _river("On the far side of the Panj River lies Badakhshan province.", "Panj River") == [(MID, [])]


def test_several_stretches_in_a_paragraph_the_one_named_nearest_the_river():
    text = ("We drove from Khorog past Ishkashim and on to Dushanbe. At Nizhny Pyanj we crossed the Panj River "
            "by the new bridge.")
    assert _river(text, "Panj River") == [((37.196397, 68.576715), ["point_on_line"])]  # at Nizhny Pyanj


def test_places_of_one_stretch_are_averaged():
    text = "We drove from Khorog past Ishkashim and on to Dushanbe. In Khorog we walked along the Panj River."
    assert _river(text, "Panj River") == [((37.267279, 71.486746), ["point_on_line"])]


def test_a_place_named_after_the_river_places_it_too():
    # "Wakhan" has several readings: it is resolved after the river, and still places it
    text = "The Panj River runs fast and brown here. Our guide was born in Vrang, a village of the Wakhan valley."
    assert _river(text, "Panj River") == [((36.859935, 72.10454), ["point_on_line"])]


def test_a_text_about_the_whole_river_keeps_the_halfway_point():
    assert _river("Five bridges cross the Panj River between Tajikistan and Afghanistan.", "Panj River") == [(MID, [])]
    assert _river("The Panj River runs for 1,125 km along the border.", "Panj River") == [(MID, [])]


def test_russian_river_by_the_town_not_the_capital():
    assert _river("Через Пяндж у Хорога построен мост; в Душанбе об этом писали газеты.", "Пяндж") == [
        ((37.486151, 71.510834), ["point_on_line"])]


def test_places_that_are_not_rivers_are_not_moved():
    ms = pyanj.geocode("We drove from Khorog to Dushanbe along the Panj River.")
    assert [(m.surface, m.lat, m.lon) for m in ms if m.feature_type != "river"] == [
        ("Khorog", 37.49039, 71.55337), ("Dushanbe", 38.53575, 68.77905)]


# --- a bare singular range name listed with other ranges is the range (resolve.extent.listed_with_ranges)

WAKHAN = "We walked from Sarhad-e Broghil to Bozai Gumbaz in the Wakhan and on to Ishkashim. "
RANGE = (38.5, 73.5)  # physical:pamir-mountains' own (cited) point
AF_PART = (37.056964, 73.348776)  # its part in Afghanistan (extent.country_part)


def _pamir(sentence: str):
    return [((m.lat, m.lon), m.flags) for m in pyanj.geocode(WAKHAN + sentence) if m.surface == "Pamir"]


def test_the_pamir_listed_with_ranges_is_the_range():
    assert _pamir("The Hindu Kush, Karakoram and Pamir meet here.") == [(RANGE, [])]
    assert _pamir("Kyrgyz herders live among the peaks of the Pamir and Karakorum ranges.") == [(RANGE, [])]


def test_the_pamir_of_an_afghan_text_not_listed_with_ranges_is_its_afghan_part():
    assert _pamir("Herders graze yaks in the Pamir.") == [(AF_PART, ["part_in_country: AF"])]
    assert _pamir("The Wakhan and Pamir are remote.") == [(AF_PART, ["part_in_country: AF"])]  # no range
    assert _pamir("Herders graze yaks in the Pamir, Kyrgyz say.") == [(AF_PART, ["part_in_country: AF"])]


# --- "the river of X" names the river (resolve.pipeline._after_river_of)

def _panj(text):
    return [(m.place_id, m.cue) for m in pyanj.geocode(text) if m.surface == "Panj"]


def test_the_river_of_a_name_is_the_river():
    assert _panj("Bridges across the border river of Panj operate as usual.") == [("river:panj", "river")]
    assert _panj("Fishermen work the river of Panj.") == [("river:panj", "river")]


def test_the_side_or_banks_of_the_name_is_the_river():
    assert _panj("Villagers on the Tajik side of the Panj fled.") == [("river:panj", "river")]
    assert _panj("Fields line both banks of the Panj.") == [("river:panj", "river")]
    assert _panj("A bridge on the bank of the Panj.") == [("river:panj", "river")]


def test_other_of_phrases_keep_the_town():
    # "side of" a town takes no article: the town's reading stays
    assert _panj("Villagers on this side of Panj fled.") == [("gn:1220750", None)]
    assert _panj("Residents of Panj fled.") == [("gn:1220750", None)]
    assert _panj("A river of refugees left Panj.") == [("gn:1220750", None)]
    assert _panj("The river of Panj town is muddy.") == [("gn:1220750", "town")]  # the head after it wins


def test_a_long_text_weighs_each_river_against_its_anchors_once(monkeypatch):
    import pyanj.resolve.evidence as ev
    calls = []
    real = ev._river_terms
    monkeypatch.setattr(ev, "_river_terms", lambda *a: calls.append(1) or real(*a))
    text = "\n".join(["Khorog lies on the Panj River.", "Nizhny Pyanj lies on the Panj River."] * 100)
    ms = [m for m in pyanj.geocode(text) if m.surface == "Panj River"]
    assert len(ms) == 200 and len(calls) == 1
    # one paragraph with Khorog and Nizhny Pyanj, 300 km apart along the river: each mention goes to the town
    # named nearest it in the text (the first: "Nizhny Pyanj", 13 characters on, not "Khorog", 19 back)
    assert (ms[0].lat, ms[0].lon) == (37.196397, 68.576715)
    assert {(m.lat, m.lon) for m in ms} == {(37.196397, 68.576715), (37.486151, 71.510834)}
    assert all(m.flags == ["point_on_line"] for m in ms)


def test_the_confluence_with_a_name_is_the_river():
    got = [(m.surface, m.place_id) for m in pyanj.geocode(
        "Граница тянется вдоль реки Пяндж от Памира до слияния с Вахшем, где начинается Амударья.")]
    assert ("Вахшем", "river:vakhsh") in got
    assert [(m.surface, m.place_id) for m in pyanj.geocode("The Panj flows to its confluence with the Vakhsh.")
            ][1] == ("Vakhsh", "river:vakhsh")
    # "с" alone is no confluence: a person met "with" someone (the town's reading stays)
    assert [m.place_id for m in pyanj.geocode("Он встретился с Вахшем.")] == ["gn:1220219"]


# --- "the" before a name belongs to the noun after it ("the Panj border post"): text.spans, vocab.ARTICLE_HEAD_AFTER

def test_the_article_of_a_following_noun_is_not_the_rivers():
    from pyanj.gazetteer import load
    from pyanj.text.recognize import find_spans
    gz = load()

    def after_the(text):
        return [(sp.surface, sp.after_the) for sp in find_spans(text, gz) if sp.surface == "Panj"]

    assert after_the("The Panj flows west.") == [("Panj", True)]
    assert after_the("Guards at the Panj border post fired.") == [("Panj", False)]
    assert after_the("Guards at the Panj bordering crossing fired.") == [("Panj", False)]
    assert after_the("Police in the Panj district said.") == [("Panj", False)]
    assert after_the("Shops in the Panj villages opened.") == [("Panj", False)]
    assert after_the("Shops by the Panj opened late.") == [("Panj", True)]
    assert _panj("Guards at the Panj border post fired.") == [("gn:1220750", None)]
    assert _panj("Snow covered the Panj.") == [("river:panj", None)]
