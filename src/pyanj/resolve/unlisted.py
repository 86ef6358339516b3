"""Place a name the gazetteer lacks at the smallest admin unit its text puts it in.

"Andemin village in Wakhan district", "Qizil-Rabot jamoat of Murgab district", "Vujun, Badakhshan":
no open source locates the village, but the text says which district (or province) holds it, and the
guideline's tolerance for a district is its polygon. So the mention takes that unit's point, precision
district (geo_precision 2, where_prec 3) or province (3, 4), the unit's country, and a flag saying so
(``placed_at_district`` / ``placed_at_province``); with no unit in its sentence (nor in the sentence of
another mention of the same name) it stays ``unlocated``, with the country the text gives it if any.
"""

from __future__ import annotations

import re

from pyanj.gazetteer.geo import frontier
from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC
from pyanj.mention import Mention
from pyanj.resolve.context import DocContext
from pyanj.resolve.near_district import near_district
from pyanj.resolve.score import resolve_span
from pyanj.resolve.weights import UNLISTED_CONFIDENCE
from pyanj.text.segment import sentence_text
from pyanj.text.vocab import CUE_TYPES, UNLISTED_CUE_TYPES

_ADMIN = ("admin1", "admin2")
#: Words between a name and the unit right after it that tie the two ("village in", "jamoat of", ",", Russian "в":
#: "Таласской долине в Киргизии").
_TIGHT = re.compile(r"[\s,]*(?:[\w’'\-]+\s+){0,3}?(?:in|of|near|в|во|,)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?|\s*,\s*|\s*\(\s*",
                    re.I)
#: A Russian unit's adjective in the genitive right after a name: "кишлак Пасхруд Ишкашимского района".
_RU_UNIT_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ского|цкого|ской|цкой)\Z")
#: The words before a unit that put a name in it ("in Tajikistan", "в Киргизии").
_IN = ("in", "в", "во")
#: A country named as a border's ("near the Tajikistan border"): the place lies on the border's other side.
_BORDER_AFTER = re.compile(r"[ \t]+(?:border|frontier)\b", re.I)
#: Between two units of one chain: "Gorno Badakhshan’s Darvoz", "Darqad district, Takhar".
_CHAIN = re.compile(r"(?:[’']s|\s|,|district|province|region|oblast|of|in|the)*", re.I)


def unlisted_mention(prep, sp, si: int, pi: int, spans, sent_of, ctx: DocContext, gz, doc_id, doc) -> Mention:
    """The mention of an unlisted name ``sp`` (sentence ``si``, paragraph ``pi``), placed if its text says where."""
    text = prep.text
    ss, se = prep.segments.sentences[si]
    title, url, date = doc
    ftype = _feature_type(sp, spans, gz)
    name = sp.surface.title() if sp.surface.isupper() else sp.surface
    m = Mention(doc_id, sp.start, sp.end, sp.surface, sentence_text(text, (ss, se)), None, " ".join(name.split()),
                ftype, None, flags=list(sp.flags), literal=sp.literal, sentence_start=ss, sentence_end=se,
                cue=sp.cue, doc_title=title, doc_url=url, doc_date=date)
    unit, country = _locate(text, sp, si, pi, spans, sent_of, ctx, gz, ftype)
    if unit is None:  # another mention of the name may say where it is ("KHAYOM, Tajikistan -- … in Khayom")
        for other, (oi, opi) in zip(spans, sent_of):
            if other is not sp and not other.ids and other.key == sp.key and oi != si:
                unit, c2 = _locate(text, other, oi, opi, spans, sent_of, ctx, gz, ftype)
                country = country or c2
                if unit is not None:
                    break
    if unit is None and ftype == "admin2":  # "floods in Ashkmash and Bang districts" of a text on Takhar alone
        province = _text_province(spans, sent_of, ctx, gz, country or sp.country_hint)
        near = near_district(sp.surface, province, gz) if province is not None else None
        if near is not None:
            m.set_place(near)
            m.flags = [f for f in m.flags if f != "not_in_gazetteer"] + ["fuzzy"]
            m.confidence = UNLISTED_CONFIDENCE["district"]
            return m
    if unit is None:
        m.country = country or sp.country_hint
        m.flags.append("unlocated")
        m.confidence = UNLISTED_CONFIDENCE[None]
        return m
    if ftype == "admin2" and unit.feature_type == "admin1":  # a district's spelling of its own?
        near = near_district(sp.surface, unit, gz)
        if near is not None:
            m.set_place(near)
            m.flags = [f for f in m.flags if f != "not_in_gazetteer"] + ["fuzzy"]
            m.confidence = UNLISTED_CONFIDENCE["district"]
            return m
    prec = _place_at(m, unit, gz)
    m.country = unit.country
    m.confidence = UNLISTED_CONFIDENCE[prec]
    m.flags.append(f"placed_at_{prec}")
    return m


