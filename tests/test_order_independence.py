"""A document's mentions do not depend on what the same process geocoded before it: the caches of the
spelling finder hold only what a word is alone, never what its neighbours made of it (else ``--jobs``,
which hands documents to workers in batches, and one-by-one runs could differ)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pyanj import gazetteer
from pyanj.resolve import geocode

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gz():
    return gazetteer.load()


def _found(text, gz):
    return [(m.surface, m.place_id) for m in geocode(text, "b", gz)]


@pytest.mark.parametrize("before", ["Слово Ванджского стоит тут.", "В Ванджского.", "Ванджского"])
def test_a_russian_district_adjective_after_the_same_word_elsewhere(before, gz):
    text = "Жители Ванджского района вышли к реке."
    geocode(before, "a", gz)  # (the word seen first with no "района" after it)
    assert _found(text, gz) == [("Ванджского", "adm2:tj:vanj")]


def test_a_cued_district_typo_after_the_same_word_elsewhere(gz):
    geocode("Wardoj said nothing.", "a", gz)  # (no district cue: the word alone is no spelling)
    assert _found("Fighting reached Wardoj district.", gz) == [("Wardoj", "adm2:af:badakhshan:warduj")]


def test_gold_documents_in_reverse_order_give_the_same_mentions(gz):
    docs = [json.loads(line) for f in ("dev_ru.jsonl", "dev4.jsonl", "dev.jsonl")
            for line in (REPO / "tests" / "data" / f).read_text(encoding="utf-8").splitlines()]

    def run(order):
        return {d["doc_id"]: [m.to_json() for m in geocode(d["text"], d["doc_id"], gz)] for d in order}
    assert run(docs) == run(docs[::-1])
