"""Texts -> located mentions: the geoparser's front door.

>>> import pyanj
>>> [m.name for m in pyanj.geocode("Trucks queued at Sherkhan-Bandar.")]
['Sher Khan Bandar–Panji Poyon bridge']

``mentions_from_inputs`` is the one loop from command-line inputs (texts, folders, ``-``, or
mentions JSONL already geocoded) to mentions that ``pyanj geocode``, ``layers`` and ``map`` share.
"""

from __future__ import annotations

import bisect
import gc
import re
import sys
import types
from collections.abc import Iterable

from pyanj.gazetteer import Gazetteer, haversine_km, load
from pyanj.gazetteer.geo import frontier
from pyanj.mention import Mention, MentionList, place_values
from pyanj.resolve.score import DocContext, resolve_span, single_score
from pyanj.text.coordinates import find_coordinates, format_dms
from pyanj.text.mentions import find_spans
from pyanj.text.normalize import prepare
from pyanj.text.segment import segment, sentence_text

#: Words that make the places named after them in a sentence the sites of militant camps
#: ("camps have existed in both Badakhshan and Takhar", "terrorist infrastructure in … Kuf Ab").
_CAMP_WORDS = re.compile(r"\b(?:camps?|training camps?|terrorist infrastructure|militant infrastructure|hideouts?|"
                         r"safe havens?)\b", re.I)
_PEOPLE = (r"(?:authorities|citizens|civil servants|workers|soldiers|border guards|guards|officials|side|bank|"
           r"government|nationals|doctors|traders|merchants|villagers|refugees|people|families|from)")
#: People of one side: "Tajikistani authorities", "Afghans", "one Afghan from Sheghnan" (one regex a side:
#: a regex that starts with a plain word is searched for far faster than one that starts with a choice)
_SIDE_PEOPLE = [(side, re.compile(word + r"(?:s\b|\s+" + _PEOPLE + ")")) for side, word in (("TJ", "Tajikistani"),
                                                                                          ("AF", "Afghan"))]

#: Beyond this distance a coordinate and a named place beside it disagree.
CONFLICT_KM = {"exact": 10.0, "settlement": 15.0, "district": 25.0, "province": 60.0}


def geocode(text: str, doc_id: str | None = None, gazetteer: Gazetteer | None = None, *,
            title: str | None = None, url: str | None = None, date: str | None = None) -> MentionList:
    """Every place ``text`` names, located and tied to its sentence, in document order."""
    gz = gazetteer or load()
    # geocoding allocates many short-lived, acyclic objects: pausing the cyclic garbage collector
    # (which would otherwise rescan the gazetteer's large object graph again and again) saves ~15 %
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _geocode(text, doc_id, gz, title, url, date)
    finally:
        if was_enabled:
            gc.enable()


