"""Texts -> located mentions: the geoparser's front door.

>>> import pyanj
>>> [m.name for m in pyanj.geocode("Trucks queued at Sherkhan-Bandar.")]
['Sher Khan Bandar–Panji Poyon bridge']
"""

from __future__ import annotations

import bisect
import gc
import re
import sys
import types
from collections.abc import Iterable

from pyanj.gazetteer import Gazetteer, haversine_km, load
from pyanj.mention import Mention, MentionList
from pyanj.resolve import DocContext, resolve_span
from pyanj.text.coordinates import find_coordinates, format_dms
from pyanj.text.mentions import find_spans
from pyanj.text.segment import segment, sentence_text

#: Words that make the places named after them in a sentence the sites of militant camps
#: ("camps have existed in both Badakhshan and Takhar", "terrorist infrastructure in … Kuf Ab").
_CAMP_WORDS = re.compile(r"\b(?:camps?|training camps?|terrorist infrastructure|militant infrastructure|hideouts?|"
                         r"safe havens?)\b", re.I)
_PEOPLE = (r"(?:authorities|citizens|civil servants|workers|soldiers|border guards|guards|officials|side|bank|"
           r"government|nationals|doctors|traders|merchants|villagers|refugees|people|families|from)")
#: People of one side: "Tajikistani authorities", "Afghans", "one Afghan from Sheghnan".
_SIDE_PEOPLE = re.compile(r"\b(Tajikistani|Afghan)(?:s\b|\s+" + _PEOPLE + ")")
_SIDE_OF = {"Tajikistani": "TJ", "Afghan": "AF"}

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
    sent_of = [(seg.sentence_of(sp.start), seg.paragraph_of(sp.start)) for sp in spans]

    # pass 1: unambiguous names and countries set the context
    for sp, (si, pi) in zip(spans, sent_of):
        if len(sp.ids) == 1:
            p = gz.places[sp.ids[0]]
            ctx.note_group(sp, p)
            if p.feature_type == "country" and p.country:
                # "crossed into Tajikistan", "fled to Tajikistan": a destination, not where the sentence is
                pre = text[sp.start - 6 if sp.start > 6 else 0:sp.start].lower()
                if not (pre.endswith("into ") or pre.endswith(" to ") or pre == "to "):
                    ctx.add_country(p.country, si, pi)
            elif p.located and p.feature_type != "river":
                ctx.add_anchor(p, pi, p.lat, p.lon)
        elif sp.country_hint:
            ctx.add_country(sp.country_hint, si, pi)
    # the people of one side named in a paragraph ("Tajikistani authorities", "Afghans") say which bank
    # its places are on ("Tajik" alone is an ethnicity on both banks, so it does not count)
    for word in ("Tajikistani", "Afghan"):
        for pos in _find_all(text, word):
            dm = _SIDE_PEOPLE.match(text, pos)
            if dm and (pos == 0 or not text[pos - 1].isalnum()):
                ctx.demonyms_by_para.setdefault(seg.paragraph_of(pos), set()).add(_SIDE_OF[dm.group(1)])
    for c in coords:
        if c.valid:
            pi = seg.paragraph_of(c.start)
            cid = f"coordinate:{c.lat:.6f},{c.lon:.6f}"
            ctx.anchors.append((pi, c.lat, c.lon, cid))
            ctx.by_para.setdefault(pi, []).append((c.lat, c.lon, cid))

    low = text.lower()
    camp_at = sorted({m.start() for w in ("camp", "infrastructure", "hideout", "haven") for pos in _find_all(low, w)
                      for m in [_CAMP_WORDS.search(text, max(0, pos - 20), pos + 20)] if m})

    # pass 2: everything, with the context; resolved ambiguous names join the anchors for later ones
    mentions: list[Mention] = []
    sent_cache: dict[int, str] = {}

    def sent_text(i: int) -> str:
        if i not in sent_cache:
            sent_cache[i] = sentence_text(text, seg.sentences[i])
        return sent_cache[i]

    for sp, (si, pi) in zip(spans, sent_of):
        res = resolve_span(sp, gz, ctx, si, pi)
        p = res.place
        if p is not None and len(sp.ids) > 1:
            ctx.note_group(sp, p)
        if p is not None and len(sp.ids) > 1 and p.located and not res.ambiguous and p.feature_type not in (
                "country", "river"):
            ctx.add_anchor(p, pi, p.lat, p.lon)
        ss, se = seg.sentences[si]
        m = Mention(doc_id, sp.start, sp.end, sp.surface, sent_text(si), literal=sp.literal,
                    sentence_start=ss, sentence_end=se, cue=sp.cue, doc_title=title, doc_url=url, doc_date=date)
        if sp.flags:
            m.flags = list(sp.flags)
        if not sp.literal:
            m.flags.append("non_literal")
        if p is not None and p.feature_type in ("admin1", "admin2", "settlement") and camp_at:
            k = bisect.bisect_left(camp_at, ss)
            if k < len(camp_at) and camp_at[k] < sp.start:
                m.flags.append("camp_context")
        if p is not None:
            _fill(m, p)
            m.confidence = res.confidence
            if len(res.ranked) > 1:
                m.candidates = [{"id": q.id, "country": q.country, "score": round(s, 3)} for q, s in res.ranked[1:]]
            if res.ambiguous:
                m.flags.append("ambiguous")
            if sp.cue == "bridge_in" and p.feature_type != "crossing":
                m.related_place_id = crossing_in(gz, p)
            if p.feature_type == "river" and p.geometry_ref and p.id in gz.geoms:
                _snap_to_focus(m, gz.geoms[p.id], ctx, pi)
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
    mentions.sort(key=lambda m: (m.start, m.end))
    _coordinate_evidence(text, mentions, seg, gz)
    return MentionList(mentions)