def _place_at(m: Mention, unit, gz) -> str:
    """Put ``m`` at admin unit ``unit``'s point with its precision and admin names; the precision's name."""
    lat, lon = _point(unit, gz)
    prec = "district" if unit.feature_type == "admin2" else "province"
    m.lat, m.lon = lat, lon
    m.precision, m.geo_precision, m.where_prec = prec, GEO_PRECISION[prec], WHERE_PREC[prec]
    m.admin1 = unit.admin1 or unit.name
    m.admin2 = unit.name if unit.feature_type == "admin2" else None
    return prec


#: Kinds of listed place a text's district may locate when no source gives the place a point.
_POINT_KINDS = frozenset({"settlement", "crossing", "bazaar", "facility", "camp", "military"})


def place_unlocated(m: Mention, prep, sp, si: int, pi: int, spans, sent_of, ctx: DocContext, gz) -> None:
    """A listed place no source locates ("Ayvaj border post in Shahritus district") takes, as a name the gazetteer
    lacks does, the point of the admin unit its text puts it in, in the place's own country: precision district or
    province, flag ``placed_at_district`` / ``placed_at_province`` instead of ``unlocated``. Only a unit the text
    ties it to counts ("X in Y district", "X, Y district"), not any unit of its sentence: the place is known, and
    the sentence may speak of another ("the Afghan side of Darvaz via the Khumrogi bridge")."""
    if m.feature_type not in _POINT_KINDS or "unlocated" not in m.flags:
        return
    unit, _country = _where(prep.text, sp, si, spans, sent_of, ctx, gz, m.feature_type, strict=True)
    if unit is None or unit.country != m.country or not unit.located:
        return
    prec = _place_at(m, unit, gz)
    m.flags = [f for f in m.flags if f != "unlocated"] + [f"placed_at_{prec}"]


def _feature_type(sp, spans, gz) -> str:
    """The type its cue gives an unlisted name, or (a list member) the type its list's known members share."""
    if sp.cue in UNLISTED_CUE_TYPES:
        return UNLISTED_CUE_TYPES[sp.cue]
    if sp.cue in CUE_TYPES:
        return CUE_TYPES[sp.cue][0]
    if sp.group is not None:
        types = [{gz.places[i].feature_type for i in o.ids} for o in spans if o.group == sp.group and o.ids]
        common = set.intersection(*types) if types else set()
        for t in ("settlement", "admin2", "admin1", "physical", "river", "crossing"):
            if t in common:
                return t
    return "settlement"


def _locate(text: str, sp, si: int, pi: int, spans, sent_of, ctx, gz, ftype: str):
    """(the admin unit that holds ``sp``, or None; its country): by its sentence, its list, its paragraph."""
    unit, country = _where(text, sp, si, spans, sent_of, ctx, gz, ftype)
    route = _route_country(text, sp, spans, gz)
    if route is not None and (unit is None or unit.country != route):
        return None, route  # ("г. Ош –> пер. Чыирчик –> п. Гюльча –> … п. Сары-Таш": Kyrgyz stops, not Murghob's)
    if unit is None and sp.group is not None:  # "Khandud, Gazkhan, Sarhad": where the list's known members are
        unit, c2 = _group_unit(sp, spans, sent_of, ctx, gz, ftype)
        country = country or c2
    if unit is None:  # the one admin unit its paragraph names ("The district … in the village of Shujand")
        unit = _paragraph_unit(sp, pi, spans, sent_of, ctx, gz, ftype)
    if unit is not None and sp.country_hint and unit.country != sp.country_hint:
        return None, sp.country_hint  # "the Kyrgyz village of Uch-Dobo" beside Tajikistan's Isfara: not Isfara's
    return unit, country