def _geocode(text: str, doc_id: str | None, gz: Gazetteer, title, url, date) -> MentionList:
    seg = segment(text)
    spans = find_spans(text, gz)
    coords = find_coordinates(text)
    if coords:  # a coordinate's digits are never a name
        spans = [s for s in spans if not any(c.start < s.end and s.start < c.end for c in coords)]

    ctx = DocContext()
    sent_of = seg.locate([sp.start for sp in spans])
    places = gz.places

    # pass 1: unambiguous names and countries set the context
    for sp, (si, pi) in zip(spans, sent_of):
        if len(sp.ids) == 1:
            p = places[sp.ids[0]]
            if sp.group is not None:
                ctx.note_group(sp, p)
            if p.feature_type == "country" and p.country:
                # "crossed into Tajikistan", "fled to Tajikistan": a destination, not where the sentence is
                pre = text[sp.start - 6 if sp.start > 6 else 0:sp.start].lower()
                if not (pre.endswith(("into ", " to ")) or pre == "to "):
                    ctx.add_country(p.country, si, pi)
            elif p.located and p.feature_type != "river":
                ctx.add_anchor(p, pi, p.lat, p.lon)
        elif sp.country_hint:
            ctx.add_country(sp.country_hint, si, pi)
    # the people of one side named in a paragraph ("Tajikistani authorities", "Afghans") say which bank
    # its places are on ("Tajik" alone is an ethnicity on both banks, so it does not count)
    for side, rx in _SIDE_PEOPLE:
        for dm in rx.finditer(text):
            pos = dm.start()
            if pos == 0 or not text[pos - 1].isalnum():
                ctx.demonyms_by_para.setdefault(seg.paragraph_of(pos), set()).add(side)
    for c in coords:
        if c.valid:
            pi = seg.paragraph_of(c.start)
            cid = f"coordinate:{c.lat:.6f},{c.lon:.6f}"
            ctx.anchors.append((pi, c.lat, c.lon, cid))
            ctx.by_para.setdefault(pi, []).append((c.lat, c.lon, cid))

    # camp words, found in the matcher's folded (lower-case) copy of the text and confirmed on the text
    folded, index = prepare(text)
    camp_at = sorted({m.start() for w in ("camp", "infrastructure", "hideout", "haven") for f in _find_all(folded, w)
                      for pos in [int(index[f])] for m in [_CAMP_WORDS.search(text, max(0, pos - 20), pos + 20)] if m})

    # pass 2: everything, with the context; resolved ambiguous names join the anchors for later ones
    mentions = MentionList()
    sentences = seg.sentences
    sent_cache: dict[int, str] = {}
    # a name with one candidate always gives the same place fields and confidence (for a cue): kept on the
    # gazetteer, which drops them when a place is added
    single = gz.derived("single_mentions", dict)
    for sp, (si, pi) in zip(spans, sent_of):
        several = len(sp.ids) > 1
        if several:
            res = resolve_span(sp, gz, ctx, si, pi)
            p = res.place
            if p is not None:
                ctx.note_group(sp, p)
                if p.located and not res.ambiguous and p.feature_type not in ("country", "river"):
                    ctx.add_anchor(p, pi, p.lat, p.lon)
        else:  # one candidate (most names): resolve_span's first branch, without building a Resolution
            got = single.get((sp.ids[0], sp.cue))
            if got is None:
                p = places[sp.ids[0]]
                # (whether the rare checks below can apply: a camp-context type, unlocated, a bridge cue, a river)
                rare = p.feature_type in ("admin1", "admin2", "settlement", "river") or not p.located \
                    or sp.cue == "bridge_in"
                got = single[(sp.ids[0], sp.cue)] = (p, place_values(p), round(single_score(p, sp.cue, gz), 3), rare)
            p, values, conf, rare = got
            res = None
        ss, se = sentences[si]
        sentence = sent_cache.get(si)
        if sentence is None:
            sentence = sent_cache[si] = sentence_text(text, (ss, se))
        if p is None:
            m = Mention(doc_id, sp.start, sp.end, sp.surface, sentence, flags=list(sp.flags), literal=sp.literal,
                        sentence_start=ss, sentence_end=se, cue=sp.cue, doc_title=title, doc_url=url, doc_date=date)
        else:  # (a one-candidate name's place fields and confidence were worked out once: see `single` above)
            if res is not None:
                values, conf = place_values(p), res.confidence
            m = Mention.at_place(doc_id, sp.start, sp.end, sp.surface, sentence, values, conf, list(sp.flags),
                                 sp.literal, ss, se, sp.cue, title, url, date)
        if not sp.literal:
            m.flags.append("non_literal")
        if res is None and not rare:  # (most names: a country, a crossing … with nothing more to say)
            mentions.append(m)
            continue
        if p is not None:
            ft = p.feature_type
            if camp_at and ft in ("admin1", "admin2", "settlement"):
                k = bisect.bisect_left(camp_at, ss)
                if k < len(camp_at) and camp_at[k] < sp.start:
                    m.flags.append("camp_context")
            if not p.located:
                m.flags.append("unlocated")
            if res is not None:
                if len(res.ranked) > 1:
                    m.candidates = [{"id": q.id, "country": q.country, "score": round(sc, 3)}
                                    for q, sc in res.ranked[1:]]
                if res.ambiguous:
                    m.flags.append("ambiguous")
            if sp.cue == "bridge_in" and ft != "crossing":
                m.related_place_id = crossing_in(gz, p)
            if ft == "river" and p.geometry_ref and p.id in gz.geoms:
                _snap_to_focus(m, gz.geoms[p.id], ctx, pi, p.id)
        mentions.append(m)

    for c in coords:
        si = seg.sentence_of(c.start)
        ss, se = seg.sentences[si]
        m = Mention(doc_id, c.start, c.end, c.surface, sentence_text(text, (ss, se)), feature_type="coordinate",
                    sentence_start=ss, sentence_end=se, doc_title=title, doc_url=url, doc_date=date)
        if c.valid:
            m.lat, m.lon = c.lat, c.lon
            m.name = format_dms(c.lat, c.lon)
            m.precision, m.geo_precision, m.where_prec = "exact", 1, 1
            m.confidence = 0.99
            m.country = country_at(gz, c.lat, c.lon)
        else:
            m.name = c.surface
            m.flags.append(f"invalid_coordinate: {c.error}")
        mentions.append(m)
    if coords:
        mentions.sort(key=lambda m: (m.start, m.end))
        _coordinate_evidence(text, mentions, seg, gz)
    return mentions


