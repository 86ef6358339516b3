"""The place a page is about: the name that heads it on a line of its own.

An encyclopaedia page, a gazetteer entry or a travel guide's chapter opens with its subject's name as a
heading ("Panj River", "= Wakhan =", "Tigrovaya Balka Nature Reserve | |"); a news text opens with a
sentence, not a bare name. What the subject changes:

- a river that is the page's subject is the whole river, not the stretch near the page's other places:
  its mentions keep the river's own point (``pyanj.resolve.extent``);
- a subject the gazetteer lacks or cannot locate is at the coordinate the page states for it in its header
  ("Coordinates: 37°16′N 68°28′E", the infobox line), as are the shorter forms of its name the page uses
  ("Tigrovaya Balka" for "Tigrovaya Balka Nature Reserve") — see :func:`locate_subject`.
"""

from __future__ import annotations

#: How far into a text its heading can be (characters), and how many non-blank lines it may follow
#: ("Jump to content", a site's name, a one-line teaser before the infobox).
HEAD_CHARS = 1500
HEAD_LINES = 5
#: Markup around a heading's name: wiki "= X =", markdown "# X", table cells "X | |".
_MARKUP = " \t=#*|-–—:"
#: Words that label a page's own coordinate in its header (the infobox line).
_COORD_LABELS = ("coordinates", "coordinate", "location", "координаты")


def subject_span(text: str, spans) -> int | None:
    """Index in ``spans`` (sorted by start) of the span that is alone on one of the text's first lines,
    markup aside; None when no heading line is a bare name (news, most texts). Countries count too: the
    caller decides what a subject means for each kind of place."""
    for k, sp in enumerate(spans):
        if sp.start >= HEAD_CHARS or k >= 16:
            return None
        ls = text.rfind("\n", 0, sp.start) + 1
        le = text.find("\n", sp.end)
        le = len(text) if le < 0 else le
        if le - ls > 120 or text[ls:sp.start].strip(_MARKUP) or text[sp.end:le].strip(_MARKUP):
            continue
        # one of the first lines: no more than HEAD_LINES - 1 non-blank lines before it
        before = text[:ls].split("\n")
        if sum(1 for line in before if line.strip(_MARKUP)) < HEAD_LINES:
            return k
        return None
    return None


def header_coordinate(text: str, mentions):
    """The valid coordinate mention the page states as its own ("Coordinates: …", "| Coordinates | …" at
    the start of its line, within the page's head), or None."""
    for c in mentions:
        if c.start >= HEAD_CHARS * 2:
            break
        if c.feature_type != "coordinate" or c.lat is None:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        label = text[line_start:c.start].strip(_MARKUP + " ").lower()
        if label in _COORD_LABELS:
            return c
    return None


def locate_subject(text: str, mentions, subject_surface: str) -> None:
    """Place the page's unlocated subject (and the shorter forms of its name, word for word its first
    words) at the coordinate its header states for it. Flag ``located_by_page_coordinate``."""
    c = header_coordinate(text, mentions)
    if c is None:
        return
    words = subject_surface.lower().split()
    for m in mentions:
        if m.feature_type in ("coordinate", "country") or m.located and not any(
                f.startswith("placed_at_") for f in m.flags):
            continue  # (a place the gazetteer locates keeps its point)
        w = m.surface.lower().split()
        if len(w) < 2 and len(words) > 1 or w != words[:len(w)]:
            continue
        m.lat, m.lon = c.lat, c.lon
        m.precision, m.geo_precision, m.where_prec = c.precision, c.geo_precision, c.where_prec
        m.country = m.country or c.country
        m.flags = [f for f in m.flags if f != "unlocated" and not f.startswith("placed_at_")]
        m.flags.append("located_by_page_coordinate")
