"""Checks every development set's test shares (tests/test_dev3.py … test_dev7.py): offsets, ids and URLs,
coordinates or a note, no text of another set or the seeds reused, no page of the set cited by the gazetteer.
Each set's own test keeps its counts and whatever it alone allows."""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def check_offsets_hold_and_spans_do_not_overlap(docs):
    for d in docs:
        end = 0
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["surface"], (d["doc_id"], s)
            assert s["start"] >= end, (d["doc_id"], s)
            end = s["end"]


def check_ids_in_order_and_urls(docs, name: str, *, russian: bool = False, gaps: bool = False):
    """``russian``: a set of English and Russian texts, each document's language told by its script. ``gaps``: the
    numbers only increase (batches built in parallel start at fixed numbers, FIRST in tools/build_dev6.py)."""
    last = 0
    for n, d in enumerate(docs, 1):
        m = re.fullmatch(rf"{name}_(\d{{2,}})_[a-z0-9-]+", d["doc_id"])
        assert m and (int(m.group(1)) > last if gaps else int(m.group(1)) == n), d["doc_id"]
        last = int(m.group(1))
        assert re.match(r"https?://[^\s/]+\.[^\s]+$", d["url"]) and d["source"] == d["url"], d["doc_id"]
        assert d["lang"] in ({"en", "ru"} if russian else {"en"}) and d["title"].strip() and 300 < len(d["text"]) < 4100
        if russian:
            cyrillic = sum("\u0400" <= c <= "\u04ff" for c in d["text"]) / len(d["text"])
            assert (cyrillic > 0.4) == (d["lang"] == "ru"), d["doc_id"]


def check_located_with_a_source_or_saying_why_not(docs):
    for d in docs:
        for s in d["spans"]:
            if s["lat"] is None:
                assert s["lon"] is None and s["coord_source"] is None and s["note"], (d["doc_id"], s)
            else:
                assert -90 <= s["lat"] <= 90 and -180 <= s["lon"] <= 180 and s["coord_source"], (d["doc_id"], s)
            if s["label"] == "COUNTRY":
                assert s["country"] is None or re.fullmatch(r"[A-Z]{2}", s["country"]), (d["doc_id"], s)


def shingles(text: str, n: int = 60) -> set[str]:
    return {text[i:i + n] for i in range(0, max(1, len(text) - n), 30)}


def word_grams(text: str, n: int = 12) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def other_texts(*sets: str) -> tuple[set, list[str]]:
    """The URLs of the named gold files' documents, and their texts with the bundled corpus's."""
    others = []
    for name in sets:
        others += [json.loads(line) for line in (REPO / "tests/data" / name).read_text(encoding="utf-8").splitlines()]
    texts = [d["text"] for d in others]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "src/pyanj/bundled_data/corpus").glob("*.txt")]
    return {d.get("url") for d in others}, texts


def check_no_text_reused(docs, urls, texts):
    """By URL and by more than two shared 60-character shingles."""
    for d in docs:
        assert d["url"] not in urls, d["doc_id"]
        grams = shingles(d["text"])
        assert not [t for t in texts if sum(g in t for g in grams) > 2], d["doc_id"]


def check_no_page_cited_by_the_gazetteer(docs):
    cited = "".join(p.read_text(encoding="utf-8") for p in (REPO / "src/pyanj/bundled_data/gazetteer").iterdir()
                    if p.suffix in {".toml", ".md", ".tsv", ".txt"})
    for d in docs:
        key = re.sub(r"^https?://(www\.)?", "", d["url"])
        if "/" in key.split("?")[0].rstrip("/"):  # a page named by its path; one named by its query keeps it
            key = key.split("?")[0]
        key = key.rstrip("/")
        assert key not in cited, d["doc_id"]