def _find_all(text: str, word: str):
    """Every offset of ``word`` in ``text`` (str.find: far quicker than a regex over the whole text)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _snap_to_focus(m: Mention, line, ctx: DocContext, para: int, river_id: str) -> None:
    """A river is located at its point nearest the places named around it (or halfway when none are)."""
    import shapely
    if not ctx.anchors:
        return
    # only anchors near the river speak of where along it the text is (a "Moscow" in the
    # same paragraph must not drag the Panj to its western end); which anchors are is asked once
    # per anchor and river in a document, of a prepared line
    known = ctx.near_river.setdefault(river_id, [])
    if len(known) < len(ctx.anchors):
        shapely.prepare(line)
        new = ctx.anchors[len(known):]
        known.extend(shapely.dwithin(line, shapely.points([(lon, lat) for _pa, lat, lon, _ in new]), 1.5).tolist())
    close = [(pa, lat, lon) for (pa, lat, lon, _), ok in zip(ctx.anchors, known) if ok]
    near = [(lat, lon) for pa, lat, lon in close if abs(pa - para) <= 1] or [(lat, lon) for _pa, lat, lon in close]
    if not near:
        return
    lat = sum(a for a, _ in near) / len(near)
    lon = sum(b for _, b in near) / len(near)
    pt = shapely.line_interpolate_point(line, shapely.line_locate_point(line, shapely.Point(lon, lat)))
    m.lat, m.lon = round(pt.y, 6), round(pt.x, 6)
    m.flags.append("point_on_line")


def crossing_in(gz: Gazetteer, place) -> str | None:
    """The located crossing inside a district/settlement's area ("the bridge in Darwaz"), if exactly one."""
    import shapely
    area = gz.geoms.get(place.id)
    found = []
    crossings = gz.derived("located_crossings", lambda: [q for q in gz.places.values()
                                                         if q.feature_type == "crossing" and q.located])
    if area is not None:
        shapely.prepare(area)
    for q in crossings:
        if place.id in q.parents or (area is not None and shapely.dwithin(area, shapely.Point(q.lon, q.lat), 0.01)) or (
                area is None and place.located and haversine_km(place.lat, place.lon, q.lat, q.lon) < 10):
            found.append(q.id)
    return found[0] if len(found) == 1 else None


def country_at(gz: Gazetteer, lat: float, lon: float) -> str | None:
    """ISO2 of the country containing a point (see ``pyanj.gazetteer.geo.Frontier.country_at``)."""
    return frontier(gz).country_at(lat, lon)


def _place_distance_km(gz: Gazetteer, m: Mention, lat: float, lon: float) -> float | None:
    """Distance from a coordinate to a named place: to its polygon when it has one, else to its point."""
    if m.place_id and m.place_id in gz.geoms and m.feature_type in ("admin1", "admin2"):
        from shapely.geometry import Point
        from shapely.ops import nearest_points
        g = gz.geoms[m.place_id]
        pt = Point(lon, lat)
        if g.contains(pt):
            return 0.0
        q = nearest_points(g, pt)[0]
        return haversine_km(lat, lon, q.y, q.x)
    if m.lat is None:
        return None
    return haversine_km(lat, lon, m.lat, m.lon)


