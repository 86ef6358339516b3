"""The Wakhan a sentence puts in Tajikistan is the Tajik valley, not the Afghan corridor.

"Wakhan" and "Ваханский коридор" name, read alone, the Afghan corridor (Wakhan district); but writers
call the Tajik bank of the same valley, Ishkashim district's Wakhan, a corridor too. A reading of the
corridor whose own words place it in Tajikistan ("Ваханский коридор Таджикистана", "Ваханского коридора
в Таджикистане", "Ваханский коридор, находится на территории Ишкашимского района", "the Wakhan valley in
Tajikistan", "Tajikistan's Wakhan") takes the Tajik valley. Only the words right after the name (its
noun, a comma, "находится на территории" / "is located in") count: "the Wakhan Corridor, which separates
Tajikistan from Pakistan" or "коридор от Таджикистана до Китая" stay the corridor. Flag ``tajik_wakhan``.

In Russian, once one "Ваханский коридор" of a text is the Tajik valley by its words, the text's other readings
of the corridor by the same adjective are too ("Ваханский коридор." as a title, then "Путешествие по Ваханскому
коридору Таджикистана"), unless "афганский" stands before one. And a bare "Вахан" is the region, never the river
(Russian writes the river "Вахандарья" or with its generic word, "реки Вахан"): read as the river without that
word, it takes the Tajik valley when its sentence names Tajikistan before it ("в Таджикистане называют то
Ишкашим, то Вахан"), else its best other reading (the district: "афганского Вахана"). Flag ``wakhan_region``.
"""

from __future__ import annotations

import re

CORRIDOR = "physical:wakhan-corridor"
VALLEY = "physical:wakhan-valley"
RIVER = "river:wakhan"
DISTRICT = "adm2:af:badakhshan:wakhan"
#: The words after the name that place it in Tajikistan (matched from the name's end).
AFTER = re.compile(
    r"\s*(?:(?:коридор\w*|долин\w*|[Cc]orridor|[Vv]alley)\s*)?,?\s*"
    r"(?:(?:(?:который|которая)\s+)?(?:находится|расположен\w*|лежит|(?:which\s+)?(?:is\s+)?(?:located|lies|situated))"
    r"\s+(?:на\s+территории|в|in|within)\s+)?"
    r"(?:Ишкашимского\s+района|Ишкашимском\s+районе|Таджикистана\b|в\s+Таджикистане\b|(?:of|in)\s+Tajikistan\b"
    r"|in\s+(?:the\s+)?Ishkashim\s+[Dd]istrict)")
#: The words before the name that make it Tajikistan's.
BEFORE = re.compile(r"(?:\bTajikistan['’]s|\bтаджикск\w+)\s+$")


def tajik_wakhan(mentions, gz) -> None:
    """Give a reading of the Afghan corridor the Tajik valley when its words place it in Tajikistan."""
    valley = gz.places.get(VALLEY)
    if valley is None:
        return
    for m in mentions:
        if m.place_id != CORRIDOR or not _in_tajikistan(m):
            continue
        m.retake(valley, "tajik_wakhan")
    _one_corridor_per_text(mentions, valley)
    _region_not_river(mentions, gz)


def _cyrillic(s: str) -> bool:
    return "\u0400" <= s[:1] <= "\u04ff"


#: "афганский" (any form) right before a name.
_AFGHAN_BEFORE = re.compile(r"афганск\w*\s+$", re.I)


def _one_corridor_per_text(mentions, valley) -> None:
    """The Russian corridor readings of a text whose one "Ваханский коридор" its words put in Tajikistan."""
    if not any("tajik_wakhan" in m.flags and _cyrillic(m.surface) for m in mentions):
        return
    for m in mentions:
        if m.place_id == CORRIDOR and _cyrillic(m.surface) and m.surface.lower().startswith("ваханск") \
                and not _AFGHAN_BEFORE.search(m.sentence[:max(0, m.start - m.sentence_start)][-30:]):
            m.retake(valley, "tajik_wakhan")


#: A river's generic word right before the name ("реки Вахан", "р. Вахан"), or before the list holding it ("в долинах
#: рек Памир, Вахан и Пяндж").
_RIVER_BEFORE = re.compile(r"(?:\bрек\w*|\bр\.)\s*(?:[А-ЯЁ][\w-]*\s*(?:,|\bи\b)\s*)*$", re.I)
_TAJIKISTAN = re.compile(r"Таджикистан\w*")


def _region_not_river(mentions, gz) -> None:
    """A bare Russian "Вахан" read as the Wakhan river (see the module)."""
    for m in mentions:
        low = m.surface.lower()
        if m.place_id != RIVER or not _cyrillic(m.surface) or not low.startswith("вахан") or "дар" in low:
            continue
        off = max(0, m.start - m.sentence_start)
        before = m.sentence[:off]
        if _RIVER_BEFORE.search(before):
            continue
        if _TAJIKISTAN.search(before) and not _AFGHAN_BEFORE.search(before[-30:]) and gz.places.get(VALLEY):
            m.retake(gz.places[VALLEY], "wakhan_region")
            continue
        alts = sorted((c for c in m.candidates if c["id"] in (DISTRICT, VALLEY, CORRIDOR) and c["id"] in gz.places),
                      key=lambda c: -(c.get("score") or 0))
        if alts:
            m.retake(gz.places[alts[0]["id"]], "wakhan_region")


def _in_tajikistan(m) -> bool:
    off = m.start - m.sentence_start
    s = m.sentence
    if s[off:off + len(m.surface)] != m.surface:
        return False
    return AFTER.match(s, off + len(m.surface)) is not None or BEFORE.search(s[max(0, off - 30):off]) is not None
