"""dev7, the seventh development set (tests/data/README.md): all Russian (issue 12). It parses with the gold
reader, every span's offsets hold, every document names its public URL and its language, the counts are the
ones the README reports, and it reuses nothing — no document of dev/dev2/dev3/dev4/dev5/dev_ru/dev6 or the seeds in it
(by URL, by shared 60-character shingles and by shared word 12-grams), and no dev7 page cited by the bundled
gazetteer (dev7's errors were read and fixed with rules; a gazetteer entry sourced from its own pages would
make its figures a measure of nothing)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from devsets import (check_ids_in_order_and_urls, check_located_with_a_source_or_saying_why_not,
                     check_no_page_cited_by_the_gazetteer, check_no_text_reused,
                     check_offsets_hold_and_spans_do_not_overlap, other_texts, word_grams)
from pyanj.evaluate import read_gold

REPO = Path(__file__).resolve().parents[1]
DEV7 = REPO / "tests/data/dev7.jsonl"
LABELS = {"SETTLEMENT": 336, "COUNTRY": 300, "PHYSICAL": 139, "REGION": 137, "RIVER": 97, "ADMIN1": 115, "ADMIN2": 112, "ROAD": 41, "CROSSING": 16, "FACILITY": 14}
GENRE_DOCS = {"news": 62, "encyclopaedia": 12, "travel": 37, "analysis": 8}
GENRE_SPANS = {"news": 552, "encyclopaedia": 183, "travel": 473, "analysis": 99}


@pytest.fixture(scope="module")
def docs():
    return read_gold(DEV7)


def test_dev7_parses_with_the_counts_the_readme_reports(docs):
    spans = [s for d in docs for s in d["spans"]]
    assert (len(docs), len(spans)) == (119, 1307)
    assert Counter(d["lang"] for d in docs) == {"ru": 119}
    assert Counter(s["label"] for s in spans) == LABELS
    assert Counter(d["genre"] for d in docs) == GENRE_DOCS
    assert Counter(d["genre"] for d in docs for _ in d["spans"]) == GENRE_SPANS
    assert sum(1 for s in spans if s["lat"] is None) == 297
    assert sum(1 for s in spans if not s["literal"]) == 93


def test_every_offset_holds_and_spans_do_not_overlap(docs):
    check_offsets_hold_and_spans_do_not_overlap(docs)


def test_every_document_has_an_id_in_order_its_url_and_language(docs):
    check_ids_in_order_and_urls(docs, "dev7", russian=True)


def test_every_span_is_located_with_a_source_or_says_why_not(docs):
    check_located_with_a_source_or_saying_why_not(docs)


def test_no_document_of_the_other_sets_or_the_seeds_is_reused(docs):
    urls, texts = other_texts("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev_ru.jsonl",
                              "dev6.jsonl")
    grams = set().union(*(word_grams(t) for t in texts))
    check_no_text_reused(docs, urls, texts)
    for d in docs:
        # one shared 12-gram is the wiki-org district template ("… административный район в составе Хатлонской
        # области Республики Таджикистан"), shared by dev7_06 (Parkhar) and dev5_22 (Panj): different pages
        assert len(word_grams(d["text"]) & grams) <= 1, d["doc_id"]


def test_no_dev7_page_is_cited_by_the_bundled_gazetteer(docs):
    check_no_page_cited_by_the_gazetteer(docs)
