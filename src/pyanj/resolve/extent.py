"""Resolution that follows the text: the type word after a name, and the extent of extended features.

Rivers, ranges, valleys and corridors carry their extent in ``Gazetteer.geoms`` (a river's line, the
polygons a range or valley spans — built from the curated ``union`` of bundled polygons, each with its
source). A river is located at its point nearest the text's places (``evidence.snap_to_focus``). A feature
spanning countries that the text qualifies by one ("the Afghan Pamirs", "Pamir Mountains of Afghanistan")
is its part in that country, at the centre of that part (at its own point when that point lies in the
country already); unqualified, it keeps its own (cited) point and
takes the country that point lies in (a polygon's mention is not moved towards the text's places: dev
texts place ranges and corridors at their own point). "X valley" of a river's name is the river's valley.
"""

from __future__ import annotations

import re

from pyanj.gazetteer import Gazetteer
from pyanj.gazetteer.geo import frontier
from pyanj.mention import Mention
from pyanj.resolve.context import DocContext
from pyanj.resolve.crossings import crossing_word, to_crossing
from pyanj.resolve.evidence import snap_to_focus, whole_river

#: Feature types whose geometry in ``Gazetteer.geoms`` is an extent (admin units' polygons are not).
EXTENDED = frozenset({"river", "physical", "region", "road"})
#: Extents a mention is placed along (a polygon's mention keeps its point: see ``follow_text``).
LINES = frozenset({"LineString", "MultiLineString"})
#: Words before a river's name that speak of its upper (groups 1, 3) or lower (2, 4) reaches: "the
#: headwaters of the", "верховья реки" ("River mouth Amu Darya", an infobox's field, is not the Amu's mouth). The bundled
#: river lines run downstream (Natural Earth digitises rivers from source to mouth; checked by the tests
#: for every bundled line), so the upper reaches are a line's first point, the mouth its last.
REACH_BEFORE = re.compile(
    r"(?i:(?:(?:(upper\s+(?:reaches|course|stretch)|head-?\s?waters?|sources?)|(lower\s+(?:reaches|course|stretch)|mouth))"
    r"\s+of(?:\s+the)?(?:\s+river)?"
    r"|(?:(верховь\w*|исток\w*|верхн\w+\s+течени\w+)|(низовь\w*|усть\w*|нижн\w+\s+течени\w+))(?:\s+(?:реки|р\.))?)\s+)$")
#: Cues that name a river's valley ("the Panj valley", "Bartang gorge").
VALLEY_CUES = frozenset({"valley", "gorge"})


def follow_text(m: Mention, sp, p, ctx: DocContext, gz: Gazetteer, para: int, sent: int | None = None) -> None:
    """What the words around a resolved name add: a crossing word, a river's valley, a feature's extent."""
    if sp is ctx.subject:
        ctx.subject_id = p.id
    word = crossing_word(m, sp) if p.feature_type != "crossing" else None
    if word and to_crossing(m, sp, p, gz, word):
        return
    if sp.cue in VALLEY_CUES and p.feature_type not in ("physical", "region"):
        # "the Panj valley": the river's, placed along its line (a river known by its mouth only would
        # put the valley further away than the town of that name does)
        river = next((q for q in map(gz.places.get, sp.ids) if q.feature_type == "river" and
                      getattr(gz.geoms.get(q.id), "geom_type", None) in LINES), None)
        if river is not None:
            m.set_place(river)
            p = river
    ft = p.feature_type
    if ft not in EXTENDED:
        return
    geom = gz.geoms.get(p.id)
    if geom is not None and geom.geom_type in LINES:
        reach = river_reach(m) if geom.geom_type == "LineString" else None
        if reach is not None:  # "the upper reaches of the Panj": its source end, "the mouth of": its mouth
            lon, lat = geom.coords[0 if reach == "upper" else -1][:2]
            m.lat, m.lon = round(lat, 6), round(lon, 6)
            m.flags.append(f"{reach}_reaches")
        elif p.id != ctx.subject_id and not whole_river(m, p, ctx, sent):  # (a page about the river, or a
            # sentence about its whole course, speaks of the whole river)
            snap_to_focus(m, geom, ctx, para, p.id)
        return
    if ft != "physical" or not p.country or ";" not in p.country:
        return
    hint = sp.country_hint or singular_part(m, sp, p, ctx, gz)
    if hint and m.located and p.point_country == hint:
        m.country = hint  # "the Tajik Pamirs": its own point already lies in that part
        m.flags.append(f"part_in_country: {hint}")
        return
    part = country_part(gz, p, hint) if geom is not None and hint else None
    if part is not None:
        m.lat, m.lon = part
        m.country = hint
        m.flags = [f for f in m.flags if f != "unlocated"] + [f"part_in_country: {hint}"]
    elif m.located and m.country is None:
        m.country = p.point_country  # the range or valley where its own point lies


