"""Compound names the matcher found only a part of: "Garm Chasma", "Sarhad-e-Boroghil".

A name of two or three words (or parts joined by hyphens and an izafa) may hold a shorter name the
gazetteer lists: "Garm" (the old name of Rasht) inside "Garm Chasma" (Garm Chashma, misspelt), "Sarhad"
and "Boroghil" inside "Sarhad-e-Boroghil" (Sarhad-e Broghil). The matcher takes the parts it knows, and
the spelling finder (``pyanj.text.fuzzy``) leaves runs that hold a found name alone, so the compound is
lost to its parts. ``widen_compounds`` looks, around each found name that a joined capitalised word
touches, for the longest run of such words holding it that is a transliterated or misspelt spelling of
a listed name (``SpellingIndex.lookup``, the same bounds: 6+ letters, one typo, two from 10+; or, 8+
letters, the name with its final -a or -h written or left out: "Qala-e-Panj" = Qala-e Panja), and puts
that name's span in place of the parts it covers. The new span passes the checks every spelling span
passes (organisations, people, an ordinary word opening a sentence).
"""

from __future__ import annotations

import re

from pyanj.text import spans as S
from pyanj.text.fuzzy import _candidates, _opens_sentence, _spelling_span
from pyanj.text.normalize import join_key
from pyanj.text.unlisted import FLAG as UNLISTED_FLAG
from pyanj.text.vocab import LEAD_WORDS

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
#: A capitalised word (no hyphen: hyphens join the parts), then up to three more joined by a space, a
#: hyphen or an izafa ("-e-", "-i-", "-ye-", "-e ", " e-").
_PART = r"[" + _UP + r"][\w’'ʼ]*"
_JOIN = r"(?:-(?:[eiy]{1,2}-)?|-(?:[eiy]{1,2}) | (?:[eiy]{1,2}-)?)"
_COMPOUND = re.compile(_PART + r"(?:" + _JOIN + _PART + r"){1,3}")
#: A word broken at a line's end by a hyphen, its rest in lower case ("Dush-\nanbe": a printed page's text).
_BROKEN = re.compile(r"(?<![\w\-])([" + _UP + r"][a-z]+)-(?:\n[ \t]*| )([a-z]+)(?![\w\-])")
#: Where a hyphen may end a line: also a hyphen and a space, a line break a text extraction flattened
#: ("Faiza- bad", a digitised guidebook's page).
_BREAKS = ("-\n", "- ")
_ANY_BREAK = re.compile("|".join(map(re.escape, _BREAKS)))
#: How far around a name the compound holding it is looked for.
_REACH = 40


def widen_compounds(prep, spans: list, gz) -> list:
    """``spans`` with each compound found only in part replaced by the span of the whole (flag
    ``transliterated`` / ``fuzzy``), in document order."""
    text = prep.text
    n = len(text)
    index = None
    out, replaced, last = [], set(), -1
    for sp in spans:
        s, e = sp.start, sp.end
        if s < last or not sp.ids:
            continue
        if not (_joined_after(text, e, n) or _joined_before(text, s)):
            continue  # (most names: no capitalised word nor izafa joined to them)
        if index is None:
            index = gz.spelling_index()
        got = _widest(prep, s, e, index, gz.index)
        if got is None:
            continue
        ws, we, hit = got
        inside = [o for o in spans if o.start < we and o.end > ws]
        if any(o.start < ws or o.end > we for o in inside):
            continue  # (a name running past the compound: not the compound's part)
        new = _spelling_span(S, prep, ws, we, hit, gz)
        if new is None:
            continue
        for o in inside:
            replaced.add(id(o))
            new.cue = new.cue or o.cue
        out.append(new)
        last = we
    if not out:
        return spans
    spans = sorted([sp for sp in spans if id(sp) not in replaced] + out, key=lambda sp: (sp.start, sp.end))
    S._share_list_cues(text, spans)
    return spans


#: Tajik and Persian words of position that open a village's name before a hyphen: "upper" (bar, bolo, bala) and
#: "lower" (poi, poyon, payin). "Бар-Пяндж", "Poi-Mazar": a village named after the river or place it lies above
#: or below, not that river or place.
POSITION_PREFIXES = frozenset({"bar", "bolo", "bala", "poi", "poyon", "payin", "бар", "боло", "бала", "пои", "поён",
                               "поян"})
