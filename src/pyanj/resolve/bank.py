"""The bank a text is on, for the names it gives no country.

A name the gazetteer lacks and the text does not place ("the Somon border crossing", an outpost named
once) gets no country from its sentence; but a text about one bank's villages and districts speaks of
that bank's crossings and posts. So an unplaced, unlisted name takes the country of the text's located
places when two thirds of them (and at least ``MIN_PLACES``) lie on one bank. Flag ``bank_of_text``.
"""

from __future__ import annotations

from collections import Counter

#: The share of the text's located places on one bank that makes it the text's bank, and how many at least.
SHARE = 2 / 3
MIN_PLACES = 2
_BANKS = ("AF", "TJ")


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
        m.country = iso
        m.flags.append("bank_of_text")
