"""Names written where the word finders cannot see them: a dateline's capitals misspelt, and country names glued
together by a flattened infobox.

- A news agency's dateline opens its story with the town in capitals, then a date or the agency ("KBUL
  (Pajhwok): …", "DUSHABE, July 20, 2015, Asia-Plus – …"). A misspelt one is no acronym but a town: the word is
  looked up one typo away (a letter dropped, added, or two swapped; never the first letter) among the
  gazetteer's towns (not small villages), and taken when exactly one listed name is that near. The matcher takes
  a dateline spelt right; ``fuzzy`` skips words in capitals (acronyms), so this is the one place such a typo is
  read, and only at a line's start before a dateline's date or agency.
- Encyclopaedia pages copied as text lose the cells of their infoboxes: "LocationAfghanistanPakistan border",
  "CountriesKyrgyzstanTajikistan". A word made of capitalised parts, each a country's name or, first, an infobox
  label ("Location", "Country"), holds a mention of each country.
"""

from __future__ import annotations

import re

import numpy as np

from pyanj.text import spans as S
from pyanj.text.normalize import join_key

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
#: A line's first word(s) in capitals, then what follows a dateline's town: a date, the agency in brackets and a
#: colon or dash, or a dash.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z’'\-]{3,}(?: [A-Z][A-Z’'\-]{2,})?)(?=,[ \t]*(?:\d|(?:" + _MONTHS + r")[a-z]*\b)"
                       r"|[ \t]*\([A-Z][^()\n]{0,40}\)[ \t]*[:—–\-]|[ \t]+[—–][ \t])")
#: A line opening as ``_DATELINE`` needs (a capital and three more): found from its line break, which the regex
#: engine searches at C speed (``_DATELINE``'s "^" is tried at every position of the text).
_LINE_CAPITALS = re.compile(r"\n[ \t]*[A-Z][A-Z’'\-]{3}")
_FIRST_CAPITALS = re.compile(r"[ \t]*[A-Z][A-Z’'\-]{3}")


def _datelines(text: str):
    """``_DATELINE.finditer(text)``, tried only at the line starts that open with four capitals."""
    match = _DATELINE.match
    if _FIRST_CAPITALS.match(text) and (m := match(text, 0)) is not None:
        yield m
    for c in _LINE_CAPITALS.finditer(text):
        m = match(text, c.start() + 1)
        if m is not None:
            yield m


#: Fewest letters a dateline's listed town needs ("Kabul"; "Osh", "Kulob" written wrong are too like other words).
MIN_TOWN_LETTERS = 5
#: … and so many people (GeoNames), unless curated: a dateline names a town a news agency reports from.
MIN_POPULATION = 5000
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: Infobox labels a flattened page glues to the first country it names.
INFOBOX_LABELS = frozenset({"Location", "Country", "Countries", "Region", "Regions", "State", "States", "Borders",
                            "Range", "Nation"})
#: (No look-behind: opening with one makes the regex engine try every position of the text; opening with a capital
#: it jumps from capital to capital, and the character before is tested on each match. A match that test rejects
#: hides no match: its letters all follow a letter.)
_GLUED = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}(?![\w’'\-])")
_PART = re.compile(r"[A-Z][a-z]+")


def _edits(jk: str) -> set[str]:
    """The join keys one typo from ``jk``: a letter dropped, added or two neighbours swapped, never the first."""
    out = {jk[:i] + jk[i + 1:] for i in range(1, len(jk))}
    out |= {jk[:i] + c + jk[i:] for i in range(1, len(jk) + 1) for c in _LETTERS}
    out |= {jk[:i] + jk[i + 1] + jk[i] + jk[i + 2:] for i in range(1, len(jk) - 1) if jk[i] != jk[i + 1]}
    out.discard(jk)
    return out


def _taken(spans, s: int, e: int) -> bool:
    return any(sp.start < e and s < sp.end for sp in spans)


def dateline_towns(prep, spans: list, gz) -> list:
    """Spans (flag ``fuzzy``) for datelines whose town is misspelt in capitals ("KBUL", "DUSHABE")."""
    text = prep.text
    out = []
    for m in _datelines(text):
        s, e = m.span(1)
        word = m.group(1)
        if _taken(spans, s, e):
            continue  # (spelt right: the matcher's)
        jk = join_key(word)
        if len(jk) < MIN_TOWN_LETTERS - 1 or jk in gz.index:
            continue
        near = {}  # (the towns one typo away, each under the first key that reaches it)
        for k in sorted(_edits(jk)):
            if len(k) < MIN_TOWN_LETTERS:
                continue
            for i in gz.index.get(k, ()):
                p = gz.places[i]
                if p.feature_type == "settlement" and not p.weak and (p.curated or (p.population or 0) >= MIN_POPULATION):
                    near.setdefault(i, k)
        if len(near) != 1:
            continue  # none, or two towns equally near: no evidence for either
        (town, k), = near.items()
        sp = S.Span(s, e, word, k, [town], None, None, True, ["fuzzy"], False, "")
        out.append(sp)
    return out


def glued_countries(prep, spans: list, gz) -> list:
    """Spans for country names glued in one word by a flattened infobox ("LocationAfghanistanPakistan")."""
    text = prep.text
    out = []
    for m in _glued_words(text, prep.codes):
        if _taken(spans, m.start(), m.end()):
            continue
        parts = [(p.start(), p.end(), p.group()) for p in _PART.finditer(m.group())]
        if "".join(p[2] for p in parts) != m.group():
            continue  # (letters other than the parts': not a glued run of names)
        found = []
        for k, (a, b, part) in enumerate(parts):
            ids = [i for i in gz.index.get(join_key(part), ()) if gz.places[i].feature_type == "country"]
            if ids and len(part) >= 4:
                found.append((m.start() + a, m.start() + b, part, ids))
            elif not (k == 0 and part in INFOBOX_LABELS):
                found = []
                break
        if len(found) < 1 or (len(found) == 1 and len(parts) == 1):
            continue
        for a, b, part, ids in found:
            out.append(S.Span(a, b, part, join_key(part), ids, None, None, True, [], False, ""))
    return out


def _glued_words(text: str, codes) -> list:
    """The matches of ``_GLUED`` that no word character, apostrophe or hyphen precedes, in order. Each holds a
    lower-case letter before a capital, so the regex is tried only at the start of the words that do (found on
    the code points at numpy speed: most texts have a few, many none)."""
    c = codes
    low = (c[:-1] >= 97) & (c[:-1] <= 122)
    at = np.flatnonzero(low & (c[1:] >= 65) & (c[1:] <= 90)).tolist()
    out, last = [], -1
    for k in at:
        if k < last:
            continue  # (the same word as the capital before)
        p = k
        while p > 0 and "A" <= text[p - 1] <= "z" and text[p - 1].isalpha():
            p -= 1  # (back to the word's first ASCII letter)
        last = k + 2
        while last < len(text) and text[last].isalpha() and text[last].isascii():
            last += 1  # (past the word: its other capitals start no new word)
        if p and ((b := text[p - 1]).isalnum() or b in "_’'-"):
            continue  # (what a look-behind ``(?<![\w’'\-])`` would say)
        m = _GLUED.match(text, p)
        if m:
            out.append(m)
    return out


def add_glued_names(prep, spans: list, gz) -> list:
    """``spans`` with the datelines' misspelt towns and the infoboxes' glued countries added, in order."""
    new = dateline_towns(prep, spans, gz) + glued_countries(prep, spans, gz)
    if not new:
        return spans
    return sorted(spans + new, key=lambda sp: (sp.start, sp.end))
