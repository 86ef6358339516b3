"""Texts -> located mentions: the geoparser's front door.

>>> import pyanj
>>> [m.name for m in pyanj.geocode("Trucks queued at Sherkhan-Bandar.")]
['Sher Khan Bandar–Panji Poyon bridge']

The chain, one record handed to the next: text -> ``Prepared`` (folded text, segments) -> ``Span`` /
``Coordinate`` -> ``DocContext`` -> ``Resolution`` -> ``Mention``. ``pyanj.resolve.inputs.mentions_from_inputs``
is the one loop from command-line inputs (texts, folders, ``-``, or mentions JSONL already geocoded) to mentions
that ``pyanj geocode``, ``layers`` and ``map`` share.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable

from pyanj.gazetteer import GEO_PRECISION, WHERE_PREC, Gazetteer, load
from pyanj.gazetteer.resolution import precision_for, stated_coordinate
from pyanj.mention import Mention, MentionList, place_values
from pyanj.resolve.abbrev import abbreviated_spans
from pyanj.resolve.backref import back_references
from pyanj.resolve.bank import province_by_text_bank, respelt_village_across, unlisted_bank
from pyanj.resolve.compass import compass_regions
from pyanj.resolve.unit_country import units_of_country
from pyanj.resolve.wakhan import tajik_wakhan
from pyanj.resolve.context import DocContext, build_context
from pyanj.resolve.evidence import (after_camp_word, camp_positions, coordinate_evidence, country_at, crossing_in,
                                    flag_references, place_rivers, qualified_readings)
from pyanj.resolve.crossings import unlisted_crossings
from pyanj.resolve.extent import follow_text
from pyanj.resolve.facility import canals_named_after, facilities_in_town
from pyanj.resolve.known_as import known_as
from pyanj.resolve.named_before import named_before, shortened_after_head
from pyanj.resolve.unit_word import unit_words
from pyanj.resolve.parenthetical import alternative_names
from pyanj.resolve.road_ends import roads_by_ends
from pyanj.resolve.score import resolve_span, single_cache, single_score
from pyanj.resolve.subject import head_homonyms, locate_subject, subject_span
from pyanj.resolve.textcoord import locate_by_parenthesis
from pyanj.resolve.unlisted import place_unlocated, unlisted_mention
from pyanj.text.coordinates import find_coordinates, format_dms
from pyanj.text.formats import replace_bad_chars
from pyanj.text.load import CHUNK_CHARS, split_text
from pyanj.text.prepare import prepare
from pyanj.text.references import reference_ranges
from pyanj.text.segment import sentence_text
from pyanj.text.recognize import find_spans

__all__ = ["geocode", "geocode_documents", "country_at"]


def geocode(text: str, doc_id: str | None = None, gazetteer: Gazetteer | None = None, *,
            title: str | None = None, url: str | None = None, date: str | None = None,
            weights=None) -> MentionList:
    """Every place ``text`` names, located and tied to its sentence, in document order (``weights``: a
    ``pyanj.resolve.weights.Weights`` to weigh the evidence with, default the bundled ones).

    A text longer than ``pyanj.text.load.CHUNK_CHARS`` is geocoded in pieces, as ``pyanj geocode`` does,
    so memory stays bounded; NULs and lone surrogates count as U+FFFD. Wrong argument types: TypeError."""
    _check_args(text, doc_id, gazetteer, title=title, url=url, date=date)
    text = replace_bad_chars(text)
    gz = gazetteer or load()
    # geocoding allocates many short-lived, acyclic objects: pausing the cyclic garbage collector
    # (which would otherwise rescan the gazetteer's large object graph again and again) saves ~15 %
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if len(text) <= CHUNK_CHARS:
            return _geocode(text, doc_id, gz, (title, url, date), weights)
        out = MentionList()
        for off, piece in split_text(text):
            for m in _geocode(piece, doc_id, gz, (title, url, date), weights):
                m.start, m.end = m.start + off, m.end + off
                m.sentence_start, m.sentence_end = m.sentence_start + off, m.sentence_end + off
                out.append(m)
        return out
    finally:
        if was_enabled:
            gc.enable()


def _check_args(text, doc_id, gazetteer, **meta) -> None:
    """The public API's argument types, checked up front: a clear TypeError, not an AttributeError deep inside."""
    if not isinstance(text, str):
        raise TypeError(f"geocode() takes the text as a str, not {type(text).__name__}")
    if doc_id is not None and not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str or None, not {type(doc_id).__name__}")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"gazetteer must be a pyanj Gazetteer (pyanj.load_gazetteer()), "
                        f"not {type(gazetteer).__name__}")
    for k, v in meta.items():
        if v is not None and not isinstance(v, str):
            raise TypeError(f"{k} must be a str or None, not {type(v).__name__}")