def _coordinate_evidence(text: str, mentions: list[Mention], seg, gz: Gazetteer) -> None:
    """A coordinate beside a named place: agreement raises confidence, disagreement flags both."""
    for c in mentions:
        if c.feature_type != "coordinate" or c.lat is None:
            continue
        pi = seg.paragraph_of(c.start)
        ps, pe = seg.paragraphs[pi]
        paras = {pi}
        # "Location: 37°N 71°E" on its own line speaks of the paragraph before it
        if text[ps:c.start].strip().rstrip(":").strip().lower() in ("", "location", "coordinates", "coordinate",
                                                                    "position", "coords") and pi > 0:
            paras.add(pi - 1)
        for m in mentions:
            if m is c or m.feature_type in (None, "coordinate", "country", "river", "region", "road") or m.lat is None:
                continue
            if seg.paragraph_of(m.start) not in paras or m.precision not in CONFLICT_KM:
                continue
            d = _place_distance_km(gz, m, c.lat, c.lon)
            if d is None:
                continue
            if d > CONFLICT_KM[m.precision]:
                m.flags.append(f"coordinate_conflict: {c.surface} is {d:.1f} km away")
                c.flags.append(f"coordinate_conflict: {m.surface} ({m.name}) is {d:.1f} km away")
            else:
                m.confidence = round(min(0.99, m.confidence + 0.1), 3)
                m.flags.append("coordinate_agrees")


def geocode_documents(docs: Iterable, gazetteer: Gazetteer | None = None) -> MentionList:
    """Geocode many documents (``pyanj.text.load.Document`` objects or ``(doc_id, text)`` pairs)."""
    gz = gazetteer or load()
    out = MentionList()
    for d in docs:
        if isinstance(d, tuple):
            out.extend(geocode(d[1], d[0], gz))
        else:
            out.extend(geocode(d.text, d.doc_id, gz, title=d.title, url=d.url, date=d.date))
    return out


def mentions_from_inputs(inputs, gazetteer: Gazetteer | None = None, *, exclude=(), progress: bool = False,
                         warn=None, counts: list[int] | None = None):
    """Mentions of every input: mentions JSONL files (``pyanj geocode`` output) are read as they are,
    first; everything else (files, folders, ``.jsonl`` texts, ``-``) is loaded and geocoded document by
    document, a huge text in pieces (offsets shifted back) so memory stays bounded.

    Every input is checked at the call: ``pyanj.text.load.InputError`` for one that cannot be used at
    all, before anything is read. The mentions then come from the returned iterator (``ValueError``
    for a malformed mentions JSONL). ``counts``, when given, is ``[documents, mentions]``, kept up to date.
    """
    from pyanj.mention import is_mentions_jsonl
    from pyanj.text.load import iter_documents
    counts = counts if counts is not None else [0, 0]
    done = [i for i in inputs if i != "-" and is_mentions_jsonl(i)]
    texts = [i for i in inputs if i not in done]
    docs = iter_documents(texts, progress=progress, warn=warn, exclude=exclude) if texts else iter(())
    return _stream(done, docs, gazetteer, counts)


def _stream(mention_files, docs, gz, counts):
    from pyanj.mention import read_mentions_jsonl
    from pyanj.text.load import Document, split_text
    for f in mention_files:
        ms = read_mentions_jsonl(f)
        counts[0] += len({m.doc_id for m in ms})
        counts[1] += len(ms)
        yield from ms
    for doc in docs:
        gz = gz or load()
        counts[0] += 1
        for off, piece in split_text(doc.text):
            part = doc if off == 0 and len(piece) == len(doc.text) else Document(
                doc.doc_id, piece, doc.path, title=doc.title, url=doc.url, date=doc.date)
            for m in geocode(part.text, part.doc_id, gz, title=part.title, url=part.url, date=part.date):
                if off:
                    m.start += off
                    m.end += off
                    m.sentence_start += off
                    m.sentence_end += off
                counts[1] += 1
                yield m
