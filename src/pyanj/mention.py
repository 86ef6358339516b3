"""The Mention record: one place named in one document, tied to its sentence."""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring as _string  # (the C function the encoder uses)
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC
from pyanj.gcpause import gc_paused
from pyanj.io import is_mentions_jsonl  # noqa: F401  (re-exported: kept light, for the command's first look)

#: Output key order of ``pyanj geocode`` (a contract: add keys at the end, never rename).
FIELDS = ("doc_id", "start", "end", "surface", "sentence", "place_id", "name", "feature_type", "country", "lat",
          "lon", "precision", "geo_precision", "where_prec", "confidence", "candidates", "flags")
EXTRA_FIELDS = ("literal", "sentence_start", "sentence_end", "admin1", "admin2", "cue", "doc_title", "doc_url",
                "doc_date", "related_place_id", "lang")


_KEYS = FIELDS + EXTRA_FIELDS
_KNOWN = frozenset(_KEYS)
_values_of = attrgetter(*_KEYS)
#: One encoder for every mention (``json.dumps`` with options builds a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def conflict_flag(other: str, km: float) -> str:
    """The flag a coordinate conflict leaves on a mention: ``coordinate_conflict: <other> is <km> km away``
    (``other`` is the coordinate's text, or the place's surface and name). Read back with ``parse_conflict``."""
    return f"coordinate_conflict: {other} is {km:.1f} km away"


def parse_conflict(flag: str) -> tuple[str, str | None, float] | None:
    """``(surface, name or None, km)`` of a ``conflict_flag``; None for any other flag."""
    head = "coordinate_conflict: "
    if not flag.startswith(head) or not flag.endswith(" km away"):
        return None
    what, sep, km = flag[len(head):-len(" km away")].rpartition(" is ")
    try:
        d = float(km)
    except ValueError:
        return None
    if not sep:
        return None
    name = None
    if what.endswith(")") and " (" in what:
        what, _, name = what[:-1].partition(" (")
    return what, name, d


def place_values(p) -> tuple:
    """The fields a mention takes from its place, in ``FIELDS`` order (place_id … where_prec, admin1, admin2)."""
    prec = p.precision
    return (p.id, p.name, p.feature_type, p.mention_country, p.lat, p.lon, prec, GEO_PRECISION.get(prec),
            WHERE_PREC.get(prec), p.admin1, p.admin2)


@dataclass(slots=True)
class Mention:
    doc_id: str | None
    start: int
    end: int
    surface: str
    sentence: str
    place_id: str | None = None
    name: str | None = None
    feature_type: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    confidence: float = 0.0
    candidates: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    literal: bool = True
    sentence_start: int = 0
    sentence_end: int = 0
    admin1: str | None = None
    admin2: str | None = None
    cue: str | None = None
    doc_title: str | None = None
    doc_url: str | None = None
    doc_date: str | None = None
    #: a feature the sentence speaks of through this place: "the bridge in Darwaz" -> the Darvaz bridge
    related_place_id: str | None = None
    #: the document's language ("en", "ru", "tg", "fa"), from its script
    lang: str | None = None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    def set_place(self, p) -> None:
        """Locate this mention at gazetteer place ``p`` (its id, name, type, country, point, precision)."""
        (self.place_id, self.name, self.feature_type, self.country, self.lat, self.lon, self.precision,
         self.geo_precision, self.where_prec, self.admin1, self.admin2) = place_values(p)

    def retake(self, p, flag: str, drop: tuple[str, ...] = ("ambiguous",)) -> None:
        """A rule's second thought: this mention moved to place ``p`` (one of its candidates, or a namesake); the
        reading it had leads its candidates, the flags in ``drop`` go and ``flag`` says which rule moved it."""
        old = {"id": self.place_id, "country": self.country, "score": self.confidence}
        self.set_place(p)
        self.candidates = [old] + [c for c in self.candidates if c["id"] != p.id]
        self.flags = [f for f in self.flags if f not in drop] + [flag]

    def to_dict(self) -> dict:
        return dict(zip(_KEYS, _values_of(self)))

    def to_json(self) -> str:
        """The mention as one line of ``pyanj geocode`` output (keys in ``FIELDS + EXTRA_FIELDS`` order): the
        bytes ``json`` writes for ``to_dict()``, built field by field (see ``_json_line``)."""
        try:
            return _json_line(self)
        except TypeError:  # a field of a type the fast path does not know: the encoder's own rules (or error)
            return _ENCODER.encode(dict(zip(_KEYS, _values_of(self))))

    @classmethod
    def from_dict(cls, d: dict) -> "Mention":
        kept = d if d.keys() <= _KNOWN else {k: v for k, v in d.items() if k in _KNOWN}
        for k, v in kept.items():
            _check_field(k, v, cls.__dataclass_fields__[k].type)
        return cls(**kept)

    def _repr_html_(self) -> str:
        from pyanj.display import table_html
        return table_html(["field", "value"], [(k, v) for k, v in self.to_dict().items()])


#: ``float.__repr__`` (what ``json`` writes for a finite float) by value: a place's lat/lon repeat in every
#: mention of it. Zero is not kept (0.0 and -0.0 are one key but two spellings), nor NaN or infinities.
_FLOAT_JSON: dict[float, str] = {}
#: (the last sentence encoded, its JSON): the mentions of one sentence share its string and come together.
_LAST_SENTENCE: list[tuple] = [(None, "null")]