def _find_all(text: str, word: str):
    """Every offset of ``word`` in ``text`` (str.find: far quicker than a regex over the whole text)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _fill(m: Mention, p) -> None:
    m.set_place(p)
    if not p.located:
        m.flags.append("unlocated")


def _snap_to_focus(m: Mention, line, ctx: DocContext, para: int) -> None:
    """A river is located at its point nearest the places named around it (or halfway when none are)."""
    from shapely.geometry import Point
    import shapely
    if not ctx.anchors:
        return
    # only anchors near the river speak of where along it the text is (a "Moscow" in the
    # same paragraph must not drag the Panj to its western end)
    pts = shapely.points([(lon, lat) for _pa, lat, lon, _ in ctx.anchors])
    dist = shapely.distance(line, pts)
    close = [(pa, lat, lon) for (pa, lat, lon, _), d in zip(ctx.anchors, dist) if d < 1.5]
    near = [(lat, lon) for pa, lat, lon in close if abs(pa - para) <= 1] or [(lat, lon) for _pa, lat, lon in close]
    if not near:
        return
    lat = sum(a for a, _ in near) / len(near)
    lon = sum(b for _, b in near) / len(near)
    pt = line.interpolate(line.project(Point(lon, lat)))
    m.lat, m.lon = round(pt.y, 6), round(pt.x, 6)
    m.flags.append("point_on_line")


def crossing_in(gz: Gazetteer, place) -> str | None:
    """The located crossing inside a district/settlement's area ("the bridge in Darwaz"), if exactly one."""
    from shapely.geometry import Point
    area = gz.geoms.get(place.id)
    found = []
    crossings = getattr(gz, "_crossings", None)
    if crossings is None or len(crossings) and crossings[0].id not in gz.places:
        crossings = gz._crossings = [q for q in gz.places.values() if q.feature_type == "crossing" and q.located]
    for q in crossings:
        if place.id in q.parents or (area is not None and area.distance(Point(q.lon, q.lat)) < 0.01) or (
                area is None and place.located and haversine_km(place.lat, place.lon, q.lat, q.lon) < 10):
            found.append(q.id)
    return found[0] if len(found) == 1 else None


def country_at(gz: Gazetteer, lat: float, lon: float) -> str | None:
    """ISO2 of the country containing a point: district polygons first (finer), then country polygons."""
    from shapely.geometry import Point
    pt = Point(lon, lat)
    for pid, g in gz.geoms.items():
        if pid.startswith("adm1:") and g.contains(pt):
            return pid.split(":")[1].upper()
    for pid, g in gz.geoms.items():
        if pid.startswith("country:") and g.contains(pt):
            return pid.split(":")[1].upper()
    return None


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


class _CallableModule(types.ModuleType):
    """``pyanj.geocode`` is both this module and the function: ``pyanj.geocode(text)`` calls it."""

    def __call__(self, *args, **kwargs):
        return geocode(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