def _geocode(text: str, doc_id: str | None, gz: Gazetteer, doc: tuple, weights=None) -> MentionList:
    prep = prepare(text)
    spans = back_references(text, abbreviated_spans(text, find_spans(prep, gz), gz))
    coords = find_coordinates(prep)
    if coords:  # a coordinate's digits are never a name
        spans = _outside(spans, coords)
    sent_of = prep.segments.locate([sp.start for sp in spans])
    ctx = build_context(prep, spans, sent_of, coords, gz, weights)
    head = subject_span(text, spans)
    if head is not None:
        ctx.subject = spans[head]
        ctx.subject_id = spans[head].ids[0] if len(spans[head].ids) == 1 else None
    mentions = _name_mentions(prep, spans, sent_of, ctx, gz, doc_id, doc)
    if coords:
        mentions.extend(_coordinate_mentions(prep, coords, gz, doc_id, doc))
        mentions.sort(key=lambda m: (m.start, m.end))
        coordinate_evidence(text, mentions, prep.segments, gz, ctx.weights)
        if ctx.subject is not None:
            locate_subject(text, mentions, ctx.subject.surface)
        locate_by_parenthesis(text, mentions)
    if ctx.subject is not None:
        head_homonyms(text, mentions, ctx.subject, ctx.subject_id, gz)
    qualified_readings(text, mentions, gz)
    named_before(mentions, gz)  # "Горного Бадахшана … в Бадахшане": the place named in full before
    shortened_after_head(mentions, gz)  # "Lake Karakol … to Karakol": the lake, not a Kyrgyz town
    unit_words(text, mentions, gz)  # "провинции Бадахшан": the Afghan province, "области": Tajikistan's (over named_before)
    tajik_wakhan(mentions, gz)
    province_by_text_bank(mentions, gz, text)  # (after the words and the names in full had their say)
    compass_regions(text, mentions, gz)
    units_of_country(text, mentions, gz)
    mentions = roads_by_ends(text, mentions)  # "the Baharak-Faizabad road": one road, not two places
    alternative_names(text, mentions, gz)
    known_as(text, mentions)  # "Zorkul, known to the British as Lake Victoria"
    facilities_in_town(text, mentions)
    canals_named_after(text, mentions)
    unlisted_crossings(mentions, gz)
    respelt_village_across(mentions)  # ("Now Abad … villages of the district" in an Afghan text: not Tajik Novobod)
    unlisted_bank(mentions)
    flag_references(mentions, reference_ranges(text))
    if any(se - ss > SENTENCE_MAX for ss, se in prep.segments.sentences):  # (rare: a column of names)
        for m in mentions:
            if m.sentence_end - m.sentence_start > SENTENCE_MAX:
                _cap_sentence(m, prep.text)
    return mentions


#: The longest ``sentence`` a mention stores: a longer one (a column of names with no full stop) is cut to
#: this many characters around the mention, so the output grows with the text, not with its square.
SENTENCE_MAX = 1000