#: Words after a range's singular name that make it the range itself ("the Pamir mountains", "Pamir Range").
RANGE_HEADS = re.compile(r"\s*(?i:mountain|range|knot|plateau|massif|highlands?|горы|хреб)")
NEXT_WORD = re.compile(r"[ \t]+(\w+)")
#: Share of a document's anchors that must lie in one country for the text to be set there.
ONE_SIDE = 2 / 3


#: A name after the range's, joined by a comma or "and"/"or", and the plural head word closing the list
#: ("the Pamir and Karakorum ranges"); a name before it, joined so ("the Hindu Kush, Karakoram and Pamir").
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
LISTED_AFTER = re.compile(r"(?:,|[ \t]+(?:and|or)|[ \t]*&)[ \t]+(?:the[ \t]+)?(" + _NAME + r")([ \t]+(?i:mountains|ranges))?")
LISTED_BEFORE = re.compile(r"(" + _NAME + r")(?:,|[ \t]+(?:and|or)|[ \t]*&)[ \t]+(?:the[ \t]+)?$")


def listed_with_ranges(s: str, start: int, end: int, gz: Gazetteer) -> bool:
    """Is the name at ``s[start:end]`` listed with other mountain ranges: joined to the name of a range
    spanning countries ("the Hindu Kush, Karakoram and Pamir"), or in a list closed by a plural head word
    ("the Pamir and Karakorum ranges")? Then each name is a range, not a part of one."""
    from pyanj.text.normalize import join_key
    got = LISTED_AFTER.match(s, end)
    names = []
    if got is not None:
        if got.group(2):
            return True
        names.append(got.group(1))
    got = LISTED_BEFORE.search(s, max(0, start - 48), start)
    if got is not None:
        names.append(got.group(1))
    for name in names:
        for q in map(gz.places.get, gz.index.get(join_key(name), ())):
            if q is not None and q.feature_type == "physical" and q.country and ";" in q.country:
                return True
    return False


def singular_part(m: Mention, sp, p, ctx: DocContext, gz: Gazetteer | None = None) -> str | None:
    """The country whose part of a range spanning countries a bare singular name speaks of: "the Pamir"
    (its plural "the Pamirs" being the range's name) is, in a text whose places lie in one of its
    countries, its part there — in the Afghan Wakhan the Big and Little Pamir, its high valleys — unless
    a head word makes it the range ("the Pamir mountains") or it is listed with other ranges ("the Hindu
    Kush, Karakoram and Pamir", "the Pamir and Karakorum ranges"). None otherwise."""
    if sp.country_hint or not sp.surface.isalpha() or not p.aliases:
        return None
    names = {a.name for a in p.aliases}
    if sp.surface not in names or sp.surface + "s" not in names:
        return None
    s, off = m.sentence, m.end - m.sentence_start
    if s[m.start - m.sentence_start:off] != sp.surface or RANGE_HEADS.match(s, off) or s[off:off + 1] in ("'", "’"):
        return None
    nxt = NEXT_WORD.match(s, off)
    if nxt and nxt.group(1)[0].isupper():  # a name goes on: a person, an organisation, a title ("Pamir Khan")
        return None
    if gz is not None and listed_with_ranges(s, m.start - m.sentence_start, off, gz):
        return None
    n = ctx.n_anchor_countries
    if n < 2:
        return None
    iso, k = max(ctx.anchor_countries.items(), key=lambda kv: (kv[1], kv[0]))
    if k < ONE_SIDE * n or iso not in p.country.split(";") or iso == p.point_country:
        return None  # (in the country its own point lies in, it keeps that point)
    return iso


def river_reach(m: Mention) -> str | None:
    """"upper" when the words before a river's name speak of its upper reaches ("the headwaters of the",
    "the upper course of the", "верховья реки"), "lower" of its lower reaches or mouth, else None."""
    s, off = m.sentence, m.start - m.sentence_start
    if s[off:off + len(m.surface)] != m.surface:
        return None
    got = REACH_BEFORE.search(s, max(0, off - 48), off)
    if got is None:
        return None
    return "upper" if got.group(1) or got.group(3) else "lower"


def country_part(gz: Gazetteer, p, country: str) -> tuple[float, float] | None:
    """(lat, lon) of the centre of the part of ``p``'s extent in ``country`` (its largest piece), or None
    when the extent has no sizeable part there."""
    cache = gz.derived("extent_parts", dict)
    key = (p.id, country)
    if key not in cache:
        cache[key] = _part_centre(gz, gz.geoms[p.id], country)
    return cache[key]


def _part_centre(gz: Gazetteer, geom, country: str) -> tuple[float, float] | None:
    import shapely
    from pyanj.gazetteer.datasets import inside_point
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    area = frontier(gz).country_area(country)
    if area is None:
        return None
    part = shapely.intersection(geom, area)
    pieces = [g for g in getattr(part, "geoms", [part]) if g.geom_type == "Polygon" and not g.is_empty]
    if not pieces:
        return None
    big = max(pieces, key=lambda g: g.area)
    if big.area < 0.05 * geom.area:  # a sliver where two datasets' outlines disagree
        return None
    pt = inside_point(big)
    return round(pt.y, 6), round(pt.x, 6)


