"""dev6, the sixth development set (tests/data/README.md): it parses with the gold reader, every span's
offsets hold, every document names its public URL, the counts are the ones the README reports, and it
reuses nothing — no document of dev/dev2/dev3/dev_ru or the seeds in it, and no dev6 page cited by the
gazetteer (dev6's errors were read and fixed with rules; a gazetteer entry sourced from its own pages
would make its figures a measure of nothing)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pyanj.evaluate import read_gold

REPO = Path(__file__).resolve().parents[1]
DEV6 = REPO / "tests/data/dev6.jsonl"
LABELS = {"SETTLEMENT": 49, "COUNTRY": 47, "ADMIN1": 45, "ADMIN2": 30, "PHYSICAL": 21, "RIVER": 11, "REGION": 10, "ROAD": 1}
GENRE_DOCS = {"news": 9, "travel": 4, "un_ngo": 2, "encyclopaedia": 1}
GENRE_SPANS = {"news": 98, "travel": 80, "un_ngo": 16, "encyclopaedia": 20}


@pytest.fixture(scope="module")
def docs():
    return read_gold(DEV6)


def test_dev6_parses_with_the_counts_the_readme_reports(docs):
    spans = [s for d in docs for s in d["spans"]]
    assert (len(docs), len(spans)) == (16, 214)
    assert Counter(s["label"] for s in spans) == LABELS
    assert Counter(d["genre"] for d in docs) == GENRE_DOCS
    assert Counter(d["genre"] for d in docs for _ in d["spans"]) == GENRE_SPANS
    assert sum(1 for s in spans if s["lat"] is None) == 27
    assert sum(1 for s in spans if not s["literal"]) == 7


def test_every_offset_holds_and_spans_do_not_overlap(docs):
    for d in docs:
        end = 0
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["surface"], (d["doc_id"], s)
            assert s["start"] >= end, (d["doc_id"], s)
            end = s["end"]


def test_every_document_has_an_id_in_order_and_its_url(docs):
    for n, d in enumerate(docs, 1):
        assert re.fullmatch(rf"dev6_{n:02d}_[a-z0-9-]+", d["doc_id"]), d["doc_id"]
        assert re.match(r"https?://[^\s/]+\.[^\s]+$", d["url"]) and d["source"] == d["url"], d["doc_id"]
        assert d["lang"] == "en" and d["title"].strip() and 300 < len(d["text"]) < 4100


def test_every_span_is_located_with_a_source_or_says_why_not(docs):
    for d in docs:
        for s in d["spans"]:
            if s["lat"] is None:
                assert s["lon"] is None and s["coord_source"] is None and s["note"], (d["doc_id"], s)
            else:
                assert -90 <= s["lat"] <= 90 and -180 <= s["lon"] <= 180 and s["coord_source"], (d["doc_id"], s)
            if s["label"] == "COUNTRY":
                assert s["country"] is None or re.fullmatch(r"[A-Z]{2}", s["country"]), (d["doc_id"], s)


def _shingles(text: str, n: int = 60) -> set[str]:
    return {text[i:i + n] for i in range(0, max(1, len(text) - n), 30)}


def test_no_document_of_the_other_sets_or_the_seeds_is_reused(docs):
    others = []
    for name in ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev_ru.jsonl"):
        others += [json.loads(line) for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines()]
    urls = {d.get("url") for d in others}
    texts = [d["text"] for d in others]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "src/pyanj/bundled_data/corpus").glob("*.txt")]
    for d in docs:
        assert d["url"] not in urls, d["doc_id"]
        grams = _shingles(d["text"])
        assert not [t for t in texts if sum(g in t for g in grams) > 2], d["doc_id"]


def test_no_dev6_page_is_cited_by_the_bundled_gazetteer(docs):
    cited = "".join(p.read_text(encoding="utf-8") for p in (REPO / "src/pyanj/bundled_data/gazetteer").iterdir()
                    if p.suffix in {".toml", ".md", ".tsv", ".txt"})
    for d in docs:
        key = re.sub(r"^https?://(www\.)?", "", d["url"]).split("?")[0].rstrip("/")
        assert key not in cited, d["doc_id"]
