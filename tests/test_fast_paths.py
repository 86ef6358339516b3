"""The geocoder's shortcuts give the answers of the slow paths they stand in for.

Each cheap pre-test (a string test before a costly regex, array operations before a
coordinate search, caches of per-name values) must never say "no" where the full test says
"yes", and the caches must not outlive a change to the gazetteer.
"""

import pickle
import random

import pytest

from pyanj.gazetteer import Alias, Place, Source
from pyanj.resolve import geocode
from pyanj.text import mentions as M
from pyanj.text.coordinates import find_coordinates
from pyanj.text.segment import segment

WORDS = ["’s", "'s", ",", " ", "  ", "\n", "\t", "\u2009", " in turn,", ", in turn, ", "has ", "has been ", "said",
         "Said", "SAYS", "does not", "is ", "the ", "of ", "of", "the", "President ", "Prime Minister ",
         "government", "authorities ", "VicePresident ", "x", "Kabul ", "insists", "in", "turn", "’", "s", ".",
         ")", "(", "district of ", "camps in ", "camps near the ", "(district of the ", "BCPs at ",
         "crossing points in ", "subdistrict of ", "bazaar in ", "Ministry ", "Energy ", "proof ", "and "]


def _snippets(corpus, n=20000, seed=3):
    """Random word salads (every rule's words, in every order) and every window of the seed texts."""
    rnd = random.Random(seed)
    out = ["".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 7))) for _ in range(n)]
    for text in corpus.values():
        out += [text[i:i + 60] for i in range(0, len(text), 7)]
    return out


def _old_first_word_test(nxt: str) -> bool:
    """The reporting-verb pre-test the geocoder used before: the first word after the name."""
    first = nxt.split(None, 1)[0].strip(",’'").lower() if nxt.strip() else ""
    return first in M._REPORTING_FIRST


def test_reporting_pretest_keeps_every_match(corpus):
    for s in _snippets(corpus):
        nxt = s[:60]
        if _old_first_word_test(nxt) and M._REPORTING.match(nxt):
            assert M._reporting_possible(nxt), nxt


def test_title_and_cue_pretests_keep_every_match(corpus):
    for s in _snippets(corpus):
        b40, b45 = s[-40:], s[-45:]
        if M._TITLE_OF.search(b40):
            assert M._title_of_possible(b40), b40
        if M._BEFORE_CUE.search(b45):
            assert M._before_cue_possible(b45), b45


def _slow_prev_word(text: str, start: int) -> str:
    i = start
    while i > 0 and text[i - 1] in " \t\n\r-":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "’'-") and i - j < 40:
        j -= 1
    return text[j:i]


def test_prev_word_equals_the_character_walk(corpus):
    rnd = random.Random(5)
    texts = ["x" + " " * 100 + "word Y", "a" * 100 + " Y", "a" * 41 + " Y", " " + "a" * 40 + " Y", "of" + "\n" * 70]
    texts += ["".join(rnd.choice("ab  \n\t-'’.X(é²") for _ in range(rnd.randint(0, 50))) for _ in range(3000)]
    texts += [corpus["001_e4c18857d63eb7e7"]]
    for t in texts:
        for i in range(len(t) + 1):
            assert M._prev_word(t, i) == _slow_prev_word(t, i), (t[max(0, i - 50):i],)


@pytest.mark.parametrize("text,lat,lon", [
    ("37 deg 29 min N, 71 deg 33 min E", 37.483333, 71.55),
    ("N 37 29.45 E 71 33.53", 37.490833, 71.558833),
    ("37°\u200929′\u2009N 71°\u200933′\u2009E", 37.483333, 71.55),
    ("37°29'N71°33'E", 37.483333, 71.55),
])
def test_more_coordinate_forms(text, lat, lon):
    for t in (text, f"Seen at {text}.", f"Seen at {text}"):
        c = find_coordinates(t)
        assert [(x.lat, x.lon) for x in c] == [(lat, lon)], t


def test_several_coordinates_and_decimals_in_one_text():
    text = ("Camp A lies at 37°29'N 71°33'E; camp B at 36.7291, 70.1120. The road is 3.5 km long, "
            "built in 2021, and 12 N-S lanes.")
    assert [(c.lat, c.lon) for c in find_coordinates(text)] == [(37.483333, 71.55), (36.7291, 70.112)]


def test_locate_equals_sentence_and_paragraph_of(corpus):
    text = corpus["004_0e8dfcc676eeae0f"]
    seg = segment(text)
    positions = list(range(0, len(text), 97)) + [0, len(text) - 1]
    assert seg.locate(positions) == [(seg.sentence_of(p), seg.paragraph_of(p)) for p in positions]
    assert seg.locate([]) == []


def test_combining_marks_after_a_name_belong_to_it(gz):
    m = geocode("Trucks reached Khorog\u0301 at dawn.", None, gz)
    assert [(x.surface, x.place_id is not None) for x in m] == [("Khorog\u0301", True)]


def test_repeated_names_and_sentences_match_a_fresh_run(gz, corpus):
    """The per-place mention values kept between documents give what a first sight gives."""
    text = corpus["002_2b500f95c8c559aa"]
    first = [m.to_json() for m in geocode(text, "a", gz)]
    fresh = pickle.loads(pickle.dumps(gz))  # (no per-name values kept yet)
    assert "_derived" not in fresh.__dict__
    assert [m.to_json() for m in geocode(text, "a", fresh)] == first
    assert [m.to_json() for m in geocode(text, "a", gz)] == first


def test_adding_a_place_drops_the_kept_values(gz):
    g = pickle.loads(pickle.dumps(gz))
    text = "Aid reached Khorog on Monday."
    [m] = geocode(text, None, g)
    assert m.candidates == [] and "single_mentions" in g.__dict__["_derived"]
    g.add(Place(id="settlement:khorog-test", name="Khorog", feature_type="settlement", country="AF",
                lat=36.9, lon=70.9, precision="settlement", aliases=[Alias("Khorog")],
                sources=[Source(note="test place")]))
    [m] = geocode(text, None, g)
    assert [c["id"] for c in m.candidates] in (["settlement:khorog-test"], ["gn:1221874"]) and \
        "settlement:khorog-test" in {m.place_id, *[c["id"] for c in m.candidates]}
