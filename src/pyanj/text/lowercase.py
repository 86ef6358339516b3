"""A name the text also writes in lower case: "… is spoken and understood in shughnan".

Informal and machine-extracted texts sometimes write a place's name in lower case. The matcher takes only
capitalised names (a lower-case word is far likelier an ordinary one), so ``lower_case_repeats`` adds a
lower-case word only when it is a name of a place the same text names capitalised (a span with that
candidate: "Shighnan" … "in shughnan"), the word has 6+ letters, is no ordinary word (``UNLISTED_STOP``),
and a locative preposition ("in", "from", "to", "at", "near", "of") stands right before it. The new span
keeps only the candidates the capitalised names have.
"""

from __future__ import annotations

import re

import numpy as np

from pyanj.text import spans as S
from pyanj.text.vocab import UNLISTED_STOP

#: Prepositions before a lower-case name that make it a place.
_BEFORE = ("in", "from", "to", "at", "near", "of")
_MIN_LETTERS = 6
#: (No look-behind: a pattern that opens with one lets the regex engine try every position of the text; this
#: one opens with the prepositions' first letters, and the word before is tested on each match instead. A
#: match that test rejects hides no match it should have: one would have to open within its 6+ letters.)
_AFTER = re.compile(r"(?:" + "|".join(_BEFORE) + r") ([a-z]{%d,})(?![\w\-’'])" % _MIN_LETTERS)


def lower_case_repeats(prep, spans: list, gz) -> list:
    """``spans`` with a span added for each lower-case repeat of a found name (see the module)."""
    text = prep.text
    found_ids = {i for sp in spans if sp.ids and sp.surface[:1].isupper() for i in sp.ids}
    if not found_ids:
        return spans
    found = []
    taken = None  # (built on the first lower-case word that is a found name's: most texts have none)
    index = gz.index
    found_at = _after_matches(text, prep.codes) if len(text) >= SCAN_FROM else (
        (m.start(), m.start(1), m.end(1)) for m in _AFTER.finditer(text))
    for b, s, e in found_at:
        if b and ((c := text[b - 1]).isalnum() or c == "_" or c == "-"):
            continue  # (the preposition ends a longer word: "within lowland"; what ``(?<![\w\-])`` said)
        low = text[s:e]
        if low in UNLISTED_STOP:
            continue
        ids = index.get(low)
        if not ids or found_ids.isdisjoint(ids):
            continue  # (no name, or none the text writes capitalised: an ordinary word)
        if taken is None:
            taken = [(sp.start, sp.end) for sp in spans]
        if any(a < e and b > s for a, b in taken):
            continue
        new = S.Span(s, e, low, low, [i for i in ids if i in found_ids], None, None, True, [], False,
                     text[b:s - 1])
        S._add_cues(text, new, gz)
        found.append(new)
    if not found:
        return spans
    return sorted(spans + found, key=lambda sp: (sp.start, sp.end))


#: From this many characters on, the prepositions are found on the code points (``_after_matches``): the regex
#: engine's scan grows with the text, the array pass's cost is mostly fixed (~0.1 ms); the two agree.
SCAN_FROM = 10000
_TWO = [tuple(map(ord, w)) for w in _BEFORE if len(w) == 2]
_FOUR = [tuple(map(ord, w)) for w in _BEFORE if len(w) == 4]
_LOWER_RUN = re.compile(r"[a-z]*")
_NOT_AFTER = "_-’'"
assert len(_TWO) + len(_FOUR) == len(_BEFORE)  # (no preposition ends another, none shares another's first letter)


def _after_matches(text: str, codes: np.ndarray):
    """(start, word start, word end) of each match ``_AFTER.finditer(text)`` finds, from the code points: the spaces
    with a preposition before them and six lower-case ASCII letters after them, found for all at once, then each
    word read to its end (the regex's look-ahead tested there). It may also give a match that overlaps the one
    before it (a preposition ending that one's word), which ``finditer`` skips: a letter stands right before such a
    match, and the caller drops every match so preceded."""
    n = len(codes)
    if n < _MIN_LETTERS + 3:
        return
    q = np.flatnonzero(codes[2:n - _MIN_LETTERS] == 32) + 2  # (spaces with a preposition's room before them)
    a, c = codes[q - 2], codes[q - 1]
    two = np.zeros(len(q), dtype=bool)
    for x, y in _TWO:
        two |= (a == x) & (c == y)
    four = np.zeros(len(q), dtype=bool)
    q4 = np.maximum(q, 4)
    w0, w1 = codes[q4 - 4], codes[q4 - 3]
    for x, y, z, t in _FOUR:
        four |= (q >= 4) & (w0 == x) & (w1 == y) & (a == z) & (c == t)
    keep = two | four
    q, two = q[keep], two[keep]
    for k in range(1, _MIN_LETTERS + 1):  # (then six lower-case ASCII letters after the space)
        ck = codes[q + k]
        keep = (ck >= 97) & (ck <= 122)
        q, two = q[keep], two[keep]
    for at, is_two in zip(q.tolist(), two.tolist()):
        s = at + 1
        e = _LOWER_RUN.match(text, s + _MIN_LETTERS).end()
        if e < n and ((c := text[e]).isalnum() or c in _NOT_AFTER):
            continue  # (what ``(?![\w\-’'])`` says)
        yield at - (2 if is_two else 4), s, e
