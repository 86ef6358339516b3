"""Evidence steps that refine mentions after their names are resolved: rivers (any line extent, see
``pyanj.resolve.extent``) placed along their line near the text's other places, "the bridge in X" tied to
X's crossing, camp words, and coordinates compared with the places named beside them.
"""

from __future__ import annotations

import bisect
import re

from pyanj.gazetteer import Gazetteer, haversine_km
from pyanj.gazetteer.geo import frontier
from pyanj.mention import Mention, conflict_flag
from pyanj.resolve.context import DocContext
from pyanj.resolve.weights import CONFLICT_KM, WEIGHTS
from pyanj.text.substrings import find_all
from pyanj.text.vocab import CAMP_FIND_WORDS, CAMP_WORDS


def camp_positions(prep) -> list[int]:
    """Offsets of camp words ("camps", "safe havens", "terrorist infrastructure"), found in the folded
    (lower-case) copy of the text and confirmed on the text."""
    text, folded, index = prep.text, prep.folded, prep.index
    return sorted({m.start() for w in CAMP_FIND_WORDS for f in _find_all(folded, w)
                   for pos in [int(index[f])] for m in [CAMP_WORDS.search(text, max(0, pos - 20), pos + 20)] if m})


def after_camp_word(camp_at: list[int], sentence_start: int, start: int) -> bool:
    """Is a camp word between the start of the sentence and the name ("camps in … Kuf Ab")?"""
    k = bisect.bisect_left(camp_at, sentence_start)
    return k < len(camp_at) and camp_at[k] < start


def _find_all(text: str, word: str):
    """Every offset of ``word`` in ``text``: a literal search, far quicker than a regex of the camp phrases over
    the whole text (and than ``str.find``, see ``text.substrings``)."""
    return find_all(text, word)


#: Anchors this close to a river's line (degrees, ~25 km) are on its banks.
BANK_DEG = 0.25
#: Places on a river's banks further apart along it than this (km) name no one stretch of it.
STRETCH_KM = 150.0


#: A length of the river written in its sentence ("along the Pyanj for 1,080 km", "the 835-mile border"): the
#: number and its unit (km, kilometres, mi, miles; км, километров, миль).
LENGTH = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?-?\s?"
                    r"(km|kilomet(?:er|re)s?|mi|miles?|км|километр\w*|мил[ьи]\w*)(?![^\W\d_])")
_MILE = 1.609344
#: A width written beside the length ("210 km long and 20 to 60 km wide", "длиной … и шириной"): the
#: sentence measures an area (a corridor, a valley), not the river's course.
WIDTH = re.compile(r"(?i)\b(?:wide|width|broad|breadth|ширин\w*|широк\w*)\b")
#: "between" (между): the words a sentence about the river along the border between two countries uses.
BETWEEN = re.compile(r"(?i)\b(?:between|между)\b")
#: "the border between": the river glossed as the border of two countries ("Amu River constitutes a natural border
#: between Afghanistan and Tajikistan"), as "separates" glosses it; not spoken of as a whole.
BORDER_BETWEEN = re.compile(r"(?i)\b(?:border|frontier|boundary|граница|границ\w*)\s+(?:between|между)\b")


def stated_length_km(sentence: str) -> float:
    """The longest length written in a sentence, in km (0 when none)."""
    out = 0.0
    for got in LENGTH.finditer(sentence):
        km = float(got.group(1).replace(",", "")) * (_MILE if got.group(2)[0] in "mм" else 1.0)
        out = max(out, km)
    return out


def whole_river(m: Mention, p, ctx: DocContext, sent: int | None) -> bool:
    """Does the river's own sentence speak of it as a whole, so that it keeps its halfway point: the
    sentence writes a length of it longer than one stretch ("continues along the Pyanj for 1,080 km"; a
    length written with a width is an area's, not the river's: "a corridor 210 km long and 20 km wide"),
    or speaks of what lies "between" two of the countries on its banks and names no place below a country
    ("five bridges span the Panj between Afghanistan and Tajikistan")? (A river that merely "separates
    Afghanistan and Tajikistan", or "constitutes a natural border between" them, is glossed, not spoken of as a
    whole: the text's places still place it.)"""
    if stated_length_km(m.sentence) > STRETCH_KM and WIDTH.search(m.sentence) is None:
        return True
    if sent is None or sent in ctx.local_sents or not p.country or BETWEEN.search(m.sentence) is None \
            or BORDER_BETWEEN.search(m.sentence):
        return False
    named = ctx.countries_by_sent.get(sent, ())
    return sum(c in named for c in p.country.split(";")) >= 2


def snap_to_focus(m: Mention, line, ctx: DocContext, para: int, place_id: str) -> None:
    """A river (any feature with a line) to be located along its line once every name of the text is
    resolved (``place_rivers``): a reader places a river by the whole text, not by the names before it."""
    ctx.pending_rivers.append((m, line, para, place_id))