_PREFIX_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_][^\W\d_]{1,4})-\Z")


def position_compounds(text: str, spans: list) -> list:
    """``spans`` with each listed name that a word of position opens with a hyphen ("Бар-Пяндж") replaced by
    the whole compound, a village the gazetteer lacks (flag ``not_in_gazetteer``): the village, not the
    river or town it is named after. A compound the gazetteer lists was matched whole before this runs."""
    out = None
    for i, sp in enumerate(spans):
        if not sp.ids or sp.start < 3 or text[sp.start - 1] != "-":
            continue
        got = _PREFIX_BEFORE.search(text, max(0, sp.start - 7), sp.start)
        if got is None or not got.group(1)[0].isupper() or got.group(1).lower() not in POSITION_PREFIXES:
            continue
        if out is None:
            out = list(spans)
        s = got.start(1)
        surface = text[s:sp.end]
        out[i] = S.Span(s, sp.end, surface, join_key(surface), [], "village", None, True, [UNLISTED_FLAG], False,
                        S._prev_word(text, s))
    return spans if out is None else out


#: A hyphen or dash joining two names ("Тем-Демоган", "Тем—Демогане"), and the capitalised word after it.
_PAIR_AFTER = re.compile(r"[-–—]([^\W\d_][^\W\d_’'ʼ]+)(?![\w\-–—])")


def joined_alias_pairs(text: str, spans: list, gz) -> list:
    """``spans`` with each name joined by a hyphen to another name of the same crossing ("Тем-Демогане": Tem and
    Demogan, the two ends of one bridge) made one span of that crossing. The second name is read through its
    transliteration, and in Russian through the nominatives its case ending allows."""
    out, dropped = None, set()
    for i, sp in enumerate(spans):
        if not sp.ids or text[sp.end:sp.end + 1] not in "-–—" or not text[sp.end + 1:sp.end + 2].isupper():
            continue
        got = _PAIR_AFTER.match(text, sp.end)
        if got is None:
            continue
        inside = [o for o in spans if o is not sp and o.start < got.end() and o.end > sp.end]
        if len(inside) > 1 or inside and (inside[0].start != sp.end + 1 or inside[0].end != got.end()):
            continue
        # the second name found on its own ("Demogan"): the places both name; else the places it names
        if inside:
            ids = [i for i in sp.ids if i in inside[0].ids]
        else:  # (the pair may name a place neither name alone is read as: "Тем" is the village)
            pool = list(dict.fromkeys(sp.ids + _spelt(gz, got.group(1))))
            ids = [i for i in _places_named(gz, got.group(1), pool) if i in sp.ids or _places_named(gz, sp.surface, [i])]
        ids = [i for i in ids if gz.places[i].feature_type == "crossing"]  # (two names of one region are two
        if not ids:  # regions' names: "Badakhshan–GBAO", the Afghan province and the Tajik one)
            continue
        if out is None:
            out = list(spans)
        dropped.update(id(o) for o in inside)
        out[i] = S.Span(sp.start, got.end(), text[sp.start:got.end()], sp.key, ids, sp.cue, sp.country_hint,
                        sp.literal, list(sp.flags), sp.after_the, sp.prev_word, sp.group)
    return spans if out is None else [sp for sp in out if id(sp) not in dropped]


def _spelt(gz, word: str) -> list[str]:
    """The places a name's transliteration key (or, in Russian, a nominative's) lists."""
    from pyanj.text.russian import is_cyrillic, nominatives, with_spellings
    out: list[str] = []
    for f in [word] + (nominatives(word) if is_cyrillic(word) else []):
        out = with_spellings(out, f, gz, True)
    return out


def _places_named(gz, word: str, ids: list[str]) -> list[str]:
    """Those of ``ids`` one of whose names is ``word`` (as listed, transliterated or, in Russian, declined)."""
    from pyanj.text.russian import is_cyrillic, nominatives
    from pyanj.text.translit import translit_keys
    forms = [word] + (nominatives(word) if is_cyrillic(word) else [])
    keys = {join_key(f) for f in forms} | {tk for f in forms for tk in translit_keys(f)}
    out = []
    for pid in ids:
        p = gz.places[pid]
        names = [p.name] + [a.name for a in p.aliases]
        if any(join_key(n) in keys or any(tk in keys for tk in translit_keys(n)) for n in names):
            out.append(pid)
    return out


