"""A Russian district adjective with the other bank's country after its noun: "Шугнанским районом Афганистана".

Both banks have districts of one name (Shughnon and Shighnan, Ishkoshim and Ishkashim, Darvoz and
Darwaz); the Russian adjective ("Шугнанский") is listed for the Tajik district only, so "на западе — с
Шугнанским районом Афганистана" read the Tajik one. The country in the genitive right after the unit's
noun ("районом Афганистана", "района Таджикистана", "области Афганистана") says whose it is: a district
or province read on the other bank takes the place of that kind in the named country whose listed
names share a transliteration key (``pyanj.text.translit``) with its own, when there is exactly one.
Flag ``unit_of_country``. A unit with its own country after it ("районом Таджикистана") is left as read.
"""

from __future__ import annotations

import re

from pyanj.text.translit import translit_keys

#: The unit's noun and the bank's country in the genitive, right after the adjective.
AFTER = re.compile(r"[ \t]+(?:район\w*|област\w*|провинци\w*)[ \t]+(Афганистана|Таджикистана)\b")
_ISO = {"Афганистана": "AF", "Таджикистана": "TJ"}
_KINDS = ("admin1", "admin2")


def units_of_country(text: str, mentions, gz) -> None:
    """Move a unit its country's genitive puts on the other bank to that bank's namesake (see the module)."""
    for m in mentions:
        if m.feature_type not in _KINDS or m.country not in _ISO.values() or m.place_id not in gz.places:
            continue
        got = AFTER.match(text, m.end)
        if got is None or _ISO[got.group(1)] == m.country:
            continue
        twin = _namesake(gz, gz.places[m.place_id], _ISO[got.group(1)])
        if twin is None:
            continue
        m.retake(twin, "unit_of_country")


def _namesake(gz, p, iso: str):
    """The one place of ``p``'s kind in ``iso`` whose names share a transliteration key with ``p``'s."""
    index = gz.spelling_index()
    found = set()
    for a in p.aliases:
        for tk in translit_keys(a.name):
            for q in (index.exact.get(tk) or ("", ()))[1]:
                o = gz.places.get(q)
                if o is not None and o.feature_type == p.feature_type and o.country == iso:
                    found.add(q)
    return gz.places[found.pop()] if len(found) == 1 else None
