"""The Wakhan a sentence puts in Tajikistan is the Tajik valley, not the Afghan corridor.

"Wakhan" and "Ваханский коридор" name, read alone, the Afghan corridor (Wakhan district); but writers
call the Tajik bank of the same valley, Ishkashim district's Wakhan, a corridor too. A reading of the
corridor whose own words place it in Tajikistan ("Ваханский коридор Таджикистана", "Ваханского коридора
в Таджикистане", "Ваханский коридор, находится на территории Ишкашимского района", "the Wakhan valley in
Tajikistan", "Tajikistan's Wakhan") takes the Tajik valley. Only the words right after the name (its
noun, a comma, "находится на территории" / "is located in") count: "the Wakhan Corridor, which separates
Tajikistan from Pakistan" or "коридор от Таджикистана до Китая" stay the corridor. Flag ``tajik_wakhan``.
"""

from __future__ import annotations

import re

CORRIDOR = "physical:wakhan-corridor"
VALLEY = "physical:wakhan-valley"
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
        old = {"id": m.place_id, "country": m.country, "score": m.confidence}
        m.set_place(valley)
        m.candidates = [old] + [c for c in m.candidates if c["id"] != VALLEY]
        m.flags = [f for f in m.flags if f != "ambiguous"] + ["tajik_wakhan"]


def _in_tajikistan(m) -> bool:
    off = m.start - m.sentence_start
    s = m.sentence
    if s[off:off + len(m.surface)] != m.surface:
        return False
    return AFTER.match(s, off + len(m.surface)) is not None or BEFORE.search(s[max(0, off - 30):off]) is not None
