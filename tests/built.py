"""Helpers for tests that call one resolver rule on mentions built by hand (not on today's scores and margins)."""

import pyanj
from pyanj.mention import Mention

#: The bundled Panj's halfway point (river:panj): where a river spoken of as a whole is placed.
PANJ_MID = (38.323337, 70.595672)


def mention_at(gz, surface, start, place, others=(), flags=(), cue=None):
    """A mention of ``place`` at ``start``, with ``others`` as its other candidates."""
    m = Mention(None, start, start + len(surface), surface, "", flags=list(flags), cue=cue)
    m.set_place(gz.places[place])
    m.candidates = [{"id": o, "country": gz.places[o].country, "score": 0.5} for o in others]
    return m


def river_points(text: str, surface: str):
    """((lat, lon), flags) of each mention of ``surface`` that ``pyanj.geocode`` finds in ``text``."""
    return [((m.lat, m.lon), m.flags) for m in pyanj.geocode(text) if m.surface == surface]