def _number(v) -> str:
    """JSON of a float field (an int or any other type: the encoder's)."""
    if type(v) is float:
        got = _FLOAT_JSON.get(v)
        if got is None:
            if v - v != 0.0:  # NaN, ±inf: the encoder's spelling
                return _ENCODER.encode(v)
            got = float.__repr__(v)
            if v and len(_FLOAT_JSON) < 100_000:
                _FLOAT_JSON[v] = got
        return got
    return _ENCODER.encode(v)


def _sentence_json(sentence) -> str:
    last = _LAST_SENTENCE[0]
    if last[0] is sentence:
        return last[1]
    got = _string(sentence)
    _LAST_SENTENCE[0] = (sentence, got)
    return got


def _items(v) -> str:
    """JSON of a list field: ``[]``, a list of strings, or the encoder's."""
    if type(v) is list:
        if not v:
            return "[]"
        if type(v[0]) is str:
            return "[" + ", ".join(map(_string, v)) + "]"  # (a later item not a str: TypeError, the slow path)
    return _ENCODER.encode(v)


def _json_line(m: Mention) -> str:
    """``_ENCODER.encode(m.to_dict())`` without the dict: exact types take their spelling directly (a str field
    that is not a str raises TypeError: ``to_json`` then encodes the dict). The common cases (a kept float, the
    sentence of the mention before, an empty list) are decided here without a call."""
    (doc_id, start, end, surface, sentence, place_id, name, ft, country, lat, lon, prec, gp, wp, conf, cands, flags,
     literal, ss, se, a1, a2, cue, title, url, date, rel, lang) = _values_of(m)
    s, j, kept, last = _string, _ENCODER.encode, _FLOAT_JSON, _LAST_SENTENCE[0]
    return (f'{{"doc_id": {"null" if doc_id is None else s(doc_id)}, '
            f'"start": {start if type(start) is int else j(start)}, "end": {end if type(end) is int else j(end)}, '
            f'"surface": {s(surface)}, '
            f'"sentence": {last[1] if last[0] is sentence else _sentence_json(sentence)}, '
            f'"place_id": {"null" if place_id is None else s(place_id)}, "name": {"null" if name is None else s(name)}, '
            f'"feature_type": {"null" if ft is None else s(ft)}, "country": {"null" if country is None else s(country)}, '
            f'"lat": {"null" if lat is None else type(lat) is float and kept.get(lat) or _number(lat)}, '
            f'"lon": {"null" if lon is None else type(lon) is float and kept.get(lon) or _number(lon)}, '
            f'"precision": {"null" if prec is None else s(prec)}, '
            f'"geo_precision": {gp if type(gp) is int else j(gp)}, "where_prec": {wp if type(wp) is int else j(wp)}, '
            f'"confidence": {type(conf) is float and kept.get(conf) or _number(conf)}, '
            f'"candidates": {"[]" if type(cands) is list and not cands else _items(cands)}, '
            f'"flags": {"[]" if type(flags) is list and not flags else _items(flags)}, '
            f'"literal": {"true" if literal is True else "false" if literal is False else j(literal)}, '
            f'"sentence_start": {ss if type(ss) is int else j(ss)}, "sentence_end": {se if type(se) is int else j(se)}, '
            f'"admin1": {"null" if a1 is None else s(a1)}, "admin2": {"null" if a2 is None else s(a2)}, '
            f'"cue": {"null" if cue is None else s(cue)}, "doc_title": {"null" if title is None else s(title)}, '
            f'"doc_url": {"null" if url is None else s(url)}, "doc_date": {"null" if date is None else s(date)}, '
            f'"related_place_id": {"null" if rel is None else s(rel)}, "lang": {"null" if lang is None else s(lang)}}}')


_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "list[str]": (list,),
          "list[dict]": (list,)}


def _check_field(key: str, value, annotation: str) -> None:
    """A hand-edited record's field of the wrong type is a TypeError naming it (not a crash further on)."""
    kinds = [a.strip() for a in str(annotation).split("|")]
    if value is None and "None" in kinds:
        return
    for kind in kinds:
        ok = _TYPES.get(kind, ())
        if isinstance(value, ok) and (kind == "bool" or not isinstance(value, bool)):
            if kind == "float" and not math.isfinite(value):
                break
            if kind == "list[str]" and not all(isinstance(x, str) for x in value):
                break
            if kind == "list[dict]" and not all(isinstance(x, dict) for x in value):
                break
            return
    raise TypeError(f"{key} should be {annotation}, not {value!r:.40}")


class MentionList(list):
    """A list of mentions that shows as a table in Jupyter and converts to a DataFrame."""

    def to_dataframe(self):
        import pandas as pd
        return pd.DataFrame([m.to_dict() for m in self], columns=list(FIELDS + EXTRA_FIELDS))

    def _repr_html_(self) -> str:
        from pyanj.display import table_html
        cols = ["doc_id", "start", "surface", "name", "feature_type", "country", "lat", "lon", "confidence", "flags"]
        rows = [[m.doc_id, m.start, m.surface, m.name, m.feature_type, m.country, m.lat, m.lon, m.confidence,
                 ", ".join(m.flags)] for m in self]
        return table_html(cols, rows, caption=f"{len(self)} mentions")


@gc_paused()
def read_mentions_jsonl(path) -> MentionList:
    """Mentions from a ``pyanj geocode`` JSONL file (ValueError naming the line if one is malformed)."""
    out = MentionList()
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                if not isinstance(d, dict):
                    raise ValueError("not a JSON object")
                out.append(Mention.from_dict(d))
            except (ValueError, TypeError, RecursionError) as e:
                raise ValueError(f"{path}:{n}: not a mention record ({str(e).splitlines()[0][:80]})") from None
    return out
