"""A name in parentheses right after a name is another name of the same place.

"the Panj River’s (Amu Darya) course", "the Amu (Oxus) River", "Shighnan District (Persian: …, Tajik:
Ноҳияи Шиғнони)": the writer glosses a name with its other names — another language, another
transliteration, the name the other bank uses. So the name in parentheses takes the reading of the name
before it, when both are places of one kind (a district glossed by a district, a river by a river) and
the gloss has nothing but names, language labels ("Tajik:") and "also", "or", "formerly" … beside it.
Not a gloss: a country or a province after a name ("Khorog (Tajikistan)", "Ishkashim (Badakhshan)", other
kinds), words that place it ("(near Rushan)"), and a river glossed by its upper course or a tributary
("the Amu Darya (Pyanj) River": the writer names the stretch where one becomes the other; each keeps its
own reading). A river that is part of the other's extent ("the Amu (Oxus) River") or that flows into it
("the Panj River’s (Amu Darya) course") is a gloss.
"""

from __future__ import annotations

import bisect

#: Lower-case words a gloss may have beside its names.
GLOSS_WORDS = frozenset({"also", "or", "formerly", "known", "as", "aka", "a.k.a.", "called", "spelt", "spelled",
                         "written", "transliterated", "officially", "old", "name", "locally", "в", "или"})
#: Kinds of mentions that are never a gloss nor glossed.
_NOT_GLOSSED = frozenset({None, "country", "coordinate"})
#: How far back from a name its opening parenthesis may be (characters).
REACH = 160
#: Lines this close (degrees, ~2 km) join.
JOIN_DEG = 0.02
#: Separators between the names of a gloss.
_SEPARATORS = ",;/•·|–—-:()[]\"'“”«»"


def alternative_names(text: str, mentions, gz) -> None:
    """Give each gloss (see the module) the reading of the name it glosses; flag ``alternative_name``."""
    opened = text.find("(")
    if opened < 0 or len(mentions) < 2:
        return
    ends = [m.end for m in mentions]
    while opened >= 0:
        closed = text.find(")", opened)
        stop = closed if closed >= 0 else min(len(text), opened + REACH)
        i = bisect.bisect_right(ends, opened) - 1  # the last name ending before the parenthesis
        if i >= 0 and i + 1 < len(mentions) and mentions[i + 1].start < stop and _glossed(text, mentions[i], opened):
            for j in range(i + 1, len(mentions)):
                m2 = mentions[j]
                if m2.start >= stop or m2.start - opened > REACH:
                    break
                if m2.feature_type in ("country", "coordinate") or not _same_kind(mentions[i], m2):
                    continue
                if _only_names(text, mentions, i, j, opened) and not _joined_rivers(gz, mentions[i], m2) \
                        and not _elsewhere(mentions[i], m2) and not _russian_clause_after(text, m2.end, stop):
                    _take_reading(m2, mentions[i])
        opened = text.find("(", opened + 1)


def _glossed(text: str, m1, opened: int) -> bool:
    """Is ``m1`` a name right before the parenthesis (a possessive aside), a place of a kind that can be glossed?"""
    if m1.feature_type in _NOT_GLOSSED or not m1.located:
        return False
    gap = text[m1.end:opened].strip()
    return gap in ("", "’s", "'s")


def _only_names(text: str, mentions, i: int, j: int, opened: int) -> bool:
    """Is there nothing but other names, language labels and gloss words between the parenthesis and m2?"""
    pieces, pos = [], opened + 1
    for k in range(i + 1, j):
        pieces.append(text[pos:mentions[k].start])
        pos = mentions[k].end
    pieces.append(text[pos:mentions[j].start])
    for piece in pieces:
        for raw in piece.split():
            tok = raw.strip(_SEPARATORS)
            if not tok or raw.endswith(":") and tok[:1].isupper():  # a language label: "Tajik:", "Russian:"
                continue
            if tok.lower() == tok and tok.upper() != tok and tok not in GLOSS_WORDS:
                return False  # a lower-case word that says something else: "(near Rushan)", "(north of …)"
    return True


