"""The type word after a name wins: "X crossing / border crossing / BCP / bridge / checkpoint / border post"
speaks of a crossing, not of the town, district or river called X.

It is the gazetteer's crossing at X when there is one (an alias "X bridge", or a crossing at X's point or
inside X's district, on any border); else, when X is a town within ``DERIVED_MAX_KM`` of the AF–TJ border,
a crossing *derived* at the border point nearest X, flagged with the reason (``derived_flag``); else the
town itself (a checkpoint on the road out of Kulob is not on the border).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pyanj.gazetteer import Gazetteer, haversine_km
from pyanj.gazetteer.geo import frontier
from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC
from pyanj.mention import Mention
from pyanj.resolve.evidence import crossing_in
from pyanj.text.normalize import join_key

#: Span cues (``pyanj.text.spans``) that name a crossing.
CROSSING_CUES = frozenset({"crossing", "border crossing", "border crossing point", "bcp", "bridge"})
#: Generic words of a crossing the gazetteer's aliases end in ("Ishkashim bridge", "Langar BCP").
ALIAS_HEADS = ("border crossing", "border crossing point", "crossing", "bridge", "bcp", "checkpoint")
#: Words after a name that the span cues do not (yet) type: a checkpoint or a border post at X. Not "post
#: office", "post-war", "Kabul Post" (a capitalised Post is a newspaper, dropped before this step).
POST_AFTER = re.compile(
    r"[ \t\-]{1,2}(?:(?:border|frontier|guard|customs)\s+)?((?i:check)-?points?|out-?posts?|posts?)\b(?![\-‐])"
    r"(?!\s+(?:office|offices|box|code|card|master|mortem)\b)")
#: "bridges at X, Y, Z and W": a crossing word and "at" before a list of names makes each a crossing
#: (matched on the sentence before the name, ending at it); "bridges in X and Y districts" names the districts.
LIST_AFTER_CROSSINGS = re.compile(
    r"\b(?:bridges|crossings|border crossing points)\s+(?:(?:--|—|–|:)\s*)?at\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
#: Words of the names many bridges share.
GENERIC_BRIDGE_WORDS = frozenset({"friendship", "dusti", "dousti", "dosti", "doosti", "new", "old", "main", "border",
                                  "international", "suspension", "bridge", "crossing", "the", "pul", "pul-i", "e", "i"})
#: A bridge of such a name the gazetteer lacks is the one crossing of its district, or the
#: gazetteer's crossing this close (km) to a town the text names.
NEAR_TOWN_KM = 15.0
#: A derived crossing is only made for a place this close to the AF–TJ border (km).
DERIVED_MAX_KM = 25.0
#: The flag a derived point carries, by what the text names there.
DERIVED_FLAGS = {"crossing": "derived_crossing", "post": "derived_border_post"}


def derived_flag(word: str, name: str, km: float) -> str:
    """The flag of a derived crossing (``word`` "crossing") or border post ("post"): ``derived_crossing:
    nearest AF–TJ border point to <name>, <km> km away`` — the reason a map popup shows. Read back with
    ``parse_derived``."""
    return f"{DERIVED_FLAGS[word]}: nearest AF–TJ border point to {name}, {km:.1f} km away"


def parse_derived(flag: str) -> tuple[str, str, float] | None:
    """``(word, place name, km)`` of a ``derived_flag``; None for any other flag."""
    for word, tag in DERIVED_FLAGS.items():
        head = tag + ": nearest AF–TJ border point to "
        if flag.startswith(head) and flag.endswith(" km away"):
            name, sep, km = flag[len(head):-len(" km away")].rpartition(", ")
            try:
                return (word, name, float(km)) if sep else None
            except ValueError:
                return None
    return None


def crossing_word(m: Mention, sp) -> str | None:
    """"crossing" or "post" when the words around the name say it is one, else None."""
    if sp.cue in CROSSING_CUES:
        return "crossing"
    if sp.group is not None and sp.cue is None and _in_crossing_list(m):
        return "crossing"
    if not _may_name_post(m.sentence):  # (most names: decided without looking closer)
        return None
    after = text_after(m, 40)
    if after[:1] in _CLOSING and after[1:2] in (" ", "\t") and _quoted_before(m):
        after = after[1:]  # (the “Panj” frontier post: a post named in quotes, as agencies write posts)
    got = POST_AFTER.match(after) if after[:1] in (" ", "\t", "-") else None
    if got is None:
        return None
    return "crossing" if got.group(1).lower().startswith("check") else "post"


_CLOSING = "”\"’»"
_OPENING = "“\"‘«"


def _quoted_before(m: Mention) -> bool:
    """Does an opening quote stand right before the name?"""
    k = m.start - m.sentence_start - 1
    return 0 <= k < len(m.sentence) and m.sentence[k] in _OPENING


@lru_cache(maxsize=256)
def _may_name_post(sentence: str) -> bool:
    """Does the sentence have "post" or "check" in it? Cached: the mentions of one sentence share its
    string (whose hash Python keeps), so a sentence of n names is scanned once, not n times."""
    return "post" in sentence or "heck" in sentence


def _in_crossing_list(m: Mention) -> bool:
    """Is the name one of a list that "bridges at" / "crossings at" introduces?"""
    s = m.sentence
    if "bridges" not in s and "crossings" not in s and "crossing points" not in s:
        return False
    off = m.start - m.sentence_start
    if s[off:off + len(m.surface)] != m.surface:
        return False
    return LIST_AFTER_CROSSINGS.search(s, max(0, off - 160), off) is not None


def unlisted_crossings(mentions, gz: Gazetteer) -> None:
    """A bridge the gazetteer lacks by a name many bridges share ("the Friendship Bridge across the Panj",
    placed at its district by ``pyanj.resolve.unlisted``) is the gazetteer's crossing there: the one crossing of that
    district, else (unplaced) the crossing within ``NEAR_TOWN_KM`` of the towns the text names, when one
    alone is. Flag ``crossing_of_text``."""
    todo = [m for m in mentions if m.place_id is None and m.feature_type == "crossing" and m.cue in CROSSING_CUES
            and _generic_name(m.surface)]
    if not todo:
        return
    towns = [t for t in mentions if t.feature_type == "settlement" and t.located and t.place_id]
    for m in todo:
        q = None
        if "placed_at_district" in m.flags and m.admin2:
            unit = frontier(gz).admin_place(m.admin2, "admin2", m.country)
            q = crossing_in(gz, unit) if unit is not None else None
        elif not m.located:
            q = _near_towns(gz, towns)
        if q is None:
            continue
        m.set_place(gz.places[q])
        m.confidence = round(min(max(m.confidence, 0.5), 0.7), 3)
        m.flags = [f for f in m.flags if f not in ("not_in_gazetteer", "unlocated") and not f.startswith("placed_at_")]
        m.flags.append("crossing_of_text")


def _generic_name(surface: str) -> bool:
    """Is the name one many bridges share ("Friendship Bridge", "Dusti bridge", "the New Bridge"), not one
    of its own ("Somon", "Olchin": another crossing the gazetteer lacks)?"""
    return all(w in GENERIC_BRIDGE_WORDS for w in surface.lower().replace("-", " ").split())


def _near_towns(gz: Gazetteer, towns) -> str | None:
    """The one located crossing within ``NEAR_TOWN_KM`` of the towns named (None if none or several)."""
    found = set()
    crossings = gz.derived("located_crossings", lambda: [q for q in gz.places.values()
                                                         if q.feature_type == "crossing" and q.located])
    for t in {t.place_id: t for t in towns}.values():
        for q in crossings:
            if abs(q.lat - t.lat) < 0.2 and haversine_km(q.lat, q.lon, t.lat, t.lon) <= NEAR_TOWN_KM:
                found.add(q.id)
    return found.pop() if len(found) == 1 else None


def text_after(m: Mention, n: int) -> str:
    """Up to ``n`` characters of the sentence after the mention (the sentence may have its spaces folded)."""
    s, off = m.sentence, m.start - m.sentence_start
    if s[off:off + len(m.surface)] != m.surface:  # folded: find the name where it can be, at or before
        surface = " ".join(m.surface.split())
        off = s.rfind(surface, 0, off + len(surface))
        if off < 0:
            return ""
        return s[off + len(surface):off + len(surface) + n]
    return s[m.end - m.sentence_start:m.end - m.sentence_start + n]


def to_crossing(m: Mention, sp, p, gz: Gazetteer, word: str) -> bool:
    """Put a mention that a crossing word follows at the crossing it speaks of (see the module). True when
    the mention changed."""
    if p.feature_type == "crossing":
        return False
    places = [gz.places[i] for i in sp.ids]
    named = _ordered(p, places)
    towns = [x for x in named if x.feature_type == "settlement" and x.located]
    if word == "crossing":  # (a border guard post is near X on the border, not at the bridge)
        q = next((q.id for q in places if q.feature_type == "crossing"), None) or _crossing_named(gz, sp.key)
        if q is not None:  # the name is the crossing's ("Langar", "Ishkashim border crossing"): settled
            m.set_place(gz.places[q])
            m.flags = [f for f in m.flags if f != "ambiguous"]
            m.candidates = []
            m.confidence = max(m.confidence, round(gz.priors[q], 3))
            if not m.located and towns:
                _derive(m, gz, towns[0], word, keep_place=True)
            return True
        for x in named:
            q = crossing_in(gz, x)
            if q is not None:
                m.set_place(gz.places[q])
                return True
    if any(_derive(m, gz, x, word) for x in towns):
        if len(towns) == 1:  # the crossing word chose between a town, its district and its river
            m.flags = [f for f in m.flags if f != "ambiguous"]
        return True
    return _town_not_river(m, p, named)


def _town_not_river(m: Mention, p, named) -> bool:
    """"the Kulob checkpoint", far from the border: the town, not a river or range of that name."""
    towns = [x for x in named if x.feature_type == "settlement"]
    if towns and p.feature_type not in ("settlement", "admin2", "admin1"):
        m.set_place(towns[0])
        return True
    return False


def _ordered(p, places) -> list:
    """The places a crossing can be named after, the chosen one first: towns, then districts."""
    rank = {"settlement": 0, "admin2": 1}
    return sorted((q for q in places if q.feature_type in rank), key=lambda q: (q is not p, rank[q.feature_type]))


def _crossing_named(gz: Gazetteer, key: str) -> str | None:
    """The gazetteer crossing the name with a crossing word makes ("Ishkashim" -> "Ishkashim bridge")."""
    for head in ALIAS_HEADS:
        for q in gz.index.get(key + join_key(head), ()):
            if gz.places[q].feature_type == "crossing":
                return q
    return None


def _derive(m: Mention, gz: Gazetteer, x, word: str, keep_place: bool = False) -> bool:
    """Locate the mention at the AF–TJ border point nearest town ``x``, if it lies within reach."""
    got = gz.derived("derived_crossings", dict)
    if x.id not in got:
        got[x.id] = _nearest_border_point(gz, x)
    near = got[x.id]
    if near is None:
        return False
    lat, lon, km = near
    if not keep_place:
        m.set_place(x)
        m.feature_type = "crossing" if word == "crossing" else "military"
        m.country = x.mention_country
    m.lat, m.lon, m.precision = lat, lon, "settlement"
    m.geo_precision, m.where_prec = GEO_PRECISION["settlement"], WHERE_PREC["settlement"]
    m.confidence = round(min(m.confidence, 0.75), 3)
    m.flags = [f for f in m.flags if f != "unlocated"] + [derived_flag(word, x.name, km)]
    return True


def _nearest_border_point(gz: Gazetteer, x) -> tuple[float, float, float] | None:
    """(lat, lon, km) of the AF–TJ border point nearest ``x``, or None beyond ``DERIVED_MAX_KM``."""
    border = frontier(gz).border
    if border is None or not x.located:
        return None
    from shapely.geometry import Point
    from shapely.ops import nearest_points
    q = nearest_points(border, Point(x.lon, x.lat))[0]
    km = haversine_km(x.lat, x.lon, q.y, q.x)
    return (round(q.y, 6), round(q.x, 6), km) if km <= DERIVED_MAX_KM else None