def _cap_sentence(m: Mention, text: str) -> None:
    """Keep the ``SENTENCE_MAX`` characters of the sentence around the mention; ``sentence_start`` and
    ``sentence_end`` then give the excerpt's offsets, so ``sentence`` is still ``text[start:end]`` folded."""
    ss, se = m.sentence_start, m.sentence_end
    room = max(0, SENTENCE_MAX - (m.end - m.start))
    ws = max(ss, m.start - room // 2)
    we = min(se, max(m.end, ws + SENTENCE_MAX))
    ws = max(ss, min(ws, we - SENTENCE_MAX))
    m.sentence, m.sentence_start, m.sentence_end = sentence_text(text, (ws, we)), ws, we
def _outside(spans, coords) -> list:
    """The spans overlapping no coordinate (one bisection per span, not spans × coordinates)."""
    from bisect import bisect_left
    coords = sorted(coords, key=lambda c: c.start)
    starts = [c.start for c in coords]
    reach, far = [], -1  # reach[i]: the furthest end of coordinates 0..i
    for c in coords:
        far = max(far, c.end)
        reach.append(far)
    out = []
    for s in spans:
        i = bisect_left(starts, s.end)  # coordinates 0..i-1 start before the span ends
        if i == 0 or reach[i - 1] <= s.start:
            out.append(s)
    return out


def _values_of(p, kept: dict) -> tuple:
    """The values a mention takes from place ``p``: (FIELDS place_id … where_prec, admin1, admin2), that is
    ``place_values`` split where the Mention's fields are; ``kept``: the per-gazetteer store of them."""
    got = kept.get(p.id)
    if got is None:
        v = place_values(p)
        got = kept[p.id] = (v[:9], v[9], v[10])
    return got


def _single(sp, ctx: DocContext, gz: Gazetteer, single: dict, kept: dict) -> tuple:
    """(place, its mention values, confidence, rare) of a name with one candidate (most names), worked out once
    per gazetteer, place and cue (``rare``: whether the rare checks of ``_refine`` can apply — a camp-context
    type, unlocated, a bridge cue, a river)."""
    p = gz.places[sp.ids[0]]
    rare = p.feature_type in ("admin1", "admin2", "settlement", "river", "physical") or not p.located \
        or sp.cue == "bridge_in"
    got = single[(sp.ids[0], sp.cue)] = (p, _values_of(p, kept), round(single_score(p, sp.cue, gz, ctx.weights), 3),
                                         rare)
    return got


def _several(sp, si: int, pi: int, ctx: DocContext, gz: Gazetteer, kept: dict) -> tuple:
    """(place, its mention values, confidence, resolution) of a name with several candidates, weighed in
    context; once resolved, it joins the anchors for later names."""
    res = resolve_span(sp, gz, ctx, si, pi)
    p = res.place
    if p is None:
        return None, None, res.confidence, res
    ctx.note_group(sp, p)
    if p.located and not res.ambiguous and p.feature_type not in ("country", "river"):
        ctx.add_anchor(p, pi, p.lat, p.lon, sp.start)
    return p, _values_of(p, kept), res.confidence, res


def _name_mentions(prep, spans, sent_of, ctx: DocContext, gz: Gazetteer, doc_id, doc) -> MentionList:
    """One mention per span, in order, with the context built so far."""
    text, sentences, lang = prep.text, prep.segments.sentences, prep.lang
    title, url, date = doc
    mentions = MentionList()
    add = mentions.append
    sent_cache: dict[int, str] = {}
    single = single_cache(gz, ctx.weights)
    kept = gz.derived("mention_values", dict)
    camp_at = camp_positions(prep)
    for sp, (si, pi) in zip(spans, sent_of):
        ids = sp.ids
        if not ids:  # a name the gazetteer lacks, found from its cue word: placed at its admin unit
            m = unlisted_mention(prep, sp, si, pi, spans, sent_of, ctx, gz, doc_id, doc)
            m.lang = lang
            add(m)
            continue
        if len(ids) > 1 and sp.cue is None and _after_river_of(text, sp.start):
            sp.cue = "river"  # "the border river of Panj": the river, not the town (a cue like "Panj River")
        if len(ids) == 1:
            got = single.get((ids[0], sp.cue))
            p, values, conf, rare = got if got is not None else _single(sp, ctx, gz, single, kept)
            res = None
        else:
            p, values, conf, res = _several(sp, si, pi, ctx, gz, kept)
            rare = True
        flags = sp.flags
        if flags and p is not None and flags[0] in ("fuzzy", "transliterated"):  # (text/fuzzy.py)
            conf = round(max(0.05, conf - (ctx.weights.fuzzy_penalty if flags[0] == "fuzzy"
                                           else ctx.weights.transliterated_penalty)), 3)
        ss, se = sentences[si]
        sentence = sent_cache.get(si)
        if sentence is None:
            sentence = sent_cache[si] = sentence_text(text, (ss, se))
        if p is None:
            m = Mention(doc_id, sp.start, sp.end, sp.surface, sentence, flags=list(flags), literal=sp.literal,
                        sentence_start=ss, sentence_end=se, cue=sp.cue, doc_title=title, doc_url=url, doc_date=date,
                        lang=lang)
        else:  # (the fields in order: see mention.FIELDS + EXTRA_FIELDS)
            m = Mention(doc_id, sp.start, sp.end, sp.surface, sentence, *values[0], conf, [],
                        list(flags) if flags else [], sp.literal, ss, se, values[1], values[2], sp.cue, title, url,
                        date, None, lang)
        if not sp.literal:
            m.flags.append("non_literal")
        if rare and p is not None:  # (most names: a country, a crossing … with nothing more to say)
            _refine(m, sp, p, res, ctx, gz, (si, pi), camp_at)
            if not p.located:  # ("Ayvaj border post in Shahritus district": the district the text names)
                place_unlocated(m, prep, sp, si, pi, spans, sent_of, ctx, gz)
        add(m)
    place_rivers(ctx, gz)  # (rivers along their line: once every name, and so every place of the text, is known)
    return mentions


#: "the (border) river of X", "the confluence with the X", "слияния с X", "the Tajik side / the banks of the X":
#: the words before a name that make it a river's (a town has no confluence; "side of" a town takes no "the").
RIVER_OF = re.compile(r"(?i)(?:(?:\brivers?\s+of|\bconfluence\s+with|\bслияни\w*\s+со?)\s+(?:the\s+)?"
                      r"|\b(?:side|banks?)\s+of\s+the\s+)$")


def _after_river_of(text: str, start: int) -> bool:
    """Do the words right before ``start`` say "river of" ("bridges across the border river of Panj") or
    "confluence with" ("до слияния с Вахшем")?"""
    if start < 4:
        return False
    near = text[max(0, start - 22):start]
    return ("of" in near or "with" in near or "с" in near) and RIVER_OF.search(near) is not None


def _refine(m: Mention, sp, p, res, ctx: DocContext, gz: Gazetteer, where: tuple[int, int], camp_at: list[int]) -> None:
    """Flags and evidence beyond the place itself: camp context, unlocated, the candidates weighed,
    the crossing "the bridge in X" speaks of, a river's point near the text's places (``where``: the
    sentence and paragraph indices)."""
    si, pi = where
    ft = p.feature_type
    if camp_at and ft in ("admin1", "admin2", "settlement") and after_camp_word(camp_at, m.sentence_start, sp.start):
        m.flags.append("camp_context")
    if not p.located:
        m.flags.append("unlocated")
    if res is not None:
        if len(res.ranked) > 1:
            m.candidates = [{"id": q.id, "country": q.country, "score": round(sc, 3)} for q, sc in res.ranked[1:]]
        if res.ambiguous:
            m.flags.append("ambiguous")
    if sp.cue == "bridge_in" and ft != "crossing":
        m.related_place_id = crossing_in(gz, p)
    follow_text(m, sp, p, ctx, gz, pi, si)  # a crossing word, a river's or range's extent (resolve/extent.py)


def _coordinate_mentions(prep, coords, gz: Gazetteer, doc_id, doc) -> list[Mention]:
    """One mention per explicit coordinate: located (exact) when valid, flagged when not."""
    text, seg = prep.text, prep.segments
    title, url, date = doc
    out = []
    for c in coords:
        si = seg.sentence_of(c.start)
        ss, se = seg.sentences[si]
        m = Mention(doc_id, c.start, c.end, c.surface, sentence_text(text, (ss, se)), feature_type="coordinate",
                    sentence_start=ss, sentence_end=se, doc_title=title, doc_url=url, doc_date=date, lang=prep.lang)
        if c.valid:
            m.lat, m.lon = c.lat, c.lon
            m.name = format_dms(c.lat, c.lon)
            # "37°29′N 71°33′E" is given to the minute: no exact point (see gazetteer.resolution)
            prec = precision_for("exact", (stated_coordinate(c.surface) or (None, None))[1])
            m.precision, m.geo_precision, m.where_prec = prec, GEO_PRECISION[prec], WHERE_PREC[prec]
            m.confidence = 0.99
            m.country = country_at(gz, c.lat, c.lon)
        else:
            m.name = c.surface
            m.flags.append(f"invalid_coordinate: {c.error}")
        out.append(m)
    return out


def geocode_documents(docs: Iterable, gazetteer: Gazetteer | None = None, weights=None) -> MentionList:
    """Geocode many documents (``pyanj.text.load.Document`` objects or ``(doc_id, text)`` pairs)."""
    if isinstance(docs, (str, bytes)):
        raise TypeError("geocode_documents() takes an iterable of documents or (doc_id, text) pairs, not one text")
    gz = gazetteer or load()
    out = MentionList()
    for d in docs:
        if isinstance(d, tuple) and len(d) != 2 or not isinstance(d, tuple) and not hasattr(d, "text"):
            raise TypeError(f"each document must be a Document or a (doc_id, text) pair, not {d!r:.60}")
        if isinstance(d, tuple):
            out.extend(geocode(d[1], d[0], gz, weights=weights))
        else:
            out.extend(geocode(d.text, d.doc_id, gz, title=d.title, url=d.url, date=d.date, weights=weights))
    return out


def document_mentions(doc, gz: Gazetteer, weights=None):
    """The mentions of one ``Document``, a huge text geocoded in pieces (offsets shifted back), in order."""
    from pyanj.text.load import Document, split_text
    for off, piece in split_text(doc.text):
        part = doc if off == 0 and len(piece) == len(doc.text) else Document(
            doc.doc_id, piece, doc.path, title=doc.title, url=doc.url, date=doc.date)
        found = geocode(part.text, part.doc_id, gz, title=part.title, url=part.url, date=part.date,
                        weights=weights)
        for m in found:
            if off:
                m.start += off
                m.end += off
                m.sentence_start += off
                m.sentence_end += off
            yield m


def serial_mentions(docs, gz: Gazetteer | None, counts: list[int], on_error=None, weights=None, encode=None):
    """The mentions of ``docs`` geocoded here, one document after another (``encode(m)`` instead of each
    mention when given); ``on_error(doc, e)`` for a document the geocoder failed on, then ``e`` is raised."""
    for doc in docs:
        gz = gz or load()
        counts[0] += 1
        found = document_mentions(doc, gz, weights)
        while True:
            try:
                m = next(found)
            except StopIteration:
                break
            except Exception as e:
                if on_error is not None:
                    on_error(doc, e)
                raise
            counts[1] += 1
            yield encode(m) if encode is not None else m