#: Anchors of the river's paragraph this close to its line (degrees, ~100 km) speak of where along it the
#: text is; a capital 130 km off ("Dushanbe") or a place across the mountains does not.
NEAR_DEG = 1.0


def place_rivers(ctx: DocContext, gz: Gazetteer | None = None) -> None:
    """Locate each river waiting in ``ctx.pending_rivers`` at its point nearest the places named around it.

    A province or a country counts for nothing (Badakhshan lies along 600 km of the Panj): the places named
    below it do (towns, districts, crossings, passes, valleys, coordinates). Those of the river's paragraph and the ones
    beside it within ``NEAR_DEG`` of its line; else the document's places on its banks (``BANK_DEG``) when
    they lie along one stretch of it. When the places around it lie along several stretches (Khorog,
    Ishkashim and Nizhny Pyanj in one paragraph), the stretch of the one named nearest the river in the text
    (and the places within ``STRETCH_KM`` of it along the line). A text naming no such place near it keeps
    the river's halfway point. (``gz``: the gazetteer the rivers' lines are from; what is measured on a line
    is then kept with it, per river and point, since the same places meet the same rivers text after text.)"""
    pending, ctx.pending_rivers = ctx.pending_rivers, []
    if not pending or not ctx.anchors:
        return
    import shapely
    anchors, at = ctx.anchors, ctx.anchor_at
    spots = [i for i, (_a, one) in enumerate(at) if one]
    if not spots:
        return
    points = [(anchors[i][2], anchors[i][1]) for i in spots]  # (lon, lat)
    kept = _line_measures(gz)
    seen: dict = {}
    for m, line, para, pid in pending:
        measured = kept.setdefault(pid, ({}, {}))
        got = seen.get(pid)
        if got is None:  # (once per river and document: a long text costs anchors + rivers, not their product)
            got = seen[pid] = _river_terms(line, points, [anchors[i] for i in spots], measured[0])
        pos, by_para, bank = got
        near = sorted(k for p in (para - 1, para, para + 1) for k in by_para.get(p, ()))
        if near:
            near = _one_stretch(near, pos, [at[spots[k]][0] for k in near], m.start)
            lat = sum(anchors[spots[k]][1] for k in near) / len(near)
            lon = sum(anchors[spots[k]][2] for k in near) / len(near)
        elif bank is not None:
            lat, lon = bank
        else:
            continue
        spot = measured[1].get((lon, lat))
        if spot is None:
            pt = shapely.line_interpolate_point(line, shapely.line_locate_point(line, shapely.Point(lon, lat)))
            spot = measured[1][(lon, lat)] = (round(pt.y, 6), round(pt.x, 6))
        m.lat, m.lon = spot
        m.flags.append("point_on_line")


#: Most (river, point) measures kept per gazetteer (``_line_measures``) before they are dropped and begun again.
_MEASURES_MAX = 20_000


def _line_measures(gz) -> dict:
    """river id -> ({(lon, lat): (distance, position along the line)}, {(lon, lat): the line's point nearest}),
    kept with the gazetteer (a fresh store without one)."""
    if gz is None:
        return {}
    kept = gz.derived("river_line_measures", dict)
    if sum(len(a) + len(b) for a, b in kept.values()) > _MEASURES_MAX:
        kept.clear()
    return kept


def _river_terms(line, points: list, anchors: list, measured: dict | None = None) -> tuple:
    """(each anchor's position along the line, the anchors within ``NEAR_DEG`` of it by paragraph, the mean
    point of those on its banks when they lie along one stretch, else None) for one river and the anchors
    (``points``, their (lon, lat); ``anchors``, their (para, lat, lon, id)); ``measured``: each point's
    (distance, position) on this line met before, filled with the new ones."""
    import shapely
    measured = {} if measured is None else measured
    new = [q for q in dict.fromkeys(points) if q not in measured]
    if new:
        pts = shapely.points(new)
        shapely.prepare(line)
        measured.update(zip(new, zip(shapely.distance(line, pts).tolist(), shapely.line_locate_point(line, pts).tolist())))
    dist = [measured[q][0] for q in points]
    pos = [measured[q][1] for q in points]
    by_para: dict[int, list[int]] = {}
    for k, d in enumerate(dist):
        if d <= NEAR_DEG:
            by_para.setdefault(anchors[k][0], []).append(k)
    bank = [k for k, d in enumerate(dist) if d <= BANK_DEG]
    if not bank or (max(pos[k] for k in bank) - min(pos[k] for k in bank)) * 111.0 > STRETCH_KM:
        return pos, by_para, None  # (the places on its banks name no one stretch of it)
    return pos, by_para, (sum(anchors[k][1] for k in bank) / len(bank), sum(anchors[k][2] for k in bank) / len(bank))