def _russian_clause_after(text: str, end: int, stop: int) -> bool:
    """Does the parenthesis go on after the name with Russian words that say something of it ("(Амударья сливаясь с
    Вахшом образует реку …)": a clause about the river, no gloss)? A generic word ("(Амударья река)"), a gloss word or
    a language's abbreviation ("шугн.") is no clause; English glosses are left as they are."""
    from pyanj.text.russian import head_cue
    for raw in text[end:stop].split():
        tok = raw.strip(_SEPARATORS)
        if tok.endswith(".") and len(tok) <= 6:
            continue  # a language's abbreviation ("тадж.", "шугн."), as a gloss labels its names
        if tok and tok[0] in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" and tok not in GLOSS_WORDS and head_cue(tok) is None:
            return True
    return False


#: A town or district whose own reading lies further than this (km) from the name before it is another
#: place ("Kunduz (Imam Sahib)": a province and its district listed), not another name of it.
ELSEWHERE_KM = 25.0


def _elsewhere(m1, m2) -> bool:
    """Is ``m2``'s own reading a town or district of its own in the same country as ``m1``, away from
    ``m1``'s point (see ``ELSEWHERE_KM``)? (A reading on the other bank is the homonym a gloss corrects:
    "Shighnan District (Russian: Шугнанский район)" names the Afghan district twice.)"""
    from pyanj.gazetteer import haversine_km
    if m1.feature_type not in ("settlement", "admin2") or m2.place_id is None or not (m1.located and m2.located):
        return False
    if m2.country != m1.country:
        return False
    return haversine_km(m1.lat, m1.lon, m2.lat, m2.lon) > ELSEWHERE_KM


def _same_kind(m1, m2) -> bool:
    if m2.place_id is None and not m2.located:  # a name the gazetteer lacks: the gloss says what it is
        return True
    return m2.feature_type == m1.feature_type and m2.place_id != m1.place_id


def _joined_rivers(gz, m1, m2) -> bool:
    """Are m1 and m2 two rivers whose lines join without either being part of the other, m2 not the river m1
    flows into? Then "m1 (m2)" names where they meet ("the Amu Darya (Pyanj)": the Amu glossed by its upper
    course), and each keeps its reading. A river glossed by the river it flows into ("the Panj River’s (Amu
    Darya) course") is called by that river's name (Afghans call the Panj "Amu"): a gloss. The bundled lines
    run downstream, so a line's last point is where it flows into the other."""
    if m1.feature_type != "river" or m2.feature_type != "river":
        return False
    cache = gz.derived("joined_rivers", dict)  # (the geometry is asked once per pair of rivers)
    key = (m1.place_id, m2.place_id)
    if key not in cache:
        cache[key] = _joined(gz.geoms.get(m1.place_id), gz.geoms.get(m2.place_id))
    return cache[key]


def _joined(g1, g2) -> bool:
    import shapely
    if g1 is None or g2 is None or g2.distance(g1) > JOIN_DEG:
        return False
    if g2.difference(g1.buffer(JOIN_DEG)).length <= 0.5 * g2.length or \
            g1.difference(g2.buffer(JOIN_DEG)).length <= 0.5 * g1.length:
        return False  # one is part of the other
    if g1.geom_type == "LineString" and shapely.Point(g1.coords[-1]).distance(g2) <= JOIN_DEG:
        return False  # m1 flows into m2: m2's name glosses m1
    return True


def _take_reading(m2, m1) -> None:
    (m2.place_id, m2.name, m2.feature_type, m2.country, m2.lat, m2.lon, m2.precision, m2.geo_precision,
     m2.where_prec, m2.admin1, m2.admin2) = (m1.place_id, m1.name, m1.feature_type, m1.country, m1.lat, m1.lon,
                                             m1.precision, m1.geo_precision, m1.where_prec, m1.admin1, m1.admin2)
    m2.confidence = min(m2.confidence, m1.confidence) if m2.confidence else m1.confidence
    m2.candidates = []
    drop = ("ambiguous", "unlocated", "not_in_gazetteer", "point_on_line")
    m2.flags = [f for f in m2.flags if f not in drop and not f.startswith("placed_at_")] + ["alternative_name"]
    if "point_on_line" in m1.flags:
        m2.flags.append("point_on_line")
