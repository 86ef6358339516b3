"""A road named by its two ends: "the Baharak-Faizabad road", "the highways of Faizabad-Takhar and Faizabad-Baharak".

Two (or more) names joined by a hyphen or dash (a dash may stand between spaces) with a road's word right after
them ("road", "roads", "highway", "highways") or right before them ("the highway(s) of", "the road from";
Russian "на автомобильной дороге Душанбе — Куляб", "трасса", "шоссе", "магистраль"; a section's "участка Хорог - Кульма"
in a sentence that has named a road) name one road, not two places:
the guideline's span is the pair, a ROAD. No dataset has such a road, so it is placed at its first located end (a proxy: the road starts there), flagged ``not_in_gazetteer`` and
``placed_at_road_end``; the other end's place is its ``related_place_id``. A pair coordinated with such a
road ("… of Faizabad-Takhar and Faizabad-Baharak") is one too. Ends must be towns, districts, provinces or
crossings (or names the gazetteer lacks): "the Afghanistan-Tajikistan highway" stays two countries.
"""

from __future__ import annotations

import re

from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC
from pyanj.mention import Mention, MentionList

#: A road's word right after the pair.
ROAD_AFTER = re.compile(r"[ \t]+(?:roads?|highways?|motorways?)\b")
#: A road's word right before the pair.
ROAD_BEFORE = re.compile(r"(?i:\b(?:roads?|highways?|motorways?)\s+(?:of|from)\s+(?:the\s+)?"
                         r"|(?<!\w)(?:дорог[аиеуой]\w*|автодорог\w*|(?:авто)?трасс\w*|шоссе|магистрал\w*)\s+)$")
#: A section's word right before the pair ("а участка Хорог - Кульма"): a road's only in a sentence that has named a
#: road before it ("участка дороги Рушан - Хорог …, а участка Хорог - Кульма"); "участок Пяндж – Хамадони" of the
#: border guards stays two places.
SECTION_BEFORE = re.compile(r"(?<!\w)(?i:участ(?:ок|ка|ке|ку|ком))\s+$")
ROAD_WORD_RU = re.compile(r"(?<!\w)(?i:дорог|автодорог|трасс|шоссе|магистрал)")
#: Between a road by its ends and the next pair of the same list.
LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
DASHES = frozenset({"-", "–", "—"})
#: The dash between two ends: a hyphen or dash alone, or a dash (not a hyphen) between spaces ("Душанбе — Куляб"),
#: or a dash or hyphen with a space on one side or both ("Душанбе – Дарваз -Хорог", "Дорога Хорог - Ишкашим"): the
#: road's word before or after the pair decides.
_GAP = re.compile(r"[ \t]?[-–—][ \t]?")
END_TYPES = frozenset({"settlement", "admin1", "admin2", "crossing"})
FLAG = "placed_at_road_end"


def _section_of_a_road(text: str, a: Mention) -> bool:
    """A section's word before the pair, in a sentence that has named a road before it (``SECTION_BEFORE``)."""
    m = SECTION_BEFORE.search(text, max(0, a.start - 12), a.start)
    return bool(m) and bool(ROAD_WORD_RU.search(text, a.sentence_start, m.start()))


def _end(m: Mention) -> bool:
    return m.feature_type in END_TYPES or (m.place_id is None and "not_in_gazetteer" in m.flags)


def roads_by_ends(text: str, mentions: MentionList) -> MentionList:
    """``mentions`` with each road named by its ends made one ROAD mention (see the module). A road may name
    more than two places along it, each joined to the next by a dash ("the Dushanbe-Kulob-Darvoz-Khorog
    highway"): the whole chain is the one road, from its first name to its last."""
    if not any(d in text for d in DASHES):
        return mentions
    out = MentionList()
    i, last_road = 0, None
    while i < len(mentions):
        a = mentions[i]
        j = i                                 # the chain a = mentions[i] … mentions[j], each dash-joined to the next
        while j + 1 < len(mentions) and _joined(text, mentions[j], mentions[j + 1]):
            j += 1
        b = mentions[j] if j > i else None
        if b is not None and (
                ROAD_AFTER.match(text, b.end) or ROAD_BEFORE.search(text, max(0, a.start - 40), a.start)
                or _section_of_a_road(text, a)
                or (last_road is not None and last_road.sentence_start == a.sentence_start
                    and LIST_GAP.fullmatch(text, last_road.end, a.start))):
            last_road = _merge(text, list(mentions[i:j + 1]))
            out.append(last_road)
            i = j + 1
            continue
        out.append(a)
        i += 1
    return out


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are two ends (or stops) of a road written with a dash between them (``_GAP`` holds one to
    three characters: a longer or empty gap, most pairs, is decided without the regex)."""
    return 0 < b.start - a.end <= 3 and bool(_GAP.fullmatch(text, a.end, b.start)) and _end(a) and _end(b) and not a.flags.count(FLAG) \
        and not b.flags.count(FLAG) and a.sentence_start == b.sentence_start


def _merge(text: str, chain: list[Mention]) -> Mention:
    """The road from the chain's first name to its last, at the first of them that is located."""
    a, b = chain[0], chain[-1]
    at = next((m for m in chain if m.lat is not None), a)
    other = b if at is not b else a
    m = Mention(a.doc_id, a.start, b.end, text[a.start:b.end], a.sentence, None,
                "–".join(c.name for c in chain) + " road", "road",
                at.country, at.lat, at.lon, "region", GEO_PRECISION["region"], WHERE_PREC["region"],
                round(min(c.confidence for c in chain), 3), [], ["not_in_gazetteer", FLAG],
                all(c.literal for c in chain), a.sentence_start, a.sentence_end, at.admin1, at.admin2, "road",
                a.doc_title, a.doc_url, a.doc_date, other.place_id, a.lang)
    if m.lat is None:
        m.flags.append("unlocated")
    return m