def _joined_after(text: str, e: int, n: int) -> bool:
    """A hyphen and a letter, or a space and a capital or an izafa ("e-", "i ") right after ``e``."""
    if e + 1 >= n:
        return False
    c, d = text[e], text[e + 1]
    if c == "-":
        return d.isalpha()
    return c == " " and (d.isupper() or (d in "eiy" and text[e + 2:e + 3] in ("-", " ")))


def _joined_before(text: str, s: int) -> bool:
    """A letter and a hyphen, or a capitalised word (not a sentence's lead word) and a space before ``s``."""
    if s < 2:
        return False
    c = text[s - 1]
    if c == "-":
        return text[s - 2].isalpha()
    if c != " ":
        return False
    j = s - 2
    while j >= 0 and (text[j].isalnum() or text[j] in "’'"):
        j -= 1
    word = text[j + 1:s - 1]
    return bool(word) and word[0].isupper() and word.lower() not in LEAD_WORDS


def rejoin_broken_words(prep, spans: list, gz) -> list:
    """``spans`` with a span for each capitalised word a line break split with a hyphen ("Dush-\nanbe", "Faiza- bad")
    whose two halves, joined, are a name the gazetteer lists (a word that is a name in its own right
    before the hyphen, "Khorog-\nbased", stays that name: the joined word is none)."""
    text = prep.text
    if _ANY_BREAK.search(text) is None:  # (``_BREAKS`` in one search from their common hyphen)
        return spans
    out = []
    for m in _broken_words(text):
        ids = gz.index.get(join_key(m.group(1) + m.group(2)))
        if not ids or any(sp.start < m.end() and sp.end > m.start() for sp in spans if sp.ids):
            continue
        sp = _spelling_span(S, prep, m.start(), m.end(), ("rejoined", join_key(m.group(0)), tuple(ids)), gz)
        if sp is not None:
            sp.flags = []
            out.append(sp)
    if not out:
        return spans
    taken = [(o.start, o.end) for o in out]
    spans = [sp for sp in spans if not any(sp.start < e and sp.end > s for s, e in taken)] + out
    return sorted(spans, key=lambda sp: (sp.start, sp.end))


def _broken_words(text: str):
    """The matches of ``_BROKEN``, tried only where a hyphen ends a line (a scan by ``str.find``)."""
    for brk in _BREAKS:
        i = text.find(brk)
        while i >= 0:
            j = i
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            m = _BROKEN.match(text, j) if j < i else None
            if m is not None:
                yield m
            i = text.find(brk, i + 2)


def _widest(prep, s: int, e: int, index, known):
    """(start, end, hit) of the longest compound around ``text[s:e]`` that is a spelling of a listed
    name (not the name found itself), or None."""
    text = prep.text
    lo = max(0, s - _REACH)
    for m in _COMPOUND.finditer(text, lo, min(len(text), e + _REACH)):
        if m.start() > s:
            break
        if m.end() < e or (m.start() > lo and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")):
            continue
        parts = list(re.finditer(_PART, m.group(0)))
        best = None
        for i in range(len(parts)):
            for j in range(len(parts), i, -1):
                a, b = m.start() + parts[i].start(), m.start() + parts[j - 1].end()
                if a > s or b < e or (a, b) == (s, e) or j - i < 2:
                    continue
                if best is not None and b - a <= best[1] - best[0]:
                    continue
                cand = _candidates(text, a, b)
                if cand != (a, b):
                    continue  # (a lead word, a title, an organisation's word, a head: not one name)
                hit = index.lookup(text[a:b], known, _opens_sentence(prep, a)) or _final_vowel(text[a:b], known)
                if hit is not None and hit[0] in ("transliterated", "fuzzy"):
                    best = (a, b, hit)
        return best
    return None


def _final_vowel(surface: str, known):
    """("fuzzy", key, ids) of the one listed name a compound of 8+ letters meets with its final -a or -h
    written or left out ("Qala-e-Panj" = Qala-e Panja), else None; one of two or more: no evidence for
    either. (A single word that merely lengthens a name is an adjective or a surname; compounds only here.)"""
    jk = join_key(surface)
    if len(jk) < 8:
        return None
    tries = [jk + "a", jk + "h"] + ([jk[:-1]] if jk[-1] in "ah" else [])
    hits = [k for k in tries if k in known]
    if len(hits) != 1:
        return None
    return ("fuzzy", hits[0], tuple(known[hits[0]]))
