"""Evidence quotes: the sentences a popup shows for a place, the mention marked in each.

A quote is ``[sentence index, mark start, mark end, doc index]`` into ``MapData.sentences`` and
``MapData.docs``.  The quotes of a place come from the ``mentions`` layer when it is there (every
literal mention of the place), else from the place's own first sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pyanj.layers.read import is_false, prop, split_list
from pyanj.render.mapdata import MAX_QUOTES, MAX_SENTENCE, MapData


def _find_all(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0 and len(out) < 50:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def quote(md: MapData, sentence: str, surface: str, rel: int | None, doc_i: int) -> list:
    """The quote of ``surface`` in ``sentence`` (``rel``: its offset there, when known); a long
    sentence is cut to ``MAX_SENTENCE`` characters around the mark."""
    sentence = (sentence or "").strip("\n")
    s = e = -1
    if surface:
        if rel is not None and 0 <= rel and sentence[rel:rel + len(surface)] == surface:
            s = rel
        else:
            hits = _find_all(sentence, surface) or _find_all(sentence.lower(), surface.lower())
            if hits:
                s = min(hits, key=lambda h: abs(h - (rel or 0)))
        if s >= 0:
            e = s + len(surface)
    if len(sentence) > MAX_SENTENCE:
        a = max(0, (s if s >= 0 else 0) - MAX_SENTENCE // 2)
        b = min(len(sentence), a + MAX_SENTENCE)
        a = max(0, b - MAX_SENTENCE)
        pre, post = ("…" if a > 0 else ""), ("…" if b < len(sentence) else "")
        sentence = pre + sentence[a:b] + post
        if s >= 0:
            s, e = s - a + len(pre), e - a + len(pre)
    return [md.sentence(sentence), s, e, doc_i]


def mention_quotes(md: MapData, rows) -> dict:
    """Quotes by the keys a place finds them under (``layer|place id``, ``layer|surface:…``, place id,
    ``@lat,lon`` of a coordinate), from the records of the ``mentions`` layer."""
    out = defaultdict(list)
    if rows is None:
        return out
    docs = {}
    for props, g in rows:
        sent = prop(props, "sentence")
        if not sent or is_false(props.get("literal")) or "reference" in split_list(prop(props, "flags")):
            continue      # a figurative mention ("Kabul decided") or a cited title is not quoted as locating the place
        doc_id = prop(props, "doc_id", "")
        di = docs.get(doc_id)
        if di is None:
            di = docs[doc_id] = md.doc(doc_id, prop(props, "doc_title"), prop(props, "doc_url"),
                                       prop(props, "doc_date"))
        rel = None
        try:
            rel = int(props.get("start")) - int(props.get("sentence_start"))
        except (TypeError, ValueError):
            pass
        surface = str(prop(props, "surface", ""))
        q = quote(md, str(sent), surface, rel, di)
        for k in _mention_keys(props, g, surface):
            if len(out[k]) < MAX_QUOTES and q not in out[k]:
                out[k].append(q)
    return out


def _mention_keys(props: dict, g, surface: str) -> list[str]:
    layer = prop(props, "layer")
    keys = []
    for k in ("place_id", "related_place_id"):
        if prop(props, k):
            keys.append(str(props[k]))
            if layer:
                keys.append(f"{layer}|{props[k]}")
    if layer and surface:
        keys.append(f"{layer}|surface:{surface}")
    if (layer == "coordinates" or props.get("feature_type") == "coordinate") and g is not None \
            and not g.is_empty and g.geom_type == "Point":
        keys.append(f"@{g.y:.4f},{g.x:.4f}")
    return keys


def find_quotes(mq: dict, props: dict, layer: str) -> list | None:
    """The quotes ``mention_quotes`` keeps for the place ``props`` of ``layer`` (None: none)."""
    if not mq:
        return None
    fid = str(prop(props, "id", ""))
    bare = fid.split("@", 1)[-1]
    for k in (f"{layer}|{fid}", f"{layer}|{bare}"):
        if mq.get(k):
            return mq[k]
    keys = [f"{layer}|surface:{s}" for s in split_list(prop(props, "names_seen"))] + [fid, bare]
    for k in keys:
        if k and mq.get(k):
            return mq[k]
    if layer == "coordinates":
        lat, lon = prop(props, "lat"), prop(props, "lon")
        if lat is not None and lon is not None:
            return mq.get(f"@{float(lat):.4f},{float(lon):.4f}")
    return None


_SOURCE = re.compile(r"^(.*?)\s*<([^<>\s]+)>$")


def doc_refs(props: dict) -> list[tuple[str, str | None, str | None]]:
    """``(doc id, title, url)`` of each of a place's ``documents``, from its ``sources`` field
    ("<title> <url>" per document, in the same order; see ``pyanj.layers.build.doc_sources``)."""
    docs = [str(d) for d in split_list(prop(props, "documents"))]
    srcs = [str(s) for s in split_list(prop(props, "sources"))]
    if len(srcs) != len(docs):
        srcs = docs
    out = []
    for d, s in zip(docs, srcs):
        m = _SOURCE.match(s)
        title, url = (m.group(1) or None, m.group(2)) if m else ((s if s != d else None), None)
        out.append((d, title, url))
    return out


def place_quotes(md: MapData, props: dict, name: str, variants: list, mention_hits=None) -> list:
    """The quotes of a place: those of its mentions, else its first sentence with the name marked."""
    quotes = list(mention_hits or [])[:MAX_QUOTES]
    if quotes:
        return quotes
    sent = prop(props, "first_sentence")
    if sent:
        refs = {d: (t, u) for d, t, u in doc_refs(props)}
        docs = list(refs)
        first = prop(props, "first_doc", docs[0] if docs else "")
        di = md.doc(first, *refs.get(str(first), (None, None)), prop(props, "first_date"))
        surf = next((v for v in variants + [name] if v and str(v).lower() in str(sent).lower()), name)
        quotes.append(quote(md, str(sent), str(surf), None, di))
    return quotes
