"""Session 13r's rewrites of the resolver's per-mention work give the old answers to the bit: checked against the
code they replace, on sentences of our own, the bundled corpus and random vectors (fixed seeds)."""

import random
from pathlib import Path

import pytest

from pyanj import gazetteer
from pyanj.resolve import geocode
from pyanj.resolve.features import N_FEATURES, N_STATIC, linear_score, recording, sparse_score, weight_vector
from pyanj.resolve.weights import WEIGHTS

CORPUS = Path(__file__).resolve().parents[1] / "src" / "pyanj" / "bundled_data" / "corpus"

OWN = [
    "Trucks from Kulob reached Panj and then the Panj river near Shuro Obod; Darvaz district of Badakhshan, "
    "Afghanistan, was quiet.",
    "The road from Khorog to Ishkashim follows the Panj. In Ishkashim, Afghanistan, a market opens; Ishkashim in "
    "Tajikistan is across the bridge.",
    "Villagers of Rushan, Shughnan and Darvaz districts spoke of Vanj, the Vanj river and the Yazgulom valley.",
    "Mr Ishkashimi of the Badakhshan Regiment said Kabul and Dushanbe had met in Faizabad and in Khorog.",
]


@pytest.fixture(scope="module")
def gz():
    return gazetteer.load()


def _texts():
    return OWN + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def test_sparse_score_is_linear_score_to_the_bit():
    """``sparse_score`` of a vector's nonzero terms is ``linear_score`` of the whole vector (negative weights,
    zero weights, shares and explicit zero values included)."""
    rnd = random.Random(1313)
    for _ in range(40000):
        w = [rnd.choice((0.0, -0.0, rnd.uniform(-3, 3), rnd.uniform(-1e-3, 1e-3), 1.0, -1.0))
             for _ in range(N_FEATURES)]
        f = [0.0] * N_FEATURES
        for i in rnd.sample(range(N_FEATURES), rnd.randint(0, N_FEATURES)):
            f[i] = rnd.choice((1.0, 0.0, rnd.random(), rnd.uniform(0, 1e-9)))
        prior = rnd.choice((rnd.random(), 0.0, 1e-12, 0.5))
        static = tuple((i, v) for i, v in enumerate(f[:N_STATIC]) if v)
        # the terms a context writes, in index order, explicit zeros among them as the fills write them
        terms = {i: f[i] for i in range(N_STATIC, N_FEATURES) if f[i] or rnd.random() < 0.2}
        want = linear_score(prior, f, w)
        got = sparse_score(prior, static, terms, w)
        assert got == want and str(got) == str(want), (prior, f, w)


def test_mentions_are_those_of_the_feature_vectors(gz):
    """Geocoding with the sparse scores (no recording open) gives the mentions the feature vectors give (a
    recording open), byte for byte, on our sentences and the bundled corpus."""
    weighed = 0
    for text in _texts():
        fast = [m.to_json() for m in geocode(text, "d", gz)]
        with recording() as spans:
            slow = [m.to_json() for m in geocode(text, "d", gz)]
        weighed += len(spans)
        assert fast == slow
    assert weighed > 50


def test_typed_and_learned_weights_rank_alike_both_ways(gz):
    """The same under another set of weights (the typed ones), where many terms' weights differ."""
    from pyanj.resolve.weights import TYPED as w
    assert weight_vector(w) != weight_vector(WEIGHTS)
    for text in _texts():
        fast = [m.to_json() for m in geocode(text, "d", gz, weights=w)]
        with recording():
            slow = [m.to_json() for m in geocode(text, "d", gz, weights=w)]
        assert fast == slow


def test_road_gap_pre_test_is_the_regex():
    """``road_ends._joined``'s length pre-test says no only where ``_GAP`` cannot match (it holds 1–3 characters)."""
    from pyanj.resolve import road_ends as R
    rnd = random.Random(1314)
    alphabet = list(" \t-–—a,\n")
    for _ in range(30000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        regex = R._GAP.fullmatch(t) is not None
        assert (0 < len(t) <= 3 and regex) == regex, t
    for gap, want in (("-", True), (" — ", True), ("\t–", True), (" and ", False), ("", False), ("  - ", False)):
        text = "Baharak" + gap + "Faizabad road"
        assert (0 < len(gap) <= 3 and R._GAP.fullmatch(text, 7, 7 + len(gap)) is not None) is want, gap
