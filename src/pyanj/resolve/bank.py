"""The bank a text is on, for the names it gives no country.

A name the gazetteer lacks and the text does not place ("the Somon border crossing", an outpost named
once) gets no country from its sentence; but a text about one bank's villages and districts speaks of
that bank's crossings and posts. So an unplaced, unlisted name takes the country of the text's located
places when two thirds of them (and at least ``MIN_PLACES``) lie on one bank. Flag ``bank_of_text``.
A name its sentence puts across the river ("the village of Narghav on the other side of the river", "на
другом берегу") takes the other bank. Flag ``other_bank_of_text``.
"""

from __future__ import annotations

import re
from collections import Counter

#: The share of the text's located places on one bank that makes it the text's bank, and how many at least.
SHARE = 2 / 3
MIN_PLACES = 2
_BANKS = ("AF", "TJ")
_OTHER = {"AF": "TJ", "TJ": "AF"}
#: Words that put a place across the river from the writer.
ACROSS = re.compile(r"(?i:\b(?:on|from)\s+the\s+(?:other|opposite|far)\s+(?:side|bank)\b|\bacross\s+the\s+(?:river|panj|pyanj)\b"
                    r"|\bна\s+(?:другом|противоположном)\s+берегу\b)")
#: How far (characters) from the name such words may be.
ACROSS_REACH = 40


def text_bank(mentions, least: int = MIN_PLACES) -> str | None:
    """"AF" or "TJ" when the text's located places (countries aside) lie on that bank (see the module)."""
    c = Counter(m.country for m in mentions if m.country in _BANKS and m.located and m.feature_type != "country")
    if not c:
        return None
    iso, n = c.most_common(1)[0]
    return iso if n >= least and n >= SHARE * sum(c.values()) else None


def unlisted_bank(mentions) -> None:
    """Give the unplaced, unlisted names with no country the text's bank (see the module)."""
    todo = [m for m in mentions if m.place_id is None and m.country is None and not m.located
            and m.feature_type not in (None, "coordinate", "country")]
    if not todo:
        return
    iso = text_bank(mentions)
    if iso is None:
        return
    for m in todo:
        if _across(m):
            m.country = _OTHER[iso]
            m.flags.append("other_bank_of_text")
        else:
            m.country = iso
            m.flags.append("bank_of_text")


def _across(m) -> bool:
    """Do the words right around the name put it across the river ("Narghav on the other side of the river")?"""
    off = m.start - m.sentence_start
    s = m.sentence
    if s[off:off + len(m.surface)] != m.surface:
        return False
    return ACROSS.search(s, max(0, off - ACROSS_REACH), min(len(s), off + len(m.surface) + ACROSS_REACH)) is not None


def province_by_text_bank(mentions, gz, text: str = "") -> None:
    """A bare province name of both banks ("Badakhshan": the Afghan province, or GBAO by its weak alias), in a
    text whose other located places lie on one bank (two thirds, at least three: ``text_bank``): every bare use
    of that name takes the province of that bank, whatever the name's prior said ("Badakhshan … the Ishkashim
    district … Shugnan district … Khorog, Badakhshan's main town": GBAO). A name with a type word of its own
    ("Badakhshan province", "the region of Badakhshan") was weighed and keeps its reading; so does a text with
    places on both banks, one that names the other province by its own name ("the Badakhshan–GBAO region"), and a
    name listed with provinces of its reading's country ("Бадахшан, Тахар и Кундуз"). Flag ``province_of_text_bank``."""
    groups: dict[str, list] = {}
    for m in mentions:
        if m.feature_type != "admin1" or m.cue or m.country not in _BANKS or not m.candidates:
            continue
        alt = next((c["id"] for c in m.candidates if c["id"] in gz.places
                    and gz.places[c["id"]].feature_type == "admin1" and gz.places[c["id"]].country == _OTHER[m.country]),
                   None)
        if alt:
            groups.setdefault(m.surface, []).append((m, alt))
    for surface, found in groups.items():
        iso = text_bank([o for o in mentions if o.surface != surface], 3)
        if iso is None:
            continue
        for m, alt in found:
            if m.country == iso or any(o.place_id == alt and o.surface != surface for o in mentions) \
                    or _listed_with_provinces_of(text, mentions, m):
                continue  # ("the Badakhshan–GBAO region": a text naming the other province by name means this one;
                # "three Afghan provinces — Badakhshan, Takhar and Kunduz": the list's)
            m.retake(gz.places[alt], "province_of_text_bank")


_MENTION_LIST_GAP = frozenset({",", "and", ", and", "и", ", и", "—", "-", "–"})


def _listed_with_provinces_of(text: str, mentions, m) -> bool:
    """Does the mention stand in a list beside a province of its reading's country ("Бадахшан, Тахар и Кундуз")?"""
    i = mentions.index(m)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions):
            continue
        o = mentions[j]
        if o.feature_type != "admin1" or o.country != m.country:
            continue
        a, b = (o.end, m.start) if j < i else (m.end, o.start)
        if b >= a and " ".join(text[a:b].split()) in _MENTION_LIST_GAP:
            return True
    return False


def respelt_village_across(mentions) -> None:
    """A village found only by a respelling ("Now Abad" read as the Tajik Novobod) on the bank the text never names
    a place of, in a text on the other bank (``text_bank``, three places at least), is an unlisted village of the
    text's bank: a name so common on both banks ("Nowabad", "Novobod") is far likelier the text's own village than
    a namesake across the river. Flag ``respelt_across_dropped``."""
    iso = None
    for m in mentions:
        if m.feature_type != "settlement" or m.country not in _BANKS or not m.located \
                or not ({"transliterated", "fuzzy"} & set(m.flags)):
            continue
        if iso is None:
            iso = text_bank(mentions, 3) or ""
        if not iso or m.country == iso:
            continue
        if any(o is not m and o.country == m.country and o.located and o.feature_type != "country" for o in mentions):
            continue  # (the text names a place of that bank: the reading may stand)
        old = {"id": m.place_id, "country": m.country, "score": m.confidence}
        m.place_id, m.name, m.lat, m.lon, m.country = None, m.surface, None, None, iso
        m.precision = m.geo_precision = m.where_prec = m.admin1 = m.admin2 = None
        m.candidates = [old] + [c for c in m.candidates if c.get("id") != old["id"]]
        m.flags.append("respelt_across_dropped")
