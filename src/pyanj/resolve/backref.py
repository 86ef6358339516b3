"""A capitalised type word standing for the one named feature of that type: "the Corridor" after "the
Wakhan Corridor".

Texts about one extended feature shorten its name to its capitalised type word once they have named it
("the Corridor’s north lies …", "At the far eastern end of the Corridor"). "the <Head>" (capitalised,
``HEADS``) is a span of the feature the text named before with that head — when the text named exactly
one ("the Wakhan Corridor" and no other corridor) and the word is not the start of a longer name ("the
Corridor of Power", "the Corridor Hotel"). Lower-case "the corridor" is an ordinary noun and stays one;
so is a capitalised head no name before it ended with. Rivers, valleys, regions and districts are left
out: texts write "the River", "the Valley" for features they never name, and "the Region" as a heading.
"""

from __future__ import annotations

import bisect
import re

from pyanj.text.spans import Span

#: Type words whose capitalised form, after "the", stands for the feature named before with it.
HEADS = ("Corridor", "Highway", "Plateau", "Glacier", "Gorge", "Pass", "Range")
_BACKREF = re.compile(r"\b[Tt]he (" + "|".join(HEADS) + r")(?![\w\-])(?![ \t]+(?:of\b|[A-Z]))")
FLAG = "back_reference"
#: "he <Head>", the pre-test of ``_BACKREF``: one search from the common "he " (seven ``in`` tests cost three
#: times more).
_AFTER_THE_ANY = re.compile("he (?:" + "|".join(map(re.escape, HEADS)) + ")")


def back_references(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a span added for each "the <Head>" that stands for the one feature the text named
    before with that head (see the module), in document order."""
    if _AFTER_THE_ANY.search(text) is None:  # (most texts have none of "he Corridor" …)
        return spans
    found = []
    starts = [s.start for s in spans]
    for m in _BACKREF.finditer(text):
        s, e = m.start(1), m.end(1)
        k = bisect.bisect_left(starts, s)
        if (k < len(spans) and spans[k].start < e) or (k and spans[k - 1].end > s):
            continue  # (the word is part of a name found already)
        head = m.group(1).lower()
        named = {(sp.key, tuple(sp.ids)) for sp in spans[:k]
                 if sp.ids and " " in sp.surface and sp.surface.rsplit(None, 1)[-1].lower() == head}
        if len(named) != 1:
            continue  # none named before, or two: no telling which
        (key, ids), = named
        found.append(Span(s, e, m.group(1), key, list(ids), None, None, True, [FLAG], True, "the"))
    if not found:
        return spans
    return sorted(spans + found, key=lambda sp: (sp.start, sp.end))
