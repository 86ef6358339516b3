"""A shortened name stands for the place the text named in full before it: "Горно-Бадахшанская
автономная область … в Бадахшане" (GBAO, not the Afghan province), "Afghan Darwaz … Darwaz" (the Afghan
district). A reader takes a bare name with readings on both banks as the one of its readings the text
has already named unambiguously.

Applied to a mention whose readings were weighed too closely to tell (flag ``ambiguous``), when exactly one
of its readings of the chosen kind (a province stays a province) is a place an earlier, unambiguous
mention named; flag ``named_before``. Nothing changes when the text named none of them, or several, nor
for a name with a type word of its own ("Badakhshan province" after "Gorno-Badakhshan": the word was weighed).
An earlier mention names its place only when its name has that one reading ("Горного Бадахшана") or its words
chose the bank ("Afghan Darwaz"): a repeated bare "Ishkashim" was a guess of the same scorer, not a naming.
"""

from __future__ import annotations

FLAG = "named_before"


def named_before(mentions, gz) -> None:
    seen: set[str] = set()
    for m in mentions:
        if m.place_id is None:
            continue
        if "ambiguous" in m.flags and m.candidates and m.cue is None and m.place_id not in seen:
            kind = m.feature_type
            other = [c["id"] for c in m.candidates if c["id"] in seen and c["id"] in gz.places
                     and gz.places[c["id"]].feature_type == kind]
            if len(other) == 1:
                old = {"id": m.place_id, "country": m.country, "score": m.confidence}
                m.set_place(gz.places[other[0]])
                m.candidates = [old] + [c for c in m.candidates if c["id"] != other[0]]
                m.flags = [f for f in m.flags if f != "ambiguous"] + [FLAG]
                continue
        if not m.candidates or "qualified_reading" in m.flags:
            seen.add(m.place_id)
