"""Mentions as columns: one list per field the layers use, instead of one Python object per mention.

``build_records`` works on a ``MentionColumns``; Mention objects are turned into one
(``from_mentions``), and a ``pyanj geocode`` JSONL is read straight into one (``read_jsonl``) with
the checks of ``Mention.from_dict`` (a malformed line raises the same ValueError naming it), so a
million mentions cost a few lists, not a million dataclasses. Repeated strings (document ids,
names, types, sentences of consecutive mentions) are kept once.
"""

from __future__ import annotations

import json
from operator import attrgetter, itemgetter

from pyanj.gcpause import gc_paused

#: The Mention fields the layers read, and their defaults when a record leaves them out.
FIELDS = ("doc_id", "start", "end", "surface", "sentence", "place_id", "name", "feature_type", "country", "lat",
          "lon", "precision", "confidence", "flags", "literal", "sentence_start", "sentence_end", "admin1", "admin2",
          "cue", "doc_title", "doc_url", "doc_date", "related_place_id")
DEFAULTS = {"place_id": None, "name": None, "feature_type": None, "country": None, "lat": None, "lon": None,
            "precision": None, "confidence": 0.0, "flags": (), "literal": True, "sentence_start": 0,
            "sentence_end": 0, "admin1": None, "admin2": None, "cue": None, "doc_title": None, "doc_url": None,
            "doc_date": None, "related_place_id": None}
#: Columns whose values repeat across mentions: each distinct value is stored once.
_SHARED = frozenset(("doc_id", "surface", "place_id", "name", "feature_type", "country", "precision", "flags",
                     "admin1", "admin2", "cue", "doc_title", "doc_url", "doc_date", "related_place_id"))
#: Mentions appended at a time.
_CHUNK = 10_000
_values = attrgetter(*FIELDS)


class MentionColumns:
    """Mentions as columns (``cols[field][i]`` is mention i's value); ``flags`` as tuples."""

    __slots__ = ("cols", "n", "files", "_shared")

    def __init__(self):
        self.cols: dict[str, list] = {k: [] for k in FIELDS}
        self.n = 0
        self.files: list[tuple[int, int]] = []  # (documents, mentions) per JSONL file read

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, name: str) -> list:
        return self.cols[name]

    @classmethod
    def from_mentions(cls, mentions) -> "MentionColumns":
        out = cls()
        rows = []
        for m in mentions:
            rows.append(_values(m))
            if len(rows) == _CHUNK:
                out._extend(rows)
                rows = []
        out._extend(rows)
        return out

    def _extend(self, rows: list) -> None:
        """Append mentions given as value tuples in ``FIELDS`` order (a repeated value is kept once)."""
        if not rows:
            return
        caches = self._caches()
        for k, vals in zip(FIELDS, zip(*rows)):
            if k == "flags":
                vals = list(map(tuple, vals))
            cache = caches.get(k)
            if cache is None:  # (sentences: one cache per chunk, most repeat close by)
                cache = {}
            self.cols[k].extend(map(cache.setdefault, vals, vals) if k in _SHARED or k == "sentence" else vals)
        self.n += len(rows)

    def _caches(self) -> dict:
        got = getattr(self, "_shared", None)
        if got is None:
            got = self._shared = {k: {} for k in _SHARED}
        return got

    def read_jsonl(self, path, advance=None) -> None:
        """Append the mentions of a ``pyanj geocode`` JSONL file (ValueError naming a malformed line, as
        ``pyanj.mention.read_mentions_jsonl`` raises it); ``advance(n)`` is told of each chunk's characters."""
        good: dict = {}  # keys and value types of records Mention.from_dict accepted -> their values getter
        decode = _DECODER.decode
        n0, rows, chars = self.n, [], 0
        with open(path, encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                chars += len(line)
                try:
                    d = decode(line)
                    get = good.get((*d, *map(type, d.values()))) if type(d) is dict else None
                    if get is not None and not _items_ok(d):
                        get = None
                except (ValueError, RecursionError):  # (NaN or infinity included: the check decides)
                    if not line.strip():
                        continue  # (a blank line)
                    get = None
                if get is None:
                    d = _checked(path, n, line)
                    get = good.setdefault((*d, *map(type, d.values())), _getter(d))
                rows.append(get(d))
                if len(rows) == _CHUNK:
                    self._extend(rows)
                    rows = []
                    if advance is not None:
                        advance(chars)
                        chars = 0
        self._extend(rows)
        docs = set(self.cols["doc_id"][n0:])
        self.files.append((len(docs), self.n - n0))


def _getter(d: dict):
    """The ``FIELDS`` values of records with the keys of ``d`` (defaults for those it leaves out)."""
    if all(k in d for k in FIELDS):
        return itemgetter(*FIELDS)
    return lambda r: tuple(r[k] if k in r else DEFAULTS.get(k) for k in FIELDS)


def _non_finite(name):
    raise ValueError(f"{name} is not a finite number")


#: JSON as ``json.loads`` reads it, except that NaN and infinities stop the fast path.
_DECODER = json.JSONDecoder(parse_constant=_non_finite)


def _items_ok(d: dict) -> bool:
    """The list fields' items are of their types (``Mention.from_dict`` checks them too)."""
    fl = d.get("flags")
    if fl and not all(type(x) is str for x in fl):
        return False
    c = d.get("candidates")
    return not c or all(type(x) is dict for x in c)


def _checked(path, n: int, line: str) -> dict:
    """The record of one line if ``Mention.from_dict`` takes it, else its ValueError naming the line."""
    from pyanj.mention import Mention
    try:
        d = json.loads(line)
        if not isinstance(d, dict):
            raise ValueError("not a JSON object")
        Mention.from_dict(d)
    except (ValueError, TypeError, RecursionError) as e:
        raise ValueError(f"{path}:{n}: not a mention record ({str(e).splitlines()[0][:80]})") from None
    return d


@gc_paused()
def read_mention_columns(paths, progress=None) -> MentionColumns:
    """The mentions of ``pyanj geocode`` JSONL files, in file order, as columns (``progress``: a
    ``pyanj.layers.progress.Steps``)."""
    import os
    out = MentionColumns()
    if progress is not None:
        progress.step("reading mentions", total=sum(os.path.getsize(p) for p in paths))
    for p in paths:
        out.read_jsonl(p, advance=progress.advance if progress is not None else None)
    return out
