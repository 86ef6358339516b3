"""The Russian word for a unit says whose province a name shared across the border is: Afghanistan's
provinces are "провинции" ("провинции Бадахшан", "в провинции Тахар"), Tajikistan's regions "области"
("Хатлонской области", "Горно-Бадахшанской автономной области"). "Бадахшан" names both the Afghan province
and GBAO; the word right before or after the name decides between them, whatever the rest of the text is
about (a Tajik text still writes "провинция Бадахшан" for the Afghan side); a demonym before the word says it
first ("афганской области Бадахшан"). Flag ``unit_word``.

Only Russian: the English "province" is written for GBAO too ("Gorno-Badakhshan Autonomous Province").
"""

from __future__ import annotations

import re

BEFORE = re.compile(r"(?i:(?:(афганск|таджикск)\w*[ \t]+)?(провинци|област)\w*)[ \t]+$")
AFTER = re.compile(r"[ \t]+(?:автономн\w+[ \t]+)?(?i:()(провинци|област)\w*)")
_COUNTRY = {"провинци": "AF", "област": "TJ", "афганск": "AF", "таджикск": "TJ"}
FLAG = "unit_word"


def unit_words(text: str, mentions, gz) -> None:
    for m in mentions:
        if m.feature_type != "admin1" or not m.candidates or m.lang != "ru":
            continue
        got = AFTER.match(text, m.end) or BEFORE.search(text, max(0, m.start - 24), m.start)
        if got is None:
            continue
        iso = _COUNTRY[(got.group(1) or got.group(2)).lower()]  # (a demonym before the word says it first)
        if m.country == iso:  # read so already: the word settles what was weighed too closely to tell
            if "ambiguous" in m.flags:
                m.flags = [f for f in m.flags if f != "ambiguous"] + [FLAG]
            continue
        other = [c["id"] for c in m.candidates if c.get("country") == iso and c["id"] in gz.places
                 and gz.places[c["id"]].feature_type == "admin1"]
        if len(other) != 1:
            continue
        m.retake(gz.places[other[0]], FLAG, drop=("ambiguous", "named_before"))
