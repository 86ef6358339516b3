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


def text_bank(mentions) -> str | None:
    """"AF" or "TJ" when the text's located places (countries aside) lie on that bank (see the module)."""
    c = Counter(m.country for m in mentions if m.country in _BANKS and m.located and m.feature_type != "country")
    if not c:
        return None
    iso, n = c.most_common(1)[0]
    return iso if n >= MIN_PLACES and n >= SHARE * sum(c.values()) else None


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
