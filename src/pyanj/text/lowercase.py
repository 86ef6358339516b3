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
    for m in _AFTER.finditer(text):
        b = m.start()
        if b and ((c := text[b - 1]).isalnum() or c == "_" or c == "-"):
            continue  # (the preposition ends a longer word: "within lowland"; what ``(?<![\w\-])`` said)
        low = m.group(1)
        if low in UNLISTED_STOP:
            continue
        ids = index.get(low)
        if not ids or found_ids.isdisjoint(ids):
            continue  # (no name, or none the text writes capitalised: an ordinary word)
        s, e = m.start(1), m.end(1)
        if taken is None:
            taken = [(sp.start, sp.end) for sp in spans]
        if any(a < e and b > s for a, b in taken):
            continue
        new = S.Span(s, e, low, low, [i for i in ids if i in found_ids], None, None, True, [], False,
                     text[m.start():s - 1])
        S._add_cues(text, new, gz)
        found.append(new)
    if not found:
        return spans
    return sorted(spans + found, key=lambda sp: (sp.start, sp.end))
