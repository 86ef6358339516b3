"""``Mention.to_json`` builds its line field by field: the bytes must be those ``json`` writes for ``to_dict()``."""

import json
import math
from dataclasses import replace

import pytest

from pyanj.mention import Mention, read_mentions_jsonl
from pyanj.resolve import geocode


def reference_line(m: Mention) -> str:
    """The contract: ``json.dumps`` of the record, keys in FIELDS + EXTRA_FIELDS order."""
    return json.dumps(m.to_dict(), ensure_ascii=False, separators=(", ", ": "))


class Name(str):
    pass


class Number(float):
    def __repr__(self):
        return "not used by json"


BASE = Mention("d1", 5, 11, "Khorog", 'He said "go" \\ to\tKhorog\n\x01é—😀', place_id="gn:1", name="Khorog",
               feature_type="settlement", country="TJ", lat=37.49039, lon=71.55337, precision="settlement",
               geo_precision=1, where_prec=1, confidence=0.99, flags=["camp_context", "x\"y"],
               candidates=[{"id": "gn:2", "country": "AF", "score": 0.41}], admin1="GBAO", lang="en")

ODD = [dict(), dict(doc_id=None, lat=None, lon=None, geo_precision=None, where_prec=None),
       dict(lat=0.0, lon=-0.0), dict(lat=-0.0, lon=0.0), dict(lat=math.nan, lon=math.inf), dict(confidence=-math.inf),
       dict(lat=37, lon=True, confidence=1), dict(start=True, end=False, literal=1, geo_precision=True),
       dict(literal=False), dict(flags=[]), dict(flags=("a", "b")), dict(flags=["a", 3]), dict(flags=[None]),
       dict(candidates=[]), dict(candidates=[[1, 2.5]]), dict(flags="ab"), dict(doc_id=Name("x\"")),
       dict(lat=Number(1.5)), dict(doc_id=7, surface=None, name=3.25), dict(lang={"a": [1]}),
       dict(sentence=""), dict(start=10 ** 30, end=-3)]


@pytest.mark.parametrize("change", ODD, ids=range(len(ODD)))
def test_to_json_writes_the_bytes_json_writes_for_the_record(change):
    m = replace(BASE, **change)
    assert m.to_json() == reference_line(m)
    assert m.to_json() == reference_line(m)  # (twice: the second time from the kept float and sentence values)


def test_to_json_refuses_what_json_refuses():
    m = replace(BASE, lat=complex(1, 2))
    with pytest.raises(TypeError):
        reference_line(m)
    with pytest.raises(TypeError, match="complex"):
        m.to_json()


def test_mentions_sharing_a_sentence_keep_their_own_values():
    a = replace(BASE, start=1)
    b = replace(BASE, sentence=BASE.sentence[:-2] + "!!", start=2)
    lines = [a.to_json(), b.to_json(), a.to_json()]
    assert lines == [reference_line(a), reference_line(b), reference_line(a)]
    assert json.loads(lines[1])["sentence"].endswith("!!")


def test_geocoded_mentions_round_trip_through_the_line(gz, corpus, tmp_path):
    ms = geocode(corpus["004_0e8dfcc676eeae0f"], "004", gz)
    assert len(ms) > 300
    lines = [m.to_json() for m in ms]
    assert lines == [reference_line(m) for m in ms]
    p = tmp_path / "m.jsonl"
    p.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    assert [m.to_json() for m in read_mentions_jsonl(p)] == lines
