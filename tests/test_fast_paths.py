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
from pyanj.text import spans as M
from pyanj.text import vocab as V
from pyanj.text.coordinates import find_coordinates
from pyanj.text.segment import segment

def _vocab_words():
    """Every word the generated rules know, as written, lower- and upper-case, plus look-alikes."""
    words = set()
    for group in (V.HEADS, V.REPORTING_AUX, V.REPORTING_VERBS, V.TITLES_OF, V.POSSESSIVE_POLICY_NOUNS, V.UNIT_WORDS,
                  [w for _k, cues, preps in V.BEFORE_CUES for w in (*cues, *preps)]):
        for w in group:
            words |= {w, w.upper(), w.capitalize(), w + "x", w[:-1]}
    return sorted(words)


SEPARATORS = [" ", "  ", "\n", "\t", "\u2009", "\xa0", "-", ",", ", ", ".", ":", ";", "!", "?", "”", ")", "(", "’s ",
              "'s", " in turn, ", ", in turn,", "’", "…", "the ", "of ", "Kabul", "x", ""]


def _phrases(rnd, n=20000):
    """Phrases built the way each rule reads them ("President of the ", "camps near ", "has said."),
    with random spacing and case, and each with one character changed: the matches and near-misses."""
    spaces = [" ", "  ", "\n", "\t", "\xa0", " \n "]
    cues = [(c, p) for _k, cs, ps in V.BEFORE_CUES for c in cs for p in ps]
    out = []
    for _ in range(n):
        sp = rnd.choice(spaces)
        title = rnd.choice(V.TITLES_OF)
        cue, prep = rnd.choice(cues)
        filler = rnd.choice(["", "", "militant" + sp, "x" + sp])
        the = rnd.choice(["", "the" + sp, "The" + sp])
        lead = rnd.choice(["", "’s", "'s", ", in turn,", " ,in turn, "])
        aux = rnd.choice(["", ""] + [a + " " for a in V.REPORTING_AUX])
        verb = rnd.choice(V.REPORTING_VERBS)
        case = rnd.choice([str, str.lower, str.upper, str.capitalize])
        tail = rnd.choice(["", ".", ":", ";", ",", "!", "?", "”", "…", " no", "-", "x", "ed"])
        for p in (f"Word {title}{sp}of{sp}{the}", f"{case(cue)}{sp}{filler}{case(prep)}{sp}{the}",
                  f"{lead}{sp}{aux}{case(verb)}{tail}", f"{sp[:2]}{case(rnd.choice(list(V.HEADS)))}{tail}"):
            out.append(p)
            i = rnd.randrange(len(p))
            out.append(p[:i] + rnd.choice("aZ .,-\n") + p[i + 1:])
    return out


def _snippets(corpus, n=60000, seed=3):
    """Random salads of every rule's words and punctuation, phrases built the way each rule reads
    them, and every window of the seed texts."""
    rnd = random.Random(seed)
    words = _vocab_words()
    out = _phrases(rnd)
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            parts.append(rnd.choice(words) if rnd.random() < 0.5 else rnd.choice(SEPARATORS))
        out.append("".join(parts))
    for text in corpus.values():
        out += [text[i:i + 60] for i in range(0, len(text), 3)]
    return out


@pytest.fixture(scope="module")
def snippets(corpus):
    return _snippets(corpus)


def test_reporting_pretest_says_yes_wherever_the_regex_matches(snippets):
    hits = 0
    for s in snippets:
        for nxt in (s, " " + s):
            if V.REPORTING.match(nxt):
                hits += 1
                assert V.reporting_possible(nxt), nxt
    assert hits > 1000  # (the snippets do exercise the regex)


def test_title_pretest_says_yes_wherever_the_regex_matches(snippets):
    hits = 0
    for s in snippets:
        for before in (s[-40:], s[-40:] + " "):
            if V.TITLE_OF.search(before):
                hits += 1
                assert V.title_of_possible(before), before
    assert hits > 100


def test_before_cue_pretest_says_yes_wherever_the_regex_matches(snippets):
    hits = 0
    for s in snippets:
        for b45 in (s[-45:], (s + " ")[-45:]):
            if V.BEFORE_CUE.search(b45):
                hits += 1
                assert V.before_cue_possible(b45), b45
    assert hits > 100


def test_head_pretest_says_yes_wherever_the_regex_matches(snippets):
    hits = 0
    for s in snippets:
        text = "Khorog" + s
        if V.HEAD_RE.match(text[6:6 + 40]):  # (how the span finder asks: the 40 characters after a name)
            hits += 1
            assert V.head_possible(text, 6), s
    assert hits > 100


