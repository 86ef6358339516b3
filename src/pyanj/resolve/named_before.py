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
                m.retake(gz.places[other[0]], FLAG)
                continue
        if not m.candidates or "qualified_reading" in m.flags:
            seen.add(m.place_id)


#: Capitalised heads English writes before a feature's name ("Lake Karakol", "Mount Imeon").
_LEAD_HEADS = ("Lake ", "Mount ")


def shortened_after_head(mentions, gz) -> None:
    """A bare name after the text named the feature with its head word before it: "Lake Karakol … Onwards to
    Karakol" (the lake, not a Kyrgyz town the bare word also spells). Taken only when the bare name's own
    readings do not hold that feature (when they do, its resolution weighed it: "Lake Karakul … Karakul"
    may be the village on its shore) and the bare name has no type word of its own; flag ``named_before``."""
    named: dict[str, object] = {}
    for m in mentions:
        if m.place_id is not None and m.surface.startswith(_LEAD_HEADS) and m.feature_type == "physical":
            named.setdefault(m.surface.split(" ", 1)[1], gz.places.get(m.place_id))
            continue
        p = named.get(m.surface)
        if p is None or m.cue is not None or m.place_id == p.id or any(c["id"] == p.id for c in m.candidates):
            continue
        old = {"id": m.place_id, "country": m.country, "score": m.confidence}
        m.set_place(p)
        m.candidates = ([old] if old["id"] else []) + m.candidates
        m.flags = [f for f in m.flags if f != "ambiguous"] + [FLAG]
