"""A name followed by Square, Street, Avenue, Park, Stadium … is a facility in the text's town, not the
place of that name.

"3,000 people gathered in Vahdat Square outside the Khorog mayor's office": Vahdat ("unity") Square is
in Khorog, not in the town of Vahdat 250 km away; squares, streets and parks are named after people,
ideas and other towns. So the mention becomes the facility (its span takes the capitalised head word,
as the guideline's spans do), placed at the town the text puts it in: a town named in its sentence, else
the town the document names most; with no town in the text it stays unlocated. A town's own airport or
bazaar ("Kulob Airport") is not this: those heads are left to the gazetteer and the cue words.
"""

from __future__ import annotations

from collections import Counter

from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC

#: Capitalised words after a name that make it a facility in a town.
HEADS = frozenset({"Square", "Street", "Avenue", "Boulevard", "Prospekt", "Prospect", "Lane", "Park", "Stadium"})
_LONGEST = max(map(len, HEADS))
#: Readings a facility's name may have had (a country's name is left alone: "Hotel Tajikistan" is no place).
_NAMED_AFTER = frozenset({"settlement", "admin1", "admin2", "physical", "region", "river"})
#: The confidence of a facility placed at its text's town.
CONFIDENCE = 0.5


def head_after(text: str, end: int) -> str | None:
    """The facility head word right after offset ``end`` (one space between), or None."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
        return None
    stop = end + 1
    limit = min(len(text), end + 2 + _LONGEST)
    while stop < limit and text[stop].isalpha():
        stop += 1
    word = text[end + 1:stop]
    if word in HEADS and (stop == len(text) or not text[stop].isalnum()):
        return word
    return None


def facilities_in_town(text: str, mentions) -> None:
    """Turn each "X Square" (see the module) into the facility, placed at its text's town."""
    # (``head_after`` reads one character after most names: no search of the text for every head word)
    found = [(i, w) for i, m in enumerate(mentions) if m.feature_type in _NAMED_AFTER
             and (w := head_after(text, m.end)) is not None]
    if not found:
        return
    facility_at = {i for i, _w in found}
    towns = [m for i, m in enumerate(mentions) if m.feature_type == "settlement" and m.located
             and i not in facility_at]
    counts = Counter(m.place_id for m in towns)
    for i, word in found:
        m = mentions[i]
        town = _town_of(m, towns, counts)
        m.end += 1 + len(word)
        m.surface = text[m.start:m.end]
        m.name = " ".join(m.surface.split())
        m.place_id, m.feature_type, m.candidates = None, "facility", []
        m.admin1 = m.admin2 = None
        m.flags = [f for f in m.flags if f not in ("ambiguous", "point_on_line")] + ["not_in_gazetteer"]
        if town is None:
            m.country = m.lat = m.lon = m.precision = m.geo_precision = m.where_prec = None
            m.flags.append("unlocated")
            m.confidence = min(m.confidence, 0.2)
            continue
        m.country, m.lat, m.lon, m.admin1, m.admin2 = town.country, town.lat, town.lon, town.admin1, town.admin2
        m.precision, m.geo_precision, m.where_prec = "settlement", GEO_PRECISION["settlement"], WHERE_PREC["settlement"]
        m.related_place_id = town.place_id
        m.confidence = CONFIDENCE
        m.flags.append(f"facility_in_town: {town.name}")


def canals_named_after(text: str, mentions) -> None:
    """A name followed by "Canal" is the canal, not the river, desert or town it is named after ("the Vakhsh
    Canal", "the Karakum Canal"): the span takes the head word, unlocated unless the gazetteer has the canal
    (then its alias, head and all, was matched and no "Canal" follows the mention)."""
    for m in mentions:
        if m.feature_type not in _NAMED_AFTER or not text.startswith((" Canal", " canal"), m.end) \
                or text[m.end + 6:m.end + 7].isalnum():
            continue
        m.end += 6
        m.surface = text[m.start:m.end]
        m.name = " ".join(m.surface.split())
        m.place_id, m.feature_type, m.candidates = None, "physical", []
        m.admin1 = m.admin2 = m.related_place_id = None
        m.flags = [f for f in m.flags if f not in ("ambiguous", "point_on_line", "unlocated")] \
            + ["not_in_gazetteer", "unlocated"]
        m.country = m.lat = m.lon = m.precision = m.geo_precision = m.where_prec = None
        m.confidence = min(m.confidence, 0.2)


def _town_of(m, towns, counts: Counter):
    """The town a facility is in: the nearest one its sentence names, else the one the document names most
    (the first of those); the town of the facility's own name counts only where the text names it alone."""
    here = [t for t in towns if t.sentence_start == m.sentence_start]
    if here:
        return min(here, key=lambda t: abs(t.start - m.start))
    if not towns:
        return None
    top = max(counts.values())
    return next(t for t in towns if counts[t.place_id] == top)