#: An arrow between two stops of a route ("г. Ош –> пер. Чыирчик", "Khorog → Ishkashim").
_ARROW = re.compile(r"[-–—]+>|→|⇒")


def _route_country(text: str, sp, spans, gz) -> str | None:
    """The one country of the listed stops nearest before and after an unlisted stop of an arrowed route, or None."""
    i = next((k for k, o in enumerate(spans) if o is sp), None)
    if i is None:
        return None

    def neighbour(step: int):
        k = i
        while 0 <= k + step < len(spans):
            a, b = (spans[k], spans[k + step]) if step > 0 else (spans[k + step], spans[k])
            gap = text[a.end:b.start]
            if not _ARROW.search(gap) or "\n" in gap or len(gap) > 60:
                return None  # (the stops of one route: arrows between, perhaps a stop no span holds)
            k += step
            if spans[k].ids:
                countries = {gz.places[x].country for x in spans[k].ids}
                return countries.pop() if len(countries) == 1 else None
        return None

    before, after = neighbour(-1), neighbour(1)
    return before if before is not None and before == after else None


def _where(text: str, sp, si: int, spans, sent_of, ctx, gz, ftype: str, strict: bool = False):
    """(the admin unit that holds ``sp`` by its sentence, or None; the country the sentence ties it to). ``strict``:
    only a unit right after it or after "in"/"of"."""
    units = []  # (tier, distance, index, place)
    country, country_tier = None, 2
    # a list member is tied to what follows the list: "A, B and C jamoats of Vakhsh" ("X, Tajikistan" is no list)
    members = [o for o in spans if sp.group is not None and o.group == sp.group and not _is_country(o, gz)
               and not (ftype not in _ADMIN and _all_admin(o, gz))] or [sp]  # (a unit is no village's list mate:
    lo, hi = min(o.start for o in members), max(o.end for o in members)  # "кишлака Пасхруд Ишкашимского района")
    skip = {id(o) for o in members}
    for j, (o, (oi, opi)) in enumerate(zip(spans, sent_of)):
        if oi != si or not o.ids or o is sp or id(o) in skip:
            continue
        p = _admin_place(o, oi, opi, ctx, gz)
        after = o.start >= hi
        gap = text[hi:o.start] if after else text[o.end:lo]
        tight = after and len(gap) <= 40 and (_TIGHT.fullmatch(gap) is not None
                                              or gap in (" ", "\xa0") and _RU_UNIT_ADJECTIVE.match(o.surface) is not None)
        if p is None:
            places = [gz.places[i] for i in o.ids]
            if len(places) == 1 and places[0].feature_type == "country":
                if _BORDER_AFTER.match(text, o.end):
                    continue  # "the Masum area near the Tajikistan border": the border's other side, not its country
                tier = 0 if tight else 1 if _prev_is(text, o.start, _IN) else 2
                if tier < country_tier:  # "Vujun, Tajikistan" over "a nature reserve in Tajikistan"
                    country, country_tier = places[0].country, tier
            continue
        if not _can_hold(p, ftype):
            continue
        explicit = _prev_is(text, o.start, _IN + ("of",))
        if strict and not (tight or explicit and after):
            continue
        units.append((0 if tight else 1 if explicit else 2, len(gap), j, p))
    if not units:
        return None, country
    units.sort(key=lambda u: u[:3])
    t, _d, j, p = units[0]
    if country_tier < t and country != p.country:
        return None, country  # "… with the Khohon Province of Afghanistan": the country beside it wins
    return _smallest(j, p, units, spans, text, ftype), country


def _known_place(o, si: int, pi: int, ctx, gz):
    """The place a known name stands for (resolved in context when it has several candidates)."""
    if len(o.ids) == 1:
        return gz.places[o.ids[0]]
    return resolve_span(o, gz, ctx, si, pi).place


def _group_unit(sp, spans, sent_of, ctx, gz, ftype: str):
    """(the smallest admin unit holding every known member of ``sp``'s list, or None; their one country)."""
    members = [_known_place(o, oi, opi, ctx, gz) for o, (oi, opi) in zip(spans, sent_of)
               if o.group == sp.group and o.ids]
    members = [p for p in members if p is not None]
    if not members:
        return None, None
    countries = {p.country for p in members}
    country = countries.pop() if len(countries) == 1 else None
    holders = None
    for p in members:
        up = {q for q in p.parents if q.startswith(("adm1:", "adm2:"))}
        holders = up if holders is None else holders & up
    units = [gz.places[q] for q in holders or () if q in gz.places and _can_hold(gz.places[q], ftype)]
    units.sort(key=lambda q: q.feature_type != "admin2")
    return (units[0] if units else None), country


