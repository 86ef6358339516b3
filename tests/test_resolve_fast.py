"""The resolver's shortcuts give the answers of the plain rules they stand in for: the side-people scan, the
destination test, the list counts, and the per-candidate terms (checked against the recorded features)."""

import json
import re
from collections import Counter

import pytest

from conftest import REPO
from pyanj.resolve import geocode
from pyanj.resolve.context import _SIDES, DocContext, _side_people, build_context
from pyanj.resolve.features import linear_score, recording, weight_vector
from pyanj.resolve.weights import WEIGHTS
from pyanj.text.prepare import prepare
from pyanj.text.recognize import find_spans
from pyanj.text.spans import Span


def _texts(corpus):
    out = list(corpus.values())
    for name in ("dev.jsonl", "dev2.jsonl"):
        path = REPO / "tests" / "data" / name
        if path.exists():
            out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return out


CRAFTED = ["Afghans fled.", "Afghanistan's Afghan traders", "AfghanAfghans", "Afghan  \n traders", "Afghan",
           "Tajikistani Tajikistanis, Tajikistani-side", "xAfghan people", "Afghan sider", "Afghan frompeople"]


def test_side_people_scan_finds_what_the_regex_finds(corpus):
    assert all(rx.pattern.startswith(re.escape(word)) for _side, rx, word in _SIDES)  # (the fast scan is used)
    for text in _texts(corpus) + CRAFTED:
        for _side, rx, word in _SIDES:
            assert list(_side_people(text, rx, word)) == [m.start() for m in rx.finditer(text)]


def test_a_case_blind_or_non_literal_pattern_takes_the_regex_scan():
    text = "afghan people and AFGHAN traders, Afghans"
    for rx in (re.compile(r"Afghan(?:s\b|\s+people)", re.I), re.compile(r"[Aa]fghan(?:s\b|\s+people)")):
        assert list(_side_people(text, rx, "Afghan")) == [m.start() for m in rx.finditer(text)]


def _countries(gz, text):
    prep = prepare(text)
    spans = find_spans(prep, gz)
    ctx = build_context(prep, spans, prep.segments.locate([s.start for s in spans]), [], gz)
    return ctx.doc_countries


@pytest.mark.parametrize("text, counted", [
    ("Trucks crossed into Tajikistan.", {}), ("He fled to Tajikistan.", {}), ("To Tajikistan.", {}),
    ("They went INTO Tajikistan.", {}), ("He fled TO Tajikistan.", {}), ("Into Tajikistan.", {}),
    ("Trade in Tajikistan.", {"TJ": 1}), ("Tajikistan.", {"TJ": 1}), ("Go to  Tajikistan.", {"TJ": 1}),
    ("Unto Tajikistan.", {"TJ": 1}), ("Photo Tajikistan.", {"TJ": 1}), ("auto Tajikistan", {"TJ": 1}),
    ("Back to Tajikistan and Afghanistan", {"AF": 1}),
])
def test_a_destination_country_says_nothing_of_its_sentence(gz, text, counted):
    """The rule: the six characters before the name, lower-cased, end with "into " or " to " or are "to "."""
    assert _countries(gz, text) == counted


def test_list_counts_answer_as_counter_most_common():
    ctx = DocContext()
    spans = [Span(i, i + 1, "x", "x", ["a"], group=7) for i in range(6)]

    class P:
        def __init__(self, ft, c):
            self.feature_type, self.country, self.id = ft, c, ft + c

    kinds = [("admin2", "TJ"), ("settlement", "AF"), ("settlement", "TJ"), ("admin2", "AF"), ("river", "XX")]  # (ties)
    for sp, (ft, c) in zip(spans, kinds):
        ctx.note_group(sp, P(ft, c))
    probe = spans[5]
    assert ctx.group_type(probe) == Counter(ft for ft, _ in kinds).most_common(1)[0][0] == "admin2"
    assert ctx.group_country(probe) == Counter(c for _, c in kinds).most_common(1)[0][0] == "TJ"
    assert ctx.group_type(spans[0]) == "settlement"  # (a member already noted: counted without itself)


def test_scores_are_the_recorded_features_weighed(gz, corpus):
    """Each weighed span's ranking is ``prior + w · f`` of the features it recorded, to the bit."""
    wv = weight_vector(WEIGHTS)
    seen = 0
    for text in _texts(corpus)[:12]:
        with recording() as spans:
            ms = geocode(text, "d", gz)
        by_start = {m.start: m for m in ms}
        for sf in spans:
            m = by_start.get(sf.start)
            if m is None or not m.candidates:
                continue
            scores = sorted(((-linear_score(p, f, wv), i) for i, p, f in zip(sf.ids, sf.priors, sf.features)))
            assert [i for _s, i in scores][1:] == [c["id"] for c in m.candidates]
            kept = [round(round(max(0.01, min(0.99, -s)), 4), 3) for s, _i in scores]  # (ranked to 4 places, shown to 3)
            assert kept[1:] == [c["score"] for c in m.candidates]
            seen += 1
    assert seen > 20
