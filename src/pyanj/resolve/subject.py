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
#: The longest heading line (characters).
_LINE_MAX = 120
#: Markup around a heading's name: wiki "= X =", markdown "# X", table cells "X | |".
_MARKUP = " \t=#*|-–—:"
#: A reading whose point is this close (km) to the page's coordinate is the one it speaks of.
NEAR_KM = 25.0
#: Words that label a page's own coordinate in its header (the infobox line).
_COORD_LABELS = ("coordinates", "coordinate", "location", "координаты")


def subject_span(text: str, spans) -> int | None:
    """Index in ``spans`` (sorted by start) of the span that is alone on one of the text's first lines,
    markup aside; None when no heading line is a bare name (news, most texts). Countries count too: the
    caller decides what a subject means for each kind of place."""
    for k, sp in enumerate(spans):
        if sp.start >= HEAD_CHARS or k >= 16:
            return None
        if sp.end - sp.start > _LINE_MAX:
            continue
        ls = text.rfind("\n", max(0, sp.start - _LINE_MAX), sp.start) + 1  # (bounded: a text may have no newline)
        le = text.find("\n", sp.end, sp.end + _LINE_MAX)
        le = min(len(text), sp.end + _LINE_MAX) if le < 0 else le
        if (ls == 0 and sp.start > _LINE_MAX) or text[ls:sp.start].strip(_MARKUP) or text[sp.end:le].strip(_MARKUP):
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
        if not label and c.start < HEAD_CHARS and _alone_on_line(text, c.end):
            return c  # (an infobox prints its coordinate on a line of its own: "36°43′10″ с. ш. 71°37′40″ в. д.")
    return None


def _alone_on_line(text: str, end: int) -> bool:
    """Nothing but markup between ``end`` and the end of its line (an infobox's label glued after it,
    "в. д.HGЯO", is markup too when upper-case)."""
    le = text.find("\n", end)
    rest = text[end:le if le >= 0 else len(text)].strip(_MARKUP + " ")
    return not rest or rest.isupper() and " " not in rest


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


def head_end(text: str) -> int:
    """Where a page's head (its title, name lines, infobox) ends: the start of its first line of prose
    (ten words or more, with a full stop), or ``HEAD_CHARS * 2``."""
    pos = 0
    limit = min(len(text), HEAD_CHARS * 2)
    while pos < limit:
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        line = text[pos:end]
        if len(line.split()) >= 10 and "." in line:
            return pos
        if nl < 0:
            break
        pos = nl + 1
    return limit


def head_homonyms(text: str, mentions, subject, subject_id: str | None, gz) -> None:
    """In a page's head, a name read as a homonym of the page's subject — another of the subject name's
    readings, of the same kind ("Ноҳияи Шиғнони", the Tajik district's name, on the native-names line of
    the page about Afghanistan's Shighnan District) — is the subject: the head names the subject in its
    languages. Which reading the subject is, the coordinate its header states decides when it states one
    (the reading whose polygon holds it, or whose point is nearest); else the resolver's choice. The body
    is left alone ("a town of the same name on the other bank, Ishkoshim")."""
    if len(subject.ids) < 2:
        return
    subject_id = _reading_at(gz, subject.ids, header_coordinate(text, mentions)) or subject_id
    if subject_id is None or subject_id not in gz.places:
        return
    s = gz.places[subject_id]
    homonyms = set(subject.ids) - {subject_id}
    stop = head_end(text)
    for m in mentions:
        if m.start >= stop:
            break
        if m.place_id in homonyms and m.feature_type == s.feature_type:
            m.set_place(s)
            m.candidates = []
            m.flags = [f for f in m.flags if f not in ("ambiguous", "coordinate_agrees")] + ["subject_homonym"]


def _reading_at(gz, ids, c) -> str | None:
    """The one of ``ids`` whose polygon holds coordinate mention ``c``, else whose point is within
    ``NEAR_KM`` of it and nearest; None without a coordinate or such a reading."""
    if c is None:
        return None
    import shapely
    from pyanj.gazetteer import haversine_km
    pt = shapely.Point(c.lon, c.lat)
    held = [i for i in ids if (g := gz.geoms.get(i)) is not None and g.geom_type in ("Polygon", "MultiPolygon")
            and g.contains(pt)]
    if len(held) == 1:
        return held[0]
    near = sorted((haversine_km(p.lat, p.lon, c.lat, c.lon), p.id) for p in map(gz.places.get, ids)
                  if p is not None and p.located)
    return near[0][1] if near and near[0][0] <= NEAR_KM else None
