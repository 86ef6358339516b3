"""A region written with a lower-case compass word: "central Asia", "south Asia".

Writers lower-case the compass word of a region's name ("link the whole of central Asia to Karachi"),
so the matcher reads only the continent after it. When the compass word and the name, capitalised, are
the name of one listed region ("Central Asia", "South Asia"), the mention is that region and its span
takes the word in. Only a region read as a region (a continent) is so widened: "northern Afghanistan"
and "southern Tajikistan" stay their countries (no such region is listed, and a country is never
widened). Flag ``compass_region``.
"""

from __future__ import annotations

#: Lower-case words that begin a region's name.
COMPASS = frozenset({"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                     "inner", "outer", "middle", "near", "far"})


def compass_regions(text: str, mentions, gz) -> None:
    """Widen a continent's mention to the listed region its lower-case compass word makes (see the module)."""
    from pyanj.text.normalize import join_key
    for m in mentions:
        if m.feature_type != "region" or m.start < 2 or text[m.start - 1] != " ":
            continue
        j = text.rfind(" ", max(0, m.start - 12), m.start - 1) + 1
        word = text[j:m.start - 1]
        if word not in COMPASS:
            continue
        ids = [i for i in gz.index.get(join_key(f"{word} {m.surface}"), ()) if i != m.place_id]
        if len(ids) != 1 or gz.places[ids[0]].feature_type != "region":
            continue
        old = {"id": m.place_id, "country": m.country, "score": m.confidence}
        m.set_place(gz.places[ids[0]])
        m.candidates = [old] + [c for c in m.candidates if c["id"] != ids[0]]
        m.surface = text[j:m.end]
        m.start = j
        m.flags = [f for f in m.flags if f != "ambiguous"] + ["compass_region"]
