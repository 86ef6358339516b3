"""dev6, the sixth development set (tests/data/README.md): it parses with the gold reader, every span's
offsets hold, every document names its public URL, the counts are the ones the README reports, and it
reuses nothing — no document of dev/dev2/dev3/dev_ru or the seeds in it, and no dev6 page cited by the
gazetteer (dev6's errors were read and fixed with rules; a gazetteer entry sourced from its own pages
would make its figures a measure of nothing)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from devsets import (check_ids_in_order_and_urls, check_located_with_a_source_or_saying_why_not,
                     check_no_page_cited_by_the_gazetteer, check_no_text_reused,
                     check_offsets_hold_and_spans_do_not_overlap, other_texts)
from pyanj.evaluate import read_gold

REPO = Path(__file__).resolve().parents[1]
DEV6 = REPO / "tests/data/dev6.jsonl"
LABELS = {"COUNTRY": 738, "SETTLEMENT": 431, "ADMIN1": 374, "ADMIN2": 253,
          "PHYSICAL": 199, "RIVER": 113, "REGION": 56, "ROAD": 34, "FACILITY": 29, "CROSSING": 20, "COORDINATE": 3}
GENRE_DOCS = {"news": 74, "travel": 22, "un_ngo": 26, "analysis": 13, "encyclopaedia": 10}
GENRE_SPANS = {"news": 1044, "travel": 467, "un_ngo": 321, "encyclopaedia": 222, "analysis": 196}


@pytest.fixture(scope="module")
def docs():
    return read_gold(DEV6)


def test_dev6_parses_with_the_counts_the_readme_reports(docs):
    spans = [s for d in docs for s in d["spans"]]
    assert (len(docs), len(spans)) == (145, 2250)
    assert Counter(s["label"] for s in spans) == LABELS
    assert Counter(d["genre"] for d in docs) == GENRE_DOCS
    assert Counter(d["genre"] for d in docs for _ in d["spans"]) == GENRE_SPANS
    assert sum(1 for s in spans if s["lat"] is None) == 251
    assert sum(1 for s in spans if not s["literal"]) == 161


def test_every_offset_holds_and_spans_do_not_overlap(docs):
    check_offsets_hold_and_spans_do_not_overlap(docs)


def test_every_document_has_an_id_in_order_and_its_url(docs):
    check_ids_in_order_and_urls(docs, "dev6", gaps=True)


def test_every_span_is_located_with_a_source_or_says_why_not(docs):
    check_located_with_a_source_or_saying_why_not(docs)


def test_no_document_of_the_other_sets_or_the_seeds_is_reused(docs):
    urls, texts = other_texts("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev_ru.jsonl")
    check_no_text_reused(docs, urls, texts)


def test_no_dev6_page_is_cited_by_the_bundled_gazetteer(docs):
    check_no_page_cited_by_the_gazetteer(docs)
