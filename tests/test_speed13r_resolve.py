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


def test_lower_case_scan_is_the_regex():
    """``lowercase._after_matches`` gives the matches ``_AFTER.finditer`` gives, once both drop those a word
    character or hyphen stands before (what ``lower_case_repeats`` does), on our sentences, the bundled corpus and
    60,000 random texts of the letters and words that matter."""
    from pyanj.text import lowercase as L
    from pyanj.text.normalize import code_points

    def kept(text, found):
        return [t for t in found if not (t[0] and (text[t[0] - 1].isalnum() or text[t[0] - 1] in "_-"))]

    def same(text):
        old = kept(text, [(m.start(), m.start(1), m.end(1)) for m in L._AFTER.finditer(text)])
        assert kept(text, list(L._after_matches(text, code_points(text)))) == old, text
        return old

    own = "spoken in shughnan and in shughnan’s valleys, from badakhshan- to khorogi, within lowland"
    to = own.index("to khorogi")
    assert same(own) == [(7, 10, 18), (to, to + 3, to + 10)]  # (not before "’s" nor "-", nor "in" ending "within")
    for text in _texts():
        same(text)
    rnd = random.Random(1315)
    alphabet = list("abcdefghz Ié-_’'.\n") + [" in ", " from ", " to ", " at ", " near ", " of ", "in ", "near",
                                             "shughnan", "abcdef", "ofin ", "fromto "]
    for _ in range(60000):
        same("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))))


def test_lower_case_repeats_alike_by_either_scan(gz, monkeypatch):
    """``lower_case_repeats`` finds the same spans whichever scan ``SCAN_FROM`` picks, on a long text of our own
    ("Shughnan … is spoken in shughnan", "Mr Shughnani", repeated past the threshold) and the bundled corpus."""
    from pyanj.text import lowercase as L
    from pyanj.text.prepare import prepare
    from pyanj.text.spans import gazetteer_spans
    own = ("Shughnan lies on the Panj. The language is spoken in shughnan and near khorog by Mr Shughnani, "
           "who went from shughnan’s bazaar to badakhshan-side villages. ") * 90
    assert len(own) > L.SCAN_FROM
    for text in [own] + _texts():
        prep = prepare(text)
        spans = gazetteer_spans(prep, gz)
        got = []
        for at in (0, 10 ** 9):
            monkeypatch.setattr(L, "SCAN_FROM", at)
            got.append([(s.start, s.end, s.surface, tuple(s.ids), s.cue) for s in L.lower_case_repeats(prep, list(spans), gz)])
        assert got[0] == got[1]
    monkeypatch.undo()
    found = [s for s in L.lower_case_repeats(prepare(own), gazetteer_spans(prepare(own), gz), gz) if s.surface == "shughnan"]
    assert len(found) == 90  # ("in shughnan" each time; not "from shughnan’s")