def _paragraph_unit(sp, pi: int, spans, sent_of, ctx, gz, ftype: str):
    """The smallest admin unit of the paragraph, when it names one chain of them (a district and its province)."""
    units = {}
    for o, (oi, opi) in zip(spans, sent_of):
        if opi == pi and o.ids:
            p = _admin_place(o, oi, opi, ctx, gz, strict=True)
            if p is not None and _can_hold(p, ftype):
                units[p.id] = p
    adm2 = [p for p in units.values() if p.feature_type == "admin2"]
    adm1 = [p for p in units.values() if p.feature_type == "admin1"]
    if len(adm2) == 1 and all(q.id in adm2[0].parents for q in adm1):
        return adm2[0]
    return adm1[0] if not adm2 and len(adm1) == 1 else None


def _text_province(spans, sent_of, ctx, gz, country: str | None):
    """The one province (admin1) the whole text names, when it names exactly one (of ``country``, if given)."""
    found = {}
    for o, (oi, opi) in zip(spans, sent_of):
        if o.ids:
            p = _admin_place(o, oi, opi, ctx, gz, strict=True)
            if p is not None and p.feature_type == "admin1" and (country is None or p.country == country):
                found[p.id] = p
    return next(iter(found.values())) if len(found) == 1 else None


def _is_country(o, gz) -> bool:
    return len(o.ids) == 1 and gz.places[o.ids[0]].feature_type == "country"


def _smallest(j: int, p, units, spans, text: str, ftype: str):
    """The district of a province's chain ("Takhar province's Darqad district", "Darqad district, Takhar")."""
    if p.feature_type != "admin1" or ftype in _ADMIN:
        return p
    sp = spans[j]
    for _t, _d, k, q in units:
        if q.feature_type != "admin2" or q.admin1 != p.admin1 or q.country != p.country:
            continue
        o = spans[k]
        gap = text[o.end:sp.start] if o.start < sp.start else text[sp.end:o.start]
        if len(gap) <= 30 and _CHAIN.fullmatch(gap):
            return q
    return p


def _all_admin(o, gz) -> bool:
    """Are all of a known span's readings admin units?"""
    return bool(o.ids) and all(gz.places[i].feature_type in _ADMIN for i in o.ids)


def _can_hold(p, ftype: str) -> bool:
    """Can admin unit ``p`` hold a feature of type ``ftype``? (A district holds no province.)"""
    if ftype == "admin1":
        return False
    if ftype == "admin2":
        return p.feature_type == "admin1"
    return True


def _admin_place(o, si: int, pi: int, ctx, gz, strict: bool = False):
    """The admin unit a known name in the sentence stands for, if it stands for one (``strict``: only if it
    was resolved to one, not to the town the unit is named after)."""
    places = [gz.places[i] for i in o.ids]
    adm = [p for p in places if p.feature_type in _ADMIN]
    if not adm:
        return None
    if len(places) == 1:
        return adm[0]
    best = resolve_span(o, gz, ctx, si, pi).place
    if best is not None and best.feature_type in _ADMIN:
        return best
    if strict:
        return None
    # a district named after its centre town ("… in Roshtqala"): the district of the town it chose
    same = [p for p in adm if best is not None and p.country == best.country and p.feature_type == "admin2"]
    return same[0] if len(same) == 1 else None


def _point(p, gz) -> tuple[float | None, float | None]:
    """(lat, lon) of an admin unit (its point, else one inside its polygon), 6 decimals."""
    if p.located:
        return p.lat, p.lon
    pt = frontier(gz).own_point(p)
    return (None, None) if pt is None else (round(pt[1], 6), round(pt[0], 6))


def _prev_is(text: str, start: int, words) -> bool:
    before = text[max(0, start - 12):start].split()
    if before and before[-1].lower() == "the":
        before.pop()
    return bool(before) and before[-1].lower() in words
