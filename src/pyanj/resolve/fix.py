"""Fix a mention by hand: put it at another place (one of its ``candidates``, or any gazetteer place).

>>> import pyanj
>>> from pyanj import gazetteer
>>> from pyanj.resolve import reassign
>>> gz = gazetteer.load()
>>> m = pyanj.geocode("Traders came from Ishkashim.", gazetteer=gz)[0]
>>> fixed = reassign(m, "gn:1148268", gz)   # the Afghan town, not the Tajik one
>>> fixed.country, "reassigned" in fixed.flags, "ambiguous" in fixed.flags
('AF', True, False)
"""

from __future__ import annotations

import copy

from pyanj.gazetteer.model import Place

__all__ = ["reassign", "MANUAL_CONFIDENCE"]

#: Confidence of a mention a person has placed by hand (the geocoder never goes above 0.99 either).
MANUAL_CONFIDENCE = 0.99

#: Flags that describe the old location or the old choice, and so no longer hold after a reassignment.
_STALE = ("ambiguous", "unlocated", "point_on_line", "coordinate_agrees", "coordinate_conflict", "reassigned",
          "derived_crossing", "derived_border_post", "part_in_country", "fuzzy", "transliterated",
          "not_in_gazetteer", "placed_at_")


def reassign(mention, place, gazetteer=None, confidence: float = MANUAL_CONFIDENCE):
    """A copy of ``mention`` located at ``place`` (a place id, a :class:`Place` or a lookup ``Candidate``).

    The place is usually one of ``mention.candidates`` (the readings the geocoder weighed and
    rejected) but can be any place of ``gazetteer`` (loaded when None), e.g. one added at run time
    with ``gazetteer.add``.  In the copy: the place fields (``place_id``, ``name``, ``feature_type``,
    ``country``, ``lat``/``lon``, precisions, ``admin1``/``admin2``) are the new place's; the old
    reading moves into ``candidates`` (scored with the old confidence) and the new one leaves it;
    ``confidence`` is ``confidence``; flags that spoke of the old location ("ambiguous",
    "unlocated", "point_on_line", "coordinate_*") are dropped, "unlocated" is set again if the new
    place has no coordinate, and "reassigned" is added.  ``mention`` itself is not changed.

    Raises KeyError for a place id the gazetteer does not know.
    """
    if hasattr(place, "place") and isinstance(getattr(place, "place"), Place):  # a Candidate
        place = place.place
    if not isinstance(place, Place):
        if gazetteer is None:
            from pyanj.gazetteer import load
            gazetteer = load()
        pid = str(place)
        place = gazetteer.get(pid)
        if place is None:
            raise KeyError(f"no place with id {pid!r} in the gazetteer")

    new = copy.deepcopy(mention)
    others = [c for c in (mention.candidates or []) if c.get("id") != place.id]
    if mention.place_id and mention.place_id != place.id:
        others.insert(0, {"id": mention.place_id, "country": _old_country(mention, gazetteer),
                          "score": mention.confidence})
    new.candidates = others

    new.set_place(place)
    new.confidence = round(float(confidence), 3)

    new.flags = [f for f in (mention.flags or []) if not f.startswith(_STALE)]
    if not place.located:
        new.flags.append("unlocated")
    new.flags.append("reassigned")
    return new


def _old_country(mention, gazetteer):
    """The gazetteer's country string of the mention's old place (what ``candidates`` entries carry)."""
    p = gazetteer.get(mention.place_id) if gazetteer is not None else None
    return p.country if p is not None else mention.country