def _one_stretch(near: list[int], pos: list[float], offsets: list[int], start: int) -> list[int]:
    """The anchors ``near`` (indices into ``pos``, their positions along the line in degrees) when they lie
    along one stretch; else the one named nearest ``start`` in the text and those within a stretch of it."""
    lo, hi = min(pos[k] for k in near), max(pos[k] for k in near)
    if (hi - lo) * 111.0 <= STRETCH_KM:
        return near
    j = min(range(len(near)), key=lambda n: (abs(offsets[n] - start), n))
    x = pos[near[j]]
    return [k for k in near if abs(pos[k] - x) * 111.0 <= STRETCH_KM]


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


def flag_references(mentions: list[Mention], ranges: list[tuple[int, int]]) -> None:
    """Flag ``reference`` the mentions inside reference-list or footnote lines (``text.references``):
    they cite a source, so the layers and maps leave them out of their counts."""
    if not ranges:
        return
    starts = [s for s, _ in ranges]
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < ranges[k][1] and "reference" not in m.flags:
            m.flags.append("reference")


#: Mentions of these types are not places a coordinate can agree or disagree with.
_NOT_COMPARED = (None, "coordinate", "country", "river", "region", "road")


def _comparable(m: Mention) -> bool:
    return m.feature_type not in _NOT_COMPARED and m.lat is not None and m.precision in CONFLICT_KM


#: Words that label a coordinate at the start of its sentence: "Location: 37°N 71°E".
COORD_LABELS = ("location", "coordinates", "coordinate", "position", "coords", "gps", "geo", "lat/lon",
                "lat, lon", "координаты", "местоположение")


def _stands_alone(before: str) -> bool:
    """Does a coordinate open its sentence, bare or after a label ("Location:", "GPS coordinates:")?"""
    before = before.strip()
    return before == "" or before.rstrip(":").strip().lower() in COORD_LABELS or (
        before.endswith(":") and len(before.split()) <= 3)


def coordinate_evidence(text: str, mentions: list[Mention], seg, gz: Gazetteer, weights=None) -> None:
    """A coordinate beside a named place: agreement raises confidence, disagreement flags both.

    A coordinate speaks of the places of its own sentence, not of its paragraph ("… Khorog (37.49N
    71.55E). Kabul and Dushanbe …" is no conflict with Kabul); one that stands alone in its sentence
    ("Location: 37.5, 71.5"), also of the sentence before it."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if _comparable(m):
            by_sentence.setdefault(seg.sentence_of(m.start), []).append(m)
    for c in mentions:
        if c.feature_type != "coordinate" or c.lat is None:
            continue
        si = seg.sentence_of(c.start)
        near = list(by_sentence.get(si, []))
        if si > 0 and _stands_alone(text[seg.sentences[si][0]:c.start]):
            near += by_sentence.get(si - 1, [])
        for m in near:
            d = _place_distance_km(gz, m, c.lat, c.lon)
            if d is None:
                continue
            if d > CONFLICT_KM[m.precision]:
                m.flags.append(conflict_flag(c.surface, d))
                c.flags.append(conflict_flag(f"{m.surface} ({m.name})", d))
            else:
                m.confidence = round(min(0.99, m.confidence + (weights or WEIGHTS).coordinate_agrees), 3)
                m.flags.append("coordinate_agrees")


def qualified_readings(text: str, mentions: list[Mention], gz: Gazetteer) -> None:
    """"mountainous Badakhshan", "upper Wakhan": a lower-case word before a name with several readings that
    makes, capitalised, another name of one of those readings ("Mountainous Badakhshan" is GBAO's) picks
    that reading. Flag ``qualified_reading``."""
    from pyanj.text.normalize import join_key, name_tokens
    firsts = None
    for m in mentions:
        if not m.candidates or m.start < 3 or text[m.start - 1] != " ":
            continue
        j = text.rfind(" ", max(0, m.start - 24), m.start - 1) + 1
        word = text[j:m.start - 1]
        if not word.isalpha() or not word.islower() or len(word) < 4:
            continue
        if firsts is None:  # the first words of the gazetteer's names of several words (made once)
            firsts = gz.derived("alias_first_words", lambda: frozenset(
                t[0] for p in gz.places.values() for a in p.aliases if len(t := name_tokens(a.name)) > 1))
        if word not in firsts:
            continue
        ids = gz.index.get(join_key(f"{word} {m.surface}"), ())
        readings = {c["id"] for c in m.candidates}
        picked = [q for q in ids if q in readings]
        if len(picked) != 1:
            continue
        m.retake(gz.places[picked[0]], "qualified_reading")