@pytest.mark.parametrize("text", ['"We will reply," Dushanbe said.', "Dushanbe said: no.", "Dushanbe said; then left.",
                                  "Dushanbe said! Then", "“No,” Kabul said…"])
def test_a_reporting_verb_before_punctuation_makes_the_name_non_literal(gz, text):
    [m] = [m for m in geocode(text, None, gz) if m.feature_type == "settlement"]
    assert (m.literal, "non_literal" in m.flags) == (False, True)


def test_drivers_from_a_town_said_is_literal(gz):
    [m] = geocode("Drivers from Kulob said the road was closed.", None, gz)
    assert m.literal is True


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
    texts += ["".join(rnd.choice("ab  \n\t\r-'’.X(é²_“") for _ in range(rnd.randint(0, 50))) for _ in range(3000)]
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
    assert set(fresh.__dict__.get("_derived", {})) <= {"spelling_index"}  # (that index has no per-name values)
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


def _line_ends(texts):
    """(text, line start, line end) of every line, and of windows ending a line (where ``_continues`` starts
    its search 40 characters before the end)."""
    for t in texts:
        pos = 0
        for line in t.split("\n"):
            q = pos + len(line)
            for s in {pos, max(pos, q - 41), max(pos, q - 50)}:
                yield t, s, q
            pos = q + 1


def test_line_continuation_equals_the_regex(corpus):
    from pyanj.text import segment as SEG
    rnd = random.Random(7)
    alphabet = list("the a an of,-xyzTHE_1²ſİ\t  éОн") + ["\n", "between", "Across", "x-", "é-"]
    texts = list(corpus.values()) + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
                                     for _ in range(6000)]
    n = 0
    for t, s, e in _line_ends(texts):
        lo = s if e - s <= 40 or t[e - 1] in " \t" else e - 40
        assert SEG._continues(t, s, e) == (SEG._CONTINUES.search(t, lo, e) is not None), repr(t[s:e])
        n += 1
    assert n > 15000


def test_bad_characters_are_replaced_as_the_regex_replaces_them():
    from pyanj.text.formats import _BAD_CHARS, replace_bad_chars
    rnd = random.Random(11)
    alphabet = ["a", " ", "\x00", "\ud800", "\udfff", "\udc00", "é", "Ж", "\U0001f600", "\ufffd", "\n"]
    for _ in range(3000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert replace_bad_chars(t) == _BAD_CHARS.sub("\ufffd", t), repr(t)
    clean = "Khorog — Хорог"
    assert replace_bad_chars(clean) is clean


def _slow_footnote_line(R, line):
    """``footnote_line`` without its first-character pre-test."""
    m = R._FOOTNOTE_MARK.match(line)
    if not m:
        return False
    rest = line[m.end():]
    if R._AUTHOR.match(rest) or R._cites(rest):
        return True
    return R._NOTE_NUMBER.match(line) is not None and R._NOTE_AUTHOR.match(rest) is not None


def test_footnote_pretest_gives_the_answers_of_the_regexes(corpus):
    from pyanj.text import references as R
    rnd = random.Random(17)
    pieces = ["12", "[3]", "^4", "(5)", " ", "\t", "\u2003", "٣", "Smith, J. ", "https://x.org ", "x", ".", ")", "\n"]
    lines = [line for t in corpus.values() for line in t.split("\n")]
    lines += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(20000)]
    found = 0
    for line in lines:
        want = _slow_footnote_line(R, line)
        assert R.footnote_line(line) == want, line
        found += want
    assert found > 400


def test_a_lone_ascii_word_ends_its_run_where_the_regex_ends_it(corpus):
    import bisect

    from pyanj.text import fuzzy as F
    from pyanj.text.prepare import prepare
    rnd = random.Random(19)
    pieces = ["Khorog", "Vakhon", "Badakhshan", " ", "  ", "\n", "-", "’", "'", "ʼ", "x", "ab", "Ж", "é", "É", "—", "_",
              ".", "1", "\u3042", "\U0001f600", "Kabul’s", "A"]
    texts = list(corpus.values()) + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
                                     for _ in range(4000)]
    lone = 0
    for t in texts:
        taken = sorted(rnd.sample(range(len(t) + 1), min(2, len(t) + 1)))
        starts, word_ends = F._run_starts(prepare(t), taken, [s + 1 for s in taken], True)
        assert starts == F._run_starts(prepare(t), taken, [s + 1 for s in taken])
        for s, we in zip(starts, word_ends):
            k = bisect.bisect_right(taken, s)
            lim = taken[k] if k < len(taken) else len(t)
            if we >= 0:
                lone += 1
                assert min(we, lim) == F._CAP_RUN.match(t, s, lim).end(), (t, s)
    assert lone > 1000
