"""dev3, the third development set (tests/data/README.md): it parses with the gold reader, every span's
offsets hold, every document names its public URL, the counts are the ones the README reports, and it
stays held out — no document of dev/dev2/the seeds in it, and no dev3 URL cited by the gazetteer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from devsets import (check_ids_in_order_and_urls, check_located_with_a_source_or_saying_why_not,
                     check_no_page_cited_by_the_gazetteer, check_no_text_reused,
                     check_offsets_hold_and_spans_do_not_overlap, other_texts)
from pyanj.evaluate import read_gold

REPO = Path(__file__).resolve().parents[1]
DEV3 = REPO / "tests/data/dev3.jsonl"
LABELS = {"COUNTRY": 281, "ADMIN2": 155, "SETTLEMENT": 116, "ADMIN1": 115, "PHYSICAL": 60, "RIVER": 48,
          "REGION": 21, "CROSSING": 21, "ROAD": 11, "FACILITY": 4, "COORDINATE": 3}
GENRE_DOCS = {"news": 16, "travel": 8, "analysis": 8, "encyclopaedia": 6, "un_ngo": 5}
GENRE_SPANS = {"news": 244, "encyclopaedia": 178, "analysis": 172, "travel": 150, "un_ngo": 91}


@pytest.fixture(scope="module")
def docs():
    return read_gold(DEV3)


def test_dev3_parses_with_the_counts_the_readme_reports(docs):
    spans = [s for d in docs for s in d["spans"]]
    assert (len(docs), len(spans)) == (43, 835)
    assert Counter(s["label"] for s in spans) == LABELS
    assert Counter(d["genre"] for d in docs) == GENRE_DOCS
    assert Counter(d["genre"] for d in docs for _ in d["spans"]) == GENRE_SPANS
    assert sum(1 for s in spans if s["lat"] is None) == 82
    assert sum(1 for s in spans if not s["literal"]) == 70


def test_every_offset_holds_and_spans_do_not_overlap(docs):
    check_offsets_hold_and_spans_do_not_overlap(docs)


def test_every_document_has_an_id_in_order_and_its_url(docs):
    check_ids_in_order_and_urls(docs, "dev3")


def test_every_span_is_located_with_a_source_or_says_why_not(docs):
    check_located_with_a_source_or_saying_why_not(docs)


def test_no_document_of_the_other_sets_or_the_seeds_is_reused(docs):
    urls, texts = other_texts("dev.jsonl", "dev2.jsonl", "dev_ru.jsonl")
    check_no_text_reused(docs, urls, texts)


def test_no_dev3_page_is_cited_by_the_bundled_gazetteer(docs):
    """Held out: a gazetteer entry sourced from a dev3 page would tune the parser on dev3."""
    check_no_page_cited_by_the_gazetteer(docs)
